"""The domain gazetteer: people, organisations and places loaded from package data, matched on characters.

Users add or replace entries per call: ``user_gazetteer()`` validates them (a .json or .tsv
file, or a list of dicts) and ``using(...)`` makes ``load()`` return the built-in gazetteer
merged with them for the duration of a block (``ukpeace.extract(..., gazetteer=...)``).

Matching works on characters, not tokens, because SudachiPy splits foreign names in
ways that differ between spellings (ゼレンスキー vs ゼレンシキー); the spaCy component in
pipeline.py turns these character matches into entities.
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import re
from collections.abc import Mapping
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .resources import lexicon

FILES = ("people.json", "orgs.json", "places.json")
PLACE_KINDS = {"country", "region", "city", "district", "territory", "facility", "water", "continent"}
ORG_KINDS = {"org", "bloc", "government", "military", "party", "parliament", "agency", "company", "media"}

_KATAKANA = re.compile(r"[\u30a0-\u30ffー・＝]")
_KANJI = re.compile(r"[\u4e00-\u9fff々]")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")


@dataclass(frozen=True)
class GazEntry:
    id: str
    canonical: str
    kind: str
    country: Optional[str] = None
    side: Optional[str] = None
    role_en: Optional[str] = None
    roles_ja: tuple = ()
    geonames_id: Optional[int] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    precision: Optional[str] = None
    parent: Optional[str] = None
    aliases: tuple = ()

    @property
    def label(self) -> str:
        if self.kind == "person":
            return "PERSON"
        if self.kind in ("country", "region", "city", "district", "territory"):
            return "GPE"
        if self.kind in ("water", "continent"):
            return "LOC"
        if self.kind == "facility":
            return "FAC"
        return "ORG"


@dataclass(frozen=True)
class GazMatch:
    start: int
    end: int
    text: str
    entry: GazEntry
    how: str = "name"  # name | abbr | ambiguous


@dataclass
class Gazetteer:
    entries: dict = field(default_factory=dict)            # id -> GazEntry
    surfaces: dict = field(default_factory=dict)           # surface -> entry id
    abbrs: dict = field(default_factory=dict)              # one-char abbreviation -> entry id
    ambiguous: dict = field(default_factory=dict)          # risky short form -> entry id
    ambiguous_all: dict = field(default_factory=dict)      # risky short form -> every entry id it may be
    by_first: dict = field(default_factory=dict)           # first char -> surfaces, longest first
    by_canonical: dict = field(default_factory=dict)

    def get(self, entry_id: str) -> Optional[GazEntry]:
        return self.entries.get(entry_id)

    def lookup(self, surface: str) -> Optional[GazEntry]:
        eid = self.surfaces.get(surface) or self.abbrs.get(surface) or self.ambiguous.get(surface)
        return self.entries.get(eid) if eid else None

    def country(self, alpha2: Optional[str]) -> Optional[GazEntry]:
        return self.entries.get(f"country:{alpha2}") if alpha2 else None

    def _by_title(self, surface: str, after: str, country: Optional[str] = None):
        """The entry an ambiguous short name stands for: among those whose role is the title written after it
        (ムハンマド大統領 → the UAE's president, not the Saudi crown prince), the one of the country named
        just before it (カタールのムハンマド首相); else the first listed."""
        ids = self.ambiguous_all.get(surface) or [self.ambiguous[surface]]
        titled = [e for e in (self.entries[i] for i in ids) if any(after.startswith(r) for r in e.roles_ja)]
        pool = titled or [self.entries[i] for i in ids]
        return next((e for e in pool if country and e.country == country), pool[0])

    def find(self, text: str, abbr_context: AbbrContext | None = None) -> list[GazMatch]:
        """Longest non-overlapping matches of every known surface, left to right."""
        out: list[GazMatch] = []
        i, n = 0, len(text)
        ctx = abbr_context or abbr_rules()
        while i < n:
            ch = text[i]
            hit = None
            for s in self.by_first.get(ch, ()):
                if (text.startswith(s, i) and _boundary_ok(text, i, i + len(s), s)
                        and not ctx.splits_word(text, i + len(s))):
                    hit = GazMatch(i, i + len(s), s, self.entries[self.surfaces[s]])
                    break
            if hit is None and ch in self.abbrs and ctx.allows(text, i):
                hit = GazMatch(i, i + 1, ch, self.entries[self.abbrs[ch]], how="abbr")
            if hit is None:
                for s in self.by_first.get(("amb", ch), ()):
                    if (text.startswith(s, i) and _boundary_ok(text, i, i + len(s), s)
                            and ctx.title_follows(text, i + len(s))):
                        before = out[-1].entry if out and i - out[-1].end <= 1 else None
                        country = before.country if before is not None and before.kind == "country" else None
                        hit = GazMatch(i, i + len(s), s, self._by_title(s, text[i + len(s): i + 12 + len(s)],
                                                                        country), how="ambiguous")
                        break
            if hit:
                out.append(hit)
                i = hit.end
            else:
                i += 1
        return out


def _boundary_ok(text: str, start: int, end: int, surface: str) -> bool:
    """A katakana name must not be part of a longer katakana word; an ASCII acronym not of a longer word."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if _KATAKANA.match(surface[-1]) and after and _KATAKANA.match(after) and after not in "・＝":
        return False
    if _KATAKANA.match(surface[0]) and before and _KATAKANA.match(before) and before not in "・＝":
        return False
    if _ASCII_WORD.match(surface[0]) and before and _ASCII_WORD.match(before):
        return False
    return not (_ASCII_WORD.match(surface[-1]) and after and _ASCII_WORD.match(after))


@dataclass(frozen=True)
class AbbrContext:
    """When a one-character country abbreviation (米, 露, 英 ...) is a country and not a word."""
    abbrs: frozenset
    follow: tuple          # strings that may follow an abbreviation (側, 大統領, 政府 ...)
    titles: tuple          # titles that license an ambiguous short name
    not_before: frozenset  # characters that may not precede a lone abbreviation (kanji word inside)
    no_split: frozenset = frozenset()   # bigrams a match may not end inside (ロシア軍|事, 中東|部)
    pairable: frozenset = frozenset()   # abbreviations that pair up (米ロ, 英独); 日中 and 日韓 are too ambiguous
    china_pairs: frozenset = frozenset()
    prefix_words: frozenset = frozenset()  # 滞在, 来訪: a word ending in a prefix, so 滞在中 is "during"

    def splits_word(self, text: str, end: int) -> bool:
        return 0 < end < len(text) and text[end - 1:end + 1] in self.no_split

    def allows(self, text: str, i: int) -> bool:
        prev = text[i - 1] if i else ""
        nxt = text[i + 1: i + 8]
        ch = text[i]
        if _KATAKANA.match(ch) and prev and _KATAKANA.match(prev) and prev != "・":
            return False  # ロ in プロ (not 米・ロ)
        j = i
        while j > 0 and text[j - 1] in self.abbrs:
            j -= 1
        if j > 0 and text[j - 1].isdigit():
            return False  # 18日朝 is a date and a morning, not Japan and North Korea
        if self._pairs(ch, prev) or self._pairs(ch, nxt[:1]):
            return True  # 米ロ, 米露, 英独, 独仏伊, 中ロ
        if prev in self.abbrs or nxt[:1] in self.abbrs:
            return False  # 日中, 朝日, 中日: words more often than country pairs
        if prev and _KANJI.match(prev) and prev not in self.not_before:
            return False
        if text[max(0, i - 2):i] in self.prefix_words:
            return False  # 滞在中、バイデン氏と: "during the stay", not China
        if nxt[:1] in "・、と" and len(nxt) > 1 and (nxt[1] in self.abbrs or _KATAKANA.match(nxt[1])) \
                and not (nxt[:1] == "、" and "ぁ" <= prev <= "ゖ"):  # 戦闘が続く中、米国は: "while", no China
            return True  # 米・ウクライナ, 米とウクライナ is rare but 米・ロ common
        return any(nxt.startswith(f) for f in self.follow)

    def _pairs(self, a: str, b: str) -> bool:
        if not b:
            return False
        if a in self.pairable and b in self.pairable:
            return True
        return (a == "中" and b in self.china_pairs) or (b == "中" and a in self.china_pairs)

    def title_follows(self, text: str, end: int) -> bool:
        nxt = text[end: end + 12]
        return any(nxt.startswith(t) for t in self.titles) or nxt[:1] == "氏"


@lru_cache(maxsize=1)
def abbr_rules() -> AbbrContext:
    data = lexicon("abbreviations")
    gaz_abbrs = frozenset(builtin().abbrs)
    return AbbrContext(abbrs=gaz_abbrs, follow=tuple(sorted(data["follow"], key=len, reverse=True)),
                       titles=tuple(sorted(titles(), key=len, reverse=True)),
                       not_before=frozenset(data.get("may_precede", "")),
                       no_split=frozenset(data.get("no_split_bigrams", ())),
                       pairable=frozenset(data.get("pairable", "")),
                       china_pairs=frozenset(data.get("pairable_with_china", "")),
                       prefix_words=frozenset(data.get("prefix_words", ())))


@lru_cache(maxsize=1)
def titles() -> dict:
    """Japanese titles (大統領, 国務長官 ...) with English role names, from lexicons/titles.json."""
    data = lexicon("titles")
    return data["titles"]


def _entries(raw: Iterable[dict]) -> Iterable[tuple[GazEntry, dict]]:
    for e in raw:
        yield GazEntry(
            id=e["id"], canonical=e["canonical"], kind=e["kind"], country=e.get("country"),
            side=e.get("side"), role_en=e.get("role_en"), roles_ja=tuple(e.get("roles_ja") or ()),
            geonames_id=e.get("geonames_id"), lat=e.get("lat"), lon=e.get("lon"),
            precision=e.get("precision"), parent=e.get("parent"),
            aliases=tuple(dict.fromkeys([*(e.get("en") or ()), *(e.get("ja") or ())])),
        ), e


def _add_surfaces(g: Gazetteer, entry_id: str, raw: dict, override: bool = False) -> None:
    """Index the spellings of one raw entry; ``override`` lets them take surfaces from other entries."""
    def put(s):
        if override or s not in g.surfaces:
            g.surfaces[s] = entry_id

    for s in raw.get("ja") or ():
        if s:
            put(s)
    for s in raw.get("en") or ():
        # English spellings are matched too (articles quote NATO, EU, Reuters in Latin letters)
        if s and len(s) >= 2 and (s.isupper() or len(s) >= 4):
            put(s)
    for s in raw.get("abbr") or ():
        if len(s) == 1:
            g.abbrs.setdefault(s, entry_id)
        else:
            put(s)
    for s in raw.get("ja_ambiguous") or ():
        g.ambiguous.setdefault(s, entry_id)
        g.ambiguous_all.setdefault(s, []).append(entry_id)


def _index_first(g: Gazetteer) -> None:
    g.by_first = {}
    for s in sorted(g.surfaces, key=len, reverse=True):
        g.by_first.setdefault(s[0], []).append(s)
    for s in sorted(g.ambiguous, key=len, reverse=True):
        if s not in g.surfaces:
            g.by_first.setdefault(("amb", s[0]), []).append(s)


class _PrefixVariant(BaseModel):
    model_config = ConfigDict(extra="forbid")
    prefix: str = Field(min_length=1)
    variant: str = Field(min_length=1)


class SpellingsLexicon(BaseModel):
    """lexicons/spellings.json, checked when first loaded: a misspelt key fails there, not in the index."""
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    doc: str = Field(alias="_doc")
    prefix_variants: list[_PrefixVariant]


def _house_spellings(g: Gazetteer) -> None:
    """Index each built-in spelling under the house spellings of its first word (ヨーロッパ委員会 for 欧州委員会),
    after every entry's own spellings, so a variant never takes a surface another entry lists."""
    variants = SpellingsLexicon.model_validate(lexicon("spellings")).prefix_variants
    for surface, entry_id in list(g.surfaces.items()):
        for pv in variants:
            if surface.startswith(pv.prefix) and len(surface) > len(pv.prefix):
                g.surfaces.setdefault(pv.variant + surface[len(pv.prefix):], entry_id)


@lru_cache(maxsize=1)
def builtin() -> Gazetteer:
    """The bundled gazetteer, loaded once per process."""
    g = Gazetteer()
    base = resources.files("ukpeace.resources.gazetteer")
    for name in FILES:
        data = json.loads(base.joinpath(name).read_text("utf-8"))
        for entry, raw in _entries(data["entries"]):
            g.entries[entry.id] = entry
            g.by_canonical.setdefault(entry.canonical, entry.id)
            _add_surfaces(g, entry.id, raw)
    _house_spellings(g)
    _index_first(g)
    return g


def load() -> Gazetteer:
    """The gazetteer in force: the built-in one, merged with user entries inside ``using(...)``."""
    return _ACTIVE.get() or builtin()


# ---------- user entries ----------
EntryType = Literal["person", "place", "org"]
_DEFAULT_KIND = {"person": "person", "place": "city", "org": "org"}
_PRECISION = {"country": "country", "region": "region", "territory": "region", "city": "city", "district": "point",
              "facility": "facility", "water": "water", "continent": "continent"}


class UserEntry(BaseModel):
    """One entry a user adds: an English canonical name, its Japanese spellings, a type.

    ``id`` defaults to ``user:<type>:<slug>``; an ``id`` (or, without one, a ``canonical``) that
    names a built-in entry replaces it. The user's spellings win over built-in ones.
    """
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    canonical: str = Field(min_length=1, description="English name (English Wikipedia title)")
    ja: list[str] = Field(min_length=1, description="Japanese spellings, without titles or honorifics")
    type: EntryType
    kind: Optional[str] = Field(None, description="finer kind: country/region/city/... or bloc/government/...")
    id: Optional[str] = None
    en: list[str] = Field(default_factory=list)
    country: Optional[str] = Field(None, pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")
    lat: Optional[float] = Field(None, ge=-90, le=90)
    lon: Optional[float] = Field(None, ge=-180, le=180)
    precision: Optional[Literal["point", "city", "region", "country", "continent", "water", "facility"]] = None
    geonames_id: Optional[int] = None
    role_en: Optional[str] = None
    roles_ja: list[str] = Field(default_factory=list)
    side: Optional[str] = None

    @field_validator("ja", "en", "roles_ja")
    @classmethod
    def _no_blank(cls, v: list[str]) -> list[str]:
        v = [x.strip() for x in v]
        if any(not x for x in v):
            raise ValueError("spellings must not be empty strings")
        return v

    @model_validator(mode="after")
    def _consistent(self) -> UserEntry:
        kinds = {"person": {"person"}, "place": PLACE_KINDS, "org": ORG_KINDS}[self.type]
        if self.kind is not None and self.kind not in kinds:
            raise ValueError(f"kind {self.kind!r} is not a kind of {self.type} (one of {sorted(kinds)})")
        if (self.lat is None) != (self.lon is None):
            raise ValueError("give both lat and lon, or neither")
        if self.type != "place" and (self.lat is not None or self.precision is not None):
            raise ValueError(f"coordinates belong to places, not to a {self.type}")
        return self

    def to_entry(self, base: Optional[GazEntry] = None) -> GazEntry:
        """The GazEntry of this entry; fields left unset keep the values of the built-in ``base`` it replaces."""
        kind = self.kind or (base.kind if base else _DEFAULT_KIND[self.type])
        lat, lon = (self.lat, self.lon) if self.lat is not None else ((base.lat, base.lon) if base else (None, None))
        inherited = base.precision if base else None
        precision = self.precision or (_PRECISION.get(kind) if self.lat is not None else inherited)
        keep = (lambda name, mine: mine if mine not in (None, ()) else (getattr(base, name) if base else mine))
        return GazEntry(id=self.id or default_id(self.type, self.canonical), canonical=self.canonical, kind=kind,
                        country=keep("country", self.country), side=keep("side", self.side),
                        role_en=keep("role_en", self.role_en), roles_ja=keep("roles_ja", tuple(self.roles_ja)),
                        geonames_id=keep("geonames_id", self.geonames_id), lat=lat, lon=lon, precision=precision,
                        parent=base.parent if base else None,
                        aliases=tuple(dict.fromkeys([*self.en, *self.ja, *(base.aliases if base else ())])))


class GazetteerError(ValueError):
    """A user gazetteer that cannot be used: the message names the file and the entry."""


def default_id(etype: str, canonical: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", canonical.lower().replace("+", "plus")).strip("-")
    return f"user:{etype}:{slug or 'entry'}"


@dataclass(frozen=True)
class UserGazetteer:
    """Validated user entries (small and picklable: worker processes merge them themselves)."""
    entries: tuple
    origin: str = "entries"

    @property
    def key(self) -> str:
        blob = json.dumps([e.model_dump(mode="json") for e in self.entries], sort_keys=True, ensure_ascii=False)
        return hashlib.sha1(blob.encode()).hexdigest()


def _where(origin: str, label: str, raw: Any) -> str:
    name = raw.get("canonical") if isinstance(raw, Mapping) else None
    return f"{origin}: {label}" + (f" ({name!r})" if name else "")


def _validate(raws: Iterable[tuple[str, Any]], origin: str) -> UserGazetteer:
    entries: list[UserEntry] = []
    seen: dict[str, str] = {}   # id -> label of the entry giving it
    owner: dict[str, str] = {}  # Japanese spelling -> label of the entry giving it
    for label, raw in raws:
        if isinstance(raw, UserEntry):
            raw = raw.model_dump()
        if not isinstance(raw, Mapping):
            raise GazetteerError(f"{_where(origin, label, raw)}: expected an object with canonical, ja and type, "
                                 f"got {type(raw).__name__}")
        try:
            entry = UserEntry.model_validate(dict(raw))
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, err['loc'])) or 'entry'}: {err['msg']}" for err in exc.errors())
            raise GazetteerError(f"{_where(origin, label, raw)}: {problems}") from None
        eid = entry.id or _builtin_id(entry) or default_id(entry.type, entry.canonical)
        if eid in seen:
            raise GazetteerError(f"{_where(origin, label, raw)}: id {eid!r} repeats {seen[eid]}")
        for s in entry.ja:
            if s in owner:
                raise GazetteerError(f"{_where(origin, label, raw)}: spelling {s!r} is also given by {owner[s]}")
            owner[s] = label
        seen[eid] = label
        entries.append(entry.model_copy(update={"id": eid}))
    return UserGazetteer(tuple(entries), origin)


def _builtin_id(entry: UserEntry) -> Optional[str]:
    """Without an id, an entry whose canonical name is a built-in one overrides that entry."""
    eid = builtin().by_canonical.get(entry.canonical)
    return eid if eid and builtin().entries[eid].label == entry.to_entry().label else None


def _split(cell: str) -> list[str]:
    return [x.strip() for x in re.split(r"[|;]", cell or "") if x.strip()]


def _tsv_rows(path: Path) -> Iterator[tuple[str, dict]]:
    lists, numbers = {"ja", "en", "roles_ja"}, {"lat", "lon", "geonames_id"}
    lines = path.read_text("utf-8-sig").splitlines()
    rows = csv.reader(lines, delimiter="\t")
    header = [h.strip() for h in next(rows, [])]
    if "canonical" not in header:
        raise GazetteerError(f"{path}: the first line must name the columns (canonical, ja, type, ...), "
                             f"got {header!r}")
    for lineno, cells in enumerate(rows, 2):
        if not any(c.strip() for c in cells):
            continue
        row: dict = {}
        for name, cell in zip(header, cells):
            cell = cell.strip()
            if not cell:
                continue
            row[name] = _split(cell) if name in lists else cell
            if name in numbers:
                with suppress(ValueError):  # left as text: validation names the field
                    row[name] = float(cell) if name != "geonames_id" else int(cell)
        yield f"line {lineno}", row


def _file_rows(path: Path) -> Iterable[tuple[str, Any]]:
    if not path.is_file():
        raise GazetteerError(f"gazetteer file not found: {path}")
    suffix = path.suffix.lower()
    if suffix in (".tsv", ".tab", ".txt"):
        return list(_tsv_rows(path))
    if suffix != ".json":
        raise GazetteerError(f"{path}: a gazetteer file is .json (a list of entries, or {{\"entries\": [...]}}) "
                             "or .tsv (a header line, then one entry per line)")
    try:
        data = json.loads(path.read_text("utf-8-sig"))
    except ValueError as exc:
        raise GazetteerError(f"{path}: not valid JSON ({exc})") from None
    if isinstance(data, Mapping):
        data = data.get("entries")
    if not isinstance(data, list):
        raise GazetteerError(f"{path}: expected a list of entries or an object with an 'entries' list")
    return [(f"entry {i}", raw) for i, raw in enumerate(data)]


def user_gazetteer(source: Any) -> Optional[UserGazetteer]:
    """Validated user entries from a .json/.tsv path, a list of dicts or UserEntry objects, or None.

    GazetteerError (a ValueError) names the file, the entry and the field at fault.
    """
    if source is None or isinstance(source, UserGazetteer):
        return source
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        return _validate(_file_rows(path), str(path))
    if isinstance(source, (Mapping, bytes)) or not isinstance(source, Iterable):
        raise GazetteerError(f"gazetteer must be a .json/.tsv path or a list of entries, not {type(source).__name__}")
    return _validate(((f"entry {i}", raw) for i, raw in enumerate(source)), "gazetteer")


_MERGED: dict = {}  # UserGazetteer.key -> merged Gazetteer (a few per process)


def _merged(user: UserGazetteer) -> Gazetteer:
    key = user.key
    if key not in _MERGED:
        if len(_MERGED) >= 8:
            _MERGED.pop(next(iter(_MERGED)))
        _MERGED[key] = _build_merged(user)
    return _MERGED[key]


def _build_merged(user: UserGazetteer) -> Gazetteer:
    base = builtin()
    g = Gazetteer(entries=dict(base.entries), surfaces=dict(base.surfaces), abbrs=dict(base.abbrs),
                  ambiguous=dict(base.ambiguous),
                  ambiguous_all={k: list(v) for k, v in base.ambiguous_all.items()},
                  by_canonical=dict(base.by_canonical))
    for u in user.entries:
        entry = u.to_entry(base.entries.get(u.id))
        g.entries[entry.id] = entry
        g.by_canonical[entry.canonical] = entry.id
        _add_surfaces(g, entry.id, {"ja": u.ja, "en": u.en}, override=True)
    _index_first(g)
    return g


_ACTIVE: ContextVar[Optional[Gazetteer]] = ContextVar("ukpeace_gazetteer", default=None)


@contextmanager
def using(source: Any) -> Iterator[Optional[UserGazetteer]]:
    """Within the block, ``load()`` is the built-in gazetteer merged with the user's entries."""
    user = user_gazetteer(source)
    if user is None or not user.entries:
        yield user
        return
    token = _ACTIVE.set(_merged(user))
    try:
        yield user
    finally:
        _ACTIVE.reset(token)

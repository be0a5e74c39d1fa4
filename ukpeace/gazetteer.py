"""The domain gazetteer: people, organisations and places loaded from package data, matched on characters.

Matching works on characters, not tokens, because SudachiPy splits foreign names in
ways that differ between spellings (ゼレンスキー vs ゼレンシキー); the spaCy component in
pipeline.py turns these character matches into entities.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterable, Optional

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
    by_first: dict = field(default_factory=dict)           # first char -> surfaces, longest first
    by_canonical: dict = field(default_factory=dict)

    def get(self, entry_id: str) -> Optional[GazEntry]:
        return self.entries.get(entry_id)

    def lookup(self, surface: str) -> Optional[GazEntry]:
        eid = self.surfaces.get(surface) or self.abbrs.get(surface) or self.ambiguous.get(surface)
        return self.entries.get(eid) if eid else None

    def country(self, alpha2: Optional[str]) -> Optional[GazEntry]:
        return self.entries.get(f"country:{alpha2}") if alpha2 else None

    def find(self, text: str, abbr_context: "AbbrContext | None" = None) -> list[GazMatch]:
        """Longest non-overlapping matches of every known surface, left to right."""
        out: list[GazMatch] = []
        i, n = 0, len(text)
        ctx = abbr_context or abbr_rules()
        while i < n:
            ch = text[i]
            hit = None
            for s in self.by_first.get(ch, ()):
                if text.startswith(s, i) and _boundary_ok(text, i, i + len(s), s) and not ctx.splits_word(text, i + len(s)):
                    hit = GazMatch(i, i + len(s), s, self.entries[self.surfaces[s]])
                    break
            if hit is None and ch in self.abbrs and ctx.allows(text, i):
                hit = GazMatch(i, i + 1, ch, self.entries[self.abbrs[ch]], how="abbr")
            if hit is None:
                for s in self.by_first.get(("amb", ch), ()):
                    if text.startswith(s, i) and _boundary_ok(text, i, i + len(s), s) and ctx.title_follows(text, i + len(s)):
                        hit = GazMatch(i, i + len(s), s, self.entries[self.ambiguous[s]], how="ambiguous")
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
    if _ASCII_WORD.match(surface[-1]) and after and _ASCII_WORD.match(after):
        return False
    return True


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

    def splits_word(self, text: str, end: int) -> bool:
        return 0 < end < len(text) and text[end - 1:end + 1] in self.no_split

    def allows(self, text: str, i: int) -> bool:
        prev = text[i - 1] if i else ""
        nxt = text[i + 1: i + 8]
        ch = text[i]
        if _KATAKANA.match(ch) and prev and _KATAKANA.match(prev):
            return False  # ロ in プロ
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
        if nxt[:1] in "・、と" and len(nxt) > 1 and (nxt[1] in self.abbrs or _KATAKANA.match(nxt[1])):
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
    gaz_abbrs = frozenset(load().abbrs)
    return AbbrContext(abbrs=gaz_abbrs, follow=tuple(sorted(data["follow"], key=len, reverse=True)),
                       titles=tuple(sorted(titles(), key=len, reverse=True)),
                       not_before=frozenset(data.get("may_precede", "")),
                       no_split=frozenset(data.get("no_split_bigrams", ())),
                       pairable=frozenset(data.get("pairable", "")), china_pairs=frozenset(data.get("pairable_with_china", "")))


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


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Load the gazetteer once per process."""
    g = Gazetteer()
    base = resources.files("ukpeace.resources.gazetteer")
    for name in FILES:
        data = json.loads(base.joinpath(name).read_text("utf-8"))
        for entry, raw in _entries(data["entries"]):
            g.entries[entry.id] = entry
            g.by_canonical.setdefault(entry.canonical, entry.id)
            for s in raw.get("ja") or ():
                if s and s not in g.surfaces:
                    g.surfaces[s] = entry.id
            for s in raw.get("en") or ():
                # English spellings are matched too (articles quote NATO, EU, Reuters in Latin letters)
                if s and len(s) >= 2 and s not in g.surfaces and (s.isupper() or len(s) >= 4):
                    g.surfaces.setdefault(s, entry.id)
            for s in raw.get("abbr") or ():
                if len(s) == 1:
                    g.abbrs.setdefault(s, entry.id)
                elif s not in g.surfaces:
                    g.surfaces[s] = entry.id
            for s in raw.get("ja_ambiguous") or ():
                g.ambiguous.setdefault(s, entry.id)
    for s in sorted(g.surfaces, key=len, reverse=True):
        g.by_first.setdefault(s[0], []).append(s)
    for s in sorted(g.ambiguous, key=len, reverse=True):
        if s not in g.surfaces:
            g.by_first.setdefault(("amb", s[0]), []).append(s)
    return g

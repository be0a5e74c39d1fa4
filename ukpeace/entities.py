"""Entities: named mentions (gazetteer, GiNZA) and figures (normalisers) turned into contract Entities.

Also does within-document resolution: a surname alone resolves to the full name seen
earlier in the document, a title next to a name becomes that person's role, a place
without a gazetteer entry is geocoded from GeoNames' Japanese names.
"""
from __future__ import annotations

import bisect
import re
import datetime as dt
from functools import lru_cache
from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, Field

from . import gazetteer as gz
from .models import Entity, TimeSpan
from .normalize import dates as ndates
from .normalize import money as nmoney
from .normalize import places as nplaces
from .normalize import quantity as nquantity
from .pipeline import Mention
from .resources import lexicon

NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "LAW"}
FIGURE_LABELS = {"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}


class _Taken:
    """Non-overlapping spans kept sorted, so an overlap test is a bisect, not a scan."""

    def __init__(self, spans=()):
        self.starts, self.ends = [], []
        for s, e in sorted(spans):
            self.add((s, e))

    def overlaps(self, a: tuple) -> bool:
        i = bisect.bisect_left(self.starts, a[1])  # spans starting before a ends
        return (i > 0 and self.ends[i - 1] > a[0]) or any(
            self.starts[j] < a[1] and a[0] < self.ends[j] for j in range(max(0, i - 2), i))

    def add(self, a: tuple) -> None:
        i = bisect.bisect_left(self.starts, a[0])
        self.starts.insert(i, a[0])
        self.ends.insert(i, a[1])


def _overlaps(a: tuple, taken: _Taken) -> bool:
    return taken.overlaps(a)


def figure_entities(text: str, published: Optional[dt.date]) -> list[Entity]:
    """DATE, MONEY, QUANTITY and PERCENT entities from the normalisers, non-overlapping (money first)."""
    out: list[Entity] = []
    taken = _Taken()
    for s, e, amount in nmoney.find_money(text):
        if not _overlaps((s, e), taken):
            out.append(Entity(text=text[s:e], label="MONEY", start=s, end=e, source="rule", value=amount))
            taken.add((s, e))
    for s, e, span in ndates.find_dates(text, published):
        if not _overlaps((s, e), taken):
            out.append(Entity(text=text[s:e], label="DATE", start=s, end=e, source="rule", value=span))
            taken.add((s, e))
    for s, e, q, label in nquantity.find_quantities(text):
        if not _overlaps((s, e), taken):
            out.append(Entity(text=text[s:e], label=label, start=s, end=e, source="rule", value=q))
            taken.add((s, e))
    dates = [e for e in out if e.label == "DATE"]
    inherit_same_year(text, dates)
    inherit_month(text, dates)
    resolve_anaphoric_days(dates, published)
    return out


_YEAR_TOLD = re.compile(r"(?:[0-9０-９]{4}|[0-9０-９]{2})年")


def inherit_same_year(text: str, dates: list[Entity]) -> None:
    """A date after 同年 (in 2025…; 同年3月27日) is in the year of the last date told with its year,
    not in the publication year."""
    last_year: Optional[int] = None
    for d in sorted(dates, key=lambda e: e.start):
        span = d.value
        if not isinstance(span, TimeSpan) or span.start is None or span.end is None:
            continue
        if text.endswith("同年", 0, d.start) and last_year is not None and span.start.year != last_year:
            shift = last_year - span.start.year
            try:
                d.value = span.model_copy(update={"start": span.start.replace(year=span.start.year + shift),
                                                  "end": span.end.replace(year=span.end.year + shift)})
            except ValueError:
                continue  # 2月29日 of a year that has none
        elif _YEAR_TOLD.search(d.text):
            last_year = span.start.year




def inherit_month(text: str, dates: list[Entity]) -> None:
    """A day without a month (15～16日) takes the month of a date just before it in the same
    sentence (6月11～12日には…、15～16日には…), not the publication month; a day before the month's
    own day (3月13日の会談では…11日に協議した) is that month's when that is nearer than the next month's."""
    prev: Optional[Entity] = None
    for d in sorted(dates, key=lambda e: e.start):
        span = d.value
        if not isinstance(span, TimeSpan) or span.start is None:
            prev = None
            continue
        if prev is not None and _inherits_month(text, prev, d):
            moved = _in_month_of(span, prev)
            if moved is not None:
                d.value = moved
        if "月" in d.text:
            prev = d


def _inherits_month(text: str, prev: Entity, d: Entity) -> bool:
    """d, a bare day in prev's sentence shortly after prev (a date with its month), reads in another month."""
    known, span = prev.value, d.value
    return isinstance(known, TimeSpan) and isinstance(span, TimeSpan) and known.start is not None \
        and known.end is not None and span.start is not None and span.end is not None \
        and "月" not in d.text and "年" not in d.text and "日" in d.text \
        and "。" not in text[prev.end:d.start] and d.start - prev.end <= 40 \
        and (span.start.month, span.start.year) != (known.end.month, known.end.year)


_DAYS_BEFORE_TOLD_MONTH = 7  # how far before a date with its month a bare day still reads in that month


def _in_month_of(span: TimeSpan, prev: Entity) -> Optional[TimeSpan]:
    """span moved into the month of prev's date: the same month for a day on or after prev's first day; a day
    before it only when it lies a few days before prev's day (3月13日の会談では…11日に合意した案: 3月11日;
    not 5月16日の初会合は…2日の2回目の協議 nor 6月30日…2日) and prev tells no year (2022年2月24日の侵攻…
    20日に: a background date, not February 2022)."""
    known = prev.value
    assert isinstance(known, TimeSpan) and known.start is not None and known.end is not None
    assert span.start is not None and span.end is not None
    try:
        start = span.start.replace(year=known.end.year, month=known.end.month)
        end = span.end.replace(year=known.end.year, month=known.end.month)
    except ValueError:
        return None  # no such day in that month
    if start >= known.start:
        return span.model_copy(update={"start": start, "end": end})
    if "年" in prev.text or span.start != span.end or known.end != known.start \
            or (known.start - start).days > _DAYS_BEFORE_TOLD_MONTH:
        return None
    return span.model_copy(update={"start": start, "end": end})


def _without_time_of_day(text: str) -> str:
    """An anaphoric day without the time of day or clock time told after it: 同日夕 → 同日, 前日夜 → 前日,
    同日の夕方 → 同日, 同日午後６時 → 同日, 日本時間同日午前7時過ぎ's 同日午前7時過ぎ → 同日 (the day is the same).
    Leaves any other text as it is (翌朝 is a word of its own, 19日夜 no anaphoric day)."""
    m = _anaphoric_day_re().fullmatch(text)
    return m.group("head") if m else text


_CLOCK = r"[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分|半)?(?:過ぎ|すぎ|ごろ|頃)?"


@lru_cache(maxsize=1)
def _anaphoric_day_re() -> re.Pattern:
    lex = lexicon("dates")
    heads = "|".join(map(re.escape, sorted(lex["anaphoric_days"], key=len, reverse=True)))
    times = "|".join(map(re.escape, sorted(lex["time_of_day"], key=len, reverse=True)))
    return re.compile(rf"(?P<head>{heads})(?:の?(?:{times})(?:{_CLOCK})?|の?{_CLOCK})?")


def resolve_anaphoric_days(dates: list[Entity], published: Optional[dt.date] = None) -> None:
    """同日, 前日, 翌日 refer to the last day the text reported (not a planned future one), not to
    the publication date."""
    last = None
    for d in sorted(dates, key=lambda e: e.start):
        span = d.value
        key = _without_time_of_day(d.text.rstrip("にはもの、"))
        offsets = lexicon("dates")["anaphoric_days"]
        if key in offsets and last is not None and span is not None:
            day = last + dt.timedelta(days=offsets[key])
            d.value = span.model_copy(update={"start": day, "end": day, "relative": True})
        elif isinstance(span, TimeSpan) and span.start is not None and span.start == span.end and \
                (published is None or span.start <= published):
            last = span.start


def _title_before(text: str, start: int) -> Optional[str]:
    best = None
    for t in gz.titles():
        if len(t) > 1 and text.endswith(t, max(0, start - len(t)), start) and (best is None or len(t) > len(best)):
            best = t
    return best


def _title_after(text: str, end: int) -> Optional[str]:
    """Title right after a name, allowing a country abbreviation between (ルビオ米国務長官)."""
    g = gz.load()
    pos = end
    if pos < len(text) and text[pos] in g.abbrs:
        pos += 1
    best = None
    for t in gz.titles():
        if len(t) > 1 and text.startswith(t, pos) and (best is None or len(t) > len(best)):
            best = t
    return best


def _place_fields(entry: Optional[gz.GazEntry], surface: str, country: Optional[str] = None) -> dict:
    """Country, coordinates and precision of a place: the gazetteer's, else GeoNames' (within ``country``,
    the country of the place the text names it under, when known)."""
    if entry is not None:
        if entry.kind == "country" and entry.lat is None:
            info = nplaces.country_info(entry.id.split(":", 1)[1]) or {}
            return {"country": entry.country or entry.id.split(":", 1)[1], "lat": info.get("lat"),
                    "lon": info.get("lon"), "geonames_id": info.get("geonames_id"), "precision": "country"}
        return {"country": entry.country, "lat": entry.lat, "lon": entry.lon,
                "geonames_id": entry.geonames_id, "precision": entry.precision}
    hit = nplaces.geocode(surface, country)
    if country and (not hit or hit.get("country") != country):
        return {"country": country}  # ドネツク州のヤロバ村: a Ukrainian village, not the Turkish town of GeoNames
    if not hit:
        return {}
    return ({k: hit.get(k) for k in ("country", "lat", "lon", "geonames_id", "precision")}
            | {"canonical": hit.get("canonical")})


def name_entities(text: str, mentions: list[Mention]) -> list[Entity]:
    """Contract entities for named mentions, with within-document person resolution and roles."""
    titles = gz.titles()
    out: list[Entity] = []
    local_people: dict[str, str] = {}  # surface or surname -> full surface of an unknown person
    surname_entries: dict[str, gz.GazEntry] = {}
    for m in mentions:
        if m.label == "PERSON" and m.entry is None and "・" in m.text:
            full = m.text
            local_people[full] = full
            local_people.setdefault(full.rsplit("・", 1)[-1], full)
        if m.entry is not None and m.entry.kind == "person":
            for part in (m.text.rsplit("・", 1)[-1], m.text.rsplit("＝", 1)[-1]):
                surname_entries.setdefault(part, m.entry)
    for m in mentions:
        if m.label not in NAME_LABELS:
            continue
        entry, label, source = m.entry, m.label, m.source
        other = entry is not None and _someone_else(text, m, entry, out)
        if other:
            entry, source = None, "rule"
        if entry is None and m.text in surname_entries and not other:
            entry, label = surname_entries[m.text], "PERSON"
        if entry is None and m.text in local_people and label != "PERSON":
            label = "PERSON"
        ent: dict[str, Any] = dict(text=m.text, label=label, start=m.start, end=m.end, source=source,
                                   ginza_label=m.ginza_label, nested=m.how == "nested")
        if entry is not None:
            ent.update(canonical=entry.canonical, kind=entry.kind, id=entry.id,
                       country=entry.side or entry.country)
            if label in PLACE_LABELS or entry.kind in gz.PLACE_KINDS:
                ent.update({k: v for k, v in _place_fields(entry, m.text).items() if k != "canonical"})
        elif label == "PERSON":
            local = local_people.get(m.text) or (m.text if other else None)
            ent.update(kind="person", id=f"local:{local}" if local else None)
        elif label in PLACE_LABELS:
            fields = _place_fields(None, m.text, _container_country(out, m.start))
            ent.update(kind="place", **fields)
        else:
            ent.update(kind={"ORG": "org", "NORP": "group", "EVENT": "event"}.get(label, label.lower()))
        if label == "PERSON":
            t = _title_after(text, m.end) or _title_before(text, m.start)
            if t and titles.get(t):
                ent["role"] = titles[t]
        out.append(Entity(**ent))
    return out


_COUNTRY_LINKS = ("の", "からは", "から", "は", "側の", "・")


def _someone_else(text: str, m: Mention, entry: gz.GazEntry, before: list[Entity]) -> bool:
    """A gazetteer surname written for another person of the same name: after a given name unlike any of the
    entry's (ペトル・ノヴァク is not Alexander Novak), or with another country named right before it and a
    title after it that is none of the entry's roles (モルドバからはゲラシモフ副首相 is not Russia's chief of
    staff)."""
    if entry.kind != "person" or "・" in m.text or "＝" in m.text:
        return False
    given = _GIVEN_BEFORE.search(text, max(0, m.start - 16), m.start)
    if given is not None and not _listed(before, given.start(1), given.end(1)):
        return not _given_name_alike(given.group(1), entry)
    title = _title_after(text, m.end)
    if not entry.country or not title or not gz.titles().get(title) or \
            any(r.endswith(title) for r in entry.roles_ja):
        return False
    prev = next((e for e in reversed(before) if e.end <= m.start), None)
    return prev is not None and prev.kind == "country" and bool(prev.country) and prev.country != entry.country \
        and text[prev.end:m.start] in _COUNTRY_LINKS


_GIVEN_BEFORE = re.compile(r"(?<![ァ-ヴー])([ァ-ヴ][ァ-ヴー]+)[・＝]$")


def _listed(before: list[Entity], start: int, end: int) -> bool:
    """The name before the ・ is a known name of its own, so 'A・B' lists two people (トランプ・プーチン会談),
    not a given name and a surname."""
    return any(e.start == start and e.end == end and e.canonical for e in before)


def _given_name_alike(given: str, entry: gz.GazEntry) -> bool:
    """Whether ``given`` is a spelling of one of the entry's given names (ヴォロディミル ~ ウォロディミル)."""
    from difflib import SequenceMatcher

    names = {re.split(r"[・＝]", a)[0] for a in entry.aliases if "・" in a or "＝" in a}
    return not names or any(SequenceMatcher(None, given, n).ratio() >= 0.5 for n in names)


def _container_country(before: list[Entity], start: int) -> Optional[str]:
    """The country of the place written right before ``start`` (ドネツク州|ヤロバ, ドネツク州の|ヤロバ村)."""
    prev = next((e for e in reversed(before) if e.end <= start), None)
    if prev is None or prev.label not in PLACE_LABELS or start - prev.end > 1:
        return None
    return prev.country


def build_entities(text: str, mentions: list[Mention], published: Optional[dt.date]) -> list[Entity]:
    """All entities of a document, sorted by offset, names and figures never overlapping."""
    figures = figure_entities(text, published)
    taken = _Taken((f.start, f.end) for f in figures)
    names = [n for n in name_entities(text, mentions) if not _overlaps((n.start, n.end), taken)]
    flat = _Taken((n.start, n.end) for n in names if not n.nested)
    names = [n for n in names if not n.nested or flat.overlaps((n.start, n.end))]
    # GiNZA dates the rules did not find are kept when the date normaliser can read them
    extra = []
    for m in mentions:
        if m.label in ("DATE",) and m.source == "ginza" and not _overlaps((m.start, m.end), taken):
            span = ndates.parse_date(m.text, published)
            if span is not None and span.start is not None:
                extra.append(Entity(text=m.text, label="DATE", start=m.start, end=m.end, source="ginza",
                                    ginza_label=m.ginza_label, value=span))
                taken.add((m.start, m.end))
    ents = local_places(text, sorted(figures + names + extra, key=lambda e: (e.start, -e.end)))
    return bare_titles(text, local_people(text, ents))


# --- places beyond the gazetteer (shape rules; vocabulary in lexicons/place_names.json) ---

class PlaceNamesLexicon(BaseModel):
    """lexicons/place_names.json, checked when first loaded: a misspelt key fails there, not in a rule."""
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    doc: str = Field(alias="_doc")
    admin_suffixes: list[str]
    settlement_suffixes: list[str]
    container_suffixes: list[str]
    container_links: list[str]
    coordination: list[str]
    after_name: list[str]
    descriptors_before: list[str]
    descriptors_near: list[str]
    near_after: list[str]
    not_names: list[str]
    raion_name: dict[str, str]
    name_pattern: str
    city_district_links: list[str]


@lru_cache(maxsize=1)
def place_lexicon() -> dict:
    data = lexicon("place_names")
    PlaceNamesLexicon.model_validate(data)
    return data


def _place_entity(text: str, s: int, e: int, kind: str = "place", base: Optional[Entity] = None,
                  country: Optional[str] = None) -> Entity:
    """A place entity for text[s:e]: geocoded from GeoNames when possible (within ``country`` when the text
    names it under a place of that country), else its Japanese name with precision unknown (None)."""
    fields = _place_fields(None, text[s:e], country)
    if base is not None and not fields:
        fields = {"country": base.country, "lat": base.lat, "lon": base.lon, "precision": "region"}
    return Entity(text=text[s:e], label="GPE", start=s, end=e, source="rule", kind=kind,
                  canonical=fields.pop("canonical", None), **fields)


def _raion(text: str, ent: Entity, lex: dict, city_ends: set) -> Optional[Entity]:
    """クピャンスク地区 after the city クピャンスク: the raion named after its centre (Kupiansk Raion);
    not after another city (キーウのドニプロ地区 is a district of Kyiv)."""
    if ent.kind != "city" or not text.startswith("地区", ent.end):
        return None
    if any(ent.start - len(link) in city_ends and text.endswith(link, 0, ent.start)
           for link in lex["city_district_links"]):
        return None
    tail = lex["raion_name"].get(ent.country or "", lex["raion_name"]["default"])
    return Entity(text=text[ent.start:ent.end + 2], label="GPE", start=ent.start, end=ent.end + 2, source="rule",
                  kind="district", canonical=f"{ent.canonical}{tail}" if ent.canonical else None,
                  country=ent.country, lat=ent.lat, lon=ent.lon, precision="region")


def _name_ok(name: str, lex: dict) -> bool:
    return not any(w in name for w in lex["not_names"]) and _title_after(name, len(name)) is None


def _shape_candidates(text: str, places: list[Entity], taken: _Taken, lex: dict) -> list[Entity]:
    """One pass of the shape rules over the katakana names not yet taken by any entity."""
    import re

    ends = {p.end: p for p in places}
    starts = {p.start: p for p in places}
    out = []
    for m in re.finditer(lex["name_pattern"], text):
        s, e, name = m.start(), m.end(), m.group()
        for suf in lex["settlement_suffixes"]:
            if suf.startswith("・") and name.endswith(suf) and len(name) > len(suf) + 1:
                e, name = e - len(suf), name[:-len(suf)]  # ベリカ・ピサリウカ・フロマダ: the name before the suffix
        if taken.overlaps((s, e)):
            continue
        admin = next((x for x in lex["admin_suffixes"] if text.startswith(x, e)), None)
        settle = next((x for x in lex["settlement_suffixes"] if text.startswith(x, e)), None)
        prev = next((ends.get(s - len(k)) for k in lex["container_links"] if ends.get(s - len(k)) is not None
                     and ends[s - len(k)].text.endswith(tuple(lex["container_suffixes"]))), None)
        coord = any(ends.get(s - len(c)) is not None for c in lex["coordination"]
                    if text.startswith(c, s - len(c))) or \
            any(starts.get(e + len(c)) is not None for c in lex["coordination"] if text.startswith(c, e))
        followed = text.startswith(tuple(lex["after_name"]), e)
        described = text.endswith(tuple(lex["descriptors_before"]), 0, s) or (  # 同州北西部X近郊
            text.endswith(tuple(lex["descriptors_near"]), 0, s) and text.startswith(tuple(lex["near_after"]), e))
        if not (admin or settle or ((prev is not None or coord or described) and followed)):
            continue  # the cheap shape tests first: most katakana words are no place
        if not _name_ok(name, lex) or _title_after(text, e):
            continue
        inside = prev.country if prev is not None else None
        if admin and not settle:
            out.append(_place_entity(text, s, e + len(admin), "district" if admin in ("地区", "区") else "region",
                                     country=inside))
        elif settle or ((prev is not None or coord or described) and followed):
            out.append(_place_entity(text, s, e, country=inside))
    return out


def local_places(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities for places the gazetteer does not hold, from their shape in the text (see
    lexicons/place_names.json); a city followed by 地区 becomes its raion. Returns the new list."""
    lex = place_lexicon()
    city_ends = {e.end for e in entities if e.kind == "city"}
    raions = {e.start: r for e in entities
              if e.label in PLACE_LABELS and (r := _raion(text, e, lex, city_ends)) is not None}
    ents = [raions.get(e.start, e) for e in entities]
    taken = _Taken((e.start, e.end) for e in ents if not _overrulable(e))
    for _ in range(3):  # coordination spreads from a new name to the next one
        places = [e for e in ents if e.label in PLACE_LABELS]
        guesses = [e for e in ents if _overrulable(e)]
        new = [n for n in _shape_candidates(text, places, taken, lex) if _claims(n, guesses, lex) is not False]
        if not new:
            break
        for n in new:
            taken.add((n.start, n.end))
        ents = [e for e in ents if not (e in guesses and any(_claims(n, [e], lex) for n in new))]
        ents = sorted(ents + new, key=lambda e: (e.start, -e.end))
    return ents


_GUESSERS = ("ginza", "sudachi")  # the models whose unbacked names a shape rule may overrule


def _overrulable(e: Entity) -> bool:
    """A model guess the gazetteer does not back (GiNZA's, or a proper noun by Sudachi's dictionary: ヤロバ as
    a place, クロポトキン as a surname): a shape rule may read it as a (geocoded) place."""
    return e.source in _GUESSERS and e.canonical is None


def _claims(place: Entity, guesses: list[Entity], lex: dict) -> Optional[bool]:
    """Whether a shape-rule place takes over the model guess it overlaps: True when the guess is that name
    and at most a place suffix or a word of nearness, after at most a descriptor (テムリュク港 taken as a
    facility, ゾロチウ共同体 as an organisation, クラスノピリャ・フロマダ as a person, 同州北西部X近郊 as an
    event), False when it overlaps a guess otherwise, None when it overlaps none."""
    hit = [g for g in guesses if g.start < place.end and place.start < g.end]
    if not hit:
        return None
    suffixes = ("", *lex["settlement_suffixes"], *lex["admin_suffixes"], *lex["near_after"])
    return all(g.start <= place.start and g.end >= place.end and g.text[place.end - g.start:] in suffixes
               and _descriptor_head(g.text[:place.start - g.start], lex) for g in hit)


def _descriptor_head(head: str, lex: dict) -> bool:
    """What a model guess may hold before the name it loses to a shape rule: nothing, or words that end in a
    descriptor (同州北西部 in a guess 同州北西部X近郊)."""
    return not head or head.endswith(tuple(lex["descriptors_near"]) + tuple(lex["descriptors_before"]))


# --- people beyond the gazetteer (shape rule; vocabulary in lexicons/titles.json "unknown_people") ---

_KATA_NAME = re.compile(r"(?<![ァ-ヴー・＝])[ァ-ヴ][ァ-ヴー]+(?:[・＝][ァ-ヴ][ァ-ヴー]+)*")
_TITLE_RUN = re.compile(r"[一-龥々]+(?:・[一-龥々]+)*")


@lru_cache(maxsize=1)
def _people_lexicon() -> dict:
    return lexicon("titles")["unknown_people"]


def _title_run(text: str, pos: int, lex: dict) -> Optional[str]:
    """The title written at ``pos`` (国防相, 外務・安全保障政策上級代表): the longest head of the kanji run there
    that ends in a title head, unless the run starts as a place or an organisation does (市長, 社長)."""
    m = _TITLE_RUN.match(text, pos)  # a country abbreviation stays in the title: ドラギ伊首相
    if m is None or m.group().startswith(tuple(lex["not_title_starts"])):
        return None
    run = m.group()[: lex["max_title_chars"]]
    ends = [i for i in range(len(run), 0, -1) if run[:i].endswith(tuple(lex["title_heads"]))]
    return run[: ends[0]] if ends else None


def _is_place(name: str) -> bool:
    entry = gz.load().lookup(name)
    return entry is not None and entry.kind in gz.PLACE_KINDS


def _person_name(text: str, s: int, e: int, lex: dict) -> Optional[tuple[int, int, int, str]]:
    """(start, end, end of title, title) of the person a katakana run text[s:e] names before a title, or
    None. A last ・-part that is a place (アムハード・スイス連邦大統領) or a field before a bare ministry head
    (クブラコフ・インフラ相) belongs to the title."""
    parts = re.split(r"[・＝]", text[s:e])
    title = _title_run(text, e, lex)
    before = next((t for t in lex["titles_before_name"] if text.endswith(t, 0, s)), None)
    if title is None and before is not None:
        return s, e, e, before  # 総主教キリル
    if title is None:
        return None
    title_end = e + len(title)
    if len(parts) > 1 and (_is_place(parts[-1]) or title in lex["bare_heads"]):
        e -= len(parts[-1]) + 1
    elif title in lex["bare_heads"]:
        return None  # エネルギー相: a ministry's field, no name
    return s, e, title_end, title


def local_people(text: str, entities: list[Entity]) -> list[Entity]:
    """Person entities for katakana names outside the gazetteer written before a title (see
    titles.json "unknown_people"). They take the place of a model guess or a tagger's person that starts
    within the name and ends within the title (グリゴリー of グリゴリー・カラシン委員長, クブラコフ・インフラ相
    taken as a product). Returns the new list."""
    lex = _people_lexicon()
    titles = gz.titles()
    taken = _Taken((x.start, x.end) for x in entities if not _claimable(x))
    claimable = [x for x in entities if _claimable(x)]
    fulls: dict[str, str] = {}  # surname -> the full name told first
    new, gone = [], []
    for m in _KATA_NAME.finditer(text):
        found = _person_name(text, m.start(), m.end(), lex)
        if found is None or taken.overlaps(found[:2]):
            continue
        s, e, title_end, title = found
        hit = [x for x in claimable if x.start < e and s < x.end]
        if any(x.start < s or x.end > title_end for x in hit):
            continue
        full = fulls.setdefault(text[s:e].rsplit("・", 1)[-1], text[s:e])
        new.append(Entity(text=text[s:e], label="PERSON", start=s, end=e, source="rule", kind="person",
                          id=f"local:{full}", role=_role_of(title, titles)))
        gone.extend(hit)
    if not new:
        return entities
    kept = [_same_local(x, fulls) for x in entities if not any(x is g for g in gone)]
    return sorted(kept + new, key=lambda x: (x.start, -x.end))


def _same_local(e: Entity, fulls: dict[str, str]) -> Entity:
    """An unknown person without an id, written as a name the title rule found (アウクルスト氏 after アウクルスト
    事務総長), gets that person's id, so the two are one participant."""
    full = fulls.get(e.text) or (e.text if e.text in fulls.values() else None)
    if e.label != "PERSON" or e.canonical or e.id or full is None:
        return e
    return e.model_copy(update={"id": f"local:{full}", "kind": "person"})


_KANA_OR_PUNCT = re.compile(r"[ぁ-ゖ「」『』（）、。\s]")


def bare_titles(text: str, entities: list[Entity]) -> list[Entity]:
    """A title written alone (「教皇は」, 、首相は) stands for the one person of that role the document named
    before it; left alone when it named none or several (see titles.json "unknown_people")."""
    lex, titles = _people_lexicon(), gz.titles()
    taken = _Taken((x.start, x.end) for x in entities)
    g = gz.load()
    people = [x for x in entities if x.label == "PERSON" and (x.canonical or x.id)]
    new = []
    for t in lex["anaphoric_titles"]:
        for m in re.finditer(re.escape(t), text):
            s, e = m.span()
            if (s and not _KANA_OR_PUNCT.match(text[s - 1])) or text.endswith("の", 0, s) or \
                    _TITLE_RUN.match(text, e) or taken.overlaps((s, e)):
                continue
            seen = {(p.canonical or p.id): p for p in people if p.end <= s and (
                p.role == titles[t] or t in getattr(g.get(p.id or ""), "roles_ja", ()))}
            if len(seen) == 1:
                (p,) = seen.values()
                new.append(p.model_copy(update={"text": t, "start": s, "end": e, "source": "rule", "nested": False}))
                taken.add((s, e))
    return sorted(entities + new, key=lambda x: (x.start, -x.end)) if new else entities


def _role_of(title: str, titles: dict) -> Optional[str]:
    """The role of a title, or of the longest known title it ends with (副首相兼地方・領土発展相 → 発展相: none)."""
    return next((titles[t] for t in sorted(titles, key=len, reverse=True) if title.endswith(t) and titles[t]), None)


def _claimable(e: Entity) -> bool:
    """A name found without the gazetteer (a model guess, a tagger's person): a name before a title may take
    its place."""
    return e.canonical is None and (e.source == "ginza" or e.label == "PERSON") and not e.nested

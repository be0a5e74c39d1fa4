"""What every record rule needs: a read-only view of one document (sentences, paragraphs,
entities by position, the date context of headings) and actor/place/evidence helpers."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from .. import gazetteer as gz
from ..models import Actor, Entity, Place, Span, TimeSpan
from ..resources import lexicon  # the rules read their lexicons through here
from ..syntax import Structure
from ..text import paragraphs, split_sentences

PERSONISH = {"PERSON"}
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
STATE_KINDS = {"country"}
BLOC_KINDS = {"bloc"}
MAX_ENTITY_CHARS = 80
_HEADING = re.compile(r"^\s*(?:[■◆●▼▽◇□▶【\[]|Q\s|\d{1,2}[.．)]\s|第\d+)")




def alternation(words: Iterable[str]) -> str:
    """A regex alternation of lexicon words, longest first, for patterns built from data."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


def find_all(text: str, words: Iterable[str], start: int = 0, end: Optional[int] = None) -> list[tuple[int, int, str]]:
    """Non-overlapping occurrences of any of ``words`` in text[start:end], longest first at each position."""
    end = len(text) if end is None else end
    words = sorted(set(words), key=len, reverse=True)
    hits = []
    for w in words:
        i = text.find(w, start, end)
        while i != -1:
            hits.append((i, i + len(w), w))
            i = text.find(w, i + 1, end)
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out, last = [], -1
    for h in hits:
        if h[0] >= last:
            out.append(h)
            last = h[1]
    return out


def has_any(text: str, words: Iterable[str]) -> Optional[str]:
    for w in words:
        if w in text:
            return w
    return None


@dataclass
class DocView:
    """One document as the rules see it; offsets always refer to the original text."""
    text: str
    clean: str
    published: Optional[dt.date]
    entities: list[Entity]
    sentences: list[tuple[int, int]] = field(default_factory=list)
    paras: list[tuple[int, int]] = field(default_factory=list)
    heading_dates: list[tuple[int, Optional[TimeSpan], bool]] = field(default_factory=list)
    syntax: Structure = field(default_factory=lambda: Structure(""))
    # bisect indexes of entity, sentence, paragraph and heading starts, filled by build()
    _starts: list[int] = field(default_factory=list, init=False, repr=False, compare=False)
    _sent_starts: list[int] = field(default_factory=list, init=False, repr=False, compare=False)
    _para_starts: list[int] = field(default_factory=list, init=False, repr=False, compare=False)
    _heading_starts: list[int] = field(default_factory=list, init=False, repr=False, compare=False)

    @classmethod
    def build(cls, text: str, clean: str, published, entities, phrases=()) -> DocView:
        v = cls(text, clean, published, sorted(entities, key=lambda e: e.start))
        v.syntax = Structure(clean, list(phrases))
        v.sentences = _bounded(clean, split_sentences(clean))
        v.paras = paragraphs(clean)
        v._starts = [e.start for e in v.entities]
        v._sent_starts = [s for s, _ in v.sentences]
        v._para_starts = [s for s, _ in v.paras]
        for k, (ps, pe) in enumerate(v.paras):
            line = clean[ps:pe]
            if k < 2:
                continue  # the headline and dateline are not timeline headings
            if len(line.strip()) <= 40 and (_HEADING.match(line) or _only_date(v, ps, pe)):
                d = v.first(ps, pe, {"DATE"})
                stamp = bool(re.search(r"\d{1,2}[:：]\d{2}", line))  # ■14日 9:00 is an update's time, not an event's
                value = d.value if d is not None else None
                v.heading_dates.append((ps, value if isinstance(value, TimeSpan) and _day_like(value) else None, stamp))
        v._heading_starts = [h[0] for h in v.heading_dates]
        return v

    # --- positions ---
    def sent_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._sent_starts, pos) - 1)

    def sentence(self, pos: int) -> tuple[int, int]:
        return self.sentences[self.sent_index(pos)] if self.sentences else (0, len(self.text))

    def para(self, pos: int) -> tuple[int, int]:
        if not self.paras:
            return (0, len(self.text))
        return self.paras[max(0, bisect.bisect_right(self._para_starts, pos) - 1)]

    def sentences_in(self, start: int, end: int) -> list[tuple[int, int]]:
        i = bisect.bisect_left(self._sent_starts, start)
        out = []
        while i < len(self.sentences) and self.sentences[i][1] <= end:
            out.append(self.sentences[i])
            i += 1
        return out

    def sentences_around(self, index: int, before: int, after: int) -> list[tuple[int, int]]:
        return self.sentences[max(0, index - before): index + after + 1]

    def para_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._para_starts, pos) - 1)

    # --- entities ---
    def ents(self, start: int, end: int, labels: Optional[set] = None) -> list[Entity]:
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.entities) and self.entities[i].start < end:
            e = self.entities[i]
            if e.end <= end and (labels is None or e.label in labels):
                out.append(e)
            i += 1
        return out

    def first(self, start: int, end: int, labels: set) -> Optional[Entity]:
        found = self.ents(start, end, labels)
        return found[0] if found else None

    def entity_at(self, pos: int) -> Optional[Entity]:
        """The entity covering pos (entities are short: look back a bounded stretch, so this stays O(log n))."""
        i = bisect.bisect_right(self._starts, pos) - 1
        while i >= 0 and self.entities[i].start > pos - MAX_ENTITY_CHARS:
            if self.entities[i].end > pos:
                return self.entities[i]
            i -= 1
        return None

    # --- dates ---
    def heading_date(self, pos: int, events_only: bool = False) -> Optional[TimeSpan]:
        """The date of the timeline heading (■11月19日, ■13日 18:30) a position falls under;
        with events_only, None under a live blog's timestamp heading."""
        i = bisect.bisect_right(self._heading_starts, pos) - 1
        if i < 0:
            return None
        _, span, stamp = self.heading_dates[i]
        return None if (events_only and stamp) else span

    def date_near(self, start: int, end: int, anchor: int) -> Optional[Entity]:
        """The resolvable DATE entity of [start, end) nearest to anchor, preferring ones before it."""
        cands = [d for d in self.ents(start, end, {"DATE"}) if isinstance(d.value, TimeSpan) and complete(d.value)]
        if not cands:
            return None
        return min(cands, key=lambda d: (abs(anchor - d.end) if d.end <= anchor else 2 * abs(d.start - anchor)))

    def span(self, start: int, end: int) -> Span:
        return Span(start=start, end=end, text=self.text[start:end])


MAX_SENTENCE = 300  # news sentences are shorter; cutting longer runs bounds every sentence-scoped rule


def _bounded(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences longer than MAX_SENTENCE (junk without punctuation) cut at a 、 or a hard limit."""
    out = []
    for s, e in sentences:
        while e - s > MAX_SENTENCE:
            cut = text.rfind("、", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
            cut = cut + 1 if cut != -1 else s + MAX_SENTENCE
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return out


def complete(ts: Optional[TimeSpan]) -> bool:
    """A TimeSpan with both ends known (2022年3月以来 without a publication date has no end)."""
    return ts is not None and ts.start is not None and ts.end is not None


def _span_days(ts: object) -> Optional[int]:
    """Days from start to end of a TimeSpan with both ends known; None for anything else."""
    if isinstance(ts, TimeSpan) and ts.start is not None and ts.end is not None:
        return (ts.end - ts.start).days
    return None


def _day_like(ts: object) -> bool:
    days = _span_days(ts)
    return days is not None and days <= 31


def _only_date(v: DocView, ps: int, pe: int) -> bool:
    line = v.clean[ps:pe].strip()
    d = v.first(ps, pe, {"DATE"})
    return d is not None and len(line) <= len(d.text) + 12


# --- actors and places ---
def place_of(e: Entity) -> Place:
    return Place(text=e.text, canonical=e.canonical, kind=e.kind, id=e.id, country=e.country, lat=e.lat,
                 lon=e.lon, geonames_id=e.geonames_id, precision=e.precision, start=e.start, end=e.end)


def actor_of(e: Entity) -> Actor:
    kind = e.kind or "other"
    if e.label == "PERSON":
        kind = "person"
    elif kind in ("country",):
        kind = "country"
    elif kind in ("bloc",):
        kind = "bloc"
    elif e.label == "ORG":
        kind = "org"
    return Actor(text=e.text, canonical=e.canonical, kind=kind, id=e.id, role=e.role, country=e.country,
                 start=e.start, end=e.end)


def state_of(e: Entity) -> Optional[Actor]:
    """The state or bloc an entity acts for: a country itself, an army or ministry's country, a bloc."""
    g = gz.load()
    if e.kind in STATE_KINDS or e.kind in BLOC_KINDS:
        return actor_of(e)
    if e.label in ("ORG", "PERSON") and e.country:
        entry = g.country(e.country) if len(e.country) == 2 else None
        if entry is None:
            bloc_id = g.by_canonical.get({"EU": "European Union", "NATO": "NATO"}.get(e.country, ""))
            entry = g.get(bloc_id) if bloc_id else None
        if entry is not None:
            return Actor(text=e.text, canonical=entry.canonical, kind="bloc" if entry.kind == "bloc" else "country",
                         id=entry.id, country=e.country, start=e.start, end=e.end)
    return None


def dedup_actors(actors: Iterable[Actor]) -> list[Actor]:
    out, seen = [], set()
    for a in actors:
        key = a.canonical or a.id or a.text
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out



def country_actor(alpha2: str, text: str = "") -> Optional[Actor]:
    entry = gz.load().country(alpha2)
    if entry is None:
        return None
    return Actor(text=text or entry.canonical, canonical=entry.canonical, kind="country", id=entry.id, country=alpha2)




def confidence(base: float, *signals: bool, penalty: float = 0.0) -> float:
    """Documented in docs/confidence.md: a base per rule plus 0.08 per grounded field, minus hedges, in [0.05, 0.99]."""
    score = base + 0.08 * sum(bool(s) for s in signals) - penalty
    return round(max(0.05, min(0.99, score)), 3)


def near(a, b, km: float) -> bool:
    """Two places (anything with lat/lon) within km of each other (haversine)."""
    import math

    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h)) <= km


def is_heading(v: DocView, pos: int) -> bool:
    """Whether the paragraph at pos is a section heading (■覚書は交わしたが, 【経済】, short numbered lines)."""
    ps, pe = v.para(pos)
    line = v.clean[ps:pe]
    return len(line.strip()) <= 40 and bool(_HEADING.match(line))


def section_dates(v: DocView, pos: int, back: int) -> list[Entity]:
    """Day-like DATE entities of up to ``back`` sentences before pos, nearest first, without crossing a
    section heading: the dates a sentence without its own date most likely inherits."""
    out = []
    i = v.sent_index(pos)
    for s, e in reversed(v.sentences_around(i, back, -1)):
        if is_heading(v, s):
            break
        out += [d for d in reversed(v.ents(s, e, {"DATE"})) if (days := _span_days(d.value)) is not None and days < 1
                and not d.text.endswith("間")]
    return out


# --- typed lexicons ---
_CHECKED: dict = {}


def checked_lexicon(name: str, model) -> dict:
    """lexicon(name) validated once by a pydantic model (unknown or missing keys, wrong types and
    purposes the record model does not know fail at load with the key named), returned as the dict."""
    if name not in _CHECKED:
        model.model_validate(lexicon(name))
        _CHECKED[name] = lexicon(name)
    return _CHECKED[name]


def dateline_heading(v: DocView, pos: int) -> bool:
    """The date line pos falls under is the document's own dateline, not a timeline heading: the only
    date line of the text, on the day of publication (a press release's 「2024年9月24日」 under its
    title dates the release, not the meetings of its sections; a live blog has several ■ headings)."""
    i = bisect.bisect_right(v._heading_starts, pos) - 1
    if i < 0 or len(v.heading_dates) != 1 or v.published is None:
        return False
    span = v.heading_dates[i][1]
    return span is not None and span.start == span.end == v.published

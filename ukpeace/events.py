"""Events across articles: records of many documents that report one real-world event, merged.

A dataset should count events, not reports: twelve outlets on the Geneva talks are one
meeting. ``events(results)`` groups the records of many Extractions type by type:

- meetings: compatible dates, the same venue, overlapping participants; different rounds
  (2回目 vs 3回目) and different modes (telephone vs in person) stay apart;
- proposals: the same plan (name, point count, kind, proposer); 20 points is not 28 points;
- money: the same sum and currency (within rounding, or restated in another currency),
  donor and purpose;
- attacks: the same strike episode (the same night or day, places and attacker).

Records of one document are never merged with each other (the extractor already resolved
mentions within an article). Candidate pairs come from blocking by type, a key (a person, a
place, an amount bucket, a rare name bigram) and an anchor-date window, so the cost grows
about linearly with the number of records. Pairs are scored with the weights of
resources/ontology/coreference.json and joined greedily, best first, as long as no pair across
the two groups is incompatible and their mean score holds up.

Each Event keeps every member record id, its documents, per-field consensus with the
records that support it, and the fields on which sources disagree with their doc_ids:
disagreements are kept, never averaged.

    >>> evs = ukpeace.events(results)              # results: Extractions, e.g. read_jsonl(...)
    >>> ukpeace.timeline(evs)                      # DataFrame, ordered by date
    >>> acled_frame(evs)                           # ACLED-like flat table
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import math
import re
import sys
import types
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Callable, Iterable, Optional

from pydantic import BaseModel, ConfigDict, Field

from . import ontology
from .models import Extraction, Place, Plover

log = logging.getLogger(__name__)

TYPES = ("meeting", "proposal", "money", "attack")


# ---------- the output model ----------
class Consensus(BaseModel):
    """The value most sources give for a field, and the records that give it."""
    value: Any
    support: list[str] = Field(default_factory=list, description="ids of the records that support the value")


class ConflictValue(BaseModel):
    value: Any
    doc_ids: list[str]
    record_ids: list[str] = Field(default_factory=list)


class Conflict(BaseModel):
    """A field on which sources disagree: every value with the documents that give it."""
    field: str
    values: list[ConflictValue]


class Event(BaseModel):
    model_config = ConfigDict(extra="forbid")
    event_id: str = Field(description="stable: a hash of the sorted member record ids")
    type: str
    label: str = Field("", description="a short human-readable name: the meeting/plan name, the amount, the places")
    record_ids: list[str]
    doc_ids: list[str]
    n_sources: int
    first_reported: Optional[dt.date] = None
    last_reported: Optional[dt.date] = None
    date_start: Optional[dt.date] = Field(None, description="the consensus date of the event, when sources give one")
    date_end: Optional[dt.date] = None
    date_granularity: Optional[str] = None
    places: list[Place] = Field(default_factory=list, description="places of the event, most reported first")
    consensus: dict[str, Consensus] = Field(default_factory=dict)
    conflicts: list[Conflict] = Field(default_factory=list)
    plover: Optional[Plover] = None
    cameo: Optional[str] = None
    confidence: float = Field(0.5, ge=0.0, le=1.0, description="the highest member confidence")


# ---------- configuration (data) ----------
class _Config(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    doc: str = Field("", alias="_doc")
    window_days: dict[str, int]
    date_slack_days: dict[str, int]
    date_veto_days: dict[str, int]
    threshold: dict[str, float]
    link_ratio: float = Field(ge=0.0, le=1.0)
    weights: dict[str, dict[str, float]]
    name_similarity: dict[str, float]
    same_currency_tolerance: float = Field(ge=0.0, lt=1.0)
    cross_currency_tolerance: float = Field(ge=0.0, lt=1.0)
    usd_rates: dict[str, float]
    round_patterns: list[str]

    def model_post_init(self, _ctx) -> None:
        for name in ("window_days", "date_slack_days", "date_veto_days", "threshold", "weights"):
            missing = set(TYPES) - set(getattr(self, name))
            if missing:
                raise ValueError(f"coreference.json: {name} lacks {sorted(missing)}")
        for p in self.round_patterns:
            re.compile(p)


@lru_cache(maxsize=1)
def config() -> _Config:
    raw = resources.files("ukpeace.resources.ontology").joinpath("coreference.json").read_text("utf-8")
    return _Config.model_validate(json.loads(raw))


@lru_cache(maxsize=1)
def _round_res() -> tuple:
    return tuple(re.compile(p) for p in config().round_patterns)


# ---------- record features ----------
def _norm(s: Optional[str]) -> str:
    if not s:
        return ""
    return re.sub(r"[\s・.\-_'’「」『』()（）]", "", unicodedata.normalize("NFKC", s).lower())


def _key(x) -> str:
    """Identity of an actor or a place: gazetteer id, else canonical name, else its text."""
    if x.id or x.canonical:
        return x.id or f"name:{_norm(x.canonical)}"
    return f"text:{_norm(x.text)}" if _norm(x.text) else ""


def _keys(xs, how=None) -> frozenset:
    """Keys of actors or places (by ``how``, default _key); nameless ones drop out."""
    return frozenset(k for k in map(how or _key, xs) if k)


def _side(x) -> str:
    """Who an actor stands for, for proposers, donors and attackers: a person counts as their country
    (Zelenskyy's plan is Ukraine's plan), an organisation or bloc as itself."""
    if x.kind == "person" and x.country:
        return f"country:{x.country}"
    return _key(x)


def _name(x) -> str:
    return x.canonical or x.text


def _bigrams(s: str) -> frozenset:
    return frozenset(s[i:i + 2] for i in range(len(s) - 1)) if len(s) > 1 else frozenset([s] if s else [])


def _wdice(a: frozenset, b: frozenset, weight: dict) -> float:
    """Dice overlap of two bigram sets, each bigram weighted by its rarity (generic 和平/計画 count little)."""
    if not a or not b:
        return 0.0
    wa, wb = sum(weight.get(g, 1.0) for g in a), sum(weight.get(g, 1.0) for g in b)
    return 2 * sum(weight.get(g, 1.0) for g in a & b) / (wa + wb)


def name_similarity(a: frozenset, b: frozenset, weight: dict) -> float:
    """Weighted Dice, or containment when the shorter name (4+ characters) lies inside the other:
    a modifier (15年間の安全の保証, 28項目の和平計画) does not make another plan; point counts and
    kinds keep different plans apart."""
    dice = _wdice(a, b, weight)
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < 3 or not small <= big:
        return dice
    specificity = sum(weight.get(g, 1.0) for g in small) / len(small)  # a generic name (和平案) contains little
    return max(dice, 0.9 * specificity)


def gram_weights(items: list) -> dict:
    """Weight 1 for a name bigram, less for one that many proposals share (和平, 計画 in a large corpus)."""
    df = Counter(g for it in items if it.type == "proposal" for g in it.grams)
    limit = common_gram_limit(sum(it.type == "proposal" for it in items))
    return {g: min(1.0, limit / c) for g, c in df.items()}


def common_gram_limit(n_proposals: int) -> int:
    """A bigram in more names than this (2 %, at least 20) is generic: no blocking key, little weight."""
    return max(20, n_proposals // 50)


def _ordinal(d) -> Optional[int]:
    return d.toordinal() if d else None


def _round_of(name: Optional[str]) -> Optional[int]:
    from .normalize.numbers import parse_number

    for rx in _round_res():
        m = rx.search(name or "")
        if m:
            n = parse_number(m.group(1))
            return int(n) if n is not None else None
    return None


@lru_cache(maxsize=4096)
def _lineage(canonical: str) -> frozenset:
    """The place and every place the gazetteer puts it in (Mar-a-Lago, Palm Beach, Florida, ...)."""
    from .gazetteer import load as gazetteer

    g = gazetteer()
    out: set[str] = set()
    name: Optional[str] = canonical
    while name and name not in out and len(out) < 8:
        out.add(name)
        entry = g.get(g.by_canonical.get(name, ""))
        name = entry.parent if entry else None
    return frozenset(out)


def _countries_of(places) -> frozenset:
    return frozenset(p.country for p in places if p.country)


@dataclass(eq=False, slots=True)
class Item:
    """One record with the features the matcher compares, precomputed once."""
    idx: int
    rid: str
    doc: str
    pub: Optional[int]
    rec: Any
    type: str
    d0: Optional[int] = None
    d1: Optional[int] = None
    anchor: Optional[int] = None
    people: frozenset = frozenset()
    parties: frozenset = frozenset()
    places: frozenset = frozenset()
    place_countries: frozenset = frozenset()
    place_names: frozenset = frozenset()
    lineage: frozenset = frozenset()
    name: str = ""
    grams: frozenset = frozenset()
    round: Optional[int] = None
    usd: Optional[float] = None
    rule: int = -1
    weights: dict = field(default_factory=dict, repr=False)


def _set_date(it: Item, span) -> None:
    if span is not None and span.start:
        it.d0, it.d1 = span.start.toordinal(), (span.end or span.start).toordinal()
    it.anchor = it.d0 if it.d0 is not None else it.pub


def _split_places(it: Item, places) -> None:
    places = [p for p in places if p is not None]
    broad = ("country", "continent", "water")
    specific = [p for p in places if p.precision not in broad]
    it.places = _keys(specific)
    it.place_countries = _countries_of(places)
    it.place_names = frozenset(p.canonical for p in specific if p.canonical)
    it.lineage = frozenset().union(*(_lineage(n) for n in it.place_names))


def _features(it: Item) -> Item:
    r = it.rec
    if it.type == "meeting":
        _set_date(it, r.date)
        it.people = _keys(r.participants)
        it.parties = _keys(r.parties)
        _split_places(it, [r.location])
        it.name, it.round = _norm(r.name), _round_of(r.name)
    elif it.type == "proposal":
        _set_date(it, r.date)
        it.people = _keys(r.proposer, _side)
        it.name = _norm(r.name)
        it.grams = frozenset().union(*(_bigrams(_norm(n)) for n in [r.name, *r.aliases]))
    elif it.type == "money":
        _set_date(it, None)
        it.people, it.parties = _keys(r.donor, _side), _keys(r.recipient, _side)
        rate = config().usd_rates.get(r.amount.currency)
        it.usd = r.amount.value * rate if rate else None
    else:
        _set_date(it, r.date)
        it.people = _keys(r.attacker, _side)
        _split_places(it, r.locations)
    return it


# ---------- pair scores ----------
def _date_term(a: Item, b: Item, rtype: str, w: dict, cfg: _Config) -> Optional[float]:
    """Date term: a bonus when both dates agree (within the slack), a penalty when they are a little
    apart (a weekday or 同日 resolved differently), None beyond the veto distance, 0 when undated."""
    if a.d0 is None or b.d0 is None or a.d1 is None or b.d1 is None:  # d0 and d1 are set together
        return 0.0
    gap = max(a.d0 - b.d1, b.d0 - a.d1, 0)
    if gap <= cfg.date_slack_days[rtype]:
        return w["date_match"]
    precise = a.d1 - a.d0 <= 2 and b.d1 - b.d0 <= 2  # a month-level date that misses is a real difference
    return w["date_near"] if precise and gap <= cfg.date_veto_days[rtype] else None


def _overlap(a: frozenset, b: frozenset) -> Optional[float]:
    """Overlap coefficient, or None when either side is empty."""
    if not a or not b:
        return None
    return len(a & b) / min(len(a), len(b))


def _overlap_term(a: frozenset, b: frozenset, w: dict, key: str) -> float:
    """Weight ``key`` times the overlap of two actor sets, ``key_disjoint`` when they share nobody, 0 when
    either is empty (nothing to compare)."""
    share = _overlap(a, b)
    if share is None:
        return 0.0
    return w[key] * share if share else w[f"{key}_disjoint"]


def _places(a: Item, b: Item, w: dict) -> Optional[float]:
    """Place term; None (incompatible) when both are placed in different countries."""
    if a.places and b.places:
        if a.places & b.places or a.place_names & b.lineage or b.place_names & a.lineage:
            return w["place_match"]  # the same place, or one inside the other (Mar-a-Lago, Palm Beach)
        if a.place_countries and b.place_countries and not a.place_countries & b.place_countries:
            return None
        return w["place_differs"]
    if a.place_countries and b.place_countries:
        if not a.place_countries & b.place_countries:
            return None
        return w.get("place_same_country", w.get("place_region", 0.0))
    return 0.0


def _score_meeting(a: Item, b: Item, w: dict, cfg: _Config) -> Optional[float]:
    ra, rb = a.rec, b.rec
    if ra.mode != rb.mode or (a.round is not None and b.round is not None and a.round != b.round):
        return None
    d = _date_term(a, b, "meeting", w, cfg)
    pl = _places(a, b, w)
    if d is None or pl is None:
        return None
    s = pl + d
    s += _overlap_term(a.people, b.people, w, "people")
    s += _overlap_term(a.parties, b.parties, w, "parties")
    if a.name and a.name == b.name and len(a.name) > 3:
        s += w["name"]
    return s


def _score_proposal(a: Item, b: Item, w: dict, cfg: _Config) -> Optional[float]:
    ra, rb = a.rec, b.rec
    if ra.points is not None and rb.points is not None and ra.points != rb.points:
        return None
    s = w["points_match"] if ra.points is not None and ra.points == rb.points else 0.0
    sim = name_similarity(a.grams, b.grams, a.weights)
    ns = cfg.name_similarity
    s += w["name_strong"] if sim >= ns["strong"] else w["name_weak"] if sim >= ns["weak"] else w["name_differs"]
    if ra.kind != rb.kind and "other" not in (ra.kind, rb.kind):
        s += w["kind_differs"]
    if (ra.revises and _norm(ra.revises) == b.name) or (rb.revises and _norm(rb.revises) == a.name):
        return None  # a revision is not the plan it revises
    if ra.revises and rb.revises and _norm(ra.revises) != _norm(rb.revises):
        s += w["revises_differs"]
    s += _overlap_term(a.people, b.people, w, "proposer")
    return s


def _amounts(a: Item, b: Item, w: dict, cfg: _Config) -> Optional[float]:
    xa, xb = a.rec.amount, b.rec.amount
    if xa.currency == xb.currency:
        hi, lo = max(xa.value, xb.value), min(xa.value, xb.value)
        return w["amount_exact"] if hi and (hi - lo) / hi <= cfg.same_currency_tolerance else None
    if a.usd is None or b.usd is None:
        return None
    hi, lo = max(a.usd, b.usd), min(a.usd, b.usd)
    return w["amount_restated"] if hi and (hi - lo) / hi <= cfg.cross_currency_tolerance else None


def _score_money(a: Item, b: Item, w: dict, cfg: _Config) -> Optional[float]:
    s = _amounts(a, b, w, cfg)
    if s is None:
        return None
    ra, rb = a.rec, b.rec
    s += _overlap_term(a.people, b.people, w, "donor")
    s += _overlap_term(a.parties, b.parties, w, "recipient")
    if ra.purpose and rb.purpose and ra.purpose != rb.purpose and "other" not in (ra.purpose, rb.purpose):
        s += w["purpose_differs"]
    if ra.period_years and rb.period_years and ra.period_years != rb.period_years:
        s += w["period_differs"]
    return s


def _score_attack(a: Item, b: Item, w: dict, cfg: _Config) -> Optional[float]:
    ra, rb = a.rec, b.rec
    d = _date_term(a, b, "attack", w, cfg)
    att = _overlap(a.people, b.people)
    pl = _places(a, b, w)
    if d is None or att == 0 or pl is None:
        return None
    s = pl + d + (w["attacker"] if att else 0.0)
    if ra.target and ra.target == rb.target:
        s += w["target"]
    if ra.count is not None and ra.count == rb.count:
        s += w["count_match"]
    if set(ra.weapons) & set(rb.weapons):
        s += w["weapons"]
    return s


SCORERS: dict[str, Callable] = {"meeting": _score_meeting, "proposal": _score_proposal,
                                "money": _score_money, "attack": _score_attack}


def pair_score(a: Item, b: Item, cfg: Optional[_Config] = None) -> Optional[float]:
    """How much two records look like one event; None when they cannot be (a hard conflict).

    Records of one document are never one event: the extractor already resolved an article's mentions.
    """
    cfg = cfg or config()
    if a.doc == b.doc or a.type != b.type:
        return None
    if a.anchor is not None and b.anchor is not None and abs(a.anchor - b.anchor) > cfg.window_days[a.type]:
        return None
    return SCORERS[a.type](a, b, cfg.weights[a.type], cfg)


# ---------- blocking ----------
def _money_buckets(it: Item) -> list:
    """Amount buckets as wide as the restatement tolerance: two sums that may match share one."""
    if it.usd is None or it.usd <= 0:
        return [("cur", it.rec.amount.currency, float(f"{it.rec.amount.value:.2g}"))]
    b = math.floor(math.log(it.usd) / math.log(1 + config().cross_currency_tolerance + 0.05))
    return [("usd", b), ("usd", b + 1)]


def _block_keys(it: Item, gram_freq: Counter, gram_limit: int) -> tuple[list, list]:
    """(specific keys, broad keys) of a record.

    Records sharing a specific key (a person, a venue, a rare name bigram, an amount with
    its donor) are compared. A broad key (a party country, an amount alone) only brings
    in records that have no specific key: Ukraine as a party would otherwise pair everything.
    """
    if it.type == "money":
        buckets = _money_buckets(it)
        return [(b, d) for b in buckets for d in sorted(it.people)], buckets
    if it.type == "proposal":
        shared = sorted((g for g in it.grams if 2 <= gram_freq[g] <= gram_limit), key=lambda g: (gram_freq[g], g))
        rare = shared[:3]  # a bigram no other name has pairs nothing; one most names have pairs everything
        return [("name", it.name)] + [("gram", g) for g in rare], []
    specific = [("place", p) for p in sorted(it.places)]
    if it.type == "meeting":
        return specific + [("person", p) for p in sorted(it.people)], [("party", p) for p in sorted(it.parties)]
    return specific, [("broad", tuple(sorted(it.place_countries)), tuple(sorted(it.people)))]


def _add(a: Item, b: Item, out: set) -> None:
    if a.doc != b.doc:
        out.add((a.idx, b.idx) if a.idx < b.idx else (b.idx, a.idx))


def _window_pairs(members: list, window: int, out: set, probes: Optional[set] = None) -> None:
    """Sorted neighbourhood: pairs of a block whose anchors lie within the window.

    With ``probes``, only pairs with at least one probe (a record without specific keys).
    """
    dated = sorted((m for m in members if m.anchor is not None), key=lambda m: (m.anchor, m.idx))
    for i, a in enumerate(dated):
        for b in dated[i + 1:]:
            if b.anchor - a.anchor > window:
                break
            if probes is None or a.idx in probes or b.idx in probes:
                _add(a, b, out)
    for a in members:
        if a.anchor is None and (probes is None or a.idx in probes):
            for b in members:
                if b is not a:
                    _add(a, b, out)


def candidate_pairs(items: list[Item]) -> set:
    """Index pairs worth scoring, from blocks of one type sharing a key within the date window."""
    cfg = config()
    gram_freq = Counter(g for it in items if it.type == "proposal" for g in it.grams)  # rarest bigrams block
    gram_limit = common_gram_limit(sum(it.type == "proposal" for it in items))
    specific: dict = defaultdict(list)
    broad: dict = defaultdict(list)
    probes: set = set()
    for it in items:
        keys, wide = _block_keys(it, gram_freq, gram_limit)
        for k in keys:
            specific[(it.type, k)].append(it)
        for k in wide:
            broad[(it.type, k)].append(it)
        if not keys:
            probes.add(it.idx)
    pairs: set = set()
    for (rtype, _), members in specific.items():
        if len(members) > 1:
            _window_pairs(members, cfg.window_days[rtype], pairs)
    for (rtype, _), members in broad.items():
        if len(members) > 1 and any(m.idx in probes for m in members):
            _window_pairs(members, cfg.window_days[rtype], pairs, probes)
    return pairs


# ---------- clustering ----------
class _Clusters:
    """Greedy constrained agglomeration: best pairs first, no shared document, no hard conflict,
    and the mean score over all cross pairs held up."""

    def __init__(self, items: list[Item]):
        self.items = items
        self.of = list(range(len(items)))
        self.members = {i: [i] for i in range(len(items))}
        self.docs = {i: {it.doc} for i, it in enumerate(items)}
        self.cache: dict = {}
        self.cfg = config()

    def score(self, i: int, j: int) -> Optional[float]:
        key = (i, j) if i < j else (j, i)
        if key not in self.cache:
            self.cache[key] = pair_score(self.items[i], self.items[j], self.cfg)
        return self.cache[key]

    def try_merge(self, i: int, j: int, need: float) -> bool:
        ci, cj = self.of[i], self.of[j]
        if ci == cj or self.docs[ci] & self.docs[cj]:
            return False
        total, n = 0.0, 0
        for x in self.members[ci]:
            for y in self.members[cj]:
                s = self.score(x, y)
                if s is None:
                    return False
                total, n = total + s, n + 1
        if total / n < need:
            return False
        if len(self.members[ci]) < len(self.members[cj]):
            ci, cj = cj, ci
        for y in self.members[cj]:
            self.of[y] = ci
        self.members[ci].extend(self.members.pop(cj))
        self.docs[ci] |= self.docs.pop(cj)
        return True


def cluster(items: list[Item]) -> list[list[Item]]:
    """Groups of items that report one event (singletons included), in a deterministic order."""
    cfg = config()
    weights = gram_weights(items)
    for it in items:
        it.weights = weights
    groups = _Clusters(items)
    scored = []
    for i, j in candidate_pairs(items):
        s = groups.score(i, j)
        if s is not None and s >= cfg.threshold[items[i].type]:
            scored.append((-s, items[i].rid, items[j].rid, i, j))
    scored.sort()
    for _, _, _, i, j in scored:
        groups.try_merge(i, j, cfg.threshold[items[i].type] * cfg.link_ratio)
    log.debug("events: %d records, %d candidate edges, %d groups", len(items), len(scored), len(groups.members))
    return [[items[k] for k in sorted(m, key=lambda k: items[k].rid)] for m in groups.members.values()]


# ---------- consensus and conflicts ----------
def _span_value(span) -> Optional[dict]:
    if span is None or not span.start:
        return None
    return {"start": span.start.isoformat(), "end": (span.end or span.start).isoformat(),
            "granularity": span.granularity}


def _place_value(p) -> Optional[dict]:
    if p is None:
        return None
    return {"name": _name(p), "country": p.country, "precision": p.precision}


def _names(actors) -> Optional[list]:
    names = sorted({_name(a) for a in actors or []})
    return names or None


def _amount_value(a) -> dict:
    return {"value": a.value, "currency": a.currency}


# field name -> (how to read it from a record, how values combine)
FIELDS: dict[str, dict[str, tuple[Callable, str]]] = {
    "meeting": {
        "name": (lambda r: r.name, "name"), "date": (lambda r: _span_value(r.date), "date"),
        "place": (lambda r: _place_value(r.location), "place"),
        "participants": (lambda r: _names(r.participants), "set"),
        "parties": (lambda r: _names(r.parties), "set"), "mode": (lambda r: r.mode, "scalar"),
        "status": (lambda r: r.status, "latest")},
    "proposal": {
        "name": (lambda r: r.name, "name"), "points": (lambda r: r.points, "scalar"),
        "kind": (lambda r: r.kind, "scalar"),
        "status": (lambda r: r.status, "latest"), "proposer": (lambda r: _names(r.proposer), "set"),
        "revises": (lambda r: r.revises, "name"), "date": (lambda r: _span_value(r.date), "date")},
    "money": {
        "amount": (lambda r: _amount_value(r.amount), "amount"), "donor": (lambda r: _names(r.donor), "set"),
        "recipient": (lambda r: _names(r.recipient), "set"), "purpose": (lambda r: r.purpose, "scalar"),
        "period_years": (lambda r: r.period_years, "scalar"),
        "instruments": (lambda r: sorted(r.instruments) or None, "set")},
    "attack": {
        "date": (lambda r: _span_value(r.date), "date"), "place": (lambda r: _names(r.locations), "set"),
        "attacker": (lambda r: _names(r.attacker), "attacker"), "target": (lambda r: r.target, "scalar"),
        "weapons": (lambda r: sorted(r.weapons) or None, "set"), "count": (lambda r: r.count, "scalar"),
        "killed": (lambda r: r.casualties.killed, "scalar"), "injured": (lambda r: r.casualties.injured, "scalar")},
}


@dataclass
class _Group:
    """Records giving one value of a field."""
    value: Any
    items: list = field(default_factory=list)

    @property
    def docs(self) -> list:
        return sorted({it.doc for it in self.items})

    def rank(self) -> tuple:
        """More documents first; then the latest report (tolls and details get updated); then confidence."""
        latest = max((it.pub or 0) for it in self.items)
        return (len(self.docs), latest, sum(it.rec.confidence for it in self.items))


def _group_key(value, how: str) -> str:
    if how == "name":
        return _norm(value)
    if how == "amount":
        return f"{value['currency']}:{float(format(value['value'], '.3g'))}"
    if how == "place":
        return _norm(value["name"])
    if how == "date":
        return f"{value['start']}/{value['end']}/{value['granularity']}"
    return repr(value)


def _groups(items: list[Item], read: Callable, how: str) -> list[_Group]:
    groups: dict[str, _Group] = {}
    for it in items:
        v = read(it.rec)
        if v is None or v == "":
            continue
        groups.setdefault(_group_key(v, how), _Group(v)).items.append(it)
    return sorted(groups.values(), key=lambda g: (g.rank(), _group_key(g.value, how)), reverse=True)


def _compatible(a: Any, b: Any, how: str) -> bool:
    if how == "date":
        return a["start"] <= b["end"] and b["start"] <= a["end"]
    if how == "place":
        return (_norm(a["name"]) == _norm(b["name"]) or (a["precision"] == "country" and a["country"] == b["country"])
                or (b["precision"] == "country" and a["country"] == b["country"]))
    if how == "amount":
        return a["currency"] != b["currency"]
    if how == "attacker":
        return bool(set(a) & set(b))
    return a == b


def _date_consensus(groups: list[_Group]) -> _Group:
    """The most precise date that most sources agree with (a month-level date agrees with its days)."""
    def key(g):
        n = len({it.doc for h in groups if _compatible(g.value, h.value, "date") for it in h.items})
        length = dt.date.fromisoformat(g.value["end"]).toordinal() - dt.date.fromisoformat(g.value["start"]).toordinal()
        return (n, -length, g.rank())
    best = max(groups, key=key)
    support = [it for h in groups if _compatible(best.value, h.value, "date") for it in h.items]
    return _Group(best.value, support)


def _set_consensus(groups: list[_Group]) -> _Group:
    """Union of the names, most often given first; support: every record that gives any."""
    counts = Counter(n for g in groups for it in g.items for n in g.value)
    names = sorted(counts, key=lambda n: (-counts[n], n))
    return _Group(names, [it for g in groups for it in g.items])


def _field_result(items: list[Item], read: Callable, how: str) -> tuple[Optional[_Group], Optional[list[_Group]]]:
    if how == "set":
        given = [(it, read(it.rec)) for it in items]
        given = [(it, v) for it, v in given if v]
        return (_set_consensus([_Group(v, [it]) for it, v in given]) if given else None), None
    groups = _groups(items, read, how)
    if not groups:
        return None, None
    if how == "latest":
        return max(groups, key=lambda g: (max((it.pub or 0) for it in g.items), g.rank())), None
    best = _date_consensus(groups) if how == "date" else groups[0]
    if how == "name":
        return best, None
    clash = any(not _compatible(g.value, h.value, how) for i, g in enumerate(groups) for h in groups[i + 1:])
    return best, (groups if clash else None)


def _consensus(items: list[Item]) -> tuple[dict, list]:
    consensus, conflicts = {}, []
    for name, (read, how) in FIELDS[items[0].type].items():
        best, clash = _field_result(items, read, how)
        if best is None:
            continue
        consensus[name] = Consensus(value=best.value, support=sorted({it.rid for it in best.items}))
        if clash:
            conflicts.append(Conflict(field=name, values=[
                ConflictValue(value=g.value, doc_ids=g.docs, record_ids=sorted(it.rid for it in g.items))
                for g in clash]))
    parts = {k: consensus[k] for k in ("killed", "injured") if k in consensus}
    if parts:  # the record's casualties object, from the two counts (each may have its own conflict)
        consensus["casualties"] = Consensus(value={k: (parts[k].value if k in parts else None)
                                                   for k in ("killed", "injured")},
                                            support=sorted({r for c in parts.values() for r in c.support}))
    return consensus, conflicts


# ---------- events ----------
def event_id(record_ids: Iterable[str]) -> str:
    """A stable id: the same member records give the same id, run after run."""
    return "evt-" + hashlib.sha1("|".join(sorted(record_ids)).encode()).hexdigest()[:12]


def _rule(items: list[Item]):
    """The ontology rule most members fall under (ties: the earlier, more specific rule)."""
    votes = Counter(it.rule for it in items)
    return ontology.load().rules[max(votes, key=lambda i: (votes[i], -i))]


def _places_of(items: list[Item]) -> list[Place]:
    seen: dict[str, tuple[int, Place]] = {}
    for it in items:
        places = [it.rec.location] if it.type == "meeting" else getattr(it.rec, "locations", [])
        for p in places:
            if p is not None and _key(p):
                n, first = seen.get(_key(p), (0, p))
                seen[_key(p)] = (n + 1, first)
    ranked = sorted(seen.items(), key=lambda kv: (-kv[1][0], kv[0]))
    return [p.model_copy(update={"start": None, "end": None}) for _, (_, p) in ranked]


def _label(type_: str, consensus: dict) -> str:
    def val(k):
        return consensus[k].value if k in consensus else None
    if type_ == "money":
        a = val("amount")
        return " ".join(x for x in [f"{a['value']:,.0f} {a['currency']}", ", ".join(val("donor") or [])] if x)
    if type_ == "attack":
        return ", ".join(val("place") or []) or ", ".join(val("attacker") or []) or "attack"
    if type_ == "meeting":
        who = ", ".join((val("participants") or val("parties") or [])[:4])
        where = (val("place") or {}).get("name")
        return " @ ".join(x for x in [val("name") or "meeting", who, where] if x)
    return val("name") or type_


def _event(items: list[Item]) -> Event:
    consensus, conflicts = _consensus(items)
    pubs = [it.pub for it in items if it.pub is not None]
    date = consensus.get("date")
    rule = _rule(items)
    rids = sorted(it.rid for it in items)
    return Event(
        event_id=event_id(rids), type=items[0].type, label=_label(items[0].type, consensus), record_ids=rids,
        doc_ids=sorted({it.doc for it in items}), n_sources=len({it.doc for it in items}),
        first_reported=dt.date.fromordinal(min(pubs)) if pubs else None,
        last_reported=dt.date.fromordinal(max(pubs)) if pubs else None,
        date_start=dt.date.fromisoformat(date.value["start"]) if date else None,
        date_end=dt.date.fromisoformat(date.value["end"]) if date else None,
        date_granularity=date.value["granularity"] if date else None,
        places=_places_of(items), consensus=consensus, conflicts=conflicts,
        plover=Plover(type=rule.plover, mode=rule.mode), cameo=rule.cameo,
        confidence=max(it.rec.confidence for it in items))


def rule_index(rec) -> int:
    """Position of the record's ontology rule in the table."""
    return ontology.rule_position(rec)


def _as_extraction(res) -> Extraction:
    if isinstance(res, Extraction):
        return res
    if isinstance(res, dict):
        return Extraction.model_validate(res)
    raise TypeError(f"events() takes Extractions (or their model_dump dicts), not {type(res).__name__}")


def items_of(results: Iterable) -> list[Item]:
    """Every record of every usable result as an Item; a record id seen twice counts once."""
    items: list[Item] = []
    seen: set[str] = set()
    for n, res in enumerate(results):
        ext = _as_extraction(res)
        if ext.status != "ok":
            continue
        doc = ext.doc_id if ext.doc_id is not None else f"doc-{n}"
        for k, rec in enumerate(ext.records):
            rid = rec.id or f"{doc}#{k}"
            if rid in seen:
                continue
            seen.add(rid)
            it = _features(Item(len(items), rid, doc, _ordinal(ext.published), rec, rec.type))
            it.rule = rule_index(rec)
            if rec.plover is None:  # results written before the codes existed
                rule = ontology.load().rules[it.rule]
                rec.plover, rec.cameo = Plover(type=rule.plover, mode=rule.mode), rule.cameo
            items.append(it)
    return items


def events(results: Iterable) -> list[Event]:
    """Merge the records of many documents into events, ordered by date (then id)."""
    items = items_of(results)
    evs = [_event(group) for group in cluster(items)]
    return sorted(evs, key=lambda e: (_when(e) or dt.date.max, e.type, e.event_id))


def _when(e: Event) -> Optional[dt.date]:
    return e.date_start or e.first_reported


# ---------- tables ----------
ACLED_COLUMNS = ("event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                 "country", "location", "latitude", "longitude", "geo_precision", "fatalities", "sources", "notes")
_GEO_PRECISION = {"point": 1, "facility": 1, "city": 1, "district": 2, "region": 2, "country": 3,
                  "continent": 3, "water": 3}


def time_precision(e: Event) -> int:
    """ACLED's code: 1 the day is known, 2 within a week, 3 a month or less precise (or only the report date)."""
    if e.date_start is None or e.date_end is None:  # set together
        return 3
    days = (e.date_end - e.date_start).days
    return 1 if days <= 1 and e.date_granularity in ("day", "time", "range") else 2 if days <= 7 else 3


def _country_name(code: Optional[str]) -> Optional[str]:
    if not code:
        return None
    import pycountry

    c = pycountry.countries.get(alpha_2=code)
    return c.name if c else code


def _actors(e: Event) -> tuple[Optional[str], Optional[str]]:
    c = e.consensus
    names = {k: (c[k].value if k in c else None) or [] for k in ("attacker", "parties", "participants", "proposer",
                                                                  "donor", "recipient")}
    if e.type == "attack":
        return (names["attacker"] or [None])[0], None
    if e.type == "money":
        return (names["donor"] or [None])[0], (names["recipient"] or [None])[0]
    if e.type == "proposal":
        return (names["proposer"] or [None])[0], None
    side = names["parties"] or names["participants"]
    return (side + [None, None])[0], (side + [None, None])[1]


def _notes(e: Event) -> str:
    parts = [e.label]
    for cf in e.conflicts:
        vals = " vs ".join(f"{_short(v.value)} ({', '.join(v.doc_ids)})" for v in cf.values)
        parts.append(f"sources disagree on {cf.field}: {vals}")
    return "; ".join(p for p in parts if p)


def _short(value) -> str:
    if isinstance(value, dict) and "start" in value:
        return value["start"] if value["start"] == value["end"] else f"{value['start']}/{value['end']}"
    if isinstance(value, dict) and "currency" in value:
        return f"{value['value']:,.0f} {value['currency']}"
    if isinstance(value, dict):
        return str(value.get("name"))
    if isinstance(value, list):
        return "/".join(map(str, value))
    return str(value)


def acled_row(e: Event) -> dict:
    """One ACLED-like row; event_type/sub_event_type come from the ontology table's acled column."""
    rule = _rule_for_event(e)
    place = e.places[0] if e.places else None
    killed = e.consensus.get("killed")
    a1, a2 = _actors(e)
    return {"event_id": e.event_id, "event_date": _when(e), "time_precision": time_precision(e),
            "event_type": rule.acled[0], "sub_event_type": rule.acled[1], "actor1": a1, "actor2": a2,
            "country": _country_name(place.country if place else None), "location": place and _name(place),
            "latitude": place and place.lat, "longitude": place and place.lon,
            "geo_precision": _GEO_PRECISION.get(place.precision) if place and place.precision else None,
            "fatalities": killed.value if killed else None, "sources": "; ".join(e.doc_ids), "notes": _notes(e)}


def _plover_of(e: Event) -> tuple[Optional[str], Optional[str]]:
    """(PLOVER type, mode) of an event; events() always sets them."""
    return (e.plover.type, e.plover.mode) if e.plover is not None else (None, None)


def _rule_for_event(e: Event):
    for rule in ontology.load().rules:
        if (rule.record_type, rule.plover, rule.mode, rule.cameo) == (e.type, *_plover_of(e), e.cameo):
            return rule
    return [r for r in ontology.load().rules if r.record_type == e.type][-1]


_DTYPES = {"event_date": "datetime64[ms]", "time_precision": "Int64", "latitude": "float64", "longitude": "float64",
           "geo_precision": "Int64", "fatalities": "Int64", "n_sources": "Int64", "first_reported": "datetime64[ms]",
           "last_reported": "datetime64[ms]", "date_end": "datetime64[ms]"}


def _typed(rows: list[dict], columns: tuple):
    import pandas as pd

    data = {}
    for c in columns:
        values = [r.get(c) for r in rows]
        kind = _DTYPES.get(c, "string" if c not in ("record_ids", "doc_ids") else "object")
        if kind.startswith("datetime"):
            data[c] = pd.Series(pd.to_datetime(pd.Series(values, dtype="object")), dtype=kind)
        else:
            data[c] = pd.Series(values, dtype=kind)
    return pd.DataFrame(data, columns=list(columns))


def acled_frame(evs: Iterable[Event]):
    """The ACLED-like flat table: one row per event, ACLED's column names (ACLED_COLUMNS)."""
    return _typed([acled_row(e) for e in evs], ACLED_COLUMNS)


EVENT_COLUMNS = ACLED_COLUMNS + ("type", "label", "plover_type", "plover_mode", "cameo", "date_end", "n_sources",
                                 "first_reported", "last_reported", "record_ids", "doc_ids", "consensus", "conflicts")


def events_frame(evs: Iterable[Event]):
    """The ACLED-like columns plus the event's type, codes, members, consensus and conflicts (JSON)."""
    rows = []
    for e in evs:
        row = acled_row(e)
        ptype, pmode = _plover_of(e)
        row.update(type=e.type, label=e.label, plover_type=ptype, plover_mode=pmode, cameo=e.cameo,
                   date_end=e.date_end, n_sources=e.n_sources, first_reported=e.first_reported,
                   last_reported=e.last_reported, record_ids=list(e.record_ids), doc_ids=list(e.doc_ids),
                   consensus=json.dumps({k: v.model_dump(mode="json") for k, v in e.consensus.items()},
                                        ensure_ascii=False),
                   conflicts=json.dumps([c.model_dump(mode="json") for c in e.conflicts], ensure_ascii=False))
        rows.append(row)
    return _typed(rows, EVENT_COLUMNS)


TIMELINE_COLUMNS = ("date", "date_end", "time_precision", "type", "label", "plover_type", "plover_mode", "cameo",
                    "n_sources", "first_reported", "last_reported", "n_conflicts", "event_id")


def timeline(evs: Iterable[Event]):
    """One row per event ordered by date (the event's own date, else when it was first reported)."""
    import pandas as pd

    rows = [{"date": _when(e), "date_end": e.date_end or _when(e), "time_precision": time_precision(e), "type": e.type,
             "label": e.label, "plover_type": _plover_of(e)[0], "plover_mode": _plover_of(e)[1], "cameo": e.cameo,
             "n_sources": e.n_sources, "first_reported": e.first_reported, "last_reported": e.last_reported,
             "n_conflicts": len(e.conflicts), "event_id": e.event_id} for e in evs]
    rows.sort(key=lambda r: (r["date"] or dt.date.max, r["type"], r["event_id"]))
    df = pd.DataFrame(rows, columns=list(TIMELINE_COLUMNS))
    for c in ("date", "date_end", "first_reported", "last_reported"):
        df[c] = pd.Series(pd.to_datetime(df[c]), dtype="datetime64[ms]")
    for c in ("time_precision", "n_sources", "n_conflicts"):
        df[c] = df[c].astype("Int64")
    return df


def write_events(evs: list[Event], path) -> str:
    """Write events as .parquet or .csv (events_frame) or .jsonl (one Event per line); returns the format."""
    from pathlib import Path

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        with open(path, "w", encoding="utf-8") as fh:
            fh.writelines(e.model_dump_json() + "\n" for e in evs)
        return "jsonl"
    frame = events_frame(evs)
    if suffix in (".parquet", ".pq"):
        frame.to_parquet(path, index=False)
        return "parquet"
    if suffix == ".csv":
        frame.assign(record_ids=frame["record_ids"].map("; ".join), doc_ids=frame["doc_ids"].map("; ".join)) \
            .to_csv(path, index=False, encoding="utf-8")
        return "csv"
    raise ValueError(f"cannot write events to {path}: use a .parquet, .csv or .jsonl file")


# ---------- scoring a merge against gold ----------
def clustering_scores(truth: dict, pred: dict) -> dict:
    """Pairwise and B-cubed precision, recall and F1 of a clustering.

    ``truth`` and ``pred`` map item -> cluster label; only items in both are scored.
    """
    keys = [k for k in truth if k in pred]
    cells = Counter((truth[k], pred[k]) for k in keys)
    gold_n, pred_n = Counter(truth[k] for k in keys), Counter(pred[k] for k in keys)

    def pairs(n):
        return n * (n - 1) / 2

    tp, gp, pp = (sum(pairs(n) for n in c.values()) for c in (cells, gold_n, pred_n))
    p_pair = tp / pp if pp else 1.0
    r_pair = tp / gp if gp else 1.0
    b_p = sum(cells[(truth[k], pred[k])] / pred_n[pred[k]] for k in keys) / len(keys) if keys else 0.0
    b_r = sum(cells[(truth[k], pred[k])] / gold_n[truth[k]] for k in keys) / len(keys) if keys else 0.0
    return {"pairwise_P": p_pair, "pairwise_R": r_pair, "pairwise_F1": _f1(p_pair, r_pair),
            "bcubed_P": b_p, "bcubed_R": b_r, "bcubed_F1": _f1(b_p, b_r), "n": len(keys)}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


class _CallableModule(types.ModuleType):
    """`import ukpeace.events` rebinds the package attribute ukpeace.events from the function to this
    module; making the module callable keeps ``ukpeace.events(results)`` working either way."""

    def __call__(self, results: Iterable) -> list[Event]:
        return events(results)


sys.modules[__name__].__class__ = _CallableModule

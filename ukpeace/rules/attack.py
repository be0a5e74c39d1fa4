"""Attack records: strikes, shelling, drone and missile attacks, and campaigns of them.

Sentences with an attack trigger start an episode; following sentences of the same
paragraph that report damage, casualties or outages join it, unless they bring a new
explicit date, another attacker or an opener like 同じ夜/一方 that introduces a separate
strike. Episodes about the same city a day apart (a live blog's updates) merge. Launched
weapons (600 drones) are not a count: count is the number of attacks (612回の攻撃).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ..models import Attack, Casualties, Impact, TimeSpan
from .common import DocView, alternation, complete, confidence, country_actor, find_all, has_any, lexicon, place_of, state_of

_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


@dataclass
class _Episode:
    sents: list = field(default_factory=list)
    triggers: list = field(default_factory=list)
    date: Optional[TimeSpan] = None
    date_explicit: bool = False
    side: Optional[str] = None


@lru_cache(maxsize=1)
def _count_re() -> re.Pattern:
    """612回の攻撃 / 攻撃を612回: the number of attacks (not of weapons launched)."""
    lex = lexicon("attack")
    nouns, links = alternation(lex["count_nouns"]), alternation(lex["count_links"])
    return re.compile(rf"([0-9０-９,，]+)回(?:{links})*{nouns}|{nouns}を([0-9０-９,，]+)回")


def _trigger_hits(v: DocView, s: int, e: int, lex: dict) -> list[tuple[int, int]]:
    out = []
    for ts, te, w in find_all(v.clean, lex["triggers"], s, e):
        after = v.clean[te:te + 12]
        if any(after.startswith(x) for x in lex["not_after"]) or has_any(after, lex["stop_within"]):
            continue
        if any(v.clean.endswith(x, max(s, ts - len(x)), ts) for x in lex["not_before"]):
            continue
        if has_any(v.clean[max(s, ts - 12):ts], lex["interception"]) and w in ("発射",):
            continue
        out.append((ts, te))
    return out


def _cue(text: str, lex: dict) -> bool:
    return bool(has_any(text, lex["killed"]) or has_any(text, lex["injured"]) or
                any(has_any(text, words) for _, words in lex["impacts"]))


def _outage(text: str, lex: dict) -> bool:
    """Outages and damage (停電, 断水), not deaths: a toll before a strike sentence may have other causes."""
    return any(has_any(text, words) for what, words in lex["impacts"] if what != "damaged")


def _explicit_date(v: DocView, s: int, e: int, anchor: int) -> Optional[TimeSpan]:
    ds = [d for d in v.ents(s, e, {"DATE"}) if d.value and d.value.start and d.value.end
          and (d.value.end - d.value.start).days <= 31 and d.value.granularity not in ("month", "year", "season")]
    if not ds:
        return None
    a, b = ds[0], ds[-1]
    if len(ds) >= 2 and 0 <= (b.value.start - a.value.end).days <= 2 and \
            has_any(v.clean[a.end:b.start], lexicon("attack")["range_joiners"]):  # 17日夜から18日朝にかけて
        return TimeSpan(text=v.text[a.start:b.end], start=a.value.start, end=b.value.end,
                        granularity="range", relative=a.value.relative)
    before = [d for d in ds if d.end <= anchor]
    return (before[-1] if before else ds[0]).value


def _period_date(v: DocView, sents: list) -> Optional[TimeSpan]:
    for s, e in sents:
        for d in v.ents(s, e, {"DATE"}):
            if complete(d.value) and d.value.granularity in ("range", "month", "week", "part_of_month", "year"):
                return d.value
    return None


def _side(v: DocView, s: int, e: int, anchor: int, lex: dict) -> Optional[str]:
    """The attacking side named in a sentence: the state nearest before the trigger (ロシア軍は…攻撃)."""
    best = None
    for ent in v.ents(s, anchor, {"GPE", "ORG"}):
        st = state_of(ent)
        if st is None or st.country not in lex["attackers"]:
            continue
        nxt = v.clean[ent.end:ent.end + 6]
        if ent.kind == "country" and not nxt.startswith(tuple(lex["attacker_follow"])):
            continue
        if nxt.startswith(tuple(lex["not_attacker_after"])):
            continue
        best = st.country
    if best is None:
        m = re.search(r"(\S{1,8})による", v.clean[s:e])
        if m:
            ent = v.first(s + m.start(), s + m.end(), {"GPE", "ORG"})
            st = state_of(ent) if ent else None
            best = st.country if st and st.country in lex["attackers"] else None
    return best


def _is_heading(v: DocView, s: int, e: int) -> bool:
    ps, pe = v.para(s)
    if (ps, pe) == v.paras[0] and len(v.paras) > 2:
        return True  # the headline
    return pe - ps <= 40 and "。" not in v.clean[ps:pe]


def _episodes(v: DocView, lex: dict) -> list[_Episode]:
    eps: list[_Episode] = []
    for ps, pe in v.paras:
        cur: Optional[_Episode] = None
        sents = v.sentences_in(ps, pe)
        for idx, (s, e) in enumerate(sents):
            if _is_heading(v, s, e):
                continue
            trig = _trigger_hits(v, s, e, lex)
            sent = v.clean[s:e]
            if has_any(sent, lex["hypothetical"]) and not has_any(sent, lex["done_verbs"]):
                trig = []
            date = _explicit_date(v, s, e, trig[0][0] if trig else e)
            opener = has_any(sent[:6], lex["new_event_openers"])
            if trig:
                side = _side(v, s, e, trig[0][0], lex)
                new = cur is None or bool(opener) or (side and cur.side and side != cur.side) or \
                    (date and cur.date_explicit and cur.date and (date.start > cur.date.end or date.end < cur.date.start))
                if new:
                    prev_date = cur.date if cur is not None else (eps[-1].date if eps else None)
                    cur = _Episode(side=side)
                    eps.append(cur)
                    if date is None and has_any(sent[:6], lex["same_day_openers"]) and prev_date is not None:
                        date = prev_date
                cur.side = cur.side or side
                cur.sents.append((s, e))
                cur.triggers.extend(trig)
                if date and not cur.date_explicit:
                    cur.date, cur.date_explicit = date, True
            elif cur is not None and _cue(sent, lex) and not (date and cur.date_explicit and date != cur.date):
                cur.sents.append((s, e))
            elif _outage(sent, lex) and v.ents(s, e, {"QUANTITY"}) and idx + 1 < len(sents) and \
                    _trigger_hits(v, *sents[idx + 1], lex):
                # an outage sentence before the strike sentence (20万世帯以上が停電 … ミサイルの標的)
                cur = _Episode(sents=[(s, e)])
                eps.append(cur)
            else:
                cur = None if date else cur
    return eps


def _locations(v: DocView, ep: _Episode, attacker_country: Optional[str]) -> list:
    lex = lexicon("attack")
    places = []
    capital = {"RU": "Moscow", "UA": "Kyiv"}.get(attacker_country or "")
    for s, e in ep.sents:
        for p in v.ents(s, e, {"GPE", "LOC", "FAC"}):
            nxt = v.clean[p.end:p.end + 4]
            if p.kind == "country" and p.country == attacker_country:
                continue
            if nxt.startswith(tuple(lex["not_place_after"])) or nxt.startswith(tuple(lex["meeting_after"])):
                continue
            if p.canonical == capital and nxt.startswith(("が", "は")):
                continue  # モスクワが…攻撃: the capital stands for the attacker
            if p.canonical is None and p.lat is None:
                continue
            if nxt.startswith("の") and any(v.clean.startswith(t, p.end + 1) or v.clean.startswith(t, p.end + 3)
                                             for t in lex["affiliation_after"]):
                continue  # ウクライナの新任エネルギー大臣: an affiliation, not where it happened
            places.append(p)
    specific = [p for p in places if p.kind != "country"]
    seen, out = set(), []
    for p in specific or places:
        key = p.canonical or p.text
        if key not in seen:
            seen.add(key)
            out.append(place_of(p))
    return out


def _casualties(v: DocView, ep: _Episode, lex: dict) -> Casualties:
    killed = injured = None
    for s, e in ep.sents:
        for q in v.ents(s, e, {"QUANTITY"}):
            if q.value.unit != "person":
                continue
            after = v.clean[q.end:q.end + 8]
            before = v.clean[max(s, q.start - 16):q.start]
            if has_any(before[-4:], lex["part_of_toll_before"]) or after.startswith(tuple(lex["part_of_toll_after"])):
                continue
            near_before = v.clean[max(s, q.start - 14):q.start]
            is_k = has_any(after[:6], lex["killed"]) or has_any(near_before, lex["killed_before"])
            is_i = has_any(after[:6], lex["injured"]) or has_any(near_before, lex["injured_before"])
            val = int(q.value.value)
            if is_k and not has_any(after[:6], lex["injured"]):
                killed = max(killed or 0, val)
            elif is_i:
                injured = max(injured or 0, val)
    return Casualties(killed=killed, injured=injured)


def _impacts(v: DocView, ep: _Episode, lex: dict) -> list[Impact]:
    out, used = [], set()
    for s, e in ep.sents:
        cues = sorted((cs, ce, what) for what, words in lex["impacts"] for cs, ce, _ in find_all(v.clean, words, s, e))
        lo = s
        for cs, ce, what in cues:
            for q in v.ents(lo, cs, {"QUANTITY"}):
                unit = q.value.unit or ""
                if q.start in used or unit not in lex["impact_units"]:
                    continue
                if unit == "person" and has_any(v.clean[q.end:q.end + 6], lex["killed"] + lex["injured"]):
                    continue
                if cs - q.end > (12 if unit in ("aircraft", "round") else 30):
                    continue
                if has_any(v.clean[q.end:q.end + 4], lex["launched_after"]):
                    continue
                used.add(q.start)
                out.append(Impact(value=q.value.value, unit=unit, qualifier=q.value.qualifier, what=what,
                                  text=v.text[q.start:q.end]))
            lo = max(lo, ce)
    return out


def _target(text: str, lex: dict) -> Optional[str]:
    for target, words in lex["targets"]:
        if has_any(text, words):
            return target
    return None


def _build(v: DocView, ep: _Episode, lex: dict) -> Optional[Attack]:
    text = "".join(v.clean[s:e] for s, e in ep.sents)
    side = ep.side
    cas = _casualties(v, ep, lex)
    impacts = _impacts(v, ep, lex)
    count = None
    for s, e in ep.sents:
        m = _count_re().search(v.clean, s, e)
        if m:
            count = int((m.group(1) or m.group(2)).replace(",", "").replace("，", "").translate(_DIGITS))
            break
    weapons = [w for w, words in lex["weapons"].items() if has_any(text, words)]
    date = ep.date if ep.date_explicit else (_period_date(v, ep.sents) or v.heading_date(ep.sents[0][0]))
    locations = _locations(v, ep, side)
    if side is None:
        countries = {p.country for p in locations if p.country}
        if countries == {"UA"} or (weapons and "UA" in countries and "RU" not in countries):
            side = "RU"
        elif countries == {"RU"}:
            side = "UA"
    attacker = [a for a in [country_actor(side)] if a] if side else []
    if not (ep.date_explicit or count or cas.killed or cas.injured or impacts or (locations and weapons)):
        return None
    return Attack(attacker=attacker, target=_target(text, lex), count=count, weapons=weapons, locations=locations,
                  date=date, casualties=cas, impacts=impacts, evidence=[v.span(*x) for x in ep.sents],
                  confidence=confidence(0.45, bool(ep.side), date is not None, bool(locations), bool(weapons),
                                        bool(cas.killed or cas.injured or impacts or count)))


def _merge_updates(out: list[Attack]) -> list[Attack]:
    """A live blog reports one strike several times: same attacker and city, dates a day apart."""
    merged: list[Attack] = []
    for a in out:
        for b in merged:
            la = {p.canonical for p in a.locations if p.kind in ("city", "district")}
            lb = {p.canonical for p in b.locations if p.kind in ("city", "district")}
            close = complete(a.date) and complete(b.date) and abs((a.date.start - b.date.start).days) <= 1 \
                and (a.date.end - a.date.start).days <= 1 and (b.date.end - b.date.start).days <= 1
            spots_a = {p.canonical for p in a.locations if p.kind in ("facility", "district")}
            spots_b = {p.canonical for p in b.locations if p.kind in ("facility", "district")}
            own_toll = (a.casualties.killed or a.casualties.injured) and (b.casualties.killed or b.casualties.injured)
            distinct_spot = own_toll and (spots_a - spots_b or spots_b - spots_a)  # the hospital hit that night
            same_day = close and a.date.start == b.date.start and (la <= lb or lb <= la) and not distinct_spot
            if la and lb and (la == lb or same_day) and close and \
                    [x.canonical for x in a.attacker] == [x.canonical for x in b.attacker]:
                if a.date.start < b.date.start:
                    b.date = a.date
                b.evidence += a.evidence
                b.casualties = Casualties(killed=max(filter(None, [a.casualties.killed, b.casualties.killed]), default=None),
                                          injured=max(filter(None, [a.casualties.injured, b.casualties.injured]), default=None))
                b.weapons = list(dict.fromkeys(b.weapons + a.weapons))
                b.impacts += [i for i in a.impacts if i.value not in {x.value for x in b.impacts}]
                b.locations += [p for p in a.locations if p.canonical not in {x.canonical for x in b.locations}]
                b.target = b.target or a.target
                break
        else:
            merged.append(a)
    return merged


def extract(v: DocView) -> list[Attack]:
    lex = lexicon("attack")
    out = [a for a in (_build(v, ep, lex) for ep in _episodes(v, lex) if ep.triggers) if a is not None]
    return _merge_updates(out)

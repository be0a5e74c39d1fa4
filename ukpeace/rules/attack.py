"""Attack records: strikes, shelling, drone and missile attacks, and campaigns of them.

Sentences with an attack trigger start an episode; following sentences of the same
paragraph that report damage, casualties or outages join it unless they bring a new
explicit date. Launched weapons (600 drones) are not a count: count is the number of
attacks (612回の攻撃).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..models import Attack, Casualties, Impact, TimeSpan
from .common import DocView, confidence, country_actor, dedup_actors, find_all, has_any, lexicon, place_of, state_of

_COUNT = re.compile(r"([0-9０-９,，]+)回(?:の|にわたる|にわたり|以上の|超の)?(?:大規模な)?(?:攻撃|空爆|爆撃|砲撃|空襲)|(?:攻撃|空爆|爆撃|砲撃)を([0-9０-９,，]+)回")
_STOP_WITHIN = ("停止", "控え", "やめ", "休止", "中止", "しない", "止め", "停戦")
_PLACE_ORDER = {"facility": 0, "district": 1, "city": 1, "region": 2, "territory": 2, "place": 2, "water": 2, "country": 5}


@dataclass
class _Episode:
    sents: list = field(default_factory=list)
    triggers: list = field(default_factory=list)
    date: Optional[TimeSpan] = None
    date_explicit: bool = False


def _trigger_hits(v: DocView, s: int, e: int, lex: dict) -> list[tuple[int, int]]:
    out = []
    for ts, te, w in find_all(v.clean, lex["triggers"], s, e):
        after = v.clean[te:te + 12]
        if any(after.startswith(x) for x in lex["not_after"]) or has_any(after, _STOP_WITHIN):
            continue
        if any(v.clean.endswith(x, max(s, ts - len(x)), ts) for x in lex["not_before"]):
            continue
        if has_any(v.clean[max(s, ts - 12):ts], ("迎撃", "防空")) and w in ("発射",):
            continue
        out.append((ts, te))
    return out


def _cue(text: str, lex: dict) -> bool:
    return bool(has_any(text, lex["killed"]) or has_any(text, lex["injured"]) or
                any(has_any(text, words) for _, words in lex["impacts"]))


def _explicit_date(v: DocView, s: int, e: int, anchor: int) -> Optional[TimeSpan]:
    ds = [d for d in v.ents(s, e, {"DATE"}) if d.value and d.value.start and d.value.end
          and (d.value.end - d.value.start).days <= 31 and d.value.granularity not in ("month", "year", "season")]
    if not ds:
        return None
    if len(ds) >= 2 and (ds[-1].value.start - ds[0].value.end).days <= 2:  # 17日夜から18日朝にかけて
        return TimeSpan(text=v.text[ds[0].start:ds[-1].end], start=ds[0].value.start, end=ds[-1].value.end,
                        granularity="range", relative=ds[0].value.relative)
    best = min(ds, key=lambda d: abs(anchor - d.end))
    return best.value


def _period_date(v: DocView, s: int, e: int) -> Optional[TimeSpan]:
    for d in v.ents(s, e, {"DATE"}):
        if d.value and d.value.start and d.value.granularity in ("range", "month", "week", "part_of_month"):
            return d.value
    return None


def _episodes(v: DocView, lex: dict) -> list[_Episode]:
    eps: list[_Episode] = []
    for ps, pe in v.paras:
        cur: Optional[_Episode] = None
        for s, e in v.sentences_in(ps, pe):
            trig = _trigger_hits(v, s, e, lex)
            sent = v.clean[s:e]
            if has_any(sent, lex["hypothetical"]) and not has_any(sent, ("した", "された")):
                trig = []
            date = _explicit_date(v, s, e, trig[0][0] if trig else s)
            if trig:
                if cur is None or (date and cur.date_explicit and cur.date and
                                   (date.start > cur.date.end or date.end < cur.date.start)):
                    cur = _Episode()
                    eps.append(cur)
                cur.sents.append((s, e))
                cur.triggers.extend(trig)
                if date and not cur.date_explicit:
                    cur.date, cur.date_explicit = date, True
            elif cur is not None and _cue(sent, lex) and not (date and cur.date_explicit and date != cur.date):
                cur.sents.append((s, e))
            elif _cue(sent, lex) and v.ents(s, e, {"QUANTITY"}):
                # an outage sentence before the strike sentence (20万世帯以上が停電 … ミサイルの標的)
                nxt = [x for x in v.sentences_in(ps, pe) if x[0] >= e][:1]
                if nxt and _trigger_hits(v, nxt[0][0], nxt[0][1], lex):
                    cur = _Episode(sents=[(s, e)])
                    eps.append(cur)
            else:
                cur = None if date else cur
    return eps


def _attackers(v: DocView, ep: _Episode, lex: dict) -> list:
    out = []
    for s, e in ep.sents:
        for ent in v.ents(s, e, {"GPE", "ORG"}):
            st = state_of(ent)
            if st is None or st.country not in lex["attackers"]:
                continue
            nxt = v.clean[ent.end:ent.end + 6]
            if ent.kind == "country" and not nxt.startswith(("が", "は", "による", "軍", "側", "の")):
                continue
            if nxt.startswith(("の", "は")) and not has_any(v.clean[ent.end:e][:40], ("攻撃", "ミサイル", "無人機", "空爆", "砲撃")):
                continue
            if nxt.startswith(("の空", "の上空", "国内", "の製油所", "の石油", "の首都")):
                continue
            if any(ts >= ent.end for ts, _ in ep.triggers if s <= ts < e) or nxt.startswith("による"):
                out.append(country_actor(st.country, ent.text) or st)
        if out:
            break
    return dedup_actors(a for a in out if a is not None)[:1]


def _locations(v: DocView, ep: _Episode, attacker_country: Optional[str]) -> list:
    places = []
    for s, e in ep.sents:
        for p in v.ents(s, e, {"GPE", "LOC", "FAC"}):
            if p.kind == "country" and p.country == attacker_country:
                continue
            if v.clean[p.end:p.end + 2] in ("国境", "側") or v.clean[p.end:p.end + 3] == "から約":
                continue
            if p.canonical is None and p.lat is None:
                continue
            places.append(p)
    specific = [p for p in places if p.kind != "country"]
    chosen = specific or places
    seen, out = set(), []
    for p in chosen:
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
            after, before = v.clean[q.end:q.end + 8], v.clean[max(s, q.start - 8):q.start]
            if before.endswith(("うち", "うち子ども")) or after.startswith(("を含む", "が含まれ", "で子ども", "は子ども")) or "うち" in before[-3:]:
                continue
            is_k = has_any(after[:6], lex["killed"]) or has_any(before[-6:], ("死者は", "死者が", "死者", "死亡者は"))
            is_i = has_any(after[:6], lex["injured"]) or has_any(before[-6:], ("負傷者は", "負傷者も", "負傷者が", "けが人は"))
            val = int(q.value.value)
            if is_k and not is_i:
                killed = val
            elif is_i:
                injured = val
    return Casualties(killed=killed, injured=injured)


def _impacts(v: DocView, ep: _Episode, lex: dict) -> list[Impact]:
    out = []
    used = set()
    for s, e in ep.sents:
        for what, words in lex["impacts"]:
            for cs, ce, w in find_all(v.clean, words, s, e):
                # the figures of the clause before the cue
                lo = max([s] + [i + 1 for i in range(s, cs) if v.clean[i] in "。；"])
                for q in v.ents(lo, cs, {"QUANTITY"}):
                    if q.start in used or (q.value.unit or "") not in lex["impact_units"]:
                        continue
                    if q.value.unit == "person" and has_any(v.clean[q.end:q.end + 6], lex["killed"] + lex["injured"]):
                        continue
                    if cs - q.end > 30 or has_any(v.clean[q.end:q.end + 4], ("機と", "機で", "発で", "発と", "機を", "発を")):
                        continue
                    used.add(q.start)
                    out.append(Impact(value=q.value.value, unit=q.value.unit, qualifier=q.value.qualifier, what=what,
                                      text=v.text[q.start:q.end]))
    return out


def _target(text: str, lex: dict) -> Optional[str]:
    for target, words in lex["targets"]:
        if has_any(text, words):
            return target
    return None


def extract(v: DocView) -> list[Attack]:
    lex = lexicon("attack")
    out = []
    for ep in _episodes(v, lex):
        if not ep.triggers:
            continue
        text = "".join(v.clean[s:e] for s, e in ep.sents)
        trig_sent = v.sentence(ep.triggers[0][0])
        attacker = _attackers(v, ep, lex)
        cas = _casualties(v, ep, lex)
        impacts = _impacts(v, ep, lex)
        count = None
        for s, e in ep.sents:
            m = _COUNT.search(v.clean, s, e)
            if m:
                count = int((m.group(1) or m.group(2)).replace(",", "").replace("，", "").translate(str.maketrans("０１２３４５６７８９", "0123456789")))
                break
        weapons = [w for w, words in lex["weapons"].items() if has_any(text, words)]
        date = ep.date if ep.date_explicit else (_period_date(v, *trig_sent) or v.heading_date(trig_sent[0]))
        locations = _locations(v, ep, attacker[0].country if attacker else None)
        if not attacker:
            countries = {p.country for p in locations if p.country}
            if countries == {"UA"} or (weapons and "UA" in countries and "RU" not in countries):
                attacker = [country_actor("RU", "")]
            elif countries == {"RU"}:
                attacker = [country_actor("UA", "")]
            attacker = [a for a in attacker if a is not None]
        specific = bool(ep.date_explicit or count or cas.killed or cas.injured or impacts or (locations and weapons))
        if not specific:
            continue
        s0, e0 = ep.triggers[0]
        evidence = [v.span(*x) for x in ep.sents]
        out.append(Attack(
            attacker=attacker, target=_target(text, lex), count=count, weapons=weapons, locations=locations,
            date=date, casualties=cas, impacts=impacts, evidence=evidence,
            confidence=confidence(0.45, bool(attacker), date is not None, bool(locations), bool(weapons),
                                  bool(cas.killed or cas.injured or impacts or count)),
        ))
    return out

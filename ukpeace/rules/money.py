"""Money records: sums pledged, planned, lent, spent or estimated.

Every MONEY entity is a candidate; purpose, instruments, period, donor and recipient come
from its sentence (instruments also from the next sentence when it goes on about the
same fund). The same sum mentioned twice for the same recipient is one record with two
evidence spans.
"""
from __future__ import annotations

from ..models import Money
from .common import DocView, confidence, country_actor, dedup_actors, find_all, has_any, lexicon, state_of
from ..normalize.dates import find_durations

_COMPATIBLE = {"exact": "a", "approx": "a", "at_least": "b", "more_than": "b", "up_to": "c", "at_most": "c"}


def _purpose(text: str, lex: dict) -> str:
    for purpose, words in lex["purpose"]:
        if has_any(text, words):
            return purpose
    return "other"


def _instruments(text: str, lex: dict) -> list[str]:
    found = []
    for inst, words in lex["instruments"].items():
        for s, e, w in find_all(text, words):
            found.append((s, inst))
    # 民間投資 is private investment, not also a loan/grant; 融資保証 is both loan guarantee
    return [i for _, i in sorted(found) if i] and list(dict.fromkeys(i for _, i in sorted(found)))


def _period(v: DocView, s: int, e: int):
    for ds, de, value, unit in find_durations(v.clean[s:e]):
        if unit == "year":
            return value
        if unit == "month":
            return round(value / 12, 2)
    return None


def _donors(v: DocView, s: int, ms: int, lex: dict) -> list:
    """States or blocs in the subject before the sum: Xが/は ... 拠出/融資/支援."""
    out = []
    seg = v.clean[s:ms]
    for ent in v.ents(s, ms, {"GPE", "ORG"}):
        st = state_of(ent)
        if st is None:
            continue
        tail = v.clean[ent.end:ms]
        if ("が" in tail[:20] or "は" in tail[:4] or tail.startswith(("、", "と", "・"))) and has_any(v.clean[ent.end:ms + 40], lex["donor_verbs"]):
            if tail.startswith(("に", "へ", "向け", "に対")):
                continue
            out.append(st)
    return out


def _recipients(v: DocView, s: int, e: int, ms: int, me: int) -> list:
    out = []
    for ent in v.ents(s, e, {"GPE", "ORG"}):
        nxt = v.clean[ent.end:ent.end + 4]
        prev = v.clean[max(s, ent.start - 1):ent.start]
        if prev == "対" or nxt.startswith(("に", "へ", "向け", "の再建", "の復興", "だけ", "の財政", "の防衛", "に対", "に必要")):
            st = state_of(ent) if ent.kind in ("country", "bloc") else None
            if st is None and ent.canonical and ent.kind in ("city", "region"):
                st = state_of(ent) or None
                from ..models import Actor
                st = Actor(text=ent.text, canonical=ent.canonical, kind=ent.kind, id=ent.id, country=ent.country,
                           start=ent.start, end=ent.end)
            if st is not None:
                out.append(st)
    if not out:
        ps = v.sentences[max(0, v.sent_index(s) - 1)][0]
        for ent in v.ents(ps, e, {"GPE"}):
            if ent.country == "UA" and ent.kind == "country":
                out.append(state_of(ent))
                break
    return dedup_actors(out)


def extract(v: DocView) -> list[Money]:
    lex = lexicon("money")
    records: list[Money] = []
    for ent in v.ents(0, len(v.clean), {"MONEY"}):
        s, e = v.sentence(ent.start)
        sent = v.clean[s:e]
        nxt_s, nxt_e = v.sentences[min(len(v.sentences) - 1, v.sent_index(s) + 1)]
        nxt = v.clean[nxt_s:nxt_e] if not v.ents(nxt_s, nxt_e, {"MONEY"}) else ""
        purpose = _purpose(sent, lex)
        instruments = _instruments(sent + nxt, lex) or []
        recipient = _recipients(v, s, e, ent.start, ent.end)
        donors = [d for d in _donors(v, s, ent.start, lex) if d.canonical not in {r.canonical for r in recipient}]
        rec = Money(amount=ent.value, period_years=_period(v, s, e), purpose=purpose, instruments=instruments,
                    recipient=recipient, donor=dedup_actors(donors), evidence=[v.span(ent.start, ent.end)],
                    confidence=confidence(0.5, purpose != "other", bool(recipient), bool(donors), bool(instruments)))
        for other in records:
            a, b = other.amount, rec.amount
            if (a.currency == b.currency and abs(a.value - b.value) <= 1e-9 * max(a.value, 1)
                    and _COMPATIBLE[a.qualifier] == _COMPATIBLE[b.qualifier]
                    and ({r.canonical for r in other.recipient} == {r.canonical for r in rec.recipient}
                         or not other.recipient or not rec.recipient)):
                other.evidence.append(rec.evidence[0])
                other.instruments = list(dict.fromkeys(other.instruments + rec.instruments))
                other.period_years = other.period_years or rec.period_years
                if other.purpose == "other":
                    other.purpose = rec.purpose
                if a.qualifier == "exact" and b.qualifier != "exact":
                    other.amount = b
                other.confidence = min(0.99, other.confidence + 0.05)
                break
        else:
            records.append(rec)
    return records

"""Meeting records: talks, summits, calls and forums, one record per real meeting.

A trigger word (会談, 協議, 首脳会議, 電話 ...) in a sentence is a mention; its location,
date, participants and parties come from the entities of the sentence (and of nearby
sentences that say who attended). Mentions of the same meeting (same place and
compatible dates, or the same specific name) merge into one record with several
evidence spans.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..models import Actor, Entity, Meeting, Place, TimeSpan
from .common import (DocView, actor_of, confidence, dedup_actors, find_all, has_any, lexicon, place_of, state_of)

_NAME_CHAR = re.compile(r"[\u4e00-\u9fff々\u30a0-\u30ffーA-Za-z0-9０-９Ａ-Ｚａ-ｚ・]")
_PLACE_PREF = {"facility": 0, "city": 1, "district": 1, "region": 2, "territory": 2, "place": 2, "country": 3, "water": 4, "continent": 5}


@dataclass
class _Mention:
    start: int
    end: int
    sent: tuple
    name: str
    location: Optional[Entity] = None
    date: Optional[TimeSpan] = None
    status: str = "held"
    mode: str = "in_person"
    participants: list = field(default_factory=list)
    parties: list = field(default_factory=list)
    explicit_date: bool = False


def _name(v: DocView, start: int, end: int) -> str:
    """The compound ending at the trigger: マイアミ秘密会談, 米ロ首脳会談, 3者協議."""
    i = start
    while i > 0 and start - i < 14 and _NAME_CHAR.match(v.clean[i - 1]):
        i -= 1
    if i > 0 and v.clean[i - 1] == "「":
        j = v.clean.find("」", end, end + 3)
        return v.clean[i:end]
    return v.clean[i:end]


def _status(v: DocView, m: _Mention, lex: dict) -> str:
    s, e = m.sent
    after = v.clean[m.end:e]
    window = v.clean[max(s, m.start - 20):e]
    if m.date is not None and v.published is not None and m.date.start is not None and m.date.start > v.published:
        return "planned"
    if has_any(after[:40], lex["cancelled"]):
        return "cancelled"
    if has_any(after[:40], lex["ongoing"]):
        return "ongoing"
    if has_any(after[:30], lex["held"]) and not has_any(after[:12], ("予定", "見通し", "方針")):
        return "held"
    if has_any(window, lex["planned"]) and not has_any(after[:30], ("した。", "された", "行われた", "開かれた")):
        if m.date is None or v.published is None or m.date.end is None or m.date.end >= v.published:
            return "planned"
    return "held"


def _location(v: DocView, m: _Mention) -> Optional[Entity]:
    s, e = m.sent
    cands = [p for p in v.ents(s, e, {"GPE", "LOC", "FAC"}) if p.canonical or p.lat is not None]
    if not cands:
        return None

    def rank(p: Entity):
        after = v.clean[p.end:p.end + 4]
        marked = after.startswith(("で", "の", "に", "を訪")) or (p.end >= m.start - 1 and p.start >= m.start - 14)
        inside = p.start >= m.start - 14 and p.end <= m.end
        dist = abs(m.start - p.end) if p.end <= m.start else 3 * abs(p.start - m.end)
        return (not (inside or marked), _PLACE_PREF.get(p.kind or "place", 2), dist)

    best = min(cands, key=rank)
    if best.kind == "country" and not v.clean[best.end:best.end + 2].startswith(("で", "の首都")):
        return None  # a country in the sentence is usually a party, not the venue
    return best


def _people(v: DocView, s: int, e: int) -> list[Entity]:
    out = []
    for p in v.ents(s, e, {"PERSON"}):
        nxt = v.clean[p.end:p.end + 3]
        if nxt.startswith("の") and not nxt.startswith(("の両", "のほか")):
            continue  # トランプの特使: the possessor is not in the room
        out.append(p)
    return out


def _parties(v: DocView, s: int, e: int, lex: dict) -> list[Actor]:
    out = []
    for ent in v.ents(s, e, {"GPE", "ORG", "NORP"}):
        st = state_of(ent)
        if st is None:
            continue
        nxt = v.clean[ent.end:ent.end + 4]
        if ent.label == "GPE" and ent.kind != "country":
            continue
        if any(nxt.startswith(f) for f in lex["party_follow"]):
            out.append(st)
    return out


def _mentions(v: DocView) -> list[_Mention]:
    lex = lexicon("meeting")
    out = []
    for s, e in v.sentences:
        sent = v.clean[s:e]
        if not sent.strip():
            continue
        for ts, te, w in find_all(v.clean, lex["triggers"], s, e):
            if any(v.clean.startswith(x, te) for x in lex["not_after"]):
                continue
            if any(v.clean.endswith(x, max(s, ts - len(x)), ts) for x in lex["not_before"]):
                continue
            ent = v.entity_at(ts)
            if ent is not None and ent.label in ("ORG", "PERSON", "GPE", "TITLE"):
                continue
            if has_any(v.clean[te:e][:30], lex["negation"]):
                continue
            m = _Mention(ts, te, (s, e), _name(v, ts, te))
            if has_any(v.clean[max(s, ts - 6):te + 4], lex["video"]):
                m.mode = "video"
            elif has_any(v.clean[max(s, ts - 4):te + 2], lex["phone"]):
                m.mode = "phone"
            d = v.date_near(s, e, ts)
            if d is not None and d.value.granularity not in ("year",) and "間" not in d.text[-2:]:
                m.date, m.explicit_date = d.value, True
            else:
                m.date = v.heading_date(ts)
            m.location = None if m.mode != "in_person" else _location(v, m)
            people = _people(v, s, e)
            ps, pe = v.para(ts)
            for s2, e2 in v.sentences_in(ps, pe):
                if (s2, e2) != (s, e) and abs(v.sent_index(s2) - v.sent_index(s)) <= 2 and has_any(v.clean[s2:e2], lex["attendance"]):
                    people += _people(v, s2, e2)
            m.participants = dedup_actors(actor_of(p) for p in people)
            m.parties = _parties(v, s, e, lex) + [a for a in (state_of(p) for p in people) if a is not None]
            m.status = _status(v, m, lex)
            weak = w in lex["weak_triggers"]
            grounded = bool(m.location) + bool(m.explicit_date) + bool(m.participants)
            if grounded == 0 or (weak and grounded < 2 and not m.participants):
                continue
            out.append(m)
    return out


def _same(a: _Mention, b: _Mention) -> bool:
    def dates_ok():
        if a.date is None or b.date is None or a.date.start is None or b.date.start is None:
            return True
        return a.date.start <= b.date.end and b.date.start <= a.date.end
    if a.mode != b.mode:
        return False
    la = a.location.canonical if a.location else None
    lb = b.location.canonical if b.location else None
    if la and lb:
        return la == lb and dates_ok()
    if a.explicit_date and b.explicit_date and not dates_ok():
        return False
    pa = {p.canonical or p.text for p in a.participants}
    pb = {p.canonical or p.text for p in b.participants}
    if len(a.name) >= 4 and a.name == b.name:
        return True
    if pa and pb and len(pa & pb) >= min(2, len(pa), len(pb)) and dates_ok() and (a.explicit_date or b.explicit_date):
        return (la is None or lb is None)
    return False


def extract(v: DocView) -> list[Meeting]:
    clusters: list[list[_Mention]] = []
    for m in _mentions(v):
        for c in clusters:
            if any(_same(m, x) for x in c):
                c.append(m)
                break
        else:
            clusters.append([m])
    out = []
    for c in clusters:
        loc = next((m.location for m in c if m.location), None)
        dated = [m for m in c if m.explicit_date] or [m for m in c if m.date]
        date = dated[0].date if dated else None
        names = sorted({m.name for m in c}, key=len, reverse=True)
        statuses = [m.status for m in c]
        status = "planned" if "planned" in statuses and "held" not in statuses else \
            ("cancelled" if "cancelled" in statuses else ("ongoing" if statuses.count("ongoing") == len(statuses) else "held"))
        if date is not None and v.published is not None and date.start is not None and date.start > v.published:
            status = "planned"
        participants = dedup_actors(p for m in c for p in m.participants)
        parties = dedup_actors(p for m in c for p in m.parties)
        ev = sorted({(m.start - len(m.name) + (m.end - m.start), m.end) for m in c})
        evidence = [v.span(max(0, s), e) for s, e in ev]
        out.append(Meeting(
            name=names[0] if names else None,
            location=place_of(loc) if loc else None, date=date, status=status, mode=c[0].mode,
            participants=participants, parties=parties, evidence=evidence,
            confidence=confidence(0.45, loc is not None, date is not None, bool(participants), bool(parties), len(c) > 1),
        ))
    return out

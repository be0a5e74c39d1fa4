"""Proposal records: plans, drafts, frameworks, bodies and truces put forward.

A head noun (計画, 和平案, 委員会, 停戦, 覚書, 安全の保証 ...) with its modifiers is a
mention; generic mentions (この計画, いかなる合意) name nothing and are skipped. Mentions
whose normalised names contain one another, or share a point count, are one proposal.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..models import Proposal, TimeSpan
from .common import DocView, confidence, dedup_actors, find_all, has_any, lexicon, state_of, actor_of

_COMPOUND = re.compile(r"[\u4e00-\u9fff々\u30a0-\u30ffーA-Za-z0-9０-９・〜～]")
_POINTS = re.compile(r"([0-9０-９]{1,3})(?:項目|か条|カ条|ヶ条|箇条|点)")
_SYNONYMS = (("和平", "平和"), ("ウクライナ", ""), ("構想", ""), ("の", ""), ("「", ""), ("」", ""), ("案", "計画"))
_RANK = {"signed": 5, "rejected": 4, "agreed": 3, "under_discussion": 2, "proposed": 1}


@dataclass
class _Mention:
    start: int
    end: int
    head_end: int
    name: str
    sent: tuple
    points: Optional[int] = None
    status: Optional[str] = None
    proposer: list = field(default_factory=list)
    date: Optional[TimeSpan] = None
    revises: Optional[str] = None


def _key(name: str) -> str:
    k = name
    for a, b in _SYNONYMS:
        k = k.replace(a, b)
    return k


def _left(v: DocView, start: int, floor: int) -> int:
    """Extend a head leftwards over a compound and one 'Xの' / quoted modifier."""
    i = start
    while i > floor and _COMPOUND.match(v.clean[i - 1]):
        i -= 1
    if i > floor + 1 and v.clean[i - 1] == "の" and _COMPOUND.match(v.clean[i - 2]):
        j = i - 1
        while j > floor and _COMPOUND.match(v.clean[j - 1]) and i - j < 12:
            j -= 1
        i = j
    if i > floor and v.clean[i - 1] == "「":
        i -= 1
    if v.clean[i:start].startswith("「") is False and i < start and v.clean[i] == "」":
        i += 1
    return i


def _quoted(v: DocView, s: int, e: int) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"「([^「」]{2,30})」", v.clean[s:e]):
        out.append((s + m.start(), s + m.end()))
    return out


def _kind(name: str, lex: dict) -> str:
    for kind in ("ceasefire", "territorial", "security_guarantee", "institution", "economic_plan", "peace_plan"):
        if has_any(name, lex["kinds"][kind]):
            return kind
    return "other"


def _status(v: DocView, m: _Mention, lex: dict) -> Optional[str]:
    s, e = m.sent
    before = v.clean[max(s, m.start - 25):m.start]
    after = v.clean[m.end:min(e, m.end + 35)]
    for status in ("signed", "rejected", "agreed"):
        if has_any(after, lex["status"][status]):
            return status
    if has_any(before[-12:], ("議論されている", "協議して", "検討", "詰めて", "詰めている", "交渉中")):
        return "under_discussion"
    if has_any(before, lex["status"]["proposed"]) or has_any(after, lex["status"]["proposed"]):
        return "proposed"
    if has_any(before + after, lex["status"]["under_discussion"]):
        return "under_discussion"
    return None


def _proposers(v: DocView, m: _Mention, lex: dict) -> list:
    s, e = m.sent
    out = []
    for ent in v.ents(s, m.end, {"GPE", "ORG", "PERSON"}):
        nxt = v.clean[ent.end:ent.end + 6]
        if ent.start >= m.start and not nxt.startswith(("主導", "側")):
            continue
        close = m.start - ent.end <= 25 or ent.start == s or v.clean[ent.end:ent.end + 1] == "は"
        if not close:
            continue
        if any(nxt.startswith(c[0:len(c)]) or nxt.startswith(c.lstrip("がは")) for c in ("が", "は", "主導", "側", "と")) or \
                any(v.clean[ent.end:m.start].startswith(c) for c in lex["proposer_cues"]):
            if v.clean[ent.end:ent.end + 1] in ("と",) and not has_any(v.clean[ent.end:m.start], ("が", "主導")):
                continue
            st = state_of(ent) if ent.label != "PERSON" else actor_of(ent)
            if st is not None and has_any(v.clean[ent.end:m.start] + v.clean[m.end:e], ("提案", "提示", "示し", "打ち出", "主導", "側", "まとめ", "公表", "創設", "求め", "出した", "用意", "推進", "構想")):
                out.append(st)
    return out


def _mentions(v: DocView) -> list[_Mention]:
    lex = lexicon("proposal")
    out = []
    for s, e in v.sentences:
        heads = find_all(v.clean, lex["heads"], s, e)
        for hs, he, w in heads:
            ent = v.entity_at(hs)
            if ent is not None and ent.label in ("PERSON", "GPE") :
                continue
            if w == "案" and v.clean[hs - 1:hs] in ("提", "法", "答", "議", "図", "方", "妥", "懸", "腹", "原", "代"):
                continue
            # a head followed by more compound is not the head (計画的, 基金拠出)
            if he < e and _COMPOUND.match(v.clean[he]) and not v.clean[he] in "・":
                if not any(v.clean.startswith(h, he) for h in lex["heads"]):
                    continue
            start = _left(v, hs, s)
            name = v.clean[start:he].strip("「」 　")
            if not name:
                continue
            mod = v.clean[start:hs]
            if name in lex["generic_names"] or any(mod.endswith(g) or mod == g.rstrip("の") for g in lex["generic_modifiers"]):
                if not (w in lex["bare_ok"] and has_any(v.clean[max(s, hs - 12):he], ("日間", "部分的", "全面", "即時", "局地"))):
                    continue
            if any(mod.startswith(g) for g in ("この", "その", "同", "いかなる", "あらゆる", "将来の", "今後の")):
                continue
            pts = _POINTS.search(name)
            m = _Mention(start, he, hs, name, (s, e), points=int(pts.group(1).translate(str.maketrans("０１２３４５６７８９", "0123456789"))) if pts else None)
            out.append(m)
    # drop mentions nested inside a longer one
    out = [m for m in out if not any(o is not m and o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start) for o in out)]
    for m in out:
        m.status = _status(v, m, lex)
        m.proposer = _proposers(v, m, lex)
        d = v.date_near(m.sent[0], m.end, m.start)
        if d is not None and m.start - d.end <= 30 and d.end <= m.start:
            m.date = d.value
    return out


def _revisions(v: DocView, ms: list[_Mention], lex: dict) -> None:
    for a in ms:
        for b in ms:
            if a is b or a.sent != b.sent or b.start < a.end:
                continue
            between_after = v.clean[b.end:b.end + 8]
            if has_any(between_after, ("の改訂", "の改定", "の修正", "を改訂", "を修正", "を見直", "の見直", "を練り直", "の更新版", "の新版")):
                a.revises = b.name
            elif has_any(v.clean[a.end:b.start], ("から", "を改訂", "を修正", "を絞り込")) and has_any(v.clean[b.end:a.sent[1]], ("絞り込", "改訂", "修正", "短縮")):
                b.revises = a.name


def extract(v: DocView) -> list[Proposal]:
    lex = lexicon("proposal")
    ms = _mentions(v)
    _revisions(v, ms, lex)
    groups: list[list[_Mention]] = []
    for m in ms:
        km = _key(m.name)
        for g in groups:
            gk = [_key(x.name) for x in g]
            pts = {x.points for x in g if x.points}
            if m.points and pts:
                same = m.points in pts
            else:
                same = any(len(k) >= 3 and len(km) >= 3 and (k in km or km in k) for k in gk) and not (m.points and not pts and len(km) > 4 and any(len(k) > 4 for k in gk) and False)
                if m.points and not pts:
                    same = False
            if same:
                g.append(m)
                break
        else:
            groups.append([m])
    out = []
    for g in groups:
        specific = any(x.points or x.proposer or x.status in ("signed", "agreed", "rejected") for x in g) or len(g) > 1 \
            or any("「" in v.clean[x.start - 1:x.start + 1] for x in g) or len(g[0].name) >= 4
        if not specific:
            continue
        names = [x.name for x in g]
        name = max(names, key=lambda n: (bool(_POINTS.search(n)), -abs(len(n) - 8)))
        statuses = [x.status for x in g if x.status]
        status = max(statuses, key=lambda s: _RANK[s]) if statuses else None
        proposer = dedup_actors(a for x in g for a in x.proposer)
        date = next((x.date for x in g if x.date), None)
        revises = next((x.revises for x in g if x.revises), None)
        if revises and _key(revises) in {_key(n) for n in names}:
            revises = None
        points = next((x.points for x in g if x.points), None)
        out.append(Proposal(
            name=name, aliases=sorted(set(names) - {name}), kind=_kind(" ".join(names), lex), points=points,
            proposer=proposer, revises=revises, status=status, date=date,
            evidence=[v.span(x.start, x.end) for x in g],
            confidence=confidence(0.4, bool(proposer), status is not None, points is not None, len(g) > 1, date is not None),
        ))
    return out

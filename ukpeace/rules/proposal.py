"""Proposal records: plans, drafts, frameworks, bodies and truces put forward.

A head noun (計画, 和平案, 委員会, 停戦, 覚書, 安全の保証 ...) with its modifiers is a
mention. Generic mentions (この計画, いかなる合意, an example …など, a model …をモデルに)
name nothing and are skipped. Mentions whose normalised names contain one another, or
share a point count, are one proposal; a proposal needs something specific about it
(points, a proposer, a decisive status, a quoted name, or several mentions).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ..models import Proposal, TimeSpan
from .common import DocView, actor_of, alternation, complete, confidence, dedup_actors, find_all, has_any, lexicon, state_of

_COMPOUND = re.compile(r"[\u4e00-\u9fff々\u30a0-\u30ffーA-Za-z0-9０-９・〜～]")
_KATAKANA = re.compile(r"[\u30a0-\u30ffー]")
_SIDE = re.compile(r"([\u4e00-\u9fff々\u30a0-\u30ffー]+)側")
GROUP_WINDOW = 60  # a proposal is merged with the last 60 named so far: bounded work on huge documents
_RANK = {"signed": 5, "rejected": 4, "agreed": 3, "under_discussion": 2, "proposed": 1}
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


@dataclass
class _Mention:
    start: int
    end: int
    head: str
    name: str
    sent: tuple
    quoted: bool = False
    points: Optional[int] = None
    status: Optional[str] = None
    proposer: list = field(default_factory=list)
    date: Optional[TimeSpan] = None
    revises: Optional[str] = None
    by_country: Optional[str] = None   # 米国案: a reference to "the US proposal"


@lru_cache(maxsize=1)
def _re() -> dict:
    """Patterns built from the proposal lexicon: adjectival modifiers, point counts, durations."""
    lex = lexicon("proposal")
    points = alternation(lex["point_units"])
    return {
        "adj": re.compile(r"(?:[\u4e00-\u9fff々]+(?:的|な)?(?:かつ|で|、)?)*[\u4e00-\u9fff々]+的?な$|"
                          rf"[\u4e00-\u9fff々\u30a0-\u30ffー]{{1,12}}{alternation(lex['modifier_endings'])}$"),
        "points": re.compile(rf"([0-9０-９]{{1,3}}){points}"),
        "points_before": re.compile(rf"([0-9０-９]{{1,3}}){points}の「?$"),  # 10項目の「平和の公式」
        "span": re.compile(rf"[0-9０-９]+{alternation(lex['span_units'])}"),
    }


def _key(name: str) -> str:
    """Merge key: 和平/平和 and 案/計画 are one word, a leading ウクライナ and 構想 add nothing."""
    k = name.replace("和平", "平和").replace("構想", "").replace("「", "").replace("」", "")
    k = re.sub(r"^ウクライナ(?=.)", "", k)
    return k.replace("の", "")


def _left(v: DocView, start: int, floor: int) -> int:
    """Extend a head leftwards over its compound, up to two 'Xの' modifiers and an adjectival phrase."""
    i = start
    while i > floor and _COMPOUND.match(v.clean[i - 1]):
        i -= 1
    for _ in range(2):
        if i > floor + 1 and v.clean[i - 1] == "の" and _COMPOUND.match(v.clean[i - 2]):
            j = i - 1
            while j > floor and _COMPOUND.match(v.clean[j - 1]) and i - j < 14:
                j -= 1
            i = j
        else:
            m = _re()["adj"].search(v.clean[max(floor, i - 24):i])
            if m and m.end() - m.start() >= 2:
                i = max(floor, i - 24) + m.start()
            else:
                break
    if i > floor and v.clean[i - 1] == "「":
        i -= 1
    return i


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
    if has_any(before[-12:], lex["discussed_before"]):
        return "under_discussion"
    if has_any(before, lex["status"]["proposed"]) or has_any(after, lex["status"]["proposed"]):
        return "proposed"
    if has_any(before + after, lex["status"]["under_discussion"]) or has_any(v.clean[s:e], lex["agenda"]):
        return "under_discussion"
    return None


_SUBJECT = re.compile(r"^(?:氏)?[^\s、。はがとの]{0,8}?(は|が|と|・|、|も)")


def _as_proposer(ent):
    if ent.label == "PERSON":
        return actor_of(ent)
    if ent.label == "ORG" and (ent.country in (None, "EU") or ent.kind == "bloc"):
        return actor_of(ent)  # the Commission proposes, not "the EU"
    return state_of(ent)


def _proposers(v: DocView, m: _Mention, lex: dict) -> list:
    """Actors that put the proposal forward: X主導の…, X側の…, X提案の… (inside the name), Xが提案した…
    (marked), else the sentence topic Xは… when the verb after the proposal is a proposing one."""
    s, e = m.sent
    marked, topic = [], []
    verb_after = v.clean[m.end:min(e, m.end + 25)]
    for ent in v.ents(s, m.end, {"GPE", "ORG", "PERSON"}):
        if ent.label == "GPE" and ent.kind != "country":
            continue
        nxt = v.clean[ent.end:ent.end + 10]
        if ent.start >= m.start:
            if nxt.startswith(tuple(lex["marked_inside"])):
                marked.append(ent)
            continue
        sm = _SUBJECT.match(nxt)
        if not sm:
            continue
        between = v.clean[ent.end:m.start]
        marker = sm.group(1)
        if marker in ("と", "・", "、"):  # AとBが / AとBは: the list takes the marker that closes it
            closing = re.search(r"[がは]", between[:20])
            if not closing:
                continue
            marker = closing.group(0)
        if marker == "が" and has_any(between, lex["proposer_verbs"]):
            marked.append(ent)  # Xが提案した…
        elif marker in ("は", "も") and has_any(verb_after, lex["proposer_verbs"]) and \
                not has_any(verb_after, lex["status"]["rejected"]):
            topic.append(ent)
    chosen = marked or topic
    return [a for a in (_as_proposer(x) for x in chosen) if a is not None]


def _head_ok(v: DocView, hs: int, he: int, w: str, s: int, e: int, lex: dict) -> bool:
    ent = v.entity_at(hs)
    if ent is not None and (ent.label in ("PERSON", "GPE") or (ent.label in ("ORG", "LOC", "FAC") and ent.source == "gazetteer")):
        return False  # 欧州委員会 is an institution that exists, not a proposal
    if _KATAKANA.match(w[0]) and hs > s and _KATAKANA.match(v.clean[hs - 1]):
        return False  # ドローン is no ローン
    if w == "案" and v.clean[hs - 1:hs] and v.clean[hs - 1] in lex["not_plan_an_prefix"]:
        return False
    if he < e and _COMPOUND.match(v.clean[he]) and v.clean[he] not in "・" and \
            not any(v.clean.startswith(h, he) for h in lex["heads"]):
        return False  # 計画的, 基金拠出: not the head of the phrase
    return True


def _mentions(v: DocView) -> list[_Mention]:
    lex = lexicon("proposal")
    out = []
    for s, e in v.sentences:
        for hs, he, w in find_all(v.clean, lex["heads"], s, e):
            if not _head_ok(v, hs, he, w, s, e, lex):
                continue
            if any(v.clean.startswith(x, he) or v.clean.startswith(x, he + 1) for x in lex["not_after"]):
                continue
            start = _left(v, hs, s)
            name = v.clean[start:he].strip("「」 　")
            if not name or any(v.clean.endswith(d, max(s, start - len(d)), start) for d in lex["determiners"]):
                continue
            mod = v.clean[start:hs].strip("「」")
            if any(mod.startswith(d) for d in lex["determiners"]):
                continue
            if v.ents(start, he, {"MONEY"}):
                continue  # 総額23億ユーロの融資保証 is a sum, not a proposal
            specific_truce = w in lex["bare_ok"] and (
                has_any(v.clean[max(s, hs - 16):he], lex["specific_truce_before"])
                or has_any(v.clean[he:he + 8], lex["specific_truce_after"]))
            if (name in lex["generic_names"] or any(mod.endswith(g) for g in lex["generic_modifiers"])) and not specific_truce:
                if not (v.clean[start - 1:start] == "「" and v.clean[he:he + 1] == "」" and w in lex["bare_ok"]):
                    continue
            pts = _re()["points"].search(name) or _re()["points_before"].search(v.clean[max(s, start - 8):start])
            m = _Mention(start, he, w, name, (s, e), quoted=v.clean[start:start + 1] == "「" or v.clean[start - 1:start] == "「",
                         points=int(pts.group(1).translate(_DIGITS)) if pts else None)
            c = v.first(start, hs, {"GPE"})
            if c is not None and c.kind == "country" and v.clean[c.end:he] in lex["country_reference"]:
                m.by_country = c.canonical
            out.append(m)
    out = _outermost(out)
    heads_named = {m.head for m in out if m.name != m.head}
    out = [m for m in out if m.name != m.head or m.head not in heads_named]  # bare 覚書 when ロシア側の覚書 exists
    for m in out:
        m.status = _status(v, m, lex)
        m.proposer = _proposers(v, m, lex)
        m.date = _date(v, m, out)
    return out


def _outermost(ms: list[_Mention]) -> list[_Mention]:
    """Drop mentions nested in a longer one (和平委員会 inside 米国主導の和平委員会); one pass over sorted spans."""
    keep, reach = [], -1
    for m in sorted(ms, key=lambda m: (m.start, -m.end)):
        if m.end <= reach:
            continue
        keep.append(m)
        reach = max(reach, m.end)
    return sorted(keep, key=lambda m: m.start)


def _date(v: DocView, m: _Mention, mentions: list[_Mention]) -> Optional[TimeSpan]:
    """A date of the sentence that belongs to this mention (no other mention between them), else the heading's."""
    others = [o.start for o in mentions if o is not m and o.sent == m.sent]
    best = None
    for d in v.ents(m.sent[0], m.sent[1], {"DATE"}):
        span = d.value
        if not complete(span) or (span.end - span.start).days > 31 or d.text.endswith("間"):
            continue
        lo, hi = sorted((d.end, m.start))
        if any(lo <= o < hi for o in others):
            continue
        if d.start >= m.end and any(o >= d.end for o in others):
            continue  # 20項目の案は…先月提示した28項目の計画: 先月 is the 28-point plan's
        if best is None or abs(d.start - m.start) < abs(best[0] - m.start):
            best = (d.start, span)
    return best[1] if best else v.heading_date(m.start)


def _revisions(v: DocView, ms: list[_Mention]) -> None:
    """AはBの改訂版 / BをAに絞り込んだ: A revises B."""
    lex = lexicon("proposal")
    for a in ms:
        for b in ms:
            if a is b or a.sent != b.sent or b.start < a.end:
                continue
            if has_any(v.clean[b.end:b.end + 8], lex["revision_after"]):
                a.revises = b.name
            elif has_any(v.clean[a.end:b.start], ("から",)) and has_any(v.clean[b.end:a.sent[1]], lex["narrowing"]):
                b.revises = a.name


def _sides(name: str) -> set:
    return set(_SIDE.findall(name))


def _same(g: list[_Mention], m: _Mention) -> bool:
    if any(_key(x.name) == _key(m.name) for x in g):
        return True  # the same name, with or without its point count
    pts = {x.points for x in g if x.points}
    if m.points or pts:
        return bool(m.points and m.points in pts)
    km = _key(m.name)
    span = _re()["span"].search(m.name)
    for x in g:
        if span and m.head == x.head and span.group(0) in x.name:
            return True  # 米提案の30日間停戦 = 即時かつ暫定的な30日間の停戦
        kx = _key(x.name)
        if _sides(x.name) and _sides(m.name) and _sides(x.name) != _sides(m.name):
            return False
        if len(kx) >= 3 and len(km) >= 3 and (kx in km or km in kx):
            return True
    return False


def extract(v: DocView) -> list[Proposal]:
    lex = lexicon("proposal")
    ms = _mentions(v)
    _revisions(v, ms)
    groups: list[list[_Mention]] = []
    refs = []
    for m in ms:
        if m.by_country:
            refs.append(m)
            continue
        prev = groups[-1][-1] if groups else None
        if prev is not None and prev.sent == m.sent and 0 <= m.start - prev.end <= 1 and \
                v.clean[prev.end:m.start + 1].startswith(("「", "（", "(")):
            groups[-1].append(m)  # 10項目の和平案「平和の公式」: one proposal, two names
            continue
        for g in groups[-GROUP_WINDOW:]:
            if _same(g, m):
                g.append(m)
                break
        else:
            groups.append([m])
    for m in refs:  # 米国案: the proposal of that country, if the text has one
        for g in groups:
            if any(a.canonical == m.by_country for x in g for a in x.proposer):
                g.append(m)
                break
    out = []
    for g in groups:
        decisive = any(x.status in ("signed", "agreed", "rejected") for x in g)
        specific = any(x.points or x.proposer or x.quoted for x in g) or len(g) > 1 or decisive
        if not specific:
            continue
        names = list(dict.fromkeys(x.name for x in g if not x.by_country))
        name = max(names, key=lambda n: (bool(_re()["points"].search(n)), "「" not in n, -abs(len(n) - 8)))
        statuses = [x.status for x in g if x.status]
        status = max(statuses, key=lambda s: _RANK[s]) if statuses else None
        proposer = dedup_actors(a for x in g for a in x.proposer)
        dates = [x.date for x in g if x.date]
        revises = next((x.revises for x in g if x.revises), None)
        if revises and _key(revises) in {_key(n) for n in names}:
            revises = None
        points = next((x.points for x in g if x.points), None)
        out.append(Proposal(
            name=name, aliases=[n for n in names if n != name], kind=_kind(" ".join(names), lex), points=points,
            proposer=proposer, revises=revises, status=status, date=dates[0] if dates else None,
            evidence=[v.span(x.start, x.end) for x in g],
            confidence=confidence(0.4, bool(proposer), status is not None, points is not None, len(g) > 1, bool(dates)),
        ))
    return out

"""Money records: sums pledged, planned, lent, spent or estimated.

Every MONEY entity is a candidate. Purpose comes from the cue nearest the sum (賠償ローン is
a loan, 被害 a damage estimate); instruments from its sentence and from a following
sentence that refers back to it (この計画は…融資、補助金…); donors from the subject of its
clause; recipients from 〜に/〜へ/対〜, else Ukraine when the article is about Ukraine (the
library's domain). The same sum mentioned twice for the same recipient is one record with
two evidence spans.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .. import gazetteer as gz
from ..models import Actor, Amount, Money
from ..normalize.dates import find_durations
from ..normalize.numbers import match_after_qualifier
from .common import (DocView, actor_of, checked_lexicon, confidence, country_actor, dedup_actors, find_all, has_any,
                     lexicon, state_of)

_BOUNDS = ("more_than", "at_least", "up_to", "at_most")
_COMPATIBLE = {"exact": "a", "approx": "a", "at_least": "b", "more_than": "b", "up_to": "c", "at_most": "c"}


def _purpose(v: DocView, s: int, e: int, ms: int, me: int, lex: dict) -> _PURPOSES:
    """The purpose cue of a sum: first one in its own clause before it (武器供与など安全保障関連が約200億ドル、
    財政を支える経済支援が80億ドル: each item's cue precedes it), else the nearest in the sentence. A cue
    inside a name (国連児童基金, 「…支援基金」) is none; a cue in a mix (人道・財政・復旧支援) gives other."""
    words = {w: p for p, ws in lex["purpose"] for w in ws}
    tail = re.sub(r"^(?:" + "|".join(map(re.escape, lex["purpose_head_glue"])) + ")", "", v.clean[me:me + 12])
    head = next((p for w, p in lex["purpose_heads"].items() if tail.startswith(w)), None)
    if _asset_stock(v, ms, me, lex):
        return "other"  # 凍結されたロシア中央銀行の資産約2100億ユーロ: assets held, no sum given
    if head is not None:
        return head  # 財政と防衛で計1357億ユーロが不足する: the sum is a shortfall, whatever its fields
    clause = max(v.clean.rfind("、", s, ms), v.clean.rfind("。", s, ms), s - 1) + 1
    own = [h for h in _cues(v, words, clause, ms) if h[1] <= ms]
    if own and ms < e:
        return _mixed_or(v, max(own, key=lambda h: h[1]), words, lex)
    if any(h in v.clean[clause:ms] for h in lex["humanitarian_words"]):
        return "other"  # 今年の人道支援を当初の1億ドルから1億5000万ドルに増やす: no neighbour's cue
    if _bare_running_total(v, s, e, ms, me, words, lex):
        return "other"  # これまで総額71億ドルの支援を表明…、エネルギー分野で新たに…: the cue is the new sum's
    if _breakdown_item(v, clause, s, e, ms):
        shared = _shared_predicate_cue(v, words, s, e, lex)
        return shared or "other"  # a breakdown's 人道支援が10億ドル: an item without a cue borrows no neighbour's
    hits = [h for h in _cues(v, words, s, e) if not _other_sums_cue(v, h, ms, me)]
    if not hits:
        return "other"
    best = min(hits, key=lambda h: (min(abs(h[0] - me), abs(ms - h[1])),
                                    [p for p, _ in lex["purpose"]].index(words[h[2]])))
    return _mixed_or(v, best, words, lex)


def _asset_stock(v: DocView, ms: int, me: int, lex: dict) -> bool:
    """The sum is a stock of assets, not money given or lent: 凍結資産約2100億ユーロ, 資産は約2800億ドルに上り,
    約2100億ユーロの凍結資産を活用し (asset_stock_before right before it, asset_stock_after right after it). Not
    資産のうち最大2100億ユーロを活用し (a part of the assets put to a use: that sum is lent)."""
    return v.clean[max(0, ms - 6):ms].endswith(tuple(lex["asset_stock_before"])) or \
        v.clean.startswith(tuple(lex["asset_stock_after"]), me)


def _bare_running_total(v: DocView, s: int, e: int, ms: int, me: int, words: dict, lex: dict) -> bool:
    """A running total of aid whose own clause names no purpose: a cumulative word before it in its sentence, an aid
    word and no cue in its clause, no mark of a new sum there. これまで総額71億ドルの支援を表明してきたことに触れ、
    防空分野で新たに3億ドルを… → the 71 is other (防空 is the 3's). Not これまでに総額30億ドルの軍事支援 (its own
    cue), nor これまで…。今回は10億ドルの支援を発表し、… (今回: a new sum, which may take a neighbour's cue), nor a sum
    after a cumulative word bound to another sum (これまでに表明した3億ドルに加え、…合計6億ドル: the 3's word)."""
    if not any(not _bound_to_other_sum(v, h[1], ms) for h in find_all(v.clean, lex["cumulative_words"], s, ms)):
        return False
    a = max(v.clean.rfind("、", s, ms), v.clean.rfind("。", s, ms), s - 1) + 1
    ends = [j for j in (v.clean.find("、", me, e), v.clean.find("。", me, e)) if j != -1]
    b = min(ends, default=e)
    clause = v.clean[a:b]
    return has_any(clause, lex["aid_words"]) is not None and has_any(clause, lex["new_sum_marks"]) is None \
        and not _cues(v, words, a, b)


def _bound_to_other_sum(v: DocView, at: int, ms: int) -> bool:
    """Another sum follows position ``at`` before ``ms`` in the same clause: これまでに表明した|3億ドル."""
    return any("、" not in v.clean[at:m.start] for m in v.ents(at, ms, {"MONEY"}))


def _breakdown_item(v: DocView, clause: int, s: int, e: int, ms: int) -> bool:
    """A sum named as one item of a breakdown of three or more: 人道支援が10億ドル、…, 日本は40億ドル、英国は…"""
    return bool(re.search(r"[がは](?:約|およそ|計|総額)?$", v.clean[clause:ms])) and len(v.ents(s, e, {"MONEY"})) >= 3


def _shared_tail(v: DocView, s: int, e: int, lex: dict) -> tuple[int, int]:
    """The span right after the last sum of [s, e) up to a clause break, within shared_cue_reach: where the
    predicate a breakdown's items share sits (…30億カナダドルを貸し付ける)."""
    last = max(m.end for m in v.ents(s, e, {"MONEY"}))
    after = v.clean[last:min(e, last + lex["shared_cue_reach"])]
    return last, last + min((after.find(c) for c in "、。" if c in after), default=len(after))


def _shared_instruments(v: DocView, s: int, e: int, lex: dict) -> list[str]:
    """The instruments of the predicate a breakdown's items share (…カナダは50億カナダドルを貸し付ける → loan)."""
    a, b = _shared_tail(v, s, e, lex)
    return _instruments(v.clean[a:b], lex) if v.clean.startswith(tuple(lex["shared_cue_links"]), a) else []


def _shared_predicate_cue(v: DocView, words: dict, s: int, e: int, lex: dict) -> Optional[_PURPOSES]:
    """The purpose of the predicate a breakdown's items share: the cue right after the last sum of the sentence
    (within shared_cue_reach, no clause break, through a shared_cue_links particle): 日本は40億ドル、英国は
    20億ポンド、カナダは30億カナダドルを貸し付ける → each is a loan. Not a cue bound before the last item
    (人道支援が10億ドル、軍事支援が20億ドルを拠出: the 20's own)."""
    a, b = _shared_tail(v, s, e, lex)
    if not v.clean.startswith(tuple(lex["shared_cue_links"]), a):
        return None  # …約110億ドルが不足している: the last sum's own head, not a predicate the items share
    hit = next((h for h in _cues(v, words, a, b)), None)
    return words[hit[2]] if hit is not None and words[hit[2]] != "other" else None


def _other_sums_cue(v: DocView, hit: tuple[int, int, str], ms: int, me: int) -> bool:
    """A cue bound to another sum of the sentence is that sum's, not a neighbour's: right after it through a
    link (bound_cue_after: 「…計6億ドルの財政支援に感謝」, so 越冬支援のための257万ドル beside it takes no 財政) or
    right before it (bound_cue_before: 「経済支援に85億ドル、人道支援に30億ドル」, the 30億ドル takes no 経済).
    A restatement of the sum itself (…（約38億円）) is no other sum. A cue of investment a sum draws in
    (leveraged_after: 23億ユーロの保証…、最大100億ユーロの投資を呼び込む) is what both sums are for."""
    lex = _lexicon()
    if v.clean.startswith(tuple(lex["leveraged_after"]), hit[1]):
        return False
    own = next((m for m in v.ents(ms, me, {"MONEY"}) if m.start == ms), None)
    lo, hi = v.sentence(hit[0])
    for m in v.ents(lo, hi, {"MONEY"}):
        if m.start == ms or (own is not None and (_restates(v, own, m) or _restates(v, m, own))):
            continue
        if (m.end <= hit[0] and v.clean[m.end:hit[0]] in lex["bound_cue_after"]) or \
                (hit[1] <= m.start and _strip_words(v.clean[hit[1]:m.start], lex["bound_cue_before"]) == "") \
                or _part_cue(v, hit, me, m, lex):
            return True
    return False


def _part_cue(v: DocView, hit: tuple[int, int, str], me: int, part, lex: dict) -> bool:
    """A loan cue after a later sum told as a part of this one (part_of_openers between them) is the part's: 最大8000億
    ユーロを動員する…計画を打ち出し、このうち1500億ユーロを…融資に充てる → the 8000 is not lent. A use of the part
    (13億ドルの支援を発表し、うち6億ドルを電力網の復旧に充てる) is what the whole is for too: not the part's alone."""
    loan_words = {w for p, ws in lex["purpose"] if p == "loan" for w in ws}
    return hit[2] in loan_words and me <= part.start and part.end <= hit[0] and "。" not in v.clean[me:hit[0]] \
        and has_any(v.clean[me:part.start], lex["part_of_openers"]) is not None


def _cues(v: DocView, words: dict, s: int, e: int) -> list[tuple[int, int, str]]:
    """Purpose cues of [s, e) outside known organisations' names: 欧州復興開発銀行 or 国連児童基金（UNICEF）is
    who channels the sum, not what it is for (so its 復興 is no reconstruction). A name the model guessed
    (対外軍事融資（FMF） tagged ORG) keeps its cues."""
    names = [(x.start, x.end) for x in v.ents(s, e, {"ORG"}) if x.canonical]  # known bodies, not a model's guess
    lex = _lexicon()
    masks = set(lex["purpose_masks"])  # 融資保証: a guarantee of loans lends nothing itself
    return [h for h in find_all(v.clean, list(words) + list(masks), s, e)
            if h[2] not in masks and not any(a <= h[0] < b for a, b in names) and not _own_defence(v, h, lex)]


def _own_defence(v: DocView, hit: tuple[int, int, str], lex: dict) -> bool:
    """A defence cue owned by the givers themselves (加盟国の防衛支出, 欧州の防衛力強化, 域内の防衛産業): their own
    defence, no military aid to another. Not ウクライナの防衛力強化 (the aided state's), nor 兵器 (no owner reads)."""
    return hit[2] in lex["own_defence_cues"] and v.clean.endswith(tuple(lex["own_defence_owners"]), 0, hit[0])


def _mixed_or(v: DocView, hit: tuple[int, int, str], words: dict, lex: dict) -> _PURPOSES:
    """The cue's purpose, or other when it is one item of a joined list of cues of different purposes:
    人道・財政・復旧支援として計100億ドル, 財政、復旧・復興の各分野で (the chain of cues joined by ・ or 、
    around the cue is walked both ways) is a mix. 復旧・復興支援 (one purpose twice) keeps it."""
    found = {words[hit[2]]}
    s, e = hit[0], hit[1]
    while True:
        step = next(((w, j) for j in lex["purpose_list_joiners"] for w in words
                     if v.clean.endswith(w + j, 0, s)), None)
        if step is None:
            break
        found.add(words[step[0]])
        s -= len(step[0]) + len(step[1])
    while True:
        step = next(((w, j) for j in lex["purpose_list_joiners"] for w in words
                     if v.clean.startswith(j + w, e)), None)
        if step is None:
            break
        found.add(words[step[0]])
        e += len(step[0]) + len(step[1])
    if len(found) == 1 and _humanitarian_joined(v, s, e, found, lex):
        return "other"
    return "other" if len(found) > 1 else words[hit[2]]


def _humanitarian_joined(v: DocView, s: int, e: int, found: set, lex: dict) -> bool:
    """Humanitarian aid listed beside a cue of one of humanitarian_mix_purposes makes the sum a mix (other):
    軍事支援や人道支援など…450億ドル, 軍事・人道支援など, 150億クローネを軍事支援と、人道・民生支援に. Beside
    reconstruction it does not (復興や人道支援などのため45億ドル → reconstruction), nor alone (人道支援の1億ドル)."""
    if not found & set(lex["humanitarian_mix_purposes"]):
        return False
    joins, hum = lex["humanitarian_joiners"], lex["humanitarian_words"]
    return any(v.clean.endswith(h + j, 0, s) or v.clean.endswith(h + "支援" + j, 0, s) or
               v.clean.startswith(j + h, e) for h in hum for j in joins)


def _instruments(text: str, lex: dict) -> list[str]:
    """Instrument kinds named in text, in order, longest word first across kinds (対外軍事融資 → FMF only), each
    with the kinds it is one of (instrument_implies: 融資保証 → loan_guarantee and guarantee)."""
    words = {w: inst for inst, ws in lex["instruments"].items() for w in ws}
    kinds = [words[w] for _, e, w in find_all(text, words)
             if not _set_aside(text, e, lex) and not (words[w] in lex["repayment_kinds"] and _repays(text, e, lex))
             and not (words[w] == "frozen assets" and _profit_source(text, e, lex))]
    return list(dict.fromkeys(k for kind in kinds for k in [kind] + lex["instrument_implies"].get(kind, [])))


def _profit_source(text: str, end: int, lex: dict) -> bool:
    """Frozen assets named only as what yields profits (凍結資産から生じる利益, 凍結されたロシア中央銀行資産から生じる
    特別な収益, 凍結ロシア資産の運用益): the profits fund the sum, the assets stay frozen. Not 凍結資産を元手に融資."""
    tail = re.sub(r"^(?:の)?(?:国家)?資産", "", text[end:end + 24])
    return tail.startswith(tuple(lex["profit_source_after"]))


def _set_aside(text: str, end: int, lex: dict) -> bool:
    """An instrument named only as put off or dropped: 'ロシア凍結資産の使用は先送りされる', '…の活用は見送られた'."""
    return has_any(text[end:end + lex["set_aside_reach"]], lex["instrument_set_aside"]) is not None


def _repays(text: str, end: int, lex: dict) -> bool:
    """Frozen assets or their profits told as what repays a loan, not what funds the sum: 凍結ロシア資産の運用益を
    返済原資として総額約500億ドルを融資 → a loan only (repayment_marks before the clause breaks). Not 凍結資産を元手に
    …融資 (the assets fund it)."""
    after = re.split(r"[、。]", text[end:end + lex["repayment_reach"]])[0]
    return has_any(after, lex["repayment_marks"]) is not None


def _own_instrument(v: DocView, end: int, lex: dict) -> int:
    """Length of the instrument phrase right after a sum (330億ユーロの融資と…, 23億ユーロの融資保証や補助金,
    500億ドル（約7兆円）を融資): 0 when there is none. A bracketed restatement is skipped."""
    words = sorted({w for ws in lex["instruments"].values() for w in ws}, key=len, reverse=True)
    start = end
    if v.clean.startswith(("（", "("), end):
        close = min([i for i in (v.clean.find("）", end, end + 24), v.clean.find(")", end, end + 24)) if i != -1]
                    or [end - 1])
        end = close + 1
    for link in lex["own_instrument_links"]:
        if not v.clean.startswith(link, end):
            continue
        pos = end + len(link)
        w = next((w for w in words if v.clean.startswith(w, pos)), None)
        if w is None:
            continue
        pos += len(w)
        while True:  # 融資保証や補助金: the list the first instrument opens
            # マクロ金融支援融資: two instrument words joined with nothing name both
            hit = next(((j, w) for j in lex["instrument_list_joiners"] + [""] for w in words
                        if v.clean.startswith(j + w, pos)), None)
            if hit is None:
                return pos - start
            pos += len(hit[0]) + len(hit[1])
    return 0


def _period(v: DocView, s: int, e: int, ms: int, lex: dict):
    """The span a sum covers: a duration (4年間, 18カ月), preferring one said as a span (…間) and
    the one nearest the sum; a year number that is a date (2025、26年 / 23年中) is none; a rate
    per year right before the sum (年間30億ポンド) is 1."""
    text = v.clean[s:e]
    dates = v.ents(s, e, {"DATE"})
    ranges = _year_ranges(text, lex)
    found = [d for d in find_durations(text) if d[3] in ("year", "month") and (
        _span_cued(text, d, lex) or not any(x.start < s + d[1] and s + d[0] < x.end for x in dates))
        and not any(a < d[1] and d[0] < b for a, b, _ in ranges) and (d[3] == "month" or _span_cued(text, d, lex))]
    found.sort(key=lambda d: (not _said_as_span(text, d[0], d[1]), abs(ms - (s + d[1]))))
    single = _single_year(text, ms - s, lex)
    for a, b, value, unit in found:
        if _said_as_span(text, a, b) or not ranges:  # 4年間 beats a range of years; 2025年 does not
            if single is not None and b <= single:
                return 1  # 今後10年にわたり支援を続け、2024年には45億ドル: the year told for the sum
            return value if unit == "year" else round(value / 12, 2)
    if ranges:
        r = min(ranges, key=lambda r: abs(ms - (s + r[1])))
        return 1 if single is not None and r[1] <= single else r[2]
    return 1 if single is not None or _annual(v, s, ms, lex) else None


def _span_cued(text: str, d: tuple, lex: dict) -> bool:
    """A duration said as a span (4年間, 10年にわたり, 4年で, 1年分, 期間4年, 今後10年), even where the parse tags
    it a date. A figure with 年 counts years only so: a bare 26年予算 / 23年中 / 24年の is a calendar year written
    short, no span."""
    a, b = d[0], d[1]
    return _said_as_span(text, a, b) or text.startswith(tuple(lex["year_span_after"]), b) \
        or text[:a].endswith(tuple(lex["year_span_before"]))


def _single_year(text: str, ms: int, lex: dict):
    """Where a single calendar year told as a sum's time frame ends before the sum at ``ms`` (offsets in text),
    else None: 来年の軍事支援を115億ユーロに, 本年、…45億ドルの支援, 26年予算に…計上, 23年中に…必要, 2024年には.
    Not a year with its month (来年1月, 2023年3月に承認: a date) nor a deadline (2030年度まで)."""
    words = "|".join(re.escape(w) for w in sorted(lex["single_year_words"], key=len, reverse=True))
    after = "|".join(re.escape(w) for w in sorted(lex["single_year_after"], key=len, reverse=True))
    numbered = "|".join(re.escape(w) for w in sorted(lex["numbered_year_after"], key=len, reverse=True))
    pattern = (r"(?:(?<![0-9０-９])(?:" + words + r")(?:" + after + r")|(?<![0-9０-９])(?:(?:19|20|１９|２０)?"
               r"[0-9０-９]{2})年度?(?:" + numbered + r"))")
    ends = [m.end() for m in re.finditer(pattern, text[:ms])]
    return ends[-1] if ends else None


def _year_ranges(text: str, lex: dict) -> list[tuple[int, int, int]]:
    """Calendar years given as a range, with the number of years they span: 2026〜27年 → 2, 26～27年の → 2,
    2024年から2027年まで → 4. A range longer than max_range_years is no span of a sum (1991〜2022年)."""
    dash = "".join(re.escape(c) for c in lex["year_range_dashes"])
    out = []
    pattern = r"(?<![0-9])((?:19|20)?[0-9]{2})年?\s*(?:[" + dash + r"]|から)\s*((?:19|20)?[0-9]{2})年"
    for m in re.finditer(pattern, text):
        lo, hi = int(m.group(1)), int(m.group(2))
        if hi < 100 and lo >= 100:
            hi += lo // 100 * 100
        if lo < 100 and hi >= 100:
            lo += hi // 100 * 100
        if 0 < hi - lo + 1 <= lex["max_range_years"]:
            out.append((m.start(), m.end(), hi - lo + 1))
    return out


def _annual(v: DocView, s: int, ms: int, lex: dict) -> bool:
    """年間30億ポンド / 年間で最大30億ユーロ / 年30億ユーロ: a rate per year (not 2024年30億ドル, a date)."""
    before = _strip_tail(v.clean[max(s, ms - 8):ms], lex["annual_glue"])
    for w in sorted(lex["annual_before"], key=len, reverse=True):
        if before.endswith(w):
            prev = before[:-len(w)][-1:]
            return not (prev.isdigit() or prev in "〜~、，")
    return False


def _strip_tail(text: str, words: list) -> str:
    changed = True
    while text and changed:
        changed = False
        for w in words:
            if text.endswith(w):
                text, changed = text[:-len(w)], True
    return text


def _said_as_span(text: str, start: int, end: int) -> bool:
    """4年間 / 18カ月間 / 5年にわたり: a duration, not a year number in a list (2025、26年の)."""
    return text[end - 1:end] == "間" or text.startswith("間", end) or text.startswith("にわた", end)


def _donors(v: DocView, lo: int, ms: int, lex: dict) -> list:
    """States, blocs or bodies in the subject of the sum's clause: Xが/は/も … 拠出/融資/支援/署名, a list
    item's heading (・米国：…2億ドルの軍事支援), or Xによる/からの. The full profile asks the parse first."""
    cands = [x for x in v.ents(lo, ms, {"GPE", "ORG", "PERSON", "LOC"}) if _may_give(x, lex)
             and not _partner(v, x, lex) and not _user_subject(v, x, ms, lex) and not _in_title(v, x)]
    found = _clause_subject_first(v, cands, ms)
    parsed = _syntax_donors(v, lo, ms, lex) if len(found) == len(cands) else []  # the clause's own subject first
    if parsed:
        return parsed
    out = []
    for ent in found:
        if not _may_give(ent, lex) or _backs_another(v, ent, ms, lex):
            continue
        if _in_name(v, ent, lex):
            continue  # ウクライナ・ファシリティー / 「ウクライナ支援基金」: a name, not a giver
        tail = re.sub(r"^[（(][^）)]{1,12}[）)]", "", v.clean[ent.end:ms])  # 欧州連合（ＥＵ）も: past its abbreviation
        if _war_agent(tail.lstrip("）)"), lex):
            continue  # ロシアによる全面侵攻以降…: the war's agent gives nothing
        if tail.lstrip("）)").startswith(tuple(lex["source_after"])):
            continue  # 世界銀行によると…必要: who estimates, not who gives
        if tail.lstrip("）)").startswith(tuple(lex["donor_by_after"])) or _genitive_giver(ent, tail, lex):
            out.append(_giver(ent, lex))  # 主要7カ国（G7）による貸し付け / G7の総額500億ドルの融資
            continue
        if tail.startswith(tuple(lex["not_donor_after"])) or v.clean[ent.start - 1:ent.start] == "対":
            continue
        if _list_closes_as(tail, lex["list_joiners"], lex["not_donor_after"] + lex["recipient_after"], lex):
            continue  # ウクライナと周辺の同盟国などに対して: the list is the recipient
        if ent.kind == "country" and _aid_of(v, ent, lex):
            out.append(_giver(ent, lex))  # 米国のウクライナ支援…610億ドル
            continue
        near = _before_self_state(tail[:25], lex)
        subject = any(tail.startswith(f) for f in lex["donor_follow"]) or ("は" in near or "が" in near) \
            or re.match(r"^[\u4e00-\u9fff々]{0,4}も", tail) is not None or _speaker(tail, lex)  # IMF自身も…融資
        funding = lex["donor_verbs"] + lex["subject_funding_nouns"]
        if subject and has_any(v.clean[ent.end:_verb_reach(v, ms, lex)], funding):
            out.append(_giver(ent, lex))
    out = [a for a in out if a is not None]
    return out or _self_state(v, lo, ms, lex)


def _in_title(v: DocView, ent) -> bool:
    """A place that opens a person's title, not a giver: フォンデアライエン欧州委員長は → 欧州 is in the title
    欧州委員長 (a longer title of the gazetteer starts where the place does). Not 欧州は…拠出 (no title follows)."""
    return ent.label == "LOC" and any(len(t) > len(ent.text) and v.clean.startswith(t, ent.start)
                                      for t in gz.titles())


def _user_subject(v: DocView, ent, ms: int, lex: dict) -> bool:
    """The subject of a clause that tells what the sum pays for, not who gives it: ウクライナが米国製兵器を調達する
    資金に約138億ドル, ナフトガスが冬季のガスを調達するための資金として、約200億円の融資 (Xが, then a use_clause_marks
    word before the sum with no funding verb between). Not EUが拠出する資金で (a funding verb comes first)."""
    gap = re.sub(r"^[）)]?(?:[（(][^）)]{1,12}[）)])?", "", v.clean[ent.end:ms])
    if not gap.startswith("が"):
        return False
    hits = find_all(gap, lex["use_clause_marks"])
    if not hits:
        return False
    first = min(h[0] for h in hits)
    return has_any(gap[:first], lex["donor_verbs"]) is None


def _users(v: DocView, s: int, ms: int, lex: dict) -> list:
    """The takers of a sum told by what they pay for with it (_user_subject): ウクライナが2026年と27年に必要とする
    資金は、約1350億ユーロ → Ukraine; a firm (ナフトガスが…ガスを調達するための資金として) in its own name."""
    ents = [x for x in v.ents(s, ms, {"GPE", "ORG"}) if _may_give(x, lex) and _user_subject(v, x, ms, lex)]
    return dedup_actors(a for a in (_giver(x, lex) for x in ents) if a is not None)


def _before_self_state(tail: str, lex: dict) -> str:
    """The text after a candidate up to a first-person state (我が国/わが国), whose own が is no particle of the
    candidate's: ロシアによるウクライナ侵略を非難した上で、我が国が…6億ドルの財政支援 → ウクライナ is no subject."""
    cut = [i for i in (tail.find(w) for w in lex["self_states"]) if i != -1]
    return tail[:min(cut)] if cut else tail


def _partner(v: DocView, ent, lex: dict) -> bool:
    """The one met, not the giver: ゼレンスキー大統領との会談では、…4億7000万ドルの無償資金協力を表明 (a title of
    up to partner_title_reach characters, then a partner mark). Not 日本は…会談で表明 (the subject)."""
    tail = v.clean[ent.end:ent.end + lex["partner_title_reach"] + 8]
    marks = "|".join(re.escape(w) for w in lex["partner_marks"])
    title = r"^[\u4e00-\u9fff々・ー\u30a0-\u30ff]{0," + str(lex["partner_title_reach"]) + "}"
    return re.match(title + "(?:" + marks + ")", tail) is not None


def _verb_reach(v: DocView, ms: int, lex: dict) -> int:
    """Where the funding verb of a subject before the sum at ``ms`` is looked for: 40 characters past the sum, or the
    sentence end when the sum opens a gapped list (EUが30億ユーロを、湾岸3か国が25億ドルを拠出する: one verb for
    both)."""
    ent = next((m for m in v.ents(ms, v.sentence(ms)[1], {"MONEY"}) if m.start == ms), None)
    if ent is not None and v.clean.startswith(tuple(lex["gapped_links"]), ent.end):
        return v.sentence(ms)[1]
    return ms + 40


def _clause_subject_first(v: DocView, ents: list, ms: int) -> list:
    """The candidates for giver, without a sentence topic when the sum's own clause has a subject of its own:
    日本政府は、主要7カ国（G7）が…総額約500億ドルをウクライナに融資する「ERA」の枠組みで、…円借款を供与 → G7 (the が
    subject with no 、 between it and the sum), not 日本政府 (the topic, closed by は、, gives the yen loan)."""
    def inner(x) -> bool:
        gap = v.clean[x.end:ms]
        return re.match(r"^[）)]?(?:[（(][^）)]{1,12}[）)])?が", gap) is not None and "、" not in gap
    firsts = [x.start for x in ents if inner(x)]
    if not firsts:
        return ents
    return [x for x in ents if x.start >= min(firsts)
            or not re.match(r"^[）)]?(?:[（(][^）)]{1,12}[）)])?は、", v.clean[x.end:ms])]


def _war_agent(tail: str, lex: dict) -> bool:
    """The text after an actor makes it the agent of the war told as a time or cause: ロシアによる全面侵攻以降,
    ロシアによるウクライナ侵略の開始以降, ロシアのウクライナへの侵攻後 (the war named with its victim between)."""
    if re.match(r"^(?:" + "|".join(map(re.escape, lex["war_agent_after"])) + ")", tail):
        return True
    links = "|".join(map(re.escape, lex["war_agent_links"]))
    nouns = "|".join(map(re.escape, lex["war_agent_nouns"]))
    victim = r"[\u30a0-\u30ff・]{1,10}(?:への|に対する|に)?"
    return re.match(r"^(?:" + links + ")" + victim + "(?:" + nouns + ")", tail) is not None


def _backs_another(v: DocView, ent, ms: int, lex: dict) -> bool:
    """The entity owns the loan or aid that the sum backs, not the sum: 世界銀行の融資に対する30億ドルの債務保証,
    世界銀行によるウクライナ向け融資に…保証を上乗せ, IMFの支援の呼び水となる25億カナダドル → not a giver (the
    guarantor or the subject gives). Not a giver whose own loan it is (IMFの融資40億ドル: nothing backs it)."""
    between = re.sub(r"^[（(][^）)]{1,12}[）)]", "", v.clean[ent.end:ms]).lstrip("）)")
    marks = "|".join(re.escape(w) for w in lex["backed_marks"])
    owners = "|".join(re.escape(w) for w in lex["backed_owner_links"])
    return re.match(r"^(?:" + owners + r")[^、。は]{0,12}?(?:" + marks + ")", between) is not None


def _self_state(v: DocView, lo: int, ms: int, lex: dict) -> list:
    """A government release's first-person state as the subject before the sum: 我が国は…総額50億ドルの支援を表明
    → Japan (self_states). Not the word in another role (我が国に対する…: no subject particle follows)."""
    follow = tuple(lex["self_state_follow"])
    for word, code in lex["self_states"].items():
        i = v.clean.find(word, lo, ms)
        while i != -1:
            if v.clean.startswith(follow, i + len(word)) and has_any(v.clean[i:ms + 40], lex["donor_verbs"]):
                return [country_actor(code)]
            i = v.clean.find(word, i + 1, ms)
    return []


def _may_give(ent, lex: dict) -> bool:
    """A filter on who can give: a country, a body or a person, or a place of a kind that gives as a whole
    (donor_place_kinds: 欧州は別に200億ドルを拠出 / 欧州の資金で). Rejects a region or a city
    (ドネツク州は…: a place, not a giver) and any other named place (黒海, ドンバス)."""
    if ent.label == "LOC":
        return ent.kind in lex["donor_place_kinds"] and bool(ent.canonical)
    return not (ent.label == "GPE" and ent.kind not in ("country", None))


def _speaker(tail: str, lex: dict) -> bool:
    """A release's speaker marked by から before a comma, after an optional title: 岸田総理大臣から、…支援を実施する
    旨を伝えました → the speaker's state gives. Not a source in mid-clause (ロシアから奪還した, 国庫から支出)."""
    follow = "|".join(re.escape(w) for w in lex["speaker_follow"])
    return re.match(r"^[\u4e00-\u9fff々]{0,8}?(?:" + follow + ")", tail) is not None


def _aid_of(v: DocView, ent, lex: dict) -> bool:
    """A country's aid to another country, named by の: 米国のウクライナ支援, 日本の対ウクライナ援助 → the first
    country gives. Not the aid a country receives (ウクライナの復興支援: no second country before the head)."""
    m = re.match(r"^の対?", v.clean[ent.end:ent.end + 2])
    if m is None:
        return False
    taker = next((x for x in v.ents(ent.end + m.end(), ent.end + m.end() + 12, {"GPE"})
                  if x.start == ent.end + m.end() and x.kind == "country" and x.canonical != ent.canonical), None)
    if taker is None:
        return False
    heads = "|".join(re.escape(w) for w in lex["genitive_aid_heads"])
    after = v.clean[taker.end:taker.end + 14]
    return re.match(r"^(?:への|向け)?[^、。はがを]{0,6}?(?:" + heads + ")", after) is not None


def _bloc_over_place(donors: list, lex: dict) -> list:
    """A bloc and the place it stands for, both found as givers, are the bloc: EU and 欧州 (欧州連合…欧州の資金)
    → the EU alone. 欧州 alone stays (欧州の資金で購入: Europe's states as a whole)."""
    names = {d.canonical for d in donors}
    return [d for d in donors if lex["bloc_of_place"].get(d.canonical) not in names]


def _genitive_giver(ent, tail: str, lex: dict) -> bool:
    """A bloc or lending body right before the sum through の: 主要7カ国（G7）の総額500億ドルの融資, IMFの約4億ドル.
    Not a country (ウクライナの500億ドルの需要: whose needs, not who gives)."""
    return ent.kind in lex["genitive_donor_kinds"] and tail.lstrip("）)") in lex["genitive_donor_tails"]


def _proposer(v: DocView, me: int, e: int, lex: dict) -> list:
    """The giver of a sum told as the content of a proposal after it: …900億ユーロを供与するとの欧州委員会の
    3日の提案を支持する → the Commission (EU), not the sentence's subject that supports it."""
    tail = v.clean[me:e]
    link = min((i for i in (tail.find(w) for w in lex["proposal_links"]) if i != -1), default=-1)
    if link == -1 or not has_any(tail[:link], lex["donor_verbs"]):
        return []
    heads = "|".join(re.escape(w) for w in lex["proposal_heads"])
    for ent in v.ents(me + link, e, {"GPE", "ORG"}):
        if re.match(r"^の[^。、「」]{0,8}?(?:" + heads + ")", v.clean[ent.end:e]):
            return [a for a in [_giver(ent, lex)] if a is not None]
    return []


def _framework_owner(v: DocView, me: int, e: int, lex: dict) -> list:
    """The owner of the framework a sum's clause describes: '…最大500億ユーロを財政と復旧に充てるEUの枠組み'
    → the EU (the clause's verb, a funding one, ends right before 'Xの' + a framework head). Not a clause
    that stops before it ('…500億ユーロを拠出した。EUの枠組みは…') nor one whose verb gives nothing."""
    heads = "|".join(re.escape(w) for w in lex["framework_heads"])
    for ent in v.ents(me, e, {"GPE", "ORG"}):
        between = v.clean[me:ent.start]
        if "。" in between or not re.match(r"^の(?:" + heads + ")", v.clean[ent.end:e]):
            continue
        verbs = lex["donor_verbs"] + lex["framework_contain_verbs"]  # …610億ドルの支援を盛り込んだ米国の予算案
        verb = re.search(r"(?:" + "|".join(re.escape(w) for w in verbs) + r")(?:する|る|た|し|んだ|む)?$", between)
        giver = _giver(ent, lex) if verb else None
        return [giver] if giver is not None else []
    return []


def _unowned_bill_giver(v: DocView, ent, e: int, lex: dict) -> list:
    """The giver of aid held by a budget bill that names no owner (…約300億ドルの追加予算案は議会で止まっている,
    カナダでは、…支援など約300億ドルを盛り込んだ予算案が…): the state named last before the sum within
    bill_owner_reach sentences, not one of the war's parties (bill_owner_skip: the aided state and its invader are
    no donor's legislature here). Not a bill with no aid word in its sentence (ウクライナ議会が…国防費200億ドルを
    盛り込んだ予算案を可決: a state's own budget), nor a sum the bill does not hold (…予算案とは別に、…)."""
    heads = "|".join(re.escape(w) for w in lex["bill_heads"])
    s, _ = v.sentence(ent.start)
    reach = lex["bill_head_reach"]
    if not re.match(r"^[^。、]{0," + str(reach) + r"}?(?:" + heads + ")", v.clean[ent.end:e]) \
            or has_any(v.clean[s:e], lex["aid_words"] + lex["bill_aid_marks"]) is None:
        return []
    lo = v.sentences[max(0, v.sent_index(ent.start) - lex["bill_owner_reach"])][0]
    named = [x.country for x in v.ents(lo, ent.start, {"GPE", "PERSON", "ORG"})
             if x.country and x.country not in lex["bill_owner_skip"] and _may_give(x, lex)]
    giver = country_actor(named[-1]) if named else None
    return [giver] if giver is not None else []


def _item_subject(v: DocView, m, lex: dict):
    """The giver told right before a sum as its subject: 米国が|200億ドル, 欧州連合（EU）が|181億ユーロ."""
    glue = "|".join(re.escape(w) for w in lex["share_item_glue"])
    for x in v.ents(max(0, m.start - 40), m.start, {"GPE", "ORG", "PERSON", "LOC"}):
        if _may_give(x, lex) and re.fullmatch(r"(?:[（(][^）)]{1,12}[）)])?(?:" + glue + ")", v.clean[x.end:m.start]):
            return x
    return None


def _share_list_giver(v: DocView, ent, sent: tuple[int, int], lex: dict) -> list:
    """The giver of one item of a list of shares, each told as 'X が + sum' (分担は、米国が200億ドル、EUが181億ユーロ
    → the US, then the EU): the item's own subject outranks a bloc or meeting named before the list. Not a lone
    'X が + sum' (no list: the clause's other rules decide) nor a sum restated in brackets."""
    x = _item_subject(v, ent, lex)
    if x is None:
        return []
    others = [m for m in v.ents(*sent, {"MONEY"}) if m.start != ent.start and _item_subject(v, m, lex) is not None]
    giver = _giver(x, lex) if others else None
    return [giver] if giver is not None else []


def _relative_giver(v: DocView, me: int, e: int, lex: dict) -> list:
    """The giver named as the head of the clause that tells the sum: 総額120億ドルを超える支援を表明してこられた
    日本政府 → Japan (a funding verb in attributive form right before the state). Not a taker so named
    (…の支援を受けてきたウクライナ: 受け is no funding verb) nor a clause broken by 、 or 。."""
    verbs = "|".join(re.escape(w) for w in lex["donor_verbs"])
    ends = "|".join(re.escape(w) for w in lex["relative_endings"])
    m = re.match(r"^[^。、]{0,30}?(?:" + verbs + r")(?:" + ends + ")", v.clean[me:e])
    if m is None:
        return []
    heads = [x for x in v.ents(me + m.end(), e, {"GPE", "ORG"}) if x.start == me + m.end() and _may_give(x, lex)]
    givers = [g for g in (_giver(x, lex) for x in heads) if g is not None]
    return givers[:1]


def _giver(ent, lex: dict) -> Optional[Actor]:
    """The actor that gives through an entity: its state or bloc (日本政府 → Japan, EIB → EU), else a body that
    gives in its own name (IMF, 世界銀行: kinds in donor_org_kinds)."""
    if ent.label == "ORG" and ent.kind in lex["taker_org_kinds"] and ent.canonical:
        return actor_of(ent)  # a firm gives in its own name, not its state's (DTEK is no Ukraine)
    st = state_of(ent)
    if st is None and ent.label == "ORG" and ent.kind in lex["donor_org_kinds"] and ent.canonical:
        return actor_of(ent)
    if st is None and ent.label == "LOC" and ent.kind in lex["donor_place_kinds"] and ent.canonical:
        return actor_of(ent)  # 欧州は…拠出: Europe as a whole
    return st


def _syntax_donors(v: DocView, lo: int, ms: int, lex: dict) -> list:
    """Full profile: the givers the parse names for the sum at ``ms``: the subject (は/が/も/として) of the
    funding predicate that governs the sum (EUは…900億ユーロを…融資する), with the items coordinated into
    that subject (EUとイタリア、ドイツが…拠出). Empty without a parse or when no funding predicate governs."""
    syn = v.syntax
    if not syn.parsed:
        return []
    i = syn.phrase_at(ms)
    if i is None:
        return []
    preds = [k for k in [i] + [syn.phrases.index(g) for g in syn.governors(i, 5)]
             if has_any(syn.phrases[k].lemma + v.clean[syn.phrases[k].start:syn.phrases[k].end], lex["donor_verbs"])]
    s, _ = v.sentence(ms)
    out = []
    for k in preds:
        for d in syn.dependents(k, set(lex["syntax_donor_cases"])):
            ds, de = _subtree(syn, d, lex)
            if ds < max(s, lo) or de > ms:  # a subject before the previous sum is that sum's (gapped list)
                continue
            out += [_giver(e, lex) for e in v.ents(ds, de, {"GPE", "ORG", "PERSON", "LOC"})
                    if _may_give(e, lex) and not _in_name(v, e, lex) and not _backs_another(v, e, ms, lex)
                    and not _in_title(v, e)
                    and v.clean[e.start - 1:e.start] != "対" and not _war_agent(v.clean[e.end:e.end + 24], lex)
                    and not v.clean.startswith(tuple(lex["not_donor_after"] + lex["source_after"]), e.end)]
        if out:
            break
    return dedup_actors(a for a in out if a is not None)


def _subtree(syn, k: int, lex: dict) -> tuple[int, int]:
    """Span of phrase k with the nouns listed or attached into it (EUとイタリア、ドイツが: the list; 日本の外務省は),
    not a clause that modifies it (プーリア州で開かれた|首脳会議は: the place of the meeting gives nothing)."""
    lo, hi, todo = syn.phrases[k].start, syn.phrases[k].end, [k]
    while todo:
        j = todo.pop()
        for d in syn.dependents(j, set(lex["syntax_list_cases"])):
            if syn.phrases[d].pos not in ("NOUN", "PROPN"):
                continue
            lo, hi = min(lo, syn.phrases[d].start), max(hi, syn.phrases[d].end)
            todo.append(d)
    return lo, hi


def _list_closes_as(tail: str, joiners: list, particles: list, lex: Optional[dict] = None) -> bool:
    """An actor that opens a list (Aと…B など) whose closing particle is one of ``particles``:
    ウクライナと周辺の同盟国などに対して → True for recipient particles. A conjunction before the last item
    (A、B、それにC) is no particle: its に does not close the list."""
    if not tail.startswith(tuple(joiners)):
        return False
    for w in (lex or {}).get("list_conjunctions", []):
        tail = tail.replace(w, "、")
    alternatives = "|".join(re.escape(p) for p in sorted(particles, key=len, reverse=True))
    m = re.match(r"^[^。はがをで]{1,24}?(?=" + alternatives + ")", tail)
    return m is not None


def _carried_subject(v: DocView, s: int, ms: int, lex: dict) -> list:
    """A sentence with no subject of its own (これに加え、…16億ポンドの融資を提供する) gives the sum
    for the subject of the sentence before it in the paragraph (英国は…提供します)."""
    back = v.clean.startswith(tuple(lex["carried_openers"]), s)  # 総額は1億6200万ポンドです
    if _subject_in(v, s, ms, lex) or not (back or has_any(v.clean[s:v.sentence(ms)[1]], lex["donor_verbs"])):
        return []
    si = v.sent_index(s)
    if si == 0 or v.para_index(v.sentences[si - 1][0]) != v.para_index(s):
        return []
    ps, pe = v.sentences[si - 1]
    subj = _subject_in(v, ps, pe, lex)
    st = _giver(subj, lex) if subj is not None else None  # IMFは…合意した。…約4億ドルが実行される: the body
    return [st] if st is not None else []


def _subject_in(v: DocView, s: int, e: int, lex: dict):
    """The first state, bloc, body or person of [s, e) marked as a subject (Xは / X大統領が / 国際通貨基金（IMF）は),
    or the state of an official so marked (フランスのルコルニュ国防相は: a name the gazetteer lacks, then a title)."""
    follow = "|".join(lex["clause_subject_follow"])
    for ent in v.ents(s, e, {"GPE", "ORG", "PERSON", "LOC"}):
        if (ent.label == "GPE" and ent.kind != "country") or not _may_give(ent, lex):
            continue
        if _in_name(v, ent, lex) or _user_subject(v, ent, e, lex):
            continue  # ウクライナが米国製兵器を調達する資金に…: the taker, whose giver a later sentence cannot be
        tail = re.sub(r"^[（(][^）)]{1,12}[）)]", "", v.clean[ent.end:ent.end + 24])
        if re.match(r"^(?:氏)?[\u4e00-\u9fff々\u30a0-\u30ffー・]{0,8}?(?:" + follow + ")", tail):
            return ent
        m = re.match(r"^の([\u4e00-\u9fff々\u30a0-\u30ffー・]{1,14}?)(?:" + follow + ")", tail)
        if ent.kind == "country" and m and m.group(1).endswith(tuple(t for t in gz.titles() if len(t) > 1)):
            return ent
    return None


def _in_name(v: DocView, ent, lex: dict) -> bool:
    """The entity is part of a name: ウクライナ・ファシリティー, a meeting named after it (ウクライナ復興会議が開幕:
    meeting_name_heads; a bloc's own summit acts for it), or inside 「…」 quotes."""
    nxt = v.clean[ent.end:ent.end + 2]
    if nxt[:1] in lex["name_continuation"] and len(nxt) > 1 and "\u30a0" <= nxt[1] <= "\u30ff":
        return True
    heads = "|".join(re.escape(w) for w in lex["meeting_name_heads"])
    if ent.kind != "bloc" and re.match(r"^[\u4e00-\u9fff]{0,6}(?:" + heads + ")", v.clean[ent.end:ent.end + 12]):
        return True  # not a bloc: EU首脳会議は…合意した is the EU acting
    s, _ = v.sentence(ent.start)
    before = v.clean[s:ent.start]
    return before.count("「") > before.count("」")


def _listed_takers(ents: list, v: DocView, lex: dict) -> set:
    """The indexes of ``ents`` that open a list of takers: an actor joined straight to the next actor by a
    recipient_list_joiners word, when that next one is a taker itself (ウクライナとイスラエルへの支援 → both;
    ポーランドとウクライナに対して → both). Only names joined name to name: a comma is no such joiner (EU、ウクライナに
    …支援: a headline's subject), nor is a clause between (ロシアと対立する中、ウクライナに: Russia takes nothing)."""
    out: set = set()
    for i in range(len(ents) - 2, -1, -1):
        gap = v.clean[ents[i].end:ents[i + 1].start]
        nxt = v.clean[ents[i + 1].end:ents[i + 1].end + 8]
        later = (i + 1 in out or nxt.startswith(tuple(lex["recipient_after"]))
                 or v.clean[ents[i + 1].start - 1:ents[i + 1].start] == "対")
        if gap in lex["recipient_list_joiners"] and later:
            out.add(i)
    return out


def _recipients(v: DocView, s: int, e: int, lex: dict) -> list:
    out: list[Optional[Actor]] = []
    ents = list(v.ents(s, e, {"GPE", "ORG"}))
    listed = _listed_takers(ents, v, lex)
    for k, ent in enumerate(ents):
        nxt = v.clean[ent.end:ent.end + 8]
        if any(nxt.startswith(x) for x in lex["not_recipient_after"]):
            continue
        if ent.label == "ORG" and ent.kind in lex["taker_org_kinds"] and ent.canonical:
            if nxt.startswith(tuple(lex["taker_org_after"])) and has_any(v.clean[ent.end:e], lex["donor_verbs"]):
                out.append(actor_of(ent))  # EBRDはナフトガスにも…融資 / ウクルエネルゴと…融資契約に署名
            # ユーロクリアに預けられた資産: no funding verb, a custodian takes nothing
            continue
        if v.clean[ent.start - 1:ent.start] == "対" or nxt.startswith(tuple(lex["recipient_after"])) or k in listed:
            if ent.kind in ("country", "bloc") or (ent.label == "ORG" and ent.kind == "government"):
                out.append(state_of(ent))  # ウクライナ政府の財政 / ウクライナに
            elif ent.canonical and ent.kind in ("city", "region"):
                out.append(Actor(text=ent.text, canonical=ent.canonical, kind=ent.kind, id=ent.id,
                                 country=ent.country, start=ent.start, end=ent.end))
    return dedup_actors(a for a in out if a is not None)


def _receivers(v: DocView, s: int, ent, e: int, lex: dict) -> list:
    """The subject of a sum's sentence when a receiving verb closes the sum's clause (receive_verbs within
    receive_reach: ナフトガスは…EBRDから５億ユーロの融資を受ける, エストニア国防省は…EUから約3600万ユーロを受け取った):
    it takes the sum (a firm in its own name, a ministry as its state), so it gives none of it. Not 支援を受けてきた
    ウクライナに (no subject before the sum), nor a sum whose clause ends before the verb (…を拠出し、…を受ける)."""
    after = v.clean[ent.end:min(e, ent.end + lex["receive_reach"] + 6)]
    cut = re.split(r"[、。]", after)[0] if not after.startswith("、") else ""
    if has_any(cut + "、", lex["receive_verbs"]) is None:
        return []
    subj = _subject_in(v, s, ent.start, lex)
    if subj is None:
        return []
    inner = [x for x in v.ents(subj.start, subj.end, {"GPE", "ORG"}) if x.start >= subj.start and x.end <= subj.end]
    takers = [a for a in (_giver(x, lex) for x in [subj] + inner) if a is not None]  # ラトビア国防省 → its state
    return takers[:1]


def _member_takers(v: DocView, s: int, e: int, lex: dict) -> list:
    """A bloc's members as a group marked as takers in the sum's sentence (加盟国に貸し付ける, 加盟国の防衛投資向けの
    融資, 加盟国の防衛費を…): the members of the bloc named last before them in the article (EU → "European Union
    member states"). Not members that give or are asked (加盟国は…拠出, 加盟国に…拠出を求めた: no taker mark)."""
    after = tuple(lex["member_taker_after"])
    hit = next((h for h in find_all(v.clean, lex["member_takers"], s, e) if v.clean.startswith(after, h[1])), None)
    if hit is None:
        return []
    def blocs(lo: int) -> list:
        return [a for a in (state_of(x) for x in v.ents(lo, hit[0])) if a is not None and a.kind == "bloc"]
    found = blocs(s) or blocs(0)  # 欧州委員会は…加盟国の: the bloc acting in the sentence, else the last one named
    owner = found[-1].canonical + " member states" if found else "member states"
    return [Actor(text=hit[2], canonical=owner, kind="group", start=hit[0], end=hit[1])]


def _about_ukraine(v: DocView) -> bool:
    return any(e.country == "UA" and e.kind == "country" for e in v.entities)


_PURPOSES = Literal["reconstruction", "military_aid", "budget_support", "investment", "damage_estimate", "loan",
                    "other"]


class Programme(BaseModel):
    """A named funding programme and the state, bloc or body that runs it (programme_owners in money.json)."""
    model_config = ConfigDict(extra="forbid")
    owner: str  # a gazetteer canonical name: "European Union"
    words: list[str]
    purpose: Optional[_PURPOSES] = None  # a sum from it with no purpose cue of its own has the programme's
    instruments: list[str] = []  # a sum from it with no instrument word of its own is given as the programme is


class MoneyLexicon(BaseModel):
    """The vocabulary of money.json, typed: a purpose the Money record does not know, or a misspelt
    key, fails when the rule first runs."""
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    doc: str = Field(alias="_doc")
    purpose: list[tuple[_PURPOSES, list[str]]]
    instruments: dict[str, list[str]]
    instrument_set_aside: list[str]  # 凍結資産の使用は先送りされた: that instrument is not used
    set_aside_reach: int  # characters after the instrument word searched for instrument_set_aside
    donor_verbs: list[str]
    followup_anaphora: list[str]
    donor_follow: list[str]
    not_recipient_after: list[str]
    not_donor_after: list[str]
    recipient_after: list[str]
    aid_words: list[str]
    restated_gap: list[str]
    unit_price_before: list[str]  # 1バレル60ドル: a price per unit of a good, no sum of money
    unit_price_links: list[str]  # 1バレル60ドルから47.6ドルに: the other end of a changed unit price
    restated_after: list[str]
    restated_openers: list[str]
    donor_by_after: list[str]
    restated_currency_words: list[str]
    name_continuation: list[str]
    annual_before: list[str]
    annual_glue: list[str]
    clause_subject_follow: list[str]
    list_joiners: list[str]
    recipient_list_joiners: list[str]  # ウクライナとイスラエルへの: a name joined to a taker takes too
    own_instrument_links: list[str]
    instrument_list_joiners: list[str]
    list_conjunctions: list[str]
    donor_org_kinds: list[str]
    donor_place_kinds: list[str]  # LOC kinds that give as a whole (continent: 欧州は…拠出)
    framework_heads: list[str]  # …に充てるEUの枠組み: a sum in the clause of X's framework is X's
    purpose_list_joiners: list[str]
    humanitarian_words: list[str]  # 人道: aid that is none of the purposes, listed beside one
    humanitarian_joiners: list[str]  # ・ / や / と、: what lists humanitarian aid beside another kind
    humanitarian_mix_purposes: list[_PURPOSES]  # military_aid: a kind that with humanitarian aid is a mix
    syntax_donor_cases: list[str]
    syntax_list_cases: list[str]
    proposal_heads: list[str]
    proposal_links: list[str]
    source_after: list[str]
    genitive_donor_kinds: list[str]
    genitive_donor_tails: list[str]
    carried_openers: list[str]
    year_range_dashes: list[str]
    part_of_openers: list[str]
    channel_after: list[str]
    part_of_reach: int
    max_range_years: int
    instrument_implies: dict[str, list[str]]  # a kind that is also another: loan_guarantee → guarantee
    no_giver_purposes: list[_PURPOSES]  # damage_estimate: an estimate has no giver to carry
    carry_giver_reach: int  # sentences back a sum with no giver looks for the giver of the sum before it
    speaker_follow: list[str]  # 岸田総理大臣から、…表明: a release's speaker, a subject
    genitive_aid_heads: list[str]  # 米国のウクライナ支援: a country's aid to another
    bloc_of_place: dict[str, str]  # Europe beside the EU is the EU
    programme_owners: list[Programme]  # ウクライナ・ファシリティ → the EU
    programme_marks: list[str]  # …から / …を通じた / …は: the programme the sum comes through
    bloc_meeting_heads: list[str]  # Ｇ７首脳会議で合意された…: the bloc's own meeting agrees the sum
    bloc_meeting_verbs: list[str]
    bloc_setting_refs: list[str]  # 会議では / サミットは: a bare back-reference to the meeting named before
    war_agent_after: list[str]  # ロシアによる侵攻: the agent of the war, never a giver
    purpose_masks: list[str]  # 融資保証 / 融資の保証: a cue inside these words is none
    mixed_grant_loan_purpose: _PURPOSES  # 無償資金と融資で拠出: a sum given as grants and loans is no loan
    purpose_heads: dict[str, _PURPOSES]  # …億ユーロが不足する: what follows the sum names what it is
    purpose_head_glue: list[str]  # が / の / は between the sum and such a word
    lede_min_chars: int  # the lede runs to the end of the first paragraph that reaches this many characters
    lede_min_cues: int  # how many agreeing purpose cues make the lede's frame
    partner_marks: list[str]  # との会談 / と電話会談: the one met, not the giver
    partner_title_reach: int  # ゼレンスキー｜大統領｜との: how long a title between the name and the mark may be
    framework_contain_verbs: list[str]  # 盛り込んだ: a budget or bill that contains the sum is its owner's giving
    shared_cue_links: list[str]  # を: 各国が…億ドルを貸し付ける links the items to the predicate they share
    shared_cue_reach: int  # how far after a breakdown's last sum its shared predicate's cue may sit
    share_words: list[str]  # 分担 / 担う / 実行: a share or disbursement of a sum told before
    bound_cue_after: list[str]  # …6億ドルの財政支援: a cue right after another sum through these is that sum's
    leveraged_after: list[str]  # …100億ユーロの投資を呼び込む: a cue of what a sum draws in is shared
    use_marks: list[str]  # 財政の需要を賄うため…融資: words after a cue that tell what a loan pays for
    use_reach: int
    collective_subjects: list[str]  # 加盟国は / 首脳らは: members as a group, giving for their bloc
    collective_kinds: list[str]  # the entity kinds such a group belongs to (bloc)
    bound_cue_before: list[str]  # 経済支援に85億ドル: a cue right before another sum through these is that sum's
    share_purposes: list[_PURPOSES]  # the purposes of a sum that may take the instruments of the sum it shares
    purpose_instruments: dict[_PURPOSES, list[str]]  # a sum lent (purpose loan) naming no instrument is a loan
    backed_marks: list[str]  # 融資に対する / 支援の呼び水: the sum backs another's loan or aid
    backed_owner_links: list[str]  # の / による: how the owner of that loan or aid is linked to it
    relative_endings: list[str]  # 表明してこられた|日本政府: a funding verb's attributive ending before its giver
    self_states: dict[str, str]  # 我が国 → JP: a release's first-person state, as ISO code
    no_borrow_words: list[str]  # 人道支援などのため…2億ポンド: humanitarian aid borrows no neighbour's purpose
    year_span_before: list[str]  # 今後10年 / 期間4年: a bare year figure said as a span
    year_span_after: list[str]  # 4年で / 1年分: the same after it
    single_year_words: list[str]  # 来年 / 本年: a single year told as the sum's time frame (period 1)
    single_year_after: list[str]  # 来年の / 本年、: what follows such a word when it frames the sum
    numbered_year_after: list[str]  # 26年予算 / 23年中 / 2024年には: a numbered year that frames the sum
    war_agent_links: list[str]  # ロシアによる|ウクライナ侵略: the war's agent tied to the war named with its victim
    war_agent_nouns: list[str]  # 侵略 / 侵攻: the war itself
    segment_breaks: list[str]  # 支援表明100億ユーロ超　開幕直前にキーウへ攻撃: a headline's phrases are clauses apart
    cumulative_total_heads: list[str]  # 支援の総額は: a running total's aid word told before the sum
    cumulative_words: list[str]  # これまでに…総額121億ドルの支援: a running total, no purpose of a neighbour
    new_sum_marks: list[str]  # 新たに / 今回: a new sum in a running total's sentence, not the total itself
    bill_heads: list[str]  # 追加予算案 / 予算案: a budget bill that holds aid (its owner unnamed)
    bill_head_reach: int  # characters between the sum and the bill's head word, in one clause
    bill_aid_marks: list[str]  # ウクライナ向け: besides aid_words, what marks a bill's sum as aid to another state
    bill_owner_reach: int  # sentences before the sum searched for the bill's state
    bill_owner_skip: list[str]  # UA, RU: the war's parties, no donor's legislature for aid to Ukraine
    share_item_glue: list[str]  # が / は約: between a list item's giver and its sum (米国が200億ドル、EUが…)
    repayment_marks: list[str]  # 凍結資産の運用益を返済原資として…融資: the repayment source is no instrument
    repayment_reach: int  # characters after an instrument word searched for repayment_marks
    repayment_kinds: list[str]  # frozen assets / windfall profits: the kinds that may be told as a repayment source
    taker_org_kinds: list[str]  # company: a firm that takes a loan is the recipient itself, not its state
    taker_org_after: list[str]  # ナフトガスに / ウクルエネルゴと、…融資契約: the firm takes the sum
    meeting_name_heads: list[str]  # ウクライナ復興会議: a country that names a meeting is no giver
    state_words: dict[str, str]  # 円借款 → JP: a funding word that names its giver's state (ISO code)
    funded_by_nouns: list[str]  # …はノルウェー政府の無償資金で賄われる: whose funds pay the sum
    funded_by_reach: int  # characters after the sum searched for such a giver
    setting_anaphora: dict[str, Literal["fund", "meeting"]]  # 同基金に / 同会合では: the sum's setting told before
    setting_heads: dict[Literal["fund", "meeting"], list[str]]  # 基金 / 会議: the heads that name such a setting
    setting_reach: int  # sentences back the named setting is looked for
    setting_not_names: list[str]  # 同基金, 本会議, この会合: a back-reference, never the setting's name
    subject_funding_nouns: list[str]  # 資金: after a subject, names it the giver as a funding verb does
    return_marks: list[str]  # 見返りとして: a sum demanded in return for aid given
    return_demand_verbs: list[str]  # 求め / 要求: the demand that goes with it
    handover_verbs: list[str]  # 米国に差し出す / 引き渡す: a sum to be handed over, whoever demands it
    return_reach: int  # characters after the sum searched for the demand or hand-over verb
    asset_stock_before: list[str]  # 資産約2100億ユーロ / 資産は約2800億ドル: the sum is assets held
    asset_stock_after: list[str]  # 約2100億ユーロの凍結資産: the same, named after the sum
    clause_conjunctions: list[str]  # 、また、 / 、さらに、: a new clause for the next sum of the sentence
    use_clause_marks: list[str]  # Xが…調達する資金に / するための資金: X uses what the sum pays for, it gives nothing
    self_state_follow: list[str]  # 我が国からは / 我が国として: the first-person state as the subject
    gapped_links: list[str]  # Aが30億ユーロを、Bが25億ドルを拠出: the sum shares the list's last verb
    running_total_words: list[str]  # 2022年以降…すでに1650億ユーロ: a running total, not a pledge at the conference
    own_defence_owners: list[str]  # 加盟国の / 欧州の: whose defence a cue right after names (the givers' own)
    own_defence_cues: list[str]  # 防衛 / 国防: the cues that such an owner makes the givers' own defence, no aid
    receive_verbs: list[str]  # Xは…Yから5億ユーロの融資を受ける / を受け取った: the subject takes the sum
    receive_reach: int  # characters between the sum and such a verb, in its clause
    profit_source_after: list[str]  # 凍結資産から生じる利益: the assets only yield the profits, they fund nothing
    gap_cues: list[str]  # 不足 / 外部からの資金: a shortfall, which a part of a need takes from the need
    member_takers: list[str]  # 加盟国: a bloc's members as a group
    member_taker_after: list[str]  # 加盟国に貸し付ける / 加盟国の防衛投資向け: the members take the sum


    @model_validator(mode="after")
    def _implied_kinds_exist(self) -> MoneyLexicon:
        """instrument_implies and programme_owners name only instrument kinds: {"loan_guarantee": ["guarante"]}
        fails at load."""
        unknown = {k for kind, ks in self.instrument_implies.items() for k in [kind] + ks} - set(self.instruments)
        unknown |= {k for p in self.programme_owners for k in p.instruments} - set(self.instruments)
        unknown |= {k for ks in self.purpose_instruments.values() for k in ks} - set(self.instruments)
        if unknown:
            raise ValueError(f"instrument_implies, programme_owners or purpose_instruments name kinds that are not "
                             f"instruments: "
                             f"{sorted(unknown)}")
        return self


def _lexicon() -> dict:
    return checked_lexicon("money", MoneyLexicon)


def extract(v: DocView) -> list[Money]:
    """Money records: each sum's purpose, instruments and roles from its phrase, sentence and neighbours
    (stages below), a restated sum or the same sum told again merged into its record."""
    lex = _lexicon()
    records: list[Money] = []
    domain = _about_ukraine(v)
    monies = v.ents(0, len(v.clean), {"MONEY"})
    for k, ent in enumerate(monies):
        if records and k and _restates(v, monies[k - 1], ent):
            records[-1].evidence.append(v.span(ent.start, ent.end))  # 900億ユーロ（約1050億ドル）
            continue
        rec = _record(v, monies, k, records, domain, lex)
        if rec is not None:
            _merge_or_add(v, records, rec)
    _carry_givers(v, records, lex)
    return records


class _Sum:
    """Where one sum sits: its phrase (s, e), its sentence (ss, se) and index, the end of the sum before it in
    its phrase, and the next sentence when it only continues this one (その全額を…)."""

    def __init__(self, v: DocView, monies: list, k: int, lex: dict) -> None:
        self.ent = ent = monies[k]
        self.s, self.e = _segment(v, ent, lex)  # roles come from the sum's phrase, purpose from its sentence
        self.ss, self.se = v.sentence(ent.start)
        self.prev_money = max([m.end for m in monies[:k] if m.end <= ent.start and m.start >= self.s],
                              default=self.s)
        self.si = v.sent_index(self.s)
        nxt_s, nxt_e = v.sentences[min(len(v.sentences) - 1, self.si + 1)]
        self.follow = v.clean[nxt_s:nxt_e] if (nxt_s > self.s and not v.ents(nxt_s, nxt_e, {"MONEY"})
                                               and has_any(v.clean[nxt_s:nxt_s + 12], lex["followup_anaphora"])) \
            else ""


def _record(v: DocView, monies: list, k: int, records: list[Money], domain: bool, lex: dict) -> Optional[Money]:
    """The record of the k-th sum, or None for an exchange rate or a unit price."""
    at = _Sum(v, monies, k, lex)
    ent, s, e = at.ent, at.s, at.e
    purpose, prog, parent = _borrowed_purpose(v, monies, k, at, records, lex)
    instruments = _sum_instruments(v, monies, k, at, prog, parent, purpose, records, lex)
    purpose = _mixed_grant_loan(v, s, e, ent, purpose, instruments, lex)
    purpose = _loan_use(v, at.ss, at.se, ent.start, purpose, lex)
    amount = _restated_bound(v, monies, k)
    if not isinstance(amount, Amount) or amount.value <= 1 or v.clean.startswith(("=", "＝"), ent.end) \
            or v.clean[ent.start - 1:ent.start] in ("=", "＝"):
        return None  # 1ドル=155円 / 1ドル＝100ルーブル台 is an exchange rate, on either side
    if _unit_price(v, monies, k, lex):
        return None
    purpose, recipient, donors = _roles(v, at, purpose, instruments, domain, lex)
    return Money(amount=amount, period_years=_period(v, s, e, ent.start, lex), purpose=purpose,
                 instruments=instruments, recipient=[r for r in recipient if r], donor=dedup_actors(donors),
                 evidence=[v.span(ent.start, ent.end)],
                 confidence=confidence(0.5, purpose != "other", bool(recipient), bool(donors), bool(instruments)),
                 rule="money.amount:" + (purpose if purpose != "other" else "sum"))


def _borrowed_purpose(v: DocView, monies: list, k: int, at: _Sum, records: list[Money], lex: dict):
    """The sum's purpose from its sentence; a sum said only to be aid borrows it from the programme it comes
    from, the sum it is part of, the sentence before, the fund it goes to or the lede. Also the programme and
    the parent sum, which lend instruments too."""
    ent, s, e, si = at.ent, at.s, at.e, at.si
    purpose = _purpose(v, at.ss, at.se, ent.start, ent.end, lex)
    borrow = purpose == "other" and not _said_other(v, s, e, lex) and not _cumulative_total(v, s, ent, e, lex) \
        and not _asset_stock(v, ent.start, ent.end, lex)
    prog = _programme(v, max(s, at.prev_money), _clause_end(v, monies, k, e), lex)
    if borrow and prog is not None and prog[0].get("purpose"):
        purpose = prog[0]["purpose"]  # USAIに基づき12億ドルの契約 → military_aid
    parent = _parent(v, s, ent.start, getattr(ent.value, "currency", ""), records, lex)
    if borrow and purpose == "other" and parent is not None and parent.purpose is not None:
        purpose = parent.purpose  # …90億ユーロのマクロ金融支援を…。欧州委は、このうち10億ユーロを先行して支出
    purpose = _gap_of_need(v, at, purpose, parent, lex)
    if borrow and purpose == "other" and si > 0:
        ps, pe = v.sentences[si - 1]
        if v.para(ps) == v.para(s):
            purpose = _purpose(v, ps, pe, pe, pe, lex)
    if borrow and purpose == "other" and parent is None:  # a part of a sum is for what the sum is for
        purpose = _setting_purpose(v, s, ent.start, lex) or purpose  # 同基金に…5億ドル: what the fund is for
    if borrow and purpose == "other" and parent is None:
        purpose = _lede_purpose(v, s, ent.start, lex) or purpose  # a PURL article's 5億ユーロの拠出: for weapons
    return purpose, prog, parent


def _gap_of_need(v: DocView, at: _Sum, purpose: _PURPOSES, parent: Optional[Money], lex: dict) -> _PURPOSES:
    """A part of a need told as its shortfall or its outside share (復興費用140億ドルのうち…約110億ドルが不足,
    うち…95億ドル前後は外部からの資金に頼らざるを得ない) is for what the need is for: with its gap cues gone it names
    nothing else or the need's purpose. Not a part with a budget cue of its own (このうち50億ドルは財政赤字の
    穴埋めに充てる: 財政)."""
    if purpose != "budget_support" or parent is None or parent.purpose in (None, "other", "budget_support"):
        return purpose
    gaps = set(lex["gap_cues"])
    rest = {**lex, "purpose": [(p, [w for w in ws if w not in gaps]) for p, ws in lex["purpose"]],
            "purpose_heads": {w: p for w, p in lex["purpose_heads"].items() if w not in gaps}}
    left = _purpose(v, at.ss, at.se, at.ent.start, at.ent.end, rest)
    return parent.purpose if left in ("other", parent.purpose) else purpose


def _sum_instruments(v: DocView, monies: list, k: int, at: _Sum, prog, parent: Optional[Money], purpose: str,
                     records: list[Money], lex: dict) -> list:
    """A sum's own instrument phrase (22億ポンドの融資や、…16億ポンドの契約), else its clause's words, else
    what the list, the programme, the parent sum or the shared loan lends it as."""
    ent, s, e, ss, se = at.ent, at.s, at.e, at.ss, at.se
    own = _own_instrument(v, ent.end, lex)
    prev_own = next((_own_instrument(v, m.end, lex) for m in monies[:k] if m.end == at.prev_money), 0)
    instruments = _instruments(v.clean[ent.end:ent.end + own], lex) if own else \
        _instruments(v.clean[_clause_start(v, monies, k, at.prev_money + prev_own, e):_clause_end(v, monies, k, e)]
                     + at.follow, lex)
    if not instruments and _breakdown_item(v, max(v.clean.rfind("、", ss, ent.start), ss), ss, se, ent.start):
        instruments = _shared_instruments(v, ss, se, lex)  # 日本は…、カナダは50億カナダドルを貸し付ける: each lends
    if not instruments and prog is not None:
        instruments = list(prog[0].get("instruments") or [])  # a sum from the facility is lent or granted as it is
    if not instruments and parent is not None:
        instruments = list(parent.instruments)  # a part of a sum is lent or granted as the sum is
    if not instruments and purpose in lex["share_purposes"]:
        instruments = _share_of(v, s, ent.start, _clause_end(v, monies, k, e), records, lex)
    return instruments or list(lex["purpose_instruments"].get(purpose, []))  # 英国は…拠出 (a share of the loan)


def _roles(v: DocView, at: _Sum, purpose: str, instruments: list, domain: bool, lex: dict):
    """Purpose, recipients and donors once the sum is known to be aid: the library's domain gives Ukraine an
    aid sum nobody else takes; a sum demanded in return flips the roles."""
    ent, s, e = at.ent, at.s, at.e
    relative = {g.canonical for g in _relative_giver(v, ent.end, e, lex)}
    recipient = _receivers(v, s, ent, e, lex) or \
        [r for r in _recipients(v, s, e, lex) if r.canonical not in relative]  # …表明した日本政府に感謝
    recipient = recipient or _users(v, s, ent.start, lex)  # ウクライナが…調達する資金に138億ドル: Ukraine takes it
    recipient = recipient or _member_takers(v, s, e, lex)  # 加盟国の防衛投資向けの融資: the bloc's members take it
    donors = _givers(v, ent, (s, e), at.prev_money, {r.canonical for r in recipient if r}, lex)
    if not recipient and domain and (purpose != "other" or instruments or donors
                                     or has_any(v.clean[at.ss:at.se], lex["aid_words"])):
        recipient = [country_actor("UA")]  # the library's domain: aid, loans and damage are Ukraine's
        donors = _not_taker(donors, recipient[0])
    if _in_return(v, ent, s, e, lex):  # 支援の見返りとして5000億ドル相当の権益を求めた: Ukraine pays the demander
        purpose, recipient, donors = _return_roles(recipient, donors, domain)
    return purpose, recipient, donors


def _merge_or_add(v: DocView, records: list[Money], rec: Money) -> None:
    """The same sum told again (same currency and value, compatible qualifier, no conflicting roles) joins its
    record; a headline's sum is the body's first such sum, whatever its qualifier; a bare sum is the hedged one."""
    for other in records:
        a, b = other.amount, rec.amount
        headline = all(v.para_index(x.start) == 0 for x in other.evidence)
        if (a.currency == b.currency and abs(a.value - b.value) <= 1e-9 * max(a.value, 1)
                and (_COMPATIBLE[a.qualifier] == _COMPATIBLE[b.qualifier] or headline
                     or "exact" in (a.qualifier, b.qualifier))
                and ({r.canonical for r in other.recipient} == {r.canonical for r in rec.recipient}
                     or not other.recipient or not rec.recipient)
                and not ({d.canonical for d in other.donor} - {d.canonical for d in rec.donor} and rec.donor)):
            _merge(other, rec)
            return
    records.append(rec)


def _segment(v: DocView, ent, lex: dict) -> tuple[int, int]:
    """The sentence of a sum, ending at a headline's next phrase break (segment_breaks): in 「…開幕　支援表明100億
    ユーロ超　開幕直前にキーウへ攻撃」 キーウへ takes nothing. The phrases before it stay (米国のウクライナ支援　総額
    約400億ドル: the US gives)."""
    s, e = v.sentence(ent.start)
    for b in lex["segment_breaks"]:
        j = v.clean.find(b, ent.end, e)
        e = j if j != -1 else e
    return s, e


def _in_return(v: DocView, ent, s: int, e: int, lex: dict) -> bool:
    """A sum demanded in return or to be handed over, not given: 支援の見返りとして5000億ドル相当の権益を求めた (a
    return mark in the sentence and a demand verb after the sum), 5000億ドル相当の利益を米国に差し出すよう求めた (a
    hand-over verb after it). Not 各国に100億ドルの支援を求めた (an appeal for aid: no return mark, no hand-over)."""
    after = v.clean[ent.end:e][:lex["return_reach"]].split("。")[0]
    if has_any(after, lex["handover_verbs"]) is not None:
        return True
    return has_any(v.clean[s:e], lex["return_marks"]) is not None and \
        has_any(after, lex["return_demand_verbs"]) is not None


def _return_roles(recipient: list, donors: list, domain: bool) -> tuple[_PURPOSES, list, list]:
    """Purpose, recipients and donors of a sum demanded in return: the party it goes to (米国に) or else the demander
    (トランプ氏は…求めた → the US) takes it; Ukraine, the country of the article that was aided, pays it."""
    ua = country_actor("UA")
    if ua is None:
        return "other", recipient, donors
    takers = [r for r in recipient if r.canonical != ua.canonical] or [d for d in donors if d.canonical != ua.canonical]
    payer = [ua] if domain and takers else []
    return "other", dedup_actors(takers or recipient), payer or donors


def _setting_purpose(v: DocView, s: int, ms: int, lex: dict) -> Optional[_PURPOSES]:
    """The purpose a sum takes from the named fund or conference its clause refers back to (setting_anaphora before
    the sum): 「ウクライナ復興国際基金」の会合…。我が国は、同基金に対し…5億ドルを拠出 → reconstruction (the cue inside
    the nearest name of that kind told within setting_reach sentences). None when there is no such reference, or
    when the nearest setting of that kind names no purpose (NATO首脳会議…。同会議では…30億ドル: no cue). A sum given
    (a funding verb in its sentence) with no such reference takes the cue of the conference the headline or the
    article's first sentence names (「ウクライナ復興会議」開幕…。…スイスは1億フランの追加支援を約束 →
    reconstruction)."""
    kinds = [k for w, k in lex["setting_anaphora"].items() if w in v.clean[s:ms]]
    lo, hi = v.sentences[max(0, v.sent_index(s) - lex["setting_reach"])][0], s
    if not kinds:
        if not has_any(v.clean[s:v.sentence(ms)[1]], lex["donor_verbs"]) or \
                has_any(v.clean[s:ms], lex["running_total_words"]):
            return None
        kinds, lo, hi = ["meeting"], 0, v.sentences[min(1, len(v.sentences) - 1)][1]  # the headline's conference
        if hi > s:
            return None
    heads = "|".join(re.escape(h) for h in sorted(lex["setting_heads"][kinds[0]], key=len, reverse=True))
    name = r"[\u30a0-\u30ff\u4e00-\u9fff々A-Za-zＡ-Ｚａ-ｚ0-9０-９・ー]"
    found = [m for m in re.finditer(r"(?:" + name + r"+[」』]?の)?" + name + r"*(?:" + heads + ")", v.clean[lo:hi])
             if not m.group(0).startswith(tuple(lex["setting_not_names"]))]
    words = {w: p for p, ws in lex["purpose"] for w in ws if p != "other"}
    for m in reversed(found):
        start = lo + m.start()
        # 「ウクライナ復興国際基金」の拠出国会合: the quoted name before it is part of the whole name
        quoted = v.clean.rfind("「", max(lo, start - 24), start)
        if quoted != -1 and "」" in v.clean[quoted:start + 1] and v.clean[quoted:lo + m.end()].count("」") <= 1:
            start = quoted
        hits = [h for h in find_all(v.clean, list(words), start, lo + m.end())]
        if m.group(0) not in lex["setting_heads"][kinds[0]] or hits:  # a bare 基金 (基金の設立文書) names none
            return words[hits[0][2]] if hits else None
    return None


def _lede_purpose(v: DocView, s: int, ms: int, lex: dict) -> Optional[_PURPOSES]:
    """The purpose an article's lede frames its sums with: a sum given later in the body (a funding verb in its
    sentence, no cue of its own nor of its neighbours) takes the one purpose at least lede_min_cues cues of the
    lede agree on (米国製兵器を…購入し…迎撃ミサイルなど… → 第1弾はオランダが表明した5億ユーロの拠出 → military_aid).
    None when the lede's cues are mixed (兵器 and 復興) or fewer, the sum is itself in the lede, or it is named
    as aid at large (2024年に45億ドルの支援を行う: broad aid, whatever the lede is about)."""
    lede_end = next((pe for _, pe in v.paras if pe >= lex["lede_min_chars"]), len(v.clean))
    sent = v.clean[s:v.sentence(ms)[1]]
    if ms < lede_end or not has_any(sent, lex["donor_verbs"]) or has_any(sent, lex["aid_words"]) \
            or has_any(v.clean[s:ms], lex["running_total_words"]):
        return None
    words = {w: p for p, ws in lex["purpose"] for w in ws}
    found = [words[h[2]] for h in _cues(v, words, 0, lede_end)]
    if len(found) < lex["lede_min_cues"] or len(set(found)) != 1 or found[0] == "other":
        return None
    return found[0]


def _cumulative_total(v: DocView, s: int, ent, e: int, lex: dict) -> bool:
    """A running total of aid (これまでに…総額約121億ドルの支援を表明, 侵攻開始以降…76億ドルの支援): a cumulative
    word before the sum and an aid word after it. It borrows no purpose from the sentence before (…復興推進会議…。
    我が国はこれまで…の支援を表明: not reconstruction). Not a sum given to one fund so far (この基金にこれまで
    3000万ドルを拠出). The aid word may head the total before the sum instead (侵略開始以降の日本の対ウクライナ支援の
    総額は、約121億ドルとなります: cumulative_total_heads)."""
    before = v.clean[s:ent.start]
    return has_any(before, lex["cumulative_words"]) is not None \
        and (has_any(v.clean[ent.end:e], lex["aid_words"]) is not None
             or has_any(before, lex["cumulative_total_heads"]) is not None)


def _restated_bound(v: DocView, monies: list, k: int):
    """The amount of sum k with the bound its restatement carries: 1億フリブナ（約3億9000万円）を超える寄付,
    100億ユーロ、日本円でおよそ1兆7000億円を超えた → more_than. The restatement's own hedge (約) is not the
    sum's, nor its bound on a hedged sum (およそ500億ドル、日本円で7兆8000億円あまり: the conversion's rounding)."""
    amount = monies[k].value
    if k + 1 >= len(monies) or not isinstance(amount, Amount) or not _restates(v, monies[k], monies[k + 1]):
        return amount
    nxt = monies[k + 1]
    bound = nxt.value.qualifier if isinstance(nxt.value, Amount) else None
    if bound not in _BOUNDS:
        bound = match_after_qualifier(v.clean[nxt.end:nxt.end + 12].lstrip("）)"))[0]
    if bound in _BOUNDS and amount.qualifier == "exact":
        return amount.model_copy(update={"qualifier": bound})
    return amount


def _carry_givers(v: DocView, records: list, lex: dict) -> None:
    """A sum of aid told with no giver takes the giver of the sum told before it within carry_giver_reach sentences
    of that sum's latest mention before it (米国は…6億ドルの軍事支援を発表した。…うち2億ドルは弾薬に充てる → the US;
    Q 500億ユーロの内訳は。A 330億ユーロが融資… → the giver of the total first told far above), else the article's
    only giver when every sum that names one names the same (a Q&A on one country's package). Not a damage
    estimate or a sum with no taker (被害は…1000億ドル: nobody gives it), nor a giver that is the sum's own
    recipient."""
    named = [r for r in records if r.donor]
    sole = {tuple(sorted(d.canonical for d in r.donor)) for r in named}
    for rec in records:
        if rec.donor or not rec.recipient or rec.purpose in lex["no_giver_purposes"]:
            continue
        here = v.sent_index(rec.evidence[0].start)
        before = [r for r in named if r.evidence[0].start < rec.evidence[0].start
                  and here - _last_told(v, r, rec.evidence[0].start) <= lex["carry_giver_reach"]]
        givers = []
        kin = [r for r in named if r.purpose == rec.purpose and rec.purpose != "other"]
        if before:
            givers = before[-1].donor
        elif len(sole) == 1:
            givers = named[0].donor
        elif kin and len({tuple(sorted(d.canonical for d in r.donor)) for r in kin}) == 1:
            givers = kin[0].donor  # 独議会…。…軍事支援予算には約75億ユーロ: the only giver of its military aid
        takers = {r.canonical for r in rec.recipient}
        rec.donor = [d for d in givers if d.canonical not in takers]


def _share_of(v: DocView, s: int, ms: int, end: int, records: list, lex: dict) -> list:
    """The instruments of a sum told as a share or a disbursement of a sum told before it (share_words in its clause:
    …500億ドルの融資で合意。米国は最大200億ドルを担う / 約27億ドルが実行された): those of the latest record with
    instruments within carry_giver_reach sentences. A sum with no such word (英国は5億ポンドを拠出) takes none."""
    if not has_any(v.clean[max(s, ms - 30):end], lex["share_words"]):
        return []
    here = v.sent_index(s)
    reach = lex["carry_giver_reach"]
    before = [r for r in records if r.instruments and here - _last_told(v, r, s) <= reach]
    return list(before[-1].instruments) if before else []


def _last_told(v: DocView, rec: Money, pos: int) -> int:
    """The sentence where a record was last told before ``pos``: a sum in the headline and again in the body
    (「500億ドル融資」…。A 米国が200億ドルを担う) is as near as its body mention."""
    told = [v.sent_index(x.start) for x in rec.evidence if x.start < pos]
    return max(told, default=v.sent_index(rec.evidence[0].start))


def _clause_start(v: DocView, monies: list, k: int, lo: int, e: int) -> int:
    """Where the words about sum k start: past the clause of the sum before it in the sentence when a clause
    conjunction closed it (…無償資金協力により実施すること、また、…信託基金に3000万ドル: the grant is the first
    sum's), else at ``lo`` (10億ドルと5億ドルの融資: both share it)."""
    if k == 0 or monies[k - 1].end < v.sentence(monies[k].start)[0]:
        return lo
    end = _clause_end(v, monies, k - 1, e)
    return end if lo <= end < monies[k].start else lo


def _clause_end(v: DocView, monies: list, k: int, e: int) -> int:
    """Where the words about sum k end: at the last clause break before the next sum of its sentence (23億ユーロ分の
    協定に署名し、|民間の資金も含めて100億ユーロの投資: 民間の資金 is the second sum's), else at the
    sentence end ``e`` (10億ドルと5億ドルの融資: the loan is both sums'). A restatement (（約1050億ドル）) opens
    none."""
    for nxt in monies[k + 1:]:
        if nxt.start >= e:
            break
        gap = v.clean[monies[k].end:nxt.start]
        conj = [gap.find(c) for c in _lexicon()["clause_conjunctions"] if c in gap]
        if conj and not _restates(v, monies[k], nxt):
            return monies[k].end + min(conj)  # …実施すること、また、…: the conjunction opens the next sum's clause
        if "、" in gap and len(gap) > 6 and not _restates(v, monies[k], nxt):
            return monies[k].end + gap.rfind("、")
    return e


def _not_taker(donors: list, taker: Actor) -> list:
    """The givers of a sum that goes to ``taker``, without the taker when someone else gives with it: ウクライナは
    欧州の資金で米国製兵器を購入する → Europe (Ukraine buys; Europe pays). A taker that is the only one named
    (ウクライナ政府は…150億ドルを充てる) funds itself and stays."""
    others = [d for d in donors if d.canonical != taker.canonical]
    return others or donors


def _mixed_grant_loan(v: DocView, s: int, e: int, ent, purpose: _PURPOSES, instruments: list,
                      lex: dict) -> _PURPOSES:
    """A sum given as grants and loans together (…500億ユーロを無償資金と融資で拠出する) is support, not a loan:
    the purpose of its other cues (…を組み合わせて復興に充てる → reconstruction), else mixed_grant_loan_purpose.
    So is a sum whose own phrase or clause names a grant alone, beside a neighbour's loan (330億ユーロの融資と170億
    ユーロの補助金, うち330億ユーロは融資、170億ユーロは無償資金とする: the 170 is not lent). A loan alone
    (900億ユーロを融資する) keeps its purpose."""
    grant_only = "grant" in instruments and "loan" not in instruments
    if purpose != "loan" or not ({"grant", "loan"} <= set(instruments) or grant_only):
        return purpose
    loan_words = {w for p, ws in lex["purpose"] if p == "loan" for w in ws}
    rest = {**lex, "purpose": [(p, [w for w in ws if w not in loan_words]) for p, ws in lex["purpose"]]}
    other = _purpose(v, s, e, ent.start, ent.end, rest)
    return other if other != "other" else lex["mixed_grant_loan_purpose"]


def _loan_use(v: DocView, s: int, e: int, ms: int, purpose: _PURPOSES, lex: dict) -> _PURPOSES:
    """A loan told with what it pays for is for that (use_marks within use_reach after a cue of another purpose):
    「財政の需要を賄うため、900億ユーロを融資」→ budget_support, 「…を融資し、財政の穴埋めに充てる」 too. A loan
    told alone (900億ユーロを融資する) stays a loan; a cue bound to another sum of the sentence is not read."""
    if purpose != "loan":
        return purpose
    words = {w: p for p, ws in lex["purpose"] for w in ws if p not in ("loan", "other")}
    uses = [h for h in _cues(v, words, s, e) if h[2] in words and not _other_sums_cue(v, h, ms, ms)
            and has_any(re.split(r"[、。]", v.clean[h[1]:h[1] + lex["use_reach"]])[0], lex["use_marks"])]
    if not uses:
        return purpose
    near = min(uses, key=lambda h: abs(h[0] - ms))
    first = min((h for h in uses if h[0] <= near[0] and not re.search(r"[、。]", v.clean[h[0]:near[0]])),
                key=lambda h: h[0])
    return words[first[2]]  # 財政と防衛の需要を賄うため: the first of a chain of uses names it


def _givers(v: DocView, ent, sent: tuple[int, int], prev_money: int, takers: set, lex: dict) -> list:
    """The givers of a sum, from the first source that names one who is not its recipient: the proposer of the
    sum (…を融資するとのXの提案), the subjects since the previous sum, the sentence's first subject, the subject
    carried from the sentence before."""
    s, e = sent
    sources = (lambda: _programme_owner(v, max(s, prev_money), e, lex, marked=True),
               lambda: _programme_owner(v, ent.end, e, lex, marked=True, relative=True),
               lambda: _proposer(v, ent.end, e, lex), lambda: _framework_owner(v, ent.end, e, lex),
               lambda: _unowned_bill_giver(v, ent, e, lex), lambda: _share_list_giver(v, ent, (s, e), lex),
               lambda: _relative_giver(v, ent.end, e, lex), lambda: _funded_by(v, ent.end, e, lex),
               lambda: _bloc_meeting(v, max(s, prev_money), ent.start, e, lex),
               lambda: _donors(v, prev_money, ent.start, lex),
               lambda: _donors(v, s, ent.start, lex)[:1], lambda: _carried_subject(v, s, ent.start, lex),
               lambda: _collective_giver(v, s, ent.start, lex), lambda: _setting_bloc(v, s, ent.start, lex),
               lambda: _following_givers(v, ent.end, e, lex), lambda: _state_word(v, max(s, prev_money), e, lex),
               lambda: _programme_owner(v, max(s, prev_money), e, lex, marked=False))
    channels = _channels(v, max(s, prev_money), ent.start, lex)
    for find in sources:
        donors = [d for d in find() if d.canonical not in takers]  # a giver is never its own recipient
        if donors:
            return _bloc_over_place(donors, lex) + channels
    return channels


def _following_givers(v: DocView, me: int, e: int, lex: dict) -> list:
    """The givers told right after the sum as the subject of the next clause, when the sum's own clause names none:
    監視団の年間予算は約4億ドルで、欧州連合（EU）や日本などが拠出している → the EU and Japan (a list that opens the
    clause, closed by (など)が and a funding verb). Not a clause with a sum of its own, nor one whose subject does
    something else (…約4億ドルで、日本などが削減を求めている)."""
    m = re.match(r"^[^、。]{0,3}、", v.clean[me:e])
    if m is None:
        return []
    lo = me + m.end()
    hi = min([j for j in (v.clean.find("、", lo, e), v.clean.find("。", lo, e)) if j != -1], default=e)
    ents = [x for x in v.ents(lo, hi, {"GPE", "ORG"}) if _may_give(x, lex)]
    if not ents or ents[0].start != lo or v.ents(lo, hi, {"MONEY"}):
        return []
    bracket = r"^(?:[（(][^）)]{1,12}[）)])?"
    joined = r"(?:[（(][^）)]{1,12}[）)])?(?:や|と|、|・)"
    if any(re.fullmatch(joined, v.clean[a.end:b.start]) is None for a, b in zip(ents, ents[1:])):
        return []
    tail = re.sub(bracket, "", v.clean[ents[-1].end:hi])
    close = re.match(r"^(?:など)?が", tail)
    if close is None or has_any(tail[close.end():close.end() + 8], lex["donor_verbs"]) is None:
        return []
    return dedup_actors(a for a in (_giver(x, lex) for x in ents) if a is not None)


def _setting_bloc(v: DocView, s: int, ms: int, lex: dict) -> list:
    """A sum with no other giver whose sentence refers back to a bloc's meeting by its bare head (bloc_setting_refs,
    not after a name: …NATO首脳会議の直前に…。会議では、…年間400億ユーロ規模の軍事支援を続ける方針 / G7サミットでは…。
    サミットは…総額295億ドルの財政支援を行うことなどを盛り込んだ首脳声明) is given by the bloc whose meeting
    (bloc_meeting_heads) was named last within setting_reach sentences. 「ウクライナ復興会議」…。会議では…: no bloc."""
    name = re.compile(r"[\u30a0-\u30ff\u4e00-\u9fff々A-Za-zＡ-Ｚａ-ｚ0-9０-９・ー]")
    refs = [h for h in find_all(v.clean, lex["bloc_setting_refs"], s, ms)
            if h[0] == 0 or not name.match(v.clean[h[0] - 1])]
    if not refs:
        return []
    lo = v.sentences[max(0, v.sent_index(s) - lex["setting_reach"])][0]
    heads = "|".join(re.escape(w) for w in lex["bloc_meeting_heads"])
    blocs = [x for x in v.ents(lo, min(h[0] for h in refs), {"ORG", "GPE"}) if x.kind == "bloc"
             and re.match(r"^(?:[（(][^）)]{1,12}[）)])?(?:" + heads + ")", v.clean[x.end:x.end + 20])]
    giver = _giver(blocs[-1], lex) if blocs else None
    return [giver] if giver is not None else []


def _collective_giver(v: DocView, s: int, ms: int, lex: dict) -> list:
    """Members told as a group as the subject (collective_subjects: 首脳らは, 加盟国は…400億ユーロの軍事支援を約束)
    give for the bloc named last before them in the article (NATO首脳会議…。加盟国は…): the bloc gives."""
    if not has_any(v.clean[s:ms], lex["collective_subjects"]):
        return []
    blocs = [x for x in v.ents(0, ms) if x.label == "ORG" and x.kind in lex["collective_kinds"] and x.canonical]
    return [actor_of(blocs[-1])] if blocs else []


def _funded_by(v: DocView, me: int, e: int, lex: dict) -> list:
    """The giver named after the sum as whose funds pay it: うち1億ユーロ程度はノルウェー政府の無償資金で
    まかなわれている → Norway (X の + funded_by_nouns + で, close after the sum). A taker so named (ウクライナの
    予算で) is dropped by the caller; a giver named past a 、 is another clause's."""
    nouns = "|".join(re.escape(w) for w in lex["funded_by_nouns"])
    for x in v.ents(me, min(e, me + lex["funded_by_reach"]), {"GPE", "ORG", "LOC"}):
        gap = v.clean[me:x.start]
        if "、" in gap or not _may_give(x, lex):
            continue
        if re.match(r"^(?:[（(][^）)]{1,12}[）)])?(?:政府)?の(?:" + nouns + ")で", v.clean[x.end:e]):
            giver = _giver(x, lex)
            if giver is not None:  # the model's オランダ政府 (no canonical) yields to the gazetteer's オランダ
                return [giver]
    return []


def _state_word(v: DocView, lo: int, hi: int, lex: dict) -> list:
    """The state a funding word names as its giver (state_words), when nothing else gives the sum: 供与限度額4719億円の
    円借款に関する書簡の交換 → Japan (a yen loan is Japan's ODA)."""
    return [country_actor(code) for w, code in lex["state_words"].items() if w in v.clean[lo:hi]][:1]


def _bloc_meeting(v: DocView, lo: int, ms: int, e: int, lex: dict) -> list:
    """A bloc whose own meeting agrees the sum: Ｇ７首脳会議で合意された…500億ドルの融資, …首脳会議（Ｇ７サミット）で、
    …500億ドルの融資を供与することで合意 (the bloc named inside the bracket) → the G7. Not a meeting that only
    hosts a giver's talk (G7サミットで、日本は…30億ドルを表明: no agreement verb follows; Japan is the subject)."""
    heads = "|".join(re.escape(w) for w in lex["bloc_meeting_heads"])
    agree = "|".join(re.escape(w) for w in lex["bloc_meeting_verbs"])
    for ent in v.ents(lo, ms, {"ORG", "GPE"}):
        if ent.kind != "bloc":
            continue
        m = re.match(r"^(?:[（(][^）)]{1,12}[）)])?(?:" + heads + r")(?:[（(][^）)]{1,16}[）)]|[）)])?で",
                     v.clean[ent.end:ms])
        if m is None:
            continue
        after = v.clean[ent.end + m.end():e]
        if re.match(r"^(?:の)?(?:" + agree + ")", after) or (
                "は" not in v.clean[ent.end + m.end():ms] and re.search(r"(?:" + agree + ")", after)):
            giver = _giver(ent, lex)
            return [giver] if giver is not None else []
    return []


def _programme_owner(v: DocView, lo: int, hi: int, lex: dict, marked: bool, relative: bool = False) -> list:
    """The owner of a named programme the sum's clause names: 「ウクライナ・ファシリティ」から…19億ユーロ → the EU,
    欧州平和ファシリティー（EPF）を通じた…66億ユーロ → the EU. ``marked``: only a programme the sum comes from or
    through, or that is the subject (から, を通じ, は, が), which outranks any other giver (ハンガリーは…EPFを通じた
    拠出を阻む: Hungary blocks, it gives nothing); else any programme named, as the last resort. A programme a
    giver joins (日本は…ERA融資の枠組みの下で30億ドル) leaves the giver: it is no marked programme."""
    named = _relative_programme(v, lo, hi, lex) if relative else _programme(v, lo, hi, lex, marked)
    if named is None:
        return []
    g = gz.load()
    entry = g.get(g.by_canonical.get(named[0]["owner"], ""))
    if entry is None:
        return []
    kind = entry.kind if entry.kind in ("country", "bloc") else "org"
    return [Actor(text=named[1], canonical=entry.canonical, kind=kind, id=entry.id, country=entry.country)]


def _relative_programme(v: DocView, me: int, hi: int, lex: dict) -> Optional[tuple[dict, str]]:
    """The named programme the sum's own clause ends on, from ``me`` (the sum's end): …計500億ユーロを拠出する
    「ウクライナ・ファシリティー」を含む予算 (a funding verb in attributive form, then the name). Not a programme
    past a clause break (…500億ユーロを拠出した。EPFは…)."""
    verbs = "|".join(re.escape(w) for w in lex["donor_verbs"])
    ends = "|".join(re.escape(w) for w in lex["relative_endings"])
    m = re.match(r"^[^。、]{0,30}?(?:" + verbs + r")(?:" + ends + ")[「『]?", v.clean[me:hi])
    if m is None:
        return None
    named = _programme(v, me + m.end(), min(hi, me + m.end() + 16), lex)
    return named if named is not None and unicodedata.normalize("NFKC", v.clean[me + m.end():hi]).startswith(
        named[1]) else None


def _programme(v: DocView, lo: int, hi: int, lex: dict, marked: bool = False) -> Optional[tuple[dict, str]]:
    """The first named programme of [lo, hi) (NFKC text) with the word that names it; ``marked``: only one followed,
    past its quotes and bracketed abbreviation, by a programme_marks word (「…ファシリティー（EPF）」を通じた)."""
    text = unicodedata.normalize("NFKC", v.clean[lo:hi])
    marks = tuple(lex["programme_marks"])
    for prog in lex["programme_owners"]:
        for w in prog["words"]:
            i = text.find(w)
            while i != -1:
                tail = re.sub(r"^ー?[」』）)]*(?:[（(][^）)]{1,16}[）)])?[」』]?", "", text[i + len(w):i + len(w) + 24])
                if not marked or tail.startswith(marks):
                    return prog, w
                i = text.find(w, i + 1)
    return None


def _said_other(v: DocView, s: int, e: int, lex: dict) -> bool:
    """The sentence names its sum as none of the aid purposes (運用益は年30億ユーロ, 利払い費は…): no purpose is
    borrowed for it from a part-of parent, a programme or the sentence before."""
    return has_any(v.clean[s:e], [w for p, ws in lex["purpose"] if p == "other" for w in ws]
                   + lex["no_borrow_words"]) is not None


def _channels(v: DocView, lo: int, ms: int, lex: dict) -> list:
    """A state's own agency a sum is given through, with the state: 日本政府は、国際協力機構（JICA）を通じ、57億円の
    無償資金協力 → JICA and Japan. Not an international agency (国連児童基金（UNICEF）を通じて: the state gives,
    the agency delivers), nor a country (ポーランドを通じて運ばれる: a route)."""
    out = []
    for ent in v.ents(lo, ms, {"ORG"}):
        tail = re.sub(r"^[（(][^）)]{1,16}[）)]", "", v.clean[ent.end:ent.end + 24])
        if ent.canonical and ent.country and tail.startswith(tuple(lex["channel_after"])):
            out += [actor_of(ent), state_of(ent)]
    return [a for a in out if a is not None]


def _parent(v: DocView, s: int, ms: int, currency: str, records: list, lex: dict) -> Optional[Money]:
    """The sum a sum is a part of, when its sentence says so before it (このうち, そのうち): the latest record in
    the same currency told in this sentence or the part_of_reach sentences before (…90億ユーロの支援を…。赤字は
    毎月50億ドル…。このうち10億ユーロを: the euro sum). 「このうち5人は」 is no money and never asks.
    The whole is told before the opener: in 「うち防衛が100億ポンド、財政に20億ポンド、避難民に5億ポンド」
    the 5億 is no part of the 20億."""
    hits = find_all(v.clean, lex["part_of_openers"], s, ms) if records else []
    if not hits:
        return None
    si, opener = v.sent_index(s), hits[0][0]
    return next((r for r in reversed(records) if r.amount.currency == currency
                 and v.sent_index(r.evidence[-1].start) >= si - lex["part_of_reach"]
                 and r.evidence[0].start < opener), None)


def _unit_price(v: DocView, monies: list, k: int, lex: dict) -> bool:
    """A price per unit of a good is no sum given or lent: 「価格上限を1バレル60ドルから47.6ドルに下げ」 —
    60ドル after 1バレル, and 47.6ドル, the other end of the change from it."""
    ent = monies[k]
    if v.clean.endswith(tuple(lex["unit_price_before"]), 0, ent.start):
        return True
    if k == 0 or v.clean[monies[k - 1].end:ent.start] not in lex["unit_price_links"]:
        return False
    return _unit_price(v, monies, k - 1, lex)


def _restates(v: DocView, prev, ent) -> bool:
    """A sum restated in another currency: 900億ユーロ（約1050億ドル） / これは約1050億ドルに相当する."""
    if prev.value.currency == ent.value.currency:
        return False
    gap = v.clean[prev.end:ent.start]
    lex = lexicon("money")
    if len(gap) <= 3 and gap.strip(" 　") in lex["restated_gap"]:
        return True
    if len(gap) <= 14 and _strip_words(gap, lex["restated_currency_words"]) == "":
        return True  # 1600億フリブナ、日本円にしておよそ6000億円
    return len(gap) <= 20 and "。" in gap and v.clean.startswith(tuple(lex["restated_after"]), ent.end) and \
        v.clean[v.sentence(ent.start)[0]:ent.start].startswith(tuple(lex["restated_openers"]))


def _merge(into: Money, rec: Money) -> None:
    into.evidence.append(rec.evidence[0])
    into.instruments = list(dict.fromkeys(into.instruments + rec.instruments))
    into.period_years = into.period_years or rec.period_years
    into.donor = dedup_actors(into.donor + rec.donor)
    into.recipient = into.recipient or rec.recipient  # a headline's sum names nobody: the body's does
    if into.purpose == "other" or (into.purpose == "loan" and rec.purpose != "other"):
        into.purpose = rec.purpose  # 見出し「900億ユーロ融資」, body 「財政の需要を賄うため…融資」: the use told
    if into.amount.qualifier == "exact" and rec.amount.qualifier != "exact":
        into.amount = rec.amount
    into.confidence = min(0.99, into.confidence + 0.05)


def _strip_words(text: str, words: list) -> str:
    """text with the listed words removed from its start, one after another (、日本円にして約 → "")."""
    words = sorted(words, key=len, reverse=True)
    changed = True
    while text and changed:
        changed = False
        for w in words:
            if text.startswith(w):
                text, changed = text[len(w):], True
                break
    return text

"""Attack records: strikes, shelling, drone and missile attacks, and campaigns of them.

Sentences with an attack trigger start an episode; following sentences of the same
paragraph that report damage, casualties or outages join it, unless they bring a new
explicit date, another attacker or an opener like 同じ夜/一方 that introduces a separate
strike. Episodes about the same city a day apart (a live blog's updates) merge. Launched
weapons (600 drones) are not a count: count is the number of attacks (612回の攻撃).
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal, Optional, TypeGuard, TypeVar, get_args

from pydantic import BaseModel, ConfigDict

from ..models import Attack, Casualties, Entity, Impact, Quantity, TimeSpan
from ..normalize.dates import resolve_backward
from .common import (
    DocView, alternation, complete, confidence, country_actor, find_all, has_any, lexicon, place_of, state_of)

AttackTarget = Literal["energy", "civilian", "military", "infrastructure", "city", "other"]  # Attack.target's values
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


@dataclass
class _Episode:
    sents: list = field(default_factory=list)
    triggers: list = field(default_factory=list)
    date: Optional[TimeSpan] = None
    date_explicit: bool = False
    side: Optional[str] = None
    tally: bool = False        # a day's count of attacks over a region (計87回の攻撃)
    incident: bool = False     # one place's strike reported after such a tally
    within: Optional[_Episode] = None  # the tally (or incident) an incident was told after
    lead: Optional[_Episode] = None    # a dated list item's campaign lead (its weapons when the item names none)
    listed: bool = False               # an item of a dated list (▽14日　Xの製油所で火災)
    also: bool = False                 # its day told with も (キーウでは24日未明にも…): a strike of its own
    also_here: bool = False            # 同じ日の午後、市中心部にも…: another strike that day (_also_here)
    site: bool = False                 # さらに…Yで桟橋が損傷: a distant second site told by its damage (_another_site)
    earlier: bool = False              # X橋は昨年10月にも…3人が死亡: an earlier strike told by its toll (_earlier_also)
    place_from: Optional[_Episode] = None  # 同港では6日にも…、7日には倉庫も: the first day clause (its place)
    mention: bool = False              # 8日に起きたX橋の爆発を…非難: a blast named in passing (_blast_mentions)


@lru_cache(maxsize=1)
def _count_res() -> tuple[re.Pattern, ...]:
    """The number of attacks, not of weapons launched: 612回の攻撃 / 攻撃は少なくとも12回 / 攻撃は今月に入って
    10回に上る (a run's count after its span); a campaign's sites (製油所10カ所 / 10カ所の製油所) and ordinal
    (今年だけで9回目)."""
    lex = lexicon("attack")
    nouns, links = alternation(lex["count_nouns"]), alternation(lex["count_links"])
    after = alternation(lex["count_after_links"])
    camp = lex["campaign_counts"]
    sites = alternation(camp["sites"])
    places = alternation(w for what, words in lex["targets"] if what != "city" for w in words)
    num = "([0-9０-９,，]+)"
    mod = r"[\u4e00-\u9fff\u30a0-\u30ffー]{0,4}?"  # 16回の集中攻撃 / 3回の大規模攻撃: the noun's modifier
    span = rf"は、?[^。、]{{0,{camp['period_reach']}}}?(?:{alternation(camp['period_marks'])})、?" \
        rf"(?:{alternation(camp['period_qualifiers'])})?"  # 攻撃は、3月22日から今月26日までに9回
    return (re.compile(rf"{num}回(?!目)(?:{links})*{mod}{nouns}|{nouns}{after}{num}回(?!目)"
                       rf"|{nouns}{span}{num}回(?!目)"),
            re.compile(rf"{places}(?:の|を)?{num}{sites}|{num}{sites}の{places}"),
            re.compile(rf"{num}{alternation(camp['ordinal'])}"))


def _count(v: DocView, sents: list) -> Optional[int]:
    for k, pattern in enumerate(_count_res()):
        for s, e in sents:
            for m in pattern.finditer(v.clean, s, e):
                if k == 1 and _damaged_sites(v.clean, m.end(), e):
                    continue  # 重要インフラ11カ所が損傷: what the strikes damaged, an impact, not a count
                digits = next(g for g in m.groups() if g)
                return int(digits.replace(",", "").replace("，", "").translate(_DIGITS))
    return None


def _site_impacts(v: DocView, sents: list) -> list[Impact]:
    """A campaign's sites are also what it hit: 少なくとも20か所の製油所が攻撃を受けた → 20 sites attacked
    (besides the count the campaign gets from them)."""
    sites = _count_res()[1]
    for s, e in sents:
        m = sites.search(v.clean, s, e)
        if m:
            g = next(i for i in (1, 2) if m.group(i))
            q = next((x for x, _ in _quantities(v, max(s, m.start(g) - 6), m.end(g) + 4)), None)
            value = int(m.group(g).replace(",", "").replace("，", "").translate(_DIGITS))
            qv = q.value if q is not None and isinstance(q.value, Quantity) else None
            what = "damaged" if _damaged_sites(v.clean, m.end(), e) else "attacked"
            return [Impact(value=value, unit="site", what=what,
                           qualifier=qv.qualifier if qv is not None and qv.value == value else "exact",
                           text=v.text[m.start(g):m.end(g)])]
    return []


def _in_quote(text: str, s: int, pos: int, lex: dict) -> bool:
    """A trigger inside a quotation is rhetoric, not a report: 「罪のない市民への無差別攻撃は戦争犯罪だ」."""
    seg = text[s:pos]
    opened = sum(seg.count(c) for c in lex["quote_open"])
    closed = sum(seg.count(c) for c in lex["quote_close"])
    return opened > closed


def _anaphoric(text: str, s: int, ts: int, lex: dict) -> bool:
    """A trigger that refers back to a strike already reported: 今回の攻撃, この攻撃, 一連の攻撃."""
    return any(text.endswith(w, max(s, ts - len(w)), ts) for w in lex["anaphoric_before"])


def _trigger_hits(v: DocView, s: int, e: int, lex: dict) -> list[tuple[int, int]]:
    """Trigger words that report a strike; anaphoric ones (今回の攻撃) and quoted ones are left out."""
    return [(ts, te) for ts, te, w, ana in _all_triggers(v, s, e, lex) if not ana]


@lru_cache(maxsize=1)
def _facility_strike_re() -> re.Pattern:
    fs = lexicon("attack")["facility_strikes"]
    return re.compile(f"(?:{alternation(fs['nouns'])})(?:{alternation(fs['links'])})[^、。]{{0,{fs['reach']}}}?"
                      f"({alternation(fs['events'])})")


def _facility_strikes(v: DocView, s: int, e: int, lex: dict) -> list[tuple[int, int, str, bool]]:
    """Strikes told by their target's fate (カホフカ水力発電所のダムが6日未明に破壊された): the event word is
    the trigger. Not inside a quotation; not a facility named as a modifier (破壊された|ダム)."""
    out = []
    for m in _facility_strike_re().finditer(v.clean, s, e):
        ts, te = m.start(1), m.end(1)
        if not _in_quote(v.clean, s, ts, lex):
            out.append((ts, te, m.group(1), False))
    return out


@lru_cache(maxsize=1)
def _facility_blast_re() -> re.Pattern:
    bl = _section("facility_blasts", _BlastLex)
    nouns = f"(?:{alternation(bl.nouns + lexicon('attack')['facility_strikes']['nouns'])})(?:{bl.aside})?"
    told = f"(?:{alternation(bl.links)})[^。]{{0,{bl.reach}}}?({alternation(bl.events)})"
    nominal = f"(?:{alternation(bl.nominal_links)})({re.escape(bl.nominal_event)})" \
              f"(?!{alternation(bl.nominal_not_after)})"  # X橋の爆発を…非難: the blast told as a noun
    return re.compile(f"{nouns}(?:{told}|{nominal})")


def _facility_blasts(v: DocView, s: int, e: int, lex: dict) -> list[tuple[int, int, str, bool]]:
    """Strikes told as a blast at a facility (ロシア本土と半島を結ぶX橋で爆発があり、橋の一部が崩落した): the
    event word is the trigger. Not inside a quotation; not 爆発が起きる恐れ (the hypothetical filter drops it)."""
    out = []
    for m in _facility_blast_re().finditer(v.clean, s, e):
        g = 1 if m.group(1) else 2
        if not _in_quote(v.clean, s, m.start(g), lex):
            out.append((m.start(g), m.end(g), m.group(g), False))
    return out


@lru_cache(maxsize=1)
def _weapon_strike_re() -> re.Pattern:
    ws = lexicon("attack")["weapon_strikes"]
    weapons = alternation(w for words in lexicon("attack")["weapons"].values() for w in words)
    links, events = alternation(ws["links"]), alternation(ws["events"])
    obj_links, obj_events = alternation(ws["object_links"]), alternation(ws["object_events"])
    dropped = f"[^、。]{{0,{ws['object_reach']}}}?(?:{obj_links})({obj_events})"
    # ミサイル2発が落ちた: a count before the link
    count = f"(?:[0-9０-９]{{1,3}}(?:{alternation(ws['count_units'])}))?"
    # 誘導爆弾で集合住宅が被害を受け: the weapon as the cause of what it did
    cause = f"{count}(?:{alternation(ws['cause_links'])})[^、。]{{0,{ws['cause_reach']}}}?" \
            f"({alternation(ws['cause_events'])})"
    return re.compile(f"(?:{weapons})(?:{count}(?:{links})[^、。]{{0,{ws['reach']}}}?({events})|{dropped}|{cause})")


def _weapon_strikes(v: DocView, s: int, e: int, lex: dict) -> list[tuple[int, int, str, bool]]:
    """Strikes told by what the weapon did, with no strike word: 走行中の乗用車にドローンが突っ込み、2人が死亡 /
    中心部に誘導爆弾が落ち. The event word is the trigger; not inside a quotation."""
    out = []
    for m in _weapon_strike_re().finditer(v.clean, s, e):
        g = next(i for i in (1, 2, 3) if m.group(i))  # the subject's event (ドローンが突っ込み), the object's drop
        #                                               (爆弾2発を投下し) or the weapon's result (爆弾で…被害を受け)
        ts, te = m.start(g), m.end(g)
        if not _in_quote(v.clean, s, ts, lex):
            out.append((ts, te, m.group(g), False))
    return out


@lru_cache(maxsize=1)
def _condemned_re() -> re.Pattern:
    """駅への攻撃を「卑劣だ」と非難: a strike condemned is one already told (condemned_after in attack.json)."""
    return re.compile(lexicon("attack")["condemned_after"])


def _since_episode(v: DocView, ep: _Episode) -> bool:
    """An episode whose strike word is a campaign since a date (_campaign_since): it stands on that date."""
    return any(_campaign_since(v, s, ts, v.clean[te:te + 12]) for s, e in ep.sents for ts, te in ep.triggers
               if s <= ts < e)


def _all_triggers(v: DocView, s: int, e: int, lex: dict) -> list[tuple[int, int, str, bool]]:
    out = _facility_strikes(v, s, e, lex) + _facility_blasts(v, s, e, lex) + _weapon_strikes(v, s, e, lex)
    for ts, te, w in find_all(v.clean, lex["triggers"], s, e):
        after = v.clean[te:te + 12]
        clause = re.split("[、，,]", after, maxsplit=1)[0]  # …攻撃を行っていて、停戦が始まるか: the next clause's truce
        if (any(after.startswith(x) for x in lex["not_after"]) and not _campaign_since(v, s, ts, after) and
                not _dated_continuing(v, s, e, ts, after, lex)) or \
                has_any(clause, lex["stop_within"]) or _condemned_re().match(v.clean, te, e):
            continue
        if any(v.clean.endswith(x, max(s, ts - len(x)), ts) for x in lex["not_before"]) or \
                after.startswith(tuple(lex["word_not_after"].get(w, ()))):  # 示す狙いがある: an aim, no strike
            continue
        if has_any(v.clean[max(s, ts - 12):ts], lex["interception"]) and w in ("発射",):
            continue
        if _measure_target(v.clean, ts, e):  # エネルギー部門を標的とした追加制裁: a measure aimed, no strike
            continue
        if _in_quote(v.clean, s, ts, lex) or _cleft_claim(v.clean, s, ts, te, lex) or _violation_kind(v.clean, te, e):
            continue
        if _dates_a_clause(v, te, e):
            continue
        cause = any(v.clean.startswith(x, te) for x in lex["cause_after"])  # 攻撃の影響で停電: the strike told
        background = _attributive_damage(v, s, ts, te, e) and not _toll(v, s, e, lex)  # 攻撃で損壊した発電所の復旧
        out.append((ts, te, w, cause or background or _anaphoric(v.clean, s, ts, lex)))
    return out


_M = TypeVar("_M", bound=BaseModel)


@lru_cache(maxsize=None)
def _section(key: str, model: type[_M]) -> _M:
    """One section of lexicons/attack.json typed by ``model`` (a misspelt key fails at load), loaded once."""
    raw = dict(lexicon("attack")[key])
    return model(doc=raw.pop("_doc", ""), **raw)


class _Section(BaseModel):
    """A lexicon section with an optional ``doc`` note; a misspelt key fails at load."""
    model_config = ConfigDict(extra="forbid")
    doc: str = ""


class _CampaignSinceLex(_Section):
    verbs_after: list[str]
    since: list[str]


def _campaign_since(v: DocView, s: int, ts: int, after: str) -> bool:
    """Strikes repeated or stepped up since a date told before them (ロシア軍は3月以降、発電所への攻撃を繰り返し /
    昨年秋以来、…への攻撃を強めてきた): a campaign from that date, not a mere habit. Not …への攻撃を繰り返して
    いる with no date it runs from (a habit, as before) nor 攻撃を停止 (stop verbs stay out)."""
    sl = _section("campaign_since", _CampaignSinceLex)
    if not after.startswith(tuple(sl.verbs_after)):
        return False
    return any(v.clean.startswith(tuple(sl.since), d.end) or d.text.endswith(tuple(sl.since))
               for d in v.ents(s, ts, {"DATE"}))


class _AttributiveDamageLex(_Section):
    causes: list[str]
    damage: list[str]
    endings: list[str]
    reach: int


@lru_cache(maxsize=1)
def _attributive_damage_re() -> re.Pattern:
    al = _section("attributive_damage", _AttributiveDamageLex)
    return re.compile(f"(?:{alternation(al.causes)})[^、。]{{0,{al.reach}}}?(?:{alternation(al.damage)})"
                      f"(?:{alternation(al.endings)})(?![、。，,」）)と])")


def _attributive_damage(v: DocView, s: int, ts: int, te: int, e: int) -> bool:
    """A strike word in a relative clause on the damaged thing (12日、ミサイル攻撃で損壊したドニプロ水力発電所の
    復旧に…): background. Not 攻撃で発電所が損壊した。 nor 攻撃で損壊し、 (the clause ends: the sentence tells the
    strike), nor a strike dated inside its own clause (9日のミサイル攻撃で損壊した集合住宅では…)."""
    if _attributive_damage_re().match(v.clean, te, e) is None:
        return False
    cs = max([s] + [i + 1 for i in range(s, ts) if v.clean[i] in "、，,"])
    return not v.ents(cs, ts, {"DATE"})


class _MeasureTargetLex(_Section):
    words: list[str]
    links: list[str]
    reach: int
    measures: list[str]


@lru_cache(maxsize=1)
def _measure_target_re() -> re.Pattern:
    ml = _section("measure_targets", _MeasureTargetLex)
    return re.compile(f"(?:{alternation(ml.words)})(?:{alternation(ml.links)})[^、。]{{0,{ml.reach}}}?"
                      f"(?:{alternation(ml.measures)})")


def _measure_target(text: str, ts: int, e: int) -> bool:
    """A target word that aims a measure (銀行やエネルギー部門を標的とした大規模な追加制裁を科す): no strike.
    Not 発電所を標的とした攻撃 (a strike word, not a measure, follows)."""
    return _measure_target_re().match(text, ts, e) is not None


class _DatedContinuingLex(_Section):
    after: list[str]


def _dated_continuing(v: DocView, s: int, e: int, ts: int, after: str, lex: dict) -> bool:
    """A strike told as going on, dated to one day and with its own toll: ヘルソンでは21日もロシア軍による砲撃が
    続き、市民2人が死亡 → that day's strike. Not 砲撃が続いている (no day, no toll: a habit)."""
    if not after.startswith(tuple(_section("dated_continuing", _DatedContinuingLex).after)):
        return False
    days = [d for d in v.ents(s, ts, {"DATE"}) if isinstance(d.value, TimeSpan) and d.value.granularity == "day"]
    return bool(days) and _toll(v, s, e, lex)


class _DamagedSitesLex(_Section):
    links: list[str]
    after: list[str]
    strike: list[str]
    reach: int


def _damaged_sites(text: str, end: int, stop: int) -> bool:
    """Counted sites told as damaged, not as attacked: 8つの州で重要インフラ11カ所が損傷した, 火力発電所2カ所が深刻な
    被害を受けた → an impact of the strike (11 sites damaged), no count of attacks. Not 製油所10カ所を攻撃 nor
    10カ所の製油所が攻撃を受けた (sites attacked: the campaign's count)."""
    dl = _section("damaged_sites", _DamagedSitesLex)
    tail = text[end:min(stop, end + dl.reach)].split("。")[0]
    if not tail.startswith(tuple(dl.links)):
        return False
    first = min((i for i in (tail.find(w) for w in dl.after) if i >= 0), default=None)
    strike = min((i for i in (tail.find(w) for w in dl.strike) if i >= 0), default=len(tail))
    return first is not None and first < strike


class _BlastLex(_Section):
    nouns: list[str]
    links: list[str]
    events: list[str]
    reach: int
    aside: str
    nominal_links: list[str]
    nominal_event: str
    nominal_not_after: list[str]


class _ViolationLex(_Section):
    heads: list[str]
    reach: int


def _violation_lex() -> _ViolationLex:
    return _section("violation_tallies", _ViolationLex)


def _violation_kind(text: str, te: int, e: int) -> bool:
    """A strike word listed as a kind of truce violation, an accusation over a whole front, no strike told:
    ロシア軍による砲撃や突撃などの違反が2000回を超えたと主張. Not 停戦に違反して砲撃した (the strike itself)."""
    vl = _violation_lex()
    clause = re.split(r"[、。]", text[te:min(e, te + vl.reach)])[0]
    return has_any(clause, vl.heads) is not None


def _cleft_claim(text: str, s: int, ts: int, te: int, lex: dict) -> bool:
    """A trigger as the answer of a cleft claim names who is to blame, no strike: 危険をもたらしているのは
    ウクライナ側の攻撃だと反論した. Not …水上ドローンによる攻撃だと非難した (no のは: it attributes the strike told)."""
    if not text.startswith(tuple(lex["claim_after"]), te):
        return False
    clause = text[max(s, text.rfind("、", s, ts) + 1):ts]
    return bool(has_any(clause, lex["cleft_markers"]))


@lru_cache(maxsize=1)
def _day_modifier_re() -> re.Pattern:
    return re.compile(alternation(lexicon("attack")["day_modifier"]["endings"]))


def _dates_a_clause(v: DocView, te: int, e: int) -> bool:
    """A strike told as a relative clause on a day (Xが攻撃された5日、大統領は…に出席していた): the day of another
    event, the strike told before. Not 攻撃した。5日には (the sentence ends first)."""
    m = _day_modifier_re().match(v.clean, te, e)
    return m is not None and any(d.label == "DATE" and d.start == m.end() for d in v.ents(m.end(), e, {"DATE"}))


def _cue(text: str, lex: dict) -> bool:
    """A toll, a nil toll (死傷者はいなかった) or an impact: a sentence that adds to the strike before it."""
    return bool(_victims(text, lex) or
                has_any(text, lex["no_casualties"]) or has_any(text, lex["no_injured"]) or
                has_any(text, lex["no_killed"]) or
                any(has_any(text, words) for _, words in lex["impacts"]))


def _outage(text: str, lex: dict) -> bool:
    """Outages and damage (停電, 断水), not deaths: a toll before a strike sentence may have other causes."""
    return any(has_any(text, words) for what, words in lex["impacts"] if what not in ("damaged", "lost", "hit"))


class _SameDayLex(_Section):
    before: list[str]
    reach: int


def _same_marked(v: DocView, s: int, e: int, date: Optional[TimeSpan], lex: dict) -> bool:
    """A time of day told as the strike's own just told (ドニプロでも同じ未明に…, 同じ日の夜に…): the day of the
    strike before, not the resolver's guess from the report's day. The sentence's date, or where it has none
    a bare time of day (lex bare_times: 未明, 今朝). Not a bare 未明 with no mark (its own day)."""
    sl = _section("same_day_marks", _SameDayLex)
    if date is not None and date.granularity != "day":
        return False
    words = [date.text] if date is not None and date.text else list(lex["bare_times"]) if date is None else []
    for w in words:
        i = v.clean.find(w, s, e)
        if i >= 0 and v.clean[max(s, i - sl.reach):i].endswith(tuple(sl.before)):
            return True
    return False


def _explicit_date(v: DocView, s: int, e: int, anchor: int) -> Optional[TimeSpan]:
    duration_after = tuple(lexicon("attack")["duration_after"])
    duration_ends = tuple(lexicon("attack")["duration_ends"])
    as_of_after = tuple(lexicon("attack")["as_of_after"])
    ds: list[tuple[Entity, TimeSpan, dt.date, dt.date]] = []
    for d in v.ents(s, e, {"DATE"}):
        ts = d.value
        if not (isinstance(ts, TimeSpan) and ts.start and ts.end):
            continue
        if v.clean.startswith(as_of_after, d.end):
            continue  # 15日時点で16人が死亡 / 17日現在: the day a toll was counted, not a strike's day
        if v.clean.startswith(duration_after, d.end) or d.text.endswith(duration_ends):
            continue  # １日のうちに / 離脱後の9日間で (a model's DATE that reads a duration as a day): a span
        ts = _anchored_day(v, d, ts)
        if ts.start is None or ts.end is None:
            continue
        if v.published and ts.start > v.published and ts.granularity != "day":
            continue  # 週末で家族連れが…: a strike's weekend is the one before the report, never the next one
        if (ts.end - ts.start).days <= 31 and ts.granularity not in ("month", "year", "season"):
            ds.append((d, ts, ts.start, ts.end))
    if not ds:
        return None
    ds = _without_attributive_spans(v, ds)
    (a, av, _, a_end), (b, _, b_start, b_end) = ds[0], ds[-1]
    if len(ds) >= 2 and 0 <= (b_start - a_end).days <= 2 and \
            has_any(v.clean[a.end:b.start], lexicon("attack")["range_joiners"]):  # 17日夜から18日朝にかけて
        return _consecutive(v, b.end, TimeSpan(text=v.text[a.start:b.end], start=av.start, end=b_end,
                                               granularity="range", relative=av.relative))
    before = [(d, ts) for d, ts, _, _ in ds if d.end <= anchor]
    d, ts = before[-1] if before else (a, av)
    return _consecutive(v, d.end, ts)


def _without_attributive_spans(v: DocView, ds: list) -> list:
    """A vague span that only describes a noun gives way to a day told beside it: きのう、週末の買い物客で
    にぎわう…が攻撃を受け → yesterday, not the weekend; 週末の攻撃で (no day beside it) keeps the weekend."""
    keep = [x for x in ds if not (x[1].granularity != "day" and v.clean.startswith("の", x[0].end))]
    return keep if any(x[1].granularity == "day" for x in keep) else ds


class _ConsecutiveLex(_Section):
    units: dict[str, int]
    after: str
    reach: int


def _consecutive(v: DocView, end: int, ts: TimeSpan) -> TimeSpan:
    """A day that opens a run (18日夜から3夜連続で → the 18th to the 21st; 18日から3日連続 → the 18th to the
    20th); any other day as it is (18日夜、3回目の攻撃: no run)."""
    cl = _section("consecutive_days", _ConsecutiveLex)
    units = alternation(cl.units)
    m = re.match(rf"[^、。]{{0,{cl.reach}}}?([0-9０-９一二三四五六七八九十]+)({units}){re.escape(cl.after)}",
                 v.clean[end:end + cl.reach + 8])
    if m is None or ts.start is None:
        return ts
    n = _small_number(m.group(1))
    if n is None or not 2 <= n <= 31:
        return ts
    last = ts.start + dt.timedelta(days=n + cl.units[m.group(2)])
    if ts.end is not None and last <= ts.end:
        return ts
    return TimeSpan(text=ts.text, start=ts.start, end=last, granularity="range", relative=ts.relative)


def _small_number(s: str) -> Optional[int]:
    """３ → 3, 三 → 3, 十 → 10 (a run's length; larger kanji numerals are not runs of days)."""
    s = unicodedata.normalize("NFKC", s)
    if s.isdigit():
        return int(s)
    if len(s) == 1:
        return int(unicodedata.numeric(s))
    return None


def _anchored_day(v: DocView, d: Entity, ts: TimeSpan) -> TimeSpan:
    """同日未明 / 同日夜 / 翌日午前: a day told relative to the last day the text reported (露国防省は19日、
    ウクライナ軍が同日未明…攻撃 → the 19th), not to the publication date. The resolver anchors a bare 同日;
    with a time of day after it, the day is anchored here."""
    offsets = lexicon("dates")["anaphoric_days"]
    key = next((k for k in sorted(offsets, key=len, reverse=True) if d.text.startswith(k)), None)
    if key is not None and (named := _named_day(d.text[len(key):], ts)) is not None:
        return named  # 開幕前日の8日 / 翌日の23日: the day number is the day
    if key is None or d.text.rstrip("にはもの、") == key:
        return ts
    days = [x.value for x in v.ents(0, d.start, {"DATE"}) if isinstance(x.value, TimeSpan) and complete(x.value)
            and x.value.start == x.value.end and x.value.start is not None
            and (v.published is None or x.value.start <= v.published)]
    if not days or days[-1].start is None:
        return ts
    day = days[-1].start + dt.timedelta(days=offsets[key])
    return ts.model_copy(update={"start": day, "end": day, "granularity": "day", "relative": True})


def _named_day(rest: str, ts: TimeSpan) -> Optional[TimeSpan]:
    """The day a relative day also names by its number (前日の8日 → the 8th of the month the resolver found,
    翌日の23日 → the 23rd), not a day counted from the last one told; None without a number."""
    m = re.match(r"の?([0-9０-９]{1,2})日", rest)
    if m is None or ts.start is None:
        return None
    n = int(m.group(1).translate(_DIGITS))
    if n == ts.start.day:
        return ts
    try:
        day = ts.start.replace(day=n)
    except ValueError:
        return None
    return ts.model_copy(update={"start": day, "end": day, "granularity": "day", "relative": True})


def _context_date(v: DocView, s: int, lex: dict) -> Optional[TimeSpan]:
    """The day of the sentence before, for a strike told relative to it: 28日にはキーウで会談した。しかし、その
    会談から約1時間後、…ミサイルが着弾した → the 28th. Only in the same paragraph, only a single day."""
    cd = lex["context_date"]
    si = v.sent_index(s)
    if si == 0 or not has_any(v.clean[s:s + cd["reach"]], cd["back_references"]):
        return None
    ps, pe = v.sentences[si - 1]
    if v.para_index(ps) != v.para_index(s):
        return None
    days = [d.value for d in v.ents(ps, pe, {"DATE"}) if isinstance(d.value, TimeSpan) and complete(d.value)
            and d.value.granularity == "day"]
    return days[-1] if days else None


class _CumulativeTollLex(_Section):
    marks: list[str]
    superlatives: list[str]
    superlative_reach: int


def _cumulative_toll(v: DocView, s: int, e: int, cur: Optional[_Episode], lex: dict) -> bool:
    """A toll summed over a run since a start, told after a strike of one day (ロシア軍は9日…5人が死亡した。侵攻
    開始以来、市内での死者は1000人を超える): not the day's toll. Not a sentence with a day of its own, nor
    これまでに12人が死亡 (the day's toll updated)."""
    if cur is None or not cur.date_explicit or cur.date is None or cur.date.granularity not in ("day", "range"):
        return False
    if not _toll(v, s, e, lex) or _explicit_date(v, s, e, e) is not None:
        return False
    cl = _section("cumulative_tolls", _CumulativeTollLex)
    for _, me, _w in find_all(v.clean, cl.marks, s, e):  # 以来、最大規模の攻撃: the day's strike ranked
        if has_any(v.clean[me:min(e, me + cl.superlative_reach)], cl.superlatives) is None:
            return True
    return False


class _OrdinalCampaignLex(_Section):
    periods: list[str]
    reach: int


def _ordinal_campaign(v: DocView, s: int, e: int, cur: Optional[_Episode]) -> bool:
    """A sentence that ranks the strike just told, dated to its day, in a run since a start (キーウへの空爆は
    今月に入って17回目となる / 侵攻開始以来、港への攻撃は50回を超える): the run is a campaign of its own, not the
    day's count. Not a sentence with a day of its own, nor a count with no start told before it (攻撃は計12回に
    及んだ: the day's own count)."""
    if cur is None or not cur.date_explicit or cur.date is None or cur.date.granularity not in ("day", "range"):
        return False
    if _explicit_date(v, s, e, e) is not None:
        return False
    ol = _section("ordinal_campaigns", _OrdinalCampaignLex)
    for pattern in (_count_res()[2], _count_res()[0]):  # 17回目 / 攻撃は50回を超える
        m = pattern.search(v.clean, s, e)
        if m is not None and has_any(v.clean[max(s, m.start() - ol.reach):m.start()], ol.periods) is not None:
            return True
    return False


def _other_month(v: DocView, s: int, e: int, cur: Optional[_Episode], lex: dict) -> bool:
    """A strike sentence that opens with a month (3月に入ると攻撃はほぼ連日となり…) after a strike told in another
    month (1月には…トゥアプセの製油所が炎上した): a strike of that month, not more of the last one. Only a month
    at the sentence's opening, and only where the strike told so far has a month or day of its own."""
    if cur is None:
        return False
    opening = [d.value for d in v.ents(s, min(e, s + lex["month_opening_reach"]), {"DATE"})
               if isinstance(d.value, TimeSpan) and complete(d.value) and d.value.granularity == "month"]
    if not opening:
        return False
    theirs = cur.date if cur.date_explicit and cur.date is not None else _period_date(v, cur.sents)
    return theirs is not None and complete(theirs) and _disjoint(opening[0], theirs)


def _another_tally(v: DocView, s: int, e: int, cur: _Episode) -> bool:
    """A sentence with a count of attacks of its own after a strike told with another count (燃料・エネルギー施設に
    計16回の集中攻撃を実施した。また、軍需企業などに計22回の集中攻撃が行われた): a second campaign. Not the same
    count told again."""
    if not cur.tally:
        return False
    mine = _count(v, [(s, e)])
    return mine is not None and mine != _count(v, cur.sents)


def _day_in_run(date: Optional[TimeSpan], v: DocView, cur: Optional[_Episode], min_days: int = 31) -> bool:
    """A day's strike told after a run of strikes over a longer period that holds the day (3月以降、ロシア軍は
    火力発電所を集中的に攻撃しており… → 8月26日には大規模攻撃があり): the day's strike is a record of its own,
    not the run's date. Not a day outside that period (2022年2月以来最大の攻撃 … 29日未明に)."""
    if date is None or date.granularity != "day" or cur is None or cur.date_explicit or not cur.sents:
        return False
    run = _period_date(v, cur.sents)
    if run is None or run.start is None or run.end is None or (run.end - run.start).days <= min_days:
        return False
    assert date.start is not None and date.end is not None
    return run.start <= date.start and date.end <= run.end


def _period_date(v: DocView, sents: list) -> Optional[TimeSpan]:
    for s, e in sents:
        for d in v.ents(s, e, {"DATE"}):
            if isinstance(d.value, TimeSpan) and complete(d.value) and not _bare_duration(d.text) and \
                    d.value.granularity in ("range", "month", "week", "part_of_month", "year"):
                return d.value
    return None


def _bare_duration(text: str) -> bool:
    """A model's DATE that is only a length of time (生後2カ月の乳児 → 2カ月, 3週間): no period of the calendar.
    Not 2カ月前, 3月 or 2024年 (a month or year told, or counted back from the report)."""
    units = alternation(lexicon("dates")["duration_units"])
    return re.fullmatch(rf"[0-9０-９]{{1,3}}(?:{units})", text.strip()) is not None


def _reporter_org(ent, lex: dict) -> bool:
    """A body that reports strikes but does not carry them out: ウクライナ国家非常事態庁, 検察当局, an energy
    company."""
    return ent.label == "ORG" and (ent.kind in lex["reporter_org_kinds"]
                                   or bool(has_any(ent.text, lex["reporter_org_words"])))


def _relative_clause_subject(v: DocView, ent, anchor: int) -> bool:
    """The subject of a clause that modifies a place: ウクライナ軍が今月奪還した|クピャンスク地区 … を砲撃."""
    seg = v.clean[ent.end:anchor]
    for m in re.finditer(r"(?:した|する|している|された)", seg):
        if "、" in seg[:m.start()]:
            return False
        if seg[:m.end()].endswith(tuple(lexicon("attack")["place_description_verbs"])):
            continue  # ウクライナ軍が|隣接するX州から…発射: 隣接する describes the place and takes no agent
        nxt = ent.end + m.end()
        place = v.first(nxt, nxt + 20, {"GPE", "LOC", "FAC"})
        if place is not None and place.start == nxt:
            return True
    return False


def _object_owner(between: str, lex: dict, passive: bool = False) -> bool:
    """The first case mark after a state, before the strike word, is the object's: ウクライナ軍の司令部を…攻撃
    (the state owns the target). Not ロシア軍のミサイルがキーウを攻撃 (が first: the attacker's weapon). Under a
    passive strike word the subject's mark is the victim's: 黒海艦隊の司令部がミサイル攻撃を受けた (not
    ロシア軍の無人機による攻撃を受けた: による first, the agent)."""
    oo = lex["object_owner"]
    for w in oo["not_marks"]:  # の一部であるレーダー基地を: a copula's で is no case mark
        between = between.replace(w, "＿" * len(w))
    found = [(i, m) for m in oo["marks"] if (i := between.find(m)) >= 0]
    owners = [oo["object"]] + (oo["passive_subjects"] if passive else [])
    return bool(found) and min(found)[1] in owners


def _passive(v: DocView, anchor: int, anchor_end: int, lex: dict) -> bool:
    """攻撃を受けた / 攻撃された: the subject (Xが/Xは) is the victim, the attacker is an agent (Xによる, Xの).
    The passive may be part of the trigger word itself (攻撃され|たと発表)."""
    return any(v.clean.startswith(x, anchor_end) or v.clean.endswith(x, anchor, anchor_end)
               for x in lex["passive_after"])


def _later_subject(v: DocView, ent, anchor: int, lex: dict) -> bool:
    """Another attacking state's actor marked by が after a speaker and before the strike word: ロシア国防省は、
    ウクライナ軍が…攻撃したと主張 (the parse may misread ウクライナ軍 as a relative clause's subject).
    Not ロシア国防省は…ミサイルで攻撃したと発表 (no other subject: the speaker struck)."""
    for other in v.ents(ent.end, anchor, {"GPE", "ORG"}):
        st = state_of(other)
        if st is not None and st.country in lex["attackers"] and st.country != (state_of(ent) or st).country \
                and v.clean.startswith("が", other.end):
            return True
    return False


def _side(v: DocView, s: int, e: int, anchor: int, lex: dict, anchor_end: Optional[int] = None) -> Optional[str]:
    """The attacking side named in a sentence. Full profile: the state the parse puts in the agent's place
    under a strike predicate (_syntax_side). Fallback, and where the parse is silent: the state nearest before
    the trigger (ロシア軍は…攻撃); never a reporting agency (国家非常事態庁の発表では), a relative-clause
    subject, a passive's subject, or an actor the parse calls a victim, reporter or clause subject."""
    roles = _syntax_roles(v, s, e, lex)
    passive = anchor_end is not None and _passive(v, anchor, anchor_end, lex)
    parsed = _syntax_side(v, s, e, lex, roles, passive)
    if parsed:
        return parsed
    best = None
    for ent in v.ents(s, anchor, {"GPE", "ORG"}):
        st = state_of(ent)
        side = st.country if st is not None else _named_attacker(ent.text, lex)
        if side not in lex["attackers"] or _reporter_org(ent, lex):
            continue
        if roles.get(ent.start) in ("victim", "reporter", "clause"):
            continue  # the parse says who this is: the character rules only decide where it is silent
        if roles.get(ent.start) == "speaker" and _later_subject(v, ent, anchor, lex):
            continue  # 露国防省は、ウクライナ軍が…攻撃したと主張: the speaker quotes another side
        nxt = v.clean[ent.end:ent.end + 6]
        if ent.kind == "country" and not nxt.startswith(tuple(lex["attacker_follow"])):
            continue
        if nxt.startswith(tuple(lex["not_attacker_after"])) or _relative_clause_subject(v, ent, anchor):
            continue
        if passive and not nxt.startswith(tuple(lex["agent_follow"])):
            continue  # ウクライナが攻撃を受けた: the victim
        if _object_owner(v.clean[ent.end:anchor], lex, passive):
            continue  # ウクライナ軍の弾薬庫をミサイルで攻撃 / …艦隊の司令部が攻撃を受けた: the target's owner
        best = side
    if best is None:
        m = re.search(r"(\S{1,8})による(?!と)", v.clean[s:e])  # not …によると: a reporter
        if m:
            agent = v.first(s + m.start(), s + m.end(), {"GPE", "ORG"})
            agent = None if agent is None or roles.get(agent.start) in ("victim", "reporter", "clause") else agent
            st = state_of(agent) if agent else None
            best = st.country if st and st.country in lex["attackers"] and not _reporter_org(agent, lex) else None
    return best


# --- the full profile: roles read from the bunsetu parse (ukpeace.syntax); the character rules are the fallback ---

class _SyntaxLex(BaseModel):
    """The lexicon's "syntax" section; a misspelt key fails at load."""
    model_config = ConfigDict(extra="forbid")
    doc: str = ""
    agent_cases: list[str]
    target_cases: list[str]
    passive_marks: list[str]
    passive_lemmas: list[str]
    light_lemmas: list[str]
    reporting_cases: list[str]
    toll_subject_cases: list[str]
    support_lemmas: list[str]
    topic_cases: list[str]
    speaker_cases: list[str]
    self_report_lemmas: list[str]
    quote_cases: list[str]
    reporting_lemmas: list[str]
    place_link_lemmas: list[str]
    descriptor_precisions: list[str]
    chain_limit: int


def _syn_lex() -> _SyntaxLex:
    return _section("syntax", _SyntaxLex)


def _predicates(v: DocView, s: int, e: int, lex: dict) -> dict[int, bool]:
    """Phrases of a sentence that predicate a strike, each with whether it is passive: the trigger's own
    phrase (攻撃した, 砲撃による) and the light verb a trigger noun is the object of (攻撃を|受けた, 攻撃を|行った)."""
    syn, sl = v.syntax, _syn_lex()
    out: dict[int, bool] = {}
    for ts, _ in _trigger_hits(v, s, e, lex):
        i = syn.phrase_at(ts)
        if i is None:
            continue
        p = syn.phrases[i]
        out[i] = has_any(v.clean[ts:p.end], sl.passive_marks) is not None
        if p.head >= 0 and p.case in ("を", "が") and syn.phrases[p.head].lemma in sl.light_lemmas:
            out[p.head] = syn.phrases[p.head].lemma in sl.passive_lemmas
    return out


def _reporting(p, sl: _SyntaxLex) -> bool:
    """A phrase that reports rather than acts: 知事によれば, 発表では, …と明らかにした, 主張した."""
    return p.case in sl.reporting_cases or p.lemma in sl.reporting_lemmas


def _actor_role(v: DocView, start: int, end: int, preds: dict[int, bool]) -> Optional[str]:
    """What the parse makes of an actor: "attacker" (ロシア軍は…攻撃した, ロシア軍による砲撃, ロシア軍の無人機が
    …攻撃), "victim" (ウクライナへの攻撃, ウクライナの施設を攻撃, ウクライナが攻撃を受けた), "reporter"
    (非常事態庁の発表では, キーウ側は…と非難: a reporting phrase comes before any strike predicate), "speaker"
    (保安庁は…攻撃したと発表した: the subject of a verb announcing the strike, see _speaker), "clause"
    (ウクライナ軍が奪還した|地区を砲撃: the subject of a relative clause), or None when
    the first verb above the actor is none of these."""
    syn, sl = v.syntax, _syn_lex()
    info = syn.case_of(start, end)
    if info.phrase is None:
        return None
    i, case = info.phrase, info.case
    if i in preds:
        return None  # the actor is inside the predicate's own phrase: nothing to read
    for _ in range(sl.chain_limit):
        g = syn.phrases[i].head
        if g < 0:
            return None
        gp = syn.phrases[g]
        if g in preds:
            if _quoted_topic(syn, gp, case, sl):
                return _speaker(_say_phrase(syn, gp.head), sl)
            if case == "に" and preds[g] and "され" in v.clean[gp.start:gp.end]:
                return "attacker"  # SBUの無人艇に攻撃された: the agent of a passive
            if case in sl.target_cases:
                return "victim"
            if case in sl.agent_cases:
                passive_subject = preds[g] and case in ("が", "は", "も")
                return "victim" if passive_subject else "attacker"
            return None
        if _reporting(gp, sl):
            said = gp.pos == "VERB" or gp.lemma in sl.self_report_lemmas  # 攻撃したと|明らかに|した: the ADJ phrase
            return _speaker(gp, sl) if said and case in sl.speaker_cases else "reporter"
        if gp.pos == "VERB":
            return "clause" if gp.dep == "acl" else None  # another clause's verb: the parse does not say
        dated = not gp.case and v.first(gp.start, gp.end, {"DATE"}) is not None
        i, case = g, case if dated else gp.case  # Xも15日、…: a caseless day the parse hangs X on keeps X's case
    return None


def _quoted_topic(syn, pred, case: str, sl: _SyntaxLex) -> bool:
    """A topic (は) over a strike told as a quotation (…が病院を直撃したと|断定した): the parse may hang it on the
    strike, but it is whoever says so: 保安庁は、ロシアのミサイルが病院を直撃したと断定した."""
    return case in sl.topic_cases and pred.case in sl.quote_cases and pred.head >= 0 and \
        syn.phrases[pred.head].pos == "VERB"


def _say_phrase(syn, k: int):
    """The phrase that says what a verb of saying says: 明らかに|した → 明らかに (the light する carries no
    meaning of its own); any other verb itself."""
    p = syn.phrases[k]
    if p.lemma == "する" and k > 0 and syn.phrases[k - 1].head == k:
        return syn.phrases[k - 1]
    return p


def _speaker(verb, sl: _SyntaxLex) -> str:
    """The subject of a verb of saying over a strike: "speaker" when the verb announces one's own deed
    (保安庁は…無人機で攻撃したと発表した: with no agent of its own, the strike is the speaker's), else
    "reporter" (キーウ側は…攻撃…と非難している: a condemnation is never a claim of one's own strike)."""
    return "speaker" if verb.lemma in sl.self_report_lemmas else "reporter"


def _syntax_roles(v: DocView, s: int, e: int, lex: dict) -> dict[int, str]:
    """Roles of the candidate attackers of a sentence by entity start; empty in the fast profile."""
    if not v.syntax.parsed:
        return {}
    preds = _predicates(v, s, e, lex)
    if not preds:
        return {}
    out = {}
    for ent in v.ents(s, e, {"GPE", "ORG"}):
        role = _actor_role(v, ent.start, ent.end, preds)
        if role:
            out[ent.start] = role
    return out


def _syntax_side(v: DocView, s: int, e: int, lex: dict, roles: dict[int, str],
                 passive: bool = False) -> Optional[str]:
    """The attacker the parse names: the first state whose phrase bears が/は/による (or の on a weapon or
    force that does) under a strike predicate; failing one, the state that announces a strike with no agent
    of its own as its deed (a "speaker"). Reporting agencies never qualify. A subject (が) goes before a topic
    (は) the parse also hangs on the strike: 露国防省は19日、ウクライナ軍が…攻撃し…と発表し → Ukraine. No speaker
    of a passive strike (露国防省は…飛行場が攻撃されたと発表: the victim's ministry)."""
    topics = set(_syn_lex().topic_cases)
    for role in ("attacker",) if passive else ("attacker", "speaker"):
        ents = v.ents(s, e, {"GPE", "ORG"})
        ents.sort(key=lambda x: v.syntax.case_of(x.start, x.end).case in topics)  # stable: order kept otherwise
        for ent in ents:
            if roles.get(ent.start) != role or _reporter_org(ent, lex) or \
                    v.clean.startswith(tuple(lex["not_attacker_after"]), ent.end):
                continue  # ウクライナ北東部のハルキウ市内に…投下された: a place, whatever case its phrase inherits
            if role == "speaker" and _later_subject(v, ent, e, lex):
                continue  # the speaker quotes another side's strike (…ウクライナ軍が…攻撃したと主張)
            st = state_of(ent)
            if st is not None and st.country in lex["attackers"]:
                return st.country
            named = _named_attacker(ent.text, lex)  # ウクライナ保安庁: a force the gazetteer gives no country
            if named:
                return named
    return None


def _named_attacker(text: str, lex: dict) -> Optional[str]:
    """The side a force's own name stands for in the attackers list (SBU → UA), else None."""
    return next((side for side, names in lex["attackers"].items() if text in names), None)


def _stop_phrase(v: DocView, p, lex: dict) -> bool:
    """A phrase that reports the strike or its toll (攻撃した, 着弾し, 死亡した, 停電が): a place under it is where."""
    text = v.clean[p.start:p.end]
    return bool(has_any(text, lex["triggers"]) or _cue(text, lex))


def _light_strike(v: DocView, g: int, lex: dict) -> bool:
    """A passive light verb whose object is a strike word (X州が…攻撃を|受け, X市が砲撃に|見舞われ): a place under
    it is the struck place, even when the parse calls the verb a relative clause."""
    syn, sl = v.syntax, _syn_lex()
    if syn.phrases[g].lemma not in sl.passive_lemmas:
        return False
    return any(syn.phrases[k].head == g and syn.phrases[k].case in ("を", "に") and _stop_phrase(v, syn.phrases[k], lex)
               for k in range(max(0, g - 3), g))


def _place_role(v: DocView, p, lex: dict) -> Optional[str]:
    """Why the parse rules a place out, or None: "reporter" (ハルキウ州の知事によれば), "clause" (クリミア半島を
    結ぶ|橋, ルーマニアと接する|川: inside a relative clause that describes another noun), "descriptor" (a sea,
    river or macro-region locating another place: 黒海沿岸の港湾都市, 東シベリアのイルクーツク州). A clause of
    being somewhere (キーウ州にある発電所) is no description: the place stays."""
    syn, sl = v.syntax, _syn_lex()
    info = syn.case_of(p.start, p.end)
    if info.phrase is None:
        return None
    i = info.phrase
    for step in range(sl.chain_limit):
        g = syn.phrases[i].head
        if g < 0:
            return None
        gp = syn.phrases[g]
        if _stop_phrase(v, gp, lex) or _light_strike(v, g, lex):
            return None
        if _reporting(gp, sl):
            return None if _list_member_on_verb(v, syn.phrases[i], gp) else "reporter"
        if gp.pos == "VERB" and gp.dep == "acl" and gp.lemma not in sl.place_link_lemmas:
            return "clause"
        if step == 0 and p.precision in sl.descriptor_precisions and v.first(gp.start, gp.end, {"GPE", "LOC", "FAC"}):
            return "descriptor"
        i = g
    return None


def _list_member_on_verb(v: DocView, ph, verb) -> bool:
    """A noun phrase ending in the listing と hung straight on the reporting verb is a list member the parse
    attached too high (…Aの製油所と、Bの製油所を攻撃したと発表: A's refinery was attacked too), not who reports.
    Not ハルキウ州とオデーサ州の知事によると (there と joins the next noun, not the verb), nor a quotation
    (「ウラジーミル、やめろ！」と投稿: the quotative と)."""
    quoted = re.search("[」』”！!？?]", v.clean[ph.start:ph.end]) is not None
    return ph.case == "と" and ph.pos in ("NOUN", "PROPN") and verb.pos == "VERB" and not quoted


def _is_heading(v: DocView, s: int, e: int) -> bool:
    """A headline or subhead: the first paragraph of a text of more than two (unless it reads as a lead of
    several sentences: キャスター：…ミサイルが着弾しました。子どもを含む…), or a short one without a full stop."""
    ps, pe = v.para(s)
    if (ps, pe) == v.paras[0] and len(v.paras) > 2 and not _lead_paragraph(v.clean[ps:pe]):
        return True  # the headline
    return pe - ps <= 40 and "。" not in v.clean[ps:pe]


def _lead_paragraph(text: str) -> bool:
    """A first paragraph that is prose, not a headline: longer than a headline and ending in a full stop, or
    of several sentences whose last drops its stop (a column's 遊具が残されていた。…着弾した。…遊び場だった
    before its ▼ break). A headline of one sentence (ロシア製油所　相次ぎ炎上) stays a headline."""
    body = text.strip()
    return len(body) > 40 and (body.endswith("。") or "。" in body.rstrip("。"))


def _quantities(v: DocView, s: int, e: int) -> list[tuple[Entity, Quantity]]:
    """QUANTITY and PERCENT entities with their values (the entity recogniser gives each a Quantity)."""
    return [(q, q.value) for q in v.ents(s, e, {"QUANTITY", "PERCENT"}) if isinstance(q.value, Quantity)]


def _toll(v: DocView, s: int, e: int, lex: dict) -> bool:
    """A sentence that gives a count of dead or injured people (州当局によれば、3人が死亡した)."""
    return _victims(v.clean[s:e], lex) and any(qv.unit == "person" for _, qv in _quantities(v, s, e))


def _follow_up(v: DocView, s: int, e: int, lex: dict, last: Optional[_Episode], date) -> Optional[_Episode]:
    """The episode a trigger-less or back-referring sentence adds to: この攻撃で3人が死亡 or a toll opening
    the paragraph right after the strike's (a broadcast's one-sentence paragraphs). Never a new attack."""
    if last is None or not (_toll(v, s, e, lex) or _impact_sentence(v, s, e, lex)) or \
            has_any(v.clean[s:s + 6], lex["contrast_openers"]):
        return None
    return None if _other_day(date, last) else last


def _toll_far(v: DocView, s: int, e: int, last: _Episode, lex: dict) -> bool:
    """A toll sentence whose places all lie far from those of the strike told just before, which gave a toll of
    its own (中部ドニプロでも攻撃があり…6人が死亡。 → 首都キーウでは27人が死亡): another town's toll. Not after a
    wave's town with no toll of its own (ルツクが最も激しく…死傷者は報告されていない。キーウ州では2人が負傷: the
    wave's toll)."""
    return _toll(v, s, e, lex) and any(_toll(v, a, b, lex) for a, b in last.sents) and \
        _far_from(v, s, e, last, lex, located_only=True)


def _toll_home(v: DocView, s: int, e: int, last: _Episode, eps: list[_Episode], lex: dict) -> _Episode:
    """The strike a toll paragraph belongs to when every place it names lies far from the strike told just
    before (中部ドニプロでも攻撃があり…6人が死亡。 → キーウ市長によると、首都だけで27人が死亡): an earlier
    strike of the same day near those places, else a strike of its own at them, dated as the last one."""
    for ep in reversed(eps):
        if ep is not last and ep.sents and ep.side == last.side and not _other_day(ep.date, last) and \
                not _far_from(v, s, e, ep, lex, located_only=True) and _locations(v, ep, ep.side):
            return ep
    day = last.date if last.date_explicit else None
    home = _Episode(side=last.side, date=day, date_explicit=day is not None, site=True)
    eps.append(home)
    return home


def _sub_country(v: DocView, s: int, e: int) -> list[Entity]:
    """The places below a country that a span names, each once. A model's wider span around a gazetteer place
    (the full profile's NER reads 州都ドニプロ, 港湾都市オデーサ as one unknown place around ドニプロ, オデーサ)
    is dropped: the place inside it stands for it, so both profiles compare the same places."""
    ents = [_story_district(v, p) for p in v.ents(s, e, {"GPE", "LOC", "FAC"}) if p.kind != "country"]
    return [q for q in ents if not _wraps_known(q, ents)]


def _wraps_known(q: Entity, ents: list[Entity]) -> bool:
    """An unknown place whose span holds a known one (州都ドニプロ around ドニプロ); False for ドニプロ itself."""
    return q.canonical is None and any(p is not q and p.canonical is not None and q.start <= p.start and
                                       p.end <= q.end and (p.start, p.end) != (q.start, q.end) for p in ents)


def _place_antecedent(v: DocView, s: int, e: int, eps: list[_Episode], idx: int) -> Optional[_Episode]:
    """The strike a toll paragraph goes back to across paragraphs that told none (a transcript's question:
    キャスター：被害の全容は…。 記者：…州の知事が、50人が死亡したと明らかに): the last strike, when the
    paragraph opens with the toll and every place it names is one of the places of the last strike that
    named any (a claim or comment told in between names none)."""
    if idx != 0:
        return None
    mine = {p.canonical or p.text for p in _sub_country(v, s, e)}
    for ep in reversed(eps):
        theirs = {p.canonical or p.text for a, b in ep.sents for p in _sub_country(v, a, b)}
        if theirs:
            return ep if mine and mine <= theirs else None
    return None


def _other_day(date: Optional[TimeSpan], ep: _Episode, report_lag: int = 2) -> bool:
    """A date that cannot be the episode's: before it, or more than report_lag days after it (a toll
    announced the next day, ルニン知事は28日…18人が死亡と発表, still belongs to the strike of the 27th)."""
    if not (date and date.start and ep.date_explicit and ep.date and ep.date.start):
        return False
    assert date.end is not None  # explicit dates are complete (_explicit_date)
    return date.end < ep.date.start or (ep.date.end is not None and (date.start - ep.date.end).days > report_lag)


def _disjoint(a: TimeSpan, b: TimeSpan) -> bool:
    """Two explicit dates without a day in common (explicit dates are complete: _explicit_date)."""
    assert a.start is not None and a.end is not None and b.start is not None and b.end is not None
    return a.start > b.end or a.end < b.start


class _HypotheticalNotLex(_Section):
    words: list[str]


def _hypothetical(sent: str, lex: dict) -> bool:
    """A threat, warning or sighting, not a strike: …攻撃を行う恐れがあると警告した (the した of the
    warning verb itself is no sign that anything was done)."""
    if _alert(sent):
        return True
    for w in _section("hypothetical_not", _HypotheticalNotLex).words:  # 弾薬庫、ならびに…: no なら
        sent = sent.replace(w, "")
    if not has_any(sent, lex["hypothetical"]):
        return False
    rest = sent
    for w in lex["hypothetical"]:
        for done in lex["done_verbs"]:
            rest = rest.replace(w + done, "")
    return not has_any(rest, lex["done_verbs"])


def _alert(sent: str) -> bool:
    """A sentence that ends by calling for vigilance or shelter reports an alert, not a strike:
    黒海の艦艇からミサイルが発射された可能性があるとして警戒を呼びかけた. Not when a done strike is reported
    before the call (計26回の攻撃を受けたと説明し、住民に避難を呼びかけた)."""
    ll = _launch_lex()
    if has_any(sent.rstrip()[-ll.alert_reach:], ll.alert_calls) is None:
        return False
    return not any("た" + link in sent for link in ll.alert_after_report)  # …受けたと説明し、避難を呼びかけた


def _place_topic(v: DocView, s: int, e: int, lex: dict) -> bool:
    """A sentence that opens with the place it is about: スーミ地区のXフロマダでは、… / X村には爆弾が投下され /
    A、B、Cの各集落も標的となり. The opening, up to the topic particle, names a place below a country."""
    m = re.search(alternation(lex["incident"]["topics"]), v.clean[s:min(e, s + lex["incident"]["reach"])])
    if m is None:
        return False
    return any(p.kind != "country" for p in v.ents(s, s + m.start(), {"GPE", "LOC", "FAC"}))


def _elsewhere(v: DocView, s: int, e: int, cur: _Episode, lex: dict) -> bool:
    """A strike sentence that opens with a place of its own, far from every place of the strike told so far
    (今月9日には、ヘルソン地区の集落で…。 → ドネツク州のXでは、村が砲撃にさらされている): another strike.
    Not a district of the same city (キーウでは… シェフチェンコ地区では…): a place within near_km of one
    already told, or one without coordinates next to one without, stays."""
    return _place_topic(v, s, e, lex) and _far_from(v, s, e, cur, lex)


def _far_from(v: DocView, s: int, e: int, cur: _Episode, lex: dict, located_only: bool = False) -> bool:
    """Every place the sentence names below a country lies farther than near_km from every place of the strike
    told so far (and has coordinates): サマラ州のシズラニ … クラスノダール地方のノボロシースク. located_only:
    places without coordinates (西部, an unknown village) are left out instead of failing the test."""
    mine = _sub_country(v, s, e)
    if located_only:
        mine = [p for p in mine if p.lat is not None]
    theirs = [p for p in _locations(v, cur, cur.side) if p.kind != "country"]  # where it hit, not 協議 venues
    if not mine or not theirs:
        return False
    near = lex["near_km"]
    for p in mine:
        for q in theirs:
            if (p.canonical or p.text) == (q.canonical or q.text):
                return False
            if p.lat is not None and q.lat is not None and _km(p, q) <= near:
                return False
    return all(p.lat is not None for p in mine)


def _another_site(v: DocView, s: int, e: int, cur: _Episode, lex: dict) -> bool:
    """Damage told with no strike word at a second, distant site of the same night, opened as a new event
    (さらに11日未明には、X地方の港湾都市Yで石油ターミナルの桟橋が損傷した after a refinery fire in Z州):
    its own record, not more damage of the strike before; so is a toll told so (南部Y州でも1人が死亡し…). Not an
    outage list (停電はX州にも及んだ) nor damage in the same city (また、市内の学校も損傷した)."""
    sent = v.clean[s:e]
    if not (has_any(_same_day_head(sent)[:6], lex["new_event_openers"]) or _also_after_toll(v, s, e, cur, lex)):
        return False
    damage = any(has_any(sent, words) for what, words in lex["impacts"] if what == "damaged")
    toll = _toll(v, s, e, lex)  # 南部Y州でも1人が死亡し、9人が負傷: a toll of its own, told far away
    return (damage or toll) and _far_from(v, s, e, cur, lex, located_only=True)


def _also_topic(v: DocView, s: int, e: int, lex: dict) -> bool:
    """A sentence that opens with a place marked 'also' (中部Yでも爆発が相次ぎ、橋が損傷した / 東部X州にも被害が
    出た), the mark within the incident reach. Not 市内でも (no named place) nor a place after an impact word
    (停電はX州にも及んだ: the mark does not close the opening)."""
    head = v.clean[s:min(e, s + lex["incident"]["reach"])]
    m = re.search(alternation(lex["also_here"]["marks"]), head)
    if m is None or any(has_any(head[:m.start()], w) for _, w in lex["impacts"]):
        return False
    return any(p.kind != "country" for p in v.ents(s, s + m.start(), {"GPE", "LOC", "FAC"}))


def _also_after_toll(v: DocView, s: int, e: int, cur: _Episode, lex: dict) -> bool:
    """An also-marked place (_also_topic) after one town's strike told with its own toll (中部Xでも集合住宅が
    被弾し、10人が死亡。東部Yでも被害が報告されている): Y is another strike of that night. Not after a wave
    whose opening sentence hits no town (ウクライナのエネルギー施設を攻撃した。Xでは3人が死亡。Yでも被害:
    the wave's detail) nor after a strike with no toll."""
    if not cur.sents or not _also_topic(v, s, e, lex) or not any(_toll(v, a, b, lex) for a, b in cur.sents):
        return False
    lead = _Episode(sents=cur.sents[:1], triggers=cur.triggers, side=cur.side)
    return any(p.kind != "country" for p in _locations(v, lead, cur.side))


def _town_places(v: DocView, s: int, e: int) -> list[Entity]:
    """The towns named in text[s:e]: cities and villages, and a community no gazetteer knows (Xフロマダ /
    X共同体, read as a region by its suffix: every oblast is in the gazetteer); not districts or oblasts."""
    return [p for p in v.ents(s, e, {"GPE", "LOC"})
            if p.kind in ("city", "place") or (p.kind == "region" and p.id is None)]


def _victims(sent: str, lex: dict) -> bool:
    """Dead or injured told, numbered or not (44歳の男性が死亡した)."""
    return bool(has_any(sent, lex["killed"]) or has_any(sent, lex["injured"]))


def _other_town_toll(v: DocView, s: int, e: int, cur: _Episode, lex: dict) -> bool:
    """A sentence opening with a town of its own (Y共同体では、… 2人が負傷 / 近郊のYでも…2人が負傷) with its own
    toll, after one town's strike told with its victims (X村で…男性が死亡): another strike, however near (two
    villages of one district). Not after a wave whose lead names no town (ウクライナ各地を攻撃。Xでは…。Yでは…:
    the wave's details), not a town the strike already names, not a district (the city's own)."""
    m = re.search(alternation(lex["incident"]["topics"]), v.clean[s:min(e, s + lex["incident"]["reach"])])
    if m is None or not cur.sents or not _toll(v, s, e, lex):
        return False
    if not any(_victims(v.clean[a:b], lex) for a, b in cur.sents):
        return False
    mine = _town_places(v, s, s + m.start())
    lead = _town_places(v, *cur.sents[0])
    told = {p.canonical or p.text for a, b in cur.sents for p in v.ents(a, b, {"GPE", "LOC"})}
    return bool(mine) and bool(lead) and not any((p.canonical or p.text) in told for p in mine)


def _outage_elsewhere(v: DocView, s: int, e: int, cur: _Episode, lex: dict) -> bool:
    """An also-marked place far from one town's strike with an outage and no damage (東部Xでも電力施設への攻撃が
    続き、停電が日常に): another place's power cuts, neither the strike's toll nor its place: left out."""
    return _also_after_toll(v, s, e, cur, lex) and _outage(v.clean[s:e], lex) and \
        _far_from(v, s, e, cur, lex, located_only=True)


def _km(p, q) -> float:
    """Distance between two places with coordinates (equirectangular, enough for tens of kilometres)."""
    import math
    x = math.radians(q.lon - p.lon) * math.cos(math.radians((p.lat + q.lat) / 2))
    y = math.radians(q.lat - p.lat)
    return 6371.0 * math.hypot(x, y)


def _incident(v: DocView, s: int, e: int, after: Optional[_Episode], lex: dict) -> bool:
    """One place's strike told after a day's tally (計87回の攻撃を行った。Xフロマダでは、誘導爆弾が落ち、
    1人が死亡) or after another such incident: its own record, not part of the tally. Needs a place topic,
    a toll, weapon or damage of its own, and no count (a count makes it the next tally)."""
    if after is None or not (after.tally or after.incident) or not _place_topic(v, s, e, lex):
        return False
    sent = v.clean[s:e]
    own = _toll(v, s, e, lex) or _cue(sent, lex) or any(has_any(sent, w) for w in lex["weapons"].values())
    return bool(own) and _count(v, [(s, e)]) is None


def _incident_episode(v: DocView, s: int, e: int, after: _Episode, trig, date, lex: dict) -> _Episode:
    """The incident's episode: its own sentence and date, else the tally's date and side (同日 / that day)."""
    side = _side(v, s, e, trig[0][0], lex, trig[0][1]) if trig else None
    ep = _Episode(sents=[(s, e)], triggers=list(trig), side=side or after.side, incident=True,
                  within=after.within or after)
    ep.date, ep.date_explicit = (date, True) if date else (after.date, after.date_explicit)
    return ep


def _regions(v: DocView, ep: _Episode) -> set:
    return {p.canonical for s, e in ep.sents for p in v.ents(s, e, {"GPE", "LOC"})
            if p.kind == "region" and p.canonical}


def _date_from_lead(v: DocView, tally: _Episode, eps: list[_Episode]) -> None:
    """An undated tally (スーミ州では、1日のうちに計87回の攻撃) details a strike a lead already dated for the
    same side and region (スーミ州と…ザポリージャ州で14日、ロシア軍による砲撃が相次ぎ): it takes that day."""
    mine = _regions(v, tally)
    for ep in reversed(eps):
        if ep is not tally and ep.date_explicit and ep.side == tally.side and mine & _regions(v, ep):
            tally.date, tally.date_explicit = ep.date, True
            return


def _last_date(eps: list[_Episode]) -> Optional[TimeSpan]:
    """The day of the latest strike told with an explicit date (同じ夜に、… after an undated detail paragraph)."""
    return next((ep.date for ep in reversed(eps) if ep.date_explicit), None)


class _ListLex(_Section):
    markers: list[str]
    events: list[str]
    undated_markers: list[str]
    date_reach: int


def _list_lex() -> _ListLex:
    return _section("list_items", _ListLex)


def _list_item_day(v: DocView, ps: int, pe: int, lex: dict) -> Optional[TimeSpan]:
    """The day a list item opens with (▽14日　Xの製油所で火災), when the paragraph before the list tells strikes
    (今月の主な攻撃は次の通り。), or, for an item with no day, the explicit day of that paragraph (11日夜から12日に
    かけて、複数の目標を攻撃した。・X州の石油貯蔵施設を攻撃した); None for any other paragraph."""
    ll = _list_lex()
    if not v.clean.startswith(tuple(ll.markers), ps):
        return None
    day = next((d for d in v.ents(ps, min(pe, ps + ll.date_reach + 8), {"DATE"})
                if d.start <= ps + ll.date_reach and isinstance(d.value, TimeSpan) and complete(d.value)
                and d.value.granularity in ("day", "month")), None)  # ▽14日 / ▽3月: a dated or monthly list
    pi = v.para_index(ps)
    while pi > 0 and v.clean.startswith(tuple(ll.markers), v.paras[pi - 1][0]):
        pi -= 1  # the lead is the paragraph before the first item
    if pi == 0 or not find_all(v.clean, lex["triggers"], *v.paras[pi - 1]):
        return None
    if day is None or not isinstance(day.value, TimeSpan):  # ・X州の石油貯蔵施設を攻撃した。: the lead's night
        prose = "。" in v.clean[ps:pe] and v.clean.startswith(tuple(ll.undated_markers), ps) and \
            not re.match(r"\S?\s*[0-9０-９]{1,2}[:：]", v.clean[ps:pe])
        return _explicit_date(v, *v.paras[pi - 1], v.paras[pi - 1][1]) if prose else None  # not ▼13:20　…炎上
    return day.value


def _places(v: DocView, s: int, e: int) -> list[Entity]:
    """Places of a span: its entities, plus a name found by its shape elsewhere in the text (サマラ州シズラニ)
    and repeated here bare (シズラニの製油所も再び攻撃を受けた), which the recogniser does not find twice."""
    own = v.ents(s, e, {"GPE", "LOC", "FAC"})
    taken = [(p.start, p.end) for p in own]
    shaped = {p.text: p for p in v.ents(0, len(v.clean), {"GPE", "LOC"}) if p.source == "rule" and len(p.text) >= 3}
    for text, p in shaped.items():
        for m in re.finditer(re.escape(text), v.clean[s:e]):
            a, b = s + m.start(), s + m.end()
            if not any(a < te and ts < b for ts, te in taken):
                own.append(p.model_copy(update={"start": a, "end": b}))
                taken.append((a, b))
    return sorted((_story_district(v, p) for p in own), key=lambda p: p.start)


def _story_district(v: DocView, p: Entity) -> Entity:
    """A district the gazetteer knows in one city (シェフチェンコ地区 → Kyiv's) told in a story about another city
    (北東部ハルキウを攻撃した。シェフチェンコ地区では…): the story city's district of that name, which the
    gazetteer does not place: its bare name (Shevchenkivskyi District), no coordinates; the place unchanged when
    the last city named before it is its own city (or none)."""
    if p.kind != "district" or not p.id:
        return p
    from ..gazetteer import load
    entry = load().get(p.id)
    cities = [c for c in v.ents(0, p.start, {"GPE"}) if c.kind == "city" and c.canonical and c.end <= p.start]
    if entry is None or not entry.parent or not cities or _within(cities[-1].id, {entry.parent}):
        return p
    bare = entry.canonical.removesuffix(f", {entry.parent}")  # Shevchenkivskyi District, not …, Kyiv
    return p.model_copy(update={"canonical": bare, "id": None, "lat": None, "lon": None, "geonames_id": None,
                                "precision": None})


def _list_item_episodes(v: DocView, sents: list, day: TimeSpan, eps: list[_Episode], lex: dict) -> list[_Episode]:
    """A list item's strikes: its first sentence naming an event (火災, 炎上, 被弾, 攻撃, 死亡), with or without a
    place (▽3月7日　ガス生産施設をミサイル攻撃), and each later one naming an event at a place the item has not
    named yet starts one (…ウスチルガ港で…炎上。…シズラニの製油所も再び攻撃を受けた → two); other sentences
    join the last, and the item's head before its first event joins that one (・10月4日　X州Y製油所。装置1基が
    損傷した。). The side is the campaign's: the latest strike told with one; with none, the lead is the latest
    strike that names a weapon (長距離無人機による攻撃を計28回実施した: the items' weapons)."""
    armed = (ep for ep in reversed(eps) if _weapons("".join(v.clean[a:b] for a, b in ep.sents), lex))
    lead = next((ep for ep in reversed(eps) if ep.side), None) or next(armed, eps[-1] if eps else None)
    lead = lead.lead or lead if lead else None  # the items before share the campaign's lead
    out: list[_Episode] = []
    seen: set = set()
    heads: list = []  # ・10月4日　X州Y製油所。: the item's head naming the place before the sentence of its event
    for s, e in sents:
        places = {p.canonical or p.text for p in _places(v, s, e) if p.kind not in ("country", "water")}
        event = find_all(v.clean, _list_lex().events, s, e)
        quoted = [x for x in event if _in_quote(v.clean, s, x[0], lex)]
        event = [x for x in event if x not in quoted]
        if event and (not out or places - seen) and not _hypothetical(v.clean[s:e], lex):
            own = _side(v, s, e, event[0][0], lex, event[0][1])
            out.append(_Episode(sents=heads + [(s, e)], triggers=[(event[0][0], event[0][1])], date=day,
                                date_explicit=True, side=own or (lead.side if lead else None), lead=lead, listed=True))
            seen |= places | {p.canonical or p.text for a, b in heads for p in _places(v, a, b)}
            heads = []
        elif out:
            out[-1].sents.append((s, e))
        else:
            heads.append((s, e))
    return out


@dataclass
class _Walk:
    """The state of one pass over a document's paragraphs (:func:`_episodes`)."""
    eps: list[_Episode] = field(default_factory=list)
    mentions: list[_Episode] = field(default_factory=list)  # blasts named in passing: no strike told joins them
    prev_para_ep: Optional[_Episode] = None  # the episode the previous paragraph ended in
    answer: bool = False  # the paragraph answers a question paragraph (Q&A explainer)


def _episodes(v: DocView, lex: dict) -> list[_Episode]:
    """The document's strikes, paragraph by paragraph and sentence by sentence: each sentence starts an
    episode, adds to the current one (a toll, a follow-up) or ends it (:func:`_sentence_step`)."""
    w = _Walk()
    for ps, pe in v.paras:
        sents = v.sentences_in(ps, pe)
        if _para_skipped(v, ps, pe, w) or _list_para(v, ps, pe, sents, w, lex):
            continue
        cur: Optional[_Episode] = None
        for idx, (s, e) in enumerate(sents):
            if not _is_heading(v, s, e):
                cur = _sentence_step(v, sents, idx, ps, cur, w, lex)
        w.prev_para_ep, w.answer = cur, False
    return w.eps + w.mentions


def _para_skipped(v: DocView, ps: int, pe: int, w: _Walk) -> bool:
    """A paragraph between a strike and its toll that links them still: a live blog's time stamp (17:05),
    or an explainer's question (Ｑ　被害は。), after which any toll sentence of the answer is the strike's."""
    if w.prev_para_ep is None:
        return False
    if _time_stamp_re().match(v.clean[ps:pe]):
        return True
    if _question_re().match(v.clean[ps:pe]):
        w.answer = True
        return True
    return False


def _list_para(v: DocView, ps: int, pe: int, sents: list[tuple[int, int]], w: _Walk, lex: dict) -> bool:
    """A dated list item (▽14日　Xの製油所で火災): its episodes, and True when it gave any."""
    item_day = _list_item_day(v, ps, pe, lex)
    if item_day is None:
        return False
    items = _list_item_episodes(v, sents, item_day, w.eps, lex)
    if not items:
        return False
    w.eps.extend(items)
    w.prev_para_ep = items[-1]
    return True


def _sentence_hits(v: DocView, s: int, e: int, w: _Walk, lex: dict) -> tuple[list, list]:
    """The sentence's trigger hits and its own strike triggers (not anaphoric). A blast named as a noun
    (X橋の爆発への報復) is a record of its own, kept aside; a hypothetical sentence has none."""
    hits = _all_triggers(v, s, e, lex)
    named = [h for h in hits if h[2] == _section("facility_blasts", _BlastLex).nominal_event]
    if named:
        w.mentions.extend(_blast_mentions(v, s, e, named, lex))
        hits = [h for h in hits if h not in named]
    if _hypothetical(v.clean[s:e], lex):
        return [], []
    return hits, [(ts, te) for ts, te, _, ana in hits if not ana]


def _sentence_date(v: DocView, s: int, e: int, trig: list, eps: list[_Episode], lex: dict) -> Optional[TimeSpan]:
    """The sentence's explicit date; ザポリージャ州でも同日、…: the day of the strike just told, not a
    resolver's guess."""
    date = _explicit_date(v, s, e, trig[0][0] if trig else e)
    if eps and eps[-1].date_explicit and ((date is not None and date.text in lex["same_day_openers"]) or
                                          _same_marked(v, s, e, date, lex)):
        return eps[-1].date
    return date


def _sentence_step(v: DocView, sents: list[tuple[int, int]], idx: int, ps: int, cur: Optional[_Episode], w: _Walk,
                   lex: dict) -> Optional[_Episode]:
    """One sentence of the walk; returns the episode the next sentence continues (None: none)."""
    s, e = sents[idx]
    hits, trig = _sentence_hits(v, s, e, w, lex)
    date = _sentence_date(v, s, e, trig, w.eps, lex)
    if trig and _ordinal_campaign(v, s, e, cur):
        w.eps.append(_Episode(sents=[(s, e)], triggers=list(trig), side=cur.side if cur else None))
        return cur  # 今月に入って17回目: the run since a start, a record of its own; the strike goes on
    if _cumulative_toll(v, s, e, cur, lex):
        return cur  # 侵攻開始以来、市内の死者は1000人を超える: no toll of the day's strike
    after = cur if cur is not None else (w.eps[-1] if w.eps and idx == 0 else None)
    if (trig or (cur is not None and _cue(v.clean[s:e], lex))) and after is not None and \
            _incident(v, s, e, after, lex):
        cur = _incident_episode(v, s, e, after, trig, date, lex)
        w.eps.append(cur)
        return cur
    if trig:
        return _strike_step(v, sents, idx, ps, trig, date, cur, w, lex)
    return _untriggered_step(v, sents, idx, hits, date, cur, w, lex)


def _strike_step(v: DocView, sents: list[tuple[int, int]], idx: int, ps: int, trig: list, date: Optional[TimeSpan],
                 cur: Optional[_Episode], w: _Walk, lex: dict) -> Optional[_Episode]:
    """A sentence with strike triggers: day clauses, place clauses, or one strike sentence."""
    s, e = sents[idx]
    if parts := _day_clauses(v, s, e, trig):
        side = (_side(v, s, e, trig[0][0], lex, trig[0][1]) or (cur.side if cur is not None else None) or
                _recent_side(v, ps, w.eps))
        return _day_clause_episodes(v, parts, trig, side, w.eps, lex, (ps, s))
    if parts := _place_clauses(v, s, e, trig, lex):
        w.eps.extend(_place_clause_episodes(v, parts, trig, date or _last_date(w.eps), lex))
        return w.eps[-1]
    opener = has_any(_same_day_head(v.clean[s:e])[:6], lex["new_event_openers"])
    first = idx == 0 and not opener
    return _strike_sentence(v, (s, e), trig, date, bool(opener), first, cur, w.eps, w.prev_para_ep, lex)


def _untriggered_step(v: DocView, sents: list[tuple[int, int]], idx: int, hits: list, date: Optional[TimeSpan],
                      cur: Optional[_Episode], w: _Walk, lex: dict) -> Optional[_Episode]:
    """A sentence without strike triggers: a toll of the current strike, a follow-up of an earlier one, an
    outage told before its strike sentence, or another day's event that ends the episode."""
    s, e = sents[idx]
    sent, eps = v.clean[s:e], w.eps
    if cur is not None and _cue(sent, lex) and not _other_day(date, cur) and \
            not has_any(sent[:6], lex["contrast_openers"]):  # 一方、…41人が死亡と発表: another account
        return _toll_sentence(v, (s, e), date, cur, eps, lex)
    if cur is None and (hits or idx == 0 or w.answer or _toll_update_opening(v, sents, idx, lex)):
        back = _follow_up(v, s, e, lex, (eps[-1] if eps else None) if hits else w.prev_para_ep or
                          _place_antecedent(v, s, e, eps, idx), date)
        if back is not None:
            return _followed(v, s, e, back, hits, w, lex)
    if _outage(sent, lex) and v.ents(s, e, {"QUANTITY"}) and idx + 1 < len(sents) and \
            _trigger_hits(v, *sents[idx + 1], lex):
        # an outage sentence before the strike sentence (20万世帯以上が停電 … ミサイルの標的)
        cur = _Episode(sents=[(s, e)])
        eps.append(cur)
        return cur
    # another day's event ends the episode, unless the sentence refers back to the strike
    # (8日の橋の爆発を非難し、一連の攻撃はその報復だ): the next paragraph's toll is still this one's
    return None if date and not hits and not _background_day(date, cur) else cur


def _followed(v: DocView, s: int, e: int, back: _Episode, hits: list, w: _Walk, lex: dict) -> _Episode:
    """A follow-up sentence joins the episode it refers back to, unless it tells an earlier strike there
    (X橋は昨年10月にも…3人が死亡) or a toll far from it (Y市長によると、首都だけで27人が死亡: Y's own)."""
    cur = back
    if _earlier_also(v, s, e, back, lex):
        cur = _Episode(earlier=True)
        w.eps.append(cur)
    elif not hits and _toll_far(v, s, e, back, lex):
        cur = _toll_home(v, s, e, back, w.eps, lex)
    cur.sents.append((s, e))
    return cur


def _blast_mentions(v: DocView, s: int, e: int, named: list, lex: dict) -> list[_Episode]:
    """Blasts at a facility named as nouns (8日に起きたX橋の爆発を「…によるテロ行為だ」と非難 / X橋で起きた爆発への
    報復): each one episode of the clause that names it (its day and places, not the sentence's other strike),
    which neither continues the strike told so far nor takes the sentences after it. The side is the one the
    sentence names by による, if any (…特務機関によるテロ行為)."""
    out = []
    for ts, te, _, _ in named:
        cs = max([s] + [i + 1 for i in (v.clean.rfind(c, s, ts) for c in "、。") if i >= 0])
        m = re.search(r"(\S{1,8})による(?!と)", v.clean[te:e])
        agent = v.first(te + m.start(), te + m.end(), {"GPE", "ORG"}) if m else None
        st = state_of(agent) if agent is not None else None
        side = st.country if st is not None and st.country in lex["attackers"] else None
        out.append(_Episode(sents=[(cs, te)], triggers=[(ts, te)], date=_explicit_date(v, cs, te, ts),
                            side=side, mention=True))
        out[-1].date_explicit = out[-1].date is not None
    return out


def _strike_sentence(v: DocView, se: tuple[int, int], trig: list, date, opener: bool, first: bool,
                     cur: Optional[_Episode], eps: list[_Episode], prev_para_ep: Optional[_Episode],
                     lex: dict) -> _Episode:
    """A sentence with a strike word: it continues the current strike, or starts a new one (another side,
    day, month or place, an opener, a toll told elsewhere); a paragraph's first passive strike sentence with
    nothing new is the victims' account of the strike the paragraph before ended in."""
    s, e = se
    sent = v.clean[s:e]
    side = _side(v, s, e, trig[0][0], lex, trig[0][1])
    if cur is None and first and not (side or date) and \
            _passive(v, trig[0][0], trig[0][1], lex) and _victims_account(v, s, e, prev_para_ep):
        cur = prev_para_ep
    apart = cur is not None and _toll_elsewhere(v, s, e, cur, lex)  # Y州の知事は…2人が死亡
    tally = cur is not None and _another_tally(v, s, e, cur)  # 計16回の集中攻撃。また、…計22回の集中攻撃
    in_run = _day_in_run(date, v, cur)  # 3月以降…を集中的に攻撃。8月26日には大規模攻撃: the run's side
    also_day = cur is not None and _also_day(v, s, e, date, cur, lex)  # 7日にも同港で…: that side's again
    new = cur is None or opener or (side and cur.side and side != cur.side) or \
        (date and cur.date_explicit and cur.date and _disjoint(date, cur.date)) or \
        also_day or _earlier_also(v, s, e, cur, lex) or apart or \
        _other_month(v, s, e, cur, lex) or in_run or tally or \
        (date is None and _elsewhere(v, s, e, cur, lex)) or _other_town_toll(v, s, e, cur, lex)
    if new:
        prev_date = cur.date if cur is not None and cur.date_explicit else _last_date(eps)
        roundup = _roundup_place(v, s, e, cur, lex)
        also_here = _also_here(v, s, trig[0][0], lex)  # 同じ夜、X村にももう1発のミサイルが落ち: the same side's
        side = side or (cur.side if (apart or also_here or in_run or also_day or tally) and cur is not None else None)
        cur = _Episode(side=side, also_here=also_here)
        eps.append(cur)
        if date is None and prev_date is not None and (apart or roundup or has_any(
                sent[:lex["same_day_reach"]], lex["same_day_openers"])):  # 同じ夜、… / ロシア軍は同じ夜、…
            date = prev_date
    assert cur is not None  # a new episode, or the current one continued
    cur.side = cur.side or side
    cur.sents.append((s, e))
    cur.triggers.extend(trig)
    cur.tally = cur.tally or _count(v, [(s, e)]) is not None
    if cur.tally and not cur.date_explicit:
        _date_from_lead(v, cur, eps)
    if date and not cur.date_explicit:
        cur.date, cur.date_explicit = date, True
        cur.also = _day_told_also(v, s, e, date, lex)
    return cur


def _toll_sentence(v: DocView, se: tuple[int, int], date, cur: _Episode, eps: list[_Episode],
                   lex: dict) -> _Episode:
    """A sentence with a toll or damage cue and no strike word joins the current strike, unless it tells the
    same night's second site (さらに…Yで桟橋が損傷), an earlier strike at the place (X橋は昨年10月にも…3人が
    死亡) — each a strike of its own — or an outage far away (東部Xでも…停電が日常に), which joins nothing."""
    s, e = se
    if _another_site(v, s, e, cur, lex) or _other_town_toll(v, s, e, cur, lex):
        day = date or (cur.date if cur.date_explicit else _last_date(eps))
        cur = _Episode(side=cur.side, date=day, date_explicit=day is not None, site=True)
        eps.append(cur)
    elif _earlier_also(v, s, e, cur, lex):
        cur = _Episode(earlier=True)
        eps.append(cur)
    elif _outage_elsewhere(v, s, e, cur, lex):
        return cur
    cur.sents.append((s, e))
    return cur


@lru_cache(maxsize=1)
def _time_stamp_re() -> re.Pattern:
    return re.compile(lexicon("attack")["time_stamp_paragraph"])


@lru_cache(maxsize=1)
def _question_re() -> re.Pattern:
    """A Q&A explainer's question paragraph (Ｑ　標的は。/ Q: 被害は？), short and on one line."""
    return re.compile(lexicon("attack")["question_paragraph"])


def _toll_update_opening(v: DocView, sents: list, idx: int, lex: dict) -> bool:
    """The second sentence of a paragraph whose first announces casualties without a figure or strike word
    (州知事が死傷者数を更新した。死者は少なくとも6人…): the toll goes back to the strike as a first one would."""
    if idx != 1:
        return False
    s, e = sents[0]
    sent = v.clean[s:e]
    return bool(_cue(sent, lex) or has_any(sent, lex["toll_announcements"])) and not _toll(v, s, e, lex) and \
        not _all_triggers(v, s, e, lex)


@lru_cache(maxsize=1)
def _day_clause_re() -> re.Pattern:
    return re.compile(lexicon("attack")["day_clauses"]["pattern"])


def _day_clause_episodes(v: DocView, parts: list, trig: list, side: Optional[str], eps: list[_Episode],
                         lex: dict, context: tuple[int, int]) -> _Episode:
    """A record per day clause (14日にはXが、翌15日にはYが相次いで攻撃を受けた), each on the side of the sentence, of
    the strike its paragraph told before, or of the last strike told with a side in this or the paragraph
    before; a clause that names no place is at the first clause's (同港では6日にも貨物船が被弾し、7日には倉庫も…:
    the port, both days), and the first at the places its paragraph named before it (``context``: …オデーサ州の
    港で攻撃を受けた民間船は4隻目。5日には貨物船が…、7日には貨物船が被弾して…). Returns the last."""
    first: Optional[_Episode] = _Episode(sents=[context]) if context[1] > context[0] else None
    for cs, ce in parts:
        d = _explicit_date(v, cs, ce, ce)
        ep = _Episode(sents=[(cs, ce)], triggers=list(trig), side=side, date=d, date_explicit=d is not None,
                      place_from=first, also=d is not None and _day_told_also(v, cs, ce, d, lex))
        context_only = first is not None and not first.triggers  # the paragraph before, no clause yet placed
        if first is None or (context_only and _locations(v, ep, side)):
            first = ep  # the first clause that names a place of its own: the later ones are there
        eps.append(ep)
    return eps[-1]


def _recent_side(v: DocView, ps: int, eps: list[_Episode]) -> Optional[str]:
    """The side of the last strike told with one, when it ends in this paragraph or the one before."""
    pi = v.para_index(ps)
    for ep in reversed(eps):
        if ep.side and ep.sents:
            return ep.side if v.para_index(ep.sents[-1][0]) >= pi - 1 else None
    return None


def _day_clauses(v: DocView, s: int, e: int, trig: Optional[list] = None) -> list[tuple[int, int]]:
    """The clauses of a sentence that tells strikes of two or more days, each day a topic with its own place
    (14日には南部Xの製油所が、翌15日には中部Y州の製油所が相次いで攻撃を受けた) or its own strike word (同港では
    6日にも貨物船が被弾し、7日には倉庫も攻撃を受けた): one span per day, the first from the sentence start.
    Empty for one day, a repeated day, or a clause with neither (14日には…製油所が、15日には火災が鎮火した: not
    two strikes)."""
    ms = list(_day_clause_re().finditer(v.clean, s, e))
    if len(ms) < 2 or len({m.group(1).translate(_DIGITS) for m in ms}) < len(ms):
        return []
    bounds = [s] + [m.start() for m in ms[1:]] + [e]
    parts = list(zip(bounds, bounds[1:]))
    if not all(any(p.kind != "country" for p in v.ents(a, b, {"GPE", "LOC", "FAC"})) or
               any(a <= ts < b for ts, _ in trig or []) for a, b in parts):
        return []
    return parts


class _PlaceClausesLex(_Section):
    topic: list[str]
    also: list[str]
    reach: int


def _place_clauses(v: DocView, s: int, e: int, trig: list, lex: dict) -> list[tuple[int, int]]:
    """The clauses of a sentence that tells two places' strikes, each a place topic (X州では…被害を受け、東部Y
    でも住宅地が攻撃され): one span per place, the first from the sentence start. The later clause opens right
    after 、 (within reach: 東部の) with a place marked also; each clause has a strike word or damage of its own.
    Empty for 市内でも (no named place) or a second clause with no strike (…、Y州でも停電が続いた)."""
    sl = _section("place_clauses", _PlaceClausesLex)
    ents = [p for p in v.ents(s, e, {"GPE", "LOC", "FAC"}) if p.kind != "country"]
    comma = {p.start: v.clean.rfind("、", s, p.start) for p in ents}  # -1: no 、 before the place
    cuts = [comma[p.start] + 1 for p in ents if v.clean.startswith(tuple(sl.also), p.end) and
            comma[p.start] >= 0 and p.start - comma[p.start] - 1 <= sl.reach]
    first = [p for p in ents if v.clean.startswith(tuple(sl.topic), p.end)]
    if not cuts or not first or first[0].end > cuts[0]:
        return []
    bounds = [s] + sorted(set(cuts)) + [e]
    parts = list(zip(bounds, bounds[1:]))
    damage = [w for what, words in lex["impacts"] if what == "damaged" for w in words]
    own = all(any(a <= ts < b for ts, _ in trig) or has_any(v.clean[a:b], damage) for a, b in parts)
    return parts if own else []


def _place_clause_episodes(v: DocView, parts: list, trig: list, date: Optional[TimeSpan], lex: dict) -> list:
    """An episode per place clause (_place_clauses), on the sentence's day or else the last strike's day."""
    side = _side(v, parts[0][0], parts[-1][1], trig[0][0], lex, trig[0][1])
    return [_Episode(sents=[(cs, ce)], triggers=[t for t in trig if cs <= t[0] < ce] or list(trig), side=side,
                     date=date, date_explicit=date is not None, also_here=i > 0) for i, (cs, ce) in enumerate(parts)]


def _same_day_head(sent: str) -> str:
    """同じ25日夜には… read as 同じ日夜には…: the day number of 'the same N-th' repeats the day just told."""
    return re.sub(r"^同じ[0-9０-９]+", "同じ", sent)


def _also_here(v: DocView, s: int, ts: int, lex: dict) -> bool:
    """A sentence opening with the same day (同じ日の午後、/ 同じ25日夜には) that tells the strike 'also at' a
    place (市中心部にもミサイルが撃ち込まれ): another strike that day, not more of the one just told. Not
    同日、キーウの住宅が被弾した (no にも: the same strike's detail, as before). A bare も counts right after a
    named place (同じ時間帯には、X南東のY村もミサイル攻撃を受けた), not after a thing (市内の病院も被害を受けた)."""
    head = _same_day_head(v.clean[s:ts])
    if not has_any(head[:6], lex["same_day_openers"]):
        return False
    marks = lexicon("attack")["also_here"]
    return any(m in v.clean[s:ts] for m in marks["marks"]) or _place_marked(v, s, ts, marks["place_marks"]) or \
        _struck_also(v.clean[s:ts], marks["strike_marks"], marks["strike_reach"])


def _struck_also(before: str, marks: list[str], reach: int) -> bool:
    """A thing marked 'also' right before the strike word (市の中心部にある住宅街もミサイル攻撃を受け): another site
    struck, not more damage of the strike before it (病院も被害を受けた has no strike word)."""
    for m in marks:
        i = before.rfind(m)
        if i > 0 and len(before) - i - len(m) <= reach and not has_any(before[i:], ["、", "，"]):
            return True
    return False


def _place_marked(v: DocView, s: int, ts: int, marks: list[str]) -> bool:
    """A place below a country right before one of marks, before the strike word: 南東のサマリウカ村も|攻撃を受けた.
    Not ロシアも (a country) nor 病院も (no place)."""
    return any(p.kind != "country" and v.clean.startswith(tuple(marks), p.end)
               for p in v.ents(s, ts, {"GPE", "LOC", "FAC"}))


def _background_day(date: TimeSpan, cur: Optional[_Episode]) -> bool:
    """A trigger-less sentence dated within the strike's own day tells its background (この日は祝日で、多くの
    市民が教会に向かっていた): the strike's episode goes on. Another day (12日には首脳会談が…) ends it."""
    return bool(cur is not None and cur.date_explicit and cur.date is not None and cur.date.start
                and date.start and date.end and not _disjoint(date, cur.date))


def _roundup_place(v: DocView, s: int, e: int, cur: Optional[_Episode], lex: dict) -> bool:
    """An undated strike that opens with its own place right after a dated strike in the same paragraph
    tells the same wave somewhere else (ロシア軍は22日未明、各地を攻撃した。北東部ハルキウでは幼稚園が…
    直撃を受け / 南部オデーサでも…): that day. Not after an undated strike (no day to carry over)."""
    return bool(cur is not None and cur.date_explicit and cur.date is not None and _place_topic(v, s, e, lex))


def _day_told_also(v: DocView, s: int, e: int, date: TimeSpan, lex: dict) -> bool:
    """The sentence's day is followed by も (キーウでは24日未明にも…攻撃があり): another strike than the one
    just told, even in the same city a day apart."""
    i = v.clean.find(date.text or "", s, e) if date.text else -1
    return i >= 0 and v.clean.startswith(tuple(lex["also_day_after"]), i + len(date.text or ""))


def _same_start(a: Attack, b: Attack) -> bool:
    return a.date is not None and b.date is not None and a.date.start == b.date.start


def _victims_account(v: DocView, s: int, e: int, prev: Optional[_Episode]) -> bool:
    """A paragraph that opens with an undated, agentless (passive or existential: the caller checks) account
    of the strike the previous paragraph ended in (ロシア国防省はX州とY州で攻撃があったことを認め、死傷者は
    いないとした): the same strike, told by its victim. Every place below a country it names is one of that
    strike's. Not a detail paragraph with a strike verb of its own (X製油所では無人機の破片が落下し: its own
    record where the lead told two sites)."""
    if prev is None or not prev.triggers:
        return False
    mine = {p.canonical or p.text for p in _sub_country(v, s, e)}
    theirs = {p.canonical or p.text for a, b in prev.sents for p in _sub_country(v, a, b)}
    return bool(mine) and mine <= theirs


def _also_day(v: DocView, s: int, e: int, date: Optional[TimeSpan], cur: _Episode, lex: dict) -> bool:
    """A day told with も (ウクライナ軍は今月11日にもモスクワ州などを攻撃し) after a strike of no other day:
    another strike of that side, not the day of the one being told."""
    if date is None or not date.text or not cur.triggers or \
            (cur.date_explicit and cur.date is not None and not _disjoint(date, cur.date)):
        return False
    i = v.clean.find(date.text, s, e)
    return i >= 0 and v.clean.startswith(tuple(lex["also_day_after"]), i + len(date.text))


def _toll_elsewhere(v: DocView, s: int, e: int, cur: _Episode, lex: dict) -> bool:
    """A strike sentence with a toll of its own, far from where the strike told so far had its toll (a lead over
    two regions, then X州の知事によると、港湾施設が直撃を受け8人が死亡。… Y州の知事は、州都Yの住宅地に
    無人機が着弾し、2人が死亡): a second strike of the same night. Not a toll near the first (a district of the
    same city), nor the first toll of the strike."""
    if not _toll(v, s, e, lex):
        return False
    tolls = [(a, b) for a, b in cur.sents if _toll(v, a, b, lex)]
    theirs = [p for a, b in tolls for p in v.ents(a, b, {"GPE", "LOC", "FAC"})
              if p.kind != "country" and p.lat is not None]
    mine = [p for p in v.ents(s, e, {"GPE", "LOC", "FAC"}) if p.kind != "country" and p.lat is not None]
    if not theirs or not mine:
        return False
    near = lex["near_km"]
    return all(_km(p, q) > near and (p.canonical or p.text) != (q.canonical or q.text) for p in mine for q in theirs)


def _earlier_also(v: DocView, s: int, e: int, cur: _Episode, lex: dict) -> bool:
    """A month or year told with も that ends before the strike being told (X橋は昨年10月にもトラックの爆発で
    一部が崩落し、3人が死亡している): an earlier strike of its own, not this one's toll. Not 17日にも (a day:
    _also_day) nor a period that holds the strike's day (今月にも: the same month)."""
    if not (cur.date_explicit and cur.date is not None and cur.date.start is not None):
        return False
    for d in v.ents(s, e, {"DATE"}):
        ts = d.value
        if isinstance(ts, TimeSpan) and ts.end is not None and ts.granularity in ("month", "year", "season") and \
                ts.end < cur.date.start and (v.clean.startswith(tuple(lex["also_day_after"]), d.end) or
                                             _earlier_strike_noun(v.clean, d.end, e, lex)):
            return True
    return False


class _EarlierNounLex(_Section):
    links: list[str]
    reach: int
    after: list[str]


@lru_cache(maxsize=1)
def _earlier_noun_re() -> re.Pattern:
    el = _section("earlier_strike_noun", _EarlierNounLex)
    return re.compile(f"(?:{alternation(el.links)})[^、。]{{0,{el.reach}}}?"
                      f"(?:{alternation(lexicon('attack')['triggers'])})(?:{alternation(el.after)})")


def _earlier_strike_noun(text: str, end: int, stop: int, lex: dict) -> bool:
    """A date that dates a strike noun of its own (昨年5月の攻撃でも / 昨年の同様の攻撃では): that strike's
    sentence tells another time. Not 2022年2月の侵攻開始以来 (no strike noun closed by a topic or also mark)."""
    return _earlier_noun_re().match(text, end, stop) is not None


def _outage_only(v: DocView, s: int, e: int, lex: dict) -> bool:
    """A sentence that lists regions with outages and reports no strike (no trigger, no damage word);
    one city that lost water (オデーサでは約30万人が断水した) is still where the strike hit. Places are counted once
    by name: キーウ市のクリチコ市長は、市内の…で暖房が止まった is one city even where the model's キーウ市 overlaps the
    gazetteer's キーウ (the full profile would otherwise drop the city the fast profile keeps)."""
    sent = v.clean[s:e]
    if len({p.canonical or p.text for p in v.ents(s, e, {"GPE", "LOC"}) if p.kind != "country"}) < 2:
        return False
    outage = any(has_any(sent, words) for what, words in lex["impacts"] if what.startswith("without"))
    damage = any(has_any(sent, words) for what, words in lex["impacts"] if what == "damaged")
    return outage and not damage and not _trigger_hits(v, s, e, lex)


@lru_cache(maxsize=1)
def _official_re() -> re.Pattern:
    of = lexicon("attack")["reporting_officials"]
    return re.compile(f"の[^、。]{{0,{of['name_reach']}}}?(?:{alternation(of['titles'])})")


def _bare_official_re() -> re.Pattern:
    return re.compile(alternation(lexicon("attack")["reporting_officials"]["bare_titles"]))


def _official_of(v: DocView, p, e: int) -> bool:
    """A place named as an official's jurisdiction (ハルキウ州のオレフ・シネフボフ知事, オデーサ州当局は): in a
    sentence that only adds the toll, the place says who reports, not where the strike hit. Not a country
    before a bare title (ウクライナ当局によると、全土で…: the country may be all that is told)."""
    if _official_re().match(v.clean, p.end, e) is not None:
        return True
    return p.kind != "country" and _bare_official_re().match(v.clean, p.end, e) is not None


def _launch_origin(v: DocView, p, e: int, lex: dict) -> bool:
    """A place the weapons were fired from: Xから…発射 within the clause (ハルキウ州から地対空ミサイル2発を発射).
    Not Xから…へ / Xに (a place the strike reached) and not a launch told in another clause."""
    if not v.clean.startswith("から", p.end):
        return False
    clause = re.split(r"[、。]", v.clean[p.end + 2:min(e, p.end + 2 + lex["launch_reach"])])[0]
    return bool(has_any(clause, lex["launch_words"]))


def _jurisdiction_hit(v: DocView, p, e: int, lex: dict) -> bool:
    """The reporting body's region is where the strike hit when the sentence points back to it (オデーサ州の当局
    によると、ロシア軍は…州内の港湾施設などを攻撃した); not a country's body (ウクライナ政府は…国内の).
    """
    words = lex["jurisdiction_anaphors"].get(p.kind or "", [])
    return bool(words) and has_any(v.clean[p.end:e], words) is not None


def _reporter_pointed(v: DocView, p, ep: _Episode, lex: dict) -> bool:
    """Full profile: the region of the official the parse calls the reporter (X州の知事代行は、…攻撃で…死亡したと
    報告) is where, when a later sentence of the episode points back to it (州内では…避難)."""
    return v.syntax.parsed and _jurisdiction_hit(v, p, ep.sents[-1][1], lex) and _place_role(v, p, lex) == "reporter"


def _locations(v: DocView, ep: _Episode, attacker_country: Optional[str]) -> list:
    """Where the strike hit: the episode's places less reporters, datelines, launch sites and affiliations
    (`_struck_places`), the parse's roles in the full profile (`_parsed_places`), then the specific places."""
    lex = lexicon("attack")
    places, pointed = _struck_places(v, ep, attacker_country, lex)
    if v.syntax.parsed:
        places = _parsed_places(v, places, pointed, lex)
    return _specific_places(v, ep, places, lex)


def _struck_places(v: DocView, ep: _Episode, attacker_country: Optional[str], lex: dict) -> tuple[list, set[int]]:
    """The places of the episode's sentences that can be struck places, and those a reporter or a jurisdiction
    points back to (kept whatever role the parse gives them)."""
    places = []
    pointed: set[int] = set()
    for s, e in ep.sents:
        if _outage_only(v, s, e, lex):
            continue  # 停電はハルキウ州、オデーサ州に及んだ: where the lights went out, not where the strike hit
        told_strike = any(s <= ts < e for ts, _ in ep.triggers)
        for p in _places(v, s, e):
            if _not_struck(v, p, e, told_strike, attacker_country, lex):
                continue
            places.append(p)
            if _jurisdiction_hit(v, p, e, lex) or _reporter_pointed(v, p, ep, lex):
                pointed.add(p.start)
    return places, pointed


def _not_struck(v: DocView, p, e: int, told_strike: bool, attacker_country: Optional[str], lex: dict) -> bool:
    """A place that names no struck place: the attacker's country or capital, a reporting official's region,
    a dateline or reporting body, a launch site, an unbacked model guess, an affiliation (ウクライナの新任
    エネルギー大臣)."""
    nxt = v.clean[p.end:p.end + 4]
    capital = lex["attacker_capitals"].get(attacker_country or "")
    if p.kind == "country" and p.country == attacker_country:
        return True
    if not told_strike and _official_of(v, p, e) and not _jurisdiction_hit(v, p, e, lex):
        return True  # …ハルキウ州のシネフボウ知事によると、死者は18人: who reports the toll, not where
    if nxt.startswith(tuple(lex["not_place_after"])) or nxt.startswith(tuple(lex["meeting_after"])) or \
            _dateline(v.clean, p.end, lex) or _bracket_dateline(v.clean, p.start, p.end) or \
            _standup(v.clean, p.end) or _reporting_body(v.clean, p.end, e):
        return True
    if _launch_origin(v, p, e, lex):
        return True  # X州から地対空ミサイルを発射して: where it was fired from, not where it hit
    if capital is not None and p.canonical == capital and nxt.startswith(("が", "は")):  # not None == None
        return True  # モスクワが…攻撃: the capital stands for the attacker
    if p.canonical is None and p.lat is None and p.source != "rule":
        return True  # a model's guess that no gazetteer or GeoNames entry backs; shape-found names stay
    not_affiliation = tuple(lex["facility_not_affiliation"])
    return nxt.startswith("の") and any((v.clean.startswith(t, p.end + 1) or v.clean.startswith(t, p.end + 3))
                                        and not (p.kind != "country" and  # ウクライナの軍需産業: the country's
                                                 v.clean.startswith(not_affiliation, p.end + 1))
                                        for t in lex["affiliation_after"]) and \
        not _jurisdiction_hit(v, p, e, lex)  # ウクライナの新任エネルギー大臣: an affiliation, not where it happened


def _parsed_places(v: DocView, places: list, pointed: set[int], lex: dict) -> list:
    """A region the sentence points back to (州内で) stays whatever role the parse gives it; the parse rules out
    reporters' and descriptions' places when a strike place is left."""
    kept = [p for p in places if _place_role(v, p, lex) is None or p.start in pointed]
    if any(p.kind != "country" for p in kept):
        return kept + _unknown_place_parents(v, kept, [p for p in places if p not in kept])
    # ウクライナの非常事態庁によりますと、…: the reporting body's country is no strike place either
    return [p for p in places if p.kind != "country" or _place_role(v, p, lex) != "reporter"]


def _specific_places(v: DocView, ep: _Episode, places: list, lex: dict) -> list:
    """Places below the country level when there are any (not a landmark that places another), else a facility
    or town the text named before; one entry per place."""
    specific = [p for p in places if p.kind != "country"]
    settled = [p for p in specific if not _landmark(v, p, lex)]
    specific = settled or specific  # ドナウ川沿いのイズマイル港: the river places the port, the port was hit
    if not specific and (back := _facility_back_reference(v, ep)) is not None:
        specific = [back]  # 原発の施設が砲撃を受けた: the plant named in full earlier
    if not specific and (town := _town_back_reference(v, ep, lex)) is not None:
        specific = [town]  # 23日には市内の印刷工場が…: the city the text is about
    seen, out = set(), []
    for p in specific or places:
        key = p.canonical or p.text
        if key not in seen:
            seen.add(key)
            out.append(place_of(p))
    return out


_PARENT_KINDS = ("city", "region", "district")  # the kinds of place that hold a village


def _unknown_place_parents(v: DocView, kept: list, dropped: list) -> list:
    """A struck place no gazetteer knows (コロティチ村) lies in the towns and regions its sentence names, even
    those the parse rules out as a description or the reporter (ハルキウ市に隣接するコロティチ村 …; ハルキウ州の知事
    によると): they are its administrative parents, and the strike's account merges with the lead's on
    ハルキウ. Not for a place the gazetteer knows (its parents are the gazetteer's), nor a country or a
    facility, nor a place of another sentence."""
    unknown = {v.sent_index(p.start) for p in kept if p.id is None and p.kind not in ("country", "facility")}
    return [q for q in dropped if q.kind in _PARENT_KINDS and q.id is not None and v.sent_index(q.start) in unknown]


class _AnaphorForm(BaseModel):
    model_config = ConfigDict(extra="forbid")
    short: str
    heads: list[str]


class _FacilityAnaphorLex(_Section):
    forms: list[_AnaphorForm]
    before: list[str]
    after: list[str]


def _anaphor_lex() -> _FacilityAnaphorLex:
    return _section("facility_anaphors", _FacilityAnaphorLex)


def _facility_back_reference(v: DocView, ep: _Episode) -> Optional[Entity]:
    """The facility a strike with no place of its own refers back to by its short head: ザポリージャ原子力発電所
    … 原発の施設が砲撃を受けた. Not 火力発電所が攻撃された (a new facility: 火力 stands before the head) and
    not a head with no earlier facility of that kind; not 原発から…攻撃 (the short form must bear が/は/を/の施設)."""
    al = _anaphor_lex()
    s0 = ep.sents[0][0]
    for s, e in ep.sents:
        for form in al.forms:
            for m in re.finditer(re.escape(form.short), v.clean[s:e]):
                a = s + m.start()
                if a > s and not any(v.clean.endswith(b, s, a) for b in al.before):
                    continue
                if not v.clean.startswith(tuple(al.after), s + m.end()):
                    continue  # 原発から / 原発に向けて: where fire came from or a principle, not what was hit
                named = [p for p in v.ents(0, s0, {"FAC"})
                         if p.canonical and p.text.endswith(tuple(form.heads))]
                if named:
                    return named[-1]
    return None


def _town_back_reference(v: DocView, ep: _Episode, lex: dict) -> Optional[Entity]:
    """The city or region a strike that names no place refers back to (同じ夜には市中心部にもミサイルが撃ち込まれ /
    23日には市内の印刷工場が…攻撃を受け / 同州では / その街が…ミサイルに襲われた): the last place of that kind
    named before it, not one a distance is measured from (首都キーウから北へ約140キロ)."""
    skip = tuple(lex["town_antecedent_not_after"]["words"])
    for s, e in ep.sents:
        for kind, words in lex["town_back_references"].items():
            if has_any(v.clean[s:e], words):
                named = [p for p in v.ents(0, ep.sents[0][0], {"GPE"})
                         if p.kind == kind and p.canonical and not _standup(v.clean, p.end)
                         and not v.clean.startswith(skip, p.end)]
                if named:
                    return named[-1]
    return None


def _landmark(v: DocView, p, lex: dict) -> bool:
    """A sea, river or macro-region used to place a town or to name something: ドナウ川沿いのイズマイル港,
    バルト海に面した州, 東シベリアのイルクーツク州, ドニプロ川を挟んだ町, カスピ海パイプライン (a name).
    Not 黒海で船舶が攻撃された: there the sea is where it happened."""
    if p.kind not in lex["landmark_kinds"] and p.precision not in lex["landmark_kinds"]:
        return False
    nxt = v.clean[p.end:p.end + 6]
    if nxt[:1] and "\u30a0" <= nxt[0] <= "\u30ff":
        return True  # カスピ海パイプライン・コンソーシアム: part of a name
    if has_any(nxt, lex["landmark_links"]):
        return True
    places = v.ents(p.end + 1, p.end + 30, {"GPE", "LOC", "FAC"})
    return nxt.startswith("の") and any(x.start <= p.end + 4 for x in places)


def _syntax_toll_kind(v: DocView, q, lex: dict) -> Optional[str]:
    """killed or injured from the predicate a person count is the subject of: 31人（うち子ども6人）が|死亡し →
    both counts belong to 死亡 (the larger is the toll); 82人が|けがを|した → injured. None without a parse,
    or when the count is no subject (負傷者は59人に|達し)."""
    syn = v.syntax
    info = syn.case_of(q.start, q.end)
    if info.phrase is None or info.governor is None or info.case not in _syn_lex().toll_subject_cases:
        return None
    g = syn.phrases[info.phrase].head
    text = v.clean[info.governor.start:info.governor.end]
    if info.governor.lemma in _syn_lex().support_lemmas:  # けがを|した: the toll is the support verb's object
        text += "".join(v.clean[syn.phrases[k].start:syn.phrases[k].end] for k in syn.dependents(g, {"を"}))
    if has_any(text, lex["killed"]) and not has_any(text, lex["injured"]):
        return "killed"
    return "injured" if has_any(text, lex["injured"]) else None


def _toll_kind(v: DocView, s: int, q, lex: dict) -> Optional[str]:
    """killed or injured for a person count: the cue in its own clause after it (5人が死亡), else the cue
    word just before it (死者は全国で5人); 死者は5人、負傷者は30人 gives 5 killed, not 5 injured. In the full
    profile the predicate governing the count decides first (_syntax_toll_kind)."""
    parsed = _syntax_toll_kind(v, q, lex)
    if parsed:
        return parsed
    after = re.split("[、。，]", v.clean[q.end:q.end + 8], maxsplit=1)[0]
    if has_any(after, lex["killed"]) and not has_any(after, lex["injured"]):
        return "killed"
    if has_any(after, lex["injured"]):
        return "injured"
    near_before = v.clean[max(s, q.start - 14):q.start]
    kb = max((near_before.rfind(w) for w in lex["killed_before"]), default=-1)
    ib = max((near_before.rfind(w) for w in lex["injured_before"]), default=-1)
    if kb == ib == -1:
        return None
    return "killed" if kb > ib else "injured"


def _dateline(text: str, end: int, lex: dict) -> bool:
    """ジャカルタ発: the place a report was filed from, not where the strike was (発電所 is not a dateline)."""
    d = lex["dateline_after"]
    return text.startswith(d["char"], end) and not text.startswith(tuple(d["not_next"]), end + 1)


class _ReportingBodyLex(_Section):
    bodies: list[str]
    follow: list[str]
    reach: int


@lru_cache(maxsize=1)
def _reporting_body_re() -> re.Pattern:
    rb = _section("reporting_bodies", _ReportingBodyLex)
    return re.compile(f"の[^、。]{{0,{rb.reach}}}?(?:{alternation(rb.bodies)})(?:{alternation(rb.follow)})")


def _reporting_body(text: str, end: int, stop: int) -> bool:
    """ロシアの国家反テロ委員会は、ウクライナの無人艇による攻撃だったと発表: the place owns the body that tells
    of the strike, it is not where the strike hit. Not ロシアの製油所が攻撃を受けた (no reporting body)."""
    return _reporting_body_re().match(text, end, stop) is not None


class _StandupLex(_Section):
    after: list[str]


def _standup(text: str, end: int) -> bool:
    """キーウから中継です / 以上、モスクワからお伝えしました: where a broadcast's reporter stands, not where
    a strike hit. Not キーウから約400キロ (a distance) nor キーウからの避難 (nothing broadcast)."""
    return text.startswith(tuple(_section("standup_places", _StandupLex).after), end)


class _BracketDatelineLex(_Section):
    opens: list[str]
    closes: list[str]
    agencies: list[str]
    reach: int


def _bracket_dateline(text: str, start: int, end: int) -> bool:
    """A place inside a wire dateline ([キーウ／モスクワ 18日 ロイター] - ロシア軍は…オデーサを攻撃): where the
    report was filed. Not ［解説］キーウで… (the brackets close with no agency name)."""
    bd = _section("bracket_datelines", _BracketDatelineLex)
    head = text[max(0, start - bd.reach):start]
    i = max(head.rfind(o) for o in bd.opens)
    if i < 0 or any(c in head[i:] for c in bd.closes):
        return False
    tail = text[end:end + bd.reach]
    j = min((k for k in (tail.find(c) for c in bd.closes) if k >= 0), default=-1)
    return j >= 0 and tail[:j].rstrip().endswith(tuple(bd.agencies))


def _local_place_sides(out: list[Attack]) -> None:
    """A strike naming no side at local places only, ones the gazetteer does not hold (翌29日には川沿いのXが砲撃
    を受け、…夫婦が亡くなった): the side of the strike told just before it, an article's strikes on the same front.
    Not one with a place of known country (its side comes from that place), nor the first strike told."""
    for prev, a in zip(out, out[1:]):
        if not a.attacker and prev.attacker and a.locations and all(p.country is None for p in a.locations):
            a.attacker = list(prev.attacker)


class _ShootdownLex(_Section):
    verbs: list[str]
    weapons: list[str]
    counters: list[str]
    over: list[str]
    count_reach: int


@lru_cache(maxsize=1)
def _shot_down_re() -> re.Pattern:
    """A weapon count before a shoot-down verb: 無人機89機を撃墜 / 無人機のうち…57機を迎撃し破壊した."""
    sl = _section("shootdowns", _ShootdownLex)
    return re.compile(f"(?:{alternation(sl.weapons)})[^。]{{0,{sl.count_reach}}}?[0-9０-９]+"
                      f"(?:{alternation(sl.counters)})[^。]*?({alternation(sl.verbs)})")


def _shootdown_parts(v: DocView, i: int, told: set, lex: dict) -> list[tuple[int, int]]:
    """A shoot-down sentence (:func:`_shootdowns`) and the next sentence of its paragraph when that one tells
    where, with no strike word (うち21機はブリャンスク州上空で…)."""
    sl = _section("shootdowns", _ShootdownLex)
    parts = [v.sentences[i]]
    if i + 1 < len(v.sentences):
        nxt = v.sentences[i + 1]
        if nxt not in told and v.para_index(nxt[0]) == v.para_index(parts[0][0]) and \
                has_any(v.clean[nxt[0]:nxt[1]], sl.over) and not _trigger_hits(v, *nxt, lex):
            parts.append(nxt)
    return parts


def _shootdowns(v: DocView, eps: list[_Episode], lex: dict) -> list[_Episode]:
    """Drones or missiles shot down over Russian regions, told with no strike word (ロシア国防省は、…無人機89機を
    撃墜したと発表した。うち31機はサラトフ州の上空で…): a Ukrainian strike on those regions, an episode of its
    own. Not a sentence already part of a strike told, not a hypothetical one, and only where a region below
    the country is named with where the weapons were (上空, 飛来)."""
    sl = _section("shootdowns", _ShootdownLex)
    told = {se for ep in eps for se in ep.sents}
    out = []
    for i, (s, e) in enumerate(v.sentences):
        m = _shot_down_re().search(v.clean, s, e) if (s, e) not in told else None
        if m is None or _hypothetical(v.clean[s:e], lex) or _in_quote(v.clean, s, m.start(1), lex):
            continue
        parts = _shootdown_parts(v, i, told, lex)
        if not any(has_any(v.clean[a:b], sl.over) for a, b in parts) or not any(
                p.country == "RU" and p.kind not in ("country", "city") for a, b in parts for p in _places(v, a, b)):
            continue
        told.update(parts)
        date = _explicit_date(v, s, e, m.start(1))
        if date is None and has_any(v.clean[s:s + lex["same_day_reach"]], lex["same_day_openers"]):
            date = _last_date(eps)
        host = next((ep for ep in eps if ep.side in (None, "UA") and not ep.mention and
                     any(v.para_index(a) == v.para_index(s) for a, _ in ep.sents) and
                     not any(p.country == "UA" for a, b in ep.sents for p in _places(v, a, b))), None)
        if host is None:
            out.append(_Episode(sents=parts, triggers=[(m.start(1), m.end(1))], side="UA", date=date,
                                date_explicit=date is not None))
            continue
        # …337機を撃墜し、うち91機はモスクワ州の上空だった。…無人機攻撃としては最大規模: that strike's sites
        host.sents, host.side = sorted(host.sents + parts), "UA"
        if date is not None and not host.date_explicit:
            host.date, host.date_explicit = date, True
    return out


def _tally_sides(out: list[Attack]) -> None:
    """A campaign's count told with no side and no place (製油所への攻撃は今月に入って少なくとも10回目 / 鉄道施設が
    受けた攻撃は1000回を超え): a tally of the strikes the article tells, on the side of the nearest strike told
    with one, before it or else after it."""
    for i, a in enumerate(out):
        if a.count and not a.attacker and not a.locations:
            near = [b for b in out[i - 1::-1] if b.attacker] if i else []
            near = near or [b for b in out[i + 1:] if b.attacker]
            if near:
                a.attacker = list(near[0].attacker)


def _in_theatre(a: Attack, lex: dict) -> bool:
    """An attack with no attacker must at least happen where the war is: 「無差別攻撃」 condemned at a
    summit in Germany is no strike in Germany. A dated strike with a weapon and a toll of its own that names no
    place outside the war is one (未明の無人機攻撃で4人が死亡, its side untold); a missile that fell in a third
    country (ポーランド東部の村にミサイルが落下し、2人が死亡) stays out, as most analysts leave it."""
    fell = bool(a.weapons) and bool(a.casualties.killed or a.casualties.injured) and a.date is not None and \
        not any(p.country for p in a.locations)
    return bool(a.attacker) or fell or \
        any((p.country or "") in lex["attackers"] or p.kind == "water" for p in a.locations)


@lru_cache(maxsize=1)
def _one_person_res(key: str = "nouns") -> tuple[re.Pattern, re.Pattern]:
    one = lexicon("attack")["one_person"]
    head = rf"(?<![0-9０-９人]){alternation(one[key])}"
    return (re.compile(head + alternation(one["killed_after"])), re.compile(head + alternation(one["injured_after"])))


class _CoordinatedLex(_Section):
    first_extra: list[str]
    joiners: list[str]
    modifier: str
    subject: list[str]
    adverbial: str
    killed: list[str]
    injured: list[str]


@lru_cache(maxsize=1)
def _coordinated_res() -> tuple[re.Pattern, re.Pattern]:
    """Two victims joined by と before one toll verb (see _coordinated_victims), as (killed, injured) patterns."""
    cl = _section("coordinated_victims", _CoordinatedLex)
    nouns = lexicon("attack")["one_person"]["nouns"]
    head = (rf"(?<![0-9０-９人])(?:{alternation(nouns)}|{alternation(cl.first_extra)}){alternation(cl.joiners)}"
            rf"{cl.modifier}{alternation(nouns)}{alternation(cl.subject)}{cl.adverbial}")
    return re.compile(head + alternation(cl.killed)), re.compile(head + alternation(cl.injured))


def _one_person(sent: str, lex: dict) -> tuple[int, int]:
    """A toll told by its victims with no number: ６０代の男性が死亡した → 1 killed, 70代の夫婦が死亡 → 2,
    10歳の男の子と祖母が死亡 → 2 (男性２人が負傷 has its number)."""
    n = [0, 0]
    for key, each in (("nouns", 1), ("pair_nouns", 2)):
        for i, pat in enumerate(_one_person_res(key)):
            if pat.search(sent):
                n[i] = max(n[i], each)
    for i, pat in enumerate(_coordinated_res()):
        if pat.search(sent):
            n[i] = max(n[i], 2)
    return n[0], n[1]


class _ClaimedKillLex(_Section):
    verbs: list[str]
    claims: list[str]
    reach: int


def _claimed_kill(v: DocView, s: int, e: int, q) -> bool:
    """A count the striking side claims to have killed (国防省は…軍人60人以上を殺害したと主張): no reported toll.
    Not 攻撃で5人が死亡したと発表 (no killing verb after the count)."""
    ck = _section("claimed_kills", _ClaimedKillLex)
    clause = re.split("[、。，]", v.clean[q.end:min(e, q.end + ck.reach)], maxsplit=1)[0]
    return has_any(clause, ck.verbs) is not None and has_any(v.clean[q.end:e], ck.claims) is not None


def _casualties(v: DocView, ep: _Episode, lex: dict) -> Casualties:
    """The death and injury toll told in the episode's sentences: the largest of each (tolls rise); never a count
    the striking side claims to have killed (_claimed_kill: records merge by the larger toll, so a claim kept as
    a fallback would still win over the reported one)."""
    killed = injured = None
    for s, e in ep.sents:
        for q, qv in _quantities(v, s, e):
            if qv.unit != "person":
                continue
            after = v.clean[q.end:q.end + 8]
            before = v.clean[max(s, q.start - 16):q.start]
            if has_any(before[-4:], lex["part_of_toll_before"]) or after.startswith(tuple(lex["part_of_toll_after"])):
                continue
            kind = _toll_kind(v, s, q, lex)
            val = int(qv.value)
            if kind == "killed" and _claimed_kill(v, s, e, q):
                continue  # the striking side's claim, no reported toll
            if kind == "killed":
                killed = max(killed or 0, val)
            elif kind == "injured":
                injured = max(injured or 0, val)
        sent = v.clean[s:e]
        one_killed, one_injured = _one_person(sent, lex)
        killed = one_killed if one_killed and not killed else killed  # a 0 told in an earlier sentence stays 0
        injured = one_injured if one_injured and not injured else injured
        if has_any(sent, lex["no_casualties"]):
            killed, injured = killed or 0, injured or 0
        else:
            killed = (killed or 0) if has_any(sent, lex["no_killed"]) else killed
            injured = (injured or 0) if has_any(sent, lex["no_injured"]) else injured
    return Casualties(killed=killed, injured=injured)


class _ShareLex(_Section):
    scales: dict[str, float]
    words: dict[str, float]
    reach: int


def _share_lex() -> _ShareLex:
    return _section("impact_shares", _ShareLex)


def _as_percent(qv: Quantity) -> Quantity:
    """A share in tenths read as percent (約3割 → 30 percent); any other quantity unchanged."""
    factor = _share_lex().scales.get(qv.unit or "")
    return qv if factor is None else qv.model_copy(update={"value": qv.value * factor, "unit": "percent"})


def _share_word(v: DocView, lo: int, cs: int) -> Optional[Impact]:
    """A share told in words right before the cue's clause (市の半分が停電 → 50 percent), else None. Not one a
    comma or stop cuts off (半分が避難した。…停電), nor one farther than reach from the cue."""
    sl = _share_lex()
    gap = v.clean[max(lo, cs - sl.reach):cs]
    hits = [(gap.rfind(w), w) for w in sl.words if w in gap]
    if not hits:
        return None
    i, word = max(hits)
    if re.search("[、。，]", gap[i:]):
        return None
    return Impact(value=sl.words[word], unit="percent", qualifier="approx", what="", text=word)


def _impacts(v: DocView, ep: _Episode, lex: dict) -> list[Impact]:
    out, used = [], set()
    for s, e in ep.sents:
        cues = sorted((cs, ce, what) for what, words in lex["impacts"] for cs, ce, _ in find_all(v.clean, words, s, e))
        lo = s
        for cs, ce, what in cues:
            quantities = [(q, _as_percent(qv)) for q, qv in _quantities(v, lo, cs)] + _figure_after(v, ce, e)
            share = None if quantities else _share_word(v, lo, cs)
            if share is not None and cs not in used:
                used.add(cs)
                out.append(share.model_copy(update={"what": what}))
            for q, qv in quantities:
                unit = qv.unit or ""
                if q.start in used or unit not in lex["impact_units"]:
                    continue
                if unit == "person" and q.start < cs and _not_the_cues(v, s, q, cs, lex):
                    continue
                if cs - q.end > (12 if unit in ("aircraft", "round") else 30):
                    continue
                if has_any(v.clean[q.end:q.end + 4], lex["launched_after"]):
                    continue
                used.add(q.start)
                out.append(Impact(value=qv.value, unit=unit, qualifier=qv.qualifier, what=what,
                                  text=v.text[q.start:q.end]))
            lo = max(lo, ce)
    return out


def _not_the_cues(v: DocView, s: int, q: Entity, cue: int, lex: dict) -> bool:
    """A person figure before an impact cue that does not count the cue's people: a toll (59人が負傷; but
    負傷者は59人、36人が行方不明: 36 missing), or a figure a comma cuts off from the cue's clause
    (39人が救出されたが、行方が分からない人は…)."""
    if has_any(v.clean[q.end:q.end + 6], lex["killed"] + lex["injured"]):
        return True
    return bool(_toll_kind(v, s, q, lex) and not _own_clause(v, q.end, cue)) or bool(
        re.search("[、，]", v.clean[q.end:cue]))


def _figure_after(v: DocView, ce: int, e: int) -> list[tuple[Entity, Quantity]]:
    """The person figure told right after an impact cue with the cue's people as its topic (行方が分からない人は
    なお30人以上 → 30 missing), else none."""
    m = re.match(_section("impact_figure_after", _FigureAfterLex).pattern, v.clean[ce:e])
    if m is None:
        return []
    return [(q, qv) for q, qv in _quantities(v, ce, e) if q.start == ce + m.end() and qv.unit == "person"]


class _FigureAfterLex(_Section):
    pattern: str


def _own_clause(v: DocView, end: int, cue: int) -> bool:
    """The cue follows the figure in the figure's own clause (36人が行方不明): no comma or stop between."""
    gap = v.clean[end:cue]
    return cue >= end and len(gap) <= 8 and not re.search("[、。，]", gap)


def _impact_sentence(v: DocView, s: int, e: int, lex: dict) -> bool:
    """A sentence that counts what a strike did (重要インフラ施設11カ所が損傷, 100万世帯以上が停電): an impact
    cue with a counted impact unit before it in the sentence. Not regions (4州で停電: where, not what)."""
    for _, words in lex["impacts"]:
        for cs, _, _ in find_all(v.clean, words, s, e):
            if any((qv.unit or "") in lex["impact_units"] and qv.unit not in ("person", "region") and cs - q.end <= 30
                   for q, qv in _quantities(v, s, cs)):
                return True
    return False


def _is_target(name: str) -> TypeGuard[AttackTarget]:
    return name in get_args(AttackTarget)


def _target_hits(text: str, lex: dict) -> list[tuple[int, int, str]]:
    """Every target word of the strike's text as (start, end, class), the longest at a position, overlaps
    joined; not a word that only describes a place (港の町X, 港湾都市Y: a port town, not a port hit)."""
    hits: dict[int, tuple[int, int, str]] = {}
    for target, words in lex["targets"]:
        if not _is_target(target):
            raise ValueError(f"attack lexicon: {target!r} is not an Attack.target")
        for w in words:
            for m in re.finditer(re.escape(w), text):
                if _place_descriptor(text, m.end(), lex) or _reporter_word(text, m.end(), lex):
                    continue
                if _victim(text, m.start(), m.end(), w):
                    continue
                old = hits.get(m.start())
                if old is None or old[1] < m.end():
                    hits[m.start()] = (m.start(), m.end(), _compound_class(text, m.start(), target, lex))
    out: list[tuple[int, int, str]] = []
    for h in sorted(hits.values()):  # 水力発電 + 発電所 overlap: one word, 水力発電所
        if out and h[0] < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], h[1]), out[-1][2])
        else:
            out.append(h)
    return out


class _VictimLex(_Section):
    words: list[str]
    counters: list[str]
    after: list[str]
    before: list[str]


_COUNT = re.compile(r"[0-9０-９一二三四五六七八九十百数]+")


def _victim(text: str, start: int, end: int, word: str) -> bool:
    """A person word that names the victims of a toll, not what was hit: 子ども2人を含む8人が死亡, 男性1人が
    死亡, このうち5人が子どもだった (no civilian target: the place or another word decides). Not
    市民が集まっていた駅 (the people hit where they stood)."""
    vl = _section("target_victims", _VictimLex)
    if word not in vl.words:
        return False
    if text[:start].endswith(tuple(vl.before)):
        return True
    rest = text[end:]
    m = _COUNT.match(rest)
    if m and rest[m.end():].startswith(tuple(vl.counters)):
        rest = rest[m.end() + 1:]
    return rest.startswith(tuple(vl.after))


class _StruckLex(_Section):
    links: list[str]
    crowds: list[str]
    gap_particles: list[str]
    gap_verbs: list[str]
    gap_max: int
    named_gap: int
    tail_max: int
    named_before: list[str]


_CLAUSE_BREAK = "、。，,「」（）()"


def _struck(text: str, end: int, limit: Optional[int] = None, gap: bool = True) -> bool:
    """A target word told as what a strike verb hit: 集合住宅が被弾, 港湾施設などを攻撃, 市民で混雑していた駅
    (the people where they stood), 変電所をミサイルで攻撃 (the verb a few words after its particle, unless
    ``gap`` is off: a city word, 首都キーウをミサイルで攻撃, tells where, not what was hit). Not
    集合住宅や電力設備も被害を受けた (no strike verb), 住宅地では、…を攻撃 (a clause apart) nor 発電所に近い
    住宅地が被弾 (another target word, before ``limit``, is what the verb hit)."""
    sl = _section("target_struck", _StruckLex)
    rest = text[end:end + sl.tail_max + max(len(x) for x in sl.links)]
    if rest.startswith(tuple(sl.crowds)):
        return True
    reach = min(sl.tail_max, len(rest), limit - end if limit is not None else sl.tail_max)
    for i in range(max(reach, 0) + 1):
        if i and rest[i - 1] in _CLAUSE_BREAK:
            return False
        if rest.startswith(tuple(sl.links), i) or (gap and _gap_verb(text, end + i, limit, sl)):
            return True
    return False


def _gap_verb(text: str, pos: int, limit: Optional[int], sl: _StruckLex) -> bool:
    """A particle at ``pos`` whose clause reaches a strike verb within gap_max characters, before ``limit``:
    が相次いで無人機の攻撃を受け, をミサイルと無人機で攻撃し, にミサイルが命中."""
    p = next((x for x in sl.gap_particles if text.startswith(x, pos)), None)
    if p is None:
        return False
    start = pos + len(p)
    stop = min(start + sl.gap_max, limit if limit is not None else len(text))
    for k in range(start, stop + 1):
        if text.startswith(tuple(sl.gap_verbs), k):
            return True
        if k < len(text) and text[k] in _CLAUSE_BREAK:
            return False
    return False


def _named_target(text: str, start: int, sl: _StruckLex) -> bool:
    """A target word right after a mark of the stated target, or an adverb of at most named_gap characters
    after it: 標的はエネルギー施設, 標的は再び発電所."""
    head = text[max(0, start - sl.named_gap - max(len(x) for x in sl.named_before)):start]
    for w in sl.named_before:
        i = head.rfind(w)
        if i >= 0 and len(head) - i - len(w) <= sl.named_gap and \
                not any(c in _CLAUSE_BREAK for c in head[i + len(w):]):
            return True
    return False


_COMPOUND_RUN = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffー]+$")


def _compound_class(text: str, start: int, target: str, lex: dict) -> str:
    """military for a civilian word ending a compound with a military mark: 軍事通信大学, 陸軍病院; the word's
    own class otherwise (ロシア軍が大学を攻撃: が ends the compound before 大学)."""
    if target != "civilian":
        return target
    run = _COMPOUND_RUN.search(text[max(0, start - 12):start])
    marks = lex["target_military_compounds"]["marks"]
    return "military" if run and any(k in run.group() for k in marks) else target


def _victim_target(text: str) -> Optional[AttackTarget]:
    """civilian for a strike whose only target words detail its victims and that hit no city:
    キーウ州やジトーミル州などで子どもを含む12人が死亡 → civilian."""
    vl = _section("target_victims", _VictimLex)
    for w in vl.words:
        if any(_victim(text, m.start(), m.end(), w) for m in re.finditer(re.escape(w), text)):
            return "civilian"
    return None


class _TollTargetLex(_Section):
    combatants: list[str]


def _toll_target(text: str, cas: Casualties) -> Optional[AttackTarget]:
    """civilian for a strike with no target word and no city that killed or injured people (ドネツク州で8人が
    死亡 → civilian); none for a toll of combatants (兵士5人が死亡)."""
    if not (cas.killed or cas.injured):
        return None
    return None if has_any(text, _section("target_toll", _TollTargetLex).combatants) else "civilian"


class _StationLex(_Section):
    words: list[str]


def _station_toll(text: str, target: Optional[AttackTarget], cas: Casualties, lex: dict) -> Optional[AttackTarget]:
    """civilian for a railway station hit with a toll and no other infrastructure word (鉄道の駅にミサイル…50人が
    死亡); the target unchanged otherwise (東部の鉄道駅をミサイルで攻撃した: infrastructure)."""
    words = _section("station_targets", _StationLex).words
    if target != "infrastructure" or not (cas.killed or cas.injured) or not has_any(text, words):
        return target
    rest = re.sub("|".join(map(re.escape, words)), "", text)
    return target if has_any(rest, dict(lex["targets"])["infrastructure"]) else "civilian"


def _place_descriptor(text: str, end: int, lex: dict) -> bool:
    """A target word that describes the town it heads, not what was hit: 港の町X → no port target."""
    return any(text.startswith(h, end) for h in lex["target_place_heads"])


def _reporter_word(text: str, end: int, lex: dict) -> bool:
    """A target word that ends the name of who reports, not what was hit: 南部作戦司令部によりますと → no
    military target (the port it reports on is the target)."""
    return text.startswith(tuple(lex["target_reporter_after"]), end)


def _head_link(between: str, lex: dict) -> bool:
    """Text joining a modifier target word to its head: 水力発電|所の|ダム, 港|の|倉庫 (the rest of the
    modifier's noun, at most two characters, then a genitive link); not 住宅|や電力の|施設."""
    for k in lex["target_head_links"]:
        tail = between[:len(between) - len(k)]
        if between == k or (between.endswith(k) and len(tail) <= 2 and tail.isalpha()):
            return True
    return False


class _CoordinationLex(_Section):
    joiners: list[str]
    tail_max: int


def _coordinated(between: str) -> bool:
    """Text joining two members of one list of targets: 港湾|施設と|エネルギー施設, 住宅|の建物や|電力;
    not 港湾施設などを攻撃した。倉庫や|電力 (a clause apart)."""
    cl = _section("target_coordination", _CoordinationLex)
    return "。" not in between and any(between.endswith(j) and len(between) - len(j) <= cl.tail_max
                                      for j in cl.joiners)


def _target(text: str, lex: dict) -> Optional[AttackTarget]:
    """The class of the stated target (主な標的はエネルギー施設), else of the first word a strike verb hit
    (集合住宅が被弾し…変電所も狙われ → civilian), else the class first in the lexicon's order among the
    target words told (製油所が炎上、港も被害 → energy); then that of the first member of its list
    (港湾施設とエネルギー施設 → infrastructure), or that of the head its word modifies
    (水力発電所のダムが破壊 → the dam, infrastructure)."""
    hits = _target_hits(text, lex)
    if not hits:
        return None
    order = [t for t, _ in lex["targets"]]
    sl = _section("target_struck", _StruckLex)
    named = [n for n, h in enumerate(hits) if _named_target(text, h[0], sl)]
    struck = named or [n for n, h in enumerate(hits)  # 首都キーウをミサイルで攻撃: the city is where, not what
                       if _struck(text, h[1], hits[n + 1][0] if n + 1 < len(hits) else None, h[2] != "city")]
    k = struck[0] if struck else min(range(len(hits)), key=lambda n: (order.index(hits[n][2]), hits[n][0]))
    while k > 0 and _coordinated(text[hits[k - 1][1]:hits[k][0]]):
        k -= 1
    first = hits[k]
    for h in hits[k + 1:]:
        if not _head_link(text[first[1]:h[0]], lex):
            break
        first = h
    if _energy_port(text, text[first[0]:first[1]], first[2]):
        return "energy"
    return first[2]  # type: ignore[return-value]


class _EnergyPortLex(_Section):
    ports: list[str]
    cargo: list[str]


def _energy_port(text: str, word: str, target: str) -> bool:
    """A port hit whose account names an energy cargo shipped there is an energy target: プリモルスク港が攻撃を
    受けた…原油を積み出すポンプ施設で火災 → energy. Not a port with no such cargo told (オデーサ港の穀物倉庫が被弾:
    infrastructure), nor a word of another class."""
    pl = _section("energy_ports", _EnergyPortLex)
    return target == "infrastructure" and word.endswith(tuple(pl.ports)) and has_any(text, pl.cargo) is not None


def _weapons(text: str, lex: dict) -> list[str]:
    return [w for w, words in lex["weapons"].items() if has_any(text, words)]


def _cluster_weapons(v: DocView, ep: _Episode, lex: dict) -> list[str]:
    """Weapons of a strike whose own sentences name none: those of its paragraph (リャザン州の製油所が攻撃を
    受けた。同じ日、…「無人機3機を撃墜した」), else those of a headline that tells strikes (製油所に相次ぐ
    無人機攻撃). Never those of a sentence that tells a hypothetical or a warning."""
    paras = dict.fromkeys(v.para(s) for s, _ in ep.sents)
    for ps, pe in paras:
        sents = [(s, e) for s, e in v.sentences_in(ps, pe) if not _hypothetical(v.clean[s:e], lex)]
        found = _weapons("".join(v.clean[s:e] for s, e in sents), lex)
        if found:
            return found
    for hs, he in _headings(v):
        head = v.clean[hs:he]
        if _trigger_hits(v, hs, he, lex) and not _hypothetical(head, lex) and _weapons(head, lex):
            return _weapons(head, lex)
    return []


def _headings(v: DocView) -> list[tuple[int, int]]:
    """The headline and the subheads right under it (ロシア製油所　相次ぎ炎上 / ウクライナ無人機攻撃　8月だけで12回):
    short paragraphs without a full stop at the top of a text of more than two paragraphs."""
    if len(v.paras) <= 2:
        return []
    out = [v.paras[0]]
    for ps, pe in v.paras[1:3]:
        if pe - ps > 40 or "。" in v.clean[ps:pe]:
            break
        out.append((ps, pe))
    return out


def _place_target(locations: list, lex: dict) -> Optional[AttackTarget]:
    """The target class a strike with no target word takes from where it hit: キーウに大規模攻撃 → city.
    Regions, districts and countries give none (a strike on an oblast says nothing of what was hit)."""
    for p in locations:
        target = lex["target_by_place_kind"].get(p.kind or "")
        if target is not None and _is_target(target):
            return target
    return None


def _blog_day(v: DocView, pos: int) -> Optional[TimeSpan]:
    """Under a live blog's time-only heading (■午後7時), the day of the last heading that named one
    (■22日午後9時15分); in a blog whose stamps never name a day, its publication day."""
    heads = [h for h in v.heading_dates if h[0] <= pos]
    if not heads or heads[-1][1] is not None:
        return None
    named = next((span for _, span, _ in reversed(heads) if span is not None), None)
    if named is None and heads[-1][2] and v.published is not None and \
            not any(span is not None for _, span, _ in v.heading_dates):
        # a blog of one day whose stamps give only times (【10:05】): the day it was published
        return TimeSpan(text="", start=v.published, end=v.published, granularity="day", relative=True)
    return named


def _bare_time_date(v: DocView, ep: _Episode, lex: dict) -> Optional[TimeSpan]:
    """The day of a strike told only by a time of day (東部ハルキウでも未明に…攻撃があり / 昨夜): counted from the
    publication date, in the strike's first sentence; None without a publication date."""
    if v.published is None:
        return None
    s, e = ep.sents[0]
    for word, offset in sorted(lex["bare_times"].items(), key=lambda x: -len(x[0])):
        i = v.clean.find(word, s, e)
        if i >= 0:
            day = v.published + dt.timedelta(days=offset)
            return TimeSpan(text=v.text[i:i + len(word)], start=day, end=day, granularity="day", relative=True)
    return None


def _until_published(v: DocView, date: Optional[TimeSpan]) -> Optional[TimeSpan]:
    """Attacks are reported, not planned: a period (今年に入ってから → this year) ends at the publication date,
    and a week or longer span that starts after it (来週, a talk's date told next to the strike) is no strike's
    date. A bare day after it (21日夜 in a text dated the 19th) is last month's."""
    if date is not None and date.start is not None and v.published and date.start > v.published and \
            date.granularity != "day":
        return None
    if date is not None and date.start is not None and v.published and date.start > v.published:
        date = resolve_backward(date, v.published)
    if date is not None and date.start is not None and date.end is not None and v.published and \
            date.start <= v.published < date.end:
        return date.model_copy(update={"end": v.published})
    return date


def _build(v: DocView, ep: _Episode, lex: dict) -> Optional[Attack]:
    text = "".join(v.clean[s:e] for s, e in ep.sents)
    side = ep.side
    cas = _casualties(v, ep, lex)
    impacts = _impacts(v, ep, lex)
    impacts += [i for i in _site_impacts(v, ep.sents) if (i.value, i.what) not in {(x.value, x.what) for x in impacts}]
    count = _count(v, ep.sents)
    weapons = _weapons(text, lex)
    first = ep.sents[0][0]
    date = next((d for d in (_until_published(v, c()) for c in (
        lambda: ep.date if ep.date_explicit else None, lambda: _period_date(v, ep.sents),
        lambda: v.heading_date(first), lambda: _blog_day(v, first), lambda: _context_date(v, first, lex),
        lambda: _bare_time_date(v, ep, lex)))
                 if d is not None), None)
    locations = _locations(v, ep, side)
    if not locations and ep.place_from is not None:  # 同港では6日にも…、7日には倉庫も: the first clause's place
        locations = _locations(v, ep.place_from, side)
    if ep.within is not None:  # an incident lies inside its tally's region: スーミ州 … スーミ地区のXでは
        have = {p.canonical for p in locations}
        locations += [p for p in _locations(v, ep.within, side) if p.kind == "region" and p.canonical not in have]
    side = side or _holder_struck(v, ep, locations, lex) or _held_struck(locations, lex)
    if side is None:
        countries = {p.country for p in locations if p.country}
        if countries == {"UA"} or (weapons and "UA" in countries and "RU" not in countries):
            side = "RU"
        elif countries == {"RU"}:
            side = "UA"
    attacker = [a for a in [country_actor(side)] if a] if side else []
    figures = [i for i in impacts if i.text not in _share_lex().words]  # 発電能力の半分を失った alone is background
    if not (ep.date_explicit or count or cas.killed or cas.injured or figures or (locations and weapons) or
            (date is not None and _since_episode(v, ep)) or _located_damage(text, locations, date)):
        return None
    # only once the strike stands on its own sentences; a blast named in passing takes no weapon from around it
    weapons = weapons or (_cluster_weapons(v, ep, lex) if not ep.mention else []) or (
        _weapons("".join(v.clean[s:e] for s, e in ep.lead.sents), lex) if ep.lead else [])
    target = _target(text, lex) or _place_target(locations, lex) or _victim_target(text) or _toll_target(text, cas)
    return Attack(attacker=attacker, target=target, count=count, weapons=weapons, locations=locations,
                  date=date, casualties=cas, impacts=impacts, evidence=[v.span(*x) for x in ep.sents],
                  rule=_rule_name(ep, count),
                  confidence=confidence(0.45, bool(ep.side), date is not None, bool(locations), bool(weapons),
                                        bool(cas.killed or cas.injured or impacts or count)))


class _LocatedDamageLex(_Section):
    words: list[str]


def _located_damage(text: str, locations: list, date: Optional[TimeSpan]) -> bool:
    """A strike at a named place that damaged something (ノボロシースクでは港湾施設が攻撃を受け、設備の一部が
    損傷した), dated by the article: it stands on its place and damage, with no weapon or toll named."""
    return bool(locations and date is not None and has_any(text, _section("located_damage", _LocatedDamageLex).words))


class _OccupiedLex(_Section):
    links: list[str]
    adverbs: list[str]
    verbs: list[str]
    reach: int


@lru_cache(maxsize=1)
def _occupied_re() -> re.Pattern:
    ol = _section("occupied_places", _OccupiedLex)
    return re.compile(f"(?:{alternation(ol.links)})?(?:{alternation(ol.adverbs)})?(?:{alternation(ol.verbs)})")


def _holder_struck(v: DocView, ep: _Episode, locations: list, lex: dict) -> Optional[str]:
    """The other side, when a struck place is told as held by one side and no attacker is named:
    ロシアが占領したクリミア半島のセバストポリで…司令部がミサイル攻撃を受けた → Ukraine (not Russia, as the places'
    country would suggest). Not ロシア軍が占領するX州から発射 (X is no struck place of the record)."""
    reach = _section("occupied_places", _OccupiedLex).reach
    starts = [p.start for p in locations if p.start is not None]
    for s, e in ep.sents:
        for ent in v.ents(s, e, {"GPE", "ORG"}):
            st = state_of(ent)
            m = _occupied_re().match(v.clean, ent.end, e)
            if st is None or st.country not in lex["attackers"] or m is None:
                continue
            if any(m.end() <= x <= m.end() + reach for x in starts):
                return next((c for c in lex["attackers"] if c != st.country), None)
    return None


def _within(place_id: Optional[str], names: set, depth: int = 6) -> bool:
    """The gazetteer place (by id) or one of its parents is one of names: place:crimean-bridge → Kerch → Crimea."""
    from ..gazetteer import load
    g = load()
    entry = g.get(place_id) if place_id else None
    for _ in range(depth):
        if entry is None:
            return False
        if entry.canonical in names:
            return True
        parent_id = g.by_canonical.get(entry.parent) if entry.parent else None
        entry = g.get(parent_id) if parent_id else None
    return False


def _held_struck(locations: list, lex: dict) -> Optional[str]:
    """The other side, when every struck place with an id lies in territory one side has long held and no
    attacker is named: クリミア橋で爆発があり… → Ukraine, not Russia as the gazetteer's country would suggest.
    Not a strike that also names a place outside it (セバストポリとヘルソン: the country decides)."""
    ids = [p.id for p in locations if p.id and p.kind != "country"]
    for holder, names in lex["held_territories"].items():
        if holder.startswith("_") or not ids:
            continue
        if all(_within(i, set(names)) for i in ids):
            return next((c for c in lex["attackers"] if c != holder), None)
    return None


def _rule_name(ep: _Episode, count: Optional[int]) -> str:
    if count is not None:
        return "attack.campaign_count"
    if ep.incident:
        return "attack.incident_after_tally"
    if ep.listed:
        return "attack.list_item"
    if ep.site:
        return "attack.another_site"
    if ep.earlier:
        return "attack.earlier_also"
    if not ep.triggers:
        return "attack.outage_before_strike"
    return "attack.trigger" + (":dated" if ep.date_explicit else "")


def _close_starts(a: Optional[TimeSpan], b: Optional[TimeSpan]) -> Optional[tuple[dt.date, dt.date]]:
    """The first days of two complete dates of at most two days each, at most a day apart; else None."""
    if a is None or b is None or a.start is None or a.end is None or b.start is None or b.end is None:
        return None
    if abs((a.start - b.start).days) <= 1 and (a.end - a.start).days <= 1 and (b.end - b.start).days <= 1:
        return a.start, b.start
    return None


def _merge_updates(out: list[Attack], own_day: Optional[set] = None, apart: Optional[set] = None) -> list[Attack]:
    """A live blog reports one strike several times: same attacker and city, dates a day apart. Not a
    strike whose day is told with も (own_day: ids of such records; キーウでは24日未明にも…) on another day,
    and never one told as 'also at' a place the same day (apart: 同じ日の午後、市中心部にも…)."""
    merged: list[Attack] = []
    own_day, apart = own_day or set(), apart or set()
    for a in out:
        for b in merged if id(a) not in apart else []:
            if (id(a) in own_day or id(b) in own_day) and not _same_start(a, b):
                continue
            la, lb = _town_keys(a), _town_keys(b)  # an unknown district keys by its text: no None-equal towns
            starts = _close_starts(a.date, b.date)
            spots_a = {p.canonical for p in a.locations if p.kind in ("facility", "district")}
            spots_b = {p.canonical for p in b.locations if p.kind in ("facility", "district")}
            own_toll = (a.casualties.killed or a.casualties.injured) and (b.casualties.killed or b.casualties.injured)
            distinct_spot = own_toll and (spots_a - spots_b or spots_b - spots_a or  # the hospital hit that night
                                          _town_of_wave(a, b) or _town_of_wave(b, a))  # Xでは…19人が負傷
            same_day = starts is not None and starts[0] == starts[1] and \
                (_towns_within(a, lb) or _towns_within(b, la)) and not distinct_spot
            if la and lb and (la == lb or same_day) and starts is not None and \
                    [x.canonical for x in a.attacker] == [x.canonical for x in b.attacker]:
                if starts[0] < starts[1]:
                    b.date = a.date
                b.evidence += a.evidence
                b.casualties = Casualties(
                    killed=max(filter(None, [a.casualties.killed, b.casualties.killed]), default=None),
                    injured=max(filter(None, [a.casualties.injured, b.casualties.injured]), default=None))
                b.weapons = list(dict.fromkeys(b.weapons + a.weapons))
                b.impacts += [i for i in a.impacts if i.value not in {x.value for x in b.impacts}]
                b.locations += [p for p in a.locations if p.canonical not in {x.canonical for x in b.locations}]
                b.target = b.target or a.target
                break
        else:
            merged.append(a)
    return merged


def _town_of_wave(a: Attack, wave: Attack) -> bool:
    """a tells one town of a wave told over several (キーウや東部ハルキウを攻撃し、あわせて5人が死亡 … 一方、
    東部ハルキウでは集合住宅にミサイルが直撃し、3人が死亡) with a toll of its own: that town's strike, a record
    of its own beside the wave, not an update of it. Not the wave's first town (キーウでは…2人が死亡): the
    lead's own town, whose details the wave's record tells."""
    towns = [p.canonical for p in wave.locations if p.kind in ("city", "district", "place") and p.id is not None]
    return bool(a.casualties.killed or a.casualties.injured) and len(_known_towns(a)) == 1 and \
        len(set(towns)) >= 2 and _known_towns(a) < set(towns) and towns[0] not in _known_towns(a)


def _towns_within(a: Attack, towns: set) -> bool:
    """Every city or district of a is one of towns, or a district of a city among them (a struck government
    building in ペチェルスク地区 the same night as キーウ: the district lies in the city already struck), or a
    district no gazetteer places told with such a city (ハルキウ … シェフチェンコ地区: the city's district)."""
    own = [p for p in a.locations if p.kind in ("city", "district")]
    city_in = any(p.kind == "city" and (p.canonical or p.text) in towns for p in own)
    return all((p.canonical or p.text) in towns or (p.kind == "district" and _within(p.id, towns, depth=2))
               or (p.kind == "district" and p.id is None and city_in) for p in own)


def _town_keys(a: Attack) -> set:
    """The cities and districts of a strike by name: canonical, or the text of one no gazetteer knows
    (カフカスキー地区 and アドレル地区 are two places, not one None)."""
    return {p.canonical or p.text for p in a.locations if p.kind in ("city", "district")}


def _cities(a: Attack) -> set:
    return {p.canonical or p.text for p in a.locations if p.kind in ("city", "district", "place")}


def _known_towns(a: Attack) -> set:
    """The towns of a strike, a village no gazetteer knows left out when a known town is told with it (コロティチ
    + ハルキウ, its parent named in the same sentence): the village lies in that town's area."""
    known = {p.canonical for p in a.locations if p.kind in ("city", "district", "place") and p.id is not None}
    return known or _cities(a)


def _absorb(b: Attack, a: Attack) -> None:
    """b takes a's evidence and what a adds: the larger toll (tolls rise: a live blog's latest), weapons,
    impacts, places; a target read from words over one read from the place kind (city)."""
    b.evidence += a.evidence
    b.attacker = b.attacker or a.attacker  # X橋で爆発 … 委員会は、ウクライナの無人艇による攻撃だったと発表
    b.casualties = Casualties(killed=_larger(a.casualties.killed, b.casualties.killed),
                              injured=_larger(a.casualties.injured, b.casualties.injured))
    b.weapons = list(dict.fromkeys(b.weapons + a.weapons))
    b.impacts += [i for i in a.impacts if i.value not in {x.value for x in b.impacts}]
    have = {x.canonical or x.text for x in b.locations}
    b.locations += [p for p in a.locations if (p.canonical or p.text) not in have]
    if b.target is None or (b.target == "city" and a.target is not None):
        b.target = a.target


def _larger(a: Optional[int], b: Optional[int]) -> Optional[int]:
    """The larger of two tolls where either is told (0 counts: 死傷者はいなかった)."""
    told = [x for x in (a, b) if x is not None]
    return max(told) if told else None


def _regional_host(a: Attack, out: list[Attack], side: list, near_km: float) -> list[Attack]:
    """The one dated strike told only by region whose seat is the undated account's town (ザポリージャ州で12日夜
    …攻撃があり / 同知事によると、攻撃で作業員1人が負傷した。市内では…: the seat's toll of the same strike)."""
    if a.count:
        return []
    hosts = [b for b in out if b is not a and b.date is not None and b.count is None and not _cities(b) and
             [x.canonical for x in b.attacker] == side and
             any(p.kind == "region" and _seat_of(p, a, near_km) for p in b.locations)]
    return hosts[:1] if len(hosts) == 1 else []


def _merge_undated(out: list[Attack], near_km: float) -> list[Attack]:
    """An undated account of a strike told with its date elsewhere (a detail paragraph: テルノピリ市においては、
    集合住宅2棟が直撃を受け…死者は25人に; a live blog's entry: スムイへのミサイル攻撃による死者が34人に増えた)
    joins it: same attacker, its towns all among the dated strike's. One that shares only some of them
    takes the day (…アフィプスキー製油所では…。州都サマラの工業施設が…: the strikes of the lead's day)."""
    kept: list[Attack] = []
    for a in out:
        if a.date is not None or a.count or not _cities(a):
            kept.append(a)
            continue
        side = [x.canonical for x in a.attacker]
        dated = [b for b in out if b is not a and b.date is not None and b.count is None and _cities(b)
                 and [x.canonical for x in b.attacker] == side and _cities(b) & _cities(a)]
        whole = [b for b in dated if _known_towns(a) <= _cities(b) and not _town_of_wave(a, b)] or \
            _widened_lead(a, dated) or \
            _regional_host(a, out, side, near_km) or _nationwide_lead(a, out)
        if whole:
            _absorb(whole[0], a)
            continue
        if dated:
            a.date = dated[0].date
        kept.append(a)
    return kept


def _widened_lead(a: Attack, dated: list[Attack]) -> list[Attack]:
    """The one dated strike whose towns are all among an undated list with no toll or count of its own: the
    list spells out the lead's wave (首都キーウを含む各地の都市に攻撃…11人が死亡 / 攻撃はキーウのほか、
    リビウ、ドニプロなどに及んだ); an outage it tells (リビウでは市内の約3割で停電) goes with it to the lead.
    Not with two dated candidates (which of them would it widen?)."""
    if a.casualties.killed or a.casualties.injured or a.count:
        return []
    under = [b for b in dated if _cities(b) < _cities(a)]
    return under if len(under) == 1 and len(dated) == 1 else []


def _nationwide_lead(a: Attack, out: list[Attack]) -> list[Attack]:
    """The one dated lead, told before a, that tells a wave over a whole country with no toll (首都キーウを含む
    ウクライナ各地に大規模なミサイル攻撃): an undated account by the same side that lists towns (two or more),
    all in that country, details it (西部のリビウや中部のドニプロなども標的となり…19人が死亡). Not a lead with a
    toll of its own, one that names its own sites (X製油所とY製油所を攻撃…各地で火災: two towns or a facility), nor two
    such leads (which would it detail?)."""
    words = lexicon("attack")["nationwide_leads"]["words"]
    side = [x.canonical for x in a.attacker]
    countries = {p.country for p in a.locations if p.kind != "country"}
    start = a.evidence[0].start if a.evidence else 0
    if len(countries) != 1 or None in countries or len(_cities(a)) < 2:
        return []  # one town's account (南部オデーサでは…2人が負傷) may be a strike of its own
    leads = [b for b in out if b is not a and b.date is not None and b.count is None and b.evidence
             and b.evidence[0].start < start and [x.canonical for x in b.attacker] == side
             and not (b.casualties.killed or b.casualties.injured)
             and len(_cities(b)) <= 1 and not any(p.kind == "facility" for p in b.locations)
             and any(has_any(ev.text, words) for ev in b.evidence)
             and {p.country for p in b.locations if p.kind != "country"} == countries]
    return leads if len(leads) == 1 else []


def _regions_only(a: Attack) -> list:
    """The regions of a record that names no town (ドニプロペトロウシク州のリサク知事によると、攻撃で市内の…)."""
    if _cities(a) or any(p.kind == "facility" for p in a.locations):
        return []
    return [p for p in a.locations if p.kind == "region"]


def _seat_of(region, b: Attack, near_km: float) -> bool:
    """b names the region itself or a town at its seat (an oblast's coordinates are its capital's)."""
    if any(p.canonical and p.canonical == region.canonical for p in b.locations):
        return True
    return region.lat is not None and any(
        p.lat is not None and p.kind in ("city", "district") and _km(region, p) <= near_km for p in b.locations)


def _tolls_the_day(a: Attack, b: Attack) -> bool:
    """A dated regional account gives the toll of a strike on the seat that day which told none
    (ベルゴロド市で30日、砲撃… / 州知事は、30日の砲撃による死者が24人に増えた)."""
    return a.date is not None and b.date is not None and a.date.start == b.date.start and \
        a.date.end == b.date.end and bool(a.casualties.killed or a.casualties.injured) and \
        not (b.casualties.killed or b.casualties.injured)


def _merge_regional_accounts(out: list[Attack], lex: dict) -> list[Attack]:
    """An undated account by a region's officials (州のリサク知事によると、攻撃で市内の産業施設が被害を受け、2人が負傷)
    of a strike told with its day on the region's seat (…ドニプロの軍需産業施設を攻撃した) joins that strike:
    same attacker, no count of its own."""
    kept: list[Attack] = []
    for a in out:
        regions = _regions_only(a) if not a.count else []
        side = [x.canonical for x in a.attacker]
        host = next((b for b in out if b is not a and b.date is not None and b.count is None and side and
                     [x.canonical for x in b.attacker] == side and _cities(b) and
                     (a.date is None or _tolls_the_day(a, b)) and
                     any(_seat_of(r, b, lex["near_km"]) for r in regions)), None) if regions else None
        if host is not None:
            _absorb(host, a)
            continue
        kept.append(a)
    return kept


def _toll_account(a: Attack) -> bool:
    """A toll with no place, count or impacts of its own (攻撃があったのは正午ごろです。…知事によりますと、21人が
    死亡しました): an account of a strike told before, whoever reported it."""
    return not a.locations and not a.count and not a.impacts and \
        (a.casualties.killed is not None or a.casualties.injured is not None)


def _contrasted(a: Attack, lex: dict) -> bool:
    """A record opening with a contrast (一方、ロシア軍のミサイル攻撃で、民間人5人が死亡した) tells another event."""
    return bool(a.evidence) and has_any(a.evidence[0].text[:6], lex["contrast_openers"]) is not None


def _merge_toll_accounts(out: list[Attack], lex: dict, report_lag: int = 2) -> list[Attack]:
    """A toll account (_toll_account) joins the strike told just before it, when its day, if any, is that
    strike's or a report up to report_lag days later (局長は23日に、攻撃で9人が死亡…と主張: the strike of the 22nd).
    Its attacker is that strike's: the side read from it is its reporter (an agency, the victim's officials).
    Not after a strike on another, later day, and not first in the text (nothing to join: dropped later as
    no strike in the theatre), nor one opening with a contrast (_contrasted). Records without a place told in
    between (details) are passed over."""
    kept: list[Attack] = []
    for a in out:
        prev = next((b for b in reversed(kept) if b.locations), None)  # placeless details between join it later
        if prev is not None and _toll_account(a) and not _contrasted(a, lex) and \
                _reported_after(a.date, prev.date, report_lag):
            _absorb(prev, a)
            continue
        kept.append(a)
    return kept


def _reported_after(date: Optional[TimeSpan], of: Optional[TimeSpan], report_lag: int) -> bool:
    """No day told, or a day from the strike's own up to report_lag days after it."""
    if date is None or date.start is None:
        return True
    if of is None or of.start is None or of.end is None:
        return False
    return of.start <= date.start and (date.start - of.end).days <= report_lag


def _merge_placeless(out: list[Attack], lex: dict) -> list[Attack]:
    """A detail paragraph with no day, place or count of its own (原油積み出しターミナルを攻撃し、火災が発生した。
    …原油輸出は一時停止され、日量約220万バレル分の出荷に影響が出た) tells the strike its side made just before:
    it joins the nearest earlier strike by the same attacker, or the located strike told just before it
    (ロシア国防省は、…攻撃で軍人1人が行方不明になったと発表: the victim's ministry read as the side, of a strike
    on its own ground)."""
    kept: list[Attack] = []
    for a in out:
        side = [x.canonical for x in a.attacker]
        prev = kept[-1] if kept and kept[-1].locations and not _contrasted(a, lex) else \
            next((b for b in reversed(kept) if [x.canonical for x in b.attacker] == side), None)
        if prev is not None and side and a.date is None and not a.count and not a.locations:
            _absorb(prev, a)
            continue
        kept.append(a)
    return kept


class _LaunchTotalLex(_Section):
    alert_calls: list[str]
    alert_reach: int
    alert_after_report: list[str]


def _launch_lex() -> _LaunchTotalLex:
    return _section("launch_totals", _LaunchTotalLex)


def _launch_total(a: Attack) -> bool:
    """A day's weapons with no place, count, toll or impacts: ロシア軍は25日朝、ミサイル78発と無人機106機を発射した."""
    return a.date is not None and a.date.start is not None and not a.locations and not a.count and \
        not a.impacts and not (a.casualties.killed or a.casualties.injured)


def _same_day(a: TimeSpan, b: Optional[TimeSpan], max_days: int = 7) -> bool:
    """Two dates that share a day, or whose first days are at most a day apart (20日夜から21日朝 / 21日未明).
    Not a day inside a run of months (3月以降): the run holds the day but is no strike of that day."""
    if b is None or b.start is None or a.start is None:
        return False
    if _close_starts(a, b) is not None:
        return True
    if b.end is not None and (b.end - b.start).days > max_days:
        return False
    return a.start <= (b.end or b.start) and b.start <= (a.end or a.start)


def _merge_launch_totals(out: list[Attack]) -> list[Attack]:
    """A launch total (ロシア軍は…ミサイル40発と無人機574機を発射) beside strikes told by place on its day is their
    weapons, not another strike: it joins the same side's first located strike of the day (which takes its
    weapons when it names none) or, with none that day, the next strike told, undated, by the same side (which
    takes its day), or is dropped when only another side's strike holds the day (ウクライナ空軍は
    …ICBMが発射されたと発表: the reporter read as attacker). A launch total alone on its day stays."""
    kept: list[Attack] = []
    for a in out:
        if not _launch_total(a):
            kept.append(a)
            continue
        assert a.date is not None
        day = [b for b in out if b is not a and b.locations and _same_day(a.date, b.date)]
        side = [x.canonical for x in a.attacker]
        host = next((b for b in day if side and [x.canonical for x in b.attacker] == side), None)
        nxt = out[out.index(a) + 1] if out.index(a) + 1 < len(out) else None
        if host is None and not day and nxt is not None and nxt.date is None and nxt.locations and side and \
                [x.canonical for x in nxt.attacker] == side:
            host, nxt.date = nxt, a.date  # …を発射した。X州知事は、攻撃により1人が死亡した: the next account, undated
        if host is not None:
            host.evidence += a.evidence
            host.weapons = host.weapons or a.weapons
        elif not day:
            kept.append(a)
    return kept


def _retelling(a: Attack, others: list[Attack]) -> bool:
    """A strike told again in passing (その翌日にはオデーサの港がミサイル攻撃を受け; a lead's 週末には
    サマラ州やクラスノダール地方の製油所が相次いで攻撃を受けました): no day number, no toll, count or
    impacts of its own, and every place it names belongs to other strikes by the same side."""
    if a.count or a.impacts or a.casualties.killed or a.casualties.injured:
        return False
    if a.date is not None and re.search(r"[0-9０-９]|曜", a.date.text or ""):
        return False  # 14日 / 土曜日: a day of its own (その翌日には is told relative to another strike)
    keys = {p.canonical or p.text for p in a.locations if p.kind != "country"}
    side = [x.canonical for x in a.attacker]
    covered = {p.canonical or p.text for b in others if b is not a and [x.canonical for x in b.attacker] == side
               for p in b.locations}
    return bool(keys) and keys <= covered


def _drop_retellings(out: list[Attack]) -> list[Attack]:
    """Drop the retold strikes (_retelling); one told with a target word (民間の物流ターミナルを直撃) hands it to
    the same side's account that names its places and has only a place's class or none (its village: None)."""
    kept = [a for a in out if not _retelling(a, out)]
    ids = {id(a) for a in kept}
    for a in out:
        if id(a) in ids or a.target in (None, "city"):
            continue
        keys = {p.canonical or p.text for p in a.locations if p.kind != "country"}
        side = [x.canonical for x in a.attacker]
        host = next((b for b in kept if [x.canonical for x in b.attacker] == side and b.target in (None, "city")
                     and keys <= {p.canonical or p.text for p in b.locations}), None)
        if host is not None:
            host.target = a.target
    return kept


def _country_retelling(a: Attack, others: list[Attack]) -> bool:
    """A lead that tells a strike only by the country it hit (ロシアが新型ミサイルをウクライナに向けて発射;
    29日にはウクライナ全土が大規模な攻撃を受けました) when another strike by the same side, on the same day or
    with the lead undated, names places in that country. Not one with a toll, count or impacts of its own,
    and not one on another day (a campaign's other night)."""
    if a.count or a.impacts or a.casualties.killed or a.casualties.injured:
        return False
    if not a.locations or any(p.kind != "country" for p in a.locations):
        return False
    countries = {p.country for p in a.locations}
    side = [x.canonical for x in a.attacker]
    for b in others:
        if b is a or [x.canonical for x in b.attacker] != side:
            continue
        if not countries <= {p.country for p in b.locations if p.kind != "country"}:
            continue  # ポーランドとウクライナ: a lead naming another country too tells more than b
        if a.date is None or (b.date is not None and b.date.start == a.date.start):
            return True
    return False


def _sideless_countries(a: Attack) -> bool:
    """A strike word with no side, no place below a country and nothing it did (砲撃を巡っては、ロシアとウクライナ
    が互いに相手の仕業だと非難し合っている / ウクライナに対し、…ロシア領内への攻撃を許可): a dispute or a
    permission about strikes, no strike of its own. Not one with a count, toll or impacts (…計28回実施)."""
    if a.attacker or a.count or a.impacts or a.casualties.killed or a.casualties.injured:
        return False
    return bool(a.locations) and all(p.kind == "country" for p in a.locations)


class _StrayOutageLex(_Section):
    units: list[str]
    reach: int
    list_markers: list[str]


def _stray_lex() -> _StrayOutageLex:
    return _section("stray_outages", _StrayOutageLex)


def _outage_figures(v: DocView, s: int, e: int, lex: dict) -> list[tuple[Entity, Quantity, str]]:
    """The counted outages of a sentence (約7万世帯で電気が止まった, 100万世帯以上が停電): a household or person
    figure with an outage cue after it within reach, not a toll (59人が死亡)."""
    sl, out = _stray_lex(), []
    cues = sorted((cs, what) for what, words in lex["impacts"] if what.startswith("without")
                  for cs, _, _ in find_all(v.clean, words, s, e))
    for q, qv in _quantities(v, s, e):
        if (qv.unit or "") not in sl.units or has_any(v.clean[q.end:q.end + 6], lex["killed"] + lex["injured"]):
            continue
        what = next((w for cs, w in cues if 0 <= cs - q.end <= sl.reach), None)
        if what is not None:
            out.append((q, qv, what))
    return out


def _breakdown(v: DocView, e: int) -> list[tuple[Entity, Quantity]]:
    """The list lines right after an outage sentence (・ハルキウ州：約70万世帯): one figure each."""
    sl, out = _stray_lex(), []
    pi = v.para_index(e - 1) + 1
    while pi < len(v.paras) and v.clean.startswith(tuple(sl.list_markers), v.paras[pi][0]):
        ps, pe = v.paras[pi]
        out += [(q, qv) for q, qv in _quantities(v, ps, pe) if (qv.unit or "") in sl.units][:1]
        pi += 1
    return out


def _figure_place(v: DocView, s: int, q: Entity) -> Optional[Entity]:
    """The place a figure's clause names before it: オデーサ州では約7万世帯 / ・ハルキウ州：約70万世帯."""
    start = max(s, v.clean.rfind("、", s, q.start) + 1)
    places = [p for p in v.ents(start, q.start, {"GPE", "LOC"}) if p.kind != "country"]
    return places[-1] if places else None


def _same_place(a: Optional[str], b: Optional[str]) -> bool:
    """A city and its region or district share their name: Kharkiv ~ Kharkiv Oblast."""
    return bool(a and b and (a == b or a.startswith(b + " ") or b.startswith(a + " ")))


def _other_time(v: DocView, s: int, e: int, attacks: list[Attack]) -> bool:
    """A sentence dated outside every strike's days (昨冬には1000万人が停電した): not their outage."""
    for d in v.ents(s, e, {"DATE"}):
        ts = d.value
        if not isinstance(ts, TimeSpan) or ts.start is None:
            return True
        if not any(a.date is not None and a.date.start is not None and a.date.end is not None
                   and a.date.start <= ts.start <= a.date.end for a in attacks):
            return True
    return False


def _stray_outages(v: DocView, attacks: list[Attack], lex: dict) -> None:
    """Outages told on their own after the strikes (a live blog's entry: 全国で100万世帯以上が停電しています。
    主な地域は次の通りです。・ハルキウ州：約70万世帯; オデーサ州では約7万世帯、ハルキウ市では約12万世帯で電気が
    止まった) are the strikes' impacts: a figure goes to the strike at the place its clause names, a figure with
    no such strike (全国で) to the strike that names the most places. Not a sentence already in a strike's
    evidence, a hypothetical, or one with a date of its own."""
    told = {(x.start, x.end) for a in attacks for x in a.evidence}
    for s, e in v.sentences:
        if (s, e) in told or _hypothetical(v.clean[s:e], lex) or _other_time(v, s, e, attacks):
            continue
        figures = _outage_figures(v, s, e, lex) if attacks else []
        if not figures:
            continue
        before = [a for a in attacks if a.evidence and a.evidence[0].start < s] or attacks  # a live blog: newest first
        whole = max(before, key=lambda a: len(a.locations))
        items = [(q, qv, figures[-1][2]) for q, qv in _breakdown(v, e)]
        for q, qv, what in figures + items:
            place = _figure_place(v, v.para(q.start)[0] if (q, qv, what) in items else s, q)
            key = place.canonical if place is not None else None
            at = [a for a in attacks if any(_same_place(key, p.canonical) for p in a.locations)]
            if place is not None and place.country and not at and \
                    place.country not in {p.country for p in whole.locations}:
                continue  # a place in another country than any strike's: no strike's outage
            for a in at[-1:] + ([whole] if not at or (q, qv, what) in items else []):
                if all(i.value != qv.value for i in a.impacts):
                    a.impacts.append(Impact(value=qv.value, unit=qv.unit, qualifier=qv.qualifier, what=what,
                                            text=v.text[q.start:q.end]))


class _PlaceTollLex(_Section):
    heads: str
    rises: list[str]


def _place_toll_update(v: DocView, s: int, e: int, lex: dict) -> Optional[tuple[str, Casualties]]:
    """A sentence that raises one place's toll (クリビーリフの負傷者も47人に増えた, ハルキウ市の死者は1人、けが人は
    14人に増えました) as (the place's canonical name, the toll it gives), else None. Not 市内の死者は… (no
    place named) nor a toll that does not rise (ハルキウの死者は3人だった)."""
    pl = _section("place_toll_updates", _PlaceTollLex)
    sent = v.clean[s:e]
    m = re.search(pl.heads, sent)
    if m is None or not has_any(sent[m.end():], pl.rises):
        return None
    ends = {s + m.start(), s + m.start() + (sent[m.start()] in "市州")}
    places = [p for p in v.ents(s, s + m.start() + 1, {"GPE", "LOC"}) if p.end in ends and p.canonical]
    if not places:
        return None
    toll: dict[str, Optional[int]] = {"killed": None, "injured": None}
    for q, qv in _quantities(v, s + m.start(), e):
        kind = _toll_kind(v, s, q, lex) if qv.unit == "person" else None
        if kind:
            toll[kind] = max(toll[kind] or 0, int(qv.value))
    return str(places[-1].canonical), Casualties(**toll)


def _names_elsewhere(v: DocView, a: Attack, place: str, s: int) -> bool:
    """The strike names the place in a sentence of its own other than the update at s (not a strike whose
    only mention of the place is the update sentence it took in)."""
    return any(p.canonical == place for x in a.evidence if x.start != s for p in v.ents(x.start, x.end, {"GPE", "LOC"}))


def _place_toll_updates(v: DocView, attacks: list[Attack], lex: dict) -> None:
    """A toll a later sentence raises for one place (クリビーリフの負傷者も47人に増えた) goes to the one strike at
    that place, when it is larger than the toll the strike tells; not when several strikes hit the place."""
    for s, e in v.sentences:
        found = _place_toll_update(v, s, e, lex)
        if found is None or _hypothetical(v.clean[s:e], lex):
            continue
        place, toll = found
        at = [a for a in attacks
              if any(p.canonical == place for p in a.locations) and _names_elsewhere(v, a, place, s)]
        if len(at) != 1:
            continue
        cas = at[0].casualties
        at[0].casualties = Casualties(killed=_larger(cas.killed, toll.killed),
                                      injured=_larger(cas.injured, toll.injured))


def _short_day(a: Attack, max_days: int) -> bool:
    d = a.date
    return d is not None and d.start is not None and d.end is not None and (d.end - d.start).days < max_days


class _InheritDateLex(_Section):
    max_days: int


def _tells_date(v: DocView, s: int, e: int) -> bool:
    """A date entity overlaps the span, even one begun before it (今月|12日には… split by the sentence end)."""
    return any(d.label == "DATE" and d.start < e and d.end > s for d in v.entities)


def _inherit_dates(v: DocView, out: list[Attack]) -> None:
    """A strike still undated once the accounts are merged (南部オデーサ州でも発電施設が攻撃を受けた; このうち
    サマラ州のシズラニでは製油所が…) happened on the day of the nearest strike told before it by the same side:
    an article tells one night's strikes. Not one told before any dated strike (連日のように砲撃にさらされて
    いる: background), not one whose sentences name a date the rules did not take (its own day, unread), not a
    campaign count, and never from a week-long or longer date (a campaign's span is no night's)."""
    max_days = _section("inherit_date", _InheritDateLex).max_days
    order = sorted((a for a in out if a.evidence), key=lambda a: min(x.start for x in a.evidence))
    for i, a in enumerate(order):
        if a.date is not None or a.count or any(_tells_date(v, x.start, x.end) for x in a.evidence):
            continue
        side = [x.canonical for x in a.attacker]
        donor = next((b for b in reversed(order[:i]) if _short_day(b, max_days) and
                      (not side or not b.attacker or [x.canonical for x in b.attacker] == side)), None)
        if donor is not None:
            a.date = donor.date


def _list_sides(built: list) -> None:
    """A list item with no attacker of its own (▽3月7日　ガス生産施設をミサイル攻撃: no side, no place) is the
    campaign's: it takes the attacker of the list's item before it."""
    prev: Optional[Attack] = None
    for ep, a in built:
        if a is None or not ep.listed:
            continue
        if not a.attacker and prev is not None:
            a.attacker = list(prev.attacker)
        prev = a if a.attacker else prev


def _facilities(a: Optional[Attack]) -> set:
    return {p.canonical for p in a.locations if p.kind == "facility" and p.canonical} if a is not None else set()


def _drop_repeated_mentions(built: list) -> list:
    """A blast named in passing (_blast_mentions) that another record already tells at the same facility (X橋で
    爆発があり、3人が死亡 … X橋の爆発への報復), or that an earlier mention named: dropped, the other stays."""
    kept: list = []
    for ep, a in built:
        mine = _facilities(a)
        if ep.mention and mine and any(mine & _facilities(b) for other, b in built
                                       if b is not a and (not other.mention or (other, b) in kept)):
            continue
        kept.append((ep, a))
    return kept


def extract(v: DocView) -> list[Attack]:
    lex = lexicon("attack")
    eps = _episodes(v, lex)
    eps += _shootdowns(v, eps, lex)
    built = [(ep, _build(v, ep, lex)) for ep in eps if ep.triggers or ep.incident or ep.site or ep.earlier]
    _list_sides(built)
    built = _drop_repeated_mentions(built)
    out = _merge_toll_accounts([a for _, a in built if a is not None], lex)
    own_day = {id(a) for ep, a in built if a is not None and ep.also}
    apart = {id(a) for ep, a in built if a is not None and ep.also_here}
    _local_place_sides(out)
    _tally_sides(out)
    out = [a for a in out if _in_theatre(a, lex)]
    out = _drop_retellings(out)
    out = [a for a in out if not _country_retelling(a, out) and not _sideless_countries(a)]
    out = _merge_undated(_merge_updates(out, own_day, apart), lex["near_km"])
    out = _merge_launch_totals(_merge_placeless(_merge_regional_accounts(out, lex), lex))
    _stray_outages(v, out, lex)
    _place_toll_updates(v, out, lex)
    for a in out:  # once merges have joined a strike's toll to it
        a.target = _station_toll("".join(x.text for x in a.evidence), a.target, a.casualties, lex)
    _inherit_dates(v, out)
    return out

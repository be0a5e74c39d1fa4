"""Meeting records: talks, summits, calls and forums, one record per real meeting.

A trigger (会談, 協議, 首脳会議, 電話 ...) is a mention. Its participants are the people of
its own stretch of the sentence (between the previous trigger and itself) plus the
sentence's subject, and people that nearby sentences say attended (同席, 加わった). Date
and venue come from the sentence, else from the scene-setting sentences before it in the
paragraph, else from a timeline heading. Mentions of one meeting (same venue and
compatible dates, the same specific name, the same people, or an anaphoric この会合)
merge into one record with several evidence spans.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

from .. import gazetteer as gz
from ..models import Actor, Entity, Meeting, TimeSpan
from ..normalize.dates import resolve_backward, resolve_forward
from ..normalize.numbers import parse_number
from .common import (DocView, checked_lexicon, actor_of, alternation, complete, confidence, country_actor,
                     dedup_actors, dateline_heading, find_all, has_any, lexicon, near, place_of, state_of)

TOPIC_AGAIN_SENTENCES = 5  # how far after the talks told a bare 協議は may tell more of them
CONTEXT_SENTENCES = 6  # how far back in its paragraph a mention looks for its scene (date, venue)
CLUSTER_WINDOW = 40  # a mention joins one of the last 40 meetings: bounded work on huge documents
_DEBUG = bool(os.environ.get("UKPEACE_DEBUG"))
_COUNT_KA = re.compile(r"[0-9０-９]か国")  # 米ロ・ウクライナ3か国協議: the か of a count of states is part of the name
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff々\u30a0-\u30ffーA-Za-z0-9０-９Ａ-Ｚａ-ｚ・]")
_PLACE_PREF = {"facility": 0, "city": 1, "district": 1, "region": 2, "territory": 2, "place": 2, "country": 3,
               "water": 4, "continent": 5}
_KANJI_TITLE = re.compile(r"^[\u4e00-\u9fff々・]{0,10}$")
_TOPIC_SWITCH = re.compile(r"(?<!の)は、")
_PLACE_GLOSS = re.compile(r"[（(][^）)、。（(]{1,12}[）)]")  # キーウ（キエフ）: another spelling of the place
# EU＝ヨーロッパ連合の首脳会議, 主要7カ国（G7）の首脳会議 (either name a gloss): a gloss, then の
_GLOSS_NO = re.compile(r"^[）)」』]?(?:[＝=][^、。の＝=]{1,16}|[（(][^、。（(）)]{1,16}[）)])?の$")


Status = Literal["held", "planned", "ongoing", "cancelled"]


@dataclass
class _Mention:
    start: int
    end: int
    sent: tuple
    name: str
    anaphoric: bool = False
    weak: bool = False
    location: Optional[Entity] = None
    date: Optional[TimeSpan] = None
    explicit_date: bool = False
    status: Status = "held"
    mode: str = "in_person"
    participants: list = field(default_factory=list)
    own_people: list = field(default_factory=list)
    parties: list = field(default_factory=list)
    creates: bool = False
    gap: str = ""
    sentence_date: bool = False
    index: int = 0
    attendance: bool = False
    gathering: bool = False
    ordinal: Optional[int] = None
    rule: str = "meeting.trigger"
    clause_end: int = 0
    sideline: bool = False
    default_status: bool = False
    headline: bool = False
    speakers: list = field(default_factory=list)  # entities who speak at it (会合では、A氏が…と述べた)
    attends: bool = False  # its people are told attending it: G20首脳会議にビデオで参加し
    joined: bool = False  # its people are told joining before it: A首相らが加わり、協議は…
    gloss_end: int = 0  # where the parentheses right after its name close: 首脳会談（少人数会合及び全体会合）
    next_session: bool = False  # 次回の会合: the series' next sitting, never the one just told
    opener: bool = False  # its name opens its sentence as the topic: 会議は、A大統領が主催し…
    para: int = 0  # its paragraph's index
    prev_index: int = -1  # the sentence of the mention told before it (-1: none)
    also: bool = False  # told with another partner: 米国は前日の23日、ウクライナ代表団とも協議した
    founded: bool = False  # a new body's first sitting: 理事会が新設され、初会合が開かれた
    register: str = ""  # "informal" (非公式に会談) or "formal" (公式の首脳会談): two sittings of one visit
    own_ents: list = field(default_factory=list)  # the person entities told as its own people
    sequel: bool = False  # a gathering told after another in its sentence: …と会談し、その後、拡大会合を開いた


def _name(v: DocView, start: int, end: int) -> tuple[int, str]:
    """The compound ending at the trigger (マイアミ秘密会談, 米ロ首脳会談, 3者協議), durations cut off."""
    i = start
    while i > 0 and start - i < 14 and (_NAME_CHAR.match(v.clean[i - 1]) or _COUNT_KA.match(v.clean, i - 2)):
        i -= 1
    if i == start and v.clean[i - 1:i] == "）":  # 欧州連合（EU）首脳会議: the acronym belongs to the name
        j = v.clean.rfind("（", max(0, i - 12), i)
        if j > 0 and _NAME_CHAR.match(v.clean[j - 1]):
            i = j
            while i > 0 and start - i < 24 and _NAME_CHAR.match(v.clean[i - 1]):
                i -= 1
    name = v.clean[i:end]
    cut = _name_junk().match(name[: start - i])
    if cut:
        i += cut.end()
    return i, v.clean[i:end]


@lru_cache(maxsize=1)
def _name_junk() -> re.Pattern:
    """Words before a trigger that are no part of its name (約5時間会談, 3年ぶりの協議)."""
    return re.compile(rf"^.*{alternation(lexicon('meeting')['name_prefix_junk'])}")


def _possessor(v: DocView, p) -> bool:
    """トランプの特使 / トランプ米大統領のケロッグ特使: the possessor is not in the room."""
    nxt = v.clean[p.end:p.end + 12]
    m = re.match(r"^(?:氏)?([^、。はがとものでに]{0,10})の", nxt)
    if not m or not _KANJI_TITLE.match(m.group(1)):
        return False
    rest = v.clean[p.end + m.end():p.end + m.end() + 10]
    lex = lexicon("meeting")
    visit = re.match(rf"^[^、。のをに]{{1,8}}?(?:{alternation(lex['visit_triggers'])})", rest)  # A大統領のトルコ訪問
    return not visit and not rest.startswith(("両", "ほか", *lex["triggers"], *lex["possessed_attendance"]))


_AFTER_NAME = re.compile(r"^(?:氏|さん)?[\u4e00-\u9fff々\u30a0-\u30ffー・]{0,10}?(?:氏)?([はがともをにでの、・（]|$)")


def _marker(v: DocView, p, limit: int, depth: int = 0) -> str:
    """The particle that closes a name (after its title): は/が make a subject; in a list
    (AとBは, A、Bが) the particle that closes the list counts."""
    m = _AFTER_NAME.match(v.clean[p.end:min(limit, p.end + 14)])
    if not m:
        return ""
    mark = m.group(1)
    if mark in ("と", "、", "・") and depth < 6:
        nxt = v.first(p.end + m.end(), min(limit, p.end + m.end() + 14), {"PERSON"})
        if nxt is not None:
            return _marker(v, nxt, limit, depth + 1)
    return mark


def _subject_people(v: DocView, s: int, first_trigger: int) -> list:
    """The subject the trigger's clause belongs to: in 「AはBに応じず、Cは…Dと会談した」 the latest
    subject group (C), not A; a list (AとBは, A、Bが) stays one group."""
    found = [p for p in v.ents(s, first_trigger, {"PERSON"})
             if _marker(v, p, first_trigger) in ("は", "が", "も") and not _possessor(v, p)]
    groups: list[list] = [[]]
    for p in found:
        groups[-1].append(p)
        m = _AFTER_NAME.match(v.clean[p.end:min(first_trigger, p.end + 14)])
        if m and m.group(1) in ("は", "が") and "、" in v.clean[p.end:first_trigger]:
            groups.append([])  # this subject's clause closes before the trigger's
    return next((g for g in reversed(groups) if g), [])


def _absent(v: DocView, p, lex: dict) -> bool:
    """The person's own clause says they stayed away: 「プーチン大統領は欠席し、ラブロフ外相が代わりに出席した」,
    「大統領は出席を見送った」 → not Putin (Lavrov's clause is his own).

    Is False for 「ラブロフ外相が代わりに出席した」 and for a cue past the person's comma
    (「A氏は会談し、欠席した国について述べた」)."""
    clause = re.split("[、。]", v.clean[p.end:p.end + 40], maxsplit=1)[0]
    return bool(has_any(clause, lex["absence_cues"]))


def _delegate(v: DocView, p, lex: dict) -> bool:
    """The person is told as a member or head of a side's delegation: 「ロシア代表団を率いるA補佐官は」,
    「代表団のB顧問は」, 「C国防相が代表団を率い」.

    Is False for 「D大統領は協議後、」 (no delegation) and a delegation word past the person's comma."""
    if v.clean.endswith(tuple(lex["delegate_before"]), max(0, p.start - 12), p.start):
        return True
    clause = re.split("[、。]", v.clean[p.end:p.end + 25], maxsplit=1)[0]
    return bool(has_any(clause, lex["delegate_after"]))


def _attendees(v: DocView, s: int, e: int, lex: dict) -> list:
    """People that a sentence says attended (Xが同席した / 出席したX / …で構成されていた / 待っていたのはX),
    unless a new topic (Yは、) stands between them and the cue."""
    out = []
    cues = find_all(v.clean, lex["attendance"], s, e)
    for p in v.ents(s, e, {"PERSON"}):
        if _possessor(v, p) or _absent(v, p, lex):
            continue
        for cs, ce, _ in cues:
            gap = v.clean[p.end:cs] if p.end <= cs else v.clean[ce:p.start]
            if len(gap) <= 90 and "。" not in gap and not _TOPIC_SWITCH.search(gap):
                out.append(p)
                break
    return out


def _speakers(v: DocView, si: int, lex: dict) -> list:
    """People who speak at a conference or summit just told as held: in the sentences after it (its
    paragraph and the next, until another meeting is told), a person who is the subject of a speech verb —
    「会議が10日、ローマで始まった。開会にあたってメローニ首相は…と述べ、ゼレンスキー大統領は…と訴えた」."""
    out: list = []
    floor, ceil = v.para_index(v.sentences[si][0]), v.para_index(v.sentences[si][0]) + 1
    for s, e in v.sentences[si + 1:si + 1 + lex["speaker_sentences"]]:
        if v.para_index(s) > ceil or v.para_index(s) < floor or _triggers(v, s, e, lex):
            break
        if not has_any(v.clean[s:e], lex["speech_cues"]):
            continue
        out += [p for p in v.ents(s, e, {"PERSON"}) if _marker(v, p, e) in ("は", "が", "も")
                and not _possessor(v, p)]
    return out


def _unknown_place_in(v: DocView, end: int, lex: dict) -> bool:
    """A country followed by a place the gazetteer does not know, where the meeting sits: 「スイスのルガノで開かれる」,
    「ドイツ南部のエルマウ城にて」 — the country stands for the venue (the place itself has no entity)."""
    m = _unknown_place_re().match(v.clean, end)
    if not m or any(e.canonical or e.lat is not None for e in v.ents(end, m.end(), {"GPE", "LOC", "FAC"})):
        return False
    # ロシアのドローンで攻撃 is no venue: the place must be where something is held (で開かれる, にて);
    # 北イタリアのストレーザでは、…会議が開かれていた: a topic place reaches further
    reach = lex["unknown_venue_reach"] if v.clean.startswith("は", m.end()) else 10
    return not m.group(0).endswith("で") or bool(has_any(v.clean[m.end():m.end() + reach],
                                                        lex["gathering_verbs"] + lex["triggers"]))


@lru_cache(maxsize=1)
def _unknown_place_re() -> re.Pattern:
    lex = lexicon("meeting")
    heads = alternation(lex['venue_heads'] + lex['unknown_venue_heads'])
    at, region = alternation(['で', 'にて', 'において']), alternation(lex['region_words'])
    # スイスのルガノで / ドイツ南部のエルマウ城にて / …州のリゾート施設「ボルゴ・X」で
    return re.compile(rf"(?:(?:{region}の?|の)[\u30a0-\u30ffー・]{{2,12}}{heads}?{at}"
                      rf"|(?:{region})?の[^、。「」]{{0,8}}「[^」、。]{{1,24}}」{at})")


def _city_of_body(v: DocView, p, name_start: int, lex: dict) -> bool:
    """A city named before the body whose sitting the meeting is: ニューヨークの国連安全保障理事会の会合,
    ブリュッセルのEU本部での会合 is not this (a building). Not a country (ロシアの安保理会合: whose request)."""
    if p.kind not in lex["body_seat_kinds"] or not v.clean.startswith("の", p.end) or name_start <= p.end + 1:
        return False
    gap = v.clean[p.end + 1:name_start]
    for ent in v.ents(p.end + 1, name_start, {"ORG"}):
        gap = gap.replace(ent.text, "", 1)
    return len(gap) < len(v.clean[p.end + 1:name_start]) and gap in ("", "の")


def _seat_of(v: DocView, end: int, lex: dict) -> bool:
    """A place followed by a building of it where the meeting sits: ブリュッセルの本部で, 東京の首相官邸で,
    ラムシュタイン米軍基地で (a qualifier of up to four characters before the building), ブリュッセルの北大西洋
    条約機構（NATO）本部で (a body's building: the body named between)."""
    start = end + 1 if v.clean.startswith("の", end) else end
    if _building_at(v, start, lex):
        return True
    org = next((o for o in v.ents(start, start + 30, {"ORG"}) if o.start == start), None)
    if org is None or start == end:
        return False
    gloss = _PLACE_GLOSS.match(v.clean, org.end)
    return _building_at(v, gloss.end() if gloss else org.end, lex)


def _building_at(v: DocView, start: int, lex: dict) -> bool:
    """A venue building at start (after a qualifier of up to four characters), marked as where it sits."""
    for k in range(0, 5):  # ラムシュタインの米軍基地で / ラムシュタイン米軍基地で: a short qualifier of the building
        if start + k > len(v.clean) or (k and v.clean[start + k - 1] in "、。でにのはが"):
            break   # the text ends, or the qualifier does: no building follows
        head = next((h for h in lex["venue_heads"] if v.clean.startswith(h, start + k)), None)
        if head is not None:
            after = start + k + len(head)
            gloss = re.match(r"[（(][^）)、。]{1,12}[）)]", v.clean[after:after + 14])  # エリゼ宮（大統領府）で
            return v.clean.startswith(tuple(lex["venue_after"]), after + (gloss.end() if gloss else 0))
    return False


def _within(v: DocView, p, lex: dict) -> str:
    """An area word right after a city that still places the meeting in it: リヤド市内のホテルで, 東京都内において
    (not a country: ロシア国内で is no venue of talks held abroad)."""
    if p.kind == "country":
        return ""
    return next((w for w in lex["within_place"] if v.clean.startswith(w, p.end)), "")


def _gathered_at(v: DocView, end: int, lex: dict) -> bool:
    """A place (or its building) where people are gathered or invited for the meeting:
    「パリの大統領府に各国首脳を集めて緊急会合を開いた」, 「ロンドンに首脳らを招いて開いた首脳会合」.
    Not 「パリに戻り、…」 (no gathering verb in the clause), nor 「キーウに部隊を集める案」 (no people gathered)."""
    found = _gathered_at_re().match(v.clean, end)
    return found is not None and bool(has_any(found.group(1), lex["gathered_people"]))


@lru_cache(maxsize=1)
def _gathered_at_re() -> re.Pattern:
    verbs = alternation(lexicon("meeting")["gathering_invites"])
    return re.compile(rf"(?:の[^、。にでのはが]{{1,14}}?)?に([^、。]{{0,24}}?){verbs}")


def _speakers_in(v: DocView, s: int, e: int, lex: dict) -> list:
    """The speakers of a sentence that uses a conference as the setting of what they said:
    「会合では、ゼレンスキー氏が…と非難し、ロシアのラブロフ外相は…と反論した」, 「グロッシ氏は年次総会の演説で」."""
    if not has_any(v.clean[s:e], lex["speech_cues"]):
        return []
    return [p for p in v.ents(s, e, {"PERSON"}) if _marker(v, p, e) in ("は", "が", "も") and not _possessor(v, p)]


def _paired_side(v: DocView, p) -> bool:
    """A country paired with another before the name is a side, not the venue: 米国とウクライナの協議, and the
    last of a list of sides: 米国、ウクライナ、ロシアの3者協議 (a country right before the 、)."""
    if p.kind != "country" or p.start == 0:
        return False
    if v.clean[p.start - 1] in "と・":
        return True
    return v.clean[p.start - 1] == "、" and any(
        x.end == p.start - 1 and x.kind in ("country", "bloc") for x in v.ents(max(0, p.start - 30), p.start - 1))


def _venue(v: DocView, s: int, e: int, ts: int, te: int, name_start: int, lex: dict,
           context: bool = False) -> Optional[Entity]:
    best: Optional[Entity] = None
    best_rank: tuple[int, int] = (0, 0)
    for p in v.ents(s, e, {"GPE", "LOC", "FAC"}):
        if not (p.canonical or p.lat is not None):
            continue
        end = p.end + len(_within(v, p, lex))  # リヤド市内のホテルで, 東京都内において: the mark follows the area word
        after = v.clean[end:end + 12]  # long enough for _visit_re: を事前の予告なしに訪れ
        if after.startswith(("」", "』")):
            after = after[1:]  # リゾート施設「ボルゴ・エニャツィア」で: a quoted venue is marked after its quote
        gloss = _PLACE_GLOSS.match(v.clean, end)
        if gloss:
            after = v.clean[gloss.end():gloss.end() + 12]  # キーウ（キエフ）を訪れ: the mark comes after the gloss
        after = _past_region(v, p, end, lex) or after
        # a country in a name is its topic (ウクライナ平和サミット)
        in_name = (p.start >= name_start and p.end <= te and p.kind != "country") or \
            (after.startswith("の") and p.end + 1 == name_start and not _paired_side(v, p))
        marked = any(after.startswith(x) for x in lex["venue_after"]) or bool(_visit_re().match(after)) \
            or _seat_of(v, end, lex) or (p.kind != "country" and _gathered_at(v, end, lex))
        at_trigger = _at_trigger(v, p, ts, lex)
        if context:
            marked = marked or after[:1] in ("に",) or (
                after.startswith("の") and v.first(p.end, p.end + 12, {"FAC"}) is not None)
        unknown = p.kind in lex["unknown_venue_hosts"] and _unknown_place_in(v, p.end, lex)
        in_name = in_name or _city_of_body(v, p, name_start, lex)
        if not (in_name or marked or unknown):
            continue
        if p.kind == "country" and not ((after.startswith(tuple(lex["country_venue_after"]))
                                         and not after.startswith("での")) or _visit_re().match(after)) \
                and not in_name and not unknown and not at_trigger:
            continue  # ウクライナでの戦争 is no venue
        rank = (_PLACE_PREF.get(p.kind or "place", 2), abs(ts - p.end))
        if best is None or rank < best_rank:
            best, best_rank = p, rank
    return best


def _past_region(v: DocView, p, end: int, lex: dict) -> str:
    """What follows a country's region word, where the mark of the venue is written: 「イタリア南部で開かれた首脳会議」
    gives 「で開かれた…」 (the country, in its south, is the venue). Empty when no region word follows the
    place, or the place is no country (キーウ南部: a city's district is no region of this kind)."""
    if p.kind != "country":
        return ""
    word = next((w for w in lex["region_words"] if v.clean.startswith(w, end)), "")
    return v.clean[end + len(word):end + len(word) + 9] if word else ""


def _at_trigger(v: DocView, p, ts: int, lex: dict) -> bool:
    """A country marked での right before the meeting's own name, only a bloc or a Latin-letter body between:
    「イタリアでの首脳会議」, 「ドイツでのG7外相会合」. Not 「ウクライナでの戦争」 (no meeting named after it) nor
    「ウクライナでの和平をめぐる協議」 (words between: the place belongs to them, not to the meeting)."""
    if p.kind != "country" or not v.clean.startswith("での", p.end) or ts < p.end + 2:
        return False
    gap = v.clean[p.end + 2:ts]
    for ent in v.ents(p.end + 2, ts, {"ORG"}):
        gap = gap.replace(ent.text, "", 1)
    return len(gap) <= lex["venue_trigger_gap"] and all(c.isascii() or "\uff10" <= c <= "\uff5a" for c in gap)


def _after_gloss(v: DocView, end: int) -> str:
    """What follows a name past its gloss, the gloss being either spelling: 「主要7カ国（G7）は」 gives は after
    both 主要7カ国 and G7; 「G7＝主要7カ国が」 gives が after G7."""
    nxt = v.clean[end:end + 24]
    m = re.match(r"^(?:[）)]|[（(][^、。（(）)]{1,16}[）)]|[＝=][^、。はがとのも＝=（(]{1,16}(?=[はがとの]))", nxt)
    return nxt[m.end():m.end() + 5] if m else nxt[:5]


def _unquoted_end(v: DocView, end: int) -> int:
    """The end of a name past the closing quote it is written in: 「有志連合」は → the offset of は.

    Leaves an unquoted name's end as it is (有志連合は)."""
    return end + 1 if v.clean[end:end + 1] in ("」", "』") else end


def _country_of_place(v: DocView, start: Optional[int], end: Optional[int]) -> bool:
    """A country written before its city or region with a middle dot names where, not who:
    「オランダ・ハーグで開かれた首脳会議」, 「南イタリア・プーリア州で」. Is False for a pair of sides
    (「米・ウクライナ協議」: the name after the dot is a country too)."""
    if start is None or end is None or not v.clean.startswith("・", end):
        return False
    return any(p.start == end + 1 and p.kind not in ("country", "bloc")
               for p in v.ents(end + 1, end + 12, {"GPE", "LOC", "FAC"}))


def _seat_city(place: Optional[Entity], lex: dict) -> bool:
    """A city that seats international bodies (Geneva, Brussels, Vienna): meetings there are held at a seat, not
    hosted by its country."""
    return place is not None and place.canonical in lex["body_seat_cities"]


def _seat_country(v: DocView, ent: Entity, lex: dict) -> bool:
    """A country told only as where its seat city lies: 「スイス・ジュネーブで」, 「ベルギーの首都ブリュッセルで」 —
    Switzerland and Belgium are no sides of talks held there. Is False for 「トルコ・イスタンブール」 (no seat city: a
    country that hosts talks may mediate them) and for a country told as a side (「スイスの外相」)."""
    if ent.kind != "country":
        return False
    link = re.match(r"(?:・|の(?:首都)?)", v.clean[ent.end:ent.end + 3])
    at = ent.end + len(link.group()) if link else -1
    return any(p.start == at and _seat_city(p, lex) for p in v.ents(at, at + 12, {"GPE", "LOC"}))


def _bloc_summit_venue(v: DocView, party, name: str, parties: list) -> bool:
    """The host country of a bloc's own summit, told only as the place (「オランダ・ハーグで開かれたNATO首脳会議」):
    the bloc takes part, its host is the venue. Is False for talks between others in a mediating country
    (「トルコ・イスタンブールでの協議」: no bloc named in the meeting) and for a country told as a side."""
    blocs = [p for p in parties if p.kind == "bloc" and any(x and x in name for x in (p.text, p.canonical))]
    return bool(blocs) and party.kind == "country" and _country_of_place(v, party.start, party.end)


def _opponent_topic(v: DocView, end: int, lex: dict) -> bool:
    """A country told as the other side of a war or truce the talks are about is no side of them:
    「ゼレンスキー氏と会談し、ロシアとの戦争終結に向けた道筋を協議した」 → not Russia.

    Is False for talks named right after the topic (「ロシアとの停戦協議」: Russia sits at them) and for a partner
    (「ロシアとの会談」)."""
    if not v.clean.startswith("との", end):
        return False
    rest = v.clean[end + 2:end + 12]
    topic = next((t for t in lex["opponent_topics"] if rest.startswith(t)), None)
    return topic is not None and not rest[len(topic):].startswith(tuple(lex["triggers"]))


def _envoy_state(v: DocView, ent, ents: list, lex: dict) -> bool:
    """The state an envoy serves, told right after the state he is posted to: 「駐ウクライナ日本国特命全権大使」 →
    Japan (Ukraine is where he sits, told as the side elsewhere)."""
    return any(x.end == ent.start and x.kind == "country" and v.clean.endswith(tuple(lex["posted_to"]), 0, x.start)
               for x in ents)


def _parties(v: DocView, lo: int, hi: int, lex: dict) -> list:
    out = []
    ents = v.ents(lo, hi, {"GPE", "ORG", "NORP", "FAC"})
    starts = {e.start for e in ents if e.kind in ("country", "bloc")}
    for ent in ents:
        if ent.label == "GPE" and ent.kind not in ("country",):
            continue
        nxt = v.clean[_unquoted_end(v, ent.end):_unquoted_end(v, ent.end) + 5]
        if ent.label == "FAC":  # クレムリンが…評価: the building stands for its government
            st = country_actor(ent.country, ent.text) if ent.country and nxt.startswith(("が", "は", "側")) else None
        elif ent.label == "ORG" and not ent.country and ent.canonical:
            st = actor_of(ent)  # 国連安全保障理事会, IAEA, NATO take part as themselves
        else:
            st = _party_of(ent) if ent.label == "ORG" else state_of(ent)  # ローマ教皇庁 → Holy See
        if st is None or _opponent_topic(v, _unquoted_end(v, ent.end), lex) or _seat_country(v, ent, lex):
            continue
        gloss = _PLACE_GLOSS.match(v.clean, ent.end)  # アラブ首長国連邦（ＵＡＥ）の首都: still the venue's country
        if (any(x.startswith(f) for f in lex["party_follow"] for x in (nxt, _after_gloss(v, ent.end)))
                or ent.end in starts or _envoy_state(v, ent, ents, lex)) \
                and not v.clean.startswith("の首都", gloss.end() if gloss else ent.end):
            out.append(st)
    return out


def _dated(v: DocView, s: int, e: int, anchor: int) -> Optional[TimeSpan]:
    """The meeting date of [s, e) nearest to anchor: day-like, not a period's start
    (2023年6月以来となる首脳会談を18日に行った takes 18日, not 2023年6月)."""
    cands = [d for d in v.ents(s, e, {"DATE"}) if _meeting_day(v, d)]
    cands = [d for d in cands if not _restated_time(v, d)] or cands
    lex = lexicon("meeting")
    # オルバン氏が今月…訪れた「平和ミッション」に反発しており、ブダペストでの会合は: 今月 dates the other clause
    cands = [d for d in cands if d.end > anchor or not has_any(v.clean[d.end:anchor], lex["clause_breaks"])]
    if not cands:
        return None
    d = min(cands, key=lambda d: (abs(anchor - d.end) if d.end <= anchor else 2 * abs(d.start - anchor)))
    return _until_schedule(v, d) or _days_until(v, d.end, _span(d.value))


def _date_after(v: DocView, te: int, end: int, lex: dict) -> Optional[TimeSpan]:
    """A day told right after the trigger and its particle dates it, before a day told earlier in the sentence
    (the day it was said): 「A氏は6日、次の会談を来週マイアミで開くと述べた」 takes 来週.

    None for a day that modifies a noun (会談は18日の攻撃を…), ends a schedule (理事会が16日までの日程で始まった)
    or is no meeting's day (協議を3日間, 2022年以来), nor a day that opens the next clause as its topic
    (15日にはA氏と会談を、16日にはB氏と…: date_after_topic_marks)."""
    for d in v.ents(te, end, {"DATE"}):  # a day that starts right after the link, however long (23日と24日の両日)
        if d.start >= te + 4:
            break
        if v.clean[te:d.start] in lex["date_after_links"] and not v.clean.startswith(("の", "まで"), d.end) \
                and not v.clean.startswith(tuple(lex["date_after_topic_marks"]), d.end) \
                and _meeting_day(v, d) and not _restated_time(v, d):
            return _until_schedule(v, d) or _days_until(v, d.end, _span(d.value))
    return None


@lru_cache(maxsize=1)
def _until_schedule_re() -> re.Pattern:
    return re.compile(lexicon("meeting")["until_schedule"])


def _until_schedule(v: DocView, d) -> Optional[TimeSpan]:
    """「12日、理事会が16日までの日程で始まった」: the day it opens and the last day of its schedule, one span.

    None when no other day of the clause is told as a schedule's end (「12日に始まった」)."""
    first, last = _span(d.value), None
    end = v.clean.find("。", d.end)
    for x in v.ents(d.end, end if end != -1 else len(v.clean), {"DATE"}):
        if x.start >= d.end and _until_schedule_re().match(v.clean[x.end:x.end + 12]):
            last = _span(x.value)
    if first is None or last is None or first.start is None or last.end is None or last.end < first.start:
        return None
    return TimeSpan(text=f"{first.text}〜{last.text}", start=first.start, end=last.end, granularity="range",
                    relative=first.relative or last.relative)


_UNTIL_DAYS = re.compile(r"^までの([0-9０-９]{1,2}|[一二三四五六七])日間")


def _days_until(v: DocView, end: int, span: Optional[TimeSpan]) -> Optional[TimeSpan]:
    """A day told as the last of N days (あすまでの2日間の日程で開かれ) dates the whole sitting.

    Leaves 「あすまでに」 and a day without までのN日間 as they are."""
    m = _UNTIL_DAYS.match(v.clean[end:end + 10])
    if not m:
        return _days_from(v, end, span)
    if span is None or span.end is None or span.granularity != "day":
        return span
    n = parse_number(m.group(1))
    if not isinstance(n, int) or n < 2:
        return span
    start = span.end - dt.timedelta(days=n - 1)
    return TimeSpan(text=v.clean[end - len(span.text):end + m.end()] if span.text else span.text,
                    start=start, end=span.end, granularity="range", relative=span.relative)


# あすから２日間, 木曜日からローマで2日間 (the venue told between the first day and the count of days)
_FROM_DAYS = re.compile(r"^から(?P<venue>[^、。「」でにはが]{1,12}(?:で|において))?"
                        r"([0-9０-９]{1,2}|[一二三四五六七])日間")


def _from_days(v: DocView, end: int) -> Optional[re.Match]:
    """「からN日間」 after a day: the first of the sitting's N days. With a venue told between
    (木曜日からローマで2日間開催される) the days must be the sitting's: a gathering word follows them
    (days_count_after), not 「10日からハルキウで3日間攻撃を続け」."""
    m = _FROM_DAYS.match(v.clean[end:end + 28])
    if m and m.group("venue") and not v.clean.startswith(tuple(lexicon("meeting")["days_count_after"]), end + m.end()):
        return None
    return m


def _forward(v: DocView, span: TimeSpan) -> TimeSpan:
    """resolve_forward, also for the N days told from a first day (20日から3日間 → its first day read forward,
    the span moved with it)."""
    return _resolved(v, span, resolve_forward)


def _backward(v: DocView, span: TimeSpan) -> TimeSpan:
    """resolve_backward, also for the N days told from a first day: published the 13th, 「23日から3日間…行った
    協議」 is last month's 23rd to 25th."""
    return _resolved(v, span, resolve_backward)


def _resolved(v: DocView, span: TimeSpan, resolve) -> TimeSpan:
    """A span read forward or back (resolve), the N days told from a first day moved with their first day."""
    text = span.text or ""
    cut = text.find("から", 1)  # 木曜日からローマで2日間: the same 「からN日間」 as _from_days, venue and all
    if cut > 0 and _FROM_DAYS.fullmatch(text[cut:]) and span.start is not None and span.end is not None:
        first = resolve(TimeSpan(text=text[:cut], start=span.start, end=span.start, granularity="day",
                                 relative=span.relative), v.published)
        if first.start is not None and first.start != span.start:
            shift = first.start - span.start
            return span.model_copy(update={"start": span.start + shift, "end": span.end + shift})
        return span
    return resolve(span, v.published)


def _days_from(v: DocView, end: int, span: Optional[TimeSpan]) -> Optional[TimeSpan]:
    """A day told as the first of N days (あすから２日間の日程で開かれ, 20日から3日間) dates the whole sitting.

    Leaves 「20日から始まった」 and 「20日から3週間」 as they are."""
    m = _from_days(v, end)
    if not m or span is None or span.start is None or span.granularity != "day":
        return span
    n = parse_number(m.group(2))
    if not isinstance(n, int) or not 2 <= n <= 14:
        return span
    return TimeSpan(text=v.clean[end - len(span.text):end + m.end()] if span.text else span.text,
                    start=span.start, end=span.start + dt.timedelta(days=n - 1), granularity="range",
                    relative=span.relative)


def _day_told_before(v: DocView, s: int) -> Optional[TimeSpan]:
    """The last day told before a sentence that opens with 同じ日/同日 (in its paragraph or the one before).

    None when no single day is told there (「同じ日、」 after a month only)."""
    floor = v.paras[max(0, v.para_index(s) - 1)][0]
    days = [d for d in v.ents(floor, s, {"DATE"}) if (sp := _span(d.value)) is not None and complete(sp)
            and sp.granularity == "day"]
    return _span(days[-1].value) if days else None


def _restated_time(v: DocView, d) -> bool:
    """A date restated in the reader's time zone: 現地時間28日（日本時間29日）— the 29日 is the same moment,
    so the meeting takes the local date when both are told."""
    lex = lexicon("meeting")
    return any(v.clean.endswith(w, max(0, d.start - len(w) - 1), d.start) or v.clean.endswith(w, 0, d.start)
               for w in lex["restated_time_before"])


def _aside_of(v: DocView, lo: int, ts: int, lex: dict) -> str:
    """The meeting word before the trigger that an aside link follows: the talks were held during or right after
    that meeting — 「A大統領は会合を中断して、B大統領に電話をかけた」 gives 会合, 「首脳らは会議後、C大統領と
    電話で協議した」 gives 会議. "" for 「会談の準備を始め、…と電話で話した」 (no link)."""
    found = re.search(rf"({alternation(lex['triggers'])}){alternation(lex['aside_links'])}", v.clean[lo:ts])
    return found.group(1) if found else ""


def _last_meeting_day(told: list, head: str) -> Optional[TimeSpan]:
    """The day of the latest meeting told before whose name ends with head, held in person on a day of its own
    (「首脳会議を4日に開いた」 for a later 「会議後、…電話で協議した」); None when none is told."""
    for x in reversed(told[-CLUSTER_WINDOW:]):
        if x.name.endswith(head) and x.mode == "in_person" and x.explicit_date and x.date is not None \
                and x.date.granularity == "day":
            return x.date
    return None


def _group_partner(v: DocView, lo: int, ts: int, lex: dict) -> bool:
    """The other side is a group named without people: 欧州の首脳らと電話で協議した, 各国外相らとオンラインで協議
    (the call is specific although nobody on that side is named); not 首脳と協議を続ける (no 'ら')."""
    return bool(has_any(v.clean[max(lo, ts - 14):ts], lex["group_partners"]))


def _strike_scene(v: DocView, sent: tuple, lex: dict) -> bool:
    """A sentence that reports a strike lends a meeting no venue: 「ベルゴロドでは30日、市の中心部が攻撃を受けた。
    安保理では緊急会合が開かれた」 — the sitting is in New York, not where the strike fell."""
    return bool(has_any(v.clean[sent[0]:sent[1]], lex["strike_scene_cues"]))


def _body_setting(v: DocView, s: int, ts: int) -> list:
    """A body named as the setting of the sitting (国連安全保障理事会では…緊急会合が開かれた): it holds the
    sitting, which is at the body's seat, so the scene of the sentences before lends it no venue."""
    return [actor_of(a) for a in v.ents(s, ts, {"ORG"})
            if not a.country and a.canonical and v.clean.startswith("では", a.end)]


def _signing_after_meeting(v: DocView, s: int, w: str, lex: dict) -> bool:
    """A signing told in a sentence that opens after the meeting just reported belongs to it:
    「会合後、A、B、Cの3人が宣言に署名した」 — no signing ceremony of its own; not a signing with no opener."""
    head = v.clean[s:s + 12].lstrip("　 ＡＱAQ")
    return w in lex["signing_triggers"] and head.startswith(tuple(lex["aftermath_openers"]))


def _signing_in_setting(v: DocView, prev_end: int, ts: int, w: str, lex: dict) -> bool:
    """A signing told in the clause that a meeting of the same sentence sets belongs to it:
    「首脳会談において、B大統領との間で協定に署名し」 — not a second gathering."""
    return w in lex["signing_triggers"] and v.clean.startswith(tuple(lex["setting_marks"]), prev_end) \
        and "。" not in v.clean[prev_end:ts]


def _period_series(v: DocView, s: int, name_start: int, lex: dict) -> bool:
    """Sittings held throughout a term are a series, not one meeting: 「ハンガリーが議長国を務める間に同国で
    開かれる非公式閣僚会合には委員を出席させない」; not 「来月ローマで開かれる閣僚会合」."""
    head = v.clean[max(s, name_start - 24):name_start]
    return bool(re.search(rf"{alternation(lex['period_series_before'])}[^、。]{{0,6}}"
                          rf"{alternation(lex['series_verbs'])}$", head))


def _coarse_date(v: DocView, s: int, e: int, anchor: int) -> Optional[TimeSpan]:
    """A planned meeting's coarse date (来年, 24年, 年内, 来月): the nearest complete DATE of its clause
    that is not a period (3年間, 2022年以降)."""
    lex = lexicon("meeting")
    cands = [d for d in v.ents(s, e, {"DATE"}) if (span := _complete_span(d.value)) is not None
             and not d.text.endswith("間")
             and not v.clean.startswith(tuple(lex["period_start_after"]), d.end)
             # 創設75年: no date of a plan
             and (v.published is None or (span.end is not None and span.end >= v.published))]
    if not cands:
        return None
    return _span(min(cands, key=lambda d: abs(anchor - d.end)).value)


def _span(value: object) -> Optional[TimeSpan]:
    """An entity value that is a TimeSpan (a DATE's value), else None."""
    return value if isinstance(value, TimeSpan) else None


def _complete_span(value: object) -> Optional[TimeSpan]:
    """An entity value that is a TimeSpan with both ends known, else None."""
    span = _span(value)
    return span if complete(span) else None


def _meeting_day(v: DocView, d) -> bool:
    """A DATE that can be a meeting's date: complete, at most a month, not 2022年2月以降 / 3年間, nor the day of
    the round it follows (1月に続く2回目の協議)."""
    span = d.value
    if not complete(span) or (span.end - span.start).days > 31 or d.text.endswith("間"):
        return False
    if span.granularity in ("year", "season"):
        return False
    lex = lexicon("meeting")
    if v.clean.startswith("から", d.end) and v.clean.startswith(tuple(lex["opening_after"]), d.end + 2):
        return True  # 18日から開かれる欧州理事会: the first day of the sitting
    if _from_days(v, d.end):
        return True  # あすから２日間の日程で開かれる: the first of its days
    if _opening_from(v, d.end, lex):
        return True  # 4日からは同じアブダビで2回目の協議が予定されている: the first day of the sitting
    return not v.clean.startswith(tuple(lex["period_start_after"] + lex["earlier_event_after"]), d.end) \
        and not _since_event(v, d.end, lex)


def _opening_from(v: DocView, end: int, lex: dict) -> bool:
    """A day and から(は) whose clause goes on to a meeting's name, held or planned (4日からは同じアブダビで2回目の
    協議が予定されている, 18日からG20首脳会議が始まる): the day is the sitting's first. Not 「4日から攻撃が続き」
    nor 「4日から…協議を続けている」 (no gathering after the name)."""
    m = _OPENING_FROM.match(v.clean, end)
    if not m:
        return False
    name, after = m.group(1), m.group(2)
    return name.endswith(tuple(lex["triggers"])) and \
        bool(has_any(after, lex["gathering_verbs"] + lex["opening_cues"] + lex["held_plan_words"]))


_OPENING_FROM = re.compile(r"から(?:は)?([^、。をがは]{1,24})[がは]([^、。]{0,12})")


def _since_event(v: DocView, end: int, lex: dict) -> bool:
    """A date that dates the event a period runs from is no meeting's day.

    Rejects 2022年2月 in 「2022年2月の侵攻開始以来初めての協議」; keeps 18日 in 「18日の会談以来」
    (the gap names a meeting: that meeting is dated by it)."""
    if not v.clean.startswith("の", end):
        return False
    for k in range(2, 11):
        gap = v.clean[end:end + k]
        if any(c in "、。はがを" for c in gap):
            return False
        if v.clean.startswith(tuple(lex["since_after"]), end + k):
            return not has_any(gap, lex["triggers"])
    return False


def _triggers(v: DocView, s: int, e: int, lex: dict) -> list[tuple[int, int, str]]:
    """Meeting triggers of a sentence, without generic uses (会議室, 交渉担当者) and negated ones;
    a meeting body used as its sitting (EU首脳会議は…開幕した) is a trigger of its own ("@" + its name)."""
    bodies = _body_hits(v, s, e, lex)
    hits = list(bodies)
    for ts, te, w in find_all(v.clean, lex["triggers"], s, e):
        if any(bs <= ts and te <= be for bs, be, _ in bodies):
            continue
        gathering = _gathering(v, te, e, lex)
        if w in lex["ellipsis_triggers"] and not gathering:
            continue  # 次回の協議: the word only stands for a meeting when it is held (次回は…開く)
        if _generic_use(v, te, lex) or (not gathering and _qualified_before(v, s, ts, lex)) \
                or _bare_setting(v, ts, te, lex):
            continue
        if (w in lex["weak_triggers"] and _process_start(v, te, e, lex)) or _process_topic(v, ts, te, lex) \
                or _conditional(v, s, ts, lex) or _readiness(v, te, e, lex):
            continue
        ent = v.entity_at(ts)
        if ent is not None and not ent.canonical and ent.end == te:
            ent = None  # the parser took the meeting's own name (初会合, 和平サミット) for an organisation
        # 世界経済フォーラムで / …が開幕: an organisation's name used for its event
        if ent is not None and ent.label in ("ORG", "PERSON", "GPE", "TITLE", "FAC") \
                and not (ent.end == te and any(v.clean.startswith(f, te) for f in lex["event_use_after"])):
            continue
        if _negated(v, te, e, lex):
            continue
        if w == "回目" and not has_any(v.clean[te:e], lex["round_needs"]):
            continue  # 7回目の捕虜交換 is no round of talks
        hits.append((ts, te, w))
    hits += [h for h in find_all(v.clean, lex["noun_stop_triggers"], s, e)
             if v.clean.startswith("。", h[1]) and not any(a <= h[0] < b for a, b, _ in hits)]
    hits += [h for h in find_all(v.clean, list(lex["country_visits"]), s, e) if _visit_recipient(v, h[1], e, lex)]
    return _phone_leads(v, _visits_for_talks(v, _compounds(v, _named_rounds(v, sorted(hits)), lex), lex), lex)


def _named_rounds(v: DocView, hits: list) -> list:
    """A bare round word right before the name it counts (2回目の協議) is that name's ordinal, no hit of its own;
    a bare 2回目 (2回目は来月開く) stays."""
    return [h for k, h in enumerate(hits) if not (
        h[2] == "回目" and k + 1 < len(hits) and hits[k + 1][0] == h[1] + 1 and v.clean[h[1]:h[1] + 1] == "の")]


def _negated(v: DocView, te: int, e: int, lex: dict) -> bool:
    """A negation in the trigger's own clause (次回の協議の日程は決まっていない); one in a contrastive clause after
    it (次回の協議は3月に予定されているが、場所は決まっていない) is about something else."""
    after = v.clean[te:e][:30]
    cut = min([i for i in (after.find(b) for b in lex["negation_breaks"]) if i >= 0] + [len(after)])
    return bool(has_any(after[:cut], lex["negation"]))


def _phone_lead(v: DocView, ts: int, lex: dict) -> bool:
    """A phone lead (電話で) stands before the talks word at ts in its clause: 「電話で約1時間会談し」,
    「電話でA大統領と協議し」 — the talks were a call."""
    lo = max(ts - lex["phone_lead_reach"], v.clean.rfind("、", 0, ts) + 1, v.clean.rfind("。", 0, ts) + 1)
    return bool(find_all(v.clean, lex["phone_leads"], lo, ts))


def _phone_leads(v: DocView, hits: list, lex: dict) -> list:
    """A phone lead followed in its clause by the talks word it tells the way of is no meeting of its own."""
    return [h for k, h in enumerate(hits) if not (
        h[2] in lex["phone_leads"] and k + 1 < len(hits) and _phone_lead(v, hits[k + 1][0], lex)
        and hits[k + 1][0] - h[1] <= lex["phone_lead_reach"])]


def _visit_recipient(v: DocView, te: int, e: int, lex: dict):
    """The person a visit to a state (訪米, 訪ロ) hands something to in its next clause, which meets him:
    「A氏は今月下旬に訪米し、B大統領に計画を提示する考えだ」 → B. None for a bare visit (訪米に先立ち, 訪米中の)."""
    if not v.clean.startswith(("し", "して"), te):
        return None
    first = v.clean.find("、", te, e)
    clause_end = v.clean.find("、", first + 1, e) if first >= 0 else -1
    clause_end = e if clause_end < 0 else clause_end
    for p in v.ents(te, min(te + 14, clause_end), {"PERSON"}):
        after = re.match(r"^(?:氏)?[^、。はがとの]{0,8}?に", v.clean[p.end:p.end + 10])
        if after and has_any(v.clean[p.end + after.end():clause_end], lex["visit_deliveries"]):
            return p
    return None


def _visit_delivery(v: DocView, te: int, e: int, lex: dict) -> bool:
    """A visit whose next clause hands something over to the host side (モスクワを訪れ、ロシア側に停戦案を説明する)
    meets that side: a meeting, not a bare trip. Not 「キーウを訪れ、被害状況を視察した」."""
    if not v.clean.startswith(("、", "て、"), te):
        return False
    start = v.clean.index("、", te) + 1
    clause = re.split(r"[、。]", v.clean[start:e], maxsplit=1)[0]
    side = re.match(rf"^[^、。はがを]{{1,10}}?(?:{alternation(lex['delivery_sides'])})に", clause)
    return side is not None and bool(has_any(clause[side.end():], lex["visit_deliveries"]))


def _visit_occasion(v: DocView, te: int, e: int, lex: dict) -> bool:
    """A visit named as the occasion of talks with the host (訪問の際に継続を働きかける, 訪問の際に協議する) is
    a meeting; not 「訪問の際に視察した」 nor 「訪問中にミサイルが着弾した」."""
    occasion = next((o for o in lex["visit_occasions"] if v.clean.startswith(o, te)), None)
    if occasion is None:
        return False
    clause = re.split(r"[、。]", v.clean[te + len(occasion):e], maxsplit=1)[0]
    return bool(has_any(clause, lex["occasion_acts"]))


def _visited_state(v: DocView, ts: int, te: int, lex: dict) -> Optional[Entity]:
    """The state a 訪米-like visit goes to, as the venue."""
    code = lex["country_visits"].get(v.clean[ts:te])
    entry = gz.load().country(code)
    if entry is None:
        return None
    return Entity(text=v.clean[ts + 1:te], label="GPE", start=ts + 1, end=te, canonical=entry.canonical,
                  kind="country", id=entry.id, source="rule", country=code)


def _visits_for_talks(v: DocView, hits: list, lex: dict) -> list:
    """A visit told as the way to the talks of its sentence is those talks, not a meeting of its own:
    「首相は8日、モスクワを訪れ、大統領と会談した」 keeps 会談 (which takes the visit's place as venue);
    a bare 「キーウを訪れ、…を視察した」 keeps the visit."""
    out: list[tuple[int, int, str]] = []
    for k, (ts, te, w) in enumerate(hits):
        nxt = hits[k + 1] if k + 1 < len(hits) else None
        if out and out[-1][2] in lex["visit_triggers"] and _visit_occasion(v, out[-1][1], te, lex) \
                and not re.search("[、。]", v.clean[out[-1][1]:ts]):
            continue  # トルコ訪問の際に協議する: the talks are the visit's
        if w in lex["visit_triggers"] and nxt is not None and nxt[2].lstrip("&") not in lex["visit_triggers"] \
                and v.clean[te:nxt[0]].count("、") == 1 and len(v.clean[te:nxt[0]]) <= 40:
            continue
        out.append((ts, te, w))
    return out


def _compounds(v: DocView, hits: list, lex: dict) -> list:
    """Two forms of one gathering joined by と/を兼ねた (署名式と共同会見, 夕食会を兼ねた会談) are one hit
    named by both ("&" marks the word)."""
    out: list[tuple[int, int, str]] = []
    for ts, te, w in hits:
        if out and not out[-1][2].startswith("@") and v.clean[out[-1][1]:ts] in lex["compound_joins"]:
            out[-1] = (out[-1][0], te, "&" + w)
            continue
        out.append((ts, te, w))
    if out and not out[-1][2].startswith("@"):
        ts, te, w = out[-1]
        for j in lex["compound_joins"]:
            tail = next((t for t in lex["compound_tails"] if v.clean.startswith(j + t, te)), None)
            if tail:
                out[-1] = (ts, te + len(j) + len(tail), "&" + w)
                break
    return out


def _generic_use(v: DocView, te: int, lex: dict) -> bool:
    """A use of the trigger word that names no gathering: 会議室, 交渉担当者, 交渉による解決, 協議を続ける."""
    return any(v.clean.startswith(x, te) for x in lex["not_after"] + lex["generic_use_after"])


def _bare_setting(v: DocView, ts: int, te: int, lex: dict) -> bool:
    """A bare trigger used as the setting of what is said in it refers to the talks told (「大統領は会談において、
    …を求めた」); a named one is the gathering itself (「プーリアで開催されたＧ７サミットにおいて合意された」), and so
    is one dated by its own modifier (「AとBが18日の電話会談において合意した」)."""
    return v.clean.startswith(tuple(lex["bare_setting_after"]), te) and not _NAME_CHAR.match(v.clean[ts - 1:ts]) \
        and not any(v.clean[d.end:ts] == "の" for d in v.ents(max(0, ts - 16), ts, {"DATE"}))


def _process_topic(v: DocView, ts: int, te: int, lex: dict) -> bool:
    """The peace process named as what is spoken of (米国が仲介する和平協議について「…」と述べた, 和平協議をめぐる動き)
    names no gathering; a named round (アブダビでの協議について) is not such a process name."""
    return _name(v, ts, te)[1] in lex["process_names"] and v.clean.startswith(tuple(lex["process_topic_after"]), te)


def _conditional(v: DocView, s: int, ts: int, lex: dict) -> bool:
    """Talks provided for a case (再び攻撃を受けた場合には、24時間以内に両国が協議を行う, 脅かされた場合に協議を
    求める規定) are a provision, no meeting held or planned."""
    head = v.clean[max(s, ts - lex["conditional_reach"]):ts]
    return any(c in head for c in lex["conditional_before"])


def _readiness(v: DocView, te: int, e: int, lex: dict) -> bool:
    """Talks someone is only ready to hold or does not rule out (和平交渉を行う用意があると述べた, 協議を主催する用意が
    あると表明, 二国間協議も排除しない考え) are a stance, no meeting held or planned: the cue is the predicate of the
    trigger's own clause, before any comma."""
    clause = re.split(r"[、。]", v.clean[te:min(e, te + 24)])[0]
    cut = min((i for i in (clause.find(c) for c in lex["readiness_after"]) if i >= 0), default=-1)
    return cut >= 0 and bool(re.fullmatch(r"[をもと]?[^をがは]{0,16}", clause[:cut]))


def _process_start(v: DocView, te: int, e: int, lex: dict) -> bool:
    """A weak trigger that is the object of starting or running a process names no gathering:
    「技術的な交渉を中東で直ちに開始することで一致した」, 「話し合いを始めるべきだ」, 「A氏が交渉を取り仕切る」."""
    if not v.clean.startswith("を", te):
        return False
    clause = re.split(r"[、。]", v.clean[te + 1:min(e, te + 20)])[0]
    return bool(has_any(clause, lex["process_start_after"] + lex["process_run_after"]))


def _gathered_before(v: DocView, s: int, name_start: int, lex: dict) -> bool:
    """A gathering verb in the clause that modifies the name: 「ルガノで開かれた「復興会議」は」,
    「12日に基地で予定されていた支援国の首脳級会合は」 — the name is a gathering even with no verb after it."""
    head = v.clean[max(s, name_start - 40):name_start].rstrip("「")
    if any(head.endswith(x + t) for x in lex["gathered_before"] for t in lex["gathered_plan_tails"]):
        return True  # 今年ポーランドで開かれる予定の「復興会議」
    head = _GATHERED_MODIFIERS.sub("", head)
    return any(head.endswith(x) for x in lex["gathered_before"])


# what may stand between the gathering clause and the name: 「, …の, a bloc with its gloss (主要7カ国（G7）)
_GATHERED_MODIFIERS = re.compile(
    r"(?:「|[^、。「」]{1,14}の|[\u4e00-\u9fff々\u30a0-\u30ffーA-Za-z0-9０-９Ａ-Ｚ・]{1,12}[（(][^）)、。]{1,10}[）)])+$")


def _qualified_before(v: DocView, s: int, ts: int, lex: dict) -> bool:
    """A word before the trigger that makes it no meeting (記者会見, 国家安全保障会議, 停戦交渉の行方);
    waived when the clause says the talks were held (停戦交渉を行った)."""
    return any(v.clean.endswith(x, max(s, ts - len(x)), ts) for x in lex["not_before"])


def _time_setting(v: DocView, te: int, e: int, lex: dict) -> bool:
    """A bare trigger whose gathering clause only dates something else refers back to the talks told.

    Rejects 「協議が行われていた11日も、ロシア軍は…攻撃した」 and 「会談が開かれた日に」 as new meetings;
    keeps 「協議が11日に行われた」 (the clause ends on its own verb)."""
    heads = alternation(lex["time_setting_heads"])
    return bool(re.match(rf"^[がの][^、。]{{0,12}}?(?:ていた|ている|た)[0-9０-９]{{0,2}}{heads}",
                         v.clean[te:min(e, te + 24)])) and bool(_gathering(v, te, e, lex))


def _gathering(v: DocView, te: int, e: int, lex: dict) -> bool:
    """The trigger's own clause says the gathering is held or hosted: 会談を行った, 会議が…開かれる,
    国際会合を来年主催 (a particle right after it, then a gathering verb before the clause ends)."""
    while v.clean[te:te + 1] in ("」", "』", "”", "）") and te < e:
        te += 1  # 「世界平和サミット」を年内に開く
    if not v.clean.startswith(tuple(lex["gathering_particles"]), te):
        return False
    clause = v.clean[te + 1:min(e, te + 32)].split("。")[0]
    cut = min([i for i in (clause.find(w) for w in lex["triggers"]) if i > 0] + [len(clause)])
    return bool(has_any(clause[:cut], lex["gathering_verbs"]))


def _body_hits(v: DocView, s: int, e: int, lex: dict) -> list[tuple[int, int, str]]:
    """Meeting bodies (欧州理事会, EU首脳会議, 外相理事会) used as their sitting: followed by は/が/で/に出席."""
    out = []
    for ent in v.ents(s, e, {"ORG"}):
        if ent.canonical is None:
            continue
        used = ent.canonical in lex["meeting_bodies"] \
            and v.clean.startswith(tuple(lex["body_use_after"]), _past_aside(v, ent.end))
        convened = _convened(v, s, ent, lex) or _addressed(v, ent, e, lex)
        if used or (ent.canonical in lex["convened_bodies"] and convened):
            out.append((ent.start, ent.end, "@" + ent.canonical))
    return out


def _convened(v: DocView, s: int, ent, lex: dict) -> bool:
    """A council convened or held as a sitting: 「NATOウクライナ理事会を大使級で開く」, 「「…理事会」が開かれた」,
    「外相理事会を招集する」, 「ブリュッセルで開かれた外相理事会後の会見」, 「A大統領が出席した11日の…理事会」;
    not 「安保理は声明を出した」 (the body acting)."""
    end = _unquoted_end(v, ent.end)  # 「NATOウクライナ理事会」をオンラインで開いた: the quote closes the name
    if re.match(rf"[をが][^、。]{{0,8}}?{alternation(lex['convening_verbs'])}", v.clean[end:end + 16]):
        return True
    head = v.clean[max(s, ent.start - 12):ent.start]
    # ゼレンスキー大統領が出席した11日のNATOウクライナ理事会: attended on a day, so it sat
    attended = re.search(rf"{alternation(lex['attended_before'])}(?:[0-9０-９]{{1,2}}日)?の?「?$", head)
    return any(head.endswith(x) for x in lex["gathered_before"]) or attended is not None


def _addressed(v: DocView, ent, e: int, lex: dict) -> bool:
    """A council someone addresses is its sitting: 「安保理で報告し」, 「国連安全保障理事会で演説した」.

    Rejects 「安保理で拒否権を持つ」 and 「安保理は声明を出した」 (no address told in the clause)."""
    pos = _past_aside(v, ent.end)
    if not v.clean.startswith("で", pos):
        return False
    clause = re.split(r"[、。]", v.clean[pos + 1:min(e, pos + 24)])[0]
    return bool(has_any(clause, lex["address_verbs"]))


def _past_aside(v: DocView, pos: int) -> int:
    """The position after a short bracketed aside that follows a name: 国連総会（193カ国）は → the は."""
    if v.clean.startswith("（", pos):
        close = v.clean.find("）", pos, pos + 20)
        if close != -1:
            return close + 1
    return pos


_ROUND = r"(?:第([0-9０-９]+)回|([0-9０-９]+)回目)"
_ROUND_IN = re.compile(_ROUND)
_ROUND_BEFORE = re.compile(_ROUND + r"(?:の|と?なる)$")


def _delegation_sides(v: DocView, s: int, ts: int, lex: dict) -> list:
    """Two or more states whose delegations are the subject of the talks: 「アメリカとウクライナの代表団は来週にも
    改めて協議する」 → [US, Ukraine]; they hold the talks as named people would.

    Empty for 「ロシアの代表団は…協議する」 (one side), 「米国とウクライナの代表団によると、」 (no subject)."""
    for d in lex["side_delegates"]:
        for i in (mt.start() for mt in re.finditer(re.escape("の" + d), v.clean[s:ts])):
            after = v.clean[s + i + 1 + len(d):s + i + 1 + len(d) + 3]
            if re.match(r"^(?:ら)?[はが]", after):
                sides = _paired_sides(v, s, s + i + 1)
                if len(sides) >= 2:
                    return sides
    return []


def _both_states(v: DocView, s: int, ts: int, name: str, lex: dict) -> list:
    """両国 (双方) in the clause of bilateral talks, with nobody named between it and them, stands for the two
    states the story is about: the last pair told before it (「ロシアとウクライナの和平」), else the two named most
    often, a country told only as a place (トルコ・イスタンブール) left out:
    「ロシアのウクライナ侵攻を巡り、両国の代表団は29日、…停戦協議を行った」 → [Russia, Ukraine].

    Empty for 両国首脳 (the leaders: people, found as such), for a conference (両国は…復興会議に向けて) and when
    others are named before the trigger (双方は、A大統領とB大統領が電話会談で合意した…)."""
    word, links = alternation(lex["both_states"]), alternation(lex["both_state_links"])
    found = re.search(rf"{word}(?={links})", v.clean[s:ts])
    if not found or _scale(name, lex) == "multilateral":
        return []
    at = s + found.start()
    if any(e.label == "PERSON" or _side_state(v, e, lex) for e in v.ents(at, ts, {"PERSON", "GPE"})):
        return []
    return _told_pair(v, at, lex) or _most_named_pair(v, at, lex)


def _side_state(v: DocView, e: Entity, lex: dict) -> Optional[Actor]:
    """The state a GPE names as a side: a country not told as a place (トルコ・イスタンブール, トルコのイスタンブール,
    ジョージアの首都トビリシ, ドイツ南部のエルマウ name where)."""
    if e.kind != "country" or _country_of_place(v, e.start, e.end):
        return None
    found = re.match(rf"(?:{alternation(lex['region_words'] + lex['capital_links'])})?の?", v.clean[e.end:e.end + 8])
    at = e.end + len(found.group()) if found and found.group() else -1
    place = any(p.start == at and p.kind not in ("country", "bloc") for p in v.ents(at, at + 12, {"GPE", "LOC", "FAC"}))
    return None if place else state_of(e)


def _told_pair(v: DocView, pos: int, lex: dict) -> list:
    """The last two states told before pos as a pair, joined by と, ・ or 、 (ロシアとウクライナ, 米・ウクライナ)."""
    ents = [e for e in v.ents(0, pos, {"GPE"}) if _side_state(v, e, lex)]
    for a, b in reversed(list(zip(ents, ents[1:]))):
        if v.clean[a.end:b.start] in ("と", "・", "、") and a.country != b.country:
            return [_side_state(v, a, lex), _side_state(v, b, lex)]
    return []


def _most_named_pair(v: DocView, pos: int, lex: dict) -> list:
    """The two states named most often before pos, the first named first among equals."""
    counts: dict = {}
    for e in v.ents(0, pos, {"GPE"}):
        st = _side_state(v, e, lex)
        if st is not None:
            n, first = counts.get(st.canonical, (0, st))
            counts[st.canonical] = (n + 1, first)
    top = sorted(counts.values(), key=lambda x: -x[0])[:2]
    return [a for _n, a in top] if len(top) == 2 else []


def _founded_body_sitting(v: DocView, s: int, name_start: int, ordinal: Optional[int], lex: dict) -> bool:
    """The first sitting of a body its sentence tells as newly set up: 「…理事会」が新設され、12日に初会合が開かれた.

    Rejects (is False for) 理事会は12日に初会合を開いた (no setting up told) and 会議が新設され、2回目の会合 (no
    first sitting)."""
    return ordinal == 1 and bool(has_any(v.clean[s:name_start], lex["founding_cues"]))


def _ordinal(v: DocView, name_start: int, te: int, lex: dict) -> Optional[int]:
    """The round a mention names (3回目の協議, 第2回会合, 初会合): rounds are separate meetings."""
    name = v.clean[name_start:te]
    before = v.clean[max(0, name_start - max(map(len, lex["ordinal_first_before"]))):name_start]
    if has_any(name, lex["ordinal_first"]) or before.endswith(tuple(lex["ordinal_first_before"])):
        return 1
    m = _ROUND_IN.search(name) or _ROUND_BEFORE.search(v.clean[max(0, name_start - 8):name_start])
    return int(unicodedata.normalize("NFKC", m.group(1) or m.group(2))) if m else None


def _session_name(v: DocView, name_start: int, te: int, lex: dict) -> tuple[int, str]:
    """A session word before the trigger joins its name: 次回の会合, 初回の会合, 前回の協議.

    Rejects nothing; a name without such a word (ロンドンでの会議) stays as it was."""
    for p in lex["session_prefixes"]:
        if v.clean.endswith(p, max(0, name_start - len(p)), name_start):
            return name_start - len(p), v.clean[name_start - len(p):te]
    return name_start, v.clean[name_start:te]


def _next_session(v: DocView, name: str, te: int, lex: dict) -> bool:
    """次回の協議, and the series named before it (3者協議の次回会合): the series' next sitting.

    Rejects (is False for) 3者協議の初回会合 and a plain 3者協議."""
    nxt = tuple(lex["next_session_prefixes"])
    return name.startswith(nxt) or v.clean.startswith(tuple("の" + p for p in nxt), te)


def _name_parties(v: DocView, start: int, end: int) -> list:
    """States, blocs and bodies inside a meeting's name take part in it (G7サミット, EU首脳会議, 米ロ首脳会談)."""
    out = []
    for ent in v.ents(start, end, {"GPE", "ORG", "NORP"}):
        if ent.kind in ("country", "bloc") or (ent.label == "ORG" and ent.canonical):
            out.append(state_of(ent) or actor_of(ent))
    return [a for a in out if a is not None]


def _paired_sides(v: DocView, s: int, name_start: int) -> list:
    """Two or more states joined by と/・/、 and の right before the name are its sides:
    「米国とウクライナの高官協議」 → [US, Ukraine]; a single 「ロシアの会合」 is not enough."""
    ents = [x for x in v.ents(s, name_start, {"GPE"}) if x.kind == "country"]
    chain: list = []
    name_start -= _pair_modifier(v, s, name_start)  # ロシアとウクライナの約3年ぶりとなる直接協議
    end = name_start - 1 - _side_delegates(v, s, name_start)
    if v.clean[end:end + 1] != "の":
        return []
    for x in reversed(ents):
        if x.end != end:
            break
        chain.append(x)
        end = x.start - 1
        if end >= s and v.clean[end] not in "と・、" and any(y.end == x.start for y in ents):
            end = x.start  # 英仏独の: abbreviations written together
        elif end < s or v.clean[end] not in "と・、":
            break
    sides = [a for a in (state_of(x) for x in reversed(chain)) if a is not None]
    return sides if len(sides) >= 2 else []


_PAIR_CLOSE = re.compile(r"^(?:氏|さん)?[\u4e00-\u9fff々]{0,6}?(?:氏)?(?:両(?:氏|首脳|[\u4e00-\u9fff]{1,3}))?"
                         r"(?:の|による|間の)[^、。のをがはと「」]{0,6}$")
_PAIR_LINK = re.compile(r"^(?:氏|さん)?[\u4e00-\u9fff々]{0,6}?(?:氏)?[と、・](?:[^、。とのはがを「」]{1,10}の)?$")


def _named_pair(v: DocView, s: int, name_start: int) -> list:
    """Two or more people joined by と/、/・ that modify the name with の/による: 「AとBの会談」, 「A、B両氏による
    会談」, 「A大統領とB大統領の直接会談」 — they are its people, not the clause's subject who arranges or calls for
    it. [] when fewer than two are so told (「AはBとの会談」: B is a partner of the subject)."""
    ents = v.ents(s, name_start, {"PERSON"})
    if not ents or not _PAIR_CLOSE.match(v.clean[ents[-1].end:name_start]):
        return []
    chain = [ents[-1]]
    for x in reversed(ents[:-1]):
        if not _PAIR_LINK.match(v.clean[x.end:chain[-1].start]):
            break
        chain.append(x)
    return list(reversed(chain)) if len(chain) >= 2 else []


def _pair_modifier(v: DocView, s: int, name_start: int) -> int:
    """The length of a modifier between the sides' の and the name (「XとYの約3年ぶりとなる協議」,
    「XとYの2023年以来の首脳会談」), 0 when none: the sides are still told right before it."""
    tails = alternation(lexicon("meeting")["pair_modifier_tails"])
    found = re.search(rf"の([^、。のと「」]{{0,14}}?{tails})$", v.clean[max(s, name_start - 24):name_start])
    return len(found.group(1)) if found else 0


def _side_delegates(v: DocView, s: int, name_start: int) -> int:
    """The length of the people the sides send, between their の and the name: 「米国とウクライナの高官による協議」,
    「英仏独の代表団同士の会合」 → len("高官による"), len("代表団同士の").

    0 when none: 「米国の高官協議」 names them itself."""
    lex = _lexicon()
    for d in lex["side_delegates"]:
        for link in lex["side_delegate_links"]:
            w = d + link
            if v.clean.endswith("の" + w, max(s, name_start - len(w) - 1), name_start):
                return len(w)
    return 0


def _party_of(e) -> Optional[Actor]:
    """The state, bloc or international body a participant acts for: ゼレンスキー → Ukraine; the UN
    Secretary-General → United Nations and the IAEA's Director General → IAEA (their gazetteer side); the Pope
    → Holy See (a side the lexicon maps to a body even where the code is also a state's)."""
    canonical = _lexicon()["side_parties"].get(e.country) if e.country else None
    st = state_of(e)
    if (st is not None and not (canonical and e.label in ("PERSON", "ORG"))) or not e.country:
        return st
    g = gz.load()
    entry = g.get(g.by_canonical.get(canonical, "")) if canonical else None
    if entry is None:
        return None
    return Actor(text=e.text, canonical=entry.canonical, kind="bloc" if entry.kind == "bloc" else "org",
                 id=entry.id, country=e.country, start=e.start, end=e.end)


def _sitting_body(v: DocView, s: int, name_start: int) -> list:
    """The body whose sitting the name is (国連安全保障理事会の会合): it holds the meeting and takes part.
    Not a country (ロシアの会合 is no sitting of a body) and not a body further back (安保理で…の会合)."""
    return [actor_of(a) for a in v.ents(s, name_start, {"ORG"})
            if (not a.country or a.kind == "bloc") and a.canonical and _GLOSS_NO.match(v.clean[a.end:name_start])]


def _topic(v: DocView, s: int, end: int):
    """The person a sentence is about (Xは / X大統領は), if it names one before ``end``."""
    for p in v.ents(s, end, {"PERSON"}):
        if re.match(r"^(?:氏)?[^、。はがとの]{0,8}?は", v.clean[p.end:p.end + 10]) and not _possessor(v, p):
            return p
    return None


def _quoted_reply(v: DocView, s: int, e: int, lex: dict) -> bool:
    """A sentence that quotes someone (「モディ氏は「…」と応じた」): its Xは answers, it is not the story's
    subject. A quoted name (「ゼレンスキー氏は「勝利計画」と名付けた戦略を携え…」) quotes nobody."""
    return any(not v.clean.startswith(tuple(lex["naming_verbs"]), s + m.end())
               for m in re.finditer("」と", v.clean[s:e]))


def _opening_subject(v: DocView, s: int, end: int):
    """The person a sentence opens with as its が-subject, after at most its country (「ウクライナのゼレンスキー
    大統領が、…を公表した」): the story's subject when later sentences drop it. Not a person further in
    (「…によると、A氏が述べた」)."""
    for p in v.ents(s, min(end, s + 16), {"PERSON"}):
        before = v.clean[s:p.start].strip(" 　\n")
        if len(before) <= 8 and (not before or before.endswith("の")) and "、" not in before \
                and re.match(r"^(?:氏)?[^、。はがとの「」]{0,8}?が", v.clean[p.end:p.end + 10]) \
                and not _possessor(v, p):
            return p
        break
    return None


def _opens_without_subject(v: DocView, s: int, end: int) -> bool:
    """No actor of its own before the trigger is marked as subject (…には、Xと会談し). A place that sets the
    scene is none: 「ワシントンでは18日、…と会談した」, 「モスクワを訪れた際は、…と会談した」."""
    for ent in v.ents(s, end, {"PERSON", "GPE", "ORG"}):
        m = re.match(r"^(?:氏)?[^、。はがと]{0,8}?(?:は|が)", v.clean[ent.end:ent.end + 10])
        if m and not (ent.label == "GPE" and re.search("[をでに]", m.group())
                      and not re.search("[はが]", v.clean[ent.end + m.end():end])):
            return False  # (16日のキーウ訪問では、)首脳らは…と会談した: a subject after the setting
    return True


def _reporter(v: DocView, p, lex: dict) -> bool:
    """A spokesperson who tells of a meeting is not in it: 「ペスコフ大統領報道官は…協議について『…』と述べた」.
    Named with the title right after the name (ペスコフ大統領報道官, ザハロワ外務省報道官)."""
    return re.match(r"^(?:氏)?[^、。はがとの「」]{0,8}?(?:" + "|".join(map(re.escape, lex["reporter_titles"])) + ")",
                    v.clean[p.end:p.end + 16]) is not None


def _pair_before(v: DocView, si: int, lex: dict) -> list:
    """The people 両氏/両首脳 refers back to: those of the sentence before, and of the sentences before that
    (up to both_lookback, within the paragraph and the one before it) until two different people are named:
    「AはBと電話で協議した。…Aは「…」と述べた。両氏は12日に…会談した」 → A and B."""
    out: list = []
    floor = v.paras[max(0, v.para_index(v.sentences[si][0]) - 1)][0]
    for ps0, pe0 in reversed(v.sentences[max(0, si - lex["both_lookback"]):si]):
        if ps0 < floor:
            break
        out += [p for p in v.ents(ps0, pe0, {"PERSON"}) if not _possessor(v, p)]
        if len({p.canonical or p.text for p in out}) >= 2:
            break
    return out


def _last_pair(out: list, si: int, lex: dict) -> list:
    """The two people of the meeting told in the sentence just before (both_pair_lookback), whom 両首脳/両氏
    names: 「…Cとも会談した。20日にはDと会談した。両首脳の会談は初めて」 → A and D, not C and D;
    [] when that meeting has not exactly two people, or is told further back (the sentences are read instead)."""
    for m in reversed(out):
        if m.index < si - lex["both_pair_lookback"]:
            break
        if m.index < si and len(m.own_people) == 2:
            return list(m.own_ents)
    return []


def _group_subject(v: DocView, s: int, ts: int, lex: dict) -> bool:
    """「代表団は翌17日、…と会談した」: a bare delegation word (sentence-initial, after 、 or 同) is the subject of
    the trigger's clause, which names nobody of its own side (a person before と is the partner). Not
    「米ロの代表団が協議した」: a delegation qualified by its sides is told afresh."""
    if any(not re.match(r"^[^、。はがと]{0,8}と", v.clean[p.end:p.end + 10]) for p in v.ents(s, ts, {"PERSON"})):
        return False
    return any(v.clean.startswith(("は", "が", "も"), i + len(w)) and (i == s or v.clean[i - 1] in "、同")
               for w in lex["group_anaphora"] for i in [v.clean.rfind(w, s, ts)] if i != -1)


def _group_before(v: DocView, si: int, lex: dict) -> list:
    """The named members of the delegation told in a sentence before (within both_lookback): the people listed
    right before its group word — 「Aの X大統領、Bの Y大統領ら…の代表団が」 → X, Y (not the partner after)."""
    floor = v.paras[max(0, v.para_index(v.sentences[si][0]) - 1)][0]
    for ps0, pe0 in reversed(v.sentences[max(0, si - lex["both_lookback"]):si]):
        if ps0 < floor:
            break
        hits = [i for w in lex["group_anaphora"] for i in [v.clean.find(w, ps0, pe0)] if i != -1]
        people = [p for p in v.ents(ps0, min(hits), {"PERSON"}) if not _possessor(v, p)] if hits else []
        if people:
            return people
    return []


def _both_subject(v: DocView, s: int, ts: int, lex: dict) -> bool:
    """「両氏は12日にアシガバートで対面で会談した」: 両氏 is the subject of the trigger's clause, however far
    before it, when the clause names no person itself (not 「トランプ、ゼレンスキー両氏が…言葉を交わした」)."""
    if v.ents(s, ts, {"PERSON"}):
        return False
    for w in lex["both_anaphora"]:
        i = v.clean.rfind(w, s, ts)
        if i != -1 and v.clean.startswith(("は", "が", "も"), i + len(w)):
            return True
    return False


def _dated_sides(v: DocView, lo: int, ts: int, lex: dict) -> list:
    """Dated pairs of sides listed before one trigger: 「23日に米国・ウクライナ間、24日に米国・ロシア間の協議が」
    gives [(23日, [US, UA]), (24日, [US, RU])]; [] unless there are two or more such pairs."""
    days = [d for d in v.ents(lo, ts, {"DATE"}) if _meeting_day(v, d) and _span(d.value) is not None]
    out = []
    for k, d in enumerate(days):
        stop = days[k + 1].start if k + 1 < len(days) else ts
        sides = dedup_actors(x for x in _parties(v, d.end, stop, lex) if x.kind == "country")
        if len(sides) != 2 or not v.clean.startswith(("に", "、"), d.end):
            return []
        out.append((_span(d.value), sides))
    return out if len(out) >= 2 else []


def _soon_with_partner(v: DocView, m: _Mention, s: int, lex: dict) -> bool:
    """Planned talks between two named people, said to come soon, are grounded as if dated:
    「A氏はB社長と近く協議するとした」; not 「近く協議したい」 with nobody named."""
    before = v.clean[max(s, m.start - 8):m.start]
    return len(m.own_people) >= 2 and m.status == "planned" and bool(has_any(before, lex["soon_words"]))


def _held_with_partner(v: DocView, m: _Mention, lex: dict) -> bool:
    """Two named people told meeting each other with a past or linking verb are grounded as if dated:
    「A大統領はB首相と会談した」, 「A氏とB氏が協議し、…で一致した」; not 「B氏と会談したい」 (a wish) nor
    「B氏との会談に応じる用意がある」 (no verb of its own)."""
    if m.name not in lex["bilateral"] + lex["partner_verb_triggers"] or len(m.own_people) < 2:
        return False
    after = v.clean[m.end:m.end + 8]
    return after.startswith(tuple(lex["held_verb_after"])) and not after.startswith(tuple(lex["wish_verb_after"]))


_SIGNING_PARTNER = re.compile(r"^[^、。はがをの「」]{0,6}?(?:との間で|と)")


_DAY_TOLD = re.compile(r"[0-9０-９]{1,2}日")  # 28日にはA氏と、29日にはB氏と: a day told per partner


def _one_side(people: list) -> bool:
    """Partners who all belong to one country are one delegation, met at one sitting even when 個別に:
    「ケロッグ特使はウクライナのA長官、B外相、C国防相らと個別に協議した」; 「A氏はB首相、C大統領と
    それぞれ電話で会談した」 (two countries) is one call each, and so is 「28日にはA氏と、29日にはB氏とそれぞれ会談」
    (a day told per partner)."""
    sides = {p.country for p in people}
    return len(sides) == 1 and None not in sides


def _lone_signing(v: DocView, m: _Mention, prev: int, w: str, lex: dict) -> bool:
    """A signing verb with fewer than two signers is an act, not a gathering: 「大統領が緊急予算に署名した」,
    「銀行は送電会社と融資契約に署名した」, 「代表団が仮署名していた」. Two signers: 「A首相とB大統領が協定に署名した」,
    or a person or state told as the partner in its own clause (「(大統領は)B首相と協定に署名した」,
    「米国政府との間で協定に署名」; not 「B首相と会談したA氏は、協定に署名した」, whose partner is the talks')."""
    if w not in lex["signing_triggers"] or m.gathering or len(m.own_people) >= 2:
        return False
    partner = any(_SIGNING_PARTNER.match(v.clean[a.end:a.end + 14])
                  for a in v.ents(prev, m.start) if a.label == "PERSON" or a.kind == "country")
    return not partner


def _session_day(v: DocView, te: int, lex: dict) -> bool:
    """A day of a sitting told before (首脳会議2日目の12日, サミット初日の) dates something else:
    it refers to that sitting, it reports no new one; not 「会議を2日間開いた」 (no day of it named)."""
    return bool(re.match(r"^[0-9０-９]{0,2}" + alternation(lex["session_day_after"]), v.clean[te:te + 8]))


def _told_between(v: DocView, name: str, e: int, start: int, lex: dict) -> bool:
    """A meeting of another scale is told between a mention's sentence (ending at e) and a later sentence at start:
    「1日にA首相と会談した。翌2日には首脳会合が開かれた。B、Cらが顔をそろえた」 — B and C came to the summit.
    A trigger of the same scale in between (会合では…) is most often the same meeting told again."""
    scale = _scale(name, lex)
    return any(_scale(w.lstrip("&@"), lex) not in (None, scale)
               for a, b in v.sentences if e <= a < start for _, _, w in _triggers(v, a, b, lex))


def _heading_line(v: DocView, pos: int) -> bool:
    """pos lies in a short line without a full stop after the opening lines (a section heading)."""
    ps, pe = v.para(pos)
    return v.para_index(pos) > 2 and pe - ps <= 40 and "。" not in v.clean[ps:pe]


def _sideline_host(v: DocView, s: int, ts: int, out: list, lex: dict) -> Optional[_Mention]:
    """The gathering whose sidelines a meeting is told on (会合の機会に、A、Bとそれぞれ会談を行い): the story's
    first held meeting of that kind told with a place; the bilaterals share its day and venue.
    None without a sideline link right after a trigger word (「会談の後、」 is no sideline)."""
    head = v.clean[s:ts]
    link = next((i for i in (head.find(w) for w in lex["sideline_links"] + lex["sideline_occasions"]) if i > 0), None)
    if link is None:
        return None
    word = next((w for w in sorted(lex["triggers"], key=len, reverse=True) if head.endswith(w, 0, link)), None)
    if word is None:
        return None  # the story's gathering is named by its kind right before the link: 会合の機会に
    return next((x for x in out if x.creates and x.location is not None and x.status == "held"
                 and x.name.endswith(word)), None)


def _single(v: DocView, m: _Mention, people: list, lex: dict) -> _Mention:
    one = _Mention(m.start, m.end, m.sent, m.name, weak=m.weak, mode=m.mode, rule=m.rule + ":each")
    one.own_people = one.participants = dedup_actors(actor_of(p) for p in people)
    one.parties = dedup_actors(a for a in (_party_of(p) for p in people) if a)
    s, e = m.sent
    one.date = _dated(v, s, e, m.start)
    one.explicit_date = one.date is not None
    one.status = _status(v, one, lex)
    one.creates = True
    return one


@dataclass
class _Hit:
    """One trigger hit in its sentence: what the stages of ``_mentions`` share."""
    v: DocView
    lex: dict
    out: list  # the mentions told before it
    si: int  # the sentence's index
    s: int
    e: int
    ps: int  # its paragraph's start
    k: int  # the hit's index among the sentence's hits
    hits: list
    ts: int
    te: int
    w: str  # the trigger word (a body's keeps its "@")
    prev: int  # where the hit's clause starts: the sentence's start, or the end of the hit before it
    body: bool
    name_start: int
    name: str
    clause_end: int


def _track_topics(v: DocView, si: int, s: int, e: int, hits: list, topics: dict, lex: dict):
    """Count the sentence's topic (Xは) or, in the lead, its opening subject in ``topics``; returns the topic."""
    topic = _topic(v, s, hits[0][0] if hits else e)
    # a reply (モディ氏は「…」と応じた) is not the story's subject; the lead's opening subject is
    lead_subject = _opening_subject(v, s, hits[0][0] if hits else e) if topic is None else None
    if lead_subject is not None and not hits:
        topics.pop(lead_subject.canonical or lead_subject.text, None)
        topics[lead_subject.canonical or lead_subject.text] = (si, lead_subject)
    if topic is not None and not _quoted_reply(v, s, e, lex):
        key = topic.canonical or topic.text
        topics.pop(key, None)
        topics[key] = (si, topic)
    return topic


def _sentence_subject(v: DocView, s: int, e: int, hits: list, topic, topics: dict, met: set) -> list:
    """The people a sentence with trigger hits is about: its own subject, else the story's dropped subject."""
    same = _same_one(v, s, hits[0][0])
    subject = _subject_people(v, s, hits[0][0]) or same or []
    last = hits[-1][0]
    named = {p.canonical or p.text for p in v.ents(s, e, {"PERSON"})}
    partner = any(re.match(r"^[^、。はがと]{0,8}と", v.clean[p.end:p.end + 10]) and not _co_actor(v, p)
                  for p in v.ents(s, last, {"PERSON"}))
    if topic is None and not subject and same is None and partner and topics and _opens_without_subject(v, s, last):
        cands = [(n, p) for k, (n, p) in topics.items() if k not in named]
        # (AはBと会談した。B氏は…と述べた。) Cとも会談した: A, not B whom A met
        cands = [c for c in cands if (c[1].canonical or c[1].text) not in met] or cands
        if cands:
            subject = [cands[-1][1]]  # the latest  # (ゼレンスキー氏は…。) 20日には、モディ首相と会談し
    return subject


_SAME_ONE = re.compile(r"(?:^|、)[^、。「」]{0,20}?(?<![\u4e00-\u9fff])同(氏|[\u4e00-\u9fff]{1,5}?)[はが]")


def _same_one(v: DocView, s: int, first_trigger: int) -> Optional[list]:
    """A subject written 同氏 or 同 and a title (同氏は…と会談し, ジッダ入りした同大統領は): the latest person told
    as a subject (Xは, Xが) before it in its paragraph, told with that title when the title is not 氏.
    None when the clause has no such subject; [] when nobody told before fits (it names someone: no dropped subject)."""
    found = _SAME_ONE.search(v.clean[s:first_trigger])
    if not found:
        return None
    title = found.group(1)
    ps = v.para(s)[0]
    subjects = [p for p in v.ents(ps, s, {"PERSON"}) if _marker(v, p, s) in ("は", "が") and not _possessor(v, p)]
    fits = [p for p in subjects if title == "氏" or v.clean.startswith(title, p.end)]
    return fits[-1:]


def _hit(v: DocView, lex: dict, out: list, si: int, sent: tuple, ps: int, k: int, hits: list, prev: int) -> _Hit:
    """The hit ``hits[k]`` of sentence ``si`` (``sent``: its span) with its meeting's name."""
    s, e = sent
    ts, te, w = hits[k]
    body, compound = w.startswith("@"), w.startswith("&")
    w = w.lstrip("&")
    # a body's sitting, and a visit written as one word (来月訪米し): the trigger is the whole name
    name_start, name = (ts, v.clean[ts:te]) if body or w in lex["country_visits"] else _name(v, ts, te)
    if compound:
        name_start, name = _name(v, ts, ts + 1)[0], v.clean[_name(v, ts, ts + 1)[0]:te]
    name_start, name = _session_name(v, name_start, te, lex)
    # two meetings in one sentence (…会談を呼びかけたが、…と会談した):
    # each takes its own clause's date and venue
    nxt = hits[k + 1][0] if k + 1 < len(hits) else e
    clause_end = _next_session_clause(v, te, nxt if "、" in v.clean[te:nxt] else e, lex)
    clause_end = _headline_segment_end(v, te, clause_end)
    return _Hit(v, lex, out, si, s, e, ps, k, hits, ts, te, w, prev, body, name_start, name, clause_end)


def _next_session_clause(v: DocView, te: int, end: int, lex: dict) -> int:
    """Where a trigger's clause ends when the series' next sitting is told after it in its sentence: at the comma
    before it, else at its word. 「23、24両日…で3者協議を開き、2月1日に同地で次回協議を行う予定だ」 and the
    heading 「3者協議、アブダビで2日間…、次回は2月1日」: the day and the plan after that comma are the next
    sitting's, not the talks told first."""
    nxt = [i for i in (v.clean.find(p, te, end) for p in lex["next_session_prefixes"]) if i >= 0
           and (v.clean.startswith("次回", i) or has_any(v.clean[i + 2:i + 8], lex["generic_names"]))]
    if not nxt:
        return end
    comma = v.clean.rfind("、", te, min(nxt))
    return comma if comma >= 0 else min(nxt)


def _headline_segment_end(v: DocView, te: int, end: int) -> int:
    """A headline's items are set apart by full-width spaces; a meeting's clause ends with its item:
    「米ロ首脳会談　停戦合意に至らず　大統領 18日にワシントンへ」, 「…で修正協議　領土なお溝　特使2日に訪ロ」 — the
    day of a later item is that item's, not the meeting's."""
    if not _headline(v, te):
        return end
    gap = v.clean.find("　", te, end)
    return gap if gap >= 0 else end


def _new_mention(c: _Hit) -> _Mention:
    """The mention of a hit with the flags read around its name (clause, headline, sideline, gloss, opener...)."""
    v, lex, s, e, ts, te, w, name_start, name = c.v, c.lex, c.s, c.e, c.ts, c.te, c.w, c.name_start, c.name
    gathering = _gathering(v, te, e, lex) or _gathered_before(v, s, name_start, lex) or \
        (_scale(name, lex) == "multilateral" and (any(
            v.clean.startswith(x, te) for x in lex["setting_after"]) or _dated_setting(v, s, name_start, te, lex)))
    m = _Mention(name_start, te, (s, e), name, weak=w in lex["weak_triggers"] and not gathering,
                 gathering=gathering, ordinal=_ordinal(v, name_start, te, lex),
                 rule="meeting.body" if c.body else f"meeting.trigger:{w}" + (":gathering" if gathering else ""))
    m.clause_end = c.clause_end
    m.next_session = _next_session(v, name, te, lex)
    m.founded = _founded_body_sitting(v, s, name_start, m.ordinal, lex)
    m.also = v.clean.endswith(tuple(lex["also_partner_links"]), max(s, name_start - 3), name_start)
    m.headline = _headline(v, ts)
    m.sideline = bool(c.k and has_any(v.clean[c.prev:ts], lex["sideline_links"]))
    between = v.clean[c.prev:ts] if c.k else ""
    m.sequel = bool(m.gathering and "、" in between and has_any(between, lex["sequel_links"])) or _sequel_opening(c)
    m.gap = v.clean[te:te + 1]
    close = v.clean.find("）", te, min(e, te + 30)) if m.gap == "（" else -1
    m.gloss_end = close if close >= 0 else 0
    m.index = c.si
    m.register = _register(v, s, name_start, te, lex)
    m.opener = m.gap == "は" and not v.clean[s:name_start].strip(" 　\n")
    m.para, m.prev_index = v.para_index(s), (c.out[-1].index if c.out else -1)
    return m


def _mark_reference(c: _Hit, m: _Mention) -> tuple[bool, bool]:
    """Mark a mention that refers to a meeting told before, attendance at it and the form it is held in;
    returns (setting_ref, bare_summit)."""
    v, lex, s, e, ts, te, w, name_start, name = c.v, c.lex, c.s, c.e, c.ts, c.te, c.w, c.name_start, c.name
    out, prev, k = c.out, c.prev, c.k
    m.anaphoric = any(v.clean.endswith(a, max(s, name_start - len(a)), name_start) for a in lex["anaphora"]) \
        or (name.startswith(tuple(lex["name_anaphora"])) and name[1:] in lex["triggers"])  # 同会議
    setting_ref = not m.anaphoric and _setting_reference(v, m, s, w, out, lex)
    if setting_ref or (out and _session_day(v, te, lex)):
        m.anaphoric = True  # (第24回会合が開かれた。) …は会合で、…に言及した: the meeting just told
    bare_summit = name == w and w in lex["multilateral"]  # a bare サミット is the one the story is about
    m.attendance = v.clean.startswith("には", te) and bool(has_any(v.clean[te:e], lex["attendance"]))
    m.joined = bool(has_any(v.clean[prev:ts], lex["attendance"]))
    if _signing_after_meeting(v, s, w, lex) or (k and _signing_in_setting(v, c.hits[k - 1][1], ts, w, lex)):
        m.anaphoric = m.attendance = True  # 会合後、3首脳が宣言に署名した: the signing is part of the sitting
    m.attends = v.clean.startswith("に", te) and \
        bool(has_any(v.clean[te + 1:min(e, te + 10)], lex["attendance"]))
    window = v.clean[max(s, ts - 30):te + 4]
    # 首脳会議がオンラインで開かれ / 会合をオンラインで主催する: the form told after the trigger, in its clause
    held_as = v.clean.startswith(tuple(p + w for p in lex["gathering_particles"] for w in lex["video"]), te)
    if has_any(window, lex["video"]) or held_as:
        m.mode = "video"
    elif has_any(v.clean[max(s, ts - 6):te + 2], lex["phone"]) or _phone_lead(v, ts, lex):
        m.mode = "phone"
    return setting_ref, bare_summit


@lru_cache(maxsize=1)
def _visit_re() -> re.Pattern:
    """キーウを訪れ, キーウを予告なしに訪れ: a visit to the place, an adverb allowed between を and the verb."""
    return re.compile(rf"^を[^、。をがは]{{0,8}}(?:{alternation(lexicon('meeting')['venue_visit_stems'])})")


@lru_cache(maxsize=1)
def _co_actor_re() -> re.Pattern:
    return re.compile(rf"[^、。はがと]{{0,8}}(?:{alternation(lexicon('meeting')['co_actor_marks'])})")


def _co_actor(v: DocView, p) -> bool:
    """A co-author (B氏と共同で案を発表し, B氏と連名で; co_actor_marks) acts beside the subject: he is no one met.
    The full profile's NER names people the fast profile does not know, so this keeps both from reading a
    meeting into it."""
    return _co_actor_re().match(v.clean, p.end) is not None


def _people(c: _Hit, m: _Mention, subject: list, topics: dict, met: set) -> tuple[list, list, list]:
    """The people of a mention: (lead, own, partners); the partners of a lead are added to ``met``."""
    v, lex, s, e, si, ts, te, prev, out = c.v, c.lex, c.s, c.e, c.si, c.ts, c.te, c.prev, c.out
    # …、ゼレンスキー氏は…と会談: a new subject
    lead = subject if not (c.k and _subject_people(v, prev, ts)) else []
    own = lead + [p for p in v.ents(prev, ts, {"PERSON"}) if not _possessor(v, p) and not _co_actor(v, p)]
    if (has_any(v.clean[max(s, ts - 12):ts], lex["both_anaphora"]) or _both_subject(v, prev, ts, lex)) \
            and si > 0:
        own += _last_pair(out, si, lex) or _pair_before(v, si, lex)  # 両首脳は…会談に臨む: the two told before
    if si > 0 and _group_subject(v, prev, ts, lex):
        own += _group_before(v, si, lex)  # (A、Bら…の代表団が…。) 代表団は翌日…と会談した
    own = [p for p in _parsed_people(v, ts, te, s, e, own, lex) if not _reporter(v, p, lex) and not _absent(v, p, lex)]
    if not own and topics and v.clean.startswith("に", te) and \
            has_any(v.clean[te + 1:min(e, te + 10)], lex["attendance"]) and _opens_without_subject(v, s, ts):
        own = [list(topics.values())[-1][1]]  # (大統領は…。) あすは…首脳会議に出席する: the story's subject
    if c.k == len(c.hits) - 1:
        own += _attendees(v, te, e, lex)
    if c.w in lex["country_visits"]:
        own += [p for p in (_visit_recipient(v, te, e, lex),) if p is not None]  # 訪米し、B大統領に…を提示する
    if not lead and m.headline:
        lead = _headline_subject(v, s, ts)  # 「A氏、B氏・C氏と相次ぎ会談」: A is the headline's subject
    pair = _named_pair(v, prev, c.name_start)
    if pair:
        lead, own = [], pair  # (Xは) AとBの会談の準備を始めた: A and B meet, X arranges it
    partners = [p for p in own if p not in lead]
    if lead:
        met.update(p.canonical or p.text for p in partners)
    return lead, own, partners


def _per_partner(c: _Hit, m: _Mention, lead: list, partners: list) -> Optional[list[_Mention]]:
    """XはA、Bとそれぞれ電話で会談: one call per partner; None when the hit is not told per partner."""
    v, lex, s, ts, prev = c.v, c.lex, c.s, c.ts, c.prev
    if not (has_any(v.clean[prev:c.te], lex["each_cues"]) and lead and len(partners) >= 2
            and not (_one_side(partners) and len(_DAY_TOLD.findall(v.clean[prev:ts])) < 2)
            and c.w not in lex["signing_triggers"]):  # AとBはそれぞれC、Dとの間で署名した: one ceremony
        return None
    setting = _sideline_host(v, s, ts, c.out, lex)
    lo = prev
    split = []
    for p in partners:
        one = _single(v, m, lead + [p], lex)
        # パリでAと、ローマでBと相次いで会った: each partner's own venue, told just before it
        one.location = _venue(v, lo, p.start, p.start, p.start, p.start, lex) \
            if m.mode == "in_person" and p.start is not None and p.start >= lo else None
        lo = max(lo, p.end or lo)
        if setting is not None and one.date is None and one.location is None:
            one.date, one.location = setting.date, setting.location
            one.explicit_date = setting.date is not None
        split.append(one)
    return split


def _per_side(c: _Hit, m: _Mention, partners: list) -> Optional[list[_Mention]]:
    """One meeting per side a host meets each of; None when the hit is not told per side."""
    v, lex, s, e, ts, te, prev = c.v, c.lex, c.s, c.e, c.ts, c.te, c.prev
    sides = dedup_actors(_parties(v, s, ts, lex))
    host = bool(sides and sides[0].start is not None
                and re.match(r"^[^、。はが]{0,8}?[はが]", v.clean[sides[0].end:ts]))
    if not (has_any(v.clean[prev:ts], lex["each_cues"]) and not partners and len(sides) >= 3 and host
            and c.w not in lex["signing_triggers"]):  # それぞれ別の文書に署名した: separate papers, one ceremony
        return None
    # 米国の代表団はロシア、ウクライナの代表団とそれぞれ技術協議を行った: one meeting per side
    split = []
    for side in sides[1:]:
        one = _single(v, m, [], lex)
        one.parties = [sides[0], side]
        one.location = _venue(v, s, e, ts, te, c.name_start, lex) if m.mode == "in_person" else None
        one.rule = m.rule + ":each"
        split.append(one)
    return split


def _per_dated_pair(c: _Hit, m: _Mention) -> Optional[list[_Mention]]:
    """One meeting per pair told with its own day; None when the hit is not told per dated pair."""
    v, lex, s, e, ts, te, prev = c.v, c.lex, c.s, c.e, c.ts, c.te, c.prev
    pairs = _dated_sides(v, prev, ts, lex) if has_any(v.clean[prev:c.clause_end], lex["each_cues"]) else []
    if not pairs:
        return None
    # 23日にA・B間、24日にA・C間の協議が、それぞれリヤドで行われた: one meeting per dated pair
    split = []
    past = _told_as_held(v, m, lex) or _past_sentence(v, m, lex)  # …協議が、それぞれ行われた: each day read back
    for date, pair in pairs:
        one = _single(v, m, [], lex)
        one.parties, one.date, one.explicit_date = pair, (_backward(v, date) if past and date else date), True
        one.sentence_date = True
        one.location = _venue(v, s, e, ts, te, c.name_start, lex) if m.mode == "in_person" else None
        split.append(one)
    return split


def _later_meeting(c: _Hit) -> bool:
    """Does the sentence tell another gathering held after this hit, with a clause break between (…と会談し、
    その後、…拡大された会合を開催した)? Not a second name of the same one (首脳会議、サミット), a compound, nor a
    reference (電話をかけ、会談の内容を説明した) or a signing (会談した大統領は、協定に署名した)."""
    if c.k + 1 >= len(c.hits):
        return False
    nts, nte, nw = c.hits[c.k + 1]
    gap = c.v.clean[c.te:nts]
    return not nw.startswith("&") and "、" in gap and len(gap) > 4 and _gathering(c.v, nte, c.e, c.lex)


def _participants(c: _Hit, m: _Mention, own: list, near_sents: list[tuple[int, int]]) -> None:
    """Set a mention's own people, participants (with those told attending nearby, and speakers) and parties."""
    v, lex, s, e, si, ts, te, name, name_start = c.v, c.lex, c.s, c.e, c.si, c.ts, c.te, c.name, c.name_start
    helper = []
    if not m.anaphoric:
        # who attended, said before it only when it names nobody itself; said after it, not when the sentence
        # goes on to another meeting its people are not in (AはBと会談し、その後…拡大会合を開いた。参加したのは…)
        later = own and _later_meeting(c)
        for x in near_sents:
            if not _triggers(v, *x, lex) and ((x[0] > s and not later) or not own) \
                    and not _told_between(v, name, e, x[0], lex):
                helper += _attendees(v, *x, lex)
        if _scale(name, lex) == "multilateral" and m.gathering and c.k == len(c.hits) - 1 \
                and not _stale(v, _dated(v, s, e, ts), lex):
            helper += _speakers(v, si, lex)
    if _scale(name, lex) == "multilateral" and v.clean.startswith(tuple(lex["speech_settings"]), te):
        # 閣僚級会合では、A氏が…非難し、B外相は…反論した (also when 会合では refers back to the meeting told)
        m.speakers = _speakers_in(v, s, e, lex)
    # ロシア代表団を率いるA補佐官は協議後、…と述べた: a side's delegate attended the talks, wherever they are told
    m.speakers = m.speakers + [p for p in v.ents(s, e, {"PERSON"}) if _delegate(v, p, lex) and p not in m.speakers]
    helper += _purpose_attendees(v, te, e, lex) + _conveners(v, s, name_start, lex)
    m.own_people = dedup_actors(actor_of(p) for p in own)
    m.own_ents = own
    m.participants = dedup_actors(actor_of(p) for p in own + helper + m.speakers)
    m.parties = _parties(v, c.prev if c.k else s, te + 6, lex) + _name_parties(v, name_start, te) + \
        _paired_sides(v, s, name_start) + \
        _sitting_body(v, s, name_start) + _body_setting(v, s, ts) + \
        [a for a in (_party_of(p) for p in own + helper + m.speakers) if a]


def _conveners(v: DocView, s: int, name_start: int, lex: dict) -> list:
    """People told as convening or chairing the meeting in the phrase that modifies its name: 「議長国AのB首相の
    呼びかけにより開催されたG7首脳テレビ会議」, 「C議長が初めて議長を務めた首脳会議」 — B and C take part.
    The person may carry a title or gloss before the cue; the cue closes at most a short clause before the name."""
    cue = "|".join(map(re.escape, lex["convener_after"]))
    pat = re.compile(r"^(?:氏)?[^、。はがとの「」]{0,18}?(?:" + cue + r")[^、。「」]{0,24}$")
    return [p for p in v.ents(s, name_start, {"PERSON"}) if pat.match(v.clean[p.end:name_start])]


def _purpose_attendees(v: DocView, te: int, e: int, lex: dict) -> list:
    """The subject of a sentence that says it came to attend the meeting: 「G7サミットに出席するためイタリアを
    訪問中のA首相は、…」, 「会議に参加中のB外相が」 — B attends. Nobody when no such cue follows the trigger."""
    if not v.clean.startswith(tuple(lex["attend_purpose_after"]), te):
        return []
    return [p for p in v.ents(te, e, {"PERSON"}) if _marker(v, p, e) in ("は", "が")][:1]


def _clause_date_location(c: _Hit, m: _Mention, setting_ref: bool) -> None:
    """A mention's date and venue told in its own sentence and clause."""
    v, lex, s, ts, te, prev, clause_end = c.v, c.lex, c.s, c.ts, c.te, c.prev, c.clause_end
    m.date = None if setting_ref else \
        _date_after(v, te, clause_end, lex) or _dated(v, prev, te, ts) or _dated(v, s, clause_end, ts)
    m.explicit_date = m.date is not None
    if m.mode == "in_person":
        # (ロンドンでAと会談し、同日中にパリでBと…): a place after the clause's comma is the next clause's
        near_end = next((i for i in (v.clean.find("、", te, te + 8),) if i >= 0), te + 8)
        m.location = _venue(v, prev, near_end, ts, te, c.name_start, lex) or \
            _venue(v, s, clause_end, ts, te, c.name_start, lex)
        if m.location is None and c.w in lex["country_visits"]:
            m.location = _visited_state(v, ts, te, lex)
        if m.location is None and c.w in lex["visit_triggers"] and _visit_occasion(v, te, c.e, lex):
            m.location = next((p for p in v.ents(c.name_start, ts) if p.end == ts and p.kind), None)  # トルコ訪問
        if m.location is None and has_any(v.clean[prev:ts], lex["same_place"]) and c.out:
            m.location = next((x.location for x in reversed(c.out) if x.location), None)  # 同地で開かれた


def _context_date_location(c: _Hit, m: _Mention) -> bool:
    """A mention's date and venue borrowed from the sentences before it in its paragraph, an aside's meeting
    or its section's heading; returns whether the date was borrowed from a sentence reporting a meeting."""
    v, lex, s, ts, out = c.v, c.lex, c.s, c.ts, c.out
    # scene-setting sentences before it in the paragraph (2026年1月17日…マイアミに着陸した);
    # grounding borrowed from a sentence that reports a meeting itself makes this a reference to it
    if m.date is None and v.clean.startswith(tuple(lex["same_day_openers"]), s):
        m.date = _day_told_before(v, s)  # (…6日に報告書を公表した。) 同じ日、A氏は安保理で報告し
        m.explicit_date = m.date is not None
    borrowed = False
    for x in reversed([x for x in v.sentences_around(c.si, CONTEXT_SENTENCES, -1) if x[0] >= c.ps]):
        reports = bool(_triggers(v, *x, lex))
        if m.date is None and not _future(v, m, lex):  # 次回は…開く予定だ: not the last sitting's date
            m.date = _dated(v, x[0], x[1], x[1])
            m.explicit_date = m.date is not None
            borrowed |= reports and m.date is not None
        if m.location is None and m.mode == "in_person" and not reports and not _strike_scene(v, x, lex) \
                and not _body_setting(v, s, ts):
            m.location = _venue(v, x[0], x[1], x[1], x[1], x[1], lex, context=True)
    aside = _aside_of(v, s, ts, lex) if m.date is None else ""
    if aside:
        m.date = _last_meeting_day(out, aside)  # 会合を中断して電話をかけ: on that meeting's day
        m.explicit_date = m.date is not None
    if m.date is None and _heading_line(v, ts):
        pass  # ４　サウジアラビアにおける技術的協議: a heading of its own takes no date from the heading before
    elif m.date is None and v.heading_date(ts, events_only=True) is not None and not dateline_heading(v, ts):
        m.date = v.heading_date(ts)  # ■11月23日: the section's event date
        m.explicit_date = True
    elif m.date is None and not dateline_heading(v, ts):
        m.date = v.heading_date(ts)  # ■8日 18:00: an update's timestamp, a hint only
    return borrowed


def _settle_date(c: _Hit, m: _Mention, borrowed: bool) -> None:
    """Resolve a mention's date against its tense and the publication day, and set its status."""
    v, lex = c.v, c.lex
    if _first_round_before(m, c.out):
        m.date, m.location, m.explicit_date = None, None, False  # 6月にスイスで開いた初の…に続く2回目の会議
    if m.date is not None and _held_modifier(v, m, lex):
        m.date = _backward(v, m.date)  # 23日に行った協議では: past, whatever cue follows
    elif m.date is not None and (_future(v, m, lex) or _prospect(v, m, lex) or _modifier(v, m, lex, "planned")):
        m.date = _forward(v, m.date)  # 土曜日に協議を行う予定だ: the coming Saturday
    elif m.date is not None and (_told_as_held(v, m, lex) or _past_sentence(v, m, lex)):
        m.date = _backward(v, m.date)  # 21日に会談した, published the 19th: last month's
    if m.date is None and (_future(v, m, lex) or _future_word(v, m, lex)):
        m.date = _coarse_date(v, c.s, c.clause_end, c.ts)  # 次回は24年に…開く予定: a planned meeting's year
    m.sentence_date = m.explicit_date and not borrowed
    m.status = _status(v, m, lex)
    if m.status == "planned" and m.date is not None and m.date.relative and m.date.granularity != "day":
        m.date = _forward(v, m.date)  # 会合を年明けにパリで開き…と表明: next January


def _decide(c: _Hit, m: _Mention, lone_signing: bool, borrowed: bool, bare_summit: bool) -> None:
    """Add the delegations told as its sides to a mention's parties and decide whether it creates a meeting."""
    v, lex, s, e, ts, te, w, name, out = c.v, c.lex, c.s, c.e, c.ts, c.te, c.w, c.name, c.out
    group = _group_partner(v, s, ts, lex)
    people_ok = len(m.own_people) + group >= 2 or (m.own_people and (m.location or m.explicit_date)) \
        or (group and has_any(v.clean[s:ts], lex["both_anaphora"]))  # 両首脳は…首脳らと電話で協議した
    # 国連安全保障理事会は6日…会合を開いた: a body that holds it counts like named people
    host = any(re.match(r"^[^、。]{0,4}?(?:は|が)", v.clean[a.end:a.end + 6]) for a in
               v.ents(s, ts, {"ORG"}) if not a.country and a.canonical) or bool(_sitting_body(v, s, c.name_start))
    delegations = _delegation_sides(v, s, ts, lex)  # アメリカとウクライナの代表団は来週にも協議する
    m.parties += delegations + _both_states(v, c.prev if c.k else s, ts, name, lex)
    g = bool(m.location) + bool(m.explicit_date) + bool(people_ok or host or delegations) + m.gathering + \
        _soon_with_partner(v, m, s, lex) + _held_with_partner(v, m, lex)
    need = 1 if (m.mode != "in_person" or not (m.weak or m.name in lex["generic_names"])) else 2
    lone_visit = w in lex["visit_triggers"] and len(m.own_people) < 2 and not _visit_delivery(v, te, e, lex) \
        and not _visit_occasion(v, te, e, lex)  # 大統領のドイツ訪問: a trip
    ceremony = _ceremony(name, lex) and not _signing_told(m, out, lex)  # 署名式: an event of its own
    m.creates = g >= need and not m.anaphoric and not lone_visit and not lone_signing \
        and not (borrowed and len(m.own_people) + group < 2 and not m.location and not ceremony) \
        and not (bare_summit and g < 2) and not _series(name, lex) \
        and not _period_series(v, s, c.name_start, lex) \
        and not (m.attendance and _generic(name, lex) and out and not ceremony) \
        and not _in_quoted_speech(v, s, e, ts) and not _series_before_next(v, te, lex) \
        and not (_generic(name, lex) and _time_setting(v, te, e, lex)) \
        and not _content_of_told(c)  # 協議が行われていた11日も、…攻撃 / 電話会談を行い、…を話し合った


def _content_of_told(c: _Hit) -> bool:
    """A talking verb (話し合った) chained after a meeting word or an attendance told before it in its sentence says
    what was discussed there, no meeting of its own: 「Bと電話会談を行い、…について話し合った」, 「A首相らが
    出席し、…を話し合いました」, 「会談後、…を話し合ったことを明らかにした」. Not when a person is named between
    them (…と会談し、C氏とも話し合った: another partner)."""
    if c.w not in c.lex["content_verbs"]:
        return False
    lead = c.hits[c.k - 1][1] if c.k else max(
        (i + len(a) for a in c.lex["content_leads"] if (i := c.v.clean.rfind(a, c.s, c.ts)) >= 0), default=None)
    return lead is not None and not c.v.ents(lead, c.ts, {"PERSON"})


def _sequel_opening(c: _Hit) -> bool:
    """The sentence opens on a second gathering after the meeting the sentence before created, told as joining
    others to it: (AはBと会談した。) 続いてC首脳らを交えた拡大会合を開いた / その後、C首相らが加わり、拡大会合が開かれた
    / 続く拡大会合には…. Not a sentence that opens on a sequel link alone (その後、Dと会談した)."""
    prev = c.out[-1] if c.out else None
    head = c.v.clean[c.s:c.ts].lstrip(" 　")
    return bool(c.k == 0 and prev is not None and prev.creates and prev.index == c.si - 1
                and head.startswith(tuple(c.lex["sequel_openers"])) and has_any(head, c.lex["sequel_joins"]))


def _sequel_people(c: _Hit, m: _Mention) -> None:
    """A second gathering of the sentence told as joining others to the first (Bと会談し、続いてC首脳らを交えた
    会合を開いた): the first meeting's people sit in it too. Not one told without a joining cue
    (その後、Dと会談した)."""
    prev = c.out[-1] if c.out else None
    if not m.sequel or prev is None or (prev.sent != m.sent and not _sequel_opening(c)) or \
            not has_any(c.v.clean[c.prev:c.ts], c.lex["sequel_joins"]):
        return
    m.participants = dedup_actors(prev.participants + m.participants)
    m.parties = prev.parties + m.parties


def _hit_mentions(c: _Hit, subject: list, topics: dict, met: set, near_sents: list[tuple[int, int]]) -> list[_Mention]:
    """The mentions one trigger hit tells: one per partner, side or dated pair, else one."""
    m = _new_mention(c)
    setting_ref, bare_summit = _mark_reference(c, m)
    lead, own, partners = _people(c, m, subject, topics, met)
    split = _per_partner(c, m, lead, partners)
    if split is None:
        split = _per_side(c, m, partners)
    if split is None:
        split = _per_dated_pair(c, m)
    if split is not None:
        return split
    _participants(c, m, own, near_sents)
    _sequel_people(c, m)
    _clause_date_location(c, m, setting_ref)
    borrowed = _context_date_location(c, m)
    _settle_date(c, m, borrowed)
    lone_signing = _lone_signing(c.v, m, c.prev, c.w, c.lex)
    _decide(c, m, lone_signing, borrowed, bare_summit)
    return [m]


def _mentions(v: DocView) -> list[_Mention]:
    lex = lexicon("meeting")
    out: list[_Mention] = []
    topics: dict = {}  # Japanese news drops the subject it is about: count who the article's Xは is
    met: set = set()  # people told as the partner someone else met: not the story's dropped subject
    for si, (s, e) in enumerate(v.sentences):
        hits = _triggers(v, s, e, lex)
        topic = _track_topics(v, si, s, e, hits, topics, lex)
        if not hits:
            continue
        subject = _sentence_subject(v, s, e, hits, topic, topics, met)
        ps, _pe = v.para(s)
        floor = v.paras[max(0, v.para_index(s) - 1)][0]
        near_sents = [x for x in v.sentences_around(si, 2, 3) if x != (s, e) and x[0] >= floor]
        prev = s
        for k in range(len(hits)):
            c = _hit(v, lex, out, si, (s, e), ps, k, hits, prev)
            out += _hit_mentions(c, subject, topics, met, near_sents)
            prev = c.te
    return out


# --- the full profile: a meeting's people read from the bunsetu parse; the character path is the fallback ---

def _predicates(v: DocView, i: int, sx: dict) -> list[int]:
    """The trigger phrase and the light verb a trigger noun is the object or subject of (会談を|行った)."""
    p = v.syntax.phrases[i]
    if p.head >= 0 and p.case in sx["light_cases"] and v.syntax.phrases[p.head].lemma in sx["light_lemmas"]:
        return [i, p.head]
    return [i]


def _syntax_args(v: DocView, i: int, sx: dict) -> set[int]:
    """Phrases that name who meets at the trigger phrase ``i``: its predicate's partner and subject phrases
    (XはYと会談した), の-modifiers of the trigger noun (AとBの会談), the light verb's (会談を行った), and the
    nearest subject of the clause it depends on when its own has none (XはYと会談し、…表明した)."""
    syn = v.syntax
    preds = _predicates(v, i, sx)
    subjects = sorted(a for k in preds for a in syn.dependents(k, set(sx["subject_cases"])))
    # the nearest subject before the trigger: 「AはXに応じず、Bは…Cと会談した」 is B's, not A's
    args = set([a for a in subjects if a < i][-1:] + [a for a in subjects if a > i])
    args |= {a for k in preds for a in syn.dependents(k, set(sx["partner_cases"]))}
    args |= set(syn.dependents(i, set(sx["name_cases"])))
    # a misparse hangs the partner on an adverbial (対面で ← プーチン大統領と): one step down a non-verb
    args |= {a for k in preds for d in syn.dependents(k) if syn.phrases[d].pos != "VERB"
             for a in syn.dependents(d, set(sx["partner_cases"]))}
    k, steps = preds[-1], 0
    while not any(syn.phrases[a].case in sx["subject_cases"] for a in args) and steps < sx["chain_limit"]:
        if syn.phrases[k].dep not in sx["clause_link_deps"] or syn.phrases[k].head < 0:
            break  # only a chained clause (会談し、…表明した) shares its subject; not a relative clause
        k = syn.phrases[k].head
        args |= set([a for a in syn.dependents(k, set(sx["subject_cases"])) if a < i][-1:])
        steps += 1
    todo = list(args)
    while todo:  # coordinated names follow their head (AとBは: A hangs on B)
        for a in syn.dependents(todo.pop(), set(sx["coordination_cases"])):
            if a not in args and a != i:
                args.add(a)
                todo.append(a)
    return args - {i}


def _parsed_people(v: DocView, ts: int, te: int, s: int, e: int, own: list, lex: dict) -> list:
    """The people of a trigger, read from the parse in the full profile: 「ペスコフ報道官は、プーチン氏が
    エルドアン大統領と会談すると明らかにした」 gives Putin and Erdoğan, not the spokesman. When the parse names two or
    more, the character path's bystanders are dropped; the parse's people are added. Fast profile: ``own``."""
    if not v.syntax.parsed:
        return own
    i = v.syntax.phrase_at(max(ts, te - 1))
    if i is None:
        return own
    sx = lex["syntax"]
    found = [p for a in sorted(_syntax_args(v, i, sx)) for p in v.ents(v.syntax.phrases[a].start,
             v.syntax.phrases[a].end, {"PERSON"}) if s <= p.start and p.end <= e and not _possessor(v, p)]
    if len({p.canonical or p.text for p in found}) >= sx["bilateral_min"]:
        own = [p for p in own if p in found or not _bystander(v, p, _predicates(v, i, sx), sx)]
    return own + [p for p in found if p not in own]


def _bystander(v: DocView, p, preds: list[int], sx: dict) -> bool:
    """A person the parse puts outside the meeting: 「報道官によると」 (a non_participant_cases case on a phrase
    the trigger does not govern), or the subject of another clause when the trigger's own clause has one
    (「報道官は、プーチン氏が…と会談すると明らかにした」: the spokesman)."""
    info = v.syntax.case_of(p.start, p.end)
    if info.phrase is None:
        return False
    head = v.syntax.phrases[info.phrase].head
    if info.case in sx["non_participant_cases"]:
        return head not in preds
    own_subject = any(v.syntax.phrases[a].case in sx["subject_cases"] for k in preds
                      for a in v.syntax.dependents(k))
    return info.case in sx["subject_cases"] and own_subject and head not in preds


def _in_quoted_speech(v: DocView, s: int, e: int, ts: int) -> bool:
    """A trigger inside a quotation that is speech (「非常に生産的な協議だった」と述べた) characterises a meeting,
    it does not report one; a quoted name (「平和サミット」を開く, 「マイアミ秘密会談」と呼んだ) is not speech."""
    opened = v.clean.rfind("「", s, ts)
    if opened == -1 or v.clean.rfind("」", s, ts) > opened:
        return False
    close = v.clean.find("」", ts, e)
    return close != -1 and v.clean.startswith("と", close + 1) and bool(_SPEECH_TAIL.search(v.clean[ts:close]))


_SPEECH_TAIL = re.compile(r"[^\u4e00-\u9fff々\u30a0-\u30ffー・A-Za-z0-9]")  # the quote goes on after the trigger


def _future(v: DocView, m: _Mention, lex: dict) -> bool:
    """The trigger's clause is future or planned: 協議を行う予定だ, 会談する見通しだ (not 会談した)."""
    after = _object_cues_masked(v.clean[m.end:m.clause_end or m.sent[1]][:30], lex)
    if v.clean.startswith(tuple(lex["future_after"]), m.end):
        return True  # 13日に会談すると明らかにした: the verb itself is non-past
    if _perfect(v, m, lex):
        return False  # 会談しており、…たい考えだ: the plan is the later clause's
    if _future_verb_re().match(v.clean, m.end):
        return True  # 理事会を大使級で開くと発表した: its own gathering verb, non-past and reported
    if _final_future_re().match(v.clean, m.end):
        return True  # 首脳会議は20日から3日間の日程でブリュッセルで開かれる。: non-past, closing the sentence
    held = has_any(after, lex["held"]) and not has_any(after[:12], lex["not_held_after"])
    return _own_cue(after, lex["planned"]) and not held and not has_any(after, lex["past_plans"])


def _object_cues_masked(after: str, lex: dict) -> str:
    """The text after a trigger with the planning nouns that are another verb's object blanked out: 会談し、計画を
    説明した (cue_noun_uses); and, once the trigger's own clause is left (after its comma, or after で: the meeting
    as a setting), a cue_object_nouns noun with を that no non-past verb or の leads into: 会談したあと、予定を切り上げ,
    電話会談で方針を伝えた, 会談し、最終調整を図っていた. Keeps 会談する方針を固めた and 会談の日程調整を進めている."""
    for noun in lex["cue_noun_uses"]:
        after = after.replace(noun, "＿" * len(noun))
    for hit in _object_cue_re().finditer(after):
        if after.startswith("で") or "、" in after[:hit.start()]:
            after = after[:hit.start()] + "＿" * (hit.end() - hit.start()) + after[hit.end():]
    return after


@lru_cache(maxsize=1)
def _object_cue_re() -> re.Pattern:
    lex = lexicon("meeting")
    return re.compile(rf"(?<![{lex['cue_object_leads']}])(?:{alternation(lex['cue_object_nouns'])})を")


@lru_cache(maxsize=1)
def _final_future_re() -> re.Pattern:
    """The trigger's own gathering verb in the non-past closing its sentence: 「首脳会議は…広島で開催されます。」.
    Not 「開かれるのか」 (a question), 「開かれる首脳会議」 (a modifier) nor 「開かれた。」."""
    verbs = alternation(lexicon("meeting")["final_future_verbs"])
    return re.compile(rf"(?:[をが][^、。をが「」]{{0,30}}?|は[^。「」]{{0,40}}?)(?:{verbs})(?:。|$)", re.M)


@lru_cache(maxsize=1)
def _future_verb_re() -> re.Pattern:
    """The trigger's own gathering verb in the non-past, reported or planned: 「理事会を大使級で開くと発表した」,
    「会合を来月開催する方針」; not 「会合を開くよう求めた」 nor 「会談を開いたと発表した」."""
    lex = lexicon("meeting")
    verbs, reports = alternation(lex["future_verbs"]), alternation(lex["future_reports"])
    return re.compile(rf"[をが][^、。をが]{{0,10}}?{verbs}{reports}")


def _dated_setting(v: DocView, s: int, name_start: int, te: int, lex: dict) -> bool:
    """A summit dated by its own modifier and used as a setting is a gathering: 3月の首脳会議で…;
    not an undated NATO首脳会議で…発表すると表明 (the summit the story already told)."""
    if not v.clean.startswith(tuple(lex["dated_setting_after"]), te):
        return False
    return any(v.clean[d.end:name_start] == "の" for d in v.ents(s, name_start, {"DATE"}))


def _prospect(v: DocView, m: _Mention, lex: dict) -> bool:
    """A month named without a year, in a sentence that looks ahead, lies ahead: published in December,
    「3月の首脳会議で…議論が再燃する可能性もある」 means next March (not 3月に首脳会議で合意した)."""
    d = m.date
    if d is None or not d.relative or d.granularity != "month" or not m.explicit_date:
        return False
    return bool(has_any(v.clean[m.end:m.sent[1]], lex["prospect_cues"]))


def _setting_reference(v: DocView, m: _Mention, s: int, w: str, before: list, lex: dict) -> bool:
    """A bare generic name used as the setting of what was said, after a meeting of that kind was told:
    「…の第24回会合が開かれた。大統領は会合で、3日の攻撃に言及した」 — the second 会合 is the first.
    Rejects a name with its own modifier (首脳級の会合で), a first mention (会合で合意した, nothing before) and
    会談/協議, which pair the people of their own sentence (…らが同席した会談では)."""
    if m.name != w or w not in lex["setting_reference_heads"] \
            or not v.clean.startswith(tuple(lex["setting_reference_after"]), m.end):
        return False
    if m.start > s and v.clean[m.start - 1] not in lex["bare_reference_before"]:
        return False
    return any(x.name.endswith(w) and x.creates for x in before)


def _future_word(v: DocView, m: _Mention, lex: dict) -> bool:
    """A time word after publication beside the trigger, that dates it rather than another noun:
    国際会合を来年主催する is planned; 開かれた首脳会議が、2026〜27年の支援で合意 is not."""
    s, e = m.sent
    if v.published is None or has_any(v.clean[max(s, m.start - 15):m.start], lex["held"]):
        return False
    past = _told_as_held(v, m, lex)  # 21日に会談した, published the 19th: last month's 21st, no future word
    return any((span := _span(d.value)) is not None and span.start is not None
               and ((resolve_backward(span, v.published) if past else span).start or span.start) > v.published
               and not v.clean.startswith("の", d.end) and not _UNTIL_DAYS.match(v.clean[d.end:d.end + 10]) \
               and not _until_schedule_re().match(v.clean[d.end:d.end + 12])
               for d in v.ents(max(s, m.start - 12), min(e, m.end + 12, m.clause_end or e), {"DATE"}))


def _own_cue(after: str, cues: list) -> bool:
    """A cue that is the trigger's own predicate: 会談は中止された, not 会談が決裂し、署名が見送られ
    (where another subject, 署名が, owns the cue)."""
    hits = [after.find(c) for c in cues if c in after]
    if not hits:
        return False
    return not re.search(r"[^、。]{1,8}[がは]", after[1:min(hits)])


def _topic_cancelled(v: DocView, m: _Mention, lex: dict) -> bool:
    """The trigger is the sentence's topic and its closing predicate calls it off, however long the reason
    between: 「予定されていた首脳級会合は、大統領が…訪問を取りやめたため、見送られた」."""
    if not v.clean.startswith(("は、", "は"), m.end):
        return False
    tail = v.clean[m.end:m.sent[1]].rstrip("。 \n")
    last = tail.rsplit("、", 1)[-1]
    return "、" in tail and bool(has_any(last, lex["cancelled"])) and not re.search(r"[がは]", last[:-6])


def _past_ongoing(after: str, lex: dict) -> bool:
    """An ongoing cue told in the past: 「サミットを開催中だった首脳たちは」 was held (not 開催中の会議)."""
    return any(after.startswith(p, i + len(c)) for c in lex["ongoing"] if (i := after.find(c)) >= 0
               for p in lex["past_ongoing"])


def _status(v: DocView, m: _Mention, lex: dict) -> Status:
    s, e = m.sent
    after = v.clean[m.end:e]
    window = v.clean[max(s, m.start - 20):e]
    if _topic_cancelled(v, m, lex):
        return "cancelled"  # 来月5日に予定されていた会合は、…ため、中止された: called off, however far ahead
    if _plan_called_off(v, m, lex):
        return "cancelled"  # 12日に開かれるはずだった。だが、…会合も延期となった
    if _held_modifier(v, m, lex):
        return "held"  # 13日に開かれた協議で、…案が示された: a past verb modifies the name itself
    if _modifier(v, m, lex, "ongoing"):
        return "ongoing"  # ハーグで開かれているNATO首脳会議に出席中の: under way as the article tells it
    if _modifier(v, m, lex, "planned"):
        return "planned"  # 7月にワシントンで開かれるNATO首脳会議で: a non-past verb modifies the name itself
    if m.date is not None and v.published is not None and m.date.start is not None and m.date.start > v.published:
        return "planned"
    if m.date is not None and m.date.start == v.published and _nonpast_close(v, m, lex):
        return "planned"  # published the 15th, 「15日にベルンで大統領と会談する。」: ahead on the day itself
    if _future_word(v, m, lex):
        return "planned"  # 国際会合を来年東京で主催する: a future time word beside the trigger
    if _own_cue(after[:40], lex["cancelled"]):
        return "cancelled"
    if has_any(after[:40], lex["ongoing"]):
        return "held" if _past_ongoing(after[:40], lex) else "ongoing"
    if _future(v, m, lex):
        return "planned"  # 会談の準備を開始した / 会談する予定だ: planned whatever day it was said
    if _told_as_held(v, m, lex):
        return "held"
    if _continued_into_past(v, m, lex):
        return "held"  # 協議が…今朝まで行われ、…意向を示しました: the sentence's past carries the held clause
    if m.ordinal and m.ordinal >= 2 and m.date is None and has_any(after, lex["round_intention_after"]):
        return "planned"  # 2回目の会議を開き、ロシアの代表も招く考えを示している: a later round someone intends
    if has_any(window, lex["planned"]) and (
            m.date is None or v.published is None or m.date.end is None or m.date.end >= v.published):
        return "planned"
    m.default_status = True  # no cue at all (a heading: 安保理が閣僚級会合へ)
    return "held"


def _plan_called_off(v: DocView, m: _Mention, lex: dict) -> bool:
    """A plan told in the past around the trigger, called off later in its sentence or in the next one:
    「協議が今月ドーハで予定されていた。ところが…協議は立ち消えになった」, 「会合が開かれるはずだった。だが、…
    会合も延期となった」. Not a past plan nothing calls off (予定だった会合を開いた), nor another meeting's plan
    after the trigger (首脳会談が口論となり、予定されていた署名式は中止された: the talks were held)."""
    s, e = m.sent
    tail = v.clean[m.end:e]
    before = has_any(v.clean[max(s, m.start - 20):m.start], lex["plan_before_call_off"])
    # its own predicate: 予定されていた。/はずだったが, not 予定されていた署名式は (a plan modifying another name)
    own = any(tail.startswith(("。", "、", "が", "と", "けれど", "\n"), i + len(c)) or i + len(c) == len(tail)
              for c in lex["plan_before_call_off"] if (i := tail.find(c)) >= 0)
    if not (before or own):
        return False
    nxt = v.sentences[m.index + 1] if m.index + 1 < len(v.sentences) else (e, e)
    return bool(has_any(tail + v.clean[nxt[0]:nxt[1]], lex["called_off"]))


def _held_modifier(v: DocView, m: _Mention, lex: dict) -> bool:
    """A past gathering verb modifies the meeting's name: 「イスタンブールで行われた対面協議で、…案を示した」,
    「米国が個別に行った実務者協議では」 are held, whatever plan the rest of the sentence reports.
    Not 「予定されていた会合」 nor 「来月開かれる会合」 (no past gathering verb right before the name)."""
    return v.clean[max(m.sent[0], m.start - 8):m.start].endswith(tuple(lex["held_modifiers"]))


def _modifier(v: DocView, m: _Mention, lex: dict, kind: str) -> bool:
    """A gathering verb of the given tense modifies the meeting's name: planned for 「7月にワシントンで開かれる
    NATO首脳会議で」, 「来月15日からスイスで開かれる「平和サミット」に」; ongoing for 「ブリュッセルで開かれている
    首脳会議で」, 「東京で開催中の会議の機会に」. Not 「開かれた会合」 (held) nor 「会合を開く」 (the verb follows)."""
    lead = _name_lead(v, m)
    before = v.clean[max(m.sent[0], lead - 10):lead].rstrip("「『“")
    return before.endswith(tuple(lex[f"{kind}_modifiers"]))


def _name_lead(v: DocView, m: _Mention) -> int:
    """Where the words before a meeting's name end, past a body told ahead of it: 「開かれている北大西洋条約機構
    （NATO）首脳会議」, 「開かれているNATOの国防相会合」 → the verb ends right before the body."""
    pos = m.start
    body = [x for x in v.ents(max(m.sent[0], pos - 20), pos + 12, {"ORG", "GPE", "NORP"})
            if x.start < pos <= x.end + (1 if v.clean.startswith("の", x.end) else 0)]
    return min((x.start for x in body), default=pos)


def _nonpast_close(v: DocView, m: _Mention, lex: dict) -> bool:
    """The sentence closes in the non-past and nothing after the trigger is told in the past: 「21日から2日間の
    日程で首脳会議を開き、…案を協議する」, 「23日に開かれる首脳会議に出席し、…臨む予定だ」 lie ahead.
    Rejects 「会談したという」 (reported past), 「会談を終えた。」 and 「会談し、…と述べた」."""
    closing = _closing(v, m)
    if not closing.endswith(tuple(lex["nonpast_closings"])) or closing.endswith(tuple(lex["reported_closings"])):
        return False
    return not has_any(v.clean[m.end:m.sent[1]] + "。", lex["past_marks"]) or \
        closing.endswith(tuple(lex["plan_closings"]))


def _closing(v: DocView, m: _Mention) -> str:
    """The mention's sentence without its final stop, closing bracket and spaces: where its tense shows."""
    s, e = m.sent
    return v.clean[s:e].rstrip("。\n 　」")


def _past_sentence(v: DocView, m: _Mention, lex: dict) -> bool:
    """The sentence closes in the past and nothing after the trigger plans it: published the 20th,
    「28日にA補佐官と会い、翌29日にはB氏と会談した」 is last month's 28th. Rejects 「28日に会談する予定だと
    述べた」 and 「28日に会談すると明らかにした」 (a plan or a non-past verb of its own, reported in the past)."""
    after = v.clean[m.end:m.sent[1]]
    return _closing(v, m).endswith(tuple(lex["past_closings"])) and not has_any(after, lex["planned"]) \
        and not has_any(after, lex["future_after"])


def _told_as_held(v: DocView, m: _Mention, lex: dict) -> bool:
    """The trigger's own clause says the meeting took place (会談した, 協議が行われた, 会談しており): a held cue
    comes before any planned one (not 理事会を…開くと発表した, where the sitting is to come and the
    announcement past)."""
    after = v.clean[m.end:m.sent[1]][:30]
    if v.clean[m.start:m.end].endswith(tuple(lex["past_endings"])) and after.startswith(("。", "、")):
        return True  # 27日に…協定に署名した: a verb trigger in the past is its own held cue
    held = [i for c in lex["held"] if (i := after.find(c)) >= 0]
    planned = [i for c in lex["planned"] if (i := after.find(c)) >= 0]
    return _perfect(v, m, lex) or (bool(held) and (not planned or min(held) < min(planned))
                                   and not has_any(after[:12], lex["not_held_after"]))


def _perfect(v: DocView, m: _Mention, lex: dict) -> bool:
    """The trigger's own verb, right after it, in the perfect: 「18日にはB大統領と会談しており、…残したい考えだ」
    is held, whatever plan the later clause reports. Not 「会談を検討しており」 (the verb is another's)."""
    return v.clean.startswith(tuple(lex["perfect_after"]), m.end)


def _continued_into_past(v: DocView, m: _Mention, lex: dict) -> bool:
    """The trigger's gathering verb in the continuative form, in a sentence that ends in the past, is held.

    「協議が、ジッダで今朝まで行われ、ウクライナ側は…受け入れる意向を示しました」 — held; rejects
    「会談が来月開かれ、…署名する予定だ」 (the sentence ends in the non-past)."""
    after = v.clean[m.end:min(m.sent[1], m.end + 40)]
    return bool(has_any(after, lex["continuative_gathering"])) and _closing(v, m).endswith(tuple(lex["past_endings"]))


def _dates_ok(a: Optional[TimeSpan], b: Optional[TimeSpan], slack: int = 1) -> bool:
    if a is None or b is None or a.start is None or a.end is None or b.start is None or b.end is None:
        return True  # not both complete
    d = dt.timedelta(days=slack)
    return a.start - d <= b.end and b.start - d <= a.end


def _places_ok(a, b) -> Optional[bool]:
    if a is None or b is None:
        return None
    if a.canonical == b.canonical:
        return True
    if "country" in (a.kind, b.kind):  # a country and a place in it: not a conflict, not evidence either
        return None if a.country == b.country else False
    return near(a, b, 60.0)


def _headline(v: DocView, pos: int) -> bool:
    """pos lies in a headline: one of the first three lines, short and without a full stop."""
    ps, pe = v.para(pos)
    return v.para_index(pos) <= 2 and pe - ps <= 90 and "。" not in v.clean[ps:pe]


def _ceremony(name: str, lex: dict) -> bool:
    """A signing ceremony is a gathering of its own, not a reference back to the talks or the signing told
    before it: 「会談は決裂し、予定されていた署名式も中止された」 (a cancelled ceremony), 「…に署名した。署名式には
    A大臣とB理事長が出席した」 (the ceremony with its attendees). Is False for 会合, 協議 (generic heads)."""
    return bool(has_any(name, lex["ceremony_heads"]))


def _register(v: DocView, s: int, name_start: int, te: int, lex: dict) -> str:
    """"informal" for talks told as informal (プーチン大統領と非公式に会談, 非公式会合), "formal" for the official
    sitting (公式の首脳会談, 正式な会談), "" otherwise. Is "" for 公式訪問中に会談 (the visit is official, several
    words before the trigger) and for a mark in another clause (公式発表によると、…会談した)."""
    window = v.clean[max(s, name_start - 5):te]
    window = window[max(window.rfind("、"), window.rfind("。")) + 1:]
    if has_any(window, lex["informal_marks"]):
        return "informal"
    return "formal" if has_any(window, lex["formal_marks"]) else ""


def _headline_subject(v: DocView, s: int, ts: int) -> list:
    """A headline's subject, written without は: the person that opens it and is followed by a comma
    (「A大統領、B首相と会談」 → A). [] when the headline opens with no person (「G7、A氏を招待」) or the
    first person is not followed by a comma (「A氏とB氏が会談」)."""
    people = [p for p in v.ents(s, ts, {"PERSON"}) if not _possessor(v, p)]
    if not people or v.clean[s:people[0].start].strip(" 　\n"):
        return []
    return [people[0]] if re.match(r"^[^、。はがとの・]{0,6}、", v.clean[people[0].end:ts]) else []


def _named_summit(name: str, lex: dict) -> bool:
    """A multilateral sitting named beyond its bare head: 先進7カ国首脳会議, NATO首脳会議, EU外相会合.
    Is False for the bare heads (会合, 首脳会議, サミット) that may refer back to any sitting told before."""
    return _scale(name, lex) == "multilateral" and not _generic(name, lex) and len(name) >= 5


def _signing_told(m: _Mention, out: list, lex: dict) -> bool:
    """A signing that made a meeting in the sentence before (or the same one) is the ceremony's own signing:
    「A相とB長官が協定に署名した。署名式には…」 — the ceremony joins it instead of making a second meeting."""
    return any(x.creates and x.name in lex["signing_triggers"] and 0 <= m.index - x.index <= 1 for x in out)


def _series(name: str, lex: dict) -> bool:
    """A name for a series of sittings, not one meeting: 毎月会合, 毎年の会議."""
    return bool(has_any(name, lex["recurring_prefixes"]))


def _generic(name: str, lex: dict) -> bool:
    return name in lex["generic_names"] or name in lex["triggers"]


def _scale(name: str, lex: dict):
    if has_any(name, lex["multilateral"]):
        return "multilateral"
    if has_any(name, lex["bilateral"]):
        return "bilateral"
    return None


class _Cluster:
    """Mentions of one meeting, with what they add up to kept current (so a test is cheap)."""

    def __init__(self, m: _Mention):
        self.ms: list[_Mention] = []
        self.location: Optional[Entity] = None
        self._dates: dict = {}
        self._people: set = set()
        self.add(m)

    def add(self, m: _Mention) -> None:
        self.ms.append(m)
        self.location = self.location or m.location
        if m.sentence_date and m.date:
            self._dates.setdefault((m.date.start, m.date.end), m.date)
        self._people |= {p.canonical or p.text for p in m.own_people}

    @property
    def mode(self):
        return next((x.mode for x in self.ms if not x.headline), self.ms[0].mode)  # a headline tells no mode

    def dates(self) -> list[TimeSpan]:
        return list(self._dates.values())

    def people(self) -> set:
        return self._people

    def accepts(self, m: _Mention) -> bool:
        """Whether m tells this cluster's meeting: the first verdict of the named tests, else shared people."""
        for test in (self._form_verdict, self._identity_verdict, self._context_verdict):
            verdict = test(m)
            if verdict is not None:
                return verdict
        return self._people_verdict(m)

    def _form_verdict(self, m: _Mention) -> Optional[bool]:
        """From the form of the mention: a gloss or headline of this meeting, or another mode, round, register,
        session or sitting; None when its form decides nothing."""
        last = self.ms[-1]
        if last.sent == m.sent and _in_gloss(last, m, self.ms):
            return True  # 首脳会議（G7広島サミット）, 首脳会談（少人数会合及び全体会合）: names or parts of one
        if all(x.headline for x in self.ms) and not m.headline and any(x.name == m.name for x in self.ms):
            # 首相、パリの首脳会合に出席 (headline, no mode cue) and the body's オンラインの首脳会合: one meeting
            return True
        if m.mode != self.mode and not m.anaphoric and not (m.attendance and _same_body_sitting(m, self)):
            return False  # (G7のオンライン緊急会合を開く。) G7の緊急会合にはA首相も出席する: that sitting
        if m.ordinal and any(x.ordinal and x.ordinal != m.ordinal for x in self.ms):
            return False  # 2回目の協議 and 3回目の協議 are two meetings
        if m.register and any(x.register and x.register != m.register for x in self.ms):
            return False  # (おととい非公式に会談した。) きのうの公式会談: two sittings of one visit
        if _later_round_of_another_kind(m, self.ms):
            return False  # (ベルリンでの協議を予定。) 2回目の和平サミットは開かれるのか: not those talks
        if _other_session(m, self.ms):
            return False  # (会議が開幕した。) 次回の会議は来年ドイツで: the next sitting is another meeting
        if m.rule.endswith(":each") and any(x.sent == m.sent and x.rule.endswith(":each") for x in self.ms):
            return False  # …とそれぞれ協議した: one meeting per partner, never merged back
        if m.sideline and any(x.sent == m.sent for x in self.ms):
            return False  # 首脳会議の2日目に…理事会の初会合を開いた: held during the summit, not the summit
        if m.sequel and any(x.sent == m.sent for x in self.ms):
            return False  # Bと会談し、その後、首脳らを交えた拡大会合を開いた: a second gathering, after the first
        if m.ordinal and not m.sideline and any(x.ordinal == m.ordinal for x in self.ms) and \
                _places_ok(self.location, m.location) is not False and \
                (not m.sentence_date or all(_dates_ok(d, m.date) for d in self.dates())):
            return True  # ■短時間で終わった初会合 (a heading) and the 初会合 told before: the same round
        if m.also and not m.anaphoric and m.sentence_date and not all(_same_day(d, m.date) for d in self.dates()):
            return False  # (米ロが24日に協議した。) 米国は前日の23日、ウクライナ代表団とも協議: another day
        if m.founded and not any(x.founded for x in self.ms):
            return False  # (…関連会合に出席した。) 理事会が新設され、初会合が開かれた: the new body's own sitting
        return None

    def _identity_verdict(self, m: _Mention) -> Optional[bool]:
        """From what the mention names: this sitting's topic, body or ceremony again, or other people, another
        scale, another body, place or day; None when nothing rules it in or out."""
        if _topic_again(m, self):
            return True  # (…パリで首脳会議を開いた。) 会議はA大統領が主催し、B大統領が出席した: that sitting's people
        if _same_body_sitting(m, self) and _places_ok(self.location, m.location) is not False:
            return True  # A首相らが出席したG20首脳会議 … B氏は15日、G20首脳会議にビデオで参加し: one summit
        if _signing_at_ceremony(m, self, lexicon("meeting")) and _places_ok(self.location, m.location) is not False:
            return True  # 署名式は…で開かれた。AとBは、それぞれC、Dとの間で署名した: the ceremony's signers
        if _joins_sequel(m, self):
            return True  # (Bと会談し、続いて首脳らを交えた会合を開いた。) 会談のあと、C首相らが加わり、協議が行われた
        own = {p.canonical or p.text for p in m.own_people}
        if own and self.people() and not (own & self.people()):
            return False  # other people at the same place: another meeting (a bilateral on a summit's sidelines)
        if _eve_with_others(m, self):
            return False
        lex = lexicon("meeting")
        first = next((x for x in self.ms if x.creates), self.ms[0])
        told = next((x for x in self.ms if x.creates and not x.headline), first)  # a headline's 会談 may be any
        if own and _scale(m.name, lex) == "bilateral" and "multilateral" in (_scale(first.name, lex),
                                                                             _scale(told.name, lex)):
            return False  # a bilateral on a summit's sidelines is a meeting of its own
        if _named_summit(m.name, lex) and _scale(first.name, lex) == "bilateral" and len(first.own_people) == 2:
            return False  # (A氏、B氏と会談) 先進7カ国首脳会議が開かれている広島に: the summit is not that bilateral
        if _summit_after_talks(m, first, self.people(), lex) or _other_body(m, self.ms):
            return False
        place = _places_ok(self.location, m.location)
        if place is False:
            return False
        dates_ok = all(_dates_ok(d, m.date) for d in self.dates()) if m.sentence_date else True
        if not dates_ok:
            return False
        return None

    def _context_verdict(self, m: _Mention) -> Optional[bool]:
        """From how the story goes on: a ceremony's signing, a described name, the bare head again, the same place,
        name or day told next; False for another tense of a plan; None otherwise."""
        lex = lexicon("meeting")
        own = {p.canonical or p.text for p in m.own_people}
        place = _places_ok(self.location, m.location)
        if _signing_at_ceremony(m, self, lex):
            return True  # …で開かれた署名式で成立した。A氏とB氏が立ち会い、C氏とD氏が署名した: the ceremony's signing
        if _names_described(m, self.ms, lex):
            return True  # 復興について話し合う国際会議が、きょう始まりました。「ウクライナ復興会議」は…: one conference
        if m.gap == "は" and m.name in lex["setting_reference_heads"] and not own and \
                any(x.name.endswith(m.name) and x.name != m.name for x in self.ms):
            return True  # 安保理の緊急会合では… 。会合はニューヨークで開かれた: the bare head as topic is the one told
        if _bare_topic_again(m, self) or _call_again(m, self):
            return True  # ベルリンで…協議が行われました。協議は14日と15日、首相府で行われました: the talks just told
        if place and not (m.status == "cancelled" and {x.status for x in self.ms if x.creates} == {"held"}
                          and not m.anaphoric):
            return True  # …会談が決裂し、予定されていた署名式は中止: same room, another event
        names = {x.name for x in self.ms}
        undated = not m.sentence_date or not self.dates()
        if undated and len(m.name) >= 4 and not _generic(m.name, lex) and m.name in names:
            return True  # 安保理が閣僚級会合へ (a heading) and 閣僚級会合を開く: one meeting whatever the tense cue
        if all(x.headline for x in self.ms) and not m.headline and any(x.name == m.name for x in self.ms):
            return True  # 首相、パリの首脳会合に出席 (headline) and the body's 首脳会合: one meeting
        statuses = {x.status for x in self.ms if x.creates and not x.headline}  # a headline's tense is loose
        if (m.status in ("planned", "cancelled") and statuses == {"held"}) \
                or (m.status == "held" and statuses <= {"planned"} and statuses):
            return False  # a visit planned for tomorrow is not the talks held today
        # サミットは26日から28日まで / A氏は5日の会合で…述べ: the bare summit of the story at compatible dates,
        # whoever one speaker at it is
        if m.sentence_date and self.dates() and m.name in lex["multilateral"] and m.location is None \
                and len(own) <= 1 and any(x.name == m.name for x in self.ms if x.creates):
            return True
        people = self.people()
        if m.sentence_date and place is None and m.date is not None and complete(m.date) \
                and m.date.start == m.date.end and (not own or not people or own <= people or people <= own) and any(
                x.sentence_date and _same_day(x.date, m.date) and abs(x.index - m.index) <= 1 for x in self.ms):
            return True  # the same day's event told in two consecutive sentences (…署名した。A氏とB氏が署名し…)
        names = {x.name for x in self.ms}
        if len(m.name) >= 4 and not _generic(m.name, lex) and m.name in names:
            return True
        return None

    def _people_verdict(self, m: _Mention) -> bool:
        """The last resort: the mention shares people with this meeting (and its mode or plan)."""
        statuses = {x.status for x in self.ms if x.creates and not x.headline}
        own = {p.canonical or p.text for p in m.own_people}
        shared = self.people() & own
        if shared and len(shared) >= min(2, len(own), len(self.people())):
            return m.mode == self.mode
        return bool(shared) and _same_plan(m, self, statuses)


def _joins_sequel(m: _Mention, c: _Cluster) -> bool:
    """People told joining (C首相らが加わり、協議が行われた) the second gathering of a sentence that told two in a row
    (Bと会談し、続いて首脳らを交えた会合を開いた) join that gathering, when its place and day allow: new people are
    what such a gathering adds, no sign of another meeting. Only a bare head (協議, 会合) in the gathering's status:
    a name of its own (自身を交えた三者会談を行う) is another meeting."""
    return m.joined and not m.anaphoric and _generic(m.name, lexicon("meeting")) \
        and any(x.sequel and x.status == m.status for x in c.ms) \
        and _places_ok(c.location, m.location) is not False \
        and (not m.sentence_date or all(_dates_ok(d, m.date) for d in c.dates()))


def _eve_with_others(m: _Mention, c: _Cluster) -> bool:
    """Talks told with people of their own on a day of their own (前日の10日、…皇太子と会談した) are not the talks
    held the day after at the same place by others (attendees included): a meeting on the eve, within the one-day
    slack that dates are otherwise given."""
    own = {p.canonical or p.text for p in m.own_people}
    theirs = {p.canonical or p.text for x in c.ms for p in x.participants}
    return bool(own and theirs and not own & theirs and not m.anaphoric and m.sentence_date and m.date is not None
                and complete(m.date) and c.dates() and not any(_dates_ok(d, m.date, 0) for d in c.dates()))


def _bare_topic_again(m: _Mention, c: _Cluster) -> bool:
    """The same bare head as topic in the next sentence tells more of the meeting just told, which has no day
    yet: 「ベルリンで…協議が行われました。協議は14日と15日、首相府で行われました」 is one set of talks.
    Is False once the meeting told before has a day of its own (協議は20日に…行われた。協議は翌週も: two
    sittings), for another head, and when another meeting is told between them or it is far back."""
    last = c.ms[-1]
    return m.gap == "は" and not m.ordinal and m.name == last.name and not c.dates() \
        and m.prev_index == last.index and 0 < m.index - last.index <= TOPIC_AGAIN_SENTENCES and not m.own_people


def _call_again(m: _Mention, c: _Cluster) -> bool:
    """A call named as the topic (電話会談は…行われました) a few sentences after the call just told, on its day:
    「トランプ大統領とプーチン大統領が昨夜、電話で会談しました。モスクワから中継です。電話会談は昨夜遅く…」 is that
    call. Is False for a call of other people, on another day, or with another meeting told between them."""
    last = c.ms[-1]
    return m.gap == "は" and m.mode == "phone" == c.mode and not m.own_people and not m.ordinal \
        and m.prev_index == last.index and 0 < m.index - last.index <= TOPIC_AGAIN_SENTENCES \
        and m.date is not None and any(_same_day(d, m.date) for d in c.dates())


def _first_round_before(m: _Mention, out: list) -> bool:
    """A later round told after the first in its sentence: the day and place told before the first are the first
    round's (6月にスイスで開いた初の「平和サミット」に続く2回目の会議を開く考え), not the later round's.

    Rejects (is False for) 2回目の協議 told in a sentence of its own, and one with a day of its own
    (初会合に続き、2回目の協議を20日に開いた: the 20th differs from the first round's day)."""
    first = next((x for x in reversed(out) if x.sent == m.sent), None)
    return bool(m.ordinal and m.ordinal >= 2 and first is not None and first.ordinal == 1
                and (m.date is None or first.date == m.date) and (m.location is None or first.location == m.location))


def _later_round_of_another_kind(m: _Mention, ms: list) -> bool:
    """A later round (2回目の和平サミット) told after mentions that count no round and are of another kind
    (協議, 会談): it is not those talks.

    Rejects (is False for) (ジュネーブで協議が開かれた。) 今回が2回目の協議となる: the same kind, the round told."""
    kind = _kind(m.name)
    named = [x for x in ms if _kind(x.name)]  # a bare 2回目 names no kind
    if not m.ordinal or m.ordinal < 2 or not kind or not named or any(x.ordinal for x in named):
        return False
    return not any(_kind(x.name) == kind for x in named)


def _kind(name: str) -> str:
    """The trigger word a meeting's name ends with (2回目の和平サミット → サミット, 実務者協議 → 協議); "" for a
    bare round (2回目) or a name that ends with none."""
    words = [w for w in lexicon("meeting")["triggers"] if name.endswith(w) and "回" not in w]
    return max(words, key=len, default="")


def _signing_at_ceremony(m: _Mention, c: _Cluster, lex: dict) -> bool:
    """A signing verb told in the sentence after a signing ceremony, with no other day, is that ceremony:
    「署名式は宮殿で開かれた。A事務総長が立ち会い、B国防相とC相が文書に署名した」; not a signing told
    paragraphs later or on another day. A signing told with the ceremony's own day (…それぞれ署名した) is still it."""
    same_day = not m.sentence_date or (bool(c.dates()) and all(_same_day(d, m.date) for d in c.dates()))
    return m.name.endswith(tuple(lex["signing_triggers"])) and same_day and any(
        x.creates and any(h in x.name for h in lex["ceremony_heads"]) and 0 <= m.index - x.index <= 1
        for x in c.ms)


def _topic_again(m: _Mention, c: _Cluster) -> bool:
    """A bare head that opens the next sentence as its topic names again the sitting just told, whose name ends
    with it: 「有志連合は4日、パリで首脳会議を開いた。会議はA大統領が主催し、B首相らがオンラインで加わった」.

    A section heading may stand between them. Rejects a head after another meeting was told, or more than
    two paragraphs on; a head the sitting's name does not end with (会談は after a 首脳会議); a round or the
    next sitting (次回の会議は)."""
    lex = lexicon("meeting")
    last = c.ms[-1]
    if not m.opener or m.ordinal or m.next_session or m.name not in lex["setting_reference_heads"] \
            or last.index != m.prev_index or not 0 < m.index - last.index <= 3 or m.para - last.para > 2:
        return False
    told = any(x.creates and x.name.endswith(m.name) and _scale(x.name, lex) == "multilateral" for x in c.ms)
    return told and _places_ok(c.location, m.location) is not False and \
        (not m.sentence_date or all(_dates_ok(d, m.date) for d in c.dates()))


def _names_its_people(m: _Mention, last: _Cluster) -> bool:
    """The sentence right after a meeting that named nobody tells who took part:
    「両首脳は欧州の首脳らと電話で協議した。A首相、B首相らが加わり、協議は1時間に及んだ」."""
    return m.index - last.ms[-1].index == 1 and bool(m.own_people) and (not last.people() or m.joined)


def _in_gloss(last: _Mention, m: _Mention, ms: list) -> bool:
    """The mention stands in the parentheses right after a meeting's name: another name of it
    (首脳会議（G7サミット）) or a part of it (首脳会談（少人数会合及び全体会合）) — not a new meeting."""
    opener = next((x for x in reversed(ms) if x.sent == m.sent and x.gap == "（"), None)
    return opener is not None and opener.end <= m.start and m.end <= opener.gloss_end and m.start >= last.end


def _other_session(m: _Mention, ms: list) -> bool:
    """The next sitting of a series and the sitting told are two meetings.

    Rejects 次回の会議 joining (復興会議が開幕した), and a later plain 会議 joining 次回の会議."""
    return not m.anaphoric and m.next_session != any(x.next_session for x in ms)


def _names_described(m: _Mention, ms: list, lex: dict) -> bool:
    """A proper name after a story that so far told its gathering only by a descriptive head of the same scale.

    「…について話し合う国際会議が、きょうロンドンで始まりました」 then 「「ウクライナ復興会議」は…開かれています」:
    one conference. Rejects a bilateral name (3者会談 after 会談: talks are named by who meets), and a name
    when the meeting already has one."""
    creators = [x for x in ms if x.creates]
    if not creators or m.own_people or len(m.name) < 4 or _generic(m.name, lex) \
            or m.name in lex["descriptive_names"] or m.next_session or m.ordinal:
        return False
    scale = _scale(m.name, lex)
    return scale == "multilateral" and all(x.name in lex["descriptive_names"] and _scale(x.name, lex) == scale
                                      for x in creators) and {x.status for x in creators} != {"planned"} \
        and m.status != "planned"


def _opens_as_topic(v: DocView, m: _Mention) -> bool:
    """A bare trigger that opens its sentence as its topic (協議は…続いた。A側はX、B側はYらが出席した) keeps the
    attendees told right after it. Rejects a mention inside a sentence (…は、協議で合意した)."""
    return m.gap == "は" and not m.anaphoric and not v.clean[m.sent[0]:m.start].strip(" 　\n") \
        and m.name in lexicon("meeting")["generic_names"]


def _same_day(a: Optional[TimeSpan], b: Optional[TimeSpan]) -> bool:
    """Two dates of the same day, however written: 「（3月18日）」 in a heading and 「18日、」 in its body."""
    return a is not None and b is not None and a.start is not None and (a.start, a.end) == (b.start, b.end)


def _summit_after_talks(m: _Mention, first: _Mention, people: set, lex: dict) -> bool:
    """A multilateral sitting that names nobody of its own is not the two-person talks told before it:
    「1日にロンドンでA首相と会談した。翌2日にはロンドンで首脳会合が開かれた」 — two meetings."""
    return not m.anaphoric and not m.own_people and len(people) >= 2 and \
        _scale(m.name, lex) == "multilateral" and _scale(first.name, lex) == "bilateral" and \
        not has_any(m.name, lex["bilateral"])


def _same_plan(m: _Mention, c: _Cluster, statuses: set) -> bool:
    """A planned, undated meeting told again between the same sides is the same plan, whoever else the second
    sentence names: 「AはBと近く電話で話したい考えだ」 … 「報道官は、両首脳が電話で協議する可能性があると述べた」."""
    sides = {p.canonical for p in m.parties if p.kind == "country"}
    theirs = {p.canonical for x in c.ms for p in x.parties if p.kind == "country"}
    return m.status == "planned" and statuses == {"planned"} and m.mode == c.mode and not m.sentence_date \
        and not c.dates() and len(sides) >= 2 and sides == theirs


def _same_body_sitting(m: _Mention, c: _Cluster) -> bool:
    """A multilateral sitting named by the same bloc or body as the cluster's, at compatible dates, is that
    sitting whoever is told attending it (Bは15日、G20首脳会議に参加し); not a speaker's 「NATO首脳会議で…発表する」."""
    lex = lexicon("meeting")
    own = {p.canonical for p in m.parties if p.kind in ("bloc", "org")}
    theirs = {p.canonical for x in c.ms for p in x.parties if p.kind in ("bloc", "org")}
    told_there = m.attends or m.attendance  # …首脳会議に参加し / G7の緊急会合にはB首相も出席する
    return told_there and bool(own & theirs) and _scale(m.name, lex) == "multilateral" and not m.ordinal and \
        (not m.sentence_date or all(_dates_ok(d, m.date) for d in c.dates()))


def _other_body(m: _Mention, ms: list) -> bool:
    """A sitting of another bloc or body, at the same place and day, is another meeting:
    「ブリュッセルで開かれるEU首脳会議に出席し、同じくブリュッセルで開かれるNATOの国防相会議にも出席する」."""
    own = {p.canonical for p in m.parties if p.kind in ("bloc", "org")}
    theirs = {p.canonical for x in ms for p in x.parties if p.kind in ("bloc", "org")}
    return bool(own and theirs and not own & theirs)


def _still_open(v: DocView, c: _Cluster, date: Optional[TimeSpan], lex: dict) -> bool:
    """A conference or summit told as opening (開幕した, 始まった) on the day of publication or the day before,
    and nowhere as closed (閉幕, 日程を終え), is still going on: 「G7サミットが13日開幕し」 published on the 14th."""
    if v.published is None or date is None or date.start is None or not any(
            _scale(m.name, lex) == "multilateral" for m in c.ms):
        return False
    if not (v.published - dt.timedelta(days=1) <= date.start <= v.published):
        return False
    after = [v.clean[m.end:m.sent[1]][:30] for m in c.ms]
    return any(has_any(a, lex["opening_cues"]) for a in after) and \
        not any(has_any(v.clean[m.sent[0]:m.sent[1]], lex["closing_cues"]) for m in c.ms)


def _told_under_way(v: DocView, c: _Cluster, lex: dict) -> bool:
    """A sitting one of whose mentions a progressive verb modifies (「ブリュッセルで開かれているEU首脳会議は2日目の
    協議に入った」) is under way, whatever its first day's mentions told, unless a mention tells it closed (閉幕)."""
    return any(not m.anaphoric and _modifier(v, m, lex, "ongoing") for m in c.ms) and \
        not any(has_any(v.clean[m.sent[0]:m.sent[1]], lex["closing_cues"]) for m in c.ms)


def _story_sitting(m: _Mention, clusters: list, lex: dict) -> Optional[_Cluster]:
    """The story's conference or summit that a bare head word names again, when the meeting just told is another:
    「EU首脳会議が18日開幕した。…A氏はB特使と協議した。…■19日 首脳会議が再開した。C委員長は…と述べた」 — the
    second 首脳会議 and its speakers belong to the EU summit, not to the talks told in between.

    A session of a conference (初日の全体会合で、A首相は…発表した) belongs to the latest conference or summit told.
    Rejects a head that names a sitting of its own (次回の会議, 2回目の会合), a planned sitting after a held one,
    and a sitting whose name does not end with the head (会議 does not name the talks 協議); passes over the
    series' next sitting (次回首脳会議) to the sitting told before it."""
    part = m.name in lex["session_parts"]
    if not (part or m.name in lex["setting_reference_heads"]) or m.ordinal or m.next_session:
        return None
    for c in reversed(clusters):
        creators = [x for x in c.ms if x.creates]
        named = any((part or x.name.endswith(m.name)) and _scale(x.name, lex) == "multilateral" for x in creators)
        if not named or _other_session(m, c.ms):
            continue  # (…首脳会議を開いた。次回首脳会議で…) 首脳会議に出席したA氏は: the sitting held
        held = {x.status for x in creators}
        ok = c.mode == m.mode and _places_ok(c.location, m.location) is not False \
            and all(_dates_ok(d, m.date) for d in c.dates()) and not (m.status == "planned" and held == {"held"})
        return c if ok else None
    return None


def _head(name: str, lex: dict) -> str:
    """The multilateral word a meeting's name ends with: 臨時の首脳会議 → 首脳会議; "" when none."""
    return max((w for w in lex["multilateral"] if name.endswith(w)), key=len, default="")


def _bare_sitting(name: str, lex: dict) -> bool:
    """A name that is only a kind of sitting (首脳会議, 定例首脳会議, 緊急会合), or the next one (次回の首脳会議),
    not one named for its topic or host (平和サミット, 復興会議): it can be the sitting of the story's body.

    Rejects 前回の会合 (a past sitting told as the setting of another series) and 平和サミット."""
    head = _head(name, lex)
    nxt = [p for p in lex["session_prefixes"] if p.startswith(tuple(lex["next_session_prefixes"]))]
    return bool(head) and (name == head or name[:-len(head)] in lex["sitting_prefixes"] + nxt)


def _story_bodies(clusters: list, lex: dict) -> dict:
    """For each multilateral head word (首脳会議, 会合), the bloc or body that holds the first meeting of that
    kind in the story: EUは1日、臨時の首脳会議を開いた … 昨年12月の首脳会議では — the second sitting is the EU's too."""
    out: dict = {}
    for c in clusters:
        for m in c.ms:
            head = _head(m.name, lex)
            held = [p for x in c.ms for p in x.parties if p.kind in ("bloc", "org")]
            if head and held and head not in out:
                out[head] = held[:1]
    return out


def _host(v: DocView, c: _Cluster, loc: Optional[Entity], name: str, parties: list, lex: dict) -> list:
    """The country a conference or summit meets in hosts it and takes part: ベルリンで開かれた復興会議 has
    Germany as a party. Not the seat of a body's own sitting (EU首脳会議 in Brussels, G20 in Bali: a bloc or
    international body among the parties), not the venue of talks between others (リヤドでの米ロ協議), and not a
    city that seats international bodies (ジュネーブで開かれた会合) unless its sentences name that country as
    more than the place (スイス・ジュネーブで開かれた復興会議で、スイスのカシス外相が議長を務め)."""
    if loc is None or not loc.country or _scale(name, lex) != "multilateral" \
            or any(p.kind in ("bloc", "org") for p in parties):
        return []
    if _seat_city(loc, lex) and not any(
            e.country == loc.country and e.kind == "country" and not _seat_country(v, e, lex)
            and not _country_of_place(v, e.start, e.end) for m in c.ms for e in v.ents(m.sent[0], m.sent[1], {"GPE"})):
        return []
    host = country_actor(loc.country, loc.text)
    return [host] if host is not None else []


def _background(v: DocView, c: _Cluster) -> bool:
    """A single aside on talks more than a year before publication (4年前の…にも行われた) is history;
    「岸田首相（当時）の出席の下で開いた」 is not (the note dates the office, not the talks)."""
    dates = c.dates()
    m = c.ms[0]
    dates = [d for d in dates if complete(d)]
    lex = lexicon("meeting")
    sentence = v.clean[m.sent[0]:m.sent[1]]
    for note in lex["title_time_notes"]:
        sentence = sentence.replace(note, "")  # 岸田総理大臣（当時）: the office then, no history cue
    return bool(v.published and dates and len(c.ms) == 1 and
                max(d.end for d in dates if d.end is not None) < v.published - dt.timedelta(days=365) and
                has_any(sentence, lex["history_cues"]))


class MeetingSyntax(BaseModel):
    """meeting.json's "syntax" section: the cases that make a phrase a meeting's participant in the parse."""
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    doc: str = Field(alias="_doc")
    partner_cases: list[str]
    subject_cases: list[str]
    name_cases: list[str]
    light_cases: list[str]
    light_lemmas: list[str]
    coordination_cases: list[str]
    clause_link_deps: list[str]
    non_participant_cases: list[str]
    chain_limit: int
    bilateral_min: int


class MeetingLexicon(BaseModel):
    """The vocabulary of meeting.json, typed: a misspelt or missing key fails when the rule first runs."""
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    doc: str = Field(alias="_doc")
    triggers: list[str]
    weak_triggers: list[str]
    not_after: list[str]
    not_before: list[str]
    phone: list[str]
    video: list[str]
    planned: list[str]
    cancelled: list[str]
    ongoing: list[str]
    held: list[str]
    negation: list[str]
    attendance: list[str]
    party_follow: list[str]
    anaphora: list[str]
    venue_after: list[str]
    event_use_after: list[str]
    bilateral: list[str]
    multilateral: list[str]
    both_anaphora: list[str]
    both_states: list[str]
    delegate_reach: int
    delegation_talks: list[str]
    body_seat_cities: list[str]
    attended_before: list[str]
    content_verbs: list[str]
    readiness_after: list[str]
    content_leads: list[str]
    both_state_links: list[str]
    possessed_attendance: list[str]
    each_cues: list[str]
    history_cues: list[str]
    round_needs: list[str]
    generic_names: list[str]
    not_held_after: list[str]
    period_start_after: list[str]
    informal_marks: list[str]  # 非公式に会談: a sitting apart from the official one
    formal_marks: list[str]  # 公式の首脳会談, 正式な会談
    earlier_event_after: list[str]  # 1月に続く2回目の協議: 1月 dates the first round, not this one
    since_after: list[str]
    same_day_openers: list[str]
    sideline_occasions: list[str]
    address_verbs: list[str]
    descriptive_names: list[str]
    time_setting_heads: list[str]
    continuative_gathering: list[str]
    past_endings: list[str]
    held_modifiers: list[str]
    planned_modifiers: list[str]  # 7月に開かれる首脳会議: a non-past gathering verb before the name
    ongoing_modifiers: list[str]  # ブリュッセルで開かれている首脳会議: a sitting under way
    past_closings: list[str]
    plan_before_call_off: list[str]
    called_off: list[str]
    nonpast_closings: list[str]
    plan_closings: list[str]
    reported_closings: list[str]
    past_marks: list[str]
    same_place: list[str]
    name_prefix_junk: list[str]
    gathering_verbs: list[str]
    gathering_particles: list[str]
    meeting_bodies: list[str]
    body_use_after: list[str]
    generic_use_after: list[str]
    ordinal_first: list[str]
    ordinal_first_before: list[str]  # 初の協議, 初の「平和サミット」: right before the name, a first round
    compound_joins: list[str]
    compound_tails: list[str]
    past_plans: list[str]
    recurring_prefixes: list[str]
    name_anaphora: list[str]
    sideline_links: list[str]
    side_parties: dict[str, str]
    past_ongoing: list[str]
    visit_triggers: list[str]
    future_after: list[str]
    opening_after: list[str]
    speech_cues: list[str]
    venue_heads: list[str]
    unknown_venue_heads: list[str]  # ドイツ南部のエルマウ城にて: a head that ends a venue the gazetteer lacks
    reporter_titles: list[str]  # ペスコフ大統領報道官は…と述べた: who tells of a meeting, not in it
    group_anaphora: list[str]  # 代表団は…と会談: a delegation named before
    both_pair_lookback: int  # 両首脳は…: how many sentences back the meeting whose pair it names may be told
    naming_verbs: list[str]  # 「勝利計画」と名付けた: a quoted name, not quoted speech
    both_lookback: int  # 両氏は… / 代表団は…: how many sentences back the people may be told
    unknown_venue_hosts: list[str]  # スイスのルガノで / …州のリゾート施設「…」で: kinds standing for an unknown venue
    unknown_venue_reach: int  # 北イタリアのストレーザでは、…会議が開かれ: how far a topic place reaches
    venue_trigger_gap: int  # イタリアでのG7首脳会議: letters allowed between での and the name
    days_count_after: list[str]  # 木曜日からローマで2日間開催: a gathering word after the days
    body_seat_kinds: list[str]  # ニューヨークの国連安全保障理事会の会合: a city before a body's sitting
    sitting_prefixes: list[str]
    opening_cues: list[str]
    closing_cues: list[str]
    region_words: list[str]
    capital_links: list[str]  # ジョージアの首都トビリシ: a country before these and a city names where, no side
    speech_settings: list[str]
    speaker_sentences: int
    syntax: MeetingSyntax
    ellipsis_triggers: list[str]
    session_prefixes: list[str]
    next_session_prefixes: list[str]
    setting_after: list[str]
    prospect_cues: list[str]
    setting_reference_after: list[str]
    setting_reference_heads: list[str]
    dated_setting_after: list[str]
    bare_reference_before: list[str]
    process_start_after: list[str]
    cue_noun_uses: list[str]
    cue_object_nouns: list[str]
    cue_object_leads: str
    gathered_before: list[str]
    soon_words: list[str]
    partner_verb_triggers: list[str]
    held_verb_after: list[str]
    wish_verb_after: list[str]
    title_time_notes: list[str]
    session_day_after: list[str]
    ceremony_heads: list[str]
    bare_setting_after: list[str]
    setting_marks: list[str]
    pair_modifier_tails: list[str]
    gathered_plan_tails: list[str]
    noun_stop_triggers: list[str]
    group_partners: list[str]
    restated_time_before: list[str]
    strike_scene_cues: list[str]
    signing_triggers: list[str]
    aftermath_openers: list[str]
    convened_bodies: list[str]
    convening_verbs: list[str]
    clause_breaks: list[str]
    process_names: list[str]  # 和平協議, 停戦交渉: the names of the peace process itself
    process_topic_after: list[str]  # 和平協議について, 和平協議をめぐる: the process as what is spoken of
    conditional_before: list[str]  # 攻撃を受けた場合には、…協議を行う: talks provided for a case
    conditional_reach: int  # how far before the trigger the case may be told
    negation_breaks: list[str]  # …予定されているが、場所は決まっていない: a contrastive clause after the trigger
    period_series_before: list[str]
    series_verbs: list[str]
    side_delegates: list[str]  # 米国とウクライナの高官による協議: who the paired sides send to the talks
    session_parts: list[str]  # 初日の全体会合で: a session of the conference or summit told
    until_schedule: str  # regex after a day: 16日|までの日程 (the last day of a sitting's schedule)
    process_run_after: list[str]  # A氏が交渉を取り仕切る: a process someone runs, no gathering
    side_delegate_links: list[str]  # …の高官による / 代表団同士の: what joins them to the name
    current_anaphora: list[str]  # 今回の協議には…出席した: the meeting the story is about, not the one told last
    leaders_summit_words: list[str]  # 首脳会議, サミット: talks on its days without a place are on its sidelines
    lead_days: int  # …and held at most these days before publication
    lead_paragraphs: int  # a conference named within these first paragraphs is the one the story is about
    outside_openers: list[str]  # これに対し、A氏は… / これに先立ち: a reaction or an aside, not an act there
    person_org_suffixes: list[str]  # バイデン政権が: the name stands for an administration, not the person
    act_cues: list[str]  # D委員長は…を提案した: acts that, like speech, place their subject at the conference
    country_venue_after: list[str]  # マルタにおいて…会合が開催され: what makes a country the venue
    within_place: list[str]  # リヤド市内のホテルで: an area word between a city and its venue mark
    gathering_invites: list[str]  # パリに首脳を集めて会合を開いた: a place people are gathered or invited to
    gathered_people: list[str]  # 首脳, 代表: who is gathered there (not 部隊を集める)
    future_verbs: list[str]  # 開く, 開催する: a gathering verb in the non-past
    future_reports: list[str]  # と発表, 予定: what makes the non-past gathering verb a report or plan
    perfect_after: list[str]  # 18日に会談しており、…考えだ: the trigger's own verb in the perfect, held
    attend_purpose_after: list[str]
    date_after_links: list[str]  # 次の会談を来週開く: a day right after the trigger and these dates it
    date_after_topic_marks: list[str]  # 会談を、16日には…: a day opening the next clause, not this one's
    aside_links: list[str]  # 会合を中断して電話をかけ / 会議後、…と電話で協議: on the day of that meeting
    founding_cues: list[str]  # 理事会が新設され、初会合が開かれた: a body set up, whose first sitting is its own
    round_intention_after: list[str]  # 2回目の会議を開き、…招く考えを示している: a later round intended, planned
    also_partner_links: list[str]  # 米国は前日、ウクライナ代表団とも協議した: talks with another partner
    final_future_verbs: list[str]  # 首脳会議は…広島で開催されます。: the gathering verb non-past at the sentence's end
    summit_days: int  # a leaders' summit dated by one day may run this long: talks on those days are on its sidelines
    side_count_units: list[str]  # 3者協議, 3か国の実務者協議: a name counted by its sides
    side_count_numerals: dict[str, int]  # 三者首脳会談: a kanji count
    side_count_max: int  # 3者協議 counts sides; 北欧5カ国の首脳会議 names a group
    side_count_reach: int  # how far before the name its count may be told (3か国の実務者協議)
    opponent_topics: list[str]  # ロシアとの戦争終結を協議した: the war the talks are about, not a side
    absence_cues: list[str]  # プーチン大統領は欠席し: the person stayed away, no participant
    delegate_before: list[str]  # ロシア代表団を率いるA補佐官は協議後: a delegate of a side, who attended
    delegate_after: list[str]  # A補佐官が代表団を率い: the same, told after the name
    sequel_links: list[str]  # …と会談し、その後、…会合を開いた: a second gathering of the sentence
    sequel_joins: list[str]  # 続いてC首脳らを交えた会合: the first meeting's people sit in it too
    sequel_openers: list[str]  # (…と会談した。) 続いて/その後/続く…拡大会合: a sequel told in the next sentence
    convener_after: list[str]  # A首相の呼びかけにより開催された会議, B議長が議長を務めた会議: a participant
    country_visits: dict[str, str]  # 訪米, 訪ロ: a visit to the state of that code
    delivery_sides: list[str]  # モスクワを訪れ、ロシア側に…を説明する: the host side handed something
    held_plan_words: list[str]  # 4日からは…協議が予定されている: a sitting planned from that day
    visit_occasions: list[str]  # トルコ訪問の際に…働きかける: a visit as the occasion of talks
    occasion_acts: list[str]  # 働きかけ, 協議: what is done with the host on that occasion
    visit_deliveries: list[str]  # 訪米し、大統領に計画を提示する: handing something over in person, which meets him
    phone_leads: list[str]  # 電話で約1時間会談し, 電話でA氏と協議し: the way the talks after it are held
    phone_lead_reach: int  # how far before the talks word such a lead may stand, within its clause
    venue_visit_stems: list[str]  # キーウを予告なしに訪れ: the stem of visiting a place, the place is the venue
    co_actor_marks: list[str]  # B氏と共同で案を発表し: a person acting beside the subject, no one met (_co_actor)
    posted_to: list[str]  # 駐ウクライナ日本国大使: the mark of the state an envoy is posted to
    leaders_marks: list[str]  # 米露首脳電話会談, 日・ウクライナ首脳会談: talks of the sides' leaders
    leader_offices: list[str]  # the gazetteer's head-of-state or government offices, first preferred
    leaders_max_sides: int  # a leaders' meeting of at most this many states gets its leaders filled in


def _lexicon() -> dict:
    return checked_lexicon("meeting", MeetingLexicon)


def extract(v: DocView) -> list[Meeting]:
    lex = _lexicon()
    clusters: list[_Cluster] = []
    for m in _mentions(v):
        if _DEBUG:
            print("MENTION", m.name, m.ordinal, m.status, m.mode, m.rule, m.creates, m.weak, m.anaphoric,
                  m.location and m.location.canonical,
                  m.date and m.date.start, m.explicit_date, [p.canonical for p in m.own_people],
                  [p.canonical for p in m.participants], file=sys.stderr)
        target = next((c for c in reversed(clusters[-CLUSTER_WINDOW:]) if c.accepts(m)), None)
        if target is None and not m.creates and clusters:
            target = _reference_to_last(v, m, clusters[-1])
        if target is None and not m.creates and clusters:
            target = _story_sitting(m, clusters[-CLUSTER_WINDOW:], lex)
            # 首脳会議が開幕した。A委員長は…と強調した: the people of the sitting told before; a gathering keeps its
            # helper people (who spoke at it) and their sides
            if target is not None and not m.gathering:
                m.participants = m.own_people + [actor_of(p) for p in m.speakers]
                m.parties = [a for a in (_party_of(p) for p in m.speakers) if a]
        if target is None and not m.creates and clusters and _current(v, m, lex):
            target = _story_meeting(m, clusters)
        if target is not None:
            target.add(m)
        elif m.creates:
            clusters.append(_Cluster(m))
    records: list[_Record] = []
    series_sides: list = []  # rounds of talks (初会合, 2回目の協議) share the sides of the first round that names them
    talks_sides: list = []
    bodies = _story_bodies(clusters, lex)
    for c in clusters:
        if _background(v, c):
            continue
        r = _summary(v, c, bodies, lex)
        r.parties = _counted_sides(v, r, records, lex)
        if any(m.ordinal for m in c.ms):
            # 2回目の協議 (no sides named): the sides of the series, else of the talks told before it
            r.parties = r.parties or series_sides or talks_sides
            series_sides = series_sides or r.parties
        elif _next_talks(r, lex) and len(r.parties) < 2:
            r.parties = dedup_actors(r.parties + talks_sides)  # (3か国協議を開いた。) 次の協議は来月1日に開かれる
        elif _scale(r.main.name, lex) != "multilateral" and len(r.parties) >= 2:
            talks_sides = r.parties  # 直接協議を開き (5月16日)… 2回目の協議に臨んだ: the first round's sides
        records.append(r)
    _roll_up_sidelines(records, lex)
    _story_actors(v, records, lex)
    _delegation_members(v, records, lex)
    _leaders_of_sides(v, records, lex)
    return [_meeting(v, r) for r in records]


def _reference_to_last(v: DocView, m: _Mention, last: _Cluster) -> Optional[_Cluster]:
    """A reference (この会合, 協議後, 全体会合) belongs to the meeting just reported when nothing sets it apart
    (another round or session, mode, place, people or day, or a plan told with its own day after talks held:
    (A氏と会談した後の会見で…) 19日に予定していた訪問を3月10日に延期する); its people are then only its own."""
    own = {p.canonical or p.text for p in m.own_people}
    near_para = v.para_index(m.start) - v.para_index(last.ms[-1].start) <= 1
    rounds_ok = not (m.ordinal and any(x.ordinal and x.ordinal != m.ordinal for x in last.ms)) \
        and not _other_session(m, last.ms)
    told = _names_its_people(m, last)
    own_plan = m.sentence_date and m.status == "planned" and {x.status for x in last.ms if x.creates} == {"held"}
    if not (near_para and rounds_ok and (last.mode == m.mode or told) and not own_plan
            and _places_ok(last.location, m.location) is not False
            and (own <= last.people() or m.attendance or told)
            and all(_dates_ok(d, m.date) for d in last.dates())):
        return None
    m.participants = m.participants if _opens_as_topic(v, m) else \
        ([] if m.anaphoric and not m.attendance else m.own_people) + [actor_of(p) for p in m.speakers]
    m.parties = [a for a in (_party_of(p) for p in m.speakers) if a]
    return last


def _series_before_next(v: DocView, te: int, lex: dict) -> bool:
    """A series named before its next sitting (3者協議の次回会合は…開かれる): the sitting told after it is the
    meeting, the series name none of its own.

    Rejects (is False for) 3者協議の後、… and a plain 3者協議は."""
    return v.clean.startswith(tuple("の" + p for p in lex["next_session_prefixes"]), te) and \
        bool(has_any(v.clean[te:te + 8], lex["triggers"]))


def _next_talks(r: _Record, lex: dict) -> bool:
    """The next sitting of the talks told before it (次の協議, 次回の交渉): it has their sides.

    Rejects 次回の会議 and 次の首脳会議: a conference's next sitting has hosts and guests of its own."""
    return any(m.next_session for m in r.c.ms) and _scale(r.main.name, lex) != "multilateral"


def _side_count(v: DocView, m: _Mention, lex: dict) -> int:
    """The number of sides a mention's name counts (3者協議, 3か国の実務者協議, 三者首脳会談 → 3), else 0.

    Rejects (0 for) 3回目の協議 and 約30か国の代表が出席した会合: a round, or a count of many attendees."""
    units = alternation(lex["side_count_units"])
    nums = "0-9０-９" + "".join(lex["side_count_numerals"])
    before = v.clean[max(m.sent[0], m.start - lex["side_count_reach"]):m.start]
    # 3か国の実務者協議, and the series before a next sitting: 3者協議の次回会合
    found = re.search(rf"(?<![0-9０-９])([{nums}])(?:{units})(?:間)?(?:[^、。のと「」]{{0,4}}の)?$", before) or \
        re.match(rf"^([{nums}])(?:{units})", m.name)
    if not found:
        return 0
    c = found.group(1)
    n = lex["side_count_numerals"].get(c) or int(unicodedata.normalize("NFKC", c))
    return n if 2 <= n <= lex["side_count_max"] else 0  # 北欧5カ国の首脳会議 names a group, not its sides


def _state_sides(v: DocView, s: int, e: int, venue: Optional[Entity]) -> list:
    """The states and blocs named between s and e, most named first, the venue's country left out:
    (アブダビで) 米国、ウクライナ、ロシアが… → [US, Ukraine, Russia], not the UAE."""
    counts: dict = {}
    home = venue.country if venue is not None else None
    for ent in v.ents(s, e, {"GPE", "ORG", "NORP", "PERSON"}):
        st = state_of(ent) if ent.label != "GPE" or ent.kind == "country" else None
        if st is None or (home and st.country == home) or st.kind != "country":
            continue
        key = st.canonical or st.text
        n, first = counts.get(key, (0, st))
        counts[key] = (n + 1, first)
    return [a for _n, a in sorted(counts.values(), key=lambda x: -x[0])]


def _counted_sides(v: DocView, r: _Record, before: list, lex: dict) -> list:
    """A meeting counted by its sides (3者協議) but with fewer parties found: the missing sides are those
    of the latest meeting of that count told before, else the states of its sentence, then of its paragraph up
    to it, most named first (the venue's country is no side). Leaves a name with no count as it is.

    (米国、ウクライナ、ロシアの3か国は…) 米国は…サウジアラビアで3か国の実務者協議を開く → US, Ukraine, Russia."""
    n = max((_side_count(v, m, lex) for m in r.c.ms), default=0)
    parties = list(r.parties)
    if not n or len(parties) >= n:
        return parties
    have = {p.canonical for p in parties}
    s, e = r.main.sent
    series = [x.parties for x in before if len(x.parties) == n and max(
        (_side_count(v, m, lex) for m in x.c.ms), default=0) == n]
    pools = (series[-1] if series else []) + _state_sides(v, s, e, r.loc) + _state_sides(v, v.para(s)[0], e, r.loc)
    for a in pools:
        if len(parties) >= n:
            break
        if a.canonical not in have:
            parties.append(a)
            have.add(a.canonical)
    return parties


@dataclass
class _Record:
    """A cluster's fields, before they become a Meeting (the roll-up stages still add to them)."""
    c: _Cluster
    main: _Mention
    loc: Optional[Entity]
    date: Optional[TimeSpan]
    status: Status
    participants: list
    parties: list


def _cluster_date(c: _Cluster) -> Optional[TimeSpan]:
    """The date of a cluster: its sentence dates (else any told), several within a week as one span."""
    dates = c.dates() or [m.date for m in c.ms if m.explicit_date and m.date] or [m.date for m in c.ms if m.date]
    dates = [d for d in dates if complete(d)]
    # ２月の会議 and ２月１日の臨時首脳会議: the day told within the month dates the sitting
    dates = [d for d in dates if not any(x is not d and _finer(x, d) for x in dates)]
    date = dates[0] if dates else None
    if len(dates) > 1:
        lo = min(d.start for d in dates if d.start is not None)
        hi = max(d.end for d in dates if d.end is not None)
        if (hi - lo).days <= 7:
            date = TimeSpan(text=" / ".join(dict.fromkeys(d.text for d in dates)), start=lo, end=hi,
                            granularity="day" if lo == hi else "range", relative=any(d.relative for d in dates))
    return date


def _finer(a: TimeSpan, b: TimeSpan) -> bool:
    """a lies within b and is shorter: a day of the month b (2月1日 within 2月)."""
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    return b.start <= a.start and a.end <= b.end and (a.end - a.start) < (b.end - b.start)


def _summary(v: DocView, c: _Cluster, bodies: dict, lex: dict) -> _Record:
    """What a cluster's mentions add up to: its main name, place, date, status, people and sides."""
    loc = c.location
    date = _cluster_date(c)
    creators = [m for m in c.ms if m.creates] or c.ms
    # 会談し…宣言に署名した: the talks name the cluster, a signing verb only when nothing else does
    main = max(creators[:2], key=lambda m: (m.name not in lex["generic_names"],
                                           m.name not in lex["signing_triggers"], len(m.name)))
    statuses = [m.status for m in c.ms if not m.anaphoric and not m.default_status] or \
        [m.status for m in c.ms if not m.anaphoric] or [m.status for m in c.ms]
    status = "held" if "held" in statuses else statuses[0]
    if date is not None and v.published is not None and date.start is not None and date.start > v.published \
            and status != "cancelled":
        status = "planned"
    elif status == "held" and (_still_open(v, c, date, lex) or _told_under_way(v, c, lex)):
        status = "ongoing"
    participants = dedup_actors(p for m in c.ms for p in m.participants)
    parties = dedup_actors(p for m in c.ms for p in m.parties)
    if _bare_sitting(main.name, lex) and not any(p.kind in ("bloc", "org") for p in parties):
        parties = dedup_actors(bodies.get(_head(main.name, lex), []) + parties)  # 昨年12月の首脳会議: the EU's
    parties = [p for p in parties if not _bloc_summit_venue(v, p, main.name, parties)]
    parties = dedup_actors(parties + _host(v, c, loc, main.name, parties, lex))
    return _Record(c, main, loc, date, status, participants, parties)


def _meeting(v: DocView, r: _Record) -> Meeting:
    c = r.c
    evidence = [v.span(s, e) for s, e in sorted({(m.start, m.end) for m in c.ms})]
    return Meeting(
        name=r.main.name, location=place_of(r.loc) if r.loc else None, date=r.date, status=r.status, mode=c.mode,
        participants=r.participants, parties=r.parties, evidence=evidence, rule=r.main.rule,
        confidence=confidence(0.45, r.loc is not None, r.date is not None, bool(r.participants), bool(r.parties),
                              len(c.ms) > 1),
    )


def _umbrella(r: _Record, lex: dict) -> bool:
    """A conference or summit held in person at a known place over known days: meetings on its sidelines may
    belong to it (G7首脳会議 13–15日, プーリア州)."""
    return _scale(r.main.name, lex) == "multilateral" and r.status in ("held", "ongoing") \
        and r.c.mode == "in_person" and r.loc is not None and complete(r.date)


def _on_sidelines(d: _Record, u: _Record, lex: dict) -> bool:
    """Talks held in person on days within a summit's, at its place or at none told, are held on its sidelines:
    「13日には、A大統領とB大統領が会談し」 during a G7 summit of the 13th–15th.

    Talks told after a leaders' summit with neither day nor place of their own are on its sidelines too
    (G7サミットが…開幕した。A首相はB首相と会談し).

    Rejects a conference or summit of its own (a multilateral name), talks elsewhere (モスクワで会談), on other
    days (会議に先立つ5日), planned or by phone or video."""
    if d is u or _scale(d.main.name, lex) == "multilateral" or d.c.mode != "in_person" or d.status != "held":
        return False
    if d.date is None and d.loc is None and has_any(u.main.name, lex["leaders_summit_words"]) \
            and min(m.start for m in d.c.ms) > min(m.start for m in u.c.ms):
        return True  # (G7サミットが…開かれた。) A首相はB大統領とも会談した: no day of its own, told after the summit
    if not _inside(d.date, _summit_days(u, lex)):
        return False
    return _places_ok(u.loc, d.loc) is not False


def _summit_days(u: _Record, lex: dict) -> Optional[TimeSpan]:
    """The days a summit may run: for a leaders' summit, from its first day told (its opening,
    「G7サミットが19日、広島で開幕した」) at least up to summit_days, or its span when told longer; a span that only
    reaches a later day told of it (20日に到着し) does not end it there.

    Leaves a conference (no leaders' summit word) as it is told."""
    d = u.date
    if d is None or d.start is None or d.end is None or not has_any(u.main.name, lex["leaders_summit_words"]):
        return d
    # 19日に開幕 … 20日に到着し: a summit told over fewer days than a summit runs still runs its days
    return d.model_copy(update={"end": max(d.end, d.start + dt.timedelta(days=lex["summit_days"] - 1))})


def _inside(a: Optional[TimeSpan], b: Optional[TimeSpan]) -> bool:
    """Both complete, and a within b (the 15th within the 14th–16th)."""
    if a is None or b is None or a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    return b.start <= a.start and a.end <= b.end


def _roll_up_sidelines(records: list, lex: dict) -> None:
    """Talks on a summit's sidelines take its venue when they tell none, and their people and sides took part
    in the summit: 「G7サミット（13–15日、プーリア州）… 13日には、A大統領とB大統領が会談し」 — the talks are in
    Apulia, and A and B (with their states) attended the summit. Talks told with no place during a conference
    that is no leaders' summit (復興会議, 国際会議) may be held away from it: their people are not added."""
    for u in [r for r in records if _umbrella(r, lex)]:
        for d in records:
            if not _on_sidelines(d, u, lex):
                continue
            told_there = d.loc is not None
            d.loc = d.loc or u.loc
            if told_there or has_any(u.main.name, lex["leaders_summit_words"]):
                u.participants = dedup_actors(u.participants + d.participants)
                u.parties = dedup_actors(u.parties + d.parties)


def _conference(r: _Record, lex: dict) -> bool:
    """A conference or summit told as held or under way (not planned talks, not a call)."""
    return _scale(r.main.name, lex) == "multilateral" and r.status in ("held", "ongoing") \
        and r.c.mode != "phone"


def _lead(v: DocView, records: list, lex: dict) -> Optional[_Record]:
    """The conference or summit a story is about: the first meeting it tells, in its opening paragraphs, held
    in the days before publication (not 「２月の首脳会議で合意した支援策」 recalled in March)."""
    first = min(records, key=lambda r: min(m.start for m in r.c.ms), default=None)
    if first is None or not _conference(first, lex):
        return None
    fresh = not _stale(v, first.date, lex)
    return first if fresh and min(m.para for m in first.c.ms) <= lex["lead_paragraphs"] else None


def _stale(v: DocView, date: Optional[TimeSpan], lex: dict) -> bool:
    """A conference over more than lead_days before publication is recalled, not reported: the statements
    that follow it in the story were made since (「２月１日に首脳会議を開いた」 in a story of 21 March)."""
    if v.published is None or date is None or date.end is None:
        return False
    return date.end < v.published - dt.timedelta(days=lex["lead_days"])


def _scope(v: DocView, r: _Record, records: list, lead: bool, lex: dict) -> list[tuple[int, int]]:
    """The sentences that tell what happened at a conference: from its first mention on, without the sentences
    that tell another meeting and those after them in their paragraph. The story's own conference reads on to
    the end, past the paragraphs that tell another meeting (talks on its sidelines excepted: their paragraphs
    are its story too); another conference reads its own paragraph, and the next one when its own is a heading
    or a question that the next answers (「Ｑ　最初の会議では何があったの？」: no 。 at its end)."""
    side = {id(d) for d in records if _umbrella(r, lex) and _on_sidelines(d, r, lex)}
    other_sents = {m.index for d in records if d is not r for m in d.c.ms}
    other_paras = {m.para for d in records if d is not r and id(d) not in side for m in d.c.ms}
    first = min(m.index for m in ([x for x in r.c.ms if x.creates] or r.c.ms))
    p0 = v.para_index(v.sentences[first][0])
    last = len(v.sentences) if lead else next(
        (i for i in range(first, len(v.sentences)) if v.para_index(v.sentences[i][0]) > p0 + 1), len(v.sentences))
    if not lead and v.clean[slice(*v.paras[p0])].rstrip(" 　\n").endswith("。"):
        last = min(last, next((i for i in range(first, len(v.sentences))
                               if v.para_index(v.sentences[i][0]) > p0), len(v.sentences)))
    out, told = [], -1
    for si in range(first, last):
        s, e = v.sentences[si]
        p = v.para_index(s)
        if p != p0 and p in other_paras:
            if lead:
                continue
            break
        if si in other_sents:
            told = p  # the rest of this paragraph tells of that meeting (「ケロッグ氏は会談後、…と述べた」)
        elif p != told:
            out.append((s, e))
    return out


def _off_days(v: DocView, s: int, e: int, date: Optional[TimeSpan]) -> bool:
    """The sentence tells a day outside the conference's days: what it reports happened elsewhere
    (「ペスコフ報道官は19日、…と述べた」 after talks on the 17th and 18th)."""
    if date is None or not complete(date):
        return False
    days = [sp for d in v.ents(s, e, {"DATE"}) if (sp := _complete_span(d.value)) and sp.granularity == "day"]
    return any(not _dates_ok(sp, date, 0) for sp in days)


def _actors_in(v: DocView, s: int, e: int, lex: dict) -> list:
    """People a sentence of a conference's story has attend or act there: 「Aらが出席した」, 「議長を務めたB首相は」,
    the subject of a speech or act (「C氏は…と述べた」, 「D委員長は…を提案した」). Not a reaction opened by
    これに対し or an aside opened by これに先立ち, a spokesperson, someone named as the owner of a thing
    (「E首相の提案で」), nor a name that stands for an administration (「F政権が求める」)."""
    if v.clean[s:e].lstrip(" 　ＡＱAQ").startswith(tuple(lex["outside_openers"])):
        return []
    out = _attendees(v, s, e, lex)
    if has_any(v.clean[s:e], lex["speech_cues"] + lex["act_cues"]):
        out += [p for p in v.ents(s, e, {"PERSON"}) if _marker(v, p, e) in ("は", "が", "も")
                and not _possessor(v, p)]
    return [p for p in out if not _reporter(v, p, lex) and not _absent(v, p, lex)
            and not v.clean.startswith(tuple(lex["person_org_suffixes"]), p.end)]


def _story_actors(v: DocView, records: list, lex: dict) -> None:
    """A conference's story tells who was there by what they did, paragraphs after it is named:
    「ウクライナ復興会議が開幕した。…■支援表明　A首相は…を表明した。B委員長は…を提案した」 — A and B (with their
    states or bodies) took part. Sentences that tell another day or another meeting are not its story."""
    lead = _lead(v, records, lex)
    for r in [x for x in records if _conference(x, lex)]:
        found = []
        for s, e in _scope(v, r, records, r is lead, lex):
            if not _off_days(v, s, e, r.date):
                found += _actors_in(v, s, e, lex)
        if found:
            r.participants = dedup_actors(r.participants + [actor_of(p) for p in found])
            r.parties = dedup_actors(r.parties + [a for a in (_party_of(p) for p in found) if a])


def _delegation_members(v: DocView, records: list, lex: dict) -> None:
    """Talks between delegations tell their members in the sentences after them, each member with the talks
    told within delegate_reach sentences before (those the story tells most, else the last told; not an aside
    such as 「3回目の協議以来」): 「両国の代表団は29日、…停戦協議を行った。…
    ウクライナ代表団のA議員は…と強調した。代表団に加わったB顧問は…」 — A and B (with their side) attended.
    Only talks named as negotiations (delegation_talks: 協議, 交渉), not a leaders' 会談 (a delegate told after
    it sat at other talks), talks by phone or video, a conference (its story has _story_actors), or talks only
    planned."""
    told = [(m.index, i) for i, r in enumerate(records) for m in r.c.ms
            if _scale(r.main.name, lex) != "multilateral" and r.c.mode == "in_person"
            and r.status in ("held", "ongoing") and has_any(r.main.name, lex["delegation_talks"])]
    for si, (s, e) in enumerate(v.sentences):
        near = [(len(records[i].c.ms), x, i) for x, i in told if 0 <= si - x <= lex["delegate_reach"]]
        found = [p for p in v.ents(s, e, {"PERSON"}) if _delegate(v, p, lex)] if near else []
        if found:
            r = records[max(near)[2]]  # the talks the story tells most, else the last told
            r.participants = dedup_actors(r.participants + [actor_of(p) for p in found])
            r.parties = dedup_actors(r.parties + [a for a in (_party_of(p) for p in found) if a])


def _leader_rank(e: Entity, lex: dict) -> Optional[int]:
    """The rank of a person's office among the leader offices when it heads their own state (President of
    Russia, Prime Minister of Japan), else None (a president of the European Council, a former president)."""
    entry = gz.load().get(e.id or "")
    state = gz.load().country(e.country)
    if entry is None or state is None or not entry.role_en or not entry.role_en.endswith(state.canonical):
        return None
    return next((i for i, o in enumerate(lex["leader_offices"]) if entry.role_en.startswith(o + " ")), None)


def _doc_leaders(v: DocView, lex: dict) -> dict:
    """The one leader the document names for each state: country code → person. A state with two people of
    its highest office named (a president and his predecessor) has none."""
    ranked: dict = {}
    for e in v.ents(0, len(v.clean), {"PERSON"}):
        rank = _leader_rank(e, lex)
        if rank is not None:
            ranked.setdefault(e.country, {}).setdefault(rank, {}).setdefault(e.id, e)
    out = {}
    for country, by_rank in ranked.items():
        top = by_rank[min(by_rank)]
        if len(top) == 1:
            out[country] = next(iter(top.values()))
    return out


def _leaders_of_sides(v: DocView, records: list, lex: dict) -> None:
    """Talks of the sides' leaders (米露首脳電話会談, 日・ウクライナ首脳会談) whose sentence leaves a side's
    leader unnamed: that side's leader is the one the document names (トランプ大統領…プーチン大統領…。
    18日の米露首脳電話会談では… → Trump and Putin). Not a multilateral summit, nor a side no leader is named for."""
    leaders = None
    for r in records:
        states = [p for p in r.parties if p.kind == "country"]
        if _scale(r.main.name, lex) == "multilateral" or not has_any(r.main.name, lex["leaders_marks"]) \
                or not states or len(states) != len(r.parties) or len(states) > lex["leaders_max_sides"]:
            continue
        leaders = _doc_leaders(v, lex) if leaders is None else leaders
        present = {p.country for p in r.participants}
        found = [leaders[p.country] for p in states if p.country not in present and p.country in leaders]
        r.participants = dedup_actors(r.participants + [actor_of(e) for e in found])


def _current(v: DocView, m: _Mention, lex: dict) -> bool:
    """The mention is named as the one the story is about: 「今回の協議には、A特使とB長官らが出席した」."""
    return any(v.clean.endswith(a, max(0, m.start - len(a)), m.start) for a in lex["current_anaphora"])


def _story_meeting(m: _Mention, clusters: list) -> Optional[_Cluster]:
    """The meeting a story tells first, when it fits the mention's mode and dates (今回の協議 in a story that
    recalls earlier rounds after its lead)."""
    c = clusters[0]
    return c if c.mode == m.mode and all(_dates_ok(d, m.date) for d in c.dates()) else None

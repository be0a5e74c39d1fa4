"""Meeting records from short texts written for these tests (not from the dev corpus).

Each text is 1-3 sentences of ordinary Japanese wire-news prose. The positive tests check the
fields a user reads (location, date resolved against ``published``, status, mode, participants
with canonical English names, parties); the distractors must give no meeting record at all.
"""
from __future__ import annotations

import json

import pytest

import ukpeace

from rule_helpers import PUB, day, names, only, records, records_in, run

pytestmark = pytest.mark.slow


def meetings(text: str, published: str | None = PUB):
    return records(text, "meeting", published)


def only_meeting(text: str, published: str | None = PUB):
    return only(text, "meeting", published)


# --- held, in person: location, absolute day, participants, parties ---------------------------

HELD = ("ウクライナのゼレンスキー大統領と英国のスターマー首相は17日、ロンドンで会談した。"
        "両首脳は約2時間にわたり安全保障について話し合った。")


def test_held_meeting_location_date_status_mode():
    m = only_meeting(HELD)
    assert m.location is not None and m.location.canonical == "London"
    assert m.location.lat is not None and abs(m.location.lat - 51.5) < 0.5
    assert m.date is not None and (m.date.start, m.date.end) == (day("2026-01-17"), day("2026-01-17"))
    assert m.status == "held"
    assert m.mode == "in_person"


def test_held_meeting_participants_and_parties():
    m = only_meeting(HELD)
    assert names(m.participants) == {"Volodymyr Zelenskyy", "Keir Starmer"}
    assert all(p.kind == "person" for p in m.participants)
    assert names(m.parties) == {"Ukraine", "United Kingdom"}


def test_follow_up_sentence_is_the_same_meeting():
    """両首脳は…協議した refers back to the meeting just reported: one record, two evidence spans."""
    text = "ゼレンスキー大統領とトランプ大統領は17日、ジュネーブで会談した。両首脳は和平案について約2時間協議した。"
    m = only_meeting(text)
    assert m.location is not None and m.location.canonical == "Geneva"
    assert len(m.evidence) >= 2


def test_attendance_sentence_joins_the_meeting():
    """会談には X も同席した adds X to the meeting of the previous sentence instead of making a new one."""
    text = ("ウクライナのウメロフ国家安全保障・国防会議書記は先週、ジュネーブで米国のウィトコフ特使と会談した。"
            "会談にはクシュナー氏も同席した。")
    m = only_meeting(text)
    assert names(m.participants) == {"Rustem Umerov", "Steve Witkoff", "Jared Kushner"}
    assert names(m.parties) == {"Ukraine", "United States"}
    assert m.location is not None and m.location.canonical == "Geneva"


# --- relative dates against `published` ---------------------------------------------------------

def test_relative_date_last_week():
    text = "ウクライナのウメロフ国家安全保障・国防会議書記は先週、ジュネーブで米国のウィトコフ特使と会談した。"
    m = only_meeting(text)
    # published Monday 2026-01-19: last week is Mon 12 .. Sun 18 January
    assert m.date is not None and (m.date.start, m.date.end) == (day("2026-01-12"), day("2026-01-18"))
    assert m.status == "held"


def test_relative_date_yesterday_phone_call():
    text = "トランプ大統領とプーチン大統領は昨日、電話で協議した。ホワイトハウスが明らかにした。"
    m = only_meeting(text)
    assert m.mode == "phone"
    assert m.location is None
    assert m.date is not None and (m.date.start, m.date.end) == (day("2026-01-18"), day("2026-01-18"))
    assert names(m.participants) == {"Donald Trump", "Vladimir Putin"}
    assert names(m.parties) == {"United States", "Russia"}
    assert m.status == "held"


def test_relative_date_moves_with_published():
    """The same text published a week later puts 昨日 a week later too."""
    text = "トランプ大統領とプーチン大統領は昨日、電話で協議した。ホワイトハウスが明らかにした。"
    m = only_meeting(text, "2026-01-26")
    assert m.date is not None and m.date.start == day("2026-01-25")


def test_planned_meeting_next_week():
    text = ("米国とロシアの代表団は来週、サウジアラビアのリヤドで協議する予定だ。"
            "ウィットコフ特使とドミトリエフ氏が出席する見通し。")
    m = only_meeting(text)
    assert m.status == "planned"
    assert m.location is not None and m.location.canonical == "Riyadh"
    assert m.date is not None and (m.date.start, m.date.end) == (day("2026-01-26"), day("2026-02-01"))
    assert names(m.participants) == {"Steve Witkoff", "Kirill Dmitriev"}
    assert names(m.parties) == {"United States", "Russia"}


def test_planned_meeting_next_month():
    text = "トランプ大統領は来月、モスクワでプーチン大統領と会談する予定だ。"
    m = only_meeting(text)
    assert m.status == "planned"
    assert m.location is not None and m.location.canonical == "Moscow"
    assert names(m.participants) == {"Donald Trump", "Vladimir Putin"}
    assert m.date is not None and (m.date.start, m.date.end) == (day("2026-02-01"), day("2026-02-28"))


# --- cancelled, video --------------------------------------------------------------------------

def test_cancelled_summit_with_abbreviated_parties():
    text = "ハンガリーのブダペストで予定されていた米ロ首脳会談は中止された。トランプ大統領が記者団に明らかにした。"
    m = only_meeting(text)
    assert m.status == "cancelled"
    assert m.location is not None and m.location.canonical == "Budapest"
    # 米ロ = the United States and Russia
    assert names(m.parties) == {"United States", "Russia"}


def test_video_conference():
    text = "ゼレンスキー大統領は15日、欧州の首脳らとオンライン会議を開き、支援の継続を確認した。"
    m = only_meeting(text)
    assert m.mode == "video"
    assert m.location is None
    assert m.date is not None and m.date.start == day("2026-01-15")
    assert "Volodymyr Zelenskyy" in names(m.participants)


# --- distractors: no meeting record ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # negations
    "米国、ウクライナ、ロシアの三者が同席したことは一度もない。",
    "ジュネーブでの会談は行われなかった。",
    "ウクライナとロシアの首脳による直接の会談は、これまで実現していない。",
    # hypothetical
    "もしロシアが停戦に応じれば、トランプ大統領はプーチン大統領と会談する用意があるという。",
    # historical background
    "4年前の2022年3月にもイスタンブールで和平交渉が行われたが、決裂した。",
    # a press conference alone
    "ゼレンスキー大統領は18日、キーウで記者会見を開き、冬の電力事情について説明した。",
    "ペスコフ報道官は19日、定例の記者会見で、欧州との対話はないと述べた。",
], ids=["never-together", "not-held", "not-realised", "hypothetical", "background-2022", "press-conf", "briefing"])
def test_no_meeting(text):
    ms = meetings(text)
    assert ms == [], [(m.name, [e.text for e in m.evidence]) for m in ms]


# --- grounding, confidence, stable ids ---------------------------------------------------------

GROUNDING_TEXTS = [
    HELD,
    "トランプ大統領とプーチン大統領は昨日、電話で協議した。ホワイトハウスが明らかにした。",
    "米国とロシアの代表団は来週、サウジアラビアのリヤドで協議する予定だ。ウィットコフ特使とドミトリエフ氏が出席する見通し。",
    "ハンガリーのブダペストで予定されていた米ロ首脳会談は中止された。トランプ大統領が記者団に明らかにした。",
]


@pytest.mark.parametrize("text", GROUNDING_TEXTS)
def test_evidence_grounded_and_confidence_in_range(text):
    res = run(text)
    ms = [r for r in res.records if r.type == "meeting"]
    assert ms, "the text reports a meeting"
    for m in ms:
        assert m.evidence
        for ev in m.evidence:
            assert 0 <= ev.start < ev.end <= len(text)
            assert text[ev.start:ev.end] == ev.text
        assert 0.0 <= m.confidence <= 1.0
        for actor in m.participants + m.parties:
            if actor.start is not None:
                assert text[actor.start:actor.end] == actor.text
        if m.location is not None and m.location.start is not None:
            assert text[m.location.start:m.location.end] == m.location.text


def test_ids_stable_and_json_identical():
    a = ukpeace.extract(HELD, published=PUB, doc_id="m-1", errors="raise")
    b = ukpeace.extract(HELD, published=PUB, doc_id="m-1", errors="raise")
    ids = [r.id for r in a.records]
    assert ids and all(ids)
    assert ids == [r.id for r in b.records]
    assert len(set(ids)) == len(ids)
    assert json.dumps(a.model_dump(mode="json"), ensure_ascii=False, sort_keys=True) == \
        json.dumps(b.model_dump(mode="json"), ensure_ascii=False, sort_keys=True)
    assert a.model_dump_json() == b.model_dump_json()


# --- issue 8 classes (sentences written for these tests) --------------------------------------

def test_modifier_before_trigger_keeps_the_meeting_and_its_day():
    """「…以来となる首脳会談を行った」: the modifier neither kills the meeting nor gives its date."""
    m = only_meeting("バイデン大統領は14日、ホワイトハウスでゼレンスキー大統領と2022年12月以来となる首脳会談を行った。")
    assert (m.date.start, m.date.end) == (day("2026-01-14"), day("2026-01-14"))
    assert names(m.participants) == {"Joe Biden", "Volodymyr Zelenskyy"}
    assert m.rule and m.rule.startswith("meeting.trigger")


def test_years_since_modifier_before_direct_talks():
    m = only_meeting("ロシアとウクライナの代表団は15日、ジュネーブで約2年ぶりとなる直接交渉を行った。")
    assert m.location is not None and m.location.canonical == "Geneva"
    assert names(m.parties) >= {"Russia", "Ukraine"}


def test_qualified_talks_that_were_held_are_a_meeting():
    """停戦交渉を行った: a word that usually makes 交渉 generic is waived when the clause says it was held."""
    m = only_meeting("両国の代表団は12日、イスタンブールで停戦交渉を行った。")
    assert m.location is not None and m.location.canonical == "Istanbul"


@pytest.mark.parametrize("text", [
    "ウクライナは交渉による解決を目指すと改めて表明した。",
    "ロシア外務省は米国との協議を続ける考えを示した。",
    "欧州各国は話し合いによる和平を呼びかけている。",
], ids=["by-negotiation", "keep-talking", "by-dialogue"])
def test_generic_talk_words_are_no_meeting(text):
    assert meetings(text) == []


def test_meeting_body_named_as_its_sitting():
    """EU首脳会議は…開幕した: the body names the meeting; the EU takes part."""
    m = only_meeting("EU首脳会議は15日、ブリュッセルで開幕した。")
    assert m.location is not None and m.location.canonical == "Brussels"
    assert "European Union" in names(m.parties)
    assert m.rule == "meeting.body"


def test_conference_held_for_the_first_time_is_a_meeting():
    """「会議が…初めて開かれた」: a gathering verb makes a generic 会議 a meeting."""
    m = only_meeting("ウクライナの地雷除去を話し合う国際会議が13日、ザグレブで初めて開かれた。")
    assert m.date is not None and m.date.start == day("2026-01-13")
    assert m.status == "held"


def test_conference_hosted_next_year_is_planned():
    m = only_meeting("日本政府は15日、ウクライナの復興を話し合う国際会合を来年東京で主催すると発表した。")
    assert m.status == "planned"


def test_signing_ceremony_and_press_conference_are_one_meeting():
    ms = meetings("両首脳は17日、ワシントンで協定の署名式と共同会見に臨んだ。"
                  "トランプ大統領とゼレンスキー大統領が出席した。")
    assert len(ms) == 1
    assert "署名式" in ms[0].name


def test_working_dinner_with_talks():
    m = only_meeting("マクロン大統領は16日、パリでゼレンスキー大統領と夕食会を兼ねた会談を行った。")
    assert names(m.participants) == {"Emmanuel Macron", "Volodymyr Zelenskyy"}


def test_ordinal_rounds_are_separate_meetings():
    text = ("ロシアとウクライナの代表団は10日、イスタンブールで2回目の協議を行った。"
            "双方は今月末に3回目の協議を開くことで一致した。")
    ms = meetings(text)
    assert len(ms) == 2, [m.name for m in ms]
    second = [m for m in ms if m.status == "planned"]
    assert len(second) == 1


def test_two_meetings_in_one_sentence_keep_their_own_date_and_venue():
    """…15日、キーウでAと会談し、17日にはベルリンでBと会談した: two meetings, each with its clause's date and venue."""
    text = "ゼレンスキー大統領は15日、キーウでルッテ事務総長と会談し、17日にはベルリンでメルツ首相と会談した。"
    ms = sorted(meetings(text), key=lambda m: m.date.start)
    assert [(m.location.canonical, m.date.start) for m in ms] == [("Kyiv", day("2026-01-15")),
                                                                  ("Berlin", day("2026-01-17"))]
    assert names(ms[1].participants) == {"Volodymyr Zelenskyy", "Friedrich Merz"}


def test_later_subject_replaces_the_sentence_subject():
    """「AはBに応じず、Cは…Dと会談した」: the meeting's lead is C, not the sentence's first subject A."""
    from ukpeace.rules import meeting as rule
    from ukpeace.rules.common import DocView
    text = "プーチン大統領は会談に応じず、ゼレンスキー氏は14日、アンカラでエルドアン大統領と会談した。"
    res = run(text)
    v = DocView.build(text, text, day(PUB), res.entities)
    lead = rule._subject_people(v, 0, text.rindex("会談"))
    assert names(rule.actor_of(p) for p in lead) == {"Volodymyr Zelenskyy"}


def test_planned_talks_on_a_weekday_resolve_forward():
    """土曜日にローマで協議を行う予定だ (published Monday 2026-01-19): the coming Saturday, planned."""
    m = only_meeting("米国とロシアの代表団は土曜日にローマで協議を行う予定だ。")
    assert (m.date.start, m.date.end) == (day("2026-01-24"), day("2026-01-24"))
    assert m.status == "planned"


def test_new_year_talks_resolve_to_next_january():
    text = "トランプ大統領とプーチン大統領は19日、電話で会談した。両首脳は年明けに改めて会談する見通しだ。"
    ms = meetings(text, published="2025-12-20")
    planned = [m for m in ms if m.status == "planned"]
    assert len(planned) == 1
    assert (planned[0].date.start, planned[0].date.end) == (day("2026-01-01"), day("2026-01-31"))


def test_planned_cue_words_give_planned_status():
    for cue in ("予定だ", "見通しだ", "方針だ", "方向で調整している"):
        m = only_meeting(f"スターマー首相とメルツ首相は来月、ベルリンで会談する{cue}。")
        assert m.status == "planned", cue


def test_summit_name_gives_its_bloc_as_party():
    m = only_meeting("G7サミットは15日、カナナスキスで開幕した。")
    assert "Group of Seven" in names(m.parties)


def test_cancelled_event_in_the_same_room_is_its_own_meeting():
    text = ("ゼレンスキー大統領とトランプ大統領は2日、ホワイトハウスで会談した。"
            "ホワイトハウスでの会談は激しい口論に発展し、予定されていた署名式と共同会見は中止された。")
    ms = meetings(text)
    assert sorted(m.status for m in ms) == ["cancelled", "held"], [(m.name, m.status) for m in ms]


def test_cancel_cue_of_another_subject_does_not_cancel_the_talks():
    """会談が決裂し、署名が見送られた: the talks were held; the signing was dropped."""
    m = only_meeting("ゼレンスキー大統領とトランプ大統領は2日、ホワイトハウスで首脳会談を行ったが、"
                     "会談が決裂し、署名が見送られた。")
    assert m.status == "held"


def test_meeting_being_prepared_is_planned():
    m = only_meeting("トランプ大統領は17日、プーチン大統領とゼレンスキー大統領の会談の準備を開始したと明らかにした。")
    assert m.status == "planned"
    assert names(m.participants) >= {"Vladimir Putin", "Volodymyr Zelenskyy"}


def test_series_of_sittings_is_no_meeting():
    assert meetings("オースティン長官は、支援国が今後毎月会合を開くと表明した。") == []


def test_back_referring_name_makes_no_new_meeting():
    text = ("ウクライナ復興会議は16日、ローマで開幕した。同会議は2022年にルガノで初めて開かれ、今回が4回目となる。")
    ms = meetings(text)
    assert len(ms) == 1 and ms[0].location.canonical == "Rome"


def test_meeting_held_during_a_summit_is_its_own():
    """首脳会議の2日目に…理事会の初会合を開いた: two meetings."""
    text = "NATOは11日、ビリニュスで開いた首脳会議の2日目に、NATOウクライナ理事会の初会合を開いた。"
    assert len(meetings(text)) == 2


def test_heading_and_body_of_one_named_meeting_merge():
    text = ("■午後2時　安保理が閣僚級会合へ\n"
            "国連安全保障理事会は、ニューヨーク時間の20日、ウクライナ情勢をめぐる閣僚級会合を開く。")
    assert len(meetings(text, published="2026-01-20")) == 1


def test_attendance_sentence_after_a_summit_is_no_new_meeting():
    text = ("スターマー首相は17日、パリでマクロン大統領が主催した首脳会合に出席した。"
            "会合にはゼレンスキー大統領やルッテ事務総長も参加した。")
    m = only_meeting(text)
    assert names(m.participants) >= {"Keir Starmer", "Volodymyr Zelenskyy", "Mark Rutte"}


def test_next_sitting_named_by_jikai_is_planned():
    """同会議は今回が2回目。次回は来年ドイツで開く予定だ: the next sitting is a planned meeting."""
    text = "ウクライナ復興会議は16日、ロンドンで開幕した。次回は来年ドイツで開く予定だ。"
    planned = [m for m in meetings(text) if m.status == "planned"]
    assert len(planned) == 1 and planned[0].location.canonical == "Germany"


def test_jikai_without_a_gathering_is_no_meeting():
    assert meetings("ウクライナ代表団は、次回の日程は未定だと述べた。") == []


def test_past_summit_used_as_a_setting_is_a_meeting():
    """昨年12月の首脳会議では…反対した: a past sitting of its own, besides this one."""
    text = ("EUは1日、ブリュッセルで臨時の首脳会議を開いた。"
            "昨年12月の首脳会議ではハンガリーのオルバン首相が反対した。")
    ms = meetings(text, published="2024-02-02")
    assert len(ms) == 2, [(m.name, m.date) for m in ms]


def test_headline_mention_merges_with_the_body():
    text = ("首相、パリの首脳会合に出席　部隊派遣の計画を加速\n2026年1月19日\n"
            "スターマー首相は17日、マクロン大統領がパリで主催した首脳会合に出席した。")
    m = only_meeting(text)
    assert m.status == "held" and len(m.evidence) == 2


def test_time_relative_to_a_summit_is_no_new_summit():
    """首脳会議の開幕前日の10日には、AがBと会談した: one bilateral, no second summit on the 10th."""
    text = ("NATOは11日、ビリニュスで首脳会議を開いた。"
            "首脳会議の開幕前日の10日には、エルドアン大統領がストルテンベルグ事務総長とビリニュスで会談した。")
    ms = meetings(text, published="2023-07-13")
    assert sorted(m.date.start.day for m in ms) == [10, 11], [(m.name, m.date) for m in ms]


def test_heading_naming_the_same_round_joins_it():
    """5月16日の初会合… / ■短時間で終わった初会合 + who led the delegations: one first round."""
    text = ("両国の代表団は16日、イスタンブールで初会合を開いた。\n"
            "■短時間で終わった初会合\n"
            "トルコのフィダン外相が仲介役を務め、ロシア側はメジンスキー大統領補佐官、ウクライナ側はウメロフ国防相が代表団を率いた。")
    m = only_meeting(text)
    assert names(m.participants) >= {"Vladimir Medinsky", "Rustem Umerov"}


def test_planned_meeting_takes_a_coarse_date():
    """ウクライナは平和サミットを年内に開きたい考えだ: planned, dated to the rest of the year."""
    m = only_meeting("ウクライナは各国首脳を招く「平和サミット」を年内に開きたい考えだ。", published="2023-08-08")
    assert m.status == "planned"
    assert m.date is not None and m.date.end == day("2023-12-31")


def test_held_meeting_takes_no_coarse_date():
    """2024年の首脳会議で合意した: a year is no meeting date for held talks."""
    ms = meetings("各国は2024年の首脳会議で支援の継続に合意した。")
    assert all(m.date is None for m in ms)


def test_technical_talks_with_each_side_are_separate_meetings():
    text = "米国の代表団は14日、リヤドでロシア、ウクライナの代表団とそれぞれ技術協議を行った。"
    ms = meetings(text)
    assert sorted(tuple(sorted(names(m.parties))) for m in ms) == [("Russia", "United States"),
                                                                   ("Ukraine", "United States")]


def test_bilateral_on_summit_sidelines_is_not_named_after_the_summit():
    text = ("NATO首脳会議は11日、ビリニュスで開幕した。"
            "首脳会議に合わせて、バイデン大統領はゼレンスキー大統領と会談した。")
    ms = meetings(text)
    bilateral = [m for m in ms if "NATO" not in names(m.parties)]  # the summit's people include the talks' (round 9)
    assert len(ms) == 2 and len(bilateral) == 1
    assert names(bilateral[0].participants) == {"Joe Biden", "Volodymyr Zelenskyy"}
    assert "首脳会議" not in bilateral[0].name


def test_meeting_body_sitting_with_its_date():
    m = only_meeting("EU外相理事会は12日、ブリュッセルで開かれ、対ロシア制裁の延長で合意した。")
    assert m.location.canonical == "Brussels" and m.status == "held"
    assert "European Union" in names(m.parties)


def test_wef_annual_meeting_with_a_date_and_place():
    m = only_meeting("ゼレンスキー大統領は14日、スイス・ダボスで開かれた世界経済フォーラムの年次総会で演説した。")
    assert m.location.canonical == "Davos"
    assert "年次総会" in m.name


def test_planned_meeting_date_is_never_in_the_past():
    """NATOは来年、創設75年に合わせて…首脳会議を開く: 来年, not a year read from the anniversary count."""
    m = only_meeting("NATOは来年、創設75年に合わせて米首都ワシントンで首脳会議を開く。", published="2023-07-13")
    assert m.status == "planned"
    assert (m.date.start, m.date.end) == (day("2024-01-01"), day("2024-12-31"))


# --- round 2 (b4/b5 classes): datelines, back-references, body sittings, headlines, yearless months ---

DATELINE = ("【発表】支援国会合の成果について\n2026年1月19日\n\n"
            "１．ウクライナ支援国の第7回国防相会合\n"
            "１月14日、ベルギーのブリュッセルでウクライナ支援国の第7回国防相会合が開催されました。")


def test_dateline_under_title_does_not_date_a_section_heading():
    m = only_meeting(DATELINE, "2026-01-19")
    assert m.date is not None and m.date.start == day("2026-01-14")
    assert m.location is not None and m.location.canonical == "Brussels"


SETTING_REF = ("欧州各国の国防相会合が14日、ブリュッセルで開かれた。"
               "ウクライナのシュミハリ首相は会合で、10日にハルキウで起きた攻撃に言及した。"
               "会合では、防空システムの追加供与が話し合われた。")


def test_bare_meeting_word_as_setting_refers_back():
    m = only_meeting(SETTING_REF)
    assert m.date is not None and m.date.start == day("2026-01-14")
    assert m.location is not None and m.location.canonical == "Brussels"


def test_bare_meeting_word_first_told_is_not_a_back_reference():
    # nothing told before: 会合で合意した names its own meeting
    m = only_meeting("ウクライナとポーランドの外相は15日、ワルシャワでの会合で国境の検問所を増やすことで合意した。")
    assert m.date is not None and m.date.start == day("2026-01-15")


BODY_SITTING = "国際原子力機関のグロッシ事務局長は13日の国連安全保障理事会の会合で、原発を守るための原則を示した。"


def test_a_bodys_sitting_named_with_no_is_a_meeting():
    m = only_meeting(BODY_SITTING)
    assert m.date is not None and m.date.start == day("2026-01-13")
    assert "United Nations Security Council" in names(m.parties)


HEADLINE_MODE = ("ロシアが各地に攻撃　Ｇ７は緊急首脳会合\n\n"
                 "主要7カ国（Ｇ７）は16日、オンライン形式で緊急首脳会合を開き、ウクライナへの支援を確認した。")


def test_headline_and_body_mention_are_one_meeting_with_the_bodys_mode():
    m = only_meeting(HEADLINE_MODE)
    assert m.mode == "video"
    assert m.date is not None and m.date.start == day("2026-01-16")


def test_yearless_month_in_a_forward_looking_sentence_is_the_coming_one():
    m = only_meeting("欧州連合（EU）の3月の首脳会議で、凍結資産を巡る議論が再燃する可能性もある。", "2025-12-20")
    assert m.status == "planned"
    assert m.date is not None and (m.date.start, m.date.end) == (day("2026-03-01"), day("2026-03-31"))


def test_yearless_month_in_a_past_report_stays_past():
    m = only_meeting("欧州連合（EU）は3月の首脳会議で、凍結資産の活用に合意した。", "2025-12-20")
    assert m.status == "held"
    assert m.date is not None and m.date.start == day("2025-03-01")


@pytest.mark.parametrize("text", [
    "ロシア外務省は、ウクライナが交渉を意図的に引き延ばしていると主張した。",
    "イスタンブールで始まった交渉の枠組みは事実上の中断に追い込まれている。",
    "停戦交渉を長引かせているのはロシアだと米国務省は批判した。",
])
def test_talks_as_a_process_name_no_meeting(text):
    assert meetings(text) == []


def test_undated_summit_as_setting_after_it_was_told_adds_no_meeting():
    text = ("北大西洋条約機構（NATO）首脳会議が9日、ワシントンで開幕した。"
            "バイデン大統領は声明で、NATO首脳会議で同盟国とともに防空を強化する措置を発表すると表明した。")
    assert len(meetings(text)) == 1


# --- parties from the participants' affiliation: international bodies ------------------------

def test_un_secretary_general_brings_the_united_nations_as_a_party():
    m = only_meeting("国連のグテーレス事務総長は20日、キーウでゼレンスキー大統領と会談した。")
    assert names(m.participants) == {"António Guterres", "Volodymyr Zelenskyy"}
    assert names(m.parties) == {"United Nations", "Ukraine"}


def test_iaea_director_general_brings_the_iaea_as_a_party():
    m = only_meeting("グロッシ事務局長は14日、モスクワを訪れ、ロシアの原子力企業ロスアトムのトップと協議した。"
                     "グロッシ氏はその後、ロシアのラブロフ外相とも会談した。")
    assert "International Atomic Energy Agency" in names(m.parties)


def test_un_official_who_only_speaks_makes_no_meeting():
    assert meetings("国連のグテーレス事務総長は20日、民間人への攻撃を非難する声明を出した。") == []


# --- people who witness a signing attend it (立ち会う) -----------------------------------------

def test_witnesses_of_a_signing_ceremony_are_its_participants():
    m = only_meeting("合意文書の署名式は22日、イスタンブールで行われ、国連のグテーレス事務総長とトルコの"
                     "エルドアン大統領が立ち会った。")
    assert {"António Guterres", "Recep Tayyip Erdoğan"} <= names(m.participants)
    assert {"United Nations", "Turkey"} <= names(m.parties)


# --- the host country of a conference or summit takes part ------------------------------------

def test_conference_host_country_is_a_party():
    m = only_meeting("ウクライナの復興を話し合う国際会議が11日、ベルリンで開かれ、約60カ国の代表が参加した。")
    assert "Germany" in names(m.parties)


def test_seat_of_a_blocs_own_summit_is_no_party():
    m = only_meeting("欧州連合（EU）は18日、ブリュッセルで首脳会議を開いた。")
    assert "Belgium" not in names(m.parties)
    assert "European Union" in names(m.parties)


def test_venue_of_talks_between_two_others_is_no_party():
    m = only_meeting("米国とロシアの代表団は24日、リヤドで協議した。")
    assert "Saudi Arabia" not in names(m.parties)
    assert {"United States", "Russia"} <= names(m.parties)


# --- an ongoing cue told in the past means held -------------------------------------------------

def test_summit_that_was_under_way_is_held():
    text = "主要7カ国（G7）は26日からドイツ南部のエルマウでサミットを開催中だった。首脳らは27日、共同声明を出した。"
    found = meetings(text)
    assert found and all(m.status == "held" for m in found)


def test_summit_under_way_now_is_ongoing():
    m = only_meeting("主要7カ国（G7）は26日からドイツ南部のエルマウでサミットを開催中で、首脳らが協議を続けている。")
    assert m.status == "ongoing"


# --- a visit told as the way to talks is those talks ------------------------------------------

VISIT_TALKS = "インドのモディ首相は8日、モスクワを訪れ、プーチン大統領と会談した。"


def test_visit_then_talks_is_one_meeting_at_the_visited_place():
    m = only_meeting(VISIT_TALKS)
    assert m.location is not None and m.location.canonical == "Moscow"
    assert names(m.participants) == {"Narendra Modi", "Vladimir Putin"}
    assert names(m.parties) == {"India", "Russia"}


def test_visits_of_two_sentences_stay_two_meetings():
    text = ("インドのモディ首相は8日、モスクワを訪れ、プーチン大統領と会談した。"
            "モディ首相は10日にはウィーンを訪れ、オーストリアのネハンマー首相と会談した。")
    assert len(meetings(text)) == 2


# --- the full profile reads the meeting's people from the parse --------------------------------

REPORTED = ("ロシア大統領府のペスコフ報道官は11日、プーチン大統領が13日にカザフスタンの首都アスタナで"
            "トルコのエルドアン大統領と会談すると明らかにした。")


def test_parse_leaves_out_the_spokesman_who_announces_the_talks():
    m = only_meeting(REPORTED)
    assert names(m.participants) == {"Vladimir Putin", "Recep Tayyip Erdoğan"}


def test_fast_profile_still_finds_the_reported_talks():
    res = ukpeace.extract(REPORTED, published=PUB, profile="fast", errors="raise")
    found = [r for r in res.records if r.type == "meeting"]
    assert len(found) == 1
    assert {"Vladimir Putin", "Recep Tayyip Erdoğan"} <= names(found[0].participants)


def test_parse_gives_the_talks_to_the_subject_of_their_own_clause():
    text = ("プーチン大統領は直接会談を呼びかけたゼレンスキー大統領の提案に応じず、ゼレンスキー氏は15日、"
            "アンカラでエルドアン大統領と会談した。")
    found = [m for m in meetings(text) if "Recep Tayyip Erdoğan" in names(m.participants)]
    assert len(found) == 1
    assert names(found[0].participants) == {"Volodymyr Zelenskyy", "Recep Tayyip Erdoğan"}


def test_parse_keeps_both_partners_of_a_listed_call():
    text = "トルコのエルドアン大統領は7日、ゼレンスキー大統領、ロシアのプーチン大統領と相次いで電話で会談した。"
    found = meetings(text)
    assert len(found) == 2
    assert {frozenset(names(m.participants)) for m in found} == {
        frozenset({"Recep Tayyip Erdoğan", "Volodymyr Zelenskyy"}),
        frozenset({"Recep Tayyip Erdoğan", "Vladimir Putin"})}


# --- a non-past verb reported (会談すると明らかにした) is planned, its day the coming one ----------

def test_talks_announced_in_the_non_past_are_planned_on_the_coming_day():
    text = ("ロシア大統領府のペスコフ報道官は、プーチン大統領が土曜日にアスタナでトルコのエルドアン大統領と"
            "会談すると明らかにした。")
    m = only_meeting(text)  # published Monday 19 January: the coming Saturday is the 24th
    assert m.status == "planned"
    assert m.date is not None and m.date.start == day("2026-01-24")
    assert only_meeting(REPORTED).status == "planned"


def test_talks_reported_in_the_past_stay_held():
    m = only_meeting("プーチン大統領は13日、アスタナでトルコのエルドアン大統領と会談した。")
    assert m.status == "held"
    assert m.date is not None and m.date.start == day("2026-01-13")


# --- institutions acting as meetings: an aside after the body's name, 「…において」, a sitting's first day --

def test_general_assembly_with_an_aside_is_its_sitting():
    m = only_meeting("国連総会（193カ国）は12日、ロシアを非難する決議を賛成多数で採択した。", "2026-01-13")
    assert m.rule == "meeting.body"
    assert m.date is not None and m.date.start == day("2026-01-12")
    assert m.status == "held"


def test_european_council_as_setting_is_planned_from_its_first_day():
    m = only_meeting("今月18日から開かれる欧州理事会において、最終的な合意が得られることを期待する。", "2025-12-10")
    assert m.status == "planned"
    assert m.date is not None and m.date.start == day("2025-12-18")
    assert "European Union" in names(m.parties)


def test_period_from_a_day_is_no_meeting_date():
    text = "欧州連合（EU）は20日、ブリュッセルで首脳会議を開き、3日からの協議の結果を確認した。"
    m = only_meeting(text, "2026-01-21")
    assert m.date is not None and m.date.start == day("2026-01-20")


def test_general_assembly_named_in_passing_makes_no_meeting():
    assert meetings("国連総会の決議には法的な拘束力がない。") == []


# --- people who speak at a conference just told as held took part in it -------------------------

def test_speakers_after_a_conference_opens_are_its_participants():
    text = ("ウクライナの復興について話し合う国際会議が10日、ローマで始まった。"
            "開会にあたってイタリアのメローニ首相は「支援は100億ユーロを超えた」と述べた。"
            "ゼレンスキー大統領は防空の強化が欠かせないと訴えた。")
    m = only_meeting(text)
    assert {"Giorgia Meloni", "Volodymyr Zelenskyy"} <= names(m.participants)
    assert {"Italy", "Ukraine"} <= names(m.parties)


def test_speaker_after_a_bilateral_meeting_is_not_added():
    text = ("ゼレンスキー大統領は10日、キーウでポーランドのトゥスク首相と会談した。"
            "ロシアのペスコフ大統領報道官は会談について「関心はない」と述べた。")
    m = only_meeting(text)
    assert "Sergey Lavrov" not in names(m.participants)


def test_speaker_after_another_meeting_is_told_is_not_added():
    text = ("ウクライナの復興について話し合う国際会議が10日、ローマで始まった。"
            "ゼレンスキー大統領は同日、米国のケロッグ特使と会談した。"
            "ケロッグ氏は会談後、支援を続けると述べた。")
    conf = [m for m in meetings(text) if "会議" in m.name]
    assert len(conf) == 1
    assert "Keith Kellogg" not in names(conf[0].participants)


# --- councils of a bloc hold meetings for it; rounds of talks share the sides of the series --------

def test_north_atlantic_council_meeting_has_nato_as_a_party():
    m = only_meeting("北大西洋理事会は10日、ブリュッセルの本部で緊急会合を開いた。")
    assert "NATO" in names(m.parties)
    assert m.location is not None and m.location.canonical == "Brussels"


def test_later_round_without_sides_takes_the_sides_of_the_first_round():
    text = ("ロシアとウクライナの代表団は16日、イスタンブールで初会合を開いた。"
            "2回目の協議は2日、同じイスタンブールで約1時間行われた。")
    found = sorted(meetings(text, "2026-02-05"), key=lambda m: m.date.start)
    assert len(found) == 2
    assert {"Russia", "Ukraine"} <= names(found[1].parties)


def test_round_that_names_its_own_sides_keeps_them():
    text = ("ロシアとウクライナの代表団は16日、イスタンブールで初会合を開いた。"
            "米国とウクライナは2日、ジュネーブで2回目の協議を行った。")
    found = sorted(meetings(text, "2026-02-05"), key=lambda m: m.date.start)
    assert len(found) == 2
    assert "Russia" not in names(found[1].parties)


# --- a bare sitting (首脳会議, 定例首脳会議) told after the body's own is the body's too ------------

def test_earlier_bare_summit_is_the_same_blocs_sitting():
    text = ("欧州連合（EU）は1日、ブリュッセルで臨時の首脳会議を開き、支援基金の創設で合意した。"
            "昨年12月の首脳会議ではハンガリーのオルバン首相が反対し、決定が持ち越されていた。")
    found = meetings(text, "2026-02-02")
    assert len(found) == 2
    assert all("European Union" in names(m.parties) for m in found)
    assert all("Belgium" not in names(m.parties) for m in found)


def test_summit_named_for_its_topic_does_not_take_the_blocs_party():
    text = ("主要7カ国（G7）は13日、イタリア南部でサミットを開いた。"
            "ゼレンスキー大統領は15日、スイスで開かれた平和サミットにも出席した。")
    peace = [m for m in meetings(text, "2026-06-17") if "平和" in m.name]
    assert len(peace) == 1
    assert "Group of Seven" not in names(peace[0].parties)


# --- 両氏は … far before the trigger: the two people of the sentence before -------------------------

def test_both_as_distant_subject_takes_the_two_people_before():
    text = ("トルコのエルドアン大統領は15日、ロシアのプーチン大統領と電話で協議した。"
            "両氏は12日にトルクメニスタンの首都アシガバートで対面で会談したばかりだった。")
    met = [m for m in meetings(text) if m.mode == "in_person"]
    assert len(met) == 1
    assert names(met[0].participants) == {"Recep Tayyip Erdoğan", "Vladimir Putin"}


def test_both_after_named_people_does_not_reach_back():
    text = ("トランプ氏はSNSで「ウラジーミル、やめろ」と投稿した。"
            "26日には、葬儀に参列したトランプ、ゼレンスキー両氏が、バチカンで約15分間、言葉を交わした。")
    m = only_meeting(text)
    assert names(m.participants) == {"Donald Trump", "Volodymyr Zelenskyy"}


# --- a conference that opened on the day of publication or the day before is ongoing -------------

def test_summit_opened_yesterday_is_ongoing():
    m = only_meeting("イタリア南部プーリア州で13日、主要7カ国首脳会議（G7サミット）が開幕した。", "2026-06-14")
    assert m.status == "ongoing"


def test_summit_opened_and_closed_is_held():
    text = ("イタリア南部プーリア州で13日、主要7カ国首脳会議（G7サミット）が開幕した。"
            "サミットは15日、首脳宣言を採択して閉幕した。")
    m = only_meeting(text, "2026-06-16")
    assert m.status == "held"


def test_summit_opened_a_week_ago_is_held():
    m = only_meeting("イタリア南部プーリア州で13日、主要7カ国首脳会議（G7サミット）が開幕した。", "2026-06-21")
    assert m.status == "held"


# --- a country before a place the gazetteer lacks stands for the venue ---------------------------

def test_country_before_an_unknown_town_is_the_venue():
    """Fast profile: ルガノ is not in the gazetteer, Switzerland stands for it (full: GiNZA's NER geocodes it)."""
    text = "ウクライナの復興を話し合う国際会議が、来週にスイスのルガノで開かれる予定だ。"
    res = ukpeace.extract(text, published=PUB, profile="fast", errors="raise")
    [m] = [r for r in res.records if r.type == "meeting"]
    assert m.location is not None and m.location.canonical == "Switzerland"
    assert m.status == "planned"
    full = only_meeting(text)
    assert full.location is not None and full.location.canonical in ("Lugano", "Switzerland")


def test_country_region_and_unknown_castle_is_the_venue():
    m = only_meeting("主要7カ国（G7）は26日、ドイツ南部のエルマウ城にてサミットを開いた。")
    assert m.location is not None and m.location.canonical == "Germany"


def test_country_before_a_weapon_is_no_venue():
    m = only_meeting("ゼレンスキー大統領とトゥスク首相は17日に会談し、ロシアのドローンで被害を受けた施設を視察した。")
    assert m.location is None


# --- a conference as the setting of what was said: its speakers took part -------------------------

def test_speakers_in_a_ministerial_meeting_take_part():
    text = ("20日にニューヨークで開かれた安保理の閣僚級会合では、ゼレンスキー大統領がロシアを非難し、"
            "ロシアのラブロフ外相は、責任はウクライナ側にあると反論した。")
    m = only_meeting(text)
    assert {"Volodymyr Zelenskyy", "Sergey Lavrov"} <= names(m.participants)
    assert {"Ukraine", "Russia"} <= names(m.parties)


def test_person_named_in_a_bilateral_meetings_setting_is_not_a_speaker_rule():
    text = "両首脳の会談では、プーチン大統領の発言が話題になったとトゥスク首相が述べた。"
    assert all("Vladimir Putin" not in names(m.participants) for m in meetings(text))


def test_speakers_at_a_meeting_referred_back_to_take_part():
    text = ("国連安全保障理事会は20日、ニューヨークで閣僚級会合を開いた。"
            "会合では、ゼレンスキー大統領がロシアを強く非難した。")
    m = only_meeting(text)
    assert "Volodymyr Zelenskyy" in names(m.participants)
    assert "Ukraine" in names(m.parties)


# --- a trigger inside quoted speech characterises a meeting, it reports none -----------------------

def test_quoted_speech_about_talks_makes_no_new_meeting():
    text = ("約40カ国の高官による会合が5日、ジッダで開かれた。"
            "共同声明は出なかったが、ウクライナのイエルマーク大統領府長官は6日、「非常に生産的な協議だった」と述べた。")
    assert len(meetings(text)) == 1


def test_quoted_speech_alone_makes_no_meeting():
    assert meetings("ウクライナのイエルマーク大統領府長官は6日、「非常に生産的な協議だった」と述べた。") == []


def test_quoted_name_of_talks_is_still_a_meeting():
    text = "米国とウクライナの代表団は17日、マイアミで会談した。メディアはこれを「マイアミ秘密会談」と呼んだ。"
    m = only_meeting(text)
    assert m.location is not None and m.location.canonical == "Miami"


# --- the form told after the trigger (首脳会議がオンラインで開かれ) makes it a video meeting ---------

def test_online_after_the_trigger_is_a_video_meeting():
    text = "24日夜には岸田首相が議長を務める主要7カ国（G7）首脳会議がオンラインで開かれ、ゼレンスキー氏も参加した。"
    m = only_meeting(text)
    assert m.mode == "video"


def test_online_in_a_later_clause_does_not_change_the_mode():
    found = meetings("両首脳は24日、ロンドンで会談し、会談の内容はオンラインで公開された。")
    assert found and all(m.mode == "in_person" for m in found)


# --- round 4: government-release headings, references, other bodies, gathering clauses -------

RELEASE = ("１　仏独首脳電話会談（1月12日）\n"
           "（１）12日、マクロン仏大統領とショルツ独首相は電話会談を行いました。両首脳は支援の継続で一致しました。\n"
           "（２）電話会談直後の12日夜、キーウに無人機による攻撃がありました。")


def test_numbered_heading_and_its_body_are_one_call():
    """A release's heading 「仏独首脳電話会談（1月12日）」 and its body 「12日、…電話会談を行いました」."""
    m = only_meeting(RELEASE)
    assert m.mode == "phone" and m.date is not None and m.date.start == day("2026-01-12")
    assert names(m.participants) == {"Emmanuel Macron", "Olaf Scholz"}
    assert names(m.parties) == {"France", "Germany"}


def test_time_reference_to_a_call_is_no_new_meeting():
    text = ("マクロン大統領は15日、ゼレンスキー大統領と電話会談を行った。"
            "会談直後、ロシア軍はハルキウにミサイル攻撃を加えた。")
    assert len(meetings(text)) == 1


def test_starting_negotiations_is_no_meeting():
    text = "米国とロシアの両政府は、停戦に向けた技術的な交渉を中東で直ちに開始することで一致したと発表した。"
    assert meetings(text) == []


def test_negotiations_held_are_still_a_meeting():
    m = only_meeting("ロシアとウクライナの代表団は16日、イスタンブールで停戦をめぐる交渉を行った。")
    assert m.location is not None and m.location.canonical == "Istanbul"


def test_summit_the_day_after_a_bilateral_is_a_meeting_of_its_own():
    text = ("ゼレンスキー大統領は5日、パリでマクロン大統領と会談した。"
            "翌6日にはパリで、欧州を中心とする首脳会合が開かれた。")
    found = meetings(text)
    assert len(found) == 2
    summit = next(m for m in found if m.name.endswith("首脳会合"))
    assert summit.date is not None and summit.date.start == day("2026-01-06")


def test_two_bodies_sitting_in_one_city_are_two_meetings():
    text = ("大統領は来週、ブリュッセルで開かれるEU＝ヨーロッパ連合の首脳会議に出席し、"
            "同じくブリュッセルで開かれるNATOの外相会合にも出席する予定だ。")
    found = meetings(text)
    assert len(found) == 2
    by_party = sorted(sorted(names(m.parties) & {"European Union", "NATO"}) for m in found)
    assert by_party == [["European Union"], ["NATO"]]


def test_broadcast_gloss_names_the_body_of_the_summit():
    m = only_meeting("首相はきょう、ブリュッセルで開かれたEU＝ヨーロッパ連合の首脳会議に出席した。", "2026-01-20")
    assert "European Union" in names(m.parties)


def test_gathering_told_in_the_clause_before_the_name():
    text = ("イタリア北部ストレーザで10、11の両日開かれた「復興支援会議」は、"
            "再建の原則をまとめた宣言を採択して閉幕した。")
    m = only_meeting(text)
    assert m.status == "held"
    assert m.location is not None and m.location.canonical == "Italy"


def test_topic_called_off_at_the_end_of_its_sentence():
    text = ("来月5日にポーランドの首都ワルシャワで予定されていた支援国の国防相会合は、"
            "議長国の首相が国内の洪水対応を理由に訪問を取りやめたため、中止された。")
    m = only_meeting(text)
    assert m.status == "cancelled"
    assert m.location is not None and m.location.canonical == "Warsaw"


def test_a_trip_called_off_is_no_meeting():
    assert meetings("首相は国内の災害対応を理由に、来週に予定していたフランス訪問を取りやめた。") == []


def test_plan_as_object_does_not_make_held_talks_planned():
    text = "ゼレンスキー大統領は先月20日、ホワイトハウスでトランプ大統領と会談し、和平計画を直接説明した。"
    m = only_meeting(text)
    assert m.status == "held"
    assert m.date is not None and m.date.start == day("2025-12-20")


def test_venue_building_with_a_short_qualifier():
    m = only_meeting("国防相らは12日、ラムシュタイン米軍基地で会合を開いた。")
    assert m.location is not None and m.location.canonical == "Ramstein Air Base"


def test_attending_a_named_summit_joins_it():
    text = ("20カ国・地域（G20）首脳会議が15日、インドネシアのバリ島で開幕し、岸田首相やショルツ首相が出席した。"
            "ゼレンスキー氏は15日、G20首脳会議にビデオで参加し、演説した。")
    m = only_meeting(text)
    assert "Volodymyr Zelenskyy" in names(m.participants)


def test_planned_talks_on_a_day_already_passed_are_next_month():
    m = only_meeting("ロシアとウクライナの代表団は、13日にイスタンブールで改めて協議を行う予定だ。")
    assert m.status == "planned"
    assert m.date is not None and m.date.start == day("2026-02-13")


def test_held_talks_on_a_day_of_this_month_stay_in_it():
    m = only_meeting("ロシアとウクライナの代表団は13日、イスタンブールで協議を行った。")
    assert m.status == "held" and m.date is not None and m.date.start == day("2026-01-13")


def test_a_planned_call_told_twice_is_one_plan():
    text = ("マクロン大統領は近くプーチン大統領と電話で話したいとの考えを示した。"
            "フランス大統領府の報道官は、両首脳が電話で協議する可能性があると述べた。")
    m = only_meeting(text)
    assert m.status == "planned" and m.mode == "phone"
    assert names(m.parties) == {"France", "Russia"}


def test_planned_calls_with_other_sides_stay_apart():
    text = ("マクロン大統領は近くプーチン大統領と電話で話したいとの考えを示した。"
            "ショルツ首相もゼレンスキー大統領と電話で協議する予定だ。")
    assert len(meetings(text)) == 2


def test_dated_pairs_before_one_trigger_are_one_meeting_each():
    # round 18: published after the days (a past report); told in the past before them, each day is last month's
    text = "技術協議は、23日に米国・ウクライナ間、24日に米国・ロシア間の協議が、それぞれジッダで行われた。"
    found = sorted(meetings(text, published="2026-01-26"), key=lambda m: m.date.start)
    assert [m.date.start for m in found] == [day("2026-01-23"), day("2026-01-24")]
    assert [names(m.parties) for m in found] == [{"United States", "Ukraine"}, {"United States", "Russia"}]
    assert all(m.location is not None and m.location.canonical == "Jeddah" for m in found)


def test_section_heading_takes_no_date_from_the_heading_before():
    text = ("在外公館の報告\n\n概要は以下のとおりです。\n\n"
            "１　独仏首脳電話会談（1月12日）\n"
            "12日、マクロン仏大統領とショルツ独首相は電話会談を行いました。\n\n"
            "２　ジッダにおける技術協議\n"
            "15日にジッダで米国とウクライナの技術協議が行われました。")
    found = meetings(text)
    talks = [m for m in found if m.mode == "in_person"]
    assert len(talks) == 1 and talks[0].date is not None and talks[0].date.start == day("2026-01-15")


def test_planned_talks_soon_between_two_named_people():
    m = only_meeting("グテレス事務総長は、ロシアのラブロフ外相と近く協議するとした。")
    assert m.status == "planned"
    assert names(m.participants) == {"António Guterres", "Sergey Lavrov"}


def test_soon_without_a_named_partner_is_no_meeting():
    assert meetings("政府は、この問題について近く協議するとした。") == []


def test_signing_told_as_a_noun_stop_is_a_ceremony():
    text = "プーチン大統領は30日、モスクワのクレムリンで占領地域の親ロシア派トップと条約に署名。演説で勝利を誓った。"
    m = only_meeting(text)
    assert m.location is not None and m.location.canonical in ("Moscow Kremlin", "Kremlin", "Moscow")
    assert m.date is not None and m.date.start == day("2025-12-30")


def test_a_signature_refused_is_no_ceremony():
    assert meetings("ウクライナ側は、領土の割譲を含む文書には署名しないと述べた。") == []


def test_participant_countries_of_a_summit_are_no_new_summit():
    text = ("平和サミットは15日、スイスで開幕した。"
            "ロシアのプーチン大統領は14日、撤退を条件に停戦すると表明したが、サミット参加国からは批判が相次いだ。")
    assert len(meetings(text)) == 1


def test_a_desire_to_talk_is_planned():
    m = only_meeting("マクロン大統領は、プーチン大統領と電話で話したいとの考えを示した。")
    assert m.status == "planned" and m.mode == "phone"


def test_attending_with_the_subject_dropped_is_the_story_subject():
    text = ("ゼレンスキー大統領は16日、議会で演説した。"
            "あすはブリュッセルで開かれるNATOの外相会合に出席し、支援を訴える予定だ。")
    m = only_meeting(text)
    assert "Volodymyr Zelenskyy" in names(m.participants)
    assert {"NATO", "Ukraine"} <= names(m.parties)


def test_leaders_gathered_belong_to_the_summit_not_the_talks_before():
    text = ("ゼレンスキー大統領は5日、パリでマクロン大統領と会談した。"
            "翌6日にはパリで、欧州を中心とする首脳会合が開かれた。"
            "ショルツ独首相、メローニ伊首相らが顔をそろえた。")
    found = meetings(text)
    talks = next(m for m in found if m.name == "会談")
    summit = next(m for m in found if m.name.endswith("首脳会合"))
    assert names(talks.participants) == {"Volodymyr Zelenskyy", "Emmanuel Macron"}
    assert {"Olaf Scholz", "Giorgia Meloni"} <= names(summit.participants)


def test_paired_states_before_the_name_are_its_sides():
    m = only_meeting("サウジアラビア西部ジッダで11日に開かれた米国とウクライナの高官協議で、停戦案が話し合われた。")
    assert names(m.parties) >= {"United States", "Ukraine"}


def test_a_room_of_a_building_is_the_venue():
    text = "2日、ホワイトハウス執務室で行われたトランプ大統領とゼレンスキー大統領の会談は、物別れに終わった。"
    m = only_meeting(text)
    assert m.location is not None and m.location.canonical == "White House"


# --- round 5: calls with a group named without people, a call promised, a restated time zone ---------------

def test_a_call_with_a_group_of_leaders_is_a_meeting_of_its_own():
    text = ("マクロン大統領は17日、パリでスターマー首相と会談した。"
            "会談の後、両首脳は北欧の首脳らと電話で協議した。"
            "フィンランドのストゥブ大統領らが加わり、協議は30分ほど続いた。")
    found = meetings(text)
    assert len(found) == 2
    call = next(m for m in found if m.mode == "phone")
    assert call.status == "held" and call.location is None
    assert {"Alexander Stubb", "Emmanuel Macron", "Keir Starmer"} <= names(call.participants)


def test_an_online_talk_with_a_group_takes_the_day_told_before():
    text = ("ゼレンスキー大統領は18日、ワルシャワでトゥスク首相と会談した。"
            "ゼレンスキー氏はワルシャワから、各国の首脳らともオンラインで協議した。")
    found = meetings(text)
    assert len(found) == 2
    online = next(m for m in found if m.mode == "video")
    assert online.date is not None and online.date.start == day("2026-01-18")
    assert "Volodymyr Zelenskyy" in names(online.participants)


@pytest.mark.parametrize("text", [
    "ゼレンスキー大統領は欧州の首脳らと協議を重ねてきたと強調した。",
    "ゼレンスキー大統領は、欧州の首脳らと協議を続ける考えを示した。",
])
def test_an_ongoing_dialogue_with_a_group_is_no_meeting(text):
    assert meetings(text) == []


def test_a_call_promised_is_not_the_call_held():
    text = ("トランプ大統領は15日、プーチン大統領と電話で会談した。"
            "トランプ氏はプーチン氏と近く改めて電話で話すと述べた。")
    found = meetings(text)
    assert sorted(m.status for m in found) == ["held", "planned"]
    held = next(m for m in found if m.status == "held")
    assert held.date is not None and held.date.start == day("2026-01-15")


def test_the_local_day_wins_over_the_day_restated_in_japan_time():
    text = "現地時間14日午後（日本時間15日未明）、ワシントンでトランプ大統領とゼレンスキー大統領の会談が始まった。"
    m = only_meeting(text)
    assert m.date is not None and m.date.start == day("2026-01-14")


def test_a_meeting_after_the_new_year_said_in_december_is_next_january():
    text = "マクロン大統領は、有志国連合の首脳会合を年明けにロンドンで開き、各国の貢献をまとめると表明した。"
    m = only_meeting(text, published="2025-12-20")
    assert m.status == "planned"
    assert m.date is not None and m.date.start == day("2026-01-01")


@pytest.mark.parametrize("text", [
    "ロシア国防省は18日、クラスノダール地方で無人機を撃墜したと発表した。"
    "ペスコフ報道官は、和平に向けた協議が続いている中での攻撃だと批判した。",
    "ロシア国防省は18日、クラスノダール地方で無人機を撃墜したと発表した。"
    "ペスコフ報道官は、停戦をめぐる交渉が続く中、攻撃は容認できないと述べた。",
])
def test_talks_as_the_backdrop_of_something_else_are_no_meeting(text):
    assert meetings(text) == []


def test_a_mission_building_is_the_venue_and_paired_states_are_the_sides():
    m = only_meeting("ウィーンの米国代表部で16日、米国とウクライナの協議が始まった。")
    assert m.location is not None and m.location.canonical == "Vienna"
    assert {"United States", "Ukraine"} <= names(m.parties)


def test_a_bare_summit_as_a_setting_later_is_the_summit_told():
    text = ("EUは18日、ブリュッセルで首脳会議を開いた。"
            "欧州中央銀行は12日、新たな見通しを公表している。"
            "オランダなどが慎重な姿勢に転じ、首脳会議では深夜まで議論が続いた。")
    m = only_meeting(text)
    assert m.date is not None and m.date.start == day("2026-01-18")


def test_a_sitting_set_in_a_body_takes_no_venue_from_a_strike_told_before():
    text = ("ロシア西部のクルスクでは18日、市の中心部が攻撃を受け、多くの死傷者が出た。"
            "国連の安全保障理事会ではロシアの要請で緊急会合が開かれた。"
            "会合はニューヨークの国連本部で、現地時間18日午後に開かれた。")
    m = only_meeting(text)
    assert m.location is not None and m.location.canonical == "New York City"
    assert "United Nations Security Council" in names(m.parties)


def test_a_strike_scene_lends_a_sitting_no_venue():
    text = "ハルキウでは18日、集合住宅が攻撃を受け、3人が死亡した。国連安全保障理事会は同日、緊急会合を開いた。"
    m = only_meeting(text)
    assert m.location is None or m.location.canonical != "Kharkiv"
    assert m.date is not None and m.date.start == day("2026-01-18")


def test_a_signing_after_the_sitting_is_part_of_it():
    text = ("支援国の首脳会合が16日、ロンドンで開かれた。"
            "会合後、スターマー首相、マクロン大統領、ゼレンスキー大統領の3人が共同宣言に署名した。")
    m = only_meeting(text)
    assert {"Keir Starmer", "Emmanuel Macron"} <= names(m.participants)


def test_a_palace_with_a_gloss_seats_the_venue():
    m = only_meeting("有志連合の首脳会合が16日、パリのエリゼ宮（大統領府）で開かれた。")
    assert m.location is not None and m.location.canonical == "Paris"


def test_a_council_convened_is_a_planned_sitting():
    m = only_meeting("NATOは、ウクライナの要請を受けて、23日にブリュッセルで"
                     "NATOウクライナ理事会を大使級で開くと発表した。")
    assert m.status == "planned" and m.date is not None and m.date.start == day("2026-01-23")
    assert m.location is not None and m.location.canonical == "Brussels"


def test_a_council_held_before_a_press_conference_is_a_sitting():
    m = only_meeting("EUのカラス外交安全保障上級代表は19日、ブリュッセルで開かれた外相理事会後の記者会見で、"
                     "制裁について説明した。")
    assert m.status == "held" and m.location is not None and m.location.canonical == "Brussels"


def test_a_council_acting_is_no_sitting():
    assert meetings("NATOウクライナ理事会は声明で、ロシアの攻撃を非難した。") == []


def test_sittings_held_throughout_a_term_are_no_meeting():
    text = "欧州委員会は15日、議長国を務める間に同国で開かれる非公式閣僚会合には委員を出席させないと決めた。"
    assert meetings(text) == []


def test_a_date_of_the_clause_before_does_not_date_a_boycotted_meeting():
    text = ("議長国が2月下旬にブダペストで開く予定だった非公式外相会合について、"
            "上級代表は同じ日程でブリュッセルで会合を開くと表明した。"
            "首相が今月、ロシアを訪れたことに加盟国が反発しており、ブダペストでの会合は事実上ボイコットされる見通しだ。")
    found = meetings(text)
    assert len(found) == 2
    assert all(m.date is not None and m.date.start == day("2026-02-21") for m in found)


def test_parts_of_a_summit_in_parentheses_are_the_summit():
    text = ("石破総理大臣は18日、キーウにおいて、ゼレンスキー大統領と約2時間にわたり"
            "首脳会談（少人数会合及び全体会合）を行った。"
            "全体会合では、両首脳が復興支援について協議した。")
    m = only_meeting(text)
    assert {"Volodymyr Zelenskyy"} <= names(m.participants)


def test_a_meeting_after_the_parentheses_close_is_its_own():
    text = "ゼレンスキー大統領は18日、ローマで首脳会議（G20）に出席し、その合間にトランプ大統領と会談した。"
    assert len(meetings(text)) == 2


def test_a_day_counted_from_the_story_in_a_retrospective_is_past_and_held():
    text = ("8月15日にアラスカで米ロ首脳会談が開かれた。"
            "3日後の18日、ゼレンスキー大統領はホワイトハウスを訪れ、トランプ大統領と会談した。")
    found = meetings(text, published="2025-09-01")
    talks = next(m for m in found if "Volodymyr Zelenskyy" in names(m.participants))
    assert talks.status == "held" and talks.date is not None and talks.date.start == day("2025-08-18")


def test_an_organisation_named_conference_is_no_meeting():
    text = ("16日にジュネーブで国連のグリフィス事務次長、グリンスパン国連貿易開発会議（UNCTAD）事務局長と"
            "ロシアの外務次官が協議した。")
    m = only_meeting(text)
    assert m.name == "協議"


def test_a_place_at_the_very_end_of_the_text_before_a_trigger_does_not_crash():
    # found by the hypothesis property test: a venue lookup ran past the end of a short text
    for text in ("キーウ会談", "東京の", "ブリュッセルで会談"):
        res = run(text)
        assert res.status in ("ok", "empty")


# --- round 6: quoted and unknown venues, a city before a body's sitting, chairs and hosts ------------------

def test_a_quoted_known_venue_is_marked_after_its_quote():
    m = only_meeting("主要7カ国の首脳は15日、イタリア南部プーリア州のリゾート施設"
                     "「ボルゴ・エニャツィア」で首脳会議を開いた。")
    assert m.location is not None and m.location.canonical in ("Borgo Egnazia", "Apulia")


def test_a_quoted_unknown_venue_after_a_region_of_a_country_is_that_country():
    m = only_meeting("各国首脳は15日、スイス中部のリゾート地「ミューレンベルク」で和平サミットを開いた。")
    assert m.location is not None and m.location.canonical == "Switzerland"


def test_a_topic_place_unknown_to_the_gazetteer_is_the_venue_of_the_gathering_told_after_it():
    m = only_meeting("同じ週末、南イタリアのマラテーアでは、主要7カ国（G7）外相会議が10～11日の日程で開かれていた。")
    assert m.location is not None and m.location.canonical == "Italy"


def test_a_city_before_a_body_is_the_venue_of_its_sitting():
    m = only_meeting("グロッシ事務局長は9日、ニューヨークの国連安全保障理事会の会合で原発の状況を報告した。")
    assert m.location is not None and m.location.canonical == "New York City"


def test_a_country_before_a_body_is_no_venue():
    res = meetings("ロシアは9日、国連安全保障理事会の会合の開催を要請した。"
                   "ウクライナのゼレンスキー大統領はキーウで演説した。")
    assert all(m.location is None or m.location.canonical != "Russia" for m in res)


@pytest.mark.parametrize("cue", ["議長を務めた", "会議を主催した"])
def test_the_chair_or_host_of_a_conference_is_a_participant(cue):
    text = ("ウクライナの再建を話し合う国際会議が10日、ワルシャワで開かれた。"
            f"{cue}ポーランドのトゥスク首相は、各国の支援に謝意を示した。")
    m = only_meeting(text)
    assert "Donald Tusk" in names(m.participants)
    assert "Poland" in names(m.parties)


def test_an_opening_speech_names_a_participant():
    text = ("ウクライナ復興会議が3日、ロンドンで開幕した。英国のスターマー首相が開会のあいさつを行った。")
    assert "Keir Starmer" in names(only_meeting(text).participants)


def test_the_chair_of_the_next_conference_is_no_participant_of_this_one():
    text = ("ウクライナ復興会議が3日、ロンドンで開幕した。"
            "来年の会議はワルシャワで開かれ、ポーランドのトゥスク首相が議長を務める予定だ。")
    london = [m for m in meetings(text) if m.location and m.location.canonical == "London"]
    assert len(london) == 1 and "Donald Tusk" not in names(london[0].participants)


def test_both_refers_back_past_a_sentence_naming_one_of_them():
    text = ("トルコのエルドアン大統領は15日、ロシアのプーチン大統領と電話で協議した。"
            "トルコ大統領府によると、エルドアン氏は「海上の安全が最優先だ」と述べた。"
            "両氏は10日にアスタナで対面で会談したばかりだった。")
    astana = [m for m in meetings(text) if m.location is not None]
    assert len(astana) == 1
    assert names(astana[0].participants) == {"Recep Tayyip Erdoğan", "Vladimir Putin"}


def test_a_delegation_told_before_brings_its_named_members():
    text = ("南アフリカのラマポーザ大統領らアフリカ諸国の代表団が16日、キーウを訪れ、ゼレンスキー大統領と会談した。"
            "代表団は翌17日、モスクワでプーチン大統領と会談した。")
    moscow = [m for m in meetings(text) if m.location is not None and m.location.canonical == "Moscow"]
    assert len(moscow) == 1
    assert names(moscow[0].participants) == {"Cyril Ramaphosa", "Vladimir Putin"}


def test_a_qualified_delegation_is_no_reference_back():
    text = ("ウクライナのウメロフ国防相ら代表団は23日にリヤドに到着した。"
            "24日には米ロの代表団がリヤドで協議した。")
    riyadh = [m for m in meetings(text) if m.location is not None and m.location.canonical == "Riyadh"]
    assert riyadh and all("Rustem Umerov" not in names(m.participants) for m in riyadh)


def test_a_spokesperson_telling_of_talks_is_no_participant():
    text = ("米国とウクライナの代表団は23日、ジュネーブで協議した。"
            "ロシアのペスコフ大統領報道官は24日、ジュネーブでの協議について「何も受け取っていない」と述べた。")
    assert all("Dmitry Peskov" not in names(m.participants) for m in meetings(text))


def test_a_spokesperson_named_as_attending_stays_a_participant():
    m = only_meeting("プーチン大統領は10日、モスクワでモディ首相と会談した。会談にはペスコフ大統領報道官も同席した。")
    assert "Dmitry Peskov" in names(m.participants)


# --- r7: sessions of a series (次回, 初回) and dates of the event a period runs from -------------------

def test_the_next_session_is_a_planned_meeting_of_its_own():
    text = ("ウクライナ支援の国際会議が5日、ベルリンで開かれた。"
            "次回の会議は来年、ローマで開かれる予定だ。")
    ms = meetings(text)
    nxt = [m for m in ms if m.name.startswith("次回")]
    assert len(ms) == 2 and len(nxt) == 1
    assert nxt[0].status == "planned" and nxt[0].location and nxt[0].location.canonical == "Rome"
    assert nxt[0].date is not None and nxt[0].date.start == day("2027-01-01")


def test_the_series_named_before_its_next_session_is_that_session():
    text = ("米国とロシア、ウクライナの3者協議は10日、ジュネーブで開かれた。"
            "3者協議の次回会合は来月、ジュネーブで開かれる見通しだ。")
    ms = meetings(text)
    assert len(ms) == 2
    assert sorted(m.status for m in ms) == ["held", "planned"]


def test_a_first_session_told_with_its_place_is_a_meeting():
    m = only_meeting("停戦監視の作業部会は6月20日、ジュネーブで初回の会合を開いた。")
    assert m.name == "初回の会合" and m.location and m.location.canonical == "Geneva"
    assert m.date is not None and m.date.start == day("2025-06-20")


def test_a_next_session_without_gathering_verb_is_no_meeting():
    assert meetings("次回の協議の日程は決まっていない。") == []


def test_the_date_of_the_event_a_period_runs_from_is_not_the_meetings():
    m = only_meeting("両国の外相は18日、イスタンブールで2022年2月の侵攻開始以来初めての会談を行った。")
    assert m.date is not None and m.date.start == day("2026-01-18")


def test_signing_separate_papers_with_each_side_is_one_ceremony():
    text = ("穀物輸出の合意文書の署名式が15日、イスタンブールの宮殿で開かれ、国連のグテーレス事務総長が立ち会った。"
            "ウクライナはロシアと同じ文書への署名を拒み、トルコおよび国連との間でそれぞれ別の文書に署名した。")
    assert len(meetings(text)) == 1


def test_talks_with_each_side_still_split_per_side():
    text = "米国の代表団は18日、リヤドでロシア、ウクライナの代表団とそれぞれ協議を行った。"
    assert len(meetings(text)) == 2


def test_talks_held_in_a_continuative_clause_of_a_past_sentence_are_held():
    m = only_meeting("米国とウクライナの高官による協議が、ジッダで日本時間の今朝まで行われ、"
                     "ウクライナ側は停戦案を受け入れる意向を示しました。")
    assert m.status == "held"


def test_talks_in_a_continuative_clause_of_a_future_sentence_stay_planned():
    m = only_meeting("米国とウクライナの高官による協議が、来月ジッダで開かれ、停戦案を話し合う予定だ。")
    assert m.status == "planned"


def test_talks_used_only_to_date_another_event_are_no_new_meeting():
    text = ("米国とウクライナの高官による協議が17日、ジッダで行われた。"
            "一方、ロシアとの交渉の見通しは立っていない。"
            "協議が行われていた17日も、ロシア軍はオデーサ州の港をミサイルで攻撃した。")
    assert len(meetings(text)) == 1


def test_a_conference_told_first_by_a_descriptive_head_then_by_its_name_is_one():
    text = ("地雷除去への支援を話し合う国際会議が19日、東京で始まった。\n"
            "「ウクライナ地雷対策会議」は日本とウクライナが共同で主催し、約40の国と機関の代表が参加した。")
    m = only_meeting(text)
    assert m.name == "ウクライナ地雷対策会議" and m.location and m.location.canonical == "Tokyo"


def test_the_last_of_n_days_dates_the_whole_sitting():
    text = "ウクライナ支援の国際会議は、ロンドンで、あすまでの２日間の日程で開かれている。"
    m = only_meeting(text)
    assert m.date is not None and (m.date.start, m.date.end) == (day("2026-01-19"), day("2026-01-20"))
    assert m.status != "planned"


def test_a_named_conference_planned_after_a_described_one_is_another_meeting():
    text = ("地雷除去への支援を話し合う国際会議が19日、東京で開かれた。\n"
            "「ウクライナ復興会議」は来年、ローマで開かれる予定だ。")
    assert len(meetings(text)) == 2


def test_a_council_addressed_at_a_sitting_is_a_meeting():
    m = only_meeting("国際原子力機関のグロッシ事務局長は18日、ニューヨークの国連安全保障理事会で報告し、"
                     "原発の安全を訴えた。")
    assert "Rafael Grossi" in names(m.participants)
    assert m.location is not None and m.location.canonical == "New York City"


def test_a_council_with_a_veto_is_no_sitting():
    assert meetings("ロシアは国連安全保障理事会で拒否権を持つ常任理事国だ。") == []


def test_a_boards_regular_session_told_opening_is_a_meeting_with_its_schedule():
    text = "ウィーンでは18日、国際原子力機関の定例理事会が22日までの日程で始まった。"
    m = only_meeting(text, published="2026-01-19")
    assert m.name == "定例理事会" and m.location is not None and m.location.canonical == "Vienna"
    assert m.date is not None and (m.date.start, m.date.end) == (day("2026-01-18"), day("2026-01-22"))
    assert m.status != "planned"


def test_a_board_acting_is_no_sitting():
    assert meetings("国際原子力機関の理事会は、ロシアを非難する決議を採択した。") == []


def test_talks_with_each_partner_on_a_meetings_sidelines_share_its_day_and_venue():
    text = ("ウクライナ支援の国防相会合が16日、ブリュッセルで開かれた。"
            "ウメロフ国防相は、会合の機会に、ヘグセス国防長官及びピストリウス国防相とそれぞれ会談を行った。")
    each = [m for m in meetings(text) if m.rule.endswith(":each")]
    assert len(each) == 2
    for m in each:
        assert m.location is not None and m.location.canonical == "Brussels"
        assert m.date is not None and m.date.start == day("2026-01-16")


def test_talks_with_each_partner_without_a_sideline_link_take_no_other_meetings_venue():
    text = ("ウクライナ支援の国防相会合が16日、ブリュッセルで開かれた。"
            "ウメロフ国防相は、ヘグセス国防長官及びヒーリー国防相とそれぞれ電話で会談した。")
    each = [m for m in meetings(text) if m.mode == "phone"]
    assert each and all(m.location is None for m in each)


def test_a_meeting_told_on_the_same_day_takes_the_day_told_before():
    text = ("国際原子力機関は12日に原発の調査報告書を公表した。\n"
            "同じ日、グロッシ事務局長はニューヨークの国連安全保障理事会で報告し、懸念を訴えた。")
    m = only_meeting(text)
    assert m.date is not None and m.date.start == day("2026-01-12")


def test_a_same_day_opener_with_no_day_told_before_leaves_the_date_empty():
    text = ("国際原子力機関は今月、原発の調査報告書を公表した。\n"
            "同じ日、グロッシ事務局長はニューヨークの国連安全保障理事会で報告し、懸念を訴えた。")
    m = only_meeting(text)
    assert m.date is None or m.date.granularity != "day"


def test_attendees_listed_by_side_after_the_talks_as_topic_take_part():
    text = ("米国とウクライナの高官による協議が18日、ジュネーブで行われた。"
            "ウクライナ側は停戦案を受け入れる考えを示した。現地から報告です。\n"
            "はい。協議はおよそ6時間にわたって続いた。米国側はルビオ国務長官、ウクライナ側はシビハ外相らが出席した。")
    m = only_meeting(text)
    assert {"Marco Rubio", "Andrii Sybiha"} <= names(m.participants)


# --- a sitting named again by its bare head: its host, attendees and speakers join it (round 8) ---------------

SUMMIT_TOPIC = ("欧州の有志国は16日、ベルリンで首脳会議を開き、支援の継続を確認した。\n"
                "■防空を優先\n"
                "会議はメルツ独首相が主催し、ゼレンスキー大統領が対面で出席した。")


def test_a_summit_named_again_as_topic_after_a_heading_takes_its_host_and_attendees():
    m = only_meeting(SUMMIT_TOPIC)
    assert m.location is not None and m.location.canonical == "Berlin"
    assert m.date is not None and m.date.start == day("2026-01-16")
    assert {"Friedrich Merz", "Volodymyr Zelenskyy"} <= names(m.participants)
    assert {"Germany", "Ukraine"} <= names(m.parties)


def test_the_next_sitting_as_topic_stays_a_meeting_of_its_own():
    text = ("欧州の有志国は16日、ベルリンで首脳会議を開き、支援の継続を確認した。"
            "次回の会議は来月ローマで開く予定だ。")
    found = meetings(text)
    assert len(found) == 2, [x.name for x in found]
    held = next(x for x in found if x.status == "held")
    assert held.location is not None and held.location.canonical == "Berlin"
    assert any(x.status == "planned" for x in found)


SITTING_AGAIN = ("欧州連合（EU）首脳会議が15日、ブリュッセルで開幕した。\n"
                 "■米ロの接触\n"
                 "ウィトコフ米特使は14日、マイアミでロシアのドミトリエフ特使と会談した。\n"
                 "■16日 10:00\n"
                 "2日目の首脳会議が始まった。フォンデアライエン欧州委員長は「結論を出すまで会場を離れない」と強調した。")


def test_a_bare_summit_told_after_other_talks_brings_its_speakers_to_the_summit():
    found = meetings(SITTING_AGAIN)
    summit = next(x for x in found if x.location is not None and x.location.canonical == "Brussels")
    talks = next(x for x in found if x.location is not None and x.location.canonical == "Miami")
    assert "Ursula von der Leyen" in names(summit.participants)
    assert "Ursula von der Leyen" not in names(talks.participants)
    assert names(talks.participants) == {"Steve Witkoff", "Kirill Dmitriev"}


def test_talks_named_again_by_another_head_do_not_join_the_summit():
    text = ("欧州連合（EU）首脳会議が15日、ブリュッセルで開幕した。\n"
            "■米ロの接触\n"
            "ウィトコフ米特使は14日、マイアミでロシアのドミトリエフ特使と会談した。\n"
            "会談は5時間に及んだ。")
    found = meetings(text)
    summit = next(x for x in found if x.location is not None and x.location.canonical == "Brussels")
    assert not names(summit.participants) & {"Steve Witkoff", "Kirill Dmitriev"}


def test_a_conference_hall_is_a_venue_not_a_meeting():
    text = "ゼレンスキー大統領は18日、ブリュッセルの会議場を出る際に記者団の質問に答えた。"
    assert meetings(text) == []


# --- paired sides before the people they send: 「AとBの高官による協議」 (round 8) --------------------------------

def test_sides_paired_before_their_officials_are_the_talks_parties():
    m = only_meeting("米国とウクライナの高官による協議が18日、サウジアラビアのジッダで行われた。")
    assert names(m.parties) == {"United States", "Ukraine"}
    assert m.location is not None and m.location.canonical == "Jeddah"


def test_sides_written_together_before_their_delegations_are_all_parties():
    m = only_meeting("英仏独の代表団同士の会合が18日、ベルリンで開かれた。")
    assert {"United Kingdom", "France", "Germany"} <= names(m.parties)


def test_the_venue_country_before_paired_sides_is_no_party():
    m = only_meeting("トルコのイスタンブールで18日、米国とロシアの高官による協議が行われた。")
    assert names(m.parties) == {"United States", "Russia"}
    assert m.location is not None and m.location.canonical == "Istanbul"


# --- generic words: a process someone runs, and 本会合 naming the sitting told (round 8) ------------------------

def test_negotiations_someone_runs_are_a_process_not_a_meeting():
    text = ("ゼレンスキー大統領は28日、キーウで大統領府長官を交代させた。"
            "後任にはウメロフ国家安全保障・国防会議書記が就き、今後の交渉を取り仕切る。")
    assert meetings(text) == []


def test_negotiations_held_on_a_day_and_place_stay_a_meeting():
    m = only_meeting("米国とウクライナの代表団は18日、ジュネーブで交渉を行った。")
    assert m.location is not None and m.location.canonical == "Geneva"
    assert names(m.parties) == {"United States", "Ukraine"}


def test_hon_kaigou_refers_back_to_the_sitting_just_told():
    text = ("各国の安全保障担当高官による第3回会合が10日、マルタで開かれた。\n"
            "本会合には、66カ国の代表が参加し、マルタ政府とウクライナ大統領府が共同で議長を務めた。\n"
            "本会合は、昨年のコペンハーゲンにおける会合に続くものだ。")
    m = only_meeting(text)
    assert m.location is not None and m.location.canonical == "Malta"
    assert m.date is not None and m.date.start == day("2026-01-10")


def test_a_speaker_at_a_conferences_plenary_session_takes_part_in_the_conference():
    text = ("ウクライナ復興会議が11日、ベルリンで開幕した。会場の国際会議場には各国の代表団が集まった。"
            "ショルツ首相は初日の全体会合で、防空支援の強化を表明した。")
    m = only_meeting(text)
    assert m.location is not None and m.location.canonical == "Berlin"
    assert "Olaf Scholz" in names(m.participants)


def test_a_plenary_session_after_two_person_talks_does_not_join_the_talks():
    text = ("ゼレンスキー大統領は11日、ベルリンでショルツ首相と会談した。"
            "マクロン大統領は同日、パリの全体会合で演説した。")
    talks = next(m for m in meetings(text) if "Olaf Scholz" in names(m.participants))
    assert "Emmanuel Macron" not in names(talks.participants)


# --- round 9: field accuracy on unseen text ------------------------------------------------------------------------
# talks on a summit's sidelines: its venue, and their people took part in the summit

SIDELINE = ("北欧5カ国の首脳会議が14日から16日まで、フィンランドの首都ヘルシンキで開かれた。"
            "議長を務めたフィンランドのストゥブ大統領は「結束を示せた」と述べた。\n"
            "15日には、ゼレンスキー大統領とスウェーデンのクリステション首相が会談し、防空支援について話し合った。")


def test_talks_on_a_summits_days_take_its_venue():
    talks = next(m for m in meetings(SIDELINE) if "Ulf Kristersson" in names(m.participants)
                 and "Alexander Stubb" not in names(m.participants))
    assert talks.location is not None and talks.location.canonical == "Helsinki"
    assert talks.date is not None and talks.date.start == day("2026-01-15")


def test_people_of_sideline_talks_took_part_in_the_summit():
    summit = next(m for m in meetings(SIDELINE) if "首脳会議" in m.name)
    assert {"Alexander Stubb", "Volodymyr Zelenskyy", "Ulf Kristersson"} <= names(summit.participants)
    assert {"Finland", "Ukraine", "Sweden"} <= names(summit.parties)


def test_talks_elsewhere_or_on_other_days_stay_off_the_summit():
    text = ("北欧5カ国の首脳会議が14日から16日まで、フィンランドの首都ヘルシンキで開かれた。"
            "議長を務めたフィンランドのストゥブ大統領は「結束を示せた」と述べた。\n"
            "ハンガリーのオルバン首相は会議に先立つ10日、モスクワでプーチン大統領と会談した。")
    summit = next(m for m in meetings(text) if "首脳会議" in m.name)
    assert not {"Viktor Orbán", "Vladimir Putin"} & names(summit.participants)
    assert "Russia" not in names(summit.parties)
    talks = next(m for m in meetings(text) if "Vladimir Putin" in names(m.participants))
    assert talks.location is not None and talks.location.canonical == "Moscow"


def test_a_call_during_a_summit_is_not_on_its_sidelines():
    text = ("北欧5カ国の首脳会議が14日から16日まで、フィンランドの首都ヘルシンキで開かれた。"
            "議長を務めたフィンランドのストゥブ大統領は「結束を示せた」と述べた。\n"
            "トランプ大統領は15日、プーチン大統領と電話で会談した。")
    summit = next(m for m in meetings(text) if "首脳会議" in m.name)
    assert "Donald Trump" not in names(summit.participants)
    call = next(m for m in meetings(text) if m.mode == "phone")
    assert call.location is None


def test_a_place_glossed_in_parentheses_is_still_the_venue():
    m = only_meeting("ブリンケン国務長官は9日、予告なしにキーウ（キエフ）を訪れ、ゼレンスキー大統領と会談した。")
    assert m.location is not None and m.location.canonical == "Kyiv"


# the story of a conference: who spoke, proposed or attended in the paragraphs after it is named

CONFERENCE = ("ウクライナ復興会議　ワルシャワで閉幕\n"
              "ウクライナの復興を話し合う「ウクライナ復興会議」が15、16の両日、ポーランドの首都ワルシャワで開かれた。\n"
              "■防空が焦点\n"
              "ゼレンスキー大統領は演説で、発電所を守る防空システムの追加を各国に訴えた。"
              "フォンデアライエン欧州委員長は、新たな投資基金の創設を提案した。\n"
              "■支援の表明\n"
              "カナダのカーニー首相は、2億ドルの追加支援を約束した。")


def test_people_who_act_in_a_conference_story_took_part():
    m = only_meeting(CONFERENCE, published="2026-01-17")
    assert {"Volodymyr Zelenskyy", "Ursula von der Leyen", "Mark Carney"} <= names(m.participants)
    assert {"Ukraine", "Canada"} <= names(m.parties)


def test_a_reaction_an_aside_or_another_day_is_not_the_conference():
    text = CONFERENCE + ("\n■ロシアの反応\n"
                         "これに対し、ロシアのラブロフ外相は「無意味な集まりだ」と批判した。"
                         "ペスコフ大統領報道官も会議について「注視している」と述べた。"
                         "プーチン大統領は12日、モスクワで新たな攻撃を命じたと述べた。")
    m = next(x for x in meetings(text, published="2026-01-17") if "復興会議" in x.name)
    assert not {"Sergey Lavrov", "Dmitry Peskov", "Vladimir Putin"} & names(m.participants)
    assert "Russia" not in names(m.parties)


def test_an_administration_named_after_its_leader_is_not_the_leader():
    text = CONFERENCE + "\nトランプ政権が求める追加の拠出について、各国の合意はなかった。"
    m = next(x for x in meetings(text, published="2026-01-17") if "復興会議" in x.name)
    assert "Donald Trump" not in names(m.participants)


def test_a_conference_recalled_weeks_later_takes_no_speakers_from_the_story():
    text = ("EUの欧州委員会は21日、ウクライナに45億ユーロを支払ったと発表した。\n"
            "EUは２月１日、ブリュッセルで臨時首脳会議を開き、この支援策を承認していた。\n"
            "フォンデアライエン欧州委員長は声明で「給与や年金を支える資金だ」と強調した。")
    m = next(x for x in meetings(text, published="2026-03-22") if "首脳会議" in x.name)
    assert "Ursula von der Leyen" not in names(m.participants)


def test_speakers_after_another_meeting_is_told_stay_with_the_lead_conference():
    text = CONFERENCE + ("\n■前回の会議\n"
                         "前回の復興会議は昨年７月、ローマで開かれ、イタリアのメローニ首相が議長を務めた。")
    lead = next(x for x in meetings(text, published="2026-01-17") if x.location and
                x.location.canonical == "Warsaw")
    rome = next(x for x in meetings(text, published="2026-01-17") if x.location and x.location.canonical == "Rome")
    assert "Giorgia Meloni" not in names(lead.participants)
    assert "Giorgia Meloni" in names(rome.participants)
    assert "Volodymyr Zelenskyy" not in names(rome.participants)


# rounds of talks share the sides of the talks told before them; a glossed country before の首都 is the venue's

def test_a_second_round_without_sides_takes_those_of_the_talks_before_it():
    text = ("ロシアとウクライナの代表団は5日、トルコのイスタンブールで直接協議を開き、"
            "12日には同じイスタンブールで2回目の協議に臨んだ。")
    second = next(m for m in meetings(text) if m.date is not None and m.date.start == day("2026-01-12"))
    assert names(second.parties) == {"Russia", "Ukraine"}


def test_a_round_of_a_multilateral_conference_does_not_lend_talks_sides():
    text = ("北欧5カ国の首脳会議が5日、ヘルシンキで開かれた。\n"
            "イスタンブールでは12日、2回目の協議が開かれた。")
    second = next(m for m in meetings(text) if m.date is not None and m.date.start == day("2026-01-12"))
    assert "Finland" not in names(second.parties)


def test_a_country_glossed_before_its_capital_is_no_side_of_the_talks():
    m = only_meeting("米国とロシアの代表団は14日、アラブ首長国連邦（ＵＡＥ）の首都アブダビで3者協議を開いた。")
    assert "United Arab Emirates" not in names(m.parties)
    assert m.location is not None and m.location.canonical == "Abu Dhabi"


def test_a_day_told_within_the_month_dates_the_sitting():
    text = ("EUは２月１日、ブリュッセルで臨時首脳会議を開き、支援基金の創設で合意した。"
            "ハンガリーのオルバン首相は２月の会議の冒頭で一転して同意した。")
    m = next(x for x in meetings(text, published="2026-02-03") if "首脳会議" in x.name)
    assert m.date is not None and (m.date.start, m.date.end) == (day("2026-02-01"), day("2026-02-01"))


# 今回の協議 names the meeting the story is about, even after earlier rounds were recalled

def test_the_current_talks_take_the_attendance_told_after_earlier_rounds():
    text = ("米国が仲介するウクライナとロシアの協議が17、18両日、ジュネーブで開かれた。\n"
            "昨年12月にアブダビで始まった３者協議は、今回で３回目となる。\n"
            "■出席者\n"
            "今回の協議には、米側からウィトコフ特使、ロシア側からメジンスキー大統領補佐官らが出席した。")
    geneva = next(m for m in meetings(text) if m.location is not None and m.location.canonical == "Geneva")
    assert {"Steve Witkoff", "Vladimir Medinsky"} <= names(geneva.participants)
    others = [m for m in meetings(text) if m is not geneva]
    assert all("Steve Witkoff" not in names(m.participants) for m in others)


def test_this_weeks_talks_by_phone_do_not_join_a_meeting_held_in_person():
    text = ("ゼレンスキー大統領とスターマー首相は17日、ロンドンで会談した。\n"
            "今回の電話会談には、マクロン大統領も加わった。")
    london = next(m for m in meetings(text) if m.location is not None)
    assert "Emmanuel Macron" not in names(london.participants)


@pytest.mark.parametrize("text, start, status", [
    ("岸田首相とゼレンスキー大統領は21日、広島で会談した。", "2025-12-21", "held"),
    ("両国の外相は２５日、ブリュッセルで協議した。", "2025-12-25", "held"),
    ("岸田首相とゼレンスキー大統領は21日、広島で会談する予定だ。", "2026-01-21", "planned"),
])
def test_a_day_just_ahead_of_publication_told_as_past_is_last_months(text, start, status):
    """Published on the 19th, 「21日に会談した」 is last month's 21st and held;
    「21日に会談する予定」 is this month's."""
    m = only(text, "meeting")
    assert (str(m.date.start), m.status) == (start, status)


# --- round 10: the perfect tells a meeting as held; a day right after the trigger; a call on a meeting's day ---

def test_talks_told_in_the_perfect_are_held_on_the_past_day():
    """「会談しており、…たい考えだ」: the later clause's plan does not make the talks planned or move their day."""
    text = ("ゼレンスキー大統領は18日、訪問先のアンカラでエルドアン大統領と会談しており、"
            "トルコを仲介役とする道も残しておきたい考えだ。")
    m = only_meeting(text)
    assert (str(m.date.start), m.status) == ("2026-01-18", "held")


def test_talks_only_considered_in_the_perfect_are_not_held():
    """「会談を検討しており」: the perfect verb is the consideration's, not the talks'."""
    text = ("ゼレンスキー大統領はエルドアン大統領との会談を検討しており、"
            "来月にもアンカラを訪れたい考えだ。")
    assert all(m.status != "held" for m in meetings(text))


def test_a_day_right_after_the_trigger_dates_it_not_the_day_of_the_statement():
    """「16日、次の会談を来週…開くと述べた」: the next talks are next week, planned, not the 16th."""
    text = "ゼレンスキー大統領は16日、米国とロシアとの次の3者会談を来週マイアミで開くと述べた。"
    m = only_meeting(text)
    assert m.status == "planned"
    assert m.date is not None and m.date.start is not None and m.date.end is not None
    assert day(PUB) < m.date.start <= day("2026-02-01") and (m.date.end - m.date.start).days >= 6  # next week


def test_a_day_that_modifies_a_noun_after_the_trigger_does_not_date_it():
    """「会談は、15日の攻撃を受けて…」: 15日 dates the strike; the talks keep the 17th."""
    text = ("ゼレンスキー大統領とスターマー首相は17日、ロンドンで会談した。"
            "会談は、15日の攻撃を受けて急きょ設定された。")
    m = only_meeting(text)
    assert str(m.date.start) == "2026-01-17"


def test_a_call_made_after_a_summit_takes_the_summits_day():
    """「首脳らは会議後、…と電話で協議した」 in a later paragraph: the call is on the summit's day."""
    text = ("有志連合は4日、パリで首脳会議を開き、マクロン大統領とスターマー首相が共同で議長を務めた。\n"
            "部隊派遣の規模は示されなかった。\n"
            "有志連合の首脳らは会議後、トランプ米大統領と電話で協議した。")
    call = next(m for m in meetings(text) if m.mode == "phone")
    assert call.date is not None and str(call.date.start) == "2026-01-04"


def test_a_call_after_only_a_mention_of_a_meeting_takes_no_meeting_day():
    """「次の会議の準備について…電話で協議した」: no aside link, so the summit's day is not the call's."""
    text = ("有志連合は4日、パリで首脳会議を開き、マクロン大統領とスターマー首相が共同で議長を務めた。\n"
            "部隊派遣の規模は示されなかった。\n"
            "マクロン大統領は、次の会議の準備について、トランプ米大統領と電話で協議した。")
    calls = [m for m in meetings(text) if m.mode == "phone"]
    assert all(m.date is None or str(m.date.start) != "2026-01-04" for m in calls)


# --- round 10: venues marked formally (において), inside a city (市内のホテルで), or by gathering people there ---

def test_a_country_marked_by_niokeru_is_the_venue():
    """Government-release style: 「マルタにおいて…会合が開催され」 places the meeting in Malta."""
    text = "10月28日及び29日、マルタにおいて第3回高官会合が開催され、各国の代表が出席した。"
    m = only_meeting(text, "2023-10-30")
    assert m.location is not None and m.location.canonical == "Malta"


def test_a_city_with_an_area_word_before_its_building_is_the_venue():
    """「リヤド市内のホテルで」: the area word stands between the city and its venue mark."""
    text = "米国とロシアの代表団は17日、リヤド市内のホテルで約12時間にわたって協議した。"
    m = only_meeting(text)
    assert m.location is not None and m.location.canonical == "Riyadh"


def test_an_area_word_without_a_venue_mark_gives_no_venue():
    """「リヤド市内の混乱を避け、ジッダで協議した」: Riyadh is no venue; Jeddah is."""
    text = "米国とロシアの代表団は17日、リヤド市内の混乱を避け、ジッダで協議した。"
    m = only_meeting(text)
    assert m.location is not None and m.location.canonical == "Jeddah"


def test_a_city_where_leaders_are_gathered_is_the_venue():
    """「パリの大統領府に各国首脳を集めて緊急会合を開いた」: no で after the place, the gathering marks it."""
    text = "マクロン大統領は17日、パリの大統領府に欧州各国の首脳を集めて緊急会合を開いた。"
    m = only_meeting(text)
    assert m.location is not None and m.location.country == "FR"


def test_a_city_where_troops_would_be_gathered_is_no_venue():
    """「キーウに部隊を集める案を説明した」: troops, not the meeting's people, gather there."""
    text = "マクロン大統領は17日、欧州各国の首脳と会合を開き、キーウに部隊を集める案を説明した。"
    for m in meetings(text):
        assert m.location is None or m.location.canonical != "Kyiv"


def test_a_city_before_a_bodys_headquarters_is_the_venue():
    """「ブリュッセルの北大西洋条約機構（NATO）本部で」: the body named between the city and its building."""
    text = "ウクライナ防衛コンタクトグループの会合は17日、ブリュッセルの北大西洋条約機構（NATO）本部で開かれた。"
    m = only_meeting(text)
    assert m.location is not None and m.location.canonical in ("Brussels", "NATO headquarters")


def test_a_day_that_ends_a_schedule_after_the_trigger_does_not_date_its_opening():
    """「定例理事会が16日までの日程で始まった」 told with 12日: the sitting opens on the 12th, not the 16th."""
    text = "ウィーンでは12日、国際原子力機関の定例理事会が16日までの日程で始まった。"
    m = only_meeting(text)
    assert m.date is not None and str(m.date.start) == "2026-01-12"


def test_a_council_told_convened_in_the_past_is_held():
    """「理事会を大使級で開いたと発表した」: the gathering verb is past, so no plan (distractor of the above)."""
    m = only_meeting("NATOは16日、ブリュッセルでNATOウクライナ理事会を大使級で開いたと発表した。")
    assert m.status == "held" and m.date is not None and m.date.start == day("2026-01-16")


# --- round 11: a bare meeting between two named people; signings; a day of a sitting; (当時) ---------

def test_two_named_people_who_met_are_a_meeting_without_date_or_place():
    """「A大統領はB大統領と会談した」: subject, partner and a past verb ground the talks with no day or venue."""
    m = only_meeting("ポーランドのナブロツキ大統領は、フランスのマクロン大統領と会談した。防空の強化で一致した。")
    assert names(m.participants) >= {"Karol Nawrocki", "Emmanuel Macron"}
    assert names(m.parties) >= {"Poland", "France"}
    assert m.status == "held" and m.date is None


def test_two_named_people_who_consulted_and_agreed_are_a_meeting():
    """「A首相とB首相が協議し、…で一致した」: the linking form of the verb is told as done too."""
    m = only_meeting("英国のスターマー首相とドイツのメルツ首相が協議し、ウクライナへの追加支援で一致した。")
    assert names(m.parties) >= {"United Kingdom", "Germany"}


def test_a_wish_or_readiness_to_meet_is_no_meeting():
    """「…と会談したいと述べた」 (a wish) and 「…との会談に応じる用意がある」 (readiness): nothing was held."""
    assert meetings("ゼレンスキー大統領は、プーチン大統領と会談したいと述べた。") == []
    assert meetings("ゼレンスキー大統領は、プーチン大統領との会談に応じる用意があると述べた。") == []
    assert meetings("ゼレンスキー大統領は、プーチン大統領と会談したことは一度もないと述べた。") == []


def test_a_signing_by_one_leader_is_no_meeting():
    """「大統領が予算案に署名した」: one signer, a law signed at a desk, not a gathering."""
    assert meetings("米国のバイデン大統領は24日、ウクライナ支援を含む緊急予算案に署名した。") == []


def test_a_bank_signing_a_loan_contract_with_a_company_is_no_meeting():
    """「銀行は…送電会社と融資契約に署名した」: an institution's contract, no two state signers."""
    text = "欧州投資銀行は昨年11月、ウクライナの送電会社と変電所の修理に充てる2億ユーロの融資契約に署名した。"
    assert meetings(text) == []


def test_a_signing_with_a_partner_leader_is_a_meeting():
    """「(大統領は)マドリードを訪れ、B首相と協定に署名した」: the partner named in the signing clause is a second
    signer, so it is a meeting even though the subject is only the story's topic."""
    text = ("ゼレンスキー大統領は欧州各国を回っている。"
            "27日にはマドリードを訪れ、スペインのサンチェス首相と安全保障協定に署名した。")
    m = only_meeting(text)
    assert "Spain" in names(m.parties)
    assert m.date is not None and m.date.start == day("2025-12-27")


def test_talks_then_a_signing_by_the_same_leader_is_one_meeting():
    """「B首相と会談したA大統領は、協定に署名した」: the signing belongs to the talks told in its sentence."""
    text = ("ゼレンスキー大統領は18日、ワルシャワでポーランドのトゥスク首相と会談した後、"
            "両国間の安全保障協定に署名した。")
    m = only_meeting(text)
    assert m.name == "会談"
    assert names(m.parties) >= {"Ukraine", "Poland"}


def test_a_day_of_a_summit_told_before_is_no_new_meeting():
    """「首脳会議2日目の12日未明、…攻撃があった」: the day of the sitting dates the strike, it is no second summit."""
    text = ("北大西洋条約機構（NATO）の首脳会議が11日、ビリニュスで開幕した。"
            "一方、キーウでは首脳会議2日目の12日未明、無人機による攻撃があった。")
    m = only_meeting(text)
    assert m.location is not None and m.location.canonical == "Vilnius"


def test_a_conference_held_with_a_former_leader_noted_as_then_is_no_history_aside():
    """「岸田首相（当時）の出席の下で開催した」 (two years before): the note dates the office, the conference
    is still reported; distractor kept: an aside 「当時」 on old talks is still dropped elsewhere."""
    text = ("２０２４年２月１９日には東京で「日・ウクライナ経済復興推進会議」を開催し、岸田総理大臣（当時）と"
            "シュミハリ首相の出席の下、５６本の協力文書が署名されました。")
    m = only_meeting(text, published="2026-03-01")
    assert m.location is not None and m.location.canonical == "Tokyo"
    assert m.date is not None and m.date.start == day("2024-02-19")


def test_officials_of_one_country_met_separately_are_one_meeting():
    """「特使はウクライナのA長官、B外相、C国防相らと個別に協議した」: one delegation, one meeting."""
    text = ("米国のケロッグ特使は17日、パリでウクライナのイエルマーク大統領府長官、シビハ外相、"
            "ウメロフ国防相らと個別に協議した。")
    m = only_meeting(text)
    assert names(m.parties) >= {"United States", "Ukraine"}


def test_leaders_of_two_countries_called_each_are_two_meetings():
    """Distractor of the above: 「A氏はB首相、C大統領とそれぞれ電話で会談した」 is one call per country."""
    text = "ゼレンスキー大統領は17日、英国のスターマー首相、フランスのマクロン大統領とそれぞれ電話で会談した。"
    assert len(meetings(text)) == 2


def test_a_signing_told_after_a_signing_ceremony_is_that_ceremony():
    """「…宮殿で開かれた署名式で成立した。A事務総長が立ち会い、B国防相とC相が署名した」: one event."""
    text = ("合意は昨年7月22日、イスタンブールのドルマバフチェ宮殿で開かれた署名式で成立した。"
            "グテーレス国連事務総長が立ち会い、ロシアのショイグ国防相とウクライナのクブラコフ・インフラ相が文書に署名した。")
    m = only_meeting(text)
    assert m.date is not None and m.date.start == day("2025-07-22")


def test_a_named_summit_used_as_a_setting_is_a_meeting():
    """「プーリアで開催されたＧ７サミットにおいて合意された」: a named summit before において is reported."""
    text = "この枠組みは、２０２４年６月にイタリア・プーリアで開催されたＧ７サミットにおいて合意された。"
    m = only_meeting(text, published="2025-06-20")
    assert m.date is not None and m.date.start == day("2024-06-01")


def test_bare_talks_as_a_setting_refer_back():
    """Distractor: 「大統領は会談において、…支持を求めた」 after the talks were told is no second meeting."""
    text = ("ブラジルのルラ大統領は6日、キーウでゼレンスキー大統領と会談した。"
            "ゼレンスキー大統領は会談において、和平案への支持を求めた。")
    assert len(meetings(text)) == 1


def test_a_signing_in_the_setting_of_talks_is_those_talks():
    """「首脳会談において、B大統領との間で協定に署名し」: the signing is part of the talks, not a second meeting."""
    text = ("岸田総理大臣は、13日にイタリア・プーリアで行った日・ウクライナ首脳会談において、"
            "ゼレンスキー大統領との間で支援に関する文書に署名した。")
    m = only_meeting(text)
    assert names(m.parties) >= {"Japan", "Ukraine"}


def test_a_place_told_with_niokeru_before_a_summit_is_its_venue():
    """「イタリア・プーリアにおけるG7サミットの機会に」: における marks the venue like で/において."""
    text = "岸田首相は13日、イタリア・プーリアにおけるG7サミットに出席した。"
    ms = meetings(text)
    assert ms and all(m.location is not None and m.location.country == "IT" for m in ms)


def test_sides_told_before_a_modifier_of_the_talks_are_its_parties():
    """「ロシアとウクライナの約3年ぶりとなる直接協議」: the modifier between の and the name keeps the pair."""
    m = only_meeting("16日、イスタンブールでロシアとウクライナの約3年ぶりとなる直接協議が行われた。")
    assert names(m.parties) >= {"Russia", "Ukraine"}


def test_a_single_state_before_a_modifier_is_no_pair():
    """Distractor: 「ロシアの3年ぶりとなる協議」 names one side; no second state is invented."""
    ms = meetings("16日、イスタンブールでロシアの約3年ぶりとなる直接協議が行われた。")
    assert all("Ukraine" not in names(m.parties) for m in ms)


def test_two_days_joined_by_oyobi_date_a_planned_conference():
    """「来る7月10日及び11日には、ローマにおいて…会議が開催される予定」: both days, in July, planned."""
    text = "来る７月１０日及び１１日には、イタリア・ローマにおいて「ウクライナ復興会議」が開催される予定です。"
    m = only_meeting(text, published="2025-06-20")
    assert m.date is not None and (m.date.start, m.date.end) == (day("2025-07-10"), day("2025-07-11"))
    assert m.status == "planned" and m.location is not None and m.location.canonical == "Rome"


def test_a_conference_modified_as_planned_to_be_held_is_a_planned_meeting():
    """「次の焦点は、今年ポーランドで開かれる予定の復興会議だ」: 予定の between the gathering verb and the name."""
    m = only_meeting("次の焦点は、今年ポーランドで開かれる予定のウクライナ復興会議だ。")
    assert m.status == "planned" and m.location is not None and m.location.canonical == "Poland"


def test_a_conference_named_as_a_topic_without_gathering_is_no_meeting():
    """Distractor: 「復興会議の議題が焦点だ」 names no gathering, place or day."""
    assert meetings("次の焦点は、ウクライナ復興会議の議題だ。") == []


def test_officials_of_one_country_met_on_their_own_days_are_separate_meetings():
    """Distractor of the one-delegation rule: 「28日にはA氏と、29日にはB氏と、それぞれ会談した」 (one country,
    a day told per partner) is one meeting per partner."""
    text = ("ズッピ枢機卿はモスクワを訪れた。28日にはロシアのウシャコフ大統領補佐官と、29日にはロシア正教会の"
            "キリル総主教と、それぞれ会談を行った。")
    assert len(meetings(text)) >= 2


# --- round 12: a stop-over as the venue; a bloc named with its gloss holds its sitting -----------

def test_a_stop_over_on_the_way_home_is_the_venue_of_the_talks():
    """「帰国の途中、ポーランドに立ち寄り、A大統領と会談する予定だ」: the country stopped in is the venue,
    which makes the planned talks a record with both sides."""
    text = ("ウクライナのゼレンスキー大統領は、帰国の途中でポーランドに立ち寄り、"
            "ポーランドのドゥダ大統領と会談する予定だ。")
    m = only_meeting(text)
    assert m.location is not None and m.location.canonical == "Poland"
    assert m.status == "planned"
    assert {"Ukraine", "Poland"} <= names(m.parties)


def test_a_country_stopped_over_for_fuel_without_talks_gives_no_meeting():
    """Distractor: 「給油のためアイルランドに立ち寄った」 is a stop-over with no talks."""
    assert meetings("大統領専用機は給油のためアイルランドに立ち寄った。") == []


@pytest.mark.parametrize("text", [
    "ゼレンスキー大統領は12日、主要7カ国（G7）のオンライン首脳会議に参加した。",
    "ゼレンスキー大統領は12日、G7＝主要7カ国のオンライン首脳会議に参加した。",
])
def test_a_bloc_named_with_its_gloss_before_its_summit_is_a_party(text):
    """「主要7カ国（G7）の首脳会議」, 「G7＝主要7カ国の首脳会議」: the bloc whose sitting it is takes part,
    whichever of its names carries the gloss."""
    m = only_meeting(text)
    assert "Group of Seven" in names(m.parties)
    assert "Ukraine" in names(m.parties)


def test_a_bloc_with_a_gloss_as_subject_of_holding_the_summit_is_a_party():
    """「主要7カ国（G7）は11日、…首脳会議を開いた」: the bloc marked は past its gloss holds the summit."""
    m = only_meeting("主要7カ国（G7）は11日、オンラインで緊急の首脳会議を開いた。")
    assert "Group of Seven" in names(m.parties)


def test_a_glossed_bloc_in_the_next_sentence_is_no_party_of_the_talks_before():
    """Distractor: 「(AとBが会談した。) 北大西洋条約機構（NATO）は翌週に国防相会合を開く」: the glossed bloc
    holds its own sitting; the talks told before keep their two sides."""
    ms = meetings("英国のスターマー首相は10日、ロンドンでウクライナのゼレンスキー大統領と会談した。"
                  "北大西洋条約機構（NATO）は翌週に国防相会合を開く。")
    talks = [m for m in ms if m.name == "会談"]
    assert len(talks) == 1 and names(talks[0].parties) == {"United Kingdom", "Ukraine"}
    assert any("NATO" in names(m.parties) for m in ms if m.name != "会談")  # its own sitting keeps it


def test_the_leads_opening_subject_is_the_subject_of_a_later_subjectless_meeting():
    """「ウクライナのゼレンスキー大統領が…を公表した。(…) 26日にホワイトハウスでA大統領と会談した」: the lead opens
    with its が-subject; a later sentence that drops the subject and names only the partner is that subject's
    meeting."""
    text = ("ウクライナのゼレンスキー大統領が、新たな和平計画を公表した。\n"
            "9月下旬の訪米時、26日にホワイトハウスでバイデン大統領と会談して計画を説明した。")
    m = only_meeting(text, published="2024-10-20")
    assert names(m.participants) == {"Volodymyr Zelenskyy", "Joe Biden"}
    assert names(m.parties) == {"Ukraine", "United States"}


def test_a_person_quoted_further_into_a_sentence_is_no_opening_subject():
    """Distractor: 「報道によると、ロシアのペスコフ大統領報道官が…と述べた」 does not open with the person: the
    later subjectless meeting does not take him."""
    text = ("ウクライナ大統領府によると、ロシアのラブロフ外相が声明を出した。\n"
            "26日にホワイトハウスでバイデン大統領と会談して計画を説明した。")
    for m in meetings(text, published="2024-10-20"):
        assert "Sergey Lavrov" not in names(m.participants)


def test_an_exchange_of_notes_between_two_envoys_is_a_meeting():
    """A ministry release: 「本15日、キーウにおいて、A大使と、B財務大臣との間で、…に関する書簡の交換が
    行われました」 is a held, in-person meeting at the place and day told, with both signatories."""
    text = ("本１５日（現地時間同日）、キーウにおいて、駐ウクライナ日本国大使と、ウクライナのマルチェンコ財務大臣"
            "との間で、無償資金協力に関する書簡の交換が行われました。")
    m = only_meeting(text, published="2025-06-15")
    assert m.status == "held" and m.mode == "in_person"
    assert m.location is not None and m.location.canonical == "Kyiv"
    assert m.date is not None and m.date.start == day("2025-06-15")


def test_an_exchange_of_notes_named_as_a_procedure_is_no_meeting():
    """Distractor: 「借款は書簡の交換を経て発効する」 tells a procedure: no place, day or signatories."""
    assert meetings("円借款は書簡の交換を経て発効する仕組みだ。") == []


# --- round 13: sides counted in the name, a bloc named in quotes, the next sitting of talks -------------

def test_talks_counted_as_three_sided_take_the_sides_told_around_them():
    """「3か国の実務者協議」 with only the convener named in its sentence: the other sides are the states the
    paragraph tells (the venue's country is no side)."""
    text = ("ロシアはエネルギー施設への攻撃停止に応じていない。ウクライナ側は相互の停止を改めて提案した。"
            "米国は来月上旬にもトルコで3か国の実務者協議を開く方向で調整している。")
    m = only_meeting(text)
    assert names(m.parties) == {"United States", "Ukraine", "Russia"}
    assert m.location is not None and m.location.canonical == "Turkey"


def test_a_kanji_count_of_sides_fills_the_third_side():
    text = ("トランプ大統領はプーチン大統領との電話会談の後、ロシアとウクライナの首脳を交えた三者首脳会談を"
            "来月開きたいと語った。ゼレンスキー大統領は応じる考えを示した。")
    m = next(m for m in meetings(text) if "三者" in m.name)
    assert names(m.parties) == {"United States", "Russia", "Ukraine"}


def test_a_count_of_attending_states_is_no_count_of_sides():
    """Distractor: 「約30か国の代表が出席した会合」 counts attendees, not sides: no side is added."""
    text = "英国は5日、ロンドンで国防相会合を開いた。会合には約30か国の代表が出席した。"
    m = only_meeting(text)
    assert names(m.parties) == {"United Kingdom"}


def test_states_counted_in_the_headline_name_stay_in_the_name():
    m = only_meeting("米ロ・ウクライナ3か国協議　ジュネーブで2日間の日程を終える", published="2026-02-06")
    assert m.name == "米ロ・ウクライナ3か国協議"
    assert names(m.parties) == {"United States", "Russia", "Ukraine"}


def test_a_bloc_written_in_quotes_that_holds_the_meeting_is_a_party():
    """「有志連合」は…国防相会合を開いた and 「有志連合」の首脳会合: the quoted bloc takes part, like 有志連合の."""
    m = only_meeting("フランスとドイツが主導する「有志連合」は12日、ベルリンで国防相会合を開いた。")
    assert names(m.parties) >= {"Coalition of the Willing", "France", "Germany"}
    m = only_meeting("11日にはローマで、ウクライナを支援する「有志連合」の首脳会合が開かれ、"
                     "メローニ首相とゼレンスキー大統領が共同声明を発表した。")
    assert "Coalition of the Willing" in names(m.parties)


def test_the_next_sitting_of_talks_has_the_sides_of_the_talks():
    text = ("米国、ウクライナ、ロシアの代表は16日から17日にかけてジュネーブで3者協議を行った。"
            "ウクライナのゼレンスキー大統領は「協議は前進した」と述べ、次の協議が来月2日に開かれる予定だと明らかにした。")
    ms = meetings(text)
    nxt = next(m for m in ms if m.name.startswith("次"))
    assert nxt.status == "planned" and nxt.date is not None and nxt.date.start == day("2026-02-02")
    assert names(nxt.parties) == {"United States", "Ukraine", "Russia"}


def test_the_series_named_before_its_next_sitting_is_no_meeting_of_its_own():
    """Distractor: 「3者協議の次回会合は今月中にも開かれる」 is one planned meeting, the next sitting; the series
    name before it is no second planned meeting."""
    text = ("ウクライナ、米国、ロシアは16日、ジュネーブで3者協議を開いた。ゼレンスキー氏は成果を強調した。"
            "3者協議の次回会合は、来月にも開かれる見通しだ。")
    ms = meetings(text)
    assert len(ms) == 2
    planned = [m for m in ms if m.status == "planned"]
    assert len(planned) == 1 and names(planned[0].parties) == {"Ukraine", "United States", "Russia"}


def test_the_first_sitting_of_a_newly_set_up_body_is_a_meeting_of_its_own():
    """(A首相は首脳会議の関連会合に臨んだ。) 「…評議会」が新設され、同じ日に初会合が開かれた: two meetings on one day,
    the new body's first sitting not merged into the other."""
    text = ("EU首脳会議は9日、ブリュッセルで開幕した。スペインのサンチェス首相は10日、首脳会議の関連会合に臨んだ。"
            "会期中には、ウクライナを加える「EUウクライナ評議会」が新設され、10日に初会合が開かれた。")
    ms = meetings(text)
    first = [m for m in ms if m.name.endswith("初会合")]
    assert len(first) == 1
    assert first[0].date is not None and first[0].date.start == day("2026-01-10")
    assert not any("Pedro Sánchez" in names(m.participants) for m in first)


def test_a_body_that_holds_its_first_sitting_without_being_set_up_there_joins_the_meeting_told():
    """Distractor: 「理事会は10日に初会合を開いた」 tells no new body: it stays one meeting with the sitting
    told in the sentence before."""
    text = ("NATOウクライナ理事会の閣僚級会合が10日、ブリュッセルで開かれた。"
            "理事会は10日に初会合を開き、防空支援を協議した。")
    assert len(meetings(text)) == 1


def test_a_later_round_of_a_summit_is_not_the_talks_told_before_it():
    """(A大統領は18日にベルリンでB首相と協議する予定だ。) 2回目の平和サミットは開かれるのか: the summit's later
    round is a meeting of its own, planned, not the talks; the day and place told before its first round
    (3月にマルタで開いた初の「…」に続く) are the first round's."""
    text = ("米国のバイデン大統領は18日にベルリンでドイツのショルツ首相と協議する予定だ。\n"
            "Q　2回目の平和サミットは開かれるのか。\n"
            "A　ゼレンスキー氏は、3月にマルタで開いた初の「平和サミット」に続く2回目の会議を開き、"
            "中国の代表も招く考えを示している。")
    ms = meetings(text, published="2024-10-10")
    talks = [m for m in ms if m.location is not None and m.location.canonical == "Berlin"]
    assert len(talks) == 1 and "サミット" not in talks[0].name
    later = [m for m in ms if m.location is None and "サミット" in m.name]
    assert len(later) == 1 and later[0].status == "planned" and later[0].date is None
    first = [m for m in ms if m.location is not None and m.location.canonical == "Malta"]
    assert len(first) == 1 and first[0].status == "held"


def test_a_round_counted_for_talks_of_the_same_kind_stays_with_them():
    """Distractor: (ジュネーブで協議が開かれた。) 今回で2回目の協議となる counts their round: one meeting."""
    text = "米国とウクライナの代表団は16日、ジュネーブで協議を行った。今回で2回目の協議となる。"
    assert len(meetings(text)) == 1


def test_two_sides_delegations_as_subject_make_planned_talks():
    """「英国とウクライナの代表団は来週にも改めて協議する見通しだ」: no person named, but two sides' delegations
    hold the talks."""
    m = only_meeting("英国とウクライナの代表団は来週にも改めて協議する見通しだ。停戦の道筋は見えていない。")
    assert m.status == "planned"
    assert names(m.parties) == {"United Kingdom", "Ukraine"}
    assert m.date is not None and m.date.start == day("2026-01-26")


def test_one_sides_delegation_talking_of_talks_is_no_meeting():
    """Distractor: 「ロシアの代表団は協議の継続を求めた」 names one side and no gathering."""
    assert meetings("ロシアの代表団は協議の継続を求めた。") == []


def test_talks_with_another_partner_told_with_also_are_another_meeting():
    """(米国とロシアの代表団は24日、リヤドで協議した。) 米国は前日の23日、同じリヤドでウクライナ代表団とも協議して
    いる: two meetings, each on its day, with its own sides."""
    text = ("米国とロシアの代表団は14日、ジッダで協議した。"
            "米国は前日の13日、同じジッダでウクライナ代表団とも協議している。")
    ms = sorted(meetings(text), key=lambda m: m.date.start)
    assert len(ms) == 2
    assert ms[0].date.start == day("2026-01-13") and names(ms[0].parties) == {"United States", "Ukraine"}
    assert ms[1].date.start == day("2026-01-14") and names(ms[1].parties) == {"United States", "Russia"}


def test_a_summit_told_from_its_first_day_for_n_days_is_dated_by_the_whole_span():
    """「あすから２日間の日程で…サミットが開かれます」: the sitting's days, from tomorrow, planned."""
    m = only_meeting("インドのニューデリーでは、あすから２日間の日程で、Ｇ２０サミットが開かれます。")
    assert (m.date.start, m.date.end) == (day("2026-01-20"), day("2026-01-21"))
    assert m.status == "planned"


def test_a_summit_held_over_n_days_from_a_day_past():
    m = only_meeting("EU首脳会議は15日から2日間の日程でブリュッセルで開かれた。")
    assert (m.date.start, m.date.end) == (day("2026-01-15"), day("2026-01-16"))
    assert m.status == "held"


def test_a_sentence_closing_with_the_non_past_gathering_verb_tells_a_planned_meeting():
    """「首脳会議は25日から3日間の日程でハーグで開かれる。」 published on the 19th: planned, read forward;
    「来年のG7サミットは…カナダで開催されます。」: planned, next year."""
    m = only_meeting("NATO首脳会議は25日から3日間の日程でハーグで開かれる。", published="2026-02-19")
    assert m.status == "planned"
    assert (m.date.start, m.date.end) == (day("2026-02-25"), day("2026-02-27"))
    m = only_meeting("なお、来年のG7サミットはカナダが議長国を務め、カナナスキスで開催されます。")
    assert m.status == "planned"
    assert m.date is not None and m.date.start == day("2027-01-01")


def test_a_held_summit_asked_about_afterwards_stays_held():
    """Distractor for the closing verb: 「首脳会議の成果はあるのか。」 closes with no gathering verb: the summit
    told as held stays held."""
    for m in meetings("首脳会議は12日にブリュッセルで開かれた。首脳会議の成果はあるのか。"):
        assert m.status == "held"


def test_talks_on_the_days_after_a_summits_opening_are_on_its_sidelines():
    """「G7サミットが15日、広島で開幕した」 then 「17日には、A大統領がB首相と会談した」: the summit told by its
    opening day runs on; the talks two days later take its venue."""
    text = ("主要7カ国首脳会議（G7サミット）が15日、広島で開幕した。ゼレンスキー大統領も招かれた。\n"
            "17日には、ゼレンスキー大統領がインドのモディ首相と会談した。")
    talks = next(m for m in meetings(text) if m.name == "会談")
    assert talks.location is not None and talks.location.canonical == "Hiroshima"
    assert talks.date is not None and talks.date.start == day("2026-01-17")


def test_talks_a_week_after_a_summits_opening_take_no_venue_from_it():
    """Distractor: talks told a week after a one-day summit opened are not on its sidelines."""
    text = ("主要7カ国首脳会議（G7サミット）が5日、広島で開幕した。ゼレンスキー大統領も招かれた。\n"
            "12日には、ゼレンスキー大統領がインドのモディ首相と会談した。")
    talks = next(m for m in meetings(text) if m.name == "会談")
    assert talks.location is None or talks.location.canonical != "Hiroshima"


# --- round 14: a signing ceremony is a gathering of its own ---

def test_a_ceremony_called_off_after_failed_talks_is_a_cancelled_meeting_of_its_own():
    text = ("ゼレンスキー大統領は15日、ワシントンでトランプ大統領と会談した。会談は激しい言い争いとなり、"
            "同じ日に予定されていた協定の署名式も中止された。")
    ms = meetings(text)
    assert len(ms) == 2, [(m.name, m.status) for m in ms]
    talks = next(m for m in ms if m.name != "署名式")
    ceremony = next(m for m in ms if m.name == "署名式")
    assert talks.status == "held" and ceremony.status == "cancelled"
    assert ceremony.date is not None and ceremony.date.start == day("2026-01-15")
    assert ceremony.rule == "meeting.trigger:署名式"


def test_a_ceremony_told_after_a_one_sided_signing_carries_its_attendees():
    text = ("2026年1月14日、東京において、ウクライナ外務省と国際協力機構は、港湾復旧に関する覚書に署名した。"
            "調印式には、シビハ外相と岸田首相が出席した。")
    m = only(text, "meeting")
    assert m.name == "調印式" and m.status == "held"
    assert m.date.start == day("2026-01-14")
    assert {"Andrii Sybiha", "Fumio Kishida"} <= names(m.participants)


def test_a_ceremony_right_after_a_two_signer_signing_stays_one_meeting():
    text = ("ウクライナのスビリデンコ第一副首相とベッセント財務長官は12日、ワシントンで基金設立の協定に署名した。"
            "署名式には両国の当局者が出席した。")
    assert len(meetings(text)) == 1


def test_a_lone_signature_on_a_law_names_no_ceremony_and_no_meeting():
    text = "ゼレンスキー大統領は16日、動員に関する改正法に署名した。式典は開かれなかった。"
    assert meetings(text) == []


# --- round 14: a date that the round follows (1月に続く2回目) dates the earlier round, not this one ---

def test_the_month_a_later_round_follows_does_not_date_it():
    text = ("カタールのドーハで15、16両日に開かれたウクライナとロシアの直接協議は、"
            "昨年12月に続く2回目の協議となった。")
    m = only(text, "meeting")
    assert (m.date.start, m.date.end) == (day("2026-01-15"), day("2026-01-16"))
    assert m.status == "held"


def test_a_day_before_following_still_dates_the_talks_it_begins():
    text = "ウクライナとロシアの代表団は15日、ドーハで協議を行い、16日に続いて2回目の捕虜交換を実施した。"
    m = only(text, "meeting")
    assert m.date.start == day("2026-01-15")


# --- round 14: informal and official sittings of one visit are two meetings; 習主席 is a person ---

def test_informal_talks_and_the_official_summit_a_day_later_are_two_meetings():
    text = ("国賓としてモスクワを訪れている習近平国家主席は16日、クレムリンでプーチン大統領と非公式に会談した。"
            "両首脳は翌17日、公式の首脳会談を行い、共同声明に署名した。")
    ms = meetings(text)
    assert len(ms) == 2, [(m.name, m.date) for m in ms]
    by_day = sorted(ms, key=lambda m: m.date.start)
    assert [m.date.start for m in by_day] == [day("2026-01-16"), day("2026-01-17")]
    assert all({"Xi Jinping", "Vladimir Putin"} <= names(m.participants) for m in ms)


def test_an_official_visit_word_far_before_the_talks_splits_nothing():
    text = ("公式訪問中のモディ首相は16日、プーチン大統領と会談した。"
            "両首脳は会談で、エネルギー協力の拡大を確認した。")
    assert len(meetings(text)) == 1


def test_the_chinese_leader_named_with_the_bare_title_is_a_participant():
    text = "習主席は18日、北京でルカシェンコ大統領と会談した。"
    m = only(text, "meeting")
    assert {"Xi Jinping", "Alexander Lukashenko"} <= names(m.participants)


# --- round 14: a headline's subject without は (「A氏、B氏・C氏と相次ぎ会談」) and the summit beside it ---

def test_a_headline_with_talks_in_a_row_gives_one_meeting_per_partner_apart_from_the_summit():
    text = ("ゼレンスキー氏、ローマでG7首脳と対面　メローニ氏・マクロン氏と相次ぎ会談\n\n"
            "ゼレンスキー大統領は16日、主要7カ国首脳会議が開かれているローマに到着した。"
            "ゼレンスキー氏は到着後、メローニ首相と会談した。17日にはマクロン大統領と会談した。")
    ms = meetings(text)
    pairs = [names(m.participants) for m in ms]
    assert {"Volodymyr Zelenskyy", "Giorgia Meloni"} in pairs, pairs
    assert {"Volodymyr Zelenskyy", "Emmanuel Macron"} in pairs, pairs
    summit = [m for m in ms if "首脳会議" in m.name]
    assert len(summit) == 1 and len(ms) == 3, [m.name for m in ms]


def test_a_headline_that_opens_with_no_person_splits_nothing():
    text = ("G7首脳、ローマで会談\n\nメローニ首相とマクロン大統領は16日、ローマで会談した。")
    m = only(text, "meeting")
    assert names(m.participants) == {"Giorgia Meloni", "Emmanuel Macron"}


# --- round 14: the host country of a bloc's own summit, told as 「国・都市」, is its venue, not a party ---

def test_the_country_before_the_city_of_a_bloc_summit_is_no_party():
    text = "7月9、10の両日にスペイン・マドリードで開かれたNATO首脳会議で、加盟国は新たな戦略概念を採択した。"
    m = only(text, "meeting")
    assert names(m.parties) == {"NATO"}
    assert m.location is not None and m.location.canonical == "Madrid"


def test_the_country_before_the_city_of_talks_between_others_stays_a_party():
    text = "ロシアとウクライナの代表団は15日、トルコ・イスタンブールで直接協議を行った。"
    m = only(text, "meeting")
    assert names(m.parties) == {"Russia", "Ukraine", "Turkey"}


def test_a_pair_of_sides_written_with_a_dot_stays_two_parties():
    text = "米・ウクライナ協議が15日、サウジアラビアのジッダで開かれた。"
    m = only(text, "meeting")
    assert {"United States", "Ukraine"} <= names(m.parties)


# --- round 14: the verb 会う with a partner (Xと会う予定だ) names talks ---

def test_meeting_a_partner_planned_for_a_weekday_is_planned_on_the_coming_day():
    text = "ウメロフ書記が率いる代表団は、木曜日に再びアメリカ側と会う予定であると、関係者が明らかにした。"
    m = only(text, "meeting")
    assert m.status == "planned"
    assert m.date.start == day("2026-01-22")  # published Monday the 19th: the coming Thursday
    assert {"United States", "Ukraine"} <= names(m.parties)
    assert m.rule.startswith("meeting.trigger:と会う")


def test_two_envoys_meeting_in_a_named_city_is_a_meeting():
    text = "ロシアのドミトリエフ大統領特使は24日、米フロリダ州マイアミでウィトコフ特使と会った。"
    m = only(text, "meeting")
    assert m.status == "held" and m.date.start == day("2025-12-24")  # published the 19th: last month's 24th
    assert {"Kirill Dmitriev", "Steve Witkoff"} <= names(m.participants)


def test_witnessing_a_signing_or_meeting_the_press_is_no_meeting_with_a_partner():
    assert meetings("グテレス事務総長が署名に立ち会う予定だ。") == []
    assert meetings("避難民の女性は、ボランティアの学生と出会ったことで生活を立て直したと話した。") == []


# --- round 15: meetings (r15meet) ---
# Venue class: a country told with a region word (イタリア南部で), a country marked での right before the
# meeting's own name (イタリアでのG7首脳会議), and the place a trip went to told as 現地で / 滞在中.

def test_a_country_with_a_region_word_is_the_venue_of_the_summit_held_there():
    text = "首脳らは10日、フランス北部で開かれた主要20カ国・地域（G20）首脳会議に出席した。"
    m = only(text, "meeting")
    assert m.location is not None and m.location.canonical == "France"
    assert "France" not in names(m.parties)


def test_a_country_before_a_region_word_is_no_venue_of_what_is_not_held_there():
    # the region is where the fighting is; the talks were held elsewhere, by phone
    text = "ロシア西部で戦闘が続くなか、両首脳は12日に電話会談を行った。"
    m = only(text, "meeting")
    assert m.location is None


def test_a_country_marked_de_no_right_before_the_summit_name_is_its_venue():
    text = "各国首脳は今月上旬のカナダでのG7首脳会議で、新たな制裁に合意した。"
    m = only(text, "meeting")
    assert m.location is not None and m.location.canonical == "Canada"
    assert names(m.parties) == {"Group of Seven"}  # the host country is the venue, not a side


def test_a_country_marked_de_no_before_other_words_is_no_venue_of_talks_about_it():
    text = "ウクライナでの停戦をめぐる協議が18日、サウジアラビアのリヤドで開かれた。"
    m = only(text, "meeting")
    assert m.location is not None and m.location.canonical == "Riyadh"
    text = "シリアでの内戦をめぐる協議が18日に開かれた。"
    m = only(text, "meeting")
    assert m.location is None


def test_talks_held_on_the_spot_of_a_summit_told_before_take_its_venue():
    text = ("NATO首脳会議は11日、スペインの首都マドリードで開かれた。\n\n"
            "加盟国は新たな戦略概念を採択し、ロシアを最大の脅威と位置づけた。\n\n"
            "ロシアのプーチン大統領は同じ日、モスクワで演説し、拡大を批判した。"
            "岸田首相は12日、現地でフィンランドのニーニスト大統領と会談した。")  # 現地: the summit's city
    talks = [m for m in meetings(text) if m.name != "NATO首脳会議"]
    assert len(talks) == 1
    assert talks[0].location is not None and talks[0].location.canonical == "Madrid"


def test_local_time_is_no_place_of_talks():
    # 現地時間 tells the clock, not the place: a call placed from the capitals has no venue
    text = "バイデン大統領は現地時間12日、ゼレンスキー大統領と電話会談を行った。"
    m = only(text, "meeting")
    assert m.location is None and m.mode == "phone"


def test_the_last_of_a_list_of_sides_before_the_name_is_no_venue():
    text = "米国、ウクライナ、ロシアの3者協議が、20日にスイスのジュネーブで開かれる予定だ。"
    m = only(text, "meeting")
    assert m.location is not None and m.location.canonical == "Geneva"
    assert names(m.parties) == {"United States", "Ukraine", "Russia"}


def test_a_lone_country_before_the_name_with_its_own_clause_still_tells_the_sides():
    # 、 closes a clause here, not a list of sides: the country before の is not taken as a side of a list
    text = "交渉が難航するなか、トルコの仲介による協議が20日、イスタンブールで開かれた。"
    m = only(text, "meeting")
    assert m.location is not None and m.location.canonical == "Istanbul"


# Date class: 同日 / 前日 with a time of day after it (同日夕, 同日夜, 前日夜) is anchored on the last day told,
# as a bare 同日 is — not on the day of publication.

def test_talks_on_the_evening_of_the_same_day_take_the_day_told_before():
    text = "首相は3日、ベルリンでドイツのショルツ首相と会談した。同日夜にはフランスのマクロン大統領と会談した。"
    ms = sorted(meetings(text, published="2026-01-05"), key=lambda m: m.evidence[0].start)
    assert len(ms) == 2
    assert ms[1].date is not None and ms[1].date.start == day("2026-01-03")


def test_talks_on_the_night_before_take_the_day_before_the_day_told():
    text = "両首脳は5日に首脳会談を行った。これに先立ち、外相らは前日夜に協議した。"
    ms = sorted(meetings(text, published="2026-01-07"), key=lambda m: m.evidence[0].start)
    assert ms[-1].date is not None and ms[-1].date.start == day("2026-01-04")


def test_a_day_number_with_a_time_of_day_is_no_anaphoric_day():
    text = "両首脳は5日夜、電話で会談した。"
    m = only(text, "meeting", published="2026-01-07")
    assert m.date.start == day("2026-01-05")


# Date class: a multi-day sitting told as 「<day>から<venue>でN日間」 — the venue between the first day and
# the count of days — spans the N days; the days of something else (an offensive) date no meeting.

def test_a_sitting_told_from_a_weekday_with_its_venue_and_days_spans_them_forward():
    text = "首相は木曜日からワルシャワで3日間開催される国際会議に出席する予定だ。"
    m = only(text, "meeting")  # published Monday 19 January 2026
    assert m.status == "planned"
    assert (m.date.start, m.date.end) == (day("2026-01-22"), day("2026-01-24"))


def test_a_sitting_from_a_day_at_a_building_for_two_days_spans_both():
    text = "欧州連合（EU）は10日からブリュッセルの本部で2日間の日程で首脳会議を開いた。"
    m = only(text, "meeting", published="2026-03-12")
    assert (m.date.start, m.date.end) == (day("2026-03-10"), day("2026-03-11"))


def test_days_of_fighting_from_a_day_in_a_place_date_no_talks():
    text = "ロシア軍は10日からハルキウで3日間攻撃を続け、ウクライナのシビハ外相はトルコのフィダン外相と会談した。"
    m = only(text, "meeting", published="2026-03-20")
    assert m.date is None or m.date.start == m.date.end  # never the 3 days of the offensive


# Merge class: the same bare head as topic a few sentences on (協議は…で行われた) tells more of the talks
# just told, when they have no day yet and no other meeting is told between.

def test_the_bare_head_as_topic_after_the_lead_tells_the_same_talks():
    text = ("記者：パリで米国とウクライナの代表団による協議が行われました。"
            "停戦の条件が主な議題となりました。\n\n"
            "協議は8日と9日、大統領府で行われました。")
    ms = meetings(text, published="2026-03-10")
    assert len(ms) == 1
    assert ms[0].location is not None and ms[0].location.canonical == "Paris"
    assert ms[0].date is not None and ms[0].date.start == day("2026-03-08")


def test_the_bare_head_after_a_dated_sitting_is_not_merged_back():
    # the talks told first have their own day: 協議は翌週 is the next sitting, not the first one
    text = ("米国とウクライナの代表団は3日、パリで協議を行った。\n\n"
            "協議は翌週の10日にジュネーブで開かれる。")
    ms = meetings(text, published="2026-03-04")
    assert len(ms) == 2


# --- round 16: meetings (r16meet) ---
# Discourse class: a sentence that drops its subject (…とも会談した) continues the story's subject, the
# traveller who met the people; not the partner of the meeting before, though that partner is the topic
# of the sentence between (A氏はBと会談した。B氏は…約束した。Cとも会談した → A and C).

def test_dropped_subject_is_the_traveller_not_the_partner_told_between():
    text = ("ウクライナのゼレンスキー大統領は20日、パリでフランスのマクロン大統領と会談した。"
            "マクロン氏は防空システムの追加供与を約束した。同日夕にはイタリアのメローニ首相とも会談した。")
    ms = meetings(text, published="2026-03-21")
    assert len(ms) == 2
    second = next(m for m in ms if "Giorgia Meloni" in names(m.participants))
    assert names(second.participants) == {"Volodymyr Zelenskyy", "Giorgia Meloni"}


def test_dropped_subject_follows_a_new_subject_who_met_nobody_before():
    # distractor: the topic between is a new subject, not a partner met before: it is the one who meets
    text = ("ウクライナのゼレンスキー大統領は20日、パリでフランスのマクロン大統領と会談した。"
            "ドイツのショルツ首相は21日、ベルリンで演説した。22日にはイギリスのスターマー首相と会談した。")
    ms = meetings(text, published="2026-03-23")
    last = next(m for m in ms if "Keir Starmer" in names(m.participants))
    assert "Volodymyr Zelenskyy" not in names(last.participants)


# A quoted name (「…」と名付けた計画) does not make the sentence a quoted reply: its Xは stays the story's
# subject; a quoted reply (「…」と述べた) still does not.

def test_subject_of_a_sentence_with_a_quoted_name_carries_to_the_next_meeting():
    text = ("ウクライナのゼレンスキー大統領は「勝利計画」と名付けた戦略を携えて欧州各国を回っている。"
            "10日にはロンドンでイギリスのスターマー首相と会談した。")
    m = only(text, "meeting", published="2026-03-11")
    assert names(m.participants) == {"Volodymyr Zelenskyy", "Keir Starmer"}


def test_speaker_of_a_quoted_reply_is_not_the_dropped_subject():
    text = ("ウクライナのゼレンスキー大統領が20日、ロンドンに到着した。"
            "ドイツのショルツ首相は「ウクライナへの支援を続ける」と述べた。"
            "21日にはイギリスのスターマー首相と会談した。")
    m = only(text, "meeting", published="2026-03-22")
    assert "Olaf Scholz" not in names(m.participants)
    assert "Keir Starmer" in names(m.participants)


# 両首脳/両氏 names the two people of the meeting told in the sentence just before, not the last two names
# read back through the sentences (which may be two partners of the traveller on different days).

def test_both_leaders_are_the_pair_of_the_meeting_just_told():
    text = ("ウクライナのゼレンスキー大統領は20日、ベルリンでドイツのメルツ首相と会談した。"
            "21日にはパリでフランスのマクロン大統領と会談した。両首脳の対面での会談は半年ぶりだった。")
    ms = meetings(text, published="2026-03-22")
    assert {frozenset(names(m.participants)) for m in ms} == {
        frozenset({"Volodymyr Zelenskyy", "Friedrich Merz"}), frozenset({"Volodymyr Zelenskyy", "Emmanuel Macron"})}


def test_both_leaders_do_not_reach_a_planned_call_told_further_back():
    # distractor: the planned call two sentences back is not the pair; the talks in progress are
    text = ("トランプ大統領は来週、ロシアのプーチン大統領と電話で協議する予定だ。"
            "トランプ大統領は28日、フロリダでウクライナのゼレンスキー大統領と会談した。"
            "ホワイトハウスによると、雰囲気は良好だった。"
            "会談の途中、両首脳はそろって欧州の首脳らと電話で協議した。")
    ms = meetings(text, published="2026-03-29")
    held = [m for m in ms if m.status == "held"]
    assert held and all("Vladimir Putin" not in names(m.participants) for m in held)


# A bilateral on a summit's sidelines stays a meeting of its own when the headline's 会談 opened the story
# and merged with the summit: the summit's scale is that of its first mention told in the body.

def test_bilateral_on_the_sidelines_after_a_headline_talks_is_its_own_meeting():
    text = ("ゼレンスキー氏、広島で各国首脳と会談\n\n"
            "ウクライナのゼレンスキー大統領は21日、広島市で19日に開幕した先進7カ国首脳会議（G7サミット）に出席した。"
            "到着当日の20日には、インドのモディ首相と会談した。")
    ms = meetings(text, published="2026-05-22")
    assert any(names(m.participants) == {"Volodymyr Zelenskyy", "Narendra Modi"} for m in ms)
    assert len(ms) == 2


# Several meetings in one clause: 「パリでAと、ローマでBと相次いで会った」 (相次いで/それぞれ/個別に + 会う) is one
# meeting per partner, each at the place told just before its partner; the place after the comma of
# 「ロンドンでCと会談し、…」 belongs to the next clause, not to the talks in London.

def test_partners_met_one_after_another_each_at_their_own_place():
    text = ("ウクライナのゼレンスキー大統領は11日、ベルリンでドイツのメルツ首相と会談し、"
            "同日中にパリでフランスのマクロン大統領と、ローマでイタリアのメローニ首相と相次いで会った。")
    ms = meetings(text, published="2026-03-12")
    where = {frozenset(names(m.participants)): m.location and m.location.canonical for m in ms}
    assert where == {frozenset({"Volodymyr Zelenskyy", "Friedrich Merz"}): "Berlin",
                     frozenset({"Volodymyr Zelenskyy", "Emmanuel Macron"}): "Paris",
                     frozenset({"Volodymyr Zelenskyy", "Giorgia Meloni"}): "Rome"}


def test_one_after_another_talks_are_not_counted_twice():
    # distractor: 相次いで会談 is the 会談 trigger with an each cue, not a second 会う trigger as well
    text = ("ウクライナのゼレンスキー大統領は12日、ビリニュスでフランスのマクロン大統領、"
            "イタリアのメローニ首相と相次いで会談した。")
    ms = meetings(text, published="2026-03-13")
    assert sorted(len(m.participants) for m in ms) == [2, 2]


def test_a_place_after_the_comma_of_the_talks_is_not_their_venue():
    text = "ウクライナのゼレンスキー大統領は10日、ロンドンでイギリスのスターマー首相と会談し、パリで記者会見した。"
    m = only(text, "meeting", published="2026-03-11")
    assert m.location is not None and m.location.canonical == "London"


# A leaders' summit runs its usual days (summit_days) from its opening even when a second day told of it
# (20日に到着し、各国首脳と会談した) makes its span two days: a bilateral on the third day with no place of its
# own is on its sidelines and takes its venue; a conference (no leaders' summit word) keeps its told days.

def test_a_bilateral_on_a_summits_third_day_takes_its_venue():
    text = ("ウクライナのゼレンスキー大統領は21日、広島市で19日に開幕した先進7カ国首脳会議（G7サミット）に出席した。"
            "20日午後に広島空港に到着し、各国首脳と相次いで会談した。\n\n"
            "21日にはアメリカのバイデン大統領と会談した。")
    ms = meetings(text, published="2026-05-22")
    talks = next(m for m in ms if "Joe Biden" in names(m.participants) and "サミット" not in m.name
                 and "首脳会議" not in m.name)
    assert talks.location is not None and talks.location.canonical == "Hiroshima"


def test_talks_after_a_conferences_days_do_not_take_its_venue():
    text = ("ウクライナ復興会議が19日から20日までロンドンで開かれた。"
            "ウクライナのゼレンスキー大統領は22日、アメリカのバイデン大統領と会談した。")
    ms = meetings(text, published="2026-05-23")
    talks = next(m for m in ms if "Joe Biden" in names(m.participants))
    assert talks.location is None or talks.location.canonical != "London"


# ---- round 17 (m17meet): the host country of a bloc's own summit, the bloc known by its person -------------
# 「スペイン・マドリードで開かれるNATO首脳会議」: the country before the middle dot names the place, also when
# the bloc is among the parties through its head (事務総長) or under its long name (北大西洋条約機構（NATO）).

def test_bloc_summit_host_is_no_party_when_the_bloc_comes_from_its_leader():
    text = ("ポルトガル・リスボンで3日から開かれた北大西洋条約機構（NATO）首脳会議で、"
            "NATOのルッテ事務総長は加盟国に国防費の増額を求めた。")
    m = only(text, "meeting", published="2026-07-05")
    assert "NATO" in names(m.parties)
    assert "Portugal" not in names(m.parties)


def test_bloc_summit_host_is_no_party_for_a_short_bloc_name():
    text = "フィンランド・ヘルシンキで10日に開かれたNATO首脳会議は、ウクライナへの支援継続を確認した。"
    m = only(text, "meeting", published="2026-07-12")
    assert "NATO" in names(m.parties)
    assert "Finland" not in names(m.parties)


def test_a_country_and_a_country_joined_by_a_dot_are_still_sides():
    # distractor: 「米・ウクライナ協議」 — the name after the dot is a country too, so both are sides
    text = "米・ウクライナ協議が5日、ジュネーブで開かれた。"
    m = only(text, "meeting", published="2026-07-06")
    assert {"United States", "Ukraine"} <= names(m.parties)


def test_a_conference_host_before_its_city_stays_a_party_when_no_bloc_names_it():
    # distractor: a recovery conference is named by no bloc; its host country keeps its place among the parties
    text = ("スイス・ジュネーブで11日に開かれたウクライナ復興会議で、スイスのカシス外相が議長を務め、"
            "各国は支援を表明した。")
    m = only(text, "meeting", published="2026-07-12")
    assert "Switzerland" in names(m.parties)


# The other side of the war or truce the talks are about (「ロシアとの戦争終結に向けた道筋を協議した」) is the talks'
# subject matter, not a side (opponent_topics); talks named right after it (ロシアとの停戦協議) keep it.

def test_the_war_the_talks_are_about_gives_no_party():
    text = ("カナダのカーニー首相は4日、オタワでウクライナのゼレンスキー大統領と会談し、"
            "ロシアとの戦争を終わらせるための道筋を話し合った。")
    m = only(text, "meeting", published="2026-07-05")
    assert {"Canada", "Ukraine"} <= names(m.parties)
    assert "Russia" not in names(m.parties)


def test_a_truce_the_summit_plans_for_gives_no_party():
    text = ("欧州各国は8日、ローマで首脳会議を開き、ロシアとの停戦が成立した後の支援策を協議した。"
            "イタリアのメローニ首相が議長を務めた。")
    ms = meetings(text, published="2026-07-09")
    assert ms and all("Russia" not in names(m.parties) for m in ms)


def test_truce_talks_with_a_country_keep_it_as_a_side():
    # distractor: 「ロシアとの停戦協議」 names the talks themselves: Russia sits at them
    text = "ウクライナ政府は6日、ジュネーブでロシアとの停戦協議を行った。"
    m = only(text, "meeting", published="2026-07-07")
    assert {"Ukraine", "Russia"} <= names(m.parties)


# A person whose own clause says they stayed away (欠席し, 出席を見送り, absence_cues) is no participant, even
# though an attendance cue (代わりに出席した) follows for the one sent instead.

def test_a_leader_who_stays_away_is_no_participant():
    text = ("20カ国・地域首脳会議（G20サミット）が15日、ニューデリーで開幕した。"
            "中国の習近平国家主席は欠席し、李強首相が代わりに出席した。")
    m = only(text, "meeting", published="2026-09-16")
    assert "Xi Jinping" not in names(m.participants)


def test_a_leader_who_passes_up_the_summit_is_no_participant():
    text = ("首脳会議は10日、ブリュッセルで開かれた。"
            "ハンガリーのオルバン首相は出席を見送り、ドイツのショルツ首相が議長国として出席した。")
    m = only(text, "meeting", published="2026-09-11")
    assert "Viktor Orbán" not in names(m.participants)


def test_a_stand_in_who_attends_is_a_participant():
    # distractor: the stand-in's own clause (代わりに出席した) has no absence cue
    text = ("20カ国・地域首脳会議（G20サミット）が15日、ニューデリーで開幕した。"
            "ロシアのプーチン大統領は欠席し、ラブロフ外相が代わりに出席した。")
    m = only(text, "meeting", published="2026-09-16")
    assert "Sergey Lavrov" in names(m.participants)
    assert "Vladimir Putin" not in names(m.participants)


# A side's delegate (ロシア代表団を率いるA補佐官, 代表団のB顧問, C国防相が代表団を率い: delegate_before/_after)
# told in a sentence of the talks (…直接協議で、 as setting, or 協議で referring back) attended them.

def test_a_delegate_after_the_talks_as_setting_is_a_participant():
    text = ("財政の見通しは不透明だ。5月16日にジュネーブで開かれたウクライナとの初の直接協議で、"
            "ロシア側代表団のメジンスキー大統領補佐官は、停戦の条件を記した覚書を手渡した。")
    m = only(text, "meeting", published="2026-06-03")
    assert "Vladimir Medinsky" in names(m.participants)


def test_a_delegation_head_told_with_the_talks_referred_back_is_a_participant():
    text = ("ロシアとウクライナの代表団は2日、イスタンブールで2回目の直接協議を行った。"
            "ロシア代表団を率いるメジンスキー大統領補佐官は協議で、停戦の条件を記した覚書を手渡した。")
    m = only(text, "meeting", published="2026-06-03")
    assert "Vladimir Medinsky" in names(m.participants)


def test_a_delegate_named_after_the_delegation_is_a_participant():
    text = ("ロシアとウクライナの代表団は2日、イスタンブールで直接協議を行った。"
            "ウクライナ側はウメロフ国防相が代表団を率い、協議で捕虜の全員交換を提案した。")
    m = only(text, "meeting", published="2026-06-03")
    assert "Rustem Umerov" in names(m.participants)


def test_a_person_who_only_comments_on_the_talks_is_no_delegate():
    # distractor: a spokesperson who comments on the talks is told with no delegation word
    text = ("ロシアとウクライナの代表団は2日、イスタンブールで直接協議を行った。"
            "ロシアのペスコフ大統領報道官は協議について、成果を評価するのは時期尚早だと述べた。")
    m = only(text, "meeting", published="2026-06-03")
    assert "Sergey Lavrov" not in names(m.participants)


# The next sitting of the story's bloc (次回の首脳会議, 次の首脳会議) is that bloc's sitting too: NATO, not the host
# country of its venue (_bare_sitting with next_session_prefixes).

def test_the_blocs_next_summit_is_the_blocs_not_its_hosts():
    text = ("北大西洋条約機構（NATO）は11日、ワシントンで首脳会議を開き、ウクライナ支援の継続を確認した。"
            "次回の首脳会議は来年6月にオランダのハーグで開かれる。")
    ms = meetings(text, published="2026-07-12")
    nxt = next(m for m in ms if m.name.startswith("次"))
    assert "NATO" in names(nxt.parties)
    assert "Netherlands" not in names(nxt.parties)


def test_a_named_next_conference_keeps_its_host():
    # distractor: a conference named for its topic (復興会議) is no sitting of the story's bloc
    text = ("EUは10日、ブリュッセルで首脳会議を開いた。"
            "次回のウクライナ復興会議は来年7月にポーランドのワルシャワで開かれる。")
    ms = meetings(text, published="2026-07-11")
    urc = next(m for m in ms if "復興会議" in m.name)
    assert "European Union" not in names(urc.parties)


# A person of the Vatican (the Pope, a cardinal envoy) and ローマ教皇庁 act for the Holy See (side_parties "VA"),
# one party, not the city-state beside it.

def test_the_popes_talks_have_the_holy_see_as_a_party():
    text = "ウクライナのゼレンスキー大統領は13日、バチカンでローマ教皇フランシスコと会談した。"
    m = only(text, "meeting", published="2026-05-14")
    assert {"Ukraine", "Holy See"} <= names(m.parties)
    assert "Vatican City" not in names(m.parties)


def test_the_curia_and_its_envoy_are_one_party():
    text = "ローマ教皇庁のズッピ枢機卿は5日、モスクワでロシアのラブロフ外相と会談した。"
    m = only(text, "meeting", published="2026-05-06")
    assert names(m.parties) == {"Holy See", "Russia"}


def test_a_state_leader_still_gives_the_state():
    # distractor: the mapping is for the Vatican's code only; an Italian leader gives Italy
    text = "ウクライナのゼレンスキー大統領は13日、ローマでイタリアのメローニ首相と会談した。"
    m = only(text, "meeting", published="2026-05-14")
    assert {"Ukraine", "Italy"} <= names(m.parties)


# A call named as the topic (電話会談は…行われました) a few sentences after the call just told, on its day, is that
# call (_call_again): one record with its two people, not a second, empty one.

def test_a_call_named_again_as_topic_is_the_same_call():
    text = ("キャスター：アメリカのトランプ大統領とロシアのプーチン大統領が昨夜、電話で会談しました。"
            "モスクワから中継です。\n記者：ロシア大統領府によりますと、電話会談は昨夜遅く、"
            "およそ2時間にわたって行われました。")
    ms = meetings(text, published="2026-05-20")
    assert len(ms) == 1
    assert {"Donald Trump", "Vladimir Putin"} <= names(ms[0].participants)


def test_a_call_on_another_day_named_as_topic_is_another_call():
    # distractor: 電話会談は先月3日にも… — another day, another call
    text = ("アメリカのトランプ大統領とロシアのプーチン大統領が昨夜、電話で会談しました。"
            "両首脳の電話会談は先月3日にも行われました。")
    ms = meetings(text, published="2026-05-20")
    assert len(ms) == 2


# --- round 18: a meeting told in the past keeps a past date and status (m18meet) ---
# A past gathering verb right before the name (13日に開かれた協議で, 個別に行った実務者協議では) makes the meeting held,
# whatever plan the rest of the sentence reports (_held_modifier); a bare day in a sentence that closes in the past
# with no plan after the trigger is read back, not as next month's day (_past_sentence).

def test_a_talk_modified_by_a_past_gathering_verb_is_held():
    text = "ジュネーブで14日に開かれたウクライナとロシアの協議で、停戦監視団の派遣案が浮上した。"
    m = only(text, "meeting", published="2026-05-20")
    assert m.status == "held"
    assert m.date is not None and str(m.date.start) == "2026-05-14"


def test_days_from_a_first_day_in_a_past_modifier_are_last_months():
    text = ("25日から2日間、サウジアラビアのリヤドで米国がロシア、ウクライナの双方と個別に行った実務者協議では、"
            "黒海の航行の安全で一致した。")
    m = only(text, "meeting", published="2026-05-12")
    assert m.status == "held"
    assert (str(m.date.start), str(m.date.end)) == ("2026-04-25", "2026-04-26")


def test_a_talk_to_be_held_before_its_name_stays_planned():
    # distractor: 開かれる (non-past) before the name and a plan after it
    text = "ジュネーブで来週開かれるウクライナとロシアの協議で、停戦監視団の派遣案を話し合う予定だ。"
    m = only(text, "meeting", published="2026-05-20")
    assert m.status == "planned"


def test_a_bare_later_day_in_a_past_sentence_is_last_months():
    text = "ローマ教皇の特使は27日、モスクワでロシアのラブロフ外相と会い、人道問題を話し合った。"
    m = only(text, "meeting", published="2026-05-20")
    assert m.status == "held"
    assert str(m.date.start) == "2026-04-27"


def test_a_bare_later_day_with_a_plan_reported_in_the_past_is_ahead():
    # distractor: the sentence closes in the past (述べた) but the trigger's own clause plans it
    text = "ローマ教皇の特使は27日、モスクワでロシアのラブロフ外相と会談する予定だと述べた。"
    m = only(text, "meeting", published="2026-05-20")
    assert m.status == "planned"
    assert str(m.date.start) == "2026-05-27"


# A meeting on the day of publication told in a sentence that closes in the non-past, with nothing after the
# trigger in the past, lies ahead (_nonpast_close): 「20日にベルンで大統領と会談する。」 published the 20th is planned,
# even when a continuative (出席し) or a modifier (凍結した資産) sits between.

def test_a_meeting_on_the_day_told_in_the_non_past_is_planned():
    text = "ウクライナのゼレンスキー大統領は20日にスイスのベルンを訪れ、ケラーズッター大統領と会談する。"
    m = only(text, "meeting", published="2026-05-20")
    assert m.status == "planned"
    assert str(m.date.start) == "2026-05-20"


def test_a_summit_opened_on_the_day_to_discuss_frozen_assets_is_planned():
    text = ("欧州連合（EU）は20日から2日間の日程でブリュッセルで首脳会議を開き、"
            "凍結したロシア資産をウクライナ支援に充てる案を協議する。")
    m = next(x for x in meetings(text, published="2026-05-20") if "首脳会議" in x.name)
    assert m.status == "planned"


def test_a_meeting_on_the_day_told_in_the_past_is_held():
    # distractor: the same day, told in the past
    text = "ウクライナのゼレンスキー大統領は20日、スイスのベルンでケラーズッター大統領と会談した。"
    m = only(text, "meeting", published="2026-05-20")
    assert m.status == "held"


def test_a_meeting_on_the_day_reported_as_past_is_held():
    # distractor: 会談したという closes in the non-past, but the meeting is told in the past
    text = "ウクライナのゼレンスキー大統領は20日、スイスのベルンでケラーズッター大統領と会談したという。"
    m = only(text, "meeting", published="2026-05-20")
    assert m.status == "held"


# A plan told in the past (予定されていた, はずだった, 計画があった) as the meeting's own predicate or right before its
# name, then called off in the same or the next sentence (延期, 中止, 立ち消え), is cancelled (_plan_called_off).

def test_a_past_plan_postponed_in_the_next_sentence_is_cancelled():
    text = ("本来は14日にベルリンで支援国の国防相会合が開かれるはずだった。"
            "だが、議長を務める米国防長官が訪欧を取りやめ、会合も延期となった。")
    m = next(x for x in meetings(text, published="2026-05-10") if "会合" in x.name)
    assert m.status == "cancelled"


def test_talks_planned_this_month_that_fizzled_out_are_cancelled():
    text = ("トルコの仲介で、ロシアとウクライナの黒海の航行をめぐる間接協議が、今月イスタンブールで予定されていました。"
            "ところがロシア側が代表団の派遣を見送り、協議は立ち消えになりました。")
    m = next(x for x in meetings(text, published="2026-05-28") if "協議" in x.name)
    assert m.status == "cancelled"


def test_talks_held_before_another_events_cancelled_plan_stay_held():
    # distractor: the plan and its calling off belong to the signing ceremony told after the talks
    text = ("2月28日にはホワイトハウスでの米国とウクライナの首脳会談が激しい口論となり、"
            "同じ日に予定されていた協定の署名式は中止された。")
    m = next(x for x in meetings(text, published="2026-03-05") if "首脳会談" in x.name)
    assert m.status == "held"


def test_a_past_plan_carried_out_is_not_cancelled():
    # distractor: nothing calls the plan off
    text = "ウクライナとロシアの協議は、14日にイスタンブールで開かれる予定だった。協議では捕虜交換で合意した。"
    ms = meetings(text, published="2026-05-20")
    assert ms and all(m.status != "cancelled" for m in ms)


# --- round 20: participants and parties ---
# Talks of the sides' leaders (首脳 in a bilateral or three-way name) whose sentence leaves a side's leader
# unnamed take the one leader the document names for that state (_leaders_of_sides): the gazetteer's
# head-of-state or government office of the person's own state, president before chancellor before prime minister.

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_leaders_call_named_by_its_sides_takes_the_leaders_named_before(profile):
    text = ("トランプ大統領は停戦の早期実現を訴えてきた。プーチン大統領は条件付きで応じる姿勢を見せている。"
            "18日の米露首脳電話会談では、捕虜の交換を進めることで一致した。")
    m = next(x for x in records_in(text, "meeting", profile, "2026-03-20") if "首脳" in x.name)
    assert {"Donald Trump", "Vladimir Putin"} <= names(m.participants)


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_summit_told_with_one_leader_gets_the_other_sides_leader(profile):
    text = ("石破首相の欧州歴訪は3日目に入った。"
            "14日にヘルシンキで開かれた日・フィンランド首脳会談では、ストゥブ大統領が防衛協力の拡大を提案した。")
    m = next(x for x in records_in(text, "meeting", profile, "2026-05-16") if "首脳" in x.name)
    assert {"Shigeru Ishiba", "Alexander Stubb"} <= names(m.participants)


def test_two_presidents_of_one_state_leave_its_leader_unfilled():
    # distractor: the story names a president and his predecessor: which one spoke is not told
    text = ("バイデン前大統領の政策をトランプ大統領は批判してきた。プーチン大統領は交渉に前向きだ。"
            "18日の米露首脳電話会談では、捕虜の交換を進めることで一致した。")
    m = next(x for x in meetings(text, "2026-03-20") if "首脳" in x.name)
    assert names(m.participants) == {"Vladimir Putin"}


def test_a_multilateral_summit_does_not_get_every_states_leader():
    # distractor: a summit of many states names its attendees itself; a leader told elsewhere is not one of them
    text = "メローニ首相は国内の予算審議に追われている。イタリア、フランス、ドイツの首脳会議が15日、パリで開かれた。"
    m = next(x for x in meetings(text, "2026-05-16") if "首脳会議" in x.name)
    assert "Giorgia Meloni" not in names(m.participants)


# A place that sets the scene (「ベルリンでは20日、」, 「ローマを訪れた際は、」) is no subject of its own: the story's
# dropped subject (the Xは told before) is the one who met the partner (_opens_without_subject).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_a_place_with_de_wa_leaves_the_dropped_subject_in_the_talks(profile):
    text = ("シビハ外相は19日に欧州歴訪を始めた。"
            "ベルリンでは20日、首相府でメルツ首相と約2時間協議した。")
    m = next(x for x in records_in(text, "meeting", profile, "2026-05-22") if "協議" in x.name)
    assert {"Andrii Sybiha", "Friedrich Merz"} <= names(m.participants)


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_a_visit_clause_with_sai_wa_leaves_the_dropped_subject_in_the_talks(profile):
    text = ("フィダン外相は仲介役として存在感を高めている。"
            "3月2日にキーウを訪れた際は、その足でゼレンスキー大統領と会談した。")
    m = next(x for x in records_in(text, "meeting", profile, "2026-03-10") if "会談" in x.name)
    assert {"Hakan Fidan", "Volodymyr Zelenskyy"} <= names(m.participants)


def test_a_group_subject_after_the_setting_keeps_the_earlier_topic_out():
    # distractor: 代表団は is the subject the setting leads to; the earlier Xは did not travel
    text = ("ラブロフ外相は交渉の進展に期待を示した。"
            "20日のイスタンブール訪問では、代表団はトルコのフィダン外相と会談した。")
    m = next(x for x in meetings(text, "2026-05-22") if "会談" in x.name)
    assert "Sergey Lavrov" not in names(m.participants)


# The state at whose request a body meets (「Xの要請で」, 「Xなどの要請を受けて」, 「Xの求めで」) is a side of the
# sitting (lexicon party_follow).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_the_state_that_requested_a_council_meeting_is_a_side(profile):
    text = "国連安全保障理事会は14日、モルドバの要請で緊急会合を開き、越境したドローンへの対応を協議した。"
    m = next(x for x in records_in(text, "meeting", profile, "2026-05-16") if "会合" in x.name)
    assert {"United Nations Security Council", "Moldova"} <= names(m.parties)


def test_the_first_of_several_requesters_is_a_side():
    text = "国連安全保障理事会は来週、フランスなどの要請を受けて緊急会合を開く。"
    m = next(x for x in meetings(text, "2026-05-16") if "会合" in x.name)
    assert "France" in names(m.parties)


def test_a_request_rejected_outside_the_meetings_clause_adds_no_side():
    # distractor: the request is told in the sentence before, about something else
    text = "ハンガリーの要請は退けられた。欧州連合（EU）は15日、ブリュッセルで外相理事会を開いた。"
    m = next(x for x in meetings(text, "2026-05-16") if "理事会" in x.name)
    assert "Hungary" not in names(m.parties)


# An envoy's own state is the one told right after the state he is posted to (「駐ポーランド日本国大使」 → Japan), a
# side of the exchange he signs (_envoy_state, lexicon posted_to).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_the_state_an_ambassador_serves_is_a_side(profile):
    text = ("現地時間5月12日、ワルシャワにおいて、山田太郎駐ポーランド日本国特命全権大使と、"
            "ポーランドのコシニャクカミシュ国防相との間で、防衛装備品の供与に関する書簡の交換が行われました。")
    m = next(x for x in records_in(text, "meeting", profile, "2026-05-13") if "書簡" in x.name)
    assert {"Japan", "Poland"} <= names(m.parties)


def test_the_state_an_ambassador_is_posted_to_alone_is_no_new_side():
    # distractor: 駐ロシア is where the envoy sits, not his side; the text names no state of his own after it
    text = "駐ロシア大使の山田太郎氏は14日、モスクワでシビハ外相と会談した。"
    m = next(x for x in meetings(text, "2026-05-16") if "会談" in x.name)
    assert names(m.parties) == {"Ukraine"}


# A visit to a state written as one word (訪米, 訪ロ, 訪日) whose next clause hands something to a named person
# (「…に計画を提示する」, 「…に説明する」) is a meeting with that person in that state (_visit_recipient).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_a_visit_to_hand_a_plan_to_a_leader_is_a_meeting(profile):
    text = "メルツ首相は来月訪米し、トランプ大統領に欧州の安全保障案を直接説明する考えだ。"
    m = next(x for x in records_in(text, "meeting", profile, "2026-05-16") if x.name == "訪米")
    assert {"Friedrich Merz", "Donald Trump"} <= names(m.participants)
    assert m.location is not None and m.location.canonical == "United States"
    assert m.status == "planned"


def test_a_bare_visit_word_is_no_meeting():
    # distractor: 訪日に先立ち names the trip only; nobody is handed anything on it
    text = "シビハ外相は訪日に先立ち、記者団に支援への謝意を示した。"
    assert not [x for x in meetings(text, "2026-05-16") if "訪日" in x.name]


# A body's name used in an officer's title (「フランス司教協議会会長の…」, 「…評議会の会長でもある」) names no
# gathering (lexicon not_after: 会長, 理事長, 事務局長).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_a_council_named_in_an_officers_title_is_no_meeting(profile):
    text = "教皇は、フランス司教協議会会長でパリ大司教の枢機卿を人道特使に任命した。"
    assert not [x for x in records_in(text, "meeting", profile, "2026-05-16") if "協議会" in x.name]


def test_a_council_that_sits_is_still_a_meeting():
    # distractor: the same kind of body, told as holding a sitting
    text = "欧州の司教協議会は14日、ローマで臨時の協議会を開き、ウクライナ支援を話し合った。"
    assert [x for x in meetings(text, "2026-05-16") if "協議会" in x.name]


# A phone lead (電話で) that stands in its clause before the talks word it tells the way of (「電話で約1時間会談し」,
# 「電話でA大統領と協議し」) makes one call, not a call and a second meeting in person (_phone_leads).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_a_call_with_its_length_between_is_one_phone_meeting(profile):
    text = "ストゥブ大統領は12日、エルドアン大統領と電話で約40分間会談し、捕虜交換の仲介を求めた。"
    ms = records_in(text, "meeting", profile, "2026-05-14")
    assert len(ms) == 1 and ms[0].mode == "phone"
    assert {"Alexander Stubb", "Recep Tayyip Erdoğan"} <= names(ms[0].participants)


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_a_call_with_the_partner_between_is_one_phone_meeting(profile):
    text = "トゥスク首相は12日、ワルシャワから電話でゼレンスキー大統領と協議し、防空支援を約束した。"
    ms = records_in(text, "meeting", profile, "2026-05-14")
    assert len(ms) == 1 and ms[0].mode == "phone"


def test_a_call_in_another_clause_does_not_make_talks_a_call():
    # distractor: the call is told in a clause of its own; the talks after the comma were held in person
    text = "トゥスク首相は12日に電話で協力を求め、14日にはワルシャワでゼレンスキー大統領と会談した。"
    ms = [x for x in meetings(text, "2026-05-16") if "会談" in x.name]
    assert ms and ms[0].mode == "in_person"


# A meeting told as not coming about (「…との面会はかなわなかった」, 「電話会談は実現せず」) is no meeting
# (lexicon negation).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_a_meeting_that_did_not_come_about_is_none(profile):
    text = "枢機卿は5日にモスクワを訪れたが、プーチン大統領との面会はかなわなかった。"
    assert not [x for x in records_in(text, "meeting", profile, "2026-05-16") if "面会" in x.name]


def test_a_call_that_did_not_come_about_is_none_but_the_talks_held_are():
    # distractor: the talks held the same day are a meeting
    text = "首相は5日、北京で習近平国家主席と会談した。ウクライナ側が求めた電話会談は実現せず、批判も出た。"
    ms = meetings(text, "2026-05-16")
    assert [x for x in ms if x.name == "会談"] and not [x for x in ms if "電話" in x.name]


# --- round 20: meeting recall ---

# A gathering clause in the ongoing past (「…で開かれていた…会議は」) modifies the name like 「開かれた」, and a bloc
# written with its gloss (主要20カ国・地域（G20）) may stand between it and the name: the name is a gathering
# (gathered_before, _GATHERED_MODIFIERS).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_a_conference_told_as_having_been_held_is_a_meeting(profile):
    text = "インド南部の保養地で開かれていた主要20カ国・地域（G20）外相会議は15日、2日間の日程を終えて閉幕した。"
    ms = records_in(text, "meeting", profile, "2026-05-16")
    assert len(ms) == 1 and ms[0].status == "held"
    assert ms[0].date is not None and ms[0].date.start == day("2026-05-15")


def test_a_bare_conference_with_no_gathering_clause_is_no_meeting():
    # distractor: a generic conference word with only a day and no gathering clause
    assert meetings("国内の物価を話し合う会議は15日、結論を先送りした。", "2026-05-16") == []


# A negation after the trigger counts only in its own clause: 「次回の協議は3月上旬に予定されているが、場所は決まって
# いない」 tells a planned round (the place is what is undecided); 「次回の協議の日程は決まっていない」 stays no meeting
# (negation_breaks).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_a_next_round_with_its_place_undecided_is_planned(profile):
    text = ("米国が仲介するロシアとウクライナの協議が10日、ジュネーブで開かれた。"
            "次回の協議は来月上旬に予定されているが、場所は決まっていない。")
    ms = records_in(text, "meeting", profile, "2026-05-12")
    nxt = [x for x in ms if x.name and "次回" in x.name]
    assert len(ms) == 2 and nxt and nxt[0].status == "planned"
    assert nxt[0].date is not None and nxt[0].date.start == day("2026-06-01")


def test_a_next_round_whose_date_is_undecided_is_still_none():
    # distractor: the negation is in the trigger's own clause
    text = "両国の代表団は10日、ジュネーブで協議した。次の協議の日程は決まっていない。"
    assert len(meetings(text, "2026-05-12")) == 1


# The peace process named as what is spoken of (「米国が仲介する和平協議について…と述べた」, 「和平協議をめぐる動き」)
# names no gathering; talks named by their place (「アブダビでの協議について」) still do (process_names,
# process_topic_after).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_the_peace_process_as_a_topic_is_no_meeting(profile):
    text = "大統領は3日の演説で、トルコが仲介する停戦交渉をめぐって「対話の扉は閉ざさない」と語った。"
    assert records_in(text, "meeting", profile, "2026-05-05") == []


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_the_peace_talks_told_as_held_are_still_a_meeting(profile):
    # distractor for the topic filter: the same process word with a gathering verb is a meeting
    text = "トルコが仲介する停戦交渉が3日、イスタンブールで開かれた。"
    ms = records_in(text, "meeting", profile, "2026-05-05")
    assert len(ms) == 1 and ms[0].location is not None and ms[0].location.canonical == "Istanbul"


# Talks provided for a case (「再び攻撃を受けた場合には、24時間以内に両国が協議を行う」) are a provision of an
# agreement, no meeting (conditional_before, conditional_reach).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_talks_provided_for_a_case_are_no_meeting(profile):
    text = "協定は、いずれかの国が侵攻を受けた場合には、48時間以内に両国政府が協議を行うと定めている。"
    assert records_in(text, "meeting", profile, "2026-05-05") == []


def test_talks_held_after_a_case_told_are_a_meeting():
    # distractor: the case is told in a sentence of its own, the talks after it were held
    text = "停戦が破られた場合の対応が焦点となった。両国の外相は3日、ウィーンで協議した。"
    ms = meetings(text, "2026-05-05")
    assert len(ms) == 1 and ms[0].location is not None and ms[0].location.canonical == "Vienna"


# A visit whose next clause hands something over to the host side (「特使が来週北京を訪れ、中国側に和平案を説明する」)
# meets that side: a meeting of the envoy with the host state, not a bare trip (delivery_sides, _visit_delivery).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_an_envoys_visit_to_hand_over_a_plan_is_a_meeting(profile):
    text = "米国のケロッグ特使が来週北京を訪れ、中国側に停戦案を説明する見通しだ。"
    ms = records_in(text, "meeting", profile, "2026-05-05")
    assert len(ms) == 1 and ms[0].status == "planned"
    assert ms[0].location is not None and ms[0].location.canonical == "Beijing"
    assert {"China", "United States"} <= names(ms[0].parties)


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_a_visit_to_inspect_is_no_meeting(profile):
    # distractor: the visit's next clause hands nothing to anyone
    text = "フランスの特使が来週キーウを訪れ、被災地の状況を視察する見通しだ。"
    assert records_in(text, "meeting", profile, "2026-05-05") == []


# A visit named as the occasion of talks with the host (「来月予定されるA大統領のインド訪問の際に…を働きかける」) is
# a meeting of the visitor (the possessor before the visit) and the host, at the visited state; talks told in the
# same clause (「訪問の際に協議する」) are that visit (visit_occasions, occasion_acts, _visit_occasion).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_a_visit_as_the_occasion_of_talks_is_one_meeting(profile):
    text = "インドのモディ首相は、来月に予定されるマクロン大統領のインド訪問の際に停戦への協力を働きかける考えだ。"
    ms = records_in(text, "meeting", profile, "2026-05-05")
    assert len(ms) == 1 and ms[0].status == "planned"
    assert ms[0].location is not None and ms[0].location.canonical == "India"
    assert {"Emmanuel Macron", "Narendra Modi"} <= names(ms[0].participants)


def test_talks_on_the_occasion_of_a_visit_are_that_visit():
    text = "モディ首相は、来月に予定されるマクロン大統領のインド訪問の際に協議する考えを明らかにした。"
    assert len(meetings(text, "2026-05-05")) == 1


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_something_during_a_visit_is_no_meeting(profile):
    # distractor: the visit is only the time of an attack
    text = "国連事務総長のキーウ訪問中に、市内にミサイルが着弾した。"
    assert records_in(text, "meeting", profile, "2026-05-05") == []


# A day and から(は) whose clause goes on to a meeting's name held or planned (「8日からは同じドーハで次の協議が
# 予定されている」, 「きのうから…会議が開かれています」) dates the sitting by its first day (_opening_from,
# held_plan_words); a day from which something else runs (「8日から攻撃が続き」) dates no meeting.

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_a_sitting_planned_from_a_day_takes_that_day(profile):
    text = "8日からは同じドーハで米国とイランの次の協議が予定されている。"
    ms = records_in(text, "meeting", profile, "2026-05-05")
    assert len(ms) == 1 and ms[0].status == "planned"
    assert ms[0].date is not None and ms[0].date.start == day("2026-05-08")


def test_a_day_from_which_attacks_run_dates_no_meeting():
    # distractor: the day dates the attacks, the talks told after the comma have no day
    text = "8日から攻撃が続き、両国の協議は中断した。"
    assert all(m.date is None or m.date.start != day("2026-05-08") for m in meetings(text, "2026-05-12"))


# A bare round word right before the name it counts (「2回目の協議」) is that name's ordinal, no hit of its own: the
# later round's day does not date the first round told before it (_named_rounds); a bare 「2回目は」 still counts.

def test_a_later_rounds_day_does_not_date_the_first_round():
    text = "両国は先月、ドーハで初めての協議を行い、8日からは同じドーハで2回目の協議が予定されている。"
    ms = meetings(text, "2026-05-05")
    first = [m for m in ms if m.status == "held"]
    assert len(ms) == 2 and first and first[0].date is not None and first[0].date.start == day("2026-04-01")


def test_a_bare_round_word_is_still_a_meeting():
    # distractor for the filter: no name follows the round word
    text = "両国は先月、ドーハで初めての協議を行った。2回目は8日、同じドーハで開かれる予定だ。"
    assert [m for m in meetings(text, "2026-05-05") if m.status == "planned"]


# --- round 20: meeting date and status ---
# A gathering verb that modifies the meeting's name tells its status by its own tense (_modifier): non-past
# (「7月にワシントンで開かれる首脳会議で」) is planned and its month read forward; progressive (「ブリュッセルで
# 開かれている首脳会議で」, 「東京で開催中の会議」) is ongoing, also past a body told before the name
# (「開かれている北大西洋条約機構（NATO）首脳会議」).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_a_summit_a_nonpast_verb_modifies_is_planned_and_ahead(profile):
    text = "ポーランド政府は、7月にワシントンで開かれるNATO首脳会議で、防空支援の拡大を提案する方針だ。"
    ms = [x for x in records_in(text, "meeting", profile, "2026-04-10") if "首脳会議" in x.name]
    assert ms and ms[0].status == "planned"
    assert ms[0].date is not None and str(ms[0].date.start) == "2026-07-01"


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_a_summit_a_progressive_verb_modifies_is_ongoing(profile):
    text = "ゼレンスキー大統領は、ブリュッセルで開かれている欧州連合（EU）の首脳会議に出席し、支援の継続を訴えた。"
    ms = [x for x in records_in(text, "meeting", profile, "2026-03-20") if "首脳会議" in x.name]
    assert ms and ms[0].status == "ongoing"


def test_a_body_between_the_progressive_verb_and_the_name_still_tells_ongoing():
    text = "ローマで開催されている北大西洋条約機構（NATO）外相会合に出席中のシビハ外相は、記者団に支援を求めた。"
    ms = [x for x in meetings(text, "2026-04-03") if "外相会合" in x.name]
    assert ms and ms[0].status == "ongoing"


def test_a_summit_a_past_verb_modifies_stays_held():
    # negative: 開かれた is past; the non-past and progressive modifiers must not fire on it
    text = "3月にブリュッセルで開かれた首脳会議では、凍結資産の活用をめぐる結論は出なかった。"
    ms = [x for x in meetings(text, "2026-04-10") if "首脳会議" in x.name]
    assert ms and ms[0].status == "held"
    assert ms[0].date is not None and str(ms[0].date.start) == "2026-03-01"


def test_a_plan_told_after_the_name_is_not_a_modifier():
    # negative: the verb follows the name (首脳会議を…開く); planned by the sentence, not read as ongoing
    text = "両国は首脳会議を来月ワルシャワで開くことで一致した。"
    ms = [x for x in meetings(text, "2026-04-10") if "首脳会議" in x.name]
    assert ms and ms[0].status == "planned"


# A talks noun whose own verb is a non-past start or a wish, reported in the past (「協議を始めると述べた」,
# 「協議を始めたいと述べた」), is planned and its bare day read forward (future_verbs).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_talks_someone_wants_to_start_on_a_day_are_planned_ahead(profile):
    text = "ロシアのラブロフ外相は、18日にジュネーブでウクライナ側と協議を始めたいと述べた。"
    ms = [x for x in records_in(text, "meeting", profile, "2026-04-14") if "協議" in x.name]
    assert ms and ms[0].status == "planned"
    assert ms[0].date is not None and str(ms[0].date.start) == "2026-04-18"


def test_a_wish_in_a_later_clause_leaves_talks_held():
    # negative: the talks are told in the continuative (協議し、); the wish belongs to the later clause
    text = "ラブロフ外相は8日にジュネーブでウクライナ側と協議し、捕虜交換を続けたいと述べた。"
    ms = [x for x in meetings(text, "2026-04-14") if "協議" in x.name]
    assert ms and ms[0].status == "held" and str(ms[0].date.start) == "2026-04-08"


# A day chained to the one before (「28日に…と会い、翌29日には…と会談した」) told in the past reads back like a
# bare day: last month's 29th when published on the 20th, not the 29th still to come (resolve_backward).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_a_chained_day_told_as_held_is_last_months(profile):
    text = "ウィトコフ特使は27日にラブロフ外相と会い、翌28日にはプーチン大統領とモスクワで会談した。"
    ms = records_in(text, "meeting", profile, "2026-05-19")  # one or two meetings, each held last month
    assert ms and all(x.status == "held" and x.date is not None for x in ms)
    assert "2026-04-28" in {str(x.date.end) for x in ms} and all(str(x.date.end) <= "2026-05-19" for x in ms)


def test_a_chained_day_told_as_planned_stays_ahead():
    # negative: the same chain told as a plan keeps this month's 28th
    text = "ウィトコフ特使は27日にラブロフ外相と会い、翌28日にはプーチン大統領とモスクワで会談する予定だ。"
    ms = meetings(text, "2026-05-19")
    assert ms and all(x.status == "planned" for x in ms) and "2026-05-28" in {str(x.date.end) for x in ms}


# Eagerness or a search bound to the talks word itself (「3者首脳会談に意欲を示している」, 「首脳会談が模索されて
# いる」) makes a planned meeting (future_after); eagerness in a later clause (「会談し、協力拡大に意欲を示した」)
# leaves the talks held.

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_talks_someone_is_eager_for_are_planned(profile):
    text = ("トルコのエルドアン大統領は、ロシアのプーチン大統領、ウクライナのゼレンスキー大統領との"
            "3者首脳会談に意欲を示している。")
    ms = [x for x in records_in(text, "meeting", profile, "2026-05-19") if "会談" in x.name]
    assert ms and ms[0].status == "planned"


def test_eagerness_in_a_later_clause_leaves_talks_held():
    # negative: 意欲 is the object of the later clause, not the talks' own predicate
    text = "プーチン大統領は12日、モスクワで習近平国家主席と会談し、経済協力の拡大に意欲を示した。"
    ms = [x for x in meetings(text, "2026-05-19") if "会談" in x.name]
    assert ms and ms[0].status == "held"


# A sitting that a later mention tells as under way (「…で開かれているEU首脳会議は2日目の協議に入った」) is ongoing,
# though its first day is told as held (_told_under_way); told closed (閉幕した), it stays held.

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_a_summit_told_under_way_on_its_second_day_is_ongoing(profile):
    text = ("EU首脳会議は18日、ブリュッセルで開幕し、対ロシア制裁を協議した。"
            "ブリュッセルで開かれているEU首脳会議は19日、2日目の協議に入った。")
    ms = [x for x in records_in(text, "meeting", profile, "2026-03-19") if "首脳会議" in x.name]
    assert ms and ms[0].status == "ongoing"


def test_a_summit_under_way_then_closed_is_held():
    # negative: the same sitting told closed (閉幕) is over
    text = ("EU首脳会議は18日、ブリュッセルで開幕し、対ロシア制裁を協議した。"
            "ブリュッセルで開かれているEU首脳会議は19日、閉幕した。")
    ms = [x for x in meetings(text, "2026-03-20") if "首脳会議" in x.name]
    assert ms and ms[0].status == "held"


# --- round 21: signings told per side, a body's sitting attended by another leader ---
# A signing verb told with それぞれ after a ceremony (「署名式は…で開かれた。AとBは、それぞれC、Dとの間で文書に
# 署名した」) is that one ceremony, not one meeting per partner (_per_partner leaves signing triggers whole).
# A bloc's sitting named again with a leader told attending it (「G7の緊急会合にはA首相も出席する」) is the sitting
# told before, whatever mode the first mention gave it (_same_body_sitting with m.attendance).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r21_signing_each_with_a_partner_is_the_ceremony(profile):
    text = ("フィンランドとエストニアは3日、海底ケーブル保護の協定で合意した。"
            "署名式はヘルシンキの大統領官邸で開かれ、グテーレス国連事務総長が立ち会った。"
            "フィンランドのハッカネン国防相と、エストニアのペブクル国防相は、それぞれ国連の代表、"
            "ドイツのピストリウス国防相との間で別々の文書に署名した。")
    ms = records_in(text, "meeting", profile, "2026-03-04")
    assert not [m for m in ms if m.name.startswith("署名し")], [(m.name, m.rule) for m in ms]


def test_r21_talks_each_with_partners_still_split():
    # negative: talks (not a signing) told with それぞれ stay one meeting per partner
    text = "ルビオ国務長官は5日、パリでフランスのバロ外相、英国のラミー外相とそれぞれ会談した。"
    ms = [m for m in meetings(text, "2026-03-06") if "会談" in m.name]
    assert len(ms) == 2, [(m.name, m.rule) for m in ms]


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r21_a_blocs_sitting_attended_by_another_leader_is_one_meeting(profile):
    text = ("議長国イタリアの政府は、あす12日、G7首脳によるオンライン形式の緊急会合を開くと発表しました。"
            "G7の緊急会合にはカナダのカーニー首相も出席する方向で調整しています。")
    ms = [m for m in records_in(text, "meeting", profile, "2026-03-11") if "緊急会合" in m.name]
    assert len(ms) == 1, [(m.name, m.mode) for m in ms]


def test_r21_another_blocs_sitting_stays_apart():
    # negative: a sitting of another body, attended by a leader, does not give its people to the G7's
    text = ("議長国イタリアの政府は、あす12日、G7首脳によるオンライン形式の緊急会合を開くと発表しました。"
            "EUの緊急会合にはカナダのカーニー首相も出席する方向で調整しています。")
    g7 = [m for m in meetings(text, "2026-03-11") if any(p.canonical == "Group of Seven" for p in m.parties)]
    assert g7 and not any("Carney" in (p.canonical or "") for m in g7 for p in m.participants), g7


# A repetition adverb between the partner's と and the meeting verb (「B氏と再び会い」, 「B氏と改めて会う予定だ」) is
# a meeting verb like 「B氏と相次いで会い」 (triggers).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r21_meeting_a_partner_again_is_a_meeting(profile):
    text = "関係筋によると、ラミー外相は8日にもロンドンでシビハ外相と再び会い、協議の結果を伝える見通しだ。"
    ms = [m for m in records_in(text, "meeting", profile, "2026-04-06") if "会" in m.name]
    assert len(ms) == 1 and ms[0].status == "planned", [(m.name, m.status) for m in ms]
    assert ms[0].date is not None and ms[0].date.start.isoformat() == "2026-04-08"


def test_r21_meeting_again_as_a_wish_with_no_partner_is_none():
    # negative: no partner before the verb
    text = "両外相は再び会いたいとの意向を示したが、日程は決まっていない。"
    assert [m for m in meetings(text, "2026-04-06") if "再び" in m.name] == []


# --- round 22: meeting dates, people and names ---

# A bare day told a few days before a date with its month in the same sentence (3月20日の首脳会議を前に、…18日に
# 会談した) is in that month, not in the publication month (entities.inherit_month).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22_day_just_before_a_told_month_takes_that_month(profile):
    text = "3月20日の首脳会議を前に、イタリアのメローニ首相とフランスのマクロン大統領は18日にローマで会談した。"
    ms = [m for m in records_in(text, "meeting", profile, "2025-04-22") if m.name == "会談"]
    assert len(ms) == 1 and ms[0].date is not None and ms[0].date.start == day("2025-03-18"), ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22_day_long_before_a_told_month_keeps_the_publication_month(profile):
    # negative: two weeks before the told day, the bare day is the later month's (the publication month's)
    from rule_helpers import run_in
    text = "5月20日の初会合は注目を集めたが、3日の2回目の会合でも捕虜交換以外の進展はなかった。"
    got = [e.value.start for e in run_in(text, profile, "2025-06-05").entities if e.label == "DATE" and e.text == "3日"]
    assert got == [day("2025-06-03")], got


# A planning noun that is another verb's object after the trigger's own clause (会談したあと、予定を切り上げ;
# 電話会談で方針を伝えた) does not make the meeting planned, nor move its day forward.

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22_plan_noun_as_later_object_keeps_meeting_held(profile):
    text = "マクロン大統領は12日にベルリンでメルツ首相と会談したあと、予定を切り上げて帰国した。"
    ms = records_in(text, "meeting", profile)
    assert len(ms) == 1 and ms[0].status == "held" and ms[0].date.start == day("2026-01-12"), ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22_policy_told_in_a_call_keeps_call_held(profile):
    text = "ストゥブ大統領は15日、プーチン大統領との電話会談で方針を伝えた。"
    ms = records_in(text, "meeting", profile)
    assert len(ms) == 1 and ms[0].status == "held" and ms[0].date.start == day("2026-01-15"), ms


def test_r22_plan_noun_led_by_nonpast_verb_stays_planned():
    # negative: 会談する方針を固めた — the plan is the meeting's own
    m = only("ゼレンスキー大統領とトランプ大統領は来月会談する方針を固めた。", "meeting")
    assert m.status == "planned", m


# A numbered day chained to another day (前日の15日, 翌日の2日) in a meeting told as past is read back like 翌29日
# (dates.chained_day_prefixes).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22_day_after_previous_day_word_read_back(profile):
    text = "シビハ外相は前日の15日、アンカラでフィダン外相と会談した。"
    ms = records_in(text, "meeting", profile, "2026-02-04")
    assert len(ms) == 1 and ms[0].date.start == day("2026-01-15") and ms[0].status == "held", ms


def test_r22_chained_day_resolve_backward_only_when_past_of_reference():
    from ukpeace.models import TimeSpan
    from ukpeace.normalize.dates import resolve_backward
    span = TimeSpan(text="翌日の2日", start=day("2026-02-02"), end=day("2026-02-02"), granularity="day", relative=True)
    assert resolve_backward(span, day("2026-01-23")).start == day("2026-01-02")
    # negative: a day already on or before the reference stays
    assert resolve_backward(span, day("2026-02-05")).start == day("2026-02-02")


# 同日 with a clock time or の and a time of day (同日午後3時, 同日の夕方) is still the last day told, not the
# publication day (entities.resolve_anaphoric_days).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22_same_day_with_clock_time_takes_last_day_told(profile):
    text = "ゼレンスキー大統領は16日、ブリュッセルに到着した。同日午後3時、大統領はEUのコスタ大統領と会談した。"
    ms = records_in(text, "meeting", profile)
    assert len(ms) == 1 and ms[0].date.start == day("2026-01-16"), ms


def test_r22_same_day_forms_reduce_to_the_anaphoric_day():
    from ukpeace.entities import _without_time_of_day
    assert [_without_time_of_day(t) for t in ("同日午後６時", "同日の夕方", "前日夜", "同日午前7時過ぎ")] == \
        ["同日", "同日", "前日", "同日"]
    # negative: a numbered day with a time, and 翌朝 (a word of its own), stay as they are
    assert [_without_time_of_day(t) for t in ("19日夜", "翌朝", "同日中")] == ["19日夜", "翌朝", "同日中"]


# A day that starts right after the trigger and its particle dates it however long it is (協議が、27日と28日の両日、
# …行われる予定); a day opening the next clause as its topic (会談を、16日には…) does not.

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22_long_day_span_right_after_trigger_dates_it(profile):
    text = ("ペスコフ大統領報道官は20日、米国とウクライナの代表による協議が、27日と28日の両日、"
            "ジュネーブで行われる予定だと述べた。")
    ms = records_in(text, "meeting", profile)
    assert len(ms) == 1 and (ms[0].date.start, ms[0].date.end) == (day("2026-01-27"), day("2026-01-28")), ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22_next_clause_topic_day_does_not_date_the_meeting(profile):
    # negative: 16日には opens the next clause
    text = "首相は、15日にはベルリンでメルツ首相と会談を、16日にはパリでマクロン大統領と会談を行った。"
    got = sorted(m.date.start for m in records_in(text, "meeting", profile))
    assert got == [day("2026-01-15"), day("2026-01-16")], got


# Talks proposed in the volitional (交渉を再開しようと提案した) are planned, their day read forward; talks told in
# a concessive hypothetical (交渉が実現したとしても) are not held.

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22_talks_proposed_in_volitional_are_planned(profile):
    text = "ロシアのプーチン大統領は12日、25日にイスタンブールでウクライナとの直接交渉を再開しようと提案した。"
    ms = records_in(text, "meeting", profile)
    assert len(ms) == 1 and ms[0].status == "planned" and ms[0].date.start == day("2026-01-25"), ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22_hypothetical_realisation_is_not_held(profile):
    text = ("プーチン大統領は、15日にイスタンブールでウクライナとの直接交渉を再開しようと提案した。"
            "15日の交渉が実現したとしても、難航は必至だ。")
    ms = records_in(text, "meeting", profile, "2026-01-12")
    assert len(ms) == 1 and ms[0].status == "planned" and ms[0].date.start == day("2026-01-15"), ms


def test_r22_talks_told_as_realised_stay_held():
    # negative: 実現した with no concession is held
    m = only("ロシアとウクライナの直接交渉が10日にイスタンブールで実現した。", "meeting")
    assert m.status == "held" and m.date.start == day("2026-01-10"), m


# A visit with an adverb before its verb (キーウを予告なしに訪れ、…と会談した) and an arrival
# (ワルシャワに入り、…と会談) place the talks there (_VISIT, venue_after).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22_visit_with_adverb_places_the_talks(profile):
    text = "ショルツ首相は15日、ウクライナの首都キーウを事前の予告なしに訪れ、ゼレンスキー大統領と会談した。"
    ms = records_in(text, "meeting", profile)
    assert len(ms) == 1 and ms[0].location is not None and ms[0].location.canonical == "Kyiv", ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22_arrival_places_the_talks(profile):
    text = "マクロン大統領はこの後ベルリンに入り、16日にドイツのメルツ首相と会談した。"
    ms = records_in(text, "meeting", profile)
    assert len(ms) == 1 and ms[0].location is not None and ms[0].location.canonical == "Berlin", ms


def test_r22_place_object_of_another_verb_is_no_venue():
    # negative: the place is what was discussed (を巡る), not visited
    m = only("ショルツ首相は15日、キーウを巡る情勢についてゼレンスキー大統領と電話で会談した。", "meeting")
    assert m.location is None, m.location


# A bare sitting word told again (首脳会議に出席したA氏は) passes over the series' next sitting told just before it
# (次回首脳会議) to the sitting held (_story_sitting, _other_session).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22_bare_sitting_again_skips_the_next_sitting(profile):
    text = ("欧州連合（EU）は23日、ブリュッセルで首脳会議を開いたが、支援策の合意を見送った。"
            "12月の次回首脳会議で改めて協議する。\n首脳会議に出席したゼレンスキー大統領は早期の決定を訴えた。")
    ms = {m.status: m for m in records_in(text, "meeting", profile, "2025-10-24")}
    assert set(ms) == {"held", "planned"}, ms
    assert names(ms["held"].participants) == {"Volodymyr Zelenskyy"} and not ms["planned"].participants, ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22_next_sitting_named_again_keeps_its_people(profile):
    # negative: the next sitting named again is that sitting
    text = ("欧州連合（EU）は12月の次回首脳会議で支援策を改めて協議する。"
            "次回首脳会議にはゼレンスキー大統領も出席する予定だ。")
    ms = records_in(text, "meeting", profile, "2025-10-24")
    assert len(ms) == 1 and names(ms[0].participants) == {"Volodymyr Zelenskyy"}, ms


# The subject of a sentence that came to attend the meeting (サミットに出席するため…訪問中のA首相は) attends it
# (attend_purpose_after).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22_subject_come_to_attend_is_a_participant(profile):
    text = "G7サミットに出席するためカナダを訪問中の石破首相は、16日にカーニー首相と会談した。"
    ms = {m.name: m for m in records_in(text, "meeting", profile, "2025-06-17")}
    summit = next(m for n, m in ms.items() if "サミット" in n)
    assert "Shigeru Ishiba" in names(summit.participants), summit.participants


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22_partner_of_the_attendee_is_not_at_the_summit(profile):
    # negative: only the subject came to attend; the partner of the later talks is not made an attendee
    text = "G7サミットに出席するためカナダを訪問中の石破首相は、16日にカーニー首相と会談した。"
    summit = [m for m in records_in(text, "meeting", profile, "2025-06-17") if "サミット" in m.name]
    assert summit and all("Mark Carney" not in names(m.participants) for m in summit), summit


# A trigger dated by its own modifier before において (AとBが18日の電話会談において合意した) is that sitting, not a
# bare reference to the talks told (_bare_setting).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22_dated_call_as_setting_is_a_meeting(profile):
    text = ("また双方は、マクロン大統領とメルツ首相が12日の電話会談において合意した支援策を、"
            "来月までに実施することでも一致した。")
    ms = records_in(text, "meeting", profile)
    assert len(ms) == 1 and ms[0].mode == "phone" and ms[0].date.start == day("2026-01-12"), ms
    assert names(ms[0].participants) == {"Emmanuel Macron", "Friedrich Merz"}, ms[0].participants


def test_r22_bare_call_as_setting_refers_back():
    # negative: the bare 会談において after the talks told is those talks
    text = "マクロン大統領は12日、メルツ首相と会談した。大統領は会談において、支援の継続を求めた。"
    assert len(records(text, "meeting")) == 1


# One speaker at the story's gathering, told with its bare head and day (A長官は5日の会合で…と述べた), is at that
# gathering, not at a meeting of their own (_Cluster._context_verdict).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22_speaker_at_the_bare_gathering_joins_it(profile):
    text = ("約40カ国の高官による会合が5日、サウジアラビアのジッダで始まった。中国も代表団を送った。\n"
            "ウクライナのイエルマーク大統領府長官は5日の会合で「領土の一体性の尊重が前提だ」と述べた。")
    ms = records_in(text, "meeting", profile, "2023-08-06")
    assert len(ms) == 1 and "Andriy Yermak" in names(ms[0].participants), ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22_pair_meeting_at_the_gathering_stays_apart(profile):
    # negative: two people meeting each other on the gathering's day are talks of their own
    text = ("約40カ国の高官による会合が5日、サウジアラビアのジッダで始まった。\n"
            "ウクライナのイエルマーク長官とサリバン補佐官は5日の会合で個別に会談した。")
    assert len(records_in(text, "meeting", profile, "2023-08-06")) == 2


# A plan told with its own day (…訪問を3月10日に延期する) after talks told as held with no day of their own is no
# reference to those talks: it does not make them planned nor give them its day (_reference_to_last).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22_postponed_visit_does_not_turn_held_talks_planned(profile):
    text = ("ゼレンスキー大統領は訪問先のアンカラでエルドアン大統領と会談した後の記者会見で、協力の強化を強調した。"
            "19日に予定していたサウジアラビア訪問を3月10日に延期すると明らかにした。")
    ms = records_in(text, "meeting", profile, "2025-02-18")
    assert ms and all(m.status == "held" and m.date is None for m in ms), ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22_bare_reference_still_joins_held_talks(profile):
    # negative: a bare reference with no plan of its own still belongs to the talks
    text = ("ゼレンスキー大統領は訪問先のアンカラでエルドアン大統領と会談した後の記者会見で、協力の強化を強調した。"
            "会談は2時間に及んだ。")
    ms = records_in(text, "meeting", profile, "2025-02-18")
    assert len(ms) == 1 and ms[0].status == "held", ms


# --- round 22b: meeting parties and participants ---
# The person who convenes or chairs a meeting, told in the phrase that modifies its name (AのB首相の呼びかけにより
# 開催された会議, C議長が議長を務めた首脳会議), takes part in it, with their state (_conveners, convener_after).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22b_convener_by_call_is_a_participant(profile):
    text = ("岸田首相は8日夜、議長国イタリアのメローニ首相の呼びかけにより開催されたG7首脳オンライン会議に出席した。"
            "会議にはウクライナのゼレンスキー大統領も加わった。")
    ms = records_in(text, "meeting", profile, "2024-03-09")
    assert len(ms) == 1 and "Giorgia Meloni" in names(ms[0].participants), ms
    assert "Italy" in names(ms[0].parties), ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22b_chair_of_the_summit_is_a_participant(profile):
    text = ("ブリュッセルで20日、シャルル・ミシェル欧州理事会常任議長が議長を務めた首脳会議が開かれ、"
            "追加支援で合意した。")
    ms = records_in(text, "meeting", profile, "2023-03-21")
    assert len(ms) == 1 and "Charles Michel" in names(ms[0].participants), ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22b_call_for_talks_far_from_the_name_adds_nobody(profile):
    # negative: a person's appeal told in another clause is not the convening of the meeting
    text = ("バイデン大統領の呼びかけで各国が支援の拡大を表明し、"
            "ドイツのショルツ首相とフランスのマクロン大統領は同日、パリで会談した。")
    ms = records_in(text, "meeting", profile, "2023-03-21")
    assert ms and all("Joe Biden" not in names(m.participants) for m in ms), ms


# A second gathering told after the first in one sentence (Bと会談し、続いて…首脳らを交えた会合を開いた) is a meeting
# of its own, never merged into the first; joined to it (交えた, 加えた) it also has the first one's people, and an
# attendee sentence after it is its own (sequel_links, sequel_joins, _sequel_people, _later_meeting).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22b_sequel_gathering_is_a_meeting_of_its_own(profile):
    text = ("フランスのマクロン大統領は3日、パリのエリゼ宮でドイツのメルツ首相と会談し、続いて欧州各国の首脳らを交えた"
            "会合を開いた。参加したのは、英国のスターマー首相、イタリアのメローニ首相らだ。")
    ms = records_in(text, "meeting", profile, "2025-09-04")
    assert len(ms) == 2, ms
    talks = next(m for m in ms if "Keir Starmer" not in names(m.participants))
    assert names(talks.participants) == {"Emmanuel Macron", "Friedrich Merz"}, ms
    gathering = next(m for m in ms if "Keir Starmer" in names(m.participants))
    assert {"Emmanuel Macron", "Friedrich Merz", "Giorgia Meloni"} <= names(gathering.participants), ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22b_two_names_of_one_summit_stay_one(profile):
    # negative: a second name of the same summit after a comma, with no sequence word, is that summit
    text = "主要7カ国の首脳会議、サミットが26日から28日まで、ドイツ南部のエルマウで開かれる。"
    assert len(records_in(text, "meeting", profile, "2022-06-20")) == 1


# A meeting named as the anchor of another event's time (会合の前夜にも…攻撃した, 会談の翌日) is no meeting mention
# (not_after).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22b_eve_of_the_meeting_tells_no_meeting(profile):
    text = ("米ロ首脳は15日、アンカレッジで会談した。\n"
            "ワシントンでの会合の前夜にも、ロシアは東部ハルキウを無人機で攻撃した。")
    ms = records_in(text, "meeting", profile, "2025-08-19")
    assert len(ms) == 1, ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r22b_people_joining_after_the_talks_join_the_sequel_gathering(profile):
    text = ("フランスのマクロン大統領は3日、パリのエリゼ宮でドイツのメルツ首相と会談し、続いて欧州各国の首脳らを交えた"
            "会合を開いた。\n2人の会談のあと、英国のスターマー首相とイタリアのメローニ首相が加わり、エリゼ宮で協議が"
            "行われた。")
    ms = records_in(text, "meeting", profile, "2025-09-04")
    assert len(ms) == 2, ms
    assert any({"Keir Starmer", "Giorgia Meloni", "Emmanuel Macron"} <= names(m.participants) for m in ms), ms


# --- round 23: meetings ---
# 両国 / 双方 as the subject of bilateral talks stands for the two states the story is about: the last pair told
# before it, else the two named most often (both_states, both_state_links, _both_states).

def _sides(m) -> set:
    return {p.canonical for p in m.parties}


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r23_both_states_take_the_pair_told_before(profile):
    text = ("アゼルバイジャンとアルメニアの国境画定をめぐる交渉が続いている。\n"
            "両国の代表団は12日、ジョージアの首都トビリシで3回目の協議を行った。")
    ms = records_in(text, "meeting", profile, "2025-03-14")
    assert len(ms) == 1, ms
    assert {"Azerbaijan", "Armenia"} <= _sides(ms[0]), ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r23_both_states_take_the_most_named_states(profile):
    text = ("ロシアのウクライナ侵攻から3年。ロシア軍は東部で攻勢を強め、ウクライナ軍は防戦を続ける。\n"
            "両国の代表団は16日、トルコのイスタンブールで直接協議を行った。")
    ms = records_in(text, "meeting", profile, "2025-05-17")
    assert len(ms) == 1, ms
    assert {"Russia", "Ukraine"} <= _sides(ms[0]), ms
    assert "Turkey" not in _sides(ms[0]), ms  # the venue's country is a place, not a side


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r23_both_states_not_when_others_are_named_before_the_talks(profile):
    # negative: 双方 is the subject of another clause; the call is between the two leaders named
    text = ("エネルギー施設への攻撃停止をめぐり、ロシアとウクライナの実務者が協議した。\n"
            "双方は、フランスのマクロン大統領とドイツのメルツ首相が10日の電話会談で示した案を検討する。")
    ms = records_in(text, "meeting", profile, "2025-03-14")
    call = next(m for m in ms if m.mode == "phone")
    assert not {"Russia", "Ukraine"} & _sides(call), ms


# Talks told with no day and no place after a leaders' summit held at a known place are held on its sidelines:
# they take its venue (_on_sidelines). Not after a sitting that is no leaders' summit (an emergency UNSC meeting).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r23_undated_talks_after_a_summit_take_its_venue(profile):
    text = ("主要7カ国首脳会議（G7サミット）が13日、イタリア南部プーリア州で開幕した。\n"
            "カナダのトルドー首相は、ドイツのショルツ首相と会談し、支援の継続を確認した。")
    ms = records_in(text, "meeting", profile, "2024-06-14")
    talks = next(m for m in ms if {"Justin Trudeau", "Olaf Scholz"} <= names(m.participants)
                 and "サミット" not in m.name and "首脳会議" not in m.name)
    assert talks.location is not None and "Apulia" in talks.location.canonical, ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r23_undated_talks_after_a_council_sitting_keep_no_venue(profile):
    # negative: an emergency sitting of the Security Council is no leaders' summit whose sidelines the talks are on
    text = ("国連安全保障理事会は5日、ニューヨークの国連本部で緊急会合を開いた。\n"
            "カナダのトルドー首相は、ドイツのショルツ首相と会談し、支援の継続を確認した。")
    ms = records_in(text, "meeting", profile, "2024-06-06")
    talks = next(m for m in ms if {"Justin Trudeau", "Olaf Scholz"} <= names(m.participants))
    assert talks.location is None, ms


# A convened council (convened_bodies) told as sitting: its quoted name with を/が and a convening verb
# (「…理事会」が開かれた), or attended on a day (A大統領が出席した11日の…理事会) (_convened, attended_before).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r23_quoted_council_told_as_held_is_a_meeting(profile):
    text = "北大西洋条約機構（NATO）は8日、外相級の「NATO・ウクライナ理事会」をブリュッセルで開いた。"
    ms = records_in(text, "meeting", profile, "2025-05-09")
    assert any("NATO" in {p.canonical for p in m.parties} for m in ms), ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r23_council_attended_on_a_day_is_a_meeting(profile):
    text = ("NATO首脳会議は10日に開幕し、11日に閉幕した。\n"
            "ただ、ゼレンスキー大統領が出席した11日のNATOウクライナ理事会でも、加盟への道は開かれなかった。")
    ms = records_in(text, "meeting", profile, "2025-07-12")
    assert len(ms) == 2, ms
    assert any("理事会" in m.name and m.status == "held" for m in ms), ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r23_council_named_as_a_body_is_no_meeting(profile):
    # negative: the council named as a body that exists, neither convened nor attended
    text = "NATOウクライナ理事会は、加盟国とウクライナが対等な立場で協議する枠組みとして設けられた。"
    assert records_in(text, "meeting", profile, "2025-05-10") == []


# A city that seats international bodies (body_seat_cities: Geneva, Brussels, ...) hosts no meeting as its country:
# no host party for a conference there, and a country told only as where it lies (スイス・ジュネーブで) is no side
# (_seat_city, _seat_country). A country that hosts talks elsewhere (トルコ・イスタンブール) is left as it was.

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r23_country_of_a_seat_city_is_no_side(profile):
    text = "米国とウクライナの代表団は23日、スイス・ジュネーブで和平案をめぐって協議した。"
    ms = records_in(text, "meeting", profile, "2025-11-24")
    assert len(ms) == 1, ms
    assert _sides(ms[0]) == {"United States", "Ukraine"}, ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r23_conference_in_a_seat_city_has_no_host_party(profile):
    text = "ウクライナ支援をめぐる拠出国会合が10日、ブリュッセルで開かれた。"
    ms = records_in(text, "meeting", profile, "2025-11-11")
    assert len(ms) == 1 and "Belgium" not in _sides(ms[0]), ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r23_conference_elsewhere_keeps_its_host(profile):
    # negative: a city that seats no international body: its country hosts the conference
    text = "ウクライナ復興会議が10日、ベルリンで開かれた。"
    ms = records_in(text, "meeting", profile, "2024-06-11")
    assert len(ms) == 1 and "Germany" in _sides(ms[0]), ms


# Members of a side's delegation told on their own in the sentences after talks held in person (delegate_before,
# delegate_after) attended those talks (_delegation_members, delegate_reach).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r23_delegation_members_told_after_the_talks_attended(profile):
    text = ("米国とウクライナの代表団は16日、サウジアラビアのジッダで協議した。協議は約8時間に及んだ。\n"
            "ウクライナ代表団のイエルマーク大統領府長官は記者団に「建設的だった」と語った。\n"
            "米代表団を率いるルビオ国務長官は、ロシア側に提案を伝える考えを示した。")
    ms = records_in(text, "meeting", profile, "2025-03-17")
    assert len(ms) == 1, ms
    assert {"Andriy Yermak", "Marco Rubio"} <= names(ms[0].participants), ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r23_delegation_members_not_of_a_call(profile):
    # negative: talks by phone; a delegation member told after it is no participant of the call
    text = ("トランプ米大統領は16日、ゼレンスキー大統領と電話で会談した。\n"
            "ウクライナ代表団のイエルマーク大統領府長官は、来週にも訪米する考えを示した。")
    ms = records_in(text, "meeting", profile, "2025-03-17")
    call = next(m for m in ms if m.mode == "phone")
    assert "Andriy Yermak" not in names(call.participants), ms


# A state or bloc right before the ministers it sends (party_follow: 財務相, 国防相, 閣僚) takes part in their meeting.

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r23_bloc_before_its_ministers_takes_part(profile):
    text = "主要7カ国（G7）財務相・中央銀行総裁会議が20日、カナダ西部のバンフで開幕した。"
    ms = records_in(text, "meeting", profile, "2025-05-21")
    assert len(ms) == 1 and "Group of Seven" in _sides(ms[0]), ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r23_state_of_a_minister_told_as_topic_is_no_party(profile):
    # negative: the country is what the talks are about (ロシアとの戦争), not a side, even with a minister title near
    text = ("ドイツの国防相は20日、ベルリンでウクライナのウメロフ国防相と会談し、"
            "ロシアとの戦争終結に向けた道筋を協議した。")
    ms = records_in(text, "meeting", profile, "2025-05-21")
    assert ms and all("Russia" not in _sides(m) for m in ms), ms


# --- round 24: meeting people (pair-named meetings, sequels, eve meetings, 同氏) ---
# People joined by と/、 that modify a meeting's name with の/による (AとBの会談, A、B両氏による会談) are its people,
# not the clause's subject who arranges it (_named_pair).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r24_pair_named_meeting_has_the_pair_not_the_arranger(profile):
    text = ("マクロン大統領は12日、ゼレンスキー大統領とプーチン大統領の直接会談の実現に向けて"
            "調整に入ったと明らかにした。")
    ms = records_in(text, "meeting", profile, "2025-06-13")
    pair = [m for m in ms if {"Volodymyr Zelenskyy", "Vladimir Putin"} <= names(m.participants)]
    assert pair and "Emmanuel Macron" not in names(pair[0].participants), ms
    assert {"Ukraine", "Russia"} <= names(pair[0].parties), ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r24_pair_told_as_both_of_them(profile):
    # round 25: 開く方針 (not 開く用意: readiness is no meeting)
    text = "エルドアン大統領は3日、プーチン、ゼレンスキー両氏による会談をイスタンブールで開く方針を示した。"
    ms = records_in(text, "meeting", profile, "2025-06-04")
    assert any({"Vladimir Putin", "Volodymyr Zelenskyy"} <= names(m.participants)
               and "Recep Tayyip Erdoğan" not in names(m.participants) for m in ms), ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r24_partner_with_to_no_is_no_pair(profile):
    # negative: AはBとの会談 — B is the subject's partner; the subject still takes part
    text = "マクロン大統領は12日、パリでプーチン大統領との会談に臨んだ。"
    ms = records_in(text, "meeting", profile, "2025-06-13")
    assert len(ms) == 1 and {"Emmanuel Macron", "Vladimir Putin"} <= names(ms[0].participants), ms


# A gathering that opens the next sentence as a sequel joining others to the meeting just told (続く拡大会合には…;
# その後、C首相らが加わり、拡大会合が開かれた) has that meeting's people too (_sequel_opening, sequel_openers).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r24_sequel_in_next_sentence_keeps_the_first_people(profile):
    text = ("ショルツ首相は5日、ベルリンでゼレンスキー大統領と会談した。"
            "その後、メローニ首相とトゥスク首相が加わり、拡大会合が開かれた。")
    ms = records_in(text, "meeting", profile, "2024-06-06")
    wide = [m for m in ms if "Giorgia Meloni" in names(m.participants)]
    assert wide and {"Olaf Scholz", "Volodymyr Zelenskyy", "Donald Tusk"} <= names(wide[0].participants), ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r24_next_sentence_without_joining_cue_is_no_sequel(profile):
    # negative: その後 alone opens another meeting; the first meeting's partner does not sit in it
    text = ("ショルツ首相は5日、ベルリンでゼレンスキー大統領と会談した。"
            "その後、トゥスク首相と電話で会談した。")
    ms = records_in(text, "meeting", profile, "2024-06-06")
    call = [m for m in ms if "Donald Tusk" in names(m.participants)]
    assert call and "Volodymyr Zelenskyy" not in names(call[0].participants), ms


# Talks told with their own people on a day of their own (前日の10日、…と会談した) are not the next day's talks at the
# same place whose people are others (_eve_with_others).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r24_meeting_on_the_eve_is_its_own(profile):
    text = ("米国とウクライナの高官協議が11日、リヤドで開かれ、ルビオ国務長官とイエルマーク大統領府長官が出席した。"
            "ゼレンスキー大統領は前日の10日、リヤドでムハンマド皇太子と会談した。")
    ms = records_in(text, "meeting", profile, "2025-03-12")
    talks = [m for m in ms if "Marco Rubio" in names(m.participants)]
    assert len(ms) == 2 and talks and "Mohammed bin Salman" not in names(talks[0].participants), ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r24_same_day_reference_stays_one_meeting(profile):
    # negative: the talks told again on their own day with a speaker are those talks
    text = ("米国とウクライナの高官協議が11日、リヤドで開かれた。"
            "ルビオ国務長官は11日の協議で、停戦案を示したと述べた。")
    ms = records_in(text, "meeting", profile, "2025-03-12")
    assert len(ms) == 1, ms


# A subject written 同氏 or 同 and a title is the latest person told as a subject before it in its paragraph
# (_same_one).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r24_same_one_subject_takes_part(profile):
    text = "グテレス事務総長は5日、「対話が必要だ」と強調した。同氏は6日にモスクワでラブロフ外相と会談した。"
    ms = records_in(text, "meeting", profile, "2024-06-07")
    assert len(ms) == 1 and {"António Guterres", "Sergey Lavrov"} <= names(ms[0].participants), ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r24_same_title_must_fit(profile):
    # negative: 同大統領 is not the foreign minister told before it
    text = "ラブロフ外相は5日、声明を出した。同大統領は6日にモスクワでルカシェンコ大統領と会談した。"
    ms = records_in(text, "meeting", profile, "2024-06-07")
    assert all("Sergey Lavrov" not in names(m.participants) for m in ms), ms


# --- round 25: meeting precision ---
# The series' next sitting told after a meeting in its sentence (…を開き、X日に次回協議を行う予定だ, a heading
# …、次回はX日) ends that meeting's clause at the comma before it: its day, place and plan are the next
# sitting's (_next_session_clause).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r25_next_sitting_keeps_its_own_day_and_plan(profile):
    text = "フランスとドイツは12日、ベルリンで外相会談を開き、来月20日にパリで次回の会談を開くことで合意した。"
    ms = records_in(text, "meeting", profile, "2026-03-14")
    first = [m for m in ms if not m.name.startswith("次")]
    assert len(first) == 1 and first[0].status == "held" and first[0].date.start == day("2026-03-12"), ms
    nxt = [m for m in ms if m.name.startswith("次")]
    assert nxt and nxt[0].status == "planned" and nxt[0].date.start == day("2026-04-20"), ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r25_heading_next_sitting_day_is_not_the_talks_day(profile):
    text = ("英仏が初の防衛協議、ロンドンで2日間　次回は来月5日\n"
            "英国とフランスの代表団は10日、ロンドンで2日間にわたった協議を終えた。")
    ms = records_in(text, "meeting", profile, "2026-03-11")
    assert len(ms) == 1 and ms[0].status == "held" and ms[0].date.start <= day("2026-03-10"), ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r25_next_step_is_no_next_sitting(profile):
    # negative: 次の段階 names no sitting; the clause after it still tells the talks' plan
    text = "両国は来月15日にワルシャワで協議を開き、次の段階に進む予定だ。"
    ms = records_in(text, "meeting", profile, "2026-03-11")
    assert len(ms) == 1 and ms[0].status == "planned" and ms[0].date.start == day("2026-04-15"), ms


# A talking verb (話し合った) chained after a meeting word, an attendance (出席し、) or a reference (会談後、) told
# before it in its sentence says what was discussed there: no meeting of its own (_content_of_told).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r25_talking_verb_after_a_call_is_that_call(profile):
    text = "ショルツ首相は3日、マクロン大統領と電話会談を行い、エネルギー価格の高騰について話し合った。"
    ms = records_in(text, "meeting", profile, "2026-03-04")
    assert len(ms) == 1 and ms[0].mode == "phone", ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r25_talking_verb_after_attendance_is_the_gathering(profile):
    text = ("ストルテンベルグ事務総長は5日夜、ブリュッセルの公邸に各国首脳を招いて夕食会を開いた。"
            "ショルツ首相やトゥスク首相らが出席し、防空の強化を話し合った。")
    ms = records_in(text, "meeting", profile, "2026-03-06")
    assert len(ms) == 1, ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r25_talking_verb_after_reference_is_no_meeting(profile):
    text = ("ロシアのラブロフ外相は2日、ジュネーブでルビオ国務長官と会談した。"
            "ラブロフ氏は会談後、記者団に「有益だった」と述べ、大使館の業務再開を話し合ったことを明らかにした。")
    ms = records_in(text, "meeting", profile, "2026-03-04")
    assert len(ms) == 1, ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r25_talking_verb_alone_is_a_meeting(profile):
    # negative: a talking verb with its own partner and no meeting word before it is a meeting
    text = "メローニ首相は8日、ローマでスターマー首相と移民対策について話し合った。"
    ms = records_in(text, "meeting", profile, "2026-03-09")
    assert len(ms) == 1 and {"Giorgia Meloni", "Keir Starmer"} <= names(ms[0].participants), ms


# Talks someone is only ready to hold or does not rule out (…交渉を行う用意があると述べた, …協議も排除しない) are a
# stance, no meeting (_readiness).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r25_readiness_to_talk_is_no_meeting(profile):
    text = "ルカシェンコ大統領は4日、ポーランドと国境問題をめぐる協議を行う用意があると述べた。"
    assert records_in(text, "meeting", profile, "2026-03-05") == []


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r25_talks_not_ruled_out_are_no_meeting(profile):
    text = "エルドアン大統領は、両国の首脳会談も排除しない考えを示した。"
    assert records_in(text, "meeting", profile, "2026-03-05") == []


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r25_readiness_told_at_talks_keeps_the_talks(profile):
    # negative: readiness said at talks held is the stance of another clause, not of the talks
    text = "ハンガリーとスロバキアの外相は4日、ブダペストで協議し、共同で仲介する用意があると表明した。"
    ms = records_in(text, "meeting", profile, "2026-03-05")
    assert len(ms) == 1 and ms[0].status == "held", ms


# A headline's items are set apart by full-width spaces: a meeting's clause ends with its item, and a day told in
# a later item is that item's (_headline_segment_end).

@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r25_headline_day_of_a_later_item_is_not_the_meetings(profile):
    text = ("英仏、ロンドンで防衛協議　合意は持ち越し　外相12日に訪米\n"
            "英国とフランスの代表団は8日、ロンドンで防衛協力をめぐって協議した。")
    ms = records_in(text, "meeting", profile, "2026-03-10")
    assert len(ms) == 1 and ms[0].status == "held" and ms[0].date.start == day("2026-03-08"), ms


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_r25_headline_day_in_the_meetings_own_item_stays(profile):
    # negative: a day inside the meeting's own item dates it
    text = ("英仏が12日にロンドンで防衛協議へ　合意目指す\n"
            "英国とフランスは、防衛協力をめぐる協議を開く予定だ。")
    ms = records_in(text, "meeting", profile, "2026-03-10")
    assert ms and all(m.date is not None and m.date.start == day("2026-03-12") for m in ms), ms

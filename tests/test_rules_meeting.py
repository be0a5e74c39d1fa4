"""Meeting records from short texts written for these tests (not from the dev corpus).

Each text is 1-3 sentences of ordinary Japanese wire-news prose. The positive tests check the
fields a user reads (location, date resolved against ``published``, status, mode, participants
with canonical English names, parties); the distractors must give no meeting record at all.
"""
from __future__ import annotations

import json

import pytest

import ukpeace

from rule_helpers import PUB, day, names, only, records, run  # noqa: E402,F401

pytestmark = pytest.mark.slow


def meetings(text: str, published: str | None = PUB):
    return records(text, "meeting", published)


def only_meeting(text: str, published: str | None = PUB):
    return only(text, "meeting", published)


# --- held, in person: location, absolute day, participants, parties ---------------------------

HELD = "ウクライナのゼレンスキー大統領と英国のスターマー首相は17日、ロンドンで会談した。両首脳は約2時間にわたり安全保障について話し合った。"


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
    text = "米国とロシアの代表団は来週、サウジアラビアのリヤドで協議する予定だ。ウィットコフ特使とドミトリエフ氏が出席する見通し。"
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

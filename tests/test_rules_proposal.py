"""Proposal records from short texts written for these tests (not from the dev corpus).

Positive tests check name, points (20項目 → 20), revises, proposer, kind, status and date;
several names for one proposal must give one record. Generic mentions give none.
"""
from __future__ import annotations


import pytest

import ukpeace

from rule_helpers import PUB, day, names, only, records, run  # noqa: E402,F401

pytestmark = pytest.mark.slow


def proposals(text: str, published: str | None = PUB):
    return records(text, "proposal", published)


def only_proposal(text: str, published: str | None = PUB):
    return only(text, "proposal", published)


def by_points(text: str, points: int):
    found = [p for p in proposals(text) if p.points == points]
    assert len(found) == 1, f"expected one {points}-point proposal, got {[(p.name, p.points) for p in proposals(text)]}"
    return found[0]


def surfaces(p) -> set:
    return {p.name, *p.aliases, *(e.text.strip("「」") for e in p.evidence)}


# --- points, revises, kind, status ---------------------------------------------------------------

REVISION = "現在協議されている20項目の和平案は、米国が先月提示した28項目の計画の修正版だ。"


def test_points_revises_kind_status():
    assert len(proposals(REVISION)) == 2
    new = by_points(REVISION, 20)
    old = by_points(REVISION, 28)
    assert "20項目" in new.name
    assert new.kind == "peace_plan"
    assert new.revises is not None and "28項目" in new.revises
    assert new.status == "under_discussion"
    assert "28項目" in old.name
    assert old.kind == "peace_plan"
    assert old.revises is None
    assert names(old.proposer) == {"United States"}
    assert old.status == "proposed"
    # 先月 against 2026-01-19 = December 2025, and it dates the 28-point plan
    assert old.date is not None and (old.date.start, old.date.end) == (day("2025-12-01"), day("2025-12-31"))


def test_predecessor_date_is_not_given_to_the_revision():
    """先月 modifies 提示した, i.e. the 28-point plan; the text dates the 20-point plan nowhere."""
    new = by_points(REVISION, 20)
    assert new.date is None, new.date


# --- proposer -----------------------------------------------------------------------------------

def test_coordinated_subject_are_both_proposers():
    text = "米国とウクライナは、20項目の和平案をまとめた。"
    p = by_points(text, 20)
    assert names(p.proposer) == {"United States", "Ukraine"}


def test_person_with_title_proposes_a_ceasefire():
    text = "ゼレンスキー大統領は14日、30日間の全面停戦を提案した。"
    p = only_proposal(text)
    assert p.kind == "ceasefire"
    assert p.status == "proposed"
    assert names(p.proposer) == {"Volodymyr Zelenskyy"}


def test_rejecting_side_is_not_the_proposer():
    text = "ロシアは、英国とフランスが提案した30日間の停戦案を拒否した。"
    p = only_proposal(text)
    assert p.kind == "ceasefire"
    assert p.status == "rejected"
    assert names(p.proposer) == {"United Kingdom", "France"}


def test_a_side_without_a_position_is_not_a_proposer():
    text = ("米国とウクライナが協議してまとめた20項目の和平計画は、近く公表される見通しだ。"
            "ロシアは20項目の計画について態度を示していない。")
    p = by_points(text, 20)
    assert names(p.proposer) == {"United States", "Ukraine"}


def test_hesitant_country_is_not_a_proposer():
    text = "欧州連合（EU）は、凍結されたロシア資産を活用する「賠償ローン」構想を打ち出した。ベルギーは賠償ローンに慎重な姿勢を示している。"
    p = only_proposal(text)
    assert "賠償ローン" in p.name
    assert names(p.proposer) == {"European Union"}


# --- several names, one record -----------------------------------------------------------------

def test_two_names_of_the_twenty_point_plan_are_one_record():
    text = ("米国とウクライナが協議してまとめた20項目の和平計画は、近く公表される見通しだ。"
            "ロシアは20項目の計画について態度を示していない。")
    p = only_proposal(text)
    assert p.points == 20
    assert p.kind == "peace_plan"
    assert len(p.evidence) == 2
    assert {"20項目の和平計画", "20項目の計画"} <= surfaces(p)


def test_quoted_and_bare_name_are_one_record():
    text = "ウクライナ政府は、10年間で復興を進める「繁栄計画」を発表した。繁栄計画は米国の支援を前提としている。"
    p = only_proposal(text)
    assert "繁栄計画" in p.name
    assert p.kind == "economic_plan"
    assert p.status == "proposed"
    assert names(p.proposer) == {"Ukraine"}
    assert len(p.evidence) == 2


def test_peace_board_under_two_spellings_is_one_institution():
    text = ("トランプ政権は、停戦の履行を監視する「平和委員会」の創設を検討している。"
            "関係者によると、和平委員会は米大統領が議長を務め、ウクライナや欧州の代表が加わる。")
    p = only_proposal(text)
    assert p.kind == "institution"
    spelled = surfaces(p)
    assert any("平和委員会" in s for s in spelled) and any("和平委員会" in s for s in spelled), spelled


# --- status ------------------------------------------------------------------------------------

def test_signed_agreement():
    text = "米国とウクライナは18日、ワシントンで鉱物資源協定に署名した。"
    p = only_proposal(text)
    assert "鉱物資源協定" in p.name
    assert p.status == "signed"
    assert p.kind == "economic_plan"


def test_agreed_thirty_day_truce():
    text = "ロシアとウクライナは18日、黒海での攻撃を停止する30日間の停戦で合意した。"
    p = only_proposal(text)
    assert p.kind == "ceasefire"
    assert p.status == "agreed"
    assert p.date is not None and p.date.start == day("2026-01-18")


def test_agreed_ceasefire_without_a_duration():
    """A ceasefire the two sides agreed is a proposal record even when the text gives no duration."""
    text = "ロシアとウクライナは18日、黒海での攻撃を停止する停戦で合意した。"
    p = only_proposal(text)
    assert p.kind == "ceasefire"
    assert p.status == "agreed"


# --- distractors: no proposal record -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "いかなる合意も、ロシアの署名がなければ紙切れに過ぎない。",
    "トランプ氏は、和平計画について楽観的な見方を示した。",
    "米政権は、ガザの和平案をモデルにした仕組みを検討している。",
    "ロシアによる全面侵攻は2022年2月24日に始まった。",
], ids=["any-agreement", "generic-plan", "model-only", "background"])
def test_no_proposal(text):
    ps = proposals(text)
    assert ps == [], [(p.name, [e.text for e in p.evidence]) for p in ps]


# --- grounding, confidence, stable ids ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    REVISION,
    "ウクライナ政府は、10年間で復興を進める「繁栄計画」を発表した。繁栄計画は米国の支援を前提としている。",
    "ロシアとウクライナは18日、黒海での攻撃を停止する30日間の停戦で合意した。",
])
def test_evidence_grounded_and_confidence_in_range(text):
    ps = proposals(text)
    assert ps
    for p in ps:
        assert p.evidence
        for ev in p.evidence:
            assert text[ev.start:ev.end] == ev.text
        assert 0.0 <= p.confidence <= 1.0
        for a in p.proposer:
            if a.start is not None:
                assert text[a.start:a.end] == a.text


def test_ids_stable_and_json_identical():
    a = ukpeace.extract(REVISION, published=PUB, doc_id="p-1", errors="raise")
    b = ukpeace.extract(REVISION, published=PUB, doc_id="p-1", errors="raise")
    ids = [r.id for r in a.records]
    assert len(ids) >= 2 and all(ids) and len(set(ids)) == len(ids)
    assert ids == [r.id for r in b.records]
    assert a.model_dump_json() == b.model_dump_json()

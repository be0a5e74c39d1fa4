"""Error classes of issue 8 that no other test file exercised (docs/error-classes.md maps every class).

Sentences written for these tests, not quoted from any corpus: positives of each class and a
distractor that must give no record. The default (full) profile, as a user runs it.
"""
from __future__ import annotations

import pytest

from rule_helpers import names, only, records

pytestmark = pytest.mark.slow


# --- proposals named by what they fund: joint EU borrowing nicknamed 「プランB」 ----------------------

@pytest.mark.parametrize("text, status", [
    ("欧州委員会は、共同借り入れによる「プランB」を提案した。", "proposed"),
    ("EU首脳は、共同借り入れで資金を賄う「プランB」で合意した。", "agreed"),
], ids=["proposed", "agreed"])
def test_joint_borrowing_called_plan_b_is_an_economic_proposal(text, status):
    p = only(text, "proposal")
    assert "共同借り入れ" in p.name or "プランB" in p.name
    assert p.kind == "economic_plan"
    assert p.status == status


def test_joint_borrowing_put_forward_names_its_proposer():
    p = only("欧州委員会は、EUの共同借り入れによる「プランB」を加盟国に示した。", "proposal")
    assert names(p.proposer) == {"European Commission"}


@pytest.mark.parametrize("text", [
    "首相は「プランBはない」と述べた。",
    "首相は共同借り入れには反対だと述べた。",
], ids=["no-plan-b", "opposed-in-passing"])
def test_plan_b_or_borrowing_named_in_passing_is_no_proposal(text):
    assert records(text, "proposal") == []


# --- proposals as documents: a document known only by its count (「27項目の文書」) --------------------

def test_a_document_known_by_its_count_is_a_plan():
    p = only("米国とウクライナは27項目の文書をまとめた。", "proposal")
    assert p.points == 27
    assert p.kind == "peace_plan"
    assert names(p.proposer) == {"United States", "Ukraine"}


def test_a_document_known_by_its_count_can_be_rejected():
    p = only("ロシアは27項目の文書を受け入れなかった。", "proposal")
    assert p.points == 27
    assert p.status == "rejected"


def test_a_page_count_is_no_plan():
    assert records("報告書は27ページの文書にまとめられた。", "proposal") == []


# --- proposals named by what they set up: a stabilisation force, a monitoring and verification mechanism ----

def test_a_stabilisation_force_to_be_sent_is_a_security_proposal():
    p = only("英仏は、停戦後のウクライナに多国籍の「安定化部隊」を派遣する構想を示した。", "proposal")
    assert "安定化部隊" in p.name
    assert p.kind == "security_guarantee"
    assert p.status == "proposed"
    assert names(p.proposer) == {"United Kingdom", "France"}


def test_a_monitoring_and_verification_mechanism_is_an_institution():
    p = only("米国は、停戦の監視・検証メカニズムを設けることを提案した。", "proposal")
    assert "監視・検証メカニズム" in p.name
    assert p.kind == "institution"
    assert names(p.proposer) == {"United States"}


# --- proposals as verb phrases: 「いまの接触線で戦闘を止める」 proposed, rejected or accepted ----------------

@pytest.mark.parametrize("text, status", [
    ("米国は、いまの接触線で戦闘を止めるよう提案した。", "proposed"),
    ("ロシアは、いまの接触線で戦闘を止めることを拒否した。", "rejected"),
    ("ウクライナは、いまの接触線で戦闘を止めることを受け入れた。", "agreed"),
], ids=["proposed", "rejected", "accepted"])
def test_stopping_at_the_contact_line_is_a_verb_phrase_truce(text, status):
    p = only(text, "proposal")
    assert "接触線で戦闘を止める" in p.name
    assert p.rule == "proposal.verb_phrase"
    assert p.kind == "ceasefire"
    assert p.status == status


def test_fighting_along_the_contact_line_is_no_proposal():
    assert records("いまの接触線では激しい戦闘が続いている。", "proposal") == []


# --- a window of silence: firing stopped for some hours, agreed ----------------------------------------

def test_a_window_of_silence_agreed_is_a_truce():
    p = only("ロシアとウクライナは、遺体の回収のため前線で6時間砲撃を止めることで合意した。", "proposal")
    assert "6時間砲撃を止める" in p.name
    assert p.kind == "ceasefire"
    assert p.status == "agreed"


def test_silence_that_just_lasted_is_no_proposal():
    assert records("前線では沈黙の時間が続いた。", "proposal") == []


# --- meetings named by form: a working dinner --------------------------------------------------------

def test_a_working_dinner_is_a_meeting():
    m = only("マクロン大統領は16日、エリゼ宮でゼレンスキー大統領とワーキングディナーを行った。", "meeting")
    assert names(m.participants) == {"Emmanuel Macron", "Volodymyr Zelenskyy"}
    assert m.status == "held"
    assert m.date is not None and m.date.start.isoformat() == "2026-01-16"


def test_a_dinner_held_is_a_meeting_at_its_place():
    m = only("マクロン大統領は16日、パリでゼレンスキー大統領と夕食会を開いた。", "meeting")
    assert m.location is not None and m.location.canonical == "Paris"
    assert names(m.parties) == {"France", "Ukraine"}


def test_a_dinner_menu_is_no_meeting():
    assert records("夕食会のメニューは公表されていない。", "meeting") == []


# --- meetings named from their participants: 「A・B会談」 ----------------------------------------------

def test_talks_named_after_the_two_leaders():
    m = only("トランプ・プーチン会談は15日、アラスカ州アンカレジで行われた。", "meeting")
    assert names(m.participants) == {"Donald Trump", "Vladimir Putin"}
    assert names(m.parties) == {"United States", "Russia"}
    assert m.location is not None and m.location.canonical == "Anchorage"
    assert m.status == "held"


def test_talks_named_after_a_prime_minister_and_a_president():
    m = only("岸田・ゼレンスキー会談は17日、広島で行われた。", "meeting")
    assert names(m.participants) == {"Fumio Kishida", "Volodymyr Zelenskyy"}
    assert m.location is not None and m.location.canonical == "Hiroshima"


def test_two_leaders_named_together_without_talks_are_no_meeting():
    assert records("トランプ・プーチン両氏の関係は冷え込んだ。", "meeting") == []


# --- attack places beyond the gazetteer: hromadas and a Russian port town ----------------------------

@pytest.mark.parametrize("text, place", [
    ("ロシア軍は18日、スーミ州のミロピリャ共同体を砲撃し、2人が負傷した。", "ミロピリャ"),
    ("ロシア軍は18日、ハルキウ州のボルキ・フロマダを砲撃し、1人が死亡した。", "ボルキ"),
], ids=["kyodotai", "hromada"])
def test_a_hromada_the_gazetteer_lacks_is_a_strike_place(text, place):
    a = only(text, "attack")
    found = [p for p in a.locations if p.text.startswith(place)]
    assert found, [p.text for p in a.locations]
    assert found[0].country == "UA"
    assert names(a.attacker) == {"Russia"}


def test_a_port_town_the_gazetteer_lacks_is_a_strike_place():
    a = only("ウクライナ軍は18日、ロシア南部クラスノダール地方テムリュクの港を無人機で攻撃した。", "attack")
    town = [p for p in a.locations if p.text == "テムリュク"]
    assert town and town[0].country == "RU"
    assert a.target == "infrastructure"


# --- a nuclear plant or a port is the target and the place at once ------------------------------------

@pytest.mark.parametrize("text, place, target", [
    ("ロシア軍は18日、ザポリージャ原子力発電所を砲撃した。", "Zaporizhzhia Nuclear Power Plant", "energy"),
    ("ロシア軍は18日未明、オデーサ港を無人機で攻撃した。", "Odesa", "infrastructure"),
], ids=["nuclear-plant", "port"])
def test_a_facility_struck_is_both_target_and_place(text, place, target):
    a = only(text, "attack")
    assert place in names(a.locations)
    assert a.target == target


# --- money roles: the country under attack that is supported receives; the invader does not --------------

@pytest.mark.parametrize("text, donor", [
    ("オランダ政府はロシアの侵攻を受け続けるウクライナを支えるため、3億ユーロを新たに拠出する。", "Netherlands"),
    ("ロシアの侵攻を受け続けるウクライナを支えるため、EUは50億ユーロの追加支援を決めた。", "European Union"),
], ids=["donor-first", "clause-first"])
def test_the_country_supported_under_invasion_is_the_recipient(text, donor):
    m = only(text, "money")
    assert names(m.recipient) == {"Ukraine"}
    assert names(m.donor) == {donor}

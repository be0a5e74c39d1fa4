"""The clause-structure helper: which case a phrase bears and what governs it (ukpeace.syntax).

Sentences written for these tests. The full profile answers from GiNZA's bunsetu parse; the fast
profile from the particle written after the span, without a governor."""
from __future__ import annotations

import pytest

from ukpeace.pipeline import mentions_many
from ukpeace.syntax import Structure

DONOR = "欧州連合は3日、ウクライナに500億ユーロを支援すると発表した。"
BY_G7 = "主要7カ国（G7）による貸し付けは、ウクライナへの支援として実施される。"
REJECT = "ロシアの提案をウクライナ側は拒否した。"


def structure(text: str, profile: str) -> Structure:
    (found,) = mentions_many([text], profile)
    return Structure(text, found.phrases)


def case(s: Structure, word: str):
    i = s.text.find(word)
    return s.case_of(i, i + len(word))


@pytest.mark.slow
@pytest.mark.parametrize("text, word, marker, governor, chain", [
    (DONOR, "欧州連合", "は", "発表", ["発表"]),
    (DONOR, "ウクライナ", "に", "支援", ["支援", "発表"]),
    (DONOR, "500億ユーロ", "を", "支援", ["支援", "発表"]),
    (BY_G7, "G7", "による", "貸し付け", ["貸し付け", "実施"]),
    (BY_G7, "ウクライナ", "への", "支援", ["支援", "実施"]),
    (REJECT, "提案", "を", "拒否", ["拒否"]),
    (REJECT, "ロシア", "の", "提案", ["提案", "拒否"]),
])
def test_full_profile_case_and_governor(text, word, marker, governor, chain):
    s = structure(text, "full")
    assert s.parsed
    info = case(s, word)
    assert info.case == marker
    assert info.governor is not None and info.governor.lemma == governor
    assert [g.lemma for g in s.governors(info.phrase)] == chain


@pytest.mark.slow
def test_dependents_by_case():
    s = structure(DONOR, "full")
    verb = next(i for i, p in enumerate(s.phrases) if p.lemma == "支援")
    assert [s.phrases[k].case for k in s.dependents(verb, {"に", "を"})] == ["に", "を"]


def test_fast_profile_falls_back_to_the_written_particle():
    s = structure(DONOR, "fast")
    assert not s.parsed
    info = case(s, "欧州連合")
    assert (info.case, info.governor) == ("は", None)
    assert case(s, "ウクライナ").case == "に"
    assert case(structure(BY_G7, "fast"), "G7）").case == "による"


@pytest.mark.slow
@pytest.mark.parametrize("profile", ["full", "fast"])
@pytest.mark.parametrize("text, word", [
    ("記者：州当局によりますと、けさ南部の町に砲弾が落ちました。", "州当局"),
    ("キャスター：同国の国防省によりますと、無人機１５機を撃墜しました。", "国防省"),
])
def test_a_polite_source_phrase_bears_the_reporting_case(text, word, profile):
    """「…によりますと」 (a broadcast's によると) names the source of a report, not a place the verb governs."""
    assert case(structure(text, profile), word).case == "によりますと"


def test_attack_reporter_in_polite_form_is_no_attacker():
    import ukpeace

    text = ("記者：ウクライナ空軍によりますと、ミサイルが発射されたのはけさ早くで、"
            "南部の州から東部の都市ハルキウに向けて撃ち込まれました。")
    for profile in ("full", "fast"):
        found = ukpeace.extract(text, published="2025-05-02", profile=profile, errors="raise")
        attacks = [r for r in found.records if r.type == "attack"]
        assert attacks, profile
        assert all(a.canonical != "Ukraine" for r in attacks for a in r.attacker), profile


# --- round 21: full-profile losses ---
# The full profile's NER names people the fast profile's dictionary may not know (a co-author written
# 「元外交官のB氏と共同で」), and its parse puts a verb's denial (合意したわけではない) in a phrase of its own.
# Neither may cost the full profile a record the fast one gets right, nor add one it does not.

CO_AUTHOR = ("ウィトコフ氏は前政権で国家安全保障会議の要職などを務めた。今年2月には元外交官のハリントン氏と共同で"
             "和平案を発表し、現在の前線で戦闘を止めたうえで交渉に入るよう双方に求めた。")
CO_AUTHOR_2 = ("ルビオ氏は上院で外交委員会の委員などを務めた。昨年5月には元国務次官のマッケンジー氏と共同で和平案を"
               "発表し、前線で戦闘を凍結したうえで交渉に入るよう双方に求めた。")


@pytest.mark.slow
@pytest.mark.parametrize("profile", ["full", "fast"])
@pytest.mark.parametrize("text", [CO_AUTHOR, CO_AUTHOR_2])
def test_a_co_author_leaves_the_plan_to_the_story_subject(text, profile):
    """「B氏と共同で和平案を発表し」: B acts beside the last sentence's subject, so the plan is still his, with
    B as its co-author (the partner of the act co-proposes, tests/test_rules_proposal.py round 21) and no one else."""
    from rule_helpers import records_in

    (plan,) = records_in(text, "proposal", profile)
    assert plan.name == "和平案" and plan.status == "proposed"
    subject, co_author = {CO_AUTHOR: ("ウィトコフ", "ハリントン"), CO_AUTHOR_2: ("ルビオ", "マッケンジー")}[text]
    assert [(a.canonical, a.text) for a in plan.proposer] == [("United States", subject), (None, co_author)]


@pytest.mark.slow
@pytest.mark.parametrize("profile", ["full", "fast"])
@pytest.mark.parametrize("text", [CO_AUTHOR, CO_AUTHOR_2])
def test_a_co_author_is_no_one_met(text, profile):
    """The co-author and the story's subject do not meet at 「交渉に入るよう双方に求めた」 (negative)."""
    from rule_helpers import records_in

    assert records_in(text, "meeting", profile) == []


@pytest.mark.slow
@pytest.mark.parametrize("profile", ["full", "fast"])
@pytest.mark.parametrize("text", [
    "ただフランス側は具体案で合意したわけではないとしており、足並みには差も残る。",
    "一方、ショルツ氏は独紙で、港湾施設への攻撃に限って2週間止める構想を明らかにした。"
    "ただフランス側は具体案で合意したわけではないとしており、足並みには差も残る。",
])
def test_a_denied_agreement_settles_no_status(text, profile):
    """「…で合意したわけではない」 denies that anything was agreed: the parse's governing 合意 gives no status
    (negative; the denial sits in the next bunsetu, out of the governor's own phrase)."""
    from rule_helpers import records_in

    assert [r.name for r in records_in(text, "proposal", profile) if r.name == "具体案"] == []


@pytest.mark.slow
def test_an_agreement_the_parse_governs_stays_agreed():
    """The positive side: 「…の具体案で合意した」 is agreed in the full profile."""
    from rule_helpers import records_in

    found = records_in("両国の外相は13日、ジュネーブで会談し、捕虜交換の具体案で合意した。", "proposal", "full")
    assert [(r.name, r.status) for r in found] == [("捕虜交換の具体案", "agreed")]


WISHED_SUMMIT = "マクロン大統領は、今回の協議がうまくいけば、メルツ首相も交えた3者会談を開きたいとしています。"


@pytest.mark.slow
@pytest.mark.parametrize("profile", ["full", "fast"])
def test_a_wished_meeting_reported_with_toshite_is_planned(profile):
    """「…会談を開きたいとしています」: a wish reported with とし is a plan. Otherwise the full profile, whose parse
    gives the meeting its two people, lets it create a held meeting that takes over the talks told before."""
    from rule_helpers import records_in

    assert [(r.name, r.status) for r in records_in(WISHED_SUMMIT, "meeting", profile)] == [("3者会談", "planned")]


@pytest.mark.slow
@pytest.mark.parametrize("profile", ["full", "fast"])
def test_a_past_meeting_reported_with_toshite_stays_held(profile):
    """The negative: 「会談を開いたとしています」 reports a past meeting (開いた is no future verb)."""
    from rule_helpers import records_in

    found = records_in("マクロン大統領は、メルツ首相と会談を開いたとしています。", "meeting", profile)
    assert [(r.name, r.status) for r in found] == [("会談", "held")]

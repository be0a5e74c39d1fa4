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

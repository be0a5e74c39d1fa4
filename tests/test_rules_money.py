"""Money records from short texts written for these tests (not from the dev corpus).

Positive tests check amount (value, ISO currency, qualifier), period_years, purpose,
instruments (融資/補助金/民間投資), recipient and donor; the same sum mentioned twice is one
record with two evidence spans. Figures that are not money give no money record.
"""
from __future__ import annotations


import pytest

import ukpeace

from rule_helpers import PUB, day, names, only, records, run  # noqa: E402,F401

pytestmark = pytest.mark.slow


def monies(text: str, published: str | None = PUB):
    return records(text, "money", published)


def only_money(text: str, published: str | None = PUB):
    return only(text, "money", published)


# --- amount, period, purpose, recipient, donor -------------------------------------------------

def test_eu_loan_over_two_years():
    text = "欧州連合（EU）は18日、ウクライナに対し今後2年間で900億ユーロを融資することで合意した。"
    m = only_money(text)
    assert m.amount.value == pytest.approx(9e10)
    assert m.amount.currency == "EUR"
    assert m.amount.qualifier == "exact"
    assert m.amount.text == "900億ユーロ"
    assert m.period_years == pytest.approx(2)
    assert m.purpose == "loan"
    assert m.instruments == ["loan"]
    assert names(m.recipient) == {"Ukraine"}
    assert names(m.donor) == {"European Union"}


def test_approx_reconstruction_need_without_donor():
    text = "世界銀行によると、ウクライナの復興には今後10年間で約5240億ドルが必要になる。"
    m = only_money(text)
    assert m.amount.value == pytest.approx(5.24e11)
    assert m.amount.currency == "USD"
    assert m.amount.qualifier == "approx"
    assert m.period_years == pytest.approx(10)
    assert m.purpose == "reconstruction"
    assert names(m.recipient) == {"Ukraine"}
    assert m.donor == []  # the World Bank is the source of the estimate, not a donor


def test_at_least_pledge_by_japan():
    text = "日本政府はウクライナの復旧・復興支援として、45億ドル以上を追加で拠出すると発表した。"
    m = only_money(text)
    assert m.amount.value == pytest.approx(4.5e9)
    assert m.amount.currency == "USD"
    assert m.amount.qualifier == "at_least"
    assert m.purpose == "reconstruction"
    assert names(m.donor) == {"Japan"}
    assert names(m.recipient) == {"Ukraine"}


def test_up_to_military_aid_by_germany():
    text = "ドイツはウクライナに最大20億ユーロの軍事支援を行うと表明した。"
    m = only_money(text)
    assert m.amount.value == pytest.approx(2e9)
    assert m.amount.currency == "EUR"
    assert m.amount.qualifier == "up_to"
    assert m.purpose == "military_aid"
    assert m.period_years is None
    assert names(m.donor) == {"Germany"}
    assert names(m.recipient) == {"Ukraine"}


def test_damage_estimate():
    text = "世界銀行などの評価によると、ウクライナの直接的な被害額は1760億ドルに上る。"
    m = only_money(text)
    assert m.amount.value == pytest.approx(1.76e11)
    assert m.purpose == "damage_estimate"
    assert m.donor == []


# --- instruments and one record for one sum ----------------------------------------------------

PLAN = ("ウクライナの戦後復興に向けて、約5000億ドルを10年間で動員する計画がまとまった。"
        "この計画は融資、補助金、民間投資を組み合わせる。"
        "ゼレンスキー大統領は、5000億ドルの資金が早期に解放されることを期待している。")


def test_instruments_from_the_follow_up_sentence():
    m = only_money(PLAN)
    assert set(m.instruments) == {"loan", "grant", "private_investment"}
    assert m.purpose == "reconstruction"
    assert m.period_years == pytest.approx(10)
    assert names(m.recipient) == {"Ukraine"}


def test_same_sum_twice_is_one_record_with_two_spans():
    m = only_money(PLAN)
    assert m.amount.value == pytest.approx(5e11)
    assert m.amount.currency == "USD"
    assert m.amount.qualifier == "approx"  # 約 on the first mention wins over the bare restatement
    assert len(m.evidence) == 2
    assert [e.text for e in m.evidence] == ["約5000億ドル", "5000億ドル"]


def test_sum_restated_in_another_currency_is_one_record():
    """FORMAT.md: a sum restated in another currency is the same money record."""
    text = "EUはウクライナに900億ユーロを融資する。これは約1050億ドルに相当する。"
    m = only_money(text)
    assert m.amount.currency in ("EUR", "USD")
    assert names(m.donor) == {"European Union"}


def test_two_different_sums_are_two_records():
    text = "日本はウクライナに45億ドルを拠出し、ドイツは20億ユーロの軍事支援を行う。"
    ms = monies(text)
    assert sorted((m.amount.currency, m.amount.value) for m in ms) == [("EUR", 2e9), ("USD", 4.5e9)]


# --- distractors: figures that are not money -------------------------------------------------

@pytest.mark.parametrize("text", [
    "ウクライナの人口は約4100万人とされる。",
    "キーウの気温は氷点下18度まで下がった。",
    "ウクライナ軍は兵士5万人を東部に展開した。",
    "発電能力の50%が失われたという。",
    "米ロの協議は4時間半続いた。",
    "ウクライナは20項目の和平案について協議している。",
], ids=["population", "temperature", "troops", "percent", "duration", "points"])
def test_no_money(text):
    ms = monies(text)
    assert ms == [], [(m.amount.text, [e.text for e in m.evidence]) for m in ms]


# --- grounding, confidence, stable ids ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    PLAN,
    "欧州連合（EU）は18日、ウクライナに対し今後2年間で900億ユーロを融資することで合意した。",
    "日本はウクライナに45億ドルを拠出し、ドイツは20億ユーロの軍事支援を行う。",
])
def test_evidence_grounded_and_confidence_in_range(text):
    ms = monies(text)
    assert ms
    for m in ms:
        assert m.evidence
        for ev in m.evidence:
            assert text[ev.start:ev.end] == ev.text
        assert 0.0 <= m.confidence <= 1.0
        assert m.amount.text in text
        for a in m.recipient + m.donor:
            if a.start is not None:
                assert text[a.start:a.end] == a.text


def test_ids_stable_and_json_identical():
    a = ukpeace.extract(PLAN, published=PUB, doc_id="mo-1", errors="raise")
    b = ukpeace.extract(PLAN, published=PUB, doc_id="mo-1", errors="raise")
    ids = [r.id for r in a.records]
    assert ids and all(ids) and len(set(ids)) == len(ids)
    assert ids == [r.id for r in b.records]
    assert a.model_dump_json() == b.model_dump_json()

"""find_money / parse_money: table-driven over the forms Japanese news uses."""
import time
from importlib import resources

import pycountry
import pytest

from ukpeace.normalize import find_money, parse_money
from ukpeace.normalize.numbers import load_lexicon

SEED = resources.files("ukpeace").joinpath("resources", "samples", "seed-miami-davos.txt").read_text("utf-8")


@pytest.mark.parametrize("text, span, value, currency, qualifier", [
    ("規模が8000億ドルに達する", "8000億ドル", 800_000_000_000, "USD", "exact"),
    ("約8000億ドルの投資", "約8000億ドル", 800_000_000_000, "USD", "approx"),
    ("支援は100億ユーロ超に", "100億ユーロ超", 10_000_000_000, "EUR", "more_than"),
    ("最大100億ユーロの投資", "最大100億ユーロ", 10_000_000_000, "EUR", "up_to"),
    ("5880億ドル近くに", "5880億ドル近く", 588_000_000_000, "USD", "approx"),
    ("総額8000億ドル規模の計画", "8000億ドル規模", 800_000_000_000, "USD", "approx"),
    ("少なくとも200億ドル分の需要", "少なくとも200億ドル", 20_000_000_000, "USD", "at_least"),
    ("150億ドル超の復興資金", "150億ドル超", 15_000_000_000, "USD", "more_than"),
    ("これまで三千五百億ドルを費やした", "三千五百億ドル", 350_000_000_000, "USD", "exact"),
    ("共同で５億ドルを拠出", "５億ドル", 500_000_000, "USD", "exact"),
    ("1,200万フリヴニャを支給", "1,200万フリヴニャ", 12_000_000, "UAH", "exact"),
    ("2兆円の予算", "2兆円", 2_000_000_000_000, "JPY", "exact"),
    ("10億ポンドの支援", "10億ポンド", 1_000_000_000, "GBP", "exact"),
    ("5億米ドルの融資", "5億米ドル", 500_000_000, "USD", "exact"),
    ("総額 US$5 billion を", "US$5 billion", 5_000_000_000, "USD", "exact"),
    ("a $800bn plan", "$800bn", 800_000_000_000, "USD", "exact"),
    ("the €90bn loan", "€90bn", 90_000_000_000, "EUR", "exact"),
    ("lend 90 billion euros", "90 billion euros", 90_000_000_000, "EUR", "exact"),
    ("6000億ユーロを超えると主張", "6000億ユーロを超える", 600_000_000_000, "EUR", "more_than"),
    ("1950億ドルを上回る", "1950億ドルを上回る", 195_000_000_000, "USD", "more_than"),
    ("1.5兆円の基金", "1.5兆円", 1_500_000_000_000, "JPY", "exact"),
    ("500億ルーブルの", "500億ルーブル", 50_000_000_000, "RUB", "exact"),
    ("20億スイスフランの", "20億スイスフラン", 2_000_000_000, "CHF", "exact"),
    ("100億人民元", "100億人民元", 10_000_000_000, "CNY", "exact"),
    ("およそ30億フリブナ", "およそ30億フリブナ", 3_000_000_000, "UAH", "approx"),
    ("3億ドル余りの", "3億ドル余り", 300_000_000, "USD", "more_than"),
    ("1億ドル未満", "1億ドル未満", 100_000_000, "USD", "at_most"),
    ("23億ユーロの融資保証", "23億ユーロ", 2_300_000_000, "EUR", "exact"),
])
def test_find_money(text, span, value, currency, qualifier):
    hits = find_money(text)
    assert len(hits) == 1
    s, e, amount = hits[0]
    assert (text[s:e], amount.text) == (span, span)
    assert (amount.value, amount.currency, amount.qualifier) == (value, currency, qualifier)


@pytest.mark.parametrize("text", [
    "協議は8時間に及んだ", "EUの27カ国", "議決権は50%ずつ", "関東一円で", "一元化する",
    "2026年1月17日", "612回の攻撃", "第5条", "数十億ドル",
])
def test_not_money(text):
    assert find_money(text) == []


def test_two_sums_and_offsets():
    text = "約2100億ユーロを原資に、1650億ユーロ規模の「賠償ローン」を提供"
    hits = find_money(text)
    assert [(a.value, a.qualifier) for _, _, a in hits] == [(210_000_000_000, "approx"),
                                                             (165_000_000_000, "approx")]
    assert all(text[s:e] == a.text for s, e, a in hits)


def test_seed_article_money():
    hits = find_money(SEED)
    assert [(a.text, a.value, a.currency, a.qualifier) for _, _, a in hits] == [
        ("8000億ドル", 800_000_000_000, "USD", "exact"),
        ("約8000億ドル", 800_000_000_000, "USD", "approx"),
    ]
    assert all(SEED[s:e] == a.text for s, e, a in hits)


@pytest.mark.parametrize("text, value, currency, qualifier", [
    ("約8000億ドル", 800_000_000_000, "USD", "approx"),
    ("8000億ドル", 800_000_000_000, "USD", "exact"),
    ("100億ユーロ超", 10_000_000_000, "EUR", "more_than"),
])
def test_parse_money(text, value, currency, qualifier):
    amount = parse_money(text)
    assert (amount.value, amount.currency, amount.qualifier, amount.text) == (value, currency, qualifier, text)


@pytest.mark.parametrize("text", ["", "8時間", "ドル高が進む"])
def test_parse_money_none(text):
    assert parse_money(text) is None


def test_currency_codes_are_iso_4217():
    lex = load_lexicon("currencies")
    codes = {c for v in (*lex["suffix"].values(), *lex["prefix"].values()) for c in v.split("|")}
    assert {"USD", "EUR", "JPY", "UAH", "RUB", "GBP", "CNY", "CHF"} <= codes
    assert set(lex["shared_name_countries"]) <= codes
    for code in codes:
        assert pycountry.currencies.get(alpha_3=code) is not None, code


@pytest.mark.parametrize("text", ["1" * 100_000, "一" * 50_000, "ドル" * 50_000, "1ドル" * 10_000,
                                  "億" * 100_000, "約" * 100_000, "1," * 50_000])
def test_find_money_is_linear(text):
    t0 = time.perf_counter()
    find_money(text)
    assert time.perf_counter() - t0 < 30.0  # a hang guard, not a speed target (bench/adversarial.py)


@pytest.mark.parametrize("text, currency", [
    ("ノルウェーは今年の支援を850億クローネに増やす。", "NOK"),
    ("デンマークは10億クローネの追加支援を決めた。", "DKK"),
    ("ノルウェーに続き、デンマークも10億クローネを拠出する。", "DKK"),  # the country named last
    ("ノルウェーは750億ノルウェー・クローネの枠組みを始めた。", "NOK"),
])
def test_a_currency_name_two_countries_share_is_read_by_the_country_named(text, currency):
    (hit,) = find_money(text)
    assert hit[2].currency == currency


def test_a_shared_currency_name_with_no_country_named_is_no_sum():
    assert find_money("支援は総額10億クローネにのぼる。") == []

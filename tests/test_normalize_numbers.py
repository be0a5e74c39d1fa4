"""parse_number, NUMBER_RE and qualifier_for: table-driven, no model needed."""
import re
import time

import pytest
from hypothesis import given, settings, strategies as st
from kanjize import number2kanji

from ukpeace.normalize import NUMBER_RE, parse_number, qualifier_for

NUMBER = re.compile(NUMBER_RE)


@pytest.mark.parametrize("text, expected", [
    ("8000", 8000),
    ("８０００", 8000),
    ("二十万", 200_000),
    ("三千五百億", 350_000_000_000),
    ("一万五千", 15_000),
    ("1万5千", 15_000),
    ("8000億", 800_000_000_000),
    ("1.5兆", 1_500_000_000_000),
    ("５億", 500_000_000),
    ("1,200", 1200),
    ("1，200", 1200),
    ("1,200万", 12_000_000),
    ("2.8", 2.8),
    ("〇", 0),
    ("零", 0),
    ("十", 10),
    ("十七", 17),
    ("百二十三", 123),
    ("千", 1000),
    ("二〇二六", 2026),
    ("一億二千万", 120_000_000),
    ("5千万", 50_000_000),
    ("百万", 1_000_000),
    ("12万3456", 123_456),
    ("2兆", 2_000_000_000_000),
    ("0.5", 0.5),
    ("-18", -18),
    ("3,500", 3500),
])
def test_parse_number(text, expected):
    value = parse_number(text)
    assert value == expected
    assert isinstance(value, int) == isinstance(expected, int)


@pytest.mark.parametrize("text", ["", "abc", "万", "億ドル", "1万万", "十百", "1,20", "1.5.3", "ドル", "数千"])
def test_parse_number_rejects(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text, figures", [
    ("約8000億ドルの投資", ["8000億"]),
    ("全国で1万5千人以上", ["1万5千"]),
    ("20万世帯と386の集落", ["20万", "386"]),
    ("第5条と数千人", []),                 # ordinal and vague figures are not figures
    ("KN23とRDNA5", []),                   # Latin tokens
    ("三千五百億ドル、1,200万フリヴニャ", ["三千五百億", "1,200万"]),
    ("約2.8倍", ["2.8"]),
])
def test_number_re_in_text(text, figures):
    assert [m.group() for m in NUMBER.finditer(text)] == figures


def test_number_re_has_no_capturing_groups():
    assert NUMBER.groups == 0
    assert [m.group() for m in re.finditer(rf"({NUMBER_RE})ドル", "5億ドルと8000億ドル")] == ["5億ドル", "8000億ドル"]


@given(st.integers(min_value=1, max_value=10**15))
@settings(max_examples=200, deadline=None)
def test_parse_number_roundtrips_kanjize(n):
    assert parse_number(number2kanji(n)) == n
    assert parse_number(f"{n:,}") == n


@pytest.mark.parametrize("before, after, expected", [
    ("", "", "exact"),
    ("約", "", "approx"),
    ("投資は約", "の", "approx"),
    ("およそ", "", "approx"),
    ("ほぼ", "", "approx"),
    ("", "近く", "approx"),
    ("", "程度", "approx"),
    ("", "前後", "approx"),
    ("", "規模", "approx"),
    ("", "ほど", "approx"),
    ("", "余の", "approx"),
    ("", "余り", "more_than"),
    ("", "以上", "at_least"),
    ("少なくとも", "", "at_least"),
    ("最低", "", "at_least"),
    ("", "超", "more_than"),
    ("", "を超える", "more_than"),
    ("", "を上回る", "more_than"),
    ("", "強", "more_than"),
    ("", "強化", "exact"),
    ("最大", "", "up_to"),
    ("", "まで", "up_to"),
    ("", "上限", "up_to"),
    ("最高", "", "up_to"),
    ("", "以下", "at_most"),
    ("", "未満", "at_most"),
    ("", "足らず", "at_most"),
    ("", "弱", "at_most"),
    ("", "以内", "at_most"),
    ("約", "超", "more_than"),           # a bound after the figure wins over a hedge before it
    ("少なくとも", "規模", "at_least"),
])
def test_qualifier_for(before, after, expected):
    assert qualifier_for(before, after) == expected


@pytest.mark.parametrize("text", ["1" * 100_000, "一" * 50_000, "十" * 50_000, "万" * 100_000,
                                  "1," * 50_000, "1." * 50_000, "１" * 100_000])
def test_number_re_is_linear(text):
    t0 = time.perf_counter()
    list(NUMBER.finditer(text))
    re.search(NUMBER_RE + "ドル", text)
    assert time.perf_counter() - t0 < 30.0  # a hang guard, not a speed target (bench/adversarial.py)

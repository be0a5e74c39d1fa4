"""find_dates / parse_date / find_durations / duration_years / detect_published, table-driven."""
import datetime as dt
import time
from importlib import resources

import pytest

from ukpeace.normalize import detect_published, duration_years, find_dates, find_durations, parse_date

D = dt.date
REF = D(2026, 1, 19)  # the seed article's publication date, a Monday
SEED = resources.files("ukpeace").joinpath("resources", "samples", "seed-miami-davos.txt").read_text("utf-8")


def one(text, ref=REF):
    """The single date expression find_dates sees in text, checked to cover it exactly."""
    hits = find_dates(text, ref)
    assert len(hits) == 1, hits
    s, e, span = hits[0]
    assert text[s:e] == span.text
    return span


ABSOLUTE = [
    ("2023年から2024年にかけて", D(2023, 1, 1), D(2024, 12, 31), "range"),
    ("2026年1月17日", D(2026, 1, 17), D(2026, 1, 17), "day"),
    ("2026年1月17日（土）", D(2026, 1, 17), D(2026, 1, 17), "day"),
    ("2026年1月", D(2026, 1, 1), D(2026, 1, 31), "month"),
    ("2026年", D(2026, 1, 1), D(2026, 12, 31), "year"),
    ("二〇二六年一月十七日", D(2026, 1, 17), D(2026, 1, 17), "day"),
    ("令和8年1月17日", D(2026, 1, 17), D(2026, 1, 17), "day"),
    ("令和元年", D(2019, 1, 1), D(2019, 12, 31), "year"),
    ("平成31年4月30日", D(2019, 4, 30), D(2019, 4, 30), "day"),
    ("昭和64年", D(1989, 1, 1), D(1989, 12, 31), "year"),
    ("R8.1.17", D(2026, 1, 17), D(2026, 1, 17), "day"),
    ("2026/1/17", D(2026, 1, 17), D(2026, 1, 17), "day"),
    ("2026-01-17", D(2026, 1, 17), D(2026, 1, 17), "day"),
    ("2026.1.17", D(2026, 1, 17), D(2026, 1, 17), "day"),
    ("19/01/2026", D(2026, 1, 19), D(2026, 1, 19), "day"),
    ("01/19/2026", D(2026, 1, 19), D(2026, 1, 19), "day"),
    ("2025年度", D(2025, 4, 1), D(2026, 3, 31), "year"),
    ("2026〜27年", D(2026, 1, 1), D(2027, 12, 31), "range"),
    ("2026年前半", D(2026, 1, 1), D(2026, 6, 30), "range"),
    ("2025年末", D(2025, 12, 1), D(2025, 12, 31), "month"),
    ("2026年の初め", D(2026, 1, 1), D(2026, 1, 31), "month"),
    ("1990年代", D(1990, 1, 1), D(1999, 12, 31), "range"),
    ("25年12月", D(2025, 12, 1), D(2025, 12, 31), "month"),
    ("26年度", D(2026, 4, 1), D(2027, 3, 31), "year"),
    ("令和8年度", D(2026, 4, 1), D(2027, 3, 31), "year"),
    ("2026年1月17日から19日", D(2026, 1, 17), D(2026, 1, 19), "range"),
    ("2025年12月～2026年1月", D(2025, 12, 1), D(2026, 1, 31), "range"),
    ("2025年11月24日～12月2日", D(2025, 11, 24), D(2025, 12, 2), "range"),
    ("2025年夏", D(2025, 6, 1), D(2025, 8, 31), "season"),
]


@pytest.mark.parametrize("text, start, end, gran", ABSOLUTE)
def test_absolute_dates(text, start, end, gran):
    span = one(text)
    assert (span.start, span.end, span.granularity, span.relative) == (start, end, gran, False)
    assert one(text, None).start == start  # absolute dates need no reference date


RELATIVE = [
    # approximate offsets and spans of years
    ("10日ほど前", REF, D(2026, 1, 9), D(2026, 1, 9), "day"),
    # month / day without a year
    ("1月17日", REF, D(2026, 1, 17), D(2026, 1, 17), "day"),
    ("三月五日", REF, D(2026, 3, 5), D(2026, 3, 5), "day"),
    ("17日", REF, D(2026, 1, 17), D(2026, 1, 17), "day"),
    ("28日", REF, D(2026, 1, 28), D(2026, 1, 28), "day"),
    ("31日", REF, D(2025, 12, 31), D(2025, 12, 31), "day"),
    ("1月", REF, D(2026, 1, 1), D(2026, 1, 31), "month"),
    ("12月", REF, D(2025, 12, 1), D(2025, 12, 31), "month"),
    ("3月", REF, D(2026, 3, 1), D(2026, 3, 31), "month"),
    ("4月", REF, D(2025, 4, 1), D(2025, 4, 30), "month"),
    ("1月23、24両日", REF, D(2026, 1, 23), D(2026, 1, 24), "range"),
    ("4、5両日", D(2026, 2, 6), D(2026, 2, 4), D(2026, 2, 5), "range"),
    ("10、11の両日", D(2025, 7, 12), D(2025, 7, 10), D(2025, 7, 11), "range"),
    ("11月24〜25日", D(2025, 12, 30), D(2025, 11, 24), D(2025, 11, 25), "range"),
    ("12月14～15日", D(2025, 12, 30), D(2025, 12, 14), D(2025, 12, 15), "range"),
    ("11月24日～12月2日", D(2025, 12, 30), D(2025, 11, 24), D(2025, 12, 2), "range"),
    ("17日夜", REF, D(2026, 1, 17), D(2026, 1, 17), "day"),
    ("合意に達した19日の夜", D(2025, 12, 20), D(2025, 12, 19), D(2025, 12, 19), "day"),
    ("28日未明", D(2025, 8, 29), D(2025, 8, 28), D(2025, 8, 28), "day"),
    ("13日午前10時15分ごろ", D(2025, 4, 14), D(2025, 4, 13), D(2025, 4, 13), "day"),
    # parts of months and years
    ("12月初め", REF, D(2025, 12, 1), D(2025, 12, 10), "part_of_month"),
    ("12月上旬", REF, D(2025, 12, 1), D(2025, 12, 10), "part_of_month"),
    ("1月中旬", REF, D(2026, 1, 11), D(2026, 1, 20), "part_of_month"),
    ("2月下旬", REF, D(2026, 2, 21), D(2026, 2, 28), "part_of_month"),
    ("2月末", D(2025, 8, 29), D(2025, 2, 21), D(2025, 2, 28), "part_of_month"),
    ("月末", REF, D(2026, 1, 21), D(2026, 1, 31), "part_of_month"),
    ("月内", REF, D(2026, 1, 19), D(2026, 1, 31), "part_of_month"),
    ("1月後半", REF, D(2026, 1, 16), D(2026, 1, 31), "part_of_month"),
    ("年末", REF, D(2026, 12, 1), D(2026, 12, 31), "month"),
    ("年明け", REF, D(2026, 1, 1), D(2026, 1, 31), "month"),
    ("年明け", D(2025, 12, 20), D(2026, 1, 1), D(2026, 1, 31), "month"),  # said in December: the coming one
    ("年明け", D(2025, 10, 2), D(2026, 1, 1), D(2026, 1, 31), "month"),
    ("年明け", D(2025, 6, 2), D(2025, 1, 1), D(2025, 1, 31), "month"),  # said in June: this year's
    ("年内", REF, D(2026, 1, 19), D(2026, 12, 31), "range"),
    ("今年度", REF, D(2025, 4, 1), D(2026, 3, 31), "year"),
    # relative years, months, weeks, days
    ("昨年", REF, D(2025, 1, 1), D(2025, 12, 31), "year"),
    ("去年", REF, D(2025, 1, 1), D(2025, 12, 31), "year"),
    ("今年", REF, D(2026, 1, 1), D(2026, 12, 31), "year"),
    ("来年", REF, D(2027, 1, 1), D(2027, 12, 31), "year"),
    ("一昨年", REF, D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("再来年", REF, D(2028, 1, 1), D(2028, 12, 31), "year"),
    ("昨年11月", REF, D(2025, 11, 1), D(2025, 11, 30), "month"),
    ("昨年12月初め", REF, D(2025, 12, 1), D(2025, 12, 10), "part_of_month"),
    ("昨年12月31日", REF, D(2025, 12, 31), D(2025, 12, 31), "day"),
    ("来年3月", REF, D(2027, 3, 1), D(2027, 3, 31), "month"),
    ("昨年末", REF, D(2025, 12, 1), D(2025, 12, 31), "month"),
    ("先月", REF, D(2025, 12, 1), D(2025, 12, 31), "month"),
    ("今月", REF, D(2026, 1, 1), D(2026, 1, 31), "month"),
    ("来月", REF, D(2026, 2, 1), D(2026, 2, 28), "month"),
    ("今月4日", D(2025, 4, 14), D(2025, 4, 4), D(2025, 4, 4), "day"),
    ("先週", REF, D(2026, 1, 12), D(2026, 1, 18), "week"),
    ("今週", REF, D(2026, 1, 19), D(2026, 1, 25), "week"),
    ("来週", REF, D(2026, 1, 26), D(2026, 2, 1), "week"),
    ("翌週", REF, D(2026, 1, 26), D(2026, 2, 1), "week"),
    ("先週", D(2025, 3, 12), D(2025, 3, 3), D(2025, 3, 9), "week"),
    ("週内", D(2025, 3, 12), D(2025, 3, 12), D(2025, 3, 16), "range"),
    ("週末", REF, D(2026, 1, 24), D(2026, 1, 25), "range"),
    ("先週土曜", REF, D(2026, 1, 17), D(2026, 1, 17), "day"),
    ("先週の土曜日", REF, D(2026, 1, 17), D(2026, 1, 17), "day"),
    ("今週月曜", REF, D(2026, 1, 19), D(2026, 1, 19), "day"),
    ("来週水曜", REF, D(2026, 1, 28), D(2026, 1, 28), "day"),
    ("先週土曜の24日", D(2026, 1, 31), D(2026, 1, 24), D(2026, 1, 24), "day"),
    ("土曜日", REF, D(2026, 1, 17), D(2026, 1, 17), "day"),
    ("月曜日", REF, D(2026, 1, 19), D(2026, 1, 19), "day"),
    ("（金）", REF, D(2026, 1, 16), D(2026, 1, 16), "day"),
    ("昨日", REF, D(2026, 1, 18), D(2026, 1, 18), "day"),
    ("今日", REF, REF, REF, "day"),
    ("本日", REF, REF, REF, "day"),
    ("明日", REF, D(2026, 1, 20), D(2026, 1, 20), "day"),
    ("一昨日", REF, D(2026, 1, 17), D(2026, 1, 17), "day"),
    ("おととい", REF, D(2026, 1, 17), D(2026, 1, 17), "day"),
    ("明後日", REF, D(2026, 1, 21), D(2026, 1, 21), "day"),
    ("あさって", REF, D(2026, 1, 21), D(2026, 1, 21), "day"),
    ("前日", REF, D(2026, 1, 18), D(2026, 1, 18), "day"),
    ("翌日", REF, D(2026, 1, 20), D(2026, 1, 20), "day"),
    ("同日", REF, REF, REF, "day"),
    ("今朝", REF, REF, REF, "day"),
    ("今夜", REF, REF, REF, "day"),
    ("昨夜", REF, D(2026, 1, 18), D(2026, 1, 18), "day"),
    ("昨晩", REF, D(2026, 1, 18), D(2026, 1, 18), "day"),
    ("前日23日", D(2026, 2, 24), D(2026, 2, 23), D(2026, 2, 23), "day"),
    ("その4日前の20日", D(2026, 1, 31), D(2026, 1, 20), D(2026, 1, 20), "day"),
    ("3日後の18日", D(2025, 9, 1), D(2025, 8, 18), D(2025, 8, 18), "day"),  # a retrospective: the story's 18th
    ("3日後の4日", D(2025, 9, 1), D(2025, 9, 4), D(2025, 9, 4), "day"),  # three days ahead of ref
    ("3日前", REF, D(2026, 1, 16), D(2026, 1, 16), "day"),
    ("3日後", REF, D(2026, 1, 22), D(2026, 1, 22), "day"),
    ("2週間前", REF, D(2026, 1, 5), D(2026, 1, 11), "week"),
    ("2週間後", REF, D(2026, 2, 2), D(2026, 2, 8), "week"),
    ("1カ月前", D(2025, 4, 14), D(2025, 3, 1), D(2025, 3, 31), "month"),
    ("3カ月後", REF, D(2026, 4, 1), D(2026, 4, 30), "month"),
    ("2年前", REF, D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("5年後", REF, D(2031, 1, 1), D(2031, 12, 31), "year"),
    # periods ending or starting at the reference date
    ("過去1年間", REF, D(2025, 1, 19), D(2026, 1, 19), "range"),
    ("この1年", REF, D(2025, 1, 19), D(2026, 1, 19), "range"),
    ("過去5カ月", REF, D(2025, 8, 19), D(2026, 1, 19), "range"),
    ("ここ数ヶ月", REF, D(2025, 10, 19), D(2026, 1, 19), "range"),
    ("この数日", REF, D(2026, 1, 16), D(2026, 1, 19), "range"),
    ("最近数週間", REF, D(2025, 12, 29), D(2026, 1, 19), "range"),
    ("今後10年間", REF, D(2026, 1, 19), D(2036, 1, 19), "range"),
    ("今後数週間", REF, D(2026, 1, 19), D(2026, 2, 9), "range"),
    ("2022年2月以降", REF, D(2022, 2, 1), REF, "range"),
    ("2022年以来", REF, D(2022, 1, 1), REF, "range"),
    # seasons
    ("今冬", REF, D(2025, 12, 1), D(2026, 2, 28), "season"),
    ("この冬", REF, D(2025, 12, 1), D(2026, 2, 28), "season"),
    ("昨冬", REF, D(2024, 12, 1), D(2025, 2, 28), "season"),
    ("今夏", REF, D(2026, 6, 1), D(2026, 8, 31), "season"),
    ("来春", REF, D(2026, 3, 1), D(2026, 5, 31), "season"),
    ("来春", D(2026, 6, 1), D(2027, 3, 1), D(2027, 5, 31), "season"),
    ("今冬", D(2025, 10, 1), D(2025, 12, 1), D(2026, 2, 28), "season"),
    # wider forms: ranges with から, two-sided years, short years, named days, slashes
    ("17日から19日", REF, D(2026, 1, 17), D(2026, 1, 19), "range"),
    ("17日夜から18日朝", REF, D(2026, 1, 17), D(2026, 1, 18), "range"),
    ("1月17日（土）〜18日（日）", REF, D(2026, 1, 17), D(2026, 1, 18), "range"),
    ("1月17、18日", REF, D(2026, 1, 17), D(2026, 1, 18), "range"),
    ("3〜4月", REF, D(2026, 3, 1), D(2026, 4, 30), "range"),
    ("12/24", REF, D(2025, 12, 24), D(2025, 12, 24), "day"),
    ("1/17（土）", REF, D(2026, 1, 17), D(2026, 1, 17), "day"),
    ("元日", REF, D(2026, 1, 1), D(2026, 1, 1), "day"),
    ("来週初め", REF, D(2026, 1, 26), D(2026, 1, 28), "range"),
    ("先週末", REF, D(2026, 1, 17), D(2026, 1, 18), "range"),
    ("来る25日", REF, D(2026, 1, 25), D(2026, 1, 25), "day"),
    ("年度末", REF, D(2026, 3, 1), D(2026, 3, 31), "month"),
    ("来月上旬", REF, D(2026, 2, 1), D(2026, 2, 10), "part_of_month"),
    ("先月下旬", REF, D(2025, 12, 21), D(2025, 12, 31), "part_of_month"),
    ("今年前半", REF, D(2026, 1, 1), D(2026, 6, 30), "range"),
    ("数日前", REF, D(2026, 1, 16), D(2026, 1, 16), "day"),
    ("半年前", REF, D(2025, 7, 1), D(2025, 7, 31), "month"),
    ("第1四半期", REF, D(2026, 1, 1), D(2026, 3, 31), "range"),
    ("昨年秋", REF, D(2025, 9, 1), D(2025, 11, 30), "season"),
]


@pytest.mark.parametrize("text, ref, start, end, gran", RELATIVE)
def test_relative_dates(text, ref, start, end, gran):
    span = one(text, ref)
    assert (span.start, span.end, span.granularity, span.relative) == (start, end, gran, True)


@pytest.mark.parametrize("text, gran", [
    ("来週", "week"), ("昨年11月", "month"), ("17日", "day"), ("今朝", "day"),
    ("過去1年間", "range"), ("今冬", "season"), ("12月初め", "part_of_month"), ("1カ月前", "month"),
])
def test_relative_without_ref_keeps_granularity_but_no_dates(text, gran):
    span = one(text, None)
    assert (span.start, span.end, span.granularity, span.relative) == (None, None, gran, True)


def test_seed_article_dates():
    hits = find_dates(SEED, REF)
    got = {(span.text, span.start, span.end) for _, _, span in hits}
    assert {
        ("19/01/2026", D(2026, 1, 19), D(2026, 1, 19)),
        ("2026年1月17日", D(2026, 1, 17), D(2026, 1, 17)),
        ("昨年11月", D(2025, 11, 1), D(2025, 11, 30)),
        ("昨年12月初め", D(2025, 12, 1), D(2025, 12, 10)),
        ("来週", D(2026, 1, 26), D(2026, 2, 1)),
        ("過去1年間", D(2025, 1, 19), D(2026, 1, 19)),
        ("ここ数ヶ月", D(2025, 10, 19), D(2026, 1, 19)),
        ("今朝", D(2026, 1, 19), D(2026, 1, 19)),
    } <= got
    assert all(SEED[s:e] == span.text for s, e, span in hits)
    assert not any(span.text.startswith("4年") for _, _, span in hits)  # 4年間 is a duration


def test_find_dates_longest_first_and_non_overlapping():
    text = "2026年1月17日（土）夜、先週土曜の24日未明と前日23日、2022年2月以降"
    hits = find_dates(text, D(2026, 2, 24))
    assert [span.text for _, _, span in hits] == ["2026年1月17日（土）夜", "先週土曜の24日未明", "前日23日",
                                                  "2022年2月以降"]
    assert all(a[1] <= b[0] for a, b in zip(hits, hits[1:]))


@pytest.mark.parametrize("text", ["4年間続く戦争", "30日間の停戦", "最も生産的な1日だった", "十月革命",
                                  "前年比で", "50日以内に", "ウクライナ", "2〜3日間", "1日あたり", "24/7"])
def test_not_dates(text):
    assert find_dates(text, REF) == []


@pytest.mark.parametrize("text, ref, start, end", [
    ("2026年1月17日", None, D(2026, 1, 17), D(2026, 1, 17)),
    ("昨年11月", REF, D(2025, 11, 1), D(2025, 11, 30)),
    ("2月1日まで", D(2026, 1, 31), D(2026, 2, 1), D(2026, 2, 1)),
    ("会談は来週に", REF, D(2026, 1, 26), D(2026, 2, 1)),
])
def test_parse_date(text, ref, start, end):
    span = parse_date(text, ref)
    assert (span.start, span.end) == (start, end)


def test_parse_date_falls_back_to_dateparser_and_never_guesses_today():
    span = parse_date("3時間前", REF)
    assert (span.start, span.end, span.relative) == (REF, REF, True)
    unresolved = parse_date("3時間前")
    assert (unresolved.start, unresolved.end, unresolved.relative) == (None, None, True)


def test_datetime_ref_is_accepted():
    span = one("来週", dt.datetime(2026, 1, 19, 9, 30))
    assert (span.start, span.end) == (D(2026, 1, 26), D(2026, 2, 1))


def test_since_a_future_year_is_open_ended():
    span = one("来年以降")
    assert (span.start, span.end, span.granularity) == (D(2027, 1, 1), None, "range")


def test_parse_date_none():
    assert parse_date("ウクライナ和平", REF) is None
    assert parse_date("", REF) is None
    assert parse_date("24/7", REF) is None


@pytest.mark.parametrize("text, value, unit", [
    ("10年間", 10, "year"),
    ("2年間", 2, "year"),
    ("30日間", 30, "day"),
    ("4時間半", 4.5, "hour"),
    ("1週間", 1, "week"),
    ("5カ月", 5, "month"),
    ("5ヶ月", 5, "month"),
    ("5か月間", 5, "month"),
    ("16時間", 16, "hour"),
    ("侵攻4年", 4, "year"),
    ("1年半", 1.5, "year"),
    ("15分間", 15, "minute"),
    ("2〜3日間", 3, "day"),
])
def test_find_durations(text, value, unit):
    hits = find_durations(text)
    assert len(hits) == 1, hits
    s, e, v, u = hits[0]
    assert (v, u) == (value, unit)
    assert text[s:e] == text.replace("侵攻", "")


@pytest.mark.parametrize("text", ["2026年", "令和8年", "10時15分", "3分の1", "2週間後", "十分に", "2026〜27年",
                                  "26年度", "3日"])
def test_not_durations(text):
    assert find_durations(text) == []


def test_seed_article_durations():
    got = [(SEED[s:e], value, unit) for s, e, value, unit in find_durations(SEED)]
    assert got == [("4年間", 4, "year"), ("10年間", 10, "year"), ("1年間", 1, "year")]


@pytest.mark.parametrize("text, years", [("10年間", 10), ("18カ月", 1.5), ("6カ月", 0.5), ("2年間で", 2),
                                         ("今後10年間の復興", 10), ("ウクライナ", None)])
def test_duration_years(text, years):
    assert duration_years(text) == years


@pytest.mark.parametrize("text, expected", [
    ("タイトル\n19/01/2026\n2026年1月17日、寒さの厳しい土曜日", D(2026, 1, 19)),
    ("見出し\n2025年7月24日\n\n本文", D(2025, 7, 24)),
    ("見出し\n2025/08/29\n\n本文", D(2025, 8, 29)),
    ("見出し\n最終更新：2025年4月14日 9:00\n\n■14日 9:00", D(2025, 4, 14)),
    ("見出し\n2026年2月6日\n\n本文", D(2026, 2, 6)),
    ("見出し\n2025-03-12\n本文", D(2025, 3, 12)),
    ("見出し\n20/12/2025\n本文", D(2025, 12, 20)),
    ("見出し\n12/20/2025\n本文", D(2025, 12, 20)),
    ("[リヤド 18日 ロイター] - 会談した。", None),
    ("見出し\n本文は2026年1月17日に始まった長い文で、日付行ではない。", None),
    ("1\n2\n3\n4\n5\n6\n2026年2月6日", None),
])
def test_detect_published(text, expected):
    assert detect_published(text) == expected


def test_detect_published_seed():
    assert detect_published(SEED) == D(2026, 1, 19)


@pytest.mark.parametrize("text", ["1" * 100_000, "一" * 50_000, "十" * 50_000, "日" * 100_000, "月" * 100_000,
                                  "年" * 100_000, "1日" * 10_000, "1月" * 10_000, "〜" * 100_000, "1/" * 20_000,
                                  "先週" * 10_000, "この" * 50_000, "２" * 100_000])
def test_date_finders_are_linear(text):
    for fn in (lambda t: find_dates(t, REF), find_durations, detect_published):
        t0 = time.perf_counter()
        fn(text)
        assert time.perf_counter() - t0 < 30.0  # a hang guard, not a speed target (bench/adversarial.py)


@pytest.mark.parametrize("text, ref, start", [
    ("13日", D(2026, 1, 20), D(2026, 2, 13)),    # passed this month: next month's 13th
    ("13日夜", D(2026, 1, 31), D(2026, 2, 13)),  # from the last day of a month: not the month after next
    ("30日", D(2026, 12, 31), D(2027, 1, 30)),   # across the year
    ("25日", D(2026, 1, 20), D(2026, 1, 25)),    # still ahead this month: unchanged
    ("24日", D(2026, 2, 6), D(2026, 2, 24)),     # ahead this month but beyond find_dates' ten days: this month's
    ("30日", D(2026, 2, 6), D(2026, 3, 30)),     # a day February lacks: the next month that has it
    ("31日", D(2026, 4, 30), D(2026, 5, 31)),    # passed, next month has it
    ("土曜日", D(2026, 1, 19), D(2026, 1, 24)),  # a weekday: the coming one
    ("3月13日", D(2026, 4, 20), D(2026, 3, 13)),  # a month named: left as read
    ("先月13日", D(2026, 1, 20), D(2025, 12, 13)),  # its own direction: left as read
])
def test_resolve_forward_reads_a_passed_day_as_the_next(text, ref, start):
    from ukpeace.normalize.dates import resolve_forward
    span = one(text, ref)
    assert resolve_forward(span, ref).start == start


@pytest.mark.parametrize("text, ref, start", [
    ("21日", D(2026, 1, 19), D(2025, 12, 21)),   # read as this month's, told as past: last month's 21st
    ("２５日", D(2026, 3, 20), D(2026, 2, 25)),  # fullwidth digits
    ("31日", D(2026, 3, 25), D(2026, 1, 31)),    # February has no 31st: the latest month that has one
    ("18日", D(2026, 1, 19), D(2026, 1, 18)),    # already before ref: unchanged
    ("21日夜", D(2026, 1, 19), D(2025, 12, 21)),  # with a part of the day
    ("土曜日", D(2026, 1, 19), D(2026, 1, 17)),  # a weekday is read back already: unchanged
    ("1月21日", D(2026, 1, 19), D(2026, 1, 21)),  # a month named: left as read
])
def test_resolve_backward_reads_a_coming_day_as_the_last(text, ref, start):
    from ukpeace.normalize.dates import resolve_backward
    span = one(text, ref)
    assert resolve_backward(span, ref).start == start


@pytest.mark.parametrize("text", ["2カ月", "生後2カ月", "3年", "約2カ月", "2週間", "2カ月間"])
def test_a_bare_length_of_time_is_no_date(text):
    """A model may tag a length of time as a date; with no 前/後 it is no day in the calendar (dateparser
    would read 2カ月 as two months ago)."""
    assert parse_date(text, dt.date(2025, 3, 1)) is None


@pytest.mark.parametrize("text, start", [("2カ月前", dt.date(2025, 1, 1)), ("3年前", dt.date(2022, 1, 1)),
                                         ("1カ月後", dt.date(2025, 4, 1))])
def test_a_length_of_time_before_or_after_is_a_date(text, start):
    assert parse_date(text, dt.date(2025, 3, 1)).start == start


# --- round 20: meeting date and status ---
# A day chained to one told before (翌29日, 同5日) is still a calendar day: told in the past it reads back like a
# bare one; a month, a week word or a day told as past come back as they are.

@pytest.mark.parametrize("text, ref, start", [("翌29日", dt.date(2023, 7, 20), dt.date(2023, 6, 29)),
                                              ("同27日", dt.date(2024, 3, 22), dt.date(2024, 2, 27))])
def test_a_chained_day_told_as_past_reads_back(text, ref, start):
    from ukpeace.normalize.dates import resolve_backward
    span = one(text, ref)
    assert resolve_backward(span, ref).start == start


@pytest.mark.parametrize("text, ref", [("翌日", dt.date(2023, 7, 20)), ("同日", dt.date(2023, 7, 20)),
                                       ("翌月29日", dt.date(2023, 7, 20)), ("翌12日", dt.date(2023, 7, 20))])
def test_a_chained_word_or_a_past_day_is_left_alone(text, ref):
    from ukpeace.normalize.dates import resolve_backward
    span = one(text, ref)
    assert resolve_backward(span, ref) == span

"""Japanese date expressions -> inclusive [start, end] date spans.

News mixes absolute dates (2026年1月17日, 令和8年, 19/01/2026), dates that need the publication
date to be read (17日, 1月, 昨年11月, 来週, 今朝, 3日前, ここ数ヶ月, 今冬) and durations
(10年間, 4時間半). find_dates collects candidates from a set of small linear-time patterns,
keeps the longest non-overlapping ones and resolves them against ``ref``; with ``ref=None``
relative expressions keep their granularity but get no dates (we never guess "today").
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from typing import Callable, Optional

from ukpeace.models import Granularity, TimeSpan

from .numbers import NUMBER_RE, load_lexicon, parse_number

__all__ = ["parse_date", "find_dates", "find_durations", "duration_years", "detect_published", "resolve_forward",
           "resolve_backward"]

Date = dt.date
# A resolved expression: (start, end, granularity, relative) or None when it is not a date.
Resolved = Optional[tuple[Optional[Date], Optional[Date], str, bool]]


def _lex() -> dict:
    return load_lexicon("dates")


# ----------------------------------------------------------------------------- calendar math

def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _date(y: int, m: int, d: int) -> Date | None:
    """A valid date or None (2月30日 is not a date)."""
    if 1 <= m <= 12 and 1 <= d <= 31 and 1 <= y <= 9999 and d <= _last_day(y, m):
        return Date(y, m, d)
    return None


def _add_months(d: Date, n: int) -> Date:
    idx = d.year * 12 + d.month - 1 + n
    y, m = divmod(idx, 12)
    return Date(y, m + 1, min(d.day, _last_day(y, m + 1)))


def _month_span(y: int, m: int) -> tuple[Date, Date]:
    return Date(y, m, 1), Date(y, m, _last_day(y, m))


def _monday(d: Date) -> Date:
    return d - dt.timedelta(days=d.weekday())


def _month_year(month: int, ref: Date) -> int:
    """Year of a month given without one: at most 2 months ahead of ref, else the past (12月 in January → last year)."""
    offset = month - ref.month
    if offset > 2:
        return ref.year - 1
    if offset < -9:
        return ref.year + 1
    return ref.year


def _coming_day(day: int, ref: Date) -> Date | None:
    """Date of 来る20日 / きたる20日: the first such day on or after ref."""
    first = ref.replace(day=1)
    for ahead in range(0, 3):
        base = _add_months(first, ahead)
        cand = _date(base.year, base.month, day)
        if cand and cand >= ref:
            return cand
    return None


def _day_date(day: int, ref: Date) -> Date | None:
    """Date of a bare day (17日): this month unless that is >10 days after ref, then an earlier month."""
    first = ref.replace(day=1)
    for back in range(0, 4):
        base = _add_months(first, -back)
        cand = _date(base.year, base.month, day)
        if cand and (cand - ref).days <= 10:
            return cand
    return None


def _nearest_day(day: int, anchor: Date) -> Date | None:
    """The date with this day number closest to anchor (先週土曜の24日, その4日前の20日)."""
    first = anchor.replace(day=1)
    cands = [c for k in (-1, 0, 1) for b in [_add_months(first, k)] if (c := _date(b.year, b.month, day))]
    return min(cands, key=lambda c: abs((c - anchor).days)) if cands else None


def _latest_day(day: int, anchor: Date) -> Date | None:
    """The latest date with this day number on or before anchor (within two months)."""
    first = anchor.replace(day=1)
    cands = [c for k in (-2, -1, 0) for b in [_add_months(first, k)] if (c := _date(b.year, b.month, day))
             and c <= anchor]
    return max(cands) if cands else None


def _fiscal_year(d: Date) -> int:
    """Japanese fiscal years start in April."""
    return d.year if d.month >= 4 else d.year - 1


def _num(s: str | None) -> int | None:
    if not s:
        return None
    if s == "元":
        return 1
    v = parse_number(s)
    return int(v) if isinstance(v, (int, float)) and v == int(v) else None


# ----------------------------------------------------------------------------- regex fragments

def _alt(words) -> str:
    """Alternation of literal words, longest first so 先々週 wins over 先週."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_G = "(?<![0-9０-９〇一二三四五六七八九十百千])"        # not inside another figure
_N2 = rf"{_G}(?:[0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}})"  # month / day, arabic or kanji
_A2 = rf"{_G}[0-9０-９]{{1,2}}"                              # month / day, arabic only
_Y4 = rf"{_G}(?:[0-9０-９]{{4}}|[〇一二三四五六七八九零]{{4}})(?![0-9０-９])"
_NOT_DAY = r"(?!間|以内|以上|余|近く|ぶり|分|前後|程度|超|足らず|弱|連続|目|遅れ|あたり|当たり)"


@lru_cache(maxsize=None)
def _frag() -> dict[str, str]:
    lex = _lex()
    blocked = "|".join(lex["relative_blocked_followers"])
    seps = re.escape(lex["range_separators"])
    tod = _alt(lex["time_of_day"])
    clock = (r"(?:[ 　]?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})時(?!間)"
             r"(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})分|半)?(?:ごろ|頃|過ぎ)?"
             r"|[ 　]?[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:ごろ|頃)?)")
    wd_paren = r"(?:[ 　]?[（(][月火水木金土日](?:曜日?)?(?:[・･][祝休]日?)?[)）])"
    era = rf"(?P<era>{_alt(lex['eras'])})(?P<eray>元|[0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}})"
    # 25年12月, 26年度
    short = rf"(?P<ys>{_G}[0-9０-９]{{2}})年(?=(?:[0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}})月|度)"
    year = rf"(?:(?P<y>{_Y4})年|{short}|{era}年|(?P<yrel>{_alt(lex['year_words'])}))"
    return {
        "sfx": rf"{wd_paren}?(?:の?(?:{tod}))?{clock}?",
        "wdp": wd_paren,
        "year": year,
        "year_end": rf"(?!度|{blocked}|代|間|ぶり|目|以上|近く|前(?!半)|後(?!半))",
        "month": rf"(?P<mo>{_N2})月(?!間|期)",
        "mrel": rf"(?P<mrel>{_alt(lex['month_words'])})(?!{blocked})",
        "day": rf"(?P<d>{_N2})日{_NOT_DAY}",
        "mp": rf"(?P<mp>{_alt(lex['month_parts'])})",
        "yp": rf"(?P<yp>{_alt(lex['year_parts'])})",
        "sep": rf"[{seps}]",
        "blocked": blocked,
    }


# ----------------------------------------------------------------------------- resolvers

def _granularity(g: dict) -> str:
    if g.get("d"):
        return "day"
    if g.get("mp"):
        return "part_of_month"
    if g.get("mo") or g.get("mrel"):
        return "month"
    if g.get("yp"):
        part = _lex()["year_parts"][g["yp"]]
        return "month" if isinstance(part, list) and part[0] == part[2] else "range"
    return "year"


def _year(g: dict, ref: Date | None) -> tuple[int | None, bool, bool]:
    """(year, relative, given) from the y / era / yrel groups."""
    lex = _lex()
    if g.get("y"):
        return _num(g["y"]), False, True
    if g.get("ys"):
        n = _num(g["ys"])
        if n is None:
            return None, False, True
        return (2000 + n if n <= 50 else 1900 + n), False, True
    if g.get("era"):
        n = _num(g["eray"])
        return (lex["eras"][g["era"]] + n if n else None), False, True
    if g.get("yrel"):
        return (ref.year + lex["year_words"][g["yrel"]] if ref else None), True, True
    return None, False, False


def _part_of_month(y: int, m: int, part, ref: Date | None) -> tuple[Date, Date]:
    first, last = _month_span(y, m)
    if part == "whole":
        return first, last
    if part == "rest":
        return (ref if ref and first <= ref <= last else first), last
    return Date(y, m, part[0]), Date(y, m, min(part[1], last.day))


def _part_of_year(y: int, part, ref: Date | None) -> tuple[Date, Date]:
    if part == "whole":
        return Date(y, 1, 1), Date(y, 12, 31)
    if part == "rest":
        return (ref if ref and ref.year == y else Date(y, 1, 1)), Date(y, 12, 31)
    return Date(y, part[0], part[1]), Date(y, part[2], min(part[3], _last_day(y, part[2])))


def _calendar(g: dict, ref: Date | None) -> Resolved:
    """Year / month / day / part-of-month or part-of-year expressions, absolute or relative."""
    lex = _lex()
    gran = _granularity(g)
    year, rel, has_year = _year(g, ref)
    if has_year and year is None:
        return (None, None, gran, True) if rel else None
    month = None
    if g.get("mrel"):
        if ref is None:
            return None, None, gran, True
        base = _add_months(ref.replace(day=1), lex["month_words"][g["mrel"]])
        year, month, rel = base.year, base.month, True
    elif g.get("mo"):
        month = _num(g["mo"])
        if not month or not 1 <= month <= 12:
            return None
        if not has_year:
            if not (g.get("d") or g.get("mp")) and not re.match(r"[0-9０-９]", g["mo"]):
                return None  # bare kanji month (十月革命) is too often not a date
            if ref is None:
                return None, None, gran, True
            year, rel = _month_year(month, ref), True
    if g.get("d"):
        day = _num(g["d"])
        if day is None:
            return None
        if month is None:
            if ref is None:
                return (None, None, "day", True) if 1 <= day <= 31 else None
            d = _coming_day(day, ref) if g.get("coming") else _day_date(day, ref)
            return (d, d, "day", True) if d else None
        d = _date(year, month, day) if year is not None else None
        return (d, d, "day", rel) if d else None
    if month is not None and year is not None:  # a month always has its year by now
        if g.get("mp"):
            s, e = _part_of_month(year, month, lex["month_parts"][g["mp"]], ref)
            return s, e, gran, rel
        s, e = _month_span(year, month)
        return s, e, "month", rel
    if year is None or not 1 <= year <= 9999:
        return None
    if g.get("yp"):
        s, e = _part_of_year(year, lex["year_parts"][g["yp"]], ref)
        return s, e, gran, rel
    return Date(year, 1, 1), Date(year, 12, 31), "year", rel


def _fiscal(g: dict, ref: Date | None) -> Resolved:
    """2025年度 = 2025-04-01..2026-03-31; 今年度 / 年度末 are about the fiscal year containing ref."""
    lex = _lex()
    part = lex["fiscal_parts"].get(g.get("fp") or "", "whole")
    gran = {"whole": "year", "rest": "range"}[part] if isinstance(part, str) else (
        "month" if part[0] == part[2] else "range")
    if g.get("yrel") or g.get("fbare"):
        if ref is None:
            return None, None, gran, True
        year, rel = _fiscal_year(ref) + lex["year_words"].get(g.get("yrel") or "", 0), True
    else:
        year, rel, _ = _year(g, ref)
        if year is None:
            return None
    first, last = Date(year, 4, 1), Date(year + 1, 3, 31)
    if part == "whole":
        return first, last, gran, rel
    if part == "rest":
        return (ref if ref and first <= ref <= last else first), last, gran, rel
    y1 = year if part[0] >= 4 else year + 1
    y2 = year if part[2] >= 4 else year + 1
    return Date(y1, part[0], part[1]), Date(y2, part[2], part[3]), gran, rel


def _decade(g: dict, ref: Date | None) -> Resolved:
    y = _num(g["y"])
    return (Date(y, 1, 1), Date(y + 9, 12, 31), "range", False) if y and y % 10 == 0 else None


def _bare_part(g: dict, ref: Date | None) -> Resolved:
    """年末 / 年内 / 月末 / 月内 without a year or month: about ref's year or month."""
    lex = _lex()
    if g.get("by"):
        part = lex["year_parts"][lex["bare_year_words"][g["by"]]]
        gran = "month" if isinstance(part, list) and part[0] == part[2] else "range"
        if ref is None:
            return None, None, gran, True
        # 年明け said from October on is the coming new year (published in December: next January)
        ahead = lex.get("coming_year_words", {}).get(g["by"])
        year = ref.year + 1 if ahead is not None and ref.month >= ahead else ref.year
        s, e = _part_of_year(year, part, ref)
        return s, e, gran, True
    if ref is None:
        return None, None, "part_of_month", True
    part = lex["month_parts"][lex["bare_month_words"][g["bm"]]]
    s, e = _part_of_month(ref.year, ref.month, part, ref)
    return s, e, "part_of_month", True


def _named_day(g: dict, ref: Date | None) -> Resolved:
    """元日 / 大みそか: a fixed day of an explicit year, or of the year the month rule picks."""
    month, day = _lex()["named_days"][g["named"]]
    year, rel, has_year = _year(g, ref)
    if not has_year:
        if ref is None:
            return None, None, "day", True
        year, rel = _month_year(month, ref), True
    elif year is None:
        return None, None, "day", True
    d = _date(year, month, day)
    return d, d, "day", rel


def _numeric(g: dict, ref: Date | None) -> Resolved:
    """2026/1/17, 2026-01-17, 19/01/2026 (day first unless impossible), R8.1.17, 2025/08."""
    lex = _lex()
    if g.get("eraL"):
        y = lex["eras"][lex["era_letters"][g["eraL"]]] + _num(g["eray"])
        m, d = _num(g["mo"]), _num(g["d"])
    elif g.get("a"):
        a, b, y = _num(g["a"]), _num(g["b"]), _num(g["y"])
        if a is None or b is None:
            return None
        d, m = (b, a) if b > 12 and a <= 12 else (a, b)
    elif not g.get("y"):
        m, d = _num(g["mo"]), _num(g["d"])
        if not (m and d and 1 <= m <= 12):
            return None
        if ref is None:
            return (None, None, "day", True) if 1 <= d <= 31 else None
        day = _date(_month_year(m, ref), m, d)
        return (day, day, "day", True) if day else None
    else:
        y, m, d = _num(g["y"]), _num(g["mo"]), _num(g.get("d"))
        if d is None:
            if not m or not 1 <= m <= 12 or y is None:
                return None
            s, e = _month_span(y, m)
            return s, e, "month", False
    day = _date(y, m, d) if y and m and d else None
    return (day, day, "day", False) if day else None


def _first_date(g: dict, ref: Date | None, mo: str | None, day: int) -> tuple[Date | None, bool]:
    """Start of a range: explicit year/month when given, else read against ref."""
    year, rel, has_year = _year(g, ref)
    if mo:
        month = _num(mo)
        if month is None:
            return None, False
        if not has_year:
            if ref is None:
                return None, True
            year, rel = _month_year(month, ref), True
        return (_date(year, month, day) if year else None), rel
    if ref is None:
        return None, True
    return _day_date(day, ref), True


def _day_range(g: dict, ref: Date | None) -> Resolved:
    """11月24〜25日, 11月24日～12月2日, 17日から19日, 1月23、24両日, 10、11の両日."""
    d1, d2 = _num(g["d"]), _num(g["d2"])
    if not d1 or not d2:
        return None
    start, rel = _first_date(g, ref, g.get("mo"), d1)
    if start is None:
        return (None, None, "range", True) if rel else None
    if g.get("mo2"):
        m2 = _num(g["mo2"])
        if m2 is None:
            return None
        y2 = _num(g.get("y2")) or start.year + (1 if m2 < start.month else 0)
        end = _date(y2, m2, d2)
    else:
        end = _date(start.year, start.month, d2)
        if d2 < d1 or end is None:
            nxt = _add_months(start.replace(day=1), 1)
            end = _date(nxt.year, nxt.month, d2)
    return (start, end, "range", rel) if end and end >= start else None


def _year_range(g: dict, ref: Date | None) -> Resolved:
    """2026〜27年, 2026～2027年 (fiscal when followed by 度)."""
    y1, y2 = _num(g["y"]), _num(g["y2"])
    if y1 is None or y2 is None:
        return None
    if y2 < 100:
        y2 += y1 // 100 * 100
    if y2 < y1:
        return None
    if g.get("fy"):
        return Date(y1, 4, 1), Date(y2 + 1, 3, 31), "range", False
    return Date(y1, 1, 1), Date(y2, 12, 31), "range", False


def _month_range(g: dict, ref: Date | None) -> Resolved:
    """3〜4月, 2025年11月〜12月, 12月〜1月 (wraps into the next year)."""
    m1, m2 = _num(g["mo"]), _num(g["mo2"])
    if not (m1 and m2 and 1 <= m1 <= 12 and 1 <= m2 <= 12):
        return None
    year, rel, has_year = _year(g, ref)
    if not has_year:
        if ref is None:
            return None, None, "range", True
        year, rel = _month_year(m1, ref), True
    elif year is None:
        return None, None, "range", True
    y2 = _num(g.get("y2")) or year + (1 if m2 < m1 else 0)
    if y2 < year or (y2 == year and m2 < m1):
        return None
    return _month_span(year, m1)[0], _month_span(y2, m2)[1], "range", rel


def _day_word(g: dict, ref: Date | None) -> Resolved:
    """昨日, 今朝, 前日, 翌日... and 前日23日 / 前日の23日 where the explicit day wins."""
    if ref is None:
        return None, None, "day", True
    base = ref + dt.timedelta(days=_lex()["day_words"][g["dw"]])
    anchor: Date | None = base
    if g.get("d"):
        day = _num(g["d"])
        anchor = _nearest_day(day, base) if day else None
    return (anchor, anchor, "day", True) if anchor else None


def _week(g: dict, ref: Date | None) -> Resolved:
    """先週 / 来週 (ISO Monday–Sunday), 先週末, 先週土曜, 先週土曜の24日."""
    lex = _lex()
    gran = "day" if (g.get("wd") or g.get("d")) else ("range" if g.get("wpart") else "week")
    if ref is None:
        return None, None, gran, True
    monday = _monday(ref) + dt.timedelta(weeks=lex["week_words"][g["ww"]])
    if g.get("d"):
        anchor = monday + dt.timedelta(days=lex["weekdays"][g["wd"]] if g.get("wd") else 3)
        day = _nearest_day(_num(g["d"]) or 0, anchor)
        return (day, day, "day", True) if day else None
    if g.get("wd"):
        day = monday + dt.timedelta(days=lex["weekdays"][g["wd"]])
        return day, day, "day", True
    if g.get("wpart"):
        first, last = lex["week_parts"][g["wpart"]]
        return monday + dt.timedelta(days=first), monday + dt.timedelta(days=last), gran, True
    return monday, monday + dt.timedelta(days=6), gran, True


def _week_bare(g: dict, ref: Date | None) -> Resolved:
    """週末 (this Saturday–Sunday), 週内 (rest of the week), 週明け (next Monday)."""
    kind = _lex()["week_bare"][g["wb"]]
    gran = "day" if kind == "next_monday" else "range"
    if ref is None:
        return None, None, gran, True
    monday = _monday(ref)
    spans = {
        "weekend": (monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)),
        "rest": (ref, monday + dt.timedelta(days=6)),
        "next_monday": (monday + dt.timedelta(days=7),) * 2,
        "first_half": (monday, monday + dt.timedelta(days=2)),
        "second_half": (monday + dt.timedelta(days=3), monday + dt.timedelta(days=6)),
    }
    s, e = spans[kind]
    return s, e, gran, True


def _weekday(g: dict, ref: Date | None) -> Resolved:
    """月曜日 / (月): the latest such day on or before ref; 土曜の24日: the explicit day."""
    if ref is None:
        return None, None, "day", True
    back = (ref.weekday() - _lex()["weekdays"][g["wd"]]) % 7
    latest = ref - dt.timedelta(days=back)
    day: Date | None = latest
    if g.get("d"):
        day = _nearest_day(_num(g["d"]) or 0, latest)
    return (day, day, "day", True) if day else None


def _amount(g: dict) -> float | None:
    vague = _lex()["vague_numbers"]
    return vague[g["n"]] if g["n"] in vague else parse_number(g["n"])


def _shift(ref: Date, unit: str, n: float) -> Date:
    if unit == "day":
        return ref + dt.timedelta(days=round(n))
    if unit == "week":
        return ref + dt.timedelta(days=round(7 * n))
    months = round(12 * n) if unit == "year" else round(n)
    return _add_months(ref, months)


def _offset(g: dict, ref: Date | None) -> Resolved:
    """3日前, 2週間後, 1カ月前 (the month containing ref−1 month), 4年前; その4日前の20日."""
    lex = _lex()
    unit = lex["calendar_units"][g["u"]]
    n = _amount(g)
    if not n:
        return None
    if unit == "year" and n != int(n):
        unit, n = "month", n * 12
    gran = "day" if g.get("d") else unit
    if ref is None:
        return None, None, gran, True
    point = _shift(ref, unit, n * lex["offset_directions"][g["dir"]])
    if g.get("d"):
        # 3日後の18日: the offset counts from an event of the story, not from ref; the day is the latest 18th
        # not after both (a retrospective published on 9月1日 means 8月18日, not 9月18日)
        day = _latest_day(_num(g["d"]) or 0, max(point, ref))
        return (day, day, "day", True) if day else None
    if unit == "day":
        return point, point, "day", True
    if unit == "week":
        return _monday(point), _monday(point) + dt.timedelta(days=6), "week", True
    if unit == "month":
        s, e = _month_span(point.year, point.month)
        return s, e, "month", True
    return Date(point.year, 1, 1), Date(point.year, 12, 31), "year", True


def _period(g: dict, ref: Date | None) -> Resolved:
    """過去1年間 / ここ数ヶ月 (ending at ref), 今後10年間 (starting at ref); 数 counts as 3."""
    lex = _lex()
    n = _amount(g)
    if not n:
        return None
    if ref is None:
        return None, None, "range", True
    unit = lex["calendar_units"][g["u"]]
    if g["pp"] in lex["period_future"]:
        return ref, _shift(ref, unit, n), "range", True
    return _shift(ref, unit, -n), ref, "range", True


def _season_span(season: str, start_year: int) -> tuple[Date, Date]:
    m1, m2 = _lex()["seasons"][season]
    y2 = start_year + (1 if m2 < m1 else 0)
    return Date(start_year, m1, 1), Date(y2, m2, _last_day(y2, m2))


def _this_season_year(season: str, ref: Date) -> int:
    """今冬 in Jan–May is the winter that began last December; otherwise seasons are in ref's year."""
    m1, m2 = _lex()["seasons"][season]
    if m2 < m1 and ref.month < m1 and ref.month <= 5:
        return ref.year - 1
    return ref.year


def _season(g: dict, ref: Date | None) -> Resolved:
    """今冬 / この冬 / 昨冬 / 来春 / 2025年夏 (spring Mar–May ... winter Dec–Feb)."""
    lex = _lex()
    season = g["season"]
    if g.get("y"):
        year = _num(g["y"])
        if year is None:
            return None
        s, e = _season_span(season, year)
        return s, e, "season", False
    if ref is None:
        return None, None, "season", True
    if g.get("yrel"):
        year = ref.year + lex["year_words"][g["yrel"]]
    else:
        offset = lex["season_prefixes"][g["sp"]]
        year = _this_season_year(season, ref)
        if offset > 0:  # 来春: the first such season that has not started yet
            year = ref.year if _season_span(season, ref.year)[0] > ref else ref.year + 1
            year += offset - 1
        else:
            year += offset
    s, e = _season_span(season, year)
    return s, e, "season", True


def _quarter(g: dict, ref: Date | None) -> Resolved:
    """第1四半期 (calendar quarters), with an explicit or relative year."""
    q = _num(g["q"])
    year, rel, has_year = _year(g, ref)
    if not has_year:
        year, rel = (ref.year if ref else None), True
    if year is None:
        return None, None, "range", True
    if q is None:
        return None
    s = Date(year, 3 * q - 2, 1)
    return s, _month_span(year, 3 * q)[1], "range", rel


# ----------------------------------------------------------------------------- patterns

@lru_cache(maxsize=None)
def _patterns() -> list[tuple[re.Pattern, Callable[[dict, Date | None], Resolved]]]:
    """(compiled pattern, resolver) pairs; every pattern uses bounded repeats only."""
    lex, f = _lex(), _frag()
    sfx, year, month, day = f["sfx"], f["year"], f["month"], f["day"]
    day2 = rf"(?P<d2>{_N2})日{_NOT_DAY}"
    wd = r"(?P<wd>[月火水木金土日])曜日?"
    unit = _alt(lex["calendar_units"])
    num = rf"(?P<n>{_G}[0-9０-９]{{1,3}}|{_G}[一二三四五六七八九十百]{{1,4}}|十数|数十|数|半)"
    sep = f["sep"]
    xday = rf"(?:の?(?P<d>{_N2})日{_NOT_DAY})?"  # explicit day after a relative word: 前日23日, 先週土曜の24日
    specs = [
        (rf"{year}{f['year_end']}(?:の?{month}(?:{day}{sfx}|の?{f['mp']})?|の?{f['yp']})?", _calendar),
        (rf"{month}(?:{day}{sfx}|の?{f['mp']})?", _calendar),
        (rf"{f['mrel']}(?:の?{day}{sfx}|の?{f['mp']})?", _calendar),
        # 生産的な1日 is "one day"
        (rf"(?<!な)(?:(?P<coming>来る|きたる)|翌|同)?(?P<d>{_A2})日{_NOT_DAY}{sfx}", _calendar),
        (rf"{year}度(?P<fp>{_alt(lex['fiscal_parts'])})?", _fiscal),
        (rf"(?P<y>{_Y4})年代", _decade),
        (r"(?<![0-9０-９一二三四五六七八九十昨今来前本翌年])(?P<fbare>年度)(?P<fp>末|内)", _fiscal),
        (rf"(?:{year}の?)?(?P<named>{_alt(lex['named_days'])})", _named_day),
        (r"(?<![0-9０-９/／.．\-])(?P<mo>[0-9０-９]{1,2})[/／](?P<d>[0-9０-９]{1,2})(?![0-9０-９/／.．])" + sfx,
         _numeric),
        (rf"(?<![0-9０-９一二三四五六七八九十数])(?:(?P<by>{_alt(lex['bare_year_words'])})"
         rf"|(?<![カヶケか箇ヵ])(?P<bm>{_alt(lex['bare_month_words'])}))", _bare_part),
        (rf"(?<![0-9０-９/／.．\-])(?P<y>[0-9０-９]{{4}})(?P<sep>[/／.．\-－])(?P<mo>[0-9０-９]{{1,2}})"
         rf"(?P=sep)(?P<d>[0-9０-９]{{1,2}})(?![0-9０-９]){sfx}", _numeric),
        (rf"(?<![0-9０-９/／.．\-])(?P<a>[0-9０-９]{{1,2}})(?P<sep>[/／.．\-－])(?P<b>[0-9０-９]{{1,2}})"
         rf"(?P=sep)(?P<y>[0-9０-９]{{4}})(?![0-9０-９]){sfx}", _numeric),
        (rf"(?<![A-Za-z0-9])(?P<eraL>[{''.join(lex['era_letters'])}])(?P<eray>[0-9]{{1,2}})(?P<sep>[./])"
         rf"(?P<mo>[0-9]{{1,2}})(?P=sep)(?P<d>[0-9]{{1,2}})(?![0-9])", _numeric),
        (r"(?<![0-9０-９/／])(?P<y>[12][0-9]{3})[/／](?P<mo>[0-9]{1,2})(?![0-9/／])", _numeric),
        (rf"(?:{year}の?)?(?:{month})?(?P<d>{_N2})(?:日{sfx})?(?:{sep}|から)"
         rf"(?:(?P<y2>{_Y4})年)?(?:(?P<mo2>{_N2})月)?{day2}{sfx}", _day_range),
        (rf"(?:{year}の?)?(?:{month})?(?P<d>{_N2})日?[、,，・と](?P<d2>{_N2})日?の?両日", _day_range),
        (rf"(?:{year}の?)?(?:{month})?(?P<d>{_N2})日(?:及び|および)(?P<d2>{_N2})日{sfx}", _day_range),  # 10日及び11日
        (rf"(?:{year}の?)?(?:{month})?(?P<d>{_N2})[、,，・](?P<d2>{_N2})日{_NOT_DAY}{sfx}", _day_range),
        (rf"(?P<y>{_Y4})年?(?:{sep}|から)(?P<y2>[0-9０-９]{{4}}|[0-9０-９]{{2}})年(?P<fy>度)?(?:にかけて|まで)?",
         _year_range),
        (rf"(?:{year}の?)?(?P<mo>{_N2})月?(?:{sep}|から)(?:(?P<y2>{_Y4})年)?(?P<mo2>{_N2})月(?!間)", _month_range),
        (rf"(?P<dw>{_alt(lex['day_words'])})(?!{f['blocked']}){xday}{sfx}", _day_word),
        (rf"(?P<ww>{_alt(lex['week_words'])})(?P<wpart>{_alt(lex['week_parts'])})?(?:の?{wd})?{xday}{sfx}", _week),
        (rf"(?<![先今来前翌本再々])(?P<wb>{_alt(lex['week_bare'])})", _week_bare),
        (rf"(?<![先今来前翌週本毎隔再々]){wd}{xday}{sfx}", _weekday),
        (r"[（(](?P<wd>[月火水木金土日])[)）]", _weekday),
        (rf"{num}(?P<u>{unit})(?:ほど|余り|あまり|近く|ばかり)?(?P<dir>前|後|先)(?!半|日|夜|後)"
         rf"(?:の(?P<d>{_N2})日{_NOT_DAY})?", _offset),
        (rf"(?P<pp>{_alt(lex['period_past'] + lex['period_future'])})の?{num}(?P<u>{unit})", _period),
        (rf"(?:(?P<sp>{_alt(lex['season_prefixes'])})|(?:(?P<y>{_Y4})年|(?P<yrel>{_alt(lex['year_words'])}))の?)"
         rf"(?P<season>{_alt(lex['seasons'])})(?![季場至眠服物休分])", _season),
        (rf"(?:{year}の?)?第?(?P<q>[1-4１-４一二三四])四半期", _quarter),
    ]
    return [(re.compile(p), fn) for p, fn in specs]


def _since(text: str, end: int, r: Resolved, ref: Date | None) -> tuple[int, Resolved] | None:
    """2022年2月以降 / 以来: from that date up to ref."""
    for word in _lex()["since"]:
        if text.startswith(word, end) and r and r[0]:
            return end + len(word), (r[0], ref if ref and ref >= r[0] else None, "range", True)
    return None


def _candidates(text: str, ref: Date | None):
    for pattern, resolve in _patterns():
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            try:
                r = resolve(m.groupdict(), ref)
            except (ValueError, OverflowError):  # a year 0 or 10000 is not a date we can represent
                r = None
            if r is None:
                continue
            yield m.start(), m.end(), r
            extended = _since(text, m.end(), r, ref)
            if extended:
                yield m.start(), extended[0], extended[1]


def _as_date(ref) -> Date | None:
    return ref.date() if isinstance(ref, dt.datetime) else ref


def find_dates(text: str, ref: dt.date | None = None) -> list[tuple[int, int, TimeSpan]]:
    """Every date expression in text: non-overlapping, longest first, offsets into text."""
    ref, text = _as_date(ref), text or ""
    cands = sorted(_candidates(text, ref), key=lambda c: (c[0] - c[1], c[0]))
    taken = bytearray(len(text))  # candidates are short, so marking characters stays linear
    out = []
    for s, e, (start, end, gran, rel) in cands:
        if any(taken[s:e]):
            continue
        taken[s:e] = b"\x01" * (e - s)
        out.append((s, e, TimeSpan(text=text[s:e], start=start, end=end, granularity=gran, relative=rel)))
    return sorted(out, key=lambda x: x[0])


# ----------------------------------------------------------------------------- parse_date

def _dateparser(s: str, ref: Date | None) -> TimeSpan | None:
    """dateparser as a last resort; with ref=None a result that moves with the base date is relative."""
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # pragma: no cover
        return None

    def run(base: dt.datetime):
        parser = DateDataParser(languages=["ja"], settings={
            "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False})
        data = parser.get_date_data(s)
        return (data.date_obj.date(), data.period) if data and data.date_obj else None

    try:
        first = run(dt.datetime.combine(ref or Date(2001, 6, 15), dt.time(12)))
        moved = run(dt.datetime(1991, 2, 3, 12))
    except Exception:  # dateparser raises on odd input; that means "not a date"
        return None
    if first is None:
        return None
    day, period = first
    grans: dict[str, Granularity] = {"month": "month", "year": "year", "week": "week"}
    gran = grans.get(period, "day")
    relative = moved is None or moved[0] != day
    if ref is None and relative:
        return TimeSpan(text=s, granularity=gran, relative=True)
    if gran == "month":
        start, end = _month_span(day.year, day.month)
    elif gran == "year":
        start, end = Date(day.year, 1, 1), Date(day.year, 12, 31)
    elif gran == "week":
        start, end = _monday(day), _monday(day) + dt.timedelta(days=6)
    else:
        start = end = day
    return TimeSpan(text=s, start=start, end=end, granularity=gran, relative=relative)


def parse_date(s: str, ref: dt.date | None = None) -> TimeSpan | None:
    """The (longest) date expression in s; dateparser only when our rules find nothing."""
    if not s or not s.strip():
        return None
    ref = _as_date(ref)
    hits = find_dates(s, ref)
    if hits:
        return max(hits, key=lambda h: h[1] - h[0])[2]
    if len(s.strip()) <= 40 and re.search(r"[年月日時分秒週曜前後]", s) and not _bare_duration(s.strip()):
        return _dateparser(s.strip(), ref)
    return None


def _bare_duration(s: str) -> bool:
    """Text with no date of ours that ends in a length of time (2カ月, 3年, 2週間, 生後2カ月 tagged as a
    date by the model) names no date: dateparser would read it as that long ago."""
    return any(e == len(s) for _, e, _, _ in find_durations(s))


# ----------------------------------------------------------------------------- durations

_NUMBER = re.compile(NUMBER_RE)


@lru_cache(maxsize=None)
def _duration_units() -> list[tuple[str, str]]:
    return sorted(_lex()["duration_units"].items(), key=lambda kv: len(kv[0]), reverse=True)


def _duration_at(text: str, pos: int) -> tuple[str | None, str | None, int]:
    """Duration unit starting at pos, with its blocked-follower check: (word, unit, end)."""
    blocked = _lex()["duration_blocked_followers"]
    for word, unit in _duration_units():
        if text.startswith(word, pos):
            end = pos + len(word)
            nxt = text[end:end + 1]
            if nxt and (nxt in blocked.get(word, "") or nxt in blocked.get("*", "")) \
                    and not (word == "年" and text.startswith("前後", end)):
                return None, None, pos
            if nxt and nxt in "前後" and text[end:end + 2] != "前後" and unit in ("year", "month", "week"):
                return None, None, pos  # 2週間後 is a date, not a duration
            return word, unit, end
    return None, None, pos


def _bad_year(text: str, s: int, value: float) -> bool:
    """2026年 is a year, 令和8年 an era year: only small bare 年 figures are durations."""
    eras = _lex()["eras"]
    return value >= 1000 or any(text.endswith(e, 0, s) for e in eras) or text.endswith("西暦", 0, s)


def find_durations(text: str) -> list[tuple[int, int, float, str]]:
    """Durations as (start, end, value, unit): 10年間 → 10 year, 4時間半 → 4.5 hour, 2〜3日間 → 3 day."""
    seps = _lex()["range_separators"]
    text = text or ""
    out, last_end = [], 0
    matches = list(_NUMBER.finditer(text))
    for i, m in enumerate(matches):
        s, e = m.span()
        if s < last_end:
            continue
        value = parse_number(m.group())
        if value is None or any(text.startswith(w, s) for w in _lex()["duration_idioms"]):
            continue
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        if nxt and text[e:e + 1] and text[e] in seps and nxt.start() == e + 1:
            hi = parse_number(nxt.group())
            if hi is None or hi <= value:  # 2026〜27年 is a span of years, not a duration
                last_end = nxt.end()
                continue
            value, e = hi, nxt.end()
        if text[s - 1:s] == "時":
            continue  # 10時15分 is a clock time
        word, unit, end = _duration_at(text, e)
        if unit is None or (word == "年" and _bad_year(text, s, value)):
            continue
        if text.startswith("半", end):
            value, end = value + 0.5, end + 1
        out.append((s, end, float(value), unit))
        last_end = end
    for m in re.finditer(r"(?<![0-9０-９一二三四五六七八九十前後大])半(年|世紀)(間)?(?!前|後)", text):
        if not any(a < m.end() and m.start() < b for a, b, _, _ in out):
            out.append((m.start(), m.end(), 0.5 if m.group(1) == "年" else 50.0, "year"))
    return sorted(out)


def duration_years(s: str) -> float | None:
    """The first duration in s in years (10年間 → 10, 18カ月 → 1.5), None if there is none."""
    hits = find_durations(s)
    if not hits:
        return None
    _, _, value, unit = hits[0]
    return round(value * _lex()["years_per_unit"][unit], 6)


# ----------------------------------------------------------------------------- dateline

def _dateline_rest(line: str, s: int, e: int) -> str:
    rest = line[:s] + line[e:]
    for label in sorted(_lex()["dateline_labels"], key=len, reverse=True):
        rest = rest.replace(label, "")
    rest = re.sub(r"[0-9０-９]{1,2}[:：][0-9０-９]{2}|[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分)?", "", rest)
    return re.sub(r"[\s\W_]", "", rest)


def detect_published(text: str) -> dt.date | None:
    """Publication date from a dateline among the first 5 non-empty lines (a line that is only a date)."""
    lines = [ln for ln in (text or "").splitlines() if ln.strip()][:5]
    for line in lines:
        for s, e, span in find_dates(line[:200], None):
            if span.relative or span.granularity != "day" or span.start is None:
                continue
            if len(_dateline_rest(line, s, e)) <= 6:
                return span.start
    return None


# ----------------------------------------------------------------------------- forward reading

def resolve_forward(span: TimeSpan, ref: dt.date | None) -> TimeSpan:
    """The same relative expression read forward from ref, for a planned or future event.

    find_dates reads an undirected 土曜日 as the latest Saturday and 年明け as this January; a
    sentence in the future (土曜日に協議を行う予定だ, 年明けに改めて会談する見通しだ) means the
    coming Saturday and next January; a bare day of the month already passed (published on the 20th,
    13日に会談する) is next month's. Spans already on or after ref, absolute ones, and ones
    whose own words give a direction (先週, 来年, 今月) come back unchanged.
    """
    ref = _as_date(ref)
    if ref is None or not span.relative or span.end is None or span.end >= ref:
        return span
    if any(c in span.text for c in _lex().get("direction_markers", [])):
        return span
    refs = [ref + dt.timedelta(days=6)] + ([] if span.granularity == "day" else [ref + dt.timedelta(days=366)])
    for later in refs:
        hits = [h for h in find_dates(span.text, later) if h[0] == 0 and h[1] == len(span.text)]
        if hits and hits[0][2].start is not None and hits[0][2].start >= ref:
            return hits[0][2]
    return _next_month_day(span, ref)


def _next_month_day(span: TimeSpan, ref: dt.date) -> TimeSpan:
    """A bare day of the month read as the first such day after ref: one still to come this month
    (24日, published on the 6th: this month's 24th, which find_dates read back as last month's) or one
    that has passed (13日, published on the 20th: next month's); a span with a month of its own
    (3月13日) or of several days comes back unchanged."""
    if span.granularity != "day" or span.start is None or span.start != span.end or "月" in span.text \
            or not re.search(r"[0-9０-９一二三四五六七八九十]+日", span.text):
        return span
    month = ref.replace(day=1)
    if span.start.day <= ref.day:
        month = (month + dt.timedelta(days=32)).replace(day=1)
    for _ in range(2):  # 30日 after a February: the next month that has the day
        try:
            day = month.replace(day=span.start.day)
        except ValueError:
            month = (month + dt.timedelta(days=32)).replace(day=1)
            continue
        return span.model_copy(update={"start": day, "end": day})
    return span


_BARE_DAY = re.compile(r"[0-9０-９一二三四五六七八九十]+日")


def resolve_backward(span: TimeSpan, ref: dt.date | None) -> TimeSpan:
    """A bare day of the month read back from ref, for an event told as past.

    find_dates reads a bare day up to ten days ahead as this month's (published on the 19th, 21日に会談する);
    told in the past (21日に会談した, 21日夜に攻撃した, 翌29日には会談した), it is last month's 21st. Spans on or
    before ref, and ones with a month, a weekday or a direction of their own, come back unchanged.
    """
    ref = _as_date(ref)
    if ref is None or not span.relative or span.start is None or span.start <= ref or span.granularity != "day":
        return span
    # 翌29日には…会談した, 前日の15日に会談した: the day still past, its number the calendar's
    prefix = max((p for p in _lex()["chained_day_prefixes"] if span.text.startswith(p)), key=len, default="")
    core = span.text[len(prefix):]
    if span.start != span.end or "月" in core or not _BARE_DAY.match(core) \
            or any(c in core for c in _lex().get("direction_markers", [])):
        return span
    day = _latest_day(span.start.day, ref)
    return span.model_copy(update={"start": day, "end": day}) if day else span

"""Counted things and measures: 20万世帯以上, 386の集落, 612回, 氷点下18度, 50%.

A quantity is a figure followed by a counter (世帯, 人, 機, %) or by の / つの and a noun
(386の集落, 5つの州). Money and calendar/duration units (年, 月, 日, 時間) are left to
money.py and dates.py: they are simply not in units.json, and money spans are skipped.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ukpeace.models import Qualifier, Quantity

from .money import find_money
from .numbers import (NUMBER_RE, WordTable, combine_qualifiers, load_lexicon, match_after_qualifier,
                      match_before_qualifier, parse_number)

__all__ = ["find_quantities", "parse_quantity"]

_NUMBER = re.compile(NUMBER_RE)
_HAS_ARABIC = re.compile(r"[0-9０-９]")


@lru_cache(maxsize=None)
def _units():
    """units.json as word tables (longest match first: キロメートル before キロ)."""
    lex = load_lexicon("units")
    return {
        "counters": WordTable(lex["counters"]),
        "nouns": WordTable(lex["nouns"]),
        "percent": frozenset(lex["percent_units"]),
        "kanji_unit": lex["kanji_unit"],
        "by_follower": {w: WordTable(t) for w, t in lex["unit_by_follower"].items()},
        "blocked": lex["blocked_followers"],
        "idioms": WordTable(dict.fromkeys(lex["idioms"], True)),
        "negative": WordTable(dict.fromkeys(lex["negative_markers"], True)),
        "tsu": tuple(lex["tsu"]),
    }


def _blocked(word: str, nxt: str) -> bool:
    blocked = _units()["blocked"]
    return bool(nxt) and (nxt in blocked.get("*", "") or nxt in blocked.get(word, ""))


def _counter(text: str, pos: int) -> tuple[str | None, str | None, int]:
    """Counter right after a figure (an ASCII unit may follow one space): (word, unit name, end)."""
    cands = [pos] + ([pos + 1] if text[pos:pos + 1] == " " else [])
    for cand in cands:
        for word, unit in _units()["counters"].matches(text, cand):
            end = cand + len(word)
            nxt = text[end:end + 1]
            if (cand != pos and not word.isascii()) or (word[-1].isascii() and word[-1].isalpha()
                                                         and nxt.isascii() and nxt.isalpha()):
                continue
            if _blocked(word, nxt):
                return None, None, pos
            return word, unit, end
    return None, None, pos


def _noun(text: str, pos: int) -> tuple[str | None, int]:
    """(つ)の + noun after a figure (386の集落, 5つの州): (unit name, end)."""
    for tsu in _units()["tsu"]:
        if text.startswith(tsu, pos):
            pos += len(tsu)
            break
    if not text.startswith("の", pos):
        return None, pos
    hit = _units()["nouns"].at(text, pos + 1)
    return (hit[1], pos + 1 + len(hit[0])) if hit else (None, pos)


def _negative(text: str, s: int) -> int:
    """Length of a below-zero marker right before the figure (氷点下, マイナス), else 0."""
    hit = _units()["negative"].before(text, s)
    if not hit or (hit[0] in "−－" and s >= 2 and text[s - 2].isalnum()):
        return 0
    return len(hit[0])


def _refine_unit(text: str, figure: str, word: str, unit: str, end: int) -> str:
    """二度 / 3度にわたり count times, 18度 is a temperature."""
    if not _HAS_ARABIC.search(figure):
        unit = _units()["kanji_unit"].get(word, unit)
    table = _units()["by_follower"].get(word)
    hit = table.at(text, end) if table else None
    return hit[1] if hit else unit


def _one(text: str, m: re.Match) -> tuple[int, int, Quantity, str] | None:
    s, e = m.span()
    value = parse_number(m.group())
    if value is None or _units()["idioms"].at(text, s):
        return None
    inner: Qualifier | None = None
    if text.startswith("余", e) and _counter(text, e + 1)[1]:
        inner, e = "approx", e + 1  # 100余人: a hedge between the figure and its counter
    word, unit, end = _counter(text, e)
    if word is None or unit is None:  # _counter gives both or neither
        unit, end = _noun(text, e)
        if unit is None:
            return None
    else:
        unit = _refine_unit(text, m.group(), word, unit, end)
    start = s - _negative(text, s)
    if start < s:
        value = -value
    q_before, n_before = match_before_qualifier(text[max(0, start - 12):start])
    q_after, n_after = match_after_qualifier(text[end:end + 12])
    qualifier = combine_qualifiers(q_before or inner, q_after)
    start, end = start - n_before, end + n_after
    label = "PERCENT" if unit in _units()["percent"] else "QUANTITY"
    return start, end, Quantity(value=value, unit=unit, qualifier=qualifier, text=text[start:end]), label


def find_quantities(text: str) -> list[tuple[int, int, Quantity, str]]:
    """Every counted figure in text as (start, end, Quantity, "QUANTITY" | "PERCENT")."""
    text = text or ""
    money = [(s, e) for s, e, _ in find_money(text)]
    found, last_end, k = [], 0, 0
    for m in _NUMBER.finditer(text):
        while k < len(money) and money[k][1] <= m.start():
            k += 1
        if k < len(money) and money[k][0] < m.end():
            continue  # the figure belongs to a sum of money
        hit = _one(text, m)
        if hit and hit[0] >= last_end:
            found.append(hit)
            last_end = hit[1]
    return found


def parse_quantity(s: str) -> Quantity | None:
    """The first counted figure in a short expression (20万世帯以上), None if there is none."""
    hits = find_quantities(s)
    return hits[0][2] if hits else None

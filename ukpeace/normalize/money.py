"""Sums of money in Japanese (and English) news text: 約8000億ドル, 100億ユーロ超, US$5 billion.

A sum is a figure (NUMBER_RE) with a currency word after it (ドル, ユーロ, euros) or a symbol
before it ($, €), an optional English scale word (bn, billion), and the qualifier words that
belong to it (約, 超, 規模...), which are kept inside the span.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import TypeVar

from ukpeace.models import Amount

from .numbers import (NUMBER_RE, WordTable, combine_qualifiers, load_lexicon, match_after_qualifier,
                      match_before_qualifier, parse_number, to_number)

__all__ = ["find_money", "parse_money", "currency_code"]

_NUMBER = re.compile(NUMBER_RE)
_ASCII_FIGURE = re.compile(r"[0-9０-９][0-9０-９,，.．]*")
_BIG_OR_ARABIC = re.compile(r"[0-9０-９万億兆]")
_SPACES = " \u3000\u00a0"
V = TypeVar("V")


@lru_cache(maxsize=None)
def _tables() -> tuple[WordTable[str], WordTable[str], WordTable[int], frozenset[str], tuple[str, ...]]:
    """(suffix, prefix, multiplier) word tables, strict names, idioms — from currencies.json."""
    lex = load_lexicon("currencies")
    return (WordTable(lex["suffix"], fold_case=True), WordTable(lex["prefix"]),
            WordTable(lex["multipliers"], fold_case=True), frozenset(lex["strict"]), tuple(lex["idioms"]))


def currency_code(word: str) -> str | None:
    """ISO 4217 code of a currency word or symbol (ドル → USD, € → EUR), None if unknown."""
    suffix, prefix, *_ = _tables()
    w = word.strip()
    hit = suffix.at(w, 0) or prefix.at(w, 0)
    return hit[1] if hit and len(hit[0]) == len(w) else None


def _is_letter(c: str) -> bool:
    return c.isascii() and c.isalpha()


def _word_at(table: WordTable[V], text: str, pos: int) -> tuple[str, V] | None:
    """Longest table word at pos; ASCII words must end at a word boundary (5m, not 5 miles)."""
    for word, value in table.matches(text, pos):
        if not (_is_letter(word[-1]) and _is_letter(text[pos + len(word):pos + len(word) + 1])):
            return word, value
    return None


def _skip_space(text: str, pos: int) -> int:
    return pos + 1 if text[pos:pos + 1] and text[pos] in _SPACES else pos


def _multiplier(text: str, pos: int, figure: str) -> tuple[int, int]:
    """English scale word after an arabic figure (5 billion, 800bn): (factor, new position)."""
    if not _ASCII_FIGURE.fullmatch(figure):
        return 1, pos
    p = _skip_space(text, pos)
    hit = _word_at(_tables()[2], text, p)
    return (hit[1], p + len(hit[0])) if hit else (1, pos)


def _suffix_currency(text: str, pos: int) -> tuple[str | None, int]:
    for cand in (pos, _skip_space(text, pos)):
        hit = _word_at(_tables()[0], text, cand)
        if hit:
            return hit[1], cand + len(hit[0])
    return None, pos


def _prefix_currency(text: str, pos: int) -> tuple[str | None, int]:
    hit = _tables()[1].before(text, pos)
    if not hit:
        return None, pos
    start = pos - len(hit[0])
    if _is_letter(hit[0][0]) and _is_letter(text[start - 1:start]):
        return None, pos  # EUR inside a longer Latin word
    return hit[1], start


def _acceptable(text: str, s: int, e: int, word_end: int) -> bool:
    """Reject idioms (関東一円) and ambiguous names after bare kanji figures (一元化)."""
    _, _, _, strict, idioms = _tables()
    if any(text.startswith(idiom, s) for idiom in idioms):
        return False
    name = text[e:word_end].strip(_SPACES)
    return not (name in strict and not _BIG_OR_ARABIC.search(text[s:e]))


def _one(text: str, m: re.Match) -> tuple[int, int, Amount] | None:
    s, e = m.span()
    value = parse_number(m.group())
    if value is None:
        return None
    factor, after_mult = _multiplier(text, e, m.group())
    code, end = _suffix_currency(text, after_mult)
    start = s
    if code is None:
        code, start = _prefix_currency(text, s)
        end = after_mult
        if code is None:
            return None
    elif not _acceptable(text, s, e, end):
        return None
    q_before, n_before = match_before_qualifier(text[max(0, start - 12):start])
    q_after, n_after = match_after_qualifier(text[end:end + 12])
    qualifier = combine_qualifiers(q_before, q_after)
    start, end = start - n_before, end + n_after
    amount = to_number(Decimal(str(value)) * factor)
    return start, end, Amount(value=amount, currency=code, qualifier=qualifier, text=text[start:end])


def find_money(text: str) -> list[tuple[int, int, Amount]]:
    """Every sum of money in text as (start, end, Amount), text[start:end] == Amount.text."""
    found, last_end = [], 0
    for m in _NUMBER.finditer(text or ""):
        hit = _one(text, m)
        if hit and hit[0] >= last_end:
            hit = _shared_name(text, hit)
            if hit is None:
                continue
            found.append(hit)
            last_end = hit[1]
    return found


def _shared_name(text: str, hit: tuple[int, int, Amount]) -> tuple[int, int, Amount] | None:
    """850億クローネ after ノルウェー is NOK, after デンマーク DKK (the one named last before the sum);
    with neither named, no sum."""
    s, e, amount = hit
    if "|" not in amount.currency:
        return hit
    by_country = load_lexicon("currencies")["shared_name_countries"]
    last = {code: max((text.rfind(w, 0, s) for w in by_country.get(code, ())), default=-1)
            for code in amount.currency.split("|")}
    code, pos = max(last.items(), key=lambda kv: kv[1])
    return (s, e, amount.model_copy(update={"currency": code})) if pos >= 0 else None


def parse_money(s: str) -> Amount | None:
    """The first sum of money in a short expression (約8000億ドル), None if there is none."""
    hits = find_money(s)
    return hits[0][2] if hits else None

"""Japanese / arabic numerals and the qualifier words around a figure.

News writes one figure many ways (8000億, 八千億, ８０００億, 1万5千, 1.5兆, 1,200), so every
finder in this package recognises a figure with NUMBER_RE and reads it with parse_number.
"""
from __future__ import annotations

from ..resources import lexicon

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Generic, TypeVar

from pydantic import TypeAdapter

from ..models import Qualifier

__all__ = ["NUMBER_RE", "parse_number", "qualifier_for", "to_number", "load_lexicon", "WordTable",
           "match_before_qualifier", "match_after_qualifier", "combine_qualifiers"]

_KDIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10**4, "億": 10**8, "兆": 10**12, "京": 10**16}

_D = "0-9０-９"
_K = "〇零一二三四五六七八九"
# Characters that must not come right before a figure: inside another figure, a Latin token
# (KN23, RDNA5), or a vague / ordinal prefix (数千, 何百, 第5).
_GUARD = rf"(?<![{_D}{_K}十百千万億兆京A-Za-zＡ-Ｚａ-ｚ数第何幾])(?<![{_D}][,，.．])"
# One figure. Every loop step consumes one character, or a comma + exactly 3 digits, or a
# decimal point + 1 digit, and these alternatives start with different characters, so a
# failed match backtracks at most once per character: linear time.
NUMBER_RE = (
    rf"{_GUARD}[{_D}{_K}十百千]"
    rf"(?:[{_D}{_K}十百千万億兆京]|[,，][{_D}]{{3}}(?![{_D}])|[.．][{_D}])*"
)

_MAX_LEN = 64  # longer digit runs are serial numbers or noise, not amounts
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[〇零一二三四五六七八九]+|[十百千]|[万億兆京]")


load_lexicon = lexicon  # the package's one lexicon reader, re-exported for the normalisers


def to_number(d: Decimal) -> int | float:
    """int when integral (8000億 → 800000000000), float otherwise (2.8)."""
    return int(d) if d == d.to_integral_value() else float(d)


def _digits(tok: str) -> Decimal:
    if tok[0] in _KDIGITS:  # positional kanji: 二〇二六 → 2026
        return Decimal("".join(str(_KDIGITS[c]) for c in tok))
    return Decimal(tok)


def _parse_tokens(tokens: list[str]) -> Decimal | None:
    """Fold 万/億/兆 sections of 千/百/十 groups; None when the order is not a number."""
    total, section, pending = Decimal(0), Decimal(0), None
    last_big, last_small = None, None
    for tok in tokens:
        if tok in _SMALL:
            unit = _SMALL[tok]
            if last_small is not None and unit >= last_small:
                return None
            section += (pending if pending is not None else 1) * unit
            pending, last_small = None, unit
        elif tok in _BIG:
            unit = _BIG[tok]
            if (last_big is not None and unit >= last_big) or (pending is None and section == 0):
                return None
            total += (section + (pending or 0)) * unit
            section, pending, last_big, last_small = Decimal(0), None, unit, None
        else:
            if pending is not None:
                return None  # two separate digit groups in a row (1.5.3)
            pending = _digits(tok)
    return total + section + (pending or 0)


def parse_number(s: str) -> int | float | None:
    """Value of one figure (8000億, 二十万, ８０００, 1,200, 1.5兆, 〇); None if s is not one."""
    if not s or len(s) > _MAX_LEN:
        return None
    t = unicodedata.normalize("NFKC", s).strip()
    sign = 1
    if t[:1] in ("-", "−", "‐"):
        sign, t = -1, t[1:]
    if t.isascii() and t.isdigit():  # the common case, without the tokeniser
        return sign * int(t)
    t = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", t)
    if not t or _TOKEN.sub("", t):
        return None
    try:
        value = _parse_tokens(_TOKEN.findall(t))
    except InvalidOperation:
        return None
    return None if value is None else to_number(sign * value)


V = TypeVar("V")


class WordTable(Generic[V]):
    """Longest-match lookup of lexicon words at a position: a few dict probes, not a scan of the lexicon."""

    def __init__(self, words: Mapping[str, V], fold_case: bool = False):
        self.fold = fold_case
        self.words = {(k.lower() if fold_case else k): v for k, v in words.items()}
        self.lengths = sorted({len(k) for k in self.words}, reverse=True)
        self.by_first: dict[str, list[int]] = {}
        for k in self.words:
            self.by_first.setdefault(k[0], []).append(len(k))
        for lens in self.by_first.values():
            lens.sort(reverse=True)

    def _key(self, piece: str) -> str:
        return piece.lower() if self.fold else piece

    def matches(self, text: str, pos: int) -> Iterator[tuple[str, V]]:
        """(word as written, value) of every word starting at pos, longest first."""
        for n in self.by_first.get(self._key(text[pos:pos + 1]), ()):
            piece = text[pos:pos + n]
            if len(piece) == n and self._key(piece) in self.words:
                yield piece, self.words[self._key(piece)]

    def at(self, text: str, pos: int) -> tuple[str, V] | None:
        """(word as written, value) of the longest word starting at pos."""
        return next(self.matches(text, pos), None)

    def before(self, text: str, pos: int) -> tuple[str, V] | None:
        """(word as written, value) of the longest word ending at pos."""
        for n in self.lengths:
            if n <= pos:
                piece = text[pos - n:pos]
                if self._key(piece) in self.words:
                    return piece, self.words[self._key(piece)]
        return None


@lru_cache(maxsize=None)
def _qualifier_tables() -> tuple[WordTable[Qualifier], WordTable[Qualifier], dict[str, str]]:
    lex = load_lexicon("qualifiers")
    words = TypeAdapter(dict[str, Qualifier])  # a qualifier the models do not know fails here, not in a record
    return (WordTable(words.validate_python(lex["before"])), WordTable(words.validate_python(lex["after"])),
            lex.get("after_blocked_followers", {}))


def match_before_qualifier(before: str) -> tuple[Qualifier | None, int]:
    """Qualifier word ending right before a figure (約, 少なくとも, 最大で) and its length."""
    hit = _qualifier_tables()[0].before(before, len(before))
    return (hit[1], len(hit[0])) if hit else (None, 0)


def match_after_qualifier(after: str) -> tuple[Qualifier | None, int]:
    """Qualifier word starting right after a figure or its unit (超, 以上, 近く) and its length.

    Shorter words are tried when the longest is blocked by its follower (強化 is not 強).
    """
    table, blocked = _qualifier_tables()[1], _qualifier_tables()[2]
    for n in table.lengths:
        word = after[:n]
        if len(word) == n and word in table.words:
            if after[n:n + 1] and after[n:n + 1] in blocked.get(word, ""):
                continue
            return table.words[word], n
    return None, 0


def combine_qualifiers(q_before: Qualifier | None, q_after: Qualifier | None) -> Qualifier:
    """A bound after the figure (超, 以上, 未満, まで) is more specific than a hedge, so it wins;
    a word before (約, 少なくとも, 最大) wins over an approximate word after (規模, 近く)."""
    if q_after and q_after != "approx":
        return q_after
    return q_before or q_after or "exact"


def qualifier_for(before: str, after: str) -> Qualifier:
    """exact/approx/at_least/at_most/more_than/up_to from the text right before and after a figure."""
    q_after, _ = match_after_qualifier((after or "").lstrip())
    q_before, _ = match_before_qualifier((before or "").rstrip())
    return combine_qualifiers(q_before, q_after)

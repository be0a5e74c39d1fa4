"""The text layer: offset-preserving cleanup, noise detection, masking, sentence and chunk splitting.

Pure Python, no model. Every function works on code-point offsets of the string it is given, and every
function that changes text keeps its length, so an offset found on ``sanitize(text)`` or ``mask(text, ...)``
is an offset into the original ``text``.

Typical use::

    clean = sanitize(raw)                      # same length as raw
    spans = find_noise(clean, original=raw)    # also reports what sanitize() replaced, as control_chars
    q = quality(clean, spans)
    nlp_input = mask(clean, spans)             # noise becomes U+3000, offsets unchanged
    for start, end in split_chunks(nlp_input): # each chunk <= 40,000 UTF-8 bytes (SudachiPy limit 49,149)
        ...

Noise reasons (``NoiseSpan.reason``), in priority order (a span of a later reason that overlaps one of an
earlier reason is dropped):

- ``mojibake``: U+FFFD runs; UTF-8 read as latin-1/cp1252 (``Ã©``, ``â€™``, ``ã‚¦``, ``ï¿½``, ``Ð¿Ñ€``,
  C1 controls included when the raw text still has them); UTF-8 read as cp1251 (``РљРёРµРІ``); UTF-8 Japanese
  read as cp932 (clusters of 縺/繧/繝, kanji interleaved with half-width katakana like ``譚ｱ莠ｬ``); GBK's
  ``锟斤拷``.
- ``control_chars``: C0/C1 control characters other than TAB/LF/CR, U+FEFF and lone surrogates -- exactly
  what :func:`sanitize` replaces. Found in ``original`` when given (same length as ``text``), else in ``text``.
- ``markup``: HTML tags (known tag names only), ``<!DOCTYPE>``, comments, whole ``<script>``/``<style>``
  blocks, character entities (``&nbsp;``, ``&amp;``, ``&#123;``, ``&#x1F;``, bare ``&nbsp``), wiki remnants
  (``[[...]]``, ``{{...}}``, ``[編集]``).
- ``foreign_filler``: a kana-free run of Han characters and Chinese punctuation that carries Chinese evidence
  (see ``resources/lexicons/noise.json``: function words such as 但是/这样/那么/我们/的话, simplified-only
  characters absent from cp932). The span runs from the first piece of evidence to the end of the Chinese
  sentence (its 。！？ and a closing ” included, and the opening “ when the fragment starts right after it);
  without a sentence end it stops at the last evidence when 3+ Han characters follow and kana comes next
  (Japanese glued to the filler: 这样的话日本政府は). Hangul runs of
  2+ syllables are foreign_filler too. A normal kanji compound (国家安全保障, 経済的) has no evidence.
- ``repeated_chars``: one character 8+ times in a row. Not flagged: whitespace, rule/leader characters
  (ー ─ ━ ・ … = - _ * ＝ ☆ ...), the punctuation handled by doubled_punctuation (。、，,．), and digits unless
  the run of one digit is 16+ long (1000000000000 is a number; 16 equal digits in a row is not news).
- ``repeated_words``: a unit of 1-6 characters containing a letter repeated 4+ times in a row
  (ですですですです, 要要要要); units made only of digits, punctuation or ー/々 are ignored.
- ``doubled_punctuation``: the extra marks only -- in 。。 the second 。, in 、、、 the last two, and 、 right
  before or after 。 (also ，， ,, ．．). !! and ？？ are left alone (emphasis).

All regular expressions are linear: no nested quantifiers, bounded lookarounds, and lazy ``.*?`` is never
used for blocks (``<script>`` etc. are matched with ``str.find`` style scans).
"""
from __future__ import annotations

from .resources import lexicon

import functools
import re
import unicodedata
from typing import Any, Iterable, Iterator, Optional

from .models import NoiseSpan, Quality

__all__ = [
    "sanitize", "find_noise", "mask", "quality", "split_sentences", "split_chunks", "paragraphs",
    "has_japanese", "REASONS", "VERY_LONG_CHARS", "DEFAULT_MAX_BYTES",
]

REASONS = ("mojibake", "control_chars", "markup", "foreign_filler", "repeated_chars", "repeated_words",
           "doubled_punctuation")

VERY_LONG_CHARS = 100_000          # quality() flags longer texts as "very_long"
DEFAULT_MAX_BYTES = 40_000         # split_chunks default; SudachiPy refuses more than 49,149 bytes
FILLER_INCLUDES_QUOTES = True      # foreign_filler spans take the “ ” around a quoted fragment
SHORT_QUOTE_CHARS = 200            # split_sentences does not split inside 「...」 shorter than this


# --------------------------------------------------------------------------------------------- classes
_HAN = "\u3005\u3006\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_KANA = "\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fd-\u30ff\u31f0-\u31ff\uff66-\uff6f\uff71-\uff9d"
_HANGUL = "\uac00-\ud7a3\u1100-\u11ff\u3131-\u318e"
_CTRL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff"
_SURR = "\ud800-\udfff"

_CTRL_RE = re.compile(f"[{_CTRL}]")
_SURR_RE = re.compile(f"[{_SURR}]")
_BAD_RUN_RE = re.compile(f"[{_CTRL}{_SURR}]+")
_JAPANESE_RE = re.compile(f"[{_KANA}{_HAN}]")
_WS_RE = re.compile(r"\s+")
_LINE_RE = re.compile("[^\n\r\u2028\u2029]+")


def sanitize(text: str) -> str:
    """Same-length cleanup: lone surrogates -> U+FFFD; NUL, C0/C1 controls other than \\t \\n \\r, and
    U+FEFF -> a space. Idempotent; every offset into the result is an offset into ``text``."""
    if not isinstance(text, str):
        raise TypeError(f"sanitize() needs a str, got {type(text).__name__}")
    if _CTRL_RE.search(text):
        text = _CTRL_RE.sub(" ", text)
    if _SURR_RE.search(text):
        text = _SURR_RE.sub("\ufffd", text)
    return text


def has_japanese(text: str) -> bool:
    """True when the text holds at least one kana or Han character (kanji-only headlines count)."""
    return bool(_JAPANESE_RE.search(text))


# --------------------------------------------------------------------------------------------- lexicon
@functools.lru_cache(maxsize=1)
def _lexicon() -> dict:
    return lexicon("noise")


def _ranges_class(codepoints: list[int]) -> str:
    """Regex character-class body for a sorted list of code points."""
    out = []
    i = 0
    while i < len(codepoints):
        j = i
        while j + 1 < len(codepoints) and codepoints[j + 1] == codepoints[j] + 1:
            j += 1
        a, b = codepoints[i], codepoints[j]
        out.append(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}")
        i = j + 1
    return "".join(out)


def _escape_class(chars: str) -> str:
    return "".join(re.escape(c) for c in chars)


class _Patterns:
    """Compiled once, on first use."""

    def __init__(self) -> None:
        lex = _lexicon()
        self._foreign(lex)
        self._mojibake(lex)
        self._markup(lex)
        self._repetition(lex)

    def _foreign(self, lex: dict) -> None:
        """Simplified and non-JIS characters, Chinese function words, filler runs, Hangul."""
        simplified = set(lex["simplified_chars"])
        non_jis = []
        for lo, hi in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)):
            for cp in range(lo, hi + 1):
                ch = chr(cp)
                if ch in simplified:
                    continue
                try:
                    ch.encode("cp932")
                except UnicodeEncodeError:
                    non_jis.append(cp)
        strong = list(lex["function_words_strong"])
        weak = list(lex["function_words_weak"])
        # a strong word scores 1 plus 1 per simplified character in it; a weak word 0.5
        self.word_weights = {w: 0.5 for w in weak}
        self.word_weights.update({w: 1.0 + sum(c in simplified for c in w) for w in strong})
        words = sorted(self.word_weights, key=lambda w: (-len(w), w))
        # two regexes, not one alternation: sre scans a literal alternation or a char class fast, a mix slowly
        self.words_re = re.compile("|".join(re.escape(w) for w in words))
        self.chars_re = re.compile(
            f"(?P<s>[{_escape_class(''.join(sorted(simplified)))}])"
            f"|(?P<o>[{_ranges_class(non_jis)}\U00020000-\U0003134f])")
        inner = "，,、：；·"
        self.inner_punct = inner + " "
        self.not_run_re = re.compile(f"[^{_HAN}{_escape_class(inner)} “]")
        self.filler_re = re.compile(
            f"(“)?([{_HAN}](?:[{_HAN}]|[{_escape_class(inner)}] ?)*)([。！？!?]?)(”?)")
        self.hangul_re = re.compile(f"[{_HANGUL}][{_HANGUL} \u3000]*")
        self.hangul_char_re = re.compile(f"[{_HANGUL}]")

    def _mojibake(self, lex: dict) -> None:
        """Latin-1, cp1251 and cp932 mis-decodings, half-width katakana runs, known byte sequences, U+FFFD."""
        cont = ("\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030"
                "\u2039\u203a\u20ac\u2122")
        # every pattern starts with a plain character class so that sre can skip ahead fast
        self.latin_moji_re = re.compile(f"[\u00c2-\u00f4][{cont}]{{1,3}}(?:[\u00c2-\u00f4][{cont}]{{1,3}})*")
        self.latin_lead_re = re.compile("[\u00c2-\u00f4]")
        self.latin_strong_leads = set("ÂÃâãïðÐÑ")
        cont1251 = ("ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—™љ›њќћџ\u00a0ЎўЈ¤Ґ¦§Ё©Є«¬\u00ad®Ї°±Ііґµ¶·ё№є»јЅѕї")
        c1251 = _escape_class(cont1251)
        self.cyr_moji_re = re.compile(f"[РС][{c1251}](?:[РС][{c1251}])+")
        self.cp932_moji_re = re.compile("[縺繧繝](?:[^\n縺繧繝]{0,2}[縺繧繝])+")
        # kanji interleaved with half-width katakana (2+ pairs), found from the rare katakana side;
        # _detect_mojibake takes in the kanji before the first katakana
        self.halfwidth_moji_re = re.compile(f"[\uff61-\uff9f](?:[{_HAN}][\uff61-\uff9f])+")
        self.han_char_re = re.compile(f"[{_HAN}]")
        self.kana_char_re = re.compile(f"[{_KANA}ー]")
        seqs = sorted(lex["mojibake_sequences"], key=len, reverse=True)
        heads = "".join(sorted(set(q[0] for q in seqs)))
        alts = "|".join(f"(?<={re.escape(q[0])}){re.escape(q[1:])}" for q in seqs)
        self.moji_seq_re = re.compile(f"[{_escape_class(heads)}](?:{alts})")
        self.fffd_re = re.compile("\ufffd+")

    def _markup(self, lex: dict) -> None:
        """HTML tags, entities, wiki markup, script/style/comment blocks."""
        tags = sorted(set(t.lower() for t in lex["html_tags"]), key=lambda t: (-len(t), t))
        self.tag_re = re.compile(
            r"</?(?:" + "|".join(re.escape(t) for t in tags) + r")(?=[\s/>])[^<>\n]{0,500}>"
            r"|<!doctype\b[^<>\n]{0,500}>", re.IGNORECASE)
        self.entity_re = re.compile(
            r"&(?:#[0-9]{1,7};?|#[xX][0-9A-Fa-f]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};"
            r"|(?:nbsp|amp|lt|gt|quot|apos)(?![A-Za-z0-9]))")
        edits = "|".join(re.escape(w) for w in sorted(lex["wiki_edit_links"], key=len, reverse=True))
        self.wiki_re = re.compile(r"\[\[[^\[\]\n]{1,200}\]\]|\{\{[^{}\n]{1,300}\}\}|\[(?:" + edits + r")\]",
                                  re.IGNORECASE)
        self.block_open_re = re.compile(r"<(script|style)\b|<!--", re.IGNORECASE)
        self.block_close = {"script": re.compile(r"</script\s*>", re.IGNORECASE),
                            "style": re.compile(r"</style\s*>", re.IGNORECASE),
                            "--": re.compile(r"-->")}

    def _repetition(self, lex: dict) -> None:
        """Repeated characters and words, doubled and misplaced punctuation."""
        self.rule_chars = frozenset(lex["rule_chars"])
        self.exempt_unit_chars = frozenset(lex["repeat_exempt_unit_chars"])
        self.rep_char_re = re.compile(r"(.)\1{7,}", re.DOTALL)
        self.rep_word_re = re.compile(r"([^\n]{1,6}?)\1{3,}")
        self.doubled_re = re.compile(r"([。、，,．])\1+")
        self.comma_before_stop_re = re.compile("、(?=。)")
        self.comma_after_stop_re = re.compile("。、")


@functools.lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    return _Patterns()


# --------------------------------------------------------------------------------------------- detectors
Cand = tuple[int, int, str]


def _detect_control(src: str) -> list[Cand]:
    return [(m.start(), m.end(), "control_chars") for m in _BAD_RUN_RE.finditer(src)]


def _detect_mojibake(src: str, P: _Patterns) -> list[Cand]:
    out: list[Cand] = []
    for rx in (P.fffd_re, P.moji_seq_re, P.cp932_moji_re, P.cyr_moji_re):
        out.extend((m.start(), m.end(), "mojibake") for m in rx.finditer(src))
    for m in P.halfwidth_moji_re.finditer(src):
        s = m.start()
        if s > 0 and P.han_char_re.match(src, s - 1):
            out.append((s - 1, m.end(), "mojibake"))
        elif m.end() - s >= 5:
            out.append((s, m.end(), "mojibake"))
    for m in P.latin_moji_re.finditer(src):
        run = m.group()
        if run[0] in P.latin_strong_leads or len(P.latin_lead_re.findall(run)) >= 2:
            out.append((m.start(), m.end(), "mojibake"))
    return out


def _detect_markup(src: str, P: _Patterns) -> list[Cand]:
    out: list[Cand] = []
    pos = 0
    n = len(src)
    exhausted: set[str] = set()                      # kinds with no closing mark after the current position
    while pos < n:                                   # <script>...</script>, <style>, <!-- -->: linear scan
        m = P.block_open_re.search(src, pos)
        if not m:
            break
        kind = (m.group(1) or "--").lower()
        c = None if kind in exhausted else P.block_close[kind].search(src, m.end())
        if c is None:                                # unclosed: the open tag alone is markup (tag_re for
            exhausted.add(kind)                      # script/style), and no later open can close either
            if kind == "--":
                out.append((m.start(), m.end(), "markup"))
            pos = m.end()
            continue
        out.append((m.start(), c.end(), "markup"))
        pos = c.end()
    for rx in (P.tag_re, P.entity_re, P.wiki_re):
        out.extend((m.start(), m.end(), "markup") for m in rx.finditer(src))
    return out


def _evidence(src: str, P: _Patterns) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of Chinese evidence in order: kind "w" function word, "s" simplified character,
    "o" other Han character outside cp932. A character inside a word counts only through the word."""
    words = P.words_re.finditer(src)
    chars = P.chars_re.finditer(src)
    w = next(words, None)
    c = next(chars, None)
    while w is not None or c is not None:
        if w is not None and (c is None or w.start() <= c.start()):
            ws, we = w.span()
            yield ws, we, "w"
            while c is not None and c.start() < we:
                c = next(chars, None)
            w = next(words, None)
        elif c is not None:
            kind = c.lastgroup
            assert kind is not None  # both alternatives of chars_re are named groups
            yield c.start(), c.end(), kind
            c = next(chars, None)


class _Tally:
    """The evidence of one kana-free run: its score, counts by kind, covered span and weak words."""

    __slots__ = ("covered", "first", "last", "other", "score", "simp", "strong", "weak")

    def __init__(self) -> None:
        self.score = 0.0
        self.strong = self.simp = self.other = self.covered = 0
        self.first = self.last = -1
        self.weak: list[tuple[int, int]] = []

    def add(self, src: str, a: int, b: int, kind: str, weights: Any) -> None:
        """One piece of evidence: a function word ("w"), a simplified Han ("s") or another non-cp932 Han."""
        if kind == "w":
            w = weights[src[a:b]]
            self.score += w
            if w < 1:                                           # weak word: never evidence on its own
                self.weak.append((a, b))
                return
            self.strong += 1
            self.covered += b - a
        elif kind == "s":
            self.score += 1
            self.simp += 1
        else:
            self.score += 0.5
            self.other += 1
        if self.first < 0:
            self.first = a
        self.last = b

    def is_filler(self, src: str, rs: int, re_: int, inner: str) -> bool:
        """Enough evidence for the run [rs, re_): rarer cases need the run's Han count."""
        if self.first < 0:
            return False
        if self.score >= 2 and (self.strong or self.simp):
            return True
        if not (self.strong or self.other >= 4):
            return False
        han = (re_ - rs) - sum(src.count(c, rs, re_) for c in inner)
        return bool((self.strong and self.covered * 2 >= han)
                    or (self.score >= 2 and self.other >= 4 and self.other * 10 >= han * 3))

    def join_weak(self) -> None:
        """A weak word next to the evidence joins it."""
        for a, b in self.weak:
            if b == self.first:
                self.first = a
            elif a == self.last:
                self.last = b


def _filler_span(src: str, m: re.Match, t: _Tally, P: _Patterns) -> tuple[int, int]:
    """Where the filler of run match ``m`` starts and ends, quotes and a glued Japanese tail considered."""
    rs, re_ = m.span(2)
    start = t.first
    if t.first == rs and m.group(1) and FILLER_INCLUDES_QUOTES:
        start = m.start(1)
    if m.group(3) or m.group(4):                                # the Chinese sentence ends inside the run
        return start, m.end() if (FILLER_INCLUDES_QUOTES or not m.group(4)) else m.start(4)
    tail_han = (re_ - t.last) - sum(src.count(c, t.last, re_) for c in P.inner_punct)
    # Japanese glued to the filler ends in kana (日本政府は); a run closed by a bracket, a line
    # break or the end of the text is all one fragment
    closed = re_ >= len(src) or not P.kana_char_re.match(src, re_)
    return start, re_ if (tail_han <= 2 or closed) else t.last


def _run_at(src: str, rev: str, es: int, prev_end: int, P: _Patterns) -> Optional[re.Match]:
    """The kana-free run holding the evidence at ``es``, found from the run's start (never below prev_end)."""
    n = len(src)
    k = P.not_run_re.search(rev, n - es, n - prev_end)         # rev[n-1-i] == src[i]
    m = P.filler_re.search(src, n - k.start() if k else prev_end)
    while m is not None and m.end(2) <= es:
        m = P.filler_re.search(src, m.end())
    if m is None or m.start(2) > es:                            # cannot happen: evidence is Han
        return None
    return m


def _hangul_filler(src: str, P: _Patterns) -> list[Cand]:
    out: list[Cand] = []
    for m in P.hangul_re.finditer(src):
        s = m.group().rstrip(" \u3000")
        if len(P.hangul_char_re.findall(s)) >= 2:
            out.append((m.start(), m.start() + len(s), "foreign_filler"))
    return out


def _detect_filler(src: str, P: _Patterns) -> list[Cand]:
    """Chinese filler. Evidence (function words, simplified and other non-cp932 Han characters) is found with
    one scan of the whole text; only the kana-free runs that hold evidence are then examined, so clean
    Japanese costs one regex pass. Linear: the backward scan for a run's start never goes below the end
    of the previous examined run."""
    out: list[Cand] = []
    it = _evidence(src, P)
    rev: Optional[str] = None
    prev_end = 0
    e = next(it, None)
    while e is not None:
        if e[0] < prev_end:
            e = next(it, None)
            continue
        if rev is None:
            rev = src[::-1]
        m = _run_at(src, rev, e[0], prev_end, P)
        if m is None:
            e = next(it, None)
            continue
        rs, re_ = m.span(2)
        t = _Tally()
        while e is not None and e[0] < re_:
            t.add(src, e[0], e[1], e[2], P.word_weights)
            e = next(it, None)
        prev_end = m.end()
        if t.is_filler(src, rs, re_, P.inner_punct):
            t.join_weak()
            out.append((*_filler_span(src, m, t, P), "foreign_filler"))
    return out + _hangul_filler(src, P)


def _is_mark(ch: str) -> bool:
    return ch in "\u200d\u200c" or unicodedata.category(ch)[0] == "M"


def _is_letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "L"


def _detect_repeats(src: str, P: _Patterns) -> list[Cand]:
    out: list[Cand] = []
    for m in P.rep_char_re.finditer(src):
        ch = m.group(1)
        if ch.isspace() or ch in P.rule_chars or ch in "。、，,．":
            continue
        if ch.isdigit() and m.end() - m.start() < 16:
            continue
        out.append((m.start(), m.end(), "repeated_chars"))
    for m in P.rep_word_re.finditer(src):
        unit = m.group(1)
        if any(_is_letter(c) and c not in P.exempt_unit_chars for c in unit):
            out.append((m.start(), m.end(), "repeated_words"))
    return out


def _detect_punct(src: str, P: _Patterns) -> list[Cand]:
    out: list[Cand] = [(m.start() + 1, m.end(), "doubled_punctuation") for m in P.doubled_re.finditer(src)]
    out.extend((m.start(), m.end(), "doubled_punctuation") for m in P.comma_before_stop_re.finditer(src))
    out.extend((m.start() + 1, m.end(), "doubled_punctuation") for m in P.comma_after_stop_re.finditer(src))
    return out


def _merge_same(cands: list[Cand], touching: bool) -> list[Cand]:
    """Union of overlapping spans of one reason (also touching ones when ``touching``)."""
    cands = sorted(c for c in cands if c[1] > c[0])
    out: list[Cand] = []
    for s, e, r in cands:
        if out and (s < out[-1][1] or (touching and s == out[-1][1])):
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e, r)
        else:
            out.append((s, e, r))
    return out


_FIELDS_SET = frozenset(("start", "end", "text", "reason"))


@functools.lru_cache(maxsize=1)
def _span_factory():
    """A NoiseSpan builder for trusted values: what ``model_construct`` does, without its per-call field loop
    (3x faster; junk-heavy input yields tens of thousands of spans). Falls back to ``model_construct`` if the
    shortcut does not give an object equal to a validated one under the installed pydantic."""
    new = NoiseSpan.__new__
    setattr_ = object.__setattr__

    def fast(start: int, end: int, text: str, reason: str) -> NoiseSpan:
        m = new(NoiseSpan)
        setattr_(m, "__dict__", {"start": start, "end": end, "text": text, "reason": reason})
        setattr_(m, "__pydantic_fields_set__", set(_FIELDS_SET))
        setattr_(m, "__pydantic_extra__", None)
        setattr_(m, "__pydantic_private__", None)
        return m

    def slow(start: int, end: int, text: str, reason: str) -> NoiseSpan:
        return NoiseSpan.model_construct(start=start, end=end, text=text, reason=reason)

    try:
        ref = NoiseSpan(start=1, end=2, text="x", reason="markup")
        got = fast(1, 2, "x", "markup")
        if got == ref and got.model_dump_json() == ref.model_dump_json() and repr(got) == repr(ref):
            return fast
    except Exception:  # pragma: no cover - depends on the pydantic version
        pass
    return slow  # pragma: no cover


def find_noise(text: str, *, original: Optional[str] = None) -> list[NoiseSpan]:
    """Corrupt stretches of ``text``: sorted, non-overlapping, ``text[start:end] == span.text``.

    ``original``: the raw text that ``text`` was sanitized from (same length). Detection then runs on
    ``original`` -- so control characters and lone surrogates that sanitize() replaced are reported as
    control_chars -- while each span's ``text`` is cut from ``text`` (safe to serialise as JSON; a lone
    surrogate in a span would make ``model_dump_json()`` fail).
    """
    if not isinstance(text, str):
        raise TypeError(f"find_noise() needs a str, got {type(text).__name__}")
    if original is None:
        src = text
    else:
        if len(original) != len(text):
            raise ValueError("original must have the same length as text (text = sanitize(original))")
        src = original
    if not src:
        return []
    P = _patterns()
    groups = [
        _merge_same(_detect_mojibake(src, P), touching=True),
        _merge_same(_detect_control(src), touching=True),
        _merge_same(_detect_markup(src, P), touching=True),
        _merge_same(_detect_filler(src, P), touching=True),
    ]
    rep = _detect_repeats(src, P)
    groups.append(_merge_same([c for c in rep if c[2] == "repeated_chars"], touching=True))
    groups.append(_merge_same([c for c in rep if c[2] == "repeated_words"], touching=True))
    groups.append(_merge_same(_detect_punct(src, P), touching=True))

    taken = bytearray(len(src))
    accepted: list[Cand] = []
    for group in groups:                             # higher priority first; overlapping later spans dropped
        for s, e, r in group:
            if taken.find(1, s, e) != -1:
                continue
            taken[s:e] = b"\x01" * (e - s)
            accepted.append((s, e, r))
    accepted.sort()
    make = _span_factory()
    return [make(s, e, text[s:e], r) for s, e, r in accepted]


# --------------------------------------------------------------------------------------------- mask, quality
def _intervals(spans: Optional[Iterable[Any]], n: int) -> list[tuple[int, int]]:
    """Merged, clamped (start, end) pairs from NoiseSpan/Span objects, dicts or (start, end, ...) tuples."""
    raw: list[tuple[int, int]] = []
    for sp in spans or ():
        if isinstance(sp, dict):
            s, e = sp["start"], sp["end"]
        elif hasattr(sp, "start") and hasattr(sp, "end") and not isinstance(sp, (tuple, list)):
            s, e = sp.start, sp.end
        else:
            s, e = sp[0], sp[1]
        s, e = max(0, min(int(s), n)), max(0, min(int(e), n))
        if e > s:
            raw.append((s, e))
    raw.sort()
    out: list[tuple[int, int]] = []
    for s, e in raw:
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


_MASKABLE_RE = re.compile("[^\n\r]")


def mask(text: str, spans: Optional[Iterable[Any]]) -> str:
    """Same-length copy of ``text`` with every character inside ``spans`` replaced by U+3000 (newlines kept),
    so downstream NLP never reads noise while offsets stay valid."""
    ivs = _intervals(spans, len(text))
    if not ivs:
        return text
    parts = []
    pos = 0
    for s, e in ivs:
        parts.append(text[pos:s])
        parts.append(_MASKABLE_RE.sub("\u3000", text[s:e]))
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


def _non_ws(s: str) -> int:
    return len(_WS_RE.sub("", s))


def quality(text: str, spans: Optional[Iterable[Any]] = None) -> Quality:
    """Document-level noise summary. ``spans`` defaults to ``find_noise(text)``.

    noise_ratio: share of non-whitespace characters inside the spans. score: 1 - noise_ratio, minus 0.05 when
    the text holds U+FFFD/lone surrogates and 0.05 when it holds control characters (0 for an empty text).
    flags: empty, mostly_noise (ratio > 0.5), no_japanese, replacement_chars, control_chars, mojibake, markup,
    foreign_filler, very_long (> VERY_LONG_CHARS characters).
    """
    if spans is None:
        spans = find_noise(text)
    spans = list(spans)
    n = len(text)
    total = _non_ws(text)
    noise = _non_ws("".join([text[s:e] for s, e in _intervals(spans, n)]))
    ratio = (noise / total) if total else 0.0
    flags: list[str] = []
    if total == 0:
        flags.append("empty")
    if ratio > 0.5:
        flags.append("mostly_noise")
    if total and not has_japanese(text):
        flags.append("no_japanese")
    has_repl = "\ufffd" in text or bool(_SURR_RE.search(text))
    has_ctrl = bool(_CTRL_RE.search(text))
    reasons = {getattr(sp, "reason", None) for sp in spans}
    if has_repl:
        flags.append("replacement_chars")
    if has_ctrl or "control_chars" in reasons:
        flags.append("control_chars")
    for r in ("mojibake", "markup", "foreign_filler"):
        if r in reasons:
            flags.append(r)
    if n > VERY_LONG_CHARS:
        flags.append("very_long")
    score = 0.0 if total == 0 else 1.0 - ratio - 0.05 * has_repl - 0.05 * ("control_chars" in flags)
    noise_spans = [sp for sp in spans if isinstance(sp, NoiseSpan)]
    return Quality(noise_spans=noise_spans, noise_ratio=round(ratio, 6),
                   score=round(min(1.0, max(0.0, score)), 6), flags=flags)


# --------------------------------------------------------------------------------------------- splitting
_OPEN_TO_CLOSE = {"「": "」", "『": "』", "（": "）", "“": "”", "(": ")"}
_CLOSERS = "」』）”)］]】〕》〉’"
_BRACKET_RE = re.compile("[「『（“(」』）”)\n\r\u2028\u2029]")
# ▼ inside a line, between two sentences of a newspaper column (…亡くなった▼地元当局によれば…), breaks like a
# line end; at a line start it stays (▼14:20, a live blog's stamp, is a heading), and ▽ is a list bullet
# inside a sentence (代表団は、▽双方の…、▽…) that never breaks one
_SECTION_MARKS = "▼"
_SENT_EVENT_RE = re.compile(f"[。！？!?「『（“(\n\r\u2028\u2029{_SECTION_MARKS}]")
_SENT_TAIL_RE = re.compile(f"[。！？!?]*[{re.escape(_CLOSERS)}]*")
_NEWLINES = "\n\r\u2028\u2029"


def _tail_end(text: str, pos: int, endpos: Optional[int] = None) -> int:
    """End of the sentence-final marks and closing brackets at pos (the pattern also matches nothing)."""
    m = _SENT_TAIL_RE.match(text, pos, len(text) if endpos is None else endpos)
    return m.end() if m else pos


def _short_quotes(text: str) -> dict[int, int]:
    """open position -> close position for bracket pairs on one line shorter than SHORT_QUOTE_CHARS."""
    pairs: dict[int, int] = {}
    stack: list[tuple[str, int]] = []
    counts: dict[str, int] = {}
    close_to_open = {v: k for k, v in _OPEN_TO_CLOSE.items()}
    for m in _BRACKET_RE.finditer(text):
        c = m.group()
        if c in _NEWLINES:
            stack.clear()
            counts.clear()
        elif c in _OPEN_TO_CLOSE:
            stack.append((c, m.start()))
            counts[c] = counts.get(c, 0) + 1
        else:
            o = close_to_open[c]
            if not counts.get(o):
                continue
            while stack:
                oc, op = stack.pop()
                counts[oc] -= 1
                if oc == o:
                    if m.start() - op < SHORT_QUOTE_CHARS:
                        pairs[op] = m.start()
                    break
    return pairs


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans, in order, non-overlapping, each stripped of surrounding whitespace; whitespace-only
    pieces are skipped. A sentence ends at 。！？, at ASCII !? followed by whitespace/end/closer, at a line
    break, or at a column's section mark ▼ inside a line (dropped like the line break); following
    terminators and closing brackets (」』）” ...) stay with it. Terminators inside a 「」『』（）“”() pair
    shorter than SHORT_QUOTE_CHARS on one line do not split. Linear time."""
    n = len(text)
    out: list[tuple[int, int]] = []

    def emit(s: int, e: int) -> None:
        piece = text[s:e]
        stripped = piece.strip()
        if stripped:
            ls = s + (len(piece) - len(piece.lstrip()))
            out.append((ls, ls + len(stripped)))

    quotes = _short_quotes(text)
    start = pos = 0
    while pos < n:
        m = _SENT_EVENT_RE.search(text, pos)
        if not m:
            break
        i = m.start()
        c = m.group()
        if c in _OPEN_TO_CLOSE:
            pos = quotes[i] + 1 if i in quotes else i + 1
            continue
        if c in _SECTION_MARKS:
            if i > 0 and not text[i - 1].isspace():
                emit(start, i)
                start = i + 1
            pos = i + 1
            continue
        if c in _NEWLINES:
            emit(start, i)
            start = pos = i + 1
            continue
        if c in "!?":
            nxt = text[i + 1] if i + 1 < n else " "
            if not (nxt.isspace() or nxt in "!?！？" or nxt in _CLOSERS):
                pos = i + 1
                continue
        j = _tail_end(text, i + 1)
        emit(start, j)
        start = pos = j
    emit(start, n)
    return out


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the non-blank lines, stripped of surrounding whitespace."""
    out = []
    for m in _LINE_RE.finditer(text):
        piece = m.group()
        stripped = piece.strip()
        if stripped:
            s = m.start() + (len(piece) - len(piece.lstrip()))
            out.append((s, s + len(stripped)))
    return out


def _utf8_len_prefix_limit(text: str, s: int, max_bytes: int) -> int:
    """Largest e such that text[s:e] is at most max_bytes in UTF-8 (surrogates count 3 bytes)."""
    window = text[s:s + max_bytes]                   # every code point is >= 1 byte
    b = window.encode("utf-8", "surrogatepass")
    if len(b) <= max_bytes:
        return s + len(window)
    k = max_bytes
    while k > 0 and (b[k] & 0xC0) == 0x80:           # b[k] would start the first excluded code point
        k -= 1
    return s + len(b[:k].decode("utf-8", "surrogatepass"))


def split_chunks(text: str, max_bytes: int = DEFAULT_MAX_BYTES) -> list[tuple[int, int]]:
    """Contiguous spans covering ``text`` (``[]`` for ""), each at most ``max_bytes`` in UTF-8. Cuts after
    the last line break of the window when it lies in the window's second half, else after the last
    sentence end (。！？!? plus closing brackets) there, else at the later of any line break or sentence end,
    else at a character boundary (never before a combining mark when avoidable)."""
    if max_bytes < 4:
        raise ValueError("max_bytes must be at least 4 (one code point can take 4 bytes)")
    n = len(text)
    out: list[tuple[int, int]] = []
    s = 0
    while s < n:
        if (n - s) * 4 <= max_bytes:
            out.append((s, n))
            break
        limit = _utf8_len_prefix_limit(text, s, max_bytes)
        if limit >= n:
            out.append((s, n))
            break
        half = s + (limit - s) // 2
        nl = text.rfind("\n", s, limit)
        stop = max(text.rfind(t, s, limit) for t in "。！？!?")
        if stop != -1:
            stop = _tail_end(text, stop + 1, limit)
        if nl != -1 and nl + 1 > half:
            cut = nl + 1
        elif stop != -1 and stop > half:
            cut = stop
        elif max(nl + 1, stop) > s:
            cut = max(nl + 1, stop)
        else:
            cut = limit                              # hard cut; keep a base character with its marks
            c = cut
            while c - 1 > s and limit - c < 8 and _is_mark(text[c]):
                c -= 1
            if not _is_mark(text[c]):
                cut = c
        out.append((s, cut))
        s = cut
    return out


# --------------------------------------------------------------------------------------------- NLP pieces
LOW_LANGUAGE_MIN_CHARS = 200       # a run this long with no kana or kanji goes to the fast path
MAX_RUN_CHARS = 250                # a stretch with no sentence end longer than this is cut for the parser
PIECE_CHARS = 200                  # the pieces such a stretch is cut into
_LOW_LANGUAGE_RE = re.compile(f"[^{_KANA}{_HAN}]{{{LOW_LANGUAGE_MIN_CHARS},}}")
_LONG_RUN_RE = re.compile(f"[^。！？!?\n\r]{{{MAX_RUN_CHARS + 1},}}")
_SAFE_CUT = "、，,・ 　」）)』"


def low_language_spans(text: str) -> list[tuple[int, int]]:
    """Runs of ``LOW_LANGUAGE_MIN_CHARS``+ characters without kana or kanji (digit runs, punctuation,
    a repeated symbol, masked noise, long Latin text): nothing there that GiNZA's Japanese model reads better
    than the fast path, and the parser's cost on them grows faster than their length."""
    return [m.span() for m in _LOW_LANGUAGE_RE.finditer(text)]


def _cut_run(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """``text[s:e]`` in pieces of at most ``PIECE_CHARS``, cut after the last safe mark (、・space ...)
    in each window's second half when there is one, else hard."""
    out = []
    while e - s > PIECE_CHARS:
        limit = s + PIECE_CHARS
        cut = max(text.rfind(c, s + PIECE_CHARS // 2, limit) for c in _SAFE_CUT) + 1
        cut = cut if cut > s else limit
        out.append((s, cut))
        s = cut
    out.append((s, e))
    return out


def parser_pieces(text: str, s: int, e: int, max_bytes: int = DEFAULT_MAX_BYTES) -> list[tuple[int, int]]:
    """``text[s:e]`` as pieces for the parser: ordinary text in ``split_chunks`` chunks, and any stretch of
    more than ``MAX_RUN_CHARS`` without a sentence end cut into pieces of its own, so that no parse sees
    one huge "sentence". Offsets are into ``text``."""
    out: list[tuple[int, int]] = []
    pos = s
    for m in _LONG_RUN_RE.finditer(text, s, e):
        out.extend((pos + a, pos + b) for a, b in split_chunks(text[pos:m.start()], max_bytes))
        out.extend(_cut_run(text, m.start(), m.end()))
        pos = m.end()
    out.extend((pos + a, pos + b) for a, b in split_chunks(text[pos:e], max_bytes))
    return out


def nlp_pieces(text: str, max_bytes: int = DEFAULT_MAX_BYTES) -> list[tuple[int, int, str]]:
    """Contiguous ``(start, end, route)`` pieces covering ``text``: route ``"fast"`` for low-language runs
    (:func:`low_language_spans`), ``"parse"`` for the rest, cut by :func:`parser_pieces`. Every piece is at
    most ``max_bytes`` in UTF-8 (fast pieces too: SudachiPy reads them)."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    for a, b in low_language_spans(text):
        out.extend((x, y, "parse") for x, y in parser_pieces(text, pos, a, max_bytes))
        out.extend((a + x, a + y, "fast") for x, y in split_chunks(text[a:b], max_bytes))
        pos = b
    out.extend((x, y, "parse") for x, y in parser_pieces(text, pos, len(text), max_bytes))
    return out

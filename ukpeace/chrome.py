"""Page furniture ("chrome") in plain text: bylines and photo credits, navigation, related-story lists,
share/follow/login labels, comment sections, advertisements and subscription offers, job listings,
cookie notices and runs of English UI labels.

Users paste or scrape article text with the page still around it; a related headline below the
article must not become an attack, a salary in a job ad a money record, a reporter in a byline a
meeting participant. :func:`find_chrome` returns :class:`~ukpeace.models.NoiseSpan` objects of kind
``chrome``; ``ukpeace.extract`` masks them like noise, so no record or field is drawn from them.

A byline 【ワシントン＝山田太郎】 is flagged from the ＝ on only: the place may still serve as the
dateline place, the person never becomes a participant.

Chrome is recognised line by line (pure Python, linear, no model):

- a line made only of UI labels (2+ labels, or one "strong" share/comment/English label);
- inside a longer line, a run of 3+ labels (English UI labels give reason ``ui_english``);
- a block heading (関連記事, Recommended Stories, コメント, 求人情報, 広告 ...) and the list lines after it
  (lines without 。; everything up to the next heading after a comments heading);
- bylines, photo credits, signature lines, copyright footers;
- advertisements and subscription offers (prices in yen), job listings (salaries), cookie notices.

A line that is prose (it holds a 。) is never chrome because of its labels alone; ads, jobs and
cookie notices in prose need two markers. The vocabulary is ``resources/lexicons/chrome.json``.
"""
from __future__ import annotations

import functools
import logging
import re
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .models import NoiseSpan
from .resources import lexicon
from .text import paragraphs

__all__ = ["find_chrome", "ChromeLexicon", "REASONS"]

log = logging.getLogger(__name__)

REASONS = ("byline", "nav", "related", "share", "comments", "ads", "jobs", "cookie", "ui_english")
_CATEGORY_REASON = {"nav": "nav", "actions": "nav", "share": "share", "comments": "comments", "english": "ui_english"}


class ChromeLexicon(BaseModel):
    """The typed vocabulary of resources/lexicons/chrome.json."""
    model_config = ConfigDict(extra="forbid")
    doc: str = Field("", alias="_doc")
    separators: str = Field(min_length=1)
    decoration: str = Field(min_length=1)
    ui_labels: dict[str, list[str]]
    strong_categories: list[str]
    block_headings: dict[str, list[str]]
    related_prefixes: list[str]
    byline_labels: list[str]
    credit_labels: list[str]
    byline_suffixes: list[str]
    footer_markers: list[str]
    ad_markers_strong: list[str]
    ad_markers_weak: list[str]
    price_pattern: str
    job_markers: list[str]
    cookie_markers: list[str]
    cookie_context: list[str]
    max_chrome_line_chars: int = Field(gt=0)
    max_byline_chars: int = Field(gt=0)
    max_block_lines: int = Field(gt=0)
    breadcrumb_separators: str = Field(min_length=1)
    max_tail_line_chars: int = Field(gt=0)
    min_tail_line_chars: int = Field(ge=0)

    @field_validator("ui_labels")
    @classmethod
    def _known_categories(cls, v: dict) -> dict:
        unknown = set(v) - set(_CATEGORY_REASON)
        if unknown:
            raise ValueError(f"unknown ui_labels categories {sorted(unknown)}; expected {sorted(_CATEGORY_REASON)}")
        return v

    @field_validator("block_headings")
    @classmethod
    def _known_blocks(cls, v: dict) -> dict:
        unknown = set(v) - set(REASONS)
        if unknown:
            raise ValueError(f"unknown block_headings reasons {sorted(unknown)}; expected some of {REASONS}")
        return v

    @field_validator("price_pattern")
    @classmethod
    def _compiles(cls, v: str) -> str:
        try:
            re.compile(v)
        except re.error as exc:
            raise ValueError(f"price_pattern is not a valid regular expression: {exc}") from None
        return v

    @field_validator("ui_labels", "block_headings")
    @classmethod
    def _no_empty_words(cls, v: dict) -> dict:
        if any(not w.strip() for words in v.values() for w in words):
            raise ValueError("empty label")
        return v


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


class _Patterns:
    """Compiled once, on first use."""

    def __init__(self, lex: ChromeLexicon) -> None:
        self.lex = lex
        sep = re.escape(lex.separators)
        self.label_cat: dict[str, str] = {}
        for cat, words in lex.ui_labels.items():
            for w in words:
                self.label_cat.setdefault(w.casefold(), cat)
        self.strong = set(lex.strong_categories)
        words = [w for ws in lex.ui_labels.values() for w in ws]
        # a first-character check lets sre skip most positions before it tries the long alternation
        firsts = re.escape("".join(sorted({c for w in words for c in (w[0], w[0].lower(), w[0].upper())})))
        label = f"(?=[{firsts}])(?:{_alt(words)})"
        count = r"[(（]?\d[\d,.]*[万千KkM件枚本]?[)）]?"
        token = f"(?:{label}(?:{count})?|(?=[(（0-9]){count})"      # コメント12, 写真を見る（5枚）
        # a token stands between separators or line ends; separators and labels share no first character
        self.run_re = re.compile(f"(?<![^{sep}]){token}(?:[{sep}]+{token})*(?![^{sep}])", re.IGNORECASE)
        self.label_re = re.compile(f"(?<![^{sep}]){label}(?![^{sep}(（0-9])", re.IGNORECASE)
        self.deco = lex.decoration
        self.count_re = re.compile(r"[(（]?\d[\d,]*\s*件?[)）]?$")
        self.headings = {w.casefold(): r for r, ws in lex.block_headings.items() for w in ws}
        self.related_re = re.compile(f"^[【\\[［<＜▼▶►]?(?:{_alt(lex.related_prefixes)})[】\\]］>＞]?\\s*[：:]"
                                     f"|^[【\\[［](?:{_alt(lex.related_prefixes)})[】\\]］]|^(?:[>＞»]{{2}}|[▶►])\\s*\\S",
                                     re.IGNORECASE)
        labels = _alt(lex.byline_labels)
        self.byline_line_re = re.compile(
            f"^[(（【\\[]?\\s*(?:{labels})(?:\\s*[・/／]\\s*(?:{labels}))*\\s*[：:／/＝=]\\s*\\S"
            f"|^By\\s+[A-Z][\\w.'-]+(?:\\s+[A-Z][\\w.'-]+){{0,3}}$")
        self.suffix_line_re = re.compile(f"^[(（]?[^。、■◆]{{0,20}}(?:{_alt(lex.byline_suffixes)})"
                                         f"(?:\\s?[^\\s。、(（)）]{{1,12}})?[)）]?$")
        crumb = re.escape(lex.breadcrumb_separators)
        first = _alt(w for c in ("nav", "english") for w in lex.ui_labels.get(c, ()))
        self.breadcrumb_re = re.compile(f"^(?:{first})(?:\\s*[{crumb}]\\s*[^{crumb}。]{{1,20}}){{1,6}}$", re.IGNORECASE)
        self.signature_re = re.compile(r"^[（(][^（）()。、\d]{2,12}[）)]$")
        self.dateline_byline_re = re.compile(
            # the place may carry a gloss: 【アンタルヤ（トルコ南部）＝記者名】
            r"^[【\[［(（]((?:[^＝=】\]］)）(（\n]|[（(][^（()）＝=】\n]{1,12}[）)]){1,20})[＝=]"
            r"([^】\]］)）\n]{1,25})[】\]］)）]")
        self.credit_re = re.compile(
            f"(?<=[（(、,\\s])(?:{_alt(lex.credit_labels)})\\s*[：:＝=／/][^（）()【】\\n、。]{{1,30}}")
        self.price_re = re.compile(lex.price_pattern)


@functools.lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    return _Patterns(ChromeLexicon.model_validate(lexicon("chrome")))


Cand = tuple[int, int, str]


def _count(line: str, words) -> int:
    return sum(1 for w in words if w in line)


def _label_reason(P: _Patterns, labels: list[str]) -> Optional[str]:
    found = [P.label_cat.get(w.casefold()) for w in labels]
    cats = [c for c in found if c]
    if not cats:
        return None
    best = max(set(cats), key=lambda c: (cats.count(c), c == "english"))
    return _CATEGORY_REASON[best]


def _heading(P: _Patterns, line: str) -> Optional[str]:
    """The block reason when the line is only a block heading (decoration and a count stripped)."""
    if len(line) > 40:
        return None
    core = P.count_re.sub("", line.strip(P.deco)).strip(P.deco)
    return P.headings.get(core.casefold())


def _label_line(P: _Patterns, line: str) -> Optional[str]:
    """A line made only of UI labels (and counts)."""
    m = P.run_re.fullmatch(line)
    if not m:
        return None
    labels = P.label_re.findall(line)
    if len(labels) >= 2 or (labels and P.label_cat.get(labels[0].casefold()) in P.strong):
        return _label_reason(P, labels)
    return None


def _byline_line(P: _Patterns, line: str) -> bool:
    if len(line) > P.lex.max_byline_chars or "。" in line:
        return False
    return bool(P.byline_line_re.match(line) or P.suffix_line_re.match(line) or P.signature_re.match(line))


def _ads(P: _Patterns, line: str, prose: bool) -> bool:
    """Offers and ads; a price alone never counts (政府は避難民に月額10万円を支給 is news)."""
    strong = _count(line, P.lex.ad_markers_strong)
    weak = _count(line, P.lex.ad_markers_weak)
    if prose:
        return strong >= 2
    return strong >= 2 or (strong >= 1 and weak >= 1) or (weak >= 2 and bool(P.price_re.search(line)))


def _jobs(P: _Patterns, line: str, prose: bool) -> bool:
    n = _count(line, P.lex.job_markers)
    return n >= 3 if prose else n >= 2


def _cookie(P: _Patterns, line: str) -> bool:
    return _count(line, P.lex.cookie_markers) >= 1 and _count(line, P.lex.cookie_context) >= 1


def classify_line(line: str) -> Optional[str]:
    """The chrome reason of a whole line, or None."""
    P = _patterns()
    prose = "。" in line
    if _cookie(P, line):
        return "cookie"
    if len(line) > P.lex.max_chrome_line_chars and not prose:
        prose = True  # a long unpunctuated line is text more often than furniture
    if not prose:
        reason = _label_line(P, line)
        if reason:
            return reason
        if P.breadcrumb_re.match(line):
            return "nav"
        if P.related_re.match(line):
            return "related"
        if _byline_line(P, line):
            return "byline"
        if any(m in line for m in P.lex.footer_markers):
            return "nav"
    if _jobs(P, line, prose):
        return "jobs"
    if _ads(P, line, prose):
        return "ads"
    return None


def _partial(P: _Patterns, text: str, s: int, e: int) -> list[Cand]:
    """Chrome inside a line that is not chrome as a whole: byline persons, photo credits, label runs."""
    line = text[s:e]
    out: list[Cand] = []
    m = P.dateline_byline_re.match(line)
    if m:
        out.append((s + m.start(2) - 1, s + m.end(2), "byline"))  # from ＝: the place stays readable
    out.extend((s + c.start(), s + c.end(), "byline") for c in P.credit_re.finditer(line))
    for r in P.run_re.finditer(line):  # Japanese section names (政治・経済・社会) also occur in prose
        labels = [w for w in P.label_re.findall(r.group()) if P.label_cat.get(w.casefold()) in P.strong]
        if len(labels) >= 3:
            out.append((s + r.start(), s + r.end(), _label_reason(P, labels) or "nav"))
    return out


def _block_line(block: str, line: str, following: Optional[str]) -> bool:
    """Does a line continue the block opened by a heading? List lines (no 。) do, unless article prose
    follows them: a short line before prose is the heading of the article's next section. Comments run on."""
    if block == "comments":
        return True
    if following is not None and "。" in following and classify_line(following) is None:
        return False
    return "。" not in line and not line.startswith(("■", "◆", "◇", "□"))


def _tail_list(P: _Patterns, text: str, lines: list[tuple[int, int]], out: list[Cand]) -> list[Cand]:
    """A run of 2+ short lines without 。 at the very end of the text: headlines left below the article."""
    flagged = {(s, e) for s, e, _ in out}
    run = []
    for s, e in reversed(lines[1:]):                 # never the headline
        line = text[s:e]
        if (s, e) in flagged or "。" in line or not P.lex.min_tail_line_chars <= len(line) <= P.lex.max_tail_line_chars:
            break
        run.append((s, e, "related"))
    return run if len(run) >= 2 else []


def _scan(text: str) -> list[Cand]:
    P = _patterns()
    out: list[Cand] = []
    block, left = None, 0
    lines = paragraphs(text)
    for k, (s, e) in enumerate(lines):
        line = text[s:e]
        head = _heading(P, line)
        if head:
            out.append((s, e, head))
            block, left = head, P.lex.max_block_lines
            continue
        following = text[slice(*lines[k + 1])] if k + 1 < len(lines) else None
        if block and left > 0 and _block_line(block, line, following):
            out.append((s, e, block))
            left -= 1
            continue
        block = None
        reason = classify_line(line)
        if reason:
            out.append((s, e, reason))
        else:
            out.extend(_partial(P, text, s, e))
    return out + _tail_list(P, text, lines, out)


def find_chrome(text: str, exclude=()) -> list[NoiseSpan]:
    """Page furniture in ``text``: sorted, non-overlapping NoiseSpans of kind "chrome" with a reason from
    REASONS; ``text[span.start:span.end] == span.text``. Spans overlapping ``exclude`` (noise spans,
    already masked) are dropped."""
    if not isinstance(text, str):
        raise TypeError(f"find_chrome() needs a str, got {type(text).__name__}")
    taken = bytearray(len(text))
    for sp in exclude:
        taken[sp.start:sp.end] = b"\x01" * (sp.end - sp.start)
    out = []
    for s, e, r in sorted(_scan(text)):
        if e <= s or taken.find(1, s, e) != -1:
            continue
        taken[s:e] = b"\x01" * (e - s)
        out.append(NoiseSpan(start=s, end=e, text=text[s:e], reason=r, kind="chrome"))
    return out

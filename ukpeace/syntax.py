"""Japanese clause structure for the rules: bunsetu phrases, the case marker each bears and what governs it.

In the full profile the phrases come from GiNZA's parse (``ginza.bunsetu_spans``, the bunsetu's root token and
its head); in the fast profile there is no parse, and :meth:`Structure.case_of` falls back to the particle
written right after a span, with no governor. One question replaces the particle regexes of the rules:

    >>> info = view.syntax.case_of(ent.start, ent.end)      # ent: 欧州連合 in 「欧州連合は…支援すると発表した」
    >>> info.case, info.governor.lemma, [g.lemma for g in view.syntax.governors(info.phrase)]
    ('は', '発表', ['発表'])

Offsets are into the document text. Phrases are plain dataclasses, so they cross process boundaries.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator, Optional

from .resources import lexicon

@lru_cache(maxsize=1)
def _case_markers() -> re.Pattern:
    """The case markers of lexicons/syntax.json, longest first: the character fallback's case markers."""
    words = sorted(lexicon("syntax")["case_markers"], key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))




@dataclass(frozen=True)
class Phrase:
    """One bunsetu: its span, its content head (lemma, POS, dependency label), the case marker it bears
    (the particles after the head: は, を, への, による, として ...; "" when none) and the index of the phrase
    that governs it (-1 for a clause root)."""
    start: int
    end: int
    lemma: str
    pos: str
    dep: str
    case: str
    head: int


@dataclass(frozen=True)
class CaseInfo:
    """The answer to "which case does this span bear, and what governs it"."""
    case: str
    phrase: Optional[int] = None            # index of the span's phrase, None on the character fallback
    governor: Optional[Phrase] = None       # the phrase that governs it, None when unknown or a root


@dataclass
class Structure:
    """The phrases of one document (empty in the fast profile), with lookups by offset."""
    text: str
    phrases: list[Phrase] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = [p.start for p in self.phrases]

    @property
    def parsed(self) -> bool:
        return bool(self.phrases)

    def phrase_at(self, pos: int) -> Optional[int]:
        """Index of the phrase containing offset ``pos``."""
        i = bisect.bisect_right(self._starts, pos) - 1
        return i if i >= 0 and pos < self.phrases[i].end else None

    def case_of(self, start: int, end: int) -> CaseInfo:
        """The case marker borne by ``text[start:end]`` and the phrase governing it.

        Parsed: the phrase holding the span's last character; its case is that phrase's case when the span
        reaches the phrase's head (so 日本 in 「日本の支援を」 bears の, 支援 bears を). Fallback: the particle
        written right after the span."""
        i = self.phrase_at(max(start, end - 1))
        if i is None:
            m = _case_markers().match(self.text, end)
            return CaseInfo(m.group(0) if m else "")
        p = self.phrases[i]
        tail = self.text[end:p.end]
        case = p.case if tail.startswith(p.case) or not tail.strip() or p.case in tail else ""
        if not case:
            m = _case_markers().match(self.text, end)
            case = m.group(0) if m else ""
        return CaseInfo(case, i, self.phrases[p.head] if p.head >= 0 else None)

    def governors(self, index: int, limit: int = 4) -> Iterator[Phrase]:
        """The chain of governing phrases above phrase ``index`` (支援すると → 発表した), nearest first."""
        seen = {index}
        i = self.phrases[index].head
        while i >= 0 and i not in seen and len(seen) <= limit:
            seen.add(i)
            yield self.phrases[i]
            i = self.phrases[i].head

    def dependents(self, index: int, cases: Optional[set] = None) -> list[int]:
        """Indices of the phrases that phrase ``index`` governs, optionally only those bearing ``cases``."""
        return [k for k, p in enumerate(self.phrases)
                if p.head == index and k != index and (cases is None or p.case in cases)]


def _case_of_bunsetu(span) -> str:
    """The particles after a bunsetu's content head: は, への, による, として; "" when none."""
    root = span.root
    tail = [t for t in span if t.i > root.i]
    k = next((n for n, t in enumerate(tail) if t.pos_ == "ADP"), None)
    if k is None:
        return ""
    marker = "".join(t.text for t in tail[k:] if t.pos_ != "PUNCT")
    m = _case_markers().match(marker)
    return m.group(0) if m else marker[:4]


def phrases_of(doc, base: int) -> list[Phrase]:
    """GiNZA bunsetu phrases of a parsed Doc, with offsets shifted by ``base`` (the piece's start)."""
    import ginza  # type: ignore[import-untyped]  # GiNZA ships neither type hints nor stubs

    spans = [b for sent in doc.sents for b in ginza.bunsetu_spans(sent)]
    index = {b.start: k for k, b in enumerate(spans)}
    out = []
    for b in spans:
        root = b.root
        head = ginza.bunsetu_span(root.head).start if root.head.i != root.i else None
        h = index.get(head, -1) if head is not None else -1
        out.append(Phrase(base + b.start_char, base + b.end_char, root.lemma_, root.pos_, root.dep_,
                          _case_of_bunsetu(b), h))
    return out


def shift(phrases: list[Phrase], offset: int) -> list[Phrase]:
    """Phrases of one piece renumbered for their place after ``offset`` phrases of the document."""
    return [Phrase(p.start, p.end, p.lemma, p.pos, p.dep, p.case, p.head + offset if p.head >= 0 else -1)
            for p in phrases]

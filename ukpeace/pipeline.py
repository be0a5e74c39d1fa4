"""The NLP layer: GiNZA loaded lazily once per process, the gazetteer ruler as a spaCy factory, chunking, profiles.

Profiles
- "full": the whole ja_ginza pipeline plus the ``ukpeace_gazetteer`` component, which
  overrides GiNZA's entities wherever the gazetteer knows the name.
- "fast": no CNN. SudachiPy tokens (proper-noun POS tags stand in for NER), the same
  gazetteer and everything downstream. Measured in bench/throughput.py.

Every document is cut into chunks below SudachiPy's 49,149-byte limit (text.split_chunks)
and mentions are mapped back to offsets in the original text.
"""
from __future__ import annotations

import bisect
import re
import time
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable, Iterator, Optional

from . import gazetteer as gz
from . import syntax
from .resources import lexicon
from .text import nlp_pieces, split_chunks

PROFILES = ("full", "fast")
CHUNK_BYTES = 40000


@dataclass(frozen=True)
class Mention:
    """A named-entity mention before normalisation: a gazetteer hit or a model/POS guess."""
    start: int
    end: int
    text: str
    label: str
    source: str                      # gazetteer | ginza | sudachi
    entry: Optional[gz.GazEntry] = None
    ginza_label: Optional[str] = None
    how: str = "name"


@lru_cache(maxsize=1)
def ginza_label_map() -> dict:
    data = lexicon("ginza_labels")
    out: dict[str, str] = {}
    for coarse, labels in data.items():
        if coarse.startswith("_"):
            continue
        for lab in labels:
            out.setdefault(lab, coarse)
    return out


def _register() -> None:
    """Register the spaCy factory and Doc extension (idempotent; spaCy is imported only here)."""
    from spacy.language import Language
    from spacy.tokens import Doc

    for ext in ("ukpeace_gazetteer", "ukpeace_nested"):
        if not Doc.has_extension(ext):
            Doc.set_extension(ext, default=None)
    if "ukpeace_gazetteer" in Language.factories:
        return

    @Language.factory("ukpeace_gazetteer")
    def make_gazetteer_ruler(nlp, name):
        return GazetteerRuler()


@lru_cache(maxsize=1)
def container_rules() -> tuple[frozenset, tuple]:
    data = lexicon("entities")
    return frozenset(data["container_labels"]), tuple(data["container_breakers"])


def container_wins(ent_text: str, ent_start: int, coarse: Optional[str], inside: list) -> bool:
    """Does a GiNZA entity that strictly contains exactly one gazetteer match stay the flat entity?"""
    labels, breakers = container_rules()
    if coarse not in labels or len(inside) != 1:
        return False
    m = inside[0]
    rest = ent_text[: m.start - ent_start] + ent_text[m.end - ent_start:]
    if coarse == "PERSON" and m.entry.label == "PERSON" and ent_text[m.end - ent_start:].startswith(
            tuple(t for t in gz.titles() if len(t) > 1)):
        return False  # 岸田総理大臣, ヒーリー国防相: the known name, and its title is a role
    return bool(rest.strip("・ 　")) and not any(b in rest for b in breakers)


class GazetteerRuler:
    """spaCy component: character-level gazetteer matches override GiNZA's entities where they overlap.

    A GiNZA name entity that strictly contains one match (日本銀行, 東京都千代田区) stays; the match
    is then kept as nested (``doc._.ukpeace_nested``), so the entity list offers both.
    """

    def __call__(self, doc):
        matches = gz.load().find(doc.text)  # looked up per call: a user gazetteer may be in force
        lab = ginza_label_map()
        keep_ginza, nested = set(), []
        for ent in doc.ents:
            inside = [m for m in matches if ent.start_char <= m.start and m.end <= ent.end_char]
            partial = [m for m in matches if m.start < ent.end_char and ent.start_char < m.end and m not in inside]
            if not partial and container_wins(ent.text, ent.start_char, lab.get(ent.label_), inside) \
                    and (inside[0].end - inside[0].start) < len(ent.text):
                keep_ginza.add(ent.start)
                nested.extend(inside)
        flat = [m for m in matches if m not in nested]
        doc._.ukpeace_gazetteer = flat
        doc._.ukpeace_nested = nested
        spans = []
        taken: set[int] = set()
        for ent in doc.ents:
            if ent.start in keep_ginza:
                taken.update(range(ent.start, ent.end))
                spans.append(ent)
        for m in flat:
            span = doc.char_span(m.start, m.end, label=m.entry.label, alignment_mode="expand")
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            spans.append(span)
        for ent in doc.ents:
            if not any(i in taken for i in range(ent.start, ent.end)):
                taken.update(range(ent.start, ent.end))
                spans.append(ent)
        doc.ents = sorted(spans, key=lambda s: s.start)
        return doc


@lru_cache(maxsize=2)
def get_nlp(profile: str = "full"):
    """The spaCy pipeline of a profile, loaded once per process; None for the fast profile."""
    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}; expected one of {PROFILES}")
    if profile == "fast":
        return None
    import spacy

    _register()
    nlp = spacy.load("ja_ginza")
    nlp.add_pipe("ukpeace_gazetteer", last=True)
    return nlp


@lru_cache(maxsize=1)
def _sudachi():
    from sudachipy import dictionary, tokenizer

    return dictionary.Dictionary().create(mode=tokenizer.Tokenizer.SplitMode.C)


_SUDACHI_LABELS = {"人名": "PERSON", "地名": "GPE", "組織": "ORG"}


def _proper_runs(tokens: Iterable[tuple[int, int, str, tuple]], text: str, base: int) -> list[Mention]:
    """Proper nouns from Sudachi's dictionary POS (``tokens``: start, end, surface, POS), joined across ・
    (ダヴィド・アラハミア). The fast profile reads them from SudachiPy, the full one from GiNZA's tokens."""
    out: list[list[Any]] = []
    cur: Optional[list[Any]] = None  # [start, end, label]
    for s, e, surface, pos in tokens:
        label = _SUDACHI_LABELS.get(pos[2]) if len(pos) > 2 and pos[1] == "固有名詞" else None
        if label:
            if cur and (cur[1] == s or (cur[1] + 1 == s and text[cur[1]] in "・＝")) and cur[2] == label:
                cur[1] = e
            else:
                if cur:
                    out.append(cur)
                cur = [s, e, label]
        elif cur and surface in ("・", "＝") and cur[1] == s:
            continue
        else:
            if cur:
                out.append(cur)
            cur = None
    if cur:
        out.append(cur)
    return [Mention(base + s, base + e, text[s:e], lab, "sudachi") for s, e, lab in out]


def _sudachi_mentions(text: str, base: int) -> list[Mention]:
    toks = ((m.begin(), m.end(), m.surface(), m.part_of_speech()) for m in _sudachi().tokenize(text))
    return _proper_runs(toks, text, base)


def _doc_proper_runs(doc, base: int) -> list[Mention]:
    """The same runs from a GiNZA doc: its tokens carry Sudachi's POS (``tag_``, split mode C)."""
    toks = ((t.idx, t.idx + len(t.text), t.text, tuple(t.tag_.split("-"))) for t in doc)
    return _proper_runs(toks, doc.text, base)


@lru_cache(maxsize=1)
def _admin_suffixes() -> tuple[str, ...]:
    return tuple(lexicon("place_names")["admin_suffixes"])


@lru_cache(maxsize=1)
def _place_suffixes() -> tuple[str, ...]:
    return tuple(lexicon("place_names")["settlement_suffixes"]) + _admin_suffixes()


def _as_place(guess: Mention, runs: list[Mention]) -> Mention:
    """``guess`` relabelled GPE when it is a Sudachi place run followed only by a place suffix (ヤロバ村)."""
    if guess.label == "GPE":
        return guess
    for r in runs:
        if r.label == "GPE" and r.start == guess.start and guess.text[r.end - r.start:] in _place_suffixes():
            return Mention(guess.start, guess.end, guess.text, "GPE", guess.source, ginza_label=guess.ginza_label)
    return guess


def _disjoint(first: list[Mention], then: list[Mention]) -> list[Mention]:
    """``first`` plus every mention of ``then`` that overlaps none of ``first``."""
    return first + [m for m in then if not any(f.start < m.end and m.start < f.end for f in first)]


def _merge(gaz: list, guesses: list[Mention]) -> list[Mention]:
    """Gazetteer matches win; a model guess survives only where no gazetteer match overlaps it."""
    out = [Mention(m.start, m.end, m.text, m.entry.label, "gazetteer", m.entry, how=m.how) for m in gaz]
    starts = sorted(m.start for m in out)
    ends = [m.end for m in sorted(out, key=lambda m: m.start)]
    for g in guesses:  # gazetteer matches do not overlap one another: a bisect finds the neighbours
        i = bisect.bisect_left(starts, g.end)
        if not any(starts[j] < g.end and g.start < ends[j] for j in range(max(0, i - 2), i)):
            out.append(g)
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def _doc_mentions(doc, base: int) -> list[Mention]:
    lab = ginza_label_map()
    guesses = []
    for ent in doc.ents:
        if ent.label_ in ("PERSON", "GPE", "LOC", "FAC", "ORG"):
            continue  # the gazetteer's own spans, rebuilt from the char-level matches below
        coarse = lab.get(ent.label_)
        if coarse:
            guesses.append(Mention(base + ent.start_char, base + ent.end_char, ent.text, coarse, "ginza",
                                   ginza_label=ent.label_))
    # Sudachi's proper-noun tags fill the gaps the CNN left (small foreign towns it does not know), and a CNN
    # guess that is a Sudachi place plus a place suffix (ヤロバ村 taken as a facility) is a place.
    runs = _doc_proper_runs(doc, base)
    gaz = [gz.GazMatch(base + m.start, base + m.end, m.text, m.entry, m.how) for m in doc._.ukpeace_gazetteer or ()]
    inner = [gz.GazMatch(base + m.start, base + m.end, m.text, m.entry, m.how) for m in doc._.ukpeace_nested or ()]
    # a CNN span made only of places (サマラ州シズラニ taken as a product) is no name: its places stand alone
    places = [(m.start, m.end) for m in inner if m.entry.label == "GPE"] + \
        [(r.start, r.end) for r in runs if r.label == "GPE"]
    split = [g for g in guesses if _only_places(g, places)]
    guesses = _disjoint([_as_place(g, runs) for g in guesses if g not in split], runs)
    gaz += [m for m in inner if any(g.start <= m.start and m.end <= g.end for g in split)]
    nested = [Mention(m.start, m.end, m.text, m.entry.label, "gazetteer", m.entry, how="nested")
              for m in inner if not any(g.start <= m.start and m.end <= g.end for g in split)]
    return sorted(_merge(gaz, guesses) + nested, key=lambda m: (m.start, -m.end))


def _only_places(guess: Mention, places: list[tuple[int, int]]) -> bool:
    """``guess``, which the CNN calls no place, is places written run-on: places only, a place and its suffix
    (ハルキウ市 taken as an organisation), or a region (…州, …地方) and one katakana name after it (サマラ州シズラニ:
    a region and its town, glued into a company name)."""
    inside = sorted((s, e) for s, e in places if guess.start <= s and e <= guess.end)
    if not inside or inside[0][0] != guess.start or guess.label in ("PERSON", "GPE"):
        return False
    first = guess.text[: inside[0][1] - guess.start]
    covered = {i for s, e in inside for i in range(s, e)}
    rest = "".join(guess.text[i - guess.start] for i in range(guess.start, guess.end) if i not in covered)
    if len(inside) == 1 and rest in _place_suffixes():
        return True  # ハルキウ市 taken as an organisation: a place and its suffix, the place stands
    if len(inside) == 1 and not first.endswith(_admin_suffixes()):
        return False  # ウクライナナフトガス: a company named after its country, not a region and its town
    return not rest or bool(_KATAKANA_NAME.fullmatch(rest))


_KATAKANA_NAME = re.compile(r"[ァ-ヴー・]{2,}")


@dataclass
class DocMentions:
    """The mentions of one document, the flags of how they were found (``quality.flags``) and, in the full
    profile, its bunsetu phrases (ukpeace.syntax)."""
    mentions: list
    flags: list
    phrases: list = field(default_factory=list)


# the time budget of one document in the full profile: past it, its remaining pieces take the fast path
BUDGET_BASE_S = 10.0
BUDGET_CHARS_PER_S = 250.0         # about 8x slower than GiNZA's usual pace on this machine


def time_budget(chars: int) -> float:
    return BUDGET_BASE_S + chars / BUDGET_CHARS_PER_S


def _fast_mentions(text: str, s: int, e: int) -> list[Mention]:
    """Gazetteer and SudachiPy proper nouns in ``text[s:e]`` (at most SudachiPy's byte limit)."""
    chunk = text[s:e]
    gm = [gz.GazMatch(s + m.start, s + m.end, m.text, m.entry, m.how) for m in gz.load().find(chunk)]
    return _merge(gm, _sudachi_mentions(chunk, s))


def _fast_many(texts: Iterable[str]) -> Iterator[DocMentions]:
    for text in texts:
        out: list[Mention] = []
        for s, e in split_chunks(text, CHUNK_BYTES):
            out.extend(_fast_mentions(text, s, e))
        yield DocMentions(out, [])


@dataclass
class _Piece:
    doc: int
    start: int
    last: bool
    flags: set
    fast: Optional[list] = None      # mentions already found on the fast path


def _pieces(texts: Iterable[str], budget) -> Iterator[tuple[str, _Piece]]:
    """(text, piece) pairs for nlp.pipe: parse pieces carry their text, fast pieces an empty text and their
    mentions. A document past its time budget sends its remaining pieces down the fast path."""
    for i, text in enumerate(texts):
        pieces = nlp_pieces(text, CHUNK_BYTES) if text else [(0, 0, "parse")]
        flags: set = set()
        t0, limit = time.monotonic(), budget(len(text))
        for k, (s, e, route) in enumerate(pieces):
            last = k == len(pieces) - 1
            if route == "parse" and e > s and time.monotonic() - t0 > limit:
                route = "fast"
                flags.add("time_budget_fast_path")
            elif route == "fast" and text[s:e].strip("\u3000 \n\r\t"):
                flags.add("low_language_fast_path")
            if route == "fast":
                yield "", _Piece(i, s, last, flags, _fast_mentions(text, s, e))
            else:
                yield text[s:e], _Piece(i, s, last, flags)


def mentions_many(texts: Iterable[str], profile: str = "full", batch_size: int = 32,
                  budget=time_budget) -> Iterator[DocMentions]:
    """Named-entity mentions for each text (already sanitised and noise-masked), in input order.

    Full profile: the pieces of all documents (text.nlp_pieces: bounded length, cut at safe points) stream
    through ``nlp.pipe`` together, so batching works across short documents as well as inside long ones;
    low-language runs and pieces past a document's time budget take the fast path, flagged.
    """
    nlp = get_nlp(profile)
    if nlp is None:
        yield from _fast_many(texts)
        return
    collected: list[Mention] = []
    phrases: list = []
    # a few pieces per inner batch: GiNZA's peak memory follows the text in flight, its speed barely does
    for doc, piece in nlp.pipe(_pieces(texts, budget), as_tuples=True, batch_size=min(batch_size, 4)):
        if piece.fast is not None:
            collected.extend(piece.fast)
        elif doc.text:
            collected.extend(_doc_mentions(doc, piece.start))
            phrases.extend(syntax.shift(syntax.phrases_of(doc, piece.start), len(phrases)))
        if piece.last:
            yield DocMentions(sorted(collected, key=lambda m: (m.start, -m.end)), sorted(piece.flags), phrases)
            collected, phrases = [], []

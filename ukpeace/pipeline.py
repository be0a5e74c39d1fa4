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
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator, Optional

from . import gazetteer as gz
from .resources import lexicon
from .text import split_chunks

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
    out = {}
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
        spans, taken = [], set()
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


def _sudachi_mentions(text: str, base: int) -> list[Mention]:
    """Proper nouns from SudachiPy's dictionary POS, joined across ・ (ダヴィド・アラハミア)."""
    out: list[Mention] = []
    cur = None  # [start, end, label]
    for m in _sudachi().tokenize(text):
        pos = m.part_of_speech()
        label = _SUDACHI_LABELS.get(pos[2]) if pos[1] == "固有名詞" else None
        s, e = m.begin(), m.end()
        if label:
            if cur and (cur[1] == s or (cur[1] + 1 == s and text[cur[1]] in "・＝")) and cur[2] == label:
                cur[1] = e
            else:
                if cur:
                    out.append(cur)
                cur = [s, e, label]
        elif cur and m.surface() in ("・", "＝") and cur[1] == s:
            continue
        else:
            if cur:
                out.append(cur)
            cur = None
    if cur:
        out.append(cur)
    return [Mention(base + s, base + e, text[s:e], lab, "sudachi") for s, e, lab in out]


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
    gaz = [gz.GazMatch(base + m.start, base + m.end, m.text, m.entry, m.how) for m in doc._.ukpeace_gazetteer or ()]
    nested = [Mention(base + m.start, base + m.end, m.text, m.entry.label, "gazetteer", m.entry, how="nested")
              for m in doc._.ukpeace_nested or ()]
    return sorted(_merge(gaz, guesses) + nested, key=lambda m: (m.start, -m.end))


def mentions_many(texts: Iterable[str], profile: str = "full", batch_size: int = 32) -> Iterator[list[Mention]]:
    """Named-entity mentions for each text (already sanitised and noise-masked), in input order.

    Chunks of all documents stream through ``nlp.pipe`` together so that batching works
    across short documents as well as inside long ones.
    """
    nlp = get_nlp(profile)
    if nlp is None:
        gaz = gz.load()
        for text in texts:
            out: list[Mention] = []
            for s, e in split_chunks(text, CHUNK_BYTES):
                chunk = text[s:e]
                gm = [gz.GazMatch(s + m.start, s + m.end, m.text, m.entry, m.how) for m in gaz.find(chunk)]
                out.extend(_merge(gm, _sudachi_mentions(chunk, s)))
            yield out
        return

    def chunk_stream(items):
        for i, text in enumerate(items):
            spans = split_chunks(text, CHUNK_BYTES) if text else []
            if not spans:
                yield "", (i, 0, 1, 0)
            for k, (s, e) in enumerate(spans):
                yield text[s:e], (i, k, len(spans), s)

    collected = []
    # a few chunks per inner batch: GiNZA's peak memory follows the text in flight, its speed barely does
    for doc, (i, k, n, base) in nlp.pipe(chunk_stream(texts), as_tuples=True, batch_size=min(batch_size, 4)):
        collected.extend(_doc_mentions(doc, base) if doc.text else [])
        if k == n - 1:
            yield collected
            collected = []

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

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Iterator, Optional

from . import gazetteer as gz
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
    data = json.loads(resources.files("ukpeace.resources.lexicons").joinpath("ginza_labels.json").read_text("utf-8"))
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

    if not Doc.has_extension("ukpeace_gazetteer"):
        Doc.set_extension("ukpeace_gazetteer", default=None)
    if "ukpeace_gazetteer" in Language.factories:
        return

    @Language.factory("ukpeace_gazetteer")
    def make_gazetteer_ruler(nlp, name):
        return GazetteerRuler()


class GazetteerRuler:
    """spaCy component: character-level gazetteer matches override GiNZA's entities where they overlap."""

    def __init__(self):
        self.gaz = gz.load()

    def __call__(self, doc):
        matches = self.gaz.find(doc.text)
        doc._.ukpeace_gazetteer = matches
        spans, taken = [], set()
        for m in matches:
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
    spans = [(m.start, m.end) for m in out]
    for g in guesses:
        if not any(g.start < e and s < g.end for s, e in spans):
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
    return _merge(gaz, guesses)


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

    current, collected = None, []
    for doc, (i, k, n, base) in nlp.pipe(chunk_stream(texts), as_tuples=True, batch_size=batch_size):
        collected.extend(_doc_mentions(doc, base) if doc.text else [])
        if k == n - 1:
            yield collected
            collected = []

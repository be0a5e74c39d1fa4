"""ukpeace as a spaCy pipeline component, registered through the ``spacy_factories`` entry point.

    >>> import spacy
    >>> nlp = spacy.load("ja_ginza")
    >>> nlp.add_pipe("ukpeace")                    # no `import ukpeace` needed
    >>> doc = nlp(text)
    >>> doc._.ukpeace                              # the Extraction, as ukpeace.extract(text) gives it
    >>> [(s.text, s.label_, s.kb_id_) for s in doc.spans["ukpeace"]]

Built like spaCy's own ``span_ruler``: a factory with ``default_config`` and ``assigns``, and
a user gazetteer that travels with the pipeline (``add_entries``, ``to_disk``/``from_disk``,
``to_bytes``/``from_bytes``), so ``nlp.to_disk(path)`` and ``spacy.load(path)`` keep it.

The component reuses the Doc the pipeline before it built (tokens, GiNZA's entities) and runs
the ukpeace gazetteer, normalisers and rules over it. When ukpeace would read a different text
(noise it masks, or a document longer than one chunk) the earlier components are run again on
what ukpeace reads, so ``doc._.ukpeace`` equals ``ukpeace.extract(doc.text)`` either way.
"""
# no `from __future__ import annotations`: spaCy validates the factory config from real type hints
import re
from pathlib import Path
from typing import Callable, Iterable, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import SimpleFrozenList, ensure_path

from . import api
from . import gazetteer as gz
from .models import Extraction
from .pipeline import CHUNK_BYTES, GazetteerRuler, Mention, _doc_mentions, _register
from .text import split_chunks

DEFAULT_SPANS_KEY = "ukpeace"
ENTRIES_FILE = "entries.jsonl"
_KINDS = sorted(gz.PLACE_KINDS | gz.ORG_KINDS | {"person"})

if not Doc.has_extension("ukpeace"):
    Doc.set_extension("ukpeace", default=None)


class UserEntry(BaseModel):
    """One user gazetteer entry: a person, organisation or place the built-in gazetteer lacks."""
    model_config = ConfigDict(extra="forbid")

    canonical: str = Field(min_length=1, description="English name, as English Wikipedia titles it")
    kind: str = Field(description=f"one of {', '.join(_KINDS)}")
    ja: list[str] = Field(min_length=1, description="Japanese spellings, without titles or honorifics")
    id: Optional[str] = Field(None, description="gazetteer id; default user:<canonical in lower case>")
    country: Optional[str] = None
    lat: Optional[float] = Field(None, ge=-90, le=90)
    lon: Optional[float] = Field(None, ge=-180, le=180)

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, value: str) -> str:
        if value not in _KINDS:
            raise ValueError(f"unknown kind {value!r}; expected one of {', '.join(_KINDS)}")
        return value

    @field_validator("ja")
    @classmethod
    def _no_blank(cls, value: list[str]) -> list[str]:
        if any(not s.strip() for s in value):
            raise ValueError("Japanese spellings must not be blank")
        return value

    def entry(self) -> gz.GazEntry:
        slug = re.sub(r"[^a-z0-9]+", "-", self.canonical.lower()).strip("-")
        return gz.GazEntry(id=self.id or f"user:{slug}", canonical=self.canonical, kind=self.kind,
                           country=self.country, lat=self.lat, lon=self.lon,
                           precision="point" if self.lat is not None else None, aliases=tuple(self.ja))


class UkpeaceComponent:
    """Sets ``doc._.ukpeace`` (the Extraction) and ``doc.spans[spans_key]`` (entities, kb_id_ = gazetteer id).

    ``published`` (ISO date) is the default publication date; ``doc.user_data["published"]`` and
    ``doc.user_data["doc_id"]`` override it per document. ``records_key`` (or None) names a span
    group of the records' evidence, labelled by record type, with the record id as ``id_``.
    """

    def __init__(self, nlp: Language, name: str = "ukpeace", *, spans_key: str = DEFAULT_SPANS_KEY,
                 published: Optional[str] = None, records_key: Optional[str] = "ukpeace_records") -> None:
        _register()
        self.nlp, self.name = nlp, name
        self.spans_key, self.records_key = spans_key, records_key
        self.published = api.coerce_published(published)
        self._entries: list[UserEntry] = []
        self._surfaces: dict[str, gz.GazEntry] = {}

    # ---------- the user gazetteer, as span_ruler keeps its patterns ----------
    @property
    def entries(self) -> list[dict]:
        """The user gazetteer entries, as dicts (what to_disk writes)."""
        return [e.model_dump(exclude_none=True) for e in self._entries]

    def add_entries(self, entries: Iterable[Union[dict, UserEntry]]) -> None:
        """Add user entries (validated; a bad one is a ValueError naming it). Later spellings win."""
        new = [e if isinstance(e, UserEntry) else UserEntry.model_validate(e) for e in entries]
        self._entries.extend(new)
        for item in new:
            entry = item.entry()
            for surface in item.ja:
                self._surfaces[surface] = entry

    def clear(self) -> None:
        self._entries, self._surfaces = [], {}

    def __len__(self) -> int:
        return len(self._entries)

    def initialize(self, get_examples: Optional[Callable] = None, *, nlp: Optional[Language] = None,
                   entries: Optional[Iterable[dict]] = None) -> None:
        """From ``[initialize.components.ukpeace] entries = ...`` in a training config."""
        self.clear()
        if entries:
            self.add_entries(entries)

    # ---------- processing ----------
    def __call__(self, doc: Doc) -> Doc:
        published = doc.user_data.get("published", self.published)
        prep = api._prepare({"text": doc.text, "published": published, "doc_id": doc.user_data.get("doc_id")},
                            None, 0)
        if prep.error or not prep.clean.strip():
            ext = api._empty(prep, "full")
        else:
            ext = api._finish(prep, self._mentions(doc, prep.clean), "full")
        if ext.provenance is not None:
            meta = self.nlp.meta
            ext.provenance.model = f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"
        doc._.ukpeace = ext
        self._set_spans(doc, ext)
        return doc

    def _mentions(self, doc: Doc, clean: str) -> list[Mention]:
        chunks = split_chunks(clean, CHUNK_BYTES)
        if clean == doc.text and len(chunks) == 1:
            pieces = [(doc.copy(), 0)]  # the pipeline already read exactly what ukpeace reads
        else:
            pieces = [(self._upstream(clean[s:e]), s) for s, e in chunks]
        ruler = GazetteerRuler()
        mentions = [m for piece, base in pieces for m in _doc_mentions(ruler(piece), base)]
        return self._with_user_entries(clean, mentions)

    def _upstream(self, text: str) -> Doc:
        """The components before this one, on a text of ukpeace's own choosing."""
        doc = self.nlp.make_doc(text)
        for name, proc in self.nlp.pipeline:
            if name == self.name:
                break
            doc = proc(doc)
        return doc

    def _with_user_entries(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """User entries win over any built-in or model mention they overlap."""
        hits: list[Mention] = []
        taken: set[int] = set()
        for surface in sorted(self._surfaces, key=len, reverse=True):
            entry = self._surfaces[surface]
            for m in re.finditer(re.escape(surface), text):
                if taken.isdisjoint(range(m.start(), m.end())):
                    taken.update(range(m.start(), m.end()))
                    hits.append(Mention(m.start(), m.end(), surface, entry.label, "gazetteer", entry))
        kept = [m for m in mentions if taken.isdisjoint(range(m.start, m.end))]
        return sorted(kept + hits, key=lambda m: (m.start, -m.end))

    def _set_spans(self, doc: Doc, ext: Extraction) -> None:
        spans = []
        for e in ext.entities:
            span = doc.char_span(e.start, e.end, label=e.label, kb_id=e.id or "", alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = SpanGroup(doc, name=self.spans_key, spans=spans)
        if self.records_key:
            recs = [doc.char_span(ev.start, ev.end, label=r.type, span_id=r.id, alignment_mode="expand")
                    for r in ext.records for ev in r.evidence]
            doc.spans[self.records_key] = SpanGroup(doc, name=self.records_key,
                                                    spans=[s for s in recs if isinstance(s, Span)])

    # ---------- serialisation, as span_ruler's ----------
    def to_bytes(self, *, exclude: Iterable[str] = SimpleFrozenList()) -> bytes:
        import srsly

        return srsly.json_dumps(self.entries).encode("utf-8")

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = SimpleFrozenList()) -> "UkpeaceComponent":
        import srsly

        self.clear()
        self.add_entries(srsly.json_loads(bytes_data))
        return self

    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = SimpleFrozenList()) -> None:
        """Write the user gazetteer to ``path/entries.jsonl`` (``path`` is a directory, as spaCy passes it)."""
        import srsly

        folder = ensure_path(path)
        folder.mkdir(parents=True, exist_ok=True)
        srsly.write_jsonl(folder / ENTRIES_FILE, self.entries)

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = SimpleFrozenList()) -> "UkpeaceComponent":
        """Read the user gazetteer from ``path/entries.jsonl`` (or a .jsonl file given directly)."""
        import srsly

        source = ensure_path(path)
        file = source if source.suffix == ".jsonl" else source / ENTRIES_FILE
        if not file.exists():
            raise ValueError(f"no user gazetteer at {file}")
        self.clear()
        self.add_entries(srsly.read_jsonl(file))
        return self


@Language.factory(
    "ukpeace",
    assigns=["doc._.ukpeace", "doc.spans"],
    default_config={"spans_key": DEFAULT_SPANS_KEY, "published": None, "records_key": "ukpeace_records"},
)
def make_ukpeace(nlp: Language, name: str, spans_key: str, published: Optional[str],
                 records_key: Optional[str]) -> "UkpeaceComponent":
    """The ``ukpeace`` factory: ``nlp.add_pipe("ukpeace", config={"published": "2026-01-19"})``."""
    return UkpeaceComponent(nlp, name, spans_key=spans_key, published=published, records_key=records_key)


def extraction(doc: Doc) -> Optional[Extraction]:
    """The Extraction the component set on ``doc``, or None when the pipeline has no ukpeace component."""
    return doc._.ukpeace if Doc.has_extension("ukpeace") else None


__all__ = ["make_ukpeace", "UkpeaceComponent", "UserEntry", "extraction"]

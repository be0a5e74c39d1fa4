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

The component reads ``doc.text`` through ukpeace's own pipeline (the same code path as
``ukpeace.extract``, GiNZA loaded once per process for ``profile="full"``), so ``doc._.ukpeace``
equals ``ukpeace.extract(doc.text)``; the Doc's own annotations are left as they are, and the
results are laid over its tokens as spans. ``profile="fast"`` needs no GiNZA at all.
"""
# no `from __future__ import annotations`: spaCy validates the factory config from real type hints
import re
from pathlib import Path
from typing import Any, Callable, Iterable, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import SimpleFrozenList, ensure_path

from . import api
from . import gazetteer as gz
from .models import Extraction
from .pipeline import PROFILES, Mention, mentions_many

DEFAULT_SPANS_KEY = "ukpeace"
ENTRIES_FILE = "entries.jsonl"

if not Doc.has_extension("ukpeace"):
    Doc.set_extension("ukpeace", default=None)


EntryType = Literal["person", "place", "org"]
_KINDS = {"person": {"person"}, "place": gz.PLACE_KINDS, "org": gz.ORG_KINDS}
_DEFAULT_KIND = {"person": "person", "place": "city", "org": "org"}


class UserEntry(BaseModel):
    """One user gazetteer entry: a person, place or organisation the built-in gazetteer lacks.

    The same fields as the per-call user gazetteer of ``ukpeace.extract`` on the main line
    (canonical, ja, type, kind, id, en, country, lat, lon), so one entries file serves both.
    """
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    canonical: str = Field(min_length=1, description="English name, as English Wikipedia titles it")
    ja: list[str] = Field(min_length=1, description="Japanese spellings, without titles or honorifics")
    type: EntryType
    kind: Optional[str] = Field(None, description="finer kind: country/region/city/... or bloc/government/...")
    id: Optional[str] = Field(None, description="gazetteer id; default user:<type>:<canonical as a slug>")
    en: list[str] = Field(default_factory=list, description="other English spellings")
    country: Optional[str] = Field(None, pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")
    lat: Optional[float] = Field(None, ge=-90, le=90)
    lon: Optional[float] = Field(None, ge=-180, le=180)

    @field_validator("ja", "en")
    @classmethod
    def _no_blank(cls, value: list[str]) -> list[str]:
        value = [x.strip() for x in value]
        if any(not x for x in value):
            raise ValueError("spellings must not be empty strings")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> "UserEntry":
        if self.kind is not None and self.kind not in _KINDS[self.type]:
            raise ValueError(f"kind {self.kind!r} is not a kind of {self.type} (one of {sorted(_KINDS[self.type])})")
        if (self.lat is None) != (self.lon is None):
            raise ValueError("give both lat and lon, or neither")
        if self.type != "place" and self.lat is not None:
            raise ValueError(f"coordinates belong to places, not to a {self.type}")
        return self

    def entry(self) -> gz.GazEntry:
        slug = re.sub(r"[^a-z0-9]+", "-", self.canonical.lower().replace("+", "plus")).strip("-") or "entry"
        kind = self.kind or _DEFAULT_KIND[self.type]
        return gz.GazEntry(id=self.id or f"user:{self.type}:{slug}", canonical=self.canonical, kind=kind,
                           country=self.country, lat=self.lat, lon=self.lon,
                           precision="point" if self.lat is not None else None,
                           aliases=tuple(dict.fromkeys([*self.en, *self.ja])))


def _validated(index: int, raw: Any) -> UserEntry:
    """A UserEntry, or a ValueError naming the entry, the field and the problem in one line."""
    try:
        return UserEntry.model_validate(raw)
    except ValidationError as exc:
        name = raw.get("canonical") if isinstance(raw, dict) else None
        problems = "; ".join(_problem(err) for err in exc.errors())
        raise ValueError(f"user gazetteer entry {index}{f' ({name})' if name else ''}: {problems}") from None


def _problem(err: Any) -> str:
    where = ".".join(str(x) for x in err["loc"])
    message = str(err["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


class UkpeaceComponent:
    """Sets ``doc._.ukpeace`` (the Extraction) and ``doc.spans[spans_key]`` (entities, kb_id_ = gazetteer id).

    ``published`` (ISO date) is the default publication date; ``doc.user_data["published"]`` and
    ``doc.user_data["doc_id"]`` override it per document. ``records_key`` (or None) names a span
    group of the records' evidence, labelled by record type, with the record id as ``id_``.
    """

    def __init__(self, nlp: Language, name: str = "ukpeace", *, spans_key: str = DEFAULT_SPANS_KEY,
                 published: Optional[str] = None, records_key: Optional[str] = "ukpeace_records",
                 profile: str = "full") -> None:
        if profile not in PROFILES:
            raise ValueError(f"unknown profile {profile!r}; expected one of {PROFILES}")
        self.nlp, self.name, self.profile = nlp, name, profile
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
        new = [e if isinstance(e, UserEntry) else _validated(i, e) for i, e in enumerate(entries)]
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
            ext = api._empty(prep, self.profile)
        else:
            ext = api._finish(prep, self._found(prep.clean), self.profile)
        doc._.ukpeace = ext
        self._set_spans(doc, ext)
        return doc

    def _found(self, clean: str) -> Any:
        """What ukpeace's pipeline finds in the text extract() reads, with the user entries laid over it.

        ``mentions_many`` yields the mentions of a text (or an object carrying them as ``.mentions``,
        with what else the rules read); either way only the mentions change here.
        """
        found: Any = next(iter(mentions_many([clean], self.profile, 1)))  # either shape, see above
        if not self._surfaces:
            return found
        if hasattr(found, "mentions"):
            found.mentions = self._with_user_entries(clean, found.mentions)
            return found
        return self._with_user_entries(clean, found)

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
    default_config={"spans_key": DEFAULT_SPANS_KEY, "published": None, "records_key": "ukpeace_records",
                    "profile": "full"},
)
def make_ukpeace(nlp: Language, name: str, spans_key: str, published: Optional[str],
                 records_key: Optional[str], profile: str) -> "UkpeaceComponent":
    """The ``ukpeace`` factory: ``nlp.add_pipe("ukpeace", config={"published": "2026-01-19"})``."""
    return UkpeaceComponent(nlp, name, spans_key=spans_key, published=published, records_key=records_key,
                            profile=profile)


def extraction(doc: Doc) -> Optional[Extraction]:
    """The Extraction the component set on ``doc``, or None when the pipeline has no ukpeace component."""
    return doc._.ukpeace if Doc.has_extension("ukpeace") else None


__all__ = ["make_ukpeace", "UkpeaceComponent", "UserEntry", "extraction"]

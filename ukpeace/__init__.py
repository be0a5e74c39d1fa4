"""ukpeace: typed, evidence-grounded records from Japanese news on the Russia-Ukraine war and peace process.

    >>> import ukpeace
    >>> res = ukpeace.extract(text, published="2026-01-19")
    >>> res.model_dump(mode="json")["records"]

Nothing heavy happens on import: the GiNZA model loads on the first call, and pandas,
spaCy and the HTML renderer load only when their functions are called.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Optional, Union

if TYPE_CHECKING:  # imported for the annotations only: importing ukpeace stays light
    import datetime as dt

    import pandas as pd

    from .models import Extraction

__all__ = ["extract", "extract_many", "extract_html", "evaluate", "events", "timeline", "render", "tables",
           "displacy", "models", "__version__"]

Published = Union["dt.date", str, None]


def extract(text: Union[str, bytes], *, published: Published = None, doc_id: Optional[str] = None,
            profile: str = "full", errors: str = "flag", gazetteer: Any = None) -> Extraction:
    """Extract entities and records from one article; see ukpeace.api.extract."""
    from .api import extract as _extract

    return _extract(text, published=published, doc_id=doc_id, profile=profile, errors=errors, gazetteer=gazetteer)


def extract_many(items: Iterable[Union[str, bytes, Mapping[str, Any]]], *, n_process: int = 1,
                 batch_size: int = 16, profile: str = "full", published: Published = None, errors: str = "flag",
                 gazetteer: Any = None) -> Iterator[Extraction]:
    """Stream one result per input, in order; see ukpeace.api.extract_many."""
    from .api import extract_many as _extract_many

    return _extract_many(items, n_process=n_process, batch_size=batch_size, profile=profile, published=published,
                         errors=errors, gazetteer=gazetteer)


def extract_html(html: Union[str, bytes], url: Optional[str] = None, published: Published = None,
                 doc_id: Optional[str] = None, profile: str = "full", **kwargs: Any) -> Extraction:
    """Entities and records from one HTML page (str or bytes); see ukpeace.html.extract_html."""
    from .html import extract_html as _extract_html

    return _extract_html(html, url=url, published=published, doc_id=doc_id, profile=profile, **kwargs)


def tables(result_or_results: Union[Extraction, Iterable[Extraction]]) -> dict[str, pd.DataFrame]:
    """The meetings, proposals, money, attacks, entities and documents tables; see ukpeace.export.tables."""
    from .export import tables as _tables

    return _tables(result_or_results)


def events(results: Iterable[Extraction]) -> list[Any]:
    """Merge the records of many Extractions into cross-document events; see ukpeace.events.events."""
    from .events import events as _events

    return _events(results)


def timeline(events: Iterable[Any]) -> pd.DataFrame:
    """A DataFrame of events ordered by date; see ukpeace.events.timeline."""
    from .events import timeline as _timeline

    return _timeline(events)


# evaluate.py and render.py import only the standard library at module level; importing them here
# keeps ukpeace.evaluate and ukpeace.render the functions even after the submodules have been imported.
from .evaluate import evaluate  # noqa: E402
from .render import displacy, render  # noqa: E402


def __getattr__(name: str) -> Any:
    if name == "__version__":  # read from the installed metadata on first use (importlib.metadata is slow)
        from ._version import package_version

        return package_version()
    if name in ("models", "export", "dask"):
        import importlib

        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module 'ukpeace' has no attribute {name!r}")

"""ukpeace: typed, evidence-grounded records from Japanese news on the Russia-Ukraine war and peace process.

    >>> import ukpeace
    >>> res = ukpeace.extract(text, published="2026-01-19")
    >>> res.model_dump(mode="json")["records"]

Nothing heavy happens on import: the GiNZA model loads on the first call.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["extract", "extract_many", "extract_html", "evaluate", "models", "__version__"]


def extract(text, *, published=None, doc_id=None, profile="full"):
    """Extract entities and records from one article; see ukpeace.api.extract."""
    from .api import extract as _extract

    return _extract(text, published=published, doc_id=doc_id, profile=profile)


def extract_many(items, *, n_process=1, batch_size=16, profile="full", published=None):
    """Stream one result per input, in order; see ukpeace.api.extract_many."""
    from .api import extract_many as _extract_many

    return _extract_many(items, n_process=n_process, batch_size=batch_size, profile=profile, published=published)


def extract_html(html, url=None, published=None, doc_id=None, profile="full", **kwargs):
    """Entities and records from one HTML page (str or bytes); see ukpeace.html.extract_html."""
    from .html import extract_html as _extract_html

    return _extract_html(html, url=url, published=published, doc_id=doc_id, profile=profile, **kwargs)


# evaluate.py imports only the standard library at module level; importing it here keeps
# ukpeace.evaluate the function even after the submodule has been imported.
from .evaluate import evaluate  # noqa: E402


def __getattr__(name):
    if name in ("models", "export", "dask"):
        import importlib

        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module 'ukpeace' has no attribute {name!r}")

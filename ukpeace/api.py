"""Public entry points: extract() for one article, extract_many() for a stream of them.

Data flows one way: argument checks → text.sanitize/find_noise/mask → pipeline mentions →
entities → rules → Extraction. A failing document never takes a batch down with it.
"""
from __future__ import annotations

import ast
import datetime as dt
import hashlib
import json
import logging
import math
import os
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from types import FrameType
from typing import Any, Iterable, Iterator, Literal, Mapping, Optional, Union

from . import gazetteer as gz
from . import ontology
from . import text as textmod
from .models import Extraction, Provenance, Quality, Source

Item = Union[str, bytes, Mapping[str, Any]]
logger = logging.getLogger(__name__)
ERRORS = ("flag", "raise")


def coerce_text(text: Any) -> str:
    """str as is, bytes decoded (see decode_text); anything else is a TypeError naming the type."""
    return decode_text(text)[0]


def decode_text(text: Any, encoding: Optional[str] = None) -> tuple[str, Optional[str]]:
    """(text, codec): a str as is (codec None); bytes decoded with ``encoding``, else by BOM, UTF-8 or
    detection (ukpeace.encoding.decode_bytes); ValueError when they cannot be decoded."""
    if isinstance(text, (bytes, bytearray, memoryview)):
        from .encoding import decode_bytes

        try:
            return decode_bytes(text, encoding)
        except ValueError as exc:
            raise ValueError(f"text bytes: {exc}") from None
    if not isinstance(text, str):
        raise TypeError(f"text must be a str (or bytes), not {type(text).__name__}")
    return text, None


def _is_missing(value: Any) -> bool:
    """None, "", NaN, pandas.NaT or numpy's NaT: a missing date, as pandas hands it over."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return True
    if type(value).__name__ == "NaTType":
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return type(value).__name__ == "datetime64" and str(value) == "NaT"


def coerce_published(published: Any) -> Optional[dt.date]:
    """The publication date as a date, or None when missing.

    Accepts None, "", NaN, ``pandas.NaT`` and ``numpy.datetime64("NaT")`` (missing); ``datetime.date``,
    ``datetime.datetime`` and ``pandas.Timestamp`` (a timezone-aware one gives the date in its own zone);
    ``numpy.datetime64``; ISO strings ('2026-01-19', '2026-01-19T10:00:00+09:00'). Anything else is a
    ValueError naming the value.
    """
    if _is_missing(published):
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if type(published).__name__ == "datetime64":
        published = str(published)
    if isinstance(published, str):
        s = published.strip()
        for parse in (dt.date.fromisoformat, lambda v: dt.datetime.fromisoformat(v).date()):
            try:
                return parse(s)
            except ValueError:
                continue
    raise ValueError(f"published must be a date, datetime, pandas Timestamp, numpy datetime64 or an ISO date "
                     f"string 'YYYY-MM-DD' (or None/NaT for unknown), got {published!r}")


def provenance(profile: str) -> Provenance:
    """What made a result (ukpeace, GiNZA, model and gazetteer versions, profile), for citing a dataset."""
    return _provenance(profile).model_copy()


@lru_cache(maxsize=4)
def _provenance(profile: str) -> Provenance:
    from . import gazetteer
    from ._version import package_version

    model = ("ja_ginza", "ja-ginza") if profile == "full" else ("sudachidict_core", "SudachiDict-core")
    return Provenance(ukpeace=package_version(), ginza=package_version("ginza"),
                      model=f"{model[0]}-{package_version(model[1])}", gazetteer=gazetteer_version(gazetteer.FILES),
                      profile=profile)


def gazetteer_version(files: tuple[str, ...]) -> str:
    """The gazetteer's format version and a digest of its files and of the house spellings that extend its
    index (lexicons/spellings.json): "1+<12 hex>", changing with any entry or spelling rule."""
    from importlib import resources

    base = resources.files("ukpeace.resources.gazetteer")
    digest, versions = hashlib.sha256(), set()
    for name in files:
        raw = base.joinpath(name).read_bytes()
        digest.update(raw)
        versions.add(str(json.loads(raw).get("version", 0)))
    digest.update(resources.files("ukpeace.resources").joinpath("lexicons", "spellings.json").read_bytes())
    return f"{'.'.join(sorted(versions))}+{digest.hexdigest()[:12]}"


def record_id(doc_id: Optional[str], rtype: str, start: int, end: int) -> str:
    key = f"{doc_id or ''}|{rtype}|{start}:{end}".encode()
    return f"{rtype[:3]}-{hashlib.sha1(key).hexdigest()[:12]}"


@dataclass
class _Prepared:
    doc_id: Optional[str]
    text: str = ""
    clean: str = ""
    sanitized: str = ""
    published: Optional[dt.date] = None
    published_source: Optional[Literal["given", "dateline", "html"]] = None
    noise: list = field(default_factory=list)
    chrome: list = field(default_factory=list)
    page: Any = None                     # html.Page when the input was an HTML page
    url: Optional[str] = None            # a mapping item's "url", carried into result.source
    error: Optional[str] = None
    encoding: Optional[str] = None  # the codec that decoded bytes input


def _unpack(item: Item, published: Any, doc_id: Optional[str], page: Any) -> tuple:
    """An item's raw text or bytes, encoding, url, id, publication date and parsed page: a plain text, or a
    mapping of {text or html, encoding, url, doc_id/id, published}. Raises ValueError for a mapping with no text."""
    if not isinstance(item, Mapping):
        return item, None, None, doc_id, published, page
    url = None if item.get("url") is None else str(item["url"])
    raw = item.get("text")
    if raw is None and item.get("html") is not None:
        from .html import read_page

        page = read_page(item["html"], url=item.get("url"))
    if page is not None:
        raw = page.text
    if raw is None:
        raise ValueError("mapping item has no 'text' (or 'html')")
    return raw, item.get("encoding"), url, item.get("doc_id", item.get("id", doc_id)), \
        item.get("published", published), page


def _prepare(item: Item, default_published: Any, index: int, doc_id: Optional[str] = None,
             page: Any = None) -> _Prepared:
    url = None
    try:
        if isinstance(item, Mapping):  # the id first: an error record for an item with no text still carries it
            doc_id = item.get("doc_id", item.get("id", doc_id))
        raw, encoding, url, doc_id, published, page = _unpack(item, default_published, doc_id, page)
        doc_id = None if doc_id is None else str(doc_id)
        text, encoding = decode_text(raw, encoding)
        pub = coerce_published(published)
    except (TypeError, ValueError) as exc:
        return _Prepared(doc_id=None if doc_id is None else str(doc_id), error=f"{type(exc).__name__}: {exc}")
    prep = _Prepared(doc_id=doc_id, text=text, published=pub, published_source="given" if pub else None,
                     encoding=encoding, page=page, url=url)
    if pub is None and page is not None and page.date:
        try:
            prep.published, prep.published_source = coerce_published(page.date), "html"
        except ValueError:
            prep.page.flags.append("bad_html_date")
    if text.strip():
        _mask(prep, text)
    return prep


def _mask(prep: _Prepared, text: str) -> None:
    """Noise and page furniture (bylines, related headlines, ads) masked so no record reads them; the date from
    a dateline when none was given."""
    clean = prep.sanitized = textmod.sanitize(text)
    # detection reads the raw text (so control characters are reported); span texts come from the
    # sanitised text, which differs only where a lone surrogate would make the JSON unserialisable
    prep.noise = textmod.find_noise(clean, original=text)
    from .chrome import find_chrome

    prep.chrome = find_chrome(clean, exclude=prep.noise)
    prep.clean = textmod.mask(clean, prep.noise + prep.chrome)
    if prep.published is None:
        from .normalize.dates import detect_published

        found = detect_published(prep.clean)
        if found:
            prep.published, prep.published_source = found, "dateline"


def _quality(prep: _Prepared, flags: Iterable[str] = ()) -> Quality:
    """Noise figures plus document flags: how mentions were found, and a missing reference date."""
    q = textmod.quality(prep.text, prep.noise)
    extra = list(flags) + ([] if prep.published else ["no_reference_date"])
    q.flags = sorted(set(q.flags) | set(extra))
    return q


def _finish(prep: _Prepared, found, profile: str) -> Extraction:
    from .entities import build_entities
    from .rules import extract_records

    # spans quote the input as sanitised: identical to it except where a lone surrogate or a control
    # character was replaced (length-preserving), which keeps every offset right and the JSON valid
    entities = build_entities(prep.clean, found.mentions, prep.published)
    for e in entities:
        e.text = prep.sanitized[e.start:e.end]
    records = extract_records(prep.sanitized, prep.clean, entities, prep.published, prep.noise + prep.chrome,
                              found.phrases)
    for r in records:
        r.id = record_id(prep.doc_id, r.type, r.evidence[0].start, r.evidence[0].end) if r.evidence else ""
    ontology.annotate(records)
    from .calibration import apply as calibrate  # docs/confidence.md
    calibrate(records, chars=len(prep.text))
    return _with_page(prep, Extraction(doc_id=prep.doc_id, published=prep.published,
                                       published_source=prep.published_source, source=_source(prep),
                                       provenance=provenance(profile), status="ok", profile=profile,
                                       chars=len(prep.text), entities=entities, records=records,
                                       quality=_quality(prep, found.flags)))


def _source(prep: _Prepared) -> Optional[Source]:
    return Source(encoding=prep.encoding) if prep.encoding else None


def _with_page(prep: _Prepared, res: Extraction) -> Extraction:
    """Chrome spans, and for an HTML page its main text, metadata and page flags, on a result."""
    res.quality.chrome_spans = list(prep.chrome)
    if prep.chrome:
        res.quality.flags.append("chrome")
    page = prep.page
    if page is None and prep.url:
        res.source = Source(url=prep.url, encoding=prep.encoding)
    if page is not None:
        res.text = prep.text
        res.source = Source(url=page.url, title=page.title, site=page.site, author=page.author,
                            encoding=page.encoding)
        res.quality.flags.extend(f for f in page.flags if f not in res.quality.flags)
    return res


def _empty(prep: _Prepared, profile: str) -> Extraction:
    if prep.error:
        return Extraction(doc_id=prep.doc_id, status="error", error=prep.error, profile=profile,
                          provenance=provenance(profile),
                          quality=Quality(score=0.0, flags=["error"]))
    # all noise (or blank): nothing to read, but say what was flagged
    return _with_page(prep, Extraction(doc_id=prep.doc_id, published=prep.published,
                                       published_source=prep.published_source, source=_source(prep),
                                       provenance=provenance(profile), status="empty", profile=profile,
                                       chars=len(prep.text), quality=_quality(prep)))


def _failed(p: _Prepared, exc: Exception, raise_errors: bool) -> None:
    """Record a document's failure on it (traceback at debug level), or re-raise it when asked to."""
    if raise_errors:
        raise exc
    logger.debug("document %r failed", p.doc_id, exc_info=exc)
    p.error = f"{type(exc).__name__}: {exc}"


def _mentions(live: list[_Prepared], profile: str, batch_size: int, raise_errors: bool) -> list:
    """Mentions for all documents through nlp.pipe; if that fails, again one by one so that one bad document
    costs only itself."""
    from .pipeline import DocMentions, mentions_many

    try:
        return list(mentions_many([p.clean for p in live], profile, batch_size))
    except Exception as exc:
        if raise_errors:
            raise
        logger.debug("batch of %d failed, retrying one by one", len(live), exc_info=exc)
    out: list[Optional[DocMentions]] = []
    for p in live:
        try:
            out.extend(mentions_many([p.clean], profile, 1))
        except Exception as exc:
            _failed(p, exc, raise_errors)
            out.append(None)
    return out


def _process(preps: list[_Prepared], profile: str, batch_size: int, raise_errors: bool = False) -> list[Extraction]:
    """One batch: mentions for all documents, then the rules per document."""
    live = [p for p in preps if p.error is None and p.clean.strip()]
    by_id = {id(p): m for p, m in zip(live, _mentions(live, profile, batch_size, raise_errors))}
    out = []
    for p in preps:
        if p.error or id(p) not in by_id:
            out.append(_empty(p, profile))
            continue
        try:
            out.append(_finish(p, by_id[id(p)], profile))
        except Exception as exc:  # a rule bug: report it on this document, keep the batch going
            _failed(p, exc, raise_errors)
            out.append(_empty(p, profile))
    return out


def _check_options(profile: str, errors: str) -> None:
    from .pipeline import PROFILES

    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}; expected one of {PROFILES}")
    if errors not in ERRORS:
        raise ValueError(f"errors must be one of {ERRORS}, got {errors!r}")


def extract(text: Union[str, bytes], *, published: Any = None, doc_id: Optional[str] = None,
            profile: str = "full", errors: str = "flag", gazetteer: Any = None) -> Extraction:
    """Extract entities and meeting/proposal/money/attack records from one Japanese article.

    Raises TypeError for a non-string text and ValueError for undecodable bytes or an
    unparseable ``published``; empty text gives an empty result with status "empty".
    ``errors="flag"`` (the default) turns a failure inside the pipeline into ``status="error"``
    with its message (the traceback is logged at debug level); ``errors="raise"`` re-raises it.
    ``gazetteer``: user entries (a .json/.tsv path or a list of dicts, see ukpeace.gazetteer.UserEntry)
    added to, or replacing, the built-in gazetteer for this call; a bad entry is a ValueError naming it.
    """
    _check_options(profile, errors)
    text, encoding = decode_text(text)
    pub = coerce_published(published)
    user = gz.user_gazetteer(gazetteer)
    prep = _prepare(text, pub, 0, doc_id)
    prep.encoding = encoding
    with gz.using(user):
        return _process([prep], profile, 1, raise_errors=errors == "raise")[0]


BATCH_CHARS = 60000  # GiNZA's memory grows with the text in one nlp.pipe batch: cap it in characters too


def _size(item: Item) -> int:
    if isinstance(item, Mapping):
        raw = item.get("text") if item.get("text") is not None else item.get("html")
    else:
        raw = item
    return len(raw) if isinstance(raw, (str, bytes, bytearray)) else 0


def _batches(items: Iterable[Item], size: int, max_chars: int = BATCH_CHARS) -> Iterator[list]:
    """Consecutive (index, item) batches of at most ``size`` items and about ``max_chars`` characters."""
    chunk, chars = [], 0
    for pair in enumerate(items):
        chunk.append(pair)
        chars += _size(pair[1])
        if len(chunk) >= size or chars >= max_chars:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _worker_batch(args) -> list[Extraction]:
    chunk, published, profile, batch_size, raise_errors, user = args
    preps = [_prepare(item, published, i) for i, item in chunk]
    with gz.using(user):
        return _process(preps, profile, batch_size, raise_errors)


def _worker_init(profile: str) -> None:
    from .pipeline import get_nlp

    get_nlp(profile)


UNGUARDED = ("extract_many(n_process={n}) starts worker processes, and each of them imports the main script "
             "{where}again. This call runs at the top level of that script, so every worker would start "
             "workers of its own. Put it under `if __name__ == \"__main__\":` (or use n_process=1).")


def _is_main_guard(node: ast.stmt) -> bool:
    """``if __name__ == "__main__":`` (either order of the comparison)."""
    if not isinstance(node, ast.If) or not isinstance(node.test, ast.Compare) or len(node.test.ops) != 1:
        return False
    sides = [node.test.left, *node.test.comparators]
    names = {getattr(x, "id", None) for x in sides} | {getattr(x, "value", None) for x in sides}
    return isinstance(node.test.ops[0], ast.Eq) and {"__name__", "__main__"} <= names


def _unguarded_call_line() -> Optional[int]:
    """The line of the main script's top-level statement that is running now, when that statement is not
    inside an ``if __name__ == "__main__":`` block; None when guarded, interactive or unknown."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if main is None or not path or not os.path.isfile(path):
        return None
    frame: Optional[FrameType] = sys._getframe(1)
    while frame is not None and not (frame.f_globals is main.__dict__ and frame.f_code.co_name == "<module>"):
        frame = frame.f_back
    if frame is None:
        return None
    try:
        with open(path, "rb") as fh:
            tree = ast.parse(fh.read())
    except (OSError, SyntaxError, ValueError):
        return None
    line = frame.f_lineno
    for node in tree.body:
        if node.lineno <= line <= (node.end_lineno or node.lineno):
            return None if _is_main_guard(node) else line
    return None


def _check_main_guard(n_process: int) -> None:
    """Stop at once, with one clear error, where spawned workers would re-run the caller's script."""
    import multiprocessing as mp

    if getattr(mp.current_process(), "_inheriting", False):  # inside a worker that is still importing main
        raise RuntimeError(UNGUARDED.format(n=n_process, where=""))
    line = _unguarded_call_line()
    if line is not None:
        path = getattr(sys.modules["__main__"], "__file__", "")
        raise RuntimeError(UNGUARDED.format(n=n_process, where=f"({path}, line {line}) "))


def extract_many(items: Iterable[Item], *, n_process: int = 1, batch_size: int = 16, profile: str = "full",
                 published: Any = None, errors: str = "flag", gazetteer: Any = None) -> Iterator[Extraction]:
    """Stream results for strings or {"text", "doc_id", "published"} mappings: one per input, in order.
    A mapping with "html" (and optionally "url") instead of "text" is read as a web page (see extract_html).

    A document that fails yields a result with status "error" and its message; the batch goes on
    (``errors="raise"`` re-raises instead). Memory stays bounded: items are read ``batch_size`` at a
    time (times ``n_process`` in flight). With ``n_process > 1`` the calling script needs an
    ``if __name__ == "__main__":`` guard (workers are spawned); without one a RuntimeError says so at once.
    ``gazetteer`` as in extract(); it is validated before the first document is read.
    """
    _check_options(profile, errors)
    if n_process is None or n_process < 1:
        raise ValueError("n_process must be a positive integer")
    batch_size = max(1, int(batch_size))
    raise_errors = errors == "raise"
    user = gz.user_gazetteer(gazetteer)
    if n_process == 1:
        for chunk in _batches(items, batch_size):
            yield from _worker_batch((chunk, published, profile, batch_size, raise_errors, user))
        return
    _check_main_guard(n_process)
    yield from _pooled(items, n_process, batch_size, profile, published, raise_errors, user)


def _pooled(items: Iterable[Item], n_process: int, batch_size: int, profile: str, published: Any,
            raise_errors: bool, user: Any) -> Iterator[Extraction]:
    import multiprocessing as mp
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    ctx = mp.get_context("spawn")
    with ProcessPoolExecutor(n_process, mp_context=ctx, initializer=_worker_init, initargs=(profile,)) as pool:
        pending: deque = deque()  # a bounded window keeps memory flat on a million documents
        try:
            # small tasks keep both workers busy to the end; each worker has the model loaded once
            for chunk in _batches(items, batch_size, max_chars=BATCH_CHARS // 4):
                args = (chunk, published, profile, batch_size, raise_errors, user)
                pending.append(pool.submit(_worker_batch, args))
                if len(pending) >= 2 * n_process:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except BrokenProcessPool as exc:
            raise RuntimeError("a worker process of extract_many died (out of memory, or killed); "
                               "run with n_process=1 to find the document") from exc

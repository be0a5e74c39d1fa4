"""Public entry points: extract() for one article, extract_many() for a stream of them.

Data flows one way: argument checks → text.sanitize/find_noise/mask → pipeline mentions →
entities → rules → Extraction. A failing document never takes a batch down with it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Mapping, Optional, Union

from . import text as textmod
from .models import Extraction, Quality

Item = Union[str, bytes, Mapping[str, Any]]


def coerce_text(text: Any) -> str:
    """str as is, UTF-8 bytes decoded; anything else is a TypeError naming the type."""
    if isinstance(text, (bytes, bytearray, memoryview)):
        try:
            return bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(f"text bytes are not valid UTF-8 ({exc.reason} at byte {exc.start}); "
                             "decode them with the right codec and pass a str") from None
    if not isinstance(text, str):
        raise TypeError(f"text must be a str (or UTF-8 bytes), not {type(text).__name__}")
    return text


def coerce_published(published: Any) -> Optional[dt.date]:
    """A date, a datetime or an ISO 'YYYY-MM-DD' string (a time part is ignored); else ValueError."""
    if published is None or published == "":
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        s = published.strip()
        try:
            return dt.date.fromisoformat(s[:10])
        except ValueError:
            pass
    raise ValueError(f"published must be a datetime.date or an ISO date string 'YYYY-MM-DD', got {published!r}")


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
    published_source: Optional[str] = None
    noise: list = field(default_factory=list)
    chrome: list = field(default_factory=list)
    page: Any = None                     # html.Page when the input was an HTML page
    url: Optional[str] = None            # a mapping item's "url", carried into result.source
    error: Optional[str] = None


def _prepare(item: Item, default_published: Any, index: int, doc_id: Optional[str] = None,
             page: Any = None) -> _Prepared:
    url = None
    try:
        published = default_published
        if isinstance(item, Mapping):
            url = None if item.get("url") is None else str(item["url"])
            doc_id = item.get("doc_id", item.get("id", doc_id))
            published = item.get("published", published)
            raw = item.get("text")
            if raw is None and item.get("html") is not None:
                from .html import read_page

                page = read_page(item["html"], url=item.get("url"))
            if page is not None:
                raw = page.text
            if raw is None:
                raise ValueError("mapping item has no 'text' (or 'html')")
        else:
            raw = item
        doc_id = None if doc_id is None else str(doc_id)
        text = coerce_text(raw)
        pub = coerce_published(published)
    except (TypeError, ValueError) as exc:
        return _Prepared(doc_id=None if doc_id is None else str(doc_id), error=f"{type(exc).__name__}: {exc}")
    prep = _Prepared(doc_id=doc_id, text=text, published=pub, published_source="given" if pub else None, page=page,
                     url=url)
    if pub is None and page is not None and page.date:
        try:
            prep.published, prep.published_source = coerce_published(page.date), "html"
        except ValueError:
            prep.page.flags.append("bad_html_date")
    if not text.strip():
        return prep
    clean = prep.sanitized = textmod.sanitize(text)
    # detection reads the raw text (so control characters are reported); span texts come from the
    # sanitised text, which differs only where a lone surrogate would make the JSON unserialisable
    prep.noise = textmod.find_noise(clean, original=text)
    # page furniture (bylines, related headlines, ads, ...) is masked like noise: no record reads it
    from .chrome import find_chrome

    prep.chrome = find_chrome(clean, exclude=prep.noise)
    prep.clean = textmod.mask(clean, prep.noise + prep.chrome)
    if prep.published is None:
        from .normalize.dates import detect_published

        found = detect_published(prep.clean)
        if found:
            prep.published, prep.published_source = found, "dateline"
    return prep


def _finish(prep: _Prepared, mentions, profile: str) -> Extraction:
    from .entities import build_entities
    from .rules import extract_records

    # spans quote the input as sanitised: identical to it except where a lone surrogate or a control
    # character was replaced (length-preserving), which keeps every offset right and the JSON valid
    entities = build_entities(prep.clean, mentions, prep.published)
    for e in entities:
        e.text = prep.sanitized[e.start:e.end]
    records = extract_records(prep.sanitized, prep.clean, entities, prep.published, prep.noise + prep.chrome)
    for r in records:
        r.id = record_id(prep.doc_id, r.type, r.evidence[0].start, r.evidence[0].end) if r.evidence else ""
    return _with_page(prep, Extraction(doc_id=prep.doc_id, published=prep.published,
                                       published_source=prep.published_source, status="ok", profile=profile,
                                       chars=len(prep.text), entities=entities, records=records,
                                       quality=textmod.quality(prep.text, prep.noise)))


def _with_page(prep: _Prepared, res: Extraction) -> Extraction:
    """Chrome spans, and for an HTML page its main text, metadata and page flags, on a result."""
    res.quality.chrome_spans = list(prep.chrome)
    if prep.chrome:
        res.quality.flags.append("chrome")
    page = prep.page
    if page is None and prep.url:
        from .models import Source

        res.source = Source(url=prep.url)
    if page is not None:
        from .models import Source

        res.text = prep.text
        res.source = Source(url=page.url, title=page.title, site=page.site, author=page.author,
                            encoding=page.encoding)
        res.quality.flags.extend(f for f in page.flags if f not in res.quality.flags)
    return res


def _empty(prep: _Prepared, profile: str) -> Extraction:
    if prep.error:
        return Extraction(doc_id=prep.doc_id, status="error", error=prep.error, profile=profile,
                          quality=Quality(score=0.0, flags=["error"]))
    # all noise (or blank): nothing to read, but say what was flagged
    return _with_page(prep, Extraction(doc_id=prep.doc_id, published=prep.published,
                                       published_source=prep.published_source, status="empty", profile=profile,
                                       chars=len(prep.text), quality=textmod.quality(prep.text, prep.noise)))


def _process(preps: list[_Prepared], profile: str, batch_size: int) -> list[Extraction]:
    """One batch: mentions for all documents through nlp.pipe, then the rules per document."""
    from .pipeline import mentions_many

    live = [p for p in preps if p.error is None and p.clean.strip()]
    try:
        mention_lists = list(mentions_many([p.clean for p in live], profile, batch_size))
    except Exception:  # one bad document must not cost the others: redo one by one
        mention_lists = []
        for p in live:
            try:
                mention_lists.extend(mentions_many([p.clean], profile, 1))
            except Exception as exc:
                p.error = f"{type(exc).__name__}: {exc}"
                mention_lists.append(None)
    by_id = {id(p): m for p, m in zip(live, mention_lists)}
    out = []
    for p in preps:
        if p.error or id(p) not in by_id:
            out.append(_empty(p, profile))
            continue
        try:
            out.append(_finish(p, by_id[id(p)], profile))
        except Exception as exc:  # a rule bug: report it on this document, keep the batch going
            p.error = f"{type(exc).__name__}: {exc}"
            out.append(_empty(p, profile))
    return out


def extract(text: Union[str, bytes], *, published: Any = None, doc_id: Optional[str] = None,
            profile: str = "full") -> Extraction:
    """Extract entities and meeting/proposal/money/attack records from one Japanese article.

    Raises TypeError for a non-string text and ValueError for undecodable bytes or an
    unparseable ``published``; empty text gives an empty result with status "empty".
    """
    from .pipeline import PROFILES

    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}; expected one of {PROFILES}")
    text = coerce_text(text)
    pub = coerce_published(published)
    prep = _prepare(text, pub, 0, doc_id)
    return _process([prep], profile, 1)[0]


BATCH_CHARS = 60000  # GiNZA's memory grows with the text in one nlp.pipe batch: cap it in characters too


def _size(item: Item) -> int:
    raw = (item.get("text") if item.get("text") is not None else item.get("html")) if isinstance(item, Mapping) else item
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
    chunk, published, profile, batch_size = args
    preps = [_prepare(item, published, i) for i, item in chunk]
    return _process(preps, profile, batch_size)


def _worker_init(profile: str) -> None:
    from .pipeline import get_nlp

    get_nlp(profile)


def extract_many(items: Iterable[Item], *, n_process: int = 1, batch_size: int = 16, profile: str = "full",
                 published: Any = None) -> Iterator[Extraction]:
    """Stream results for strings or {"text", "doc_id", "published"} mappings: one per input, in order.
    A mapping with "html" (and optionally "url") instead of "text" is read as a web page (see extract_html).

    A document that fails yields a result with status "error" and its message; the batch goes on.
    Memory stays bounded: items are read ``batch_size`` at a time (times ``n_process`` in flight).
    """
    from .pipeline import PROFILES

    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}; expected one of {PROFILES}")
    if n_process is None or n_process < 1:
        raise ValueError("n_process must be a positive integer")
    batch_size = max(1, int(batch_size))
    if n_process == 1:
        for chunk in _batches(items, batch_size):
            yield from _worker_batch((chunk, published, profile, batch_size))
        return
    import multiprocessing as mp
    from collections import deque

    ctx = mp.get_context("spawn")
    with ctx.Pool(n_process, initializer=_worker_init, initargs=(profile,)) as pool:
        pending: deque = deque()  # a bounded window keeps memory flat on a million documents
        # small tasks keep both workers busy to the end; each worker has the model loaded once
        for chunk in _batches(items, batch_size, max_chars=BATCH_CHARS // 4):
            pending.append(pool.apply_async(_worker_batch, ((chunk, published, profile, batch_size),)))
            if len(pending) >= 2 * n_process:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()

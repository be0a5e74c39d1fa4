"""Web pages in: the main text and metadata of an HTML article, read safely.

    >>> res = ukpeace.extract_html(page_bytes, url="https://www.example.jp/news/1")
    >>> res.text[e.start:e.end] == e.text          # offsets refer to the page's main text
    >>> res.source.title, res.published, res.published_source   # "html" when taken from the page

The main text comes from trafilatura (comments left out), the title, site, author and publication
date from the page's own metadata (htmldate, through trafilatura). Furniture that survives in the
main text (bylines, related headlines, share labels, ads ...) is flagged by ukpeace.chrome like in
plain text.

Untrusted pages are read inside fixed bounds, before any parser sees them:

- size: more than ``max_bytes`` (default 10 MB) is refused with :class:`PageError`;
- elements: more than ``max_tags`` (default 20,000; news pages have 1,000-5,000) are refused with
  PageError, since trafilatura's time grows with the element count (about 10 s at the limit);
- nesting: tags deeper than ``MAX_DEPTH`` are dropped (their text kept) and the result flagged
  ``deep_nesting`` -- libxml2 would otherwise stop reading at depth 256 and lose the rest;
- DTDs: ``<!DOCTYPE ... [ internal subset ]>`` and ``<!ENTITY>`` declarations are removed and flagged
  ``entity_declarations``; libxml2's HTML parser never expands entities nor loads external ones, and
  no network or file is ever touched (trafilatura only parses the string it is given);
- charsets: a byte order mark, then the declared charset, valid UTF-8 and charset-normalizer's guess
  are tried; the decoding that reads most like Japanese wins. A declaration that does not fit the
  bytes gives ``charset_mismatch``, an unknown one ``unknown_charset``, bytes that no codec reads
  cleanly ``decode_errors`` (replacement characters, which the noise layer reports).
"""
from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass, field
from typing import Optional, Union

log = logging.getLogger(__name__)

__all__ = ["extract_html", "read_page", "decode_page", "Page", "PageError", "MAX_BYTES", "MAX_DEPTH", "MAX_TAGS"]

MAX_BYTES = 10_000_000      # larger pages are refused before parsing (trafilatura's own cap is 20 MB)
MAX_DEPTH = 200             # deeper tags are dropped before parsing (libxml2 stops at 256)
MAX_TAGS = 20_000           # more elements are refused: trafilatura needs ~0.5 ms per element on link-heavy pages
SNIFF_BYTES = 4096          # where a <meta charset> or XML declaration is looked for
DETECT_BYTES = 200_000      # what charset-normalizer reads
PLAUSIBLE_CHARS = 100_000   # what the Japanese-likeness score reads

# WHATWG-style labels Python does not know (or knows as a narrower codec)
_CHARSET_ALIASES = {"shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
                    "windows-31j": "cp932", "ms_kanji": "cp932", "csshiftjis": "cp932", "x-euc-jp": "euc_jp",
                    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
                    "ascii": "cp1252", "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8"}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET_RE = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.I)
_XML_DECL_RE = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})""", re.I)
_HIRAGANA_RE = re.compile("[\u3041-\u3096]")
_NON_ASCII_RE = re.compile("[^\x00-\x7f]")
_DTD_SUBSET_RE = re.compile(r"<!DOCTYPE[^\[>]{0,500}\[[^\]]*\]\s*>", re.I)
_ENTITY_DECL_RE = re.compile(r"<!ENTITY[^>]*>", re.I)
_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})[^<>]*>")
# elements that never nest (void) or close themselves implicitly: they do not count towards depth
_FLAT_TAGS = frozenset([
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
    "keygen", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup",
    "rp", "rt",
])


class PageError(ValueError):
    """An HTML page that cannot be read: too large, not a str/bytes, or unparseable."""


@dataclass
class Page:
    """What a page yields before the NLP: the main text and the page's metadata."""
    text: str = ""
    title: Optional[str] = None
    site: Optional[str] = None
    author: Optional[str] = None
    url: Optional[str] = None
    date: Optional[str] = None
    encoding: Optional[str] = None
    flags: list[str] = field(default_factory=list)


# ----------------------------------------------------------------------------------------- decoding
def _codec(label: Optional[str]) -> Optional[str]:
    if not label:
        return None
    label = label.strip().lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _declared(data: bytes) -> Optional[bytes]:
    head = data[:SNIFF_BYTES]
    m = _XML_DECL_RE.search(head) or _META_CHARSET_RE.search(head)
    return m.group(1) if m else None


def _japanese_score(s: str) -> float:
    """Share of hiragana among the non-ASCII characters (1.0 for ASCII-only text)."""
    sample = s[:PLAUSIBLE_CHARS]
    non_ascii = len(_NON_ASCII_RE.findall(sample))
    return 1.0 if non_ascii == 0 else len(_HIRAGANA_RE.findall(sample)) / non_ascii


def _detected(data: bytes) -> Optional[str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:DETECT_BYTES]).best()
    return _codec(best.encoding) if best is not None else None


def decode_page(data: bytes) -> tuple[str, str, list[str]]:
    """(text, encoding, flags) of page bytes: BOM, else the best of the declared charset, UTF-8 and
    a detected one (strict decodings only, ranked by how Japanese they read, declared first on ties)."""
    for bom, bom_enc in _BOMS:
        if data.startswith(bom):
            return data.decode(bom_enc, errors="replace"), bom_enc, []
    flags: list[str] = []
    label = _declared(data)
    declared = _codec(label.decode("ascii", "replace")) if label else None
    if label and declared is None:
        flags.append("unknown_charset")
    best = None                                      # (japanese score, -rank, text, codec)
    for rank, enc in enumerate((declared, "utf-8", "detect")):
        if enc == "detect":                          # charset-normalizer only when nothing reads well yet
            enc = _detected(data) if best is None or best[0] < 0.2 else None
        if enc is None or (best is not None and enc == best[3]):
            continue
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        score = (_japanese_score(text), -rank)
        if best is None or score > best[:2]:
            best = (*score, text, enc)
    if best is None:
        enc = declared or "utf-8"
        return data.decode(enc, errors="replace"), enc, flags + ["decode_errors"]
    text, enc = best[2], best[3]
    if declared and enc != declared:
        flags.append("charset_mismatch")
    return text, enc, flags


# ----------------------------------------------------------------------------------------- guards
def _strip_dtd(html: str, flags: list[str]) -> str:
    """Remove DTD internal subsets and entity declarations (billion laughs, external entities)."""
    out = _DTD_SUBSET_RE.sub("<!DOCTYPE html>", html, count=1)
    out = _ENTITY_DECL_RE.sub("", out)
    if out != html:
        flags.append("entity_declarations")
    return out


def _flatten(html: str, max_depth: int, flags: list[str], max_tags: int = MAX_TAGS) -> str:
    """Drop open/close tags nested deeper than max_depth (text kept); one linear pass. PageError when
    more than max_tags elements would reach the parser."""
    stack: list[bool] = []
    drops: list[tuple[int, int]] = []
    kept = 0
    for m in _TAG_RE.finditer(html):
        if m.group(1) == "" and len(stack) < max_depth:
            kept += 1
            if kept > max_tags:
                raise PageError(f"page has more than {max_tags:,} elements (max_tags); not parsed")
        name = m.group(2).lower()
        if name in _FLAT_TAGS or m.group(0).endswith("/>"):
            continue
        if m.group(1):                     # a closing tag: drop it when its opening was dropped
            if stack and not stack.pop():
                drops.append(m.span())
        else:
            keep = len(stack) < max_depth
            stack.append(keep)
            if not keep:
                drops.append(m.span())
    if not drops:
        return html
    flags.append("deep_nesting")
    parts, pos = [], 0
    for s, e in drops:
        parts.append(html[pos:s])
        pos = e
    parts.append(html[pos:])
    return "".join(parts)


# ----------------------------------------------------------------------------------------- reading
def _author(raw: Optional[str]) -> Optional[str]:
    """trafilatura's author without a byline's place or title
    (【ワシントン＝山田太郎, 国際部 山田太郎記者 -> 山田太郎)."""
    if not raw:
        return None
    from .chrome import ChromeLexicon
    from .resources import lexicon

    name = re.split(r"[＝=]", raw)[-1].strip(" 【】[]（）()")
    for suffix in sorted(ChromeLexicon.model_validate(lexicon("chrome")).byline_suffixes, key=len, reverse=True):
        if name.endswith(suffix) and len(name) > len(suffix):  # 国際報道部 佐藤美咲記者 -> 佐藤美咲
            name = name[: -len(suffix)].split()[-1]
            break
    return name or None


def _main_text(doc) -> str:
    text = (doc.text or "").strip()
    title = (doc.title or "").strip()
    if title and text and title[:12] not in text[:max(200, len(title) + 50)]:
        text = f"{title}\n{text}"          # the headline, as in a clean article
    return text


def read_page(html: Union[str, bytes], url: Optional[str] = None, *, max_bytes: int = MAX_BYTES,
              max_depth: int = MAX_DEPTH, max_tags: int = MAX_TAGS) -> Page:
    """The main text and metadata of one HTML page, read within the bounds above.

    Raises PageError for a page that is not str/bytes, larger than ``max_bytes`` or with more than
    ``max_tags`` elements; a page with
    no main text gives ``Page(text="")`` flagged ``no_main_text``."""
    if isinstance(html, (bytearray, memoryview)):
        html = bytes(html)
    if not isinstance(html, (str, bytes)):
        raise PageError(f"html must be a str or bytes, not {type(html).__name__}")
    # a str has at least one UTF-8 byte per character: only a short one needs encoding to be measured
    rough = isinstance(html, str) and len(html) > max_bytes
    size = len(html) if isinstance(html, bytes) or rough else len(html.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise PageError(f"page is {'at least ' if rough else ''}{size:,} bytes, over the limit of {max_bytes:,} "
                        "(max_bytes); not parsed")
    flags: list[str] = []
    encoding = None
    if isinstance(html, bytes):
        html, encoding, flags = decode_page(html)
    html = _flatten(_strip_dtd(html, flags), max_depth, flags, max_tags)
    doc = _trafilatura(html, url, flags)
    if doc is None:
        return Page(url=url, encoding=encoding, flags=flags + ["no_main_text"])
    text = _main_text(doc)
    return Page(text=text, title=doc.title or None, site=doc.sitename or None, author=_author(doc.author),
                url=url or doc.url or None, date=doc.date or None, encoding=encoding,
                flags=flags + ([] if text else ["no_main_text"]))


def _trafilatura(html: str, url: Optional[str], flags: list[str]):
    """trafilatura's Document for the page (None when it finds no article); never raises."""
    from trafilatura import bare_extraction

    try:
        return bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=True,
                               include_images=False, include_links=False,
                               date_extraction_params={"extensive_search": True, "original_date": True})
    except (RecursionError, MemoryError, ValueError, TypeError, AttributeError) as exc:
        log.warning("trafilatura failed on %s: %s: %s", url, type(exc).__name__, exc)
        flags.append("parse_error")
        return None


# ----------------------------------------------------------------------------------------- entry point
def extract_html(html: Union[str, bytes], url: Optional[str] = None, published=None, doc_id: Optional[str] = None,
                 profile: str = "full", *, max_bytes: int = MAX_BYTES, max_tags: int = MAX_TAGS):
    """Entities and records from one HTML page; see the module docstring.

    ``result.text`` is the page's main text, which every offset refers to; ``result.source`` holds
    url, title, site, author and the encoding; ``published`` defaults to the page's own date
    (published_source "html"). Raises PageError (a ValueError) for a page that cannot be read and
    ValueError for an unparseable ``published`` or an unknown profile."""
    from .api import _prepare, _process, coerce_published
    from .pipeline import PROFILES

    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}; expected one of {PROFILES}")
    pub = coerce_published(published)
    page = read_page(html, url, max_bytes=max_bytes, max_tags=max_tags)
    prep = _prepare({"text": page.text, "doc_id": doc_id}, pub, 0, page=page)
    return _process([prep], profile, 1)[0]

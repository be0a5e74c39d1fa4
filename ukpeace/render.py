"""HTML views of results: the article with each record's evidence highlighted, for notebooks and files.

    >>> html = ukpeace.render(result, text)        # one result, or a list of them (navigable)
    >>> result                                     # in Jupyter: Extraction._repr_html_ calls render
    >>> ukpeace.displacy(result, text)             # entity spans in displaCy's "span" style

Article text is untrusted: every piece of text, name and field value goes through
``html.escape`` and only into element content or quoted attributes, the page has no
script and no event handler, and a Content-Security-Policy meta tag forbids any
network access. The CSS is inline, so a saved page is self-contained.

Where the result does not hold its text (``extract()`` on plain text keeps only offsets and
the spans it quotes) and none is passed, the view is rebuilt from those spans: evidence,
entities, actors, places and noise, with ``…`` where the article's text is not known.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Mapping, Optional, Sequence, Union

if TYPE_CHECKING:
    from .models import Extraction

__all__ = ["render", "render_one", "displacy", "TYPE_COLOURS"]

TYPE_COLOURS = {"meeting": "#bfdcff", "proposal": "#c9efbf", "money": "#ffe79a", "attack": "#ffc4c4"}
TextArg = Union[str, Sequence[Optional[str]], Mapping[str, str], None]

_CSS = """
.ukp{font-family:system-ui,-apple-system,"Hiragino Sans","Noto Sans CJK JP",sans-serif;color:#1d1d1f;
 line-height:1.5;max-width:60em}
.ukp nav{margin:.3em 0 .8em;font-size:.9em}.ukp nav a{margin-right:.8em}
.ukp details{border:1px solid #ddd;border-radius:6px;margin:.6em 0;padding:.3em .8em}
.ukp summary{cursor:pointer;font-weight:600}.ukp .meta{color:#555;font-size:.85em}
.ukp .legend{font-size:.85em;margin:.4em 0}.ukp .legend>*{margin-right:.6em;padding:0 .3em;border-radius:3px}
.ukp .text{white-space:pre-wrap;max-height:36em;overflow-y:auto;border-left:3px solid #eee;padding:.3em .8em;
 font-size:1.02em;line-height:1.9}
.ukp mark{border-radius:3px;padding:.1em 0;color:inherit}
.ukp mark mark{box-shadow:inset 0 -.25em 0 rgba(0,0,0,.18)}
.ukp .ent{border-bottom:2px solid #555;cursor:help}.ukp .ent.unk{border-bottom-style:dotted}
.ukp del{color:#999;text-decoration:line-through}.ukp del.chrome{text-decoration-style:double}
.ukp .gap{color:#aaa}.ukp .note{color:#8a5300;font-size:.85em}.ukp .error{color:#b00020}
.ukp .recs{display:flex;flex-wrap:wrap;gap:.6em;margin-top:.6em}
.ukp table{border-collapse:collapse;font-size:.82em;border-top:4px solid #ccc;min-width:16em;max-width:28em}
.ukp caption{text-align:left;font-weight:600;padding:.2em 0}
.ukp td,.ukp th{border-bottom:1px solid #eee;padding:.15em .4em;text-align:left;vertical-align:top}
.ukp th{color:#555;font-weight:500;white-space:nowrap}
""" + "".join(f".ukp mark.{t},.ukp .legend .{t}{{background:{c}}}.ukp table.{t}{{border-top-color:{c}}}\n"
              for t, c in TYPE_COLOURS.items())
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'"


def _e(value: Any) -> str:
    """Escaped for element content and double- or single-quoted attributes (html imported on first use)."""
    from html import escape

    return escape(str(value), quote=True)


# ---------- layers of spans over the text ----------
class _Layers:
    """Spans to draw, each (start, end, payload), and the stretches of text that are not known.

    (A plain class: dataclasses and logging would double the cost of ``import ukpeace``.)
    """

    def __init__(self) -> None:
        self.records: list = []   # (start, end, record)
        self.entities: list = []  # (start, end, entity)
        self.struck: list = []    # (start, end, NoiseSpan)
        self.gaps: list = []      # (start, end, None)


def _layers(res: Extraction, n: int) -> _Layers:
    def ok(s: int, e: int) -> bool:
        return 0 <= s < e <= n

    lay = _Layers()
    lay.records = [(ev.start, ev.end, r) for r in res.records for ev in r.evidence if ok(ev.start, ev.end)]
    lay.entities = [(e.start, e.end, e) for e in res.entities if not e.nested and ok(e.start, e.end)]
    spans = [*res.quality.noise_spans, *res.quality.chrome_spans]
    lay.struck = [(s.start, s.end, s) for s in spans if ok(s.start, s.end)]
    return lay


def _quoted_spans(res: Extraction) -> Iterable[tuple[int, int, str]]:
    """Every (start, end, text) the result quotes from its article."""
    for e in res.entities:
        yield e.start, e.end, e.text
    for s in [*res.quality.noise_spans, *res.quality.chrome_spans]:
        yield s.start, s.end, s.text
    for r in res.records:
        for ev in r.evidence:
            yield ev.start, ev.end, ev.text
        for value in r.__dict__.values():
            for item in value if isinstance(value, list) else [value]:
                start, end = getattr(item, "start", None), getattr(item, "end", None)
                if isinstance(start, int) and isinstance(end, int) and isinstance(getattr(item, "text", None), str):
                    yield start, end, item.text


def _rebuild(res: Extraction) -> tuple[str, list]:
    """The article as far as the result quotes it; unknown stretches become gaps."""
    n = max([res.chars, *(e for _, e, _ in _quoted_spans(res))])
    chars: list[Optional[str]] = [None] * n
    for s, e, t in _quoted_spans(res):
        if s >= 0 and e - s == len(t):
            chars[s:e] = list(t)
    gaps, i = [], 0
    while i < n:
        if chars[i] is None:
            j = i
            while j < n and chars[j] is None:
                j += 1
            gaps.append((i, j, None))
            i = j
        else:
            i += 1
    return "".join(c if c is not None else " " for c in chars), gaps


def _matches(res: Extraction, text: str) -> bool:
    return all(text[s:e] == t for s, e, t in _quoted_spans(res))


def _article(res: Extraction, text: Optional[str]) -> tuple[str, list, str]:
    """The text to draw, its gaps and a note for the reader (empty when the article is complete)."""
    for candidate in (text, res.text):
        if candidate is not None and _matches(res, candidate):
            return candidate, [], ""
    if text is not None or res.text is not None:
        import logging

        logging.getLogger(__name__).warning("render: the text for %s does not match the result's offsets; "
                                            "showing the spans it quotes", res.doc_id)
        note = "The text given does not match this result's offsets; showing the spans the result quotes."
    else:
        note = ("The result does not hold its article: pass text= to render() for all of it. "
                "Shown: the spans it quotes.")
    rebuilt, gaps = _rebuild(res)
    return rebuilt, gaps, note


# ---------- the article with marks ----------
def _open_tags(recs: list, ent: Any, struck: Any) -> tuple[str, str]:
    """Opening and closing tags for one stretch: struck-through noise > record marks > entity."""
    opening, closing = [], []
    if struck is not None:
        opening.append(f'<del class="{_e(struck.kind)}" title="{_e(struck.kind + ": " + struck.reason)}">')
        closing.append("</del>")
    for r in recs:
        opening.append(f'<mark class="{_e(r.type)}" data-record="{_e(r.id)}" title="{_e(r.type + " " + r.id)}">')
        closing.append("</mark>")
    if ent is not None:
        hover = " · ".join(_e(x) for x in (ent.canonical or "(no canonical name)", ent.id or "no id", ent.label))
        known = "ent" if ent.canonical or ent.id else "ent unk"
        opening.append(f'<span class="{known}" title="{hover}" data-id="{_e(ent.id or "")}">')
        closing.append("</span>")
    return "".join(opening), "".join(reversed(closing))


def _marked_text(text: str, lay: _Layers) -> str:
    """The text cut at every span boundary; each piece wrapped in the spans that cover it (a sweep)."""
    events: dict[int, list] = {0: [], len(text): []}
    for kind, spans in (("r", lay.records), ("e", lay.entities), ("s", lay.struck), ("g", lay.gaps)):
        for k, (s, e, obj) in enumerate(spans):
            events.setdefault(s, []).append((1, kind, k, obj))
            events.setdefault(e, []).append((0, kind, k, obj))
    active: dict[str, dict] = {"r": {}, "e": {}, "s": {}, "g": {}}
    out, points = [], sorted(events)
    for a, b in zip(points, points[1:]):
        for on, kind, k, obj in events[a]:
            if on:
                active[kind][k] = obj
            else:
                active[kind].pop(k, None)
        if active["g"]:
            out.append('<span class="gap" title="not quoted by the result">…</span>')
            continue
        recs = _unique(active["r"].values())
        ent = next(iter(active["e"].values()), None)
        struck = next(iter(active["s"].values()), None)
        opening, closing = _open_tags(recs, ent, struck)
        out.append(opening + _e(text[a:b]) + closing)
    return "".join(out)


def _unique(records: Iterable[Any]) -> list:
    seen, out = set(), []
    for r in records:
        if id(r) not in seen:
            seen.add(id(r))
            out.append(r)
    return out


# ---------- record tables ----------
def _cell(value: Any) -> str:
    """A field value as short text: names for actors and places, key=value for small objects."""
    if value is None or value == [] or value == {}:
        return "—"
    if isinstance(value, list):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        if "text" in value and ("canonical" in value or "kind" in value):
            name = value.get("canonical") or value["text"]
            return f"{name} ({value['id']})" if value.get("id") else str(name)
        if "start" in value and "end" in value and "granularity" in value:
            return f"{value['start']}…{value['end']} ({value['granularity']}, “{value['text']}”)"
        if "value" in value and "currency" in value:
            return f"{value['value']:,.0f} {value['currency']} ({value['qualifier']}, “{value['text']}”)"
        return "; ".join(f"{k}={_cell(v)}" for k, v in value.items() if v not in (None, [], ""))
    return str(value)


def _empty(value: Any) -> bool:
    """Nothing to show: None, an empty list, or an object whose fields are all empty."""
    if isinstance(value, dict):
        return all(_empty(v) for v in value.values())
    return value is None or value == []


def _record_table(rec: Any) -> str:
    data = rec.model_dump(mode="json", exclude={"id", "type", "evidence", "confidence"})
    rows = [f"<tr><th>{_e(k)}</th><td>{_e(_cell(v))}</td></tr>" for k, v in data.items() if not _empty(v)]
    ev = " / ".join(f"[{s.start}:{s.end}] {s.text}" for s in rec.evidence)
    rows.append(f"<tr><th>evidence</th><td>{_e(ev)}</td></tr>")
    caption = f"{rec.type} · {rec.id} · confidence {rec.confidence:.2f}"
    return (f'<table class="{_e(rec.type)}" data-record="{_e(rec.id)}"><caption>{_e(caption)}</caption>'
            f"{''.join(rows)}</table>")


# ---------- one document ----------
def _legend() -> str:
    keys = [f'<span class="{t}">{t}</span>' for t in TYPE_COLOURS]
    keys += ['<span class="ent" title="canonical name · gazetteer id · label">entity</span>',
             '<del class="noise">noise</del>', '<del class="chrome">page furniture</del>']
    return f'<div class="legend">{"".join(keys)}</div>'


def _meta(res: Extraction) -> str:
    counts = ", ".join(f"{sum(r.type == t for r in res.records)} {t}" for t in TYPE_COLOURS)
    bits = [f"published {res.published or 'unknown'}", f"status {res.status}", f"{res.chars:,} characters",
            f"{len(res.entities)} entities", counts, f"quality {res.quality.score:.2f}"]
    if res.quality.flags:
        bits.append("flags: " + ", ".join(res.quality.flags))
    if res.provenance is not None:
        p = res.provenance
        bits.append(f"ukpeace {p.ukpeace}, {p.model}, gazetteer {p.gazetteer}, profile {p.profile}")
    return f'<div class="meta">{_e(" · ".join(bits))}</div>'


def render_one(res: Extraction, text: Optional[str] = None, anchor: str = "ukp-doc", is_open: bool = True) -> str:
    """One document as a <details> block: metadata, legend, marked-up article, a table per record."""
    title = res.doc_id or "(no doc_id)"
    if res.source is not None and res.source.title:
        title += f" — {res.source.title}"
    parts = [f'<details id="{_e(anchor)}"{" open" if is_open else ""}><summary>{_e(title)}</summary>', _meta(res)]
    if res.status == "error":
        parts.append(f'<p class="error">{_e(res.error or "error")}</p></details>')
        return "".join(parts)
    article, gaps, note = _article(res, text)
    lay = _layers(res, len(article))
    lay.gaps = gaps
    if note:
        parts.append(f'<p class="note">{_e(note)}</p>')
    parts += [_legend(), f'<div class="text" lang="ja">{_marked_text(article, lay)}</div>']
    parts.append(f'<div class="recs">{"".join(_record_table(r) for r in res.records)}</div></details>')
    return "".join(parts)


# ---------- public ----------
def _as_list(results: Any) -> list:
    from .models import Extraction

    if isinstance(results, Extraction):
        return [results]
    if isinstance(results, (str, bytes)) or not isinstance(results, Iterable):
        raise TypeError(f"render() takes an Extraction or an iterable of them, not {type(results).__name__}")
    out = list(results)
    bad = [type(r).__name__ for r in out if not isinstance(r, Extraction)]
    if bad:
        raise TypeError(f"render() takes Extractions; got {', '.join(sorted(set(bad)))}")
    return out


def _texts(text: TextArg, results: list) -> list[Optional[str]]:
    """One text (or None) per result, from a str (one result), a sequence in order, or a doc_id mapping."""
    if text is None:
        return [None] * len(results)
    if isinstance(text, str):
        if len(results) != 1:
            raise ValueError("one text for several results: pass a list of texts or a {doc_id: text} mapping")
        return [text]
    if isinstance(text, Mapping):
        return [text.get(r.doc_id) if r.doc_id is not None else None for r in results]
    texts = list(text)
    if len(texts) != len(results):
        raise ValueError(f"{len(texts)} texts for {len(results)} results")
    return texts


def render(results: Any, text: TextArg = None, *, page: bool = True, max_open: int = 1) -> str:
    """HTML of one result or many: each article with its evidence highlighted, records as tables.

    ``text`` is the article (one result), a list of articles in order, or a {doc_id: text}
    mapping; without it, ``result.text`` or the spans the result quotes are drawn. With several
    results a list of links leads to each document; the first ``max_open`` are expanded.
    ``page=False`` gives a fragment (what notebooks show); the default is a full page to save.
    """
    import hashlib

    docs = _as_list(results)
    texts = _texts(text, docs)
    key = hashlib.sha1("|".join(f"{r.doc_id}:{len(r.records)}" for r in docs).encode()).hexdigest()[:8]
    anchors = [f"ukp-{key}-{i}" for i in range(len(docs))]
    body = []
    if len(docs) > 1:
        links = "".join(f'<a href="#{a}">{_e(r.doc_id or f"#{i + 1}")} ({len(r.records)})</a>'
                        for i, (a, r) in enumerate(zip(anchors, docs)))
        body.append(f"<nav>{len(docs)} documents: {links}</nav>")
    body += [render_one(r, t, a, i < max_open) for i, (r, t, a) in enumerate(zip(docs, texts, anchors))]
    fragment = f'<div class="ukp"><style>{_CSS}</style>{"".join(body)}</div>'
    if not page:
        return fragment
    return ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
            f"<title>ukpeace: {_e(docs[0].doc_id if len(docs) == 1 else f'{len(docs)} documents')}</title>"
            f"</head><body>{fragment}</body></html>")


def displacy(doc_or_result: Any, text: Optional[str] = None, **options: Any) -> str:
    """Entity spans in displaCy's "span" style, from a spaCy Doc (``doc.spans["ukpeace"]``) or a result.

    For a result the text comes from ``text``, ``result.text`` or, failing those, the spans it
    quotes. Labels are the entity labels; ``kb_id`` is the gazetteer id. Returns the HTML.
    (displaCy escapes token text but not titles or kb ids, which can hold article text: they are
    escaped here.)
    """
    from spacy import displacy as spacy_displacy

    opts = {"spans_key": "ukpeace", **options.pop("options", {})}
    if hasattr(doc_or_result, "spans") and hasattr(doc_or_result, "text"):
        data = spacy_displacy.parse_spans(doc_or_result, opts)
    else:
        res = _as_list(doc_or_result)
        if len(res) != 1:
            raise ValueError("displacy() draws one document at a time")
        article, _, _ = _article(res[0], text)
        data = _manual_spans(res[0], article)
    data["title"] = _e(data["title"]) if data.get("title") else None
    for span in data["spans"]:
        span["kb_id"] = _e(span.get("kb_id") or "")
        span.pop("kb_url", None)
    return spacy_displacy.render(data, style="span", manual=True, options=opts, jupyter=False, **options)


def _manual_spans(res: Extraction, text: str) -> dict:
    """displaCy's manual "span" input: tokens cut at every entity boundary, spans over token indices."""
    ents = [e for e in res.entities if 0 <= e.start < e.end <= len(text)]
    cuts = sorted({0, len(text), *(e.start for e in ents), *(e.end for e in ents)})
    index = {c: i for i, c in enumerate(cuts)}
    tokens = [text[a:b] for a, b in zip(cuts, cuts[1:])]
    spans = [{"start_token": index[e.start], "end_token": index[e.end], "label": e.label, "kb_id": e.id or ""}
             for e in ents]
    return {"text": text, "tokens": tokens, "spans": spans, "title": res.doc_id}

"""The ``ukpeace`` command: extract records from files, print the JSON Schema, score a gold folder.

    ukpeace extract                              # the bundled founding article: records by type
    ukpeace extract --json                       # the same article as JSON
    ukpeace extract article.txt                  # one file → JSON on stdout
    ukpeace extract corpus/ -o out.jsonl         # a folder of .txt → JSON lines, resumable
    ukpeace extract news.parquet -o tables/ --workers 4     # → meetings/proposals/money/attacks/
                                                            #   entities/documents.parquet
    ukpeace extract sjis/ --encoding cp932 --gazetteer mine.tsv -o out.jsonl
    ukpeace schema --type Meeting
    ukpeace eval gold_dir/ --verbose

Inputs: a .txt file, a folder of .txt files (searched recursively), a .jsonl file of
{"text", "doc_id", "published"} objects, a Parquet file with those columns, or "-" (stdin,
one document). The doc_id of a file is its path relative to the input root without ".txt"
(the folder given, or the common parent of several paths), so a/x.txt and b/x.txt stay
apart; a doc_id that still repeats gets a "#2" suffix and a warning. Text files are decoded
with --encoding, else by byte-order mark, UTF-8 or detection (CP932, EUC-JP, UTF-16 ...);
the codec is reported per document (source.encoding, the documents table's source_encoding).
Web pages: .html/.htm files (alone or in a folder) and JSONL rows or Parquet columns with "html"
instead of "text" are read with extract_html; a "url" (--url-column) goes into the documents table.
A document that cannot be read or parsed becomes a result with status "error" in its place;
the run goes on, and a summary (ok / empty / error counts) ends on stderr.

Long runs are resumable: JSONL output (and the journal OUT/extractions.jsonl behind table
output) is appended line by line. A rerun skips a document only when its doc_id, the hash
of its content and the options (profile, --published, --encoding, --gazetteer, version)
are unchanged; edited documents are redone and their old rows replaced. --overwrite
starts afresh.

Exit codes: 0 every document ok or empty; 1 at least one document failed (status "error"),
unless --allow-errors; 2 usage error (bad option, missing or unreadable path); 130 interrupted.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Optional

if TYPE_CHECKING:
    from pydantic import BaseModel

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json-lines", ".jsonlines")
TABLE_FORMATS = ("parquet", "csv")
JOURNAL = "extractions.jsonl"
SAMPLE = "seed-miami-davos.txt"
EXIT_FAILED = 1  # at least one document has status "error" (and no --allow-errors)


class UsageError(Exception):
    """A problem with the command line or its paths: reported in one line, exit code 2."""


# ---------- inputs ----------
@dataclass
class Source:
    """One input path: how many documents it holds (for the progress bar) and a lazy item stream."""
    label: str
    count: int
    items: Callable[[], Iterator[Any]]
    single: bool = False  # one document: printed as indented JSON rather than JSON lines


def _error(doc_id: Optional[str], message: str):
    """A result for an input that never reached the extractor (unreadable file, malformed line)."""
    from .models import Extraction, Quality

    return Extraction(doc_id=doc_id, status="error", error=message, quality=Quality(score=0.0, flags=["error"]))


def _check_readable(path: Path) -> None:
    if not path.exists():
        raise UsageError(f"no such file or folder: {path}")
    if not os.access(path, os.R_OK):
        raise UsageError(f"cannot read {path}: permission denied")


def _rel_id(path: Path, root: Path) -> str:
    """doc_id of a file: its path relative to the input root, without the suffix (a/x.txt → a/x)."""
    try:
        rel = path.resolve().relative_to(root)
    except ValueError:
        rel = Path(path.name)
    return rel.with_suffix("").as_posix()


def _txt_item(path: Path, root: Path, encoding: Optional[str]):
    doc_id = _rel_id(path, root)
    try:
        item = {"text": path.read_bytes(), "doc_id": doc_id}  # bytes: the API decodes and reports the codec
    except OSError as exc:
        return _error(doc_id, f"cannot read {path}: {exc.strerror or exc}")
    if encoding:
        item["encoding"] = encoding
    return item


HTML_SUFFIXES = (".html", ".htm")


def _html_item(path: Path, root: Path):
    """A saved web page: its bytes (decoded from the page's charset by extract_html's reader)."""
    doc_id = _rel_id(path, root)
    try:
        return {"html": path.read_bytes(), "doc_id": doc_id}
    except OSError as exc:
        return _error(doc_id, f"cannot read {path}: {exc.strerror or exc}")


def _file_item(path: Path, root: Path, encoding: Optional[str]):
    return _html_item(path, root) if path.suffix.lower() in HTML_SUFFIXES else _txt_item(path, root, encoding)


def _txt_source(path: Path, root: Path, encoding: Optional[str]) -> Source:
    return Source(str(path), 1, lambda: iter([_file_item(path, root, encoding)]), single=True)


def _folder_source(path: Path, root: Path, encoding: Optional[str]) -> Source:
    files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in (".txt", *HTML_SUFFIXES))
    if not files:
        raise UsageError(f"no .txt files (or .html pages) in folder {path}")
    return Source(str(path), len(files), lambda: (_file_item(p, root, encoding) for p in files))


def _count_lines(path: Path) -> int:
    with open(path, "rb") as fh:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))


def _jsonl_items(path: Path, stem: str) -> Iterator[Any]:
    """Objects as they are; a bare JSON string is a text; a bad line becomes an error result in place."""
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            fallback_id = f"{stem}:{lineno}"
            try:
                obj = json.loads(raw)
            except ValueError as exc:
                yield _error(fallback_id, f"{path}:{lineno}: not a JSON line ({exc})")
                continue
            if not isinstance(obj, dict):
                obj = {"text": obj}
            if obj.get("doc_id") is None and obj.get("id") is None:
                obj["doc_id"] = fallback_id  # resuming needs an id for every document
            yield obj


def _jsonl_source(path: Path, root: Path) -> Source:
    return Source(str(path), _count_lines(path), lambda: _jsonl_items(path, _rel_id(path, root)))


def _carry_url(items: Iterator[Any], column: str) -> Iterator[Any]:
    """The page address of a row (column ``--url-column``, default "url") as the item's "url"."""
    for item in items:
        if isinstance(item, dict):
            value = item.pop(column, None) if column != "url" else item.get("url")
            if _missing(value):
                item.pop("url", None)
            else:
                item["url"] = str(value)
        yield item


def _missing(value) -> bool:
    return value is None or value == "" or (isinstance(value, float) and value != value)


def _parquet_source(path: Path, root: Path, url_column: str = "url") -> Source:
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:
        raise UsageError(f"cannot read {path} as Parquet: {exc}") from None
    names = set(pf.schema_arrow.names)
    if "text" not in names and "html" not in names:
        raise UsageError(f"{path} has no 'text' or 'html' column (columns: {', '.join(sorted(names))})")
    columns = [c for c in ("text", "html", "doc_id", "published") if c in names]
    columns += [url_column] if url_column in names else []
    stem = _rel_id(path, root)

    def items():
        row = 0
        for batch in pf.iter_batches(batch_size=1024, columns=columns):
            for obj in batch.to_pylist():
                if obj.get("doc_id") is None:
                    obj["doc_id"] = f"{stem}:{row}"
                row += 1
                yield obj

    return Source(str(path), pf.metadata.num_rows, items)


def _stdin_source(encoding: Optional[str]) -> Source:
    def items():
        item = {"text": sys.stdin.buffer.read(), "doc_id": "stdin"}
        if encoding:
            item["encoding"] = encoding
        return iter([item])

    return Source("stdin", 1, items, single=True)


def _sample_source() -> Source:
    """The bundled founding article; its publication date comes from its dateline."""
    from importlib import resources

    def items():
        text = resources.files("ukpeace.resources.samples").joinpath(SAMPLE).read_text("utf-8")
        return iter([{"text": text, "doc_id": Path(SAMPLE).stem}])

    return Source("sample", 1, items, single=True)


def input_root(args: list[str]) -> Path:
    """The folder doc_ids are relative to: a lone folder itself, else the common parent of the paths."""
    paths = [Path(a).resolve() for a in args if a != "-"]
    if not paths:
        return Path.cwd()
    if len(paths) == 1 and paths[0].is_dir():
        return paths[0]
    return Path(os.path.commonpath([p if p.is_dir() and len(paths) > 1 else p.parent for p in paths]))


def open_source(arg: str, root: Optional[Path] = None, encoding: Optional[str] = None,
                url_column: str = "url") -> Source:
    """The Source of a command-line path; UsageError when it is missing, unreadable or of no known kind."""
    if arg == "-":
        return _stdin_source(encoding)
    path = Path(arg)
    _check_readable(path)
    root = root or input_root([arg])
    if path.is_dir():
        return _folder_source(path, root, encoding)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return _jsonl_source(path, root)
    if suffix in (".parquet", ".pq"):
        return _parquet_source(path, root, url_column)
    if suffix == ".txt" or suffix in HTML_SUFFIXES:
        return _txt_source(path, root, encoding)
    raise UsageError(f"do not know how to read {path}: expected a .txt or .html file, a folder of them, "
                     f"a {'/'.join(JSONL_SUFFIXES)} file, a .parquet file or '-'")


def _drop_missing_published(items: Iterator[Any]) -> Iterator[Any]:
    """A null/empty/NaN date counts as none, so that --published (the extract_many default) fills it in."""
    for item in items:
        if isinstance(item, dict) and _missing(item.get("published")):
            item.pop("published", None)
        yield item


def _doc_id(item) -> Optional[str]:
    doc_id = item.get("doc_id", item.get("id")) if isinstance(item, dict) else item.doc_id
    return None if doc_id is None else str(doc_id)


def _unique_ids(items: Iterator[Any], args) -> Iterator[Any]:
    """A doc_id seen before in this run gets a '#2', '#3' suffix, with a warning: no result hides another."""
    seen: dict[str, int] = {}
    for item in items:
        doc_id = _doc_id(item)
        if doc_id is not None:
            n = seen[doc_id] = seen.get(doc_id, 0) + 1
            if n > 1:
                new = f"{doc_id}#{n}"
                _say(args, f"warning: doc_id {doc_id!r} repeats in the input; this one is {new!r}")
                if isinstance(item, dict):
                    item.pop("id", None)
                    item["doc_id"] = new
                else:
                    item.doc_id = new
        yield item


# ---------- outputs ----------
@dataclass
class Plan:
    """Where results go: stdout, a JSONL file, or a folder of tables fed from a JSONL journal."""
    kind: str                      # stdout | jsonl | tables
    journal: Optional[Path] = None
    folder: Optional[Path] = None
    fmt: Optional[str] = None


def plan_output(output: Optional[str], fmt: Optional[str]) -> Plan:
    if output is None:
        if fmt in TABLE_FORMATS:
            raise UsageError(f"--format {fmt} writes a folder of tables: give it with -o/--output FOLDER")
        return Plan("stdout")
    path = Path(output)
    is_jsonl = path.suffix.lower() in JSONL_SUFFIXES
    if is_jsonl and fmt in TABLE_FORMATS:
        raise UsageError(f"-o {output} is a JSON-lines file but --format is {fmt}; give a folder for tables")
    if is_jsonl:
        return Plan("jsonl", journal=path)
    if path.exists() and not path.is_dir():
        raise UsageError(f"-o {output} exists and is not a folder; use a .jsonl file or a folder for tables")
    if path.suffix.lower() in (".json", ".parquet", ".csv", ".txt"):
        raise UsageError(f"-o {output}: use a .jsonl file for JSON lines, or a folder (with --format "
                         f"parquet|csv) for tables")
    if fmt == "jsonl":
        return Plan("jsonl", journal=path / JOURNAL)
    return Plan("tables", journal=path / JOURNAL, folder=path, fmt=fmt or "parquet")


def resume_journal(path: Path) -> dict[int, tuple[str, str]]:
    """{byte offset: (doc_id, status)} of the rows of a JSONL output; cuts off a truncated last line so
    that appending stays valid JSONL."""
    rows: dict[int, tuple[str, str]] = {}
    if not path.exists():
        return rows
    keep, newline_lost = 0, False  # byte offset after the last good line
    with open(path, "rb") as fh:
        for raw in fh:
            complete = raw.endswith(b"\n")
            try:
                row = json.loads(raw)
            except ValueError:
                if not complete:
                    break  # the interrupted last line: dropped, its document is redone
                keep += len(raw)  # a damaged line in the middle: left alone (read_jsonl skips it), redone
                continue
            if isinstance(row, dict) and row.get("doc_id") is not None:
                rows[keep] = (str(row["doc_id"]), str(row.get("status")))
            keep += len(raw)
            newline_lost = not complete  # whole JSON, interrupted before its newline
    if keep < path.stat().st_size:
        os.truncate(path, keep)
    if newline_lost:
        with open(path, "ab") as out:
            out.write(b"\n")
    return rows


class Resume:
    """Which documents of a JSONL output are up to date, keyed on doc_id + content hash + options.

    Beside the output, a hidden ``.NAME.resume`` file holds one ``{"doc_id", "key", "offset"}``
    line per result written: the hash of the document's bytes and of the options that shape a
    result (profile, --published, --encoding, the gazetteer's entries, the ukpeace version) and
    the byte offset of its row. A document is skipped only when its row is still there and its
    key is unchanged and it did not fail (a failed document is tried again); otherwise it is
    redone and its earlier rows are dropped at the end.
    """

    def __init__(self, journal: Path, options: str, overwrite: bool = False):
        self.journal, self.options = journal, options
        self.index = journal.with_name(f".{journal.name}.resume")
        if overwrite:
            for p in (journal, self.index):
                p.unlink(missing_ok=True)
        rows = resume_journal(journal)
        self.rows = {off: doc_id for off, (doc_id, _) in rows.items()}            # offset -> doc_id
        self.failed = {off for off, (_, status) in rows.items() if status == "error"}
        if not self.rows:
            self.index.unlink(missing_ok=True)                   # an index without its output says nothing
        self.keys = self._read_index()                           # doc_id -> (key, offset)
        self.written = set(self.rows.values())
        self.start = journal.stat().st_size if journal.exists() else 0
        self.redone: set[str] = set()
        self.skipped = 0

    def _read_index(self) -> dict[str, tuple[str, int]]:
        out = {}
        if self.index.exists():
            for line in self.index.read_text("utf-8", errors="replace").splitlines():
                try:
                    row = json.loads(line)
                    out[str(row["doc_id"])] = (row["key"], int(row["offset"]))
                except (ValueError, KeyError, TypeError):
                    continue  # an interrupted last line: its document is redone
        return out

    @property
    def done(self) -> int:
        return sum(1 for d, (_, off) in self.keys.items() if self.rows.get(off) == d and off not in self.failed)

    def key(self, item) -> Optional[str]:
        """Hash of a document's content and the run's options; None for a ready-made error result."""
        if not isinstance(item, dict):
            return None
        h = hashlib.sha256(self.options.encode())
        text = item.get("text", item.get("html"))
        h.update(text if isinstance(text, bytes) else json.dumps(text, ensure_ascii=False, default=str).encode())
        h.update(json.dumps([item.get("published"), item.get("encoding")], default=str).encode())
        return h.hexdigest()

    def pending(self, items: Iterator[Any], keys: deque[Optional[str]]) -> Iterator[Any]:
        """The items to (re)do; their keys go to ``keys`` in the same order."""
        for item in items:
            doc_id, key = _doc_id(item), self.key(item)
            stored = self.keys.get(doc_id) if doc_id is not None else None
            if key is not None and stored is not None and stored[0] == key and self.rows.get(stored[1]) == doc_id \
                    and stored[1] not in self.failed:
                self.skipped += 1
                continue
            if doc_id is not None and doc_id in self.written:
                self.redone.add(doc_id)
            keys.append(key)
            yield item

    def write(self, results: Iterator[Any], keys: deque[Optional[str]]) -> int:
        """Append each result's row, then its index line (so a row without one is redone)."""
        self.journal.parent.mkdir(parents=True, exist_ok=True)
        n = 0
        with open(self.journal, "ab") as out, open(self.index, "a", encoding="utf-8") as idx:
            for res in results:
                offset = out.tell()
                out.write(res.model_dump_json().encode("utf-8") + b"\n")
                out.flush()
                idx.write(json.dumps({"doc_id": res.doc_id, "key": keys.popleft(), "offset": offset}) + "\n")
                idx.flush()
                n += 1
        self._compact()
        return n

    def _compact(self) -> None:
        """Drop rows of earlier runs for documents redone now; rewrite the index with the new offsets."""
        if not self.redone:
            return
        by_offset = {off: (doc_id, key) for doc_id, (key, off) in self._read_index().items()}
        tmp, tmp_idx = self.journal.with_suffix(".compact"), self.index.with_suffix(".compact")
        with open(self.journal, "rb") as src, open(tmp, "wb") as dst, open(tmp_idx, "w", encoding="utf-8") as idx:
            offset = 0
            for raw in src:
                if not (offset < self.start and self.rows.get(offset) in self.redone):
                    if offset in by_offset:
                        doc_id, key = by_offset[offset]
                        idx.write(json.dumps({"doc_id": doc_id, "key": key, "offset": dst.tell()}) + "\n")
                    dst.write(raw)
                offset += len(raw)
        os.replace(tmp, self.journal)
        os.replace(tmp_idx, self.index)


# ---------- running ----------
def run_extraction(stream: Iterable[Any], **kwargs) -> Iterator[Any]:
    """extract_many over the items, with ready-made error results kept in their input position (and given
    the run's provenance, like every other result)."""
    from . import extract_many
    from .api import provenance
    from .models import Extraction

    order: deque = deque()  # per input: None for "next result of extract_many", else the ready result

    def feed():
        for x in stream:
            if isinstance(x, Extraction):
                x.profile = kwargs.get("profile", x.profile)
                x.provenance = provenance(x.profile)
                order.append(x)
            else:
                order.append(None)
                yield x

    for res in extract_many(feed(), **kwargs):
        while order[0] is not None:
            yield order.popleft()
        order.popleft()
        yield res
    yield from order


def _progress(results: Iterator[Any], total: int, args) -> Iterator[Any]:
    """A tqdm bar on stderr (documents/s, ETA, errors so far); off with --quiet or when stderr is no TTY."""
    from tqdm import tqdm

    disable = True if args.quiet else (False if args.progress else None)
    errors = 0
    with tqdm(total=total, unit="doc", file=sys.stderr, disable=disable, dynamic_ncols=True,
              smoothing=0.05, mininterval=0.5) as bar:
        for res in results:
            if res.status == "error":
                errors += 1
                bar.set_postfix(errors=errors, refresh=False)
            bar.update(1)
            yield res


@dataclass
class Tally:
    """Counts of this run's results by status, and the first errors, for the summary on stderr."""
    ok: int = 0
    empty: int = 0
    error: int = 0
    skipped: int = 0

    def __post_init__(self):
        self.failures: list[str] = []

    def count(self, results: Iterator[Any]) -> Iterator[Any]:
        for res in results:
            setattr(self, res.status, getattr(self, res.status) + 1)
            if res.status == "error" and len(self.failures) < 5:
                self.failures.append(f"  {res.doc_id}: {res.error}")
            yield res

    def summary(self) -> str:
        n = self.ok + self.empty + self.error
        line = f"ukpeace: {n} document{'s' if n != 1 else ''}: {self.ok} ok, {self.empty} empty, {self.error} error"
        if self.skipped:
            line += f" ({self.skipped} unchanged, skipped)"
        more = [f"  ... and {self.error - len(self.failures)} more"] if self.error > len(self.failures) else []
        return "\n".join([line, *self.failures, *more])


def _write_summary(results: Iterator[Any]) -> None:
    """A short human summary of each result: its status, then one line per record type."""
    from .export import TABLES

    for res in results:
        print(f"{res.doc_id} ({res.published or 'no date'}): {res.status}, {len(res.entities)} entities, "
              f"{len(res.records)} records")
        for rtype in TABLES.values():
            recs = [r for r in res.records if r.type == rtype]
            labels = "; ".join(_record_label(r) for r in recs)
            print(f"  {rtype:<9}{len(recs):>3}  {labels}")
    print("(ukpeace extract --json prints the full JSON)")


def _record_label(rec: Any) -> str:
    """A few words naming a record: its name, amount or first evidence (cut at 20 characters)."""
    if getattr(rec, "name", None):
        label = str(rec.name)
    elif getattr(rec, "amount", None) is not None:
        label = rec.amount.text
    else:
        label = rec.evidence[0].text if rec.evidence else rec.id
    return label if len(label) <= 20 else label[:19] + "…"


def _write_stdout(results: Iterator[Any], single: bool) -> int:
    n = 0
    for res in results:
        if single:
            sys.stdout.write(json.dumps(res.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n")
        else:
            sys.stdout.write(res.model_dump_json() + "\n")
        n += 1
    sys.stdout.flush()
    return n


def _options_key(args, user_gazetteer) -> str:
    from . import __version__

    return json.dumps({"profile": args.profile, "published": args.published, "encoding": args.encoding,
                       "gazetteer": user_gazetteer.key if user_gazetteer else None, "ukpeace": __version__},
                      sort_keys=True)


def _check_options(args):
    """Validate --published, --encoding and --gazetteer up front; the user gazetteer, or None."""
    _check_published(args.published)
    if args.encoding:
        from .encoding import check_encoding

        try:
            check_encoding(args.encoding)
        except ValueError as exc:
            raise UsageError(f"--encoding: {exc}") from None
    if not args.gazetteer:
        return None
    from .gazetteer import GazetteerError, user_gazetteer

    try:
        return user_gazetteer(args.gazetteer)
    except GazetteerError as exc:
        raise UsageError(f"--gazetteer: {exc}") from None


def cmd_extract(args) -> int:
    if args.paths.count("-") > 1:
        raise UsageError("'-' (stdin) can be given only once")
    root = input_root(args.paths)
    sources = [open_source(p, root, args.encoding, args.url_column) for p in args.paths] if args.paths \
        else [_sample_source()]
    plan = plan_output(args.output, args.format)
    user = _check_options(args)
    items = _unique_ids((item for src in sources for item in _drop_missing_published(src.items())), args)
    items = _carry_url(items, args.url_column)
    tally = Tally()
    keys: deque[Optional[str]] = deque()
    resume = Resume(plan.journal, _options_key(args, user), args.overwrite) if plan.journal else None
    if resume is not None:
        if resume.done:
            _say(args, f"resuming {plan.journal}: {resume.done} documents done before (unchanged ones are skipped)")
        items = resume.pending(items, keys)
    results = run_extraction(items, n_process=args.workers, batch_size=args.batch_size, profile=args.profile,
                             published=args.published, gazetteer=user)
    total = max(0, sum(s.count for s in sources) - (resume.done if resume else 0))
    results = tally.count(_progress(results, total, args))
    if plan.kind == "stdout" and not args.paths and not args.json:
        _write_summary(results)
    elif plan.kind == "stdout":
        _write_stdout(results, single=len(sources) == 1 and sources[0].single)
    else:
        assert resume is not None  # plan_output gives every file or folder output a journal
        n = resume.write(results, keys)
        tally.skipped = resume.skipped
        _say(args, f"wrote {n} documents to {plan.journal}")
        if plan.kind == "tables":
            from .export import read_jsonl, write_tables

            paths = write_tables(read_jsonl(plan.journal), plan.folder, fmt=plan.fmt or "parquet")
            _say(args, f"tables in {plan.folder}: {', '.join(p.name for p in paths.values())}")
    _say(args, tally.summary())
    if tally.error and not args.allow_errors:
        _say(args, f"exit status {EXIT_FAILED}: {tally.error} document(s) failed (--allow-errors exits 0)")
        return EXIT_FAILED
    return 0


def _check_published(value: Optional[str]) -> None:
    if value is None:
        return
    from .api import coerce_published

    try:
        coerce_published(value)
    except ValueError:
        raise UsageError(f"--published must be a date YYYY-MM-DD, not {value!r}") from None


def _say(args, message: str) -> None:
    if not args.quiet:
        print(message, file=sys.stderr)


# ---------- schema and eval ----------
def schema_models() -> dict[str, type[BaseModel]]:
    """Every public pydantic model of ukpeace.models, by class name."""
    import importlib

    from pydantic import BaseModel

    models = importlib.import_module(".models", __package__)
    return {name: obj for name, obj in vars(models).items()
            if isinstance(obj, type) and issubclass(obj, BaseModel) and not name.startswith("_")
            and obj.__module__ == models.__name__}


def cmd_schema(args) -> int:
    by_lower = {name.lower(): cls for name, cls in schema_models().items()}
    cls = by_lower.get(args.type.lower())
    if cls is None:
        raise UsageError(f"unknown --type {args.type!r}; expected one of {', '.join(sorted(schema_models()))}")
    sys.stdout.write(json.dumps(cls.model_json_schema(), ensure_ascii=False, indent=2) + "\n")
    return 0


def cmd_eval(args) -> int:
    gold = Path(args.gold_dir)
    _check_readable(gold)
    if not gold.is_dir():
        raise UsageError(f"{gold} is not a folder of gold .txt/.json pairs")
    from .evaluate import evaluate

    report = evaluate(gold, profile=args.profile, verbose=args.verbose)
    return EXIT_FAILED if report["errors"] else 0


# ---------- events ----------
def _looks_like_extractions(path: Path) -> bool:
    """A JSONL file of Extractions (ukpeace extract -o x.jsonl) rather than of input articles."""
    with open(path, "rb") as fh:
        for raw in fh:
            if raw.strip():
                try:
                    row = json.loads(raw)
                except ValueError:
                    return False
                return isinstance(row, dict) and "records" in row and "status" in row
    return False


def event_results(arg: str, args) -> Iterable[Any]:
    """Extractions for `ukpeace events`: an extract output folder or JSONL, else articles extracted now."""
    from .export import read_jsonl

    path = Path(arg)
    _check_readable(path)
    if path.is_dir() and (path / JOURNAL).exists():
        return read_jsonl(path / JOURNAL)
    if path.is_file() and path.suffix.lower() in JSONL_SUFFIXES and _looks_like_extractions(path):
        return read_jsonl(path)
    if path.is_dir() and not any(path.glob("*.txt")) and any(path.glob("meetings.*")):
        raise UsageError(f"{path} holds tables but not {JOURNAL}, which carries the full records: rerun "
                         f"`ukpeace extract ... -o {path}` or give the .jsonl it wrote")
    source = open_source(arg)
    items = _drop_missing_published(source.items())
    results = run_extraction(items, n_process=args.workers, batch_size=32, profile=args.profile,
                             published=args.published)
    return _progress(results, source.count, args)


def cmd_events(args) -> int:
    from .events import events, write_events

    _check_published(args.published)
    if args.output and Path(args.output).suffix.lower() not in (".parquet", ".pq", ".csv", ".jsonl", ".ndjson"):
        raise UsageError(f"-o {args.output}: give a .parquet, .csv or .jsonl file")
    results = [r for p in args.paths for r in event_results(p, args)]
    evs = events(results)
    if args.output is None:
        for e in evs:
            sys.stdout.write(e.model_dump_json() + "\n")
        return 0
    write_events(evs, args.output)
    n_rec = sum(len(e.record_ids) for e in evs)
    _say(args, f"{len(evs)} events from {n_rec} records of {len(results)} documents written to {args.output}")
    return 0


# ---------- argument parsing ----------
def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value!r}")
    return n


def _add_extract(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`ukpeace extract`: articles in, records out."""
    ex = sub.add_parser("extract", help="extract records from articles",
                        description="Extract meeting/proposal/money/attack records and entities from "
                                    "Japanese news. With no PATH, the bundled founding article.",
                        epilog=f"Exit status: 0 when every document is ok or empty, {EXIT_FAILED} when any "
                               "document failed (status error; --allow-errors gives 0), 2 for a usage error, "
                               "130 when interrupted. A summary of ok/empty/error counts is printed on stderr.")
    ex.add_argument("paths", nargs="*", metavar="PATH",
                    help=".txt or .html file, folder of .txt/.html, .jsonl of {text or html, doc_id, published, url}, "
                         ".parquet, or - for stdin")
    ex.add_argument("-o", "--output", help="a .jsonl file, or a folder for tables (default: stdout)")
    ex.add_argument("--format", choices=("jsonl", *TABLE_FORMATS), help="output format (default: from -o)")
    ex.add_argument("--workers", type=_positive_int, default=1, help="worker processes (default 1)")
    ex.add_argument("--batch-size", type=_positive_int, default=32, help="documents per batch (default 32)")
    ex.add_argument("--profile", choices=("full", "fast"), default="full",
                    help="full: GiNZA NER; fast: dictionary tokens only, several times faster")
    ex.add_argument("--published", metavar="YYYY-MM-DD",
                    help="publication date for documents that carry none (else detected from a dateline)")
    ex.add_argument("--json", action="store_true",
                    help="with no PATH, print the sample's JSON rather than a summary of its records")
    ex.add_argument("--encoding", metavar="CODEC",
                    help="codec of text files and stdin (default: byte-order mark, UTF-8, else detected)")
    ex.add_argument("--gazetteer", metavar="FILE",
                    help="your own people/places/organisations (.json or .tsv) added to the built-in gazetteer")
    ex.add_argument("--overwrite", action="store_true",
                    help="start the output afresh instead of resuming it")
    ex.add_argument("--url-column", default="url", metavar="NAME",
                    help="JSONL field / Parquet column with the page address, carried into the documents "
                         "table as source_url (default: url)")
    ex.add_argument("--allow-errors", action="store_true",
                    help=f"exit 0 even when documents fail (default: exit {EXIT_FAILED})")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar or messages on stderr")
    ex.add_argument("--progress", action="store_true", help="show the progress bar even when stderr is no TTY")
    ex.set_defaults(func=cmd_extract)


def _add_schema(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`ukpeace schema`: the JSON Schema of the output models."""
    sc = sub.add_parser("schema", help="print the JSON Schema of the output models")
    sc.add_argument("--type", default="Extraction", help="model name: Extraction (default), Meeting, Proposal, "
                                                          "Money, Attack, Entity, ...")
    sc.set_defaults(func=cmd_schema)


def _add_events(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`ukpeace events`: records of many articles merged into events."""
    evs = sub.add_parser("events", help="merge the records of many articles into events",
                         description="One row per real-world event across articles, with its sources, "
                                     "consensus values, conflicts and PLOVER/CAMEO codes.")
    evs.add_argument("paths", nargs="+", metavar="PATH",
                     help="an output folder of `ukpeace extract` (its extractions.jsonl), a .jsonl of "
                          "extractions, or articles (.txt, folder, .jsonl/.parquet of texts) to extract first")
    evs.add_argument("-o", "--output", help="events.parquet, .csv or .jsonl (default: JSON lines on stdout)")
    evs.add_argument("--profile", choices=("full", "fast"), default="full", help="for articles extracted now")
    evs.add_argument("--workers", type=_positive_int, default=1, help="for articles extracted now")
    evs.add_argument("--published", metavar="YYYY-MM-DD", help="for articles extracted now that carry no date")
    evs.add_argument("-q", "--quiet", action="store_true")
    evs.add_argument("--progress", action="store_true")
    evs.set_defaults(func=cmd_events)


def _add_eval(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`ukpeace eval`: scores against a gold folder."""
    ev = sub.add_parser("eval", help="score extraction against a gold folder",
                        epilog=f"Exit status {EXIT_FAILED} when a document failed (its error is listed), else 0.")
    ev.add_argument("gold_dir", metavar="GOLD_DIR")
    ev.add_argument("--verbose", action="store_true", help="list the misses per document")
    ev.add_argument("--profile", choices=("full", "fast"), default="full")
    ev.set_defaults(func=cmd_eval)


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(prog="ukpeace", description=__doc__.split("\n")[0])
    parser.add_argument("--version", action="version", version=f"ukpeace {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="{extract,schema,eval}")
    for add in (_add_extract, _add_schema, _add_events, _add_eval):
        add(sub)
    return parser


def main(argv: Optional[list[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except UsageError as exc:
        parser.exit(2, f"ukpeace {args.command}: error: {exc}\n")
    except KeyboardInterrupt:
        print("\ninterrupted; run the same command again to resume", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `ukpeace extract corpus/ | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())

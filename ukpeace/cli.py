"""The ``ukpeace`` command: extract records from files, print the JSON Schema, score a gold folder.

    ukpeace extract                              # the bundled founding article, as JSON
    ukpeace extract article.txt                  # one file → JSON on stdout
    ukpeace extract corpus/ -o out.jsonl         # a folder of .txt → JSON lines, resumable
    ukpeace extract news.parquet -o tables/ --workers 4     # → meetings/proposals/money/attacks/
                                                            #   entities/documents.parquet
    ukpeace schema --type Meeting
    ukpeace eval gold_dir/ --verbose

Inputs: a .txt file (doc_id = file stem), a folder of .txt files, a .jsonl file of
{"text", "doc_id", "published"} objects, a Parquet file with those columns, or "-" (stdin,
one document). Web pages: .html/.htm files (alone or in a folder) and JSONL rows or Parquet
columns with "html" instead of "text" are read with extract_html; a "url" (--url-column)
goes into the documents table. A document that cannot be read or parsed becomes a result with status
"error" in its place; the run goes on.

Long runs are resumable: JSONL output (and the journal OUT/extractions.jsonl behind table
output) is appended line by line, and a rerun skips the doc_ids already written, after
cutting off a last line that an interruption left truncated.

Exit codes: 0 success, 2 usage error (bad option, missing or unreadable path), 130 interrupted.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json-lines", ".jsonlines")
TABLE_FORMATS = ("parquet", "csv")
JOURNAL = "extractions.jsonl"
SAMPLE = "seed-miami-davos.txt"


class UsageError(Exception):
    """A problem with the command line or its paths: reported in one line, exit code 2."""


# ---------- inputs ----------
@dataclass
class Source:
    """One input path: how many documents it holds (for the progress bar) and a lazy item stream.

    ``items(done)`` may leave out documents whose doc_id is in ``done`` before reading them
    (a resumed folder is not read again); the caller filters the rest.
    """
    label: str
    count: int
    items: Callable[[set], Iterator[Any]]
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


def _txt_item(path: Path):
    try:
        return {"text": path.read_bytes(), "doc_id": path.stem}  # bytes: the API reports non-UTF-8 in place
    except OSError as exc:
        return _error(path.stem, f"cannot read {path}: {exc.strerror or exc}")


HTML_SUFFIXES = (".html", ".htm")


def _html_item(path: Path):
    """A saved web page: its bytes (decoded from the page's charset by extract_html's reader)."""
    try:
        return {"html": path.read_bytes(), "doc_id": path.stem}
    except OSError as exc:
        return _error(path.stem, f"cannot read {path}: {exc.strerror or exc}")


def _file_item(path: Path):
    return _html_item(path) if path.suffix.lower() in HTML_SUFFIXES else _txt_item(path)


def _txt_source(path: Path) -> Source:
    return Source(str(path), 1, lambda done: iter([_file_item(path)]), single=True)


def _folder_source(path: Path) -> Source:
    files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in (".txt", *HTML_SUFFIXES))
    if not files:
        raise UsageError(f"no .txt files (or .html pages) in folder {path}")
    return Source(str(path), len(files), lambda done: (_file_item(p) for p in files if p.stem not in done))


def _count_lines(path: Path) -> int:
    with open(path, "rb") as fh:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))


def _jsonl_items(path: Path) -> Iterator[Any]:
    """Objects as they are; a bare JSON string is a text; a bad line becomes an error result in place."""
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            fallback_id = f"{path.stem}:{lineno}"
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


def _jsonl_source(path: Path) -> Source:
    return Source(str(path), _count_lines(path), lambda done: _jsonl_items(path))


def _parquet_source(path: Path, url_column: str = "url") -> Source:
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

    def items(done):
        row = 0
        for batch in pf.iter_batches(batch_size=1024, columns=columns):
            for obj in batch.to_pylist():
                if obj.get("doc_id") is None:
                    obj["doc_id"] = f"{path.stem}:{row}"
                row += 1
                yield obj

    return Source(str(path), pf.metadata.num_rows, items)


def _stdin_source() -> Source:
    return Source("stdin", 1, lambda done: iter([{"text": sys.stdin.buffer.read(), "doc_id": "stdin"}]), single=True)


def _sample_source() -> Source:
    """The bundled founding article; its publication date comes from its dateline."""
    from importlib import resources

    def items(done):
        text = resources.files("ukpeace.resources.samples").joinpath(SAMPLE).read_text("utf-8")
        return iter([{"text": text, "doc_id": Path(SAMPLE).stem}])

    return Source("sample", 1, items, single=True)


def open_source(arg: str, url_column: str = "url") -> Source:
    """The Source of a command-line path; UsageError when it is missing, unreadable or of no known kind."""
    if arg == "-":
        return _stdin_source()
    path = Path(arg)
    _check_readable(path)
    if path.is_dir():
        return _folder_source(path)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return _jsonl_source(path)
    if suffix in (".parquet", ".pq"):
        return _parquet_source(path, url_column)
    if suffix == ".txt" or suffix in HTML_SUFFIXES:
        return _txt_source(path)
    raise UsageError(f"do not know how to read {path}: expected a .txt or .html file, a folder of them, "
                     f"a {'/'.join(JSONL_SUFFIXES)} file, a .parquet file or '-'")


def _drop_missing_published(items: Iterator[Any]) -> Iterator[Any]:
    """A null/empty/NaN date counts as none, so that --published (the extract_many default) fills it in."""
    for item in items:
        if isinstance(item, dict) and _missing(item.get("published")):
            item.pop("published", None)
        yield item


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


def resume_journal(path: Path) -> set[str]:
    """doc_ids already in a JSONL output; cuts off a truncated last line so that appending stays valid JSONL."""
    done: set[str] = set()
    if not path.exists():
        return done
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
                done.add(str(row["doc_id"]))
            keep += len(raw)
            newline_lost = not complete  # whole JSON, interrupted before its newline
    if keep < path.stat().st_size:
        os.truncate(path, keep)
    if newline_lost:
        with open(path, "ab") as out:
            out.write(b"\n")
    return done


def _skip_done(items: Iterator[Any], done: set[str]) -> Iterator[Any]:
    for item in items:
        doc_id = item.get("doc_id", item.get("id")) if isinstance(item, dict) else item.doc_id
        if doc_id is None or str(doc_id) not in done:
            yield item


# ---------- running ----------
def run_extraction(stream: Iterable[Any], **kwargs) -> Iterator[Any]:
    """extract_many over the items, with ready-made error results kept in their input position."""
    from . import extract_many
    from .models import Extraction

    order: deque = deque()  # per input: None for "next result of extract_many", else the ready result

    def feed():
        for x in stream:
            if isinstance(x, Extraction):
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


def _append_journal(results: Iterator[Any], path: Path) -> int:
    from .export import to_jsonl

    path.parent.mkdir(parents=True, exist_ok=True)
    return to_jsonl(results, path, append=True)


def cmd_extract(args) -> int:
    if args.paths.count("-") > 1:
        raise UsageError("'-' (stdin) can be given only once")
    sources = [open_source(p, args.url_column) for p in args.paths] if args.paths else [_sample_source()]
    plan = plan_output(args.output, args.format)
    _check_published(args.published)
    done = resume_journal(plan.journal) if plan.journal is not None else set()
    if done:
        _say(args, f"resuming {plan.journal}: {len(done)} documents already done")
    items = _skip_done((item for src in sources for item in _drop_missing_published(src.items(done))), done)
    items = _carry_url(items, args.url_column)
    results = run_extraction(items, n_process=args.workers, batch_size=args.batch_size, profile=args.profile,
                             published=args.published)
    results = _progress(results, max(0, sum(s.count for s in sources) - len(done)), args)
    if plan.kind == "stdout":
        _write_stdout(results, single=len(sources) == 1 and sources[0].single)
        return 0
    n = _append_journal(results, plan.journal)
    _say(args, f"wrote {n} documents to {plan.journal}")
    if plan.kind == "tables":
        from .export import read_jsonl, write_tables

        paths = write_tables(read_jsonl(plan.journal), plan.folder, fmt=plan.fmt)
        _say(args, f"tables in {plan.folder}: {', '.join(p.name for p in paths.values())}")
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
def schema_models() -> dict[str, type]:
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

    evaluate(gold, profile=args.profile, verbose=args.verbose)
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


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(prog="ukpeace", description=__doc__.split("\n")[0])
    parser.add_argument("--version", action="version", version=f"ukpeace {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="{extract,schema,eval}")

    ex = sub.add_parser("extract", help="extract records from articles",
                        description="Extract meeting/proposal/money/attack records and entities from "
                                    "Japanese news. With no PATH, the bundled founding article.")
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
    ex.add_argument("--url-column", default="url", metavar="NAME",
                    help="JSONL field / Parquet column with the page address, carried into the documents "
                         "table as source_url (default: url)")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar or messages on stderr")
    ex.add_argument("--progress", action="store_true", help="show the progress bar even when stderr is no TTY")
    ex.set_defaults(func=cmd_extract)

    sc = sub.add_parser("schema", help="print the JSON Schema of the output models")
    sc.add_argument("--type", default="Extraction", help="model name: Extraction (default), Meeting, Proposal, "
                                                          "Money, Attack, Entity, ...")
    sc.set_defaults(func=cmd_schema)

    ev = sub.add_parser("eval", help="score extraction against a gold folder")
    ev.add_argument("gold_dir", metavar="GOLD_DIR")
    ev.add_argument("--verbose", action="store_true", help="list the misses per document")
    ev.add_argument("--profile", choices=("full", "fast"), default="full")
    ev.set_defaults(func=cmd_eval)
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

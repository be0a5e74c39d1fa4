"""Research-ready tables derived from the pydantic models: one table per record type, entities, documents.

Why derived: the models are the contract, so every column here comes from walking their
fields and annotations. A field added to a model shows up as a column without touching
this file, and an empty input still yields the full, typed set of columns (which is what
Dask ``meta`` and a stable Parquet schema need).

Flattening rules, by annotation:

- scalar (str, Literal, int, float, bool, date)  → one column with a fixed nullable dtype;
- nested model (location: Place, amount: Amount) → its fields with a prefix (location_lat, amount_value);
- union of models (Entity.value)                 → the union of their fields with a prefix (value_start);
- list of spans (evidence)                       → the first span flattened (evidence_start ...) plus
                                                    ``<name>_spans``, all spans as a list of
                                                    {start, end, text} structs;
- list of named things (Actor, Place)            → ``<name>``: a list of canonical names (the surface
                                                    text where no canonical name is known) and
                                                    ``<name>_ids``, a list of ids, positions aligned;
- list of str (weapons, instruments, aliases)    → a list of strings;
- list of other models (impacts)                 → a list of structs of their (flattened) fields.

List columns hold Python lists in pandas and are Arrow ``list<string>`` (or ``list<struct>``) in
Parquet: no joined or JSON strings anywhere but in CSV, which has no lists (strings joined with
"; ", structs as JSON).

    >>> tabs = tables(results)                 # one result or many → {"meetings": DataFrame, ...}
    >>> write_tables(results, "out/", fmt="parquet")
"""
from __future__ import annotations

import datetime as dt
import json
import os
import types
import warnings
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import (Annotated, Any, Callable, Iterable, Iterator, Literal, Optional, Union, cast, get_args,
                    get_origin)

import pandas as pd
import pyarrow as pa
from pydantic import BaseModel

from .models import RECORD_TYPES, Entity, Extraction, NoiseSpan, Quality, Span

__all__ = ["TABLES", "TABLE_NAMES", "tables", "records_frame", "entities_frame", "documents_frame", "frame_for",
           "table_schema", "write_tables", "to_jsonl", "read_jsonl"]

# file/table name of each record type
TABLES = {"meetings": "meeting", "proposals": "proposal", "money": "money", "attacks": "attack"}
TABLE_NAMES = (*TABLES, "entities", "documents")
JOIN = "; "
# pandas dtype and Parquet type of each value kind; lists stay Python lists in pandas (an ArrowDtype
# list column would not survive pandas' own Parquet metadata) and become list<string> (or, for lists of
# models, list<struct>, whose type the Column carries) in Parquet
_DTYPES = {"str": "string", "json": "string", "int": "Int64", "float": "float64", "bool": "boolean",
           "date": "datetime64[ms]", "list": object, "structs": object}
_ARROW = {"str": pa.string(), "json": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
          "date": pa.timestamp("ms"), "list": pa.list_(pa.string())}
_SCALARS = {str: "str", int: "int", float: "float", bool: "bool", dt.date: "date"}
_FIRST_FIELDS = ("id", "type", "confidence", "evidence")  # record columns lead with these, the rest keep model order


@dataclass(frozen=True)
class Column:
    """One output column: its name, a value kind (key of _DTYPES) and how to read it from a row object."""
    name: str
    kind: str
    get: Callable[[Any], Any]
    arrow: Optional[pa.DataType] = None  # the Parquet type when _ARROW has none for the kind (structs)

    @property
    def arrow_type(self) -> pa.DataType:
        return self.arrow if self.arrow is not None else _ARROW[self.kind]


# ---------- reading the annotations ----------
def _unwrap(tp):
    """Drop Optional and Annotated: every column is nullable anyway."""
    if get_origin(tp) is Annotated:
        return _unwrap(get_args(tp)[0])
    if get_origin(tp) in (Union, types.UnionType):
        args = tuple(a for a in get_args(tp) if a is not type(None))
        return _unwrap(args[0]) if len(args) == 1 else Union[args]
    return tp


def _is_model(tp) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def _model_union(tp) -> tuple:
    """The member models of a Union of models, else ()."""
    if get_origin(tp) in (Union, types.UnionType) and all(_is_model(a) for a in get_args(tp)):
        return get_args(tp)
    return ()


def _scalar_kind(tp) -> str:
    if get_origin(tp) is Literal:
        return "str"
    for base, kind in _SCALARS.items():
        if isinstance(tp, type) and issubclass(tp, base) and not (base is int and tp is bool):
            return "bool" if tp is bool else kind
    return "json"  # anything exotic survives as JSON rather than being dropped


# ---------- getters ----------
def _attr(get: Callable, name: str) -> Callable:
    """Compose: read ``name`` from what ``get`` returns; None all the way down when a level is missing."""
    def read(obj):
        parent = get(obj)
        return None if parent is None else getattr(parent, name, None)
    return read


def _first(get: Callable) -> Callable:
    def read(obj):
        items = get(obj)
        return items[0] if items else None
    return read


def _names(get: Callable) -> Callable:
    def read(obj):
        return [i.canonical or i.text for i in get(obj) or []]
    return read


def _ids(get: Callable) -> Callable:
    def read(obj):
        return [i.id for i in get(obj) or []]
    return read


def _structs(item: type[BaseModel], get: Callable) -> Column:
    """A list of models as a list of structs of their flattened scalar fields."""
    fields = model_columns(item)
    arrow = pa.list_(pa.struct([pa.field(c.name, pa.date32() if c.kind == "date" else c.arrow_type)
                                for c in fields]))

    def read(obj):
        items = get(obj)
        return None if items is None else [{c.name: c.get(i) for c in fields} for i in items]
    return Column("", "structs", read, arrow)


def _as_json(get: Callable) -> Callable:
    def read(obj):
        value = get(obj)
        if value is None:
            return None
        if isinstance(value, BaseModel):
            return value.model_dump_json()
        if isinstance(value, list):
            return json.dumps([v.model_dump(mode="json") if isinstance(v, BaseModel) else v for v in value],
                              ensure_ascii=False)
        return json.dumps(value, ensure_ascii=False, default=str)
    return read


def _as_list(get: Callable) -> Callable:
    def read(obj):
        value = get(obj)
        return None if value is None else [str(v) for v in value]
    return read


# ---------- columns from models ----------
def _field_columns(name: str, tp, get: Callable) -> list[Column]:
    """Columns for one field, following the flattening rules of the module docstring."""
    tp = _unwrap(tp)
    if _is_model(tp):
        return model_columns(tp, f"{name}_", get)
    members = _model_union(tp)
    if members:
        return _union_columns(members, f"{name}_", get)
    if get_origin(tp) is list:
        return _list_columns(name, _unwrap(get_args(tp)[0]), get)
    return [Column(name, _scalar_kind(tp), get)]


def _list_columns(name: str, item, get: Callable) -> list[Column]:
    if _is_model(item) and issubclass(item, Span):
        return model_columns(item, f"{name}_", _first(get)) + [_named(_structs(item, get), f"{name}_spans")]
    if _is_model(item) and "canonical" in item.model_fields:
        return [Column(name, "list", _names(get)), Column(f"{name}_ids", "list", _ids(get))]
    if _is_model(item):
        return [_named(_structs(item, get), name)]
    if _scalar_kind(item) == "str":
        return [Column(name, "list", _as_list(get))]
    return [Column(name, "json", _as_json(get))]


def _named(col: Column, name: str) -> Column:
    return Column(name, col.kind, col.get, col.arrow)


def _union_columns(members: tuple, prefix: str, get: Callable) -> list[Column]:
    """Fields of several models under one prefix; a field shared by members appears once."""
    seen: dict[str, Column] = {}
    for member in members:
        for col in model_columns(member, prefix, get):
            seen.setdefault(col.name, col)
    return list(seen.values())


def model_columns(cls: type[BaseModel], prefix: str = "", get: Callable = lambda o: o,
                  skip: Iterable[str] = (), rename: Optional[dict] = None,
                  order: Iterable[str] = ()) -> list[Column]:
    """All columns of a model class, in field order (``order`` first), flattened recursively."""
    rename = rename or {}
    names = [n for n in order if n in cls.model_fields]
    names += [n for n in cls.model_fields if n not in names and n not in set(skip)]
    cols: list[Column] = []
    for n in names:
        cols += _field_columns(prefix + rename.get(n, n), cls.model_fields[n].annotation, _attr(get, n))
    return cols


# ---------- table definitions ----------
def _doc(pair):
    return pair[0]


def _item(pair):
    return pair[1]


def _doc_columns() -> list[Column]:
    """doc_id and published: the keys that join every table to its document."""
    keep = ("doc_id", "published")
    return model_columns(Extraction, get=_doc, skip=[n for n in Extraction.model_fields if n not in keep])


@lru_cache(maxsize=None)
def record_columns(rtype: str) -> tuple[Column, ...]:
    """Columns of the table of one record type; rows are (Extraction, record) pairs."""
    cls = cast(type[BaseModel], RECORD_TYPES[rtype])
    return tuple(_doc_columns() + model_columns(cls, get=_item, rename={"id": "record_id"}, order=_FIRST_FIELDS))


@lru_cache(maxsize=None)
def entity_columns() -> tuple[Column, ...]:
    """Columns of the long entity table; rows are (Extraction, Entity) pairs."""
    return tuple(_doc_columns()[:1] + model_columns(Entity, get=_item, order=("start", "end", "text", "label")))


def _length(get: Callable) -> Callable:
    return lambda obj: len(get(obj) or ())


def _counter(rtype: str) -> Callable:
    return lambda ext: sum(1 for r in ext.records if r.type == rtype)


@lru_cache(maxsize=None)
def document_columns() -> tuple[Column, ...]:
    """Columns of the per-document table; rows are Extractions. Lists of entities/records become counts."""
    cols = model_columns(Extraction, skip=("entities", "records", "quality"))
    cols += model_columns(Quality, "quality_", _attr(lambda e: e, "quality"), skip=("noise_spans", "chrome_spans"))
    for kind in ("noise", "chrome"):
        spans = _attr(_attr(lambda e: e, "quality"), f"{kind}_spans")
        cols.append(Column(f"{kind}_count", "int", _length(spans)))
        cols.append(_named(_structs(NoiseSpan, spans), f"{kind}_spans"))
    cols.append(Column("n_entities", "int", lambda e: len(e.entities)))
    cols += [Column(f"n_{table}", "int", _counter(rtype)) for table, rtype in TABLES.items()]
    return tuple(cols)


# ---------- frames ----------
def _series(values: list, kind: str) -> pd.Series:
    if kind == "date":
        return pd.Series(pd.to_datetime(pd.Series(values, dtype=object)), dtype="datetime64[ms]")
    dtype: Any = _DTYPES[kind]
    return pd.Series(values, dtype=dtype)


def _frame(columns: Iterable[Column], rows: list) -> pd.DataFrame:
    """A DataFrame with one fixed dtype per column, so that empty and full frames agree."""
    return pd.DataFrame({c.name: _series([c.get(r) for r in rows], c.kind) for c in columns})


Results = Union[Extraction, Iterable[Extraction]]


def _materialise(results: Results) -> list[Extraction]:
    """A list of Extractions from one Extraction, a list or any iterable of them."""
    if isinstance(results, Extraction):
        return [results]
    if isinstance(results, (BaseModel, str, bytes)):
        raise TypeError(f"expected an Extraction or an iterable of them, not {type(results).__name__}")
    return results if isinstance(results, list) else list(results)


def _record_type(name: str) -> str:
    if name in RECORD_TYPES:
        return name
    if name in TABLES:
        return TABLES[name]
    raise ValueError(f"unknown record type {name!r}; expected one of {sorted(RECORD_TYPES)}")


def records_frame(results: Results, type: str) -> pd.DataFrame:
    """One row per record of ``type`` ("meeting", "proposal", "money", "attack"), in document order."""
    rtype = _record_type(type)
    rows = [(ext, rec) for ext in _materialise(results) for rec in ext.records if rec.type == rtype]
    return _frame(record_columns(rtype), rows)


def entities_frame(results: Results) -> pd.DataFrame:
    """One row per entity of every document: offsets, label, canonical name, place and value fields."""
    rows = [(ext, ent) for ext in _materialise(results) for ent in ext.entities]
    return _frame(entity_columns(), rows)


def documents_frame(results: Results) -> pd.DataFrame:
    """One row per document: status, error, size, text quality and how many records of each type it gave."""
    return _frame(document_columns(), _materialise(results))


def table_columns(table: str) -> tuple[Column, ...]:
    """The columns of a table name of write_tables."""
    if table == "entities":
        return entity_columns()
    if table == "documents":
        return document_columns()
    return record_columns(_record_type(table))


def table_schema(table: str) -> pa.Schema:
    """The Parquet schema of a table, fixed by the models whatever the data (empty chunks included)."""
    return pa.schema([pa.field(c.name, c.arrow_type) for c in table_columns(table)])


def frame_for(table: str, results: Results) -> pd.DataFrame:
    """The frame of a table name of write_tables: meetings, proposals, money, attacks, entities, documents."""
    if table == "entities":
        return entities_frame(results)
    if table == "documents":
        return documents_frame(results)
    return records_frame(results, table)


def tables(results: Results) -> dict[str, pd.DataFrame]:
    """Every table of write_tables as DataFrames, by name: meetings, proposals, money, attacks, entities, documents.

    Takes one Extraction or any iterable of them; the columns and dtypes come from the models, so
    an empty input gives the same (empty) columns.
    """
    docs = _materialise(results)
    return {name: frame_for(name, docs) for name in TABLE_NAMES}


# ---------- files ----------
def _csv_ready(df: pd.DataFrame) -> pd.DataFrame:
    """CSV has no lists: lists of strings become "; "-joined strings, lists of structs JSON."""
    out = df.copy()
    for name in df.columns:
        if df[name].dtype == object:
            out[name] = df[name].map(_csv_cell).astype("string")
    return out


def _csv_cell(value: Any) -> Optional[str]:
    if value is None:
        return None
    items = list(value)
    if any(isinstance(v, dict) for v in items):
        return json.dumps(items, ensure_ascii=False, default=str)
    return JOIN.join("" if v is None else str(v) for v in items)


class _TableFile:
    """Appends frames to one Parquet or CSV file, written under a temporary name and renamed when complete."""

    def __init__(self, path: Path, fmt: str, schema: pa.Schema):
        self.path, self.fmt, self.schema = path, fmt, schema
        self.tmp = path.with_name(path.name + ".partial")
        self.writer: Any = None  # a pyarrow.parquet.ParquetWriter once the first Parquet chunk arrives
        self.rows = 0
        self.started = False

    def write(self, df: pd.DataFrame) -> None:
        if self.fmt == "parquet":
            import pyarrow.parquet as pq

            table = pa.Table.from_pandas(df, schema=self.schema, preserve_index=False)
            if self.writer is None:
                self.writer = pq.ParquetWriter(self.tmp, table.schema)
            self.writer.write_table(table)
        else:
            _csv_ready(df).to_csv(self.tmp, mode="a" if self.started else "w", header=not self.started,
                                  index=False, encoding="utf-8")
        self.started = True
        self.rows += len(df)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        os.replace(self.tmp, self.path)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def write_tables(results: Iterable[Extraction], out_dir, fmt: str = "parquet",
                 chunk_size: int = 2000) -> dict[str, Path]:
    """Write meetings/proposals/money/attacks/entities/documents.{parquet,csv} into ``out_dir``.

    One pass over ``results`` in chunks of ``chunk_size`` documents, so memory stays flat on
    large corpora; every file exists (with its full header/schema) even when empty.
    Returns the paths by table name.
    """
    if fmt not in ("parquet", "csv"):
        raise ValueError(f"fmt must be 'parquet' or 'csv', not {fmt!r}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = {name: _TableFile(out / f"{name}.{fmt}", fmt, table_schema(name)) for name in TABLE_NAMES}
    try:
        for chunk in _chunks(results, max(1, chunk_size)):
            for name, f in files.items():
                f.write(frame_for(name, chunk))
        for name, f in files.items():
            if not f.started:
                f.write(frame_for(name, []))
    finally:
        for f in files.values():
            if f.started:
                f.close()
    return {name: f.path for name, f in files.items()}


def to_jsonl(results: Iterable[Extraction], path, append: bool = False) -> int:
    """Write one Extraction per line (flushed line by line, so an interruption loses at most one line)."""
    n = 0
    with open(path, "a" if append else "w", encoding="utf-8") as fh:
        for res in results:
            fh.write(res.model_dump_json() + "\n")
            fh.flush()
            n += 1
    return n


def read_jsonl(path) -> Iterator[Extraction]:
    """Extractions from a JSONL file; a truncated or corrupt line is skipped with a warning, not fatal."""
    with open(path, encoding="utf-8", errors="replace") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield Extraction.model_validate_json(line)
            except ValueError as exc:
                warnings.warn(f"{path}:{lineno}: skipped an unreadable line ({str(exc).splitlines()[0]})",
                              stacklevel=2)

"""Write docs/tables.md, the data dictionary of the tables, from the models through ukpeace.export.

    python docs/gen_tables.py            # rewrite docs/tables.md
    python docs/gen_tables.py --check    # exit 1 when docs/tables.md is out of date

Every column, its pandas dtype and Parquet type come from ``ukpeace.export.table_columns``;
descriptions come from the models' ``Field(description=...)``, followed through nested
models (``location_lat`` is ``Place.lat``). Derived columns (ids aligned with names, all
spans, counts) are described by their flattening rule.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Literal, Optional, cast, get_args, get_origin

from pydantic import BaseModel

from ukpeace import export
from ukpeace.models import RECORD_TYPES, Entity, Extraction, Quality

OUT = Path(__file__).with_name("tables.md")
HEADER = """# Tables: the data dictionary

Generated from the models by `docs/gen_tables.py` (a test checks that it is current); do not
edit by hand. `ukpeace.tables(results)` returns these tables as pandas DataFrames, keyed by
name; `ukpeace extract ... -o OUT/ --format parquet` writes them as Parquet files with the
same columns.

List columns hold Python lists in pandas and Arrow lists in Parquet (`list<string>`, or
`list<struct<...>>` for lists of objects); only CSV joins strings with `"; "` and writes
objects as JSON. Record tables join to `documents` (and to `entities`) on `doc_id`.
"""
ROWS = {"meetings": "one row per meeting record", "proposals": "one row per proposal record",
        "money": "one row per money record", "attacks": "one row per attack record",
        "entities": "one row per entity of every document",
        "documents": "one row per input document: status, size, quality, provenance, record counts"}
DERIVED = {"record_id": "stable id: hash of doc_id, type and first evidence span",
           "noise_count": "number of noise spans", "noise_spans": "the noise spans, as structs",
           "chrome_count": "number of page-furniture spans", "chrome_spans": "the page-furniture spans, as structs",
           "n_entities": "number of entities"}


def _unwrap(tp: Any) -> Any:
    return export._unwrap(tp)


def _models(tp: Any) -> list[type[BaseModel]]:
    """The model classes a field holds: itself, its list item or its union members."""
    tp = _unwrap(tp)
    if get_origin(tp) is list:
        return _models(get_args(tp)[0])
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return [tp]
    return [a for a in get_args(tp) if isinstance(a, type) and issubclass(a, BaseModel)]


def _literal(tp: Any) -> str:
    tp = _unwrap(tp)
    if get_origin(tp) is Literal:
        return "one of " + ", ".join(f"`{v}`" for v in get_args(tp))
    return ""


def _explain(cls: type[BaseModel], name: str, rest: str = "") -> str:
    """`Model.field`, its description, its allowed values; the flattening rule for derived columns."""
    info = cls.model_fields[name]
    bits = [f"`{cls.__name__}.{name}`"]
    if info.description:
        bits.append(info.description)
    if _literal(info.annotation):
        bits.append(_literal(info.annotation))
    item = _models(info.annotation)
    if rest == "ids":
        bits = [f"gazetteer ids of `{cls.__name__}.{name}`, aligned with its names (null where unknown)"]
    elif rest == "spans":
        bits.append("all spans as {start, end, text} structs; the columns before it hold the first")
    elif item and "canonical" in item[0].model_fields and get_origin(_unwrap(info.annotation)) is list:
        bits.append("canonical names (the surface text where none is known)")
    elif item and get_origin(_unwrap(info.annotation)) is list:
        bits.append("a list of structs with the fields of " + item[0].__name__)
    return ": ".join(bits[:2]) + ("; " + "; ".join(bits[2:]) if bits[2:] else "")


def describe(cls: type[BaseModel], column: str) -> Optional[str]:
    """What a column holds, from the model field it comes from (following prefixes into nested models)."""
    if column in cls.model_fields:
        return _explain(cls, column)
    for name in sorted(cls.model_fields, key=len, reverse=True):
        if not column.startswith(name + "_"):
            continue
        rest = column[len(name) + 1:]
        for sub in _models(cls.model_fields[name].annotation):
            found = describe(sub, rest)
            if found:
                return found
        if rest in ("ids", "spans"):
            return _explain(cls, name, rest)
    return None


def _description(table: str, column: str) -> str:
    if column in DERIVED:
        return DERIVED[column]
    if column.startswith("n_") and column[2:] in export.TABLES:
        return f"number of {export.TABLES[column[2:]]} records"
    if table in export.TABLES:
        classes: list[type[BaseModel]] = [cast(type[BaseModel], RECORD_TYPES[export.TABLES[table]]), Extraction]
    elif table == "entities":
        classes = [Entity, Extraction]
    else:
        classes = [Extraction, Quality]
    for cls in classes:
        bare = column.removeprefix("quality_") if cls is Quality else column
        found = describe(cls, bare)
        if found:
            return found
    return ""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render() -> str:
    """The whole page, as the generator writes it."""
    parts = [HEADER]
    for table in export.TABLE_NAMES:
        parts.append(f"\n## {table}\n\n{ROWS[table].capitalize()}.\n\n| column | pandas | Parquet | meaning |\n"
                     "| --- | --- | --- | --- |\n")
        for col in export.table_columns(table):
            pandas = str(export._DTYPES[col.kind]) if col.kind not in ("list", "structs") else "object (list)"
            parts.append(f"| `{col.name}` | {pandas} | `{_cell(str(col.arrow_type))}` | "
                         f"{_cell(_description(table, col.name))} |\n")
    return "".join(parts)


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        current = OUT.read_text("utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is out of date: run python docs/gen_tables.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

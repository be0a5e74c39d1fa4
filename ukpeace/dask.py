"""Extraction over Dask DataFrames and Bags: the same records as ukpeace.extract_many, at cluster scale.

Each partition goes through ``ukpeace.extract_many`` inside its worker; the GiNZA model is
loaded once per worker process (``ukpeace.pipeline.get_nlp`` is cached per process) and
reused by every partition that worker runs. Results cross the wire as Extraction JSON and
are turned into the tables of ``ukpeace.export``, whose ``meta`` comes from the export
functions on an empty list, so the columns and dtypes are those of the local tables.

Dask is imported only inside these functions: ``import ukpeace`` stays light.

Example, on one machine with a process per core (each process holds one model, ~0.5 GB)::

    import dask
    import dask.dataframe as dd
    from distributed import Client, LocalCluster
    from ukpeace.dask import extract_dataframe

    if __name__ == "__main__":
        with LocalCluster(n_workers=4, threads_per_worker=1, processes=True) as cluster, Client(cluster):
            news = dd.read_parquet("news/*.parquet")            # columns text, doc_id, published
            tables = extract_dataframe(news, profile="full")     # {"meeting", ..., "entities"}
            # one compute for all tables: the extraction step is shared, so it runs once
            meetings, money, ents = dask.compute(tables["meeting"], tables["money"], tables["entities"])
            # or write straight to disk:
            # dask.compute(tables["attack"].to_parquet("out/attacks", compute=False),
            #              tables["entities"].to_parquet("out/entities", compute=False))

Use ``threads_per_worker=1``: spaCy holds the GIL, so extra threads add memory, not speed.
Computing each table separately reruns the extraction; compute them together (as above),
or ``persist()`` the result of ``extractions_dataframe`` first.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Optional

from .export import TABLES, entities_frame, records_frame
from .models import RECORD_TYPES, Extraction

__all__ = ["extract_dataframe", "extract_bag", "extractions_dataframe"]

_JSON_META = {"doc_id": "string", "extraction": "string"}


def _clean(value: Any) -> Any:
    """pandas missing values (NaN, NaT, NA) mean "not given" to extract_many."""
    import pandas as pd

    try:
        return None if pd.isna(value) else value
    except (TypeError, ValueError):  # list-like values: not a missing marker
        return value


def _items(rows, text: str, doc_id: Optional[str], published: Optional[str]) -> list[dict]:
    """extract_many items from row dicts, reading the configured column/key names."""
    items = []
    for row in rows:
        item = {"text": _clean(row.get(text))}
        if doc_id and _clean(row.get(doc_id)) is not None:
            item["doc_id"] = str(row[doc_id])
        if published and _clean(row.get(published)) is not None:
            item["published"] = row[published]
        items.append(item)
    return items


def _extract_json(items: list, profile: str, batch_size: int) -> list[tuple[Optional[str], str]]:
    """(doc_id, Extraction JSON) per item; runs in the worker, where the model is cached."""
    from . import extract_many

    return [(res.doc_id, res.model_dump_json())
            for res in extract_many(items, profile=profile, batch_size=batch_size)]


def _extract_partition(pdf, text: str, doc_id: Optional[str], published: Optional[str], profile: str,
                       batch_size: int):
    import pandas as pd

    columns = [c for c in (text, doc_id, published) if c and c in pdf.columns]
    rows = pdf[columns].to_dict("records")
    out = _extract_json(_items(rows, text, doc_id, published), profile, batch_size)
    frame = pd.DataFrame(out, columns=list(_JSON_META), index=pdf.index)
    return frame.astype(_JSON_META)


def _extractions(partition) -> list[Extraction]:
    return [Extraction.model_validate_json(s) for s in partition["extraction"]]


def _records_partition(partition, rtype: str):
    return records_frame(_extractions(partition), rtype)


def _entities_partition(partition):
    return entities_frame(_extractions(partition))


def _empty_json_frame():
    import pandas as pd

    return pd.DataFrame({k: pd.Series([], dtype=v) for k, v in _JSON_META.items()})


def _check_type(record_type: Optional[str]) -> Optional[str]:
    if record_type is None or record_type in RECORD_TYPES:
        return record_type
    if record_type in TABLES:
        return TABLES[record_type]
    raise ValueError(f"unknown record_type {record_type!r}; expected one of {sorted(RECORD_TYPES)} or None")


def extractions_dataframe(ddf, text: str = "text", doc_id: Optional[str] = "doc_id",
                          published: Optional[str] = "published", profile: str = "full", batch_size: int = 32):
    """A Dask DataFrame (doc_id, extraction JSON), one row per input row: the shared first step.

    ``doc_id``/``published`` name optional columns; a column that is absent is simply not used.
    """
    if text not in ddf.columns:
        raise ValueError(f"no text column {text!r} in the DataFrame (columns: {list(ddf.columns)})")
    return ddf.map_partitions(_extract_partition, text, doc_id, published, profile, batch_size,
                              meta=_empty_json_frame(), enforce_metadata=False)


def tables_from_extractions(extractions, record_type: Optional[str] = None) -> dict:
    """{record type: Dask DataFrame, ..., "entities": Dask DataFrame} from an extractions_dataframe result."""
    rtype = _check_type(record_type)
    types = [rtype] if rtype else list(RECORD_TYPES)
    tables = {t: extractions.map_partitions(_records_partition, t, meta=records_frame([], t),
                                            enforce_metadata=False)
              for t in types}
    tables["entities"] = extractions.map_partitions(_entities_partition, meta=entities_frame([]),
                                                    enforce_metadata=False)
    return tables


def extract_dataframe(ddf, text: str = "text", doc_id: Optional[str] = "doc_id",
                      published: Optional[str] = "published", profile: str = "full",
                      record_type: Optional[str] = None, batch_size: int = 32) -> dict:
    """Records and entities of a Dask DataFrame of articles, as a dict of lazy Dask DataFrames.

    Keys: "meeting", "proposal", "money", "attack" (only ``record_type`` when it is given) and
    "entities" (the long entity table). Columns are those of ukpeace.export.records_frame /
    entities_frame. Compute several tables in one ``dask.compute`` call: the extraction then
    runs once.
    """
    _check_type(record_type)
    return tables_from_extractions(extractions_dataframe(ddf, text, doc_id, published, profile, batch_size),
                                   record_type)


def _bag_rows(part, text: str, doc_id: Optional[str], published: Optional[str]) -> list[Mapping[str, Any]]:
    """Bag elements as row dicts: a string is a text, a mapping is read by the column names."""
    rows: list[Mapping[str, Any]] = []
    for x in part:
        if isinstance(x, (str, bytes)):
            rows.append({text: x})
        elif isinstance(x, Mapping):
            rows.append(x)
        else:
            rows.append({text: x})  # extract_many reports the bad type in place
    return rows


def _extract_bag_partition(part, text, doc_id, published, profile, batch_size) -> list[dict]:
    items = _items(_bag_rows(part, text, doc_id, published), text, doc_id, published)
    return [{"doc_id": d, "extraction": j} for d, j in _extract_json(items, profile, batch_size)]


def extract_bag(bag, text: str = "text", doc_id: Optional[str] = "doc_id", published: Optional[str] = "published",
                profile: str = "full", record_type: Optional[str] = None, batch_size: int = 32):
    """Like extract_dataframe (a dict of Dask DataFrames) for a Dask Bag of strings or {text, doc_id,
    published} dicts."""
    _check_type(record_type)
    rows = bag.map_partitions(_extract_bag_partition, text, doc_id, published, profile, batch_size)
    extractions = rows.to_dataframe(meta=_empty_json_frame())
    return tables_from_extractions(extractions, record_type)

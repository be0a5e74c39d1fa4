"""The Dask path on a real multi-process cluster gives the records of extract_many, with stable columns."""
from __future__ import annotations

import json
import logging
import subprocess
import sys

import pandas as pd
import pytest

from test_export import extractions, items, record_keys
from ukpeace import export
from ukpeace.models import RECORD_TYPES

dask = pytest.importorskip("dask")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
db = pytest.importorskip("dask.bag")


@pytest.fixture(scope="module")
def client():
    """Two worker processes, one thread each: the layout the module docstring recommends."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=logging.ERROR) as cluster, distributed.Client(cluster) as c:
        yield c


def _keys(frames: dict) -> list[tuple[str, str, str]]:
    rows = pd.concat(frames.values(), ignore_index=True)
    return sorted(zip(rows["doc_id"], rows["type"], rows["record_id"]))


def test_dataframe_on_a_local_cluster_matches_extract_many(client):
    ddf = dd.from_pandas(pd.DataFrame(items()), npartitions=2)
    from ukpeace.dask import extract_dataframe

    tables = extract_dataframe(ddf, profile="fast")
    assert set(tables) == {*RECORD_TYPES, "entities"}
    records = {t: tables[t] for t in RECORD_TYPES}
    frames, ents = dask.compute(records, tables["entities"])  # one graph: the extraction runs once
    expected = extractions("fast")
    assert _keys(frames) == sorted(record_keys(expected))
    assert len(ents) == sum(len(r.entities) for r in expected)
    for rtype, frame in frames.items():
        assert list(frame.columns) == list(records[rtype].columns) == list(export.records_frame([], rtype).columns)
        assert frame.dtypes.to_dict() == export.records_frame([], rtype).dtypes.to_dict()
    assert list(ents.columns) == list(export.entities_frame([]).columns)


def test_one_record_type_and_a_bag(client):
    from ukpeace.dask import extract_bag, extract_dataframe

    expected = [k for k in record_keys(extractions("fast")) if k[1] == "attack"]
    ddf = dd.from_pandas(pd.DataFrame(items()), npartitions=3)
    tables = extract_dataframe(ddf, profile="fast", record_type="attack")
    assert set(tables) == {"attack", "entities"}
    got = tables["attack"].compute()
    assert sorted(zip(got.doc_id, got.type, got.record_id)) == sorted(expected)
    bag = db.from_sequence(items(), npartitions=2)
    tables = extract_bag(bag, profile="fast")
    frames = dask.compute({t: tables[t] for t in RECORD_TYPES})[0]
    assert _keys(frames) == sorted(record_keys(extractions("fast")))


def test_bad_arguments_fail_early():
    from ukpeace.dask import extract_dataframe

    ddf = dd.from_pandas(pd.DataFrame({"body": ["x"]}), npartitions=1)
    with pytest.raises(ValueError, match="no text column"):
        extract_dataframe(ddf)
    with pytest.raises(ValueError, match="unknown record_type"):
        extract_dataframe(ddf, text="body", record_type="speech")


def test_import_ukpeace_stays_light():
    code = ("import sys, time; t = time.perf_counter(); import ukpeace, ukpeace.dask, ukpeace.export; "
            "print(__import__('json').dumps({'s': time.perf_counter() - t, "
            "'heavy': [m for m in ('spacy', 'dask', 'distributed', 'ginza') if m in sys.modules]}))")
    out = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                    timeout=120).stdout)
    assert out["heavy"] == []

"""ukpeace.tables(): one call from one result or many to the CLI's tables, with real list columns."""
from __future__ import annotations

import json

import pandas as pd
import pyarrow.parquet as pq
import pytest
from test_export import _meeting_doc, extractions

import ukpeace
from ukpeace import cli, export
from ukpeace.models import Extraction

LIST_KINDS = ("list", "structs")


def _list_columns(table: str) -> list[str]:
    return [c.name for c in export.table_columns(table) if c.kind in LIST_KINDS]


def _results() -> list[Extraction]:
    return extractions() + [_meeting_doc()]


def test_one_result_and_many_give_the_same_tables():
    results = _results()
    many = ukpeace.tables(results)
    assert list(many) == ["meetings", "proposals", "money", "attacks", "entities", "documents"]
    assert sum(len(many[t]) for t in export.TABLES) == sum(len(r.records) for r in results)
    for res in results:
        one = ukpeace.tables(res)
        for name, frame in one.items():
            expected = many[name][many[name].doc_id == res.doc_id].reset_index(drop=True)
            pd.testing.assert_frame_equal(frame, expected, check_dtype=True)
    assert len(export.records_frame(results[0], "meeting")) == sum(r.type == "meeting" for r in results[0].records)


def test_tables_are_the_tables_the_cli_writes(tmp_path):
    results = _results()
    paths = export.write_tables(results, tmp_path)
    for name, frame in ukpeace.tables(iter(results)).items():  # any iterable, read once
        assert pq.read_schema(paths[name]).names == list(frame.columns)
        assert pq.read_table(paths[name]).num_rows == len(frame)


def test_list_fields_are_lists_everywhere_never_joined_or_json_strings():
    frames = ukpeace.tables(_results())
    seen = 0
    for name, frame in frames.items():
        for col in frame.columns:
            values = frame[col].dropna()
            if col in _list_columns(name):
                assert frame[col].dtype == object
                assert all(isinstance(v, list) for v in values), (name, col)
                seen += len(values)
            else:  # a scalar column: no value is a list, none is a joined or JSON-encoded list
                assert not any(isinstance(v, (list, dict)) for v in values), (name, col)
                texts = values[values.map(lambda v: isinstance(v, str))]
                assert not any(t.startswith(("[{", '["')) for t in texts), (name, col)
    assert seen > 0
    m = frames["meetings"].set_index("record_id").loc["mee-1"]
    assert m.participants == ["Donald Trump", "アラハミア"] and m.participants_ids == ["P1", None]
    assert [s["text"] for s in m.evidence_spans] == ["会談した", "協議"]
    assert frames["attacks"].set_index("record_id").loc["att-1"].impacts[0]["unit"] == "household"


def _py(value):
    """A cell as plain Python: Parquet gives numpy arrays where the frame holds lists."""
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, list):
        return [_py(v) for v in value]
    if isinstance(value, dict):
        return {k: _py(v) for k, v in value.items()}
    return value


def test_list_columns_round_trip_through_parquet(tmp_path):
    frames = ukpeace.tables(_results())
    for name, frame in frames.items():
        path = tmp_path / f"{name}.parquet"
        frame.to_parquet(path, schema=export.table_schema(name))
        back = pd.read_parquet(path)
        schema = pq.read_schema(path)
        for col in _list_columns(name):
            assert str(schema.field(col).type).startswith("list<"), (name, col)
            assert [_py(v) for v in back[col]] == [_py(v) for v in frame[col]], (name, col)
    assert str(pq.read_schema(tmp_path / "meetings.parquet").field("participants").type) == "list<element: string>"


def test_bad_input_is_a_clear_error():
    with pytest.raises(TypeError, match="Extraction"):
        ukpeace.tables("an article, not a result")  # type: ignore[arg-type]
    empty = ukpeace.tables([])
    assert all(len(f) == 0 for f in empty.values())
    assert list(empty["money"].columns) == list(ukpeace.tables(_results())["money"].columns)


def test_extract_without_a_path_prints_a_summary_and_json_on_request(capsys):
    assert cli.main(["extract", "--profile", "fast", "-q"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("seed-miami-davos (2026-01-19): ok")
    assert len(lines) <= 6 and all(len(line) < 200 for line in lines)
    counted = {line.split()[0]: int(line.split()[1]) for line in lines[1:5]}
    assert set(counted) == {"meeting", "proposal", "money", "attack"}
    assert cli.main(["extract", "--json", "--profile", "fast", "-q"]) == 0
    data = json.loads(capsys.readouterr().out)
    by_type = {t: sum(r["type"] == t for r in data["records"]) for t in counted}
    assert counted == by_type and sum(by_type.values()) > 0

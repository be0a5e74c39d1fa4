"""The ukpeace command: inputs, outputs, resumption after an interruption, schema, usage errors."""
from __future__ import annotations

import io
import json
import pathlib
import subprocess
import sys

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from test_export import docs
from ukpeace import cli, export

ROOT = pathlib.Path(__file__).resolve().parents[1]
FAST = ["--profile", "fast", "-q"]


def run(*argv: str) -> int:
    return cli.main(["extract", *argv, *FAST])


@pytest.fixture()
def folder(tmp_path) -> pathlib.Path:
    d = tmp_path / "in"
    d.mkdir()
    for doc_id, text in docs().items():
        (d / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    (d / "notes.md").write_text("not an article")
    return d


def jsonl_ids(path: pathlib.Path) -> list[str]:
    return [json.loads(line)["doc_id"] for line in path.read_text("utf-8").splitlines()]


# ---------- extract ----------
def test_no_path_prints_the_bundled_article_with_its_dateline_date(capsys):
    assert cli.main(["extract", "--json", *FAST]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["doc_id"] == "seed-miami-davos" and out["status"] == "ok"
    assert (out["published"], out["published_source"]) == ("2026-01-19", "dateline")


def test_folder_to_parquet_tables(folder, tmp_path, capsys):
    out = tmp_path / "tables"
    assert run(str(folder), "-o", str(out)) == 0
    assert capsys.readouterr().out == ""
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([f"{n}.parquet" for n in export.TABLE_NAMES] + [cli.JOURNAL])
    documents = pd.read_parquet(out / "documents.parquet")
    assert sorted(documents.doc_id) == sorted(docs())          # doc_id = file stem; the .md file is ignored
    results = list(export.read_jsonl(out / cli.JOURNAL))
    for name in export.TABLE_NAMES:
        table = pq.read_table(out / f"{name}.parquet")
        assert table.num_rows == len(export.frame_for(name, results))
        assert table.column_names == export.table_schema(name).names


def test_folder_to_csv_tables(folder, tmp_path):
    out = tmp_path / "csv"
    assert run(str(folder), "-o", str(out), "--format", "csv") == 0
    assert sorted(pd.read_csv(out / "documents.csv").doc_id) == sorted(docs())


def test_jsonl_output_resumes_after_an_interruption(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    assert run(str(folder), "-o", str(out)) == 0
    complete = out.read_bytes().splitlines(keepends=True)
    assert sorted(jsonl_ids(out)) == sorted(docs())
    # the run is killed while writing its third line
    out.write_bytes(b"".join(complete[:2]) + complete[2][:60])
    assert run(str(folder), "-o", str(out)) == 0
    lines = out.read_bytes().splitlines(keepends=True)
    assert lines[:2] == complete[:2]                      # kept, not redone
    assert sorted(jsonl_ids(out)) == sorted(docs())       # every document exactly once
    assert all(line.endswith(b"\n") for line in lines)
    # a new document in the folder: only it is processed on the next run
    (folder / "extra.txt").write_text(next(iter(docs().values())), encoding="utf-8")
    assert run(str(folder), "-o", str(out)) == 0
    assert sorted(jsonl_ids(out)) == sorted([*docs(), "extra"])


def test_tables_resume_from_their_journal(folder, tmp_path):
    out = tmp_path / "tables"
    assert run(str(folder), "-o", str(out)) == 0
    journal = out / cli.JOURNAL
    first = journal.read_bytes().splitlines(keepends=True)[0]
    journal.write_bytes(first + b'{"doc_id": "d-')   # interrupted after one document
    assert run(str(folder), "-o", str(out)) == 0
    assert sorted(jsonl_ids(journal)) == sorted(docs())
    documents = pd.read_parquet(out / "documents.parquet")
    assert sorted(documents.doc_id) == sorted(docs())


def test_jsonl_input_with_bad_lines_keeps_going(tmp_path, capsys):
    src = tmp_path / "news.jsonl"
    texts = list(docs().values())
    lines = [json.dumps({"doc_id": "a", "text": texts[0], "published": "2025-03-12"}, ensure_ascii=False),
             "{not json",
             json.dumps({"text": texts[1]}, ensure_ascii=False),          # no doc_id: file stem and line number
             json.dumps({"doc_id": "n", "text": 42}),
             ""]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run(str(src), "--published", "2025-07-12") == 0
    out = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [(r["doc_id"], r["status"]) for r in out] == [("a", "ok"), ("news:2", "error"), ("news:3", "ok"),
                                                         ("n", "error")]
    assert "not a JSON line" in out[1]["error"] and "int" in out[3]["error"]
    assert out[0]["published"] == "2025-03-12" and out[2]["published"] == "2025-07-12"


def test_parquet_input_and_stdin(tmp_path, capsys, monkeypatch):
    ids, texts = list(docs()), list(docs().values())
    src = tmp_path / "news.parquet"
    pq.write_table(pa.table({"doc_id": ids[:2], "text": texts[:2], "published": ["2025-03-12", None]}), src)
    out = tmp_path / "p.jsonl"
    assert run(str(src), "-o", str(out), "--workers", "1", "--batch-size", "1") == 0
    assert jsonl_ids(out) == ids[:2]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(texts[0].encode("utf-8"))))
    assert run("-", "--published", "2025-03-12") == 0
    res = json.loads(capsys.readouterr().out)
    assert (res["doc_id"], res["status"], res["published"]) == ("stdin", "ok", "2025-03-12")


def test_unreadable_utf8_file_is_an_error_record(tmp_path, capsys):
    bad = tmp_path / "latin.txt"
    bad.write_bytes("Kyiv café".encode("latin-1"))
    assert run(str(bad)) == 0
    res = json.loads(capsys.readouterr().out)
    assert res["status"] == "error" and "UTF-8" in res["error"]


@pytest.mark.parametrize("argv, message", [
    (["extract", "/no/such/path"], "no such file"),
    (["extract", "-o", "out.parquet"], "use a .jsonl file"),
    (["extract", "--format", "csv"], "give it with -o"),
    (["extract", "--published", "yesterday"], "YYYY-MM-DD"),
    (["extract", "--workers", "0"], "positive integer"),
    (["schema", "--type", "Speech"], "unknown --type"),
    (["eval", "/no/such/gold"], "no such file"),
    ([], "required"),
])
def test_usage_errors_exit_2_with_a_message(argv, message, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    assert exc.value.code == 2
    assert message in capsys.readouterr().err


def test_empty_folder_and_unknown_file_kind_are_usage_errors(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    (tmp_path / "data.xlsx").write_bytes(b"x")
    for target, message in ((tmp_path / "empty", "no .txt files"), (tmp_path / "data.xlsx", "do not know how")):
        with pytest.raises(SystemExit) as exc:
            run(str(target))
        assert exc.value.code == 2 and message in capsys.readouterr().err


# ---------- schema ----------
def _refs(node):
    if isinstance(node, dict):
        if "$ref" in node:
            yield node["$ref"]
        for v in node.values():
            yield from _refs(v)
    elif isinstance(node, list):
        for v in node:
            yield from _refs(v)


def test_schema_is_json_schema_with_the_contract_fields(capsys):
    assert cli.main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["type"] == "object" and schema["title"] == "Extraction"
    defs = schema["$defs"]
    assert all(ref.startswith("#/$defs/") and ref.split("/")[-1] in defs for ref in _refs(schema))
    assert {"doc_id", "published", "entities", "records", "quality"} <= set(schema["properties"])
    contract = {
        "Meeting": {"type", "evidence", "confidence", "name", "location", "date", "status", "mode", "participants",
                    "parties"},
        "Proposal": {"name", "kind", "points", "proposer", "revises", "status", "date"},
        "Money": {"amount", "period_years", "purpose", "instruments", "recipient", "donor"},
        "Attack": {"attacker", "target", "count", "weapons", "locations", "date", "casualties", "impacts"},
        "Amount": {"value", "currency", "qualifier", "text"},
        "TimeSpan": {"text", "start", "end", "granularity"},
        "Span": {"start", "end", "text"},
        "Entity": {"text", "label", "start", "end", "canonical", "kind", "lat", "lon", "country", "value"},
    }
    for model, fields in contract.items():
        assert fields <= set(defs[model]["properties"]), model
    assert set(defs["Meeting"]["properties"]["mode"]["enum"]) == {"in_person", "phone", "video"}


def test_schema_of_one_type(capsys):
    assert cli.main(["schema", "--type", "money"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Money" and "amount" in schema["required"]


def test_console_script_entry_point_and_module_run():
    tomllib = pytest.importorskip("tomllib")  # Python >= 3.11
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert meta["project"]["scripts"]["ukpeace"] == "ukpeace.cli:main"
    proc = subprocess.run([sys.executable, "-m", "ukpeace.cli", "schema", "--type", "Span"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and json.loads(proc.stdout)["title"] == "Span"
    proc = subprocess.run([sys.executable, "-m", "ukpeace.cli", "extract", "/no/such"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "no such file" in proc.stderr


def test_eval_calls_evaluate(monkeypatch, tmp_path):
    seen = {}

    def fake_evaluate(gold_dir, profile="full", verbose=False):
        seen.update(gold_dir=pathlib.Path(gold_dir), profile=profile, verbose=verbose)
        return {"F1": 1.0}

    import importlib

    import ukpeace

    # importing the submodule rebinds the package attribute ukpeace.evaluate: put it back afterwards
    monkeypatch.setattr(ukpeace, "evaluate", ukpeace.__dict__["evaluate"])
    monkeypatch.setattr(importlib.import_module("ukpeace.evaluate"), "evaluate", fake_evaluate)
    assert cli.main(["eval", str(tmp_path), "--profile", "fast", "--verbose"]) == 0
    assert seen == {"gold_dir": tmp_path, "profile": "fast", "verbose": True}

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
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))   # .extractions.jsonl.resume
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
    assert run(str(src), "--published", "2025-07-12") == 1            # two documents failed
    out = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [(r["doc_id"], r["status"]) for r in out] == [("a", "ok"), ("news:2", "error"), ("news:3", "ok"),
                                                         ("n", "error")]
    assert "not a JSON line" in out[1]["error"] and "int" in out[3]["error"]
    assert out[0]["published"] == "2025-03-12" and out[2]["published"] == "2025-07-12"
    # every result carries provenance, the line that never reached the extractor too
    assert all(r["provenance"]["ukpeace"] and r["provenance"]["profile"] == r["profile"] for r in out)


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


def test_undecodable_file_is_an_error_record_and_exit_status_1(tmp_path, capsys):
    bad = tmp_path / "binary.txt"
    bad.write_bytes(bytes(range(256)) * 8)
    assert run(str(bad)) == cli.EXIT_FAILED == 1
    res = json.loads(capsys.readouterr().out)
    assert res["status"] == "error" and "cannot detect the encoding" in res["error"]
    assert run(str(bad), "--allow-errors") == 0


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


# ---------- eval, for real ----------
GOLD = {
    "kharkiv": ("ロシア軍は20日、北東部ハルキウを無人機で攻撃し、3人が死亡、10人が負傷した。地元当局が明らかにした。"
                "ゼレンスキー大統領は同日、防空システムの追加供与を求めた。", {
        "id": "kharkiv", "published": "2025-03-21", "notes": "one strike; the request is a demand, not a plan",
        "records": [
            {"type": "attack", "attacker": [["Russia", "ロシア"]], "target": None, "count": None,
             "weapons": ["drone"], "locations": [["Kharkiv", "ハルキウ"]], "date": ["2025-03-20", "2025-03-20"],
             "casualties": {"killed": 3, "injured": 10}, "impacts": []},
            {"type": "proposal", "optional": True, "name": ["防空システムの追加供与"], "kind": "other", "points": None,
             "proposer": [["Ukraine"]], "revises": None, "status": "proposed", "date": None}]}),
    "brussels": ("欧州連合（EU）は1日、ブリュッセルで首脳会議を開き、ウクライナの復興を支援するため、"
                 "今後4年間で500億ユーロを拠出することで合意した。", {
        "id": "brussels", "published": "2025-02-02", "notes": "a summit and the fund it agreed",
        "records": [
            {"type": "meeting", "name": ["首脳会議", "EU summit"], "location": ["Brussels", "ブリュッセル"],
             "date": ["2025-02-01", "2025-02-01"], "status": "held", "mode": "in_person", "participants": [],
             "parties": [["European Union", "EU", "欧州連合"]]},
            {"type": "money", "amount": 50000000000, "currency": "EUR", "qualifier": "exact", "period_years": 4,
             "purpose": "reconstruction", "instruments": ["grant"], "recipient": [["Ukraine"]],
             "donor": [["European Union", "EU"]]}]}),
}


@pytest.fixture()
def gold_dir(tmp_path) -> pathlib.Path:
    d = tmp_path / "gold"
    d.mkdir()
    for stem, (text, gold) in GOLD.items():
        (d / f"{stem}.txt").write_text(text, encoding="utf-8")
        (d / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return d


def _table(out: str) -> dict[str, list[str]]:
    return {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.split()}


def test_eval_scores_a_gold_folder(gold_dir):
    """The real command on two articles: three records found, the optional one ignored, one field missed
    (the gold's instruments ["grant"]: the text says 拠出, the extractor gives none): 17 of 18 fields."""
    proc = subprocess.run([sys.executable, "-m", "ukpeace.cli", "eval", str(gold_dir), "--profile", "fast"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    rows = _table(proc.stdout)
    assert rows["attack"] == ["1.000", "1.000", "1.000", "1", "0", "0"]
    assert rows["meeting"] == ["1.000", "1.000", "1.000", "1", "0", "0"]
    assert rows["money"] == ["1.000", "1.000", "1.000", "1", "0", "0"]
    assert rows["proposal"] == ["0.000", "0.000", "0.000", "0", "0", "0"]    # optional: neither hit nor miss
    assert rows["money.instruments"] == ["0.000"] and rows["money.purpose"] == ["1.000"]
    assert "overall F1=1.000 field=0.944" in proc.stdout                      # 17/18


def test_eval_notices_a_broken_rule(gold_dir, monkeypatch, capsys):
    from ukpeace.rules import money

    monkeypatch.setattr(money, "extract", lambda view: [])
    assert cli.main(["eval", str(gold_dir), "--profile", "fast", "--verbose"]) == 0
    out = capsys.readouterr().out
    assert _table(out)["money"] == ["0.000", "0.000", "0.000", "0", "0", "1"]
    assert "FN money 50000000000" in out
    assert "overall F1=0.800 field=1.000" in out                              # P 1, R 2/3; 11/11 fields
    assert "errors: 0" in out


def test_eval_reports_a_document_that_failed_and_exits_1(gold_dir, monkeypatch, capsys):
    from ukpeace.rules import attack

    def broken(view):
        raise RuntimeError("attack rule broke")

    monkeypatch.setattr(attack, "extract", broken)
    assert cli.main(["eval", str(gold_dir), "--profile", "fast"]) == cli.EXIT_FAILED
    out = capsys.readouterr().out
    assert "errors: 2" in out and "RuntimeError: attack rule broke" in out
    assert "overall F1=0.000" in out


# ---------- the CLI tells the truth: summary, exit status ----------
ARTICLE = "ロシア軍は20日、ハルキウを無人機で攻撃し、3人が死亡した。ウクライナのゼレンスキー大統領が明らかにした。"


def test_summary_on_stderr_and_nonzero_exit_when_a_document_failed(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "blank.txt").write_text("   \n", encoding="utf-8")
    (d / "junk.txt").write_bytes(bytes(range(256)) * 8)
    argv = ["extract", str(d), "--profile", "fast"]
    assert cli.main(argv) == 1
    cap = capsys.readouterr()
    statuses = sorted((r["doc_id"], r["status"]) for r in map(json.loads, cap.out.splitlines()))
    assert statuses == [("blank", "empty"), ("good", "ok"), ("junk", "error")]
    assert "3 documents: 1 ok, 1 empty, 1 error" in cap.err
    assert "junk: ValueError" in cap.err and "--allow-errors" in cap.err
    assert cli.main([*argv, "--allow-errors"]) == 0
    assert "1 ok, 1 empty, 1 error" in capsys.readouterr().err


def test_every_document_failing_is_not_reported_as_written(tmp_path):
    """A real process: the exit status and stderr a shell script sees."""
    d = tmp_path / "in"
    d.mkdir()
    for name in ("a", "b"):
        (d / f"{name}.txt").write_bytes(b"\x00\xff\xfe\x81" * 300)
    proc = subprocess.run([sys.executable, "-m", "ukpeace.cli", "extract", str(d), "-o", str(tmp_path / "o.jsonl"),
                           "--profile", "fast"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr
    assert "2 documents: 0 ok, 0 empty, 2 error" in proc.stderr
    assert "--allow-errors" in cli.build_parser()._subparsers._group_actions[0].choices["extract"].format_help()


# ---------- encodings ----------
ENCODINGS = {"utf8": "utf-8", "bom": "utf-8-sig", "sjis": "cp932", "eucjp": "euc_jp", "utf16": "utf-16",
             "utf16le": "utf-16-le"}


def test_japanese_encodings_are_detected_and_reported_per_document(tmp_path):
    d = tmp_path / "enc"
    d.mkdir()
    for name, codec in ENCODINGS.items():
        (d / f"{name}.txt").write_bytes(ARTICLE.encode(codec))
    out = tmp_path / "tables"
    assert run(str(d), "-o", str(out)) == 0
    docs_ = pd.read_parquet(out / "documents.parquet").set_index("doc_id")
    assert set(docs_.status) == {"ok"}
    assert set(docs_.chars) == {len(ARTICLE)}                      # a BOM is not text
    assert docs_.loc["bom", "noise_count"] == 0                     # nor noise
    enc = docs_.source_encoding.to_dict()
    assert enc["utf8"] == "utf-8" and enc["bom"] == "utf-8-sig" and enc["sjis"] == "cp932"
    assert enc["eucjp"].startswith("euc") and enc["utf16"] == "utf-16" and enc["utf16le"].startswith("utf-16")
    results = {r.doc_id: r for r in export.read_jsonl(out / cli.JOURNAL)}
    expected = [(e.start, e.end, e.text, e.canonical) for e in results["utf8"].entities]
    assert expected and all([(e.start, e.end, e.text, e.canonical) for e in r.entities] == expected
                            for r in results.values())
    assert all(ARTICLE[e.start:e.end] == e.text for e in results["sjis"].entities)


def test_encoding_option(tmp_path, capsys):
    f = tmp_path / "sjis.txt"
    f.write_bytes(ARTICLE.encode("cp932"))
    assert run(str(f), "--encoding", "shift_jis_2004") == 0
    res = json.loads(capsys.readouterr().out)
    assert res["status"] == "ok" and res["source"]["encoding"] == "shift_jis_2004"
    assert run(str(f), "--encoding", "utf-8") == 1                   # told wrong: an error record, exit 1
    res = json.loads(capsys.readouterr().out)
    assert res["status"] == "error" and "not valid utf-8" in res["error"]
    with pytest.raises(SystemExit) as exc:
        run(str(f), "--encoding", "klingon")
    assert exc.value.code == 2 and "unknown encoding 'klingon'" in capsys.readouterr().err


def test_bytes_through_the_api_are_decoded_and_report_their_encoding():
    import ukpeace

    plain = ukpeace.extract(ARTICLE, profile="fast")
    assert plain.source is None
    for codec in ("utf-8-sig", "cp932", "euc_jp", "utf-16"):
        res = ukpeace.extract(ARTICLE.encode(codec), profile="fast")
        assert res.status == "ok" and res.source.encoding and res.quality.noise_spans == []
        assert [(e.start, e.text) for e in res.entities] == [(e.start, e.text) for e in plain.entities]
    items = [{"text": ARTICLE.encode("cp932"), "encoding": "cp932"},
             {"text": ARTICLE.encode("cp932"), "encoding": "utf-8"}]
    a, b = ukpeace.extract_many(items, profile="fast")
    assert (a.status, a.source.encoding) == ("ok", "cp932") and b.status == "error"


# ---------- resume keyed on content and options ----------
def _rows(path: pathlib.Path) -> dict[str, dict]:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    ids = [r["doc_id"] for r in rows]
    assert len(ids) == len(set(ids)), ids                               # never two rows for one document
    return {r["doc_id"]: r for r in rows}


def test_resume_redoes_edited_documents_and_keeps_the_others(folder, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert run(str(folder), "-o", str(out)) == 0
    before = out.read_text("utf-8").splitlines()
    first, second = sorted(docs())[:2]
    (folder / f"{first}.txt").write_text(ARTICLE, encoding="utf-8")    # edited since the last run
    assert cli.main(["extract", str(folder), "-o", str(out), "--profile", "fast"]) == 0
    assert f"({len(docs()) - 1} unchanged, skipped)" in capsys.readouterr().err
    rows = _rows(out)
    assert sorted(rows) == sorted(docs())
    assert rows[first]["chars"] == len(ARTICLE)
    assert json.dumps(rows[second]) == json.dumps(json.loads(next(x for x in before if f'"{second}"' in x)))
    # the tables behind a folder output follow the same rule
    tables = tmp_path / "tables"
    assert run(str(folder), "-o", str(tables)) == 0
    (folder / f"{second}.txt").write_text(ARTICLE + "。", encoding="utf-8")
    assert run(str(folder), "-o", str(tables)) == 0
    documents = pd.read_parquet(tables / "documents.parquet").set_index("doc_id")
    assert sorted(documents.index) == sorted(docs()) and documents.loc[second, "chars"] == len(ARTICLE) + 1


def test_a_failed_document_is_retried_on_resume_and_still_fails_the_run(folder, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 4)
    assert run(str(folder), "-o", str(out)) == 1
    assert cli.main(["extract", str(folder), "-o", str(out), "--profile", "fast"]) == 1   # not "0 error"
    assert f"1 document: 0 ok, 0 empty, 1 error ({len(docs())} unchanged, skipped)" in capsys.readouterr().err
    (folder / "junk.txt").write_text(ARTICLE, encoding="utf-8")                          # fixed: now it passes
    assert run(str(folder), "-o", str(out)) == 0
    assert _rows(out)["junk"]["status"] == "ok" and len(_rows(out)) == len(docs()) + 1


def test_resume_redoes_everything_when_the_options_change(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    assert run(str(folder), "-o", str(out), "--published", "2025-01-01") == 0
    assert {r["published_source"] for r in _rows(out).values()} <= {"given", "dateline"}
    assert run(str(folder), "-o", str(out), "--published", "2025-02-02") == 0
    rows = _rows(out)
    assert sorted(rows) == sorted(docs())
    assert all(r["published"] == "2025-02-02" for r in rows.values() if r["published_source"] == "given")
    assert any(r["published_source"] == "given" for r in rows.values())


def test_overwrite_starts_afresh(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps({"doc_id": "gone", "status": "ok"}) + "\n", encoding="utf-8")
    assert run(str(folder), "-o", str(out)) == 0
    assert "gone" in _rows(out)                                       # resuming keeps what was there
    assert run(str(folder), "-o", str(out), "--overwrite") == 0
    assert sorted(_rows(out)) == sorted(docs())


# ---------- doc_ids ----------
def test_same_file_names_in_two_folders_do_not_collide(tmp_path, capsys):
    root = tmp_path / "news"
    for sub, text in (("nhk", ARTICLE), ("kyodo", ARTICLE + "キーウでも警報が出た。")):
        (root / sub).mkdir(parents=True)
        (root / sub / "0120.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "tables"
    assert run(str(root), "-o", str(out)) == 0
    assert sorted(pd.read_parquet(out / "documents.parquet").doc_id) == ["kyodo/0120", "nhk/0120"]
    assert run(str(root / "nhk"), str(root / "kyodo")) == 0            # two folders given: ids from their parent
    ids = [json.loads(x)["doc_id"] for x in capsys.readouterr().out.splitlines()]
    assert ids == ["nhk/0120", "kyodo/0120"]


def test_repeated_doc_ids_in_jsonl_are_made_unique_with_a_warning(tmp_path, capsys):
    src = tmp_path / "news.jsonl"
    src.write_text("\n".join(json.dumps({"doc_id": "x", "text": t}, ensure_ascii=False)
                             for t in (ARTICLE, ARTICLE + "。")) + "\n", encoding="utf-8")
    assert cli.main(["extract", str(src), "--profile", "fast"]) == 0
    cap = capsys.readouterr()
    assert [json.loads(x)["doc_id"] for x in cap.out.splitlines()] == ["x", "x#2"]
    assert "doc_id 'x' repeats" in cap.err


# ---------- user gazetteer ----------
MEETING = "エストニアのツァフクナ外相は10日、キーウでウクライナのシビハ外相と会談した。"


def test_gazetteer_option_adds_a_person(tmp_path, capsys):
    f = tmp_path / "article.txt"
    f.write_text(MEETING, encoding="utf-8")
    tsv = tmp_path / "people.tsv"
    tsv.write_text("canonical\tja\ttype\tcountry\nMargus Tsahkna\tツァフクナ|マルグス・ツァフクナ\tperson\tEE\n",
                   encoding="utf-8")

    def participants(*extra):
        assert run(str(f), "--published", "2025-03-12", *extra) == 0
        res = json.loads(capsys.readouterr().out)
        return [p["canonical"] for r in res["records"] if r["type"] == "meeting" for p in r["participants"]]

    assert "Margus Tsahkna" not in participants()
    assert "Margus Tsahkna" in participants("--gazetteer", str(tsv))
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"canonical": "Margus Tsahkna", "ja": ["ツァフクナ"], "type": "minister"}]))
    with pytest.raises(SystemExit) as exc:
        run(str(f), "--gazetteer", str(bad))
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "entry 0 ('Margus Tsahkna')" in err and "type" in err

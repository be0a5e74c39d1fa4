"""Reliability as a user meets it (issue 9): a fresh clone is enough, bounded cost on hostile text in the
full profile, no hang from an unguarded multiprocessing script, publication dates straight from pandas,
and failures that can be re-raised."""
from __future__ import annotations

import datetime as dt
import json
import pathlib
import re
import subprocess
import sys
import textwrap

import numpy as np
import pandas as pd
import pytest

import ukpeace
from ukpeace import text as textmod
from ukpeace.api import coerce_published

ROOT = pathlib.Path(__file__).resolve().parents[1]
ARTICLE = "ロシア軍は昨日、キーウのエネルギー施設を無人機で攻撃し、3人が死亡した。2025年3月18日にも同様の攻撃があった。"


# --- a fresh clone is enough --------------------------------------------------------------------
def test_dev_corpus_is_in_the_repository():
    dev = ROOT / "data" / "dev"
    stems = {p.stem for p in dev.glob("*.txt")}
    assert len(stems) == 13 and stems == {p.stem for p in dev.glob("*.json")}
    for stem in stems:
        gold = json.loads((dev / f"{stem}.json").read_text("utf-8"))
        assert gold["records"], stem


def test_no_test_or_bench_reads_outside_the_repository():
    outside = re.compile(r"parents\[2\]|ROOT\.parent\b|\.\./shared|/work/shared")
    offenders = [str(p.relative_to(ROOT)) for folder in ("tests", "bench") for p in (ROOT / folder).rglob("*.py")
                 if p.name != pathlib.Path(__file__).name and outside.search(p.read_text("utf-8"))]
    assert offenders == []


# --- bounded cost: pieces for the parser ----------------------------------------------------------
def _runs_without_sentence_end(s: str) -> int:
    return max((len(r) for r in re.split("[。！？!?\n\r]", s)), default=0)


@pytest.mark.parametrize("text", [
    "ゼレンスキー大統領" * 700,                                   # 6,300 characters, no sentence end
    "キーウで会談した。" + "、".join(["ロシア軍の攻撃"] * 900),      # commas only
    "1," * 3000 + "キーウで会談した。",
])
def test_parser_pieces_never_hold_a_huge_sentence(text):
    pieces = textmod.nlp_pieces(text)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))          # contiguous, nothing lost
    for s, e, route in pieces:
        if route == "parse":
            assert _runs_without_sentence_end(text[s:e]) <= textmod.MAX_RUN_CHARS


def test_low_language_runs_take_the_fast_path():
    text = "キーウで会談した。" + "1," * 3000 + "ゼレンスキー大統領が演説した。"
    routes = [(text[s:e][:4], r) for s, e, r in textmod.nlp_pieces(text)]
    assert ("。1,1", "fast") in routes or any(r == "fast" and t.startswith(("1,", "。1")) for t, r in routes)
    assert routes[0][1] == "parse" and routes[-1][1] == "parse"


def test_normal_article_is_cut_as_before():
    text = (ROOT / "data" / "dev" / "d-01.txt").read_text("utf-8")
    assert textmod.nlp_pieces(text) == [(s, e, "parse") for s, e in textmod.split_chunks(text)]


@pytest.mark.slow
def test_full_profile_flags_low_language_and_still_reads_the_article():
    text = "1," * 3000 + "\n" + ARTICLE
    res = ukpeace.extract(text, published="2026-01-19", errors="raise")
    assert res.status == "ok" and "low_language_fast_path" in res.quality.flags
    attack = [r for r in res.records if r.type == "attack"]
    assert attack and attack[0].casualties.killed == 3


@pytest.mark.slow
def test_time_budget_falls_back_to_the_fast_path_flagged(nlp_full):
    from ukpeace.pipeline import mentions_many

    text = "\n".join([ARTICLE] * 20)
    (found,) = mentions_many([text], "full", budget=lambda chars: 0.0)
    assert "time_budget_fast_path" in found.flags
    assert any(m.text == "キーウ" for m in found.mentions)       # the fast path still finds the names
    (normal,) = mentions_many([text], "full")
    assert normal.flags == []


# --- no hang without a main guard ------------------------------------------------------------------
SCRIPT = """
import ukpeace
docs = ["ゼレンスキー大統領は17日、キーウでトランプ大統領と会談した。"] * 4
{body}
"""


def _run_script(tmp_path, body: str):
    path = tmp_path / "job.py"
    path.write_text(SCRIPT.format(body=textwrap.dedent(body)), "utf-8")
    return subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=60, cwd=tmp_path)


def test_unguarded_n_process_script_stops_at_once_with_one_clear_error(tmp_path):
    proc = _run_script(tmp_path, 'print(len(list(ukpeace.extract_many(docs, n_process=2, profile="fast"))))')
    assert proc.returncode != 0
    assert sum(ln.startswith("RuntimeError:") for ln in proc.stderr.splitlines()) == 1
    assert 'if __name__ == "__main__":' in proc.stderr
    assert "job.py, line 4" in proc.stderr


def test_guarded_n_process_script_gives_results(tmp_path):
    proc = _run_script(tmp_path, '''
        if __name__ == "__main__":
            out = list(ukpeace.extract_many(docs, n_process=2, profile="fast"))
            print([r.status for r in out], sum(len(r.records) for r in out))
    ''')
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "['ok', 'ok', 'ok', 'ok'] 4"


# --- dates from pandas ------------------------------------------------------------------------------
@pytest.mark.parametrize("value", [None, "", float("nan"), pd.NaT, np.datetime64("NaT"), np.nan])
def test_missing_published_values(value):
    assert coerce_published(value) is None


@pytest.mark.parametrize("value", [
    pd.Timestamp("2026-01-19"), pd.Timestamp("2026-01-19 23:30", tz="Asia/Tokyo"), np.datetime64("2026-01-19"),
    np.datetime64("2026-01-19T08:00"), dt.datetime(2026, 1, 19, 8, tzinfo=dt.timezone.utc), "2026-01-19",
    "2026-01-19T23:30:00+09:00", dt.date(2026, 1, 19),
])
def test_published_values_from_pandas_and_numpy(value):
    assert coerce_published(value) == dt.date(2026, 1, 19)


@pytest.mark.parametrize("value", ["19/01/2026", "yesterday", 20260119, [2026, 1, 19]])
def test_bad_published_is_a_value_error_naming_it(value):
    with pytest.raises(ValueError, match=re.escape(repr(value))):
        ukpeace.extract(ARTICLE, published=value, profile="fast")


def test_dataframe_rows_with_nat_are_read_not_failed():
    df = pd.DataFrame({"text": [ARTICLE, ARTICLE], "doc_id": ["a", "b"],
                       "published": pd.to_datetime(["2026-01-19", None])})
    out = list(ukpeace.extract_many(df.to_dict("records"), profile="fast"))
    assert [r.status for r in out] == ["ok", "ok"]
    assert out[0].published == dt.date(2026, 1, 19) and out[1].published is None


def test_no_reference_date_is_flagged_and_absolute_dates_still_resolve():
    res = ukpeace.extract(ARTICLE, profile="fast")
    assert res.status == "ok" and "no_reference_date" in res.quality.flags
    dates = {e.text: e.value for e in res.entities if e.label == "DATE"}
    assert dates["2025年3月18日"].start == dt.date(2025, 3, 18)
    dated = ukpeace.extract(ARTICLE, published="2026-01-19", profile="fast")
    assert "no_reference_date" not in dated.quality.flags


# --- failures can be re-raised -----------------------------------------------------------------------
def test_errors_raise_reraises_the_original_exception(monkeypatch):
    import ukpeace.rules

    def broken(*args, **kwargs):
        raise ZeroDivisionError("rule bug")

    monkeypatch.setattr(ukpeace.rules, "extract_records", broken)
    flagged = ukpeace.extract(ARTICLE, profile="fast")
    assert flagged.status == "error" and flagged.error == "ZeroDivisionError: rule bug"
    with pytest.raises(ZeroDivisionError, match="rule bug"):
        ukpeace.extract(ARTICLE, profile="fast", errors="raise")
    with pytest.raises(ZeroDivisionError):
        list(ukpeace.extract_many([ARTICLE], profile="fast", errors="raise"))
    with pytest.raises(ValueError, match="errors must be one of"):
        ukpeace.extract(ARTICLE, profile="fast", errors="ignore")

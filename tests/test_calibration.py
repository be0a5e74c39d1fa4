"""Calibrated confidence: the packaged model table, its use in extract(), fitting, and refitting on gold."""
from __future__ import annotations

import importlib.util
import json
import math
import pathlib
import random
import shutil

import pytest

import ukpeace
from ukpeace import calibration as cal
from ukpeace.evaluate import TYPES, match_records, score_document

ROOT = pathlib.Path(__file__).resolve().parents[1]
PACKAGED = ROOT / "ukpeace" / "resources" / "calibration.json"


@pytest.fixture
def packaged_only(monkeypatch):
    """The packaged table, whatever UKPEACE_CALIBRATION says in the caller's shell."""
    monkeypatch.delenv(cal.ENV, raising=False)


def _dev_text() -> str:
    return (ROOT / "data" / "dev" / "d-01.txt").read_text("utf-8")


def _model(**kw) -> cal.TypeModel:
    base = {"kind": "logistic", "n": 100, "right": 90, "features": ["filled", "position"], "mean": [5.0, 0.5],
            "scale": [1.0, 0.3], "coef": [0.8, -0.2], "intercept": 2.0}
    return cal.TypeModel.model_validate({**base, **kw})


# --- the table ----------------------------------------------------------------------------------
def test_packaged_table_loads_with_a_model_per_type(packaged_only):
    tab = cal.table()
    assert tab is not None and tab is cal.table()  # read once
    for t in TYPES:
        model = tab.model(t)
        assert model is not None, t
        assert 0 < model.right <= model.n, t
        assert set(model.features) <= set(cal.FEATURES)
    assert tab.gold and all(not g.startswith("data/dev") for g in tab.gold)


def _write(tmp_path, data) -> str:
    path = tmp_path / "table.json"
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, "utf-8")
    return str(path)


def test_a_misspelt_type_fails_at_load_with_the_file_and_the_key(tmp_path):
    data = json.loads(PACKAGED.read_text("utf-8"))
    data["types"]["meting"] = data["types"].pop("meeting")
    path = _write(tmp_path, data)
    with pytest.raises(ValueError, match="meting") as err:
        cal.read_table(path)
    assert path in str(err.value)


@pytest.mark.parametrize("change, message", [
    ({"coef": [0.1]}, "2 features but 2 means, 2 scales, 1 coefficients"),
    ({"features": ["filled", "colour"]}, "colour"),
    ({"scale": [1.0, 0.0]}, "scales must be positive"),
    ({"right": 120}, r"right \(120\) exceeds n \(100\)"),
    ({"kind": "constant"}, "a constant model has no features"),
])
def test_a_malformed_model_is_rejected_with_a_clear_error(tmp_path, change, message):
    data = json.loads(PACKAGED.read_text("utf-8"))
    data["types"]["money"] = {**_model().model_dump(), **change}
    with pytest.raises(ValueError, match=message):
        cal.read_table(_write(tmp_path, data))


def test_a_table_that_is_not_json_or_of_the_old_format_is_rejected(tmp_path):
    with pytest.raises(ValueError, match=r"table\.json is invalid"):
        cal.read_table(_write(tmp_path, "{not json"))
    old = {"version": 1, "method": "isotonic", "profile": "full", "gold": [], "label": "", "prior_weight": 2.0,
           "types": {}}
    with pytest.raises(ValueError, match="version"):
        cal.read_table(_write(tmp_path, old))


def test_a_broken_table_named_by_the_environment_fails_extract_at_load(tmp_path, monkeypatch):
    monkeypatch.setenv(cal.ENV, _write(tmp_path, {"version": 2}))
    with pytest.raises(ValueError, match="calibration table"):
        ukpeace.extract(_dev_text(), published="2026-01-19", profile="fast", errors="raise")


# --- the model ----------------------------------------------------------------------------------
def test_the_model_is_a_logistic_function_of_the_standardised_features():
    m = _model()
    rec = {"type": "money", "evidence": [{"start": 300, "end": 310}], "amount": {"value": 1}, "donor": ["x"]}
    feats = cal.record_features(rec, chars=1000)
    assert feats["filled"] == 2 and feats["position"] == pytest.approx(0.3)
    z = 2.0 + 0.8 * (2 - 5.0) / 1.0 - 0.2 * (0.3 - 0.5) / 0.3
    assert m.predict(rec, 1000) == pytest.approx(1 / (1 + math.exp(-z)))


def test_name_kana_tells_a_clause_from_a_noun_compound():
    def kana(name: str) -> float:
        return cal.record_features({"type": "proposal", "name": name}, 100)["name_kana"]
    assert kana("首脳会談") == 0.0 and kana("訪れ") == 0.5 and kana("受け取る案") == 0.4


def _meeting(**kw) -> dict:
    base = {"type": "meeting", "name": "首脳会談", "evidence": [{"start": 100, "end": 104, "text": "首脳会談"}],
            "status": "held", "mode": "in_person", "date": {"text": "5日", "start": "2025-03-05", "end": "2025-03-05"},
            "participants": [{"text": "ゼレンスキー", "id": "person:volodymyr-zelenskyy"},
                             {"text": "トランプ", "id": "person:donald-trump"}],
            "parties": [{"text": "米国", "id": "country:US"}]}
    return {**base, **kw}


def test_similarity_tells_a_second_record_of_one_event_from_another_event():
    first = _meeting()
    assert cal.similarity(_meeting(name="会談", evidence=[{"start": 300, "end": 302, "text": "会談"}]), first) == 1.0
    assert cal.similarity(_meeting(date={"text": "6日", "start": "2025-03-06"}), first) == 0.0  # another day
    other = _meeting(name="外相会合", participants=[{"text": "ラブロフ", "id": "person:sergey-lavrov"}], parties=[],
                     date=None)
    assert cal.similarity(other, first) == 0.0  # no name bigram, actor or date shared
    assert 0.0 < cal.similarity(_meeting(date=None, parties=[]), first) < 1.0


def test_a_duplicate_record_scores_lower_than_the_same_record_alone(packaged_only):
    """The second, thinner record of a meeting (no date, told later) loses confidence to the fuller one;
    the fuller record keeps its score, and records of another type or another day do not count."""
    model, full = cal.table().model("meeting"), _meeting(location={"text": "ホワイトハウス"})
    thin = _meeting(name="会談", date=None, evidence=[{"start": 400, "end": 402, "text": "会談"}])
    alone = model.predict(thin, 1000)
    assert model.predict(thin, 1000, [full, thin]) < alone
    assert model.predict(full, 1000, [full, thin]) == model.predict(full, 1000)
    assert cal.record_features(thin, 1000, [thin])["duplicate"] == 0.0  # itself is no duplicate
    assert cal.record_features(thin, 1000, [{**full, "type": "proposal"}])["duplicate"] == 0.0
    later = _meeting(date={"text": "9日", "start": "2025-03-09"}, location={"text": "パリ"})
    assert cal.record_features(_meeting(), 1000, [later])["duplicate"] == 0.0


def test_apply_scores_a_duplicate_meeting_below_its_fuller_twin(packaged_only):
    from ukpeace.models import Meeting
    full, thin = Meeting.model_validate(_meeting(location={"text": "パリ"})), Meeting.model_validate(
        _meeting(name="会談", date=None, evidence=[{"start": 400, "end": 402, "text": "会談"}]))
    cal.apply([thin], chars=1000)
    alone = thin.confidence
    thin.confidence_raw = None
    cal.apply([full, thin], chars=1000)
    assert thin.confidence < alone and thin.confidence < full.confidence


def test_a_proposal_of_no_known_kind_scores_lower(packaged_only):
    model = cal.table().model("proposal")
    rec = {"type": "proposal", "name": "和平案", "evidence": [{"start": 50, "end": 53}], "status": "proposed"}
    assert cal.record_features({**rec, "kind": "other"}, 500)["kind_other"] == 1.0
    assert cal.record_features({**rec, "kind": "peace_plan"}, 500)["kind_other"] == 0.0
    assert model.predict({**rec, "kind": "other"}, 500) < model.predict({**rec, "kind": "peace_plan"}, 500)


@pytest.mark.parametrize("rtype", TYPES)
def test_packaged_confidence_is_within_0_1_for_any_record(rtype, packaged_only):
    rng = random.Random(7)
    model = cal.table().model(rtype)
    for _ in range(300):
        n_ev = rng.randint(0, 4)
        rec = {"type": rtype, "name": "".join(rng.choice("会談計画するのに") for _ in range(rng.randint(0, 8))),
               "evidence": [{"start": rng.randint(0, 5000), "end": 5001} for _ in range(n_ev)],
               **{f"f{i}": "x" for i in range(rng.randint(0, 12))}}
        p = model.predict(rec, rng.choice([0, 1, 5000]))
        assert 0.0 <= p <= 1.0


# --- applied in extract() -----------------------------------------------------------------------
def test_extract_ranks_records_by_the_model_and_keeps_the_raw_score(packaged_only):
    res = ukpeace.extract(_dev_text(), published="2026-01-19", profile="fast", errors="raise")
    tab = cal.table()
    assert res.records
    for t in TYPES:
        recs = [r for r in res.records if r.type == t]
        scores = [tab.model(t).linear(cal.record_features(r, res.chars, res.records)) for r in recs]
        ranked = [r.confidence for _, r in sorted(zip(scores, recs), key=lambda p: p[0])]
        assert ranked == sorted(ranked), t  # higher model score, higher confidence
    for r in res.records:
        assert r.confidence_raw is not None and 0.0 <= r.confidence <= 1.0
        assert r.confidence == cal.confidence(r, res.chars, siblings=res.records)
    assert any(r.confidence != r.confidence_raw for r in res.records)
    before = [(r.confidence, r.confidence_raw) for r in res.records]
    cal.apply(res.records, chars=res.chars)  # idempotent: the raw score is kept
    assert [(r.confidence, r.confidence_raw) for r in res.records] == before


def test_calibration_can_be_switched_off(monkeypatch):
    monkeypatch.setenv(cal.ENV, "none")
    res = ukpeace.extract(_dev_text(), published="2026-01-19", profile="fast", errors="raise")
    assert res.records and all(r.confidence == r.confidence_raw for r in res.records)


def test_match_records_pairs_as_score_document_counts():
    gpath = ROOT / "data" / "gold" / "b1" / "b1-02.json"
    gold = json.loads(gpath.read_text("utf-8"))
    res = ukpeace.extract(gpath.with_suffix(".txt").read_text("utf-8"), published=gold["published"],
                          profile="fast").model_dump(mode="json")
    pairs = match_records(gold, res)
    per, _, _ = score_document(gold, res)
    assert [p for p, _ in pairs] == res["records"]
    for t in TYPES:
        of_t = [g for p, g in pairs if p["type"] == t]
        assert sum(g is None for g in of_t) == per[t]["fp"]
        assert sum(g is not None and not g.get("optional") for g in of_t) == per[t]["tp"]


THREE = ("filled", "name_kana", "position")


# --- fitting ------------------------------------------------------------------------------------
def _synthetic(n: int, seed: int) -> tuple[list[dict], list[bool]]:
    """Records whose chance of being right rises with the fields filled and falls with name_kana."""
    rng = random.Random(seed)
    rows, labels = [], []
    for _ in range(n):
        row = {"filled": float(rng.randint(2, 9)), "name_kana": rng.random() * 0.6, "position": rng.random()}
        z = -1.0 + 0.6 * row["filled"] - 3.0 * row["name_kana"]
        rows.append(row)
        labels.append(rng.random() < 1 / (1 + math.exp(-z)))
    return rows, labels


def test_fit_type_learns_the_direction_and_predicts_held_out_records():
    rows, labels = _synthetic(1500, 1)
    model = cal.fit_type(rows, labels, features=THREE, l2=1.0)
    coefs = dict(zip(model.features, model.coef))
    assert coefs["filled"] > 0 > coefs["name_kana"] and abs(coefs["position"]) < 0.2
    test_rows, test_labels = _synthetic(1500, 2)
    probs = [1 / (1 + math.exp(-model.linear(r))) for r in test_rows]
    assert cal.auc(probs, test_labels) > 0.75 and cal.ece(probs, test_labels) < 0.04


def test_fit_type_gives_the_rate_when_no_record_is_wrong_and_drops_constant_features():
    rows = [{"filled": float(i % 5), "name_kana": 0.0, "position": 0.5} for i in range(40)]
    const = cal.fit_type(rows, [True] * 40, features=THREE)
    assert const.kind == "constant" and const.predict({"type": "money"}, 10) == pytest.approx(41 / 42)
    model = cal.fit_type(rows, [i % 5 > 0 for i in range(40)], features=THREE)
    assert model.kind == "logistic" and model.features == ["filled"]
    with pytest.raises(ValueError, match="unknown features"):
        cal.fit_type(rows, [True] * 40, features=["filled", "colour"])


def test_baseline_isotonic_curve_shrinks_each_score_towards_the_rate():
    c = cal.fit_curve([0.4, 0.4, 0.6, 0.6], [False, False, True, True], prior_weight=2.0)
    assert (c.x, c.y, c.kind) == ([0.4, 0.6], [0.25, 0.75], "isotonic")


def test_auc_and_ece_on_hand_figures():
    assert cal.auc([0.1, 0.2, 0.3, 0.4], [False, True, False, True]) == 0.75
    assert cal.auc([0.1, 0.9, 0.1, 0.9], [False, True, True, False], groups=[0, 0, 1, 1]) == 0.5
    assert cal.auc([0.5, 0.6], [True, True]) is None
    assert cal.ece([0.55, 0.55, 0.95, 0.95], [True, False, True, True]) == pytest.approx((2 * 0.05 + 2 * 0.05) / 4)


# --- refitting on a gold folder -----------------------------------------------------------------
def _bench():
    spec = importlib.util.spec_from_file_location("calibrate_bench", ROOT / "bench" / "calibrate.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_refitting_on_a_small_gold_folder_writes_a_table_extract_uses(tmp_path, monkeypatch, capsys):
    """Two folders of real gold articles (some records wrong); the bench fits, prints and writes a table."""
    for folder, names in {"a": ["b0/g-01", "b0/g-05", "b1/b1-02"], "b": ["b6/b6-04", "b5/b5-02"]}.items():
        (tmp_path / folder).mkdir()
        for name in names:
            for ext in (".txt", ".json"):
                shutil.copy(ROOT / "data" / "gold" / f"{name}{ext}", tmp_path / folder)
    out = tmp_path / "mine.json"
    assert _bench().main(["--gold", str(tmp_path / "a"), str(tmp_path / "b"), "--profile", "fast",
                          "--out", str(out), "--json", str(tmp_path / "figs.json")]) == 0
    printed = capsys.readouterr().out
    assert "leave one folder out" in printed and all(t in printed for t in TYPES)
    tab = cal.read_table(out)
    assert tab.profile == "fast" and len(tab.gold) == 2 and tab.model("attack") is not None
    figs = json.loads((tmp_path / "figs.json").read_text("utf-8"))
    assert figs["all"]["n"] == sum(figs[t]["n"] for t in TYPES if t in figs) and figs["all"]["right"] < figs["all"]["n"]
    monkeypatch.setenv(cal.ENV, str(out))
    res = ukpeace.extract((tmp_path / "b" / "b6-04.txt").read_text("utf-8"), published="2024-11-27", profile="fast")
    assert res.records and all(r.confidence == cal.confidence(r, res.chars, tab, res.records) for r in res.records)


# --- fitting on stored first runs ---------------------------------------------------------------
FIRSTRUN = ROOT / "data" / "gold" / "firstrun"


def _first_run_module():
    spec = importlib.util.spec_from_file_location("first_run_bench", ROOT / "bench" / "first_run.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _stored_batch(tmp_path, batch: str) -> pathlib.Path:
    """A copy of a stored first run whose header points at a copy of its gold folder in tmp_path."""
    shutil.copytree(ROOT / "data" / "gold" / batch, tmp_path / batch)
    lines = (FIRSTRUN / f"{batch}.fast.jsonl").read_text("utf-8").splitlines()
    header = json.loads(lines[0])
    header["firstrun"]["gold"] = str(tmp_path / batch)
    path = tmp_path / f"{batch}.fast.jsonl"
    path.write_text("\n".join([json.dumps(header, ensure_ascii=False), *lines[1:]]) + "\n", "utf-8")
    return path


def test_fitting_on_stored_first_runs_labels_records_by_their_gold(tmp_path, capsys):
    files = [_stored_batch(tmp_path, b) for b in ("b6", "b7")]
    out = tmp_path / "table.json"
    assert _bench().main(["--records", *map(str, files), "--out", str(out)]) == 0
    assert "leave one batch out" in capsys.readouterr().out
    tab = cal.read_table(out)
    assert tab.profile == "fast" and [r.split("@")[0] for r in tab.records] == [str(f) for f in files]
    expected = {t: [0, 0] for t in TYPES}  # records and right ones, paired independently of the bench
    for f in files:
        gold_dir = tmp_path / f.name.split(".")[0]
        for line in f.read_text("utf-8").splitlines()[1:]:
            res = json.loads(line)
            for rec, g in match_records(json.loads((gold_dir / f"{res['doc_id']}.json").read_text("utf-8")), res):
                expected[rec["type"]][0] += 1
                expected[rec["type"]][1] += g is not None
    for t in TYPES:
        assert [tab.model(t).n, tab.model(t).right] == expected[t], t
    assert any(n > right for n, right in expected.values())


@pytest.mark.parametrize("damage, message", [
    ("doc_id", r"line 2: result doc_id 'b6-99' has no gold article"),
    ("text", r"line 2: the text of .*b6-01\.txt has changed since the first run"),
    ("missing", r"no result for \['b6-06'\]"),
    ("header", r"line 1 is not a first-run header"),
])
def test_a_first_run_file_that_does_not_fit_its_gold_fails_clearly(tmp_path, damage, message):
    path = _stored_batch(tmp_path, "b6")
    lines = path.read_text("utf-8").splitlines()
    if damage == "doc_id":
        lines[1] = json.dumps({**json.loads(lines[1]), "doc_id": "b6-99"})
    elif damage == "text":
        txt = tmp_path / "b6" / "b6-01.txt"
        txt.write_text("追記 " + txt.read_text("utf-8"), "utf-8")
    elif damage == "missing":
        lines = lines[:-1]
    else:
        lines = lines[1:]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(SystemExit, match=message) as err:
        _bench().main(["--records", str(path), "--out", str(tmp_path / "t.json")])
    assert str(path) in str(err.value)
    assert not (tmp_path / "t.json").exists()


def test_first_run_stores_each_article_with_the_commit_and_refuses_to_redo_it(tmp_path):
    batch = tmp_path / "bx"
    batch.mkdir()
    for name in ("b6-04", "b5-02"):
        for ext in (".txt", ".json"):
            shutil.copy(ROOT / "data" / "gold" / name[:2] / f"{name}{ext}", batch)
    fr = _first_run_module()
    assert fr.main([str(batch), "--profiles", "fast", "--out", str(tmp_path / "out")]) == 0
    path = tmp_path / "out" / "bx.fast.jsonl"
    header, docs = _bench().read_first_run(path)
    assert header["profile"] == "fast" and header["batch"] == "bx" and len(header["commit"]) == 40
    assert header["ukpeace_version"] == fr.tree_version(ROOT) != "unknown" and header["date"]
    assert [res["doc_id"] for _, res in docs] == ["b5-02", "b6-04"]
    assert all(res["records"] and res["chars"] == len((batch / f"{res['doc_id']}.txt").read_text("utf-8"))
               for _, res in docs)
    with pytest.raises(SystemExit, match="a first run happens once"):
        fr.main([str(batch), "--profiles", "fast", "--out", str(tmp_path / "out")])


def test_the_packaged_table_refits_from_the_stored_first_runs_it_names(tmp_path, packaged_only):
    tab = cal.table()
    assert tab.records, "the packaged table is fitted on stored first runs"
    files = [ROOT / r.split("@")[0] for r in tab.records]
    for f, r in zip(files, tab.records):
        header = json.loads(f.read_text("utf-8").splitlines()[0])["firstrun"]
        assert header["commit"].startswith(r.split("@")[1]) and header["profile"] == tab.profile
    out = tmp_path / "refit.json"
    assert _bench().main(["--records", *map(str, files), "--out", str(out)]) == 0
    assert cal.read_table(out).types == tab.types

"""Calibrated confidence: the packaged table, the map, its use in extract(), and the fitting code."""
from __future__ import annotations

import json
import pathlib
import random

import pytest

import ukpeace
from ukpeace import calibration as cal
from ukpeace.evaluate import TYPES, match_records, score_document

ROOT = pathlib.Path(__file__).resolve().parents[1]

PACKAGED = ROOT / "ukpeace" / "resources" / "calibration.json"
GRID = [i / 100 for i in range(101)]


@pytest.fixture
def packaged_only(monkeypatch):
    """The packaged table, whatever UKPEACE_CALIBRATION says in the caller's shell."""
    monkeypatch.delenv(cal.ENV, raising=False)


# --- the table ----------------------------------------------------------------------------------
def test_packaged_table_loads_with_a_curve_per_type(packaged_only):
    tab = cal.table()
    assert tab is not None and tab is cal.table()  # read once
    for t in TYPES:
        curve = tab.curve(t)
        assert curve is not None, t
        assert 0 < curve.right <= curve.n, t
    assert tab.gold and all(not g.startswith("data/dev") for g in tab.gold)


def _write(tmp_path, data) -> str:
    path = tmp_path / "table.json"
    path.write_text(json.dumps(data), "utf-8")
    return str(path)


def test_a_misspelt_type_fails_with_the_file_and_the_key(tmp_path):
    data = json.loads(PACKAGED.read_text("utf-8"))
    data["types"]["meting"] = data["types"].pop("meeting")
    path = _write(tmp_path, data)
    with pytest.raises(ValueError, match="meting") as err:
        cal.read_table(path)
    assert path in str(err.value)


def test_a_decreasing_curve_is_rejected(tmp_path):
    data = json.loads(PACKAGED.read_text("utf-8"))
    data["types"]["money"] = {"x": [0.4, 0.8], "y": [0.9, 0.6]}
    with pytest.raises(ValueError, match="non-decreasing"):
        cal.read_table(_write(tmp_path, data))


def test_knots_outside_zero_one_are_rejected(tmp_path):
    data = json.loads(PACKAGED.read_text("utf-8"))
    data["types"]["attack"] = {"x": [0.4, 0.8], "y": [0.5, 1.2]}
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        cal.read_table(_write(tmp_path, data))


@pytest.mark.parametrize("rtype", TYPES)
def test_calibrated_confidence_is_monotone_in_the_raw_score_and_within_0_1(rtype, packaged_only):
    values = [cal.calibrated(rtype, x) for x in GRID]
    assert all(0.0 <= v <= 1.0 for v in values)
    assert all(b >= a for a, b in zip(values, values[1:]))


def test_curve_interpolates_between_knots_and_is_flat_beyond():
    c = cal.Curve(x=[0.4, 0.6], y=[0.2, 0.6])
    assert (c(0.1), c(0.5), c(0.9)) == (0.2, pytest.approx(0.4), 0.6)


# --- applied in extract() -----------------------------------------------------------------------
def _dev_text() -> str:
    return (ROOT / "data" / "dev" / "d-01.txt").read_text("utf-8")


def test_extract_returns_calibrated_confidence_and_keeps_the_raw_score(packaged_only):
    res = ukpeace.extract(_dev_text(), published="2026-01-19", profile="fast", errors="raise")
    assert res.records
    for r in res.records:
        assert r.confidence_raw is not None
        assert r.confidence == cal.calibrated(r.type, r.confidence_raw)
    assert any(r.confidence != r.confidence_raw for r in res.records)
    before = [(r.confidence, r.confidence_raw) for r in res.records]
    cal.apply(res.records)  # idempotent: re-maps from the raw score
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


# --- fitting ------------------------------------------------------------------------------------
def test_fit_curve_shrinks_each_score_towards_the_rate():
    c = cal.fit_curve([0.4, 0.4, 0.6, 0.6], [False, False, True, True], prior_weight=2.0)
    # rate (2 + 1) / (4 + 2) = 0.5; 0.4 → (0 + 1) / (2 + 2), 0.6 → (2 + 1) / (2 + 2)
    assert (c.x, c.y, c.kind) == ([0.4, 0.6], [0.25, 0.75], "isotonic")


def test_fit_curve_pools_violators():
    c = cal.fit_curve([0.2, 0.3, 0.4], [True, False, True], prior_weight=0.0)
    assert c.y == sorted(c.y) and c(0.2) == c(0.3)


def _miscalibrated(n: int, seed: int) -> tuple[list, list]:
    """Scores that rank well but are far too low, like the rules' raw scores: P(right) = score + 0.25."""
    rng = random.Random(seed)
    scores = [round(rng.uniform(0.3, 0.75), 2) for _ in range(n)]
    return scores, [rng.random() < s + 0.25 for s in scores]


def test_fitting_reduces_ece_on_held_out_data_with_known_miscalibration():
    train_x, train_y = _miscalibrated(1500, 1)
    test_x, test_y = _miscalibrated(1500, 2)
    curve = cal.choose_curve(train_x, train_y, [i % 4 for i in range(len(train_x))])
    assert curve.kind == "isotonic"
    before, after = cal.ece(test_x, test_y), cal.ece([curve(x) for x in test_x], test_y)
    assert before > 0.2 and after < 0.04
    assert cal.auc([curve(x) for x in test_x], test_y) > 0.6


def test_a_score_that_ranks_nothing_gets_the_constant_rate():
    rng = random.Random(3)
    xs = [round(rng.uniform(0.3, 0.9), 2) for _ in range(400)]
    ys = [rng.random() < 0.8 for _ in xs]
    curve = cal.choose_curve(xs, ys, [i % 4 for i in range(len(xs))])
    assert curve.kind == "constant" and curve(0.3) == curve(0.9) == pytest.approx(sum(ys) / len(ys), abs=0.01)


def test_auc_and_ece_on_hand_figures():
    assert cal.auc([0.1, 0.2, 0.3, 0.4], [False, True, False, True]) == 0.75
    assert cal.auc([0.1, 0.9, 0.1, 0.9], [False, True, True, False], groups=[0, 0, 1, 1]) == 0.5
    assert cal.auc([0.5, 0.6], [True, True]) is None
    assert cal.ece([0.55, 0.55, 0.95, 0.95], [True, False, True, True]) == pytest.approx((2 * 0.05 + 2 * 0.05) / 4)

"""Accuracy is tested: a drop in record F1 on the dev corpus or on a blind batch fails CI.

The fast profile keeps this cheap (the rules are the same in both profiles). The figures logged for the
blind batches are in data/gold/scores.json, written by ``bench/blind_batches.py --json``; a batch may not
fall more than 0.02 below its logged F1.
"""
from __future__ import annotations

import json
import pathlib

import pytest

import ukpeace

ROOT = pathlib.Path(__file__).resolve().parents[1]
GOLD = ROOT / "data" / "gold"
LOGGED = json.loads((GOLD / "scores.json").read_text("utf-8"))
DEV_F1 = 0.95
SLACK = 0.02


def test_dev_corpus_f1():
    r = ukpeace.evaluate(ROOT / "data" / "dev", profile="fast", print_report=False)
    assert r["errors"] == []
    assert r["F1"] >= DEV_F1, {t: round(x["F1"], 3) for t, x in r["types"].items()}


@pytest.mark.parametrize("batch", sorted(LOGGED))
def test_blind_batch_does_not_fall_below_its_logged_figure(batch):
    logged = LOGGED[batch]["fast"]
    r = ukpeace.evaluate(GOLD / batch, profile="fast", print_report=False)
    assert r["errors"] == []
    assert r["F1"] >= logged["F1"] - SLACK, (batch, round(r["F1"], 3), logged["F1"])
    assert r["field"] >= logged["field"] - SLACK, (batch, round(r["field"], 3), logged["field"])

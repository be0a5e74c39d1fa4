"""Calibrated record confidence: a rule's raw score mapped to the chance that the record is right.

The map is data, ``ukpeace/resources/calibration.json``: per record type, a non-decreasing
piecewise-linear curve from the raw score (``rules.common.confidence``) to the share of records
with that score that matched a gold record. ``bench/calibrate.py --write`` fits it on the blind
gold batches; docs/confidence.md explains the method and the figures. The fitting helpers
(isotonic regression with a prior, ECE, AUC, reliability bins) live here so that tests and
users re-fitting on their own gold use the same code; they need only the standard library.

``UKPEACE_CALIBRATION=/path/table.json`` loads another table; ``UKPEACE_CALIBRATION=none`` keeps
raw scores.
"""
from __future__ import annotations

import json
import logging
import os
import pathlib
from bisect import bisect_left, bisect_right
from functools import lru_cache
from importlib import resources
from typing import Iterable, Literal, Optional, Sequence

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

logger = logging.getLogger(__name__)
ENV = "UKPEACE_CALIBRATION"


# ---------- the table ----------
class Curve(BaseModel):
    """Knots of one type's map: x strictly increasing raw scores, y non-decreasing probabilities."""
    model_config = ConfigDict(extra="forbid")
    kind: Literal["isotonic", "constant"] = Field("isotonic", description="constant: the raw score did not "
                                                  "predict held-out records better than the type's rate")
    x: list[float] = Field(min_length=1)
    y: list[float] = Field(min_length=1)
    n: int = Field(0, ge=0, description="records the curve was fitted on")
    right: int = Field(0, ge=0, description="of which matched a gold record")

    @model_validator(mode="after")
    def _shape(self) -> Curve:
        if len(self.x) != len(self.y):
            raise ValueError(f"x has {len(self.x)} knots but y has {len(self.y)}")
        if any(b <= a for a, b in zip(self.x, self.x[1:])):
            raise ValueError(f"x must be strictly increasing: {self.x}")
        if any(b < a for a, b in zip(self.y, self.y[1:])):
            raise ValueError(f"y must be non-decreasing (calibration keeps the rules' ranking): {self.y}")
        if not all(0.0 <= v <= 1.0 for v in self.x + self.y):
            raise ValueError("knots must lie in [0, 1]")
        return self

    def __call__(self, raw: float) -> float:
        """Linear between knots, flat beyond the first and the last."""
        x, y = self.x, self.y
        if raw <= x[0]:
            return y[0]
        if raw >= x[-1]:
            return y[-1]
        i = bisect_right(x, raw)
        t = (raw - x[i - 1]) / (x[i] - x[i - 1])
        return y[i - 1] + t * (y[i] - y[i - 1])


class Types(BaseModel):
    model_config = ConfigDict(extra="forbid")
    meeting: Optional[Curve] = None
    proposal: Optional[Curve] = None
    money: Optional[Curve] = None
    attack: Optional[Curve] = None


class Table(BaseModel):
    """ukpeace/resources/calibration.json."""
    model_config = ConfigDict(extra="forbid")
    version: int = Field(1, ge=1, le=1)
    method: str = Field(description="how the curves were fitted")
    profile: str = Field(description="extraction profile of the fitting run")
    gold: list[str] = Field(description="gold folders the curves were fitted on")
    label: str = Field(description="what counts as a right record")
    prior_weight: float = Field(ge=0.0)
    types: Types

    def curve(self, rtype: str) -> Optional[Curve]:
        return getattr(self.types, rtype, None)


def read_table(path) -> Table:
    """Load and validate a table; a bad file is a ValueError naming the file and the problem."""
    path = pathlib.Path(path)
    try:
        return Table.model_validate(json.loads(path.read_text("utf-8")))
    except (ValidationError, json.JSONDecodeError) as exc:
        raise ValueError(f"calibration table {path} is invalid: {exc}") from None


def _packaged_path() -> pathlib.Path:
    return pathlib.Path(str(resources.files("ukpeace.resources").joinpath("calibration.json")))


@lru_cache(maxsize=4)
def _load(spec: str) -> Optional[Table]:
    if spec.lower() in ("none", "off", "raw"):
        logger.info("%s=%s: records keep their raw confidence", ENV, spec)
        return None
    return read_table(spec or _packaged_path())


def table() -> Optional[Table]:
    """The active table, read once per process (None when calibration is switched off)."""
    return _load(os.environ.get(ENV, ""))


# ---------- applying it ----------
def calibrated(rtype: str, raw: float, tab: Optional[Table] = None) -> float:
    """The calibrated confidence of a record of type ``rtype`` with raw score ``raw``."""
    tab = tab if tab is not None else table()
    curve = tab.curve(rtype) if tab is not None else None
    return raw if curve is None else round(min(1.0, max(0.0, curve(raw))), 3)


def apply(records: Iterable, tab: Optional[Table] = None) -> None:
    """Set each record's confidence from its raw score, keeping the raw score in confidence_raw.

    Idempotent: a record that already has confidence_raw is re-mapped from it.
    """
    for r in records:
        raw = r.confidence if r.confidence_raw is None else r.confidence_raw
        r.confidence_raw = raw
        r.confidence = calibrated(r.type, raw, tab)


# ---------- fitting and measuring ----------
def _pav(values: list[float], weights: list[float]) -> list[tuple[float, float, int, int]]:
    """Pool adjacent violators: blocks (value, weight, first index, last index), values non-decreasing."""
    blocks: list[list] = []
    for i, (v, w) in enumerate(zip(values, weights)):
        blocks.append([v, w, i, i])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            (v2, w2, _, e2), (v1, w1, s1, _) = blocks.pop(), blocks.pop()
            blocks.append([(v1 * w1 + v2 * w2) / (w1 + w2), w1 + w2, s1, e2])
    return [tuple(b) for b in blocks]


def fit_curve(scores: Sequence[float], labels: Sequence[bool], prior_weight: float = 2.0) -> Curve:
    """Isotonic regression of labels on scores, each distinct score shrunk towards the type's rate.

    A group of records with the same raw score counts as (right + prior_weight × rate) /
    (n + prior_weight), rate = (all right + 1) / (all + 2): a score seen twice cannot jump to 0 or 1.
    Pooled blocks become knots at their lowest and highest score.
    """
    if len(scores) != len(labels) or not scores:
        raise ValueError("fit_curve needs as many labels as scores, and at least one")
    rate = (sum(map(bool, labels)) + 1) / (len(labels) + 2)
    groups: dict[float, list[int]] = {}
    for s, y in zip(scores, labels):
        groups.setdefault(round(float(s), 6), []).append(bool(y))
    xs = sorted(groups)
    vals = [(sum(groups[x]) + prior_weight * rate) / (len(groups[x]) + prior_weight) for x in xs]
    kx, ky = [], []
    for v, _, a, b in _pav(vals, [len(groups[x]) + prior_weight for x in xs]):
        for x in sorted({xs[a], xs[b]}):
            kx.append(x)
            ky.append(round(v, 4))
    return Curve(x=kx, y=ky, n=len(labels), right=sum(map(bool, labels)))


def constant_curve(labels: Sequence[bool]) -> Curve:
    """The type's rate, (right + 1) / (n + 2), whatever the raw score."""
    right = sum(map(bool, labels))
    return Curve(kind="constant", x=[0.5], y=[round((right + 1) / (len(labels) + 2), 4)], n=len(labels), right=right)


def brier(probs: Sequence[float], labels: Sequence[bool]) -> float:
    return sum((p - bool(y)) ** 2 for p, y in zip(probs, labels)) / max(1, len(probs))


def choose_curve(scores: Sequence[float], labels: Sequence[bool], groups: Sequence, prior_weight: float = 2.0) -> Curve:
    """fit_curve, unless the constant rate predicts each held-out group better (Brier score, leave one
    group out): a raw score that does not rank the records then adds only noise."""
    keys = sorted(set(groups), key=str)
    if len(keys) < 2:
        return fit_curve(scores, labels, prior_weight)
    iso, flat, ys = [], [], []
    for k in keys:
        tr = [i for i, g in enumerate(groups) if g != k]
        te = [i for i, g in enumerate(groups) if g == k]
        if not tr:
            continue
        c = fit_curve([scores[i] for i in tr], [labels[i] for i in tr], prior_weight)
        f = constant_curve([labels[i] for i in tr])
        iso += [c(scores[i]) for i in te]
        flat += [f(scores[i]) for i in te]
        ys += [labels[i] for i in te]
    if brier(iso, ys) < brier(flat, ys):
        return fit_curve(scores, labels, prior_weight)
    return constant_curve(labels)


def reliability(probs: Sequence[float], labels: Sequence[bool], bins: int = 10) -> list[dict]:
    """Equal-width bins over [0, 1]: count, mean predicted and observed share right (non-empty bins)."""
    acc: dict[int, list] = {}
    for p, y in zip(probs, labels):
        acc.setdefault(min(bins - 1, int(p * bins)), []).append((p, bool(y)))
    return [{"lo": k / bins, "hi": (k + 1) / bins, "n": len(v), "conf": sum(p for p, _ in v) / len(v),
             "right": sum(y for _, y in v) / len(v)} for k, v in sorted(acc.items())]


def ece(probs: Sequence[float], labels: Sequence[bool], bins: int = 10) -> float:
    """Expected calibration error: the count-weighted mean |observed − predicted| over the bins."""
    n = len(probs)
    return sum(b["n"] * abs(b["right"] - b["conf"]) for b in reliability(probs, labels, bins)) / n if n else 0.0


def _wins(scores: Sequence[float], labels: Sequence[bool]) -> tuple[float, int]:
    pos = [s for s, y in zip(scores, labels) if y]
    neg = sorted(s for s, y in zip(scores, labels) if not y)
    wins = sum(bisect_left(neg, s) + 0.5 * (bisect_right(neg, s) - bisect_left(neg, s)) for s in pos)
    return wins, len(pos) * len(neg)


def auc(scores: Sequence[float], labels: Sequence[bool], groups: Optional[Sequence] = None) -> Optional[float]:
    """Chance that a right record scores above a wrong one (ties count half); None without both.

    With ``groups``, only pairs within the same group count: the out-of-sample AUC of scores from
    different cross-validation fits, free of the shift between one fit's level and another's.
    """
    groups = groups if groups is not None else [0] * len(scores)
    wins: float = 0
    pairs = 0
    for g in set(groups):
        w, n = _wins([s for s, k in zip(scores, groups) if k == g], [y for y, k in zip(labels, groups) if k == g])
        wins, pairs = wins + w, pairs + n
    return wins / pairs if pairs else None

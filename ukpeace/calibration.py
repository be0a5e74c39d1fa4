"""Calibrated record confidence: the chance that a finished record is right, from what it looks like.

The model is data, ``ukpeace/resources/calibration.json``: per record type, a small L2-regularised
logistic regression over a few features of the finished record (:data:`FEATURES`: how many fields
are filled, how many evidence spans back it, how long they are, whether its name is a noun compound
or a clause, where it sits in the document, whether its kind is known, and how much it looks like
another, fuller record of the same type in the same document — a duplicate; :data:`DEFAULT_FEATURES`
are the ones the shipped table uses). The records of a document are scored together (:func:`apply`).
``bench/calibrate.py --write`` fits it on the blind gold batches and prints leave-one-batch-out figures;
docs/confidence.md explains the method and the figures. Prediction is pure Python; fitting
(:func:`fit_type`) uses numpy. The measuring helpers (ECE, AUC, reliability bins) and the previous
method (isotonic curve over the raw score, kept as the baseline the bench compares with) live here
too, so that tests and users re-fitting on their own gold use the same code.

``UKPEACE_CALIBRATION=/path/table.json`` loads another table; ``UKPEACE_CALIBRATION=none`` keeps
raw scores.
"""
from __future__ import annotations

import json
import logging
import math
import os
import pathlib
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, Literal, Mapping, Optional, Sequence

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

logger = logging.getLogger(__name__)
ENV = "UKPEACE_CALIBRATION"

# ---------- features of a finished record ----------
Feature = Literal["filled", "evidence", "evidence_chars", "name_kana", "position", "name_chars", "kind_other",
                  "duplicate"]
FEATURES: dict[str, str] = {
    "filled": "content fields filled (place, date, actors, status, amount, weapons, ...)",
    "evidence": "log(1 + evidence spans): mentions merged into the record",
    "evidence_chars": "log(1 + mean characters of an evidence span)",
    "name_kana": "share of hiragana in the name: a clause or verb (訪れ, 受け取る案) rather than a noun compound",
    "position": "where the first evidence span starts, as a share of the document's characters",
    "name_chars": "log(1 + characters of the name): a bare head (会談, 法案) or a long clause",
    "kind_other": "1 when the record's kind is 'other' or missing (proposals): no known class fits its name",
    "duplicate": "similarity (0-1) to another record of the same type and document that is at least as complete: "
                 "a second record of the same event",
}
DEFAULT_FEATURES: tuple[Feature, ...] = ("filled", "name_kana", "position", "duplicate", "kind_other")
NOT_CONTENT = frozenset({"id", "type", "evidence", "confidence", "confidence_raw", "rule", "plover", "cameo"})
HIRAGANA = re.compile(r"[\u3041-\u309f]")
ACTOR_FIELDS = ("participants", "parties", "proposer", "donor", "recipient", "attacker")


def _filled(v: Any) -> bool:
    if isinstance(v, dict):
        return any(x not in (None, [], {}, "") for x in v.values())
    return v not in (None, [], {}, "")


def _as_dict(record: Any) -> dict:
    return record if isinstance(record, dict) else record.model_dump(mode="json")


def _n_filled(rec: dict) -> int:
    return sum(_filled(v) for k, v in rec.items() if k not in NOT_CONTENT)


def _content(rec: dict) -> dict:
    """The record without its scores: the same record before and after calibration."""
    return {k: v for k, v in rec.items() if k not in ("confidence", "confidence_raw")}


def _start(rec: dict) -> int:
    ev = rec.get("evidence") or []
    return ev[0]["start"] if ev else 0


def _bigrams(name: str) -> set[str]:
    return {name[i:i + 2] for i in range(len(name) - 1)} or ({name} if name else set())


def _overlap(a: set, b: set) -> float:
    """|a ∩ b| / min(|a|, |b|): 1 when one contains the other; 0 when either is empty."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _actors(rec: dict) -> set[str]:
    return {a.get("id") or a.get("text") or "" for f in ACTOR_FIELDS for a in rec.get(f) or [] if isinstance(a, dict)}


def similarity(rec: dict, other: dict) -> float:
    """How much two records of one type look like the same event, 0-1: the mean of name overlap (character
    bigrams), actor overlap and same date; 0 when both have a date and the dates differ."""
    d1, d2 = (rec.get("date") or {}).get("start"), (other.get("date") or {}).get("start")
    if d1 and d2 and d1 != d2:
        return 0.0
    name = _overlap(_bigrams(rec.get("name") or ""), _bigrams(other.get("name") or ""))
    return (name + _overlap(_actors(rec), _actors(other)) + float(bool(d1) and d1 == d2)) / 3


def _dominates(other: dict, rec: dict) -> bool:
    """``other`` is the fuller record of the pair (more fields filled; on a tie, told first)."""
    a, b = _n_filled(other), _n_filled(rec)
    return a > b or (a == b and _start(other) < _start(rec))


def duplicate(rec: dict, siblings: Iterable[Any]) -> float:
    """Highest similarity to another record of the same type that is at least as complete."""
    me = _content(rec)
    sims = [similarity(rec, o) for o in map(_as_dict, siblings)
            if o.get("type") == rec.get("type") and _content(o) != me and _dominates(o, rec)]
    return max(sims, default=0.0)


def record_features(record: Any, chars: int, siblings: Iterable[Any] = ()) -> dict[str, float]:
    """The features of one record (a model or its JSON dict) from a document of ``chars`` characters;
    ``siblings``: the document's records (the record itself may be among them)."""
    rec = _as_dict(record)
    ev = rec.get("evidence") or []
    name = rec.get("name") or ""
    return {"filled": float(_n_filled(rec)),
            "evidence": math.log1p(len(ev)),
            "evidence_chars": math.log1p(sum(e["end"] - e["start"] for e in ev) / len(ev)) if ev else 0.0,
            "name_kana": len(HIRAGANA.findall(name)) / len(name) if name else 0.0,
            "position": min(1.0, ev[0]["start"] / chars) if ev and chars > 0 else 0.5,
            "name_chars": math.log1p(len(name)),
            "kind_other": float(rec.get("kind") in (None, "other")),
            "duplicate": duplicate(rec, siblings)}


def _logit(p: float) -> float:
    p = min(1 - 1e-6, max(1e-6, p))
    return math.log(p / (1 - p))


# ---------- the table ----------
class TypeModel(BaseModel):
    """One type's model: P(right) = 1 / (1 + exp(−(intercept + Σ coef·(x − mean) / scale)))."""
    model_config = ConfigDict(extra="forbid")
    kind: Literal["logistic", "constant"] = Field(description="constant: every record of the type gets its "
                                                  "rate (the gold had no wrong or no right record of it)")
    n: int = Field(ge=1, description="records the model was fitted on")
    right: int = Field(ge=0, description="of which matched a gold record")
    features: list[Feature] = Field(default_factory=list)
    mean: list[float] = Field(default_factory=list)
    scale: list[float] = Field(default_factory=list)
    coef: list[float] = Field(default_factory=list)
    intercept: float

    @model_validator(mode="after")
    def _shape(self) -> TypeModel:
        k = len(self.features)
        if not len(self.mean) == len(self.scale) == len(self.coef) == k:
            raise ValueError(f"{k} features but {len(self.mean)} means, {len(self.scale)} scales, "
                             f"{len(self.coef)} coefficients")
        if len(set(self.features)) != k:
            raise ValueError(f"a feature is listed twice: {self.features}")
        if any(s <= 0 for s in self.scale):
            raise ValueError(f"scales must be positive: {self.scale}")
        if self.right > self.n:
            raise ValueError(f"right ({self.right}) exceeds n ({self.n})")
        if self.kind == "constant" and k:
            raise ValueError("a constant model has no features")
        return self

    @property
    def rate(self) -> float:
        return (self.right + 1) / (self.n + 2)

    def linear(self, feats: Mapping[str, float]) -> float:
        return self.intercept + sum(c * (feats[f] - mu) / s
                                    for f, mu, s, c in zip(self.features, self.mean, self.scale, self.coef))

    def predict(self, record: Any, chars: int, siblings: Iterable[Any] = ()) -> float:
        """P(right) of one record (a model or its JSON dict) from a document of ``chars`` characters,
        among the document's records ``siblings``."""
        z = self.linear(record_features(_as_dict(record), chars, siblings))
        return 1 / (1 + math.exp(-z)) if z > -700 else 0.0


class Types(BaseModel):
    model_config = ConfigDict(extra="forbid")
    meeting: Optional[TypeModel] = None
    proposal: Optional[TypeModel] = None
    money: Optional[TypeModel] = None
    attack: Optional[TypeModel] = None


class Table(BaseModel):
    """ukpeace/resources/calibration.json."""
    model_config = ConfigDict(extra="forbid")
    version: Literal[2] = Field(2, description="2: feature model (1 was an isotonic curve over the raw score)")
    method: str = Field(description="how the models were fitted")
    profile: str = Field(description="extraction profile of the fitting run")
    gold: list[str] = Field(description="gold folders the models were fitted on")
    records: list[str] = Field(default_factory=list, description="stored first-run outputs the models were "
                               "fitted on (bench/first_run.py files, FILE@commit); empty: extracted at fit time")
    label: str = Field(description="what counts as a right record")
    l2: float = Field(ge=0.0, description="L2 penalty on the standardised coefficients")
    types: Types

    def model(self, rtype: str) -> Optional[TypeModel]:
        return getattr(self.types, rtype, None)


def read_table(path) -> Table:
    """Load and validate a table; a bad file is a ValueError naming the file and the problem."""
    path = pathlib.Path(path)
    try:
        return Table.model_validate(json.loads(path.read_text("utf-8")))
    except (ValidationError, json.JSONDecodeError, OSError) as exc:
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
def confidence(record: Any, chars: int, tab: Optional[Table] = None, siblings: Iterable[Any] = ()) -> float:
    """The calibrated confidence of one record among the document's records ``siblings``; its raw score
    where the table has no model for its type."""
    tab = tab if tab is not None else table()
    rec = _as_dict(record)
    raw = rec["confidence"] if rec.get("confidence_raw") is None else rec["confidence_raw"]
    model = tab.model(rec["type"]) if tab is not None else None
    return raw if model is None else round(min(1.0, max(0.0, model.predict(rec, chars, siblings))), 3)


def apply(records: Iterable, tab: Optional[Table] = None, chars: Optional[int] = None) -> None:
    """Set each record's confidence from the model, keeping the rule's score in confidence_raw.

    ``chars``: length of the document the evidence offsets refer to (``Extraction.chars``); without
    it, the end of the last evidence span stands in. Idempotent: a record that already has
    confidence_raw keeps it. The records are scored together: a record like another, fuller one of
    the same document (``duplicate``) scores lower.
    """
    recs = list(records)
    if chars is None:
        chars = max((e.end for r in recs for e in r.evidence), default=0)
    for r in recs:
        if r.confidence_raw is None:
            r.confidence_raw = r.confidence
    dumps = [r.model_dump(mode="json") for r in recs]
    for r, d in zip(recs, dumps):
        r.confidence = confidence(d, chars, tab, dumps)


# ---------- fitting ----------
def _newton(x: Any, y: Any, l2: float) -> Any:
    """L2-penalised logistic regression (intercept unpenalised) by Newton's method; x standardised."""
    import numpy as np

    xb = np.hstack([np.ones((x.shape[0], 1)), x])
    pen = l2 * np.eye(xb.shape[1])
    pen[0, 0] = 1e-6
    w = np.zeros(xb.shape[1])
    for _ in range(100):
        p = 1 / (1 + np.exp(-xb @ w))
        step = np.linalg.solve((xb * (p * (1 - p))[:, None]).T @ xb + pen, xb.T @ (p - y) + pen @ w)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return w


def fit_type(rows: Sequence[Mapping[str, float]], labels: Sequence[bool],
             features: Sequence[str] = DEFAULT_FEATURES, l2: float = 10.0) -> TypeModel:
    """Fit one type's model on records' features (``record_features``) and right/wrong labels.

    Features are standardised; a feature constant in ``rows`` is left out. All right or all wrong:
    a constant model at the type's rate, (right + 1) / (n + 2).
    """
    import numpy as np

    if len(rows) != len(labels) or not rows:
        raise ValueError("fit_type needs as many labels as feature rows, and at least one")
    unknown = set(features) - set(FEATURES)
    if unknown:
        raise ValueError(f"unknown features {sorted(unknown)}; known: {sorted(FEATURES)}")
    n, right = len(labels), sum(map(bool, labels))
    if right in (0, n):
        return TypeModel(kind="constant", n=n, right=right, intercept=round(_logit((right + 1) / (n + 2)), 6))
    x = np.array([[row[f] for f in features] for row in rows], dtype=float)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    keep = scale > 1e-9  # a feature constant in the fitting data says nothing
    w = _newton((x[:, keep] - mean[keep]) / scale[keep], np.array(labels, dtype=float), l2)
    return TypeModel.model_validate({
        "kind": "logistic", "n": n, "right": right, "features": [f for f, k in zip(features, keep) if k],
        "mean": [round(float(v), 6) for v in mean[keep]], "scale": [round(float(v), 6) for v in scale[keep]],
        "coef": [round(float(v), 6) for v in w[1:]], "intercept": round(float(w[0]), 6)})


# ---------- the previous method (baseline) and measuring ----------
class Curve(BaseModel):
    """Knots of an isotonic map from the raw score: x strictly increasing, y non-decreasing probabilities.

    The version-1 table's method, kept as the baseline ``bench/calibrate.py`` compares with."""
    model_config = ConfigDict(extra="forbid")
    kind: Literal["isotonic", "constant"] = "isotonic"
    x: list[float] = Field(min_length=1)
    y: list[float] = Field(min_length=1)
    n: int = Field(0, ge=0)
    right: int = Field(0, ge=0)

    @model_validator(mode="after")
    def _shape(self) -> Curve:
        if len(self.x) != len(self.y):
            raise ValueError(f"x has {len(self.x)} knots but y has {len(self.y)}")
        if any(b <= a for a, b in zip(self.x, self.x[1:])):
            raise ValueError(f"x must be strictly increasing: {self.x}")
        if any(b < a for a, b in zip(self.y, self.y[1:])):
            raise ValueError(f"y must be non-decreasing: {self.y}")
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

"""Fit (and measure) the record confidence model on gold folders, in one command.

    .venv/bin/python bench/calibrate.py [--gold DIR ...] [--profile full|fast] [--optional right|skip]
                                        [--l2 X] [--features F ...] [--write | --out PATH] [--json PATH]

1. ``ukpeace.extract`` runs over every NAME.txt/NAME.json pair of the gold folders (default: the
   batches data/gold/b0, b1, ...; never data/dev, which the rules were tuned on).
2. Each predicted record is paired with gold by ``ukpeace.evaluate.match_records`` — the pairing
   ``ukpeace eval`` scores with. A record is *right* when it pairs with a gold record. A pair with an
   ``optional`` gold record (a borderline record the annotator accepts but does not require) counts
   as right by default: the record is real, eval only declines to reward it; ``--optional skip``
   leaves such records out of fitting and figures instead.
3. Per record type, an L2-regularised logistic regression over the features of
   ``ukpeace.calibration.FEATURES`` (``fit_type``) gives P(right). Honest figures come from
   cross-validation by group: each folder (batch) in turn is held out, the model is fitted on the
   others and applied to it; with a single folder each document is a group. The same is done for
   the previous method (isotonic curve over the raw score, or the type's rate) as the baseline.
4. The final table is fitted on all records. ``--write`` stores it as
   ukpeace/resources/calibration.json (the packaged table); ``--out PATH`` writes it elsewhere
   (load it with UKPEACE_CALIBRATION=PATH).

Printed per type: n, right, AUC and ECE of the raw score, of the baseline and of the model (both
cross-validated), in-sample figures of the final model, reliability bins (cross-validated), the AUC
of each feature alone (and of the rule's right rate in the other groups) and the final coefficients.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import pathlib
import sys
import time
from typing import Callable, Optional

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ukpeace import calibration as cal  # noqa: E402
from ukpeace.evaluate import TYPES, match_records  # noqa: E402

DEFAULT_GOLD = sorted(p for p in (ROOT / "data" / "gold").glob("b[0-9]*") if p.is_dir())
PACKAGED = ROOT / "ukpeace" / "resources" / "calibration.json"


# ---------- records and labels ----------
def collect(folders: list[pathlib.Path], profile: str, optional: str) -> list[dict]:
    """One row per predicted record: group (folder), doc, type, right/wrong, the record and its features."""
    import ukpeace

    os.environ[cal.ENV] = "none"  # fit on raw scores, whatever table is installed (or broken) now
    rows = []
    for folder in folders:
        if not folder.is_dir():
            raise SystemExit(f"gold folder not found: {folder}")
        for gpath in sorted(folder.glob("*.json")):
            tpath = gpath.with_suffix(".txt")
            if not tpath.exists():
                continue
            gold = json.loads(gpath.read_text("utf-8"))
            res = ukpeace.extract(tpath.read_text("utf-8"), published=gold.get("published"), doc_id=gpath.stem,
                                  profile=profile)
            if res.status == "error":
                logging.warning("%s: %s", gpath, res.error)
            for rec, g in match_records(gold, res.model_dump(mode="json")):
                if g is not None and g.get("optional") and optional == "skip":
                    continue
                rows.append({"group": folder.name, "doc": gpath.stem, "type": rec["type"], "right": g is not None,
                             "rec": rec, "chars": res.chars, "rule": rec.get("rule"), "raw": rec["confidence_raw"]
                             if rec.get("confidence_raw") is not None else rec["confidence"],
                             **cal.record_features(rec, res.chars)})
    return rows


# ---------- fitting ----------
def fit_model(rows: list[dict], args) -> cal.TypeModel:
    return cal.fit_type(rows, [r["right"] for r in rows], features=args.features, l2=args.l2)


def fit_baseline(rows: list[dict], key: str) -> cal.Curve:
    """The version-1 method: isotonic over the raw score, or the type's rate where that does better."""
    return cal.choose_curve([r["raw"] for r in rows], [r["right"] for r in rows], [r[key] for r in rows])


def _baseline_predictor(curve: cal.Curve) -> Callable[[dict], float]:
    return lambda r: curve(r["raw"])


def _model_predictor(model: cal.TypeModel) -> Callable[[dict], float]:
    return lambda r: model.predict(r["rec"], r["chars"])


def cross_validate(rows: list[dict], key: str, fit: Callable[[list[dict]], Callable[[dict], float]]) -> list[float]:
    """Out-of-sample prediction for every row: fitted per type without the row's group."""
    out = [0.0] * len(rows)
    for held in sorted({r[key] for r in rows}):
        for t in TYPES:
            train = [r for r in rows if r["type"] == t and r[key] != held]
            predict = fit(train) if train else (lambda r: r["raw"])
            for i, r in enumerate(rows):
                if r["type"] == t and r[key] == held:
                    out[i] = predict(r)
    return out


def fit_table(rows: list[dict], folders: list[pathlib.Path], args) -> cal.Table:
    models = {t: fit_model(sub, args)
              for t in TYPES if (sub := [r for r in rows if r["type"] == t])}
    gold = [str(f.resolve().relative_to(ROOT)) if f.resolve().is_relative_to(ROOT) else str(f) for f in folders]
    label = ("right = pairs with a gold record by ukpeace.evaluate.match_records, optional gold included"
             if args.optional == "right" else
             "right = pairs with a required gold record; records paired with optional gold left out")
    method = (f"per type: logistic regression (L2 {args.l2:g} on standardised features) over "
              f"{', '.join(args.features)}")
    return cal.Table(method=method, profile=args.profile, gold=gold, label=label, l2=args.l2, types=cal.Types(**models))


# ---------- figures ----------
def _f(x: Optional[float]) -> str:
    return "  n/a" if x is None else f"{x:5.3f}"


def _bins(probs, labels) -> str:
    return "  ".join(f"[{b['lo']:.1f},{b['hi']:.1f}) n={b['n']} conf={b['conf']:.2f} right={b['right']:.2f}"
                     for b in cal.reliability(probs, labels))


def figures(rows: list[dict], base: list[float], cv: list[float], tab: cal.Table, key: str) -> dict:
    """Per type and overall; AUC cv counts only pairs within a held-out group."""
    out = {}
    for t in (*TYPES, "all"):
        idx = [i for i, r in enumerate(rows) if t in ("all", r["type"])]
        if not idx:
            continue
        y, folds = [rows[i]["right"] for i in idx], [rows[i][key] for i in idx]
        raw, b, c = [rows[i]["raw"] for i in idx], [base[i] for i in idx], [cv[i] for i in idx]
        fit = [cal.confidence(rows[i]["rec"], rows[i]["chars"], tab) for i in idx]
        out[t] = {"n": len(idx), "right": sum(y), "auc_raw": cal.auc(raw, y), "auc_before": cal.auc(b, y, folds),
                  "auc_after": cal.auc(c, y, folds), "auc_fit": cal.auc(fit, y), "ece_raw": cal.ece(raw, y),
                  "ece_before": cal.ece(b, y), "ece_after": cal.ece(c, y), "ece_fit": cal.ece(fit, y)}
    return out


def report(rows: list[dict], figs: dict, cv: list[float], tab: cal.Table, key: str) -> None:
    print(f"{'':15}{'':5}{'':6}| raw score   | before (isotonic, cv) | after (model, cv) | final fit, in sample\n"
          f"{'type':15}{'n':>5}{'right':>6}| {'AUC':>5} {'ECE':>5} | {'AUC':>9} {'ECE':>11} | {'AUC':>7} {'ECE':>9} "
          f"| {'AUC':>5} {'ECE':>5}")
    for t, f in figs.items():
        print(f"{t:15}{f['n']:5d}{f['right']:6d}| {_f(f['auc_raw'])} {f['ece_raw']:5.3f} | {_f(f['auc_before']):>9} "
              f"{f['ece_before']:11.3f} | {_f(f['auc_after']):>7} {f['ece_after']:9.3f} | {_f(f['auc_fit'])} "
              f"{f['ece_fit']:5.3f}")
    print("\nreliability bins, raw → after (cross-validated):")
    for t in TYPES:
        idx = [i for i, r in enumerate(rows) if r["type"] == t]
        if idx:
            y = [rows[i]["right"] for i in idx]
            print(f"  {t} raw:   {_bins([rows[i]['raw'] for i in idx], y)}")
            print(f"  {t} after: {_bins([cv[i] for i in idx], y)}")
    print("\nAUC of each feature alone (in sample; rule: its right rate in the other groups, +1/+2 smoothed)"
          " and the final model's standardised coefficients:")
    for t in TYPES:
        sub, m = [r for r in rows if r["type"] == t], tab.model(t)
        if not sub or m is None:
            continue
        y = [r["right"] for r in sub]
        aucs = {f: cal.auc([r[f] for r in sub], y) for f in ("raw", *cal.FEATURES)}
        aucs["rule"] = cal.auc(cross_validate(sub, key, _rule_rate), y, [r[key] for r in sub])
        coefs = dict(zip(m.features, m.coef))
        print(f"  {t:9} " + "  ".join(f"{k}={_f(v).strip()}" + (f" ({coefs[k]:+.2f})" if k in coefs else "")
                                      for k, v in aucs.items()) + f"  intercept={m.intercept:+.2f}")


def _rule_rate(train: list[dict]) -> Callable[[dict], float]:
    """Share right among the training records of a record's rule (a diagnostic: does the rule generalise?)."""
    counts: dict = {}
    for r in train:
        c = counts.setdefault(r["rule"], [0, 0])
        c[0], c[1] = c[0] + 1, c[1] + r["right"]
    return lambda r: (counts.get(r["rule"], [0, 0])[1] + 1) / (counts.get(r["rule"], [0, 0])[0] + 2)

def held_out(rows: list[dict], test: list[dict], args, key: str) -> dict:
    """Fit the baseline and the model on ``rows``, score them on ``test``: the honest figure for new text."""
    base = {t: fit_baseline(sub, key) for t in TYPES if (sub := [r for r in rows if r["type"] == t])}
    model = {t: fit_model(sub, args) for t in TYPES if (sub := [r for r in rows if r["type"] == t])}
    print(f"\nfitted on {', '.join(sorted({r['group'] for r in rows}))}; scored on "
          f"{', '.join(sorted({r['group'] for r in test}))} ({len(test)} records, never fitted on):")
    print(f"{'type':15}{'n':>5}{'right':>6}| {'AUC raw':>7} {'before':>6} {'after':>6} | {'ECE raw':>7} {'before':>6} "
          f"{'after':>6}")
    out = {}
    for t in (*TYPES, "all"):
        sub = [r for r in test if t in ("all", r["type"])]
        if not sub:
            continue
        y = [r["right"] for r in sub]
        raw = [r["raw"] for r in sub]
        b = [base[r["type"]](r["raw"]) if r["type"] in base else r["raw"] for r in sub]
        a = [model[r["type"]].predict(r["rec"], r["chars"]) if r["type"] in model else r["raw"] for r in sub]
        f = out[t] = {"n": len(sub), "right": sum(y), "auc_raw": cal.auc(raw, y), "auc_before": cal.auc(b, y),
                      "auc_after": cal.auc(a, y), "ece_raw": cal.ece(raw, y), "ece_before": cal.ece(b, y),
                      "ece_after": cal.ece(a, y)}
        print(f"{t:15}{f['n']:5d}{f['right']:6d}| {_f(f['auc_raw']):>7} {_f(f['auc_before']):>6} "
              f"{_f(f['auc_after']):>6} | {f['ece_raw']:7.3f} {f['ece_before']:6.3f} {f['ece_after']:6.3f}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", nargs="+", type=pathlib.Path, default=DEFAULT_GOLD, help="gold folders")
    ap.add_argument("--profile", default="full", choices=("full", "fast"))
    ap.add_argument("--optional", default="right", choices=("right", "skip"),
                    help="records paired with optional gold: count as right (default) or leave out")
    ap.add_argument("--cv", default=None, choices=("folder", "document"),
                    help="held-out group (default: folder when there are several, else document)")
    ap.add_argument("--l2", type=float, default=10.0, help="L2 penalty on the standardised coefficients")
    ap.add_argument("--features", nargs="+", default=list(cal.DEFAULT_FEATURES),
                    choices=list(cal.FEATURES), help="features of the model (default: %(default)s)")
    ap.add_argument("--test", nargs="+", type=pathlib.Path, default=[],
                    help="also score the fits on these folders, never fitted on (e.g. the latest blind batches)")
    ap.add_argument("--write", action="store_true", help=f"write the table to {PACKAGED.relative_to(ROOT)}")
    ap.add_argument("--out", type=pathlib.Path, help="write the table to this path instead")
    ap.add_argument("--json", type=pathlib.Path, help="write the figures as JSON here")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    rows = collect(args.gold, args.profile, args.optional)
    t1 = time.perf_counter()
    if not rows:
        raise SystemExit("no predicted records in the gold folders: nothing to calibrate")
    by = args.cv or ("folder" if len(args.gold) > 1 else "document")
    key = "group" if by == "folder" else "doc"
    tab = fit_table(rows, args.gold, args)
    print(f"{len(rows)} records from {len({(r['group'], r['doc']) for r in rows})} documents "
          f"({args.profile} profile, extraction {t1 - t0:.0f} s); cross-validation: leave one {by} out\n")
    base = cross_validate(rows, key, lambda tr: _baseline_predictor(fit_baseline(tr, key)))
    cv = cross_validate(rows, key, lambda tr: _model_predictor(fit_model(tr, args)))
    figs = figures(rows, base, cv, tab, key)
    report(rows, figs, cv, tab, key)
    if args.test:
        figs["test"] = held_out(rows, collect(args.test, args.profile, args.optional), args, key)
    target = PACKAGED if args.write else args.out
    if target:
        target.write_text(tab.model_dump_json(indent=1, exclude_none=True) + "\n", "utf-8")
        cal.read_table(target)  # what was written loads and validates
        print(f"\nwrote {target}")
    if args.json:
        args.json.write_text(json.dumps(figs, indent=1), "utf-8")
    print(f"total {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

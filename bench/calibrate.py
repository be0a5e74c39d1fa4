"""Fit (and measure) the confidence calibration table on gold folders, in one command.

    .venv/bin/python bench/calibrate.py [--gold DIR ...] [--profile full|fast] [--optional right|skip]
                                        [--write | --out PATH]

1. ``ukpeace.extract`` runs over every NAME.txt/NAME.json pair of the gold folders (default: the
   batches data/gold/b0, b1, ...; never data/dev, which the rules were tuned on).
2. Each predicted record is paired with gold by ``ukpeace.evaluate.match_records`` — the pairing
   ``ukpeace eval`` scores with. A record is *right* when it pairs with a gold record. A pair with an
   ``optional`` gold record (a borderline record the annotator accepts but does not require) counts
   as right by default: the record is real, eval only declines to reward it; ``--optional skip``
   leaves such records out of fitting and figures instead.
3. Per record type, an isotonic curve (with a prior, ``ukpeace.calibration.fit_curve``) maps the raw
   score (``confidence_raw``) to the share right. Honest figures come from cross-validation by
   group: each folder (batch) in turn is held out, the curve is fitted on the others and applied to
   it; with a single folder each document is a group.
4. The final table is fitted on all records. ``--write`` stores it as
   ukpeace/resources/calibration.json (the packaged table); ``--out PATH`` writes it elsewhere
   (load it with UKPEACE_CALIBRATION=PATH).

Printed per type: n, right, AUC and ECE of the raw score, of the cross-validated calibration and
of the final fit in sample, reliability bins before and after (cross-validated), and the AUC of
each record feature alone (a diagnostic for rule authors: which grounded fields mark right records).
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import pathlib
import sys
import time
from typing import Optional

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ukpeace import calibration as cal  # noqa: E402
from ukpeace.evaluate import TYPES, match_records  # noqa: E402

DEFAULT_GOLD = sorted(p for p in (ROOT / "data" / "gold").glob("b[0-9]*") if p.is_dir())
PACKAGED = ROOT / "ukpeace" / "resources" / "calibration.json"
PRIOR_WEIGHT = 2.0
ACTOR_FIELDS = ("participants", "parties", "proposer", "donor", "recipient", "attacker")
NOT_CONTENT = {"id", "type", "evidence", "confidence", "confidence_raw", "rule", "plover", "cameo"}


# ---------- records and labels ----------
def _filled(v) -> bool:
    if isinstance(v, dict):
        return any(x not in (None, [], {}, "") for x in v.values())
    return v not in (None, [], {}, "")


def features(rec: dict) -> dict:
    """What the calibration may look at: the raw score and how grounded the record is."""
    return {"raw": rec["confidence_raw"] if rec.get("confidence_raw") is not None else rec["confidence"],
            "rule": rec.get("rule"),
            "filled": sum(_filled(v) for k, v in rec.items() if k not in NOT_CONTENT),
            "evidence": len(rec.get("evidence") or []),
            "date": _filled(rec.get("date")),
            "location": _filled(rec.get("location")) or _filled(rec.get("locations")),
            "actors": any(_filled(rec.get(k)) for k in ACTOR_FIELDS)}


def collect(folders: list[pathlib.Path], profile: str, optional: str) -> list[dict]:
    """One row per predicted record: group (folder), doc, type, features and right/wrong."""
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
                             **features(rec)})
    return rows


# ---------- fitting and measuring ----------
def _curve(rows: list[dict], key: str) -> cal.Curve:
    return cal.choose_curve([r["raw"] for r in rows], [r["right"] for r in rows], [r[key] for r in rows], PRIOR_WEIGHT)


def cross_validate(rows: list[dict], by: str) -> list[float]:
    """Out-of-sample calibrated confidence of every row: fitted without the row's group."""
    key = "group" if by == "folder" else "doc"
    out = [0.0] * len(rows)
    for held in sorted({r[key] for r in rows}):
        for t in TYPES:
            train = [r for r in rows if r["type"] == t and r[key] != held]
            curve = _curve(train, key) if train else None
            for i, r in enumerate(rows):
                if r["type"] == t and r[key] == held:
                    out[i] = curve(r["raw"]) if curve else r["raw"]
    return out


def fit_table(rows: list[dict], folders: list[pathlib.Path], profile: str, optional: str, by: str) -> cal.Table:
    key = "group" if by == "folder" else "doc"
    curves = {t: _curve(sub, key) for t in TYPES if (sub := [r for r in rows if r["type"] == t])}
    gold = [str(f.resolve().relative_to(ROOT)) if f.resolve().is_relative_to(ROOT) else str(f) for f in folders]
    label = ("right = pairs with a gold record by ukpeace.evaluate.match_records, optional gold included"
             if optional == "right" else
             "right = pairs with a required gold record; records paired with optional gold left out")
    return cal.Table(method=f"per type: isotonic regression on the raw score (prior weight {PRIOR_WEIGHT:g}), or the "
                            f"type's rate where that predicts held-out {by}s better (Brier score)",
                     profile=profile, gold=gold, label=label, prior_weight=PRIOR_WEIGHT, types=cal.Types(**curves))


def _f(x: Optional[float]) -> str:
    return "  n/a" if x is None else f"{x:5.3f}"


def _bins(probs, labels) -> str:
    return "  ".join(f"[{b['lo']:.1f},{b['hi']:.1f}) n={b['n']} conf={b['conf']:.2f} right={b['right']:.2f}"
                     for b in cal.reliability(probs, labels))


def report(rows: list[dict], cv: list[float], tab: cal.Table, by: str) -> dict:
    """Print the per-type figures; return them (for --json). AUC cv counts pairs within a held-out group."""
    out, key = {}, "group" if by == "folder" else "doc"
    print(f"{'type':9} {'n':>4} {'right':>5}  {'AUC raw':>7} {'AUC cv':>6} {'AUC fit':>7}  "
          f"{'ECE raw':>7} {'ECE cv':>6} {'ECE fit':>7}  curve")
    for t in (*TYPES, "all"):
        idx = [i for i, r in enumerate(rows) if t in ("all", r["type"])]
        if not idx:
            continue
        y = [rows[i]["right"] for i in idx]
        raw, oos = [rows[i]["raw"] for i in idx], [cv[i] for i in idx]
        fit = [cal.calibrated(rows[i]["type"], rows[i]["raw"], tab) for i in idx]
        folds = [rows[i][key] for i in idx]
        fig = {"n": len(idx), "right": sum(y), "auc_raw": cal.auc(raw, y), "auc_cv": cal.auc(oos, y, folds),
               "auc_fit": cal.auc(fit, y),
               "ece_raw": cal.ece(raw, y), "ece_cv": cal.ece(oos, y), "ece_fit": cal.ece(fit, y)}
        out[t] = fig
        kind = tab.curve(t).kind if tab.curve(t) else ""
        print(f"{t:9} {fig['n']:4d} {fig['right']:5d}  "
              f"{_f(fig['auc_raw']):>7} {_f(fig['auc_cv']):>6} {_f(fig['auc_fit']):>7}  "
              f"{fig['ece_raw']:7.3f} {fig['ece_cv']:6.3f} {fig['ece_fit']:7.3f}  {kind}")
    print("\nreliability bins (share right vs mean confidence), before → after (cross-validated):")
    for t in TYPES:
        idx = [i for i, r in enumerate(rows) if r["type"] == t]
        if idx:
            y = [rows[i]["right"] for i in idx]
            print(f"  {t} raw: {_bins([rows[i]['raw'] for i in idx], y)}")
            print(f"  {t} cv:  {_bins([cv[i] for i in idx], y)}")
    print("\nAUC of each feature alone (diagnostic):")
    for t in TYPES:
        sub = [r for r in rows if r["type"] == t]
        y = [r["right"] for r in sub]
        aucs = {k: cal.auc([float(r[k]) for r in sub], y)
                for k in ("raw", "filled", "evidence", "date", "location", "actors")}
        rules = sorted({str(r["rule"]) for r in sub})
        print(f"  {t:9} " + " ".join(f"{k}={_f(v).strip()}" for k, v in aucs.items()) + f"  rules={rules[:6]}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", nargs="+", type=pathlib.Path, default=DEFAULT_GOLD, help="gold folders")
    ap.add_argument("--profile", default="full", choices=("full", "fast"))
    ap.add_argument("--optional", default="right", choices=("right", "skip"),
                    help="records paired with optional gold: count as right (default) or leave out")
    ap.add_argument("--cv", default=None, choices=("folder", "document"),
                    help="held-out group (default: folder when there are several, else document)")
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
    tab = fit_table(rows, args.gold, args.profile, args.optional, by)
    print(f"{len(rows)} records from {len({(r['group'], r['doc']) for r in rows})} documents "
          f"({args.profile} profile, extraction {t1 - t0:.0f} s); cross-validation: leave one {by} out\n")
    figs = report(rows, cross_validate(rows, by), tab, by)
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

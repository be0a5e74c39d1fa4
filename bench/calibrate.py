"""Fit (and measure) the record confidence model on stored first runs or gold folders, in one command.

    .venv/bin/python bench/calibrate.py [--records FILE ... | --gold DIR ...] [--profile full|fast]
                                        [--optional right|skip] [--l2 X] [--features F ...]
                                        [--test FILE|DIR ...] [--write | --out PATH] [--json PATH]

1. The records to fit on are, by default, the stored **first runs** data/gold/firstrun/*.PROFILE.jsonl
   (``bench/first_run.py``: what the code of the time extracted from each blind batch before anyone
   read it), or the files given with ``--records``. Each stored result is paired with the gold JSON of
   its batch by doc_id; a result without its gold article, a text changed since the run or an article
   without a result is an error naming the file. ``--gold DIR ...`` instead runs ``ukpeace.extract``
   with the current code over the folders' NAME.txt/NAME.json pairs (the default only when no first
   run is stored) — records of batches the rules were fixed on are right more often than new text's.
2. Each predicted record is paired with gold by ``ukpeace.evaluate.match_records`` — the pairing
   ``ukpeace eval`` scores with. A record is *right* when it pairs with a gold record. A pair with an
   ``optional`` gold record (a borderline record the annotator accepts but does not require) counts
   as right by default: the record is real, eval only declines to reward it; ``--optional skip``
   leaves such records out of fitting and figures instead.
3. Per record type, an L2-regularised logistic regression over the features of
   ``ukpeace.calibration.FEATURES`` (``fit_type``) gives P(right). Honest figures come from
   cross-validation by group: each batch (folder) in turn is held out, the model is fitted on the
   others and applied to it; with a single batch each document is a group. The same is done for
   the previous method (isotonic curve over the raw score, or the type's rate) as the baseline.
   ``--test`` also scores a fit on first-run files or folders never fitted on.
4. The final table is fitted on all records. ``--write`` stores it as
   ukpeace/resources/calibration.json (the packaged table); ``--out PATH`` writes it elsewhere
   (load it with UKPEACE_CALIBRATION=PATH).

Printed: the first-run F1 of each stored file (as ``ukpeace eval`` counts, against the current gold);
per type n, right, AUC and ECE of the raw score, of the baseline and of the model (both
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
from ukpeace.evaluate import TYPES, match_records, prf, score_document  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
import first_run  # noqa: E402

DEFAULT_GOLD = sorted(p for p in (ROOT / "data" / "gold").glob("b[0-9]*") if p.is_dir())
FIRSTRUN = ROOT / "data" / "gold" / "firstrun"
PACKAGED = ROOT / "ukpeace" / "resources" / "calibration.json"


# ---------- records and labels ----------
def _row(group: str, doc: str, rec: dict, g: Optional[dict], chars: int, sibs: list[dict]) -> dict:
    """One predicted record, its label and features; ``sibs``: all records of its document."""
    raw = rec["confidence_raw"] if rec.get("confidence_raw") is not None else rec["confidence"]
    return {"group": group, "doc": doc, "type": rec["type"], "right": g is not None, "rec": rec, "chars": chars,
            "sibs": sibs, "rule": rec.get("rule"), "raw": raw, **cal.record_features(rec, chars, sibs)}


def _pairs(gold: dict, result: dict, optional: str) -> list[tuple[dict, Optional[dict]]]:
    """Each predicted record with its gold partner (or None); optional partners left out with --optional skip."""
    return [(rec, g) for rec, g in match_records(gold, result)
            if not (g is not None and g.get("optional") and optional == "skip")]


def _gold_dir(header: dict) -> pathlib.Path:
    path = pathlib.Path(header["gold"])
    return path if path.is_absolute() else ROOT / path


def read_first_run(path: pathlib.Path) -> tuple[dict, list[tuple[dict, dict]]]:
    """A bench/first_run.py file: its header and (gold, stored result) per article, checked against the gold.

    A result whose doc_id has no gold article, whose gold names another id, or whose text has changed since
    the run, and an article of the header without a result, are errors naming the file and the line.
    """
    try:
        lines = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        raise SystemExit(f"{path}: not a first-run file: {exc}") from None
    header = lines[0].get("firstrun") if lines and isinstance(lines[0], dict) else None
    if not isinstance(header, dict) or not {"batch", "gold", "profile", "commit"} <= header.keys():
        raise SystemExit(f"{path}: line 1 is not a first-run header {{\"firstrun\": {{batch, gold, profile, commit, "
                         f"...}}}} (write the file with bench/first_run.py)")
    gold_dir, hashes, out = _gold_dir(header), header.get("articles") or {}, []
    for n, res in enumerate(lines[1:], start=2):
        doc = res.get("doc_id") if isinstance(res, dict) else None
        gpath = gold_dir / f"{doc}.json"
        if not doc or not gpath.exists():
            raise SystemExit(f"{path} line {n}: result doc_id {doc!r} has no gold article {gpath}")
        gold = json.loads(gpath.read_text("utf-8"))
        if gold.get("id", doc) != doc:
            raise SystemExit(f"{path} line {n}: result doc_id {doc!r} but its gold {gpath} has id {gold.get('id')!r}")
        tpath = gpath.with_suffix(".txt")
        if doc in hashes and tpath.exists() and first_run.sha256(tpath.read_text("utf-8")) != hashes[doc]:
            raise SystemExit(f"{path} line {n}: the text of {tpath} has changed since the first run "
                             "(its offsets no longer fit the stored result)")
        out.append((gold, res))
    missing = set(hashes) - {res.get("doc_id") for _, res in out}
    if missing:
        raise SystemExit(f"{path}: no result for {sorted(missing)}, listed in its header")
    return header, out


def load_records(paths: list[pathlib.Path], optional: str) -> tuple[list[dict], list[dict]]:
    """Rows from stored first-run outputs (group = the batch of each file's header), and the headers."""
    rows, headers = [], []
    for path in paths:
        header, docs = read_first_run(path)
        headers.append({**header, "file": str(path)})
        for gold, res in docs:
            if res.get("status") == "error":
                logging.warning("%s: %s: %s", path, res.get("doc_id"), res.get("error"))
            rows += [_row(header["batch"], res["doc_id"], rec, g, res.get("chars") or 0, res["records"])
                     for rec, g in _pairs(gold, res, optional)]
    return rows, headers


def first_run_scores(paths: list[pathlib.Path]) -> dict:
    """P/R/F1 per type and overall and field accuracy of each stored first run, as ukpeace eval counts them."""
    out = {}
    for path in paths:
        header, docs = read_first_run(path)
        tot = {t: {"tp": 0, "fp": 0, "fn": 0} for t in TYPES}
        fields: list[float] = []
        for gold, res in docs:
            per, fl, _ = score_document(gold, res)
            for t in TYPES:
                for k in tot[t]:
                    tot[t][k] += per[t][k]
            fields += [v for vals in fl.values() for v in vals]
        allc = {k: sum(tot[t][k] for t in TYPES) for k in ("tp", "fp", "fn")}
        out[path.name] = {"batch": header["batch"], "profile": header["profile"], "commit": header["commit"][:7],
                          "articles": len(docs), "types": {t: prf(**tot[t])[2] for t in TYPES},
                          "F1": prf(**allc)[2], "field": sum(fields) / max(1, len(fields))}
    return out


def collect(folders: list[pathlib.Path], profile: str, optional: str) -> list[dict]:
    """One row per record the current code extracts: group (folder), doc, type, right/wrong, record, features."""
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
            dump = res.model_dump(mode="json")
            rows += [_row(folder.name, gpath.stem, rec, g, res.chars, dump["records"])
                     for rec, g in _pairs(gold, dump, optional)]
    return rows


# ---------- fitting ----------
def fit_model(rows: list[dict], args) -> cal.TypeModel:
    return cal.fit_type(rows, [r["right"] for r in rows], features=features_of(rows[0]["type"], args), l2=args.l2)


def features_of(rtype: str, args) -> list[str]:
    """The features of one type's model: --type-features TYPE=F,F… where given, else --features."""
    for spec in args.type_features or ():
        t, _, names = spec.partition("=")
        if t == rtype:
            unknown = set(names.split(",")) - set(cal.FEATURES)
            if unknown:
                raise SystemExit(f"--type-features {spec}: unknown features {sorted(unknown)}")
            return names.split(",")
    return list(args.features)


def fit_baseline(rows: list[dict], key: str) -> cal.Curve:
    """The version-1 method: isotonic over the raw score, or the type's rate where that does better."""
    return cal.choose_curve([r["raw"] for r in rows], [r["right"] for r in rows], [r[key] for r in rows])


def _baseline_predictor(curve: cal.Curve) -> Callable[[dict], float]:
    return lambda r: curve(r["raw"])


def _model_predictor(model: cal.TypeModel) -> Callable[[dict], float]:
    return lambda r: model.predict(r["rec"], r["chars"], r["sibs"])


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


def fit_table(rows: list[dict], gold: list[str], records: list[str], args) -> cal.Table:
    models = {t: fit_model(sub, args)
              for t in TYPES if (sub := [r for r in rows if r["type"] == t])}
    label = ("right = pairs with a gold record by ukpeace.evaluate.match_records, optional gold included"
             if args.optional == "right" else
             "right = pairs with a required gold record; records paired with optional gold left out")
    method = (f"per type: logistic regression (L2 {args.l2:g} on standardised features) over "
              f"{', '.join(args.features)}"
              + "".join(f"; {spec.replace('=', ' over ')}" for spec in args.type_features or ()))
    return cal.Table(method=method, profile=args.profile, gold=gold, records=records, label=label, l2=args.l2,
                     types=cal.Types(**models))


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
        fit = [cal.confidence(rows[i]["rec"], rows[i]["chars"], tab, rows[i]["sibs"]) for i in idx]
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
        a = [model[r["type"]].predict(r["rec"], r["chars"], r["sibs"]) if r["type"] in model else r["raw"] for r in sub]
        f = out[t] = {"n": len(sub), "right": sum(y), "auc_raw": cal.auc(raw, y), "auc_before": cal.auc(b, y),
                      "auc_after": cal.auc(a, y), "ece_raw": cal.ece(raw, y), "ece_before": cal.ece(b, y),
                      "ece_after": cal.ece(a, y)}
        print(f"{t:15}{f['n']:5d}{f['right']:6d}| {_f(f['auc_raw']):>7} {_f(f['auc_before']):>6} "
              f"{_f(f['auc_after']):>6} | {f['ece_raw']:7.3f} {f['ece_before']:6.3f} {f['ece_after']:6.3f}")
    return out


def _options(argv) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--records", nargs="+", type=pathlib.Path,
                     help="stored first-run outputs, bench/first_run.py files (default: "
                          "data/gold/firstrun/*.PROFILE.jsonl when there are any)")
    src.add_argument("--gold", nargs="+", type=pathlib.Path,
                     help="gold folders, extracted now with the current code (the default without stored first runs)")
    ap.add_argument("--profile", default=None, choices=("full", "fast"),
                    help="profile of the records (default: full, or the profile of the --records files)")
    ap.add_argument("--optional", default="right", choices=("right", "skip"),
                    help="records paired with optional gold: count as right (default) or leave out")
    ap.add_argument("--cv", default=None, choices=("folder", "document"),
                    help="held-out group (default: folder or batch when there are several, else document)")
    ap.add_argument("--l2", type=float, default=10.0, help="L2 penalty on the standardised coefficients")
    ap.add_argument("--features", nargs="+", default=list(cal.DEFAULT_FEATURES),
                    choices=list(cal.FEATURES), help="features of the model (default: %(default)s)")
    ap.add_argument("--type-features", action="append", metavar="TYPE=F,F",
                    help="features of one type's model instead of --features (repeatable), e.g. "
                         "proposal=filled,name_kana,position,duplicate,kind_other,evidence_chars")
    ap.add_argument("--test", nargs="+", type=pathlib.Path, default=[],
                    help="also score the fits on these first-run files (.jsonl) or gold folders, never fitted on")
    ap.add_argument("--write", action="store_true", help=f"write the table to {PACKAGED.relative_to(ROOT)}")
    ap.add_argument("--out", type=pathlib.Path, help="write the table to this path instead")
    ap.add_argument("--json", type=pathlib.Path, help="write the figures as JSON here")
    return ap.parse_args(argv)


def _check_profile(headers: list[dict], args) -> None:
    profiles = {h["profile"] for h in headers}
    if len(profiles) > 1 or (args.profile and profiles != {args.profile}):
        raise SystemExit(f"records of profile {sorted(profiles)} but --profile {args.profile}: "
                         + ", ".join(f"{h['file']} ({h['profile']})" for h in headers))
    args.profile = args.profile or profiles.pop()


def gather(args) -> tuple[list[dict], list[str], list[str]]:
    """Rows to fit on, with the gold folders and the stored files (file@commit) they come from."""
    if args.gold is None:
        paths = args.records or sorted(FIRSTRUN.glob(f"*.{args.profile or 'full'}.jsonl"))
        if paths:
            rows, headers = load_records(paths, args.optional)
            _check_profile(headers, args)
            print_scores(paths)
            return rows, [h["gold"] for h in headers], [f"{_rel(pathlib.Path(h['file']))}@{h['commit'][:7]}"
                                                        for h in headers]
        print(f"no stored first runs in {_rel(FIRSTRUN)}: extracting the gold batches with the current code\n")
        args.gold = DEFAULT_GOLD
    args.profile = args.profile or "full"
    return collect(args.gold, args.profile, args.optional), [_rel(f) for f in args.gold], []


def gather_test(paths: list[pathlib.Path], args) -> list[dict]:
    files = [p for p in paths if p.suffix == ".jsonl"]
    rows = collect([p for p in paths if p.suffix != ".jsonl"], args.profile, args.optional)
    if files:
        test, headers = load_records(files, args.optional)
        _check_profile(headers, args)
        rows += test
    return rows


def _rel(path: pathlib.Path) -> str:
    p = path.resolve()
    return str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(path)


def print_scores(paths: list[pathlib.Path]) -> None:
    print("first-run figures of the stored records (ukpeace.evaluate, the current gold):")
    print(f"{'file':22} {'commit':8} {'art':>3} " + " ".join(f"{t:>8}" for t in TYPES) + f" {'F1':>6} {'field':>6}")
    for name, s in first_run_scores(paths).items():
        print(f"{name:22} {s['commit']:8} {s['articles']:3d} " + " ".join(f"{s['types'][t]:8.2f}" for t in TYPES)
              + f" {s['F1']:6.3f} {s['field']:6.3f}")
    print()


def main(argv=None) -> int:
    args = _options(argv)
    t0 = time.perf_counter()
    rows, gold, records = gather(args)
    t1 = time.perf_counter()
    if not rows:
        raise SystemExit("no predicted records: nothing to calibrate")
    groups = {r["group"] for r in rows}
    by = args.cv or ("folder" if len(groups) > 1 else "document")
    key = "group" if by == "folder" else "doc"
    tab = fit_table(rows, gold, records, args)
    source = f"{len(records)} stored first runs" if records else "extracted now"
    print(f"{len(rows)} records from {len({(r['group'], r['doc']) for r in rows})} documents in {len(groups)} "
          f"batches ({args.profile} profile, {source}, {t1 - t0:.0f} s); cross-validation: leave one "
          f"{'batch' if records and by == 'folder' else by} out\n")
    base = cross_validate(rows, key, lambda tr: _baseline_predictor(fit_baseline(tr, key)))
    cv = cross_validate(rows, key, lambda tr: _model_predictor(fit_model(tr, args)))
    figs = figures(rows, base, cv, tab, key)
    report(rows, figs, cv, tab, key)
    if args.test:
        figs["test"] = held_out(rows, gather_test(args.test, args), args, key)
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

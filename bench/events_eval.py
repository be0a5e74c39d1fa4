"""Score the cross-document merging of ukpeace.events() on an event gold folder (data/events by default).

Each gold record carries an "event" key (records with the same key report one real-world
thing). The script extracts every NAME.txt, merges all results with ukpeace.events(),
pairs gold and predicted records per document with ukpeace.evaluate's pairing
(evaluate.pair_score, greedy, best first, one to one), gives each matched gold record the
event id of its predicted record, and reports pairwise and B-cubed precision, recall and
F1 over the matched records, overall and per type. Gold records that extraction missed
are not part of the clustering score; their share is reported as coverage.

    python bench/events_eval.py                       # data/events, full profile
    python bench/events_eval.py path/to/gold --profile fast --verbose
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ukpeace import extract_many  # noqa: E402
from ukpeace.evaluate import TYPES, pair_score  # noqa: E402
from ukpeace.events import clustering_scores, events  # noqa: E402


def load(folder: Path) -> list[tuple[str, str, dict]]:
    pairs = []
    for g in sorted(folder.glob("*.json")):
        t = g.with_suffix(".txt")
        if t.exists():
            pairs.append((g.stem, t.read_text("utf-8"), json.loads(g.read_text("utf-8"))))
    if not pairs:
        raise SystemExit(f"no NAME.txt + NAME.json pairs in {folder}")
    return pairs


def match(gold: dict, result: dict) -> list[tuple[int, dict]]:
    """(gold index, predicted record) pairs of one document, as ukpeace.evaluate pairs them."""
    recs = [r for r in result.get("records") or [] if isinstance(r, dict)]
    out = []
    for t in TYPES:
        golds = [(i, g) for i, g in enumerate(gold["records"]) if g["type"] == t]
        preds = [p for p in recs if p.get("type") == t]
        cands = sorted(((pair_score(t, g, p), gi, pi) for gi, (_, g) in enumerate(golds)
                        for pi, p in enumerate(preds)), reverse=True)
        gm, pm = set(), set()
        for s, gi, pi in cands:
            if s > 0 and gi not in gm and pi not in pm:
                gm.add(gi)
                pm.add(pi)
                out.append((golds[gi][0], preds[pi]))
    return out


def _fmt(s: dict) -> str:
    return (f"pairwise P {s['pairwise_P']:.3f} R {s['pairwise_R']:.3f} F1 {s['pairwise_F1']:.3f} | "
            f"B-cubed P {s['bcubed_P']:.3f} R {s['bcubed_R']:.3f} F1 {s['bcubed_F1']:.3f} | n {s['n']}")


def diagnose(truth: dict, pred: dict, labels: dict) -> list[str]:
    """Gold events split over several predicted events, and predicted events joining several gold events."""
    lines = []
    by_gold, by_pred = defaultdict(set), defaultdict(set)
    for k in truth:
        if k in pred:
            by_gold[truth[k]].add(pred[k])
            by_pred[pred[k]].add(truth[k])
    for g, ps in sorted(by_gold.items()):
        if len(ps) > 1:
            lines.append(f"  split  {g}: " + " | ".join(
                ",".join(sorted(labels[k] for k in truth if truth[k] == g and pred.get(k) == p)) for p in sorted(ps)))
    for p, gs in sorted(by_pred.items()):
        if len(gs) > 1:
            lines.append(f"  merged {p}: " + ", ".join(sorted(gs)))
    return lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="?", default=str(ROOT / "data" / "events"))
    ap.add_argument("--profile", choices=("full", "fast"), default="full")
    ap.add_argument("--verbose", action="store_true", help="list split and merged gold events")
    ap.add_argument("--required-only", action="store_true", help="score only gold records not marked optional")
    args = ap.parse_args(argv)
    docs = load(Path(args.gold))
    t0 = time.perf_counter()
    results = list(extract_many(({"text": t, "doc_id": d, "published": g.get("published")} for d, t, g in docs),
                                profile=args.profile))
    t1 = time.perf_counter()
    evs = events(results)
    t2 = time.perf_counter()
    event_of = {rid: e.event_id for e in evs for rid in e.record_ids}
    truth, pred, labels, types = {}, {}, {}, {}
    n_gold = 0
    for (doc, _, gold), res in zip(docs, results):
        keep = [i for i, g in enumerate(gold["records"])
                if "event" in g and not (args.required_only and g.get("optional"))]
        n_gold += len(keep)
        for gi, p in match(gold, res.model_dump(mode="json")):
            if gi in keep:
                key = (doc, gi)
                truth[key], pred[key] = gold["records"][gi]["event"], event_of[p["id"]]
                labels[key], types[key] = doc, gold["records"][gi]["type"]
    print(f"{len(docs)} articles, {sum(len(r.records) for r in results)} predicted records -> {len(evs)} events "
          f"(extract {t1 - t0:.1f} s, events {t2 - t1:.2f} s, profile {args.profile})")
    print(f"gold records with an event: {n_gold}; matched to a predicted record: {len(truth)} "
          f"(coverage {len(truth) / max(1, n_gold):.3f}); gold events among them: {len(set(truth.values()))}")
    for t in TYPES:
        sub = {k: v for k, v in truth.items() if types[k] == t}
        if sub:
            print(f"{t:9} " + _fmt(clustering_scores(sub, pred)))
    print(f"{'ALL':9} " + _fmt(clustering_scores(truth, pred)))
    if args.verbose:
        print("\n".join(diagnose(truth, pred, labels)) or "  no split or merged gold events")
    return 0


if __name__ == "__main__":
    sys.exit(main())

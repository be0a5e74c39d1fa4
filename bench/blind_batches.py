"""Score gold batches with both profiles and print the rows of data/gold/README.md's table.

    .venv/bin/python bench/blind_batches.py data/gold/b1 data/gold/b2 ... [--profiles full,fast] [--json OUT]

One row per (batch, profile): articles, F1 per record type, overall P/R/F1, field accuracy and errors,
as ukpeace.evaluate computes them. With --json, the figures are also written to OUT (the format of
data/gold/scores.json, which tests/test_accuracy.py reads).
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TYPES = ("meeting", "proposal", "money", "attack")


def score(folder: pathlib.Path, profile: str) -> dict:
    import ukpeace

    r = ukpeace.evaluate(folder, profile=profile, print_report=False)
    return {"articles": len(list(folder.glob("*.json"))), "P": r["P"], "R": r["R"], "F1": r["F1"],
            "field": r["field"], "errors": len(r["errors"]),
            "types": {t: r["types"][t]["F1"] for t in TYPES}, "fields": r["fields"]}


def row(name: str, profile: str, s: dict) -> str:
    types = " | ".join(f"{s['types'][t]:.2f}" for t in TYPES)
    return (f"| {name} | {profile} | {s['articles']} | {types} | {s['P']:.3f} | {s['R']:.3f} | **{s['F1']:.3f}** | "
            f"{s['field']:.3f} | {s['errors']} |")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+", type=pathlib.Path)
    ap.add_argument("--profiles", default="full,fast")
    ap.add_argument("--json", type=pathlib.Path)
    args = ap.parse_args(argv)
    print("| batch | profile | articles | meeting | proposal | money | attack | P | R | F1 | field acc. | errors |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    out: dict = {}
    for folder in args.folders:
        for profile in args.profiles.split(","):
            s = score(folder, profile)
            out.setdefault(folder.name, {})[profile] = s
            print(row(folder.name, profile, s), flush=True)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1, sort_keys=True) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

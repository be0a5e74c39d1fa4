"""Money field errors, record by record: for every gold money record a prediction is paired with (the scorer's
pairing), the fields (donor, recipient, instruments, purpose, period_years) it gets wrong, gold against predicted,
with the text around the sum. Run from a checkout's root:

    /work/main/.venv/bin/python tools/money_field_diff.py [--profile full] b1 b2 ... > errors.txt

Group the output by class (grep '^   donor ' …) before changing a rule.
"""
from __future__ import annotations

import json
import os
import pathlib
import sys

sys.path.insert(0, os.getcwd())
import ukpeace
from ukpeace.evaluate import field_scores, pair_records

FIELDS = ("donor", "recipient", "instruments", "purpose", "period_years")


def _names(x):
    if isinstance(x, list):
        return [_names(y) for y in x]
    if isinstance(x, dict):
        return x.get("canonical") or x.get("text")
    return x


def _show(b: str, gp: pathlib.Path, profile: str) -> None:
    gold = json.loads(gp.read_text())
    text = gp.with_suffix(".txt").read_text()
    res = ukpeace.extract(text, published=gold.get("published"), doc_id=gp.stem,
                          profile=profile).model_dump(mode="json")
    golds = [g for g in gold["records"] if g["type"] == "money"]
    preds = [p for p in res["records"] if p.get("type") == "money"]
    gm, _ = pair_records("money", golds, preds)
    for gi, pi in gm.items():
        g, p = golds[gi], preds[pi]
        fs = field_scores("money", g, p)
        bad = [f for f in FIELDS if fs.get("money." + f, 1.0) < 1.0]
        if g.get("optional") or not bad:
            continue
        st = p["evidence"][0]["start"] if p.get("evidence") else 0
        print(f"## {b} {gp.stem} amount={g['amount']} {g.get('currency')}")
        for f in bad:
            gv, pv = g.get(f), p.get(f)
            if f in ("donor", "recipient"):
                gv, pv = [a[0] for a in gv], _names(pv)
            print(f"   {f:12s} gold={gv}  pred={pv}")
        print("   ctx: " + text[max(0, st - 90):st + 60].replace("\n", " "))


def main(argv: list[str]) -> None:
    profile = "fast"
    if "--profile" in argv:
        i = argv.index("--profile")
        profile = argv[i + 1]
        del argv[i:i + 2]
    for b in argv:
        for gp in sorted((pathlib.Path("data/gold") / b).glob("*.json")):
            _show(b, gp, profile)


if __name__ == "__main__":
    main(sys.argv[1:])

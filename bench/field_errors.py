"""List every field that differs between gold and the extracted record it is paired with.

    .venv/bin/python bench/field_errors.py data/gold/b1 [data/gold/b2 ...] [--profile fast] [--type proposal]
        [--field proposer] [--firstrun] [--context 90]

One line per wrong field: document, record (gold name/amount/locations), field, score, gold value and the
value extracted, with the rule that made the record. Pairing and per-field scoring are those of
``ukpeace.evaluate`` (so the lines explain its "field accuracy"). A summary of points lost per field
closes the report: a field's loss is the sum of (1 - score) over the records compared. With --context N,
each record also shows the text from N characters before its evidence to 60 after it.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOLD_KEYS = {"killed": "casualties", "injured": "casualties"}


def gold_value(g: dict, field: str):
    if field in GOLD_KEYS:
        return (g.get("casualties") or {}).get(field)
    return g.get(field)


def pred_value(p: dict, field: str):
    if field in GOLD_KEYS:
        return (p.get("casualties") or {}).get(field)
    v = p.get(field)
    if isinstance(v, list) and v and isinstance(v[0], dict) and "name" in v[0]:
        return [x.get("name") for x in v]
    if isinstance(v, dict) and "name" in v:
        return v.get("name")
    return v


def label(g: dict) -> str:
    x = g.get("name") or g.get("amount") or g.get("locations") or g.get("count")
    return json.dumps(x[:2] if isinstance(x, list) else x, ensure_ascii=False)


def first_runs(folder: pathlib.Path, profile: str) -> dict:
    """The stored first run of a batch (data/gold/firstrun/<batch>.<profile>.jsonl), by document id."""
    path = folder.parent / "firstrun" / f"{folder.name}.{profile}.jsonl"
    lines = [json.loads(x) for x in path.read_text("utf-8").splitlines()[1:] if x.strip()]
    return {r["doc_id"]: r for r in lines}


def context_line(text: str, p: dict, before: int) -> str:
    """The text around a record's first evidence span, on one line."""
    ev = p.get("evidence") or []
    st = ev[0]["start"] if ev and ev[0].get("start") is not None else 0
    return "\n         ctx =" + text[max(0, st - before):st + 60].replace("\n", " ")


def document_lines(gpath: pathlib.Path, profile: str, want_type, want_field, lost: Counter,
                   stored: dict | None = None, context: int = 0) -> list[str]:
    from ukpeace import extract
    from ukpeace.evaluate import field_scores, match_records

    gold = json.loads(gpath.read_text("utf-8"))
    text = gpath.with_suffix(".txt").read_text("utf-8")
    if stored is not None:
        res = stored[gpath.stem]
    else:
        res = extract(text, published=gold.get("published"), doc_id=gpath.stem,
                      profile=profile).model_dump(mode="json")
    out = []
    for p, g in match_records(gold, res):
        if g is None or g.get("optional") or (want_type and p["type"] != want_type):
            continue
        for key, score in field_scores(p["type"], g, p).items():
            field = key.split(".", 1)[1]
            if score >= 1.0 or (want_field and field != want_field):
                continue
            lost[key] += 1 - score
            gv = json.dumps(gold_value(g, field), ensure_ascii=False)
            pv = json.dumps(pred_value(p, field), ensure_ascii=False)
            out.append(f"{gpath.stem:8} {key:22} {score:4.2f} {label(g)}\n"
                       f"         gold={gv}\n         got ={pv}  [{p.get('rule')}]"
                       + (context_line(text, p, context) if context else ""))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+", type=pathlib.Path)
    ap.add_argument("--profile", default="fast", choices=("full", "fast"))
    ap.add_argument("--type", dest="want_type")
    ap.add_argument("--field", dest="want_field")
    ap.add_argument("--firstrun", action="store_true",
                    help="score the stored first run (data/gold/firstrun) instead of running the code")
    ap.add_argument("--context", type=int, default=0, metavar="N",
                    help="also show the text from N characters before each record's evidence")
    a = ap.parse_args(argv)
    lost: Counter = Counter()
    for folder in a.folders:
        stored = first_runs(folder, a.profile) if a.firstrun else None
        for gpath in sorted(folder.glob("*.json")):
            if gpath.with_suffix(".txt").exists():
                lines = document_lines(gpath, a.profile, a.want_type, a.want_field, lost, stored,
                                       a.context)
                print("\n".join(lines) or f"{gpath.stem}: -")
    print("\npoints lost per field:")
    for k, v in lost.most_common():
        print(f"  {k:24} {v:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

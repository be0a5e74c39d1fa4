"""Score the entity layer on Stockmark's Japanese Wikipedia NER gold beside raw ja_ginza.

Both systems share one GiNZA parse per sentence: "raw" is GiNZA's own entities mapped to
coarse labels; "ukpeace" (the full profile) is the same doc after the gazetteer ruler and the
entity layer (ukpeace.entities.name_entities); "fast" is the fast profile's entities on the same
sentence (gazetteer + SudachiPy proper-noun tags, no CNN, then the same entity layer).
Exact-span precision/recall/F1 per coarse type.

    python bench/ner_stockmark.py [--limit N] [--gold data/peer/stockmark-ner/ner.json]
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys
import time
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOLD_MAP = {"人名": "PERSON", "法人名": "ORG", "政治的組織名": "ORG", "その他の組織名": "ORG", "地名": "GPE_LOC",
            "施設名": "FAC", "製品名": "PRODUCT", "イベント名": "EVENT"}
OURS_MAP = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE_LOC", "LOC": "GPE_LOC", "FAC": "FAC",
            "PRODUCT": "PRODUCT", "EVENT": "EVENT"}
TYPES = ("PERSON", "ORG", "GPE_LOC", "FAC", "PRODUCT", "EVENT")
MAIN = ("PERSON", "ORG", "GPE_LOC")


def prf(c: Counter, t: str) -> tuple[float, float, float]:
    tp, fp, fn = c[(t, "tp")], c[(t, "fp")], c[(t, "fn")]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def count(c: Counter, gold: set, pred: set) -> None:
    for t, s, e in pred:
        c[(t, "tp" if (t, s, e) in gold else "fp")] += 1
    for t, s, e in gold:
        if (t, s, e) not in pred:
            c[(t, "fn")] += 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(ROOT / "data" / "peer" / "stockmark-ner" / "ner.json"))
    ap.add_argument("--limit", type=int, default=0, help="score only the first N sentences")
    args = ap.parse_args()

    import spacy

    from ukpeace.entities import name_entities
    from ukpeace.pipeline import GazetteerRuler, _doc_mentions, _fast_mentions, _register, ginza_label_map

    data = json.loads(pathlib.Path(args.gold).read_text("utf-8"))
    if args.limit:
        data = data[: args.limit]
    _register()
    nlp = spacy.load("ja_ginza")
    ruler = GazetteerRuler()
    labmap = ginza_label_map()
    raw, ours, fast = Counter(), Counter(), Counter()
    t0 = time.perf_counter()
    for rec, doc in zip(data, nlp.pipe((r["text"] for r in data), batch_size=64)):
        gold = {(GOLD_MAP[e["type"]], e["span"][0], e["span"][1]) for e in rec["entities"] if e["type"] in GOLD_MAP}
        raw_pred = {(OURS_MAP[labmap[e.label_]], e.start_char, e.end_char) for e in doc.ents
                    if OURS_MAP.get(labmap.get(e.label_, ""))}
        doc = ruler(doc)
        ents = name_entities(doc.text, _doc_mentions(doc, 0))
        our_pred = {(OURS_MAP[e.label], e.start, e.end) for e in ents if e.label in OURS_MAP and not e.nested}
        fast_ents = name_entities(doc.text, _fast_mentions(doc.text, 0, len(doc.text)))
        fast_pred = {(OURS_MAP[e.label], e.start, e.end) for e in fast_ents if e.label in OURS_MAP and not e.nested}
        count(raw, gold, raw_pred)
        count(ours, gold, our_pred)
        count(fast, gold, fast_pred)
    secs = time.perf_counter() - t0
    print(f"Stockmark NER gold: {len(data)} sentences, exact-span match, {secs:.0f} s")
    print(f"{'type':9} {'raw ja_ginza P/R/F1':>24} {'ukpeace full P/R/F1':>24} {'ukpeace fast P/R/F1':>24}")
    for t in TYPES:
        cells = "   ".join(" ".join(f"{v:7.3f}" for v in prf(c, t)) for c in (raw, ours, fast))
        print(f"{t:9} {cells}")
    for name, c in (("raw", raw), ("full", ours), ("fast", fast)):
        tot = Counter()
        for t in MAIN:
            for k in ("tp", "fp", "fn"):
                tot[("ALL", k)] += c[(t, k)]
        p, r, f = prf(tot, "ALL")
        print(f"{name:8} PERSON+ORG+GPE_LOC micro P={p:.3f} R={r:.3f} F1={f:.3f}")


if __name__ == "__main__":
    main()

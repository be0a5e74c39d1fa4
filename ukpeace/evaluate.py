"""Score ukpeace against a gold folder (NAME.txt + NAME.json, the format of docs/gold-format.md).

Researchers annotate a sample of their own corpus and measure the library on it. Records
pair greedily by type-specific evidence (amount for money, name/points for proposals,
place/date/participants for meetings, count/places/date for attacks); optional gold
records are neither rewarded nor punished; field accuracy is measured on matched pairs.
"""
from __future__ import annotations

import datetime as dt
import json
import pathlib
import re
import time
import unicodedata
from collections import defaultdict
from typing import Any, Optional

TYPES = ("meeting", "proposal", "money", "attack")
_LOOSE = {"at_least": "more_than"}


def norm(s: Any) -> str:
    """Name comparison key: NFKC, lower case, without spaces and ・ . - _ '."""
    if s is None:
        return ""
    s = unicodedata.normalize("NFKC", str(s)).lower()
    return re.sub(r"[\s・.\-_'’]", "", s)


def _surfaces(v: Any) -> set:
    if v is None:
        return set()
    if isinstance(v, str):
        return {norm(v)}
    if isinstance(v, dict):
        out = {norm(v.get(k)) for k in ("canonical", "text", "name", "id") if isinstance(v.get(k), str) and v.get(k)}
        out |= {norm(x) for x in v.get("aliases") or []}
        return out
    return set()


def _alias_match(gold_aliases, pred) -> bool:
    return bool({norm(a) for a in gold_aliases if a} & _surfaces(pred))


def _set_f1(gold_lists, preds) -> float:
    gold_lists = [g for g in (gold_lists or []) if g]
    preds = list(preds or [])
    if not gold_lists and not preds:
        return 1.0
    if not gold_lists or not preds:
        return 0.0
    used, tp = set(), 0
    for g in gold_lists:
        for i, p in enumerate(preds):
            if i not in used and _alias_match(g, p):
                used.add(i)
                tp += 1
                break
    return 0.0 if tp == 0 else 2 * tp / (len(preds) + len(gold_lists))


def _plain_f1(gold, pred) -> float:
    g, p = {norm(x) for x in gold or []}, {norm(x) for x in pred or []}
    if not g and not p:
        return 1.0
    return 0.0 if not g or not p else 2 * len(g & p) / (len(g) + len(p))


def _day(x) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(str(x)[:10]) if x else None
    except ValueError:
        return None


def _span(v) -> Optional[tuple]:
    if not isinstance(v, dict) or _day(v.get("start")) is None:
        return None
    s = _day(v.get("start"))
    return s, _day(v.get("end")) or s


def _date_ok(gold, pred, slack=1) -> Optional[bool]:
    if gold is None:
        return None
    ps = _span(pred)
    if ps is None:
        return False
    g0, g1 = _day(gold[0]), _day(gold[1])
    if g0 is None or g1 is None:
        raise ValueError(f"gold date {gold!r} is not a pair of ISO dates")
    d = dt.timedelta(days=slack)
    return ps[0] - d <= g1 and g0 - d <= ps[1]


def _iou(gold, pred) -> float:
    ps = _span(pred)
    if ps is None:
        return 0.0
    gs, ge = _day(gold[0]), _day(gold[1])
    inter = (min(ge, ps[1]) - max(gs, ps[0])).days + 1
    return 0.0 if inter <= 0 else inter / ((max(ge, ps[1]) - min(gs, ps[0])).days + 1)


def _money(p) -> tuple:
    a = p.get("amount")
    if isinstance(a, dict):
        return (a.get("value"), a.get("currency"), a.get("qualifier"))
    return (a, p.get("currency"), p.get("qualifier"))


def pair_score(t: str, g: dict, p: dict) -> float:
    """0 when a prediction cannot be the gold record; higher is a better pairing."""
    if t == "money":
        gv, (pv, cur, _) = g.get("amount"), _money(p)
        if gv is None or pv is None or abs(float(pv) - float(gv)) > 0.02 * abs(float(gv)):
            return 0
        return 1 + (cur == g.get("currency"))
    if t == "proposal":
        names = [norm(n) for n in g.get("name") or [] if n]
        pn = ({norm(p.get("name"))} | {norm(x) for x in p.get("aliases") or []}) - {""}
        hit = any(n == q or (len(n) >= 3 and len(q) >= 3 and (n in q or q in n)) for n in names for q in pn)
        return 2 * hit + (g.get("points") is not None and g.get("points") == p.get("points"))
    if t == "meeting":
        loc = g.get("location")
        lm = _alias_match(loc, p.get("location")) if loc else p.get("location") in (None, {}, "")
        dm = _date_ok(g.get("date"), p.get("date"), 2) if g.get("date") else None
        pj = _set_f1(g.get("participants"), p.get("participants")) if g.get("participants") else 0
        nm = norm(p.get("name"))
        name_hit = bool(nm) and any(len(n) >= 2 and (n in nm or nm in n)
                                    for n in (norm(x) for x in g.get("name") or [] if x))
        if not (lm or pj >= 0.5 or name_hit) or (dm is False and not name_hit and pj < 0.5):
            return 0
        return lm + (dm is True) + pj + name_hit
    if t == "attack":
        c = g.get("count")
        cm = c is not None and c == p.get("count")
        if c is not None and p.get("count") is not None and not cm:
            return 0
        lf = _set_f1(g.get("locations"), p.get("locations")) if g.get("locations") else 0
        dm = _date_ok(g.get("date"), p.get("date"), 2) if g.get("date") else None
        tm = bool(g.get("target")) and g.get("target") == p.get("target")
        if not (cm or lf > 0 or (tm and dm)):
            return 0
        return 2 * cm + lf + (dm is True) + 0.5 * tm
    return 0


def _meeting_fields(g: dict, p: dict) -> dict:
    """Location by alias; a date right when it overlaps half the gold span, or lies in it and is a day or two long."""
    out: dict[str, float] = {}
    if g.get("location"):
        out["location"] = _alias_match(g["location"], p.get("location"))
    if g.get("date"):
        ps = _span(p.get("date"))
        out["date"] = _iou(g["date"], p.get("date")) >= 0.5 or bool(
            _date_ok(g["date"], p.get("date"), 0) and ps and (ps[1] - ps[0]).days <= 1)
    for k in ("status", "mode"):
        if g.get(k):
            out[k] = g[k] == p.get(k)
    for k in ("participants", "parties"):
        if g.get(k):
            out[k] = _set_f1(g[k], p.get(k))
    return out


def _proposal_fields(g: dict, p: dict) -> dict:
    """Exact kind/status/points; proposer as a set; revises by name containment; date by half overlap."""
    out: dict[str, float] = {}
    for k in ("kind", "status", "points"):
        if g.get(k) is not None:
            out[k] = g[k] == p.get(k)
    if g.get("proposer"):
        out["proposer"] = _set_f1(g["proposer"], p.get("proposer"))
    if g.get("revises"):
        rv = p.get("revises")
        rvs = {norm(rv)} if isinstance(rv, str) else _surfaces(rv)
        out["revises"] = any(a and b and (a in b or b in a) for a in (norm(x) for x in g["revises"]) for b in rvs)
    if g.get("date"):
        out["date"] = _iou(g["date"], p.get("date")) >= 0.5
    return out


def _money_fields(g: dict, p: dict) -> dict:
    """Currency and qualifier (at_least = more_than), exact period/purpose, instruments and roles as sets."""
    out: dict[str, float] = {}
    _, cur, q = _money(p)
    if g.get("currency"):
        out["currency"] = g["currency"] == cur
    if g.get("qualifier"):
        out["qualifier"] = _LOOSE.get(g["qualifier"], g["qualifier"]) == _LOOSE.get(q, q)
    for k in ("period_years", "purpose"):
        if g.get(k) is not None:
            out[k] = g[k] == p.get(k)
    if g.get("instruments"):
        out["instruments"] = _plain_f1(g["instruments"], p.get("instruments"))
    for k in ("recipient", "donor"):
        if g.get(k):
            out[k] = _set_f1(g[k], p.get(k))
    return out


def _attack_fields(g: dict, p: dict) -> dict:
    """Exact target/count and casualties; attacker and places as sets; date by 30% overlap; impacts by value (1%)."""
    out: dict[str, float] = {}
    for k in ("target", "count"):
        if g.get(k) is not None:
            out[k] = g[k] == p.get(k)
    for k in ("attacker", "locations"):
        if g.get(k):
            out[k] = _set_f1(g[k], p.get(k))
    if g.get("weapons"):
        out["weapons"] = _plain_f1(g["weapons"], p.get("weapons"))
    if g.get("date"):
        out["date"] = _iou(g["date"], p.get("date")) >= 0.3
    for k in ("killed", "injured"):
        if (g.get("casualties") or {}).get(k) is not None:
            out[k] = g["casualties"][k] == (p.get("casualties") or {}).get(k)
    if g.get("impacts"):
        pv = [x.get("value") for x in p.get("impacts") or [] if isinstance(x, dict)]
        out["impacts"] = sum(any(v is not None and abs(float(v) - i["value"]) <= 0.01 * i["value"] for v in pv)
                             for i in g["impacts"]) / len(g["impacts"])
    return out


_FIELDS = {"meeting": _meeting_fields, "proposal": _proposal_fields, "money": _money_fields,
           "attack": _attack_fields}


def field_scores(t: str, g: dict, p: dict) -> dict:
    """Per-field accuracy of one matched pair, only for the fields the gold gives."""
    out = _FIELDS[t](g, p) if t in _FIELDS else {}
    return {f"{t}.{k}": float(v) for k, v in out.items()}


def pair_records(t: str, golds: list, preds: list) -> tuple[dict, dict]:
    """Greedy one-to-one pairing of one type's gold and predicted records, best pair_score first.

    Returns (gold index -> pred index, pred index -> gold index); unpaired records are absent.
    """
    cands = sorted(((pair_score(t, g, p), gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds)),
                   reverse=True)
    gm, pm = {}, {}
    for s, gi, pi in cands:
        if s > 0 and gi not in gm and pi not in pm:
            gm[gi], pm[pi] = pi, gi
    return gm, pm


def match_records(gold: dict, result: dict) -> list[tuple[dict, Optional[dict]]]:
    """Every predicted record of ``result`` (JSON form) with the gold record score_document pairs it
    with, or None: [(predicted, gold or None), ...] in the order of result["records"]."""
    recs = [r for r in (result or {}).get("records") or [] if isinstance(r, dict)]
    out = {}
    for t in TYPES:
        golds = [g for g in gold["records"] if g["type"] == t]
        idx = [i for i, p in enumerate(recs) if p.get("type") == t]
        _, pm = pair_records(t, golds, [recs[i] for i in idx])
        out.update({i: golds[pm[k]] if k in pm else None for k, i in enumerate(idx)})
    return [(r, out.get(i)) for i, r in enumerate(recs)]


def score_document(gold: dict, result: Optional[dict]) -> tuple[dict, dict, list]:
    """Counts (tp/fp/fn per type), field scores and a list of misses for one document."""
    recs = [r for r in (result or {}).get("records") or [] if isinstance(r, dict)]
    per = {t: {"tp": 0, "fp": 0, "fn": 0} for t in TYPES}
    fields, misses = defaultdict(list), []
    for t in TYPES:
        golds = [g for g in gold["records"] if g["type"] == t]
        preds = [p for p in recs if p.get("type") == t]
        gm, pm = pair_records(t, golds, preds)
        for gi, g in enumerate(golds):
            if g.get("optional"):
                continue
            if gi in gm:
                per[t]["tp"] += 1
                for k, v in field_scores(t, g, preds[gm[gi]]).items():
                    fields[k].append(v)
            else:
                per[t]["fn"] += 1
                misses.append(("FN", t, g.get("name") or g.get("amount") or g.get("count") or g.get("locations")))
        for pi, p in enumerate(preds):
            if pi not in pm:
                per[t]["fp"] += 1
                misses.append(("FP", t, p.get("name") or _money(p)[0] or p.get("count")))
    return per, fields, misses


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _extract_one(gpath: pathlib.Path, gold: dict, text: str, profile: str, errors: list) -> Optional[dict]:
    """One gold article extracted; a raised or flagged failure is added to errors, never stops the evaluation."""
    from .api import extract

    try:
        res = extract(text, published=gold.get("published"), doc_id=gpath.stem,
                      profile=profile).model_dump(mode="json")
    except Exception as exc:  # report, do not stop the evaluation
        errors.append(f"{gpath.stem}: {type(exc).__name__}: {exc}")
        return None
    if res.get("status") == "error":  # flagged, not raised: still a failure to report
        errors.append(f"{gpath.stem}: {res.get('error')}")
    return res


def _noise_found(gold: dict, text: str, res: Optional[dict]) -> tuple[int, int]:
    """(gold noise snippets flagged, gold noise snippets): a snippet counts when a flagged span covers 60% of it."""
    spans = [(s["start"], s["end"]) for s in ((res or {}).get("quality") or {}).get("noise_spans") or []]
    hit = total = 0
    for snip in gold.get("noise") or []:
        total += 1
        s = text.find(snip)
        e = s + len(snip)
        hit += any(a < e and s < b and min(b, e) - max(a, s) >= 0.6 * len(snip) for a, b in spans)
    return hit, total


def evaluate(gold_dir, *, profile: str = "full", verbose: bool = False, print_report: bool = True) -> dict:
    """Run extract() over every NAME.txt with a NAME.json in gold_dir and score it.

    Returns {"P", "R", "F1", "field", "types": {type: {P, R, F1, tp, fp, fn}}, "fields": {...},
    "noise_hit", "noise_total", "errors", "chars_per_second"} and prints a report.
    """
    gold_dir = pathlib.Path(gold_dir)
    if not gold_dir.is_dir():
        raise FileNotFoundError(f"gold folder not found: {gold_dir}")
    tot = {t: {"tp": 0, "fp": 0, "fn": 0} for t in TYPES}
    fields: defaultdict[str, list] = defaultdict(list)
    errors: list[str] = []
    lines: list[str] = []
    secs: float = 0
    chars = noise_total = noise_hit = 0
    for gpath in sorted(gold_dir.glob("*.json")):
        tpath = gpath.with_suffix(".txt")
        if not tpath.exists():
            continue
        gold, text = json.loads(gpath.read_text("utf-8")), tpath.read_text("utf-8")
        t0 = time.perf_counter()
        res = _extract_one(gpath, gold, text, profile, errors)
        secs += time.perf_counter() - t0
        chars += len(text)
        per, fl, misses = score_document(gold, res)
        for t in TYPES:
            for k in tot[t]:
                tot[t][k] += per[t][k]
        for k, v in fl.items():
            fields[k].extend(v)
        hit, total = _noise_found(gold, text, res)
        noise_hit, noise_total = noise_hit + hit, noise_total + total
        if verbose and misses:
            lines.append(f"# {gpath.stem}")
            lines.extend(f"    {kind} {t} {what}" for kind, t, what in misses)
    report = _report(tot, fields, errors, noise_hit, noise_total, chars / secs if secs else None)
    if print_report:
        print("\n".join(lines + [format_report(report)]))
    return report


def _report(tot: dict, fields: dict, errors: list, noise_hit: int, noise_total: int,
            chars_per_second: Optional[float]) -> dict:
    allc = {k: sum(tot[t][k] for t in TYPES) for k in ("tp", "fp", "fn")}
    P, R, F = prf(**allc)
    field_acc = sum(sum(v) for v in fields.values()) / max(1, sum(len(v) for v in fields.values()))
    return {"P": P, "R": R, "F1": F, "field": field_acc, "errors": errors, "noise_hit": noise_hit,
            "noise_total": noise_total, "chars_per_second": chars_per_second,
            "types": {t: dict(zip(("P", "R", "F1"), prf(**tot[t])), **tot[t]) for t in TYPES},
            "fields": {k: sum(v) / len(v) for k, v in sorted(fields.items())}}


def format_report(r: dict) -> str:
    out = [f"{'type':10} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn"]
    for t, x in r["types"].items():
        out.append(f"{t:10} {x['P']:6.3f} {x['R']:6.3f} {x['F1']:6.3f}  {x['tp']:3d} {x['fp']:3d} {x['fn']:3d}")
    out.append(f"{'ALL':10} {r['P']:6.3f} {r['R']:6.3f} {r['F1']:6.3f}")
    out.append("field accuracy on matched records:")
    out.extend(f"  {k:24} {v:6.3f}" for k, v in r["fields"].items())
    out.append(f"noise snippets flagged: {r['noise_hit']}/{r['noise_total']}")
    out.append(f"errors: {len(r['errors'])} {r['errors'][:3]}")
    out.append(f"overall F1={r['F1']:.3f} field={r['field']:.3f}")
    return "\n".join(out)

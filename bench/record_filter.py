"""Would a learned record filter help? An experiment over the stored first runs (not shipped).

    python bench/record_filter.py proposal

Each first-run record of a type (data/gold/firstrun/bN.full.jsonl) gets the calibration features plus
richer ones read from the record and its sentence (rule, kind, status, whether proposer/date/points are
filled, the name's last character, quotes, headline, sentence length, cue words). A logistic regression is
fitted on early batches and applied to later ones; the threshold below which records are dropped is chosen
by 5-fold cross-validation over the training batches. Printed per split: the test AUC and the test F1
before and after dropping (optional gold pairs are neutral, as in `ukpeace eval`).
"""

import sys
import pathlib
import math
import collections
import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
import calibrate as C  # noqa: E402
from ukpeace import calibration as cal  # noqa: E402
from ukpeace.evaluate import score_document, match_records  # noqa: E402

FR = ROOT / "data" / "gold" / "firstrun"
T = sys.argv[1]
MODAL = [
    "べき",
    "可能性",
    "検討",
    "求め",
    "提案",
    "拒否",
    "合意",
    "署名",
    "協議",
    "案",
    "構想",
    "要求",
    "条件",
    "提示",
    "受け入れ",
    "支持",
    "発表",
    "？",
    "か。",
]


def rows_of(b):
    _hdr, docs = C.read_first_run(FR / f"b{b}.full.jsonl")
    out = []
    req = 0
    for gold, res in docs:
        per, _, _ = score_document(gold, res)
        req += per[T]["tp"] + per[T]["fn"]
        text = res.get("text") or (ROOT / "data" / "gold" / f"b{b}" / f"{res['doc_id']}.txt").read_text()
        for rec, g in match_records(gold, res):
            if rec["type"] != T:
                continue
            lab = None if (g is not None and g.get("optional")) else (g is not None)
            f = cal.record_features(rec, res.get("chars") or len(text), res["records"])
            ev = rec["evidence"][0]
            s = text.rfind("。", 0, ev["start"]) + 1
            e = text.find("。", ev["end"])
            e = len(text) if e < 0 else e
            sent = text[s:e]
            name = rec.get("name") or ""
            f.update(
                {
                    "rule=" + str(rec.get("rule")): 1,
                    "kind=" + str(rec.get("kind")): 1,
                    "status=" + str(rec.get("status")): 1,
                    "proposer": float(bool(rec.get("proposer"))),
                    "date": float(bool(rec.get("date"))),
                    "points": float(bool(rec.get("points"))),
                    "last=" + name[-1:]: 1,
                    "quote": float("「" in sent),
                    "headline": float(text.find("\n") > ev["start"]),
                    "sentlen": math.log1p(len(sent)),
                }
            )
            for m in MODAL:
                if m in sent:
                    f["m=" + m] = 1
            out.append((b, f, lab))
    return out, req


data = {}
reqs = {}
for b in range(1, 116):
    data[b], reqs[b] = rows_of(b)


def fit(train, keys, l2=3.0):
    X = np.array([[r[1].get(k, 0.0) for k in keys] for r in train])
    y = np.array([1.0 if r[2] else 0.0 for r in train])
    mu = X.mean(0)
    sd = X.std(0) + 1e-6
    Z = np.hstack([np.ones((len(X), 1)), (X - mu) / sd])
    w = np.zeros(Z.shape[1])
    for _ in range(30):
        p = 1 / (1 + np.exp(-Z @ w))
        g = Z.T @ (p - y) + l2 * np.r_[0, w[1:]]
        H = (Z.T * (p * (1 - p))) @ Z + l2 * np.diag(np.r_[0, np.ones(len(w) - 1)])
        w -= np.linalg.solve(H, g)
    return lambda f: (
        1 / (1 + math.exp(-(w[0] + sum(((f.get(k, 0.0) - m) / s) * c for k, m, s, c in zip(keys, mu, sd, w[1:])))))
    )


def auc(ps, ys):
    pos = [p for p, y in zip(ps, ys) if y]
    neg = [p for p, y in zip(ps, ys) if not y]
    return sum((a > b) + 0.5 * (a == b) for a in pos for b in neg) / max(1, len(pos) * len(neg))


def f1_at(recs, req, t):
    tp = sum(1 for p, lab in recs if lab is True and p >= t)
    fp = sum(1 for p, lab in recs if lab is False and p >= t)
    return 2 * tp / (2 * tp + fp + (req - tp)), tp, fp


def evaluate(train_b, test_b, label):
    train = [r for b in train_b for r in data[b] if r[2] is not None]
    cnt = collections.Counter(k for r in train for k in r[1])
    keys = sorted(k for k, n in cnt.items() if n >= 8)
    # threshold by inner CV: 5 folds of train batches
    folds = [train_b[i::5] for i in range(5)]
    inner = []
    for fo in folds:
        tr = [r for b in train_b if b not in fo for r in data[b] if r[2] is not None]
        pr = fit(tr, keys)
        inner += [(pr(r[1]), r[2]) for b in fo for r in data[b]]
    ireq = sum(reqs[b] for b in train_b)
    best = max((f1_at(inner, ireq, t)[0], t) for t in [0, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7])
    pr = fit(train, keys)
    test = [(pr(r[1]), r[2]) for b in test_b for r in data[b]]
    req = sum(reqs[b] for b in test_b)
    a = auc([p for p, lab in test if lab is not None], [lab for p, lab in test if lab is not None])
    base = f1_at(test, req, 0)
    got = f1_at(test, req, best[1])
    print(
        f"{label}: keys {len(keys)} inner-best t={best[1]} (F1 {best[0]:.3f}); test AUC {a:.3f}; "
        f"F1 {base[0]:.3f} (tp {base[1]} fp {base[2]}) -> {got[0]:.3f} (tp {got[1]} fp {got[2]}) req {req}"
    )


evaluate(list(range(1, 108)), list(range(108, 116)), "b1-107 -> b108-115")
evaluate(list(range(1, 100)), list(range(100, 108)), "b1-99 -> b100-107")
evaluate(list(range(1, 92)), list(range(92, 108)), "b1-91 -> b92-107")
evaluate(list(range(1, 66)), list(range(66, 108)), "b1-65 -> b66-107")

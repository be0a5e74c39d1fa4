"""Throughput, peak memory and accuracy of ukpeace against bare GiNZA, in one run.

    .venv/bin/python bench/throughput.py [--chars 100000] [--skip-parallel] [--gold DIR]

The dev-corpus texts (data/dev/*.txt) are repeated until --chars characters,
then each configuration runs in a fresh subprocess, so that its peak RSS is its own:

  (a) bare ``spacy.load("ja_ginza")`` + ``nlp.pipe`` over the same texts (chunks <= 40,000 bytes)
  (b) ``ukpeace.extract_many(profile="full")``
  (c) ``ukpeace.extract_many(profile="fast")``
  (d) ``ukpeace.extract_many(profile="full", n_process=2)``   (time includes starting the workers)

Models are loaded before the clock starts, except in (d). Record F1 per profile comes from
``ukpeace.evaluate`` on the same gold folder. Last, the time
of ``import ukpeace`` in a fresh interpreter (must stay < 0.5 s without loading spaCy).
Exit status 1 when the import check fails.
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import resource
import subprocess
import sys
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
GOLD = ROOT / "data" / "dev"
CHUNK_BYTES = 40000
IMPORT_LIMIT_S = 0.5

CONFIGS = {  # name → (label, profile or None for bare spaCy, n_process)
    "bare": ("(a) spacy ja_ginza nlp.pipe", None, 1),
    "full": ("(b) extract_many full", "full", 1),
    "fast": ("(c) extract_many fast", "fast", 1),
    "full2": ("(d) extract_many full, 2 procs", "full", 2),
}


# ---------- inside a measuring subprocess ----------
def corpus_texts(gold: pathlib.Path, chars: int) -> list[tuple[str, str]]:
    """(doc_id, text) of the dev texts, cycled until at least ``chars`` characters."""
    base = [(p.stem, p.read_text("utf-8")) for p in sorted(gold.glob("*.txt"))]
    if not base:
        raise SystemExit(f"no .txt files in {gold}")
    out, total, rnd = [], 0, 0
    while total < chars:
        for stem, text in base:
            out.append((f"{stem}#{rnd}", text))
            total += len(text)
            if total >= chars:
                break
        rnd += 1
    return out


def byte_chunks(text: str, limit: int = CHUNK_BYTES) -> list[str]:
    """Pieces under ``limit`` UTF-8 bytes, cut after a newline or 。 where possible (SudachiPy's input limit)."""
    chunks = []
    while len(text.encode("utf-8")) > limit:
        cut = len(text.encode("utf-8")[:limit].decode("utf-8", "ignore"))
        soft = max(text.rfind("\n", 0, cut), text.rfind("。", 0, cut))
        cut = soft + 1 if soft > cut // 2 else cut
        chunks.append(text[:cut])
        text = text[cut:]
    return chunks + [text]


class RssSampler(threading.Thread):
    """Peak of the summed RSS of this process and its children (needs psutil; getrusage cannot sum children)."""

    def __init__(self):
        super().__init__(daemon=True)
        import psutil

        self.proc, self.peak, self.stop = psutil.Process(), 0, threading.Event()

    def run(self):
        while not self.stop.wait(0.1):
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
                self.peak = max(self.peak, sum(p.memory_info().rss for p in procs if p.is_running()))
            except Exception:  # a child exiting between listing and reading
                continue


def peak_rss_mb(sampler, n_process: int) -> tuple[float, str]:
    """Peak RSS of the configuration: exact getrusage for one process; for workers, sampled sum or estimate."""
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if n_process == 1:
        return self_kb / 1024, "getrusage"
    if sampler is not None:
        return max(sampler.peak / 2**20, self_kb / 1024), "psutil sum"
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (self_kb + n_process * child_kb) / 1024, "getrusage est."


def _start_sampler(n_process: int):
    if n_process == 1:
        return None
    try:
        sampler = RssSampler()
    except ImportError:
        return None
    sampler.start()
    return sampler


def run_bare(docs) -> tuple[float, int]:
    import spacy

    nlp = spacy.load("ja_ginza")
    nlp("ウォームアップ。")
    chunks = [c for _, text in docs for c in byte_chunks(text)]
    t0 = time.perf_counter()
    for _ in nlp.pipe(chunks, batch_size=32):
        pass
    return time.perf_counter() - t0, 0


def run_ukpeace(docs, profile: str, n_process: int) -> tuple[float, int]:
    import ukpeace

    if n_process == 1:
        ukpeace.extract("ウォームアップ。", profile=profile)  # model and gazetteer load outside the clock
    items = [{"text": text, "doc_id": doc_id} for doc_id, text in docs]
    t0 = time.perf_counter()
    errors = sum(r.status == "error" for r in ukpeace.extract_many(items, profile=profile, n_process=n_process))
    return time.perf_counter() - t0, errors


def measure(config: str, chars: int, gold: pathlib.Path) -> dict:
    _, profile, n_process = CONFIGS[config]
    docs = corpus_texts(gold, chars)
    sampler = _start_sampler(n_process)
    if profile is None:
        seconds, errors = run_bare(docs)
    else:
        seconds, errors = run_ukpeace(docs, profile, n_process)
    rss, how = peak_rss_mb(sampler, n_process)
    total = sum(len(t) for _, t in docs)
    return {"config": config, "chars": total, "docs": len(docs), "seconds": seconds, "cps": total / seconds,
            "rss_mb": rss, "rss_how": how, "errors": errors}


# ---------- the driver ----------
def child(*args: str, timeout: float = 3600) -> dict:
    """Run this script in a fresh interpreter and read the JSON it prints last."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.run([sys.executable, __file__, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def f1_of(profile: str, gold: pathlib.Path) -> dict:
    """F1 of one profile on the gold folder, scored by ukpeace.evaluate in a fresh interpreter."""
    code = ("import json, sys, ukpeace; r = ukpeace.evaluate(sys.argv[1], profile=sys.argv[2], print_report=False); "
            "print(json.dumps({'F1': r['F1'], 'field': r['field'], 'errors': len(r['errors'])}))")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.run([sys.executable, "-c", code, str(gold), profile], capture_output=True, text=True,
                          check=True, cwd=ROOT, env=env)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def import_time(runs: int = 3) -> dict:
    """Best of a few fresh interpreters (the first may pay for a cold disk cache)."""
    code = ("import sys, time, json; t = time.perf_counter(); import ukpeace; "
            "print(json.dumps({'s': time.perf_counter() - t, 'spacy': 'spacy' in sys.modules}))")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rows = [json.loads(subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                                      text=True, check=True).stdout) for _ in range(runs)]
    return {"s": min(r["s"] for r in rows), "spacy": any(r["spacy"] for r in rows)}


def _fmt(x, spec: str) -> str:
    return "-" if x is None else format(x, spec)


def report(rows: list[dict], f1: dict, imp: dict, chars: int) -> bool:
    base = next((r["cps"] for r in rows if r["config"] == "bare"), None)
    print(f"dev corpus repeated to {rows[0]['chars']:,} chars in {rows[0]['docs']} documents (target {chars:,})")
    print(f"{'configuration':34} {'chars/s':>9} {'x bare':>7} {'peak RSS MB':>12} {'RSS x bare':>10} "
          f"{'F1':>6} {'errors':>6}")
    base_rss = next((r["rss_mb"] for r in rows if r["config"] == "bare"), None)
    for r in rows:
        label, profile, _ = CONFIGS[r["config"]]
        score = f1.get(profile, {}).get("F1") if profile else None
        print(f"{label:34} {r['cps']:9,.0f} {_fmt(base and r['cps'] / base, '7.2f'):>7} "
              f"{r['rss_mb']:12,.0f} {_fmt(base_rss and r['rss_mb'] / base_rss, '10.2f'):>10} "
              f"{_fmt(score, '6.3f'):>6} {r['errors']:6d}")
    how = sorted({r["rss_how"] for r in rows})
    print(f"peak RSS: {', '.join(how)}")
    ok = imp["s"] < IMPORT_LIMIT_S and not imp["spacy"]
    print(f"import ukpeace: {imp['s']:.3f} s, spacy loaded: {'yes' if imp['spacy'] else 'no'} "
          f"-> {'OK' if ok else 'FAIL'} (limit {IMPORT_LIMIT_S} s, no spacy)")
    return ok


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--chars", type=int, default=100_000, help="characters of text per configuration")
    ap.add_argument("--skip-parallel", action="store_true", help="leave out (d), n_process=2")
    ap.add_argument("--gold", type=pathlib.Path, default=GOLD, help="dev corpus folder (.txt + gold .json)")
    ap.add_argument("--_run", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args._run:
        print(json.dumps(measure(args._run, args.chars, args.gold)))
        return 0
    configs = [c for c in CONFIGS if not (args.skip_parallel and CONFIGS[c][2] > 1)]
    rows = []
    for c in configs:
        print(f"measuring {CONFIGS[c][0]} ...", file=sys.stderr, flush=True)
        rows.append(child("--_run", c, "--chars", str(args.chars), "--gold", str(args.gold)))
    f1 = {}
    for profile in ("full", "fast"):
        print(f"scoring profile {profile} ...", file=sys.stderr, flush=True)
        f1[profile] = f1_of(profile, args.gold)
    return 0 if report(rows, f1, import_time(), args.chars) else 1


if __name__ == "__main__":
    sys.exit(main())

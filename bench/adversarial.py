"""Time hostile inputs through ukpeace.extract() with both profiles and check the result invariants.

    .venv/bin/python bench/adversarial.py [--profiles fast,full] [--full-max-chars 250000]
                                          [--only NAME,...] [--timeout 900]

Each (input, profile) runs in a fresh subprocess (so one pathological case cannot take the table down,
and a hang is cut at --timeout seconds); the model loads before the clock starts. The full profile
runs only on inputs of at most --full-max-chars characters. Per row: length in characters and UTF-8
bytes, profile, seconds, status, records, entities, noise spans and invariant violations (the
checks of bench/fuzz.py). Exit status 1 when a run crashes, times out or breaks an invariant.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEV = ROOT / "data" / "dev"

KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"


def _dev_megabyte() -> str:
    base = "\n".join(p.read_text("utf-8") for p in sorted(DEV.glob("*.txt"))) + "\n"
    return base * (1_000_000 // len(base) + 1)


def _line_without_punctuation() -> str:
    import re

    base = re.sub(r"[\s。、！？!?,.，．「」『』（）()・：:；;“”\"'A-Za-zＡ-Ｚａ-ｚ]", "",
                  "".join(p.read_text("utf-8") for p in sorted(DEV.glob("*.txt"))))
    return (base * (200_000 // len(base) + 1))[:200_000]


INPUTS = {  # name -> builder
    "same_char x100k": lambda: "あ" * 100_000,
    "digits x100k": lambda: "7" * 100_000,
    "mixed digits 100k": lambda: ("31415926535897932384626433832795" * 3200)[:100_000],
    "kanji numerals 50k": lambda: ("一二三四五六七八九十百千万億兆" * 3400)[:50_000],
    "攻撃 x100k": lambda: "攻撃" * 100_000,
    "。 x50k": lambda: "。" * 50_000,
    "nested 「 x30k": lambda: "「" * 30_000 + "キーウで会談した。" + "」" * 30_000,
    "1万 x20k": lambda: "1万" * 20_000,
    "katakana line 45kB": lambda: (KATAKANA * 400)[:15_000],
    "NUL x100k": lambda: "\x00" * 100_000,
    "surrogates x50k": lambda: "".join(chr(0xD800 + i % 2048) for i in range(50_000)),
    "sentence x5k (no newline)": lambda: "ゼレンスキー大統領は17日、キーウで会談した。" * 5_000,
    "single line 200k no punct": _line_without_punctuation,
    "dev articles 1MB": _dev_megabyte,
}


def _child(name: str, profile: str) -> None:
    """Runs in the subprocess: one input, one profile; prints a JSON row."""
    import ukpeace
    from fuzz import violations

    text = INPUTS[name]()
    if profile == "full":
        from ukpeace.pipeline import get_nlp

        get_nlp("full")
    else:
        ukpeace.extract("キーウ", profile="fast")  # SudachiPy dictionary and gazetteer loaded off the clock
    t = time.perf_counter()
    res = ukpeace.extract(text, profile=profile, doc_id=name)
    secs = time.perf_counter() - t
    bad = violations(text, res)
    print(json.dumps({"seconds": secs, "status": res.status, "error": res.error, "records": len(res.records),
                      "entities": len(res.entities), "noise": len(res.quality.noise_spans),
                      "flags": res.quality.flags, "violations": sorted(set(bad))}, ensure_ascii=True))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--profiles", default="fast,full")
    ap.add_argument("--full-max-chars", type=int, default=250_000,
                    help="run the full profile only on inputs up to this many characters")
    ap.add_argument("--only", help="comma-separated input names")
    ap.add_argument("--timeout", type=float, default=900.0, help="seconds per run before it is killed")
    ap.add_argument("--_child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args._child:
        _child(*args._child)
        return 0

    names = [n for n in INPUTS if not args.only or n in args.only.split(",")]
    profiles = [p for p in args.profiles.split(",") if p]
    print(f"{'input':28s} {'chars':>9s} {'bytes':>9s} {'profile':7s} {'seconds':>8s} {'status':7s} "
          f"{'records':>7s} {'ents':>6s} {'noise':>6s}  violations / error")
    failed = 0
    for name in names:
        text = INPUTS[name]()
        nchars, nbytes = len(text), len(text.encode("utf-8", "surrogatepass"))
        for profile in profiles:
            if profile == "full" and nchars > args.full_max_chars:
                print(f"{name:28s} {nchars:9,d} {nbytes:9,d} {profile:7s} {'-':>8s} skipped (> --full-max-chars)")
                continue
            cmd = [sys.executable, str(pathlib.Path(__file__).resolve()), "--_child", name, profile]
            try:
                proc = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout, cwd=str(ROOT))
            except subprocess.TimeoutExpired:
                failed += 1
                print(f"{name:28s} {nchars:9,d} {nbytes:9,d} {profile:7s} {'>' + str(int(args.timeout)):>8s} TIMEOUT")
                continue
            lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
            if proc.returncode != 0 or not lines:
                failed += 1
                tail = (proc.stderr.strip().splitlines() or ["?"])[-1]
                print(f"{name:28s} {nchars:9,d} {nbytes:9,d} {profile:7s} {'-':>8s} CRASH   {tail}")
                continue
            row = json.loads(lines[-1])
            notes = "; ".join(row["violations"])
            if row["status"] == "error":
                notes = (notes + "; " if notes else "") + f"error: {row['error']}"
            if row["violations"] or row["status"] == "error":
                failed += 1
            print(f"{name:28s} {nchars:9,d} {nbytes:9,d} {profile:7s} {row['seconds']:8.2f} {row['status']:7s} "
                  f"{row['records']:7d} {row['entities']:6d} {row['noise']:6d}  {notes}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

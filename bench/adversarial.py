"""Time hostile inputs through ukpeace.extract() with both profiles and check the result invariants.

    .venv/bin/python bench/adversarial.py                      # the 6,000-character suite, ratios
    .venv/bin/python bench/adversarial.py --suite big [--profiles fast,full] [--full-max-chars 250000]
                                          [--only NAME,...] [--timeout 900]

The default suite (``--suite 6k``) runs, per profile in one subprocess, a normal 6,000-character
article (dev articles cut at a sentence end) and then every hostile 6,000-character input, and prints
each one's time and its ratio to the normal article's time in the same run. The target: every ratio
at most 3.0 (exit status 1 otherwise, or on any invariant violation).

The big suite:

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


def _normal_6k() -> str:
    text = "\n".join(p.read_text("utf-8") for p in sorted(DEV.glob("*.txt")))
    return text[:text.rfind("。", 0, 6000) + 1]


KANA_EVERY_150 = ("1234567890," * 14)[:149] + "あ"
HOSTILE_6K = {  # name -> builder; each about 6,000 characters
    "1,1,1,...": lambda: "1," * 3000,
    "・ x6000": lambda: "・" * 6000,
    "digits x6000": lambda: "7" * 6000,
    "あ x6000": lambda: "あ" * 6000,
    "攻撃 x3000": lambda: "攻撃" * 3000,
    "kanji numerals": lambda: ("一二三四五六七八九十百千万億兆" * 400)[:6000],
    "Japanese, no punctuation": lambda: _line_without_punctuation()[:6000],
    "digits with a kana every 150": lambda: KANA_EVERY_150 * 40,
    "nested 「」": lambda: "「" * 2995 + "キーウで会談" + "」" * 2995,
    "English UI labels": lambda: ("Home News World Sign in Share Follow Subscribe " * 130)[:6000],
    "markup": lambda: ("<div><span>ロシア</span></div>" * 250)[:6000],
    "sentence x250": lambda: ("ゼレンスキー大統領は17日、キーウで会談した。" * 250)[:6000],
}


def _child_6k(profile: str) -> None:
    """Runs in the subprocess: the normal article, then every hostile input; one JSON row each."""
    import ukpeace
    from fuzz import violations

    def timed(name: str, text: str) -> None:
        t = time.perf_counter()
        res = ukpeace.extract(text, profile=profile, doc_id=name)
        secs = time.perf_counter() - t
        print(json.dumps({"name": name, "chars": len(text), "seconds": secs, "status": res.status,
                          "flags": res.quality.flags, "violations": sorted(set(violations(text, res)))},
                         ensure_ascii=True), flush=True)

    for build in (_normal_6k, *HOSTILE_6K.values()):  # model, dictionaries, geocoder: loaded off the clock
        ukpeace.extract(build(), profile=profile)
    timed("normal article", _normal_6k())
    for name, build in HOSTILE_6K.items():
        timed(name, build())


def run_6k(profiles: list[str], timeout: float) -> int:
    print(f"{'input':30s} {'chars':>6s} {'profile':7s} {'seconds':>8s} {'ratio':>6s} {'status':7s} flags / violations")
    failed = 0
    for profile in profiles:
        cmd = [sys.executable, str(pathlib.Path(__file__).resolve()), "--_child6k", profile]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=str(ROOT))
        except subprocess.TimeoutExpired:
            print(f"{profile}: TIMEOUT after {timeout:.0f} s")
            failed += 1
            continue
        rows = [json.loads(ln) for ln in proc.stdout.splitlines() if ln.startswith("{")]
        if proc.returncode != 0 or not rows:
            print(f"{profile}: CRASH {(proc.stderr.strip().splitlines() or ['?'])[-1]}")
            failed += 1
            continue
        base = rows[0]["seconds"]
        for row in rows:
            ratio = row["seconds"] / base
            bad = row["violations"] or ratio > 3.0 or row["status"] == "error"
            failed += bool(bad)
            print(f"{row['name']:30s} {row['chars']:6d} {profile:7s} {row['seconds']:8.3f} {ratio:6.2f} "
                  f"{row['status']:7s} {','.join(row['flags'])} {'; '.join(row['violations'])}"
                  f"{'  <-- over 3x' if ratio > 3.0 else ''}", flush=True)
    return 1 if failed else 0


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
    ap.add_argument("--suite", default="6k", choices=["6k", "big"])
    ap.add_argument("--profiles", default="fast,full")
    ap.add_argument("--full-max-chars", type=int, default=250_000,
                    help="run the full profile only on inputs up to this many characters")
    ap.add_argument("--only", help="comma-separated input names")
    ap.add_argument("--timeout", type=float, default=900.0, help="seconds per run before it is killed")
    ap.add_argument("--_child", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--_child6k", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args._child:
        _child(*args._child)
        return 0
    if args._child6k:
        _child_6k(args._child6k)
        return 0
    profiles = [p for p in args.profiles.split(",") if p]
    if args.suite == "6k":
        return run_6k(profiles, args.timeout)

    names = [n for n in INPUTS if not args.only or n in args.only.split(",")]
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

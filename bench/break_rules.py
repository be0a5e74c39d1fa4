"""Check that the rule tests notice a broken rule: patch each record-rule module to raise, run the rule tests.

    .venv/bin/python bench/break_rules.py [--modules meeting,proposal,money,attack]

For each module, runs ``pytest --break-rule=MODULE`` (see tests/conftest.py) on the rule, entity and
founding-article tests and prints how many still pass. Every count must be 0: a rule test that passes
while a rule raises does not test the rule. Exit status 1 otherwise.
"""
from __future__ import annotations

import argparse
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
RULE_TESTS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests").glob("test_rules_*.py"))


def passed_with_broken(module: str) -> tuple[int, int]:
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--break-rule={module}", *RULE_TESTS]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT).stdout
    counts = {k: int(v) for v, k in re.findall(r"(\d+) (passed|failed|error)", out)}
    return counts.get("passed", 0), counts.get("failed", 0) + counts.get("error", 0)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--modules", default="meeting,proposal,money,attack")
    args = ap.parse_args(argv)
    bad = 0
    print(f"{'broken module':15s} {'passed':>7s} {'failed':>7s}   ({len(RULE_TESTS)} files: {' '.join(RULE_TESTS)})")
    for module in args.modules.split(","):
        ok, failed = passed_with_broken(module)
        bad += ok > 0
        print(f"{module:15s} {ok:7d} {failed:7d}", flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

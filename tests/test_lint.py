"""The code type-checks (mypy, with the pydantic plugin) and lints (ruff) with the settings of pyproject.toml.

Collected only where both tools are installed (the `test` extra): see conftest.py. Every module is clean;
``DEBT`` can list a module whose known findings are being worked off (and CHANGELOG.md says so): a finding
in any other file fails, and so does a listed file that has become clean (take it off the list).
"""
from __future__ import annotations

import os
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
DEBT: set[str] = set()  # modules not yet clean (none now): a new finding anywhere fails
FINDING = re.compile(r"^([\w./-]+\.py):\d+:", re.M)


def _run(*args: str) -> subprocess.CompletedProcess:
    # MYPYPATH: the package of this checkout is the one checked, even where another copy is installed
    env = {**os.environ, "MYPYPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=600)


def _files_with_findings(output: str) -> set[str]:
    return {pathlib.Path(p).as_posix().removeprefix(f"{ROOT.as_posix()}/") for p in FINDING.findall(output)}


def _check(output: str, debt: set[str]) -> None:
    found = _files_with_findings(output)
    assert found - debt == set(), output[-4000:]
    assert debt - found == set(), f"clean now, take off DEBT: {sorted(debt - found)}"


def test_mypy_is_clean_outside_the_listed_debt():
    proc = _run("mypy")
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    _check(proc.stdout, {d for d in DEBT if d.startswith("ukpeace/")})  # mypy checks the package only


def test_ruff_is_clean_outside_the_listed_debt():
    proc = _run("ruff", "check", "--output-format", "concise", ".")
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    _check(proc.stdout, DEBT)

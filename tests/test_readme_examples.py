"""README's Python examples run as they are written (so they cannot drift from the API again)."""
from __future__ import annotations

import ast
import contextlib
import io
import os
import pathlib
import re
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")


def block(marker: str) -> str:
    """The one ```python block of README that contains ``marker``."""
    blocks = [b for b in re.findall(r"```python\n(.*?)```", README, flags=re.S) if marker in b]
    assert len(blocks) == 1, f"expected one README python block with {marker!r}, found {len(blocks)}"
    return blocks[0]


def test_the_dask_example_runs_as_a_script(tmp_path):
    script = tmp_path / "dask_example.py"
    script.write_text(block("ukpeace.dask"), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    proc = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = [line.split() for line in proc.stdout.splitlines()]
    assert ["doc_id", "amount_value", "amount_currency"] in lines
    money = next(row for row in lines if row[:1] == ["a1"] and len(row) == 3)
    assert float(money[1]) == 5e10 and money[2] == "EUR"
    assert ["a2", "3"] in lines                                       # the attack killed three


@pytest.mark.slow
def test_the_gazetteer_example_prints_what_its_comment_says():
    code = block("gazetteer=")
    printed = next(line for line in code.splitlines() if line.startswith("print("))
    expected = ast.literal_eval(printed.split("#", 1)[1].strip())
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {"__name__": "readme"})
    assert ast.literal_eval(out.getvalue().strip()) == expected == ["Andrii Sybiha", "Margus Tsahkna"]

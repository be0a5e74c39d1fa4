"""docs/error-classes.md maps issue 8's error classes to tests; every test id it cites must exist.

The test files are read with ``ast``, not collected by pytest: a cited id is a top-level
``def test_…`` of the file, and a bracketed parameter id must be one the function's literal
``pytest.mark.parametrize`` decorators produce. A renamed or deleted test fails here.
"""
from __future__ import annotations

import ast
import functools
import itertools
import pathlib
import re

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "error-classes.md"
NODE = re.compile(r"`(tests/[\w/]+\.py)::(test_\w+)(?:\[([^\]`]+)\])?`")
ROW = re.compile(r"^\| ([A-Z]\d+) \|", re.M)
STATUSES = ("covered (new)", "covered", "partly", "NOT covered: code fails")


def cited() -> list[tuple[str, str, str | None]]:
    return [(path, name, param or None) for path, name, param in NODE.findall(DOC.read_text("utf-8"))]


CITED = cited()


def _is_parametrize(dec: ast.expr) -> bool:
    return (isinstance(dec, ast.Call) and isinstance(dec.func, ast.Attribute)
            and dec.func.attr == "parametrize")


def _value_id(node: ast.expr) -> str | None:
    """pytest's id of one literal parameter value; None when it cannot be read without running pytest."""
    if isinstance(node, ast.Constant):
        v = node.value
        if isinstance(v, str):
            return v if v.isascii() and v.isprintable() else None  # pytest escapes non-ASCII strings
        return str(v) if isinstance(v, (int, float, bool)) or v is None else None
    if isinstance(node, (ast.Tuple, ast.List)):
        parts = [_value_id(e) for e in node.elts]
        return None if None in parts else "-".join(parts)
    return None


def _decorator_ids(dec: ast.Call) -> list[str] | None:
    ids = next((k.value for k in dec.keywords if k.arg == "ids"), None)
    if isinstance(ids, (ast.List, ast.Tuple)):
        got = [e.value for e in ids.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        return got if len(got) == len(ids.elts) else None
    values = dec.args[1] if len(dec.args) > 1 else None
    if ids is not None or not isinstance(values, (ast.List, ast.Tuple)):
        return None
    got = [_value_id(v) for v in values.elts]
    return None if None in got else got


def _param_ids(fn: ast.FunctionDef) -> set[str] | None:
    """All ids of the function's parametrized cases (stacked decorators: the one nearest the def first)."""
    per_dec = [_decorator_ids(d) for d in reversed(fn.decorator_list) if _is_parametrize(d)]
    if not per_dec or None in per_dec:
        return None
    return {"-".join(combo) for combo in itertools.product(*per_dec)}


@functools.lru_cache(maxsize=None)
def _test_functions_of(path: str) -> dict[str, ast.FunctionDef]:
    tree = ast.parse((ROOT / path).read_text("utf-8"), filename=path)
    return {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")}


def test_the_map_cites_tests_for_many_classes():
    text = DOC.read_text("utf-8")
    assert len(ROW.findall(text)) >= 40
    assert len(CITED) >= 100


def test_every_row_has_a_status_and_tests_unless_the_code_fails():
    for line in DOC.read_text("utf-8").splitlines():
        if not ROW.match(line):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        assert len(cells) == 5, line
        status = cells[4]
        assert status.startswith(STATUSES), line
        if status.startswith("NOT covered"):
            assert not NODE.search(cells[3]), line
        else:
            assert NODE.search(cells[3]), f"a covered class cites no test: {line}"


@pytest.mark.parametrize("path, name, param", sorted(set(CITED), key=str),
                         ids=[f"{p}::{n}" + (f"[{x}]" if x else "") for p, n, x in sorted(set(CITED), key=str)])
def test_cited_test_exists(path, name, param):
    assert (ROOT / path).is_file(), path
    found = _test_functions_of(path)
    assert name in found, f"{path} has no top-level {name}"
    if param is not None:
        ids = _param_ids(found[name])
        assert ids is not None, f"{path}::{name}: its parameter ids are not literal; cite the function without [..]"
        assert param in ids, f"{path}::{name}[{param}] is no case of it; cases: {sorted(ids)}"


def test_the_map_runs_no_code_in_the_docs_test():
    assert "```python" not in DOC.read_text("utf-8")


def test_param_ids_are_read_as_pytest_makes_them():
    src = ('@pytest.mark.parametrize("p", ["full", "fast"])\n'
           '@pytest.mark.parametrize("t", ["a", "b"], ids=["x", "y"])\n'
           'def test_f(p, t): pass\n'
           '@pytest.mark.parametrize("t", ["日本"])\n'
           'def test_g(t): pass\n')
    fns = {n.name: n for n in ast.parse(src).body}
    assert _param_ids(fns["test_f"]) == {"x-full", "x-fast", "y-full", "y-fast"}
    assert _param_ids(fns["test_g"]) is None

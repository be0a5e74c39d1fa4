"""Shared fixtures: the GiNZA model is loaded once per test session, through the library itself."""
from __future__ import annotations

import importlib.util
import json
import pathlib

import pytest

# test_lint.py runs mypy and ruff (both in the `test` extra): collected only where both are installed
collect_ignore = [] if all(importlib.util.find_spec(m) for m in ("mypy", "ruff")) else ["test_lint.py"]

ROOT = pathlib.Path(__file__).resolve().parents[1]
DEV = ROOT / "data" / "dev"
SEED_TEXT = ROOT / "ukpeace" / "resources" / "samples" / "seed-miami-davos.txt"


@pytest.fixture(scope="session")
def nlp_full():
    from ukpeace.pipeline import get_nlp

    return get_nlp("full")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_TEXT.read_text("utf-8")


@pytest.fixture(scope="session")
def seed(nlp_full, seed_text):
    """The founding article through the full pipeline, once per session."""
    import ukpeace

    return ukpeace.extract(seed_text, published="2026-01-19", doc_id="seed", errors="raise")


@pytest.fixture(scope="session")
def seed_json(seed):
    return seed.model_dump(mode="json")


@pytest.fixture(scope="session")
def dev_gold():
    return {p.stem: json.loads(p.read_text("utf-8")) for p in sorted(DEV.glob("*.json"))}


@pytest.fixture(autouse=True)
def _model_for_slow_tests(request):
    """Tests marked slow need the GiNZA model: load it once, before the first of them runs."""
    if request.node.get_closest_marker("slow"):
        request.getfixturevalue("nlp_full")


def pytest_addoption(parser):
    parser.addoption("--break-rule", default=None, metavar="MODULE",
                     help="patch ukpeace.rules.MODULE.extract to raise (bench/break_rules.py checks that the "
                          "rule tests then fail)")


@pytest.fixture(autouse=True, scope="session")
def _broken_rule(request):
    name = request.config.getoption("--break-rule")
    if not name:
        yield
        return
    import importlib

    module = importlib.import_module(f"ukpeace.rules.{name}")

    def broken(*args, **kwargs):
        raise RuntimeError(f"ukpeace.rules.{name} deliberately broken")

    original, module.extract = module.extract, broken
    yield
    module.extract = original

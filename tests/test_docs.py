"""Docs that run: every ```python block of README.md and docs/*.md, the quickstart notebook, the generated
data dictionary, and `mkdocs build --strict`.

Blocks of one page run in order in one namespace, as a reader would paste them, with
``__name__ == "__main__"`` (the scaling guide guards its multi-process examples). README's
blocks use names its prose introduces (``text``, ``corpus``, ``articles_df``): they are
given here from the bundled founding article and the dev corpus.
"""
from __future__ import annotations

import importlib.util
import os
import pathlib
import re
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def python_blocks(page: pathlib.Path) -> list[str]:
    return FENCE.findall(page.read_text("utf-8"))


def _readme_names() -> dict:
    import pandas as pd

    text = (ROOT / "ukpeace" / "resources" / "samples" / "seed-miami-davos.txt").read_text("utf-8")
    dev = sorted((ROOT / "data" / "dev").glob("*.txt"))[:3]
    corpus = [(p.stem, p.read_text("utf-8")) for p in dev]
    articles_df = pd.DataFrame([{"text": t, "doc_id": d, "published": "2026-02-06"} for d, t in corpus[:2]])
    return {"text": text, "corpus": corpus, "articles_df": articles_df}


def _close_clusters(namespace: dict) -> None:
    client = namespace.get("client")
    if client is not None and hasattr(client, "close"):
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None:
            cluster.close()


def test_every_page_with_code_has_python_blocks_found():
    counted = {p.name: len(python_blocks(p)) for p in PAGES}
    assert counted["README.md"] >= 5
    for name in ("index.md", "tutorial-gazetteer.md", "evaluation.md", "scaling.md", "records.md"):
        assert counted[name] >= 1, name


@pytest.mark.slow
@pytest.mark.parametrize("page", [p for p in PAGES if python_blocks(p)], ids=lambda p: p.name)
def test_python_blocks_run(page, tmp_path, monkeypatch):
    import ukpeace.spacy_component  # noqa: F401  (a development install may predate the entry point)

    (tmp_path / "data").symlink_to(ROOT / "data")
    monkeypatch.chdir(tmp_path)  # blocks that write files write them here; data/ is the repository's
    namespace: dict = {"__name__": "__main__"}
    if page.name == "README.md":
        namespace.update(_readme_names())
    try:
        for i, block in enumerate(python_blocks(page), 1):
            code = compile(block, f"{page.name}, python block {i}", "exec")
            exec(code, namespace)
    finally:
        _close_clusters(namespace)


@pytest.mark.slow
def test_quickstart_notebook_runs(tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    from nbclient import NotebookClient

    nb = nbformat.read(ROOT / "docs" / "quickstart.ipynb", as_version=4)
    env_path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    monkeypatch.setenv("PYTHONPATH", env_path)  # the kernel imports this checkout's ukpeace
    NotebookClient(nb, timeout=900, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert "<mark" in html and "data-record=" in html  # the highlighted article displayed
    assert "participants" in html  # the meetings DataFrame displayed


def _gen_tables():
    spec = importlib.util.spec_from_file_location("gen_tables", ROOT / "docs" / "gen_tables.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_tables_md_is_generated_from_the_current_models():
    gen = _gen_tables()
    assert (ROOT / "docs" / "tables.md").read_text("utf-8") == gen.render(), \
        "docs/tables.md is out of date: run python docs/gen_tables.py"
    from ukpeace import export

    page = gen.render()
    for table in export.TABLE_NAMES:
        for col in export.table_columns(table):
            assert f"| `{col.name}` |" in page


def test_mkdocs_build_strict(tmp_path):
    pytest.importorskip("mkdocs", reason="the docs extra: pip install '.[docs]'")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1",
           "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
                          cwd=ROOT, capture_output=True, text=True, timeout=600, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert (tmp_path / "site" / "api" / "index.html").exists()
    assert "ukpeace.tables" in (tmp_path / "site" / "api" / "index.html").read_text("utf-8")

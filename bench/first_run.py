"""Extract every article of gold batches with the code at a commit and store the outputs as data.

    .venv/bin/python bench/first_run.py BATCH_DIR [BATCH_DIR ...] [--commit SHA] [--profiles full,fast]
                                        [--out DIR] [--force]

A batch's *first run* is what the rules extracted from it before anyone read it: the honest record of
how the library does on unseen text. Run this on a new batch at the time it is first scored (with the
working tree, the default), and the outputs stay as data — ``bench/calibrate.py`` fits the confidence
table on them, and anyone can recompute first-run figures without the old code.

For a past first run, ``--commit SHA`` extracts with the code of that commit: ``git archive`` unpacks
it into a temporary folder, and the articles are extracted there by /work/main/.venv's Python (this
script's interpreter by default, ``--python`` to change it) with PYTHONPATH pointing at that tree. The
batch's articles are always read from the working tree.

Each (batch, profile) gives ``DIR/<batch>.<profile>.jsonl`` (default DIR: data/gold/firstrun): a header
line ``{"firstrun": {...}}`` naming the batch, its gold folder, profile, commit, commit date, ukpeace
version of that commit, the date of the run and each article's text sha256; then one line per article:
``extract(text, published=gold["published"], doc_id=NAME, profile=...)`` as JSON, as ``ukpeace eval``
runs it (calibration as the code of the commit ships it: ``confidence_raw`` keeps the rule's score).
An existing file is not overwritten without ``--force``: a first run happens once.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import re
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "data" / "gold" / "firstrun"
PROFILES = ("full", "fast")


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True).stdout.strip()


def articles(batch: pathlib.Path) -> list[tuple[pathlib.Path, pathlib.Path]]:
    """(gold JSON, text) pairs of a batch folder, sorted by name; a folder without any is an error."""
    if not batch.is_dir():
        raise SystemExit(f"batch folder not found: {batch}")
    pairs = [(g, g.with_suffix(".txt")) for g in sorted(batch.glob("*.json")) if g.with_suffix(".txt").exists()]
    if not pairs:
        raise SystemExit(f"no NAME.txt with NAME.json in {batch}")
    return pairs


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def tree_version(tree: pathlib.Path) -> str:
    """The ukpeace version the code tree declares in its pyproject.toml."""
    try:
        m = re.search(r'^version\s*=\s*"([^"]+)"', (tree / "pyproject.toml").read_text("utf-8"), re.M)
    except OSError:
        return "unknown"
    return m.group(1) if m else "unknown"


def describe(commit: str | None) -> dict:
    """Commit, its date and whether the package differs from it (working tree runs only)."""
    sha = _git("rev-parse", f"{commit or 'HEAD'}^{{commit}}")
    info = {"commit": sha, "commit_date": _git("log", "-1", "--format=%cI", sha)}
    if commit is None:
        info["dirty"] = bool(_git("status", "--porcelain", "--", "ukpeace", "pyproject.toml"))
    return info


def _relative(p: pathlib.Path) -> str:
    p = p.resolve()
    return str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p)


# ---------- the worker: runs under the code being measured, imports only that ukpeace ----------
def work(job_path: str) -> int:
    """Extract the job's articles with whatever ``ukpeace`` is first on the path and write the files."""
    import ukpeace

    job = json.loads(pathlib.Path(job_path).read_text("utf-8"))
    for task in job["tasks"]:
        lines = [json.dumps({"firstrun": task["header"]}, ensure_ascii=False)]
        for name, gold_path, text_path in task["articles"]:
            gold = json.loads(pathlib.Path(gold_path).read_text("utf-8"))
            text = pathlib.Path(text_path).read_text("utf-8")
            res = ukpeace.extract(text, published=gold.get("published"), doc_id=name,
                                  profile=task["header"]["profile"])
            lines.append(json.dumps(res.model_dump(mode="json"), ensure_ascii=False))
        out = pathlib.Path(task["out"])
        out.write_text("\n".join(lines) + "\n", "utf-8")
        print(f"wrote {out} ({len(lines) - 1} articles)", flush=True)
    return 0


# ---------- the driver ----------
def plan(batches: list[pathlib.Path], profiles: list[str], out: pathlib.Path, info: dict, version: str,
         force: bool) -> list[dict]:
    tasks, now = [], dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    for batch in batches:
        pairs = articles(batch)
        for profile in profiles:
            path = out / f"{batch.name}.{profile}.jsonl"
            if path.exists() and not force:
                raise SystemExit(f"{path} exists: a first run happens once (--force to replace it)")
            header = {"batch": batch.name, "gold": _relative(batch), "profile": profile, **info,
                      "ukpeace_version": version, "date": now,
                      "calibration_env": os.environ.get("UKPEACE_CALIBRATION", ""),
                      "articles": {g.stem: sha256(t.read_text("utf-8")) for g, t in pairs}}
            tasks.append({"out": str(path), "header": header,
                          "articles": [(g.stem, str(g.resolve()), str(t.resolve())) for g, t in pairs]})
    return tasks


def run(tasks: list[dict], tree: pathlib.Path, python: str) -> None:
    """One worker process for all tasks (the parser model loads once), with ``tree`` first on the path."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump({"tasks": tasks}, f)
    env = {**os.environ, "PYTHONPATH": str(tree)}
    try:
        subprocess.run([python, str(pathlib.Path(__file__).resolve()), "--worker", f.name], env=env, check=True,
                       cwd=tempfile.gettempdir())
    finally:
        os.unlink(f.name)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("batches", nargs="*", type=pathlib.Path, help="gold batch folders (NAME.txt + NAME.json)")
    ap.add_argument("--commit", help="extract with the code of this commit (default: the working tree)")
    ap.add_argument("--profiles", default="full,fast", help="comma-separated profiles (default: %(default)s)")
    ap.add_argument("--out", type=pathlib.Path, default=DEFAULT_OUT, help="folder of the stored outputs")
    ap.add_argument("--python", default=sys.executable, help="interpreter that runs the extraction")
    ap.add_argument("--force", action="store_true", help="replace existing files")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        return work(args.worker)
    if not args.batches:
        ap.error("give at least one batch folder")
    profiles = [p.strip() for p in args.profiles.split(",") if p.strip()]
    if not profiles or set(profiles) - set(PROFILES):
        ap.error(f"--profiles: expected some of {PROFILES}, got {args.profiles!r}")
    info = describe(args.commit)
    args.out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    if args.commit is None:
        tasks = plan(args.batches, profiles, args.out, info, tree_version(ROOT), args.force)
        run(tasks, ROOT, args.python)
    else:
        with tempfile.TemporaryDirectory(prefix="ukpeace-firstrun-") as tmp:
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", info["commit"]], check=True,
                                     capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            tasks = plan(args.batches, profiles, args.out, info, tree_version(pathlib.Path(tmp)), args.force)
            run(tasks, pathlib.Path(tmp), args.python)
    print(f"{len(tasks)} files, commit {info['commit'][:10]}, {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

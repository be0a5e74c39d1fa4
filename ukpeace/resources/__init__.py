"""Package data: the gazetteer, the lexicons (vocabulary lives here, not in code) and the bundled sample."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def lexicon(name: str) -> dict:
    """ukpeace/resources/lexicons/<name>.json, read once per process."""
    return json.loads(resources.files(__name__).joinpath("lexicons", f"{name}.json").read_text("utf-8"))

"""The package version, read from the installed distribution's metadata (pyproject.toml is the only literal)."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=None)
def package_version(dist: str = "ukpeace") -> str:
    """The installed version of ``dist``; "0+unknown" when it is not installed (a bare source checkout)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "0+unknown"

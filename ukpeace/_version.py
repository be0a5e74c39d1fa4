"""The package version, read from the installed distribution's metadata (pyproject.toml is the only literal)."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def package_version(dist: str = "ukpeace") -> str:
    """The installed version of ``dist``; "0+unknown" when it is not installed (a bare source checkout)."""
    try:
        return version(dist)
    except PackageNotFoundError:
        return "0+unknown"


__version__ = package_version()

"""Helpers shared by the record-rule tests: one cached extraction per short test text."""
from __future__ import annotations

import datetime as dt
import functools

import ukpeace

PUB = "2026-01-19"  # a Monday, the founding article's publication date
PROFILES = ("fast", "full")  # a rule class that holds in both profiles is tested in both


@functools.lru_cache(maxsize=None)
def run(text: str, published: str | None = PUB):
    # errors="raise": a rule that crashes fails the test instead of hiding behind an empty, flagged result
    res = ukpeace.extract(text, published=published, errors="raise")
    assert res.status in ("ok", "empty"), (res.status, res.error)
    return res


@functools.lru_cache(maxsize=None)
def run_in(text: str, profile: str, published: str | None = PUB):
    """The same extraction in a named profile ("full" or "fast"), for tests that assert both."""
    res = ukpeace.extract(text, published=published, profile=profile, errors="raise")
    assert res.status in ("ok", "empty"), (res.status, res.error)
    return res


def records_in(text: str, rtype: str, profile: str, published: str | None = PUB) -> list:
    return [r for r in run_in(text, profile, published).records if r.type == rtype]


def proposals_in(text: str, profile: str, published: str | None = PUB) -> list:
    return records_in(text, "proposal", profile, published)


def records(text: str, rtype: str, published: str | None = PUB) -> list:
    return [r for r in run(text, published).records if r.type == rtype]


def only(text: str, rtype: str, published: str | None = PUB):
    found = records(text, rtype, published)
    assert len(found) == 1, (f"expected exactly one {rtype}, got "
                             f"{[(getattr(r, 'name', None), [e.text for e in r.evidence]) for r in found]}")
    return found[0]


def names(actors) -> set:
    return {a.canonical for a in actors}


def day(s: str) -> dt.date:
    return dt.date.fromisoformat(s)

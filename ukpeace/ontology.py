"""PLOVER event type and mode, and the nearest CAMEO root code, for every record.

The mapping is data (ukpeace/resources/ontology/plover.json, documented in docs/ontology.md):
an ordered list of rules from record type + features (meeting status and mode, the venue
against the parties, money purpose, proposal kind and status, attack weapons) to codes.
The file is validated by pydantic when it is loaded; the first matching rule wins.

    >>> from ukpeace import ontology
    >>> ontology.annotate(result.records)      # sets record.plover and record.cameo in place
"""
from __future__ import annotations

import json
import logging
from functools import lru_cache
from importlib import resources
from typing import Iterable, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .models import RECORD_TYPES, Plover

log = logging.getLogger(__name__)

_FIELD_KEYS = ("status", "mode", "purpose", "kind")


class Condition(BaseModel):
    """When a rule applies; every given key must hold."""
    model_config = ConfigDict(extra="forbid")
    status: Optional[list[Optional[str]]] = None
    mode: Optional[list[Optional[str]]] = None
    purpose: Optional[list[Optional[str]]] = None
    kind: Optional[list[Optional[str]]] = None
    weapons_any: Optional[list[str]] = None
    weapons_only: Optional[list[str]] = None
    venue: Optional[Literal["party_country", "third_country"]] = None


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    record_type: Literal["meeting", "proposal", "money", "attack"]
    when: Condition = Field(default_factory=Condition)
    plover: str = Field(pattern=r"^[A-Z]+$")
    mode: Optional[str] = None
    cameo: str = Field(pattern=r"^(0[1-9]|1[0-9]|20)$", description="CAMEO root code, two digits")
    cameo_code: str = Field(pattern=r"^\d{3,4}$", description="the finer CAMEO code the rule stands for")
    acled: tuple[str, Optional[str]] = Field(description="ACLED event_type and sub_event_type")
    note: str = ""

    @model_validator(mode="after")
    def _code_under_root(self):
        if not self.cameo_code.startswith(self.cameo):
            raise ValueError(f"cameo_code {self.cameo_code} is not under root {self.cameo}")
        return self


class Ontology(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    doc: str = Field("", alias="_doc")
    version: str
    rules: list[Rule]

    @model_validator(mode="after")
    def _fallback_per_type(self):
        for rtype in RECORD_TYPES:
            own = [r for r in self.rules if r.record_type == rtype]
            if not own or own[-1].when != Condition():
                raise ValueError(f"record type {rtype!r} needs an unconditional last rule")
        acled: dict = {}
        for r in self.rules:  # an event's codes must determine its ACLED class
            if acled.setdefault((r.record_type, r.plover, r.mode, r.cameo), r.acled) != r.acled:
                raise ValueError(f"rules with codes {r.record_type}/{r.plover}/{r.mode}/{r.cameo} disagree on acled")
        return self


@lru_cache(maxsize=1)
def load() -> Ontology:
    """The mapping table, read and validated once per process."""
    raw = resources.files("ukpeace.resources.ontology").joinpath("plover.json").read_text("utf-8")
    return Ontology.model_validate(json.loads(raw))


def _countries(actors) -> set:
    out = set()
    for a in actors or []:
        if a.country:
            out.add(a.country)
        elif a.id and a.id.startswith("country:"):
            out.add(a.id.split(":", 1)[1])
    return out


def venue(record) -> Optional[str]:
    """party_country / third_country for a meeting whose place and parties are known, else None."""
    loc = getattr(record, "location", None)
    parties = _countries(getattr(record, "parties", None))
    if loc is None or not loc.country or not parties:
        return None
    return "party_country" if loc.country in parties else "third_country"


def _holds(cond: Condition, record) -> bool:
    for key in _FIELD_KEYS:
        allowed = getattr(cond, key)
        if allowed is not None and getattr(record, key, None) not in allowed:
            return False
    weapons = set(getattr(record, "weapons", None) or [])
    if cond.weapons_any is not None and not weapons & set(cond.weapons_any):
        return False
    if cond.weapons_only is not None and not (weapons and weapons <= set(cond.weapons_only)):
        return False
    return cond.venue is None or venue(record) == cond.venue


@lru_cache(maxsize=1)
def _by_type() -> dict:
    out: dict = {}
    for i, rule in enumerate(load().rules):
        out.setdefault(rule.record_type, []).append((i, rule))
    return out


def rule_position(record) -> int:
    """Index in load().rules of the first rule of the record's type whose condition holds."""
    for i, rule in _by_type().get(record.type, ()):
        if _holds(rule.when, record):
            return i
    raise ValueError(f"no ontology rule for record type {record.type!r}")  # load() guarantees a fallback


def rule_for(record) -> Rule:
    """The first rule of the record's type whose condition holds."""
    return load().rules[rule_position(record)]


def code(record) -> tuple[Plover, str]:
    """(Plover(type, mode), CAMEO root code) of one record."""
    rule = rule_for(record)
    return Plover(type=rule.plover, mode=rule.mode), rule.cameo


def annotate(records: Iterable) -> list:
    """Set plover and cameo on every record (in place); returns the records as a list."""
    out = list(records)
    for rec in out:
        rec.plover, rec.cameo = code(rec)
    return out

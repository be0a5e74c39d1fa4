"""The pydantic contract of ukpeace.extract(): JSON Schema, table columns and docs derive from it.

Field names follow ../shared/CONTRACT.md and never change; fields beyond the contract
(ids, offsets, codes, coordinates, confidence details) are additions.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

Qualifier = Literal["exact", "approx", "at_least", "at_most", "more_than", "up_to"]
Granularity = Literal["day", "week", "month", "year", "range", "part_of_month", "season", "time", "unknown"]
Precision = Literal["point", "city", "region", "country", "continent", "water", "facility"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(_Model):
    """A stretch of the original input: text[start:end] == text."""
    start: int
    end: int
    text: str


class NoiseSpan(Span):
    reason: str = Field(description="why the span is corrupt: foreign_filler, repeated_chars, repeated_words, "
                                    "mojibake, markup, doubled_punctuation, control_chars, replacement_chars; "
                                    "for chrome: byline, related, share, ads, jobs, cookie, comments, ui_english")
    kind: Literal["noise", "chrome"] = "noise"


class TimeSpan(_Model):
    text: str
    start: Optional[dt.date] = None
    end: Optional[dt.date] = None
    granularity: Granularity = "unknown"
    relative: bool = Field(False, description="resolved against the publication date")


class Amount(_Model):
    value: float
    currency: str = Field(description="ISO 4217 code")
    qualifier: Qualifier = "exact"
    text: str


class Quantity(_Model):
    value: float
    unit: Optional[str] = None
    qualifier: Qualifier = "exact"
    text: str = ""


class Entity(_Model):
    text: str
    label: str = Field(description="coarse label: PERSON, ORG, GPE, LOC, FAC, EVENT, NORP, DATE, TIME, "
                                   "MONEY, QUANTITY, PERCENT, TITLE, ...")
    start: int
    end: int
    canonical: Optional[str] = Field(None, description="English Wikipedia title, null when unknown")
    kind: Optional[str] = Field(None, description="person, country, city, region, org, bloc, ...")
    id: Optional[str] = Field(None, description="gazetteer id")
    source: str = Field("ginza", description="gazetteer, ginza, sudachi, rule")
    nested: bool = Field(False, description="inside a longer entity (日本 in 日本銀行): skip for flat NER")
    ginza_label: Optional[str] = None
    role: Optional[str] = None
    country: Optional[str] = Field(None, description="ISO 3166-1 alpha-2 (or bloc id) of the place or affiliation")
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonames_id: Optional[int] = None
    precision: Optional[Precision] = None
    value: Optional[Union[TimeSpan, Amount, Quantity]] = None


class Actor(_Model):
    text: str
    canonical: Optional[str] = None
    kind: str = "other"
    id: Optional[str] = None
    role: Optional[str] = None
    country: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None


class Place(_Model):
    text: str
    canonical: Optional[str] = None
    kind: Optional[str] = None
    id: Optional[str] = None
    country: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonames_id: Optional[int] = None
    precision: Optional[Precision] = None
    start: Optional[int] = None
    end: Optional[int] = None


class Casualties(_Model):
    killed: Optional[int] = None
    injured: Optional[int] = None


class Impact(_Model):
    value: float
    unit: Optional[str] = None
    qualifier: Qualifier = "exact"
    what: str
    text: str = ""


class Plover(_Model):
    """PLOVER event type and mode of a record (see docs/ontology.md for the mapping table)."""
    type: str = Field(description="PLOVER event type: CONSULT, AGREE, AID, ASSAULT, ...")
    mode: Optional[str] = Field(None, description="PLOVER mode, e.g. telephone, aerial, shelling")


class _Record(_Model):
    id: str = Field("", description="stable id: hash of doc_id, type and first evidence span")
    evidence: list[Span] = Field(default_factory=list)
    confidence: float = Field(0.5, ge=0.0, le=1.0)
    confidence_raw: Optional[float] = Field(None, ge=0.0, le=1.0, description="the rule's score before calibration "
                                                                           "(docs/confidence.md)")
    rule: Optional[str] = Field(None, description="which rule or pattern made the record")
    plover: Optional[Plover] = None
    cameo: Optional[str] = Field(None, description="nearest CAMEO root code")


class Meeting(_Record):
    type: Literal["meeting"] = "meeting"
    name: Optional[str] = None
    location: Optional[Place] = None
    date: Optional[TimeSpan] = None
    status: Literal["held", "planned", "ongoing", "cancelled"] = "held"
    mode: Literal["in_person", "phone", "video"] = "in_person"
    participants: list[Actor] = Field(default_factory=list)
    parties: list[Actor] = Field(default_factory=list)


class Proposal(_Record):
    type: Literal["proposal"] = "proposal"
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: Literal["peace_plan", "ceasefire", "institution", "security_guarantee",
                  "economic_plan", "territorial", "other"] = "other"
    points: Optional[int] = None
    proposer: list[Actor] = Field(default_factory=list)
    revises: Optional[str] = None
    status: Optional[Literal["proposed", "under_discussion", "agreed", "signed", "rejected"]] = None
    date: Optional[TimeSpan] = None


class Money(_Record):
    type: Literal["money"] = "money"
    amount: Amount
    period_years: Optional[float] = None
    purpose: Optional[Literal["reconstruction", "military_aid", "budget_support", "investment",
                              "damage_estimate", "loan", "other"]] = None
    instruments: list[str] = Field(default_factory=list)
    recipient: list[Actor] = Field(default_factory=list)
    donor: list[Actor] = Field(default_factory=list)


class Attack(_Record):
    type: Literal["attack"] = "attack"
    attacker: list[Actor] = Field(default_factory=list)
    target: Optional[Literal["energy", "civilian", "military", "infrastructure", "city", "other"]] = None
    count: Optional[int] = None
    weapons: list[str] = Field(default_factory=list)
    locations: list[Place] = Field(default_factory=list)
    date: Optional[TimeSpan] = None
    casualties: Casualties = Field(default_factory=Casualties)
    impacts: list[Impact] = Field(default_factory=list)


Record = Annotated[Union[Meeting, Proposal, Money, Attack], Field(discriminator="type")]
RECORD_TYPES = {"meeting": Meeting, "proposal": Proposal, "money": Money, "attack": Attack}


class Quality(_Model):
    noise_spans: list[NoiseSpan] = Field(default_factory=list)
    chrome_spans: list[NoiseSpan] = Field(default_factory=list,
                                          description="page furniture (kind chrome): bylines, related links, "
                                                      "share labels, ads, cookie notices; no record draws on them")
    noise_ratio: float = Field(0.0, description="share of characters inside noise spans")
    score: float = Field(1.0, ge=0.0, le=1.0, description="1 - noise_ratio, lowered for replacement/control chars")
    flags: list[str] = Field(default_factory=list, description="document-level warnings")


class Source(_Model):
    """Metadata of the page an Extraction came from (extract_html)."""
    url: Optional[str] = None
    title: Optional[str] = None
    site: Optional[str] = None
    author: Optional[str] = None
    encoding: Optional[str] = Field(None, description="the encoding the input bytes were decoded from")


class Provenance(_Model):
    """Versions that made a result, for citing a dataset."""
    ukpeace: Optional[str] = None
    ginza: Optional[str] = None
    model: Optional[str] = None
    gazetteer: Optional[str] = None
    profile: Optional[str] = None


class Extraction(_Model):
    doc_id: Optional[str] = None
    published: Optional[dt.date] = None
    published_source: Optional[Literal["given", "dateline", "html"]] = None
    text: Optional[str] = Field(None, description="the text offsets refer to, when the input was HTML")
    source: Optional[Source] = None
    provenance: Optional[Provenance] = None
    status: Literal["ok", "empty", "error"] = "ok"
    error: Optional[str] = None
    profile: str = "full"
    chars: int = 0
    entities: list[Entity] = Field(default_factory=list)
    records: list[Record] = Field(default_factory=list)
    quality: Quality = Field(default_factory=Quality)

    def _repr_html_(self) -> str:
        """Jupyter's rich view: the article with evidence highlighted and the records as tables."""
        from .render import render

        return render(self, page=False)

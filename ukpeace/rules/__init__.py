"""Record rules, one module per record type, all reading the same DocView."""
from __future__ import annotations

from . import attack, meeting, money, proposal
from .common import DocView

RULES = (meeting, proposal, money, attack)


def extract_records(text, clean, entities, published, noise=()) -> list:
    """Run every record rule; drop any record whose evidence lies inside a noise span."""
    view = DocView.build(text, clean, published, entities)
    records = []
    for rule in RULES:
        records.extend(rule.extract(view))
    spans = [(n.start, n.end) for n in noise]
    return [r for r in records
            if not any(s <= ev.start and ev.end <= e for ev in r.evidence for s, e in spans)]

"""Record rules, one module per record type, all reading the same DocView."""
from __future__ import annotations

import bisect

from . import attack, meeting, money, proposal
from .common import DocView

RULES = (meeting, proposal, money, attack)


def extract_records(text, clean, entities, published, noise=(), phrases=()) -> list:
    """Run every record rule; drop any record whose evidence lies inside a noise span. ``phrases`` are the
    document's bunsetu phrases in the full profile (ukpeace.syntax), empty in the fast profile."""
    view = DocView.build(text, clean, published, entities, phrases)
    records = []
    for rule in RULES:
        records.extend(rule.extract(view))
    spans = sorted((n.start, n.end) for n in noise)
    starts = [s for s, _ in spans]

    def in_noise(ev) -> bool:
        i = bisect.bisect_right(starts, ev.start) - 1
        return i >= 0 and spans[i][1] >= ev.end

    return [r for r in records if not any(in_noise(ev) for ev in r.evidence)]

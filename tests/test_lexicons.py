"""The rules' lexicons are typed: a misspelt key or an unknown value fails when the lexicon is loaded,
not silently inside a rule. (Kept apart from the rule tests, which must all fail when a rule breaks:
bench/break_rules.py.)"""
from __future__ import annotations

import pytest


def test_meeting_lexicon_is_typed():
    from pydantic import ValidationError

    from ukpeace.resources import lexicon
    from ukpeace.rules.meeting import MeetingLexicon

    good = lexicon("meeting")
    MeetingLexicon.model_validate(good)
    bad = {k: v for k, v in good.items() if k != "gathering_verbs"}
    with pytest.raises(ValidationError):
        MeetingLexicon.model_validate({**bad, "gathering_verb": ["開く"]})


def test_money_lexicon_is_typed():
    """A purpose the Money record does not know, or a misspelt key, fails at load."""
    from pydantic import ValidationError

    from ukpeace.resources import lexicon
    from ukpeace.rules.money import MoneyLexicon

    good = lexicon("money")
    MoneyLexicon.model_validate(good)
    with pytest.raises(ValidationError):
        MoneyLexicon.model_validate({**good, "purpose": [["humanitarian", ["人道"]]]})
    with pytest.raises(ValidationError):
        MoneyLexicon.model_validate({**good, "donor_verb": ["拠出"]})


def test_lexicon_is_typed_and_a_misspelt_key_fails():
    import json
    from importlib import resources

    from pydantic import ValidationError

    from ukpeace.rules.proposal import ProposalLexicon

    raw = json.loads(resources.files("ukpeace.resources").joinpath("lexicons", "proposal.json").read_text("utf-8"))
    raw["doc"] = raw.pop("_doc", "")
    ProposalLexicon.model_validate(raw)
    raw["headz"] = raw.pop("heads")
    with pytest.raises(ValidationError):
        ProposalLexicon.model_validate(raw)

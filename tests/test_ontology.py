"""PLOVER type/mode and CAMEO root code from the mapping table: one test per record type and mode class."""
from __future__ import annotations

import copy
import json
import pathlib

import pytest
from pydantic import ValidationError

import ukpeace
from ukpeace import ontology
from ukpeace.models import Actor, Amount, Attack, Meeting, Money, Place, Proposal

ROOT = pathlib.Path(__file__).resolve().parents[1]
TABLE = ROOT / "ukpeace" / "resources" / "ontology" / "plover.json"
DOC = ROOT / "docs" / "ontology.md"


def _country(code: str) -> Actor:
    return Actor(text=code, canonical=code, kind="country", id=f"country:{code}", country=code)


def _place(name: str, country: str, precision: str = "city") -> Place:
    return Place(text=name, canonical=name, country=country, precision=precision)


def codes(record) -> tuple:
    plover, cameo = ontology.code(record)
    return plover.type, plover.mode, cameo


# ---------- meetings: consult modes ----------
def test_telephone_consult_differs_from_in_person():
    call = Meeting(mode="phone", parties=[_country("US"), _country("RU")])
    talks = Meeting(mode="in_person", parties=[_country("US"), _country("RU")])
    assert codes(call) == ("CONSULT", "phone", "04")
    assert codes(talks)[0] == "CONSULT" and codes(talks)[1] != "phone"


def test_video_consult():
    assert codes(Meeting(mode="video")) == ("CONSULT", "video", "04")


def test_in_person_consult_mode_follows_the_venue():
    parties = [_country("US"), _country("UA")]
    geneva = Meeting(mode="in_person", parties=parties, location=_place("Geneva", "CH"))
    kyiv = Meeting(mode="in_person", parties=parties, location=_place("Kyiv", "UA"))
    unknown = Meeting(mode="in_person", parties=parties)
    assert codes(geneva) == ("CONSULT", "third-party", "04")
    assert codes(kyiv) == ("CONSULT", "visit", "04")
    assert codes(unknown) == ("CONSULT", "in-person", "04")


def test_planned_and_cancelled_meetings_are_not_consults():
    assert codes(Meeting(status="planned")) == ("AGREE", "meet", "03")
    assert codes(Meeting(status="cancelled")) == ("REJECT", "meet", "12")


# ---------- proposals ----------
def test_proposal_status_classes():
    assert codes(Proposal(name="和平案", status="proposed")) == ("AGREE", "propose", "03")
    assert codes(Proposal(name="和平案")) == ("AGREE", "propose", "03")
    assert codes(Proposal(name="合意文書", status="signed")) == ("AGREE", "signed", "05")
    assert codes(Proposal(name="枠組み", status="agreed")) == ("AGREE", "agreed", "05")
    assert codes(Proposal(name="和平案", status="rejected")) == ("REJECT", None, "12")


def test_agreed_ceasefire_is_a_retreat_but_a_proposed_one_is_not():
    assert codes(Proposal(name="停戦", kind="ceasefire", status="agreed")) == ("RETREAT", "ceasefire", "08")
    assert codes(Proposal(name="停戦", kind="ceasefire", status="proposed"))[0] == "AGREE"


# ---------- money ----------
def _money(purpose):
    return Money(amount=Amount(value=1e9, currency="USD", text="10億ドル"), purpose=purpose)


def test_money_purpose_classes():
    assert codes(_money("military_aid")) == ("AID", "military", "07")
    for purpose in ("reconstruction", "budget_support", "loan"):
        assert codes(_money(purpose)) == ("AID", "economic", "07")
    assert codes(_money("investment")) == ("COOPERATE", "economic", "06")
    assert codes(_money("damage_estimate")) == ("INVESTIGATE", "assessment", "09")
    assert codes(_money(None)) == ("AID", None, "07")


# ---------- attacks: assault modes ----------
def test_air_and_drone_assault_differ_from_shelling():
    drone = codes(Attack(weapons=["drone"]))
    missile = codes(Attack(weapons=["missile", "drone"]))
    bombs = codes(Attack(weapons=["bomb"]))
    shelling = codes(Attack(weapons=["artillery"]))
    assert drone == ("ASSAULT", "drone", "19")
    assert missile == ("ASSAULT", "missile", "19")
    assert bombs == ("ASSAULT", "aerial", "19")
    assert shelling == ("ASSAULT", "heavy-weapons", "19")
    assert len({drone[1], missile[1], bombs[1], shelling[1]}) == 4


def test_attack_without_weapon_has_no_mode():
    assert codes(Attack()) == ("ASSAULT", None, "19")


# ---------- the table ----------
def test_annotate_sets_codes_in_place():
    recs = [Meeting(mode="phone"), _money("loan")]
    out = ontology.annotate(recs)
    assert out == recs
    assert [(r.plover.type, r.plover.mode, r.cameo) for r in recs] == [("CONSULT", "phone", "04"),
                                                                       ("AID", "economic", "07")]


def _raw() -> dict:
    return json.loads(TABLE.read_text("utf-8"))


def test_table_without_a_fallback_is_rejected():
    raw = _raw()
    raw["rules"] = [r for r in raw["rules"] if not (r["record_type"] == "money" and not r["when"])]
    with pytest.raises(ValidationError, match="unconditional last rule"):
        ontology.Ontology.model_validate(raw)


@pytest.mark.parametrize("change", [{"cameo": "4"}, {"cameo_code": "0719"}, {"plover": "consult"},
                                    {"when": {"colour": ["red"]}}])
def test_malformed_rules_are_rejected(change):
    raw = _raw()
    raw["rules"][0] = {**copy.deepcopy(raw["rules"][0]), **change}
    with pytest.raises(ValidationError):
        ontology.Ontology.model_validate(raw)


def test_every_rule_is_documented():
    doc = DOC.read_text("utf-8")
    for rule in ontology.load().rules:
        assert f"`{rule.cameo_code}`" in doc, rule


def test_every_extracted_record_carries_codes():
    text = ("2026年1月17日、ゼレンスキー大統領はキーウでトランプ大統領と会談した。米国は20項目の和平計画を提案した。"
            "ロシア軍は18日夜、ハルキウのエネルギー施設をミサイルと無人機で攻撃し、3人が死亡した。"
            "欧州連合はウクライナ復興のため約500億ユーロの支援を約束した。")
    res = ukpeace.extract(text, published="2026-01-19", profile="fast")
    assert {r.type for r in res.records} >= {"meeting", "attack", "money"}
    for rec in res.records:
        plover, cameo = ontology.code(rec)
        assert rec.plover == plover and rec.cameo == cameo
    dumped = res.model_dump(mode="json")["records"]
    assert all(r["plover"]["type"] and r["cameo"] for r in dumped)

"""Cross-document events: what merges, what stays apart, consensus and conflicts, ids, tables and the CLI."""
from __future__ import annotations

import datetime as dt
import json
import random

import pandas as pd
import pytest

import ukpeace
from ukpeace import cli
from ukpeace.events import (ACLED_COLUMNS, Event, acled_frame, clustering_scores, event_id, events, events_frame,
                            write_events)
from ukpeace.models import Actor, Amount, Attack, Casualties, Extraction, Meeting, Money, Place, Proposal, TimeSpan

KYIV = Place(text="キーウ", canonical="Kyiv", id="place:kyiv", kind="city", country="UA", lat=50.45, lon=30.52,
             precision="city")
KHARKIV = Place(text="ハルキウ", canonical="Kharkiv", id="place:kharkiv", kind="city", country="UA", precision="city")
GENEVA = Place(text="ジュネーブ", canonical="Geneva", id="place:geneva", kind="city", country="CH", precision="city")
RIYADH = Place(text="リヤド", canonical="Riyadh", id="place:riyadh", kind="city", country="SA", precision="city")


def person(name: str, country: str) -> Actor:
    return Actor(text=name, canonical=name, kind="person", id=f"person:{name.lower().replace(' ', '-')}",
                 country=country)


def country(code: str) -> Actor:
    return Actor(text=code, canonical={"RU": "Russia", "UA": "Ukraine", "US": "United States", "JP": "Japan",
                                       "DE": "Germany", "EU": "European Union"}.get(code, code),
                 kind="country", id=f"country:{code}", country=code)


UMEROV, WITKOFF, YERMAK = person("Rustem Umerov", "UA"), person("Steve Witkoff", "US"), person("Andriy Yermak", "UA")
TRUMP, PUTIN = person("Donald Trump", "US"), person("Vladimir Putin", "RU")


def day(d: str, granularity: str = "day") -> TimeSpan:
    return TimeSpan(text=d, start=dt.date.fromisoformat(d), end=dt.date.fromisoformat(d), granularity=granularity)


def doc(doc_id: str, published: str, *records) -> Extraction:
    for i, r in enumerate(records):
        r.id = f"{doc_id}-{r.type[:3]}-{i}"
    return Extraction(doc_id=doc_id, published=dt.date.fromisoformat(published), records=list(records))


def talks(d, *, place=GENEVA, people=(UMEROV, WITKOFF), name="協議", mode="in_person"):
    return Meeting(name=name, date=day(d) if d else None, location=place, participants=list(people),
                   parties=[country("UA"), country("US")], mode=mode)


def strike(d, killed=None, places=(KYIV,), attacker="RU", weapons=("missile", "drone")):
    return Attack(attacker=[country(attacker)], date=day(d) if d else None, locations=list(places),
                  weapons=list(weapons), target="civilian", casualties=Casualties(killed=killed))


def money(value, currency="EUR", donor="EU", purpose="loan"):
    return Money(amount=Amount(value=value, currency=currency, text=str(value)), purpose=purpose,
                 donor=[country(donor)] if donor else [], recipient=[country("UA")])


def grouping(evs: list[Event]) -> set:
    return {frozenset(e.record_ids) for e in evs}


def together(evs, *rids) -> bool:
    return any(set(rids) <= set(e.record_ids) for e in evs)


# ---------- meetings ----------
def test_one_meeting_told_by_three_outlets_is_one_event():
    docs = [doc("a", "2026-02-05", talks("2026-02-04")),
            doc("b", "2026-02-05", talks("2026-02-04", people=(WITKOFF,))),
            doc("c", "2026-02-06", talks(None, place=None, people=(UMEROV, WITKOFF, YERMAK)))]
    evs = events(docs)
    assert len(evs) == 1
    e = evs[0]
    assert (e.type, e.n_sources, e.doc_ids) == ("meeting", 3, ["a", "b", "c"])
    assert e.first_reported == dt.date(2026, 2, 5) and e.last_reported == dt.date(2026, 2, 6)
    assert e.consensus["place"].value["name"] == "Geneva"
    assert e.consensus["date"].value["start"] == "2026-02-04"
    assert set(e.consensus["date"].support) == {"a-mee-0", "b-mee-0"}
    assert (e.plover.type, e.plover.mode, e.cameo) == ("CONSULT", "third-party", "04")


def test_rounds_of_talks_stay_apart():
    docs = [doc("a", "2026-02-05", talks("2026-02-04", name="2回目の協議")),
            doc("b", "2026-02-06", talks("2026-02-05", name="3回目の協議")),
            doc("c", "2026-02-06", talks("2026-02-04", name="第2回協議"))]
    evs = events(docs)
    assert together(evs, "a-mee-0", "c-mee-0")
    assert not together(evs, "a-mee-0", "b-mee-0")


def test_talks_a_week_apart_or_in_other_cities_stay_apart():
    docs = [doc("a", "2026-02-05", talks("2026-02-04")),
            doc("b", "2026-02-12", talks("2026-02-11")),
            doc("c", "2026-02-05", talks("2026-02-04", place=RIYADH))]
    assert len(events(docs)) == 3


def test_phone_call_and_meeting_of_the_same_pair_stay_apart():
    docs = [doc("a", "2026-03-18", talks("2026-03-18", place=None, people=(TRUMP, PUTIN), mode="phone")),
            doc("b", "2026-03-19", talks("2026-03-18", place=None, people=(TRUMP, PUTIN), mode="in_person")),
            doc("c", "2026-03-19", talks("2026-03-18", place=None, people=(PUTIN, TRUMP), mode="phone"))]
    evs = events(docs)
    assert together(evs, "a-mee-0", "c-mee-0") and len(evs) == 2
    modes = {e.plover.mode for e in evs}
    assert "phone" in modes and len(modes) == 2


def test_records_of_one_document_are_never_merged():
    evs = events([doc("a", "2026-02-05", talks("2026-02-04"), talks("2026-02-04", people=(WITKOFF,)))])
    assert len(evs) == 2


# ---------- proposals ----------
def test_the_20_point_revision_is_not_the_28_point_plan():
    docs = [doc("a", "2025-11-21", Proposal(name="28項目の和平計画", points=28, kind="peace_plan",
                                           proposer=[country("US")])),
            doc("b", "2025-11-22", Proposal(name="28項目の和平案", points=28, kind="peace_plan")),
            doc("c", "2025-12-02", Proposal(name="20項目の和平計画", points=20, kind="peace_plan",
                                           revises="28項目の和平計画"))]
    evs = events(docs)
    assert together(evs, "a-pro-0", "b-pro-0")
    assert not together(evs, "a-pro-0", "c-pro-0")


def test_a_plan_named_in_other_words_merges_but_a_different_body_does_not():
    docs = [doc("a", "2026-01-10", Proposal(name="多国籍安定化部隊", kind="security_guarantee")),
            doc("b", "2026-01-12", Proposal(name="多国籍の安定化部隊", kind="security_guarantee")),
            doc("c", "2026-01-12", Proposal(name="停戦監視メカニズム", kind="security_guarantee"))]
    evs = events(docs)
    assert together(evs, "a-pro-0", "b-pro-0") and len(evs) == 2


# ---------- money ----------
def test_a_sum_restated_in_yen_is_the_same_money():
    docs = [doc("a", "2025-12-19", money(90e9)),
            doc("b", "2025-12-19", money(14.6e12, currency="JPY")),
            doc("c", "2025-12-20", money(90e9, donor=None))]
    evs = events(docs)
    assert len(evs) == 1
    amount = evs[0].consensus["amount"]
    assert amount.value == {"value": 90e9, "currency": "EUR"}
    assert not evs[0].conflicts  # a restatement is not a disagreement


def test_a_tranche_differs_from_its_facility_and_donors_matter():
    docs = [doc("a", "2025-12-19", money(90e9)),
            doc("b", "2025-12-20", money(45e9)),
            doc("c", "2025-12-20", money(90e9, donor="JP")),
            doc("d", "2025-12-21", money(90e9))]
    evs = events(docs)
    assert together(evs, "a-mon-0", "d-mon-0")
    assert not together(evs, "a-mon-0", "b-mon-0") and not together(evs, "a-mon-0", "c-mon-0")


# ---------- attacks ----------
def test_one_strike_with_two_death_tolls_keeps_the_conflict():
    docs = [doc("a", "2026-01-10", strike("2026-01-09", killed=4)),
            doc("b", "2026-01-10", strike("2026-01-10", killed=4, places=(KYIV, KHARKIV))),
            doc("c", "2026-01-11", strike("2026-01-09", killed=6))]
    evs = events(docs)
    assert len(evs) == 1
    e = evs[0]
    (conflict,) = [c for c in e.conflicts if c.field == "killed"]
    values = {v.value: v.doc_ids for v in conflict.values}
    assert values == {4: ["a", "b"], 6: ["c"]}
    assert e.consensus["killed"].value == 4 and set(e.consensus["killed"].support) == {"a-att-0", "b-att-0"}
    assert e.consensus["casualties"].value == {"killed": 4, "injured": None}
    row = acled_frame(evs).iloc[0]
    assert row["fatalities"] == 4 and "killed" in row["notes"] and "c" in row["notes"]


def test_strikes_on_other_nights_places_or_by_the_other_side_stay_apart():
    docs = [doc("a", "2026-01-10", strike("2026-01-09")),
            doc("b", "2026-01-14", strike("2026-01-13")),
            doc("c", "2026-01-10", strike("2026-01-09", places=(RIYADH,))),
            doc("d", "2026-01-10", strike("2026-01-09", attacker="UA"))]
    assert len(events(docs)) == 4


def test_disagreeing_dates_are_a_conflict_not_an_average():
    docs = [doc("a", "2026-01-10", talks("2026-01-08")), doc("b", "2026-01-10", talks("2026-01-09"))]
    (e,) = events(docs)
    (c,) = [c for c in e.conflicts if c.field == "date"]
    assert sorted(v.value["start"] for v in c.values) == ["2026-01-08", "2026-01-09"]
    assert e.consensus["date"].value["start"] in ("2026-01-08", "2026-01-09")


# ---------- ids and inputs ----------
def _corpus() -> list[Extraction]:
    return [doc("a", "2026-02-05", talks("2026-02-04"), strike("2026-02-04", killed=3), money(5e9, "USD", "US")),
            doc("b", "2026-02-05", talks("2026-02-04", people=(WITKOFF,)), strike("2026-02-04", killed=5)),
            doc("c", "2026-02-06", money(5e9, "USD", "US"), Proposal(name="20項目の和平計画", points=20)),
            doc("d", "2026-02-07", Proposal(name="20項目和平計画", points=20), talks("2026-02-06", place=RIYADH))]


def test_ids_are_stable_across_runs_and_input_order():
    first = events(_corpus())
    shuffled = _corpus()
    random.Random(7).shuffle(shuffled)
    second = events(shuffled)
    assert [e.event_id for e in first] == [e.event_id for e in second]
    assert [e.model_dump() for e in first] == [e.model_dump() for e in second]
    assert all(e.event_id == event_id(e.record_ids) for e in first)


def test_dumped_dicts_work_and_failed_documents_are_skipped():
    dumped = [x.model_dump(mode="json") for x in _corpus()]
    dumped.append(Extraction(doc_id="broken", status="error", error="ValueError: x").model_dump(mode="json"))
    assert grouping(events(dumped)) == grouping(events(_corpus()))
    assert ukpeace.events(_corpus())[0].event_id == events(_corpus())[0].event_id


def test_wrong_input_is_a_clear_error():
    with pytest.raises(TypeError, match="Extractions"):
        events(["not an extraction"])


# ---------- tables ----------
def test_timeline_is_ordered_by_date():
    tl = ukpeace.timeline(events(_corpus()))
    assert list(tl["date"]) == sorted(tl["date"])
    assert set(tl["type"]) == {"meeting", "attack", "money", "proposal"}
    assert tl["n_sources"].max() == 2


def test_acled_table_has_acled_columns_and_codes():
    df = acled_frame(events(_corpus()))
    assert tuple(df.columns) == ACLED_COLUMNS
    attack = df[df["event_type"] == "Explosions/Remote violence"].iloc[0]
    assert attack["sub_event_type"] == "Shelling/artillery/missile attack"
    assert attack["location"] == "Kyiv" and attack["country"] == "Ukraine" and attack["geo_precision"] == 1
    assert attack["time_precision"] == 1 and attack["sources"] == "a; b"
    assert attack["latitude"] == pytest.approx(50.45)


@pytest.mark.parametrize("suffix", [".parquet", ".csv", ".jsonl"])
def test_write_events_round_trip(tmp_path, suffix):
    evs = events(_corpus())
    path = tmp_path / f"events{suffix}"
    write_events(evs, path)
    if suffix == ".jsonl":
        back = [Event.model_validate_json(line) for line in path.read_text("utf-8").splitlines()]
        assert back == evs
        return
    df = pd.read_parquet(path) if suffix == ".parquet" else pd.read_csv(path)
    assert list(df["event_id"]) == [e.event_id for e in evs]
    assert len(df) == len(events_frame(evs))


# ---------- scoring ----------
def test_clustering_scores_by_hand():
    truth = {"a": 1, "b": 1, "c": 1, "d": 2}
    pred = {"a": "x", "b": "x", "c": "y", "d": "y", "e": "z"}  # e has no gold: not scored
    s = clustering_scores(truth, pred)
    assert s["n"] == 4
    assert s["pairwise_P"] == pytest.approx(1 / 2) and s["pairwise_R"] == pytest.approx(1 / 3)
    # B-cubed: precision a,b 1; c,d 1/2 -> 0.75; recall a,b 2/3; c 1/3; d 1 -> 2/3
    assert s["bcubed_P"] == pytest.approx(0.75) and s["bcubed_R"] == pytest.approx(2 / 3)
    perfect = clustering_scores(truth, {k: str(v) for k, v in truth.items()})
    assert perfect["bcubed_F1"] == 1.0 and perfect["pairwise_F1"] == 1.0


# ---------- CLI ----------
ARTICLES = {
    "p1": "2026年2月5日\nロシア軍は4日夜、キーウをミサイルと無人機で攻撃し、市当局によると3人が死亡した。",
    "p2": "2026年2月5日\nロシア軍は4日夜から5日未明にかけてキーウをミサイルで攻撃した。5人が死亡したという。",
    "p3": "2026年2月6日\n欧州連合は5日、ウクライナに900億ユーロを融資することで合意した。",
}


def test_cli_events_over_the_extract_output_folder(tmp_path):
    src = tmp_path / "articles"
    src.mkdir()
    for name, text in ARTICLES.items():
        (src / f"{name}.txt").write_text(text, "utf-8")
    out = tmp_path / "out"
    assert cli.main(["extract", str(src), "-o", str(out), "--profile", "fast", "-q"]) == 0
    assert cli.main(["events", str(out), "-o", str(tmp_path / "events.parquet"), "-q"]) == 0
    df = pd.read_parquet(tmp_path / "events.parquet")
    journal = [json.loads(line) for line in (out / "extractions.jsonl").read_text("utf-8").splitlines()]
    rids = {r["id"] for doc_ in journal for r in doc_["records"]}
    assert {rid for ids in df["record_ids"] for rid in ids} == rids
    assert set(df.columns) >= set(ACLED_COLUMNS)
    assert cli.main(["events", str(out / "extractions.jsonl"), "-o", str(tmp_path / "e.csv"), "-q"]) == 0
    assert len(pd.read_csv(tmp_path / "e.csv")) == len(df)


def test_cli_events_over_a_folder_of_articles_extracts_them_first(tmp_path):
    src = tmp_path / "articles"
    src.mkdir()
    for name, text in ARTICLES.items():
        (src / f"{name}.txt").write_text(text, "utf-8")
    out = tmp_path / "out"
    assert cli.main(["extract", str(src), "-o", str(out), "--profile", "fast", "-q"]) == 0
    assert cli.main(["events", str(out), "-o", str(tmp_path / "via_output.csv"), "-q"]) == 0
    assert cli.main(["events", str(src), "--profile", "fast", "-o", str(tmp_path / "direct.csv"), "-q"]) == 0
    direct, via_output = pd.read_csv(tmp_path / "direct.csv"), pd.read_csv(tmp_path / "via_output.csv")
    assert len(direct) > 0
    assert sorted(direct["event_id"]) == sorted(via_output["event_id"])


def test_cli_events_refuses_tables_without_records(tmp_path, capsys):
    (tmp_path / "meetings.parquet").write_bytes(b"")
    with pytest.raises(SystemExit) as exc:
        cli.main(["events", str(tmp_path), "-o", str(tmp_path / "e.parquet")])
    assert exc.value.code == 2
    assert "extractions.jsonl" in capsys.readouterr().err

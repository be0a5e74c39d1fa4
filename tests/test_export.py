"""extract_many over mixed input, and every export format read back with its columns and row counts.

The helpers at the top (DOCS, extractions) are plain functions, reused by test_cli and test_dask
(conftest.py belongs to the lead).
"""
from __future__ import annotations

import datetime as dt
import pathlib
from functools import lru_cache

import pandas as pd
import pyarrow.parquet as pq
import pytest

import ukpeace
from ukpeace import export
from ukpeace.api import record_id
from ukpeace.models import (RECORD_TYPES, Actor, Amount, Attack, Casualties, Entity, Extraction, Impact, Meeting,
                            Money, Place, Span, TimeSpan)

DEV = pathlib.Path(__file__).resolve().parents[1] / "data" / "dev"
DEV_STEMS = ("d-05", "d-08", "d-09", "d-10")  # four short articles with all four record types between them
FALLBACK = {
    "t-1": "2026年1月17日、ゼレンスキー大統領はキーウでトランプ大統領と会談した。米国は20項目の和平計画を提案した。",
    "t-2": "ロシア軍は18日夜、ハルキウのエネルギー施設をミサイルと無人機で攻撃し、3人が死亡した。",
    "t-3": "欧州連合はウクライナ復興のため約500億ユーロの支援を約束した。",
}


def docs() -> dict[str, str]:
    """doc_id → text: the dev articles in data/dev, else short written ones."""
    if all((DEV / f"{s}.txt").exists() for s in DEV_STEMS):
        return {s: (DEV / f"{s}.txt").read_text("utf-8") for s in DEV_STEMS}
    return dict(FALLBACK)


def items() -> list[dict]:
    return [{"text": t, "doc_id": d, "published": "2026-02-06"} for d, t in docs().items()]


@lru_cache(maxsize=None)
def _extractions(profile: str) -> tuple[Extraction, ...]:
    return tuple(ukpeace.extract_many(items(), profile=profile))


def extractions(profile: str = "fast") -> list[Extraction]:
    """The documents through extract_many, once per test session and profile."""
    return list(_extractions(profile))


def record_keys(results) -> list[tuple[str, str, str]]:
    return [(r.doc_id, rec.type, rec.id) for r in results for rec in r.records]


# ---------- extract_many ----------
def test_extract_many_keeps_order_and_reports_bad_items_in_place():
    good = items()
    mixed = [good[0], 12345, good[1], {"doc_id": "bytes", "text": bytes(range(256)) * 4}, {"doc_id": "no-text"},
             {"doc_id": "empty", "text": "  "}, good[2]]
    out = list(ukpeace.extract_many(mixed, profile="fast", batch_size=2))
    assert len(out) == len(mixed)
    assert [r.status for r in out] == ["ok", "error", "ok", "error", "error", "empty", "ok"]
    assert [r.doc_id for r in out] == [good[0]["doc_id"], None, good[1]["doc_id"], "bytes", "no-text", "empty",
                                       good[2]["doc_id"]]
    assert "int" in out[1].error and "cannot detect the encoding" in out[3].error
    assert all(r.error is None for r in out if r.status == "ok")
    # the good documents give the same result as when run on their own
    alone = {r.doc_id: r for r in extractions()}
    for r in (out[0], out[2], out[6]):
        assert record_keys([r]) == record_keys([alone[r.doc_id]])


def test_record_ids_are_stable_hashes_of_doc_type_and_first_evidence():
    results = extractions()
    assert sum(len(r.records) for r in results) > 0, [r.error for r in results]
    keys = record_keys(results)
    assert len({k[2] for k in keys}) == len(keys), "record ids must be unique"
    for r in results:
        for rec in r.records:
            ev = rec.evidence[0]
            assert rec.id == record_id(r.doc_id, rec.type, ev.start, ev.end)
    assert record_keys(ukpeace.extract_many(items(), profile="fast")) == keys


# ---------- frames ----------
def _meeting_doc() -> Extraction:
    """A hand-made result covering every flattening rule, independent of the extractor."""
    meeting = Meeting(id="mee-1", evidence=[Span(start=0, end=4, text="会談した"), Span(start=9, end=11, text="協議")],
                      confidence=0.8, location=Place(text="マイアミ", canonical="Miami", country="US", lat=25.77,
                                                     lon=-80.19, geonames_id=4164138),
                      date=TimeSpan(text="17日", start=dt.date(2026, 1, 17), end=dt.date(2026, 1, 17),
                                    granularity="day"),
                      participants=[Actor(text="トランプ", canonical="Donald Trump", kind="person", id="P1"),
                                    Actor(text="アラハミア", kind="person")],
                      parties=[Actor(text="米国", canonical="United States", kind="country", id="US")])
    money = Money(id="mon-1", amount=Amount(value=8e11, currency="USD", qualifier="approx", text="約8000億ドル"),
                  period_years=10, instruments=["loan", "grant"])
    attack = Attack(id="att-1", weapons=["drone"], casualties=Casualties(killed=3),
                    impacts=[Impact(value=2e5, unit="household", qualifier="more_than", what="without power")])
    ent = Entity(text="約8000億ドル", label="MONEY", start=20, end=27, value=money.amount)
    return Extraction(doc_id="hand", published=dt.date(2026, 1, 19), records=[meeting, money, attack],
                      entities=[ent])


def test_flattening_follows_the_models():
    doc = _meeting_doc()
    m = export.records_frame([doc], "meeting").iloc[0]
    assert (m.doc_id, m.record_id, m.confidence) == ("hand", "mee-1", 0.8)
    assert (m.evidence_start, m.evidence_end, m.evidence_text) == (0, 4, "会談した")
    assert [s["text"] for s in m.evidence_spans] == ["会談した", "協議"]
    assert (m.location_canonical, m.location_country, m.location_geonames_id) == ("Miami", "US", 4164138)
    assert (m.location_lat, m.location_lon) == (25.77, -80.19)
    assert m.date_start == pd.Timestamp("2026-01-17") and m.date_granularity == "day"
    assert m.participants == ["Donald Trump", "アラハミア"]  # surface text where no canonical name is known
    assert m.participants_ids == ["P1", None]               # positions stay aligned with the names
    assert m.parties == ["United States"]
    mo = export.records_frame([doc], "money").iloc[0]
    assert (mo.amount_value, mo.amount_currency, mo.amount_qualifier, mo.period_years) == (8e11, "USD", "approx", 10)
    assert list(mo.instruments) == ["loan", "grant"]
    a = export.records_frame([doc], "attack").iloc[0]
    assert (a.casualties_killed, pd.isna(a.casualties_injured)) == (3, True)
    assert a.impacts[0]["what"] == "without power" and a.impacts[0]["value"] == 2e5
    e = export.entities_frame([doc]).iloc[0]
    assert (e.value_value, e.value_currency) == (8e11, "USD")


def test_columns_come_from_the_models_and_do_not_depend_on_data():
    for rtype, cls in RECORD_TYPES.items():
        empty = export.records_frame([], rtype)
        full = export.records_frame(extractions() + [_meeting_doc()], rtype)
        assert list(empty.columns) == list(full.columns)
        assert empty.dtypes.to_dict() == full.dtypes.to_dict()
        assert {"doc_id", "published", "record_id", "confidence", "evidence_start", "evidence_end",
                "evidence_text", "evidence_spans"} <= set(empty.columns)
        # every scalar field of the model is a column of its own
        for name, field in cls.model_fields.items():
            scalar = name != "id" and field.annotation in (str, int, float)
            if scalar or name in ("status", "kind", "purpose", "target"):
                assert name in empty.columns, (rtype, name)
    assert {"amount_value", "amount_currency", "amount_qualifier"} <= set(export.records_frame([], "money"))
    assert {"participants", "participants_ids", "location_lat", "date_end"} <= set(export.records_frame([], "meeting"))


def test_frames_count_what_the_results_hold():
    results = extractions()
    for rtype in RECORD_TYPES:
        frame = export.records_frame(results, rtype)
        assert len(frame) == sum(1 for r in results for rec in r.records if rec.type == rtype)
        assert frame["record_id"].is_unique
    ents = export.entities_frame(results)
    assert len(ents) == sum(len(r.entities) for r in results)
    texts = docs()
    for row in ents.head(50).itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text
    documents = export.documents_frame(results)
    assert list(documents.doc_id) == list(texts)
    assert (documents.n_meetings + documents.n_proposals + documents.n_money + documents.n_attacks).tolist() == \
        [len(r.records) for r in results]
    assert {"status", "error", "chars", "quality_score", "noise_count"} <= set(documents.columns)


# ---------- files ----------
def _expected_rows(results) -> dict[str, int]:
    return {name: len(export.frame_for(name, results)) for name in export.TABLE_NAMES}


def test_parquet_tables_read_back_with_pandas_and_pyarrow(tmp_path):
    results = extractions() + [_meeting_doc()]
    paths = export.write_tables(results, tmp_path, fmt="parquet", chunk_size=2)  # several chunks per file
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{n}.parquet" for n in export.TABLE_NAMES)
    for name, n in _expected_rows(results).items():
        df = pd.read_parquet(paths[name])
        assert len(df) == n
        assert list(df.columns) == list(export.frame_for(name, []).columns)
        assert pq.read_table(paths[name]).schema.equals(export.table_schema(name), check_metadata=False)
    money = pd.read_parquet(paths["money"])
    assert list(money.loc[money.doc_id == "hand", "instruments"].iloc[0]) == ["loan", "grant"]
    assert str(pq.read_schema(paths["money"]).field("instruments").type) == "list<element: string>"


def test_empty_results_still_give_every_table_with_its_schema(tmp_path):
    paths = export.write_tables([], tmp_path)
    for name, path in paths.items():
        assert pq.read_table(path).num_rows == 0
        assert pq.read_schema(path).names == export.table_schema(name).names


def test_csv_tables_read_back(tmp_path):
    results = extractions() + [_meeting_doc()]
    paths = export.write_tables(results, tmp_path, fmt="csv")
    for name, n in _expected_rows(results).items():
        df = pd.read_csv(paths[name])
        assert len(df) == n and list(df.columns) == list(export.frame_for(name, []).columns)
    money = pd.read_csv(paths["money"])
    assert money.loc[money.doc_id == "hand", "instruments"].iloc[0] == "loan; grant"


def test_jsonl_round_trip_and_truncated_last_line(tmp_path):
    results = extractions()
    path = tmp_path / "out.jsonl"
    assert export.to_jsonl(results, path) == len(results)
    assert list(export.read_jsonl(path)) == results
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 40])  # an interrupted writer
    with pytest.warns(UserWarning, match="unreadable line"):
        back = list(export.read_jsonl(path))
    assert back == results[:-1]


def test_unknown_record_type_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown record type"):
        export.records_frame([], "speech")
    assert list(export.records_frame([], "meetings").columns) == list(export.records_frame([], "meeting").columns)

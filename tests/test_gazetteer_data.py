"""Integrity of the gazetteer data files (resources/gazetteer/{people,orgs,places}.json)."""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

GAZ = Path(__file__).resolve().parent.parent / "ukpeace" / "resources" / "gazetteer"
FILES = ("people.json", "orgs.json", "places.json")

KINDS = {"person", "country", "region", "city", "district", "territory", "facility", "water", "continent",
         "org", "bloc", "government", "military", "party", "parliament", "agency", "company", "media"}
PLACE_KINDS = {"country", "region", "city", "district", "territory", "facility", "water", "continent"}
ORG_KINDS = {"org", "bloc", "government", "military", "party", "parliament", "agency", "company", "media"}
PRECISIONS = {"country", "region", "city", "point", "facility", "water", "continent"}
ID_RE = re.compile(r"^(country:[A-Z]{2}|(person|org|place):[a-z0-9]+(-[a-z0-9]+)*)$")
# country values allowed besides ISO 3166-1 alpha-2 codes
BLOC_CODES = {"EU"}


def _load(name):
    with open(GAZ / name, encoding="utf-8") as fh:
        return json.load(fh)


@pytest.fixture(scope="module")
def data():
    return {name: _load(name) for name in FILES}


@pytest.fixture(scope="module")
def entries(data):
    return [e for name in FILES for e in data[name]["entries"]]


@pytest.fixture(scope="module")
def by_ja(entries):
    """Japanese surface -> set of canonicals (plain ja forms only)."""
    out = defaultdict(set)
    for e in entries:
        for s in e["ja"]:
            out[s].add(e["canonical"])
    return out


def _valid_country(code):
    return code is None or code in BLOC_CODES or pycountry.countries.get(alpha_2=code) is not None


def _str_list(v):
    return isinstance(v, list) and all(isinstance(x, str) and x.strip() == x and x for x in v)


@pytest.mark.parametrize("name", FILES)
def test_file_loads_with_version_and_entries(name):
    d = _load(name)
    assert d["version"] == 1
    assert isinstance(d["entries"], list) and d["entries"]


def test_ids_unique_across_files(entries):
    seen = set()
    for e in entries:
        assert e["id"] not in seen, e["id"]
        seen.add(e["id"])


def test_canonical_names_unique(entries):
    seen = {}
    for e in entries:
        assert e["canonical"] not in seen, (e["canonical"], e["id"], seen.get(e["canonical"]))
        seen[e["canonical"]] = e["id"]


def test_common_fields(entries):
    for e in entries:
        assert ID_RE.match(e["id"]), e["id"]
        assert isinstance(e["canonical"], str) and e["canonical"].strip() == e["canonical"] and e["canonical"], e
        assert e["kind"] in KINDS, e
        assert _str_list(e["ja"]), e["id"]
        assert e["ja"] or e.get("ja_ambiguous"), e["id"]  # at least one Japanese form
        assert _str_list(e["en"]), e["id"]
        assert len(set(e["ja"])) == len(e["ja"]), e["id"]
        assert _valid_country(e["country"]), (e["id"], e["country"])
        amb = e.get("ja_ambiguous", [])
        assert _str_list(amb), e["id"]
        assert not set(amb) & set(e["ja"]), e["id"]


def test_no_titles_in_names(data):
    # honorifics are handled by code; a form ending in 氏/大統領/首相 is a data error
    for e in data["people.json"]["entries"]:
        for s in e["ja"]:
            assert not s.endswith(("氏", "大統領", "首相", "外相", "長官", "さん")), (e["id"], s)


def test_people_fields(data):
    for e in data["people.json"]["entries"]:
        assert e["id"].startswith("person:") and e["kind"] == "person"
        assert _str_list(e["roles_ja"]), e["id"]
        assert isinstance(e["role_en"], str) and e["role_en"], e["id"]
        assert isinstance(e["side"], str) and e["side"], e["id"]


def test_org_fields(data):
    for e in data["orgs.json"]["entries"]:
        assert e["id"].startswith("org:"), e["id"]
        assert e["kind"] in ORG_KINDS, e["id"]
        if "abbr" in e:
            assert _str_list(e["abbr"]) and all(len(a) == 1 for a in e["abbr"]), e["id"]
        if e["kind"] in {"military", "government", "parliament", "party"}:
            assert e["country"] is not None, e["id"]


def test_place_fields(data):
    for e in data["places.json"]["entries"]:
        assert e["kind"] in PLACE_KINDS, e["id"]
        assert e["precision"] in PRECISIONS, e["id"]
        assert isinstance(e["lat"], (int, float)) and -90 <= e["lat"] <= 90, e["id"]
        assert isinstance(e["lon"], (int, float)) and -180 <= e["lon"] <= 180, e["id"]
        assert e["geonames_id"] is None or (isinstance(e["geonames_id"], int) and e["geonames_id"] > 0), e["id"]
        assert _str_list(e["abbr"]) and all(len(a) == 1 for a in e["abbr"]), e["id"]
        assert e["parent"] is None or isinstance(e["parent"], str), e["id"]
        if e["kind"] == "country":
            assert e["id"].startswith("country:") and e["precision"] == "country"
            assert e["country"] == e["id"].split(":", 1)[1]
        else:
            assert e["id"].startswith("place:"), e["id"]
            assert not e["abbr"] or e["kind"] == "continent", e["id"]


def test_country_ids_are_iso(data):
    for e in data["places.json"]["entries"]:
        if e["id"].startswith("country:"):
            code = e["id"].split(":", 1)[1]
            c = pycountry.countries.get(alpha_2=code)
            assert c is not None, code
            assert e.get("alpha3", c.alpha_3) == c.alpha_3


def test_parents_resolve(entries, data):
    canon = {e["canonical"] for e in entries}
    for e in data["places.json"]["entries"]:
        if e["parent"]:
            assert e["parent"] in canon, (e["id"], e["parent"])


def test_japanese_forms_do_not_collide(entries):
    """A surface may name two different entries only if both list it in ja_ambiguous."""
    uses = defaultdict(list)  # NFKC surface -> [(canonical, ambiguous?)]
    for e in entries:
        for s in e["ja"]:
            uses[unicodedata.normalize("NFKC", s)].append((e["canonical"], False))
        for s in e.get("ja_ambiguous", []):
            uses[unicodedata.normalize("NFKC", s)].append((e["canonical"], True))
    bad = {}
    for s, lst in uses.items():
        canons = {c for c, _ in lst}
        if len(canons) > 1 and not all(amb for _, amb in lst):
            bad[s] = sorted(canons)
    assert not bad, bad


def test_english_aliases_do_not_collide(entries):
    """The loader also matches English aliases: one alias, one entry, and never another entry's ja form."""
    ja_owner = {}
    for e in entries:
        for s in e["ja"]:
            ja_owner[s] = e["canonical"]
    en_owner = {}
    for e in entries:
        for s in e["en"]:
            assert en_owner.setdefault(s, e["canonical"]) == e["canonical"], (s, en_owner[s], e["canonical"])
            assert ja_owner.get(s, e["canonical"]) == e["canonical"], (s, ja_owner[s], e["canonical"])


def test_no_risky_ascii_aliases(entries):
    # upper-case tokens that are ordinary in Japanese text (IT企業, TV, ID, EC サイト, AM/PM ...)
    risky = {"IT", "TV", "ID", "EC", "AM", "PM", "CD", "DJ", "IN", "TO", "NO", "SO", "ME", "MY", "BE", "AT", "IS",
             "AP", "FT", "RT", "AU", "OK", "PR", "HP", "SNS"}
    for e in entries:
        assert not risky & (set(e["en"]) | set(e["ja"])), (e["id"], risky & (set(e["en"]) | set(e["ja"])))


def test_abbreviations_unique(entries):
    seen = {}
    for e in entries:
        for a in e.get("abbr", []):
            assert a not in seen, (a, e["canonical"], seen.get(a))
            seen[a] = e["canonical"]
    assert "土" not in seen  # too risky (土曜, 土地): deliberately absent


def test_size(data):
    people = data["people.json"]["entries"]
    orgs = data["orgs.json"]["entries"]
    places = data["places.json"]["entries"]
    assert len(people) >= 150 and len(orgs) >= 80 and len(places) >= 250
    countries_with_ja = [e for e in places if e["kind"] == "country" and e["ja"]]
    assert len(countries_with_ja) >= 80
    oblasts = [e for e in places
               if e["country"] == "UA" and e["kind"] == "region" and e["canonical"].endswith(" Oblast")]
    assert len(oblasts) == 24


# --- spot checks users rely on -------------------------------------------------------------

@pytest.mark.parametrize("surface,canonical", [
    ("キエフ", "Kyiv"), ("キーウ", "Kyiv"), ("ハリコフ", "Kharkiv"), ("ハルキウ", "Kharkiv"),
    ("オデッサ", "Odesa"), ("オデーサ", "Odesa"), ("ドニプロ", "Dnipro"), ("ドニエプル", "Dnipro"),
    ("ザポロジエ", "Zaporizhzhia"), ("ザポリージャ州", "Zaporizhzhia Oblast"), ("ルガンスク州", "Luhansk Oblast"),
    ("ニコラエフ", "Mykolaiv"), ("ドネツク州", "Donetsk Oblast"), ("クリミア半島", "Crimea"),
    ("ウィットコフ", "Steve Witkoff"), ("ウィトコフ", "Steve Witkoff"), ("スティーブン・ウィトコフ", "Steve Witkoff"),
    ("ゼレンシキー", "Volodymyr Zelenskyy"), ("ゼレンスキー", "Volodymyr Zelenskyy"),
    ("ウォロディミル・ゼレンスキー", "Volodymyr Zelenskyy"), ("ボロディミル・ゼレンスキー", "Volodymyr Zelenskyy"),
    ("イエルマーク", "Andriy Yermak"), ("イェルマーク", "Andriy Yermak"),
    ("ドリスコール", "Daniel Driscoll"), ("ドリスコル", "Daniel Driscoll"),
    ("ペスコフ", "Dmitry Peskov"), ("ラブロフ", "Sergey Lavrov"), ("ラヴロフ", "Sergey Lavrov"),
    ("エルドアン", "Recep Tayyip Erdoğan"), ("フォンデアライエン", "Ursula von der Leyen"),
    ("米国", "United States"), ("アメリカ", "United States"), ("ロシア", "Russia"), ("トルコ", "Turkey"),
    ("北大西洋条約機構", "NATO"), ("NATO", "NATO"), ("欧州連合", "European Union"), ("EU", "European Union"),
    ("ウクライナ保安庁", "Security Service of Ukraine"), ("SBU", "Security Service of Ukraine"),
    ("ロシア直接投資基金", "Russian Direct Investment Fund"), ("RDIF", "Russian Direct Investment Fund"),
    ("有志連合", "Coalition of the Willing"), ("欧州投資銀行", "European Investment Bank"),
    ("ダボス", "Davos"), ("マール・ア・ラーゴ", "Mar-a-Lago"), ("ディルイーヤ宮殿", "Diriyah Palace"),
    ("ドルマバフチェ宮殿", "Dolmabahçe Palace"), ("チュラーン宮殿", "Çırağan Palace"),
    ("オレニャ基地", "Olenya (air base)"), ("ベラヤ基地", "Belaya (air base)"),
    ("ダルニツキー地区", "Darnytskyi District"), ("スビャトシンスキー地区", "Sviatoshynskyi District"),
    ("サン・ピエトロ大聖堂", "St. Peter's Basilica"), ("バチカン", "Vatican City"), ("カスピ海", "Caspian Sea"),
])
def test_spot_check_surface(by_ja, surface, canonical):
    assert by_ja.get(surface) == {canonical}


@pytest.mark.parametrize("abbr,canonical", [
    ("米", "United States"), ("露", "Russia"), ("ロ", "Russia"), ("宇", "Ukraine"), ("英", "United Kingdom"),
    ("仏", "France"), ("独", "Germany"), ("伊", "Italy"), ("中", "China"), ("日", "Japan"), ("韓", "South Korea"),
    ("朝", "North Korea"), ("加", "Canada"), ("豪", "Australia"), ("印", "India"),
])
def test_spot_check_abbr(entries, abbr, canonical):
    owners = [e["canonical"] for e in entries if abbr in e.get("abbr", [])]
    assert owners == [canonical]


def _entry(entries, canonical):
    return next(e for e in entries if e["canonical"] == canonical)


def test_davos_coordinates(entries):
    e = _entry(entries, "Davos")
    assert abs(e["lat"] - 46.80) < 0.05 and abs(e["lon"] - 9.84) < 0.05
    assert e["country"] == "CH" and e["precision"] == "city"


@pytest.mark.parametrize("canonical,lat,lon", [
    ("Kyiv", 50.45, 30.52), ("Kharkiv", 49.99, 36.23), ("Moscow", 55.75, 37.62), ("Riyadh", 24.69, 46.72),
    ("Miami", 25.77, -80.19), ("Anchorage", 61.22, -149.90), ("Istanbul", 41.01, 28.95), ("Geneva", 46.20, 6.15),
    ("Zaporizhzhia Nuclear Power Plant", 47.51, 34.59), ("Ukraine", 48.92, 31.45), ("Poland", 52.13, 19.39),
])
def test_coordinates_plausible(entries, canonical, lat, lon):
    e = _entry(entries, canonical)
    assert abs(e["lat"] - lat) < 0.3 and abs(e["lon"] - lon) < 0.3, (e["lat"], e["lon"])


def test_people_sides(entries):
    assert _entry(entries, "Steve Witkoff")["side"] == "US"
    assert _entry(entries, "Kirill Dmitriev")["side"] == "RU"
    assert _entry(entries, "Kyrylo Budanov")["side"] == "UA"
    assert _entry(entries, "Ursula von der Leyen")["side"] == "EU"
    assert _entry(entries, "Mark Rutte")["side"] == "NATO"
    assert _entry(entries, "Recep Tayyip Erdoğan")["side"] == "TR"


def test_risky_short_forms_only_ambiguous(entries):
    """Forms that are ordinary words must not be plain ja forms."""
    plain = {s for e in entries for s in e["ja"]}
    for risky in ("マスク", "カラス", "ジョンソン", "タイ", "マリ", "習", "王", "金", "林",
                  "執務室", "大統領府", "情報総局", "上院", "下院"):
        assert risky not in plain, risky


# --- house spellings (lexicons/spellings.json): NHK writes ヨーロッパ where most papers write 欧州 ---

@pytest.mark.parametrize("surface, canonical", [
    ("ヨーロッパ委員会", "European Commission"),     # listed only as 欧州委員会
    ("ヨーロッパ投資銀行", "European Investment Bank"),
    ("ヨーロッパ議会", "European Parliament"),
    ("ヨーロッパ復興開発銀行", "European Bank for Reconstruction and Development"),
])
def test_house_spelling_of_a_first_word_names_the_same_entry(surface, canonical):
    from ukpeace.gazetteer import builtin

    entry = builtin().lookup(surface)
    assert entry is not None and entry.canonical == canonical, (surface, entry)


def test_house_spelling_never_takes_a_spelling_another_entry_lists():
    # ヨーロッパ連合 is listed by the EU itself; ヨーロッパ alone is the continent, not 欧州's org entries
    from ukpeace.gazetteer import builtin

    assert builtin().lookup("ヨーロッパ連合").canonical == "European Union"
    assert builtin().lookup("ヨーロッパ").canonical == "Europe"


def test_house_spelling_in_text_gives_the_organisation_not_the_continent():
    import ukpeace

    text = "ヨーロッパ委員会は18日、ヨーロッパ投資銀行を通じてウクライナに5億ユーロを融資すると発表した。"
    ents = ukpeace.extract(text, published="2025-06-01", profile="fast").entities
    orgs = {e.text: e.canonical for e in ents if e.label == "ORG"}
    assert orgs == {"ヨーロッパ委員会": "European Commission", "ヨーロッパ投資銀行": "European Investment Bank"}, ents
    assert not any(e.canonical == "Europe" for e in ents), ents


def test_spellings_lexicon_is_typed_and_a_misspelt_key_fails():
    from pydantic import ValidationError

    from ukpeace.gazetteer import SpellingsLexicon
    from ukpeace.resources import lexicon

    good = lexicon("spellings")
    SpellingsLexicon.model_validate(good)
    with pytest.raises(ValidationError):
        SpellingsLexicon.model_validate({**good, "prefix_variant": good["prefix_variants"]})
    with pytest.raises(ValidationError):
        SpellingsLexicon.model_validate({**good, "prefix_variants": [{"prefix": "欧州", "varient": "ヨーロッパ"}]})

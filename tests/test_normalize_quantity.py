"""find_quantities / parse_quantity: counters, qualifiers, negatives, the の-noun form."""
import time
from importlib import resources

import pytest

from ukpeace.normalize import find_quantities, parse_quantity

SEED = resources.files("ukpeace").joinpath("resources", "samples", "seed-miami-davos.txt").read_text("utf-8")


@pytest.mark.parametrize("text, span, value, unit, qualifier, label", [
    ("20万世帯以上が電力を失い", "20万世帯以上", 200_000, "household", "at_least", "QUANTITY"),
    ("全国で1万5千人以上の作業員", "1万5千人以上", 15_000, "person", "at_least", "QUANTITY"),
    ("612回の攻撃", "612回", 612, "time", "exact", "QUANTITY"),
    ("約60万世帯が停電", "約60万世帯", 600_000, "household", "approx", "QUANTITY"),
    ("キエフでは80万人超が", "80万人超", 800_000, "person", "more_than", "QUANTITY"),
    ("6000棟近い集合住宅", "6000棟近い", 6000, "building", "approx", "QUANTITY"),
    ("5600棟を超える集合住宅", "5600棟を超える", 5600, "building", "more_than", "QUANTITY"),
    ("少なくとも5つの州で停電", "少なくとも5つの州", 5, "region", "at_least", "QUANTITY"),
    ("氷点下18度の冬の夜", "氷点下18度", -18, "degree", "exact", "QUANTITY"),
    ("マイナス5度まで", "マイナス5度まで", -5, "degree", "up_to", "QUANTITY"),
    ("386の集落が闇に", "386の集落", 386, "settlement", "exact", "QUANTITY"),
    ("無人機476機", "476機", 476, "aircraft", "exact", "QUANTITY"),
    ("ミサイル48発を", "48発", 48, "round", "exact", "QUANTITY"),
    ("2棟が大破", "2棟", 2, "building", "exact", "QUANTITY"),
    ("空軍基地4カ所を", "4カ所", 4, "site", "exact", "QUANTITY"),
    ("3か所で", "3か所", 3, "site", "exact", "QUANTITY"),
    ("10州で停電", "10州", 10, "region", "exact", "QUANTITY"),
    ("前線は約1000キロに", "約1000キロ", 1000, "km", "approx", "QUANTITY"),
    ("25歳以下の兵士", "25歳以下", 25, "year_of_age", "at_most", "QUANTITY"),
    ("艦船3隻", "3隻", 3, "ship", "exact", "QUANTITY"),
    ("戦車12両", "12両", 12, "vehicle", "exact", "QUANTITY"),
    ("車両5台", "5台", 5, "vehicle", "exact", "QUANTITY"),
    ("20項目の和平計画", "20項目", 20, "point", "exact", "QUANTITY"),
    ("遺体6000体の返還", "6000体", 6000, "body", "exact", "QUANTITY"),
    ("EUの27カ国", "27カ国", 27, "country", "exact", "QUANTITY"),
    ("2000社の企業", "2000社", 2000, "company", "exact", "QUANTITY"),
    ("議決権は50%ずつ", "50%", 50, "percent", "exact", "PERCENT"),
    ("約2.8倍に相当", "約2.8倍", 2.8, "times", "approx", "QUANTITY"),
    ("９割で一致", "９割", 9, "tenth", "exact", "QUANTITY"),
    ("3500人ほどが集まった", "3500人ほど", 3500, "person", "approx", "QUANTITY"),
    ("約3,500棟の集合住宅", "約3,500棟", 3500, "building", "approx", "QUANTITY"),
    ("原子炉6基", "6基", 6, "unit", "exact", "QUANTITY"),
    ("約40の国際機関", "約40の国際機関", 40, "organization", "approx", "QUANTITY"),
    ("8つの州で", "8つの州", 8, "region", "exact", "QUANTITY"),
    ("1,200人規模の交換", "1,200人規模", 1200, "person", "approx", "QUANTITY"),
    ("95％まで来た", "95％まで", 95, "percent", "up_to", "PERCENT"),
    ("二人が死亡", "二人", 2, "person", "exact", "QUANTITY"),
    ("100余人が参加", "100余人", 100, "person", "approx", "QUANTITY"),
    ("3度にわたり提案した", "3度", 3, "time", "exact", "QUANTITY"),
    ("二度の協議", "二度", 2, "time", "exact", "QUANTITY"),
])
def test_find_quantities(text, span, value, unit, qualifier, label):
    hits = find_quantities(text)
    assert len(hits) == 1, hits
    s, e, q, lab = hits[0]
    assert (text[s:e], q.text) == (span, span)
    assert (q.value, q.unit, q.qualifier, lab) == (value, unit, qualifier, label)


@pytest.mark.parametrize("text", [
    "8000億ドル規模", "協議は8時間余り", "4年間続く", "2026年1月17日", "30日間の停戦",
    "一度もない", "2度目の協議", "九州で", "六本木の", "23、24両日", "第5条", "数千人", "発表した", "一体化",
    "一つになる", "基地", "5億ユーロ", "1本化",
])
def test_not_quantities(text):
    assert find_quantities(text) == []


def test_money_and_quantity_do_not_mix():
    text = "無人機約500機とミサイル40発、約60万世帯が停電し、被害は10億ドルに"
    got = [(q.text, q.value, q.unit) for _, _, q, _ in find_quantities(text)]
    assert got == [("約500機", 500, "aircraft"), ("40発", 40, "round"), ("約60万世帯", 600_000, "household")]


def test_seed_article_quantities():
    hits = find_quantities(SEED)
    got = {(q.text, q.value, q.unit, q.qualifier) for _, _, q, _ in hits}
    assert {
        ("20万世帯以上", 200_000, "household", "at_least"),
        ("386の集落", 386, "settlement", "exact"),
        ("氷点下18度", -18, "degree", "exact"),
        ("氷点下10度以上", -10, "degree", "at_least"),
        ("612回", 612, "time", "exact"),
        ("1万5千人以上", 15_000, "person", "at_least"),
        ("20項目", 20, "point", "exact"),
        ("28項目", 28, "point", "exact"),
    } <= got
    assert all(SEED[s:e] == q.text for s, e, q, _ in hits)
    assert not any(q.unit == "year" for _, _, q, _ in hits)


@pytest.mark.parametrize("text, value, unit, qualifier", [
    ("20万世帯以上", 200_000, "household", "at_least"),
    ("386の集落", 386, "settlement", "exact"),
    ("氷点下18度", -18, "degree", "exact"),
])
def test_parse_quantity(text, value, unit, qualifier):
    q = parse_quantity(text)
    assert (q.value, q.unit, q.qualifier, q.text) == (value, unit, qualifier, text)


def test_parse_quantity_none():
    assert parse_quantity("ウクライナ") is None


@pytest.mark.parametrize("text", ["1" * 100_000, "一" * 50_000, "人" * 100_000, "1人" * 10_000,
                                  "氷点下" * 30_000, "1の" * 10_000, "１" * 100_000])
def test_find_quantities_is_linear(text):
    t0 = time.perf_counter()
    find_quantities(text)
    assert time.perf_counter() - t0 < 30.0  # a hang guard, not a speed target (bench/adversarial.py)

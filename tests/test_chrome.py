"""Page furniture in plain text: flagged as chrome, masked, never the source of a record or field."""
from __future__ import annotations

import json
import pathlib

import pytest
from pydantic import ValidationError

import ukpeace
from ukpeace.chrome import REASONS, ChromeLexicon, find_chrome
from ukpeace.resources import lexicon

ROOT = pathlib.Path(__file__).resolve().parents[1]
DEV = ROOT / "data" / "dev"
GOLD = ROOT / "data" / "gold"


def _reasons(text: str) -> dict[str, str]:
    return {s.text: s.reason for s in find_chrome(text)}


@pytest.mark.parametrize("line, reason", [
    ("ホーム > 国際 > 欧州", "nav"),
    ("ホーム › ニュース › 大使館ニュース", "nav"),
    ("Home | World | Europe | Business Login", "ui_english"),
    ("シェア ツイート LINE はてブ", "share"),
    ("Xでフォロー フォローする", "share"),
    ("この記事をシェア", "share"),
    ("ログイン 会員登録", "share"),
    ("文・写真＝山田花子", "byline"),
    ("（モスクワ支局 佐藤一郎）", "byline"),
    ("国際報道部 佐藤美咲記者", "byline"),
    ("By John Smith", "byline"),
    ("（山田太郎）", "byline"),
    ("【関連記事】ゼレンスキー氏、トランプ氏と電話会談", "related"),
    ("＞＞ 米国、ウクライナへの軍事支援を一時停止", "related"),
    ("【正社員】ロシア語翻訳スタッフ 年収500万円～800万円 東京都千代田区", "jobs"),
    ("通訳（ウクライナ語） 月給30万円 勤務地：大阪", "jobs"),
    ("今なら初月無料！月額1,980円（税込）で全ての記事が読み放題", "ads"),
    ("この記事は有料会員限定です。続きを読むには会員登録が必要です。", "ads"),
    ("防災セット 1人用 9,980円（税込） 送料無料", "ads"),
    ("当サイトではCookieを使用しています。閲覧を続けるとCookieの使用に同意したものとみなします。", "cookie"),
    ("Copyright © 2025 Example News. All rights reserved.", "nav"),
    ("返信 通報 いいね 5", "comments"),
    ("この記事の写真を見る（5枚）", "nav"),
    ("次のページへ", "nav"),
    ("Facebookでシェア Xでポスト LINEで送る", "share"),
    ("【写真】ロシア軍の攻撃で破壊された住宅", "related"),
    ("Topics: Ukraine, Russia", "related"),
    ("無料会員登録で続きが読めます", "ads"),
    ("撮影：共同", "byline"),
    ("文／日経ビジネス 編集部", "byline"),
])
def test_each_kind_of_furniture_is_flagged_with_its_reason(line, reason):
    text = f"米ロ外相がリヤドで会談した。\n{line}\nロシア軍は18日、キーウを攻撃した。\n"
    spans = find_chrome(text)
    assert [(s.text, s.reason, s.kind) for s in spans] == [(line, reason, "chrome")]
    assert all(text[s.start:s.end] == s.text for s in spans)


def test_a_trailing_headline_list_is_related_but_a_short_data_list_is_not():
    news = ["米、ウクライナに60億ドルの武器売却へ", "ロシアの無人機、ポーランド領空侵犯　NATOが緊急会合"]
    text = "米ロ外相がリヤドで会談した。\n" + "\n".join(news)
    assert _reasons(text) == {n: "related" for n in news}
    data = "主な支援額は次の通り。\n日本　45億ドル\n米国　600億ドル\n"
    assert find_chrome(data) == []


def test_block_headings_take_the_list_below_them():
    text = ("本文の最後の文である。\n関連記事\nロシア軍、キーウに無人機100機で攻撃　死者5人\n"
            "EU、500億ユーロの支援で合意\n"
            "Recommended Stories\nZelensky meets Trump at the White House\n"
            "コメント（12件）\nウクライナ支援は1兆円規模で行うべきだ。首脳会談をもっとやれ。\n")
    got = _reasons(text)
    assert "本文の最後の文である。" not in got
    assert got["EU、500億ユーロの支援で合意"] == "related"
    assert got["Zelensky meets Trump at the White House"] == "related"
    assert got["ウクライナ支援は1兆円規模で行うべきだ。首脳会談をもっとやれ。"] == "comments"


def test_a_list_block_ends_before_the_heading_of_the_next_section():
    text = ("PR\n防災セット 1人用 9,980円（税込） 送料無料\n3. 安全の保証「15年」か「50年」か\n"
            "米国は15年の保証を提案した。\n")
    got = _reasons(text)
    assert got.get("防災セット 1人用 9,980円（税込） 送料無料") == "ads"
    assert "3. 安全の保証「15年」か「50年」か" not in got


def test_byline_masks_the_person_and_keeps_the_place():
    text = "【ワシントン＝山田太郎】トランプ米大統領は18日、ゼレンスキー大統領と会談した。"
    (span,) = find_chrome(text)
    assert span.reason == "byline" and span.text == "＝山田太郎"
    assert "ワシントン" not in span.text


def test_photo_credit_inside_a_caption_is_flagged_alone():
    text = "会談に臨むトランプ米大統領（15日、アンカレジ、写真：AP）\n本文である。"
    assert _reasons(text) == {"写真：AP": "byline"}


@pytest.mark.parametrize("text", [
    "ウクライナの政治・経済・社会の安定を目指すと述べた。",
    "ウィトコフ米特使は5日、Xへの投稿で協議を評価した。",
    "ゼレンスキー大統領は合意を歓迎し、応募した企業の年収データに言及した。",
    "世界、アジア、欧州、中東の首脳が集まった。",
    "政府はウクライナ避難民に月額10万円を支給すると発表した。",
    "■避難民に月額10万円",
    "ウクライナ兵の年収は300万円",
])
def test_prose_that_uses_label_words_is_not_chrome(text):
    assert find_chrome(text) == []


@pytest.mark.parametrize("path", sorted(DEV.glob("*.txt")) + sorted(GOLD.glob("*.txt")), ids=lambda p: p.stem)
def test_clean_articles_have_no_chrome(path):
    assert find_chrome(path.read_text("utf-8")) == []


def test_lexicon_is_validated_on_load():
    lex = ChromeLexicon.model_validate(lexicon("chrome"))
    assert set(lex.block_headings) <= set(REASONS)
    bad = dict(lexicon("chrome"), price_pattern="[unclosed")
    with pytest.raises(ValidationError):
        ChromeLexicon.model_validate(bad)
    with pytest.raises(ValidationError, match="unknown ui_labels"):
        ChromeLexicon.model_validate(dict(lexicon("chrome"), ui_labels={"menus": ["ホーム"]}))


def test_chrome_spans_skip_noise_already_found():
    from ukpeace.models import NoiseSpan

    text = "シェア ツイート LINE\n本文である。"
    noise = [NoiseSpan(start=0, end=3, text="シェア", reason="markup")]
    assert find_chrome(text, exclude=noise) == []


# ------------------------------------------------------------------ through extract(): masked, no records
FURNITURE_TOP = "ホーム > 国際 > 欧州\nシェア ツイート LINE はてブ\n"
FURNITURE_BOTTOM = ("関連記事\n【速報】ロシア軍、ハルキウに大規模ミサイル攻撃　死者10人\n"
                    "EU、ウクライナに500億ユーロ支援で合意\n"
                    "ゼレンスキー氏、トランプ氏とホワイトハウスで会談へ\n"
                    "求人情報\n【正社員】ロシア語翻訳スタッフ 年収500万円～800万円 東京都千代田区\n"
                    "ウクライナ語通訳（契約社員） 月給32万円 勤務地：大阪市\n"
                    "今なら初月無料！月額4,277円（税込）で全ての記事が読み放題\n"
                    "Recommended Stories\nZelensky meets Trump at the White House\n"
                    "Russia launches 500 drones and 40 missiles at Kyiv overnight\n"
                    "コメント（128件）\n和平には米ロ首脳会談が不可欠だと思う。プーチン氏とトランプ氏が直接会うべきだ。\n")


def _pasted(text: str) -> str:
    head, _, body = text.partition("\n")
    return f"{FURNITURE_TOP}{head}\n【ワシントン＝高橋健太】{body}\n{FURNITURE_BOTTOM}"


def _summary(res) -> list:
    return sorted((r.type, r.evidence[0].text if r.evidence else "") for r in res.records)


@pytest.mark.parametrize("path", sorted(DEV.glob("*.txt")), ids=lambda p: p.stem)
def test_dev_article_with_pasted_chrome_gives_no_extra_records(path):
    text = path.read_text("utf-8")
    published = json.loads(path.with_suffix(".json").read_text("utf-8"))["published"]
    clean = ukpeace.extract(text, published=published, profile="fast")
    dirty = ukpeace.extract(_pasted(text), published=published, profile="fast")
    assert len(dirty.records) == len(clean.records)
    assert _summary(dirty) == _summary(clean)
    assert dirty.quality.chrome_spans and all(s.kind == "chrome" for s in dirty.quality.chrome_spans)
    assert "chrome" in dirty.quality.flags
    people = {a.text for r in dirty.records for a in getattr(r, "participants", [])}
    assert not any("高橋" in p for p in people)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["d-01", "d-03", "d-12"])
def test_pasted_chrome_adds_no_records_with_the_full_model(name):
    text = (DEV / f"{name}.txt").read_text("utf-8")
    published = json.loads((DEV / f"{name}.json").read_text("utf-8"))["published"]
    clean = ukpeace.extract(text, published=published)
    dirty = ukpeace.extract(_pasted(text), published=published)
    assert _summary(dirty) == _summary(clean)
    spans = [(s.start, s.end) for s in dirty.quality.chrome_spans]
    for r in dirty.records:  # no evidence and no actor comes from furniture
        for ev in r.evidence:
            assert not any(s <= ev.start and ev.end <= e for s, e in spans)
    for e in dirty.entities:
        assert not any(s <= e.start and e.end <= sp_e for s, sp_e in spans)


@pytest.mark.slow
def test_byline_place_stays_readable_and_its_person_is_no_participant():
    text = "【リヤド＝山田太郎】ルビオ米国務長官とロシアのラブロフ外相は18日、リヤドで会談した。"
    res = ukpeace.extract(text, published="2025-02-18")
    assert any(e.text == "リヤド" and e.start == 1 for e in res.entities)
    assert not any("山田" in e.text for e in res.entities)
    meetings = [r for r in res.records if r.type == "meeting"]
    assert meetings and not any("山田" in a.text for m in meetings for a in m.participants)


# --- round 22: a dateline place with a gloss (sentences written for these tests) ---

@pytest.mark.parametrize("text, person", [
    ("【アンタルヤ（トルコ南部）＝佐藤一郎】両国の外相は14日、同地で会談した。", "＝佐藤一郎"),
    ("【ブリュッセル(ベルギー)＝高橋美咲】欧州連合は15日、首脳会議を開いた。", "＝高橋美咲"),
])
def test_byline_after_a_glossed_place_is_masked(text, person):
    (span,) = find_chrome(text)
    assert span.reason == "byline" and span.text == person


def test_a_bracketed_heading_with_a_parenthesis_but_no_byline_is_kept():
    text = "【解説（2）】停戦協議の行方\n両国の代表団は15日に会談した。"
    assert not any(s.reason == "byline" for s in find_chrome(text))


@pytest.mark.slow
def test_reporter_after_a_glossed_place_is_no_participant():
    text = ("【アンタルヤ（トルコ南部）＝佐藤一郎】"
            "ウクライナのクレバ外相とロシアのラブロフ外相は10日、アンタルヤで会談した。")
    res = ukpeace.extract(text, published="2022-03-10")
    meetings = [r for r in res.records if r.type == "meeting"]
    assert meetings and not any("佐藤" in a.text for m in meetings for a in m.participants)

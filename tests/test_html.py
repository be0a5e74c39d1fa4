"""HTML pages in: main text and metadata, offsets into result.text, the page gold set, hostile pages."""
from __future__ import annotations

import http.server
import json
import pathlib
import sys
import threading
from typing import ClassVar

import pytest

import ukpeace
from ukpeace.evaluate import TYPES, prf, score_document
from ukpeace.html import PageError, decode_page, read_page

ROOT = pathlib.Path(__file__).resolve().parents[1]
PAGES = ROOT / "data" / "pages"
DEV = ROOT / "data" / "dev"
SIDES = [json.loads(p.read_text("utf-8")) for p in sorted(PAGES.glob("p-*.json"))]

BODY = "<p>" + "ロシア軍は28日未明、キーウを無人機で攻撃し、集合住宅が損傷した。" * 5 + "</p>"


def _doc(body: str = BODY, head: str = "") -> str:
    return f"<html><head>{head}</head><body><article><h1>キーウ攻撃</h1>{body}</article></body></html>"


def _page(side: dict) -> bytes:
    return (PAGES / f"{side['id']}.html").read_bytes()


def _f1(gold: dict, res) -> float:
    per, _, _ = score_document(gold, res.model_dump(mode="json"))
    return prf(*(sum(per[t][k] for t in TYPES) for k in ("tp", "fp", "fn")))[2]


def _occurrences(text: str, snippet: str) -> list[tuple[int, int]]:
    out = []
    for s in {snippet, snippet.replace("\u3000", " ")}:
        i = text.find(s)
        while i != -1:
            out.append((i, i + len(s)))
            i = text.find(s, i + 1)
    return out


# ------------------------------------------------------------------ the API
def test_page_gold_set_has_the_layouts_the_issue_lists():
    layouts = {s["layout"] for s in SIDES}
    assert len(SIDES) >= 12
    assert {"broadcaster", "paywall", "aggregator", "liveblog", "ministry", "jobs_prices", "english_site"} <= layouts
    assert all((DEV / f"{s['article']}.json").exists() for s in SIDES)


def test_offsets_hold_against_result_text():
    side = next(s for s in SIDES if s["layout"] == "newspaper_credits")
    res = ukpeace.extract_html(_page(side), url=side["url"], profile="fast")
    assert res.status == "ok" and res.text
    assert res.entities and res.records
    for e in res.entities:
        assert res.text[e.start:e.end] == e.text
    for r in res.records:
        for ev in r.evidence:
            assert res.text[ev.start:ev.end] == ev.text
    for sp in res.quality.chrome_spans + res.quality.noise_spans:
        assert res.text[sp.start:sp.end] == sp.text
    assert res.chars == len(res.text)


def test_metadata_and_published_date_come_from_the_page():
    side = next(s for s in SIDES if s["layout"] == "newspaper_credits")
    res = ukpeace.extract_html(_page(side), profile="fast")
    assert str(res.published) == side["published"] and res.published_source == "html"
    assert res.source.site == "朝日新聞" and res.source.author == "佐藤美咲"
    assert res.source.title.startswith("アラスカから2週間") and res.source.encoding == "utf-8"
    assert res.source.url == side["url"]                  # og:url when no url is given
    given = ukpeace.extract_html(_page(side), url="https://example.org/a", published="2025-09-01", profile="fast")
    assert str(given.published) == "2025-09-01" and given.published_source == "given"
    assert given.source.url == "https://example.org/a"


def test_bytes_are_decoded_from_the_declared_charset():
    side = next(s for s in SIDES if s["layout"] == "regional")
    raw = _page(side)
    assert b'charset="Shift_JIS"' in raw
    res = ukpeace.extract_html(raw, profile="fast")
    assert res.source.encoding == "cp932" and "charset_mismatch" not in res.quality.flags
    assert "和平案" in res.text


@pytest.mark.parametrize("side", SIDES, ids=lambda s: f"{s['id']}-{s['layout']}")
def test_page_gold_set_f1_matches_clean_text_and_chrome_gives_nothing(side):
    gold = json.loads((DEV / f"{side['article']}.json").read_text("utf-8"))
    text = (DEV / f"{side['article']}.txt").read_text("utf-8")
    res = ukpeace.extract_html(_page(side), url=side["url"], profile="fast")
    clean = ukpeace.extract(text, published=gold["published"], profile="fast")
    assert abs(_f1(gold, res) - _f1(gold, clean)) <= 0.02
    spans = [(c.start, c.end) for c in res.quality.chrome_spans]
    planted = [se for sn in side["chrome"] for se in _occurrences(res.text, sn)]
    for s, e in planted:  # furniture left in the main text is flagged ...
        assert sum(max(0, min(b, e) - max(a, s)) for a, b in spans) >= 0.6 * (e - s), res.text[s:e]
    for r in res.records:  # ... and no record draws on it
        assert not any(ev.start < e and s < ev.end for ev in r.evidence for s, e in planted)


@pytest.mark.slow
def test_full_model_on_a_page_with_job_ads_and_prices():
    side = next(s for s in SIDES if s["layout"] == "jobs_prices")
    gold = json.loads((DEV / f"{side['article']}.json").read_text("utf-8"))
    res = ukpeace.extract_html(_page(side), url=side["url"])
    clean = ukpeace.extract((DEV / f"{side['article']}.txt").read_text("utf-8"), published=gold["published"])
    assert abs(_f1(gold, res) - _f1(gold, clean)) <= 0.02
    amounts = {r.amount.value for r in res.records if r.type == "money"}
    assert not amounts & {5_000_000, 8_000_000, 320_000, 7_000_000, 9_980, 3_480}


def test_extract_many_reads_html_items_beside_text_items():
    side = SIDES[0]
    items = [{"html": _page(side), "doc_id": "page", "url": "https://example.org/p"},
             {"text": "ロシア軍は18日、キーウを攻撃した。", "doc_id": "text", "url": "https://example.org/t"},
             {"html": "x" * 10, "doc_id": "junk"}]
    page, text, junk = ukpeace.extract_many(items, profile="fast")
    assert page.text and page.source.url == "https://example.org/p" and page.published_source == "html"
    assert text.text is None and text.source.url == "https://example.org/t"
    assert junk.status == "empty" and "no_main_text" in junk.quality.flags


# ------------------------------------------------------------------ hostile pages
def test_oversized_page_is_refused_before_parsing():
    with pytest.raises(PageError, match="over the limit"):
        read_page("<html><body><p>" + "あ" * 17_000_000 + "</p></body></html>")   # ~51 MB in UTF-8
    with pytest.raises(PageError, match="max_bytes"):
        ukpeace.extract_html(_doc().encode("utf-8"), max_bytes=100)
    (res,) = ukpeace.extract_many([{"html": b"<p>" * 4_000_000, "doc_id": "big"}], profile="fast")
    assert res.status == "error" and "over the limit" in res.error and res.doc_id == "big"


def test_pages_with_too_many_elements_are_refused_before_parsing():
    links = '<div><span><a href="#">リンク</a></span></div>' * 300
    with pytest.raises(PageError, match="max_tags"):
        read_page(_doc(links + BODY), max_tags=500)           # the bound itself, kept small to stay fast
    assert "キーウを無人機で攻撃" in read_page(_doc(links + BODY), max_tags=1000).text


@pytest.mark.parametrize("closed", [True, False])
def test_tags_nested_100000_deep_are_flattened_and_flagged(closed):
    n = 100_000
    html = "<html><body>" + "<div>" * n + BODY + ("</div>" * n if closed else "") + "</body></html>"
    page = read_page(html)
    assert "deep_nesting" in page.flags
    assert "キーウを無人機で攻撃" in page.text  # the article below the depth limit is not lost


def test_billion_laughs_entities_are_never_expanded():
    decls = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "' + (f"&lol{i - 1};" if i > 1 else "&lol;") * 10 + '">' for i in range(1, 10))
    page = read_page(f"<!DOCTYPE html [{decls}]>" + _doc(BODY.replace("</p>", "&lol9;</p>")))
    assert "entity_declarations" in page.flags
    assert page.text.count("lol") <= 1 and "]>" not in page.text  # at most the literal &lol9; reference
    assert "キーウを無人機で攻撃" in page.text


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self):
        _Recorder.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"<!ENTITY leak 'NETWORK-LEAK'>")

    def log_message(self, *args):
        pass


_AUDIT: dict = {"on": False, "events": []}


def _audit(event, args):
    if _AUDIT["on"] and event in ("open", "socket.connect", "socket.getaddrinfo", "urllib.Request", "subprocess.Popen"):
        _AUDIT["events"].append((event, str(args[0])[:200]))


sys.addaudithook(_audit)


def test_external_entities_and_dtds_never_reach_files_or_network(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-FILE-CONTENT")
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/evil.dtd"
    try:
        for prefix in (f'<?xml version="1.0"?><!DOCTYPE html SYSTEM "{url}">',
                       f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}"><!ENTITY % ext SYSTEM "{url}"> %ext;]>'):
            html = prefix + _doc(BODY.replace("</p>", "&xxe;&leak;</p>"))
            _AUDIT.update(on=True, events=[])
            try:
                page = read_page(html.encode("utf-8"), url="https://example.org/x")
            finally:
                _AUDIT["on"] = False
            assert "TOPSECRET" not in page.text and "NETWORK-LEAK" not in page.text
            assert "キーウを無人機で攻撃" in page.text
            touched = [a for e, a in _AUDIT["events"] if e != "open" or str(secret) in a or a.startswith("http")]
            assert touched == []
        assert _Recorder.hits == []
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("declared, actual, flag", [
    ("Shift_JIS", "utf-8", "charset_mismatch"),        # declaration lies: the bytes are UTF-8
    ("utf-8", "cp932", "charset_mismatch"),            # declared UTF-8, served Shift_JIS
    ("Shift_JIS", "euc_jp", "charset_mismatch"),       # the wrong Japanese legacy charset
    ("iso-8859-1", "utf-8", "charset_mismatch"),       # a CMS default over UTF-8 content
    ("x-klingon", "cp932", "unknown_charset"),         # a label no codec knows
])
def test_broken_or_lying_charsets_still_give_the_japanese_text(declared, actual, flag):
    raw = _doc(head=f'<meta charset="{declared}">').encode(actual)
    page = read_page(raw)
    assert flag in page.flags
    assert "ロシア軍は28日未明、キーウを無人機で攻撃" in page.text


def test_bytes_that_no_charset_reads_are_flagged_not_raised():
    text, _enc, flags = decode_page(bytes(range(256)) * 40)
    assert "decode_errors" in flags and "\ufffd" in text
    res = ukpeace.extract_html(bytes(range(256)) * 40, profile="fast")
    assert res.status in ("ok", "empty") and "decode_errors" in res.quality.flags


def test_byte_order_mark_wins():
    text, enc, flags = decode_page(b"\xff\xfe" + _doc(head='<meta charset="Shift_JIS">').encode("utf-16-le"))
    assert enc == "utf-16" and "キーウ" in text and flags == []


def test_non_page_input_is_a_clear_error():
    with pytest.raises(PageError, match="str or bytes"):
        ukpeace.extract_html(12345)
    with pytest.raises(ValueError, match="published"):
        ukpeace.extract_html(_doc(), published="yesterday")


# ------------------------------------------------------------------ the command line
def test_cli_reads_html_files_in_a_folder_beside_text_files(tmp_path, capsys):
    from ukpeace import cli

    folder = tmp_path / "in"
    folder.mkdir()
    side = SIDES[0]
    (folder / "page.html").write_bytes(_page(side))
    (folder / "old.HTM").write_bytes(_page(SIDES[1]))
    (folder / "plain.txt").write_text("ロシア軍は18日、キーウを攻撃した。", encoding="utf-8")
    assert cli.main(["extract", str(folder), "--profile", "fast", "-q"]) == 0
    rows = {r["doc_id"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert set(rows) == {"page", "old", "plain"}
    assert rows["page"]["text"] and rows["page"]["published_source"] == "html"
    assert rows["page"]["source"]["site"] and rows["plain"]["text"] is None


def test_cli_jsonl_rows_with_html_carry_their_url_into_the_documents_table(tmp_path):
    import pandas as pd

    from ukpeace import cli

    rows = [{"html": _page(SIDES[2]).decode("utf-8"), "doc_id": "a", "link": "https://example.org/a"},
            {"text": "ロシア軍は18日、キーウを攻撃した。", "doc_id": "b", "link": "https://example.org/b"},
            {"text": "米ロが会談した。", "doc_id": "c"}]
    src = tmp_path / "rows.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "tables"
    assert cli.main(["extract", str(src), "-o", str(out), "--url-column", "link", "--profile", "fast", "-q"]) == 0
    docs = pd.read_parquet(out / "documents.parquet").set_index("doc_id")
    assert docs.loc["a", "source_url"] == "https://example.org/a"
    assert docs.loc["b", "source_url"] == "https://example.org/b"
    assert pd.isna(docs.loc["c", "source_url"])
    assert docs.loc["a", "published_source"] == "html" and docs.loc["a", "status"] == "ok"

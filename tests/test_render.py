"""The HTML view: evidence highlighted record by record, untrusted text inert, checked in headless Chromium.

The DOM checks run on the HTML through Python's HTML parser (always) and on the DOM that
Chromium builds from it (when Debian's ``chromium`` is installed: ``apt-get install -y chromium
fonts-noto-cjk``).
"""
from __future__ import annotations

import datetime as dt
import pathlib
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

import ukpeace
from ukpeace.models import (Actor, Amount, Attack, Entity, Extraction, Meeting, Money, NoiseSpan, Place, Quality,
                            Source, Span)

HOSTILE = ('速報<script>alert("x")</script>ロシア軍は18日夜、ハルキウを<img src=x onerror="alert(1)">ミサイルで'
           '攻撃し、3人が死亡した。<a href="javascript:alert(2)">詳しく</a><svg onload=alert(3)>'
           '<iframe src="https://evil.example/"></iframe>"\'><style>*{display:none}</style>')


class Dom(HTMLParser):
    """Tags and attributes of a page, and which records cover each character of the article box."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.stack: list[tuple[str, dict]] = []
        self.boxes: list[list[tuple[str, frozenset]]] = []  # per article box: (chars, covering record ids)
        self.texts: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag in ("meta", "br", "img", "input", "link"):
            return
        self.stack.append((tag, a))
        if tag == "div" and a.get("class") == "text":
            self.boxes.append([])

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        self.texts.append(data)
        if any(t == "div" and a.get("class") == "text" for t, a in self.stack):
            ids = frozenset(a["data-record"] for t, a in self.stack if t == "mark" and "data-record" in a)
            self.boxes[-1].append((data, ids))

    def box_text(self, i: int = 0) -> str:
        return "".join(d for d, _ in self.boxes[i])

    def coverage(self, i: int = 0) -> dict[str, set[int]]:
        """Record id → the character offsets inside <mark data-record=id> in article box ``i``."""
        out: dict[str, set[int]] = {}
        pos = 0
        for data, ids in self.boxes[i]:
            for rid in ids:
                out.setdefault(rid, set()).update(range(pos, pos + len(data)))
            pos += len(data)
        return out


def assert_inert(html: str) -> Dom:
    """No script, no event handler, no active URL, no external resource: the page cannot run anything."""
    dom = Dom(html)
    names = [t for t, _ in dom.tags]
    assert not {"script", "img", "iframe", "svg", "object", "embed", "link", "form"} & set(names), names
    for tag, attrs in dom.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src", "action", "formaction", "xlink:href"):
                assert (value or "").startswith("#"), (tag, name, value)
    assert names.count("style") <= 1  # ours only: a <style> in the article text is text
    return dom


def assert_evidence_marked(dom: Dom, res: Extraction, text: str, box: int = 0) -> None:
    """The article box holds the article exactly, and each record's marks cover exactly its evidence."""
    assert dom.box_text(box) == text
    covered = dom.coverage(box)
    assert res.records
    for rec in res.records:
        expected = {i for ev in rec.evidence for i in range(ev.start, ev.end)}
        assert covered.get(rec.id) == expected, rec.id
    assert set(covered) == {r.id for r in res.records}


def hand_made(text: str, evil: str) -> Extraction:
    """A result whose every name and field value is hostile, independent of the extractor."""
    i = text.index("ハルキウ")
    j = text.index("攻撃し")
    ev = Span(start=j, end=j + 3, text="攻撃し")
    actor = Actor(text=evil, canonical=evil, kind="country", id=evil)
    return Extraction(
        doc_id=evil, published=dt.date(2026, 1, 19), chars=len(text), source=Source(title=evil, url=evil),
        entities=[Entity(text="ハルキウ", label="GPE", start=i, end=i + 4, canonical=evil, id=evil)],
        records=[Attack(id=evil, evidence=[ev], attacker=[actor], weapons=[evil],
                        locations=[Place(text="ハルキウ", canonical=evil, start=i, end=i + 4)]),
                 Meeting(id="mee-" + evil, evidence=[ev], name=evil, participants=[actor]),
                 Money(id="mon-1", evidence=[ev], amount=Amount(value=1, currency=evil, text=evil))],
        quality=Quality(noise_spans=[NoiseSpan(start=0, end=2, text=text[:2], reason=evil)], flags=[evil]))


# ---------- without a browser ----------
def test_hostile_text_and_values_render_as_plain_text():
    evil = '"><script>alert(9)</script><img src=x onerror=alert(8)>'
    res = hand_made(HOSTILE, evil)
    html = ukpeace.render(res, HOSTILE)
    dom = assert_inert(html)
    assert dom.box_text() == HOSTILE  # the markup of the article shows, character for character
    assert dom.coverage()[res.records[0].id] == set(range(res.records[0].evidence[0].start,
                                                          res.records[0].evidence[0].end))
    assert evil in "".join(dom.texts)  # names and field values show as text too
    assert_inert(res._repr_html_())
    assert_inert(ukpeace.render([res, res.model_copy(update={"doc_id": "2"})], [HOSTILE, None]))


def test_real_extraction_of_hostile_text_is_inert():
    res = ukpeace.extract(HOSTILE, profile="fast", doc_id="<b onmouseover=alert(1)>")
    assert res.status == "ok" and res.records
    dom = assert_inert(ukpeace.render(res, HOSTILE))
    assert_evidence_marked(dom, res, HOSTILE)


def test_displacy_view_is_inert():
    pytest.importorskip("spacy")
    evil = '"><script>alert(9)</script>'
    html = ukpeace.displacy(hand_made(HOSTILE, evil), HOSTILE)
    assert_inert(html)
    assert "ハルキウ" in html and "GPE" in html


def test_page_is_self_contained():
    res = ukpeace.extract("ロシア軍は18日夜、ハルキウをミサイルで攻撃した。", profile="fast", published="2026-01-19")
    html = ukpeace.render(res, "ロシア軍は18日夜、ハルキウをミサイルで攻撃した。")
    assert html.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in html
    assert "default-src 'none'" in html  # Content-Security-Policy: no network, no script
    assert "http://" not in html and "https://" not in html and "@import" not in html
    fragment = res._repr_html_()
    assert fragment.startswith('<div class="ukp">') and "<style>" in fragment and "<html" not in fragment


def test_several_documents_are_navigable_and_each_marked():
    texts = ["ロシア軍は18日夜、ハルキウをミサイルで攻撃し、3人が死亡した。",
             "2026年1月17日、ゼレンスキー大統領はキーウでトランプ大統領と会談した。",
             "欧州連合はウクライナ復興のため約500億ユーロの支援を約束した。"]
    results = list(ukpeace.extract_many([{"text": t, "doc_id": f"d{i}", "published": "2026-01-19"}
                                         for i, t in enumerate(texts)], profile="fast"))
    html = ukpeace.render(results, {str(r.doc_id): t for r, t in zip(results, texts)})
    dom = assert_inert(html)
    links = [a["href"][1:] for t, a in dom.tags if t == "a"]
    ids = [a["id"] for t, a in dom.tags if t == "details"]
    assert links == ids and len(set(ids)) == 3
    assert [("open" in a) for t, a in dom.tags if t == "details"] == [True, False, False]
    for i, (res, text) in enumerate(zip(results, texts)):
        assert_evidence_marked(dom, res, text, box=i)


def test_entities_noise_and_legend():
    text = "ロシア軍は18日夜、ハルキウをミサイルで攻撃した。" + "あ" * 30
    res = ukpeace.extract(text, profile="fast", published="2026-01-19")
    dom = Dom(ukpeace.render(res, text))
    titles = [a.get("title", "") for t, a in dom.tags if t == "span" and "ent" in a.get("class", "")]
    assert any("Kharkiv" in t and "place:kharkiv" in t for t in titles), titles
    struck = [a for t, a in dom.tags if t == "del" and a.get("class") == "noise"]
    assert len(struck) >= 1 + 1  # the legend's key and the repeated characters
    legend = [t for t, a in dom.tags if t == "div" and a.get("class") == "legend"]
    assert legend and all(k in ukpeace.render(res, text) for k in ("meeting", "proposal", "money", "attack"))


def test_without_its_text_the_view_is_rebuilt_from_the_quoted_spans():
    text = "ロシア軍は18日夜、ハルキウをミサイルで攻撃し、3人が死亡した。" * 2
    res = ukpeace.extract(text, profile="fast", published="2026-01-19")
    dom = Dom(ukpeace.render(res))
    shown = dom.box_text()
    assert "…" in shown or len(shown) == len(text)
    for rec in res.records:
        assert all(ev.text in shown for ev in rec.evidence)
    html = ukpeace.render(res, "a different text")  # wrong text: a note, not a wrong picture
    assert "does not match" in html


def test_bad_arguments_are_clear_errors():
    with pytest.raises(TypeError, match="Extraction"):
        ukpeace.render("just a string")
    res = Extraction(doc_id="x")
    with pytest.raises(ValueError, match="texts for"):
        ukpeace.render([res, res], ["one"])
    err = Extraction(doc_id="bad", status="error", error="<b>boom</b>")
    assert "&lt;b&gt;boom&lt;/b&gt;" in ukpeace.render(err)


def test_a_long_article_stays_readable_and_linear():
    text = ("ロシア軍は18日夜、ハルキウのエネルギー施設をミサイルと無人機で攻撃し、3人が死亡した。"
            "ゼレンスキー大統領はキーウでトランプ大統領と会談した。\n") * 150
    assert len(text) > 10_000
    res = ukpeace.extract(text, profile="fast", published="2026-01-19")
    html = ukpeace.render(res, text)
    dom = assert_inert(html)
    assert_evidence_marked(dom, res, text)
    assert len(html) < 80 * len(text)
    assert "max-height:36em;overflow-y:auto" in html  # the article scrolls in its box, tables follow


# ---------- in a real browser ----------
def _chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium fonts-noto-cjk); "
                    "the same DOM assertions ran above on the HTML through Python's parser")
    return exe


def _headless(exe: str, page: pathlib.Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions",
                           "--no-first-run", "--user-data-dir=" + str(page.parent / "profile"), *args, page.as_uri()],
                          capture_output=True, text=True, timeout=120, check=True)


@pytest.mark.slow
def test_founding_article_in_headless_chromium(seed, seed_text, tmp_path):
    exe = _chromium()
    page = tmp_path / "seed.html"
    page.write_text(ukpeace.render(seed, seed_text), encoding="utf-8")
    shot = tmp_path / "seed.png"
    _headless(exe, page, f"--screenshot={shot}", "--window-size=1280,2000", "--hide-scrollbars")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    out_dir = pathlib.Path(__file__).resolve().parents[1] / "out"
    out_dir.mkdir(exist_ok=True)
    shutil.copy(shot, out_dir / "render-seed.png")  # for a person to look at (out/ is git-ignored)
    dom = assert_inert(_headless(exe, page, "--dump-dom").stdout)  # the DOM Chromium built
    assert_evidence_marked(dom, seed, seed_text)


def test_hostile_page_in_headless_chromium(tmp_path):
    exe = _chromium()
    evil = '"><script>alert(9)</script><img src=x onerror=alert(8)>'
    page = tmp_path / "hostile.html"
    page.write_text(ukpeace.render(hand_made(HOSTILE, evil), HOSTILE), encoding="utf-8")
    dom = assert_inert(_headless(exe, page, "--dump-dom").stdout)
    assert dom.box_text() == HOSTILE

"""Web pages against clean text: the page gold set (data/pages) scored with ukpeace.evaluate's scorer.

    python bench/pages.py [--profile full|fast]

For each page p-XX.html (a dev article in a news-site layout, data/pages/build.py): F1 of
ukpeace.extract_html(page) and of ukpeace.extract(clean article text) against the article's gold
(data/dev/d-XX.json); records drawn from planted furniture (a record with evidence overlapping a
chrome snippet in result.text); chrome snippets that survive in the main text and how many of them
are flagged (60% of their characters inside chrome spans), how many trafilatura removed; whether the
publication date came from the page's metadata. Then the same articles as plain text with the page's
furniture pasted around them (byline on top, the rest below): records beyond the clean text's.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ukpeace.evaluate import TYPES, prf, score_document  # noqa: E402

PAGES = ROOT / "data" / "pages"
DEV = ROOT / "data" / "dev"


def locate(text: str, snippet: str) -> list[tuple[int, int]]:
    """Every occurrence of a snippet in the main text (trafilatura turns U+3000 into a space)."""
    out = []
    for s in {snippet, snippet.replace("\u3000", " ")}:
        i = text.find(s)
        while i != -1:
            out.append((i, i + len(s)))
            i = text.find(s, i + 1)
    return out


def covered(spans, s: int, e: int) -> bool:
    inside = sum(max(0, min(b, e) - max(a, s)) for a, b in spans)
    return inside >= 0.6 * (e - s)


def counts(gold: dict, res) -> dict:
    per, _, _ = score_document(gold, res.model_dump(mode="json"))
    return {k: sum(per[t][k] for t in TYPES) for k in ("tp", "fp", "fn")}


def f1(c: dict) -> float:
    return prf(c["tp"], c["fp"], c["fn"])[2]


def chrome_report(res, snippets: list[str]) -> dict:
    text = res.text or ""
    spans = [(c.start, c.end) for c in res.quality.chrome_spans]
    places = {sn: locate(text, sn) for sn in snippets}
    present = [sn for sn, occ in places.items() if occ]
    flagged = [sn for sn in present if all(covered(spans, s, e) for s, e in places[sn])]
    occ = [se for sn in present for se in places[sn]]
    from_chrome = [r for r in res.records if any(ev.start < e and s < ev.end for ev in r.evidence for s, e in occ)]
    return {"in_text": len(present), "flagged": len(flagged), "removed": len(snippets) - len(present),
            "missed": [sn for sn in present if sn not in flagged], "from_chrome": len(from_chrome)}


def pasted(text: str, snippets: list[str]) -> str:
    """The clean article with the page's furniture pasted around it, as a user copying a page gets it."""
    top = [s for s in snippets if s.startswith(("＝", "国際報道部")) or "記者" in s]
    rest = [s for s in snippets if s not in top]
    head, _, body = text.partition("\n")
    byline = "".join(f"【ワシントン{s}】" if s.startswith("＝") else s + "\n" for s in top)
    return f"{head}\n{byline}{body}\n" + "\n".join(rest) + "\n"


def hostile_cases() -> dict:
    """Hostile pages, built here (nothing downloaded): name -> bytes or str."""
    body = "<p>" + "ロシア軍は28日未明、キーウを無人機で攻撃し、集合住宅が損傷した。" * 5 + "</p>"
    doc = f"<html><body><article><h1>キーウ攻撃</h1>{body}</article></body></html>"
    laughs = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "' + (f"&lol{i - 1};" if i > 1 else "&lol;") * 10 + '">' for i in range(1, 10))
    return {
        "50 MB page": ("<html><body><p>" + "あ" * 17_000_000 + "</p></body></html>"),
        "9 MB page of 250,000 paragraphs": "<html><body>" + "<p>ロシア軍が攻撃した。</p>" * 250_000 + "</body></html>",
        "30,000 link blocks, 1.5 MB": ("<html><body><article>"
                                       + '<div><span><a href="#">リンク</a></span></div>' * 30_000
                                       + body + "</article></body></html>"),
        "6,000 link blocks (18,000 elements)": ("<html><body><article>"
                                                + '<div><span><a href="#">リンク</a></span></div>'
                                                * 6_000 + body + "</article></body></html>"),
        "tags nested 100,000 deep": "<html><body>" + "<div>" * 100_000 + body + "</div>" * 100_000 + "</body></html>",
        "100,000 unclosed <span>": "<html><body>" + "<span>" * 100_000 + body + "</body></html>",
        "billion laughs": f"<!DOCTYPE html [{laughs}]>" + doc.replace("</p>", "&lol9;</p>"),
        "external entity + DTD": ('<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
                                  '<!ENTITY % d SYSTEM "http://127.0.0.1:9/x.dtd"> %d;]>'
                                  + doc.replace("</p>", "&xxe;</p>")),
        "Shift_JIS declared, UTF-8 bytes": doc.replace("<html>", '<html><meta charset="Shift_JIS">').encode("utf-8"),
        "UTF-8 declared, EUC-JP bytes": doc.replace("<html>", '<html><meta charset="utf-8">').encode("euc_jp"),
        "random bytes, 1 MB": bytes((i * 7919 + 13) % 256 for i in range(1_000_000)),
    }


def hostile() -> None:
    import resource
    import time

    from ukpeace.html import PageError, read_page

    print(f"\n{'hostile page':34} {'seconds':>8} {'peak RSS MB':>11}  outcome")
    for name, page in hostile_cases().items():
        t0 = time.perf_counter()
        try:
            p = read_page(page)
            outcome = f"flags {p.flags}, {len(p.text):,} chars of text"
        except PageError as exc:
            outcome = f"PageError: {exc}"
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{name:34} {time.perf_counter() - t0:8.2f} {rss:11.0f}  {outcome[:110]}")


def main() -> int:
    import ukpeace

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--profile", choices=("full", "fast"), default="full")
    ap.add_argument("--hostile", action="store_true", help="only time the hostile pages (peak RSS is cumulative)")
    ap.add_argument("--no-chrome", action="store_true",
                    help="counterfactual: switch chrome detection off to see what the furniture would cost")
    args = ap.parse_args()
    if args.hostile:
        hostile()
        return 0
    if args.no_chrome:
        import ukpeace.chrome

        ukpeace.chrome.find_chrome = lambda text, exclude=(): []
    tot = {k: {"tp": 0, "fp": 0, "fn": 0} for k in ("html", "clean", "pasted")}
    worst, chrome_recs, flagged, in_text, removed, extra = 0.0, 0, 0, 0, 0, 0
    print(f"{'page':5} {'layout':18} {'art':5} {'F1 html':>7} {'F1 text':>7} {'diff':>6} {'pub':>4} "
          f"{'chrome in text':>14} {'flagged':>7} {'removed':>7} {'recs from chrome':>16} {'pasted extra':>12}")
    for side_path in sorted(PAGES.glob("p-*.json")):
        side = json.loads(side_path.read_text("utf-8"))
        gold = json.loads((DEV / f"{side['article']}.json").read_text("utf-8"))
        text = (DEV / f"{side['article']}.txt").read_text("utf-8")
        page = (PAGES / f"{side['id']}.html").read_bytes()
        rh = ukpeace.extract_html(page, url=side["url"], doc_id=side["id"], profile=args.profile)
        rc = ukpeace.extract(text, published=gold["published"], doc_id=side["article"], profile=args.profile)
        rp = ukpeace.extract(pasted(text, side["chrome"]), published=gold["published"], profile=args.profile)
        ch, cc, cp = counts(gold, rh), counts(gold, rc), counts(gold, rp)
        for k, c in (("html", ch), ("clean", cc), ("pasted", cp)):
            for x in c:
                tot[k][x] += c[x]
        cr = chrome_report(rh, side["chrome"])
        pub_ok = rh.published is not None and str(rh.published) == side["published"] and rh.published_source == "html"
        d = f1(ch) - f1(cc)
        worst = min(worst, d)
        chrome_recs += cr["from_chrome"]
        flagged, in_text, removed = flagged + cr["flagged"], in_text + cr["in_text"], removed + cr["removed"]
        ext = len(rp.records) - len(rc.records)
        extra += max(0, ext)
        print(f"{side['id']:5} {side['layout']:18} {side['article']:5} {f1(ch):7.3f} {f1(cc):7.3f} {d:+6.3f} "
              f"{'ok' if pub_ok else 'NO':>4} {cr['in_text']:14d} {cr['flagged']:7d} {cr['removed']:7d} "
              f"{cr['from_chrome']:16d} {ext:+12d}")
        for m in cr["missed"]:
            print(f"      not flagged: {m!r}")
    print(f"ALL   micro F1 html {f1(tot['html']):.3f}  clean text {f1(tot['clean']):.3f}  "
          f"pasted-chrome text {f1(tot['pasted']):.3f}")
    print(f"worst per-page F1 difference (html - text): {worst:+.3f}")
    print(f"records from chrome: {chrome_recs}; chrome snippets in main text flagged: {flagged}/{in_text}; "
          f"removed by trafilatura: {removed}; extra records with chrome pasted into plain text: {extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

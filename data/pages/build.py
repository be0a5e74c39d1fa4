"""Build the page gold set: each dev article (data/dev/d-XX.txt, gold d-XX.json) wrapped in the layout of
a kind of Japanese news page, with the furniture such pages carry, inside and around the article.

    python data/pages/build.py          # rewrites data/pages/p-*.html and p-*.json

p-XX.json: {"id", "article" (the dev article whose gold records apply), "layout", "url", "published"
(the date in the page's metadata), "chrome": [snippets of furniture planted in the page]}. bench/pages.py
scores the pages against the article's gold; a chrome snippet that survives in the main text must be
flagged, and no record may come from it. The furniture is written to tempt the rules: related headlines
with attacks and sums, comments naming summits, salaries and subscription prices in yen, bylines with
person names, English UI labels and headline lists.
"""
from __future__ import annotations

import html as H
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
DEV = HERE.parent / "dev"
DATE_LINE = re.compile(r"^(?:最終更新：)?(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}/\d{2}/\d{2}|\d{2}/\d{2}/\d{4})"
                       r"(?:\s+\d{1,2}:\d{2})?$")
HEAD = re.compile(r"^(?:[■◆]|\d\.\s)")


def article(name: str) -> tuple[str, list[str]]:
    lines = [x.strip() for x in (DEV / f"{name}.txt").read_text("utf-8").splitlines()]
    lines = [x for x in lines if x]
    title, rest = lines[0], lines[1:]
    if rest and DATE_LINE.match(rest[0]):
        rest = rest[1:]
    return title, rest


def body(paras: list[str], inserts: dict[int, str] | None = None, lead: str = "") -> str:
    out = []
    for i, p in enumerate(paras):
        if i in (inserts or {}):
            out.append(inserts[i])
        text = H.escape(p)
        if i == 0 and lead:
            text = lead + text
        out.append(f"<h2>{text}</h2>" if HEAD.match(p) else f"<p>{text}</p>")
    return "\n".join(out)


def page(title: str, head_meta: str, top: str, main: str, bottom: str, charset: str = "utf-8",
         lang: str = "ja") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="{charset}">
<title>{H.escape(title)}</title>
{head_meta}
</head>
<body>
{top}
{main}
{bottom}
</body>
</html>
"""


def meta(site: str, published: str, author: str = "", url: str = "", jsonld: bool = False) -> str:
    out = [f'<meta property="og:site_name" content="{site}">', f'<meta property="og:url" content="{url}">',
           f'<meta property="article:published_time" content="{published}T09:00:00+09:00">']
    if author:
        out.append(f'<meta name="author" content="{author}">')
    if jsonld:
        out.append('<script type="application/ld+json">' + json.dumps(
            {"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": f"{published}T09:00:00+09:00",
             "publisher": {"@type": "Organization", "name": site}}, ensure_ascii=False) + "</script>")
    return "\n".join(out)


def ul(items: list[str], cls: str) -> str:
    return f'<ul class="{cls}">' + "".join(f"<li><a href=\"#\">{H.escape(i)}</a></li>" for i in items) + "</ul>"


def nav(items: list[str]) -> str:
    return f"<header><nav>{ul(items, 'global-nav')}</nav></header>"


# ------------------------------------------------------------------------------------------ layouts
def broadcaster(a, pub, url):
    """A national broadcaster: section nav, share bar inside the article, related list, no byline."""
    title, paras = article(a)
    share = '<div class="share"><p>シェア ツイート LINE はてブ</p></div>'
    related = ["ロシア軍 ハルキウに無人機攻撃 3人死亡", "ウクライナ支援 日本が45億ドル追加へ",
               "米ロ首脳が電話会談 停戦めぐり"]
    main = f"""<main><article><h1>{H.escape(title)}</h1><time datetime="{pub}">{pub}</time>
{share}
<section class="body">{body(paras)}</section>
<section class="related"><h2>関連ニュース</h2>{ul(related, 'rel')}</section>
</article></main>"""
    top = nav(["トップ", "ニュース", "国際", "政治", "経済", "社会", "天気"])
    bottom = ("<footer><p>Copyright NHK (Japan Broadcasting Corporation) All rights reserved. "
              "許可なく転載することを禁じます。</p></footer>")
    chrome = ["シェア ツイート LINE はてブ", "関連ニュース", *related]
    return page(title + " | NHK", meta("NHKニュース", pub, url=url), top, main, bottom), chrome


def paywall(a, pub, url):
    """A newspaper with a paywall teaser: byline, subscription offer with a monthly price, ranking."""
    title, paras = article(a)
    offer = ('<div class="paywall"><p>この記事は有料会員限定です。続きを読むには会員登録が必要です。</p>'
             "<p>今なら初月無料！月額4,277円（税込）で全ての記事が読み放題</p></div>")
    ranking = ["円安進む 1ドル160円台", "ウクライナ復興 日本企業200社が参加へ", "ロシア凍結資産 3000億ドル活用へ"]
    main = f"""<main><article><h1>{H.escape(title)}</h1><div class="date">{pub}</div>
{body(paras, {len(paras) - 1: offer}, lead="【ワシントン＝高橋健太】")}
<p class="credit">（写真：ロイター）</p>
</article><aside><h3>アクセスランキング</h3>{ul(ranking, 'rank')}</aside></main>"""
    top = (nav(["ホーム", "速報", "政治", "経済", "国際", "マーケット"])
           + "<div class=\"login\"><a>ログイン</a> <a>会員登録</a></div>")
    chrome = ["＝高橋健太", "この記事は有料会員限定です。続きを読むには会員登録が必要です。",
              "今なら初月無料！月額4,277円（税込）で全ての記事が読み放題", "写真：ロイター", "アクセスランキング",
              *ranking]
    return page(title + "：日本経済新聞", meta("日本経済新聞", pub, "高橋健太", url), top, main,
                "<footer>© Nikkei Inc. No reproduction without permission.</footer>"), chrome


def aggregator(a, pub, url):
    """A wire story on an aggregator: source credit, related headlines in the article, comments."""
    title, paras = article(a)
    related = ["【速報】ロシア軍、ハルキウに大規模ミサイル攻撃　死者10人", "EU、ウクライナに500億ユーロ支援で合意",
               "ゼレンスキー氏、トランプ氏とホワイトハウスで会談へ"]
    comments = ["和平には米ロ首脳会談が不可欠だと思う。プーチン氏とトランプ氏が直接会うべきだ。",
                "日本も1兆円規模の支援をすべきではないか。"]
    rel = "<div class=\"related-inline\"><p>関連記事</p>" + "".join(f"<p>{H.escape(r)}</p>" for r in related) + "</div>"
    main = f"""<div id="contents"><article><h1>{H.escape(title)}</h1>\
<p class="source">ロイター</p><time>{pub} 10:12配信</time>
{body(paras)}
{rel}
<p>最終更新:{pub}(ロイター)</p>
</article>
<section id="comments"><h2>コメント（128件）</h2>\
{''.join(f'<div class="c"><p>{H.escape(c)}</p><p>返信 通報 そう思う 52</p></div>' for c in comments)}\
</section></div>"""
    top = nav(["ニュース", "トピックス", "速報", "ライブ", "オリジナル", "ランキング"])
    chrome = ["関連記事", *related, "コメント（128件）", *comments, "返信 通報 そう思う 52"]
    return page(title + "（ロイター） - Yahoo!ニュース", meta("Yahoo!ニュース", pub, url=url), top, main,
                "<footer><p>© LY Corporation</p></footer>"), chrome


def liveblog(a, pub, url):
    """A live blog: timestamped entries, 'latest' banner, share labels per entry, ad slot."""
    title, paras = article(a)
    ad = '<div class="ad"><p>広告</p><p>【PR】ウクライナ語講座 受講料 月額3,300円 今なら入会金無料</p></div>'
    main = f"""<main><article class="liveblog"><h1>{H.escape(title)}</h1><p class="updated">最終更新：{pub}</p>
{body(paras, {4: ad})}
<p>この記事をシェア</p>
</article></main>"""
    top = nav(["ホーム", "国際", "ライブ", "特集", "動画"])
    chrome = ["広告", "【PR】ウクライナ語講座 受講料 月額3,300円 今なら入会金無料", "この記事をシェア"]
    return page(title + " | 毎日新聞", meta("毎日新聞", pub, url=url, jsonld=True), top, main,
                "<footer>Copyright THE MAINICHI NEWSPAPERS. All rights reserved.</footer>"), chrome


def ministry(a, pub, url):
    """A government press release: breadcrumbs, print/share labels, page-top links, a contact block."""
    title, paras = article(a)
    crumbs = "ホーム > 外交政策 > 報道発表 > 欧州"
    main = f"""<div id="main"><p class="breadcrumb">{crumbs}</p><h1>{H.escape(title)}</h1>\
<p class="rightalign">令和7年7月12日</p>
{body(paras)}
<p>印刷 ページトップへ</p>
<p>（参考）関連：ウクライナ復興支援に関する日本の取組（2024年2月）</p>
</div>"""
    top = nav(["English", "会見", "報道発表", "政策", "国・地域", "省について"])
    chrome = [crumbs, "印刷 ページトップへ"]
    return page(title + "｜外務省", meta("外務省", pub, url=url), top, main,
                "<footer><p>Copyright © The Ministry of Foreign Affairs of Japan</p></footer>"), chrome


def jobs_prices(a, pub, url):
    """A news portal with job listings and shopping prices inside the article column."""
    title, paras = article(a)
    jobs = ["【正社員】ロシア語翻訳スタッフ 年収500万円～800万円 東京都千代田区",
            "ウクライナ語通訳（契約社員） 月給32万円 勤務地：大阪市", "海外営業（欧州担当） 年収700万円 未経験OK"]
    shop = ["防災セット 1人用 9,980円（税込） 送料無料", "モバイルバッテリー 大容量 3,480円 ポイント還元"]
    block = ("<div class=\"jobs\"><h3>求人情報</h3>" + "".join(f"<p>{H.escape(j)}</p>" for j in jobs) + "</div>"
             + "<div class=\"shop\"><h3>PR</h3>" + "".join(f"<p>{H.escape(s)}</p>" for s in shop) + "</div>")
    main = f"""<main><article><h1>{H.escape(title)}</h1><time datetime="{pub}">{pub.replace('-', '/')}</time>
{body(paras, {len(paras) // 2: block})}
</article></main>"""
    top = nav(["ニュース", "求人", "ショッピング", "天気", "占い"])
    chrome = ["求人情報", *jobs, "PR", *shop]
    return page(title + " - gooニュース", meta("gooニュース", pub, url=url), top, main,
                "<footer><p>© NTT DOCOMO, INC.</p></footer>"), chrome


def english_site(a, pub, url):
    """A machine-translated English site: English UI labels, cookie banner, English recommended list."""
    title, paras = article(a)
    rec = ["Zelensky meets Trump at the White House to discuss security guarantees",
           "Russia launches 500 drones and 40 missiles at Kyiv overnight",
           "EU leaders agree 50 billion euro package for Ukraine"]
    main = f"""<main><article><h1>{H.escape(title)}</h1><div class="meta">{pub[8:10]}/{pub[5:7]}/{pub[:4]}</div>
<p>Home | World | Europe | Ukraine</p>
{body(paras)}
<p>Share this article Facebook X Email Copy link</p>
<h3>Recommended Stories</h3>{''.join(f'<p>{H.escape(r)}</p>' for r in rec)}
</article></main>"""
    cookie = ('<div class="cookie"><p>We use cookies to improve your experience. By continuing you accept our '
              "Cookie Policy.</p><p>Accept all Reject all Cookie settings</p></div>")
    top = nav(["Home", "News", "World", "Business", "Opinion", "Sign in"]) + cookie
    chrome = ["Home | World | Europe | Ukraine", "Share this article Facebook X Email Copy link", "Recommended Stories",
              *rec]
    return page(title + " - Euro Weekly News (日本語)", meta("Euro Weekly News", pub, url=url), top, main,
                "<footer><p>Copyright © 2025 Euro Weekly News. All rights reserved. "
                "Privacy Policy Terms of Use</p></footer>",
                lang="en"), chrome


def newspaper_credits(a, pub, url):
    """A newspaper analysis: byline line, photo captions with credits, follow labels, reporter signature."""
    title, paras = article(a)
    cap = ("<figure><img src=\"x.jpg\"><figcaption>会談に臨むトランプ米大統領（15日、アンカレジ、写真：AP）"
           "</figcaption></figure>")
    main = f"""<main><article><h1>{H.escape(title)}</h1><p class="byline">国際報道部 佐藤美咲記者</p><time>{pub}</time>
{cap}
{body(paras)}
<p>（佐藤美咲）</p>
<p>Xでフォロー フォローする</p>
</article></main>"""
    top = nav(["トップ", "速報", "国際", "オピニオン", "連載"])
    chrome = ["国際報道部 佐藤美咲記者", "写真：AP", "（佐藤美咲）", "Xでフォロー フォローする"]
    return page(title + "：朝日新聞", meta("朝日新聞", pub, "佐藤美咲", url), top, main,
                "<footer>Copyright © The Asahi Shimbun Company. All rights reserved. "
                "無断転載・複製を禁じます。</footer>"), chrome


def blog(a, pub, url):
    """A personal blog (note-like): author profile, share and follow labels, tags, comments."""
    title, paras = article(a)
    comments = ["わかりやすい解説ありがとうございます。次回のイスタンブール協議も解説してほしいです。"]
    main = f"""<main><article><h1>{H.escape(title)}</h1><div class="author"><p>中村ゆうこ</p><p>フォロー</p></div>
<time datetime="{pub}">{pub}</time>
{body(paras)}
<p>いいね シェア 保存</p>
<p>#ウクライナ #ロシア #国際情勢</p>
</article>
<section class="comments"><h3>コメント</h3>{''.join(f'<p>{H.escape(c)}</p>' for c in comments)}</section></main>"""
    top = nav(["ホーム", "記事一覧", "ログイン", "会員登録"])
    chrome = ["いいね シェア 保存", "コメント", *comments]
    return page(title + "｜中村ゆうこ｜note", meta("note（ノート）", pub, "中村ゆうこ", url), top, main,
                "<footer>© note inc.</footer>"), chrome


def aggregator_photo(a, pub, url):
    """A wire story on a portal: photo credit, '>> related' lines, ranking of other wire stories."""
    title, paras = article(a)
    rel = ["＞＞ ロシア、30日間停戦案を拒否　プーチン氏「条件ある」", "＞＞ 米国、ウクライナへの軍事支援を一時停止"]
    ranking = ["1 ロシア軍、オデーサ港にミサイル攻撃　穀物倉庫が炎上", "2 トランプ氏、プーチン氏と2時間電話会談"]
    main = f"""<main><article><h1>{H.escape(title)}</h1><p class="date">{pub} 07:45</p>
<figure><figcaption>ジッダでの協議に臨む米国とウクライナの代表団（11日、写真＝ロイター）</figcaption></figure>
{body(paras)}
{''.join(f'<p>{H.escape(r)}</p>' for r in rel)}
</article><aside><h3>ランキング</h3>{''.join(f'<p>{H.escape(r)}</p>' for r in ranking)}</aside></main>"""
    top = nav(["トップ", "国内", "海外", "芸能", "スポーツ"])
    chrome = ["写真＝ロイター", *rel, "ランキング", *ranking]
    return page(title + " - livedoorニュース", meta("livedoorニュース", pub, url=url, jsonld=True), top, main,
                "<footer>Copyright © LY Corporation All Rights Reserved.</footer>"), chrome


def embassy(a, pub, url):
    """An embassy news page: language switcher, breadcrumbs, share labels, contact footer."""
    title, paras = article(a)
    langs = "English 日本語 Українська"
    main = f"""<div class="content"><p>{langs}</p><p>ホーム › ニュース › 大使館ニュース</p><h1>{H.escape(title)}</h1>
<p class="date">{pub}</p>
{body(paras)}
<p>Facebook X LINE 印刷</p>
</div>"""
    top = nav(["大使館について", "領事サービス", "ニュース", "お問い合わせ"])
    chrome = [langs, "ホーム › ニュース › 大使館ニュース", "Facebook X LINE 印刷"]
    return page(title + " | 在日ウクライナ大使館", meta("在日ウクライナ大使館", pub, url=url), top, main,
                "<footer><p>〒106-0046 東京都港区元麻布3-5-31 © 2025 Embassy of Ukraine in Japan</p></footer>"), chrome


def regional(a, pub, url):
    """A regional paper: cookie notice, byline at the lead, weather widget, popular list, pagination."""
    title, paras = article(a)
    cookie = ("当サイトではCookieを使用しています。"
              "サイトの閲覧を続けることで、Cookieの使用に同意したものとみなします。")
    popular = ["米、ウクライナに60億ドルの武器売却へ", "ロシアの無人機、ポーランド領空侵犯　NATOが緊急会合"]
    main = f"""<main><article><h1>{H.escape(title)}</h1><time datetime="{pub}">{pub}</time>
{body(paras, lead="【モスクワ＝共同】")}
<p>前の記事 次の記事</p>
<h3>人気記事</h3>{''.join(f'<p>{H.escape(p)}</p>' for p in popular)}
<p class="cookie">{cookie}</p>
</article></main>"""
    top = nav(["ホーム", "地域", "社会", "経済", "国際", "スポーツ"])
    chrome = ["前の記事 次の記事", "人気記事", *popular, cookie]
    return page(title + " | 北海道新聞デジタル", meta("北海道新聞", pub, url=url), top, main,
                "<footer><p>Copyright (C) The Hokkaido Shimbun Press. 無断転載禁止</p></footer>"), chrome


PAGES = [  # id, dev article, layout, url
    ("p-01", "d-11", broadcaster, "https://www3.nhk.or.jp/news/html/20260131/k10014711.html"),
    ("p-02", "d-06", paywall, "https://www.nikkei.com/article/DGXZQOGN01ABC0R00C25A5000000/"),
    ("p-03", "d-01", aggregator, "https://news.yahoo.co.jp/articles/3f1c2a9b7e"),
    ("p-04", "d-09", liveblog, "https://mainichi.jp/articles/20250414/k00/00m/030/001000c"),
    ("p-05", "d-08", ministry, "https://www.mofa.go.jp/mofaj/press/release/pressit_000001_01234.html"),
    ("p-06", "d-12", jobs_prices, "https://news.goo.ne.jp/article/ukraine/world/20260224.html"),
    ("p-07", "d-07", english_site, "https://euroweeklynews.com/ja/2025/12/20/eu-ukraine-loan/"),
    ("p-08", "d-03", newspaper_credits, "https://www.asahi.com/articles/ASR8X1234.html"),
    ("p-09", "d-02", blog, "https://note.com/yuko_n/n/n1a2b3c4d5e6f"),
    ("p-10", "d-05", aggregator_photo, "https://news.livedoor.com/article/detail/28311111/"),
    ("p-11", "d-10", embassy, "https://japan.mfa.gov.ua/ja/news/abu-dhabi-round-2"),
    ("p-12", "d-04", regional, "https://www.hokkaido-np.co.jp/article/1234567/"),
]

SHIFT_JIS = {"p-12"}


def main() -> None:
    for pid, a, layout, url in PAGES:
        gold = json.loads((DEV / f"{a}.json").read_text("utf-8"))
        pub = gold["published"]
        html, chrome = layout(a, pub, url)
        if pid in SHIFT_JIS:  # regional sites still serve Shift_JIS: the page declares it and is encoded in it
            (HERE / f"{pid}.html").write_bytes(html.replace('charset="utf-8"', 'charset="Shift_JIS"').encode("cp932"))
        else:
            (HERE / f"{pid}.html").write_text(html, "utf-8")
        side = {"id": pid, "article": a, "layout": layout.__name__, "description": layout.__doc__,
                "url": url, "published": pub, "chrome": chrome}
        (HERE / f"{pid}.json").write_text(json.dumps(side, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"wrote {len(PAGES)} pages to {HERE}")


if __name__ == "__main__":
    main()

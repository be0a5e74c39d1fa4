"""Fuzz ukpeace.extract_many with generated documents and check every invariant of every result.

    .venv/bin/python bench/fuzz.py [--n 5000] [--profile full|fast] [--seed 0] [--batch-size 32]
                                   [--n-process 1] [--recheck 0.1] [--dump failures.jsonl]

Documents (reproducible from --seed): random Unicode (surrogates, control characters, astral planes),
generated Japanese news sentences (names, places, figures, money, dates, quotes), the same corrupted
(Chinese filler, mojibake, HTML and wiki markup, control characters and NUL, lone surrogates, repeats,
Hangul, truncation -- of the text or of its UTF-8 bytes), slices of the dev articles, blank texts, and
about 2% bad items (non-str, invalid UTF-8, a bad ``published``).

Invariants, on each result (``violations``):
- one result per input, in input order (doc_id), never an exception out of extract_many;
- it re-validates (Extraction.model_validate(res.model_dump()) == res) and serialises to JSON that
  encodes as strict UTF-8 and round-trips;
- bad input gives status "error" with a message; a well-formed text gives "ok" or "empty"; "empty" has
  no records/entities, and a non-blank text reported "empty" keeps the noise or chrome spans that emptied it;
- every evidence span, noise span and entity lies inside the text and quotes text[start:end] (or the
  sanitised text, where sanitize() replaced a lone surrogate or a control character); noise spans
  are sorted, disjoint and have a known reason; every record has evidence and an id;
- chars == len(text); 0 <= quality.score <= 1;
- for a --recheck sample, ukpeace.extract() on the same item gives byte-identical JSON.

Prints documents, characters, statuses, errors by type, invariant violations (must be 0), crashes
(must be 0) and elapsed time. Exit status 1 when there are violations or crashes.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import pathlib
import random
import sys
import time
from collections import Counter, defaultdict

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEV = ROOT / "data" / "dev"

import ukpeace  # noqa: E402
from ukpeace.models import Extraction  # noqa: E402
from ukpeace.encoding import decode_bytes  # noqa: E402
from ukpeace.text import REASONS, sanitize  # noqa: E402

# --------------------------------------------------------------------------------------------- invariants
ACTOR_FIELDS = ("participants", "parties", "proposer", "recipient", "donor", "attacker", "locations")


def decoded(raw):
    """The str extract() sees for a well-formed raw text: a str, or bytes that ukpeace.encoding.decode_bytes
    reads (byte-order mark, UTF-8, or a detected CP932/EUC-JP/UTF-16 ...); None when it is bad input."""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, (bytes, bytearray)):
        try:
            return decode_bytes(bytes(raw))[0]
        except ValueError:
            return None
    return None


def violations(text, res) -> list[str]:
    """Broken invariants of one result. ``text``: the decoded input str, or None for bad input."""
    out: list[str] = []
    if not isinstance(res, Extraction):
        return [f"not an Extraction: {type(res).__name__}"]
    try:
        if Extraction.model_validate(res.model_dump()) != res:
            out.append("re-validated model differs")
    except Exception as exc:
        out.append(f"re-validation failed: {type(exc).__name__}")
    try:
        js = res.model_dump_json()
        js.encode("utf-8")
        if Extraction.model_validate_json(js).model_dump_json() != js:
            out.append("JSON round trip differs")
    except Exception as exc:
        msg = str(exc)
        kind = "surrogates not allowed" if "surrogates not allowed" in msg else msg[:80]
        out.append(f"model_dump_json failed: {type(exc).__name__}: {kind}")
    if text is None:
        if res.status != "error":
            out.append(f"bad input gave status {res.status!r}")
        elif not res.error:
            out.append("status error without a message")
        return out
    if res.status == "error":
        out.append(f"status error on well-formed text: {res.error}")
        return out
    clean = sanitize(text)
    n = len(text)
    if res.chars != n:
        out.append("chars != len(text)")
    if res.status == "empty":
        if res.records or res.entities:
            out.append("status empty with records/entities")
        if clean.strip() and not (res.quality.noise_spans or res.quality.chrome_spans):
            out.append("non-blank text reported empty without its noise or chrome spans")
    elif not text.strip():
        out.append("blank text with status ok")

    def span(kind, s, e, quoted):
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= n):
            out.append(f"{kind} span outside the text")
        elif quoted is not None and quoted != text[s:e] and quoted != clean[s:e]:
            out.append(f"{kind} text != text[start:end]")

    last = 0
    for sp in res.quality.noise_spans:
        span("noise", sp.start, sp.end, sp.text)
        if sp.reason not in REASONS:
            out.append("unknown noise reason")
        if sp.start < last:
            out.append("noise spans unsorted/overlapping")
        last = max(last, sp.end)
    for ent in res.entities:
        span("entity", ent.start, ent.end, ent.text)
    for rec in res.records:
        if not rec.evidence:
            out.append(f"{rec.type} without evidence")
        if not rec.id:
            out.append(f"{rec.type} without id")
        for ev in rec.evidence:
            span(f"{rec.type} evidence", ev.start, ev.end, ev.text)
        places = [getattr(rec, "location", None)] + [a for f in ACTOR_FIELDS for a in (getattr(rec, f, None) or [])]
        for a in places:
            if a is not None and a.start is not None and a.end is not None and not 0 <= a.start <= a.end <= n:
                out.append(f"{rec.type} actor/place offsets outside the text")
    if not 0.0 <= res.quality.score <= 1.0:
        out.append("quality.score outside [0, 1]")
    return out


# --------------------------------------------------------------------------------------------- generator
PERSONS = ["ゼレンスキー大統領", "プーチン大統領", "トランプ大統領", "ルッテ事務総長", "フォンデアライエン委員長",
           "ウィトコフ特使", "ウメロフ書記", "メジンスキー大統領補佐官", "シビハ外相", "ラブロフ外相", "マクロン大統領",
           "スターマー首相", "石破首相", "エルドアン大統領", "クシュナー氏", "ダビド・アラハミア氏", "ゼレンスキー氏"]
PLACES = ["キーウ", "モスクワ", "ハルキウ", "オデーサ", "ザポリージャ", "ドネツク州", "ヘルソン", "イスタンブール",
          "ジュネーブ", "マイアミ", "ダボス", "ワシントン", "パリ", "ベルリン", "リヤド", "アブダビ", "ポーランド",
          "トルコ", "ウクライナ東部", "クリミア半島", "ドニプロ", "リビウ"]
ORGS = ["北大西洋条約機構（NATO）", "欧州連合（EU）", "国連", "国際通貨基金（IMF）", "世界銀行", "ロシア国防省",
        "ウクライナ空軍", "日本政府", "米政府", "ロシア大統領府"]
WEAPONS = ["ドローン", "弾道ミサイル", "巡航ミサイル", "無人機", "極超音速ミサイル「キンジャル」", "滑空爆弾"]
PLANS = ["20項目の和平案", "28項目の和平計画", "復興基金", "停戦案", "安全の保証", "和平評議会", "平和評議会"]
KANJI_NUM = ["一", "二", "三", "五", "十", "百", "千", "一千", "二千五百"]
QUOTES = ["平和は近い", "戦争を終わらせる時だ", "ロシアは攻撃をやめるべきだ", "我々は譲歩しない", "合意は近い"]


def g_date(r: random.Random) -> str:
    y, m, d = r.choice([2022, 2024, 2025, 2026]), r.randint(1, 12), r.randint(1, 31)
    return r.choice([f"{y}年{m}月{d}日", f"{d}日", f"{m}月{d}日", "昨年11月", "来週", "先月", "今月上旬", "週末",
                     "2022年2月以来", "過去1年間", f"{d}日夜", f"{m}月{d}〜{min(31, d + 2)}日", f"{y}年", "昨年末",
                     f"{d}日未明", f"{m}月下旬", "同日", "前日", f"{y}/{m:02d}/{d:02d}", f"{d:02d}/{m:02d}/{y}",
                     f"{m}月{d}日（{r.choice('月火水木金土日')}）", f"令和{r.randint(1, 8)}年{m}月"])


def g_money(r: random.Random) -> str:
    n = r.choice([r.randint(1, 9999), r.randint(1, 99) * 100, r.randint(1, 9)])
    return r.choice([f"{n}億ドル", f"{n}万ドル", f"約{n}億ユーロ", f"{n}兆円", f"少なくとも{n}億ドル", "8000億ドル",
                     f"{n:,}ドル", f"{r.choice(KANJI_NUM)}億円", f"{n}億ドル（約{n * 150}億円）", f"最大{n}億ドル",
                     f"{n}．{r.randint(1, 9)}兆円", f"{n}0億ポンド"])


def g_qty(r: random.Random) -> str:
    n = r.randint(1, 999)
    return r.choice([f"{n}人が死亡", f"{n}人が負傷", f"少なくとも{n}人が死亡し、{n * 2}人が負傷した",
                     f"{n}万世帯が停電", f"約{n}％", f"{r.choice(WEAPONS)}{n}機", f"ミサイル{n}発",
                     f"{n}人以上が死傷", f"{r.choice(KANJI_NUM)}人"])


TEMPLATES = [
    "{P}は{D}、{L}で{P2}と会談した。",
    "{P}と{P2}は{D}に電話会談を行い、停戦について協議した。",
    "{L}で{D}、首脳会談が開かれる予定だ。",
    "ロシア軍は{D}、{L}に{W}による攻撃を行い、{Q}。",
    "{L}のエネルギー施設が{D}に攻撃を受け、{Q}した。",
    "{O}は{D}、ウクライナの復興支援として{M}を拠出すると発表した。",
    "{P}は{D}、{PL}を提示した。",
    "世界銀行はウクライナの復興費用を{M}と試算した。",
    "{P}は「{QT}」と述べた。",
    "停戦合意は{D}に署名される見通しだ。",
    "{O}と{O2}の代表団が{L}で協議し、{PL}について議論した。",
    "{D}の攻撃で{L}では{Q}。{W}{N}機のうち{N2}機を撃墜したという。",
    "{P}によると、{M}の支援は{D}までに実施される。",
    "{L}での協議は{D}以来となる。",
    "■{D}",
    "Q　{L}で何が起きたのか？\nA　{P}が{D}に{L}を訪問した。",
    "{P}は{L}で演説し、{M}規模の基金の創設を提案した。",
]


def g_sentence(r: random.Random) -> str:
    t = r.choice(TEMPLATES)
    return t.format(P=r.choice(PERSONS), P2=r.choice(PERSONS), L=r.choice(PLACES), O=r.choice(ORGS),
                    O2=r.choice(ORGS), W=r.choice(WEAPONS), PL=r.choice(PLANS), QT=r.choice(QUOTES), D=g_date(r),
                    M=g_money(r), Q=g_qty(r), N=r.randint(1, 500), N2=r.randint(1, 500))


def g_news(r: random.Random) -> str:
    parts = []
    if r.random() < 0.5:
        parts.append(f"{r.choice(PLACES)}で{r.choice(['和平協議', '首脳会談', '大規模攻撃', '復興会議'])}\n")
    if r.random() < 0.4:
        parts.append(g_date(r) + "\n")
    for _ in range(r.randint(1, 14)):
        parts.append(g_sentence(r))
        if r.random() < 0.25:
            parts.append("\n")
    return "".join(parts)


HAN_FILLER = ["但是这样的话我们认为这个问题很重要。", "这样的话", "我们的话", "那么，这个问题怎么样？", "锟斤拷锟斤拷"]
HTML = ["<p>", "</p>", "<br/>", "&nbsp;", "&amp;", "&#12354;", "<script>var a = '<p>';</script>", "<!-- c -->",
        "[[リンク]]", "{{cite web}}", "[編集]", "<div class=\"x\">", "</div>", "<style>p{}</style>", "&nbsp"]
REPEATS = ["ですですですです", "ああああああああああ", "。。。", "、、、", "！！！！", "要要要要要", "wwwwwwwwww",
           "1111111111111111111"]


def _rand_char(r: random.Random) -> str:
    k = r.random()
    if k < 0.15:
        return chr(r.randint(0xD800, 0xDFFF))                     # lone surrogate
    if k < 0.3:
        return chr(r.choice([*range(0, 32), *range(0x7F, 0xA0), 0xFEFF, 0xFFFD, 0x2028, 0x200D]))
    if k < 0.55:
        return chr(r.randint(0x3000, 0x9FFF))                     # CJK
    if k < 0.65:
        return chr(r.randint(0x10000, 0x10FFFF))                  # astral, unassigned included
    if k < 0.75:
        return chr(r.randint(0x0300, 0x036F))                     # combining marks
    return chr(r.randint(0, 0xFFFF))


def g_random(r: random.Random) -> str:
    return "".join(_rand_char(r) for _ in range(r.randint(0, r.choice([20, 200, 800]))))


def _insert(r: random.Random, text: str, piece: str) -> str:
    i = r.randint(0, len(text))
    return text[:i] + piece + text[i:]


def _mojibake(r: random.Random, text: str) -> str:
    if not text:
        return "Ã©â€™"
    i = r.randint(0, len(text) - 1)
    j = min(len(text), i + r.randint(1, 20))
    frag = text[i:j].encode("utf-8", "surrogatepass")
    codec = r.choice(["latin-1", "cp1252", "cp932", "cp1251"])
    bad = frag.decode(codec, errors="replace")
    return text[:i] + bad + text[j:]


def corrupt(r: random.Random, text: str) -> tuple[object, str]:
    """One to three corruptions; returns (raw, what). raw may become bytes (truncated UTF-8)."""
    whats = []
    for _ in range(r.randint(1, 3)):
        c = r.choice(["filler", "mojibake", "html", "control", "surrogate", "truncate", "repeat", "hangul",
                      "random", "nul", "bytes_truncate"])
        whats.append(c)
        if c == "filler":
            text = _insert(r, text, r.choice(HAN_FILLER))
        elif c == "mojibake":
            text = _mojibake(r, text)
        elif c == "html":
            for _ in range(r.randint(1, 6)):
                text = _insert(r, text, r.choice(HTML))
        elif c == "control":
            for _ in range(r.randint(1, 10)):
                text = _insert(r, text, chr(r.choice([*range(1, 32), *range(0x7F, 0xA0), 0xFEFF])))
        elif c == "nul":
            text = _insert(r, text, "\x00" * r.randint(1, 5))
        elif c == "surrogate":
            for _ in range(r.randint(1, 5)):
                text = _insert(r, text, chr(r.randint(0xD800, 0xDFFF)))
        elif c == "truncate":
            text = text[:r.randint(0, len(text))]
        elif c == "repeat":
            text = _insert(r, text, r.choice(REPEATS) * r.randint(1, 4))
        elif c == "hangul":
            text = _insert(r, text, "안녕하세요 우크라이나")
        elif c == "random":
            text = _insert(r, text, g_random(r)[:50])
        elif c == "bytes_truncate":
            b = text.encode("utf-8", "surrogatepass")
            return b[:r.randint(0, len(b))], "+".join(whats)
    return text, "+".join(whats)


def g_published(r: random.Random):
    k = r.random()
    if k < 0.4:
        return None
    if k < 0.6:
        return dt.date(2026, 1, r.randint(1, 31))
    if k < 0.7:
        return dt.datetime(2025, r.randint(1, 12), 1, 12, 0)
    return r.choice(["2026-01-19", "2025-12-30", "2026-02-24T09:00:00", " 2025-07-24 "])


def generate(n: int, seed: int) -> list[tuple[object, str]]:
    """(item, kind) pairs. Items are mappings with doc_id (and maybe published), or raw texts."""
    r = random.Random(seed)
    dev = [p.read_text("utf-8") for p in sorted(DEV.glob("*.txt"))] if DEV.is_dir() else []
    out = []
    for i in range(n):
        did = f"fz-{i:06d}"
        k = r.random()
        pub = g_published(r)
        if k < 0.02:                                                 # bad input
            bad = r.choice(["int", "none", "list", "bytes", "published", "notext", "float", "sjis"])
            item = {"int": 7, "none": None, "list": ["キーウ"], "float": 1.5, "bytes": b"\xff\xfe\x80abc",
                    "sjis": "ゼレンスキー大統領".encode("shift_jis")}.get(bad)
            if bad == "published":
                item = {"doc_id": did, "text": g_news(r), "published": r.choice(["2026-13-45", "yesterday", 12345])}
            elif bad == "notext":
                item = {"doc_id": did}
            elif r.random() < 0.5:
                item = {"doc_id": did, "text": item}
            out.append((item, "bad:" + bad))
            continue
        if k < 0.05:
            text, kind = r.choice(["", " ", "\n\n", "\u3000", " \t\r\n\u3000"]), "blank"
        elif k < 0.22:
            text, kind = g_random(r), "random_unicode"
        elif k < 0.55:
            text, kind = g_news(r), "news"
        elif k < 0.85:
            base = g_news(r) if (r.random() < 0.7 or not dev) else r.choice(dev)[:r.randint(100, 3000)]
            text, _what = corrupt(r, base)
            kind = "corrupted"
        elif dev:
            src = r.choice(dev)
            a = r.randint(0, len(src) - 1)
            text, kind = src[a:a + r.randint(1, 4000)], "dev_slice"
        else:
            text, kind = g_news(r), "news"
        if r.random() < 0.008:                                       # a long one: over the chunk limit
            text = (text or "キーウ") * (60_000 // max(1, len(text or "キーウ")) + 1)
            text = text[:r.randint(20_000, 60_000)] if isinstance(text, str) else text[:90_000]
            kind += "+long"
        if r.random() < 0.1 and isinstance(text, str):
            out.append((text, kind))                                  # a raw str item: no doc_id
        else:
            item = {"doc_id": did, "text": text}
            if pub is not None:
                item["published"] = pub
            out.append((item, kind))
    return out


def _raw_text(item):
    return item.get("text") if isinstance(item, dict) else item


def _expected_doc_id(item):
    if isinstance(item, dict):
        return item.get("doc_id")
    return None


BYTES_KINDS = ("bad:bytes", "bad:sjis")  # bytes the library may still decode (by BOM or detection)


def _expected_text(item, kind):
    """The decoded text of a well-formed item, None for bad input."""
    if kind.startswith("bad:") and kind not in BYTES_KINDS:
        return None
    if isinstance(item, dict):
        raw = item.get("text")
        if raw is None:
            return None
        return decoded(raw)
    return decoded(item)


# --------------------------------------------------------------------------------------------- run
def run_stream(items, args, crashes):
    """extract_many over all items; an exception out of it is a crash: the rest goes one by one."""
    results = []
    try:
        for res in ukpeace.extract_many(iter(items), n_process=args.n_process, batch_size=args.batch_size,
                                        profile=args.profile):
            results.append(res)
    except Exception as exc:
        crashes.append(f"extract_many raised after {len(results)} results: {type(exc).__name__}: {exc}")
        start = len(results) // args.batch_size * args.batch_size
        results = results[:start]
        for i in range(start, len(items)):
            try:
                got = list(ukpeace.extract_many([items[i]], profile=args.profile))
                results.append(got[0] if got else None)
                if len(got) != 1:
                    crashes.append(f"#{i}: extract_many gave {len(got)} results for one item")
            except Exception as exc2:
                crashes.append(f"#{i}: extract_many raised {type(exc2).__name__}: {exc2}")
                results.append(None)
    return results


def short(x, k=140) -> str:
    s = repr(x)
    return s if len(s) <= k else s[:k] + f"... (len {len(x) if hasattr(x, '__len__') else '?'})"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--profile", default="full", choices=["full", "fast"])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--recheck", type=float, default=0.1, help="share of documents re-run through extract()")
    ap.add_argument("--examples", type=int, default=3, help="examples printed per violation kind")
    ap.add_argument("--dump", type=pathlib.Path, help="write failing inputs as JSONL (ASCII-escaped)")
    args = ap.parse_args(argv)

    gen = generate(args.n, args.seed)
    items = [it for it, _ in gen]
    kinds = [k for _, k in gen]
    nchars = sum(len(t) for t in (_expected_text(it, k) for it, k in gen) if t)
    print(f"ukpeace fuzz: profile={args.profile} n={args.n} seed={args.seed} batch_size={args.batch_size} "
          f"n_process={args.n_process}", flush=True)
    if args.profile == "full":
        from ukpeace.pipeline import get_nlp

        t = time.perf_counter()
        get_nlp("full")
        print(f"model load     {time.perf_counter() - t:.1f} s (not in elapsed)", flush=True)

    crashes: list[str] = []
    t0 = time.perf_counter()
    results = run_stream(items, args, crashes)
    elapsed = time.perf_counter() - t0

    if len(results) != len(items):
        crashes.append(f"{len(results)} results for {len(items)} inputs")
    status = Counter()
    err_types = Counter()
    viol = defaultdict(list)   # kind -> [(index, detail)]
    unexpected_error = 0
    expected_error = 0
    for i, (item, kind) in enumerate(gen):
        res = results[i] if i < len(results) else None
        if res is None:
            continue
        status[res.status] += 1
        if res.status == "error":
            err_types[(res.error or "").split(":")[0]] += 1
        if res.doc_id != _expected_doc_id(item):
            viol["doc_id out of order"].append((i, f"{res.doc_id!r} != {_expected_doc_id(item)!r}"))
        text = _expected_text(item, kind)
        # truncated bytes that do not decode (no expected text) are bad input too
        kind_bad = text is None
        expected_error += kind_bad
        if res.status == "error" and not kind_bad:
            unexpected_error += 1
        for v in violations(None if kind_bad else text, res):
            viol[v].append((i, kind))

    # extract() on a sample must give the same JSON as extract_many
    r = random.Random(args.seed + 1)
    sample = [i for i in range(len(items)) if r.random() < args.recheck and i < len(results) and results[i]]
    t1 = time.perf_counter()
    for i in sample:
        item = items[i]
        if isinstance(item, dict):
            kw = {"published": item.get("published"), "doc_id": item.get("doc_id")}
            raw = item.get("text")
        else:
            kw, raw = {}, item
        try:
            single = ukpeace.extract(raw, profile=args.profile, **kw)
        except (TypeError, ValueError):
            if results[i].status != "error":
                viol["extract() raised where extract_many did not fail"].append((i, kinds[i]))
            continue
        except Exception as exc:
            crashes.append(f"#{i}: extract raised {type(exc).__name__}: {exc}")
            continue
        try:
            same = single.model_dump_json() == results[i].model_dump_json()
        except Exception:  # already counted as a JSON violation
            same = single.model_dump() == results[i].model_dump()
        if not same:
            viol["extract() differs from extract_many()"].append((i, kinds[i]))
    recheck_s = time.perf_counter() - t1

    kind_counts = Counter(k.split("+")[0].split(":")[0] for k in kinds)
    n_viol = sum(len(v) for v in viol.values())
    docs_viol = len({i for v in viol.values() for i, _ in v})
    print(f"documents      {len(items)}   ({', '.join(f'{k} {c}' for k, c in kind_counts.most_common())})")
    print(f"characters     {nchars:,}")
    print(f"results        {sum(1 for x in results if x is not None)}")
    print(f"status         {', '.join(f'{k} {c}' for k, c in sorted(status.items()))}")
    print(f"errors         {', '.join(f'{k} {c}' for k, c in err_types.most_common()) or '-'}"
          f"   ({status['error'] - unexpected_error} of {expected_error} bad inputs -- non-str, undecodable or "
          f"truncated bytes, bad published; {unexpected_error} on well-formed text)")
    print(f"violations     {n_viol} in {docs_viol} documents")
    for v, hits in sorted(viol.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(hits):5d}  {v}")
        for i, _k in hits[:args.examples]:
            print(f"         #{i} [{kinds[i]}] {short(_raw_text(items[i]))}")
    print(f"crashes        {len(crashes)}")
    for c in crashes[:10]:
        print(f"  {c}")
    print(f"elapsed        {elapsed:.1f} s   ({len(items) / elapsed:.1f} docs/s, {nchars / elapsed:,.0f} chars/s)"
          f"   + recheck of {len(sample)} docs via extract(): {recheck_s:.1f} s")
    if args.dump:
        bad_idx = sorted({i for v in viol.values() for i, _ in v})
        with args.dump.open("w", encoding="ascii") as f:
            for i in bad_idx:
                raw = _raw_text(items[i])
                f.write(json.dumps({"index": i, "kind": kinds[i], "text": raw if isinstance(raw, str) else repr(raw),
                                    "violations": [v for v, hits in viol.items() if any(j == i for j, _ in hits)]},
                                   ensure_ascii=True) + "\n")
        print(f"failing inputs written to {args.dump}")
    return 1 if (n_viol or crashes) else 0


if __name__ == "__main__":
    sys.exit(main())

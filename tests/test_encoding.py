"""decode_bytes: the encodings Japanese news arrives in, detected on real article text."""
from __future__ import annotations

import codecs
import pathlib

import pytest

from ukpeace.encoding import CANDIDATES, check_encoding, decode_bytes

DEV = pathlib.Path(__file__).resolve().parents[1] / "data" / "dev"


def snippets() -> list[str]:
    """The opening 300 characters of each dev article that CP932 and EUC-JP can both encode."""
    out = []
    for p in sorted(DEV.glob("*.txt")):
        t = p.read_text("utf-8")[:300]
        try:
            t.encode("cp932"), t.encode("euc_jp")
        except UnicodeEncodeError:
            continue
        out.append(t)
    assert len(out) >= 5, "too few dev articles encodable in CP932 and EUC-JP"
    return out


@pytest.mark.parametrize("codec, family", [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp932", "cp932"),
                                           ("euc_jp", "euc"), ("utf-16", "utf-16"), ("utf-16-le", "utf-16"),
                                           ("utf-16-be", "utf-16"), ("iso2022_jp", "iso2022_jp")])
def test_real_articles_round_trip_in_every_encoding(codec, family):
    for text in snippets():
        got, name = decode_bytes(text.encode(codec))
        assert got == text, (codec, name)
        assert name.replace("_", "-").startswith(family.replace("_", "-")), (codec, name)


def test_a_byte_order_mark_is_consumed_not_text():
    for codec, bom in (("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
                       ("utf-16-be", codecs.BOM_UTF16_BE)):
        text, name = decode_bytes(bom + "キーウで会談した。".encode(codec))
        assert text == "キーウで会談した。" and "\ufeff" not in text, name
    assert decode_bytes(codecs.BOM_UTF8 + "キーウ".encode(), "utf-8") == ("キーウ", "utf-8-sig")


def test_a_utf8_file_cut_mid_character_stays_utf8_with_a_replacement_mark():
    text, name = decode_bytes("ゼレンスキー大統領はキーウで会談した。".encode()[:-1])
    assert name == "utf-8" and text == "ゼレンスキー大統領はキーウで会談した\ufffd"


def test_given_encoding_is_strict_and_named():
    data = "キーウで会談した。".encode("cp932")
    assert decode_bytes(data, "shift_jis") == ("キーウで会談した。", "shift_jis")
    with pytest.raises(ValueError, match="not valid utf-8"):
        decode_bytes(data, "utf-8")
    with pytest.raises(ValueError, match="unknown encoding 'no-such-codec'"):
        decode_bytes(data, "no-such-codec")
    assert check_encoding("SJIS") == "shift_jis" and check_encoding("eucjp") == "euc_jp"


def test_bytes_that_are_no_japanese_text_are_a_clear_error():
    for junk in (bytes(range(256)) * 4, b"\xff\xfe\x00", "Kyiv café".encode("latin-1")):
        with pytest.raises(ValueError, match=r"cannot detect the encoding.*--encoding"):
            decode_bytes(junk)
    with pytest.raises(TypeError, match="needs bytes, not str"):
        decode_bytes("キーウ")
    assert decode_bytes(b"") == ("", "utf-8")
    assert all(codecs.lookup(c) for c in CANDIDATES)

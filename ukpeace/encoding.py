"""Bytes to text: a given encoding, else a byte-order mark, strict UTF-8, then charset-normalizer.

Japanese news arrives as UTF-8 (with or without a BOM), Shift-JIS/CP932, EUC-JP or UTF-16.
``decode_bytes`` returns the text together with the name of the codec that decoded it, so that
callers can report it (``Extraction.source.encoding``, the ``source_encoding`` column). A
byte-order mark is consumed by the decoding: it is never part of the text, so it is never
flagged as noise and offsets start at the first character.
"""
from __future__ import annotations

import codecs
import logging
from typing import Optional, Union

__all__ = ["decode_bytes", "check_encoding"]

logger = logging.getLogger(__name__)

Bytes = Union[bytes, bytearray, memoryview]

# the codecs detection chooses from: Japanese news, not every codec that random bytes happen to fit
CANDIDATES = ("utf_8", "cp932", "shift_jis_2004", "euc_jp", "euc_jis_2004", "iso2022_jp", "utf_16", "utf_16_le",
              "utf_16_be", "utf_32")
DAMAGE_RATIO = 0.05  # UTF-8 with at most one bad sequence per 20 good characters is UTF-8 (a cut-off file)
_ISO2022_ESCAPES = (b"\x1b$B", b"\x1b$@", b"\x1b(J", b"\x1b$(D")  # 7-bit JIS: valid ASCII, so ask for it first

# longest first: the UTF-32-LE mark begins with the UTF-16-LE one
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def check_encoding(name: str) -> str:
    """The canonical codec name of ``name``; ValueError naming it when Python knows no such codec."""
    try:
        return codecs.lookup(name).name
    except (LookupError, TypeError):
        raise ValueError(f"unknown encoding {name!r} (expected a Python codec name such as utf-8, cp932, "
                         "euc-jp, utf-16)") from None


def _with(data: bytes, name: str) -> tuple[str, str]:
    codec = check_encoding(name)
    if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
        codec = "utf-8-sig"  # --encoding utf-8 on a file with a BOM: the mark is not text
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError as exc:
        raise ValueError(f"bytes are not valid {codec} ({exc.reason} at byte {exc.start})") from None


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(CANDIDATES)).best()
    if best is None or best.encoding is None:
        raise ValueError("cannot detect the encoding of the bytes (not UTF-8, CP932, EUC-JP or UTF-16); "
                         "give it explicitly (--encoding, or an 'encoding' key)")
    codec = check_encoding(best.encoding)
    logger.debug("detected %s (chaos %.3f)", codec, best.chaos)
    text = str(best)
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, codec


def _damaged_utf8(data: bytes) -> Optional[str]:
    """UTF-8 with a few broken sequences (a file cut mid-character) decoded with U+FFFD in their place,
    which text.find_noise flags; None when the bytes do not look like UTF-8 at all."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ch > "\x7f") - bad
    return text if good > 0 and bad <= max(1, int(good * DAMAGE_RATIO)) else None


def decode_bytes(data: Bytes, encoding: Optional[str] = None) -> tuple[str, str]:
    """(text, codec name) of ``data``.

    With ``encoding``, decode strictly with it (a UTF-8 BOM is dropped). Without, a byte-order
    mark decides (utf-8-sig, utf-16, utf-32), then UTF-8 (strict, or with a few damaged sequences
    replaced by U+FFFD), then charset-normalizer's best guess among CANDIDATES (cp932,
    euc_jis_2004, utf_16_le ...). ValueError with the reason when nothing fits.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode_bytes needs bytes, not {type(data).__name__}")
    data = bytes(data)
    if encoding:
        return _with(data, encoding)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                break  # a mark followed by something else: let detection decide
    if any(esc in data for esc in _ISO2022_ESCAPES):
        try:
            return data.decode("iso2022_jp"), "iso2022_jp"
        except UnicodeDecodeError:
            pass
    if b"\x00" not in data:  # NUL bytes: UTF-16/32 without a mark, which detection recognises
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            damaged = _damaged_utf8(data)
            if damaged is not None:
                return damaged, "utf-8"
    return _detect(data)

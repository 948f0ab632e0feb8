"""Bytes → text, in the encodings scraped Chinese text really comes in.

Order matters: a BOM is decisive; strict UTF-8 is next (it almost never decodes non-UTF-8 text by
accident); then GB18030, the superset of GBK/GB2312 that Chinese Windows tools write. Files that
mix encodings line by line (concatenated scrapes) are decoded line by line. Anything that still
looks like binary is refused with an InputError rather than turned into mojibake.
"""

from __future__ import annotations

import codecs
import contextlib
import re

from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab, newline, carriage return, form feed, and DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01


def _bom(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _plausible(ch: str) -> bool:
    """ASCII text, CJK and its punctuation, full-width forms: what Chinese documents are made of."""
    o = ord(ch)
    return 0x20 <= o < 0x7F or ch in "\r\n\t" or 0x3000 <= o <= 0x9FFF or 0xFF00 <= o <= 0xFFEF or 0x2000 <= o <= 0x206F


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-8 and GB18030 text never holds NUL bytes; UTF-16 nearly always does (ASCII, newlines,
    U+4E00…). Pick the byte order whose decoding reads as text."""
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data[:65536]:
        return None
    best, best_score = None, 0.0
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            sample = data[:65536].decode(enc)
        except UnicodeDecodeError:
            continue
        good = sum(1 for ch in sample if _plausible(ch))
        score = good / max(len(sample), 1)
        if score > best_score:
            best, best_score = enc, score
    return best if best_score >= 0.95 else None


def _decode_lines(data: bytes) -> tuple[str, str] | None:
    """GB18030, or UTF-8 and GB18030 mixed line by line (concatenated scrapes): each line is decoded
    with UTF-8 when it is valid UTF-8, else GB18030."""
    out = []
    used = set()
    for raw in data.split(b"\n"):
        try:
            out.append(raw.decode("utf-8"))
            if not raw.isascii():
                used.add("utf-8")
        except UnicodeDecodeError:
            try:
                out.append(raw.decode("gb18030"))
                used.add("gb18030")
            except UnicodeDecodeError:
                return None
    return "\n".join(out), ("mixed(utf-8,gb18030)" if len(used) > 1 else "gb18030")


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:65536]
    return len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample) + 1


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode scraped text; returns (text, encoding name). Raises InputError for binary input."""
    if not data:
        return "", "utf-8"
    bom = _bom(data)
    if bom is None:
        bom = _utf16_without_bom(data)
    candidates: list[tuple[str, str]] = []
    if bom is not None:
        with contextlib.suppress(UnicodeDecodeError):
            candidates.append((data.decode(bom).lstrip("\ufeff"), bom))
    else:
        try:
            candidates.append((data.decode("utf-8"), "utf-8"))
        except UnicodeDecodeError:
            if b"\x00" not in data[:65536] and (lines := _decode_lines(data)) is not None:
                candidates.append(lines)
    for text, enc in candidates:
        if not _looks_binary(text):
            return text, enc
    raise InputError("decode", "binary", f"{name}: not text in UTF-8, UTF-16 or GB18030 (binary or unknown encoding)")


def split_lines(text: str) -> list[str]:
    """Lines as the scorer numbers them: \\r\\n, \\r and \\n end a line; nothing else does."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")

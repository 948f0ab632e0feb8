"""Bytes → text, in the encodings scraped Chinese text really comes in.

Order matters: a BOM is decisive; strict UTF-8 is next (it almost never decodes non-UTF-8 text by
accident); then GB18030, the superset of GBK/GB2312 that Chinese Windows tools write. Files that
mix encodings line by line (concatenated scrapes) are decoded line by line. Anything that still
looks like binary is refused with an InputError rather than turned into mojibake.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

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


# The legacy encodings scraped Chinese (and Japanese) text comes in: GB18030 (a superset of GBK and
# GB2312), Big5 (Microsoft's cp950, with its common extensions), Shift-JIS (cp932). GB18030 first:
# it is the default when the others do not decode or do not read as text.
_LEGACY = ("gb18030", "cp950", "cp932")
_NAMES = {"gb18030": "gb18030", "cp950": "big5", "cp932": "shift_jis"}
_BAD = re.compile("\ufffd+")
_WIDE = re.compile("[\u0800-\uffff]")
_KANA = re.compile("[\u3040-\u30ff]")
_HALF_KANA = re.compile("[\uff61-\uff9f]")
_MAX_REPLACED_SHARE = 0.01
"""More byte sequences that decode in no candidate than this share of the characters (plus 2): binary."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    replaced: int = 0
    """Byte sequences (runs) that could not be decoded, each now one or more U+FFFD."""
    lines: tuple[int, ...] = ()
    """The 1-based lines holding them."""

    @property
    def warnings(self) -> list[str]:
        if not self.replaced:
            return []
        shown = ", ".join(map(str, self.lines[:5])) + (" …" if len(self.lines) > 5 else "")
        s = "s" if self.replaced > 1 else ""
        return [f"decode: {self.replaced} byte sequence{s} not valid in {self.encoding} replaced with U+FFFD "
                f"(line{'s' if len(self.lines) > 1 else ''} {shown})"]


def _reads_as(text: str, codec: str) -> bool:
    """A decoding that reads as text in that encoding's language, not as another's bytes: Chinese
    bytes read as Shift-JIS come out as half-width katakana, Japanese text has kana."""
    wide = len(_WIDE.findall(text))
    if len(_HALF_KANA.findall(text)) > 0.02 * wide + 1:
        return False
    return codec != "cp932" or len(_KANA.findall(text)) >= 0.1 * wide


def _legacy(data: bytes) -> str:
    """The legacy encoding of these (non-UTF-8) bytes: those that decode them and read as text; when
    several do (Big5 and Shift-JIS bytes nearly always decode as GB18030 too), charset-normalizer's
    language model decides among them. When none decodes them all (a bad byte or two), the one that
    leaves the fewest bytes undecoded; GB18030 when nothing reads as text."""
    fits = []
    loose: list[tuple[int, str]] = []
    for codec in _LEGACY:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            text = data.decode(codec, "replace")
            if _reads_as(text, codec):
                loose.append((len(_BAD.findall(text)), codec))
            continue
        if _reads_as(text, codec):
            fits.append(codec)
    if not fits:
        return min(loose, key=lambda x: (x[0], _LEGACY.index(x[1])))[1] if loose else "gb18030"
    if len(fits) == 1:
        return fits[0]
    from charset_normalizer import from_bytes  # only for the rare file several encodings read

    best = from_bytes(data[:65536], cp_isolation=fits).best()
    return best.encoding if best is not None and best.encoding in fits else fits[0]


def _mostly_utf8(replaced: str) -> bool:
    """A line that is UTF-8 but for a few bad bytes (a cut character, an encoded surrogate): its
    valid multi-byte characters far outnumber the bad runs (legacy bytes read as UTF-8 give almost
    none)."""
    bad = len(_BAD.findall(replaced))
    return len(_WIDE.findall(replaced)) - replaced.count("\ufffd") >= 3 * bad


_FOREIGN_ONLY = re.compile(r"^[\x00-\x7f\u0100-\u1fff]*$")
_HAN_TEXT = r"[\x00-\x7f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"
_CHINESE_ONLY = re.compile(rf"^{_HAN_TEXT}*[\u4e00-\u9fff]{_HAN_TEXT}*$")


def _decode_lines(data: bytes) -> Decoded:
    """Text that is not UTF-8 throughout: a legacy encoding, or UTF-8 and a legacy encoding mixed line
    by line (concatenated scrapes). Each line is UTF-8 when it is valid UTF-8 (or UTF-8 but for a few
    bad bytes), else in the file's legacy encoding; a line neither reads is decoded by the one that
    leaves fewer bytes undecoded (on a tie, the one most of the file's lines are in), what is left
    replaced with U+FFFD."""
    raw_lines = data.split(b"\n")
    out: list[str | None] = []
    for raw in raw_lines:
        try:
            out.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(None)
    legacy = _legacy(b"\n".join(raw for raw, t in zip(raw_lines, out, strict=True) if t is None))
    codecs_of: list[str | None] = ["utf-8" if t is not None and not raw.isascii() else None
                                   for raw, t in zip(raw_lines, out, strict=True)]
    for i, raw in enumerate(raw_lines):
        # (a short legacy line that is valid UTF-8 by chance, "[图片]" in GBK read as "[ͼƬ]": as UTF-8 only
        # letters of other scripts, Greek, Latin Extended; in the file's encoding all Chinese. A UTF-8 line
        # of dashes or quotes, "——", keeps its reading: those are punctuation, not letters.)
        t = out[i]
        if t is not None and not raw.isascii() and _FOREIGN_ONLY.match(t):
            try:
                other = raw.decode(legacy)
            except UnicodeDecodeError:
                continue
            if _CHINESE_ONLY.match(other):
                out[i], codecs_of[i] = other, legacy
    undecided, repaired = [], []
    for i, raw in enumerate(raw_lines):
        if out[i] is not None:
            continue
        as_utf8 = raw.decode("utf-8", "replace")
        if _mostly_utf8(as_utf8):
            out[i], codecs_of[i] = as_utf8, "utf-8"
            repaired.append(i)
            continue
        try:
            out[i], codecs_of[i] = raw.decode(legacy), legacy
        except UnicodeDecodeError:
            undecided.append(i)
    utf8_lines = codecs_of.count("utf-8")
    majority = "utf-8" if utf8_lines >= codecs_of.count(legacy) else legacy
    for i in undecided:
        tried = {c: raw_lines[i].decode(c, "replace") for c in ("utf-8", legacy)}
        codec = min(tried, key=lambda c: (len(_BAD.findall(tried[c])), c != majority))
        out[i], codecs_of[i] = tried[codec], codec
    where = sorted(repaired + undecided)
    replaced = sum(len(_BAD.findall(out[i] or "")) for i in where)
    used = {_NAMES.get(c, c) for c in codecs_of if c is not None}
    name = _NAMES[legacy]
    encoding = f"mixed(utf-8,{name})" if len(used) > 1 else (used.pop() if used else name)
    return Decoded("\n".join(t or "" for t in out), encoding, replaced, tuple(i + 1 for i in where))


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:65536]
    return len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample) + 1


def _binary(name: str) -> InputError:
    return InputError("decode", "binary", f"{name}: not text in UTF-8, UTF-16, GB18030, Big5 or Shift-JIS "
                      "(binary or unknown encoding)")


def decode_text(data: bytes, name: str = "<bytes>") -> Decoded:
    """Decode scraped text, replacing the few byte sequences no candidate encoding reads (counted in
    `replaced`, for a warning). Raises InputError (kind binary) for what is not text."""
    if not data:
        return Decoded("", "utf-8")
    bom = _bom(data)
    if bom is None:
        bom = _utf16_without_bom(data)
    if bom is not None:
        try:
            got = Decoded(data.decode(bom).lstrip("\ufeff"), bom)
        except UnicodeDecodeError:
            text = data.decode(bom, "replace").lstrip("\ufeff")
            lines = sorted({text.count("\n", 0, m.start()) + 1 for m in _BAD.finditer(text)})
            got = Decoded(text, bom, len(_BAD.findall(text)), tuple(lines))
    else:
        try:
            got = Decoded(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:  # NUL bytes and all: _looks_binary judges the result
            got = _decode_lines(data)
    if got.replaced > _MAX_REPLACED_SHARE * len(got.text) + 2 or _looks_binary(got.text):
        raise _binary(name)
    return got


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode scraped text; returns (text, encoding name). Raises InputError for binary input."""
    got = decode_text(data, name)
    return got.text, got.encoding


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> tuple[str, list[str]]:
    """`text` with each lone surrogate (which no UTF encodes: a str built from JSON's \\ud800 escapes
    or from `surrogateescape`) replaced by U+FFFD, and the warning saying so."""
    if not _SURROGATE.search(text):
        return text, []
    text, n = _SURROGATE.subn("\ufffd", text)
    return text, [f"decode: {n} lone surrogate{'s' if n > 1 else ''} (U+D800-U+DFFF) replaced with U+FFFD"]


# Every line boundary Unicode (and str.splitlines) knows besides \r and \n: VT, FF, FS, GS, RS,
# NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. A document whose lines a converter ended with these
# would otherwise be one line, which a line rule could remove whole.
_BOUNDARIES = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_OTHER_BREAKS = re.compile(f"[{_BOUNDARIES}]")
_BREAK = re.compile(f"\r\n|[\n\r{_BOUNDARIES}]")


def split_lines(text: str) -> list[str]:
    """The input's lines, numbered from 1 in the ledger: \\r\\n, \\r and \\n end a line (a text ending
    in one has an empty last line, as with str.split), as every line-numbering tool counts them. In a
    text with fewer of them than of the other Unicode line boundaries, those end its lines too; else
    the others are a converter's marks inside its lines (pdftotext's form feed opening each page): gone at a
    line's edges, a blank between two words."""
    if _OTHER_BREAKS.search(text) is None:  # nearly always: the plain (and faster) way
        return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if text.count("\n") + text.count("\r") < len(_OTHER_BREAKS.findall(text)):
        return _BREAK.split(text)  # the converter's own line ends (a last newline aside)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [_OTHER_BREAKS.sub(" ", ln.strip(_BOUNDARIES)) if _OTHER_BREAKS.search(ln) else ln for ln in lines]

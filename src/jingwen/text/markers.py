"""Numbering markers: which families exist, how to read one at the start of a text, and which
numbers at a line start are not markers at all (1.5亿元, 2.3%, 2024.3.1, 3、4月份, 10:30).

Families, outermost first (GB/T 9704-2012 §7.3.3 and common practice): 第一编/部分/卷 · 第一章 ·
第一节 · 第一条 · 一、 · （一） · 1. / 1、 / 1． · （1） · ①; dotted numbering 1.1 / 1.1.1 in reports
and theses; 附件 / 附录 blocks. Full- and half-width forms are one family.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lines import unspaced

CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN = "零〇○一二三四五六七八九十百千两"
_CN_SHORT = "一二三四五六七八九十"

# Rank of each family in the conventional ladder (smaller = outer). Families absent from a
# document simply do not take part; depth in a document follows the order it uses them in.
RANK = {
    "appendix": 0, "part": 1, "chapter": 2, "section": 3, "article": 4,
    "cn": 5, "cn_paren": 6, "dotted1": 7, "arabic": 8, "dotted2": 9, "dotted3": 10, "dotted4": 11,
    "dotted5": 12, "dotted6": 13, "arabic_paren": 14, "circled": 15,
}

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_DOT_DIGITS = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"

# What may follow a number for it to be a quantity rather than a marker.
_UNIT = r"[%％‰亿万千百元角分米克吨倍个只件项次人户家名台辆条张页年月日号时分秒度℃岁天周期届]"
# A decimal's unit stands right after it ("1.5亿元"), or after a blank PDF text put there ("1.5 亿元");
# a character that also begins words, after a blank, opens a heading ("2.1　个人信息", "3.2　人员配置").
_MEASURE = r"[%％‰亿万元倍吨米克℃]"
_NUMBER_FOLLOWS = re.compile(r"^(?:\s*(?:\d|" + _MEASURE + r")|" + _UNIT + r")")
_DIGIT_FOLLOWS = re.compile(r"^\s*[\d%％]")
_LATIN_UNIT = re.compile(r"^[A-Za-zμ]{1,3}(?![A-Za-z])")

# 第X条/章/节 followed by these is a cross-reference inside a sentence.
_REFERABLE = ("part", "chapter", "section", "article")
_REFERENCE_FOLLOWS = re.compile(r"^(规定|所|的|中|之|和|及|或|至|到|、|，|,|。|）|\))")

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("part", re.compile(rf"^第\s*([{_CN}\d]{{1,5}})\s*(编|部分|卷|篇)(?=[\s\u3000:：、.．]|[^\d{_CN}]|$)")),
    ("chapter", re.compile(rf"^第\s*([{_CN}\d]{{1,5}})\s*章")),
    ("section", re.compile(rf"^第\s*([{_CN}\d]{{1,5}})\s*节")),
    ("article", re.compile(rf"^第\s*([{_CN}\d]{{1,5}})\s*条")),
    ("appendix", re.compile(r"^(附件|附录)\s*([一二三四五六七八九十\d]{1,3}|[A-Z])?(?=\s*[:：]|\s|$)")),
    ("cn", re.compile(rf"^([{_CN_SHORT}]{{1,3}})\s*[、.．]")),
    ("cn_paren", re.compile(rf"^[（(]\s*([{_CN_SHORT}]{{1,3}})\s*[)）]")),
    ("arabic_paren", re.compile(r"^[（(]\s*(\d{1,3})\s*[)）]")),
    ("arabic_paren", re.compile(r"^(\d{1,2})[)）](?=[ \t\u3000]*[\u4e00-\u9fffA-Za-z“《])")),
    ("arabic_paren", re.compile(rf"^([{_PAREN_DIGITS}])")),
    ("circled", re.compile(rf"^([{_CIRCLED}])")),
    ("arabic", re.compile(rf"^([{_DOT_DIGITS}])")),
    # (Not before a dash and a number: "1.1—2020", a standard's number and year, "1.5-2.0", a range.)
    ("dotted", re.compile(r"^(\d{1,2}(?:[.．]\d{1,2}){1,5})(?![.．]?\d|\s*[—–\-~～]\s*\d)[.．]?")),
    ("arabic", re.compile(r"^(\d{1,3})\s*[.．、](?![.．、\d])")),
)


# Characters a marker can start with (besides digits), and every family at once: most lines start
# with neither, and one C-level test rejects them before any pattern is tried.
_FIRST = frozenset("第附（(" + _CN_SHORT + _CIRCLED + _PAREN_DIGITS + _DOT_DIGITS)
# Each family's pattern as a named alternative: the first alternative that matches is the first
# pattern in _PATTERNS that matches, so one match finds the family and a second reads its groups.
_ANY = re.compile("|".join(f"(?P<p{i}>{p.pattern})" for i, (_, p) in enumerate(_PATTERNS)))


@dataclass(frozen=True, slots=True)
class Marker:
    family: str
    """Family for levels: part, chapter, section, article, appendix, cn, cn_paren, arabic,
    arabic_paren, circled, dotted1..dotted6."""
    style: str
    """Surface style written to the output: cn_comma, cn_dot, arabic_dot, arabic_comma, …"""
    number: int
    text: str
    """The marker as written, trailing spaces dropped (the scorer compares it)."""
    end: int
    """Index just past the marker and the blanks after it."""


def cn_to_int(s: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 一百零三 → 103; digits pass through."""
    if s.isdigit():
        return int(s)
    total, num = 0, 0
    for ch in s:
        if ch in CN_DIGITS:
            num = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            total += (num or 1) * CN_UNITS[ch]
            num = 0
        else:
            return None
    return total + num


def _style(family: str, written: str) -> str:
    if family == "cn":
        return "cn_comma" if "、" in written else "cn_dot"
    if family == "arabic":
        if "、" in written:
            return "arabic_comma"
        return "arabic_fullstop" if "．" in written else "arabic_dot"
    return family


def _blank_end(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t\u3000\xa0":
        i += 1
    return i


_HEAD = 64
"""A marker, the blanks after it and the few characters its checks look at fit in this many."""


def read_marker(text: str) -> Marker | None:
    """The numbering marker that starts `text` (already stripped on the left), or None."""
    if not text:
        return None
    first = text[0]
    if not (first in _FIRST or first.isdigit()):
        return None
    return _read_head(text[:_HEAD])


@lru_cache(maxsize=8192)  # the line that opens a block is read by reflow, segmentation and the tree
def _read_head(text: str) -> Marker | None:
    first = text[0]
    hit = _ANY.match(text)
    if hit is None:
        return None
    family, pat = _PATTERNS[int(hit.lastgroup[1:])]  # type: ignore[index]
    m = pat.match(text)
    if m is None:  # cannot happen: alternative p{i} is pattern i
        return None
    written = m.group(0)
    rest = text[m.end():]
    if family in ("arabic", "dotted") and first.isdigit():
        # 3、4月份 (a number follows the separator); 1.5亿元, 2.3% (a decimal with its unit). A
        # marker may well be followed by a word that starts with a unit character: 9．分解因式.
        decimal = family == "dotted" and written.count(".") + written.count("．") == 1  # 3.1.2 is none
        if (_NUMBER_FOLLOWS if decimal else _DIGIT_FOLLOWS).match(rest):
            return None
        if decimal and _LATIN_UNIT.match(rest):
            return None  # 2.5kg/袋, 1.9m: a measure, its unit in Latin letters right after it
        if family == "dotted" and (re.match(r"^(?:\s*[:：]\d|[节章条款项])", rest) or written.startswith("0")):
            return None  # 10:30, "3.2节中" (a reference), 0.6~0.9
    if family in _REFERABLE and _REFERENCE_FOLLOWS.match(rest):
        return None  # 第三条规定的…, 第二章中…: a reference, not a heading
    if family == "arabic_paren" and rest.startswith("式"):
        return None  # "(1)式中": a reference to equation (1)
    if family == "appendix" and re.match(r"^\s*[:：]\s*(\d|$)" if m.group(2) else r"^\s*[:：]", rest):
        return None  # "附件：1.…" lists the attachments; the annex itself starts "附件1"
    if family == "circled" and any(c in _CIRCLED for c in rest):
        return None  # "①…　②…" on one line: statements listed inside a paragraph (an exam's), not sections
    if family == "appendix" and not m.group(2):
        return None  # a bare label "附件" / "附录" above an annex numbers nothing: it opens no section
    if family == "appendix":
        number = cn_to_int(m.group(2)) if m.group(2) and not m.group(2).isalpha() else 1
        if m.group(2) and m.group(2).isalpha():
            number = ord(m.group(2)) - 64
    elif family == "dotted":
        parts = re.split(r"[.．]", m.group(1))
        family = f"dotted{len(parts)}"
        number = int(parts[-1])
    elif family == "circled":
        number = _CIRCLED.index(m.group(1)) + 1
    elif m.group(1) in _PAREN_DIGITS:
        number = _PAREN_DIGITS.index(m.group(1)) + 1
    elif m.group(1) in _DOT_DIGITS:
        number = _DOT_DIGITS.index(m.group(1)) + 1
    else:
        number = cn_to_int(m.group(1))
    if not number:
        return None  # no numbering starts at 0 (0.1 MPa)
    return Marker(family=family, style=_style(family, written), number=number,
                  text=written.rstrip(), end=_blank_end(text, m.end()))


# A table-of-contents line ends in leader dots (or a wide gap) and a page number.
_TOC_LINE = re.compile(r"\S(?:[ \t\u3000]*[.．…·•_\-]{3,}|[ \t\u3000]{2,})[ \t\u3000]*\d{1,4}$")


def is_toc_line(s: str) -> bool:
    """A table-of-contents entry: a heading, leader dots or a wide gap, a page number."""
    # The pattern ends in a digit: most lines do not, and one C-level test rejects them.
    return bool(s) and (s[-1].isdigit() or s[-1] == "\n") and bool(_TOC_LINE.search(s))


def is_contents_head(s: str) -> bool:
    """A contents list's head, "目录" however spaced ("目　　录"): a line of its own."""
    return len(s) <= 8 and unspaced(s) == "目录"


def starts_with_marker(text: str) -> bool:
    return read_marker(text.lstrip(" \t\u3000\xa0")) is not None

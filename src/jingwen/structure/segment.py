"""Blocks whose line breaks were lost → the spans a reader sees in them.

Scrapes from search results and HTML pages often flatten a document into one line
("…实现方法 一.远端设置: 1. 在电脑上…二.前端设置…"). A marker inside a block opens a section where a
reader would see one: after a finished sentence and a blank, or after a wide gap; after a single
blank or glued to the text before it only when it continues the numbering already open (一 then 二;
1 then 2), and glued only in flattened text. Markers in a table of contents ("第一章概述 3") and
numbers that are quantities open nothing. In long blocks, wide gaps, the end of a URL glued to
Chinese text and the labels of a paper's front matter (摘要: 关键词: …) separate paragraphs.
"""

from __future__ import annotations

import re
from bisect import bisect
from dataclasses import dataclass, field, replace
from itertools import pairwise

from ..text.blocks import EQUATION_NUMBER, Block
from ..text.lines import unspaced
from ..text.markers import RANK, Marker, is_contents_head, is_toc_line, read_marker
from ..text.punct import SENTENCE_END as _TERMINAL

# Markup that may stand before a marker: markdown bold or heading marks, a list bullet ("- 1、").
_MARKUP = re.compile(r"^(?:\*\*|#{1,6}[ \t]*|[-•·][ \t]+)")
_CAND = re.compile(
    r"(?:\*\*)?(?:第\s*[零〇一二三四五六七八九十百千两\d]{1,5}\s*[编部卷篇章节条]|附[件录]"
    r"|[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3})\s*[)）]"
    r"|[①-⑳⑴-⒇⒈-⒛]|\d{1,3}(?:[.．]\d{1,2}){0,5}\s*[.．、]?)"
)
# Where a candidate can open a span at all (the checks in _inline_markers, done in C so that the
# many numbers inside sentences are never looked at): after a blank, or in flattened text glued to
# anything but a Latin letter, digit or number punctuation.
_CAND_SPACED = re.compile(r"(?<=[ \t\u3000\xa0])" + _CAND.pattern)
_CAND_FLAT = re.compile(r"(?<![A-Za-z0-9._/\-\d])" + _CAND.pattern)
_BLANKS = " \t\u3000\xa0"
_GAP = re.compile(r"[ \t\u3000\xa0]{2,}")
# In flattened text a finished sentence followed by a blank is a lost line break; so is a blank
# before a subtitle's dash.
_SENTENCE_BLANK = re.compile(r"(?<=[。！？!?])[ \t](?=[^\s\d])|[ \t](?=——)")
# In flattened text a salutation ("亲爱的老师们、同学们：", "同志们：", "各位代表："), the addressees
# of a notice ("各科室、各车间：") and a subtitle ("——在…上的讲话") end where a blank follows them.
_SALUTATION_END = re.compile(r"(?:们|同志|各位[\u4e00-\u9fff]{1,3})[：:](?=[ \t]\S)"
                             r"|(?:^|(?<=\s))(?:各[^\s。！？：:，,]{1,40}[：:](?=[ \t]\S)|——\S{2,60}(?=[ \t]))")
_URL_THEN_CJK = re.compile(r"https?://[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%-]+(?=[\u4e00-\u9fff])")
# A paper's front-matter labels; the Chinese ones are distinctive enough to cut even where the
# spaces around them were lost ("…程序移植中图分类号:TP316").
_LABEL = re.compile(
    r"(?:摘\s*要|关\s*键\s*词|关键字|中图分类号|(?<![A-Za-z])(?:Abstract|Key\s?words|KEYWORDS|ABSTRACT))\s*[:：]")
# A paper's English front matter after its Chinese one, where the blanks were lost: the English title
# follows the article number ("文章编号:1009-3044(2010)15-3988-03TheVideo…"), and the authors, in
# capitals by the journals' convention, follow the title ("…BasedonV4L2ZHANGHui,LIXin-hua,…").
_ENGLISH_FRONT = re.compile(
    r"文章编号\s*[:：]\s*[0-9Xx\-—()（）]+(?=[A-Z])"
    r"|(?<=[a-z0-9])(?=[A-Z]{2,}\s?[A-Z][a-z]+(?:-[a-z]+)?\s?[,，]\s?[A-Z]{2,}\s?[A-Z][a-z]+)")
# A field "地点：…" after a blank in flattened text starts a line of its own.
_BLANK_LABEL = re.compile(r"(?<=\S)[ \t](?=[\u4e00-\u9fff]{2,6}[:：])")
# "目录" standing alone before the entries of a flattened table of contents.
_TOC_HEAD = re.compile(r"(?:(?<=\s)|^)目\s?录(?=\s|目\s?录|[.．]?\s*\d)")
# A letter-spaced title run "投 标 书" / "设 计 方 案" is a line of its own.
_SPACED_RUN = re.compile(r"(?:(?<=\s)|^)(?:[\u4e00-\u9fff][ \u3000]){2,}[\u4e00-\u9fff](?=\s|$)")
# A table-of-contents entry after a marker: a short heading, leader dots or a blank, a page number.
_TOC_ENTRY = re.compile(r"^[^\s\d]{1,30}?[\s.．…·•_]+\d{1,3}(?=[\s\u4e00-\u9fff]|$)")
# (not "01 经营概况": a number with its leading zero is a slide's or a contents list's ordinal)
_BARE = re.compile(r"^(0|[1-9]\d?)[ \t\u3000]+(?=[^\s\d])")
_LONG = 200
# The N of "N.M" numbering anywhere in the document (a thesis numbers sections 1.1, 1.2 under 1).
_DOTTED_HEAD = re.compile(r"(?<![\d.])(\d{1,2})[.．]\d{1,2}(?![\d.])")
_FLAT_LINE = 150


def marker_at(text: str) -> tuple[int, Marker] | None:
    """The marker starting `text`, allowing markdown bold or heading marks before it."""
    m = _MARKUP.match(text)
    k = m.end() if m else 0
    mk = read_marker(text[k:k + 64] if k else text)  # read_marker looks at the first 64 characters
    return (k, mk) if mk else None


@dataclass
class Continuity:
    """The last number accepted in each numbering family, reset when an outer family moves on."""

    last: dict[str, int] = field(default_factory=dict)

    def fits(self, m: Marker) -> bool:
        prev = self.last.get(m.family)
        return m.number == 1 if prev is None else m.number == prev + 1

    def open(self, m: Marker) -> bool:
        return m.family in self.last

    def accept(self, m: Marker) -> None:
        self.last[m.family] = m.number
        rank = RANK.get(m.family, 99)
        for f in [f for f in self.last if RANK.get(f, 99) > rank]:
            del self.last[f]


def is_flat(lines_text: list[str]) -> bool:
    """Line breaks were lost: the content is a few very long lines."""
    content = [s for s in lines_text if s.strip()]
    if not content:
        return False
    longest = max(map(len, content))
    return (sum(map(len, content)) / len(content) >= _FLAT_LINE or longest >= 1000
            or (len(content) <= 3 and longest >= 80))


_BOOK_OPEN, _BOOK_CLOSE = re.compile("《"), re.compile("》")


def _toc_entry(rest: str) -> bool:
    return bool(_TOC_ENTRY.match(rest))


def _inline_markers(text: str, state: Continuity, flat: bool, after: int) -> list[tuple[int, Marker]]:
    """Accepted marker positions inside `text` past index `after` (the block's own marker)."""
    found: list[tuple[int, Marker]] = []
    # Where book titles open and close, found once (a flattened document is one long line).
    opens = [m.start() for m in _BOOK_OPEN.finditer(text)] if "《" in text else []
    closes = [m.start() for m in _BOOK_CLOSE.finditer(text)] if opens else []
    for c in (_CAND_FLAT if flat else _CAND_SPACED).finditer(text, max(1, after)):
        pos = c.start()
        if found and pos < found[-1][0] + 2:
            continue
        j = pos  # the blanks before the candidate and the character before them, without copying
        while j > 0 and text[j - 1] in _BLANKS:
            j -= 1
        gap = pos - j
        last = text[j - 1] if j else ""
        if not last:
            continue
        if opens and bisect(opens, pos) > bisect(closes, pos):
            continue  # inside a book title (《标准化工作导则　第1部分：…》): a part of its name
        if gap == 0 and last.isdigit():
            continue  # inside a number: the candidate patterns' lookbehinds leave only digits \d misses (²)
        hit = marker_at(text[pos:pos + 64])
        if hit is None:
            continue
        k, m = hit
        if _toc_entry(text[pos + k + m.end:pos + k + m.end + 40]):
            continue
        if last.isdigit() and _CELL_AFTER.match(text, pos + k + m.end):
            continue  # a number among a table row's cells (…1.10　　1.05), nothing after it but cells
        strong = gap >= 2 or (gap >= 1 and last in _TERMINAL + "：:") or (flat and gap == 0 and last in _TERMINAL)
        if strong:
            ok = state.fits(m) or not state.open(m)
        elif gap == 1:
            ok = state.fits(m)
        else:
            ok = flat and state.open(m) and state.fits(m)
        if ok:
            if text.startswith("**", pos) and text.count("**", 0, pos) % 2:
                pos += 2  # the marks close the bold sentence before the marker ("。**二、"): they stay with it
            found.append((pos, m))
            state.accept(m)
    return found


def _paragraph_cuts(text: str, flat: bool) -> list[int]:
    cuts = [m.end() for m in _GAP.finditer(text)]
    if flat:
        cuts += [m.end() for m in _SENTENCE_BLANK.finditer(text)]
        for m in _TOC_HEAD.finditer(text):
            # "目录 目录.1 前言.2 …": after the head, "目录" is the first entry (on page 1).
            entry = text[:m.start()].rstrip().endswith(("目录", "目 录"))
            cuts += [m.start()] if entry else [m.start(), m.end()]
        cuts += [m.end() for m in _BLANK_LABEL.finditer(text)]
        cuts += [m.end() for m in _SALUTATION_END.finditer(text)]
        cuts += [m.end() for m in _ENGLISH_FRONT.finditer(text)]
    cuts += [m.end() for m in _URL_THEN_CJK.finditer(text)]
    cuts += [m.start() for m in _LABEL.finditer(text) if m.start() > 0]
    return cuts


def _piece(text: str, b: Block, dotted_heads: set[int], flat: bool, state: Continuity) -> Block | None:
    s = text.strip(_BLANKS)
    if not s:
        return None
    if not flat and is_toc_line(s):
        return Block(text=s, line=b.line, last=b.last, marker=False)
    hit = marker_at(s)
    mk, at = (hit[1], hit[0]) if hit else (None, 0)
    bare = _BARE.match(s) if mk is None else None
    if bare and dotted_heads and (flat or _heading_like(s[bare.end():])):
        # "1 总则" or "1 V4L2 简介" beside "1.1 …": a thesis-style top-level number without a dot,
        # where the document numbers its subsections N.M and the number fits.
        n = int(bare.group(1))
        prev = state.last.get("dotted1")
        if n in dotted_heads or (prev is None and n == 1) or prev == n - 1:
            mk = Marker(family="dotted1", style="dotted1", number=n, text=bare.group(1), end=bare.end())
            state.accept(mk)
    return Block(text=s, line=b.line, last=b.last, marker=mk is not None, mk=mk, mk_at=at)


def _heading_like(s: str) -> bool:
    # (not a table's row under its header, 序号　设备名称　数量 / "1　绿篱修剪机　6台　绿篱及灌木修剪":
    # cells apart by wide gaps, where a heading has one phrase)
    return 0 < len(s) <= 30 and not any(ch in s for ch in "。！？；;，,") and len(_CELL_GAP.findall(s.strip())) < 2


_CELL_AFTER = re.compile(r"[ \t\u3000]*(?:$|\n|[ \t\u3000]{2}[\d.%]+)")
_CELL_GAP = re.compile(r"[\u3000\t]+| {2,}")


def segment(blocks: list[Block], flat: bool) -> list[Block]:
    """Split blocks at inline markers and, in long or flattened blocks, at paragraph boundaries."""
    state = Continuity()
    heads = {int(m.group(1)) for m in _DOTTED_HEAD.finditer("\n".join(b.text for b in blocks))}
    if heads and not flat:
        # The bare numbers before the first one with subsections ("2 适用范围" / "3 用物准备" over "4 操作流程" /
        # "4.1 …"), where the first of them was run into its paragraph: the same numbering.
        bare = {int(m.group(1)) for b in blocks if (m := _BARE.match(b.text)) and _heading_like(b.text[m.end():])}
        for n in sorted(heads):
            k = n - 1
            while k in bare and k not in heads:
                heads.add(k)
                k -= 1
    out: list[Block] = []
    for b in blocks:
        if b.alone:  # a table's row: its cells are not spans
            out.append(b)
            continue
        start = marker_at(b.text)
        if start is not None:
            state.accept(start[1])
        after = start[0] + start[1].end if start else 0
        cuts = [pos for pos, _ in _inline_markers(b.text, state, flat, after)]
        if flat or len(b.text) >= _LONG:
            cuts += _paragraph_cuts(b.text, flat)
        for m in _SPACED_RUN.finditer(b.text):
            k = m.start()
            if start and k - 2 == after and "\u4e00" <= b.text[after] <= "\u9fff":
                continue  # a heading letter-spaced right after its marker ("一、样 品 信 息"): one heading
            cuts += [m.start(), m.end()]
        # An equation's number after it ("min Z = C1 + C2　　　　(1)") is no marker and no break.
        cuts = [c for c in cuts if not (EQUATION_NUMBER.fullmatch(b.text.rstrip(), c) and "=" in b.text[:c])]
        if not cuts:
            out.append(_piece(b.text, b, heads, flat, state) or b)
            continue
        bounds = [0, *sorted(set(c for c in cuts if 0 < c < len(b.text))), len(b.text)]
        for s, e in pairwise(bounds):
            p = _piece(b.text[s:e], b, heads, flat, state)
            if p is not None:
                out.append(p)
    return _unmark_contents(out)


def _unmark_contents(blocks: list[Block]) -> list[Block]:
    """A contents list without page numbers (目录 over the chapter headings the body then repeats)
    is a list, not the headings: known by the body starting again at its first entry, whatever
    the wording."""
    for i, b in enumerate(blocks):
        if not is_contents_head(b.text):
            continue
        j, seen = i + 1, set()
        # The list runs to the body's first heading: the first entry met again.
        while j < len(blocks) and blocks[j].marker and unspaced(blocks[j].text) not in seen:
            seen.add(unspaced(blocks[j].text))
            j += 1
        run = blocks[i + 1:j]
        later = {unspaced(x.text) for x in blocks[j:] if x.marker}
        # (the body may open with a paragraph before its first heading: an article's lead under a
        # page's table of contents)
        if len(run) < 2 or j == len(blocks) or unspaced(run[0].text) not in later:
            continue
        # A preview may stop before the later chapters: the first two met again are evidence enough.
        if sum(unspaced(x.text) in later for x in run) >= 2:
            blocks[i + 1:j] = [replace(x, marker=False, mk=None, mk_at=0) for x in run]
    return blocks

"""Boilerplate found by repetition rather than by listing: running headers and footers (a title or
an organisation name printed on every page) and bare page numbers between blocks.

Both are judged against page boundaries: a repeated line is a running header only where it sits
next to a page break (or, in text that lost its page markers, where it recurs at a regular period);
bare numbers are page numbers only when they count up one by one, a page apart.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise

from ..models import Removal
from ..text.doctypes import TRAILING_NOTE, ends_with_type
from ..text.lines import Line, drop_lines, in_order
from ..text.markers import starts_with_marker
from ..text.punct import CJK as _CJK
from ..text.punct import CLOSERS as _CLOSERS
from ..text.punct import SENTENCE_END as _SENTENCE_END

HEADER_RULE = "generic.running_header"
PAGE_NUMBER_RULE = "generic.page_number"
_BARE_NUMBER = re.compile(r"^\d{1,4}$")
_DIGITS = re.compile(r"\d+")
# A page's number in a footer: 第2页, Page 2, 2/9, or a bare number after a mark (讲台资料库 · 2).
# Or a number framed by marks at the line's end (浙江执中律师事务所　　·1·, …　－3－), or far right of its
# name (学生会换届选举办法（修订稿）　　2).
_FOLIO = re.compile(r"第\s*\d+\s*页|\b[Pp](?:age)?\.?\s*\d+$|\d+\s*[/／∕⁄]\s*\d+$|\S\s*[·•|｜\-—–]\s*\d{1,4}$"
                    r"|\s[^\w\s]{1,2}\s*\d{1,4}\s*[^\w\s]{1,2}$|[^\s\d][ \t\u3000]{2,}\d{1,4}$")
# A page number alone, bare, as "P3" / "Page 3" or in brackets (【3】, ［3］, （3）): counted like a bare number
# (a chain of them counting up, pages apart, is no list: a list's markers stand over their items).
# (or framed by dots: · · · 1 · · ·)
_PAGE_TOKEN = re.compile(r"^(?:[\[［【（(〔<〈]|[·•∙・\s]{1,8})?\s*(?:[Pp](?:age)?\.?\s*)?(\d{1,4})\s*"
                         r"(?:[\]］】）)〕>〉]|[·•∙・\s]{1,8})?$")
_MAX_HEADER = 60
# A footer of a short name and its page of so many (低压电工A卷　1／2, ‹老周物理›　1 ⁄ 4).
_COUNTED_FOOTER = re.compile(r"^[^\s，。；：！？,;:!?]{2,24}?[ \t\u3000]+(\d{1,3})\s*[/／∕⁄]\s*(\d{1,3})$")
# A name and a page number after a bar (LT-HR-2025 | 3, 员工手册 ｜ 12): no total, so known by counting up
# one by one, a page apart.
_NUMBERED_FOOTER = re.compile(r"^([^\s，。；：！？,;:!?]{2,24}?)[ \t\u3000]*[|｜丨│][ \t\u3000]*(\d{1,3})$")
_PAGE_APART = 5
"""Lines between two footers of one page count at least (a table's rows stand closer)."""
# Two short fields far apart, nothing else: a header's left and right halves.
_TWO_FIELDS = re.compile(r"^[^\s，。；：,;:]{2,20}(?:[ \t\u3000]{4,}|\u3000{2,})[^\s，。；：,;:]{2,20}$")
_WIDE_GAP = re.compile(r"\S[ \t\u3000]{4,}\S")
_VERY_WIDE = re.compile(r"\S[ \t\u3000]{8,}\S")
# Short fields apart by dots or bars, nothing else (…改造工程 · 施工招标文件 · 第三章): a header's parts.
_DOTTED_FIELDS = re.compile(r"^[^\s，。；：,;:·•|｜]{2,30}(?:\s*[·•|｜]\s*[^\s，。；：,;:·•|｜]{2,20}){1,3}$")
_STAMPED = re.compile(r"^[^，。；！？,;!?·•|｜]{2,24}(?:\s+[·•|｜]\s+[^，。；！？,;!?·•|｜]{1,20}){2,}$")
_MIN_PAGE_GAP = 4
_WORDED = 4
"""A header with this many Chinese characters is words (a masthead), not a code (a standard's number)."""
_FOOTER_MIN = 5
_MIN_HEADER_GAP = 8  # (lines: a page holds more)
_MAX_PERIODIC_SHARE = 0.2


def _page_numbers(stripped: list[str], idx: list[int]) -> set[int]:
    """Indexes of bare-number lines forming a run n, n+1, n+2 … at least a few lines apart."""
    # Longest such chain by dynamic programming over candidates in order (linear, with parents).
    ends: dict[int, tuple[int, int]] = {}  # value -> (chain length, candidate index)
    parent: list[int] = []
    cands: list[tuple[int, int]] = []
    best = (0, -1)
    for k, i in enumerate(idx):
        m = _PAGE_TOKEN.match(stripped[i]) if len(stripped[i]) <= 16 else None
        if m is None:
            continue
        v = int(m.group(1))
        c = len(cands)
        cands.append((k, i))
        prev = ends.get(v - 1)
        if prev and k - cands[prev[1]][0] >= _MIN_PAGE_GAP:
            parent.append(prev[1])
            length = prev[0] + 1
        else:
            parent.append(-1)
            length = 1
        if length >= ends.get(v, (0, -1))[0]:
            ends[v] = (length, c)
        if length > best[0]:
            best = (length, c)
    if best[0] < 2:
        return set()
    out = set()
    c = best[1]
    while c >= 0:
        out.add(cands[c][1])
        c = parent[c]
    return out


def _own_count(numbers: set[int], lines: list[Line], idx: list[int]) -> set[int]:
    """The chain of bare numbers, unless the text's own page markers show two of them on one page: then
    they count something of the text's (a table's rows printed one cell a line: 1 / 土建工程 / 4,862,315.40)."""
    if len(numbers) < 2 or not any(ln.brk for ln in lines):
        return numbers
    rank = {i: k for k, i in enumerate(idx)}
    breaks = [k for k, i in enumerate(idx) if lines[i].brk]
    chain = sorted(rank[i] for i in numbers)
    for a, b in pairwise(chain):
        if not any(a < k <= b for k in breaks):
            return set()
    return numbers


def _near_break(pos: int, breaks: set[int]) -> bool:
    """The content line at rank `pos` is the first or last one of a page."""
    return pos in breaks or (pos + 1) in breaks


def _titled(text: str) -> bool:
    return len(text.strip()) <= 40 and ends_with_type(text)


_OPTIONS = re.compile(r"^[A-DＡ-Ｄ]\s*[.．、]|[①-⑳]{2}")


_NOT_WORDS = re.compile(r"[\s\d/:.\-|｜·•？?！!]")
# A browser's printed page: its footer, the page's address and its number (https://…/2291　　1/3).
_PRINTED_FOOTER = re.compile(r"^(?:https?://|www\.)\S+[ \t\u3000]{2,}[\d#]{1,3}\s*/\s*[\d#]{1,3}$")  # (# a digit)


_TICKS = re.compile(r"[□☐☑☒■√✓✔]")
"""A form's boxes to tick (□适用　√不适用): its own line, however often it recurs."""


def _header_like(text: str) -> bool:
    """A line that may be a running header found by its period alone: words (a title, a name, a
    site; a browser's print header, its date and time before them), not an exam's options ("A．①②③
    B．…"), nor a command or code repeated in a tutorial; or a browser's printed footer."""
    return (not _OPTIONS.search(text) and not _TICKS.search(text)
            and len(_CJK.findall(text)) >= 0.5 * len(_NOT_WORDS.sub("", text))) or (
        _PRINTED_FOOTER.match(text) is not None)


def _short_form(s: str, above: list[str]) -> bool:
    """`s` is a short form of a title set over two or three lines among `above` ("梧冈新区纬三路（…）" /
    "道路及配套工程" / "竣工验收报告" over "纬三路道路及配套工程竣工验收报告"): its characters, in order,
    in those lines run together, and not in any one of them alone."""
    for n in (2, 3):
        for j in range(len(above) - n + 1):
            window = above[j:j + n]
            if all(window) and in_order(s, "".join(window)) and not any(in_order(s, w) for w in window):
                return True
    return False


def _far_apart(s: str, ks: list[int]) -> bool:
    """`s`, recurring at ranks `ks`, is a header's two halves set a line's width apart, pages apart: not a
    form's field left blank, not one printed twice in a row."""
    return (len(ks) >= 2 and _VERY_WIDE.search(s) is not None and s[-1] not in "：:_＿" and _header_like(s)
            and min(b - a for a, b in pairwise(ks)) >= _MIN_HEADER_GAP)


def _counted_footers(stripped: list[str], idx: list[int]) -> set[int]:
    """Lines of a name and a page count (低压电工A卷　1／2) that are a page's footer: the same name
    counting up to the same total, or one alone that falls inside a sentence (the line above it
    unfinished, the one below going on); or a name and a page number after a bar, counting up one by
    one a page apart (LT-HR-2025 | 1). A table's row of a name and a score stands among rows."""
    found: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    numbered: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for k, i in enumerate(idx):  # (one pass over the lines for both shapes)
        s = stripped[i]
        if not s[-1:].isdigit():
            continue
        if m := _COUNTED_FOOTER.match(s):
            page, total = int(m.group(1)), int(m.group(2))
            if 1 <= page <= total and total >= 2:
                found[s[:m.start(1)].strip()].append((k, page, total))
        if m := _NUMBERED_FOOTER.match(s):
            numbered[m.group(1)].append((k, int(m.group(2))))
    out: set[int] = set()
    for runs in numbered.values():
        if len(runs) >= 2 and all(b[1] == a[1] + 1 and b[0] - a[0] >= _PAGE_APART for a, b in pairwise(runs)):
            out.update(idx[k] for k, _ in runs)
    for hits in found.values():
        counting = len(hits) >= 2 and len({t for _, _, t in hits}) == 1 and all(
            b[1] > a[1] for a, b in pairwise(hits))
        for k, _, _ in hits:
            above = stripped[idx[k - 1]] if k > 0 else ""
            below = stripped[idx[k + 1]] if k + 1 < len(idx) else ""
            # (a wrapped line of text above, long; neither neighbour a row of the same shape)
            inside = len(above) >= 10 and above[-1] not in _SENTENCE_END and above[-1] not in _CLOSERS and bool(
                below) and _CJK.match(below) is not None and not starts_with_marker(below) and not any(
                _COUNTED_FOOTER.match(n) for n in (above, below))
            if counting or inside:
                out.add(idx[k])
    return out


_TITLE_HEAD = 12
"""The title stands among the document's first lines this many."""


def _wrapped_title_again(stripped: list[str], idx: list[int], breaks: set[int], drop: dict[int, str]) -> list[int]:
    """Lines that are the title wrapped over two lines at the top, set on one line, under it: opening a
    page (2025“骑迹杯”…邀请赛 / 竞赛规程 above, the two run together after the page marker), or on the
    first page over its text (a cover's title, then the page's header with it on one line): the header."""
    head = [stripped[i] for i in idx[:min(_TITLE_HEAD, min(breaks))]]
    titles = {a + b: k + 1 for k, (a, b) in enumerate(pairwise(head))
              if len(a) <= 40 and len(b) <= 40 and a[-1] not in _SENTENCE_END}
    if not titles:
        return []
    return [idx[k] for k in sorted(breaks | set(range(len(head)))) if 0 < k < len(idx) and idx[k] not in drop
            and titles.get(stripped[idx[k]], k) < k]


def find_repeats(lines: list[Line], headers: bool = True) -> tuple[list[Line], list[Removal]]:
    """Bare page numbers, and (with `headers`) running headers by repetition. A reader that saw
    the page layout (PDF) finds headers by their position instead: there every line at a page's
    edge is next to a break, and a heading used in two chapters must not be taken for one."""
    stripped = [ln.text.strip() for ln in lines]
    idx = [i for i, s in enumerate(stripped) if s]
    drop: dict[int, str] = {}
    for i in _own_count(_page_numbers(stripped, idx), lines, idx):
        drop[i] = PAGE_NUMBER_RULE
    for i in _counted_footers(stripped, idx):
        drop[i] = HEADER_RULE
    # Ranks (in idx) of the content lines that begin a page.
    breaks = {k for k, i in enumerate(idx) if lines[i].brk}
    numbered = {k for k, i in enumerate(idx) if i in drop}
    breaks |= {k + 1 for k in numbered}

    # A two-field running header at the top of a page ("清衡律师事务所　　　　法律意见书") found once: it
    # stands where a page broke a sentence, the line above it stopping mid-sentence, or its halves
    # stand a line's width apart (a letterhead: "执中律师事务所　　　…　　　刑事辩护业务用笺").
    two_fields: set[str] = set()
    # (or printed over the title on the first page too: 康宁大药房连锁有限公司　　质量管理体系文件)
    first_page = {stripped[i] for i in idx[:min(_TITLE_HEAD, min(breaks, default=0))]}
    for k in breaks:
        if 0 < k < len(idx) and idx[k] not in drop:
            s, above = stripped[idx[k]], stripped[idx[k - 1]]
            mid = above[-1] not in _SENTENCE_END and above[-1] not in _CLOSERS
            if (_TWO_FIELDS.match(s) and (mid or _VERY_WIDE.search(s) or s in first_page)) or (
                    mid and _DOTTED_FIELDS.match(s)):
                drop[idx[k]] = HEADER_RULE
                two_fields.add(s)
    if two_fields:  # and wherever else it stands: on the first page, over the title, it is the same header
        for i in idx:
            if stripped[i] in two_fields:
                drop[i] = HEADER_RULE
    if headers and breaks:
        for i in _wrapped_title_again(stripped, idx, breaks, drop):
            drop[i] = HEADER_RULE
    where: dict[str, list[int]] = defaultdict(list)
    for k, i in enumerate(idx if headers else ()):
        s = stripped[i]
        if 2 <= len(s) <= _MAX_HEADER and s[-1] not in _SENTENCE_END and i not in drop:
            # A footer carrying its page number ("智库文档 www.x.com 第2页") recurs with the number changed.
            folio = ("页" in s or s[-1].isdigit() or s[-2:-1].isdigit() or s[-3:-2].isdigit()) and (
                _FOLIO.search(s) is not None)  # (every folio has a digit among its last three characters)
            where[_DIGITS.sub("#", s) if folio else s].append(k)
    # A numbered heading that recurs ("（一）工作要求" under 一、 and 二、) is the document's own; so is a form's
    # line of boxes to tick (□适用　√不适用).
    # (Tested after grouping: only the few lines that recur need reading.)
    where = {s: ks for s, ks in where.items() if len(ks) >= 2 and not starts_with_marker(s) and not _TICKS.search(s)}

    def by_number(k: int) -> bool:
        """Next to a bare number line: a page number with its running header."""
        return any(0 <= j < len(idx) and _BARE_NUMBER.match(lines[idx[j]].text.strip()) for j in (k - 1, k + 1))

    periodic: list[int] = []
    far: list[int] = []
    for s, ks in where.items():
        if ks[0] == 0 and all(by_number(k) for k in ks[1:]):
            # The title repeated as a running header beside a page number ("1" / "政府工作报告").
            for k in ks[1:]:
                drop[idx[k]] = HEADER_RULE
                for j in (k - 1, k + 1):
                    if 0 <= j < len(idx) and _BARE_NUMBER.match(lines[idx[j]].text.strip()):
                        drop[idx[j]] = PAGE_NUMBER_RULE
            continue
        if breaks:
            # The first occurrence at the very top is the title itself: content, not a header; so is
            # a title-like first one above page 1's end (under a site's rows the title is not at the top).
            top = ks[0] if ks[0] == 0 or (_titled(s) and ks[0] < min(breaks)) else None
            # The title set in full over lines of a cover above the first copy: that copy is its header too.
            cover = bool(top) and _short_form(s, [stripped[i] for i in idx[max(0, ks[0] - 12):ks[0]]])
            top = None if cover else top
            others = [k for k in ks if k != top]
            # (a footer over its page's number ends the page too; not a word or two, which may be a
            # table's cell beside its row's number: 1 / 检查项 / 符合)
            at_edges = [k for k in others if _near_break(k, breaks) or (len(s) >= _FOOTER_MIN and k + 1 in numbered)]
            if len(at_edges) >= 2 or (top is not None and others and len(at_edges) == len(others)) or (
                    cover and at_edges):
                # A header twice at page edges is a header wherever it stands but as the title: the
                # copy over page 1's first heading, under a contents list with no page marker, too.
                # (with no title among them, a line set in two halves far apart is no title anywhere)
                every = cover or (len(at_edges) >= 2 and (top is not None or _WIDE_GAP.search(s) is not None))
                for k in (others if every else at_edges):
                    drop[idx[k]] = HEADER_RULE
                # The copy above page 1's own title is the header too (a company name over
                # "考勤与休假管理制度"); a header that is the title itself stays once, as the title.
                if ks[0] == 0 and len(idx) > 1 and (_titled(lines[idx[1]].text) or _TWO_FIELDS.match(s)):
                    drop[idx[0]] = HEADER_RULE  # (a journal's name and issue, far apart, is never the title)
                else:
                    # (and a header in words, not titled itself, twice at page edges, whose first copy stands on
                    # page 1 over the title: 澹庐拍卖　DANLU AUCTION　2025春季拍卖会 / 竞买人须知; a code, a
                    # standard's number, is a field of the cover where it stands there)
                    first = top if top is not None else (
                        ks[0] if len(at_edges) >= 2 and ks[0] not in at_edges and ks[0] < min(breaks)
                        and len(_CJK.findall(s)) >= _WORDED else None)
                    # (a chapter's heading under it, 第一章　编制说明, is no title: the copy is the title)
                    if first is not None and first > 0 and any(
                            _titled(below := TRAILING_NOTE.sub("", lines[idx[j]].text.strip()))
                            and not starts_with_marker(below)
                            for j in range(first + 1, min(first + 3, len(idx)))):
                        drop[idx[first]] = HEADER_RULE  # under a site's rows, over the document's own title
        elif _far_apart(s, ks):
            # Two fields a line's width apart, printed again pages later (…内部控制手册·资金活动　　　…　　版本：A/1):
            # a page's header, even twice; an author sets no line so, but a form's blanks (…：　　　　日期：).
            for k in ks:
                drop[idx[k]] = HEADER_RULE
            far.extend(ks)
        elif len(ks) >= 3 and _STAMPED.match(s) and _header_like(s):
            # A stamp of three fields or more set apart by dots (内部资料 严禁外传 · 韦嘉禾 · 0317), three times or
            # more: a watermark printed over the pages, at whatever intervals.
            for k in ks:
                drop[idx[k]] = HEADER_RULE
        elif len(ks) >= 3 and _header_like(s):
            gaps = [b - a for a, b in pairwise(ks)]
            if min(gaps) >= 8 and max(gaps) <= 2 * min(gaps):
                # The copy at the very top is the title itself, unless the document's own title stands
                # right under it (标准实用文档 / 全县城乡供水情况调查报告).
                titled_below = ks[0] == 0 and len(idx) > 1 and _titled(lines[idx[1]].text)
                # (or under the site's rows, among the first lines, a title by its kind: a page's headline
                # printed again on each of its pages, 2024青崖山越野挑战赛参赛手册)
                top = ks[0] == 0 or (ks[0] < _TITLE_HEAD and _titled(s) and not any(
                    _titled(lines[idx[j]].text) for j in range(ks[0] + 1, min(ks[0] + 3, len(idx)))))
                periodic.extend(ks[1:] if top and not titled_below else ks)
    # Headers found by their period alone are a page's line or two: when "headers" would be more
    # than a fifth of the text, the text itself repeats (a list, a form) and they are its own lines.
    if len(periodic) <= _MAX_PERIODIC_SHARE * len(idx):
        for k in periodic:
            drop[idx[k]] = HEADER_RULE
        if periodic or far:
            # Its partner, recurring fewer times, in the same place by it each time: a footer over
            # each header ("文案大全" / "实用标准文档"), the page's other edge.
            near = set(periodic) | set(far)
            for s, ks in where.items():
                if idx[ks[0]] in drop or not _header_like(s):
                    continue
                for side in (1, -1):
                    # (the last page's footer has no header after it, the first page's header no footer
                    # before it: one copy at the text's edge may stand alone)
                    alone = [k for k in ks if k + side not in near]
                    if not alone or (len(ks) - len(alone) >= 2 and len(alone) == 1
                                     and (alone[0] <= 2 or alone[0] >= len(idx) - 3)):
                        for k in ks:
                            drop[idx[k]] = HEADER_RULE
                        break
    return drop_lines(lines, drop) if drop else (lines, [])

"""Damage that sites and their scrapers do to the text itself, repaired and recorded.

- doc88 draws Chinese punctuation with private-use code points (U+E003 for ，, U+E005 for 。, …).
- Fake-bold headings in PDFs are printed several times over, and extraction keeps every copy:
  "V4L2V4L2V4L2V4L2 简介简介", "1.11.11.11.1", "1 1 1 1".
- PDF extraction puts blanks inside Chinese words ("用 户名", "出厂默 认用户 名").
- 金锄头 and its family split a preview into chunks and prefix each with a counter "1、", "2、" that
  lands anywhere, even inside a word ("#define 2、VIDIO_G_FMT").

Each repair must be a no-op on clean text: private-use characters never occur in it, a unit has to
repeat three times (twice only right beside a threefold repeat, since 研究研究 is real Chinese),
and counters are only taken for counters when the text starts with one and every later one sits
mid-sentence.

Edits on one line are grouped into clusters whose recorded `before`/`after` carry a few characters
of unchanged context, so that each repair can be found (and undone) in the clean text on its own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate

from ..models import Repair
from ..text.lines import lines_matching
from ..text.punct import COMPLETE_END as _SENTENCE_END
from .periodic import periodic_lines

# The code points seen in real doc88 scrapes (notes: U+E004 stands before a list, so "："); other
# sites' fonts use other ones, whose meaning is read from where they stand (see punct_map).
PUA = {"\ue001": "（", "\ue002": "）", "\ue003": "，", "\ue004": "：", "\ue005": "。"}
_PUA_ANY = re.compile("[\ue000-\uf8ff]")
_TEXT_CHAR = re.compile(r"[\u4e00-\u9fff0-9A-Za-z０-９）)”》]")
_OPENS, _CLOSES = "（(", "）)"
_LABEL = 6
_LABEL_AFTER = 4
"""A colon follows a label this short at a line's start (原告：, 案由：, 联系电话：)."""
_MIN_INFERRED = 6
_LABEL_MOST, _LABEL_RARE = 0.6, 0.3
"""A mark after a label at a line's start this often, where every other mark is there less than
_LABEL_RARE of its times, is the colon whatever the counts (see punct_map)."""
"""Fewer private-use characters than this between words, and none is read as punctuation."""
# A unit of 2–20 characters repeated at least three times in a row, no blanks inside.
_REPEAT3 = re.compile(r"(\S{2,20}?)\1{2,}")
# A token repeated at least three times, separated by blanks: "1 1 1 1".
_TOKEN3 = re.compile(r"(?<!\S)(\S{1,12})(?:[ \t\u3000]+\1(?!\S)){2,}")
_REPEAT2 = re.compile(r"(\S{2,10}?)\1")
_SENTENCE_STOP = re.compile("[。！？!?]")
_NEAR = 24
_PUNCT_OR_DIGIT = re.compile(r"^[\d\W_]+$")
# Bold printed twice, character by character ("编编制制说说明明", "公公司司簡簡介介"): three doubled
# characters in a row, blanks between them allowed, a marker's 、 doubled too (一一、、存存在在); 高高兴兴
# (two) is Chinese.
_DOUBLED_CHARS = re.compile(r"(?:([\u4e00-\u9fff、，：；（）])\1[ \u3000]?){3,}")
# A heading's number in words or in brackets (in digits, the patterns below differ).
_WORDED_NUMBER = (r"[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十百\d]{1,4}[章节条部分]+"
                  r"|[（(][一二三四五六七八九十\d]{1,3}[)）]")
# A heading printed twice after its number ("一、筚路蓝缕（1956—1965）筚路蓝缕（1956—1965）",
# "项目实施方案 项目实施方案", "编程:编程:"): the whole line its text twice, at most a blank between
# (two parties' fields side by side, "签订日期：…　　　签订日期：…", stand a gap apart).
_TWICE = (r"([ \t\u3000]*(?:" + _WORDED_NUMBER + r"|\d{1,2}(?:\.\d{1,2})*[、.．]?)?[ \t\u3000]*)"
          r"([^\s。！？；][^\n。！？；]{2,40}?)[ \t\u3000]?\2[ \t\u3000]*")
_DOUBLED_LINE = re.compile("^" + _TWICE + "$")
# The same after each line break of "\n" + the text, which `re` finds fast (a "^" it tries everywhere).
_DOUBLED_LINES = re.compile(r"\n(?=[^\n]{6,95}(?:\n|$))" + _TWICE + r"(?=\n|$)")  # (longer lines: none)
# Its number printed twice as well ("第一条第一条　保密信息的范围保密信息的范围").
_MARKER = r"(?:" + _WORDED_NUMBER + r"|\d{1,2}、)"  # (1.1. is a number, not 1. twice)
_MARKER_TWICE = re.compile(r"^([ \t\u3000]*(" + _MARKER + r"))\2")
_MARKER_TWICE_LINES = re.compile(r"\n[ \t\u3000]*(" + _MARKER + r")\1")
_COUNTER = re.compile(r"(?<![\d.、])(\d{1,3})、")
_CONTEXT = 8
_PAIR = re.compile(r"([\u4e00-\u9fff、，：；（）])\1")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_CJK_BLANK = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
_HEAD_LINES = 6
_DIGIT_COMMA = re.compile(r"\d、")
# Characters between two counters at least: sites cut chunks of a hundred-odd characters or more; the
# items of an author's enumeration run on inside one sentence (…，1、…，2、…) are shorter.
_MIN_CHUNK = 80


# Invisible characters a page puts in its text (zhihu's buttons "​分享", a word joiner, a BOM mid-file,
# direction marks): no author types them; the joiner of an emoji sequence (U+200D) is left alone.
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200e\u200f\u2060\ufeff]+")
ZERO_WIDTH_RULE = "damage.zero_width"

# A whole line in markdown bold ("**一、Sensor的感光原理：**", a heading): the marks are the page's.
# (Bold inside a paragraph is left as it stands, as ANNOTATION keeps it.)
_BOLD_LINE = re.compile(r"^[ \t\u3000]*\*\*(?=[^*\n]{0,60}[\u4e00-\u9fff])[^*\n]{1,60}\*\*[ \t\u3000]*$",
                        re.MULTILINE)
EMPHASIS_RULE = "format.markdown_emphasis"
# A numbered heading in bold inside a line, where a line break was lost before it (after a finished
# sentence) and after it (a wide gap, or the line's end): "…介绍。**一、Sensor的感光原理：**     **…".
# The structure stage makes it a heading line of its own, in bold as a whole: the same marks.
_HEADING_MARKER = (r"[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}\s*[、.．]\D"
                   r"|第[一二三四五六七八九十百\d]{1,5}[章节条]")
# Markdown heading marks before a numbered heading at a line's start ("## 一、入职当天", "### （一）报到流程",
# "## 1 目的"):
# the page's formatting of the author's numbering. (A list's bullet, "- 1、…", is left as written.)
_BARE_NUMBERED = r"\d{1,2}(?:\.\d{1,2}){0,3}[ \t\u3000]+[\u4e00-\u9fff]"
_MARKED_HEADING = re.compile(rf"^(#{{1,6}}[ \t]+)(?={_HEADING_MARKER}|{_BARE_NUMBERED})", re.MULTILINE)
HEADING_MARKS_RULE = "format.markdown_heading"
_BOLD_HEADING = re.compile(rf"(?:^|[。！？；!?;](?:\*\*)?)[ \t\u3000]*(\*\*)(?={_HEADING_MARKER})[^*\n]{{1,60}}?(\*\*)"
                           r"(?=[ \t\u3000]{2,}|[ \t\u3000]*$)", re.MULTILINE)


NOISE_RULE = "damage.noise"
# A line of twelve Chinese characters or more and nothing else, none of them the commonest function
# characters (the lines worth counting common characters in: hardly any of the author's).
_CJK_LINE = re.compile(r"^[ \t\u3000]*(?:(?![的了是在和与对为有不这中到以及也就要人们上个地大])[\u4e00-\u9fff]){12,}"
                       r"[ \t\u3000]*$", re.MULTILINE)
_DIGIT_RUN = re.compile(r"(?<![\d.])(\d)\1{2,5}(?![\d.])")


@dataclass(frozen=True, slots=True)
class Edit:
    start: int
    end: int
    new: str
    rule: str


def _meaningful(unit: str) -> bool:
    """A unit worth collapsing: not one character over and over (哈哈哈, ……), not all digits or
    punctuation (1111, ———), except dotted numbers such as 1.1; not a sentence with its full stop
    (fake bold prints headings, and a sentence said three times over is the author's, which a line
    holds whole only once hard-wrapped lines are joined: the repair would not be a no-op on clean
    text)."""
    if len(set(unit)) == 1 or _SENTENCE_STOP.search(unit):
        return False
    if _PUNCT_OR_DIGIT.match(unit):
        # 1.11.11.1 is an overprinted "1.1"; 10.10.10.190 is an address, not "10." three times.
        return unit[0].isdigit() and unit[-1].isdigit() and any(ch in ".．" for ch in unit)
    return True


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _near(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(-_NEAR <= start - e <= _NEAR or -_NEAR <= s - end <= _NEAR for s, e in spans)


def overprint(text: str) -> list[Edit]:
    """Threefold (or more) repeats of a meaningful unit; around them, doubled units and repeated
    blank-separated tokens ("1 1 1 1") are the same damage."""
    edits: list[Edit] = []
    strong: list[tuple[int, int]] = []
    for m in _REPEAT3.finditer(text):
        if _meaningful(m.group(1)):
            edits.append(Edit(m.start(), m.end(), m.group(1), "damage.overprint"))
            strong.append((m.start(), m.end()))
    for m in _TOKEN3.finditer(text):
        if _inside(m.start(), strong):
            continue
        if (_meaningful(m.group(1)) and len(m.group(1)) > 1) or _near(m.start(), m.end(), strong):
            edits.append(Edit(m.start(), m.end(), m.group(1), "damage.overprint"))
            strong.append((m.start(), m.end()))
    if not strong:
        return []
    # A heading's one-digit number overprinted beside its overprinted words ("1111 总论总论总论总论"):
    # a run of one digit means nothing alone (1111 is a number), beside a strong repeat it is the same damage.
    for m in _DIGIT_RUN.finditer(text):
        if not _inside(m.start(), strong) and _near(m.start(), m.end(), strong):
            edits.append(Edit(m.start(), m.end(), m.group(1), "damage.overprint"))
    for m in _REPEAT2.finditer(text):
        if not _inside(m.start(), strong) and _meaningful(m.group(1)) and _near(m.start(), m.end(), strong):
            edits.append(Edit(m.start(), m.end(), m.group(1), "damage.overprint"))
    return sorted(edits, key=lambda e: e.start)


def doubled(text: str) -> list[Edit]:
    """Bold printed twice: doubled characters collapsed, a line's text twice kept once (its number too,
    when it is printed twice)."""
    if mm := _MARKER_TWICE.match(text):
        once = text[:mm.end(1)] + text[mm.end():]
        m = _DOUBLED_LINE.match(once)
        if m and len(set(m.group(2))) > 1 and _CJK_CHAR.search(m.group(2)):
            shift = mm.end() - mm.end(1)
            return [Edit(mm.end(1), mm.end(), "", "damage.overprint"),
                    Edit(m.end(2) + shift, len(text), "", "damage.overprint")]
        return []
    m = _DOUBLED_LINE.match(text)
    if m and len(set(m.group(2))) > 1 and _CJK_CHAR.search(m.group(2)):
        return [Edit(m.end(2), len(text), "", "damage.overprint")]
    edits = []
    for m in _DOUBLED_CHARS.finditer(text):
        run = m.group(0)
        if len(set(run) - {" ", "\u3000"}) > 1:
            edits.append(Edit(m.start(), m.end(), _PAIR.sub(r"\1", run), "damage.overprint"))
    return edits


def _segment(text: str) -> list[str]:
    """Dictionary words: the enrichment stage's tokenizer (rjieba or jieba, the same dictionary),
    loaded once per process on first use."""
    from ..text.tokens import tokens  # deferred: most documents never need a tokenizer

    return tokens(text)


def pdf_spaces(text: str) -> list[Edit]:
    """A blank that PDF extraction put inside a Chinese word ("用 户名", "录像 机"): removed where a
    dictionary word spans it. Letter-spaced runs ("设 计 方 案") are deliberate and stay."""
    edits = []
    for m in _CJK_BLANK.finditer(text):
        pos = m.start()
        if (pos >= 2 and text[pos - 2] == " ") or (pos + 2 < len(text) and text[pos + 2] == " "):
            continue  # one character between blanks: a letter-spaced run
        left = text[max(0, pos - 4):pos].split()[-1]
        right = text[pos + 1:pos + 5].split()[0]
        at = 0
        for tok in _segment(left + right):
            if at < len(left) < at + len(tok) and len(tok) >= 2:
                edits.append(Edit(pos, pos + 1, "", "damage.pdf_space"))
                break
            at += len(tok)
    return edits


def private_use(text: str, mapping: dict[str, str] | None = None) -> list[Edit]:
    table = PUA if mapping is None else mapping
    return [Edit(m.start(), m.end(), table[m.group(0)], "damage.private_use_punct")
            for m in _PUA_ANY.finditer(text) if m.group(0) in table]


def punct_map(text: str) -> dict[str, str]:
    """Which private-use code points stand for which punctuation in this text (a site's font that
    draws ，。：（） from code points of its own): doc88's where the text's code points are all among
    them; else read from where each stands between words — a pair around a short span, or one
    closed by a real bracket, is （ ）; the one that most ends lines is 。; the most frequent of the rest
    ，; the one after a short label, at a line's start or after a comma or a bracket (…，账号：), ：; the
    next most frequent 、. Icon fonts' code points, at a line's start or alone, are none of these, and
    are left as they are."""
    seen: dict[str, list[int]] = {}
    for m in _PUA_ANY.finditer(text):
        seen.setdefault(m.group(0), []).append(m.start())
    if not seen or set(seen) <= set(PUA):
        return dict(PUA)
    # punctuation stands after a word, not at a line's start
    marks = {c: ps for c, ps in seen.items()
             if sum(1 for p in ps if p > 0 and _TEXT_CHAR.match(text, p - 1)) >= 0.6 * len(ps)}
    if sum(map(len, marks.values())) < _MIN_INFERRED:
        return {}
    out: dict[str, str] = {}
    for c, ps in marks.items():
        opens = closes = 0
        for p in ps:
            rest, before = text[p + 1:p + 41], text[max(0, p - 40):p]  # (a bracket's span may wrap)
            if _first_of(rest, _CLOSES, _OPENS + c):
                opens += 1
            if _first_of(before[::-1], _OPENS, _CLOSES + c):
                closes += 1
        if opens > max(closes, 0.5 * len(ps)):
            out[c] = "（"
        elif closes > max(opens, 0.5 * len(ps)):
            out[c] = "）"
    rest = {c: ps for c, ps in marks.items() if c not in out}
    for a, b in _bracket_pairs(text, rest):
        out[a], out[b] = "（", "）"
        del rest[a], rest[b]

    def share(c: str, test: Callable[[int], bool]) -> float:
        return sum(1 for p in rest[c] if test(p)) / len(rest[c])

    def ends_line(p: int) -> bool:
        return p + 1 >= len(text) or text[p + 1] == "\n"

    seps = "\n，,、（(\u3000\t"  # (a row of fields sets them apart by wide gaps: 人数：…　　年龄：…)

    def at_label(p: int) -> bool:
        return p - (text.rfind("\n", 0, p) + 1) <= _LABEL

    def after_label(p: int) -> bool:
        # a short label at the line's start (甲方：), or after a comma, a bracket or a wide gap (…，账号：…,
        # （户名：…, …　　年龄：…)
        return at_label(p) or any(ch in seps for ch in text[max(0, p - _LABEL_AFTER - 1):p])

    def pick(mark: str, test: Callable[[int], bool] | None, least: float) -> None:
        if not rest:
            return
        key = (lambda c: (share(c, test), len(rest[c]))) if test else (lambda c: len(rest[c]))
        best = max(rest, key=key)
        if (test is None or share(best, test) >= least) and len(rest[best]) >= 2:  # (one place says little)
            out[best] = mark
            del rest[best]

    # The mark that ends lines is 。; the commonest of the rest ，; the one after a label (read once
    # that comma is known, since a label follows one too) ：; the next commonest 、.
    pick("。", ends_line, 0.25)
    # (unless one of the commonest marks stands after a label at a line's start nearly always and the
    # others seldom: a notice of field lines, 供应商名称：… / 地址：…, holds more colons than commas)
    led = {c: share(c, at_label) for c in rest}
    if len(rest) >= 2 and sum(1 for v in led.values() if v < _LABEL_RARE) == len(rest) - 1:
        top = max(rest, key=led.__getitem__)
        if led[top] >= _LABEL_MOST and 2 * len(rest[top]) >= max(map(len, rest.values())):
            out[top] = "："
            del rest[top]
    before = set(rest)
    pick("，", None, 0.0)
    seps += "".join(c for c in before - set(rest))  # (the comma just read opens a label's clause too)
    pick("：", after_label, 0.5)
    pick("、", None, 0.0)
    return out


_MARK = re.compile(r"[\ue000-\uf8ff，。、；：？！,.;:?!（）()]")


def _bracket_pairs(text: str, marks: dict[str, list[int]]) -> list[tuple[str, str]]:
    """Two code points that always stand as a pair around a short span with no other mark in it
    (a comma and a full stop do not: a sentence holds several commas)."""
    after: dict[str, dict[str, int]] = {}
    for c, ps in marks.items():
        for p in ps:
            m = _MARK.search(text, p + 1, min(len(text), p + 31))
            if m and m.group(0) in marks and text.count("\n", p, m.start()) <= 1:  # (a wrap inside is no matter)
                after.setdefault(c, {}).setdefault(m.group(0), 0)
                after[c][m.group(0)] += 1
    out = []
    for a, follows in after.items():
        for b, n in follows.items():
            if a != b and n >= 0.9 * len(marks[a]) and abs(len(marks[a]) - len(marks[b])) <= 1 \
                    and n >= 0.9 * len(marks[b]) and not any(a in pair or b in pair for pair in out):
                out.append((a, b))
    if out or len(marks) < 3:
        return out
    # A bracket may hold a list (（7:00—9:00、17:00—19:00）): two of the rarer marks that strictly take
    # turns, each span short and on one line, the second seldom ending a line as 。 does.
    commonest = max(marks, key=lambda c: len(marks[c]))
    for a in marks:
        for b in marks:
            if a == b or commonest in (a, b) or len(marks[a]) != len(marks[b]) or len(marks[a]) < 2:
                continue
            turns = sorted([(p, a) for p in marks[a]] + [(p, b) for p in marks[b]])
            pairs = list(zip(turns[::2], turns[1::2], strict=True))
            if all(x[1] == a and y[1] == b and y[0] - x[0] <= 30 and "\n" not in text[x[0]:y[0]]
                   and "。" not in text[x[0]:y[0]] and text[y[0] + 1:y[0] + 2] not in ("\n", "")
                   for x, y in pairs) and not any(a in pair or b in pair for pair in out):
                out.append((a, b))
    return out


def _first_of(s: str, wanted: str, against: str) -> bool:
    """In `s`, a character of `wanted` comes before any of `against`."""
    for ch in s:
        if ch in wanted:
            return True
        if ch in against:
            return False
    return False


def _counters(text: str) -> tuple[list[int], set[int], bool, set[int]]:
    """Where counters may stand: those mid-sentence, the "1、" opening lines, whether a "2、"
    opens one (an author's list), and the others opening a line under an unfinished one (a counter
    that fell at a line's start: "…按应付金额" / "6、额的万分之五…", which goes on a run of counters,
    not starts one). One search for a digit before 、 (a few per page), then a look at what stands
    before each: a regex for "after no finished sentence" tries every character."""
    mids: list[int] = []
    ones: set[int] = set()
    under: set[int] = set()
    listed = False
    for m in _DIGIT_COMMA.finditer(text):
        at = m.start()
        while at > 0 and m.end() - at < 4 and text[at - 1].isdigit():
            at -= 1
        if at > 0 and (text[at - 1].isdigit() or text[at - 1] in ".、"):
            continue  # a longer number (2024、), a decimal, or one of a run (1、2、3、)
        j = at - 1
        while j >= 0 and text[j] in " \t\u3000":
            j -= 1
        if j > 0 and text[j] == "\n" and j < at - 1 and text[j - 1] not in _SENTENCE_END and text[j - 1] != "\n":
            mids.append(at)  # (a blank before it at a line's start, the line above unfinished: "…财" / " 4、产份额…")
        elif j < 0 or text[j] == "\n":
            value = text[at:m.end() - 1]
            if value == "1":
                ones.add(at)
            elif j > 0 and text[j - 1] not in _SENTENCE_END and text[j - 1] != "\n":
                under.add(at)
            listed = listed or value == "2"
        elif text[j] not in _SENTENCE_END and text[j] not in "-•·*":
            mids.append(at)
    return mids, ones, listed, under


def chunk_counters(lines: list[str]) -> dict[int, list[Edit]]:
    """Counters 1、2、3、… inserted every hundred characters or more: a run of counters counting up by
    one, each mid-sentence (after no finished sentence, often inside a word) and far from the one
    before. The run is taken when it starts with "1、" opening one of the first lines, or when three
    of its counters stand mid-sentence (a site whose preview starts anywhere, or whose first counter
    was lost: "…损失率控制 2、在5%以内"); a "1、" opening a line before such a run is its first.
    Returns edits by line index."""
    joined = "\n".join(lines)
    if "、" not in joined:
        return {}
    first_lines = []
    for i, s in enumerate(lines):
        if s.strip():
            first_lines.append(i)
            if len(first_lines) == _HEAD_LINES:
                break
    heads = set(first_lines)
    mids, at_ones, listed, under = _counters(joined)
    if not mids and not any(lines[i].lstrip().startswith("1、") for i in heads):
        return {}  # no counter mid-sentence, none opening the text: most documents
    starts = [0, *accumulate(len(s) + 1 for s in lines[:-1])]
    chains: list[list[tuple[int, int, int, bool]]] = []  # (value, line, start in line, mid-sentence)
    ending: dict[int, list[list[tuple[int, int, int, bool]]]] = {}  # chains by their last value
    for at in sorted(at_ones.union(mids, under)):
        m = _COUNTER.match(joined, at)
        if m is None:
            continue
        v = int(m.group(1))
        i = bisect_right(starts, at) - 1
        col = at - starts[i]
        mid = at not in at_ones and at not in under
        chain = next((c for c in ending.get(v - 1, ()) if (mid or at in under)
                      and at - (starts[c[-1][1]] + c[-1][2]) >= _MIN_CHUNK), None)
        if chain is not None:
            ending[v - 1].remove(chain)
            chain.append((v, i, col, mid))
        elif at in under:
            continue  # (an item of the author's list, unless it goes on a run)
        else:
            chain = [(v, i, col, mid)]
            chains.append(chain)
        ending.setdefault(v, []).append(chain)
    best: list[tuple[int, int, int, bool]] = []
    for c in chains:
        v0, i0, _, mid0 = c[0]
        opens = (v0 == 1 and not mid0 and i0 in heads and not listed
                 and (len(c) > 1 or len(lines[i0]) >= _MIN_CHUNK))
        if (opens or sum(x[3] for x in c) >= 3) and len(c) > len(best):
            best = c
    # (a counter of the run mid-sentence closer to the next than the run's spacing: the site's chunks
    # vary, "…均已借 2、阅" sixty characters above " 3、")
    entries = [x for c in chains for x in c if x[3]]
    while best and best[0][0] > 2:
        v0, i0, c0, _ = best[0]
        before = next((x for x in entries if x[0] == v0 - 1
                       and starts[i0] + c0 - starts[x[1]] - x[2] >= _MIN_CHUNK // 2), None)
        if before is None:
            break
        best = [before, *best]
    if best and best[0][0] == 2:
        first = next((c[0] for c in chains if c[0][0] == 1 and not c[0][3] and c[0][1] < best[0][1]
                      and starts[best[0][1]] + best[0][2] - starts[c[0][1]] >= _MIN_CHUNK // 2), None)
        if first is not None:
            best = [first, *best]
    found: dict[int, list[Edit]] = {}
    for v, i, col, _ in best:
        s, end = lines[i], col + len(str(v)) + 1
        # the blank a site put before it between two Chinese characters goes with it
        if col and s[col - 1] in " \u3000" and col >= 2 and _is_cjk(s[col - 2]) and end < len(s) and _is_cjk(s[end]):
            col -= 1
        found.setdefault(i, []).append(Edit(col, end, "", "damage.chunk_counter"))
    return found


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _cluster(text: str, edits: list[Edit], line: int) -> tuple[str, list[Repair]]:
    """Apply non-overlapping edits; record one repair per cluster of nearby edits, with context."""
    out: list[str] = []
    repairs: list[Repair] = []
    pos = 0
    clean: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.start, -e.end)):
        if e.start >= pos:
            clean.append(e)
            pos = e.end
    groups: list[list[Edit]] = []
    for e in clean:
        if groups and e.start - groups[-1][-1].end < 2 * _CONTEXT:
            groups[-1].append(e)
        else:
            groups.append([e])
    pos = 0
    for g in groups:
        s, t = max(0, g[0].start - _CONTEXT), min(len(text), g[-1].end + _CONTEXT)
        after, p = [], s
        for e in g:
            after += [text[p:e.start], e.new]
            p = e.end
        after.append(text[p:t])
        new = "".join(after)
        repairs.append(Repair(line=line, rule=g[0].rule, before=text[s:t], after=new))
        out += [text[pos:s], new]
        pos = t
    out.append(text[pos:])
    return "".join(out), repairs


def emphasis(text: str) -> list[Edit]:
    """The bold marks around a whole line, cut."""
    out = []
    for m in _BOLD_LINE.finditer(text):
        out += [Edit(m.start(), m.start() + 2, "", EMPHASIS_RULE), Edit(m.end() - 2, m.end(), "", EMPHASIS_RULE)]
    return out


def heading_emphasis(text: str) -> list[Edit]:
    """The bold marks around a numbered heading inside a line (see _BOLD_HEADING)."""
    out = []
    for m in _BOLD_HEADING.finditer(text):
        out += [Edit(m.start(1), m.end(1), "", EMPHASIS_RULE), Edit(m.start(2), m.end(2), "", EMPHASIS_RULE)]
    return out


def zero_width(text: str) -> list[Edit]:
    """The invisible characters, cut; between two words a blank keeps them apart ("关注问题​写回答"
    is two buttons)."""
    return [Edit(m.start(), m.end(), " " if m.start() > 0 and m.end() < len(text) and not text[m.start() - 1].isspace()
                 and not text[m.end()].isspace() else "", ZERO_WIDTH_RULE) for m in _ZERO_WIDTH.finditer(text)]


def heading_marks(text: str) -> list[Edit]:
    """The markdown heading marks before a numbered heading (see _MARKED_HEADING), cut."""
    m = _MARKED_HEADING.match(text)
    return [Edit(0, m.end(), "", HEADING_MARKS_RULE)] if m else []


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    """The characters that carry most of the dictionary's frequency (data/common_chars.txt, written
    by tools/common_chars.py)."""
    return frozenset((resources.files("jingwen") / "data" / "common_chars.txt").read_text(encoding="utf-8").strip())


def noise(text: str) -> list[Edit]:
    """A site's hidden anti-copy noise (蒍螄袇芀羈蚈膁莃蒇薅…, a run of rare characters): a line of Chinese
    characters almost none of which are common ones, cut whole. A line of the author's, a heading
    of names and terms too (梓潼县农产品冷链物流中心…报告: 83 %), is mostly common characters."""
    s = text.strip()
    common = _common_chars()
    return [Edit(0, len(text), "", NOISE_RULE)] if sum(c in common for c in s) < 0.2 * len(s) else []


def repair(lines: list[str]) -> tuple[list[str], list[Repair]]:
    """All damage repairs over a document's lines (0-based list; repairs carry 1-based numbers)."""
    counters = chunk_counters(lines)
    joined = "\n".join(lines)
    token3, blank, bold, zw = (lines_matching(p, joined) for p in (_TOKEN3, _CJK_BLANK, _BOLD_LINE, _ZERO_WIDTH))
    table = punct_map(joined) if _PUA_ANY.search(joined) else {}
    pua = lines_matching(re.compile("[" + "".join(table) + "]"), joined) if table else set()
    twice: set[int] = set()
    periodic = periodic_lines(lines, joined, twice)
    heads = lines_matching(_BOLD_HEADING, joined) if "**" in joined else set()
    noisy = lines_matching(_CJK_LINE, joined)
    marked = lines_matching(_MARKED_HEADING, joined) if "#" in joined else set()
    # (Doubled characters with blanks between them, 目目 錄錄, are found where there are also some
    # without: the arrays look for the plain run, the regex on those lines for the rest.)
    twice = ({i for i in twice if _DOUBLED_CHARS.search(lines[i])} | lines_matching(_DOUBLED_LINES, "\n" + joined)
             | lines_matching(_MARKER_TWICE_LINES, "\n" + joined))
    out = list(lines)
    repairs: list[Repair] = []
    for i in sorted(set(counters) | pua | token3 | blank | periodic | bold | heads | twice | zw | marked | noisy):
        text = lines[i]
        if i in noisy and (edits := noise(text)):
            out[i], reps = _cluster(text, edits, i + 1)
            repairs += reps
            continue
        edits = counters.get(i, [])
        if i in zw:
            edits = edits + zero_width(text)
        if i in pua:
            edits = edits + private_use(text, table)
        if len(text) >= 6 and ((i in periodic and _REPEAT3.search(text)) or i in token3):
            # Look for overprint with the counters blanked out (same positions): "1、1 1 1 1".
            blanked = text
            for e in edits:
                blanked = blanked[: e.start] + " " * (e.end - e.start) + blanked[e.end:]
            edits = edits + overprint(blanked)
        if i in twice and not edits:
            edits = doubled(text)
        if i in blank:
            edits = edits + pdf_spaces(text)
        if i in bold:
            edits = edits + emphasis(text)
        if i in heads:
            edits = edits + heading_emphasis(text)
        if i in marked:
            edits = edits + heading_marks(text)
        if edits:
            out[i], reps = _cluster(text, edits, i + 1)
            repairs += reps
    return out, repairs

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
from dataclasses import dataclass

from ..models import Repair
from ..text.lines import lines_matching
from ..text.punct import COMPLETE_END as _SENTENCE_END
from .periodic import periodic_lines

# Only the code points seen in real doc88 scrapes (notes: U+E004 stands before a list, so "：").
PUA = {"\ue001": "（", "\ue002": "）", "\ue003": "，", "\ue004": "：", "\ue005": "。"}
_PUA_RE = re.compile("[" + "".join(PUA) + "]")
# A unit of 2–20 characters repeated at least three times in a row, no blanks inside.
_REPEAT3 = re.compile(r"(\S{2,20}?)\1{2,}")
# A token repeated at least three times, separated by blanks: "1 1 1 1".
_TOKEN3 = re.compile(r"(?<!\S)(\S{1,12})(?:[ \t\u3000]+\1(?!\S)){2,}")
_REPEAT2 = re.compile(r"(\S{2,10}?)\1")
_SENTENCE_STOP = re.compile("[。！？!?]")
_NEAR = 24
_PUNCT_OR_DIGIT = re.compile(r"^[\d\W_]+$")
_COUNTER = re.compile(r"(?<![\d.、])(\d{1,3})、")
_CONTEXT = 8
_CJK_BLANK = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
_HEAD_LINES = 6
_MIN_CHUNK = 200


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
_BOLD_HEADING = re.compile(rf"(?:^|[。！？；!?;](?:\*\*)?)[ \t\u3000]*(\*\*)(?={_HEADING_MARKER})[^*\n]{{1,60}}?(\*\*)"
                           r"(?=[ \t\u3000]{2,}|[ \t\u3000]*$)", re.MULTILINE)


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
    for m in _REPEAT2.finditer(text):
        if not _inside(m.start(), strong) and _meaningful(m.group(1)) and _near(m.start(), m.end(), strong):
            edits.append(Edit(m.start(), m.end(), m.group(1), "damage.overprint"))
    return sorted(edits, key=lambda e: e.start)


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


def private_use(text: str) -> list[Edit]:
    return [Edit(m.start(), m.end(), PUA[m.group(0)], "damage.private_use_punct") for m in _PUA_RE.finditer(text)]


def _mid_sentence(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u3000":
        i -= 1
    return i >= 0 and text[i] not in _SENTENCE_END


def chunk_counters(lines: list[str]) -> dict[int, list[Edit]]:
    """Counters 1、2、3、… inserted every few hundred characters: the preview (one of its first
    lines) starts with "1、" and each later counter stands mid-sentence, well after the one before.
    Returns edits by line index."""
    heads = [i for i, s in enumerate(lines) if s.strip()][:_HEAD_LINES]
    first = next((i for i in heads if re.match(r"\s*1、", lines[i])), None)
    if first is None:
        return {}
    m = re.match(r"\s*1、", lines[first])
    assert m is not None
    found: dict[int, list[Edit]] = {first: [Edit(m.end() - 2, m.end(), "", "damage.chunk_counter")]}
    want, i, pos, gap = 2, first, m.end(), 0
    while i < len(lines):
        nxt = next((c for c in _COUNTER.finditer(lines[i], pos) if int(c.group(1)) == want), None)
        if nxt is None:
            gap += len(lines[i]) - pos
            i, pos = i + 1, 0
            continue
        gap += nxt.start() - pos
        if not _mid_sentence(lines[i], nxt.start()) or gap < _MIN_CHUNK:
            return {}  # an author's "2、" (after a finished sentence, or soon after "1、"): real numbering
        found.setdefault(i, []).append(Edit(nxt.start(), nxt.end(), "", "damage.chunk_counter"))
        want, pos, gap = want + 1, nxt.end(), 0
    if want == 2 and len(lines[first]) < _MIN_CHUNK:
        return {}  # a lone "1、" on an ordinary line is more likely a one-item list than a counter
    return found


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


def repair(lines: list[str]) -> tuple[list[str], list[Repair]]:
    """All damage repairs over a document's lines (0-based list; repairs carry 1-based numbers)."""
    counters = chunk_counters(lines)
    joined = "\n".join(lines)
    pua, token3, blank, bold = (lines_matching(p, joined) for p in (_PUA_RE, _TOKEN3, _CJK_BLANK, _BOLD_LINE))
    periodic = periodic_lines(lines, joined)
    heads = lines_matching(_BOLD_HEADING, joined) if "**" in joined else set()
    out = list(lines)
    repairs: list[Repair] = []
    for i in sorted(set(counters) | pua | token3 | blank | periodic | bold | heads):
        text = lines[i]
        edits = counters.get(i, [])
        if i in pua:
            edits = edits + private_use(text)
        if len(text) >= 6 and ((i in periodic and _REPEAT3.search(text)) or i in token3):
            # Look for overprint with the counters blanked out (same positions): "1、1 1 1 1".
            blanked = text
            for e in edits:
                blanked = blanked[: e.start] + " " * (e.end - e.start) + blanked[e.end:]
            edits = edits + overprint(blanked)
        if i in blank:
            edits = edits + pdf_spaces(text)
        if i in bold:
            edits = edits + emphasis(text)
        if i in heads:
            edits = edits + heading_emphasis(text)
        if edits:
            out[i], reps = _cluster(text, edits, i + 1)
            repairs += reps
    return out, repairs

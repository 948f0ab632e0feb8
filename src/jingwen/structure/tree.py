"""Paragraph blocks → the section tree.

A block that starts with a numbering marker opens a section. Its level follows the order in which
the document uses the numbering families (a family already open on the current path closes back
to that level; a new family nests under the current section unless the conventional ladder puts
it outside — a document that skips （一） still nests 1. under 一、). Its heading is the whole
block when the block is one sentence or a heading line, else the first sentence (a run-in
heading), the rest becoming the section's first paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Section
from ..text.blocks import Block
from ..text.markers import RANK, Marker
from ..text.punct import CLOSE_BRACKETS as _CLOSE
from ..text.punct import OPEN_BRACKETS as _OPEN
from ..text.punct import SENTENCE_END
from .segment import marker_at

_SENTENCE_END = re.compile(f"[{SENTENCE_END}]")
_NOTE = re.compile(r"\s*[（(][^）)\n]{1,12}[）)]")
_SHORT_SPAN = re.compile(r"(?=(?:[^\s]*[\u4e00-\u9fff]){2})[^\s，,。；;：:！？!?、（）()]{2,12}(?=[ \t\u3000]+\S)")
_COLON_BLANK = re.compile(r"[:：](?=[ \t\u3000])")
_NONBLANK = re.compile(r"[ \t\u3000]")
_FLAT_HEADING = 28
_CN_NUM = "零一二三四五六七八九十"
# Families whose conventional rank holds whatever order a document uses them in.
_RANKED = {"appendix", "part", "chapter", "section", "dotted1", "dotted2", "dotted3", "dotted4", "dotted5",
           "dotted6"}
_LADDER = {"cn", "cn_paren", "arabic", "arabic_paren", "circled"}


@dataclass
class Node:
    marker: Marker
    heading: str
    head_text: str
    """The heading line as written in the input: marker, blanks, heading."""
    line: int
    paragraphs: list[str] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)

    def to_section(self, level: int) -> Section:
        return Section(
            marker=self.marker.text,
            style=self.marker.style,
            number=self.marker.number,
            level=level,
            heading=self.heading,
            line=self.line,
            paragraphs=self.paragraphs,
            children=[c.to_section(level + 1) for c in self.children],
        )


def split_heading(body: str, flat: bool = False) -> tuple[str, str]:
    """(heading, rest): a one-sentence item or heading line is all heading; otherwise the heading
    runs to the first sentence end and the rest is the item's first paragraph.

    In flattened text a heading line may have lost the break after it: a heading ends at a colon
    followed by a blank, and one that would run on for long ends at the first blank after a few
    Chinese characters ("V4L2 简介 video4linux2(V4L2)是…")."""
    m = _first_sentence_end(body)
    end = m if m is not None and body[m:].strip() else len(body)
    if m is not None and (note := _NOTE.match(body, end)):
        end = note.end()  # "名著阅读。（8分）": the bracketed note stays with its heading
    if flat:
        colon = _COLON_BLANK.search(body, 0, min(end, _FLAT_HEADING))
        short = _SHORT_SPAN.match(body)
        if short and short.end() < end:
            end = short.end()  # "检查时间 2024年3月11日…": a heading line that lost its break
        elif colon:
            end = colon.start() + 1
        elif len(_NONBLANK.sub("", body[:end])) > _FLAT_HEADING:
            cut = _blank_after_words(body[:end])
            if cut is not None:
                end = cut
    if end < len(body) and body[end:].strip():
        return body[:end].rstrip(), body[end:].strip()
    return body.strip(), ""




def _first_sentence_end(text: str) -> int | None:
    """Index just past the first 。！？；;!? outside brackets and quotes ("一、选择题（…共24分。在每小题
    给出的四个选项中…）" is one heading), or None."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in SENTENCE_END:
            return i + 1
    return None


def _blank_after_words(text: str) -> int | None:
    """Index of the first blank preceded by at least two Chinese characters and four non-blanks."""
    cjk = other = 0
    for i, ch in enumerate(text):
        if ch in " \t\u3000":
            if cjk >= 2 and cjk + other >= 4:
                return i
        elif "\u4e00" <= ch <= "\u9fff":
            cjk += 1
        else:
            other += 1
    return None


def _show(m: Marker) -> str:
    if m.family in ("cn", "cn_paren", "part", "chapter", "section", "article") and m.number <= 10:
        return _CN_NUM[m.number]
    return str(m.number)


@dataclass
class Tree:
    preamble: list[str]
    sections: list[Node]
    warnings: list[str]


def _place(stack: list[Node], family: str, order: list[str]) -> None:
    """Pop the open sections the new marker closes; it then nests under what is left.

    A family open on the path closes back to its level. Otherwise: parts, chapters, sections,
    appendices and dotted levels keep their conventional rank (第二节 closes the 第X条 under 第一节);
    the GB/T 9704 ladder 一、 > （一） > 1. > （1） > ① holds among its own families (an exam's 7. nests
    under （一） even where 1. stood right under 一、 before); any other family (第X条 in a contract
    numbered 一、二、…) takes its depth from the order in which the document first used it."""
    families = [n.marker.family for n in stack]
    if family in families:
        del stack[families.index(family):]
        return
    rank = RANK.get(family, 99)
    if family in _RANKED:
        while stack and RANK.get(stack[-1].marker.family, 99) > rank:
            stack.pop()
    elif family in _LADDER:
        while stack and stack[-1].marker.family in _LADDER and RANK[stack[-1].marker.family] > rank:
            stack.pop()
    elif family in order:
        idx = order.index(family)
        while (stack and stack[-1].marker.family not in _RANKED and stack[-1].marker.family in order
               and order.index(stack[-1].marker.family) > idx):
            stack.pop()
    if family not in order:
        order.append(family)


def _heading_line(b: Block) -> bool:
    s = b.text.strip()
    return not b.marker and 0 < len(s) <= 40 and not _SENTENCE_END.search(s) and s[-1] not in "，,：:"


def _out_of_place(family: str, roots: list[Node]) -> bool:
    """A part, chapter or section heading first met after the document's top level is established
    under another family ("第1节 浮力" in a lesson plan's board layout) opens nothing."""
    return (family in ("part", "chapter", "section") and bool(roots)
            and roots[0].marker.family not in ("part", "chapter", "section", "appendix")
            and not any(r.marker.family == family for r in roots))


def _inline_list_item(m: Marker, before: str) -> bool:
    """Item n of a list whose item n-1 stands after a colon inside the paragraph before ("附件：1．…名单"
    then "2．…情况表") is a paragraph of that list, not a section."""
    if m.number < 2 or m.family not in ("arabic", "arabic_paren"):
        return False
    prev = re.sub(r"\d+", str(m.number - 1), m.text, count=1)  # "2．" → "1．", "(3)" → "(2)"
    return re.search(r"[：:]\s*" + re.escape(prev), before) is not None


# Numbering that runs through the whole document, not restarting under each chapter: a law's articles.
_COUNTED_THROUGH = frozenset({"article"})


def build(blocks: list[Block], flat: bool = False) -> Tree:
    preamble: list[str] = []
    order: list[str] = []
    roots: list[Node] = []
    stack: list[Node] = []
    warnings: list[str] = []
    through: dict[str, Node] = {}  # the last node of each family counted through the document
    taken = -1
    for i, b in enumerate(blocks):
        if i == taken:
            continue
        hit = ((b.mk_at, b.mk) if b.mk else marker_at(b.text)) if b.marker else None
        if hit is None:
            (stack[-1].paragraphs if stack else preamble).append(b.text)
            continue
        at, m = hit
        if _out_of_place(m.family, roots) or (i > 0 and _inline_list_item(m, blocks[i - 1].text)):
            (stack[-1].paragraphs if stack else preamble).append(b.text)
            continue
        end = at + m.end
        if at and b.text.startswith("**") and b.text.startswith("**", end):
            end += 2  # "**第五条** 老年食堂…": the bold marks around the marker close after it
        heading, rest = split_heading(b.text[end:], flat)
        head_text = (b.text[:end] + heading).rstrip()
        if not heading and i + 1 < len(blocks) and _heading_line(blocks[i + 1]):
            # "附件1" on a line of its own, its title on the next: the title is the heading.
            heading = blocks[i + 1].text.strip()
            head_text = head_text + "\n" + heading
            taken = i + 1
        node = Node(marker=m, heading=heading, head_text=head_text, line=b.line)
        if rest:
            node.paragraphs.append(rest)
        _place(stack, m.family, order)
        siblings = stack[-1].children if stack else roots
        if m.family in _COUNTED_THROUGH:
            _check_sequence([through[m.family]] if m.family in through else [], node, warnings)
            through[m.family] = node
        else:
            _check_sequence(siblings, node, warnings)
        siblings.append(node)
        stack.append(node)
    return Tree(preamble, roots, warnings)


def _check_sequence(siblings: list[Node], node: Node, warnings: list[str]) -> None:
    prev = next((s for s in reversed(siblings) if s.marker.family == node.marker.family), None)
    m = node.marker
    if prev is None:
        if m.number > 2:
            warnings.append(f"numbering starts at {m.text} at line {node.line}")
        return
    if m.number == prev.marker.number + 1:
        return
    if m.number == 1:
        warnings.append(f"numbering restarts at {m.text} at line {node.line}")
    else:
        warnings.append(f"numbering jumps from {_show(prev.marker)} to {_show(m)} at line {node.line}")


def render(title: str | None, preamble: list[str], sections: list[Node]) -> str:
    """The clean text: title, then each marker+heading and paragraph, one per line."""
    out: list[str] = []
    if title:
        out.append(title)
    out += preamble

    def walk(nodes: list[Node]) -> None:
        for n in nodes:
            out.append(n.head_text)
            out.extend(n.paragraphs)
            walk(n.children)

    walk(sections)
    return "\n".join(out)


def count(nodes: list[Node]) -> tuple[int, int]:
    """(sections, paragraphs) in a subtree."""
    s = p = 0
    for n in nodes:
        cs, cp = count(n.children)
        s += 1 + cs
        p += len(n.paragraphs) + cp
    return s, p

"""PDF characters with positions → text lines in reading order, and page furniture across pages.

Pure functions over characters, whichever library extracted them (pypdfium2 for speed, pdfplumber
where a table needs its ruling-line finder): the same characters make the same lines, which is what
lets the fast extractor stand in for the slow one (a test holds them equal).

On a page: overprinted copies of a character (fake bold) are dropped; characters are grouped into
rows by height; a gutter that most rows share splits the page into columns, read one after the
other between the rows that cross it (a title, the header and footer); a gap between two Chinese
characters is no space unless it is wide; indentation becomes leading U+3000, as typed text has it.
Across pages: lines in the top and bottom bands whose text (digits aside) recurs at the same
height on other pages are running headers, footers and page numbers.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import itemgetter

from ..models import Removal
from ..text.blocks import join
from ..text.lines import PageMap
from ..text.markers import starts_with_marker

Char = tuple[float, float, float, float, str]
"""x0, x1, bottom, top in PDF points (y grows upwards), and the character."""

_OVERPRINT = 0.15
"""Copies of a character closer than this (in em, at least 1 pt) are one character drawn twice."""
_WIDE_GAP = 1.0
"""A gap between two Chinese characters is a space only when wider than this (em)."""
_NARROW_GAP = 0.25
"""A gap next to a Latin letter or digit is a space when wider than this (em)."""
_GUTTER = 1.0
"""Narrowest gap (em) between two columns."""
_MIN_COLUMN = 6.0
"""Narrowest column (em) on average: narrower side-by-side text is a form, not columns."""
_MAX_INDENT = 4
BAND = 0.12
"""Share of the page height at the top and the bottom where running headers and footers live."""
_BAND_LINES = 3
"""Lines at each edge of a page that may be furniture."""
_SHORT = 5
"""Documents of this many pages or fewer: furniture need recur on one other page only."""
_PAGE_NUMBER = re.compile(
    r"^(?:[-—–－~～]*\d{1,4}[-—–－~～]*|第\d{1,4}页(?:[,，、/／]?共\d{1,4}页)?|共\d{1,4}页[,，、/／]?第\d{1,4}页"
    r"|\d{1,4}[/／]\d{1,4}页?|(?i:page)\d{1,4}(?:(?i:of)\d{1,4})?)$"
)
_DIGITS = re.compile(r"\d+")
_QUOTES = set("“”‘’—…·")


@dataclass(frozen=True, slots=True)
class TextLine:
    text: str
    """The line as it reads, indentation as leading U+3000."""
    x0: float
    x1: float
    y: float
    """Vertical centre, PDF points from the bottom of the page."""
    size: float
    """Character height (em) in points."""
    alone: bool = False
    """A table's row: a paragraph of its own."""


@dataclass(frozen=True, slots=True)
class PageLines:
    lines: list[TextLine]
    bottom: float
    top: float
    """The page's vertical extent, in the characters' coordinates."""


Box = tuple[float, float, float, float]
"""x0, bottom, x1, top."""


@dataclass(frozen=True, slots=True)
class Table:
    """A ruled table found on a page: its box and its cells' boxes, row by row (None: a merged cell)."""

    bbox: Box
    cells: list[list[Box | None]]


@dataclass(slots=True)
class _Row:
    chars: list[Char]
    y: float
    size: float
    fixed: str | None = None
    """A table row: its text is given, not made from characters."""
    x0: float = 0.0
    x1: float = 0.0
    gaps: list[tuple[float, float]] = field(default_factory=list)


def _wide(ch: str) -> bool:
    return ch in _QUOTES or unicodedata.east_asian_width(ch) in "WF"


def _dedupe(chars: list[Char], size: float) -> list[Char]:
    """Drop overprinted copies (fake bold): the same character again within a fraction of an em.
    `chars` are sorted left to right, so a copy follows the character it repeats; a space between
    the two (a word break PDFium saw before the copy) goes with the copy. Runs of spaces become one."""
    tol = max(1.0, _OVERPRINT * size)
    kept: list[Char] = []
    last: Char | None = None
    space: Char | None = None
    for c in chars:
        if c[4].isspace():
            space = space or c
            continue
        if last is not None and c[4] == last[4] and c[0] - last[0] < tol and abs(c[2] - last[2]) < tol:
            space = None
            continue
        if space is not None:
            kept.append(space)
            space = None
        kept.append(c)
        last = c
    return kept or chars[:1]


def _height2(c: Char) -> float:
    """Twice the character's vertical centre, negated: the sort key for top to bottom."""
    return -(c[2] + c[3])


def _rows(chars: Sequence[Char]) -> list[_Row]:
    """Characters grouped into rows (top to bottom), each sorted left to right: a character joins
    the row whose first character's centre is within half an em of its own."""
    rows: list[_Row] = []
    cur: list[Char] = []
    top = tol = 0.0
    for c in sorted(chars, key=_height2):
        y2 = c[2] + c[3]
        if cur and top - y2 <= tol:
            cur.append(c)
            continue
        if cur:
            rows.append(_row(cur))
        cur, top, tol = [c], y2, max(c[3] - c[2], 1.0)  # in doubled units: half an em is one em
    if cur:
        rows.append(_row(cur))
    return rows


def _row(chars: list[Char]) -> _Row:
    chars.sort(key=itemgetter(0))
    mid = chars[len(chars) // 2]
    size = max(mid[3] - mid[2], 1.0)
    if len(chars) > 1:
        chars = _dedupe(chars, size)
    gap = _GUTTER * size
    gaps: list[tuple[float, float]] = []
    y2 = 0.0
    n = 0
    x0 = right = None
    for c in chars:
        if c[4].isspace():
            continue
        if right is None:
            x0, right = c[0], c[1]
        else:
            if c[0] - right > gap:
                gaps.append((right, c[0]))
            if c[1] > right:
                right = c[1]
        y2 += c[2] + c[3]
        n += 1
    if x0 is None or right is None:  # blanks only
        x0, right, y2, n = chars[0][0], chars[-1][1], chars[0][2] + chars[0][3], 1
    return _Row(chars, y2 / (2 * n), size, x0=x0, x1=right, gaps=gaps)


def _table_rows(t: Table, chars: Sequence[Char]) -> list[_Row]:
    """One line per table row, its cells' text joined by tabs (a cell's own lines joined up)."""
    inside = [c for c in chars if _inside(c, t.bbox)]
    out: list[_Row] = []
    for row in t.cells:
        cells = []
        for box in row:
            if box is None:
                continue
            text = ""
            for r in _rows([c for c in inside if _inside(c, box)]):
                text = join(text, _text(r)) if text else _text(r)
            cells.append(text)
        boxes = [b for b in row if b is not None]
        if boxes and any(cells):
            y = sum((b[1] + b[3]) / 2 for b in boxes) / len(boxes)
            size = min(b[3] - b[1] for b in boxes)
            out.append(_Row([], y, size, fixed="\t".join(cells), x0=t.bbox[0], x1=t.bbox[2]))
    return out


def _text(row: _Row) -> str:
    if row.fixed is not None:
        return row.fixed
    out: list[str] = []
    narrow, wide_gap = _NARROW_GAP * row.size, _WIDE_GAP * row.size
    prev: Char | None = None
    space = False
    for c in row.chars:
        ch = c[4]
        if ch.isspace():
            space = True
            continue
        if prev is not None:
            gap = c[0] - prev[1]
            # Only a gap or a drawn space can make a space; then it depends on the neighbours.
            if (gap > narrow or space) and (gap > wide_gap or not (_wide(prev[4]) and _wide(ch))):
                out.append(" ")
        out.append(ch)
        prev, space = c, False
    return "".join(out)


def _segments(row: _Row) -> list[tuple[float, float]]:
    """The row's runs of text between its wide gaps."""
    if row.fixed is not None or not row.gaps:
        return [(row.x0, row.x1)]
    edges = [row.x0, *(e for g in row.gaps for e in g), row.x1]
    return list(zip(edges[::2], edges[1::2], strict=True))


def _crosses(row: _Row, x: float) -> bool:
    """Does the row's text run across x (a character over it, or its neighbours almost touching)?
    A gap of half an em is enough to be a gutter: punctuation may hang into it."""
    if not row.x0 < x < row.x1:
        return False
    if row.fixed is not None:
        return True
    k = bisect_left(row.chars, x, key=lambda c: c[0])
    left = row.chars[k - 1] if k > 0 else None
    if left is None or left[1] > x:
        return True
    nxt = row.chars[k] if k < len(row.chars) else None
    return nxt is None or nxt[0] - left[1] < 0.5 * row.size


def _gutter(rows: list[_Row]) -> float | None:
    """The x of the gap between two columns: a vertical strip that only a few rows cross (a title,
    the header) with several rows of text on either side, each side wide enough to be a column
    of text rather than a form's labels and values."""
    body = [r for r in rows if r.fixed is None]
    if len(body) < 6:
        return None
    lo, hi = min(r.x0 for r in body), max(r.x1 for r in body)
    size = sorted(r.size for r in body)[len(body) // 2]
    if hi - lo < 2 * _MIN_COLUMN * size:
        return None
    diff = [0] * (int(hi - lo) + 2)
    for r in body:
        for a, b in _segments(r):
            diff[int(a - lo)] += 1
            diff[int(b - lo) + 1] -= 1
    allow = max(2, len(body) // 7)
    runs: list[tuple[int, int]] = []
    cover, start = 0, None
    for i, d in enumerate(diff):
        cover += d
        if cover <= allow and start is None:
            start = i
        elif cover > allow and start is not None:
            runs.append((start, i))
            start = None
    best, best_key = None, None
    for a, b in runs:
        x = lo + (a + b) / 2
        if b - a < _GUTTER * size or not lo + 0.2 * (hi - lo) < x < hi - 0.2 * (hi - lo):
            continue
        cross, left, right = 0, [], []
        for r in body:
            if _crosses(r, x):
                cross += 1
                continue
            segs = _segments(r)
            ls = [s for s in segs if s[1] <= x]
            rs = [s for s in segs if s[0] >= x]
            if ls:
                left.append(ls[-1][1] - ls[0][0])
            if rs:
                right.append(rs[-1][1] - rs[0][0])
        if min(len(left), len(right)) < 3 or cross >= min(len(left), len(right)):
            continue
        if min(sum(left) / len(left), sum(right) / len(right)) < _MIN_COLUMN * size:
            continue
        key = (cross, -(b - a))
        if best_key is None or key < best_key:
            best, best_key = x, key
    return best


def _split(row: _Row, x: float) -> tuple[_Row | None, _Row | None]:
    left = [c for c in row.chars if (c[0] + c[1]) / 2 < x]
    right = [c for c in row.chars if (c[0] + c[1]) / 2 >= x]
    return (_row(left) if left else None), (_row(right) if right else None)


def _columns(rows: list[_Row], depth: int = 0) -> list[tuple[list[_Row], bool]]:
    """Rows in reading order as blocks: (rows, is a column of a multi-column block)."""
    x = _gutter(rows) if depth < 3 else None
    if x is None:
        return [(rows, depth > 0)]
    out: list[tuple[list[_Row], bool]] = []
    lefts: list[_Row] = []
    rights: list[_Row] = []

    def flush() -> None:
        for side in (lefts, rights):
            if side:
                out.extend(_columns(list(side), depth + 1))
            side.clear()

    for r in rows:
        if r.fixed is not None or _crosses(r, x):
            flush()
            if out and not out[-1][1] and depth == 0:
                out[-1][0].append(r)
            else:
                out.append(([r], depth > 0))
            continue
        a, b = _split(r, x)
        if a:
            lefts.append(a)
        if b:
            rights.append(b)
    flush()
    return out


def _margin(rows: list[_Row]) -> float:
    """The block's left margin: the commonest left edge (ties: the leftmost)."""
    counts = Counter(round(r.x0) for r in rows)
    return min(counts, key=lambda k: (-counts[k], k))


def _right(rows: list[_Row]) -> float:
    """The block's right edge: the commonest right end among the lines near the rightmost (ties: the
    rightmost), so that punctuation hanging in the margin does not move it."""
    ends = [round(r.x1) for r in rows]
    far = max(ends)
    counts = Counter(e for e in ends if e >= far - 3 * rows[0].size)
    return max(counts, key=lambda k: (counts[k], k))


def page_lines(chars: Sequence[Char], tables: Sequence[Table] = ()) -> list[TextLine]:
    """One page's text lines in reading order. Characters inside a table's box are left to the table."""
    rows = _rows([c for c in chars if not any(_inside(c, t.bbox) for t in tables)] if tables else chars)
    if tables:
        rows = sorted(rows + [r for t in tables for r in _table_rows(t, chars)], key=lambda r: -r.y)
    if not rows:
        return []
    out: list[TextLine] = []
    for block, column in _columns(rows):
        text_rows = [r for r in block if r.fixed is None] or block
        margin, right = _margin(text_rows), _right(text_rows)
        prev: _Row | None = None
        for r in block:
            text = _text(r)
            if not text:
                continue
            indent = min(round((r.x0 - margin) / r.size), _MAX_INDENT) if r.x0 - margin > 0.5 * r.size else 0
            # A column's lines are narrower than the page's: where a line runs to the column's edge,
            # the paragraph goes on, so join it here (reflow judges wraps by the page's width).
            if (column and prev is not None and prev.fixed is None and r.fixed is None and indent == 0
                    and prev.x1 >= right - 1.5 * r.size and not starts_with_marker(text)):
                last = out[-1]
                out[-1] = TextLine(join(last.text, text), last.x0, r.x1, last.y, last.size)
            else:
                out.append(TextLine("\u3000" * indent + text, r.x0, r.x1, r.y, r.size, r.fixed is not None))
            prev = r
    return out


def _inside(c: Char, bbox: Box) -> bool:
    x, y = (c[0] + c[1]) / 2, (c[2] + c[3]) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _shape(text: str) -> str:
    return _DIGITS.sub("#", "".join(text.split()))


def furniture(pages: Sequence[PageLines]) -> dict[tuple[int, int], str]:
    """(page index, line index) → rule id of the running headers, footers and page numbers: lines at
    the top or bottom of a page whose text, digits aside, recurs at the same height on other pages
    (on 2 of a short document's pages; on a fifth of a longer one's, at least 3: body text can
    repeat at the top of two pages by chance, and a header alternating between odd and even pages
    is still on half of them)."""
    printed = sum(1 for p in pages if p.lines)
    need = 2 if printed <= _SHORT else max(3, -(-printed // 5))
    # Candidates: up to a few lines nearest each edge, inside the band, from the edge inwards.
    cands: list[tuple[int, str, list[int]]] = []
    where: dict[tuple[str, str], list[tuple[float, int]]] = defaultdict(list)
    for p, page in enumerate(pages):
        order = sorted(range(len(page.lines)), key=lambda i: -page.lines[i].y)
        reach = BAND * (page.top - page.bottom)
        top = [i for i in order[:_BAND_LINES] if page.lines[i].y >= page.top - reach]
        bottom = [i for i in reversed(order[-_BAND_LINES:]) if page.lines[i].y <= page.bottom + reach and i not in top]
        for band, idx in (("top", top), ("bottom", bottom)):
            cands.append((p, band, idx))
            for i in idx:
                where[(band, _shape(page.lines[i].text))].append((page.lines[i].y, p))
    for v in where.values():
        v.sort()
    out: dict[tuple[int, int], str] = {}
    for p, band, idx in cands:
        for i in idx:
            ln = pages[p].lines[i]
            shape = _shape(ln.text)
            if _recurs(where[(band, shape)], ln.y, 0.5 * ln.size, p, need - 1) < need - 1:
                break  # content: the band ends here
            out[(p, i)] = "pdf.page_number" if _PAGE_NUMBER.match(shape.replace("#", "1")) else f"pdf.{_RULE[band]}"
    return out


def _recurs(near: list[tuple[float, int]], y: float, tol: float, page: int, enough: int) -> int:
    """How many other pages (counting up to `enough`) have, among (height, page) sorted by height,
    one within `tol` of `y`."""
    k = bisect_left(near, (y - tol, -1))
    seen: set[int] = set()
    while k < len(near) and near[k][0] <= y + tol and len(seen) < enough:
        if near[k][1] != page:
            seen.add(near[k][1])
        k += 1
    return len(seen)


_RULE = {"top": "header", "bottom": "footer"}


def assemble(pages: Sequence[PageLines]) -> tuple[str, PageMap]:
    """The text of all pages, one line per text line, and where each page starts in it."""
    found = furniture(pages)
    lines: list[str] = []
    starts: list[int] = []
    removed: list[Removal] = []
    alone: set[int] = set()
    for p, page in enumerate(pages):
        starts.append(len(lines) + 1)
        for i, ln in enumerate(page.lines):
            lines.append(ln.text)
            rule = found.get((p, i))
            if rule is not None:
                removed.append(Removal(line=len(lines), rule=rule, text=ln.text.strip(), page=p + 1))
            elif ln.alone:
                alone.add(len(lines))
    return "\n".join(lines), PageMap(tuple(starts), tuple(removed), frozenset(alone))

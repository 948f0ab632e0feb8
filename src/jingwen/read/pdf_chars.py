"""Characters with positions from a PDF page, by two libraries.

pypdfium2 (PDFium, in C) reads every page: ~10× faster than pdfplumber. pdfplumber (pdfminer, pure
Python, ~30 pages/s) reads only the pages that look ruled, for its table finder. Both hand the
same `Char` tuples to `pdf_layout`, so a page reads the same whichever library read it.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .pdf_layout import Box, Char, Table

_THIN = 2.0
"""A path thinner than this (points) is a rule: a line of a table's ruling, drawn or filled."""
_GRID_SEGMENTS = 12
"""A path of this many segments or more may draw a whole table's ruling at once."""


@dataclass
class Probe:
    """What PDFium saw on a page: its characters and a count of its objects."""

    chars: list[Char] = field(default_factory=list)
    images: int = 0
    across: set[int] = field(default_factory=set)
    """Heights of horizontal rules."""
    down: set[int] = field(default_factory=set)
    """Places of vertical rules."""
    grids: int = 0
    """Paths of many segments: a whole ruling drawn at once (or a drawing)."""
    boxes: int = 0
    """Other paths: rectangles (table cells among them), curves."""
    objects: int = 0
    unseen: int = 0
    """Text objects of no width: PDFium leaves them out of the page's text. That happens to
    Chinese text in a font neither embedded nor installed, drawn a character at a time."""

    @property
    def ruled(self) -> bool:
        """What pdfplumber's table finder needs to find a table of two rows and two columns: rules
        at three heights and three places at least (a box around a code listing has two of each),
        several boxes, or a path that draws a grid at once."""
        return (len(self.across) >= 3 and len(self.down) >= 3) or self.boxes >= 4 or self.grids > 0


def _count(container: Any, count: Any, get: Any, depth: int, probe: Probe) -> None:
    """Count a page's objects by kind, looking into form XObjects a few levels deep."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    refs = [ctypes.byref(v) for v in (left, bottom, right, top)]
    for i in range(count(container)):
        obj = get(container, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        probe.objects += 1
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            if pdfium_c.FPDFPageObj_GetBounds(obj, *refs) and right.value - left.value < 0.01:
                probe.unseen += 1
        elif kind == pdfium_c.FPDF_PAGEOBJ_PATH and pdfium_c.FPDFPageObj_GetBounds(obj, *refs):
            w, h = right.value - left.value, top.value - bottom.value
            if h < _THIN <= w:
                probe.across.add(round(bottom.value))
            elif w < _THIN <= h:
                probe.down.add(round(left.value))
            elif pdfium_c.FPDFPath_CountSegments(obj) >= _GRID_SEGMENTS:
                probe.grids += 1
            elif w >= _THIN and h >= _THIN:
                probe.boxes += 1
        elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            probe.images += 1
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 3:
            _count(obj, pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject, depth + 1, probe)


def pdfium_page(page: pdfium.PdfPage) -> Probe:
    """The page's characters (PDFium's own line breaks left out: layout decides those) and a count
    of its objects."""
    probe = Probe()
    _count(page.raw, pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject, 0, probe)
    textpage = page.get_textpage()
    try:
        probe.chars = _chars(textpage)
    finally:
        textpage.close()
    return probe


def _chars(textpage: pdfium.PdfTextPage) -> list[Char]:
    h = textpage.raw
    n = pdfium_c.FPDFText_CountChars(h)
    if n <= 0:
        return []
    text = textpage.get_text_range()
    if len(text) != n:  # PDFium's text view left out or added a character: ask one by one
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(h, i) or 0xFFFD) for i in range(n))
    box = pdfium_c.FS_RECTF()
    ref = ctypes.byref(box)
    loose = pdfium_c.FPDFText_GetLooseCharBox
    out: list[Char] = []
    word_break = False
    for i, ch in enumerate(text):
        if ch < " " and ch != "\t":
            continue  # line breaks PDFium inserted
        loose(h, i, ref)
        left, right = box.left, box.right
        if right <= left and ch.isspace():
            # A space PDFium inserted where it sees a word break (Latin set with kerning, not
            # spaces). Its box is nowhere useful: put it just before the next character instead.
            word_break = True
            continue
        if word_break:
            out.append((left - 0.01, left - 0.01, box.bottom, box.top, " "))
            word_break = False
        out.append((left, right, box.bottom, box.top, "-" if ch == "\ufffe" else ch))
    return out


def plumber_chars(page: Any) -> list[Char]:
    """A pdfplumber page's characters, y turned to grow upwards as PDFium's does."""
    height = float(page.height)
    return [(float(c["x0"]), float(c["x1"]), height - float(c["bottom"]), height - float(c["top"]), c["text"])
            for c in page.chars if c["text"] and (c["text"] >= " " or c["text"] == "\t")]


def plumber_tables(page: Any) -> list[Table]:
    """The ruled tables pdfplumber finds on a page (two rows at least), as cell boxes."""
    height = float(page.height)

    def box(b: tuple[float, float, float, float]) -> Box:
        x0, top, x1, bottom = (float(v) for v in b)
        return (x0, height - bottom, x1, height - top)

    out = []
    for t in page.find_tables():
        cells = [[box(c) if c is not None else None for c in row.cells] for row in t.rows]
        if len(cells) >= 2:
            out.append(Table(box(t.bbox), cells))
    return out

"""Characters with positions from a PDF page, by two libraries.

pypdfium2 (PDFium, in C) reads every page: ~10× faster than pdfplumber. pdfplumber (pdfminer, pure
Python, ~30 pages/s) reads only the pages that look ruled, for its table finder. Both hand the
same `Char` tuples to `pdf_layout`, so a page reads the same whichever library read it.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .pdf_layout import Box, Char, Table

_MIN_RULES = 4
"""Straight lines (or thin rectangles) on a page from which on it may hold a ruled table."""


@dataclass(frozen=True, slots=True)
class Probe:
    """What PDFium saw on a page."""

    chars: list[Char]
    images: int
    rules: int
    """Path objects: lines and boxes, a table's ruling among them."""
    objects: int
    unseen: int = 0
    """Text objects of no width: PDFium leaves them out of the page's text. That happens to
    Chinese text in a font neither embedded nor installed, drawn a character at a time."""

    @property
    def ruled(self) -> bool:
        return self.rules >= _MIN_RULES


def _count(container: Any, count: Any, get: Any, depth: int, tally: list[int]) -> None:
    """Tally [paths, images, objects, unseen text] on a page, looking into form XObjects a few levels deep."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    refs = [ctypes.byref(v) for v in (left, bottom, right, top)]
    for i in range(count(container)):
        obj = get(container, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        tally[2] += 1
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            if pdfium_c.FPDFPageObj_GetBounds(obj, *refs) and right.value - left.value < 0.01:
                tally[3] += 1
        elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            tally[0] += 1
        elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            tally[1] += 1
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 3:
            _count(obj, pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject, depth + 1, tally)


def pdfium_page(page: pdfium.PdfPage) -> Probe:
    """The page's characters (PDFium's own inserted spaces and line breaks left out: layout decides
    those) and a count of its objects."""
    tally = [0, 0, 0, 0]
    _count(page.raw, pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject, 0, tally)
    textpage = page.get_textpage()
    try:
        return Probe(_chars(textpage), images=tally[1], rules=tally[0], objects=tally[2], unseen=tally[3])
    finally:
        textpage.close()


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
    for i, ch in enumerate(text):
        if ch < " " and ch != "\t":
            continue
        loose(h, i, ref)
        if box.right <= box.left and ch.isspace():
            continue  # a space PDFium inserted between words: not drawn
        out.append((box.left, box.right, box.bottom, box.top, ch))
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

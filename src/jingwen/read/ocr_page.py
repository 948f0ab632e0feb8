"""OCR'd lines → the characters with positions that `pdf_layout` reads, so an image page goes through the
same line building, indentation and running header / footer / page number detection as a PDF page.

RapidOCR gives one box per printed line. Its characters are laid out across the box by their width
(a Chinese character one em, a Latin letter or digit half of one): enough for what layout measures
(a line's ends, its height, its indentation), and the gaps between boxes on one row stay gaps.
Pixels become PDF points at the resolution the page was rendered at (y turned to grow upwards), so an
OCR'd page and a text page of one PDF share coordinates and their furniture can match.

Also the record of what OCR did for a document (source.ocr) and its warnings: lines read with low
confidence are kept, and named.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..models import OcrInfo
from ..text.lines import PageMap
from .ocr import ENGINE, MAX_SIDE, OcrLine, engine, read_lines
from .pdf_layout import Char, PageLines, TextLine, page_lines

DPI = 150.0
"""Resolution PDF pages are rendered at for OCR (as good as 300 dpi on print-size text, 4× cheaper),
and the one an image's pixels are taken to have (only ratios matter to layout)."""
LOW_CONFIDENCE = 0.8
"""A line read with less confidence than this is kept and listed in the document's warnings."""
_LISTED = 10
"""Low-confidence lines named one by one in a document's warnings; the rest are counted."""


def _weight(ch: str) -> float:
    if ch.isspace():
        return 0.3
    return 1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5


def line_chars(ln: OcrLine, scale: float, height: float) -> list[Char]:
    """One OCR line's characters, spread across its box by width; `scale` points per pixel, `height`
    the page's height in pixels (PDF y grows upwards)."""
    x0, y0, x1, y1 = ln.box
    bottom, top = (height - y1) * scale, (height - y0) * scale
    weights = [_weight(c) for c in ln.text]
    unit = (x1 - x0) * scale / (sum(weights) or 1.0)
    out: list[Char] = []
    x = x0 * scale
    for ch, w in zip(ln.text, weights, strict=True):
        if ch.isspace():
            out.append((x, x, bottom, top, " "))
        else:
            out.append((x, x + w * unit, bottom, top, ch))
        x += w * unit
    return out


@dataclass
class OcrPage:
    """One page read by OCR: its lines for layout, and each line's confidence."""

    number: int
    """1-based page of the document."""
    lines: PageLines
    scores: list[float]
    """Per line of `lines`, the lowest confidence among the OCR lines it was made of."""


STRIP = 1600
"""A page taller than MAX_SIDE is read in strips about this tall (a long screenshot of a page): read
whole, RapidOCR would shrink it until its text is too small to read."""
_SEARCH = 240
"""How far above a strip's end to look for a blank row to cut at (pixels), so no line is cut in two."""


def ocr_page(pixels: Any, number: int, scale: float, origin: tuple[float, float] = (0.0, 0.0)) -> OcrPage:
    """OCR an image (H × W × 3 uint8, BGR, W at most MAX_SIDE) that is page `number` of its document;
    `scale`: PDF points per pixel; `origin`: the page's bottom left corner in points."""
    found: list[OcrLine] = []
    for top, bottom in strips(pixels):
        for ln in read_lines(pixels[top:bottom]):
            x0, y0, x1, y1 = ln.box
            found.append(OcrLine(ln.text, (x0, y0 + top, x1, y1 + top), ln.score))
    return page_of(found, float(pixels.shape[0]), number, scale, origin)


def strips(pixels: Any) -> list[tuple[int, int]]:
    """Rows [top, bottom) to read at once: the whole page if it is no taller than MAX_SIDE, else strips
    about STRIP tall, each cut at the blankest row above its end."""
    h = int(pixels.shape[0])
    if h <= MAX_SIDE:
        return [(0, h)]
    import numpy as np

    ink = (255 - pixels.min(axis=2)).sum(axis=1, dtype=np.int64)  # darkness of each row
    out = []
    top = 0
    while h - top > MAX_SIDE:
        lo = top + STRIP - _SEARCH
        cut = lo + int(np.argmin(ink[lo:top + STRIP]))
        out.append((top, cut))
        top = cut
    out.append((top, h))
    return out


def page_of(found: Sequence[OcrLine], height: float, number: int, scale: float,
            origin: tuple[float, float] = (0.0, 0.0)) -> OcrPage:
    """The page made of OCR lines found in an image `height` pixels tall; `scale`: points per pixel."""
    left, bottom = origin
    chars = [(c[0] + left, c[1] + left, c[2] + bottom, c[3] + bottom, c[4])
             for ln in found for c in line_chars(ln, scale, height)]
    lines = page_lines(chars)
    scores = _scores(lines, found, scale, height, origin)
    return OcrPage(number, PageLines(lines, bottom, bottom + height * scale), scores)


def _scores(lines: list[TextLine], found: Sequence[OcrLine], scale: float, height: float,
            origin: tuple[float, float]) -> list[float]:
    """Each layout line's confidence: the least of the OCR lines lying on it (same row, inside its ends)."""
    left, bottom = origin
    out = []
    for tl in lines:
        best = 1.0
        for ln in found:
            x0, y0, x1, y1 = ln.box
            y = bottom + (height - (y0 + y1) / 2) * scale
            if abs(y - tl.y) <= 0.5 * tl.size and left + x0 * scale >= tl.x0 - 1 and left + x1 * scale <= tl.x1 + 1:
                best = min(best, ln.score)
        out.append(best)
    return out


@dataclass
class OcrRun:
    """What OCR did for one document, gathered page by page."""

    pages: list[OcrPage] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def info(self) -> OcrInfo:
        eng = engine()
        scores = [s for p in self.pages for s in p.scores]
        return OcrInfo(engine=f"{ENGINE} {eng.version}", models=dict(eng.models), pages=[p.number for p in self.pages],
                       lines=len(scores), mean_confidence=round(sum(scores) / len(scores), 4) if scores else None,
                       low_confidence=sum(s < LOW_CONFIDENCE for s in scores))

    def low_lines(self, pages: Sequence[PageLines], where: PageMap) -> list[str]:
        """Warnings naming the lines read with low confidence, by their line number in the document."""
        low: list[tuple[int, float, str]] = []
        for p in self.pages:
            page = pages[p.number - 1]
            start = where.starts[p.number - 1]
            for i, (ln, s) in enumerate(zip(page.lines, p.scores, strict=True)):
                if s < LOW_CONFIDENCE:
                    low.append((start + i, s, ln.text.strip()))
        if not low:
            return []
        named = "; ".join(f"line {n} ({s:.2f}) {t[:40]!r}" for n, s, t in low[:_LISTED])
        more = f"; and {len(low) - _LISTED} more" if len(low) > _LISTED else ""
        return [f"ocr: {len(low)} line(s) read with confidence under {LOW_CONFIDENCE}, kept: {named}{more}"]

"""PDF pages without usable text → rendered by PDFium and read by OCR (the [ocr] extra).

Which pages: in `auto`, those whose text layer is missing or is not text (replacement characters,
private-use glyph codes, controls: a font without a usable ToUnicode map) while something is drawn on
them, and those that are an image with next to no text (a scan with a stamped page number); in
`force`, every page. A page is rendered at 150 dpi (smaller where the page is huge, so that it stays
under `images.OCR_PIXELS`), in the page's own coordinates, so its lines meet a text page's running
headers and footers at the same heights. Before rendering, the page's images are measured: one over
`images.MAX_PIXELS` (an image bomb PDFium would decode whole) leaves the page out, with a warning.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .images import MAX_PIXELS, OCR_PIXELS
from .ocr import MAX_SIDE
from .ocr_page import DPI, OcrRun, ocr_page
from .pdf_chars import Probe

_FEW = 10
"""A page with images and fewer readable characters than this is a scan with a stamp or a page number."""


def _readable(ch: str) -> bool:
    if ch in "\ufffd\ufffe" or ch.isspace():
        return False
    return unicodedata.category(ch) not in ("Co", "Cc", "Cf", "Cs", "Cn")


def needs_ocr(p: Probe) -> bool:
    """Does this page need OCR to be read (see the module's docstring)?"""
    shown = [c for c in p.chars if not c[4].isspace()]
    readable = sum(_readable(c[4]) for c in shown)
    if p.objects == 0:
        return False  # a blank page
    if readable < 0.5 * len(shown) or not shown:
        return True
    return p.images > 0 and readable < _FEW


def ocr_pages(data: bytes, numbers: list[int], run: OcrRun, warnings: list[str], check: Callable[[], None]) -> None:
    """Render and OCR the pages `numbers` (0-based) of the PDF `data` into `run`, in order."""
    doc = pdfium.PdfDocument(data)
    try:
        for i in numbers:
            check()
            page = doc[i]
            try:
                if (why := _too_big(page)) is not None:
                    warnings.append(f"page {i + 1}: {why}; not read by OCR")
                    continue
                left, bottom, right, top = page.get_bbox()
                w, h = right - left, top - bottom
                scale = min(DPI / 72.0, MAX_SIDE / max(w, 1.0), (OCR_PIXELS / max(w * h, 1.0)) ** 0.5)
                bitmap = page.render(scale=scale, fill_color=(255, 255, 255, 255))
                pixels = bitmap.to_numpy()[:, :, :3].copy()  # BGR, as RapidOCR wants
                bitmap.close()
            finally:
                page.close()
            run.pages.append(ocr_page(pixels, i + 1, 1.0 / scale, origin=(left, bottom)))
    finally:
        doc.close()


def _too_big(page: pdfium.PdfPage) -> str | None:
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3):
        try:
            w, h = obj.get_px_size()
        except pdfium.PdfiumError:
            continue
        if w * h > MAX_PIXELS:
            return f"an image of {w} × {h} pixels is over the {MAX_PIXELS:,}-pixel limit"
    return None

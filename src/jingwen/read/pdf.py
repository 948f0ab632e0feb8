"""PDF bytes → a raw record: its pages' text in reading order, page furniture found by position.

PDFium (pypdfium2) reads every page's characters; pdfplumber is opened only for the pages with
ruling lines, to find tables, and for pages where PDFium leaves text out (see pdf_chars.Probe).
`pdf_layout` turns characters into lines and finds the running headers, footers and page numbers;
the pipeline gets the joined text of all pages (line numbers count over it, from 1) with the page
starts and those lines already removed (rules pdf.header, pdf.footer, pdf.page_number), so every
stage after reading is the one .txt input goes through.

Bounds per file (`Limits`): at most `pages` pages and `seconds` of reading (checked between pages,
and by a timer inside a page where the platform allows); a page with more than `chars_per_page`
characters is skipped, and one with more than `table_objects` drawing objects is never handed to
pdfplumber (pdfminer would crawl). The input bytes themselves are capped by read/files.py.

Pages without usable text (scans) are rendered and read by OCR where the [ocr] extra is installed
(pdf_ocr.py; `--ocr auto|off|force`); the other pages of the same PDF keep their text layer. The OCR
pass has its own time bound (the input's, `ocr_seconds`), after the text pass's `Limits.seconds`.

Errors, one per file, each its own `kind`: encrypted (needs a password), not_pdf, truncated,
broken, empty (no pages, or no text), scanned (images but no text layer, and no OCR: the message
says how to get it), needs_ocr (--ocr force without the extra), too_large, timeout.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..errors import InputError
from .deadline import Expired, deadline
from .ocr import Mode, missing
from .ocr_page import OcrRun
from .pdf_chars import Probe, pdfium_page, plumber_chars, plumber_tables
from .pdf_layout import Char, PageLines, Table, assemble, page_lines
from .pdf_ocr import needs_ocr, ocr_pages
from .record import Raw


@dataclass(frozen=True)
class Limits:
    pages: int = 3000
    seconds: float = 120.0
    chars_per_page: int = 200_000
    table_objects: int = 20_000
    stream_bytes: int = 64 * 1024 * 1024
    """What one compressed stream (a page's content, a font) may inflate to: PDFium holds a content
    stream whole, so this bounds a PDF's memory (a page of 200,000 characters is ~10 MB of content)."""
    inflated_bytes: int = 1024 * 1024 * 1024
    """What all of a PDF's compressed streams together may inflate to (images not counted: text
    extraction never decodes them)."""


LIMITS = Limits()


@dataclass
class _Read:
    pages: list[PageLines]
    warnings: list[str]
    images: int = 0
    skipped: int = 0
    """Pages left out for having too many characters."""
    scanned: list[int] = field(default_factory=list)
    """0-based pages whose text only OCR can read (pdf_ocr.needs_ocr)."""
    pdfium: bool = True
    """PDFium opened the file (else pdfplumber read it, and no page can be rendered)."""

    def add(self, chars: list[Char], tables: list[Table], images: int, bottom: float, top: float,
            limits: Limits) -> None:
        n = len(self.pages) + 1
        if len(chars) > limits.chars_per_page:
            self.warnings.append(f"page {n}: {len(chars)} characters is over the {limits.chars_per_page} "
                                 "limit; page skipped")
            self.skipped += 1
            chars, tables = [], []
        self.images += images
        self.pages.append(PageLines(page_lines(chars, tables), bottom, top))


def read_pdf(data: bytes, path: str, limits: Limits = LIMITS, ocr: Mode = "auto",
             ocr_seconds: float | None = None) -> Raw:
    """The raw record of a PDF's bytes; an InputError (with its kind) for a PDF that cannot be read.
    `ocr`: which pages OCR reads (auto: those without usable text); `ocr_seconds`: its time bound."""
    try:
        with deadline(limits.seconds) as check:
            _check_streams(data, path, limits, check)
            got = _read(data, path, limits, check)
    except Expired:
        raise InputError("pdf", "timeout", f"{path}: reading took over {limits.seconds:g} s; skipped "
                         "(a pathological PDF?)") from None
    run = _ocr(data, path, got, ocr, ocr_seconds)
    n = len(got.pages)
    if not any(p.lines for p in got.pages):
        if got.skipped:
            raise InputError("pdf", "too_large", f"{path}: every page with text is over the "
                             f"{limits.chars_per_page}-character limit")
        if got.images and run is None:
            why = "OCR is off (--ocr off)" if ocr == "off" else missing() or "OCR cannot render this file"
            raise InputError("pdf", "scanned", f"{path}: no text layer on any of its {n} pages, only images "
                             f"(a scanned document): it needs OCR. {why}")
        raise InputError("pdf", "empty", f"{path}: no text on any of its {n} pages"
                         + (" (OCR found none either)" if run is not None else ""))
    text, pages = assemble(got.pages)
    if run is not None:
        got.warnings.extend(run.low_lines(got.pages, pages))
    truncated = not _has_eof(data)
    if truncated:
        got.warnings.insert(0, "truncated: the file ends before the PDF's end-of-file marker (a cut-off "
                            "download?); pages may be missing")
    return Raw(text, path, data, encoding=None, fmt="pdf", pages=pages, warnings=got.warnings, truncated=truncated,
               ocr=run.info() if run is not None and run.pages else None)


def _ocr(data: bytes, path: str, got: _Read, mode: Mode, seconds: float | None) -> OcrRun | None:
    """OCR the pages that need it (all under --ocr force) in place of their text layer; None when no
    OCR ran. Pages that needed OCR and did not get it are named in a warning."""
    want = list(range(len(got.pages))) if mode == "force" else got.scanned
    why = missing()
    if mode == "force" and why is not None:
        raise InputError("pdf", "needs_ocr", f"{path}: --ocr force: {why}")
    if not want or mode == "off" or why is not None or not got.pdfium:
        for i in got.scanned:
            got.warnings.append(f"page {i + 1}: scanned? (no usable text, or an image with next to none); "
                                "not read by OCR"
                                + (f" ({why})" if why and mode != "off" else ""))
        return None
    run = OcrRun()
    try:
        with deadline(seconds or float("inf")) as check:
            ocr_pages(data, want, run, got.warnings, check)
    except Expired:
        raise InputError("pdf", "timeout", f"{path}: OCR of {len(want)} pages took over {seconds:g} s (the bound "
                         "on one input, --timeout); skipped") from None
    for p in run.pages:
        got.pages[p.number - 1] = p.lines
    return run


def _read(data: bytes, path: str, limits: Limits, check: Callable[[], None]) -> _Read:
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if e.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise InputError("pdf", "encrypted", f"{path}: encrypted PDF: it needs a password to open") from None
        if e.err_code == pdfium_c.FPDF_ERR_SECURITY:
            raise InputError("pdf", "encrypted", f"{path}: encrypted PDF with an unsupported security "
                             "handler") from None
        # PDFium refuses some files pdfminer reads (a PDF with no pages among them): let it judge.
        return _read_plumber(data, path, limits, check)
    probes: list[Probe] = []
    sizes: list[tuple[float, float]] = []
    try:
        n = len(doc)
        _check_count(n, path, limits)
        for i in range(n):
            check()
            page = doc[i]
            try:
                probes.append(pdfium_page(page))
                _, bottom, _, top = page.get_bbox()
                sizes.append((bottom, top))
            finally:
                page.close()
    except pdfium.PdfiumError as e:
        raise InputError("pdf", "broken", f"{path}: damaged PDF: page {len(probes) + 1} cannot be read ({e})") from None
    finally:
        doc.close()
    got = _Read([], [])
    plumbed = _plumber_pass(data, probes, limits, check, got.warnings)
    for i, (p, (bottom, top)) in enumerate(zip(probes, sizes, strict=True)):
        chars, tables = plumbed.get(i, (None, []))
        got.add(p.chars if chars is None else chars, tables, p.images, bottom, top, limits)
        if needs_ocr(p) and (chars is None or not chars):
            got.scanned.append(i)
    return got


# A stream's data starts after the keyword and its line end ("endstream" is not a start).
_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_CHUNK = 1 << 16


def _check_streams(data: bytes, path: str, limits: Limits, check: Callable[[], None]) -> None:
    """Refuse a decompression bomb before PDFium or pdfminer inflates it: every zlib (FlateDecode)
    stream is inflated here a chunk at a time, the output counted and thrown away, so neither memory
    nor time goes past the limits (a 2 MB file can hold a stream of 2 GB)."""
    total = 0
    for m in _STREAM.finditer(data):
        start = m.end()
        head = data[start:start + 2]
        if len(head) < 2 or head[0] & 0x0F != 8 or (head[0] << 8 | head[1]) % 31:
            continue  # not zlib data (another filter, or the keyword inside other data)
        if b"/Image" in data[max(0, m.start() - 512):m.start()].rpartition(b"obj")[2]:
            continue  # an image's pixels: text extraction never decodes them
        check()
        size = _inflated(data, start, limits.stream_bytes)
        total += size
        if size > limits.stream_bytes or total > limits.inflated_bytes:
            what = (f"a stream at byte {m.start()} inflates to over {limits.stream_bytes} bytes"
                    if size > limits.stream_bytes else f"its streams inflate to over {limits.inflated_bytes} bytes")
            raise InputError("pdf", "too_large", f"{path}: {what} (a decompression bomb?); skipped")


def _inflated(data: bytes, start: int, limit: int) -> int:
    """How many bytes the zlib stream at `start` inflates to, counting no further than just past `limit`."""
    z = zlib.decompressobj()
    n = 0
    pos = start
    try:
        while not z.eof and n <= limit:
            if z.unconsumed_tail:
                src = z.unconsumed_tail
            elif pos < len(data):
                src, pos = data[pos:pos + _CHUNK], pos + _CHUNK
            else:
                break
            n += len(z.decompress(src, 1 << 20))
    except zlib.error:  # damaged data: PDFium judges the file
        pass
    return n


def _check_count(n: int, path: str, limits: Limits) -> None:
    if n == 0:
        raise InputError("pdf", "empty", f"{path}: the PDF has no pages")
    if n > limits.pages:
        raise InputError("pdf", "too_large", f"{path}: {n} pages is over the {limits.pages}-page limit")


def _plumber_pass(data: bytes, probes: list[Probe], limits: Limits, check: Callable[[], None],
                  warnings: list[str]) -> dict[int, tuple[list[Char] | None, list[Table]]]:
    """pdfplumber on the pages that need it (opened only if some do): ruled pages, for their
    tables; pages where PDFium left text out, for their characters."""
    wanted = {}
    for i, p in enumerate(probes):
        if p.objects > limits.table_objects:
            if p.ruled or p.unseen:
                warnings.append(f"page {i + 1}: {p.objects} drawing objects; read without layout analysis")
        elif p.unseen or (p.ruled and p.chars):
            wanted[i] = p
    if not wanted:
        return {}
    import pdfplumber  # imported on demand: most PDFs never need it

    out: dict[int, tuple[list[Char] | None, list[Table]]] = {}
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for i, p in wanted.items():
                check()
                page = pdf.pages[i]
                out[i] = (plumber_chars(page) if p.unseen else None, plumber_tables(page) if p.ruled else [])
                page.close()
    except Expired:
        raise
    except Exception as e:  # pdfminer cannot parse what PDFium did: keep PDFium's reading
        warnings.append(f"layout analysis skipped: pdfplumber cannot read the file ({type(e).__name__})")
    return out


def _read_plumber(data: bytes, path: str, limits: Limits, check: Callable[[], None]) -> _Read:
    """Read the whole file with pdfplumber, for the PDFs PDFium refuses."""
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception:
        raise _unreadable(data, path) from None
    got = _Read([], ["read with pdfplumber: PDFium cannot open the file"], pdfium=False)
    with pdf:
        _check_count(len(pdf.pages), path, limits)
        try:
            for page in pdf.pages:
                check()
                tables = plumber_tables(page) if len(page.lines) + len(page.rects) >= 4 else []
                got.add(plumber_chars(page), tables, len(page.images), 0.0, float(page.height), limits)
                page.close()
        except Expired:
            raise
        except Exception as e:
            raise InputError("pdf", "broken", f"{path}: damaged PDF: page {len(got.pages) + 1} cannot be read "
                             f"({type(e).__name__})") from None
    return got


def _has_eof(data: bytes) -> bool:
    return b"%%EOF" in data[-2048:]


def _unreadable(data: bytes, path: str) -> InputError:
    head = data[:1024]
    if b"%PDF-" not in head:
        what = "an HTML page" if head.lstrip()[:1] == b"<" else f"it starts {data[:12]!r}"
        return InputError("pdf", "not_pdf", f"{path}: not a PDF (no %PDF header; {what})")
    if not _has_eof(data):
        return InputError("pdf", "truncated", f"{path}: truncated PDF: the file ends before its end-of-file "
                          "marker and cannot be read (a cut-off download?)")
    return InputError("pdf", "broken", f"{path}: damaged PDF: its structure cannot be parsed")

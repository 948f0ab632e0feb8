"""PDF reading speed: pages per second of each extraction path on a generated 50-page Chinese PDF.

    python bench/pdf_bench.py [--repeat N] [--json]       # every path, its own table
    python bench/pdf_bench.py --list | --row NAME ...     # rows of `make bench` (harness.py), in pages/s

One process, one core. Needs the test extra (reportlab draws the PDF). Reading a PDF is
"pypdfium2 chars + jingwen layout"; "read_pdf" adds the text stages every input goes through
(rules, reflow, structure; with the defaults also keywords and duplicate hashing), whose cost the
same document as .txt shows; the other rows show what the libraries do on their own.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))


def _best(fn: Callable[[], int], repeat: int) -> tuple[int, float]:
    """(pages, seconds) of the fastest of `repeat` runs."""
    best = None
    pages = 0
    for _ in range(repeat):
        start = time.perf_counter()
        pages = fn()
        took = time.perf_counter() - start
        best = took if best is None else min(best, took)
    return pages, best or 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5, help="runs per fast path (the best counts)")
    ap.add_argument("--json", action="store_true", help="print the rows as JSON")
    a = ap.parse_args()

    import pdfplumber
    import pypdfium2 as pdfium

    from jingwen import Options, process_text
    from jingwen.options import DEFAULT
    from jingwen.pipeline import process
    from jingwen.read.pdf import read_pdf
    from jingwen.read.pdf_chars import pdfium_page, plumber_chars
    from jingwen.read.pdf_layout import page_lines
    from pdfdocs import fifty_pages, source_text, write_pdf

    spec = fifty_pages()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fifty.pdf"
        write_pdf(spec, path)
        data = path.read_bytes()
    text = source_text(spec)

    def plumber_text() -> int:
        with pdfplumber.open(path_bytes()) as pdf:
            for page in pdf.pages:
                page.extract_text()
            return len(pdf.pages)

    def plumber_layout() -> int:
        with pdfplumber.open(path_bytes()) as pdf:
            for page in pdf.pages:
                page_lines(plumber_chars(page))
            return len(pdf.pages)

    def pdfium_text() -> int:
        doc = pdfium.PdfDocument(data)
        for page in doc:
            page.get_textpage().get_text_range()
        n = len(doc)
        doc.close()
        return n

    def pdfium_layout() -> int:
        doc = pdfium.PdfDocument(data)
        for page in doc:
            page_lines(pdfium_page(page).chars)
        n = len(doc)
        doc.close()
        return n

    plain = Options(keywords=0)

    def product(options: Options = DEFAULT) -> Callable[[], int]:
        return lambda: process(read_pdf(data, "fifty.pdf"), options).pages.seen or 0

    def txt(options: Options = DEFAULT) -> Callable[[], int]:
        def run() -> int:  # counted in the PDF's pages, to compare like with like
            process_text(text, path="fifty.txt", options=options)
            return 50
        return run

    def path_bytes() -> io.BytesIO:  # pdfplumber reads a file object
        return io.BytesIO(data)

    rows = []
    for name, fn, repeat in (
        ("pdfplumber extract_text (reference)", plumber_text, 1),
        ("pdfplumber chars + jingwen layout", plumber_layout, 1),
        ("pypdfium2 get_text_range (raw)", pdfium_text, a.repeat),
        ("pypdfium2 chars + jingwen layout", pdfium_layout, a.repeat),
        ("jingwen read_pdf -> Document, --keywords 0", product(plain), a.repeat),
        ("jingwen read_pdf -> Document, defaults", product(), a.repeat),
        ("same document as .txt, --keywords 0", txt(plain), a.repeat),
        ("same document as .txt, defaults", txt(), a.repeat),
    ):
        pages, secs = _best(fn, repeat)
        rows.append({"path": name, "pages": pages, "seconds": round(secs, 4),
                     "pages_per_s": round(pages / secs, 1) if secs else None})
    if a.json:
        print(json.dumps(rows, ensure_ascii=False))
        return
    width = max(len(r["path"]) for r in rows)
    print(f"{'path':<{width}}  pages  seconds  pages/s")
    for r in rows:
        print(f"{r['path']:<{width}}  {r['pages']:>5}  {r['seconds']:>7.3f}  {r['pages_per_s']:>7}")


# Rows of `make bench`: a round reads the generated PDF COPIES times (the text corpus is not used).
COPIES = 4
PAGES = 50


@lru_cache(maxsize=1)  # a row's setup and its size both need it; reportlab takes seconds to draw it
def _pdf() -> bytes:
    from pdfdocs import fifty_pages, write_pdf

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fifty.pdf"
        write_pdf(fifty_pages(), path)
        return path.read_bytes()


def _rows() -> list:  # type: ignore[type-arg]
    sys.path.insert(0, str(ROOT / "bench"))
    from harness import Row

    from jingwen import Options
    from jingwen.pipeline import process
    from jingwen.read.pdf import read_pdf

    def reading(corpus: object) -> Callable[[], object]:
        data = _pdf()
        plain = Options(keywords=0)
        process(read_pdf(data, "fifty.pdf"), plain)  # what loads on first use is not timed

        def work() -> None:
            for _ in range(COPIES):
                process(read_pdf(data, "fifty.pdf"), plain)

        return work

    def plumber(corpus: object) -> Callable[[], object]:
        import pdfplumber

        data = _pdf()

        def work() -> None:
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                for page in pdf.pages:
                    page.extract_text()

        return work

    def size(corpus: object) -> int:
        return len(_pdf()) * COPIES

    return [
        Row("PDF: read → Document, no keywords (pages/s)", reading, target={"min": 150}, docs=lambda c: PAGES * COPIES,
            size=size, unit="pages"),
        Row("PDF: pdfplumber extract_text alone (reference)", plumber, docs=lambda c: PAGES,
            size=lambda c: len(_pdf()), unit="pages"),
    ]


if __name__ == "__main__":
    if {"--list", "--row"} & set(sys.argv):
        from harness import serve

        serve(_rows())
    else:
        main()

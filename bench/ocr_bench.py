"""OCR speed and accuracy (issue 21): page images drawn from the seed text (tests/scans.py).

    python bench/ocr_bench.py --accuracy [--pages 3]    # character accuracy and s/page: 150 and 300 dpi,
                                                        # clean and noisy (±1°, noise, JPEG 60)
    python bench/ocr_bench.py --list | --row NAME ...   # rows of `make bench` (harness.py), in pages/s

Needs the [ocr] extra and a CJK font (fonts-wqy-zenhei). The `make bench` rows run the CLI as a user
types it on a folder of PAGES page images (one document each), with 1 and with 2 workers; each
worker runs onnxruntime on one thread (JINGWEN_OCR_THREADS changes it), so 2 workers use both cores.
Character accuracy is 1 - edit distance / length, after the scorer's normalisation (NFKC, no
whitespace), over every printed line of a page (running header and page number included).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

PAGES = int(os.environ.get("JINGWEN_OCR_BENCH_PAGES", "6"))
"""Page images a `make bench` round reads (the test of the row's contract reads one)."""
SEEDS = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
HEADER = "原创力文档 book118.com 预览"


def _seed_pages(count: int) -> list:  # type: ignore[type-arg]
    """`count` pages from the seed texts (../shared/seeds), else from the samples."""
    import scans

    sources = SEEDS or sorted((ROOT / "samples").glob("seed*.txt"))
    out: list = []  # type: ignore[type-arg]
    for path in sources:
        out += scans.text_pages(path.read_text(encoding="utf-8"), HEADER)
    return out[:count]


@lru_cache(maxsize=1)
def _folder() -> Path:
    """PAGES page images as PNG files, drawn once."""
    from harness import scratch

    import scans

    folder = scratch() / "pages"
    folder.mkdir()
    for i, page in enumerate(_seed_pages(PAGES), 1):
        scans.draw(page).save(folder / f"page{i:02d}.png")
    return folder


def _rows() -> list:  # type: ignore[type-arg]
    sys.path.insert(0, str(ROOT / "bench"))
    import subprocess

    from harness import Row

    def run(workers: str):  # type: ignore[no-untyped-def]
        def setup(corpus: object):  # type: ignore[no-untyped-def]
            folder = _folder()
            out = folder.parent / "out.jsonl"
            cmd = [sys.executable, "-m", "jingwen", "clean", str(folder), "-o", str(out), "-q", "-w", workers]

            def work() -> None:
                subprocess.run(cmd, check=True)
                out.unlink()

            return work
        return setup

    def size(corpus: object) -> int:
        return sum(p.stat().st_size for p in _folder().glob("*.png"))

    one = "OCR: page images → Document, 1 worker (CLI, pages/s)"
    two = "OCR: page images → Document, 2 workers (CLI, pages/s)"
    return [Row(one, run("1"), docs=lambda c: PAGES, size=size, unit="pages"),
            Row(two, run("2"), target={"vs": one, "min": 1.5}, docs=lambda c: PAGES, size=size, unit="pages")]


def accuracy(pages: int) -> None:
    """The table: dpi, variant, pages, mean and lowest character accuracy, seconds a page (1 process)."""
    import scans
    from conftest import norm
    from jingwen.read.files import records_from_bytes

    doc = _seed_pages(pages)
    next(records_from_bytes(scans.png(scans.small_image("预热")), "warm.png"))  # the engine loads once
    print(f"{'dpi':>4} {'variant':<8} {'pages':>5} {'accuracy':>9} {'lowest':>7} {'s/page':>7}")
    for dpi in (150, 300):
        for variant in ("clean", "noisy"):
            accs, secs = [], 0.0
            for k, page in enumerate(doc):
                img = scans.draw(page, dpi)
                data = scans.noisy(img, k) if variant == "noisy" else scans.png(img)
                t = time.perf_counter()
                raw = next(records_from_bytes(data, f"p.{'jpg' if variant == 'noisy' else 'png'}"))
                secs += time.perf_counter() - t
                accs.append(scans.accuracy(norm("".join(page.printed())), norm(raw.text)))
            print(f"{dpi:>4} {variant:<8} {len(accs):>5} {sum(accs) / len(accs):>9.4f} {min(accs):>7.4f} "
                  f"{secs / len(accs):>7.2f}")


if __name__ == "__main__":
    if {"--list", "--row"} & set(sys.argv):
        sys.path.insert(0, str(ROOT / "bench"))
        from harness import serve

        serve(_rows())
    else:
        ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
        ap.add_argument("--accuracy", action="store_true", help="the accuracy table")
        ap.add_argument("--pages", type=int, default=3, help="pages per dpi and variant")
        a = ap.parse_args()
        accuracy(a.pages)

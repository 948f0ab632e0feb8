"""Page images → a raw record read by OCR: one image file (a multi-page TIFF's frames are its pages), or
a folder of one document's page images in natural name order (page2 before page10).

Images are decoded with Pillow (a core dependency, through pdfplumber), so a broken or oversized image
is refused with its own error whether or not the [ocr] extra is installed. Bounds: the size an image
says it has is checked before any pixel is decoded (over `MAX_PIXELS` it is too_large); a decoded page
is shrunk to at most `MAX_SIDE` pixels wide and `OCR_PIXELS` in all (time and memory per page are then
bounded); at most `MAX_PAGES` pages a document.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from .deadline import Expired, deadline
from .ocr import MAX_SIDE, Mode, missing
from .ocr_page import OcrRun, ocr_page
from .pdf_layout import assemble
from .record import Raw

SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".tif", ".tiff")
MAX_PIXELS = 64_000_000
"""An image saying it has more pixels than this is refused before decoding (a 300 dpi A3 scan has 17 M;
a decompression bomb claims billions)."""
OCR_PIXELS = 12_000_000
"""A page is shrunk to at most this many pixels before OCR: a long page is read in strips (ocr_page)."""
MAX_PAGES = 2000


def is_image(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def _natural(name: str) -> list[Any]:
    """Sort key: digits compared as numbers (page2 before page10), the rest case-insensitively."""
    return [(0, int(t), t) if t.isdigit() else (1, 0, t.lower()) for t in re.split(r"(\d+)", name)]


def page_files(folder: Path) -> list[Path]:
    """The page images directly in `folder`, in natural name order (hidden files left out)."""
    found = [p for p in folder.iterdir() if is_image(p) and not p.name.startswith(".") and p.is_file()]
    return sorted(found, key=lambda p: _natural(p.name))


def _open(data: bytes, where: str) -> Any:
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():  # Pillow's own bomb warning: the size is judged below
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
    except UnidentifiedImageError:
        raise InputError("image", "not_image", f"{where}: not an image Pillow can read (a different file "
                         "named as an image?)") from None
    except Image.DecompressionBombError as e:  # far over MAX_PIXELS: Pillow refuses it itself
        raise InputError("image", "too_large", f"{where}: over the {MAX_PIXELS:,}-pixel limit ({e}); skipped") from None
    except Exception as e:
        raise InputError("image", "broken", f"{where}: damaged image: {type(e).__name__}: {e}") from None
    return img


def frames(data: bytes, where: str) -> Iterator[tuple[Any, float]]:
    """The pages of one image file, each as (BGR pixels of bounded size, PDF points per pixel)."""
    from PIL import Image, ImageSequence

    img = _open(data, where)
    n = getattr(img, "n_frames", 1)
    if n > MAX_PAGES:
        raise InputError("image", "too_large", f"{where}: {n} pages is over the {MAX_PAGES}-page limit")
    for k, frame in enumerate(ImageSequence.Iterator(img)):
        w, h = frame.size
        page = f"{where}" if n == 1 else f"{where} (page {k + 1})"
        if w * h > MAX_PIXELS:
            raise InputError("image", "too_large", f"{page}: {w} × {h} pixels is over the {MAX_PIXELS:,}-pixel "
                             "limit; skipped")
        if w == 0 or h == 0:
            raise InputError("image", "broken", f"{page}: an image of no pixels")
        factor = min(1.0, MAX_SIDE / w, (OCR_PIXELS / (w * h)) ** 0.5)
        try:
            if factor < 1.0 and frame.format == "JPEG":
                frame.draft("RGB", (int(w * factor) + 1, int(h * factor) + 1))  # decodes at 1/2, 1/4, 1/8
            rgb = frame.convert("RGB") if frame.mode != "RGB" else frame.copy()
            if factor < 1.0:
                rgb = rgb.resize((max(1, int(w * factor)), max(1, int(h * factor))), Image.Resampling.LANCZOS)
        except (OSError, ValueError, SyntaxError) as e:
            raise InputError("image", "broken", f"{page}: damaged image: {e}") from None
        import numpy as np

        pixels = np.ascontiguousarray(np.asarray(rgb)[:, :, ::-1])  # RGB → BGR, as OpenCV and RapidOCR want
        # Points per pixel of the original image, so pages of one size match whatever was shrunk.
        yield pixels, (72.0 / 150.0) * (w / rgb.size[0])


def read_images(sources: Iterable[tuple[str, bytes]], where: str, mode: Mode,
                seconds: float | None = None) -> Raw:
    """The raw record of one document's page images: `sources` are (name, bytes) in page order (read
    lazily); `seconds` bounds the whole document's OCR (checked between pages, and between the
    engine's steps inside a page)."""
    if mode == "off":
        raise InputError("image", "needs_ocr", f"{where}: page images are read by OCR, and OCR is off (--ocr off)")
    why = missing()
    if why is not None:
        raise InputError("image", "needs_ocr", f"{where}: page images are read by OCR. {why}")
    run = OcrRun()
    kept: list[bytes] = []
    try:
        with deadline(seconds or float("inf")) as check:
            for name, raw in sources:
                kept.append(raw)
                for pixels, scale in frames(raw, name):
                    check()
                    if len(run.pages) >= MAX_PAGES:
                        raise InputError("image", "too_large", f"{where}: over the {MAX_PAGES}-page limit")
                    run.pages.append(ocr_page(pixels, len(run.pages) + 1, scale))
    except Expired:
        raise InputError("image", "timeout", f"{where}: OCR took over {seconds:g} s (the bound on one input, "
                         "--timeout); skipped") from None
    pages = [p.lines for p in run.pages]
    if not any(p.lines for p in pages):
        raise InputError("image", "empty", f"{where}: OCR found no text on its {len(pages)} page(s)")
    text, where_map = assemble(pages)
    return Raw(text, where, b"".join(kept), encoding=None, fmt="image", pages=where_map,
               warnings=run.low_lines(pages, where_map), ocr=run.info())

"""Page images for the OCR tests and the OCR bench, drawn with a CJK font from Debian (fonts-wqy-zenhei).

A gold document (eval/dev/gold/*.json) is laid out as a typed page would be: the title centred, each
section's marker and heading on a line of its own, paragraphs indented two characters and wrapped at
`WIDTH` characters, a running header with a rule under it and a page number "- N -" at the foot. The
lines drawn are kept, so a test can compare what OCR read with what was printed, and clean the same
lines as text to compare the two section trees.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
DPI = 150
PAGE_W, PAGE_H = 1240, 1754  # A4 at 150 dpi
SIZE = 25  # 12 pt at 150 dpi
LEADING = 42  # 20 pt
LEFT, TOP = 180, 190
WIDTH = 32
"""Characters a body line holds."""
PER_PAGE = 34
HEADER_Y, FOOTER_Y = 110, PAGE_H - 120


@dataclass(frozen=True)
class Line:
    text: str
    indent: int = 0
    """Characters of indentation (drawn as space, as a typed page has it)."""
    centred: bool = False


@dataclass
class Page:
    lines: list[Line]
    header: str
    footer: str

    def printed(self) -> list[str]:
        """Every line on the page as printed, top to bottom."""
        return [self.header, *(ln.text for ln in self.lines), self.footer]


def _wrap(text: str, first: int) -> list[Line]:
    out = []
    room, indent = WIDTH - first, first
    while text:
        out.append(Line(text[:room], indent))
        text, room, indent = text[room:], WIDTH, 0
    return out


def layout(gold: dict[str, Any]) -> list[Line]:
    """A gold document as printed lines."""
    lines = [Line(gold["title"], centred=True)] if gold.get("title") else []
    for p in gold.get("preamble") or []:
        lines += _wrap(p, 2)

    def walk(sections: list[dict[str, Any]]) -> None:
        for s in sections:
            lines.extend(_wrap(s["marker"] + s["heading"], 2))
            for p in s.get("paragraphs") or []:
                lines.extend(_wrap(p, 2))
            walk(s.get("children") or [])

    walk(gold.get("sections") or [])
    return lines


def paginate(lines: list[Line], header: str, pages: int | None = None) -> list[Page]:
    chunks = [lines[i:i + PER_PAGE] for i in range(0, len(lines), PER_PAGE)][:pages]
    return [Page(c, header, f"- {n} -") for n, c in enumerate(chunks, 1)]


def gold_pages(path: Path, pages: int | None = None) -> list[Page]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    return paginate(layout(gold), "XX县人民政府办公室文件", pages)


def text_version(pages: list[Page]) -> str:
    """The body lines as a text file (no header, no page number): what a clean text layer gives."""
    return "\n".join(("\u3000" * ln.indent) + ln.text for p in pages for ln in p.lines) + "\n"


def font(size: int = SIZE) -> Any:
    from PIL import ImageFont

    return ImageFont.truetype(str(FONT), size)


def draw(page: Page, dpi: int = DPI) -> Any:
    """The page as a greyscale PIL image (150 dpi unless asked)."""
    from PIL import Image, ImageDraw

    k = dpi / DPI
    img = Image.new("L", (round(PAGE_W * k), round(PAGE_H * k)), 255)
    d = ImageDraw.Draw(img)
    f, small = font(round(SIZE * k)), font(round(21 * k))
    w = d.textlength(page.header, font=small)
    d.text(((img.width - w) / 2, HEADER_Y * k), page.header, font=small, fill=0)
    d.line((LEFT * k, (HEADER_Y + 36) * k, img.width - LEFT * k, (HEADER_Y + 36) * k), fill=0, width=round(2 * k))
    y = TOP * k
    for ln in page.lines:
        x = (img.width - d.textlength(ln.text, font=f)) / 2 if ln.centred else (LEFT + ln.indent * SIZE) * k
        d.text((x, y), ln.text, font=f, fill=0)
        y += LEADING * k
    w = d.textlength(page.footer, font=small)
    d.text(((img.width - w) / 2, FOOTER_Y * k), page.footer, font=small, fill=0)
    return img


def noisy(img: Any, seed: int) -> bytes:
    """A scan's defects: turned by up to 1°, speckled with noise, saved as a JPEG of quality 60."""
    import random

    import numpy as np
    from PIL import Image

    rng = random.Random(seed)
    turned = img.rotate(rng.uniform(-1.0, 1.0), resample=Image.Resampling.BICUBIC, fillcolor=255)
    arr = np.asarray(turned, dtype=np.int16) + np.random.default_rng(seed).normal(0, 12, (img.height, img.width))
    buf = io.BytesIO()
    Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).save(buf, format="JPEG", quality=60)
    return buf.getvalue()


def text_pages(text: str, header: str, pages: int | None = None) -> list[Page]:
    """Plain text (a seed) laid out as pages: its non-empty lines wrapped at WIDTH."""
    lines = [ln for raw in text.splitlines() if raw.strip() for ln in _wrap(raw.strip(), 0)]
    return paginate(lines, header, pages)


def small_image(text: str, width: int = 700) -> Any:
    """A small page image of a line or two of text (cheap to OCR)."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (width, 160), 255)
    ImageDraw.Draw(img).text((40, 60), text, font=font(), fill=0)
    return img


def png(img: Any) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def scanned_pdf(images: list[Any], text_pages: list[list[str]] | None = None) -> bytes:
    """A PDF of A4 pages: first `text_pages` with a text layer (reportlab's CJK font), then one page per
    image, the image drawn over the whole page (a scan: no text layer)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0))
    for lines in text_pages or []:
        c.setFont("STSong-Light", 12)
        y = 842.0 - 90
        for ln in lines:
            c.drawString(90, y, ln)
            y -= 20
        c.showPage()
    for img in images:
        c.drawImage(ImageReader(img.convert("RGB")), 0, 0, 595.0, 842.0)
        c.showPage()
    c.save()
    return buf.getvalue()


def distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions) between two strings."""
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def accuracy(reference: str, read: str) -> float:
    """Character accuracy: 1 - edit distance / reference length."""
    return 1.0 - distance(reference, read) / max(len(reference), 1)

"""What a reader makes of an input: a raw record, the text of one document and what the reader
knows about it. The pipeline turns it into a Document; readers know nothing of that."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..models import OcrInfo
from ..text.lines import PageMap


@dataclass(frozen=True)
class Raw:
    text: str
    path: str
    """What names it in the output (source.path) and in error messages."""
    data: bytes | None = None
    """The input bytes it came from (for its id and sha256); None: the text's UTF-8."""
    encoding: str | None = "utf-8"
    fmt: str = "txt"
    doc_id: str | None = None
    """Its own id (a JSON lines record's), else the hash of `data`."""
    record: int | None = None
    """Its record number in a file of many (JSON lines)."""
    meta: dict[str, Any] | None = None
    """The record's other fields (url, title, …)."""
    pages: PageMap | None = None
    """For a paged input (PDF): where its pages start, and the furniture its reader removed."""
    warnings: list[str] = field(default_factory=list)
    """The reader's own warnings, put before the pipeline's."""
    truncated: bool = False
    """The reader knows the input is cut off (a PDF without its end-of-file marker)."""
    ocr: OcrInfo | None = None
    """What OCR read of it (scanned PDF pages, page images); None: no OCR."""

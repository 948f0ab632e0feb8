"""The output contract (docs/output.md, schema_version "1.0") as pydantic v2 models.

Field names are read by tools outside this project (the scorer among them): add fields freely,
rename or remove none without bumping SCHEMA_VERSION.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OcrInfo(_Model):
    """What OCR read of a document (scanned PDF pages, page images)."""

    engine: str = Field(description="the OCR engine and its version, e.g. rapidocr 3.10.0")
    models: dict[str, str] = Field(default_factory=dict,
                                   description="task (det, rec, cls) → the model it used, named with its version")
    pages: list[int] = Field(default_factory=list, description="1-based pages read by OCR (the others had text)")
    lines: int = Field(0, description="text lines OCR read")
    mean_confidence: float | None = Field(None, description="mean of the recogniser's per-line confidence, 0–1")
    low_confidence: int = Field(0, description="lines read with confidence under 0.8 (kept; listed in warnings)")


class Source(_Model):
    """Where the document came from."""

    path: str = Field(description="the input path as given (for JSON lines: path#record; for a folder of page "
                                  "images: the folder)")
    format: Literal["txt", "pdf", "jsonl", "image"] = "txt"
    encoding: str | None = Field(None, description="text encoding used to decode the input")
    site: str | None = Field(None, description="id of the site pack whose rules fired, or null")
    site_evidence: Literal["path", "content", "option"] | None = Field(
        None, description="what decided `site`: the site's host in the path or the record's url, its chrome "
                          "in the text (the pack's detect patterns), or --sites")
    sha256: str = Field(description="sha256 of the input bytes")
    record: int | None = Field(None, description="JSON lines: 1-based line number of the record")
    meta: dict[str, Any] = Field(default_factory=dict, description="crawler record fields (url, title, ...)")
    ocr: OcrInfo | None = Field(None, description="what OCR read (null: no page was read by OCR)")


class Pages(_Model):
    declared: int | None = Field(None, description="page count the site or the page markers declare")
    seen: int | None = Field(None, description="pages present in the input")


class Section(_Model):
    marker: str = Field(description='the numbering as written: "一、", "（一）", "1.", "第三条"')
    style: str = Field(description="numbering family, e.g. cn_comma, cn_paren, arabic_dot")
    number: int = Field(description="integer value of the marker")
    level: int = Field(description="depth in this document's tree, 1 = top")
    heading: str = Field(description="heading line, or an item's first sentence")
    line: int | None = Field(None, description="1-based input line the section starts on")
    paragraphs: list[str] = Field(default_factory=list)
    children: list[Section] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list, description="keywords of a top-level section")


class Removal(_Model):
    line: int = Field(description="1-based input line number")
    rule: str = Field(description="id of the rule that removed it")
    text: str = Field(description="the removed text (the whole line, or the part cut from it)")
    partial: bool = Field(False, description="only part of the line was removed")
    page: int | None = Field(None, description="1-based page the line was on (inputs with pages: PDF)")


class Repair(_Model):
    line: int = Field(description="1-based input line number")
    rule: str
    before: str
    after: str


class Stats(_Model):
    input_bytes: int = 0
    input_chars: int = 0
    output_chars: int = 0
    removed_lines: int = 0
    tokens: int | None = None
    paragraphs: int = 0
    sections: int = 0


class Metadata(_Model):
    """Front- and back-matter facts kept out of the body text's structure."""

    doc_number: str | None = Field(None, description="文号 such as 国办发〔2024〕12号")
    issuer: str | None = Field(None, description="issuing body named before the title or in the signature")
    date: str | None = Field(None, description="the document's date (title or signature block), ISO if parseable")
    dates: list[str] = Field(default_factory=list, description="dates found in the title or signature block")
    wrap_width: int | None = Field(None, description="estimated hard-wrap width of the input, in characters")


class Document(_Model):
    schema_version: Literal["1.0"] = SCHEMA_VERSION
    id: str = Field(description="first 16 hex digits of the sha256 of the input bytes (or the record id)")
    source: Source
    title: str | None = None
    doc_type: str | None = None
    truncated: bool = False
    pages: Pages = Field(default_factory=Pages)
    metadata: Metadata = Field(default_factory=Metadata)
    preamble: list[str] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    text: str = ""
    removed: list[Removal] = Field(default_factory=list)
    repairs: list[Repair] = Field(default_factory=list)
    related: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    stats: Stats = Field(default_factory=Stats)
    warnings: list[str] = Field(default_factory=list)
    content_hash: str | None = Field(None, description="hash of the whitespace-normalised clean text")
    duplicate_of: str | None = Field(None, description="id of the earlier document this one duplicates")
    similarity: float | None = Field(None, description="estimated Jaccard similarity to duplicate_of")


def document_schema() -> dict[str, Any]:
    return Document.model_json_schema()


def schema_json() -> str:
    """The JSON Schema exactly as checked in under schemas/ (a test keeps them equal)."""
    return json.dumps(document_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"

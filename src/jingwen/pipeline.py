"""One document through the stages: raw record → rules → reflow → structure → metadata → Document →
enrichment (keywords and token count, when asked for).

Every stage is a pure function of the previous stage's value; this module only composes them.
Reading inputs lives in `read/` (it makes the raw records), many documents and workers in `batch/`.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from .dedup.deduper import content_hash
from .enrich import enrich
from .errors import InputError
from .models import Document, Metadata, Pages, Source, Stats
from .options import DEFAULT, Options
from .read.record import Raw
from .read.text import decode_text, split_lines, without_surrogates
from .rules import copies, engine
from .structure import finish, meta, segment, tree
from .structure.reflow import reflow
from .text.lines import PAGE_TITLE_RULE, QUESTION_RULE, PageMap, unspaced

__all__ = ["DEFAULT", "MAX_LINES", "Options", "id_of", "process", "process_bytes", "process_text", "sha256"]

MAX_LINES = 1_000_000
"""Inputs with more lines are refused (an InputError): a million short lines take about 10 s and
500 MB; the limit keeps one document's time and memory bounded (README "Limits")."""

_PAGE_FURNITURE = re.compile(r"page|running_header|^pdf\.")
_SITE_SUFFIX = re.compile(r"\.title_suffix$|^generic\.page_title$")
_ECHO_MAX = 120
"""A site's line that may name the title (see title.rank) is no longer than this."""
_PAGE_TITLE_LINES = 3
"""A page title stands among the page's first lines (under its menu, at most)."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def id_of(data: bytes) -> str:
    """The id of the document made of these input bytes (process_text's default)."""
    return sha256(data)[:16]


def process(raw: Raw, options: Options = DEFAULT) -> Document:
    """A reader's raw record → its Document; the reader's warnings come first, and a reader that
    knows its input is cut off marks the document truncated."""
    doc = process_text(raw.text, path=raw.path, data=raw.data, encoding=raw.encoding, fmt=raw.fmt,
                       options=options, doc_id=raw.doc_id, record=raw.record, source_meta=raw.meta,
                       pages=raw.pages)
    if raw.truncated:
        doc.truncated = True
    if raw.ocr is not None:
        doc.source.ocr = raw.ocr
    if raw.warnings:
        doc.warnings = list(raw.warnings) + doc.warnings
    return doc


def process_text(
    text: str,
    *,
    path: str = "<text>",
    data: bytes | None = None,
    encoding: str | None = "utf-8",
    fmt: str = "txt",
    options: Options = DEFAULT,
    doc_id: str | None = None,
    record: int | None = None,
    source_meta: dict[str, Any] | None = None,
    pages: PageMap | None = None,
) -> Document:
    """Clean and structure one document's text. `data` are the input bytes (for id and sha256).
    `pages`: for an input with pages (PDF), where they start in `text` and the lines its reader
    already removed as page furniture; removals then name their page, and `pages.seen` is the count."""
    text, fixed = without_surrogates(text)  # a str from Python may hold what no encoding can write
    raw = data if data is not None else text.encode("utf-8")
    digest = sha256(raw)
    hint = path + " " + " ".join(str(v) for v in (source_meta or {}).values() if isinstance(v, str))
    lines = split_lines(text)
    if len(lines) > MAX_LINES:
        raise InputError("read", "too_large", f"{path}: {len(lines)} lines is over the {MAX_LINES}-line limit")
    cleaned = engine.apply(lines, engine.plan(text, options.packs, hint, options.sites), pages)
    blocks, lay = reflow(cleaned.lines)
    flat = segment.is_flat([ln.text for ln in cleaned.lines])
    blocks = segment.segment(blocks, flat)

    # Lines taken out whole as the site's rows, not as a page's furniture (its marker, number or
    # running header: a title's lines may stand either side of a page break).
    cut = frozenset(r.line for r in cleaned.removed if not r.partial and not _PAGE_FURNITURE.search(r.rule))
    # Lines the site's name was cut from the end of: the page's title, whatever is left of them.
    sited = frozenset(r.line for r in cleaned.removed if r.partial and _SITE_SUFFIX.search(r.rule))
    # The site's lines (a page title, a breadcrumb, a share card) may name the document's title.
    # (one of the page's first lines, a page title, may name it at its start: X原文及赏析｜…)
    # (a headline the rules took for the page's title is one wherever it stands: under an app's bar)
    echoes = [(unspaced(r.text), r.line <= _PAGE_TITLE_LINES or r.rule == PAGE_TITLE_RULE) for r in cleaned.removed
              if not r.partial and len(r.text) <= _ECHO_MAX and r.rule != copies.RULE]
    answer = any(r.rule == QUESTION_RULE for r in cleaned.removed)
    bylines = frozenset(r.line for r in cleaned.removed if r.line in cut and meta.byline_row(r.text))
    fm = meta.front_matter(blocks, flat, cut, sited, echoes, answer, bylines)
    record_title = (source_meta or {}).get("title")
    titled = finish.title_from_page(finish.split_title(blocks, fm, cleaned), blocks,
                                    record_title if isinstance(record_title, str) else None)
    title, body, removed = titled.title, titled.body, titled.removed
    t = tree.build(body, flat)
    title, t = finish.lone_chapter(title, titled.pre_title, t)
    preamble = titled.pre_title + t.preamble
    issuer, sig_dates = meta.signature(body)
    dates = (meta.find_dates(title) if title else []) + sig_dates
    clean_text = tree.render(title, preamble, t.sections)
    reasons = finish.truncation(cleaned, body, len(clean_text))
    n_sections, n_paras = tree.count(t.sections)
    if pages is not None:
        removed = finish.on_pages(removed, pages)
    doc = Document(
        id=doc_id or digest[:16],
        source=Source(path=path, format=fmt, encoding=encoding, site=cleaned.site,
                      site_evidence=cleaned.site_evidence, sha256=digest,
                      record=record, meta=source_meta or {}),
        title=title,
        doc_type=meta.doc_type(title),
        truncated=bool(reasons),
        pages=Pages(declared=cleaned.pages_declared, seen=cleaned.pages_seen),
        metadata=Metadata(doc_number=fm.doc_number, issuer=fm.issuer or issuer,
                          date=sig_dates[-1] if sig_dates else (dates[0] if dates else None),
                          dates=dates, wrap_width=lay.width // 2 if lay.width else None),
        preamble=preamble,
        sections=[n.to_section(1) for n in t.sections],
        text=clean_text,
        removed=removed,
        repairs=cleaned.repairs,
        related=cleaned.related,
        stats=Stats(input_bytes=len(raw), input_chars=len(text), output_chars=len(clean_text),
                    removed_lines=len({r.line for r in cleaned.removed if not r.partial}),
                    paragraphs=len(preamble) + n_paras, sections=n_sections),
        warnings=fixed + [f"truncated: {r}" for r in reasons] + t.warnings + finish.empty(clean_text, removed),
        content_hash=content_hash(clean_text),
    )
    return enrich(doc, options.keywords, options.user_dict) if options.keywords > 0 else doc


def process_bytes(data: bytes, path: str = "<bytes>", options: Options = DEFAULT) -> Document:
    """Decode scraped text bytes (UTF-8, UTF-8 BOM, UTF-16, GB18030) and process them."""
    got = decode_text(data, path)
    return process(Raw(got.text, path, data, got.encoding, warnings=got.warnings), options)

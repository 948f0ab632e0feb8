"""One document through the stages: decode → rules → reflow → structure → metadata → Document →
enrichment (keywords and token count, when asked for).

Every stage is a pure function of the previous stage's value; this module only composes them.
Reading files, many documents and workers live in `read/` and `run.py`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .dedup.deduper import content_hash
from .enrich import enrich
from .errors import InputError
from .models import Document, Metadata, Pages, Removal, Source, Stats
from .read.text import decode, split_lines
from .rules import engine
from .rules.packs import Pack, all_packs
from .structure import meta, segment, tree
from .structure.reflow import reflow
from .structure.tidy import tidy_title
from .text.blocks import Block
from .text.lines import Cleaned, PageMap


@dataclass(frozen=True)
class Options:
    """What a user can change about one document's processing."""

    rules: tuple[str, ...] = ()
    """Extra rule-pack files (TOML), applied like the built-in packs."""
    sites: tuple[str, ...] | None = None
    """Force these site packs ("all" for every one) instead of detecting the site."""
    keywords: int = 10
    """Keywords per document (0: no enrichment at all)."""
    user_dict: str | None = None
    """A jieba user dictionary (`word [freq] [tag]` a line) for the enrichment's tokenizer."""
    text_field: str = "text"
    """JSON lines input: the field holding a record's text."""
    id_field: str | None = None
    """JSON lines input: the field holding a record's own id (used, made file-name safe, as the document id)."""
    extra: dict[str, Any] = field(default_factory=dict)

    def packs(self) -> tuple[Pack, ...]:
        return _packs(self.rules)


@lru_cache(maxsize=8)
def _packs(rules: tuple[str, ...]) -> tuple[Pack, ...]:
    return all_packs(rules)


DEFAULT = Options()

MAX_LINES = 1_000_000
"""Inputs with more lines are refused (an InputError): a million short lines take about 10 s and
500 MB; the limit keeps one document's time and memory bounded (README "Limits")."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def id_of(data: bytes) -> str:
    """The id of the document made of these input bytes (process_text's default)."""
    return sha256(data)[:16]


# Fewer characters than this per declared page: the text is a part of the document, not all of it.
_CHARS_PER_PAGE = 250


def _truncation(cleaned: Cleaned, body: list[Block], chars: int) -> list[str]:
    reasons = list(cleaned.truncation)
    d, s = cleaned.pages_declared, cleaned.pages_seen
    if d and s and s < d:
        reasons.append(f"{s} of {d} declared pages present")
    elif d and d >= 3 and not s and chars < d * _CHARS_PER_PAGE:
        reasons.append(f"{chars} characters for {d} declared pages")
    if body:
        last = body[-1]
        text = last.text.strip()
        heading_only = last.marker and len(text) <= 30
        if meta.ends_mid_sentence(text) and not heading_only:
            where = "before the site's trailer" if cleaned.trailer_cut else "at the end of the input"
            reasons.append(f"text stops mid-sentence {where} (line {last.last})")
    return reasons


def _empty(clean_text: str, removed: list[Removal]) -> list[str]:
    """A document with no text left is a result, not an error; the warning says why it is empty."""
    if clean_text.strip():
        return []
    if removed:
        return ["empty: every line of the input was removed as boilerplate"]
    return ["empty: the input holds no text"]


def _on_pages(removed: list[Removal], pages: PageMap) -> list[Removal]:
    return [r.model_copy(update={"page": pages.page_of(r.line)}) for r in removed]


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
    raw = data if data is not None else text.encode("utf-8")
    digest = sha256(raw)
    hint = path + " " + " ".join(str(v) for v in (source_meta or {}).values() if isinstance(v, str))
    lines = split_lines(text)
    if len(lines) > MAX_LINES:
        raise InputError("read", "too_large", f"{path}: {len(lines)} lines is over the {MAX_LINES}-line limit")
    cleaned = engine.apply(lines, engine.plan(text, options.packs(), hint, options.sites), pages)
    blocks, lay = reflow(cleaned.lines)
    flat = segment.is_flat([ln.text for ln in cleaned.lines])
    blocks = segment.segment(blocks, flat)

    fm = meta.front_matter(blocks, flat)
    title = fm.title
    removed = list(cleaned.removed)
    pre_title: list[str] = []
    body = blocks
    if fm.title_index is not None:
        title_block = blocks[fm.title_index]
        title, fix = tidy_title(fm.title or "", title_block.line)
        if fix is not None:
            removed.append(fix)
            removed.sort(key=lambda r: r.line)
        pre_title = [b.text for b in blocks[: fm.title_index]]
        body = blocks[fm.title_end or fm.title_index + 1:]
        if fm.rest:
            body = [Block(fm.rest, title_block.line, title_block.last, False), *body]
    t = tree.build(body, flat)
    preamble = pre_title + t.preamble
    issuer, sig_dates = meta.signature(body)
    dates = (meta.find_dates(title) if title else []) + sig_dates
    clean_text = tree.render(title, preamble, t.sections)
    reasons = _truncation(cleaned, body, len(clean_text))
    n_sections, n_paras = tree.count(t.sections)
    if pages is not None:
        removed = _on_pages(removed, pages)
    doc = Document(
        id=doc_id or digest[:16],
        source=Source(path=path, format=fmt, encoding=encoding, site=cleaned.site, sha256=digest,
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
        warnings=[f"truncated: {r}" for r in reasons] + t.warnings + _empty(clean_text, removed),
        content_hash=content_hash(clean_text),
    )
    return enrich(doc, options.keywords, options.user_dict) if options.keywords > 0 else doc


def process_bytes(data: bytes, path: str = "<bytes>", options: Options = DEFAULT) -> Document:
    """Decode scraped text bytes (UTF-8, UTF-8 BOM, UTF-16, GB18030) and process them."""
    text, encoding = decode(data, path)
    return process_text(text, path=path, data=data, encoding=encoding, options=options)

"""One document's view as data for the page's script: its raw lines beside the ledger (what each
rule removed, each repair), and the clean result (title, tree, paragraphs, keywords, warnings). A
view is bounded, so one huge document cannot swell the report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .sources import RawText

MAX_CHARS = 200_000
"""Characters of each side (raw, clean) a view holds at most; the rest is cut, and the view says so."""
MAX_LEDGER = 5_000
"""Removals and repairs a view lists at most."""


@dataclass
class _Budget:
    left: int
    cut: int = 0

    def take(self, s: str) -> str | None:
        if self.left <= 0:
            self.cut += 1
            return None
        self.left -= len(s)
        return s


def _section(s: dict[str, Any], budget: _Budget) -> dict[str, Any]:
    return {
        "marker": s.get("marker", ""), "style": s.get("style", ""), "level": s.get("level", 1),
        "heading": s.get("heading", ""), "line": s.get("line"),
        "paragraphs": [p for p in (budget.take(str(x)) for x in s.get("paragraphs") or ()) if p is not None],
        "children": [_section(c, budget) for c in s.get("children") or ()],
    }


def _raw(raw: RawText | None) -> tuple[list[str] | None, int]:
    if raw is None or raw.lines is None:
        return None, 0
    kept, size = [], 0
    for line in raw.lines:
        if size >= MAX_CHARS:
            break
        kept.append(line)
        size += len(line) + 1
    return kept, len(raw.lines) - len(kept)


def view(index: int, doc: dict[str, Any], raw: RawText | None, why: list[str]) -> dict[str, Any]:
    """The view of the output's document number `index`; `why` it has one (worst, sample)."""
    source, stats = doc.get("source") or {}, doc.get("stats") or {}
    budget = _Budget(MAX_CHARS)
    preamble = [p for p in (budget.take(str(x)) for x in doc.get("preamble") or ()) if p is not None]
    sections = [_section(s, budget) for s in doc.get("sections") or ()]
    lines, raw_cut = _raw(raw)
    removed = [[r.get("line"), r.get("rule"), r.get("text", ""), bool(r.get("partial")), r.get("page")]
               for r in (doc.get("removed") or ())[:MAX_LEDGER]]
    repairs = [[r.get("line"), r.get("rule"), r.get("before", ""), r.get("after", "")]
               for r in (doc.get("repairs") or ())[:MAX_LEDGER]]
    in_chars = int(stats.get("input_chars") or 0)
    removed_chars = sum(len(r[2]) for r in removed)
    return {
        "index": index, "id": doc.get("id"), "title": doc.get("title"), "why": why,
        "path": source.get("path"), "format": source.get("format"), "encoding": source.get("encoding"),
        "site": source.get("site"), "doc_type": doc.get("doc_type"), "truncated": bool(doc.get("truncated")),
        "pages": doc.get("pages") or {}, "duplicate_of": doc.get("duplicate_of"), "similarity": doc.get("similarity"),
        "lost": round(min(1.0, removed_chars / in_chars), 4) if in_chars else 0.0,
        "stats": stats,
        "metadata": {k: v for k, v in (doc.get("metadata") or {}).items() if v not in (None, [], "")},
        "keywords": doc.get("keywords") or [], "warnings": doc.get("warnings") or [],
        "related": doc.get("related") or [],
        "preamble": preamble, "sections": sections, "clean_cut": budget.cut,
        "removed": removed, "repairs": repairs,
        "ledger_cut": sum(max(0, len(doc.get(k) or ()) - MAX_LEDGER) for k in ("removed", "repairs")),
        "raw": lines, "raw_cut": raw_cut, "raw_note": raw.note if raw else None,
    }

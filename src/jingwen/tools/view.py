"""A human view of one document: its title and tree, then what was removed and repaired, and why."""

from __future__ import annotations

from ..models import Document, Section

_WIDTH = 60


def _clip(s: str, n: int = _WIDTH) -> str:
    s = s.replace("\n", " ")
    return s if len(s) <= n else s[: n - 1] + "…"


def _tree(sections: list[Section], indent: int, out: list[str]) -> None:
    for s in sections:
        pad = "  " * indent
        out.append(f"{pad}{s.marker}{s.heading}  ·{s.style} L{s.line}")
        for p in s.paragraphs:
            out.append(f"{pad}  ¶ {_clip(p)}")
        _tree(s.children, indent + 1, out)


def render(doc: Document) -> str:
    out = [
        f"{doc.source.path}  [{doc.source.format}, {doc.source.encoding or '-'}, site={doc.source.site or '-'}]"
        f"  id={doc.id}",
        f"title:     {doc.title or '(none)'}",
        f"doc_type:  {doc.doc_type or '-'}   truncated: {'yes' if doc.truncated else 'no'}   "
        f"pages: {doc.pages.seen or '?'} seen / {doc.pages.declared or '?'} declared",
    ]
    md = doc.metadata
    facts = [f"{k}={v}" for k, v in (("文号", md.doc_number), ("issuer", md.issuer), ("date", md.date)) if v]
    if facts:
        out.append("metadata:  " + "  ".join(facts))
    if doc.keywords:
        out.append("keywords:  " + "、".join(doc.keywords))
    out.append("")
    out.append("── structure ──")
    for p in doc.preamble:
        out.append(f"¶ {_clip(p)}")
    _tree(doc.sections, 0, out)
    if doc.removed:
        out.append("")
        out.append(f"── removed ({len(doc.removed)}) ──")
        for r in doc.removed:
            part = " (part)" if r.partial else ""
            page = f"p{r.page:<4} " if r.page is not None else ""
            out.append(f"L{r.line:<5} {page}{r.rule:<28} {_clip(r.text, 50)}{part}")
    if doc.repairs:
        out.append("")
        out.append(f"── repaired ({len(doc.repairs)}) ──")
        for r in doc.repairs:
            out.append(f"L{r.line:<5} {r.rule:<28} {_clip(r.before, 30)} → {_clip(r.after, 30)}")
    if doc.related:
        out.append("")
        out.append(f"── related ({len(doc.related)}) ──")
        out += [f"· {t}" for t in doc.related]
    if doc.warnings:
        out.append("")
        out.append("── warnings ──")
        out += [f"! {w}" for w in doc.warnings]
    return "\n".join(out)

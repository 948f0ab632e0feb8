"""Quality against hand-labelled gold files: the metrics of the project's scorer
(`../shared/eval/score.py`), computed here so that users can measure rules on their own corpora.

A gold file `GOLD/<name>.json` holds what a careful reader keeps of the raw document `<name>.*`
(title, truncated, preamble, sections with marker, heading, paragraphs, children; README "Gold
files"). An output record matches the gold whose name is the stem of its `source.path`. Texts are
compared after NFKC with all whitespace removed. Micro-averaged over documents:

- content recall / precision: gold content characters (title, markers, headings, paragraphs, in
  order) found in order in the output `text` (difflib matching blocks), over the gold's length /
  over the output's length (1 - precision is boilerplate that leaked);
- heading F1 over (depth, marker, first 6 heading characters) and paragraph F1 over whole
  paragraphs, as multisets;
- title and truncation accuracy;
- ledger (with the raw folder): non-empty raw lines that are in `removed` or whose text appears in
  the output `text` (repairs undone).
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..output.readback import dicts
from ..read.text import decode, split_lines

_WS = re.compile(r"\s+")


def norm(s: str | None) -> str:
    return _WS.sub("", unicodedata.normalize("NFKC", s or ""))


def _walk(sections: list[dict[str, Any]] | None, depth: int = 1) -> Iterator[tuple[int, dict[str, Any]]]:
    # Iterative, so a deeply nested tree cannot exhaust the recursion limit; same order as recursion.
    stack = [(depth, s) for s in reversed(sections or [])]
    while stack:
        d, s = stack.pop()
        yield d, s
        stack.extend((d + 1, c) for c in reversed(s.get("children") or []))


def content(doc: dict[str, Any]) -> str:
    parts = [doc.get("title") or "", *(doc.get("preamble") or [])]
    for _, s in _walk(doc.get("sections")):
        parts += [s.get("marker", ""), s.get("heading", ""), *(s.get("paragraphs") or [])]
    return norm("".join(parts))


def headings(doc: dict[str, Any]) -> Counter[tuple[int, str, str]]:
    return Counter((d, norm(s.get("marker")), norm(s.get("heading"))[:6]) for d, s in _walk(doc.get("sections")))


def paragraphs(doc: dict[str, Any]) -> Counter[str]:
    ps = list(doc.get("preamble") or [])
    for _, s in _walk(doc.get("sections")):
        ps += s.get("paragraphs") or []
    return Counter(n for n in map(norm, ps) if n)


def overlap(gold: str, pred: str) -> int:
    """Characters of gold found, in order, in pred."""
    sm = difflib.SequenceMatcher(None, gold, pred, autojunk=False)
    return sum(b.size for b in sm.get_matching_blocks())


def ledger(raw_text: str, doc: dict[str, Any]) -> tuple[int, int]:
    """(accounted, total) non-empty raw lines."""
    removed = {r.get("line") for r in doc.get("removed") or []}
    text = norm(doc.get("text"))
    for r in doc.get("repairs") or []:
        text = text.replace(norm(r.get("after")), norm(r.get("before")))
    total = kept = 0
    for i, line in enumerate(split_lines(raw_text), 1):
        n = norm(line)
        if not n:
            continue
        total += 1
        if i in removed or n in text:
            kept += 1
    return kept, total


@dataclass
class DocScore:
    name: str
    missing: bool
    content_overlap: int
    content_gold: int
    content_pred: int
    headings_matched: int
    headings_pred: int
    headings_gold: int
    paragraphs_matched: int
    paragraphs_pred: int
    paragraphs_gold: int
    title_ok: bool
    truncated_ok: bool
    ledger_kept: int | None = None
    ledger_total: int | None = None

    @property
    def recall(self) -> float:
        return self.content_overlap / max(self.content_gold, 1)

    @property
    def precision(self) -> float:
        return self.content_overlap / max(self.content_pred, 1)


def score_document(name: str, gold: dict[str, Any], pred: dict[str, Any] | None,
                   raw_text: str | None = None) -> DocScore:
    p = pred or {}
    gc, pc = content(gold), norm(p.get("text"))
    h_gold, h_pred = headings(gold), headings(p)
    q_gold, q_pred = paragraphs(gold), paragraphs(p)
    score = DocScore(
        name=name, missing=pred is None,
        content_overlap=overlap(gc, pc) if pc else 0, content_gold=len(gc), content_pred=len(pc),
        headings_matched=sum((h_gold & h_pred).values()), headings_pred=sum(h_pred.values()),
        headings_gold=sum(h_gold.values()),
        paragraphs_matched=sum((q_gold & q_pred).values()), paragraphs_pred=sum(q_pred.values()),
        paragraphs_gold=sum(q_gold.values()),
        title_ok=norm(gold.get("title")) == norm(p.get("title")),
        truncated_ok=bool(gold.get("truncated")) == bool(p.get("truncated")),
    )
    if raw_text is not None and p:
        score.ledger_kept, score.ledger_total = ledger(raw_text, p)
    return score


def _f1(tp: int, pred: int, gold: int) -> float:
    return 0.0 if tp == 0 else 2 * tp / (pred + gold)


def summary(docs: list[DocScore], with_ledger: bool) -> dict[str, Any]:
    """Micro-averages over the documents (the scorer's summary, key for key)."""
    def total(field: str) -> int:
        return sum(getattr(d, field) or 0 for d in docs)

    n = len(docs)
    out: dict[str, Any] = {
        "docs": n, "missing": sum(d.missing for d in docs),
        "content_recall": total("content_overlap") / max(total("content_gold"), 1),
        "content_precision": total("content_overlap") / max(total("content_pred"), 1),
        "heading_f1": _f1(total("headings_matched"), total("headings_pred"), total("headings_gold")),
        "paragraph_f1": _f1(total("paragraphs_matched"), total("paragraphs_pred"), total("paragraphs_gold")),
        "title_acc": sum(d.title_ok for d in docs) / max(n, 1),
        "truncated_acc": sum(d.truncated_ok for d in docs) / max(n, 1),
    }
    if with_ledger:
        out["ledger"] = total("ledger_kept") / max(total("ledger_total"), 1)
    return out


def _raw_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return decode(data, str(path))[0]
    except InputError:  # score what a reader would see rather than refuse
        return data.decode("gb18030", errors="replace")


@dataclass
class Evaluation:
    documents: list[DocScore]
    summary: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        docs = [{**asdict(d), "recall": d.recall, "precision": d.precision} for d in self.documents]
        return {"summary": self.summary, "documents": docs}


def evaluate(gold_dir: Path, pred_path: Path, raw_dir: Path | None = None) -> Evaluation:
    """Score the output at `pred_path` (any format jingwen writes) against every gold file in `gold_dir`."""
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))}
    preds: dict[str, dict[str, Any]] = {}
    for rec in dicts(pred_path):
        preds[Path((rec.get("source") or {}).get("path") or "").stem] = rec
    docs = []
    for name, gold in golds.items():
        raw = None
        if raw_dir is not None:
            found = sorted(raw_dir.glob(name + ".*"))
            raw = _raw_text(found[0]) if found else None
        docs.append(score_document(name, gold, preds.get(name), raw))
    return Evaluation(docs, summary(docs, raw_dir is not None))


def table(ev: Evaluation) -> str:
    """Per-document lines and the summary, for the terminal."""
    width = max([len(d.name) for d in ev.documents] + [8])
    head = (f"{'document':<{width}}  recall  precis  headings (ok/gold/pred)  paragraphs (ok/gold/pred)  "
            "title  trunc  ledger")
    lines = [head, "─" * len(head)]
    for d in ev.documents:
        if d.missing:
            lines.append(f"{d.name:<{width}}  MISSING (no output record)")
            continue
        led = f"{d.ledger_kept}/{d.ledger_total}" if d.ledger_total is not None else "-"
        lines.append(f"{d.name:<{width}}  {d.recall:6.3f}  {d.precision:6.3f}  "
                     f"{f'{d.headings_matched}/{d.headings_gold}/{d.headings_pred}':<23}  "
                     f"{f'{d.paragraphs_matched}/{d.paragraphs_gold}/{d.paragraphs_pred}':<25}  "
                     f"{'ok' if d.title_ok else 'WRONG':<5}  {'ok' if d.truncated_ok else 'WRONG':<5}  {led}")
    lines.append("─" * len(head))
    lines.append("  ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in ev.summary.items()))
    return "\n".join(lines)

"""`jingwen report`: one pass over an output (any format clean writes) into a Summary, the views of
the worst and a sample of the documents beside their raw text, the charts, and the page."""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...output.readback import beside, checked, failures, run_report, size_of
from . import charts, page
from .sources import raw_texts
from .summary import Summary
from .views import view

VIEW_BUDGET = 3_000_000
"""Bytes of document views a report carries at most (the worst first, then the sample): the page
must stay small enough to open, whatever the documents."""
MAX_FAILURE_ROWS = 50


@dataclass(frozen=True)
class Built:
    """What `build` wrote, for the command line to say."""

    target: Path
    documents: int
    views: int
    views_left_out: int
    raw_missing: int
    failures: int
    bytes: int
    seconds: float


def summarise(output: Path, summary: Summary) -> None:
    """Every record of `output` into `summary`, one at a time; a record that is not a document is
    counted and placed, NotOutput when the first is not one (the file is not jingwen's)."""
    for where, rec in checked(output):
        try:
            doc = rec if isinstance(rec, dict) else json.loads(rec)
        except ValueError as e:
            summary.not_document(where, f"not JSON ({e})")
            continue
        if not isinstance(doc, dict) or "schema_version" not in doc or not isinstance(doc.get("stats"), dict):
            summary.not_document(where, "not a document (no schema_version or stats)")
            continue
        summary.add(doc)


def _failures(errors: Path | None, run: dict[str, Any] | None) -> tuple[Counter[str], list[dict[str, Any]]]:
    """Failures by kind and the first rows: from the errors file, else the run report's counts."""
    if errors is not None:
        kinds: Counter[str] = Counter()
        rows = []
        for f in failures(errors):
            kinds[str(f.get("kind"))] += 1
            if len(rows) < MAX_FAILURE_ROWS:
                rows.append(f)
        return kinds, rows
    return Counter((run or {}).get("failures_by_kind") or {}), []


def _views(summary: Summary, raw_root: Path | None, near: Path, text_field: str) -> tuple[list[dict[str, Any]], int]:
    """The views, the worst first, then the sample; (views, how many the budget left out)."""
    chosen: dict[int, tuple[dict[str, Any], list[str]]] = {}
    for index, doc in summary.worst():
        chosen[index] = (doc, ["worst"])
    for index, doc in summary.sample():
        chosen.setdefault(index, (doc, []))[1].append("sample")
    raws = raw_texts([d for d, _ in chosen.values()], raw_root, near, text_field)
    out, used, left_out = [], 0, 0
    for index, (doc, why) in chosen.items():
        v = view(index, doc, raws.get(id(doc)), why)
        size = len(json.dumps(v, ensure_ascii=False).encode("utf-8"))
        if used + size > VIEW_BUDGET and out:
            left_out += 1
            continue
        used += size
        out.append(v)
    return out, left_out


def build(output: Path, target: Path, *, raw_root: Path | None = None, run_report_path: Path | None = None,
          errors_path: Path | None = None, sample: int = 40, worst: int = 20, text_field: str = "text",
          seed: int = 0) -> Built:
    """Write the HTML report of `output` to `target`. The run's errors file and report are found beside
    the output unless named. Raises NotOutput for a file that is not jingwen's, ImportError without
    the [report] extra, OSError for what cannot be read or written."""
    start = time.perf_counter()
    charts.bokeh()  # before the pass: without the extra, fail at once
    if not output.exists():
        raise FileNotFoundError(f"{output}: no such file or folder")
    found = beside(output)
    errors_path = errors_path or found.errors
    run_path = run_report_path or found.run_report
    run = run_report(run_path) if run_path else None

    summary = Summary(worst_n=worst, sample_n=sample, seed=seed)
    summarise(output, summary)
    kinds, rows = _failures(errors_path, run)
    views, left_out = _views(summary, raw_root, output.resolve().parent, text_field)
    missing = [v for v in views if v["raw"] is None]
    notes = []
    if missing:
        reasons = Counter(v["raw_note"] for v in missing)
        why, _ = reasons.most_common(1)[0]
        notes.append(f"{len(missing)} of {len(views)} document views show the clean side only: {why}"
                     + (f" (and {len(reasons) - 1} other reasons)" if len(reasons) > 1 else ""))
    if left_out:
        notes.append(f"{left_out} document views left out to keep the report small ({VIEW_BUDGET / 1e6:.0f} MB of "
                     "views at most); use --sample to choose fewer")
    if summary.not_documents:
        notes.append(f"{summary.not_documents} records of the output are not documents (listed at the end)")
    p = page.Page(output=str(output), summary=summary, output_bytes=size_of(output), failures=kinds,
                  failure_rows=rows, run=run, notes=notes, worst=summary.worst_briefs(), views=views,
                  charts=charts.render(charts.figures(summary, kinds)))
    html = page.render(p).encode("utf-8")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_bytes(html)
    os.replace(tmp, target)
    return Built(target, summary.documents, len(views), left_out, len(missing), sum(kinds.values()), len(html),
                 time.perf_counter() - start)

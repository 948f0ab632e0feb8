"""The run's report: what a batch did, as a table for the terminal and as JSON."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..models import Document


@dataclass(frozen=True, slots=True)
class DocStats:
    """What the report needs of one document: made in the worker, so the parent never parses output."""

    input_bytes: int
    truncated: bool
    site: str | None
    doc_type: str | None
    removed: tuple[tuple[str, int], ...]
    """(rule, lines removed by it)."""
    duplicate: bool = False
    """Marked a duplicate of an earlier document by the run (set in the parent, after the worker)."""

    @classmethod
    def of(cls, doc: Document) -> DocStats:
        return cls(doc.stats.input_bytes, doc.truncated, doc.source.site, doc.doc_type,
                   tuple(Counter(r.rule for r in doc.removed).items()))


@dataclass
class Report:
    documents: int = 0
    failures: int = 0
    failures_by_kind: Counter[str] = field(default_factory=Counter)
    failures_by_stage: Counter[str] = field(default_factory=Counter)
    resumed: int = 0
    """Documents already in the output from an earlier, interrupted run (--resume); not counted above."""
    duplicates: int = 0
    """Documents written with `duplicate_of` set."""
    dropped: int = 0
    """Documents left out of the output by the run's post-processing (duplicates under --dedup drop)."""
    input_bytes: int = 0
    output_bytes: int = 0
    truncated: int = 0
    removed_by_rule: Counter[str] = field(default_factory=Counter)
    removed_by_site: Counter[str] = field(default_factory=Counter)
    doc_types: Counter[str] = field(default_factory=Counter)
    sites: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    workers: int = 0
    interrupted: str | None = None
    """The signal that stopped the run early (SIGINT, SIGTERM), or None for a run that finished."""
    peak_rss_parent: int = 0
    peak_rss_worker: int = 0

    def add(self, doc: DocStats, output_bytes: int = 0, dropped: bool = False) -> None:
        self.documents += 1
        self.dropped += dropped
        self.duplicates += doc.duplicate and not dropped
        self.input_bytes += doc.input_bytes
        self.output_bytes += output_bytes
        self.truncated += doc.truncated
        site = doc.site or "-"
        self.sites[site] += 1
        self.doc_types[doc.doc_type or "-"] += 1
        for rule, n in doc.removed:
            self.removed_by_rule[rule] += n
            self.removed_by_site[site] += n

    def fail(self, kind: str, stage: str = "-") -> None:
        self.failures += 1
        self.failures_by_kind[kind] += 1
        self.failures_by_stage[stage] += 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "failures": self.failures,
            "failures_by_kind": dict(self.failures_by_kind.most_common()),
            "failures_by_stage": dict(self.failures_by_stage.most_common()),
            "resumed": self.resumed,
            "duplicates": self.duplicates,
            "dropped": self.dropped,
            "input_mb": round(self.input_bytes / 1e6, 3),
            "output_mb": round(self.output_bytes / 1e6, 3),
            "truncated": self.truncated,
            "truncated_share": round(self.truncated / self.documents, 4) if self.documents else 0.0,
            "removed_by_rule": dict(self.removed_by_rule.most_common()),
            "removed_by_site": dict(self.removed_by_site.most_common()),
            "sites": dict(self.sites.most_common()),
            "doc_types": dict(self.doc_types.most_common()),
            "seconds": round(self.seconds, 3),
            "docs_per_s": round(self.documents / self.seconds, 2) if self.seconds else None,
            "mb_per_s": round(self.input_bytes / 1e6 / self.seconds, 3) if self.seconds else None,
            "workers": self.workers,
            "interrupted": self.interrupted,
            # 0 where nothing measured it (a Ray run's processes, a platform without getrusage): unknown.
            "peak_rss_mb": {"parent": _mb(self.peak_rss_parent), "worker_max": _mb(self.peak_rss_worker)},
        }

    def rows(self, top: int | None = 8) -> list[tuple[str, str]]:
        """The report as (label, value) rows; `top`: entries shown per counted row (None: all)."""
        d = self.as_dict()
        rows = [
            ("documents", f"{d['documents']}  ({d['failures']} failed)"
             + (f"  + {d['resumed']} from the interrupted run" if d["resumed"] else "")),
            ("input / output", f"{d['input_mb']:.2f} MB / {d['output_mb']:.2f} MB"),
            ("truncated", f"{d['truncated']}  ({d['truncated_share']:.0%})"),
            ("duplicates", f"{d['duplicates']} marked, {d['dropped']} dropped"),
            ("sites", _top(self.sites, top)),
            ("doc types", _top(self.doc_types, top)),
            ("removed by site", _top(self.removed_by_site, top)),
            ("removed by rule", _top(self.removed_by_rule, top)),
            ("wall time", f"{d['seconds']:.2f} s"
             + (f"  ({d['docs_per_s']} docs/s, {d['mb_per_s']} MB/s)" if d["docs_per_s"] else "")),
        ]
        if self.workers:
            rss = d["peak_rss_mb"]
            parent, worker = (f"{v:.0f} MB" if v is not None else "unknown" for v in (rss["parent"], rss["worker_max"]))
            memory = "unknown" if rss["parent"] is rss["worker_max"] is None else \
                f"parent {parent}, largest worker {worker}"
            rows.append(("workers", f"{self.workers}  (peak memory: {memory})"))
        if self.failures_by_kind:
            rows.insert(1, ("failures", _top(self.failures_by_kind, top)))
        if self.interrupted:
            rows.insert(0, ("INTERRUPTED", f"by {self.interrupted}: rerun with --resume to finish"))
        return rows

    def rich_table(self, top: int | None = 8) -> Any:
        """The report as a rich Table (rich is imported only when a report is shown)."""
        from rich.table import Table

        t = Table(show_header=False, box=None, padding=(0, 2, 0, 0))
        t.add_column(style="bold", no_wrap=True)
        t.add_column(overflow="fold")
        for label, value in self.rows(top):
            t.add_row(label, value, style="red" if label in ("INTERRUPTED", "failures") else None)
        return t

    def table(self, top: int | None = 8) -> str:
        """The report as plain text, for a log (no rich: it is not imported for a run without a terminal)."""
        rows = self.rows(top)
        width = max(len(k) for k, _ in rows)
        return "\n".join(f"{k:<{width}}  {v}" for k, v in rows)


def _mb(n: int) -> float | None:
    return round(n / 1e6, 1) if n else None


def _top(c: Counter[str], n: int | None) -> str:
    items = c.most_common(n)
    if not items:
        return "-"
    more = len(c) - len(items)
    return ", ".join(f"{k} {v}" for k, v in items) + (f", … {more} more (-v lists all)" if more > 0 else "")

"""The corpus view's numbers, gathered in one pass over an output: counters, fixed histograms and
bounded selections only, so a million documents take the memory of a few hundred (the documents
kept whole are the worst and a random sample, for their views)."""

from __future__ import annotations

import heapq
import itertools
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

LENGTH_EDGES = (0, 1, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000)
"""Bins of the clean texts' lengths in characters (the last is open): fixed, so the histogram is
counted as the documents stream by."""
SHARE_EDGES = tuple(i / 10 for i in range(11))
"""Bins of the share of each document's characters removed: 0-10 %, …, 90-100 % (and exactly 100 %)."""
MAX_CLUSTERS = 100_000
"""Duplicate clusters counted at most; past it the smallest are forgotten (the largest, which the
report shows, stay: a cluster large enough to show keeps being seen)."""
MAX_PROBLEMS = 20
"""Records that are not documents (and failures) listed by place, at most."""


@dataclass(frozen=True, order=True)
class Brief:
    """What the tables say of one document (a row of the worst documents or of a cluster)."""

    index: int
    """Its place in the output, from 0: what `jingwen show -n` takes."""
    id: str
    title: str
    path: str
    site: str
    input_chars: int
    output_chars: int
    removed_chars: int

    @property
    def lost(self) -> float:
        """The share of its input characters that rules removed."""
        return min(1.0, self.removed_chars / self.input_chars) if self.input_chars else 0.0


@dataclass
class Cluster:
    """The copies of one document: those marked `duplicate_of` its id."""

    first: str
    """The id of the document they copy (the one kept)."""
    exact: int = 0
    near: int = 0
    example: Brief | None = None
    """The first copy met, to name the cluster by."""

    @property
    def size(self) -> int:
        return 1 + self.exact + self.near


_NUMBER = re.compile(r"\d+(?:[.．]\d+)*")
_TAIL = re.compile(r"\s*(?:\(line N\)|at line N|at the end of the input.*)$")


def warning_kind(w: str) -> str:
    """A warning without its particulars (numbers, markers, lines), so that alike ones count together:
    'numbering jumps from 1 to 3 at line 15' → 'numbering jumps from N to N'."""
    words = [("N" if _NUMBER.search(t) or not re.search(r"[A-Za-z]", t) else t)
             for t in _NUMBER.sub("N", w).split()]
    kind = _TAIL.sub("", " ".join(words))
    return kind[:80]


def _brief(index: int, doc: dict[str, Any], removed_chars: int) -> Brief:
    stats, source = doc.get("stats") or {}, doc.get("source") or {}
    return Brief(index, str(doc.get("id", "")), doc.get("title") or "", str(source.get("path", "")),
                 source.get("site") or "-", int(stats.get("input_chars") or 0), int(stats.get("output_chars") or 0),
                 removed_chars)


@dataclass
class Summary:
    """Counted over every document of an output, a document at a time (`add`)."""

    worst_n: int = 20
    sample_n: int = 40
    seed: int = 0
    documents: int = 0
    not_documents: int = 0
    problems: list[str] = field(default_factory=list)
    """Where and why records were not documents (the first MAX_PROBLEMS)."""
    input_bytes: int = 0
    input_chars: int = 0
    output_chars: int = 0
    removed_chars: int = 0
    removed_lines: int = 0
    truncated: int = 0
    empty: int = 0
    exact: int = 0
    near: int = 0
    sites: Counter[str] = field(default_factory=Counter)
    doc_types: Counter[str] = field(default_factory=Counter)
    truncated_by_site: Counter[str] = field(default_factory=Counter)
    rule_lines: Counter[str] = field(default_factory=Counter)
    rule_chars: Counter[str] = field(default_factory=Counter)
    rule_docs: Counter[str] = field(default_factory=Counter)
    repairs: Counter[str] = field(default_factory=Counter)
    warnings: Counter[str] = field(default_factory=Counter)
    lengths: list[int] = field(default_factory=lambda: [0] * len(LENGTH_EDGES))
    shares: list[int] = field(default_factory=lambda: [0] * (len(SHARE_EDGES)))
    clusters: dict[str, Cluster] = field(default_factory=dict)
    clusters_forgotten: bool = False
    _worst: list[tuple[float, int, int, dict[str, Any]]] = field(default_factory=list)
    _sample: list[tuple[int, dict[str, Any]]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    def not_document(self, where: str, why: str) -> None:
        self.not_documents += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(f"{where}: {why}")

    def add(self, doc: dict[str, Any]) -> None:
        """One document (the JSON shape); its index is its place in the output."""
        index = self.documents
        self.documents += 1
        stats, source = doc.get("stats") or {}, doc.get("source") or {}
        site = source.get("site") or "-"
        in_chars, out_chars = int(stats.get("input_chars") or 0), int(stats.get("output_chars") or 0)
        self.input_bytes += int(stats.get("input_bytes") or 0)
        self.input_chars += in_chars
        self.output_chars += out_chars
        self.sites[site] += 1
        self.doc_types[doc.get("doc_type") or "-"] += 1
        if doc.get("truncated"):
            self.truncated += 1
            self.truncated_by_site[site] += 1
        self.empty += out_chars == 0
        removed = 0
        seen_rules = set()
        for r in doc.get("removed") or ():
            rule, n = r.get("rule", "?"), len(r.get("text") or "")
            removed += n
            self.rule_chars[rule] += n
            self.rule_lines[rule] += 1  # a line cut in part counts too, as in the run's report
            seen_rules.add(rule)
        self.rule_docs.update(seen_rules)
        self.removed_chars += removed
        self.removed_lines += int(stats.get("removed_lines") or 0)
        for r in doc.get("repairs") or ():
            self.repairs[r.get("rule", "?")] += 1
        for w in doc.get("warnings") or ():
            self.warnings[warning_kind(str(w))] += 1
        self.lengths[_bin(out_chars, LENGTH_EDGES)] += 1
        lost = min(1.0, removed / in_chars) if in_chars else 0.0
        self.shares[len(SHARE_EDGES) - 1 if lost >= 1.0 else int(lost * 10)] += 1
        if doc.get("duplicate_of"):
            self._copy(index, doc, removed)
        self._select(index, doc, lost, removed)

    def _copy(self, index: int, doc: dict[str, Any], removed: int) -> None:
        first = str(doc["duplicate_of"])
        exact = doc.get("similarity") in (None, 1, 1.0)
        self.exact += exact
        self.near += not exact
        c = self.clusters.get(first)
        if c is None:
            if len(self.clusters) >= MAX_CLUSTERS:
                self._forget()
            c = self.clusters[first] = Cluster(first, example=_brief(index, doc, removed))
        if exact:
            c.exact += 1
        else:
            c.near += 1

    def _forget(self) -> None:
        """Keep the larger half of the clusters: bounded memory, and the largest are those shown."""
        keep = sorted(self.clusters.values(), key=lambda c: c.size, reverse=True)[: MAX_CLUSTERS // 2]
        self.clusters = {c.first: c for c in keep}
        self.clusters_forgotten = True

    def _select(self, index: int, doc: dict[str, Any], lost: float, removed: int) -> None:
        # The worst: a min-heap of the largest shares lost (ties: more characters removed first).
        key = (lost, removed, -index, doc)
        if len(self._worst) < self.worst_n:
            heapq.heappush(self._worst, key)  # type: ignore[arg-type]
        elif self.worst_n and key[:3] > self._worst[0][:3]:
            heapq.heapreplace(self._worst, key)  # type: ignore[arg-type]
        # A uniform sample of the rest (reservoir sampling, seeded: the same output, the same sample).
        if len(self._sample) < self.sample_n:
            self._sample.append((index, doc))
        elif self.sample_n:
            j = self._rng.randrange(index + 1)
            if j < self.sample_n:
                self._sample[j] = (index, doc)

    def worst(self) -> list[tuple[int, dict[str, Any]]]:
        """(index, document) of those that lost the largest share of their text, worst first."""
        return [(-neg, doc) for _, _, neg, doc in sorted(self._worst, key=lambda k: k[:3], reverse=True)]

    def worst_briefs(self) -> list[Brief]:
        out = []
        for _lost, removed, neg, doc in sorted(self._worst, key=lambda k: k[:3], reverse=True):
            out.append(_brief(-neg, doc, removed))
        return out

    def sample(self) -> list[tuple[int, dict[str, Any]]]:
        """(index, document) of the random sample, in output order."""
        return sorted(self._sample, key=lambda x: x[0])

    def largest_clusters(self, n: int = 20) -> list[Cluster]:
        return sorted(self.clusters.values(), key=lambda c: (-c.size, c.first))[:n]


def _bin(value: int, edges: tuple[int, ...]) -> int:
    """The index of the last edge <= value."""
    lo = 0
    for i, e in enumerate(edges):
        if value >= e:
            lo = i
    return lo


def length_labels() -> list[str]:
    def k(n: int) -> str:
        return f"{n // 1000}k" if n >= 1000 else str(n)

    labels = ["0 (empty)"]
    for a, b in itertools.pairwise(LENGTH_EDGES[1:]):
        labels.append(f"{k(a)}–{k(b)}")
    labels.append(f"≥ {k(LENGTH_EDGES[-1])}")
    return labels


def share_labels() -> list[str]:
    return [f"{int(a * 100)}–{int(b * 100)} %" for a, b in itertools.pairwise(SHARE_EDGES)] + ["100 %"]

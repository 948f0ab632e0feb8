"""What travels through a run: a worker's documents on their way to the output (Record), what one
input gave (Outcome), a failure (Failure), what the workers do (Job), and the sinks' interfaces.
Both engines (batch/run.py, ray/) and the writers (output/) share them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from .report import DocStats, Report


@dataclass(frozen=True, slots=True)
class Failure:
    path: str
    stage: str
    kind: str
    message: str


@dataclass(slots=True)
class Record:
    """One document on its way from a worker to the output."""

    id: str
    source: str
    """Its source.path: with the id, what --resume recognises a written document by."""
    input: str
    """The input file it came from."""
    line: str
    """The document as one JSON line, without the newline."""
    stats: DocStats
    record: int | None = None
    """Its record number when the input holds several documents (JSON lines)."""
    content_hash: str | None = None
    sig: bytes | None = None
    """What run-wide duplicate detection needs, made in the worker: the text's hash and signature."""


@dataclass(slots=True)
class Outcome:
    """What one input gave: its documents, or why it failed."""

    path: str
    records: list[Record] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    rss: int = 0
    """Peak memory of the process that made it, in bytes."""


@dataclass(frozen=True)
class Job:
    """What the workers do. All callables must be module-level functions (they are sent by name)."""

    work: Callable[[str], Outcome]
    """One input path → its Outcome; never raises for bad input."""
    init: Callable[..., None] | None = None
    """Run once in each worker process before any input (load rule packs, dictionaries)."""
    init_args: tuple[Any, ...] = ()
    keys: Callable[[str], list[tuple[str, str]] | None] | None = None
    """Cheaply, the (id, source path) of an input's documents, or None when only processing tells:
    lets --resume skip finished inputs without sending them to a worker."""
    timeout: float | None = None
    """Wall-clock seconds one input may take in a worker process (from its start, or from the start
    of its latest record: see batch.watch) before the parent stops that worker and reports the input
    as a `timeout`, plus run.GRACE for `work` to end it by itself. None: no bound."""
    inline_ok: Callable[[str], bool] | None = None
    """Whether an input is safe to process in the runner's own process (nothing that may crash or hang
    it, as a native reader might): a run whose inputs all are, and fit in one batch, starts no pool."""


class Sink(Protocol):
    def open(self, resume: bool = False, on_key: Callable[[str, str, bytes], None] | None = None) -> None: ...
    def write(self, rec: Record) -> int: ...
    def tick(self) -> None: ...
    def commit(self) -> int: ...
    def close(self) -> None: ...


class FailureSink(Protocol):
    def write(self, f: Failure) -> None: ...


Post = Callable[[Record], "Record | None"]
"""A whole-run stage in the parent (e.g. near-duplicate marking): sees every document in output order
before it is written; returns it (changed or not: to change it, parse and re-serialise `line`), or
None to leave it out."""


class RunError(Exception):
    """The run itself cannot go on (not one input's problem): exit status 2."""


def reporter(report: Report, errors: FailureSink | None = None,
             on_failure: Callable[[Failure], None] | None = None) -> Callable[[Failure], None]:
    """What a run does with each failure: count it in the report, write it to the errors file, tell
    the caller (both engines use it)."""

    def fail(f: Failure) -> None:
        report.fail(f.kind, f.stage)
        if errors:
            errors.write(f)
        if on_failure:
            on_failure(f)

    return fail

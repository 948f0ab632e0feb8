"""Many documents: inputs → documents → writer, with a per-file error report. Knows nothing about
Chinese text; one document's processing is pipeline.py's business."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, RulesError
from .models import Document
from .pipeline import DEFAULT, Options
from .read.files import documents
from .report import Report


@dataclass
class Failure:
    path: str
    stage: str
    kind: str
    message: str


def process_path(path: Path, options: Options = DEFAULT) -> tuple[list[Document], list[Failure]]:
    """All documents of one input, or the reason it failed; never raises for bad input. A file of
    many records (JSON lines) keeps its good records beside the failures of its bad ones."""
    try:
        docs: list[Document] = []
        failures: list[Failure] = []
        for item in documents(path, options):
            if isinstance(item, InputError):
                failures.append(Failure(str(path), item.stage, item.kind, item.message))
            else:
                docs.append(item)
        return docs, failures
    except InputError as e:
        return [], [Failure(str(path), e.stage, e.kind, e.message)]
    except RulesError:
        raise
    except Exception as e:  # a bug must not stop a batch: report it against the input
        return [], [Failure(str(path), "pipeline", type(e).__name__, f"{path}: internal error: {e}")]


def run(paths: Iterable[Path], emit: Callable[[Document], int], options: Options = DEFAULT,
        on_failure: Callable[[Failure], None] | None = None,
        post: Callable[[Document], Document | None] | None = None) -> Report:
    """Process every path in order; `emit` writes a document and returns the bytes it wrote.
    `post` sees each document, in order, before it is written (run-wide steps such as
    deduplication): it returns the document to write, or None to leave it out."""
    report = Report()
    start = time.perf_counter()
    for path in paths:
        docs, failures = process_path(path, options)
        for d in docs:
            out = post(d) if post else d
            if out is None:
                report.add(d, dropped=True)
            else:
                report.add(out, emit(out))
        for f in failures:
            report.fail(f.kind)
            if on_failure:
                on_failure(f)
    report.seconds = time.perf_counter() - start
    return report

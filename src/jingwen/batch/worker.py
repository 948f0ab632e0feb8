"""What a worker process does with one input: its documents as JSON lines plus the small stats record
the report needs, or why it failed. The worker composes read → process; the options travel with the
job (rule packs already parsed), once per worker process. Also the parent's side of run-wide
duplicate detection over those records (`dedup_post`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path

from ..dedup.deduper import Deduper, signature
from ..errors import InputError, RulesError
from ..models import Document
from ..options import DEFAULT, Options
from ..output.formats import dumps
from ..pipeline import id_of, process
from ..read import jsonl
from ..read.deadline import Expired, deadline
from ..read.files import fmt_of, raw_of, read_bytes, records, records_from_bytes
from ..read.record import Raw
from . import watch
from .records import Failure, Job, Outcome, Post, Record
from .report import DocStats


def documents(path: Path, options: Options = DEFAULT, name: str | None = None) -> Iterator[Document | InputError]:
    """The documents of one input file (read → process), named `name` (default: the path). A file that
    cannot be processed raises InputError; in a file of many records (JSON lines) a record that cannot
    is yielded as an InputError in its place."""
    where = str(path) if name is None else name
    yield from _processed(records(path, options.text_field, options.id_field, where, options.ocr, options.timeout),
                          where, options)


def documents_from_bytes(data: bytes, path: str, options: Options = DEFAULT) -> Iterator[Document | InputError]:
    """The documents of one input already read (by a data engine), as `documents` gives those of a
    file at `path` holding these bytes."""
    yield from _processed(records_from_bytes(data, path, options.text_field, options.id_field, options.ocr,
                                             options.timeout), path, options)


def _processed(raws: Iterator[Raw | InputError], where: str, options: Options) -> Iterator[Document | InputError]:
    for raw in raws:
        if isinstance(raw, InputError):
            yield raw
        elif raw.fmt == "jsonl":
            watch.beat()  # each record of a file has its own bound
            try:
                yield _bounded(raw, options)
            except InputError as e:
                yield e
            except Exception as e:  # one record's failure must not lose the file's other records
                yield InputError("pipeline", type(e).__name__, f"{where}:{raw.record}: internal error: {e}")
        else:
            yield _bounded(raw, options)


def _bounded(raw: Raw, options: Options) -> Document:
    """process(raw) within options.timeout: the timer interrupts Python code; what never returns to
    Python is the parent's to stop (batch.watch)."""
    if not options.timeout:
        return process(raw, options)
    try:
        with deadline(options.timeout):
            return process(raw, options)
    except Expired:
        where = raw.path
        raise InputError("pipeline", "timeout", f"{where}: processing took over {options.timeout:g} s "
                         "(the bound on one input, --timeout); skipped") from None


def record_document(rec: jsonl.Record, where: str, options: Options = DEFAULT) -> Document:
    """One record of a file (or data set) of many: its document."""
    return process(raw_of(rec, where), options)


def process_path(path: Path, options: Options = DEFAULT, name: str | None = None,
                 ) -> tuple[list[Document], list[Failure]]:
    """All documents of one input, or the reason it failed; never raises for bad input. A file of
    many records (JSON lines) keeps its good records beside the failures of its bad ones."""
    where = str(path) if name is None else name
    return collect(lambda: documents(path, options, where), where)


def collect(items: Callable[[], Iterable[Document | InputError]], where: str,
            ) -> tuple[list[Document], list[Failure]]:
    """The documents `items()` gives and the failures among them (or the one failure it raised),
    reported against the input `where`; never raises for bad input."""
    try:
        docs: list[Document] = []
        failures: list[Failure] = []
        for item in items():
            if isinstance(item, InputError):
                failures.append(Failure(where, item.stage, item.kind, item.message))
            else:
                docs.append(item)
        return docs, failures
    except InputError as e:
        return [], [Failure(where, e.stage, e.kind, e.message)]
    except RulesError:
        raise
    except Exception as e:  # a bug must not stop a batch: report it against the input
        return [], [Failure(where, "pipeline", type(e).__name__, f"{where}: internal error: {e}")]


def record(d: Document, path: str, sign: bool = False) -> Record:
    """A document on its way to the output; `sign`: with its near-duplicate signature."""
    # Near-duplicate signatures are made here, in parallel; the parent only looks them up.
    sig = signature(d.text).tobytes() if sign else None
    return Record(d.id, d.source.path, path, dumps(d), DocStats.of(d), d.source.record, d.content_hash, sig)


def work(path: str, options: Options = DEFAULT, sign: bool = False) -> Outcome:
    docs, failures = process_path(Path(path), options)
    return Outcome(path, [record(d, path, sign) for d in docs], failures)


def keys(path: str) -> list[tuple[str, str]] | None:
    """A .txt input's one document is known without processing it: its id is the hash of the bytes."""
    p = Path(path)
    if fmt_of(p) != "txt":
        return None
    try:
        return [(id_of(read_bytes(p)), str(p))]
    except InputError:
        return None


def inline_ok(path: str) -> bool:
    """A regular file of text or JSON lines is read by Python alone. A PDF or an image goes to a worker
    process, where a crash or a hang of the native reader (or OCR) cannot take the run with it, and so
    does anything that is not a regular file (a FIFO may never end; a folder of page images)."""
    p = Path(path)
    return fmt_of(p) in ("txt", "jsonl") and p.is_file()


def job(options: Options = DEFAULT, sign: bool = False) -> Job:
    """The pipeline as a runner's job: `work` with the options (rule packs parsed) bound, sent to each
    worker process once; `sign`: workers compute near-duplicate signatures."""
    return Job(work=partial(work, options=options, sign=sign), keys=keys, timeout=options.timeout, inline_ok=inline_ok)


def dedup_post(deduper: Deduper) -> Post:
    """Run-wide duplicate detection in the parent, in output order: a duplicate gets `duplicate_of`
    and `similarity` (its JSON line is rewritten, which only duplicates pay for), or is left out
    under --dedup drop."""

    def post(rec: Record) -> Record | None:
        sig = None
        if rec.sig is not None:  # near modes only: numpy stays out of an exact-mode parent (~12 MB)
            import numpy as np

            sig = np.frombuffer(rec.sig, dtype=np.uint32)
        text_hash = rec.content_hash or ""
        found = deduper.find(rec.id, text_hash, sig if sig is not None else (
            lambda: signature(Document.model_validate_json(rec.line).text)))
        if found is None:
            return rec
        if deduper.drop:
            return None
        doc = Document.model_validate_json(rec.line)
        doc = doc.model_copy(update={"duplicate_of": found[0], "similarity": found[1]})
        return dataclasses.replace(rec, line=dumps(doc), stats=dataclasses.replace(rec.stats, duplicate=True))

    return post


def dedup_replay(deduper: Deduper) -> Callable[[bytes], None]:
    """Feed the documents an interrupted run already wrote to the deduper, as `run(replay=…)` wants."""

    def replay(line: bytes) -> None:
        doc = Document.model_validate_json(line)
        deduper.find(doc.id, doc.content_hash or "", lambda: signature(doc.text))

    return replay

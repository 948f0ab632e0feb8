"""What a worker process does with one input: its documents as JSON lines plus the small stats record
the report needs, or why it failed. The pipeline is set up once per process (`init`), not per input.
Also the parent's side of run-wide duplicate detection over those records (`dedup_post`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from pathlib import Path

from ..dedup.deduper import Deduper, signature
from ..errors import InputError, RulesError
from ..models import Document
from ..output.write import dumps
from ..pipeline import DEFAULT, Options, id_of
from ..read.files import documents, fmt_of, read_bytes
from .report import DocStats
from .run import Failure, Job, Outcome, Post, Record

_options: Options = DEFAULT
_sign = False


def init(options: Options, sign: bool = False) -> None:
    global _options, _sign
    _options, _sign = options, sign
    options.packs()  # compile the rule packs now, once per process


def process_path(path: Path, options: Options = DEFAULT) -> tuple[list[Document], list[Failure]]:
    """All documents of one input, or the reason it failed; never raises for bad input. A file of
    many records (JSON lines) keeps its good records beside the failures of its bad ones."""
    return collect(lambda: documents(path, options), str(path))


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


def record(d: Document, path: str) -> Record:
    """A document on its way to the output (`init` says whether it carries its signature)."""
    # Near-duplicate signatures are made here, in parallel; the parent only looks them up.
    sig = signature(d.text).tobytes() if _sign else None
    return Record(d.id, d.source.path, path, dumps(d), DocStats.of(d), d.source.record, d.content_hash, sig)


def work(path: str) -> Outcome:
    docs, failures = process_path(Path(path), _options)
    return Outcome(path, [record(d, path) for d in docs], failures)


def keys(path: str) -> list[tuple[str, str]] | None:
    """A .txt input's one document is known without processing it: its id is the hash of the bytes."""
    p = Path(path)
    if fmt_of(p) != "txt":
        return None
    try:
        return [(id_of(read_bytes(p)), str(p))]
    except InputError:
        return None


def job(options: Options = DEFAULT, sign: bool = False) -> Job:
    """The pipeline as a runner's job; `sign`: workers compute near-duplicate signatures."""
    return Job(work=work, init=init, init_args=(options, sign), keys=keys)


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

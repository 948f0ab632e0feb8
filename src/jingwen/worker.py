"""What a worker process does with one input: its documents as JSON lines plus the small stats record
the report needs, or why it failed. The pipeline is set up once per process (`init`), not per input."""

from __future__ import annotations

from pathlib import Path

from .errors import InputError, RulesError
from .models import Document
from .pipeline import DEFAULT, Options, id_of
from .read.files import documents, fmt_of, read_bytes
from .report import DocStats
from .run import Failure, Job, Outcome, Record
from .write import dumps

_options: Options = DEFAULT


def init(options: Options) -> None:
    global _options
    _options = options
    options.packs()  # compile the rule packs now, once per process


def process_path(path: Path, options: Options = DEFAULT) -> tuple[list[Document], list[Failure]]:
    """All documents of one input, or the reason it failed; never raises for bad input."""
    try:
        return list(documents(path, options)), []
    except InputError as e:
        return [], [Failure(str(path), e.stage, e.kind, e.message)]
    except RulesError:
        raise
    except Exception as e:  # a bug must not stop a batch: report it against the input
        return [], [Failure(str(path), "pipeline", type(e).__name__, f"{path}: internal error: {e}")]


def work(path: str) -> Outcome:
    docs, failures = process_path(Path(path), _options)
    return Outcome(path, [Record(d.id, d.source.path, path, dumps(d), DocStats.of(d), d.source.record)
                          for d in docs], failures)


def keys(path: str) -> list[tuple[str, str]] | None:
    """A .txt input's one document is known without processing it: its id is the hash of the bytes."""
    p = Path(path)
    if fmt_of(p) != "txt":
        return None
    try:
        return [(id_of(read_bytes(p)), str(p))]
    except InputError:
        return None


def job(options: Options = DEFAULT) -> Job:
    return Job(work=work, init=init, init_args=(options,), keys=keys)

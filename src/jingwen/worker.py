"""What a worker process does with one input: its documents as JSON lines plus the small stats record
the report needs, or why it failed. The pipeline is set up once per process (`init`), not per input."""

from __future__ import annotations

from pathlib import Path

from .dedup import Shingles, signature
from .errors import InputError, RulesError
from .models import Document
from .pipeline import DEFAULT, Options, id_of
from .read.files import documents, fmt_of, read_bytes
from .report import DocStats
from .run import Failure, Job, Outcome, Record
from .write import dumps

_options: Options = DEFAULT
_signature: tuple[Shingles, int] | None = None


def init(options: Options, sig: tuple[Shingles, int] | None = None) -> None:
    """Load what every document needs once: rule packs, and the tokenizer and IDF table for keywords.
    `sig`: also compute each document's MinHash signature (shingles, permutations) for near dedup."""
    global _options, _signature
    _options, _signature = options, sig
    options.packs()
    if options.keywords:
        from .enrich import keywords

        keywords("预热分词词典", options.keywords, user_dict=options.user_dict)


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


def _record(d: Document, path: str) -> Record:
    extra: dict[str, object] = {"content_hash": d.content_hash}
    if _signature is not None:
        extra["signature"] = signature(d.text, *_signature)
    return Record(d.id, d.source.path, path, dumps(d), DocStats.of(d), d.source.record, extra)


def work(path: str) -> Outcome:
    docs, failures = process_path(Path(path), _options)
    return Outcome(path, [_record(d, path) for d in docs], failures)


def keys(path: str) -> list[tuple[str, str]] | None:
    """A .txt input's one document is known without processing it: its id is the hash of the bytes."""
    p = Path(path)
    if fmt_of(p) != "txt":
        return None
    try:
        return [(id_of(read_bytes(p)), str(p))]
    except InputError:
        return None


def job(options: Options = DEFAULT, sig: tuple[Shingles, int] | None = None) -> Job:
    return Job(work=work, init=init, init_args=(options, sig), keys=keys)

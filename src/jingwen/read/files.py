"""A path → the documents in it. The only place that opens input files."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..models import Document
from ..pipeline import DEFAULT, Options, process_bytes, process_text
from . import jsonl
from .pdf import read_pdf

MAX_BYTES = 256 * 1024 * 1024
"""Inputs larger than this are refused (a per-file error), so one file cannot exhaust memory.
JSON lines are streamed instead, a record at a time, each at most MAX_RECORD_BYTES."""
MAX_RECORD_BYTES = 32 * 1024 * 1024
MAX_TEXT_BYTES = 64 * 1024 * 1024
"""Text is held several times over while it is cleaned: a .txt input over this is refused (a 50 MB
single line takes about 35 s and 350 MB without keywords; README "Limits")."""


def fmt_of(path: Path) -> str:
    suffix = path.suffix.lower()
    return {".pdf": "pdf", ".jsonl": "jsonl"}.get(suffix, "txt")


def _open(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise InputError("read", "missing", f"{path}: no such file (it may have disappeared)") from None
    except IsADirectoryError:
        raise InputError("read", "not_a_file", f"{path}: is a folder") from None
    except OSError as e:
        raise InputError("read", "unreadable", f"{path}: cannot read: {e.strerror or e}") from None


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise _too_large(str(path), size, limit)
    except OSError:
        pass  # _open says what is wrong
    with _open(path) as f:
        try:
            return f.read(limit + 1)
        except OSError as e:
            raise InputError("read", "unreadable", f"{path}: cannot read: {e.strerror or e}") from None


def _too_large(where: str, size: int, limit: int) -> InputError:
    return InputError("read", "too_large", f"{where}: {size} bytes is over the {limit}-byte limit")


def documents(path: Path, options: Options = DEFAULT) -> Iterator[Document | InputError]:
    """The documents of one input file. A file that cannot be processed raises InputError; in a
    file of many records (JSON lines) a record that cannot is yielded as an InputError in its place."""
    fmt = fmt_of(path)
    if fmt == "jsonl":
        yield from _jsonl_documents(path, options)
        return
    yield _document(read_bytes(path, _limit(fmt)), str(path), fmt, options)


def _limit(fmt: str) -> int:
    return MAX_TEXT_BYTES if fmt == "txt" else MAX_BYTES


def documents_from_bytes(data: bytes, path: str, options: Options = DEFAULT) -> Iterator[Document | InputError]:
    """The documents of one input already read (by a data engine), as `documents` gives those of a
    file at `path` holding these bytes."""
    fmt = fmt_of(Path(path))
    if fmt == "jsonl":
        yield from _jsonl_stream(io.BytesIO(data), path, options)
        return
    if len(data) > _limit(fmt):
        raise _too_large(path, len(data), _limit(fmt))
    yield _document(data, path, fmt, options)


def _document(data: bytes, path: str, fmt: str, options: Options) -> Document:
    if not data.strip():
        raise InputError("read", "empty", f"{path}: empty file")
    if fmt == "pdf":
        return read_pdf(data, path, options)
    return process_bytes(data, path, options)


def _lines(f: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """A binary file's lines; None for a line longer than `limit` bytes, skipped without holding it."""
    while line := f.readline(limit + 1):
        if len(line) > limit:
            while (more := f.readline(limit)) and not more.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _jsonl_documents(path: Path, options: Options) -> Iterator[Document | InputError]:
    with _open(path) as f:
        try:
            yield from _jsonl_stream(f, str(path), options)
        except OSError as e:
            raise InputError("read", "unreadable", f"{path}: cannot read: {e.strerror or e}") from None


def _jsonl_stream(f: BinaryIO, path: str, options: Options) -> Iterator[Document | InputError]:
    found = False
    for rec in jsonl.records(_lines(f, MAX_RECORD_BYTES), path, options.text_field, options.id_field,
                             MAX_RECORD_BYTES):
        found = True
        if isinstance(rec, InputError):
            yield rec
            continue
        try:
            yield record_document(rec, path, options)
        except Exception as e:  # one record's failure must not lose the file's other records
            yield InputError("pipeline", type(e).__name__, f"{path}:{rec.number}: internal error: {e}")
    if not found:
        raise InputError("read", "empty", f"{path}: no records")


def record_document(rec: jsonl.Record, where: str, options: Options = DEFAULT) -> Document:
    """One record of a file (or data set) of many: its document."""
    return process_text(rec.text, path=f"{where}#{rec.number}", data=rec.raw, fmt="jsonl", options=options,
                        doc_id=rec.id, record=rec.number, source_meta=rec.meta)

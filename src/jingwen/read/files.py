"""A path → the documents in it. The only place that opens input files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..models import Document
from ..pipeline import DEFAULT, Options, process_bytes

MAX_BYTES = 64 * 1024 * 1024
"""Inputs larger than this are refused (a per-file error), so one file cannot exhaust memory: a
64 MB single line takes about 10 s and 450 MB (README "Limits")."""


def fmt_of(path: Path) -> str:
    suffix = path.suffix.lower()
    return {".pdf": "pdf", ".jsonl": "jsonl"}.get(suffix, "txt")


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError("read", "too_large", f"{path}: {size} bytes is over the {limit}-byte limit")
        with path.open("rb") as f:
            return f.read(limit + 1)
    except FileNotFoundError:
        raise InputError("read", "missing", f"{path}: no such file (it may have disappeared)") from None
    except IsADirectoryError:
        raise InputError("read", "not_a_file", f"{path}: is a folder") from None
    except OSError as e:
        raise InputError("read", "unreadable", f"{path}: cannot read: {e.strerror or e}") from None


def documents(path: Path, options: Options = DEFAULT) -> Iterator[Document]:
    """The documents of one input file; an InputError for a file that cannot be processed."""
    fmt = fmt_of(path)
    if fmt == "txt":
        data = read_bytes(path)
        if not data.strip():
            raise InputError("read", "empty", f"{path}: empty file")
        yield process_bytes(data, str(path), options)
    else:
        raise InputError("read", "unsupported", f"{path}: .{fmt} input is not supported yet")

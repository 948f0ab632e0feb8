"""Reading jingwen's output back, whatever its format: JSON lines (plain, .gz, .zst), Parquet, or a
folder of .json files. Used by `validate` and by --resume over a finished output."""

from __future__ import annotations

import gzip
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ..models import Document
from .formats import format_of


def _format(path: Path) -> str:
    if path.is_dir() and path.suffix.lower() == ".parquet":
        return "parquet"  # a sharded Parquet output (jingwen.ray)
    return format_of(str(path))


def dir_files(root: Path) -> Iterator[Path]:
    """The documents of a per-file output folder, in path order; hidden files (temporaries) skipped."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.endswith(".json") and not name.startswith("."):
                yield Path(dirpath) / name


def _open_lines(path: Path, fmt: str) -> IO[bytes]:
    if fmt == "gz":
        return gzip.open(path, "rb")
    if fmt == "zst":
        import zstandard

        reader = zstandard.ZstdDecompressor().stream_reader(path.open("rb"), read_across_frames=True,
                                                                closefd=True)
        return io.BufferedReader(reader)  # type: ignore[arg-type]
    return path.open("rb")


def records(path: Path) -> Iterator[tuple[str, bytes | dict[str, Any]]]:
    """(where, record): a JSON line's bytes ("out.jsonl:12"), a .json file's bytes, or a Parquet row as a
    dict. A truncated or corrupt file raises (OSError, EOFError, ValueError) where it breaks."""
    fmt = _format(path)
    if fmt == "dir":
        for f in dir_files(path):
            yield str(f), f.read_bytes()
    elif path.suffix == ".json":  # one document, maybe pretty-printed
        yield str(path), path.read_bytes()
    elif fmt == "parquet":
        from .parquet import rows

        for i, row in enumerate(rows(path), 1):
            yield f"{path}:row {i}", row
    else:
        with _open_lines(path, fmt) as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    yield f"{path}:{n}", line.rstrip(b"\r\n")


def lines(path: Path) -> Iterator[bytes]:
    """Each document of an output as the JSON line jingwen writes (with its newline); a record that is
    not a valid document is left out."""
    for _, rec in records(path):
        if isinstance(rec, dict):
            try:
                yield Document.model_validate(rec).model_dump_json().encode("utf-8") + b"\n"
            except ValueError:
                continue
        else:
            yield rec.strip() + b"\n"

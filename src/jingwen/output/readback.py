"""Reading jingwen's output back, whatever its format: JSON lines (plain, .gz, .zst), Parquet, or a
folder of .json files, and the run's files beside it (the errors file, the --report JSON). The one
reader of outputs: `show`, `validate`, `eval`, `report` and --resume over a finished output all go
through it."""

from __future__ import annotations

import gzip
import io
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..models import Document
from .formats import errors_path_for, format_of, run_report_path_for


class NotOutput(ValueError):
    """The file is not jingwen output (not JSON lines, or records that are not documents)."""


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


def _head(rec: bytes | dict[str, Any]) -> str | None:
    """Why a first record is not a jingwen document's, or None when it looks like one."""
    if isinstance(rec, dict):
        return None if "schema_version" in rec else "its first record has no schema_version"
    try:
        obj = json.loads(rec)
    except ValueError:
        # A document's line starts with its schema_version: a torn or corrupt line still shows it.
        if rec.lstrip().startswith(b"{") and b'"schema_version"' in rec[:200]:
            return None
        return "its first record is not JSON"
    if not isinstance(obj, dict) or "schema_version" not in obj:
        return "its first record is not a document (no schema_version)"
    return None


def checked(path: Path) -> Iterator[tuple[str, bytes | dict[str, Any]]]:
    """`records(path)`, having first made sure the file is jingwen output: NotOutput, with one
    sentence saying why, when its first record is not a document."""
    it = records(path)
    try:
        first = next(it)
    except StopIteration:
        return
    why = _head(first[1])
    if why is not None:
        raise NotOutput(f"{path} is not jingwen output: {why}")
    yield first
    yield from it


def is_output(path: Path) -> bool:
    """Whether `path` holds jingwen output (as opposed to an input to clean): a compressed or Parquet
    file, a folder, or JSON lines whose first record is a document."""
    fmt = _format(path)
    if fmt in ("dir", "gz", "zst", "parquet"):
        return True
    if path.suffix.lower() not in (".json", ".jsonl"):
        return False
    try:
        first = next(records(path), None)
    except (OSError, ValueError):
        return False
    return first is not None and _head(first[1]) is None


def document(rec: bytes | dict[str, Any]) -> Document:
    """One record of an output as a Document (a ValueError when it is not a valid one)."""
    return Document.model_validate(rec) if isinstance(rec, dict) else Document.model_validate_json(rec)


def document_at(path: Path, index: int) -> Document:
    """The output's document number `index` (from 0); an IndexError saying how many there are."""
    n = 0
    for n, (_, rec) in enumerate(checked(path), 1):
        if n - 1 == index:
            return document(rec)
    held = f"holds {n} document{'s' if n != 1 else ''}"
    raise IndexError(f"{path} {held}: -n goes from 0 to {n - 1}" if n else f"{path} holds no document")


def dicts(path: Path) -> Iterator[dict[str, Any]]:
    """Each record of an output as a plain dict (the JSON shape), valid or not."""
    for _, rec in checked(path):
        yield rec if isinstance(rec, dict) else json.loads(rec)


def size_of(path: Path) -> int:
    """An output's bytes on disk: the file, or every file under a per-file or sharded folder."""
    if not path.is_dir():
        return path.stat().st_size
    return sum(os.path.getsize(os.path.join(d, n)) for d, _, names in os.walk(path) for n in names)


@dataclass(frozen=True)
class Beside:
    """The files a run leaves beside its output, where they exist."""

    errors: Path | None
    """The errors file (clean's default name: out.errors.jsonl), one failed input a line."""
    run_report: Path | None
    """The run's --report JSON, when it was written as out.report.json."""


def beside(path: Path) -> Beside:
    def found(p: Path | None) -> Path | None:
        return p if p is not None and p.is_file() else None

    return Beside(found(errors_path_for(str(path))), found(run_report_path_for(str(path))))


def failures(path: Path) -> Iterator[dict[str, Any]]:
    """The records of an errors file ({path, stage, kind, message}); a line that is not one is skipped."""
    with path.open("rb") as f:
        for line in f:
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if isinstance(rec, dict) and "kind" in rec:
                yield rec


def run_report(path: Path) -> dict[str, Any]:
    """A run's --report JSON; a ValueError when it is not one."""
    data = json.loads(path.read_bytes())
    if not isinstance(data, dict) or "documents" not in data:
        raise ValueError(f"{path} is not a run report of jingwen clean --report (no 'documents')")
    return data

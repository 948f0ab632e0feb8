"""A path → the raw records in it (read/record.py): one for a .txt, .pdf or image file, one a line for
JSON lines, one for a folder of a document's page images. The only place that opens input files;
what becomes of a record is the caller's business (batch/worker.py composes read → process)."""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from . import jsonl
from .images import SUFFIXES as IMAGE_SUFFIXES
from .images import page_files
from .ocr import Mode
from .record import Raw
from .text import decode_text

MAX_BYTES = 256 * 1024 * 1024
"""Inputs larger than this are refused (a per-file error), so one file cannot exhaust memory.
JSON lines are streamed instead, a record at a time, each at most MAX_RECORD_BYTES."""
MAX_RECORD_BYTES = 32 * 1024 * 1024
MAX_TEXT_BYTES = 64 * 1024 * 1024
"""Text is held several times over while it is cleaned: a .txt input over this is refused (a 50 MB
single line takes about 35 s and 350 MB without keywords; README "Limits")."""


def fmt_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        return "image"
    return {".pdf": "pdf", ".jsonl": "jsonl"}.get(suffix, "txt")


_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def _not_regular(mode: int, where: str) -> InputError | None:
    """Only regular files are read: opening a FIFO waits for a writer forever, a device never ends."""
    if stat.S_ISREG(mode):
        return None
    what = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    return InputError("read", "not_a_file", f"{where}: is {what}, not a regular file; skipped")


def _open(path: Path, where: str | None = None) -> BinaryIO:
    where = str(path) if where is None else where
    try:
        if (bad := _not_regular(os.stat(path).st_mode, where)) is not None:
            raise bad
        # O_NONBLOCK: should a FIFO take the file's place after the check, opening it does not wait
        # for a writer (the check below then refuses it); for a regular file the flag changes nothing.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise InputError("read", "missing", f"{where}: no such file (it may have disappeared)") from None
    except OSError as e:
        raise InputError("read", "unreadable", f"{where}: cannot read: {e.strerror or e}") from None
    try:
        if (bad := _not_regular(os.fstat(fd).st_mode, where)) is not None:
            raise bad
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bytes(path: Path, limit: int = MAX_BYTES, where: str | None = None) -> bytes:
    where = str(path) if where is None else where
    try:
        size = path.stat().st_size
        if size > limit:
            raise _too_large(where, size, limit)
    except OSError:
        pass  # _open says what is wrong
    with _open(path, where) as f:
        try:
            return f.read(limit + 1)
        except OSError as e:
            raise InputError("read", "unreadable", f"{where}: cannot read: {e.strerror or e}") from None


def _too_large(where: str, size: int, limit: int) -> InputError:
    return InputError("read", "too_large", f"{where}: {size} bytes is over the {limit}-byte limit")


def records(path: Path, text_field: str = "text", id_field: str | None = None,
            name: str | None = None, ocr: Mode = "auto", seconds: float | None = None) -> Iterator[Raw | InputError]:
    """The raw records of one input file, named `name` (default: the path). A file that cannot be read
    raises InputError; in a file of many records (JSON lines) a record that cannot be read is
    yielded as an InputError in its place. A folder is one document made of the page images in it
    (the runner hands over folders only under --pages-as-document). `ocr`: when to read pages by OCR;
    `seconds`: a bound on the OCR of one input."""
    where = str(path) if name is None else name
    if path.is_dir():
        yield _page_folder(path, where, ocr, seconds)
        return
    fmt = fmt_of(path)
    if fmt == "jsonl":
        yield from _jsonl_records(path, where, text_field, id_field)
        return
    yield _raw(read_bytes(path, _limit(fmt), where), where, fmt, ocr, seconds)


def _page_folder(folder: Path, where: str, ocr: Mode, seconds: float | None) -> Raw:
    from .images import read_images

    files = page_files(folder)
    if not files:
        raise InputError("read", "empty", f"{where}: no page images ({', '.join(IMAGE_SUFFIXES)}) in this folder")

    def pages() -> Iterator[tuple[str, bytes]]:
        total = 0
        for f in files:
            name = f"{where}/{f.name}"
            data = read_bytes(f, MAX_BYTES, name)
            total += len(data)
            if total > MAX_BYTES:
                raise _too_large(where, total, MAX_BYTES)
            yield name, data

    return read_images(pages(), where, ocr, seconds)


def _limit(fmt: str) -> int:
    return MAX_TEXT_BYTES if fmt == "txt" else MAX_BYTES


def records_from_bytes(data: bytes, path: str, text_field: str = "text", id_field: str | None = None,
                       ocr: Mode = "auto", seconds: float | None = None) -> Iterator[Raw | InputError]:
    """The raw records of one input already read (by a data engine), as `records` gives those of a
    file at `path` holding these bytes."""
    fmt = fmt_of(Path(path))
    if fmt == "jsonl":
        yield from _jsonl_stream(io.BytesIO(data), path, text_field, id_field)
        return
    if len(data) > _limit(fmt):
        raise _too_large(path, len(data), _limit(fmt))
    yield _raw(data, path, fmt, ocr, seconds)


def _raw(data: bytes, path: str, fmt: str, ocr: Mode = "auto", seconds: float | None = None) -> Raw:
    if not data.strip():
        raise InputError("read", "empty", f"{path}: empty file")
    if fmt == "pdf":
        from .pdf import read_pdf  # on demand: pypdfium2 and the layout code cost ~40 ms to import

        return read_pdf(data, path, ocr=ocr, ocr_seconds=seconds)
    if fmt == "image":
        from .images import read_images

        return read_images([(path, data)], path, ocr, seconds)
    got = decode_text(data, path)
    return Raw(got.text, path, data, got.encoding, warnings=got.warnings)


def _lines(f: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """A binary file's lines; None for a line longer than `limit` bytes, skipped without holding it."""
    while line := f.readline(limit + 1):
        if len(line) > limit:
            while (more := f.readline(limit)) and not more.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _jsonl_records(path: Path, where: str, text_field: str, id_field: str | None) -> Iterator[Raw | InputError]:
    with _open(path, where) as f:
        try:
            yield from _jsonl_stream(f, where, text_field, id_field)
        except OSError as e:
            raise InputError("read", "unreadable", f"{where}: cannot read: {e.strerror or e}") from None


def _jsonl_stream(f: BinaryIO, path: str, text_field: str, id_field: str | None) -> Iterator[Raw | InputError]:
    found = False
    for rec in jsonl.records(_lines(f, MAX_RECORD_BYTES), path, text_field, id_field, MAX_RECORD_BYTES):
        found = True
        yield rec if isinstance(rec, InputError) else raw_of(rec, path)
    if not found:
        raise InputError("read", "empty", f"{path}: no records")


def raw_of(rec: jsonl.Record, where: str) -> Raw:
    """One record of a file (or data set) of many, as a raw record."""
    return Raw(rec.text, f"{where}#{rec.number}", rec.raw, fmt="jsonl", doc_id=rec.id, record=rec.number,
               meta=rec.meta, warnings=list(rec.warnings))

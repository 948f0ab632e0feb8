"""The raw text a document came from, for its view: found at `source.path` (or under --raw-root where
the inputs moved), read by the same reader the run used, split into the lines its ledger numbers."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...errors import InputError
from ...read import jsonl
from ...read.files import raw_of, records
from ...read.record import Raw
from ...read.text import split_lines, without_surrogates


@dataclass(frozen=True)
class RawText:
    lines: list[str] | None
    """The input's lines, numbered from 1 as the ledger numbers them; None when they are not to be had."""
    note: str | None = None
    """Why there are no lines, or what to mind about them (the file changed since the run)."""


def _file_and_record(source: dict[str, Any]) -> tuple[str, int | None]:
    """source.path names the input file, and for JSON lines the record after a '#'."""
    path = str(source.get("path", ""))
    record = source.get("record")
    if source.get("format") == "jsonl" and record is not None and path.endswith(f"#{record}"):
        return path[: -len(f"#{record}")], int(record)
    return path, None


def locate(path: str, raw_root: Path | None, near: Path | None = None) -> Path | None:
    """The input file as named in the output: under `raw_root`, the longest tail of the path that
    exists there (inputs moved or copied elsewhere); else the path itself, or, when it is relative
    (to the folder the run was started in), under the output's folder or one of its parents."""
    p = Path(path)
    if raw_root is not None:
        parts = [x for x in p.parts if x not in (p.anchor, "")]
        for i in range(len(parts)):
            candidate = raw_root.joinpath(*parts[i:])
            if candidate.is_file():
                return candidate
        return None
    if p.is_file():
        return p
    if near is not None and not p.is_absolute():
        for folder in (near, *near.parents):
            if (folder / p).is_file():
                return folder / p
    return None


def raw_texts(docs: Iterable[dict[str, Any]], raw_root: Path | None, near: Path | None = None,
              text_field: str = "text") -> dict[int, RawText]:
    """The raw text of each document, keyed by id(doc): each input file is read once, however many of
    the documents came from it (a JSON lines file is read up to its last record needed)."""
    by_file: dict[str, list[tuple[int | None, dict[str, Any]]]] = defaultdict(list)
    for doc in docs:
        file, record = _file_and_record(doc.get("source") or {})
        by_file[file].append((record, doc))
    out: dict[int, RawText] = {}
    for file, wanted in by_file.items():
        found = locate(file, raw_root, near)
        if found is None:
            where = f"under --raw-root {raw_root}" if raw_root else "(inputs moved? give --raw-root DIR)"
            note = f"raw file not found: {file} {where}"
            for _, doc in wanted:
                out[id(doc)] = RawText(None, note)
            continue
        out.update(_read(found, wanted, text_field))
    return out


def _read(path: Path, wanted: list[tuple[int | None, dict[str, Any]]], text_field: str) -> dict[int, RawText]:
    by_record: dict[int | None, list[dict[str, Any]]] = defaultdict(list)  # a file may be given twice
    for rec, doc in wanted:
        by_record[rec].append(doc)
    last = max((r for r in by_record if r is not None), default=None)
    out: dict[int, RawText] = {}
    try:
        raws = _records(path, set(by_record), text_field) if last is not None else records(path)
        for raw in raws:
            if isinstance(raw, InputError):
                continue
            for doc in by_record.get(raw.record, ()):
                out[id(doc)] = _checked(raw.text, raw.data, doc, path)
            if raw.record is None or raw.record == last:
                break
    except InputError as e:
        for _, doc in wanted:
            out[id(doc)] = RawText(None, f"raw file unreadable: {e}")
        return out
    for _, doc in wanted:
        out.setdefault(id(doc), RawText(None, f"record not found in {path}"))
    return out


def _records(path: Path, wanted: set[int | None], text_field: str) -> Iterator[Raw | InputError]:
    """The wanted records of a JSON lines file, numbered as its reader numbers them; only those are
    parsed, so a view's record deep in a large file costs a read of the lines before it, no more."""
    last = max(n for n in wanted if n is not None)
    try:
        with path.open("rb") as f:
            for number, line in enumerate(f, 1):
                if number in wanted:
                    try:
                        line = line.removeprefix(b"\xef\xbb\xbf") if number == 1 else line
                        yield raw_of(jsonl.parse(line, number, str(path), text_field), str(path))
                    except InputError as e:
                        yield e
                if number >= last:
                    return
    except OSError as e:
        raise InputError("read", "unreadable", f"{path}: cannot read: {e.strerror or e}") from None


def _checked(text: str, data: bytes | None, doc: dict[str, Any], path: Path) -> RawText:
    """The lines, with a note when the input is not the one the run read (its sha256 differs)."""
    want = (doc.get("source") or {}).get("sha256")
    got = hashlib.sha256(data if data is not None else text.encode("utf-8")).hexdigest()
    note = None if not want or want == got else \
        f"{path} has changed since the run (sha256 differs): its lines may not be the ones the ledger numbers"
    return RawText(split_lines(without_surrogates(text)[0]), note)  # as the pipeline split it

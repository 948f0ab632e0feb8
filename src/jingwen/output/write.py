"""Output writers (the edge). Nothing partial ever carries the output's name:

- `-o FILE` writes plain JSON lines to `.FILE.part` beside FILE, whole lines only, and when the
  run completes encodes it into place (gzip, zstd, Parquet; plain JSON lines are just renamed).
  The part file is what `--resume` continues from, the same way for every format.
- `-o DIR/` writes one `.json` file per document, each to a temporary name and renamed.
- `-o -` writes to stdout.

The errors file is written the same way: `.NAME.part`, renamed when the run ends.
"""

from __future__ import annotations

import contextlib
import glob
import gzip
import hashlib
import json
import os
import re
import shutil
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO

from ..batch.inputs import SUFFIXES
from ..batch.records import Failure, Record
from ..batch.resume import key_of_line
from ..errors import InputError
from .formats import format_of

OnKey = Callable[[str, str, bytes], None]
"""Told of each document already in the output: its id, its source path, its JSON line."""


class OutputError(Exception):
    """The output cannot be written at all (a missing optional package, a folder in the way, another
    run holding it): the run fails before it starts."""




def own_files(target: str, errors: Path | None) -> Callable[[Path], bool]:
    """Whether an input path is one of this run's own outputs (the output, its part file, the errors
    file, anything in an output folder), so a second run over the same folder does not eat them."""
    fmt = format_of(target)
    names: set[str] = set()
    folder = None
    if fmt == "dir":
        folder = os.path.abspath(target) + os.sep
    elif fmt != "stdout":
        t = Path(target)
        names |= {os.path.abspath(t), os.path.abspath(t.with_name(f".{t.name}.part"))}
    if errors:
        names |= {os.path.abspath(errors), os.path.abspath(errors.with_name(f".{errors.name}.part"))}

    def is_own(path: Path) -> bool:
        p = os.path.abspath(path)
        return p in names or (folder is not None and p.startswith(folder))

    return is_own


def _roots(inputs: list[str]) -> Iterator[str]:
    """What the inputs name before any folder is walked: each path as given, each glob's matches."""
    for item in inputs:
        if os.path.lexists(item) or not glob.has_magic(item):
            yield item
        else:
            yield from glob.iglob(item, recursive=True)


def _inside(path: str, folder: str) -> bool:
    return path.startswith(folder.rstrip(os.sep) + os.sep)


def _ours(path: str) -> bool:
    """An existing file is a jingwen output (documents or failures) or empty: a run may replace it."""
    try:
        with open(path, "rb") as f:
            head = f.readline(1 << 16)
    except OSError:
        return False
    if not head.strip():
        return True
    try:
        first = json.loads(head)
    except ValueError:
        return False
    return isinstance(first, dict) and ("schema_version" in first or set(first) == {"path", "stage", "kind",
                                                                                      "message"})


def clash(inputs: list[str], target: str, errors: Path | None) -> str | None:
    """Why writing `target` (and its part file, and the errors file) would overwrite or swallow an
    input, or None. Checked on resolved paths before anything is opened for writing: an output that
    is an input, an output folder that is or lies inside an input folder, an input inside the output
    folder. An output file inside an input folder is allowed (the listing skips the run's own files,
    see own_files) unless a file that is not jingwen's already stands there and would be read."""
    fmt = format_of(target)
    files: list[Path] = []
    folder = None
    if fmt == "dir":
        folder = os.path.realpath(target)
    elif fmt != "stdout":
        t = Path(target)
        files += [t, t.with_name(f".{t.name}.part")]
    if errors:
        files += [errors, errors.with_name(f".{errors.name}.part")]
    outs = [(str(f), os.path.realpath(f)) for f in files]
    for given in _roots(inputs):
        real = os.path.realpath(given)
        is_dir = os.path.isdir(real)
        for shown, out in outs:
            if out == real:
                return f"the output {shown} is the input {given}"
            if is_dir and _inside(out, real) and os.path.isfile(out) and out.lower().endswith(SUFFIXES) \
                    and not _ours(out):
                return f"the output {shown} would overwrite a file of the input folder {given}"
        if folder is not None:
            if folder == real or (is_dir and _inside(folder, real)):
                return f"the output folder {target} is or lies inside the input folder {given}"
            if _inside(real, folder):
                return f"the input {given} lies inside the output folder {target}"
    return None


def open_output(target: str, base: str | None = None) -> LinesFile | PerFile | Stdout:
    """The sink `target` names; `base`: the inputs' common folder, which per-file names are relative to."""
    fmt = format_of(target)
    if fmt == "stdout":
        return Stdout()
    if fmt == "dir":
        return PerFile(Path(target), base)
    return LinesFile(Path(target), fmt)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _lock(fd: int, path: Path) -> None:
    try:
        import fcntl
    except ImportError:  # not POSIX: go without the guard
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise OutputError(f"{path}: another jingwen run is writing this output") from None


class LinesFile:
    """One file of JSON lines (plain, .gz, .zst) or Parquet, staged in `.NAME.part`."""

    FLUSH_BYTES = 1 << 20
    FLUSH_SECONDS = 1.0

    def __init__(self, target: Path, fmt: str = "jsonl") -> None:
        self.target = target
        self.fmt = fmt
        self.part = target.with_name(f".{target.name}.part")
        self._fd: int | None = None
        self._buf: list[bytes] = []
        self._buffered = 0
        self._flushed_at = time.monotonic()
        self.written = 0

    def open(self, resume: bool = False, on_key: OnKey | None = None) -> None:
        """Start writing. With `resume`, keep the complete lines of the part file an interrupted run left
        (or, when there is none, of the finished output) and report each one's (id, path) to `on_key`."""
        _require(self.fmt)
        if self.target.is_dir():
            raise OutputError(f"{self.target}: is a folder (write -o {self.target}/ for one file per document)")
        self.target.parent.mkdir(parents=True, exist_ok=True)
        had_part = self.part.exists()
        fd = os.open(self.part, os.O_RDWR | os.O_CREAT, 0o644)
        _lock(fd, self.target)
        self._fd = fd
        end = 0
        if resume and had_part:
            end = _scan_complete(fd, on_key)
        os.ftruncate(fd, end)
        os.lseek(fd, end, os.SEEK_SET)
        if resume and not had_part and self.target.exists():
            from .readback import lines  # the finished output, in whatever format it has

            for line in lines(self.target):
                k = key_of_line(line)
                if k is not None:
                    if on_key:
                        on_key(*k, line)
                    self._put(line)
            self.flush()

    def _put(self, data: bytes) -> None:
        self._buf.append(data)
        self._buffered += len(data)
        if self._buffered >= self.FLUSH_BYTES:
            self.flush()

    def write(self, rec: Record) -> int:
        data = rec.line.encode("utf-8") + b"\n"
        self._put(data)
        self.written += len(data)
        return len(data)

    def tick(self) -> None:
        if self._buf and time.monotonic() - self._flushed_at >= self.FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        # Whole lines in one write: a run killed at any moment leaves at most the last line short,
        # and --resume drops it.
        if self._buf and self._fd is not None:
            _write_all(self._fd, b"".join(self._buf))
        self._buf.clear()
        self._buffered = 0
        self._flushed_at = time.monotonic()

    def commit(self) -> int:
        """The run is complete: put the output in place under its name; returns its size in bytes."""
        assert self._fd is not None
        self.flush()
        os.fsync(self._fd)
        if self.fmt == "jsonl":
            os.replace(self.part, self.target)
        else:
            tmp = self.target.with_name(f".{self.target.name}.tmp")
            _ENCODERS[self.fmt](self.part, tmp)
            os.replace(tmp, self.target)
            self.part.unlink()
        os.close(self._fd)
        self._fd = None
        return self.target.stat().st_size

    def close(self) -> None:
        """The run did not complete: keep what is written in the part file for --resume."""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                self.flush()
            os.close(self._fd)
            self._fd = None


def _scan_complete(fd: int, on_key: OnKey | None) -> int:
    """Offset just past the last complete document line of the file; reports each document's key."""
    os.lseek(fd, 0, os.SEEK_SET)
    end = 0
    rest = b""
    with os.fdopen(os.dup(fd), "rb") as f:
        while chunk := f.read(1 << 20):
            rest += chunk
            *complete, rest = rest.split(b"\n")
            for line in complete:
                k = key_of_line(line)
                if k is None:  # not a whole document: everything from here on is redone
                    return end
                if on_key:
                    on_key(*k, line)
                end += len(line) + 1
    return end


def _gzip(src: Path, dst: Path) -> None:
    with src.open("rb") as fin, dst.open("wb") as raw, \
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=6, mtime=0) as fout:
        shutil.copyfileobj(fin, fout, 1 << 20)  # mtime=0: the same input gives the same bytes


def _zstd(src: Path, dst: Path) -> None:
    import zstandard

    with src.open("rb") as fin, dst.open("wb") as fout:
        zstandard.ZstdCompressor(level=3).copy_stream(fin, fout, size=src.stat().st_size)


def _parquet(src: Path, dst: Path) -> None:
    from .parquet import jsonl_to_parquet

    jsonl_to_parquet(src, dst)


_ENCODERS: dict[str, Callable[[Path, Path], None]] = {"gz": _gzip, "zst": _zstd, "parquet": _parquet}
_EXTRAS = {"zst": ("zstandard", "zstd"), "parquet": ("pyarrow", "parquet")}


def _require(fmt: str) -> None:
    if fmt in _EXTRAS:
        module, extra = _EXTRAS[fmt]
        try:
            __import__(module)
        except ImportError:
            raise OutputError(f".{fmt} output needs {module}, the [{extra}] extra: in jingwen's folder, "
                              f"pip install '.[{extra}]'") from None


class Stdout:
    """`-o -`: JSON lines to stdout as they come (nothing to resume)."""

    def __init__(self, stream: IO[bytes] | None = None) -> None:
        self._out = stream or sys.stdout.buffer
        self.written = 0

    def open(self, resume: bool = False, on_key: OnKey | None = None) -> None:
        if resume:
            raise OutputError("--resume needs an output file or folder, not stdout")

    def write(self, rec: Record) -> int:
        data = rec.line.encode("utf-8") + b"\n"
        self._out.write(data)
        self.written += len(data)
        return len(data)

    def tick(self) -> None:
        self._out.flush()

    def commit(self) -> int:
        self._out.flush()
        return self.written

    def close(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self._out.flush()


def safe_relpath(path: str) -> PurePosixPath:
    """An input path as a relative path that stays inside the output folder: no root or drive, no
    `..` (it becomes `__`), either slash a separator (names from a Windows crawl)."""
    parts = []
    for part in re.split(r"[/\\]+", path):
        if part in ("", "."):
            continue
        parts.append("__" if part == ".." else part.replace("\0", "_"))
    if parts and re.fullmatch(r"[A-Za-z]:", parts[0]):
        parts[0] = parts[0][0]
    return PurePosixPath(*parts) if parts else PurePosixPath("_")


def _safe_name(s: str) -> str:
    return re.sub(r"[/\\\0]", "_", s).lstrip(".") or "_"


MAX_STEM_BYTES = 200
"""A file name's stem is cut to this many UTF-8 bytes: file systems allow 255 a name, and the
collision tag, `.json` and the temporary name's dot and `.tmp` need the rest (100 Chinese
characters of a record id are 300 bytes)."""


def _cut(stem: str) -> str:
    data = stem.encode("utf-8", "surrogatepass")
    return stem if len(data) <= MAX_STEM_BYTES else data[:MAX_STEM_BYTES].decode("utf-8", "ignore")


def _name_key(rel: PurePosixPath) -> str:
    """Two names one file system may take for the same file: compared NFC and case-folded, on every
    system alike, so that the names a run chooses do not depend on where it runs."""
    return unicodedata.normalize("NFC", rel.as_posix()).casefold()


class PerFile:
    """`-o DIR/`: one `.json` file per document at `DIR/<input path>.json`, mirroring the input tree;
    a document from a multi-record input (JSON lines) at `DIR/<input path>/<id>.json`.

    Names are unique within a run by construction: a document whose name another one already took
    (a repeated record id; ids that differ only in case, or in characters a file name cannot hold,
    or after their first 100 characters; two inputs whose paths map to one name) gets `~` and 8 hex
    digits of the hash of its source path and id before `.json` (and `-2`, `-3` … should that be
    taken too). The first document keeps the plain name, so in ordered mode the names are the same
    for an interrupted and resumed run as for one run: --resume takes the names already there.
    With `base` (the inputs' common folder) the input path is taken relative to it, so absolute
    inputs do not nest the whole of their path in DIR."""

    def __init__(self, root: Path, base: str | None = None) -> None:
        self.root = root
        self.base = base
        self.written = 0
        self._taken: set[str] = set()

    def open(self, resume: bool = False, on_key: OnKey | None = None) -> None:
        if self.root.exists() and not self.root.is_dir():
            raise OutputError(f"{self.root}: exists and is not a folder")
        self.root.mkdir(parents=True, exist_ok=True)
        if resume:
            from .readback import dir_files

            for f in dir_files(self.root):
                with f.open("rb") as fh:
                    line = fh.readline().rstrip(b"\n")
                k = key_of_line(line)
                if k is not None:
                    self._taken.add(_name_key(PurePosixPath(f.relative_to(self.root).as_posix())))
                    if on_key:
                        on_key(*k, line)

    def _relative(self, path: str) -> str:
        if self.base is None:
            return path
        rel = os.path.relpath(os.path.abspath(path), self.base)
        return path if rel.startswith(os.pardir) else rel  # outside the base: as given (made safe below)

    def path_for(self, rec: Record) -> Path:
        """Where `rec` goes (its name is taken: call once per document)."""
        rel = safe_relpath(self._relative(rec.input))
        rel = rel / f"{_cut(_safe_name(rec.id))}.json" if rec.record is not None else \
            rel.with_name(_cut(rel.name) + ".json")
        if _name_key(rel) in self._taken:
            stem = rel.name.removesuffix(".json")
            tag = hashlib.sha256(f"{rec.source}\0{rec.id}".encode("utf-8", "replace")).hexdigest()[:8]
            n = 1
            while _name_key(rel) in self._taken:
                rel = rel.with_name(f"{stem}~{tag}{'' if n == 1 else f'-{n}'}.json")
                n += 1
        self._taken.add(_name_key(rel))
        return self.root / rel

    def write(self, rec: Record) -> int:
        out = self.path_for(rec)
        data = rec.line.encode("utf-8") + b"\n"
        tmp = out.with_name(f".{out.name}.tmp")
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(data)
            os.replace(tmp, out)
        except OSError as e:  # this document's name cannot be written (too long, a file in the way, ...)
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise InputError("write", "unwritable", f"{rec.input}: cannot write {out}: {e.strerror or e}") from None
        self.written += len(data)
        return len(data)

    def tick(self) -> None:
        pass

    def commit(self) -> int:
        return self.written

    def close(self) -> None:
        pass


class ErrorLog:
    """The errors file: one JSON line per failed input (path, stage, kind, message). Written only when
    there is an error: a run without one leaves no errors file (and removes an earlier run's)."""

    def __init__(self, target: Path | None) -> None:
        self.target = target
        self.part = target.with_name(f".{target.name}.part") if target else None
        self._f: IO[str] | None = None
        self._opened = False

    def open(self) -> None:
        """Start the run's errors; the file itself is created by the first error."""
        self._opened = True

    def write(self, f: Failure) -> None:
        if self._f is None and self._opened and self.target and self.part:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            self._f = self.part.open("w", encoding="utf-8")
        if self._f:
            self._f.write(json.dumps({"path": f.path, "stage": f.stage, "kind": f.kind, "message": f.message},
                                     ensure_ascii=False) + "\n")
            self._f.flush()

    def commit(self) -> None:
        """Written whether or not the run completed: it lists the failures of the inputs it reached."""
        if self._f and self.part and self.target:
            self._f.close()
            self._f = None
            os.replace(self.part, self.target)
        elif self._opened and self.target:
            with contextlib.suppress(OSError):  # an earlier run's, now out of date (if there is one)
                self.target.unlink()
        self._opened = False

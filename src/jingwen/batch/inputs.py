"""Input paths → the files to read: files as given, folders searched recursively, globs. Lazy, so a
folder of half a million files is never listed in memory, and safe against symlink loops."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path

SUFFIXES = (".txt", ".pdf", ".jsonl")


def _walk(root: Path) -> Iterator[Path]:
    seen: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        try:
            st = os.stat(dirpath)
        except OSError:
            dirnames[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:  # a symlink loop or a second link to a folder already walked
            dirnames[:] = []
            continue
        seen.add(key)
        dirnames.sort()
        for name in sorted(filenames):
            if name.lower().endswith(SUFFIXES):
                yield Path(dirpath) / name


def expand(inputs: list[str]) -> Iterator[Path]:
    """Each input: a file (any suffix), a folder (its .txt/.pdf/.jsonl files, recursively) or a glob."""
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            yield from _walk(p)
        elif p.exists() or not glob.has_magic(item):
            yield p
        else:
            for match in sorted(glob.iglob(item, recursive=True)):
                m = Path(match)
                yield from (_walk(m) if m.is_dir() else (m,))

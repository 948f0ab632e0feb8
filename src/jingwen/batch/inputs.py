"""Input paths → the files to read: files as given, folders searched recursively, globs. Lazy, so a
folder of half a million files is never listed in memory, and safe against symlink loops. Under
--pages-as-document (`pages`), a folder holding page images is one input: a document of its pages."""

from __future__ import annotations

import glob
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from ..read.images import SUFFIXES as IMAGES

SUFFIXES = (".txt", ".pdf", ".jsonl", *IMAGES)
_OTHERS = (".txt", ".pdf", ".jsonl")


def _walk(root: Path, pages: bool = False) -> Iterator[Path]:
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
        if pages and any(n.lower().endswith(IMAGES) and not n.startswith(".") for n in filenames):
            yield Path(dirpath)  # one document of its page images; its other inputs as usual
            wanted: tuple[str, ...] = _OTHERS
        else:
            wanted = SUFFIXES
        for name in sorted(filenames):
            if name.lower().endswith(wanted):
                yield Path(dirpath) / name


def expand(inputs: list[str], pages: bool = False) -> Iterator[Path]:
    """Each input: a file (any suffix), a folder (its .txt/.pdf/.jsonl and image files, recursively) or
    a glob. `pages` (--pages-as-document): a folder holding page images is one input, not its images."""
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            yield from _walk(p, pages)
        elif p.exists() or not glob.has_magic(item):
            yield p
        else:
            for match in sorted(glob.iglob(item, recursive=True)):
                m = Path(match)
                yield from (_walk(m, pages) if m.is_dir() else (m,))


def _holds_images(folder: Path) -> bool:
    try:
        return any(e.is_file() and e.name.lower().endswith(IMAGES) for e in os.scandir(folder))
    except OSError:
        return False


def _fixed_part(pattern: str) -> Path:
    """The folder a glob searches from: its components before the first one with a wildcard."""
    parts: list[str] = []
    for part in Path(pattern).parts:
        if glob.has_magic(part):
            break
        parts.append(part)
    return Path(*parts) if parts else Path(".")


def common_root(inputs: list[str], pages: bool = False) -> str:
    """The folder the command line's inputs share: a folder counts as itself, a file as its folder,
    a glob as the folder it searches. Per-file outputs are named relative to it. `pages`: a folder of
    page images is a document, so it counts as a file does."""
    roots = []
    for item in inputs:
        p = Path(item)
        if p.is_dir() and not (pages and _holds_images(p)):
            roots.append(os.path.abspath(p))
        elif p.exists() or not glob.has_magic(item):
            roots.append(os.path.dirname(os.path.abspath(p)))
        else:
            roots.append(os.path.abspath(_fixed_part(item)))
    return os.path.commonpath(roots) if roots else os.getcwd()


def _no_input_in(folder: Path) -> str:
    others: Counter[str] = Counter()
    for i, (_, _, names) in enumerate(os.walk(folder, followlinks=True)):
        others.update(Path(n).suffix.lower() or "(no extension)" for n in names if not n.startswith("."))
        if i > 10_000:  # enough to name what is there
            break
    found = ", ".join(f"{n} {s}" for s, n in others.most_common(3)) if others else "no files"
    ext = next((s for s, _ in others.most_common() if s.startswith(".")), ".md")
    looked = ", ".join(SUFFIXES)
    return (f"{folder}: no {looked} file in this folder or below (found: {found}). To clean other files, "
            f"name them or a glob: jingwen clean '{folder}/**/*{ext}' (read as text)")


def problems(inputs: list[str]) -> list[str]:
    """What is wrong with the command line's inputs, one sentence each, found before the run starts:
    a path that does not exist, a glob that matches nothing, a folder with none of the files a
    folder is searched for."""
    out = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            if next(_walk(p), None) is None:
                out.append(_no_input_in(p))
        elif p.exists():
            continue
        elif not glob.has_magic(item):
            out.append(f"{item}: no such file or folder")
        elif next(glob.iglob(item, recursive=True), None) is None:
            out.append(f"{item}: no file matches this pattern")
        elif next(expand([item]), None) is None:
            out.append(f"{item}: matches only folders with no {', '.join(SUFFIXES)} file in them")
    return out

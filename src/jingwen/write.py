"""Output writers (the edge): JSON lines written to a temporary name and renamed when complete, so
an interrupted run never leaves a truncated line behind."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import IO

from .models import Document


def dumps(doc: Document) -> str:
    return doc.model_dump_json(exclude_none=False)


class JsonlWriter:
    """`-` writes to stdout; any other path is written atomically (temp file + rename)."""

    def __init__(self, target: str) -> None:
        self.target = target
        self._tmp: str | None = None
        self._f: IO[str]
        if target == "-":
            self._f = sys.stdout
        else:
            out = Path(target)
            out.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
            self._f = os.fdopen(fd, "w", encoding="utf-8")

    def write(self, doc: Document) -> int:
        line = dumps(doc) + "\n"
        self._f.write(line)
        return len(line.encode("utf-8"))

    def close(self, ok: bool = True) -> None:
        if self._tmp is None:
            self._f.flush()
            return
        self._f.close()
        if ok:
            os.replace(self._tmp, self.target)
        else:
            os.unlink(self._tmp)
        self._tmp = None

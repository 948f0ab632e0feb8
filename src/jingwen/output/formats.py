"""Which output format a target names, and a document's serialisation as one JSON line; shared by
the writers (write.py) and the readers of outputs (readback.py)."""

from __future__ import annotations

import os
from pathlib import Path

from ..models import Document


def dumps(doc: Document) -> str:
    return doc.model_dump_json(exclude_none=False)


def format_of(target: str) -> str:
    """The output format a target names: dir, stdout, gz, zst, parquet or jsonl (the default)."""
    if target == "-":
        return "stdout"
    if target.endswith(("/", os.sep)) or Path(target).is_dir():
        return "dir"
    name = target.lower()
    for suffix, fmt in ((".gz", "gz"), (".zst", "zst"), (".zstd", "zst"), (".parquet", "parquet")):
        if name.endswith(suffix):
            return fmt
    return "jsonl"

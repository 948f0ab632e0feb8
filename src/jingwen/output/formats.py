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


def _named_after(target: str, suffix: str) -> Path | None:
    """A file beside an output, named after it: out.jsonl.gz → out{suffix}; None for stdout."""
    fmt = format_of(target)
    if fmt == "stdout":
        return None
    p = Path(target.rstrip("/" + os.sep) if fmt == "dir" else target)
    name = p.name
    for ext in (".gz", ".zst", ".zstd", ".parquet", ".jsonl", ".json"):
        name = name.removesuffix(ext)
    return p.with_name(f"{name or 'out'}{suffix}")


def errors_path_for(target: str) -> Path | None:
    """The default errors file: beside the output, named after it (out.jsonl.gz → out.errors.jsonl)."""
    return _named_after(target, ".errors.jsonl")


def run_report_path_for(target: str) -> Path | None:
    """Where `jingwen report` looks for the run's --report JSON: beside the output, out.report.json."""
    return _named_after(target, ".report.json")

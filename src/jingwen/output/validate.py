"""Check an output file against the schema: every record through the pydantic model."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from ..models import Document
from .readback import records


@dataclass(frozen=True)
class Problem:
    where: str
    """file:line, file:row N, or the file of a per-file folder."""
    error: str


def check(path: Path) -> Iterator[Problem | None]:
    """None for each valid record, a Problem for each invalid one; a file that cannot be read to its
    end (truncated, corrupt) ends with a Problem saying so."""
    where = str(path)
    try:
        for where, rec in records(path):
            try:
                if isinstance(rec, dict):
                    Document.model_validate(rec)
                else:
                    Document.model_validate_json(rec)
                yield None
            except ValidationError as e:
                yield Problem(where, str(e))
    except Exception as e:  # gzip, zstd and pyarrow each raise their own kinds for a broken file
        yield Problem(f"{path} (after {where})", f"cannot read further: {type(e).__name__}: {e}")

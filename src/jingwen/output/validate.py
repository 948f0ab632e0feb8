"""Check an output file against the schema: every record through the pydantic model."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .readback import NotOutput, checked, document


@dataclass(frozen=True)
class Problem:
    where: str
    """file:line, file:row N, or the file of a per-file folder."""
    field: str
    """The field's path in the document (sections[0].heading), or "" for the record as a whole."""
    reason: str
    """One line, without pydantic's documentation links."""

    def __str__(self) -> str:
        return f"{self.where}: {self.field}: {self.reason}" if self.field else f"{self.where}: {self.reason}"


def _path(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _reason(err: dict[str, Any]) -> str:
    if err["type"] == "json_invalid":
        return f"not JSON ({err.get('ctx', {}).get('error', err['msg'])})"
    return str(err["msg"]).splitlines()[0]


def problems(where: str, e: ValidationError) -> list[Problem]:
    """A validation error as one Problem per field: its place, its path and a one-line reason."""
    return [Problem(where, _path(tuple(err["loc"])), _reason(dict(err))) for err in e.errors(include_url=False)]


def check(path: Path) -> Iterator[list[Problem]]:
    """For each record, its problems (an empty list for a valid one); a file that cannot be read to
    its end (truncated, corrupt) ends with a Problem saying so. NotOutput (from the reader) when the
    file is not jingwen output at all."""
    where = str(path)
    try:
        for where, rec in checked(path):
            try:
                document(rec)
                yield []
            except ValidationError as e:
                yield problems(where, e)
    except NotOutput:
        raise
    except Exception as e:  # gzip, zstd and pyarrow each raise their own kinds for a broken file
        yield [Problem(f"{path} (after {where})", "", f"cannot read further: {type(e).__name__}: {e}")]

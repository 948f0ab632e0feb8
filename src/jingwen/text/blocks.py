"""Blocks: a paragraph (or a heading line) and the input lines it came from, and how two wrapped
pieces of one are joined."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .markers import Marker

# A wrap between Latin words stood for a space; one inside a number (12|3) did not.
SPACED = re.compile(r"(?:[A-Za-z][A-Za-z0-9]|[0-9,.;:!?)][A-Za-z]|[A-Za-z][(])$")
# An equation's number "(1)", "（2.3）": with the equation, never a marker (segmentation uses it too).
EQUATION_NUMBER = re.compile(r"[（(]\d{1,3}(?:[.-]\d{1,3})?[)）]")


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph (or a heading line) and the input lines it came from."""

    text: str
    line: int
    last: int
    marker: bool
    mk: Marker | None = None
    """The marker that opens the block, when segmentation has read it (at offset mk_at)."""
    mk_at: int = 0
    alone: bool = False
    """A line its reader knows stands alone (a table's row): content as it is, never a heading."""


def join(a: str, b: str) -> str:
    """Join two wrapped pieces: a space between Latin words, nothing between CJK characters."""
    if a and b and SPACED.search(a[-1] + b[0]) and not a.endswith("-"):
        return a + " " + b
    return a + b

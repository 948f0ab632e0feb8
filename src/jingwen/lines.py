"""The values the text stages pass along: numbered lines and what was done to them."""

from __future__ import annotations

from dataclasses import dataclass, field

from .models import Removal, Repair


@dataclass(frozen=True, slots=True)
class Line:
    """One input line as it stands after the stages so far.

    `no` is the 1-based input line number (the ledger's key); `brk` says a removed page marker or
    running header stood right before it, so reflow may rejoin across it.
    """

    no: int
    text: str
    brk: bool = False


@dataclass(slots=True)
class Cleaned:
    """The output of boilerplate removal: the content lines and the ledger of what went."""

    lines: list[Line]
    removed: list[Removal] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    site: str | None = None
    pages_declared: int | None = None
    pages_seen: int | None = None
    truncation: list[str] = field(default_factory=list)
    """Why the site's own text says the document is a cut-off preview (empty: it does not)."""
    trailer_cut: bool = False
    """A trailer or footer followed the content (so a mid-sentence end there is a preview cut)."""

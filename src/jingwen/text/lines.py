"""The values the text stages pass along: numbered lines and what was done to them."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from ..models import Removal, Repair
from .doctypes import ends_with_type


@dataclass(frozen=True, slots=True)
class Line:
    """One input line as it stands after the stages so far.

    `no` is the 1-based input line number (the ledger's key); `brk` says a removed page marker or
    running header stood right before it, so reflow may rejoin across it; `alone` says the reader
    knows it for a paragraph of its own (a table row), so reflow joins nothing to it.
    """

    no: int
    text: str
    brk: bool = False
    alone: bool = False


@dataclass(frozen=True, slots=True)
class PageMap:
    """What a paged input's reader knows about its text (the PDF reader): where each page begins,
    and the lines it already took for page furniture by their position on the page.

    `starts` holds the 1-based line number of each page's first line, one per page in order (an
    empty page starts where the next one does). `furniture` are removals the reader made (running
    headers, footers, page numbers found by position and repetition), each naming its rule; the
    rules engine treats them as removed page breaks. `alone` are lines the reader knows stand
    alone (table rows): reflow keeps each a paragraph of its own.
    """

    starts: tuple[int, ...]
    furniture: tuple[Removal, ...] = ()
    alone: frozenset[int] = frozenset()
    """1-based lines that are paragraphs of their own (table rows)."""

    def page_of(self, line: int) -> int:
        """The 1-based page holding 1-based `line`."""
        return max(bisect_right(self.starts, line), 1)


@dataclass(slots=True)
class Cleaned:
    """The output of boilerplate removal: the content lines and the ledger of what went."""

    lines: list[Line]
    removed: list[Removal] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    site: str | None = None
    site_evidence: str | None = None
    """What decided `site`: "path", "content" or "option"."""
    pages_declared: int | None = None
    pages_seen: int | None = None
    truncation: list[str] = field(default_factory=list)
    """Why the site's own text says the document is a cut-off preview (empty: it does not)."""
    trailer_cut: bool = False
    """A trailer or footer followed the content (so a mid-sentence end there is a preview cut)."""


def unspaced(s: str) -> str:
    """The text without its blanks (to compare lines however they were spaced: 目　　录, 第一章　总　　则)."""
    return "".join(s.split())


def in_order(s: str, text: str) -> bool:
    """Every character of `s` stands in `text`, in the same order (others may stand between them)."""
    it = iter(text)
    return all(c in it for c in s)


PAGE_TITLE_RULE = "generic.page_title"
"""The rule id of the site's page title above the document's own title (the rules take a post's
headline over its byline; the title stage takes the rest)."""
QUESTION_RULE = "generic.chrome.question"
"""The rule id of a question page's question and rows: the page's, and no title (the rules take
them; the title stage names none for the page)."""
MASTHEAD_RULE = "generic.chrome.masthead"
"""The rule id of a site's masthead above its menu (who runs it, its hotline): no page title, so the
title stage does not take the site's name for the document's."""

SUBJECT_MAX = 20
"""A subject's name is no longer than this."""
_SUBJECT_NEXT = frozenset("，,（(：:是为")


def names_subject(name: str, opening: str) -> bool:
    """`name` is the subject `opening`, a sentence, opens on, and no more: an encyclopedia entry's
    title over its first sentence (永济桥 / 永济桥，位于…, 永济桥是…)."""
    return (2 <= len(name) <= SUBJECT_MAX and len(opening) > len(name) and opening.startswith(name)
            and opening[len(name)] in _SUBJECT_NEXT)


_ROLE_AFTER = re.compile(r"\s*(?:编著|主编|编|著|撰|译|整理|等)(?![\u4e00-\u9fff])")
"""A name with its role after it (…厂史编写组　编): who made the document, not what it is called."""


def names_whole(name: str, holder: str, opening: bool = False) -> bool:
    """`holder`, a line of the site's, names `name` whole: set off by marks on both sides (【分享】X ·
    …, …_X_…, A / B / X), or, where `opening` (a page title), at its start (X原文及赏析｜…,
    X_360百科), and not as who made it (X　编). Both without blanks: the site's spacing differs from the author's."""
    at = holder.find(name)
    while at >= 0:
        end = at + len(name)
        # (not a field's value, 审理法院：X: a site's record names its issuer, not its title)
        before = at == 0 or not (holder[at - 1].isalnum() or holder[at - 1] in "：:") or (
            holder[at - 1] in "：:" and ends_with_type(holder[:at - 1]))  # (…党课讲稿：X: the kind, then its title)
        after = end == len(holder) or not holder[end].isalnum()
        if ((before and after and len(name) >= 4) or (opening and at == 0)) and not _ROLE_AFTER.match(holder, end):
            return len(holder) > len(name)
        at = holder.find(name, at + 1)
    return False


def lines_matching(pattern: re.Pattern[str], joined: str) -> set[int]:
    """Indexes of the lines of `joined` (lines joined by "\n") where `pattern` matches, for a
    pattern that never spans a line break (with ^ and $ at line ends, compile it MULTILINE): one
    search of the document per matching line instead of a search per line. A match inside a line
    is a match in the joined text at the same place, so no line is missed."""
    out: set[int] = set()
    line = pos = 0
    m = pattern.search(joined)
    while m is not None:
        line += joined.count("\n", pos, m.start())
        out.add(line)
        nxt = joined.find("\n", m.start())
        if nxt < 0:
            break
        pos, line = nxt + 1, line + 1
        m = pattern.search(joined, pos)
    return out


def lines_without(chars: str, joined: str) -> set[int]:
    """Indexes of the lines of `joined` (lines joined by "\n") holding none of `chars` (a regex
    character-class body): found as lines_matching finds lines, by a pattern of the whole line, so
    one scan of the document finds the few where a search per line would test the many."""
    return lines_matching(_lacking(chars), joined)


@lru_cache(maxsize=16)
def _lacking(chars: str) -> re.Pattern[str]:
    return re.compile(f"^[^{chars}\n]*$", re.MULTILINE)


def drop_lines(lines: list[Line], drop: dict[int, str]) -> tuple[list[Line], list[Removal]]:
    """`lines` without those at the indexes `drop` names, each recorded under its rule; the line
    after a removed one may rejoin the paragraph before it, as across a page break (`brk`)."""
    out: list[Line] = []
    removals: list[Removal] = []
    brk = False
    for i, ln in enumerate(lines):
        rule = drop.get(i)
        if rule is not None:
            removals.append(Removal(line=ln.no, rule=rule, text=ln.text.strip()))
            brk = True
            continue
        if brk and ln.text.strip():
            ln = Line(ln.no, ln.text, True, ln.alone)
            brk = False
        out.append(ln)
    return out, removals

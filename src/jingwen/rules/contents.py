"""A page's generated table of contents: a widget the site builds from the article's own headings
(本文目录 / 一、… / 二、…, above the text or in a column under it). The document's own contents
list (目录 over its chapters) is the document's and stays; what marks the widget is its head
naming the page (本文、文章、本页), and its entries being the headings the text has elsewhere."""

from __future__ import annotations

import re

CONTENTS_RULE = "generic.page_contents"

_HEAD = re.compile(r"^[^\w]{0,3}(?:本文|文章|本页|页面|全文|内容)(?:目录|导航|大纲)[^\w]{0,3}$")
# an entry's furniture: markdown heading marks, bullets, the box lines a column draws around it
_FURNITURE = re.compile(r"^[\s#>*•·▪▸►▶◆◇●○■□│┃├└┌|-]+")
_ENTRY_MAX = 40
_ENTRIES_MIN = 2
_SENTENCE_END = "。；！？;!?"


def _norm(s: str) -> str:
    return "".join(_FURNITURE.sub("", s).split())


def page_contents(stripped: list[str]) -> set[int]:
    """Indexes of the lines of a page's contents widget: its head and its entries, each a short line
    met again elsewhere in the text as a heading (a line of its own, or its number left out)."""
    joined = "\n".join(stripped)
    if "目录" not in joined and "导航" not in joined and "大纲" not in joined:
        return set()  # (one search in C spares the loop nearly every document)
    heads = [i for i, s in enumerate(stripped) if s and len(s) <= 12 and _HEAD.match(s)]
    if not heads:
        return set()
    norms = [_norm(s) if s and len(s) <= 2 * _ENTRY_MAX else "" for s in stripped]
    out: set[int] = set()
    for h in heads:
        # The entries run while each is met again (a preview may stop before the later headings: the
        # widget's last entries, unmet, then stay); the column's box lines go with them.
        lines, entries, k = [h], 0, h + 1
        while k < len(stripped):
            s = stripped[k]
            if s:
                if not norms[k] and len(s) <= 3:
                    lines.append(k)
                elif len(s) <= _ENTRY_MAX and s[-1] not in _SENTENCE_END and _met(norms, k, h):
                    lines.append(k)
                    entries += 1
                else:
                    break
            k += 1
        if entries >= _ENTRIES_MIN:
            out.update(lines)
    return out


def _met(norms: list[str], k: int, head: int) -> bool:
    """Entry k is met outside the widget (its head and the entries above it): the same line, or one
    that ends with it (the heading's number left out of the entry)."""
    n = norms[k]
    return any(o == n or (len(n) >= 4 and o.endswith(n)) for j, o in enumerate(norms) if o and not head <= j <= k)

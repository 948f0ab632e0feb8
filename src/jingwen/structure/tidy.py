"""Formatting residue around a title (markdown heading marks, bold marks). The marks are recorded
as a partial removal of the title's line, so the ledger still accounts for the original line."""

from __future__ import annotations

import re

from ..models import Removal

_MARKUP = re.compile(r"^(#{1,6}\s+|\*\*)(?P<t>.+?)(\*\*)?$")
RULE = "format.markdown_title"


def tidy_title(text: str, line: int) -> tuple[str, Removal | None]:
    s = title = text.strip()
    # Marks may be stacked ("**# 标题"): strip until none is left, so a cleaned title stays clean.
    while (m := _MARKUP.match(title)) and (inner := m.group("t").strip().strip("*").strip()) != title:
        title = inner
    if title == s:
        return s, None
    marks = s.replace(title, " ", 1).split()
    return title, Removal(line=line, rule=RULE, text=" ".join(marks), partial=True)

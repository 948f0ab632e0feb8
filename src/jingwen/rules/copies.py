"""Second copies of the text inside one scrape: a teaser of the opening printed above the full
text (a search snippet, a page description, a preview shown twice), and a document pasted twice.
One complete copy stays; the other is removed whole (`generic.duplicate_copy`).

Lines are compared on their letters and digits alone (NFKC, no blanks, no punctuation: a snippet
often has half-width commas where the text has full-width ones), by the share of a line's
character 6-grams found in the other copy.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

RULE = "generic.duplicate_copy"
_N = 6
_TEASER_MIN = 30
"""A teaser is a line of at least this many letters: shorter lines repeat for other reasons."""
_HEAD = 8
"""A teaser stands among the first lines with text."""
_SHARE = 0.8


def _letters(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", s) if ch.isalnum())


def _grams(s: str) -> set[str]:
    return {s[i:i + _N] for i in range(len(s) - _N + 1)}


def _share(grams: set[str], other: set[str]) -> float:
    return len(grams & other) / len(grams) if grams else 0.0


def find_copies(texts: Sequence[str]) -> set[int]:
    """Indexes (into `texts`, one document's stripped lines) of lines that are a second copy."""
    letters = [_letters(t) for t in texts]
    idx = [k for k, s in enumerate(letters) if s]
    if len(idx) < 3:
        return set()
    out = _teasers(letters, idx)
    out |= _pasted_twice(letters, [k for k in idx if k not in out])
    return out


def _teasers(letters: list[str], idx: list[int]) -> set[int]:
    """Long lines near the top whose text the lines right after them begin again, and hold (longer)."""
    out: set[int] = set()
    for pos, k in enumerate(idx[:_HEAD]):
        if len(letters[k]) < _TEASER_MIN:
            continue
        rest = "".join(letters[j] for j in idx[pos + 1:])
        if len(rest) < len(letters[k]):
            continue
        # The full copy starts right after the teaser: its opening is in the next lines.
        soon = "".join(letters[j] for j in idx[pos + 1:pos + 4])
        opens = any(letters[k][a:a + 12] in soon for a in range(0, min(40, len(letters[k]) - 12)))
        if opens and _share(_grams(letters[k]), _grams(rest)) >= _SHARE:
            out.add(k)
    return out


def _pasted_twice(letters: list[str], idx: list[int]) -> set[int]:
    """The lines of a second copy of the whole text: from the first line where the opening comes
    round again to the end, when nearly all of that part is in the part before it."""
    if len(idx) < 6:
        return set()
    head = "".join(letters[k] for k in idx[:3])
    if len(head) < _TEASER_MIN:
        return set()
    probe = head[:_TEASER_MIN]
    for pos in range(3, len(idx)):
        if not letters[idx[pos]].startswith(probe[: min(len(probe), len(letters[idx[pos]]))]):
            continue
        first = "".join(letters[k] for k in idx[:pos])
        second = "".join(letters[k] for k in idx[pos:])
        if len(second) >= 0.5 * len(first) and _share(_grams(second), _grams(first)) >= 0.9:
            return set(idx[pos:])
    return set()

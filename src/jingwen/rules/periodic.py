"""Which lines hold a stretch that repeats with a short period: the lines worth searching for
fake-bold overprint.

`damage._REPEAT3` (a unit of 2–20 characters three times over) tries every unit length at every
position and cost ~130 ms per MB, a fifth of the whole pipeline. A unit of length L repeated three
times is a stretch of 2L characters each equal to the one L further on; numpy finds such stretches
for all L over the whole document in ~20 ms per MB, and the regex then runs on those lines alone.
The test is necessary, not sufficient, so no line the regex would match is skipped.
"""

from __future__ import annotations

import numpy as np

MIN_UNIT, MAX_UNIT = 2, 20
_WINDOW = 1 << 20


def _stretch_starts(a: np.ndarray) -> np.ndarray:
    """Positions in `a` (code points) where a period-L stretch of 2L equal pairs starts, any L."""
    found = [np.empty(0, dtype=np.int64)]
    for unit in range(MIN_UNIT, MAX_UNIT + 1):
        need = 2 * unit
        if len(a) < 3 * unit:
            break
        same = a[unit:] == a[:-unit]
        # A stretch holds need - 1 adjacent pairs of equalities; in text those are rare, and most
        # unit lengths are ruled out by counting them.
        if np.count_nonzero(same[1:] & same[:-1]) < need - 1:
            continue
        runs = np.zeros(len(same) + 1, dtype=np.int32)
        np.cumsum(same, out=runs[1:])
        # runs[k + need] - runs[k] == need: same[k:k + need] all true, a period-`unit` stretch at k.
        found.append(np.flatnonzero(runs[need:] - runs[:-need] == need))
    return np.concatenate(found)


def periodic_lines(lines: list[str], joined: str | None = None, doubled: set[int] | None = None) -> set[int]:
    """Indices of the lines that may hold a unit of MIN_UNIT–MAX_UNIT characters three times in a
    row. `joined`: the lines joined by "\n", when the caller has them. `doubled`, when given, gets
    the lines that may hold three characters in a row each written twice (编编制制说说, see
    _doubled_starts), from the same arrays."""
    text = "\n".join(lines) if joined is None else joined
    offsets = np.zeros(len(lines), dtype=np.int64)
    np.cumsum([len(s) + 1 for s in lines[:-1]], out=offsets[1:])
    out: set[int] = set()
    # Windows bound the arrays' memory on a huge single line; they overlap by one whole repeat.
    for lo in range(0, max(len(text), 1), _WINDOW):
        a = np.frombuffer(text[lo:lo + _WINDOW + 3 * MAX_UNIT].encode("utf-32-le"), dtype=np.uint32)
        starts = _stretch_starts(a) + lo
        out.update(np.unique(np.searchsorted(offsets, starts, side="right") - 1).tolist())
        if doubled is not None:
            starts = _doubled_starts(a) + lo
            doubled.update(np.unique(np.searchsorted(offsets, starts, side="right") - 1).tolist())
    return out


def _doubled_starts(a: np.ndarray) -> np.ndarray:
    """Positions in `a` where three characters in a row are each written twice (AABBCC, no blank
    between): what the regex for doubled characters needs, found for the whole text at once."""
    if len(a) < 6:
        return np.empty(0, dtype=np.int64)
    same = a[1:] == a[:-1]  # same[k]: a[k] == a[k + 1]
    return np.flatnonzero(same[:-4] & same[2:-2] & same[4:])

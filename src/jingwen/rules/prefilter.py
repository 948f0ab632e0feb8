"""What every match of a pattern must hold, found from the pattern alone, so that `re` searches less.

- The characters a match can begin with, as a lookahead that lets `re` skip positions.
- A literal string every match contains: where the text lacks it (`str.__contains__`, a fast scan
  in C) the pattern cannot match and is not searched at all.

Python's `re` only skips ahead quickly when a pattern starts with a literal; an alternation of
rules such as `(澳门)?(新葡京|威尼斯人)…|bet365…|(亚博|开云)…` is tried at every position of the
text, which made searching the spam rules the slowest step of the whole pipeline. Prefixing it with
`(?=[…])`, the set of characters any match must start with, gives the same matches (a match can
only start at such a character) about eight times faster. Patterns whose first character cannot be
bounded (`.`, `\\w`, a negated class, case-insensitive parts, a possibly empty match) get no prefix.
"""

from __future__ import annotations

import re
from typing import Any

try:  # Python 3.11+
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]

_MAX_CHARS = 512
_REPEATS = {sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, getattr(sre_parse, "POSSESSIVE_REPEAT", None)} - {None}


class _Unbounded(Exception):
    """The first character is not from a small known set."""


def _first(seq: Any) -> tuple[set[str], bool]:
    """(characters a match of `seq` can start with, whether it can match the empty string)."""
    chars: set[str] = set()
    for op, av in seq:
        if op is sre_parse.AT:  # ^, $, \b: zero-width
            continue
        if op is sre_parse.LITERAL:
            chars.add(chr(av))
            return chars, False
        if op is sre_parse.IN:
            for kind, v in av:
                if kind is sre_parse.LITERAL:
                    chars.add(chr(v))
                elif kind is sre_parse.RANGE and v[1] - v[0] < _MAX_CHARS:
                    chars.update(chr(c) for c in range(v[0], v[1] + 1))
                else:
                    raise _Unbounded
            return chars, False
        if op is sre_parse.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & re.IGNORECASE:
                raise _Unbounded
            inner, empty = _first(sub)
        elif op is sre_parse.BRANCH:
            inner, empty = set(), False
            for alt in av[1]:
                c, e = _first(alt)
                inner |= c
                empty = empty or e
        elif op in _REPEATS:
            lo, _hi, sub = av
            inner, empty = _first(sub)
            empty = empty or lo == 0
        else:  # ANY, NOT_LITERAL, lookarounds, back-references, …
            raise _Unbounded
        chars |= inner
        if not empty:
            return chars, False
    return chars, True


def first_chars(pattern: str) -> str | None:
    """The characters every match of `pattern` starts with, or None when they cannot be bounded."""
    try:
        parsed = sre_parse.parse(pattern)
        if parsed.state.flags & re.IGNORECASE:
            return None
        chars, empty = _first(parsed)
    except (_Unbounded, re.error, RecursionError):
        return None
    if empty or not chars or len(chars) > _MAX_CHARS:
        return None
    return "".join(sorted(chars))


def starts_line(pattern: str) -> bool:
    """The whole pattern is anchored at the start ("^X", not "^X|Y"): several such patterns can
    share one "^" ("^(?:X|Z)"), which re tests once per position before trying any of them."""
    if not pattern.startswith("^"):
        return False
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return False
    return len(parsed) > 0 and parsed[0] == (sre_parse.AT, sre_parse.AT_BEGINNING)


def with_prefilter(pattern: str) -> str:
    """`pattern` behind a lookahead for its first characters (unchanged where they are unbounded)."""
    chars = first_chars(pattern)
    if chars is None:
        return pattern
    cls = "".join("\\" + c if c in "\\]^-[" else c for c in chars)
    return f"(?=[{cls}])(?:{pattern})"


def _literal_runs(seq: Any, runs: list[str]) -> None:
    """Append to `runs` the runs of literal characters that every match of `seq` contains."""
    run: list[str] = []
    for op, av in seq:
        if op is sre_parse.LITERAL:
            run.append(chr(av))
            continue
        if op is sre_parse.AT:  # zero-width (^, $, \b): the characters on both sides still abut
            continue
        runs.append("".join(run))
        run = []
        if op is sre_parse.SUBPATTERN and not av[1] & re.IGNORECASE:
            _literal_runs(av[3], runs)
        elif op in _REPEATS and av[0] >= 1:  # (…)+ or {2,}: its body stands at least once
            _literal_runs(av[2], runs)
        # Anything else (branches, classes, optional parts, lookarounds) requires nothing literal.
    runs.append("".join(run))


def required_literal(pattern: str) -> str | None:
    """The longest literal string every match of `pattern` contains, or None (none, or the pattern
    ignores case). `"道客巴巴" not in text` rules `\\s-\\s道客巴巴\\s*$` out without a search, which
    tries the pattern at every position."""
    try:
        parsed = sre_parse.parse(pattern)
    except (re.error, RecursionError):
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    runs: list[str] = []
    _literal_runs(parsed, runs)
    best = max(runs, key=len, default="")
    # A single ASCII character is in nearly every text: not worth a scan.
    return best if len(best) > 1 or (best and not best.isascii()) else None

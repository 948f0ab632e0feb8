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
from functools import lru_cache
from importlib import resources
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


# --- Necessary literal sets: what the rules engine's one scan of a document looks for ------------
#
# For a pattern, a set of strings such that every match contains at least one of them. One
# Aho–Corasick scan of a document for the sets of all rules finds, per line, the few rules that can
# match there (rules/matcher.py); a set that may miss a match would drop a removal, so every step
# below errs towards "no set" (the rule then keeps a regex gate).

_CAP = 64
"""The most strings an exact set (every string a sub-pattern can match) may hold; past it, unknown."""
_MAX_SET = 256
"""The most strings a necessary set may hold (a long alternation of words still scans in one pass)."""
_MAX_CLASS = 32
"""A character class of more characters is unknown (a range of Chinese characters is no literal)."""
_MAX_EXPAND = 4
"""A bounded repeat of an exact part up to this many times is exact (x{1,3}); more is unknown."""
_ATOMIC = getattr(sre_parse, "ATOMIC_GROUP", None)
_ZERO_WIDTH = (sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT)

Strings = frozenset[str]
_EMPTY: Strings = frozenset({""})


class _Part:
    """What is known of the text a sub-pattern matches: `exact`, every string it can be (few), and
    `need`, a set one string of which every match contains; None where unknown."""

    __slots__ = ("exact", "need")

    def __init__(self, exact: Strings | None, need: Strings | None) -> None:
        self.exact = exact
        self.need = need


_OPAQUE = _Part(None, None)


def _product(a: Strings, b: Strings) -> Strings | None:
    """Every string of `a` followed by one of `b`; None past _CAP strings."""
    if len(a) * len(b) > _CAP:
        return None
    return frozenset(x + y for x in a for y in b)


def _power(exact: Strings, lo: int, hi: int) -> Strings | None:
    """The strings of `exact` repeated lo to hi times (an exact repeat), None when too many."""
    out: set[str] = set()
    step: Strings | None = _EMPTY
    for k in range(hi + 1):
        if k >= lo:
            out |= step
        if k < hi:
            step = _product(step, exact)
            if step is None or len(out) > _CAP:
                return None
    return frozenset(out) if len(out) <= _CAP else None


def _class(items: Any) -> _Part:
    """[abc], [0-9]: the characters, as an exact set; a negated class or a category is unknown."""
    chars: set[str] = set()
    for kind, v in items:
        if kind is sre_parse.LITERAL:
            chars.add(chr(v))
        elif kind is sre_parse.RANGE and v[1] - v[0] < _MAX_CLASS:
            chars.update(chr(c) for c in range(v[0], v[1] + 1))
        else:  # NEGATE, CATEGORY (\d, \s, \w), a wide range
            return _OPAQUE
    if len(chars) > _MAX_CLASS:
        return _OPAQUE
    return _Part(frozenset(chars), frozenset(chars))


def _branch(alternatives: Any) -> _Part:
    """A|B: a match is one branch's, so the sets are the union of the branches' (none where one
    branch has none: an empty branch, an unknown one)."""
    parts = [_sequence(alt) for alt in alternatives]
    exact: Strings | None = None
    if all(p.exact is not None for p in parts):
        union = frozenset().union(*(p.exact for p in parts if p.exact is not None))
        exact = union if len(union) <= _CAP else None
    needs = [p.need for p in parts]
    need = None
    if all(n is not None for n in needs):
        joined = frozenset().union(*(n for n in needs if n is not None))
        need = joined if len(joined) <= _MAX_SET else None
    return _Part(exact, need)


def _repeat(lo: int, hi: int, body: Any) -> _Part:
    """x{lo,hi}: exact when short and bounded; with lo >= 1 a match holds lo copies of the body in a
    row (so its set, or the body's `lo`th power), with lo == 0 nothing at all."""
    inner = _sequence(body)
    exact = None
    if inner.exact is not None and hi <= _MAX_EXPAND:
        exact = _power(inner.exact, lo, hi)
    if lo == 0:
        return _Part(exact, None)
    candidates = [inner.need]
    if inner.exact is not None:
        least = min(lo, _MAX_EXPAND)  # (x{9} holds x{4} too: a shorter string, fewer products)
        candidates.append(_power(inner.exact, least, least))
    return _Part(exact, _best(candidates))


def _node(op: Any, av: Any) -> _Part:
    """One parsed item of a pattern."""
    if op is sre_parse.LITERAL:
        one = frozenset({chr(av)})
        return _Part(one, one)
    if op in _ZERO_WIDTH:  # ^ $ \b and lookarounds match no text: the parts on both sides abut
        return _Part(_EMPTY, None)
    if op is sre_parse.IN:
        return _class(av)
    if op is sre_parse.BRANCH:
        return _branch(av[1])
    if op is sre_parse.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        # (?i:…) matches other cases of its letters (and K the Kelvin sign): no literal is sure
        return _OPAQUE if add_flags & re.IGNORECASE else _sequence(body)
    if _ATOMIC is not None and op is _ATOMIC:
        return _sequence(av)
    if op in _REPEATS:
        return _repeat(*av)
    return _OPAQUE  # ., [^x], back-references, conditionals: any text or none known


def _sequence(items: Any) -> _Part:
    """Parts in a row: the exact strings of every run of exact parts (不|仅|只 + 代表 + 本站|本网)
    and each part's own set are candidates; the most selective is the sequence's need."""
    parts = [_node(op, av) for op, av in items]
    candidates: list[Strings | None] = [p.need for p in parts]
    single = [p.exact is not None and len(p.exact) == 1 for p in parts] + [False]
    for i in range(len(parts)):
        # (a part of one string before or after a run only lengthens its strings: the longer run is
        # the better candidate, and a run of 40 literal characters is one candidate, not 820)
        if i > 0 and single[i - 1]:
            continue
        run: Strings | None = _EMPTY
        for j in range(i, len(parts)):
            exact = parts[j].exact
            run = None if exact is None or run is None else _product(run, exact)
            if run is None:
                break
            if not single[j + 1] and "" not in run:
                candidates.append(run)
    whole: Strings | None = _EMPTY
    for p in parts:
        whole = None if p.exact is None or whole is None else _product(whole, p.exact)
    return _Part(whole, _best(candidates))


def _char_weight(c: str) -> float:
    """How often a character turns up in scraped Chinese text, roughly: its share of the characters
    of the labelled sets' raw inputs (measured over dev, structure and unseen: a space 2%, a digit
    1%, the common characters 0.05% to 1% by rank, the rest of CJK 0.001%)."""
    if c.isspace():
        return 0.02
    if c.isascii():
        return 0.01 if c.isdigit() else 0.003
    rank = _common_chars().get(c)
    if rank is not None:
        return 0.005 if rank < 50 else 0.002 if rank < 200 else 0.0005
    if "\u4e00" <= c <= "\u9fff":
        return 0.0001
    return 0.01 if c in "，。、：；！？“”（）《》" else 0.0005


@lru_cache(maxsize=1)
def _common_chars() -> dict[str, int]:
    """The Chinese characters most words are made of, by rank (data/common_chars.txt, the list the
    damage stage reads)."""
    text = (resources.files("jingwen") / "data" / "common_chars.txt").read_text(encoding="utf-8").strip()
    return {c: k for k, c in enumerate(text)}


def weight(strings: Strings) -> float:
    """The expected count of the set's strings per position of text: lower is more selective."""
    total = 0.0
    for s in strings:
        w = 1.0
        for c in s:
            w *= _char_weight(c)
        total += w
    return total


def _minimal(strings: Strings) -> Strings:
    """The set without strings that contain another of its strings (those add no line to a scan)."""
    ordered = sorted(strings, key=len)
    kept: list[str] = []
    for s in ordered:
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


_PER_STRING = 1e-6
"""What one more string in a set costs against its selectivity (a string's weight): about a literal
found once a megabyte. Once a literal is that rare, a longer one ((book118) in four brackets
against book118) buys nothing but a larger automaton."""


def _cost(strings: Strings) -> float:
    return weight(strings) + _PER_STRING * len(strings)


def _best(candidates: list[Strings | None]) -> Strings | None:
    """The most selective of the usable sets (none holds the empty string)."""
    usable = [_minimal(c) for c in candidates if c and "" not in c]
    if not usable:
        return None
    return min(usable, key=lambda c: (_cost(c), sorted(c)))


MAX_WEIGHT = 0.02
"""A set expected more often than this (a space, a digit, a run of common characters) costs the scan
more than it saves: its rule keeps a regex gate (rules/matcher.py). A literal found costs the scan
~0.5 µs in Python, a line-anchored pattern in the gate ~6 ns a character. Measured over 600 bench
documents: 0.004 (13 rules gated) 1.33 MB/s, 0.012 to 0.03 (6) 1.37-1.45, 0.1 (5) 1.40."""


@lru_cache(maxsize=4096)
def necessary_literals(pattern: str, flags: int = 0) -> Strings | None:
    """A set of strings one of which every match of `pattern` contains, chosen to be selective; None
    when the pattern ignores case, a branch or part needs no literal, or the best set is too common."""
    if flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(pattern, flags)
        if parsed.state.flags & re.IGNORECASE:
            return None
        need = _sequence(parsed).need
    except (re.error, RecursionError):
        return None
    if need is None or weight(need) > MAX_WEIGHT:
        return None
    return need

"""Which rules of a kind can match where: one scan of a document finds the few (line, rule) pairs
worth a regex search, so that the engine tries each line only with the rules that can match there.

Two implementations of one interface (`scan` a document's lines, `order` the rules to try on one
text, in the rules' order):

- `LiteralMatcher`: each rule's pattern has a necessary set of literals (prefilter.necessary_literals:
  every match holds one of them); one Aho–Corasick scan of the joined lines (pyahocorasick, in C)
  finds which rules' literals each line holds. The rules without a usable set ("residual") keep a
  regex gate, an alternation of them alone. Python's `re` tries every alternative of an alternation
  at every position, so the gate of all ~225 rules cost about the sum of their searches (~0.9 s a MB).
- `GateMatcher`: the regex gates of every rule, as the engine had them before (used where
  `ahocorasick` cannot be imported; the same outputs, slower).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import accumulate, count
from operator import add
from typing import Any, Protocol

from ..text.lines import lines_matching
from .packs import Rule
from .prefilter import necessary_literals, starts_line, with_prefilter

try:
    import ahocorasick
except ImportError:  # pragma: no cover - exercised by the fallback tests, which hide the module
    ahocorasick = None

_log = logging.getLogger(__name__)

Scan = dict[int, Any]
"""Line index → what `order` needs to know of that line (the candidate rules' indexes, or nothing)."""

_NAMED = re.compile(r"\(\?P<\w+>")
_NEVER = re.compile("(?!)")
_BACKREF = re.compile(r"\(\?P=\w+\)")
# Assertions that look past a line's ends; a pattern holding one cannot be searched in the joined
# text of a document as if it were searched line by line.
# (A lookaround on one positive class of plain characters, "(?<=[。！？])", stays within its line.)
_NONLOCAL = re.compile(r"\\[AZz]|\(\?<?[=!](?!\[[^\]\\^]+\]\))")
_GLOBAL_FLAGS = re.compile(r"^(?:\(\?[aiLmsux]+\))+")
_PLACED = ("head", "tail")


class Matcher(Protocol):
    rules: tuple[Rule, ...]
    windowed: bool
    """Some rules are left out of `scan` (rules placed at the head or tail, see `Plan.windows`): the
    lines of their windows must be tried whatever the scan says."""
    scans_text: bool
    """`scan` searches the joined text (False: it returns every line, a rule reaching past a line's ends)."""

    def scan(self, texts: Sequence[str]) -> Scan:
        """The lines of `texts` where a rule may match, each with what `order` takes as `cand`."""

    def order(self, text: str, cand: Any = None) -> Sequence[int]:
        """Indexes into `rules` of the rules that may match `text`, in order (`cand`: the scan's
        entry for the line `text` is, or None when `text` is not a scanned line)."""


def matcher(rules: tuple[Rule, ...], windowed: bool = False) -> Matcher:
    """The matcher for a kind's rules (cached: the same packs give the same rules for most documents).
    `windowed`: rules placed at the head or tail are left out of the scan's regex part (the line kind:
    searching the whole text for them, a disclaimer's phrases, cost more than the rest)."""
    if literal_scan():
        return _literal_matcher(rules, windowed)
    return _gate_matcher(rules, windowed)


_warned = False


def literal_scan() -> bool:
    """Whether the Aho–Corasick scan is available; says once where it is not."""
    global _warned
    if ahocorasick is not None:
        return True
    if not _warned:
        _warned = True
        _log.warning("pyahocorasick is not installed: the rules engine searches with regex gates alone "
                     "(the same output, the pipeline about half as fast; pip install pyahocorasick)")
    return False


@lru_cache(maxsize=256)
def _literal_matcher(rules: tuple[Rule, ...], windowed: bool) -> LiteralMatcher:
    return LiteralMatcher(rules, windowed)


@lru_cache(maxsize=256)
def _gate_matcher(rules: tuple[Rule, ...], windowed: bool) -> GateMatcher:
    return GateMatcher(rules, windowed)


class GateMatcher:
    """Every rule behind two regex gates: one alternation of the patterns per line, and the same in
    MULTILINE mode searched once over the joined lines (lines it misses skip the rules)."""

    def __init__(self, rules: tuple[Rule, ...], windowed: bool = False) -> None:
        self.rules = rules
        self._all = range(len(rules))
        self.gate, self.text_gate = gates(rules)
        placed = [r for r in rules if r.where in _PLACED] if windowed else []
        self.windowed = bool(placed)
        if placed:
            anywhere = tuple(r for r in rules if r.where not in _PLACED)
            self.text_gate = gates(anywhere)[1] if anywhere else _NEVER
        self.scans_text = self.text_gate is not None or self.gate is None

    def scan(self, texts: Sequence[str]) -> Scan:
        return dict.fromkeys(gated_lines(self.gate, self.text_gate, texts))

    def order(self, text: str, cand: Any = None) -> Sequence[int]:
        return self._all if self.gate is not None and self.gate.search(text) else ()


class LiteralMatcher:
    """The rules with a necessary set of literals found by one Aho–Corasick scan; the others
    ("residual") behind regex gates made of them alone, as GateMatcher gates every rule.

    A scan's entry for a line is the set of rules to try there: those whose literals it holds, and
    every residual rule where their text gate matched it. Residual rules placed at the head or tail
    (`windowed`) are left out of the scan and gated line by line."""

    def __init__(self, rules: tuple[Rule, ...], windowed: bool = False) -> None:
        self.rules = rules
        sets = [necessary_literals(r.pattern.pattern, r.pattern.flags) for r in rules]
        self._automaton = _automaton(sets)
        residual = [k for k, s in enumerate(sets) if s is None]
        self.residual = frozenset(residual)
        self._gate = gates(tuple(rules[k] for k in residual))[0]
        placed = [k for k in residual if windowed and rules[k].where in _PLACED]
        self._scanned = tuple(k for k in residual if k not in placed)
        self._placed = frozenset(placed)
        self._placed_gate = gates(tuple(rules[k] for k in placed))[0]
        self.windowed = bool(placed)
        self._text_gate = gates(tuple(rules[k] for k in self._scanned))[1] if self._scanned else _NEVER
        self.scans_text = self._text_gate is not None

    def scan(self, texts: Sequence[str]) -> Scan:
        joined = "\n".join(texts)
        out: dict[int, set[int]] = {}
        if self._automaton is not None:
            # The index of each line's end in the joined text, plus one: a literal ending at e is
            # on the first line whose end lies past e.
            ends = list(map(add, accumulate(map(len, texts)), count(1)))
            for end, ks in self._automaton.iter(joined):
                line = bisect_left(ends, end + 1)
                hit = out.get(line)
                if hit is None:
                    out[line] = set(ks)
                else:
                    hit.update(ks)
        if self._scanned:
            for i in gated_lines(self._gate, self._text_gate, texts, joined):
                out.setdefault(i, set()).update(self._scanned)
        return out

    def order(self, text: str, cand: Any = None) -> Sequence[int]:
        if cand is None:  # (a text no scan saw: its literals, and the residual rules behind their gate)
            ks = self._literals_in(text)
            return sorted(self.residual.union(ks) if self._gate is not None and self._gate.search(text) else ks)
        if self._placed_gate is not None and self._placed_gate.search(text):
            return sorted(self._placed.union(cand))
        return sorted(cand)

    def _literals_in(self, text: str) -> set[int]:
        out: set[int] = set()
        if self._automaton is not None:
            for _end, ks in self._automaton.iter(text):
                out.update(ks)
        return out


def _automaton(sets: list[frozenset[str] | None]) -> Any:
    """An Aho–Corasick automaton of every literal, each giving the indexes of the rules whose set holds it."""
    owners: dict[str, list[int]] = {}
    for k, s in enumerate(sets):
        for w in s or ():
            owners.setdefault(w, []).append(k)
    if not owners:
        return None
    a = ahocorasick.Automaton()
    for w, ks in owners.items():
        a.add_word(w, tuple(ks))
    a.make_automaton()
    return a


def gated_lines(gate: re.Pattern[str] | None, text_gate: re.Pattern[str] | None, texts: Sequence[str],
                joined: str | None = None) -> Iterable[int]:
    """Indexes of the lines `gate` may match, found in the joined lines with `text_gate` (every line
    where there is none); the callers still test each returned line on its own."""
    if gate is None:
        return ()
    if text_gate is None:
        return range(len(texts))
    return lines_matching(text_gate, "\n".join(texts) if joined is None else joined)


@lru_cache(maxsize=256)
def gates(rules: tuple[Rule, ...]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """One alternation of the rules' patterns (lines it misses skip the per-rule loop), and the same
    alternation for whole-text search (None where a pattern's assertions reach past a line's ends)."""
    if not rules:
        return None, None
    # Named groups are dropped (names clash across rules) and back-references with them: the gate
    # may match more than the rules do, never less.
    patterns = [_scoped(_BACKREF.sub("", _NAMED.sub("(?:", r.pattern.pattern))) for r in rules]
    # Patterns anchored at the line's start share one "^": re then tries them only where a line
    # starts, not each at every character of the text (the gate costs half as much).
    anchored = [p[1:] for p in patterns if starts_line(p)]
    parts = ["^(?:" + "|".join(f"(?:{p})" for p in anchored) + ")"] if anchored else []
    parts += [f"(?:{p})" for p in patterns if not starts_line(p)]
    alternation = with_prefilter("|".join(parts))
    local = not any(_NONLOCAL.search(r.pattern.pattern) for r in rules)
    try:
        return re.compile(alternation), re.compile(alternation, re.MULTILINE) if local else None
    except re.error:  # patterns that do not combine: a gate that lets every line through to the rules
        return re.compile(""), None


def _scoped(pattern: str) -> str:
    """A pattern's leading global flags "(?i)X" (or "(?m)(?i)X") as scoped ones "(?im:X)": global
    flags may only stand at the start of a whole alternation."""
    m = _GLOBAL_FLAGS.match(pattern)
    if not m:
        return pattern
    flags = "".join(dict.fromkeys(re.sub(r"[()?]", "", m.group(0))))
    return f"(?{flags}:{pattern[m.end():]})"

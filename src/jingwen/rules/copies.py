"""Second copies of the text inside one scrape: a teaser of the opening printed above the full
text (a search snippet, a page description, a preview shown twice), a document pasted twice, and a
damaged text layer beside a clean one.
One complete copy stays; the other is removed whole (`generic.duplicate_copy`).

Lines are compared on their letters and digits alone (NFKC, no blanks, no punctuation: a snippet
often has half-width commas where the text has full-width ones), by the share of a line's
character 6-grams found in the other copy.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher
from itertools import compress

from ..text.lines import in_order, lines_matching
from ..text.punct import COMPLETE_END as _COMPLETE_END

RULE = "generic.duplicate_copy"
_N = 6
_TEASER_MIN = 30
"""A teaser is a line of at least this many letters: shorter lines repeat for other reasons."""
_TEASER_LEN = 50
"""A teaser holds the title and the opening's first words (doc88 prints the first ~300 characters):
a line of fewer letters is not one."""
_LABEL = 40
"""The letters a teaser's label may take before the title ("下载积分: 800 内容提示:")."""
_HEAD = 8
"""A teaser stands among the first lines with text."""
_SHARE = 0.8
_WRAPPED = 10
"""Lines under a teaser joined to look for its text, where the text is wrapped narrow."""
_OPENING = 160
"""Where in those lines the copy must begin (past a title and a row or two)."""


_NOT_LETTER = re.compile(r"[^\w\n]|_")
_CLAUSE = re.compile("[，。；！？,;!?]")


def _letters_of(texts: Sequence[str]) -> list[str]:
    """Each line's letters and digits, NFKC: one substitution and (where the letters are not
    already NFKC, as CJK text nearly always is once its punctuation is gone) one normalisation
    of the whole document; per line, they cost more than the rest of this module. A sign that
    NFKC spells with letters (㎏, ℃) counts as no letters."""
    joined = _NOT_LETTER.sub("", "\n".join(texts))
    if not unicodedata.is_normalized("NFKC", joined):
        joined = _NOT_LETTER.sub("", unicodedata.normalize("NFKC", joined))
    out = joined.split("\n")
    return out if len(out) == len(texts) else ["".join(ch for ch in unicodedata.normalize("NFKC", t) if ch.isalnum())
                                                for t in texts]


def _grams(s: str) -> set[str]:
    return {s[i:i + _N] for i in range(len(s) - _N + 1)}


def _share(grams: set[str], other: set[str]) -> float:
    return len(grams & other) / len(grams) if grams else 0.0


def find_copies(texts: Sequence[str]) -> set[int]:
    """Indexes (into `texts`, one document's stripped lines) of lines that are a second copy."""
    idx = list(compress(range(len(texts)), texts))
    if len(idx) < 3:
        return set()
    # Letters are worked out only where a copy may be: the first lines (a teaser, the opening), and
    # the lines that begin as the first one does (where a second copy of the whole would start).
    first = texts[idx[0]][:4]
    joined = "\n".join(filter(None, texts))
    # (Sought after the line break before each line, in "\n" + joined: a literal, which `re` finds
    # fast, where "^" it would try at every character.)
    starts = sorted(pos for pos in lines_matching(re.compile("\n" + re.escape(first)), "\n" + joined) if pos >= 3)
    letters = dict(zip(idx[:_HEAD + 3], _letters_of([texts[k] for k in idx[:_HEAD + 3]]), strict=True))
    out = _teasers(texts, letters, idx)
    # One damaged layer at most: one with its lost letters marked (□), else one that dropped them.
    lossy = _damaged_copy(texts, idx) if _LOST.search(joined) else set()
    lossy = lossy or _lossy_layer(texts, idx)
    out |= lossy
    if starts and not lossy:  # (the clean layer under a lossy one is no second copy of the text)
        out |= _pasted_twice(texts, idx, starts)
    return out


_LOST = re.compile("[□■\ufffd]")
"""A character a text layer lost (a box, the replacement character)."""
_LOST_SHARE = 0.05
"""A damaged line has at least this share of its characters lost."""
_PIECE = 3


def _damaged_copy(texts: Sequence[str], idx: list[int]) -> set[int]:
    """A text layer with characters lost (反□钱基□知识…) beside a clean copy of the same text (a scan's
    bad first layer, then the good one): the run of damaged lines goes when nearly all the pieces
    between its lost characters are found in the rest of the document. A damaged text with no clean
    copy stays: it is the only text there is."""
    bad = [pos for pos, k in enumerate(idx)
           if len(texts[k]) >= 10 and len(_LOST.findall(texts[k])) >= _LOST_SHARE * len(texts[k])]
    if len(bad) < 2:
        return set()
    lo, hi = bad[0], bad[-1]
    if len(bad) < 0.6 * (hi - lo + 1):
        return set()  # damaged lines here and there in the text: its own, not a second layer
    letters = _letters_of([texts[k] for k in idx])
    # The damaged layer's last line may have lost nothing ("0分以下的须参加补考。"): a short line under
    # it whose letters the text below it holds goes with it.
    while hi + 1 < len(idx):
        if not _LOST.search(texts[idx[hi + 1]]):  # (one with a lost character is too short to tell by its share)
            tail = letters[hi + 1]
            if not _PIECE <= len(tail) <= _TEASER_MIN or tail not in "".join(letters[hi + 2:]):
                break
        hi += 1
    span = [idx[pos] for pos in range(lo, hi + 1)]
    rest = "".join(letters[:lo] + letters[hi + 1:])
    pieces = [p for k in span for p in _letters_of(_LOST.split(texts[k])) if len(p) >= _PIECE]
    grams = [p[i:i + _PIECE] for p in pieces for i in range(len(p) - _PIECE + 1)]
    if len(grams) < _TEASER_MIN or len(rest) < 0.5 * sum(map(len, pieces)):
        return set()
    have = {rest[i:i + _PIECE] for i in range(len(rest) - _PIECE + 1)}
    return set(span) if sum(g in have for g in grams) >= 0.9 * len(grams) else set()


_LOSSY_LINES = 24
"""A lossy layer's lines, and the first lines its clean copy may start at."""
_LOSSY_MIN = 100
"""A lossy layer holds at least this many letters (a site's layer holds pages of them)."""
_LOSSY_MARKS = 3
"""The clean copy, over the span the two share, has at least this many sentence marks."""
_LOSSY_KEPT = 0.85
"""A lossy layer keeps at least this share of its letters in the clean copy's order."""
_LOSSY_LOST = 0.95
"""A lossy layer with its punctuation has at most this share of the clean copy's letters over their span,"""
_LOSSY_PIECES = 16
"""in pieces of at most this many letters on average (a copy whole but for a header between has long ones)."""
_LOSSY_TRIES = 4
"""Alignments tried per document at most."""
_LOSSY_ALIGNED = 400
"""Letters of a lossy layer's opening aligned with its clean copy's."""


def _lossy_layer(texts: Sequence[str], idx: list[int]) -> set[int]:
    """A first text layer that lost letters (项目团队鲜创业团队项目负责林书管学院…, 基STM32的…控制系设计, its
    cover letter-spaced) over a clean copy of the same opening (项目团队：鲜到宿舍创业团队 / 项目负责人：林书航…):
    from a line among the first few to the line where the clean copy begins as it did (its first
    letters in order among the copy's first), its letters nearly all found in order at the start of
    the clean copy, which has sentence marks where it has none, or letters it lacks all through it (the
    two agree only in short pieces). A copy with its punctuation and its letters is a teaser or the text
    pasted twice (see those); a damaged text with no clean copy stays."""
    n = min(len(idx), _LOSSY_LINES + _HEAD)
    # Each line's letters and sentence marks, worked out once (the pairs tried below share them).
    m = min(len(idx), n + _LOSSY_LINES)
    letters = _letters_of([texts[k] for k in idx[:m]])
    marks = [len(_MARK.findall(texts[k])) for k in idx[:m]]
    tries = _LOSSY_TRIES  # (alignments are the costly part: a text of like lines could ask for hundreds)
    for lo in range(min(_HEAD, n)):
        probe = letters[lo][:3]
        if len(probe) < 3:
            continue
        # (the clean copy's start furthest down: the lossy layer may itself repeat its opening words)
        for at in range(n - 1, lo + 1, -1):
            opening = letters[at][:2 * len(probe)]
            if probe[0] not in opening or not in_order(probe, opening):  # (the first test in C: most fail it)
                continue
            run = "".join(letters[lo:at])
            if len(run) < _LOSSY_MIN:
                continue
            after = "".join(letters[at:at + _LOSSY_LINES])[: 2 * len(run)]
            head = run[:_LOSSY_ALIGNED]  # (the copies' openings agreeing is enough, and bounds the cost)
            # Its punctuation lost, or its letters (a text repeated whole, or with lines between its
            # copies, has both: its opening is found as it stands): tested first, they spare the
            # alignment nearly every document.
            own = sum(marks[lo:at])
            unmarked = max(own * 4, _LOSSY_MARKS) <= _marks_over(letters, marks, at, 2 * len(run))
            if not unmarked and run[:_PIECE * 8] in after:
                continue
            other = after[:2 * len(head)]
            # (the letters the two share, however ordered, bound what the alignment can keep: counted
            # in C, they spare building the matcher where too few are shared — SequenceMatcher's quick_ratio)
            if tries <= 0 or (Counter(head) & Counter(other)).total() < _LOSSY_KEPT * len(head):
                continue
            matcher = SequenceMatcher(None, head, other, autojunk=False)
            tries -= 1
            blocks = [b for b in matcher.get_matching_blocks() if b.size]
            kept = sum(b.size for b in blocks)
            if not blocks or kept < _LOSSY_KEPT * len(head):
                continue
            span = blocks[-1].b + blocks[-1].size - blocks[0].b
            lost = kept < _LOSSY_LOST * span and kept <= _LOSSY_PIECES * len(blocks)
            if lost or max(own * 4 + 1, _LOSSY_MARKS) <= _marks_over(letters, marks, at, span):
                return set(idx[lo:at])
    return set()


_MARK = re.compile("[，。；：、,.;:]")


def _marks_over(letters: list[str], marks: list[int], at: int, count: int) -> int:
    """The sentence marks of the lines from `at` on that hold about `count` letters."""
    total = held = 0
    for k in range(at, len(letters)):
        total += marks[k]
        held += len(letters[k])
        if held >= count:
            break
    return total


def _teasers(texts: Sequence[str], letters: dict[int, str], idx: list[int]) -> set[int]:
    """Long lines near the top whose text the lines right after them begin again, and hold (longer).
    A teaser stands above the document's own text: the first long line that is not one ends the
    search (a sentence the text repeats a little further down is the author's; were it looked for
    past the text's first paragraph, it would be found only once hard-wrapped lines are joined,
    as in the clean text cleaned again)."""
    out: set[int] = set()
    for pos, k in enumerate(idx[:_HEAD]):
        line = letters[k]
        if len(line) < _TEASER_MIN:
            continue
        if (len(line) < _TEASER_LEN or not _cut_off(texts[k])
                or not _copy_follows(line, [letters.get(j, "") for j in idx[pos + 1:pos + 4]],
                                     _letters_of([texts[j] for j in idx[pos + 1:pos + 1 + _WRAPPED]]))):
            if len(line) < _TEASER_LEN and not _CLAUSE.search(texts[k]):
                continue  # a title over the site's rows (its page title again), not the text begun
            break
        rest = "".join(_letters_of([texts[j] for j in idx[pos + 1:]]))
        if len(rest) < len(line) or _share(_grams(line), _grams(rest)) < _SHARE:
            break
        out.add(k)
    return out


def _cut_off(text: str) -> bool:
    """A teaser is a preview cut off: it ends on an ellipsis or mid-sentence ("…采取实地走"), where a
    line of the document's own text, repeated below, ends as a sentence does."""
    s = text.rstrip()
    return s.endswith(("...", "…")) or s[-1:] not in _COMPLETE_END


def _copy_follows(teaser: str, nxt: list[str], wrapped: list[str]) -> bool:
    """The full copy starts right after the teaser, with the document's title: one of the next
    lines is a short line that the teaser holds near its start (past its label, "内容提示："), with
    at most short lines before it (a journal's header), or the first long line is the one the teaser
    begins (past its label) — the opening repeated above its title. Another long line first is the
    document's own text, and its repetition of the line above the author's."""
    for line in nxt:
        if len(line) >= _TEASER_MIN:
            # or the text itself, under its title: the teaser, past its label, is its opening
            # ("摘要：第一次读…" over "《乡土中国》读书笔记" / "第一次读…")
            if 0 <= teaser.find(line[:_TEASER_MIN]) < _LABEL:
                return True
            break
        if len(line) >= 4 and 0 <= teaser.find(line[:12]) < _LABEL:
            return True
    # Text wrapped narrow (no line as long as a teaser's probe) under a title and a row or two: the
    # teaser past its label begins the joined lines, near their start.
    joined = "".join(wrapped)[:_OPENING]
    return any(teaser[at:at + _TEASER_MIN] in joined for at in range(0, min(_LABEL, len(teaser) - _TEASER_MIN) + 1))


def _pasted_twice(texts: Sequence[str], idx: list[int], starts: list[int]) -> set[int]:
    """The lines of a second copy of the whole text: from a line where the opening comes round
    again to the end, when nearly all of that part is in the part before it."""
    if len(idx) < 6:
        return set()
    # The opening's letters and those of the lines where it may come round again first: mostly none
    # of them begins as it does, and the whole text's letters are not needed. (A line's letters are
    # the same worked out alone or in the whole text: NFKC keeps line breaks, and changes no
    # character across one.)
    few = _letters_of([texts[k] for k in idx[:3]] + [texts[idx[pos]] for pos in starts])
    head = "".join(few[:3])
    if len(head) < _TEASER_MIN:
        return set()
    probe = head[:_TEASER_MIN]
    if not any(line.startswith(probe[: min(len(probe), len(line))]) for line in few[3:]):
        return set()
    letters = _letters_of([texts[k] for k in idx])
    for pos in starts:
        if not letters[pos].startswith(probe[: min(len(probe), len(letters[pos]))]):
            continue
        first = "".join(letters[:pos])
        second = "".join(letters[pos:])
        if len(second) >= 0.5 * len(first) and _share(_grams(second), _grams(first)) >= 0.9:
            return set(idx[pos:])
    return set()

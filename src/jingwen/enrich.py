"""Tokens and keywords (jieba): a pure stage, Document → Document.

Tokens come from rjieba, the Rust port of jieba's algorithm and dictionary, when it is installed
(~25 MB/s), else from jieba itself (~1.4 MB/s). Both cut without jieba's HMM for unknown words,
which gives the same tokens (a test holds them equal); a user dictionary is applied to either.

Keywords are ranked as `jieba.analyse.extract_tags` ranks them — term count × IDF from jieba's own
idf.txt (the median IDF for a term not in it), ties in order of first occurrence — over the terms
of the text: words of two or more characters that are not stop words (jieba's list and ours,
`data/stopwords.txt`), numbers or punctuation, and noun phrases. A noun phrase is two adjacent
nouns (in jieba's dictionary tags: 环境|整治, 城市|管理) that stand together at least
`PHRASE_MIN` times in the document, as a reader sees 环境整治 as one term; its words do not count
again on their own where they stand in it.

The tokenizer, IDF table and tag lists load once per process (lazily, on first use) and stay.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection
from functools import lru_cache
from heapq import nlargest
from itertools import chain, compress, repeat
from operator import and_, mul, truediv

from .lexicon import Lexicon
from .models import Document, Section
from .text.tokens import Tokenizer, tokenizer

SECTION_KEYWORDS = 5
"""Keywords per top-level section, at most (fewer if the document asks for fewer)."""
PHRASE_MIN = 3
"""A noun pair becomes a phrase when it occurs this often in the document."""
_NUMBER = re.compile(r"[\d.,:/%+\-·~．，：％－／～]+")


@lru_cache(maxsize=1)
def _tables() -> Lexicon:
    """jieba's IDF table and its dictionary's tags, and the stop words: once per process."""
    return Lexicon()


def _idf_of(word: str) -> float | None:
    """The word's IDF if it can be a keyword on its own (jieba's rule, then numbers and punctuation
    out), else None. Uncached: _known_terms keeps what it gives (and has the lexicon learn it)."""
    t = _tables()
    if (len(word.strip()) < 2 or word.lower() in t.stop or _NUMBER.fullmatch(word) or word in t.numerals
            or not any(c.isalnum() for c in word)):
        return None
    idf = t.idf.get(word)
    return t.median_idf if idf is None else idf


_KNOWN: dict[str, float | None] = {}
_KNOWN_MAX = 1 << 20


def _known_terms(words: Collection[str]) -> dict[str, float | None]:
    """The process's memo of _idf_of, holding every one of `words`: one dict whose lookups stay in
    C (a call per word was a tenth of the enrichment), and the IDF table is slow to reach (memory).
    Bounded: cleared when large."""
    new = [w for w in words if w not in _KNOWN]  # (keys() - keys() would walk all of _KNOWN)
    if len(_KNOWN) + len(new) > _KNOWN_MAX:
        _KNOWN.clear()
        new = list(words)
    _tables().learn(new)
    for w in new:
        _KNOWN[w] = _idf_of(w)
    return _KNOWN


def _is_term(word: str) -> bool:
    return _known_terms((word,))[word] is not None


class _Terms:
    """One text's tokens, its noun phrases and where they stand; term counts of any token span."""

    def __init__(self, toks: list[str], tok: Tokenizer, phrases: set[tuple[str, str]] | None = None) -> None:
        self.toks = toks
        # Noun pairs: positions i where toks[i] and toks[i + 1] are both nouns. This runs per token,
        # so the iteration stays in C (map, compress).
        lex = _tables()
        lex.learn(toks)
        nouns = lex.nouns
        flags = [w in nouns or w in tok.nouns for w in toks] if tok.nouns else list(map(nouns.__contains__, toks))
        pairs = list(compress(range(len(toks)), map(and_, flags, flags[1:])))
        if phrases is None:
            get = toks.__getitem__
            counts = Counter(zip(map(get, pairs), map(get, [i + 1 for i in pairs]), strict=True))
            phrases = {p for p, n in counts.items() if n >= PHRASE_MIN and _is_term(p[0]) and _is_term(p[1])}
        self.phrases = phrases
        self.starts = [i for i in pairs if (toks[i], toks[i + 1]) in phrases] if phrases else []
        """Positions where a phrase begins."""

    def counts(self, lo: int = 0, hi: int | None = None, vocab: dict[str, int] | None = None) -> dict[str, int]:
        """Term counts of toks[lo:hi]: phrases, and words where they stand outside a phrase. Ties
        are broken as jieba breaks them, by first appearance (of the word; phrases after words).
        `vocab`: the whole text's counts, whose keys are the terms (cheaper than asking again)."""
        toks, starts = self.toks, self.starts
        hi = len(toks) if hi is None else hi
        counts = Counter(toks[lo:hi]) if lo or hi < len(toks) else Counter(toks)
        phrases: Counter[str] = Counter()
        covered: set[int] = set()
        for p in starts[bisect_left(starts, lo):bisect_left(starts, hi)]:
            phrases[toks[p] + toks[p + 1]] += 1
            covered.update((p, p + 1))
        for q in covered:
            counts[toks[q]] -= 1
        if vocab is None:
            known = _known_terms(counts)
            terms = {w: c for w, c in counts.items() if c > 0 and known[w] is not None}
        else:
            terms = {w: c for w, c in counts.items() if c > 0 and w in vocab}
        for w, c in phrases.items():
            terms[w] = terms.get(w, 0) + c
        return terms


def _idf(terms: dict[str, int]) -> dict[str, float]:
    median = _tables().median_idf
    known = _known_terms(terms)
    return {w: known[w] or median for w in terms}


def rank(counts: dict[str, int], n: int, idf: dict[str, float] | None = None) -> list[str]:
    """The n best terms by TF-IDF, computed as jieba.analyse.extract_tags does. `idf`: the terms'
    IDF (looked up once per document and reused for its sections)."""
    total = sum(counts.values())
    if not total:
        return []
    idf = idf or _idf(counts)
    words = list(counts)
    # count × (idf / total), jieba's float expression, computed in C; nlargest is stable, so ties
    # keep the order of first appearance.
    score = list(map(mul, counts.values(), map(truediv, map(idf.__getitem__, words), repeat(total))))
    return [words[i] for i in nlargest(n, range(len(words)), key=score.__getitem__)]


def keywords(text: str, n: int = 10, *, user_dict: str | None = None, backend: str | None = None,
             phrases: bool = True) -> list[str]:
    """The n keywords of a text."""
    tok = tokenizer(user_dict, backend)
    return rank(_Terms(tok.cut(text), tok, None if phrases else set()).counts(), n)


def _positions(items: list[str], item: str) -> list[int]:
    found, i = [], -1
    try:
        while True:
            i = items.index(item, i + 1)
            found.append(i)
    except ValueError:
        return found


def _line_count(s: Section) -> int:
    return 1 + len(s.paragraphs) + sum(_line_count(c) for c in s.children)


def _section_lines(s: Section) -> list[str]:
    return [s.marker + s.heading, *s.paragraphs, *chain.from_iterable(_section_lines(c) for c in s.children)]


def enrich(doc: Document, n: int = 10, user_dict: str | None = None, backend: str | None = None) -> Document:
    """`doc` with keywords (the document's, and each top-level section's) and its token count."""
    tok = tokenizer(user_dict, backend)
    toks = tok.cut(doc.text)
    found = _Terms(toks, tok)
    terms = found.counts()
    idf = _idf(terms)
    n_sec = min(n, SECTION_KEYWORDS)
    # `text` is the title, the preamble, then each section's heading and paragraphs, one a line
    # (jieba gives each line break as a token of its own): a section's terms are those of its
    # lines. A document whose text was made otherwise has its sections tokenized again.
    breaks = _positions(toks, "\n")
    line_starts = [0, *(b + 1 for b in breaks)]
    line_ends = [*breaks, len(toks)]
    counts = [_line_count(s) for s in doc.sections]
    first = len(line_starts) - sum(counts)
    section_kw = []
    if first == (1 if doc.title else 0) + len(doc.preamble):
        for c in counts:
            section_kw.append(rank(found.counts(line_starts[first], line_ends[first + c - 1], terms), n_sec, idf))
            first += c
    else:
        for s in doc.sections:
            section_kw.append(rank(_Terms(tok.cut("\n".join(_section_lines(s))), tok, found.phrases).counts(), n_sec))
    sections = [s.model_copy(update={"keywords": kw}) for s, kw in zip(doc.sections, section_kw, strict=True)]
    stats = doc.stats.model_copy(update={"tokens": len(toks) - sum(map(str.isspace, toks))})
    return doc.model_copy(update={"keywords": rank(terms, n, idf), "sections": sections, "stats": stats})

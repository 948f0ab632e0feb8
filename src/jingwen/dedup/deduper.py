"""Exact and near duplicates across a run.

`content_hash` names a document's clean text (whitespace removed): identical texts share it.
`signature` is a document's MinHash (datasketch, `NUM_PERM` 32-bit values) over shingles of its
text — character n-grams or jieba-token n-grams; `bench/dedup_bench.py` measured both and
`DEFAULT_SHINGLES` is the pick (README, "Duplicates"). Signatures are per document, so a worker
can compute one and hand it to the parent with the document.

`Deduper` runs in the parent process of a run, sees every document once, in order, and remembers
the documents it kept: exactly (content_hash → id) and, for near duplicates, in a MinHash LSH
index (datasketch) with their signatures. A later document with the same content hash, or whose
estimated Jaccard similarity to a kept one reaches the threshold, is a duplicate of the first such
kept document (the most similar, for near duplicates): it gets `duplicate_of` and `similarity` and
is not remembered itself, so `duplicate_of` always names a document that is in the output.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from ..models import Document

if TYPE_CHECKING:  # numpy and datasketch load only when near duplicates are asked for
    import numpy as np

MODES = ("off", "exact", "near", "drop")
LSH_WEIGHTS = (0.1, 0.9)
"""datasketch's weights of LSH false positives and false negatives when it picks bands × rows. Every
candidate is checked against the threshold with its signature, so a false positive costs only a
comparison: weigh misses. At 0.8, a pair of Jaccard 0.85 becomes a candidate 97 % of the time
(69 % with datasketch's default (0.5, 0.5)); at 0.7, one of 0.75 98 %."""
Mode = Literal["off", "exact", "near", "drop"]
NUM_PERM = 128
THRESHOLD = 0.8
_SEED = 1
_SCHEME = "affine32"
"""datasketch's default since 2.0: 32-bit values, inputs pre-mixed, so cheap shingle hashes are safe."""
_CHUNK = 512
"""Shingles per MinHash update: keeps datasketch's (chunk × NUM_PERM) work array at 256 KB, which is
both a memory bound for long texts and about twice as fast as one large array (measured)."""


@dataclass(frozen=True)
class Shingles:
    """How a text becomes a set of shingles: n consecutive characters or n consecutive jieba tokens
    (whitespace left out of both)."""

    unit: Literal["char", "token"]
    n: int

    def __str__(self) -> str:
        return f"{self.unit}{self.n}"


DEFAULT_SHINGLES = Shingles("token", 2)


def content_hash(text: str) -> str:
    """First 32 hex digits of the sha256 of the text with all whitespace removed (line breaks and
    spaces differ between copies of one text; 128 bits keep a corpus of billions collision-free)."""
    return hashlib.sha256("".join(text.split()).encode("utf-8")).hexdigest()[:32]


def _units(text: str, unit: str) -> np.ndarray:
    """The text as 32-bit integers, one per character or per token."""
    import numpy as np

    if unit == "char":
        return np.frombuffer("".join(text.split()).encode("utf-32-le"), dtype=np.uint32)
    from ..text.tokens import tokens

    toks = [t for t in tokens(text) if not t.isspace()]
    ids = {t: zlib.crc32(t.encode("utf-8")) for t in set(toks)}  # stable across processes, unlike hash()
    return np.fromiter(map(ids.__getitem__, toks), dtype=np.uint32, count=len(toks))


def shingle_hashes(text: str, shingles: Shingles = DEFAULT_SHINGLES) -> np.ndarray:
    """The distinct 32-bit hashes of the text's shingles (a text shorter than n is one shingle)."""
    import numpy as np

    units = _units(text, shingles.unit).astype(np.uint64)
    n = min(shingles.n, len(units))
    if n == 0:
        return np.zeros(0, dtype=np.uint32)
    width = len(units) - n + 1
    h = units[:width].copy()
    for k in range(1, n):  # a polynomial hash of the n units, wrapping at 2**64
        h = h * np.uint64(0x100000001B3) ^ units[k:k + width]
    return np.unique((h ^ (h >> np.uint64(32))).astype(np.uint32))


@lru_cache(maxsize=4)
def _template(num_perm: int):  # -> datasketch.MinHash, whose permutations every signature reuses
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=_SEED, scheme=_SCHEME)


def signature(text: str, shingles: Shingles = DEFAULT_SHINGLES, num_perm: int = NUM_PERM) -> np.ndarray:
    """The text's MinHash values (uint32, num_perm of them): datasketch's default scheme, with
    the shingles' own 32-bit hashes as input."""
    from datasketch import MinHash

    t = _template(num_perm)
    m = MinHash(num_perm=num_perm, seed=_SEED, permutations=t.permutations, hashfunc=int, scheme=t.scheme)
    hashes = shingle_hashes(text, shingles)
    for i in range(0, len(hashes), _CHUNK):
        m.update_batch(hashes[i:i + _CHUNK].tolist())
    return m.hashvalues


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float((a == b).mean())


class Deduper:
    """Marks (or drops) duplicates among the documents of one run, seen in order.

    `check(doc)` returns the document (with `duplicate_of` and `similarity` set when it is a
    duplicate) and whether it is one; calling the deduper itself does the same and returns None
    for a duplicate in `drop` mode, so it serves as a run's per-document post-processing step.
    `sig`: the document's signature, when a worker has computed it already.
    """

    def __init__(self, mode: Mode = "exact", threshold: float = THRESHOLD, shingles: Shingles = DEFAULT_SHINGLES,
                 num_perm: int = NUM_PERM) -> None:
        if mode not in MODES:
            raise ValueError(f"dedup mode must be one of {', '.join(MODES)}, not {mode!r}")
        if not 0 < threshold <= 1:
            raise ValueError(f"dedup threshold must be in (0, 1], not {threshold}")
        self.mode = mode
        self.threshold = threshold
        self.shingles = shingles
        self.num_perm = num_perm
        self.near = mode in ("near", "drop")
        self.drop = mode == "drop"
        self._first: dict[str, str] = {}
        """content_hash → id of the first document with that text."""
        self._ids: list[str] = []
        self._sigs: list[bytes] = []
        self._lsh = None
        if self.near:
            from datasketch import MinHashLSH

            self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=LSH_WEIGHTS)
        self.exact_duplicates = 0
        self.near_duplicates = 0

    def signature(self, doc: Document) -> np.ndarray:
        return signature(doc.text, self.shingles, self.num_perm)

    def find(self, doc_id: str, text_hash: str, sig: Callable[[], np.ndarray] | np.ndarray | None = None,
             ) -> tuple[str, float] | None:
        """The kept document a document duplicates, as (its id, similarity); None when it is new,
        and then it is kept. For a runner that carries documents as JSON: it needs only the id, the
        content hash and (near modes) the signature, or a function that makes it."""
        if self.mode == "off":
            return None
        first = self._first.get(text_hash)
        if first is not None:
            self.exact_duplicates += 1
            return first, 1.0
        if self.near:
            import numpy as np
            from datasketch import LeanMinHash

            values = sig() if callable(sig) else sig
            if values is None:
                raise ValueError("near-duplicate detection needs the document's signature")
            m = LeanMinHash(seed=_SEED, hashvalues=values, scheme=_SCHEME)
            best, best_sim = -1, 0.0
            for key in self._lsh.query(m):
                s = similarity(values, np.frombuffer(self._sigs[key], dtype=values.dtype))
                if s >= self.threshold and (s > best_sim or (s == best_sim and key < best)):
                    best, best_sim = key, s
            if best >= 0:
                self.near_duplicates += 1
                return self._ids[best], round(best_sim, 3)
            self._lsh.insert(len(self._ids), m, check_duplication=False)
            self._ids.append(doc_id)
            self._sigs.append(values.tobytes())
        self._first[text_hash] = doc_id
        return None

    def check(self, doc: Document, sig: np.ndarray | None = None) -> tuple[Document, bool]:
        h = doc.content_hash or content_hash(doc.text)
        found = self.find(doc.id, h, sig if sig is not None else (lambda: self.signature(doc)))
        if found is None:
            return doc, False
        return doc.model_copy(update={"content_hash": h, "duplicate_of": found[0], "similarity": found[1]}), True

    def __call__(self, doc: Document) -> Document | None:
        doc, dup = self.check(doc)
        return None if dup and self.drop else doc


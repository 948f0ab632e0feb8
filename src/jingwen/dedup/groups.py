"""Run-wide duplicate decisions from groups, for an engine with no process that sees every
document in order (jingwen.ray): the same decisions `Deduper` makes, computed in three steps.

1. `group_keys`: each document's keys — its content hash, and in the near modes its LSH band keys,
   the very buckets of Deduper's MinHashLSH (the band's bytes, not a hash of them, so no bucket is
   shared that Deduper's would not share).
2. `links`: per group of documents sharing a key (an engine's groupby), the few facts a decision
   can depend on: who shares a text ("same"), who shares text and signature ("copy": of such a
   class only the first can ever be kept, so only it is compared), and which pairs of classes in a
   band bucket reach the threshold ("near", with their similarity). A pair below the threshold can
   never be chosen, so it is not kept, and the links stay few: they touch only documents that have
   a copy or a candidate.
3. `decide`: Deduper's sequential pass replayed over the linked documents in input order — a
   document duplicates the first kept one with its text, or else the kept candidate with the highest
   similarity (ties to the earliest). A document with no link is kept and matters to no one.

Documents are named by `key`, an integer in input order, and by `id` for `duplicate_of`.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple

from .deduper import LSH_WEIGHTS, similarity

_SAME, _BAND = b"h", b"b"


class Member(NamedTuple):
    """One document in a group."""

    key: int
    id: str
    content_hash: str
    sig: bytes | None
    """Its signature's uint32 values as bytes (near modes)."""


@dataclass(frozen=True, slots=True)
class Link:
    kind: Literal["same", "copy", "near"]
    a: int
    b: int
    """same: `a`'s text first appears at `b`; copy: `a`'s class (text and signature) starts at `b`;
    near: the classes starting at `a` and `b` are candidates with this similarity."""
    similarity: float
    a_id: str
    b_id: str


def band_ranges(threshold: float, num_perm: int) -> list[tuple[int, int]]:
    """The (start, end) of each LSH band, as Deduper's MinHashLSH chooses them."""
    from datasketch import MinHashLSH

    return list(MinHashLSH(threshold=threshold, num_perm=num_perm, weights=LSH_WEIGHTS).hashranges)


def group_keys(content_hash: str, sig: bytes | None, ranges: Sequence[tuple[int, int]] = ()) -> list[bytes]:
    """A document's group keys: its text's, and one per band when `ranges` are given."""
    keys = [_SAME + content_hash.encode("ascii")]
    if ranges:
        if sig is None:
            raise ValueError("near-duplicate detection needs the document's signature")
        keys += [_BAND + struct.pack(">H", i) + sig[4 * start:4 * end] for i, (start, end) in enumerate(ranges)]
    return keys


def links(group_key: bytes, members: Iterable[Member], threshold: float) -> list[Link]:
    """What one group tells the decision (nothing, for a group of one)."""
    ms = sorted(members, key=lambda m: m.key)
    if len(ms) < 2:
        return []
    if group_key.startswith(_SAME):
        first = ms[0]
        return [Link("same", m.key, first.key, 1.0, m.id, first.id) for m in ms]
    import numpy as np

    classes: dict[tuple[str, bytes | None], list[Member]] = {}
    for m in ms:
        classes.setdefault((m.content_hash, m.sig), []).append(m)
    out = [Link("copy", m.key, c[0].key, 1.0, m.id, c[0].id) for c in classes.values() if len(c) > 1 for m in c]
    reps = [(c[0], np.frombuffer(c[0].sig or b"", dtype=np.uint32)) for c in classes.values()]
    for i, (a, sa) in enumerate(reps):
        for b, sb in reps[i + 1:]:
            s = similarity(sa, sb)
            if s >= threshold:
                out.append(Link("near", a.key, b.key, s, a.id, b.id))
    return out


def decide(all_links: Iterable[Link], near: bool) -> dict[int, tuple[str, float]]:
    """key → (duplicate_of, similarity) for each duplicate, as Deduper would mark it seeing every
    document in key order; `near`: the near modes (else only "same" links count)."""
    text: dict[int, int] = {}
    rep: dict[int, int] = {}
    cand: dict[int, dict[int, float]] = {}
    ids: dict[int, str] = {}
    for ln in all_links:
        ids[ln.a], ids[ln.b] = ln.a_id, ln.b_id
        if ln.kind == "same":
            text[ln.a] = ln.b
        elif ln.kind == "copy":
            rep[ln.a] = ln.b
        elif near:
            cand.setdefault(ln.a, {})[ln.b] = ln.similarity
            cand.setdefault(ln.b, {})[ln.a] = ln.similarity
    kept: set[int] = set()
    first_kept: dict[int, int] = {}
    """text (its first key) → the key of the kept document with it."""
    out: dict[int, tuple[str, float]] = {}
    for k in sorted(ids):
        t = text.get(k)
        if t is not None and t in first_kept:
            out[k] = (ids[first_kept[t]], 1.0)
            continue
        if near:
            best, best_sim = -1, 0.0
            for c, s in cand.get(rep.get(k, k), {}).items():
                if c < k and c in kept and (s > best_sim or (s == best_sim and c < best)):
                    best, best_sim = c, s
            if best >= 0:
                out[k] = (ids[best], round(best_sim, 3))
                continue
        kept.add(k)
        if t is not None:
            first_kept[t] = k
    return out

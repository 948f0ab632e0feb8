"""Near-duplicate detection: jieba-token shingles vs character n-grams, on generated templates
with controlled edits (bench/variants.py: new titles, paragraphs reordered, 5–30 % of the text
edited). Prints, per shingling and threshold, precision and recall of `Deduper` (MinHash LSH),
recall by how much of a copy was edited, and what the signatures and the LSH cost.

    python bench/dedup_bench.py [--families 60] [--copies 4] [--singles 100] [--seed 7]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from variants import Doc, corpus

from jingwen.dedup import deduper as dedup
from jingwen.models import Document, Source

METHODS = [dedup.Shingles("char", 3), dedup.Shingles("char", 4), dedup.Shingles("char", 5),
           dedup.Shingles("token", 2), dedup.Shingles("token", 3)]
THRESHOLDS = (0.8, 0.7)
BANDS = ((0.05, 0.10), (0.10, 0.20), (0.20, 0.30))


def as_document(d: Doc) -> Document:
    return Document(id=d.id, source=Source(path=d.id, sha256=d.id), text=d.text)


def evaluate(docs: list[Doc], sigs: list[np.ndarray], shingles: dedup.Shingles, threshold: float) -> dict:
    family = {d.id: d.family for d in docs}
    deduper = dedup.Deduper("near", threshold, shingles)
    seen: set[int] = set()
    should = flagged = right = 0
    band_should = [0] * len(BANDS)
    band_right = [0] * len(BANDS)
    start = time.perf_counter()
    for d, sig in zip(docs, sigs, strict=True):
        out, dup = deduper.check(as_document(d), sig)
        expected = d.family in seen
        seen.add(d.family)
        ok = dup and family[out.duplicate_of] == d.family
        should += expected
        flagged += dup
        right += ok
        for i, (lo, hi) in enumerate(BANDS):
            if expected and d.edit and lo <= d.edit < hi + 1e-9:
                band_should[i] += 1
                band_right[i] += ok
    seconds = time.perf_counter() - start
    return {"precision": right / flagged if flagged else 1.0, "recall": right / should if should else 1.0,
            "bands": [r / s if s else float("nan") for r, s in zip(band_right, band_should, strict=True)],
            "lsh_ms": seconds / len(docs) * 1e3}


def true_jaccard(docs: list[Doc], shingles: dedup.Shingles) -> list[float]:
    """Mean Jaccard similarity of each copy to its template's text, by edit band."""
    by_id = {d.id: d for d in docs}
    sums = [[] for _ in BANDS]
    for d in docs:
        if not d.edit:
            continue
        t = by_id[f"t{d.family}"]
        a = set(dedup.shingle_hashes(d.text, shingles).tolist())
        b = set(dedup.shingle_hashes(t.text, shingles).tolist())
        for i, (lo, hi) in enumerate(BANDS):
            if lo <= d.edit < hi + 1e-9:
                sums[i].append(len(a & b) / len(a | b))
    return [sum(s) / len(s) if s else float("nan") for s in sums]


def max_unrelated(docs: list[Doc], sigs: list[np.ndarray]) -> float:
    """The highest estimated similarity between documents of different templates (the rewritten
    ones included)."""
    m = np.stack(sigs)
    fam = np.array([d.family for d in docs])
    best = 0.0
    for i in range(len(docs)):
        sim = (m[i + 1:] == m[i]).mean(axis=1)
        other = fam[i + 1:] != fam[i]
        if other.any():
            best = max(best, float(sim[other].max()))
    return best


MEMORY_DOCS = 20000


def memory(mode: dedup.Mode, threshold: float = 0.8) -> float:
    """Bytes the parent's Deduper holds per kept (distinct) document: what it allocates, and the
    content hash and id strings it keeps alive once the document itself is gone."""
    import tracemalloc

    rng = np.random.default_rng(1)
    docs = [Document(id=f"{i:016x}", source=Source(path=str(i), sha256=str(i)), text=str(i))
            for i in range(MEMORY_DOCS)]
    sigs = [rng.integers(0, 2**32, dedup.NUM_PERM, dtype=np.uint32) for _ in docs]
    for d in docs:
        d.content_hash = dedup.content_hash(d.text)
    tracemalloc.start()
    deduper = dedup.Deduper(mode, threshold)
    before = tracemalloc.get_traced_memory()[0]
    for d, sig in zip(docs, sigs, strict=True):
        deduper.check(d, sig)
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    kept = sum(sys.getsizeof(d.content_hash) + sys.getsizeof(d.id) for d in docs)
    return (after - before + kept) / len(docs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--families", type=int, default=60)
    ap.add_argument("--copies", type=int, default=4)
    ap.add_argument("--singles", type=int, default=100)
    ap.add_argument("--related", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    docs = corpus(args.seed, args.families, args.copies, args.singles, args.related)
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    from jingwen.text import tokens

    for sh in METHODS:  # load the tokenizer and datasketch before timing (once per process in a real run)
        dedup.signature("预热", sh)
    print(f"{len(docs)} documents: {args.families} templates × {args.copies} edited copies, {args.singles} unrelated,"
          f" {args.related} rewritten from a template; {mb:.2f} MB; tokenizer {tokens.tokenizer().backend};"
          f" num_perm {dedup.NUM_PERM}")
    head = (f"{'shingles':<9}{'thr':>5}{'precision':>10}{'recall':>8}"
            + "".join(f"{f'r {int(lo * 100)}-{int(hi * 100)}%':>10}" for lo, hi in BANDS)
            + f"{'J 5-10%':>9}{'J 20-30%':>9}{'max other':>10}{'sig MB/s':>9}{'sig ms':>7}{'lsh ms':>7}")
    print(head)
    print("-" * len(head))
    for sh in METHODS:
        sig_s = float("inf")
        for _ in range(3):  # best of three: the machine is shared
            start = time.perf_counter()
            sigs = [dedup.signature(d.text, sh) for d in docs]
            sig_s = min(sig_s, time.perf_counter() - start)
        jac = true_jaccard(docs, sh)
        other = max_unrelated(docs, sigs)
        for thr in THRESHOLDS:
            r = evaluate(docs, sigs, sh, thr)
            print(f"{sh!s:<9}{thr:>5.2f}{r['precision']:>10.3f}{r['recall']:>8.3f}"
                  + "".join(f"{b:>10.3f}" for b in r["bands"])
                  + f"{jac[0]:>9.3f}{jac[-1]:>9.3f}{other:>10.3f}{mb / sig_s:>9.2f}"
                  + f"{sig_s / len(docs) * 1e3:>7.2f}{r['lsh_ms']:>7.2f}")
    print(f"\ndefault: {dedup.DEFAULT_SHINGLES}; parent memory per kept document ({MEMORY_DOCS} documents):")
    print(f"exact {memory('exact'):.0f} B, near at 0.8 {memory('near', 0.8):.0f} B, at 0.7 {memory('near', 0.7):.0f} B")
    print("\nr a-b%: recall among copies with that share edited; J: mean true Jaccard of such copies to their"
          "\ntemplate; max other: highest estimated similarity between documents of different templates;"
          "\nsig: shingling + MinHash per document (token shingles include jieba tokenization); lsh: parent's"
          "\nlookup + insert per document.")


if __name__ == "__main__":
    main()

"""What jieba enrichment and duplicate detection cost.

1. Tokens and keywords on one text: the samples' clean text repeated to a few MB — plain
   `jieba.lcut`, the tokens we use (rjieba, and jieba without HMM), our keywords with each.
2. The pipeline per document on generated documents (bench/variants.py: templates, edited
   copies, unrelated ones), without enrichment and dedup, then with each added.

    python bench/enrich_bench.py [--mb 3] [--repeat 3]

Speeds are the best of `--repeat` runs (the machine may be shared); loading the dictionaries is
left out (once per process: `load` rows).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from variants import corpus  # noqa: E402

from jingwen import Options, enrich, process_text  # noqa: E402
from jingwen.dedup import deduper as dedup  # noqa: E402
from jingwen.text import tokens  # noqa: E402

ROOT = HERE.parent


def best(f: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        f()
        times.append(time.perf_counter() - start)
    return min(times)


def timed_once(f: Callable[[], object]) -> float:
    start = time.perf_counter()
    f()
    return time.perf_counter() - start


def text_table(mb: float, repeat: int) -> None:
    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    samples = [process_text(p.read_text(encoding="utf-8-sig"), options=Options(keywords=0)).text
               for p in sorted((ROOT / "samples").glob("*.txt"))]
    base = "\n".join(samples)
    text = base * max(1, round(mb * 1e6 / len(base.encode("utf-8"))))
    size = len(text.encode("utf-8")) / 1e6
    backends = tokens.available_backends()
    print(f"1. one text: the samples' clean text repeated to {size:.2f} MB; backends installed: {', '.join(backends)}")
    print(f"{'':<34}{'MB/s':>8}{'× jieba.lcut':>14}")
    loads = {"jieba": timed_once(jieba.initialize)}
    for b in backends:
        loads[f"ours ({b}): tokenizer"] = timed_once(lambda b=b: tokens.tokenizer(backend=b))
    loads["ours: IDF table, tags, stop words"] = timed_once(enrich._tables)
    base_s = best(lambda: jieba.lcut(text), 1)
    rows = [("jieba.lcut (HMM, plain)", base_s),
            ("jieba.lcut(HMM=False)", best(lambda: jieba.lcut(text, HMM=False), 1))]
    if "rjieba" in backends:
        rows.append(("rjieba tokens", best(lambda: tokens.tokens(text, backend="rjieba"), repeat)))
        rows.append(("our keywords (rjieba)", best(lambda: enrich.keywords(text, backend="rjieba"), repeat)))
    rows.append(("our keywords (jieba fallback)", best(lambda: enrich.keywords(text, backend="jieba"), 1)))
    for name, s in rows:
        print(f"{name:<34}{size / s:>8.2f}{base_s / s:>13.1f}×")
    for name, s in loads.items():
        print(f"load: {name:<36}{s:>6.2f} s")


def pipeline_table(repeat: int) -> None:
    docs = [d.text for d in corpus()]
    size = sum(len(t.encode("utf-8")) for t in docs) / 1e6
    off = Options(keywords=0)
    plain = [process_text(t, path=f"d{i}", options=off) for i, t in enumerate(docs)]
    print(f"\n2. per document: {len(docs)} generated documents, {size:.2f} MB (avg {size * 1e6 / len(docs):.0f} bytes)")
    print(f"{'':<40}{'MB/s':>8}{'docs/s':>9}{'ms/doc':>8}")

    def pipeline(options: Options) -> Callable[[], object]:
        return lambda: [process_text(t, path=f"d{i}", options=options) for i, t in enumerate(docs)]

    def stage(f: Callable[[object], object]) -> Callable[[], object]:
        return lambda: [f(d) for d in plain]

    def dedup_run(mode: dedup.Mode, threshold: float = dedup.THRESHOLD) -> Callable[[], object]:
        def go() -> None:
            d = dedup.Deduper(mode, threshold)
            for doc in plain:
                d.check(doc)
        return go

    rows = [("pipeline, no keywords, no dedup", best(pipeline(off), repeat)),
            ("pipeline + keywords (default)", best(pipeline(Options()), repeat))]
    stages = [("  keywords stage alone (rjieba)", stage(lambda d: enrich.enrich(d, backend="rjieba")))
              ] if "rjieba" in tokens.available_backends() else []
    import jieba

    stages += [("  keywords stage alone (jieba fallback)", stage(lambda d: enrich.enrich(d, backend="jieba"))),
               ("  (plain jieba.lcut of each document)", stage(lambda d: jieba.lcut(d.text))),
               ("  dedup exact (parent)", dedup_run("exact")),
               ("  dedup near 0.8: signatures (worker)", stage(lambda d: dedup.signature(d.text))),
               ("  dedup near 0.8: signatures + LSH", dedup_run("near")),
               ("  dedup near 0.7: signatures + LSH", dedup_run("near", 0.7))]
    rows += [(name, best(f, 1 if "fallback" in name else repeat)) for name, f in stages]
    for name, s in rows:
        print(f"{name:<40}{size / s:>8.2f}{len(docs) / s:>9.0f}{s / len(docs) * 1e3:>8.2f}")
    print("(indented rows: that step alone, on the pipeline's documents; in a run it adds to the pipeline's time)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=3.0, help="size of the repeated text")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    text_table(args.mb, args.repeat)
    pipeline_table(args.repeat)


if __name__ == "__main__":
    main()

"""How much of the pipeline (no keywords) is spent inside `re`'s C engine, against the time the
0.4× target of `make bench` allows the whole pipeline.

    python bench/regex_floor.py [--corpus .bench/corpus] [--docs 600]

It times the bare baseline and the pipeline on the same documents (CPU time, best of 3), then runs
the pipeline once under cProfile and adds up the time inside the `re.Pattern` and `re.Match`
methods, less cProfile's own cost per call (measured on a no-op C call and taken off). The regex
time is work no Python-level tuning removes: the rule packs' patterns, marker and layout tests run
in C already. When it alone exceeds the budget, the target needs another matching engine, not
faster Python.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import load_corpus
from stages import baseline, pipeline

TARGET = 0.4


def _cpu_seconds(work: Callable[[], object], rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        t = time.process_time()
        work()
        best = min(best, time.process_time() - t)
    return best


def _profiler_cost_per_call(n: int = 300_000) -> float:
    x: list[int] = []
    t = time.process_time()
    for _ in range(n):
        x.__len__()
    bare = time.process_time() - t
    prof = cProfile.Profile()
    prof.enable()
    t = time.process_time()
    for _ in range(n):
        x.__len__()
    profiled = time.process_time() - t
    prof.disable()
    return max(profiled - bare, 0.0) / n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path(".bench/corpus"))
    ap.add_argument("--docs", type=int, default=600, help="the first N documents of the corpus")
    args = ap.parse_args()
    corpus = load_corpus(args.corpus)[: args.docs]
    if not corpus:
        sys.exit(f"no documents in {args.corpus} (make bench generates them)")
    mb = sum(len(d) for _, d in corpus) / 1e6
    base = _cpu_seconds(baseline(corpus)) / mb
    run = pipeline(corpus)
    pipe = _cpu_seconds(run) / mb
    prof = cProfile.Profile()
    prof.enable()
    run()
    prof.disable()
    per_call = _profiler_cost_per_call()
    calls = inside = 0.0
    for (file, _line, name), (_cc, ncalls, tottime, _ct, _callers) in pstats.Stats(prof).stats.items():  # type: ignore[attr-defined]
        if file == "~" and ("re.Pattern" in name or "re.Match" in name):
            calls += ncalls
            inside += tottime
    regex = max(inside - calls * per_call, 0.0) / mb
    budget = base / TARGET
    ms = 1000
    print(f"{len(corpus)} documents, {mb:.1f} MB (CPU time, best of 3)")
    print(f"bare baseline               {base * ms:7.1f} ms/MB")
    print(f"pipeline, no keywords       {pipe * ms:7.1f} ms/MB  ({base / pipe:.2f}x the baseline)")
    print(f"budget for {TARGET}x the baseline {budget * ms:7.1f} ms/MB")
    print(f"inside re (pipeline)        {regex * ms:7.1f} ms/MB  ({regex / pipe:.0%} of the pipeline, "
          f"{regex / budget:.1f}x the budget; {calls / mb:,.0f} calls/MB, profiler's "
          f"{per_call * 1e9:.0f} ns/call taken off)")


if __name__ == "__main__":
    main()

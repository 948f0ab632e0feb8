"""What every benchmark script shares: the row contract `bench/run.py` speaks, and the timing loop.

A benchmark script (`bench/stages.py`, and `bench/enrich_bench.py`, `bench/runner_bench.py`,
`bench/pdf_bench.py` where those exist) declares its rows and calls `serve(ROWS)`:

    python bench/X.py --list                         one JSON object a line: {"row", "target"?}
    python bench/X.py --row NAME --corpus DIR --rounds N
                                                     one JSON object: {"row", "bytes", "docs",
                                                     "seconds": [one per round], "rss_mb"}
    python bench/X.py --row NAME --corpus DIR --profile
                                                     one round under pyinstrument (pip install -e
                                                     ".[bench]"), its call tree printed

`run.py` runs each row in a fresh process (so ru_maxrss is that row's peak memory) and builds
the table. Every row processes the whole corpus once per round, and `bytes` is the corpus's input
size, so MB/s are comparable across rows. A row's `target` ({"vs": ROW, "min": X}) asks the table
to report median(MB/s of this row) / median(MB/s of ROW) against the ratio X.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Row:
    name: str
    setup: Callable[[list[tuple[str, bytes]]], Callable[[], object]]
    """Given the corpus [(name, bytes)], prepare the inputs (untimed) and return one round's work."""
    target: dict[str, Any] | None = None
    docs: Callable[[list[tuple[str, bytes]]], int] = field(default=len)
    """How many units one round processes (default: the corpus's documents)."""
    size: Callable[[list[tuple[str, bytes]]], int] | None = None
    """Bytes one round reads, when not the corpus's (a row over its own input, e.g. a PDF)."""
    unit: str = "docs"
    """What `docs` counts, shown in the table's per-second column (docs, pages)."""


def load_corpus(folder: Path) -> list[tuple[str, bytes]]:
    """The corpus files in name order, as (name, bytes)."""
    return [(p.name, p.read_bytes()) for p in sorted(folder.glob("*.txt"))]


def rss_mb() -> float:
    """Current resident set size of this process, in MB (Linux; 0 elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def time_rounds(work: Callable[[], object], rounds: int) -> list[float]:
    """Wall seconds of each round; the collector runs between rounds, not inside them."""
    out = []
    for _ in range(rounds):
        gc.collect()
        t = time.perf_counter()
        work()
        out.append(time.perf_counter() - t)
    return out


def each(fn: Callable[[Any], object], items: Iterable[Any]) -> Callable[[], None]:
    """One round: `fn` over every item, results dropped (so memory shows a streaming run). `fn`
    runs once on the first item beforehand, so that what loads on first use is not timed."""
    items = list(items)
    if items:
        fn(items[0])

    def work() -> None:
        for x in items:
            fn(x)

    return work


def serve(rows: list[Row], argv: list[str] | None = None, notes: list[str] | None = None) -> None:
    """`notes`: what a row's rounds add to say (a file's size); the last is printed under the table."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--row")
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--profile", action="store_true", help="profile one round with pyinstrument")
    a = ap.parse_args(argv)
    if a.list:
        for r in rows:
            print(json.dumps({"row": r.name, "target": r.target, "unit": r.unit}, ensure_ascii=False))
        return
    by_name = {r.name: r for r in rows}
    if a.row not in by_name or a.corpus is None:
        sys.exit(f"usage: --list | --row NAME --corpus DIR [--rounds N]; rows: {', '.join(by_name)}")
    row = by_name[a.row]
    corpus = load_corpus(a.corpus)
    work = row.setup(corpus)
    if a.profile:
        _profile(work)
        return
    rss = rss_mb()
    seconds = time_rounds(work, a.rounds)
    size = row.size(corpus) if row.size else sum(len(d) for _, d in corpus)
    print(json.dumps({"row": row.name, "bytes": size, "docs": row.docs(corpus), "unit": row.unit,
                      "seconds": seconds, "rss_mb": round(rss, 1), "note": notes[-1] if notes else None},
                     ensure_ascii=False))


def scratch() -> Path:
    """A folder of this process's own, removed when it exits."""
    path = Path(tempfile.mkdtemp(prefix="jingwen-bench-"))
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


def as_files(corpus: list[tuple[str, bytes]], folder: Path) -> list[Path]:
    """The corpus as files again (before the clock): rows that run the CLI run on files, as a user does."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in corpus:
        (folder / name).write_bytes(data)
    return [folder / name for name, _ in corpus]


def cli(*args: str) -> Callable[[list[tuple[str, bytes]]], Callable[[], object]]:
    """A row's setup that times `jingwen clean CORPUS -o OUT -q ARGS` (a process per round, output
    to a file that is removed after the round)."""

    def setup(corpus: list[tuple[str, bytes]]) -> Callable[[], object]:
        work_dir = scratch()
        as_files(corpus, work_dir / "corpus")
        out = work_dir / "out.jsonl"
        cmd = [sys.executable, "-m", "jingwen", "clean", str(work_dir / "corpus"), "-o", str(out), "-q", *args]

        def work() -> None:
            subprocess.run(cmd, check=True)
            out.unlink()
            out.with_name("out.errors.jsonl").unlink(missing_ok=True)

        return work

    return setup


def _profile(work: Callable[[], object]) -> None:
    try:
        from pyinstrument import Profiler
    except ImportError:
        sys.exit('--profile needs pyinstrument: .venv/bin/pip install -e ".[bench]"')
    profiler = Profiler()
    profiler.start()
    work()
    profiler.stop()
    print(profiler.output_text(color=False))

"""Batch runner bench: throughput of 1 vs 2 workers and peak memory as the corpus grows.

    python bench/runner_bench.py --list | --row NAME --corpus DIR --rounds N
                                                      # rows of `make bench` (harness.py): the CLI
                                                      # with 1 and with 2 workers on the bench corpus
    python bench/runner_bench.py --mb 50              # one corpus size
    python bench/runner_bench.py --mb 50 --mb 500     # and whether memory grows with the corpus

Generates a corpus (fixed seed) of variants of samples/*.txt, runs `jingwen clean` on it as a user
would (a separate process, output to a file), and reads the run's --report: documents, seconds,
docs/s, MB/s, and the peak RSS of the parent and of the largest worker (getrusage in each process).
It also samples the whole process tree's RSS (parent + forkserver + workers) every 50 ms on Linux.
The machine's load average is printed: on a shared machine, throughput depends on it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

sys.path.append(str(ROOT / "bench"))  # after tests/: both hold a corpus.py, this script means tests/corpus.py

from harness import Row, cli, serve  # noqa: E402

from corpus import write_corpus  # noqa: E402

ONE, TWO = "run, 1 worker (CLI)", "run, 2 workers (CLI)"
ROWS = [Row(ONE, cli("-w", "1")), Row(TWO, cli("-w", "2"), target={"vs": ONE, "min": 1.7})]


def _tree_rss(pid: int) -> int:
    """Sum of VmRSS over a process and its descendants, in bytes (0 where /proc is missing)."""
    proc = Path("/proc")
    if not proc.exists():
        return 0
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for d in proc.iterdir():
        if not d.name.isdigit():
            continue
        try:
            status = (d / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        children.setdefault(int(fields.get("PPid", "0")), []).append(int(d.name))
        rss[int(d.name)] = int(fields.get("VmRSS", "0 kB").split()[0]) * 1024
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(children.get(p, []))
    return total


def measure(corpus: Path, workers: int, out_dir: Path, extra: list[str]) -> dict[str, float]:
    out, report = out_dir / f"out-w{workers}.jsonl", out_dir / f"report-w{workers}.json"
    cmd = [sys.executable, "-m", "jingwen", "clean", str(corpus), "-o", str(out), "-w", str(workers), "-q",
           "--report", str(report), *extra]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd)
    peak_tree = 0
    while proc.poll() is None:
        peak_tree = max(peak_tree, _tree_rss(proc.pid))
        time.sleep(0.05)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}")
    r = json.loads(report.read_text())
    for f in (out, report, out.with_name(out.stem + ".errors.jsonl")):
        f.unlink(missing_ok=True)
    return {"workers": workers, "documents": r["documents"], "input_mb": r["input_mb"], "seconds": r["seconds"],
            "wall_seconds": round(wall, 2), "docs_per_s": r["docs_per_s"], "mb_per_s": r["mb_per_s"],
            "parent_mb": r["peak_rss_mb"]["parent"], "worker_mb": r["peak_rss_mb"]["worker_max"],
            "tree_mb": round(peak_tree / 1e6, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, action="append", help="corpus size in MB (repeatable; default 50)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=1, help="runs per setting (interleaved); the fastest is kept")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--args", default="", help="more options for jingwen clean, e.g. '--dedup off'")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--keep", type=Path, help="generate corpora under this folder and keep them for next time")
    a = ap.parse_args()
    sizes = a.mb or [50.0]
    results = []
    base = a.keep or Path(tempfile.mkdtemp(prefix="jingwen-bench-"))
    try:
        for mb in sizes:
            corpus = base / f"corpus-{mb:g}mb-seed{a.seed}"
            if not (corpus / ".complete").exists():
                shutil.rmtree(corpus, ignore_errors=True)
                t = time.perf_counter()
                n = len(write_corpus(corpus, mb=mb, seed=a.seed))
                (corpus / ".complete").write_text(str(n))
                print(f"generated {n} documents ({mb:g} MB) in {time.perf_counter() - t:.1f} s", file=sys.stderr)
            runs: dict[int, list[dict[str, float]]] = {w: [] for w in a.workers}
            for _ in range(a.repeat):  # interleaved, so that a busy spell on the machine hits both settings
                for w in a.workers:
                    r = measure(corpus, w, base, a.args.split())
                    r["load_avg_1m"] = round(os.getloadavg()[0], 2)
                    runs[w].append(r)
                    print(f"  {mb:g} MB, {w} worker(s): {r['docs_per_s']} docs/s (load {r['load_avg_1m']})",
                          file=sys.stderr)
            for w in a.workers:
                best = max(runs[w], key=lambda r: r["docs_per_s"] or 0)
                best["corpus_mb"] = mb
                results.append(best)
    finally:
        if not a.keep:
            shutil.rmtree(base, ignore_errors=True)

    cols = ["corpus_mb", "documents", "workers", "seconds", "docs_per_s", "mb_per_s", "parent_mb", "worker_mb",
            "tree_mb", "load_avg_1m"]
    heads = ["corpus MB", "docs", "workers", "seconds", "docs/s", "MB/s", "parent MB", "worker MB",
             "all procs MB", "load"]
    widths = [max(len(h), *(len(str(r[c])) for r in results)) for h, c in zip(heads, cols, strict=True)]
    print("  ".join(h.rjust(w) for h, w in zip(heads, widths, strict=True)))
    for r in results:
        print("  ".join(str(r[c]).rjust(w) for c, w in zip(cols, widths, strict=True)))
    print()
    for mb in sizes:
        by_w = {r["workers"]: r for r in results if r["corpus_mb"] == mb}
        if 1 in by_w and 2 in by_w:
            print(f"{mb:g} MB: 2 workers / 1 worker = {by_w[2]['docs_per_s'] / by_w[1]['docs_per_s']:.2f}x "
                  "throughput (target >= 1.7x)")
    if len(sizes) > 1:
        lo, hi = min(sizes), max(sizes)
        for w in a.workers:
            a_, b_ = (next(r for r in results if r["corpus_mb"] == s and r["workers"] == w) for s in (lo, hi))
            print(f"{w} worker(s): peak memory {lo:g} MB → {hi:g} MB corpus: parent {a_['parent_mb']} → "
                  f"{b_['parent_mb']} MB, largest worker {a_['worker_mb']} → {b_['worker_mb']} MB, "
                  f"all processes {a_['tree_mb']} → {b_['tree_mb']} MB")
    if a.json:
        a.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    if {"--list", "--row"} & set(sys.argv):
        serve(ROWS)
    else:
        main()

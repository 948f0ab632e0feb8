"""Rows for `--engine ray` on a local Ray instance (2 CPUs), beside `run, 2 workers (CLI)` of
`runner_bench.py` (the local process pool), both `jingwen clean` over the whole corpus (the default
exact dedup, JSON lines to a file):

    run, Ray (local, 2 CPUs)                    `jingwen clean CORPUS -o OUT --engine ray`, a process
                                                per round: it starts a local Ray instance and stops it
    run, Ray (local, 2 CPUs, instance running)  jingwen.ray.run_files in this process, the instance
                                                started before the clock (as on a cluster that runs)

Rows follow the contract in `harness.py` (`bench/run.py` runs them). Peak memory is that of the
row's process: not of Ray's workers, which the Ray instance owns.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import Row, as_files, cli, scratch, serve

RAY_CLI = "run, Ray (local, 2 CPUs)"
RAY_RUNNING = "run, Ray (local, 2 CPUs, instance running)"


def running(corpus: list[tuple[str, bytes]]) -> Callable[[], object]:
    import jingwen.ray as jr

    work_dir = scratch()
    paths = as_files(corpus, work_dir / "corpus")
    out = work_dir / "out.jsonl"
    jr.connect(num_cpus=2)
    jr.quiet_ray_data(True)
    jr.run_files(paths[:8], str(out), quiet=True)  # Ray Data's first use in this driver is not timed

    def work() -> None:
        report = jr.run_files(paths, str(out), quiet=True)
        if report.failures:
            raise SystemExit(f"{report.failures} inputs failed")
        out.unlink()

    return work


ROWS = [Row(RAY_CLI, cli("--engine", "ray")), Row(RAY_RUNNING, running)]

if __name__ == "__main__":
    serve(ROWS)

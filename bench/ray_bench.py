"""Rows for `--engine ray` on a local Ray instance (2 CPUs), beside the local process pool, all as
`jingwen clean` over the whole corpus (the default exact dedup, JSON lines to a file):

    run, process pool (CLI, 2 workers)          `jingwen clean CORPUS -o OUT -w 2`, a process per round
    run, Ray (local, 2 CPUs)                    `jingwen clean CORPUS -o OUT --engine ray`, a process per
                                                round: it starts a local Ray instance and stops it
    run, Ray (local, 2 CPUs, instance running)  jingwen.ray.run_files in this process, the instance
                                                started before the clock (as on a cluster that runs)

Rows follow the contract in `harness.py` (`bench/run.py` runs them); also `python bench/ray_bench.py
--list`. The first two time the same command line but for the engine. Peak memory is that of the
row's process: for the CLI rows the `jingwen clean` process and its waited-for children (the pool's
workers; not Ray's, which the Ray instance owns), for the last the driver only.
"""

from __future__ import annotations

import atexit
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import Row, serve

Corpus = list[tuple[str, bytes]]
POOL = "run, process pool (CLI, 2 workers)"
RAY_CLI = "run, Ray (local, 2 CPUs)"
RAY_RUNNING = "run, Ray (local, 2 CPUs, instance running)"


def _scratch() -> Path:
    """A folder of this process's own, removed when it exits."""
    path = Path(tempfile.mkdtemp(prefix="jingwen-ray-bench-"))
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


def _files(corpus: Corpus, scratch: Path) -> list[Path]:
    """The corpus as files again (before the clock): the rows run on files, as a user's run does."""
    folder = scratch / "corpus"
    folder.mkdir()
    for name, data in corpus:
        (folder / name).write_bytes(data)
    return [folder / name for name, _ in corpus]


def cli(*engine: str) -> Callable[[Corpus], Callable[[], object]]:
    def setup(corpus: Corpus) -> Callable[[], object]:
        scratch = _scratch()
        _files(corpus, scratch)
        folder = scratch / "corpus"
        out = scratch / "out.jsonl"
        cmd = [sys.executable, "-m", "jingwen", "clean", str(folder), "-o", str(out), "-q", *engine]

        def work() -> None:
            subprocess.run(cmd, check=True)
            out.unlink()
            out.with_name("out.errors.jsonl").unlink(missing_ok=True)

        return work

    return setup


def running(corpus: Corpus) -> Callable[[], object]:
    import jingwen.ray as jr

    scratch = _scratch()
    paths = _files(corpus, scratch)
    out = scratch / "out.jsonl"
    jr.connect(num_cpus=2)
    jr.quiet_ray_data(True)
    jr.run_files(paths[:8], str(out), quiet=True)  # Ray Data's first use in this driver is not timed

    def work() -> None:
        report = jr.run_files(paths, str(out), quiet=True)
        if report.failures:
            raise SystemExit(f"{report.failures} inputs failed")
        out.unlink()

    return work


ROWS = [Row(POOL, cli("-w", "2")), Row(RAY_CLI, cli("--engine", "ray")), Row(RAY_RUNNING, running)]

if __name__ == "__main__":
    serve(ROWS)

"""jingwen on Ray Data (`pip install 'jingwen[ray]'`): the per-document pipeline as a `map_batches`
stage over a cluster, run-wide duplicate marking as a groupby, and the local run's outputs.

    import ray, jingwen.ray as jr
    jr.connect()                                    # or jr.connect("auto") on a cluster's node
    result = jr.clean(ray.data.read_json("crawl/*.jsonl"), dedup="near")
    result.documents  # Dataset: one row per document, its JSON in `json`, `key` gives input order
    result.errors     # Dataset: path (`input`), stage, kind, message

`jingwen clean --engine ray [--address ADDR] INPUTS -o OUT` does the same for files. This package's
modules import `ray` absolutely (`import ray`): the name `jingwen.ray` does not shadow it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from ..batch.records import Failure
from ..batch.report import Report
from ..dedup.deduper import THRESHOLD
from ..options import DEFAULT, Options
from ..output.write import ErrorLog
from .engine import Result, clean, connect, paths_dataset, sorted_by_key
from .output import write

__all__ = ["Result", "clean", "connect", "paths_dataset", "run_files", "sorted_by_key", "write"]


def run_files(paths: Iterable[Path | str], target: str, options: Options = DEFAULT, *, dedup: str = "exact",
              threshold: float = THRESHOLD, errors: ErrorLog | None = None,
              on_failure: Callable[[Failure], None] | None = None, address: str | None = None,
              quiet: bool = False) -> Report:
    """`jingwen clean --engine ray`: files → `target`, failures → `errors`; the local run's report.
    Starts a local Ray instance when `address` is None and this process has none."""
    start = time.perf_counter()
    connect(address)
    quiet_ray_data(quiet)
    ds, n = paths_dataset(paths)
    return write(clean(ds, options, dedup=dedup, threshold=threshold, inputs=n), target, errors, on_failure, start)


def quiet_ray_data(quiet: bool) -> None:
    """Ray Data's progress bars only on a terminal, and its log lines only for errors: the report
    says what happened (its warnings are about its own scheduling, e.g. that the CPUs are taken — by
    the pipeline's actors, as they should be)."""
    import logging

    from ray.data import DataContext

    DataContext.get_current().enable_progress_bars = not quiet and sys.stderr.isatty()
    logging.getLogger("ray.data").setLevel(logging.ERROR)

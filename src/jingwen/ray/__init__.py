"""jingwen on Ray Data (the [ray] extra: `pip install '.[ray]'`): the per-document pipeline as a `map_batches`
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

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
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
              quiet: bool = False, verbose: bool = False, base: str | None = None) -> Report:
    """`jingwen clean --engine ray`: files → `target`, failures → `errors`; the local run's report.
    Starts a local Ray instance when `address` is None and this process has none. `verbose`: Ray's
    own log lines as Ray prints them; `base`: the inputs' common folder (per-file output names)."""
    start = time.perf_counter()
    if verbose:
        connect(address)
    else:
        with quiet_ray_logs():
            connect(address)
    quiet_ray_data(quiet, verbose)
    ds, n = paths_dataset(paths)
    return write(clean(ds, options, dedup=dedup, threshold=threshold, inputs=n), target, errors, on_failure, start,
                 base=base)


@contextlib.contextmanager
def quiet_ray_logs() -> Iterator[None]:
    """Around ray.init: Ray's C++ core prints lines at its error level on runs that succeed (that an
    actor's constructor arguments are in the object store), so the driver's core shows only fatal
    ones (the user's own RAY_BACKEND_LOG_LEVEL wins). Setting it makes Ray announce the setting on
    stderr, so what ray.init prints there is held back, and shown only if ray.init fails."""
    os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "fatal")
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as held:
        os.dup2(held.fileno(), 2)
        try:
            yield
        except BaseException:
            os.dup2(saved, 2)
            held.seek(0)
            sys.stderr.buffer.write(held.read())
            sys.stderr.flush()
            raise
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def quiet_ray_data(quiet: bool, verbose: bool = False) -> None:
    """Ray Data's progress bars only on a terminal, and its log lines only for errors: the report
    says what happened (its warnings are about its own scheduling, e.g. that the CPUs are taken — by
    the pipeline's actors, as they should be)."""
    import logging

    from ray.data import DataContext

    DataContext.get_current().enable_progress_bars = not quiet and sys.stderr.isatty()
    logging.getLogger("ray.data").setLevel(logging.INFO if verbose else logging.ERROR)

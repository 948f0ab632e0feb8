"""jingwen on Ray Data, the driver's side: inputs → a documents dataset and an errors dataset, with
run-wide duplicate marking that decides exactly as the local run's Deduper does.

    processing   map_batches(Pipeline): one actor per CPU, each loads the pipeline once; its output
                 (documents and failures) materialized in input order
    dedup        map_batches(grouped) → groupby(group key).map_groups(group_links) → the links,
                 few, to the driver → decide() in input order → the decisions (key → original)
    output       JSON lines: the driver reads the blocks in order and writes, marking duplicates;
                 Parquet: map_batches(marked) → one shard per block, written by the workers
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import ray
from ray.data.context import DataContext, ShuffleStrategy
from ray.data.dataset import MaterializedDataset

from ..dedup.deduper import NUM_PERM, THRESHOLD, Mode
from ..dedup.groups import Link, band_ranges, decide
from ..options import DEFAULT, Options
from . import stage

if TYPE_CHECKING:
    from ray.data import Dataset

BATCH = 16
"""Inputs per batch sent to a pipeline actor: small, because one input takes milliseconds to seconds."""


def connect(address: str | None = None, num_cpus: int | None = None) -> None:
    """Join the Ray cluster at `address` ("auto", "HOST:6379"), or start a local Ray instance that
    listens on localhost only; nothing if this process is connected already."""
    if address:
        _answers(address)
    if ray.is_initialized():
        return
    # Under load the dashboard agent can take longer to start than the raylet waits for it by default.
    os.environ.setdefault("RAY_agent_register_timeout_ms", "120000")
    if address:
        ray.init(address=address, log_to_driver=False)
    else:
        os.environ["RAY_USAGE_STATS_ENABLED"] = "0"  # a local instance reports nothing anywhere
        _loopback_only()
        for attempt in (1, 2):
            try:
                ray.init(num_cpus=num_cpus, include_dashboard=False, log_to_driver=False,
                         logging_level=logging.ERROR)
                break
            except Exception as e:  # Ray raises a bare Exception for this
                # On a loaded machine the raylet can give up waiting for its agents (their Python
                # imports are slow the first time); the second start finds them in the page cache.
                ray.shutdown()
                if attempt == 2 or "timed out during startup" not in str(e):
                    raise
        # On one machine the pull-based sort shuffle reuses the task workers; the hash shuffle starts
        # aggregator actors first, which costs a local run seconds (measured: ~6 s against ~10 s).
        DataContext.get_current().shuffle_strategy = ShuffleStrategy.SORT_SHUFFLE_PULL_BASED


def _answers(address: str, timeout: float = 10.0) -> None:
    """ConnectionError now if nothing listens at HOST:PORT (or ray://HOST:PORT): Ray itself retries
    for minutes before it gives up."""
    host, sep, port = address.removeprefix("ray://").rpartition(":")
    if not sep or not port.isdigit():
        return  # "auto", "local": Ray finds (or starts) the instance and says what is wrong
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout).close()
    except OSError as e:
        raise ConnectionError(f"nothing answers at {host}:{port} ({e.strerror or e})") from None


def _loopback_only() -> None:
    """A local instance listens on 127.0.0.1 only, and its processes talk over it: Ray's switch for
    single-machine use (the one it sets on macOS and Windows). Ray read it when it was imported, so
    the module's copy is set too; its child processes read the environment."""
    from ray._private import ray_constants

    os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"
    ray_constants.ENABLE_RAY_CLUSTER = False


def cpus() -> int:
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def paths_dataset(paths: Iterable[Path | str], blocks: int | None = None) -> tuple[Dataset, int]:
    """Input files as rows (`order`, `path`, `abs_path`) and how many there are: each is read by the worker
    that processes it, at `abs_path` (absolute: workers do not share the driver's working directory),
    and named `path` as given."""
    rows = [{"order": i, "path": str(p), "abs_path": os.path.abspath(p)} for i, p in enumerate(paths)]
    if len(rows) > stage.MAX_ORDER:
        raise ValueError(f"at most {stage.MAX_ORDER} inputs a run")
    # Blocks of ~BATCH × 8 inputs, at least 4 per CPU: enough to keep every actor busy to the end.
    n = blocks or min(max(1, len(rows)), max(4 * cpus(), len(rows) // (BATCH * 8)))
    return ray.data.from_items(rows, override_num_blocks=n), len(rows)


def _with_order(ds: Dataset) -> tuple[Dataset, int]:
    """Rows numbered in the dataset's order (the order of its materialized blocks), unless they
    carry an `order` already."""
    if "order" in ds.schema().names:
        top = ds.max("order")
        return ds, 0 if top is None else int(top) + 1
    blocks = ds.materialize().to_arrow_refs()
    sizes = ray.get([_num_rows.remote(b) for b in blocks])
    offsets = [sum(sizes[:i]) for i in range(len(sizes))]
    return ray.data.from_arrow_refs([_numbered.remote(b, o) for b, o in zip(blocks, offsets, strict=True)]), sum(sizes)


@ray.remote
def _num_rows(block: pa.Table) -> int:
    return block.num_rows


@ray.remote
def _numbered(block: pa.Table, offset: int) -> pa.Table:
    return block.append_column("order", pa.array(range(offset, offset + block.num_rows), pa.int64()))


@dataclass
class Result:
    """What a run made.

    `documents`: one row per output document — `json` (the document as the local run writes it,
    duplicates marked), `key` (sorting by it gives input order: `sorted_by_key`), `id`, `input`,
    `record`, `content_hash`, `stats`, `depth`, `duplicate`. `errors`: one row per failure — `input`
    (the path), `stage`, `kind`, `message`, `key`. Both are computed from `rows`, the pipeline's
    output, which is materialized (in Ray's object store, spilled to disk when large) in input order;
    reading them again redoes only the cheap steps after it."""

    rows: MaterializedDataset
    """Documents and failures (`json` null) as the pipeline stage made them, block by block in input
    order; duplicates not yet marked."""
    inputs: int
    """How many input rows (keys are below inputs << 32)."""
    decisions: dict[int, tuple[str, float]]
    """key → (duplicate_of, similarity) of each duplicate."""
    drop: bool
    """--dedup drop: duplicates are left out of `documents`."""
    partitions: int = 2
    concurrency: int = 1
    links: int = 0
    """Links the duplicate decisions were made from (what the driver held)."""

    @property
    def all_documents(self) -> Dataset:
        """Every document with `duplicate` and `dropped` (true for those --dedup drop leaves out)."""
        return self.rows.map_batches(partial(stage.marked, decisions=ray.put(self.decisions), drop=self.drop),
                                     batch_format="pyarrow", batch_size=None)

    @property
    def documents(self) -> Dataset:
        return self.all_documents.map_batches(stage.not_dropped, batch_format="pyarrow", batch_size=None)

    @property
    def errors(self) -> Dataset:
        return self.rows.map_batches(stage.only_failures, batch_format="pyarrow", batch_size=None)

    def boundaries(self) -> list[int]:
        """Sort boundaries of `key` that split the inputs evenly into `partitions` ranges."""
        n, p = self.inputs, self.partitions
        return sorted({(n * i // p) << 32 for i in range(1, p)} - {0})


def clean(ds: Dataset, options: Options = DEFAULT, *, dedup: Mode | str = "exact", threshold: float = THRESHOLD,
          concurrency: int | None = None, partitions: int | None = None, inputs: int | None = None) -> Result:
    """Ray Dataset of inputs (rows of `path`, `bytes` + `path`, or a text field; see stage.py) →
    documents and errors, duplicates marked as a local run over the same inputs in the same order
    marks them. Rows without an `order` column are numbered in the dataset's order.

    concurrency: pipeline actors (default: one per CPU of the cluster); partitions: of the shuffle
    (default: the cluster's CPUs, at least 2); inputs: the number of input rows, when known."""
    if inputs is None or "order" not in ds.schema().names:
        ds, inputs = _with_order(ds)
    if not isinstance(ds, MaterializedDataset):
        # The pipeline's actors take every CPU: an upstream stage that still needed one (reading,
        # numbering) would wait for them forever, so the inputs are read before they start.
        ds = ds.materialize()
    near = dedup in ("near", "drop")
    concurrency = concurrency or cpus()
    mapped = ds.map_batches(_pipeline(options, near), batch_size=BATCH, batch_format="pyarrow",
                            compute=ray.data.ActorPoolStrategy(size=concurrency), num_cpus=1)
    # In input order, so that the driver writes JSON lines straight from the blocks, with no sort.
    execution = mapped.context.execution_options
    saved, execution.preserve_order = execution.preserve_order, True
    try:
        rows = mapped.materialize()
    finally:
        execution.preserve_order = saved
    result = Result(rows, inputs, {}, dedup == "drop", partitions or max(2, cpus()), concurrency)
    if dedup != "off":
        result.decisions = _duplicates(result, near, threshold)
    return result


def _pipeline(options: Options, sign: bool) -> type[stage.Pipeline]:
    """The stage's class with its arguments bound, so that Ray creates its actors without
    constructor arguments (which it would keep in the object store for restarts)."""

    class Bound(stage.Pipeline):
        def __init__(self) -> None:
            super().__init__(options, sign)

    Bound.__name__ = Bound.__qualname__ = "Pipeline"
    return Bound


def _duplicates(result: Result, near: bool, threshold: float) -> dict[int, tuple[str, float]]:
    ranges = band_ranges(threshold, NUM_PERM) if near else []
    found = (result.rows.map_batches(partial(stage.grouped, ranges=ranges), batch_format="pyarrow", batch_size=None)
             .groupby("group", num_partitions=result.partitions)
             .map_groups(partial(stage.group_links, threshold=threshold), batch_format="pyarrow"))
    all_links = [Link(r["kind"], r["a"], r["b"], r["similarity"], r["a_id"], r["b_id"])
                 for batch in found.iter_batches(batch_format="pyarrow", batch_size=None)
                 for r in batch.to_pylist()]
    result.links = len(all_links)
    return decide(all_links, near)


def sorted_by_key(ds: Dataset, result: Result) -> Dataset:
    """`ds` (a Result's documents or errors) in input order: sorted by `key` into `result.partitions` ranges."""
    bounds = result.boundaries()
    return ds.sort("key", boundaries=bounds) if bounds else ds.sort("key")

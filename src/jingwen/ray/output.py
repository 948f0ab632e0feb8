"""A Ray run's result → the outputs a local run writes, and its report.

JSON lines (plain, .gz, .zst, stdout) and per-file folders go through the local run's sinks on the
driver, in input order, so the bytes are the same. Parquet is written by the workers as shards in a
folder (`out.parquet/part-<first key>.parquet`: name order is document order), all with the schema
of the deepest section tree in the run.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pyarrow as pa

from ..batch.records import Failure, Record, RunError, reporter
from ..batch.report import Report
from ..errors import InputError
from ..output.parquet import write_lines
from ..output.write import ErrorLog, format_of, open_output
from . import stage
from .engine import Result

ROWS = 1000
"""Documents the driver takes from the cluster at a time."""


def write(result: Result, target: str, errors: ErrorLog | None = None,
          on_failure: Callable[[Failure], None] | None = None, start: float | None = None,
          base: str | None = None) -> Report:
    """Write the documents to `target` (named as for a local run) and the failures to `errors`;
    the report is the local run's, but for time, workers and memory."""
    start = time.perf_counter() if start is None else start
    report = Report(workers=result.concurrency)
    fail = reporter(report, errors, on_failure)
    if format_of(target) == "parquet":
        _parquet(result, Path(target), report, fail)
    else:
        _lines(result, target, report, fail, base)
    report.seconds = time.perf_counter() - start
    return report


def _failure(row: dict) -> Failure:
    return Failure(row["input"], row["stage"], row["kind"], row["message"])


def _lines(result: Result, target: str, report: Report, fail: Callable[[Failure], None],
           base: str | None = None) -> None:
    """The pipeline's blocks in order, straight from the object store: failures to the errors file,
    documents (duplicates marked as decided) to the sink, as the local run's parent does."""
    sink = open_output(target, base)
    sink.open()
    committed = False
    last = -1
    try:
        for batch in result.rows.iter_batches(batch_format="pyarrow", batch_size=ROWS):
            for row in batch.to_pylist():
                if row["json"] is None:
                    fail(_failure(row))
                    continue
                if row["key"] <= last:
                    raise RunError("Ray returned the documents out of input order")  # preserve_order broken
                last = row["key"]
                found = result.decisions.get(row["key"])
                stats = stage.stats_of(row["stats"], found is not None and not result.drop)
                if found is not None and result.drop:
                    report.add(stats, 0, dropped=True)
                    continue
                line = stage.mark(row["json"], *found) if found else row["json"]
                try:
                    n = sink.write(Record(row["id"], row["input"], row["input"], line, stats, row["record"]))
                except InputError as e:  # this document cannot be written (per-file output: its name)
                    fail(Failure(row["input"], e.stage, e.kind, e.message))
                    continue
                report.add(stats, n)
        report.output_bytes = sink.commit()
        committed = True
    finally:
        if not committed:
            sink.close()


SHARDS = pa.schema([("file", pa.string()), ("rows", pa.int64())])


def shard(batch: pa.Table, folder: str, depth: int) -> pa.Table:
    """One block of documents → one Parquet file named by its first key (runs in a worker)."""
    batch = stage.not_dropped(batch)
    if batch.num_rows == 0:
        return SHARDS.empty_table()
    path = Path(folder) / f"part-{batch['key'][0].as_py():019d}.parquet"
    n = write_lines(batch["json"].to_pylist(), path, depth)
    return pa.Table.from_pylist([{"file": path.name, "rows": n}], schema=SHARDS)


def _parquet(result: Result, target: Path, report: Report, fail: Callable[[Failure], None]) -> None:
    """Shards written by the workers, one per block of the pipeline's (ordered) output; the report and
    the errors from a pass over the small columns."""
    summary = result.rows.map_batches(stage.summary, batch_format="pyarrow", batch_size=None).take_all()
    for row in sorted((r for r in summary if not r["document"]), key=lambda r: r["key"]):
        fail(_failure(row))
    depth = 0
    for row in summary:
        if row["document"]:
            found = result.decisions.get(row["key"])
            report.add(stage.stats_of(row["stats"], found is not None and not result.drop), 0,
                       dropped=found is not None and result.drop)
            depth = max(depth, row["depth"])
    part = target.absolute().with_name(f".{target.name}.part")
    shutil.rmtree(part, ignore_errors=True)
    part.mkdir(parents=True)
    try:
        written = result.all_documents.map_batches(partial(shard, folder=str(part), depth=depth),
                                                    batch_format="pyarrow", batch_size=None).take_all()
        if not written:  # no documents: one empty shard, so that readers still find the schema
            write_lines([], part / f"part-{0:019d}.parquet", depth)
    except BaseException:
        shutil.rmtree(part, ignore_errors=True)  # a failed run leaves nothing behind
        raise
    if target.is_dir():
        shutil.rmtree(target)
    elif target.exists():
        target.unlink()
    os.replace(part, target)
    report.output_bytes = sum(f.stat().st_size for f in target.glob("*.parquet"))

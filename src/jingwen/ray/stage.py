"""The per-document pipeline as a Ray Data `map_batches` stage, and the small per-batch functions
around it. Runs in Ray's workers: nothing here starts or talks to Ray itself.

An input row is one of
- `path` (str): a file to read where the worker runs (the CLI's rows; a shared file system on a
  cluster), exactly as the local runner reads it; with `abs_path` (str), the file to open is `abs_path`
  (the driver's absolute path) and `path` only names it, so a relative path means what it meant
  where the run was started;
- `bytes` (binary) with `path`: an input already read, e.g. by `ray.data.read_binary_files(…,
  include_paths=True)`; `path` names it and its suffix says its format (.pdf, .jsonl, else text);
- a text field (`Options.text_field`, "text" by default): one record, e.g. a row of
  `ray.data.read_json(…)`; its other fields are the document's `source.meta`.
Each row has an `order` (int): its place among the inputs.

Out of the stage comes one row per document and one per failure (ROW), told apart by `json` being
null; `key` = order << 32 | the record number (documents) or the failure's number within its input,
so sorting by `key` gives the local run's order.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from ..batch import worker
from ..batch.records import Failure
from ..batch.report import DocStats
from ..dedup.groups import Member, group_keys, links
from ..models import Document
from ..options import Options
from ..output.formats import dumps
from ..output.parquet import section_depth
from ..read import jsonl

MAX_ORDER = 2**31 - 1
"""Inputs are numbered below this, so that `key` fits in 63 bits."""
DATASET = "dataset"
"""source.path of a text-field row's document: `dataset#N`, N its order + 1."""

ROW = pa.schema([
    ("key", pa.int64()),
    ("input", pa.string()),
    ("id", pa.string()),
    ("record", pa.int64()),
    ("json", pa.large_string()),
    ("content_hash", pa.string()),
    ("sig", pa.binary()),
    ("stats", pa.string()),
    ("depth", pa.int32()),
    ("stage", pa.string()),
    ("kind", pa.string()),
    ("message", pa.string()),
])
DOC_COLUMNS = ["key", "input", "id", "record", "json", "content_hash", "sig", "stats", "depth"]
ERROR_COLUMNS = ["key", "input", "stage", "kind", "message"]


def stats_json(s: DocStats) -> str:
    return json.dumps([s.input_bytes, s.truncated, s.site, s.doc_type, s.removed], ensure_ascii=False)


def stats_of(text: str, duplicate: bool = False) -> DocStats:
    b, t, site, doc_type, removed = json.loads(text)
    return DocStats(b, t, site, doc_type, tuple((r, n) for r, n in removed), duplicate)


def _inputs(row: dict[str, Any], order: int, options: Options) -> tuple[str, list[Document], list[Failure]]:
    """One input row → (what to call it, its documents, its failures)."""
    data, path = row.get("bytes"), row.get("path")
    if data is not None:
        where = path if isinstance(path, str) else f"<row {order}>"
        return (where, *worker.collect(lambda: worker.documents_from_bytes(data, where, options), where))
    if options.text_field in row:
        obj = {k: v for k, v in row.items() if k != "order"}
        where = f"{DATASET}#{order + 1}"
        return where, *worker.collect(lambda: [worker.record_document(
            jsonl.record_of(obj, order + 1, DATASET, options.text_field, options.id_field), DATASET, options)], where)
    if isinstance(path, str):
        file = row.get("abs_path")
        return path, *worker.process_path(Path(file if isinstance(file, str) else path), options, path)
    where = f"<row {order}>"
    return where, [], [Failure(where, "read", "no_input", f"{where}: the row has no path, bytes or "
                                                          f"{options.text_field!r} field")]


class Pipeline:
    """The pipeline as a callable class: Ray makes one per worker (actor), so rule packs, jieba's
    tokenizer and its IDF table load once per worker, not per batch."""

    def __init__(self, options: Options, sign: bool) -> None:
        from ..text.tokens import tokens

        self.options, self.sign = options, sign  # the rule packs come parsed, inside the options
        tokens("预热")  # load the tokenizer now, before the first batch is timed or waited on

    def __call__(self, batch: pa.Table) -> pa.Table:
        out: dict[str, list[Any]] = {name: [] for name in ROW.names}

        def add(**values: Any) -> None:
            for name in ROW.names:
                out[name].append(values.get(name))

        for row in batch.to_pylist():
            order = row.get("order")
            if not isinstance(order, int) or not 0 <= order <= MAX_ORDER:
                raise ValueError(f"input rows need an int 'order' in [0, {MAX_ORDER}], not {order!r}")
            where, docs, failures = _inputs(row, order, self.options)
            for i, f in enumerate(failures):
                add(key=order << 32 | i, input=f.path, stage=f.stage, kind=f.kind, message=f.message)
            for d in docs:
                r = worker.record(d, where, self.sign)
                add(key=order << 32 | (d.source.record or 0), input=where, id=r.id, record=r.record, json=r.line,
                    content_hash=r.content_hash, sig=r.sig, stats=stats_json(r.stats),
                    depth=section_depth(d.sections))
        return pa.Table.from_pydict(out, schema=ROW)


def summary(batch: pa.Table) -> pa.Table:
    """What the report and the errors file need of a block: all but the documents' JSON and signatures."""
    return batch.drop_columns(["json", "sig"]).append_column("document", pc.is_valid(batch["json"]))


def only_failures(batch: pa.Table) -> pa.Table:
    return batch.filter(pc.is_null(batch["json"])).select(ERROR_COLUMNS)


GROUPED = pa.schema([("group", pa.binary()), ("key", pa.int64()), ("id", pa.string()),
                     ("content_hash", pa.string()), ("sig", pa.binary())])
LINKS = pa.schema([("kind", pa.string()), ("a", pa.int64()), ("b", pa.int64()), ("similarity", pa.float64()),
                   ("a_id", pa.string()), ("b_id", pa.string())])


def grouped(batch: pa.Table, ranges: list[tuple[int, int]]) -> pa.Table:
    """Each document of a block of pipeline output once per group key (its text's, and its LSH
    bands' in the near modes)."""
    out: dict[str, list[Any]] = {name: [] for name in GROUPED.names}
    batch = batch.filter(pc.is_valid(batch["json"]))
    for key, doc_id, h, sig in zip(*(batch[c].to_pylist() for c in ("key", "id", "content_hash", "sig")),
                                   strict=True):
        for g in group_keys(h, sig, ranges):
            for name, v in zip(GROUPED.names, (g, key, doc_id, h, sig if ranges else None), strict=True):
                out[name].append(v)
    return pa.Table.from_pydict(out, schema=GROUPED)


def group_links(group: pa.Table, threshold: float) -> pa.Table:
    """One group's links (dedup_groups.links), as rows."""
    cols = [group[c].to_pylist() for c in ("key", "id", "content_hash", "sig")]
    found = links(group["group"][0].as_py(), [Member(*m) for m in zip(*cols, strict=True)], threshold)
    return pa.Table.from_pylist([{"kind": ln.kind, "a": ln.a, "b": ln.b, "similarity": ln.similarity,
                                  "a_id": ln.a_id, "b_id": ln.b_id} for ln in found], schema=LINKS)


def marked(batch: pa.Table, decisions: Any, drop: bool) -> pa.Table:
    """The documents of a block of pipeline output, the run's duplicate decisions applied (`mark`),
    with the columns `duplicate` and `dropped` (true for a duplicate under --dedup drop)."""
    import ray

    found: dict[int, tuple[str, float]] = _decisions(decisions, ray)
    batch = batch.filter(pc.is_valid(batch["json"])).select(DOC_COLUMNS)
    keys = batch["key"].to_pylist()
    lines = batch["json"].to_pylist()
    dup = [k in found for k in keys]
    for i, k in enumerate(keys):
        if dup[i] and not drop:
            lines[i] = mark(lines[i], *found[k])
    batch = batch.set_column(batch.schema.get_field_index("json"), "json", pa.array(lines, pa.large_string()))
    return batch.append_column("duplicate", pa.array(dup, pa.bool_())).append_column(
        "dropped", pa.array([d and drop for d in dup], pa.bool_()))


def mark(line: str, duplicate_of: str, similarity: float) -> str:
    """A document's JSON line as the local run rewrites a duplicate's."""
    doc = Document.model_validate_json(line)
    return dumps(doc.model_copy(update={"duplicate_of": duplicate_of, "similarity": similarity}))


_cache: dict[str, dict[int, tuple[str, float]]] = {}


def _decisions(ref: Any, ray: Any) -> dict[int, tuple[str, float]]:
    """The decisions (put in Ray's object store once by the driver), fetched once per worker process."""
    if isinstance(ref, dict):
        return ref
    name = ref.hex()
    if name not in _cache:
        _cache.clear()
        _cache[name] = ray.get(ref)
    return _cache[name]


def not_dropped(batch: pa.Table) -> pa.Table:
    return batch.filter(pc.invert(batch["dropped"]))

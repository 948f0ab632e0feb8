"""JSON lines ⇄ Parquet with the document's nested fields as Arrow structs and lists.

The Arrow schema is derived from the pydantic models, so fields added to the models follow without
edits here. Two things Arrow cannot hold are mapped: the recursive section tree is unrolled to the
depth the data reaches (the deepest level has no `children` column; reading it back restores `[]`),
and free-form objects (`source.meta`) are stored as JSON text. pyarrow is imported here only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..models import Document

_JSON = "json"
Conv = Any  # None (as is) | "json" | ("struct", {name: Conv}) | ("list", Conv)
_DEPTH_KEY = b"jingwen.section_depth"


def _build(s: dict[str, Any], defs: dict[str, Any], depth: int,
           seen: tuple[str, ...]) -> tuple[pa.DataType, Conv] | None:
    if "$ref" in s:
        name = s["$ref"].rsplit("/", 1)[-1]
        if seen.count(name) >= depth:
            return None  # recursion cut: deeper than any document in the data
        return _build(defs[name], defs, depth, (*seen, name))
    if "anyOf" in s:
        options = [o for o in s["anyOf"] if o.get("type") != "null"]
        return _build(options[0], defs, depth, seen) if len(options) == 1 else (pa.string(), _JSON)
    t = s.get("type")
    if t == "object":
        props = s.get("properties")
        if not props:
            return pa.string(), _JSON
        fields, convs = [], {}
        for name, sub in props.items():
            built = _build(sub, defs, depth, seen)
            if built is not None:
                fields.append(pa.field(name, built[0]))
                if built[1] is not None:
                    convs[name] = built[1]
        return pa.struct(fields), (("struct", convs) if convs else None)
    if t == "array":
        built = _build(s.get("items", {}), defs, depth, seen)
        if built is None:
            return None
        return pa.list_(built[0]), (("list", built[1]) if built[1] is not None else None)
    scalar = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}
    return (scalar[t], None) if t in scalar else (pa.string(), _JSON)


def arrow_schema(depth: int = 1) -> tuple[pa.Schema, Conv]:
    """The Arrow schema of a document with sections `depth` levels deep, and how to convert values."""
    js = Document.model_json_schema()
    struct, conv = _build({k: v for k, v in js.items() if k != "$defs"}, js.get("$defs", {}), depth, ())
    schema = pa.schema(list(struct), metadata={_DEPTH_KEY: str(depth).encode()})
    return schema, conv


def _encode(v: Any, conv: Conv) -> Any:
    if conv is None or v is None:
        return v
    if conv == _JSON:
        return json.dumps(v, ensure_ascii=False)
    kind, sub = conv
    if kind == "list":
        return [_encode(x, sub) for x in v]
    return {k: (_encode(x, sub[k]) if k in sub else x) for k, x in v.items()}


def _decode(v: Any, conv: Conv) -> Any:
    if conv is None or v is None:
        return v
    if conv == _JSON:
        return json.loads(v)
    kind, sub = conv
    if kind == "list":
        return [_decode(x, sub) for x in v]
    return {k: (_decode(x, sub[k]) if k in sub else x) for k, x in v.items()}


def section_depth(sections: list[Any]) -> int:
    """Levels of a section tree, given as dicts (parsed JSON) or as the models' Sections."""
    return max((1 + section_depth((s.get("children") if isinstance(s, dict) else s.children) or [])
                for s in sections), default=0)


def jsonl_to_parquet(src: Path, dst: Path, batch: int = 1000) -> None:
    """Stream JSON lines into Parquet, `batch` rows at a time (two passes: the first finds the depth)."""
    with src.open("rb") as f:
        depth = max((section_depth(json.loads(line).get("sections") or []) for line in f if line.strip()),
                    default=0)
    with src.open("rb") as f:
        write_lines(f, dst, depth, batch)


def write_lines(lines: Iterable[bytes | str], dst: Path, depth: int, batch: int = 1000) -> int:
    """Documents as JSON lines → one Parquet file whose section tree is `depth` levels deep (at least
    the depth of any of them: shards of one output share it); returns the rows written."""
    schema, conv = arrow_schema(max(depth, 1))
    n = 0
    with pq.ParquetWriter(dst, schema) as writer:
        rows: list[dict[str, Any]] = []
        for line in lines:
            if line.strip():
                rows.append(_encode(json.loads(line), conv))
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                n += len(rows)
                rows = []
        if rows:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            n += len(rows)
    return n


def shards(path: Path) -> list[Path]:
    """The Parquet files of an output: the file itself, or a folder's shards in order (a sharded
    output names them so that name order is document order)."""
    return sorted(f for f in path.glob("*.parquet") if not f.name.startswith(".")) if path.is_dir() else [path]


def rows(path: Path) -> Iterator[dict[str, Any]]:
    """The documents of a Parquet output (a file, or a folder of shards) as dicts in the JSON shape
    (JSON text decoded)."""
    for shard in shards(path):
        pf = pq.ParquetFile(shard)
        meta = pf.schema_arrow.metadata or {}
        _, conv = arrow_schema(int(meta.get(_DEPTH_KEY, b"1")))
        for b in pf.iter_batches(batch_size=1000):
            for row in b.to_pylist():
                yield _decode(row, conv)

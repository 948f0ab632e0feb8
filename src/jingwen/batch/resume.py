"""What an earlier run already wrote, for --resume: the (id, source path) of each document, kept as
64-bit hashes so that half a million of them take a few MB rather than a set of strings.

The key is id *and* path: a corpus holds byte-identical copies under other names (same id), and a
clean run writes each of them, so a resumed run must too."""

from __future__ import annotations

import hashlib
import json
import re
from array import array
from bisect import bisect_left

# Output lines begin with schema_version, id and source.path (pydantic dumps fields in model order),
# so a resume over gigabytes of output needs no full JSON parse per line.
_HEAD = re.compile(rb'^\{"schema_version":"[^"]*","id":("(?:[^"\\]|\\.)*"),"source":\{"path":("(?:[^"\\]|\\.)*")')


def key(doc_id: str, path: str) -> int:
    return int.from_bytes(hashlib.blake2b(f"{doc_id}\0{path}".encode(), digest_size=8).digest(), "big")


def key_of_line(line: bytes) -> tuple[str, str] | None:
    """(id, source.path) of one output JSON line, or None if it is not a complete document."""
    m = _HEAD.match(line)
    if m:
        return json.loads(m.group(1)), json.loads(m.group(2))
    try:
        d = json.loads(line)
        return str(d["id"]), str(d["source"]["path"])
    except (ValueError, KeyError, TypeError):
        return None


class DoneSet:
    """Keys of finished documents: append while loading, then a sorted array searched by bisection."""

    def __init__(self) -> None:
        self._keys = array("Q")
        self._sorted = True

    def add(self, doc_id: str, path: str) -> None:
        self._keys.append(key(doc_id, path))
        self._sorted = False

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, item: tuple[str, str]) -> bool:
        if not self._keys:
            return False
        if not self._sorted:
            self._keys = array("Q", sorted(self._keys))
            self._sorted = True
        k = key(*item)
        i = bisect_left(self._keys, k)
        return i < len(self._keys) and self._keys[i] == k

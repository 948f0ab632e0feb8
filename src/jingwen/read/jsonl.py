"""JSON lines as crawlers store them → one record per document.

Each non-blank line is a JSON object; `text_field` names its text, `id_field` (optional) its own id,
and every other field goes along as metadata (url, title, crawl time, …). A line that is not a
usable record is an InputError for that line alone, yielded in its place: the other records still
come out.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import InputError

MAX_ID = 100
_UNSAFE = re.compile(r"[^\w.\-]+")


@dataclass(frozen=True)
class Record:
    number: int
    """1-based line number in the file."""
    text: str
    id: str | None
    """The record's own id, made safe to name a file (None: it has none)."""
    meta: dict[str, Any]
    raw: bytes
    """The line's bytes (for the document's sha256)."""
    warnings: tuple[str, ...] = ()
    """What reading it changed (lone surrogates replaced)."""


def safe_id(value: object) -> str | None:
    """A record id usable as a file name: letters (any script), digits, '.', '-' and '_' kept, any
    other run of characters made '_', no leading dot, at most MAX_ID characters; None if nothing is left."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    s = _UNSAFE.sub("_", unicodedata.normalize("NFC", str(value))).strip("._")[:MAX_ID]
    return s or None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(value: Any) -> tuple[Any, int]:
    """`value` (a string, or lists and objects of them) with each lone surrogate, which JSON's
    \\ud800 escapes can give but no UTF encodes, replaced by U+FFFD; and how many there were."""
    if isinstance(value, str):
        return _SURROGATE.subn("\ufffd", value) if _SURROGATE.search(value) else (value, 0)
    if isinstance(value, list):
        n = 0
        out = []
        for v in value:
            v, k = _no_surrogates(v)
            out.append(v)
            n += k
        return out, n
    if isinstance(value, dict):
        n = 0
        obj = {}
        for key, v in value.items():
            key, k1 = _no_surrogates(key)
            v, k2 = _no_surrogates(v)
            obj[key] = v
            n += k1 + k2
        return obj, n
    return value, 0


def _kind(value: object) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number")


def parse(line: bytes, number: int, where: str, text_field: str = "text", id_field: str | None = None) -> Record:
    """One line → a Record; InputError (stage "jsonl") naming `where`:`number` if it is not one."""
    at = f"{where}:{number}"
    try:
        obj = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError("jsonl", "decode", f"{at}: not UTF-8") from None
    except json.JSONDecodeError as e:
        raise InputError("jsonl", "malformed", f"{at}: malformed JSON: {e.msg} at column {e.colno}") from None
    except RecursionError:  # the parser's stack, not the file's fault alone: this line only
        raise InputError("jsonl", "malformed", f"{at}: JSON nested too deeply to read") from None
    return record_of(obj, number, where, text_field, id_field, line)


def record_of(obj: object, number: int, where: str, text_field: str = "text", id_field: str | None = None,
              raw: bytes | None = None) -> Record:
    """A parsed record (a JSON object, a data set's row) → a Record; InputError (stage "jsonl") naming
    `where`:`number` if it is not one. `raw`: its bytes (default: the text's UTF-8)."""
    at = f"{where}:{number}"
    if not isinstance(obj, dict):
        raise InputError("jsonl", "malformed", f"{at}: the record is {_kind(obj)}, not an object")
    obj, surrogates = _no_surrogates(obj)
    if text_field not in obj:
        fields = ", ".join(list(obj)[:8]) or "none"
        raise InputError("jsonl", "no_text", f"{at}: no {text_field!r} field (fields: {fields}; "
                         "name the text's field with --text-field)")
    text = obj[text_field]
    if not isinstance(text, str):
        raise InputError("jsonl", "malformed", f"{at}: {text_field!r} is {_kind(text)}, not a string")
    if not text.strip():
        raise InputError("jsonl", "empty", f"{at}: {text_field!r} is empty")
    rid = None
    if id_field is not None:
        rid = safe_id(obj.get(id_field))
        if rid is None:
            raise InputError("jsonl", "no_id", f"{at}: no usable {id_field!r} (a non-empty string or "
                             f"number is needed; it is {_kind(obj.get(id_field))})")
    meta = {k: v for k, v in obj.items() if k != text_field}
    warnings = (f"decode: {surrogates} lone surrogate escape{'s' if surrogates > 1 else ''} (\\ud800-\\udfff) "
                "replaced with U+FFFD",) if surrogates else ()
    return Record(number, text, rid, meta, raw if raw is not None else text.encode("utf-8"), warnings)


def records(lines: Iterable[bytes | None], where: str, text_field: str = "text",
            id_field: str | None = None, max_bytes: int | None = None) -> Iterator[Record | InputError]:
    """The records of a JSON lines file, given its lines (None: a line over `max_bytes`, skipped
    unread by the caller); blank lines are skipped but counted."""
    for number, line in enumerate(lines, 1):
        if line is None:
            yield InputError("jsonl", "too_large", f"{where}:{number}: record over the {max_bytes}-byte limit")
            continue
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        try:
            yield parse(line, number, where, text_field, id_field)
        except InputError as e:
            yield e

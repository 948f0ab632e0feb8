"""Duplicate marking as the batch runner's post-processing step: documents arrive as JSON lines with
their content hash (and, for near duplicates, their MinHash signature) computed in the workers."""

from __future__ import annotations

import json
from dataclasses import replace

from .dedup import Deduper, Shingles, content_hash, signature
from .models import Document
from .run import Record
from .write import dumps


class DedupPost:
    """`post` for run(): marks a duplicate (`duplicate_of`, `similarity`) or, in drop mode, leaves it
    out; `resumed` replays what an interrupted run wrote, so a resumed run marks what it would have."""

    def __init__(self, deduper: Deduper) -> None:
        self.deduper = deduper

    def worker_signature(self) -> tuple[Shingles, int] | None:
        """What the workers must compute for this deduper (worker.job's `sig`)."""
        return (self.deduper.shingles, self.deduper.num_perm) if self.deduper.near else None

    def __call__(self, rec: Record) -> Record | None:
        h = rec.extra.get("content_hash")
        sig = rec.extra.get("signature")
        if h is None or (sig is None and self.deduper.near):  # not computed by the worker: from the JSON
            doc = Document.model_validate_json(rec.line)
            h = h or content_hash(doc.text)
            sig = sig if sig is not None or not self.deduper.near else self.deduper.signature(doc)
        found = self.deduper.find(rec.id, h, sig)
        if found is None:
            return rec
        if self.deduper.drop:
            return None
        doc = Document.model_validate_json(rec.line).model_copy(
            update={"content_hash": h, "duplicate_of": found[0], "similarity": found[1]})
        rec.line = dumps(doc)
        rec.stats = replace(rec.stats, duplicate=True)
        return rec

    def resumed(self, line: bytes) -> None:
        d = json.loads(line)
        if d.get("duplicate_of") is not None:
            return  # a duplicate was never remembered
        text = d.get("text") or ""
        sig = (lambda: signature(text, self.deduper.shingles, self.deduper.num_perm)) if self.deduper.near else None
        self.deduper.find(d["id"], d.get("content_hash") or content_hash(text), sig)

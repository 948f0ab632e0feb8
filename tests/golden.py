"""The sample documents and the JSON the current code makes of them.

    python tests/golden.py --write    regenerate samples/*.json after an intended change
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def inputs() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".pdf", ".jsonl") and p.is_file())


def produce(path: Path) -> str:
    """The sample's document as pretty JSON, with the path as a user would type it from the repo root."""
    from jingwen.batch.worker import documents

    docs = list(documents(path.relative_to(ROOT)))
    return "\n".join(json.dumps(d.model_dump(mode="json"), ensure_ascii=False, indent=2) for d in docs) + "\n"


def expected_path(path: Path) -> Path:
    return path.with_suffix(".json")


if __name__ == "__main__":
    import os

    os.chdir(ROOT)
    if "--write" not in sys.argv:
        sys.exit("usage: python tests/golden.py --write")
    for p in inputs():
        expected_path(p).write_text(produce(p), encoding="utf-8")
        print(f"wrote {expected_path(p).relative_to(ROOT)}")

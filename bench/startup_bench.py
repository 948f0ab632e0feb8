"""What a user waits for on one small file: `jingwen clean one.txt -o out.jsonl`, keywords on, as typed
(a fresh process per round, the report on stderr), on `samples/seed000` (a 7 KB scrape). Its goal is
a wall time under half a second (issue 19): start-up (imports, rule packs, the tokenizer, the keyword
tables) is nearly all of it, so this row is what a change to start-up shows in.

    python bench/startup_bench.py --list | --row NAME --corpus DIR --rounds N   (harness.py's contract)

The corpus is not used: the row runs on the sample. One run before the clock: the keyword tables'
cache (lexicon.py) is written by the first run on a machine, and the files are read into the page cache.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from harness import Row, serve

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "seed000_book118_summary.txt"
ROW = "one small file, CLI, keywords on (s a run)"


def one_file(corpus: list[tuple[str, bytes]]) -> Callable[[], object]:
    out = Path(tempfile.mkdtemp(prefix="jingwen-bench-")) / "out.jsonl"
    cmd = [sys.executable, "-m", "jingwen", "clean", str(SAMPLE), "-o", str(out)]

    def work() -> None:
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    work()
    return work


ROWS = [Row(ROW, one_file, target={"max_seconds": 0.5}, docs=lambda c: 1, size=lambda c: SAMPLE.stat().st_size,
            unit="runs")]

if __name__ == "__main__":
    serve(ROWS)

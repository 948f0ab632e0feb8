"""The report of a run (issue 20): `jingwen report out.jsonl -o report.html` over the output of
`jingwen clean CORPUS -o out.jsonl --report out.report.json` (2 workers, keywords on, as a user runs
it), a fresh process per round, its raw files in place. Its goal is a tenth of the run's own time:
the target compares its MB/s of corpus input with the row `run, 2 workers (CLI)`, which times that
run, so >= 10x means the report takes at most a tenth. Each round also says the report's size (goal
under 5 MB) and its process's peak memory, under the table.

    python bench/report_bench.py --list | --row NAME --corpus DIR --rounds N   (harness.py's contract)

The run itself happens once, before the clock.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable

from harness import Row, as_files, scratch, serve

ROW = "report of the run (CLI)"
NOTES: list[str] = []


def report(corpus: list[tuple[str, bytes]]) -> Callable[[], object]:
    work_dir = scratch()
    as_files(corpus, work_dir / "corpus")
    out, html = work_dir / "out.jsonl", work_dir / "report.html"
    subprocess.run([sys.executable, "-m", "jingwen", "clean", str(work_dir / "corpus"), "-o", str(out), "-q",
                    "-w", "2", "--report", str(work_dir / "out.report.json")], check=True)
    cmd = [sys.executable, "-m", "jingwen", "report", str(out), "-o", str(html)]

    def work() -> None:
        p = subprocess.Popen(cmd, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"{' '.join(cmd)} failed")
        NOTES.append(f"{html.stat().st_size / 1e6:.2f} MB file, peak memory {usage.ru_maxrss / 1024:.0f} MB")

    return work


ROWS = [Row(ROW, report, target={"vs": "run, 2 workers (CLI)", "min": 10.0})]

if __name__ == "__main__":
    serve(ROWS, notes=NOTES)

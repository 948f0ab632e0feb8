"""The benchmark table: `make bench` (MB=50 ROUNDS=3), or

    python bench/run.py [--mb 50] [--rounds 3] [--seed 8] [--only SUBSTRING ...] [--json OUT] [--check]

Generates (or reuses) the corpus (`bench/corpus.py`), then measures every row in a fresh Python
process: MB/s and documents/s as median and min–max over the rounds, and the process's peak
resident memory (ru_maxrss, which includes the corpus and the row's precomputed inputs; "inputs"
is the resident size when the clock started). Rows come from `bench/stages.py` and from the
scripts other parts of the project add (`bench/enrich_bench.py`, `bench/runner_bench.py`,
`bench/pdf_bench.py`), which follow the contract in `bench/harness.py`; until a script exists its
rows print "n/a (not yet merged)". Targets are ratios between rows measured in the same run, so a
slow or noisy machine does not decide them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus as corpus_mod  # noqa: E402

# Scripts other branches add, and the rows the table shows for them until they do.
# Scripts other parts of the project add: their rows show as "n/a (not yet merged)" until the
# script exists; a script that prints its own table (not the harness.py contract) is named instead.
PLUGINS: dict[str, list[str]] = {
    "runner_bench.py": ["run, 1 worker (CLI)", "run, 2 workers (CLI)"],
    "ray_bench.py": ["run, Ray (local, 2 CPUs)", "run, Ray (local, 2 CPUs, instance running)"],
    "pdf_bench.py": ["PDF: read → Document, no keywords (pages/s)", "PDF: pdfplumber extract_text alone (reference)"],
    "startup_bench.py": ["one small file, CLI, keywords on (s a run)"],
    "ocr_bench.py": ["OCR: page images → Document, 1 worker (CLI, pages/s)",
                     "OCR: page images → Document, 2 workers (CLI, pages/s)"],
    "report_bench.py": ["report of the run (CLI)"],
}


@dataclass
class Result:
    row: str
    script: str
    target: dict[str, Any] | None = None
    seconds: list[float] = field(default_factory=list)
    bytes: int = 0
    docs: int = 0
    unit: str = "docs"
    peak_mb: float | None = None
    rss_mb: float | None = None
    error: str | None = None
    note: str | None = None
    """What the row's script adds to say (printed under the table)."""

    def rates(self, per: str) -> list[float]:
        amount = self.bytes / 1e6 if per == "mb" else self.docs
        return [amount / s for s in self.seconds if s > 0]


def _list(script: Path) -> list[dict[str, Any]]:
    res = subprocess.run([sys.executable, str(script), "--list"], capture_output=True, text=True, timeout=120)
    if res.returncode != 0:
        raise RuntimeError(res.stderr.strip().splitlines()[-1] if res.stderr.strip() else f"exit {res.returncode}")
    return [json.loads(x) for x in res.stdout.splitlines() if x.strip().startswith("{")]


def rows() -> list[Result]:
    out = [Result(r["row"], "stages.py", r.get("target"), unit=r.get("unit", "docs"))
           for r in _list(HERE / "stages.py")]
    for script, planned in PLUGINS.items():
        path = HERE / script
        if not path.exists():
            out += [Result(name, script, error="n/a (not yet merged)") for name in planned]
            continue
        try:
            out += [Result(r["row"], script, r.get("target"), unit=r.get("unit", "docs")) for r in _list(path)]
        except (RuntimeError, ValueError, KeyError, subprocess.TimeoutExpired):
            out += [Result(name, script, error=f"see `python bench/{script}` (its own table)") for name in planned]
    return out


def measure(r: Result, corpus: Path, rounds: int) -> None:
    """Run one row in a fresh process; its ru_maxrss is the row's peak memory."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen([sys.executable, str(HERE / r.script), "--row", r.row, "--corpus", str(corpus),
                              "--rounds", str(rounds)], stdout=out, stderr=err)
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode(errors="replace")
    r.peak_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    if p.returncode != 0:
        last = stderr.strip().splitlines()[-1] if stderr.strip() else f"exit {p.returncode}"
        r.error = f"failed: {last}"
        return
    try:
        data = json.loads(stdout.strip().splitlines()[-1])
        r.seconds, r.bytes, r.docs = data["seconds"], data["bytes"], data["docs"]
        r.rss_mb = data.get("rss_mb")
        r.note = data.get("note")
    except (ValueError, KeyError, IndexError):
        r.error = "failed: output not in the harness.py form"


def _span(xs: list[float], fmt: str) -> str:
    return f"{statistics.median(xs):{fmt}}  ({min(xs):{fmt}}–{max(xs):{fmt}})"


def table(results: list[Result]) -> str:
    width = max(len(r.row) for r in results)
    head = f"{'row':<{width}}  {'MB/s median (min–max)':<24}  {'docs/s median (min–max)':<26}  peak MB (inputs)"
    lines = [head, "─" * len(head)]
    for r in results:
        if r.error:
            lines.append(f"{r.row:<{width}}  {r.error}")
            continue
        mem = f"{r.peak_mb:.0f}" + (f" ({r.rss_mb:.0f})" if r.rss_mb else "")
        per = _span(r.rates("docs"), ".0f") + ("" if r.unit == "docs" else f" {r.unit}")
        lines.append(f"{r.row:<{width}}  {_span(r.rates('mb'), '.2f'):<24}  {per:<26}  {mem}")
    return "\n".join(lines)


def targets(results: list[Result]) -> list[tuple[str, bool | None]]:
    """(line, met) for every row that declares a target; met is None when it cannot be computed."""
    by_name = {r.row: r for r in results}
    out: list[tuple[str, bool | None]] = []
    for r in results:
        if not r.target:
            continue
        if "max_seconds" in r.target:  # a wall time per round (a run of the CLI), at most
            most = float(r.target["max_seconds"])
            if r.error or not r.seconds:
                out.append((f"{r.row}: not measured (<= {most:g} s wanted)", None))
                continue
            took = statistics.median(r.seconds)
            out.append((f"{r.row} = {took:.2f} s  (min {min(r.seconds):.2f}, max {max(r.seconds):.2f}; "
                        f"goal <= {most:g} s)  {'MET' if took <= most else 'NOT MET'}", took <= most))
            continue
        want = float(r.target["min"])
        if "vs" not in r.target:  # an absolute goal in the row's own unit per second
            if r.error or not r.seconds:
                out.append((f"{r.row}: not measured (>= {want:g} {r.unit}/s wanted)", None))
                continue
            rate = statistics.median(r.rates("docs"))
            out.append((f"{r.row} = {rate:.0f} {r.unit}/s  (goal >= {want:g})  {'MET' if rate >= want else 'NOT MET'}",
                        rate >= want))
            continue
        vs = by_name.get(r.target["vs"])
        if r.error or vs is None or vs.error or not r.seconds or not vs.seconds:
            out.append((f"{r.row} / {r.target['vs']}: not measured (>= {want:g}x wanted)", None))
            continue
        ratio = statistics.median(r.rates("mb")) / statistics.median(vs.rates("mb"))
        met = ratio >= want
        out.append((f"{r.row} / {r.target['vs']} = {ratio:.2f}x  (target >= {want:g}x)  "
                    f"{'MET' if met else 'NOT MET'}", met))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=50, help="corpus size in MB (default 50)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--corpus", type=Path, default=corpus_mod.ROOT / ".bench" / "corpus")
    ap.add_argument("--only", nargs="*", help="only rows whose name contains one of these")
    ap.add_argument("--json", type=Path, help="also write the results as JSON")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is not met")
    a = ap.parse_args()

    files = corpus_mod.generate(a.corpus, a.mb, a.seed)
    size = sum(f.stat().st_size for f in files)
    results = rows()
    if a.only:
        results = [r for r in results if any(s in r.row for s in a.only)]
    print(f"corpus: {len(files)} documents, {size / 1e6:.1f} MB (seed {a.seed}, {a.corpus}); {a.rounds} rounds; "
          f"Python {platform.python_version()}, {os.cpu_count()} CPUs", flush=True)
    for r in results:
        if not r.error:
            print(f"  measuring {r.row} …", file=sys.stderr, flush=True)
            measure(r, a.corpus, a.rounds)
    print(table(results))
    for r in results:
        if r.note:
            print(f"note: {r.row}: {r.note}")
    checks = targets(results)
    for line, _ in checks:
        print("target: " + line)
    if a.json:
        a.json.write_text(json.dumps([r.__dict__ for r in results], ensure_ascii=False, indent=1), encoding="utf-8")
    if a.check and any(met is not True for _, met in checks):
        sys.exit(1)


if __name__ == "__main__":
    main()

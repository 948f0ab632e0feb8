"""Ray engine bench: `jingwen clean` with the local process pool (2 workers) and with
`--engine ray` on a local Ray instance (2 CPUs), on the same generated corpus.

    python bench/ray_bench.py --mb 20                 # one row per engine
    python bench/ray_bench.py --mb 20 --dedup near --repeat 2 --json ray.json

Each run is a separate `jingwen clean` process, as a user runs it, reading its --report: documents,
seconds, docs/s, MB/s. For Ray those include starting the local Ray instance, which a run on a
cluster does not pay: it is measured on its own (a process that only starts and stops Ray) and
shown, with the throughput without it. Both outputs are compared: they must be the same bytes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from corpus import write_corpus  # noqa: E402

STARTUP = """
import time, ray, jingwen.ray as jr
t = time.perf_counter(); jr.connect(num_cpus=2); print(time.perf_counter() - t); ray.shutdown()
"""


def clean(corpus: Path, out_dir: Path, engine: str, dedup: str) -> tuple[dict, bytes]:
    out, report = out_dir / f"out-{engine}.jsonl", out_dir / f"report-{engine}.json"
    extra = ["-w", "2"] if engine == "local" else ["--engine", "ray"]
    cmd = [sys.executable, "-m", "jingwen", "clean", str(corpus), "-o", str(out), "-q", "--dedup", dedup,
           "--report", str(report), *extra]
    start = time.perf_counter()
    subprocess.run(cmd, check=True)
    wall = time.perf_counter() - start
    r = json.loads(report.read_text())
    data = out.read_bytes()
    for f in (out, report, out.with_name(out.stem + ".errors.jsonl")):
        f.unlink(missing_ok=True)
    return {"engine": engine, "documents": r["documents"], "input_mb": r["input_mb"], "seconds": r["seconds"],
            "wall_seconds": round(wall, 2), "docs_per_s": r["docs_per_s"], "mb_per_s": r["mb_per_s"]}, data


def ray_startup() -> float:
    out = subprocess.run([sys.executable, "-c", STARTUP], check=True, capture_output=True, text=True).stdout
    return float(out.split()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    ap.add_argument("--dedup", default="exact", help="--dedup of both runs (default: the CLI's, exact)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per engine (interleaved); the fastest is kept")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", type=Path, help="also write the rows here")
    a = ap.parse_args()
    base = Path(tempfile.mkdtemp(prefix="jingwen-ray-bench-"))
    runs: dict[str, list[dict]] = {"local": [], "ray": []}
    try:
        corpus = base / "corpus"
        n = len(write_corpus(corpus, mb=a.mb, seed=a.seed))
        print(f"generated {n} documents ({a.mb:g} MB)", file=sys.stderr)
        for _ in range(a.repeat):  # interleaved, so that a busy spell on the machine hits both engines
            outputs = {}
            for engine in ("local", "ray"):
                r, outputs[engine] = clean(corpus, base, engine, a.dedup)
                r["load_avg_1m"] = round(os.getloadavg()[0], 2)
                runs[engine].append(r)
                print(f"  {engine}: {r['docs_per_s']} docs/s (load {r['load_avg_1m']})", file=sys.stderr)
            if outputs["local"] != outputs["ray"]:
                raise SystemExit("the Ray output differs from the local output")
        startup = min(ray_startup() for _ in range(a.repeat))
    finally:
        shutil.rmtree(base, ignore_errors=True)

    rows = []
    for engine, label in (("local", "process pool, 2 workers"), ("ray", "Ray local, 2 CPUs")):
        best = max(runs[engine], key=lambda r: r["docs_per_s"] or 0)
        best.update(corpus_mb=a.mb, dedup=a.dedup, engine=label, startup_s=0.0 if engine == "local" else round(startup, 2))
        steady = best["seconds"] - best["startup_s"]
        best["docs_per_s_after_startup"] = round(best["documents"] / steady, 2) if steady > 0 else None
        best["mb_per_s_after_startup"] = round(best["input_mb"] / steady, 3) if steady > 0 else None
        rows.append(best)
    cols = ["engine", "corpus_mb", "documents", "seconds", "docs_per_s", "mb_per_s", "startup_s",
            "docs_per_s_after_startup", "mb_per_s_after_startup", "load_avg_1m"]
    heads = ["engine", "corpus MB", "docs", "seconds", "docs/s", "MB/s", "start-up s", "docs/s w/o start-up",
             "MB/s w/o start-up", "load"]
    widths = [max(len(h), *(len(str(r[c])) for r in rows)) for h, c in zip(heads, cols, strict=True)]
    print("  ".join(h.rjust(w) for h, w in zip(heads, widths, strict=True)))
    for r in rows:
        print("  ".join(str(r[c]).rjust(w) for c, w in zip(cols, widths, strict=True)))
    print(f"\nsame output from both engines ({a.dedup} dedup); Ray's seconds include starting it ({startup:.1f} s)")
    if a.json:
        a.json.write_text(json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    main()

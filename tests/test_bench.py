"""The benchmark's corpus generator and row contract (bench/), so `make bench` cannot rot unseen."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, unaccounted_lines
from jingwen import process_bytes

sys.path.insert(0, str(ROOT / "bench"))


def _load(name: str, path: Path):  # type: ignore[no-untyped-def]
    """bench/corpus.py by its path: tests/corpus.py (the runner's generator) owns the plain name."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


corpus = _load("bench_corpus", ROOT / "bench" / "corpus.py")


def test_corpus_is_reproducible_realistic_and_cleanable(tmp_path: Path) -> None:
    a = corpus.generate(tmp_path / "a", mb=0.3, seed=5)
    b = corpus.generate(tmp_path / "b", mb=0.3, seed=5)
    assert [p.name for p in a] == [p.name for p in b] and all(x.read_bytes() == y.read_bytes() for x, y in zip(a, b, strict=True))
    assert corpus.generate(tmp_path / "a", mb=0.3, seed=5) == a  # reused, not regenerated
    sizes = [p.stat().st_size for p in a]
    assert all(corpus.MIN_DOC <= s <= corpus.MAX_DOC for s in sizes) and sum(sizes) >= 300_000
    docs = [process_bytes(p.read_bytes(), str(p)) for p in a]
    assert {d.source.site for d in docs} >= {"book118", None}
    assert sum(1 for d in docs if d.removed) > len(docs) // 2 and any(d.metadata.wrap_width for d in docs)
    for p, d in zip(a, docs, strict=True):
        assert unaccounted_lines(p.read_bytes().decode(d.source.encoding or "utf-8"), d) == [], p.name


def test_stage_rows_follow_the_harness_contract(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    corpus.generate(folder, mb=0.05, seed=1)
    script = str(ROOT / "bench" / "stages.py")
    rows = [json.loads(x) for x in subprocess.run([sys.executable, script, "--list"], capture_output=True, text=True,
                                                   check=True).stdout.splitlines()]
    names = [r["row"] for r in rows]
    assert names[0].startswith("bare baseline") and "pipeline, no keywords" in names
    res = subprocess.run([sys.executable, script, "--row", "pipeline, no keywords", "--corpus", str(folder),
                          "--rounds", "2"], capture_output=True, text=True, check=True)
    out = json.loads(res.stdout)
    assert len(out["seconds"]) == 2 and out["bytes"] == sum(p.stat().st_size for p in folder.glob("*.txt"))


def test_the_one_small_file_row_reports_its_wall_time_against_half_a_second(tmp_path: Path) -> None:
    """`make bench` has the row for issue 19's start-up goal (the time itself is the bench's, not a test's)."""
    script = str(ROOT / "bench" / "startup_bench.py")
    rows = [json.loads(x) for x in subprocess.run([sys.executable, script, "--list"], capture_output=True, text=True,
                                                   check=True).stdout.splitlines()]
    assert [(r["row"], r["target"]) for r in rows] == [("one small file, CLI, keywords on (s a run)",
                                                        {"max_seconds": 0.5})]
    corpus.generate(tmp_path / "c", mb=0.05, seed=1)
    res = subprocess.run([sys.executable, script, "--row", rows[0]["row"], "--corpus", str(tmp_path / "c"),
                          "--rounds", "1"], capture_output=True, text=True, check=True)
    out = json.loads(res.stdout)
    assert len(out["seconds"]) == 1 and out["docs"] == 1
    # bench/run.py imports its `corpus` by that name: keep this process's own (tests/corpus.py) and
    # its path as they were, for the worker processes other tests start.
    saved_path, saved_corpus = list(sys.path), sys.modules.get("corpus")
    try:
        bench_run = _load("bench_run", ROOT / "bench" / "run.py")
    finally:
        sys.path[:] = saved_path
        if saved_corpus is not None:
            sys.modules["corpus"] = saved_corpus
    r = bench_run.Result(rows[0]["row"], "startup_bench.py", rows[0]["target"], seconds=[0.4, 0.6, 0.45])
    [(line, met)] = bench_run.targets([r])
    assert met and "0.45 s" in line and "goal <= 0.5 s" in line
    assert any(rows[0]["row"] in names for names in bench_run.PLUGINS.values())


def test_the_report_row_asks_a_tenth_of_the_runs_time() -> None:
    """Issue 20: the report of a run in `make bench`, against the run's own row (the time is the bench's)."""
    rows = [json.loads(x) for x in subprocess.run([sys.executable, str(ROOT / "bench" / "report_bench.py"), "--list"],
                                                   capture_output=True, text=True, check=True).stdout.splitlines()]
    assert [(r["row"], r["target"]) for r in rows] == [("report of the run (CLI)",
                                                        {"vs": "run, 2 workers (CLI)", "min": 10.0})]

"""The batch runner through its Python API: parallel = sequential, order, crashes, stop and resume."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from corpus import write_corpus
from jingwen.batch import worker
from jingwen.batch.records import Job, Outcome, Record
from jingwen.batch.report import DocStats
from jingwen.batch.resume import DoneSet, key_of_line
from jingwen.batch.run import Stop, run
from jingwen.dedup.deduper import Deduper
from jingwen.options import Options
from jingwen.output.write import ErrorLog, LinesFile, OutputError

FAST = Options(keywords=0)


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("corpus")
    paths = write_corpus(root, docs=64, per_folder=40, seed=1)
    # the same bytes under a second name: same id, and a clean run writes both
    (root / "copy").mkdir()
    (root / "copy" / "again.txt").write_bytes(paths[3].read_bytes())
    return sorted([*paths, root / "copy" / "again.txt"])


def _run(paths: list[Path], out: Path, **kw: object) -> tuple[bytes, object]:
    sink = LinesFile(out)
    report = run(paths, sink, kw.pop("job", None) or worker.job(FAST), **kw)  # type: ignore[arg-type]
    return (out.read_bytes() if out.exists() else b""), report


def test_two_workers_write_exactly_what_one_process_writes_in_input_order(docs: list[Path], tmp_path: Path) -> None:
    inline, r0 = _run(docs, tmp_path / "a.jsonl", workers=0)
    pooled, r2 = _run(docs, tmp_path / "b.jsonl", workers=2)
    assert pooled == inline
    lines = inline.decode().splitlines()
    assert [json.loads(x)["source"]["path"] for x in lines] == [str(p) for p in docs]
    assert r0.documents == r2.documents == len(docs) and r2.failures == 0  # type: ignore[attr-defined]
    unordered, _ = _run(docs, tmp_path / "c.jsonl", workers=2, ordered=False, window=8)
    assert sorted(unordered.decode().splitlines()) == sorted(lines)


def test_a_small_window_bounds_what_waits_to_be_written(docs: list[Path], tmp_path: Path) -> None:
    seen: list[int] = []
    sink = LinesFile(tmp_path / "o.jsonl")
    job = worker.job(FAST)
    from jingwen.batch import run as run_mod

    original = run_mod._Run.deliver

    def spy(self: run_mod._Run, i: int, out: Outcome | None) -> None:
        original(self, i, out)
        seen.append(len(self.ready) + self.in_flight)

    run_mod._Run.deliver = spy  # type: ignore[method-assign]
    try:
        run(docs, sink, job, workers=2, window=6)
    finally:
        run_mod._Run.deliver = original  # type: ignore[method-assign]
    assert seen and max(seen) <= 6


def crashing_work(path: str) -> Outcome:
    """A job whose worker dies (as if killed by the OOM killer) on one particular input."""
    if Path(path).name == "doc0000017.txt":
        os.kill(os.getpid(), signal.SIGKILL)
    return worker.work(path, FAST)


def test_a_worker_that_dies_loses_no_output_and_names_the_input(docs: list[Path], tmp_path: Path) -> None:
    clean, _ = _run(docs, tmp_path / "clean.jsonl", workers=0)
    errors = ErrorLog(tmp_path / "errors.jsonl")
    errors.open()
    job = Job(work=crashing_work, keys=worker.keys)
    out, report = _run(docs, tmp_path / "o.jsonl", workers=2, job=job, errors=errors)
    errors.commit()
    failed = [json.loads(x) for x in (tmp_path / "errors.jsonl").read_text().splitlines()]
    assert [(Path(f["path"]).name, f["stage"], f["kind"]) for f in failed] == [("doc0000017.txt", "worker", "crashed")]
    expected = [x for x in clean.decode().splitlines() if "doc0000017.txt" not in x]
    assert out.decode().splitlines() == expected
    assert report.failures == 1  # type: ignore[attr-defined]


def crashing_once_work(path: str) -> Outcome:
    """A worker killed from outside once (the input is innocent): the retry must succeed."""
    marker = Path(path).parent / ".crashed-once"
    if Path(path).name == "doc0000017.txt" and not marker.exists():
        marker.touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return worker.work(path, FAST)


def test_a_worker_killed_from_outside_costs_nothing(docs: list[Path], tmp_path: Path) -> None:
    clean, _ = _run(docs, tmp_path / "clean.jsonl", workers=0)
    job = Job(work=crashing_once_work, keys=worker.keys)
    out, report = _run(docs, tmp_path / "o.jsonl", workers=2, job=job)
    assert (docs[17].parent / ".crashed-once").exists()
    assert out == clean and report.failures == 0  # type: ignore[attr-defined]


def test_stopped_then_resumed_equals_uninterrupted_with_duplicate_bytes(docs: list[Path], tmp_path: Path) -> None:
    clean, _ = _run(docs, tmp_path / "clean.jsonl", workers=2)
    out = tmp_path / "o.jsonl"
    stop = Stop()
    written: list[str] = []

    def stop_after_20(rec: Record) -> Record:
        written.append(rec.id)
        if len(written) == 20:
            stop.request(signal.SIGTERM)
        return rec

    _, report = _run(docs, out, workers=2, post=stop_after_20, stop=stop, window=8)
    part = tmp_path / ".o.jsonl.part"
    assert report.interrupted == "SIGTERM" and not out.exists()  # type: ignore[attr-defined]
    kept = part.read_bytes()
    assert kept.endswith(b"\n") and clean.startswith(kept) and 20 <= kept.count(b"\n") < len(docs)
    resumed, r2 = _run(docs, out, workers=2, resume=True)
    assert resumed == clean and not part.exists()
    assert r2.resumed == kept.count(b"\n") and r2.documents == len(docs) - r2.resumed  # type: ignore[attr-defined]
    # resuming a finished output adds nothing and changes nothing
    again, r3 = _run(docs, out, workers=0, resume=True)
    assert again == clean and r3.documents == 0 and r3.resumed == len(docs)  # type: ignore[attr-defined]


@pytest.mark.parametrize("mode", ["exact", "near"])
def test_resumed_run_marks_duplicates_of_documents_written_before_the_stop(docs: list[Path], tmp_path: Path,
                                                                            mode: str) -> None:
    def run_dedup(out: Path, resume: bool = False, stop: Stop | None = None, after: int = 0,
                  replay: bool = True) -> bytes:
        deduper = Deduper(mode)  # type: ignore[arg-type]
        post = worker.dedup_post(deduper)
        seen = 0

        def post_then_stop(rec: Record) -> Record | None:
            nonlocal seen
            seen += 1
            if stop and seen == after:
                stop.request(signal.SIGTERM)
            return post(rec)

        job = worker.job(FAST, sign=deduper.near)
        return _run(docs, out, workers=2, job=job, post=post_then_stop, resume=resume, stop=stop, window=8,
                    replay=worker.dedup_replay(deduper) if replay else None)[0]

    clean = run_dedup(tmp_path / "clean.jsonl")
    dups = [json.loads(x) for x in clean.splitlines() if b'"duplicate_of":"' in x]
    assert "again.txt" in [Path(d["source"]["path"]).name for d in dups]
    for replay in (True, False):
        out = tmp_path / f"o-{replay}.jsonl"
        run_dedup(out, stop=Stop(), after=20)
        assert (tmp_path / f".o-{replay}.jsonl.part").exists()
        resumed = run_dedup(out, resume=True, replay=replay)
        assert (resumed == clean) is replay  # without the replay, copies of earlier documents go unmarked


def test_resume_drops_a_torn_last_line_and_a_new_run_starts_over(docs: list[Path], tmp_path: Path) -> None:
    clean, _ = _run(docs[:10], tmp_path / "clean.jsonl", workers=0)
    out = tmp_path / "o.jsonl"
    lines = clean.splitlines(keepends=True)
    (tmp_path / ".o.jsonl.part").write_bytes(b"".join(lines[:4]) + lines[4][:100])
    resumed, report = _run(docs[:10], out, workers=0, resume=True)
    assert resumed == clean and report.resumed == 4  # type: ignore[attr-defined]
    (tmp_path / ".o.jsonl.part").write_bytes(b"not json\n")
    fresh, report = _run(docs[:10], out, workers=0)
    assert fresh == clean and report.resumed == 0  # type: ignore[attr-defined]


def test_post_hook_sees_every_document_in_order_and_can_change_it(docs: list[Path], tmp_path: Path) -> None:
    first_seen: dict[str, str] = {}
    order: list[str] = []

    def mark_duplicates(rec: Record) -> Record:  # what a deduper plugged in here does
        order.append(rec.source)
        if rec.id in first_seen:
            d = json.loads(rec.line)
            d["duplicate_of"] = first_seen[rec.id]
            rec.line = json.dumps(d, ensure_ascii=False, separators=(",", ":"))
        else:
            first_seen[rec.id] = rec.id
        return rec

    out, _ = _run(docs, tmp_path / "o.jsonl", workers=2, post=mark_duplicates)
    assert order == [str(p) for p in docs]
    marked = [json.loads(x) for x in out.decode().splitlines() if '"duplicate_of":"' in x]
    assert [Path(d["source"]["path"]).name for d in marked] == ["again.txt"]  # doc0000003.txt comes first


def test_a_second_run_on_the_same_output_is_refused(tmp_path: Path) -> None:
    a, b = LinesFile(tmp_path / "o.jsonl"), LinesFile(tmp_path / "o.jsonl")
    a.open()
    with pytest.raises(OutputError, match="another jingwen run"):
        b.open()
    a.close()


def test_done_set_matches_id_and_path_from_output_lines() -> None:
    line = ('{"schema_version":"1.0","id":"00ff","source":{"path":"a/\\"q\\"/中.txt","format":"txt"},"x":1}').encode()
    assert key_of_line(line) == ("00ff", 'a/"q"/中.txt')
    assert key_of_line(b'{"id":"1","source":{"path":"p"},"schema_version":"1.0"}') == ("1", "p")  # other key order
    assert key_of_line(b'{"schema_version":"1.0","id":"1","sour') is None
    done = DoneSet()
    for i in range(1000):
        done.add(f"{i:016x}", f"p{i}")
    assert ("00000000000003e7", "p999") in done and ("00000000000003e7", "p998") not in done
    assert len(done) == 1000


def test_doc_stats_carry_what_the_report_counts(docs: list[Path]) -> None:
    out = worker.work(str(docs[0]))
    (rec,) = out.records
    d = json.loads(rec.line)
    assert rec.stats == DocStats(d["stats"]["input_bytes"], d["truncated"], d["source"]["site"], d["doc_type"],
                                 rec.stats.removed)
    assert sum(n for _, n in rec.stats.removed) == len(d["removed"])

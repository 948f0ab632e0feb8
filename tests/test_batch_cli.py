"""`jingwen clean` on a corpus as a user runs it: killed and resumed, bad files, formats, validate."""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from corpus import write_corpus
from jingwen.batch.progress import Progress
from jingwen.cli import main
from jingwen.output.write import safe_relpath

SEED = ROOT / "samples" / "seed000_book118_summary.txt"
CLI = [sys.executable, "-m", "jingwen", "clean"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("big")
    write_corpus(root / "in", docs=2000, seed=7)
    return root


@pytest.fixture(scope="module")
def clean_output(corpus: Path) -> bytes:
    """One uninterrupted run, the reference for the interrupted ones."""
    subprocess.run([*CLI, "in", "-o", "clean.jsonl", "-w", "2", "-q"], cwd=corpus, check=True)
    return (corpus / "clean.jsonl").read_bytes()


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(d.name))
    out, todo = set(), [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            out.add(c)
            todo.append(c)
    return out


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for p in pids:
        try:
            state = (Path("/proc") / str(p) / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.add(p)
    return alive


def _interrupt(corpus: Path, out: str, sig: int) -> tuple[subprocess.Popen[bytes], set[int]]:
    """Start a 2-worker run and send `sig` once some documents are in its part file."""
    part = corpus / f".{out}.part"
    part.unlink(missing_ok=True)
    proc = subprocess.Popen([*CLI, "in", "-o", out, "-w", "2", "-q"], cwd=corpus, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not (part.exists() and part.stat().st_size > 1_500_000):
        assert proc.poll() is None, "the run finished before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.01)
    workers = _descendants(proc.pid) if Path("/proc/self/stat").exists() else set()
    proc.send_signal(sig)
    proc.wait(timeout=60)
    return proc, workers


@pytest.mark.slow
def test_killed_run_then_resume_gives_the_clean_output(corpus: Path, clean_output: bytes) -> None:
    proc, workers = _interrupt(corpus, "k.jsonl", signal.SIGKILL)
    assert proc.returncode == -signal.SIGKILL
    assert not (corpus / "k.jsonl").exists()
    done = (corpus / ".k.jsonl.part").read_bytes()
    assert 0 < done.count(b"\n") < 2000 and clean_output.startswith(done[: done.rfind(b"\n") + 1])
    deadline = time.monotonic() + 10  # orphaned workers notice their parent is gone and exit
    while _alive(workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(workers)
    res = subprocess.run([*CLI, "in", "-o", "k.jsonl", "-w", "2", "--resume", "--report", "r.json", "-q"],
                         cwd=corpus)
    assert res.returncode == 0
    assert (corpus / "k.jsonl").read_bytes() == clean_output
    report = json.loads((corpus / "r.json").read_text())
    assert report["resumed"] == done.count(b"\n") and report["resumed"] + report["documents"] == 2000
    assert not (corpus / ".k.jsonl.part").exists()


@pytest.mark.slow
def test_sigterm_stops_cleanly_with_whole_lines_and_status_143(corpus: Path, clean_output: bytes) -> None:
    proc, _ = _interrupt(corpus, "t.jsonl", signal.SIGTERM)
    assert proc.returncode == 143
    assert b"--resume" in (proc.stderr.read() if proc.stderr else b"")
    done = (corpus / ".t.jsonl.part").read_bytes()
    assert done.endswith(b"\n") and clean_output.startswith(done)  # a prefix, ending on a whole line
    assert all(json.loads(x)["id"] for x in done.splitlines())
    assert not (corpus / "t.errors.jsonl").exists()  # no error, no errors file (issue 19)
    res = subprocess.run([*CLI, "in", "-o", "t.jsonl", "-w", "2", "--resume", "-q"], cwd=corpus)
    assert res.returncode == 0 and (corpus / "t.jsonl").read_bytes() == clean_output


def _minimal_pdf_header() -> bytes:
    return b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog"  # cut off: no pages, no xref, no %%EOF


def test_each_bad_file_is_one_line_in_the_errors_file(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    text = SEED.read_text(encoding="utf-8")
    (inp / "a_good.txt").write_bytes(SEED.read_bytes())
    (inp / "b_binary.txt").write_bytes(bytes(range(256)) * 40)
    (inp / "c_empty.txt").write_bytes(b"")
    (inp / "d_utf32.txt").write_bytes(text.encode("utf-32-le"))  # no BOM: not an encoding we read
    (inp / "e_broken.pdf").write_bytes(_minimal_pdf_header())
    (inp / "f_gbk.txt").write_bytes(text.replace("2024", "2023").encode("gb18030"))
    out = tmp_path / "o.jsonl"
    res = CliRunner().invoke(main, ["clean", str(inp), "-o", str(out), "-w", "2", "-q"])
    assert res.exit_code == 1, res.output
    failed = [json.loads(x) for x in (tmp_path / "o.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(Path(f["path"]).name for f in failed) == ["b_binary.txt", "c_empty.txt", "d_utf32.txt",
                                                            "e_broken.pdf"]
    for f in failed:
        assert set(f) == {"path", "stage", "kind", "message"} and f["stage"] and f["kind"]
        assert Path(f["path"]).name in f["message"]
    assert {Path(f["path"]).name: f["kind"] for f in failed}["c_empty.txt"] == "empty"
    docs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [Path(d["source"]["path"]).name for d in docs] == ["a_good.txt", "f_gbk.txt"]


def test_a_second_run_in_the_same_folder_does_not_read_its_own_output(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(SEED.read_bytes())
    for _ in range(2):
        res = CliRunner().invoke(main, ["clean", str(tmp_path), "-o", str(tmp_path / "o.jsonl"), "-w", "0", "-q"])
        assert res.exit_code == 0, res.output
    assert not (tmp_path / "o.errors.jsonl").exists()  # no error, no errors file (issue 19)
    assert len((tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()) == 1


def test_every_format_holds_the_same_documents_and_validates(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    pytest.importorskip("zstandard")
    inputs = [str(p) for p in sorted((ROOT / "samples").glob("*.txt"))]
    ref = tmp_path / "o.jsonl"
    assert CliRunner().invoke(main, ["clean", *inputs, "-o", str(ref), "-w", "0", "-q"]).exit_code == 0
    lines = ref.read_bytes().splitlines()
    import zstandard

    from jingwen.output.readback import lines as output_lines

    for name in ("o.jsonl.gz", "o.jsonl.zst", "o.parquet", "dir/"):
        target = tmp_path / name
        res = CliRunner().invoke(main, ["clean", *inputs, "-o", str(target) + ("/" if name.endswith("/") else ""),
                                        "-w", "2", "-q"])
        assert res.exit_code == 0, res.output
        v = CliRunner().invoke(main, ["validate", str(target)])
        assert v.exit_code == 0 and "2 records, 0 invalid" in v.output, v.output
        assert [x.rstrip(b"\n") for x in output_lines(target)] == lines, name
    assert gzip.decompress((tmp_path / "o.jsonl.gz").read_bytes()).splitlines() == lines
    raw = zstandard.ZstdDecompressor().stream_reader(io.BytesIO((tmp_path / "o.jsonl.zst").read_bytes()))
    assert raw.read().splitlines() == lines
    import pyarrow.parquet as pq

    t = pq.read_table(tmp_path / "o.parquet")
    assert t.schema.field("sections").type.value_type.get_field_index("children") >= 0  # nested, not JSON text
    assert t.column("source").to_pylist()[0]["path"] == inputs[0]


def test_gz_output_resumes_like_plain_json_lines(tmp_path: Path) -> None:
    inputs = [str(p) for p in sorted((ROOT / "samples").glob("*.txt"))]
    full = tmp_path / "full.jsonl"
    CliRunner().invoke(main, ["clean", *inputs, "-o", str(full), "-w", "0", "-q"])
    first = full.read_bytes().splitlines(keepends=True)[0]
    out = tmp_path / "o.jsonl.gz"
    (tmp_path / ".o.jsonl.gz.part").write_bytes(first)  # what an interrupted run left
    res = CliRunner().invoke(main, ["clean", *inputs, "-o", str(out), "-w", "0", "--resume", "--report",
                                    str(tmp_path / "r.json"), "-q"])
    assert res.exit_code == 0
    assert gzip.decompress(out.read_bytes()) == full.read_bytes()
    assert json.loads((tmp_path / "r.json").read_text())["resumed"] == 1


def test_per_file_output_mirrors_inputs_and_never_leaves_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "sub" / "a.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    out = tmp_path / "work" / "out"
    res = CliRunner().invoke(main, ["clean", "../in/sub/a.txt", str(tmp_path / "in" / "sub" / "a.txt"),
                                    "-o", "out/", "-w", "0", "-q"])
    assert res.exit_code == 0, res.output
    # Named relative to the inputs' common folder (issue 19); the same file given twice is two
    # documents, and names are unique in a run (issue 18): the second gets a hash suffix.
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert written[0] == "a.txt.json" and len(written) == 2 and written[1].startswith("a.txt~")
    assert not list(tmp_path.glob("in/**/*.json"))  # nothing beside the inputs
    assert not (tmp_path / "work" / "out.errors.jsonl").exists()  # no error, no errors file
    for hostile in ("../../etc/passwd", "/etc/passwd", "a/../../b.txt", "..\\..\\win.txt", "C:\\x\\y.txt", "", ".."):
        rel = safe_relpath(hostile)
        assert not rel.is_absolute() and ".." not in rel.parts
        assert (out / rel).resolve().is_relative_to(out.resolve())


def test_multi_record_inputs_are_named_by_document_id(tmp_path: Path) -> None:
    from jingwen.batch.records import Record
    from jingwen.batch.report import DocStats
    from jingwen.output.write import PerFile

    sink = PerFile(tmp_path / "out")
    stats = DocStats(1, False, None, None, ())
    assert sink.path_for(Record("ab12", "crawl/x.jsonl#3", "crawl/x.jsonl", "{}", stats, 3)) == \
        tmp_path / "out" / "crawl" / "x.jsonl" / "ab12.json"
    assert sink.path_for(Record("../../evil", "x.jsonl#1", "x.jsonl", "{}", stats, 1)).parent == \
        tmp_path / "out" / "x.jsonl"


def test_output_loads_in_pandas_and_datasets_without_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pd = pytest.importorskip("pandas")
    out = tmp_path / "o.jsonl"
    inputs = [str(p) for p in sorted((ROOT / "samples").glob("*.txt"))]
    assert CliRunner().invoke(main, ["clean", *inputs, "-o", str(out), "-w", "0", "-q"]).exit_code == 0
    df = pd.read_json(out, lines=True)
    assert list(df["title"]) == ["2024年创建卫生城市工作开展情况工作总结", "2024创卫年度工作计划"]
    assert df["sections"][0][0]["heading"] == "工作背景"
    datasets = pytest.importorskip("datasets")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    ds = datasets.load_dataset("json", data_files=str(out), split="train", cache_dir=str(tmp_path / "hf"))
    assert ds.num_rows == 2 and ds[1]["title"] == "2024创卫年度工作计划"
    assert ds[0]["removed"][0]["rule"] == df["removed"][0][0]["rule"]


def test_validate_prints_each_failing_record_with_its_line(tmp_path: Path) -> None:
    good = tmp_path / "o.jsonl"
    CliRunner().invoke(main, ["clean", str(SEED), "-o", str(good), "-w", "0", "-q"])
    line = good.read_text(encoding="utf-8").strip()
    renamed = line.replace('"title":', '"headline":', 1)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join([line, renamed, line[:200]]) + "\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["validate", str(bad)])
    assert res.exit_code == 1
    assert f"{bad}:2: " in res.output and "headline" in res.output and "Extra inputs are not permitted" in res.output
    assert f"{bad}:3: " in res.output and f"{bad}:1: " not in res.output
    assert "3 records, 2 invalid" in res.output
    assert CliRunner().invoke(main, ["validate", str(good)]).exit_code == 0
    torn = tmp_path / "torn.jsonl.gz"
    torn.write_bytes(gzip.compress(good.read_bytes())[:-30])
    res = CliRunner().invoke(main, ["validate", str(torn)])
    assert res.exit_code == 1 and "cannot read further" in res.output


def test_report_file_and_table(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    (tmp_path / "bad.txt").write_bytes(b"")
    res = CliRunner().invoke(main, ["clean", str(SEED), str(tmp_path / "bad.txt"), "-o", str(out), "-w", "0",
                                    "--report", str(tmp_path / "r.json")])
    assert res.exit_code == 1
    r = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert (r["documents"], r["failures"], r["failures_by_kind"]) == (1, 1, {"empty": 1})
    assert sum(r["removed_by_rule"].values()) == len(doc["removed"]) == r["removed_by_site"]["book118"]
    assert r["truncated_share"] == 0.0 and r["doc_types"] == {"工作总结": 1}
    assert r["input_mb"] == round(SEED.stat().st_size / 1e6, 3) and r["output_mb"] > 0
    for row in ("documents", "removed by rule", "wall time", "failures"):
        assert row in res.output


def test_a_run_that_cannot_write_its_output_exits_2(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    res = CliRunner().invoke(main, ["clean", str(SEED), "-o", str(tmp_path / "file" / "o.jsonl"), "-w", "0"])
    assert res.exit_code == 2 and "Traceback" not in res.output
    res = CliRunner().invoke(main, ["clean", str(SEED), "-o", "-", "--resume"])
    assert res.exit_code == 2 and "stdout" in res.output


def test_progress_is_a_bar_on_a_terminal_and_lines_in_a_log() -> None:
    tty = io.StringIO()
    p = Progress(tty, tty=True, every=0, delay=0)
    p.total = 10
    p.update(inputs=4, docs=4, errors=1, nbytes=2_000_000)
    shown = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", tty.getvalue())  # rich's colours and cursor moves
    assert "4/10 inputs" in shown and "1 errors" in shown and "ETA" in shown
    assert "docs/s" in shown and "MB/s" in shown
    p.message("error: x.txt: empty file")  # printed above the bar
    assert "error: x.txt: empty file\n" in tty.getvalue()
    p.finish()
    assert p._bar is None  # the bar is gone: the report follows
    log = io.StringIO()
    p = Progress(log, tty=False, every=3600)
    p.update(inputs=1, docs=1)
    assert log.getvalue() == ""  # not yet: one line per interval
    p.finish()
    assert log.getvalue().startswith("progress: 1 inputs  1 docs") and log.getvalue().count("\n") == 1
    short = io.StringIO()
    p = Progress(short, tty=True, every=0)  # a run shorter than the bar's delay: no bar at all
    p.update(inputs=1, docs=1)
    p.finish()
    assert short.getvalue() == ""


def test_cli_runs_as_a_module_with_a_pool(tmp_path: Path) -> None:
    # More inputs than one batch: a pool is started (one batch of text runs inline, issue 19).
    res = subprocess.run([*CLI, *[str(SEED)] * 17, "-o", str(tmp_path / "o.jsonl"), "-w", "2", "--keywords", "0"],
                         capture_output=True, text=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert res.returncode == 0, res.stderr
    assert "workers          2" in res.stderr and "progress:" in res.stderr


def test_pdf_and_json_lines_inputs_through_the_pool(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    import pdfdocs

    inp = tmp_path / "in"
    inp.mkdir()
    pdfdocs.write_pdf(pdfdocs.make_spec(3), inp / "a_report.pdf")
    text = SEED.read_text(encoding="utf-8")
    records = [{"url": "https://x/1", "text": text, "doc_id": "r1"}, "{not json",
               {"url": "https://x/2", "text": text.replace("2024", "2022"), "doc_id": "../r2"}]
    (inp / "b_crawl.jsonl").write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False))
                                               + "\n" for r in records), encoding="utf-8")
    (inp / "c.txt").write_bytes(SEED.read_bytes())
    common = ["--id-field", "doc_id", "--keywords", "0", "-q"]
    out = tmp_path / "o.jsonl"
    res = CliRunner().invoke(main, ["clean", str(inp), "-o", str(out), "-w", "2", *common])
    assert res.exit_code == 1, res.output
    docs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [(d["source"]["format"], d["source"]["record"]) for d in docs] == \
        [("pdf", None), ("jsonl", 1), ("jsonl", 3), ("txt", None)]
    assert docs[1]["source"]["meta"] == {"url": "https://x/1", "doc_id": "r1"}
    failed = [json.loads(x) for x in (tmp_path / "o.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(failed) == 1 and failed[0]["path"].endswith("b_crawl.jsonl")
    # interrupted after two documents (one of the JSON lines file's records): resume redoes the rest
    lines = out.read_bytes().splitlines(keepends=True)
    out2 = tmp_path / "r.jsonl"
    (tmp_path / ".r.jsonl.part").write_bytes(b"".join(lines[:2]))
    res = CliRunner().invoke(main, ["clean", str(inp), "-o", str(out2), "-w", "2", "--resume", *common])
    assert res.exit_code == 1 and out2.read_bytes() == out.read_bytes()
    # one file per document: records named by id, inside the folder
    res = CliRunner().invoke(main, ["clean", str(inp), "-o", str(tmp_path / "d") + "/", "-w", "2", *common])
    names = sorted(p.relative_to(tmp_path / "d").as_posix() for p in (tmp_path / "d").rglob("*.json"))
    rel = inp.as_posix().lstrip("/")
    assert [n.removeprefix(rel + "/") for n in names] == \
        ["a_report.pdf.json", f"b_crawl.jsonl/{docs[1]['id']}.json", f"b_crawl.jsonl/{docs[2]['id']}.json",
         "c.txt.json"]
    # Parquet keeps source.meta (JSON text inside) and validates
    res = CliRunner().invoke(main, ["clean", str(inp), "-o", str(tmp_path / "o.parquet"), "-w", "2", *common])
    assert CliRunner().invoke(main, ["validate", str(tmp_path / "o.parquet")]).exit_code == 0
    from jingwen.output.readback import lines as output_lines

    assert list(output_lines(tmp_path / "o.parquet")) == lines

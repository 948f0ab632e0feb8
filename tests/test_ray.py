"""jingwen on Ray Data gives what the local run gives: the same documents, byte for byte and in the
same order, the same duplicate decisions, the same errors and report. One local Ray instance
(2 CPUs, localhost only: conftest's `ray_local`) serves the whole session. Without Ray the tests
that need it are skipped, but in CI, which installs it (make test: .[test,ray]), they fail."""

from __future__ import annotations

import json
import shutil
import socket
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, load_jsonl
from corpus import write_corpus
from jingwen.batch.worker import record_document
from jingwen.cli import main
from jingwen.dedup.deduper import Deduper
from jingwen.options import Options
from jingwen.read.jsonl import record_of

try:
    import ray

    import jingwen.ray as jr
except ImportError:  # the tests that need Ray take `ray_local`, which skips them (fails them in CI)
    ray = jr = None

SEED = ROOT / "samples" / "seed000_book118_summary.txt"
# What only a local run can know (its time, its processes, their memory).
RUN_ONLY = {"seconds", "docs_per_s", "mb_per_s", "workers", "peak_rss_mb"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few hundred generated documents (many near copies of each other), exact copies, bad files,
    and a JSON lines file with good, bad and duplicate records."""
    root = tmp_path_factory.mktemp("ray")
    paths = write_corpus(root / "in", docs=300, seed=11, per_folder=100)
    shutil.copy(paths[5], root / "in" / "0002" / "copy_of_5.txt")
    shutil.copy(SEED, root / "in" / "0001" / "seed.txt")
    (root / "in" / "0000" / "empty.txt").write_bytes(b"")
    (root / "in" / "0001" / "scan.pdf").write_bytes(b"%PDF-1.4 not really a PDF")
    seed = SEED.read_text(encoding="utf-8")
    records = [{"text": seed, "url": "u1"}, {"text": ""}, "not an object", {"text": seed.replace("2024", "2023")},
               {"text": paths[7].read_bytes().decode("utf-8", "replace"), "url": "u4"}]
    (root / "in" / "0002" / "crawl.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n{broken\n", encoding="utf-8")
    return root


def _clean(corpus: Path, out: str, *args: str) -> dict:
    result = CliRunner().invoke(main, ["clean", "in", "-o", out, "-q", "--report", f"{out}.report.json", *args],
                                catch_exceptions=False)
    assert result.exit_code == 1, result.output  # the bad files and records fail, and only they
    report = json.loads((corpus / f"{out}.report.json").read_text(encoding="utf-8"))
    return {k: v for k, v in report.items() if k not in RUN_ONLY}


@pytest.mark.slow
@pytest.mark.parametrize("dedup", ["near", "exact", "drop"])
def test_ray_run_equals_local_run(ray_local, corpus: Path, dedup: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(corpus)
    local = _clean(corpus, f"local-{dedup}.jsonl", "-w", "2", "--dedup", dedup)
    remote = _clean(corpus, f"ray-{dedup}.jsonl", "--engine", "ray", "--dedup", dedup)
    a = (corpus / f"local-{dedup}.jsonl").read_bytes()
    b = (corpus / f"ray-{dedup}.jsonl").read_bytes()
    docs = [json.loads(x) for x in a.splitlines()]
    assert [json.loads(x) for x in b.splitlines()] == docs  # document for document, in input order
    assert a == b
    assert (corpus / f"local-{dedup}.errors.jsonl").read_bytes() == (corpus / f"ray-{dedup}.errors.jsonl").read_bytes()
    assert remote == local
    # The corpus really exercises the decisions: exact copies, near copies, and errors of each kind.
    assert local["documents"] > 300 and local["failures"] == 5 and set(local["failures_by_stage"]) == {"read", "pdf", "jsonl"}
    dups = [d for d in docs if d["duplicate_of"]]
    if dedup == "drop":
        assert local["dropped"] > 100 and not dups
    elif dedup == "near":
        assert len(dups) > 100 and any(d["similarity"] < 1.0 for d in dups)
    else:
        assert len(dups) >= 2 and all(d["similarity"] == 1.0 for d in dups)


@pytest.mark.slow
def test_parquet_shards_hold_the_local_rows(ray_local, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from jingwen.output.parquet import rows

    monkeypatch.chdir(corpus)
    _clean(corpus, "local.parquet", "-w", "2", "--dedup", "near")
    _clean(corpus, "ray.parquet", "--engine", "ray", "--dedup", "near")
    assert (corpus / "ray.parquet").is_dir() and not (corpus / ".ray.parquet.part").exists()
    assert len(list((corpus / "ray.parquet").glob("part-*.parquet"))) >= 2  # written in parallel, in order
    assert list(rows(corpus / "ray.parquet")) == list(rows(corpus / "local.parquet"))
    result = CliRunner().invoke(main, ["validate", "ray.parquet"])
    assert result.exit_code == 0 and "0 invalid" in result.output


@pytest.mark.slow
def test_api_text_rows_and_errors_dataset(ray_local) -> None:
    """A dataset of records with a text field (as `ray.data.read_json` gives), numbered in its order."""
    seed = SEED.read_text(encoding="utf-8")
    rows = [{"text": seed, "url": "a"}, {"text": "   ", "url": "b"}, {"text": seed, "url": "c"},
            {"text": seed.replace("卫生", "环境"), "url": "d"}, {"text": seed.replace("2024", "2022"), "url": "e"}]
    result = jr.clean(ray.data.from_items(rows, override_num_blocks=2), Options(keywords=0), dedup="near")
    got = [json.loads(r["json"]) for r in jr.sorted_by_key(result.documents, result).iter_rows()]

    deduper = Deduper("near")
    want = []
    for i, row in enumerate(rows):
        if not row["text"].strip():
            continue
        doc, _ = deduper.check(record_document(record_of(row, i + 1, "dataset"), "dataset", Options(keywords=0)))
        want.append(json.loads(doc.model_dump_json()))
    assert got == want
    assert [d["source"]["path"] for d in got] == ["dataset#1", "dataset#3", "dataset#4", "dataset#5"]
    assert got[1]["duplicate_of"] == got[0]["id"] and got[1]["similarity"] == 1.0
    assert got[3]["duplicate_of"] == got[0]["id"] and got[3]["similarity"] < 1.0
    errors = result.errors.take_all()
    assert [(e["input"], e["stage"], e["kind"]) for e in errors] == [("dataset#2", "jsonl", "empty")]


@pytest.mark.slow
def test_api_bytes_rows_from_read_binary_files(ray_local, corpus: Path) -> None:
    paths = sorted(str(p) for p in (corpus / "in" / "0000").glob("doc000000*.txt"))
    ds = ray.data.read_binary_files(paths, include_paths=True).map_batches(
        lambda b: {"path": b["path"], "bytes": b["bytes"], "order": [paths.index("/" + p.lstrip("/")) for p in b["path"]]},
        batch_format="numpy")
    result = jr.clean(ds, Options(keywords=0), dedup="off")
    got = [json.loads(r["json"]) for r in jr.sorted_by_key(result.documents, result).iter_rows()]
    local = CliRunner().invoke(main, ["clean", *paths, "-o", str(corpus / "bytes.jsonl"), "-q", "-w", "0",
                                      "--keywords", "0", "--dedup", "off"])
    assert local.exit_code == 0
    assert got == load_jsonl(corpus / "bytes.jsonl")
    assert len(got) == len(paths) == 10


def test_local_instance_listens_on_loopback_only(ray_local) -> None:
    assert {n["NodeManagerAddress"] for n in ray.nodes() if n["Alive"]} == {"127.0.0.1"}
    assert ray.cluster_resources()["CPU"] == 2


def test_an_address_where_nothing_answers_fails_the_run(ray_local, tmp_path: Path) -> None:
    with socket.socket() as s:  # a port that was free a moment ago: nothing listens there
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = CliRunner().invoke(main, ["clean", str(SEED), "-o", str(tmp_path / "o.jsonl"), "--engine", "ray",
                                  "--address", f"127.0.0.1:{port}"])
    assert r.exit_code == 2 and f"--address 127.0.0.1:{port}: nothing answers at 127.0.0.1:{port}" in r.output
    assert not (tmp_path / "o.jsonl").exists()


def test_engine_options_are_checked(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["clean", str(SEED), "-o", str(tmp_path / "o.jsonl"), "--engine", "ray", "--resume"])
    assert r.exit_code == 2 and "--resume: for --engine local only" in r.output
    r = CliRunner().invoke(main, ["clean", str(SEED), "-o", str(tmp_path / "o.jsonl"), "--address", "auto"])
    assert r.exit_code == 2 and "--address: for --engine ray only" in r.output


def test_engine_ray_without_ray_says_how_to_install_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jingwen.ray", None)  # as if `import ray` failed
    r = CliRunner().invoke(main, ["clean", str(SEED), "-o", str(tmp_path / "o.jsonl"), "--engine", "ray"])
    assert r.exit_code == 2 and "--engine ray needs Ray, the [ray] extra: in jingwen's folder, pip install '.[ray]'" in r.output
    assert not (tmp_path / "o.jsonl").exists()


@pytest.mark.slow
def test_a_rules_file_travels_inside_the_options_to_the_ray_workers(ray_local, tmp_path: Path) -> None:
    """--rules my.toml where the file does not exist on the node: the workers get the parsed packs
    (inside Options), never the path; here the file is gone before the run starts."""
    f = tmp_path / "my_rules.toml"
    f.write_text('[pack]\nid="mine"\n[[rule]]\nid="stamp"\nkind="line"\npattern="^内部资料$"\nreason="our stamp"\n',
                 encoding="utf-8")
    options = Options(rules=(str(f),), keywords=0)
    f.unlink()
    # (above the site's comments header, which ends the document: what follows it is the site's)
    text = SEED.read_text(encoding="utf-8").replace("文档评论(0)", "内部资料\n文档评论(0)")
    assert "内部资料" in text
    result = jr.clean(ray.data.from_items([{"text": text}]), options, dedup="off")
    (row,) = result.documents.take_all()
    assert "mine.stamp" in [r["rule"] for r in json.loads(row["json"])["removed"]]


def test_page_images_read_by_ocr_on_ray_as_locally(ray_local, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Ray engine reads a page image and a folder of pages (--pages-as-document) by OCR, as a local run."""
    import scans
    from test_ocr import _need_ocr

    _need_ocr()
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in" / "book").mkdir(parents=True)
    scans.small_image("单独一页的图片。").save(tmp_path / "one.png")
    for i, text in ((2, "第二页。"), (1, "第一页。")):
        scans.small_image(text).save(tmp_path / "in" / "book" / f"p{i}.png")
    outs = []
    for name, engine in (("local.jsonl", ["-w", "1"]), ("ray.jsonl", ["--engine", "ray"])):
        result = CliRunner().invoke(main, ["clean", "in", "one.png", "--pages-as-document", "-o", name, "-q",
                                           "--keywords", "0", *engine], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        outs.append(load_jsonl(tmp_path / name))
    assert outs[0] == outs[1]
    assert [(d["source"]["path"], d["source"]["ocr"]["pages"]) for d in outs[0]] == [("in/book", [1, 2]),
                                                                                     ("one.png", [1])]

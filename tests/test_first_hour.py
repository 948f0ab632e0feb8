"""A new user's first hour (issue 19): mistakes answered up front, every command reading what
`clean` writes, outputs named as the user expects, the report and help saying what they mean."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, load_jsonl
from jingwen.cli import main

SAMPLES = ROOT / "samples"
SEED = SAMPLES / "seed000_book118_summary.txt"
PLAN = SAMPLES / "seed003_book118_plan.txt"


def _clean(*args: str) -> object:
    return CliRunner().invoke(main, ["clean", *args])


# ── item 5: show reads every output format; -n past the end is a sentence ──────────────────────

@pytest.mark.parametrize("name", ["o.jsonl.gz", "o.parquet", "o.jsonl.zst", "o/"])
def test_show_reads_every_output_format(tmp_path: Path, name: str) -> None:
    if name.endswith(".parquet"):
        pytest.importorskip("pyarrow")
    if name.endswith(".zst"):
        pytest.importorskip("zstandard")
    out = f"{tmp_path}/{name}"  # (a Path would drop the folder's slash)
    assert _clean(str(SEED), str(PLAN), "-o", out, "-w", "0", "-q", "--keywords", "0").exit_code == 0
    res = CliRunner().invoke(main, ["show", out.rstrip("/"), "-n", "1"])
    assert res.exit_code == 0, res.output
    assert "title:     2024创卫年度工作计划" in res.output


def test_show_past_the_last_document_says_how_many_there_are(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    _clean(str(SEED), str(PLAN), "-o", str(out), "-w", "0", "-q", "--keywords", "0")
    res = CliRunner().invoke(main, ["show", str(out), "-n", "99"])
    assert res.exit_code == 1
    assert "holds 2 documents" in res.output and "Traceback" not in res.output
    assert res.exception is None or isinstance(res.exception, SystemExit)
    res = CliRunner().invoke(main, ["show", str(SEED), "-n", "3"])  # an input: one document
    assert res.exit_code == 1 and "no document number 3" in res.output
    assert res.exception is None or isinstance(res.exception, SystemExit)


def test_eval_reads_a_compressed_output(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl.gz"
    _clean(str(SEED), "-o", str(out), "-w", "0", "-q", "--keywords", "0")
    gold = tmp_path / "gold"
    gold.mkdir()
    doc = json.loads(gzip.decompress(out.read_bytes()))
    (gold / f"{SEED.stem}.json").write_text(json.dumps(
        {"title": doc["title"], "truncated": doc["truncated"], "preamble": doc["preamble"],
         "sections": doc["sections"]}, ensure_ascii=False), encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", "--gold", str(gold), str(out), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["summary"]["content_recall"] == 1.0


# ── item 6: validate prints place, field, reason; a non-output is one sentence ───────────────────

def test_validate_prints_place_field_and_a_one_line_reason(tmp_path: Path) -> None:
    good = tmp_path / "o.jsonl"
    _clean(str(SEED), "-o", str(good), "-w", "0", "-q", "--keywords", "0")
    doc = json.loads(good.read_text(encoding="utf-8"))
    doc["removed"][0]["line"] = "x"
    doc["headline"] = doc.pop("title")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(good.read_text(encoding="utf-8") + json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["validate", str(bad)])
    assert res.exit_code == 1
    lines = res.output.splitlines()
    assert f"{bad}:2: removed[0].line: Input should be a valid integer, unable to parse string as an integer" in lines
    assert f"{bad}:2: headline: Extra inputs are not permitted" in lines
    assert "https://" not in res.output and "For further information" not in res.output
    assert lines[-1] == "2 records, 1 invalid"


@pytest.mark.parametrize("content", ["第一行\n第二行\n", '{"url": "a", "text": "正文"}\n{"url": "b"}\n'])
def test_validate_on_a_file_that_is_not_output_is_one_sentence(tmp_path: Path, content: str) -> None:
    f = tmp_path / "input.jsonl"
    f.write_text(content, encoding="utf-8")
    res = CliRunner().invoke(main, ["validate", str(f)])
    assert res.exit_code == 1
    assert res.output.strip().count("\n") == 0, res.output
    assert "is not jingwen output" in res.output and "Invalid JSON" not in res.output


# ── item 3: mistakes on the command line are usage errors, up front, nothing written ────────────

def _nothing_written(tmp_path: Path) -> None:
    assert not [p for p in tmp_path.rglob("*") if p.name.startswith(("o", ".o"))], list(tmp_path.rglob("*"))


def test_a_path_that_does_not_exist_is_a_usage_error(tmp_path: Path) -> None:
    res = _clean(str(SEED), str(tmp_path / "nosuch.txt"), "-o", str(tmp_path / "o.jsonl"), "-w", "0")
    assert res.exit_code == 2
    assert f"{tmp_path / 'nosuch.txt'}: no such file or folder" in res.output
    assert "vanished" not in res.output and "disappeared" not in res.output
    _nothing_written(tmp_path)


def test_a_glob_that_matches_nothing_is_a_usage_error(tmp_path: Path) -> None:
    res = _clean(str(tmp_path / "*.txt"), "-o", str(tmp_path / "o.jsonl"), "-w", "0")
    assert res.exit_code == 2 and "no file matches this pattern" in res.output
    _nothing_written(tmp_path)


def test_a_folder_without_inputs_says_what_is_searched_and_how_to_add_more(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("# 标题\n正文", encoding="utf-8")
    (docs / "b.md").write_text("正文", encoding="utf-8")
    res = _clean(str(docs), "-o", str(tmp_path / "o.jsonl"), "-w", "0")
    assert res.exit_code == 2
    assert ".txt, .pdf, .jsonl" in res.output and "2 .md" in res.output
    assert f"jingwen clean '{docs}/**/*.md'" in res.output
    _nothing_written(tmp_path)
    # ... and the way it names works: files named on the command line are read as text
    res = _clean(f"{docs}/**/*.md", "-o", str(tmp_path / "o.jsonl"), "-w", "0", "-q", "--keywords", "0")
    assert res.exit_code == 0 and len(load_jsonl(tmp_path / "o.jsonl")) == 2


def test_an_unknown_site_is_a_usage_error_naming_the_sites(tmp_path: Path) -> None:
    res = _clean(str(SEED), "--sites", "book118,nosuchsite", "-o", str(tmp_path / "o.jsonl"), "-w", "0")
    assert res.exit_code == 2
    assert "'nosuchsite'" in res.output and "book118" in res.output and "doc88" in res.output
    _nothing_written(tmp_path)
    assert _clean(str(SEED), "--sites", "all", "-o", str(tmp_path / "o.jsonl"), "-w", "0", "-q").exit_code == 0


# ── item 4: no empty errors file beside a successful run ────────────────────────────────────────

def test_the_errors_file_is_written_only_when_there_is_an_error(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    errors = tmp_path / "o.errors.jsonl"
    (tmp_path / "empty.txt").write_bytes(b"")
    assert _clean(str(SEED), str(tmp_path / "empty.txt"), "-o", str(out), "-w", "0", "-q").exit_code == 1
    assert [json.loads(x)["kind"] for x in errors.read_text(encoding="utf-8").splitlines()] == ["empty"]
    assert _clean(str(SEED), "-o", str(out), "-w", "0", "-q").exit_code == 0
    assert not errors.exists()  # none for this run, and the last run's is out of date
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt", "o.jsonl"]


# ── item 7: per-file outputs named relative to the inputs' common folder ────────────────────────

def test_per_file_outputs_are_named_relative_to_the_inputs_common_folder(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    (inp / "sub").mkdir(parents=True)
    (inp / "a.txt").write_bytes(SEED.read_bytes())
    (inp / "sub" / "b.txt").write_bytes(PLAN.read_bytes())
    out = tmp_path / "out"
    assert _clean(str(inp.resolve()), "-o", f"{out}/", "-w", "0", "-q", "--keywords", "0").exit_code == 0
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.json")) == ["a.txt.json", "sub/b.txt.json"]
    out2 = tmp_path / "out2"
    args = [str((inp / "a.txt").resolve()), str((inp / "sub" / "b.txt").resolve())]
    assert _clean(*args, "-o", f"{out2}/", "-w", "0", "-q", "--keywords", "0").exit_code == 0
    assert sorted(str(p.relative_to(out2)) for p in out2.rglob("*.json")) == ["a.txt.json", "sub/b.txt.json"]
    # the document still names its input as given
    doc = json.loads((out2 / "a.txt.json").read_text(encoding="utf-8"))
    assert doc["source"]["path"] == args[0]


# ── item 8: memory that was not measured is unknown, not 0 MB ───────────────────────────────────

def test_memory_not_measured_is_reported_as_unknown() -> None:
    from jingwen.batch.report import Report

    r = Report(workers=2)  # as a Ray run leaves it: the workers' memory is not measured
    assert r.as_dict()["peak_rss_mb"] == {"parent": None, "worker_max": None}
    assert "peak memory: unknown" in r.table() and "parent 0 MB" not in r.table()
    r.peak_rss_parent = 40_000_000
    assert "parent 40 MB, largest worker unknown" in r.table()


# ── item 9: help and report say what they mean; every rule can be seen ──────────────────────────

def test_dedup_drop_help_says_the_first_copy_is_kept() -> None:
    res = CliRunner().invoke(main, ["clean", "--help"], terminal_width=200)
    assert "leave both" not in res.output
    assert "later copies" in res.output and "first is kept" in res.output


def test_the_report_shows_every_rule_with_verbose(tmp_path: Path) -> None:
    from jingwen.batch.report import Report

    r = Report()
    for i in range(12):
        r.removed_by_rule[f"rule{i:02d}"] = 20 - i
    assert "… 4 more (-v lists all)" in r.table()
    assert "rule11" in r.table(top=None) and "more" not in r.table(top=None)
    res = _clean(str(SEED), "-o", str(tmp_path / "o.jsonl"), "-w", "0", "-v")
    assert res.exit_code == 0 and "book118.comments 1" in res.output


def test_every_stage_in_the_errors_file_is_in_the_readme() -> None:
    import re

    src = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "src" / "jingwen").rglob("*.py"))
    stages = set(re.findall(r'InputError\(\s*"([a-z_]+)"', src)) | {"worker"}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = re.search(r"`stage` is where it failed[^.]*", readme)
    assert listed, "README: the errors file's stages"
    missing = sorted(s for s in stages if f"`{s}`" not in listed.group(0))
    assert not missing, missing


@pytest.mark.slow
def test_a_ray_run_that_succeeds_prints_no_ray_log_line(tmp_path: Path) -> None:
    pytest.importorskip("ray")
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONPATH": str(ROOT / "src")}
    env.pop("RAY_BACKEND_LOG_LEVEL", None)
    res = subprocess.run([sys.executable, "-m", "jingwen", "clean", str(SEED), str(PLAN), "-o",
                          str(tmp_path / "o.jsonl"), "--engine", "ray", "--keywords", "0"],
                         capture_output=True, text=True, env=env, timeout=300)
    assert res.returncode == 0, res.stderr
    assert res.stderr.startswith("documents"), res.stderr  # the report, and nothing of Ray's before it
    assert "core_worker" not in res.stderr and "peak memory: unknown" in res.stderr


# ── item 2: a small run starts no pool, the tokenizer and tables load as fast as they can ────────

def test_one_batch_of_text_runs_without_a_pool_and_a_pdf_still_gets_one(tmp_path: Path) -> None:
    from jingwen.batch.run import run
    from jingwen.batch.worker import job
    from jingwen.options import Options
    from jingwen.output.write import LinesFile

    opts = Options(keywords=0)
    report = run([SEED, PLAN], LinesFile(tmp_path / "a.jsonl"), job(opts), workers=2)
    assert report.workers == 0 and report.documents == 2  # inline: no worker was started
    many = [SEED] * 17  # more than one batch: the pool is worth its start
    assert run(many, LinesFile(tmp_path / "b.jsonl"), job(opts), workers=2).workers == 2
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%broken")
    report = run([SEED, pdf], LinesFile(tmp_path / "c.jsonl"), job(opts), workers=2)
    assert report.workers == 2 and report.failures == 1  # a native reader runs in a worker, never inline


def test_the_rjieba_tokenizer_reuses_the_one_rjieba_builds_on_import(monkeypatch: pytest.MonkeyPatch) -> None:
    rjieba = pytest.importorskip("rjieba")
    import jingwen.text.tokens as T

    def built(*a: object) -> None:
        raise AssertionError("a second rjieba tokenizer was built")

    T._tokenizer.cache_clear()
    monkeypatch.setattr(rjieba, "Jieba", built)
    try:
        assert T.tokenizer(None, "rjieba").cut("环境整治工作") == rjieba.cut("环境整治工作", False)
    finally:
        T._tokenizer.cache_clear()


def test_the_lexicon_cache_answers_as_the_tables_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import jingwen.lexicon as L
    from jingwen.text.tokens import tokens

    monkeypatch.setenv("JINGWEN_CACHE", str(tmp_path / "cache"))
    whole = L.Lexicon()  # no cache yet: reads jieba's tables whole, and writes the cache
    assert whole._con is None and len(whole.idf) > 200_000
    assert list((tmp_path / "cache").glob("lexicon-*.sqlite"))
    cached = L.Lexicon()  # the next process: asks the cache, word by word
    assert cached._con is not None and cached.idf == {}
    words = set(tokens(SEED.read_text(encoding="utf-8") + PLAN.read_text(encoding="utf-8")))
    words |= set(list(whole.idf)[::997]) | set(list(whole.nouns)[::499]) | set(list(whole.numerals)[::97])
    words |= {"不在词典里的词", "", " "}
    cached.learn(words)
    assert cached.median_idf == whole.median_idf and cached.stop == whole.stop
    for w in words:
        assert (cached.idf.get(w), w in cached.nouns, w in cached.numerals) == \
            (whole.idf.get(w), w in whole.nouns, w in whole.numerals), w


# ── the output contract lives in the repository, in step with the schema ────────────────────────

def test_docs_output_describes_every_field_and_its_example_is_current() -> None:
    import re

    from jingwen import Options, process_bytes
    from jingwen.models import Document, Metadata, OcrInfo, Pages, Removal, Repair, Section, Source, Stats

    page = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")
    for model in (Document, Source, OcrInfo, Pages, Metadata, Section, Removal, Repair, Stats):
        missing = [f for f in model.model_fields if f"`{f}`" not in page and f"].{f}`" not in page]
        assert not missing, (model.__name__, missing)
    example = re.search(r"```json\n(.*?)\n```", page, re.S)
    assert example, "docs/output.md: the whole example"
    data = (ROOT / "docs" / "example.txt").read_bytes()
    doc = process_bytes(data, "docs/example.txt", Options(keywords=5))
    assert json.loads(example.group(1)) == json.loads(doc.model_dump_json()), "regenerate the example"
    assert Document.model_validate_json(json.dumps(json.loads(example.group(1)))).id == doc.id


def test_the_readme_points_nowhere_outside_the_repository() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "../shared/DESIGN.md" not in readme and "docs/output.md" in readme


# ── item 1: the core install leaves near duplicates out, and says how to add them ───────────────

def test_near_duplicates_without_the_extra_say_how_to_install_it(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "datasketch", None)  # as in a core install (`make demo`)
    res = _clean(str(SEED), "-o", str(tmp_path / "o.jsonl"), "--dedup", "near", "-w", "0")
    assert res.exit_code == 2 and "pip install '.[near]'" in res.output and "Traceback" not in res.output
    assert not list(tmp_path.iterdir())
    assert _clean(str(SEED), "-o", str(tmp_path / "o.jsonl"), "-w", "0", "-q").exit_code == 0  # exact: core


def test_the_core_install_is_light_and_the_extras_hold_the_rest() -> None:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    core = " ".join(project["dependencies"])
    for heavy in ("datasketch", "scipy", "ray", "pandas", "datasets", "pyarrow", "pytest", "rapidocr", "onnxruntime",
                  "opencv"):
        assert heavy not in core, heavy
    assert all("==" in d for d in project["optional-dependencies"]["ocr"])  # pinned: a new model moves every character
    assert project["license"] == "MIT"  # an SPDX string: the table form makes setuptools warn
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert 'pip install -q -e .\n' in makefile and '".[test,ray,ocr]"' in makefile
    demo = makefile.split("\ndemo:")[1].split("\n\n")[0]
    assert "$(STAMP)" in demo and "TEST_STAMP" not in demo  # the demo installs the core only


def test_only_regular_text_files_run_inline(tmp_path: Path) -> None:
    import os

    from jingwen.batch.worker import inline_ok

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert inline_ok(str(SEED)) and not inline_ok(str(fifo)) and not inline_ok(str(tmp_path / "gone.txt"))
    assert not inline_ok(str(tmp_path / "x.pdf"))

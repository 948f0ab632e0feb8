"""`jingwen report` (issue 20) without a browser: what the page carries, read back from its HTML.
tests/test_report_browser.py opens it in headless Chromium."""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import ROOT
from jingwen.cli import main
from jingwen.tools.report import build
from jingwen.tools.report import builder as build_mod
from jingwen.tools.report.summary import Summary, warning_kind

pytest.importorskip("bokeh")

SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


def clean(*args: str) -> None:
    res = CliRunner().invoke(main, ["clean", "-q", *args])
    assert res.exit_code in (0, 1), res.output


def views(html: str) -> list[dict[str, Any]]:
    m = re.search(r'<script type="application/json" id="views">(.*?)</script>', html, re.S)
    assert m, "the page carries no views"
    return json.loads(m.group(1))


def charts(html: str) -> set[str]:
    return set(re.findall(r'<div class="chart" data-chart="(\w+)">', html))


@pytest.fixture(scope="module")
def samples_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """samples/*.txt cleaned, with the run's report beside the output (out.report.json)."""
    folder = tmp_path_factory.mktemp("samples")
    out = folder / "out.jsonl"
    clean(*map(str, SAMPLES), "-o", str(out), "--report", str(folder / "out.report.json"))
    return out


def test_a_report_is_one_self_contained_file(samples_out: Path, tmp_path: Path) -> None:
    target = tmp_path / "r.html"
    res = CliRunner().invoke(main, ["report", str(samples_out), "-o", str(target)])
    assert res.exit_code == 0, res.output
    html = target.read_text(encoding="utf-8")
    # Nothing is fetched: no script, style sheet or image by address; BokehJS is inline.
    assert not re.search(r"<(script|img|iframe)[^>]*\ssrc=", html)
    assert not re.search(r"<link[^>]*stylesheet", html)
    assert "Bokeh" in html and len(html) > 1_000_000
    assert {"sites", "doc_types", "rules", "lengths", "shares", "truncated"} <= charts(html)
    # The run's report beside the output was read (its wall time is shown).
    assert "run time" in html


def test_every_document_is_viewed_beside_its_raw_lines(samples_out: Path, tmp_path: Path) -> None:
    target = tmp_path / "r.html"
    build(samples_out, target)
    vs = views(target.read_text(encoding="utf-8"))
    docs = [json.loads(line) for line in samples_out.read_text(encoding="utf-8").splitlines()]
    assert sorted(v["index"] for v in vs) == list(range(len(docs)))  # fewer than the sample: all
    for v in vs:
        doc = docs[v["index"]]
        raw = Path(doc["source"]["path"]).read_text(encoding="utf-8")
        assert v["raw"] == raw.split("\n") and v["raw_note"] is None
        # The ledger is carried whole: each removal names its line, its rule and the text it took.
        assert [(r[0], r[1], r[2]) for r in v["removed"]] == [(r["line"], r["rule"], r["text"]) for r in doc["removed"]]
        for line, _, text, partial, _ in v["removed"]:
            shown = v["raw"][line - 1]
            for at, _, before, after in v["repairs"]:  # a removal's text is the line as repaired
                shown = shown.replace(before, after) if at == line else shown
            assert (text in shown) if partial else shown.strip() == text.strip()
        assert v["title"] == doc["title"] and len(v["sections"]) == len(doc["sections"])


def test_the_numbers_agree_with_the_runs_own_report(samples_out: Path) -> None:
    s = Summary()
    build_mod.summarise(samples_out, s)
    run = json.loads((samples_out.parent / "out.report.json").read_text())
    assert s.documents == run["documents"] and s.truncated == run["truncated"]
    assert dict(s.rule_lines) == run["removed_by_rule"]
    assert dict(s.sites) == run["sites"] and dict(s.doc_types) == run["doc_types"]
    assert s.input_bytes == sum(p.stat().st_size for p in SAMPLES)


@pytest.mark.parametrize("name", ["out.jsonl.gz", "out.jsonl.zst", "out.parquet", "out/"])
def test_every_output_format_gives_the_same_report(samples_out: Path, tmp_path: Path, name: str) -> None:
    pytest.importorskip({".parquet": "pyarrow", ".zst": "zstandard"}.get(Path(name).suffix, "json"))
    out = str(tmp_path / name)
    clean(*map(str, SAMPLES), "-o", out)
    a, b = Summary(), Summary()
    build_mod.summarise(samples_out, a)
    build_mod.summarise(Path(out.rstrip("/")), b)
    assert (a.documents, a.rule_chars, a.sites, a.lengths, a.warnings) == \
        (b.documents, b.rule_chars, b.sites, b.lengths, b.warnings)
    built = build(Path(out.rstrip("/")), tmp_path / "r.html")
    assert built.documents == len(SAMPLES) and built.raw_missing == 0


def test_raw_files_that_moved_are_found_under_raw_root(tmp_path: Path) -> None:
    inputs = tmp_path / "in" / "site"
    inputs.mkdir(parents=True)
    for p in SAMPLES:
        shutil.copy(p, inputs / p.name)
    out = tmp_path / "out.jsonl"
    clean(str(inputs), "-o", str(out))
    moved = tmp_path / "elsewhere" / "copy"
    shutil.move(str(tmp_path / "in"), str(moved))

    res = CliRunner().invoke(main, ["report", str(out), "-o", str(tmp_path / "a.html")])
    assert res.exit_code == 0 and "clean side only" in res.output
    html = (tmp_path / "a.html").read_text(encoding="utf-8")
    vs = views(html)
    assert all(v["raw"] is None and "raw file not found" in v["raw_note"] and "--raw-root" in v["raw_note"]
               for v in vs)
    assert "show the clean side only: raw file not found" in html  # said on the corpus view too
    assert all(v["sections"] or v["preamble"] for v in vs)  # the clean side is still there

    build(out, tmp_path / "b.html", raw_root=moved)
    assert all(v["raw"] and v["raw_note"] is None for v in views((tmp_path / "b.html").read_text(encoding="utf-8")))


def test_a_raw_file_changed_since_the_run_is_said(samples_out: Path, tmp_path: Path) -> None:
    root = tmp_path / "raw"
    root.mkdir()
    for p in SAMPLES:
        (root / p.name).write_text("另一个文件\n" + p.read_text(encoding="utf-8"), encoding="utf-8")
    build(samples_out, tmp_path / "r.html", raw_root=root)
    assert all("has changed since the run" in v["raw_note"] for v in views((tmp_path / "r.html").read_text("utf-8")))


def test_json_lines_inputs_are_viewed_from_their_record(tmp_path: Path) -> None:
    inp = tmp_path / "crawl.jsonl"
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    inp.write_text("".join(json.dumps({"url": f"https://max.book118.com/{i}.html", "body": t}, ensure_ascii=False)
                           + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    clean(str(inp), "-o", str(out), "--text-field", "body")
    build(out, tmp_path / "r.html", text_field="body")
    vs = sorted(views((tmp_path / "r.html").read_text(encoding="utf-8")), key=lambda v: v["index"])
    assert [v["raw"] for v in vs] == [t.split("\n") for t in texts]


def test_failures_come_from_the_errors_file_beside_the_output(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    shutil.copy(SAMPLES[0], tmp_path / "in" / "a.txt")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    clean(str(tmp_path / "in"), "-o", str(out))
    assert (tmp_path / "out.errors.jsonl").exists()
    built = build(out, tmp_path / "r.html")
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert built.failures == 1 and "failures" in charts(html) and "empty.txt" in html


@pytest.mark.parametrize("content", ['{"text": "正文"}\n', "not json at all\n"])
def test_a_file_that_is_not_jingwen_output_is_a_clear_error(tmp_path: Path, content: str) -> None:
    f = tmp_path / "crawl.jsonl"
    f.write_text(content, encoding="utf-8")
    res = CliRunner().invoke(main, ["report", str(f), "-o", str(tmp_path / "r.html")])
    assert res.exit_code == 1 and "is not jingwen output" in res.output
    assert not (tmp_path / "r.html").exists()


def test_a_run_where_every_input_failed_still_has_a_report(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    clean(str(tmp_path / "in"), "-o", str(out))
    built = build(out, tmp_path / "r.html")
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert (built.documents, built.views, built.failures) == (0, 0, 1) and charts(html) == {"failures"}


def test_records_that_are_not_documents_are_counted_and_placed(samples_out: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(samples_out.read_text(encoding="utf-8") + '{"schema_version": "1.0", "torn\n[1, 2]\n',
                   encoding="utf-8")
    build(out, tmp_path / "r.html")
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "2 records of the output are not documents" in html and f"{out}:3: not JSON" in html


def test_without_the_report_extra_the_error_names_it(samples_out: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "bokeh", None)  # import bokeh raises ImportError
    res = CliRunner().invoke(main, ["report", str(samples_out), "-o", str(tmp_path / "r.html")])
    assert res.exit_code == 2 and "pip install '.[report]'" in res.output


def test_views_beyond_the_budget_are_left_out_and_said(samples_out: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build_mod, "VIEW_BUDGET", 1)
    built = build(samples_out, tmp_path / "r.html")
    assert built.views == 1 and built.views_left_out == len(SAMPLES) - 1
    assert "document views left out" in (tmp_path / "r.html").read_text(encoding="utf-8")


def _doc(i: int, lost: float, dup: str | None = None, similarity: float | None = None) -> dict[str, Any]:
    n = 1000
    return {"schema_version": "1.0", "id": f"d{i}", "title": f"t{i}", "source": {"path": f"/x/{i}.txt", "site": "s"},
            "stats": {"input_chars": n, "output_chars": n - int(lost * n), "input_bytes": 3 * n},
            "removed": [{"line": 1, "rule": "r", "text": "x" * int(lost * n)}] if lost else [],
            "warnings": [f"numbering jumps from {i} to {i + 2} at line {i}"], "duplicate_of": dup,
            "similarity": similarity}


def test_the_summary_keeps_a_bounded_selection_whatever_the_count() -> None:
    s = Summary(worst_n=5, sample_n=10, seed=1)
    for i in range(20_000):
        s.add(_doc(i, lost=(i * 7919 % 1000) / 1000))
    assert s.documents == 20_000 and len(s._worst) == 5 and len(s._sample) == 10
    assert [round(b.lost, 3) for b in s.worst_briefs()] == [0.999] * 5  # the largest share, worst first
    picked = [i for i, _ in s.sample()]
    assert picked == sorted(picked) and max(picked) > 10_000  # drawn from the whole run, not its head
    s2 = Summary(worst_n=5, sample_n=10, seed=1)
    for i in range(20_000):
        s2.add(_doc(i, lost=(i * 7919 % 1000) / 1000))
    assert [i for i, _ in s2.sample()] == picked  # seeded: the same output gives the same report
    assert s.warnings == {"numbering jumps from N to N": 20_000}
    assert sum(s.lengths) == sum(s.shares) == 20_000


def test_duplicate_clusters_are_counted_largest_first_within_a_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    from jingwen.tools.report import summary

    monkeypatch.setattr(summary, "MAX_CLUSTERS", 100)
    s = Summary()
    s.add(_doc(0, 0.1))
    for i in range(1, 50):
        s.add(_doc(i, 0.1, dup="d0", similarity=1.0 if i % 2 else 0.9))
    for i in range(50, 1000):  # 950 clusters of two: past the bound the small ones are forgotten
        s.add(_doc(i, 0.1, dup=f"k{i}"))
    top = s.largest_clusters(3)
    assert (top[0].first, top[0].exact, top[0].near, top[0].size) == ("d0", 25, 24, 50)
    assert len(s.clusters) <= 100 and s.clusters_forgotten
    assert (s.exact, s.near) == (25 + 950, 24)


@pytest.mark.parametrize(("warning", "kind"), [
    ("numbering jumps from 1 to 3 at line 15", "numbering jumps from N to N"),
    ("numbering restarts at 第一条 at line 15", "numbering restarts at N"),
    ("truncated: text stops mid-sentence at the end of the input (line 1)", "truncated: text stops mid-sentence"),
    ("truncated: 2 of 8 declared pages present", "truncated: N of N declared pages present"),
])
def test_warnings_are_counted_by_kind(warning: str, kind: str) -> None:
    assert warning_kind(warning) == kind


def test_the_dev_set_report(shared: Path, tmp_path: Path) -> None:
    out = tmp_path / "dev.jsonl"
    clean(str(shared / "eval" / "dev" / "raw"), "-o", str(out))
    built = build(out, tmp_path / "dev.html")
    html = (tmp_path / "dev.html").read_text(encoding="utf-8")
    vs = views(html)
    assert built.documents == len(vs) == len(list((shared / "eval" / "dev" / "raw").iterdir()))
    assert built.raw_missing == 0 and all(v["raw"] for v in vs)
    assert {"sites", "rules", "warnings"} <= charts(html) and built.bytes < 5_000_000

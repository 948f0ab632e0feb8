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

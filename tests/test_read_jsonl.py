"""JSON lines input: one document per record, the record's fields kept, a bad line failing alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, load_jsonl
from jingwen import InputError, Options
from jingwen.batch.worker import documents, process_path
from jingwen.cli import main
from jingwen.read import files
from jingwen.read.jsonl import safe_id

SEED = (ROOT / "samples" / "seed000_book118_summary.txt").read_text(encoding="utf-8")


def _write(path: Path, lines: list[str | dict]) -> Path:
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)) + "\n" for x in lines),
                    encoding="utf-8")
    return path


def test_each_record_is_a_document_with_its_fields_in_source_meta(tmp_path: Path) -> None:
    path = _write(tmp_path / "crawl.jsonl", [
        {"url": "https://max.book118.com/html/2024/0101/1.shtm", "title": "工作总结", "crawl_time": "2024-05-01",
         "text": SEED},
        "",
        {"url": "https://example.com/2", "text": "一、概述\n本文档只有一段话。"},
    ])
    docs = list(documents(path))
    assert [d.source.record for d in docs] == [1, 3]  # line numbers, blank lines counted
    a, b = docs
    assert a.source.path == f"{path}#1" and a.source.format == "jsonl"
    assert a.source.meta == {"url": "https://max.book118.com/html/2024/0101/1.shtm", "title": "工作总结",
                             "crawl_time": "2024-05-01"}
    assert a.source.site == "book118"  # the url tells the site
    assert a.title == "2024年创建卫生城市工作开展情况工作总结"
    assert b.sections[0].heading == "概述" and a.id != b.id and len(a.id) == 16


def test_text_and_id_fields_are_chosen_and_the_id_is_made_file_safe(tmp_path: Path) -> None:
    path = _write(tmp_path / "c.jsonl", [{"doc_id": "../../etc/报告 2024", "content": "正文内容。"},
                                         {"doc_id": 17, "content": "另一篇正文。"}])
    docs = list(documents(path, Options(text_field="content", id_field="doc_id")))
    assert [d.id for d in docs] == ["etc_报告_2024", "17"]
    assert docs[0].source.meta == {"doc_id": "../../etc/报告 2024"}


@pytest.mark.parametrize(
    ("value", "safe"),
    [("abc-1.2_x", "abc-1.2_x"), ("a/b\\c:d", "a_b_c_d"), ("..", None), ("", None), (True, None), (None, None),
     (3.5, None), ({"a": 1}, None), ("x" * 300, "x" * 100), ("  名字  ", "名字")],
)
def test_safe_id(value: object, safe: str | None) -> None:
    assert safe_id(value) == safe


def test_a_malformed_line_fails_alone(tmp_path: Path) -> None:
    path = _write(tmp_path / "mixed.jsonl", [
        {"text": "第一篇。"},
        '{"text": "缺了结尾的引号}',
        "[1, 2]",
        {"title": "没有正文"},
        {"text": 42},
        {"text": "   "},
        {"text": "第七行的正文。"},
    ])
    (tmp_path / "bad_utf8.jsonl").write_bytes(b'{"text": "\xff\xfe"}\n{"text": "ok"}\n')
    docs, failures = process_path(path)
    assert [d.source.record for d in docs] == [1, 7]
    assert [(f.stage, f.kind) for f in failures] == [("jsonl", "malformed"), ("jsonl", "malformed"),
                                                     ("jsonl", "no_text"), ("jsonl", "malformed"), ("jsonl", "empty")]
    assert failures[0].message.startswith(f"{path}:2: malformed JSON")
    assert "--text-field" in failures[2].message and "title" in failures[2].message
    docs, failures = process_path(tmp_path / "bad_utf8.jsonl")
    assert len(docs) == 1 and [f.kind for f in failures] == ["decode"]


def test_a_missing_id_is_an_error_for_its_record(tmp_path: Path) -> None:
    path = _write(tmp_path / "ids.jsonl", [{"id": "a1", "text": "甲。"}, {"text": "乙。"}])
    items = list(documents(path, Options(id_field="id")))
    assert items[0].id == "a1"
    assert isinstance(items[1], InputError) and items[1].kind == "no_id"


def test_bom_oversized_records_and_an_empty_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": "开头有BOM。"}).encode() + b"\n"
                     + json.dumps({"text": "长" * 500}).encode() + b"\n" + json.dumps({"text": "后面的。"}).encode())
    monkeypatch.setattr(files, "MAX_RECORD_BYTES", 200)
    docs, failures = process_path(path)
    assert [d.source.record for d in docs] == [1, 3]
    assert [(f.kind, f.message) for f in failures] == [("too_large", f"{path}:2: record over the 200-byte limit")]
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    assert [f.kind for f in process_path(empty)[1]] == ["empty"]


def test_cli_clean_jsonl_with_fields_and_a_bad_record(tmp_path: Path) -> None:
    inp = _write(tmp_path / "crawl.jsonl", [{"id": "r1", "body": "第一篇正文。", "url": "u1"}, "not json",
                                            {"id": "r3", "body": "第三篇正文。"}])
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(main, ["clean", str(inp), "-o", str(out), "--text-field", "body", "--id-field", "id"])
    assert res.exit_code == 1
    assert f"error: {inp}:2: malformed JSON" in res.output and "Traceback" not in res.output
    assert [(d["id"], d["source"]["record"], d["source"]["meta"]) for d in load_jsonl(out)] == [
        ("r1", 1, {"id": "r1", "url": "u1"}), ("r3", 3, {"id": "r3"})]
    res = CliRunner().invoke(main, ["show", str(inp), "-n", "1", "--text-field", "body"])
    assert res.exit_code == 1 and "malformed JSON" in res.output
    res = CliRunner().invoke(main, ["show", str(inp), "-n", "2", "--text-field", "body", "--id-field", "id"])
    assert res.exit_code == 0 and "id=r3" in res.output and "[jsonl" in res.output


def test_a_text_without_a_title_takes_the_records_page_title_less_the_sites_name(tmp_path: Path) -> None:
    body = "为全面推进城乡供水一体化建设，县水利局组织力量对全县供水设施开展了专项调查，现将有关情况报告如下。\n" * 4
    path = _write(tmp_path / "crawl.jsonl", [
        {"url": "https://x.example.com/a.html", "title": "全县城乡供水情况调查报告_某某范文网", "text": body},
        {"url": "https://x.example.com/b.html", "title": "首页 | 某某范文网", "text": body},
        {"url": "https://x.example.com/c.html", "title": "某某范文网", "text": "城乡供水调查报告\n" + body},
    ])
    assert [d.title for d in documents(path)] == ["全县城乡供水情况调查报告", None, "城乡供水调查报告"]

"""Inputs that try to break jingwen, each with a clear outcome (README "Limits" states the bounds)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, load_jsonl, norm, unaccounted
from jingwen import InputError, Options, pipeline, process_bytes, process_text
from jingwen.batch.run import run
from jingwen.batch.worker import job
from jingwen.cli import main
from jingwen.models import Document
from jingwen.output.write import LinesFile
from jingwen.read.files import MAX_TEXT_BYTES
from jingwen.text.markers import RANK

SEED = ROOT / "samples" / "seed000_book118_summary.txt"
BODY = "关于加强校园安全管理的通知\n一、总体要求\n各学校要高度重视校园安全工作,落实安全责任制。\n"


def _clean(*args: str) -> tuple[int, str]:
    res = CliRunner().invoke(main, ["clean", *args])
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    assert "Traceback" not in res.output
    return res.exit_code, res.output


def _depth(sections: list) -> int:
    return max((1 + _depth(s.children) for s in sections), default=0)


def test_empty_file_is_a_per_file_error_and_the_rest_is_written(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_bytes(SEED.read_bytes())
    code, out = _clean(str(tmp_path), "-o", str(tmp_path / "o.jsonl"))
    assert code == 1 and "empty.txt: empty file" in out
    assert [Path(d["source"]["path"]).name for d in load_jsonl(tmp_path / "o.jsonl")] == ["good.txt"]


def test_only_boilerplate_gives_an_empty_document_with_a_warning() -> None:
    raw = ("- 1、原创力文档(book118)网站文档一经付费(服务费),不意味着购买了该文档的版权,仅供个人/单位学习、研究之用。\n"
           "第1页共2页\n您可能关注的文档\n- 某某工作总结 .pdf\n文档评论(0)\n")
    doc = process_text(raw)
    assert doc.text == "" and doc.sections == [] and doc.title is None
    assert "empty: every line of the input was removed as boilerplate" in doc.warnings
    assert {r.line for r in doc.removed} == {1, 2, 3, 4, 5}
    assert process_text("  \n\u3000\n").warnings == ["empty: the input holds no text"]


@pytest.mark.parametrize("data", [os.urandom(4096), bytes(range(256)) * 64, b"\xff\xfe" + os.urandom(999)])
def test_random_bytes_are_refused_as_binary_naming_the_file(data: bytes) -> None:
    try:
        doc = process_bytes(data, "noise.bin")
    except InputError as e:
        assert e.kind == "binary" and "noise.bin" in str(e)
    else:  # a BOM can make noise decode as UTF-16 text: then it must still be a valid document
        Document.model_validate(json.loads(doc.model_dump_json()))


def test_a_few_nul_bytes_in_text_are_kept_many_make_it_binary() -> None:
    text = (BODY * 20).replace("落实", "落\x00实", 3)
    doc = process_bytes(text.encode("utf-8"), "a.txt")
    assert doc.source.encoding == "utf-8" and doc.sections[0].heading == "总体要求"
    assert unaccounted(text, doc) == []
    with pytest.raises(InputError) as e:
        process_bytes(b"\x00".join(BODY.encode("utf-8").split(b"\n")) * 10, "b.txt")
    assert e.value.kind == "binary"


def test_a_50_mb_single_line_is_processed() -> None:
    # Varied, so that no repair takes the repetition for overprint; keywords off (they are optional).
    line = "".join(f"项目{i}完成，" for i in range(2_330_000))
    doc = process_bytes(line.encode("utf-8"), "long.txt", Options(keywords=0))
    assert doc.stats.input_bytes > 50_000_000 and len(doc.text) == len(line)


def test_a_million_short_lines_are_processed_and_one_more_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n".join(f"第{i}项工作" for i in range(1_000_000))
    doc = process_text(text, options=Options(keywords=0))
    assert doc.removed == [] and norm(doc.text) == norm(text)
    monkeypatch.setattr(pipeline, "MAX_LINES", 1000)
    with pytest.raises(InputError) as e:
        process_text("短行\n" * 1000, path="many.txt")
    assert e.value.kind == "too_large" and "many.txt: 1001 lines" in str(e.value)


def test_ten_thousand_numbering_levels() -> None:
    # One number 10,000 levels deep is not a marker; 10,000 lines walking down every numbering
    # family over and over nest no deeper than there are families.
    deep = ".".join(["1"] * 10_000)
    doc = process_text(f"标题\n{deep} 研究方法\n正文。")
    assert doc.sections == [] and deep in doc.text
    ladder = ["第一编 ", "第一章 ", "第一节 ", "第一条 ", "一、", "（一）", "1.", "1.1 ", "1.1.1 ", "1.1.1.1 ",
              "1.1.1.1.1 ", "1.1.1.1.1.1 ", "（1）", "①"]
    text = "\n".join(ladder[k % len(ladder)] + f"第{k}层" for k in range(10_000))
    doc = process_text(text)
    assert 1 < _depth(doc.sections) <= len(RANK)
    Document.model_validate_json(doc.model_dump_json())


def test_a_deeply_nested_gold_file_is_scored_without_recursion(tmp_path: Path) -> None:
    from jingwen.tools.evaluate import content, headings

    gold: dict = {"title": "t", "sections": []}
    children = gold["sections"]
    for k in range(10_000):
        child = {"marker": "1.", "heading": f"h{k}", "paragraphs": [], "children": []}
        children.append(child)
        children = child["children"]
    assert sum(headings(gold).values()) == 10_000 and content(gold).endswith("h9999")


def test_mixed_encodings_in_one_file(tmp_path: Path) -> None:
    data = "关于加强校园安全管理的通知\n一、总体要求\n".encode() + "各学校要高度重视校园安全工作。\n".encode("gb18030")
    doc = process_bytes(data, "mixed.txt")
    assert doc.source.encoding == "mixed(utf-8,gb18030)"
    assert doc.sections[0].paragraphs == ["各学校要高度重视校园安全工作。"]


def test_invalid_utf8_in_a_jsonl_record_does_not_stop_the_run(tmp_path: Path) -> None:
    good = json.dumps({"text": BODY}, ensure_ascii=False).encode()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "records.jsonl").write_bytes(good + b"\n" + b'{"text": "\xff\xfe\xc3("}\n' + good + b"\n")
    (tmp_path / "in" / "a.txt").write_bytes(SEED.read_bytes())
    out = tmp_path / "o.jsonl"
    code, output = _clean(str(tmp_path / "in"), "-o", str(out))
    assert code in (0, 1)
    docs = load_jsonl(out)
    assert "a.txt" in {Path(d["source"]["path"]).name for d in docs}
    for d in docs:
        Document.model_validate(d)
    if code == 1:
        assert "records.jsonl" in output


def test_a_symlink_loop_in_an_input_folder_is_walked_once(tmp_path: Path) -> None:
    sub = tmp_path / "in" / "sub"
    sub.mkdir(parents=True)
    (sub / "a.txt").write_bytes(SEED.read_bytes())
    (sub / "loop").symlink_to(tmp_path / "in", target_is_directory=True)
    (sub / "self").symlink_to(sub, target_is_directory=True)
    out = tmp_path / "o.jsonl"
    code, _ = _clean(str(tmp_path / "in"), "-o", str(out))
    assert code == 0 and len(load_jsonl(out)) == 1


def test_a_file_that_disappears_mid_run_is_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    a, b, c = (tmp_path / n for n in ("a.txt", "b.txt", "c.txt"))
    for p in (a, b, c):
        p.write_bytes(SEED.read_bytes())

    def paths() -> Iterator[Path]:
        yield a
        b.unlink()  # gone between listing and reading
        yield b
        yield c

    failures = []
    out = tmp_path / "o.jsonl"
    report = run(paths(), LinesFile(out), job(), workers=0, on_failure=failures.append)
    written = [Document.model_validate_json(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [Path(d.source.path).name for d in written] == ["a.txt", "c.txt"]
    assert report.failures == 1 and failures[0].kind == "missing" and "b.txt" in failures[0].message


def test_an_input_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:  # sparse: no disk used
        f.truncate(MAX_TEXT_BYTES + 1)
    code, out = _clean(str(big), "-o", str(tmp_path / "o.jsonl"))
    assert code == 1 and "big.txt" in out and "limit" in out


# (An existing folder given as -o is a per-document output folder: see tests/test_batch_cli.py.)
@pytest.mark.parametrize("where", ["under_a_file"])
def test_an_unwritable_output_is_a_clear_error_with_exit_2_and_no_partial_file(tmp_path: Path, where: str) -> None:
    (tmp_path / "afile").write_text("x")
    (tmp_path / "afolder").mkdir()
    target = tmp_path / ("afile/out.jsonl" if where == "under_a_file" else "afolder")
    code, out = _clean(str(SEED), "-o", str(target))
    assert code == 2 and f"cannot write {target}" in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile", "afolder"]
    assert list((tmp_path / "afolder").iterdir()) == []


# ── issue 18: nothing lost, nothing hung ─────────────────────────────────────────────────────────


@pytest.mark.parametrize("case", ["same_file", "second_input", "same_folder", "errors_file", "part_file",
                                  "input_in_output_folder", "output_folder_in_input", "glob", "symlink",
                                  "foreign_file_in_input_folder"])
def test_an_output_that_is_or_lies_inside_an_input_is_a_usage_error_and_nothing_is_touched(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "oi").mkdir()
    for name in ("c.txt", "b.txt", "oi/d.txt"):
        (tmp_path / name).write_bytes(SEED.read_bytes())
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": BODY}, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "c.txt")
    (tmp_path / "oi" / "x.txt").write_bytes(SEED.read_bytes())
    args = {"same_file": ["c.txt", "-o", "c.txt"],
            "second_input": ["b.txt", "a.jsonl", "-o", "a.jsonl"],
            "same_folder": ["oi/", "-o", "oi/"],
            "errors_file": ["b.txt", "c.txt", "-o", "o.jsonl", "--errors", "c.txt"],
            "part_file": ["b.txt", ".o.jsonl.part", "-o", "o.jsonl"],
            "input_in_output_folder": ["oi/d.txt", "-o", "oi/"],
            "output_folder_in_input": [".", "-o", "oi/out/"],
            "glob": ["*.txt", "-o", "b.txt"],
            "symlink": ["link.txt", "-o", "c.txt"],
            "foreign_file_in_input_folder": ["oi", "-o", "oi/x.txt"]}[case]
    if case == "part_file":
        (tmp_path / ".o.jsonl.part").write_bytes(SEED.read_bytes())
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    code, out = _clean(*args)
    assert code == 2 and "choose another output" in out, out
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_an_output_file_of_an_earlier_run_inside_the_input_folder_is_still_allowed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(SEED.read_bytes())
    for _ in range(2):
        code, _ = _clean(str(tmp_path), "-o", str(tmp_path / "o.jsonl"), "-w", "0", "-q")
        assert code == 0
    assert len(load_jsonl(tmp_path / "o.jsonl")) == 1


def test_per_file_output_gives_every_document_its_own_file_and_counts_only_what_it_wrote(tmp_path: Path) -> None:
    long = "长" * 100  # 300 bytes: over a file name's 255 once '.json' is added
    ids = ["x", "x", "a/b", "a_b", long + "1", long + "2", "Ab", "ab"]
    lines = [json.dumps({"id": i, "text": BODY.replace("安全", f"安全{k}")}, ensure_ascii=False) + "\n"
             for k, i in enumerate(ids)]
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text("".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    report = tmp_path / "r.json"
    code, _ = _clean(str(crawl), "--id-field", "id", "-o", f"{out}/", "-w", "0", "-q", "--report", str(report))
    assert code == 0
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*.json")}
    assert len(files) == len({n.casefold() for n in files}) == 8 == json.loads(report.read_text())["documents"]
    assert len({json.loads(b)["source"]["path"] for b in files.values()}) == 8  # none overwrote another
    assert "crawl.jsonl/x.json" in files  # the first keeps its plain name (relative to the inputs' folder)
    # An interrupted run (the first five records written) resumed gives the same files.
    again = tmp_path / "again"
    crawl.write_text("".join(lines[:5]), encoding="utf-8")
    assert _clean(str(crawl), "--id-field", "id", "-o", f"{again}/", "-w", "0", "-q")[0] == 0
    crawl.write_text("".join(lines), encoding="utf-8")
    assert _clean(str(crawl), "--id-field", "id", "-o", f"{again}/", "-w", "0", "-q", "--resume")[0] == 0
    assert {p.relative_to(again).as_posix(): p.read_bytes() for p in again.rglob("*.json")} == files


def _cli(*args: str, limit: float = 180) -> subprocess.CompletedProcess[str]:
    """`jingwen …` in its own process, killed after `limit` s: a run that hangs fails the test."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "jingwen", *args], capture_output=True, text=True, env=env,
                          timeout=limit)


def test_a_fifo_or_socket_named_txt_is_skipped_with_an_error_not_waited_on(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    for k in range(12):
        (inp / f"d{k:02d}.txt").write_bytes(SEED.read_bytes().replace(b"2023", str(2000 + k).encode()))
    os.mkfifo(inp / "d05x.txt")  # among the files of a folder
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(inp / "s.txt"))
    os.mkfifo(tmp_path / "given.txt")  # named on the command line
    try:
        res = _cli("clean", str(inp), str(tmp_path / "given.txt"), "-o", str(tmp_path / "o.jsonl"), "-w", "2", "-q")
    finally:
        sock.close()
    assert res.returncode == 1, res.stderr
    failed = {Path(f["path"]).name: f for f in load_jsonl(tmp_path / "o.errors.jsonl")}
    assert set(failed) == {"d05x.txt", "s.txt", "given.txt"}
    assert {f["kind"] for f in failed.values()} == {"not_a_file"}
    assert "FIFO" in failed["given.txt"]["message"] and "socket" in failed["s.txt"]["message"]
    assert len(load_jsonl(tmp_path / "o.jsonl")) == 12


def test_an_input_stuck_outside_python_is_a_timeout_and_its_worker_is_replaced(tmp_path: Path) -> None:
    # A rule that backtracks without end on one line: re never returns to Python, so only the
    # parent's watch can end it.
    rules = tmp_path / "r.toml"
    rules.write_text('[pack]\nid = "mine"\n\n[[rule]]\nid = "stamp"\nkind = "line"\npattern = \'\'\'^(a+)+$\'\'\'\n'
                     'reason = "a user rule"\n', encoding="utf-8")
    inp = tmp_path / "in"
    inp.mkdir()
    for k in range(6):
        (inp / f"d{k}.txt").write_bytes(SEED.read_bytes().replace(b"2023", str(2000 + k).encode()))
    (inp / "d3.txt").write_text(BODY + "a" * 60 + "!\n", encoding="utf-8")
    res = _cli("clean", str(inp), "-o", str(tmp_path / "o.jsonl"), "--rules", str(rules), "--timeout", "1",
               "-w", "2", "-q", "--keywords", "0")
    assert res.returncode == 1, res.stderr
    [failed] = load_jsonl(tmp_path / "o.errors.jsonl")
    assert Path(failed["path"]).name == "d3.txt" and failed["kind"] == "timeout"
    assert [Path(d["source"]["path"]).name for d in load_jsonl(tmp_path / "o.jsonl")] == \
        ["d0.txt", "d1.txt", "d2.txt", "d4.txt", "d5.txt"]


def test_a_record_that_runs_past_the_bound_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from jingwen.batch import worker

    real = worker.process

    def slow(raw, options=None):  # Python code past the bound: the worker's own timer ends it
        if "拖延" in raw.text:
            time.sleep(60)
        return real(raw, options)

    monkeypatch.setattr(worker, "process", slow)
    crawl = tmp_path / "c.jsonl"
    crawl.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n"
                             for t in (BODY, BODY + "拖延。\n", BODY + "完。\n")), encoding="utf-8")
    failures: list = []
    out = tmp_path / "o.jsonl"
    run([crawl], LinesFile(out), job(Options(keywords=0, timeout=0.5)), workers=0, on_failure=failures.append)
    assert [f.kind for f in failures] == ["timeout"] and failures[0].message.startswith(f"{crawl}#2")
    assert [d["source"]["record"] for d in load_jsonl(out)] == [1, 3]


def test_one_absurdly_nested_json_line_is_an_error_for_that_line_alone(tmp_path: Path) -> None:
    good = json.dumps({"text": BODY}, ensure_ascii=False)
    deep = '{"text": "x", "meta": ' + "[" * 100_000 + "]" * 100_000 + "}"
    crawl = tmp_path / "c.jsonl"
    crawl.write_text("\n".join([good, deep, good.replace("安全", "卫生")]) + "\n", encoding="utf-8")
    code, out = _clean(str(crawl), "-o", str(tmp_path / "o.jsonl"), "-w", "0", "-q")
    assert code == 1 and f"{crawl}:2: JSON nested too deeply" in out
    assert [d["source"]["record"] for d in load_jsonl(tmp_path / "o.jsonl")] == [1, 3]


def _bomb_pdf(inflated: int) -> bytes:
    """A one-page PDF whose content stream (spaces, FlateDecode) inflates to `inflated` bytes; the
    file is about a thousandth of that."""
    z = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    stream = b"".join(z.compress(chunk[:min(1 << 20, inflated - k)]) for k in range(0, inflated, 1 << 20))
    stream += z.flush()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def test_a_pdf_decompression_bomb_is_too_large_and_its_memory_stays_bounded(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(_bomb_pdf(768 << 20))  # under 1 MB on disk, 768 MB inflated
    (tmp_path / "a.txt").write_bytes(SEED.read_bytes())
    report = tmp_path / "r.json"
    res = _cli("clean", str(bomb), str(tmp_path / "a.txt"), "-o", str(tmp_path / "o.jsonl"), "-w", "1",
               "--keywords", "0", "-q", "--report", str(report))
    assert res.returncode == 1, res.stderr
    [failed] = load_jsonl(tmp_path / "o.errors.jsonl")
    assert failed["kind"] == "too_large" and "decompression bomb" in failed["message"]
    assert len(load_jsonl(tmp_path / "o.jsonl")) == 1
    assert json.loads(report.read_text())["peak_rss_mb"]["worker_max"] < 400  # not the stream's 768 MB


def test_streams_are_bounded_in_total_too() -> None:
    from jingwen.read.pdf import Limits, read_pdf

    with pytest.raises(InputError) as e:
        read_pdf(_bomb_pdf(3 << 20), "b.pdf", Limits(stream_bytes=4 << 20, inflated_bytes=2 << 20))
    assert e.value.kind == "too_large" and "streams inflate to over" in str(e.value)


TRAD = ("關於加強校園安全管理的通知\n一、總體要求\n各學校要高度重視校園安全工作，落實安全責任制，確保師生生命財產安全。\n"
        "二、工作措施\n（一）建立健全安全管理制度，明確各崗位職責。\n")
JA = ("校内安全管理の強化に関するお知らせ\n一、全体の要求\n各学校は校内の安全作業を非常に重視し、安全責任制を実施しなければならない。\n"
      "二、作業措置\n（一）安全管理制度を整備し、各職務の責任を明確にする。\n")


@pytest.mark.parametrize("bad", [b"\xff", "\ud800".encode("utf-8", "surrogatepass")])
def test_one_bad_byte_sequence_in_utf8_text_is_replaced_with_a_warning_not_binary(bad: bytes) -> None:
    lines = BODY.encode("utf-8").split(b"\n")
    lines[2] = lines[2][:12] + bad + lines[2][12:]  # inside the paragraph, between two characters
    doc = process_bytes(b"\n".join(lines), "a.txt")
    assert doc.source.encoding == "utf-8" and doc.sections[0].heading == "总体要求"
    [para] = doc.sections[0].paragraphs  # one U+FFFD a bad byte: an encoded surrogate is three
    assert para == "各学校要" + "\ufffd" * len(bad) + "高度重视校园安全工作,落实安全责任制。"
    assert doc.warnings[0] == "decode: 1 byte sequence not valid in utf-8 replaced with U+FFFD (line 3)"


def test_one_bad_byte_in_gb18030_text_is_replaced_with_a_warning() -> None:
    data = BODY.encode("gb18030").replace("校园".encode("gb18030"), b"\xff", 1)
    doc = process_bytes(data, "g.txt")
    assert doc.source.encoding == "gb18030" and doc.title == "关于加强\ufffd安全管理的通知"
    assert doc.warnings[0].startswith("decode: 1 byte sequence not valid in gb18030")


@pytest.mark.parametrize(("text", "encoding", "python_codec"), [(TRAD, "big5", "big5"), (TRAD, "big5", "cp950"),
                                                                 (JA, "shift_jis", "shift_jis")],
                         ids=["big5", "cp950", "shift_jis"])
def test_big5_and_shift_jis_are_read_as_what_they_are_not_as_gb18030(text: str, encoding: str,
                                                                     python_codec: str) -> None:
    data = text.encode(python_codec)
    data.decode("gb18030")  # the trap: these bytes decode as GB18030 too, as mojibake
    doc = process_bytes(data, "t.txt")
    assert doc.source.encoding == encoding
    assert norm(doc.text) == norm(text) and doc.warnings == []


def test_utf8_and_big5_lines_mixed() -> None:
    data = "關於加強校園安全管理的通知\n".encode() + TRAD.split("\n", 1)[1].encode("big5")
    doc = process_bytes(data, "m.txt")
    assert doc.source.encoding == "mixed(utf-8,big5)" and norm(doc.text) == norm(TRAD)


def test_a_lone_surrogate_escape_in_a_record_is_replaced_with_a_warning(tmp_path: Path) -> None:
    crawl = tmp_path / "c.jsonl"
    crawl.write_text('{"text": "\\ud800abc\\n' + BODY.replace("\n", "\\n") + '", "title": "\\udfff"}\n',
                     encoding="utf-8")
    code, out = _clean(str(crawl), "-o", str(tmp_path / "o.jsonl"), "-w", "0", "-q")
    assert code == 0, out
    [doc] = load_jsonl(tmp_path / "o.jsonl")
    assert "\n\ufffdabc\n" in doc["text"] and doc["source"]["meta"] == {"title": "\ufffd"}
    assert doc["warnings"][0] == "decode: 2 lone surrogate escapes (\\ud800-\\udfff) replaced with U+FFFD"
    assert process_text("\ud800abc").warnings[0].startswith("decode: 1 lone surrogate")


NOTICE = "- 1、原创力文档(book118)网站文档一经付费(服务费),不意味着购买了该文档的版权,仅供个人/单位学习、研究之用。"


@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\x85", "\x0c", "\x0b"], ids=["LS", "PS", "NEL", "FF", "VT"])
def test_every_unicode_line_boundary_ends_a_line(sep: str) -> None:
    text = sep.join([NOTICE, *BODY.strip().split("\n")])
    doc = process_text(text, path="book118/a.txt")
    assert [r.rule for r in doc.removed] == ["book118.notice"] and doc.removed[0].line == 1
    assert doc.title == "关于加强校园安全管理的通知" and doc.sections[0].heading == "总体要求"
    assert unaccounted(text, doc) == []


def test_a_line_rule_never_takes_a_long_line_with_it() -> None:
    long = NOTICE + "".join(f"第{k}项工作已经按计划完成并通过验收。" for k in range(30))
    doc = process_text(long, path="book118/a.txt")
    # The notice glued to the text is its first sentence: that sentence goes (a partial removal),
    # the rest of the line stays (item 10: left whole, it became a line of its own in the clean text).
    assert [(r.rule, r.partial, r.text) for r in doc.removed] == [("book118.notice", True, NOTICE)]
    assert norm(doc.text) == norm(long[len(NOTICE):])


REAL = sorted([*(ROOT / "samples").glob("*.txt"), *(ROOT / "tests" / "data" / "structure" / "raw").glob("*.txt"),
               *(ROOT / "tests" / "data" / "unseen" / "tune" / "raw").glob("*.txt")])


@pytest.mark.parametrize("path", REAL, ids=[p.stem for p in REAL])
def test_cleaning_the_clean_text_again_removes_nothing_more(path: Path) -> None:
    # Item 10, on scraped and labelled documents (tests/test_properties.py: on generated ones, and
    # what "nothing more" means): no line or part of one removed, nothing repaired, the same text.
    once = process_bytes(path.read_bytes(), str(path))
    twice = process_text(once.text)
    assert (twice.removed, twice.repairs) == ([], [])
    assert norm(twice.text) == norm(once.text)

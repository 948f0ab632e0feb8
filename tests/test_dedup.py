from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, load_jsonl
from jingwen import Document, Options, process_text
from jingwen.batch import worker
from jingwen.batch.report import Report
from jingwen.batch.run import run
from jingwen.cli import main
from jingwen.dedup.deduper import Deduper, Shingles, content_hash, shingle_hashes, signature
from jingwen.output.write import LinesFile

sys.path.insert(0, str(ROOT / "bench"))
from variants import Generator

SEED000 = (ROOT / "samples" / "seed000_book118_summary.txt").read_text(encoding="utf-8")
SEED003 = (ROOT / "samples" / "seed003_book118_plan.txt").read_text(encoding="utf-8")
TITLE = "2024年创建卫生城市工作开展情况工作总结"
THRESHOLDS = (0.8, 0.7)
FAST = Options(keywords=0)


def process(text: str, path: str) -> Document:
    return process_text(text, path=path, options=FAST)


def retitled(text: str, title: str = "某县2023年度创建国家卫生城市工作总结报告") -> str:
    return text.replace(TITLE, title)


def reordered(text: str) -> str:
    """Sections 三 and 四 swapped."""
    a, b, c = text.index("三、工作进展"), text.index("四、工作成效"), text.index("五、存在问题")
    return text[:a] + text[b:c] + text[a:b] + text[c:]


def edited(text: str, share: float, seed: int = 3) -> str:
    """`share` of the body's characters overwritten with other text, a few characters at a time."""
    rng = random.Random(seed)
    start = text.index("一、工作背景")
    chars = list(text)
    filler = "规划部门统筹推进项目审批流程优化改革"
    body = [i for i in range(start, len(chars)) if "\u4e00" <= chars[i] <= "\u9fff"]
    for i in rng.sample(body, int(share * len(body)) // 4):
        for k in range(4):
            if i + k < len(chars) and chars[i + k] != "\n":
                chars[i + k] = filler[(i + k) % len(filler)]
    return "".join(chars)


def test_content_hash_ignores_whitespace_only() -> None:
    assert content_hash("卫生 城市\n工作") == content_hash("卫生城市工作") == content_hash(" 卫生城市\r\n工作 ")
    assert content_hash("卫生城市工作") != content_hash("卫生城市工做")
    d = process(SEED000, "a.txt")
    assert d.content_hash == content_hash(d.text) and len(d.content_hash) == 32


def test_exact_duplicates_share_content_hash_and_point_to_the_first() -> None:
    a = process(SEED000, "a.txt")
    # The same document saved as GB18030 with other line endings: other bytes, other id, same text.
    b = process_text(SEED000.replace("\n", "\r\n"), path="b.txt", data=SEED000.encode("gb18030"), options=FAST)
    c = process(SEED003, "c.txt")
    assert a.id != b.id and a.content_hash == b.content_hash
    d = Deduper("exact")
    assert d.check(a) == (a, False)
    out, dup = d.check(b)
    assert dup and out.duplicate_of == a.id and out.similarity == 1.0
    assert d.check(c) == (c, False)
    # A retitled copy is not an exact duplicate.
    assert d.check(process(retitled(SEED000), "d.txt"))[1] is False


@pytest.mark.parametrize("threshold", THRESHOLDS)
def test_near_duplicates_of_a_seed_are_found_and_unrelated_documents_are_not(threshold: float) -> None:
    original = process(SEED000, "original.txt")
    copies = [
        process(retitled(SEED000), "retitled.txt"),
        process(reordered(retitled(SEED000, "卫生城市创建工作情况汇报")), "reordered.txt"),
        process(edited(retitled(SEED000, "创卫工作总结"), 0.05), "edited.txt"),
    ]
    g = Generator(seed=5)
    unrelated = [process(SEED003, "plan.txt")] + [process(g.template(i).text, f"other{i}.txt") for i in range(30)]
    d = Deduper("near", threshold)
    assert d.check(original)[1] is False
    for u in unrelated:
        out, dup = d.check(u)
        assert not dup and out.duplicate_of is None, u.source.path
    for c in copies:
        out, dup = d.check(c)
        assert dup, c.source.path
        assert out.duplicate_of == original.id and threshold <= out.similarity < 1.0, c.source.path
    assert (d.exact_duplicates, d.near_duplicates) == (0, len(copies))


@pytest.mark.parametrize("threshold", THRESHOLDS)
def test_near_duplicate_decision_follows_the_true_similarity(threshold: float) -> None:
    """Copies edited 0–40 %: a copy well above the threshold in true Jaccard similarity of its
    shingles is found, one well below it is not (MinHash estimates it within a few hundredths)."""
    g = Generator(seed=9)
    template = g.template(0)
    sh = set(shingle_hashes(template.text).tolist())
    above = below = 0
    for i in range(60):
        copy = g.copy(template, i, edit=i / 150, reorder=i % 2 == 0)
        c = set(shingle_hashes(copy.text).tolist())
        true = len(sh & c) / len(sh | c)
        d = Deduper("near", threshold)
        d.check(process(template.text, "t.txt"))
        _, dup = d.check(process(copy.text, f"c{i}.txt"))
        if true >= threshold + 0.08:
            assert dup, (i, true)
            above += 1
        elif true <= threshold - 0.08:
            assert not dup, (i, true)
            below += 1
    assert above >= 5 and below >= 5  # both sides were tried


def test_signature_from_a_worker_gives_the_same_answer() -> None:
    a, b = process(SEED000, "a.txt"), process(retitled(SEED000), "b.txt")
    d1, d2 = Deduper("near"), Deduper("near")
    d1.check(a)
    d2.check(a, signature(a.text))
    sim = d1.check(b)[0].similarity
    assert sim == d2.check(b, signature(b.text))[0].similarity is not None
    # A runner carrying documents as JSON needs only id, content hash and signature.
    d3 = Deduper("near")
    assert d3.find(a.id, a.content_hash, signature(a.text)) is None
    assert d3.find(b.id, b.content_hash, signature(b.text)) == (a.id, sim)
    assert d3.find("x", a.content_hash) == (a.id, 1.0)
    with pytest.raises(ValueError, match="signature"):
        d3.find("y", "another text's hash")
    assert signature(a.text, Shingles("char", 5)).tolist() != signature(a.text).tolist()


def test_off_marks_nothing_and_drop_returns_none() -> None:
    a, b = process(SEED000, "a.txt"), process(SEED000, "b.txt")
    off = Deduper("off")
    assert off(a) is a and off(b) is b
    drop = Deduper("drop")
    assert drop(a) is a and drop(b) is None
    with pytest.raises(ValueError, match="dedup mode"):
        Deduper("fuzzy")  # type: ignore[arg-type]


def test_run_applies_post_and_reports_dropped(tmp_path: Path) -> None:
    paths = []
    for name, text in [("a.txt", SEED000), ("b.txt", retitled(SEED000)), ("c.txt", SEED003), ("d.txt", SEED000)]:
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)

    def written(mode: str, workers: int) -> tuple[list[Document], Report]:
        out = tmp_path / f"{mode}{workers}.jsonl"
        deduper = Deduper(mode)  # type: ignore[arg-type]
        report = run(paths, LinesFile(out), worker.job(FAST, sign=deduper.near), workers=workers,
                     post=worker.dedup_post(deduper))
        return [Document.model_validate_json(x) for x in out.read_text(encoding="utf-8").splitlines()], report

    for workers in (0, 2):  # signatures made in the workers or in the parent give the same result
        docs, report = written("near", workers)
        assert [Path(d.source.path).name for d in docs] == ["a.txt", "b.txt", "c.txt", "d.txt"]
        assert [d.duplicate_of is not None for d in docs] == [False, True, False, True]
        assert (report.documents, report.duplicates, report.dropped) == (4, 2, 0)
    docs, report = written("drop", 0)
    assert [Path(d.source.path).name for d in docs] == ["a.txt", "c.txt"]
    assert (report.documents, report.duplicates, report.dropped) == (4, 0, 2)
    assert report.as_dict()["dropped"] == 2 and "2 dropped" in report.table()
    assert Report().as_dict()["duplicates"] == 0


def test_cli_dedup_modes(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.txt").write_text(SEED000, encoding="utf-8")
    (inp / "b.txt").write_text(retitled(SEED000), encoding="utf-8")
    (inp / "c.txt").write_text(SEED003, encoding="utf-8")
    (inp / "d.txt").write_bytes(SEED000.encode("gb18030"))
    out = tmp_path / "o.jsonl"
    by_mode = {}
    for mode in ("off", "exact", "near", "drop"):
        res = CliRunner().invoke(main, ["clean", str(inp), "-o", str(out), "--dedup", mode, "--keywords", "0"])
        assert res.exit_code == 0, res.output
        docs = load_jsonl(out)
        by_mode[mode] = {Path(d["source"]["path"]).name: d["duplicate_of"] for d in docs}
        assert all(d["content_hash"] for d in docs)
    a_id = process(SEED000, "x").id
    assert by_mode["off"] == {"a.txt": None, "b.txt": None, "c.txt": None, "d.txt": None}
    assert by_mode["exact"] == {"a.txt": None, "b.txt": None, "c.txt": None, "d.txt": a_id}
    assert by_mode["near"] == {"a.txt": None, "b.txt": a_id, "c.txt": None, "d.txt": a_id}
    assert by_mode["drop"] == {"a.txt": None, "c.txt": None}
    assert "0 marked, 2 dropped" in res.output
    res = CliRunner().invoke(main, ["clean", str(inp), "-o", str(out), "--dedup", "near", "--dedup-threshold", "0.99"])
    assert res.exit_code == 0 and "1 marked" in res.output  # only the exact copy is that similar

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from conftest import ROOT, load_jsonl
from jingwen.cli import main

SEED = ROOT / "samples" / "seed000_book118_summary.txt"


def test_clean_folder_with_a_bad_file_reports_it_and_writes_the_rest(tmp_path: Path) -> None:
    inp = tmp_path / "in" / "sub"
    inp.mkdir(parents=True)
    (inp / "good.txt").write_bytes(SEED.read_bytes())
    (inp / "gbk.txt").write_bytes(SEED.read_text(encoding="utf-8").encode("gb18030"))
    (inp / "bad.txt").write_bytes(bytes(range(256)) * 20)
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(main, ["clean", str(tmp_path / "in"), "-o", str(out)])
    assert res.exit_code == 1
    assert "bad.txt" in res.output and "Traceback" not in res.output
    docs = load_jsonl(out)
    assert sorted(Path(d["source"]["path"]).name for d in docs) == ["gbk.txt", "good.txt"]
    assert {d["source"]["encoding"] for d in docs} == {"utf-8", "gb18030"}
    assert docs[0]["title"] == docs[1]["title"] == "2024年创建卫生城市工作开展情况工作总结"


def test_clean_glob_to_stdout() -> None:
    res = CliRunner().invoke(main, ["clean", str(ROOT / "samples" / "seed*.txt"), "-o", "-", "-q"])
    assert res.exit_code == 0, res.output
    docs = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    assert len(docs) == 2


def test_show_prints_tree_and_removed_lines_with_rules() -> None:
    res = CliRunner().invoke(main, ["show", str(SEED)])
    assert res.exit_code == 0
    assert "title:     2024年创建卫生城市工作开展情况工作总结" in res.output
    assert "一、工作背景" in res.output
    assert "L30    generic.page_of" in res.output
    assert "book118.notice" in res.output


def test_show_reads_an_output_file(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    CliRunner().invoke(main, ["clean", str(SEED), "-o", str(out), "-q"])
    res = CliRunner().invoke(main, ["show", str(out)])
    assert res.exit_code == 0 and "三、工作进展" in res.output


def test_schema_and_rules_commands() -> None:
    res = CliRunner().invoke(main, ["schema"])
    assert json.loads(res.output)["title"] == "Document"
    res = CliRunner().invoke(main, ["rules"])
    assert "book118.notice" in res.output and "generic.page_of" in res.output


def test_malformed_user_rules_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "mine.toml"
    bad.write_text('[pack]\nid="mine"\n[[rule]]\nid="x"\nkind="line"\npattern="(("\nreason="r"\n', encoding="utf-8")
    res = CliRunner().invoke(main, ["clean", str(SEED), "--rules", str(bad), "-o", str(tmp_path / "o.jsonl")])
    assert res.exit_code != 0
    assert "mine.toml: rule 'x': invalid regular expression" in res.output
    assert not (tmp_path / "o.jsonl").exists()

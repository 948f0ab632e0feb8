from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import load_jsonl
from jingwen import process_bytes
from jingwen.cli import main
from jingwen.tools.evaluate import content, evaluate, norm

GOLD = {"title": "工作方案", "truncated": False, "preamble": ["为做好工作，制定本方案。"],
        "sections": [{"marker": "一、", "heading": "目标", "paragraphs": ["全面完成任务。"],
                      "children": [{"marker": "1.", "heading": "第一项", "paragraphs": [], "children": []}]}]}
RAW = "工作方案\n为做好工作，制定本方案。\n一、目标\n全面完成任务。\n1.第一项\n第1页共1页\n"


def _write(tmp: Path, gold: dict, raw: str) -> tuple[Path, Path, Path]:
    (tmp / "gold").mkdir()
    (tmp / "raw").mkdir()
    (tmp / "gold" / "doc.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    (tmp / "raw" / "doc.txt").write_text(raw, encoding="utf-8")
    out = tmp / "out.jsonl"
    out.write_text(process_bytes(raw.encode(), str(tmp / "raw" / "doc.txt")).model_dump_json() + "\n", encoding="utf-8")
    return tmp / "gold", out, tmp / "raw"


def test_a_correct_output_scores_one_everywhere(tmp_path: Path) -> None:
    ev = evaluate(*_write(tmp_path, GOLD, RAW))
    assert ev.summary["missing"] == 0
    for key in ("content_recall", "content_precision", "heading_f1", "paragraph_f1", "title_acc", "truncated_acc",
                "ledger"):
        assert ev.summary[key] == 1.0, key
    (d,) = ev.documents
    assert (d.headings_matched, d.headings_gold, d.paragraphs_matched, d.paragraphs_gold) == (2, 2, 2, 2)


def test_leaked_boilerplate_lowers_precision_by_its_length(tmp_path: Path) -> None:
    gold_dir, out, raw = _write(tmp_path, GOLD, RAW)
    rec = load_jsonl(out)[0]
    leak = "本文档由用户上传"
    rec["text"] += "\n" + leak
    rec["truncated"] = True
    out.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    ev = evaluate(gold_dir, out, raw)
    n = len(content(GOLD))
    assert ev.summary["content_precision"] == pytest.approx(n / (n + len(norm(leak))))
    assert ev.summary["content_recall"] == 1.0
    assert ev.summary["truncated_acc"] == 0.0


def test_a_gold_without_output_is_missing_and_scores_nothing(tmp_path: Path) -> None:
    gold_dir, out, raw = _write(tmp_path, GOLD, RAW)
    out.write_text("", encoding="utf-8")
    ev = evaluate(gold_dir, out, raw)
    assert ev.summary["missing"] == 1 and ev.summary["content_recall"] == 0.0 and ev.summary["heading_f1"] == 0.0


def test_eval_command_prints_a_table_or_json(tmp_path: Path) -> None:
    gold_dir, out, raw = _write(tmp_path, GOLD, RAW)
    res = CliRunner().invoke(main, ["eval", "--gold", str(gold_dir), str(out), "--raw", str(raw)])
    assert res.exit_code == 0, res.output
    assert "doc" in res.output and "heading_f1=1.0000" in res.output
    res = CliRunner().invoke(main, ["eval", "--gold", str(gold_dir), str(out), "--json"])
    data = json.loads(res.output)
    assert data["summary"]["paragraph_f1"] == 1.0 and "ledger" not in data["summary"]
    assert data["documents"][0]["name"] == "doc"


def _perturbed(records: list[dict]) -> list[dict]:
    """Some records dropped, titles and truncation flipped, a heading and a paragraph changed."""
    out = []
    for i, r in enumerate(records):
        if i % 4 == 3:
            continue
        r = json.loads(json.dumps(r))
        if i % 2:
            r["title"] = (r.get("title") or "") + "x"
            r["truncated"] = not r["truncated"]
        if r["sections"]:
            r["sections"][0]["heading"] = "改" + r["sections"][0]["heading"]
        if r["preamble"]:
            r["preamble"] = r["preamble"][1:]
        out.append(r)
    return out


def test_agrees_with_the_shared_scorer_on_the_dev_set(shared: Path, tmp_path: Path) -> None:
    dev = shared / "eval" / "dev"
    records = [json.loads(process_bytes(p.read_bytes(), str(p)).model_dump_json()) for p in sorted((dev / "raw").iterdir())]
    for variant, recs in (("as made", records), ("perturbed", _perturbed(records))):
        out = tmp_path / f"{variant}.jsonl"
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
        res = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--gold", str(dev / "gold"),
                              "--pred", str(out), "--raw", str(dev / "raw"), "--json"], capture_output=True, text=True,
                             check=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
        theirs = json.loads(res.stdout)
        ours = evaluate(dev / "gold", out, dev / "raw").summary
        assert set(ours) == set(theirs)
        for key, value in theirs.items():
            assert ours[key] == pytest.approx(value, abs=1e-9), (variant, key)

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, unaccounted
from golden import expected_path, inputs, produce
from jingwen import process_bytes
from jingwen.models import Document, schema_json
from jingwen.read.text import decode


@pytest.mark.parametrize("sample", inputs(), ids=lambda p: p.name)
def test_samples_give_the_checked_in_json(sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    expected = expected_path(sample).read_text(encoding="utf-8")
    assert produce(sample) == expected, "run `python tests/golden.py --write` after an intended change"
    Document.model_validate(json.loads(expected))


def test_checked_in_schema_is_what_the_models_generate() -> None:
    assert (ROOT / "schemas" / "document.schema.json").read_text(encoding="utf-8") == schema_json()


def test_ledger_accounts_for_every_line_of_the_dev_set(shared: Path) -> None:
    for raw in sorted((shared / "eval" / "dev" / "raw").iterdir()):
        data = raw.read_bytes()
        doc = process_bytes(data, str(raw))
        assert unaccounted(decode(data, str(raw))[0], doc) == [], raw.name  # two are GB18030


def test_id_is_stable_for_the_same_bytes() -> None:
    data = (ROOT / "samples" / "seed000_book118_summary.txt").read_bytes()
    a, b = process_bytes(data, "x.txt"), process_bytes(data, "y.txt")
    assert a.id == b.id and len(a.id) == 16


def test_seeds_score_perfectly_with_the_shared_scorer(shared: Path, tmp_path: Path) -> None:
    raw = shared / "eval" / "dev" / "raw"
    out = tmp_path / "seeds.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for p in sorted(raw.glob("seed*")):
            f.write(process_bytes(p.read_bytes(), str(p)).model_dump_json() + "\n")
    gold = tmp_path / "gold"
    gold.mkdir()
    for p in sorted((shared / "eval" / "dev" / "gold").glob("seed*")):
        (gold / p.name).write_bytes(p.read_bytes())
    res = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--gold", str(gold), "--pred", str(out),
                          "--raw", str(raw), "--json"], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    scores = json.loads(res.stdout)
    assert scores["content_recall"] >= 0.999 and scores["content_precision"] >= 0.999
    for k in ("heading_f1", "paragraph_f1", "title_acc", "truncated_acc", "ledger"):
        assert scores[k] == 1.0, (k, scores)

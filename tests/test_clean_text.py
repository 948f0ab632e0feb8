"""Every rule and every repair must leave clean text alone: run them over the gold content of the
labelled sets (what careful readers kept of real and realistic scrapes) and expect no change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, SHARED
from jingwen import process_text
from jingwen.rules import damage

GOLDS = sorted((ROOT / "tests" / "data" / "structure" / "gold").glob("*.json"))
GOLDS += sorted((SHARED / "eval" / "dev" / "gold").glob("*.json")) if SHARED.exists() else []


def gold_lines(path: Path) -> list[str]:
    g = json.loads(path.read_text(encoding="utf-8"))
    out = [g["title"]] if g.get("title") else []
    out += g.get("preamble") or []

    def walk(sections: list[dict]) -> None:
        for s in sections:
            out.append(s["marker"] + s["heading"])
            out.extend(s.get("paragraphs") or [])
            walk(s.get("children") or [])

    walk(g.get("sections") or [])
    return out


@pytest.mark.parametrize("gold", GOLDS, ids=lambda p: p.stem)
def test_damage_repairs_change_nothing_in_clean_text(gold: Path) -> None:
    lines = gold_lines(gold)
    out, repairs = damage.repair(lines)
    if gold.is_relative_to(SHARED):
        # The dev set's gold keeps extraction damage as it stands (ANNOTATION.md), PDF blanks inside
        # words among it ("安防报警功 能"): only that repair may fire there.
        repairs = [r for r in repairs if r.rule != "damage.pdf_space"]
        out = lines if not repairs else out
    assert repairs == [] and out == lines


@pytest.mark.parametrize("gold", GOLDS, ids=lambda p: p.stem)
def test_no_rule_removes_or_repairs_clean_content(gold: Path) -> None:
    doc = process_text("\n".join(gold_lines(gold)))
    assert doc.removed == [], [(r.rule, r.text[:40]) for r in doc.removed]
    damage_kept_in_gold = gold.is_relative_to(SHARED)  # see above
    assert [r for r in doc.repairs if not (damage_kept_in_gold and r.rule == "damage.pdf_space")] == []

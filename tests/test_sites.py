"""Each site pack against realistic scrapes in that site's style, and near-misses that must survive.

Fixtures: tests/fixtures/sites/<site>/<case>.txt with <case>.expect.json beside it (removed lines with
their rule ids, fragments cut from lines, related titles, truncation, text that must be kept).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import norm, unaccounted
from jingwen import process_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "sites"
CASES = sorted(FIXTURES.glob("*/*.txt"))


@pytest.mark.parametrize("case", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_site_fixture(case: Path) -> None:
    expect = json.loads(case.with_suffix(".expect.json").read_text(encoding="utf-8"))
    data = case.read_bytes()
    doc = process_bytes(data, case.name)
    assert doc.source.site == expect["site"]
    whole = {(r.line, r.rule) for r in doc.removed if not r.partial}
    assert whole == {(r["line"], r["rule"]) for r in expect["removed"]}
    parts = {(r.line, r.rule, norm(r.text)) for r in doc.removed if r.partial}
    for f in expect["fragments"]:
        assert (f["line"], f["rule"], norm(f["text"])) in parts
    assert doc.related == expect["related"]
    assert doc.truncated == expect["truncated"], doc.warnings
    text = norm(doc.text)
    for s in expect["kept_must_contain"]:
        assert norm(s) in text, s
    assert unaccounted(data.decode("utf-8"), doc) == []


def test_every_site_pack_has_fixtures_including_a_near_miss() -> None:
    from jingwen.rules.packs import builtin_packs

    sites = {p.id for p in builtin_packs() if p.site} - {"book118"}
    have = {p.parent.name for p in CASES}
    assert sites <= have
    assert all(any(c.stem.startswith("nearmiss") for c in CASES if c.parent.name == s) for s in sites)

"""The rules engine's literal prefilter: the necessary literal sets (prefilter.necessary_literals),
the matchers built on them (rules/matcher.py), and the engine on both paths giving one output."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from jingwen.options import Options
from jingwen.pipeline import process_bytes
from jingwen.rules import engine
from jingwen.rules import matcher as matcher_mod
from jingwen.rules.matcher import GateMatcher, LiteralMatcher
from jingwen.rules.packs import builtin_packs, parse_pack
from jingwen.rules.prefilter import necessary_literals

ROOT = Path(__file__).resolve().parent.parent

@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # a run of parts with few strings each gives sets of whole strings; the most selective for
        # its size is taken (not 代表 alone: 代 and 表 are common; not the six whole strings)
        (r"(?:不|仅|只)代表(?:本站|本网)", {"代表本"}),
        (r"(?:不|仅|只)代表本站立场", {"代表本站立场"}),
        (r"(?:不|仅|只)(?:代表|表示)", {"不代表", "仅代表", "只代表", "不表示", "仅表示", "只表示"}),
        (r"相关文章|推荐阅读", {"相关文章", "推荐阅读"}),  # a top-level A|B: the union
        (r"[(（]book118[)）]", {"book118"}),
        # optional parts are in no set: a naive join of the literals would want "下载" or "文档"
        (r"(?:下载)?本文档", {"本文档"}),
        (r"(?:立即)?下载(?:文档)?", {"下载"}),
        (r"文{0,3}档共", {"档共"}),  # x{0,n} may be absent
        (r"(?:原创|)声明：", {"声明："}),  # an empty branch needs nothing
        (r"(?:原创|转载)?|声明", None),  # a branch that may match nothing: no set at all
        (r"声明|\d+", None),  # one branch without literals: none for the whole
        # lookarounds match no text: what stands on their two sides abuts in a match
        (r"(?<![一-龥])本文(?=由)档", {"本文档"}),
        (r"(?!广告)推广", {"推广"}),
        (r"[甲乙]方", {"甲方", "乙方"}),  # a small class is its characters
        (r"[^。]页码", {"页码"}),  # a negated class is none
        (r"[\u4e00-\u9fff]{2}网", {"网"}),  # nor a wide range
        # case folding: no literal is sure ('k' matches the Kelvin sign)
        (r"(?i)Page \d+", None),
        (r"(?i:page)\s*\d+", None),
        (r"来源(?i:www)", {"来源"}),
        (r"(?:ab){2,}", {"abab"}),  # a repeat of at least n holds n copies in a row
        (r"-{3,}", {"---"}),
        (r"(?P<x>点击)(?P=x)下载", {"下载"}),  # a back-reference may be anything (no 点击点击下载)
        # too common to be worth a scan
        (r"[ \t\u3000]+\d", None),
        (r".*", None),
    ],
)
def test_necessary_literals(pattern: str, expected: set[str] | None) -> None:
    got = necessary_literals(pattern)
    assert got == (None if expected is None else frozenset(expected))


def test_ignorecase_given_as_a_flag_is_no_set() -> None:
    assert necessary_literals("本站声明") == {"本站声明"}
    assert necessary_literals("本站声明", re.IGNORECASE) is None


def _builtin_rules() -> list[tuple[str, re.Pattern[str]]]:
    return [(r.id, r.pattern) for p in builtin_packs() for r in p.rules]


_TRICKY = [r"(?:ab)?cd", r"a{0,3}bc", r"(?:foo|)bar", r"(?<!x)ab(?=c)", r"[ab]c[de]", r"x(?i:abc)y中",
           r"(?:不|仅|只)代表(?:本站|本网)", r"(?:ab){2,}", r"(?:\d|a)b"]
# Random text around a match: characters the patterns are made of, and others.
_NOISE = st.text(alphabet=st.sampled_from([*"abcdxy代表本站网页第共1 \t\u3000：:-/。，", "\u4e00", "\u9fa5"]),
                 max_size=12)


@settings(max_examples=600, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(st.sampled_from([p.pattern for _, p in _builtin_rules()] + _TRICKY).flatmap(
    lambda p: st.tuples(st.just(p), st.from_regex(p), _NOISE, _NOISE)))
def test_a_pattern_matches_a_line_only_where_the_line_holds_a_literal_of_its_set(case: tuple[str, str, str, str]) -> None:
    pattern, drawn, before, after = case
    need = necessary_literals(pattern)
    assume(need is not None)
    for line in (drawn, before + drawn + after, drawn.replace("\n", "")):
        if re.search(pattern, line):
            assert any(w in line for w in need), (pattern, line, need)


def _rules(kind: str) -> tuple:
    return tuple(r for p in builtin_packs() for r in p.rules if r.kind == kind)


@pytest.mark.parametrize("kind", ["line", "fragment", "phrase", "trailer", "tail"])
@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_scan_names_every_rule_that_matches_a_line(kind: str, data: st.DataObject) -> None:
    # Lines drawn from the kind's own patterns, with noise: the rules the literal matcher would try
    # on each line hold every rule whose pattern matches it, as the regex gate's do.
    rules = _rules(kind)
    fast, slow = LiteralMatcher(rules, windowed=kind == "line"), GateMatcher(rules, windowed=kind == "line")
    lines = [data.draw(_NOISE) + data.draw(st.from_regex(r.pattern)).replace("\n", "") + data.draw(_NOISE)
             for r in data.draw(st.lists(st.sampled_from(rules), min_size=1, max_size=6))]
    lines += data.draw(st.lists(_NOISE, max_size=3))
    scan = fast.scan(lines)
    for i, line in enumerate(lines):
        matching = {k for k, r in enumerate(rules) if r.pattern.search(line)}
        assert matching <= set(fast.order(line, scan.get(i, ()))), line
        assert matching <= set(fast.order(line)), line
        assert matching <= set(slow.order(line)), line


def test_a_rule_with_no_set_keeps_a_regex_gate_and_is_found_by_it() -> None:
    pack = parse_pack("""
[pack]
id = "t"
[[rule]]
id = "dashes"
kind = "line"
pattern = '^[^\\w\\s]{1,3}\\s*\\d+\\s*[^\\w\\s]{1,3}$'
reason = "no literal"
[[rule]]
id = "sure"
kind = "line"
pattern = '^本页已结束$'
reason = "a literal"
""", "t.toml")
    m = LiteralMatcher(pack.rules)
    assert m.residual == {0}
    lines = ["正文。", "—— 3 ——", "本页已结束"]
    scan = m.scan(lines)
    assert set(scan) == {1, 2}
    assert list(m.order(lines[1], scan[1])) == [0] and list(m.order(lines[2], scan[2])) == [1]


def _documents() -> Iterator[Path]:
    yield from sorted((ROOT / "tests" / "data" / "unseen").glob("*/raw/*.txt"))


def _clean(paths: list[Path], literal: bool, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    with monkeypatch.context() as mp:
        if not literal:
            mp.setattr(matcher_mod, "ahocorasick", None)
        engine._GROUPED.clear()  # (plans are cached per set of packs: made anew on the path chosen)
        try:
            plan = engine.plan("", Options(keywords=0).packs, "")
            assert isinstance(plan.match["line"], LiteralMatcher if literal else GateMatcher)
            return [process_bytes(p.read_bytes(), str(p), Options(keywords=0)).model_dump_json() for p in paths]
        finally:
            engine._GROUPED.clear()


def test_the_literal_scan_and_the_regex_gates_give_the_same_documents_on_the_dev_set(
        shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted((shared / "eval" / "dev" / "raw").glob("*.txt"))
    assert paths
    assert _clean(paths, True, monkeypatch) == _clean(paths, False, monkeypatch)


def test_the_literal_scan_and_the_regex_gates_give_the_same_documents_on_the_unseen_sets(
        monkeypatch: pytest.MonkeyPatch) -> None:
    paths = list(_documents())
    assert len(paths) > 100
    fast, slow = _clean(paths, True, monkeypatch), _clean(paths, False, monkeypatch)
    assert [p.name for p, a, b in zip(paths, fast, slow, strict=True) if a != b] == []


_JOINING = """
[pack]
id = "t"
[[rule]]
id = "ad"
kind = "{kind}"
pattern = '广告位'
reason = "a cut"
[[rule]]
id = "download"
kind = "{kind}"
pattern = '免费下载'
reason = "what the first cut leaves"
"""


@pytest.mark.parametrize("kind", ["fragment", "phrase"])
@pytest.mark.parametrize("literal", [True, False])
def test_a_cut_that_joins_its_sides_into_a_later_rules_literal_is_cut_by_it(
        kind: str, literal: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    # "免广告位费下载": the line holds no 免费下载 until 广告位 is cut; the later rule is chosen anew.
    pack = parse_pack(_JOINING.replace("{kind}", kind), "t.toml")
    if not literal:
        monkeypatch.setattr(matcher_mod, "ahocorasick", None)
    engine._GROUPED.clear()
    try:
        lines = ["第一章　总则", "点击免广告位费下载本规定全文，共十二条。", "第一条　为规范管理，制定本规定。"]
        p = engine.plan("\n".join(lines), (pack,))
        assert isinstance(p.match[kind], LiteralMatcher if literal else GateMatcher)
        cleaned = engine.apply(lines, p)
    finally:
        engine._GROUPED.clear()
    assert cleaned.lines[1].text == "点击本规定全文，共十二条。"
    cuts = [r.rule for r in (cleaned.removed if kind == "fragment" else cleaned.repairs)]
    assert cuts == ["t.ad", "t.download"]

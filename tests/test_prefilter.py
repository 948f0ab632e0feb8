from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jingwen.rules.packs import builtin_packs
from jingwen.rules.prefilter import first_chars, required_literal


@pytest.mark.parametrize(
    ("pattern", "needle"),
    [
        (r"\s-\s道客巴巴\s*$", "道客巴巴"),
        (r"^已阅读\d+页[,，]\s*还剩\d+页未读", "已阅读"),
        (r"[(（]book118[)）]", "book118"),
        (r"(?:ab)+cd", "ab"),  # a repeated group stands at least once
        (r"(?:xyz)?cd", "cd"),  # an optional one need not
        (r"第\s*\d+\s*页", "第"),  # one CJK character is selective enough
        (r"a\d", None),  # one ASCII character is not
        (r"相关文章|推荐阅读", None),  # branches: neither is required
        (r"(?i)Page \d+", None),
        (r"x(?i:abc)y", None),
    ],
)
def test_required_literal(pattern: str, needle: str | None) -> None:
    assert required_literal(pattern) == needle


def _builtin_patterns() -> list[str]:
    out = []
    for pack in builtin_packs():
        out += [d.pattern for d in pack.detect]
        out += [r.pattern.pattern for r in pack.rules]
    return out


# Strings that match a built-in pattern, drawn from the pattern itself.
_MATCHES = st.sampled_from(_builtin_patterns()).flatmap(lambda p: st.tuples(st.just(p), st.from_regex(p)))


@settings(max_examples=500, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(_MATCHES)
def test_every_match_of_a_builtin_pattern_holds_its_literal_and_starts_with_a_first_char(case: tuple[str, str]) -> None:
    pattern, text = case
    m = re.search(pattern, text)
    if m is None:  # from_regex may not honour every assertion
        return
    needle = required_literal(pattern)
    assert needle is None or needle in m.group(0)
    chars = first_chars(pattern)
    if chars is not None and m.group(0):
        assert m.group(0)[0] in chars

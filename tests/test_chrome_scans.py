"""The generic layer's fast scans find what the plain patterns they stand for find: each is written
for `re` to skip through a document (a class of first characters, lookbehinds), and must match on
the same lines, or the same words, as the straightforward form."""

from __future__ import annotations

import random
import re
import sys

from jingwen.rules import chrome
from jingwen.text.lines import lines_matching, lines_without

# The straightforward forms (as they were written before being made fast).
MARKS = re.compile(rf"[★☆{chrome._BARS}>＞›»·•→◆◇▶▷►\t¥￥]|微信|扫码|二维码|https?:|www\.|\.(?:com|cn|net)\b|\u3000\u3000|"
                   + chrome._PICT_CLASS)
BRACKETED = re.compile(r"[\]】］〕][ \t\u3000|｜]*[\[【［〔][^\]】］〕\n]{1,12}[\]】］〕]|【[^】\n]{1,8}】[^\n]*【")
BYLINE_ANY = re.compile("|".join(f"(?:{p.pattern})" for p in (chrome._BYLINE, chrome._FLOOR, chrome._DATED,
                                                                 chrome._NAME_DATE, chrome._STAMP_FROM, chrome._REPLY)),
                        re.MULTILINE)

WORDS = sorted({w for v in chrome.load_model().vocab.values() for w in v.pattern.replace("\\", "").split("|")})
PIECES = WORDS + list("[]【】〔〕［］()（）.。…·-—–_=~～*★☆|｜/>＞›»•→\t 　：:，,;；!！?？“”《》的了是在甲乙aZ#") + [
    "http://", "https:", "www.", ".com", ".cn", ".net", "\u3000\u3000", "🔥", "❶", "※", "～～", " / ",
    "1", "23", "４５", "٣", "2024-03-05", "12:30", "3分", "5页", "100人阅读", "12万下载", "3 KB", "收藏(3)", "阅读(286)", "热度 8.2k", "¥99", "┊", "丨", "微信", "扫码", "二维码",
    "发表于", "回复于", "楼", "#2", "沙发", " 回复 ", "博主", "Lv.5", "3楼", "4-7 08:12 来自广东", "— 2024-04-02", "张三 2024-03-21 22:41", "3小时前", "👁 3.6万", "💬", "❤️"," 96",
]


def _docs(seed: int, count: int, longest: int = 12) -> list[list[str]]:
    rng = random.Random(seed)
    return [["".join(rng.choice(PIECES) for _ in range(rng.randint(0, longest))) for _ in range(rng.randint(1, 6))]
            for _ in range(count)]


def test_the_fast_scans_find_the_lines_the_plain_patterns_find() -> None:
    _, counted, marks, counted_after = chrome.suspect_patterns(tuple(chrome.load_model().vocab.values()))
    for lines in _docs(1, 3000):
        joined = "\n".join(lines)
        assert lines_matching(marks, joined) == lines_matching(MARKS, joined), lines
        assert lines_matching(chrome._BRACKETED, joined) == lines_matching(BRACKETED, joined), lines
        found = lines_matching(counted, joined) | lines_matching(counted_after, joined)
        assert found == lines_matching(chrome._COUNT, joined), lines
        long_enough = {k for k in lines_without(chrome._RUNNING, joined) if len(lines[k]) >= chrome._PLAIN_MIN}
        assert lines_matching(chrome._HALTING, "\n" + joined + "\n") == long_enough, lines


def test_bylines_are_found_among_the_lines_one_of_the_three_patterns_matches() -> None:
    for lines in _docs(2, 3000):
        tail = "\n".join(lines)
        wanted = {k for k in lines_matching(BYLINE_ANY, tail) if lines[k] and chrome._byline(lines[k])}
        found = lines_matching(chrome._BYLINE_IN, tail) | lines_matching(chrome._BYLINE_OPENS, "\n" + tail)
        assert {k for k in found if lines[k] and chrome._byline(lines[k])} == wanted, lines


def test_words_pattern_matches_as_the_trie_does() -> None:
    rng = random.Random(3)
    alphabet = "ab.-]^\\[(|)?*+ 上下传一篇页者作读赞"
    for _ in range(2000):
        words = {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 8))}
        trie, fast = re.compile(chrome.trie_pattern(words)), re.compile(chrome.words_pattern(words))
        for _ in range(3):
            s = "".join(rng.choice([*alphabet, *words]) for _ in range(rng.randint(0, 30)))
            assert [m.span() for m in fast.finditer(s)] == [m.span() for m in trie.finditer(s)], (words, s)
    site = re.compile(chrome.trie_pattern(WORDS))
    fast = chrome.suspect_patterns(tuple(chrome.load_model().vocab.values()))[0]
    for lines in _docs(4, 500, longest=20):
        s = "".join(lines)
        assert [m.group() for m in fast.finditer(s)] == [m.group() for m in site.finditer(s)], s


def test_every_digit_is_in_the_class_the_count_scan_skips_ahead_by() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    maybe = re.compile(chrome._MAYBE_DIGIT)
    assert all(maybe.match(d) for d in re.findall(r"\d", every))

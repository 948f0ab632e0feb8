"""Properties over arbitrary Unicode text and over generated scraped documents (hypothesis).

Example counts are modest so `make test` stays fast; HYPOTHESIS_PROFILE=thorough runs more.
"""

from __future__ import annotations

import hashlib
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import norm, unaccounted_lines
from jingwen import InputError, process_bytes, process_text
from jingwen.models import Document

# CI explores the same examples every run (derandomize); "thorough" explores new ones.
settings.register_profile("ci", max_examples=60, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Pieces scraped documents are made of: content, markers, numbers that are not markers, site
# boilerplate, page markers, spam, and the characters that upset line handling.
MARKERS = ["一、", "二、", "十二、", "（一）", "(三)", "1.", "2、", "3．", "（1）", "①", "1.1 ", "1.2.3", "第一章 ", "第三条 ",
           "第二节", "附件1：", "一是", "1.5亿元", "2024.3.1", "3、4月份"]
HEAD = ["- 1、原创力文档(book118)网站文档一经付费(服务费),不意味着购买了该文档的版权,仅供个人/单位学习、研究之用。",
        "- 4、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。", "本文档共4页,可阅读全部内容。"]
PAGES = ["第1页共4页", "第 2 页 共 4 页", "- 3 -", "2/4", "Page 3 of 4", "7", "8"]
TAIL = ["还剩3页未读,继续阅读", "全文预览已结束", "您可能关注的文档", "- 某某工作总结 .pdf", "文档评论(0)",
        "下载文档到电脑，查找使用更方便"]
BOILER = HEAD + PAGES + TAIL
SPAM = ["必威体育精装版", "必威体育", "有哪些信誉好的足球投注网站", "澳门新葡京娱乐场", "bet365官网"]
WORDS = ["卫生城市", "环境整治", "工作总结", "加强领导", "落实责任", "The video driver", "12", "。", "，", "、", "：",
         "“", "”", "（", "）", " ", "\u3000", "\t", "\xa0", "\x0c", "\u2028", "\ufeff", "\x00", "**", "# ", "…"]

sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map("".join)
paragraph = st.lists(sentence, min_size=1, max_size=5).map(lambda xs: "。".join(xs) + "。")


@st.composite
def scraped(draw: st.DrawFn) -> str:
    """A scraped document: site notices at the top, a title, numbered items and paragraphs
    hard-wrapped at a width with page markers and spam among them, the site's trailer at the end;
    blank lines and line-end styles varied."""
    width = draw(st.sampled_from([None, 8, 26, 28, 40]))
    lines = draw(st.lists(st.sampled_from(HEAD), max_size=3))
    lines.append(draw(sentence) + draw(st.sampled_from(["工作总结", "通知", "方案", ""])))
    for _ in range(draw(st.integers(0, 12))):
        kind = draw(st.sampled_from(["marker", "para", "page", "spam", "blank"]))
        if kind == "marker":
            lines.append(draw(st.sampled_from(MARKERS)) + draw(sentence))
        elif kind == "para":
            p = draw(paragraph)
            lines += [p] if width is None else [p[i:i + width] for i in range(0, len(p), width)]
        elif kind == "page":
            lines.append(draw(st.sampled_from(PAGES)))
        elif kind == "spam":
            i = draw(st.integers(0, len(lines) - 1))
            lines[i] += draw(st.sampled_from(SPAM))
        else:
            lines.append(draw(st.sampled_from(["", "  ", "\u3000"])))
    lines += draw(st.lists(st.sampled_from(TAIL), max_size=3))
    return draw(st.sampled_from(["\n", "\r\n", "\r"])).join(lines)


texts = st.one_of(st.text(max_size=400), scraped(), st.lists(st.one_of(st.text(max_size=30), st.sampled_from(
    MARKERS + BOILER + SPAM)), max_size=30).map("\n".join))


def _valid(doc: Document) -> None:
    Document.model_validate(json.loads(doc.model_dump_json()))


@given(texts)
def test_any_text_gives_a_valid_document_whose_ledger_accounts_for_every_line(text: str) -> None:
    doc = process_text(text)
    _valid(doc)
    assert unaccounted_lines(text, doc) == []
    assert doc.id == hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@given(texts, st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_any_bytes_of_text_decode_or_fail_clearly_and_the_id_is_stable(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    try:
        a = process_bytes(data, "a.txt")
    except InputError as e:
        assert e.kind == "binary" and "a.txt" in str(e)
        return
    b = process_bytes(data, "elsewhere/b.txt")
    _valid(a)
    assert a.id == b.id == hashlib.sha256(data).hexdigest()[:16]
    assert a.model_dump(exclude={"source"}) == b.model_dump(exclude={"source"})


@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise_anything_but_an_input_error(data: bytes) -> None:
    try:
        _valid(process_bytes(data, "x.bin"))
    except InputError as e:
        assert e.kind == "binary"


def _idempotent(text: str) -> None:
    once = process_text(text)
    twice = process_text(once.text)
    assert twice.removed == [] and twice.repairs == []
    assert norm(twice.text) == norm(once.text)


@given(scraped())
def test_generated_documents_hold_the_contract(text: str) -> None:
    # Issue 18: no exception, a schema-valid document, every input line accounted for (every Unicode
    # line boundary ending a line), also for the bytes of the document with a bad byte in it.
    doc = process_text(text)
    _valid(doc)
    assert unaccounted_lines(text, doc) == []
    data = text.encode("utf-8")
    if len(data) > 40:  # one bad byte changes nothing of the outcome (binary, or a valid document)
        mid = len(data) // 2
        outcomes = []
        for b in (data, data[:mid] + b"\xff" + data[mid:]):
            try:
                _valid(process_bytes(b, "bad.txt"))
                outcomes.append("document")
            except InputError as e:
                outcomes.append(e.kind)
        assert outcomes[0] == outcomes[1]


# Issue 18 item 10 is open: cleaning is not yet idempotent. The property held on the 60 examples CI
# explored before, by chance: other examples break it on main as well (below), so it is expected to
# fail until the chrome layer and the notices are made stable (src/jingwen/rules).
IDEMPOTENCE = pytest.mark.xfail(reason="issue 18 item 10: a second pass over the clean text removes more",
                                strict=False)


@IDEMPOTENCE
@given(scraped())
def test_cleaning_its_own_output_changes_nothing_more(text: str) -> None:
    # On scraped documents, where boilerplate stands where sites put it: on arbitrary text a line
    # that was outside a rule's head/tail window can move into it once the text around it is gone.
    _idempotent(text)


@IDEMPOTENCE
@pytest.mark.parametrize("text", [
    "卫生城市，工作总结\n\n卫生城市。\n- 某某工作总结 .pdf",  # the related-list line kept, then removed
    "卫生城市工作总结\n一、\x0c卫生城市The video driver\n一、卫生城市\n- 某某工作总结 .pdf",  # likewise after a break
    "- 1、本文档共4页,可阅读全部内容。发展71\n关于加强校园安全管理的通知\n一、总体要求\n各学校要高度重视校园安全工作。",
])
def test_known_cases_of_a_second_pass_removing_more(text: str) -> None:
    _idempotent(text)

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


# Idempotence (issue 18 item 10): cleaning the clean text removes nothing more. What that means, since
# the second pass reads the clean text as an input like any other, one paragraph a line, without the
# input's line breaks, blank lines and page breaks:
# - it removes nothing: no line and no part of one (`removed` empty), and changes nothing inside a
#   line (`repairs` empty);
# - its text holds the same characters in the same order (blanks aside, as the scorer compares them),
#   except that the title it finds may be another block, which it moves to the front; paragraphs may
#   be joined or split otherwise and the tree read otherwise (a structure is re-detected, not kept);
# - `truncated`, `pages` and the metadata are not compared: the notices that declared them are gone.
# What stays: the examples CI explores hold it; HYPOTHESIS_PROFILE=thorough, exploring new ones, finds
# a few generated documents in 1,000 where it fails (none among the labelled sets and the samples, 2 of
# the bench corpus's 1,018), all from lines the generator breaks or repeats at random: a word tripled
# or a bold line across a hard wrap, which the joined line shows; a block repeated so that, the title
# moved to the top, a copy beside a page number reads as a running header, or a title found elsewhere
# loses its markdown marks or a page title above it; a sentence repeated right under a line that
# holds it; a line the chrome model scores just under a bar (its threshold, or the certainty that
# overrides a list the text announced) and just over it once the lines around it are joined.


def _with_title_moved(once: str, twice: str, title: str | None) -> bool:
    """`twice` is `once` (normalised texts) with one block of it, the second pass's `title`, moved
    to the front."""
    t = norm(title)
    if not t or not twice.startswith(t):
        return False
    rest = twice[len(t):]
    # The block stood where `once` and `rest` part: at or before their first difference.
    same = next((k for k, (a, b) in enumerate(zip(once, rest, strict=False)) if a != b), min(len(once), len(rest)))
    return any(once[k:k + len(t)] == t and once[k + len(t):] == rest[k:] for k in range(same + 1))


def assert_idempotent(once: Document, twice: Document) -> None:
    """`twice`, the clean text of `once` cleaned again, removed nothing more (see above)."""
    assert twice.removed == [] and twice.repairs == [], (twice.removed, twice.repairs)
    a, b = norm(once.text), norm(twice.text)
    assert a == b or _with_title_moved(a, b, twice.title), (once.text, twice.text)


@given(scraped())
def test_a_generated_document_cleans_to_a_valid_complete_document_that_cleaning_again_leaves_alone(text: str) -> None:
    # Issue 18: no exception, a schema-valid document, every input line accounted for, idempotent;
    # the second pass's document is valid and complete in its turn.
    once = process_text(text)
    _valid(once)
    assert unaccounted_lines(text, once) == []
    twice = process_text(once.text)
    _valid(twice)
    assert unaccounted_lines(once.text, twice) == []
    assert_idempotent(once, twice)


@pytest.mark.parametrize("text", [
    # A site's related-list line kept under a short text, then taken for the title and its ".pdf" cut.
    "卫生城市，工作总结\n\n卫生城市。\n- 某某工作总结 .pdf",
    "卫生城市工作总结\n一、\x0c卫生城市The video driver\n一、卫生城市\n- 某某工作总结 .pdf",
    "…，12、落实责任方案\n文档评论(0)\n- 某某工作总结 .pdf",
    # A notice glued to the text after it: the tree made the notice a line of its own.
    "- 1、本文档共4页,可阅读全部内容。发展71\n关于加强校园安全管理的通知\n一、总体要求\n各学校要高度重视校园安全工作。",
    # A sentence said three times over, hard-wrapped: whole on one line only in the clean text.
    "卫生城市工作总结\n卫生城市。卫生城\n市。卫生城市。卫\n生城市。\n一、加强领导",
    # A sentence repeated a few lines down: a 'teaser' of it only once its wrapped lines are joined.
    "工作总结\n各级党委政府要严格落实“党政同责、一岗双责、齐抓共管\n、失职追责”要求，主要负责同志要亲自研究部署、亲自督\n"
    "促检查。2023年公司共享受研发费用加计扣除优惠政策，加计扣\n除金额累计达到286.4万元，减免企业所得税约71.\n"
    "6万元。堤防、水闸等工程的运行管理和维修养护情况；2023年公司共享受研发费用\n加计扣除优惠政策，加计扣除金额累计达到286.4万元\n"
    "，减免企业所得税约71.6万元，今年力争进一步用足用\n好政策。",
    # A numbered heading in bold inside a flattened line: a heading line in bold in the clean text.
    "相机内部摄像头数据输出格式\n" + "对于彩色图像，需要采集多种最基本的颜色。" * 12 + "**一、Sensor的感光原理：**     "
    "**Sensor的感光原理是通过感光点对光进行采样和量化**。" + "每一个感光点只能感光一种颜色。" * 8 + "****二、RGB RAW格式**    "
    "RGB RAW格式的Sensor是将每个感光点感应到的RGB数值直接传送给Host。",
    # The site's page title above a title over two lines, and a line of chrome joined to it.
    "XX县人民政府办公室关于印发XX县2024年秋冬季森林防灭火工作方案的通知 - 百度文库\nVIP免费文档\n\nXX县人民政府办公室文件\n"
    "X政办发〔2024〕15号\nXX县人民政府办公室关于印发XX县2024年\n秋冬季森林防灭火工作方案的通知\n各乡（镇）人民政府，县直各有关单位：\n"
    "《XX县2024年秋冬季森林防灭火工作方案》已经县人民政府同意，现印发给你们，请结合实际，认真抓好贯彻落实。",
    # A scrap of a few lines: the chrome model's finds there changed with every line taken away.
    "- 4、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。\n- 4、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。"
    "澳门新葡京娱乐场\n- 4、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。\n12 ：环境整治工作总结12\xa0工作总结，环境整治卫生城市\t方案",
    # A title in markdown marks repeated lower down: the second outscored the first once its marks were cut.
    "本文档共4页,可阅读全部内容。\n\x0c**# 工作总结\x0c落实责任\x00# \n7\n8\n\n7\n3、4月份\x0c**# 工作总结\x0c落实责任\x00# \n\n"
    "- 3 -\n- 3 -\n\n7\n- 某某工作总结 .pdf",
    # A line over a page break that the next begins by repeating: joined, a threefold "overprint".
    "卫生城市\x0c卫生城市卫生城市工作总结",
    # Two lines and a few words of their text again, with a mark: no lossy layer over a clean one.
    "卫生城市The video driver\x0c环境整治\t卫生城市工作总结\n环境整治。\n一、卫生城市卫生城市The video driver",
])
def test_known_cases_of_a_second_pass_removing_more(text: str) -> None:
    once = process_text(text)
    assert_idempotent(once, process_text(once.text))

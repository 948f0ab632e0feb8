"""Pages saved by an HTML-to-markdown crawler (a Jina-style envelope, links, setext headings,
bold markers, tables): the chrome read by what the reader sees, the document's markup kept."""

from __future__ import annotations

from pathlib import Path

from conftest import clean_lines, norm, removed_rules

HERE = Path(__file__).parent / "fixtures" / "markdown"


def _doc(name: str):  # type: ignore[no-untyped-def]
    return clean_lines((HERE / name).read_text(encoding="utf-8").splitlines())


def test_an_envelope_menus_of_links_and_heading_underlines_go_the_law_stays_whole() -> None:
    doc = _doc("envelope_setext.md.txt")
    rules = removed_rules(doc)
    assert rules["Title: 2024年社区老年食堂运营管理办法_青禾文库"] == "generic.envelope"
    assert rules["Markdown Content:"] == "generic.envelope"
    assert {rules[k] for k in rules if k.startswith("*   [")} == {"generic.markdown_nav", "generic.related_articles"}
    assert rules["================="] == "generic.rule_line"
    assert doc.title == "2024年社区老年食堂运营管理办法"
    articles = [c.marker for s in doc.sections for c in s.children]
    assert articles == [f"第{n}条" for n in "一二三四五六"]
    assert "老年食堂实行会员登记制度" in doc.sections[1].children[2].heading
    assert not doc.sections[1].children[2].heading.startswith("*")
    assert not doc.warnings  # articles count through the chapters


def test_links_in_rows_are_read_as_shown_links_in_the_text_and_a_table_stay() -> None:
    doc = _doc("links_and_tables.md.txt")
    rules = removed_rules(doc)
    gone = {norm(t) for t in rules}
    assert norm("[跳到主要内容](#main)") in gone  # (the model's: a link to the page's own part, by its words)
    assert rules["[上一篇：小学四年级家长会发言稿](https://www.songguo.cn/fanwen/1201.html)"] == "generic.prev_next"
    assert rules["* * *"] == "generic.rule_line"
    assert any(r == "generic.article_counts" for r in rules.values())
    assert doc.title == "小学三年级家长会班主任发言稿"
    assert doc.preamble[0] == "尊敬的各位家长："
    text = norm(doc.text)
    assert norm("具体可参考[教育部关于中小学生睡眠管理的通知](http://www.moe.gov.cn/") in text
    assert norm("| 周末 | 亲子阅读不少于半小时 |") in text


def test_a_contents_list_of_anchor_links_and_a_byline_without_counts_stay() -> None:
    body = ["为全面推进城乡供水一体化建设，县水利局组织力量对全县供水设施开展了专项调查，现将有关情况报告如下。" * 2] * 3
    doc = clean_lines(["# 全县城乡供水情况调查报告", "作者：县水利局　时间：2024-05-11", "[一、基本情况](#一)",
                       "[二、存在问题](#二)", *body])
    assert not doc.removed or all(r.rule.startswith("format.") for r in doc.removed)


def test_rules_drawn_in_dashes_and_box_lines_go_a_dash_inside_a_sentence_stays() -> None:
    body = ["为全面推进城乡供水一体化建设，县水利局组织力量对全县供水设施开展了专项调查，现将有关情况报告如下。" * 2] * 3
    doc = clean_lines(["全县城乡供水情况调查报告", *body[:2], "┈┈┈┈┈┈┈┈┈┈", body[2], "————", "以上报告——请审阅。"])
    assert sorted(r.text for r in doc.removed) == sorted(["┈┈┈┈┈┈┈┈┈┈", "————"])
    assert "以上报告——请审阅。" in doc.text

"""Rules this layer added beside the chrome model, each on text in a style of its own (an invented
report, exam, lesson and tutorial): what they take, and what they leave."""

from __future__ import annotations

from conftest import norm, unaccounted
from jingwen import process_text
from jingwen.text.markers import read_marker

BODY = [
    "为全面推进城乡供水一体化建设，县水利局组织力量对全县供水设施开展了专项调查，现将有关情况报告如下。",
    "全县现有集中供水工程四十二处，覆盖人口约二十三万人，农村自来水普及率达到百分之九十六。",
    "部分老旧管网漏损严重，个别水厂净化消毒设施不完善，水质检测能力仍显不足。",
    "下一步将加快管网改造，完善水质监测体系，确保群众喝上放心水。",
]


def run(lines: list[str]):
    text = "\n".join(lines) + "\n"
    doc = process_text(text)
    assert unaccounted(text, doc) == []
    return doc


def test_a_document_pasted_twice_keeps_one_copy() -> None:
    doc = run(["全县城乡供水情况调查报告", *BODY, "全县城乡供水情况调查报告", *BODY])
    gone = [r for r in doc.removed if r.rule == "generic.duplicate_copy"]
    assert len(gone) == len(BODY) + 1 and all(r.line > len(BODY) + 1 for r in gone)
    assert norm(doc.text).count(norm(BODY[1])) == 1


def test_a_bare_annex_label_and_a_line_of_circled_statements_open_no_section() -> None:
    assert read_marker("附件") is None and read_marker("附件：") is None
    assert read_marker("附件2") is not None
    assert read_marker("①坚持节约用水　②随手关紧水龙头") is None
    assert read_marker("①坚持节约用水") is not None


def test_exam_options_and_dialogue_turns_stand_apart() -> None:
    doc = run(["三年级语文随堂练习", "1．下列词语中加点字读音正确的一项是（　　）",
               "A．山涧（jiàn）　B．瀑布（bào）", "C．湍急（tuān）　D．嶙峋（lín）",
               "师：同学们，今天我们学习一篇描写山水的课文。", "生：老师，课文里的山是什么样子的？"])
    paras = [norm(p) for s in doc.sections for p in s.paragraphs] + [norm(p) for p in doc.preamble]
    assert norm("A．山涧（jiàn）　B．瀑布（bào）") in paras and norm("C．湍急（tuān）　D．嶙峋（lín）") in paras
    assert any(p.startswith(norm("师：")) for p in paras) and any(p.startswith(norm("生：")) for p in paras)


def test_page_markers_with_a_word_before_them_and_p_numbers_that_count_up_are_page_furniture() -> None:
    lines = ["全县城乡供水情况调查报告"]
    for k, line in enumerate(BODY, 1):
        lines += [line, f"报告第{k}页，共4页"]
    doc = run(lines)
    assert {r.rule for r in doc.removed} == {"generic.page_of"} and doc.pages.declared == 4
    lines = ["全县城乡供水情况调查报告"]
    for k in range(1, 5):  # a page of text, then its number
        lines += [*BODY, f"P{k}"]
    doc = run(lines)
    assert [r.text for r in doc.removed if r.rule == "generic.page_number"] == ["P1", "P2", "P3", "P4"]


def test_a_running_footer_carrying_its_page_number_is_found() -> None:
    lines = ["全县城乡供水情况调查报告"]
    for k in range(1, 5):  # two pages' worth of text between footers: found by their period
        lines += [*BODY, *BODY, f"清源文库　水利资料　第{k}页"]
    doc = run(lines)
    assert [r.rule for r in doc.removed] == ["generic.running_header"] * 4
    assert norm("清源文库") not in norm(doc.text)


def test_markdown_bold_around_a_whole_line_goes_and_bold_inside_a_sentence_stays() -> None:
    doc = run(["# 供水设施调查", "**一、基本情况**", BODY[1], "其中**农村自来水**普及率较高，管网仍需改造。"])
    assert [r.rule for r in doc.repairs] == ["format.markdown_emphasis"]
    assert doc.sections[0].heading == "基本情况"
    assert "**农村自来水**" in doc.text

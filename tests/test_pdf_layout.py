"""pdf_layout on characters placed by hand: what each rule does, apart from any PDF library."""

from __future__ import annotations

from jingwen import process_text
from jingwen.models import Removal
from jingwen.read.pdf_layout import Char, PageLines, Table, TextLine, assemble, furniture, page_lines
from jingwen.text.lines import PageMap

EM = 12.0


def line(text: str, x: float, y: float, size: float = EM, advance: float | None = None) -> list[Char]:
    """Characters of `text` from x on the baseline-ish height y, each `advance` wide (CJK: 1 em)."""
    out = []
    for ch in text:
        w = advance if advance is not None else (size if ord(ch) > 0x2E80 else size / 2)
        out.append((x, x + w, y, y + size, ch))
        x += w
    return out


def texts(chars: list[Char], tables: tuple[Table, ...] = ()) -> list[str]:
    return [ln.text for ln in page_lines(chars, tables)]


def test_overprinted_fake_bold_is_read_once() -> None:
    chars = line("一、工作目标", 90, 700) + line("一、工作目标", 90.3, 700.2)
    assert texts(chars) == ["一、工作目标"]


def test_characters_in_any_order_read_top_to_bottom_left_to_right() -> None:
    chars = line("第二行文字", 90, 680) + line("第一行文字", 90, 700)
    assert texts(list(reversed(chars))) == ["第一行文字", "第二行文字"]


def test_spread_chinese_gets_no_spaces_but_gaps_and_latin_words_do() -> None:
    assert texts(line("城乡环境", 90, 700, advance=EM + 3)) == ["城乡环境"]  # character spacing
    assert texts(line("姓名", 90, 700) + line("性别", 90 + 6 * EM, 700)) == ["姓名 性别"]  # a wide gap
    assert texts(line("PDF", 90, 700) + line("file", 90 + 1.5 * EM + 4, 700)) == ["PDF file"]
    spaced = [*line("共", 90, 700), (102, 105, 700, 712, " "), *line("计", 105, 700)]
    assert texts(spaced) == ["共计"]  # a drawn space between two Chinese characters is a stray one


def test_indentation_becomes_ideographic_spaces() -> None:
    chars = line("首行缩进两个字的段落开头文字内容", 90 + 2 * EM, 700) + line("第二行顶格继续写下去的文字内容", 90, 680) \
        + line("第三行顶格继续写下去的文字内容", 90, 660)
    assert texts(chars) == ["\u3000\u3000首行缩进两个字的段落开头文字内容", "第二行顶格继续写下去的文字内容",
                            "第三行顶格继续写下去的文字内容"]


def _column(x: float, words: list[str], top: float) -> list[Char]:
    return [c for i, w in enumerate(words) for c in line(w, x, top - 20 * i)]


def test_two_columns_are_read_one_after_the_other_between_spanning_lines() -> None:
    left = ["左栏第一行文字写满到栏边", "左栏第二行文字写满到栏边", "左栏第三行文字写满到栏边", "左栏最后一行。"]
    right = ["右栏第一行文字写满到栏边", "右栏第二行文字写满到栏边", "右栏第三行文字写满到栏边", "右栏最后一行。"]
    chars = line("横跨两栏的标题文字横跨两栏的标题文字横跨两栏的标题", 90, 760) + _column(90, left, 720) \
        + _column(90 + 14 * EM, right, 720) + line("第1页共1页", 250, 40)
    got = texts(chars)
    assert got == ["横跨两栏的标题文字横跨两栏的标题文字横跨两栏的标题",
                   "左栏第一行文字写满到栏边左栏第二行文字写满到栏边左栏第三行文字写满到栏边左栏最后一行。",
                   "右栏第一行文字写满到栏边右栏第二行文字写满到栏边右栏第三行文字写满到栏边右栏最后一行。",
                   "第1页共1页"]  # a block of its own: no indent against the columns


def test_a_form_of_labels_and_values_is_not_columns() -> None:
    chars = []
    for i, (a, b) in enumerate([("姓名：张三", "性别：男"), ("年龄：三十", "民族：汉"), ("学历：本科", "职务：科员")]):
        chars += line(a, 90, 700 - 20 * i) + line(b, 90 + 14 * EM, 700 - 20 * i)
    assert texts(chars) == ["姓名：张三 性别：男", "年龄：三十 民族：汉", "学历：本科 职务：科员"]


def test_table_rows_come_from_its_cells_at_the_table_place() -> None:
    chars = line("表格之前的一段文字。", 90, 720) + line("表格之后的一段文字。", 90, 600)
    cells = [[(90, 680, 150, 700), (150, 680, 210, 700)], [(90, 640, 150, 680), (150, 640, 210, 680)]]
    chars += line("指标", 92, 684) + line("数值", 152, 684) + line("签约", 92, 664) + line("率", 92, 646) \
        + line("65%", 152, 660)
    table = Table((90, 640, 210, 700), cells)
    assert texts(chars, (table,)) == ["表格之前的一段文字。", "指标\t数值", "签约率\t65%", "表格之后的一段文字。"]


def _page(lines: list[tuple[str, float]]) -> PageLines:
    return PageLines([TextLine(t, 90, 400, y, EM) for t, y in lines], 0, 842)


def test_furniture_recurs_at_the_same_place_digits_aside() -> None:
    pages = [_page([("市卫健委文件", 800), (f"正文{'甲乙丙丁戊己'[n]}的第一行", 760), ("正文中间", 400),
                    (f"- {n + 1} -", 40)]) for n in range(6)]
    found = furniture(pages)
    assert found == {k: v for n in range(6) for k, v in {(n, 0): "pdf.header", (n, 3): "pdf.page_number"}.items()}


def test_body_lines_repeated_by_chance_on_two_pages_of_many_are_not_furniture() -> None:
    pages = [_page([("江海市文件", 800), (f"独一无二的正文{'甲乙丙丁戊己庚辛壬癸子丑'[n]}", 760), ("第1页", 40)])
             for n in range(12)]
    pages[3] = _page([("江海市文件", 800), ("（一）工作目标", 760), ("第1页", 40)])
    pages[7] = _page([("江海市文件", 800), ("（一）工作目标", 760), ("第1页", 40)])
    found = furniture(pages)
    assert (3, 1) not in found and (3, 0) in found and (3, 2) in found


def test_assemble_numbers_lines_over_all_pages_and_the_pipeline_keeps_pages() -> None:
    body = "一、总体情况\n今年以来全市卫生健康工作稳步推进，各项指标均完成年度目标，群众满意度持续"
    pages = [_page([("江海市文件", 800)] + [(t, 700 - 20 * i) for i, t in enumerate(body.split("\n"))]
                   + [("第1页共2页", 40)]),
             _page([("江海市文件", 800), ("提升。", 700), ("第2页共2页", 40)])]
    text, pm = assemble(pages)
    assert text.split("\n")[pm.starts[1] - 1] == "江海市文件" and pm.starts == (1, 5)
    doc = process_text(text, fmt="pdf", pages=pm)
    assert [(r.line, r.page, r.rule) for r in doc.removed] == [
        (1, 1, "pdf.header"), (4, 1, "pdf.page_number"), (5, 2, "pdf.header"), (7, 2, "pdf.page_number")]
    assert doc.pages.seen == 2 and doc.pages.declared == 2  # the page marker, though furniture, declares
    assert doc.sections[0].paragraphs == ["今年以来全市卫生健康工作稳步推进，各项指标均完成年度目标，群众满意度持续提升。"]


def test_pipeline_with_pages_keeps_a_heading_repeated_at_page_starts() -> None:
    # Found by repetition next to page breaks, "（一）工作要求" would pass for a running header; the
    # reader that knows the page layout has already taken the real one.
    pages = [["江海市文件", "报告", "一、目标", "内容一。"], ["江海市文件", "（一）工作要求", "内容二。", "二、措施"],
             ["江海市文件", "（一）工作要求", "内容三。"]]
    starts = (1, 5, 9)
    pm = PageMap(starts, tuple(Removal(line=n, rule="pdf.header", text="江海市文件") for n in starts))
    doc = process_text("\n".join(t for p in pages for t in p), pages=pm)
    assert [c.heading for s in doc.sections for c in s.children] == ["工作要求", "工作要求"]
    assert [(r.line, r.page, r.rule) for r in doc.removed] == [(1, 1, "pdf.header"), (5, 2, "pdf.header"),
                                                                (9, 3, "pdf.header")]
    assert doc.pages.seen == 3 and doc.pages.declared is None

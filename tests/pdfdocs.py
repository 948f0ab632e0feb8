"""Generated Chinese documents for the PDF tests and the PDF bench: one structured source (its gold),
its text as a site would serve it (.txt), and PDFs drawn with reportlab's built-in CJK font.

The PDF pages carry what real ones do: a running header with a rule under it, a footer
"第N页共M页", headings in fake bold (drawn twice, slightly offset), paragraphs indented two
characters and crossing pages; optionally a two-column page and a ruled table.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

FONT = "STSong-Light"
SIZE = 12.0
LEADING = 20.0
PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
LEFT = 90.0
WIDTH = 30 * SIZE  # 30 CJK characters a line
TOP = PAGE_H - 90.0  # baseline of the first body line
BOTTOM = 80.0  # no body line below this baseline
HEADER = "江海市卫生健康委员会办公室"

# Sentence templates; {n} takes a random number so that no two wrapped lines are alike (identical
# lines at page edges would rightly be taken for running headers).
_SENTENCES = (
    "市卫生健康委员会在市委市政府的坚强领导下，认真贯彻落实各项决策部署，扎实推进{n}项重点工作。",
    "我们坚持以人民健康为中心，持续深化医药卫生体制改革，全年新增基本公共卫生服务项目{n}个。",
    "全年共组织开展爱国卫生运动专项行动{n}次，清理卫生死角三千余处，城乡环境明显改善。",
    "围绕创建国家卫生城市目标，全面开展环境卫生整治，解决背街小巷脏乱差问题{n}处。",
    "各级医疗机构进一步优化服务流程，推行预约诊疗和检查结果互认，惠及群众{n}万人次。",
    "基层医疗卫生服务能力稳步提升，家庭医生签约服务覆盖{n}个行政村。",
    "疾病预防控制体系建设取得新进展，新建传染病监测哨点{n}个，应急处置能力显著增强。",
    "在妇幼健康方面，{n}家医疗机构通过母婴友好医院评审，孕产妇系统管理率保持在较高水平。",
    "食品安全风险监测工作有序开展，全年完成各类样品检测{n}份，未发生重大食品安全事件。",
    "卫生健康人才队伍建设不断加强，通过公开招聘和定向培养等方式充实基层力量{n}人。",
    "信息化建设加快推进，区域全民健康信息平台已与{n}家医疗机构互联互通。",
    "中医药传承创新发展取得积极成效，新建基层中医馆{n}个，实现乡镇卫生院全覆盖。",
    "我们也清醒地看到，工作中还存在一些短板和不足，有{n}个乡镇优质医疗资源总量不足。",
    "部分基层医疗机构设备老化，专业技术人员缺口约{n}人，服务能力与群众需求还有差距。",
    "下一步，我们将坚持问题导向，聚焦群众急难愁盼，梳理{n}项民生实事推动高质量发展。",
    "要进一步加强组织领导，压实工作责任，确保{n}项目标任务按期完成。",
    "要加大财政投入力度，计划安排资金{n}万元，改善基层医疗卫生机构的服务条件。",
    "要健全考核评价机制，将{n}项指标纳入年度绩效考核，形成一级抓一级、层层抓落实的工作格局。",
    "同时，要广泛开展健康教育和健康促进活动{n}场，引导群众养成文明健康的生活方式。",
    "通过上述措施，全市{n}个部门协同发力，卫生健康工作呈现出稳中有进、进中提质的良好态势。",
    "市疾控中心牵头组织专题培训{n}期，基层业务骨干的实际操作水平得到明显提高。",
    "各县区结合实际制定实施方案，细化任务清单{n}条，明确时间节点和责任单位。",
)
# Paragraph openers, so that no two paragraphs begin alike (their first lines would be repeats).
_PLACES = ("东城区", "西城区", "南湖区", "北塘区", "江北新区", "高新区", "经开区", "滨海县", "青山县", "石门县",
           "云溪镇", "梅林镇", "白沙乡", "市直各单位", "各医疗机构", "各疾控机构")
_DEEDS = ("高度重视", "主动作为", "统筹推进", "狠抓落实", "多措并举", "精准施策", "扎实推进", "持续发力")
# Headings: a topic and an aspect, drawn without repeats (a document rarely repeats a heading).
_TOPICS = ("医疗服务", "公共卫生", "疾病防控", "妇幼健康", "中医药发展", "卫生信息化", "卫生人才培养", "爱国卫生运动",
           "食品安全", "基层卫生", "健康教育", "应急处置", "医保协同", "药品供应", "老年健康", "职业健康",
           "精神卫生", "卫生监督", "院前急救", "血液管理")
_ASPECTS = ("总体情况", "主要做法", "存在问题", "改进措施", "工作成效", "下步安排", "经验体会", "目标任务",
            "保障措施", "组织实施", "监督检查", "宣传引导")
_CN = "一二三四五六七八九十"


def _cn(n: int) -> str:
    """1 → 一, 12 → 十二, 23 → 二十三 (up to 99)."""
    tens, ones = divmod(n, 10)
    return (_CN[tens - 1] if tens > 1 else "") + ("十" if tens else "") + (_CN[ones - 1] if ones else "")


@dataclass
class Sec:
    marker: str
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    children: list[Sec] = field(default_factory=list)


@dataclass
class Spec:
    title: str
    preamble: list[str]
    sections: list[Sec]
    table: list[list[str]] | None = None
    """Rows of a ruled table drawn right after the first paragraph of the last top section."""

    def gold(self) -> dict:
        """The scorer's gold: what a careful reader keeps, structured (each table row a paragraph)."""
        def sec(s: Sec, depth: int, k: int) -> dict:
            paragraphs = list(s.paragraphs)
            if self.table and depth == 0 and k == len(self.sections) - 1:
                paragraphs[1:1] = ["\t".join(r) for r in self.table]
            return {"marker": s.marker, "heading": s.heading, "paragraphs": paragraphs,
                    "children": [sec(c, depth + 1, j) for j, c in enumerate(s.children)]}
        return {"title": self.title, "truncated": False, "preamble": self.preamble,
                "sections": [sec(s, 0, k) for k, s in enumerate(self.sections)]}


def make_spec(paragraphs: int, seed: int = 0, table: bool = False) -> Spec:
    """A report of about `paragraphs` paragraphs: 一、 sections with （一） subsections and 1. items."""
    rnd = random.Random(seed)
    headings = [t + a for t in _TOPICS for a in _ASPECTS]
    rnd.shuffle(headings)

    def para() -> str:
        opener = rnd.choice(_PLACES) + rnd.choice(_DEEDS) + "，"
        return opener + "".join(t.format(n=rnd.randint(2, 3000)) for t in rnd.sample(_SENTENCES, rnd.randint(2, 5)))

    secs: list[Sec] = []
    n = 0
    while n < paragraphs:
        top = len(secs)
        if len(headings) < 20:
            raise ValueError("too many paragraphs for distinct headings")
        s = Sec(f"{_cn(top + 1)}、", headings.pop() + "工作", [para()])
        n += 1
        for j in range(rnd.randint(2, 4)):
            sub = Sec(f"（{_cn(j + 1)}）", headings.pop(), [para() for _ in range(rnd.randint(1, 3))])
            n += len(sub.paragraphs)
            if rnd.random() < 0.6:
                for k in range(rnd.randint(2, 4)):
                    sub.children.append(Sec(f"{k + 1}.", headings.pop(), [para() for _ in range(rnd.randint(1, 2))]))
                    n += len(sub.children[-1].paragraphs)
            s.children.append(sub)
        secs.append(s)
    rows = None
    if table:
        rows = [["指标名称", "2023年", "2024年", "增幅"], ["家庭医生签约率", "58.2%", "65.3%", "7.1个百分点"],
                ["孕产妇管理率", "92.5%", "95.1%", "2.6个百分点"], ["中医馆覆盖率", "86.0%", "100%", "14个百分点"]]
    return Spec(title="江海市2024年卫生健康工作总结", preamble=[para()], sections=secs, table=rows)


# ── layout: the document as a stream of drawn lines, then pages ──────────────────────────────

@dataclass
class Row:
    """One drawn line: `text` as it reads, `indent` in characters, `bold` drawn twice."""

    text: str
    indent: int = 0
    bold: bool = False
    table: list[str] | None = None


def _width(text: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    _register()
    return stringWidth(text, FONT, SIZE)


_NO_LINE_START = "，。、；：！？”’）》】"


def wrap(text: str, width: float, indent: int = 0) -> list[tuple[str, int]]:
    """Greedy wrap by drawn width; the first line is indented `indent` characters. Closing
    punctuation never starts a line: it hangs in the margin, as Chinese typesetting has it."""
    out: list[tuple[str, int]] = []
    cur, ind, used = "", indent, 0.0
    for ch in text:
        w = _width(ch)
        if cur and used + w > width - ind * SIZE + 0.01 and ch not in _NO_LINE_START:
            out.append((cur, ind))
            cur, ind, used = "", 0, 0.0
        cur += ch
        used += w
    if cur:
        out.append((cur, ind))
    return out


def rows(spec: Spec, width: float = WIDTH) -> list[Row]:
    out = [Row(spec.title, bold=True)]
    out += [Row(t, i) for p in spec.preamble for t, i in wrap(p, width, 2)]

    def walk(secs: list[Sec], depth: int) -> None:
        for k, s in enumerate(secs):
            out.append(Row(s.marker + s.heading, bold=True))
            for j, p in enumerate(s.paragraphs):
                out.extend(Row(t, i) for t, i in wrap(p, width, 2))
                if spec.table and depth == 0 and k == len(spec.sections) - 1 and j == 0:
                    out.extend(Row("\t".join(r), table=r) for r in spec.table)
            walk(s.children, depth + 1)

    walk(spec.sections, 0)
    return out


def source_text(spec: Spec, per_page: int = 32) -> str:
    """The text a site serves for the document: hard-wrapped lines, a header and a page marker per page."""
    body = rows(spec)
    pages = [body[i:i + per_page] for i in range(0, len(body), per_page)]
    out: list[str] = []
    for n, page in enumerate(pages, 1):
        if n > 1:
            out.append(HEADER)
        out += ["\u3000" * r.indent + r.text for r in page]
        out.append(f"第{n}页共{len(pages)}页")
    return "\n".join(out) + "\n"


# ── PDF ──────────────────────────────────────────────────────────────────────────────────────

def _register() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def _draw_row(c, r: Row, x: float, y: float, char_space: float, per_char: bool) -> None:
    c.setFont(FONT, SIZE)
    if per_char:  # one text object per character, as some converters write
        for ch in r.text:
            c.drawString(x + r.indent * SIZE, y, ch)
            x += _width(ch) + char_space
        return
    c.drawString(x + r.indent * SIZE, y, r.text, charSpace=char_space)
    if r.bold:  # fake bold as Chinese office tools make it: the same text again, 0.3 pt to the right
        c.drawString(x + r.indent * SIZE + 0.3, y, r.text, charSpace=char_space)


_CELL_PAD = 4.0


def _cell_lines(table: list[list[str]]) -> list[list[list[str]]]:
    """Each cell's text wrapped to its column."""
    col = WIDTH / len(table[0]) - 2 * _CELL_PAD
    return [[[t for t, _ in wrap(cell, col)] for cell in row] for row in table]


def _row_heights(table: list[list[str]]) -> list[float]:
    return [max(len(c) for c in row) * SIZE * 1.3 + 8 for row in _cell_lines(table)]


def table_height(table: list[list[str]]) -> float:
    return sum(_row_heights(table))


def _draw_table(c, table: list[list[str]], x: float, y_top: float) -> float:
    """A ruled table whose top edge is at y_top, a cell's text wrapped in it; returns its bottom edge."""
    col = WIDTH / len(table[0])
    heights = _row_heights(table)
    y = y_top
    edges = [y]
    for row, h in zip(_cell_lines(table), heights, strict=True):
        for j, lines in enumerate(row):
            for k, t in enumerate(lines):
                c.drawString(x + j * col + _CELL_PAD, y - 4 - SIZE - k * SIZE * 1.3, t)
        y -= h
        edges.append(y)
    for e in edges:
        c.line(x, e, x + WIDTH, e)
    for j in range(len(table[0]) + 1):
        c.line(x + j * col, y_top, x + j * col, y)
    return y


def write_pdf(spec: Spec, path: Path, *, two_column_page: int | None = None, encrypt: str | None = None,
              char_space: float = 0.0, per_char: bool = False) -> int:
    """Draw the document; returns the page count. `two_column_page` (1-based) sets that page's body
    in two columns of paragraphs; `encrypt` sets a user password; `char_space` spreads characters
    (justified text as some converters write it); `per_char` draws each character on its own."""
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    _register()
    pages = paginate(spec, two_column_page)
    enc = StandardEncryption(encrypt, ownerPassword="owner") if encrypt else None
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), encrypt=enc, invariant=1)
    c.setTitle(spec.title)
    total = len(pages)
    for n, page in enumerate(pages, 1):
        c.setFont(FONT, 9)
        c.drawCentredString(PAGE_W / 2, PAGE_H - 50, HEADER)
        c.line(LEFT, PAGE_H - 56, LEFT + WIDTH, PAGE_H - 56)
        c.drawCentredString(PAGE_W / 2, 40, f"第{n}页共{total}页")
        for x, y, r in page.rows:
            _draw_row(c, r, x, y, char_space, per_char)
        if page.table is not None:
            _draw_table(c, page.table[0], LEFT, page.table[1])
        c.showPage()
    c.save()
    return total


@dataclass
class Page:
    rows: list[tuple[float, float, Row]]
    table: tuple[list[list[str]], float] | None = None


def paginate(spec: Spec, two_column_page: int | None = None) -> list[Page]:
    body = rows(spec)
    pages: list[Page] = []
    i = 0
    while i < len(body):
        page = Page([])
        n = len(pages) + 1
        if n == two_column_page:
            i = _two_columns(body, i, page)
        else:
            y = TOP
            while i < len(body) and y >= BOTTOM:
                r = body[i]
                if r.table is not None:
                    tbl = [b.table for b in body[i:] if b.table is not None]
                    h = table_height(tbl)
                    if y - h + LEADING < BOTTOM:
                        break
                    page.table = (tbl, y + LEADING - 6)
                    i += len(tbl)
                    y -= h + 6
                    continue
                page.rows.append((LEFT, y, r))
                y -= LEADING
                i += 1
        pages.append(page)
    return pages


def _two_columns(body: list[Row], i: int, page: Page) -> int:
    """Fill both columns with whole paragraphs re-wrapped to the column width; returns the next row."""
    gutter = 2 * SIZE
    colw = (WIDTH - gutter) / 2
    # Move to the next paragraph start (a heading or an indented row) so the columns hold whole ones.
    col_x = (LEFT, LEFT + colw + gutter)
    ci, y = 0, TOP
    while i < len(body):
        r = body[i]
        if r.table is not None:
            break
        # a unit: a heading row, or one paragraph (its indented first row and the rows after it)
        j = i + 1
        if not r.bold:
            while j < len(body) and body[j].indent == 0 and not body[j].bold and body[j].table is None:
                j += 1
        text = "".join(b.text for b in body[i:j])
        lines = [(r.text, 0)] if r.bold else wrap(text, colw, r.indent)
        if y - (len(lines) - 1) * LEADING < BOTTOM:
            if ci == 1:
                break
            ci, y = 1, TOP
            if y - (len(lines) - 1) * LEADING < BOTTOM:
                break
        for t, ind in lines:
            page.rows.append((col_x[ci], y, Row(t, ind, r.bold)))
            y -= LEADING
        i = j
    return i


# ── the documents the tests and the bench use ────────────────────────────────────────────────

def fifty_pages() -> Spec:
    """A report that fills exactly 50 pages."""
    return make_spec(270, seed=2)


def layout_doc() -> Spec:
    """A six-page report with a table; drawn with a two-column page 2."""
    return make_spec(24, seed=1, table=True)


LAYOUT_COLUMNS = 2


@dataclass
class Generated:
    fifty: Spec
    fifty_pdf: Path
    fifty_txt: Path
    layout: Spec
    layout_pdf: Path
    layout_txt: Path
    spaced_pdf: Path
    """The layout document with 2 pt between characters and no columns."""
    per_char_pdf: Path
    """The layout document drawn a character at a time."""


def generate(folder: Path) -> Generated:
    fifty, layout = fifty_pages(), layout_doc()
    g = Generated(fifty, folder / "fifty.pdf", folder / "fifty.txt", layout, folder / "layout.pdf",
                  folder / "layout.txt", folder / "spaced.pdf", folder / "per_char.pdf")
    write_pdf(fifty, g.fifty_pdf)
    g.fifty_txt.write_text(source_text(fifty), encoding="utf-8")
    write_pdf(layout, g.layout_pdf, two_column_page=LAYOUT_COLUMNS)
    g.layout_txt.write_text(source_text(layout), encoding="utf-8")
    write_pdf(layout, g.spaced_pdf, char_space=2.0)
    write_pdf(layout, g.per_char_pdf, per_char=True)
    return g

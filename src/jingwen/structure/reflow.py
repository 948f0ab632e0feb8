"""Lines → paragraphs: undo hard wraps.

Scraped text is wrapped at a fixed width (26–28, 39–41 characters in the seeds). A line that
fills the wrap width continues on the next line, even when it ends in 。; a shorter line ends its
paragraph. Where the text is not wrapped at a fixed width (ragged wraps, one paragraph per line)
a line continues only when it stops mid-sentence. A numbering marker, a blank line (where the
document uses them as separators) and an indented line (where it indents paragraphs) always
start a new paragraph. Removed page markers and running headers are transparent: a paragraph
broken by one is joined back. A line its reader knows stands alone (a PDF table's row) is a
paragraph of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, pairwise

from ..text.blocks import EQUATION_NUMBER, Block
from ..text.blocks import SPACED as _SPACED
from ..text.doctypes import BYLINE as _BYLINE
from ..text.doctypes import BYLINE_WORDS, ISSUER_END, TRAILING_NOTE, ends_with_type, suffixed_title
from ..text.lines import Line
from ..text.markers import is_contents_head, is_toc_line, read_marker, starts_with_marker
from ..text.punct import ASKED_INSIDE, BRACKETED_NOTE, PICTOGRAPH
from ..text.punct import CJK as _CJK
from ..text.punct import CLOSERS as _CLOSERS
from ..text.punct import SENTENCE_END as _SENTENCE_END
from ..text.punct import TERMINAL as _TERMINAL

_TITLE_AFTER = 30
_UNPUNCTUATED = re.compile(r"^[^，。、；：！？,.;:!?（）()]+$")

_MIDSENTENCE = "，,、（(“‘《【—-"
# List bullets: a line opening with one and a blank is a list's item.
_BULLETS = frozenset("-•·●▪◆*")
_INDENT_CHARS = {" ": 1, "\xa0": 1, "\u3000": 2, "\t": 4}
_BLANK_CHARS = tuple(_INDENT_CHARS)
_MIN_WRAP = 20
# An unbreakable token opening a line, glued to what follows it ("1.5亿元", "LCD背光").
_LEAD_TOKEN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.%,:/+\-]*(?=[^\s])")
# Item n-1 of an enumeration written inside a paragraph, by family.
_INLINE_FAMILIES = {
    "arabic_paren": lambda n: rf"[（(]\s*{n}\s*[)）]",
    "cn_paren": lambda n: r"[（(]\s*" + "一二三四五六七八九十"[n - 1] + r"\s*[)）]" if n <= 10 else r"$^",
    "circled": lambda n: "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"[n - 1] if n <= 20 else r"$^",
}
# A table row (cells apart by wide gaps) or a row of fields ("产品型号：…　　注册证编号：…").
_ROW = re.compile(r"\S[ \t\u3000]{2,}\S.*[ \t\u3000]{2,}\S|[ \t\u3000]{2,}[\u4e00-\u9fff（）()]{2,10}[：:]"
                  r"|\S\u3000\S.*\S\u3000\S")
# Cells apart by tabs: a table's row in a text file, like a PDF table's row a line of its own.
_TAB_ROW = re.compile(r"\S\t+\S")
# An exam question's answer blank "（　　）" at its end, then options "A．…".
_ANSWER_BLANK = re.compile(r"[（(][\s_]*[)）]$")
_OPTION = re.compile(r"[A-D][．.、]")
# Fields whose value is a number: a wrap after their colon splits the field from its value.
_NUMBER_FIELD = re.compile(r"(?:电话|传真|手机|号码|编号|账号|邮编|热线)[：:]$")
_BARE_HEADING = re.compile(r"^\d{1,2}[ \t\u3000]+[^\s\d，,。；;：:]{2,20}$")
_REFERENCE = re.compile(r"^[\[［]\d{1,3}[\]］]")
# "测量范围：…", "出租方（甲方）：…": a line opening with a short label and a colon starts a field.
# A speaker's turn: one character (or a numbered pupil) and a colon ("师：", "生2：", "问：").
_SPEAKER = re.compile(r"^[\u4e00-\u9fff][0-9０-９]?[：:]\S")
# A schedule's entry opened by its clock time and a blank (08:00　开幕式, 9:30-10:00 分组讨论); not a time
# a sentence wrapped onto the line (…10时写作 / 10:00。).
_CLOCK_LEAD = re.compile(r"^\d{1,2}[:：]\d{2}(?:\s*[-—–~～至]\s*\d{1,2}[:：]\d{2})?[ \t\u3000]+[^\s，。；,.;]")
# A schedule's entry opened by its days (9月15日—9月25日　学生申请…), each a line of its own.
_DAYS_LEAD = re.compile(r"^\d{1,2}月\d{1,2}日\s*[-—–~～至]+\s*(?:\d{1,2}月)?\d{1,2}日")
# A timetable's entry: a date or a part of a month as a field's label (10月15日前：…, 10月下旬：…, 9月19日—9月26日：…).
_DATED_FIELD = re.compile(r"^\d{1,2}月(?:\d{1,2}日)?(?:前|后|起|底|初|上旬|中旬|下旬|内|中)?"
                          r"(?:\s*[-—–~～至]+\s*(?:\d{1,2}月)?\d{1,2}日(?:前|后)?)?\s*[：:]")
# An itinerary's day (D1乌鲁木齐接机…, Day 2 …, 第3天 …), each a line of its own.
_DAY_LEAD = re.compile(r"^(?:D|Day\s?)\d{1,2}(?![\d.:：、])|^第[一二三四五六七八九十\d]{1,3}天")
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+\S")
# A notice's addressees or a letter's salutation, whole on its line.
_ADDRESSEE = re.compile(r"^(?:各|尊敬的|亲爱的)[^。！？；\n]{1,40}[：:]$")
# A time the wrap cut after its colon ("…延迟退房至14:0" / "0、免费接送站…").
_CUT_NUMBER = re.compile(r"\d[:：]\d?$")
# Numerals listed in a sentence at a line's start ("八、九年级", "三、四月份"): a heading's marker is
# followed by its words, not by the next number.
_NUMERALS_LISTED = re.compile(r"^[一二三四五六七八九十]{1,2}、[一二三四五六七八九十]{1,2}"
                              r"(?:年级|月|日|号|次|个|项|章|节)")
# A line ending on one of these stops mid-clause: a conjunction, a particle, a preposition.
_JOINS_ON = frozenset("的和与及或在对为将等了着把被向从以之并而且")
_SENTENCE_INSIDE = frozenset("，。；,;！？")
# A date alone on a line.
_DATE_LINE = re.compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月"
                        r"\s*[\d一二三四五六七八九十]{1,3}\s*日$")
# A shell command or a line of code: a command word or a prompt first, or the punctuation of code.
_COMMAND = re.compile(r"^(?:\$ |# |(?:sudo|apt(?:-get)?|yum|dnf|pip3?|npm|yarn|git|cd|ls|echo|cat|python3?|"
                      r"systemctl|service|docker|kubectl|curl|wget|export|mkdir|cp|mv|rm|chmod|chown|tar|make|"
                      r"cmake|gcc|java|node|conda|brew|ssh|scp|vim?|nano|source|bash|sh|nginx|mysql)\s)")
_CODE_MARKS = re.compile(r"[;{}]\s*$|^\s*(?:#include|#define|import |from \S+ import|def |class |//|/\*|<[a-z/!?])"
                         r"|\s--?[a-zA-Z][\w-]*(?:\s|$)|\s\|\s|\$\(")
# An entry's date opening a line: "1958年7月，…", "2024年3月5日 …".
_DATE_FIRST = r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[，,、：:\s]"
_ENTRY_DATE = re.compile("^" + _DATE_FIRST)
_ENTRY_DATES = re.compile(r"\n" + _DATE_FIRST)  # the same, after each line break of the whole text
_DATED_LINES = 5
# Text whose long lines run this long is not wrapped: each line is a paragraph.
_PARAGRAPH_LINES = 80
_VERSE_CHARS = 20
_VERSE_LINES = 8
# A speaker's turn or a short field: a name of up to four characters and a colon.
_TURN = re.compile(r"^[\u4e00-\u9fff]{1,4}[：:]")
_BYLINE_FIRST = frozenset(w[0] for w in BYLINE_WORDS)  # a byline's first character (a cheap test first)
_LABEL_START = re.compile(r"^[\u4e00-\u9fff（）()A-Za-z]{2,10}[：:]")


@dataclass(frozen=True, slots=True)
class Layout:
    width: int | None
    """Estimated wrap width in characters, or None when the text is not wrapped at a fixed width."""
    tolerance: int
    indents: bool
    """The document marks paragraph starts by indentation."""
    blanks: bool
    """The document separates paragraphs by blank lines."""
    base_indent: int = 0
    """The smallest indentation of a content line (half cells): indentation counts from it."""
    verse: bool = False
    """Most lines are short and stop on a word, no punctuation after it: verse (or a list), whose
    every line is its own."""
    dated: bool = False
    """Many lines open with a date (a chronicle's entries, a log's): each such line after a finished
    sentence starts an entry."""
    long: int = 0
    """Unwrapped text: how long its long lines run (characters, the 90th percentile), 0 when wrapped."""


def _indent(raw: str) -> int:
    n = 0
    for ch in raw:
        w = _INDENT_CHARS.get(ch)
        if w is None:
            break
        n += w
    return n


_HALF = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ -./%'\"")
_HALF_RE = re.compile("[" + re.escape("".join(sorted(_HALF))) + "]")


@lru_cache(maxsize=8192)  # a line is measured by the layout and again as the line before the next
def width_of(text: str) -> int:
    """Display width in half cells: ASCII letters, digits, blanks to fill in (____) and number
    punctuation take half a cell; everything else (CJK, and the ",;:()" that scrapes often put
    where full-width punctuation stood) a whole one."""
    return 2 * len(text) - len(_HALF_RE.findall(text))  # a character class in C: 10x a Python-level count


def tolerance(width: int) -> int:
    """How far below the wrap width a line may end and still fill it (half cells): kinsoku and
    proportional ASCII leave a cell or so free."""
    return max(3, round(width * 0.06))


# The first line of a paragraph was indented by two characters that scraping dropped.
_INDENT_LOST = 4
_WIDE_WRAP = 160
"""A wrap width (half cells) no page or screen is wrapped at: its lines are paragraphs a line each."""


def estimate_width(lengths: list[int]) -> int | None:
    """The wrap width: the length L whose window [L - tol, L] holds the most lines (ties: larger L),
    provided the window holds a good share of the longer lines and few lines run past it."""
    long = [n for n in lengths if n >= _MIN_WRAP]
    if len(long) < 4:
        return None
    counts = Counter(long)
    keys = sorted(counts)
    upto = list(accumulate(counts[k] for k in keys))  # lines of length <= keys[i]
    best, best_n = None, 0
    for i, length in enumerate(keys):
        lo = bisect_left(keys, length - tolerance(length))
        n = upto[i] - (upto[lo - 1] if lo else 0)
        if n >= best_n:
            best, best_n = length, n
    if best is None or best_n < 3 or best_n < 0.25 * len(long):
        return None
    over = sum(c for k, c in counts.items() if k > best + tolerance(best))
    if over > 0.15 * len(long):
        return None
    return best


def layout(lines: list[Line], stripped: list[str] | None = None) -> Layout:
    """`stripped`: the lines' texts stripped, when the caller has them already."""
    strip = stripped if stripped is not None else [ln.text.strip() for ln in lines]
    content = [i for i, t in enumerate(strip) if t]
    widths = [width_of(strip[i]) for i in content]
    width = estimate_width(widths)
    if width is not None:
        # Lines that fill a wrap width end anywhere in a sentence; lines that all end one are
        # paragraphs a line each, their lengths alike by chance (no wrap is 140 characters wide).
        filled = [strip[i][-1] for i, w in zip(content, widths, strict=True) if w >= width - tolerance(width)]
        # (a few such lines decide it where the width is one no page is wrapped at: 80 characters and more)
        enough = len(filled) >= (2 if width >= _WIDE_WRAP else 4)
        if enough and sum(c in _TERMINAL or c in _CLOSERS for c in filled) >= 0.8 * len(filled):
            width = None
    indents = [_indent(lines[i].text) for i in content]
    base = min(indents, default=0)
    indented = sum(1 for i in indents if i - base >= 2)
    uses_indent = indented >= 2 and 0.05 * len(content) <= indented <= 0.8 * len(content)
    # Blank lines separate paragraphs unless they separate (nearly) every line: double spacing.
    gaps = max(len(content) - 1, 0)
    blanks = sum(1 for a, b in pairwise(content) if b > a + 1)
    uses_blanks = blanks > 0 and blanks < 0.6 * gaps
    # (One search of the text: a loop over its lines cost more than the rest of the layout.)
    dated = len(_ENTRY_DATES.findall("\n" + "\n".join(strip))) >= _DATED_LINES
    # (Lines that fill a wrap width are prose wrapped narrow, however short: verse has no width.)
    verse = False
    if width is None and len(content) >= _VERSE_LINES:
        bare = sum(1 for i in content if len(strip[i]) <= _VERSE_CHARS and "\u4e00" <= strip[i][-1] <= "\u9fff")
        verse = bare >= 0.6 * len(content)
    long = 0
    if width is None and content:
        sizes = sorted(len(strip[i]) for i in content)
        long = sizes[(len(sizes) * 9) // 10]
    return Layout(width, tolerance(width) if width else 0, uses_indent, uses_blanks, base, verse, dated, long)


def _full(text: str, lay: Layout, first: bool = False, nxt: str = "") -> bool:
    """`text` fills the wrap width — or the unbreakable number or Latin word that opens the next
    line would not have fitted after it ("…专项资金" / "1.5亿元…")."""
    if lay.width is None:
        return False
    room = lay.width - lay.tolerance - (_INDENT_LOST if first else 0)
    lead = _LEAD_TOKEN.match(nxt)
    return width_of(text) + (width_of(lead.group(0)) if lead else 0) >= room


@lru_cache(maxsize=8192)  # each line is tested as the line after and again as the line before
def _row_or_toc(s: str) -> bool:
    if is_toc_line(s):
        return True
    # Every row pattern needs a blank inside the line: most lines have none, and three C-level
    # scans reject them before the regex.
    return (" " in s or "\u3000" in s or "\t" in s) and bool(_ROW.search(s))


def continues_enumeration(para: str | list[str], nxt: str) -> bool:
    """`nxt` opens with the next item of an enumeration that runs inside the paragraph
    ("…安排是:(1)春季…;" then a line "(2)夏季…"): it continues the paragraph."""
    m = read_marker(nxt)
    if m is None or m.number < 2 or m.family not in _INLINE_FAMILIES:
        return False
    prev = _INLINE_FAMILIES[m.family](m.number - 1)
    hit = re.search(prev, para if isinstance(para, str) else "".join(para))
    return hit is not None and hit.start() > 0


def continues(prev: str, nxt_raw: str, blank_between: bool, lay: Layout, base_indent: int,
              first: bool = False, para: str | list[str] = "", nxt: str | None = None) -> bool:
    """Does the line `nxt_raw` continue the paragraph whose last line is `prev` (stripped)?
    `first`: `prev` is the paragraph's first line; `para`: the paragraph so far (or its lines,
    joined only when needed: joining on every line made long paragraphs quadratic); `nxt`:
    `nxt_raw` stripped, when the caller has it."""
    nxt = nxt_raw.strip() if nxt is None else nxt
    if blank_between and lay.blanks:
        return False
    if lay.verse or _row_or_toc(prev) or _row_or_toc(nxt):
        return False
    if ("\u2196" <= nxt[0] <= "\u2bff" or nxt[0] >= "\U0001f000") and PICTOGRAPH.match(nxt):
        return False  # "⚕ 本站声明…", "💬 评论 (17)": a site's badge opens a line of its own
    if (prev[0] == "#" and _MD_HEADING.match(prev)) or (nxt[0] == "#" and _MD_HEADING.match(nxt)):
        return False  # a markdown heading ("# MySQL定时备份实战：…") is a line of its own
    if (prev[0] == "目" and is_contents_head(prev)) or (nxt[0] == "目" and is_contents_head(nxt)):
        return False  # "目　　录" heads a list: never part of the line above it or of its first entry
    if _code(prev) or _code(nxt):
        return False  # a command or a line of code keeps its line: never joined, never joined to
    if nxt[0] in "12〇○零一二三四五六七八九" and _DATE_LINE.match(nxt):
        return False  # "2024年4月18日" under a signature or a contact line: a line of its own
    if nxt[0].isdigit() and _CLOCK_LEAD.match(nxt) and (
            _CLOCK_LEAD.match(prev) or prev[-1] in _TERMINAL or prev[-1] in _CLOSERS):
        return False  # "08:00　开幕式（…）" then "09:00　…": a schedule's entries (not "…于下午" / "14:00在…")
    if nxt[0].isdigit() and _DAYS_LEAD.match(nxt) and _DAYS_LEAD.match(prev):
        return False  # "9月15日—9月25日　学生申请…" then "9月26日—10月10日　学院审核…": a schedule's entries
    if nxt[0].isdigit() and _DATED_FIELD.match(nxt) and _DATED_FIELD.match(
            para if isinstance(para, str) else para[0] if para else prev):
        return False  # "10月15日前：各单位报送…" then "10月下旬：学校审定…": a timetable's entries, each its line
    if nxt[0] in "D第" and _DAY_LEAD.match(nxt) and _DAY_LEAD.match(para if isinstance(para, str) else para[0] if para
                                                                   else prev):
        return False  # "D1乌鲁木齐接机…" then "D2乌鲁木齐—克拉玛依…": an itinerary's days
    if nxt[0].isdigit() and (prev[-1].isdigit() or prev[-1] in ":：") and _CUT_NUMBER.search(prev):
        return True  # "…至14:0" then "0、免费接送站…": the number goes on, whatever its next digit looks like
    if nxt[0] in "(（" and "=" in prev and EQUATION_NUMBER.fullmatch(nxt):
        return True  # "minZ=C1+C2+…" then "(1)": the equation's number
    if nxt[0] in "ABCD" and _OPTION.match(nxt) and (_ANSWER_BLANK.search(prev) or _OPTION.match(prev)):
        return False  # "…的坐标是（　　）" then "A．(3，2)", "A．…" then "B．…": options stand apart
    if len(nxt) > 2 and ("：" in nxt[1:3] or ":" in nxt[1:3]) and _SPEAKER.match(nxt) and not _broke_word(
            prev, lay, first, nxt):
        return False  # "师：…" / "生：…", "问：" / "答：": each turn of a dialogue stands apart
    if starts_with_marker(nxt):
        if _NUMERALS_LISTED.match(nxt) and prev[-1] not in _TERMINAL and prev[-1] not in "：:":
            return True  # "…对本校" then "八、九年级共612名学生…": numbers listed, no heading
        if "《" in prev and prev.count("《") > prev.count("》"):
            return True  # "…按照GB/T 1.1—2020《标准化工作导则" then "第1部分：…》": the book title goes on
        if _number_expected(prev) and nxt[0].isdigit():
            return True  # "…教材第90～91页例" then "1、例2及…": the number the line ended waiting for
        if not continues_enumeration(para, nxt):
            return False
        if prev[-1] in "；;，,":
            return True  # "…(1)春季…；" then "(2)夏季…": the next item of the inline enumeration
    if nxt[0] in _BULLETS and nxt[1:2].isspace():
        return False  # "- 某某工作总结 .pdf": an item of a list, a paragraph of its own
    if nxt.startswith("——"):
        return False  # a subtitle ("——在…会议上的讲话") stands on its own…
    if prev.startswith("——") and (not _full(prev, lay, first, nxt) or _complete_subtitle(prev, nxt)):
        return False  # …unless it fills the line and wraps ("…会议上的工" / "作报告")
    # (Each pattern's first character or its colon is tested first: the regexes are for the few
    # lines that can match.)
    if len(prev) > 3 and not prev[0].isalnum() and not prev[-1].isalnum() and (
            (prev[0] == prev[-1] and prev[1] in _BLANK_CHARS) or (prev[0] == prev[1] and prev[-1] == prev[-2])):
        return False  # "※ 作者保留一切权利 ※", "▼▼▼ 以下内容…已为您自动解锁 ▼▼▼": a framed notice is whole
    if _NUMBER_LINE.match(nxt):
        return False  # "沧澜航警〔2025〕0517号" under a title: the document's number, a line of its own
    if nxt[0] in _BYLINE_FIRST and _BYLINE.match(nxt):
        return False  # "文／周以宁　…合伙人" under a title: who wrote it, a line of its own
    if nxt[0] in "[［" and _REFERENCE.match(nxt):
        return False  # "[2] 吴欣歆. 整本书阅读…": the next entry of a reference list
    last = prev[-1]
    if last in _TERMINAL and nxt[0].isdigit() and _BARE_HEADING.match(nxt):
        return False  # "4　使用与维护" after a finished sentence: a numbered heading line
    if lay.indents and _indent(nxt_raw) - base_indent >= 2:
        return False
    if last in _TERMINAL and _signature(nxt):
        return False  # "…认真组织实施。" then "东湖区人民政府办公室", even after a full line
    if last in _TERMINAL and len(nxt) <= _TITLE_AFTER and _UNPUNCTUATED.match(nxt) and ends_with_type(nxt):
        return False  # "…不作为诊疗决策的唯一依据。" then "成人急性单纯性膀胱炎基层诊疗指南": a title under a
        # notice, a line of its own even after a full line
    if lay.dated and last in _TERMINAL and nxt[:2] in ("19", "20") and _ENTRY_DATE.match(nxt):
        return False  # "…县长出席并讲话。" then "1958年7月，…": the chronicle's next entry, even after a full line
    if last in "：:" and _ADDRESSEE.match(prev):
        return False  # "各乡镇（街道）…、家庭农场：" over the notice's text: its addressees, a line of their own
    full = _full(prev, lay, first, nxt)
    if last not in _TERMINAL and (prev.count("《") > prev.count("》") or prev.count("“") > prev.count("”")):
        return True  # "根据《…管理专家共识" then "（2021年）》，…": the book's title or the quote goes on
    # (after a comma the sentence goes on, a field in it: "…1987年4月9日出生，" / "公民身份号码：…")
    if ("：" in nxt[:11] or ":" in nxt[:11]) and _LABEL_START.match(nxt) and not _mid_clause(prev, nxt, lay) \
            and last not in "，,":
        if not full or last in _TERMINAL or (last in _CLOSERS and len(prev) > 1 and prev[-2] in _TERMINAL):
            return False
        if "：" in nxt[:5] or ":" in nxt[:5]:
            head = para if isinstance(para, str) else para[0] if para else prev
            if _TURN.match(head) and _TURN.match(nxt):
                return False  # "老周：…" then "周嫂：…": each speaker's turn stands apart, however full
    # (a line twice the wrap's width or more is no line of the wrapped text, but a paragraph set
    # unwrapped beside it, a site's note over the text: ended by its full stop like any)
    if full and not (last in _TERMINAL and width_of(prev) > 2 * (lay.width or 0)):
        return True
    if last in _TERMINAL or (last in _CLOSERS and len(prev) > 1 and prev[-2] in _TERMINAL):
        return False
    if last in "_＿":
        return False  # a form line ending in a blank to fill in
    if last in "：:" and nxt[0].isdigit() and (
            (prev[-2:-1].isdigit() and nxt[:2].isdigit()) or _NUMBER_FIELD.search(prev)):
        return True  # "下午4:" / "00至4:30", "值班电话:" / "0572-2218110。": a time or a number split off
    if lay.width is not None:
        # A short line in wrapped text ends its paragraph, unless it stops mid-clause — or it is most
        # of a line, a sentence breaks inside it and it stops on a character: a wrap that is ragged
        # in places ("…我在党组织的培养和" / "教育下，…"), which no heading or label line is.
        return last in _MIDSENTENCE or (last in _JOINS_ON and 5 * width_of(prev) >= 3 * lay.width) or (
            ("\u4e00" <= last <= "\u9fff" or last in "》”’」』" or (last.isdigit() and nxt[0] in _UNIT_FIRST))
            and 5 * width_of(prev) >= 3 * lay.width
            and any(c in _SENTENCE_INSIDE for c in prev[:-1]) and (not starts_with_marker(prev) or _runs_on(prev))
            and not starts_with_marker(nxt) and not (nxt[0].isdigit() and _BARE_HEADING.match(nxt)))
    # Ragged or unwrapped text: a line that stops mid-sentence continues, unless it is short
    # enough to be a heading or a label line — and a short line is no heading when a sentence
    # breaks inside it ("…绩效考核办" / "法，拉开收入分配差距。全年组织业务培") or it ends on a word
    # that cannot end one ("…市政工程和").
    if last in "：:":
        return False
    if (ends_with_type(prev) or (last in _CLOSERS and ends_with_type(TRAILING_NOTE.sub("", prev)))) and not any(
            c in _SENTENCE_INSIDE for c in prev):
        return False  # "…环境安装配置教程" above its text: a title, whole on its line
    if last in _MIDSENTENCE:
        return True
    if lay.long >= _PARAGRAPH_LINES and 2 * len(prev) < lay.long:
        return False  # a paragraph a line: a line far shorter than they are, unpunctuated, is a heading's
    if len(nxt) <= 8 and "\u4e00" <= nxt[-1] <= "\u9fff" and last not in _JOINS_ON and not _broke_word(
            prev, lay, first, nxt):
        return False  # a name or a label under a line ("…六科学习顺序" / "林间小鹿"): a sentence's end has its mark
    if len(prev) >= 20:
        # (but a page title with the site's decorations, "… - 家装板块 - 观潮社区", is whole)
        return len(prev) > 60 or suffixed_title(prev) is None
    # (a note's comma in brackets breaks no sentence: "…煲仔饭（锅巴焦香，零失败）" is a title, whole)
    unnoted = BRACKETED_NOTE.sub("", prev) if last in _CLOSERS else prev
    return (not starts_with_marker(prev) or _runs_on(prev)) and (
        last in _JOINS_ON or (len(prev) >= 6 and any(c in _SENTENCE_INSIDE for c in unnoted[:-1])))


_NUMBER_LINE = re.compile(r"^[\u4e00-\u9fff]{1,12}\s*[〔\[［【(（]\s*(?:19|20)\d\d\s*[〕\]］】)）]"
                          r"\s*第?\s*\d{1,5}\s*号$")
_UNIT_FIRST = frozenset("个台件元年月日天次项条名份家户座处辆米吨万亿倍岁周")
"""What a number's unit opens with: a wrap that broke "…核对无误后10" / "个工作日内…" broke a sentence."""


def _broke_word(prev: str, lay: Layout, first: bool, nxt: str) -> bool:
    """`prev` stops on a character inside a sentence, where a wrap broke a word ("…仍存在一些不" /
    "足：一是…", "…列车员推着小车走过，轻声" / "问：要热水吗？"): it fills the line, or in ragged text it
    is a clause's length with a sentence mark before its end. A dialogue's turn ends on a mark."""
    if not "\u4e00" <= prev[-1] <= "\u9fff":
        return False
    if lay.width is not None:
        return _full(prev, lay, first, nxt)
    return len(prev) >= 12 and any(c in _SENTENCE_INSIDE for c in prev[:-1]) and not starts_with_marker(prev)


def _runs_on(s: str) -> bool:
    """A numbered line whose heading ends in a full stop and whose text goes on after it ("（五）聚焦
    廉洁从业，树立良好形象。严"): it stops mid-sentence like any line of text."""
    return any(c in _TERMINAL for c in s[:-1]) and s[-1] not in _TERMINAL


def _mid_clause(prev: str, nxt: str, lay: Layout) -> bool:
    """In ragged text, `prev` breaks off inside a sentence (a long line with a comma in it, ending on a
    character) and what looks like a label after it is too long for one ("…认识到自身和分公司" /
    "工作还存在一些不足：…"): the sentence goes on."""
    if lay.width is not None or len(prev) < 20 or not "\u4e00" <= prev[-1] <= "\u9fff":
        return False
    colon = min(i for i in (nxt.find("："), nxt.find(":")) if i >= 0)
    return colon >= 7 and any(c in _SENTENCE_INSIDE for c in prev[:-1]) and not starts_with_marker(prev)


@lru_cache(maxsize=8192)
def _code(s: str) -> bool:
    """A command or a line of code: Latin text (little Chinese in it) with a command word or a
    prompt first, or the braces, semicolons, operators or options of code."""
    if len(s) < 3 or not s[0].isascii():
        return False
    if _CJK.search(s) and (len(_CJK.findall(s)) > 0.3 * len(s) or not _COMMAND.match(s)):
        return False  # code with Chinese in it is a command with a Chinese argument, at most
    return bool(_COMMAND.match(s) or _CODE_MARKS.search(s))


def _number_expected(prev: str) -> bool:
    """`prev` breaks off before a number: after 第, or 例/图/表 (例1, 图2) in a sentence, not a heading."""
    return prev[-1] == "第" or (prev[-1] in "例图表" and len(prev) >= 10 and not starts_with_marker(prev))


def _signature(s: str) -> bool:
    """The issuing body's name on a line of its own, as a signature: no punctuation."""
    return 4 <= len(s) <= 30 and bool(ISSUER_END.search(s)) and not any(c in s for c in "，,。；;：:、")


def _complete_subtitle(prev: str, nxt: str) -> bool:
    """A subtitle that fills the line yet is whole: it ends as subtitles do ("…上的讲话", "在…会议上",
    "…）"), or the speaker ("县长　李志远") or a salutation ("同志们：") follows it."""
    return (ends_with_type(prev) or prev[-1] in _CLOSERS or (prev[-1] == "上" and "在" in prev)
            or nxt[-1] in "：:" or any(c in nxt for c in _BLANK_CHARS))


_CLAUSE_MARKS = re.compile(r"[，。；！？,;!?]")
_SENTENCE_END_IN = re.compile(f"[{_SENTENCE_END}]")
_CLAUSE_OPENED = re.compile(r"[，,][^，,]{0,3}$")
"""A clause just begun at a line's end ("…牵头，各"): the sentence goes on."""
_TOP_BLOCKS = 2
"""The blocks a title may have above it: the page's title, a cover line."""


_HEADLINE_WHOLE = 16
"""A headline this long is not the first line of a title wrapped narrow (nor a greeting going on after
its mark with a clause: 大家好！首先感谢…，也感)."""


def _headline(s: str) -> bool:
    """A headline that asks or exclaims inside it (…这样写，家长看了都点赞！…范文), its end no sentence's."""
    return len(s) <= 48 and ASKED_INSIDE.search(s) is not None and s[-1] not in "。；;，,、：:！？!?"


def _parted(line: str, top: bool, taken_under: bool) -> bool:
    """A paragraph's one line that the next line does not continue. A title the site's rows stood under
    ("…验收报告" / site rows, taken out / "项目编号：…") ends where lines were taken out under it; so does a
    title-like line at the top (the page's title may stand above it) over lines taken out (a byline, a
    follow button: "…学习顺序" / "财务分析师｜CPA全科持证"), one comma in it at most. A headline at the
    top that asks or exclaims is whole on its line: the line under it (its author, "醴陵农技推广") is not
    the rest of it."""
    if taken_under and (ends_with_type(line) or (
            top and len(line) <= 60 and (not _CLAUSE_MARKS.search(line) or _headline(line) or _one_comma(line)
                                         or suffixed_title(line) is not None))):
        return True  # (a page's title with the site's name after it is whole, its commas or not)
    return (top and _headline(line) and len(line) >= _HEADLINE_WHOLE
            and not _CLAUSE_MARKS.search(ASKED_INSIDE.split(line)[-1]))


def _one_comma(line: str) -> bool:
    """A headline's length with one comma and no other clause mark (住了三年的一居室，我是怎么把东西收拾清爽的),
    not stopping on a word that goes on (…开展了专项调查，现将: a wrapped clause; a headline may end on 的 or 了:
    …都花到哪里去了)."""
    return (len(line) <= _ONE_COMMA and line.count("，") == 1 and not _CLAUSE_MARKS.search(line.replace("，", ""))
            and (line[-1] in "的了" or line[-1] not in _JOINS_ON))


_ONE_COMMA = 30
_SHORT_TOP = 0.85
"""A wrapped paragraph's first line fills the width but for an indent: a top line shorter than this
share of it is a line of its own (a headline with its commas), not the paragraph's first."""


def _short_top(line: str, lay: Layout) -> bool:
    """A line at the top of wrapped text that stops well short of the width, on no open clause and no
    sentence's end inside it: the headline over the text, whatever its commas (科目二倒车入库：看点、打轮、
    回正，一步一步讲清楚 over lines of 33)."""
    # (nor on a word that goes on: "…带着刚买的")
    return (lay.width is not None and width_of(line) < _SHORT_TOP * lay.width
            and line[-1] not in _MIDSENTENCE and line[-1] not in _TERMINAL and line[-1] not in _JOINS_ON
            and not _SENTENCE_END_IN.search(line) and not _CLAUSE_OPENED.search(line))


def reflow(lines: list[Line]) -> tuple[list[Block], Layout]:
    stripped = [ln.text.strip() for ln in lines]
    lay = layout(lines, stripped)
    blocks: list[Block] = []
    cur: list[str] = []
    first = last = 0
    blank = False
    alone = False
    prev_no = 0
    for ln, s in zip(lines, stripped, strict=True):
        if not s:
            blank = True
            continue
        row = ln.alone or ("\t" in s and bool(_TAB_ROW.search(s)))
        # (a field over lines taken out, 关键词：…；轻量化 / the site's rows / the title: the field ends there)
        parted = len(cur) == 1 and (_parted(cur[0], len(blocks) < _TOP_BLOCKS, ln.no > prev_no + 1)
                                    or (len(blocks) < _TOP_BLOCKS and _short_top(cur[0], lay))
                                    or (ln.no > prev_no + 1 and _LABEL_START.match(cur[0]) is not None))
        prev_no = ln.no
        # A blank line beside a page break is the page's margin, not a paragraph separator.
        if cur and not alone and not row and not parted and continues(
                cur[-1], ln.text, blank and not ln.brk, lay, lay.base_indent, len(cur) == 1, cur, s):
            cur.append(s)
        else:
            if cur:
                blocks.append(_block(cur, first, last, alone))
            cur, first = [s], ln.no
        last = ln.no
        blank = False
        alone = row
    if cur:
        blocks.append(_block(cur, first, last, alone))
    return blocks, lay


def _block(parts: list[str], first: int, last: int, alone: bool = False) -> Block:
    # join() piece by piece, in one "".join: adding to a growing string copied it each time, which
    # made a paragraph of 100,000 wrapped lines take minutes. join() looks only at the last character
    # so far and the next piece's first.
    pieces = [parts[0]]
    end = parts[0][-1:]
    for p in parts[1:]:
        if end and p and _SPACED.search(end + p[0]) and end != "-":
            pieces.append(" ")
        pieces.append(p)
        end = p[-1:] or end
    text = "".join(pieces)
    return Block(text=text, line=first, last=last, marker=not alone and starts_with_marker(text), alone=alone)

"""Title, document type, front-matter facts (文号, issuing body, dates) and truncation."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..text.blocks import Block
from ..text.doctypes import DOC_TYPES, SUBTITLED, ends_with_type, strip_site
from ..text.doctypes import ISSUER_END as _ISSUER_END
from ..text.doctypes import TITLE_END as _TITLE_END
from ..text.doctypes import TRAILING_NOTE as _TRAILING_NOTE
from ..text.lines import unspaced
from ..text.punct import BLANK_FIELD
from ..text.punct import CLOSERS as _CLOSERS
from ..text.punct import TERMINAL as _TERMINAL_END
from . import title

_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号")
_DATE = re.compile(
    r"(?P<y>\d{4})\s*(?:年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日)?"
    r"|[-./](?P<m2>\d{1,2})[-./](?P<d2>\d{1,2}))"
    r"|(?P<cy>[〇○零一二三四五六七八九]{4})年(?P<cm>[一二三四五六七八九十]{1,2})月(?:(?P<cd>[一二三四五六七八九十]{1,3})日)?"
)
# Below this, no candidate reads as a title: the document has none (null), not a body sentence.
_MIN_TITLE_SCORE = -1.0
# A row under a web page's headline that says when and by whom it was posted (2024-03-17 08:30 来源：…,
# 发布时间：…, 记者 王晓): taken out as the site's, it marks the line above it as the page's headline.
_BYLINE_ROW = re.compile(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|(?<!\d)\d{1,2}-\d{1,2}\s+\d{1,2}:\d\d"
                         r"|(?:来源|作者|记者|编辑|发布|发表|来自|时间)\s*[:：]|^(?:记者|通讯员|作者|文)[ \t\u3000/／]")
_BYLINE_MAX = 120
# The title is sought among this many blocks before the first numbered section (a site's rows the
# chrome layer left, a banner and a 文号 may stand above it).
_FRONT_BLOCKS = 12
# A standard's cover: "中华人民共和国国家标准", "沣洲市地方标准", "团　体　标　准", "GB/T 7714—2015", "T/XXRQ 017—2023",
# "ICS 91.140.40", the CCS class "P 47" (blanks removed before matching).
_STANDARD_COVER = re.compile(
    r"(?:中华人民共和国|[\u4e00-\u9fff]{1,8}[省市县区州盟旗])?(?:国家|行业|地方|团体|企业)标准|(?:ICS|CCS)[\d.A-Z]+|[A-Z]\d{2}"
    r"|[A-Z]{1,4}(?:/[A-Z]{1,8})?[\d.]+[—–-]\d{4}")
_FOLIO_END = re.compile(r"(?<=[。！？!?；;”’）)」』.\]])\s*(?:[·•\-—–]\s*\d{1,4}\s*[·•\-—–]|第\s*\d{1,4}\s*页)$")
_ATTRIBUTION = re.compile(r"[。！？!?]\s*——\s*[^，。！？——]{1,16}$")
_BANNER = re.compile(r"(文件|简报|快报|通讯)$")
_CN_DIGIT = {ch: i for i, ch in enumerate("〇一二三四五六七八九")}
_CN_DIGIT.update({"○": 0, "零": 0})
# "．" ends sentences in technical typesetting; "." ends references and English sentences.


# A doc-type word that may be letter-spaced (设 计 方 案) ending a title at the start of flattened text.
_SPACED_TYPE = re.compile(
    r"^(?P<t>[^。！？；;，,：:\s][^。！？；;，,：:]{1,58}?(?:"
    + "|".join(r"[ \u3000]?".join(map(re.escape, t)) for t in sorted(DOC_TYPES, key=len, reverse=True) if len(t) > 1)
    + r"))(?=[\s\u4e00-\u9fff]|$)"
)
# Ideographic spaces inside a title are deliberate ("龙腾新岁启新程　奋楫扬帆正当时").
_FIRST_SPAN = re.compile(r"^(?P<t>[^ \t\n]{4,40})[ \t]+(?=\S)")


def split_title(text: str) -> tuple[str, str] | None:
    """In a block whose line breaks were lost, the title is the opening span that ends in a
    document-type word ("…系统 设 计 方 案"), or else the first blank-delimited span when it reads
    as a title. Returns (title, rest) or None."""
    m = _SPACED_TYPE.match(text)
    if m is None:
        m = _FIRST_SPAN.match(text)
        if m and not title_like(m.group("t")):
            m = None
    if m is None:
        return None
    title, rest = m.group("t").strip(), text[m.end("t"):].strip()
    if not rest or is_front_matter(title):
        return None
    return title, rest


@dataclass
class FrontMatter:
    title: str | None = None
    title_index: int | None = None
    rest: str | None = None
    """What follows the title in its block, when the title was split off a flattened block."""
    title_end: int | None = None
    """Index just past the title's blocks (a title may span two lines)."""
    doc_number: str | None = None
    issuer: str | None = None
    page_titles: list[int] = field(default_factory=list)
    """Blocks above the title that are the site's page title for it (boilerplate)."""


def _cn_small(s: str) -> int:
    if s in ("十",):
        return 10
    if s.startswith("十"):
        return 10 + _CN_DIGIT.get(s[1], 0)
    if "十" in s:
        a, _, b = s.partition("十")
        return _CN_DIGIT.get(a, 0) * 10 + (_CN_DIGIT.get(b, 0) if b else 0)
    return _CN_DIGIT.get(s, 0)


def find_dates(text: str) -> list[str]:
    """Dates as ISO strings (YYYY, YYYY-MM or YYYY-MM-DD) in the order they appear."""
    out = []
    for m in _DATE.finditer(text):
        if m.group("y"):
            y, mo, d = int(m.group("y")), m.group("m") or m.group("m2"), m.group("d") or m.group("d2")
        else:
            y = int("".join(str(_CN_DIGIT[c]) for c in m.group("cy")))
            mo = str(_cn_small(m.group("cm")))
            d = str(_cn_small(m.group("cd"))) if m.group("cd") else None
        if not 1900 <= y <= 2100 or (mo and not 1 <= int(mo) <= 12) or (d and not 1 <= int(d) <= 31):
            continue
        out.append(f"{y:04d}" + (f"-{int(mo):02d}" if mo else "") + (f"-{int(d):02d}" if mo and d else ""))
    return out


_YEAR = re.compile(r"(?:19|20)\d\d\s*年")


def _is_date_line(s: str) -> bool:
    return bool(_DATE.fullmatch(s.strip().replace(" ", "")))


def is_front_matter(s: str) -> bool:
    """A date, a 文号, a banner ("XX人民政府文件"), a classification line, or a standard's cover
    line (its category, number, ICS or CCS class): not the title."""
    s = s.strip()
    # (a masthead names no period: "2024年第三季度工作简报" is an issue's title, "教育工作简报" its banner)
    return (_is_date_line(s) or bool(_DOC_NUMBER.fullmatch(s))
            or bool(_BANNER.search(s) and len(s) <= 30 and not _YEAR.search(s))
            or s in ("机密", "秘密", "绝密", "特急", "加急", "平急") or s.startswith("签发人")
            or bool(_STANDARD_COVER.fullmatch("".join(s.split()))))


def byline_row(text: str) -> bool:
    """A row of the site's under a headline: when, where from and by whom it was posted (see _BYLINE_ROW)."""
    return len(text) <= _BYLINE_MAX and _BYLINE_ROW.search(text.strip()) is not None


def title_like(s: str, headline: bool = False) -> bool:
    """`headline`: the line stands over the page's byline, where a news headline's clauses are allowed
    (开学首周，这座城市上线12条“定制通学公交”：一人一座，刷脸上车)."""
    s = s.strip()
    if not 2 <= len(s) <= 80:
        return False
    if s[-1] in "。；;，,、：:" or s.count("。") or s.count("，") + s.count(",") > (3 if headline else 1):
        return False
    if _TITLE_END.search(s):
        return True
    sub = s.partition("——")[2]
    # a subtitle makes it longer (…主张工程款？——评一起建设工程施工合同纠纷案), not a speech run on after it
    return len(s) <= (60 if sub and not re.search(r"[\s：:！!？?。，,]", sub) else 40)


def front_matter(blocks: list[Block], flat: bool = False, cut: frozenset[int] = frozenset(),
                 sited: frozenset[int] = frozenset(), echoes: Sequence[tuple[str, bool]] = (),
                 answer: bool = False, bylines: frozenset[int] = frozenset()) -> FrontMatter:
    """Find the title among the blocks before the first numbered section (title.rank: the best
    candidate, not the first), skipping banners, document numbers and dates; note the 文号 and the
    issuing body on the way, and the site's page titles above the document's own. `cut`: numbers
    of the input lines the rules took out as the site's (not as page furniture): a title's lines
    have none of them between them; `sited`: the lines the site's name was cut from (page titles);
    `echoes`: the site's lines that may name the title (see title.rank); `answer`: the blocks are an
    answer under a question the site asked (rules.chrome._question_page), which has no title but one
    of its own kind (关于…问题的答复), not its first short line (a poem's line, 谢邀); `bylines`: those of
    the cut lines that are a byline's row (see byline_row)."""
    fm = FrontMatter()
    cands: list[int] = []
    for i, b in enumerate(blocks[:_FRONT_BLOCKS]):
        if b.marker and not (i == 0 and title.book_section(b.text.strip())):
            break
        s = b.text.strip()
        if m := _DOC_NUMBER.search(s):
            fm.doc_number = fm.doc_number or m.group(0)
        if is_front_matter(s):
            if _BANNER.search(s) and s.endswith("文件"):
                fm.issuer = fm.issuer or s[:-2].strip()
            continue
        if not cands:  # flattened text, or a title run on into its subtitle: split the first block
            split = split_title(s) if flat else None
            if split is None and not title_like(s) and (m := SUBTITLED.match(s)):
                split = m.group("t").strip(), s[m.end("t"):].strip()
            if split:
                fm.title, fm.rest = split
                fm.title_index, fm.title_end = i, i + 1
                return fm
        cands.append(i)
    texts = [blocks[i].text.strip() for i in cands]
    # A title does not span a 文号 or a date between its lines, nor a site's menu or toolbar taken out
    # from between them: only adjacent blocks join.
    cut_under = [k + 1 < len(cands)
                 and any(n in cut for n in range(blocks[cands[k]].last + 1, blocks[cands[k + 1]].line))
                 for k in range(len(cands))]
    adjacent = [k + 1 < len(cands) and cands[k + 1] == cands[k] + 1 and not cut_under[k] for k in range(len(cands))]
    paged = [blocks[i].line in sited for i in cands]
    bylined = [cut_under[k] and any(n in bylines for n in range(blocks[cands[k]].last + 1, blocks[cands[k + 1]].line))
               for k in range(len(cands))]
    ranked = title.rank(texts, adjacent, paged, echoes, bool(cut_under) and cut_under[0], bylined)
    for c in ranked:
        if c.score < _MIN_TITLE_SCORE or not title_like(strip_site(c.text) or c.text,
                                                        title.headlined(c, texts, bylined)):
            break
        chosen, c = c, title.own_copy(c, ranked, _MIN_TITLE_SCORE)
        if answer and not ends_with_type(unspaced(_TRAILING_NOTE.sub("", c.text))):
            break
        i = cands[c.index]
        fm.title, fm.title_index, fm.title_end = strip_site(c.text) or c.text.strip(), i, i + c.span
        fm.page_titles = [cands[k] for k in title.page_titles(texts, c, paged)]
        if chosen is not c and chosen.span == 1 and chosen.index < c.index \
                and cands[chosen.index] not in fm.page_titles:
            fm.page_titles.append(cands[chosen.index])  # (the site's copy of it, above the document's own)
        break
    return fm


def doc_type(title: str | None) -> str | None:
    if not title:
        return None
    m = _TITLE_END.search(unspaced(_TRAILING_NOTE.sub("", title.strip())))
    if m:
        return m.group(1)
    for t in DOC_TYPES:
        if t in title:
            return t
    return None


def signature(blocks: list[Block]) -> tuple[str | None, list[str]]:
    """(issuer, dates) from the signature block: the last few short blocks of the document."""
    issuer = None
    dates: list[str] = []
    for b in blocks[-3:]:
        s = b.text.strip()
        if len(s) > 40:
            continue
        dates += find_dates(s)
        if _ISSUER_END.search(s) and not _is_date_line(s):
            issuer = s
    return issuer, dates


_FIELD_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}[：:]")
_CLAUSE_MARK = re.compile("[，,。；;]")


def ends_mid_sentence(text: str) -> bool:
    """The text is prose and stops where no sentence ends (a preview cut off by the site); a
    reference, a contact line or a form field without a full stop is not a cut."""
    s = _FOLIO_END.sub("", text.rstrip()).rstrip()  # a page's folio left at the end ("…完成。·12·")
    if not s:
        return False
    last = s[-1]
    if last in "；;" and len(s) >= 10:
        return True  # an item of an enumeration, the next one cut off: no document ends on ；
    if last in _TERMINAL_END or (last in _CLOSERS and len(s) > 1 and s[-2] in _TERMINAL_END):
        return False
    if last == "." and len(s) > 1 and (s[-2].isascii() and (s[-2].isalnum() or s[-2] in ")]")):
        return False  # an English sentence or a reference ("…2019(5):4-8.")
    if last in "：:" and BLANK_FIELD.search(s):
        return False  # a form's fields, the last one blank too (a signature block)
    if last in "，,、：:（(“《—":
        return True
    if last in "_＿" or "____" in s:
        return False  # a form with blanks to fill in
    if _ATTRIBUTION.search(s):
        return False  # a note signed after a dash (…结构完整。——本期值班编辑 青禾): whole
    if unicodedata.category(last)[0] == "S":
        return False  # a symbol, a site's icon (…实时推送 ▣): no sentence of text was cut there
    if len(_FIELD_LABEL.findall(s)) >= 2 and not _CLAUSE_MARK.search(s):
        return False  # a row of fields (企业名称：…　生产地址：…　电话号码：027-…): no sentence to cut
    prose = ("，" in s or "," in s or len(s) >= 60) and any(ch.isalnum() for ch in s)
    return prose and not is_front_matter(s)

"""The title as a ranked choice among the first blocks, not the first line that could be one.

Each block before the first numbered section is a candidate, scored on what transfers across sites:
a document-type word at its end, a title's length, no sentence inside it, its place, what follows it
(running text, a 文号, an issuer), and against it, what marks a site's line (a file name, a site's
name after a dash, rating stars, counts, menu separators, a thumbnail caption `_第N页`). A candidate
whose text, once the site's decorations are stripped, is another candidate's further down is the
site's page title above the document's own: it is dropped and the one below is the title. With no
candidate that reads as a title, there is none (`null`), rather than a sentence of the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from ..text.doctypes import BYLINE as _BYLINE
from ..text.doctypes import ISSUER_END, ends_with_type, same_title, strip_site, suffixed_title
from ..text.doctypes import TRAILING_NOTE as _NOTE
from ..text.lines import names_subject, names_whole, unspaced
from ..text.markers import read_marker
from ..text.punct import BADGE_COUNT, BAR_BADGES, BRACKETED_NOTE, PATH_STEP, PICTOGRAPH, STOPS
from ..text.punct import CJK as _CJK
from ..text.punct import NOT_TITLE_END as _NOT_TITLE_END
from .tidy import tidy_title

_SENTENCE = re.compile(r"[。！？!?；;]")
# Marks of a site's row rather than an author's line.
_SITE_ROW = re.compile(
    r"[★☆]|\s/\s|\d\s*(?:人|次)(?:阅读|下载|浏览|评价)|\d\.\d\s*分|\d\s*分(?=\s|$|[/／|｜])|[|｜›»❯]|\s>\s|https?://|www\.|"
    # (a headline's call to save it, 这份建议收藏！, is the author's words, not a button)
    r"\d+(?:\.\d+)?\s*[KMG]B\b|上传|下载|首页|(?<!建议|值得|赶紧)收藏(?!备用)|分享|举报"
    r"|\s[▪•∙]\s|[ \t\u3000][·・][ \t\u3000]"
    # a login button, not a word that holds one (注册会计师, 注册资本, 登录系统后…)
    r"|(?:登录|注册)(?![\u4e00-\u9fff])|(?<![\u4e00-\u9fff])(?:登录|注册)",
    re.IGNORECASE,
)
# A question's or an exclamation's mark before the subtitle: the title's own end, no sentence in it.
_ASKED = re.compile(r"[？?！!](?=——)")
# A line opened by a pictograph, or framed by symbols on both sides.
_BADGED = re.compile(PICTOGRAPH.pattern + r"|^([^\w\s（(“《【\[])\1*\s.*\s\1+$")
_GAPPED = re.compile(r"\S[ \t\u3000]{2,}\S")
_LONE_NUMBER = re.compile(r"^[（(]?\d{1,3}[、.．)）]?$")
_SPACED = re.compile(r"^(?:[\u4e00-\u9fff][ \u3000]{1,}){2,}[\u4e00-\u9fff]$")
_MAX_CANDIDATES = 12
_COUNTER_END = re.compile(BADGE_COUNT)
_BULLET = re.compile(r"[-•·●▪◆]\s")
_MAKER = re.compile(r"(?:编写组|编委会|编纂委员会|编写委员会|编辑委员会|课题组|编辑部|项目组)$")


@dataclass(frozen=True)
class Candidate:
    index: int
    text: str
    score: float
    span: int = 1


_PAGED = 1.0
"""What a page title counts against it, its site's name still on it or cut by a pack (see rank)."""
_ROLE_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,4}[（(][^）)]{1,6}[）)]$")
"""A field's name with its party's role (甲方（流出方）, 乙方（承租人）): the label of a form's field."""
_LISTING_NOTE = re.compile(r"[（(](?:范文|精选|通用|合集|汇编|推荐|优秀|最新|完整版|可编辑|[Ww]ord版|\d+篇"
                           r"|建议收藏|值得收藏|收藏版|必看|干货)"
                           r"[^（()）]{0,6}[)）]$")
_LISTING_WORD = re.compile(r"(?:范例|范文|模板|样例)(?:[（(][^（()）]{1,12}[)）])?$")
"""A listing's word for what it offers (支委会会议记录范例（2024年9月）): no author titles their document so."""


def _listing(bare: str) -> bool:
    """A listing's headline, by its note or its word for what it offers (…（范文）, …会议记录范例)."""
    return _LISTING_NOTE.search(bare) is not None or _LISTING_WORD.search(bare) is not None


_STUDY_END = re.compile(r"(?:研究|设计|设计与实现|分析|探究|探析|初探|浅析|浅谈|综述|探讨|评价|构建)$")
_COVER_LABEL = re.compile(r"^(?:[\u4e00-\u9fff]{2,20}(?:大学|学院|学校|研究院|研究所|党校))?[\u3000\s]*"
                          r"(?:(?:19|20)\d\d届)?"
                          r"(?:本科|专科|硕士|博士|研究生)?(?:毕业|学士学位|硕士学位|博士学位|学位)(?:论文|设计)"
                          r"(?:[（(](?:设计|论文)[)）])?$")
"""The label of a thesis's cover, who awards it and what kind it is (XX学院本科毕业论文（设计）), no subject."""
_ADOPTED = re.compile(r"^[（(]?(?:19|20)\d\d年\d{1,2}月\d{1,2}日.{0,24}?(?:通过|印发|发布|施行|修订|修正)[）)]?$")
"""A note of the date and the body that adopted a text, on a line of its own."""


_ISSUE_NUMBER = re.compile(r"[令告]第\d{1,4}号$")
_SLOGANED = re.compile(r"^[^\s—]{2,8} —— \S")


def score(text: str, index: int, nxt: str | None, opening: str | None = None) -> float:
    """How much one block reads as the document's title (as it will read: its markdown marks,
    which the title stage cuts, do not make it longer)."""
    s = tidy_title(text, 0)[0]
    unsited = strip_site(s)
    bare = "".join(unsited.split())
    n = len(bare)
    if n < 2 or n > 80:
        return -10.0
    v = 0.0
    if ends_with_type(_NOTE.sub("", bare)) or ends_with_type(bare) or ends_with_type(bare.partition("——")[0]):
        v += 3.0  # (a title with its subtitle: the type ends the title, 《乡土中国》读书笔记——差序格局…)
    elif len(bare) >= 8 and _STUDY_END.search(bare.partition("——")[0]):
        v += 2.0  # a study's subject and its kind of work (县域…配送路径优化研究, …系统设计与实现): a paper's title
    if 5 <= len(bare.partition("——")[0]) <= 45 and n <= 60:
        v += 1.0  # (a title's length: its subtitle's aside, 《…》创业计划书——第十四届“挑战杯”…参赛作品)
    elif n < 5:
        v -= 1.5
    elif n > 60:
        v -= 2.0
    inner = _SENTENCE.findall(_ASKED.sub("", s[:-1]))
    if s[-1] in "。；;，,、：:":
        v -= 4.0
    elif inner:
        # a headline's exclamation or question inside a short line ("…开始缴费！这些问题一次说清") is
        # less against it than a full stop or a clause mark: news and posts are titled so
        # (the longer, the likelier a headline than a short exclamation: 早稻抽穗在即！这份…技术要点请收好)
        v -= (0.5 if n >= 16 else 1.5) if n <= 40 and not set(inner) & set("。；;") else 4.0
    if m := re.search(r"[:：]\s*\S", unsited):  # (not a post's time stamp after it: 09:31:07)
        # a field ("甲方：某某公司", "项目名称：…"), not a title; a title and its subtitle apart by a colon
        # ("在职一年过四科：我的…备考经验") have more than a label's words before it
        if _ROLE_LABEL.search(unsited[:m.start()]):
            v -= 4.0  # a party to a contract and its role (甲方（流出方）：…): a form's first field
        else:
            v -= 2.5 if m.start() <= 6 or _SENTENCE.search(s) else 0.5
    unbracketed = BRACKETED_NOTE.sub("", s)  # (a note's commas are no clause: …煲仔饭（锅巴焦香，零失败）)
    commas = unbracketed.count("，") + unbracketed.count(",")
    if commas and not (commas == 1 and s[-1] in "？?" and n <= 40):
        v -= 1.5  # (a question asked in two clauses is a question's title: …辞退，能要求赔偿吗？)
    path = len(PATH_STEP.findall(s)) >= 2
    if path or _SITE_ROW.search(s):
        v -= 4.0
        if path:
            v -= 4.0  # a path down the site's sections (文库 ▪ 教育 ▪ 讲座讲稿), whatever it ends in
    if len(_CJK.findall(bare)) < 0.15 * n:
        v -= 3.0  # a code, a standard's number, a classification (ICS 91.140.40): not a Chinese title
    if unsited != s:
        v -= _PAGED  # a page title: the document's own, if there is one, is better
    if _SPACED.match(s) and not ends_with_type(bare):
        v -= 2.0  # a letter-spaced cover word (团 体 标 准) over the real title
    if _BYLINE.match(s):
        v -= 4.0  # who wrote it (文／周以宁…), under the title
    elif _MAKER.search(bare):
        v -= 2.0  # the body that compiled it (…厂史编写组, …编委会), under the title
    if book_section(s):
        v -= 1.0  # a textbook section's lesson (17.1 勾股定理（第1课时）教学设计): the document is about it
    elif read_marker(s) is not None or _BARE_NUMBERED.match(s):
        v -= 4.0  # an entry of a contents list or a numbered item (二、教材和资料, 1 历史沿革), not a title
    if s.startswith(("[图", "[头图", "[视频", "【图", "[音频")):
        v -= 4.0  # an image's caption under its placeholder ([头图] 图片仅作示意 · 设计：…), not a title
    if _BADGED.match(s) or s[0] in BAR_BADGES:
        v -= 4.0  # a site's badge or frame (📌 置顶公告, ※ 作者保留一切权利 ※, ── 1楼 ──): not a title
    if (m := _COUNTER_END.search(s)) and m.start() <= 8:
        v -= 3.0  # a menu's item with its count (通知(3), 消息（12）): not a title
    if s[0] in "（(" and s[-1] in ")）":
        v -= 2.5  # a note in brackets ("（槐安县农业技术推广中心　2024年5月）", "（试行）"): under a title
    if _listing(bare):
        v -= 1.5  # a listing's headline (…建房申请书（范文）, …预案(通用6篇)): the document's own title is plainer
    if _COVER_LABEL.match(bare):
        v -= 4.0  # a thesis's cover label (临川农商学院 / 本科毕业论文（设计）): its title is the subject under it
    if _SLOGANED.match(s):
        v -= 3.0  # a site's name and its slogan apart by a spaced dash (安备预案库 —— 企业应急预案范本与评审要点)
    if _ISSUE_NUMBER.search(bare):
        v -= 2.0  # the number of an order or notice (江屿市人民政府令第18号): what it is issued as, over its title
    if _ADOPTED.match(s):
        v -= 3.0  # when and by whom it was adopted (2024年3月12日村两委会议讨论通过): under a title
    if s.startswith(("——", "—", "--")):
        v -= 3.0  # a subtitle
    elif _BULLET.match(s):
        v -= 4.0  # an item of a list ("- 某某工作总结 .pdf", a site's related documents), not a title
    v -= 0.35 * index
    if nxt is not None:
        t = nxt.strip()
        # (the text may open a line further down, under the entry's short description of it)
        if names_subject(bare, t) or (opening is not None and names_subject(bare, opening.strip())):
            v += 3.0  # the subject the text opens on (永济桥 / 永济桥，位于…): an entry's title
        if len(t) >= 40 and not _SITE_ROW.search(t):
            v += 0.5  # running text follows
        if t.startswith(("——", "—")) and not _subtitle(s, t):
            v += 0.5  # a speech's occasion follows (a subtitle of its own joins it: see joins)
    return v


_COLUMNED = re.compile(r"^[^|｜\s]{2,12}[|｜][^|｜\s]{6,}$")


def columned(text: str) -> bool:
    """A post's headline led by its column's name (讲座回顾｜古籍修复：与时间对话的手艺): one bar between
    two runs without blanks and no other mark of a site's row (a page title's "X | 站名" has blanks, a
    menu "首页｜登录" its words). score counts the bar against it as a site's: a title of the document's
    own is better; where the page prints the line twice, as its tab and its headline, it is the title."""
    s = text.strip()
    return _COLUMNED.match(s) is not None and not _SITE_ROW.search(s.replace("｜", "").replace("|", ""))


def _tab_row(text: str) -> bool:
    """Three items or more apart by blanks, each a few characters (not a letter-spaced title's single ones)."""
    items = text.split()
    return len(items) >= 3 and all(2 <= len(t) <= _TAB_ITEM for t in items)


_TAB_ITEM = 10


def joins(first: str, second: str) -> bool:
    """Two lines that are one title: a long title wrapped ("…建设的" / "现实困境与优化路径"), a title
    over its bare type ("…服务项目" / "招　标　文　件", "XX区人民法院" / "民事判决书"), an issuer over
    "关于…的通知" or over a report of its own ("XX小学" / "…安全工作总结"), a note below it ("（试行）"), a
    subtitle ("——读《西游记》有感"); not a masthead ("…文件"), nor a speech's occasion ("——在…大会上的发言")."""
    a, b = first.strip(), second.strip()
    if not a or not b or len(a) > 40 or len(b) > 40 or b.startswith(a):
        return False  # (a line that begins by repeating the one above goes on no title of it)
    if _COVER_LABEL.match("".join(a.split())):
        return False  # a thesis's cover label over its title (本科毕业论文（设计） / 县域…研究): apart
    if b.startswith(("——", "—")):
        return _subtitle(a, b)
    if _COLON_SPLIT.match(a) and 6 <= len(b) <= 30 and not _SENTENCE.search(a + b) and not re.search(r"[:：]", b) \
            and b[-1] not in _NOT_TITLE_END and not _SITE_ROW.search(a + b):
        return True  # a headline set over two lines after its colon (…联赛第九轮： / 城东铁骑补时绝杀滨江联)
    if b.startswith("-") or _SENTENCE.search(a + b) or a[-1] in "，,：:" or _SITE_ROW.search(a + b):
        return False
    if _GAPPED.search(a) or not (a[0].isalnum() or a[0] in "（(“《【[〔"):
        return False  # a row of buttons (＋ 盯住TA　　私信), cells apart by wide gaps: no title's first line
    if _LONE_NUMBER.match(a):
        return False  # a number alone (1、, a site's chunk counter or a list's marker): no part of a title
    if _tab_row(a):
        return False  # a page's tabs apart by blanks (商品介绍　说明书　用户评价(418)　药师咨询) head no title
    ub = "".join(b.split())
    if _EDITION.match(ub) and not _SENTENCE.search(a):
        return True  # "…病历书写规范" over "（2024年修订版）", "（试行）": the title's own note
    if a.startswith("关于") and ends_with_type(_NOTE.sub("", ub)):
        return True  # "关于…有限公司" / "…相关事项的法律意见书": a 关于 title wrapped after a name
    if len(_CJK.findall(a)) < 0.5 * len("".join(a.split())):
        return False  # a code or a number ("P 47", "ICS 91.140.40") heads no title
    if _EXAM.search(a) and _SUBJECT.match(ub):
        return True  # an exam's name over its subject (…第二次模拟考试 / 思想政治): one title
    if ends_with_type("".join(a.split())) and not a.endswith("（") :
        return False
    if heads_issuer(a):
        # A masthead (…文件) is the preamble's; a title that names its body already does not take it twice.
        ua = "".join(a.split())
        return not ua.endswith("文件") and not _names(ub, ua) and (
            ub.startswith("关于") or ends_with_type(ub) or ends_with_type(_NOTE.sub("", ub))
            or ends_with_type(_PART_OF.sub("", ub)))  # (…有限公司 / 2023年年度报告摘要)
    if b.startswith("《") and ends_with_type(_NOTE.sub("", ub)):
        return True  # "2023年…资格考试" over "《经济法基础》真题（回忆版）": the subject's name goes on
    if 2 <= ub.find("——") <= 20 and len("".join(a.split())) >= 8:
        return True  # a long title wrapped before its subtitle ("基于…养老服务设施" / "空间布局评价——以…为例")
    return ends_with_type(ub) or ends_with_type(_NOTE.sub("", ub)) or a[-1] in "的与和及、暨之"


_PART_OF = re.compile(r"(?:摘要|全文|正文|节选)$")
"""What part of a document of a kind a title names after it (年度报告摘要)."""
# A headline's first part up to its colon, long enough to be no field's label (联系地址：) and no greeting
# (尊敬的各位家长：): a title goes on under it.
_COLON_SPLIT = re.compile(r"^(?!尊敬|亲爱|各位|致)[^：:\s，。；！？]{8,24}[：:]$")
# A note below a title: its edition or status (（2024年修订版）, （试行）, （征求意见稿）) or the years it
# covers (（2024—2027年）, a plan's), not a date or a kind.
_EDITION = re.compile(r"^[（(](?:[^（()）]{0,12}(?:试行|暂行|修订|修正|稿|草案|版|适用|专用|通用)[^（()）]{0,4}"
                      r"|第\s*[\d一二三四五六七八九十百]+\s*[期号]"
                      r"|(?:19|20)\d\d\s*[—–\-－~～至]\s*(?:19|20)?\d\d\s*年?(?:度)?)[)）]$")
# A speech's occasion under its title (——在…会议上的讲话, ——2024年1月10日在…): where, not what.
_OCCASION = re.compile(r"^[—\s]*(?:在|于|(?:19|20)\d\d\s*年\s*\d{1,2}\s*月)|会议|大会|会上|讲话|发言|致辞|报告会")
_DATED = re.compile(r"^[—\s]*(?:19|20)\d\d\s*年")  # (——2024年1月10日在…会议上: when it was delivered)


def _subtitle(title: str, sub: str) -> bool:
    """A subtitle that is part of the title (取经路上的“笨办法” / ——读《西游记》有感), not a speech's
    occasion (——在2023年教师节表彰大会上的发言) nor a rule drawn under it."""
    rest = sub.lstrip("—－- ")
    # a question or an exclamation may end the title ("为什么秋天的树叶会变色？" / "——从叶绿素…"); a
    # speech's kind ends its subtitle as a type ends a title ("——在…专题党课上的讲稿": the title's own)
    occasion = _OCCASION.search(sub) and (_DATED.match(sub) or not ends_with_type("".join(rest.split())))
    return (len(rest) >= 4 and not occasion and not _SENTENCE.search(title[:-1] + rest[:-1])
            and not _SITE_ROW.search(title + sub) and not heads_issuer(title))


def _headline(first: str, second: str, after: str | None) -> bool:
    """A headline over two lines at the top (a news item's "…开工建设" / "预计2026年建成投用"): two
    short lines that read as neither a sentence nor a site's row, with running text right after."""
    a, b = first.strip(), second.strip()
    if not a or not b or len(a) > 30 or len(b) > 30 or b.startswith(("—", "-")) or after is None:
        return False
    if b[0] in "（(" and b[-1] in ")）":
        return False  # "（槐安县农业技术推广中心　2024年5月）": a note on who and when, under the title
    if _SENTENCE.search(a + b) or a[-1] in "，,：:" or b[-1] in "，,：:" or _SITE_ROW.search(a + b):
        return False
    if heads_issuer(a) or ends_with_type("".join(a.split())) or re.search(r"[:：]", a + b) or _BADGED.match(a):
        return False
    body = after.strip()
    return len(body) >= 40 and bool(_SENTENCE.search(body))


_ECHOED = 5.0
"""What a candidate gains that a line of the site's names whole (its page title, a breadcrumb, a share
card: see names_whole): sites echo the document's title, whatever it reads like."""


def rank(texts: list[str], adjacent: list[bool] | None = None, paged: list[bool] | None = None,
         echoes: Sequence[tuple[str, bool]] = (), cut_under_first: bool = False,
         bylined: Sequence[bool] = ()) -> list[Candidate]:
    """Candidates among the first blocks (their texts), best first: each block, and each pair of
    consecutive blocks that joins into one title (`Candidate.span` 2; `adjacent[i]`: block i+1 follows
    block i directly; `paged[i]`: block i is a page title the site's name was cut from, which counts
    against it as the name would; `echoes`: the site's lines, without blanks, which may name the title,
    each with whether it is a page title, which may name it at its start: see names_whole;
    `cut_under_first`: the site's rows were taken out right under the first block; `bylined[i]`: a
    byline's row of the site's, when and by whom, was taken out right under block i)."""
    out = _ranked(texts, adjacent, paged)
    # (a page title among the candidates echoes the one under it: "陆清禾_360百科" over "陆清禾")
    heads = texts[:_MAX_CANDIDATES]
    echoes = [*echoes, *((unspaced(t), True) for k, t in enumerate(heads)
                         if (paged and paged[k]) or strip_site(t) != t.strip())]
    if echoes:
        # (a title over lines gains what any of its lines does: a site's record names its issuer, a
        # breadcrumb its type; so both a title and its own first line gain, and echoes do not part them)
        # (and a notice issuing the document named, 关于印发《X》的通知 over X: the site named the file)
        joined = "\n".join(e for e, _ in echoes)
        out += _echoed_pairs(texts, out, [e for e in echoes if e[1]])
        # (each line tried once; a title over lines from the last candidate on reaches two lines further)
        echoed = [_echoed(t, echoes, joined) for t in texts[:_MAX_CANDIDATES + 2]]
        named = [f"《{t.strip()}》" for t, e in zip(heads, echoed[:len(heads)], strict=True) if e]
        out = [replace(c, score=c.score + _echo_gain(c, texts, echoed, named, echoes, joined)) for c in out]
    # A post's headline led by its column (讲座回顾｜古籍修复：…) printed twice at the top, as its tab and as
    # its headline: the bar score counts against it is no site's there.
    out = [replace(c, score=c.score + _TWICE_COLUMNED) if c.span == 1 and c.index + 1 < len(texts)
           and texts[c.index + 1].strip() == c.text.strip() and columned(c.text) else c for c in out]
    # A line over the site's byline row with the text under it is the page's headline, where it stands (a
    # site's name or a group's above it is not, however title-like: 澎湃新闻 / 县城书店的第七年：… / 记者… 2024-03-17).
    over_byline = {(c.index, c.span) for c in out
                   if headlined(c, texts, bylined) and c.score >= _HEADLINE_LEAST - _BYLINED}
    out = [replace(c, score=c.score + _BYLINED) if (c.index, c.span) in over_byline else c for c in out]
    # The first line above the site's rows (its menu, a date row, taken out under it), where a headline
    # stands right over the text further down: the site's masthead (老周教车 —— 一个…教练的碎碎念), not the
    # document's title, which the text hangs from.
    if cut_under_first and adjacent is not None and any(
            c.index >= 1 and c.span == 1 and c.score >= _HEADLINE_LEAST
            and (_over_text(c.index, texts, adjacent) or (c.index, 1) in over_byline) for c in out):
        out = [replace(c, score=c.score - _MASTHEAD) if c.index == 0 and (0, c.span) not in over_byline else c
               for c in out]
    return sorted(out, key=lambda c: (-c.score, c.index))


_BYLINED = 2.0
_HEADLINE_CHARS = 8


def headlined(c: Candidate, texts: list[str], bylined: Sequence[bool]) -> bool:
    """The candidate stands over a byline's row the site's rules took out, with running text under that."""
    last = c.index + c.span - 1
    nxt = texts[last + 1].strip() if last + 1 < len(texts) else ""
    # (not a short name over it: the account that posted it, 金寨融媒, under its headline)
    return (last < len(bylined) and bylined[last] and len(unspaced(c.text)) >= _HEADLINE_CHARS and len(nxt) >= 20
            and _SENTENCE.search(nxt) is not None
            and not STOPS.search(c.text))  # (a headline may ask or exclaim, 孩子发烧39℃，是…观察？儿科医生教你…)



_MASTHEAD = 1.5
_HEADLINE_LEAST = -1.0


def _over_text(i: int, texts: list[str], adjacent: list[bool]) -> bool:
    """Block i stands right over the text's first paragraph: a sentence of running text under it."""
    nxt = texts[i + 1].strip() if i + 1 < len(texts) else ""
    own = texts[i].strip()
    # (not an image's caption among the paragraphs: ▲白沙湖渔场…光伏阵列（无人机拍摄）)
    return (adjacent[i] and len(nxt) >= 40 and _SENTENCE.search(nxt) is not None and not _SENTENCE.search(own)
            and not own.startswith(_CAPTION_LEAD))


_CAPTION_LEAD = ("▲", "△", "↑", "图", "（图", "(图", "[图")


_TWICE_COLUMNED = 4.0


_NAMED_WHOLE = 1.0
"""What a title over lines gains besides the echo where a site's line names the lines as one, marks
on both sides (…供水控制系统设计_毕业论文): over a cover's label above them ("本科毕业设计"), which the
echo of its lines would otherwise carry along, and over the first line alone, which a page title opens with."""


def _echo_gain(c: Candidate, texts: list[str], echoed: list[bool], named: list[str],
               echoes: Sequence[tuple[str, bool]], joined: str) -> float:
    if _listing(unspaced(c.text)):
        return 0.0  # (a listing's headline the page's title repeats: the site names its listing, not the text)
    # (not over an issuer above the lines, "槐安县人民医院" / "病历书写规范" / "（2024年修订版）": the
    # title is the issuer's too, however the page names the file)
    if c.span > 1 and not (c.index and heads_issuer(texts[c.index - 1])) and _echoed(
            c.text, echoes, joined, opening=False):
        return _ECHOED + _NAMED_WHOLE
    if (any(echoed[c.index:c.index + c.span]) or (c.span > 1 and _echoed(c.text, echoes, joined))
            or any(q in c.text for q in named)):
        return _ECHOED
    return 0.0


def _echoed_pairs(texts: list[str], ranked: list[Candidate], pages: Sequence[tuple[str, bool]]) -> list[Candidate]:
    """Two lines the site's page title names as one ("基于PLC的小区恒压供水控制系统设计_毕业论文" over
    the cover's "基于PLC的小区恒压供水" / "控制系统设计"): a title wrapped where no word says so (joins
    reads no type at its end), which the page's title joins. Two short lines without a sentence or a
    field between them; the pair is a candidate as joins' pairs are, and rank gives it the echo. (Only
    a page title: a record's field names a number's parts as one, 【发文字号】…政府令第18号.)"""
    if not pages:
        return []
    joined = "\n".join(e for e, _ in pages)
    paired = {c.index for c in ranked if c.span > 1}
    out = []
    for i, (a, b) in enumerate(pairwise(texts[:_MAX_CANDIDATES + 1])):
        if i in paired:
            continue  # (a blank or a row of the site's between them parts no pair the page title joins)
        ua, ub = unspaced(a), unspaced(b)
        if not (2 <= len(ua) <= 30 and 2 <= len(ub) <= 30) or re.search(r"[。！？!?；;:：，,]", ua + ub):
            continue
        if len(_CJK.findall(ua)) < 0.5 * len(ua):
            continue  # a code or a number ("DBJ/T 45-118-2023" over the name) heads no title, as in joins
        if ua + ub in joined and _echoed(a.strip() + b.strip(), pages, joined):
            nxt = texts[i + 2] if i + 2 < len(texts) else None
            out.append(Candidate(i, a.strip() + b.strip(), score(a.strip() + b.strip(), i, nxt) + 0.3, 2))
    return out


def _echoed(text: str, echoes: Sequence[tuple[str, bool]], joined: str, opening: bool = True) -> bool:
    """A site's line names `text` whole; not a page title itself, a file's name (X-新版.doc) echoed
    by the page's. (`joined`: the echoes joined, searched once in C before each is tried; `opening`:
    a page title may name it at its start, as names_whole allows.)"""
    name = unspaced(text)
    # (a short name set off by marks in a site's row, 高中 ▾　思想政治 ▾, is a menu's item, not the title's echo)
    # (nor the site's name a page title ends on, …停水通知_澄川水务集团有限公司: the page's own part names it)
    return (2 <= len(name) <= 48 and name in joined and strip_site(text) == text.strip()
            and any(names_whole(name, e, at_start and opening) and (not at_start or name in strip_site(e))
                    for e, at_start in echoes
                    if len(name) > _MENU_ITEM or (at_start and opening and e.startswith(name))
                    or f"《{name}》" in e or f"“{name}”" in e))  # (a work's name in its quotes, 《荷塘月色》)


def _ranked(texts: list[str], adjacent: list[bool] | None, paged: list[bool] | None) -> list[Candidate]:
    out = []
    for i, t in enumerate(texts[:_MAX_CANDIDATES]):
        nxt = texts[i + 1] if i + 1 < len(texts) else None
        after = texts[i + 2] if i + 2 < len(texts) else None
        below = after if nxt is not None and len(nxt.strip()) <= _DESCRIPTION and not _SENTENCE.search(nxt) else None
        out.append(Candidate(i, t, score(t, i, nxt, below) - (_PAGED if paged and paged[i] else 0.0)))
        # (a page title with the site's decorations, "… - 家装板块 - 观潮社区", is whole: it heads no line)
        # (nor is one document named twice, a header row over the cover's line: no title of both)
        pair = nxt is not None and strip_site(t) == t.strip() and not (paged and paged[i]) and (
            joins(t, nxt) or (i == 0 and _headline(t, nxt, after))) and not _named_twice(t, nxt)
        if nxt is not None and (adjacent is None or adjacent[i]) and pair:
            joined = t.strip() + nxt.strip()
            out.append(Candidate(i, joined, score(joined, i, after) + 0.3, 2))
            # a third line that joins the two: an issuer, its title and the title's edition note
            # ("槐安县人民医院" / "病历书写规范" / "（2024年修订版）"), a wrapped title and its subtitle
            third = texts[i + 3] if i + 3 < len(texts) else None
            if after is not None and (adjacent is None or adjacent[i + 1]) and _last_line(nxt, after):
                out.append(Candidate(i, joined + after.strip(), score(joined + after.strip(), i, third) + 0.4, 3))
        elif (nxt is not None and after is not None and (adjacent is None or (adjacent[i] and adjacent[i + 1]))
              and strip_site(t) == t.strip() and _heads_wrapped(t) and not _GAPPED.search(t.strip())
              and not _tab_row(t)
              and len(nxt.strip()) >= 4
              and not _COUNTER_END.search(after)
              and joins(nxt, after) and not _named_twice(nxt, after)):
            # a title over three lines, its first a name that is no title yet ("梧冈新区纬三路（经五路—经九路）"
            # / "道路及配套工程" / "竣工验收报告"); not a row of tabs over a title (原卷版　　解析版　　答题卡)
            whole = t.strip() + nxt.strip() + after.strip()
            third = texts[i + 3] if i + 3 < len(texts) else None
            out.append(Candidate(i, whole, score(whole, i, third) + 0.4, 3))
    return out


_EXAM = re.compile(r"(?:考试|测试|联考|检测|测评|月考|统考|质检|调研|模拟|练习|竞赛)$")
_SUBJECT = re.compile(r"^(?:语文|数学|英语|物理|化学|生物学?|历史|地理|思想政治|政治|道德与法治|科学|信息技术|通用技术"
                      r"|日语|俄语|文科综合|理科综合|文综|理综|综合)(?:试[题卷]|试题卷|答题卡|[（(][^（）()]{1,8}[)）])?$")
_MENU_ITEM = 4
"""A name this short, set off by marks in a site's row, is as likely one of its menu's items."""
_DESCRIPTION = 20
"""An entry's short description of its subject, between its title and its text, is no longer."""
_BARE_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[ \t\u3000]+[\u4e00-\u9fff]")
_BOOK_SECTION = re.compile(r"^\d{1,2}\.\d{1,2}[ \t\u3000]+[\u4e00-\u9fff]")


def book_section(text: str) -> bool:
    """A textbook's section numbered before a document's kind (17.1 勾股定理（第1课时）教学设计): a lesson's
    title, not a numbered heading of the text."""
    return _BOOK_SECTION.match(text) is not None and ends_with_type(text)

_DECORATION = 10
"""A site's copy of a title adds at most this many characters to it."""


def _heads_wrapped(text: str) -> bool:
    """A short line that may open a title wrapped over the lines under it: no sentence, no site's
    row, no field, not a title or a masthead of its own; shorter than four characters only as a place's
    name (岚湾镇 / 老旧小区改造项目推进会 / 会议纪要)."""
    a = "".join(text.split())
    place = len(a) >= 2 and a[-1] in "省市县区镇乡村"
    return ((len(a) >= 4 or place) and len(a) <= 30 and not _SENTENCE.search(a) and not _SITE_ROW.search(a)
            and not _COVER_LABEL.match(a)
            and not re.search(r"[:：，,]", a) and not ends_with_type(a) and not a.endswith("文件")
            and not _BADGED.match(text.strip()) and len(_CJK.findall(a)) >= 0.5 * len(a))


def _named_twice(a: str, b: str) -> bool:
    return len(a.strip()) >= 8 and len(b.strip()) >= 8 and same_title(a, b)


def own_copy(chosen: Candidate, ranked: list[Candidate], least: float) -> Candidate:
    """The document's own title below the one chosen, where the chosen names the same document with
    more on it (a site's page title "…检验规范（企业标准）" over the cover's "…检验规范", a header row
    "…网关　用户手册　V2.1" over "…网关用户手册"): the author's line, not the site's copy of it; or where
    the chosen is a cover's type letter-spaced and the title below ends in it."""
    mine = "".join(chosen.text.split())
    spaced = len(mine) >= 4 and len(chosen.text.strip()) - len(mine) >= 0.6 * len(mine)  # (letter by letter)
    for c in ranked:
        if c.score < least:
            break
        own = "".join(c.text.split())
        if spaced and c.index > chosen.index and own.endswith(mine):
            return c  # a cover's letter-spaced type (行 政 处 罚 决 定 书) over the title set in full below it
        if c.index >= chosen.index + chosen.span and c.span == 1 and own != mine and own in mine \
                and ends_with_type(own) and _listing(mine):
            return c  # a listing's headline (会计专业应届毕业生求职信范文（通用版）) over the sample's own (求职信)
        # (the rest is a decoration: an edition, a note, a version; not the title's own words)
        if c.index >= chosen.index + chosen.span and c.span == 1 and len(mine) - _DECORATION <= len(own) < len(mine) \
                and (mine.startswith(own) or mine.endswith(own)):
            # (the line with the issuer above it, where they read better as one: 沔江市临溪区人民法院 / 刑 事 判 决 书)
            return next((d for d in ranked if d.span > 1 and d.index < c.index < d.index + d.span
                         and d.score >= c.score), c)
    return chosen


def _last_line(second: str, third: str) -> bool:
    """`third` ends a title whose last line so far is `second`: its edition or status note, or its
    subtitle."""
    b = third.strip()
    if b.startswith(("——", "—")):
        return _subtitle(second, b)
    return bool(_EDITION.match("".join(b.split()))) and not _SENTENCE.search(second)


def page_titles(texts: list[str], chosen: Candidate, paged: list[bool] | None = None) -> list[int]:
    """Blocks above the chosen title that are the site's page title for it: a title too (no
    sentence in it), or one the site's name was cut from (`paged`). The title is the candidate's whole
    text: a title over two lines is compared whole, not by its first line."""
    own = chosen.text.strip()
    out = []
    for i in range(chosen.index):
        t = texts[i].strip()
        named = suffixed_title(t)
        # (a page title with its section and site after underscores is one, a headline's ？ in it or not:
        # "做胃镜前后要注意什么？一文讲清_健康科普_沅桥区人民医院")
        sectioned = named is not None and t.count("_") >= 2
        if _SENTENCE.search(t) and not sectioned:
            continue
        if (paged and paged[i]) or _LISTING_NOTE.search(unspaced(t)):
            # (naming the document otherwise, "家装施工合同（范本）" over its own "…施工合同"; a listing's
            # headline, "2025年餐厅燃气泄漏应急预案(通用6篇)", over the document it shows)
            out.append(i)
            continue
        # (the page's first line, its site's name after a spaced dash, is the page's title however its
        # headline reads: 十月共读回顾：在…，听一个民族的黄昏 - 槐树巷社区图书馆)
        suffixed = named is not None and len(named) >= 4 and (
            sectioned or score(named, 0, None) > 0 or (i == 0 and (" - " in t or " — " in t or "_" in t)))
        if (same_title(t, own) and (strip_site(t) != t or len(t) <= len(own) + 12)) or suffixed:
            out.append(i)  # (a page title naming the document otherwise, "… - 家装板块 - 观潮社区", is the site's too)
        elif i == 0 and _same_type(t, own):
            out.append(i)  # (the page's headline naming the case, 王某某危险驾驶一审刑事判决书, over the court's own)
    return out


def _same_type(a: str, b: str) -> bool:
    """Two titles ending in the same document type of three characters or more (…一审刑事判决书 and
    …人民法院刑 事 判 决 书), neither with a sentence in it."""
    ua, ub = unspaced(a), unspaced(b)
    k = 0
    while k < min(len(ua), len(ub)) and ua[-1 - k] == ub[-1 - k]:
        k += 1
    return k >= 3 and ends_with_type(ua[-k:]) and not _SENTENCE.search(ua) and ua != ub


def _names(title: str, issuer: str) -> bool:
    """The title opens with the issuer's name, or its short form (XX中学 under 青川市XX中学)."""
    return title.startswith(issuer[-4:]) or title.startswith(issuer[:4])


def heads_issuer(text: str) -> bool:
    """An issuing body on its own line ("XX市教育局") that may head the title below it."""
    return bool(ISSUER_END.search(text.strip())) and len(text.strip()) <= 30

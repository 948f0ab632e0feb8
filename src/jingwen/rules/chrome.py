"""The generic chrome layer: tells a site's chrome (navigation, metadata rows, widgets, notices,
download prompts) from the document's own lines by what a line is and where it stands, on every
document, whatever site it came from.

Two logistic models, fitted on labelled lines (`tools/fit_chrome.py` writes `chrome_model.json`):
- per line, features of its text (length, sentence punctuation, function words, site vocabulary,
  menu shape, counts with units, key: value fields, URLs and markup, numbering markers);
- per line again, its first score beside its neighbours' scores and its place in the document
  (chrome comes in blocks at the head and the tail, and in blocks inserted mid-body).
Vocabulary and weights are data (the JSON file); this module only computes the features. Each line
the second model takes for chrome is removed with a rule id naming what kind of chrome it mostly
is (`generic.chrome.nav`, `.meta`, `.notice`, `.widget`, `.markup`, `.block`).
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import compress, repeat
from operator import is_not
from typing import TypeVar

from ..text.doctypes import BYLINE as _CREDIT
from ..text.doctypes import DOC_TYPES, FILE_TYPES, bare_title, ends_with_type, strip_site
from ..text.lines import (
    MASTHEAD_RULE,
    PAGE_TITLE_RULE,
    QUESTION_RULE,
    lines_matching,
    names_subject,
    names_whole,
    unspaced,
)
from ..text.markers import read_marker, starts_with_marker
from ..text.punct import ASKED_INSIDE, BADGE_COUNT, BAR_BADGES, BLANK_FIELD
from ..text.punct import CJK as _CJK
from ..text.punct import PICTOGRAPH as _PICT
from ..text.punct import PICTOGRAPH_CLASS as _PICT_CLASS
from ..text.punct import SENTENCE_END as _SENTENCE_END
from ..text.punct import STOPS as _STOPPED
from .copies import RULE as COPY_RULE
from .repeats import HEADER_RULE

T = TypeVar("T")
_MODEL_FILE = "chrome_model.json"
_SOLID_LOG = math.log1p(14)
# A whole line this long is text, whatever words it holds: chrome glued into it is a fragment rule's
# job, and flattened documents are a single such line.
MAX_CHROME = 150
# A line of running text (see _runs_on): a title rarely holds a clause mark or runs this long.
_RUNNING_LEN = 36
MIN_TEXT = 300
"""A document of fewer characters than this (blanks aside), where the packs found no chrome and cut
no trailer, is left alone: the second model judges a line by its neighbours and its place among the
document's lines, and a scrap of a few lines gives it too little to judge by (its finds there change
with every line taken away, so the clean text cleaned again would lose more). The count only shrinks
from an input to its clean text, where the packs find nothing: a scrap left alone stays so."""

# Sentence punctuation inside a line: content sentences are full of it, chrome rows have little.
_PUNCT = frozenset("，。；！？、,;!?")
_END = tuple("。！？；.!?;…")
_CLOSE = "”’」』）)】》\"'"
# Characters that are (almost always) function words in running Chinese text.
_FUNCTION = frozenset("的了是在和与对为将等及也都而被把就着向从以之所其并或由于要更还已可时有不这该此每各")
_PUNCT_RE = re.compile("[" + "".join(sorted(_PUNCT)) + "]")
_FUNCTION_RE = re.compile("[" + "".join(sorted(_FUNCTION)) + "]")
_DIGIT = re.compile(r"\d")
_LATIN = re.compile(r"[A-Za-z<{]")
# Bars a page draws between its items: ASCII and full-width, box drawing (│┃┆┊╎║), ¦ ∣ ︱ and 丨.
_BARS = "|｜│┃┆┇┊┋╎╏║¦∣︱丨"
_SEP = re.compile(rf"\s*[{_BARS}/>＞»›→·•]\s*|\s+")
_QUOTED = re.compile(r"“[^”]{1,30}”|《[^》]{1,30}》")
_MARK_SEP = re.compile(rf"[{_BARS}/>＞»›→·•]")
# A count with its unit (2,316 人赞同, 4次下载, 58KB, 3页), and a counter after its word (阅读(286),
# 评论（3）, 博客访问:89,213, 热度 8.2k) or a price (年卡 ¥99).
_COUNT_LED = (r"\d[\d,.]*\s*(?:万|w|W)?\s*(?:人(?:已)?(?:阅读|下载|浏览|收藏|评价|关注|点赞|看过|赞同|赞过|喜欢"
              r"|参与|想看|推荐|觉得有用|回答)|次(?:阅读|下载|浏览|播放)?|下载券|积分|金币|币|分(?![之钟])|页(?!面)|[KkMmGg]i?[Bb]|字|条评论|赞"
              r"|[个条](?:回答|答案|回复)"
              r"|阅读|浏览|下载|收藏)")
_COUNT_AFTER = (r"[¥￥]\s*\d|(?:阅读|浏览|评论|收藏|转载|点赞|下载|喜欢|分享|回复|访问|人气|积分|粉丝|关注|热度"
                r"|阅|藏|赞)\s*(?:[（(:：]\s*\d|\d[\d,.]*\s*[万wWkK](?![A-Za-z]))"
                # (or a bare count between a row's fields: …　阅读 412　转存 23)
                r"|(?:阅读|浏览|评论|收藏|转存|转藏|转载|点赞|回复|访问)[ \t\u3000]\d[\d,.]*"
                r"(?=$|\u3000|[ \t]{2,}|[ \t]+(?:阅读|浏览|评论|收藏|转存|转藏|转载|点赞|回复|访问|分享|赞))"
                # the icons a page puts for views, likes and comments before their count (👁 3.6万, 💬 96)
                "|[\U0001F440\U0001F441\U0001F44D\U0001F4AC\u2764\u2665\u2b50\U0001F525\U0001F44F]\ufe0f?\\s*\\d")
_COUNT = re.compile(_COUNT_LED + "|" + _COUNT_AFTER)
_RATING = re.compile(r"[★☆]{3,}|\d(?:\.\d)?\s*分")
_DATE = re.compile(r"(?:19|20)\d\d[-./年]\s*\d{1,2}(?:[-./月]\s*\d{1,2})?|\d{1,2}:\d\d")
_BRACKET_FIELD = re.compile(r"【[^】\n]{1,8}】[ \t\u3000]*[^。；！？，,\s][^。；！？，,\n]{0,40}$")
_KV = re.compile(r"(?:^|[\s|｜│┃,，;；])[\u4e00-\u9fffA-Za-z]{1,5}\s*[:：]\s*\S")
_URL = re.compile(r"<\s*/?\s*[a-zA-Z]+[\s>]|document\.|\bvar\s|\bfunction\b|\{\s*$")
# A bare host name (a site's footer or watermark: "lanmodoc.cn ©2024"), not a link to a page.
_HOST = re.compile(r"(?<![/\w.])(?:www\.)?[a-z0-9-]{2,}\.(?:com|cn|net|org)(?:\.cn)?(?![/\w.])", re.IGNORECASE)
_STAMP = re.compile(r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s*(?:\d{1,2}:\d{2}|[·・•]\s*[\u4e00-\u9fff]{2,3}$)")
# A reader's comment: a name, a colon, what they said, and when (水务小王：写得很清楚！ 11-07 / 3天前).
_SIGNED = re.compile(r"^[^\s：:，。]{1,16}[：:].{2,}\s(?:\d{1,2}-\d{1,2}|(?:19|20)\d\d-\d{1,2}-\d{1,2}"
                     r"|\d+\s*(?:分钟|小时|天)前|昨天|刚刚)(?:\s+(?:回复|采纳|举报|点赞|赞))?$")
# A comment's likes or its writer's region at a line's end (…看齐赞 5, 赞 3, 周末也在学习的老党员　江苏): the
# lines beside it are comments and replies too.
_PROVINCES = ("(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南"
              "|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)")
_LIKED = re.compile(r"(?:👍|赞|♡|♥|❤️?)\s*(?:\d+|[（(]\d+[)）])$|[ \t\u3000]" + _PROVINCES
                    + r"(?:[ \t\u3000]+\d{1,6})?$")  # (its likes after the region: 橘子汽水　　山东　　12)
# A comment's day and region under it (04-29江苏, 湖南 8月21日), or its writer, their place in brackets and
# the time (江南小茶壶 [浙江临江] 02-26 08:12).
_DAY = r"(?:\d{1,2}-\d{1,2}|\d{1,2}月\d{1,2}日)"
_DAY_REGION = re.compile(r"^(?:" + _DAY + r"\s*" + _PROVINCES + "|" + _PROVINCES + r"[ \t\u3000]*" + _DAY
                         + r"(?:\s+\d{1,2}:\d\d)?|[^\s，。：:]{1,24}[ \t\u3000]+"
                         r"[\[［【(（][\u4e00-\u9fff]{2,8}[\]］】)）][ \t\u3000]*" + _DAY + r"(?:\s+\d{1,2}:\d\d)?)$")
# A reader, their region and what they said on one line (小雨同学　云南　今年…多少分？).
_REGIONED = re.compile(r"^[^\s，。：:]{1,16}[ \t\u3000]+" + _PROVINCES + r"[ \t\u3000]+\S")
# An item of a list of other pages: opened by a bullet, or closed by its date or its count of answers
# (· 市消保委发布春季家装消费提示　03-06, » 试用期被辞退有没有经济补偿？（12 个回答）); under a trailer,
# no text of the document's.
_LISTED = re.compile(r"^[·•»›▸▶◦]\s?|\s(?:\d{1,2}-\d{1,2}|(?:19|20)\d\d-\d{1,2}-\d{1,2})$"
                     r"|[（(]\s*\d+\s*(?:个|条|篇|人|次)[\u4e00-\u9fff]{0,3}\s*[)）]$"
                     # or a site's notice under them (律答吧提示：…, 本站声明：…)
                     r"|^[\u4e00-\u9fffA-Za-z]{2,8}(?:提示|声明|须知)[:：]"
                     # a reply (└ 韩立 …), or a comment opened by its name and date (刘海涛（苍梧仓）2025-01-08：…);
                     # one closed by its likes is _LIKED's
                     r"|^[└↳┗]|^[^\s：:，。]{1,20}\s*(?:19|20)\d\d-\d{1,2}-\d{1,2}\s*[：:]")
# A page's address alone on a line, scheme dropped (m.xipao.run/event/news/8812): any top-level domain
# once a path follows it.
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$|^<[^>]*>$|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}/\S+$")
_MARKER = re.compile(
    r"^(?:\[\d{1,3}\]|第[一二三四五六七八九十百零〇\d]+[章节条编部篇]|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]"
    r"|\d+(?:[.．]\d+)*[.．、]?\s*[\u4e00-\u9fff]|[①-⑳]|[A-Da-d][.．、])"
)
# A file's name, a thumbnail's caption, or a listed document's format in brackets (…（PDF，12页）).
_FILENAME = re.compile(rf"\.{FILE_TYPES}\b|[_-]第\d+页$|[（(\[【]\s*{FILE_TYPES}\s*[,，)）\]】]", re.IGNORECASE)
_CAPTION = re.compile(r"[_-]第\d+页$")  # a thumbnail's caption ("<title>_第2页"), not a file name
# A line that announces what follows as the author's own: a list after a colon, an appended table.
_ANNOUNCES = re.compile(r"(?:[:：]|如下|下表|附表|一览表|速查表|明细表)$|^附\s*[表件录]?\s*[:：]")
_ANNOUNCE_ENDS = frozenset(":：下表")
"""The last characters _ANNOUNCES can end on (tested first: the regex is for the few lines that can match)."""
_TEXT_LOGIT = -2.0
"""A solid line the first model scores below this is running text for certain."""
_FRAMED_LOGIT = 0.3
"""A framed or badged line the first model scores at least this is a site's wherever it stands (at 1.0
it let framed ads through mid-body: ▷ …新用户首月只要1元 ◁ scores 0.33; an author's framed slogan or
note scores below 0)."""
_AFTER_TRAILER = 3.0
"""The first score given to the (cut) trailer beyond a document's last line: a sure line of chrome."""
_OWN_LOGIT = 3.0
"""A line the first model scores at least this, above or under the text, is chrome by itself."""
_PLAINLY_SITE = 8.0
"""A first score no row of an author's announced list reaches (【下载本范本】 Word版 免费 ｜ 律师精修版 ¥9.9)."""
_SURELY = 0.95
"""A line the models score this high is the site's by what it reads as, whatever its neighbours."""
_UNSURE = 0.15
"""A line scored at least this, next to a chrome block at the document's edge, joins the block."""
_LEANS = 0.5
"""A line the second model scores at least this leans to chrome."""
_MENU_ROW = 30
"""A row of the site's widgets is no longer than this (a sentence of the text may lean to chrome too)."""
_TOPIC_SPREAD = 0.4
"""A document's subject word recurs over at least this share of its lines."""
# Buttons in brackets, standing apart ([ 发送 ]　[ 转为Word ], 【收藏】): a citation ([1], [J]) is no
# such item, nor a template's blank inside its sentence (招标编号为[招标文件编号]的…).
_BUTTON = re.compile(r"(?<![^\s|｜/·•\]】〕］])[\[【〔［]\s*(?!\d+\s*[\]】〕］])"
                     r"[^\[\]【】〔〕［］\s][^\[\]【】〔〕［］]{0,11}?\s*[\]】〕］](?=[\s|｜/·•\[【〔［]|$)")
# A short text framed by runs of one symbol (～～ 免费试读到这里 ～～, ┈┈ 广告 ┈┈, —— 转载须知 ——), or by
# one symbol apart from it on each side (※ 本文由OCR识别生成… ※).
_FRAMED = re.compile(r"^([^\w\s])\1+.*\w.*([^\w\s])\2+$|^([^\w\s（(“《【\[])\s.*\w.*\s\3$"
                     r"|^[┌┏╭╔][─━═]*\s.*\w.*\s[─━═]*[┐┓╮╗]$|^[┌┏╭╔][─━═]*\s[^┐┓╮╗]{1,12}[─━═]*[┐┓╮╗]\s"
                     # or by a mirrored pair (▷ …新用户首月只要1元 ◁), or opened by a mark it repeats between
                     # its parts (◈ 农资直供 ◈ …包邮 ◈ 咨询热线见详情页)
                     r"|^(?:▷\s.*\w.*\s◁|◁\s.*\w.*\s▷|▶\s.*\w.*\s◀|◀\s.*\w.*\s▶|«\s.*\w.*\s»|‹\s.*\w.*\s›"
                     r"|≺\s.*\w.*\s≻|⸨\s.*\w.*\s⸩|⟬\s.*\w.*\s⟭|❮\s.*\w.*\s❯|⟨\s.*\w.*\s⟩)$"
                     r"|^([^\w\s（(“《【\[\-—–·•.…*#>|｜/])\s\S.*\s\4\s.*\S\s\4\s\S")
# Dots where text was cut, or a rule drawn across the page (………, ————————).
_DOTS = re.compile(r"^[.…·。・\-—–─━=＝~～*＊_\s]{3,}$")
# A document's number (文号): X政办发〔2024〕15号, 清衡律意字〔2024〕第037号.
_DOC_NUMBER = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,12}\s*[〔［\[(（]\s*(?:19|20)\d\d\s*[〕］\])）]"
                         r"\s*第?\s*\d{1,4}\s*号$")
# Code: mostly ASCII letters among the operators and quotes of a command line or a program.
_CODE_MARK = re.compile(r"[;=(){}\"'$<>|/\\]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
# What marks a line as possibly a site's: menu marks, links, wide gaps, pictographs; then (kept apart:
# in one alternation `re` could no longer skip ahead to a first character) buttons in brackets
# standing apart and two field labels in 【】, and a line opened by a run of one symbol (～～, ┈┈).
# (Written as one class of every first character, the alternatives after it each behind a
# lookbehind of its own first characters: the same lines match, and `re` skips ahead to a first
# character instead of trying the alternation at every one.) A price and a WeChat contact too.
_MARK_CHARS = "★☆" + _BARS + ">＞›»·•→◆◇▶▷►▸∙／\t¥￥" + _PICT_CLASS[1:-1]
_MARKS = re.compile(rf"[{_MARK_CHARS}hw.\u3000微扫二](?:(?<=[{_MARK_CHARS}])|(?<=h)ttps?:|(?<=w)ww\."
                    r"|(?<=\.)(?:com|cn|net)\b|(?<=\u3000)\u3000|(?<=微)信|(?<=扫)码|(?<=二)维码)")
# A breadcrumb's spaced slash (剧本库 / 相声 / 对口相声): a literal, searched on its own (in the
# alternation above it made `re` try every blank).
_SLASHED = re.compile(" / ")
# A menu of short names apart by single wide blanks (医院概况　就医指南　科室一览　名医团队), and a page title
# with its section and site after underscores (…一文讲清_健康科普_沅桥区人民医院): marks of a site's line too.
_SPACED_MENU = re.compile(r"^(?:[^\s，。；！？、,.;!?]{2,6}[ \t\u3000]+){3,}[^\s，。；！？、,.;!?]{2,6}$", re.MULTILINE)
_BRACKET_LINE = re.compile(r"^[\[［【〔][^\]］】〕\n]{1,10}[\]］】〕]$", re.MULTILINE)
"""A line that is one word in brackets (［ ✓ 我已阅读 ］, 【答案】): measured, a button's or a label's."""
# An item of a list of posts, its age after a wide gap (…一讲就是三十年　　3天前): a site's list, not a sentence.
_AGED = re.compile(r"[ \t\u3000]{2,}(?:\d{1,3}\s*(?:秒|分钟|小时|天|周|个月)前|昨天|前天|刚刚)$", re.MULTILINE)
_UNDERSCORED = re.compile(r"_[^\s_，。；！？]{2,20}_[^\s_，。；！？]{2,12}$", re.MULTILINE)
# A button's icon: an arrow, a geometric or technical symbol, a dingbat or an emoji, not a form's box
# (☐ 同意 ☑ 不同意 is a ballot). (Ranges, not "any mark": a class of a few blocks scans fast. The
# class first and the ballot's boxes ruled out behind it: a pattern that opens on a class, `re` skips
# ahead to where it matches; one that opens on a lookahead it tries at every character, 3x slower.)
_ICON_CLASS = r"[\u2190-\u245f\u2500-\u2bff\U0001f000-\U0001faff]"
_ICON = _ICON_CLASS + r"(?<![☐☑☒□■✓✔✗✘])"
# A run of icons: its first no box, the rest any ((?![☐…])[…]+ as it was written before).
_ICONS = rf"{_ICON}{_ICON_CLASS}*"
_ICON_WORD = re.compile(rf"({_ICONS})\s*[\u4e00-\u9fff]{{1,6}}")
_ICON_CHAR = re.compile(_ICON)  # (most documents have none: the row is sought only where one is)
# Three words after icons in a row: a toolbar, chrome inside the body too (see _toolbar). ((?:X){3}
# written X(?:X){2}: the pattern opens on the icons' class.)
_ICON_WORDED = rf"{_ICONS}[ \t\u3000]*[\u4e00-\u9fff]{{1,6}}[ \t\u3000]*"
_ICON_ROW = re.compile(rf"{_ICON_WORDED}(?:{_ICON_WORDED}){{2}}")
_BRACKETED = re.compile(r"[\]】］〕【](?:(?<=[\]】］〕])[ \t\u3000|｜]*[\[【［〔][^\]】］〕\n]{1,12}[\]】］〕]"
                        r"|(?<=【)[^】\n]{1,8}】[^\n]*【)")  # (one first character's class, as _MARKS)
# (and a line framed by one symbol, ※ 本文由OCR识别生成… ※: the sentence inside reads as text, the
# frame not; each alternative after a line break, which `re` finds fast).
_RUN_OPENED = re.compile(r"\n(?:([^\w\s])\1|([^\w\s（(“《【\[])[ \t\u3000][^\n]*[ \t\u3000]\2(?=\n|$)"
                         r"|[┌┏╭╔][─━═]*[ \t\u3000][^\n]*[┐┓╮╗](?=\n|$|[ \t\u3000]))")
_BUTTON_END = (">>", "＞＞", "›", "»", "→")
_SEP_AT = re.compile(rf"[\s{_BARS}/>＞»›→·•]")
"""What each separator of _SEP holds: a line without any is one item."""
_BUTTON_OPEN = re.compile(r"[\[【〔［]")
_TYPE_CLOSE = ")）]】"
_TYPE_ENDS = frozenset(t[-1] for t in DOC_TYPES)
_ARROW = re.compile(r"(?:>>|＞＞|》》|更多|展开|收起|查看全部|\.\.\.$|…$)")


@dataclass(frozen=True)
class Model:
    vocab: dict[str, re.Pattern[str]]
    """Feature name → an alternation of the words of one vocabulary list."""
    items: dict[str, frozenset[str]]
    """Feature name → the same words, to tell a line's items that are one of them."""
    line_w: dict[str, float]
    line_b: float
    ctx_w: dict[str, float]
    ctx_b: float
    threshold: float
    ngrams: dict[str, float] = field(default_factory=dict)
    """Character pair → its weight of evidence for chrome, counted in documents (see ngram_score)."""
    cache: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    """Features of lines met before (see _measured)."""


@lru_cache(maxsize=1)
def load_model() -> Model:
    raw = json.loads(resources.files(__package__).joinpath(_MODEL_FILE).read_text(encoding="utf-8"))
    vocab = compile_vocab(raw["vocab"])
    return Model(vocab, items_of(raw["vocab"]), raw["line"]["weights"], raw["line"]["bias"], raw["context"]["weights"],
                 raw["context"]["bias"], raw["threshold"], raw.get("ngrams", {}))


_DIGITS_AS_ZERO = str.maketrans("123456789１２３４５６７８９", "000000000000000000")
_NOT_WORD = re.compile(r"[\W_]+")


def word_chars(s: str) -> str:
    """A line's letters, ideographs and digits (digits as 0), run together: what its pairs are read from
    (marks and frames have features of their own)."""
    return _NOT_WORD.sub("", s).translate(_DIGITS_AS_ZERO)


def ngram_score(s: str, ngrams: dict[str, float]) -> float:
    """The mean weight of a line's character pairs (see word_chars): a vocabulary learnt from labelled
    lines, in pieces, so that a site's wording no list holds ("本站文档由网友上传") still counts by
    the pairs it shares with other sites' rows (本站, 网友, 上传)."""
    c = word_chars(s)
    if len(c) < 2 or not ngrams:
        return 0.0
    get = ngrams.get
    return sum([get(c[i:i + 2], 0.0) for i in range(len(c) - 1)]) / (len(c) - 1)


def _cases(words: list[str]) -> list[str]:
    """Each word as written, in lower and in upper case (VIP, vip): matched case-sensitively, since
    re's IGNORECASE makes a scan of Chinese text several times slower."""
    return list(dict.fromkeys(v for w in words for v in (w, w.lower(), w.upper())))


def compile_vocab(words: dict[str, list[str]]) -> dict[str, re.Pattern[str]]:
    return {name: re.compile("|".join(map(re.escape, sorted(_cases(w), key=len, reverse=True))))
            for name, w in words.items() if not name.startswith("_")}


def items_of(words: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    return {name: frozenset(x.lower() for x in w) for name, w in words.items() if not name.startswith("_")}


# An item's count or state after its word: 收藏(3), 评论 12, 献花（0）, 点赞+1.
_ITEM_TAIL = re.compile(r"[\s(（\[【:：+]*[\d.,万wW+]*[)）\]】]*$")


def line_features(s: str, vocab: dict[str, re.Pattern[str]], words: dict[str, frozenset[str]],
                  topic: frozenset[str] = frozenset(), ngrams: dict[str, float] | None = None) -> dict[str, float]:
    """The features of one stripped, non-empty line's text; site words in `topic` do not count."""
    c = "".join(s.split())
    n = max(len(c), 1)
    cjk = len(_CJK.findall(c))
    # A name in quotes or book-title marks is one item, whatever it holds (“情暖重阳·爱在溪桥”).
    named = _QUOTED.sub("名", s) if "“" in s or "《" in s else s
    items = [t for t in _SEP.split(named) if t] if _SEP_AT.search(named) else [named]
    short_items = sum(1 for t in items if len(t) <= 6)
    end = c.rstrip(_CLOSE)
    digits = _DIGIT.search(s) is not None
    latin = _LATIN.search(s) is not None  # links, hosts, file names, codes need Latin letters
    # (What some patterns below need before they can match, tested first by cheaper means: a line
    # opened by a letter or a digit is not framed, nor dots; a button needs its bracket; a host its
    # dot; a file name without Latin letters is a thumbnail's caption, "…_第2页".)
    lead = s[:1].isalnum()
    f = {
        "len_log": math.log1p(n),
        "short": float(n <= 6),
        "long": float(n >= 30),
        "punct": len(_PUNCT_RE.findall(c, 0, len(c) - 1)) / n,
        "end": float(end.endswith(_END)),
        "func": len(_FUNCTION_RE.findall(c)) / n,
        "cjk": cjk / n,
        "digit": len(_DIGIT.findall(c)) / n if digits else 0.0,
        # Short items split by | / > (a menu, a breadcrumb); split by blanks alone they may be a table row.
        "menu": float(len(items) >= 3 and short_items >= 0.7 * len(items) and bool(_MARK_SEP.search(s))),
        "spaced": float(len(items) >= 3 and short_items >= 0.7 * len(items)),
        "items_log": math.log1p(max(len(items) - 1, 0)),
        "count": (min(len(_COUNT.findall(s)), 4) / 2 + (0.5 if _AGED.search(s) else 0.0)) if digits else 0.0,
        "rating": float("★" in s or "☆" in s or (digits and "分" in s and bool(_RATING.search(s)))),
        "date": float(digits and bool(_DATE.search(s))),
        "kv": min(len(_KV.findall(s)), 4) / 2 if ("：" in s or ":" in s) else 0.0,
        # Markup and script residue; a URL with text around it is as often a cited source as a link.
        "url": float(latin and bool(_URL.search(s))),
        "host": float(latin and "." in s and bool(_HOST.search(s))),
        "url_only": float(latin and bool(_URL_ONLY.match(s))),
        "marker": float(bool(_MARKER.match(c))),
        # A record's field in brackets (【制发机关】沣洲市人民政府, 【实施日期】2025.06.12): a database
        # page's rows; a document's own (【答案】B, 【规格】100ml) stand under its title, not above it.
        "bracket_field": float(s[:1] == "【" and bool(_BRACKET_FIELD.match(s))),
        "filename": float((latin or (digits and "第" in s)) and bool(_FILENAME.search(s))),
        "arrow": float(bool(_ARROW.search(s))),
        "pict": min(len(_PICT.findall(s)), 3) / 3,
        "pict_lead": float(bool(_PICT.match(s))),
        "buttons": min(len(_BUTTON.findall(s)), 4) / 2 if _BUTTON_OPEN.search(s) else 0.0,
        "framed": 0.0 if lead else float(bool(_FRAMED.match(s))),
        "dots": 0.0 if lead else float(bool(_DOTS.match(s))),
        # Letter-spaced words (书　记　员, 总　　则): a document's own signature or heading, set so.
        "letterspaced": float(len(items) >= 3 and sum(len(t) == 1 for t in items) >= 0.7 * len(items)),
        "code": float(latin and cjk < 0.2 * n and len(_ASCII_LETTER.findall(c)) >= 0.4 * n
                      and len(_CODE_MARK.findall(c)) >= 2),
    }
    if f["code"]:  # a pipe and short words in a command line are no menu
        f["menu"] = f["spaced"] = 0.0
    # A type word ends the line: its tail is enough (and its last character, after any closing
    # brackets, one that ends a type word).
    f["doctype"] = float(s.rstrip().rstrip(_TYPE_CLOSE)[-1:] in _TYPE_ENDS and ends_with_type(s[-16:]))
    f["markdown"] = float(s.startswith("#"))
    f["ngram"] = ngram_score(s, ngrams) if ngrams else 0.0
    hits = _vocab_hits(s, vocab, topic)
    # (An item that does not open as a word does is none once its count is cut: None stands for it.)
    firsts = _firsts(words) if hits else frozenset()
    bare = [_ITEM_TAIL.sub("", t).lower() if t[0].lower()[:1] in firsts else None for t in items] if hits else []
    for name in vocab:
        h = hits.get(name, 0)
        f[name] = min(h, 4) / 2
        f[name + "_density"] = min(h * 4 / n, 1.0)
        known = words.get(name, frozenset())
        f[name + "_item"] = sum(b in known for b in bare) / len(bare) if bare and h else 0.0
    return f


def _vocab_hits(s: str, vocab: dict[str, re.Pattern[str]], topic: frozenset[str] = frozenset()) -> dict[str, int]:
    """How many words of each vocabulary the line holds, in one scan of it (longest word first)."""
    pattern, family = _combined_of(vocab)
    out: dict[str, int] = {}
    for m in pattern.finditer(s):
        word = m.group(0).lower()
        if word in topic:
            continue
        name = family[word]
        out[name] = out.get(name, 0) + 1
    return out


_BY_DICT: dict[tuple[str, int], tuple[dict, object]] = {}


def _of_dict(kind: str, d: dict, make: Callable[[], T]) -> T:
    """What `make` builds from the dict `d` (not changed once built), remembered by the dict itself:
    an lru_cache would hash its contents (re hashes a pattern's whole code) on every line, which
    cost more than the line's scan."""
    hit = _BY_DICT.get((kind, id(d)))
    if hit is None or hit[0] is not d:
        if len(_BY_DICT) >= 32:
            _BY_DICT.clear()
        hit = _BY_DICT[(kind, id(d))] = (d, make())
    return hit[1]  # type: ignore[return-value]


def _combined_of(vocab: dict[str, re.Pattern[str]]) -> tuple[re.Pattern[str], dict[str, str]]:
    """_combined of a vocabulary."""
    return _of_dict("combined", vocab, lambda: _combined(tuple(vocab.items())))


def _firsts(words: dict[str, frozenset[str]]) -> frozenset[str]:
    """The first characters of the words of every list."""
    return _of_dict("firsts", words, lambda: frozenset(w[:1] for known in words.values() for w in known))


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of `words`, longest first, written as a trie (衣(?:服|架)?, not
    衣服|衣架|衣): re tries an alternation's branches one by one at each place in the text, a
    trie's at most once per character, so a scan of a document for a few hundred words costs
    a third less."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branches(root) if root else "(?!)"


def _branches(node: dict[str, dict]) -> str:
    ends = "" in node
    leaves = sorted(ch for ch, sub in node.items() if ch and list(sub) == [""])
    alts = [re.escape(ch) + _branches(sub) for ch, sub in sorted(node.items()) if ch and list(sub) != [""]]
    if leaves:
        alts.append(re.escape(leaves[0]) if len(leaves) == 1 else "[" + "".join(map(re.escape, leaves)) + "]")
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 and (ends is False or len(alts[0]) == 1 or alts[0].startswith("[")) \
        else "(?:" + "|".join(alts) + ")"
    return body + ("?" if ends else "")


def words_pattern(words: Iterable[str]) -> str:
    """A regex that matches as trie_pattern's does (at each place the longest of `words` there),
    written so that `re` passes over most places fast: a class of the words' first characters, a
    look at the next character (a class of the words' second ones), and only then the words by
    their second character, longest first, each checked whole by a lookbehind. A trie's first
    characters `re` tries one by one at every place that opens a word; a trie of a few hundred
    words scanned a document three times slower."""
    words = set(words)
    if not words or "" in words:
        return trie_pattern(words)
    by_second: dict[str, list[str]] = {}
    for w in sorted(words, key=lambda w: (-len(w), w)):
        if len(w) > 1:
            by_second.setdefault(w[1], []).append(w)
    single = [w for w in words if len(w) == 1]

    def chars(cs: Iterable[str]) -> str:
        return "[" + "".join(map(re.escape, sorted(cs))) + "]"

    alts = [f"(?={chars(by_second)})(?:" + "|".join(
        re.escape(second) + "(?:" + "|".join(f"{re.escape(w[2:])}(?<={re.escape(w)})" for w in ws) + ")"
        for second, ws in sorted(by_second.items())) + ")"] if by_second else []
    if single:
        alts.append(f"(?<={chars(single)})")
    return chars({w[0] for w in words}) + "(?:" + "|".join(alts) + ")"


@lru_cache(maxsize=16)
def _combined(vocab: tuple[tuple[str, re.Pattern[str]], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    family: dict[str, str] = {}
    variants: set[str] = set()
    for name, pat in vocab:
        for w in pat.pattern.split("|"):
            word = re.sub(r"\\(.)", r"\1", w)
            if word and word != "(?!)":
                variants.add(word)
                family.setdefault(word.lower(), name)  # a word in two lists counts for the first
    return re.compile(words_pattern(variants)), family


# Running text with nothing of a site about it: features are not worth computing line by line.
PLAIN: dict[str, float] = {"plain": 1.0, "len_log": math.log1p(40), "long": 1.0, "punct": 0.08, "end": 1.0,
                           "func": 0.12, "cjk": 0.9}
SURE: dict[str, float] = {"sure": 1.0, "len_log": math.log1p(10), "short": 0.0, "count": 1.0, "kv": 0.0, "menu": 0.0,
                          "spaced": 0.0, "url": 0.0, "url_only": 0.0, "rating": 0.0, "punct": 0.0, "end": 0.0,
                          "func": 0.0, "doctype": 0.0, "filename": 0.0, "marker": 0.0}
"""A line the site packs took for chrome, kept for its neighbours' context (see find_chrome)."""
_PLAIN_MIN = 20
"""A plain line has at least this many characters, a sentence mark or a function word, and no
suspect mark."""
_RUNNING = "，。；！？、的了是在和与对为将"
# A line without any of them, found in "\n" + joined + "\n" from the line break before it (`re` finds
# a literal first character fast; ^ and $ it would try at every character); only a line long enough
# to be plain (a shorter one is not, and most lines without them are short).
_HALTING = re.compile(f"\n[^{_RUNNING}\n]{{{_PLAIN_MIN},}}(?=\n)")
_CLAUSE = re.compile("[，。；！？]")
"""A sentence mark or a function word: what a line of running text has and a site's row lacks."""
# A row of cells set apart by wide gaps, no sentence mark in it (店名　客服 9:30—21:30 在线　经营许可 …): however
# many function words its names hold (在线), no running text. (The lines with no sentence mark are found by
# one search; most lines of text fail it within their first clause.)
_UNCLAUSED = re.compile(rf"^[^，。；！？\n]{{{_PLAIN_MIN},}}$", re.MULTILINE)
_GAP = re.compile(r"\u3000|[ \t]{2,}")
_FIELD_LINE = re.compile(r"^[^\s：:（(]{2,8}[：:]")

# The lines _COUNT matches, found faster: a count is sought from the first digit of a run only
# (one found from a later digit is found from the first as well), not again from each digit; and
# `re` skips ahead by a class that holds every character \d does and few others of Chinese text (not
# Latin-1 but 0-9, CJK punctuation, ideographs, full-width forms but ０-９), which it tests several
# times faster than \d itself (a lookbehind then tells the digits).
_MAYBE_DIGIT = r"[^\x00-/:-\xff\u3000-\u303f\u4e00-\u9fff\uff01-\uff0f\uff1a-\uff5e]"
_COUNTED = re.compile(_MAYBE_DIGIT + r"(?<=\d)(?<!\d\d)" + _COUNT_LED.removeprefix(r"\d"))


def _alternatives(pattern: str) -> list[str]:
    """A pattern's top-level alternatives (split at each | outside a group or a class)."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += pattern[i + 1:i + 2] == "]"  # (a ] first in a class is one of its characters)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*out, pattern[start:]]


def _literal_led(alternative: str) -> str:
    """An alternative opened by a class of a few characters ([¥￥]X) or a group of plain words
    ((?:阅读|浏览)X) written as one alternative per character or word (¥X|￥X, 阅读X|浏览X): the same
    matches, each opened by a literal, which `re` skips ahead to; any other alternative as it is."""
    m = re.fullmatch(r"\[([^\]\\^-]+)\](.*)", alternative, re.DOTALL)
    if m:
        return "|".join(re.escape(ch) + m.group(2) for ch in m.group(1))
    m = re.fullmatch(r"\(\?:([^()\[\]\\?*+{}.^$]+)\)(.*)", alternative, re.DOTALL)
    if m:
        return "|".join(re.escape(w) + m.group(2) for w in m.group(1).split("|"))
    return alternative


# The counters after their words, a scan of their own, written with literal first characters: as
# _COUNT_AFTER is written (a class, a group of words), `re` tried it at every character.
_COUNTED_AFTER = re.compile("|".join(map(_literal_led, _alternatives(_COUNT_AFTER))))


@lru_cache(maxsize=8)
def suspect_patterns(vocab: tuple[re.Pattern[str], ...]) -> tuple[re.Pattern[str], ...]:
    """What may mark a site's line: a site word, a count with its unit, stars, a link, a menu
    separator, a wide gap. Three searches of the joined document (one alternation of them all
    scans several times slower) find the lines worth scoring."""
    words = {re.sub(r"\\(.)", r"\1", w) for v in vocab for w in v.pattern.split("|")} - {"(?!)"}
    return re.compile(words_pattern(words)), _COUNTED, _MARKS, _COUNTED_AFTER


def document_features(texts: list[str], vocab: dict[str, re.Pattern[str]],
                      words: dict[str, frozenset[str]], topic: frozenset[str] = frozenset(),
                      cache: dict | None = None, ngrams: dict[str, float] | None = None) -> list[dict[str, float]]:
    """Each line's features, with one that needs the whole document (see _measured). A line of
    plain running text (long, with sentence marks, nothing a site marks its lines with) gets the
    shared PLAIN features without being measured: most lines of most documents are such."""
    joined = "\n".join(texts)
    site_words, *others = suspect_patterns(tuple(vocab.values()))
    worded = lines_matching(site_words, joined)
    counted, marked, counted_after = (lines_matching(p, joined) for p in others)
    counted |= counted_after
    # (A match of _RUN_OPENED starts at the line break before its line: in "\n" + joined, that
    # break ends the line before, which is that line's own index in `texts`.)
    marked |= (lines_matching(_BRACKETED, joined) | lines_matching(_RUN_OPENED, "\n" + joined)
               | lines_matching(_SLASHED, joined) | lines_matching(_SPACED_MENU, joined)
               | lines_matching(_BRACKET_LINE, joined) | lines_matching(_AGED, joined)
               | (lines_matching(_UNDERSCORED, joined) if "_" in joined else set())
               | (lines_matching(_ICON_ROW, joined) if _ICON_CHAR.search(joined) else set()))
    # (a line ending on a call in brackets, …已报名 19/24　[我要报名], …震源深度10千米【详情】: a widget's, whatever
    # its sentences)
    marked.update(k for k in lines_matching(_CLOSED_END, joined) if _CALL_END.search(texts[k]))
    n = len(texts)
    plain = list(map(_PLAIN_MIN.__le__, map(len, texts)))  # (len >= _PLAIN_MIN, in C)
    halting = lines_matching(_HALTING, "\n" + joined + "\n")  # (of the lines long enough to be plain)
    # (and a field's line, its label and its value: 网站建设与维护：…, the 与 in its label no sentence's)
    halting.update(k for k in lines_matching(_UNCLAUSED, joined)
                   if len(_GAP.findall(texts[k])) >= 2 or _FIELD_LINE.match(texts[k]))
    for k in halting | marked:
        plain[k] = False
    # So is a line of several clauses with a number in it ("资助职工子女312人次。", "（4分）"):
    # a site's counts stand in a row of fields, not in sentences.
    for k in counted:
        if plain[k] and len(_CLAUSE.findall(texts[k])) < 2:
            plain[k] = False
    # A sentence that uses one site word in passing ("推进垃圾分类…", "…立即拨打120") is running
    # text all the same (twice, the same word: "垃圾分类…分类投放"): a site's line has several, or a
    # count, a link, a menu. (Tested last, on the lines still plain and short enough to lose it.)
    for k in worded:
        if plain[k] and len(texts[k]) <= MAX_CHROME and len(set(site_words.findall(texts[k]))) > 1:
            plain[k] = False
    marked |= counted
    # A line too long to be chrome (see _left_alone) is text whatever it holds, if it reads as text.
    for k in worded | marked:
        if len(texts[k]) > MAX_CHROME and k not in halting:
            plain[k] = True
    out = [PLAIN] * n
    if True in plain:
        # A line with no site mark inside the body (between the first and the last line of plain
        # running text) is the text's own — a heading, a paragraph's last line, a table row:
        # chrome inside the body always carries a mark (a site word, a count, a link, a wide gap).
        lo, hi = plain.index(True), n - 1 - plain[::-1].index(True)
        todo = sorted({*range(lo), *range(hi + 1, n), *(k for k in worded | marked if lo < k < hi)})
    else:
        todo = list(range(n))
    counts = Counter(texts) if todo else Counter()
    for k in todo:
        if not plain[k]:
            out[k] = _measured(texts[k], vocab, words, topic, counts, cache, ngrams)
    return out


_CACHE_SIZE = 8192
"""Lines whose features are remembered: a site prints the same rows on each of its documents."""


def _measured(s: str, vocab: dict[str, re.Pattern[str]], words: dict[str, frozenset[str]],
              topic: frozenset[str], counts: Counter[str], cache: dict | None = None,
              ngrams: dict[str, float] | None = None) -> dict[str, float]:
    """A line's features and how often the same short line recurs in its document (a button under
    every code block, a reply link under every comment)."""
    f = dict(_known(s, vocab, words, topic, cache, ngrams))
    f["dup"] = math.log1p(counts[s] - 1) if len(s) <= 20 else 0.0
    return f


def _known(s: str, vocab: dict[str, re.Pattern[str]], words: dict[str, frozenset[str]],
           topic: frozenset[str], cache: dict | None, ngrams: dict[str, float] | None = None) -> dict[str, float]:
    """line_features, from `cache` (features computed with the same vocabulary, by text and topic)
    where the line was met before; the dict returned is shared: not to be changed."""
    if cache is None:
        return line_features(s, vocab, words, topic, ngrams)
    f = cache.get((s, topic))
    if f is None:
        if len(cache) >= _CACHE_SIZE:
            cache.clear()
        f = cache[(s, topic)] = line_features(s, vocab, words, topic, ngrams)
    return f


def _logit(w: dict[str, float], b: float, f: dict[str, float]) -> float:
    get = w.get
    return b + sum([get(k, 0.0) * v for k, v in f.items() if v])


def _solid(f: dict[str, float]) -> bool:
    """A line that reads as a sentence of running text: the head zone ends at the first one."""
    # Not by length alone: a text wrapped at 20 characters has no long line.
    return f is PLAIN or (f["len_log"] >= _SOLID_LOG and f["func"] > 0.04 and (f["punct"] > 0.03 or f["end"] > 0))


def context_features(i: int, scores: Sequence[float], feats: Sequence[dict[str, float]],
                     first_solid: int, last_solid: int, median: float, after: float = 0.0) -> dict[str, float]:
    """The second model's features of line i (an index among the non-empty lines). `median` is the
    median first score of the document's lines: a document about documents, downloads or members
    (a platform's rules, a contract for a file library) scores high throughout, and its chrome is
    what stands out from it, not what merely uses those words. `after`: the first score of what
    stood beyond the last line (a trailer the packs cut counts as a line of chrome)."""
    n = len(scores)
    if 2 <= i < n - 2:
        near = [scores[i - 2], scores[i - 1], scores[i + 1], scores[i + 2]]
    else:  # beyond the ends: no evidence either way, unless the packs cut a site's trailer there
        near = [scores[j] if 0 <= j < n else (after if j >= n else 0.0) for j in (i - 2, i - 1, i + 1, i + 2)]
    f = feats[i]
    return {
        "self": scores[i],
        "self_rel": scores[i] - median,
        "doc_median": median,
        "prev": near[1],
        "next": near[2],
        "near_mean": sum(near) / 4,
        "near_max": max(near),
        "near_min": min(near),
        "head_zone": float(i < first_solid),
        "tail_zone": float(i > last_solid),
        "rel_pos": i / max(n - 1, 1),
        "edge_dist": math.log1p(min(i, n - 1 - i)),
        "short": f.get("short", 0.0),
        "marker": f.get("marker", 0.0),
        "doctype": f.get("doctype", 0.0),
        "solid": float(_solid(f)),
        "prev_solid": float(i > 0 and _solid(feats[i - 1])),
        "next_solid": float(i + 1 < n and _solid(feats[i + 1])),
    }


def _kind(f: dict[str, float]) -> str:
    """What kind of chrome a line mostly is, for its rule id."""
    if f["url"] or f["url_only"]:
        return "markup"
    if f["kv"] >= 1 or f["count"] >= 1 or f["rating"]:
        return "meta"  # two fields or two counts: a metadata row, whatever words it holds
    if f.get("notice", 0) >= 0.5:
        return "notice"
    if f.get("nav", 0) or f["menu"]:
        return "nav"
    if f.get("widget", 0):
        return "widget"
    if f["count"] or f["kv"]:
        return "meta"
    return "block"


def score_lines(texts: Sequence[str], model: Model | None = None) -> list[float]:
    """The chrome probability of each stripped, non-empty line of one document, in order."""
    m = model or load_model()
    feats = document_features(list(texts), m.vocab, m.items, ngrams=m.ngrams)
    measured = _measured_lines(feats)
    first = _first(feats, m, measured)
    median = _median(first)
    return _scores(feats, m, first, measured, _anchors(first, feats, measured, median, texts), median)


def _measured_lines(feats: Sequence[dict[str, float]]) -> list[int]:
    """The lines that are not PLAIN: the only ones the models look at line by line."""
    return list(compress(range(len(feats)), map(is_not, feats, repeat(PLAIN))))


def _median(first: Sequence[float], feats: Sequence[dict[str, float]] = ()) -> float:
    """The median first score of the document's own lines (the packs' chrome, SURE, left out)."""
    if feats and len(feats) != len(first):
        raise ValueError("a first score for each line")
    own = list(compress(first, map(is_not, feats, repeat(SURE)))) if feats else list(first)
    return sorted(own)[len(own) // 2] if own else 0.0


def _anchors(first: Sequence[float], feats: Sequence[dict[str, float]], measured: list[int],
             median: float, lines: Sequence[str] = ()) -> tuple[int, int]:
    """The first and last line of running text the first model takes for content: the head zone
    ends at the first, the tail zone starts after the last (a site notice is a sentence too, so
    a sentence alone does not end the head). `lines`, where given, tell a PLAIN line of running
    text from a PLAIN title: a headline between the site's rows does not end the head zone."""
    # Measured against the document's own median: in a document about documents, downloads or
    # members its sentences all use those words, and are its running text all the same.
    bar = max(0.0, median)
    anchors = [k for k in measured if _solid(feats[k]) and first[k] <= bar]
    n = len(feats)
    lo = _plain_at(feats, lines, range(n))
    if lo is not None and first[lo] <= bar:
        hi = _plain_at(feats, lines, range(n - 1, lo - 1, -1))
        anchors += [lo, lo if hi is None else hi]
    if not anchors:
        return n, -1
    # (under the text, a sentence with a count, a rating or a link in it ends no text: an item of a
    # list of posts, its views or age after it, "…一讲就是三十年　　3天前", reads as one)
    last = max((k for k in anchors if not _counted(feats[k])), default=max(anchors))
    return min(anchors), last


def _counted(f: dict[str, float]) -> bool:
    return f is not PLAIN and f is not SURE and (f["count"] > 0 or f["rating"] > 0 or f["url"] > 0)


def _plain_at(feats: Sequence[dict[str, float]], lines: Sequence[str], order: range) -> int | None:
    """The first PLAIN line in `order` that reads as running text (any PLAIN line, without `lines`)."""
    # (nor the page's title opening the page with the site's name after it: "…的黄昏 - 槐树巷社区图书馆")
    return next((k for k in order if feats[k] is PLAIN and (not lines or (
        _runs_on(lines[k]) and not (k == 0 and _sited_title(lines[k]))))), None)


def _runs_on(text: str) -> bool:
    """A line that reads as running text, not a title: a clause mark inside it, or a sentence's length."""
    return len(text) >= _RUNNING_LEN or _CLAUSE.search(text) is not None


def _wrapped_anchors(lines: list[str], feats: list[dict[str, float]], m: Model, median: float) -> tuple[int, int]:
    """As _anchors, for a document whose running text is hard-wrapped into lines too short to read
    as sentences one by one: the first and last line of a run of lines that stop mid-sentence (and
    the line that ends the sentence) which reads as running text once joined. The structure stage
    joins such runs into paragraphs, so the clean text read again holds them as lines: without
    this, chrome the layer leaves in a narrow-wrapped document would be found in its clean text."""
    runs = [r for r in _wrapped_runs(lines, feats) if r[1] > r[0]]
    if not runs:
        return len(lines), -1
    joined = document_features(["".join(lines[a:b + 1]) for a, b in runs], m.vocab, m.items, ngrams=m.ngrams)
    bar = max(0.0, median)
    found = [k for r, f in zip(runs, joined, strict=True) if _solid(f) and _logit(m.line_w, m.line_b, f) <= bar
             for k in r]
    return (min(found), max(found)) if found else (len(lines), -1)


def _wrapped_runs(lines: list[str], feats: list[dict[str, float]]) -> list[tuple[int, int]]:
    """(first, last) of each run of lines that would be one paragraph if its lines were hard wraps:
    a run ends at a sentence end, and a numbered line or a line the packs took starts a new one."""
    runs: list[tuple[int, int]] = []
    start = 0
    for i, s in enumerate(lines):
        if feats[i] is SURE:
            start = i + 1
            continue
        if i > start and feats[i].get("marker"):
            runs.append((start, i - 1))
            start = i
        if s.rstrip(_CLOSE).endswith(_END):
            runs.append((start, i))
            start = i + 1
    if start < len(lines):
        runs.append((start, len(lines) - 1))
    return runs


def _first(feats: list[dict[str, float]], m: Model, measured: list[int]) -> list[float]:
    out = [_logit(m.line_w, m.line_b, PLAIN)] * len(feats)
    for i in measured:
        out[i] = _AFTER_TRAILER if feats[i] is SURE else _logit(m.line_w, m.line_b, feats[i])
    return out


def _scores(feats: list[dict[str, float]], m: Model, first: list[float], measured: list[int],
            anchors: tuple[int, int], median: float, after: float = 0.0) -> list[float]:
    out = [0.0] * len(feats)  # a PLAIN line is running text: never chrome, not worth a second look
    for i in measured:
        z = _logit(m.ctx_w, m.ctx_b, context_features(i, first, feats, *anchors, median, after))
        out[i] = 1 / (1 + math.exp(-max(min(z, 30.0), -30.0)))
    return out


_REFERENCE = re.compile(r"^\[\d{1,3}\]\s*\S")
"""An item of the document's list of references ([3] 垃圾分类知识手册 - 豆丁网): cited, site names and links
and all."""
_CONTACT = re.compile(r"^[^：:\s]{0,8}联系人\s*[:：]\s*[\u4e00-\u9fff]")
"""The document's contact person (会务组联系人：倪雨桐　电话：…): a site's rows name its service lines, not a person."""
_ATTACHED = re.compile(r"^附\s*[件表录图]\s*\d*\s*[:：]")
"""The author's note of an attachment (附件：…台账.docx, 附件2：…): a site's attachment widget carries
its size or its count of downloads (and a rule of its own)."""


def _authors_row(text: str, f: dict[str, float]) -> bool:
    """A row of the document's own that reads like a site's: a form's blank fields or slots, a note of
    an attachment, an item of its references, its contact person."""
    return (_form(text, f) or (_ATTACHED.match(text) is not None and not (f["count"] or f["url"]))
            or _REFERENCE.match(text) is not None or _CONTACT.match(text) is not None)


def _left_alone(i: int, text: str, f: dict[str, float], first_anchor: int, last_anchor: int) -> bool:
    """Lines the layer never removes: a sentence of running text between two others (chrome inside
    the body is a short inserted block: a preview break, a metadata row), or one wrapped after a
    comma; a title-like line ending in a document type or a file name (the title stage tells a page
    title from the document's own); a line too long to be chrome."""
    if len(text) > MAX_CHROME or (len(text) <= 30 and _DOC_NUMBER.match(text)):
        return True  # too long to be chrome, or a document's number (清衡律意字〔2024〕第037号)
    if len(text) >= 20 and text[-1] in "，,、":
        return True  # a sentence wrapped mid-clause: sites do not wrap their own rows so
    if first_anchor < i < last_anchor and (_plain_own(f) or (f["code"] and not f["url"])):
        return True  # (or a line of a tutorial's code: echo "…" >> $BACKUP_DIR/backup.log; not a script's residue)
    if first_anchor < i < last_anchor and (_solid(f) or (f["end"] > 0 and len(text) >= 20)):
        # a sentence opened by a site's badge (🔥 …点此领取 👉) is an ad, one in a frame a site's notice,
        # one ending in a button's arrows (…百万文档免费看 >>) a link
        return not (f["pict_lead"] or f["framed"] or text.endswith(_BUTTON_END))
    if _authors_row(text, f):
        return True
    # (an ordinal is no count: "…（TSC）第 14 次例会纪要" is a title)
    counted = f["count"] and _COUNT.search(_ORDINAL.sub("", text)) is not None
    if f["menu"] or f["spaced"] or counted or f["kv"] or f["url"] or f["rating"] or _CAPTION.search(text):
        return False
    if f["punct"] or not 5 <= len(text) <= 40 or _buttons_only(text, f):
        return False
    # A page title with the site's decorations ("…合同（范本） - 人人文库") is a title all the same.
    return f["doctype"] > 0 or f["filename"] > 0 or ends_with_type(bare_title(text))


_ORDINAL = re.compile(r"第\s*\d+\s*[次届期]")


def _buttons_only(text: str, f: dict[str, float]) -> bool:
    """A row of two bracketed buttons or more and nothing else (【预约免费评估】　【下载交底书模板】): no
    title, whatever document type a button names."""
    return f["buttons"] >= 1 and not _BUTTON.sub("", text).strip()


def _plain_own(f: dict[str, float]) -> bool:
    """No mark of a site on the line (see _evidence) and its words are the text's by the learnt pairs:
    inside the body, a slogan or a flow (◆ 保供水 ◆ 保水质 ◆), not an inserted block, which always
    carries a site's mark or wording."""
    return f.get("ngram", 0) < 0 and not _evidence(f)


def _heading_again(above: str, text: str) -> bool:
    """`text` repeats the heading above it, its marker and markdown marks aside."""
    head = above.lstrip("#").strip()
    m = read_marker(head)
    if m is None:
        return False
    return "".join(head[len(m.text):].split()).strip("、.．") == "".join(text.split())


_WRAPPED_ABOVE = 12


def _ends_wrapped(i: int, lines: list[str], feats: Sequence[dict[str, float]]) -> bool:
    """Line i ends the sentence a line of running text above it broke off ("…看到了" / "都会回复。"):
    the line above stops on a character or a comma, line i is a short clause ending in a full stop,
    no field or button in it."""
    if i == 0 or not _solid(feats[i - 1]):
        return False
    above, text = lines[i - 1], lines[i]
    # (or a preview's last words, cut off where the site stopped showing: "…予以解聘，由" / "村委会另行")
    # (the line above a wrapped paragraph's, running text however narrow the wrap: a clause mark in it)
    cut = len(above) >= _WRAPPED_ABOVE and "\u4e00" <= text[-1] <= "\u9fff" and not _evidence(feats[i])
    return ("\u4e00" <= above[-1] <= "\u9fff" or above[-1] in "，、") and len(text) <= 20 \
        and (text[-1] in "。！？" or cut) and not any(c in text for c in "：:|｜")


def _headline(text: str, f: dict[str, float]) -> bool:
    """A post's or a news item's headline: its words the text's by the learnt pairs, no site's mark and a
    site's word or two at most (…家长看了都点赞！), its letters Chinese, a title's length, asking or
    exclaiming inside it or set off by a clause and a subtitle (别了，苍岭支线——末班通勤车添乘记), no
    sentence or clause left open at its end."""
    return (f.get("ngram", 0) < 0 and not any(f.get(k, 0) for k in _EVIDENCE) and _site_words(f) <= 2
            and 8 <= len(text) <= 48 and text[-1] not in "。；;，,、：:"
            and (ASKED_INSIDE.search(text) is not None or _SUBTITLED_HEAD.search(text) is not None)
            and _MARK_SEP.search(text) is None and len(_CJK.findall(text)) >= 0.6 * len(text))


_SUBTITLED_HEAD = re.compile(r"^[^，。！？；\s]{2,12}，[^，。！？；\s]{2,20}——[^，。！？；\s]{4,}$")


def _titled(text: str, f: dict[str, float]) -> bool:
    """A line that reads as a document's title (it ends in a document type, no file name, no
    sentence marks): a block of chrome at the edge stops there."""
    return f["doctype"] > 0 and not f["filename"] and f["punct"] == 0 and 5 <= len(text) <= 40


# A text browser's dump (lynx, w3m): the list of the page's link addresses under its heading, and a link's
# line, its number in brackets before its text ([13]上一篇：…, 附件【1】[12]附件1 … [DOCX, 32.5 KB]).
_LINKS_HEAD = re.compile(r"^(?:References|Links|Visible links|Hidden links)\s*[:：]?$")
_LINK_LINE = re.compile(r"^[^\[\]\n]{0,6}\[\d{1,3}\]\S[^。；！？\n]{0,48}$")


def _dumped_links(idx: list[int], lines: list[str], out: dict[int, str]) -> None:
    """In a text browser's dump (its list of link addresses under the text), the lines that are one link
    each, numbered for that list: the page's menu, its previous and next links, its attachment widget.
    (A paper's reference, [1] 张三. …, has its blank after the number and its sentence.)"""
    if not any(_LINKS_HEAD.match(s) for s in lines[-_DUMP_TAIL:]):
        return
    for k, s in enumerate(lines):
        if idx[k] not in out and _LINK_LINE.match(s):
            out[idx[k]] = "generic.chrome.nav"


_DUMP_TAIL = 60
"""The list of a dump's link addresses opens among its last lines (a long list is cut by the rules)."""


def _post_headline(idx: list[int], lines: list[str], feats: list[dict[str, float]], out: dict[int, str],
                   first_anchor: int) -> None:
    """Above the text, a post's headline over its byline (贴主 …　｜　2025-03-18 21:40　｜　浏览 627, or a teaser
    over a dated row the packs took), with the document's own title under the byline (关于…的通知): the page's
    title for the document it carries."""
    for i in range(min(first_anchor + 1, _ECHO_HEAD, len(lines) - 2)):  # (the headline may be the first anchor)
        below = lines[i + 1]
        # (a row the packs took, or one with its date among other cells, under a teaser: …来了，收藏备用！)
        taken = _taken(i + 1, idx, feats, out)
        byline = taken and (_dated_row(below) or (_DATED_ANY.search(below) and _TEASER.search(lines[i])))
        # (not the path to the page: 您在这里：通知公告 ＞ 关于…)
        if (not _taken(i, idx, feats, out) and byline and len(lines[i]) <= 48
                and _STOPPED.search(lines[i]) is None and _POINTED.search(lines[i]) is None
                and not _CRUMB_LABEL.match(lines[i])
                and (_titled_below(i + 2, lines) or _named_below(i + 2, lines[i], lines))):
            out[idx[i]] = PAGE_TITLE_RULE
            return


_HEADLINE_HEAD = 12
"""The page's headline stands among its first lines."""


def _own_headline(idx: list[int], lines: list[str], feats: list[dict[str, float]], probs: list[float],
                  out: dict[int, str], first_anchor: int) -> None:
    """The first line under the site's rows, title-shaped and right above the page's row of counts or its
    date (资料来源：…　｜　阅读 8812), taken with the rows around it for want of any mark of its own: the
    document's headline, its only title where none of a document's kind stands under the row (see
    _post_headline for a headline over the document's own title). It stays."""
    for i in range(min(first_anchor + 1, _HEADLINE_HEAD, len(lines) - 1)):
        if idx[i] not in out:
            return  # (something above is kept: the headline, if any, is that)
        text, below, f = lines[i], lines[i + 1], feats[i + 1]
        counts = f.get("count", 0) > 0 or f.get("rating", 0) > 0  # (a row of counts, not a menu)
        if (i > 0 and out[idx[i]] == "generic.chrome.block" and 6 <= len(text) <= 40 and _title_line(text, feats[i])
                and len(_CJK.findall(text)) >= 0.6 * len(text) and not _CRUMB_SEP.search(text)
                and "/" not in text and _MARK_SEP.search(text) is None and len(text.split()) <= 2
                and (text[0].isalnum() or text[0] in "“《「") and not _site_words(feats[i])
                and (idx[i + 1] in out or f is SURE)
                and (_dated_row(below) or (counts and probs[i + 1] >= _UNSURE))
                and not _titled_below(i + 2, lines) and text not in lines[i + 1:i + 1 + _TITLE_BELOW]):
            del out[idx[i]]
            return


_NAMED_PART = 6
"""A line under a headline printed again from it is at least this long (no word of it by chance)."""


def _named_below(i: int, headline: str, lines: list[str]) -> bool:
    """A line among the few from i prints a part of the headline on its own (the title after the page's kind
    and colon: 2024年七一专题党课讲稿：以党的创新理论凝心铸魂 … over 以党的创新理论凝心铸魂): the headline is the
    page's, the document's own title stands under it."""
    at = headline.find("：")
    if at < 0:
        return False
    named = unspaced(headline[at + 1:])
    return any(len(t) >= _NAMED_PART and _PUNCT_RE.search(t) is None and unspaced(t) in named
               for t in lines[i:i + _TITLE_BELOW])


def _titled_below(i: int, lines: list[str]) -> bool:
    """A document's own title (a kind of document at its end, no sentence) among the few lines from i."""
    return any(_typed_title(t) and _PUNCT_RE.search(t) is None for t in lines[i:i + _TITLE_BELOW])


def _typed_title(t: str) -> bool:
    """A title's length, ending in a kind of document (its decorations aside: …日程（第7周））."""
    return 5 <= len(t) <= 48 and (ends_with_type(t) or ends_with_type(bare_title(t)))


# An editor's call in a headline to save, read or pass it on: a site's teaser, not an author's title.
_TEASER = re.compile(r"收藏备用|建议收藏|值得收藏|赶紧收藏|速看|必看|快看|来了[，,！!]|请查收|划重点"
                     r"|一文读懂|一文看懂|转给")
_DATED_ANY = re.compile(r"(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)")


def _over_title(i: int, lines: list[str]) -> bool:
    """The line stands over one that reads as a title: it may be the title's first line or its
    issuer (…冷链物流集配中心 / 建设项目建议书, “情暖重阳·爱在溪桥” / 社区敬老志愿服务活动策划书)."""
    # (or over a title set over two lines: 沅岙县实验小学 / 2025年春季…研学实践活动 / 安全告知书)
    # (a 关于 title lists what it is about: 关于调整12路、K8路等4条线路的公告)
    return any(_typed_title(t) and _PUNCT_RE.search(t.replace("、", "") if t.startswith("关于") else t) is None
               and not _FILENAME.search(t)
               for t in (lines[i + 1:i + 2] + ["".join(lines[i + 1:i + 3])] * (i + 2 < len(lines))))


_SLOT = re.compile(r"[:：]\s*[\[［]\s*[^\]］\n]{0,12}[\]］]")
"""A template's slot after its field's name (电话：[电话号码], 日期：[ ])."""


def _form(text: str, f: dict[str, float]) -> bool:
    """A form's blank fields (签订日期：　　年　　月　　日) or a template's slots, two of them
    (电话：[电话号码] 传真：[传真]), or a field's boxes to tick (是否需要住宿：□单间　□标间): the document's
    own; sites print their rows filled in."""
    return ((BLANK_FIELD.search(text) is not None or len(_SLOT.findall(text)) >= 2 or _TICKED.search(text) is not None)
            and not (f["count"] or f["url"] or f["rating"]))


_TICKED = re.compile(r"[:：][ \t\u3000]*[□☐][ \t\u3000]*[^□☐\s]{1,8}[ \t\u3000]+[□☐]")


def _topic_words(texts: list[str], feats: list[dict[str, float]], m: Model, first: list[float],
                 measured: list[int], median: float) -> frozenset[str]:
    """Site words a document uses in its own sentences throughout (a platform's rules about
    downloads and points, a contract for a document library): its subject, not chrome. Spread over
    the text, not bunched in one block as a site's notices are. `first`: the lines' first scores,
    `measured`: the lines not PLAIN, `median`: of `first`."""
    bar = max(0.0, median)
    seen: dict[str, list[int]] = {}
    for k in measured:  # a plain line holds no site word
        if _solid(feats[k]) and first[k] <= bar:
            for pat in m.vocab.values():
                for w in {x.lower() for x in pat.findall(texts[k])}:
                    seen.setdefault(w, []).append(k)
    span = _TOPIC_SPREAD * len(texts)
    return frozenset(w for w, ks in seen.items() if len(ks) >= 2 and ks[-1] - ks[0] >= span)


def reads_as_text(texts: Sequence[str], model: Model | None = None, claimed: Collection[int] = ()) -> bool:
    """Some line among these reads as a document's running text rather than a site's: a sentence
    the first model scores as content (what follows a trailer phrase, when the phrase does not
    end the document). `claimed`: indexes of lines a site's rule takes (a copyright notice), no
    text whatever they read as, but there as context."""
    m = model or load_model()
    kept = [k for k, s in enumerate(texts) if s]
    lines = [texts[k] for k in kept]
    stamps = [_STAMP.search(s) is not None or _LIKED.search(s) is not None for s in lines]
    for k, s in enumerate(lines):
        if claimed and kept[k] in claimed:
            continue
        # A post stamped with its date and time (or its date and the poster's region), and the
        # lines beside the stamp, are a reader's comment, not the document's text.
        # So is another document's teaser, a link to the rest of it (…一位老人突然晕倒……［阅读全文］).
        if any(stamps[max(0, k - 1):k + 2]) or _SIGNED.match(s) or _LISTED.search(s) or _TEASED.search(s):
            continue
        # A solid line has 14 letters or more, and function words (see _solid).
        if len(s) >= 14 and _FUNCTION_RE.search(s):
            f = _known(s, m.vocab, m.items, frozenset(), m.cache, m.ngrams)
            # A sentence, not a list of titles: it ends as one, or runs on past a title's length
            # (a short question is a title: 银杏为什么被称为“活化石”？).
            sentence = (f["end"] > 0 and s[-1] not in "？?") or len(s) >= 24
            if sentence and _solid(f) and _logit(m.line_w, m.line_b, f) < _TEXT_LOGIT:
                return True
    return False


# A call to act and a button's arrow at a line's end (了解详情>, 点击观看 ＞, 查看详情 ›), the arrow
# first (› 立即预订), the call as a button ([立即登录], 〈复制链接〉), or a click's own words (点此询价).
_CALL_END = re.compile(r"(?:点击|立即|马上|免费|现在|查看|了解|进入|前往|领取|抢购|预订|预约|购买|试用|下载|观看"
                       r"|咨询|详情|更多|开通|畅读|阅读|全站)"
                       r"[\u4e00-\u9fff]{0,3}\s*[>＞›»〉]{1,2}$|(?:[›»→〉]|[>＞]{2})\s*(?:立即|马上|点击|免费|查看|了解|去|我要)[\u4e00-\u9fff]{1,3}"
                       r"[ \t\u3000]*[│┃]?$"  # (in a box's frame: │材料写不出来？…AI帮你30秒出初稿 → 立即体验│)
                       r"|[\[【［〔〈〖][^\]】］〕〉〗\n]{0,8}?(?:立即|马上|点击|免费|引用|收藏|加入|添加|保存|分享|复制|订阅|套用|存为|打印|了解|开通|预约"
                       r"|导出|报错|纠错|举报|关闭|返回|[+＋]?\s*关注|打开|去(?!年|世|除|掉|向)[\u4e00-\u9fff]{1,3}|稍后提醒|我已阅读"
                       r"|我要|详情|更多|查看)"
                       r"[\u4e00-\u9fffA-Za-z]{0,8}\s*[>＞›»]?\s*[\]】］〕〉〗]\s*[┐┘┓┛│┃|]?$"
                       r"|(?:点此|点击|立即)(?:询价|咨询|购买|抢购|领取|报名|预约|下载|查看|订购)$"
                       # (a call to follow or subscribe, ending on its pointer: ▍关注「…」频道，…推送给你 ＞)
                       r"|^[^\w\n]{0,3}(?:关注|订阅|扫码|添加|加入)[^\n]{2,40}[ \t\u3000][>＞›»]$")


_CLOSED_END = re.compile(r"[\]】］〕〉〗][ \t\u3000]*$", re.MULTILINE)


# A video's card set into the page: its length and how often it was played, no sentence (▶ 科普视频：《…》　时长 03:12
# 播放 1.6万次).
_VIDEO_CARD = re.compile(r"时长[:：]?\s*\d{1,2}:\d\d.{0,20}?(?:播放|观看)(?:量|次数)?[:：]?\s*\d[\d.,]*\s*[万wW]?\s*次?"
                         r"|(?:播放|观看)(?:量|次数)?[:：]?\s*\d[\d.,]*\s*[万wW]?\s*次?.{0,20}?时长[:：]?\s*\d{1,2}:\d\d")


# Items of a row of links: apart by bars or pointers, after an optional label (同公司在售：, 相关链接 ▸).
_ROW_SEP = re.compile(rf"\s*[{_BARS}▸►›»▪▕▏／∙]\s*")
_ITEM_COUNT = re.compile(r"^\d[\d,.]*\s*(?:[万wWkK])?\s*(?:页|MB|KB|M|K|次下载|人阅读|次阅读|下载|阅读|浏览|字|分)$"
                         r"|^(?:(?:19|20)\d\d[-/.])?\d{1,2}[-/.]\d{1,2}$|^(?:PDF|DOCX?|PPTX?|XLSX?|TXT|WPS|pdf|docx?|pptx?|xlsx?|txt)$")
_DIGITS_ONLY = re.compile(r"[\d,.\s]")
_ROW_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:]\s*")


def _run_together(text: str, f: dict[str, float]) -> bool:
    """A site's menu copied from a browser with its gaps lost (…首页院校库招生简章分数线…登录注册App):
    a run of words with no mark, no blank and no function word between them, three site words or more
    among them. A title has a 的 or a 关于, or fewer such words, or ends in its type (“…发布”微信公众号…运营方案)."""
    return (len(text) >= 12 and _site_words(f) >= 3 and f["func"] == 0 and f["punct"] == 0
            and not any(c.isspace() for c in text) and not (len(text) <= 40 and ends_with_type(bare_title(text))))




def _toolbar(text: str) -> bool:
    """A viewer's toolbar (▭ 单页　▯▯ 双页　⊞ 放大一级　⊟ 缩小一级, ⊕放大⊖缩小↔适应宽度): three words or more,
    each after an icon of its own, and nothing else but counts. An author's slogan repeats one bullet
    (◆ 稳增长 ◆ 促改革 ◆ 惠民生); a flow drawn with arrows repeats one arrow."""
    if len(text) > MAX_CHROME or any(c in text for c in "，。；："):
        return False
    found = list(_ICON_WORD.finditer(text))
    if len({m.group(1).strip() for m in found}) < 3:
        return False
    return sum(len(m.group(0)) for m in found) >= 0.8 * len(re.sub(r"[\s\d/]", "", text))


# A site's menu opening with its home page (首页　中心概况　科室设置　家庭医生…, 学院首页　学院概况…): four items
# or more, short.
_HOME_MENU = re.compile(r"^(?:[\u4e00-\u9fff]{0,2}首页|主页)(?:[ \t\u3000]*[|｜/·•][ \t\u3000]*|[ \t\u3000]+)"
                        r"(?:[^\s|｜/·•，。；：！？]{2,8}(?:[ \t\u3000]*[|｜/·•][ \t\u3000]*|[ \t\u3000]+)){2,}"
                        r"[^\s|｜/·•，。；：！？]{2,8}$")
# (or a dot set off by blanks: 阿砚 · 2025-04-17 · 5,216 人看过)
_CELLS = re.compile(rf"[ \t\u3000]{{2,}}|[ \t\u3000]*[{_BARS}][ \t\u3000]*|[ \t\u3000]+[·•∙][ \t\u3000]+")
_TAB = re.compile(r"^[^\s，。；！？：:]{2,8}[（(]\d{1,6}[)）]$")
_DATE_CELL = re.compile(r"^(?:(?:19|20)\d\d(?:年|[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d\d(?::\d\d)?)?)"
                        r"|\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d\d)(?:\s*(?:发布|更新|上传|发表))?$")  # (2024-06-20 发布)
_POSTED = re.compile(r"(?:发布|发表|更新|编辑|上传)于\s*(?:(?:19|20)\d\d[-/.年]\s*)?\d{1,2}[-/.月]\s*\d{1,2}")
# (发布日期 and 实施日期 are a standard's own cover fields: not a page's)
_UPDATED_CELL = re.compile(r"^[\u4e00-\u9fff]{0,2}(?:发表|更新|上传|修改)(?:时间|日期|于)?\s*[:：]?\s*"
                           r"(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d\d)?$")
_POSTED_CELL = re.compile(r"^(?:发布|发表|更新)(?:时间|日期)\s*[:：]\s*(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}")
_VIEWS_CELL = re.compile(r"^(?:浏览|阅读|点击|访问)(?:量|数|次数)?\s*[:：]?\s*\d")
_STAMP_LED = re.compile(r"^(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d\d(?::\d\d)?\s")


def _row_cells(text: str, longest: int = _MENU_ROW * 2) -> list[str]:
    """The cells of a row, apart by wide gaps or bars; none for a line with a clause in it or longer
    than `longest` (a row's length)."""
    if len(text) > longest or _CLAUSE.search(text):
        return []
    return [c for c in _CELLS.split(text.strip()) if c]


def _barred_cells(text: str) -> list[str]:
    """The cells of a longer row apart by bars (状态：现行有效 ｜ 发布日期：… ｜ 文件大小：2.31MB): a record's
    row may run past a menu's length where bars part its cells."""
    return _row_cells(text, _RECORD_ROW) if text.count("｜") + text.count("|") >= 2 else []


_RECORD_ROW = 100


def _tabs(text: str) -> bool:
    """A page's tabs with their counts (引证文献（0）　参考文献（86）　相似文献　读者推荐): three cells or
    more apart by wide gaps or bars, two of them a short label and its count in brackets."""
    cells = _row_cells(text)
    return len(cells) >= 3 and sum(1 for c in cells if _TAB.match(c)) >= 2


def _dated_row(text: str) -> bool:
    """Above the text, a post's or a record's row of cells with its date (老周搞运维　2025-02-19　1,407　阅读6分钟,
    硕士　2024年　网络出版年期：…), or one opened by a time stamp (2025-06-28 08:52 安徽 · 政务官方账号):
    no clause in it. (A cover's date stands alone or beside one name: 编制单位：…　2024年5月.)"""
    cells = _row_cells(text) or _barred_cells(text)
    if not cells:
        return False
    if (_STAMP_LED.match(text) or _POSTED.search(text)) and len(text) <= 40:
        return True  # (…, or a post's byline: 周老师（班主任）发布于 08-26 19:30)
    # (two cells suffice when the date's label says the page was posted or updated: 最近更新：2025-08-02　3.6万次查看)
    # (or with its labelled posting date beside the page's count of views, 发布日期：2025-01-13　浏览量：2417,
    # or among two more of a record's cells: 状态：现行有效 ｜ 发布日期：2023-06-18 ｜ 页数：46)
    return (len(cells) >= 3 and any(_DATE_CELL.match(c) for c in cells)) or (
        len(cells) >= 2 and any(_UPDATED_CELL.match(c) for c in cells)) or (
        len(cells) >= 2 and any(_POSTED_CELL.match(c) for c in cells) and (
            len(cells) >= 3 or any(_VIEWS_CELL.match(c) for c in cells)))


def _title_row(text: str) -> bool:
    """A row of other documents' titles (同公司在售：…两全保险条款｜…重大疾病保险条款, 相关链接 ▸ …年度报告 ▸
    …年度报告): two items or more that end in a document type, most of them, and no sentence; or one
    title and its counts, date or format (…招股说明书（注册稿）｜386页, │ 10-29 │ 2024年第三季度报告 │ PDF │).
    A list in the author's text runs on with 、 or ；, not with bars."""
    if len(text) > MAX_CHROME or not _ROW_SEP.search(text) or _SENTENCE_IN.search(_ROW_LABEL.sub("", text)):
        return False
    items = [t for t in _ROW_SEP.split(_ROW_LABEL.sub("", text).strip(_BARS + " \u3000")) if t]
    if len(items) >= 3 and all(_ITEM_COUNT.match(t) for t in items):
        # a document's counts alone (4.8分 | 2.6万次阅读 | 1203次下载 | 6页 | DOCX), in units of more than one kind
        return len({_DIGITS_ONLY.sub("", t) for t in items}) >= 3
    typed = sum(1 for t in items if 4 <= len(t) <= 40 and ends_with_type(bare_title(t)))
    if typed == 1 and len(items) >= 2:  # one title and its counts (…招股说明书（注册稿）｜386页)
        return all(_ITEM_COUNT.match(t) for t in items if not ends_with_type(bare_title(t)))
    return typed >= 2 and 3 * typed >= 2 * len(items) - 2


def _announces(text: str) -> bool:
    """The line announces what follows as the author's own (see _ANNOUNCES)."""
    return (text[-1] in _ANNOUNCE_ENDS or text[0] == "附") and _ANNOUNCES.search(text) is not None


def find_chrome(texts: Sequence[str], model: Model | None = None, trailer_cut: bool = False,
                sure: frozenset[int] = frozenset(), paged_to: int = 0) -> dict[int, str]:
    """Chrome among one document's lines: index in `texts` → rule id. `texts` are the lines left
    after the site packs (stripped; empty ones are skipped and never chrome); `trailer_cut`: the
    packs cut a site's trailer after the last of them; `sure`: indexes of lines in `texts` the packs
    already took for chrome, there as context (chrome comes in blocks: a line beside one is more
    likely chrome too) and never in the result; `paged_to`: the index in `texts` of the line after
    the document's last page marker, above which the lines stand on its pages (the block of the
    site's rows under the text does not reach over a page's end)."""
    m = model or load_model()
    idx = list(compress(range(len(texts)), texts))
    if not idx:
        return {}
    lines = list(compress(texts, texts))
    taken = [i for i, k in enumerate(idx) if k in sure] if sure else []
    if not (taken or trailer_cut or _holds_text(lines, MIN_TEXT)):
        return {}  # a scrap of text, and nothing says it is a site's page (see MIN_TEXT)
    feats = document_features(lines, m.vocab, m.items, cache=m.cache, ngrams=m.ngrams)
    for i in taken:
        feats[i] = SURE
    measured = _measured_lines(feats)
    first = _first(feats, m, measured)
    median = _median(first, feats)
    first_anchor, last_anchor = _anchors(first, feats, measured, median, lines)
    wrapped = last_anchor < 0
    if wrapped:
        first_anchor, last_anchor = _wrapped_anchors(lines, feats, m, median)
    if last_anchor < 0:
        return {}  # no line reads as the document's running text: nothing to tell chrome from
    topic = _topic_words(lines, feats, m, first, measured, median)
    if topic:  # the document's own subject is no evidence of chrome: score again without it
        counts = Counter(lines)
        for i in measured:
            if feats[i] is not SURE and any(w in lines[i].lower() for w in topic):
                feats[i] = _measured(lines[i], m.vocab, m.items, topic, counts, m.cache, m.ngrams)
        first = _first(feats, m, measured)
        median = _median(first, feats)
    anchors = (first_anchor, last_anchor) if wrapped else _anchors(first, feats, measured, median, lines)
    probs = _scores(feats, m, first, measured, anchors, median, _AFTER_TRAILER if trailer_cut else 0.0)
    out: dict[int, str] = {}
    announced = False
    headline = False
    # A note whose author leads their lines with pictographs (📅 时间线, ❌ 不要只刷题…): inside the text
    # one is the author's bullet, not a site's badge.
    # (the measured lines only: a line of plain text has no pictograph before it)
    emoji_led = sum(1 for i in measured if first_anchor <= i <= last_anchor
                    and feats[i].get("pict_lead", 0) > 0) >= _EMOJI_LED
    for i in measured:
        if i == 0 or feats[i - 1] is PLAIN:  # a sentence of text ends a list, unless it announces one
            announced = i > 0 and _announces(lines[i - 1])
        f, p, text = feats[i], probs[i], lines[i]
        if f is SURE:
            announced = False
            continue
        # Above or under the text, a line that reads as a site's by itself is one, whatever its
        # neighbours (a menu row between the page's title and the document's): the second model,
        # fitted on pages whose rows come in blocks, doubts one standing alone.
        chrome = (p >= m.threshold or (first[i] >= _OWN_LOGIT and not first_anchor <= i <= last_anchor)) and (
            not _left_alone(i, text, f, first_anchor, last_anchor))
        # A line whose only mark is that it recurs is the author's (a poem's refrain, a command run again):
        # a site's recurring row carries a site's mark besides.
        chrome = chrome and not (f.get("dup", 0) > 0 and not _evidence(f, ("dup",)) and not f.get("pict_lead", 0)
                                 and not f.get("framed", 0) and _site_words(f) == 0)
        # The first headline above the text or opening it (see _headline): the rows around it make no
        # chrome of it.
        # (or a title's line the first model reads as the text's own words, however its neighbours read:
        # a thread's title between the forum's path and its counts, 三年级下册第五单元《面积》单元作业设计)
        # (or a title's line leaning to the text's words over its byline, 阿砚 · 2025-04-17 · 5,216 人看过, with
        # no title of the document's own under the byline: a post's headline over a notice's 关于…的通知 is the page's)
        if chrome and not headline and i <= first_anchor and first[i] < 0 and (
                _headline(text, f) or (first[i] < _TITLE_LOGIT and len(text) >= 8 and _title_line(text, f))
                or (len(text) >= _BYLINED_TITLE and _title_line(text, f) and i + 1 < len(lines)
                    and _dated_row(lines[i + 1]) and not _titled_below(i + 2, lines))):
            chrome, headline = False, True
        # The subject the text opens on, named above it (永济桥 / 永济桥，位于…): an entry's title.
        if chrome and i < first_anchor and names_subject(text, lines[first_anchor]) and not _PUNCT_RE.search(text):
            chrome = False
        # The end of a sentence wrapped from a line of text ("…看到了" / "都会回复。") is the text's;
        # so is a heading printed twice ("### 四、我的图书馆" / "我的图书馆").
        chrome = chrome and not _ends_wrapped(i, lines, feats) and not (i > 0 and _heading_again(lines[i - 1], text))
        # A title's first line over the rest of it (…冷链物流集配中心 / 建设项目建议书), under a site's rows:
        # its neighbours alone do not make chrome of it.
        chrome = chrome and not (first[i] < _TEXT_LOGIT and not _evidence(f, ("dup",)) and _over_title(i, lines))
        chrome = chrome or (f.get("url_only", 0) > 0 and i < first_anchor)  # the page's address above the text
        # A framed line, or one opened by a site's badge, that reads as a site's by itself is one
        # wherever it stands: a preview break inside the text (～～～～ 游客仅可查看前半部分… ～～～～), an
        # ad (🔥 …点此领取 👉) have text on both sides.
        inside = first_anchor < i < last_anchor
        badged = f.get("framed", 0) > 0 or (f.get("pict_lead", 0) > 0 and not (inside and emoji_led))
        framed_own = badged and first[i] >= _FRAMED_LOGIT and not (inside and _plain_own(f))
        chrome = chrome or framed_own
        # above the text or under it, an uncertain framed line is the site's (※ 本文由OCR识别生成… ※)
        chrome = chrome or (badged and p >= _UNSURE and not inside)
        # (a framed call of the site's, ↓↓↓ 点击下载完整版文档 ↓↓↓, is no row of the list announced above it)
        if chrome and announced and not (f["url"] or f["url_only"] or f["host"] or framed_own
                                         or first[i] >= _PLAINLY_SITE):
            # A list or table the author announced ("附：积分规则速查表", "…如下："), however much its
            # rows read as a site's (上传积分 10分/篇); a link in it is the site's all the same.
            chrome = False
        # What no author's line or list is, wherever it stands, announced or not: a line that ends by
        # calling the reader to click (…一站式采购　了解详情>, …已上线　点击观看 ＞; an author's sentence does
        # not end on a button), a row of other documents' titles, a menu run together above or under the text.
        chrome = chrome or (_CALL_END.search(text) is not None and len(text) <= MAX_CHROME)
        chrome = chrome or _title_row(text) or _toolbar(text) or _tabs(text) or _encoded(text) or (
            _HOME_MENU.match(text) is not None) or (_VIDEO_CARD.search(text) is not None and not _CLAUSE.search(text))
        # above the text, a path down the site's sections to the page (名录检索 ＞ 传统技艺 ＞ 省级 ＞ …),
        # whatever the model makes of it: no author heads a document with one
        chrome = chrome or (i < first_anchor and (_dated_row(text) or _headed_path(text, p) or _kind_path(text)
                                                  or (p >= _UNSURE and _short_path(text))
                                                  or _STEPS.match(text) is not None))
        chrome = chrome or (not first_anchor <= i <= last_anchor and _run_together(text, f))
        if chrome:
            out[idx[i]] = "generic.chrome." + _kind(f)
            announced = False
        elif _announces(text):
            announced = True
        elif _solid(f):
            announced = False
    _template_rows(idx, lines, feats, probs, out)
    _badged_run(idx, lines, out)
    starters = _others_posts(idx, lines, feats, out)
    _comment_thread(idx, lines, feats, probs, out, starters)
    _after_end_mark(idx, lines, out)
    _summary_twice(idx, lines, out)
    _elided_teaser(idx, lines, out)
    _site_tips(idx, lines, out)
    _labelled_tips(idx, lines, feats, out)
    _inserted_list(idx, lines, feats, out)
    _line_numbers(idx, lines, feats, out)
    _question_page(idx, lines, out)
    _record_fields(idx, lines, feats, out)
    _dumped_links(idx, lines, out)
    _notice_list(idx, lines, feats, out, m)
    _menu_columns(idx, lines, feats, out, first_anchor)
    _sandwiched_lists(idx, lines, out, last_anchor, feats, trailer_cut)
    out = _edge_blocks(idx, lines, feats, probs, out, bisect_left(idx, paged_to))
    _bare_verse(idx, lines, feats, probs, first, out, first_anchor)
    _tail_after(idx, lines, feats, probs, first, out, last_anchor)
    _between_rows(idx, lines, feats, probs, out, first_anchor, last_anchor)
    _rated_reviews(idx, lines, feats, out)
    _followed_account(idx, lines, out)
    _paged_copies(idx, lines, out)
    # (again: the edge blocks may close a list from below, or take its header)
    _sandwiched_lists(idx, lines, out, last_anchor, feats, trailer_cut)
    _inserted_list(idx, lines, feats, out)
    _labelled_tips(idx, lines, feats, out)  # (again: rows taken since stand next to a tip)
    _lone_counts(idx, lines, feats, out)
    _echoed_title(idx, lines, first, first_anchor, out)
    _column_echo(idx, lines, out, first_anchor)
    _post_headline(idx, lines, feats, out, first_anchor)
    _own_headline(idx, lines, feats, probs, out, first_anchor)
    for k in _markdown_tables(lines):
        out.pop(idx[k], None)
    for k, s in enumerate(lines):
        if _PRINTED_OWN.match(s):
            out.pop(idx[k], None)
    return {k: rule for k, rule in out.items() if rule}


# What a document prints of itself that a site never does: an exam's cover mark (绝密★启用前, its star
# no rating), an official document's colophon (…办公厅2025年3月5日印发), a listed company's announcement
# header (证券代码：603917　　证券简称：湖畔智能　　公告编号：2025-027).
_PRINTED_OWN = re.compile(r"^(?:绝密|机密|秘密)\s*[★☆*＊]\s*(?:启用前|[\d一二三四五六七八九十]+年)?$"
                          r"|^(?:证券|股票)代码\s*[:：]?\s*\d{6}\s+(?:证券|股票)简称"
                          r"|^[\u4e00-\u9fff（）()]{2,40}\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$")


_TABLE_RULE = re.compile(r"^\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?$", re.MULTILINE)


def _markdown_tables(lines: list[str]) -> set[int]:
    """The rows of the document's markdown tables (| 序号 | 项目 | 金额 | over |---|---|---|): a table is
    the author's, however much its header reads like a menu or its cells like counts."""
    out: set[int] = set()
    for k in lines_matching(_TABLE_RULE, "\n".join(lines)):  # (one search: most documents have none)
        j = k - 1
        while j >= 0 and lines[j].startswith("|"):
            out.add(j)
            j -= 1
        j = k
        while j < len(lines) and lines[j].startswith("|"):
            out.add(j)
            j += 1
        out.add(k)
    return out


# A comment's or a reply's byline: when it was posted (发表于 2024-3-21 22:41, 3小时前), which floor
# (沙发, 板凳, 3楼, #2), a user and a time; a short line, no sentence in it ("这组诗最初发表于 2019年3月5日
# 的《槐安日报》副刊，…" is text).
# Where a reader wrote from, after how long ago (1天前 · 广西).
_FROM = r"(?:[ \t\u3000]*[·•][ \t\u3000]*[\u4e00-\u9fff]{2,8})?"
_BYLINE = re.compile(
    r"(?:发表于|发布于|回复于|评论于|留言于)\s*(?:\d{1,2}\s*(?:分钟|小时|天)前|(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d)"
    r"|^[^\s，。：:]{1,24}(?:\s+|\s*[·•|｜]\s*)(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}"
    # a user, maybe their level, and how long ago (茶小白阿鹿　Lv3　2天前)
    r"|^[^\s，。：:]{1,16}[ \t\u3000]+(?:Lv\.?\s*\d{1,2}[ \t\u3000]+)?\d{1,2}\s*(?:分钟|小时|天|周)前" + _FROM + "$"
    # (or their level and the floor they posted on: 鱼乐无穷2019　Lv.5　　2楼, 阿毛　楼主　　4楼)
    r"|^[^\s，。：:]{1,24}[ \t\u3000]+(?:Lv\.?\s*\d{1,2}[ \t\u3000]+|楼主[ \t\u3000]+)*\d{1,4}\s*楼$")
# A reply opened by its floor (沙发｜…, 2楼　小白：…？, #3): what follows is a reader's, whatever it says.
_FLOOR = re.compile(r"^(?:沙发|板凳|地板|藤椅|\d{1,4}\s*楼|#\d{1,4}|\d{1,4}\s*#)(?:[\s｜|:：]|$)")
# A short comment signed by its date after a dash (…　— 2024-04-02).
_DATED = re.compile(r"\S\s*[—–]\s*(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2})?$")
_SENTENCE_IN = re.compile(r"[，。,；;！？]")
_NAME_DATE = re.compile(r"^([^\s，。：:]{1,16})(?:[ \t\u3000]{2,}|\u3000)(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}$")
# A comment's stamp under it: its day, time and where it came from (4-7 08:12 来自广东　　回复　　👍 312).
_STAMP_FROM = re.compile(r"^\d{1,2}-\d{1,2}\s+\d{1,2}:\d\d\s+来自[\u4e00-\u9fff]{2,4}")
# What each of them holds: a posting word, a floor, or a date with - / . in it (one search, each
# alternative opened by a literal: `re` skips ahead to them).
_BYLINE_WORDS = ("发表于", "发布于", "回复于", "评论于", "留言于", "楼", "#", "沙发", "板凳", "地板", "藤椅", "前\n",
                 "来自")
_HINTED = re.compile("|".join(map(re.escape, _BYLINE_WORDS)) + r"|19\d\d[-/.]\d|20\d\d[-/.]\d|前[ \t\u3000]*[·•]")
# The lines of the tail where one of the three may match (each line then tested by _byline): two
# searches that `re` skips through to a literal, matching on every line one of the three matches
# (a change to those must keep it so) and on a few more: a posting word or a date after a dash
# anywhere in a line; after the line break before it, a user and a time or a floor opening a line.
_BYLINE_IN = re.compile(r"发表于|发布于|回复于|评论于|留言于|—\s*(?:19|20)\d\d[-/.]|–\s*(?:19|20)\d\d[-/.]"
                        r"|[ \t\u3000]回复[ \t\u3000]*[^\s：:\n]{1,24}[：:]"
                        # (a printed thread's 作者：X　时间：…)
                        r"|作者[:：][^\n]{1,24}?时间[:：]\s*(?:19|20)\d\d[-/.]")
_BYLINE_OPENS = re.compile(r"\n(?:[^\s，。：:]{1,24}(?:\s+|\s*[·•|｜]\s*)(?:19|20)\d\d[-/.]"
                           r"|\d{1,2}-\d{1,2}\s+\d{1,2}:\d\d\s+来自"
                           r"|沙发|板凳|地板|藤椅|\d{1,4}\s*楼|#\d|\d{1,4}\s*#)")
# A reply in a thread, its writer (and their role) replying to a reader (嵌入式小陈 博主 回复 ljh_1998：…).
_REPLY = re.compile(r"^[^\s，。：:]{1,24}(?:[ \t\u3000]+(?:博主|作者|楼主|UP主|up主))?[ \t\u3000]+回复[ \t\u3000]*"
                    r"[^\s，。：:]{1,24}\s*[：:]")
_BYLINE_AGO = re.compile(r"(?:(?:分钟|小时|天|周)前" + _FROM + r"|\d\s*楼)\n")  # (…前 or a floor, ending the line)
_THREAD_LINES = 40
_COMMENT_CHARS = 150


def _byline(s: str) -> bool:
    if (s[-1].isdigit() and _DATED.search(s)) or _FLOOR.match(s) or _STAMP_FROM.match(s) or _REPLY.match(s):
        return True
    if (m := _NAME_DATE.match(s)) and not _FIELD_LABEL.search(m.group(1)):
        return True  # a reader and the day (知行合一a7　　2025-01-09), not a field's (截止日期　　2025-01-09)
    return len(s) <= 60 and _SENTENCE_IN.search(s) is None and _BYLINE.search(s) is not None


_MASKED_NAME = re.compile(r"^[^\s：:*]{1,6}\*{2,}[^\s：:*]{0,6}\s*[：:]\s*\S", re.MULTILINE)
# A reader's comment: a name, maybe in brackets, and a colon (「小满吃饱了」：…, 8栋 王阿姨：…, 椰子不是橙子:…).
_NAMED = re.compile(r"^[「【]?([^：:「」【】。，！？,!?]{1,16}?)[」】]?\s*[：:]\s*\S")
# (a reader signs with where they work under a thread's header: Dr.方 · 泌尿外科 · 三甲医院:…)
_SIGNED_NAME = re.compile(r"^[「【]?([^：:「」【】。，！？,!?]{1,24}?)[」】]?\s*[：:]\s*\S")
# What a document's own fields are called (联系人：, 咨询电话：, 地址：): a label, not a reader's name.
# (a party's label ends in 人 as 联系人, 负责人, 法定代表人 do; a reader's name may too, 阿拉宁波人: not
# after just any word)
_FIELD_LABEL = re.compile(r"(?:^[\u4e00-\u9fff]{1,2}人|[系责请理托表办起报收诉告保款货证书签审借贷]人"
                          r"|电话|手机|热线|地址|邮箱|邮编|网址|传真|时间|日期|地点|方式|单位|部门|备注|附件"
                          r"|说明|注意|提示|要求|来源|作者|编辑|审核|校对|签发|主题|事由|题目|答案|解析|答|问)$")
# A comment thread's header: what readers said, wrote or made.
# (or a count of what readers posted, whatever the site calls it: —— 516 条碎碎念 ——)
# (Two searches: the words alone, each opened by a literal, and the count opened by its first digit,
# are each skipped through by `re`; as one alternation, its last branch opening on a lookbehind, it
# was tried at every character, 1.5x as long.)
_THREAD_WORD = re.compile(r"评论|留言|回帖|跟帖|点评|讨论|回复|回应|作品|们说|的人说|网友说|网友补充|读者说|大家说|寄语"
                          r"|章说|段评|短评|热评|吐槽")
_THREAD_COUNT = re.compile(r"\d(?<![第\d]\d)\d{0,5}\s*条[\u4e00-\u9fff]{2,4}[ \t\u3000—\-─]*$", re.MULTILINE)


def _thread_head(text: str) -> bool:
    """`text` names a comment thread: one of its words, or a count of what readers posted."""
    return _THREAD_WORD.search(text) is not None or _THREAD_COUNT.search(text) is not None


_COUNTED_HEAD = re.compile(r"[（(]\s*\d{1,6}\s*[)）]|共\s*\d{1,6}\s*条")


def _thread_header(text: str) -> bool:
    """The header of a thread of comments right above its first byline: short, no sentence, a count in
    it or a thread's word (学员笔记（56）, 评论区（共 14 条）, 网友留言)."""
    return (len(text) <= 30 and _SENTENCE_IN.search(text) is None
            and (_COUNTED_HEAD.search(text) is not None or _thread_head(text)))


# A comment box's prompt: a few words, no colon, no sentence's end (写下你的想法, 说点什么吧).
_PROMPT_LINE = re.compile(r"^[^\s：:。！？]{2,10}$")


# A reader's comment with its day between the name and the words (云朵面包　2023-11-10：看哭了…,
# HR_Amy　2024-03-05　第四章…写得很细).
_DATED_COMMENT = re.compile(r"^([^\s：:，。]{1,20}?)[ \t\u3000]+(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
                            r"(?:\s+\d{1,2}:\d{2})?(?:\s*[：:]|[ \t\u3000]+)\s*[^\s\d]")


def _named_comments(lines: list[str], a: int) -> set[int]:
    """Readers' comments under a thread's header in the document's last part (热门评论, 评论区（8）,
    邻居们说, 📝 这道菜的作品（642）, 用过这个本子的人说：): the lines after it that open with a name and
    a colon, where the name is no field's label and no speaker of the text above (a script's 甲：)."""
    # (its sort tabs set off far to the right: 网友评论(3)　　　　　　最新 | 最热)
    heads = [i for i in range(max(a, 1), len(lines) - 1) if _thread_head(lines[i])
             and len(unspaced(lines[i])) <= 24 and lines[i][-1] not in _SENTENCE_END]
    for head in heads:  # (a heading of the text's own may say 讨论 or 作品 above the thread's)
        out: dict[int, str] = {}
        for i in range(head + 1, len(lines)):
            m = (_SIGNED_NAME.match(lines[i]) or _DATED_COMMENT.match(lines[i])) \
                if len(lines[i]) <= _COMMENT_CHARS else None
            if m and not _FIELD_LABEL.search(m.group(1).strip()) and not starts_with_marker(lines[i]):
                out[i] = m.group(1).strip()
        if head + 1 not in out and not (head + 2 in out and _PROMPT_LINE.match(lines[head + 1])):
            continue  # the header's next line is a reader's: else the header heads something else
        if head + 1 not in out:
            out[head + 1] = ""  # (the box's prompt between the header and the first comment: 写下你的想法)
        above = {m.group(1).strip() for s in lines[:head] if (m := _NAMED.match(s))}
        return {i for i, name in out.items() if name not in above}
    return set()


# (or what the site says of what stands above, between dashes: —— 以上为模板正文，红色字段可替换为您的个人信息 ——)
_SITE_END = r"^[^\w\n]{1,6}以上(?:为|是|即为)?[^\n]{0,12}(?:正文|全文|内容)[^\n]{0,30}?[^\w\n]{1,6}$"
_SITE_END_RE = re.compile(_SITE_END)
# (or its end in words between dashes: ——说明书全文结束——, — 模板到此结束 —, 【正文完毕】)
_END_MARK = re.compile(r"^[^\w\n]{0,6}(?:完|全文完|本文完|正文完|END|End|THE END)[^\w\n]{0,6}$"
                       r"|^[^\w\n]{1,6}[\u4e00-\u9fff]{0,8}(?:结束|完毕)[^\w\n]{1,6}$|" + _SITE_END)
_AFTER_END = 30
"""Lines after an article's end mark that may be the page's (credits, calls to share, comments)."""


def _short_unnumbered(lines: list[str], rows: range) -> bool:
    """Every line of `rows` a comment's length or less and none numbered: no text of the document's."""
    return all(len(lines[i]) <= _COMMENT_CHARS and not starts_with_marker(lines[i]) for i in rows)


def _after_end_mark(idx: list[int], lines: list[str], out: dict[int, str]) -> None:
    """An article's end mark on a line of its own (· 完 ·, -END-, （全文完）) in its last part, with no
    long paragraph after it: the credits, the calls to like and share, the readers' comments after it
    are the page's, whatever they read like."""
    n = len(lines)
    end = next((i for i in range(n - 2, n // 2, -1) if _END_MARK.match(lines[i])), None)
    if end is None or n - end - 1 > _AFTER_END:
        return
    sited = _SITE_END_RE.match(lines[end]) is not None  # (the site's own words: its tips under it, numbered too)
    if sited or _short_unnumbered(lines, range(end + 1, n)):
        if sited:
            out.setdefault(idx[end], "generic.chrome.block")
        for i in range(end + 1, n):
            if sited and len(lines[i]) > _COMMENT_CHARS:
                break
            if not _CREDIT.match(lines[i]):  # (who supplied or wrote it, 供稿：…: the author's line)
                out.setdefault(idx[i], "generic.chrome.block")


# A reader's name and the day they wrote, under a thread's header (weixin_45539012 2024.01.15).
_NAME_STAMP = re.compile(r"^[^\s，。：:]{1,24}[ \t\u3000]+(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d\d)?$")


def _headed_thread(idx: list[int], lines: list[str], feats: list[dict[str, float]], probs: list[float],
                   out: dict[int, str], a: int) -> None:
    """Under a thread's header the layer took for the site's (精选留言) in the document's last part, to
    the end: short lines only, none numbered, one of them a reader's byline closed by a region or a
    count of likes (阿峰　　湖南　　5, …👍 58): the readers' comments and their replies."""
    n = len(lines)
    # (the header taken here, or by the packs: 共 235 条评论)
    head = next((i for i in range(a, n - 2) if _taken(i, idx, feats, out) and _thread_header(lines[i])),
                None)
    if head is None:
        return
    rest = range(head + 1, n)
    # (a line taken already, or that leans to the site's, a footer's row of licences, may be long)
    if _short_unnumbered(lines, [i for i in rest if not _taken(i, idx, feats, out)
                                 and probs[i] < _LEANS]) and any(
            (len(lines[i]) <= 40 and _LIKED.search(lines[i])) or _REGIONED.match(lines[i])
            or _DAY_REGION.match(lines[i]) or _NAME_STAMP.match(lines[i]) for i in rest):
        for i in rest:
            out.setdefault(idx[i], "generic.chrome.comments")


def _comment_thread(idx: list[int], lines: list[str], feats: list[dict[str, float]], probs: list[float],
                    out: dict[int, str], starters: Collection[int] = frozenset()) -> None:
    """A comment thread under the text: from the first of two or more bylines in the document's
    last part to its end, every line a byline, a short comment or chrome. Comments are sentences,
    so the model reads them as text; their bylines say what they are. The uncertain site lines
    right above it (回复　举报) go with it."""
    n = len(lines)
    a = max(n // 2, n - _THREAD_LINES)
    tail = "\n".join(lines[a:])
    # (What every byline holds, tested first by one search: most documents' tails have none of it.)
    hinted = _HINTED.search(tail) is not None
    bylines = [a + k for k in lines_matching(_BYLINE_IN, tail) | lines_matching(_BYLINE_OPENS, "\n" + tail)
               | lines_matching(_BYLINE_AGO, tail + "\n")
               if len(lines[a + k]) <= _COMMENT_CHARS and _byline(lines[a + k])] if hinted else []
    named = _named_comments(lines, a) if _thread_head(tail) else set()
    # (a shop's reviews open with the buyer's name masked, 茶**人：…: no author names anyone so)
    masked = {a + k for k in lines_matching(_MASKED_NAME, tail)} if "**" in tail else set()
    bylines = sorted({*bylines, *named, *(i for i in masked if len(lines[i]) <= _COMMENT_CHARS)})
    if len(bylines) < 2:
        _headed_thread(idx, lines, feats, probs, out, a)
        return
    start = bylines[0]
    if start in named:
        start -= 1  # the thread's header (see _named_comments)
    elif start > 0 and _STAMP_FROM.match(lines[start]) and _NAMED.match(lines[start - 1]):
        start -= 1  # the comment its stamp stands under (小葵花开了：… / 4-7 08:12 来自广东)
    if any(idx[i] not in out and len(lines[i]) > _COMMENT_CHARS for i in range(start, n)):
        return  # a long paragraph below: the document's own text, dated entries of a chronicle
    if any(i in starters for i in range(start, n)):
        return  # a post of the thread's starter below (see _others_posts): the document goes on
    for i in range(start, n):
        if idx[i] not in out:
            out[idx[i]] = "generic.chrome.comments"
    i = start - 1
    # (and its header: 学员笔记（56）　最新 | 最热, a short line with its count or a thread's word)
    # (up to a line taken already, here or by the packs: the text's last paragraph stays above it)
    while i >= 0 and not _taken(i, idx, feats, out) and (
            (probs[i] >= _UNSURE and _evidence(feats[i])) or _DOTS.match(lines[i])
            or (i == start - 1 and _thread_header(lines[i]))):
        out[idx[i]] = "generic.chrome.comments"
        i -= 1


# A post's byline in a forum's thread, its author named (作者：远山的呼唤  回复日期：2013-09-07 23:06:51,
# 楼主：… 时间：…).
_POST_BYLINE = re.compile(r"^(?:作者|楼主|发帖人|回帖人|回复人|发表人)[：:][ \t\u3000]*([^\s：:]{1,20})[ \t\u3000]+"
                          r"(?:回复|发表|发帖|回帖)?(?:日期|时间)[：:][ \t\u3000]*(?:19|20)\d\d[-/.年]", re.MULTILINE)
_POST_DATE = re.compile(r"^(?:发表于|发布于|回复于)\s*(?:19|20)\d\d[-/.年]\s*\d{1,2}[-/.月]\s*\d{1,2}", re.MULTILINE)
_NAME_LINE = re.compile(r"^[^\s，。；！？、：:,;!?|｜]{2,16}$")
_POSTS = 3
_POST_HEAD = 5
"""A post's author is named this many lines above its date at most (老渡 / 版主 / 积分… / 发消息 / 楼主)."""
_REPLY_LINES = 6
_SHORT_REPLY = 3


def _others_posts(idx: list[int], lines: list[str], feats: list[dict[str, float]], out: dict[int, str]) -> set[int]:
    """A forum's thread its starter goes on writing in (a story told in installments, a review in parts):
    each post under a byline naming its author (作者：远山的呼唤  回复日期：…, see _POST_BYLINE), or under a
    post's date (发表于 2024-5-12 21:40) with its author's name a few short lines above it (老渡 / 版主 / …);
    three posts or more. The starter's posts are the document; a post by anyone else between them (沙发！…楼主
    继续, 占座，坐等更新) is a reply, a few short lines, the site's page as much as its bylines are. The starter
    is the first post's author, named again over a later post. Returns the lines of the starter's posts
    after the first (no comment thread under the text takes them)."""
    joined = "\n".join(lines)
    if "作者" not in joined and "楼主" not in joined and "人：" not in joined and "人:" not in joined \
            and "发表于" not in joined:
        return set()  # (one search for what every byline holds: most documents have none)
    posts: list[tuple[int, set[str]]] = []
    for i in sorted(lines_matching(_POST_BYLINE, joined) | lines_matching(_POST_DATE, joined)):
        if m := _POST_BYLINE.match(lines[i]):
            posts.append((i, {m.group(1)}))
        else:  # (the names over a post's date: its author's, and their role's, 版主)
            above = range(i - 1, max(-1, i - _POST_HEAD - 1), -1)
            names = set()
            for k in above:
                if len(lines[k]) > _MENU_ROW or (posts and k <= posts[-1][0]):
                    break
                if _NAME_LINE.match(lines[k]):
                    names.add(lines[k])
            posts.append((i, names))
    if len(posts) < _POSTS:
        return set()
    starter = posts[0][1] & set().union(*(names for _, names in posts[1:]))
    spans = []
    for n, (i, _) in enumerate(posts):
        end = posts[n + 1][0] if n + 1 < len(posts) else len(lines)
        # (a post's lines: past its own marks under its byline, 4#, up to the next byline or the site's next row)
        a = i + 1
        while a < end and _taken(a, idx, feats, out):
            a += 1
        j = a
        while j < end and not _taken(j, idx, feats, out):
            j += 1
        spans.append((a, j))
    # (its starter named nowhere again, their names taken as the pages' headers: a post of a few short
    # lines is a reply where the starter's run long)
    long_posts = sum(j - a > _REPLY_LINES for a, j in spans)
    if not starter and long_posts < 2:
        return set()  # (a page of replies, its starter's post on another page: no story to tell them from)
    own: set[int] = set()
    for n, ((i, names), (a, j)) in enumerate(zip(posts, spans, strict=True)):
        if (names & starter) if starter else j - a > _REPLY_LINES:
            if n:
                own.update(range(a, j))
            continue
        if 0 < j - a <= (_REPLY_LINES if starter else _SHORT_REPLY) and all(
                len(lines[k]) <= _COMMENT_CHARS for k in range(a, j)):
            # (its author's name right over its date goes with it)
            first = i - 1 if i > 0 and lines[i - 1] in names and not _POST_BYLINE.match(lines[i]) else i
            for k in range(first, j):
                out[idx[k]] = "generic.chrome.comments"
    return own


_TEMPLATE_KEY = 6
"""How many leading characters (blanks out, digits as 0) a site's row stamped under each item shares."""
_TEMPLATE_TIMES = 3
_TEMPLATE_P = 0.1


def _template_rows(idx: list[int], lines: list[str], feats: list[dict[str, float]], probs: list[float],
                   out: dict[int, str]) -> None:
    """A row the site stamps under every item (相似题　收藏　纠错　▸ 查看考点：…, a code block's
    "bash 体验AI代码助手 代码解读 复制代码"): three or more lines that open alike, no clause in any, each
    with a site's mark and some doubt of the model. Inside the text the model alone would keep each;
    their recurring together is the evidence. (A command run three times, an exam's options, 【答案】
    lines carry no site's mark and stay.)"""
    groups: dict[str, list[int]] = {}
    marked: Counter[str] = Counter()
    for i, f in enumerate(feats):
        if f is PLAIN or f is SURE:
            continue
        key = unspaced(lines[i]).translate(_DIGITS_AS_ZERO)
        if len(key) >= _TEMPLATE_KEY and not _CLAUSE.search(lines[i]):
            key = key[:_TEMPLATE_KEY]
            groups.setdefault(key, []).append(i)
            # (the rows taken already, and those the model doubts with a site's mark, make the group;
            # then each of its rows goes)
            # (an icon on the row is a site's mark too: c　　运行　　⎘ AI写代码)
            marked[key] += idx[i] in out or (probs[i] >= _TEMPLATE_P
                                             and (_evidence(f, ("dup",)) or f.get("pict", 0) > 0))
    for key, rows in groups.items():
        if marked[key] >= _TEMPLATE_TIMES:
            for i in rows:
                out.setdefault(idx[i], "generic.chrome." + _kind(feats[i]))


# A site's badge on a link to another page (【热】, [荐], 〔新〕, 【HOT】).
_LINK_BADGE = re.compile(r"^[【\[［〔]\s*(?:热|荐|精|新|顶|热门|推荐|精选|置顶|最新|图文|视频|HOT|Hot|hot|NEW|New|new)"
                         r"\s*[】\]］〕]", re.MULTILINE)
_BADGED_RUN = 3


def _badged_run(idx: list[int], lines: list[str], out: dict[int, str]) -> None:
    """Three lines or more in a row, each a title under the same site's badge (【热】入职培训后的感受1000字 /
    【热】岗前培训个人总结范文（通用5篇）/ …): links to other pages set into the text, wherever they stand."""
    end = 0
    for i in sorted(lines_matching(_LINK_BADGE, "\n".join(lines))):  # (one search: most documents have none)
        if i < end:
            continue  # (a line of the run before)
        badge = _LINK_BADGE.match(lines[i])
        assert badge is not None
        j = i
        while j < len(lines) and lines[j].startswith(badge.group(0)) and len(lines[j]) <= MAX_CHROME \
                and not _STOPPED.search(lines[j]) and "。" not in lines[j]:
            j += 1
        if j - i >= _BADGED_RUN:
            for t in range(i, j):
                out.setdefault(idx[t], "generic.chrome.block")
        end = max(j, i + 1)


# A title alone, no bullet: short, no clause or field in it (绩效考核管理办法（国企版）).
_BARE_TITLE = re.compile(r"^[^，。；！？：:,;!?]{4,40}$")
# An item's teaser under it: its opening cut off, a link to the rest (尊敬的王老师：孩子升入三年级以来……［阅读全文］).
_TEASED = re.compile(r"(?:…|\.\.\.)\s*[\[【［〔(（]?\s*(?:阅读全文|查看全文|全文阅读|阅读更多|查看详情)"
                     r"\s*[\]】］〕)）]?$")
# An item of a list of titles: a bullet or a number first (· …, 01 …, 1. …).
_LIST_ITEM = re.compile(r"^(?:[·•\-*▪◆◇▶▷►○●]\s*|\d{1,2}[.、．)）]?\s+|\d{1,2}[.、．]\s*)\S")


def _taken(i: int, idx: list[int], feats: Sequence[dict[str, float]], out: dict[int, str]) -> bool:
    """Line i is the site's already: taken by a pass of the layer, or by the packs (SURE)."""
    return idx[i] in out or feats[i] is SURE


def _sandwiched_lists(idx: list[int], lines: list[str], out: dict[int, str], last_anchor: int,
                      feats: list[dict[str, float]], trailer_cut: bool = False) -> None:
    """A list of titles under the text with chrome right above and right below it (a site's
    "看过这篇的人还看了：" over its items, its footer under them; found here or taken by the packs) is
    the site's: the items read as titles, each alone, so no one of them is chrome by itself. So is a
    table of them set in columns (title　pages　uses). `trailer_cut`: the packs cut a site's trailer
    under the last line, which stands for chrome below it."""
    # (from the last line of the text's that stays: a comment thread under it reads as sentences too;
    # a headline of another page's with a comma in it, "秋季开学，这份收心指南请家长收好", ends no text)
    i = next((k + 1 for k in range(len(lines) - 1, -1, -1) if _solid(feats[k]) and not _taken(k, idx, feats, out)
              and not _headline_item(lines[k])), last_anchor + 1)
    while i < len(lines):
        if _taken(i, idx, feats, out):
            i += 1
            continue
        j = i
        while j < len(lines) and not _taken(j, idx, feats, out):
            j += 1
        if (i > 0 and _taken(i - 1, idx, feats, out) and j < len(lines) and j - i >= 2
                and not any(_CONTENTS_ENTRY.match(lines[k]) for k in range(i, j))
                and all((_LIST_ITEM.match(lines[k]) and len(lines[k]) <= 60 and lines[k][-1] not in "。！？；!?;")
                        or _BARE_TITLE.match(lines[k]) or _headline_item(lines[k])
                        or (k > i and _TEASED.search(lines[k]) is not None)
                        for k in range(i, j))):
            for k in range(i, j):
                out[idx[k]] = "generic.chrome.widget"
        elif (i > 0 and _taken(i - 1, idx, feats, out) and (j < len(lines) or trailer_cut)
              and _same_columns(lines[i:j], lines[i - 1], lines[j] if j < len(lines) else "")):
            # A table of other documents (title　pages　uses) between the site's rows, or its first
            # rows, the rest of it taken.
            for k in range(i, j):
                out[idx[k]] = "generic.chrome.widget"
        i = j


_GUTTER = 3


def _line_numbers(idx: list[int], lines: list[str], feats: list[dict[str, float]], out: dict[int, str]) -> None:
    """A code block's gutter under the site's button over it (登录后复制 / 1 / 2 / 3 / …): lines that are only
    numbers counting up from 1, right under a line taken for the site's."""
    i = 1
    while i < len(lines):
        if lines[i] != "1" or not _taken(i - 1, idx, feats, out):
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j] == str(j - i + 1):
            j += 1
        if j - i >= _GUTTER:
            for k in range(i, j):
                out[idx[k]] = "generic.chrome.gutter"
        i = j


def _lone_counts(idx: list[int], lines: list[str], feats: list[dict[str, float]], out: dict[int, str]) -> None:
    """A number alone between two of the site's lines (点赞 / 56 / 收藏): the count of the button above it."""
    for i in range(1, len(lines) - 1):
        if (idx[i] not in out and len(lines[i]) <= 6 and lines[i].isdigit() and _taken(i - 1, idx, feats, out)
                and _taken(i + 1, idx, feats, out)):
            out[idx[i]] = "generic.chrome.widget"


# The header of a list of the site's other pages set into the text (热门推荐, 本周热榜, 通知公告, 最新公告, 相关阅读).
_LIST_HEAD = re.compile(r"^[^\w\n]{0,3}[\u4e00-\u9fff]{0,6}(?:热门|最新|推荐|相关|精选|热点|热榜|排行|通知公告"
                        r"|近期公告|公告|资讯|动态|阅读|延伸|猜你|大家都在)[\u4e00-\u9fff]{0,4}[^\w\n]{0,3}$")
# Its items: bulleted, or numbered by a digit apart from the title (1　青岚山杜鹃花预计4月中旬开放).
# (or led by its day: 2024-04-27　华澜科技2023年年度报告摘要)
_PAGE_ITEM = re.compile(r"^(?:[·•»›▸▶◦▪]\s?|\d{1,2}[ \t\u3000]+|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}[ \t\u3000]+)"
                        r"[^\s]")
_PAGE_ITEMS = 3
_PAGE_ITEM_CHARS = 40


def _inserted_list(idx: list[int], lines: list[str], feats: list[dict[str, float]], out: dict[int, str]) -> None:
    """A list of the site's other pages set into the text under its header (通知公告 / · 关于开展…的通知 / ·
    …): three or more items no longer than a title, none a sentence, each bulleted or numbered apart
    from its words, or plain where the site's row (更多>>) closes them. A list of the text's own has no
    such header: its items are its points."""
    for i, head in enumerate(lines):
        if len(head) > 12:
            continue
        # (or a header the layer took already, 同主题文件, 同专业论文推荐: its items are the site's too, each a
        # link bulleted or numbered, to the site's next row or the page's end)
        linked = idx[i] in out and _PUNCT_RE.search(head) is None and not head[-1].isdigit()
        if not linked and (idx[i] in out or not _LIST_HEAD.match(head)):
            continue
        j = i + 1
        while (j < len(lines) and not _taken(j, idx, feats, out) and len(lines[j]) <= _PAGE_ITEM_CHARS
               and not _STOPPED.search(lines[j]) and lines[j][-1] not in "：:，,"
               and (_PAGE_ITEM.match(lines[j]) or (linked and _LIST_ITEM.match(lines[j]))
                    or not starts_with_marker(lines[j]))):
            j += 1  # (up to the text's next heading, 五、住宿餐饮)
        items = range(i + 1, j)
        closed = j < len(lines) and _taken(j, idx, feats, out)
        if linked:
            if len(items) >= 2 and (closed or j == len(lines)) and all(
                    _PAGE_ITEM.match(lines[k]) or _LIST_ITEM.match(lines[k]) for k in items):
                for k in items:
                    out[idx[k]] = "generic.chrome.widget"
        elif len(items) >= _PAGE_ITEMS and (closed or all(_PAGE_ITEM.match(lines[k]) for k in items)):
            for k in range(i, j):
                out[idx[k]] = "generic.chrome.widget"


# An entry of the document's own contents: a chapter, or a section numbered in levels (第1章 绪论, 1.1 研究背景).
_CONTENTS_ENTRY = re.compile(r"^(?:第[\d一二三四五六七八九十百]+[章节篇]|\d{1,2}\.\d{1,2}(?:\.\d{1,2})*[ \t\u3000]+\S)")


def _headline_item(text: str) -> bool:
    """A headline of another page's in a list of them: a title's length, one clause mark at most, no
    sentence's end or open clause at its end (新学期第一课｜开学典礼上，这位校长的话说到了家长心坎里)."""
    return len(text) <= 40 and text[-1] not in "。！？；!?;，,、：:…" and len(_CLAUSE.findall(text)) <= 1 \
        and "。" not in text and not starts_with_marker(text)  # (a contents list's heading is the text's)


_COLUMN_GAP = re.compile(r"[ \t\u3000]{2,}")
_CLAUSE_MARK = re.compile(_CLAUSE.pattern + r"|[,;](?!\d)")  # (a comma in 2,817 groups digits)


def _same_columns(rows: list[str], above: str, below: str) -> bool:
    """Rows set in the same three or more columns (split by wide gaps), none a sentence, and two or more
    of them or set as the line above or below them is."""
    def columns(s: str) -> int:
        return len(_COLUMN_GAP.split(s.strip()))

    n = columns(rows[0])
    return (n >= 3 and all(columns(r) == n and not _CLAUSE_MARK.search(r) for r in rows)
            and (len(rows) >= 2 or n in (columns(above), columns(below))))


# A menu's item with its badge count (通知(3), 消息（12）): a site's, as much as a site word is.
_BADGE = re.compile(r"(?<=\S)\s*" + BADGE_COUNT)
_MENU_ITEM = 6
"""A menu printed one item per line has items this short (我的馆, 写文章, 我的藏品)."""


def _menu_columns(idx: list[int], lines: list[str], feats: list[dict[str, float]], out: dict[int, str],
                  first_anchor: int) -> None:
    """A site's menu printed one item per line above the text (拾贝馆藏 / 我的馆 / 通知(3) / 写文章): a
    run of three or more very short lines with no sentence mark, half of them or more a site's by
    their own words (a site word, a badge count) or taken for chrome already. A poem's lines or a
    cover's are as short, but carry no site's words."""
    end = min(first_anchor, len(lines))
    run: list[int] = []
    for i in range(end + 1):
        if i < end and _menu_item(lines[i], feats[i]):
            run.append(i)
            continue
        marked = sum(1 for j in run if feats[j] is SURE or idx[j] in out or _evidence(feats[j])
                     or _site_words(feats[j]) or _BADGE.search(lines[j]))
        # a longer run with a site's word in it, at the top of the page or right above a row the site
        # printed (a breadcrumb, a metadata row): a site's menu, its other items plain words (学校首页 /
        # 学校概况 / 党建工作 / 德育天地)
        # (or two of its items a site's by their own words, 网站首页 … 联系我们, wherever it stands above the text)
        framed = len(run) >= 4 and (marked >= 2 or (
            marked >= 1 and (run[0] <= 1 or (i < end and (feats[i] is SURE or idx[i] in out)))))
        if len(run) >= 3 and (2 * marked >= len(run) or framed):
            for j in run:
                if feats[j] is not SURE:
                    out.setdefault(idx[j], "generic.chrome.nav")
        run = []


_NOTICE_HEAD = re.compile(r"^[【\[［〔]\s*(?:下载|购买|付费|会员|积分|版权|用户|上传|使用|阅读|温馨|特别|重要|免责)"
                          r"(?:须知|说明|提示|声明|协议)\s*[】\]］〕]\s*[:：]?$")
# (or unbracketed, as a label: 温馨提醒： over the site's numbered notes, their notice words telling them apart)
_NOTICE_LABEL = re.compile(r"^(?:温馨提[示醒]|特别提[示醒]|下载须知|下载说明|购买须知|版权声明|免责声明)\s*[:：]$")
_SITE_NOTICE_HEAD = re.compile(r"^[【\[［〔]\s*(?:下载|购买|付费|会员|积分|版权|用户|上传)")
_NOTICE_ITEMS = 12
_NOTICE_EDGE = 15
"""A site's notices stand among the page's first or last lines."""


def _notice_list(idx: list[int], lines: list[str], feats: list[dict[str, float]], out: dict[int, str],
                 m: Model) -> None:
    """A site's numbered notices under their header, bracketed as a site's label (【下载须知】 / 1. …平台不提供
    法律咨询 / 2. 下载完成后…), among the page's first or last lines: the header and the numbered items
    after it, each short, half of them or more with a site's words (read again on an item the layer
    took for plain text). (An author's 下载说明 over the steps of an install has no brackets.)"""
    for i, s in enumerate(lines):
        if len(s) > 12 or not (_NOTICE_HEAD.match(s) if s[0] in "【[［〔" else _NOTICE_LABEL.match(s)):
            continue
        if _NOTICE_EDGE <= i < len(lines) - _NOTICE_EDGE:
            continue
        j = i + 1
        while (j < len(lines) and j - i <= _NOTICE_ITEMS and starts_with_marker(lines[j])
               and len(lines[j]) <= MAX_CHROME):
            j += 1
        items = range(i + 1, j)
        # (under a header of the site's own words, any site's word; under a plainer one, 【使用说明】,
        # the words of a site's notice: its platform, downloads, service, refunds)
        sited = _SITE_NOTICE_HEAD.match(s) is not None
        worded = sum(1 for k in items if (_site_words if sited else _notice_words)(
            feats[k] if feats[k] is not PLAIN else _known(lines[k], m.vocab, m.items, frozenset(), m.cache, m.ngrams)))
        if len(items) >= 2 and 2 * worded >= len(items):
            for k in (i, *items):
                out.setdefault(idx[k], "generic.chrome.notice")


_SUMMARY_HEAD = 15
"""A site prints its summary of the document among the page's first lines."""
_LABELLED = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]\s*")
_SUMMARY_MIN = 20


def _summary_twice(idx: list[int], lines: list[str], out: dict[int, str]) -> None:
    """A site's summary of the document printed twice among the page's first lines (简介：… / 文档预览 /
    …): the same sentence, once under a field's label and once under a short label line of its own a
    line or two below. Both are the site's; a summary that is the text's opening, with no label line
    over the second copy, leaves that copy to the text (see copies)."""
    head = min(len(lines), _SUMMARY_HEAD)
    bare = [_LABELLED.sub("", s, count=1) for s in lines[:head]]
    for i in range(head):
        if len(bare[i]) < _SUMMARY_MIN or bare[i] == lines[i]:
            continue
        for j in range(i + 2, min(i + 4, head)):
            if lines[j] == bare[i] and len(lines[j - 1]) <= _MENU_ITEM + 2 and not _PUNCT_RE.search(lines[j - 1]):
                for k in (i, j - 1, j):
                    out.setdefault(idx[k], "generic.chrome.summary")
                return


# A teaser cut off by an ellipsis, maybe with the text's length after it (…唧泥和坑槽等次生病害……, …的工作思路……
# （全文约2980字）).
_ELIDED_END = re.compile(r"(?:…|\.{3}|。。。)\s*(?:[（(][^（）()\n]{1,16}[)）])?$")
_TEASER_KEY = 12
_TEASER_REACH = 60


# A site's tip on using the page, led by its label (使用小贴士：本范本适用于…, 提示：本页文字由PDF自动转换生成…),
# about the sample, the page or the file.
_SITE_TIP = re.compile(r"^(?:使用|下载|阅读|温馨|特别|友情|编辑|小编|资料|文档|预览)?(?:提示|小贴士|贴士|须知|说明)"
                       r"\s*[:：]"
                       r"[^\n]*?(?:范本|模板|样本|本页|本站|本文档|文档|下载|原文|预览|仅供参考)")


# A site's tip under its label, the label naming what the tip is for: the preview, the template, the
# exam's practice, the mirror (【预览说明】…, ⚠ 温馨提醒:…, 【模板要点】…, 镜像说明：…); or its call to get the
# whole file (【获取全文】…). An author's 【说明】 or 注意事项： names no such thing.
_TIP_LABEL = re.compile(r"^(?:[^\w\s【\[［〔（(“]\ufe0f?\s*)?"
                        r"(?:[【\[［〔][\u4e00-\u9fff]{1,5}(?:说明|提示|提醒|须知|贴士|要点|推荐)[】\]］〕]"
                        r"|[【\[［〔]?(?:(?:预览|试读|备考|模板|范本|镜像|资料|文档|温馨|友情|小编|编辑|使用|下载|阅读|购买|节选)"
                        r"(?:说明|提示|提醒|须知|贴士|要点|指引)|小贴士|(?:获取|下载|查看)(?:全文|完整版))[】\]］〕]?\s*[:：]?)")


def _site_tips(idx: list[int], lines: list[str], out: dict[int, str]) -> None:
    """Among the page's first lines, the site's tips on its sample or page (see _SITE_TIP): a document opens
    on its title, not on a note about how to use it."""
    for i in range(min(len(lines), _SUMMARY_HEAD)):
        if idx[i] not in out and len(lines[i]) <= MAX_CHROME and _SITE_TIP.match(lines[i]):
            out[idx[i]] = "generic.chrome.notice"


def _labelled_tips(idx: list[int], lines: list[str], feats: Sequence[dict[str, float]], out: dict[int, str]) -> None:
    """Next to a row of the site's, with no running text of the document's between it and the page's top or
    end, a tip under the site's label (see _TIP_LABEL)."""
    n = len(lines)
    # (the page's headline may read as a sentence: the text starts at its second line of running text)
    edges = (*range(min(n, _SUMMARY_HEAD)), *range(max(_SUMMARY_HEAD, n - _SUMMARY_HEAD), n))
    labelled = [i for i in edges if idx[i] not in out and _TIP_LABEL.match(lines[i])]
    if not labelled:
        return  # (most pages have none: the walk below is for those that do)

    def text_at(k: int) -> bool:
        return _solid(feats[k]) and not _taken(k, idx, feats, out) and not _TIP_LABEL.match(lines[k])

    head = ([k for k in range(min(n, _SUMMARY_HEAD)) if text_at(k)][1:2] or [min(n, _SUMMARY_HEAD)])[0]
    tail = ([k for k in range(n - 1, max(head, n - _SUMMARY_HEAD) - 1, -1) if text_at(k)][1:2] or [head])[0]
    for i in labelled:
        if not (i < head or i > tail) or len(lines[i]) > MAX_CHROME or not (
                (i > 0 and _taken(i - 1, idx, feats, out)) or (i + 1 < n and _taken(i + 1, idx, feats, out))):
            continue
        # (under the text, a notice's own 温馨提示： to its readers stands over the site's footer too)
        label = lines[i][:8]
        if i < head or ("温馨" not in label and "友情" not in label):
            out[idx[i]] = "generic.chrome.notice"


_SITE_SUMMARY = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:导读|预览|简介|概要|摘录)\s*[:：]")


def _elided_teaser(idx: list[int], lines: list[str], out: dict[int, str]) -> None:
    """A site's teaser among the page's first lines (导读：…, 内容简介：…, or under a label line of its own):
    the text's opening, or its title and opening run together, cut off by an ellipsis. Its first words
    are found again below, where the text itself says them; a summary of the author's own is not cut off."""
    head = min(len(lines), _SUMMARY_HEAD)
    for i in range(head):
        # (or whole, under a label of the site's: 方案导读：…, 内容预览：…; an author's 摘要： may repeat a line)
        if len(lines[i]) < _SUMMARY_MIN or not (_ELIDED_END.search(lines[i]) or _SITE_SUMMARY.match(lines[i])):
            continue
        key = unspaced(_LABELLED.sub("", lines[i], count=1))[:_TEASER_KEY]
        # (its words may run over the text's first lines: 房屋租赁合同 出租方（甲方）：… over the title and a party)
        if len(key) == _TEASER_KEY and key in "".join(unspaced(t) for t in lines[i + 1:i + 1 + _TEASER_REACH]):
            out.setdefault(idx[i], COPY_RULE)  # (a copy of the opening, cut short)


# What opens the answers on a question-and-answer page (最佳答案, 12 个回答, 写回答, 1,873 人觉得有用): not an
# exam's 参考答案, which has no question page's rows around it.
_ANSWERS_OPEN = re.compile(r"^[^\w\n]{0,3}(?:最佳答案|推荐答案|满意答案|优质答案|最佳回答|精选回答|高赞回答|已采纳)"
                           # (a label alone over the reply to a resident's request: 答复内容：)
                           r"|^(?:答复|回复|办理|处理)(?:内容|意见|结果|情况)[:：]$"
                           r"|^(?:共|已有|查看全部|全部|查看)?\s*\d[\d,]*\s*(?:个|条|位)[\u4e00-\u9fff]{0,4}(?:回答|解答|答复)"
                           # (or a cell of the asker's row: 江苏-苏州　｜　…提问　｜　已有 3 位律师解答)
                           rf"|[{_BARS}\u3000]\s*(?:共|已有)\s*\d[\d,]*\s*(?:个|条|位)[\u4e00-\u9fff]{{0,4}}(?:回答|解答|答复)"
                           r"|^[\u4e00-\u9fff]{0,4}(?:回答|解答|答复)\s*[（(]\s*\d[\d,]*\s*[)）]"  # (律师解答（6）)
                           r"|写回答|我来答|我来回答|邀请回答|\d[\d,.]*\s*[万kK]?\s*人觉得有用|采纳数|采纳率"
                           # (a message board's reply under a resident's message: 承办单位：…　回复时间：…)
                           r"|(?:回复|答复)(?:时间|单位|部门)\s*[:：]")
_ASKED = re.compile(r"[？?]$|^(?:诉求|留言|来信|咨询|问题|投诉)(?:标题|主题|内容)[:：]")
"""The question a page asks (…怎么算？), or the field of a resident's request that states it (诉求标题：…)."""
_QA_HEAD = 20
"""The answers open among a question page's first lines."""
_ANSWERER = 24
"""The answerer's rows under the answers' head (name, bio, level, counts) are shorter than this."""


# What a Q&A site says of an answer and its answerer (✓ 提问者采纳的答案, 执业律师 · 认证专家　采纳率 92%).
_ANSWER_BADGE = re.compile(r"采纳|最佳答案|满意答案|优质答案|好评率|认证(?:专家|律师|医生|答主|用户)|获赞"
                           r"|专长领域|擅长领域")
_ANSWERER_ROW = 60
_SENTENCE_END_IN = re.compile(r"[。！；]")


def _question_page(idx: list[int], lines: list[str], out: dict[int, str]) -> None:
    """A question-and-answer page: the question (a line ending with its question mark) and what stands
    around it above the head of the answers are the page's (its detail, the asker's row), and so are the
    answerer's rows under that head; the answer is the document, a reply with no title of its own (five
    independent annotators of six labelled such pages so)."""
    head = min(len(lines), _QA_HEAD)
    a = next((k for k in range(1, head) if _ANSWERS_OPEN.search(lines[k])), None)
    if a is None:
        return
    asked = [k for k in range(a) if _ASKED.search(lines[k]) and len(lines[k]) <= 80]
    if not asked:
        return
    for k in range(a + 1):
        out.setdefault(idx[k], QUESTION_RULE)
    for k in range(a + 1, len(lines)):
        s = lines[k]
        if len(s) <= _ANSWERER_ROW and _ANSWER_BADGE.search(s) and not _SENTENCE_END_IN.search(s):
            out.setdefault(idx[k], QUESTION_RULE)  # the answer's badge, its answerer's credentials (采纳率 92%)
            continue
        titled = ends_with_type(s) and _BARE_TITLE.match(s) is not None
        # (the answer's text, or its own title: 关于…问题的答复; a row of counts, 关注者 2,417　被浏览 1,842,036,
        # is long in digits, not in words)
        if ((len(_CJK.findall(s)) >= _ANSWERER or _CLAUSE.search(s) or s[-1] in "：:" or titled)
                and not _ANSWERS_OPEN.search(s)):
            break
        out.setdefault(idx[k], QUESTION_RULE)


# Where a database's record ends and the document begins: a rule, a framed label, or a label alone
# (────, ━━ 全文预览（试读前 4 页） ━━, 正文, 全文（OCR识别文本，仅供参考）).
_BOUNDARY = re.compile(r"^[—─━┄┅┈┉╌╍═\-=~～·]{6,}$|^[^\w\s]{2,}\s*\S[^\n]{0,30}?\s*[^\w\s]{2,}$"
                       r"|^(?:正文|全文|原文|文档内容|全文预览|全文阅读)(?:\s*[（(][^）)\n]{0,24}[)）])?$")
# A record's field: a label in brackets or before a colon, a value with no sentence in it.
_FIELD_ROW = re.compile(r"^(?:【[^】\n]{1,8}】|[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z \u3000]{0,9}[:：])"
                        r"[^。！？\n]{0,80}$")
_RECORD_HEAD = 20
"""A record's boundary stands among the page's first lines."""
_TITLE_BELOW = 8
"""The document's own title stands this close under the boundary."""


def _record_fields(idx: list[int], lines: list[str], feats: list[dict[str, float]], out: dict[int, str]) -> None:
    """A database's record of the document above it (标准编号：…, 【制发机关】…, 流程编号：…): the fields
    over the boundary where the document begins, its own title under it, are the site's. A
    document's own fields (合同编号：, 甲方：) stand under its title, not over it."""
    for h in range(1, min(len(lines), _RECORD_HEAD)):
        if not _BOUNDARY.match(lines[h]):
            continue
        # (its own title, a type's name at its end, or a title's shape right under the boundary: 红星农机修造厂简史)
        below = lines[h + 1] if h + 1 < len(lines) else ""
        if not (any(len(lines[j]) <= 40 and ends_with_type(bare_title(lines[j]))
                    for j in range(h + 1, min(len(lines), h + 1 + _TITLE_BELOW)))
                or (4 <= len(below) <= 40 and not _PUNCT_RE.search(below))):
            continue
        k, fields = h - 1, 0
        while k >= 0 and (_taken(k, idx, feats, out) or _FIELD_ROW.match(lines[k])):
            fields += feats[k] is not SURE and _FIELD_ROW.match(lines[k]) is not None
            k -= 1
        if fields >= 2:
            for j in range(k + 1, h + 1):
                if feats[j] is not SURE:
                    out.setdefault(idx[j], "generic.chrome.meta")
        return


def _menu_item(text: str, f: dict[str, float]) -> bool:
    bare = _BADGE.sub("", text)
    return len(bare) <= _MENU_ITEM and _PUNCT_RE.search(bare) is None and not f.get("marker")


def _holds_text(lines: list[str], n: int) -> bool:
    """The lines hold at least n characters, blanks aside (counted only until they do)."""
    total = 0
    for s in lines:
        total += len("".join(s.split()))
        if total >= n:
            return True
    return False


_EVIDENCE = ("count", "rating", "url", "url_only", "host", "menu", "kv", "filename", "arrow", "dup")


_EMOJI_LED = 5
"""Lines led by a pictograph inside the text that make it the author's style of bullet."""
_ECHO_HEAD = 12
"""The document's title, echoed by the site, stands among the page's first lines."""
_PAGE_TITLE_AT = 3
"""A page title stands among the page's first lines (under its menu, at most)."""


def _echoed_title(idx: list[int], lines: list[str], first: list[float], first_anchor: int,
                  out: dict[int, str]) -> None:
    """The document's own title, which the site echoes in its page title ("山居秋暝原文、注释、译文及赏析｜
    王维｜…", "渡口人家_第十二章　借灯_…", "陆清禾_360百科") or in a row it took for its own (a share
    card, a breadcrumb): above the text, the first line the echo names whole, not a site's by its
    own words, is the title however site-like its neighbours."""
    head = min(first_anchor + 1, _ECHO_HEAD, len(lines))
    holders = [(j, unspaced(lines[j])) for j in range(len(lines)) if j < _PAGE_TITLE_AT or idx[j] in out]
    for i in range(head):
        t = unspaced(lines[i])
        if not 2 <= len(t) <= 48 or first[i] >= 1.0 or t[-1] in "，,：:" or _STOPPED.search(t):
            continue
        if out.get(idx[i]) == MENU_RULE:
            continue  # (a menu's first item, one a line: the page's section, which the page title names)
        # (not by the site's name a page title ends on, …停水通知_澄川水务集团有限公司: that names the site)
        j = next((j for j, h in holders if j != i and names_whole(t, h, j < min(i, _PAGE_TITLE_AT))
                  and (j >= min(i, _PAGE_TITLE_AT) or (t in strip_site(h) and not _site_after(h, t)))), None)
        if j is None:
            continue
        if out.get(idx[i]) == QUESTION_RULE:
            return  # (a question page's question is the page's, echoed or not)
        out.pop(idx[i], None)
        return


def _site_after(page_title: str, name: str) -> bool:
    """The page title ends on `name` after a separator (就诊须知-澄河区人民医院): the site's name."""
    k = len(page_title) - len(name)
    return k > 0 and page_title.endswith(name) and page_title[k - 1] in "-_|｜—–·•"


_COLUMN_NAME = 12
"""A column's name is this short at most (家委会专栏, 理赔与投诉)."""


def _column_echo(idx: list[int], lines: list[str], out: dict[int, str], first_anchor: int) -> None:
    """Above the text, a line standing alone that a path the layer took names as a step short of its last
    (所在栏目：家校共育 / 家委会专栏 / 正文, 帮助中心 ＞ 理赔与投诉 ＞ 破损/丢失): the page's column, not its
    title (a path's last step may be the title; a step before it is where the page stands), unless it
    names a kind of document (检讨书, 监理规划: the title of a page of that column's kind)."""
    head = min(first_anchor, _ECHO_HEAD, len(lines))
    steps = set()
    for j in range(head):
        if idx[j] in out and _CRUMB_SEP.search(lines[j]):
            path = [c.strip() for c in _CRUMB_SEP.split(_CRUMB_LABEL.sub("", lines[j], count=1)) if c.strip()]
            if len(path) >= 3:
                steps.update(path[:-1])
    for i in range(head):
        # (a document's type is no column's name, whatever the path calls its column: 范文大全 ＞ 检讨书 ＞ …)
        if idx[i] not in out and len(lines[i]) <= _COLUMN_NAME and lines[i] in steps and not ends_with_type(lines[i]):
            out[idx[i]] = "generic.chrome.nav"


def _evidence(f: dict[str, float], but: tuple[str, ...] = ()) -> bool:
    """Some mark of a site on the line itself (a site word, a count, a link, a menu): a cover line,
    a heading or a signature beside a chrome block has none, and stays. (`but`: marks not counted.)"""
    for k in _EVIDENCE:  # (plain loops: this runs for every line at a block's edge)
        if f.get(k, 0) > 0 and k not in but:
            return True
    return any(v > 0 and k.endswith("_density") for k, v in f.items())


def _notice_words(f: dict[str, float]) -> float:
    return f.get("notice", 0)


def _site_words(f: dict[str, float]) -> float:
    """About how many site words a line holds (each vocabulary's count is capped at 4, halved)."""
    return 2 * sum(f.get(k, 0) for k in ("nav", "widget", "notice", "meta", "ad"))


# A short note in brackets on its own line closing a document (（此件公开发布）, （此页无正文）): the author's.
_BRACKET_NOTE = re.compile(r"^[（(][^（）()]{1,12}[)）]$")


def _joins_edge(f: dict[str, float], p: float, top: bool = False) -> bool:
    """An uncertain line with a site's mark, or a less likely one full of site words; at the top, a
    row of short items apart by blanks the models lean to take for a menu (not a word set letter by
    letter, a title: 离　婚　协　议　书)."""
    marked = _evidence(f) or (top and p >= _LEANS and f["spaced"] > 0 and not f["letterspaced"])
    return p >= _UNSURE / 3 and marked and (p >= _UNSURE or _site_words(f) >= 3)  # (the score first: cheaper)


# What a path may open with (所在位置：, 当前位置:): a label, not one of its names.
_CRUMB_LABEL = re.compile(r"^[^：:\s]{1,6}[：:]\s*")
_CRUMB_SEP = re.compile(r"\s+[/>＞»›‹<→▪·•∙▸❯]\s+|\s+〉\s*")


def _breadcrumb(text: str, p: float) -> bool:
    """An uncertain path of short names down to the page's own, however long (叶落知秋 / 人事制度 /
    关于印发…的通知): where a site puts the reader, at the edge of a block of its rows."""
    if p < _UNSURE or len(text) > MAX_CHROME:
        return False
    items = _crumbs(text)
    return len(items) >= 3 and all(len(t) <= _MENU_ITEM for t in items[:-1])


def _crumbs(text: str) -> list[str]:
    """The names of a path (所在位置：a ＞ b ＞ c), its label aside."""
    return _CRUMB_SEP.split(_CRUMB_LABEL.sub("", text, count=1))


_POINTED = re.compile(r"\s[>＞›»❯〉]\s")


# An order's steps in a bar above the form (① 选择车型 ——— ② 填写订单 ——— ③ 确认协议): the site's.
_STEPS = re.compile(r"^[①-⑩❶-❿][ \t\u3000]*[^\s①-⑩❶-❿，。；]{2,8}[ \t\u3000]*(?:[—\-─━>＞→]{2,}|[>＞→›»])"
                    r"[ \t\u3000]*[②-⑩❷-❿]")
_TWO_NAMES = re.compile(r"^[^\s，。；！？、：:,.;!?]{2,6}[ \t\u3000]+(?:>>|＞＞|[>＞›»❯〉|｜/])[ \t\u3000]+"
                        r"[^\s，。；！？、：:,.;!?]{2,6}$")


def _short_path(text: str) -> bool:
    """A path of two short names apart by a pointer or a bar, blanks around it (赛事资讯 > 通知公告, 协会动态 |
    通知公告): a section and its column, where a site's rows put the reader; not a poem's dot (唐代 · 王维)."""
    if "：" in text or ":" in text:
        text = _CRUMB_LABEL.sub("", text, count=1)  # (its label: 当前位置：客户服务 > 停气公告)
    return len(text) <= 16 and _TWO_NAMES.match(text) is not None


def _headed_path(text: str, p: float) -> bool:
    """A breadcrumb (see _breadcrumb) of four names or more, or of three pointed down (法律咨询 > 劳动纠纷 >
    拖欠工资); not a flow's arrows, nor names apart by a slash or a dot alone (唐代 · 王维 / 七言绝句)."""
    if "→" in text or _CLAUSE.search(text) or not _breadcrumb(text, p):
        return False
    return len(_crumbs(text)) >= 4 or len(_POINTED.findall(text)) >= 2


_PAGE_KIND = re.compile(r"[\s>＞›»❯〉](?:正文|详情|内容|全文|文章详情|帖子详情|内容详情|信息详情|阅读)$")


def _kind_path(text: str) -> bool:
    """A path of two names down to the page's kind (▍寺务公告栏 ＞ 正文, 首页 > 详情): the site's."""
    return len(text) <= _MENU_ROW and _PAGE_KIND.search(text) is not None and _POINTED.search(text) is not None \
        and not _CLAUSE.search(text)


def _joins_block(i: int, lines: list[str], feats: list[dict[str, float]], probs: list[float],
                 top: bool = False) -> bool:
    """Line i, uncertain and marked as a site's, joins a chrome block beside it: not a form's field, a
    title or a title's first line, a headline, the end of a wrapped sentence, an author's note in brackets;
    under the text, not a field under the text's own line (see _field_under_text)."""
    f, text = feats[i], lines[i]
    return (_joins_edge(f, probs[i], top) and not _authors_row(text, f) and not _titled(text, f)
            and not _headline(text, f)
            and not (_over_title(i, lines) and not _evidence(f, ("dup",)))
            and not _ends_wrapped(i, lines, feats) and not _BRACKET_NOTE.match(text)
            and (top or not _field_under_text(i, lines, probs)))


def _paragraph(text: str, f: dict[str, float]) -> bool:
    """A paragraph of running text, two sentences or more (员工应妥善保管…资料。本手册版权归公司所有，…不得复制。),
    or one long sentence in the text's own words by the learnt pairs (最后想说，考研真的是…有问题评论区问我，…):
    a site's notice beside it does not make it the site's (a policy's clause on its copyright)."""
    return f is not PLAIN and f is not SURE and _solid(f) and (
        text.count("。") >= 2 or (len(text) >= _OWN_SENTENCE and f.get("ngram", 0) < _OWN_WORDS))


_TITLE_LOGIT = -2.5
_BYLINED_TITLE = 6
"""A title over its byline is this long at least (a column's name over a dated row is shorter: 科普园地)."""
"""A title-shaped line the first model scores below this reads in the text's words (see find_chrome)."""
_OWN_SENTENCE = 50
_OWN_WORDS = -0.5
"""A long line whose learnt-pair score is below this reads in the text's words, not a site's."""


def _leans_in(i: int, lines: list[str], feats: list[dict[str, float]], probs: list[float]) -> bool:
    """Under the text, next to the site's block, a short line the models lean to take for the site's is
    its (a tip jar's row, 赞赏支持　还没有人赞赏): not a form's row, a note in brackets, a wrapped sentence's end,
    a field under the text's own line (see _field_under_text)."""
    text = lines[i]
    return (probs[i] >= _LEANS and 4 <= len(text) <= _MENU_ROW and not _authors_row(text, feats[i])
            and text[0] not in "（([【" and not _ends_wrapped(i, lines, feats)
            and not _field_under_text(i, lines, probs))


_BASE64 = re.compile(r"^[A-Za-z0-9+/]{40,}={0,2}$")


def _encoded(text: str) -> bool:
    """A line of base64 (an e-mail's attachment or HTML part, an embedded image): its letters and digits
    mixed as no words are (a fifth of them capitals, a fifth small, some digits). An English title run
    together (DesignofWirelessEnvironmentalMonitoringNode…) has too few digits; a path
    (src/main/java/…/UserController) too few capitals; a hexadecimal hash no capitals."""
    if _BASE64.match(text) is None:
        return False
    n = len(text)
    upper = sum(c.isupper() for c in text)
    lower = sum(c.islower() for c in text)
    digits = sum(c.isdigit() for c in text)
    return upper >= 0.15 * n and lower >= 0.15 * n and digits >= 0.04 * n


def _field_under_text(i: int, lines: list[str], probs: list[float]) -> bool:
    """A field under a line of the text's own, 咨询电话：… / 服务时间：…: a notice's own contact lines,
    which the site's block under them does not take."""
    if i == 0 or _CONTACT_FIELD.match(unspaced(lines[i][:12])) is None:
        return False
    # (the line above reads as the text's, or is a field the models doubt as little: 邮政编码：… / 咨询电话：…)
    return probs[i - 1] < _UNSURE or (
        probs[i - 1] < _LEANS and _CONTACT_FIELD.match(unspaced(lines[i - 1][:12])) is not None)


_CONTACT_FIELD = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:电话|手机|热线|地址|邮箱|邮编|编码|传真|时间|地点|联系人|方式"
                            r"|单位|主办|承办|协办|支持)[:：]")
"""A contact's, a time's or an organiser's field (服务时间：, 电　话： once its label's blanks are out, 承办单位：)."""


def _column_label(text: str) -> bool:
    """A column's name after a bar (▍宗亲公告), or a user's (旧书铺掌柜阿陈的日记), among the site's rows
    above the text: the page's section, not the title (in a post, a bar opens the author's sections,
    inside the text)."""
    return (text[0] in BAR_BADGES and len(text) <= 12 and _PUNCT_RE.search(text) is None) or (
        _USER_COLUMN.match(text) is not None)


# A column's name in brackets on a line of its own ([百姓声音]): above the title, among the site's rows.
_BRACKET_NAME = re.compile(r"^[\[【［〔][\u4e00-\u9fff]{2,8}[\]】］〕]$")
_USER_COLUMN = re.compile(r"^[^\s，。；！？：:]{2,16}的(?:日记|博客|专栏|主页|文集|空间|动态|个人主页|全部文章)$")


def _edge_blocks(idx: list[int], lines: list[str], feats: list[dict[str, float]], probs: list[float],
                 out: dict[int, str], paged_to: int = 0) -> dict[int, str]:
    """Chrome comes in blocks: from each end of the document, an uncertain line between the edge and
    a line taken for chrome, or next to such a line on the text's side, takes its class (a site's
    numbered download notice above its footer), up to the first line that reads as the document's."""
    for from_end, order in ((True, range(len(idx) - 1, -1, -1)), (False, range(len(idx)))):
        block: list[int] = []
        sure = False
        passed = 0  # title lines passed over, from the top
        for i in order:
            if from_end and i < paged_to:
                break  # (a line on the document's last page, above its page marker)
            # (under the text a line the packs took, a site's footer, is chrome as much as one found here;
            # above it, the page's title with the site's name after it, 【参会纪要】…_…股友圈_鲸潮股友汇, opens
            # the site's rows: the title stage takes it as the page's title, or as the only title there is)
            if (not from_end and i == 0 and idx[i] not in out and _sited_title(lines[i])
                    and not _joins_block(i, lines, feats, probs, True)):
                sure = True
                continue
            if idx[i] in out or (from_end and feats[i] is SURE):
                if not from_end and idx[i] in out and _over_menu(i, idx, lines, feats, out):
                    out[idx[i]] = MASTHEAD_RULE  # (taken already for what it reads as: a masthead all the same)
                sure = True
                for j in block:
                    out[idx[j]] = _edge_kind(j, lines, feats, from_end)
                block = []
            elif (not passed and not (from_end and _paragraph(lines[i], feats[i]))
                  and (_breadcrumb(lines[i], probs[i]) or _short_path(lines[i])
                       or _joins_block(i, lines, feats, probs, not from_end)
                       or (not from_end and _over_menu(i, idx, lines, feats, out))
                       or (from_end and sure and (_leans_in(i, lines, feats, probs) or _ELISION.match(lines[i])
                                                  or _reviews(i, lines) or _rating_row(lines[i], feats[i]))))
                  ) or (passed and _counted_row(feats[i], probs[i]) and not _STOPPED.search(lines[i])
                        ) or (passed and (_fields_between(i, idx, lines, feats, probs, out) or _dated_row(lines[i])
                                          or (len(lines[i]) <= _COMMENT_CHARS and _byline(lines[i])))):
                if sure:
                    out[idx[i]] = _edge_kind(i, lines, feats, from_end)
                else:
                    block.append(i)
            elif not from_end and (sure or block) and (_column_label(lines[i]) or (
                    not passed and _BRACKET_NAME.match(lines[i]) is not None)):
                out[idx[i]] = "generic.chrome.nav"  # (wherever the walk stands among the rows above the text)
            elif not from_end and (sure or block) and (run := _menu_run(i, lines)) >= MENU_RUN and _menu_named(
                    first := _menu_top(i, idx, lines, out), i + run - first, idx, lines, feats, out, probs):
                # a menu set one item a line (游客服务 / 参观须知 / 交通指南 / 常见问题 / …) among the rows above
                # the text, one of its items named in the site's rows above it (首页 > 游客服务) or its home
                # (its first items may be taken already, for what else they read as)
                for j in range(first, i + run):
                    out[idx[j]] = MENU_RULE
                sure = True
            elif not from_end and (sure or block) and passed < _TITLE_LINES and (
                    _title_line(lines[i], feats[i]) or _headline(lines[i], feats[i])
                    or (feats[i] is PLAIN and _plain_headline(lines[i]))):
                # The title under the site's rows, and the site's row of counts under the title (date,
                # views, a follow button): the title stays, the row goes. (Rows above it the walk is
                # unsure of are the site's once a line under the title is.)
                passed += 1
            else:
                break
    return out


def _bare_verse(idx: list[int], lines: list[str], feats: list[dict[str, float]], probs: list[float],
                first: list[float], out: dict[int, str], first_anchor: int) -> None:
    """Above the text, a run of short lines with nothing of a site's in any of them (春到溪桥 / 柳色新 / 桃花映水 /
    燕归林 / …): a poem's or a cover's lines, which the models, reading short lines at a page's top as a menu,
    doubt as a block; none of them surely the site's, none named as a menu is (see _menu_named). They stay."""
    i = 0
    while i < first_anchor:
        j = i
        while j < first_anchor and feats[j] is not SURE and feats[j] is not PLAIN and _run_item(lines[j]) \
                and not _evidence(feats[j]) and _site_words(feats[j]) == 0 and first[j] < 1.0 and probs[j] < _SURELY:
            j += 1
        if j - i >= MENU_RUN and j == first_anchor and any(idx[k] in out for k in range(i, j)) \
                and not _menu_named(i, j - i, idx, lines, feats, out, probs):
            for k in range(i, j):
                out.pop(idx[k], None)
        i = j + 1


MENU_RUN = 4
_RUN_ITEM = 8
_RUN_ITEM_RE = re.compile(rf"^[^\s，。；！？、：:,.;!?（）()《》“”]{{2,{_RUN_ITEM}}}$")


# A submenu's branch before its item (├ 开放时间, └─ 导览地图, ▸ 值班制度, · Redis 扩容操作手册): a tree drawn
# in box characters or disclosure triangles; its items may be a page's title with words apart by blanks.
_BRANCHES = "├└┣┗┠┖╠╚▸▾▹▿►·"
_BRANCH = re.compile(rf"^[{_BRANCHES}]─*[ \t\u3000]*")
_BRANCH_ITEM = re.compile(r"^[^\s，。；！？、：:,;!?（）()《》“”]"
                          r"(?:[^，。；！？、：:,;!?“”\n]{0,18}[^\s，。；！？、：:,;!?])?$")


def _item_name(text: str) -> str:
    """A menu item's words, its branch aside."""
    return _BRANCH.sub("", text, count=1) if text[0] in _BRANCHES else text


def _run_item(text: str) -> bool:
    """A menu's item on a line of its own: a few characters, no mark, no number; a submenu's on its branch."""
    if text[0] in _BRANCHES:
        name = _BRANCH.sub("", text, count=1)
        return bool(name) and _BRANCH_ITEM.match(name) is not None and not starts_with_marker(name)
    return _RUN_ITEM_RE.match(text) is not None and not starts_with_marker(text)


def _menu_run(i: int, lines: list[str]) -> int:
    """How many lines from i on are a menu's items (see _run_item)."""
    j = i
    while j < len(lines) and _run_item(lines[j]):
        j += 1
    return j - i


MENU_RULE = "generic.chrome.menu"
_HOME = frozenset({"首页", "主页", "网站首页", "返回首页"})


def _menu_top(i: int, idx: list[int], lines: list[str], out: dict[int, str]) -> int:
    """Where a menu found from line i on starts: above it, the items taken already."""
    while i > 0 and idx[i - 1] in out and _run_item(lines[i - 1]):
        i -= 1
    return i


def _menu_named(i: int, run: int, idx: list[int], lines: list[str], feats: list[dict[str, float]],
                out: dict[int, str], probs: Sequence[float]) -> bool:
    """One of the run's items is the site's home, or taken already, or is named by a row of the site's above it
    (its menu, its breadcrumb) or right under it (运维部空间 / 操作手册 / …): a poem's lines or a cover's are
    named by none."""
    items = {_item_name(t) for t in lines[i:i + run]}
    if items & _HOME or any(feats[k] is SURE or (idx[k] in out and probs[k] >= _SURELY) for k in range(i, i + run)):
        return True  # (its home, or an item surely the site's by what it reads as: 隐私政策; a poem's line at the
        # model's threshold is not)
    # (the row under it: taken already, or a path of three names or more, the walk's next line)
    k = i + run
    below = [k] if k < len(lines) and (_taken(k, idx, feats, out) or len(_crumbs(lines[k])) >= 3) else []
    return any(cell in items for k in (*(k for k in range(i) if _taken(k, idx, feats, out)), *below)
               for cell in _SEP.split(lines[k]) if cell)


# The site's masthead over its menu: who runs it (滨江省职业技能鉴定指导中心, 安宠堂动物医院 · 全国86家连锁门店),
# its name in English, its hotline, its honours in a row (三级甲等综合医院 | 国家级胸痛中心).
_MASTHEAD_LINES = 4
_ORG_END = re.compile(r"(?:中心|公司|集团|政府|办公室|单位|门店|分店|[局厅委馆院校社所站店园会])$")
_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z.&'-]*(?: [A-Za-z.&'-]+){1,8}$")
_HOTLINE = re.compile(r"(?:热线|电话|客服|咨询)[^\d\n]{0,6}(?:\d{5}|\d{3,4}[- ]?\d{3,4}[- ]?\d{0,4})$")
_HOTLINE_ROW = 60
_NAME_HOURS = re.compile(r"^([\u4e00-\u9fff]{2,16})(?:[ \t]{2,}|\u3000)[\s\u3000]*\S[^\n]*\d{1,2}[:：]\d\d")
_MAST_SEP = re.compile(r"\s*｜\s*|\s+[|·•]\s+")
_NAME_NOTE = re.compile(r"[（(][^（）()]{2,16}[)）]$")
# A brand with its name in capitals (茶隐记 CHAYINJI, 滨江市中心血站BINJIANG BLOOD CENTER), or a name alone
# of a few characters (澎湃新闻, 悦邻生活): over the site's menu, who runs the site.
_NAMED_LATIN = re.compile(r"^[\u4e00-\u9fff]{2,16}[ \t\u3000]*[A-Z][A-Z0-9.&' -]{2,40}$")
_BARE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,6}$")


def _over_menu(i: int, idx: list[int], lines: list[str], feats: list[dict[str, float]], out: dict[int, str]) -> bool:
    """Line i opens the page and is a masthead's (see _masthead), and the masthead's lines under it end on a row
    the site surely printed (its menu): an issuer's name over the title is the document's."""
    j = i
    # (under its first line, a menu set apart by blanks the models doubt: 网上营业厅　　燃气缴费　　…)
    while j < min(_MASTHEAD_LINES, len(lines)) and (_masthead(lines[j], j == 0) or (
            j > 0 and not _taken(j, idx, feats, out) and _SPACED_MENU.match(lines[j]) is not None)):
        j += 1
    return j > i and j < len(lines) and _taken(j, idx, feats, out)


def _masthead(text: str, first: bool = False) -> bool:
    """A line of the masthead a site prints above its menu (see _MASTHEAD_LINES): short, no clause, no
    document's kind at its end (a title above the menu stays); it joins the rows under it only where one
    of them is surely the site's (the walk in _edge_blocks). A bare name of a few characters only as
    the page's `first` line: lower, it is an entry's own (永济桥 over its widgets)."""
    hotline = _HOTLINE.search(text) is not None  # (a name and its hotline on one row run longer)
    if (m := _NAME_HOURS.match(text)) and len(text) <= _HOTLINE_ROW and _ORG_END.search(m.group(1)):
        return True  # (a name and its opening hours: 槐树巷社区图书馆　　每周二—周日 9:00—20:30 开馆，周一闭馆)
    if len(text) > (_HOTLINE_ROW if hotline else 40) or _CLAUSE.search(text) or "：" in text \
            or ends_with_type(text) or "_" in text or _sited_title(text):
        return False  # (a page's title with the site's name after it is the title stage's to read)
    items = _MAST_SEP.split(text)
    name = _NAME_NOTE.sub("", items[0])  # (its other name after it: 临江市妇幼保健院（临江市儿童医院）)
    return (_ORG_END.search(name) is not None or _LATIN_NAME.match(text) is not None
            or _NAMED_LATIN.match(name) is not None or (first and _BARE_NAME.match(text) is not None)
            or (len(items) == 2 and _BARE_NAME.match(items[0]) is not None)  # (its slogan after it: 码上编程 | 让…)
            or hotline
            or (len(items) >= 3 and all(len(t) <= 16 for t in items)))


def _edge_kind(i: int, lines: list[str], feats: list[dict[str, float]], from_end: bool) -> str:
    """The rule a line of an edge block is removed by: a masthead's own (no page title: the title stage
    does not take the site's name for the document's), else what the line's features say it is."""
    if not from_end and i < _MASTHEAD_LINES and _masthead(lines[i], i == 0):
        return MASTHEAD_RULE  # (only such lines over the menu join the block, see _over_menu)
    if not from_end and i < _MASTHEAD_LINES and _SPACED_MENU.match(lines[i]):
        return "generic.chrome.nav"
    if feats[i] is PLAIN:
        return "generic.chrome.block"  # (a line with no feature of its own: a review in quotes)
    return "generic.chrome." + _kind(feats[i])


# Under the text, among the site's rows: a user's review in quotes with who wrote it (“直接改了公司名就能用。”
# —— 匿名用户), and the row that rates the page (用户评价　4.8分（217条）).
_REVIEW = re.compile(r"^[“\"「][^”\"」\n]{4,120}[”\"」]\s*[—–-]{1,2}\s*[^\s，。]{1,20}$")
_RATING_ROW = 30


_SCORE = re.compile(r"\d\.\d\s*分|[★☆]{3,}")


def _rating_row(text: str, f: dict[str, float]) -> bool:
    return (len(text) <= _RATING_ROW and f.get("rating", 0) > 0 and _CLAUSE.search(text) is None
            and _SCORE.search(text) is not None)  # (a score, 4.8分: not a wrapped line's 30分钟)


def _reviews(i: int, lines: list[str]) -> bool:
    """Line i is one of two or more reviews in a row (one quote with its author may be the text's)."""
    return _REVIEW.match(lines[i]) is not None and any(
        0 <= j < len(lines) and _REVIEW.match(lines[j]) for j in (i - 1, i + 1))


# The page's headline again over each page of an article split over pages, its page's number after it
# (…真题及解析（节选）（2）, …参赛手册(第3页)).
_PAGED_COPY = re.compile(r"^(.{6,60}?)[ \t\u3000]*[（(]\s*(?:第\s*)?\d{1,2}\s*页?\s*[)）]$")


def _paged_copies(idx: list[int], lines: list[str], out: dict[int, str]) -> None:
    """A line that is one of the page's first lines (its headline) with a page's number after it, further
    down: the headline printed again over the article's next page."""
    head = {t: k for k, t in enumerate(lines[:_SUMMARY_HEAD])}
    for i in range(1, len(lines)):
        if (lines[i][-1] in ")）" and idx[i] not in out and (m := _PAGED_COPY.match(lines[i]))
                and head.get(m.group(1), i) < i):
            out[idx[i]] = HEADER_RULE


_FOLLOW = re.compile(r"^[+＋]?\s*(?:关注|已关注|关注TA|关注他|关注她|订阅)$|^[+＋][ \t\u3000]*[\u4e00-\u9fff]{1,4}"
                     r"(?:TA|他|她)?(?:[ \t\u3000]+(?:私信|发私信|聊天|加好友))?$")


def _followed_account(idx: list[int], lines: list[str], out: dict[int, str]) -> None:
    """An account's name right over its follow button (momo在杭州 / 关注), among the page's first lines: who
    posted, not the post's title."""
    for i in range(1, min(len(lines), _SUMMARY_HEAD)):
        if not _FOLLOW.match(lines[i]):
            continue
        out.setdefault(idx[i], "generic.chrome.widget")  # (the button itself: ＋ 盯住TA　　私信)
        if idx[i - 1] not in out and len(lines[i - 1]) <= _MENU_ROW and _PUNCT_RE.search(lines[i - 1]) is None:
            out[idx[i - 1]] = "generic.chrome.meta"


_REVIEWS_BLOCK = 12


def _rated_reviews(idx: list[int], lines: list[str], feats: list[dict[str, float]], out: dict[int, str]) -> None:
    """Users' reviews set into the page under the row that rates it (学员评价　4.9分(2,316条评价) / 张同学 |
    2023年12月班 / 讲得很细，… / …), between two of the site's rows (its form above, 查看更多评价 > under them):
    each line short, a reviewer's or a review; the text has no rating row of its own over its lines."""
    for i in [k for k, f in enumerate(feats) if f is not PLAIN and f is not SURE and f.get("rating", 0) > 0]:
        if idx[i] in out or not (i > 0 and _taken(i - 1, idx, feats, out)) or not _rating_row(lines[i], feats[i]):
            continue
        j = i + 1
        while j < len(lines) and j - i <= _REVIEWS_BLOCK and not _taken(j, idx, feats, out) \
                and len(lines[j]) <= _COMMENT_CHARS and not starts_with_marker(lines[j]):
            j += 1
        if j - i >= 2 and j < len(lines) and _taken(j, idx, feats, out):
            for k in range(i, j):
                out[idx[k]] = "generic.chrome.comments"


def _between_rows(idx: list[int], lines: list[str], feats: list[dict[str, float]], probs: list[float],
                  out: dict[int, str], first_anchor: int, last_anchor: int) -> None:
    """Inside the text, a line between two of the site's, itself leaning to the site's and marked as one (a
    shop's row of products and prices between its ┌ 本店在售 ┐ and its buttons): the inserted block's middle.
    (Above the text the line between the menu and the byline is the title, however site-like.)"""
    taken = {bisect_left(idx, i) for i in out}  # (their places among the lines: idx is sorted)
    for i in sorted(k + 1 for k in taken if k + 2 in taken and k + 1 not in taken):
        if not first_anchor < i < last_anchor:
            continue
        f = feats[i]
        if (f is not PLAIN and f is not SURE
                and probs[i] >= _LEANS and _evidence(f) and not _paragraph(lines[i], f)):
            out[idx[i]] = "generic.chrome." + _kind(f)


def _tail_after(idx: list[int], lines: list[str], feats: list[dict[str, float]], probs: list[float],
                first: list[float], out: dict[int, str], last_anchor: int) -> None:
    """Under the text, from the first line that is a site's by itself (举报/反馈, a share bar): what
    follows is the page's tail (a comment box, the author's other posts, a hot list), each line the
    models doubt at all taken with it; no paragraph, no author's row, no line they read as text."""
    start = next((i for i in range(last_anchor + 1, len(lines))
                  if idx[i] in out and (feats[i] is SURE or first[i] >= _OWN_LOGIT)), None)
    if start is None:
        return
    for j in range(start + 1, len(lines)):
        f = feats[j]
        if idx[j] in out or f is SURE:
            continue
        if f is PLAIN or _paragraph(lines[j], f) or _authors_row(lines[j], f) or probs[j] < _UNSURE:
            return
        out[idx[j]] = "generic.chrome." + _kind(f)


def _sited_title(text: str) -> bool:
    """A page title with the site's name or section after underscores or a spaced dash (X_栏目_站名,
    X - 站名): the page's, wherever the document's own title stands."""
    return _UNDERSCORED.search(text) is not None or (strip_site(text) != text and (
        "_" in text or " - " in text or " — " in text or text.count("-") >= 2))


# A line of dots alone (……, ...): under the text, beside the site's notice of a cut preview, the site's mark
# of what it left out.
_ELISION = re.compile(r"^[.。…·．]{3,}$|^…+$")
_TITLE_LINES = 3
"""A title set over this many lines at most stands between a site's rows above it and below it."""


def _title_line(text: str, f: dict[str, float]) -> bool:
    """A line that may be (part of) a title: short, no sentence mark, one comma at most and no
    clause left open at its end (别了，苍岭支线——末班通勤车添乘记), no site's mark; it may ask
    (包裹破损或丢失了，怎样申请理赔？)."""
    return (len(text) <= 40 and not _SENTENCE_IN.search(text.rstrip("？?").replace("，", "", 1))
            and text[-1] not in "，,、：:" and not _evidence(f))


def _fields_between(i: int, idx: list[int], lines: list[str], feats: list[dict[str, float]], probs: list[float],
                    out: dict[int, str]) -> bool:
    """Under the title, a row of the site's record (审理法院：…　案号：…) between the title and another row
    of the site's: a document's own fields under its title (合同编号：…) have its text, not the site's, under them."""
    return (i + 1 < len(idx) and idx[i + 1] in out and feats[i].get("kv", 0) > 0 and probs[i] >= _UNSURE
            and not _STOPPED.search(lines[i]))


def _plain_headline(text: str) -> bool:
    """A headline long enough to pass for running text (旧物有了新去处！枫林社区“共享工具屋”开张了): a title's
    length, no full stop, no clause left open at its end."""
    return 8 <= len(text) <= 48 and text[-1] not in "。；;，,、：:" and not _STOPPED.search(text)


def _counted_row(f: dict[str, float], p: float) -> bool:
    """A site's row of counts (阅读 3.1万, ☆ 4.8) or of its widgets (+关注该校), uncertain or likelier."""
    return p >= _UNSURE and (f.get("count", 0) > 0 or f.get("rating", 0) > 0 or f.get("widget", 0) > 0
                             or f.get("nav", 0) > 0)

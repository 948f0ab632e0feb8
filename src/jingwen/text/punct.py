"""Punctuation sets, each defined once and named for what it tells (the stages import the one
they test against; sets that differ stay apart), and the class of Chinese characters."""

from __future__ import annotations

import re

CJK = re.compile(r"[\u4e00-\u9fff]")
"""A Chinese character (CJK Unified Ideographs): its share tells Chinese text from codes and Latin."""

TERMINAL = "。！？!?…；;．"
"""Ends a sentence, the ellipsis and the full-width period included (reflow, front matter)."""
SENTENCE_END = "。！？!?；;"
"""Ends a sentence (segmentation, running headers, a heading's line)."""
COMPLETE_END = SENTENCE_END + ":：)）】」』”"
"""A line ending in one of these does not stop mid-sentence (damage repairs)."""
ASKED_INSIDE = re.compile(r"[！？!?](?=.)")
"""A question's or an exclamation's mark with text after it: a headline that asks or exclaims (…点赞！小学…)."""
STOPS = re.compile("[。；;]")
"""A full stop or a semicolon: a line with one in it holds a sentence, so no title or headline (a question's or
an exclamation's mark may stand inside a headline)."""
NOT_TITLE_END = "。！？；;，,、：:"
"""A title never ends in one of these (page titles)."""
CLOSERS = "”’」』）)】》\"'"
"""Closing quotes and brackets that may follow a sentence's end."""
BRACKETED_NOTE = re.compile(r"[（(][^（()）]*[)）]")
"""A note in round brackets (（锅巴焦香，零失败）): its commas are no clause of the line around it."""
OPEN_BRACKETS = "（(“‘《【「"
CLOSE_BRACKETS = "）)”’》】」"
"""Bracket pairs a heading's note stands in (the section tree)."""

PATH_STEP = re.compile(r"\s[▪•∙/›>»＞→❯]\s|\s〉")
"""A step of a path down a site's sections (文库 ▪ 教育 ▪ 讲座讲稿; 〉 spaced only before it:
橡果云盘　〉我的文件): two make a breadcrumb, whatever it ends in."""

BLANK_FIELD = re.compile(r"[:：][\s\u3000]{2,}\S|[:：][\s\u3000]*[_＿]{2,}|年[\s\u3000_＿]{2,}月[\s\u3000_＿]{2,}日")
"""A form's field left blank to fill in (签订日期：　　年　　月　　日, 法定代表人：　　联系电话：,
日期：____年__月__日): the
document's own form, where a site's rows carry values."""

# Pictographs a site draws its buttons and badges with (🔒 💬 ✎ ↗ ⬇ ☆): a document's own bullets
# (geometric shapes, circled numbers), ticks and boxes (✓ ☑) and plain arrows (→) are left out.
# A menu item's count in brackets at its end (通知(3), 消息（12）): a site's badge, not a title's note.
BADGE_COUNT = r"[（(]\d{1,4}[)）]$"
BAR_BADGES = "▍▌▎▏▋▊▉█▐┃"
"""A bar before a line: a site's column label (▍宗亲公告) or a post's section heading, never a title."""
PICTOGRAPH_CLASS = (
    "[\U0001F000-\U0001FAFF\u2196-\u21FF\u2300-\u23FF\u2600-\u260F\u2613-\u2712\u2715-\u27BF\u2B00-\u2BFF]"
)
PICTOGRAPH = re.compile(PICTOGRAPH_CLASS)

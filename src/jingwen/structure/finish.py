"""The structure decisions the pipeline used to make inline, after front matter is found: the
title taken out of the blocks (tidied, its fix entered in the ledger in line order), and the
document's truncation and emptiness warnings."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Removal
from ..text.blocks import Block
from ..text.doctypes import strip_site
from ..text.lines import MASTHEAD_RULE, PAGE_TITLE_RULE, QUESTION_RULE, Cleaned, PageMap
from . import meta, title, tree
from .tidy import tidy_title

# The site's page title is sought among the lines removed above the text, this many at most.
_PAGE_TITLE_WINDOW = 4
# A crawler's key before the page title ("Title: …" in a Jina-style envelope).
_ENVELOPE_KEY = re.compile(r"^\s*(?:Title|title)\s*:\s*")
# What such a line must score as a title (title.score) once its decorations are cut: a headline's
# length and no sentence, field or site row in it.
_PAGE_TITLE_SCORE = 0.5
# A button left in a row once its first was cut as a badge (导入班级空间　【加入我的资源夹】): a row of them, no title.
_BUTTON_LEFT = re.compile(r"[【［〔\[][^】］〕\]\n]{1,12}[】］〕\]]")
_TWICE_LEAST = 10
# Fewer characters than this per declared page: the text is a part of the document, not all of it.
_CHARS_PER_PAGE = 250


@dataclass
class Titled:
    title: str | None
    pre_title: list[str]
    """The texts of the blocks before the title."""
    body: list[Block]
    """The blocks after the title (its run-on rest first)."""
    removed: list[Removal]


def split_title(blocks: list[Block], fm: meta.FrontMatter, cleaned: Cleaned) -> Titled:
    """Take the front matter's title out of `blocks`: tidied (the fix, if any, joins the ledger in
    line order), with what stood before it and the body after it. The site's page titles above it
    and the site's decorations on its own line are removed (generic.page_title)."""
    title = fm.title
    removed = list(cleaned.removed)
    pre_title: list[str] = []
    body = blocks
    if fm.title_index is not None:
        title_block = blocks[fm.title_index]
        title, fix = tidy_title(fm.title or "", title_block.line)
        if fix is not None:
            removed.append(fix)
            removed.sort(key=lambda r: r.line)
        if fm.title and title_block.text.strip() != fm.title and not fm.rest and fm.title_end == fm.title_index + 1:
            removed += _site_decoration(title_block.text.strip(), fm.title, title_block.line)
        elif fm.title and not fm.rest and fm.title_end and fm.title_end > fm.title_index + 1:
            removed += _span_decoration(blocks[fm.title_index:fm.title_end], fm.title)
        dropped = set(fm.page_titles)
        removed += _page_title_lines([blocks[k] for k in sorted(dropped)], cleaned)
        removed.sort(key=lambda r: r.line)
        pre_title = [b.text for k, b in enumerate(blocks[: fm.title_index]) if k not in dropped]
        body = blocks[fm.title_end or fm.title_index + 1:]
        if fm.rest:
            body = [Block(fm.rest, title_block.line, title_block.last, False), *body]
    return Titled(title, pre_title, body, removed)


def title_from_page(titled: Titled, blocks: list[Block], record_title: str | None = None) -> Titled:
    """No title in the text: the site's page title over it, its decorations cut ("极光T7 Pro…深度体验
    - 智能家电板块 - 数码控社区" → "极光T7 Pro…深度体验"), is the only title there is. It is sought
    among the first lines the site's rules removed above the text (the decorations stay removed),
    then in the crawler's record (its `title` field)."""
    if titled.title is not None or not blocks:
        return titled
    top = blocks[0].line
    # (a question page names no title: its page title is the question, see rules.chrome._question_page)
    if any(r.rule == QUESTION_RULE for r in titled.removed):
        return titled
    # (not the site's masthead: who runs the site names no document)
    above = [r for r in titled.removed
             if r.line < top and not r.partial and r.rule != MASTHEAD_RULE][:_PAGE_TITLE_WINDOW]
    for r in above:
        name = strip_site(_ENVELOPE_KEY.sub("", r.text))
        if name == r.text.strip() or not meta.title_like(name) or _BUTTON_LEFT.search(name) \
                or title.score(name, 0, None) < _PAGE_TITLE_SCORE:
            continue
        cut = _site_decoration(r.text, name, r.line)
        removed = [x for x in titled.removed if x is not r] + cut
        removed.sort(key=lambda x: x.line)
        return Titled(name, titled.pre_title, titled.body, removed)
    # (or a line the site printed twice above the text, undecorated: its tab's title and the page's
    # headline, 讲座回顾｜古籍修复：… over a byline and the same again; a site's own name is shorter)
    shown = [r.text.strip() for r in above]
    for k, name in enumerate(shown):
        if (name in shown[k + 1:] and len("".join(name.split())) >= _TWICE_LEAST and meta.title_like(name)
                and (title.score(name, 0, None) >= _PAGE_TITLE_SCORE or title.columned(name))):
            headline = above[len(shown) - 1 - shown[::-1].index(name)]  # (the page's; the first is its tab's)
            return Titled(name, titled.pre_title, titled.body, [x for x in titled.removed if x is not headline])
    if record_title:
        name = strip_site(_ENVELOPE_KEY.sub("", record_title))
        if meta.title_like(name) and title.score(name, 0, None) >= _PAGE_TITLE_SCORE:
            return Titled(name, titled.pre_title, titled.body, titled.removed)
    return titled


def _site_decoration(text: str, title: str, line: int) -> list[Removal]:
    """The site's decorations cut from the title's line ("….docx - 学海文库" → "…"), as a partial
    removal, so the ledger accounts for the whole line."""
    at = text.find(title)
    if at < 0:
        return []
    cut = (text[:at] + " " + text[at + len(title):]).strip()
    return [Removal(line=line, rule=PAGE_TITLE_RULE, text=cut, partial=True)] if cut else []


def _span_decoration(span: list[Block], title: str) -> list[Removal]:
    """As _site_decoration, for a title over several blocks: what the title lost before it (a badge,
    【推荐】) is cut from its first line, what it lost after it (a site's name) from its last."""
    joined = "".join(b.text.strip() for b in span)
    at = joined.find(title)
    if at < 0 or joined == title:
        return []
    head, tail = joined[:at].strip(), joined[at + len(title):].strip()
    return ([Removal(line=span[0].line, rule=PAGE_TITLE_RULE, text=head, partial=True)] if head else []) + (
        [Removal(line=span[-1].last, rule=PAGE_TITLE_RULE, text=tail, partial=True)] if tail else [])


def _page_title_lines(dropped: list[Block], cleaned: Cleaned) -> list[Removal]:
    """The lines of the site's page-title blocks above the document's own title, removed whole."""
    if not dropped:
        return []
    text_of = {ln.no: ln.text.strip() for ln in cleaned.lines}
    return [Removal(line=no, rule=PAGE_TITLE_RULE, text=text_of[no])
            for b in dropped for no in range(b.line, b.last + 1) if text_of.get(no)]


_CUT_PARAGRAPH = 40
_HANGS = frozenset("的和与及或在对为将等把被向从以之并而且")
_ELISION = re.compile(r"^(?:…+|\.{3,}|。{3,}|·{3,})$")


def truncation(cleaned: Cleaned, body: list[Block], chars: int) -> list[str]:
    reasons = list(cleaned.truncation)
    d, s = cleaned.pages_declared, cleaned.pages_seen
    if d and s and s < d:
        reasons.append(f"{s} of {d} declared pages present")
    elif d and d >= 3 and not s and chars < d * _CHARS_PER_PAGE:
        reasons.append(f"{chars} characters for {d} declared pages")
    # A line of dots alone under the text ("……", "......") is where the site cut it: the text above it
    # tells whether a sentence was cut.
    while len(body) > 1 and _ELISION.match(body[-1].text.strip()):
        body = body[:-1]
    if body:
        last = body[-1]
        text = last.text.strip()
        # (a heading does not stop on 的 or 和 after a comma: "（5）…，但本合同另有约定的" is an item cut off)
        heading_only = last.marker and len(text) <= 30 and not ("，" in text and text[-1] in _HANGS)
        # With no trailer of the site's under it, a short last line that stops unpunctuated is as often
        # a site's own line the layers kept (a notice, a reader's comment): a cut shows in a paragraph.
        # (or one that stops on 的, a numbered item run on past its heading, or a section's first lines)
        cut_here = (cleaned.trailer_cut or len(text) >= _CUT_PARAGRAPH or text[-1] in "，,、（(“《"
                    or text[-1] in _HANGS or bool(last.marker) or (len(body) >= 2 and bool(body[-2].marker)))
        if meta.ends_mid_sentence(text) and not heading_only and cut_here:
            where = "before the site's trailer" if cleaned.trailer_cut else "at the end of the input"
            reasons.append(f"text stops mid-sentence {where} (line {last.last})")
    return reasons


def empty(clean_text: str, removed: list[Removal]) -> list[str]:
    """A document with no text left is a result, not an error; the warning says why it is empty."""
    if clean_text.strip():
        return []
    if removed:
        return ["empty: every line of the input was removed as boilerplate"]
    return ["empty: the input holds no text"]


def on_pages(removed: list[Removal], pages: PageMap) -> list[Removal]:
    return [r.model_copy(update={"page": pages.page_of(r.line)}) for r in removed]


def lone_chapter(title: str | None, pre_title: list[str], t: tree.Tree) -> tuple[str | None, tree.Tree]:
    """A page that holds one chapter and nothing above it (a novel site's chapter page: "第七章　雾里的
    渡船" and its text) has no title but the chapter's: the chapter's heading is the title and its
    text the document's."""
    if title is not None or pre_title or t.preamble or len(t.sections) != 1:
        return title, t
    only = t.sections[0]
    if only.children or only.marker.family != "chapter" or not only.heading or not only.paragraphs:
        return title, t
    return only.head_text.strip(), tree.Tree(preamble=only.paragraphs, sections=[], warnings=t.warnings)

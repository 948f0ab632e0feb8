"""The rule ids that code rather than a pack gives to what it removes or repairs, with their kind
and reason: `jingwen rules` lists them beside the packs' rules, so that every id a ledger can hold
is explained in one place (a test holds this list equal to the ids the code uses)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CodeRule:
    id: str
    kind: str
    pack: str
    reason: str


CODE_RULES: tuple[CodeRule, ...] = (
    CodeRule("generic.running_header", "repeat", "generic",
             "a short line recurring beside page breaks (or at a regular period): a running header or footer"),
    CodeRule("generic.page_number", "repeat", "generic", "bare numbers counting up one by one, a page apart"),
    CodeRule("generic.page_title", "line", "generic",
             "the site's page title (with the site's suffix, or a headline above its byline) above the "
             "document's own title"),
    CodeRule("generic.duplicate_copy", "copy", "generic",
             "a second copy of the text: a teaser of the opening above the full text, or the document pasted twice"),
    CodeRule("generic.page_contents", "chrome", "generic",
             "a page's generated table of contents (本文目录 over the headings the text has elsewhere)"),
    CodeRule("generic.chrome.nav", "chrome", "generic", "site navigation: menus, breadcrumbs, account and search rows"),
    CodeRule("generic.chrome.meta", "chrome", "generic",
             "a document page's metadata row: uploader, date, format, pages, size, views, downloads, rating"),
    CodeRule("generic.chrome.notice", "chrome", "generic",
             "a site's notice or prompt: copyright and disclaimer text, download, VIP and points prompts"),
    CodeRule("generic.chrome.widget", "chrome", "generic",
             "a page widget: share, collect, report, comment and like buttons, related lists, ads"),
    CodeRule("generic.chrome.markup", "chrome", "generic", "HTML, script or link residue, a site's host name"),
    CodeRule("generic.chrome.comments", "chrome", "generic",
             "a comment thread under the text: its bylines (who, when, which floor) and the comments between them"),
    CodeRule("generic.chrome.summary", "chrome", "generic",
             "a site's summary of the document printed twice above it (简介：… and again under a label)"),
    CodeRule("generic.chrome.question", "chrome", "generic",
             "a question page's question and its rows above the answers, and the answerer's rows under their head"),
    CodeRule("generic.chrome.masthead", "chrome", "generic",
             "a site's masthead above its menu: its owner's name, its name in English, its hotline, its honours"),
    CodeRule("generic.chrome.menu", "chrome", "generic",
             "a site's menu set one item a line above the text, one of its items named in the site's rows above it"),
    CodeRule("generic.chrome.gutter", "chrome", "generic",
             "a code block's line numbers (1, 2, 3, … one a line) under the site's copy button"),
    CodeRule("generic.chrome.block", "chrome", "generic",
             "a line of a chrome block at the head or tail that the block's neighbours mark as chrome"),
    CodeRule("format.markdown_emphasis", "repair", "format", "markdown bold marks around a whole line (a heading)"),
    CodeRule("format.markdown_heading", "repair", "format",
             "markdown heading marks before a numbered heading (## 一、…)"),
    CodeRule("format.markdown_title", "fragment", "format", "markdown heading or bold marks around the title"),
    CodeRule("damage.overprint", "repair", "damage", "fake-bold PDF text printed several times over, read once"),
    CodeRule("damage.pdf_space", "repair", "damage", "a blank a PDF extraction put inside a Chinese word"),
    CodeRule("damage.zero_width", "repair", "damage",
             "an invisible character a page put between words or buttons (zero-width space, word joiner, BOM)"),
    CodeRule("damage.private_use_punct", "repair", "damage",
             "doc88 punctuation drawn with private-use code points, restored"),
    CodeRule("damage.chunk_counter", "repair", "damage", "a preview chunk's counter (1、 2、 …) inserted mid-text"),
    CodeRule("damage.noise", "line", "damage",
             "a site's hidden anti-copy noise: a line of rare characters in which the dictionary finds no words"),
    CodeRule("pdf.header", "position", "pdf", "a line in the top band of the pages, recurring across them"),
    CodeRule("pdf.footer", "position", "pdf", "a line in the bottom band of the pages, recurring across them"),
    CodeRule("pdf.page_number", "position", "pdf", "a page number in the top or bottom band"),
)

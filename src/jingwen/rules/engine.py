"""Apply rule packs to one document's lines: a pure function from lines to a Cleaned value.

Order: spam phrases are repaired first (so that a notice carrying spam is still recognised and the
related titles come out repaired), then the trailer or tail that ends the document, then whole-line
rules, then fragments cut from inside lines, then running headers and bare page numbers found by
repetition. Every line that leaves the text is recorded with the id of the rule that took it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..models import Removal, Repair
from ..text.doctypes import FILE_NAMED, SUBTITLED, ends_with_type, same_title, strip_site
from ..text.lines import PAGE_TITLE_RULE, QUESTION_RULE, Cleaned, Line, PageMap, drop_lines
from ..text.markers import starts_with_marker
from ..text.markup import visible
from ..text.punct import NOT_TITLE_END as _NOT_TITLE_END
from ..text.punct import PATH_STEP, PICTOGRAPH
from . import chrome, copies, damage
from .contents import CONTENTS_RULE, page_contents
from .matcher import Matcher, matcher
from .packs import Pack, Rule
from .prefilter import required_literal
from .repeats import find_repeats

# How much context a cut (a repair whose replacement is empty) keeps on each side, so that the
# recorded `before`/`after` pair identifies the place unambiguously.
_CONTEXT = 6
# A cut-off notice ("还剩N页未读") marks a preview when it stands in the page's header or footer,
# not when the rest of the document follows it.
_CUT_WINDOW = 8
# A sentence's end: a notice glued to the text after it ends its own sentence (see _cut_glued).
_STOP = re.compile("[。！？!?]")
_BULLETS = "-•· \t\u3000"
# A line that may be a numbered notice glued to more text: it opens as a numbered line does (a bullet
# before its marker or not) and a sentence ends early in it, with more after it (see _glued_lines).
_GLUED = re.compile(r"\n[-•·]?[ \t\u3000]*[0-9０-９一二三四五六七八九十第（(①-⑩][^\n。！？!?]{0,98}[。！？!?](?=[^\n])")


@dataclass(frozen=True)
class Plan:
    """The rules that apply to one document, grouped by kind, with a cheap prefilter per kind."""

    site: str | None
    site_name: str | None
    site_evidence: str | None
    by_kind: dict[str, tuple[Rule, ...]]
    match: dict[str, Matcher]
    """Per kind, what finds the lines (one scan of a document) and the rules (per line) worth a
    search (rules/matcher.py)."""
    windows: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Per kind, the widest head and tail windows of its placed rules (where = head/tail): the line
    matcher may leave those rules out of its scan, and the lines in their windows are tested one by one."""
    chrome: bool = True
    """Run the generic chrome layer (rules/chrome.py) on the lines the packs leave."""
    generic: bool = True
    """Run the generic layer at all: the chrome layer, second copies (rules/copies.py), and the
    reading of what follows a trailer phrase (off: the phrase ends the document, as it used to;
    `make bench` measures what the layer costs against this)."""


def detect_sites(text: str, packs: Sequence[Pack], hint: str = "") -> list[Pack]:
    """Site packs whose host appears in the hint (path, url) or whose detect patterns match."""
    hint = hint.lower()
    if "\r" in text:  # detect patterns see lines as the rules do: \r\n and \r end a line too
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # One search per detect pattern, and none where the text lacks a literal the pattern needs: most
    # documents are from one site or none, so most patterns are ruled out by a scan in C. (One
    # alternation of them all was measured 8× slower: no literal prefix for `re` to scan for.)
    return [p for p in packs if p.site and (any(h in hint for h in p.hosts) or any(
        (need is None or need in text) and d.search(text) for d, need in _needles(p.detect)))]


@lru_cache(maxsize=256)
def _needles(detect: tuple[re.Pattern[str], ...]) -> tuple[tuple[re.Pattern[str], str | None], ...]:
    return tuple((d, required_literal(d.pattern)) for d in detect)


def plan(text: str, packs: Sequence[Pack], hint: str = "", sites: Sequence[str] | None = None) -> Plan:
    """Choose the packs for one document: always-on packs, plus detected (or forced) site packs."""
    if sites is None:
        chosen = detect_sites(text, packs, hint)
        low = hint.lower()
        evidence = ("path" if any(h in low for h in chosen[0].hosts) else "content") if chosen else None
    else:
        chosen = [p for p in packs if p.site and (p.id in sites or "all" in sites)]
        evidence = "option" if chosen else None
    # The site's own rules first: where both match a line, the more specific rule names it.
    active = tuple(chosen + [p for p in packs if not p.site])
    by_kind, match, windows = _grouped(active)
    return Plan(
        site=chosen[0].id if chosen else None,
        site_evidence=evidence,
        site_name=chosen[0].name if chosen else None,
        by_kind=by_kind,
        match=match,
        windows=windows,
    )


_Grouped = tuple[dict[str, tuple[Rule, ...]], dict[str, Matcher], dict[str, tuple[int, int]]]
_GROUPED: dict[tuple[int, ...], tuple[tuple[Pack, ...], _Grouped]] = {}


def _grouped(active: tuple[Pack, ...]) -> _Grouped:
    """Rules by kind and their matchers, computed once per set of packs (keyed by the packs' identity:
    hashing every rule of every pack per document cost more than the lookup saves)."""
    key = tuple(map(id, active))
    hit = _GROUPED.get(key)
    if hit is not None and all(a is b for a, b in zip(hit[0], active, strict=True)):
        return hit[1]
    by_kind: dict[str, tuple[Rule, ...]] = {}
    for kind in ("line", "trailer", "tail", "fragment", "phrase"):
        by_kind[kind] = tuple(r for p in active for r in p.rules if r.kind == kind)
    # Line rules placed at the head or tail may be tested only on the lines of their window:
    # searching the whole text for them (a disclaimer's phrases, a comment's byline) with a regex
    # costs more than the rest.
    match = {k: matcher(v, windowed=k == "line") for k, v in by_kind.items()}
    windows: dict[str, tuple[int, int]] = {}
    placed = [r for r in by_kind["line"] if r.where in ("head", "tail")]
    if placed:
        windows["line"] = (max((r.window for r in placed if r.where == "head"), default=0),
                           max((r.window for r in placed if r.where == "tail"), default=0))
    out = (by_kind, match, windows)
    if len(_GROUPED) > 64:
        _GROUPED.clear()
    _GROUPED[key] = (active, out)
    return out


def _positions(lines: Sequence[str]) -> tuple[list[int], list[int]]:
    """Rank of each line among non-empty lines from the start and from the end (-1: empty)."""
    head = [-1] * len(lines)
    tail = [-1] * len(lines)
    n = 0
    for i, s in enumerate(lines):
        if s.strip():
            head[i] = n
            n += 1
    for i in range(len(lines)):
        if head[i] >= 0:
            tail[i] = n - 1 - head[i]
    return head, tail


def _placed(rule: Rule, i: int, head: list[int], tail: list[int]) -> bool:
    if rule.where == "head":
        return 0 <= head[i] < rule.window
    if rule.where == "tail":
        return 0 <= tail[i] < rule.window
    return True


def _pages_ok(m: re.Match[str]) -> bool:
    """A page marker whose page number exceeds its declared total is not one (e.g. a date 5/3)."""
    g = m.groupdict()
    if g.get("page") and g.get("total"):
        return 0 < int(g["page"]) <= int(g["total"])
    return True


def _reads_on(stripped: list[str], start: int, p: Plan, head: list[int], tail: list[int]) -> bool:
    """The lines from `start` on read as the document's text (see chrome.reads_as_text): a sentence
    a line rule takes, a site's copyright notice under its list, is none."""
    after = stripped[start:]
    if not chrome.reads_as_text(after):
        return False  # (nearly always, under a trailer: no line rule need be tried on the rest)
    m = p.match["line"]
    scan = m.scan(after)
    # (with placed rules left out of the scan, every line is tried: the matcher gates those line by line)
    tried = range(len(after)) if m.windowed else scan
    claimed = {k for k in tried if after[k] and _match(m, after[k], start + k, head, tail, scan.get(k, ()))}
    return chrome.reads_as_text(after, claimed=claimed)


def _match(m: Matcher, text: str, i: int, head: list[int], tail: list[int],
           cand: object = None) -> tuple[Rule, re.Match[str]] | None:
    """The first of the matcher's rules that takes the line `text` (index `i`), where placed; `cand`
    is the matcher's scan entry for this text (None: found anew)."""
    rules = m.rules
    for k in m.order(text, cand):
        r = rules[k]
        if r.max_len is not None and len(text) > r.max_len:
            continue
        if not _placed(r, i, head, tail):
            continue
        found = r.pattern.search(text)
        if found and _pages_ok(found):
            return r, found
    return None


class _Pages:
    def __init__(self) -> None:
        self.declared: int | None = None
        self.seen: set[int] = set()
        self.truncation: list[str] = []
        self.pending: list[tuple[int, str]] = []
        """Cut-off notices with lines after them: a cut only if no text follows (see settle)."""

    def note(self, rule: Rule, m: re.Match[str], line_no: int, from_end: int = 0, from_start: int = 0,
             settle_later: bool = False) -> None:
        g = m.groupdict()
        if g.get("total"):
            self.declared = max(self.declared or 0, int(g["total"]))
        if g.get("page"):
            self.seen.add(int(g["page"]))
        if from_end > _CUT_WINDOW and from_start > _CUT_WINDOW:
            return  # a cut-off notice amid the text: the reader clicked on and the rest follows
        if g.get("remaining"):
            why = f"line {line_no}: {g['remaining']} pages not shown ({rule.id})"
        elif rule.truncates:
            why = f"line {line_no}: site marks a cut-off preview ({rule.id})"
        else:
            return
        # Near the start, a notice describes the preview that follows it ("已阅读5页,还剩11页未读").
        if settle_later and from_end > 0 and from_start > _CUT_WINDOW:
            self.pending.append((line_no, why))
        else:
            self.truncation.append(why)

    def settle(self, lines: list[Line]) -> None:
        """A cut-off notice on a line of its own marks a preview only where no text follows it
        among the lines kept (a preview break mid-body: the reader clicked on)."""
        for line_no, why in self.pending:
            if not chrome.reads_as_text([ln.text.strip() for ln in lines if ln.no > line_no]):
                self.truncation.append(why)


def _cut_repair(no: int, rule: Rule, left: str, span: str, right: str, new: str) -> Repair:
    """A repair that deletes (or replaces) `span`; a deletion keeps context on both sides: `left`,
    the repaired text before it, and `right`, the text after it, so that applying a line's repairs
    in order, each to the first place its `before` occurs, rebuilds the repaired line."""
    if new:
        return Repair(line=no, rule=rule.id, before=span, after=new)
    left = left[-_CONTEXT:]
    right = right[:_CONTEXT]
    return Repair(line=no, rule=rule.id, before=left + span + right, after=left + right)


def _repair_phrases(raw: list[str], p: Plan, repairs: list[Repair]) -> list[str]:
    m = p.match["phrase"]
    scan = m.scan(raw)
    if not scan:
        return raw
    out = list(raw)
    for i in sorted(scan):
        out[i] = _repair_line(raw[i], i, m, scan[i], p.site_name, repairs)
    return out


def _repair_line(text: str, i: int, m: Matcher, cand: object, site_name: str | None, repairs: list[Repair]) -> str:
    """Line `i` with every phrase rule applied in turn, each to what the ones before it left."""
    todo = list(m.order(text, cand))
    while todo:
        k = todo.pop(0)
        r = m.rules[k]
        pieces: list[str] = []
        pos = 0
        done = ""  # the end of the repaired text so far, for the next cut's left context
        for found in r.pattern.finditer(text):
            new = (r.replace or "").replace("{site}", site_name or "")
            left = (done + text[max(pos, found.start() - _CONTEXT):found.start()])[-_CONTEXT:]
            repairs.append(_cut_repair(i + 1, r, left, found.group(0), text[found.end():found.end() + _CONTEXT], new))
            pieces += [text[pos:found.start()], new]
            done = (left + new)[-_CONTEXT:]
            pos = found.end()
        if pieces:
            text = "".join(pieces) + text[pos:]
            # (the repair joins what stood on its sides, which may make a phrase the line had not:
            # the rules after this one are chosen anew)
            todo = [j for j in m.order(text) if j > k]
    return text


def _find_end(texts: list[str], stripped: list[str], p: Plan, head: list[int],
              tail: list[int]) -> tuple[int, int, Rule] | None:
    """Where the trailer or tail starts: (line index, column, rule), or None."""
    trailers, tails = p.match["trailer"], p.match["tail"]
    if not trailers.rules and not tails.rules:
        return None
    # Non-empty lines from line i to the end, for a non-empty line i.
    nonempty_after = [t + 1 for t in tail]
    trailer_scan, tail_scan = trailers.scan(stripped), tails.scan(texts)
    for i in sorted(trailer_scan.keys() | tail_scan.keys()):
        text, s = texts[i], stripped[i]
        if not s:
            continue
        hit = _match(trailers, s, i, head, tail, trailer_scan.get(i, ()))
        if hit and nonempty_after[i] <= hit[0].max_lines:
            return i, 0, hit[0]
        for k in tails.order(text, tail_scan.get(i, ())):
            r = tails.rules[k]
            if not _placed(r, i, head, tail) or nonempty_after[i] > r.max_lines:
                continue
            m = r.pattern.search(text)
            if m:
                return i, m.start(), r
    return None


def apply(raw: list[str], p: Plan, paged: PageMap | None = None) -> Cleaned:
    """Remove boilerplate from one document's lines according to plan `p`. `paged` is what a paged
    input's reader knows: page starts (page breaks) and lines it already removed as page furniture."""
    removed: list[Removal] = []
    repairs: list[Repair] = []
    related: list[str] = []
    pages = _Pages()
    breaks: set[int] = set()
    taken: set[int] = set()
    alone: frozenset[int] = frozenset()
    if paged is not None:
        alone = paged.alone
        raw = _take_furniture(raw, p, paged, removed, pages)
        taken = {r.line for r in paged.furniture}
        breaks = set(paged.starts[1:]) | taken
    texts = _repair_phrases(raw, p, repairs)
    texts, damage_repairs = damage.repair(texts)
    repairs += damage_repairs
    stripped = [t.strip() for t in texts]
    head, tail = _positions(stripped)

    # Lines that became empty only because spam was cut out of them are spam lines: removed whole.
    # (A line changes only by a recorded repair: with none, no line can have become empty.)
    if repairs:
        emptied = set()
        for i, (before, after) in enumerate(zip(raw, texts, strict=True)):
            if before.strip() and not after.strip():
                rule = next(r.rule for r in reversed(repairs) if r.line == i + 1)
                removed.append(Removal(line=i + 1, rule=rule, text=before.strip()))
                emptied.add(i + 1)
        if emptied:  # (recorded once, as removed: a repair to nothing says no more and undoes nothing)
            repairs = [r for r in repairs if r.line not in emptied]

    end = _find_end(texts, stripped, p, head, tail)
    if end is not None and p.generic and _reads_on(stripped, end[0] + 1, p, head, tail):
        # The document goes on after the trailer phrase (a download prompt above the text, a
        # preview break mid-body): the phrase goes alone, and the text after it stays; a header
        # with text under it is the document's own heading.
        if not end[2].own_if_text:
            texts, stripped = _cut_phrase(texts, stripped, end, removed, pages)
        else:
            texts, stripped = _cut_inserted_list(texts, stripped, end, removed, related)
        end = None
    if end is not None:
        texts = _cut_end(texts, end, removed, related, pages, p)
        stripped = stripped[:len(texts)]
        if texts:
            stripped[-1] = texts[-1].strip()
        head, tail = _positions(stripped)  # the tail is now what stood above the trailer

    lines: list[Line] = []
    brk = False
    line_m, frag_m = p.match["line"], p.match["fragment"]
    first, last = p.windows.get("line", (0, 0))
    # Lines whose placed rules the scan leaves out are tried in their windows: the tail's here, the
    # head's as the loop goes (rank).
    windowed = line_m.windowed
    line_scan = line_m.scan(stripped)
    line_hits = set(line_scan)
    if windowed:
        line_hits.update(i for i, t in enumerate(tail) if 0 <= t < last)
    # A markdown scrape's links: a rule reads a line as its reader sees it too ("[上一篇：…](…)").
    vis = [visible(s) for s in stripped] if "](" in "\n".join(stripped) else None
    vis_scan = line_m.scan(vis) if vis is not None else {}
    line_hits.update(vis_scan)
    frag_scan = frag_m.scan(texts)
    chrome_seen: dict[int, str] = {}  # line number → text of the lines the packs took for chrome
    glued = _glued_lines(stripped, head, first)
    # A line's place in the head window counts the lines kept above it, not those removed: its place
    # in the clean text (read again, a notice block gone, the breadcrumb under it is at the top).
    kept_head, rank = list(head), 0
    front = front_matter(stripped) if p.generic else set()
    widget = page_contents(stripped) if p.generic else set()
    for i, text in enumerate(texts):
        brk = brk or i + 1 in breaks
        if i + 1 in taken:
            continue
        s = stripped[i]
        if not s:
            lines.append(Line(i + 1, "", brk))
            continue
        if i in front or i in widget:
            removed.append(Removal(line=i + 1, rule=ENVELOPE_RULE if i in front else CONTENTS_RULE, text=s))
            continue
        kept_head[i] = rank
        hit = None
        if i in line_hits or (windowed and rank < first):
            hit = _match(line_m, s, i, kept_head, tail, line_scan.get(i, ()))
            if hit is None and vis is not None and vis[i] != s:
                hit = _match(line_m, vis[i], i, kept_head, tail, vis_scan.get(i, ()))
        if hit and hit[0].own_if_text and _reads_on(stripped, i + 1, p, kept_head, tail):
            hit = None  # ("上一篇：…" with the text going on under it: the document's own line)
        if hit:
            rule, m = hit
            removed.append(Removal(line=i + 1, rule=rule.id, text=s))
            pages.note(rule, m, i + 1, tail[i], head[i], settle_later=True)
            brk = brk or rule.page_break
            if not rule.page_break:
                chrome_seen[i + 1] = vis[i] if vis is not None else s
            continue
        if i in glued:
            text = _cut_glued(text, glued[i], i, line_m, head, tail, removed, pages)
        # (the scan's candidates hold for the line as scanned, not for what a glued notice left)
        tried = frag_m.order(text, frag_scan[i] if text == texts[i] else None) if i in frag_scan else ()
        if tried:
            text = _cut_fragments(text, i, frag_m, tried, kept_head, tail, removed, pages)
            if not text.strip():
                continue
        lines.append(Line(i + 1, text, brk, i + 1 in alone))
        brk = False
        rank += 1

    lines, more = find_repeats(lines, headers=paged is None)
    removed += more
    if p.generic:
        kept = [ln.text.strip() for ln in lines]
        found = _chrome_among(lines, kept, chrome_seen, end is not None) if p.chrome else {}
        # The document's own title under the site's page title for it ("X - 知乎" over "X") is the
        # document's, however site-like its neighbours.
        # (not a question page's question: the answer under it is the document, see chrome._question_page)
        # (nor a menu's first item, one a line, which the page title names as the page's section: 游客服务 - …)
        if found and (pair := _page_title_pair(lines, removed)) and found.get(pair[1]) not in (
                QUESTION_RULE, chrome.MENU_RULE):
            found.pop(pair[1], None)
        if paged is None:  # a PDF's text layer is the document itself, not a page that repeats it
            # The second copy is sought among the lines the chrome layer keeps.
            second = copies.find_copies([t if k not in found else "" for k, t in enumerate(kept)])
            found |= dict.fromkeys(second, copies.RULE)
        lines = _drop_found(lines, removed, found)
    lines = _drop_page_title(lines, raw, removed)
    pages.settle(lines)
    removed.sort(key=lambda r: (r.line, r.partial))
    for r in more:
        if r.rule.endswith("page_number"):
            pages.seen.add(int(re.sub(r"\D", "", r.text)))
    # A second copy removed keeps no repairs: it is accounted for as removed, and a repair of it, undone
    # over the text, would undo the same words where the kept copy has them (a teaser's PUA commas).
    copied = {r.line for r in removed if r.rule == copies.RULE} if repairs else set()
    return Cleaned(
        lines=lines,
        removed=removed,
        repairs=[r for r in repairs if r.line not in copied] if copied else repairs,
        related=related,
        site=p.site,
        site_evidence=p.site_evidence,
        pages_declared=pages.declared,
        pages_seen=len(paged.starts) if paged is not None else max(pages.seen) if pages.seen else None,
        truncation=pages.truncation,
        trailer_cut=end is not None,
    )


def _glued_lines(stripped: list[str], head: list[int], window: int) -> dict[int, str]:
    """The numbered lines of the head window ("- 1、…") whose first sentence is followed by more text:
    line index → that sentence (see _cut_glued). Only there does the structure stage part a line
    after its first sentence: a numbered item's first sentence is its heading. One search of the
    window's lines finds the few such lines."""
    try:
        end = head.index(window, window)  # ranks grow with the index: found near `window`
    except ValueError:
        end = len(head)
    text = "\n" + "\n".join(stripped[:end])  # each line after a "\n": a literal re finds fast
    firsts: dict[int, str] = {}
    for m in _GLUED.finditer(text):
        i = text.count("\n", 0, m.start() + 1) - 1
        s = stripped[i]
        if starts_with_marker(s.lstrip(_BULLETS)):
            stop = _STOP.search(s)
            assert stop is not None  # _GLUED found one
            firsts[i] = s[:stop.end()]
    return firsts


def _cut_glued(text: str, first: str, i: int, m: Matcher, head: list[int], tail: list[int],
               removed: list[Removal], pages: _Pages) -> str:
    """A whole-line notice that lost its line break to the text after it ("- 1、本文档共4页,可阅读全部
    内容。发展71"): where the line's first sentence (`first`) is a line a rule removes, it is cut (a
    partial removal) and the rest kept. Left whole, the structure stage would make the sentence a
    line of its own, and the clean text cleaned again would lose it. Tried in the head window only,
    where a site's notices stand above the text, and on a first sentence of a notice's length."""
    hit = _match(m, first, i, head, tail)
    if hit is None:
        return text
    rule, found = hit
    removed.append(Removal(line=i + 1, rule=rule.id, text=first, partial=True))
    pages.note(rule, found, i + 1, tail[i], head[i])
    return text[text.index(first) + len(first):]


def _chrome_among(lines: list[Line], kept: list[str], seen: dict[int, str], trailer_cut: bool) -> dict[int, str]:
    """The chrome layer's finds among the kept lines (indexes into `lines`), with the lines the
    packs removed as chrome (`seen`) standing in their places as context."""
    if any("](" in t for t in kept):  # a markdown scrape: each line judged by what it shows
        kept = [visible(t) for t in kept]
    # (the line after the last page marker: the lines above it stand on the document's pages)
    last = next((k for k in range(len(lines) - 1, 0, -1) if lines[k].brk), 0)
    if not seen:
        return chrome.find_chrome(kept, trailer_cut=trailer_cut, paged_to=last)
    order = sorted([(ln.no, k) for k, ln in enumerate(lines)] + [(no, -1) for no in seen])
    texts = [kept[k] if k >= 0 else seen[no] for no, k in order]
    sure = frozenset(j for j, (_, k) in enumerate(order) if k < 0)
    paged_to = next((j for j, (_, k) in enumerate(order) if k == last), 0) if last else 0
    found = chrome.find_chrome(texts, trailer_cut=trailer_cut, sure=sure, paged_to=paged_to)
    return {order[j][1]: rule for j, rule in found.items()}


def _drop_found(lines: list[Line], removed: list[Removal], found: dict[int, str]) -> list[Line]:
    """Remove the lines at the indexes `found` names, each under its rule (see text.lines.drop_lines)."""
    if not found:
        return lines
    kept, gone = drop_lines(lines, found)
    removed += gone
    return kept


def _take_furniture(raw: list[str], p: Plan, paged: PageMap, removed: list[Removal], pages: _Pages) -> list[str]:
    """Record the reader's furniture as removed and blank it out, so that no rule sees it; a page
    marker among it ("第3页共50页") still declares the page count."""
    out = list(raw)
    m = p.match["line"]
    for r in paged.furniture:
        removed.append(r)
        out[r.line - 1] = ""
        for k in m.order(r.text):
            rule = m.rules[k]
            found = rule.pattern.search(r.text)
            if found and rule.page_break and _pages_ok(found):
                pages.note(rule, found, r.line)
                break
    return out


def _cut_phrase(texts: list[str], stripped: list[str], end: tuple[int, int, Rule], removed: list[Removal],
                pages: _Pages) -> tuple[list[str], list[str]]:
    """Remove only the trailer's own line (or its part from the column on), not what follows it."""
    i, col, rule = end
    texts, stripped = list(texts), list(stripped)
    kept = texts[i][:col]
    if kept.strip():
        removed.append(Removal(line=i + 1, rule=rule.id, text=texts[i][col:].strip(), partial=True))
    else:
        removed.append(Removal(line=i + 1, rule=rule.id, text=stripped[i]))
    m = _search_unanchored(rule, texts[i][col:])
    if m and (rule.truncates or "remaining" in rule.pattern.groupindex):
        pages.note(rule, m, i + 1, _CUT_WINDOW + 1, _CUT_WINDOW + 1)
    texts[i], stripped[i] = kept, kept.strip()
    return texts, stripped


_LIST_BULLET = re.compile(r"^[-•·»›▸▪◆◇●○■▶►]\s*\S")
_CLAUSED = re.compile(r"[，,。；;：:！？!?]")
_LISTING_NOTE = re.compile(r"[（(][^（()）]{1,12}[)）]$")
_LISTED_MIN = 2


def _listed_title(s: str) -> bool:
    """An unbulleted line that names another document: a title's length, no clause, a kind of document
    at its end, its listing's note aside (…会议纪要范文（通用5篇）); not a numbered line, nor a title in book
    marks (《…》: a document's own list of what it cites)."""
    return (6 <= len(s) <= 40 and not s.startswith("《") and _CLAUSED.search(s) is None
            and not starts_with_marker(s) and (
        ends_with_type(s) or ends_with_type(_LISTING_NOTE.sub("", s))))


def _cut_inserted_list(texts: list[str], stripped: list[str], end: tuple[int, int, Rule], removed: list[Removal],
                       related: list[str]) -> tuple[list[str], list[str]]:
    """A list of other pages inserted in the text (▍相关阅读 / · 甲 / · 乙, with the text going on
    under it): the header and its bulleted titles go, the text stays. Titles in a list are bulleted,
    short, no full stop at their end; numbered items under such a header may be the document's."""
    i, col, rule = end
    if col or rule.item is None:
        return texts, stripped
    items: list[tuple[int, re.Match[str] | None]] = []
    for k in range(i + 1, len(stripped)):
        s = stripped[k]
        if not s:
            continue
        m = rule.item.search(s)
        if not (((m and _LIST_BULLET.match(s)) or _listed_title(s)) and s[-1] not in "。；;"):
            break
        items.append((k, m))
    if len(items) < _LISTED_MIN:
        return texts, stripped
    texts, stripped = list(texts), list(stripped)
    removed.append(Removal(line=i + 1, rule=rule.id, text=stripped[i]))
    for k, m in items:
        removed.append(Removal(line=k + 1, rule=rule.id, text=stripped[k]))
        related.append(((m.groupdict().get("title") if m else None) or stripped[k]).strip())
    for k in (i, *(k for k, _ in items)):
        texts[k], stripped[k] = "", ""
    return texts, stripped


ENVELOPE_RULE = "generic.envelope"
_FIELD = re.compile(r"^(?:[A-Za-z_][\w.-]{0,30}\s*:(?:\s.*)?|-\s.*)$")
_FRONT_LINES = 40


def front_matter(stripped: list[str]) -> set[int]:
    """A note app's or a static site's front matter opening the file (--- / title: … / ctime: … /
    tags: [...] / ---): every line of it, whatever its keys, when each is a key and its value (or an
    item of a list value) between the two rules."""
    first = next((k for k, t in enumerate(stripped) if t), None)
    if first is None or stripped[first] != "---":
        return set()
    for k in range(first + 1, min(len(stripped), first + _FRONT_LINES)):
        t = stripped[k]
        if t == "---":
            return {j for j in range(first, k + 1) if stripped[j]} if k > first + 1 else set()
        if t and not _FIELD.match(t):
            return set()
    return set()


def _site_id(rule: Rule, line: str, p: Plan) -> str:
    """The id a detected site's own line rule gives the trailer's line, where one does (book118's
    "文档评论(0)" under the generic comments header): the site's evidence is the stronger."""
    return next((r.id for r in p.by_kind["line"] if p.site is not None and r.pack == p.site != rule.pack
                 and r.pattern.search(line)), rule.id)


def _cut_end(texts: list[str], end: tuple[int, int, Rule], removed: list[Removal], related: list[str],
             pages: _Pages, p: Plan) -> list[str]:
    """Remove the trailer or tail starting at `end` (line index, column); return the lines before it."""
    i, col, rule = end
    kept = texts[i][:col]
    first_gone = i
    if kept.strip():
        removed.append(Removal(line=i + 1, rule=rule.id, text=texts[i][col:].strip(), partial=True))
        first_gone = i + 1
    for j in range(first_gone, len(texts)):
        s = texts[j].strip()
        if not s:
            continue
        removed.append(Removal(line=j + 1, rule=_site_id(rule, s, p) if j == i else rule.id, text=s))
        if rule.item is not None and j > i and (m := rule.item.search(s)):
            title = m.groupdict().get("title") or (m.group(1) if m.groups() else m.group(0))
            related.append(title.strip())
    # A cut-off notice inside the removed part may be split over lines ("还剩" / "15页未读"): search
    # the joined text for the rules that mark a preview.
    joined = "".join(t.strip() for t in [texts[i][col:], *texts[i + 1:]])
    for r in (*p.by_kind["line"], *p.by_kind["fragment"], rule):
        if r.truncates or "remaining" in r.pattern.groupindex:
            m = _search_unanchored(r, joined)
            if m:
                pages.note(r, m, i + 1)
                break
    return [*texts[:i], kept] if kept.strip() else texts[:i]


# The lines under a page title among which the document's own title is sought (a breadcrumb, a 文号
# and an issuer's line may stand between them).
_TITLE_WINDOW = 6


def _drop_page_title(lines: list[Line], raw: list[str], removed: list[Removal]) -> list[Line]:
    """The site's page title above the document's own title: the page title is the site's (the
    annotation rules: boilerplate), the document's title follows. Two forms:
    - "X(含答案) - 豆丁网", its suffix cut by a site rule, above X;
    - an article site's headline above its byline (date, source, views: removed by a rule), where
      the document below gives its own title: the headline again, or a title with a subtitle
      ("——在…上的讲话"). Without either, the headline may be the only title and stays."""
    content = _head_lines(lines)
    if len(content) < 2:
        return lines
    first, below = lines[content[0]], [lines[k] for k in content[1:]]
    if _suffixed_page_title(first, below, removed) or _headline_over_byline(first, below, removed):
        removed[:] = [r for r in removed if r.line != first.no]
        removed.append(Removal(line=first.no, rule=PAGE_TITLE_RULE, text=raw[first.no - 1].strip()))
        return lines[: content[0]] + lines[content[0] + 1:]
    return lines


def _head_lines(lines: list[Line]) -> list[int]:
    """Indexes of the first non-empty lines: a page title and those it may stand over."""
    return list(itertools.islice((k for k, ln in enumerate(lines) if ln.text.strip()), _TITLE_WINDOW))


def _page_title_pair(lines: list[Line], removed: list[Removal]) -> tuple[int, int] | None:
    """Indexes in `lines` of a suffixed page title among the first lines and of the document's own
    title under it (see _suffixed_page_title)."""
    content = _head_lines(lines)
    if len(content) < 2:
        return None
    first = lines[content[0]]
    for k in content[1:]:
        if _suffixed_page_title(first, [lines[k]], removed):
            return content[0], k
    return None


def _suffixed_page_title(first: Line, below: list[Line], removed: list[Removal]) -> bool:
    """A page title with the site's decorations (a suffix a site rule cut, or one of any site:
    " - 学海文库", ".docx", "_知行资料网", "【推荐】") above the document's own title, on one line or
    two ("2023—2024学年度…检测" / "八年级…试卷")."""
    cut = any(r.line == first.no and r.partial and r.rule.endswith("title_suffix") for r in removed)
    if not cut and strip_site(first.text) == first.text.strip():
        return False
    # (a breadcrumb ending in the document's name is the site's path to it, not its title; nor is its
    # file's name, "…（2024版）.docx(9页)")
    texts = [ln.text.strip() for ln in below if len(PATH_STEP.findall(ln.text)) < 2 and not FILE_NAMED.search(ln.text)]
    pairs = [a + b for a, b in itertools.pairwise(texts) if len(a) <= 40 and len(b) <= 40]
    return any(same_title(first.text, t) for t in texts + pairs)


def _headline_over_byline(first: Line, below: list[Line], removed: list[Removal]) -> bool:
    head = "".join(first.text.split())
    nxt = below[0]
    if not 4 <= len(head) <= 40 or head[-1] in _NOT_TITLE_END:
        return False
    if not any(first.no < r.line < nxt.no and not r.partial for r in removed):
        return False  # no site line between: the headline and what follows are the document's
    own = nxt.text.strip()
    if "".join(own.split()) == head or same_title(head, own):
        return True
    if len(below) > 1 and len(own) <= 40 and same_title(head, own + below[1].text.strip()):
        return True  # the document's own title on two lines
    if SUBTITLED.match(own):
        return True
    subtitle = len(below) > 1 and below[1].text.strip().startswith("——")
    return subtitle and 4 <= len(own) <= 40 and own[-1] not in _NOT_TITLE_END


def _search_unanchored(rule: Rule, text: str) -> re.Match[str] | None:
    """Search a rule's pattern in joined text, ignoring its ^/$ anchors (a phrase split over lines)."""
    pat = rule.pattern.pattern
    if pat.startswith("^"):
        pat = pat[1:]
    if pat.endswith("$") and not pat.endswith("\\$"):
        pat = pat[:-1]
    try:
        return re.search(pat, text)
    except re.error:
        return None


_WIDGET_LEFT = re.compile(r"^[\W\d_]*(?:[\u4e00-\u9fff]{1,4}[\W\d_]*)?$")
"""A remainder of a few words among marks and digits (👍 有帮助 58), no sentence of text."""


def _widget_left(text: str) -> bool:
    s = text.strip()
    return bool(s) and len(s) <= 12 and _WIDGET_LEFT.match(s) is not None and (
        any(c.isdigit() for c in s) or PICTOGRAPH.search(s) is not None) and not starts_with_marker(s)


def _cut_fragments(text: str, i: int, m: Matcher, tried: Sequence[int], head: list[int], tail: list[int],
                   removed: list[Removal], pages: _Pages) -> str:
    """The line with the fragment rules `tried` (the matcher's for it, in order) cut out of it."""
    from_end, from_start = tail[i], head[i]
    original, mark = text, len(removed)
    todo = list(tried)
    while todo:
        k = todo.pop(0)
        r = m.rules[k]
        if not _placed(r, i, head, tail):
            continue
        pieces: list[str] = []
        pos = 0
        for found in r.pattern.finditer(text):
            if found.end() == found.start():
                continue
            pages.note(r, found, i + 1, from_end, from_start)
            pieces.append(text[pos:found.start()])
            removed.append(Removal(line=i + 1, rule=r.id, text=found.group(0).strip(), partial=True))
            pos = found.end()
        if pieces:
            text = "".join(pieces) + text[pos:]
            # (the cut joins what stood on its sides: the rules after this one are chosen anew)
            todo = [j for j in m.order(text) if j > k]
    if text != original and _widget_left(text):
        # What the cuts leave is a widget itself (👍 有帮助 58 once its 💬 留言 9 and ⭐ 收藏 are cut):
        # the row is the site's whole, and the chrome layer judges it whole, with what it says
        # (a thread's word heads the comments under it).
        del removed[mark:]
        return original
    if not text.strip() and original.strip():
        # Nothing but fragments: record the line as removed whole, under the first rule that cut.
        cut = [r for r in removed if r.line == i + 1 and r.partial]
        for r in cut:
            removed.remove(r)
        removed.append(Removal(line=i + 1, rule=cut[0].rule, text=original.strip()))
    return text

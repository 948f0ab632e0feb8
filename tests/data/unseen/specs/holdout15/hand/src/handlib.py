"""Authoring aid for this set's hand-written documents (holdout15): turns a list of logical items (one per
paragraph / heading / chrome line) into a tagged line source for ../../../../main/tests/data/unseen/specs/tools/
tagged2hand.py (c| chrome, t| title, p|/pN| paragraph, sK|/sK!| section, +| continuation, x| chrome inside a span),
hard-wrapping content at a width (fixed or ragged) and paginating with page chrome.

Items: (tag, text) with tag in c (chrome), t (title line), p / pN (paragraph), sK / sK! (section), "whole" (a
paragraph kept on one line, never wrapped), "pb" (page break before the next content line), "end" (the page chrome
of the last page, now). Content is wrapped only when a width or a ragged range is given.
"""
import random

CLOSE = set("，。、；：？！）》」』”’,.;:?!)\ue346\ue34b\ue352\ue35d\ue361\ue370")
OPEN = set("（《「『“‘(\ue36f")


def cw(c):
    return 0.5 if ord(c) < 128 else 1.0


def wrap(text, width, rng=None, ragged=None):
    lines, cur, w = [], "", 0.0
    lim = rng.uniform(*ragged) if ragged else width
    for c in text:
        if w + cw(c) > lim + 1e-9 and cur:
            if c in CLOSE:  # closing punctuation stays on the line it closes
                cur += c
                lines.append(cur)
                cur, w = "", 0.0
                lim = rng.uniform(*ragged) if ragged else width
                continue
            k = len(cur)
            while k > 1 and cur[k - 1] in OPEN:
                k -= 1
            lines.append(cur[:k])
            cur = cur[k:]
            w = sum(cw(x) for x in cur)
            lim = rng.uniform(*ragged) if ragged else width
        cur += c
        w += cw(c)
    if cur:
        lines.append(cur)
    return lines


def build(items, width=None, ragged=None, lpp=0, page_end=None, page_start=None, seed=1):
    """page_end(p) -> chrome lines closing page p; page_start(p) -> chrome lines opening page p (p >= 2)."""
    rng = random.Random(seed)
    out = []
    page, count, started, force = 1, 0, False, False

    def chrome(lines, in_span):
        for x in lines:
            out.append(("x" if in_span else "c") + "|" + x)

    def emit(tag, line, in_span):
        nonlocal page, count, started, force
        if started and ((lpp and count >= lpp) or force):
            if page_end:
                chrome(page_end(page), in_span)
            page += 1
            count, force = 0, False
            if page_start:
                chrome(page_start(page), in_span)
        started = True
        out.append(tag + "|" + line)
        count += 1

    for tag, text in items:
        if tag == "pb":
            force = True
            continue
        if tag == "end":
            if page_end:
                chrome(page_end(page), False)
            continue
        if tag == "c":
            out.append("c|" + text)
            continue
        if tag == "whole":
            emit("p", text, False)
            continue
        ls = wrap(text, width, rng, ragged) if (width or ragged) else [text]
        for i, ln in enumerate(ls):
            emit(tag if (i == 0 or tag == "t") else "+", ln, i > 0)
    return out, page

"""Authoring aid for this set's hand-written documents (holdout13): turns a list of logical items
(one per paragraph / heading / chrome line) into a tagged line source for ../../tools/tagged2hand.py,
hard-wrapping content at a width (fixed or ragged), paginating with page chrome (footer / header
lines, written as `x|` inside an open span and `c|` between spans) and applying damage.

Items: (tag, text) with tag in c (chrome), t (title line), p / pN (paragraph), sK / sK! (section),
"pb" (force a page break before the next content line), "end" (emit the page chrome of the last
page now). Content is wrapped only when width is given; otherwise one raw line per item.
"""
import random

CLOSE = set("，。、；：？！）》」』”’,.;:?!)")
OPEN = set("（《「『“‘(")


def cw(c):
    return 0.5 if ord(c) < 128 else 1.0


def wrap(text, width, rng=None, ragged=None, first_indent=0.0):
    lines, cur, w = [], "", first_indent
    lim = rng.uniform(*ragged) if ragged else width
    for c in text:
        if w + cw(c) > lim + 1e-9 and cur:
            if c in CLOSE:              # keep closing punctuation on the line it closes
                cur += c
                lines.append(cur); cur, w = "", 0.0
                lim = rng.uniform(*ragged) if ragged else width
                continue
            k = len(cur)
            while k > 1 and cur[k - 1] in OPEN:
                k -= 1
            lines.append(cur[:k]); cur = cur[k:]; w = sum(cw(x) for x in cur)
            lim = rng.uniform(*ragged) if ragged else width
        cur += c; w += cw(c)
    if cur:
        lines.append(cur)
    return lines


def build(items, width=None, ragged=None, lpp=0, page_chrome=None, header=None, seed=1, indent=""):
    """page_chrome(p) -> chrome lines ending page p; header(p) -> chrome lines starting page p (p >= 2)."""
    rng = random.Random(seed)
    out = []
    page, count, started, force = 1, 0, False, False
    open_span = False

    def chrome_lines(lines, in_span):
        for x in lines:
            out.append(("x" if in_span else "c") + "|" + x)

    def emit(tag, line, in_span):
        nonlocal page, count, started, force
        if started and ((lpp and count >= lpp) or force):
            if page_chrome:
                chrome_lines(page_chrome(page), in_span)
            page += 1; count = 0; force = False
            if header:
                chrome_lines(header(page), in_span)
        started = True
        out.append(tag + "|" + line)
        count += 1

    for tag, text in items:
        if tag == "pb":
            force = True; continue
        if tag == "end":
            if page_chrome:
                chrome_lines(page_chrome(page), False)
            continue
        if tag == "c":
            out.append("c|" + text); continue
        if tag == "raw":                      # a pre-tagged line, passed through
            out.append(text); continue
        pre = indent if tag.startswith("p") else ""
        ls = wrap(pre + text, width, rng, ragged) if (width or ragged) else [pre + text]
        for i, ln in enumerate(ls):
            emit(tag if (i == 0 or tag == "t") else "+", ln, i > 0)
    return out, page


def pua(text, table, rate, rng):
    return "".join(table[c] if c in table and rng.random() < rate else c for c in text)

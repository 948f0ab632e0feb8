"""(Copied from holdout14/hand/src, itself holdout10's; WORD also keeps a superscript ³ with its number.)
Authoring aid for this set's hand-written documents: lay (tag, text[, opts]) items out as tagged lines
(tagged2hand.py's format) with hard wraps and page breaks.

Item tags: c chrome line (verbatim, not counted on the page); t title line; p paragraph; sK / sK! section;
pb force a page break before the next content line. opts: "nw" = keep on one line (no wrap).
Page break: footer(page) lines, then header(page+1) lines; tagged 'x' when the break falls inside a span
(the span continues after them), else 'c'.
Wrap width counts ASCII as 0.55 of a CJK cell, so a text layer's line holds more Latin than CJK.
"""
import random

CLOSE = set("，。、；：？！）》”’,.;:?!)\ue002\ue003\ue004\ue005")  # doc88 private-use punctuation too (kinsoku)
OPEN = set("（《“‘(「")
WORD = set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.%-³")


def cw(c):
    return 0.55 if ord(c) < 128 else 1.0


def wrap(text, nextw):
    out, cur, w = [], "", 0.0
    lim = nextw()
    i = 0
    while i < len(text):
        ch = text[i]
        if w + cw(ch) > lim and cur.strip() and ch not in CLOSE:
            k = len(cur)
            if ch in WORD:  # keep a number / Latin word whole
                while k > 0 and cur[k - 1] in WORD:
                    k -= 1
                if k == 0:
                    k = len(cur)
            while k > 1 and cur[k - 1] in OPEN:  # (added for holdout16) an opening bracket or quote goes to the next line
                k -= 1
            out.append(cur[:k]); cur = cur[k:]; w = sum(cw(x) for x in cur); lim = nextw()
        cur += ch; w += cw(ch); i += 1
    if cur:
        out.append(cur)
    return out


def build(items, lo, hi, lpp, footer, header, seed=1, indent="", sec_indent="", first_header=False):
    rng = random.Random(seed)

    def nextw():
        return rng.randint(lo, hi) if lo != hi else lo
    lines = []
    count = 0
    page = 1
    force = False
    started = False
    for it in items:
        tag, text = it[0], it[1]
        opts = it[2] if len(it) > 2 else ""
        if tag == "c":
            lines.append(("c", text)); continue
        if tag == "pb":
            force = True; continue
        if tag == "p":
            pre = indent
        elif tag.startswith("s"):
            pre = sec_indent
        else:
            pre = ""
        ws = [pre + text] if ("nw" in opts or tag == "t") else wrap(pre + text, nextw)
        for i, l in enumerate(ws):
            if not started:
                started = True
                if first_header:
                    for hl in header(page):
                        lines.append(("c", hl))
            elif count >= lpp or force:
                mid = i > 0
                for fl in footer(page):
                    lines.append(("x" if mid else "c", fl))
                page += 1
                for hl in header(page):
                    lines.append(("x" if mid else "c", hl))
                count = 0
                force = False
            lines.append((tag if i == 0 else "+", l)); count += 1
    return lines, page


def emit(path, comments, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(comments + [f"{t}|{x}" for t, x in lines]) + "\n")

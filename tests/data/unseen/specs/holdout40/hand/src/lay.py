"""Authoring aid for holdout40's hand-written documents: lay items out as tagged lines for the shared
tools/tagged2hand.py ("TAG|text" per raw line).

Items: (tag, text[, opts]).  tag: c chrome line (verbatim, not counted on a page); t title (every wrapped line
tagged t); p / pN paragraph; sK / sK! section; pb page break before the next content line.
opts: "nw" keeps the text on one line.  '⏎' inside a text forces a break.  width 0 = no wrapping.
Page breaks: footer(p, n) lines, then header(p + 1, n) lines; tagged 'x' when the break falls inside a span.
n (the page total) is found by a first pass; `declared` overrides it (a preview that shows fewer pages).
keep_words=False breaks Latin runs at the width (a PDF text layer with its spaces removed)."""

CLOSE = set("，。、；：？！）》”’,.;:?!)\ue001\ue002\ue003\ue004\ue005")
OPEN = set("（《“‘(「")
WORD = set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.%-~")


def cw(c):
    return 0.55 if ord(c) < 128 else 1.0


def wrap(text, width, keep_words=True):
    out = []
    for piece in text.split("⏎"):
        cur, w = "", 0.0
        for ch in piece:
            if w + cw(ch) > width and cur.strip() and ch not in CLOSE:
                k = len(cur)
                if keep_words and ch in WORD:
                    while k > 0 and cur[k - 1] in WORD:
                        k -= 1
                    if k == 0:
                        k = len(cur)
                while k > 1 and cur[k - 1] in OPEN:
                    k -= 1
                out.append(cur[:k]); cur = cur[k:]; w = sum(cw(x) for x in cur)
            cur += ch; w += cw(ch)
        out.append(cur)
    return out


def _run(items, width, lpp, footer, header, indent, first_header, total, keep_words=True):
    lines, count, page, force, started = [], 0, 1, False, False
    for it in items:
        tag, text = it[0], it[1]
        opts = it[2] if len(it) > 2 else ""
        if tag == "c":
            lines.append(("c", text)); continue
        if tag == "pb":
            force = True; continue
        pre = indent if tag.startswith("p") and "noind" not in opts else ""
        if "nw" in opts or width <= 0:
            ws = (pre + text).split("⏎")
        else:
            ws = wrap(pre + text, width, keep_words)
        for i, l in enumerate(ws):
            if not started:
                started = True
                if first_header:
                    lines += [("c", h) for h in header(page, total)]
            elif (lpp and count >= lpp) or force:
                mid = i > 0
                lines += [("x" if mid else "c", f) for f in footer(page, total)]
                page += 1
                lines += [("x" if mid else "c", h) for h in header(page, total)]
                count, force = 0, False
            lines.append((tag if i == 0 or tag == "t" else "+", l)); count += 1
    return lines, page


def build(items, width=0, lpp=0, footer=lambda p, n: [], header=lambda p, n: [], indent="",
          first_header=False, declared=None, keep_words=True):
    _, n = _run(items, width, lpp, footer, header, indent, first_header, 0, keep_words)
    n = declared or n
    lines, last = _run(items, width, lpp, footer, header, indent, first_header, n, keep_words)
    return lines, last, n


def emit(path, comments, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(comments + [f"{t}|{x}" for t, x in lines]) + "\n")

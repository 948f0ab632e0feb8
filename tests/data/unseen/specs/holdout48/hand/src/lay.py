"""(Copied from holdout19, a layout helper only.) Authoring aid (written for holdout19, after holdout14-18's wrapdoc.py): lay (tag, text[, opts]) items out as
tagged lines in tagged2hand.py's format, with hard wraps, page breaks and forced breaks.

Item tags: c chrome line (verbatim, not counted on the page); t title line; p paragraph; pN paragraph at level N;
sK / sK! section; pb page break before the next content line. opts: "nw" keep on one line.
'⏎' inside a text forces a line break there. Page break: footer(p, n) lines then header(p+1, n) lines; tagged 'x'
when the break falls inside a span (the span continues after them), else 'c'. n (page total) is found by a first pass.
Width counts ASCII as 0.55 of a CJK cell."""
import random

CLOSE = set("，。、；：？！）》”’,.;:?!)\ue003\ue004\ue005")
OPEN = set("（《“‘(「")
WORD = set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.%-~")


def cw(c):
    return 0.55 if ord(c) < 128 else 1.0


def wrap(text, nextw):
    out = []
    for piece in text.split("⏎"):
        cur, w = "", 0.0
        lim = nextw()
        for ch in piece:
            if w + cw(ch) > lim and cur.strip() and ch not in CLOSE:
                k = len(cur)
                if ch in WORD:
                    while k > 0 and cur[k - 1] in WORD:
                        k -= 1
                    if k == 0:
                        k = len(cur)
                while k > 1 and cur[k - 1] in OPEN:
                    k -= 1
                out.append(cur[:k]); cur = cur[k:]; w = sum(cw(x) for x in cur); lim = nextw()
            cur += ch; w += cw(ch)
        out.append(cur)
    return out


def _build(items, lo, hi, lpp, footer, header, seed, indent, sec_indent, first_header, total):
    rng = random.Random(seed)
    nextw = (lambda: rng.randint(lo, hi)) if lo != hi else (lambda: lo)
    lines, count, page, force, started = [], 0, 1, False, False
    for it in items:
        tag, text = it[0], it[1]
        opts = it[2] if len(it) > 2 else ""
        if tag == "c":
            lines.append(("c", text)); continue
        if tag == "pb":
            force = True; continue
        pre = indent if tag.startswith("p") else sec_indent if tag.startswith("s") else ""
        if "noind" in opts:
            pre = ""
        if "nw" in opts or lo <= 0:
            ws = (pre + text).split("⏎")
        else:
            ws = wrap(pre + text, nextw)
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
            lines.append((tag if i == 0 else "+", l)); count += 1
    return lines, page


def build(items, lo=0, hi=0, lpp=0, footer=lambda p, n: [], header=lambda p, n: [], seed=1, indent="",
          sec_indent="", first_header=False, last_footer=True):
    _, n = _build(items, lo, hi, lpp, footer, header, seed, indent, sec_indent, first_header, 0)
    lines, n = _build(items, lo, hi, lpp, footer, header, seed, indent, sec_indent, first_header, n)
    return lines, n


def emit(path, comments, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(comments + [f"{t}|{x}" for t, x in lines]) + "\n")

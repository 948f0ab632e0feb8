"""Authoring aid for holdout37's hand-written documents: lay (tag, text[, opts]) items out as tagged lines in the
format of tagged2hand.py, with hard wraps (fixed or ragged width), page breaks and forced breaks.

Items: ("c", text) chrome line; ("t", text) title line; ("p"|"pN", text) paragraph; ("sK"|"sK!", text) section;
("pb",) page break before the next content line. opts (third element): "nw" keep on one line.
'⏎' in a text forces a line break. At a page break: footer(p, n) lines, then header(p+1, n) lines, tagged 'x'
when the break falls inside a span (the span goes on after them), else 'c'. n (the page count) comes from a first
pass unless total= is given. Width counts an ASCII character as 0.55 of a CJK cell."""
import random

CLOSE = set("，。、；：？！）》”’,.;:?!)\ue1a2\ue1a5")
OPEN = set("（《“‘(「")
WORD = set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.%-~")


def cw(c):
    return 0.55 if ord(c) < 128 else 1.0


def wrap(text, nextw):
    out = []
    for piece in text.split("⏎"):
        cur, w, lim = "", 0.0, nextw()
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


def _run(items, lo, hi, lpp, footer, header, seed, indent, first_header, total):
    rng = random.Random(seed)
    nextw = (lambda: rng.randint(lo, hi)) if lo != hi else (lambda: lo)
    lines, count, page, force, started = [], 0, 1, False, False
    for it in items:
        tag = it[0]
        if tag == "c":
            lines.append(("c", it[1])); continue
        if tag == "pb":
            force = True; continue
        text, opts = it[1], (it[2] if len(it) > 2 else "")
        pre = indent if tag.startswith("p") and "noind" not in opts else ""
        ws = (pre + text).split("⏎") if ("nw" in opts or lo <= 0) else wrap(pre + text, nextw)
        for i, l in enumerate(ws):
            if not started:
                started = True
                if first_header:
                    lines += [("c", h) for h in header(page, total)]
            elif (lpp and count >= lpp) or force:
                k = "x" if i > 0 else "c"
                lines += [(k, f) for f in footer(page, total)]
                page += 1
                lines += [(k, h) for h in header(page, total)]
                count, force = 0, False
            lines.append((tag if i == 0 else "+", l)); count += 1
    return lines, page


def build(items, lo=0, hi=0, lpp=0, footer=lambda p, n: [], header=lambda p, n: [], seed=7, indent="",
          first_header=False, total=None):
    _, n = _run(items, lo, hi, lpp, footer, header, seed, indent, first_header, 0)
    return _run(items, lo, hi, lpp, footer, header, seed, indent, first_header, total or n)


def emit(path, comments, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(comments + [f"{t}|{x}" for t, x in lines]) + "\n")

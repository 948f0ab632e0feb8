"""Authoring aid for holdout43 (make.sh does not run it): lay out (tag, text[, opts]) items as tagged lines for the
shared tagged2hand.py. Tags: c chrome line; t title line; p / pN paragraph; sK / sK! section; pb page break before the
next content line. opts: "nw" keeps the item on one line, "noind" drops the indent.
Wrapping counts ASCII as 0.55 cell; width is fixed (lo == hi) or drawn per line from [lo, hi]; lo = 0 means no wrap.
'⏎' forces a break. At a page break the footer(p, n) and header(p+1, n) lines are emitted, tagged 'x' if the break falls
inside an item (the span continues) and 'c' otherwise. n (the page count) comes from a first pass."""
import random

NO_START = set("，。、；：？！）》”’」,.;:?!)%\ue0a1\ue0a3\ue0a4\ue0a6")
NO_END = set("（《“‘「(\ue0a5")
LATIN = set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ._%-+/")


def width(c):
    return 0.55 if ord(c) < 128 else 1.0


def wrap(text, nextw):
    rows = []
    for piece in text.split("⏎"):
        cur, w, lim = "", 0.0, nextw()
        for ch in piece:
            if w + width(ch) > lim and cur.strip() and ch not in NO_START:
                k = len(cur)
                if ch in LATIN:
                    while k > 0 and cur[k - 1] in LATIN:
                        k -= 1
                    if k == 0 or not cur[:k].strip():
                        k = len(cur)
                while k > 1 and cur[k - 1] in NO_END:
                    k -= 1
                rows.append(cur[:k]); cur = cur[k:]; w = sum(map(width, cur)); lim = nextw()
            cur += ch; w += width(ch)
        rows.append(cur)
    return rows


def _pass(items, lo, hi, lpp, footer, header, seed, indent, sec_indent, first_header, total):
    rng = random.Random(seed)
    nextw = (lambda: rng.randint(lo, hi)) if lo != hi else (lambda: lo)
    out, count, page, force, started = [], 0, 1, False, False
    for it in items:
        tag, text = it[0], it[1]
        opts = it[2] if len(it) > 2 else ""
        if tag == "c":
            out.append(("c", text)); continue
        if tag == "pb":
            force = True; continue
        pre = indent if tag.startswith("p") else sec_indent if tag.startswith("s") else ""
        if "noind" in opts:
            pre = ""
        rows = (pre + text).split("⏎") if ("nw" in opts or lo <= 0) else wrap(pre + text, nextw)
        for i, row in enumerate(rows):
            if not started:
                started = True
                if first_header:
                    out += [("c", h) for h in header(page, total)]
            elif (lpp and count >= lpp) or force:
                kind = "x" if i > 0 else "c"
                out += [(kind, f) for f in footer(page, total)]
                page += 1
                out += [(kind, h) for h in header(page, total)]
                count, force = 0, False
            out.append((tag if i == 0 else "+", row)); count += 1
    return out, page


def build(items, lo=0, hi=0, lpp=0, footer=lambda p, n: [], header=lambda p, n: [], seed=1, indent="",
          sec_indent="", first_header=False):
    _, n = _pass(items, lo, hi, lpp, footer, header, seed, indent, sec_indent, first_header, 0)
    return _pass(items, lo, hi, lpp, footer, header, seed, indent, sec_indent, first_header, n)


def emit(path, comments, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(comments + [f"{t}|{x}" for t, x in lines]) + "\n")

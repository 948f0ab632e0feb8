"""Authoring aid for holdout46: lay out (tag, text[, opts]) items as tagged lines for tagged2hand.py.

Tags: c chrome line (verbatim); t title line; p paragraph (pN at level N); sK / sK! section; pb page break
before the next content line. opts: "nw" = keep on one line. '⏎' in a text forces a line break.
At a page break, footer(p, n) then header(p+1, n) lines are emitted, tagged 'x' when the break falls inside a
span, else 'c'. n = total pages, found by a first pass (or forced with total=)."""
import random

CLOSE = set("，。、；：？！）》”’,.;:?!)\ue001\ue002\ue003\ue004\ue005")
OPEN = set("（《“‘(「\ue001")
WORD = set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.%-~/")


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
        tag, text = it[0], it[1]
        opts = it[2] if len(it) > 2 else ""
        if tag == "c":
            lines.append(("c", text)); continue
        if tag == "pb":
            force = True; continue
        pre = indent if (tag.startswith("p") and "noind" not in opts) else ""
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


def build(items, lo=0, hi=0, lpp=0, footer=lambda p, n: [], header=lambda p, n: [], seed=1, indent="",
          first_header=False, total=None):
    _, n = _run(items, lo, hi, lpp, footer, header, seed, indent, first_header, 0)
    n = total or n
    return _run(items, lo, hi, lpp, footer, header, seed, indent, first_header, n)


def emit(path, comments, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(comments + [f"{t}|{x}" for t, x in lines]) + "\n")

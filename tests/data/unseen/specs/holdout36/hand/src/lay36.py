"""Authoring aid for holdout36 (written for this set): lay out (tag, text[, opts]) items as tagged lines for
tagged2hand.py, with hard wraps of a fixed or random width, page breaks with footer/header lines, and forced
breaks ('⏎'). Item tags: c chrome (inline, not counted); t title; p / pN paragraph; sK / sK! section; pb page
break before the next content line. opts: "nw" no wrapping; "noind" no paragraph indent.
A page break that falls inside a span gives 'x' lines (the span continues), otherwise 'c' lines."""
import random

CLOSE = set("，。、；：？！）》”’,.;:?!)…\ue001\ue002\ue003\ue004\ue005")
OPEN = set("（《“‘(【")
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
                out.append(cur[:k]); cur = cur[k:]; w = sum(map(cw, cur)); lim = nextw()
            cur += ch; w += cw(ch)
        out.append(cur)
    return out


def _lay(items, width, lpp, footer, header, seed, indent, sec_indent, first_header, total):
    rng = random.Random(seed)
    if isinstance(width, tuple):
        nextw = lambda: rng.randint(*width)
    else:
        nextw = lambda: width
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
        if "nw" in opts or not width:
            ws = (pre + text).split("⏎")
        else:
            ws = wrap(pre + text, nextw)
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


def lay(items, width=0, lpp=0, footer=lambda p, n: [], header=lambda p, n: [], seed=1, indent="",
        sec_indent="", first_header=False, total=None):
    """Returns (tagged lines, pages used). total: the page count to print (default: pages used)."""
    _, n = _lay(items, width, lpp, footer, header, seed, indent, sec_indent, first_header, 0)
    return _lay(items, width, lpp, footer, header, seed, indent, sec_indent, first_header, total or n)


def emit(path, comments, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(comments + [f"{t}|{x}" for t, x in lines]) + "\n")

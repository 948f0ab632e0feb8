"""Authoring aid for holdout38's hand-written documents: turn a list of items into tagged lines in the format
of the shared tagged2hand.py (one raw line per source line, "TAG|text").

Items are tuples (tag, text[, opts]):
  c      chrome line, verbatim, never counted on a page
  t      title line (never wrapped)
  p/pN   paragraph (at the current level / at level N)
  sK/sK! numbered section at level K (run-in / whole line is the heading)
  pb     page break before the next content line (text ignored)
opts: "nw" keep the item on one line even when wrapping is on; "noind" no indent.
A '⏎' inside a text forces a line break. Wrapping: width lo..hi (one random width per line when lo < hi,
ASCII counts 0.55), no wrapping when lo == 0. Paging: after lpp content lines, footer(p, n) + header(p+1, n)
lines are put in; inside a wrapped span they are tagged 'x' (the span goes on), elsewhere 'c'. n is the
number of pages found by a first pass."""
import random

NOBREAK_BEFORE = set("，。、；：？！）》”’,.;:?!)】")
NOBREAK_AFTER = set("（《“‘(【")
ALNUM = set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.%-,")


def width(ch):
    return 0.55 if ord(ch) < 128 else 1.0


def wrap(text, nextw):
    lines = []
    for piece in text.split("⏎"):
        cur, w, lim = "", 0.0, nextw()
        for ch in piece:
            if cur.strip() and w + width(ch) > lim and ch not in NOBREAK_BEFORE:
                k = len(cur)
                if ch in ALNUM and ch != ",":
                    while k > 0 and cur[k - 1] in ALNUM and cur[k - 1] != ",":
                        k -= 1
                    if k == 0:
                        k = len(cur)
                while k > 1 and cur[k - 1] in NOBREAK_AFTER:
                    k -= 1
                lines.append(cur[:k])
                cur = cur[k:]
                w = sum(width(x) for x in cur)
                lim = nextw()
            cur += ch
            w += width(ch)
        lines.append(cur)
    return lines


def _pass(items, lo, hi, lpp, footer, header, seed, indent, total, first_header):
    rng = random.Random(seed)
    nextw = (lambda: rng.randint(lo, hi)) if hi > lo else (lambda: lo)
    out, count, page, force, started = [], 0, 1, False, False
    for it in items:
        tag, text = it[0], it[1]
        opts = it[2] if len(it) > 2 else ""
        if tag == "c":
            out.append(("c", text))
            continue
        if tag == "pb":
            force = True
            continue
        pre = indent if tag.startswith("p") and "noind" not in opts else ""
        if lo <= 0 or "nw" in opts or tag == "t":
            pieces = (pre + text).split("⏎")
        else:
            pieces = wrap(pre + text, nextw)
        for i, piece in enumerate(pieces):
            if not started:
                started = True
                if first_header:
                    out += [("c", h) for h in header(page, total)]
            elif force or (lpp and count >= lpp):
                kind = "x" if i > 0 else "c"
                out += [(kind, f) for f in footer(page, total)]
                page += 1
                out += [(kind, h) for h in header(page, total)]
                count, force = 0, False
            out.append((tag if i == 0 else "+", piece))
            count += 1
    return out, page


def build(items, lo=0, hi=None, lpp=0, footer=lambda p, n: [], header=lambda p, n: [], seed=38, indent="",
          first_header=False):
    hi = lo if hi is None else hi
    _, n = _pass(items, lo, hi, lpp, footer, header, seed, indent, 0, first_header)
    return _pass(items, lo, hi, lpp, footer, header, seed, indent, n, first_header)


def write(path, comments, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(["# " + c for c in comments] + [f"{t}|{x}" for t, x in lines]) + "\n")

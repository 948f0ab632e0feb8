"""Authoring aid for holdout42's hand-written documents (written for this set): lay out (tag, text[, opts]) items
as tagged lines in tagged2hand.py's format ("TAG|text"), with hard wraps, pages, running headers and footers.

Item tags
  c      chrome line, verbatim (not counted on the page)
  t      title line (never wrapped; '⏎' splits it)
  p, pN  paragraph (pN: at level N); sK / sK! section at level K (run-in / whole heading)
  pb     force a page break before the next content line
opts (third element): "nw" keep on one line (no wrap); "in" indent the first line with two ideographic spaces.
'⏎' in a text forces a line break there.
A page break writes footer(page, total) lines, then header(page + 1, total) lines, tagged 'x' when the break falls
inside a span (the span goes on after them), else 'c'. total (number of pages) comes from a first pass.
Width: ASCII counts 0.55 of a CJK cell; closing punctuation may hang past the width (kinsoku)."""
import random

CLOSE = set("，。、；：？！）》”’,.;:?!)\ue001\ue002\ue003\ue004\ue005")
OPEN = set("（《“‘(【")
WORD = set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.%-+/")


def cw(c):
    return 0.55 if ord(c) < 128 else 1.0


def wrap(text, nextw):
    out = []
    for piece in text.split("⏎"):
        cur, w, lim = "", 0.0, nextw()
        for ch in piece:
            if w + cw(ch) > lim + 1e-9 and cur.strip() and ch not in CLOSE:
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


def _pass(items, lo, hi, lpp, footer, header, seed, total, head_first):
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
        pre = "　　" if "in" in opts else ""
        if tag == "t" or "nw" in opts:
            ws = [pre + x for x in text.split("⏎")]
        else:
            ws = wrap(pre + text, nextw)
        for i, l in enumerate(ws):
            if not started:
                started = True
                if head_first:
                    lines += [("c", h) for h in header(page, total)]
            elif (lpp and count >= lpp) or force:
                k = "x" if i > 0 else "c"
                lines += [(k, f) for f in footer(page, total)]
                page += 1
                lines += [(k, h) for h in header(page, total)]
                count, force = 0, False
            lines.append((tag if i == 0 or tag == "t" else "+", l)); count += 1
    return lines, page


def build(items, lo, hi, lpp, footer=lambda p, n: [], header=lambda p, n: [], seed=1, head_first=False,
          last_footer=True):
    _, total = _pass(items, lo, hi, lpp, footer, header, seed, 0, head_first)
    lines, pages = _pass(items, lo, hi, lpp, footer, header, seed, total, head_first)
    assert pages == total
    if last_footer:
        lines += [("c", f) for f in footer(pages, total)]
    return lines, pages


def emit(path, comments, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(["# " + c for c in comments] + [f"{t}|{x}" for t, x in lines]) + "\n")


def flat(lines):
    """The content text of laid-out lines, joined (for a teaser copy)."""
    return "".join(x for t, x in lines if t not in ("c", "x"))

"""Authoring aid for this set's wrapped hand documents: (tag, text) items -> tagged lines ("TAG|text", the format
of ../../../tools/tagged2hand.py), hard-wrapped at a fixed or ragged width, with page footers/headers inserted every
lpp content lines (tag 'x' when they fall inside an open span, 'c' otherwise). Tags c, t and n are never wrapped
(n = a content line kept whole; written out as 'p' at the current level), nor tags starting with a prefix in keep."""
import random

NO_START = set("，。、；：？！）》”’")

def wrap(text, widths):
    out, cur, w = [], "", next(widths)
    for ch in text:
        if len(cur) >= w and ch not in NO_START:
            out.append(cur); cur, w = "", next(widths)
        cur += ch
    if cur:
        out.append(cur)
    return out

def build(items, lo, hi, lpp, footer, header, seed=1, keep=()):
    rng = random.Random(seed)
    def widths():
        while True:
            yield rng.randint(lo, hi)
    W = widths()
    lines, count, page = [], 0, 1
    for tag, text in items:
        if tag == "c":
            lines.append(("c", text)); continue
        parts = [text] if tag in ("t", "n") or tag.startswith("n") or tag.startswith(tuple(keep) or "\0") else wrap(text, W)
        tag = "p" + tag[1:] if tag.startswith("n") else tag
        for i, part in enumerate(parts):
            if count >= lpp:
                kind = "x" if i > 0 else "c"
                lines += [(kind, f) for f in footer(page)]
                page += 1
                lines += [(kind, h) for h in header(page)]
                count = 0
            lines.append((tag if i == 0 else "+", part)); count += 1
    return lines, page

def emit(path, comments, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(comments + [f"{t}|{x}" for t, x in lines]) + "\n")

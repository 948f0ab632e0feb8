"""Authoring aid: wrap (tag, text) items into tagged lines with page breaks (footer/header chrome; 'x' inside a span)."""
import random
CLOSE = set("，。、；：？！）》”’")
def wrap(text, widths):
    out, cur = [], ""
    w = next(widths)
    for ch in text:
        if len(cur) >= w and ch not in CLOSE:
            out.append(cur); cur = ""; w = next(widths)
        cur += ch
    if cur: out.append(cur)
    return out
def build(items, lo, hi, lpp, footer, header, seed=1, indent=""):
    rng = random.Random(seed)
    def widths():
        while True: yield rng.randint(lo, hi)
    W = widths()
    lines = []; count = 0; page = 1
    for tag, text in items:
        if tag == "c":
            lines.append(("c", text)); continue
        pre = indent if tag.startswith("p") else ""
        ws = wrap(pre + text, W) if tag not in ("t",) else [text]
        for i, l in enumerate(ws):
            if count >= lpp:
                mid = i > 0
                for fl in footer(page): lines.append(("x" if mid else "c", fl))
                page += 1
                for hl in header(page): lines.append(("x" if mid else "c", hl))
                count = 0
            lines.append((tag if i == 0 else "+", l)); count += 1
    return lines, page
def emit(path, comments, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(comments + [f"{t}|{x}" for t, x in lines]) + "\n")

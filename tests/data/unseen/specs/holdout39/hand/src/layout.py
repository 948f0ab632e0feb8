"""Authoring aid for holdout39's hand-written documents: turn a list of items into tagged lines for the shared
tagged2hand.py ("TAG|text").

Item = (tag, text[, opts]). Tags: c chrome line (verbatim, never counted on a page); t title line; p / pN paragraph;
sK / sK! section; pb forces a page break before the next content line. opts is a string: "nw" keeps the text on one
line; "ni" drops the paragraph indent. '⏎' in a text forces a line break.
Wrapping: width lo..hi cells (ASCII counts 0.55); lo == 0 means no wrapping. Paging: after lpp content lines the
footer(p, n) and header(p + 1, n) lines are written; inside a span they are tagged 'x' so the span continues.
The page total n is found by a first dry run."""
import random

NO_LINE_START = set("，。、；：？！）》」”’,.;:?!)%\ue1a4\ue1a7\ue0b3\ue0b4")
NO_LINE_END = set("（《「“‘(")
LATIN = set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.-/:%#")


def cell(ch):
    return 0.55 if ord(ch) < 128 else 1.0


def hard_wrap(text, width_fn):
    rows = []
    for chunk in text.split("⏎"):
        line, used, limit = "", 0.0, width_fn()
        for ch in chunk:
            if line.strip() and used + cell(ch) > limit and ch not in NO_LINE_START:
                cut = len(line)
                if ch in LATIN:
                    while cut > 0 and line[cut - 1] in LATIN:
                        cut -= 1
                    if cut == 0:
                        cut = len(line)
                while cut > 1 and line[cut - 1] in NO_LINE_END:
                    cut -= 1
                rows.append(line[:cut])
                line = line[cut:]
                used = sum(cell(x) for x in line)
                limit = width_fn()
            line += ch
            used += cell(ch)
        rows.append(line)
    return rows


def _run(items, lo, hi, lpp, footer, header, seed, indent, first_header, total):
    rnd = random.Random(seed)
    width_fn = (lambda: rnd.randint(lo, hi)) if hi > lo else (lambda: lo)
    out, on_page, page, forced, begun = [], 0, 1, False, False
    for item in items:
        tag, text = item[0], item[1]
        opts = item[2] if len(item) > 2 else ""
        if tag == "c":
            out.append(("c", text))
            continue
        if tag == "pb":
            forced = True
            continue
        pre = indent if tag.startswith("p") and "ni" not in opts else ""
        rows = (pre + text).split("⏎") if ("nw" in opts or lo <= 0) else hard_wrap(pre + text, width_fn)
        for i, row in enumerate(rows):
            if not begun:
                begun = True
                if first_header:
                    out += [("c", h) for h in header(page, total)]
            elif forced or (lpp and on_page >= lpp):
                kind = "x" if i > 0 else "c"
                out += [(kind, f) for f in footer(page, total)]
                page += 1
                out += [(kind, h) for h in header(page, total)]
                on_page, forced = 0, False
            out.append((tag if (i == 0 or tag == "t") else "+", row))
            on_page += 1
    return out, page


def lay(items, lo=0, hi=None, lpp=0, footer=lambda p, n: [], header=lambda p, n: [], seed=39, indent="",
        first_header=False):
    hi = lo if hi is None else hi
    _, total = _run(items, lo, hi, lpp, footer, header, seed, indent, first_header, 0)
    return _run(items, lo, hi, lpp, footer, header, seed, indent, first_header, total)


def write(name, comments, rows):
    with open(name + ".txt", "w", encoding="utf-8") as f:
        f.write("\n".join(["# " + c for c in comments] + [f"{t}|{x}" for t, x in rows]) + "\n")

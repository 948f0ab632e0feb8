#!/usr/bin/env python3
"""Authoring aid for this set's hand-written documents: a tagged source (one raw line per source line,
"TAG|text") -> the raw file (in the chosen encoding) and its line outline (outline2gold's format).
Tags: c chrome; t title line; p new paragraph at the current level (pN: at level N); + continues the
open span; x a chrome line inside an open span (skipped by the span's ranges); sK / sK! a section at
level K (run-in / whole span is the heading). A leading '#' line is an outline comment.
Usage: tagged2hand.py SRC NAME ENC(utf-8|utf-8-sig|gb18030|utf-16) NL(lf|crlf) HAND_DIR [truncated yes|no] [final_nl]"""
import sys
from pathlib import Path

def ranges(nums):
    out, a, b = [], None, None
    for n in nums:
        if a is None: a = b = n
        elif n == b + 1: b = n
        else: out.append((a, b)); a = b = n
    out.append((a, b))
    return ",".join(f"{x}-{y}" if x != y else f"{x}" for x, y in out)

def main(src, name, enc, nl, hand, trunc="no", final="no"):
    comments, raw, spans = [], [], []   # spans: [kind, level, whole, nums]
    title = []
    cur = None; level = 0
    for ln in Path(src).read_text(encoding="utf-8").rstrip("\n").split("\n"):
        if ln.startswith("#"):
            comments.append(ln); continue
        tag, _, text = ln.partition("|")
        raw.append(text); n = len(raw)
        if tag == "c": cur = None; continue
        if tag == "x": continue
        if tag == "+": cur[3].append(n); continue
        if tag == "t": title.append(n); cur = None; continue
        if tag.startswith("p"):
            lv = int(tag[1:]) if len(tag) > 1 else level
            cur = ["para", lv, False, [n]]; spans.append(cur); continue
        if tag.startswith("s"):
            level = int(tag[1]); cur = ["sec", level, tag.endswith("!"), [n]]; spans.append(cur); continue
        raise SystemExit(f"bad tag {tag!r} at line {n}")
    out = comments[:]
    if title: out.append("title " + ranges(title))
    out.append("truncated " + trunc)
    for kind, lv, whole, nums in spans:
        ind = "  " * (lv - 1 if kind == "sec" else lv)
        out.append(ind + kind + " " + ranges(nums) + (" !" if whole else ""))
    text = "\n".join(raw) + ("\n" if final == "yes" else "")
    if nl == "crlf": text = text.replace("\n", "\r\n")
    data = text.encode(enc)
    Path(hand, "raw", name + ".txt").write_bytes(data)
    Path(hand, "outline", name + ".txt").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(name, len(raw), "lines", file=sys.stderr)

if __name__ == "__main__":
    main(*sys.argv[1:])

#!/usr/bin/env python3
"""Build gold/<name>.json from raw/<name>.txt and outline/<name>.txt (standard library only).

    python build_gold.py            # (re)build every gold file that has an outline
    python build_gold.py --check    # build in memory, report differences from gold/ on disk
    python build_gold.py --unlisted NAME   # print the non-empty raw lines the outline leaves out
                                           # (they should all be boilerplate)

Gold files of documents without an outline (the flattened one-line documents) are written by
hand and are never touched by this script.

Outline format (1-based raw line numbers; a span is "A", "A-B" or several joined by commas,
"A-B,D-E", to step over page markers / running headers inside a paragraph):

    title N | title A-B | title none
    truncated yes|no
    pre SPAN             a preamble paragraph (indent 0, anywhere in the outline)
    sec SPAN             a numbered section; its children are indented two spaces more
      para SPAN          a paragraph of the section it is indented under

Rules (../../../../shared/eval/ANNOTATION.md):
  * lines of a span are stripped and joined: no separator, except one space when both sides of
    the join are printable ASCII (Latin words, numbers);
  * a sec span's marker is matched by MARKER on its first line (see below), as written, without
    surrounding spaces; the rest of the span is the item text;
  * heading = the whole item text if it has no sentence end (。！？；!?;) outside brackets and
    quotes before its last character; else the text up to and including the first such end
    (plus any closing quote/bracket right after it, and a bracketed note such as "（4分）" or
    "（陶渊明《归园田居》）" that directly follows), and the remainder becomes the section's
    first paragraph;
  * title = the title span's text; preamble = the pre spans in outline order.
"""
import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

CN = "一二三四五六七八九十百千零〇两"
# The numbering at the start of a section line, as written. Alternatives are tried in order.
MARKER = re.compile(
    r"""^(?:
        第[%(cn)s\d]+(?:编|章|节|条|款|部分|卷)   # 第一章 第二节 第十二条 第一部分
      | 附件\s*[\d%(cn)s]*                      # 附件 附件1 附件 2
      | 附录\s*[A-Z\d%(cn)s]*                   # 附录 附录A
      | [（(][%(cn)s]+[）)]                     # （一） (一)
      | [（(]\d+[）)]                           # （1） (1)
      | [①-⑳]                                  # ①
      | [%(cn)s]+[、.．]                        # 一、 一. 一．
      | \d+(?:[.．]\d+)+[.．、]?                 # 1.1  1.1.1  2．3．
      | \d+[、.．)）]                           # 1. 1、 1． 1)
      | \d+(?=\s)                              # 1 引言  (number, then a space)
      | [A-Z][.．、]                            # A．
    )""".replace("%(cn)s", CN),
    re.X,
)
ENDS = "。！？；!?;"
OPEN = "（(《“‘【[「『〔"
CLOSE = "）)》”’】]」』〕"


def parse_span(s):
    out = []
    for part in s.split(","):
        a, _, b = part.strip().partition("-")
        a = int(a)
        b = int(b) if b else a
        if b < a:
            raise ValueError(f"bad span {s!r}")
        out.extend(range(a, b + 1))
    return out


def join(lines):
    text = ""
    for ln in (x.strip() for x in lines):
        if not ln:
            continue
        if text and text[-1].isascii() and not text[-1].isspace() and ln[0].isascii():
            text += " "
        text += ln
    return text


def split_heading(item):
    """(heading, first paragraph or None) per the heading rule above."""
    depth = 0
    for i, ch in enumerate(item):
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(0, depth - 1)
        elif ch in ENDS and depth == 0:
            j = i + 1
            while j < len(item) and item[j] in CLOSE:
                j += 1
            if j < len(item) and item[j] in "（(":  # a score or source note: "。（4分）"
                k = item.find("）" if item[j] == "（" else ")", j)
                if k > 0:
                    j = k + 1
            rest = item[j:].strip()
            if rest:
                return item[:j].strip(), rest
            return item.strip(), None
    return item.strip(), None


def build(name):
    raw = (HERE / "raw" / f"{name}.txt").read_text(encoding="utf-8-sig")
    raw_lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    outline = (HERE / "outline" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    used = set()

    def take(span, where):
        nums = parse_span(span)
        for n in nums:
            if n < 1 or n > len(raw_lines) or not raw_lines[n - 1].strip():
                raise ValueError(f"{name}: {where}: line {n} is empty or missing")
            if n in used:
                raise ValueError(f"{name}: {where}: line {n} used twice")
            used.add(n)
        return nums

    gold = {"title": None, "truncated": None, "preamble": [], "sections": []}
    stack = []  # (indent, section dict)
    for k, line in enumerate(outline, 1):
        if not line.strip():
            continue
        m = re.match(r"^( *)(title|truncated|pre|sec|para)\s+(\S+)\s*$", line)
        if not m:
            raise ValueError(f"{name}: outline line {k}: cannot read {line!r}")
        ind, kw, arg = len(m.group(1)), m.group(2), m.group(3)
        where = f"outline line {k}"
        if kw == "title":
            gold["title"] = None if arg == "none" else join(raw_lines[n - 1] for n in take(arg, where))
        elif kw == "truncated":
            gold["truncated"] = {"yes": True, "no": False}[arg]
        elif kw == "pre":
            if ind:
                raise ValueError(f"{name}: {where}: pre must not be indented")
            gold["preamble"].append(join(raw_lines[n - 1] for n in take(arg, where)))
        elif kw == "sec":
            nums = take(arg, where)
            first = raw_lines[nums[0] - 1].strip()
            mm = MARKER.match(first)
            if not mm:
                raise ValueError(f"{name}: {where}: no marker at the start of {first!r}")
            marker = mm.group(0).strip()
            item = join([first[mm.end():]] + [raw_lines[n - 1] for n in nums[1:]])
            heading, para = split_heading(item)
            node = {"marker": marker, "heading": heading, "paragraphs": [para] if para else [], "children": []}
            while stack and stack[-1][0] >= ind:
                stack.pop()
            if stack:
                if stack[-1][0] != ind - 2:
                    raise ValueError(f"{name}: {where}: indentation jumps")
                stack[-1][1]["children"].append(node)
            elif ind == 0:
                gold["sections"].append(node)
            else:
                raise ValueError(f"{name}: {where}: indented section without a parent")
            stack.append((ind, node))
        elif kw == "para":
            while stack and stack[-1][0] >= ind:
                stack.pop()
            if not stack or stack[-1][0] != ind - 2:
                raise ValueError(f"{name}: {where}: para is not indented under a section")
            stack[-1][1]["paragraphs"].append(join(raw_lines[n - 1] for n in take(arg, where)))
    if gold["truncated"] is None:
        raise ValueError(f"{name}: outline says nothing about truncated")
    unlisted = [(i, t) for i, t in enumerate(raw_lines, 1) if t.strip() and i not in used]
    return gold, unlisted


def dump(gold):
    return json.dumps(gold, ensure_ascii=False, indent=1) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare with gold/ instead of writing")
    ap.add_argument("--unlisted", metavar="NAME", help="show the raw lines NAME's outline leaves out")
    a = ap.parse_args()
    if a.unlisted:
        for i, t in build(a.unlisted)[1]:
            print(f"{i:4d} {t}")
        return 0
    bad = 0
    names = sorted(p.stem for p in (HERE / "outline").glob("*.txt"))
    for name in names:
        gold, _ = build(name)
        path = HERE / "gold" / f"{name}.json"
        if a.check:
            if not path.exists() or path.read_text(encoding="utf-8") != dump(gold):
                print(f"differs: {name}")
                bad += 1
        else:
            path.write_text(dump(gold), encoding="utf-8")
    hand = sorted(p.stem for p in (HERE / "gold").glob("*.json") if p.stem not in names)
    print(f"{len(names)} gold files from outlines{' checked' if a.check else ' written'}; "
          f"{len(hand)} hand-written: {', '.join(hand) or '-'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

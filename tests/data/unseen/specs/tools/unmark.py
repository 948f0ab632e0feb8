#!/usr/bin/env python3
"""Print a raw file (any encoding outline2gold reads) as UTF-8 with the markdown heading marks and a
list bullet removed where they stand before a numbering marker at the start of a line ("## 一、…",
"### （一）…", "- 1、…"), so that outline2gold reads the marker. Line count and order are unchanged."""
import re
import sys

MARKUP = re.compile(r"^(?:#{1,6}[ \t]*|-[ \t]+)(?=第|[一二三四五六七八九十]+[、.．]|[(（]|\d|[①-⑳])")

def main(path):
    with open(path, "rb") as f:
        data = f.read()
    for enc in ("utf-8-sig", "utf-16", "gb18030"):
        try:
            text = data.decode(enc)
            if enc != "utf-16" or data[:2] in (b"\xff\xfe", b"\xfe\xff"):
                break
        except UnicodeDecodeError:
            continue
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    sys.stdout.write("\n".join(MARKUP.sub("", line) for line in lines))

if __name__ == "__main__":
    main(sys.argv[1])

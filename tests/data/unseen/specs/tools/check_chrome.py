#!/usr/bin/env python3
"""List every 7-character window of this set's chrome lines (spec @bp lines, page markers and running
headers, hand-raw lines that no outline span covers) that also occurs anywhere in the project's text
(/work/main/src, /work/main/tests, /work/shared, and any folder given after the set's), compared after
NFKC with whitespace removed. Used once per set to check that its chrome was written fresh; prints the
shared windows for review:
  python3 tools/check_chrome.py SET [MORE_ROOTS …]"""
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(sys.argv[1]).resolve()
ROOTS = [Path("/work/main/src"), Path("/work/main/tests"), *map(Path, sys.argv[2:]), Path("/work/shared")]
N = 7

def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

def decode(b):
    if b[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return b.decode("utf-16")
    try:
        return b.decode("utf-8-sig")
    except UnicodeDecodeError:
        return b.decode("gb18030", errors="replace")

def corpus():
    grams = set()
    for root in ROOTS:
        for p in root.rglob("*"):
            if not p.is_file() or p.stat().st_size > 5_000_000:
                continue
            t = decode(p.read_bytes())
            texts = [t]
            if p.suffix in (".json", ".jsonl"):
                texts.append(t.encode("utf-8", "replace").decode("unicode_escape", "replace")
                             if "\\u" in t else "")
            for x in texts:
                x = norm(x)
                grams.update(x[i:i + N] for i in range(len(x) - N + 1))
    return grams

def chrome_lines():
    out = []
    for spec in sorted((HERE / "specs").glob("*.txt")):
        head, _, body = spec.read_text(encoding="utf-8").partition("\n---\n")
        for ln in head.splitlines():
            if ln.startswith(("marker:", "header:")):
                out.append((spec.stem, ln.split(":", 1)[1].strip()))
        for ln in body.splitlines():
            if ln.startswith("@bp "):
                out.append((spec.stem, ln[4:]))
    for ol in sorted((HERE / "hand" / "outline").glob("*.txt")):
        raw = decode((HERE / "hand" / "raw" / ol.name).read_bytes())
        lines = raw.replace("\r\n", "\n").split("\n")
        used = set()
        for ln in ol.read_text(encoding="utf-8").splitlines():
            parts = ln.split()
            if len(parts) >= 2 and parts[0] in ("title", "para", "sec"):
                for r in parts[1].split(","):
                    a, _, b = r.partition("-")
                    used.update(range(int(a), int(b or a) + 1))
        out += [(ol.stem, x) for i, x in enumerate(lines, 1) if i not in used and x.strip()]
    return out

def main():
    grams = corpus()
    hits = 0
    for name, line in chrome_lines():
        s = norm(line)
        shared = sorted({s[i:i + N] for i in range(len(s) - N + 1)} & grams)
        if shared:
            hits += 1
            print(f"{name}: {line[:60]}\n    {shared}")
    print(f"{hits} chrome lines share a {N}-character window", file=sys.stderr)

if __name__ == "__main__":
    main()

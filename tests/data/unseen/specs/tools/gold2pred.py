#!/usr/bin/env python3
"""Write a JSONL of perfect predictions built from a held-out set's gold/ (one record per document, text =
every content string joined by newlines), to check that the set scores 1.0 against itself:
  python3 tools/gold2pred.py SET > /tmp/self.jsonl
  python3 /work/shared/eval/score.py --gold SET/gold --pred /tmp/self.jsonl --raw SET/raw"""
import json
import sys
from pathlib import Path

here = Path(sys.argv[1]).resolve()
for p in sorted((here / "gold").glob("*.json")):
    g = json.loads(p.read_text(encoding="utf-8"))
    parts = [g["title"] or "", *g["preamble"]]

    def walk(secs, parts=parts):
        for s in secs:
            parts.append(s["marker"] + s["heading"])
            parts.extend(s["paragraphs"])
            walk(s["children"], parts)
    walk(g["sections"])
    rec = {"source": {"path": p.stem + ".txt"}, "title": g["title"], "text": "\n".join(x for x in parts if x),
           "preamble": g["preamble"], "sections": g["sections"], "truncated": g["truncated"]}
    sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")

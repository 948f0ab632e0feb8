#!/usr/bin/env python3
"""Write a JSONL of perfect predictions built from gold/ (one record per document, text = every content
string joined by newlines), to check that the set scores 1.0 against itself:
  python3 tools/gold2pred.py > /tmp/self.jsonl
  python3 /work/shared/eval/score.py --gold gold --pred /tmp/self.jsonl --raw raw"""
import json
import sys
from pathlib import Path

here = Path(__file__).resolve().parent.parent
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

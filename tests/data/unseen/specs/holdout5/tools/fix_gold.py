#!/usr/bin/env python3
"""Apply fixes/<name>.json to gold/<name>.json: undo site damage that outline2gold copies verbatim.

  {"replace": [[bad, good, count], ...]}  bad -> good in every string of the gold (whitespace between
                                           characters of bad may vary); count = expected total hits
  {"pua": {"\\ue003": "，", ...}}          private-use code points written as the author's punctuation
  {"title": "..."}                         gold title (e.g. a title found only in a page-title line)
"""
import json
import re
import sys
from pathlib import Path


def walk_strings(obj, fn):
    if isinstance(obj, str):
        return fn(obj)
    if isinstance(obj, list):
        return [walk_strings(x, fn) for x in obj]
    if isinstance(obj, dict):
        return {k: (walk_strings(v, fn) if k not in ("truncated",) else v) for k, v in obj.items()}
    return obj

def main(root):
    root = Path(root)
    for fx in sorted((root / "fixes").glob("*.json")):
        gp = root / "gold" / fx.name
        gold = json.loads(gp.read_text(encoding="utf-8"))
        fix = json.loads(fx.read_text(encoding="utf-8"))
        for bad, good, count in fix.get("replace", []):
            pat = re.compile(r"\s*".join(map(re.escape, bad)))
            hits = [0]

            def sub(s, pat=pat, good=good, hits=hits):
                s2, n = pat.subn(good, s)
                hits[0] += n
                return s2

            gold = walk_strings(gold, sub)
            assert hits[0] == count, (fx.name, bad, hits[0], count)
        if "pua" in fix:
            table = str.maketrans(fix["pua"])
            gold = walk_strings(gold, lambda s, table=table: s.translate(table))
        if "title" in fix:
            gold["title"] = fix["title"]
        text = json.dumps(gold, ensure_ascii=False)
        assert not re.search("[\ue000-\uf8ff]", text), fx.name
        gp.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("fixed", fx.stem, file=sys.stderr)

if __name__ == "__main__":
    main(sys.argv[1])

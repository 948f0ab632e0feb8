"""m05: writes specs/m05_liudi_ershouche-maimai.txt from m05_clean.txt, replacing punctuation in the document's text
(not in @bp chrome lines, not in settings) with private-use code points as the site's font obfuscation does:
， -> U+E811 and ： -> U+E814 at rate 0.7 everywhere in content; 。 -> U+E812 only in plain paragraph lines (so the
run-in headings of sections, which end at 。, are cut the same way as in the clean text)."""
import random
from pathlib import Path
here = Path(__file__).parent
src = (here / "m05_clean.txt").read_text(encoding="utf-8")
head, _, body = src.partition("\n---\n")
rng = random.Random(17)
out = []
for ln in body.split("\n"):
    if ln.startswith(("@bp", "#", "@endpage", "@blank")) or not ln:
        out.append(ln); continue
    pre, text = ("", ln)
    if ln.startswith("@"):
        pre, _, text = ln.partition(" "); pre += " "
    plain = not ln.startswith("@")
    t = "".join("\ue811" if c == "，" and rng.random() < 0.7 else
                "\ue814" if c == "：" and rng.random() < 0.7 else
                "\ue812" if c == "。" and plain and rng.random() < 0.7 else c for c in text)
    out.append(pre + t)
(here / "../../specs/m05_liudi_ershouche-maimai.txt").write_text(head + "\n---\n" + "\n".join(out), encoding="utf-8")

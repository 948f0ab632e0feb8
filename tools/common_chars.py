"""Write src/jingwen/data/common_chars.txt: the Chinese characters that carry most of jieba's
dictionary frequency (the words' counts summed over their characters), most common first.

The damage stage reads it to tell a site's hidden anti-copy noise (a run of rare characters) from
the author's text without cutting words: a line of the author's holds some of these characters.
Run again after a jieba upgrade: `python tools/common_chars.py [--out FILE]` (a test checks that the
shipped file is what this writes)."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import jieba

OUT = Path(__file__).resolve().parent.parent / "src" / "jingwen" / "data" / "common_chars.txt"


N = 800


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=OUT)
    out = ap.parse_args().out
    counts: Counter[str] = Counter()
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            word, freq, *_ = line.split()
            for ch in word:
                if "\u4e00" <= ch <= "\u9fff":
                    counts[ch] += int(freq)
    out.write_text("".join(ch for ch, _ in counts.most_common(N)) + "\n", encoding="utf-8")
    print(f"{N} characters written to {out}")


if __name__ == "__main__":
    main()

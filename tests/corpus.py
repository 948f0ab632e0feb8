"""Generated corpora for the runner's tests and bench: variants of the samples, each different bytes.

    python tests/corpus.py DIR --docs 2000      (or --mb 50)
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
_BODY = re.compile(r"[\u4e00-\u9fff].{20,}[。；]$")


def variants(seed: int = 0) -> Iterator[bytes]:
    """Endless distinct documents: a sample with its years changed, a numbered sentence added to one
    paragraph, some paragraphs repeated; now and then GB18030 or CRLF line ends."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8").splitlines() for p in SAMPLES]
    k = 0
    while True:
        lines = list(rng.choice(texts))
        year = str(2000 + rng.randrange(25))
        lines = [ln.replace("2024", year) for ln in lines]
        body = [i for i, ln in enumerate(lines) if _BODY.search(ln)]
        if body:
            i = rng.choice(body)
            lines[i] = lines[i] + f"本项工作编号为第{k}号。"
            for j in rng.sample(body, min(len(body), rng.randrange(4))):
                lines.insert(j + 1, lines[j])
        text = ("\r\n" if rng.random() < 0.1 else "\n").join(lines) + "\n"
        yield text.encode("gb18030" if rng.random() < 0.1 else "utf-8")
        k += 1


def write_corpus(root: Path, *, docs: int | None = None, mb: float | None = None, seed: int = 0,
                 per_folder: int = 1000) -> list[Path]:
    """Write documents under root/NNNN/ (at most `per_folder` a folder) until `docs` or `mb` is reached."""
    paths: list[Path] = []
    size = 0
    for n, data in enumerate(variants(seed)):
        if (docs is not None and n >= docs) or (mb is not None and size >= mb * 1e6):
            break
        p = root / f"{n // per_folder:04d}" / f"doc{n:07d}.txt"
        if n % per_folder == 0:
            p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        paths.append(p)
        size += len(data)
    return paths


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("dir", type=Path)
    ap.add_argument("--docs", type=int)
    ap.add_argument("--mb", type=float)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    print(len(write_corpus(a.dir, docs=a.docs, mb=a.mb, seed=a.seed)), "documents")

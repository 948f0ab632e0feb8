"""Generated documents for measuring duplicate detection: templates, and copies of them with
controlled edits, as document sites hold them (one template uploaded many times, retitled and
touched up).

A template is a title and sections of paragraphs of sentences. Its words come from jieba's
dictionary: a shared vocabulary of common words (every template draws on it, as every 工作总结
does) and a topic vocabulary of its own; a share of its sentences are stock sentences from a pool
that all templates share. So unrelated templates overlap somewhat, as real ones do.

A copy gets a new title, maybe its paragraphs reordered, and `edit` of its characters changed:
sentences replaced, deleted or inserted, and words swapped inside sentences.

Deterministic for a given seed (and jieba's dictionary).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

_TERMINALS = "。。。。；！"


@dataclass
class Doc:
    id: str
    family: int
    """Index of the template it derives from (a copy and its template share it)."""
    edit: float
    """Share of the characters edited (0 for a template)."""
    title: str
    paragraphs: list[str]

    @property
    def text(self) -> str:
        return "\n".join([self.title, *self.paragraphs])


def _vocabulary() -> tuple[list[str], list[int]]:
    """Chinese words of 2–4 characters from jieba's dictionary, most frequent first."""
    import jieba

    words = []
    with (Path(jieba.__file__).parent / "dict.txt").open(encoding="utf-8") as f:
        for line in f:
            w, freq, tag = line.split()
            if 2 <= len(w) <= 4 and tag in ("n", "v", "vn", "a", "ns", "nz", "d") and int(freq) >= 50 \
                    and all("\u4e00" <= c <= "\u9fff" for c in w):
                words.append((int(freq), w))
    words.sort(reverse=True)
    return [w for _, w in words], [f for f, _ in words]


class Generator:
    def __init__(self, seed: int = 7, common: int = 1500, topic: int = 250, stock: int = 300) -> None:
        self.rng = random.Random(seed)
        words, freqs = _vocabulary()
        self.common = words[:common]
        self.common_w = freqs[:common]
        self.rare = words[common:]
        self.topic_size = topic
        self.stock = [self._sentence(self.common, None) for _ in range(stock)]

    def _sentence(self, topic: list[str], weights: list[int] | None) -> str:
        rng = self.rng
        n = rng.randint(6, 16)
        parts = []
        for i in range(n):
            pool = topic if rng.random() < 0.5 else self.common
            w = rng.choice(pool) if pool is topic else rng.choices(self.common, self.common_w)[0]
            parts.append(w)
            if i < n - 1 and rng.random() < 0.15:
                parts.append("，")
        return "".join(parts) + rng.choice(_TERMINALS)

    def _paragraph(self, topic: list[str], stock_share: float) -> str:
        n = self.rng.randint(2, 5)
        return "".join(self.rng.choice(self.stock) if self.rng.random() < stock_share else self._sentence(topic, None)
                       for _ in range(n))

    def template(self, family: int, paragraphs: tuple[int, int] = (8, 20)) -> Doc:
        rng = self.rng
        topic = rng.sample(self.rare, self.topic_size)
        stock_share = rng.uniform(0.1, 0.3)
        paras = [self._paragraph(topic, stock_share) for _ in range(rng.randint(*paragraphs))]
        title = "".join(rng.sample(topic, 3)) + rng.choice(["工作总结", "工作计划", "实施方案", "管理办法", "报告"])
        doc = Doc(f"t{family}", family, 0.0, title, paras)
        doc.topic = topic  # type: ignore[attr-defined]
        return doc

    def copy(self, t: Doc, n: int, edit: float, reorder: bool) -> Doc:
        """A copy of template `t` with a new title and `edit` of its characters changed."""
        rng = self.rng
        topic: list[str] = t.topic  # type: ignore[attr-defined]
        paras = [_split(p) for p in t.paragraphs]
        total = sum(len(p) for p in t.paragraphs)
        changed = 0
        while changed < edit * total:
            pi = rng.randrange(len(paras))
            if not paras[pi]:
                continue
            si = rng.randrange(len(paras[pi]))
            s = paras[pi][si]
            op = rng.random()
            if op < 0.35:  # rewrite the sentence
                new = self._sentence(topic, None)
                paras[pi][si] = new
                changed += max(len(s), len(new))
            elif op < 0.5:  # delete it
                del paras[pi][si]
                changed += len(s)
            elif op < 0.65:  # insert a new one after it
                new = self._sentence(topic, None)
                paras[pi].insert(si + 1, new)
                changed += len(new)
            else:  # swap a word or two inside it (names, places, figures)
                for _ in range(rng.randint(1, 2)):
                    k = rng.randrange(max(1, len(s) - 2))
                    w = rng.choice(topic)
                    s = s[:k] + w + s[k + len(w):]
                    changed += len(w)
                paras[pi][si] = s
        out = ["".join(p) for p in paras if p]
        if reorder:
            rng.shuffle(out)
        title = "".join(rng.sample(topic, 2)) + rng.choice(["年度", "2024年", "关于", "最新"]) + t.title[-4:]
        return Doc(f"{t.id}c{n}", t.family, edit, title, out)


def _split(paragraph: str) -> list[str]:
    out, cur = [], []
    for ch in paragraph:
        cur.append(ch)
        if ch in "。；！":
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def corpus(seed: int = 7, families: int = 60, copies: int = 4, singles: int = 100, related: int = 40,
           edits: tuple[float, float] = (0.05, 0.30), rewrites: tuple[float, float] = (0.35, 0.5)) -> list[Doc]:
    """Templates with `copies` edited copies each, unrelated single documents, and `related` ones:
    a template with `rewrites` of it rewritten, which is another document (a plan and its
    summary, two schools' versions of one notice) and must not be taken for a copy. Shuffled, but
    each template before its copies, so that a copy's edits are edits from the first document
    of its family a run sees."""
    g = Generator(seed)
    docs, templates = [], []
    for f in range(families):
        t = g.template(f)
        templates.append(t)
        docs.append(t)
        for c in range(copies):
            docs.append(g.copy(t, c, g.rng.uniform(*edits), g.rng.random() < 0.5))
    for s in range(singles):
        docs.append(g.template(families + s))
    for r in range(related):
        base = templates[r % len(templates)]
        d = g.copy(base, 0, g.rng.uniform(*rewrites), g.rng.random() < 0.5)
        d.id, d.family, d.edit = f"r{r}", families + singles + r, 0.0
        docs.append(d)
    g.rng.shuffle(docs)
    first = {}
    for i, d in enumerate(docs):
        first.setdefault(d.family, i)
    for i, d in enumerate(docs):  # swap each template into its family's first place
        j = first[d.family]
        if d.id.startswith("t") and not d.edit and i != j:
            docs[i], docs[j] = docs[j], docs[i]
    return docs

"""Benchmark rows for the bare baseline, each pipeline stage alone, and the whole pipeline.

Each stage row times only that stage, over inputs the previous stages made before the clock
started. Rows follow the contract in `harness.py`; `bench/run.py` runs them one per process.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TextIO

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import Row, each, serve

from jingwen import enrich
from jingwen.options import Options
from jingwen.output.formats import dumps
from jingwen.pipeline import process_bytes, process_text
from jingwen.read.text import decode, split_lines
from jingwen.rules import engine
from jingwen.structure import meta, segment, tree
from jingwen.structure.reflow import reflow
from jingwen.text import tokens

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

BASELINE = "bare baseline (re, join, json)"
PIPELINE = "pipeline, no keywords"
NO_GENERIC = "pipeline, no keywords, generic layer off"
NO_KEYWORDS = Options(keywords=0)
KEYWORDS = Options()
JIEBA = "jieba.lcut alone"
GENERIC = Path(__file__).resolve().parent.parent / "src" / "jingwen" / "rules" / "packs" / "generic.toml"
Corpus = list[tuple[str, bytes]]


def _devnull() -> TextIO:
    return open(os.devnull, "w", encoding="utf-8")


def baseline(corpus: Corpus) -> Callable[[], object]:
    """The ceiling for a pure-Python cleaner: decode, split, drop lines matching the generic pack's
    line patterns (one alternation), join wrapped lines until a sentence ends, write JSON lines."""
    pack = tomllib.loads(GENERIC.read_text(encoding="utf-8"))
    named = re.compile(r"\(\?P<\w+>")
    boiler = re.compile("|".join(f"(?:{named.sub('(?:', r['pattern'])})" for r in pack["rule"] if r["kind"] == "line"))
    ends = tuple("。！？!?；;")
    out = _devnull()

    def clean(item: tuple[str, bytes]) -> None:
        name, data = item
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("gb18030", errors="replace")
        paras: list[str] = []
        cur: list[str] = []
        for line in text.splitlines():
            s = line.strip()
            if not s or boiler.search(s):
                continue
            cur.append(s)
            if s.endswith(ends):
                paras.append("".join(cur))
                cur = []
        if cur:
            paras.append("".join(cur))
        out.write(json.dumps({"path": name, "text": "\n".join(paras), "paragraphs": paras}, ensure_ascii=False) + "\n")

    return each(clean, corpus)


def read(corpus: Corpus) -> Callable[[], object]:
    return each(lambda item: split_lines(decode(item[1], item[0])[0]), corpus)


def _warm() -> None:
    """Load what the text stages load on first use (the tokenizer the damage repairs use), untimed."""
    tokens.tokenizer()


def _texts(corpus: Corpus) -> list[str]:
    return [decode(d, n)[0] for n, d in corpus]


def rules(corpus: Corpus) -> Callable[[], object]:
    _warm()
    packs = NO_KEYWORDS.packs
    items = [(t, split_lines(t), name) for (name, _), t in zip(corpus, _texts(corpus), strict=True)]
    return each(lambda x: engine.apply(x[1], engine.plan(x[0], packs, x[2])), items)


def _cleaned(corpus: Corpus) -> list:  # type: ignore[type-arg]
    _warm()
    packs = NO_KEYWORDS.packs
    return [engine.apply(split_lines(t), engine.plan(t, packs, n)) for (n, _), t in zip(corpus, _texts(corpus),
                                                                                       strict=True)]


def reflow_row(corpus: Corpus) -> Callable[[], object]:
    return each(lambda c: reflow(c.lines), _cleaned(corpus))


def structure(corpus: Corpus) -> Callable[[], object]:
    """Segmenting, front matter, section tree, rendered text and the output sections, as
    process_text does them."""
    items = [(reflow(c.lines)[0], [ln.text for ln in c.lines]) for c in _cleaned(corpus)]

    def one(item: tuple[list, list[str]]) -> None:  # type: ignore[type-arg]
        blocks, texts = item
        flat = segment.is_flat(texts)
        blocks = segment.segment(blocks, flat)
        fm = meta.front_matter(blocks, flat)
        body = blocks if fm.title_index is None else blocks[fm.title_end or fm.title_index + 1:]
        t = tree.build(body, flat)
        meta.signature(body)
        tree.render(fm.title, t.preamble, t.sections)
        [n.to_section(1) for n in t.sections]

    return each(one, items)


def enrichment(corpus: Corpus) -> Callable[[], object]:
    """Tokens and keywords (the document's and its sections') on documents made without them."""
    docs = [process_text(t, path=n, options=NO_KEYWORDS) for (n, _), t in zip(corpus, _texts(corpus), strict=True)]
    enrich.enrich(docs[0])  # the tokenizer and tables load once per process, before the clock
    return each(enrich.enrich, docs)


def pipeline_keywords(corpus: Corpus) -> Callable[[], object]:
    out = _devnull()
    process_bytes(corpus[0][1], corpus[0][0], KEYWORDS)
    return each(lambda item: out.write(dumps(process_bytes(item[1], item[0], KEYWORDS)) + "\n"), corpus)


def jieba_lcut(corpus: Corpus) -> Callable[[], object]:
    """Plain jieba.lcut over each document's decoded input text: what keywords are measured against."""
    import logging

    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    jieba.initialize()
    return each(jieba.lcut, _texts(corpus))


def serialise(corpus: Corpus) -> Callable[[], object]:
    docs = [process_text(t, path=n, options=NO_KEYWORDS) for (n, _), t in zip(corpus, _texts(corpus), strict=True)]
    return each(dumps, docs)


def pipeline(corpus: Corpus) -> Callable[[], object]:
    """Bytes → Document → JSON line written, as the baseline does (decode included)."""
    _warm()
    out = _devnull()
    return each(lambda item: out.write(dumps(process_bytes(item[1], item[0], NO_KEYWORDS)) + "\n"), corpus)


def pipeline_without_generic(corpus: Corpus) -> Callable[[], object]:
    """The pipeline row with the generic layer off (engine.Plan.generic): what the layer costs is
    the difference between the two rows."""
    plan = engine.plan
    engine.plan = lambda *a, **k: replace(plan(*a, **k), generic=False)  # type: ignore[assignment]
    return pipeline(corpus)


ROWS = [
    Row(BASELINE, baseline),
    Row("read (decode + split)", read),
    Row("rules (plan + apply)", rules),
    Row("reflow", reflow_row),
    Row("structure (segment, front matter, tree, render)", structure),
    Row("serialise (model_dump_json)", serialise),
    Row(PIPELINE, pipeline, target={"vs": NO_GENERIC, "min": 0.85}),
    Row(NO_GENERIC, pipeline_without_generic),
    Row("enrichment (tokens + keywords)", enrichment),
    Row("pipeline + keywords", pipeline_keywords),
    Row(JIEBA, jieba_lcut),
]

if __name__ == "__main__":
    serve(ROWS)

"""Fit the generic chrome layer's two logistic models on labelled lines and write
src/jingwen/rules/chrome_model.json (vocabulary from chrome_vocab.json, weights and pair table fitted here).

    python tools/fit_chrome.py [--shared ../shared] [--extra DIR ...]

Labelled documents: every raw file with a line outline (eval/dev, tests/data/structure,
tests/data/unseen/tune and every held-out set there, holdout…holdoutN: a new blind set is scored first,
then joins them) and the site fixtures, in three views: as from a site no pack knows (generic packs and
running-header detection run, site packs off, so the model learns what chrome looks like, not which site
it came from), as from its own site (its pack's removals stand beside the lines as context), and as its
content lines alone (a clean file). A line is content if the outline names it, chrome otherwise; a
content line with chrome glued on is labelled by what most of it is (its gold says). Whether what follows
a trailer phrase reads as text the labels say, so the fit depends on the data alone, never on the model
shipped before it. Stage 1 scores each line from its text, with a table of character pairs weighed in
documents (out of fold, as its scores are); stage 2 sees its out-of-fold stage-1 score beside its
neighbours' and its place in the document. The threshold weighs, on out-of-fold probabilities, the
chrome characters a cut finds against the text characters it loses (COST of them for one), and is the
middle of the thresholds nearly as good as the best (PLATEAU), not the best alone, which moves with a line.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Collection
from dataclasses import replace
from pathlib import Path
from unittest import mock

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from jingwen.read.text import decode, split_lines  # noqa: E402
from jingwen.rules import chrome, engine  # noqa: E402
from jingwen.rules.packs import all_packs  # noqa: E402

RULES = ROOT / "src" / "jingwen" / "rules"
COST = 10.0
WINDOW = 2
"""Threshold steps either side over which a threshold's value is averaged."""
PLATEAU = 0.01
"""Thresholds whose averaged value is within this share of the best one are as good as it."""
FOLDS = 5
L2 = 5.0


def outline_lines(path: Path) -> set[int]:
    """1-based raw line numbers an outline names as content."""
    out: set[int] = set()
    for row in path.read_text(encoding="utf-8").splitlines():
        parts = row.split()
        if len(parts) < 2 or parts[0] not in {"title", "para", "sec", "pre"} or parts[1] == "none":
            continue
        for r in parts[1].split(","):
            a, _, b = r.partition("-")
            if a.isdigit():
                out.update(range(int(a), int(b or a) + 1))
    return out


_WS = re.compile(r"\s+")
_LEAD = re.compile(r"^(?:#+|[-*+])\s+")
EDGE = 6


def _norm(s: str) -> str:
    return _WS.sub("", unicodedata.normalize("NFKC", s))


def gold_text(path: Path) -> str:
    """The gold's content in one string, normalised as the scorer does ("": no gold file)."""
    if not path.exists():
        return ""
    doc = json.loads(path.read_text(encoding="utf-8"))
    parts = [doc.get("title") or "", *(doc.get("preamble") or [])]
    stack = list(reversed(doc.get("sections") or []))
    while stack:
        sec = stack.pop()
        parts += [sec.get("marker", "") + sec.get("heading", ""), *(sec.get("paragraphs") or [])]
        stack += reversed(sec.get("children") or [])
    return "\n".join(_norm(p) for p in parts)


def _kept_part(c: str, gold: str) -> int:
    """How many characters of a normalised line the gold holds, read from whichever end it holds
    (the longest such prefix or suffix, by bisection)."""
    if c in gold:
        return len(c)
    head = c[:EDGE] in gold
    if head == (c[-EDGE:] in gold):
        return len(c) if head else 0
    lo, hi = EDGE, len(c)  # lo characters are held, hi are not
    while hi - lo > 1:
        mid = (lo + hi) // 2
        part = c[:mid] if head else c[-mid:]
        lo, hi = (mid, hi) if part in gold else (lo, mid)
    return lo


def mixed(line: str, gold: str) -> int | None:
    """The label of a content line with chrome glued on at one end ("…继续追问。 👍 有帮助 126"): what most of it
    is, 0 content or 1 chrome; None for a line that is wholly content (or has no gold to tell)."""
    c = _norm(_LEAD.sub("", line))
    if not gold or len(c) < 2 * EDGE or (c[:EDGE] in gold) == (c[-EDGE:] in gold):
        return None
    return int(_kept_part(c, gold) * 2 < len(c))


Labelled = tuple[Path, set[int] | None, set[int] | None, str]


def labelled(dirs: list[Path], fixtures: Path) -> list[Labelled]:
    """(raw file, its content lines, or else its boilerplate lines, its gold text) of every labelled
    document: the outlined raw files, and the site fixtures (tests/fixtures/sites: their expected removals)."""
    out: list[Labelled] = []
    for d in dirs:
        for outline in sorted((d / "outline").glob("*.txt")):
            raw = d / "raw" / outline.name
            if raw.exists():
                gold = gold_text(d / "gold" / (outline.stem + ".json"))
                out.append((raw, outline_lines(outline), None, gold))
    for case in sorted(fixtures.glob("*/*.txt")):
        expect = json.loads(case.with_suffix(".expect.json").read_text(encoding="utf-8"))
        # A line a fragment was cut from is part chrome, part text: no label, left out (line -1).
        cut = {f["line"] for f in expect["fragments"]}
        out.append((case, None, {r["line"] for r in expect["removed"]} | {-n for n in cut}, ""))
    return out


SURE = -2
"""The label of a line the packs removed as chrome: context only."""


def label(no: int, content: set[int] | None, boiler: set[int] | None) -> int:
    """1 chrome, 0 content, -1 unknown (a fixture's line a fragment was cut from)."""
    if content is not None:
        return int(no not in content)
    return -1 if -no in (boiler or ()) else int(no in (boiler or ()))


def documents(items: list[Labelled], cut: list[bool | None]) -> list[tuple[str, list[str], list[int]]]:
    """(name, chrome-layer input lines, labels 1 = chrome) for each labelled document; `cut` gets,
    for each, whether the packs cut a site's trailer after its last line (None: the clean view)."""
    packs = all_packs(())
    docs = []
    for raw, content, boiler, gold in items:
        text, _ = decode(raw.read_bytes(), str(raw))
        # Whether what follows a trailer phrase reads as text the labels tell, not the model being
        # fitted (chrome.reads_as_text asks the shipped one): the views, and so the fit, are the
        # data's alone, whatever model was shipped before.
        own_text = {s.strip() for no, s in enumerate(split_lines(text), 1)
                    if s.strip() and label(no, content, boiler) == 0}

        def reads_as_text(texts: list[str], model: object = None, claimed: Collection[int] = (),
                          own: set[str] = own_text) -> bool:
            return any(s in own for k, s in enumerate(texts) if k not in claimed)

        glued: set[int] = set()
        for sites in ([], None):
            # Two views of each document: as from a site no pack knows, and as from its own site
            # with the site's pack run first (where a pack knows it; else the same view twice).
            plan = replace(engine.plan(text, packs, str(raw), sites=sites), chrome=False)
            with mock.patch.object(chrome, "reads_as_text", reads_as_text):
                cleaned = engine.apply(split_lines(text), plan)
            kept = [(ln.no, ln.text.strip(), label(ln.no, content, boiler)) for ln in cleaned.lines if ln.text.strip()]
            # A line with chrome glued on is labelled by what most of it is.
            glue = {no: m for no, t, y in kept if y == 0 and (m := mixed(t, gold)) is not None}
            glued |= set(glue)
            kept = [(no, t, glue.get(no, y)) for no, t, y in kept]
            if not any(y >= 0 for _, _, y in kept):
                continue
            # The lines the packs took for chrome stand in their places as context, as at run time
            # (engine._chrome_among): labelled SURE, never a training row.
            chrome_rules = {r.id for r in plan.by_kind["line"] if not r.page_break}
            seen = [(r.line, r.text, SURE) for r in cleaned.removed if r.rule in chrome_rules and not r.partial]
            rows = sorted([x for x in kept if x[2] != -1] + seen)
            docs.append((raw.stem, [t for _, t, _ in rows], [y for _, _, y in rows]))
            cut.append(cleaned.trailer_cut)
        if content:
            # A third view: the same text saved clean, with no site's rows at all (its title and
            # first lines then stand at the edge, where chrome usually does, and are content).
            # (A line with chrome glued on, which a fragment rule cut in the scraped views, is whole here:
            # it is left out.)
            own = [s.strip() for no, s in enumerate(split_lines(text), 1)
                   if no in content and no not in glued and s.strip() and mixed(s.strip(), gold) is None]
            docs.append((raw.stem, own, [0] * len(own)))
            cut.append(None)
    return docs


NGRAM_DOCS = 3
"""A character pair is weighed if this many documents hold it (as chrome or as text)."""
NGRAM_MIN = 0.5
"""... and if its weight is at least this far from none."""


def _pairs(s: str) -> set[str]:
    c = chrome.word_chars(s)
    return {c[i:i + 2] for i in range(len(c) - 1)}


def ngram_table(docs: list[tuple[str, list[str], list[int]]], names: set[str]) -> dict[str, float]:
    """The weight of evidence of each character pair for chrome, counted in documents, not lines
    (a pair in the chrome of many sites says more than one site's row printed forty times): the log
    of the share of documents whose chrome holds it over the share whose text does. The packs'
    chrome counts as chrome: what the known sites print teaches what others may."""
    chrome_lines: dict[str, set[str]] = {}
    text_lines: dict[str, set[str]] = {}
    for name, lines, lab in docs:
        if name not in names:
            continue
        for t, y in zip(lines, lab, strict=True):
            if y in (1, SURE):
                chrome_lines.setdefault(name, set()).update(_pairs(t))
            elif y == 0:
                text_lines.setdefault(name, set()).update(_pairs(t))
    in_chrome = Counter(p for pairs in chrome_lines.values() for p in pairs)
    in_text = Counter(p for pairs in text_lines.values() for p in pairs)
    n1, n0 = len(chrome_lines) + 1, len(text_lines) + 1
    table = {}
    for p in in_chrome.keys() | in_text.keys():
        d1, d0 = in_chrome[p], in_text[p]
        if d1 + d0 >= NGRAM_DOCS:
            w = math.log((d1 + 0.5) / n1) - math.log((d0 + 0.5) / n0)
            if abs(w) >= NGRAM_MIN:
                table[p] = round(w, 2)
    return dict(sorted(table.items()))


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = L2, steps: int = 3000) -> np.ndarray:
    """Weighted L2-regularised logistic regression by Newton steps; the last column is the bias."""
    beta = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(50):
        z = x @ beta
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        g = x.T @ (w * (p - y)) + reg * beta
        h = (x * (w * p * (1 - p))[:, None]).T @ x + np.diag(reg + 1e-9)
        step = np.linalg.solve(h, g)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta


def matrix(rows: list[dict[str, float]], names: list[str]) -> np.ndarray:
    return np.array([[r.get(k, 0.0) for k in names] + [1.0] for r in rows])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--extra", type=Path, action="append", default=[])
    ap.add_argument("--verbose", action="store_true", help="list the lines the models get wrong")
    ap.add_argument("--out", type=Path, default=RULES / "chrome_model.json", help="where to write the model")
    args = ap.parse_args()
    # Every labelled set the repository holds: the more sites' chrome the models have seen, the less they
    # learn of any one site's (a new held-out set is scored blind first, then joins them).
    held_out = sorted((ROOT / "tests/data/unseen").glob("holdout*"), key=lambda d: int(d.name[7:] or 1))
    dirs = [args.shared / "eval" / "dev", ROOT / "tests/data/structure", ROOT / "tests/data/unseen/tune",
            *held_out, *args.extra]
    vocab_words = json.loads((RULES / "chrome_vocab.json").read_text(encoding="utf-8"))
    vocab_words.pop("_comment", None)
    vocab, items = chrome.compile_vocab(vocab_words), chrome.items_of(vocab_words)
    cut: list[bool | None] = []
    examples = labelled([d for d in dirs if d.exists()], ROOT / "tests/fixtures/sites")
    docs = documents(examples, cut)
    outlined = {raw.stem for raw, content, _, _ in examples if content is not None}
    feats = [chrome.document_features(lines, vocab, items) for _, lines, _ in docs]
    sure = [np.array([y == SURE for y in lab]) for _, _, lab in docs]
    for f, s in zip(feats, sure, strict=True):
        for j in np.flatnonzero(s):
            f[j] = chrome.SURE
    names = sorted({name for name, _, _ in docs})
    fold = [names.index(name) % FOLDS for name, _, _ in docs]  # both views of a document in one fold
    # The pairs' weights, out of fold as the first model's scores are: a document's lines are weighed
    # by a table counted without it.
    for k in range(FOLDS):
        table = ngram_table(docs, {n for i, n in enumerate(names) if i % FOLDS != k})
        for i, (_, lines, _) in enumerate(docs):
            if fold[i] == k:
                for j, f in enumerate(feats[i]):
                    if f is not chrome.PLAIN and f is not chrome.SURE:
                        f["ngram"] = chrome.ngram_score(lines[j], table)
    ngrams = ngram_table(docs, set(names))
    names1 = sorted(next(x for f in feats for x in f if x is not chrome.PLAIN and x is not chrome.SURE))
    ys = [np.array(lab, dtype=float) for _, _, lab in docs]
    # Weight a line by its size: the scorer counts characters, and one long content line lost costs more.
    ws = [np.array([math.log1p(len(s)) for s in lines]) for _, lines, _ in docs]
    xs = [matrix(f, names1) for f in feats]
    ok = [y >= 0 for y in ys]  # the training rows: every line but the packs' chrome

    # Stage 1, out of fold: each document's scores come from a model fitted without it.
    oof: list[np.ndarray] = [np.zeros(0)] * len(docs)
    for k in range(FOLDS):
        train = [i for i in range(len(docs)) if fold[i] != k]
        beta = fit(np.vstack([xs[i][ok[i]] for i in train]), np.concatenate([ys[i][ok[i]] for i in train]),
                   np.concatenate([ws[i][ok[i]] for i in train]))
        for i in range(len(docs)):
            if fold[i] == k:
                oof[i] = np.where(sure[i], chrome._AFTER_TRAILER, xs[i] @ beta)
    pairs = list(zip(xs, ys, ws, ok, strict=True))
    beta1 = fit(np.vstack([x[o] for x, _, _, o in pairs]), np.concatenate([y[o] for _, y, _, o in pairs]),
                np.concatenate([w[o] for _, _, w, o in pairs]))

    ctx_rows = []
    for i, f in enumerate(feats):
        med = chrome._median(list(oof[i]), f)
        first, last = chrome._anchors(list(oof[i]), f, chrome._measured_lines(f), med, docs[i][1])
        after = chrome._AFTER_TRAILER if cut[i] else 0.0
        rows = [chrome.context_features(j, list(oof[i]), f, first, last, med, after) for j in range(len(f))]
        ctx_rows += rows
    names2 = sorted(ctx_rows[0])
    x2 = matrix(ctx_rows, names2)
    y, w = np.concatenate(ys), np.concatenate(ws)
    # Plain running text is never scored a second time (chrome.PLAIN): the second model learns from
    # the other lines only, and a plain line counts as kept.
    scored = np.array([f is not chrome.PLAIN and f is not chrome.SURE for fs in feats for f in fs]) & (y >= 0)
    beta2 = fit(x2[scored], y[scored], w[scored])
    # The threshold is set on out-of-fold probabilities: what the pair makes of documents it was not
    # fitted on, as at run time (in-fold, every content line it learnt from looks safer than it is).
    row_fold = np.concatenate([np.full(len(lab), fold[i]) for i, (_, _, lab) in enumerate(docs)])
    z = np.zeros(len(y))
    for k in range(FOLDS):
        out = row_fold == k
        beta_k = fit(x2[scored & ~out], y[scored & ~out], w[scored & ~out])
        z[out] = x2[out] @ beta_k
    p = np.where(scored, 1 / (1 + np.exp(-np.clip(z, -30, 30))), 0.0)

    chars = np.array([len("".join(s.split())) for _, lines, _ in docs for s in lines], dtype=float)
    # The threshold is set on the outlined documents; the site fixtures' near-misses (documents about
    # document sites, written to trip a cleaner) teach the models but would set it for the rare case.
    # It weighs what a cut finds against what it loses, in characters as the scorer counts them: a
    # character of text lost costs COST characters of chrome kept. Chrome is counted in the scraped
    # views; text lost in the clean views too (a clean text cleaned again should lose nothing).
    real = np.concatenate([np.full(len(lab), name in outlined and cut[i] is not None)
                           for i, (name, _, lab) in enumerate(docs)]) & (y >= 0)
    clean = np.concatenate([np.full(len(lab), name in outlined and cut[i] is None)
                            for i, (name, _, lab) in enumerate(docs)]) & (y >= 0)
    content_chars = chars[(y == 0) & real].sum()

    def value(t: float) -> float:
        return chars[(y == 1) & real & (p >= t)].sum() - COST * chars[(y == 0) & (real | clean) & (p >= t)].sum()

    # The value is a step function of the threshold, each step a line or two; taken alone its best step
    # moved with one line more or less in the data. Averaged over neighbouring thresholds (as if the
    # probabilities at run time were off by a step or two), the best is the middle of a plateau.
    grid = np.arange(0.30, 0.99, 0.01)
    values = np.array([value(t) for t in grid])
    smooth = np.array([values[max(0, k - WINDOW):k + WINDOW + 1].mean() for k in range(len(grid))])
    # The plateau is wide and nearly flat (its value varies by a few tenths of a percent over a tenth of
    # probability): its best point moved from 0.86 to 0.94 as labelled sets were added. The middle of the
    # thresholds within PLATEAU of the best moves less, though it still drifts (0.90 to 0.94 with two more
    # sets in session 14: the grid's upper end lies inside the plateau). (Its low edge scored a little
    # better on the labelled sets, about a thousandth of precision, but cut the near-miss lines the site
    # fixtures keep: a contract's clause on VIP members, a 相关文章 line of the document's own.)
    near = grid[smooth >= smooth.max() - PLATEAU * abs(smooth.max())]
    threshold = float(np.round(np.median(near), 2))
    if args.verbose:
        for t in np.arange(0.30, 0.99, 0.05):
            found = chars[(y == 1) & real & (p >= t)].sum()
            print(f"  at {t:.2f}: content chars lost {chars[(y == 0) & real & (p >= t)].sum():.0f}, "
                  f"chrome chars found {found:.0f} of {chars[(y == 1) & real].sum():.0f}")
    cut = p >= threshold
    rows = int((y >= 0).sum())
    print(f"{len(names)} documents (three views each), {rows} lines ({int((y == 1).sum())} chrome); "
          f"threshold {threshold:.2f}")
    print(f"chrome lines found {int((cut & (y == 1)).sum())}/{int((y == 1).sum())}, content lines cut "
          f"{int((cut & (y == 0)).sum())} ({chars[cut & (y == 0)].sum():.0f} of {content_chars:.0f} chars)")
    model = {
        "_comment": "Written by tools/fit_chrome.py; do not edit by hand.",
        "vocab": vocab_words,
        "line": {"weights": {k: round(float(v), 4) for k, v in zip(names1, beta1[:-1], strict=True)},
                 "bias": round(float(beta1[-1]), 4)},
        "context": {"weights": {k: round(float(v), 4) for k, v in zip(names2, beta2[:-1], strict=True)},
                    "bias": round(float(beta2[-1]), 4)},
        "threshold": round(threshold, 2),
        "ngrams": ngrams,
        "trained_on": {"documents": len(names), "lines": rows, "chrome_lines": int((y == 1).sum())},
    }
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if args.verbose:  # what the fitted pair still gets wrong, for a look
        flat = [(name, s) for name, lines, _ in docs for s in lines]
        for k in np.argsort(-p):
            if y[k] == 0 and p[k] >= 0.3:
                print(f"  content {p[k]:.2f} {flat[k][0][:30]:30} {flat[k][1][:60]}")
        for k in np.argsort(p):
            if y[k] == 1 and p[k] < threshold:
                print(f"  missed  {p[k]:.2f} {flat[k][0][:30]:30} {flat[k][1][:60]}")


if __name__ == "__main__":
    main()

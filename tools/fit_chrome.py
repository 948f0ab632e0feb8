"""Fit the generic chrome layer's two logistic models on labelled lines and write
src/jingwen/rules/chrome_model.json (vocabulary from chrome_vocab.json, weights fitted here).

    python tools/fit_chrome.py [--shared ../shared] [--extra DIR ...]

Labelled documents: every raw file with a line outline (eval/dev, tests/data/structure,
tests/data/unseen/tune, holdout and holdout2; never a blind held-out set), in three views: as from a
site no pack knows (generic packs and running-header detection run, site packs off, so the model
learns what chrome looks like, not which site it came from), as from its own site (its pack's
removals stand beside the lines as context), and as its content lines alone (a clean file). A line
is content if the outline names it, chrome otherwise. Stage 1 scores each line from its text; stage
2 sees its out-of-fold stage-1 score beside its neighbours' and its place in the document. The
threshold is the lowest that keeps at least 99.95 % of the content characters of the scraped views, and
of the clean views.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from jingwen.read.text import decode, split_lines  # noqa: E402
from jingwen.rules import chrome, engine  # noqa: E402
from jingwen.rules.packs import all_packs  # noqa: E402

RULES = ROOT / "src" / "jingwen" / "rules"
KEEP = 0.9995
FOLDS = 5
L2 = 1.0


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


def labelled(dirs: list[Path], fixtures: Path) -> list[tuple[Path, set[int] | None, set[int] | None]]:
    """(raw file, its content lines, or else its boilerplate lines) of every labelled document: the
    outlined raw files, and the site fixtures (tests/fixtures/sites: their expected removals)."""
    out: list[tuple[Path, set[int] | None, set[int] | None]] = []
    for d in dirs:
        for outline in sorted((d / "outline").glob("*.txt")):
            raw = d / "raw" / outline.name
            if raw.exists():
                out.append((raw, outline_lines(outline), None))
    for case in sorted(fixtures.glob("*/*.txt")):
        expect = json.loads(case.with_suffix(".expect.json").read_text(encoding="utf-8"))
        # A line a fragment was cut from is part chrome, part text: no label, left out (line -1).
        cut = {f["line"] for f in expect["fragments"]}
        out.append((case, None, {r["line"] for r in expect["removed"]} | {-n for n in cut}))
    return out


SURE = -2
"""The label of a line the packs removed as chrome: context only."""


def label(no: int, content: set[int] | None, boiler: set[int] | None) -> int:
    """1 chrome, 0 content, -1 unknown (a fixture's line a fragment was cut from)."""
    if content is not None:
        return int(no not in content)
    return -1 if -no in (boiler or ()) else int(no in (boiler or ()))


def documents(dirs: list[Path], cut: list[bool | None]) -> list[tuple[str, list[str], list[int]]]:
    """(name, chrome-layer input lines, labels 1 = chrome) for each labelled document; `cut` gets,
    for each, whether the packs cut a site's trailer after its last line (None: the clean view)."""
    packs = all_packs(())
    docs = []
    for raw, content, boiler in labelled(dirs, ROOT / "tests/fixtures/sites"):
        text, _ = decode(raw.read_bytes(), str(raw))
        for sites in ([], None):
            # Two views of each document: as from a site no pack knows, and as from its own site
            # with the site's pack run first (where a pack knows it; else the same view twice).
            plan = replace(engine.plan(text, packs, str(raw), sites=sites), chrome=False)
            cleaned = engine.apply(split_lines(text), plan)
            kept = [(ln.no, ln.text.strip(), label(ln.no, content, boiler)) for ln in cleaned.lines if ln.text.strip()]
            if not any(y >= 0 for _, _, y in kept):
                continue
            # The lines the packs took for chrome stand in their places as context, as at run time
            # (engine._chrome_among): labelled SURE, never a training row.
            chrome_rules = {r.id for r in plan.by_kind["line"] if not r.page_break}
            seen = [(r.line, r.text, SURE) for r in cleaned.removed if r.rule in chrome_rules and not r.partial]
            rows = sorted([x for x in kept if x[2] >= 0] + seen)
            docs.append((raw.stem, [t for _, t, _ in rows], [y for _, _, y in rows]))
            cut.append(cleaned.trailer_cut)
        if content:
            # A third view: the same text saved clean, with no site's rows at all (its title and
            # first lines then stand at the edge, where chrome usually does, and are content).
            own = [s.strip() for no, s in enumerate(split_lines(text), 1) if no in content and s.strip()]
            docs.append((raw.stem, own, [0] * len(own)))
            cut.append(None)
    return docs


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
    dirs = [args.shared / "eval" / "dev", ROOT / "tests/data/structure", ROOT / "tests/data/unseen/tune",
            ROOT / "tests/data/unseen/holdout", ROOT / "tests/data/unseen/holdout2", *args.extra]
    vocab_words = json.loads((RULES / "chrome_vocab.json").read_text(encoding="utf-8"))
    vocab_words.pop("_comment", None)
    vocab, items = chrome.compile_vocab(vocab_words), chrome.items_of(vocab_words)
    cut: list[bool | None] = []
    docs = documents([d for d in dirs if d.exists()], cut)
    outlined = {raw.stem for raw, content, _ in labelled([d for d in dirs if d.exists()], Path("/nonexistent"))}
    feats = [chrome.document_features(lines, vocab, items) for _, lines, _ in docs]
    sure = [np.array([y == SURE for y in lab]) for _, _, lab in docs]
    for f, s in zip(feats, sure, strict=True):
        for j in np.flatnonzero(s):
            f[j] = chrome.SURE
    names1 = sorted(next(x for f in feats for x in f if x is not chrome.PLAIN and x is not chrome.SURE))
    ys = [np.array(lab, dtype=float) for _, _, lab in docs]
    # Weight a line by its size: the scorer counts characters, and one long content line lost costs more.
    ws = [np.array([math.log1p(len(s)) for s in lines]) for _, lines, _ in docs]
    xs = [matrix(f, names1) for f in feats]
    ok = [~s for s in sure]  # the training rows: every line but the packs' chrome

    # Stage 1, out of fold: each document's scores come from a model fitted without it.
    oof: list[np.ndarray] = [np.zeros(0)] * len(docs)
    names = sorted({name for name, _, _ in docs})
    fold = [names.index(name) % FOLDS for name, _, _ in docs]  # both views of a document in one fold
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
        first, last = chrome._anchors(list(oof[i]), f, chrome._measured_lines(f), med)
        after = chrome._AFTER_TRAILER if cut[i] else 0.0
        rows = [chrome.context_features(j, list(oof[i]), f, first, last, med, after) for j in range(len(f))]
        ctx_rows += rows
    names2 = sorted(ctx_rows[0])
    x2 = matrix(ctx_rows, names2)
    y, w = np.concatenate(ys), np.concatenate(ws)
    # Plain running text is never scored a second time (chrome.PLAIN): the second model learns from
    # the other lines only, and a plain line counts as kept.
    scored = np.array([f is not chrome.PLAIN and f is not chrome.SURE for fs in feats for f in fs])
    beta2 = fit(x2[scored], y[scored], w[scored])
    p = np.where(scored, 1 / (1 + np.exp(-np.clip(x2 @ beta2, -30, 30))), 0.0)

    chars = np.array([len("".join(s.split())) for _, lines, _ in docs for s in lines], dtype=float)
    # The threshold is set on the outlined documents; the site fixtures' near-misses (documents about
    # document sites, written to trip a cleaner) teach the models but would set it for the rare case.
    # The clean views teach the models too, but a threshold set on them would count lines no
    # scrape has: it is set on the scraped views.
    real = np.concatenate([np.full(len(lab), name in outlined and cut[i] is not None)
                           for i, (name, _, lab) in enumerate(docs)]) & (y >= 0)
    content_chars = chars[(y == 0) & real].sum()
    # ... and on the clean views it may cost no more: a clean text cleaned again loses nothing.
    clean = np.concatenate([np.full(len(lab), name in outlined and cut[i] is None)
                            for i, (name, _, lab) in enumerate(docs)]) & (y >= 0)
    clean_chars = chars[(y == 0) & clean].sum()
    threshold = 0.5
    for t in np.arange(0.30, 0.99, 0.01):
        lost = chars[(y == 0) & real & (p >= t)].sum()
        lost_clean = chars[(y == 0) & clean & (p >= t)].sum()
        if lost <= (1 - KEEP) * content_chars and lost_clean <= (1 - KEEP) * clean_chars:
            threshold = float(t)
            break
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

"""Quality floors on the labelled sets, measured with the shared scorer: the dev set of real scrapes
(../shared/eval/dev) and the project's structure set (tests/data/structure). The floors are the
issues' targets or, where a target is not reached yet, the level reached, so a regression fails."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from jingwen import process_bytes

STRUCTURE = ROOT / "tests" / "data" / "structure"


def score(shared: Path, raw: Path, gold: Path, out: Path) -> dict[str, float]:
    with out.open("w", encoding="utf-8") as f:
        for p in sorted(raw.iterdir()):
            f.write(process_bytes(p.read_bytes(), str(p)).model_dump_json() + "\n")
    res = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--gold", str(gold), "--pred", str(out),
                          "--raw", str(raw), "--json"], capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def test_dev_set_of_real_scrapes(shared: Path, tmp_path: Path) -> None:
    dev = shared / "eval" / "dev"
    s = score(shared, dev / "raw", dev / "gold", tmp_path / "dev.jsonl")
    # The 23-document dev set (9 real scrapes and seeds, 14 seed-style documents): the bars,
    # met (session 3: recall 1.0000, precision 0.9980, heading 0.9985, paragraph 0.9529,
    # title 0.9565, truncated 1.0).
    assert s["missing"] == 0
    assert s["content_recall"] >= 0.999 and s["content_precision"] >= 0.995, s
    assert s["ledger"] == 1.0, s
    assert s["heading_f1"] >= 0.97 and s["paragraph_f1"] >= 0.92, s
    assert s["title_acc"] >= 0.95 and s["truncated_acc"] >= 0.95, s


# Documents of sites no rule pack knows that the work has been tuned on: tests/data/unseen/tune, and
# the held-out sets once each had been scored blind (see tests/data/unseen/README.md). A new held-out
# set stays out of the tests until it has been scored. Per set, its floors (each score at least this;
# the ledger exactly 1.0 unless given), with the level it reached.
UNSEEN_FLOORS: dict[str, dict[str, float]] = {
    # Reached: recall 1.0000, precision 0.9970, heading 0.9885, title 0.9167.
    "tune": {"content_recall": 0.995, "content_precision": 0.985, "heading_f1": 0.97, "title_acc": 0.9},
    # Reached: recall 1.0000, precision 0.9915, heading 0.9971, title 0.9167, truncated 1.0.
    "holdout": {"content_recall": 0.995, "content_precision": 0.98, "heading_f1": 0.98, "title_acc": 0.9,
                "truncated_acc": 0.9},
    # Reached once tuned on (blind it scored precision 0.9483, title 0.58): recall 0.9971,
    # precision 1.0000, heading 0.9771, title 1.0, truncated 1.0.
    "holdout2": {"content_recall": 0.995, "content_precision": 0.99, "heading_f1": 0.97, "title_acc": 0.9,
                 "truncated_acc": 0.9},
    # Reached once tuned on (blind it scored precision 0.9548, title 0.375, paragraphs 0.68): recall
    # 0.9990, precision 0.9908, heading 1.0, paragraphs 0.928, title 1.0, truncated 1.0. (Its scorer
    # ledger, 0.9989, is the scorer's approximation: it undoes a short repair across the whole text.
    # The per-line check, tests/conftest.py, finds every line accounted for.)
    "holdout3": {"content_recall": 0.995, "content_precision": 0.985, "heading_f1": 0.98, "paragraph_f1": 0.9,
                 "title_acc": 0.9, "ledger": 0.998},
    # Reached once tuned on (blind it scored precision 0.9165, title 0.4375, paragraphs 0.80):
    # recall 0.9982, precision 0.9613, heading 0.9853, paragraphs 0.908, title 0.875.
    "holdout4": {"content_recall": 0.995, "content_precision": 0.95, "heading_f1": 0.97, "paragraph_f1": 0.89,
                 "title_acc": 0.8},
    # Reached once tuned on (blind it scored precision 0.9455, title 0.625, paragraphs 0.874):
    # recall 0.9960, precision 0.9758, heading 0.9972, paragraphs 0.902, title 0.875.
    "holdout5": {"content_recall": 0.99, "content_precision": 0.96, "heading_f1": 0.98, "paragraph_f1": 0.88,
                 "title_acc": 0.8},
    # Reached once tuned on (blind it scored precision 0.9495, title 0.6875, paragraphs 0.843, truncated
    # 0.5625): recall 0.9998, precision 0.9810, heading 1.0, paragraphs 0.931, title 1.0, truncated 0.9375.
    # (Its scorer ledger, 0.9885, is the scorer's approximation, as holdout3's: a repaired full stop alone
    # on a line, undone across the whole text.)
    "holdout6": {"content_recall": 0.995, "content_precision": 0.97, "heading_f1": 0.99, "paragraph_f1": 0.91,
                 "title_acc": 0.9, "truncated_acc": 0.9, "ledger": 0.98},
    # Reached once tuned on (blind it scored precision 0.9354, title 0.75, paragraphs 0.837): recall 0.9983,
    # precision 0.9669, heading 1.0, paragraphs 0.927, title 0.917, truncated 1.0.
    "holdout7": {"content_recall": 0.995, "content_precision": 0.955, "heading_f1": 0.99, "paragraph_f1": 0.9,
                 "title_acc": 0.9, "truncated_acc": 0.9},
    # Reached once tuned on (blind it scored precision 0.9647, title 0.833, paragraphs 0.834): recall 0.9992,
    # precision 0.9824, heading 0.998, paragraphs 0.881, title 1.0, truncated 1.0 (scorer ledger 0.9779: a
    # repaired full stop alone on a line, as holdout3's and holdout6's).
    "holdout8": {"content_recall": 0.995, "content_precision": 0.97, "heading_f1": 0.99, "paragraph_f1": 0.86,
                 "title_acc": 0.9, "truncated_acc": 0.9, "ledger": 0.97},
    # Session 7's four sets. Reached once tuned on (blind holdout9 scored precision 0.9397, title 0.667):
    # recall 0.9956, precision 0.9898, heading 0.9939, paragraphs 0.961, title 1.0, truncated 1.0.
    "holdout9": {"content_recall": 0.99, "content_precision": 0.98, "heading_f1": 0.98, "paragraph_f1": 0.94,
                 "title_acc": 0.9, "truncated_acc": 0.9},
    # Real-site style (blind precision 0.9505, heading 0.872): recall 0.9981, precision 0.9870, heading
    # 0.9607, paragraphs 0.948, title 0.917, truncated 0.917 (scorer ledger 0.9985: its approximation, as above).
    "holdout10": {"content_recall": 0.995, "content_precision": 0.975, "heading_f1": 0.95, "paragraph_f1": 0.93,
                  "title_acc": 0.9, "truncated_acc": 0.9, "ledger": 0.995},
    # Kept out of sight until the session's end (final blind precision 0.9516, session start 0.9560): after
    # that, recall 0.9981, precision 0.9804, heading 1.0, paragraphs 0.905, title 0.833, truncated 0.833
    # (scorer ledger 0.9984: a spam phrase cut, undone by the scorer across the whole text).
    "holdout11": {"content_recall": 0.995, "content_precision": 0.97, "heading_f1": 0.99, "paragraph_f1": 0.88,
                  "title_acc": 0.8, "truncated_acc": 0.8, "ledger": 0.995},
    # Government, news, Q&A, exam and e-book pages (blind precision 0.9169, title 0.667): recall 0.9955,
    # precision 0.9693, heading 0.9565, paragraphs 0.888, title 0.833, truncated 0.917.
    # (a question page has no title since session 12, as five of six annotators had it; this set's had one)
    "holdout12": {"content_recall": 0.985, "content_precision": 0.96, "heading_f1": 0.95, "paragraph_f1": 0.87,
                  "title_acc": 0.75, "truncated_acc": 0.9},
    # Scored once, blind, near session 7's end (precision 0.9641, heading 0.885, paragraphs 0.800, title 0.833),
    # then tuned on: recall 0.9926, precision 0.9874, heading 0.988, paragraphs 0.889, title 0.917.
    "holdout13": {"content_recall": 0.99, "content_precision": 0.98, "heading_f1": 0.98, "paragraph_f1": 0.87,
                  "title_acc": 0.9, "truncated_acc": 0.9},
    # Real-site style, the same (blind precision 0.9422, paragraphs 0.844, title 0.75, truncated 0.667), then
    # tuned on: recall 0.9947, precision 0.9709, heading 1.0, paragraphs 0.910, title 0.833, truncated 0.833.
    "holdout14": {"content_recall": 0.99, "content_precision": 0.965, "heading_f1": 0.99, "paragraph_f1": 0.89,
                  "title_acc": 0.8, "truncated_acc": 0.8},
    # Session 7's last blind check, scored at its very end (never tuned on): recall 0.9944, precision 0.9233,
    # heading 0.9935, paragraphs 0.771, title 0.667, truncated 1.0.
    "holdout15": {"content_recall": 0.99, "content_precision": 0.915, "heading_f1": 0.98, "paragraph_f1": 0.75,
                  "title_acc": 0.6, "truncated_acc": 0.9},
    # Real-site style, the same (blind precision 0.9145, title 0.75), then 360doc's rows: recall 0.9976,
    # precision 0.9308, heading 0.9958, paragraphs 0.858, title 0.833, truncated 1.0.
    "holdout16": {"content_recall": 0.99, "content_precision": 0.925, "heading_f1": 0.99, "paragraph_f1": 0.84,
                  "title_acc": 0.8, "truncated_acc": 0.9},
    # Session 8's blind check, scored once (holdout17 precision 0.9493, title 0.667; holdout18 precision
    # 0.8956, heading 0.955), then tuned on a little: 0.9640 and 0.9739.
    "holdout17": {"content_recall": 0.99, "content_precision": 0.955, "heading_f1": 0.99, "paragraph_f1": 0.86,
                  "title_acc": 0.6, "truncated_acc": 0.8},
    "holdout18": {"content_recall": 0.995, "content_precision": 0.96, "heading_f1": 0.98, "paragraph_f1": 0.91,
                  "title_acc": 0.7, "truncated_acc": 0.9},
    # Session 9's blind check, scored once (holdout19 precision 0.8404, paragraphs 0.667, title 0.417;
    # holdout20 precision 0.8924, heading 0.906, title 0.583), then tuned on a little: recall 0.9999 and
    # 0.9995, precision 0.9229 and 0.9569, paragraphs 0.788 and 0.896, title 0.583 and 0.833.
    "holdout19": {"content_recall": 0.995, "content_precision": 0.915, "heading_f1": 0.97, "paragraph_f1": 0.77,
                  "title_acc": 0.5, "truncated_acc": 0.9},
    "holdout20": {"content_recall": 0.995, "content_precision": 0.945, "heading_f1": 0.98, "paragraph_f1": 0.88,
                  "title_acc": 0.75, "truncated_acc": 0.9},
    # Session 10's blind check, scored once at the session's start (holdout21 precision 0.8745, heading 0.792,
    # title 0.833; holdout22 precision 0.9099, paragraphs 0.813, title 0.75), then tuned on: recall 1.0 and 1.0,
    # precision 0.9320 and 0.9628, heading 1.0 and 0.9765, paragraphs 0.875 and 0.897, title 0.917 and 0.833.
    "holdout21": {"content_recall": 0.995, "content_precision": 0.925, "heading_f1": 0.98, "paragraph_f1": 0.86,
                  "title_acc": 0.8, "truncated_acc": 0.9},
    "holdout22": {"content_recall": 0.995, "content_precision": 0.955, "heading_f1": 0.97, "paragraph_f1": 0.88,
                  "title_acc": 0.75, "truncated_acc": 0.9},
    # Session 11's blind check, scored once at the session's start (holdout23 recall 0.9668, precision 0.9311,
    # title 0.583; holdout24 precision 0.9477, heading 0.783, title 0.333), then tuned on: recall 0.9962 and
    # 0.9949, precision 0.9421 and 0.9531, paragraphs 0.875 and 0.831, title 0.917 and 0.583.
    "holdout23": {"content_recall": 0.99, "content_precision": 0.935, "heading_f1": 0.85, "paragraph_f1": 0.86,
                  "title_acc": 0.8, "truncated_acc": 0.8},
    "holdout24": {"content_recall": 0.99, "content_precision": 0.945, "heading_f1": 0.77, "paragraph_f1": 0.82,
                  "title_acc": 0.5, "truncated_acc": 0.9},
    # Scored once, blind, midway through session 11 (recall 0.9978, precision 0.9349, heading 1.0,
    # paragraphs 0.847, title 0.833), then tuned on: precision 0.9554, paragraphs 0.882.
    "holdout25": {"content_recall": 0.99, "content_precision": 0.945, "heading_f1": 0.98, "paragraph_f1": 0.86,
                  "title_acc": 0.75, "truncated_acc": 0.9},
    # Session 11's last blind check, real doc-sharing sites' style, scored once near its end (recall 0.9991,
    # precision 0.9548, heading 0.952, paragraphs 0.914, title 0.75, truncated 1.0), then tuned on a little.
    "holdout26": {"content_recall": 0.99, "content_precision": 0.955, "heading_f1": 0.94, "paragraph_f1": 0.9,
                  "title_acc": 0.7, "truncated_acc": 0.9},
    # Session 12's blind checks, each scored once before it was read (precision, title): holdout27 0.9088,
    # 0.833 and holdout28 0.9268, 0.667 at the start; holdout29 (real doc-sharing sites) 0.9702, 0.917 and
    # holdout30 0.9172, 0.417 early on; holdout31 0.9427, 0.917 and holdout32 0.9504, 0.75 midway. Then
    # tuned on: precision 0.9665, 0.9695, 0.9926, 0.9866, 0.9686, 0.9729.
    "holdout27": {"content_recall": 0.995, "content_precision": 0.955, "heading_f1": 0.97, "paragraph_f1": 0.9,
                  "title_acc": 0.8, "truncated_acc": 0.9},
    "holdout28": {"content_recall": 0.995, "content_precision": 0.96, "heading_f1": 0.97, "paragraph_f1": 0.94,
                  "title_acc": 0.7, "truncated_acc": 0.7},
    "holdout29": {"content_recall": 0.995, "content_precision": 0.985, "heading_f1": 0.96, "paragraph_f1": 0.92,
                  "title_acc": 0.9, "truncated_acc": 0.9},
    "holdout30": {"content_recall": 0.99, "content_precision": 0.975, "heading_f1": 0.97, "paragraph_f1": 0.88,
                  "title_acc": 0.8, "truncated_acc": 0.9},
    "holdout31": {"content_recall": 0.99, "content_precision": 0.96, "heading_f1": 0.99, "paragraph_f1": 0.93,
                  "title_acc": 0.9, "truncated_acc": 0.8},
    "holdout32": {"content_recall": 0.995, "content_precision": 0.965, "heading_f1": 0.96, "paragraph_f1": 0.88,
                  "title_acc": 0.7, "truncated_acc": 0.8},
    # Session 12's last blind checks, scored once late in it (holdout33 precision 0.9479, title 0.833;
    # holdout34 0.9579, title 0.667), then tuned on a little.
    "holdout33": {"content_recall": 0.995, "content_precision": 0.945, "heading_f1": 0.99, "paragraph_f1": 0.84,
                  "title_acc": 0.75, "truncated_acc": 0.8},
    "holdout34": {"content_recall": 0.99, "content_precision": 0.955, "heading_f1": 0.97, "paragraph_f1": 0.88,
                  "title_acc": 0.6, "truncated_acc": 0.8},
    # Session 13's blind checks, each scored once before it was read (precision, title): holdout35 0.9102,
    # 0.833 at the start; holdout36 (real doc-sharing sites) 0.9833, 0.75, holdout37 0.9559, 0.917 and
    # holdout38 0.9365, 0.75 early on; holdout39 0.9385, 0.5 and holdout40 (real doc-sharing sites, short
    # previews) 0.9652, 0.75 midway. Then tuned on, and in the chrome model's fit.
    "holdout35": {"content_recall": 0.995, "content_precision": 0.965, "heading_f1": 0.99, "paragraph_f1": 0.9,
                  "title_acc": 0.8, "truncated_acc": 0.8},
    "holdout36": {"content_recall": 0.995, "content_precision": 0.99, "heading_f1": 0.97, "paragraph_f1": 0.94,
                  "title_acc": 0.8, "truncated_acc": 0.9},
    "holdout37": {"content_recall": 0.995, "content_precision": 0.965, "heading_f1": 0.97, "paragraph_f1": 0.88,
                  "title_acc": 0.9, "truncated_acc": 0.9},
    "holdout38": {"content_recall": 0.995, "content_precision": 0.965, "heading_f1": 0.98, "paragraph_f1": 0.88,
                  "title_acc": 0.9, "truncated_acc": 0.9},
    "holdout39": {"content_recall": 0.99, "content_precision": 0.96, "heading_f1": 0.99, "paragraph_f1": 0.9,
                  "title_acc": 0.75, "truncated_acc": 0.8},
    "holdout40": {"content_recall": 0.995, "content_precision": 0.99, "heading_f1": 0.97, "paragraph_f1": 0.94,
                  "title_acc": 0.9, "truncated_acc": 0.9},
    # Session 13's last blind checks, scored once at its end (precision, title): holdout42 (real doc-sharing
    # sites, long text layers) 0.9675, 0.75; holdout43 (invented sites) 0.9491, 0.667; holdout44 (mixed real
    # sites) 0.9489, 0.667. Session 14's, scored once early in it: holdout46 (real doc-sharing sites) 0.9832,
    # 0.833; holdout48 (real kinds of documents on real-style sites) 0.9313, 0.833. Then tuned on, and in
    # the chrome model's fit.
    "holdout42": {"content_recall": 0.995, "content_precision": 0.97, "heading_f1": 0.98, "paragraph_f1": 0.94,
                  "title_acc": 0.75, "truncated_acc": 0.9},
    "holdout43": {"content_recall": 0.99, "content_precision": 0.955, "heading_f1": 0.98, "paragraph_f1": 0.87,
                  "title_acc": 0.75, "truncated_acc": 0.85},
    "holdout44": {"content_recall": 0.99, "content_precision": 0.975, "heading_f1": 0.97, "paragraph_f1": 0.93,
                  "title_acc": 0.75, "truncated_acc": 0.85},
    "holdout46": {"content_recall": 0.995, "content_precision": 0.975, "heading_f1": 0.98, "paragraph_f1": 0.9,
                  "title_acc": 0.8, "truncated_acc": 0.9},
    "holdout48": {"content_recall": 0.995, "content_precision": 0.96, "heading_f1": 0.97, "paragraph_f1": 0.9,
                  "title_acc": 0.9, "truncated_acc": 0.9},
    # Session 16's four (blind: precision 0.9495, 0.9310, 0.9327, 0.9795; titles 0.75, 0.33, 0.58, 0.67). Reached
    # once tuned on: recall 1.0000 / 0.9259 / 1.0000 / 0.9983, precision 0.9832 / 0.9403 / 0.9668 / 0.9871,
    # titles 0.917 / 0.417 / 0.833 / 0.667. holdout57's recall is low by a labelling call the code does not follow
    # (a question page's question and every answer as the document: see tests/data/unseen/README.md).
    "holdout56": {"content_recall": 0.995, "content_precision": 0.975, "heading_f1": 0.98, "paragraph_f1": 0.92,
                  "title_acc": 0.9, "truncated_acc": 0.9},
    "holdout57": {"content_recall": 0.92, "content_precision": 0.93, "heading_f1": 0.95, "paragraph_f1": 0.78,
                  "title_acc": 0.4, "truncated_acc": 0.7},
    "holdout58": {"content_recall": 0.995, "content_precision": 0.955, "heading_f1": 0.96, "paragraph_f1": 0.86,
                  "title_acc": 0.8, "truncated_acc": 0.7},
    "holdout59": {"content_recall": 0.995, "content_precision": 0.98, "heading_f1": 0.95, "paragraph_f1": 0.87,
                  "title_acc": 0.6, "truncated_acc": 0.95},
    # Sessions 16–17's blind sets (holdout60/61 scored at 1d4a6a7, precision 0.9620 and 0.9747; holdout62–64 at
    # 8a8f542, 0.9744, 0.9269, 0.9702), tuned on after that. Reached: holdout60 precision 0.9823, title 0.9167;
    # holdout61 0.9852, 0.6667; holdout62 0.9805, 0.9167; holdout63 0.9718, 0.6667; holdout64 0.9884, 0.9167.
    "holdout60": {"content_recall": 0.995, "content_precision": 0.975, "heading_f1": 0.99, "paragraph_f1": 0.88,
                  "title_acc": 0.8, "truncated_acc": 0.95},
    "holdout61": {"content_recall": 0.99, "content_precision": 0.975, "heading_f1": 0.97, "paragraph_f1": 0.88,
                  "title_acc": 0.55, "truncated_acc": 0.95},
    "holdout62": {"content_recall": 0.99, "content_precision": 0.97, "heading_f1": 0.98, "paragraph_f1": 0.91,
                  "title_acc": 0.8, "truncated_acc": 0.85},
    "holdout63": {"content_recall": 0.99, "content_precision": 0.96, "heading_f1": 0.97, "paragraph_f1": 0.91,
                  "title_acc": 0.55, "truncated_acc": 0.75},
    "holdout64": {"content_recall": 0.995, "content_precision": 0.98, "heading_f1": 0.99, "paragraph_f1": 0.9,
                  "title_acc": 0.8, "truncated_acc": 0.95},
    # Session 17's end-of-session blind sets (holdout65/66 at 2eb7a73: precision 0.9678 and 0.9235), read and tuned
    # on in session 18. Reached: holdout65 precision 0.9917, title 0.9167; holdout66 0.9831, 0.8333.
    "holdout65": {"content_recall": 0.99, "content_precision": 0.98, "heading_f1": 0.99, "paragraph_f1": 0.9,
                  "title_acc": 0.8, "truncated_acc": 0.95},
    "holdout66": {"content_recall": 0.995, "content_precision": 0.975, "heading_f1": 0.98, "paragraph_f1": 0.92,
                  "title_acc": 0.75, "truncated_acc": 0.9},
    # Session 18's sets scored before reading at 53db81b (precision 0.9741 and 0.9471), tuned on after that.
    # Reached: holdout70 precision 0.9910, title 0.9167; holdout71 0.9862, 1.0.
    "holdout70": {"content_recall": 0.995, "content_precision": 0.975, "heading_f1": 0.98, "paragraph_f1": 0.9,
                  "title_acc": 0.75, "truncated_acc": 0.95},
    "holdout71": {"content_recall": 0.99, "content_precision": 0.975, "heading_f1": 0.99, "paragraph_f1": 0.93,
                  "title_acc": 0.8, "truncated_acc": 0.95},
}


@pytest.mark.parametrize("name", UNSEEN_FLOORS)
def test_invented_sites_tuning_sets(name: str, shared: Path, tmp_path: Path) -> None:
    unseen = ROOT / "tests" / "data" / "unseen" / name
    s = score(shared, unseen / "raw", unseen / "gold", tmp_path / f"{name}.jsonl")
    floors = {"ledger": 1.0, **UNSEEN_FLOORS[name]}
    assert s["missing"] == 0, s
    assert not [k for k, floor in floors.items() if s[k] < floor], s


def test_structure_set(shared: Path, tmp_path: Path) -> None:
    s = score(shared, STRUCTURE / "raw", STRUCTURE / "gold", tmp_path / "structure.jsonl")
    assert s["missing"] == 0 and s["ledger"] == 1.0, s
    assert s["heading_f1"] >= 0.99, s
    assert s["paragraph_f1"] >= 0.97, s
    assert s["title_acc"] >= 0.99 and s["truncated_acc"] >= 0.97, s
    assert s["content_recall"] >= 0.97 and s["content_precision"] >= 0.97, s


def test_structure_set_gold_matches_its_outlines() -> None:
    res = subprocess.run([sys.executable, str(STRUCTURE / "build_gold.py"), "--check"], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr

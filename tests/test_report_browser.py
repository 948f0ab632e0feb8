"""`jingwen report` in a real browser (issue 20): headless Chromium (Debian's chromium and
chromium-driver, which .ci/run installs) driven by selenium opens the report of samples/ and of a
generated corpus of a few thousand documents, from disk. The page logs no error, every chart is
drawn (bars of the charts' colours on its canvas), and one document view is drawn from the DOM: its
raw lines, the removed ones labelled with their rules, the section tree; the search box filters the
list. Screenshots are saved in the test's temporary folder."""

from __future__ import annotations

import json
import re
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import ROOT
from jingwen.cli import main
from jingwen.tools.report import build

pytest.importorskip("bokeh")

# Every canvas inside a chart (BokehJS draws in shadow roots), with how many of its pixels are of
# the bar colours (charts.py BLUE, ORANGE): a chart whose bars were drawn has thousands.
CHARTS_JS = """
function canvases(root) {
  const found = [];
  for (const e of root.querySelectorAll('*')) {
    if (e.tagName === 'CANVAS') found.push(e);
    if (e.shadowRoot) found.push(...canvases(e.shadowRoot));
  }
  return found;
}
const bars = [[76, 120, 168], [245, 133, 24], [228, 87, 86]];
const out = {};
for (const c of document.querySelectorAll('.chart')) {
  let inked = 0;
  for (const cv of canvases(c)) {
    if (!cv.width || !cv.height) continue;
    const d = cv.getContext('2d').getImageData(0, 0, cv.width, cv.height).data;
    for (let i = 0; i < d.length; i += 4) {
      if (bars.some(([r, g, b]) => Math.abs(d[i] - r) < 6 && Math.abs(d[i + 1] - g) < 6 && Math.abs(d[i + 2] - b) < 6))
        inked++;
    }
  }
  out[c.dataset.chart] = inked;
}
return out;
"""

VIEW_JS = """
const box = document.getElementById('docview');
return {
  title: (document.getElementById('doc-title') || {}).textContent,
  raw_lines: box.querySelectorAll('.raw tr[data-line]').length,
  removed_lines: [...box.querySelectorAll('.raw tr.removed[data-line]')].map(r => Number(r.dataset.line)),
  rules: [...box.querySelectorAll('.raw .rule:not(.fix)')].map(s => s.textContent.replace(' (part)', '')),
  repairs: box.querySelectorAll('.raw tr.repair').length,
  sections: box.querySelectorAll('.tree .sec').length,
  markers: [...box.querySelectorAll('.tree .sec > .head .marker')].map(m => m.textContent),
  docs_shown: !document.getElementById('docs').hidden,
};
"""


def _browser() -> Any:
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.skip("selenium is not installed (the [test] extra: pip install '.[test]')")
    chromium = next((p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)
    driver = shutil.which("chromedriver")
    if chromium is None or driver is None:
        pytest.skip("headless Chromium is not installed: apt-get install chromium chromium-driver (.ci/run does)")
    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--allow-file-access-from-files"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # The system's chromedriver, named: selenium then fetches nothing.
    return webdriver.Chrome(service=Service(driver), options=opts)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    b = _browser()
    try:
        yield b
    finally:
        b.quit()


def _errors(browser: Any) -> list[str]:
    return [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def _wait(browser: Any, script: str, ok: Any, seconds: float = 20) -> Any:
    end = time.monotonic() + seconds
    while True:
        got = browser.execute_script(script)
        if ok(got) or time.monotonic() > end:
            return got
        time.sleep(0.2)


def _views(html: Path) -> list[dict[str, Any]]:
    m = re.search(r'<script type="application/json" id="views">(.*?)</script>', html.read_text("utf-8"), re.S)
    assert m
    return json.loads(m.group(1))


def _markers(sections: list[dict[str, Any]]) -> list[str]:
    """The section tree's markers, depth first (the order the view draws them in)."""
    return [m for s in sections for m in [s["marker"], *_markers(s["children"])]]


def check_report(browser: Any, html: Path, shots: Path) -> dict[str, int]:
    """The checks on one report; the bar pixels of each chart."""
    browser.get(html.as_uri())
    drawn = _wait(browser, CHARTS_JS, lambda d: d and all(v > 500 for v in d.values()))
    assert drawn and all(v > 500 for v in drawn.values()), f"charts not drawn: {drawn}"
    assert {"sites", "doc_types", "rules", "lengths", "shares", "truncated"} <= set(drawn)
    browser.save_screenshot(str(shots / f"{html.stem}-corpus.png"))

    # One document view: the one that lost the largest share, opened from its link in the table.
    views = _views(html)
    v = next(x for x in views if "worst" in x["why"] and x["removed"] and x["raw"])
    browser.find_element("css selector", f'#worst a[href="#doc-{v["index"]}"]').click()
    got = _wait(browser, VIEW_JS, lambda d: d["raw_lines"] > 0)
    assert got["docs_shown"] and got["title"] == (v["title"] or "(no title)")
    assert got["raw_lines"] == len(v["raw"])
    whole = sorted({r[0] for r in v["removed"] if not r[3]})
    assert got["removed_lines"] == whole
    assert sorted(got["rules"]) == sorted(r[1] for r in v["removed"] if r[0] <= len(v["raw"]))
    assert got["repairs"] == len(v["repairs"])
    assert got["sections"] == len(_markers(v["sections"])) and got["markers"] == _markers(v["sections"])
    browser.save_screenshot(str(shots / f"{html.stem}-document.png"))

    # The search box keeps the titles that hold what is typed.
    word = (v["title"] or "")[:4]
    box = browser.find_element("id", "search")
    box.clear()
    box.send_keys(word)
    listed = browser.execute_script("return [...document.querySelectorAll('#doclist-items li a')]"
                                    ".map(a => a.textContent)")
    assert listed and all(word in t for t in listed)
    assert len(listed) == sum(1 for x in views if word in (x["title"] or "") + (x["path"] or ""))
    assert _errors(browser) == []
    return drawn


def test_the_samples_report_in_chromium(browser: Any, tmp_path: Path) -> None:
    out = tmp_path / "samples.jsonl"
    res = CliRunner().invoke(main, ["clean", "-q", *map(str, sorted((ROOT / "samples").glob("*.txt"))),
                                    "-o", str(out)])
    assert res.exit_code == 0, res.output
    build(out, tmp_path / "samples.html")
    check_report(browser, tmp_path / "samples.html", tmp_path)
    assert (tmp_path / "samples-corpus.png").stat().st_size > 10_000


@pytest.mark.slow
def test_a_generated_corpus_report_in_chromium(browser: Any, tmp_path: Path) -> None:
    """A few thousand documents: the bench's generator (sites, truncation, GB18030) and the runner's
    (near copies of the samples, for duplicate clusters), cleaned with --dedup near."""
    import importlib.util

    from corpus import write_corpus  # tests/corpus.py; bench/corpus.py by its path (the same name)

    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    assert spec is not None and spec.loader is not None
    bench_corpus = importlib.util.module_from_spec(spec)
    sys.modules["bench_corpus"] = bench_corpus  # dataclasses look their module up there
    spec.loader.exec_module(bench_corpus)

    inputs = tmp_path / "in"
    bench_corpus.generate(inputs / "bench", mb=6, seed=4)
    write_corpus(inputs / "copies", docs=2000, seed=4)
    out = tmp_path / "corpus.jsonl"
    res = CliRunner().invoke(main, ["clean", "-q", str(inputs), "-o", str(out), "--dedup", "near", "--keywords", "0",
                                    "--report", str(tmp_path / "corpus.report.json")])
    assert res.exit_code == 0, res.output
    built = build(out, tmp_path / "corpus.html")
    assert built.documents > 2500 and built.raw_missing == 0
    drawn = check_report(browser, tmp_path / "corpus.html", tmp_path)
    assert drawn.get("clusters", 0) > 500 and drawn.get("warnings", 0) > 500

"""The report as one HTML file: the corpus view (numbers, charts, tables) written here, the document
views drawn by the page's script from the data it carries. Styles, scripts, data and charts are all
inline: the file opens from disk with no network."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from html import escape
from importlib.resources import files
from typing import Any

from .summary import Brief, Summary


@dataclass
class Page:
    """What the page shows besides the summary."""

    output: str
    summary: Summary
    output_bytes: int
    failures: Counter[str] = field(default_factory=Counter)
    failure_rows: list[dict[str, Any]] = field(default_factory=list)
    run: dict[str, Any] | None = None
    notes: list[str] = field(default_factory=list)
    """Sentences on what the report could not do (raw files missing, views left out)."""
    worst: list[Brief] = field(default_factory=list)
    views: list[dict[str, Any]] = field(default_factory=list)
    charts: tuple[str, str, dict[str, str]] = ("", "", {})
    """BokehJS, the charts' script, each chart's div by name (charts.render)."""


def _static(name: str) -> str:
    return (files(__package__) / "static" / name).read_text(encoding="utf-8")


def _json(data: Any) -> str:
    """JSON safe inside a <script> element: no '<' can close it."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def _mb(n: float) -> str:
    return f"{n / 1e6:.2f} MB" if n >= 10_000 else f"{n / 1e3:.1f} KB"


def _pct(a: float, b: float) -> str:
    return f"{a / b:.1%}" if b else "-"


def _card(label: str, value: str, sub: str = "") -> str:
    return (f'<div class="card"><div class="value">{escape(value)}</div><div class="label">{escape(label)}</div>'
            + (f'<div class="sub">{escape(sub)}</div>' if sub else "") + "</div>")


def _table(head: list[str], rows: list[list[str]], cls: str = "") -> str:
    """An HTML table; cells are HTML already (escape text before)."""
    th = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="{cls}"><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>'


def _chart(p: Page, name: str) -> str:
    div = p.charts[2].get(name)
    return f'<div class="chart" data-chart="{name}">{div}</div>' if div else ""


def _cards(p: Page) -> str:
    s, run = p.summary, p.run or {}
    failed = sum(p.failures.values())
    cards = [
        _card("documents", f"{s.documents:,}", f"{s.not_documents} records not documents" if s.not_documents else ""),
        _card("failed inputs", f"{failed:,}", "from the errors file" if p.failure_rows else
              ("from the run report" if failed else "")),
        _card("input → output", f"{_mb(s.input_bytes)} → {_mb(p.output_bytes)}", "input bytes → output file"),
        _card("characters kept", _pct(s.output_chars, s.input_chars),
              f"{s.input_chars:,} in, {s.output_chars:,} out; {_pct(s.removed_chars, s.input_chars)} removed by rules"),
        _card("truncated", _pct(s.truncated, s.documents), f"{s.truncated:,} documents"),
        _card("duplicates", f"{s.exact + s.near:,}", f"{s.exact:,} exact, {s.near:,} near, in {len(s.clusters):,} "
              f"cluster{'s' if len(s.clusters) != 1 else ''}"),
        _card("empty texts", f"{s.empty:,}"),
    ]
    if run.get("seconds"):
        cards.append(_card("run time", f"{run['seconds']:.1f} s", f"{run.get('workers') or '?'} workers, "
                           f"{run.get('mb_per_s') or '?'} MB/s"))
    return '<div class="cards">' + "".join(cards) + "</div>"


def _doc_link(b: Brief, viewed: set[int]) -> str:
    title = escape(b.title or "(no title)")
    return f'<a href="#doc-{b.index}">{title}</a>' if b.index in viewed else title


def _rules_table(s: Summary) -> str:
    total = s.removed_chars or 1
    rows = [[f"<code>{escape(rule)}</code>", f"{s.rule_lines[rule]:,}", f"{chars:,}", f"{chars / total:.1%}",
             f"{s.rule_docs[rule]:,}"] for rule, chars in s.rule_chars.most_common(30)]
    more = len(s.rule_chars) - len(rows)
    table = _table(["rule", "lines", "characters", "share of removed characters", "documents"], rows, "num")
    return table + (f'<p class="more">… and {more} more rules</p>' if more > 0 else "")


def _clusters_table(s: Summary, viewed: set[int]) -> str:
    rows = []
    for c in s.largest_clusters(20):
        ex = c.example
        rows.append([f"<code>{escape(c.first)}</code>", _doc_link(ex, viewed) if ex else "", f"{c.size:,}",
                     f"{c.exact:,}", f"{c.near:,}"])
    note = ('<p class="more">Counted approximately: past 100,000 clusters the smallest were forgotten.</p>'
            if s.clusters_forgotten else "")
    return _table(["the first (id)", "a copy", "documents", "exact copies", "near copies"], rows, "num") + note


def _worst_table(p: Page, viewed: set[int]) -> str:
    rows = [[str(i), _doc_link(b, viewed), escape(b.site), f"{b.input_chars:,}", f"{b.output_chars:,}",
             f"{b.removed_chars:,}", f"{b.lost:.1%}", f"<code>-n {b.index}</code>"]
            for i, b in enumerate(p.worst, 1)]
    return _table(["#", "title", "site", "input chars", "output chars", "removed chars", "removed share",
                   "jingwen show"], rows, "num")


def _failures(p: Page) -> str:
    if not p.failures:
        return ""
    rows = [[escape(str(f.get("kind", ""))), escape(str(f.get("stage", ""))),
             f"<code>{escape(str(f.get('path')))}</code>", escape(str(f.get("message", "")))] for f in p.failure_rows]
    table = _table(["kind", "stage", "input", "message"], rows) if rows else ""
    shown = f"<p class='more'>the first {len(rows)} of {sum(p.failures.values())}</p>" if rows else ""
    return f'<section id="failures"><h2>Failures</h2>{_chart(p, "failures")}{table}{shown}</section>'


def corpus_view(p: Page) -> str:
    s = p.summary
    viewed = {v["index"] for v in p.views}
    parts = [_cards(p)]
    if p.notes:
        parts.append('<ul class="notes">' + "".join(f"<li>{escape(n)}</li>" for n in p.notes) + "</ul>")
    parts.append(_failures(p))
    parts.append(f'<section id="sites"><h2>Sites and document types</h2><div class="two">{_chart(p, "sites")}'
                 f'{_chart(p, "doc_types")}</div></section>')
    if s.rule_chars:
        parts.append(f'<section id="rules"><h2>Removed by rule</h2>{_chart(p, "rules")}{_rules_table(s)}</section>')
    parts.append(f'<section id="lengths"><h2>Lengths</h2><div class="two">{_chart(p, "lengths")}'
                 f'{_chart(p, "shares")}</div></section>')
    parts.append(f'<section id="truncated"><h2>Truncated</h2><p>{s.truncated:,} of {s.documents:,} documents '
                 f'({_pct(s.truncated, s.documents)}) are marked truncated.</p>{_chart(p, "truncated")}</section>')
    dup = (f"{_chart(p, 'clusters')}{_clusters_table(s, viewed)}" if s.clusters else
           "<p>No document is marked a duplicate (run clean with --dedup exact or near).</p>")
    parts.append(f'<section id="duplicates"><h2>Duplicates</h2><p>{s.exact:,} exact and {s.near:,} near copies '
                 f"in {len(s.clusters):,} clusters, largest first.</p>{dup}</section>")
    if s.warnings:
        rows = [[escape(k), f"{v:,}"] for k, v in s.warnings.most_common(20)]
        parts.append(f'<section id="warnings"><h2>Warnings</h2>{_chart(p, "warnings")}'
                     f'{_table(["kind", "warnings"], rows, "num")}</section>')
    if p.worst:
        parts.append(f'<section id="worst"><h2>Documents that lost the largest share of their text</h2>'
                     f"{_worst_table(p, viewed)}</section>")
    if s.problems:
        parts.append('<section id="problems"><h2>Records that are not documents</h2><ul>'
                     + "".join(f"<li><code>{escape(x)}</code></li>" for x in s.problems) + "</ul></section>")
    return "\n".join(x for x in parts if x)


def render(p: Page) -> str:
    bokeh_js, chart_script, _ = p.charts
    title = f"jingwen report: {p.output}"
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{_static("report.css")}</style>
{bokeh_js}
</head>
<body>
<header>
  <h1>jingwen report <span class="of">{escape(p.output)}</span></h1>
  <nav><a href="#corpus" id="nav-corpus">Corpus</a> <a href="#docs" id="nav-docs">Documents ({len(p.views)})</a></nav>
</header>
<main>
<div id="corpus" class="page">
{corpus_view(p)}
</div>
<div id="docs" class="page" hidden>
  <aside id="doclist">
    <input id="search" type="search" placeholder="Search titles and paths" aria-label="search titles">
    <ul id="doclist-items"></ul>
  </aside>
  <article id="docview"><p class="hint">Choose a document on the left.</p></article>
</div>
</main>
<script type="application/json" id="views">{_json(p.views)}</script>
<script>{_static("report.js")}</script>
{chart_script}
</body>
</html>
"""

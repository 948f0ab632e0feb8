"""The corpus view's charts, drawn by Bokeh (the [report] extra): its BokehJS library is written into
the page itself (Resources mode "inline"), so the report opens from disk with no network."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .summary import Summary, length_labels, share_labels

BLUE, ORANGE, GREY = "#4c78a8", "#f58518", "#bab0ac"
TOP = 15
"""Bars a chart shows at most; the rest are summed into one '… N more' bar."""


def bokeh() -> Any:
    """The bokeh package, or an ImportError naming the extra that brings it."""
    try:
        import bokeh
    except ImportError as e:
        raise ImportError(f"jingwen report draws its charts with Bokeh, the [report] extra: in jingwen's folder, "
                          f"pip install '.[report]' ({e})") from None
    return bokeh


def _top(c: Counter[str], n: int = TOP) -> list[tuple[str, int]]:
    items = c.most_common(n)
    rest = sum(c.values()) - sum(v for _, v in items)
    if rest > 0:
        items.append((f"… {len(c) - len(items)} more", rest))
    return items


def _counts(axis: Any) -> None:
    """Plain thousands (12,000), never 1.2e+4."""
    from bokeh.models import NumeralTickFormatter

    axis.formatter = NumeralTickFormatter(format="0,0")


def _hbar(title: str, items: list[tuple[str, float]], x_label: str, tips: list[tuple[str, str]],
          extra: dict[str, list[Any]] | None = None, color: str = BLUE) -> Any:
    from bokeh.models import ColumnDataSource
    from bokeh.plotting import figure

    labels = [k for k, _ in items][::-1]  # the largest on top
    data: dict[str, list[Any]] = {"label": labels, "value": [v for _, v in items][::-1]}
    for k, col in (extra or {}).items():
        data[k] = col[::-1]
    p = figure(y_range=labels, height=max(140, 26 * len(labels) + 60), title=title, sizing_mode="stretch_width",
               toolbar_location=None, tools="hover", tooltips=[("", "@label"), *tips])
    p.hbar(y="label", right="value", height=0.7, source=ColumnDataSource(data), color=color)
    p.x_range.start = 0
    p.xaxis.axis_label = x_label
    _counts(p.xaxis)
    p.ygrid.grid_line_color = None
    return p


def _vbar(title: str, labels: list[str], values: list[int], x_label: str, color: str = BLUE) -> Any:
    from bokeh.models import ColumnDataSource
    from bokeh.plotting import figure

    p = figure(x_range=labels, height=260, title=title, sizing_mode="stretch_width", toolbar_location=None,
               tools="hover", tooltips=[("", "@label"), ("documents", "@value")])
    p.vbar(x="label", top="value", width=0.8, source=ColumnDataSource({"label": labels, "value": values}), color=color)
    p.y_range.start = 0
    p.xaxis.axis_label = x_label
    p.yaxis.axis_label = "documents"
    _counts(p.yaxis)
    p.xaxis.major_label_orientation = 0.6
    p.xgrid.grid_line_color = None
    return p


def _truncated(s: Summary) -> Any:
    from bokeh.models import ColumnDataSource
    from bokeh.plotting import figure

    sites = [k for k, _ in s.sites.most_common(TOP)][::-1]
    cut = [s.truncated_by_site[k] for k in sites]
    whole = [s.sites[k] - s.truncated_by_site[k] for k in sites]
    share = [f"{c / (c + w):.0%}" if c + w else "-" for c, w in zip(cut, whole, strict=True)]
    src = ColumnDataSource({"site": sites, "truncated": cut, "complete": whole, "share": share})
    p = figure(y_range=sites, height=max(140, 26 * len(sites) + 80), title="Truncated documents by site",
               sizing_mode="stretch_width", toolbar_location=None, tools="hover",
               tooltips=[("site", "@site"), ("truncated", "@truncated (@share)"), ("complete", "@complete")])
    p.hbar_stack(["truncated", "complete"], y="site", height=0.7, color=[ORANGE, GREY], source=src,
                 legend_label=["truncated", "complete"])
    p.x_range.start = 0
    p.xaxis.axis_label = "documents"
    _counts(p.xaxis)
    p.legend.location = "bottom_right"
    p.ygrid.grid_line_color = None
    return p


def figures(s: Summary, failures: Counter[str]) -> dict[str, Any]:
    """The charts by name (the page places each under its heading); a chart with nothing to show is left out."""
    bokeh()
    out: dict[str, Any] = {}
    if s.documents:
        out["sites"] = _hbar("Documents by site", _top(s.sites), "documents", [("documents", "@value")])
        out["doc_types"] = _hbar("Documents by type", _top(s.doc_types), "documents", [("documents", "@value")])
        out["truncated"] = _truncated(s)
        out["lengths"] = _vbar("Length of the clean texts", length_labels(), s.lengths, "characters")
        out["shares"] = _vbar("Share of each document's characters removed", share_labels(), s.shares,
                              "removed / input characters", color=ORANGE)
    if s.rule_chars:
        items = _top(s.rule_chars)
        total = s.removed_chars or 1
        named = [k for k, _ in items if k in s.rule_chars]
        rest_lines = sum(s.rule_lines.values()) - sum(s.rule_lines[k] for k in named)
        lines = [s.rule_lines[k] if k in s.rule_chars else rest_lines for k, _ in items]
        docs = [str(s.rule_docs[k]) if k in s.rule_chars else "-" for k, _ in items]
        out["rules"] = _hbar("Removed characters by rule", [(k, v) for k, v in items], "characters removed",
                             [("characters", "@value (@share)"), ("lines", "@lines"), ("documents", "@docs")],
                             extra={"share": [f"{v / total:.1%}" for _, v in items], "lines": lines,
                                    "docs": docs}, color=ORANGE)
    if s.warnings:
        out["warnings"] = _hbar("Warnings by kind", _top(s.warnings, 12), "warnings", [("warnings", "@value")])
    if failures:
        out["failures"] = _hbar("Failures by kind", _top(failures), "inputs", [("inputs", "@value")], color="#e45756")
    clusters = s.largest_clusters(TOP)
    if clusters:
        items = [(f"{c.first}  {(c.example.title if c.example else '')[:20]}", c.size) for c in clusters]
        out["clusters"] = _hbar("Largest duplicate clusters", items, "documents",
                                [("documents", "@value"), ("exact copies", "@exact"), ("near copies", "@near")],
                                extra={"exact": [c.exact for c in clusters], "near": [c.near for c in clusters]})
    return out


def render(figs: dict[str, Any]) -> tuple[str, str, dict[str, str]]:
    """(BokehJS inline, the script that draws the charts, each chart's <div> by name)."""
    from bokeh.embed import components
    from bokeh.resources import Resources

    if not figs:
        return "", "", {}
    script, divs = components(figs)
    return Resources(mode="inline", components=["bokeh"]).render_js(), script, dict(divs)

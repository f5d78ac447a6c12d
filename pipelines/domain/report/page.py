"""The report page: headline numbers, then each chart with the table behind it, in one HTML file."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from pipelines.domain.fileio import atomic_write_text
from pipelines.domain.report.charts import chart_svg
from pipelines.domain.report.drawn import DrawnCharts
from pipelines.domain.report.sections import SECTIONS, Section, totals

REPORT_FILE = "report.html"  # in WAREHOUSE_DIR
STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; color: #222;
       padding: 0 1rem; }
h1 { margin-bottom: 0.2rem; } .meta { color: #666; margin-top: 0; }
dl.totals { display: flex; flex-wrap: wrap; gap: 1rem 2.5rem; margin: 1.5rem 0; }
dl.totals div { min-width: 9rem; }
dt { color: #666; font-size: 0.85rem; } dd { margin: 0; font-size: 1.3rem; }
section { border-top: 1px solid #ddd; padding-top: 1rem; margin-top: 2rem; }
figure.chart { margin: 0; } figure.chart svg { max-width: 100%; height: auto; }
table.data { border-collapse: collapse; font-size: 0.85rem; margin: 0.8rem 0; }
table.data th, table.data td { border-bottom: 1px solid #eee; padding: 0.2rem 0.6rem; text-align: left; }
table.data td { font-variant-numeric: tabular-nums; }
nav a { margin-right: 1rem; }
"""


@dataclass(frozen=True)
class ReportResult:
    path: Path
    charts: dict[str, int]  # section key -> rows in the table behind its chart


def build_report(
    duckdb_path: Path, out: Path, generated_at: dt.datetime, drawn: Path | None = None
) -> ReportResult:
    """Read the published warehouse read-only and write the report to `out` atomically; `drawn` keeps the
    charts between runs (see `DrawnCharts`), so only those whose data changed are drawn again."""
    with duckdb.connect(str(duckdb_path), read_only=True) as con:
        sections = [make(con) for make in SECTIONS]
        headline = totals(con)
    source = f"{duckdb_path} ({generated_at:%Y-%m-%d %H:%M} UTC)"
    charts = DrawnCharts(drawn) if drawn else None
    atomic_write_text(out, render(sections, headline, source, charts.svg if charts else chart_svg))
    if charts:
        charts.save()
    return ReportResult(out, {section.key: len(section.data) for section in sections})


def render(
    sections: list[Section], headline: dict[str, str], source: str, draw: Callable[[Section], str] = chart_svg
) -> str:
    numbers = "".join(
        f"<div><dt>{html.escape(name)}</dt><dd>{html.escape(value)}</dd></div>"
        for name, value in headline.items()
    )
    links = "".join(f'<a href="#{s.key}">{html.escape(s.title)}</a>' for s in sections)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>China–Kazakhstan energy projects</title><style>{STYLE}</style></head><body>"
        "<h1>China–Kazakhstan energy projects</h1>"
        f'<p class="meta">From {html.escape(source)}. Query it with <code>make sql</code>.</p>'
        f'<dl class="totals">{numbers}</dl><nav>{links}</nav>'
        + "".join(_section_html(section, draw(section)) for section in sections)
        + "</body></html>\n"
    )


def _section_html(section: Section, chart: str) -> str:
    listing = "" if section.listing is None or section.listing.empty else _table(section.listing, index=False)
    return (
        f'<section id="{section.key}"><h2>{html.escape(section.title)}</h2>'
        f"<p>{html.escape(section.note)}</p>"
        f'<figure class="chart" data-chart="{section.key}">{chart}</figure>'
        f"{_table(section.data, index=True)}{listing}</section>"
    )


def _table(frame: pd.DataFrame, index: bool) -> str:
    if frame.empty:
        return "<p><em>No rows yet.</em></p>"
    shown = frame.rename_axis(columns=None).reset_index() if index else frame
    return shown.to_html(
        index=False, border=0, classes="data", na_rep="", float_format=lambda v: f"{v:,.10g}"
    )

"""What the report shows: one section per chart, each read from the published views and tables."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import duckdb
import pandas as pd

from pipelines.domain.validate.schemas import PROJECT_TYPES, ROLES, STATUSES

TOP_ORGANISATIONS = 15  # organisations shown in the chart of participants
LISTED_ISSUES = 200  # review items listed under their chart; all of them are in extraction_issues
NO_REGION = "(no region)"


@dataclass(frozen=True)
class Section:
    """A chart and the table behind it: `data` has one row per bar and one column per stacked series."""

    key: str
    title: str
    note: str
    data: pd.DataFrame
    value_label: str
    horizontal: bool = False
    listing: pd.DataFrame | None = None  # rows listed under the table, when the chart counts them


def _query(con: duckdb.DuckDBPyConnection, sql: str) -> pd.DataFrame:
    return con.execute(sql).df()


def _pivot(frame: pd.DataFrame, rows: str, series: str, value: str, order: tuple[str, ...]) -> pd.DataFrame:
    """Rows by series, series in vocabulary order, rows by their total (largest first)."""
    if frame.empty:
        return pd.DataFrame()
    table = frame.pivot_table(index=rows, columns=series, values=value, aggfunc="sum", fill_value=0)
    table = table[[name for name in order if name in table.columns]]
    return table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index]


def capacity_by_type_and_region(con: duckdb.DuckDBPyConnection) -> Section:
    frame = _query(
        con,
        f"""
        SELECT coalesce(region, '{NO_REGION}') AS region, project_type, installed_power_mw
        FROM project_summary WHERE installed_power_mw IS NOT NULL
    """,
    )
    without = _query(con, "SELECT count(*) AS n FROM project_summary WHERE installed_power_mw IS NULL").n[0]
    return Section(
        "capacity",
        "Installed power by region and type",
        f"MW per project as chosen in project_summary (each plant counted once); {without} projects report "
        "no installed power and are not shown.",
        _pivot(frame, "region", "project_type", "installed_power_mw", PROJECT_TYPES),
        "MW",
        horizontal=True,
    )


def projects_by_status(con: duckdb.DuckDBPyConnection) -> Section:
    frame = _query(con, "SELECT status, project_type, count(*) AS projects FROM project_summary GROUP BY ALL")
    table = _pivot(frame, "status", "project_type", "projects", PROJECT_TYPES)
    if not table.empty:
        table = table.loc[[status for status in STATUSES if status in table.index]]
    return Section(
        "status",
        "Projects by status and type",
        "The status of each project's latest report (Global Energy Monitor's words).",
        table,
        "projects",
    )


def timeline_of_reports(con: duckdb.DuckDBPyConnection) -> Section:
    frame = _query(
        con,
        """
        WITH months AS (
            SELECT DISTINCT date_trunc('month', published_date) AS month FROM articles
            WHERE published_date IS NOT NULL
        ), span AS (
            SELECT unnest(generate_series(min(month), max(month), INTERVAL 1 MONTH)) AS month FROM months
        )
        SELECT strftime(s.month, '%Y-%m') AS month, count(a.article_id) AS articles
        FROM span s LEFT JOIN articles a ON date_trunc('month', a.published_date) = s.month
        GROUP BY s.month ORDER BY s.month
    """,
    )
    undated, total = con.execute(
        "SELECT count(*) FILTER (WHERE published_date IS NULL), count(*) FROM articles"
    ).fetchone()
    return Section(
        "timeline",
        "Timeline of reports",
        f"Articles per month of publication; {undated} of {total} articles give no date and are not shown.",
        frame.set_index("month") if len(frame) else pd.DataFrame(),
        "articles",
    )


def top_organisations(con: duckdb.DuckDBPyConnection) -> Section:
    frame = _query(
        con,
        """
        SELECT o.name AS organisation, pp.role, count(DISTINCT pp.project_id) AS projects
        FROM project_participants pp JOIN organisations o USING (org_id) GROUP BY ALL
    """,
    )
    table = _pivot(frame, "organisation", "role", "projects", ROLES).head(TOP_ORGANISATIONS)
    return Section(
        "organisations",
        f"Top {TOP_ORGANISATIONS} organisations by role",
        "Number of projects each organisation takes part in, by its role.",
        table,
        "projects",
        horizontal=True,
    )


def open_review_items(con: duckdb.DuckDBPyConnection) -> Section:
    items = _query(
        con,
        """
        SELECT i.issue_type, i.subject, i.detail, coalesce(a.source_file, '') AS source_file
        FROM extraction_issues i LEFT JOIN articles a USING (article_id)
        ORDER BY i.issue_type, a.source_file, i.subject
    """,
    )
    counts = items.groupby("issue_type").size().rename("items").sort_values(ascending=False).to_frame()
    total = len(items)
    listed = f"all {total}" if total <= LISTED_ISSUES else f"the first {LISTED_ISSUES} of {total}"
    return Section(
        "issues",
        "Open review items (extraction_issues)",
        f"What the extractor is unsure about, by kind; {listed} are listed below, and all are in the table "
        "extraction_issues.",
        counts if len(items) else pd.DataFrame(),
        "items",
        horizontal=True,
        listing=items.head(LISTED_ISSUES),
    )


SECTIONS: tuple[Callable[[duckdb.DuckDBPyConnection], Section], ...] = (
    capacity_by_type_and_region,
    projects_by_status,
    timeline_of_reports,
    top_organisations,
    open_review_items,
)


def totals(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Headline numbers, each counted once."""
    projects, power = con.execute("SELECT count(*), sum(installed_power_mw) FROM project_summary").fetchone()
    money, amounts = con.execute("SELECT sum(amount_usd), count(*) FROM investment_summary").fetchone()
    articles, issues = con.execute(
        "SELECT count(*), (SELECT count(*) FROM extraction_issues) FROM articles"
    ).fetchone()
    return {
        "projects": f"{projects:,}",
        "installed power": f"{power or 0:,.0f} MW",
        "investment": f"USD {(money or 0) / 1e9:,.2f} bn in {amounts:,} amounts",
        "articles": f"{articles:,}",
        "open review items": f"{issues:,}",
    }

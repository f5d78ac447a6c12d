"""What an analyst should look at in a published warehouse: non-blocking findings, read from the file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

MAX_SHARE_WITHOUT_REGION = 0.10  # above this share of projects with no region, a finding is raised


@dataclass(frozen=True)
class Finding:
    ok: bool
    summary: str
    rows: pd.DataFrame  # the rows to look at


def projects_without_region(con: duckdb.DuckDBPyConnection) -> Finding:
    rows = con.execute("""
        SELECT name, project_type, status, country, locality FROM project_summary
        WHERE region IS NULL ORDER BY name
    """).df()
    total = con.execute("SELECT count(*) FROM project_summary").fetchone()[0]
    share = len(rows) / total if total else 0.0
    return Finding(
        share <= MAX_SHARE_WITHOUT_REGION,
        f"{len(rows)} of {total} projects ({share:.0%}) have no region "
        f"(a warning above {MAX_SHARE_WITHOUT_REGION:.0%})",
        rows,
    )


def capacities_without_project(con: duckdb.DuckDBPyConnection) -> Finding:
    rows = con.execute("""
        SELECT i.subject AS capacity, a.source_file, i.evidence FROM extraction_issues i
        LEFT JOIN articles a USING (article_id)
        WHERE i.issue_type = 'capacity_without_project' ORDER BY a.source_file
    """).df()
    return Finding(rows.empty, f"{len(rows)} capacity figures name no project (extraction_issues)", rows)


def conflicting_capacities(con: duckdb.DuckDBPyConnection) -> Finding:
    rows = con.execute("""
        SELECT s.name, c.metric, c.value, c.unit, c.min_value, c.max_value, c.basis
        FROM project_capacity c JOIN project_summary s USING (project_id)
        WHERE c.distinct_values > 1 ORDER BY s.name, c.metric
    """).df()
    summary = f"{len(rows)} project capacities are reported with different values (project_capacity)"
    return Finding(rows.empty, summary, rows)


# check name -> (the table or view it is about, what it reports, how it is found)
FINDINGS: dict[str, tuple[str, str, Callable[[duckdb.DuckDBPyConnection], Finding]]] = {
    "projects_without_region": (
        "project_summary",
        f"at most {MAX_SHARE_WITHOUT_REGION:.0%} of projects have no region",
        projects_without_region,
    ),
    "capacities_without_project": (
        "project_capacity",
        "every capacity figure is attached to a project",
        capacities_without_project,
    ),
    "conflicting_capacities": (
        "project_capacity",
        "the reports of a project's capacity agree",
        conflicting_capacities,
    ),
}


def find(duckdb_path: Path, check: str) -> Finding:
    """Finding `check` of FINDINGS on the published file, opened read-only."""
    with duckdb.connect(str(duckdb_path), read_only=True) as con:
        return FINDINGS[check][2](con)

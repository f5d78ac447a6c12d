"""Views over the published tables that answer "capacity and money per project" without double counting.

They live in the same `energy.duckdb` as the tables (so any SQL client sees them) and are copied to
`parquet/<view>.parquet` beside the tables' files, in the same publish generation.

- `project_capacity`: one row per project and metric: the value chosen among the reports, how it was
  chosen, and the range reported (capacities hold one row per mention, so sums over them double count).
- `project_summary`: one row per project under a name no other project has, with one value per metric,
  participants by role, the investment that covers this project alone, and its first and last report.
- `project_facts`: every fact about a project with its article, date, source and sentence, for audit.
- `investment_summary`: one row per investment (an amount covering several projects is shown once,
  with all its projects).
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from pipelines.domain.validate.schemas import METRIC_UNITS, ROLES

VIEWS = {  # name: what one row is
    "project_capacity": "One row per project and capacity metric: the value chosen, how, and the range "
    "reported.",
    "project_summary": "One row per project, under a name no other project has: capacity per metric, "
    "participants by role, the investment that covers it alone, first and last report.",
    "project_facts": "Every fact about a project with its article, date, source and sentence, for audit.",
    "investment_summary": "One row per investment: every amount once, with the projects it covers.",
}
VIEW_NAMES = tuple(VIEWS)
# reported values that agree to this many decimals count as the same value (float noise of conversions)
SAME_VALUE_DECIMALS = 6

PROJECT_CAPACITY = f"""
WITH per_value AS (
    SELECT c.project_id, c.metric, c.unit_std AS unit, round(c.value_std, {SAME_VALUE_DECIMALS}) AS value,
           count(*) AS reports, max(a.published_date) AS latest
    FROM capacities c LEFT JOIN articles a USING (article_id)
    GROUP BY ALL
), ranked AS (
    SELECT *,
           row_number() OVER choice AS rank,
           lead(latest) OVER choice AS next_latest,
           lead(reports) OVER choice AS next_reports,
           sum(reports) OVER metric AS all_reports,
           count(*) OVER metric AS distinct_values,
           min(value) OVER metric AS min_value,
           max(value) OVER metric AS max_value
    FROM per_value
    WINDOW metric AS (PARTITION BY project_id, metric),
           choice AS (PARTITION BY project_id, metric
                      ORDER BY latest DESC NULLS LAST, reports DESC, value DESC)
)
SELECT project_id, metric, value, unit, min_value, max_value,
       CAST(all_reports AS BIGINT) AS reports, distinct_values,
       CASE
           WHEN all_reports = 1 THEN 'one report'
           WHEN distinct_values = 1 THEN all_reports || ' reports agree'
           WHEN latest > coalesce(next_latest, DATE '0001-01-01')
               THEN 'latest of ' || all_reports || ' differing reports (' || latest || ')'
           WHEN reports > next_reports
               THEN 'most often reported (' || reports || ' of ' || all_reports || ' differing reports)'
           ELSE 'largest of ' || all_reports || ' differing reports'
       END AS basis
FROM ranked
WHERE rank = 1
ORDER BY project_id, metric
"""

# a project whose name another project also has gets a hint: its locality when the name lacks it, else
# its installed power, else its status; the project id when the hint still leaves two alike
DISPLAY_NAMES = """
SELECT p.*,
       count(*) OVER (PARTITION BY p.name) AS same_name,
       CASE
           WHEN p.locality IS NOT NULL AND strpos(lower(p.name), lower(p.locality)) = 0 THEN p.locality
           WHEN power.value IS NOT NULL THEN format('{:,.0f} MW', power.value)
           ELSE p.status
       END AS hint
FROM projects p
LEFT JOIN project_capacity power ON power.project_id = p.project_id AND power.metric = 'installed_power'
"""

INVESTMENT_COVERAGE = """
SELECT ip.project_id, i.investment_id, i.amount_usd, count(*) OVER (PARTITION BY i.investment_id) AS projects
FROM investment_projects ip JOIN investments i USING (investment_id)
"""


def _metric_columns() -> str:
    """value, basis, min and max per metric, e.g. installed_power_mw, installed_power_basis ..."""
    columns = []
    for metric, unit in METRIC_UNITS.items():
        suffix = "" if unit == "unit" else f"_{unit.lower()}"
        value = f"{metric}{suffix}" if suffix else metric
        for source, name in (
            ("value", value),
            ("basis", f"{metric}_basis"),
            ("min_value", f"{metric}_min{suffix}"),
            ("max_value", f"{metric}_max{suffix}"),
        ):
            columns.append(f"any_value({source}) FILTER (WHERE metric = '{metric}') AS {name}")
    return ",\n       ".join(columns)


def _role_columns() -> str:
    """One list of organisation names per role: developers, owners, ... partners."""
    return ",\n       ".join(
        f"coalesce(list(o.name ORDER BY o.name) FILTER (WHERE pp.role = '{role}'), []) AS {role}s"
        for role in ROLES
    )


PROJECT_SUMMARY = """
WITH display AS ({display_names}),
named AS (
    SELECT *, CASE WHEN same_name = 1 THEN name ELSE name || ' (' || hint || ')' END AS candidate FROM display
), capacity AS (
    SELECT project_id,
       {metric_columns}
    FROM project_capacity GROUP BY project_id
), roles AS (
    SELECT pp.project_id,
       {role_columns}
    FROM project_participants pp JOIN organisations o USING (org_id)
    GROUP BY pp.project_id
), coverage AS ({coverage}), money AS (
    SELECT project_id,
           sum(amount_usd) FILTER (WHERE projects = 1) AS investment_usd,
           count(*) FILTER (WHERE projects = 1) AS investments_alone,
           count(*) FILTER (WHERE projects > 1) AS investments_shared
    FROM coverage GROUP BY project_id
), reports AS (
    SELECT m.project_id, min(a.published_date) AS first_reported, max(a.published_date) AS last_reported,
           count(DISTINCT m.article_id) AS articles
    FROM project_mentions m JOIN articles a USING (article_id)
    GROUP BY m.project_id
)
SELECT n.project_id,
       CASE WHEN count(*) OVER (PARTITION BY n.candidate) = 1 THEN n.candidate
            ELSE n.name || ' (' || n.project_id || ')' END AS name,
       n.name AS reported_name, n.project_type, n.status, n.status_date, n.country, n.region, n.region_code,
       n.locality,
       c.* EXCLUDE (project_id),
       {roles},
       m.investment_usd, coalesce(m.investments_alone, 0) AS investments_alone,
       coalesce(m.investments_shared, 0) AS investments_shared,
       rep.first_reported, rep.last_reported, coalesce(rep.articles, 0) AS articles
FROM named n
LEFT JOIN capacity c USING (project_id)
LEFT JOIN roles r USING (project_id)
LEFT JOIN money m USING (project_id)
LEFT JOIN reports rep USING (project_id)
ORDER BY name
"""


def project_summary_sql() -> str:
    return PROJECT_SUMMARY.format(
        display_names=DISPLAY_NAMES,
        coverage=INVESTMENT_COVERAGE,
        metric_columns=_metric_columns(),
        role_columns=_role_columns(),
        roles=", ".join(f"coalesce(r.{role}s, []) AS {role}s" for role in ROLES),
    )


PROJECT_FACTS = """
WITH coverage AS (SELECT investment_id, count(*) AS projects FROM investment_projects GROUP BY ALL),
facts AS (
    SELECT project_id, 'mention' AS fact_type, mention_id AS fact_id, 'mentioned' AS detail,
           CAST(NULL AS DOUBLE) AS value, CAST(NULL AS VARCHAR) AS unit, article_id, evidence
    FROM project_mentions
    UNION ALL
    SELECT project_id, 'capacity', capacity_id,
           metric || ': ' || format('{:,.10g}', value) || ' ' || unit || ' (' || qualifier || ')',
           value_std, unit_std,
           article_id, evidence
    FROM capacities
    UNION ALL
    SELECT pp.project_id, 'participant', pp.org_id, pp.role || ': ' || o.name, NULL, NULL,
           pp.article_id, pp.evidence
    FROM project_participants pp JOIN organisations o USING (org_id)
    UNION ALL
    SELECT project_id, 'status', NULL, status, NULL, NULL, article_id, evidence
    FROM project_status_history
    UNION ALL
    SELECT ip.project_id, 'investment', i.investment_id,
           i.currency || ' ' || format('{:,.0f}', i.amount) || ' (' || i.qualifier || ')'
               || CASE WHEN cov.projects > 1 THEN ', shared by ' || cov.projects || ' projects' ELSE '' END,
           i.amount_usd, 'USD', i.article_id, i.evidence
    FROM investment_projects ip
    JOIN investments i USING (investment_id)
    JOIN coverage cov USING (investment_id)
)
SELECT f.project_id, s.name AS project_name, f.fact_type, f.fact_id, f.detail, f.value, f.unit,
       f.article_id, a.published_date, a.source, a.source_file, f.evidence
FROM facts f
JOIN project_summary s USING (project_id)
LEFT JOIN articles a USING (article_id)
ORDER BY project_name, f.project_id, a.published_date NULLS LAST, f.fact_type, f.fact_id, a.source_file,
         f.detail, f.evidence
"""

INVESTMENT_SUMMARY = """
WITH covered AS (
    SELECT ip.investment_id, count(*) AS project_count,
           list(s.name ORDER BY s.name) AS projects, list(ip.project_id ORDER BY s.name) AS project_ids
    FROM investment_projects ip JOIN project_summary s USING (project_id)
    GROUP BY ip.investment_id
)
SELECT i.investment_id, o.name AS investor, i.investor_org_id,
       i.amount, i.currency, i.amount_usd, i.qualifier,
       coalesce(c.project_count, 0) AS project_count,
       coalesce(c.projects, []) AS projects,
       coalesce(c.project_ids, []) AS project_ids,
       CASE WHEN c.project_count = 1 THEN c.project_ids[1] END AS sole_project_id,
       CASE coalesce(c.project_count, 0)
           WHEN 0 THEN 'no project named'
           WHEN 1 THEN 'one project'
           ELSE 'shared by ' || c.project_count || ' projects'
       END AS attribution,
       i.article_id, a.published_date, a.source, a.source_file, i.evidence
FROM investments i
LEFT JOIN organisations o ON o.org_id = i.investor_org_id
LEFT JOIN covered c USING (investment_id)
LEFT JOIN articles a ON a.article_id = i.article_id
ORDER BY i.amount_usd DESC NULLS LAST, i.investment_id
"""


def view_sql() -> dict[str, str]:
    """Each view's SELECT, in the order they must be created (later ones read earlier ones)."""
    return {
        "project_capacity": PROJECT_CAPACITY,
        "project_summary": project_summary_sql(),
        "project_facts": PROJECT_FACTS,
        "investment_summary": INVESTMENT_SUMMARY,
    }


def create_views(con: duckdb.DuckDBPyConnection, parquet_dir: Path) -> dict[str, int]:
    """Create every view in `con`'s database and write its rows to `parquet_dir/<view>.parquet`.

    Returns each view's row count (the rows COPY wrote: counting them again ran the view a second time).
    """
    counts = {}
    for name, sql in view_sql().items():
        con.execute(f'CREATE OR REPLACE VIEW "{name}" AS {sql}')
        target = str(parquet_dir / f"{name}.parquet").replace("'", "''")
        counts[name] = con.execute(
            f"COPY (SELECT * FROM \"{name}\") TO '{target}' (FORMAT parquet)"
        ).fetchone()[0]
    return counts


def describe_views(duckdb_path: Path) -> dict[str, tuple[list[tuple[str, str]], int]]:
    """Each published view's columns (name, DuckDB type) and row count, read from the file read-only."""
    with duckdb.connect(str(duckdb_path), read_only=True) as con:
        return {
            name: (
                [(column, kind) for column, kind, *_ in con.execute(f'DESCRIBE "{name}"').fetchall()],
                con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0],
            )
            for name in VIEW_NAMES
        }


def write_views(duckdb_path: Path, parquet_dir: Path) -> dict[str, int]:
    """`create_views` on the DuckDB file at `duckdb_path` (a new generation, not yet visible)."""
    con = duckdb.connect(str(duckdb_path))
    try:
        counts = create_views(con, parquet_dir)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return counts

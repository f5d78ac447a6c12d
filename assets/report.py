"""`report.html`: the charts an analyst looks at, rebuilt from the published warehouse on every run."""

from __future__ import annotations

import datetime as dt

import dagster as dg

from assets.resources import WarehousePaths
from pipelines.domain.publish.views import VIEW_NAMES
from pipelines.domain.publish.warehouse import DUCKDB_FILE
from pipelines.domain.report.page import REPORT_FILE, build_report

DRAWN_FILE = "charts.json"  # in the cache folder: the last report's charts (see `DrawnCharts`)


@dg.asset(group_name="publish", deps=list(VIEW_NAMES), kinds={"html"})
def report(paths: WarehousePaths) -> dg.MaterializeResult:
    """`report.html` in WAREHOUSE_DIR: capacity by region and type, projects by status, a timeline of reports,
    top organisations by role, open review items; each chart with its table; one file, no network."""
    now = dt.datetime.now(dt.UTC)
    result = build_report(
        paths.warehouse / DUCKDB_FILE, paths.warehouse / REPORT_FILE, now, paths.cache / DRAWN_FILE
    )
    return dg.MaterializeResult(
        metadata={
            "dagster/uri": result.path.as_uri(),
            "report": dg.MetadataValue.url(result.path.as_uri()),
            "path": dg.MetadataValue.path(str(result.path)),
            "rows per chart": dg.MetadataValue.json(result.charts),
        }
    )

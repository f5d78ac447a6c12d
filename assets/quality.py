"""Non-blocking, warn-level checks on the published warehouse: what an analyst should look at."""

from __future__ import annotations

import dagster as dg

from assets.metadata import markdown_preview
from assets.resources import WarehousePaths
from pipelines.domain.publish.quality import FINDINGS, find
from pipelines.domain.publish.warehouse import DUCKDB_FILE

LISTED_ROWS = 50


@dg.multi_asset_check(
    specs=[
        dg.AssetCheckSpec(name, asset=asset, blocking=False, description=description)
        for name, (asset, description, _) in FINDINGS.items()
    ]
)
def quality_checks(paths: WarehousePaths):
    """One result per finding, read from the published file (one step for all of them)."""
    for name, (asset, _, _) in FINDINGS.items():
        finding = find(paths.warehouse / DUCKDB_FILE, name)
        yield dg.AssetCheckResult(
            asset_key=asset,
            check_name=name,
            passed=finding.ok,
            severity=dg.AssetCheckSeverity.WARN,
            description=finding.summary,
            metadata={
                "rows": len(finding.rows),
                "look at": dg.MetadataValue.md(markdown_preview(finding.rows, rows=LISTED_ROWS)),
            },
        )

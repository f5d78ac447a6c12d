"""Non-blocking, warn-level checks on the published warehouse: what an analyst should look at."""

from __future__ import annotations

import dagster as dg

from assets.metadata import markdown_preview
from assets.resources import WarehousePaths
from pipelines.domain.publish.quality import FINDINGS, find
from pipelines.domain.publish.warehouse import DUCKDB_FILE

LISTED_ROWS = 50


def quality_check(name: str) -> dg.AssetChecksDefinition:
    asset, description, _ = FINDINGS[name]

    @dg.asset_check(asset=asset, name=name, blocking=False, description=description)
    def check(paths: WarehousePaths) -> dg.AssetCheckResult:
        finding = find(paths.warehouse / DUCKDB_FILE, name)
        return dg.AssetCheckResult(
            passed=finding.ok,
            severity=dg.AssetCheckSeverity.WARN,
            description=finding.summary,
            metadata={
                "rows": len(finding.rows),
                "look at": dg.MetadataValue.md(markdown_preview(finding.rows, rows=LISTED_ROWS)),
            },
        )

    return check


quality_checks = [quality_check(name) for name in FINDINGS]

"""The views the `warehouse` asset creates in the published file, shown as assets of their own."""

from __future__ import annotations

from collections.abc import Iterator

import dagster as dg

from assets.metadata import published_metadata
from assets.resources import WarehousePaths
from pipelines.domain.publish.views import VIEWS, describe_views
from pipelines.domain.publish.warehouse import DUCKDB_FILE


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            name, deps=["warehouse"], group_name="publish", kinds={"duckdb", "parquet"}, description=text
        )
        for name, text in VIEWS.items()
    ]
)
def warehouse_views(paths: WarehousePaths) -> Iterator[dg.MaterializeResult]:
    """Reads back each view published with the tables: where it is, its rows and its columns."""
    for name, (columns, rows) in describe_views(paths.warehouse / DUCKDB_FILE).items():
        metadata = published_metadata(name, columns, rows, paths.warehouse)
        yield dg.MaterializeResult(asset_key=name, metadata=metadata)

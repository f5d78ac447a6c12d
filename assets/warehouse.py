"""The published warehouse: DuckDB + Parquet, switched in atomically once every blocking check passed."""

from __future__ import annotations

import dagster as dg
import pandas as pd

from assets.resources import WarehousePaths
from pipelines.domain.publish.warehouse import publish_tables
from pipelines.domain.validate.schemas import PUBLISHED_TABLES


@dg.asset(
    group_name="publish",
    ins={name: dg.AssetIn(name) for name in PUBLISHED_TABLES},
    kinds={"duckdb", "parquet"},
)
def warehouse(paths: WarehousePaths, **tables: pd.DataFrame) -> dg.MaterializeResult:
    """`energy.duckdb` (tables and views) and `parquet/<table>.parquet` in WAREHOUSE_DIR, switched in
    together as one publication."""
    result = publish_tables(paths.warehouse, tables)
    return dg.MaterializeResult(
        metadata={
            "dagster/uri": result.duckdb_path.as_uri(),
            "publication": result.publication_id,
            "switched": result.switched,
            "duckdb": dg.MetadataValue.path(str(result.duckdb_path)),
            "parquet": dg.MetadataValue.path(str(result.parquet_dir)),
            "rows": dg.MetadataValue.json(result.row_counts),
        }
    )

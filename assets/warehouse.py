"""The published warehouse: DuckDB + Parquet, swapped in atomically once every blocking check passed."""

from __future__ import annotations

import dagster as dg
import pandas as pd

from assets.resources import WarehousePaths
from pipelines.domain.publish.warehouse import PARQUET_LINK, publish_tables
from pipelines.domain.validate.schemas import PUBLISHED_TABLES


@dg.asset(
    group_name="publish",
    ins={name: dg.AssetIn(name) for name in PUBLISHED_TABLES},
    kinds={"duckdb", "parquet"},
)
def warehouse(paths: WarehousePaths, **tables: pd.DataFrame) -> dg.MaterializeResult:
    """`energy.duckdb` (tables and views) and `parquet/<table>.parquet` in WAREHOUSE_DIR."""
    result = publish_tables(paths.warehouse, tables)
    return dg.MaterializeResult(
        metadata={
            "dagster/uri": result.duckdb_path.as_uri(),
            "duckdb": dg.MetadataValue.path(str(result.duckdb_path)),
            "parquet": dg.MetadataValue.path(str(paths.warehouse / PARQUET_LINK)),
            "rows": dg.MetadataValue.json(result.row_counts),
        }
    )

"""Dagster metadata for table-valued assets: where they are published, rows, columns described as in the
contract, a short preview."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import dagster as dg
import pandas as pd

from pipelines.domain.markdown import markdown_table
from pipelines.domain.publish.contract import Descriptions, column_descriptions
from pipelines.domain.publish.views import VIEW_NAMES
from pipelines.domain.publish.warehouse import DUCKDB_FILE, PARQUET_DIR
from pipelines.domain.report.page import REPORT_FILE
from pipelines.domain.validate.schemas import PUBLISHED_TABLES, arrow_schema
from pipelines.settings import CONTRACT_DOCS

PREVIEW_ROWS = 5
PREVIEW_CHARS = 60
CATALOG = Path(DUCKDB_FILE).stem  # DuckDB names a database file's catalog after the file


@cache
def descriptions() -> Descriptions:
    return column_descriptions(*CONTRACT_DOCS)


def table_metadata(name: str, frame: pd.DataFrame, warehouse_dir: Path) -> dict[str, object]:
    """A published table's metadata, from the frame about to be published."""
    columns = [(field.name, str(field.type)) for field in arrow_schema(name, frame)]
    return {
        **published_metadata(name, columns, len(frame), warehouse_dir),
        "preview": dg.MetadataValue.md(markdown_preview(frame)),
    }


def published_metadata(
    name: str, columns: list[tuple[str, str]], rows: int, warehouse_dir: Path
) -> dict[str, object]:
    """Where table or view `name` is published (its Parquet file, its name in the DuckDB file), its rows, and
    its columns with their type and the contract's description."""
    described = descriptions().get(name, {})
    schema = [
        dg.TableColumn(column, kind, description=described.get(column) or None) for column, kind in columns
    ]
    return {
        **published_location(name, warehouse_dir),
        "dagster/row_count": rows,
        "dagster/column_schema": dg.TableSchema(columns=schema),
        "duckdb": dg.MetadataValue.path(str(warehouse_dir / DUCKDB_FILE)),
    }


def published_location(name: str, warehouse_dir: Path) -> dict[str, str]:
    """Table or view `name`'s Parquet file and its name in the DuckDB file."""
    return {
        "dagster/uri": (warehouse_dir / PARQUET_DIR / f"{name}.parquet").as_uri(),
        "dagster/table_name": f"{CATALOG}.main.{name}",
    }


def with_published_location(spec: dg.AssetSpec, warehouse_dir: Path) -> dg.AssetSpec:
    """`spec` with where its asset is published in its definition's metadata, so the UI shows it before
    (and whatever) a run materialises."""
    name = spec.key.to_user_string()
    files = {"warehouse": warehouse_dir / DUCKDB_FILE, "report": warehouse_dir / REPORT_FILE}
    if name in files:
        return spec.merge_attributes(metadata={"dagster/uri": files[name].as_uri()})
    if name in (*PUBLISHED_TABLES, *VIEW_NAMES):
        return spec.merge_attributes(metadata=published_location(name, warehouse_dir))
    return spec


def markdown_preview(frame: pd.DataFrame, rows: int = PREVIEW_ROWS) -> str:
    """First rows as markdown, long cells shortened."""
    if frame.empty:
        return "(no rows)"
    return markdown_table(frame.head(rows).map(_short))


def _short(value: object) -> str:
    text = "" if value is None or value is pd.NaT else str(value)
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 3] + "..."

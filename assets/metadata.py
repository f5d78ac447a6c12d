"""Dagster metadata for table-valued assets: where they are published, rows, columns described as in the
contract, a short preview."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import dagster as dg
import pandas as pd

from pipelines.domain.publish.contract import Descriptions, column_descriptions
from pipelines.domain.publish.warehouse import DUCKDB_FILE, PARQUET_LINK
from pipelines.domain.validate.schemas import arrow_schema
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
        "dagster/uri": (warehouse_dir / PARQUET_LINK / f"{name}.parquet").as_uri(),
        "dagster/table_name": f"{CATALOG}.main.{name}",
        "dagster/row_count": rows,
        "dagster/column_schema": dg.TableSchema(columns=schema),
        "duckdb": dg.MetadataValue.path(str(warehouse_dir / DUCKDB_FILE)),
    }


def markdown_preview(frame: pd.DataFrame, rows: int = PREVIEW_ROWS) -> str:
    """First rows as markdown, long cells shortened."""
    if frame.empty:
        return "(no rows)"
    return frame.head(rows).map(_short).to_markdown(index=False)


def _short(value: object) -> str:
    text = "" if value is None or value is pd.NaT else str(value)
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 3] + "..."

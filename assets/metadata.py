"""Dagster metadata for table-valued assets: row count, column schema, a short preview."""

from __future__ import annotations

import dagster as dg
import pandas as pd

from pipelines.domain.markdown import markdown_table
from pipelines.domain.validate.schemas import arrow_schema

PREVIEW_ROWS = 5
PREVIEW_CHARS = 60


def table_metadata(name: str, frame: pd.DataFrame) -> dict[str, object]:
    columns = [dg.TableColumn(field.name, str(field.type)) for field in arrow_schema(name, frame)]
    return {
        "dagster/row_count": len(frame),
        "dagster/column_schema": dg.TableSchema(columns=columns),
        "preview": dg.MetadataValue.md(markdown_preview(frame)),
    }


def markdown_preview(frame: pd.DataFrame, rows: int = PREVIEW_ROWS) -> str:
    """First rows as markdown, long cells shortened."""
    if frame.empty:
        return "(no rows)"
    return markdown_table(frame.head(rows).map(_short))


def _short(value: object) -> str:
    text = "" if value is None or value is pd.NaT else str(value)
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 3] + "..."

"""Markdown tables for Dagster metadata, safe for any cell text (file names with `|` or line breaks)."""

from __future__ import annotations

import pandas as pd


def markdown_table(frame: pd.DataFrame, index: bool = False) -> str:
    """`frame` as a Markdown table; `|` is escaped and a line break shown as `\\n`, so every row stays one
    table row and every cell in its column."""
    return frame.map(_cell).to_markdown(index=index)


def _cell(value: object) -> object:
    if not isinstance(value, str):
        return value
    return (
        value.replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )

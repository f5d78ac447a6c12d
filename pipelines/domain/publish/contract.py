"""Column descriptions read from the warehouse contract, so the UI and the report say what the docs say.

Two forms are read: a table row `` | `table` | `column` (description), `column` ... | `` (the contract's
tables, the architecture's extra columns) and, under a heading `` ### `view` ``, bullets
`` - `column` (TYPE): description `` (the contract's views).
"""

from __future__ import annotations

import re
from pathlib import Path

TABLE_ROW = re.compile(r"^\|\s*`(\w+)`\s*\|(.*)\|\s*$")
COLUMN_ITEM = re.compile(r"`(\w+)`(?:\s*\(((?:[^()]|\([^()]*\))*)\))?")
VIEW_HEADING = re.compile(r"^###\s*`(\w+)`")
VIEW_COLUMN = re.compile(r"^-\s*`(\w+)`\s*\([^)]*\):\s*(.+)$")

Descriptions = dict[str, dict[str, str]]  # table or view -> column -> description


def column_descriptions(*docs: Path) -> Descriptions:
    """Every column the documents describe, per table or view; a table's column listed without a
    description takes the one another table gives its name (e.g. `project_id` from `projects`)."""
    tables: Descriptions = {}
    views: Descriptions = {}
    for doc in docs:
        _read(doc.read_text(encoding="utf-8"), tables, views)
    by_name: dict[str, str] = {}
    for columns in tables.values():
        for column, text in columns.items():
            if text:
                by_name.setdefault(column, text)
    filled = {
        table: {column: text or by_name.get(column, "") for column, text in columns.items()}
        for table, columns in tables.items()
    }
    return filled | views


def _read(markdown: str, tables: Descriptions, views: Descriptions) -> None:
    view = None
    for line in markdown.splitlines():
        if row := TABLE_ROW.match(line):
            columns = tables.setdefault(row.group(1), {})
            for item in COLUMN_ITEM.finditer(row.group(2)):
                columns.setdefault(item.group(1), (item.group(2) or "").strip())
        elif heading := VIEW_HEADING.match(line):
            view = heading.group(1)
        elif view and (bullet := VIEW_COLUMN.match(line)):
            views.setdefault(view, {}).setdefault(bullet.group(1), bullet.group(2).strip())
        elif line.startswith("#"):
            view = None

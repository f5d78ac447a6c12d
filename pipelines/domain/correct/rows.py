"""A row is no fact (drop: the row and the rows that refer to it are not published), or a field has another
value (set), applied to the reconciled tables. A target that is not there is listed with the reason."""

from __future__ import annotations

import pandas as pd

from pipelines.domain.correct.files import Correction
from pipelines.domain.correct.journal import Journal
from pipelines.domain.reference import Reference
from pipelines.domain.validate.quarantine import row_keys
from pipelines.domain.validate.schemas import FOREIGN_KEYS, MAX_VALUE_STD, METRIC_UNITS

Tables = dict[str, pd.DataFrame]
Gone = dict[tuple[str, str], str]  # (table, row key) -> why that row is not in the tables (merged, dropped)


def where(correction: Correction) -> str:
    return f"{correction.correction_id} ({correction.file}:{correction.line})"


def _find(tables: Tables, table: str, key: str) -> pd.Index:
    frame = tables[table]
    return frame.index[pd.Series(row_keys(table, frame), index=frame.index, dtype=object).eq(key)]


def drop_rows(tables: Tables, drops: list[Correction], journal: Journal, gone: Gone) -> Tables:
    """Remove each row dropped, and the rows that refer to it (a dropped project's mentions, capacities,
    participants, statuses and links to investments; a dropped investment's links)."""
    out = dict(tables)
    for drop in drops:
        table, key = drop["table_name"], drop["row_key"]
        found = _find(out, table, key)
        if found.empty:
            journal.unapplied(drop, gone.get((table, key), f"no {table} row {key}"))
            continue
        journal.changed(drop, table, key, None, None, None)
        out[table] = out[table].drop(index=found)
        gone[(table, key)] = f"dropped by {where(drop)}"
        for child, column, parent, _ in FOREIGN_KEYS:
            if parent == table and child != table and child in out:
                refers = out[child][column].eq(key)
                for child_key in row_keys(child, out[child][refers]):
                    journal.changed(drop, child, child_key, column, key, None)
                    gone[(child, child_key)] = f"dropped with {table} {key} by {where(drop)}"
                out[child] = out[child][~refers]
    return {name: frame.reset_index(drop=True) for name, frame in out.items()}


def set_values(
    tables: Tables, sets: list[Correction], journal: Journal, gone: Gone, ref: Reference
) -> Tables:
    """Set each field; two corrections giving one field two values contradict each other: neither applies."""
    out = dict(tables)
    for correction in _agreeing(sets, journal):
        table, key, column = correction["table_name"], correction["row_key"], correction["field"]
        found = _find(out, table, key)
        if found.empty:
            journal.unapplied(correction, gone.get((table, key), f"no {table} row {key}"))
            continue
        row = out[table].loc[found[0]]
        change = new_values(correction, row, set(out["organisations"]["org_id"]), ref, gone)
        if isinstance(change, str):
            journal.unapplied(correction, change)
            continue
        frame = out[table].copy()
        for name, value in change.items():
            frame.at[found[0], name] = value
        new_key = row_keys(table, frame.loc[found[:1]])[0]
        journal.changed(correction, table, new_key, column, row[column], change[column])
        out[table] = frame
    keys = ["project_id", "org_id", "role"]  # a role set to one the organisation already has: one row
    out["project_participants"] = out["project_participants"].drop_duplicates(keys).reset_index(drop=True)
    return out


def _agreeing(sets: list[Correction], journal: Journal) -> list[Correction]:
    by_target: dict[tuple[str, str, str], list[Correction]] = {}
    for correction in sets:
        by_target.setdefault(
            (correction["table_name"], correction["row_key"], correction["field"]), []
        ).append(correction)
    usable = []
    for (table, key, column), rows in by_target.items():
        values = sorted({row["value"] for row in rows})
        if len(values) == 1:
            usable += rows
            continue
        lines = ", ".join(f"'{row['value']}' at {row.file}:{row.line}" for row in rows)
        for row in rows:
            journal.unapplied(row, f"contradicting values for {table} {key} {column}: {lines}")
    return sorted(usable, key=lambda row: (row.file, row.line))


def new_values(
    correction: Correction, row: pd.Series, org_ids: set[str], ref: Reference, gone: Gone | None = None
) -> dict | str:
    """The columns a `set_values` correction sets in `row` (a region sets its code, a status its date, a
    metric its unit), or why it cannot."""
    column, value = correction["field"], correction["value"]
    if column == "region":
        code = ref.region_code.get((row["country"], value))
        if value and code is None:
            return f"'{value}' is not a region of {row['country']} in seeds/reference/regions.csv"
        return {"region": value or None, "region_code": code}
    if column == "status":
        return {"status": value, "status_date": correction.when}
    if column == "metric":
        return {"metric": value, "unit_std": METRIC_UNITS[value]}
    if column == "value_std":
        limit = MAX_VALUE_STD.get(row["metric"], float("inf"))
        return (
            {"value_std": float(value)}
            if float(value) <= limit
            else f"{value} is above {limit:g} for {row['metric']}"
        )
    if column == "investor_org_id" and value and value not in org_ids:
        return (gone or {}).get(("organisations", value), f"no organisation {value}")
    return {column: value or None}

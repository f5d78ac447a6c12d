"""Checks of a new correction before it is written (`python -m pipelines.correct`): its ids name rows of the
published warehouse, its value fits, and it neither repeats nor contradicts a correction already made."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from pipelines.domain.correct.files import Correction, CorrectionSet
from pipelines.domain.correct.rows import new_values
from pipelines.domain.reconcile.organisations import folded_name
from pipelines.domain.reference import Reference
from pipelines.domain.validate.quarantine import row_keys

Published = Callable[[str], pd.DataFrame]  # table name -> the published table


def published_problem(row: Correction, published: Published, ref: Reference) -> str | None:
    """What in the published warehouse stands against `row`; None when its targets are there."""
    check = {
        "merge_projects": lambda: _missing(published, "projects", row.pair),
        "split_projects": lambda: _split_problem(row, published),
        "drop_rows": lambda: _missing(published, row["table_name"], [row["row_key"]]),
        "set_values": lambda: (
            _missing(published, row["table_name"], [row["row_key"]]) or _value_problem(row, published, ref)
        ),
        "merge_organisations": lambda: _missing(published, "organisations", row.pair),
        "split_organisations": lambda: _alias_problem(row, published),
    }[row.kind]
    return check()


def conflict(row: Correction, existing: CorrectionSet) -> str | None:
    """An earlier correction saying the same, or saying otherwise about the same target."""
    for earlier in (e for e in existing.rows if e.kind == row.kind):
        where = f"line {earlier.line} of {earlier.file}"
        if earlier.values == row.values:
            return f"{where} says the same already"
        if row.kind == "set_values" and _same_field(earlier, row):
            return f"{where} sets it to '{earlier['value']}': change or remove that line instead"
        if row.kind in ("merge_projects", "merge_organisations") and earlier.pair[0] == row.pair[0]:
            return f"{where} merges {row.pair[0]} into {earlier.pair[1]} already"
    return None


def _same_field(a: Correction, b: Correction) -> bool:
    return all(a[c] == b[c] for c in ("table_name", "row_key", "field"))


def _missing(published: Published, table: str, keys: list[str] | tuple[str, ...]) -> str | None:
    known = set(row_keys(table, published(table)))
    absent = [key for key in keys if key not in known]
    return f"no {table} row {', '.join(absent)} in the published warehouse" if absent else None


def _split_problem(row: Correction, published: Published) -> str | None:
    mentions = published("project_mentions")
    own = mentions[mentions["project_id"] == row["project_id"]]
    if own.empty:
        return f"no project {row['project_id']} in the published warehouse"
    column, value = (
        ("mention_id", row["mention_id"]) if row["mention_id"] else ("article_id", row["article_id"])
    )
    chosen = own[own[column] == value]
    if chosen.empty:
        return f"project {row['project_id']} has no mention with {column} {value}"
    if len(chosen) == len(own):
        return "that is every mention of the project: to rename it, set its name"
    return None


def _value_problem(row: Correction, published: Published, ref: Reference) -> str | None:
    table = row["table_name"]
    frame = published(table)
    target = frame[pd.Series(row_keys(table, frame), index=frame.index).eq(row["row_key"])].iloc[0]
    change = new_values(row, target, set(published("organisations")["org_id"]), ref)
    return change if isinstance(change, str) else None


def _alias_problem(row: Correction, published: Published) -> str | None:
    organisations = published("organisations")
    found = organisations[organisations["org_id"] == row["org_id"]]
    if found.empty:
        return f"no organisation {row['org_id']} in the published warehouse"
    names = {folded_name(name) for name in found["aliases"].iloc[0]}
    return (
        None if folded_name(row["alias"]) in names else f"'{row['alias']}' is not a name of {row['org_id']}"
    )

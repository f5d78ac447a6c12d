"""Quarantine, not blockage: rows that break a content rule are set aside, the rest is published.

A content rule is any check of a row's values (vocabularies, ranges, finite numbers, a region inside its
country, non-blank text). Such a row is removed from its table and listed in `quarantined_rows` with the
rule it broke; rows that refer to it (a capacity of a quarantined project) follow it there. Structural
failures (a missing column, a wrong type, a duplicate or malformed key) are left in place: the blocking
checks then stop the publish and the last warehouse stays.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pandera.pandas as pa

from pipelines.domain.validate.schemas import FOREIGN_KEYS, ROW_KEYS, SCHEMAS

QUARANTINE_TABLE = "quarantined_rows"
QUARANTINE_COLUMNS = ["table_name", "row_key", "rule", "value", "article_id", "source_file", "evidence"]
# pandera checks that say the table's shape or keys are wrong: these block, they are never quarantined
STRUCTURAL_CHECKS = (
    "column_in_dataframe",
    "column_in_schema",
    "dtype(",
    "coerce_dtype(",
    "field_uniqueness",
    "multiple_fields_uniqueness",
)
# id columns: unique ones and both ends of every foreign key; any failure there is structural
KEY_COLUMNS = {
    name: {column for column, spec in model.to_schema().columns.items() if spec.unique}
    | {c for child, c, *_ in FOREIGN_KEYS if child == name}
    | {pc for _, _, parent, pc in FOREIGN_KEYS if parent == name}
    for name, model in SCHEMAS.items()
}


@dataclass(frozen=True)
class Quarantined:
    tables: dict[str, pd.DataFrame]  # the tables to publish, quarantined rows removed
    rows: pd.DataFrame  # QUARANTINE_COLUMNS, one row per (row set aside, rule it broke)


def quarantine(tables: dict[str, pd.DataFrame]) -> Quarantined:
    """Set aside every row that breaks a content rule, and every row that refers to one."""
    kept, found = {}, []
    for name, frame in tables.items():
        broken = content_failures(name, frame)
        found.append(describe(name, frame, broken))
        kept[name] = frame.drop(index=broken["index"].unique()).reset_index(drop=True)
    found += follow_references(tables, kept)
    rows = pd.concat([f for f in found if len(f)] or [found[0]], ignore_index=True)
    return Quarantined(kept, with_sources(rows, tables)[QUARANTINE_COLUMNS])


def content_failures(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Failures of content rules in `frame`: index (row label), rule, value."""
    try:
        SCHEMAS[name].validate(frame, lazy=True)
    except pa.errors.SchemaErrors as err:
        cases = err.failure_cases
    else:
        return pd.DataFrame(columns=["index", "rule", "value"])
    structural = cases["check"].astype(str).str.startswith(STRUCTURAL_CHECKS) | cases["index"].isna()
    on_key = cases["schema_context"].eq("Column") & cases["column"].isin(KEY_COLUMNS.get(name, set()))
    content = cases[~structural & ~on_key]
    per_column = content["schema_context"].eq("Column")
    rule = content["check"].astype(str).where(~per_column, content["column"] + ": " + content["check"])
    value = content["failure_case"].astype(str).where(per_column, None)
    found = pd.DataFrame({"index": content["index"], "rule": rule, "value": value})
    return found.drop_duplicates(["index", "rule"]).reset_index(drop=True)


def describe(table: str, frame: pd.DataFrame, broken: pd.DataFrame) -> pd.DataFrame:
    """Quarantine rows for the rows of `frame` named in `broken` (index, rule, value)."""
    rows = frame.loc[broken["index"]]
    return pd.DataFrame(
        {
            "table_name": table,
            "row_key": row_keys(table, rows),
            "rule": broken["rule"].to_numpy(),
            "value": broken["value"].to_numpy(),
            "article_id": _column(rows, "article_id"),
            "evidence": _column(rows, "evidence"),
        },
        columns=[c for c in QUARANTINE_COLUMNS if c != "source_file"],
    )


def follow_references(original: dict[str, pd.DataFrame], kept: dict[str, pd.DataFrame]) -> list[pd.DataFrame]:
    """Move rows that refer to a quarantined row into quarantine too (updates `kept` in place)."""
    found, changed = [], True
    while changed:
        changed = False
        for child, column, parent, parent_column in FOREIGN_KEYS:
            if child not in kept or parent not in kept:
                continue
            gone = set(original[parent][parent_column].dropna()) - set(kept[parent][parent_column].dropna())
            orphan = kept[child][column].isin(gone)
            if not orphan.any():
                continue
            rows = kept[child][orphan]
            rule = f"refers to a quarantined {parent} row ({column})"
            broken = pd.DataFrame({"index": rows.index, "rule": rule, "value": rows[column].astype(str)})
            found.append(describe(child, kept[child], broken))
            kept[child] = kept[child][~orphan].reset_index(drop=True)
            changed = True
    return found


def row_keys(table: str, rows: pd.DataFrame) -> list[str]:
    """Each row's key in words: its id, or its key columns joined with '/'."""
    columns = list(ROW_KEYS[table])
    return ["/".join(map(str, values)) for values in rows[columns].itertuples(index=False)]


def _column(rows: pd.DataFrame, name: str) -> list[object]:
    return rows[name].tolist() if name in rows else [None] * len(rows)


def with_sources(rows: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """A quarantined project gets the article and sentence of its first mention; every row with an
    article gets that article's file name, so a person knows which file to look at."""
    mentions = tables.get("project_mentions", pd.DataFrame(columns=["project_id", "article_id", "evidence"]))
    first = mentions.drop_duplicates("project_id").set_index("project_id")
    is_project = rows["table_name"].eq("projects")
    for column in ("article_id", "evidence"):
        looked_up = rows["row_key"].map(first[column]).where(is_project)
        rows[column] = rows[column].where(rows[column].notna(), looked_up)
    articles = tables.get("articles", pd.DataFrame(columns=["article_id", "source_file"]))
    sources = dict(zip(articles["article_id"], articles["source_file"], strict=True))
    rows["source_file"] = rows["article_id"].map(sources)
    return rows.astype(object).where(rows.notna(), None)


def quarantine_lines(rows: pd.DataFrame, limit: int) -> list[str]:
    """The first `limit` quarantined rows in words: table, key, rule, value and file."""
    lines = []
    for row in rows.head(limit).itertuples(index=False):
        value = f" ({row.value})" if row.value is not None else ""
        where = f" in {row.source_file}" if row.source_file is not None else ""
        lines.append(f"{row.table_name} {row.row_key}: {row.rule}{value}{where}")
    return lines

"""Checks: each table against its pandera model and foreign keys across tables (blocking), and warn-level
checks listing the rows set aside in `quarantined_rows` and the corrections not applied (`stale_corrections`);
these never block the publish."""

from __future__ import annotations

import dagster as dg
import pandas as pd

from pipelines.domain.correct import STALE_TABLE
from pipelines.domain.markdown import markdown_table
from pipelines.domain.validate.quarantine import QUARANTINE_TABLE
from pipelines.domain.validate.schemas import (
    CORRECTION_TABLES,
    FOREIGN_KEYS,
    PUBLISHED_TABLES,
    SCHEMAS,
    check_foreign_keys,
    failures_markdown,
    validation_failures,
)

FK_CHILD_TABLES = tuple(dict.fromkeys(child for child, *_ in FOREIGN_KEYS))
FK_TABLES = tuple(
    name
    for name in PUBLISHED_TABLES
    if name not in {"rejected_articles", QUARANTINE_TABLE, *CORRECTION_TABLES}
)
SHOWN_ROWS = 50


@dg.multi_asset_check(
    specs=[
        dg.AssetCheckSpec(
            "schema", asset=name, blocking=True, description=f"`{name}` matches {SCHEMAS[name].__name__}"
        )
        for name in PUBLISHED_TABLES
    ],
    ins={name: dg.AssetIn(name) for name in PUBLISHED_TABLES},
)
def schema_checks(**tables: pd.DataFrame):
    """One result per table: the rows that break its model (one step for every table)."""
    for name, frame in tables.items():
        failures = validation_failures(name, frame)
        metadata = {"failures": len(failures)}
        if len(failures):
            metadata["why"] = dg.MetadataValue.md(failures_markdown(failures, frame))
        yield dg.AssetCheckResult(
            asset_key=name, check_name="schema", passed=failures.empty, metadata=metadata
        )


@dg.multi_asset_check(
    specs=[
        dg.AssetCheckSpec(
            "foreign_keys",
            asset=name,
            blocking=True,
            description="every id refers to an existing row",
            additional_deps=[other for other in FK_TABLES if other != name],
        )
        for name in FK_CHILD_TABLES
    ],
    ins={name: dg.AssetIn(name) for name in FK_TABLES},
)
def foreign_key_checks(**tables: pd.DataFrame):
    """One result per child table: values with no parent row."""
    violations = check_foreign_keys(tables)
    for name in FK_CHILD_TABLES:
        own = violations[violations["child_table"] == name]
        metadata = {"violations": len(own)}
        if len(own):
            metadata["missing"] = dg.MetadataValue.md(markdown_table(own.head(SHOWN_ROWS)))
        yield dg.AssetCheckResult(
            asset_key=name, check_name="foreign_keys", passed=own.empty, metadata=metadata
        )


@dg.asset_check(
    asset=QUARANTINE_TABLE,
    name="nothing_set_aside",
    blocking=False,
    description="rows that broke a content rule and were not published (warns, never blocks)",
)
def quarantine_check(quarantined_rows: pd.DataFrame) -> dg.AssetCheckResult:
    counts = quarantined_rows.groupby(["table_name", "rule"]).size().rename("rows").reset_index()
    tables = ", ".join(f"{table} {n}" for table, n in quarantined_rows["table_name"].value_counts().items())
    return warning(
        quarantined_rows,
        f"{len(quarantined_rows)} rows broke a content rule and were not published ({tables})",
        "every row met the content rules",
        by_rule=counts,
        set_aside=quarantined_rows.head(SHOWN_ROWS),
    )


@dg.asset_check(
    asset=STALE_TABLE,
    name="every_correction_applied",
    blocking=False,
    description="corrections not applied: their target is gone, they contradict another, or they cannot be "
    "read (warns, never blocks)",
)
def stale_corrections_check(stale_corrections: pd.DataFrame) -> dg.AssetCheckResult:
    return warning(
        stale_corrections,
        f"{len(stale_corrections)} corrections were not applied (see stale_corrections)",
        "every correction was applied",
        not_applied=stale_corrections[["file", "line", "kind", "target", "reason"]].head(SHOWN_ROWS),
    )


def warning(rows: pd.DataFrame, problem: str, fine: str, **listed: pd.DataFrame) -> dg.AssetCheckResult:
    """A warn-level result: passed when there are no `rows`, else `problem`, with `listed` in its metadata."""
    metadata: dict[str, object] = {"rows": len(rows)}
    if len(rows):
        metadata |= {key: dg.MetadataValue.md(markdown_table(frame)) for key, frame in listed.items()}
    return dg.AssetCheckResult(
        passed=rows.empty,
        severity=dg.AssetCheckSeverity.WARN,
        description=problem if len(rows) else fine,
        metadata=metadata,
    )

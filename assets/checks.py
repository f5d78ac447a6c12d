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


def schema_check(name: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(
        asset=name, name="schema", blocking=True, description=f"`{name}` matches {SCHEMAS[name].__name__}"
    )
    def check(frame: pd.DataFrame) -> dg.AssetCheckResult:
        failures = validation_failures(name, frame)
        metadata = {"failures": len(failures)}
        if len(failures):
            metadata["why"] = dg.MetadataValue.md(failures_markdown(failures, frame))
        return dg.AssetCheckResult(passed=failures.empty, metadata=metadata)

    return check


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
    metadata = {"rows": len(quarantined_rows)}
    if len(quarantined_rows):
        metadata["by_rule"] = dg.MetadataValue.md(markdown_table(counts))
        metadata["set_aside"] = dg.MetadataValue.md(markdown_table(quarantined_rows.head(SHOWN_ROWS)))
    tables = ", ".join(f"{table} {n}" for table, n in quarantined_rows["table_name"].value_counts().items())
    return dg.AssetCheckResult(
        passed=quarantined_rows.empty,
        severity=dg.AssetCheckSeverity.WARN,
        description=f"{len(quarantined_rows)} rows broke a content rule and were not published ({tables})"
        if len(quarantined_rows)
        else "every row met the content rules",
        metadata=metadata,
    )


@dg.asset_check(
    asset=STALE_TABLE,
    name="every_correction_applied",
    blocking=False,
    description="corrections not applied: their target is gone, they contradict another, or they cannot be "
    "read (warns, never blocks)",
)
def stale_corrections_check(stale_corrections: pd.DataFrame) -> dg.AssetCheckResult:
    listed = stale_corrections[["file", "line", "kind", "target", "reason"]].head(SHOWN_ROWS)
    metadata = {"rows": len(stale_corrections)}
    if len(stale_corrections):
        metadata["not_applied"] = dg.MetadataValue.md(markdown_table(listed))
    return dg.AssetCheckResult(
        passed=stale_corrections.empty,
        severity=dg.AssetCheckSeverity.WARN,
        description=f"{len(stale_corrections)} corrections were not applied (see stale_corrections)"
        if len(stale_corrections)
        else "every correction was applied",
        metadata=metadata,
    )


schema_checks = [schema_check(name) for name in PUBLISHED_TABLES]

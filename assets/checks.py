"""Blocking checks: each table against its pandera model, and foreign keys across tables."""

from __future__ import annotations

import dagster as dg
import pandas as pd

from pipelines.domain.validate.schemas import (
    FOREIGN_KEYS,
    PUBLISHED_TABLES,
    SCHEMAS,
    check_foreign_keys,
    failures_markdown,
    validation_failures,
)

FK_CHILD_TABLES = tuple(dict.fromkeys(child for child, *_ in FOREIGN_KEYS))
FK_TABLES = tuple(name for name in PUBLISHED_TABLES if name != "rejected_articles")


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
            metadata["missing"] = dg.MetadataValue.md(own.head(50).to_markdown(index=False))
        yield dg.AssetCheckResult(
            asset_key=name, check_name="foreign_keys", passed=own.empty, metadata=metadata
        )


schema_checks = [schema_check(name) for name in PUBLISHED_TABLES]

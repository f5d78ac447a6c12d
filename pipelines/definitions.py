"""Dagster definitions: the code location loaded by `make dev` (workspace.yaml) and `make run`."""

from __future__ import annotations

import dagster as dg

from assets.articles import article_extractions, raw_articles, rejected_articles
from assets.checks import foreign_key_checks, quarantine_check, schema_checks, stale_corrections_check
from assets.io import RunScopedIOManager
from assets.metadata import with_published_location
from assets.quality import quality_checks
from assets.report import report
from assets.resources import WarehousePaths
from assets.tables import reconciled_tables
from assets.views import warehouse_views
from assets.warehouse import warehouse
from pipelines.jobs import ingest_job
from pipelines.monitoring import dead_runs_sensor
from pipelines.schedules import daily_reingest_schedule
from pipelines.sensors import new_articles_sensor


def build_definitions() -> dg.Definitions:
    """Definitions with paths read from the environment now (ARTICLES_DIR, WAREHOUSE_DIR)."""
    paths = WarehousePaths.from_env()
    assets = [
        raw_articles,
        article_extractions,
        rejected_articles,
        reconciled_tables,
        warehouse,
        warehouse_views,
        report,
    ]
    return dg.Definitions(
        assets=dg.map_asset_specs(lambda spec: with_published_location(spec, paths.warehouse), assets),
        asset_checks=[
            schema_checks,
            foreign_key_checks,
            quarantine_check,
            stale_corrections_check,
            quality_checks,
        ],
        jobs=[ingest_job],
        sensors=[new_articles_sensor, dead_runs_sensor],
        schedules=[daily_reingest_schedule],
        resources={
            "paths": paths,
            # intermediate values: $DAGSTER_HOME/storage/run_values/<run_id>/ (temp dir when it is unset)
            "io_manager": RunScopedIOManager(),
        },
    )


defs = build_definitions()

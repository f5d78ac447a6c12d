"""The one job: every asset and every check; its steps log at INFO (DEBUG would print every event)."""

import dagster as dg

LOG_LEVEL = "INFO"

ingest_job = dg.define_asset_job(
    "ingest_job",
    selection=dg.AssetSelection.all(),
    description="Scan articles, extract, check, publish, describe the views, write the report.",
    config={"loggers": {"console": {"config": {"log_level": LOG_LEVEL}}}},
)

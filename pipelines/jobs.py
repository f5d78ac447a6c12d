"""The one job: every asset and every check."""

import dagster as dg

ingest_job = dg.define_asset_job(
    "ingest_job", selection=dg.AssetSelection.all(), description="Scan articles, extract, check, publish."
)

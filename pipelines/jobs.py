"""The one job: every asset and every check, run in one process; its steps log at INFO (DEBUG would print
every event).

One process: the UI's run worker executes the steps one after another in itself, as `make run` does,
instead of starting a process per step (each would import Dagster and the code location again: 14+ of
them for a run that takes seconds). The parallel work is inside `article_extractions`, which spreads
articles over every core (`pipelines.domain.extract.budget`); docs/scaling.md says how this maps onto
Dagster's multiprocess, Celery or Kubernetes executors when one machine is not enough."""

import dagster as dg

LOG_LEVEL = "INFO"

ingest_job = dg.define_asset_job(
    "ingest_job",
    selection=dg.AssetSelection.all(),
    description="Scan articles, extract, check, publish, describe the views, write the report.",
    config={"loggers": {"console": {"config": {"log_level": LOG_LEVEL}}}},
    executor_def=dg.in_process_executor,
)

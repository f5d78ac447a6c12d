"""Daily re-ingestion: picks up extraction-code or reference changes the folder sensor cannot see."""

import dagster as dg

from pipelines.jobs import ingest_job

daily_reingest_schedule = dg.ScheduleDefinition(
    name="daily_reingest_schedule",
    job=ingest_job,
    cron_schedule="0 6 * * *",
    execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.RUNNING,
)

"""Launch `ingest_job` when a file in ARTICLES_DIR is added, removed or modified."""

from __future__ import annotations

import dagster as dg

from assets.resources import WarehousePaths
from pipelines.domain.ingest.scan import folder_digest
from pipelines.jobs import ingest_job


@dg.sensor(job=ingest_job, default_status=dg.DefaultSensorStatus.RUNNING, minimum_interval_seconds=30)
def new_articles_sensor(
    context: dg.SensorEvaluationContext, paths: WarehousePaths
) -> dg.SensorResult | dg.SkipReason:
    """Cursor: a digest of (name, size, mtime) of every file; a run is requested when it changes."""
    if not paths.articles.is_dir():
        return dg.SkipReason(f"create the folder {paths.articles} or set ARTICLES_DIR: it is not a folder")
    digest = folder_digest(paths.articles)
    if digest == context.cursor:
        return dg.SkipReason(f"nothing added, removed or changed in {paths.articles}")
    return dg.SensorResult(run_requests=[dg.RunRequest(tags={"articles_digest": digest[:16]})], cursor=digest)

"""Launch `ingest_job` when a file in ARTICLES_DIR (an article) or CORRECTIONS_DIR (an analyst's
correction) is added, removed or modified."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from assets.articles import ARTICLES_DIGEST, inputs_digest
from assets.resources import WarehousePaths
from pipelines.domain.publish.warehouse import DUCKDB_FILE
from pipelines.jobs import ingest_job


def published_digest(instance: dg.DagsterInstance, duckdb_path: Path) -> str | None:
    """The digest of ARTICLES_DIR and CORRECTIONS_DIR the last published warehouse was built from; None
    when unknown (no publish on record, no file, or a later scan that did not publish)."""
    published = instance.get_latest_materialization_event(dg.AssetKey("warehouse"))
    scanned = instance.get_latest_materialization_event(dg.AssetKey("raw_articles"))
    if not (duckdb_path.is_file() and published and scanned and published.run_id == scanned.run_id):
        return None
    digest = scanned.asset_materialization.metadata.get(ARTICLES_DIGEST)
    return digest.value if digest else None


@dg.sensor(job=ingest_job, default_status=dg.DefaultSensorStatus.RUNNING, minimum_interval_seconds=30)
def new_articles_sensor(
    context: dg.SensorEvaluationContext, paths: WarehousePaths
) -> dg.SensorResult | dg.SkipReason:
    """Cursor: a digest of (name, size, mtime) of every file; a run is requested when it changes. With no
    cursor yet (the first tick of `make dev`), the digest of the last publish stands in for it."""
    if not paths.articles.is_dir():
        return dg.SkipReason(f"create the folder {paths.articles} or set ARTICLES_DIR: it is not a folder")
    digest = inputs_digest(paths)
    skip = dg.SkipReason(f"nothing added, removed or changed in {paths.articles} or {paths.corrections}")
    if digest == context.cursor:
        return skip
    if context.cursor is None and digest == published_digest(context.instance, paths.warehouse / DUCKDB_FILE):
        return dg.SensorResult(skip_reason=skip, cursor=digest)
    return dg.SensorResult(run_requests=[dg.RunRequest(tags={"articles_digest": digest[:16]})], cursor=digest)

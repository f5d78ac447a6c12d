"""`make run`: materialise every asset and run every check in-process (no UI), then print a summary.

Exits 2 when the setup is wrong (one line saying what to fix), 1 when the run or a blocking check
failed, 0 otherwise (warn-level checks, and rows set aside in `quarantined_rows`, are printed but do not
fail the run). Runs are recorded in $DAGSTER_HOME when it is set (so they show up in `make dev`), in a
throw-away instance otherwise; runs there whose process is gone are marked failed first.
"""

from __future__ import annotations

import gc
import os
import shutil
import sys
from pathlib import Path

import dagster as dg

from assets.io import run_values_dir
from pipelines import settings
from pipelines.definitions import build_definitions
from pipelines.domain.fileio import file_lock
from pipelines.monitoring import PID_TAG, clear_dead_runs
from pipelines.summary import RunSummary, summarise


def setup_problem() -> str | None:
    """What is wrong with ARTICLES_DIR or WAREHOUSE_DIR, as one line saying what to do; None if fine."""
    articles, warehouse = settings.articles_dir(), settings.warehouse_dir()
    home = os.environ.get("DAGSTER_HOME", "").strip()
    if home and not os.path.isdir(home):
        return f"create the folder {home} or unset DAGSTER_HOME: Dagster keeps its run history there"
    if not articles.is_dir():
        return f"set ARTICLES_DIR to a folder of .txt articles: {articles} is not a folder"
    if not os.access(articles, os.R_OK | os.X_OK):
        return f"make {articles} (ARTICLES_DIR) readable: its files cannot be listed"
    existing = next((p for p in (warehouse, *warehouse.parents) if p.exists()), None)
    if existing is None or not existing.is_dir():
        return f"set WAREHOUSE_DIR to a folder: {existing} is a file, so {warehouse} cannot be made"
    if not os.access(existing, os.W_OK | os.X_OK):
        return f"make {existing} writable or set WAREHOUSE_DIR elsewhere: {warehouse} cannot be written"
    return None


def open_instance(home: Path) -> dg.DagsterInstance:
    """The instance in DAGSTER_HOME; opened under a lock, since two runs creating its databases at
    once collide (`table ... already exists`)."""
    with file_lock(home / ".instance.lock"):
        instance = dg.DagsterInstance.get()
        instance.get_runs(limit=1)  # creates the run, event and schedule storage if missing
    return instance


def run_ingest_job(instance: dg.DagsterInstance, log_level: str = "WARNING") -> RunSummary:
    job = build_definitions().resolve_job_def("ingest_job")
    run_config = {"loggers": {"console": {"config": {"log_level": log_level}}}}
    tags = {PID_TAG: str(os.getpid())}  # so a kill before the first event is still seen as dead
    result = job.execute_in_process(run_config=run_config, instance=instance, raise_on_error=False, tags=tags)
    shutil.rmtree(run_values_dir(instance, result.run_id), ignore_errors=True)  # in-process: done with
    return summarise(result)


def main() -> int:
    gc.freeze()  # what the imports made lives as long as the process: no collection walks it again
    problem = setup_problem()
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    if os.environ.get("DAGSTER_HOME"):
        instance = open_instance(Path(os.environ["DAGSTER_HOME"]))
        cleared = clear_dead_runs(instance)
        if cleared:
            print(f"Marked {len(cleared)} earlier run(s) whose process was gone as failed")
        summary = run_ingest_job(instance)
    else:
        with dg.DagsterInstance.ephemeral() as instance:
            summary = run_ingest_job(instance)
    print("\n".join(summary.lines()))
    return 0 if summary.success and not summary.checks_failed else 1


if __name__ == "__main__":
    sys.exit(main())

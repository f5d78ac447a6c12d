"""Extraction on every core: a pool of budget workers gives what one worker gives, run for run."""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace

import dagster as dg
import pandas as pd
import pytest

from pipelines.domain.extract import cache, process
from pipelines.domain.extract.budget import Budget, Parallelism
from pipelines.domain.ingest.scan import scan_articles
from pipelines.domain.publish.warehouse import read_published_table
from pipelines.domain.validate.schemas import PUBLISHED_TABLES
from pipelines.jobs import ingest_job
from pipelines.settings import MAX_ARTICLE_BYTES
from tests.test_budget import Hostile, articles, reasons

DEV_ARTICLES = Path(__file__).resolve().parent / "fixtures" / "dev" / "articles"
SERIAL = Parallelism(workers=1, max_chunk=50, chunks_per_worker=1)
TWO_WORKERS = Parallelism(workers=2, max_chunk=4, chunks_per_worker=4)
ONE_CHUNK = Parallelism(workers=1, max_chunk=10, chunks_per_worker=1)


class RecordingPids:
    """`process_article` that also notes which process extracted each article (in a file: workers fork)."""

    def __init__(self, ref: object, log: Path) -> None:
        self.ref, self.log = ref, log

    def __call__(self, article_id: str, source_file: str, text: str) -> dict[str, pd.DataFrame]:
        with self.log.open("a", encoding="utf-8") as log:
            log.write(f"{os.getpid()}\n")
        return process.process_article(article_id, source_file, text, self.ref)


def test_two_workers_give_the_tables_one_worker_gives(tmp_path: Path, ref: object) -> None:
    accepted = scan_articles(DEV_ARTICLES, MAX_ARTICLE_BYTES).accepted
    serial_log, parallel_log = tmp_path / "serial.log", tmp_path / "parallel.log"
    serial = cache.refresh(
        tmp_path / "serial", accepted, RecordingPids(ref, serial_log), "fp", parallelism=SERIAL
    )
    parallel = cache.refresh(
        tmp_path / "parallel", accepted, RecordingPids(ref, parallel_log), "fp", parallelism=TWO_WORKERS
    )
    assert len(set(serial_log.read_text().split())) == 1
    assert len(set(parallel_log.read_text().split())) == 2  # both workers extracted articles
    assert serial.processed == parallel.processed == accepted["article_id"].tolist()
    assert set(parallel.tables) == set(process.PER_ARTICLE_TABLES)
    for name, frame in serial.tables.items():
        pd.testing.assert_frame_equal(parallel.tables[name], frame, obj=name)
    assert len(parallel.tables["project_frames"]) > 100  # real extraction, not empty tables


def test_an_article_over_time_mid_chunk_leaves_the_rest_of_its_chunk_extracted(tmp_path: Path) -> None:
    batch = articles({"a.txt": "a fine article", "slow.txt": "slow long text", "c.txt": "one more article"})
    process_fn = Hostile()
    result = cache.refresh(tmp_path, batch, process_fn, "fp", Budget(2.0, 1_000), ONE_CHUNK)
    assert sorted(result.tables["facts"]["source_file"]) == ["a.txt", "c.txt"]
    assert reasons(result)["slow.txt"].startswith("extraction took longer than the budget of 2 s")
    assert sorted(process_fn.seen) == ["a.txt", "a.txt", "c.txt", "slow.txt"]  # a.txt's worker was stopped


def test_a_worker_dying_mid_chunk_costs_only_the_article_it_died_on(tmp_path: Path) -> None:
    batch = articles({"a.txt": "fine article here", "crash.txt": "crash right now", "z.txt": "fine one too"})
    result = cache.refresh(tmp_path, batch, Hostile(), "fp", Budget(2.0, 1_000), ONE_CHUNK)
    assert sorted(result.tables["facts"]["source_file"]) == ["a.txt", "z.txt"]
    assert "the extraction process died" in reasons(result)["crash.txt"]
    assert result.processed == batch.loc[[0, 2], "article_id"].tolist()


@pytest.mark.parametrize(("articles_count", "chunk"), [(1, 1), (20, 3), (10_000, 50)])
def test_chunks_keep_every_worker_busy_and_stay_small(articles_count: int, chunk: int) -> None:
    assert Parallelism(workers=2, max_chunk=50, chunks_per_worker=4).chunk_size(articles_count) == chunk


def test_the_job_runs_its_steps_in_one_process() -> None:
    assert ingest_job.executor_def is dg.in_process_executor


def _published_run(monkeypatch: pytest.MonkeyPatch, warehouse: Path, workers: str) -> dict[str, pd.DataFrame]:
    from pipelines.run import run_ingest_job

    monkeypatch.setenv("ARTICLES_DIR", str(DEV_ARTICLES))
    monkeypatch.setenv("WAREHOUSE_DIR", str(warehouse))
    monkeypatch.setenv("EXTRACT_WORKERS", workers)
    with dg.DagsterInstance.ephemeral() as instance:
        summary = run_ingest_job(instance)
    assert summary.success and not summary.checks_failed
    return {name: read_published_table(warehouse, name) for name in PUBLISHED_TABLES}


def test_a_parallel_run_publishes_what_a_serial_run_publishes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 9: the whole run, `make run` with one extraction worker and with two."""
    runs = SimpleNamespace(
        serial=_published_run(monkeypatch, tmp_path / "serial", "1"),
        parallel=_published_run(monkeypatch, tmp_path / "parallel", "2"),
    )
    assert len(runs.serial["projects"]) > 40
    for name, table in runs.serial.items():
        pd.testing.assert_frame_equal(runs.parallel[name], table, obj=name)

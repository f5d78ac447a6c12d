"""Runs: isolated from each other, dead ones cleared, setup errors in one line, summaries that add up."""

from __future__ import annotations

import json
import os
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import dagster as dg
import pytest

from pipelines.definitions import build_definitions
from pipelines.domain.publish.warehouse import read_published_table
from pipelines.monitoring import PID_TAG, clear_dead_runs, dead_runs_sensor, process_alive
from pipelines.run import main
from pipelines.settings import REPO_ROOT
from tests.test_definitions import write_articles

FAKE_RUN = r"""
import sys, time
from pipelines import run
from pipelines.domain import reconcile, reference
from pipelines.domain.extract import process
from pipelines.domain.extract.budget import concat_tables
from tests.conftest import fake_process_article, fake_reconciled_tables

def slow_process_article(*args):
    time.sleep(0.3)  # long enough for the two runs to overlap
    return fake_process_article(*args)

process.read_article = slow_process_article
process.tables_of = concat_tables
reconcile.build_tables = lambda per_article, ref, previous, corrector: fake_reconciled_tables(per_article)
reference.load_reference = lambda path: None
sys.exit(run.main())
"""

SLEEPY_RUN = r"""
import sys, time
from pathlib import Path
import dagster as dg

@dg.op
def wait_forever():
    Path(sys.argv[1]).touch()
    time.sleep(600)

@dg.job
def sleepy():
    wait_forever()

sleepy.execute_in_process(instance=dg.DagsterInstance.get())
"""


def start(script: str, env: dict[str, str], *args: object) -> subprocess.Popen:
    env = {**os.environ, **env, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_two_runs_at_once_with_one_dagster_home_publish_only_their_own_articles(tmp_path: Path) -> None:
    """Issue 8, item 1: one run published the other's five articles into its own warehouse."""
    home = tmp_path / "dagster_home"
    home.mkdir()
    runs = {}
    for name, files in {
        "a": ["alpha", "beta", "gamma", "delta"],
        "b": ["one", "two", "three", "four", "five"],
    }.items():
        (tmp_path / name).mkdir()
        write_articles(tmp_path / name, files)
        env = {"ARTICLES_DIR": str(tmp_path / name), "WAREHOUSE_DIR": str(tmp_path / f"w{name}")}
        runs[name] = (files, start(FAKE_RUN, {**env, "DAGSTER_HOME": str(home)}))
    for name, (files, process) in runs.items():
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err.decode()[-2000:]
        assert f"Articles: {len(files)} files read, {len(files)} accepted, 0 rejected" in out.decode()
        published = read_published_table(tmp_path / f"w{name}", "articles")
        assert sorted(published["source_file"]) == sorted(f"{f}.txt" for f in files)
    assert not (home / "storage" / "raw_articles").exists()  # nothing shared between runs
    assert list((home / "storage" / "run_values").iterdir()) == []  # make run clears its own values


def test_each_run_keeps_its_intermediate_values_apart(
    env_dirs: SimpleNamespace, fake_extraction: SimpleNamespace, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_articles(env_dirs.articles, ["alpha"])
    instance = dg.DagsterInstance.get()
    first = build_definitions().resolve_job_def("ingest_job").execute_in_process(instance=instance)
    other = env_dirs.articles.parent / "other"
    other.mkdir()
    write_articles(other, ["beta", "gamma"])
    monkeypatch.setenv("ARTICLES_DIR", str(other))
    second = build_definitions().resolve_job_def("ingest_job").execute_in_process(instance=instance)
    values = Path(instance.storage_directory()) / "run_values"
    for run, files in ((first, ["alpha.txt"]), (second, ["beta.txt", "gamma.txt"])):
        scan = pickle.loads((values / run.run_id / "raw_articles" / "result").read_bytes())
        assert scan.accepted["source_file"].tolist() == files


def test_a_killed_run_is_marked_failed_so_the_queue_moves_on(env_dirs: SimpleNamespace) -> None:
    """Issue 8, item 3: after kill -9 the run stayed STARTED and every later run stayed QUEUED."""
    ready = env_dirs.dagster_home / "ready"
    worker = start(SLEEPY_RUN, {"DAGSTER_HOME": str(env_dirs.dagster_home)}, ready)
    deadline = time.time() + 120
    while not ready.exists():
        assert worker.poll() is None and time.time() < deadline, worker.stderr.read().decode()
        time.sleep(0.05)
    instance = dg.DagsterInstance.get()
    started = instance.get_runs(filters=dg.RunsFilter(statuses=[dg.DagsterRunStatus.STARTED]))
    assert len(started) == 1 and process_alive(worker.pid)
    assert clear_dead_runs(instance) == []  # alive: left alone
    worker.send_signal(signal.SIGKILL)
    worker.wait(timeout=30)
    result = dead_runs_sensor(dg.build_sensor_context(instance=instance))
    assert result.skip_message == f"marked 1 dead run(s) as failed: {started[0].run_id}"
    run = instance.get_run_by_id(started[0].run_id)
    assert run.status == dg.DagsterRunStatus.FAILURE
    assert clear_dead_runs(instance) == []


def test_a_run_that_never_recorded_its_process_is_cleared_after_the_grace_period(
    env_dirs: SimpleNamespace,
) -> None:
    instance = dg.DagsterInstance.get()
    job = build_definitions().resolve_job_def("ingest_job")
    run = instance.create_run_for_job(job_def=job, status=dg.DagsterRunStatus.STARTED)
    assert clear_dead_runs(instance) == []
    assert clear_dead_runs(instance, now=time.time() + 3600) == [run.run_id]


def test_setup_errors_are_one_line_saying_what_to_do(
    env_dirs: SimpleNamespace, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ARTICLES_DIR", str(env_dirs.articles / "missing"))
    assert main() == 2
    missing = env_dirs.articles / "missing"
    assert (
        capsys.readouterr().err
        == f"error: set ARTICLES_DIR to a folder of .txt articles: {missing} is not a folder\n"
    )
    blocker = env_dirs.warehouse / "a-file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("ARTICLES_DIR", str(env_dirs.articles))
    monkeypatch.setenv("WAREHOUSE_DIR", str(blocker / "warehouse"))
    assert main() == 2
    target = blocker / "warehouse"
    assert (
        capsys.readouterr().err
        == f"error: set WAREHOUSE_DIR to a folder: {blocker} is a file, so {target} cannot be made\n"
    )


def test_an_article_the_extractor_fails_on_counts_as_rejected(
    env_dirs: SimpleNamespace,
    fake_extraction: SimpleNamespace,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Minor item: `make run` said '0 rejected' when the extractor failed on an article."""
    from pipelines.domain.extract import process

    working = process.read_article

    def fails_on_beta(article_id: str, source_file: str, text: str, ref: object) -> process.ArticleRows:
        if source_file == "beta.txt":
            raise ValueError("unexpected layout")
        return working(article_id, source_file, text, ref)

    monkeypatch.setattr(process, "read_article", fails_on_beta)
    write_articles(env_dirs.articles, ["alpha", "beta", "gamma"])
    assert main() == 0
    out = capsys.readouterr().out
    assert "Articles: 3 files read, 2 accepted, 1 rejected" in out
    assert "1 set aside (extractor error or over budget)" in out
    rejected = read_published_table(env_dirs.warehouse, "rejected_articles")
    assert rejected["source_file"].tolist() == ["beta.txt"]
    assert "ValueError: unexpected layout" in rejected["reason"].item()
    assert (
        json.loads((env_dirs.warehouse / "current" / "publication.json").read_text())["row_counts"][
            "articles"
        ]
        == 2
    )


def test_a_truncated_published_file_does_not_stop_later_runs(
    env_dirs: SimpleNamespace, fake_extraction: SimpleNamespace, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 8, item 5: every run failed in reconciled_tables (`Parquet magic bytes not found in footer`)."""
    write_articles(env_dirs.articles, ["alpha", "beta"])
    assert main() == 0
    damaged = (env_dirs.warehouse / "parquet" / "project_mentions.parquet").resolve()
    damaged.write_bytes(damaged.read_bytes()[:40])
    write_articles(env_dirs.articles, ["gamma"])
    assert main() == 0
    assert "Warehouse: published" in capsys.readouterr().out
    previous = fake_extraction.previous_mentions[1]  # what the second run kept ids from: the DuckDB copy
    assert previous["mention_id"].tolist() == ["M0", "M1"]
    assert previous["source_file"].tolist() == ["alpha.txt", "beta.txt"]
    assert len(read_published_table(env_dirs.warehouse, "project_mentions")) == 3


def test_a_make_run_killed_before_its_first_event_is_still_known_dead(env_dirs: SimpleNamespace) -> None:
    """The run is tagged with its process at creation: no grace period to wait for."""
    instance = dg.DagsterInstance.get()
    job = build_definitions().resolve_job_def("ingest_job")
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    run = instance.create_run_for_job(
        job_def=job, status=dg.DagsterRunStatus.STARTED, tags={PID_TAG: str(gone.pid)}
    )
    assert clear_dead_runs(instance) == [run.run_id]

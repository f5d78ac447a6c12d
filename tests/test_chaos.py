"""Chaos: real `make run`s over a few hundred synthetic articles, killed at random moments and run two at a
time into one warehouse, next to a run into another warehouse from other articles under the same
DAGSTER_HOME. Every warehouse must end whole, DuckDB and Parquet from one publication, and equal to a
clean run's; no run may be left STARTED."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg
import duckdb
import pyarrow.parquet as pq
import pytest

from bench.corpora import recombined
from pipelines.domain.validate.schemas import PUBLISHED_TABLES
from pipelines.settings import REPO_ROOT

ARTICLES = 200
ROUNDS = 3  # each: two runs at once into the chaos warehouse, one of them killed at a random moment
RUN_TIMEOUT = 600


def start_run(articles: Path, warehouse: Path, home: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO_ROOT),
        "ARTICLES_DIR": str(articles),
        "WAREHOUSE_DIR": str(warehouse),
        "DAGSTER_HOME": str(home),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "pipelines.run"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def finish(run: subprocess.Popen) -> str:
    out, err = run.communicate(timeout=RUN_TIMEOUT)
    assert run.returncode == 0, (out.decode() + err.decode())[-3000:]
    return out.decode()


def published(warehouse: Path) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, from DuckDB, after checking Parquet holds exactly the same rows."""
    tables = {}
    with duckdb.connect(str(warehouse / "energy.duckdb"), read_only=True) as con:
        for name in PUBLISHED_TABLES:
            rows = _sorted(con.execute(f'SELECT * FROM "{name}"').to_arrow_table().to_pylist())
            parquet = _sorted(pq.read_table(warehouse / "parquet" / f"{name}.parquet").to_pylist())
            assert rows == parquet, f"{name}: DuckDB and Parquet differ"
            tables[name] = rows
    return tables


def _sorted(rows: list[dict]) -> list[tuple]:
    """Rows as (column, value) tuples in a fixed order (nulls and lists compare through repr)."""
    frozen = ({k: tuple(v) if isinstance(v, list) else v for k, v in row.items()} for row in rows)
    return sorted((tuple(sorted(row.items())) for row in frozen), key=repr)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("chaos") / "articles"
    folder.mkdir()
    recombined(ARTICLES, folder, seed=7)
    return folder


def test_killed_and_concurrent_runs_end_in_the_clean_runs_warehouse(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home, clean_home, others = tmp_path / "dagster_home", tmp_path / "clean_home", tmp_path / "other_articles"
    for folder in (home, clean_home, others):
        folder.mkdir()
    for path in sorted(corpus.iterdir())[:20]:
        shutil.copy(path, others)
    finish(start_run(corpus, tmp_path / "clean", clean_home))
    expected = published(tmp_path / "clean")
    assert len(expected["articles"]) > ARTICLES * 0.9

    chaos, side = tmp_path / "chaos", tmp_path / "side"
    side_run = start_run(others, side, home)  # another warehouse, other articles, the same DAGSTER_HOME
    rng = random.Random(8)
    for _ in range(ROUNDS):
        victim, survivor = start_run(corpus, chaos, home), start_run(corpus, chaos, home)
        time.sleep(rng.uniform(2, 25))
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=60)
        finish(survivor)
    finish(side_run)
    last = finish(start_run(corpus, chaos, home))

    after_chaos = published(chaos)
    for name, rows in expected.items():
        extra, missing = set(after_chaos[name]) - set(rows), set(rows) - set(after_chaos[name])
        assert not extra and not missing, (
            f"{name}: {sorted(extra, key=repr)[:2]} instead of {sorted(missing, key=repr)[:2]}"
        )
    assert "Warehouse: unchanged" in last or "Warehouse: published" in last
    side_articles = published(side)["articles"]
    assert sorted(dict(row)["source_file"] for row in side_articles) == sorted(
        p.name for p in others.iterdir()
    )
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    with dg.DagsterInstance.get() as instance:
        assert instance.get_runs(filters=dg.RunsFilter(statuses=[dg.DagsterRunStatus.STARTED])) == []

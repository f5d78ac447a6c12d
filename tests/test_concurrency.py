"""Real processes: a reader during a publish, publishes killed with SIGKILL, concurrent publishers."""

from __future__ import annotations

import json
import os
import pickle
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from pipelines.domain.publish.warehouse import publish_tables
from pipelines.domain.validate.schemas import PUBLISHED_TABLES
from pipelines.settings import REPO_ROOT
from tests.conftest import make_tables

READER = r"""
import json, sys, time, duckdb
from pathlib import Path
db, ready, published = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
con = duckdb.connect(db, read_only=True)
during = []
ready.touch()
deadline = time.time() + 60
while not published.exists() and time.time() < deadline:
    during.append(con.execute("SELECT count(*) FROM projects").fetchone()[0])
    time.sleep(0.005)
during.append(con.execute("SELECT count(*) FROM projects").fetchone()[0])
con.close()
with duckdb.connect(db, read_only=True) as fresh:
    after = fresh.execute("SELECT count(*) FROM projects").fetchone()[0]
print(json.dumps({"during": during, "after": after}))
"""

PARQUET_READER = r"""
import json, os, sys, pyarrow.parquet as pq
from pathlib import Path
warehouse, ready, stop = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
reads, errors = 0, []
ready.touch()
while not stop.exists():
    folder = Path(os.path.realpath(warehouse / "parquet"))  # resolve the publication once (README)
    try:
        projects = pq.read_table(folder / "projects.parquet").num_rows
        capacities = pq.read_table(folder / "capacities.parquet").num_rows
        assert projects == capacities, (projects, capacities)
        reads += 1
    except Exception as error:
        errors.append(repr(error))
print(json.dumps({"reads": reads, "errors": errors[:5]}))
"""

WRITER = r"""
import pickle, sys, time
from pathlib import Path
from pipelines.domain.publish import warehouse as publish
warehouse, signal_file, mode, repeat = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
datasets = [pickle.loads(Path(p).read_bytes()) for p in sys.argv[5:]]
if mode == "hang-in-staging":
    write_duckdb = publish.write_duckdb
    def hang(path, tables):
        write_duckdb(path, tables)
        signal_file.touch()
        time.sleep(600)
    publish.write_duckdb = hang
else:
    signal_file.touch()
i = 0
while repeat < 0 or i < repeat:
    publish.publish_tables(warehouse, datasets[i % len(datasets)])
    i += 1
"""


def start(script: str, *args: object) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def wait_for(path: Path, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while not path.exists():
        assert process.poll() is None, process.communicate()[1].decode()
        assert time.time() < deadline, f"timed out waiting for {path}"
        time.sleep(0.01)


def dataset(tmp_path: Path, n: int) -> Path:
    path = tmp_path / f"tables-{n}.pickle"
    path.write_bytes(pickle.dumps(make_tables([f"{i:016x}" for i in range(n)])))
    return path


def assert_whole(warehouse: Path, sizes: set[int]) -> int:
    """Both DuckDB and Parquet readable, every table from one single publish; returns its size."""
    with duckdb.connect(str(warehouse / "energy.duckdb"), read_only=True) as con:
        counts = {
            name: con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in PUBLISHED_TABLES
        }
    parquet = {
        name: pq.read_table(warehouse / "parquet" / f"{name}.parquet").num_rows for name in PUBLISHED_TABLES
    }
    assert counts == parquet  # one publication: DuckDB and Parquet never from different publishes
    assert counts["articles"] in sizes
    assert counts["projects"] == counts["capacities"] == counts["investments"] == counts["articles"]
    return counts["articles"]


def test_reader_keeps_querying_during_publish_and_sees_new_data_on_reconnect(tmp_path: Path) -> None:
    warehouse = tmp_path / "warehouse"
    publish_tables(warehouse, make_tables(["0" * 16, "1" * 16]))
    ready, published = tmp_path / "ready", tmp_path / "published"
    reader = start(READER, warehouse / "energy.duckdb", ready, published)
    wait_for(ready, reader)
    for n in (5, 6, 5):
        publish_tables(warehouse, make_tables([f"{i:016x}" for i in range(n)]))
    published.touch()
    out, err = reader.communicate(timeout=60)
    assert reader.returncode == 0, err.decode()
    result = json.loads(out)
    assert set(result["during"]) == {2}
    assert result["after"] == 5


def test_parquet_reader_never_sees_a_torn_or_mixed_publication(tmp_path: Path) -> None:
    """Issue 8, item 9: a reader looping `pq.read_table` during publishes (pyarrow opens a file twice,
    schema then data, so it must read from one resolved publication)."""
    warehouse, ready, stop = tmp_path / "warehouse", tmp_path / "ready", tmp_path / "stop"
    publish_tables(warehouse, make_tables(["0" * 16]))
    reader = start(PARQUET_READER, warehouse, ready, stop)
    wait_for(ready, reader)
    for n in [3, 40, 7] * 10:
        publish_tables(warehouse, make_tables([f"{i:016x}" for i in range(n)]))
    stop.touch()
    out, err = reader.communicate(timeout=60)
    assert reader.returncode == 0, err.decode()
    result = json.loads(out)
    assert result["errors"] == [] and result["reads"] > 0


def test_publish_killed_while_staging_leaves_the_last_warehouse(tmp_path: Path) -> None:
    warehouse, staged = tmp_path / "warehouse", tmp_path / "staged"
    publish_tables(warehouse, make_tables(["0" * 16]))
    writer = start(WRITER, warehouse, staged, "hang-in-staging", 1, dataset(tmp_path, 3))
    wait_for(staged, writer)
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    assert len(list(warehouse.glob(".publications/.staging-*"))) == 1
    assert assert_whole(warehouse, {1}) == 1
    publish_tables(warehouse, make_tables(["0" * 16, "1" * 16]))  # the dead writer's lock is gone
    assert not list(warehouse.glob(".publications/.staging-*"))
    assert assert_whole(warehouse, {2}) == 2


@pytest.mark.parametrize("seed", range(4))
def test_publish_killed_at_a_random_moment_leaves_a_whole_warehouse(tmp_path: Path, seed: int) -> None:
    warehouse, started = tmp_path / "warehouse", tmp_path / "started"
    publish_tables(warehouse, make_tables(["0" * 16]))
    writer = start(WRITER, warehouse, started, "loop", -1, dataset(tmp_path, 3), dataset(tmp_path, 7))
    wait_for(started, writer)
    time.sleep(random.Random(seed).uniform(0.05, 0.6))
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    assert_whole(warehouse, {1, 3, 7})
    publish_tables(warehouse, make_tables(["0" * 16]))
    assert assert_whole(warehouse, {1}) == 1
    assert not list(warehouse.glob(".publications/.staging-*"))


def test_concurrent_publishers_leave_a_valid_warehouse(tmp_path: Path) -> None:
    warehouse = tmp_path / "warehouse"
    writers = [
        start(WRITER, warehouse, tmp_path / f"started-{n}", "loop", 4, dataset(tmp_path, n)) for n in (3, 7)
    ]
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err.decode()
    assert assert_whole(warehouse, {3, 7}) in {3, 7}
    assert not list(warehouse.glob(".publications/.staging-*"))
    kept = list(warehouse.glob(".publications/*"))  # superseded ones stay for open readers
    assert 2 <= len(kept) <= 8  # a publish equal to the current publication switches nothing
    assert all(
        sorted(p.name for p in folder.iterdir()) == ["energy.duckdb", "parquet", "publication.json"]
        for folder in kept
    )

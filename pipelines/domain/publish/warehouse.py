"""Publish the tables: write a complete new warehouse into a staging folder, then swap it in.

WAREHOUSE_DIR after a publish:
  energy.duckdb            replaced with `os.replace`: readers that hold the old file open keep reading it
                           and see the new data on their next connection; the writer never needs their lock.
  parquet -> parquet.<id>/ a relative symlink, replaced atomically, so `parquet/<table>.parquet` is always a
                           whole generation. The previous generation is kept (for readers that resolved the
                           old link a moment ago); older ones are deleted.
  .publish.lock            `flock` serialising concurrent publishers.
  .staging-<id>/           a publish in progress; a killed publish leaves it behind, the next one removes it.
"""

from __future__ import annotations

import os
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.domain.fileio import file_lock, read_parquet
from pipelines.domain.publish.views import write_views
from pipelines.domain.validate.schemas import arrow_schema

DUCKDB_FILE = "energy.duckdb"
PARQUET_LINK = "parquet"
LOCK_FILE = ".publish.lock"
STAGING_PREFIX = ".staging-"


@dataclass(frozen=True)
class PublishResult:
    duckdb_path: Path
    parquet_dir: Path  # the generation folder the `parquet` link now points to
    row_counts: dict[str, int]


def publish_tables(warehouse_dir: Path, tables: dict[str, pd.DataFrame]) -> PublishResult:
    """Write `tables` as a new warehouse generation and swap it in; one publisher at a time."""
    warehouse_dir.mkdir(parents=True, exist_ok=True)
    with file_lock(warehouse_dir / LOCK_FILE):
        remove_staging(warehouse_dir)
        publish_id = f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
        staging = warehouse_dir / f"{STAGING_PREFIX}{publish_id}"
        staging.mkdir()
        arrow_tables = {name: to_arrow(name, frame) for name, frame in tables.items()}
        write_parquet_dir(staging / PARQUET_LINK, arrow_tables)
        write_duckdb(staging / DUCKDB_FILE, arrow_tables)
        view_counts = write_views(staging / DUCKDB_FILE, staging / PARQUET_LINK)
        fsync_files(staging)
        parquet_dir = swap_in(warehouse_dir, staging, publish_id)
    row_counts = {name: table.num_rows for name, table in arrow_tables.items()} | view_counts
    return PublishResult(warehouse_dir / DUCKDB_FILE, parquet_dir, row_counts)


def to_arrow(name: str, frame: pd.DataFrame) -> pa.Table:
    """`frame` with the warehouse types of table `name` (DATE, DOUBLE, VARCHAR[] ...)."""
    schema = arrow_schema(name, frame)
    return pa.table([_column(frame[f.name], f.type) for f in schema], schema=schema)


def _column(values: pd.Series, arrow_type: pa.DataType) -> pa.Array:
    if arrow_type == pa.date32():
        values = pd.to_datetime(values)
    return pa.array(values, type=arrow_type, from_pandas=True)


def write_parquet_dir(folder: Path, tables: dict[str, pa.Table]) -> None:
    folder.mkdir()
    for name, table in tables.items():
        pq.write_table(table, folder / f"{name}.parquet")


def write_duckdb(path: Path, tables: dict[str, pa.Table]) -> None:
    con = duckdb.connect(str(path))
    try:
        for name, table in tables.items():
            con.register("staged", table)
            con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM staged')
            con.unregister("staged")
        con.execute("CHECKPOINT")
    finally:
        con.close()


def fsync_files(folder: Path) -> None:
    """Flush every staged file to disk before it becomes visible."""
    for path in folder.rglob("*"):
        if path.is_file():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())


def swap_in(warehouse_dir: Path, staging: Path, publish_id: str) -> Path:
    """Atomically point `parquet` at the staged generation, replace `energy.duckdb`, prune old generations."""
    link = warehouse_dir / PARQUET_LINK
    previous = os.readlink(link) if link.is_symlink() else None
    if link.exists() and not link.is_symlink():  # a plain folder (older layout): move it aside once
        os.rename(link, warehouse_dir / f"{PARQUET_LINK}.moved-{publish_id}")
    generation = warehouse_dir / f"{PARQUET_LINK}.{publish_id}"
    os.rename(staging / PARQUET_LINK, generation)
    os.symlink(generation.name, staging / "link")
    os.replace(staging / "link", link)
    os.replace(staging / DUCKDB_FILE, warehouse_dir / DUCKDB_FILE)
    shutil.rmtree(staging)
    prune_generations(warehouse_dir, keep={generation.name, previous})
    return generation


def prune_generations(warehouse_dir: Path, keep: set[str | None]) -> None:
    for path in warehouse_dir.glob(f"{PARQUET_LINK}.*"):
        if path.name not in keep and path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)


def remove_staging(warehouse_dir: Path) -> None:
    """Remove staging folders left by killed publishes (call with the publish lock held)."""
    for path in warehouse_dir.glob(f"{STAGING_PREFIX}*"):
        shutil.rmtree(path, ignore_errors=True)


def read_published_table(warehouse_dir: Path, name: str) -> pd.DataFrame | None:
    """The last published version of table `name`, or None when there is none."""
    path = warehouse_dir / PARQUET_LINK / f"{name}.parquet"
    return read_parquet(path) if path.is_file() else None

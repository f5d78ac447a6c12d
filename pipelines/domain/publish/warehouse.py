"""Publish the tables: write a complete new publication into a staging folder, then switch to it.

DuckDB and Parquet of one publication sit in one folder, `.publications/<id>/`; the `current` symlink is
replaced atomically, and `energy.duckdb` and `parquet/` in WAREHOUSE_DIR are fixed links through it (see
`layout.py`). So a reader always sees DuckDB and Parquet from the same publication, a publish killed at
any point leaves the last one whole, and a reader holding an old file keeps reading it.
"""

from __future__ import annotations

import filecmp
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.domain.fileio import atomic_write_text, file_lock
from pipelines.domain.publish import layout
from pipelines.domain.publish.layout import DUCKDB_FILE, PARQUET_DIR
from pipelines.domain.publish.views import write_views
from pipelines.domain.validate.schemas import arrow_schema

Warn = Callable[[str], None]


@dataclass(frozen=True)
class PublishResult:
    publication_id: str
    switched: bool  # False when the tables equal the current publication's: nothing was switched
    duckdb_path: Path  # the contract path, WAREHOUSE_DIR/energy.duckdb
    parquet_dir: Path  # the contract path, WAREHOUSE_DIR/parquet
    row_counts: dict[str, int]


def publish_tables(warehouse_dir: Path, tables: dict[str, pd.DataFrame]) -> PublishResult:
    """Write `tables` (and the views over them) as a new publication and switch to it; one publisher at
    a time. When every table is the same as in the current publication nothing is switched: readers keep
    what they have, and the result names the current publication and its row counts."""
    warehouse_dir.mkdir(parents=True, exist_ok=True)
    arrow_tables = {name: to_arrow(name, frame) for name, frame in tables.items()}
    with file_lock(warehouse_dir / layout.LOCK_FILE):
        layout.remove_leftovers(warehouse_dir)
        publication_id = layout.new_publication_id()
        staging = warehouse_dir / layout.PUBLICATIONS / f"{layout.STAGING_PREFIX}{publication_id}"
        staging.mkdir(parents=True)
        write_parquet_dir(staging / PARQUET_DIR, arrow_tables)
        current = layout.current_publication(warehouse_dir)
        if current is not None and same_files(staging / PARQUET_DIR, current / PARQUET_DIR):
            shutil.rmtree(staging)
            manifest = json.loads((current / layout.MANIFEST_FILE).read_text(encoding="utf-8"))
            return PublishResult(current.name, False, *contract_paths(warehouse_dir), manifest["row_counts"])
        write_duckdb(staging / DUCKDB_FILE, arrow_tables)
        view_counts = write_views(staging / DUCKDB_FILE, staging / PARQUET_DIR)
        row_counts = {name: table.num_rows for name, table in arrow_tables.items()} | view_counts
        manifest = {"publication_id": publication_id, "row_counts": row_counts}
        atomic_write_text(staging / layout.MANIFEST_FILE, json.dumps(manifest, indent=1))
        switch(warehouse_dir, staging, publication_id)
    return PublishResult(publication_id, True, *contract_paths(warehouse_dir), row_counts)


def contract_paths(warehouse_dir: Path) -> tuple[Path, Path]:
    """WAREHOUSE_DIR/energy.duckdb and WAREHOUSE_DIR/parquet: the paths readers use."""
    return warehouse_dir / DUCKDB_FILE, warehouse_dir / PARQUET_DIR


def switch(warehouse_dir: Path, staging: Path, publication_id: str) -> None:
    """Flush the staged publication, move it into place, point `current` at it, prune old ones."""
    fsync_tree(staging)
    publication = staging.with_name(publication_id)
    os.rename(staging, publication)
    os.utime(publication)  # its mtime says when it became current (see prune_publications)
    layout.switch_to(warehouse_dir, publication)
    layout.prune_publications(warehouse_dir)


def same_files(new: Path, old: Path) -> bool:
    """True when every file in `new` is in `old` with the same bytes (Parquet output is deterministic, so
    equal tables give equal files; `old` also holds the views, which follow from the tables)."""
    return old.is_dir() and all(
        (old / path.name).is_file() and filecmp.cmp(path, old / path.name, shallow=False)
        for path in new.iterdir()
    )


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


def fsync_tree(folder: Path) -> None:
    """Flush every staged file, and the folders holding them, to disk before they become visible."""
    for path in [*folder.rglob("*"), folder]:
        flags = os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0)
        descriptor = os.open(path, flags)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def read_published_table(warehouse_dir: Path, name: str, warn: Warn | None = None) -> pd.DataFrame | None:
    """The last published table `name`: from its Parquet file, else from the DuckDB copy, else None.

    A damaged or missing copy is reported through `warn` (a message a person can act on); the
    other copy is used. None when there is no publication yet, or neither copy can be read.
    """
    folder = layout.current_publication(warehouse_dir) or _legacy_publication(warehouse_dir)
    if folder is None:
        return None
    problems = []
    for copy, read in (("Parquet", _read_parquet_copy), ("DuckDB", _read_duckdb_copy)):
        try:
            frame = read(folder, name)
        except (OSError, pa.ArrowException, duckdb.Error) as error:
            problems.append(f"{copy} copy: {error}")
            continue
        if problems and warn is not None:
            warn(f"the published table '{name}' in {folder} is damaged ({problems[0]}); read the {copy} copy")
        return frame
    if warn is not None:
        warn(
            f"the published table '{name}' in {folder} could not be read and is treated as absent "
            f"({'; '.join(problems)}); the next publish writes it anew"
        )
    return None


def _legacy_publication(warehouse_dir: Path) -> Path | None:
    """An earlier layout (parquet/ and energy.duckdb directly in WAREHOUSE_DIR), if there is one."""
    return warehouse_dir if (warehouse_dir / PARQUET_DIR).is_dir() else None


def _read_parquet_copy(folder: Path, name: str) -> pd.DataFrame:
    return pq.read_table(folder / PARQUET_DIR / f"{name}.parquet").to_pandas()


def _read_duckdb_copy(folder: Path, name: str) -> pd.DataFrame:
    path = folder / DUCKDB_FILE
    if not path.is_file():
        raise FileNotFoundError(f"no {path}")
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(f'SELECT * FROM "{name}"').to_arrow_table().to_pandas()


def read_previous_mentions(warehouse_dir: Path, warn: Warn | None = None) -> pd.DataFrame | None:
    """The last published `project_mentions`, each with its article's file name and its project's type,
    country, name and locality: what keeps project ids when an article is edited (its id changes)."""
    mentions = read_published_table(warehouse_dir, "project_mentions", warn)
    if mentions is None:
        return None
    return with_context(
        mentions,
        read_published_table(warehouse_dir, "articles", warn),
        read_published_table(warehouse_dir, "projects", warn),
    )


def with_context(
    mentions: pd.DataFrame, articles: pd.DataFrame | None, projects: pd.DataFrame | None
) -> pd.DataFrame:
    """`mentions` with source_file (from `articles`) and project_type, country, name, locality (from
    `projects`); a table that is missing adds nothing."""
    if articles is not None:
        mentions = mentions.merge(articles[["article_id", "source_file"]], on="article_id", how="left")
    if projects is not None:
        about = projects[["project_id", "project_type", "country", "name", "locality"]]
        mentions = mentions.merge(about, on="project_id", how="left")
    return mentions

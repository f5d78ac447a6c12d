"""Publishing: DuckDB and Parquet hold the same rows, and a failed publish leaves the last one whole."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipelines.domain.publish import warehouse as publish
from pipelines.domain.publish.warehouse import publish_tables, read_published_table
from tests.conftest import make_tables

Tables = dict[str, pd.DataFrame]


def duckdb_rows(warehouse: Path, table: str) -> list[dict]:
    with duckdb.connect(str(warehouse / "energy.duckdb"), read_only=True) as con:
        return con.execute(f"SELECT * FROM {table}").to_arrow_table().to_pylist()


def parquet_rows(warehouse: Path, table: str) -> list[dict]:
    return pq.read_table(warehouse / "parquet" / f"{table}.parquet").to_pylist()


def generations(warehouse: Path) -> list[str]:
    return sorted(p.name for p in warehouse.glob("parquet.*"))


def test_duckdb_and_parquet_hold_the_same_rows_with_warehouse_types(tmp_path: Path, tables: Tables) -> None:
    result = publish_tables(tmp_path, tables)
    assert result.row_counts["projects"] == 2 and result.row_counts["extraction_issues"] == 1
    for name in tables:
        assert duckdb_rows(tmp_path, name) == parquet_rows(tmp_path, name)
        assert len(read_published_table(tmp_path, name)) == len(tables[name])
    with duckdb.connect(str(tmp_path / "energy.duckdb"), read_only=True) as con:
        types = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns").fetchall())
        aliases = con.execute("SELECT aliases FROM organisations WHERE org_id = 'O1'").fetchone()[0]
        first_date = con.execute("SELECT min(published_date) FROM articles").fetchone()[0]
    assert (types["published_date"], types["aliases"], types["value_std"]) == ("DATE", "VARCHAR[]", "DOUBLE")
    assert aliases == ["China Power", "CPIH"]
    assert first_date == dt.date(2024, 1, 1)


def test_read_published_table_is_none_before_the_first_publish(tmp_path: Path) -> None:
    assert read_published_table(tmp_path, "project_mentions") is None


def test_republish_swaps_in_new_data_and_keeps_one_previous_generation(tmp_path: Path) -> None:
    for n in (1, 2, 3):
        result = publish_tables(tmp_path, make_tables([f"{i:016x}" for i in range(n)]))
    assert len(read_published_table(tmp_path, "projects")) == 3
    assert len(duckdb_rows(tmp_path, "projects")) == 3
    assert os.readlink(tmp_path / "parquet") == result.parquet_dir.name
    assert len(generations(tmp_path)) == 2
    assert not list(tmp_path.glob(".staging-*"))


def test_failure_before_the_swap_leaves_the_previous_warehouse(
    tmp_path: Path, tables: Tables, monkeypatch: pytest.MonkeyPatch
) -> None:
    publish_tables(tmp_path, tables)
    before = {name: read_published_table(tmp_path, name) for name in tables}

    def crash(*_args: object) -> None:
        raise RuntimeError("killed")

    monkeypatch.setattr(publish, "swap_in", crash)
    with pytest.raises(RuntimeError):
        publish_tables(tmp_path, make_tables(["a" * 16]))
    assert len(list(tmp_path.glob(".staging-*"))) == 1
    for name, frame in before.items():
        pd.testing.assert_frame_equal(read_published_table(tmp_path, name), frame)
    assert len(duckdb_rows(tmp_path, "projects")) == 2

    monkeypatch.undo()
    publish_tables(tmp_path, make_tables(["a" * 16]))
    assert not list(tmp_path.glob(".staging-*"))
    assert [row["article_id"] for row in duckdb_rows(tmp_path, "articles")] == ["a" * 16]


def test_plain_parquet_folder_is_replaced_by_the_link(tmp_path: Path, tables: Tables) -> None:
    (tmp_path / "parquet").mkdir()
    (tmp_path / "parquet" / "old.parquet").write_bytes(b"stale")
    publish_tables(tmp_path, tables)
    assert (tmp_path / "parquet").is_symlink()
    assert not (tmp_path / "parquet" / "old.parquet").exists()
    assert len(read_published_table(tmp_path, "articles")) == 2

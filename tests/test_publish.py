"""Publishing: one folder per publication, one pointer, DuckDB and Parquet always from the same publish."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipelines.domain.publish import layout
from pipelines.domain.publish.warehouse import publish_tables, read_published_table
from tests.conftest import make_tables

Tables = dict[str, pd.DataFrame]


def ids(n: int) -> list[str]:
    return [f"{i:016x}" for i in range(n)]


def duckdb_rows(warehouse: Path, table: str) -> list[dict]:
    with duckdb.connect(str(warehouse / "energy.duckdb"), read_only=True) as con:
        return con.execute(f"SELECT * FROM {table}").to_arrow_table().to_pylist()


def parquet_rows(warehouse: Path, table: str) -> list[dict]:
    return pq.read_table(warehouse / "parquet" / f"{table}.parquet").to_pylist()


def publications(warehouse: Path) -> list[str]:
    return sorted(p.name for p in (warehouse / ".publications").iterdir())


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


def test_one_pointer_switches_duckdb_and_parquet_together(tmp_path: Path) -> None:
    """The contract paths are fixed links through `current`; a publish replaces only `current`."""
    for n in (1, 2, 3):
        result = publish_tables(tmp_path, make_tables(ids(n)))
    assert os.readlink(tmp_path / "energy.duckdb") == "current/energy.duckdb"
    assert os.readlink(tmp_path / "parquet") == "current/parquet"
    assert os.readlink(tmp_path / "current") == f".publications/{result.publication_id}"
    assert len(duckdb_rows(tmp_path, "projects")) == len(parquet_rows(tmp_path, "projects")) == 3
    assert len(publications(tmp_path)) == 3
    manifest = (tmp_path / "current" / "publication.json").read_text(encoding="utf-8")
    assert result.publication_id in manifest and '"projects": 3' in manifest


def test_superseded_publications_stay_for_the_grace_period_then_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = publish_tables(tmp_path, make_tables(ids(1))).publication_id
    second = publish_tables(tmp_path, make_tables(ids(2))).publication_id
    third = publish_tables(tmp_path, make_tables(ids(3))).publication_id
    assert publications(tmp_path) == sorted([first, second, third])  # all superseded just now
    monkeypatch.setattr(layout, "PUBLICATION_GRACE_SECONDS", 0)
    fourth = publish_tables(tmp_path, make_tables(ids(4))).publication_id
    assert publications(tmp_path) == sorted([third, fourth])  # the current one and the one before it


def test_a_crash_before_the_switch_leaves_the_previous_publication(
    tmp_path: Path, tables: Tables, monkeypatch: pytest.MonkeyPatch
) -> None:
    publish_tables(tmp_path, tables)
    before = {name: read_published_table(tmp_path, name) for name in tables}

    def crash(*_args: object) -> None:
        raise RuntimeError("killed")

    monkeypatch.setattr(layout, "switch_to", crash)
    with pytest.raises(RuntimeError):
        publish_tables(tmp_path, make_tables(["a" * 16]))
    for name, frame in before.items():
        pd.testing.assert_frame_equal(read_published_table(tmp_path, name), frame)
    assert len(duckdb_rows(tmp_path, "projects")) == 2

    monkeypatch.undo()
    publish_tables(tmp_path, make_tables(["a" * 16]))
    assert not list((tmp_path / ".publications").glob(".staging-*"))
    assert [row["article_id"] for row in duckdb_rows(tmp_path, "articles")] == ["a" * 16]


def test_a_crash_right_after_the_switch_shows_the_new_publication_in_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 8, item 11: there is no moment where Parquet is new and DuckDB old."""
    publish_tables(tmp_path, make_tables(ids(2)))

    def crash(*_args: object) -> None:
        raise RuntimeError("killed after the switch")

    monkeypatch.setattr(layout, "prune_publications", crash)
    with pytest.raises(RuntimeError):
        publish_tables(tmp_path, make_tables(ids(5)))
    assert len(duckdb_rows(tmp_path, "projects")) == len(parquet_rows(tmp_path, "projects")) == 5


def test_nothing_but_the_projects_own_names_is_touched(tmp_path: Path, tables: Tables) -> None:
    """Issue 8, item 7: a user's folders and files in WAREHOUSE_DIR survive publishes."""
    mine = ["parquet.backup", "parquet.notes", "energy.duckdb.bak", ".staging-mine", "current.old"]
    for name in mine:
        (tmp_path / name).mkdir()
        (tmp_path / name / "keep.txt").write_text(name, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("my notes", encoding="utf-8")
    for n in (1, 2, 3):
        publish_tables(tmp_path, make_tables(ids(n)))
    for name in mine:
        assert (tmp_path / name / "keep.txt").read_text(encoding="utf-8") == name
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "my notes"


def test_an_earlier_layout_is_taken_over(tmp_path: Path, tables: Tables) -> None:
    """A plain energy.duckdb and a `parquet -> parquet.<id>` link from before become the fixed links."""
    legacy = tmp_path / "parquet.20250101T000000-0123abcd"
    legacy.mkdir()
    (legacy / "projects.parquet").write_bytes(b"old")
    os.symlink(legacy.name, tmp_path / "parquet")
    (tmp_path / "energy.duckdb").write_bytes(b"old")
    (tmp_path / ".staging-20250101T000000-0123abce").mkdir()
    publish_tables(tmp_path, tables)
    assert (tmp_path / "energy.duckdb").is_symlink() and (tmp_path / "parquet").is_symlink()
    assert len(duckdb_rows(tmp_path, "projects")) == len(parquet_rows(tmp_path, "projects")) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".publications",
        ".publish.lock",
        "current",
        "energy.duckdb",
        "parquet",
    ]


def test_a_plain_parquet_folder_is_moved_aside_not_deleted(tmp_path: Path, tables: Tables) -> None:
    (tmp_path / "parquet").mkdir()
    (tmp_path / "parquet" / "old.parquet").write_bytes(b"stale")
    result = publish_tables(tmp_path, tables)
    assert (tmp_path / "parquet").is_symlink()
    moved = tmp_path / f"parquet.moved-{result.publication_id}" / "old.parquet"
    assert moved.read_bytes() == b"stale"
    assert len(read_published_table(tmp_path, "articles")) == 2


@pytest.mark.parametrize("damage", ["truncate", "delete"])
def test_a_damaged_parquet_file_is_read_from_the_duckdb_copy(
    tmp_path: Path, tables: Tables, damage: str
) -> None:
    """Issue 8, item 5: `Parquet magic bytes not found in footer` no longer stops every later run."""
    publish_tables(tmp_path, tables)
    path = tmp_path / "parquet" / "project_mentions.parquet"
    if damage == "truncate":
        path.write_bytes(path.read_bytes()[:50])
    else:
        path.unlink()
    warnings: list[str] = []
    frame = read_published_table(tmp_path, "project_mentions", warn=warnings.append)
    assert frame["mention_id"].tolist() == ["M0", "M1"]
    assert frame["project_id"].tolist() == ["P0000", "P0001"]
    assert len(warnings) == 1 and "read the DuckDB copy" in warnings[0] and "project_mentions" in warnings[0]


def test_both_copies_damaged_is_absent_with_a_warning(tmp_path: Path, tables: Tables) -> None:
    publish_tables(tmp_path, tables)
    (tmp_path / "parquet" / "project_mentions.parquet").write_bytes(b"PAR1garbage")
    (tmp_path / "energy.duckdb").resolve().write_bytes(b"not a database")
    warnings: list[str] = []
    assert read_published_table(tmp_path, "project_mentions", warn=warnings.append) is None
    assert len(warnings) == 1 and "treated as absent" in warnings[0]
    publish_tables(tmp_path, tables)  # the next publish writes a whole new publication
    assert len(read_published_table(tmp_path, "project_mentions")) == 2


def test_publishing_the_same_tables_again_switches_nothing(tmp_path: Path, tables: Tables) -> None:
    """Idempotent runs leave readers on the publication they have (no switch, nothing to tear)."""
    first = publish_tables(tmp_path, tables)
    again = publish_tables(tmp_path, make_tables(["0123456789abcdef", "fedcba9876543210"]))
    assert again.publication_id == first.publication_id
    assert publications(tmp_path) == [first.publication_id]
    changed = publish_tables(tmp_path, make_tables(["0123456789abcdef"]))
    assert changed.publication_id != first.publication_id

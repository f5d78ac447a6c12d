"""Dagster layer: definitions, sensor, schedule, and whole runs (with a fake extraction, and the real one)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path
from types import SimpleNamespace

import dagster as dg
import duckdb
import pandas as pd
import pytest

from assets.resources import WarehousePaths
from pipelines.definitions import build_definitions, defs
from pipelines.domain.publish.quality import FINDINGS
from pipelines.domain.publish.views import VIEW_NAMES
from pipelines.domain.publish.warehouse import read_published_table
from pipelines.domain.validate.schemas import PUBLISHED_TABLES
from pipelines.run import main, run_ingest_job
from pipelines.schedules import daily_reingest_schedule
from pipelines.sensors import new_articles_sensor
from pipelines.settings import DEFAULT_ARTICLES_DIR

ENGLISH = (
    "The {0} solar plant in the Turkistan region was built by China Power, and it is one of the largest.\n"
)
GROUPS = {"raw_articles", "article_extractions", "warehouse", *PUBLISHED_TABLES, *VIEW_NAMES, "report"}


def write_articles(folder: Path, names: list[str]) -> None:
    for name in names:
        (folder / f"{name}.txt").write_text(ENGLISH.format(name), encoding="utf-8")


def projects_in_duckdb(warehouse: Path) -> int:
    with duckdb.connect(str(warehouse / "energy.duckdb"), read_only=True) as con:
        return con.execute("SELECT count(*) FROM projects").fetchone()[0]


def test_definitions_hold_every_asset_check_sensor_and_schedule() -> None:
    dg.Definitions.validate_loadable(defs)
    job = defs.resolve_job_def("ingest_job")
    assert {key.to_user_string() for key in job.asset_layer.asset_graph.get_all_asset_keys()} == GROUPS
    checks = defs.resolve_asset_graph().asset_check_keys
    assert sum(key.name == "schema" for key in checks) == len(PUBLISHED_TABLES)
    assert sum(key.name == "foreign_keys" for key in checks) == 9
    assert {key.name for key in checks} == {
        "schema",
        "foreign_keys",
        "nothing_set_aside",
        "every_correction_applied",
        *FINDINGS,
    }
    assert new_articles_sensor.default_status == dg.DefaultSensorStatus.RUNNING
    assert daily_reingest_schedule.default_status == dg.DefaultScheduleStatus.RUNNING


def test_paths_come_from_the_environment(env_dirs: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = build_definitions().resources["paths"]
    assert (paths.articles, paths.warehouse) == (env_dirs.articles, env_dirs.warehouse)
    monkeypatch.delenv("ARTICLES_DIR")
    assert build_definitions().resources["paths"].articles == DEFAULT_ARTICLES_DIR


def test_sensor_requests_a_run_only_when_the_folder_changes(tmp_path: Path) -> None:
    write_articles(tmp_path, ["alpha"])
    resources = {"paths": WarehousePaths(articles_dir=str(tmp_path), warehouse_dir=str(tmp_path / "w"))}

    instance = dg.DagsterInstance.ephemeral()

    def evaluate(cursor: str | None) -> dg.SensorResult | dg.SkipReason:
        context = dg.build_sensor_context(cursor=cursor, resources=resources, instance=instance)
        return new_articles_sensor(context)

    first = evaluate(None)
    assert len(first.run_requests) == 1 and first.cursor
    assert isinstance(evaluate(first.cursor), dg.SkipReason)
    write_articles(tmp_path, ["beta"])
    second = evaluate(first.cursor)
    assert len(second.run_requests) == 1 and second.cursor != first.cursor
    os.remove(tmp_path / "beta.txt")
    assert evaluate(second.cursor).cursor == first.cursor


def test_sensor_requests_a_run_when_a_correction_is_made(tmp_path: Path) -> None:
    write_articles(tmp_path, ["alpha"])
    corrections = tmp_path / "corrections"
    paths = WarehousePaths(
        articles_dir=str(tmp_path), warehouse_dir=str(tmp_path / "w"), corrections_dir=str(corrections)
    )
    with dg.DagsterInstance.ephemeral() as instance:

        def evaluate(cursor: str | None) -> dg.SensorResult | dg.SkipReason:
            context = dg.build_sensor_context(cursor=cursor, resources={"paths": paths}, instance=instance)
            return new_articles_sensor(context)

        first = evaluate(None)
        assert isinstance(evaluate(first.cursor), dg.SkipReason)
        corrections.mkdir()
        (corrections / "set_values.csv").write_text("table_name,row_key,field,value,who,when,why\n")
        assert len(evaluate(first.cursor).run_requests) == 1


def test_sensor_survives_every_entry_the_scanner_rejects(tmp_path: Path) -> None:
    """Issue 8, item 10: a symbolic link loop crashed every tick (`Too many levels of symbolic links`)."""
    from tests.test_ingest import hostile_folder

    hostile_folder(tmp_path)
    resources = {"paths": WarehousePaths(articles_dir=str(tmp_path), warehouse_dir=str(tmp_path / "w"))}
    with dg.DagsterInstance.ephemeral() as instance:
        result = new_articles_sensor(dg.build_sensor_context(resources=resources, instance=instance))
        assert len(result.run_requests) == 1 and result.cursor
        missing = {"paths": WarehousePaths(articles_dir=str(tmp_path / "nope"), warehouse_dir=str(tmp_path))}
        skipped = new_articles_sensor(dg.build_sensor_context(resources=missing, instance=instance))
    assert isinstance(skipped, dg.SkipReason) and skipped.skip_message.startswith("create the folder")


def test_schedule_requests_the_ingest_job_daily() -> None:
    context = dg.build_schedule_context(scheduled_execution_time=dt.datetime(2025, 1, 2, 6, tzinfo=dt.UTC))
    data = daily_reingest_schedule.evaluate_tick(context)
    assert len(data.run_requests) == 1
    assert daily_reingest_schedule.job_name == "ingest_job"
    assert daily_reingest_schedule.cron_schedule == "0 6 * * *"


def test_run_publishes_every_table_and_reuses_the_cache(
    env_dirs: SimpleNamespace, fake_extraction: SimpleNamespace, capsys: pytest.CaptureFixture[str]
) -> None:
    write_articles(env_dirs.articles, ["alpha", "beta", "gamma"])
    (env_dirs.articles / "scan.pdf").write_bytes(b"%PDF")
    assert main() == 0
    out = capsys.readouterr().out
    assert "Articles: 4 files read, 3 accepted, 1 rejected" in out
    assert "3 articles processed, 0 reused" in out
    assert "Checks: 29 passed, 0 failed, 0 warnings" in out
    assert projects_in_duckdb(env_dirs.warehouse) == 3
    rejected = read_published_table(env_dirs.warehouse, "rejected_articles")
    assert rejected["source_file"].tolist() == ["scan.pdf"]
    assert fake_extraction.previous_mentions == [None]

    assert main() == 0
    assert "0 articles processed, 3 reused" in capsys.readouterr().out
    published = read_published_table(env_dirs.warehouse, "project_mentions")
    previous = fake_extraction.previous_mentions[1]
    pd.testing.assert_frame_equal(previous[published.columns], published)
    assert previous["source_file"].tolist() == ["alpha.txt", "beta.txt", "gamma.txt"]
    assert previous["name"].tolist() == [f"Zhanatas wind farm {i}" for i in range(3)]


def test_a_row_breaking_a_content_rule_is_quarantined_and_the_rest_published(
    env_dirs: SimpleNamespace, fake_extraction: SimpleNamespace, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 8, item 2: one bad row no longer blocks every article, and the summary names it."""
    write_articles(env_dirs.articles, ["alpha", "beta"])

    def zero_megawatts(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
        tables["capacities"].loc[0, ["value", "value_std"]] = [0.0, 0.0]  # "the 0 MW pilot wind farm"
        tables["projects"].loc[1, "region_code"] = "CN-XJ"  # a Chinese province for a KZ project
        return tables

    fake_extraction.build_tables = zero_megawatts
    assert main() == 0
    out = capsys.readouterr().out
    assert "Quarantined: 7 rows broke a content rule and were not published" in out
    assert "  capacities C0: value_std: greater_than(0) (0.0) in alpha.txt" in out
    assert "  projects P0001: region_code_is_in_country in beta.txt" in out
    assert "WARNING quarantined_rows:nothing_set_aside: 7 rows broke a content rule" in out
    assert "0 failed, 1 warning" in out
    assert "Warehouse: published " in out
    assert projects_in_duckdb(env_dirs.warehouse) == 1
    quarantined = read_published_table(env_dirs.warehouse, "quarantined_rows")
    assert sorted(quarantined["table_name"].unique()) == [
        "capacities",
        "investment_projects",
        "project_mentions",
        "project_participants",
        "project_status_history",
        "projects",
    ]
    capacities = read_published_table(env_dirs.warehouse, "capacities")
    assert capacities["capacity_id"].tolist() == []  # C0 broke a rule, C1 belongs to the quarantined P0001


def test_a_structural_failure_blocks_the_publish_and_keeps_the_last_warehouse(
    env_dirs: SimpleNamespace, fake_extraction: SimpleNamespace, capsys: pytest.CaptureFixture[str]
) -> None:
    write_articles(env_dirs.articles, ["alpha", "beta"])
    assert main() == 0
    duckdb_file, pointer = env_dirs.warehouse / "energy.duckdb", env_dirs.warehouse / "current"
    before = (duckdb_file.resolve(), os.readlink(pointer))

    def duplicate_key(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
        tables["projects"].loc[1, "project_id"] = "P0000"
        return tables

    fake_extraction.build_tables = duplicate_key
    write_articles(env_dirs.articles, ["gamma"])
    assert main() == 1
    out = capsys.readouterr().out
    assert "FAILED check: projects:schema" in out and "Warehouse: not published" in out
    assert (duckdb_file.resolve(), os.readlink(pointer)) == before
    assert projects_in_duckdb(env_dirs.warehouse) == 2

    with dg.DagsterInstance.ephemeral() as instance:
        result = (
            build_definitions()
            .resolve_job_def("ingest_job")
            .execute_in_process(instance=instance, raise_on_error=False)
        )
    failed = [e for e in result.get_asset_check_evaluations() if not e.passed]
    assert [(e.asset_key.to_user_string(), e.check_name) for e in failed] == [("projects", "schema")]
    assert "field_uniqueness" in failed[0].metadata["why"].value


def test_real_extraction_on_the_seed_articles(
    env_dirs: SimpleNamespace, capsys: pytest.CaptureFixture
) -> None:
    for path in DEFAULT_ARTICLES_DIR.glob("*.txt"):
        shutil.copy(path, env_dirs.articles)
    assert main() == 0, capsys.readouterr().out
    assert ", 0 failed" in capsys.readouterr().out
    first = read_published_table(env_dirs.warehouse, "projects")
    assert len(first) > 0
    assert main() == 0
    assert "0 articles processed" in capsys.readouterr().out
    second = read_published_table(env_dirs.warehouse, "projects")
    assert sorted(second["project_id"]) == sorted(first["project_id"])


def test_first_sensor_tick_runs_nothing_when_nothing_changed_since_the_last_publish(
    env_dirs: SimpleNamespace, fake_extraction: SimpleNamespace, capfd: pytest.CaptureFixture[str]
) -> None:
    write_articles(env_dirs.articles, ["alpha", "beta"])
    paths = WarehousePaths(articles_dir=str(env_dirs.articles), warehouse_dir=str(env_dirs.warehouse))
    with dg.DagsterInstance.ephemeral() as instance:

        def first_tick() -> dg.SensorResult | dg.SkipReason:
            context = dg.build_sensor_context(cursor=None, resources={"paths": paths}, instance=instance)
            return new_articles_sensor(context)

        assert len(first_tick().run_requests) == 1  # never published
        with dg.DagsterInstance.ephemeral() as other:
            run_ingest_job(other)
        assert len(first_tick().run_requests) == 1  # published, but not on this instance's record
        capfd.readouterr()
        execute = build_definitions().resolve_job_def("ingest_job").execute_in_process
        assert execute(instance=instance, raise_on_error=False).success
        assert " - DEBUG - " not in capfd.readouterr().err  # steps log at INFO by default
        unchanged = first_tick()
        assert unchanged.run_requests == [] and unchanged.cursor and unchanged.skip_reason
        write_articles(env_dirs.articles, ["gamma"])
        assert len(first_tick().run_requests) == 1
        (env_dirs.warehouse / "energy.duckdb").unlink()
        (env_dirs.articles / "gamma.txt").unlink()
        assert len(first_tick().run_requests) == 1  # the published file is gone

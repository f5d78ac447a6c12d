"""What the Dagster UI shows (published locations, kinds, column descriptions, warn-level checks) and
`make run`'s summary."""

from __future__ import annotations

from types import SimpleNamespace

import dagster as dg

from pipelines.definitions import build_definitions, defs
from pipelines.domain.publish.views import VIEW_NAMES
from pipelines.domain.publish.warehouse import read_published_table
from pipelines.domain.validate.schemas import PUBLISHED_TABLES


def columns(metadata: dict[str, object]) -> dict[str, str | None]:
    return {column.name: column.description for column in metadata["dagster/column_schema"].columns}


def test_tables_and_views_point_at_the_published_files(seed_run: SimpleNamespace) -> None:
    metadata, warehouse = seed_run.summary.metadata, seed_run.warehouse
    for name in (*PUBLISHED_TABLES, *VIEW_NAMES):
        assert metadata[name]["dagster/uri"] == (warehouse / "parquet" / f"{name}.parquet").as_uri()
        assert metadata[name]["dagster/table_name"] == f"energy.main.{name}"
        assert "path" not in metadata[name]  # no pickle in $DAGSTER_HOME/storage
    assert metadata["warehouse"]["dagster/uri"] == (warehouse / "energy.duckdb").as_uri()
    assert metadata["warehouse"]["parquet"] == str(warehouse / "parquet")  # not a generation folder
    assert metadata["report"]["dagster/uri"] == (warehouse / "report.html").as_uri()
    projects = read_published_table(warehouse, "projects")
    assert metadata["project_summary"]["dagster/row_count"] == len(projects)


def test_columns_are_described_as_in_the_contract(seed_run: SimpleNamespace) -> None:
    metadata = seed_run.summary.metadata
    assert columns(metadata["projects"])["region_code"] == "VARCHAR, ISO 3166-2 such as KZ-31, nullable"
    assert columns(metadata["capacities"])["value"] == "DOUBLE, as written"
    summary = columns(metadata["project_summary"])
    assert summary["installed_power_mw"].startswith("installed power chosen as in `project_capacity`, MW")
    for view in VIEW_NAMES:
        undocumented = [name for name, text in columns(metadata[view]).items() if not text]
        assert undocumented == [], view


def test_kinds_tag_every_asset() -> None:
    graph = defs.resolve_asset_graph()
    names = ("warehouse", "projects", "report", *VIEW_NAMES)
    kinds = {name: graph.get(dg.AssetKey(name)).kinds for name in names}
    assert kinds == {
        "warehouse": {"duckdb", "parquet"},
        "projects": {"pandas"},
        "report": {"html"},
        **{view: {"duckdb", "parquet"} for view in VIEW_NAMES},
    }


def test_warn_checks_flag_without_failing_the_run(seed_run: SimpleNamespace) -> None:
    summary = seed_run.summary
    projects = read_published_table(seed_run.warehouse, "projects")
    without_region = int(projects["region"].isna().sum())
    assert (without_region, len(projects)) == (5, 23)
    assert summary.warnings == [
        "project_summary:projects_without_region: 5 of 23 projects (22%) have no region (a warning above 10%)"
    ]
    assert {"project_capacity:conflicting_capacities", "project_capacity:capacities_without_project"} <= set(
        summary.checks_passed
    )


def test_run_summary_lists_every_table_and_the_items_to_review(seed_run: SimpleNamespace) -> None:
    lines = seed_run.summary.lines()
    issues = read_published_table(seed_run.warehouse, "extraction_issues")
    for name in (*PUBLISHED_TABLES, *VIEW_NAMES):
        assert (
            sum(
                line.split() == [name, str(seed_run.summary.metadata[name]["dagster/row_count"])]
                for line in lines
            )
            == 1
        ), name
    assert "  project_summary               23" in lines
    counts = "project_without_place 5, article_without_date 3, organisation_seen_once 1"
    assert f"To review: {len(issues)} rows in extraction_issues ({counts})" in lines
    assert "  article_without_date: 003_e26a8e655bbb5f59.txt: the text gives no date" in lines
    assert lines[-1] == f"Report: {seed_run.warehouse / 'report.html'}"


def test_definitions_name_where_each_asset_is_published(env_dirs: SimpleNamespace) -> None:
    graph = build_definitions().resolve_asset_graph()  # WAREHOUSE_DIR read now

    def metadata(name: str) -> dict[str, object]:
        return dict(graph.get(dg.AssetKey(name)).metadata)

    assert metadata("capacities") == {
        "dagster/uri": (env_dirs.warehouse / "parquet" / "capacities.parquet").as_uri(),
        "dagster/table_name": "energy.main.capacities",
    }
    assert metadata("investment_summary")["dagster/table_name"] == "energy.main.investment_summary"
    assert metadata("warehouse") == {"dagster/uri": (env_dirs.warehouse / "energy.duckdb").as_uri()}
    assert metadata("report") == {"dagster/uri": (env_dirs.warehouse / "report.html").as_uri()}

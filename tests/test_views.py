"""The views answer capacity and money per project without double counting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipelines.domain.publish.quality import find
from pipelines.domain.publish.views import VIEW_NAMES
from pipelines.domain.publish.warehouse import publish_tables
from tests.conftest import EVIDENCE, make_tables

ARTICLES = ["a000000000000001", "a000000000000002", "a000000000000003", "a000000000000004"]
PROJECTS = {  # id: (name, locality, status)
    "P1": ("Zhanatas wind farm", "Zhanatas", "operating"),
    "P2": ("Wind farm in Zhambyl", None, "pre-construction"),
    "P3": ("Wind farm in Zhambyl", None, "announced"),
    "P4": ("Highway in Almaty", None, "construction"),
    "P5": ("Hospital in Almaty", None, "construction"),
    "P6": ("Solar plant", None, "announced"),
    "P7": ("Solar plant", None, "announced"),
}
CAPACITIES = [  # project, metric, value_std, article
    ("P1", "installed_power", 100.0, 0),
    ("P1", "installed_power", 100.0, 1),
    ("P2", "installed_power", 1000.0, 0),
    ("P2", "installed_power", 1000.0, 1),
    ("P3", "installed_power", 300.0, 0),
    ("P3", "installed_power", 500.0, 2),
    ("P4", "annual_volume", 10.0, 3),
    ("P4", "annual_volume", 20.0, 3),
    ("P4", "annual_volume", 20.0, 3),
]
INVESTMENTS = {  # id: (amount in USD, projects covered)
    "I1": (1e9, ["P2", "P3"]),
    "I2": (2e9, ["P2", "P4", "P5"]),
    "I3": (5e8, ["P1"]),
    "I4": (1e8, []),
}
UNITS = {"installed_power": "MW", "annual_volume": "m3"}


def crafted_tables() -> dict[str, pd.DataFrame]:
    """Every table valid in form; the fourth article has no date."""
    tables = make_tables(ARTICLES)
    tables["articles"].loc[3, "published_date"] = None
    ids = list(PROJECTS)
    names, localities, statuses = zip(*PROJECTS.values(), strict=True)
    tables["projects"] = (
        tables["projects"]
        .iloc[[0] * len(ids)]
        .assign(project_id=ids, name=names, locality=localities, status=statuses)
    )
    tables["project_mentions"] = (
        tables["project_mentions"]
        .iloc[[0] * len(ids)]
        .assign(mention_id=[f"M{i}" for i in ids], project_id=ids)
    )
    tables["project_participants"] = (
        tables["project_participants"]
        .iloc[[0, 0]]
        .assign(project_id=["P1", "P1"], org_id=["O1", "O2"], role=["developer", "investor"])
    )
    project, metric, value, article = zip(*CAPACITIES, strict=True)
    tables["capacities"] = (
        tables["capacities"]
        .iloc[[0] * len(CAPACITIES)]
        .assign(
            capacity_id=[f"C{i}" for i in range(len(CAPACITIES))],
            project_id=project,
            metric=metric,
            value=value,
            value_std=value,
            unit_std=[UNITS[m] for m in metric],
            article_id=[ARTICLES[i] for i in article],
        )
    )
    tables["investments"] = (
        tables["investments"]
        .iloc[[0] * len(INVESTMENTS)]
        .assign(
            investment_id=list(INVESTMENTS),
            amount=[a for a, _ in INVESTMENTS.values()],
            amount_usd=[a for a, _ in INVESTMENTS.values()],
        )
    )
    links = [(i, p) for i, (_, covered) in INVESTMENTS.items() for p in covered]
    tables["investment_projects"] = pd.DataFrame(links, columns=["investment_id", "project_id"])
    tables["project_status_history"] = tables["project_status_history"].iloc[[0]].assign(project_id="P1")
    return {name: frame.reset_index(drop=True) for name, frame in tables.items()}


@pytest.fixture
def crafted(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    publish_tables(tmp_path, crafted_tables())
    with duckdb.connect(str(tmp_path / "energy.duckdb"), read_only=True) as con:
        yield con


def rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


def test_one_capacity_per_project_and_metric_with_how_it_was_chosen(crafted) -> None:
    chosen = rows(
        crafted,
        """
        SELECT project_id, value, min_value, max_value, reports, basis
        FROM project_capacity ORDER BY project_id
    """,
    )
    assert chosen == [
        ("P1", 100.0, 100.0, 100.0, 2, "2 reports agree"),
        ("P2", 1000.0, 1000.0, 1000.0, 2, "2 reports agree"),
        ("P3", 500.0, 300.0, 500.0, 2, "latest of 2 differing reports (2024-01-03)"),
        ("P4", 20.0, 10.0, 20.0, 3, "most often reported (2 of 3 differing reports)"),
    ]
    summary = rows(
        crafted,
        """
        SELECT project_id, installed_power_mw, installed_power_min_mw, installed_power_max_mw,
               annual_volume_m3
        FROM project_summary WHERE project_id IN ('P1', 'P3', 'P4') ORDER BY project_id
    """,
    )
    assert summary == [
        ("P1", 100.0, 100.0, 100.0, None),
        ("P3", 500.0, 300.0, 500.0, None),
        ("P4", None, None, None, 20.0),
    ]


def test_two_projects_never_share_a_name(crafted) -> None:
    names = dict(rows(crafted, "SELECT project_id, name FROM project_summary"))
    assert names == {
        "P1": "Zhanatas wind farm",
        "P2": "Wind farm in Zhambyl (1,000 MW)",
        "P3": "Wind farm in Zhambyl (500 MW)",
        "P4": "Highway in Almaty",
        "P5": "Hospital in Almaty",
        "P6": "Solar plant (P6)",
        "P7": "Solar plant (P7)",
    }


def test_an_amount_covering_several_projects_is_counted_once(crafted) -> None:
    assert rows(crafted, "SELECT sum(amount_usd), count(*) FROM investment_summary") == [(3.6e9, 4)]
    shared = rows(
        crafted,
        """
        SELECT projects, project_count, sole_project_id, attribution FROM investment_summary
        WHERE investment_id = 'I2'
    """,
    )
    covered = ["Highway in Almaty", "Hospital in Almaty", "Wind farm in Zhambyl (1,000 MW)"]
    assert shared == [(covered, 3, None, "shared by 3 projects")]
    assert rows(crafted, "SELECT attribution FROM investment_summary WHERE investment_id = 'I4'") == [
        ("no project named",)
    ]


def test_a_project_is_credited_only_with_amounts_that_cover_it_alone(crafted) -> None:
    money = rows(
        crafted,
        """
        SELECT project_id, investment_usd, investments_alone, investments_shared FROM project_summary
        WHERE project_id IN ('P1', 'P2', 'P3') ORDER BY project_id
    """,
    )
    assert money == [("P1", 5e8, 1, 0), ("P2", None, 0, 2), ("P3", None, 0, 1)]
    alone = rows(crafted, "SELECT sum(amount_usd) FROM investment_summary WHERE sole_project_id IS NOT NULL")
    assert alone == rows(crafted, "SELECT sum(investment_usd) FROM project_summary") == [(5e8,)]


def test_summary_lists_participants_by_role_and_reports(crafted) -> None:
    summary = rows(
        crafted,
        """
        SELECT developers, investors, contractors, first_reported, last_reported, articles
        FROM project_summary WHERE project_id = 'P1'
    """,
    )
    assert summary == [(["China Power"], ["Samruk-Kazyna"], [], dt.date(2024, 1, 1), dt.date(2024, 1, 1), 1)]


def test_every_fact_with_its_article_date_source_and_sentence(crafted) -> None:
    facts = rows(
        crafted,
        """
        SELECT fact_type, detail, value, unit, published_date, source, source_file, evidence
        FROM project_facts WHERE project_id = 'P1' ORDER BY fact_type, published_date
    """,
    )
    first = (dt.date(2024, 1, 1), "Astana Times", "000 news.txt", EVIDENCE)
    second = (dt.date(2024, 1, 2), "Astana Times", "001 news.txt", EVIDENCE)
    power = ("capacity", "installed_power: 100 megawatt (exact)", 100.0, "MW")
    assert facts == [
        (*power, *first),
        (*power, *second),
        ("investment", "USD 500,000,000 (over)", 5e8, "USD", *first),
        ("mention", "mentioned", None, None, *first),
        ("participant", "developer: China Power", None, None, *first),
        ("participant", "investor: Samruk-Kazyna", None, None, *first),
        ("status", "operating", None, None, *first),
    ]
    shared = rows(crafted, "SELECT detail FROM project_facts WHERE fact_id = 'I2' AND project_id = 'P4'")
    assert shared == [("USD 2,000,000,000 (over), shared by 3 projects",)]


def test_views_have_rows_in_parquet_too_and_work_on_empty_tables(tmp_path: Path) -> None:
    counts = publish_tables(tmp_path / "full", crafted_tables()).row_counts  # facts: 7 + 9 + 2 + 1 + 6
    assert {name: counts[name] for name in VIEW_NAMES} == {
        "project_capacity": 4,
        "project_summary": 7,
        "project_facts": 25,
        "investment_summary": 4,
    }
    for name in VIEW_NAMES:
        assert pq.read_metadata(tmp_path / "full" / "parquet" / f"{name}.parquet").num_rows == counts[name]
    empty = {name: frame.iloc[0:0] for name, frame in crafted_tables().items()}
    assert all(publish_tables(tmp_path / "empty", empty).row_counts[name] == 0 for name in VIEW_NAMES)


def test_seed_articles_zhanatas_has_100_mw_not_200(published_seeds: Path) -> None:
    with duckdb.connect(str(published_seeds / "energy.duckdb"), read_only=True) as con:
        naive = rows(
            con,
            """
            SELECT sum(c.value_std) FROM capacities c JOIN projects p USING (project_id)
            WHERE p.name = 'Zhanatas wind farm' AND c.metric = 'installed_power'
        """,
        )
        summary = rows(
            con,
            """
            SELECT installed_power_mw, installed_power_basis, region, unit_count
            FROM project_summary WHERE name = 'Zhanatas wind farm'
        """,
        )
    assert naive == [(200.0,)]
    assert summary == [(100.0, "2 reports agree", "Zhambyl", 40.0)]


def test_seed_articles_1_gw_wind_farm_and_its_shared_billion(published_seeds: Path) -> None:
    with duckdb.connect(str(published_seeds / "energy.duckdb"), read_only=True) as con:
        farm = rows(
            con,
            """
            SELECT name, installed_power_mw, investment_usd, investments_shared FROM project_summary
            WHERE reported_name = 'Wind farm in Zhambyl' AND installed_power_mw IS NOT NULL
        """,
        )
        shared = rows(con, "SELECT amount_usd, projects FROM investment_summary WHERE project_count > 1")
        totals = rows(
            con,
            """
            SELECT (SELECT sum(amount_usd) FROM investment_summary),
                   (SELECT sum(amount_usd) FROM investments),
                   (SELECT count(DISTINCT name) = count(*) FROM project_summary)
        """,
        )
    assert farm == [("Wind farm in Zhambyl (1,000 MW)", 1000.0, None, 1)]
    assert shared == [(1e9, ["Wind farm in Pavlodar", "Wind farm in Zhambyl (1,000 MW)"])]
    assert totals == [(3e9, 3e9, True)]


def test_findings_list_conflicting_capacities_and_figures_with_no_project(tmp_path: Path) -> None:
    tables = crafted_tables()
    tables["extraction_issues"] = pd.DataFrame(
        {
            "issue_type": ["capacity_without_project"],
            "article_id": [ARTICLES[0]],
            "subject": ["300 MW (installed_power)"],
            "detail": ["a figure no project takes"],
            "evidence": [EVIDENCE],
        }
    )
    publish_tables(tmp_path, tables)
    conflicting = find(tmp_path / "energy.duckdb", "conflicting_capacities")
    assert not conflicting.ok
    assert conflicting.rows[["name", "metric", "value", "min_value", "max_value"]].values.tolist() == [
        ["Highway in Almaty", "annual_volume", 20.0, 10.0, 20.0],
        ["Wind farm in Zhambyl (500 MW)", "installed_power", 500.0, 300.0, 500.0],
    ]
    orphans = find(tmp_path / "energy.duckdb", "capacities_without_project")
    assert (orphans.ok, orphans.summary) == (False, "1 capacity figures name no project (extraction_issues)")
    assert orphans.rows["source_file"].tolist() == ["000 news.txt"]
    no_region = find(tmp_path / "energy.duckdb", "projects_without_region")
    assert no_region.ok and no_region.summary == "0 of 7 projects (0%) have no region (a warning above 10%)"

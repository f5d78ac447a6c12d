"""Quarantine: rows breaking a content rule are set aside with the rule; structural failures stay to block."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from pipelines.domain.markdown import markdown_table
from pipelines.domain.validate.quarantine import quarantine, quarantine_lines
from pipelines.domain.validate.schemas import validation_failures
from tests.conftest import make_tables

Tables = dict[str, pd.DataFrame]


@pytest.fixture
def reconciled() -> Tables:
    tables = make_tables(["0123456789abcdef", "fedcba9876543210"])
    del tables["rejected_articles"], tables["quarantined_rows"]
    return tables


def set_aside(tables: Tables) -> list[tuple[str, str, str]]:
    rows = quarantine(tables).rows
    return list(zip(rows["table_name"], rows["row_key"], rows["rule"], strict=True))


@pytest.mark.parametrize(
    ("table", "values", "rules"),
    [
        ("capacities", {"value": math.inf, "value_std": math.inf}, ["value: finite", "value_std: finite"]),
        ("capacities", {"value": -500.0, "value_std": -500.0}, ["value: greater_than_or_equal_to(0)"]),
        ("capacities", {"value_std": 1e308}, ["value_std_within_metric_range"]),
        (
            "investments",
            {"amount": math.inf, "amount_usd": math.inf},
            ["amount: finite", "amount_usd: finite"],
        ),
        ("investments", {"amount": -2e9, "amount_usd": -2e9}, ["amount: greater_than_or_equal_to(0)"]),
        ("investments", {"amount_usd": 5e12}, ["amount_usd: less_than_or_equal_to(1000000000000.0)"]),
    ],
)
def test_impossible_numbers_are_quarantined_never_published(
    reconciled: Tables, table: str, values: dict[str, float], rules: list[str]
) -> None:
    """Issue 8, item 6: '999…9 MW' (inf) and '-500 MW' never reach the warehouse."""
    for column, value in values.items():
        reconciled[table].loc[0, column] = value
    result = quarantine(reconciled)
    found = result.rows[result.rows["table_name"] == table]
    assert set(rules) <= set(found["rule"]) and set(found["row_key"]) == {reconciled[table].iloc[0, 0]}
    kept = result.tables[table]
    assert len(kept) == 1 and kept.select_dtypes("number").map(math.isfinite).all().all()
    assert (kept.select_dtypes("number") >= 0).all().all()
    assert validation_failures(table, kept).empty


def test_region_outside_its_country_takes_the_projects_facts_with_it(reconciled: Tables) -> None:
    reconciled["projects"].loc[0, "region_code"] = "CN-XJ"  # a Chinese province code for a KZ project
    result = quarantine(reconciled)
    assert set_aside(reconciled)[0] == ("projects", "P0000", "region_code_is_in_country")
    followers = result.rows[result.rows["rule"].str.startswith("refers to a quarantined projects row")]
    assert sorted(followers["table_name"]) == [
        "capacities",
        "investment_projects",
        "project_mentions",
        "project_participants",
        "project_status_history",
    ]
    assert set(followers["value"]) == {"P0000"}
    for name, frame in result.tables.items():
        assert "P0000" not in set(frame.get("project_id", [])), name
    assert result.tables["investments"]["investment_id"].tolist() == ["I0", "I1"]  # the money stays
    first = result.rows.iloc[0]
    assert (first["article_id"], first["source_file"]) == ("0123456789abcdef", "000 news.txt")
    assert "Zhanatas" in first["evidence"]


def test_vocabulary_and_blank_evidence_are_content_rules(reconciled: Tables) -> None:
    reconciled["project_participants"].loc[1, "role"] = "sponsor"
    reconciled["capacities"].loc[1, "evidence"] = "  "
    found = set_aside(reconciled)
    assert [(table, key) for table, key, _ in found] == [
        ("project_participants", "P0001/O1/sponsor"),
        ("capacities", "C1"),
    ]
    assert found[0][2].startswith("role: isin(('developer', 'owner'")
    assert found[1][2] == "evidence: str_matches('\\s*\\S')"


def test_structural_failures_are_not_quarantined_so_they_still_block(reconciled: Tables) -> None:
    reconciled["projects"].loc[1, "project_id"] = "P0000"  # duplicate key
    reconciled["capacities"].loc[0, "capacity_id"] = None  # missing key
    reconciled["investments"] = reconciled["investments"].drop(columns="currency")  # missing column
    result = quarantine(reconciled)
    assert result.rows.empty
    assert len(result.tables["projects"]) == 2
    assert not validation_failures("projects", result.tables["projects"]).empty


def test_a_clean_warehouse_quarantines_nothing(reconciled: Tables) -> None:
    result = quarantine(reconciled)
    assert result.rows.empty and list(result.rows.columns)[:3] == ["table_name", "row_key", "rule"]
    for name, frame in reconciled.items():
        pd.testing.assert_frame_equal(result.tables[name], frame)
    assert validation_failures("quarantined_rows", result.rows).empty


def test_quarantine_lines_name_the_file(reconciled: Tables) -> None:
    reconciled["capacities"].loc[1, "value_std"] = 0.0
    lines = quarantine_lines(quarantine(reconciled).rows, limit=5)
    assert lines == ["capacities C1: value_std: greater_than(0) (0.0) in 001 news.txt"]


def test_markdown_tables_survive_pipes_and_line_breaks_in_file_names() -> None:
    """Minor item: a file named 'a|b.txt' or with a line break no longer breaks or adds table rows."""
    frame = pd.DataFrame(
        {"source_file": ["a|b.txt", "two\nlines.txt", "plain.txt"], "reason": ["x", "y", "z"]}
    )
    lines = markdown_table(frame).splitlines()
    assert len(lines) == 2 + 3
    assert "a\\|b.txt" in lines[2] and "two\\nlines.txt" in lines[3]
    assert all(line.count("|") - line.count("\\|") == 3 for line in lines)

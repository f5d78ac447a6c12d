"""pandera models and foreign-key checks of the published tables."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pytest

from pipelines.domain.validate.schemas import (
    PUBLISHED_TABLES,
    arrow_schema,
    check_foreign_keys,
    failures_markdown,
    validation_failures,
)

Tables = dict[str, pd.DataFrame]


def failures(tables: Tables, name: str) -> pd.DataFrame:
    return validation_failures(name, tables[name])


def test_valid_tables_pass(tables: Tables) -> None:
    assert set(tables) == set(PUBLISHED_TABLES)
    for name in PUBLISHED_TABLES:
        assert failures(tables, name).empty, name


def test_bad_status_is_reported_with_its_row(tables: Tables) -> None:
    tables["projects"].loc[1, "status"] = "bogus"
    found = failures(tables, "projects")
    assert found[["column", "failure_case", "index"]].values.tolist() == [["status", "bogus", 1]]
    assert found["check"].iloc[0].startswith("isin(")
    markdown = failures_markdown(found, tables["projects"])
    assert "bogus" in markdown and "Zhanatas wind farm 1" in markdown


@pytest.mark.parametrize("missing", ["", "   ", None])
def test_missing_evidence_fails(tables: Tables, missing: str | None) -> None:
    tables["capacities"].loc[0, "evidence"] = missing
    found = failures(tables, "capacities")
    assert found[["column", "index"]].values.tolist() == [["evidence", 0]]


def test_duplicate_keys_fail_on_every_copy(tables: Tables) -> None:
    tables["projects"].loc[1, "project_id"] = "P0000"
    found = failures(tables, "projects")
    assert set(found["check"]) == {"field_uniqueness"} and found["index"].tolist() == [0, 1]
    participants = pd.concat([tables["project_participants"]] * 2, ignore_index=True)
    found = validation_failures("project_participants", participants)
    assert set(found["column"]) == {"(row)"} and len(found) == 4
    assert found["failure_case"].iloc[0] == "project_id=P0000; org_id=O1; role=developer"


@pytest.mark.parametrize(
    ("table", "column", "value", "check"),
    [
        ("capacities", "unit_std", "kW", "isin"),
        ("capacities", "unit_std", "MWh", "unit_std_matches_metric"),
        ("capacities", "value_std", 0.0, "greater_than(0)"),
        ("capacities", "qualifier", "roughly", "isin"),
        ("investments", "currency", "usd", "str_matches"),
        ("investments", "amount", -5.0, "greater_than_or_equal_to(0)"),
        ("investments", "qualifier", "planned", "isin"),
        ("projects", "project_type", "windmill", "isin"),
        ("projects", "region", "Karagandy", "kazakh_region_is_canonical"),
        ("projects", "region_code", "31", "str_matches"),
        ("projects", "country", "KAZ", "str_matches"),
        ("project_participants", "role", "sponsor", "isin"),
        ("organisations", "aliases", ["CPIH"], "aliases_are_names_including_the_name"),
        ("organisations", "kind", "startup", "isin"),
        ("articles", "article_id", "not-a-hash", "str_matches"),
        ("articles", "published_date", "someday", "coerce_dtype"),
    ],
)
@pytest.mark.filterwarnings("ignore:Could not infer format")
def test_vocabularies_and_ranges(tables: Tables, table: str, column: str, value: object, check: str) -> None:
    frame = tables[table]
    frame[column] = frame[column].astype(object)
    frame.at[0, column] = value
    found = failures(tables, table)
    assert not found.empty
    assert found["check"].str.contains(check, regex=False).any(), found
    assert found["index"].eq(0).all()


def test_foreign_region_and_dates_as_strings_pass(tables: Tables) -> None:
    tables["projects"].loc[0, ["country", "region", "region_code"]] = ["CN", "Xinjiang", "CN-XJ"]
    tables["articles"]["published_date"] = ["2024-03-29", None]
    assert failures(tables, "projects").empty
    assert failures(tables, "articles").empty


def test_missing_column_is_a_table_level_failure(tables: Tables) -> None:
    found = validation_failures("investments", tables["investments"].drop(columns="amount_usd"))
    assert found[["column", "check", "failure_case"]].values.tolist() == [
        ["(table)", "column_in_dataframe", "amount_usd"]
    ]


def test_foreign_keys(tables: Tables) -> None:
    assert check_foreign_keys(tables).empty
    tables["project_mentions"].loc[0, "project_id"] = "P9999"
    tables["investments"]["investor_org_id"] = [None, "O7"]
    tables["extraction_issues"]["article_id"] = [None]
    violations = check_foreign_keys(tables)
    assert violations.values.tolist() == [
        ["project_mentions", "project_id", "P9999", "projects"],
        ["investments", "investor_org_id", "O7", "organisations"],
    ]


def test_arrow_schema_has_warehouse_types_and_keeps_extra_columns(tables: Tables) -> None:
    schema = arrow_schema("organisations", tables["organisations"].assign(rank=[1, 2]))
    assert schema.field("aliases").type == pa.list_(pa.string())
    assert schema.field("rank").type == pa.int64()
    projects = arrow_schema("projects", tables["projects"])
    assert projects.field("status_date").type == pa.date32()
    assert arrow_schema("capacities", tables["capacities"]).field("value_std").type == pa.float64()

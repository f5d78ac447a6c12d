"""The kinds of correction: one CSV per kind under `seeds/corrections/`, the columns each has, and which
fields of which published tables a correction may set or drop."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from pipelines.domain.validate.schemas import (
    MAX_VALUE_STD,
    METRIC_UNITS,
    PROJECT_TYPES,
    ROLES,
    STATUSES,
)

AUDIT_COLUMNS = ("who", "when", "why")  # every row: who made it, on which day (YYYY-MM-DD), and why


@dataclass(frozen=True)
class Kind:
    name: str  # also the file name: <name>.csv
    columns: tuple[str, ...]  # what the correction says, before AUDIT_COLUMNS
    optional: tuple[str, ...]  # columns that may be left blank
    meaning: str

    @property
    def header(self) -> tuple[str, ...]:
        return (*self.columns, *AUDIT_COLUMNS)


MERGE_PROJECTS = Kind(
    "merge_projects",
    ("project_id", "into_project_id"),
    (),
    "two projects are one: project_id's mentions and facts join into_project_id",
)
SPLIT_PROJECTS = Kind(
    "split_projects",
    ("project_id", "article_id", "mention_id", "new_name"),
    ("article_id", "mention_id", "new_name"),
    "one project is two: the mentions of project_id in article_id (or the one mention_id) form a new "
    "project, named new_name (blank: named from its mentions); rows with the same project_id and "
    "new_name form one new project",
)
DROP_ROWS = Kind(
    "drop_rows",
    ("table_name", "row_key"),
    (),
    "a row is no fact: the row of table_name with row_key is not published (nor the rows that refer to it)",
)
SET_VALUES = Kind(
    "set_values",
    ("table_name", "row_key", "field", "value"),
    ("value",),
    "a field's value: field of the row of table_name with row_key is value (blank: none)",
)
MERGE_ORGANISATIONS = Kind(
    "merge_organisations",
    ("org_id", "into_org_id"),
    (),
    "two organisations are one: org_id's names and roles join into_org_id",
)
SPLIT_ORGANISATIONS = Kind(
    "split_organisations",
    ("org_id", "alias"),
    (),
    "two organisations are different: the name alias, read as org_id, stands for another body",
)
KINDS = {
    kind.name: kind
    for kind in (
        MERGE_PROJECTS,
        SPLIT_PROJECTS,
        DROP_ROWS,
        SET_VALUES,
        MERGE_ORGANISATIONS,
        SPLIT_ORGANISATIONS,
    )
}
DROPPABLE = ("projects", "capacities", "investments", "project_participants")
TABLE_WORDS = {  # what the command line accepts for a table
    "project": "projects",
    "capacity": "capacities",
    "investment": "investments",
    "participant": "project_participants",
}

Check = Callable[[str], str | None]  # a value -> what is wrong with it, None when it is fine


def one_of(words: tuple[str, ...]) -> Check:
    return lambda value: None if value in words else f"'{value}' is not one of {', '.join(words)}"


def non_blank(value: str) -> str | None:
    return None if value.strip() else "a value is needed"


def any_text(value: str) -> str | None:
    return None


def positive_number(value: str) -> str | None:
    try:
        number = float(value)
    except ValueError:
        return f"'{value}' is not a number"
    within = 0 < number <= max(MAX_VALUE_STD.values()) and math.isfinite(number)
    return None if within else f"{value} is not a positive number within the plausible range"


# (table, field) -> the check of a value; region and locality may be blank (none), the region is
# checked against the project's country when applied, an investor against the organisations
SETTABLE: dict[tuple[str, str], Check] = {
    ("projects", "status"): one_of(STATUSES),
    ("projects", "project_type"): one_of(PROJECT_TYPES),
    ("projects", "name"): non_blank,
    ("projects", "region"): any_text,
    ("projects", "locality"): any_text,
    ("capacities", "value_std"): positive_number,
    ("capacities", "metric"): one_of(tuple(METRIC_UNITS)),
    ("investments", "investor_org_id"): any_text,
    ("project_participants", "role"): one_of(ROLES),
}

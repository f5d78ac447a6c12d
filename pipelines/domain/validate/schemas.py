"""pandera models of the published tables (docs/warehouse-contract.md + docs/architecture.md) and
cross-table foreign-key checks. Extra columns are allowed; listed columns must exist with these types."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pandera.pandas as pa
import pyarrow as pa_arrow
from pandera.engines.pandas_engine import Date
from pandera.typing import Series

from pipelines.domain.markdown import markdown_table

PROJECT_TYPES = (
    "wind",
    "solar",
    "hydro",
    "nuclear",
    "thermal",
    "oil_gas",
    "oil_refinery",
    "chemical",
    "smelter",
    "mining",
    "transmission",
    "storage",
    "manufacturing",
    "waste_to_energy",
    "biogas",
    "data_center",
    "transport",
    "digital",
    "agriculture",
    "social",
    "other",
)
STATUSES = (
    "announced",
    "pre-construction",
    "construction",
    "operating",
    "shelved",
    "cancelled",
    "retired",
    "mothballed",
    "unknown",
)
METRIC_UNITS = {
    "installed_power": "MW",
    "annual_generation": "MWh",
    "annual_output": "t",
    "annual_volume": "m3",
    "unit_count": "unit",
}
# the largest plausible value of each metric, in its standard unit: far above any single project
# (the largest power plant on earth is 22.5 GW; Kazakhstan generates about 115 TWh a year)
MAX_VALUE_STD = {
    "installed_power": 100_000.0,  # MW
    "annual_generation": 1e9,  # MWh
    "annual_output": 1e9,  # t
    "annual_volume": 1e12,  # m3
    "unit_count": 1e8,
}
MAX_AMOUNT_USD = 1e12  # a trillion dollars: more than any programme the articles describe
INVESTMENT_QUALIFIERS = ("exact", "approx", "up_to", "over")
CAPACITY_QUALIFIERS = (*INVESTMENT_QUALIFIERS, "planned")
ROLES = (
    "developer",
    "owner",
    "investor",
    "financier",
    "contractor",
    "operator",
    "supplier",
    "government",
    "partner",
)
ORG_KINDS = ("company", "bank", "fund", "government", "multilateral", "other")
KZ_REGIONS = (
    "Abai",
    "Akmola",
    "Aktobe",
    "Almaty Region",
    "Atyrau",
    "East Kazakhstan",
    "Jetisu",
    "Karaganda",
    "Kostanay",
    "Kyzylorda",
    "Mangystau",
    "North Kazakhstan",
    "Pavlodar",
    "Turkistan",
    "Ulytau",
    "West Kazakhstan",
    "Zhambyl",
    "Astana",
    "Almaty",
    "Shymkent",
)
NON_BLANK = r"\s*\S"  # pandera's str_matches anchors at the start
ARTICLE_ID = r"[0-9a-f]{16}$"
COUNTRY = r"[A-Z]{2}$"
CURRENCY = r"[A-Z]{3}$"
REGION_CODE = r"[A-Z]{2}-[A-Z0-9]{1,3}$"
CORRECTION_ID = r"cor_[0-9a-f]{12}$"
FAILURE_COLUMNS = ["column", "check", "failure_case", "index"]


def _id(**kwargs) -> pa.Field:
    return pa.Field(str_matches=NON_BLANK, **kwargs)


def _optional_text() -> pa.Field:
    return pa.Field(nullable=True, str_matches=NON_BLANK)


def _date() -> pa.Field:
    return pa.Field(nullable=True, coerce=True)


class _Table(pa.DataFrameModel):
    class Config:
        strict = False


class ArticlesSchema(_Table):
    article_id: Series[str] = pa.Field(unique=True, str_matches=ARTICLE_ID)
    source_file: Series[str] = _id(unique=True)
    title: Series[str] = _optional_text()
    published_date: Series[Date] = _date()
    source: Series[str] = _optional_text()
    date_note: Series[str] = _optional_text()
    near_duplicate_of: Series[str] = _optional_text()  # a later copy of a story: the first one


class OrganisationsSchema(_Table):
    org_id: Series[str] = _id(unique=True)
    name: Series[str] = _id()
    aliases: Series[object]
    country: Series[str] = pa.Field(nullable=True, str_matches=COUNTRY)
    kind: Series[str] = pa.Field(isin=ORG_KINDS)
    parent_org_id: Series[str] = _optional_text()

    @pa.dataframe_check
    def aliases_are_names_including_the_name(cls, df: pd.DataFrame) -> Series[bool]:
        pairs = zip(df["aliases"], df["name"], strict=True)
        valid = [_is_name_list(aliases) and name in list(aliases) for aliases, name in pairs]
        return pd.Series(valid, index=df.index)


class ProjectsSchema(_Table):
    project_id: Series[str] = _id(unique=True)
    name: Series[str] = _id()
    project_type: Series[str] = pa.Field(isin=PROJECT_TYPES)
    status: Series[str] = pa.Field(isin=STATUSES)
    country: Series[str] = pa.Field(str_matches=COUNTRY)
    region: Series[str] = _optional_text()
    region_code: Series[str] = pa.Field(nullable=True, str_matches=REGION_CODE)
    locality: Series[str] = _optional_text()
    status_date: Series[Date] = _date()

    @pa.dataframe_check
    def kazakh_region_is_canonical(cls, df: pd.DataFrame) -> Series[bool]:
        return df["country"].ne("KZ") | df["region"].isna() | df["region"].isin(KZ_REGIONS)

    @pa.dataframe_check
    def region_code_is_in_country(cls, df: pd.DataFrame) -> Series[bool]:
        prefix = df["country"].astype(str) + "-"
        same = [str(code).startswith(p) for code, p in zip(df["region_code"], prefix, strict=True)]
        return df["region_code"].isna() | pd.Series(same, df.index)


class ProjectMentionsSchema(_Table):
    mention_id: Series[str] = _id(unique=True)
    project_id: Series[str] = _id()
    article_id: Series[str] = pa.Field(str_matches=ARTICLE_ID)
    evidence: Series[str] = _id()
    sentence_idx: Series[int] = pa.Field(ge=0, coerce=True)


class ProjectParticipantsSchema(_Table):
    project_id: Series[str] = _id()
    org_id: Series[str] = _id()
    role: Series[str] = pa.Field(isin=ROLES)
    article_id: Series[str] = pa.Field(str_matches=ARTICLE_ID)
    evidence: Series[str] = _id()

    class Config:
        unique = ["project_id", "org_id", "role"]


class CapacitiesSchema(_Table):
    capacity_id: Series[str] = _id(unique=True)
    project_id: Series[str] = _id()
    metric: Series[str] = pa.Field(isin=tuple(METRIC_UNITS))
    value: Series[float] = pa.Field(ge=0, coerce=True)
    unit: Series[str] = _id()
    value_std: Series[float] = pa.Field(gt=0, coerce=True)
    unit_std: Series[str] = pa.Field(isin=tuple(set(METRIC_UNITS.values())))
    qualifier: Series[str] = pa.Field(isin=CAPACITY_QUALIFIERS)
    article_id: Series[str] = pa.Field(str_matches=ARTICLE_ID)
    evidence: Series[str] = _id()
    note: Series[str] = _optional_text()

    @pa.dataframe_check
    def unit_std_matches_metric(cls, df: pd.DataFrame) -> Series[bool]:
        return df["metric"].map(METRIC_UNITS).eq(df["unit_std"])

    @pa.check("value", "value_std", name="finite")
    def finite(cls, values: Series[float]) -> Series[bool]:
        return pd.Series(np.isfinite(values.to_numpy(dtype=float)), index=values.index)

    @pa.dataframe_check
    def value_std_within_metric_range(cls, df: pd.DataFrame) -> Series[bool]:
        return df["value_std"].astype(float).le(df["metric"].map(MAX_VALUE_STD)) | ~df["metric"].isin(
            tuple(MAX_VALUE_STD)
        )


class InvestmentsSchema(_Table):
    investment_id: Series[str] = _id(unique=True)
    investor_org_id: Series[str] = _optional_text()
    amount: Series[float] = pa.Field(ge=0, coerce=True)
    currency: Series[str] = pa.Field(str_matches=CURRENCY)
    amount_usd: Series[float] = pa.Field(ge=0, le=MAX_AMOUNT_USD, nullable=True, coerce=True)
    qualifier: Series[str] = pa.Field(isin=INVESTMENT_QUALIFIERS)
    article_id: Series[str] = pa.Field(str_matches=ARTICLE_ID)
    evidence: Series[str] = _id()

    @pa.check("amount", "amount_usd", name="finite")
    def finite(cls, values: Series[float]) -> Series[bool]:
        numbers = values.to_numpy(dtype=float)
        return pd.Series(np.isfinite(numbers) | np.isnan(numbers), index=values.index)


class UnconvertedInvestmentsSchema(InvestmentsSchema):
    """Amounts the text gives only in another currency: `amount_usd` is the rate table's estimate."""

    project_ids: Series[object]

    @pa.check("project_ids", name="list_of_project_ids")
    def project_ids_are_a_list(cls, values: Series[object]) -> Series[bool]:
        return values.map(lambda ids: _is_name_list(ids) or _is_empty_list(ids))


class InvestmentProjectsSchema(_Table):
    investment_id: Series[str] = _id()
    project_id: Series[str] = _id()

    class Config:
        unique = ["investment_id", "project_id"]


class ProjectStatusHistorySchema(_Table):
    project_id: Series[str] = _id()
    status: Series[str] = pa.Field(isin=STATUSES)
    reported_date: Series[Date] = _date()
    article_id: Series[str] = pa.Field(str_matches=ARTICLE_ID)
    evidence: Series[str] = _id()


class ExtractionIssuesSchema(_Table):
    issue_type: Series[str] = _id()
    article_id: Series[str] = pa.Field(nullable=True, str_matches=ARTICLE_ID)
    subject: Series[str]
    detail: Series[str] = _id()
    evidence: Series[str] = pa.Field(nullable=True)


class RejectedArticlesSchema(_Table):
    source_file: Series[str] = _id(unique=True)
    reason: Series[str] = _id()
    duplicate_of: Series[str] = _optional_text()


class QuarantinedRowsSchema(_Table):
    table_name: Series[str] = _id()
    row_key: Series[str] = _id()
    rule: Series[str] = _id()
    value: Series[str] = pa.Field(nullable=True)
    article_id: Series[str] = pa.Field(nullable=True, str_matches=ARTICLE_ID)
    source_file: Series[str] = pa.Field(nullable=True)
    evidence: Series[str] = pa.Field(nullable=True)


class CorrectionsSchema(_Table):
    """Each published row a correction changed or removed (pipelines/domain/correct)."""

    correction_id: Series[str] = pa.Field(str_matches=CORRECTION_ID)
    kind: Series[str] = _id()
    table_name: Series[str] = _id()
    row_key: Series[str] = _id()
    field: Series[str] = _optional_text()
    old_value: Series[str] = pa.Field(nullable=True)
    new_value: Series[str] = pa.Field(nullable=True)
    who: Series[str] = _id()
    when: Series[Date] = pa.Field(coerce=True)
    why: Series[str] = _id()
    file: Series[str] = _id()
    line: Series[int] = pa.Field(ge=1, coerce=True)

    class Config:
        unique = ["correction_id", "table_name", "row_key", "field"]


class StaleCorrectionsSchema(_Table):
    """Each correction not applied, with the reason (its target is gone, it contradicts another, or the
    row cannot be read as a correction: then who, when or why may be missing)."""

    correction_id: Series[str] = pa.Field(str_matches=CORRECTION_ID)
    kind: Series[str] = _id()
    target: Series[str]
    reason: Series[str] = _id()
    who: Series[str]
    when: Series[Date] = _date()
    why: Series[str]
    file: Series[str] = _id()
    line: Series[int] = pa.Field(ge=1, coerce=True)

    class Config:
        unique = ["file", "line"]


SCHEMAS: dict[str, type[pa.DataFrameModel]] = {
    "articles": ArticlesSchema,
    "organisations": OrganisationsSchema,
    "projects": ProjectsSchema,
    "project_mentions": ProjectMentionsSchema,
    "project_participants": ProjectParticipantsSchema,
    "capacities": CapacitiesSchema,
    "investments": InvestmentsSchema,
    "investment_projects": InvestmentProjectsSchema,
    "unconverted_investments": UnconvertedInvestmentsSchema,
    "project_status_history": ProjectStatusHistorySchema,
    "extraction_issues": ExtractionIssuesSchema,
    "rejected_articles": RejectedArticlesSchema,
    "quarantined_rows": QuarantinedRowsSchema,
    "corrections": CorrectionsSchema,
    "stale_corrections": StaleCorrectionsSchema,
}
PUBLISHED_TABLES = tuple(SCHEMAS)
CORRECTION_TABLES = ("corrections", "stale_corrections")  # what the analysts' corrections did
# the tables reconcile.build_tables returns (rejected_articles comes from the scan, quarantined_rows
# from the validation of these, the correction tables from the corrections applied to them)
RECONCILED_TABLES = tuple(
    name for name in SCHEMAS if name not in {"rejected_articles", "quarantined_rows", *CORRECTION_TABLES}
)
# the columns that name a row of each table (its id, or what makes it unique)
ROW_KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id",),
    "organisations": ("org_id",),
    "projects": ("project_id",),
    "project_mentions": ("mention_id",),
    "project_participants": ("project_id", "org_id", "role"),
    "capacities": ("capacity_id",),
    "investments": ("investment_id",),
    "investment_projects": ("investment_id", "project_id"),
    "unconverted_investments": ("investment_id",),
    "project_status_history": ("project_id", "status", "article_id"),
    "extraction_issues": ("issue_type", "subject"),
    "rejected_articles": ("source_file",),
    "quarantined_rows": ("table_name", "row_key", "rule"),
    "corrections": ("correction_id", "table_name", "row_key", "field"),
    "stale_corrections": ("file", "line"),
}

# (child table, column, parent table, parent column); null child values are not violations
FOREIGN_KEYS = (
    ("organisations", "parent_org_id", "organisations", "org_id"),
    ("project_mentions", "project_id", "projects", "project_id"),
    ("project_mentions", "article_id", "articles", "article_id"),
    ("project_participants", "project_id", "projects", "project_id"),
    ("project_participants", "org_id", "organisations", "org_id"),
    ("project_participants", "article_id", "articles", "article_id"),
    ("capacities", "project_id", "projects", "project_id"),
    ("capacities", "article_id", "articles", "article_id"),
    ("investments", "investor_org_id", "organisations", "org_id"),
    ("investments", "article_id", "articles", "article_id"),
    ("investment_projects", "investment_id", "investments", "investment_id"),
    ("investment_projects", "project_id", "projects", "project_id"),
    ("unconverted_investments", "investor_org_id", "organisations", "org_id"),
    ("unconverted_investments", "article_id", "articles", "article_id"),
    ("project_status_history", "project_id", "projects", "project_id"),
    ("project_status_history", "article_id", "articles", "article_id"),
    ("extraction_issues", "article_id", "articles", "article_id"),
)
_ARROW_TYPES = {
    "str": pa_arrow.string(),
    "float64": pa_arrow.float64(),
    "int64": pa_arrow.int64(),
    "date": pa_arrow.date32(),
    "object": pa_arrow.list_(pa_arrow.string()),  # the only object columns are lists of names
}


def _is_empty_list(value: object) -> bool:
    return isinstance(value, list | tuple | np.ndarray) and len(value) == 0


def _is_name_list(value: object) -> bool:
    is_sequence = isinstance(value, list | tuple | np.ndarray)
    return is_sequence and all(isinstance(item, str) and item.strip() for item in value)


def validation_failures(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """What is wrong with `frame` as table `name`: FAILURE_COLUMNS, no rows when it is valid."""
    try:
        SCHEMAS[name].validate(frame, lazy=True)
    except pa.errors.SchemaErrors as err:
        return readable_failures(err.failure_cases)
    return pd.DataFrame(columns=FAILURE_COLUMNS)


def readable_failures(failure_cases: pd.DataFrame) -> pd.DataFrame:
    """pandera's failure cases reduced to column, check, offending value and row index."""
    cases = failure_cases.assign(failure_case=failure_cases["failure_case"].astype(str))
    row_level = cases["schema_context"].eq("DataFrameSchema") & cases["index"].notna()
    rows = (
        cases[row_level]
        .assign(pair=cases["column"].astype(str) + "=" + cases["failure_case"])
        .groupby(["check", "index"], sort=False)["pair"]
        .agg(lambda pairs: "; ".join(pairs.head(3)))
        .reset_index()
        .rename(columns={"pair": "failure_case"})
        .assign(column="(row)")
    )
    table_level = cases["schema_context"].eq("DataFrameSchema") & cases["index"].isna()
    cases.loc[table_level, "column"] = "(table)"
    failures = pd.concat([cases[~row_level], rows], ignore_index=True)[FAILURE_COLUMNS]
    failures["check"] = failures["check"].astype(str).map(lambda c: c if len(c) <= 60 else c[:57] + "...")
    positions = pd.to_numeric(failures["index"], errors="coerce")
    if positions.count() == failures["index"].count():  # integer row labels: show them as integers
        failures["index"] = positions.astype("Int64")
    return failures.sort_values("index", key=lambda s: pd.to_numeric(s, errors="coerce"), kind="stable")


def failures_markdown(failures: pd.DataFrame, frame: pd.DataFrame, max_rows: int = 20) -> str:
    """Markdown for Dagster metadata: the failed checks, then the failing rows themselves."""
    failing = frame.loc[frame.index.intersection(failures["index"].dropna().unique())].head(max_rows)
    rows = markdown_table(failing, index=True) if len(failing) else "(table-level failure)"
    checks = markdown_table(failures.head(max_rows))
    return f"**{len(failures)} failure(s)**\n\n{checks}\n\n**Failing rows**\n\n{rows}"


def check_foreign_keys(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Child values with no parent row: columns child_table, column, value, parent_table."""
    found = []
    for child, column, parent, parent_column in FOREIGN_KEYS:
        if child not in tables or parent not in tables or column not in tables[child]:
            continue
        values = tables[child][column].dropna()
        missing = values[~values.isin(tables[parent][parent_column])].unique()
        found += [
            {"child_table": child, "column": column, "value": value, "parent_table": parent}
            for value in missing
        ]
    return pd.DataFrame(found, columns=["child_table", "column", "value", "parent_table"])


def arrow_schema(name: str, frame: pd.DataFrame) -> pa_arrow.Schema:
    """Arrow types for table `name`: the model's columns first (DATE, DOUBLE, VARCHAR[] ...), then extras."""
    columns = SCHEMAS[name].to_schema().columns if name in SCHEMAS else {}
    fields = [pa_arrow.field(col, _ARROW_TYPES[str(spec.dtype)]) for col, spec in columns.items()]
    extras = [col for col in frame.columns if col not in columns]
    return pa_arrow.schema(fields + list(pa_arrow.Schema.from_pandas(frame[extras], preserve_index=False)))

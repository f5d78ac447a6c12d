"""What the extractor is unsure about, as a table an analyst can work through."""

from __future__ import annotations

import pandas as pd

from pipelines.domain.reconcile.columns import column_rows
from pipelines.domain.reconcile.organisations import OrganisationResolver

ISSUE_COLUMNS = ["issue_type", "article_id", "subject", "detail", "evidence"]
_CONFLICT = 0.10  # relative spread of one project's reported values that counts as a conflict


def extraction_issues(
    tables: dict[str, pd.DataFrame], unassigned: pd.DataFrame, resolver: OrganisationResolver
) -> pd.DataFrame:
    """Capacities with no project, projects with no place, organisations seen once, conflicting capacities,
    articles without a date."""
    parts = [
        _capacities_without_project(unassigned),
        _projects_without_place(tables),
        _organisations_seen_once(tables["organisations"], resolver),
        _conflicting_capacities(tables),
        _undated_articles(tables["articles"]),
    ]
    return pd.concat(
        [p for p in parts if len(p)] or [pd.DataFrame(columns=ISSUE_COLUMNS)], ignore_index=True
    )[ISSUE_COLUMNS]


def _frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=ISSUE_COLUMNS)


def _capacities_without_project(unassigned: pd.DataFrame) -> pd.DataFrame:
    return _frame(
        [
            {
                "issue_type": "capacity_without_project",
                "article_id": r.article_id,
                "subject": f"{r.value_std:g} {r.unit_std} ({r.metric})",
                "detail": "a figure with a capacity unit that no project in its sentence takes",
                "evidence": r.evidence,
            }
            for r in unassigned.itertuples()
        ]
    )


def _projects_without_place(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    projects = tables["projects"]
    placeless = projects[projects.region.isna() & projects.locality.isna()]
    first = tables["project_mentions"].drop_duplicates("project_id").set_index("project_id")
    return _frame(
        [
            {
                "issue_type": "project_without_place",
                "article_id": first.article_id.get(p.project_id),
                "subject": f"{p.name} ({p.project_id})",
                "detail": "no region or town given; country only",
                "evidence": first.evidence.get(p.project_id),
            }
            for p in placeless.itertuples()
        ]
    )


def _organisations_seen_once(organisations: pd.DataFrame, resolver: OrganisationResolver) -> pd.DataFrame:
    first_name: dict[str, object] = {}  # org id -> the name of its first row
    for org_id, name in column_rows(organisations, "org_id", "name"):
        first_name.setdefault(org_id, name)
    rows = []
    for key, surfaces in resolver.surfaces.items():
        if sum(surfaces.values()) == 1 and not key.startswith("ref:"):
            rows.append(
                {
                    "issue_type": "organisation_seen_once",
                    "article_id": None,
                    "subject": first_name.get(resolver.org_id(key), key),
                    "detail": "named once and not in the reference list: check the name's extent",
                    "evidence": None,
                }
            )
    return _frame(rows)


def _conflicting_capacities(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Projects whose reported values of one metric spread by more than _CONFLICT; only the groups that do
    are gone through row by row."""
    grouped = tables["capacities"].groupby(["project_id", "metric"])
    spread = grouped.value_std.agg(["min", "max"])
    rows = []
    for (pid, metric), low, high in spread.itertuples(name=None):
        if high > low * (1 + _CONFLICT):
            group = grouped.get_group((pid, metric))
            rows.append(
                {
                    "issue_type": "conflicting_capacities",
                    "article_id": group.article_id.iloc[-1],
                    "subject": f"{pid} {metric}",
                    "detail": f"reported from {low:g} to {high:g} {group.unit_std.iloc[0]}",
                    "evidence": " | ".join(group.evidence.unique()),
                }
            )
    return _frame(rows)


def _undated_articles(articles: pd.DataFrame) -> pd.DataFrame:
    undated = articles[articles.published_date.isna()]
    return _frame(
        [
            {
                "issue_type": "article_without_date",
                "article_id": a.article_id,
                "subject": a.source_file,
                "detail": a.date_note or "no date found",
                "evidence": None,
            }
            for a in undated.itertuples()
        ]
    )

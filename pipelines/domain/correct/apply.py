"""One run's corrections: within reconciliation (the hooks `reconcile.build_tables` calls), then on the
tables it built, before they are validated and published."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from pipelines.domain.correct.files import CorrectionSet
from pipelines.domain.correct.grouping import Merged, Regrouped, regroup
from pipelines.domain.correct.journal import Journal
from pipelines.domain.correct.kinds import (
    DROP_ROWS,
    MERGE_ORGANISATIONS,
    MERGE_PROJECTS,
    SET_VALUES,
    SPLIT_ORGANISATIONS,
    SPLIT_PROJECTS,
)
from pipelines.domain.correct.organisations import merge_organisations, organisations_apart, record_splits
from pipelines.domain.correct.rows import Gone, drop_rows, set_values, where
from pipelines.domain.reference import Reference

Tables = dict[str, pd.DataFrame]


@dataclass(frozen=True)
class Corrected:
    tables: Tables  # the reconciled tables with every applicable correction applied
    corrections: pd.DataFrame  # the published `corrections`: each row a correction changed or removed
    stale: pd.DataFrame  # the published `stale_corrections`: each correction not applied, and why


class Corrector:
    """Applies a set of corrections in one run: `organisations_apart` and `regroup` are called by
    `reconcile.build_tables`; `apply` then corrects the tables it returned."""

    def __init__(self, corrections: CorrectionSet, ref: Reference) -> None:
        self.corrections = corrections
        self.ref = ref
        self.journal = Journal()
        self.regrouped: Regrouped | None = None
        for unusable in corrections.invalid:
            self.journal.unapplied(unusable.correction, unusable.reason)

    def organisations_apart(self) -> dict[str, set[str]]:
        return organisations_apart(self.corrections.of(SPLIT_ORGANISATIONS))

    def regroup(self, mentions: pd.DataFrame) -> dict[str, str]:
        splits, merges = self.corrections.of(SPLIT_PROJECTS), self.corrections.of(MERGE_PROJECTS)
        self.regrouped = regroup(mentions, splits, merges, self.journal)
        return self.regrouped.project_of

    def apply(self, tables: Tables) -> Corrected:
        regrouped = self.regrouped or self._not_regrouped()
        gone = _merged_away("projects", regrouped.merged_into)
        tables = self._name_splits(tables, regrouped)
        record_splits(tables["organisations"], self.corrections.of(SPLIT_ORGANISATIONS), self.journal)
        tables, merged = merge_organisations(tables, self.corrections.of(MERGE_ORGANISATIONS), self.journal)
        gone |= _merged_away("organisations", merged)
        tables = drop_rows(tables, self.corrections.of(DROP_ROWS), self.journal, gone)
        tables = set_values(tables, self.corrections.of(SET_VALUES), self.journal, gone, self.ref)
        return Corrected(tables, self.journal.corrections(), self.journal.stale_corrections())

    def _not_regrouped(self) -> Regrouped:
        """Reconciliation ran without these hooks: merges and splits of projects are listed, not lost."""
        for correction in self.corrections.of(SPLIT_PROJECTS) + self.corrections.of(MERGE_PROJECTS):
            self.journal.unapplied(correction, "reconciliation ran without corrections")
        return Regrouped({}, {}, {})

    def _name_splits(self, tables: Tables, regrouped: Regrouped) -> Tables:
        """A project made by a split takes the name the split gives it, if any."""
        projects = tables["projects"].copy()
        for new, (name, split) in regrouped.split_names.items():
            found = projects.index[projects["project_id"].eq(new)]
            if name and len(found):
                self.journal.changed(split, "projects", new, "name", projects.at[found[0], "name"], name)
                projects.at[found[0], "name"] = name
        return {**tables, "projects": projects}


def _merged_away(table: str, merged: Merged) -> Gone:
    return {
        (table, source): f"{source} was merged into {target} by {where(rows[0])}"
        for source, (target, rows) in merged.items()
    }

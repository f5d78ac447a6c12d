"""What `make run` prints: read from the run's own events, so it describes what this run published."""

from __future__ import annotations

from dataclasses import dataclass, field

import dagster as dg
import pandas as pd

from pipelines import settings
from pipelines.domain.publish.views import VIEW_NAMES
from pipelines.domain.publish.warehouse import read_published_table
from pipelines.domain.validate.schemas import PUBLISHED_TABLES

LISTED_ISSUES = 20  # review items printed; the rest are counted


@dataclass
class RunSummary:
    success: bool
    metadata: dict[str, dict[str, object]] = field(default_factory=dict)  # asset name -> metadata values
    checks_passed: list[str] = field(default_factory=list)
    checks_failed: list[str] = field(default_factory=list)  # blocking (error-level) checks that failed
    warnings: list[str] = field(default_factory=list)  # warn-level checks that did not pass, with why
    step_errors: list[str] = field(default_factory=list)  # "step: first line of the error"
    issues: pd.DataFrame | None = None  # the published extraction_issues

    def value(self, asset: str, key: str) -> object:
        return self.metadata.get(asset, {}).get(key, "-")

    def rows(self, names: tuple[str, ...]) -> list[str]:
        """Rows of each table or view as published (as built, when nothing was published)."""
        published = self.metadata.get("warehouse", {}).get("rows")
        counts = published if isinstance(published, dict) else {}
        return [f"  {n:<24}{counts.get(n, self.value(n, 'dagster/row_count')):>8}" for n in names]

    def lines(self) -> list[str]:
        return [
            f"Run: {'succeeded' if self.success else 'FAILED'}",
            *[f"  step failed: {error}" for error in self.step_errors],
            self.articles_line(),
            f"Extraction: {self.value('article_extractions', 'processed')} articles processed, "
            f"{self.value('article_extractions', 'reused')} reused from the cache, "
            f"{self.value('article_extractions', 'failed')} set aside (extractor error or over budget)",
            "Tables (rows):",
            *self.rows(PUBLISHED_TABLES),
            "Views (rows):",
            *self.rows(VIEW_NAMES),
            *self.quarantine_lines(),
            *self.correction_lines(),
            f"Checks: {len(self.checks_passed)} passed, {len(self.checks_failed)} failed, "
            f"{len(self.warnings)} warning{'' if len(self.warnings) == 1 else 's'}",
            *[f"  FAILED check: {name}" for name in self.checks_failed],
            *[f"  WARNING {warning}" for warning in self.warnings],
            *self.issue_lines(),
            *self.output_lines(),
        ]

    def articles_line(self) -> str:
        """Files read, and how many ended in `articles` or in `rejected_articles` (extractor failures too)."""
        scanned = [self.value("raw_articles", key) for key in ("accepted", "rejected")]
        rejected = self.value("rejected_articles", "dagster/row_count")
        if not all(isinstance(n, int) for n in (*scanned, rejected)):
            return f"Articles: {scanned[0]} accepted, {scanned[1]} rejected (see rejected_articles)"
        read = sum(scanned)
        kept = read - rejected
        return f"Articles: {read} files read, {kept} accepted, {rejected} rejected (see rejected_articles)"

    def quarantine_lines(self) -> list[str]:
        count = self.value("quarantined_rows", "dagster/row_count")
        if not isinstance(count, int) or count == 0:
            return []
        named = self.value("quarantined_rows", "set_aside")
        head = f"Quarantined: {count} rows broke a content rule and were not published (see quarantined_rows)"
        return [head, *[f"  {line}" for line in (named if isinstance(named, list) else [])]]

    def correction_lines(self) -> list[str]:
        """Corrections applied, and those not applied with the reason (stale_corrections)."""
        applied, stale = (
            self.value("corrections", "applied"),
            self.value("stale_corrections", "dagster/row_count"),
        )
        if not isinstance(applied, int) or not isinstance(stale, int) or applied + stale == 0:
            return []
        rows = self.value("corrections", "dagster/row_count")
        head = f"Corrections: {applied} applied ({rows} published rows changed or removed, see corrections)"
        if not stale:
            return [head]
        named = self.value("stale_corrections", "not_applied")
        listed = [f"  {line}" for line in (named if isinstance(named, list) else [])]
        return [head, f"  NOT APPLIED: {stale} (see stale_corrections)", *listed]

    def issue_lines(self) -> list[str]:
        """The rows of extraction_issues to review: counted by type, the first ones listed."""
        if self.issues is None:
            return []
        counts = self.issues["issue_type"].value_counts()
        by_type = ", ".join(f"{kind} {count}" for kind, count in counts.items())
        lines = [f"To review: {len(self.issues)} rows in extraction_issues ({by_type or 'none'})"]
        for issue in self.issues.head(LISTED_ISSUES).itertuples():
            lines.append(f"  {issue.issue_type}: {issue.subject}: {issue.detail}")
        if len(self.issues) > LISTED_ISSUES:
            more = len(self.issues) - LISTED_ISSUES
            lines.append(f'  ... and {more} more: echo "SELECT * FROM extraction_issues" | make -s sql')
        return lines

    def output_lines(self) -> list[str]:
        if "warehouse" not in self.metadata:
            return ["Warehouse: not published (the previous one, if any, is unchanged)"]
        publication, path = self.value("warehouse", "publication"), self.value("warehouse", "duckdb")
        done = "unchanged, the tables equal" if self.value("warehouse", "switched") is False else "published"
        lines = [f"Warehouse: {done} publication {publication} ({path}; make sql opens it)"]
        if "report" in self.metadata:
            lines.append(f"Report: {self.value('report', 'path')}")
        return lines


def summarise(result: dg.ExecuteInProcessResult) -> RunSummary:
    summary = RunSummary(success=result.success)
    for event in result.get_asset_materialization_events():
        materialization = event.step_materialization_data.materialization
        values = {key: meta.value for key, meta in materialization.metadata.items()}
        summary.metadata[materialization.asset_key.to_user_string()] = values
    for evaluation in result.get_asset_check_evaluations():
        name = f"{evaluation.asset_key.to_user_string()}:{evaluation.check_name}"
        if evaluation.passed:
            summary.checks_passed.append(name)
        elif evaluation.severity == dg.AssetCheckSeverity.WARN:
            summary.warnings.append(f"{name}: {evaluation.description}")
        else:
            summary.checks_failed.append(name)
    for event in result.all_events:
        if event.is_step_failure:
            message = event.step_failure_data.error.message.strip().splitlines()
            summary.step_errors.append(f"{event.step_key}: {message[0] if message else 'unknown error'}")
    if "warehouse" in summary.metadata:
        summary.issues = read_published_table(settings.warehouse_dir(), "extraction_issues")
    return summary

"""`make run`: materialise every asset and run every check in-process (no UI), then print a summary.

Exits 1 when the run failed or a blocking check failed (warn-level checks are printed, and do not fail the
run). Runs are recorded in $DAGSTER_HOME when it is set (so they show up in `make dev`), in a throw-away
instance otherwise.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

import dagster as dg
import pandas as pd

from pipelines import settings
from pipelines.definitions import build_definitions
from pipelines.domain.publish.views import VIEW_NAMES
from pipelines.domain.publish.warehouse import read_published_table
from pipelines.domain.validate.schemas import PUBLISHED_TABLES

LISTED_ISSUES = 20  # review items printed; the rest are counted


@dataclass
class RunSummary:
    success: bool
    metadata: dict[str, dict[str, object]] = field(default_factory=dict)  # asset name -> metadata values
    checks_passed: list[str] = field(default_factory=list)
    checks_failed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # warn-level checks that did not pass, with why
    issues: pd.DataFrame | None = None  # the published extraction_issues

    def value(self, asset: str, key: str) -> object:
        return self.metadata.get(asset, {}).get(key, "-")

    def rows(self, names: tuple[str, ...]) -> list[str]:
        return [f"  {name:<24}{self.value(name, 'dagster/row_count'):>8}" for name in names]

    def lines(self) -> list[str]:
        accepted, rejected = self.value("raw_articles", "accepted"), self.value("raw_articles", "rejected")
        read = accepted + rejected if isinstance(accepted, int) and isinstance(rejected, int) else "-"
        lines = [
            f"Run: {'succeeded' if self.success else 'FAILED'}",
            f"Articles: {read} files read, {accepted} accepted, {rejected} rejected (see rejected_articles)",
            f"Extraction: {self.value('article_extractions', 'processed')} articles processed, "
            f"{self.value('article_extractions', 'reused')} reused from the cache",
            "Tables (rows):",
            *self.rows(PUBLISHED_TABLES),
            "Views (rows):",
            *self.rows(VIEW_NAMES),
            f"Checks: {len(self.checks_passed)} passed, {len(self.checks_failed)} failed, "
            f"{len(self.warnings)} warning{'' if len(self.warnings) == 1 else 's'}",
        ]
        lines += [f"  FAILED check: {name}" for name in self.checks_failed]
        lines += [f"  WARNING {warning}" for warning in self.warnings]
        return lines + self.issue_lines() + self.output_lines()

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
        lines = [f"Warehouse: {self.value('warehouse', 'duckdb')} (make sql opens it)"]
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
    if "warehouse" in summary.metadata:
        summary.issues = read_published_table(settings.warehouse_dir(), "extraction_issues")
    return summary


def run_ingest_job(instance: dg.DagsterInstance, log_level: str = "WARNING") -> RunSummary:
    job = build_definitions().resolve_job_def("ingest_job")
    run_config = {"loggers": {"console": {"config": {"log_level": log_level}}}}
    return summarise(job.execute_in_process(run_config=run_config, instance=instance, raise_on_error=False))


def main() -> int:
    if os.environ.get("DAGSTER_HOME"):
        summary = run_ingest_job(dg.DagsterInstance.get())
    else:
        with dg.DagsterInstance.ephemeral() as instance:
            summary = run_ingest_job(instance)
    print("\n".join(summary.lines()))
    return 0 if summary.success and not summary.checks_failed else 1


if __name__ == "__main__":
    sys.exit(main())

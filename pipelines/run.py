"""`make run`: materialise every asset and run every check in-process (no UI), then print a summary.

Exits 1 when the run failed or a check failed. Runs are recorded in $DAGSTER_HOME when it is set
(so they show up in `make dev`), in a throw-away instance otherwise.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

import dagster as dg

from pipelines.definitions import build_definitions


@dataclass
class RunSummary:
    success: bool
    metadata: dict[str, dict[str, object]] = field(default_factory=dict)  # asset name -> metadata values
    checks_passed: list[str] = field(default_factory=list)
    checks_failed: list[str] = field(default_factory=list)

    def value(self, asset: str, key: str) -> object:
        return self.metadata.get(asset, {}).get(key, "-")

    def rows(self, table: str) -> object:
        return self.value(table, "dagster/row_count")

    def lines(self) -> list[str]:
        accepted, rejected = self.value("raw_articles", "accepted"), self.value("raw_articles", "rejected")
        read = accepted + rejected if isinstance(accepted, int) and isinstance(rejected, int) else "-"
        lines = [
            f"Run: {'succeeded' if self.success else 'FAILED'}",
            f"Articles: {read} files read, {accepted} accepted, {rejected} rejected (see rejected_articles)",
            f"Extraction: {self.value('article_extractions', 'processed')} articles processed, "
            f"{self.value('article_extractions', 'reused')} reused from the cache",
            f"Tables: {self.rows('projects')} projects, {self.rows('capacities')} capacities, "
            f"{self.rows('investments')} investments, {self.rows('organisations')} organisations",
            f"Checks: {len(self.checks_passed)} passed, {len(self.checks_failed)} failed",
        ]
        lines += [f"  FAILED check: {name}" for name in self.checks_failed]
        if "warehouse" in self.metadata:
            lines.append(f"Warehouse: {self.value('warehouse', 'duckdb')}")
        else:
            lines.append("Warehouse: not published (the previous one, if any, is unchanged)")
        return lines


def summarise(result: dg.ExecuteInProcessResult) -> RunSummary:
    summary = RunSummary(success=result.success)
    for event in result.get_asset_materialization_events():
        materialization = event.step_materialization_data.materialization
        values = {key: meta.value for key, meta in materialization.metadata.items()}
        summary.metadata[materialization.asset_key.to_user_string()] = values
    for evaluation in result.get_asset_check_evaluations():
        name = f"{evaluation.asset_key.to_user_string()}:{evaluation.check_name}"
        (summary.checks_passed if evaluation.passed else summary.checks_failed).append(name)
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

"""The published tables, reconciled across all current articles, corrected by the analysts' corrections,
with content-rule failures set aside."""

from collections.abc import Iterator

import dagster as dg
import pandas as pd
from dagster import AssetExecutionContext

from assets.metadata import table_metadata
from assets.resources import WarehousePaths
from pipelines.domain import correct, reconcile, reference
from pipelines.domain.correct.journal import stale_lines
from pipelines.domain.publish.warehouse import read_previous_mentions, read_published_table
from pipelines.domain.validate.quarantine import QUARANTINE_TABLE, quarantine, quarantine_lines
from pipelines.domain.validate.schemas import RECONCILED_TABLES
from pipelines.settings import REFERENCE_DIR

OUTPUTS = (*RECONCILED_TABLES, QUARANTINE_TABLE, correct.CORRECTIONS_TABLE, correct.STALE_TABLE)
SUMMARY_ROWS = 20  # quarantined rows and stale corrections named in the metadata (and in `make run`)


@dg.multi_asset(outs={name: dg.AssetOut(group_name="warehouse_tables", kinds={"pandas"}) for name in OUTPUTS})
def reconciled_tables(
    context: AssetExecutionContext, paths: WarehousePaths, article_extractions: dict[str, pd.DataFrame]
) -> Iterator[dg.Output]:
    """Organisations, projects, capacities, investments ... from every article's extractions.

    The last published mentions, with their files and projects (as reconciled, before corrections), keep
    project ids stable across runs and edits (a damaged copy is read from the other one, or treated as
    absent, with a warning). The corrections in CORRECTIONS_DIR are applied next: `corrections` lists the
    rows they changed, `stale_corrections` those not applied and why. Rows breaking a content rule go to
    `quarantined_rows` instead of blocking the publish.
    """
    warn = context.log.warning
    previous = correct.uncorrected_mentions(
        read_previous_mentions(paths.warehouse, warn=warn),
        read_published_table(paths.warehouse, correct.CORRECTIONS_TABLE, warn),
    )
    ref = reference.load_reference(REFERENCE_DIR)
    corrector = correct.Corrector(correct.load_corrections(paths.corrections), ref)
    corrected = corrector.apply(reconcile.build_tables(article_extractions, ref, previous, corrector))
    checked = quarantine(corrected.tables)
    tables = {**checked.tables, QUARANTINE_TABLE: checked.rows}
    for name in RECONCILED_TABLES:
        yield _output(name, tables[name], paths)
    set_aside = dg.MetadataValue.json(quarantine_lines(checked.rows, SUMMARY_ROWS))
    yield _output(QUARANTINE_TABLE, checked.rows, paths, set_aside=set_aside)
    applied = corrected.corrections["correction_id"].nunique()
    yield _output(correct.CORRECTIONS_TABLE, corrected.corrections, paths, applied=applied)
    not_applied = dg.MetadataValue.json(stale_lines(corrected.stale, SUMMARY_ROWS))
    yield _output(correct.STALE_TABLE, corrected.stale, paths, not_applied=not_applied)


def _output(name: str, frame: pd.DataFrame, paths: WarehousePaths, **extra: object) -> dg.Output:
    """A table's output with its metadata, and `extra` entries (what `make run` prints about it)."""
    metadata = {**table_metadata(name, frame, paths.warehouse), **extra}
    return dg.Output(frame, output_name=name, metadata=metadata)

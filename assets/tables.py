"""The published tables, reconciled across all current articles, with content-rule failures set aside."""

from collections.abc import Iterator

import dagster as dg
import pandas as pd
from dagster import AssetExecutionContext

from assets.metadata import table_metadata
from assets.resources import WarehousePaths
from pipelines.domain import reconcile, reference
from pipelines.domain.publish.warehouse import read_previous_mentions
from pipelines.domain.validate.quarantine import QUARANTINE_TABLE, quarantine, quarantine_lines
from pipelines.domain.validate.schemas import RECONCILED_TABLES
from pipelines.settings import REFERENCE_DIR

OUTPUTS = (*RECONCILED_TABLES, QUARANTINE_TABLE)
SUMMARY_ROWS = 20  # quarantined rows named in the metadata (and so in `make run`'s summary)


@dg.multi_asset(outs={name: dg.AssetOut(group_name="warehouse_tables", kinds={"pandas"}) for name in OUTPUTS})
def reconciled_tables(
    context: AssetExecutionContext, paths: WarehousePaths, article_extractions: dict[str, pd.DataFrame]
) -> Iterator[dg.Output]:
    """Organisations, projects, capacities, investments ... from every article's extractions.

    The last published mentions, with their files and projects, keep project ids stable across runs
    and edits (a damaged copy is read from the other one, or treated as absent, with a warning). Rows
    breaking a content rule go to `quarantined_rows` instead of blocking the publish.
    """
    previous = read_previous_mentions(paths.warehouse, warn=context.log.warning)
    ref = reference.load_reference(REFERENCE_DIR)
    checked = quarantine(reconcile.build_tables(article_extractions, ref, previous))
    tables = {**checked.tables, QUARANTINE_TABLE: checked.rows}
    for name in RECONCILED_TABLES:
        metadata = table_metadata(name, tables[name], paths.warehouse)
        yield dg.Output(tables[name], output_name=name, metadata=metadata)
    set_aside = quarantine_lines(checked.rows, SUMMARY_ROWS)
    metadata = {
        **table_metadata(QUARANTINE_TABLE, checked.rows, paths.warehouse),
        "set_aside": dg.MetadataValue.json(set_aside),
    }
    yield dg.Output(checked.rows, output_name=QUARANTINE_TABLE, metadata=metadata)

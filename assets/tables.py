"""The published tables, reconciled across all current articles."""

from collections.abc import Iterator

import dagster as dg
import pandas as pd
from dagster import AssetExecutionContext

from assets.metadata import table_metadata
from assets.resources import WarehousePaths
from pipelines.domain import reconcile, reference
from pipelines.domain.publish.warehouse import read_published_table
from pipelines.domain.validate.schemas import RECONCILED_TABLES
from pipelines.settings import REFERENCE_DIR


@dg.multi_asset(outs={name: dg.AssetOut(group_name="warehouse_tables") for name in RECONCILED_TABLES})
def reconciled_tables(
    context: AssetExecutionContext, paths: WarehousePaths, article_extractions: dict[str, pd.DataFrame]
) -> Iterator[dg.Output]:
    """Organisations, projects, capacities, investments ... from every article's extractions.

    The last published `project_mentions` keep project ids stable across runs (a damaged copy is
    read from the other one, or treated as absent, with a warning).
    """
    previous_mentions = read_published_table(paths.warehouse, "project_mentions", warn=context.log.warning)
    ref = reference.load_reference(REFERENCE_DIR)
    tables = reconcile.build_tables(article_extractions, ref, previous_mentions)
    for name in RECONCILED_TABLES:
        yield dg.Output(tables[name], output_name=name, metadata=table_metadata(name, tables[name]))

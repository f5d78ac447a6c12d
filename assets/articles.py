"""Ingestion assets: scan ARTICLES_DIR, extract per article (cached), list rejected files."""

from __future__ import annotations

import hashlib

import dagster as dg
import pandas as pd

from assets.metadata import markdown_preview, table_metadata
from assets.resources import WarehousePaths
from pipelines.domain import reference
from pipelines.domain.extract import cache, process
from pipelines.domain.extract.budget import ChunkReader
from pipelines.domain.ingest.scan import ScanResult, folder_digest, load_vetted, save_vetted, scan_articles
from pipelines.settings import MAX_ARTICLE_BYTES, REFERENCE_DIR

ARTICLES_DIGEST = "articles_digest"  # the sensor's digest of ARTICLES_DIR and CORRECTIONS_DIR when scanned
VETTED_FILE = "vetted.json"  # in the cache folder: the texts the last scan accepted (see `load_vetted`)


def inputs_digest(paths: WarehousePaths) -> str:
    """What the sensor watches: (name, size, mtime) of the files in ARTICLES_DIR and in CORRECTIONS_DIR."""
    both = folder_digest(paths.articles) + folder_digest(paths.corrections)
    return hashlib.sha256(both.encode("ascii")).hexdigest()


@dg.asset(group_name="ingest", kinds={"python"})
def raw_articles(paths: WarehousePaths) -> dg.Output[ScanResult]:
    """Every file in ARTICLES_DIR, decoded and vetted: accepted articles and rejected files (a text the
    last scan accepted is not vetted again)."""
    digest = inputs_digest(paths)  # before reading: a file changed meanwhile changes the next one
    vetted = load_vetted(paths.cache / VETTED_FILE)
    scan = scan_articles(paths.articles, MAX_ARTICLE_BYTES, vetted)
    save_vetted(paths.cache / VETTED_FILE, scan.accepted, vetted)
    return dg.Output(
        scan,
        metadata={
            "articles_dir": str(paths.articles),
            ARTICLES_DIGEST: digest,
            "accepted": len(scan.accepted),
            "rejected": len(scan.rejected),
            "rejected_files": dg.MetadataValue.md(markdown_preview(scan.rejected, rows=50)),
        },
    )


@dg.asset(group_name="ingest", kinds={"pandas", "parquet"})
def article_extractions(
    paths: WarehousePaths, raw_articles: ScanResult
) -> dg.Output[dict[str, pd.DataFrame]]:
    """Per-article tables of every accepted article; only new or changed articles are processed."""
    ref = reference.load_reference(REFERENCE_DIR)
    result = cache.refresh(
        paths.cache,
        raw_articles.accepted,
        ChunkReader(lambda *article: process.read_article(*article, ref), process.tables_of),
        cache.extractor_fingerprint(),
    )
    return dg.Output(
        {**result.tables, cache.FAILED: result.failed},
        metadata={
            "processed": len(result.processed),
            "reused": len(result.reused),
            "failed": len(result.failed),
            "rows": dg.MetadataValue.json({name: len(frame) for name, frame in result.tables.items()}),
        },
    )


@dg.asset(group_name="warehouse_tables", kinds={"pandas"})
def rejected_articles(
    paths: WarehousePaths, raw_articles: ScanResult, article_extractions: dict[str, pd.DataFrame]
) -> dg.Output[pd.DataFrame]:
    """Files in ARTICLES_DIR that are not used, each with the reason (unreadable files, duplicates, and
    articles the extractor failed on)."""
    rejected = cache.with_failures(raw_articles.rejected, article_extractions[cache.FAILED])
    return dg.Output(rejected, metadata=table_metadata("rejected_articles", rejected, paths.warehouse))

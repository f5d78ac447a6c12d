"""Everything one article yields on its own: parse, then extract; the unit the cache stores."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from pipelines.domain.extract.parse import parse_article
from pipelines.domain.extract.reader import extract_article
from pipelines.domain.extract.signature import signature
from pipelines.domain.reference import Reference

# Per-article tables and their columns (each also carries `article_id`).
PER_ARTICLE_TABLES: dict[str, list[str]] = {
    "parsed_articles": [
        "source_file",
        "title",
        "published_date",
        "date_note",
        "source",
        "sentence_count",
        "signature",
    ],
    "project_frames": [
        "frame_id",
        "sentence_idx",
        "project_type",
        "name",
        "locality",
        "region",
        "region_code",
        "country",
        "status",
        "status_basis",
        "refers_to",
        "product",
        "shape",
        "rank",
        "evidence",
    ],
    "capacities": [
        "frame_id",
        "metric",
        "value",
        "unit",
        "value_std",
        "unit_std",
        "qualifier",
        "note",
        "evidence",
    ],
    "participants": ["frame_id", "surface", "role", "evidence"],
    "investments": [
        "investment_key",
        "investor_surface",
        "amount",
        "currency",
        "amount_usd",
        "usd_stated",
        "qualifier",
        "evidence",
    ],
    "investment_frames": ["investment_key", "frame_id"],
    "org_mentions": ["sentence_idx", "surface", "known", "country", "evidence"],
    "org_aliases": ["alias", "surface"],
    "people": ["name", "title", "organisation", "evidence"],
    "org_relations": ["child", "parent", "evidence"],
    "unassigned_quantities": ["metric", "value_std", "unit_std", "evidence"],
}


@dataclass(frozen=True)
class ArticleRows:
    """One article's per-article tables as lists of rows, before they become frames (`tables_of`)."""

    article_id: str
    rows: dict[str, list[dict]]


def read_article(article_id: str, source_file: str, text: str, ref: Reference) -> ArticleRows:
    """Parse and extract one article into the rows of its per-article tables."""
    parsed = parse_article(article_id, source_file, text, ref)
    rows = extract_article(parsed, ref)
    rows["parsed_articles"] = [
        {
            "source_file": parsed.source_file,
            "title": parsed.title,
            "published_date": parsed.published_date,
            "date_note": parsed.date_note,
            "source": parsed.source,
            "sentence_count": len(parsed.sentences),
            "signature": signature(parsed.body),
        }
    ]
    return ArticleRows(article_id, rows)


def tables_of(articles: list[ArticleRows]) -> dict[str, pd.DataFrame]:
    """The per-article tables of some articles, one frame per table whatever their number (same columns
    every time): a worker builds them once per chunk, since building frames per article took a fifth of
    the extraction time."""
    return {name: _frame(articles, name, columns) for name, columns in PER_ARTICLE_TABLES.items()}


def process_article(article_id: str, source_file: str, text: str, ref: Reference) -> dict[str, pd.DataFrame]:
    """Parse and extract one article into its per-article tables (same columns every time)."""
    return tables_of([read_article(article_id, source_file, text, ref)])


def _frame(articles: list[ArticleRows], name: str, columns: list[str]) -> pd.DataFrame:
    rows = [(article.article_id, row) for article in articles for row in article.rows.get(name, [])]
    data = {"article_id": [article_id for article_id, _ in rows]}
    data |= {c: [row.get(c) for _, row in rows] for c in columns}
    return pd.DataFrame(data, dtype=object)

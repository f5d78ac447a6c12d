"""Everything one article yields on its own: parse, then extract; the unit the cache stores."""

from __future__ import annotations

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


def process_article(article_id: str, source_file: str, text: str, ref: Reference) -> dict[str, pd.DataFrame]:
    """Parse and extract one article into its per-article tables (same columns every time)."""
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
    return {
        name: _frame(rows.get(name, []), columns, article_id) for name, columns in PER_ARTICLE_TABLES.items()
    }


def _frame(rows: list[dict], columns: list[str], article_id: str) -> pd.DataFrame:
    data = {"article_id": [article_id] * len(rows)} | {c: [row.get(c) for row in rows] for c in columns}
    return pd.DataFrame(data, dtype=object)

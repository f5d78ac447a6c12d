"""Published ids from evidence: the same sentence of the same article read as the same fact gives the
same id, whatever the extraction code numbers its sentences, offsets or keys (so analysts' corrections,
which address these ids, hold across runs and code changes)."""

from __future__ import annotations

import hashlib
from collections import Counter

import pandas as pd


def stable_hash(prefix: str, *parts: object) -> str:
    """`prefix` and 12 hex digits of a SHA-1 of the parts."""
    return prefix + hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


def evidence_ids(prefix: str, rows: pd.DataFrame, fact: list[str]) -> list[str]:
    """One id per row from its article, its sentence (spacing folded) and the `fact` columns; rows alike in
    all of these (two 100 MW plants in one sentence, a sentence told twice) are told apart by their order."""
    sentences = [" ".join(str(text).split()) for text in rows["evidence"].tolist()]
    facts = [rows[column].astype(str).tolist() for column in fact]
    seen: Counter[tuple] = Counter()
    ids = []
    for key in zip(rows["article_id"].tolist(), sentences, *facts, strict=True):
        ids.append(stable_hash(prefix, *key, seen[key]))
        seen[key] += 1
    return ids

"""Published ids from evidence: the same sentence of the same article read as the same fact gives the
same id, whatever the extraction code numbers its sentences, offsets or keys (so analysts' corrections,
which address these ids, hold across runs and code changes)."""

from __future__ import annotations

import hashlib

import pandas as pd


def stable_hash(prefix: str, *parts: object) -> str:
    """`prefix` and 12 hex digits of a SHA-1 of the parts."""
    return prefix + hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


def evidence_ids(prefix: str, rows: pd.DataFrame, fact: list[str]) -> list[str]:
    """One id per row from its article, its sentence (spacing folded) and the `fact` columns; rows alike in
    all of these (two 100 MW plants in one sentence, a sentence told twice) are told apart by their order."""
    if rows.empty:
        return []
    sentence = rows["evidence"].map(lambda text: " ".join(str(text).split()))
    key = pd.DataFrame({"article_id": rows["article_id"], "sentence": sentence})
    key = key.join(rows[fact].astype(str)).reset_index(drop=True)
    ordinal = key.groupby(list(key.columns), sort=False, dropna=False).cumcount()
    return [
        stable_hash(prefix, *values, n)
        for values, n in zip(key.itertuples(index=False), ordinal, strict=True)
    ]

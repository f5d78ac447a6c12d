"""The same story published more than once (another outlet, another headline, byline or last line, a few
words changed): each later copy points to the first, so its mentions add evidence, never projects."""

from __future__ import annotations

import pandas as pd

from pipelines.domain.extract.signature import resemblance

SAME_STORY = 0.5  # estimated share of five-word shingles two copies of one story have in common
_COMMON_HASH = 50  # a shingle in more articles than this is boilerplate: it finds no copies


def first_copies(articles: pd.DataFrame) -> dict[str, str]:
    """article id -> the id of the first article (by date, then file name) telling the same story, for
    every article that is a later copy; candidates are found through shared sketch hashes."""
    ordered = articles.sort_values(["published_date", "source_file"], na_position="last", kind="stable")
    sketches = dict(zip(ordered.article_id, ordered.signature.fillna(""), strict=True))
    rank = {article_id: i for i, article_id in enumerate(sketches)}
    by_hash: dict[str, list[str]] = {}
    first: dict[str, str] = {}
    for article_id, sketch in sketches.items():
        earlier = {o for h in sketch.split() for o in by_hash.get(h, []) if len(by_hash[h]) <= _COMMON_HASH}
        same = [o for o in earlier if resemblance(sketch, sketches[o]) >= SAME_STORY]
        if same:
            original = min(same, key=rank.__getitem__)
            first[article_id] = first.get(original, original)
        for h in sketch.split():
            by_hash.setdefault(h, []).append(article_id)
    return first

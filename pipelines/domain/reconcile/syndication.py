"""The same story published more than once (another outlet, another headline, byline or last line, a few
words changed): each later copy points to the first, so its mentions add evidence, never projects."""

from __future__ import annotations

import pandas as pd

from pipelines.domain.extract.signature import SKETCH_SIZE, sketch_resemblance

SAME_STORY = 0.5  # estimated share of five-word shingles two copies of one story have in common
_COMMON_HASH = 50  # a shingle in more articles than this is boilerplate: it finds no copies


def first_copies(articles: pd.DataFrame) -> dict[str, str]:
    """article id -> the id of the first article (by date, then file name) telling the same story, for
    every article that is a later copy; candidates are found through shared sketch hashes."""
    ordered = articles.sort_values(["published_date", "source_file"], na_position="last", kind="stable")
    sketches = dict(zip(ordered.article_id, ordered.signature.fillna(""), strict=True))
    hashes = {article_id: frozenset(sketch.split()) for article_id, sketch in sketches.items()}
    rank = {article_id: i for i, article_id in enumerate(sketches)}
    by_hash: dict[str, list[str]] = {}
    first: dict[str, str] = {}
    for article_id, mine in hashes.items():
        earlier = {o for h in mine if len(others := by_hash.get(h, ())) <= _COMMON_HASH for o in others}
        original = next(  # the first copy in order that tells the same story
            (o for o in sorted(earlier, key=rank.__getitem__) if _same_story(mine, hashes[o])), None
        )
        if original is not None:
            first[article_id] = first.get(original, original)
        for h in mine:
            by_hash.setdefault(h, []).append(article_id)
    return first


def _same_story(a: frozenset[str], b: frozenset[str]) -> bool:
    return _may_resemble(a, b) and sketch_resemblance(a, b) >= SAME_STORY


def _may_resemble(a: frozenset[str], b: frozenset[str]) -> bool:
    """False when two sketches cannot resemble each other enough: `resemblance` counts the shared hashes
    among the smallest SKETCH_SIZE of both, so it is at most all shared hashes over that many."""
    shared = len(a & b)
    return shared >= SAME_STORY * min(SKETCH_SIZE, len(a) + len(b) - shared)

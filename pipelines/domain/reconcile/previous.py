"""The last publication's project ids, looked up by what a mention or project is (see `PreviousIds`).

Built column by column: a run over published articles reads every published mention (about seven per
article), and a dict per row (`DataFrame.to_dict("records")`) cost more than the lookups themselves. The
project keys (type, country, sound key of the name or locality) are made once per distinct project.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pandas as pd

from pipelines.domain.reconcile.columns import column, column_rows
from pipelines.domain.reconcile.projects import PreviousIds, position_key, project_keys, sentence_key

PROJECT_LABELS = ("name", "locality")
_LOCATED = ("source_file", "article_id", "evidence", "project_type")


def previous_ids(previous_mentions: pd.DataFrame | None, frame_of: dict[str, str]) -> PreviousIds:
    """Lookups from the last published mentions; those enriched with their file and project (see
    `read_previous_mentions`) also match the mentions of an edited article, whose ids all changed.

    A mention is found by its published id (from its evidence: `frame_of` gives its frame id in this
    run, however the extractor now numbers it), else by its earlier frame id (`frame_id`, or `mention_id`
    in publications made before ids came from evidence)."""
    if previous_mentions is None or "mention_id" not in previous_mentions:
        return PreviousIds()
    mention_ids = column(previous_mentions, "mention_id")
    mentions = list(zip(mention_ids, column(previous_mentions, "project_id"), strict=True))
    frame_column = column(previous_mentions, "frame_id")
    frame_ids = dict(zip(mention_ids, map(_frame_id, frame_column, mention_ids), strict=True))
    located = [
        (where, frame_ids[mention], pid)
        for where, (mention, pid) in zip(column_rows(previous_mentions, *_LOCATED), mentions, strict=True)
        if isinstance(where[0], str)
    ]
    return PreviousIds(
        by_mention={frame_ids[m]: pid for m, pid in mentions}
        | {frame_of[m]: pid for m, pid in mentions if m in frame_of},
        by_position={
            position_key(file, article, frame_id): pid for (file, article, _, _), frame_id, pid in located
        },
        by_sentence=unambiguous(
            (sentence_key(file, text, kind), pid) for (file, _, text, kind), _, pid in located
        ),
        by_project=unambiguous(project_pairs(previous_mentions)),
    )


def project_pairs(mentions: pd.DataFrame) -> Iterator[tuple[tuple, str]]:
    """(project key, project id) of every mention's project name and locality, each distinct one once."""
    labelled = column_rows(mentions, "project_type", "country", *PROJECT_LABELS, "project_id")
    for kind, country, *labels, pid in dict.fromkeys(labelled):
        for label in labels:
            for key in project_keys(kind, country, label):
                yield key, pid


def _frame_id(frame_id: object, mention_id: str) -> str:
    return frame_id if isinstance(frame_id, str) else mention_id


def unambiguous(pairs: Iterable[tuple[tuple, str]]) -> dict[tuple, str]:
    """key -> project id, for the keys that name exactly one project."""
    ids: dict[tuple, set[str]] = {}
    for key, pid in pairs:
        ids.setdefault(key, set()).add(pid)
    return {key: next(iter(found)) for key, found in ids.items() if len(found) == 1}

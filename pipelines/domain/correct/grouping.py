"""Merges and splits of projects, applied to the mentions as reconciliation grouped them: a mention (with
the mentions that point back to it in its article, and the facts read of them) moves to another project,
and every project's fields are then derived from its mentions as usual."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from pipelines.domain.correct.files import Correction
from pipelines.domain.correct.journal import Journal
from pipelines.domain.reconcile.ids import stable_hash

Merged = dict[str, tuple[str, list[Correction]]]  # id merged away -> (the id it is now, the merges saying so)


@dataclass
class Regrouped:
    project_of: dict[str, str]  # root frame id -> project id
    merged_into: Merged
    split_names: dict[str, tuple[str, Correction]]  # new project -> (the name its split gives, the split)


def split_project_id(split: Correction) -> str:
    """The id of the project a split makes: from the project split and the new name (blank included)."""
    return stable_hash("prj_", "split", split["project_id"], split["new_name"])


def regroup(
    mentions: pd.DataFrame, splits: list[Correction], merges: list[Correction], journal: Journal
) -> Regrouped:
    """Splits in file order (a later row may split a project an earlier one made), then merges.
    `mentions` has mention_id, root, article_id and the reconciled project_id."""
    project = dict(zip(mentions["root"], mentions["project_id"], strict=True))
    moved_by: dict[str, Correction] = {}
    made = [(split, _split(mentions, project, split, journal, moved_by)) for split in splits]
    merged = resolve_merges(merges, set(project.values()), "project", journal)
    for root, pid in project.items():
        if pid in merged:
            project[root] = merged[pid][0]
            moved_by.setdefault(root, merged[pid][1][0])
    for source, (final, rows) in merged.items():
        for merge in rows:
            journal.changed(merge, "projects", final, "project_id", source, final)
    names = {}
    for split, new in ((s, n) for s, n in made if n):
        names[new] = (split["new_name"], split)
        journal.changed(split, "projects", merged.get(new, (new,))[0], "project_id", split["project_id"], new)
    for row in mentions.itertuples(index=False):
        if row.root in moved_by and project[row.root] != row.project_id:
            by = moved_by[row.root]
            journal.changed(
                by, "project_mentions", row.mention_id, "project_id", row.project_id, project[row.root]
            )
    return Regrouped(project, merged, names)


def _split(
    mentions: pd.DataFrame,
    project: dict[str, str],
    split: Correction,
    journal: Journal,
    moved_by: dict[str, Correction],
) -> str | None:
    """Move the mentions `split` names to its new project; the new project's id, None when not applied."""
    current = mentions["root"].map(project)
    own = current.eq(split["project_id"])
    if split["mention_id"]:
        chosen = mentions[mentions["mention_id"] == split["mention_id"]]
    else:
        chosen = mentions[own & mentions["article_id"].eq(split["article_id"])]
    reason = _why_not(split, own, chosen, current, mentions)
    if reason:
        journal.unapplied(split, reason)
        return None
    new = split_project_id(split)
    for root in set(chosen["root"]):
        project[root] = new
        moved_by.setdefault(root, split)
    return new


def _why_not(
    split: Correction, own: pd.Series, chosen: pd.DataFrame, current: pd.Series, mentions: pd.DataFrame
) -> str | None:
    source, mention = split["project_id"], split["mention_id"]
    if not own.any():
        return f"project {source} no longer exists"
    if chosen.empty and mention:
        return f"mention {mention} no longer exists"
    if chosen.empty:
        return f"project {source} has no mention in article {split['article_id']}"
    if not own[chosen.index].all():
        return f"mention {mention} is in project {current[chosen.index[0]]}"
    if set(mentions.loc[own, "root"]) <= set(chosen["root"]):
        return f"it would leave project {source} without a mention (to rename a project, set its name)"
    return None


def resolve_merges(merges: list[Correction], existing: set[str], noun: str, journal: Journal) -> Merged:
    """Each id merged away -> the id it ends in (following chains: a into b, b into c). Not applied (and
    listed): merges of an id that does not exist, into one that does not, into two ids, or in a circle."""
    by_source: dict[str, list[Correction]] = {}
    for merge in merges:
        by_source.setdefault(merge.pair[0], []).append(merge)
    into: dict[str, tuple[str, list[Correction]]] = {}
    for source, rows in by_source.items():
        targets = sorted({row.pair[1] for row in rows})
        missing = [i for i in (source, *targets) if i not in existing]
        if len(targets) > 1:
            reason = f"{noun} {source} cannot be merged into {' and '.join(targets)} (lines {_lines(rows)})"
        else:
            reason = f"{noun} {missing[0]} no longer exists" if missing else ""
        if reason:
            for row in rows:
                journal.unapplied(row, reason)
        else:
            into[source] = (targets[0], rows)
    return _follow_chains(into, noun, journal)


def _follow_chains(into: dict[str, tuple[str, list[Correction]]], noun: str, journal: Journal) -> Merged:
    merged: Merged = {}
    for source, (target, rows) in into.items():
        path = [source, target]
        while path[-1] in into and path[-1] not in path[:-1]:
            path.append(into[path[-1]][0])
        if path[-1] in path[:-1]:
            for row in rows:
                journal.unapplied(row, f"merges go round in a circle ({' into '.join(path)})")
        else:
            merged[source] = (path[-1], rows)
    return merged


def _lines(rows: list[Correction]) -> str:
    return ", ".join(f"{row.file}:{row.line}" for row in rows)

"""Two organisations are one (a merge, applied to the tables), or one name stands for another body (kept
apart within reconciliation, so every fact read under that name goes with it)."""

from __future__ import annotations

import pandas as pd

from pipelines.domain.correct.files import Correction
from pipelines.domain.correct.grouping import Merged, resolve_merges
from pipelines.domain.correct.journal import Journal
from pipelines.domain.reconcile.organisations import apart_key, folded_name, org_id_of
from pipelines.domain.validate.quarantine import row_keys

Tables = dict[str, pd.DataFrame]


def organisations_apart(splits: list[Correction]) -> dict[str, set[str]]:
    """org id -> the names (folded) to keep apart from it."""
    apart: dict[str, set[str]] = {}
    for split in splits:
        apart.setdefault(split["org_id"], set()).add(folded_name(split["alias"]))
    return apart


def record_splits(organisations: pd.DataFrame, splits: list[Correction], journal: Journal) -> None:
    """Each split is applied when the organisation of its own name exists; else it is listed."""
    ids = set(organisations["org_id"])
    for split in splits:
        new = org_id_of(apart_key(split["org_id"], split["alias"]))
        if new in ids:
            journal.changed(split, "organisations", new, "org_id", split["org_id"], new)
        elif split["org_id"] not in ids:
            journal.unapplied(split, f"organisation {split['org_id']} no longer exists")
        else:
            journal.unapplied(split, f"organisation {split['org_id']} has no name '{split['alias']}'")


def merge_organisations(tables: Tables, merges: list[Correction], journal: Journal) -> tuple[Tables, Merged]:
    """Every reference to a merged organisation points at the one it joins, which takes its names."""
    merged = resolve_merges(merges, set(tables["organisations"]["org_id"]), "organisation", journal)
    if not merged:
        return tables, merged
    final = {source: target for source, (target, _) in merged.items()}
    for source, (target, rows) in merged.items():
        for merge in rows:
            journal.changed(merge, "organisations", target, "org_id", source, target)
    out = {**tables, "organisations": _joined(tables["organisations"], final)}
    for table, column in (("project_participants", "org_id"), ("investments", "investor_org_id")):
        before = tables[table]
        moved = before[column].isin(list(final))
        frame = before.assign(**{column: before[column].map(lambda v: final.get(v, v))})
        for key, old in zip(row_keys(table, frame[moved]), before.loc[moved, column], strict=True):
            journal.changed(merged[old][1][0], table, key, column, old, final[old])
        out[table] = frame
    keys = ["project_id", "org_id", "role"]
    out["project_participants"] = out["project_participants"].drop_duplicates(keys).reset_index(drop=True)
    return out, merged


def _joined(organisations: pd.DataFrame, final: dict[str, str]) -> pd.DataFrame:
    """Merged organisations' rows removed; their names (and country, when it has none) go to the one
    they join."""
    rows = organisations.set_index("org_id")
    names: dict[str, set[str]] = {target: set() for target in final.values()}
    for source, target in final.items():
        names[target] |= {*rows.at[source, "aliases"], rows.at[source, "name"]}
    countries = {t: rows.at[s, "country"] for s, t in final.items() if pd.notna(rows.at[s, "country"])}
    out = organisations[~organisations["org_id"].isin(list(final))]
    parents = out["parent_org_id"].map(lambda v: final.get(v, v))
    return out.assign(
        aliases=[sorted({*a, *names.get(o, ())}) for o, a in zip(out["org_id"], out["aliases"], strict=True)],
        country=out["country"].where(out["country"].notna(), out["org_id"].map(countries)),
        parent_org_id=parents.where(parents != out["org_id"], None),
    ).reset_index(drop=True)

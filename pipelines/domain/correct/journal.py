"""What the corrections did: every published row a correction changed or removed (`corrections`), and every
correction that was not applied with the reason (`stale_corrections`). Each row of the corrections files
ends up in one of the two."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd

from pipelines.domain.correct.files import Correction
from pipelines.domain.validate.schemas import CORRECTION_TABLES

CORRECTIONS_TABLE, STALE_TABLE = CORRECTION_TABLES
AUDIT = ["who", "when", "why", "file", "line"]
CORRECTIONS_COLUMNS = [
    "correction_id",
    "kind",
    "table_name",
    "row_key",
    "field",
    "old_value",
    "new_value",
    *AUDIT,
]
STALE_COLUMNS = ["correction_id", "kind", "target", "reason", *AUDIT]
STRUCTURAL_KINDS = ("merge_projects", "split_projects")  # they move mentions from the project reconciled


@dataclass
class Journal:
    changes: list[dict] = field(default_factory=list)
    stale: list[dict] = field(default_factory=list)

    def changed(
        self, correction: Correction, table: str, row_key: str, column: str | None, old: object, new: object
    ) -> None:
        """`correction` set `column` of the row `row_key` of `table` from `old` to `new` (None: removed)."""
        values = {"old_value": _text(old), "new_value": _text(new)}
        where = {"table_name": table, "row_key": row_key, "field": column}
        self.changes.append({**_about(correction), **where, **values, **_audit(correction)})

    def unapplied(self, correction: Correction, reason: str) -> None:
        self.stale.append(
            {**_about(correction), "target": correction.target(), "reason": reason, **_audit(correction)}
        )

    def corrections(self) -> pd.DataFrame:
        rows = pd.DataFrame(self.changes, columns=CORRECTIONS_COLUMNS)
        return _typed(rows.drop_duplicates(["correction_id", "table_name", "row_key", "field"]))

    def stale_corrections(self) -> pd.DataFrame:
        return _typed(pd.DataFrame(self.stale, columns=STALE_COLUMNS).sort_values(["file", "line"]))


def _about(correction: Correction) -> dict:
    return {"correction_id": correction.correction_id, "kind": correction.kind}


def _audit(correction: Correction) -> dict:
    c = correction
    return {"who": c.who, "when": c.when, "why": c.why, "file": c.file, "line": c.line}


def _text(value: object) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return f"{value:g}" if isinstance(value, float) else str(value)


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    text = [c for c in frame.columns if c not in ("when", "line")]
    return frame.astype({**dict.fromkeys(text, object), "line": "int64"}).reset_index(drop=True)


def uncorrected_mentions(
    previous: pd.DataFrame | None, corrections: pd.DataFrame | None
) -> pd.DataFrame | None:
    """The last published mentions with the project reconciliation gave each, before merges, splits and
    drops (so project ids are kept by what the articles say, and the corrections apply to them again);
    mentions of dropped projects are added back."""
    if previous is None or corrections is None or corrections.empty:
        return previous
    moved = corrections[
        (corrections["table_name"] == "project_mentions") & (corrections["field"] == "project_id")
    ]
    structural_first = moved["kind"].isin(STRUCTURAL_KINDS).sort_values(ascending=False, kind="stable")
    first = moved.loc[structural_first.index].drop_duplicates("row_key")
    earlier = dict(zip(first["row_key"], first["old_value"], strict=True))
    restored = previous.assign(project_id=previous["mention_id"].map(earlier).fillna(previous["project_id"]))
    dropped = [m for m in earlier if m not in set(previous["mention_id"])]
    extra = pd.DataFrame({"mention_id": dropped, "project_id": [earlier[m] for m in dropped]})
    return pd.concat([restored, extra], ignore_index=True) if dropped else restored


def stale_lines(stale: pd.DataFrame, limit: int) -> list[str]:
    """The first `limit` corrections not applied, in words: where, what, why not."""
    return [
        f"{row.file}:{row.line} {row.kind} {row.target}: {row.reason}".replace("  ", " ")
        for row in stale.head(limit).itertuples(index=False)
    ]

"""Read and write the corrections under `seeds/corrections/`: every row checked on its own (who, when, why,
the ids it needs, a value the field accepts); a row that fails is kept with the reason, never dropped."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipelines.domain.correct.kinds import DROP_ROWS, DROPPABLE, KINDS, SET_VALUES, SETTABLE, Kind
from pipelines.domain.fileio import atomic_write_text
from pipelines.domain.reconcile.ids import stable_hash

HEADER_LINE = 1


@dataclass(frozen=True)
class Correction:
    """One row of a corrections file."""

    kind: str
    values: dict[str, str]  # the kind's columns, blank as ''
    who: str
    when: date | None  # None when the row's date is not a date
    why: str
    file: str
    line: int

    @property
    def correction_id(self) -> str:
        return stable_hash("cor_", self.kind, *self.values.values(), self.who, self.when, self.why)

    def __getitem__(self, column: str) -> str:
        return self.values[column]

    @property
    def pair(self) -> tuple[str, str]:
        """The first two columns: what a merge merges and into what."""
        first, second, *_ = self.values.values()
        return first, second

    def target(self) -> str:
        """What the row is about, in words."""
        return " ".join(f"{column}={value}" for column, value in self.values.items() if value)


@dataclass(frozen=True)
class Unapplied:
    correction: Correction
    reason: str


@dataclass
class CorrectionSet:
    """The rows that can be applied, in file order, and those that cannot be read as a correction."""

    rows: list[Correction] = field(default_factory=list)
    invalid: list[Unapplied] = field(default_factory=list)

    def of(self, kind: Kind) -> list[Correction]:
        return [row for row in self.rows if row.kind == kind.name]


def load_corrections(folder: Path) -> CorrectionSet:
    """Every `<kind>.csv` in `folder` (a missing folder or file holds no corrections)."""
    found = CorrectionSet()
    seen: dict[str, Correction] = {}
    for path in sorted(folder.glob("*.csv")) if folder.is_dir() else []:
        for row, problem in _read_file(path):
            earlier = seen.setdefault(row.correction_id, row)
            if problem is None and earlier is not row:
                problem = f"repeats line {earlier.line} of {earlier.file}"
            if problem is None:
                found.rows.append(row)
            else:
                found.invalid.append(Unapplied(row, problem))
    return found


def _read_file(path: Path) -> list[tuple[Correction, str | None]]:
    kind = KINDS.get(path.stem)
    try:
        return _read_rows(path, kind)
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        return [(_file_row(path, kind), f"the file {path.name} cannot be read as UTF-8 CSV ({error})")]


def _read_rows(path: Path, kind: Kind | None) -> list[tuple[Correction, str | None]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        missing = [c for c in kind.header if c not in header] if kind else []
        if kind is None or missing:
            why = (
                f"lacks the column(s) {', '.join(missing)}"
                if kind
                else f"names no kind of correction ({', '.join(KINDS)})"
            )
            return [(_file_row(path, kind), f"the file {path.name} {why}; none of its rows is applied")]
        rows = []
        for record in reader:
            row = _correction(kind, record, path.name, reader.line_num)
            rows.append((row, problem(kind, row) or _date_problem(record.get("when"))))
        return rows


def _file_row(path: Path, kind: Kind | None) -> Correction:
    return Correction(kind.name if kind else path.stem, {}, "", None, "", path.name, HEADER_LINE)


def _correction(kind: Kind, record: dict[str, str | None], file: str, line: int) -> Correction:
    text = {column: (record.get(column) or "").strip() for column in kind.header}
    return Correction(
        kind=kind.name,
        values={column: text[column] for column in kind.columns},
        who=text["who"],
        when=_date(text["when"]),
        why=text["why"],
        file=file,
        line=line,
    )


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _date_problem(text: str | None) -> str | None:
    return None if _date((text or "").strip()) else f"when '{text or ''}' is not a date (YYYY-MM-DD)"


def problem(kind: Kind, row: Correction) -> str | None:
    """What makes the row unusable on its own (before looking at the warehouse), None when nothing."""
    blank = [c for c in (*kind.columns, "who", "why") if c not in kind.optional and not _value(row, c)]
    if blank:
        return f"{', '.join(blank)} left blank"
    first, second = (row[c] for c in kind.columns[:2])
    if kind.name in ("merge_projects", "merge_organisations") and first == second:
        return f"{first} cannot be merged into itself"
    if kind.name == "split_projects" and bool(row["article_id"]) == bool(row["mention_id"]):
        return "give either article_id or mention_id"
    if kind is DROP_ROWS and row["table_name"] not in DROPPABLE:
        return f"table_name '{row['table_name']}' is not one of {', '.join(DROPPABLE)}"
    if kind is SET_VALUES:
        check = SETTABLE.get((row["table_name"], row["field"]))
        if check is None:
            return f"{row['table_name']}.{row['field']} cannot be set (see SETTABLE)"
        return check(row["value"])
    return None


def _value(row: Correction, column: str) -> str:
    return {"who": row.who, "why": row.why}.get(column, row.values.get(column, ""))


def append_correction(folder: Path, kind: Kind, values: dict[str, str]) -> int:
    """Add one row (the kind's columns and who, when, why) to `<kind>.csv`; returns its line number."""
    path = folder / f"{kind.name}.csv"
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if not text.strip():
        text = ""
        writer.writerow(kind.header)
    elif not text.endswith("\n"):
        text += "\n"
    writer.writerow([values.get(column, "") for column in kind.header])
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, text + out.getvalue())
    return len((text + out.getvalue()).splitlines())

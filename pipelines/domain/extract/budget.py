"""A time and size budget per article: one pathological text cannot stall a run.

Articles are extracted one after another in a worker process (forked, so it shares the loaded code and
reference data). An article longer than `max_chars` is not extracted; one that takes longer than
`seconds` has its worker killed and replaced, and the next article goes on. Either way the article gets
a reason a person can act on. This wraps the extraction from the outside: it is not part of it.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import signal
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection

import pandas as pd

PR_SET_PDEATHSIG = 1  # prctl option: the signal a process gets when its parent dies
Tables = dict[str, pd.DataFrame]
ProcessFn = Callable[[str, str, str], Tables]  # (article_id, source_file, text) -> per-article tables


@dataclass(frozen=True)
class Budget:
    seconds: float  # wall time one article may take
    max_chars: int  # longest text extracted


@dataclass(frozen=True)
class Outcome:
    article_id: str
    tables: Tables | None  # None when the article was set aside
    reason: str | None = None  # why it was set aside
    remembered: bool = False  # True for an over-budget verdict: not retried until the text or code changes


def extract_within_budget(articles: pd.DataFrame, process: ProcessFn, budget: Budget) -> Iterator[Outcome]:
    """One Outcome per row of `articles` (article_id, source_file, text), in order, as each finishes."""
    worker: Worker | None = None
    try:
        for row in articles.itertuples(index=False):
            if len(row.text) > budget.max_chars:
                yield Outcome(row.article_id, None, too_long_reason(len(row.text), budget), remembered=True)
                continue
            worker = worker or Worker(process)
            outcome = worker.extract(row.article_id, row.source_file, row.text, budget)
            if outcome.remembered or worker.dead:  # over time: the worker is still busy with it
                worker.stop()
                worker = None
            yield outcome
    finally:
        if worker is not None:
            worker.stop()


def too_long_reason(length: int, budget: Budget) -> str:
    return (
        f"too long to extract: {length:,} characters, the budget is {budget.max_chars:,} per article "
        "(news articles are a few thousand); split it into separate articles"
    )


def over_time_reason(budget: Budget) -> str:
    return (
        f"extraction took longer than the budget of {budget.seconds:g} s per article and was stopped; "
        "it is tried again when the text or the extractor changes"
    )


def failure_reason(error: str) -> str:
    return f"the extractor failed on this article ({error}); it is tried again on the next run"


class Worker:
    """A forked process that extracts the articles it is sent, one at a time."""

    def __init__(self, process: ProcessFn) -> None:
        context = multiprocessing.get_context("fork")
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, self.connection, process), daemon=True)
        self.process.start()
        child.close()
        self.dead = False

    def extract(self, article_id: str, source_file: str, text: str, budget: Budget) -> Outcome:
        try:
            self.connection.send((article_id, source_file, text))
            if not self.connection.poll(budget.seconds):
                return Outcome(article_id, None, over_time_reason(budget), remembered=True)
            status, value = self.connection.recv()
        except (EOFError, OSError):  # the worker died: killed, out of memory, crashed
            self.dead = True
            return Outcome(article_id, None, failure_reason("the extraction process died"))
        if status == "error":
            return Outcome(article_id, None, failure_reason(value))
        return Outcome(article_id, value)

    def stop(self) -> None:
        self.process.kill()
        self.process.join()
        self.connection.close()


def _serve(connection: Connection, parent_end: Connection, process: ProcessFn) -> None:
    """The worker's loop: extract each article received, send back its tables or its error.

    It holds only its own end of the pipe, so it sees end-of-file when the parent is gone, and asks the
    kernel to kill it when the parent dies mid-article."""
    parent_end.close()
    _die_with_parent()
    while True:
        try:
            article_id, source_file, text = connection.recv()
        except EOFError:  # the parent is gone
            return
        try:
            reply = ("ok", process(article_id, source_file, text))
        except Exception as error:  # one bad article must not stop the others
            reply = ("error", f"{type(error).__name__}: {error}")
        connection.send(reply)


def _die_with_parent() -> None:
    """Linux: SIGKILL this process when its parent dies (prctl PR_SET_PDEATHSIG); elsewhere, nothing."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return

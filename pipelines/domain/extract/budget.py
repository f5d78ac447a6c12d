"""Extraction on every core, within a time and size budget per article.

Articles are sent in chunks to a pool of worker processes (forked, so they share the loaded code and
reference data), one per core by default. A worker reports each article as it finishes it and sends the
chunk's tables at the end, so the parent does little per article. An article longer than `max_chars` is
not extracted; one that takes longer than `seconds` has its worker killed and replaced, and the rest of
its chunk goes back to the queue. Either way the article gets a reason a person can act on. This wraps
the extraction from the outside: it is not part of it, and a chunk's results do not depend on which
worker, or how many, extracted it.
"""

from __future__ import annotations

import ctypes
import math
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

import pandas as pd

PR_SET_PDEATHSIG = 1  # prctl option: the signal a process gets when its parent dies
Tables = dict[str, pd.DataFrame]
ProcessFn = Callable[[str, str, str], Tables]  # (article_id, source_file, text) -> per-article tables
Article = tuple[str, str, str]  # article_id, source_file, text
Chunks = deque[list[Article]]


@dataclass(frozen=True)
class ChunkReader:
    """Extraction in two steps: `read` one article (into anything), then `tables` of a whole chunk's
    results at once, so what is cheaper done once per chunk (building frames) is."""

    read: Callable[[str, str, str], Any]  # (article_id, source_file, text) -> one article's result
    tables: Callable[[list[Any]], Tables]  # a chunk's results, in order -> its per-article tables


@dataclass(frozen=True)
class Budget:
    seconds: float  # wall time one article may take
    max_chars: int  # longest text extracted


@dataclass(frozen=True)
class Parallelism:
    workers: int  # worker processes extracting at once
    max_chunk: int  # most articles a worker is sent at a time
    chunks_per_worker: int  # at least this many chunks per worker when there are few articles

    def chunk_size(self, articles: int) -> int:
        """Large chunks (less traffic), yet enough of them to keep every worker busy to the end."""
        return max(1, min(self.max_chunk, math.ceil(articles / (self.workers * self.chunks_per_worker))))


def available_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@dataclass(frozen=True)
class Outcome:
    article_id: str
    reason: str | None = None  # why it was set aside; None when it was extracted
    remembered: bool = False  # True for an over-budget verdict: not retried until the text or code changes

    @property
    def extracted(self) -> bool:
        return self.reason is None


@dataclass(frozen=True)
class Batch:
    """What came back together: the outcomes of a chunk's articles and the tables of those extracted."""

    outcomes: list[Outcome]
    tables: Tables = field(default_factory=dict)


def extract_within_budget(
    articles: pd.DataFrame, process: ProcessFn | ChunkReader, budget: Budget, parallelism: Parallelism
) -> Iterator[Batch]:
    """Batches covering every row of `articles` (article_id, source_file, text) once, as they finish."""
    todo: list[Article] = []
    for row in articles.itertuples(index=False):
        if len(row.text) > budget.max_chars:
            reason = too_long_reason(len(row.text), budget)
            yield Batch([Outcome(row.article_id, reason, remembered=True)])
        else:
            todo.append((row.article_id, row.source_file, row.text))
    size = parallelism.chunk_size(len(todo))
    queue = deque(todo[i : i + size] for i in range(0, len(todo), size))
    yield from WorkerPool(process, budget, min(parallelism.workers, len(queue))).drain(queue)


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


class WorkerPool:
    """`size` workers fed chunks from a queue; a worker over its budget or dead is replaced."""

    def __init__(self, process: ProcessFn | ChunkReader, budget: Budget, size: int) -> None:
        self.process, self.budget, self.size = process, budget, size

    def drain(self, queue: Chunks) -> Iterator[Batch]:
        workers = [Worker(self.process) for _ in range(self.size)]
        try:
            while queue or any(w.chunk for w in workers):
                for worker in workers:
                    if queue and not worker.chunk:
                        worker.start(queue.popleft(), self.budget)
                busy = [w for w in workers if w.chunk]
                ready = wait([w.connection for w in busy], max(0.0, min(w.deadline for w in busy) - _now()))
                for i, worker in enumerate(workers):
                    if worker.chunk and (worker.connection in ready or worker.deadline < _now()):
                        batch, workers[i] = self._collect(worker, worker.connection in ready, queue)
                        if batch:
                            yield batch
        finally:
            for worker in workers:
                worker.stop()

    def _collect(self, worker: Worker, ready: bool, queue: Chunks) -> tuple[Batch | None, Worker]:
        """The worker's next message; or, when it is over time or dead, the article in progress set aside,
        the worker replaced and the rest of its chunk put back at the front of the queue."""
        if ready:
            try:
                return worker.receive(self.budget), worker
            except (EOFError, OSError):  # killed, out of memory, crashed
                verdict = Outcome(worker.in_progress(), failure_reason("the extraction process died"))
        else:
            verdict = Outcome(worker.in_progress(), over_time_reason(self.budget), remembered=True)
        rest = worker.give_up()
        if rest:
            queue.appendleft(rest)
        worker.stop()
        return Batch([verdict]), Worker(self.process)


class Worker:
    """A forked process that extracts the chunks it is sent, one article after another."""

    def __init__(self, process: ProcessFn | ChunkReader) -> None:
        context = multiprocessing.get_context("fork")
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, self.connection, process), daemon=True)
        self.process.start()
        child.close()
        self.chunk: list[Article] = []
        self.outcomes: list[Outcome] = []
        self.deadline = math.inf

    def start(self, chunk: list[Article], budget: Budget) -> None:
        self.chunk, self.outcomes, self.deadline = chunk, [], _now() + budget.seconds
        self.connection.send(chunk)

    def receive(self, budget: Budget) -> Batch | None:
        """One message: an article done (None; the budget starts again for the next), or the chunk's
        tables, which end the chunk."""
        kind, value = self.connection.recv()
        if kind == "article":
            self.outcomes.append(Outcome(self.in_progress(), failure_reason(value) if value else None))
            self.deadline = _now() + budget.seconds
            return None
        batch = Batch(self.outcomes, value)
        self.chunk, self.deadline = [], math.inf
        return batch

    def in_progress(self) -> str:
        """The id of the article being extracted (the chunk's last once all are done)."""
        return self.chunk[min(len(self.outcomes), len(self.chunk) - 1)][0]

    def give_up(self) -> list[Article]:
        """The chunk's articles but the one in progress, finished or not: their tables were here."""
        at = min(len(self.outcomes), len(self.chunk) - 1)
        rest = self.chunk[:at] + self.chunk[at + 1 :]
        self.chunk, self.deadline = [], math.inf
        return rest

    def stop(self) -> None:
        self.process.kill()
        self.process.join()
        self.connection.close()


def _now() -> float:
    return time.monotonic()


def _serve(connection: Connection, parent_end: Connection, process: ProcessFn | ChunkReader) -> None:
    """The worker's loop: extract each article of each chunk received, report each (its error, if any),
    then send the chunk's tables.

    It holds only its own end of the pipe, so it sees end-of-file when the parent is gone, and asks the
    kernel to kill it when the parent dies mid-article."""
    parent_end.close()
    _die_with_parent()
    reader = process if isinstance(process, ChunkReader) else ChunkReader(process, concat_tables)
    while True:
        try:
            chunk = connection.recv()
        except EOFError:  # the parent is gone
            return
        done: list[Any] = []
        for article_id, source_file, text in chunk:
            try:
                done.append(reader.read(article_id, source_file, text))
                error = None
            except Exception as failure:  # one bad article must not stop the others
                error = f"{type(failure).__name__}: {failure}"
            connection.send(("article", error))
        connection.send(("chunk", reader.tables(done)))


def concat_tables(parts: list[Tables]) -> Tables:
    """Each table's frames, one after another."""
    names = dict.fromkeys(name for tables in parts for name in tables)
    return {name: concat([tables[name] for tables in parts if name in tables]) for name in names}


def concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate, skipping empty frames (they would blur dtypes) but keeping columns when all are empty."""
    non_empty = [frame for frame in frames if len(frame)] or frames[:1]
    return pd.concat(non_empty, ignore_index=True)


def _die_with_parent() -> None:
    """Linux: SIGKILL this process when its parent dies (prctl PR_SET_PDEATHSIG); elsewhere, nothing."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return

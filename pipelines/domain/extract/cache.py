"""Per-article extraction results, cached as Parquet under `$WAREHOUSE_DIR/_cache/`.

Layout: one `<table>.<generation>.parquet` per per-article table, `_manifest.<generation>.parquet`
(article_id, content_hash, source_file, fingerprint, set_aside) and `CURRENT`, a JSON file naming the
live generation. A save writes a new generation and commits it by atomically replacing `CURRENT`, so a run
killed mid-save leaves the previous generation in force; files of other generations are then removed.

Each chunk of articles' results is also written to `pending/` as soon as a worker has extracted it (see
`budget.py`), so the work of a run that is killed or fails later is lost only for the chunks in progress:
the next load folds pending results in, the next save commits them.
An article over its time or size budget is remembered (`set_aside` holds the reason) and not tried again
until its text or the extractor changes; an article the extractor raised on is tried again every run.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipelines.domain.extract.budget import (
    Batch,
    Budget,
    ChunkReader,
    Outcome,
    Parallelism,
    ProcessFn,
    concat,
    concat_tables,
    extract_within_budget,
)
from pipelines.domain.fileio import (
    atomic_write_bytes,
    atomic_write_text,
    file_lock,
    frame_to_arrow,
    read_parquet,
    write_parquet,
)
from pipelines.settings import ARTICLE_BUDGET, REFERENCE_DIR, extraction_parallelism

EXTRACT_DIR = Path(__file__).resolve().parent
PLATFORM_MODULES = ("cache.py", "budget.py")  # how extraction is run, not what it yields
SHARED_MODULES = ("text.py", "reference.py")  # shared code the extraction reads
KEY_COLUMNS = ["article_id", "content_hash", "source_file"]
MANIFEST_COLUMNS = [*KEY_COLUMNS, "fingerprint", "set_aside"]
MANIFEST = "_manifest"
PENDING = "pending"
FAILED_COLUMNS = ["article_id", "source_file", "reason"]
FAILED = "failed_articles"  # key of the failures among the per-article tables handed downstream
CURRENT = "CURRENT"


@dataclass(frozen=True)
class Cached:
    manifest: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=MANIFEST_COLUMNS))
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    pending: tuple[Path, ...] = ()  # pending files folded in (removed once a save commits them)


@dataclass(frozen=True)
class CacheResult:
    tables: dict[str, pd.DataFrame]  # per-article tables for every current article
    processed: list[str]  # article ids extracted in this run
    reused: list[str]  # article ids whose cached rows were kept
    failed: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=FAILED_COLUMNS))


def extractor_fingerprint(extract_dir: Path = EXTRACT_DIR, reference_dir: Path = REFERENCE_DIR) -> str:
    """Hash of the extraction code (extract package, shared modules it uses) and the reference CSVs."""
    modules = sorted(p for p in extract_dir.rglob("*.py") if p.name not in PLATFORM_MODULES)
    shared = [extract_dir.parent / name for name in SHARED_MODULES]
    digest = hashlib.sha256()
    for path in [*modules, *shared, *sorted(reference_dir.glob("*.csv"))]:
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def refresh(
    cache_dir: Path,
    articles: pd.DataFrame,
    process: ProcessFn | ChunkReader,
    fingerprint: str,
    budget: Budget = ARTICLE_BUDGET,
    parallelism: Parallelism | None = None,
) -> CacheResult:
    """Tables for all `articles` (ingest's accepted frame): new or changed ones processed (in parallel,
    `parallelism` or `extraction_parallelism()`), the rest reused.

    Rows of articles no longer present are dropped; the updated cache is saved before returning. The
    tables are the same whatever was cached, and however many workers extracted the rest."""
    cached = load(cache_dir)
    stale = needs_processing(cached.manifest, articles, fingerprint)
    todo, kept = articles[stale], articles[~stale]
    batches = [
        keep_pending(cache_dir, batch, todo, fingerprint)
        for batch in extract_within_budget(todo, process, budget, parallelism or extraction_parallelism())
    ]
    outcomes = _in_order([o for batch in batches for o in batch.outcomes], todo["article_id"])
    fresh = concat_tables([batch.tables for batch in batches])
    merged = merge(cached.tables, kept["article_id"], fresh)
    tables = with_parquet_types(in_article_order(merged, articles["article_id"]))
    manifest = current_manifest(cached.manifest, kept, todo, outcomes, fingerprint)
    save(cache_dir, tables, manifest, cached.pending + tuple(b.pending for b in batches if b.pending))
    set_aside = set(manifest.loc[manifest["set_aside"].notna(), "article_id"])
    return CacheResult(
        tables,
        processed=[o.article_id for o in outcomes if o.extracted],
        reused=[a for a in kept["article_id"] if a not in set_aside],
        failed=_failures(manifest, outcomes, articles),
    )


def with_failures(rejected: pd.DataFrame, failed: pd.DataFrame) -> pd.DataFrame:
    """The scan's rejected files plus the articles the extractor failed on, in one list."""
    if failed.empty:
        return rejected
    extra = failed[["source_file", "reason"]].assign(duplicate_of=None)
    return pd.concat([rejected, extra], ignore_index=True)


def needs_processing(manifest: pd.DataFrame, articles: pd.DataFrame, fingerprint: str) -> pd.Series:
    """Boolean mask over `articles`: no cached entry with the same text, file name and fingerprint."""
    current = manifest.loc[manifest["fingerprint"] == fingerprint, KEY_COLUMNS].drop_duplicates()
    hit = (
        articles[KEY_COLUMNS].merge(current, on=KEY_COLUMNS, how="left", indicator=True)["_merge"].eq("both")
    )
    return pd.Series(~hit.to_numpy(), index=articles.index)


@dataclass(frozen=True)
class SavedBatch:
    """A batch of outcomes and tables, and the pending file holding it (None: nothing worth keeping)."""

    outcomes: list[Outcome]
    tables: dict[str, pd.DataFrame]
    pending: Path | None


def keep_pending(cache_dir: Path, batch: Batch, todo: pd.DataFrame, fingerprint: str) -> SavedBatch:
    """Write a batch to `pending/` at once: the articles extracted or set aside for good (not those to be
    retried), with their tables."""
    verdicts = {o.article_id: o.reason for o in batch.outcomes if o.extracted or o.remembered}
    if not verdicts:
        return SavedBatch(batch.outcomes, batch.tables, None)
    done = todo[todo["article_id"].isin(verdicts)]
    entries = done[KEY_COLUMNS].assign(fingerprint=fingerprint, set_aside=done["article_id"].map(verdicts))
    path = cache_dir / PENDING / f"{time.time_ns():020d}-{os.getpid()}-{done['article_id'].iloc[0]}.pickle"
    path.parent.mkdir(parents=True, exist_ok=True)
    pending = {"manifest": entries[MANIFEST_COLUMNS].to_dict("records"), "tables": batch.tables}
    atomic_write_bytes(path, pickle.dumps(pending))
    return SavedBatch(batch.outcomes, batch.tables, path)


def current_manifest(
    cached: pd.DataFrame, kept: pd.DataFrame, todo: pd.DataFrame, outcomes: list[Outcome], fingerprint: str
) -> pd.DataFrame:
    """Manifest rows of the kept articles and of every processed one not to be retried."""
    reasons = {o.article_id: o.reason for o in outcomes if o.extracted or o.remembered}
    done = todo[todo["article_id"].isin(reasons)]
    new = done[KEY_COLUMNS].assign(fingerprint=fingerprint, set_aside=done["article_id"].map(reasons))
    old = cached.merge(kept[KEY_COLUMNS], on=KEY_COLUMNS).drop_duplicates("article_id")
    return concat([old[MANIFEST_COLUMNS], new[MANIFEST_COLUMNS]])


def _failures(manifest: pd.DataFrame, outcomes: list[Outcome], articles: pd.DataFrame) -> pd.DataFrame:
    """Articles set aside now (errors, budgets) or earlier (remembered budgets), with their reasons."""
    reasons = manifest.dropna(subset=["set_aside"]).set_index("article_id")["set_aside"].to_dict()
    reasons |= {o.article_id: o.reason for o in outcomes if not o.extracted}
    failed = articles[articles["article_id"].isin(reasons)]
    return (
        pd.DataFrame(
            {"article_id": failed["article_id"], "source_file": failed["source_file"]}, columns=FAILED_COLUMNS
        )
        .assign(reason=failed["article_id"].map(reasons))
        .reset_index(drop=True)
    )


def _in_order(outcomes: list[Outcome], article_ids: pd.Series) -> list[Outcome]:
    """Outcomes in the order of `article_ids`, whichever worker finished first."""
    position = {article_id: i for i, article_id in enumerate(article_ids)}
    return sorted(outcomes, key=lambda outcome: position[outcome.article_id])


def merge(
    cached: dict[str, pd.DataFrame], kept_ids: pd.Series, fresh: dict[str, pd.DataFrame]
) -> dict[str, pd.DataFrame]:
    """Cached rows of `kept_ids` plus the freshly processed rows, per table."""
    merged = {}
    for name in sorted(cached.keys() | fresh.keys()):
        parts = []
        if name in cached:
            parts.append(cached[name][cached[name]["article_id"].isin(kept_ids)])
        if name in fresh:
            parts.append(fresh[name])
        merged[name] = concat(parts)
    return merged


def in_article_order(tables: dict[str, pd.DataFrame], article_ids: pd.Series) -> dict[str, pd.DataFrame]:
    """Each table's rows grouped by article in the order of `article_ids` (file-name order), whichever
    came from the cache, from pending results or from this run: reconciliation, which keeps the first of
    equal facts, then gets the same input, and so gives the same output, whatever the cache's history."""
    position = {article_id: i for i, article_id in enumerate(article_ids)}
    return {
        name: frame.iloc[frame["article_id"].map(position).to_numpy().argsort(kind="stable")].reset_index(
            drop=True
        )
        for name, frame in tables.items()
    }


def with_parquet_types(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Each table as it reads back from Parquet: column types follow from the values alone, not from how
    the rows were put together (which worker's chunk, what came from the cache)."""
    return {name: frame_to_arrow(frame).to_pandas() for name, frame in tables.items()}


def load(cache_dir: Path) -> Cached:
    """The committed generation with pending results folded in; empty when unreadable."""
    try:
        current = json.loads((cache_dir / CURRENT).read_text(encoding="utf-8"))
        generation = current["generation"]
        manifest = read_parquet(cache_dir / f"{MANIFEST}.{generation}.parquet")
        tables = {
            name: read_parquet(cache_dir / f"{name}.{generation}.parquet") for name in current["tables"]
        }
    except (OSError, ValueError, KeyError, TypeError):
        manifest, tables = Cached().manifest, {}
    return fold_pending(Cached(manifest.reindex(columns=MANIFEST_COLUMNS), tables), cache_dir)


def fold_pending(cached: Cached, cache_dir: Path) -> Cached:
    """`cached` with every readable pending batch in it (a pending result replaces the article's rows;
    of two pending results for one article, the later one counts)."""
    entries: dict[str, tuple[int, dict]] = {}  # article id -> (file number, manifest entry)
    parts: list[tuple[int, str, pd.DataFrame]] = []
    paths = sorted((cache_dir / PENDING).glob("*.pickle"))  # names start with the time they were written
    for number, path in enumerate(paths):
        try:
            pending = pickle.loads(path.read_bytes())
            batch = [(entry["article_id"], entry) for entry in pending["manifest"]]
            tables = pending["tables"].items()
        except (OSError, pickle.UnpicklingError, EOFError, KeyError, TypeError, ValueError, AttributeError):
            continue  # unreadable: its articles are simply extracted again
        entries.update((article_id, (number, entry)) for article_id, entry in batch)
        parts.extend((number, name, frame) for name, frame in tables)
    if not entries:
        return cached
    latest = pd.Series({article_id: number for article_id, (number, _) in entries.items()}, dtype=object)
    fresh = concat_tables(
        [{name: frame[frame["article_id"].map(latest).eq(number)]} for number, name, frame in parts]
    )
    keep = cached.manifest[~cached.manifest["article_id"].isin(latest.index)]
    folded = pd.DataFrame([entry for _, entry in entries.values()], columns=MANIFEST_COLUMNS)
    manifest = concat([keep, folded])
    return Cached(manifest, merge(cached.tables, keep["article_id"], fresh), tuple(paths))


def save(
    cache_dir: Path, tables: dict[str, pd.DataFrame], manifest: pd.DataFrame, done: tuple[Path, ...] = ()
) -> None:
    """Write a new generation, commit it by replacing `CURRENT`, then drop other generations and the
    pending files it now holds."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    generation = uuid.uuid4().hex[:12]
    with file_lock(cache_dir / ".lock"):
        for name, frame in {**tables, MANIFEST: manifest}.items():
            write_parquet(frame, cache_dir / f"{name}.{generation}.parquet")
        current = {"generation": generation, "tables": sorted(tables)}
        atomic_write_text(cache_dir / CURRENT, json.dumps(current))
        for path in cache_dir.glob("*.parquet"):
            if path.name.rsplit(".", 2)[-2] != generation:
                path.unlink(missing_ok=True)
        for path in done:
            path.unlink(missing_ok=True)

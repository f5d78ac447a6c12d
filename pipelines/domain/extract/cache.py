"""Per-article extraction results, cached as Parquet under `$WAREHOUSE_DIR/_cache/`.

Layout: one `<table>.<generation>.parquet` per per-article table, `_manifest.<generation>.parquet`
(article_id, content_hash, source_file, fingerprint) and `CURRENT`, a JSON file naming the live
generation. A save writes a new generation and commits it by atomically replacing `CURRENT`, so a run
killed mid-save leaves the previous generation in force; files of other generations are then removed.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipelines.domain.fileio import atomic_write_text, file_lock, frame_to_arrow, read_parquet, write_parquet
from pipelines.settings import REFERENCE_DIR

EXTRACT_DIR = Path(__file__).resolve().parent
# Code that shapes per-article results: the extract stage (but this cache) and the shared modules it reads.
SHARED_MODULES = ("text.py", "reference.py")
MANIFEST_COLUMNS = ["article_id", "content_hash", "source_file", "fingerprint"]
MANIFEST = "_manifest"
FAILED_COLUMNS = ["article_id", "source_file", "reason"]
FAILED = "failed_articles"  # key of the failures among the per-article tables handed downstream
CURRENT = "CURRENT"

# (article_id, source_file, text) -> per-article tables, each with an `article_id` column
ProcessFn = Callable[[str, str, str], dict[str, pd.DataFrame]]


@dataclass(frozen=True)
class Cached:
    manifest: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=MANIFEST_COLUMNS))
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)


@dataclass(frozen=True)
class CacheResult:
    tables: dict[str, pd.DataFrame]  # per-article tables for every current article
    processed: list[str]  # article ids extracted in this run
    reused: list[str]  # article ids whose cached rows were kept
    failed: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=FAILED_COLUMNS))


def extractor_fingerprint(extract_dir: Path = EXTRACT_DIR, reference_dir: Path = REFERENCE_DIR) -> str:
    """Hash of the extraction code (extract package, shared modules it uses) and the reference CSVs."""
    modules = sorted(p for p in extract_dir.rglob("*.py") if p.name != "cache.py")
    shared = [extract_dir.parent / name for name in SHARED_MODULES]
    digest = hashlib.sha256()
    for path in [*modules, *shared, *sorted(reference_dir.glob("*.csv"))]:
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def refresh(cache_dir: Path, articles: pd.DataFrame, process: ProcessFn, fingerprint: str) -> CacheResult:
    """Tables for all `articles` (ingest's accepted frame): new or changed ones processed, the rest reused.

    Rows of articles no longer present are dropped; the updated cache is saved before returning.
    """
    cached = load(cache_dir)
    stale = needs_processing(cached.manifest, articles, fingerprint)
    todo, kept = articles[stale], articles.loc[~stale, "article_id"]
    fresh, failed = process_all(todo, process)
    tables = merge(cached.tables, kept, fresh)
    done = articles[~articles["article_id"].isin(failed["article_id"])]  # failures are retried next run
    manifest = done[MANIFEST_COLUMNS[:-1]].assign(fingerprint=fingerprint)
    save(cache_dir, tables, manifest)
    processed = todo.loc[~todo["article_id"].isin(failed["article_id"]), "article_id"].tolist()
    return CacheResult(tables, processed=processed, reused=kept.tolist(), failed=failed)


def with_failures(rejected: pd.DataFrame, failed: pd.DataFrame) -> pd.DataFrame:
    """The scan's rejected files plus the articles the extractor failed on, in one list."""
    if failed.empty:
        return rejected
    extra = failed[["source_file", "reason"]].assign(duplicate_of=None)
    return pd.concat([rejected, extra], ignore_index=True)


def needs_processing(manifest: pd.DataFrame, articles: pd.DataFrame, fingerprint: str) -> pd.Series:
    """Boolean mask over `articles`: no cached entry with the same text, file name and fingerprint."""
    keys = ["article_id", "content_hash", "source_file"]
    current = manifest.loc[manifest["fingerprint"] == fingerprint, keys].drop_duplicates()
    hit = articles[keys].merge(current, on=keys, how="left", indicator=True)["_merge"].eq("both")
    return pd.Series(~hit.to_numpy(), index=articles.index)


def process_all(todo: pd.DataFrame, process: ProcessFn) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """Run `process` on each article; one frame per table, normalised through Arrow like cached ones.

    An article whose processing raises is set aside with the error as its reason; the others go on."""
    parts: dict[str, list[pd.DataFrame]] = {}
    failed = []
    for row in todo.itertuples(index=False):
        try:
            tables = process(row.article_id, row.source_file, row.text)
        except Exception as error:  # one bad article must not stop the run
            reason = (
                f"the extractor failed on this article ({type(error).__name__}: {error}); "
                "it is tried again on the next run"
            )
            failed.append({"article_id": row.article_id, "source_file": row.source_file, "reason": reason})
            continue
        for name, frame in tables.items():
            parts.setdefault(name, []).append(frame)
    fresh = {name: frame_to_arrow(concat(frames)).to_pandas() for name, frames in parts.items()}
    return fresh, pd.DataFrame(failed, columns=FAILED_COLUMNS)


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


def concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate, skipping empty frames (they would blur dtypes) but keeping columns when all are empty."""
    non_empty = [frame for frame in frames if len(frame)] or frames[:1]
    return pd.concat(non_empty, ignore_index=True)


def load(cache_dir: Path) -> Cached:
    """The committed generation, or an empty cache when there is none or it is unreadable."""
    try:
        current = json.loads((cache_dir / CURRENT).read_text(encoding="utf-8"))
        generation = current["generation"]
        manifest = read_parquet(cache_dir / f"{MANIFEST}.{generation}.parquet")
        tables = {
            name: read_parquet(cache_dir / f"{name}.{generation}.parquet") for name in current["tables"]
        }
    except (OSError, ValueError, KeyError, TypeError):
        return Cached()
    return Cached(manifest, tables)


def save(cache_dir: Path, tables: dict[str, pd.DataFrame], manifest: pd.DataFrame) -> None:
    """Write a new generation, commit it by replacing `CURRENT`, then drop the other generations."""
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

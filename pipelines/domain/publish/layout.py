"""Where a publication lives in WAREHOUSE_DIR, and the one atomic switch between publications.

  .publications/<id>/      one complete publication: energy.duckdb, parquet/<table>.parquet, publication.json
  current -> .publications/<id>   the pointer; replacing it (os.replace of a symlink) is the only switch
  energy.duckdb -> current/energy.duckdb   fixed links, so readers keep the contract's paths; both follow
  parquet -> current/parquet               `current`, so DuckDB and Parquet always show one publication
  .publish.lock            flock serialising publishers
  _cache/, .runs/          the extraction cache and per-run intermediate values (not part of the contract)

Nothing else in WAREHOUSE_DIR is touched: a user's `parquet.backup/` or `notes.txt` survives every publish.
Only names this project makes are created, replaced or removed (see `OWN_NAMES` and the legacy patterns).
"""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

DUCKDB_FILE = "energy.duckdb"
PARQUET_DIR = "parquet"
POINTER = "current"
PUBLICATIONS = ".publications"
STAGING_PREFIX = ".staging-"
LOCK_FILE = ".publish.lock"
MANIFEST_FILE = "publication.json"
# a superseded publication stays on disk this long after it was replaced, for readers that resolved it
PUBLICATION_GRACE_SECONDS = 600
PUBLICATION_ID = re.compile(r"\d{8}T\d{6}-[0-9a-f]{8}$")
# names earlier layouts of this project made directly in WAREHOUSE_DIR; removed when found
_LEGACY = re.compile(r"(parquet\.|\.staging-)\d{8}T\d{6}-[0-9a-f]{8}$")


def new_publication_id() -> str:
    return f"{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}-{os.urandom(4).hex()}"


def current_publication(warehouse_dir: Path) -> Path | None:
    """The folder `current` points at (resolved once, so a reader sees one publication), or None."""
    pointer = warehouse_dir / POINTER
    try:
        target = os.readlink(pointer)
    except OSError:
        return None
    folder = warehouse_dir / target
    return folder if folder.is_dir() else None


def switch_to(warehouse_dir: Path, publication: Path) -> None:
    """Point `current` at `publication` atomically, then make sure the fixed reader links exist."""
    temporary = warehouse_dir / f".{POINTER}.tmp-{publication.name}"
    temporary.unlink(missing_ok=True)
    os.symlink(os.path.relpath(publication, warehouse_dir), temporary)
    os.replace(temporary, warehouse_dir / POINTER)
    for name in (DUCKDB_FILE, PARQUET_DIR):
        _ensure_link(warehouse_dir, name, f"{POINTER}/{name}", publication.name)


def _ensure_link(warehouse_dir: Path, name: str, target: str, publication_id: str) -> None:
    """`name -> target`, replacing an earlier layout's file or link of that name (never a user's folder:
    a real `parquet/` folder is moved aside as `parquet.moved-<id>/`, not deleted)."""
    path = warehouse_dir / name
    if path.is_symlink() and os.readlink(path) == target:
        return
    if path.is_dir() and not path.is_symlink():
        os.rename(path, warehouse_dir / f"{name}.moved-{publication_id}")
    temporary = warehouse_dir / f".{name}.tmp-{publication_id}"
    temporary.unlink(missing_ok=True)
    os.symlink(target, temporary)
    os.replace(temporary, path)


def remove_leftovers(warehouse_dir: Path) -> None:
    """Staging folders of killed publishes and earlier layouts' generations (call with the lock held)."""
    publications = warehouse_dir / PUBLICATIONS
    stale = list(publications.glob(f"{STAGING_PREFIX}*")) if publications.is_dir() else []
    stale += [path for path in warehouse_dir.iterdir() if _LEGACY.match(path.name)]
    for path in stale:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)


def prune_publications(warehouse_dir: Path, now: float | None = None) -> list[str]:
    """Remove publications superseded more than PUBLICATION_GRACE_SECONDS ago; the current one and the
    one just before it always stay. Returns the ids kept."""
    folder = warehouse_dir / PUBLICATIONS
    current = current_publication(warehouse_dir)
    found = [p for p in folder.iterdir() if PUBLICATION_ID.match(p.name) and p.is_dir()]
    ordered = sorted(found, key=lambda p: (p.stat().st_mtime, p.name))  # mtime: when it was switched to
    now = time.time() if now is None else now
    kept = []
    for older, newer in zip(ordered, [*ordered[1:], None], strict=True):
        superseded_at = newer.stat().st_mtime if newer is not None else now
        recent = now - superseded_at < PUBLICATION_GRACE_SECONDS
        if older == current or newer == current or newer is None or recent:
            kept.append(older.name)
        else:
            shutil.rmtree(older, ignore_errors=True)
    return kept

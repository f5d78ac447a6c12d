"""Paths and limits: ARTICLES_DIR and WAREHOUSE_DIR from the environment, defaults under the repo root."""

from __future__ import annotations

import os
from pathlib import Path

from pipelines.domain.extract.budget import Budget, Parallelism, available_cores

REPO_ROOT = Path(__file__).resolve().parents[1]
REFERENCE_DIR = REPO_ROOT / "seeds" / "reference"
DEFAULT_ARTICLES_DIR = REPO_ROOT / "seeds" / "articles"
DEFAULT_WAREHOUSE_DIR = REPO_ROOT / "warehouse"
DEFAULT_CORRECTIONS_DIR = REPO_ROOT / "seeds" / "corrections"
# where the published tables' and views' columns are described (shown in the UI)
CONTRACT_DOCS = (REPO_ROOT / "docs" / "warehouse-contract.md", REPO_ROOT / "docs" / "architecture.md")
MAX_ARTICLE_BYTES = 2 * 1024 * 1024  # 2 MiB: far above any news article, far below anything worth reading
# per-article extraction budget: a news article takes about 0.05 s and has a few thousand characters
ARTICLE_BUDGET = Budget(seconds=60.0, max_chars=200_000)
# extraction runs in EXTRACT_WORKERS processes (default: one per core), fed chunks of up to 50 articles
EXTRACT_WORKERS = "EXTRACT_WORKERS"
MAX_CHUNK_ARTICLES = 50
CHUNKS_PER_WORKER = 4  # a small batch is cut into at least this many chunks per worker


def _dir_from_env(name: str, default: Path) -> Path:
    value = os.environ.get(name, "").strip()
    return Path(value).expanduser().resolve() if value else default


def articles_dir() -> Path:
    """Where raw `.txt` articles are read from ($ARTICLES_DIR, default `seeds/articles/`)."""
    return _dir_from_env("ARTICLES_DIR", DEFAULT_ARTICLES_DIR)


def warehouse_dir() -> Path:
    """Where the warehouse is published ($WAREHOUSE_DIR, default `warehouse/`)."""
    return _dir_from_env("WAREHOUSE_DIR", DEFAULT_WAREHOUSE_DIR)


def corrections_dir() -> Path:
    """Where analysts' corrections are kept ($CORRECTIONS_DIR, default `seeds/corrections/`)."""
    return _dir_from_env("CORRECTIONS_DIR", DEFAULT_CORRECTIONS_DIR)


def extraction_parallelism() -> Parallelism:
    """Worker processes for extraction: $EXTRACT_WORKERS, else one per core this process may use."""
    value = os.environ.get(EXTRACT_WORKERS, "").strip()
    workers = int(value) if value.isdigit() and int(value) > 0 else available_cores()
    return Parallelism(workers, MAX_CHUNK_ARTICLES, CHUNKS_PER_WORKER)

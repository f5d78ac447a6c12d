"""Paths as a Dagster resource, read from the environment when the code location loads."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from pipelines import settings


class WarehousePaths(dg.ConfigurableResource):
    """Where articles are read from, the warehouse is published to, and analysts' corrections are kept."""

    articles_dir: str
    warehouse_dir: str
    corrections_dir: str = ""  # empty: $CORRECTIONS_DIR or seeds/corrections/

    @classmethod
    def from_env(cls) -> WarehousePaths:
        return cls(
            articles_dir=str(settings.articles_dir()),
            warehouse_dir=str(settings.warehouse_dir()),
            corrections_dir=str(settings.corrections_dir()),
        )

    @property
    def articles(self) -> Path:
        return Path(self.articles_dir)

    @property
    def warehouse(self) -> Path:
        return Path(self.warehouse_dir)

    @property
    def cache(self) -> Path:
        return self.warehouse / "_cache"

    @property
    def corrections(self) -> Path:
        return Path(self.corrections_dir) if self.corrections_dir else settings.corrections_dir()

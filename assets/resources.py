"""Paths as a Dagster resource, read from the environment when the code location loads."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from pipelines import settings


class WarehousePaths(dg.ConfigurableResource):
    """Where articles are read from and the warehouse is published to."""

    articles_dir: str
    warehouse_dir: str

    @classmethod
    def from_env(cls) -> WarehousePaths:
        return cls(articles_dir=str(settings.articles_dir()), warehouse_dir=str(settings.warehouse_dir()))

    @property
    def articles(self) -> Path:
        return Path(self.articles_dir)

    @property
    def warehouse(self) -> Path:
        return Path(self.warehouse_dir)

    @property
    def cache(self) -> Path:
        return self.warehouse / "_cache"

"""Paths as a Dagster resource, read from the environment when the code location loads; the IO manager."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
from dagster._core.storage.fs_io_manager import PickledObjectFilesystemIOManager

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


class _PicklesWithoutPath(PickledObjectFilesystemIOManager):
    def handle_output(self, context: dg.OutputContext, obj: object) -> None:
        path = self._get_path(context)
        self.make_directory(path.parent)
        self.dump_to_path(context=context, obj=obj, path=path)


class IntermediateIOManager(dg.FilesystemIOManager):
    """Dagster's `FilesystemIOManager` (pickles under $DAGSTER_HOME/storage, a temp dir when it is unset)
    without the `path` metadata entry it adds to every asset: the UI shows where a table is published
    (`dagster/uri`), not where Dagster keeps its intermediate copy."""

    def create_io_manager(self, context: dg.InitResourceContext) -> _PicklesWithoutPath:
        return _PicklesWithoutPath(base_dir=self.base_dir or context.instance.storage_directory())

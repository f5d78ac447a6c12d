"""Intermediate values per run: two runs never read each other's, whatever their DAGSTER_HOME.

Dagster's FilesystemIOManager keeps one file per asset (`storage/<asset>`), shared by every run of the
instance, so two runs at once with different ARTICLES_DIR/WAREHOUSE_DIR read each other's articles.
Here values live under `storage/run_values/<run_id>/<step>/<output>`; a re-execution reads the steps it
does not repeat from its parent run, as Dagster does for op outputs. Folders of runs older than
RUN_VALUES_DAYS are removed when a run starts.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import dagster as dg
from dagster._core.storage.fs_io_manager import PickledObjectFilesystemIOManager
from upath import UPath

RUN_VALUES = "run_values"
RUN_VALUES_DAYS = 1


class RunScopedIOManager(dg.FilesystemIOManager):
    """FilesystemIOManager with one folder per run (pickles under `<base_dir>/run_values/<run_id>/`)."""

    def create_io_manager(self, context: dg.InitResourceContext) -> PickledObjectFilesystemIOManager:
        base = Path(self.base_dir or context.instance.storage_directory()) / RUN_VALUES
        prune_run_values(base, time.time() - RUN_VALUES_DAYS * 86_400)
        return _RunScopedPickles(base_dir=str(base))


class _RunScopedPickles(PickledObjectFilesystemIOManager):
    def _get_path_without_extension(self, context: dg.InputContext | dg.OutputContext) -> UPath:
        return self._base_path.joinpath(*context.get_identifier())  # run id, step key, output name

    def handle_output(self, context: dg.OutputContext, obj: object) -> None:
        """Pickle `obj`, without the `path` metadata entry Dagster adds: the UI shows where a table is
        published (`dagster/uri`), not where its intermediate copy is kept."""
        path = self._get_path(context)
        self.make_directory(path.parent)
        self.dump_to_path(context=context, obj=obj, path=path)


def prune_run_values(base: Path, older_than: float) -> None:
    if not base.is_dir():
        return
    for folder in base.iterdir():
        if folder.is_dir() and folder.stat().st_mtime < older_than:
            shutil.rmtree(folder, ignore_errors=True)


def run_values_dir(instance: dg.DagsterInstance, run_id: str) -> Path:
    """Where run `run_id` keeps its intermediate values (the default base directory)."""
    return Path(instance.storage_directory()) / RUN_VALUES / run_id

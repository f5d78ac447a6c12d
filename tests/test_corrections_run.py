"""Corrections end to end: recorded with `python -m pipelines.correct` against the published seeds, applied
by the next runs (a re-run with a new article and a new extractor fingerprint included), a stale one listed
by the warn check and `make run`'s summary while the rest publishes."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import dagster as dg
import duckdb
import pytest

from pipelines.correct import main as correct
from pipelines.domain.extract import cache, process
from pipelines.domain.publish.warehouse import read_published_table
from pipelines.run import run_ingest_job
from pipelines.settings import DEFAULT_ARTICLES_DIR
from pipelines.summary import RunSummary
from tests.test_corrections import EARLY_ARTICLE, Targets
from tests.test_ids import renumbered

STALE_WARNING = (
    "stale_corrections:every_correction_applied: 1 corrections were not applied (see stale_corrections)"
)


@pytest.fixture
def dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    folders = SimpleNamespace(
        articles=tmp_path / "articles", warehouse=tmp_path / "warehouse", corrections=tmp_path / "corrections"
    )
    shutil.copytree(DEFAULT_ARTICLES_DIR, folders.articles)
    for variable, path in (("ARTICLES", folders.articles), ("WAREHOUSE", folders.warehouse)):
        monkeypatch.setenv(f"{variable}_DIR", str(path))
    monkeypatch.setenv("CORRECTIONS_DIR", str(folders.corrections))
    return folders


def query(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse / "energy.duckdb"), read_only=True) as con:
        return con.execute(sql).fetchall()


def run(instance: dg.DagsterInstance) -> RunSummary:
    summary = run_ingest_job(instance)
    assert summary.success and not summary.checks_failed
    return summary


def record_four(t: Targets) -> None:
    why = ["--why", "checked against the operator's site", "--when", "2025-03-01"]
    assert correct(["merge", t.aiib_farm, t.gigawatt_farm, *why]) == 0
    split = ["split", t.zhanatas, "--article", t.zhanatas_article, "--name", "Zhanatas-2 wind farm"]
    assert correct([*split, *why]) == 0
    assert correct(["drop", "capacity", t.sany_capacity, *why]) == 0
    assert correct(["set", "project", t.turgusun, "status", "construction", *why]) == 0


def assert_published(warehouse: Path, t: Targets, sany_power: float | None = None) -> None:
    rows = query(
        warehouse,
        "SELECT project_id, name, status, installed_power_mw, investment_usd FROM project_summary "
        f"WHERE project_id IN ('{t.gigawatt_farm}', '{t.aiib_farm}', '{t.turgusun}', '{t.sany_farm}') "
        "OR name LIKE 'Zhanatas%' ORDER BY name",
    )
    assert [row[1:] for row in rows] == [
        ("Turgusun hydropower station", "construction", 24.9, None),
        ("Wind farm in Kazakhstan", "announced", sany_power, None),
        ("Wind farm in Zhambyl", "pre-construction", 1000.0, 2e9),
        ("Zhanatas wind farm", "operating", 100.0, None),
        ("Zhanatas-2 wind farm", "operating", 100.0, None),
    ]
    corrected = query(
        warehouse,
        'SELECT p.name, c.field, c.old_value, c.new_value, c."when" FROM projects p JOIN corrections c '
        "ON c.table_name = 'projects' AND c.row_key = p.project_id WHERE c.field = 'status'",
    )
    assert [row[:4] for row in corrected] == [
        ("Turgusun hydropower station", "status", "operating", "construction")
    ]


def published_targets(warehouse: Path) -> Targets:
    names = ("projects", "capacities", "project_mentions")
    return Targets({name: read_published_table(warehouse, name) for name in names})


def test_corrections_from_the_command_line_hold_on_later_runs(
    dirs: SimpleNamespace, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with dg.DagsterInstance.ephemeral() as instance:
        run(instance)
        t = published_targets(dirs.warehouse)
        [(sany_file,)] = query(
            dirs.warehouse,
            "SELECT source_file FROM articles JOIN capacities USING (article_id) "
            f"WHERE capacity_id = '{t.sany_capacity}'",
        )
        record_four(t)
        assert correct(["set", "project", "prj_000000000000", "status", "operating", "--why", "x"]) == 1
        assert "not recorded: no projects row prj_000000000000" in capsys.readouterr().err
        summary = run(instance)
        assert (
            "Corrections: 4 applied (7 published rows changed or removed, see corrections)" in summary.lines()
        )
        assert not [warning for warning in summary.warnings if "stale" in warning]
        assert_published(dirs.warehouse, t)

        (dirs.articles / "000_early.txt").write_text(EARLY_ARTICLE, encoding="utf-8")
        original = process.tables_of
        monkeypatch.setattr(cache, "extractor_fingerprint", lambda: "the next extractor")
        monkeypatch.setattr(process, "tables_of", lambda articles: renumbered(original(articles)))
        summary = run(instance)
        assert summary.value("article_extractions", "processed") == 6  # every article read again
        assert_published(dirs.warehouse, t)
        assert query(dirs.warehouse, "SELECT count(*) FROM stale_corrections") == [(0,)]

        edited = dirs.articles / sany_file  # the news was updated: the figure the drop was about is gone
        text = edited.read_text(encoding="utf-8")
        edited.write_text(text.replace("up to one gigawatt", "up to 1.5 gigawatts"), encoding="utf-8")
        summary = run(instance)
    assert STALE_WARNING in summary.warnings
    lines = summary.lines()
    assert "  NOT APPLIED: 1 (see stale_corrections)" in lines
    target = f"table_name=capacities row_key={t.sany_capacity}"
    assert f"  drop_rows.csv:2 drop_rows {target}: no capacities row {t.sany_capacity}" in lines
    assert_published(dirs.warehouse, t, sany_power=1500.0)  # the other corrections still apply

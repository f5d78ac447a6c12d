"""`python -m pipelines.correct`: checks a correction against the published seeds, then appends it with
who, when and why; refuses what names no published row, does not fit, or repeats or contradicts a row."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.correct import main
from pipelines.domain.publish.warehouse import read_published_table
from tests.test_corrections import Targets

AUDIT = ["--who", "Aigerim S.", "--when", "2025-03-01", "--why", "operator's site, 2025"]


@pytest.fixture
def seeds_targets(published_seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Targets:
    monkeypatch.setenv("WAREHOUSE_DIR", str(published_seeds))
    monkeypatch.setenv("CORRECTIONS_DIR", str(tmp_path))
    names = ("projects", "capacities", "project_mentions")
    return Targets({name: read_published_table(published_seeds, name) for name in names})


def refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main([*argv, *AUDIT]) == 1
    return capsys.readouterr().err.strip().removeprefix("not recorded: ")


def test_a_correction_is_appended_with_who_when_and_why(
    seeds_targets: Targets, tmp_path: Path, capsys
) -> None:
    t = seeds_targets
    assert main(["set", "project", t.turgusun, "status", "construction", *AUDIT]) == 0
    assert main(["split", t.zhanatas, "--article", t.zhanatas_article, "--name", "Zhanatas-2", *AUDIT]) == 0
    assert f"Added line 2 to {tmp_path / 'split_projects.csv'}" in capsys.readouterr().out
    assert (tmp_path / "set_values.csv").read_text(encoding="utf-8").splitlines() == [
        "table_name,row_key,field,value,who,when,why",
        f'projects,{t.turgusun},status,construction,Aigerim S.,2025-03-01,"operator\'s site, 2025"',
    ]
    assert (tmp_path / "split_projects.csv").read_text(encoding="utf-8").splitlines()[1] == (
        f'{t.zhanatas},{t.zhanatas_article},,Zhanatas-2,Aigerim S.,2025-03-01,"operator\'s site, 2025"'
    )


def test_what_is_not_published_or_does_not_fit_is_refused(
    seeds_targets: Targets, published_seeds: Path, tmp_path: Path, capsys
) -> None:
    t = seeds_targets
    assert refused(["merge", t.aiib_farm, "prj_000000000000"], capsys) == (
        "no projects row prj_000000000000 in the published warehouse"
    )
    assert refused(["set", "project", t.turgusun, "status", "finished"], capsys).startswith(
        "'finished' is not one of announced, pre-construction"
    )
    assert refused(["set", "project", t.turgusun, "region", "Xinjiang"], capsys) == (
        "'Xinjiang' is not a region of KZ in seeds/reference/regions.csv"
    )
    assert refused(["drop", "article", "0123456789abcdef"], capsys).startswith(
        "table_name 'article' is not one"
    )
    assert refused(["split", t.sany_farm, "--mention", "men_000000000000"], capsys) == (
        f"project {t.sany_farm} has no mention with mention_id men_000000000000"
    )
    mentions = read_published_table(published_seeds, "project_mentions")
    mention = mentions.loc[mentions["project_id"] == t.sany_farm, "mention_id"].item()
    assert refused(["split", t.sany_farm, "--mention", mention], capsys) == (
        "that is every mention of the project: to rename it, set its name"
    )
    assert refused(["split-org", "org_000000000000", "CPIH"], capsys) == (
        "no organisation org_000000000000 in the published warehouse"
    )
    assert not list(tmp_path.glob("*.csv"))


def test_a_repeat_or_a_contradiction_is_refused(seeds_targets: Targets, capsys) -> None:
    t = seeds_targets
    assert main(["set", "project", t.turgusun, "status", "construction", *AUDIT]) == 0
    assert main(["merge", t.aiib_farm, t.gigawatt_farm, *AUDIT]) == 0
    assert refused(["set", "project", t.turgusun, "status", "construction"], capsys).endswith(
        "line 2 of set_values.csv says the same already"
    )
    assert refused(["set", "project", t.turgusun, "status", "cancelled"], capsys) == (
        "line 2 of set_values.csv sets it to 'construction': change or remove that line instead"
    )
    assert refused(["merge", t.aiib_farm, t.zhanatas], capsys) == (
        f"line 2 of merge_projects.csv merges {t.aiib_farm} into {t.gigawatt_farm} already"
    )


def test_without_a_published_warehouse_nothing_is_recorded(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("WAREHOUSE_DIR", str(tmp_path / "none"))
    monkeypatch.setenv("CORRECTIONS_DIR", str(tmp_path))
    assert refused(["drop", "capacity", "cap_000000000000"], capsys) == (
        f"no published capacities in {tmp_path / 'none'}: run `make run` first"
    )
    assert main(["list"]) == 0
    assert (
        capsys.readouterr().out.strip()
        == f"no corrections published in {tmp_path / 'none'}: run `make run` first"
    )

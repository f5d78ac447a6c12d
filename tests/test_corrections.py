"""Analysts' corrections on the seed articles: merge, split, drop and set change the tables as said, hold
on a re-run, with a new article and with new extraction code; a correction that cannot apply is listed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from pipelines.domain.correct import Corrected, Corrector, append_correction, load_corrections
from pipelines.domain.correct.journal import uncorrected_mentions
from pipelines.domain.correct.kinds import (
    DROP_ROWS,
    DROPPABLE,
    KINDS,
    MERGE_ORGANISATIONS,
    MERGE_PROJECTS,
    SET_VALUES,
    SPLIT_ORGANISATIONS,
    SPLIT_PROJECTS,
    Kind,
)
from pipelines.domain.extract.cache import concat
from pipelines.domain.publish.warehouse import with_context
from pipelines.domain.reconcile import build_tables
from pipelines.domain.validate.quarantine import quarantine
from pipelines.domain.validate.schemas import STATUSES, check_foreign_keys, validation_failures
from pipelines.settings import DEFAULT_ARTICLES_DIR
from tests.test_ids import extracted, renumbered

Tables = dict[str, pd.DataFrame]
AUDIT = {"who": "Aigerim (analyst)", "when": "2025-03-01"}
EARLY_ARTICLE = (  # dated before every seed: a project's first mention is now in it
    "date: 2019-04-02\n\nThe Zhanatas wind farm in Zhambyl region will be built by China Power "
    "International Holding, the company said. "
    "A 50 MW solar plant will be built near Kentau, Turkistan region."
)


@pytest.fixture(scope="module")
def seeds() -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in DEFAULT_ARTICLES_DIR.glob("*.txt")}


@pytest.fixture(scope="module")
def per_article(ref: object, seeds: dict[str, str]) -> Tables:
    return extracted(seeds, ref)


@pytest.fixture(scope="module")
def base(ref: object, per_article: Tables) -> Tables:
    return build_tables(per_article, ref, None)


def project_where(tables: Tables, **features: object) -> str:
    projects = tables["projects"]
    chosen = pd.Series(True, index=projects.index)
    for column, value in features.items():
        chosen &= projects[column].isna() if value is None else projects[column].eq(value)
    return projects.loc[chosen, "project_id"].item()


class Targets:
    """The seed rows the corrections are about, chosen by what they are, not by their ids."""

    def __init__(self, tables: Tables) -> None:
        capacities = tables["capacities"]
        gigawatt = set(capacities.loc[capacities["value_std"].eq(1000), "project_id"])
        zhambyl_wind = tables["projects"].query("project_type == 'wind' and region == 'Zhambyl'")
        unplaced = zhambyl_wind[zhambyl_wind["locality"].isna()]["project_id"]
        self.gigawatt_farm = next(p for p in unplaced if p in gigawatt)
        self.aiib_farm = next(p for p in unplaced if p not in gigawatt)
        self.zhanatas = project_where(tables, name="Zhanatas wind farm")
        mentions = tables["project_mentions"]
        told = mentions[mentions["project_id"] == self.zhanatas]["article_id"].value_counts()
        self.zhanatas_article = told.index[-1]  # the article that tells it least
        self.turgusun = project_where(tables, name="Turgusun hydropower station")
        self.sany_farm = project_where(tables, project_type="wind", region=None)
        self.sany_capacity = capacities.loc[capacities["project_id"] == self.sany_farm, "capacity_id"].item()
        self.shymkent = project_where(tables, name="Shymkent Oil Refinery")


@pytest.fixture(scope="module")
def targets(base: Tables) -> Targets:
    return Targets(base)


def write(folder: Path, kind: Kind, why: str = "checked", **values: str) -> None:
    append_correction(folder, kind, {**values, **AUDIT, "why": why})


def four_corrections(folder: Path, t: Targets) -> Path:
    """Merge two projects, split one, drop a capacity, set a status."""
    write(
        folder,
        MERGE_PROJECTS,
        "AIIB's wind farm in Zhambyl is the 1 GW farm",
        project_id=t.aiib_farm,
        into_project_id=t.gigawatt_farm,
    )
    write(
        folder,
        SPLIT_PROJECTS,
        "the article is about a second farm",
        project_id=t.zhanatas,
        article_id=t.zhanatas_article,
        new_name="Zhanatas-2 wind farm",
    )
    write(
        folder,
        DROP_ROWS,
        "a plan for several farms, not one",
        table_name="capacities",
        row_key=t.sany_capacity,
    )
    write(
        folder,
        SET_VALUES,
        "under repair since 2024",
        table_name="projects",
        row_key=t.turgusun,
        field="status",
        value="construction",
    )
    return folder


def corrected(ref: object, per_article: Tables, folder: Path, previous: Corrected | None = None) -> Corrected:
    """One run: reconcile with the last run's published mentions (as reconciled), then correct."""
    mentions = None
    if previous is not None:
        t = previous.tables
        published = with_context(t["project_mentions"], t["articles"], t["projects"])
        mentions = uncorrected_mentions(published, previous.corrections)
    corrector = Corrector(load_corrections(folder), ref)
    return corrector.apply(build_tables(per_article, ref, mentions, corrector))


def rows_of(tables: Tables, table: str, project_id: str) -> pd.DataFrame:
    return tables[table][tables[table]["project_id"] == project_id]


def assert_four_effects(out: Corrected, base: Tables, t: Targets) -> None:
    """What the four corrections say, in the corrected tables."""
    tables = out.tables
    projects = tables["projects"].set_index("project_id")
    # merge: one wind farm in Zhambyl with the mentions and the money of both
    assert t.aiib_farm not in projects.index
    merged_mentions = set(rows_of(tables, "project_mentions", t.gigawatt_farm)["mention_id"])
    assert merged_mentions >= set(rows_of(base, "project_mentions", t.aiib_farm)["mention_id"])
    aiib_money = tables["investments"].loc[tables["investments"]["amount"] == 2e9, "investment_id"].item()
    assert t.gigawatt_farm in set(rows_of(tables, "investment_projects", t.gigawatt_farm)["project_id"])
    assert aiib_money in set(rows_of(tables, "investment_projects", t.gigawatt_farm)["investment_id"])
    assert projects.loc[t.gigawatt_farm, ["status", "region"]].tolist() == ["pre-construction", "Zhambyl"]
    # split: a new project with the mentions and the 100 MW of one article
    second = project_where(tables, name="Zhanatas-2 wind farm")
    assert set(rows_of(tables, "project_mentions", second)["article_id"]) == {t.zhanatas_article}
    assert rows_of(tables, "capacities", second)["value_std"].tolist() == [100.0]
    assert t.zhanatas_article not in set(rows_of(tables, "project_mentions", t.zhanatas)["article_id"])
    assert 40.0 in set(rows_of(tables, "capacities", t.zhanatas)["value_std"])  # the turbines stay
    # drop: Sany's 'up to one gigawatt' is gone, the project stays
    assert t.sany_capacity not in set(tables["capacities"]["capacity_id"])
    assert rows_of(tables, "capacities", t.sany_farm).empty and t.sany_farm in projects.index
    # set: Turgusun's status, dated by the correction
    assert projects.loc[t.turgusun, ["status", "status_date"]].tolist() == ["construction", date(2025, 3, 1)]
    assert out.stale.empty


def test_merge_split_drop_and_set_change_the_tables(ref, per_article, base, targets, tmp_path) -> None:
    out = corrected(ref, per_article, four_corrections(tmp_path, targets))
    assert_four_effects(out, base, targets)
    changes = out.corrections.set_index(["table_name", "row_key", "field"])
    assert changes.loc[("projects", targets.gigawatt_farm, "project_id"), "old_value"] == targets.aiib_farm
    assert changes.loc[("projects", targets.turgusun, "status"), ["old_value", "new_value"]].tolist() == [
        "operating",
        "construction",
    ]
    dropped = out.corrections[out.corrections["row_key"] == targets.sany_capacity]
    assert dropped["new_value"].isna().all() and (dropped["kind"] == "drop_rows").all()
    moved = out.corrections[out.corrections["table_name"] == "project_mentions"]
    assert set(moved["row_key"]) == set(
        rows_of(base, "project_mentions", targets.aiib_farm)["mention_id"]
    ) | set(
        rows_of(base, "project_mentions", targets.zhanatas).query("article_id == @targets.zhanatas_article")[
            "mention_id"
        ]
    )
    assert (out.corrections[["who", "why"]] != "").all().all() and out.corrections["when"].notna().all()
    assert validation_failures("corrections", out.corrections).empty
    assert check_foreign_keys(out.tables).empty and quarantine(out.tables).rows.empty


def test_corrections_hold_on_a_rerun_a_new_article_and_new_extraction_code(
    ref, per_article, base, targets, tmp_path
) -> None:
    folder = four_corrections(tmp_path, targets)
    first = corrected(ref, per_article, folder)
    again = corrected(ref, per_article, folder, first)
    pd.testing.assert_frame_equal(again.tables["projects"], first.tables["projects"])
    pd.testing.assert_frame_equal(again.corrections, first.corrections)
    with_new = {**per_article}
    for table, frame in extracted({"000_early.txt": EARLY_ARTICLE}, ref).items():
        with_new[table] = concat([frame, per_article[table]])
    newer = corrected(ref, with_new, folder, again)
    assert_four_effects(newer, base, targets)
    early = newer.tables["articles"].set_index("source_file").loc["000_early.txt", "article_id"]
    assert early in set(rows_of(newer.tables, "project_mentions", targets.zhanatas)["article_id"])
    assert set(first.tables["projects"]["project_id"]) < set(newer.tables["projects"]["project_id"])
    recoded = corrected(ref, renumbered(with_new), folder, newer)
    assert_four_effects(recoded, base, targets)
    pd.testing.assert_frame_equal(recoded.tables["projects"], newer.tables["projects"])
    pd.testing.assert_frame_equal(recoded.corrections, newer.corrections)


def test_a_dropped_project_stays_dropped_when_an_earlier_article_tells_it(
    ref, per_article, base, targets, tmp_path
):
    """Its id is kept through the mentions `corrections` remembers, though none of them is published."""
    write(
        tmp_path, DROP_ROWS, "a modernisation, not a project", table_name="projects", row_key=targets.shymkent
    )
    first = corrected(ref, per_article, tmp_path)
    assert targets.shymkent not in set(first.tables["projects"]["project_id"])
    gone = first.corrections[first.corrections["table_name"] == "project_mentions"]
    mentions = rows_of(base, "project_mentions", targets.shymkent)
    assert len(gone) == len(mentions) >= 1 and gone["new_value"].isna().all()
    early = "date: 2019-01-01\n\nThe Shymkent Oil Refinery will be modernised to 12 million tons, CNPC said."
    with_new = {t: concat([f, per_article[t]]) for t, f in extracted({"000_early.txt": early}, ref).items()}
    again = corrected(ref, with_new, tmp_path, first)
    assert again.stale.empty
    assert "Shymkent Oil Refinery" not in set(again.tables["projects"]["name"])


def test_a_correction_whose_target_is_gone_is_listed_and_the_rest_applies(
    ref, per_article, targets, tmp_path
):
    folder = four_corrections(tmp_path, targets)
    first = corrected(ref, per_article, folder)
    sany = per_article["capacities"]["evidence"].str.contains("Sany") & per_article["capacities"][
        "value_std"
    ].eq(1000)
    sany_article = per_article["capacities"].loc[sany, "article_id"].item()  # the article is removed
    without = {table: frame[frame["article_id"] != sany_article] for table, frame in per_article.items()}
    later = corrected(ref, without, folder, first)
    stale = later.stale.set_index("kind")
    assert stale.loc["drop_rows", "reason"] == f"no capacities row {targets.sany_capacity}"
    assert stale.loc["drop_rows", ["file", "line"]].tolist() == ["drop_rows.csv", 2]
    projects = later.tables["projects"].set_index("project_id")
    assert projects.loc[targets.turgusun, "status"] == "construction"  # the rest still applies
    assert "Zhanatas-2 wind farm" in set(projects["name"])
    assert validation_failures("stale_corrections", later.stale).empty


def test_contradicting_corrections_are_listed_and_neither_applies(ref, per_article, targets, tmp_path):
    t = targets
    write(
        tmp_path, SET_VALUES, table_name="projects", row_key=t.turgusun, field="status", value="construction"
    )
    write(tmp_path, SET_VALUES, table_name="projects", row_key=t.turgusun, field="status", value="cancelled")
    write(tmp_path, MERGE_PROJECTS, project_id=t.aiib_farm, into_project_id=t.gigawatt_farm)
    write(tmp_path, MERGE_PROJECTS, project_id=t.aiib_farm, into_project_id=t.zhanatas)
    write(tmp_path, MERGE_PROJECTS, project_id=t.shymkent, into_project_id=t.turgusun)
    write(tmp_path, MERGE_PROJECTS, project_id=t.turgusun, into_project_id=t.shymkent)
    out = corrected(ref, per_article, tmp_path)
    reasons = dict(
        zip(zip(out.stale["file"], out.stale["line"], strict=True), out.stale["reason"], strict=True)
    )
    assert reasons[("set_values.csv", 2)] == reasons[("set_values.csv", 3)]
    assert reasons[("set_values.csv", 3)].startswith(f"contradicting values for projects {t.turgusun} status")
    assert reasons[("merge_projects.csv", 2)].startswith(f"project {t.aiib_farm} cannot be merged into ")
    assert reasons[("merge_projects.csv", 4)].startswith("merges go round in a circle")
    assert len(out.stale) == 6 and out.corrections.empty
    assert project_where(out.tables, name="Turgusun hydropower station") == t.turgusun
    assert out.tables["projects"].set_index("project_id").loc[t.turgusun, "status"] == "operating"


def test_splitting_off_one_mention_and_naming_nothing(ref, per_article, base, targets, tmp_path):
    mentions = rows_of(base, "project_mentions", targets.gigawatt_farm)
    mention = mentions["mention_id"].iloc[-1]
    write(tmp_path, SPLIT_PROJECTS, project_id=targets.gigawatt_farm, mention_id=mention)
    write(tmp_path, SPLIT_PROJECTS, project_id=targets.gigawatt_farm, mention_id=mention, new_name="Other")
    out = corrected(ref, per_article, tmp_path)
    new = out.tables["project_mentions"].set_index("mention_id").loc[mention, "project_id"]
    assert new != targets.gigawatt_farm and new.startswith("prj_")
    assert out.tables["projects"].set_index("project_id").loc[new, "name"] == "Wind farm in Zhambyl"
    assert out.stale["reason"].tolist() == [f"mention {mention} is in project {new}"]


def test_rows_that_are_no_corrections_are_listed_with_the_reason(tmp_path):
    files = {
        "set_values.csv": "table_name,row_key,field,value,who,when,why\n"
        "projects,P1,status,done,Ana,2025-01-01,x\n"
        "projects,P1,status,operating,,2025-01-01,x\n"
        "projects,P1,status,operating,Ana,yesterday,x\n"
        "projects,P1,capacity,9,Ana,2025-01-01,x\n",
        "drop_rows.csv": "table_name,row_key,who,when,why\narticles,A,Ana,2025-01-01,x\n",
        "merge_projects.csv": "project_id,who,when,why\nP1,Ana,2025-01-01,x\n",
        "notes.csv": "anything\n",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "split_projects.csv").write_bytes(b"project_id\xff\xfe\n")
    loaded = load_corrections(tmp_path)
    assert loaded.rows == []
    reasons = [(u.correction.file, u.correction.line, u.reason) for u in loaded.invalid]
    rest = "none of its rows is applied"
    unreadable = "'utf-8' codec can't decode byte 0xff in position 10: invalid start byte"
    assert reasons == [
        ("drop_rows.csv", 2, f"table_name 'articles' is not one of {', '.join(DROPPABLE)}"),
        ("merge_projects.csv", 1, f"the file merge_projects.csv lacks the column(s) into_project_id; {rest}"),
        ("notes.csv", 1, f"the file notes.csv names no kind of correction ({', '.join(KINDS)}); {rest}"),
        ("set_values.csv", 2, f"'done' is not one of {', '.join(STATUSES)}"),
        ("set_values.csv", 3, "who left blank"),
        ("set_values.csv", 4, "when 'yesterday' is not a date (YYYY-MM-DD)"),
        ("set_values.csv", 5, "projects.capacity cannot be set (see SETTABLE)"),
        ("split_projects.csv", 1, f"the file split_projects.csv cannot be read as UTF-8 CSV ({unreadable})"),
    ]


def test_uncorrected_mentions_restore_what_reconciliation_gave(tables: Tables) -> None:
    published = tables["project_mentions"].assign(project_id=["P0001", "P0001"])
    journal = pd.DataFrame(
        {
            "kind": ["merge_projects", "drop_rows", "drop_rows"],
            "table_name": ["project_mentions"] * 3,
            "row_key": ["M0", "M0", "M9"],
            "field": ["project_id"] * 3,
            "old_value": ["P0000", "P0001", "P0009"],
        }
    )
    restored = uncorrected_mentions(published, journal)
    assert dict(zip(restored["mention_id"], restored["project_id"], strict=True)) == {
        "M0": "P0000",
        "M1": "P0001",
        "M9": "P0009",
    }


def apply_to(tables: Tables, folder: Path, ref: object) -> Corrected:
    """Corrections that act on the tables alone (no reconciliation) applied to `tables`."""
    reconciled = {k: v for k, v in tables.items() if k not in ("rejected_articles", "quarantined_rows")}
    return Corrector(load_corrections(folder), ref).apply(reconciled)


def test_two_organisations_are_one(tables: Tables, ref: object, tmp_path: Path) -> None:
    write(tmp_path, MERGE_ORGANISATIONS, "one fund", org_id="O1", into_org_id="O2")
    out = apply_to(tables, tmp_path, ref)
    organisations = out.tables["organisations"]
    assert organisations["org_id"].tolist() == ["O2"]
    assert organisations["aliases"].item() == ["CPIH", "China Power", "Samruk-Kazyna"]
    assert out.tables["project_participants"]["org_id"].tolist() == ["O2", "O2"]
    assert out.tables["investments"]["investor_org_id"].tolist() == ["O2", "O2"]
    changed = set(zip(out.corrections["table_name"], out.corrections["row_key"], strict=True))
    assert changed == {
        ("organisations", "O2"),
        ("project_participants", "P0000/O2/developer"),
        ("project_participants", "P0001/O2/developer"),
        ("investments", "I0"),
        ("investments", "I1"),
    }


def test_roles_investors_values_and_regions_are_set(tables: Tables, ref: object, tmp_path: Path) -> None:
    for table, key, column, value in [
        ("project_participants", "P0000/O1/developer", "role", "owner"),
        ("investments", "I0", "investor_org_id", "O2"),
        ("investments", "I1", "investor_org_id", "O9"),
        ("capacities", "C0", "value_std", "150"),
        ("capacities", "C1", "value_std", "200000"),
        ("projects", "P0000", "region", "Turkistan"),
        ("projects", "P0001", "region", "Xinjiang"),
        ("projects", "P0001", "locality", ""),
    ]:
        write(tmp_path, SET_VALUES, table_name=table, row_key=key, field=column, value=value)
    out = apply_to(tables, tmp_path, ref)
    t = out.tables
    assert t["project_participants"][["project_id", "role"]].values.tolist() == [
        ["P0000", "owner"],
        ["P0001", "developer"],
    ]
    assert t["investments"]["investor_org_id"].tolist() == ["O2", "O1"]
    assert t["capacities"]["value_std"].tolist() == [150.0, 100.0]
    assert t["projects"][["region", "region_code", "locality"]].values.tolist() == [
        ["Turkistan", "KZ-61", "Zhanatas"],
        ["Zhambyl", "KZ-31", None],
    ]
    assert out.stale["reason"].tolist() == [
        "no organisation O9",
        "200000 is above 100000 for installed_power",
        "'Xinjiang' is not a region of KZ in seeds/reference/regions.csv",
    ]
    role = out.corrections[out.corrections["field"] == "role"]
    assert role[["row_key", "old_value", "new_value"]].values.tolist() == [
        ["P0000/O1/owner", "developer", "owner"]
    ]


def test_dropping_an_investment_drops_its_links_and_a_participant_only_itself(tables, ref, tmp_path) -> None:
    write(tmp_path, DROP_ROWS, table_name="investments", row_key="I0")
    write(tmp_path, DROP_ROWS, table_name="project_participants", row_key="P0001/O1/developer")
    write(tmp_path, SET_VALUES, table_name="investments", row_key="I0", field="investor_org_id", value="O2")
    out = apply_to(tables, tmp_path, ref)
    assert out.tables["investments"]["investment_id"].tolist() == ["I1"]
    assert out.tables["investment_projects"]["investment_id"].tolist() == ["I1"]
    assert out.tables["project_participants"]["project_id"].tolist() == ["P0000"]
    assert set(zip(out.corrections["table_name"], out.corrections["row_key"], strict=True)) == {
        ("investments", "I0"),
        ("investment_projects", "I0/P0000"),
        ("project_participants", "P0001/O1/developer"),
    }
    (reason,) = out.stale["reason"]
    assert reason.startswith("dropped by cor_") and reason.endswith("(drop_rows.csv:2)")


def test_a_name_read_as_one_organisation_is_another(ref, per_article, base, tmp_path) -> None:
    organisations = base["organisations"].set_index("name")
    cpih = organisations.loc["China Power International Holding", "org_id"]
    alias = "China International Power Holding"
    write(tmp_path, SPLIT_ORGANISATIONS, "another company", org_id=cpih, alias=alias)
    out = corrected(ref, per_article, tmp_path)
    after = out.tables["organisations"].set_index("name")
    other = after.loc[alias, "org_id"]
    assert other != cpih and alias not in after.loc["China Power International Holding", "aliases"]
    participants = out.tables["project_participants"]
    roles = participants[participants["org_id"] == other]["evidence"]
    assert len(roles) == 1 and roles.item().startswith("During Tokayev's visit to China in May 2023")
    assert cpih in set(participants["org_id"])  # Zhanatas' investor stays China Power
    assert out.corrections[["table_name", "row_key", "old_value"]].values.tolist() == [
        ["organisations", other, cpih]
    ]

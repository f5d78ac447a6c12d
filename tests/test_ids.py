"""Stable ids: project ids stay when an article is edited (its id, a hash of its text, changes); every
published id stays when the extraction code numbers sentences, offsets and keys differently."""

from __future__ import annotations

import pandas as pd
import pytest

from pipelines.domain.extract.cache import concat
from pipelines.domain.extract.process import process_article
from pipelines.domain.publish.warehouse import with_context
from pipelines.domain.reconcile import build_tables
from pipelines.domain.text import content_id
from pipelines.settings import DEFAULT_ARTICLES_DIR

Tables = dict[str, pd.DataFrame]
EDITED = "003_e26a8e655bbb5f59.txt"


def extracted(texts: dict[str, str], ref: object) -> Tables:
    parts: dict[str, list[pd.DataFrame]] = {}
    for name, text in sorted(texts.items()):
        for table, frame in process_article(content_id(text), name, text, ref).items():
            parts.setdefault(table, []).append(frame)
    return {table: concat(frames) for table, frames in parts.items()}


def reconcile(texts: dict[str, str], ref: object, previous: Tables | None = None) -> Tables:
    mentions = None
    if previous is not None:
        mentions = with_context(previous["project_mentions"], previous["articles"], previous["projects"])
    return build_tables(extracted(texts, ref), ref, mentions)


@pytest.fixture(scope="module")
def seeds() -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in DEFAULT_ARTICLES_DIR.glob("*.txt")}


def test_editing_one_number_keeps_every_project_and_its_id(ref: object, seeds: dict[str, str]) -> None:
    """Issue 8, item 8: one number changed in one seed gave untouched projects new ids and split one."""
    before = reconcile(seeds, ref)
    assert "24.9 MW" in seeds[EDITED]
    edited = {**seeds, EDITED: seeds[EDITED].replace("24.9 MW", "31.9 MW")}
    after = reconcile(edited, ref, previous=before)
    old_names = before["projects"].set_index("project_id")["name"].sort_index()
    new_names = after["projects"].set_index("project_id")["name"].sort_index()
    pd.testing.assert_series_equal(new_names, old_names)
    turgusun = after["projects"].loc[after["projects"]["name"] == "Turgusun hydropower station", "project_id"]
    capacity = after["capacities"].loc[after["capacities"]["project_id"] == turgusun.item(), "value_std"]
    assert 31.9 in capacity.tolist()  # the edit itself went through
    assert set(before["articles"]["article_id"]) != set(after["articles"]["article_id"])


def test_ids_follow_the_mention_ids_when_nothing_was_edited(ref: object, seeds: dict[str, str]) -> None:
    before = reconcile(seeds, ref)
    renamed = before["projects"].assign(project_id="old_" + before["projects"]["project_id"])
    mapping = dict(zip(before["projects"]["project_id"], renamed["project_id"], strict=True))
    previous = {
        **before,
        "projects": renamed,
        "project_mentions": before["project_mentions"].assign(
            project_id=before["project_mentions"]["project_id"].map(mapping)
        ),
    }
    after = reconcile(seeds, ref, previous=previous)
    assert sorted(after["projects"]["project_id"]) == sorted(renamed["project_id"])


def renumbered(per_article: Tables) -> Tables:
    """The same facts as another version of the extractor could number them: every sentence one further
    on (a header line read as a sentence), every frame id and investment key spelled differently."""

    def respell(values: pd.Series) -> pd.Series:
        return values.map(lambda v: v if v is None or pd.isna(v) else f"{v}:v2")

    out = dict(per_article)
    frames = per_article["project_frames"]
    out["project_frames"] = frames.assign(
        frame_id=respell(frames["frame_id"]),
        refers_to=respell(frames["refers_to"]),
        sentence_idx=frames["sentence_idx"] + 1,
    )
    for name in ("capacities", "participants", "investment_frames"):
        out[name] = per_article[name].assign(frame_id=respell(per_article[name]["frame_id"]))
    for name in ("investments", "investment_frames"):
        out[name] = out[name].assign(investment_key=respell(per_article[name]["investment_key"]))
    return out


ID_COLUMNS = {
    "projects": "project_id",
    "project_mentions": "mention_id",
    "capacities": "capacity_id",
    "investments": "investment_id",
    "organisations": "org_id",
}


def ids(tables: Tables) -> dict[str, list[str]]:
    return {name: sorted(tables[name][column]) for name, column in ID_COLUMNS.items()}


def test_every_id_comes_from_evidence_not_from_how_the_extractor_numbers_it(
    ref: object, seeds: dict[str, str]
) -> None:
    per_article = extracted(seeds, ref)
    before = build_tables(per_article, ref, None)
    changed = renumbered(per_article)
    assert set(changed["project_frames"]["frame_id"]).isdisjoint(per_article["project_frames"]["frame_id"])
    assert ids(build_tables(changed, ref, None)) == ids(before)  # no earlier publication needed
    previous = with_context(before["project_mentions"], before["articles"], before["projects"])
    after = build_tables(changed, ref, previous)
    assert ids(after) == ids(before)
    zhanatas = before["projects"].loc[before["projects"]["name"] == "Zhanatas wind farm", "project_id"].item()
    mentions = after["project_mentions"]
    assert set(mentions.loc[mentions["project_id"] == zhanatas, "mention_id"]) == set(
        before["project_mentions"].loc[before["project_mentions"]["project_id"] == zhanatas, "mention_id"]
    )


def test_ids_of_a_publication_made_before_ids_came_from_evidence_are_kept(
    ref: object, seeds: dict[str, str]
) -> None:
    """An older publication's mention ids were the extractor's frame ids: its project ids still hold."""
    before = reconcile(seeds, ref)
    old = (
        before["project_mentions"]
        .assign(mention_id=before["project_mentions"]["frame_id"])
        .drop(columns="frame_id")
    )
    renamed = {pid: f"prj_old{i}" for i, pid in enumerate(before["projects"]["project_id"])}
    previous = with_context(
        old.assign(project_id=old["project_id"].map(renamed)),
        before["articles"],
        before["projects"].assign(project_id=before["projects"]["project_id"].map(renamed)),
    )
    after = build_tables(extracted(seeds, ref), ref, previous)
    assert sorted(after["projects"]["project_id"]) == sorted(renamed.values())


def test_two_alike_facts_in_one_sentence_have_two_ids(ref: object) -> None:
    text = "date: 2024-01-05\n\nTwo 100 MW solar plants will be built in Shu and in Kordai, Zhambyl region."
    tables = reconcile({"a.txt": text}, ref)
    capacities = tables["capacities"]
    power = capacities[(capacities["metric"] == "installed_power") & (capacities["value_std"] == 100)]
    assert power["capacity_id"].nunique() == power["project_id"].nunique() == len(power) >= 2
    assert tables["project_mentions"]["mention_id"].is_unique

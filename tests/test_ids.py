"""Project ids stay when an article is edited: its id (a hash of its text) and every mention id change."""

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


def reconcile(texts: dict[str, str], ref: object, previous: Tables | None = None) -> Tables:
    parts: dict[str, list[pd.DataFrame]] = {}
    for name, text in sorted(texts.items()):
        for table, frame in process_article(content_id(text), name, text, ref).items():
            parts.setdefault(table, []).append(frame)
    mentions = None
    if previous is not None:
        mentions = with_context(previous["project_mentions"], previous["articles"], previous["projects"])
    return build_tables({table: concat(frames) for table, frames in parts.items()}, ref, mentions)


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

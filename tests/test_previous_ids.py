"""`previous_ids`: the last publication's project ids by mention, position, sentence and project key."""

from __future__ import annotations

import pandas as pd

from pipelines.domain.reconcile.affinity import cached_sound_key
from pipelines.domain.reconcile.previous import previous_ids
from pipelines.domain.reconcile.projects import PreviousIds


def published() -> pd.DataFrame:
    """Three mentions of two projects as `read_previous_mentions` gives them; the third comes from a
    dropped project restored by the corrections (no file, no project columns)."""
    return pd.DataFrame(
        {
            "mention_id": ["men_a", "men_b", "men_c"],
            "frame_id": ["art1:f0", None, None],  # men_b: a publication made before frame ids
            "project_id": ["prj_1", "prj_1", "prj_2"],
            "article_id": ["art1", "art2", None],
            "evidence": ["A wind farm in Zhanatas.", "The Zhanatas farm.", None],
            "source_file": ["a.txt", "b.txt", None],
            "project_type": ["wind", "wind", None],
            "country": ["KZ", "KZ", None],
            "name": ["Zhanatas wind farm", "Zhanatas wind farm", None],
            "locality": ["Zhanatas", "Zhanatas", None],
        }
    )


def test_every_lookup_holds_the_published_project() -> None:
    ids = previous_ids(published(), frame_of={"men_a": "art9:f3"})
    assert ids.by_mention == {"art1:f0": "prj_1", "men_b": "prj_1", "men_c": "prj_2", "art9:f3": "prj_1"}
    assert ids.by_position == {("a.txt", ":f0"): "prj_1", ("b.txt", "men_b"): "prj_1"}
    assert ids.by_sentence == {
        ("a.txt", "A wind farm in Zhanatas.", "wind"): "prj_1",
        ("b.txt", "The Zhanatas farm.", "wind"): "prj_1",
    }
    assert ids.by_project == {
        ("wind", "KZ", cached_sound_key("Zhanatas wind farm")): "prj_1",
        ("wind", "KZ", cached_sound_key("Zhanatas")): "prj_1",
    }


def test_a_key_two_projects_share_finds_neither() -> None:
    two = published().assign(project_id=["prj_1", "prj_3", "prj_2"])
    ids = previous_ids(two, frame_of={})
    assert ids.by_project == {}
    assert ids.by_sentence == {
        ("a.txt", "A wind farm in Zhanatas.", "wind"): "prj_1",
        ("b.txt", "The Zhanatas farm.", "wind"): "prj_3",
    }


def test_columns_an_older_publication_lacks_count_as_empty() -> None:
    bare = published()[["mention_id", "project_id"]]
    ids = previous_ids(bare, frame_of={})
    assert ids.by_mention == {"men_a": "prj_1", "men_b": "prj_1", "men_c": "prj_2"}
    assert (ids.by_position, ids.by_sentence, ids.by_project) == ({}, {}, {})
    assert previous_ids(None, frame_of={}) == PreviousIds()

"""Keys computed once: an organisation surface's key, and sketches compared as hash sets."""

import pandas as pd

from pipelines.domain.extract.signature import resemblance, signature, sketch_resemblance
from pipelines.domain.reconcile.organisations import OrganisationResolver
from pipelines.domain.reference import load_reference
from pipelines.settings import DEFAULT_ARTICLES_DIR


def _mentions(surfaces: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {"article_id": [f"a{i}" for i in range(len(surfaces))], "surface": surfaces, "country": None}
    )


def test_a_surface_keeps_its_key_and_one_word_spellings_are_kept_once() -> None:
    surfaces = ["Tojikcement", "Tajikcement", "Tojikcement", "Qazcementum", "Tajikcement"] * 20
    resolver = OrganisationResolver(
        _mentions(surfaces), pd.DataFrame(columns=["article_id", "alias", "surface"]), load_reference()
    )
    keys = {surface: resolver.key("a0", surface) for surface in surfaces}
    assert keys["Tojikcement"] == keys["Tajikcement"] == "key:tojikcement"  # the first spelling
    assert keys["Qazcementum"] != keys["Tojikcement"]
    assert [resolver.key("a9", s) for s in surfaces] == [keys[s] for s in surfaces]
    assert sorted(resolver._one_word_names) == ["qazcementum", "tojikcement"]  # not one entry per lookup
    assert set(resolver.surfaces) == {"key:tojikcement", keys["Qazcementum"]}


def test_sketches_compared_as_sets_resemble_as_the_text_sketches_do() -> None:
    story, other = (
        path.read_text(encoding="utf-8") for path in sorted(DEFAULT_ARTICLES_DIR.glob("*.txt"))[:2]
    )
    told_again = story.replace(" said ", " stated ", 1) + "\nRead more on our website.\n"
    for a, b in [(story, told_again), (story, other)]:
        first, second = signature(a), signature(b)
        expected = resemblance(first, second)
        assert sketch_resemblance(frozenset(first.split()), frozenset(second.split())) == expected
    assert resemblance(signature(story), signature(told_again)) >= 0.5
    assert resemblance(signature(story), signature(other)) < 0.5


def test_a_projects_value_is_the_most_common_first_counted_of_equals() -> None:
    from collections import Counter

    from pipelines.domain.reconcile.projects import Cluster

    localities = ["Zhanatas", "Taraz", "Taraz", "Zhanatas", "Shu", "Shu", "Shu", "Taraz"]
    cluster = Cluster()
    for i, locality in enumerate(localities):
        cluster.add({"article_id": "a", "sentence_idx": i, "locality": locality}, set(), {})
        assert cluster.value("locality") == Counter(localities[: i + 1]).most_common(1)[0][0]
    assert [cluster.value("locality"), cluster.value("region")] == ["Taraz", None]

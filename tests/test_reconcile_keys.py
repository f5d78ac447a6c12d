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
    started = Cluster(frames=list(cluster.frames))  # counted at once, as a project's mentions are
    assert (started.values, started.counts, started.sentences) == (
        cluster.values,
        cluster.counts,
        cluster.sentences,
    )
    assert started.products_by_article == cluster.products_by_article


def _resolver(articles: list[str], surfaces: list[str]) -> OrganisationResolver:
    mentions = pd.DataFrame({"article_id": articles, "surface": surfaces, "country": None})
    return OrganisationResolver(
        mentions, pd.DataFrame(columns=["article_id", "alias", "surface"]), load_reference()
    )


def test_a_government_body_is_keyed_by_the_country_of_its_last_of() -> None:
    names = ["Cabinet of Ministers of the Kyrgyz Republic", "Cabinet of Ministers of Kyrgyzstan"]
    resolver = _resolver(["a", "b"], names)
    assert (
        resolver.key("a", names[0]) == resolver.key("b", names[1]) == "gov:cabinet of ministers of kyrgyzstan"
    )
    assert resolver.key("c", "Cabinet of Ministers of Uzbekistan") != resolver.key("a", names[0])


def test_a_body_named_without_its_country_is_the_one_its_article_named_with_it() -> None:
    full, bare = (
        "Ministry of Energy and Water Resources of Tajikistan",
        "Ministry of Energy and Water Resources",
    )
    resolver = _resolver(["a", "a", "b"], [full, bare, bare])
    assert resolver.key("a", bare) == resolver.key("a", full)
    assert resolver.key("b", bare) != resolver.key("a", full)  # another article: no country said
    two = _resolver(
        ["c"] * 3,
        ["Cabinet of Ministers of Kyrgyzstan", "Cabinet of Ministers of Uzbekistan", "Cabinet of Ministers"],
    )
    assert two.key("c", "Cabinet of Ministers") not in (
        two.key("c", "Cabinet of Ministers of Kyrgyzstan"),
        two.key("c", "Cabinet of Ministers of Uzbekistan"),
    )  # two countries: which one is not said


def test_a_word_an_article_shortens_a_name_to_is_that_body_in_every_article() -> None:
    mentions = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "d", "f", "e"],
            "surface": [
                "Zhongda China Petrol Company",
                "Zhongda",
                "Zhongda",
                "Huaxin Cement Tajikistan",
                "Huaxin Gayur Asia",
                "Huaxin",
            ],
            "country": None,
        }
    )
    aliases = pd.DataFrame(
        {
            "article_id": ["a", "d", "f"],
            "alias": ["Zhongda", "Huaxin", "Huaxin"],
            "surface": ["Zhongda China Petrol Company", "Huaxin Cement Tajikistan", "Huaxin Gayur Asia"],
        }
    )
    resolver = OrganisationResolver(mentions, aliases, load_reference())
    assert resolver.key("b", "Zhongda") == resolver.key("a", "Zhongda China Petrol Company")
    huaxin = resolver.key("e", "Huaxin")  # two articles meant two bodies by it: neither
    assert huaxin not in (
        resolver.key("d", "Huaxin Cement Tajikistan"),
        resolver.key("f", "Huaxin Gayur Asia"),
    )


def test_a_one_word_name_one_letter_from_a_listed_one_is_that_body() -> None:
    names = ["Uzkimyosanot", "Uzkimyosanoat", "Kyrgyzaltin", "Kyrgyzaltyn", "Kyrgyzaltynbank"]
    resolver = _resolver(["a", "b", "c", "d", "e"], names)
    keys = [resolver.key(article, name) for article, name in zip("abcde", names, strict=True)]
    assert keys[0] == keys[1] == "ref:Uzkimyosanoat"
    assert keys[2] == keys[3] == "ref:Kyrgyzaltyn"
    assert keys[4] != keys[3]  # a longer word is no misspelling

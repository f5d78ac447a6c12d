"""Organisations, people, places and facility frames found in single sentences."""

from __future__ import annotations

import pytest

from pipelines.domain.extract.annotate.facilities import find_frames
from pipelines.domain.extract.annotate.name_words import name_key
from pipelines.domain.extract.annotate.organisations import find_organisations, find_people
from pipelines.domain.extract.annotate.places import find_places


def _orgs(sentence: str, ref) -> list[tuple[str, str | None]]:
    return [(o.text, o.known) for o in find_organisations(sentence, ref)]


def test_listed_names_and_their_variants(ref):
    found = _orgs(
        "China International Power Holding, the Kazakh Ministry of Energy and Samruk Kazyna "
        "Sovereign Wealth Fund signed an agreement.",
        ref,
    )
    assert found == [
        ("China International Power Holding", "China Power International Holding"),
        ("Kazakh Ministry of Energy", "Ministry of Energy of Kazakhstan"),
        ("Samruk Kazyna Sovereign Wealth Fund", "Samruk-Kazyna"),
    ]


def test_unlisted_organisations_by_their_shape(ref):
    sentence = (
        "Zhetysu Wind Power LLP and Kazakhstan's Ministry of Industry and Construction signed a deal "
        "with Kazakhstan-based Arna Capital and the Development Bank of Turkistan."
    )
    found = {o.text: o.known or o.country for o in find_organisations(sentence, ref)}
    assert found == {
        "Zhetysu Wind Power LLP": None,
        "Kazakhstan's Ministry of Industry and Construction": (
            "Ministry of Industry and Construction of Kazakhstan"
        ),
        "Arna Capital": "KZ",
        "Development Bank of Turkistan": None,
    }


def test_bracketed_acronym_becomes_an_alias(ref):
    (org,) = find_organisations("Ni Zhen, CEO of Zhongguo Solar Holding (ZSH), met the minister.", ref)
    assert (org.text, org.alias) == ("Zhongguo Solar Holding", "ZSH")
    assert [o.text for o in find_organisations("ZSH will build it.", ref, {"ZSH"})] == ["ZSH"]


def test_person_with_title_is_linked_to_the_organisation(ref):
    sentence = (
        "President Tokayev met with Liu Mingsheng, chairman of the Board of Directors of the "
        "State Power Investment Corporation."
    )
    orgs = find_organisations(sentence, ref)
    (person,) = find_people(sentence, ref, orgs)
    assert (person.name, person.title, person.organisation) == (
        "Liu Mingsheng",
        "chairman",
        "State Power Investment Corporation",
    )


def test_name_key_merges_word_order_and_suffix_but_not_look_alikes():
    assert name_key("China Power International Holding") == name_key("China International Power Holding Ltd")
    assert name_key("China National Petroleum Corporation") != name_key("China National Nuclear Corporation")
    assert name_key("Sany Group") == name_key("Sany")


@pytest.mark.parametrize(
    ("official", "short", "other"),
    [
        (
            "Fund for Reconstruction and Development of the Republic of Uzbekistan",
            "Fund for Reconstruction and Development of Uzbekistan",
            "European Bank for Reconstruction and Development",
        ),
        (
            "Ministry of Finance of the Republic of Tajikistan",
            "Ministry of Finance of Tajikistan",
            "Ministry of Finance of the Republic of Uzbekistan",
        ),
        (
            "Government of the Republic of Kazakhstan",
            "Government of Kazakhstan",
            "Government of the Kyrgyz Republic",
        ),
    ],
)
def test_a_name_with_the_republic_of_its_country_is_the_name_without(official, short, other):
    assert name_key(official) == name_key(short) != name_key(other)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("a wind power plant in Zhanatas", [("locality", "Zhanatas", "Zhambyl", "KZ")]),
        ("a wind farm in the Jambyl region", [("region", None, "Zhambyl", "KZ")]),
        (
            "in the Altai district of east Kazakhstan",
            [("district", "Altai", "East Kazakhstan", "KZ"), ("region", None, "East Kazakhstan", "KZ")],
        ),
        (
            "in the village of Zhanabulakovka in the Abay district",
            [("locality", "Zhanabulakovka", None, None), ("district", "Abay", None, "KZ")],
        ),
        (
            "a solar plant in the Samarkand region of Uzbekistan",
            [("region", None, "Samarkand", "UZ"), ("country", None, None, "UZ")],
        ),
        ("lines connecting northern and southern Kazakhstan", []),
    ],
)
def test_places(ref, sentence, expected):
    found = [(p.kind, p.locality, p.region, p.country) for p in find_places(sentence, ref)]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("built a 100-megawatt wind power plant in Zhanatas", [("wind", None, False)]),
        (
            "the modernization of the Shymkent Oil Refinery",
            [("oil_refinery", "Shymkent Oil Refinery", False)],
        ),
        (
            "is considering constructing a plant to assemble towers, blades, and nacelles for wind turbines",
            [("manufacturing", None, False)],
        ),
        (
            "with the construction of wind and solar power stations",
            [("wind", None, True), ("solar", None, True)],
        ),
        ("the construction of a urea facility in the Aktobe Region", [("chemical", None, False)]),
        (
            "large-scale hydropower projects and gas turbine power plants",
            [("hydro", None, True), ("thermal", None, True)],
        ),
        ("a new electrolytic aluminum production facility in Pavlodar", [("smelter", None, False)]),
        (
            "Energy China is pursuing the construction of DC transmission lines",
            [("transmission", None, True)],
        ),
        (
            "a 2 GWh battery energy storage system and a 500 kV substation",
            [("storage", None, False), ("transmission", None, False)],
        ),
        ("the cooperation in the field of renewable energy", []),
        # a railway line is one noun: two named lines are two
        ("KTZ opened the Zhezkazgan-Beineu and Arkalyk-Shubarkol railway lines", [("transport", None, True)]),
        ("the new Bakhty-Ayagoz rail line", [("transport", "Bakhty-Ayagoz rail line", False)]),
        # machines counted in units are no plant's units
        (
            "more than 4,000 people and 1,200 units of machinery are working on the line",
            [(None, None, False)],
        ),
        (
            "some 260 units of special equipment work at the cement plant site",
            [("manufacturing", None, False)],
        ),
        ("Harbin Electric will build two new coal-fired units of 660 MW each", [("thermal", None, True)]),
    ],
)
def test_facility_frames(ref, sentence, expected):
    assert [(f.project_type, f.name, f.plural) for f in find_frames(sentence, ref)] == expected

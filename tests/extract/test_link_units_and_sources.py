"""What a sentence names besides the project: a plant's new unit (the plant's news), where its feed comes
from, a deposit named in apposition to 'one of the largest', and facilities spoken of only in general."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        "Work is continuing on the construction of a new coal-fired power unit No. 8 with a capacity of "
        "330 MW at the Novo-Angren TPP.",
        "Harbin Electric is building a new 330 MW coal-fired unit at the Novo-Angren TPP.",
        "Harbin Electric is building a new 330 MW coal-fired unit to be added to the Novo-Angren TPP.",
    ],
)
def test_a_new_unit_at_a_plant_is_the_plants_project_with_the_units_size(read, sentence):
    [plant] = read(f"title: t\n\n{sentence}\n")
    assert (plant["name"], plant["type"], plant["status"], plant["capacities"]) == (
        "Novo-Angren TPP",
        "thermal",
        "construction",
        [("installed_power", 330.0)],
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The power unit operates on brown coal of the Angren deposit.",
        "Ethane feedstock will come from the Tengiz field.",
        "The smelter will process ore from the Aktogay mine.",
    ],
)
def test_where_a_plants_feed_comes_from_is_no_project(read, sentence):
    assert [p for p in read(f"title: t\n\n{sentence}\n") if p["type"] in ("mining", "oil_gas")] == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("It produces gas from the Kyzyloi field in Aktobe region.", "Kyzyloi field"),
        ("Tethys pumped oil from its Doris field during testing.", "Doris field"),
        ("The company extracts ore at the Bozshakol mine in Pavlodar region.", "Bozshakol mine"),
    ],
)
def test_what_a_company_produces_from_its_own_field_places_the_field(read, sentence, name):
    """Gas a company produces from a field is the field's output, not another plant's feed."""
    assert [p["name"] for p in read(f"title: t\n\n{sentence}\n")] == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The flagship is Boguty, one of the world's largest tungsten deposits, in Almaty region.",
            "Boguty deposit",
        ),
        ("Aktogay, one of the largest copper mines in Kazakhstan, was expanded in 2021.", "Aktogay mine"),
    ],
)
def test_a_name_in_apposition_to_one_of_the_largest_is_one_named_facility(read, sentence, name):
    [mine] = read(f"title: t\n\n{sentence}\n")
    assert (mine["type"], mine["name"]) == ("mining", name)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Chinese conglomerate Tianshan Group wants to build one of the world's largest aluminium "
            "smelters in Pavlodar region.",
            ("smelter", "Pavlodar", []),
        ),
        (
            "The company will construct one of Central Asia's biggest solar plants near Navoi, with a "
            "capacity of 500 MW.",
            ("solar", "Navoi", [("installed_power", 500.0)]),
        ),
        (
            "Sinohydro is building one of the largest hydropower plants in Tajikistan's Khatlon region.",
            ("hydro", "Khatlon", []),
        ),
    ],
)
def test_one_of_the_largest_unnamed_is_one_facility(read, sentence, expected):
    [plant] = read(f"title: t\n\n{sentence}\n")
    assert (plant["type"], plant["region"], plant["capacities"]) == expected


def test_one_of_a_counted_group_is_no_project_of_its_own(read):
    text = "A fire broke out at one of the region's nine hydropower plants in Almaty region."
    assert read(f"title: t\n\n{text}\n") == []


def test_one_of_the_largest_said_of_a_named_plant_is_that_plant(read):
    text = "The Zhanatas wind farm in Zhambyl region is one of the largest wind farms in Kazakhstan."
    [farm] = read(f"title: t\n\n{text}\n")
    assert (farm["name"], farm["region"]) == ("Zhanatas wind farm", "Zhambyl")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazakhstan's power system already runs short in winter, and a coal-fired plant sits badly with "
        "the country's pledge of carbon neutrality.",
        "Critics say a nuclear power plant would be too expensive for the country.",
    ],
)
def test_a_facility_spoken_of_in_general_is_no_project(read, sentence):
    assert read(f"title: t\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazakhstan joined in building a pipeline to China on Wednesday.",
        "Officials expect a wind farm to be commissioned in the Zhambyl region next year.",
        "A coal-fired plant will be built by PowerChina.",
    ],
)
def test_a_facility_someone_builds_or_places_is_a_project(read, sentence):
    assert len(read(f"title: t\n\n{sentence}\n")) == 1


def test_a_bare_noun_joined_to_a_facility_is_its_part(read):
    projects = read(
        "title: t\n\nThe company has invested $600 million in the Boguty mine and concentrator.\n"
    )
    assert [(p["type"], p["name"]) for p in projects] == [("mining", "Boguty mine")]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the 500 kV overhead power line Ekibastuz – Semey – Oskemen", "Ekibastuz - Semey - Oskemen line"),
        (
            "the 500 kV line Shulbinsk HPP - Aktogay - Taldykorgan",
            "Shulbinsk HPP - Aktogay - Taldykorgan line",
        ),
    ],
)
def test_a_line_named_by_the_route_written_after_it(read, phrase, name):
    [line] = read(f"title: t\n\nOn December 19, KEGOC put into operation {phrase}.\n")
    assert (line["type"], line["name"], line["status"]) == ("transmission", name, "operating")


@pytest.mark.parametrize(
    "correction",
    [
        "In our 17:40 post we wrote that the Datang plant in Bukhara region would have 1.5 GW. That is "
        "wrong: the agreement is for 1 GW.",
        "An earlier version of this story said the Datang plant in Bukhara region would have 1.5 GW.",
        "Some media reported that the Datang plant in Bukhara region would have 1.5 GW.",
    ],
)
def test_a_figure_reported_wrongly_before_is_no_capacity(read, correction):
    (plant,) = read(f"Datang will build a 1 GW solar plant in Bukhara region. {correction}")
    assert (plant["type"], plant["capacities"]) == ("solar", [("installed_power", 1000.0)])


def test_a_cost_reported_wrongly_before_is_no_investment(read_tables):
    tables = read_tables(
        "Samruk-Energy will build a 1,000 MW wind farm near Ayagoz in Abai region. In the 18:50 entry we "
        "said the Ayagoz wind project would cost $1.5 billion. Samruk-Energy has clarified that the total "
        "investment is about $1.3 billion."
    )
    investments = tables["investments"]
    assert list(zip(investments.investor_surface, investments.amount_usd, strict=True)) == [
        ("Samruk-Energy", 1.3e9)
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Two new power units with total capacity 300 MW will be installed.",
        "Two more units, with a combined capacity of 300 MW, will follow.",
        "The two new gas turbine units will add 300 MW.",
    ],
)
def test_counted_units_opening_a_sentence_are_the_plant_just_spoken_ofs(read, second):
    (plant,) = read(f"TBEA started the modernisation of Bishkek CHP-1 in April. {second}")
    assert (plant["name"], plant["capacities"]) == ("Bishkek CHP-1", [("installed_power", 300.0)])


@pytest.mark.parametrize(
    "text",
    [
        "The Moinak HPP will have an installed capacity of 300 megawatts - two hydro units of 150 MW each.",
        "The 300 MW Moinak HPP has two hydro units of 150 MW each.",
    ],
)
def test_units_counted_after_a_plant_of_their_kind_are_its_units(read, text):
    (plant,) = read(text)
    assert (plant["name"], plant["capacities"]) == (
        "Moinak HPP",
        [("installed_power", 300.0), ("unit_count", 2.0)],
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Bishkek heat and power plant was modernised. The plant was old. In 2016 the government dropped "
        "the Upper Naryn cascade – four plants with a combined 237.7 MW in Naryn region – and Kambarata-1.",
        "The Bishkek heat and power plant was modernised. The plant was old. In 2016 the government dropped "
        "the Upper Naryn cascade, four plants with a combined 237.7 MW in Naryn region.",
    ],
)
def test_a_typeless_phrase_apposed_to_a_facility_tells_more_of_it(read, text):
    cascades = [p for p in read(text) if p["region"] == "Naryn"]
    assert [(p["name"], p["type"], p["capacities"]) for p in cascades] == [
        ("Upper Naryn cascade", "hydro", [("installed_power", 237.7)])
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "TASHKENT - Navoiyazot commissioned an ammonium nitrate unit with an annual capacity of 200,000 "
        "tonnes at its plant in Navoi.",
        "Navoiyazot has launched a new 200,000-tonne ammonium nitrate unit at its plant in Navoi.",
    ],
)
def test_a_unit_at_its_owners_plant_is_that_plants_news(read, sentence):
    gas = "ASHGABAT - CNPC will build a third gas processing plant at Bagtyyarlyk, in Lebap velayat."
    projects = read(f"BRIEFS\n\n{gas}\n\n{sentence}\n")
    assert [(p["type"], p["region"], p["capacities"]) for p in projects if p["region"] == "Navoi"] == [
        ("chemical", "Navoi", [("annual_output", 2e5)])
    ]

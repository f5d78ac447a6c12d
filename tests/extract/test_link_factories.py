"""Factories: what they make and the pieces a year that say so, plants known only by what they produce or
by the company named after them, the site a plant stands on, and a plant abroad written like the one
before."""

from __future__ import annotations

import pytest

from pipelines.domain.extract.annotate import annotate_article
from pipelines.domain.extract.parse import parse_article


def _brief(projects: list[dict]) -> list[tuple]:
    return [(p["type"], p["locality"] or p["region"], p["capacities"]) for p in projects]


@pytest.mark.parametrize(
    "text",
    [
        "Allur is building a new plant in Kostanay. The plant will produce 90,000 cars a year.",
        "Camel Group will build a plant in Navoi with a design capacity of 1.2 million batteries per year.",
        "QazBus has opened a plant in Kaskelen designed for 2,000 buses annually.",
        "Sentury will build a plant in Angren that can turn out 3,000,000 tyres a year.",
    ],
)
def test_a_plant_making_pieces_a_year_is_a_factory_without_a_contract_metric(read, text):
    """Cars or tyres a year say what a plant is; the contract counts units of equipment, not goods."""
    [project] = read(text)
    assert (project["type"], project["capacities"]) == ("manufacturing", [])


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Navoi Ceramics will build a plant for the production of ceramic sanitary ware in Navoi.", "Navoi"),
        ("A factory to make kitchen furniture was opened in Shymkent by Oyu Group.", "Shymkent"),
        ("Huaxing will set up an enterprise for the production of plastic windows in Termez.", "Termez"),
        ("Youfa plans a plant for the production of welded steel pipes in Sirdaryo region.", "Syrdarya"),
    ],
)
def test_a_plant_that_makes_goods_no_term_knows_is_a_factory(read, text, place):
    assert [(p["type"], p["locality"] or p["region"]) for p in read(text)] == [("manufacturing", place)]


def test_a_plant_that_produces_electricity_is_no_factory(read):
    projects = read("The company will build a plant for the production of electricity in Navoi.")
    assert "manufacturing" not in [p["type"] for p in projects]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The BYD Uzbekistan Factory in Jizzakh has launched serial production.", "Jizzakh"),
        ("The Hualing Trucks Factory in Kostanay was opened in 2019.", "Kostanay"),
        ("Construction of the Aziya Avto factory in Ust-Kamenogorsk began in May.", "Ust-Kamenogorsk"),
    ],
)
def test_a_factory_named_for_its_company_is_a_factory(read, text, place):
    assert [(p["type"], p["locality"]) for p in read(text)] == [("manufacturing", place)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "In July, Allur Group started construction of a new car plant with welding and painting shops "
            "on a 110-hectare site in the Kostanay industrial zone.",
            "Kostanay",
        ),
        ("Huaxin will build a cement plant on a 40-hectare site near Zafarabad.", "Zafarabad"),
        ("The smelter will stand at a site in Ekibastuz, East Hope said.", "Ekibastuz"),
    ],
)
def test_the_site_a_plant_stands_on_places_it(read, text, place):
    projects = read(text)
    assert len(projects) == 1
    assert place in (projects[0]["locality"], projects[0]["region"])


@pytest.mark.parametrize(
    ("abroad", "cn_projects"),
    [
        (
            "The technology has run since 2013 at the plant of Wison Clean Energy in Nanjing, Jiangsu "
            "province, which produces 295,000 tons of olefins per year.",
            [],  # a typeless plant with nothing to say its kind: no project, and none of the complex's
        ),
        (
            "The same design works at the polymer plant of Ningxia Baofeng in Yinchuan, Ningxia, which makes "
            "300,000 tons of olefins a year.",
            [("chemical", [("annual_output", 300000)])],
        ),
    ],
)
def test_a_definite_plant_placed_in_another_country_is_another_plant(read, abroad, cn_projects):
    projects = read(
        "Uzbekneftegaz and Wison signed a contract for a gas chemical complex in Karakul district of Bukhara "
        f"region. The complex will produce 500,000 tons of polymers a year. {abroad}"
    )
    uz = [p for p in projects if p["country"] == "UZ"]
    assert [(p["type"], p["capacities"]) for p in uz] == [("chemical", [("annual_output", 500000)])]
    assert [(p["type"], p["capacities"]) for p in projects if p["country"] == "CN"] == cn_projects


@pytest.mark.parametrize(
    "text",
    [
        "The investor could not obtain the 120 MW of grid capacity it needed for the smelter in Aktobe.",
        "Grid capacity in the south is short, the operator said of the smelter in Aktobe.",
    ],
)
def test_grid_capacity_is_the_systems_not_a_project(read, text):
    assert [p["type"] for p in read(text)] == ["smelter"]


@pytest.mark.parametrize(
    "text",
    [
        "The pipeline links the Sary-Bulak gas field in Zaisan district of East Kazakhstan region with the "
        "group's LNG plant in Jimunai County of Xinjiang's Altay Prefecture.",
        "Guanghui operates the Sary-Bulak field in Zaisan district, East Kazakhstan, and pipes its gas to "
        "the company's gas processing plant in Urumqi.",
    ],
)
def test_a_plant_across_the_border_from_the_field_it_takes_gas_from_is_its_own(read, text):
    places = {(p["type"], p["country"], p["region"]) for p in read(text)}
    assert ("oil_gas", "KZ", "East Kazakhstan") in places
    assert ("oil_gas", "CN", "Xinjiang") in places


@pytest.mark.parametrize(
    "text",
    [
        "Jereh will build a CNG filling station on the highway near Aktobe.",
        "QazaqGaz plans compressed natural gas filling stations in Kyzylorda region.",
    ],
)
def test_gas_filling_stations_are_gas_facilities(read, text):
    assert [p["type"] for p in read(text)] == ["oil_gas"]


@pytest.mark.parametrize(
    "text",
    [
        "The turbines will be shipped from Goldwind's Urumqi factory to the Ayagoz wind farm in Abai region.",
        "Only months after they left Goldwind's factory in Urumqi, the turbines of the Ayagoz wind farm in "
        "Abai region were hoisted.",
    ],
)
def test_a_suppliers_factory_the_goods_come_from_is_no_project(read, text):
    assert [p["type"] for p in read(text)] == ["wind"]


@pytest.mark.parametrize(
    "text",
    [
        "ERG is building a plant for the production of hot-briquetted iron in Rudny.",
        "Jingye will build a plant in Sirdaryo region that will produce steel billets and rebar.",
    ],
)
def test_a_plant_making_iron_or_steel_products_is_a_smelter(read, text):
    assert [p["type"] for p in read(text)] == ["smelter"]


@pytest.mark.parametrize(
    ("text", "output"),
    [
        (
            "Tabys Agro already has an oil extraction plant in Petropavl, North Kazakhstan region, which "
            "produces 80,000 tonnes of oil a year.",
            80000,
        ),
        (
            "Since 2023 the oil-extraction plant of Khorgos Oil Seeds LLP in Panfilov district has turned "
            "out 60,000 tonnes of sunflower oil a year.",
            60000,
        ),
    ],
)
def test_an_oil_extraction_plant_presses_seeds(read, text, output):
    """Translated news calls a seed-crushing plant an 'oil extraction plant': farm produce, not oil."""
    [project] = read(text)
    assert (project["type"], project["capacities"]) == ("agriculture", [("annual_output", output)])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Tau-Ken Temir owns the metallurgical silicon plant in Karaganda, launched in 2013.",
            "Meanwhile, in the Temirtau industrial zone, Temirtau Ferroalloy LLP is building a ferrosilicon "
            "plant.",
        ),
        (
            "ERG runs a silicon smelter in Karaganda.",
            "In Temirtau, a Chinese investor plans a ferromanganese smelter.",
        ),
    ],
)
def test_plants_of_two_metals_in_one_region_are_two_projects(read, first, second):
    text = f"{first} The plant worked at a loss for years.\n\nIt is not the only project. {second}"
    assert sorted(p["locality"] for p in read(text)) == ["Karaganda", "Temirtau"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "TBEA has begun construction of a second gold-processing plant at the Duoba deposit in Ayni.",
            "mining",
        ),
        ("Zijin will build a gold-processing plant near Panjakent.", "mining"),
        ("Kazzinc will build a copper-smelting plant in Ust-Kamenogorsk.", "smelter"),
    ],
)
def test_a_hyphened_purpose_types_the_plant(read, text, kind):
    assert [p["type"] for p in read(text)][:1] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "The Caspi Bitum plant in Aktau can process 1 million tonnes a year of heavy crude.",
        "CITIC Group will keep buying the output of the Caspi Bitum plant in Aktau, which can process 1 "
        "million tonnes of heavy crude a year.",
    ],
)
def test_a_plant_named_for_bitumen_in_its_russian_spelling_is_a_refinery(read, text):
    (plant,) = read(text)
    assert (plant["type"], plant["region"], plant["capacities"]) == (
        "oil_refinery",
        "Mangystau",
        [("annual_output", 1e6)],
    )


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "The Almalyk copper refinery in Tashkent region produces 100,000 tonnes of copper a year.",
            "smelter",
        ),
        ("A gold refinery with a capacity of 25 tonnes a year will be built in Astana.", "smelter"),
        ("The zinc refinery in Ust-Kamenogorsk will be modernised by 2027.", "smelter"),
        ("The Pavlodar refinery will be modernised by 2027.", "oil_refinery"),
    ],
)
def test_a_refinery_of_a_metal_is_a_smelter_and_any_other_refines_oil(read, sentence, kind):
    (refinery,) = read(sentence)
    assert refinery["type"] == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("KAZ Minerals is building the Aktogay copper project in East Kazakhstan oblast.", "mining"),
        ("Jiangxi Copper agreed to buy 70% of the Kyzyltas copper-gold project in Abai region.", "mining"),
        ("Glencore will expand the Maleevsky zinc project near Ridder by 2026.", "mining"),
        ("The Balkhash copper plant in Karaganda region will be modernised by 2027.", "smelter"),
        ("The first concrete was poured at the Aktogay copper smelting project in Abai region.", "smelter"),
    ],
)
def test_a_metals_project_is_a_mine_and_its_plant_a_smelter(read, sentence, kind):
    (project,) = read(sentence)
    assert project["type"] == kind


def test_a_metals_mine_stays_a_mine(read):
    (mine,) = read("The Aktogay copper mine in Abai region produces 100,000 tonnes of copper a year.")
    assert mine["type"] == "mining"


@pytest.mark.parametrize(
    ("text", "name", "capacity"),
    [
        (
            "The auction for the 100 percent state share in Kokand Superphosphate Plant JSC was declared "
            "invalid. The plant, with a design capacity of 300,000 tonnes of phosphate fertilizers per year, "
            "operated at 18 percent of its capacity in 2018.",
            "Kokand Superphosphate Plant",
            300000.0,
        ),
        (
            "The state sold its stake in Shymkent Cement Plant JSC to a Chinese buyer. The plant makes 1.2 "
            "million tonnes of cement a year.",
            "Shymkent Cement Plant",
            1200000.0,
        ),
    ],
)
def test_a_company_named_for_its_plant_is_that_plant_when_the_next_sentence_goes_on_about_it(
    read, text, name, capacity
):
    (plant,) = read(text)
    assert (plant["name"], [value for _, value in plant["capacities"]]) == (name, [capacity])


def test_a_company_named_for_its_plant_with_nothing_said_of_the_plant_is_only_a_company(read):
    text = 'JSC "Kokand Superphosphate Plant" paid 4 billion soums in taxes. The ministry praised it.'
    assert read(text) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Soviet-era Shalkiya mine in Kyzylorda region has been mothballed since 1995.",
            ("mining", "Shalkiya mine", "Shalkiya"),
        ),
        (
            "The Envision-equipped Zhanatas wind farm in Zhambyl region was launched in 2021.",
            ("wind", "Zhanatas wind farm", "Zhanatas"),
        ),
    ],
)
def test_a_capitalised_word_joined_to_a_plain_one_describes_and_names_no_place(read, sentence, expected):
    (plant,) = read(sentence)
    assert (plant["type"], plant["name"], plant["locality"]) == expected


@pytest.mark.parametrize(
    ("first", "facilities"),
    [
        (
            "The state sold its stake in Shymkent Cement Plant JSC to a Chinese buyer.",
            ["Shymkent Cement Plant"],
        ),
        ("Ulba-FA is a joint venture of Kazatomprom's Ulba Metallurgical Plant and CGN.", []),
    ],
)
def test_only_a_company_named_alone_for_its_plant_is_the_plant_the_next_sentence_opens_on(
    ref, first, facilities
):
    text = f"{first} The plant makes 200,000 tonnes a year."
    doc = annotate_article(parse_article("a" * 16, "t.txt", text, ref), ref)
    assert [f.noun_phrase for f in doc.sentences[0].facilities] == facilities


@pytest.mark.parametrize(
    ("text", "place", "output"),
    [
        (
            "- Huaxin Sughd Cement LLC - Ghafurov District, Sughd Region, Tajikistan. Cement capacity 1.1 "
            "Mt/a; commissioned in 2018.",
            ("Sughd", "Ghafurov"),
            1.1e6,
        ),
        (
            "Zafarabad Glass LLC, in Jizzakh region, produces 600,000 tonnes of float glass a year.",
            ("Jizzakh", None),
            6e5,
        ),
    ],
)
def test_a_company_named_by_its_product_with_a_yearly_output_is_its_plant(read, text, place, output):
    assert [(p["type"], p["region"], p["locality"], p["capacities"]) for p in read(text)] == [
        ("manufacturing", *place, [("annual_output", output)])
    ]


def test_a_company_named_by_its_product_is_no_plant_without_an_output(read):
    assert read("Huaxin Cement Co., Ltd. signed an agreement with the Jizzakh regional administration.") == []

"""What project profiles and portal news write: a facility restated as its subject's predicate, a plant to be
built and operated by someone, lists after an owner's possessive, a project named beside sized siblings,
places of the line a plant feeds, a history of endings, quoted names and budget money."""

from __future__ import annotations

import pytest


def _kinds_and_names(projects: list[dict]) -> list[tuple]:
    return sorted((p["type"], p["name"]) for p in projects)


@pytest.mark.parametrize(
    "text",
    [
        "The Kokomeren hydropower project (HPP) is a 360MW hydroelectric facility planned on the Kokomeren "
        "River in Naryn region.",
        "The Kokomeren hydropower project in Naryn region is a 360 MW hydroelectric facility.",
        "The Kokomeren hydropower project will be a 360-MW hydroelectric plant in Naryn region.",
    ],
)
def test_an_unnamed_facility_predicated_of_the_subject_is_the_subject(read, text):
    (project,) = read(text)
    assert (project["name"], project["region"]) == ("Kokomeren hydropower project", "Naryn")
    assert project["capacities"] == [("installed_power", 360.0)]


def test_a_facility_predicated_of_another_kind_stays_its_own(read):
    projects = read(
        "The Shymkent refinery is a key asset; CNPC is building a 600,000 t/year polypropylene plant "
        "next to it."
    )
    assert _kinds_and_names(projects) == [("chemical", None), ("oil_refinery", "Shymkent refinery")]


@pytest.mark.parametrize(
    "text",
    [
        "The Jondor solar plant will be built and operated by Energy China.",
        "The Jondor solar plant will be designed, built and operated by Energy China.",
        "The Jondor solar plant is to be built, owned and operated by Energy China.",
    ],
)
def test_a_plant_to_be_built_and_operated_is_not_running(read, text):
    (project,) = read(text)
    assert (project["name"], project["status"]) == ("Jondor solar plant", "announced")


def test_the_grid_operated_by_a_utility_is_not_the_mine_running(read):
    projects = read(
        "The Pakrut gold mine is being built in Vahdat. Electricity for the mine will come from the national "
        "grid operated by state utility Barki Tojik."
    )
    assert [(p["name"], p["status"]) for p in projects] == [("Pakrut gold mine", "construction")]


@pytest.mark.parametrize(
    "company",
    ["JSC National Electric Grid of Uzbekistan (NEGU)", "State Grid Corporation of China"],
)
def test_a_company_named_grid_signing_a_contract_still_signs(read, company):
    (project,) = read(
        f"{company} signed an EPC contract with TBEA for the construction of the 500 kV Guzar - Surkhan "
        "overhead power transmission line."
    )
    assert project["status"] == "pre-construction"


def test_a_mine_operated_by_a_company_is_running(read):
    (project,) = read("The Pakrut gold mine in Vahdat is operated by Pakrut LLC.")
    assert project["status"] == "operating"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The Moinak hydropower plant was connected to the national grid in 2024.", "operating"),
        ("The Moinak hydropower plant has been connected to the unified grid.", "operating"),
        ("The Moinak hydropower plant will be connected to the national grid in 2026.", "announced"),
    ],
)
def test_connected_to_a_named_grid(read, text, status):
    (project,) = read(text)
    assert project["status"] == status


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Envision supplied the turbines for ACWA Power's Bash and Dzhankeldy wind farms in Bukhara "
            "region.",
            ["Bash wind farm", "Dzhankeldy wind farm"],
        ),
        (
            "Masdar's Nur Navoi and Sherabad solar plants started operation in 2023.",
            ["Nur Navoi solar plant", "Sherabad solar plant"],
        ),
    ],
)
def test_the_owner_possessive_before_listed_names_is_no_part_of_them(read, text, names):
    assert sorted(p["name"] for p in read(text)) == names


@pytest.mark.parametrize(
    "text",
    [
        "Sany will supply 42 turbines to SPIC for the 300MW Saryozek project in Jetisu region, and 28 units "
        "for the 200MW Ayagoz wind farm in Abai region.",
        "Sany will supply turbines for the 200MW Ayagoz wind farm in Abai region and the 300MW Saryozek "
        "project in Jetisu region.",
    ],
)
def test_a_sized_project_of_no_kind_is_of_its_siblings_kind(read, text):
    projects = {p["name"]: p for p in read(text)}
    assert projects["Saryozek project"]["type"] == "wind"
    assert ("installed_power", 300.0) in projects["Saryozek project"]["capacities"]
    assert projects["Ayagoz wind farm"]["capacities"][-1] == ("installed_power", 200.0)


def test_an_unsized_project_beside_a_substation_takes_no_kind(read):
    projects = read("PowerChina signed deals for the Kambarata project and the 500 kV Datka substation.")
    assert [p["type"] for p in projects] == ["transmission"]


@pytest.mark.parametrize(
    "second",
    [
        "Power generated by the plant will be evacuated through a new 220kV line to the Kemin 500kV "
        "substation in Chuy region.",
        "The plant will send its power along a 110 km line to the Kemin substation in Chuy region.",
    ],
)
def test_the_place_of_the_line_a_plant_feeds_is_not_the_plants(read_tables, second):
    tables = read_tables(f"The Kokomeren hydropower project is planned in Naryn region. {second}")
    frames = tables["project_frames"]
    plant = frames[frames.project_type == "hydro"]
    assert set(plant.region.dropna()) == {"Naryn"}


def test_the_place_a_reference_is_built_in_is_its_own(read_tables):
    tables = read_tables(
        "The Kokomeren hydropower project is planned in Kyrgyzstan. The plant will be built in the Jumgal "
        "district of Naryn region."
    )
    assert set(tables["project_frames"].region.dropna()) == {"Naryn"}


@pytest.mark.parametrize(
    "history",
    [
        "The site was first studied in the 1980s. The work was abandoned after the collapse of the Soviet "
        "Union in 1991.",
        "An earlier design was cancelled in 1996 for lack of money.",
    ],
)
def test_an_ending_long_before_the_article_is_history_beside_a_stage(read_tables, history):
    text = (
        "Kokomeren profile\n\n14 September 2023\n\nThe Kokomeren hydropower plant is planned in Naryn "
        "region. "
        f"The investment agreement was signed in May 2023. {history}"
    )
    frames = read_tables(text)["project_frames"]
    assert set(frames.status) == {"announced", "pre-construction"}


def test_an_old_ending_with_no_later_stage_still_stands(read_tables):
    text = (
        "Plant news\n\n14 September 2023\n\nThe Kokomeren hydropower plant in Naryn region was announced in "
        "2005. Work was suspended in 2010 and has not resumed."
    )
    frames = read_tables(text)["project_frames"]
    assert set(frames.status) == {"announced", "shelved"}


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            'The refinery in Tokmok is owned by the Chinese company "Kyrgyz Huaxin Petrochemical".',
            "Kyrgyz Huaxin Petrochemical",
        ),
        (
            "The cement plant in Jizzakh belongs to the company \u00abUzbek Chinese Cement\u00bb.",
            "Uzbek Chinese Cement",
        ),
    ],
)
def test_a_quoted_name_keeps_its_country_word(read_tables, text, owner):
    assert owner in set(read_tables(text)["participants"].surface)


@pytest.mark.parametrize(
    "money",
    [
        "For these purposes, 1.4 billion soms (about 16 million US dollars) will be allocated from the "
        "republican budget.",
        "The access road, worth 16 million dollars, will be paid for out of state funds.",
    ],
)
def test_money_from_the_public_budget_is_no_companys(read_tables, money):
    tables = read_tables(f"China Energy will build a 100 MW solar plant in Kajy-Say. {money}")
    assert list(tables["investments"].investor_surface) == [None]
    assert list(tables["investments"].amount_usd) == [16e6]


def test_a_company_investing_in_the_same_words_is_the_investor(read_tables):
    tables = read_tables(
        "China Energy will build a 100 MW solar plant in Kajy-Say. China Energy will invest 16 million US "
        "dollars in it."
    )
    assert list(tables["investments"].investor_surface) == ["China Energy"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "- the agreement between Uzbekenergo and China Gezhouba Group on the preparation of a "
            "feasibility study for the construction of the Pskem hydroelectric power station;",
            "announced",
        ),
        (
            "- an agreement with China Gezhouba Group for a pre-feasibility study for the construction "
            "of the Pskem hydroelectric power station;",
            "announced",
        ),
        (
            "- the agreement between Uzbekenergo and China Gezhouba Group on the construction of the Pskem "
            "hydroelectric power station;",
            "pre-construction",
        ),
    ],
)
def test_an_agreement_on_a_feasibility_study_is_no_construction_deal(read, text, status):
    (project,) = read(text)
    assert project["status"] == status


@pytest.mark.parametrize(
    "text",
    [
        "The Cabinet instructed the ministry to prepare a draft intergovernmental agreement with the Chinese "
        "side on the construction of the Kokomeren cascade of hydropower plants in Naryn region.",
        "A draft agreement on the construction of the Kokomeren hydropower plant in Naryn region is being "
        "discussed.",
    ],
)
def test_a_draft_agreement_is_no_deal_signed(read, text):
    (project,) = read(text)
    assert project["status"] == "announced"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Chinese companies built the Dushanbe-2 thermal power plant and the Shahriston tunnel in the "
            "country.",
            ("Dushanbe", "Dushanbe"),
        ),
        ("TBEA built a 400 MW thermal power plant and the Shahriston tunnel in Tajikistan.", (None, None)),
        ("TBEA built a 400 MW thermal power plant near the Almaty airport.", (None, None)),
    ],
)
def test_a_town_naming_a_tunnel_or_an_airport_places_no_plant(read, text, place):
    (project,) = read(text)
    assert (project["region"], project["locality"]) == place


def test_the_place_of_the_plant_a_new_one_replaces_may_be_its_own(read_tables):
    tables = read_tables(
        "AlES is preparing a feasibility study for a new gas-fired CHP-3 with an electric capacity of 450 "
        "MW. The new station will replace the existing coal-fired CHP-3 near the village of Otegen Batyr in "
        "Ili district of Almaty region."
    )
    frames = tables["project_frames"]
    replacing = frames[frames.refers_to.notna()]
    assert list(replacing.region) == ["Almaty Region"]


@pytest.mark.parametrize(
    "text",
    [
        "The Nur Navoi solar station occupies 2,100 hectares and is connected to the national grid by a "
        "220 kV line with a length of 68 km.",
        "The Nur Navoi solar station in Navoi region was connected via a 68 km, 220 kV transmission line.",
    ],
)
def test_the_line_a_plant_is_connected_by_is_no_project_of_its_own(read, text):
    assert [p["type"] for p in read(text)] == ["solar"]


def test_a_plant_and_a_deposit_beside_it_tell_no_kind_to_a_sized_plant(read):
    projects = read(
        "Upper Kumarg gold mine in Sughd region. The Kumarg plant now treats 1.2 million tonnes of ore a "
        "year; an expansion to the neighbouring Eastern Duoba deposit is under study."
    )
    assert [p["name"] for p in projects] == ["Upper Kumarg gold mine"]

"""What trade press and wire news write: mills and water lines that are equipment or a utility's works, the
rating of each unit beside the plant's total, ventures named by what they make, lenders approving credits,
and parts a plant is to have."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Outotec delivered the SAG mill and ball mill for the grinding circuit in September.",
        "Metso will supply two semi-autogenous grinding mills for the Aktogay expansion.",
        "The city will build a 30 km drinking-water pipeline from the Ili river to Konaev.",
        "Almalyk puts the cost of the development, including a 40-km water pipeline and a new tailings "
        "facility, at about $2.9 billion.",
    ],
)
def test_a_grinding_mill_or_a_water_pipeline_is_no_project(read, text):
    assert read(text) == []


def test_a_steel_mill_is_still_a_plant(read):
    (project,) = read("ArcelorMittal will upgrade the steel mill in Temirtau.")
    assert (project["type"], project["locality"]) == ("smelter", "Temirtau")


@pytest.mark.parametrize(
    "text",
    [
        "Each of the two new Francis units, to be supplied by Harbin Electric Machinery Co. Ltd., will be "
        "rated at 120 MW, bringing the Kambarata-2 hydropower plant to its design capacity of 360 MW.",
        "Each of the new units will have a capacity of 120 MW, bringing the Kambarata-2 hydropower plant to "
        "360 MW.",
        "The Kambarata-2 hydropower plant will reach 360 MW; each of its units is rated at 120 MW.",
    ],
)
def test_each_units_rating_is_not_the_plants_size(read, text):
    (project,) = read(text)
    assert (project["name"], project["capacities"]) == (
        "Kambarata-2 hydropower plant",
        [("installed_power", 360.0)],
    )


def test_each_units_rating_alone_gives_the_plant_no_size(read):
    (project,) = read(
        "PowerChina will build the Yavan hydropower plant in Khatlon; each of its three units will be rated "
        "at 50 MW."
    )
    assert (project["name"], project["capacities"]) == ("Yavan hydropower plant", [])


@pytest.mark.parametrize(
    "text",
    [
        "The Export-Import Bank of China has approved a $680 million buyer's credit to cover most of the NFC "
        "contract.",
        "The Export-Import Bank of China approved a $680 million loan to pay for part of the NFC contract.",
        "The Export-Import Bank of China granted a $680 million credit for half of the NFC contract.",
    ],
)
def test_the_bank_approving_a_credit_lends_it_not_the_contractor_it_pays(read_tables, text):
    tables = read_tables(
        "Almalyk MMC signed an EPC contract with China Nonferrous Metal Industry's Foreign Engineering and "
        f"Construction Co. (NFC) for a new copper concentrator at Almalyk. {text}"
    )
    investments = tables["investments"]
    assert list(zip(investments.investor_surface, investments.amount_usd, strict=True)) == [
        ("Export-Import Bank of China", 680_000_000.0)
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "AMMC and Hengtong Group signed a memorandum on setting up a joint venture to produce copper "
            "wire rod and cable products in the Almalyk free economic zone. The plant would have a capacity "
            "of 45,000 tons per year.",
            ("Tashkent Region", "Almalyk"),
        ),
        (
            "Hengtong and Uzeltekhsanoat agreed to establish a company to manufacture cables in Jizzakh. The "
            "plant will have a capacity of 45,000 tonnes a year.",
            ("Jizzakh", "Jizzakh"),
        ),
        (
            "The two sides will create a joint venture that will make transformers in Tashkent region; the "
            "plant will have a capacity of 45,000 tonnes a year.",
            ("Tashkent Region", None),
        ),
    ],
)
def test_a_venture_set_up_to_make_goods_is_their_plant(read, text, place):
    (project,) = read(text)
    assert (project["type"], (project["region"], project["locality"])) == ("manufacturing", place)
    assert project["capacities"] == [("annual_output", 45_000.0)]


def test_a_venture_to_make_no_known_goods_is_no_plant(read):
    text = "Kazatomprom and CGN will set up a joint venture to produce uranium in Turkestan region."
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "In the Jizzakh free economic zone, Ningbo Jintian Copper is investing $75 million in a plant that "
        "will turn 30,000 tonnes of copper cathode a year into rod and enamelled wire.",
        "Ningbo Jintian Copper is building a plant in Jizzakh that will convert 30,000 tonnes of copper "
        "cathode a year into cable products.",
    ],
)
def test_a_plant_that_turns_metal_into_goods_makes_those_goods(read, text):
    (project,) = read(text)
    assert (project["type"], project["region"]) == ("manufacturing", "Jizzakh")
    assert project["capacities"] == [("annual_output", 30_000.0)]


@pytest.mark.parametrize(
    "text",
    [
        "The plant is to have two Hualong One reactors with a combined capacity of about 2,400 megawatts.",
        "The plant will have two VVER-1200 reactors with a combined capacity of 2,400 MW.",
        "The station would house two reactors totalling 2,400 MW.",
    ],
)
def test_reactors_the_plant_is_to_have_are_its_own(read, text):
    (project,) = read(f"Kazakhstan signed a deal with CNNC on a nuclear power plant near Kurchatov. {text}")
    assert (project["type"], project["locality"]) == ("nuclear", "Kurchatov")
    assert project["capacities"] == [("installed_power", 2400.0)]


@pytest.mark.parametrize(
    "text",
    [
        "CNNC will build the Kurchatov nuclear power plant with two reactors of 1,200 MW each.",
        "CNNC will build the Kurchatov nuclear power plant, with two 1,200 MW reactors.",
        "The Kurchatov nuclear power plant will have two reactors with a capacity of 1,200 MW each.",
    ],
)
def test_reactors_counted_with_their_rating_sum_to_the_plant(read, text):
    (project,) = read(text)
    assert (project["name"], project["capacities"]) == (
        "Kurchatov nuclear power plant",
        [("installed_power", 2400.0)],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Power will be drawn from a new 35 km, 110 kV transmission line from the Vahdat substation, which "
        "state utility Barki Tojik built for the project. The capital cost of the project is estimated at "
        "US$196 million.",
        "A new substation was built for the mine by Barki Tojik last year. The project will cost $196 "
        "million.",
        "Barki Tojik erected a 110 kV line especially for the mine. The total cost of the project is put at "
        "$196 million.",
    ],
)
def test_the_project_is_not_the_line_built_to_serve_it(read_tables, text):
    tables = read_tables(f"China Nonferrous Gold is building the Pakrut gold mine in Vahdat district. {text}")
    mine = tables["project_frames"].query("name == 'Pakrut gold mine'").frame_id.item()
    money = tables["investments"].merge(tables["investment_frames"], on="investment_key")
    assert list(zip(money.amount_usd, money.frame_id, strict=True)) == [(196_000_000.0, mine)]


@pytest.mark.parametrize(
    "text",
    [
        "The Dangara refinery, built by Tianchen-Dangara Oil Refining LLC, a subsidiary of Xinjiang "
        "Tianchen, will have an annual processing capacity of 1.2 million tons.",
        "The Dangara refinery, built by Tianchen, will process 1.2 million tons a year.",
        "The Dangara refinery, constructed by Tianchen, is expected to process 1.2 million tons a year.",
    ],
)
def test_a_plant_built_by_a_company_in_a_future_clause_is_not_running(read, text):
    (project,) = read(text)
    assert (project["name"], project["status"]) == ("Dangara refinery", "announced")


def test_a_plant_built_by_a_company_in_a_present_clause_runs(read):
    (project,) = read("The Dangara refinery, built by Tianchen in 2015, processes 1.2 million tons a year.")
    assert project["status"] == "operating"


@pytest.mark.parametrize(
    "text",
    [
        "Once both stages are in operation, the plant will generate 7.2 billion kWh a year.",
        "When both units are commissioned, the plant will generate 7.2 billion kWh a year.",
        "Once these stages are up and running, the station will produce 7.2 billion kWh a year.",
    ],
)
def test_a_plant_once_in_operation_is_a_condition(read_tables, text):
    tables = read_tables(f"The Cabinet discussed the Kara-Keche thermal power plant. {text}")
    assert set(tables["project_frames"].status) == {"announced"}  # every mention's, the condition's too


@pytest.mark.parametrize(
    "text",
    [
        "NFC began earthworks at the Yoshlik-1 concentrator in Almalyk in August, and Almalyk expects first "
        "concentrate in 2023.",
        "NFC crews started site preparation at the Yoshlik-1 concentrator in Almalyk; the company "
        "anticipates first concentrate in 2023.",
        "At the Yoshlik-1 concentrator in Almalyk, NFC has commenced civil works; AMMC expects first "
        "concentrate in 2023.",
    ],
)
def test_earthworks_begun_are_construction_and_first_output_expected_is_not_yet(read, text):
    (project,) = read(text)
    assert (project["name"], project["status"]) == ("Yoshlik-1 concentrator", "construction")


@pytest.mark.parametrize(
    "text",
    [
        "The plant would burn about 2.5 million tonnes of coal a year from the Kara-Keche mine, which is "
        "operated by the state company Kara-Keche.",
        "It will burn coal from the Kara-Keche open pit, which has been in operation since 1960.",
        "The plant will take water from the Naryn reservoir, which was commissioned in 1975.",
    ],
)
def test_a_relative_clause_of_a_noun_after_the_plant_is_not_its_status(read_tables, text):
    tables = read_tables(f"The Cabinet discussed the Kara-Keche thermal power plant in Naryn region. {text}")
    assert set(tables["project_frames"].status) == {"announced"}


@pytest.mark.parametrize(
    "text",
    [
        "the minister urged the contractor to make sure the plant is put into operation this year.",
        "the president demanded that the complex is commissioned by December.",
        "the governor instructed the contractor to ensure that the complex is launched on schedule.",
    ],
)
def test_a_launch_ordered_is_not_done(read, text):
    (project,) = read(f"Navoiyazot is building a PVC complex in Navoi; {text}")
    assert (project["type"], project["status"]) == ("chemical", "construction")


@pytest.mark.parametrize(
    "text",
    [
        "Energy China will build the planned 1,860 MW Kambarata-1 hydropower plant.",
        "The proposed 1,860 MW Kambarata-1 hydropower plant is further upstream.",
        "Talks continue on the long-delayed 1,860 MW Kambarata-1 hydropower plant.",
    ],
)
def test_a_plain_word_before_the_size_leaves_the_name(read, text):
    (project,) = read(text)
    assert (project["name"], project["capacities"]) == (
        "Kambarata-1 hydropower plant",
        [("installed_power", 1860.0)],
    )


@pytest.mark.parametrize(
    "later",
    [
        "The 1,860-MW Kambarata-1 hydropower plant, further upstream, remains the largest ambition.",
        "Energy China will build the 1,860 MW Kambarata-1 hydropower plant upstream.",
        "Further upstream is the planned 1,860 MW Kambarata-1 hydropower plant.",
    ],
)
def test_plants_numbered_apart_stay_apart_at_one_place(read, later):
    projects = read(f"The 360 MW Kambarata-2 hydroelectric plant is in Jalal-Abad region. {later}")
    assert sorted((p["name"], p["capacities"]) for p in projects) == [
        ("Kambarata-1 hydropower plant", [("installed_power", 1860.0)]),
        ("Kambarata-2 hydroelectric plant", [("installed_power", 360.0)]),
    ]


@pytest.mark.parametrize(
    ("text", "kind", "capacities"),
    [
        (
            "PowerChina and Uzbekhydroenergo signed an agreement on the construction of a cascade of three "
            "small hydropower plants on the Ugam river in Tashkent region. The total capacity of the three "
            "plants will be 81 MW and their annual output 310 million kWh.",
            "hydro",
            [("annual_generation", 310_000.0), ("installed_power", 81.0)],
        ),
        (
            "PowerChina will build a cascade of three hydropower plants on the Ugam river in Tashkent "
            "region. The plants will have a total capacity of 81 MW.",
            "hydro",
            [("installed_power", 81.0)],
        ),
        (
            "Sinohydro will build a complex of two solar plants in Navoi region. The two plants will have "
            "200 MW together.",
            "solar",
            [("installed_power", 200.0)],
        ),
    ],
)
def test_the_plants_a_cascade_is_made_of_are_the_cascade(read, text, kind, capacities):
    (project,) = read(text)
    assert (project["type"], sorted(project["capacities"])) == (kind, capacities)


def test_a_relative_clause_past_an_aside_is_the_plants_own(read_tables):
    tables = read_tables(
        "China Development Bank lent KAZ Minerals $1.5 billion in 2014 to build the Aktogay mine, also in "
        "the east of the country, which now produces about 230,000 tons of copper a year."
    )
    assert list(tables["project_frames"].status) == ["operating"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The Huaxin Gayur cement plant in Yovon district of Khatlon region, which produces 1.2 million "
            "tonnes of cement a year, is a regular taxpayer.",
            "operating",
        ),
        (
            "The Zerger gas power station in Charjew etrap of Lebap velayat, which is being built by Calik "
            "Enerji, will have 1,574 MW.",
            "construction",
        ),
    ],
)
def test_a_relative_clause_after_the_plants_place_is_the_plants(read_tables, text, status):
    assert list(read_tables(text)["project_frames"].status) == [status]


def test_a_plant_commissioned_in_a_year_in_an_aside_of_a_future_clause_runs(read_tables):
    tables = read_tables(
        "This heating season the combined-cycle unit with a capacity of 370 MW, commissioned at the Tashkent "
        "thermal power plant in 2021, will supply up to 190 Gcal/h of heat."
    )
    assert set(tables["project_frames"].status) == {"operating"}

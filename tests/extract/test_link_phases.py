"""A later phase of a project is a project of its own, with its own size, money and status."""

from __future__ import annotations

import pytest

from pipelines.domain.extract.link.phases import phase_number
from tests.test_reconcile import _tables

_RUNNING = "The 150 MW Zhanatas wind farm in Zhambyl region has been running since 2021. "


def _sizes(projects: list[dict]) -> list[tuple]:
    return [(p["name"], p["capacities"], p["status"]) for p in projects]


@pytest.mark.parametrize(
    "later",
    [
        "Its owner plans a second phase of 100 MW at the same site.",
        "The company intends to build the second stage, of 100 MW, next to it.",
        "Zhanatas Phase II, which would add 100 MW, is at the design stage.",
        "A memorandum on phase 2 of the wind farm, another 100 MW, was signed on Monday.",
    ],
)
def test_a_later_phase_with_its_own_size_is_a_project_of_its_own(read, later):
    first, phase = read(_RUNNING + later)
    assert _sizes([first]) == [("Zhanatas wind farm", [("installed_power", 150.0)], "operating")]
    assert (phase["name"], phase["capacities"], phase["region"]) == (
        "Zhanatas wind farm, phase 2",
        [("installed_power", 100.0)],
        "Zhambyl",
    )
    assert phase["status"] in ("announced", "pre-construction")


@pytest.mark.parametrize(
    "text",
    [
        "Turkmengaz and CNPC signed a contract for the third phase of the Galkynysh gas field in Mary "
        "province, designed to produce 10 billion cubic metres of gas a year.",
        "CNPC won the contract for the construction of phase 3 of the Galkynysh gas field in Mary province, "
        "with a capacity of 10 billion cubic metres a year.",
        "A contract for the third stage of development of the Galkynysh gas field in Mary province was "
        "signed; it will add 10 billion cubic metres of gas a year.",
    ],
)
def test_a_field_named_only_as_what_its_phase_is_of_is_the_phase(read, text):
    (phase,) = read(text)
    assert (phase["name"], phase["region"], phase["capacities"], phase["status"]) == (
        "Galkynysh gas field, phase 3",
        "Mary",
        [("annual_volume", 1e10)],
        "pre-construction",
    )


@pytest.mark.parametrize(
    ("text", "whole", "added"),
    [
        (
            "The second phase of the Kaskasu wind farm will add 100 MW, bringing its capacity to 250 MW.",
            ("Kaskasu wind farm", [("installed_power", 250.0)]),
            [("installed_power", 100.0)],
        ),
        (
            "The Garlyk potash complex in Lebap has run since 2017. The second stage will add 1.4 million "
            "tonnes of potash a year, bringing the complex's total capacity to 2.8 million tonnes.",
            ("Garlyk potash complex", [("annual_output", 2.8e6)]),
            [("annual_output", 1.4e6)],
        ),
    ],
)
def test_the_size_an_extension_brings_the_whole_to_stays_the_wholes(read, text, whole, added):
    first, phase = read(text)
    assert ((first["name"], first["capacities"]), phase["capacities"]) == (whole, added)


@pytest.mark.parametrize(
    "later",
    [
        "KAS is considering a third stage that would raise capacity to 375,000 tonnes per year.",
        "A third stage, lifting the smelter's output to 375,000 tonnes a year, is under study.",
        "The company plans a third stage that will bring capacity to 375,000 tonnes per year.",
    ],
)
def test_a_phase_told_only_by_the_size_it_brings_is_that_size(read, later):
    smelter, phase = read("The Pavlodar aluminium smelter produces 250,000 tonnes a year. " + later)
    assert (smelter["capacities"], phase["name"], phase["capacities"]) == (
        [("annual_output", 250000.0)],
        "Pavlodar aluminium smelter, phase 3",
        [("annual_output", 375000.0)],
    )


@pytest.mark.parametrize(
    "within", ["Within the second stage", "As part of the second stage", "Under the second phase"]
)
def test_what_a_phase_builds_is_part_of_the_phase(read, within):
    projects = read(
        "Construction of the second stage of the Dehkanabad potash plant in Kashkadarya region started. "
        f"{within}, a new mine and a flotation factory will be built. The capacity of the enterprise will "
        "increase by 400,000 tonnes a year."
    )
    assert [(p["name"], p["capacities"]) for p in projects] == [
        ("Dehkanabad potash plant, phase 2", [("annual_output", 400000.0)])
    ]


def test_a_phase_told_again_is_the_same_phase_and_takes_its_money(read_tables):
    tables = read_tables(
        _RUNNING + "Its owner plans a second phase of 100 MW. The second phase will cost $120 million, "
        "financed by China Development Bank."
    )
    frames = tables["project_frames"]
    phase_id = frames.frame_id[frames.name == "Zhanatas wind farm, phase 2"].item()
    money = tables["investment_frames"].merge(tables["investments"], on="investment_key")
    assert list(money.amount_usd[money.frame_id == phase_id]) == [120e6]
    assert len(frames[frames.refers_to.isna()]) == 2


@pytest.mark.parametrize(
    "first",
    [
        "The first phase, built by CAMCE and commissioned in 2019, produces 100,000 tonnes of PVC.",
        "Phase I was built by CAMCE and commissioned in 2019.",
        "The initial stage was commissioned by CAMCE in 2019.",
    ],
)
def test_what_the_first_phase_did_is_the_projects_not_the_later_phases(ref, first):
    tables = _tables(
        [
            "date: 2024-05-01\n\nCDB signed a USD 180 million loan agreement with Navoiyazot for the second "
            "phase of its PVC complex in Navoi, which will add 100,000 tonnes of PVC a year. " + first
        ],
        ref,
    )
    projects = tables["projects"].set_index("name").status.to_dict()
    assert projects == {
        "Chemical plant in Navoi": "operating",
        "Chemical plant in Navoi, phase 2": "pre-construction",
    }


def test_a_built_phase_told_with_no_size_of_the_plant_sizes_the_plant(read):
    (plant,) = read(
        "Zhongtai Dangara Textile has launched the second phase of its cotton spinning complex in Dangara. "
        "The enterprise now has a capacity of 15,000 tonnes of cotton yarn a year."
    )
    assert plant["capacities"] == [("annual_output", 15000.0)]


def test_a_phase_of_a_plant_with_no_name_or_place_is_no_project(read):
    projects = read(
        "A Chinese company will build a chemical plant. Its second phase will add 100,000 tonnes a year."
    )
    assert [p["name"] for p in projects] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "The Ekibastuz gasification complex will turn coal into methanol and, at the second stage, "
        "polyolefins.",
        "The second stage of talks on the Ekibastuz gasification complex ended on Friday.",
        "The second stage of the modernisation of the Ekibastuz gasification complex is 72% complete.",
        "The Ekibastuz gasification complex will be built in stages. The first stage is to be commissioned "
        "by the end of 2026, the second stage in 2028.",
        "The Ekibastuz gasification complex will be built in stages: the first phase will be completed in "
        "2027 and the second phase in 2029.",
    ],
)
def test_a_phase_told_of_in_passing_is_no_project(read, text):
    assert [p["name"] for p in read(text)] == ["Ekibastuz gasification complex"]


def test_a_stage_of_works_told_again_is_still_the_plants(read_tables):
    tables = read_tables(
        "The second stage of the modernisation of the Shymkent refinery is 72% complete. PKOP puts the cost "
        "of the second stage at $1.1 billion."
    )
    frames = tables["project_frames"]
    assert list(frames.name[frames.refers_to.isna()]) == ["Shymkent refinery"]
    assert list(tables["investments"].amount_usd) == [1.1e9]


def test_a_phase_reported_later_joins_its_phase_not_the_project(ref):
    tables = _tables(
        [
            "date: 2023-05-10\n\n" + _RUNNING + "Its owner plans a second phase of 100 MW.",
            "date: 2025-03-01\n\nConstruction of the second phase of the Zhanatas wind farm in Zhambyl "
            "region began on Friday.",
        ],
        ref,
    )
    projects = tables["projects"].set_index("name")
    assert projects.status.to_dict() == {
        "Zhanatas wind farm": "operating",
        "Zhanatas wind farm, phase 2": "construction",
    }


@pytest.mark.parametrize(
    "text",
    [
        "The second stage of the Dushanbe-2 thermal power plant, two 150 MW units, was put into operation "
        "in 2016, bringing its capacity to 400 MW.",
        "The Dushanbe-2 thermal power plant has run at its full 400 MW since its second phase of 300 MW was "
        "commissioned in 2016.",
    ],
)
def test_a_phase_that_stands_is_part_of_its_plant(ref, text):
    tables = _tables(["date: 2024-01-10\n\n" + text], ref)
    (plant,) = tables["projects"].itertuples()
    assert (plant.name, plant.status) == ("Dushanbe-2 thermal power plant", "operating")
    assert list(zip(tables["capacities"].metric, tables["capacities"].value_std, strict=True)) == [
        ("installed_power", 400)
    ]


def test_a_built_phase_joins_its_plant_after_the_plants_names_are_merged(ref):
    tables = _tables(
        [
            "date: 2024-01-10\n\nThe Zhanatas wind farm in Zhambyl region was built by CPIH. CPIH also runs "
            "a solar plant in Shu. The Zhanatas wind farm has 150 MW. Its second phase of 100 MW was put "
            "into operation in 2022."
        ],
        ref,
    )
    wind = tables["projects"][tables["projects"].project_type == "wind"]
    assert list(wind.name) == ["Zhanatas wind farm"]
    assert tables["project_mentions"].project_id.notna().all()


@pytest.mark.parametrize(
    ("words", "number"),
    [("second phase", 2), ("Phase II", 2), ("stage 4", 4), ("phase three", 3), ("3rd stage", 3)],
)
def test_a_phase_is_numbered_as_written(words, number):
    assert phase_number(words) == number


@pytest.mark.parametrize(
    "text",
    [
        "CCDC has begun building the gas treatment plant for the third development phase of Turkmenistan's "
        "Galkynysh field in Mary province.",
        "The third construction stage of the Galkynysh field in Mary province is being built by CCDC.",
    ],
)
def test_a_phase_named_with_its_kind_of_work_is_a_later_phase(read, text):
    [phase] = read(text)
    assert (phase["name"], phase["status"]) == ("Galkynysh field, phase 3", "construction")


@pytest.mark.parametrize(
    "sentence",
    [
        "The first phase of the plant, with a capacity of 100 MW, was put into operation in January; the "
        "second phase of 300 MW is under construction and is to be completed in 2016, when the CHP will "
        "reach 400 MW.",
        "The plant's first phase, 100 MW, went into operation in January, and its second phase of 300 MW "
        "is being built; by 2016 the plant will reach 400 MW.",
        "The first phase of the station, with 100 MW, was commissioned in January; the second phase of 300 "
        "MW is under construction, and in 2016 the station is to reach 400 MW.",
    ],
)
def test_the_size_a_facility_reaches_after_its_stages_is_its_own(read, sentence):
    projects = read(f"TBEA built the Dushanbe-2 CHP. {sentence}")
    assert [(p["name"], p["capacities"]) for p in projects] == [
        ("Dushanbe-2 CHP", [("installed_power", 400.0)]),
        ("Dushanbe-2 CHP, phase 2", [("installed_power", 300.0)]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "7. Galkynysh gas field, phase III (Mary region): gas treatment facilities of 10 bcm a year. The "
        "EPC contract was signed with Turkmengaz in February 2024.",
        "The Galkynysh gas field, phase III, in Mary region will add 10 billion cubic metres a year. The EPC "
        "contract was signed with Turkmengaz in February 2024.",
    ],
)
def test_what_the_next_sentence_tells_of_a_field_and_its_phase_is_the_phases(read_tables, text):
    frames = read_tables(f"title: t\n\n{text}\n")["project_frames"]
    phase = frames[frames.frame_id.str.endswith("phase3")].frame_id.iloc[0]
    signed = frames[frames.status == "pre-construction"]
    assert signed.refers_to.tolist() == [phase]


@pytest.mark.parametrize(
    "second",
    [
        "The first stage is 5 MW, the whole farm eventually 60 MW.",
        "The first stage is 5 MW; the total capacity of the farm will be 60 MW.",
        "The initial phase will have 5 MW, and the farm 60 MW when complete.",
    ],
)
def test_a_first_stage_told_as_subject_leaves_the_whole_its_total(read, second):
    (farm,) = read(f"Goldwind is building a wind farm near Shelek. {second}")
    assert farm["capacities"] == [("installed_power", 60.0)]


@pytest.mark.parametrize(
    ("text", "phase", "figure"),
    [
        (
            "Turkmengaz and CNPC signed a contract for the fourth stage of the Galkynysh gas field in Mary "
            "velayat. The new stage will have a production capacity of 10 billion cubic meters of gas a "
            "year.",
            "Galkynysh gas field, phase 4",
            ("annual_volume", 1e10),
        ),
        (
            "Huaxin Cement started building the second phase of its Yavan cement plant in Khatlon region. "
            "The new phase will add 1.5 million tonnes of cement a year.",
            "Yavan cement plant, phase 2",
            ("annual_output", 1.5e6),
        ),
    ],
)
def test_the_new_stage_after_a_later_phase_is_told_is_that_phase(read, text, phase, figure):
    named = {p["name"]: p["capacities"] for p in read(text)}
    assert named[phase] == [figure]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "CEEC signed an EPC contract for the Mary-Ahal 500kV Overhead Transmission Line (Phase II) in "
            "Turkmenistan.",
            "Mary-Ahal 500kV Overhead Transmission Line, phase 2",
        ),
        (
            "CEEC signed an EPC contract for the Shokpar Wind Farm (phase 2) in Zhambyl region, 100 MW.",
            "Shokpar Wind Farm, phase 2",
        ),
    ],
)
def test_a_phase_in_brackets_after_its_whole_is_the_one_project(read, text, name):
    (phase,) = read(text)
    assert (phase["name"], phase["status"]) == (name, "pre-construction")

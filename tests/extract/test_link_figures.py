"""Figures to projects: the figure in a project's words, not a group's the projects are listed from."""

from __future__ import annotations

import pytest


def test_a_portfolio_figure_is_no_projects(read):
    projects = read(
        "UE now operates 450 MW of wind and solar capacity in the country, including the 100 MW Zhanatas "
        "wind farm and the 50 MW Shokpar wind farm."
    )
    assert [(p["name"], p["capacities"]) for p in projects] == [
        ("Zhanatas wind farm", [("installed_power", 100.0)]),
        ("Shokpar wind farm", [("installed_power", 50.0)]),
    ]


def test_a_figure_before_the_only_project_of_its_sentence(read):
    (project,) = read("With 240 MW of installed capacity, the new Kokshetau CHP plant will open in 2027.")
    assert project["capacities"] == [("installed_power", 240.0)]


def test_per_unit_sizes_times_the_count(read):
    (project,) = read("The Arys wind farm consists of 20 wind turbines, each with a capacity of 5 MW.")
    assert ("installed_power", 100.0) in project["capacities"]


@pytest.mark.parametrize(
    "second",
    [
        "The Chinese manufacturer is to deliver 124 of its 6.5 MW turbines.",
        "Envision will supply 124 turbines next year.",
        "In all, 124 wind turbines will be installed.",
    ],
)
def test_a_count_of_units_in_a_sentence_naming_no_facility_is_the_last_projects(read, second):
    (project,) = read("The 1 GW Mirny wind farm in Zhambyl region was agreed on Friday. " + second)
    assert ("unit_count", 124.0) in project["capacities"]


def test_a_count_of_units_far_from_any_project_is_nobodys(read):
    (project,) = read(
        "The 1 GW Mirny wind farm in Zhambyl region was agreed on Friday. Talks went on. Dinner followed. "
        "Speeches were made. China makes 9,000 wind turbines a year."
    )
    assert [metric for metric, _ in project["capacities"]] == ["installed_power"]


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("The Kaskasu wind farm will add 100 MW, bringing its capacity to 250 MW.", 250.0),
        (
            "Four more units of 60 MW each will raise the capacity of the Ekibastuz CHP plant to 480 MW.",
            480.0,
        ),
        ("Adding 300 MW, the expansion increases the Turkestan solar park to about 1,000 MW.", 1000.0),
    ],
)
def test_the_size_a_change_brings_a_plant_to_is_its_size_not_the_addition(read, text, size):
    (project,) = read(text)
    assert project["capacities"] == [("installed_power", size)]


@pytest.mark.parametrize(
    "text",
    [
        "The coal-fired Dushanbe-2 plant came online in two phases, 2x50 MW in 2014 and 2x150 MW in 2016, "
        "for a total of 400 MW.",
        "The Dushanbe-2 heat and power plant has units of 100 MW and 300 MW, a combined capacity of 400 MW.",
    ],
)
def test_a_total_after_the_parts_is_the_plants_size(read, text):
    (project,) = read(text)
    assert project["capacities"] == [("installed_power", 400.0)]


def test_a_plant_combined_with_a_battery_keeps_its_own_size(read):
    projects = read(
        "Datang reached financial close for a 1,000 MW photovoltaic plant combined with a 300 MW/600 MWh "
        "energy storage system in Nurabad district, Samarkand region."
    )
    assert [(p["type"], p["capacities"]) for p in projects] == [("solar", [("installed_power", 1000.0)])]


@pytest.mark.parametrize(
    "second",
    [
        "The plant is the key element of a government programme to raise the country's total primary "
        "refining capacity to 30 million tonnes a year by 2030 from the current 18 million tonnes.",
        "It serves a plan to lift the nation's total refining capacity to 30 million tonnes a year from the "
        "present 18 million tonnes.",
    ],
)
def test_a_countrys_capacity_target_and_its_starting_point_are_no_plants(read, second):
    (project,) = read("The Shymkent refinery will be expanded. " + second)
    assert project["capacities"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The smelter in Almalyk will process 1.2 million tonnes of copper concentrate a year, with an annual "
        "output of 300,000 tons of copper cathode.",
        "The Almalyk smelter is designed to treat 1.2 million tonnes of copper concentrate a year and to "
        "produce 300,000 tonnes of copper a year.",
    ],
)
def test_an_output_is_a_smelters_size_before_the_feed_it_processes(read, text):
    (smelter,) = read(text)
    assert smelter["capacities"] == [("annual_output", 300000.0)]


def test_what_a_refinery_processes_is_its_size(read):
    (refinery,) = read("The Shymkent refinery processes 6 million tonnes of crude a year.")
    assert refinery["capacities"] == [("annual_output", 6e6)]


@pytest.mark.parametrize(
    ("text", "owner", "figure"),
    [
        (
            "KMG's Atyrau refinery, whose deep oil processing complex was built by Sinopec Engineering under "
            "a $1.7 billion contract, has a capacity of 5.5 million tonnes a year.",
            "Atyrau refinery",
            ("annual_output", 5500000.0),
        ),
        (
            "The Balkhash smelter, whose new sulphuric acid plant was built by China ENFI in 2019, has a "
            "capacity of 300,000 tonnes of copper a year.",
            "Balkhash smelter",
            ("annual_output", 300000.0),
        ),
    ],
)
def test_a_figure_after_a_relative_clause_is_the_described_facilitys(read, text, owner, figure):
    assert [p["name"] for p in read(text) if figure in p["capacities"]] == [owner]


@pytest.mark.parametrize(
    "text",
    [
        "With the second unit of 300 MW in operation, the Ekibastuz thermal power plant's installed "
        "capacity has reached 400 MW.",
        "After its 300 MW second phase, the capacity of the Ekibastuz thermal power plant reaches 400 MW.",
        "The second stage added 300 MW, and the Ekibastuz thermal power plant's total capacity reached "
        "about 400 MW.",
    ],
)
def test_the_size_a_plant_has_reached_is_its_size_not_the_part_added(read, text):
    (project,) = read(text)
    assert project["capacities"] == [("installed_power", 400.0)]


@pytest.mark.parametrize(
    ("field", "capacity"),
    [
        ("Design capacity - 800 thousand tonnes per year.", ("annual_output", 800000.0)),
        ("Processing capacity: 800,000 tonnes of crude a year", ("annual_output", 800000.0)),
        ("Annual output - 800 thousand tonnes.", ("annual_output", 800000.0)),
    ],
)
def test_a_figure_field_after_a_project_is_its_figure(read, field, capacity):
    (project,) = read(
        f"The Kemin oil refinery of Jinyuan Petroleum LLC in Chuy region resumed work.\n\n{field}"
    )
    assert project["capacities"] == [capacity]


_OUTPUT = [("annual_generation", 170000.0), ("installed_power", 100.0)]
_SIZE_ONLY = [("installed_power", 100.0)]


@pytest.mark.parametrize(
    ("second", "capacities"),
    [
        ("The annual production of electric energy will make 170 million kWh.", _OUTPUT),
        (
            "The tariff is 4.5 cents, the expected generation is 170 million kWh a year, and work starts.",
            _OUTPUT,
        ),
        ("Annual output will reach about 170 million kWh.", _OUTPUT),
        ("Its average yearly generation amounts to 170 million kWh.", _OUTPUT),
        ("Annual electricity generation is estimated at about 170 million kWh.", _OUTPUT),
        ("Expected annual output is projected to reach 170 million kWh.", _OUTPUT),
        ("Yearly generation stands at 170 million kWh.", _OUTPUT),
        ("Annual power output is put at 170 million kWh.", _OUTPUT),
        ("The country's annual generation is estimated at 117 billion kWh.", _SIZE_ONLY),
        ("The country's annual generation is 117 billion kWh.", _SIZE_ONLY),  # a country's, no plant's
        ("Annual generation in Kazakhstan will reach 117 billion kWh.", _SIZE_ONLY),
        ("National electricity production will make 117 billion kWh.", _SIZE_ONLY),
    ],
)
def test_a_clause_whose_subject_is_an_output_gives_the_last_project_its_figure(read, second, capacities):
    (project,) = read(f"The 100 MW Tolebi solar plant in Turkistan region was agreed. {second}")
    assert project["capacities"] == capacities


def test_a_figure_field_with_no_project_before_it_is_no_ones(read):
    assert read("Numbers of the week.\n\nInstalled capacity - 24 thousand MW.") == []


@pytest.mark.parametrize(
    "second",
    [
        "With the Kungrad station, the installed capacity of wind farms in Uzbekistan has reached 2.2 GW.",
        "After its launch the total capacity of solar plants in the country stands at 3,100 MW.",
        "The plant lifts the capacity of all wind farms in Kazakhstan to 1.4 GW.",
    ],
)
def test_the_capacity_of_a_kind_of_facility_is_no_one_projects(read, second):
    (farm,) = read(
        f"The 1,000 MW Kungrad wind farm in Karakalpakstan reached full capacity in October. {second}"
    )
    assert farm["capacities"] == [("installed_power", 1000.0)]


def test_a_figure_past_a_comma_after_a_places_facilities_is_the_one_plants(read):
    (refinery,) = read(
        "CNPC already co-owns with KMG the refinery in the southern city of Shymkent, one of Kazakhstan's "
        "three major refineries, which raised its processing capacity to 6 million tonnes of crude a year."
    )
    assert refinery["capacities"] == [("annual_output", 6e6)]


@pytest.mark.parametrize(
    ("text", "metric", "whole"),
    [
        (
            "CCDC is building a gas treatment plant at Galkynysh. The plant is designed to process 10bn "
            "m3/yr of raw gas, with a first 5bn m3/yr train due on line at the end of 2026.",
            "annual_volume",
            10e9,
        ),
        (
            "Masdar is building a solar plant in Samarkand region with an initial 100 MW phase; the plant "
            "will reach 500 MW in 2027.",
            "installed_power",
            500.0,
        ),
        (
            "ACWA Power will build a wind farm in Karakalpakstan: a first 500 MW stage in 2026 and 1,500 MW "
            "in all by 2028.",
            "installed_power",
            1500.0,
        ),
    ],
)
def test_the_size_of_a_first_stage_is_not_the_whole_plants(read, text, metric, whole):
    [project] = read(text)
    assert [value for m, value in project["capacities"] if m == metric] == [whole]


@pytest.mark.parametrize(
    "second",
    [
        "Zaisan Agro Oil LLP, set up with a Chinese partner, will produce up to 40,000 tonnes of vegetable "
        "oil a year.",
        "Zaisan Agro Oil LLP will turn out 40,000 tonnes of vegetable oil a year.",
        "Zaisan Agro Oil LLP is to produce about 40,000 tonnes of oil annually.",
    ],
)
def test_what_the_company_opening_the_next_sentence_will_make_is_the_new_plants(read, second):
    [plant] = read(
        f"On the outskirts of Zaysan, the walls of a new oil extraction plant are going up. {second}"
    )
    assert plant["capacities"] == [("annual_output", 40000.0)]


def test_what_a_company_made_last_year_is_no_plants_size(read):
    [mine] = read(
        "KAZ Minerals operates the Aktogay mine in Abai region. KAZ Minerals produced 300,000 tonnes of "
        "copper last year."
    )
    assert mine["capacities"] == []


@pytest.mark.parametrize(
    "plan",
    [
        "one each in Semey and Ust-Kamenogorsk (Oskemen), with 360MW and 645Gcal/h each",
        "one each in Semey and Ust-Kamenogorsk, with 360 MW and 645 Gcal/h each",
        "one each in Semey and Ust-Kamenogorsk, of 360 MW each",
    ],
)
def test_a_size_each_past_a_second_figure_is_each_plants(read, plan):
    projects = read(f"The ministry has confirmed plans for two new coal-fired CHPs: {plan}.")
    assert [(p["locality"], p["capacities"]) for p in projects] == [
        ("Semey", [("installed_power", 360.0)]),
        ("Ust-Kamenogorsk", [("installed_power", 360.0)]),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "The unit burns low-grade brown coal and will produce around 1 billion kWh a year.",
        "The new unit will generate about 1 billion kilowatt-hours of electricity annually.",
        "The new power unit will make it possible to produce about 1 billion kWh of electricity annually.",
    ],
)
def test_what_the_unit_just_built_will_make_is_its_plants(read, second):
    [plant] = read(
        "CNEEC completed the 150MW unit at the Angren thermal power plant in Tashkent region earlier this "
        f"month. {second}"
    )
    assert sorted(plant["capacities"]) == [("annual_generation", 1000000.0), ("installed_power", 150.0)]


@pytest.mark.parametrize(
    "second",
    [
        "It is expected to produce about 520 million kWh of electricity a year.",
        "It is estimated to generate some 520 million kWh annually, enough for 300,000 households.",
    ],
)
def test_what_it_is_expected_to_make_is_the_projects(read, second):
    [farm] = read(
        "The 150 MW Kordai wind farm in Zhambyl region was launched in 2021. The wind farm, owned by Kordai "
        f"Wind Energy LLP, was built by PowerChina. {second}"
    )
    assert sorted(farm["capacities"]) == [("annual_generation", 520000.0), ("installed_power", 150.0)]


@pytest.mark.parametrize(
    "second",
    [
        "The project includes 32 turbines, a 220/35 kV substation and a 24 km transmission line, and is "
        "expected to produce around 680 million kWh of electricity a year.",
        "The wind farm will have 32 turbines, its own substation and a 24 km line to the grid, and will "
        "generate around 680 million kWh a year.",
    ],
)
def test_a_figure_of_the_subjects_second_verb_is_the_subjects_not_its_last_parts(read, second):
    projects = read(
        f"Construction began on a 200 MW wind farm in Enbekshikazakh district, Almaty region. {second}"
    )
    farm = next(p for p in projects if p["type"] == "wind")
    assert ("annual_generation", 680000.0) in farm["capacities"]


@pytest.mark.parametrize(
    "second",
    [
        "The two existing plants together process about 14 bcm a year.",
        "Both older plants treat some 14 billion cubic metres a year.",
    ],
)
def test_what_the_two_other_plants_treat_is_not_the_one_just_named(read, second):
    [plant] = read(
        "Turkmengaz said CNPC would build a third gas processing plant at Bagtyyarlyk, in Lebap velayat, "
        f"with a capacity of 5 billion cubic metres a year. {second}"
    )
    assert plant["capacities"] == [("annual_volume", 5000000000.0)]


def test_the_unit_later_in_a_sentence_leaves_the_units_size_to_its_plant(read):
    projects = read(
        "Universal Energy runs the 100-MW Shokpar wind farm. A plan to finance a third, 636-MW unit at the "
        "Ekibastuz GRES-2 fell through in 2021, and the unit is now being built with Russian money."
    )
    assert [(p["name"], p["capacities"]) for p in projects] == [
        ("Shokpar wind farm", [("installed_power", 100.0)]),
        ("Ekibastuz GRES-2", [("installed_power", 636.0)]),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "The two Sangardak plants, with 140 MW in total, are due in 2028.",
        "Both Sangardak stations will have 140 MW in total.",
    ],
)
def test_a_named_pair_after_one_of_them_is_theirs(read, second):
    [plant] = read(
        "China Gezhouba has poured the first concrete into the dam of Sangardak HPP-1 in Sariosiyo district "
        f"of Surkhandarya region. {second}"
    )
    assert plant["capacities"] == [("installed_power", 140.0)]


@pytest.mark.parametrize(
    "parts", ["Both gas turbines have been installed.", "The two gas turbines are on their foundations."]
)
def test_a_counted_plural_of_parts_still_speaks_of_the_plant(read, parts):
    projects = read(
        "Almaty CHP-2.\n\nThe reconstruction of the station with conversion to natural gas is 78% complete. "
        f"{parts} The 600 MW combined-cycle unit is to be put into operation before the heating season."
    )
    assert [p["name"] for p in projects] == ["Almaty CHP-2"]


@pytest.mark.parametrize(
    ("first", "second", "size"),
    [
        (
            "China Datang will build a 500 MW solar plant in Surkhandarya region.",
            "Uzbekistan plans to bring the capacity of its solar and wind power plants to 8 gigawatts by "
            "2030.",
            500.0,
        ),
        (
            "PowerChina is building a 300 MW wind farm near Ereymentau.",
            "The government intends to raise the total capacity of wind farms in the country to 5 GW by "
            "2030.",
            300.0,
        ),
    ],
)
def test_a_target_for_a_kind_of_plant_is_not_the_project_spoken_of(read, first, second, size):
    (project,) = read(f"{first} {second}")
    assert project["capacities"] == [("installed_power", size)]


@pytest.mark.parametrize(
    ("text", "size"),
    [
        (
            "TBEA modernised the Bishkek combined heat and power plant. Two new 150-megawatt units were "
            "installed, raising the plant's installed capacity from 666 to 812 megawatts.",
            812.0,
        ),
        (
            "Sinohydro built a 50 MW unit at the Kambarata hydropower plant in 2010, which increased its "
            "capacity from 120 to 170 MW.",
            170.0,
        ),
    ],
)
def test_the_size_a_change_reaches_from_a_bare_number_is_the_plants(read, text, size):
    (project,) = read(text)
    assert project["capacities"] == [("installed_power", size)]


@pytest.mark.parametrize(
    ("second", "capacities"),
    [
        (
            "The complex will process 440 million cubic meters of gas a year and use 150,000 tonnes of salt.",
            [],
        ),
        ("It uses 1.7 billion cubic metres of natural gas a year as feedstock.", []),
        (
            "The complex will process 4.5 bcm of gas a year to make 387,000 tonnes of PVC.",
            [("annual_output", 387000.0)],
        ),
        (
            "It is designed to take around 1.72bn cubic metres/year of natural gas and convert it into 1.67m "
            "tonnes/year of methanol.",
            [("annual_output", 1670000.0)],
        ),
    ],
)
def test_what_a_chemical_plant_takes_in_is_no_size_of_it(read, second, capacities):
    (complex_,) = read(f"Navoiyazot launched a PVC complex in Navoi region. {second}")
    assert complex_["capacities"] == capacities


@pytest.mark.parametrize(
    ("field", "capacity"),
    [
        ("Capacity – 60,000 tonnes of metallic silicon per year.", 60000.0),
        ("Capacity: 12,000 tonnes of cable and wire products a year.", 12000.0),
        ("Output - 450,000 tonnes of ammonia per year.", 450000.0),
    ],
)
def test_a_figure_field_naming_its_product_is_the_items_figure(read, field, capacity):
    (plant,) = read(
        "Projects of the region.\n\n4. Construction of a plant for the production of cable products in "
        f"Ust-Kamenogorsk. Investor – ZTT Co., Ltd. (China). {field} Project cost – 9.8 billion tenge."
    )
    assert (plant["type"], plant["capacities"]) == ("manufacturing", [("annual_output", capacity)])


@pytest.mark.parametrize(
    "text",
    [
        "3. Plant for the production of cable and wire products in Ust-Kamenogorsk.",
        "A cable plant will be built in Ust-Kamenogorsk.",
    ],
)
def test_a_cable_plant_is_a_factory(read, text):
    (plant,) = read(text)
    assert (plant["type"], plant["locality"]) == ("manufacturing", "Ust-Kamenogorsk")


@pytest.mark.parametrize(
    "second",
    [
        "It has a design capacity of 517,000 tonnes a year but produced barely 120,000 tonnes last year.",
        "Its capacity is 517,000 tonnes a year, while it produced 120,000 tonnes in 2013.",
    ],
)
def test_a_size_stays_beside_a_years_actual_output_in_the_next_clause(read, second):
    (smelter,) = read(f"In Tursunzoda, the aluminium smelter TALCO is the country's main exporter. {second}")
    assert smelter["capacities"] == [("annual_output", 517000.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Silleno LLP is building a polyethylene plant in Atyrau region. The plant is designed to produce "
        "1.25 million tons of polyethylene a year from about 1.7 million tons of ethane.",
        "Silleno LLP is building a polyethylene plant in Atyrau region. It will make 1.25 million tons of "
        "polyethylene annually from 1.7 million tons of ethane supplied by Tengizchevroil.",
        "Silleno LLP is building a polyethylene plant in Atyrau region. The plant will turn out 1.25 million "
        "tons of polyethylene per year made from 1.7 million tons of ethane.",
    ],
)
def test_what_a_chemical_plant_makes_its_output_from_is_no_size(read, text):
    assert [p["capacities"] for p in read(text)] == [[("annual_output", 1250000.0)]]


@pytest.mark.parametrize(
    "units",
    [
        "The first phase will have two 200 MW coal-fired circulating fluidized bed units.",
        "It will have two 200 MW supercritical coal-fired power units.",
    ],
)
def test_counted_units_a_sentence_later_size_the_plant_they_belong_to(read, units):
    projects = read(
        "PowerChina signed an EPC contract for the Bishkek CHP-2 in Bishkek. The signing was witnessed by "
        f"the chairman of the cabinet. {units}"
    )
    assert [(p["name"], p["capacities"]) for p in projects] == [
        ("Bishkek CHP-2", [("installed_power", 400.0)])
    ]

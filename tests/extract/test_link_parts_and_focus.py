"""A project's parts are no projects, and the project stays in focus: 'It will include a battery',
'its own coal-fired power plant'; what a sentence about one project says in any clause is that project's."""

from __future__ import annotations

import pytest

from pipelines.domain.extract.annotate.cues import find_status_cues
from pipelines.domain.extract.annotate.quantities import find_quantities

_WIND = (
    "title: t\n\nThe ministry and China Datang signed an agreement on a 1,000 MW wind power plant in Abai "
    "region. It will include a battery energy storage system with a capacity of 300 MW / 1,200 MWh. "
    "The total investment in the project is estimated at 1.3 billion US dollars. China Datang will finance "
    "the project at the expense of its own and borrowed funds.\n"
)


def test_a_part_the_project_includes_is_no_project_and_its_figures_are_set_aside(read_tables):
    tables = read_tables(_WIND)
    frames = tables["project_frames"]
    assert set(frames.project_type) == {"wind"}
    assert list(tables["capacities"].value_std) == [1000.0]
    assert 300.0 in list(tables["unassigned_quantities"].value_std)


def test_the_project_after_its_part_is_the_whole_and_its_financier_is_named_next(read_tables):
    investments = read_tables(_WIND)["investments"]
    assert list(zip(investments.amount_usd, investments.investor_surface, strict=True)) == [
        (1.3e9, "China Datang")
    ]


def test_a_smelters_own_power_plant_is_a_project_with_its_size(read):
    text = (
        "title: t\n\nAn agreement on the construction of an aluminium smelter in Ekibastuz was signed. "
        "The smelter will be supplied with electricity from its own coal-fired power plant with a capacity "
        "of 1,320 MW.\n"
    )
    assert [(p["type"], p["capacities"]) for p in read(text)] == [
        ("smelter", []),
        ("thermal", [("installed_power", 1320.0)]),
    ]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The commissioning of the station is scheduled for 2027.", "announced"),
        ("Its launch is planned for 2026.", "announced"),
        ("The plant was commissioned in 2020.", "operating"),
        ("The mine shipped its first concentrate in November 2023.", "operating"),
    ],
)
def test_what_is_scheduled_is_announced_and_what_shipped_operates(ref, sentence, status):
    assert [c.value for c in find_status_cues(sentence, ref)][:1] == [status]


def test_a_sentence_about_one_project_states_its_status_in_any_clause(read_tables):
    text = (
        "title: t\n\nThe Bash wind farm in the Bukhara region has 79 turbines. All 79 Goldwind turbines are "
        "now connected to the grid; the plant will generate about 1.65 billion kWh a year.\n"
    )
    frames = read_tables(text)["project_frames"]
    assert "operating" in set(frames.status)


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("All 79 Goldwind turbines (6.3 MW each) are now connected.", [79.0]),
        ("In 2023 Goldwind turbines were shipped to the site.", []),
        ("Since 2021 turbines have been made here.", []),
    ],
)
def test_a_count_of_a_makers_turbines_is_a_count_and_a_year_is_not(ref, sentence, counts):
    assert [q.value_std for q in find_quantities(sentence, ref) if q.metric == "unit_count"] == counts


def test_a_plant_named_for_a_company_is_that_companys_plant_not_the_last_one_named(read):
    text = (
        "title: t\n\nConstruction of the polyethylene plant of Silleno LLP in the Atyrau region has begun. "
        "The first phase, the polypropylene plant of Kazakhstan Petrochemical Industries (KPI), produced "
        "470,000 tonnes in 2024. The KPI plant was built by Sinopec Engineering.\n"
    )
    assert [(p["type"], "Sinopec Engineering" in p["participants"]) for p in read(text)] == [
        ("chemical", False),
        ("chemical", True),
    ]


def test_every_item_a_complex_will_include_is_its_part(read):
    text = (
        "title: t\n\nEast Hope and the government signed an agreement on an integrated aluminium complex in "
        "Ekibastuz. The complex will include an aluminium smelter with a capacity of 1 million tonnes a "
        "year, an alumina refinery and a coal-fired power plant of 2,640 MW. Its workers will be local. "
        "Officials said. The complex is to burn about 15 million tonnes of coal a year.\n"
    )
    assert [(p["type"], p["locality"]) for p in read(text)] == [("smelter", "Ekibastuz")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Datang will build a 500 MW wind power plant with a 100 MW / 200 MWh battery energy storage system "
        "in Peshku district of Bukhara region.",
        'Object of expertise: the project "Construction of a 500 MW wind farm with a 100 MW/200 MWh battery '
        'energy storage system in Peshku district, Bukhara region".',
        "A 500 MW wind farm combined with a 300 MW/1,200 MWh battery energy storage system will be built in "
        "Peshku district of Bukhara region.",
    ],
)
def test_a_storage_system_sized_in_power_and_energy_is_the_plants_part(read, sentence):
    [farm] = read(sentence)
    assert (farm["type"], farm["locality"], farm["region"]) == ("wind", "Peshku", "Bukhara")
    assert farm["capacities"] == [("installed_power", 500.0)]


@pytest.mark.parametrize(
    "opening",
    [
        "- It consists of three stations",
        "The cascade comprises three stations",
        "It consists of three plants",
        "According to the ministry, the cascade will consist of three plants",
        "As planned, it comprises three stations",
    ],
)
def test_the_stations_a_cascade_consists_of_make_up_the_cascade(read, opening):
    text = (
        "title: t\n\n- The Chon-Kemin cascade is the best known of the Chinese projects.\n\n"
        f"{opening} on the Chon-Kemin river, with a total capacity of 28 MW.\n"
    )
    [cascade] = read(text)
    assert (cascade["name"], cascade["capacities"]) == ("Chon-Kemin cascade", [("installed_power", 28.0)])


@pytest.mark.parametrize(
    "sentence",
    [
        'In the zone "Ordabasy" it is planned to build an enterprise on the production of solar panels.',
        "The company will build an enterprise for the manufacture of transformers in Shymkent.",
    ],
)
def test_an_enterprise_making_goods_is_a_factory(read, sentence):
    [factory] = read(f"title: t\n\n{sentence}\n")
    assert factory["type"] == "manufacturing"


def test_an_alumina_refinery_is_metals_not_oil(read):
    [refinery] = read("title: t\n\nAn alumina refinery will be built in Pavlodar by East Hope.\n")
    assert refinery["type"] == "smelter"


def test_a_plants_unit_spoken_of_alone_is_its_part_and_the_whole_plant_is_the_plant(read_tables):
    text = (
        "title: t\n\nConstruction of the gas chemical complex of Taraz GasChemical LLP in Zhambyl region is "
        "35 percent complete. The complex will produce 660 thousand tonnes of carbamide per year. "
        "The ammonia unit with a capacity of 450 thousand tonnes per year will be tested first, "
        "and the whole plant is to be launched in 2027.\n"
    )
    tables = read_tables(text)
    assert set(tables["project_frames"].refers_to.dropna()) == set(tables["project_frames"].frame_id[:1])
    assert list(tables["capacities"].value_std) == [660000.0]


def test_the_complex_is_not_the_solar_plant_just_named_beside_it(read):
    text = (
        "title: t\n\nThe chemical complex of the joint venture in Zhambyl region is being built.\n\n"
        "The Chinese company Hubei Yihua has proposed to build a 100 MW solar power plant nearby that would "
        "supply part of the complex's electricity. Hubei Yihua will pay for it.\n"
    )
    projects = read(text)
    assert [(p["type"], p["region"]) for p in projects] == [("chemical", "Zhambyl"), ("solar", "Zhambyl")]
    assert "Hubei Yihua" in projects[1]["participants"]


_SPLIT = (
    "title: t\n\nA petrochemical complex is to be built in the Aktobe region by Tianjin Bohua.\n\n"
    "Construction of the complex will be split into two phases. "
)


def test_a_plant_a_phase_of_no_number_brings_is_the_complexs(read):
    [complex_] = read(_SPLIT + "A later phase will bring a 300,000 tpa ethylene plant.\n")
    assert (complex_["region"], complex_["capacities"]) == ("Aktobe", [("annual_output", 300000.0)])


def test_a_plant_a_numbered_phase_brings_is_that_phases(read):
    complex_, phase = read(_SPLIT + "The second stage will add a 300,000 tpa ethylene plant.\n")
    assert (complex_["capacities"], phase["region"], phase["capacities"]) == (
        [],
        "Aktobe",
        [("annual_output", 300000.0)],
    )


def test_a_company_called_an_enterprise_is_no_facility(read):
    text = "title: t\n\nChina Power ranks as the world's largest solar energy enterprise.\n"
    assert read(text) == []


def test_each_of_two_plants_rated_at_a_size_has_that_size(read):
    text = (
        "title: t\n\nUniversal Energy connected a 400 MW solar plant in Jizzakh region.\n\n"
        "The company's two earlier plants, each rated at 300 MW, are in Kashkadarya and Bukhara regions.\n"
    )
    assert [(p["region"], p["capacities"]) for p in read(text)] == [
        ("Jizzakh", [("installed_power", 400.0)]),
        ("Kashkadarya", [("installed_power", 300.0)]),
        ("Bukhara", [("installed_power", 300.0)]),
    ]


def test_their_total_after_a_cascade_of_listed_plants_is_the_cascades(read):
    text = (
        "title: t\n\nPowerChina signed an agreement on the Kazarman cascade in the Jalal-Abad region.\n\n"
        "The cascade will consist of four hydropower plants: Kazarman HPP, Karabulun HPP-1, Karabulun HPP-2 "
        "and Toguz-Toro HPP. Their total installed capacity will be 1,160 MW.\n"
    )
    cascade = read(text)[0]
    assert (cascade["name"], cascade["capacities"]) == ("Kazarman cascade", [("installed_power", 1160.0)])


@pytest.mark.parametrize(
    "sentence",
    [
        "It should be noted that currently 147 renewable energy facilities with a total capacity of 2,903 MW "
        "operate in Kazakhstan.",
        "By 2029, it is planned to commission an additional 6.5 GW of renewable capacity.",
    ],
)
def test_a_sectors_totals_after_it_should_be_noted_are_no_projects(read, sentence):
    text = f"title: t\n\nChina Datang will build a 1,000 MW wind farm in the Abai region.\n\n{sentence}\n"
    [farm] = read(text)
    assert farm["capacities"] == [("installed_power", 1000.0)]


def test_a_stated_size_wins_over_units_times_their_rating(read):
    text = (
        "title: t\n\nThe Bash wind farm in the Bukhara region has a capacity of 500 MW. All 79 Goldwind "
        "turbines (6.3 MW each) are now connected to the grid.\n"
    )
    [farm] = read(text)
    assert sorted(farm["capacities"]) == [("installed_power", 500.0), ("unit_count", 79.0)]


def test_coal_a_plant_burns_is_no_output(read):
    text = (
        "title: t\n\nThe aluminium complex in Ekibastuz is to burn about 15 million tonnes of coal a year.\n"
    )
    [complex_] = read(text)
    assert complex_["capacities"] == []


def test_a_smelters_own_power_plant_of_units_each_is_a_project_with_their_total(read):
    text = (
        "The first stage includes an aluminium smelter of 1 million tonnes a year and its own coal-fired "
        "power plant consisting of four units of 660 MW each."
    )
    assert [(p["type"], p["capacities"]) for p in read(text)] == [
        ("smelter", [("annual_output", 1e6)]),
        ("thermal", [("installed_power", 2640.0)]),
    ]


def test_a_wind_farms_own_substation_stays_its_part(read):
    (farm,) = read("The wind farm in Zhambyl region will have its own 220 kV substation.")
    assert farm["type"] == "wind"


@pytest.mark.parametrize(
    "second",
    [
        "The $120-million expansion, funded from Zijin's own resources, included a new grinding mill, a 12 "
        "km tailings pipeline and a 110 kV substation.",
        "The expansion included a 12 km tailings pipeline and a 110 kV substation.",
        "It included a 12 km tailings pipeline and a 110 kV substation.",
    ],
)
def test_what_an_expansion_included_is_the_projects_part(read, second):
    projects = read("Zijin has expanded its Jilau gold mine in Sughd region. " + second)
    assert [(p["name"], p["type"]) for p in projects] == [("Jilau gold mine", "mining")]


@pytest.mark.parametrize(
    "second",
    [
        "Located near the village of Shokpar, about 130 kilometers west of Almaty, the project will install "
        "32 wind turbines, a 220 kV booster station and a 42-kilometer transmission line.",
        "The project will install 32 turbines and a 42 km transmission line.",
        "The wind farm will install 32 turbines of 6.25 MW, and a 110 kV step-up substation with a line.",
        "The new wind power plant will also install a 220 kV booster station.",
    ],
)
def test_what_a_project_will_install_is_its_part(read, second):
    projects = read(
        "HDEC signed the EPC contract for the 200 MW Shokpar wind farm in Zhambyl region. " + second
    )
    assert [(p["type"], p["locality"]) for p in projects] == [("wind", "Shokpar")]


@pytest.mark.parametrize(
    "works",
    [
        "The project plans to install 32 turbines and newly build one 220 kV booster station and a "
        "46-kilometre 220 kV line.",
        "The wind farm will also build a 110 kV substation.",
        "The new wind power plant is expected to construct a 35 km 220 kV transmission line to the grid.",
    ],
)
def test_a_line_or_substation_the_project_builds_is_its_part(read, works):
    farm = "China Power will build a 200 MW wind farm in Zhualy district, Zhambyl region."
    text = f"title: t\n\n{farm} {works}\n"
    assert [p["type"] for p in read(text)] == ["wind"]


def test_a_substation_a_company_builds_is_a_project(read):
    text = (
        "title: t\n\nChina Power will build a 200 MW wind farm in Zhualy district, Zhambyl region. "
        "KEGOC will build a 220 kV substation in Taraz.\n"
    )
    assert [p["type"] for p in read(text)] == ["wind", "transmission"]


@pytest.mark.parametrize(
    "text",
    [
        "Huadian will build a wind farm in Fergana region. The project includes an energy storage system of "
        "300 MW.",
        "Huadian will build a wind farm with a 300 MW storage system in Fergana region.",
        "Huadian will build a wind farm in Fergana region, including a battery storage system of 300 MW.",
    ],
)
def test_the_size_of_a_part_told_with_a_plant_is_not_the_plants(read, text):
    assert [(p["type"], p["capacities"]) for p in read(text) if p["type"] == "wind"] == [("wind", [])]


@pytest.mark.parametrize(
    "elements",
    [
        "(turbine foundations, crane pads, internal roads, substation, BESS site, O&M building)",
        "(substation, access roads and a camp)",
        "(foundations, cable trenches, substation)",
    ],
)
def test_a_bare_facility_noun_listed_in_brackets_is_a_site_element_not_a_project(read, elements):
    text = (
        "title: t\n\nChina Datang will build a 500 MW wind farm in Peshku district of Bukhara region. "
        f"The total area of the plot is 12,400 ha, of which the permanent land take {elements} is 86.5 ha. "
        "The project envisages the installation of 80 wind turbines of 6.25 MW each.\n"
    )
    [farm] = read(text)
    assert farm["type"] == "wind"
    assert dict(farm["capacities"]) == {"installed_power": 500.0, "unit_count": 80.0}


@pytest.mark.parametrize(
    "sentence",
    [
        "The largest new Chinese site is the Kazarman cascade on the Naryn River in Jalal-Abad region, four "
        "hydropower plants with a total capacity of 1,160 MW.",
        "PowerChina is building the Kazarman cascade, four hydropower plants of 1,160 MW in all.",
        "3. Kazarman cascade on the Naryn River (Toguz-Toro district, Jalal-Abad region): four hydropower "
        "stations with a total installed capacity of 1,160MW.",
    ],
)
def test_the_counted_plants_set_after_a_cascade_are_the_cascade(read, sentence):
    [cascade] = read(f"title: t\n\n{sentence}\n")
    assert (cascade["name"], cascade["capacities"]) == ("Kazarman cascade", [("installed_power", 1160.0)])


@pytest.mark.parametrize(
    "second",
    [
        "The total cost of the project, including the mine, the mill and a 110 kV power supply line, is "
        "estimated at $245 million.",
        "The project (including a mill and a 35 km power line) will cost $245 million.",
        "The project, comprising an open-pit mine, a mill and a power line, will cost $245 million.",
    ],
)
def test_the_parts_a_participle_lists_after_one_project_are_no_projects(read, second):
    (mine,) = read(f"Zijin Mining bought the Taldybulak gold deposit in Chui Oblast. {second}")
    assert (mine["type"], mine["region"]) == ("mining", "Chuy")


def test_plants_listed_after_several_are_projects_of_their_own(read):
    projects = read(
        "Zijin Mining bought the Taldybulak gold deposit in Chui Oblast. Chinese firms have built several "
        "plants in Kazakhstan, including a 50 MW solar plant in Shu."
    )
    assert [(p["type"], p["locality"]) for p in projects] == [("mining", "Taldybulak"), ("solar", "Shu")]


@pytest.mark.parametrize(
    "second",
    [
        "The deposit will be developed as an open-pit mine with a processing plant.",
        "It will be developed as a combined open-pit and underground mine.",
        "The project is to be built as an open-pit mine.",
    ],
)
def test_the_shape_a_project_will_be_developed_as_is_no_other_project(read, second):
    (mine,) = read(f"Zijin Mining bought the Taldybulak gold deposit in Chui Oblast. {second}")
    assert mine["locality"] == "Taldybulak"


@pytest.mark.parametrize("life", ["over a mine life of 13 years", "over a 13-year plant lifetime"])
def test_a_mines_life_is_no_mine(read, life):
    (mine,) = read(
        "Zijin Mining bought the Taldybulak gold deposit in Chui Oblast. Average annual gold production is "
        f"expected to be about 4 tonnes {life}."
    )
    assert mine["capacities"] == [("annual_output", 4.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Dongfang Electric will replace the four hydro units of the Farhad HPP in Shirin, Syrdarya region.",
        "The hydro units of the Farhad HPP in Shirin will be replaced by 2023.",
        "Two power units of the Farhad HPP in Shirin will be rebuilt.",
    ],
)
def test_the_units_of_a_plant_are_the_plants_news(read, text):
    (plant,) = read(text)
    assert (plant["name"], plant["region"], plant["locality"]) == ("Farhad HPP", "Syrdarya", "Shirin")


@pytest.mark.parametrize(
    "second",
    [
        '"The new wind farm, together with the 45 MW Yereymentau WPP of First Wind Power Plant LLP operating '
        'since 2015, makes the district the largest wind cluster," he said.',
        "The new farm, along with the 45 MW Yereymentau WPP of First Wind Power Plant LLP, feeds the north.",
    ],
)
def test_a_plant_told_together_with_another_is_no_part_of_it(read, second):
    new, old = read(
        f"A 200 MW wind farm was put into operation in Yereymentau district of Akmola region. {second}"
    )
    assert new["capacities"] == [("installed_power", 200.0)]
    assert (old["name"], old["capacities"]) == ("Yereymentau WPP", [("installed_power", 45.0)])
    assert old["participants"] == {"First Wind Power Plant LLP": "partner"}


@pytest.mark.parametrize(
    "text",
    [
        "China Huaneng will build a 400 MW photovoltaic power plant together with an energy storage system "
        "of 200 MW / 400 MWh in Kattakurgan district of Samarkand region.",
        "Huaneng will build a 400 MW solar plant along with a 200 MW battery in Kattakurgan district of "
        "Samarkand region.",
    ],
)
def test_a_plant_built_together_with_its_storage_is_one_project(read, text):
    (plant,) = read(text)
    assert (plant["type"], plant["region"], plant["capacities"]) == (
        "solar",
        "Samarkand",
        [("installed_power", 400.0)],
    )

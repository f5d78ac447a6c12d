"""Where a plant stands (a deposit or field, a district, a 'where' clause, a list item's head), what kind it
is (gas-fired, cable, rolling stock), and what is no project: the grid a plant joins, the lines built to
connect it, a company's facilities told in general, a facility denied by 'no'."""

from __future__ import annotations

import pytest

from pipelines.domain.extract.process import process_article


@pytest.mark.parametrize(
    ("text", "kind", "site"),
    [
        (
            "Tau-Ken Samruk signed an EPC contract for a mining and processing complex at the Shalkiya "
            "zinc-lead deposit in Kyzylorda region.",
            "mining",
            "Shalkiya",
        ),
        (
            "QazaqGaz began building a gas processing plant with a capacity of 1 billion cubic meters per "
            "year at the Kashagan field in Atyrau region.",
            "oil_gas",
            "Kashagan",
        ),
        ("The company operates a copper mine at the Aktogay deposit in Abai region.", "mining", "Aktogay"),
        (
            "A 300 MW coal-fired power plant will be built on the Fon-Yagnob coal deposit in Sughd region.",
            "thermal",
            "Fon-Yagnob",
        ),
        (
            "AMMC and Sichuan Yahua are building a pilot plant at the Shavazsay lithium-bearing clay "
            "deposit in Tashkent region.",
            "mining",
            "Shavazsay",
        ),
        ("Jiaxin will build a plant at the Boguty tungsten deposit in Almaty region.", "mining", "Boguty"),
        (
            "A new plant is being built at the Kuru-Tegerek deposit in Jalal-Abad region.",
            "mining",
            "Kuru-Tegerek",
        ),
        (
            "In Kemin district of Chui region, Altynken is building a mine and plant at the Taldy-Bulak "
            "Levoberezhny deposit.",
            "mining",
            "Taldy-Bulak",
        ),
        (
            "In Chatkal district, Full Gold Mining runs a mine and concentrator at the Ishtamberdy deposit.",
            "mining",
            "Ishtamberdy",
        ),
    ],
)
def test_a_facility_at_a_deposit_or_field_is_one_project_sited_there(read, text, kind, site):
    (project,) = read(text)
    assert (project["type"], project["locality"]) == (kind, site)


@pytest.mark.parametrize(
    "text",
    [
        "China Datang has connected its 300 MW Jizzakh solar power plant to Uzbekistan's grid.",
        "The 300 MW Jizzakh solar power plant now feeds power into the national grid.",
        "The cost of the 300 MW Jizzakh solar power plant rose because of higher grid connection costs.",
        "The 300 MW Jizzakh solar power plant was built next to a substation of the grid operator NEGU.",
        "The 300 MW Jizzakh solar power plant waited a year for a grid study by the operator.",
        "Grid studies for the 300 MW Jizzakh solar power plant took eighteen months.",
        "The 300 MW Jizzakh solar power plant passed a grid survey in May.",
        "The batteries will let the 300 MW Jizzakh solar power plant give power to the grid in the evening.",
        "At night the 300 MW Jizzakh solar power plant sends its stored power to the grid of Jizzakh.",
    ],
)
def test_the_grid_a_plant_joins_is_no_project(read, text):
    assert [p["type"] for p in read(text)] == ["solar"]


@pytest.mark.parametrize(
    "text",
    [
        "To connect the farm, KEGOC built a 35-km 220 kV line to its Ayagoz substation.",
        "To ensure power supply, the company plans to build a 110 kV substation and a 25 km transmission "
        "line connecting the mine to the grid.",
        "A 220 kV line linking the new wind farm to the Shu substation will be laid by KEGOC.",
    ],
)
def test_lines_built_to_connect_a_facility_are_its_part(read, text):
    assert all(p["type"] != "transmission" for p in read(text))


@pytest.mark.parametrize(
    "text",
    [
        "The 250 MW Shokpar wind farm will be tied to the national grid via a new 30 km 220 kV line.",
        "The 250 MW Shokpar wind farm will feed its power through a 110/35 kV substation and a 17 km "
        "overhead line to the existing Shu substation of KEGOC.",
        "Power from the 250 MW Shokpar wind farm is to come through a 12-kilometre 110 kV line from an "
        "existing substation.",
        "To evacuate the power of the 250 MW Shokpar wind farm, the developer will build a 110 kV substation "
        "and a 9 km line.",
        "The 250 MW Shokpar wind farm includes 40 turbines and a 220/35 kV step-up substation.",
        "The 250 MW Shokpar wind farm will need 60 km of 220 kV overhead line to the KEGOC grid.",
        "The 250 MW Shokpar wind farm is linked to the Kazakh grid through a 220 kV substation.",
    ],
)
def test_the_line_and_substation_that_connect_a_plant_are_its_part(read, text):
    (farm,) = read(text)
    assert (farm["type"], farm["capacities"][0]) == ("wind", ("installed_power", 250.0))


@pytest.mark.parametrize(
    "text",
    [
        "The region will get a 220 kV substation and a 110 kV line to supply power to the new cement plant.",
        "KEGOC is building the 220 kV Kentau substation to supply electricity to the town's mines.",
    ],
)
def test_a_line_or_substation_built_to_supply_a_plant_stays_a_project(read, text):
    assert "transmission" in [p["type"] for p in read(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A 500 kV line from the Ekibastuz substation to Shymkent will carry power from the north to the "
        "south.",
        "State Grid will build a 220 kV line that will deliver 800 million kWh a year from Xinjiang to "
        "southern Kyrgyzstan.",
        "KEGOC opened a 500 kV substation in Turkestan to take power from new wind and solar plants.",
    ],
)
def test_a_line_or_substation_of_its_own_stays_a_project(read, text):
    assert [p["type"] for p in read(text)] == ["transmission"]


@pytest.mark.parametrize(
    "second",
    [
        "The khokimiyat will spend 180 billion soums on an access road, a gas pipeline and a power line to "
        "the site.",
        "The akimat paid for a 10 km power line to the construction site.",
    ],
)
def test_lines_and_pipelines_built_to_the_site_are_its_part(read, second):
    projects = read(
        "Work began on a gas chemical complex in Karaulbazar district of Bukhara region. " + second
    )
    assert [(p["type"], p["locality"]) for p in projects] == [("chemical", "Karaulbazar")]


def test_a_line_between_two_substations_stays_a_project(read):
    (line,) = read("A 220 kV line connecting the Ekibastuz substation to Pavlodar is under construction.")
    assert (line["type"], line["status"]) == ("transmission", "construction")


@pytest.mark.parametrize(
    "text",
    [
        "Talks with China Huadian on a combined-cycle gas plant in Navoi region remain at an early stage.",
        "A combined cycle gas power plant of 1,500 MW will be built in Syrdarya region.",
        "The company will build a gas-piston power plant in Tashkent region.",
    ],
)
def test_a_gas_fired_power_plant_is_thermal(read, text):
    (plant,) = read(text)
    assert plant["type"] == "thermal"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("China Datang has connected its 300 MW Jizzakh solar plant to Uzbekistan's grid.", "operating"),
        ("PowerChina connected the first units of the Zhanatas wind farm to the grid.", "operating"),
        ("The Zhanatas wind farm will be connected to the grid in 2026.", "announced"),
    ],
)
def test_a_plant_connected_to_the_grid_operates(read, text, status):
    (plant,) = read(text)
    assert plant["status"] == status


@pytest.mark.parametrize(
    ("text", "region", "status"),
    [
        (
            "Industry here is tied to the neighbouring Shymkent, where the oil refinery of PKOP processes 6 "
            "million tonnes of oil per year.",
            "Shymkent",
            "operating",
        ),
        (
            "The minister visited Ekibastuz, where East Hope Group is building an aluminium smelter.",
            "Pavlodar",
            "construction",
        ),
        (
            "The delegation went on to Pavlodar region, where a 250,000-tonne smelter of KEZ has operated "
            "since 2007.",
            "Pavlodar",
            "operating",
        ),
    ],
)
def test_the_place_a_where_clause_opens_on_holds_its_facility(read, text, region, status):
    (plant,) = read(text)
    assert (plant["region"], plant["status"]) == (region, status)


@pytest.mark.parametrize(
    "text",
    [
        "The China-Central Asia gas pipeline carries 55 billion cubic meters a year.",
        "The Kazakhstan-China oil pipeline has been operating since 2006.",
        "Line D of the Central Asia-China gas pipeline is under construction in Tajikistan.",
    ],
)
def test_a_route_between_countries_or_a_lettered_line_names_no_town(read, text):
    (pipeline,) = read(text)
    assert (pipeline["type"], pipeline["locality"]) == ("oil_gas", None)


@pytest.mark.parametrize(
    "text",
    [
        "No project in Central Asia has been seized by China.",
        "No new coal plants will be built in Almaty region.",
    ],
)
def test_a_facility_denied_by_no_is_none(read, text):
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "power"),
    [
        ("Goldwind has supplied all 40 turbines of the 100-megawatt Zhanatas wind farm.", 100.0),
        ("The 40 turbines of the 100 MW Zhanatas wind farm came from Goldwind.", 100.0),
        ("The Zhanatas wind farm has 40 turbines of 2.5 MW.", 100.0),
    ],
)
def test_turbines_of_the_farm_do_not_multiply_the_farms_size(read, text, power):
    (farm,) = read(text)
    assert ("installed_power", power) in farm["capacities"]


@pytest.mark.parametrize(
    "text",
    [
        "East Hope is a big aluminium producer in China; its main smelters are located in Xinjiang and Inner "
        "Mongolia.",
        "Their plants in Pavlodar region produce ferroalloys.",
        "The group runs its refineries in Shandong province.",
    ],
)
def test_a_companys_facilities_told_in_general_are_no_projects(read, text):
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "ZTT is building a plant for the production of copper wire rod and cable products in Jizzakh.",
        "A cable products plant with a capacity of 30,000 tons a year opened in Jizzakh.",
    ],
)
def test_a_wire_and_cable_plant_is_manufacturing(read, text):
    (plant,) = read(text)
    assert (plant["type"], plant["region"]) == ("manufacturing", "Jizzakh")


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("A 400 MW solar plant will be built in the Nurabad district of Samarkand Region.", "Nurabad"),
        ("A hydropower plant is being built in Bostanliq district of Tashkent Region.", "Bostanliq"),
    ],
)
def test_a_district_is_the_locality_when_no_town_is_named(read, text, district):
    (plant,) = read(text)
    assert plant["locality"] == district


@pytest.mark.parametrize(
    "text",
    [
        "The Syrdarya combined-cycle gas turbine power plant of 1,500 MW is operating.",
        "A combined cycle gas turbine plant will be built in Navoi region.",
    ],
)
def test_a_gas_turbine_power_plant_is_no_turbine_factory(read, text):
    (plant,) = read(text)
    assert plant["type"] == "thermal"


@pytest.mark.parametrize(
    "text",
    [
        "🔹 Navoi region, Nurata district — a wind power station of Datang with a capacity of 500 MW.",
        "- Navoi region, Nurata district: a 500 MW wind farm of China Datang.",
    ],
)
def test_the_district_of_a_list_items_head_places_its_plant(read, text):
    (farm,) = read(text)
    assert (farm["region"], farm["locality"]) == ("Navoi", "Nurata")


@pytest.mark.parametrize(
    "text",
    [
        "KTZ and CRRC will build a locomotive plant in Astana.",
        "KTZ and CRRC agreed on a plant for the production and service maintenance of locomotives in Astana.",
        "A plant to assemble railcars and wagons will be built in Astana.",
    ],
)
def test_a_rolling_stock_plant_is_manufacturing(read, text):
    (plant,) = read(text)
    assert (plant["type"], plant["region"]) == ("manufacturing", "Astana")


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        (
            "Yanchang has been producing crude at the Kulzhan oilfield in Aktobe region since 2009.",
            "oil_gas",
            "operating",
        ),
        (
            "JISCO signed a memorandum with Qarmet to modernize the Temirtau steelworks in Karaganda region.",
            "smelter",
            "announced",
        ),
    ],
)
def test_an_oilfield_and_a_steelworks_are_facilities(read, text, kind, status):
    (site,) = read(text)
    assert (site["type"], site["status"]) == (kind, status)


@pytest.mark.parametrize(
    ("text", "locality"),
    [
        ("The Beineu-Bozoi-Shymkent gas pipeline is operating.", None),
        ("The South-North transmission line in Tajikistan is planned.", None),
        ("The Ust-Kamenogorsk refinery expansion is planned.", "Ust-Kamenogorsk"),
        # where a plant's input comes from places nothing
        (
            "The parties agreed to study the construction in Aktau of a plant for production of road "
            "bitumen from the heavy oil of Karazhanbas.",
            "Aktau",
        ),
        ("A bitumen plant in Aktau will process heavy crude from the Karazhanbas field.", "Aktau"),
        ("A gas processing plant in Zhanaozen will treat gas from the Tenge field.", "Zhanaozen"),
        ("A bitumen plant will process heavy crude from the Karazhanbas field.", None),
    ],
)
def test_joined_names_and_a_plants_input_give_no_town(read, text, locality):
    (project,) = read(text)
    assert project["locality"] == locality


@pytest.mark.parametrize(
    "text",
    [
        "In Batken region, a 25 MW hydropower plant in Leilek district, started by Jiangxi Water and "
        "Hydropower Construction, was suspended in 2019.",
        "A 25 MW hydropower plant in Leilek district, built by Sichuan Hydropower, is suspended.",
    ],
)
def test_a_province_opening_a_builders_name_places_nothing(read, text):
    (plant,) = read(text)
    assert (plant["country"], plant["region"], plant["locality"]) == ("KG", "Batken", "Leilek")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "CNPC and KMG built the Kazakhstan-China oil pipeline, which can carry 20 million tonnes of "
            "crude a year to Alashankou in China's Xinjiang region.",
            "KZ",
        ),
        ("TBEA is building a China-Kyrgyzstan power line from Kashgar in Xinjiang.", "KG"),
    ],
)
def test_a_line_named_after_the_countries_it_joins_is_the_central_asian_ones(read, text, country):
    (line,) = read(text)
    assert line["country"] == country


@pytest.mark.parametrize(
    "text",
    [
        "Uzbekenergo signed documents covering gas-fired generation and grid equipment.",
        "Huawei will develop a smart metering and grid management system for Uzbekenergo.",
    ],
)
def test_grid_equipment_and_grid_management_are_no_grid(read, text):
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mine supply in Turkistan region rose by 5% last year.",
        "Plant output in Navoi region fell in 2023, the ministry said.",
    ],
)
def test_a_facility_noun_before_supply_or_output_is_no_facility(read, text):
    assert read(text) == []


@pytest.mark.parametrize(
    ("item", "country"),
    [
        (
            "- TBEA energised the 500 kV South-North transmission line, which links the country's southern "
            "power plants with northern Sughd region.",
            "TJ",
        ),
        (
            "ASTANA - QazaqGaz and PetroChina signed an agreement on the second string of the "
            "Beineu-Bozoi-Shymkent gas pipeline.",
            "KZ",
        ),
        (
            "- A 220 kV line will link Datka substation with Kemin in Chui region.",
            "KG",
        ),
    ],
)
def test_a_line_belongs_to_the_country_of_the_places_it_links(read, item, country):
    text = f"Energy briefs\n\nBISHKEK - The Kyrgyz ministry said so.\n\n{item}\n"
    [line] = [p for p in read(text) if p["type"] in ("transmission", "oil_gas")]
    assert line["country"] == country


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        (
            "Work on the Tajik section of Line D of the Central Asia-China gas pipeline, which will carry "
            "Turkmen gas through Uzbekistan, Tajikistan and Kyrgyzstan, resumed in April.",
            "TJ",
        ),
        ("CNPC began building the Kyrgyz stretch of Line D of the Central Asia-China gas pipeline.", "KG"),
    ],
)
def test_a_section_of_a_line_stands_in_the_country_it_is_named_for(read, sentence, country):
    text = f"Uzbekistan news\n\nTashkent hosted talks on energy. {sentence}\n"
    [line] = [p for p in read(text) if p["type"] == "oil_gas"]
    assert line["country"] == country


def test_energised_in_the_active_voice_is_operating(read):
    [line] = read("title: t\n\nTBEA energised the 500 kV Lolazor-Khatlon line in Khatlon region.\n")
    assert line["status"] == "operating"


@pytest.mark.parametrize(
    ("opening", "region"),
    [
        ("Uzbekistan audited Navoiyazot JSC, the chemical producer in Navoi, for 2021-2023.", "Navoi"),
        (
            "In Uzbekistan, Maxam-Chirchiq, the fertiliser maker in Tashkent region, lost money.",
            "Tashkent Region",
        ),
    ],
)
def test_an_unplaced_plant_is_in_its_owners_home_region(read, opening, region):
    company = "Navoiyazot" if "Navoiyazot" in opening else "Maxam-Chirchiq"
    text = (
        f"{opening} In 2021 {company} signed a framework agreement for an ammonia complex of 660,000 tonnes."
    )
    [plant] = read(f"title: t\n\n{text}\n")
    assert (plant["region"], plant["locality"]) == (region, None)


def test_a_builders_home_abroad_places_nothing(read):
    text = (
        "Tianshan Chemical, the engineering group in Xinjiang, will build an ammonia complex of 660,000 "
        "tonnes for Navoiyazot in Uzbekistan."
    )
    [plant] = read(f"title: t\n\n{text}\n")
    assert (plant["country"], plant["region"]) == ("UZ", None)


@pytest.mark.parametrize(
    "second",
    [
        "The facility is located in the Kattakurgan district and was built by PowerChina.",
        "The plant is situated in Kattakurgan district.",
        "The station lies in the Kattakurgan district of the region.",
    ],
)
def test_a_district_a_later_sentence_locates_the_project_in_is_its_locality(ref, second):
    text = "SPIC has connected a 220 MW solar plant in Samarkand region to the grid. " + second
    frames = process_article("0" * 16, "test.txt", text, ref)["project_frames"]
    reference = frames[frames.refers_to.notna()].iloc[0]
    assert (reference.locality, reference.region) == ("Kattakurgan", "Samarkand")


@pytest.mark.parametrize(
    "second",
    [
        "Samruk-Energy already operates a 45 MW wind farm there, commissioned in 2015.",
        "A 45 MW wind farm there has run since 2015.",
    ],
)
def test_a_facility_there_stands_in_the_town_the_sentence_before_names(read, second):
    first = "PowerChina will build a 300 MW wind farm near Yereymentau in Akmola region. "
    assert [(p["locality"], p["region"]) for p in read(first + second)] == [
        ("Ereymentau", "Akmola"),
        ("Ereymentau", "Akmola"),
    ]


@pytest.mark.parametrize("opening", ["In northern Sughd, ", "In Sughd province, ", "Near Khujand in Sughd, "])
def test_a_place_opening_the_sentence_holds_a_facility_of_its_later_clause(read, opening):
    text = (
        "TBEA built the Lolazor-Khatlon line in Khatlon region.\n\nMining followed. "
        + opening
        + "TCMC runs the Altyn-Topkan lead-zinc mine, and in 2021 it began building a smelter next to it."
    )
    found = [(p["type"], p["region"]) for p in read(text) if p["type"] != "transmission"]
    assert found == [("mining", "Sughd"), ("smelter", "Sughd")]


@pytest.mark.parametrize(
    "text",
    [
        "In Almaty region, Tokayev invited Chinese firms to take part in the modernisation of Kazakhstan's "
        "ageing power grid.",
        "In Samarkand region, the budget has set aside 3.2 trillion soums for grid upgrades next year.",
        "In Zhambyl region, China will help modernise the country's electricity grid.",
    ],
)
def test_a_countrys_grid_or_work_on_the_grid_is_no_project(read, text):
    assert read(text) == []


def test_a_companys_new_grid_in_a_region_stays_a_project(read):
    (grid,) = read("In Zhambyl region, KEGOC's new 500 kV grid will be built.")
    assert (grid["type"], grid["region"]) == ("transmission", "Zhambyl")


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            'TBEA signed an EPC contract for the 220 kV "Balykchy – Kadji-Say" overhead power line.',
            "Issyk-Kul",
        ),
        ("KEGOC is building the 220 kV Balykchy - Kadji-Say power line.", "Issyk-Kul"),
        (
            "KEGOC is finishing the 500 kV Ekibastuz - Shulbinsk HPP - Ust-Kamenogorsk transmission line.",
            None,
        ),
        ("KEGOC is building the Ekibastuz-Semey 500 kV line.", None),
    ],
)
def test_a_line_whose_known_stops_lie_in_one_region_runs_within_it(read, text, region):
    (line,) = read(text)
    assert line["region"] == region


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            'Uzbekistan signed deals with China. JSC "Navoiyazot" and CNCEC agreed to build a methanol '
            "complex with a capacity of 300,000 tonnes a year.",
            "Navoi",
        ),
        ("Uzbekistan's Ferganaazot JSC will build an ammonia plant of 200,000 tonnes a year.", "Fergana"),
        ("Pavlodarenergo JSC will build a 120 MW gas-fired power plant, the company said.", "Pavlodar"),
    ],
)
def test_an_owner_named_with_its_town_glued_on_places_its_plant(read, text, region):
    assert [p["region"] for p in read(text)] == [region]


@pytest.mark.parametrize(
    "text",
    [
        "Shareholding of the Project Company: 80% held by Kaisa Holding. Shareholding Ltd will build a wind "
        "farm of 100 MW.",
        "Arshalytrans LLP will build a 50 MW solar power plant, the company said.",
    ],
)
def test_a_name_that_only_begins_like_a_town_places_nothing(read, text):
    """'Shareholding' begins like the town of Shar and 'Arshalytrans' like Arshaly, but no industry's stem
    is glued to them."""
    assert [p["region"] for p in read(text)] == [None]


@pytest.mark.parametrize(
    ("later", "region"),
    [
        (
            "SEG also built the refinery's aromatics complex, which can produce 133,000 tpy of benzene.",
            "Atyrau",
        ),
        (
            "The smelter's new sulphuric acid plant will produce 600,000 tonnes of acid a year.",
            "East Kazakhstan",
        ),
    ],
)
def test_a_facility_of_the_facility_spoken_of_stands_where_it_stands(read, later, region):
    text = (
        "Kazakhstan's Pavlodar and Shymkent refineries and the Balkhash smelter were upgraded. At the Atyrau "
        f"refinery and the Ust-Kamenogorsk smelter, owned by KMG and Kazzinc, work began in 2018. {later}"
    )
    assert [p["region"] for p in read(text) if p["type"] == "chemical"] == [region]


def test_a_facility_ranked_among_others_of_another_kind_takes_no_place_from_them(read):
    text = (
        "A wind farm is planned in Turkistan region. The first solar plant in Zhambyl region opened in 2015."
        "\n\nKazakhstan's second nuclear power plant is planned."
    )
    assert [(p["type"], p["region"]) for p in read(text) if p["type"] == "nuclear"] == [("nuclear", None)]


@pytest.mark.parametrize(
    ("record", "place"),
    [
        (
            "Location: Nurata district, Navoi Region, Uzbekistan\nInstalled capacity: 300MW\n"
            "Construction period: 18 months\n",
            ("Nurata", "Navoi"),
        ),
        (
            "Project site: near Shelek, Almaty Region\nCapacity: 300 MW (48 turbines of 6.25 MW each)\n"
            "Offtaker: the Financial Settlement Center\n",
            ("Shelek", "Almaty Region"),
        ),
        (
            "Site: Kattakurgan district, Samarkand region\nTotal investment: US$280 million\n"
            "Commercial operation: 2027\n",
            ("Kattakurgan", "Samarkand"),
        ),
    ],
)
def test_a_data_sheets_location_field_sites_the_project_spoken_of(read_tables, record, place):
    text = (
        "Sunrise approves investment\n\nThe board approved the investment by Sunrise Energy LLP in a 300 MW "
        f"solar power project in Central Asia.\n\nPrincipal particulars of the project:\n\n{record}"
    )
    frames = read_tables(text)["project_frames"]
    [reference] = frames[frames.refers_to.notna()].itertuples()
    assert (reference.project_type, reference.locality, reference.region) == ("solar", *place)


def test_a_company_record_with_a_location_sites_no_project(read_tables):
    text = (
        "Sunrise approves investment\n\nSunrise Energy LLP will build a 300 MW solar power plant.\n\n"
        "About Sunrise Energy:\n\nHeadquarters: Beijing\nEmployees: 4,200\nRevenue: RMB 12 billion\n"
    )
    frames = read_tables(text)["project_frames"]
    assert frames[["project_type", "region"]].values.tolist() == [["solar", None]]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry and Gezhouba signed an agreement on the construction of a solar power plant with a "
        "capacity of 200 MW and an energy storage system of 50 MW/100 MWh in Spitamen district.",
        "Gezhouba will build a solar power plant of 200 MW and a 50 MW battery storage system in Spitamen "
        "district.",
        "Gezhouba will build a solar power plant with an installed capacity of up to 200MW, as well as a "
        "storage system in Spitamen district.",
    ],
)
def test_a_place_after_two_coordinated_facilities_sites_both_whatever_the_first_ones_size(read, text):
    assert [(p["type"], p["locality"], p["region"]) for p in read(text)] == [
        ("solar", "Spitamen", "Sughd"),
        ("storage", "Spitamen", "Sughd"),
    ]


def test_a_first_facility_placed_in_its_own_words_keeps_its_place(read):
    text = (
        "PowerChina will build a solar plant of 100 MW in Turkistan region and a 50 MW wind farm in Zhambyl."
    )
    assert [(p["type"], p["region"]) for p in read(text)] == [("solar", "Turkistan"), ("wind", "Zhambyl")]


@pytest.mark.parametrize(
    "later",
    [
        "It envisages the construction of an alumina refinery and a coal-fired power plant of 2,640 MW.",
        "The project also provides for an alumina refinery and a coal-fired power plant of 2,640 MW.",
        "The complex will involve an alumina refinery, as well as a coal-fired power plant of 2,640 MW.",
    ],
)
def test_what_the_project_spoken_of_provides_for_stands_where_it_stands(read, later):
    text = f"East Hope Group will build an aluminium smelter near Ekibastuz in Pavlodar region. {later}"
    assert [(p["type"], p["locality"]) for p in read(text)] == [
        ("smelter", "Ekibastuz"),
        ("smelter", "Ekibastuz"),
        ("thermal", "Ekibastuz"),
    ]


def test_what_a_deal_provides_for_is_not_placed_by_the_last_project(read):
    text = (
        "East Hope Group operates an aluminium smelter near Ekibastuz in Pavlodar region. The new agreement "
        "envisages the construction of a coal-fired power plant of 2,640 MW."
    )
    assert [(p["type"], p["locality"]) for p in read(text)] == [("smelter", "Ekibastuz"), ("thermal", None)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The company will build the 500 MW Taraz wind farm in Tolebi district.", ("Tolebi", "Turkistan")),
        ("CPIH will build the 100 MW Zhanatas wind farm in Sarysu district.", ("Zhanatas", "Zhambyl")),
        ("CPIH will build the 100 MW Kemekalgan wind farm in Tolebi district.", ("Kemekalgan", "Turkistan")),
    ],
)
def test_a_facility_named_after_a_town_of_another_region_stands_in_its_district(read, text, place):
    [farm] = read(text)
    assert (farm["locality"], farm["region"]) == place


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "The khokim of Fergana region met investors. In Andijan region 40 projects were launched. "
            "A Chinese company has built a glass plant with a capacity of 200,000 tons per year.",
            "UZ",
        ),
        (
            "Officials of Sughd province and Khatlon province reviewed the year. "
            "A cement plant of 1 million tonnes a year was put into operation by a Chinese investor.",
            "TJ",
        ),
        (
            "The Issyk-Kul region and Chui region governors spoke. "
            "Construction of a 50 MW solar power plant has started with Chinese partners.",
            "KG",
        ),
    ],
)
def test_an_article_naming_no_country_is_in_the_country_of_its_regions(read, text, country):
    (project,) = read(text)
    assert project["country"] == country


@pytest.mark.parametrize(
    ("text", "kind", "output"),
    [
        (
            "A contractor is laying a 110 kV transmission line of 60 km to the mines. "
            "Another company has begun building the third production line with a capacity of 900,000 tons "
            "of cement per year.",
            "manufacturing",
            900000.0,
        ),
        (
            "Workers finished the 500 kV power line last year. The second line, producing 150,000 tonnes "
            "of urea a year, will be built at the chemical works by a Chinese firm.",
            "chemical",
            150000.0,
        ),
    ],
)
def test_a_line_whose_own_figure_makes_something_else_is_no_power_line_before(read, text, kind, output):
    made = [p for p in read(text) if p["type"] == kind]
    assert [c for c in made[0]["capacities"]] == [("annual_output", output)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The akimat of Pavlodar region reported on industry.\n\nA local firm has started building a "
            "second production line with a capacity of 500,000 tons of cement a year.",
            "manufacturing",
        ),
        (
            "Pavlodar region officials met investors.\n\nA rolling line with a capacity of 300,000 tonnes of "
            "steel a year was launched with a Chinese partner.",
            "smelter",
        ),
    ],
)
def test_a_production_line_stands_in_the_region_the_article_speaks_of(read, text, kind):
    (project,) = read(text)
    assert (project["type"], project["region"]) == (kind, "Pavlodar")


@pytest.mark.parametrize(
    "text",
    [
        "Talco Gold is building an antimony metallurgical plant in Ayni district, near its Konchoch "
        "mining and processing plant. The new plant will produce 12,000 tonnes of antimony a year.",
        "Talco Gold is building an antimony smelting plant in Ayni district next to the Konchoch mining "
        "plant. The plant will produce 12,000 tonnes of antimony a year.",
        "An antimony metallurgical plant is being built in Ayni district, close to the Konchoch mining and "
        "processing plant. The plant will make 12,000 tonnes of antimony a year.",
    ],
)
def test_the_plant_a_new_one_stands_by_is_not_the_one_spoken_of_next(read, text):
    sizes = {p["type"]: p["capacities"] for p in read(text)}
    assert sizes["smelter"] == [("annual_output", 12000.0)]
    assert sizes.get("mining", []) == []


@pytest.mark.parametrize(
    "second",
    [
        "The company's mining and processing plant at Upper Kumarg started producing gold in August.",
        "Its processing plant at Upper Kumarg was commissioned in August.",
        "The mining plant at the Upper Kumarg site went into operation last month.",
    ],
)
def test_a_plant_at_a_deposit_named_before_is_that_deposits_project(read_tables, second):
    tables = read_tables(
        "TBEA received the rights to the Upper Kumarg and Eastern Duoba gold deposits in Sughd region. "
        + second
    )
    frames = tables["project_frames"]
    firsts = dict(zip(frames.frame_id, frames.name, strict=True))
    later = frames[frames.sentence_idx == 1]
    assert {(firsts[r], s) for r, s in zip(later.refers_to, later.status, strict=True)} == {
        ("Upper Kumarg gold deposit", "operating")
    }


@pytest.mark.parametrize(
    "first",
    [
        "Line D will run from Turkmenistan through Uzbekistan and Kyrgyzstan to China, with a design "
        "capacity of 30 billion cubic meters of gas per year.",
        "The line will run from Turkmenistan to China with a capacity of 30 billion cubic meters a year.",
        "A new line will run from the south to the north of Kyrgyzstan.",
    ],
)
def test_a_line_takes_no_kind_from_a_plant_named_after_it(read_tables, first):
    text = f"{first} Also today, a loan of $386 million was signed for the modernization of the Bishkek CHP."
    frames = read_tables(text)["project_frames"]
    assert frames[["sentence_idx", "project_type", "name"]].values.tolist() == [[1, "thermal", "Bishkek CHP"]]


@pytest.mark.parametrize(
    "second",
    [
        "CNPC is completing a gas processing plant at Saman-Depe with a capacity of 5 billion cu m/year.",
        "A gas processing plant at Saman-Depe, with a capacity of 5 billion cubic metres a year, is being "
        "completed by CNPC.",
    ],
)
def test_a_new_plant_at_a_field_named_before_is_a_project_of_its_own(read, second):
    projects = read(f"CNPC develops the Saman-Depe gas field in Lebap velayat. {second}")
    assert [(p["name"], p["capacities"]) for p in projects][0] == ("Saman-Depe gas field", [])
    assert [p["name"] for p in projects] == ["Saman-Depe gas field", None]


@pytest.mark.parametrize(
    "text",
    [
        "In December 2024 the first industrial energy storage system in Kazakhstan with a capacity of 50 MW "
        "was put into operation at the Zhanatas wind power plant in Zhambyl region.",
        "The largest energy storage system in Kazakhstan, of 50 MW, was put into operation at the Zhanatas "
        "wind farm in Zhambyl region.",
        "A 50 MW energy storage system was put into operation at the Zhanatas wind power plant in Zhambyl "
        "region.",
    ],
)
def test_a_first_facility_of_its_kind_put_into_operation_at_a_plant_stands_there(read, text):
    assert [(p["type"], p["region"], p["capacities"]) for p in read(text)] == [
        ("storage", "Zhambyl", [("installed_power", 50.0)])
    ]


def test_the_first_line_of_a_plant_at_a_deposit_leaves_the_deposit_its_project(read):
    text = "AMMC launched the first processing line of the concentrator at the Yoshlik-1 copper deposit."
    assert [(p["type"], p["name"]) for p in read(text)] == [("mining", "Yoshlik-1 copper deposit")]


@pytest.mark.parametrize(
    "second",
    [
        "Shandong Gold committed to fund an open-pit mine and a flotation plant at Andash.",
        "The company will build a flotation plant at Andash to process 3 million tonnes of ore a year.",
    ],
)
def test_a_new_mine_or_plant_at_a_deposit_named_before_develops_it(read, second):
    text = (
        f"Shandong Gold bought a 60% interest in the Andash copper-gold deposit in the Talas region. {second}"
    )
    assert [(p["name"], p["region"]) for p in read(text)] == [("Andash copper-gold deposit", "Talas")]


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese company's first gas processing plant, at the Samandepe field, was launched in December "
        "2009 with a capacity of 5 billion cubic meters a year.",
        "CNPC's largest gas processing plant, at the Bagtyyarlyk field, was launched in 2014 with a capacity "
        "of 5 billion cubic meters a year.",
    ],
)
def test_a_companys_first_plant_at_a_field_is_one_project_with_its_size(read, text):
    assert [(p["type"], p["capacities"]) for p in read(text)] == [("oil_gas", [("annual_volume", 5e9)])]


def test_a_named_substation_a_plant_is_connected_through_stays_a_facility(read):
    projects = read(
        "The 200 MW Sherabad solar plant will be connected through the 500 kV Sherabad substation "
        "commissioned last year."
    )
    assert [p["type"] for p in projects] == ["solar", "transmission"]


@pytest.mark.parametrize(
    "second",
    [
        "The plant is connected to the grid through the 220 kV Balykchy substation.",
        "It feeds the grid via the Kemin substation.",
    ],
)
def test_a_named_substation_a_plant_is_connected_through_and_nothing_more_is_no_project(read, second):
    projects = read(f"The 300 MW Balykchy solar plant in Issyk-Kul region was launched. {second}")
    assert [(p["type"], p["locality"]) for p in projects] == [("solar", "Balykchy")]

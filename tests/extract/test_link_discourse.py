"""The discourse state: what typeless nouns are, what 'the pipeline' and 'it' point to, who 'the
company' is."""

from __future__ import annotations

import pytest


def test_a_typeless_noun_takes_the_kind_of_the_same_noun_before(read):
    projects = read(
        "The country plans waste-to-energy plants. GreenCity Group will build a plant in the Jizzakh region."
    )
    assert [(p["type"], p["region"]) for p in projects] == [("waste_to_energy", "Jizzakh")]


def test_a_noun_with_unknown_words_is_not_typed_by_another(read):
    projects = read(
        "A 500 MW wind project is planned in Karaganda region. "
        "The partners also agreed to develop a renewable energy project of 800 MW."
    )
    assert [p["type"] for p in projects] == ["wind"]


def test_the_pipeline_points_to_the_last_pipeline_not_the_last_station(read):
    projects = read(
        "The Beineu-Bozoy gas pipeline will be extended. "
        "The Bozoy and Akbulak gas metering stations were built last year. "
        "The pipeline will carry 10 bcm a year."
    )
    pipeline = next(p for p in projects if p["name"] == "Beineu-Bozoy gas pipeline")
    assert pipeline["capacities"] == [("annual_volume", 1e10)]


@pytest.mark.parametrize(
    "opening",
    ["Once finished, it", "With a total length of 1,833 km, it", "At a cost of $1,200 million, it"],
)
def test_it_after_an_opening_clause_is_the_project(read, opening):
    (project,) = read(
        "The 100 MW Zhanatas wind farm is being built in Zhambyl region. "
        f"{opening} will supply about 350 GWh of electricity per year."
    )
    assert ("annual_generation", 350000.0) in project["capacities"]


def test_the_company_is_the_organisation_spoken_of(read):
    (project,) = read(
        "Sinotech Power Holding Co., Ltd. met the minister on Monday. "
        "The company will build a 100 MW solar plant in Navoi region."
    )
    assert "Sinotech Power Holding Co., Ltd" in project["participants"]


def test_this_plant_points_back_however_far(read):
    projects = read(
        "A smelter for copper cathodes will be built in the Pavlodar region. "
        "The ministry approved the plan. Financing was discussed. Engineers visited the site. "
        "Officials met the partners in Astana. "
        "Building this copper smelter is the outcome of long cooperation, with 300,000 tonnes a year planned."
    )
    assert [(p["region"], p["capacities"]) for p in projects] == [("Pavlodar", [("annual_output", 300000.0)])]


def test_these_projects_are_no_far_reference(read):
    projects = read(
        "A 100 MW solar plant will be built in Turkistan region. "
        "Talks went on. Railway deals were also signed. Locomotives will be supplied. "
        "Tokayev praised these projects and the 50 MW wind farm in Zhambyl region."
    )
    assert [(p["type"], p["region"]) for p in projects] == [("solar", "Turkistan"), ("wind", "Zhambyl")]


@pytest.mark.parametrize(
    "text",
    [
        "Work on the Datka-Kemin transmission line started in 2012 at the Kemin substation. "
        "The $390 million project was commissioned in 2015.",
        "The Aral solar plant was agreed at the Kyzylorda substation last year. "
        "The $90 million project was commissioned in May.",
    ],
)
def test_the_project_is_the_first_facility_of_the_last_sentence(read_tables, text):
    frames = read_tables(text)["project_frames"]
    first = frames[frames.sentence_idx == 0].sort_values("frame_id").frame_id
    (pointing,) = frames[frames.sentence_idx == 1].refers_to
    assert pointing == min(first, key=lambda frame_id: int(frame_id.split(":")[2]))


def test_the_plant_is_the_plant_of_the_last_sentence(read):
    projects = read(
        "The Kazarman project is separate from the Kambarata-1 hydropower plant in Jalal-Abad region. "
        "The 1,860 MW plant is at the feasibility study stage."
    )
    sizes = {p["name"]: p["capacities"] for p in projects}
    assert sizes["Kambarata-1 hydropower plant"] == [("installed_power", 1860.0)]


@pytest.mark.parametrize(
    ("plant", "station"),
    [
        ("a gas turbine power plant at the Kenkiyak field", "The 80 MW station will run on associated gas."),
        ("a coal-fired power plant in Ekibastuz", "The station will have 80 MW."),
        ("a solar power plant near Kenkiyak", "The 80 MW station will be finished in 2026."),
    ],
)
def test_the_station_is_the_power_plant_just_named_not_a_station_named_further_back(read, plant, station):
    projects = read(
        "A 150 MW wind power station will be built near Kandyagash by Universal Energy. The station will "
        f"be connected to the grid.\n\nCNPC signed a memorandum on {plant}. {station}\n"
    )
    sizes = {p["type"]: p["capacities"] for p in projects}
    assert sizes["wind"] == [("installed_power", 150.0)]
    assert [v for t, v in sizes.items() if t != "wind"] == [[("installed_power", 80.0)]]


@pytest.mark.parametrize(
    "later",
    [
        "Work on the Datka-Kemin project began in 2012, once TBEA won the tender.",
        "The Datka-Kemin project was built by TBEA.",
    ],
)
def test_a_named_project_points_to_the_facility_of_that_name(read, later):
    projects = read(
        "The Datka-Kemin power transmission line was opened on Friday. "
        "Power from the Toktogul dam used to go through Uzbekistan. " + later
    )
    line = next(p for p in projects if p["type"] == "transmission")
    assert "TBEA" in line["participants"]


@pytest.mark.parametrize(
    "later",
    [
        "Most power comes from the 3,000 MW Nurek plant, also on the Vakhsh.",
        "The Nurek plant, with 3,000 MW, is older.",
    ],
)
def test_a_plant_named_otherwise_is_another_plant(read, later):
    projects = read("PowerChina will build part of the 3,600 MW Rogun hydropower plant. " + later)
    assert [(p["name"].split()[0], p["capacities"]) for p in projects] == [
        ("Rogun", [("installed_power", 3600.0)]),
        ("Nurek", [("installed_power", 3000.0)]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Rogun HPP in Tajikistan is the country's largest project. Rogun is designed for 3,780 MW.",
            ("hydro", [("installed_power", 3780.0)]),
        ),
        (
            "The Mirny wind farm in Zhambyl region was launched in 2024. "
            "Mirny's installed capacity is 1,000 MW.",
            ("wind", [("installed_power", 1000.0)]),
        ),
        (
            "Work goes on at the Kambarata HPP-1 in Kyrgyzstan. Kambarata will have a capacity of 1,860 MW.",
            ("hydro", [("installed_power", 1860.0)]),
        ),
    ],
)
def test_a_name_alone_as_subject_speaks_of_the_project_it_named(read, text, expected):
    (project,) = read(text)
    assert (project["type"], project["capacities"]) == expected


def test_a_name_that_opens_no_statement_points_nowhere(read):
    (project,) = read(
        "The Rogun HPP in Tajikistan is under construction. In Rogun, 3,000 MW of demand is met."
    )
    assert project["capacities"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China Power will build the Shokpar project in Zhambyl region, where wind turbines with a total "
            "capacity of 100 MW will be installed.",
            ("wind", "Zhambyl", [("installed_power", 100.0)]),
        ),
        (
            "China Power will build the Shokpar project in Zhambyl region, with 25 wind turbines of 4 MW "
            "each.",
            ("wind", "Zhambyl", [("installed_power", 100.0), ("unit_count", 25.0)]),
        ),
        (
            "The Bakhyt project in Turkistan region will use 200,000 solar panels and have 100 MW.",
            ("solar", "Turkistan", [("installed_power", 100.0), ("unit_count", 200000.0)]),
        ),
    ],
)
def test_a_named_project_takes_the_kind_of_the_equipment_it_is_built_with(read, text, expected):
    (project,) = read(text)
    assert (project["type"], project["region"], project["capacities"]) == expected


def test_a_plant_of_no_kind_takes_the_one_kind_the_title_names(read):
    (project,) = read(
        "Title: China Power to build solar plant in Zhambyl\n\n"
        "China Power will build a 100 megawatt plant near Karatau in Zhambyl region."
    )
    assert (project["type"], project["locality"], project["capacities"]) == (
        "solar",
        "Karatau",
        [("installed_power", 100.0)],
    )


def test_the_title_types_no_plant_once_the_body_named_one_of_its_kind(read):
    projects = read(
        "Title: Contract signed for the Galkynysh gas field\n\n"
        "Turkmengaz signed a contract with CNPC for the development of the Galkynysh gas field in Mary "
        "velayat.\n\nCNPC will build a complex of treatment installations with an annual capacity of 10 "
        "billion cubic meters."
    )
    assert [p["name"] for p in projects] == ["Galkynysh gas field"]


def test_its_part_opening_a_sentence_is_the_project_just_named(read):
    (mine,) = read(
        "The Aktogay copper mine in East Kazakhstan region was built by NFC. Its concentrator has a design "
        "capacity of 25 million tonnes of ore a year."
    )
    assert (mine["name"], mine["capacities"]) == ("Aktogay copper mine", [("annual_output", 25e6)])


def test_a_companys_plant_named_mid_sentence_is_its_own(read):
    projects = read(
        "CNPC is building a gas treatment plant in Mary province. The company operates the Bagtyyarlyk "
        "contract area in Lebap province, where its second gas processing plant, with a capacity of 9 "
        "billion cubic meters per year, has been in operation since 2014."
    )
    assert [p["region"] for p in projects] == ["Mary", "Lebap"]


def test_a_capital_that_decides_is_its_government_not_a_site(read):
    (plant,) = read(
        "Sinopec will take a 30% stake in a planned $7.4 billion polyethylene plant in western Kazakhstan, "
        "as Astana pushes to turn more of its hydrocarbons into chemicals."
    )
    assert (plant["type"], plant["region"], plant["locality"]) == ("chemical", None, None)


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Astana and Beijing agreed to build a coal gasification plant.", "KZ"),
        ("Tashkent wants Chinese firms to build a 1 GW solar plant.", "UZ"),
        ("Bishkek has decided to build a 300 MW solar plant with Chinese money.", "KG"),
        ("Dushanbe is negotiating with TBEA over a 400 MW coal-fired power plant.", "TJ"),
    ],
)
def test_a_capital_speaking_for_its_government_tells_the_country_not_the_site(read, sentence, country):
    opening = "The Garlyk potash complex in Lebap velayat opened in 2017."
    (project,) = read(f"title\n\n{opening}\n\n{sentence}")[1:]
    assert (project["country"], project["region"], project["locality"]) == (country, None, None)


def test_a_first_plant_set_beside_a_named_one_is_that_one(read):
    projects = read(
        "Sinopec Engineering built Kazakhstan's first large petrochemical plant, the $2.6 billion, 500,000 "
        "tonnes-per-year polypropylene plant of Kazakhstan Petrochemical Industries in Atyrau region."
    )
    assert [(p["type"], p["region"], p["capacities"]) for p in projects] == [
        ("chemical", "Atyrau", [("annual_output", 500000.0)])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The complex follows the Kungrad soda plant in Karakalpakstan. That plant was built by CITIC "
        "Construction and makes 100,000 tons of soda ash a year.",
        "The complex follows the Kungrad soda plant in Karakalpakstan. This plant, built by CITIC "
        "Construction, makes 100,000 tons of soda ash a year.",
    ],
)
def test_that_plant_opening_a_sentence_points_back(read, text):
    (plant,) = read(text)
    assert (plant["name"], plant["capacities"]) == ("Kungrad soda plant", [("annual_output", 100000.0)])


@pytest.mark.parametrize(
    "second",
    [
        "The units, with total capacity of 1,560 megawatts, will cost $1.2 billion.",
        "The new units will have 1,560 megawatts in all.",
    ],
)
def test_the_units_after_units_at_a_plant_are_that_project(read, second):
    (plant,) = read(
        "Uzbekenergo signed an EPC contract with CMEC for two combined-cycle units at the Syrdarya thermal "
        f"power plant in Syrdarya region. {second}"
    )
    assert plant["capacities"] == [("installed_power", 1560.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hydropower gives most of the power, from the 3,000 MW Nurek plant on the Vakhsh river and, "
        "increasingly, the 3,780 MW Rogun hydropower plant.",
        "Most power comes from the Nurek plant and the Rogun hydropower plant.",
        "The grid relies on the Sangtuda-1 station or the Nurek hydropower station in winter.",
    ],
)
def test_a_typeless_plant_joined_to_a_typed_one_is_of_its_kind(read, sentence):
    projects = read(
        "Masdar will build a 200 MW solar plant in Sughd region. The plant will sell power. " + sentence
    )
    assert [p["type"] for p in projects] == ["solar", "hydro", "hydro"]


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        (
            "The Zhongda oil refinery in Kyrgyzstan is a textbook case of the argument that follows "
            "Beijing's Belt and Road Initiative.",
            None,
        ),
        ("Almaty's CHP-2 will switch from coal to gas.", "Almaty"),
        ("TBEA is modernising Bishkek's combined heat and power plant under a $386 million loan.", "Bishkek"),
    ],
)
def test_a_capitals_initiative_places_nothing_but_its_plant_is_there(read, sentence, region):
    (project,) = read(sentence)
    assert project["region"] == region


@pytest.mark.parametrize("acronym", ["Bishkek CHP", "Bishkek TPP-1", "Kambarata HPP"])
def test_the_plant_after_a_plant_written_as_its_acronym_is_that_plant(read_tables, acronym):
    text = (
        "The Cabinet signed an agreement on a 400 MW solar power plant in Batken region.\n\n"
        "The refinery in Tokmok works at reduced capacity. Both refineries are in Chui region.\n\n"
        f"Deputies also raised the issue of the {acronym}. The capacity of the plant is 812 MW."
    )
    tables = read_tables(text)
    frames = tables["project_frames"].set_index("frame_id")
    [owner] = tables["capacities"][tables["capacities"].value_std == 812.0].frame_id
    assert frames.loc[owner, "project_type"] in ("thermal", "hydro")


def test_the_plant_is_the_refinery_just_named_not_a_tpp_listed_far_before(read_tables):
    text = (
        "Weekly\n\nIN THIS ISSUE\n\n1. Shymkent refinery completes modernisation\n\n"
        "2. Balkhash TPP officially dropped\n\nPrices and rates\n\n"
        "1. SHYMKENT REFINERY COMPLETES MODERNISATION\n\nPKOP has completed the second stage of the "
        "modernisation of the Shymkent refinery, the company said. The plant is now running at its full "
        "design capacity of 6 million tonnes of crude a year."
    )
    tables = read_tables(text)
    frames = tables["project_frames"].set_index("frame_id")
    [owner] = tables["capacities"][tables["capacities"].value_std == 6e6].frame_id
    assert frames.loc[owner, "project_type"] == "oil_refinery"


@pytest.mark.parametrize(
    "second",
    [
        "Turkmenistan's first polymer plant, at Kiyanly on the Caspian coast of Balkan province, was "
        "commissioned in October 2018.",
        "The country's first polymer plant, near Kiyanly in Balkan province, was commissioned in 2018.",
        "The first polymer plant of the region, in Balkan province, was commissioned in 2018.",
    ],
)
def test_a_definite_plant_set_off_with_its_own_place_elsewhere_is_another_plant(read, second):
    projects = read(
        "China CAMC Engineering is completing a PVC complex for Navoiyazot in Navoi region.\n\n" + second
    )
    assert [(p["type"], p["region"]) for p in projects] == [("chemical", "Navoi"), ("chemical", "Balkan")]


@pytest.mark.parametrize("works", ["its refinery", "its copper smelter", "its cement factory"])
def test_the_plant_after_a_works_of_a_kind_is_that_works_not_a_plant_named_before(read, works):
    projects = read(
        "In Karamay, PetroChina runs an ethylene plant that makes 1.22 million tonnes a year.\n\n"
        f"In Shymkent, PKOP is rebuilding {works} with CPECC as the main contractor. The work will raise the "
        "plant's capacity to 6 million tonnes a year."
    )
    shymkent = next(p for p in projects if p["locality"] == "Shymkent")
    assert shymkent["capacities"] == [("annual_output", 6e6)]


def test_the_plant_after_a_plant_and_a_smelter_named_together_is_the_plant(read):
    projects = read(
        "TALCO Chemical has built a fluoride salts plant in Yovon, Khatlon region, to supply the TALCO "
        "aluminium smelter in Tursunzoda. The plant can produce 42,000 tonnes of fluoride salts a year."
    )
    yovon = next(p for p in projects if p["locality"] == "Yovon")
    assert yovon["capacities"] == [("annual_output", 42000.0)]


@pytest.mark.parametrize("royalty", ["a 2% net smelter royalty", "net smelter royalties of 2%"])
def test_a_net_smelter_royalty_is_no_smelter(read, royalty):
    projects = read(
        "Shandong Gold will fund an open-pit mine and a flotation plant at the Andash deposit in Talas "
        "region. "
        f"Kyrgyzaltyn retains {royalty}. The plant will process 3 million tonnes of ore per year."
    )
    assert "smelter" not in {p["type"] for p in projects}


@pytest.mark.parametrize(
    ("first", "later", "locality", "capacity"),
    [
        (
            "Work has stopped at the wind farm near Kos-Istek.",
            "The 150 MW wind farm is being built by Universal Energy, which owns the project company.",
            "Kos-Istek",
            ("installed_power", 150.0),
        ),
        (
            "A solar plant is being built near Ushbulak.",
            "The 100 MW solar plant will be run by Samruk-Green, named the plant operator last week.",
            "Ushbulak",
            ("installed_power", 100.0),
        ),
        (
            "Hydrochina has started building a hydropower plant near Kyzyltu.",
            "The 30 MW hydropower plant is financed by two banks and the station operator, Kyrgyz Hydro.",
            "Kyzyltu",
            ("installed_power", 30.0),
        ),
    ],
)
def test_a_facility_word_describing_a_company_points_to_no_project(read, first, later, locality, capacity):
    """'the project company', 'the plant operator': a company, not the project told again, so the sized
    facility beside it is the one named before."""
    projects = read(f"{first}\n\n{later}\n")
    assert [(p["locality"], p["capacities"]) for p in projects] == [(locality, [capacity])]


@pytest.mark.parametrize(
    ("later", "capacity"),
    [
        ("Its production will increase to 900,000 tons per year.", ("annual_output", 900000.0)),
        ("Its output will rise from 300,000 tons to 900,000 tons a year.", ("annual_output", 900000.0)),
        ("Its supply will grow to 1.2 million tons of coal a year.", ("annual_output", 1200000.0)),
    ],
)
def test_what_follows_its_is_the_projects_own(read, later, capacity):
    """'Its production', 'its output': a possessive pronoun speaks of the project told before, whatever noun
    follows it (unlike 'the plant operator')."""
    (project,) = read(f"CCTEG is modernising the Shargun coal mine in Surkhandarya region. {later}")
    assert project["capacities"] == [capacity]


@pytest.mark.parametrize(
    ("text", "name", "volume"),
    [
        (
            "Nazarov attended the start of construction of the Tajik section of Line D of the Central Asia - "
            "China gas pipeline. Nazarov also built the 220 kV Lolazor-Khatlon line in Khatlon. Line D is "
            "designed to carry 30 billion cubic metres of Turkmen gas a year to China.",
            "Line D of the Central Asia - China gas pipeline",
            30e9,
        ),
        (
            "CNPC is laying Line C of the Central Asia-China gas pipeline across Uzbekistan. KEGOC is "
            "building a 500 kV line in Turkistan region. Line C will carry 25 billion cubic metres of gas a "
            "year.",
            "Line C of the Central Asia-China gas pipeline",
            25e9,
        ),
        (
            "The Chinese contractor finished Line A of the Central Asia-China gas pipeline in Uzbekistan. A "
            "220 kV line to Navoi was also built. Line A can pump 15 billion cubic metres of gas a year.",
            "Line A of the Central Asia-China gas pipeline",
            15e9,
        ),
    ],
)
def test_a_sentence_opening_with_the_first_words_of_an_earlier_name_speaks_of_that_project(
    read, text, name, volume
):
    """'Line D is designed to carry ...': the lettered line named before, not a new power line."""
    (pipeline,) = [p for p in read(text) if p["name"] == name]
    assert pipeline["capacities"] == [("annual_volume", volume)]


@pytest.mark.parametrize(
    "neighbour",
    [
        "Some 10 km from the site stands Samruk-Energy's first wind farm, which has run since 2015.",
    ],
)
def test_another_owners_ranked_facility_is_another_facility(read, neighbour):
    text = (
        "Arman Wind LLP is building a 100 MW wind farm near Ereymentau in Akmola region. "
        f"The wind farm is 80% ready. {neighbour}"
    )
    farms = read(text)
    assert [(p["locality"], p["capacities"]) for p in farms][:1] == [
        ("Ereymentau", [("installed_power", 100.0)])
    ]
    assert len(farms) == 2


def test_the_owners_own_ranked_facility_is_the_one_spoken_of(read):
    text = (
        "Samruk-Energy is building a 100 MW wind farm near Ereymentau in Akmola region. "
        "Samruk-Energy's first wind farm will be commissioned in 2026."
    )
    assert [p["locality"] for p in read(text)] == ["Ereymentau"]


@pytest.mark.parametrize(
    "denial",
    [
        "It is not the partners' first project: in 2020 they built a 63 MW solar plant near Saran.",
        "This is not the company's only project: last year it completed a 63 MW solar plant near Saran.",
    ],
)
def test_a_project_the_sentence_says_it_is_not_points_nowhere(read_tables, denial):
    text = f"Arman Wind LLP is building a 100 MW wind farm near Ereymentau in Akmola region. {denial}"
    frames = read_tables(text)["project_frames"]
    assert set(zip(frames.project_type, frames.locality, strict=True)) == {
        ("wind", "Ereymentau"),
        ("solar", "Saran"),
    }


def test_a_project_the_sentence_says_it_is_not_is_no_project(read):
    text = (
        "Sungrow supplied the inverters of the 100 MW solar plant in Nurabad. Nurabad is not Sungrow's "
        "first solar project in Uzbekistan."
    )
    assert [(p["type"], p["locality"]) for p in read(text)] == [("solar", "Nurabad")]


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        ("Three new railway projects are under way in the east.", "transport"),
        ("KEGOC is building a new 500 kV power line in the south.", "transmission"),
    ],
)
def test_a_line_takes_the_one_kind_of_line_the_article_named_before(read, opening, kind):
    text = f"{opening} In May the company signed a contract for the 272-km Bakhty-Ayagoz line in Abai region."
    line = next(p for p in read(text) if p["name"] == "Bakhty-Ayagoz line")
    assert line["type"] == kind


@pytest.mark.parametrize(
    "opening",
    ["Five new railway projects are under way.", "KTZ has three railway projects in the works."],
)
def test_railway_projects_counted_are_no_project_and_give_a_line_its_kind(read, opening):
    text = (
        f"{opening} The largest of them, the Moyinty-Kyzylzhar line of about 500 km through Karaganda "
        "region, is at the feasibility study stage."
    )
    assert [(p["type"], p["name"]) for p in read(text)] == [("transport", "Moyinty-Kyzylzhar line")]


@pytest.mark.parametrize(
    "line",
    [
        "The QazaqGaz-Sinopec line, opened in 2019, carries gas to the south.",
        "The KEGOC-Sinopec line has carried gas since 2019.",
    ],
)
def test_a_line_named_by_its_owners_takes_no_kind_from_the_lines_before(read, line):
    assert read(f"QazaqGaz is laying two new gas pipelines in the west. {line}") == []


@pytest.mark.parametrize("term", ['(the "Project")', "(hereinafter, the “Project”)"])
def test_a_defined_term_points_to_the_facility_it_was_defined_as_however_far_back(read, term):
    filler = " ".join(f"Paragraph {n} of the announcement says nothing of it." for n in range(1, 6))
    (mine,) = read(
        f"The Group will buy 60% of Altynken, which holds the Taldybulak gold deposit {term} in Chui "
        f"Oblast. {filler} The Project will be developed as an open-pit mine with a mill of 3,000 tonnes of "
        "ore per day. Average annual gold production from the Project is expected to be 4 tonnes."
    )
    assert (mine["region"], mine["capacities"]) == ("Chuy", [("annual_output", 4.0)])


@pytest.mark.parametrize(
    "field",
    [
        "the giant South Yolotan field in Mary province",
        "the Galkynysh gas field",
    ],
)
def test_an_unnamed_plant_is_not_the_field_named_later(read, field):
    plant, gas_field = read(
        "CNPC has started building a gas processing plant in eastern Turkmenistan. The plant at Samandepe, "
        "in Lebap province, will process 5 billion cubic metres of gas a year.\n\n"
        f"Turkmengaz also develops {field}."
    )
    assert plant["capacities"] == [("annual_volume", 5e9)]
    assert (plant["region"], gas_field["region"]) == (None, "Mary")  # the plant's place is its reference's


@pytest.mark.parametrize(
    "second",
    [
        "The Bukhara refinery was commissioned in 1997 and is one of three, together with the Fergana and "
        "Altiaryk plants.",
        "Commissioned in 1997, the Bukhara refinery works alongside the Fergana and Altiaryk plants.",
    ],
)
def test_plants_a_plural_names_are_not_the_project_spoken_of(read, second):
    (refinery,) = read(
        "Uzbekneftegaz and CPECC signed an EPC contract for the modernization of the Bukhara oil refinery in "
        f"Bukhara region. {second}"
    )
    assert (refinery["name"], refinery["region"], refinery["status"]) == (
        "Bukhara oil refinery",
        "Bukhara",
        "pre-construction",
    )

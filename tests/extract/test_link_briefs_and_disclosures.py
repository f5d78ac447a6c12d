"""What news digests, company disclosures and analysis pieces write: plants named by what they can
assemble, projects placed later in their own paragraph, phases of a field, and costs nobody pays yet."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Sany Renewable Energy opened a plant in Shymkent that can assemble up to 200 turbines a year.",
        "Sany will supply turbines from a plant it plans to build in Shymkent, able to turn out 200 nacelles "
        "a year.",
        "The company opened a plant in Shymkent which assembles 300 wind turbines a year.",
    ],
)
def test_a_plant_that_can_assemble_goods_is_a_factory(read, text):
    (project,) = read(text)
    assert (project["type"], project["region"], project["locality"]) == (
        "manufacturing",
        "Shymkent",
        "Shymkent",
    )


@pytest.mark.parametrize(
    ("text", "lender", "amount"),
    [
        (
            'JSC "Samruk-Energy", its subsidiary JSC "Moinak HPP" and China Development Bank signed a loan '
            "agreement for USD 200 million for the completion of the Moinak hydropower plant.",
            "China Development Bank",
            200e6,
        ),
        (
            "Navoiyazot and the Export-Import Bank of China signed a $300 million loan agreement for the PVC "
            "plant in Navoi.",
            "Export-Import Bank of China",
            300e6,
        ),
        (
            "KEGOC and the Asian Development Bank signed a loan agreement of $150 million for the "
            "North-South transmission line.",
            "Asian Development Bank",
            150e6,
        ),
    ],
)
def test_of_the_parties_signing_a_loan_the_bank_lends(read_tables, text, lender, amount):
    investments = read_tables(text)["investments"]
    assert list(zip(investments.investor_surface, investments.amount_usd, strict=True)) == [(lender, amount)]


@pytest.mark.parametrize(
    "text",
    [
        "Atyrau Oil Refinery LLP and Sinopec Engineering signed an EPC contract for a complex for the "
        "production of aromatic hydrocarbons at the Atyrau refinery.",
        "KazMunayGas will build a plant for aromatic hydrocarbons in Atyrau.",
    ],
)
def test_a_complex_for_aromatic_hydrocarbons_is_a_chemical_plant(read, text):
    (project,) = read(text)
    assert (project["type"], project["locality"]) == ("chemical", "Atyrau")


@pytest.mark.parametrize(
    ("text", "region", "locality"),
    [
        (
            "The 300 MW Moinak hydropower plant on the Charyn river has run since 2012.",
            "Almaty Region",
            "Moinak",
        ),
        ("CNPC commissioned a gas processing plant at Samandepe.", "Lebap", "Samandepe"),
        ("Universal Energy commissioned the Shokpar wind farm.", "Zhambyl", "Shokpar"),
        ("A cement plant near the village of Mynaral is to double its output.", "Zhambyl", "Mynaral"),
    ],
)
def test_the_villages_and_fields_of_well_known_plants_place_them(read, text, region, locality):
    (project,) = read(text)
    assert (project["region"], project["locality"]) == (region, locality)


@pytest.mark.parametrize(
    "text",
    [
        "The first nuclear plant, near the village of Ulken in Almaty Region, will be built by Rosatom. "
        "The second plant will be led by CNNC, which has offered two Hualong One reactors. No site has "
        "been chosen.",
        "The first nuclear plant will be built near Ulken in Almaty Region by Rosatom. The second plant will "
        "be built by CNNC; its site has yet to be chosen.",
        "Rosatom will build the first nuclear plant near Ulken in Almaty Region. CNNC will lead the second "
        "plant, whose location has not yet been determined.",
    ],
)
def test_a_plant_whose_site_is_not_chosen_is_not_placed_at_its_siblings(read, text):
    first, second = read(text)
    assert (first["region"], first["locality"]) == ("Almaty Region", "Ulken")
    assert (second["country"], second["region"], second["locality"]) == ("KZ", None, None)


def test_a_ranked_plant_with_nothing_said_of_its_site_still_stands_with_its_sibling(read):
    first, second = read(
        "The first gas processing plant at Bagtyyarlyk in Lebap was commissioned in 2009. The second plant, "
        "for 9 billion cubic metres a year, followed in 2014."
    )
    assert (second["region"], second["locality"]) == ("Lebap", "Bagtyyarlyk")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The gas processing facilities at the Sarybulak gas field were put into operation in June.",
            "Sarybulak gas field",
        ),
        (
            "On 20 June the Phase I facilities at TBM's Sarybulak gas field were put into operation.",
            "Sarybulak gas field",
        ),
        ("CNPC commissioned the gas treatment facilities at the Zhanazhol field in 2021.", "Zhanazhol field"),
    ],
)
def test_facilities_at_a_named_field_are_the_fields_works(read, text, name):
    (project,) = read(text)
    assert (project["name"], project["type"], project["status"]) == (name, "oil_gas", "operating")


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        (
            "The first phase of the South Yolotan field envisages three units of 10 billion cubic metres a "
            "year each, 30 billion cubic metres in total.",
            30e9,
        ),
        ("The Galkynysh gas plant will have three trains of 10 bcm per year each.", 30e9),
        ("The Kandym gas processing complex has two lines of 4 billion cubic metres a year each.", 8e9),
    ],
)
def test_a_volume_each_of_several_units_handles_adds_up_to_the_facilitys(read, text, volume):
    (project,) = read(text)
    assert project["capacities"] == [("annual_volume", volume)]


@pytest.mark.parametrize(
    ("text", "size"),
    [
        (
            "The Beineu-Bozoi-Shymkent gas pipeline will have a capacity of 10 billion cubic metres of gas "
            "per year, with possible expansion to 15 billion cubic metres.",
            ("annual_volume", 10e9),
        ),
        (
            "The Beineu-Bozoi-Shymkent gas pipeline will carry 10 bcm a year, expandable to 15 bcm.",
            ("annual_volume", 10e9),
        ),
        (
            "The Kyzylorda refinery will process 2 million tonnes of oil a year, with an option to expand to "
            "4 million tonnes.",
            ("annual_output", 2e6),
        ),
        (
            "The Kyzylorda refinery will process 2 million tonnes of oil a year and could later be expanded "
            "to 4 million tonnes.",
            ("annual_output", 2e6),
        ),
    ],
)
def test_a_size_the_facility_may_one_day_be_given_is_not_its_size(read, text, size):
    (project,) = read(text)
    assert project["capacities"] == [size]


def test_a_size_a_change_brings_the_facility_to_is_still_its_size(read):
    (project,) = read(
        "Kazakhmys will raise the capacity of the Balkhash smelter from 200,000 tonnes to 250,000 tonnes "
        "a year."
    )
    assert project["capacities"] == [("annual_output", 250000.0)]


@pytest.mark.parametrize(
    ("text", "size"),
    [
        (
            "The Atyrau refinery has a design capacity of 5 million tonnes of crude oil per year and "
            "processed 4.3 million tonnes in 2008.",
            [("annual_output", 5e6)],
        ),
        (
            "The Pavlodar refinery, with a capacity of 6 million tonnes a year, processed 5.2 million tonnes "
            "of crude during 2019.",
            [("annual_output", 6e6)],
        ),
        (
            "The company expects the Zaysan gas project to deliver about 150 million cubic metres of gas to "
            "the LNG plant in 2013.",
            [],
        ),
    ],
)
def test_the_amount_of_one_named_year_is_no_rate(read, text, size):
    assert read(text)[0]["capacities"] == size


@pytest.mark.parametrize(
    ("text", "size"),
    [
        (
            "The Shymkent refinery, which has an annual processing capacity of 6 million tons and was "
            "modernised in 2018, supplies the south.",
            ("annual_output", 6e6),
        ),
        (
            "The Kara-Balta refinery in Chui region has a capacity of 800,000 tonnes per year, which it "
            "reached in 2016.",
            ("annual_output", 8e5),
        ),
        (
            "The Aktogay mine can produce 90,000 tonnes of copper a year but opened only in 2017.",
            ("annual_output", 9e4),
        ),
    ],
)
def test_a_year_of_another_clause_leaves_the_rate(read, text, size):
    """The year of a clause joined after the figure ('and opened in 2014') dates that clause, not it."""
    assert read(text)[0]["capacities"] == [size]


@pytest.mark.parametrize(
    "text",
    [
        "Energy China will build a 300 MW solar park near Balykchy. Both sides say the site could eventually "
        "take 1,000 MW.",
        "Energy China will build a 300 MW solar park near Balykchy. The park could eventually hold 1,000 MW.",
    ],
)
def test_what_a_site_could_one_day_hold_is_not_the_plants_size(read, text):
    (project,) = read(text)
    assert project["capacities"] == [("installed_power", 300.0)]


@pytest.mark.parametrize(
    "text",
    [
        "The cost of the Balykchy solar plant is estimated at $250 million; China Development Bank will lend "
        "$200 million.",
        "The Balykchy solar plant, estimated by the ministry at $250 million, will get a $200 million loan "
        "from China Development Bank.",
    ],
)
def test_a_cost_someone_estimates_is_not_the_lenders_loan(read_tables, text):
    investments = read_tables(text)["investments"]
    assert sorted(zip(investments.amount_usd, investments.investor_surface, strict=True), key=str) == [
        (200e6, "China Development Bank"),
        (250e6, None),
    ]


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        (
            "Kazakhmys will fully finance the new copper smelter in Balkhash, estimated at $900 million.",
            "Kazakhmys",
        ),
        ("Zijin Mining will fund the gold mine in Talas region, valued at $500 million.", "Zijin Mining"),
        (
            "ERG said it would finance the ferroalloy plant in Aksu, whose cost is put at $300 million.",
            "ERG",
        ),
        (
            "China Power International Holding (CPIH), a subsidiary of China's State Power Investment "
            "Corporation (SPIC), will finance the Yereymentau wind farm in Akmola region, which the partners "
            "estimate will cost around $1.4 billion.",
            "China Power International Holding",
        ),
    ],
)
def test_a_company_financing_a_priced_project_invests_its_price(read_tables, text, investor):
    """A project's price is no lender's loan, but the company the sentence has finance it puts it in."""
    assert list(read_tables(text)["investments"].investor_surface) == [investor]


@pytest.mark.parametrize(
    "verb", ["must invest", "shall invest", "has to invest", "is required to invest", "is obliged to invest"]
)
def test_a_company_bound_to_invest_is_the_investor(read_tables, verb):
    """A name of no list doing what companies do under an obligation ('X must invest') is a company that
    invests, not the plant's former owner."""
    text = (
        "Tianshan Potash bought a stake in the Dehkanabad potash plant in Kashkadarya region from "
        f"Uzkimyosanoat. Under the sale terms, Tianshan Potash {verb} $320 million in the plant."
    )
    assert list(read_tables(text)["investments"].investor_surface) == ["Tianshan Potash"]


@pytest.mark.parametrize(
    ("text", "lender"),
    [
        (
            "Uzbekneftegaz is expanding the Shurtan gas chemical complex. Financing is unaffected: the $600 "
            "million loan that the Export-Import Bank of China signed for the project remains in force, "
            "Uzbekneftegaz said.",
            "Export-Import Bank of China",
        ),
        (
            "KEGOC is building a 500 kV line in Turkestan region. The $150 million credit which the Asian "
            "Development Bank approved in May covers most of the cost, KEGOC said.",
            "Asian Development Bank",
        ),
        (
            "Kazakhmys is building the Aktogay mine in East Kazakhstan region. A $1.5 billion loan that "
            "China Development Bank has provided will pay for the first stage.",
            "China Development Bank",
        ),
    ],
)
def test_the_subject_of_a_loans_relative_clause_lends_it(read_tables, text, lender):
    assert list(read_tables(text)["investments"].investor_surface) == [lender]


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        (
            "Ekibastuz GRES-1 (Pavlodar region). Kazakhmys Power, which owns the plant through its "
            "subsidiary Ekibastuz GRES-1 LLP, will restore power unit No. 8.",
            "Ekibastuz GRES-1",
            "Pavlodar",
        ),
        (
            "Balkhash TPP JSC was set up by Samruk-Energy. Balkhash TPP in Almaty region will be built by "
            "KEPCO.",
            "Balkhash TPP",
            "Almaty Region",
        ),
        (
            "Moinak HPP JSC is a subsidiary of Samruk-Energy. Moinak HPP, Almaty region, is 85% complete.",
            "Moinak HPP",
            "Almaty Region",
        ),
    ],
)
def test_a_plant_placed_right_after_its_name_is_the_plant_not_its_company(read, text, name, region):
    """The plant's name is its company's short name too ('Ekibastuz GRES-1 LLP'); placed right after, it
    is the plant."""
    (project,) = read(text)
    assert (project["name"], project["region"]) == (name, region)


def test_the_company_named_for_its_plant_still_speaks_as_a_company(read):
    assert (
        read("Moinak HPP JSC is a subsidiary of Samruk-Energy. Moinak HPP said it had hired 300 workers.")
        == []
    )


@pytest.mark.parametrize(
    ("text", "investments"),
    [
        (
            "Navoiyazot is building an ammonia plant in Navoi. The Japan Bank for International Cooperation "
            "lent $230 million of its roughly $900 million cost.",
            [(230e6, "Japan Bank for International Cooperation"), (900e6, "Navoiyazot")],
        ),
        (
            "China Development Bank financed the Moinak HPP in Almaty region, a $360 million price tag in "
            "all, with a $200 million loan.",
            [(200e6, None), (360e6, None)],
        ),
    ],
)
def test_an_amount_called_a_cost_after_it_is_no_lenders(read_tables, text, investments):
    """'its $900 million cost', 'a $360 million price tag': the word after the amount prices the plant."""
    rows = read_tables(text)["investments"]
    assert sorted(zip(rows.amount_usd, rows.investor_surface, strict=True), key=str) == sorted(
        investments, key=str
    )


@pytest.mark.parametrize(
    "dateline",
    ["Bishkek, May 23 /Kabar/.", "Bishkek, 23 May /Kabar/ -", "Bishkek, May 23.", "Bishkek, 23 May 2012."],
)
def test_a_datelines_city_places_nothing(read, dateline):
    """An agency's dateline ('Bishkek, May 23 /Kabar/.', or a sentence of a city and a date) is where the
    story was filed, not where the deposit lies."""
    (project,) = read(
        f"{dateline} The Government approved the results of the auction for the Jerooy gold deposit."
    )
    assert (project["name"], project.get("region"), project.get("locality")) == (
        "Jerooy gold deposit",
        None,
        "Jerooy",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Turkmengaz stopped deliveries through the Korpeje-Kurt Kui gas pipeline on January 1.",
        "The Korpeje-Kurt Kui gas pipeline has stood empty since New Year's Day.",
        "Since January the Korpeje-Kurt Kui gas pipeline remains unused.",
    ],
)
def test_a_line_no_gas_flows_through_is_mothballed(read, text):
    assert read(text)[0]["status"] == "mothballed"


@pytest.mark.parametrize(
    "revival",
    [
        "In January, the plant came back to life.",
        "In January the refinery restarted production.",
        "The refinery was restarted in January.",
    ],
)
def test_a_plant_restarted_is_operating(read_tables, revival):
    frames = read_tables(f"The Kara-Balta refinery in Chui region stood idle for two years. {revival}")[
        "project_frames"
    ]
    assert list(frames.sort_values("sentence_idx").status) == ["mothballed", "operating"]


@pytest.mark.parametrize(
    "second",
    [
        "Downstream, the president started the second unit of Sangtuda-2, a 220-megawatt station built by "
        "Farab.",
        "Downstream stands Sangtuda-2, a 220-megawatt hydropower plant.",
        "A few kilometres away, Iran finished Sangtuda-2, a 220 MW plant, in 2011.",
    ],
)
def test_a_numbered_name_before_a_sized_facility_names_a_plant_of_its_own(read, second):
    """'Sangtuda-2, a 220-megawatt station': a new plant with its name, not a figure of the plant the
    paragraph spoke of, nor placed at that plant's town."""
    first, other = read(f"The Rogun hydropower plant is rising on the Vakhsh. {second}")
    assert (first["name"], first["capacities"]) == ("Rogun hydropower plant", [])
    assert (other["type"], other["name"].split()[0], other["capacities"]) == (
        "hydro",
        "Sangtuda-2",
        [("installed_power", 220.0)],
    )


@pytest.mark.parametrize("noun", ["station", "power station", "plant"])
def test_a_station_of_an_article_about_solar_plants_is_a_solar_plant(read, noun):
    """A power plant goes by 'plant' or 'station' alike: the one power kind the article's plants had."""
    projects = read(
        "Masdar won tenders for two solar plants in Samarkand and Jizzakh regions. "
        f"The Samarkand-1 {noun}, with a capacity of 220 MW, will be built in Nurabad district."
    )
    samarkand = [p for p in projects if p.get("region") == "Samarkand"]
    assert [(p["type"], p["capacities"]) for p in samarkand] == [("solar", [("installed_power", 220.0)])]


@pytest.mark.parametrize(
    "text",
    [
        "Beside the gas plant at Zhanazhol in Aktobe region, a 48-megawatt power station fired with gas has "
        "been running since 2005.",
        "A 48 MW power plant which runs on associated gas has been running at Zhanazhol in Aktobe region "
        "since 2005.",
        "CNPC runs a 48 MW power station, fuelled by flare gas, at Zhanazhol in Aktobe region.",
    ],
)
def test_a_power_station_the_fuel_it_burns_tells_is_thermal(read, text):
    stations = [p for p in read(text) if p["capacities"]]
    assert [(p["type"], p["capacities"]) for p in stations] == [("thermal", [("installed_power", 48.0)])]


def test_a_power_station_no_word_tells_the_kind_of_is_still_no_project(read):
    assert read("A 100 MW power plant will be built in Zhambyl region.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Atasu-Alashankou, the 962km pipeline the same partners opened last year, carries crude to "
            "China.",
            "Atasu-Alashankou pipeline",
        ),
        (
            "KazTransGas is building Beineu-Bozoi-Shymkent, a 1,475 km gas pipeline, with CNPC.",
            "Beineu-Bozoi-Shymkent pipeline",
        ),
    ],
)
def test_a_route_set_before_a_line_names_it(read, text, name):
    (line,) = read(text)
    assert line["name"] == name


def test_an_abbreviation_set_before_a_facility_names_it(read):
    (tapi,) = read(
        "That leaves TAPI, the long-promised pipeline to Afghanistan, Pakistan and India. Construction of "
        "the Turkmen section began near Mary in 2015. The 1,814-kilometer pipeline would carry 33 billion "
        "cubic meters a year."
    )
    assert (tapi["name"], tapi["capacities"]) == ("TAPI pipeline", [("annual_volume", 33e9)])


@pytest.mark.parametrize(
    "text",
    [
        "CNPC, the state-owned company, will build a 300 MW solar plant in Aral.",
        "KEGOC, the grid operator, is building a 500 kV line in Turkestan region.",
    ],
)
def test_an_organisations_abbreviation_names_no_facility(read, text):
    assert [p.get("name") for p in read(text)] == [None]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Sinohydro has been pouring concrete since October for the Kulanak hydropower plant.",
            "construction",
        ),
        ("Workers poured the first concrete at the Kulanak hydropower plant in May.", "construction"),
        (
            "When TBEA finished the 500-kilovolt South-North power line in 2009, the blackouts ended.",
            "operating",
        ),
        ("TBEA finished building the South-North power line in 2009.", "operating"),
        ("TBEA finished the feasibility study for a 500 MW solar plant in Sughd region.", "announced"),
        (
            "After Sinohydro completed the Moinak hydropower plant in 2012, it moved to Kyrgyzstan.",
            "operating",
        ),
        ("Once the Zhanatas wind farm is commissioned, it will supply 300 GWh a year.", "announced"),
        (
            "The Zhanatas wind farm in Zhambyl region will, once completed in 2026, supply 300 GWh.",
            "announced",
        ),
        (
            "Construction of the Bishkek waste-to-energy plant started in March; when finished, it will burn "
            "1,000 tonnes a day.",
            "construction",
        ),
    ],
)
def test_works_under_way_and_finished(read, text, status):
    assert read(text)[0]["status"] == status


@pytest.mark.parametrize("says", ["said", "has said", "says that", "confirmed"])
def test_a_body_saying_it_will_invest_invests(read_tables, says):
    """'ENRC has said it will invest $200 million': the speaker is the 'it', not the subsidiary the article
    spoke of before."""
    text = (
        "The Aksu thermal power plant in Pavlodar region belongs to Eurasian Energy Corporation, a "
        f"subsidiary of Eurasian Natural Resources Corporation (ENRC). ENRC {says} it will invest $200 "
        "million in the rehabilitation of the plant's second unit."
    )
    assert list(read_tables(text)["investments"].investor_surface) == ["ENRC"]


@pytest.mark.parametrize("noun", ["the solar park", "the solar plant", "the photovoltaic station"])
def test_a_definite_facility_of_the_articles_only_kind_is_that_project_however_far_back(read_tables, noun):
    """'the solar park', sentences after the article's only solar plant and among other kinds: that plant."""
    tables = read_tables(
        "The round was won by a 150 MW wind farm near Stepnogorsk in Akmola region and a 90 MW solar plant "
        "near Shieli in Kyzylorda region. The Stepnogorsk wind farm is designed to generate 520 million kWh "
        "a year. Samruk-Green Energy will build it. It plans to attract a loan from the Development Bank of "
        f"Kazakhstan. Its turbines will come from Goldwind. The company said {noun} would cost $62 million."
    )
    frames = tables["project_frames"].set_index("frame_id")
    (frame_id,) = tables["investment_frames"].frame_id
    assert frames.project_type[frame_id] == "solar"


def test_a_placed_item_of_a_list_is_no_far_reference_to_the_only_plant_of_its_kind(read):
    """A digest's item that places its plant ('Karaganda region. The project of a plant for processing
    tyres ...') speaks of another plant than the article's cement plant named paragraphs before."""
    projects = read(
        "Environmental permits of the month\n\n"
        "Turkistan region. The clinker-cement plant near the town of Kentau got its permit.\n\n"
        "The plant will make 1.5 million tonnes of cement a year.\n\n"
        "Zhambyl region. A 100 MW solar plant in Moiynkum district got its land.\n\n"
        "Karaganda region. The project of a plant for processing of worn-out tyres with a capacity of 20,000 "
        "tonnes per year was sent for revision."
    )
    plants = [p["capacities"] for p in projects if p["type"] == "manufacturing"]
    tyres = [p for p in projects if p["region"] == "Karaganda"]
    assert plants == [[("annual_output", 1.5e6)], [("annual_output", 20000.0)]]
    assert [p["capacities"] for p in tyres] == [[("annual_output", 20000.0)]]

"""Analysis pieces and regional round-ups: paragraphs about other countries, figures that change, counts
of units installed so far, facilities named after a company or a town, datelines on a line of their own,
bodies named 'Ministry of X and Y', joint ventures whose partners carry a province's name."""

from __future__ import annotations

import pytest

from pipelines.domain.extract.annotate.quantities import find_quantities


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The installed capacity of the plant increased from 666 to 812 megawatts.", 812.0),
        ("After the upgrade its capacity was raised from 120 to 150 MW.", 150.0),
        ("The plant's capacity will be expanded from 1,000 to 1,500 MW by 2027.", 1500.0),
    ],
)
def test_a_figure_raised_from_one_value_to_another_is_the_value_reached(ref, sentence, value):
    [quantity] = find_quantities(sentence, ref)
    assert (quantity.value_std, quantity.qualifier) == (value, "exact")


def test_a_range_without_from_is_still_its_middle(ref):
    [quantity] = find_quantities("The plant will have a capacity of 600-800 MW.", ref)
    assert (quantity.value_std, quantity.qualifier) == (700.0, "approx")


@pytest.mark.parametrize(
    "sentence",
    [
        "To date, 48 of the planned 160 wind turbines have been installed.",
        "So far 48 of the 160 turbines are in place.",
        "Workers have erected 48 of its 160 wind turbines.",
    ],
)
def test_units_installed_so_far_are_not_the_projects_count(ref, sentence):
    counts = [q.value_std for q in find_quantities(sentence, ref) if q.metric == "unit_count"]
    assert counts == [160.0]


_ANALYSIS = (
    "title: Beyond gas\n\n"
    "In Kazakhstan, Chinese capital is flowing into refining; the Atyrau refinery is one example.\n\n"
    "Tajikistan shows what happens when loans run short. The government handed TBEA the Upper Kumarg "
    "and East Duoba gold deposits instead of repaying in cash.\n"
)


def test_a_paragraph_about_another_country_places_its_facilities_there(read):
    mines = [p for p in read(_ANALYSIS) if p["type"] == "mining"]
    assert [(p["country"], p["region"], p["locality"]) for p in mines] == [
        ("TJ", None, "Upper Kumarg"),
        ("TJ", None, "East Duoba"),
    ]


def test_named_deposits_after_a_mine_of_the_same_type_are_projects_of_their_own(read):
    text = (
        "title: Gold in Sughd\n\n"
        "Its Karamazar mine in the Sughd region has been in operation since 2016. "
        "The company received the licences for the Upper Kumarg and East Duoba deposits last year.\n"
    )
    assert [p["locality"] for p in read(text) if p["type"] == "mining"] == [
        "Karamazar",
        "Upper Kumarg",
        "East Duoba",
    ]


@pytest.mark.parametrize(
    "later",
    [
        "Energy officials said the Datang wind farm would be the largest in the country.",
        "The Datang wind farm is to be finished in 2027.",
    ],
)
def test_a_facility_named_after_its_company_is_the_one_that_company_builds(read, later):
    text = (
        "title: Deals\n\n"
        "China Datang Corporation signed an agreement on the construction of a 1 GW wind farm near "
        f"Ayagoz in the Abai region. {later}\n"
    )
    [wind] = [p for p in read(text) if p["type"] == "wind"]
    assert (wind["locality"], wind["capacities"]) == ("Ayagoz", [("installed_power", 1000.0)])


def test_a_typeless_plant_later_in_the_sentence_is_the_facility_it_names(read):
    text = (
        "title: Contracts\n\n"
        "- A 1 GW wind farm will be built near Ayagoz in the Abai region.\n"
        "- Silleno LLP, the operator of the polyethylene project in the Atyrau region, signed a "
        "contract with Sinopec Engineering for the 1.25 million tonnes per year plant.\n"
    )
    by_type = {p["type"]: p for p in read(text)}
    assert by_type["chemical"]["capacities"] == [("annual_output", 1250000.0)]
    assert by_type["wind"]["capacities"] == [("installed_power", 1000.0)]


@pytest.mark.parametrize("dateline", ["DUSHANBE, 15 October.", "KHUJAND, 3 March."])
def test_a_capitalised_dateline_on_its_own_places_nothing(read, dateline):
    text = (
        f"title: Solar\n\n{dateline} A 300 MW solar plant will be built by TBEA, the Tajik ministry said.\n"
    )
    [plant] = read(text)
    assert (plant["region"], plant["country"]) == (None, "TJ")


def test_a_town_glued_to_a_number_names_the_plant_and_places_only_it(read):
    text = (
        "title: Loans\n\n"
        "TBEA received the licences for the Upper Kumarg gold mine in exchange for building the "
        "400 MW Dushanbe-2 combined heat and power plant.\n"
    )
    by_type = {p["type"]: p for p in read(text)}
    assert by_type["thermal"]["region"] == "Dushanbe"
    assert by_type["mining"]["region"] is None


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        (
            "According to the Ministry of Industry and New Technologies, output grew.",
            ["Ministry of Industry and New Technologies"],
        ),
        (
            "The Ministry of Energy and Power Construction Corporation of China signed a memorandum.",
            ["Ministry of Energy", "Power Construction Corporation of China"],
        ),
        (
            "The Ministry of Energy and the Ministry of Finance agreed.",
            ["Ministry of Energy", "Ministry of Finance"],
        ),
    ],
)
def test_a_ministry_of_two_portfolios_is_one_body(read_tables, sentence, bodies):
    organisations = read_tables(f"title: t\n\n{sentence}\n")["org_mentions"]
    assert list(organisations.surface) == bodies


@pytest.mark.parametrize(
    "partners",
    [
        "a joint venture of Tibet Huayu Mining and the state-owned Tajik Aluminium Company",
        "a joint venture between Tibet Huayu Mining and the state-owned Tajik Aluminium Company",
    ],
)
def test_a_province_in_a_partners_name_does_not_place_the_venture(read, partners):
    text = (
        "title: Mines\n\n"
        f"The Konchoch mining and processing plant in the Sughd region, {partners}, has been operating "
        "since 2020.\n"
    )
    [plant] = read(text)
    assert (plant["region"], plant["country"]) == ("Sughd", "TJ")
    assert "Tibet Huayu Mining" in plant["participants"]


def test_a_bitumen_plant_is_a_refinery(read):
    [plant] = read("title: t\n\nA road-bitumen plant in Aktau was commissioned last week.\n")
    assert (plant["type"], plant["locality"], plant["status"]) == ("oil_refinery", "Aktau", "operating")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("the Dushanbe-2 CHP plant", "the Dusahnbe-2 CHP plant"),
        ("the Sebzor hydropower plant", "the Sebzar hydropower plant"),
        ("the Beineu-Bozoy-Shymkent gas pipeline", "the Beineu-Shymkent gas pipeline"),
    ],
)
def test_one_facility_spelt_twice_in_one_article_is_one_project(read, first, second):
    text = (
        f"title: t\n\nIn Tajikistan, TBEA has built {first} with a loan from China Eximbank.\n\n"
        f"Officials said that {second} will run only in winter.\n"
    )
    assert len(read(text)) == 1


def test_short_names_one_letter_apart_are_two_places(read):
    text = (
        "title: t\n\nThe Tamdy wind farm was connected in May.\n\n"
        "Officials said that the Tandy wind farm will follow in June.\n"
    )
    assert [p["locality"] for p in read(text)] == ["Tamdy", "Tandy"]


def test_a_range_from_one_value_to_another_without_a_change_is_its_middle(ref):
    sentence = "The ferrochrome plant will have an annual output ranging from 400,000 to 480,000 tons."
    [quantity] = find_quantities(sentence, ref)
    assert (quantity.value_std, quantity.qualifier) == (440000.0, "approx")


@pytest.mark.parametrize(
    ("sentence", "amounts"),
    [
        ("The plant will pay about 35 billion tenge in taxes a year.", [(35e9, "KZT", True)]),
        ("Kazakhstan exported $2 billion of crude to China.", [(2e9, "USD", True)]),
        (
            "The estimated cost of the project is $2.4 billion (about 210 billion soms).",
            [(2.4e9, "USD", False)],
        ),
        ("The project was valued at 20 billion tenge (about $131 million).", [(20e9, "KZT", False)]),
        ("China will invest $500 million in the project to double exports.", [(500e6, "USD", False)]),
    ],
)
def test_an_amount_is_read_once_and_taxes_or_trade_after_it_are_no_investment(ref, sentence, amounts):
    from pipelines.domain.extract.annotate.money import find_money

    assert [(m.amount, m.currency, m.negative) for m in find_money(sentence, ref)] == amounts


@pytest.mark.parametrize(
    "sentence",
    [
        "JSC National Electric Grid of Uzbekistan signed an EPC contract for a 220 kV line in Jizzakh.",
        "JSC Kazakhstan Electricity Grid Operating Company will build a 500 kV line in Turkistan.",
    ],
)
def test_a_company_named_after_a_grid_is_no_grid(read, sentence):
    assert [p["type"] for p in read(f"title: t\n\n{sentence}\n")] == ["transmission"]


@pytest.mark.parametrize(
    "opening",
    [
        "Astronergy, the solar manufacturing arm of China's Chint Group,",
        "Astronergy, a division of China's Chint Group,",
    ],
)
def test_a_company_called_an_arm_or_division_of_another_is_an_organisation(read, opening):
    text = f"title: t\n\n{opening} has laid the foundation stone of a solar module factory in Jizzakh.\n"
    [factory] = read(text)
    assert "Astronergy" in factory["participants"]


@pytest.mark.parametrize(
    ("phrase", "locality"),
    [
        ("the 500 kV Guzar - Surkhan overhead power transmission line", "Guzar"),
        ("the 220 kV Datka - Kemin line", "Datka"),
    ],
)
def test_a_route_written_with_spaced_dashes_is_named_from_its_first_end(read, phrase, locality):
    [line] = read(f"title: t\n\nThe ministry signed a contract for the construction of {phrase}.\n")
    assert (line["type"], line["locality"]) == ("transmission", locality)


def test_plants_of_different_products_in_one_town_are_two_projects(read):
    text = (
        "title: t\n\nA polyethylene plant will be built in Atyrau by Silleno.\n\n"
        "Officials said the polypropylene plant in Atyrau has been running since 2022.\n"
    )
    assert [(p["type"], p["locality"]) for p in read(text)] == [
        ("chemical", "Atyrau"),
        ("chemical", "Atyrau"),
    ]


@pytest.mark.parametrize(
    ("a", "b", "different"),
    [("aluminium", "aluminum", False), ("polyethylene", "polypropylene", True), ("copper", None, False)],
)
def test_products_are_compared_whatever_the_spelling(a, b, different):
    from pipelines.domain.reference import different_products

    assert different_products(a, b) is different

"""Fact sheets: 'Project: ... / Location: ... / Capacity: ... / Investor: ... / Status: ...' lines read as
one statement per project."""

from __future__ import annotations

import pytest

from pipelines.domain.extract.parse import is_heading, parse_article

_SHEET = (
    "title: Projects agreed at the forum\n\n"
    "Below are the main projects from the list published by the ministry.\n\n"
    "Project: Karauzyak wind farm\n"
    "Location: Karauzyak district, Karakalpakstan\n"
    "Capacity: 1 GW\n"
    "Investor: China Huadian Corporation\n"
    "Investment: $1.1 billion\n"
    "Status: investment agreement signed\n\n"
    "Project: New copper smelting complex of Almalyk MMC\n"
    "Location: Almalyk, Tashkent region\n"
    "Capacity: 300 thousand tons of copper cathode per year; first stage 150 thousand tons\n"
    "Contractor: China ENFI Engineering Corporation\n"
    "Contract value: $415 million, paid by Almalyk MMC\n"
    "Status: contract signed\n"
)


def test_a_run_of_field_lines_is_one_statement(ref):
    sentences = [s.text for s in parse_article("0" * 16, "t.txt", _SHEET, ref).sentences]
    assert sentences[1] == (
        "Project: Karauzyak wind farm, Location: Karauzyak district, Karakalpakstan, Capacity: 1 GW, "
        "Investor: China Huadian Corporation, Investment: $1.1 billion, Status: investment agreement signed."
    )


def test_each_record_is_a_project_with_its_place_size_and_status(read):
    projects = read(_SHEET)
    assert [(p["type"], p["locality"], p["region"], p["status"], p["capacities"][:1]) for p in projects] == [
        ("wind", "Karauzyak", "Karakalpakstan", "pre-construction", [("installed_power", 1000.0)]),
        ("smelter", "Almalyk", "Tashkent Region", "pre-construction", [("annual_output", 150000.0)]),
    ]


def test_a_records_investor_and_payer_are_its_own(read_tables):
    investments = read_tables(_SHEET)["investments"]
    assert list(zip(investments.amount_usd, investments.investor_surface, strict=True)) == [
        (1.1e9, "China Huadian Corporation"),
        (415e6, "Almalyk MMC"),
    ]


def test_two_field_lines_are_no_record(ref):
    text = "title: t\n\nNote: the figures are preliminary\nSource: the ministry\n\nThe plant opened.\n"
    assert [s.text for s in parse_article("0" * 16, "t.txt", text, ref).sentences][-1] == "The plant opened."


def test_field_lines_too_few_for_a_record_stay_as_written(ref):
    text = "title: t\n\nNote: figures are preliminary; final ones follow.\nSource: the ministry.\n"
    sentences = [s.text for s in parse_article("0" * 16, "t.txt", text, ref).sentences]
    assert sentences[0] == "Note: figures are preliminary; final ones follow."


def test_numbered_field_lines_are_one_record(read):
    (farm,) = read(
        "Title: Announcement on the outbound investment in a wind power project\n\n"
        "1. Project name: Sarkand 150MW Wind Power Project\n"
        "2. Location: near Sarkand town, Zhetysu Region\n"
        "3. Construction scale: installed capacity of 150MW, with 25 wind turbine generators of 6.0MW "
        "each and a supporting 220kV step-up substation\n"
        "4. Estimated average annual on-grid electricity: 462 million kWh\n"
    )
    assert (farm["type"], farm["locality"], farm["region"]) == ("wind", "Sarkand", "Jetisu")
    assert sorted(farm["capacities"]) == [
        ("annual_generation", 462000.0),
        ("installed_power", 150.0),
        ("unit_count", 25.0),
    ]


@pytest.mark.parametrize("marker", ["●", "-", "1."])
def test_the_price_of_shares_in_a_record_is_no_investment(read_tables, marker):
    tables = read_tables(
        "Title: Acquisition of a silver mine company\n\n"
        f"{marker} Target: the Konimansur silver mine in Sughd region\n"
        f"{marker} Parties: Xiangyuan HK (transferee) and Zarafshon Investment Group LLC (transferor)\n"
        f"{marker} Consideration: USD 42 million, to be paid in cash\n"
    )
    assert tables["investments"].empty


_FINANCING_PLAN = (
    "title: Karabas Wind Power Project: data sheet\n\n"
    "The project will build a 150 MW wind farm near the village of Karabas in Karaganda region.\n\n"
    "The borrower is Karabas Wind LLP, owned by China Three Gorges.\n\n"
    "Financing Plan\n"
    "EBRD A loan (own account): US$ 60.0 million\n"
    "Asian Infrastructure Investment Bank (AIIB), parallel loan: up to US$ 45.0 million\n"
    "Sponsor equity (China Three Gorges): US$ 52.5 million\n"
)


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Total project cost: US$ 178.6 million", False),
        ("EBRD A loan (ordinary capital resources): US$ 45.0 million", False),
        ("Installed capacity: 1,000 MW", False),
        ("Investment - $520 million", False),  # a digest's field, its dash once long
        ("Volume of investments - USD 310 million", False),
        ("Kazakhstan - 210 MW wind farm starts test run", True),
        ("Country / Economy: Kazakhstan", True),
        ("Financing Plan", True),
        ("Zhambyl region: 210 MW wind farm starts test run", True),
    ],
)
def test_a_field_with_a_figure_is_a_statement_not_a_heading(line, heading):
    assert is_heading(line) is heading


def test_each_financing_line_of_a_data_sheet_is_its_lenders_investment(read_tables):
    tables = read_tables(_FINANCING_PLAN)
    investments = tables["investments"]
    assert list(zip(investments.investor_surface, investments.amount_usd, strict=True)) == [
        ("EBRD", 60e6),
        ("Asian Infrastructure Investment Bank", 45e6),
        ("China Three Gorges", 52.5e6),
    ]
    assert set(tables["investment_frames"].frame_id) == set(tables["project_frames"].frame_id.head(1))


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        (
            "Meanwhile, in Ayni district, TBEA has begun construction of a gold-processing plant with a "
            "capacity of",
            False,
        ),
        ("The plant will be built by China Energy Engineering and", False),
        ("Projects in the pipeline", True),
    ],
)
def test_a_line_cut_off_mid_sentence_is_a_statement_not_a_heading(line, heading):
    assert is_heading(line) is heading


def test_a_project_told_in_a_sentence_cut_off_is_read(read):
    text = (
        "DUSHANBE. The silicon plant near Khujand was put into operation.\n\n"
        "Meanwhile, in Ayni district, TBEA has begun construction of a second gold-processing plant at the "
        "East Duoba deposit, with a capacity of"
    )
    assert [(p["type"], p["status"]) for p in read(text)][-1] == ("mining", "construction")


@pytest.mark.parametrize(
    ("item", "label"),
    [("1. Wind power plant, 500 MW", "Region"), ("(2) Wind farm with a capacity of 500 MW", "Location")],
)
def test_a_numbered_item_above_its_fields_is_the_project_they_place(read, item, label):
    (farm,) = read(
        "title: PPP portfolio\n\nBelow are the main projects at the stages of tender and signing.\n\n"
        f"{item}\n{label}: Bukhara region, Peshku district\n"
        "Private partner: China Datang Overseas Investment Co., Ltd.\nEstimated cost: USD 550 million\n"
    )
    assert (farm["type"], farm["locality"], farm["region"]) == ("wind", "Peshku", "Bukhara")
    assert farm["capacities"] == [("installed_power", 500.0)]


@pytest.mark.parametrize(
    ("source", "status"),
    [
        (
            "Raw material base: limestone deposit, approved reserves - 86 million tonnes",
            "exploration of the raw material deposit completed; an investor is being sought",
        ),
        (
            "Feedstock: the Kushmurun limestone quarry with reserves of 86 million tonnes",
            "the feasibility study of the plant has been completed, an investor is sought",
        ),
    ],
)
def test_a_passports_capacity_is_its_plants_not_the_deposit_another_field_names(read, source, status):
    projects = read(
        "title: Investment passport\n\nInvestment proposals of the region.\n\nPROJECT PASSPORT No. 5\n"
        "Project: Construction of a cement plant (dry process)\n"
        "Location: Auliekol district, near the village of Kushmurun\nInitiator: SEC Tobol\n"
        f"{source}\nCapacity: 1 million tonnes of cement per year\nStatus: {status}\n"
    )
    assert [(p["type"], p["locality"], p["status"], p["capacities"]) for p in projects] == [
        ("manufacturing", "Kushmurun", "announced", [("annual_output", 1000000.0)])
    ]


@pytest.mark.parametrize(
    ("sector", "capacity"),
    [
        (
            "Sector: Agro-industrial complex",
            "processing of 300 tonnes of seeds per day; output - 36,000 tonnes "
            "of vegetable oil and 52,000 tonnes of meal per year",
        ),
        (
            "Industry: food processing plants",
            "300 tonnes of seeds a day, 36,000 tonnes of vegetable oil and 52,000 tonnes of meal a year",
        ),
    ],
)
def test_a_passports_labels_and_branch_name_no_facility_its_location_places_it_and_its_intake_is_no_output(
    read, sector, capacity
):
    [plant] = read(
        "title: Investment passport\n\nInvestment proposals.\n\nPROJECT PASSPORT No. 4\n"
        "Project: Construction of a plant for the processing of oilseeds (sunflower, rapeseed, flax)\n"
        f"{sector}\nLocation: Kostanay, industrial zone\nInitiator: KostanayMaslo LLP\nCapacity: {capacity}\n"
        "Project cost: 4.5 billion tenge (USD 29.8 million)\n"
    )
    assert plant["capacities"] == [("annual_output", 36000.0), ("annual_output", 52000.0)]
    assert (plant["locality"], plant["region"]) == ("Kostanay", "Kostanay")


@pytest.mark.parametrize(
    "buyer",
    [
        'Off-taker: JSC "National Electric Grid of Uzbekistan" (NEGU)',
        "Buyer: National Electric Grid of Uzbekistan",
    ],
)
def test_a_records_buyer_of_the_power_is_no_investor(read_tables, buyer):
    tables = read_tables(
        "title: PPP portfolio\n\nThe main projects at the stages of tender and signing.\n\n"
        "1. Wind power plant, 500 MW\nRegion: Bukhara region, Peshku district\n"
        f"Public partner: Ministry of Energy of the Republic of Uzbekistan\n{buyer}\n"
        "Private partner: China Datang Overseas Investment Co., Ltd.\nEstimated cost: USD 550 million\n"
    )
    investments = tables["investments"]
    assert list(zip(investments.amount_usd, investments.investor_surface, strict=True)) == [
        (550e6, "China Datang Overseas Investment Co., Ltd")
    ]
    assert tables["project_frames"].region.tolist() == ["Bukhara"]


@pytest.mark.parametrize(
    ("lines", "item"),
    [
        (
            "1. Wind plant, 500 MW\nRegion: Bukhara region\nPartner: Datang\nCost: USD 550 million",
            "1. Wind plant, 500 MW, Region: Bukhara region, Partner: Datang, Cost: USD 550 million.",
        ),
        (
            "(I) Ekibastuz CHP Project\n1. Owner: Samruk-Energy.\n2. Location: Ekibastuz.\n3. Scope: units.",
            "(I) Ekibastuz CHP Project",
        ),
    ],
)
def test_a_numbered_item_joins_its_fields_unless_they_are_numbered_in_their_turn(ref, lines, item):
    sentences = parse_article("0" * 16, "t.txt", f"title: t\n\nThe projects.\n\n{lines}\n", ref).sentences
    assert sentences[1].text == item

"""Bulleted lists of deals: a lead-in sentence ending in a colon, items that inherit its status, amounts
in brackets, figures glued by a slash."""

from __future__ import annotations

import pytest

from pipelines.domain.extract.parse import is_heading, is_list_item

_LIST = (
    "The Ministry of Energy signed agreements with Chinese companies on Tuesday for these projects:\n\n"
    "- a 1,000 MW solar plant in the Bukhara region with China Energy Engineering Corp ($700 million);\n"
    "- a 500 MW wind farm in Karakalpakstan with Universal Energy ($550 million);\n"
    "- a 300 MW/600 MWh battery storage system in the Fergana region with Huaneng ($250 million).\n"
)


def test_every_item_of_a_signed_list_is_a_project_with_the_lead_ins_status(read):
    projects = read(_LIST)
    assert [(p["type"], p["region"], p["status"], p["name"]) for p in projects] == [
        ("solar", "Bukhara", "pre-construction", None),
        ("wind", "Karakalpakstan", "pre-construction", None),
        ("storage", "Fergana", "pre-construction", None),
    ]


def test_an_amount_in_brackets_after_an_item_is_its_value(read_tables):
    investments = read_tables(_LIST)["investments"]
    assert list(zip(investments.investor_surface, investments.amount_usd, strict=True)) == [
        ("China Energy Engineering Corp", 700e6),
        ("Universal Energy", 550e6),
        ("Huaneng", 250e6),
    ]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Background:", True),
        ("Projects in the pipeline", True),
        ("The ministry signed agreements with Chinese companies for the following projects:", False),
        ("The plant will be built in 2026.", False),
    ],
)
def test_a_long_line_ending_in_a_colon_leads_into_a_list(line, heading):
    assert is_heading(line) is heading


@pytest.mark.parametrize(
    "text",
    [
        "The company will build photovoltaic power plants with a capacity of 200 MW, 300 MW and 500 MW in "
        "Samarkand, Jizzakh and Surkhandarya regions, respectively.",
        "Solar plants of 200 MW, 300 MW and 500 MW will be built in Samarkand, Jizzakh and Surkhandarya "
        "regions.",
    ],
)
def test_as_many_figures_as_listed_places_go_to_them_in_order(read, text):
    projects = read(text)
    assert [(p["region"], p["capacities"]) for p in projects] == [
        ("Samarkand", [("installed_power", 200.0)]),
        ("Jizzakh", [("installed_power", 300.0)]),
        ("Surkhandarya", [("installed_power", 500.0)]),
    ]


def test_items_after_a_lead_in_with_no_status_keep_their_own(read_tables):
    frames = read_tables(
        "Since January, 14 renewable energy facilities have been commissioned in the republic.\n\n"
        "The ministry monitors the following projects with Chinese companies:\n\n"
        "• Wind power plant of 50 MW in Kordai district, Zhambyl region. Construction works are underway.\n\n"
        "• Energy storage system of 50 MW near Balkhash, Karagandy region. A supply contract has been signed."
    )["project_frames"]
    stated = frames[frames.status_basis == "stated"]
    assert sorted(zip(stated.project_type, stated.status, strict=True)) == [
        ("storage", "pre-construction"),
        ("wind", "construction"),
    ]


def test_plants_counted_in_listed_regions_are_new_and_share_no_total(read):
    projects = read(
        "A 50 MW wind farm is being built in Kordai district of Zhambyl region.\n\n"
        "Three wind power plants in Zhambyl, Turkestan and Almaty regions with a total capacity of 300 MW "
        "will follow."
    )
    assert [(p["region"], p["capacities"]) for p in projects] == [
        ("Zhambyl", [("installed_power", 50.0)]),
        ("Zhambyl", []),
        ("Turkistan", []),
        ("Almaty Region", []),
    ]


def test_uncounted_plants_in_listed_regions_keep_their_total(read):
    projects = read(
        "An agreement on solar power stations in Jizzakh and Tashkent regions with a total capacity of "
        "2000 MW has been signed."
    )
    assert [p["region"] for p in projects] == ["Jizzakh", "Tashkent Region"]
    assert [c for p in projects for c in p["capacities"]] == [("installed_power", 2000.0)]


def test_emoji_bulleted_items_take_their_head_places_and_their_lead_ins_status(read_tables):
    frames = read_tables(
        "Title: Ministry of Energy\n\n"
        "⚡️ The following facilities were put into operation today:\n\n"
        "🔹 Jizzakh region, Zafarabad district — the Zafarabad photovoltaic power station of Universal "
        "Energy, 200 MW.\n\n"
        "⚡️ Construction has started on:\n\n"
        "🔹 Kashkadarya region, Guzar district — a photovoltaic station of CHN Energy with a capacity of "
        "500 MW.\n"
    )["project_frames"]
    firsts = frames[frames.refers_to.isna()]
    assert list(zip(firsts.region, firsts.status, strict=True)) == [
        ("Jizzakh", "operating"),
        ("Kashkadarya", "construction"),
    ]


@pytest.mark.parametrize("mark", ["🔸", "✅", "-", "•"])
def test_every_line_of_a_projects_bulleted_parameters_is_its_fact(read_tables, mark):
    tables = read_tables(
        "Title: Ministry of Energy\n\n"
        "Today the Tyulkubas solar power plant with a capacity of 50 MW was put into operation in Turkistan "
        "region.\n\n"
        f"{mark} investor – Turkistan Solar Park LLP\n"
        f"{mark} EPC contractor – China Energy Engineering Jiangsu Power Design Institute\n"
        f"{mark} start of works – spring 2023\n"
        f"{mark} generation – about 87 mln kWh per year\n"
        f"{mark} China Energy will invest about $45 mln\n"
    )
    capacities = tables["capacities"]
    assert sorted(zip(capacities.metric, capacities.value_std, strict=True)) == [
        ("annual_generation", 87000.0),
        ("installed_power", 50.0),
    ]
    assert list(tables["investments"].amount_usd) == [45e6]


@pytest.mark.parametrize("ending", ["🌬⚡️", "🎉", "✅"])
def test_a_posts_sentence_ending_in_emoji_is_a_statement(read, ending):
    (farm,) = read(
        f"Ministry of Energy\n\nToday the 100 MW Zhanatas wind farm was put into operation {ending}\n"
    )
    assert (farm["name"], farm["status"], farm["capacities"]) == (
        "Zhanatas wind farm",
        "operating",
        [("installed_power", 100.0)],
    )


@pytest.mark.parametrize(
    "item", ["🔹 ~560 GWh of electricity per year", "- about 560 GWh a year", "• 560 GWh/year"]
)
def test_a_list_item_opening_with_a_figure_is_the_projects(read, item):
    (farm,) = read(
        "Title: t\n\nThe 150 MW Arkalyk wind farm in Kostanay region reached full COD yesterday.\n\n"
        f"Some numbers:\n🔹 25 turbines\n{item}\n"
    )
    assert sorted(farm["capacities"]) == [
        ("annual_generation", 560000.0),
        ("installed_power", 150.0),
        ("unit_count", 25.0),
    ]


def test_a_sentence_opening_with_a_currency_or_a_number_is_no_list_item():
    assert not is_list_item("$1.2 billion was spent on the plant.")
    assert not is_list_item("2024 saw the plant commissioned.")
    assert is_list_item("• a 100 MW plant") and is_list_item("🔹 a 100 MW plant")


@pytest.mark.parametrize(
    "text",
    [
        "Three Chinese-built solar plants went into operation: a 100 MW station in Kattakurgan district of "
        "Samarkand region, a 135 MW plant in Namangan region, and the 200 MW Sherabad station in "
        "Surkhandarya.",
        "Three solar plants were commissioned this year: the 100 MW station in Kattakurgan district of "
        "Samarkand region, a 135 MW plant in Namangan region and the 200 MW Sherabad plant in Surkhandarya.",
    ],
)
def test_a_counted_plural_before_a_colon_sums_up_the_listed_plants(read, text):
    assert [(p["type"], p["region"], p["capacities"]) for p in read(text)] == [
        ("solar", "Samarkand", [("installed_power", 100.0)]),
        ("solar", "Namangan", [("installed_power", 135.0)]),
        ("solar", "Surkhandarya", [("installed_power", 200.0)]),
    ]


@pytest.mark.parametrize(
    ("title", "status_line", "status"),
    [
        ("KARA-KECHE TPP | Kyrgyzstan, Naryn region", "Status: shelved -> cancelled", "cancelled"),
        (
            "Kara-Keche TPP — Kyrgyzstan, Naryn region",
            "Status: shelved → pre-construction",
            "pre-construction",
        ),
        (
            "Kara-Keche thermal power plant (Naryn region, Kyrgyzstan)",
            "Status: under construction",
            "construction",
        ),
    ],
)
def test_a_trackers_card_is_the_project_its_title_names_with_its_fields(read, title, status_line, status):
    (plant,) = read(
        "Title: Project tracker\n\nOur tracker follows Chinese-linked projects in Central Asia.\n\n"
        f"{title}\nCapacity: 1,200 MW (coal)\nChinese party: none since TBEA withdrew\n{status_line}\n"
        "Struck from the state investment programme by a decree.\n"
    )
    assert (plant["type"], plant["region"], plant["status"]) == ("thermal", "Naryn", status)
    assert plant["capacities"] == [("installed_power", 1200.0)]


@pytest.mark.parametrize(
    ("heading", "item", "country", "region"),
    [
        (
            "Turkmenistan",
            "- Galkynysh, the giant field in Mary province. CNPC built the first-phase gas processing "
            "complex, 10 bcm a year.",
            "TM",
            "Mary",
        ),
        ("Kyrgyzstan:", "- A 300 MW solar plant will be built by a Chinese firm.", "KG", None),
        ("TAJIKISTAN", "* TBEA runs a 400 MW coal-fired CHP, built in two stages.", "TJ", None),
        (
            "Kazakhstan: fewer permits, more training",
            "A few kilometers away, QazaqGaz is building a gas processing plant of 1 bcm a year.",
            "KZ",
            None,
        ),
        ("Kyrgyzstan - a camp on the Naryn", "PowerChina is building a 300 MW solar plant.", "KG", None),
    ],
)
def test_a_country_heading_places_the_items_under_it(read, heading, item, country, region):
    text = (
        "title: What has China built in Central Asia?\n\nShort version, by country.\n\nUzbekistan\n\n"
        "- Angren: CMEC built a 150 MW coal unit at the Angren power plant in Tashkent region.\n\n"
        f"{heading}\n\n{item}\n"
    )
    *_, last = read(text)
    assert (last["country"], last["region"]) == (country, region)


@pytest.mark.parametrize(
    ("heading", "status"),
    [
        ("Generating capacity put into operation in January - March 2025", "operating"),
        ("Plants under construction at the end of 2024:", "construction"),
    ],
)
def test_the_rows_of_a_table_take_the_status_of_its_heading(read, heading, status):
    projects = read(
        f"The system operator published its report.\n\n{heading}\n\n"
        "No. | Power plant | Owner | Oblast | Installed, MW\n"
        "1 | Zhanakorgan SPP | Zhanakorgan Solar LLP | Kyzylorda | 30.0\n"
        "2 | Arkalyk WPP | Arkalyk Wind Power LLP | Kostanay | 100.0\n"
    )
    assert [(p["name"], p["status"], p["capacities"]) for p in projects] == [
        ("Zhanakorgan SPP", status, [("installed_power", 30.0)]),
        ("Arkalyk WPP", status, [("installed_power", 100.0)]),
    ]


@pytest.mark.parametrize(
    ("item", "name", "project_type"),
    [
        (
            "- Beineu-Bozoi-Shymkent. KazTransGas and CNPC confirmed the financing plan for the gas pipeline "
            "that their venture, Beineu-Shymkent Gas Pipeline LLP, is building across four regions.",
            "Beineu-Bozoi-Shymkent gas pipeline",
            "oil_gas",
        ),
        (
            "Kara-Zhyra. Shoptykol Komir signed a mining contract for the open-pit mine with the ministry; "
            "the mine is to give 2 million tonnes of coal a year.",
            "Kara-Zhyra open-pit mine",
            "mining",
        ),
        (
            "Talimarjan. The new units of the thermal power plant are being built by China Energy, the "
            "ministry said on Monday; the Talimarjan power station already runs two units.",
            "Talimarjan thermal power plant",
            "thermal",
        ),
    ],
)
def test_a_run_in_label_names_the_facility_its_item_calls_by_its_noun(read, item, name, project_type):
    """A digest's item that opens with a name speaks of the facility so named."""
    (project,) = read(f"Deals of the week\n\n{item}\n")
    assert (project["name"], project["type"]) == (name, project_type)


@pytest.mark.parametrize(
    "label",
    ["Employees.", "Akmola region.", "Market review."],
)
def test_a_section_title_names_no_facility(read, label):
    projects = read(f"Annual results\n\n{label} The cement plant near Kokshetau was commissioned in May.\n")
    assert [(p["name"], p["type"], p["locality"]) for p in projects] == [(None, "manufacturing", "Kokshetau")]

"""Corridors and border trade: railways, logistics centres and mills are projects of their own kind."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Construction of the Bakhty - Ayagoz railway began in the autumn of 2023.", "Abai"),
        (
            "Kazakhstan Temir Zholy plans to build a new railway line from Darbaza to Maktaaral in Turkistan "
            "region.",
            "Turkistan",
        ),
        ("A 150 km railroad in Ulytau region is being built by China Railway Group.", "Ulytau"),
        ("Torugart Trade Logistic will build a logistics center in At-Bashy district.", "Naryn"),
    ],
)
def test_a_railway_or_a_logistics_centre_is_a_transport_project(read, text, region):
    [project] = read(text)
    assert (project["type"], project["region"]) == ("transport", region)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The China-Kyrgyzstan-Uzbekistan railway will run 523 km from Kashgar to Andijan.", "KG"),
        ("Beijing and Astana agreed on a Kazakhstan-China railway through Bakhty.", "KZ"),
    ],
)
def test_a_railway_named_after_the_countries_it_joins_is_the_first_central_asian_ones(read, text, country):
    [project] = read(text)
    assert (project["type"], project["country"]) == ("transport", country)


def test_the_line_after_a_railway_is_the_railway_and_takes_none_of_a_later_smelter(read):
    projects = read(
        "Construction of the Bakhty - Ayagoz railway began in the autumn of 2023. The line will have three "
        "new stations and a junction with the Turksib at Ayagoz. In Ayagoz district a copper smelter is to "
        "be built with a capacity of 300,000 tonnes of copper cathode a year."
    )
    assert [(p["type"], p["status"], p["capacities"]) for p in projects] == [
        ("transport", "construction", []),
        ("smelter", "announced", [("annual_output", 300000.0)]),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Joinworld will build an aluminium foil rolling mill of 50,000 tonnes a year in Angren.", "smelter"),
        ("A steel rolling mill of 50,000 tonnes a year will be built in Angren.", "smelter"),
        ("Tashkent Pipe plans a mill in Angren to make 50,000 tonnes of pipes a year.", "manufacturing"),
    ],
)
def test_a_mill_is_a_plant_known_by_what_it_works(read, text, kind):
    [project] = read(text)
    assert (project["type"], project["locality"], project["capacities"]) == (
        kind,
        "Angren",
        [("annual_output", 50000.0)],
    )


@pytest.mark.parametrize(
    "text",
    [
        "KPI is building a polypropylene plant at Karabatan; its PDH reactor was supplied by Honeywell UOP.",
        "The propane dehydrogenation reactor of the Karabatan polypropylene plant arrived in May.",
    ],
)
def test_a_chemical_reactor_is_no_nuclear_one(read, text):
    assert {p["type"] for p in read(text)} == {"chemical"}


@pytest.mark.parametrize(
    "text",
    [
        "The plant lies about 18 kilometers southeast of the railway town of Kandyagash.",
        "Location: East Kazakhstan region, 25 km from the Aktogay railway station.",
        "The Chang'an China-Europe Railway Express departs from Xi'an International Port.",
        "The regional administration has built a 6-km railway spur to the cement plant.",
    ],
)
def test_a_railway_town_station_spur_or_train_service_is_no_railway_project(read, text):
    assert all(p["type"] != "transport" for p in read(text))


@pytest.mark.parametrize(
    "text",
    [
        "A 220 kV line will run 186 km from the Ulugqat substation in Xinjiang to a new substation at "
        "Sary-Tash in Osh region.",
        "A 220 kV line will run from Kashgar in Xinjiang to Sary-Tash in Osh region of Kyrgyzstan.",
        "State Grid will build a 220 kV line to Sary-Tash in Osh region from Ulugqat in Xinjiang.",
    ],
)
def test_a_line_crossing_into_central_asia_stands_at_its_central_asian_end(read, text):
    [line] = read(text)
    assert (line["type"], line["country"], line["region"]) == ("transmission", "KG", "Osh Region")


@pytest.mark.parametrize(
    "text",
    [
        "Qinghua said its coal-to-gas plant in Yining county will start feeding gas into the West-East "
        "pipeline network this year.",
        "A coal-to-gas plant in Yining county will send its gas into the national pipeline network.",
    ],
)
def test_a_pipeline_network_gas_is_fed_into_is_no_project(read, text):
    assert [p["locality"] for p in read(text)] == ["Yining"]

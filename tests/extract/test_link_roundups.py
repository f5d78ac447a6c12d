"""Forum round-ups and company news: several projects and amounts in one sentence, factories named by
what they assemble, plants named by their town, places that are grounds rather than facilities."""

from __future__ import annotations

import pytest

_DEALS = (
    "title: t\n\nChina Datang Corporation will build a 1 GW wind farm in Karakalpakstan and a 500 MW solar "
    "power plant in Bukhara region; Datang will invest $1.1 billion in the wind farm and $480 million in "
    "the Bukhara plant.\n"
)


def test_each_amount_goes_into_the_facility_named_after_it(read_tables):
    tables = read_tables(_DEALS)
    frames = tables["project_frames"].set_index("frame_id")
    covered = tables["investment_frames"].merge(tables["investments"], on="investment_key")
    assert [(row.amount_usd, frames.project_type[row.frame_id]) for row in covered.itertuples()] == [
        (1.1e9, "wind"),
        (480e6, "solar"),
    ]


def test_the_facility_and_the_town_plant_of_one_sentence_are_its_projects(read):
    assert [(p["type"], p["region"]) for p in read(_DEALS)] == [
        ("wind", "Karakalpakstan"),
        ("solar", "Bukhara"),
    ]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Allur Group agreed on building a plant for the assembly of battery packs in Kostanay.",
            "manufacturing",
        ),
        (
            "Jinko Solar is considering a plant for solar modules in the Jizzakh free economic zone.",
            "manufacturing",
        ),
        (
            "The Kostanay car plant launched serial assembly of electric crossovers on Tuesday.",
            "manufacturing",
        ),
    ],
)
def test_a_factory_is_typed_by_what_it_assembles(read, sentence, kind):
    [factory] = read(f"title: t\n\n{sentence}\n")
    assert factory["type"] == kind


def test_a_battery_plant_and_a_car_plant_in_one_town_are_two_projects(read):
    text = (
        "title: t\n\nThe Kostanay car plant launched serial assembly of electric cars.\n\n"
        "Allur Group signed an agreement on building a plant for the assembly of battery packs in Kostanay.\n"
    )
    assert len(read(text)) == 2


def test_a_share_provided_by_a_company_names_the_investor(read_tables):
    text = (
        "title: t\n\nThe Kostanay car plant launched serial assembly of electric cars. Investment in the "
        "line amounted to $50 million, of which 60% was provided by Allur Group and the rest by a fund.\n"
    )
    assert list(read_tables(text)["investments"].investor_surface) == ["Allur Group"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The company's two earlier plants, each rated at 400 MW, are in Kashkadarya and Bukhara regions.",
        "Its two existing plants, each rated at 400 MW, are in Kashkadarya and Bukhara regions.",
    ],
)
def test_earlier_plants_at_two_regions_are_two_projects(read, sentence):
    text = f"title: t\n\nUniversal Energy connected a 400 MW solar plant in Jizzakh region.\n\n{sentence}\n"
    assert [p["region"] for p in read(text)] == ["Jizzakh", "Kashkadarya", "Bukhara"]


def test_grounds_a_facility_stands_in_are_no_facility(read):
    text = "title: t\n\nChina Telecom agreed on a 20 MW data centre, to be built in the IT Park area."
    assert [p["type"] for p in read(text)] == ["data_center"]


def test_a_company_and_a_ministry_are_two_bodies(read_tables):
    text = "title: t\n\nChina Telecom and the Ministry of Digital Technologies agreed on a data centre.\n"
    assert "Ministry of Digital Technologies" in set(read_tables(text)["org_mentions"].surface)


def test_a_company_is_known_without_its_legal_form_and_a_combine_is_a_company(read_tables):
    text = (
        "title: t\n\nAltynken LLC runs the Taldy-Bulak gold mine in Chuy region. Altynken will finance the "
        "10 MW solar plant from its own funds.\n\n"
        "Few companies matter more than Almalyk Mining and Metallurgical Combine (Almalyk MMC).\n"
    )
    organisations = list(read_tables(text)["org_mentions"].surface)
    assert organisations == [
        "Altynken LLC",
        "Altynken",
        "Almalyk Mining and Metallurgical Combine",
        "Almalyk MMC",
    ]

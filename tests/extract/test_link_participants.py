"""Organisations to projects, with roles."""

from __future__ import annotations


def test_a_company_named_after_the_facility_owns_it(read):
    (project,) = read("The 240 MW combined heat and power plant in Kokshetau belongs to Kokshetau CHP LLP.")
    assert project["participants"] == {"Kokshetau CHP LLP": "owner"}


def test_role_words_next_to_the_name(read):
    (project,) = read(
        "The 100 MW Zhanatas wind farm, built by PowerChina Hubei Engineering, is financed by the "
        "Asian Development Bank."
    )
    assert project["participants"] == {
        "PowerChina Hubei Engineering": "contractor",
        "Asian Development Bank": "financier",
    }

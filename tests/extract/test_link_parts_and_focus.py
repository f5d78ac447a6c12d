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


def test_a_plants_own_power_plant_is_its_part(read):
    text = (
        "title: t\n\nAn agreement on the construction of an aluminium smelter in Ekibastuz was signed. "
        "The smelter will be supplied with electricity from its own coal-fired power plant with a capacity "
        "of 1,320 MW.\n"
    )
    assert [(p["type"], p["capacities"]) for p in read(text)] == [("smelter", [])]


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

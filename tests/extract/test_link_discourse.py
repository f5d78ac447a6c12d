"""The discourse state: what typeless nouns are, what 'the pipeline' and 'it' point to, who 'the
company' is."""

from __future__ import annotations


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


def test_it_after_an_opening_clause_is_the_project(read):
    (project,) = read(
        "The 100 MW Zhanatas wind farm is being built in Zhambyl region. "
        "Once finished, it will supply about 350 GWh of electricity per year."
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

"""Across articles: one project per facility, one organisation per body, status history, stable ids."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd
import pytest

from pipelines.domain.extract.process import process_article
from pipelines.domain.reconcile import build_tables
from pipelines.domain.reconcile.projects import Cluster
from pipelines.domain.reconcile.tables import region_of
from pipelines.domain.text import content_id

ANNOUNCED = (
    "date: 2023-05-10\n\nASTANA - China Energy Engineering Corporation (CEEC) and Samruk-Kazyna signed an "
    "agreement on a 500 MW wind farm in the Jambyl region. China National Nuclear Corporation also discussed "
    "a 300 MW solar park near Shu."
)
BUILDING = (
    "date: 2024-06-01\n\nTARAZ - Construction of the 500-megawatt wind power plant in Zhambyl region "
    "began on Monday, Energy China said. The CNPC unit is building a separate 50 MW wind farm in the "
    "Zhambyl region near Kordai."
)
OPERATING = (
    "date: 2025-09-15\n\nThe 500 MW wind farm of CEEC in the Zhambyl region was commissioned on Friday, "
    "according to the Ministry of Energy of the Republic of Kazakhstan. It will generate 1.7 billion kWh "
    "per year."
)


def _tables(texts: list[str], ref, previous: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    parts: dict[str, list[pd.DataFrame]] = {}
    for i, text in enumerate(texts):
        for name, frame in process_article(content_id(text), f"{i:03d}.txt", text, ref).items():
            parts.setdefault(name, []).append(frame)
    per_article = {name: pd.concat(frames, ignore_index=True) for name, frames in parts.items()}
    return build_tables(per_article, ref, previous)


def _wind_500(tables: dict[str, pd.DataFrame]) -> pd.Series:
    capacities = tables["capacities"]
    ids = capacities.project_id[(capacities.metric == "installed_power") & (capacities.value_std == 500)]
    (project_id,) = ids.unique()
    return tables["projects"].set_index("project_id").loc[project_id]


def test_one_project_from_three_articles_with_its_latest_status(ref):
    tables = _tables([ANNOUNCED, BUILDING, OPERATING], ref)
    wind = _wind_500(tables)
    assert (wind.region, wind.region_code, wind.status, wind.status_date) == (
        "Zhambyl",
        "KZ-31",
        "operating",
        date(2025, 9, 15),
    )
    history = tables["project_status_history"]
    stated = history[(history.project_id == wind.name) & (history.basis == "stated")]
    assert list(stated.sort_values("reported_date").status) == [
        "pre-construction",
        "construction",
        "operating",
    ]
    generation = tables["capacities"][tables["capacities"].project_id == wind.name]
    assert 1_700_000 in set(generation.value_std)


def test_different_projects_in_the_same_region_stay_apart(ref):
    tables = _tables([ANNOUNCED, BUILDING, OPERATING], ref)
    wind = tables["projects"][tables["projects"].project_type == "wind"]
    assert len(wind) == 2
    kordai = wind[wind.locality == "Kordai"]
    assert (len(kordai), kordai.region.iloc[0]) == (1, "Zhambyl")


def test_acronyms_and_variants_resolve_to_one_organisation(ref):
    tables = _tables([ANNOUNCED, BUILDING, OPERATING], ref)
    orgs = tables["organisations"]
    energy_china = orgs[orgs.aliases.map(lambda a: "CEEC" in a)]
    assert len(energy_china) == 1
    assert {"Energy China", "China Energy Engineering Corporation"} <= set(energy_china.aliases.iloc[0])
    ministry = orgs[orgs.name == "Ministry of Energy of Kazakhstan"]
    assert ministry.kind.tolist() == ["government"]
    cnpc = orgs[orgs.aliases.map(lambda a: "CNPC" in a)]
    cnnc = orgs[orgs.aliases.map(lambda a: "China National Nuclear Corporation" in a)]
    assert cnpc.org_id.tolist() != cnnc.org_id.tolist()


def test_a_bracketed_listed_acronym_names_the_listed_body_and_a_quoted_name_loses_its_legal_form(ref):
    text = (
        "date: 2024-01-25\n\nThe forum was attended by the Ministry of Investments, Industry and Trade "
        '(MIIT). JSC "Almalyk Mining and Metallurgical Combine" signed a contract for a copper smelter in '
        "Tashkent region."
    )
    orgs = _tables([text], ref)["organisations"].set_index("name")
    assert "MIIT" in orgs.loc["Ministry of Investment, Industry and Trade of Uzbekistan"].aliases
    assert (
        "Ministry of Investments, Industry and Trade"
        in orgs.loc["Ministry of Investment, Industry and Trade of Uzbekistan"].aliases
    )
    assert "Almalyk Mining and Metallurgical Combine" in orgs.index


def test_project_ids_survive_a_new_article(ref):
    first = _tables([ANNOUNCED, BUILDING], ref)
    again = _tables([ANNOUNCED, BUILDING, OPERATING], ref, previous=first["project_mentions"])
    assert _wind_500(first).name == _wind_500(again).name
    assert set(first["projects"].project_id) <= set(again["projects"].project_id)


def test_review_lists_what_is_uncertain(ref):
    text = (
        "Kazakhstan added 1,200 MW of renewable capacity in 2024, the ministry said. "
        "Arna Energy LLP plans a solar power plant."
    )
    issues = _tables([text], ref)["extraction_issues"]
    kinds = set(issues.issue_type)
    assert {"capacity_without_project", "project_without_place", "article_without_date"} <= kinds
    assert "1200 MW" in issues[issues.issue_type == "capacity_without_project"].subject.iloc[0]


def test_no_articles_give_empty_valid_tables(ref):
    from pipelines.domain.validate.schemas import RECONCILED_TABLES, validation_failures

    tables = build_tables({}, ref, None)
    assert set(tables) == set(RECONCILED_TABLES)
    assert all(len(frame) == 0 and validation_failures(name, frame).empty for name, frame in tables.items())


def test_a_loan_told_twice_is_one_investment_and_its_links_follow(ref):
    from pipelines.domain.validate.schemas import check_foreign_keys

    text = (
        "date: 2024-05-01\n\nThe Asian Development Bank approved a $65 million loan for the 100 MW "
        "solar plant in Turkistan region."
    )
    again = text.replace("date: 2024-05-01", "date: 2024-06-01") + " It is the bank's first loan there."
    tables = _tables([text, again], ref)
    assert len(tables["investments"]) == 1
    assert check_foreign_keys(tables).empty
    assert set(tables["investment_projects"].investment_id) == set(tables["investments"].investment_id)


@pytest.mark.parametrize(
    ("sum_written", "currency", "amount"),
    [
        ("150 billion tenge", "KZT", 150e9),
        ("EUR 140 million", "EUR", 140e6),
        ("3.2 billion yuan", "CNY", 3.2e9),
    ],
)
def test_a_sum_given_only_in_another_currency_is_published_apart_with_its_project(
    ref, sum_written, currency, amount
):
    text = (
        f"date: 2024-05-01\n\nThe Development Bank of Kazakhstan will lend {sum_written} for the 100 MW "
        "solar plant in Turkistan region."
    )
    tables = _tables([text], ref)
    assert tables["investments"].empty and tables["investment_projects"].empty
    (row,) = tables["unconverted_investments"].itertuples()
    (solar,) = tables["projects"].itertuples()
    assert (row.currency, row.amount, list(row.project_ids)) == (currency, amount, [solar.project_id])
    assert row.amount_usd == pytest.approx(amount * ref.usd_rate(currency, 2024))


@pytest.mark.parametrize(
    "sum_written",
    ["150 billion tenge (about $320 million)", "150 billion tenge, or about $320 million", "$320 million"],
)
def test_a_sum_the_text_gives_in_dollars_is_an_investment(ref, sum_written):
    text = (
        f"date: 2024-05-01\n\nThe Development Bank of Kazakhstan will lend {sum_written} for the 100 MW "
        "solar plant in Turkistan region."
    )
    tables = _tables([text], ref)
    assert tables["unconverted_investments"].empty
    assert list(tables["investments"].amount_usd) == [320e6]
    assert len(tables["investment_projects"]) == 1


STORY = (
    "A pipeline to carry gas from Turkmenistan to China will cross Kazakhstan, officials said on Monday. "
    "The project will carry 30 bcm a year. "
    "Separately, a wind farm will be built by Arna Energy, the company said."
)


def test_the_same_story_told_again_adds_no_projects(ref):
    once = _tables(["date: 2021-03-01\n\nASTANA (Kazinform) - " + STORY], ref)
    copies = [
        "date: 2021-03-01\n\nASTANA (Kazinform) - " + STORY,
        "date: 2021-03-02\nsource: Trend\n\n"
        + STORY.replace("officials said", "officials told reporters")
        + " Follow us on Telegram.",
        "date: 2021-03-02\n\nBy our correspondent\n\n" + STORY + "\n\nRead more: energy news.",
    ]
    again = _tables(copies, ref)
    assert len(once["projects"]) == 2
    assert sorted(again["projects"].project_type) == sorted(once["projects"].project_type)
    assert len(again["project_mentions"]) > len(once["project_mentions"])  # every copy is evidence


def test_one_word_names_spelled_two_ways_are_one_body():
    from pipelines.domain.reconcile.organisations import one_edit_apart

    assert one_edit_apart("tojikcement", "tajikcement")
    assert one_edit_apart("kazakhmys", "kazakhmis")
    assert one_edit_apart("dusahnbe", "dushanbe")  # two neighbours swapped
    assert not one_edit_apart("shanxi", "shaanxi ") and not one_edit_apart("kazatomprom", "kazakhmys")


def test_a_pipeline_and_a_plant_of_one_company_stay_two_projects(ref):
    pipeline = (
        "date: 2010-12-21\n\nKazMunayGas and CNPC started building the Kazakhstan-China gas pipeline, which "
        "will carry 10 bcm a year."
    )
    plant = (
        "date: 2025-12-29\n\nKazMunayGas signed an agreement with CITIC Construction on building the "
        "Karachaganak Gas Processing Plant in West Kazakhstan region."
    )
    projects = _tables([pipeline, plant], ref)["projects"]
    assert sorted(zip(projects.name, projects.status, strict=True)) == [
        ("Karachaganak Gas Processing Plant", "pre-construction"),
        ("Kazakhstan-China gas pipeline", "construction"),
    ]


def test_a_farm_named_after_its_region_is_the_farm_in_a_district_of_that_region(ref):
    agreement = (
        "date: 2024-01-20\n\nCEEC signed an investment agreement on a 1,000 MW wind farm in Peshku district "
        "of Bukhara region."
    )
    interview = (
        "date: 2025-03-02\n\nGazeta.uz spoke with the head of CEEC about the Bukhara wind farm. "
        "Construction of the 1,000 MW farm started in June."
    )
    projects = _tables([agreement, interview], ref)["projects"]
    assert list(zip(projects.region, projects.status, strict=True)) == [("Bukhara", "construction")]


def test_a_towns_region_wins_over_a_region_another_mention_took_from_its_paragraph():
    told = [
        {"article_id": "a", "sentence_idx": 1, "locality": "Navoi", "region": "Navoi"},
        {"article_id": "a", "sentence_idx": 4, "locality": None, "region": "Karakalpakstan"},
        {"article_id": "b", "sentence_idx": 2, "locality": None, "region": "Karakalpakstan"},
    ]
    assert region_of(Cluster(frames=told)) == "Navoi"
    assert region_of(Cluster(frames=told[1:])) == "Karakalpakstan"


@pytest.mark.parametrize(
    "placed_later",
    [
        "Principal particulars of the project:\n\nLocation: Ereymentau District, Akmola Region\n"
        "Installed capacity: 1,000MW\nConstruction period: 24 months\n",
        "The wind farm will be located near the town of Ereymentau in Akmola region.\n",
    ],
)
def test_a_project_placed_only_by_a_later_mention_is_matched_where_it_stands(ref, placed_later):
    """Two 1 GW wind farms of Kazakhstan: one placed in its first sentence, one only further on; they stay
    two projects, each where its article puts it."""
    mirny = (
        "date: 2024-06-11\n\nTotalEnergies took the final investment decision for a 1 GW wind farm near "
        "the village of Mirny in Zhambyl region.\n"
    )
    yereymentau = (
        "date: 2025-03-28\n\nThe board approved the investment by China Power in a wind power project "
        f"with an installed capacity of 1,000MW in Kazakhstan.\n\n{placed_later}"
    )
    projects = _tables([mirny, yereymentau], ref)["projects"]
    assert sorted(zip(projects.locality, projects.region, strict=True)) == [
        ("Ereymentau", "Akmola"),
        ("Mirny", "Zhambyl"),
    ]


@pytest.mark.parametrize(
    "placed_later",
    [
        "Baipaza, in the Khatlon region south of Dushanbe, was commissioned in 1987 and sits downstream of "
        "Nurek in the Vakhsh cascade.",
        "Baipaza, in Khatlon region, is part of the Vakhsh cascade.",
    ],
)
def test_the_cascade_a_plant_stands_in_is_no_project_and_the_plant_takes_its_aside_region(ref, placed_later):
    text = (
        "date: 2026-01-20\n\nBarqi Tojik signed a contract to re-equip the 600MW Baipaza hydropower plant on "
        f"the Vakhsh river.\n\n{placed_later}\n"
    )
    projects = _tables([text], ref)["projects"]
    assert list(zip(projects.name, projects.locality, projects.region, strict=True)) == [
        ("Baipaza hydropower plant", "Baipaza", "Khatlon")
    ]


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (
            "date: 2009-12-14\n\nThe presidents opened the Central Asia-China gas pipeline, built by CNPC.",
            "date: 2014-09-04\n\nCNPC commissioned the second gas processing plant at Bagtyyarlyk in Lebap "
            "velayat.",
        ),
        (
            "date: 2019-03-01\n\nKazTransGas and CNPC started building the Beineu-Shymkent gas pipeline.",
            "date: 2021-05-11\n\nCNPC opened a gas processing plant in Zhanaozen.",
        ),
    ],
)
def test_a_plant_of_the_company_that_built_a_pipeline_is_not_the_pipeline(ref, first, later):
    projects = _tables([first, later], ref)["projects"]
    assert len(projects) == 2


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (
            "date: 2015-12-14\n\nKazTransOil and CNPC operate the Atasu-Alashankou oil pipeline.",
            "date: 2024-07-03\n\nThe Beineu-Bozoi-Shymkent pipeline, built by QazaqGaz and CNPC, has been "
            "working since 2015.",
        ),
        (
            "date: 2018-04-02\n\nKEGOC and State Grid are building the North-East-South transmission line.",
            "date: 2022-10-19\n\nKEGOC and State Grid commissioned the Turkistan-Shymkent power line.",
        ),
        (
            "date: 2016-08-30\n\nCNPC completed the Kenkiyak-Kumkol oil pipeline with KazMunayGas.",
            "date: 2019-01-15\n\nKazMunayGas and CNPC are expanding the Kazakhstan-China gas pipeline.",
        ),
    ],
)
def test_two_facilities_of_one_company_with_other_proper_names_stay_apart(ref, first, later):
    """Sharing a builder or owner does not make two projects one when each is called by a route of its own."""
    routes = [re.search(r"[Tt]he ([A-Z][\w-]+-[A-Z][\w-]+)", text)[1] for text in (first, later)]
    projects = _tables([first, later], ref)["projects"]
    assert sorted(name.split()[0] for name in projects.name) == sorted(routes)


def test_one_facility_named_two_ways_by_one_company_is_one_project(ref):
    first = "date: 2015-12-14\n\nSinohydro started building the Moinak HPP for Samruk-Energy."
    later = "date: 2017-05-02\n\nSamruk-Energy commissioned the Moinak hydropower plant."
    projects = _tables([first, later], ref)["projects"]
    assert list(zip(projects.name, projects.status, strict=True)) == [("Moinak HPP", "operating")]


def test_a_project_called_by_its_company_is_the_companys_facility_named_elsewhere(ref):
    first = "date: 2023-03-01\n\nMasdar is building the Zarafshan wind farm in Navoi region."
    later = "date: 2024-05-02\n\nThe Masdar project, the company said, has reached financial close."
    projects = _tables([first, later], ref)["projects"]
    assert list(projects.name) == ["Zarafshan wind farm"]


@pytest.mark.parametrize(
    "form",
    ["Open Joint-Stock Holding Company", "Open Joint Stock Holding Company", "OSHC"],
)
def test_a_listed_body_under_its_full_legal_form_is_that_body_with_the_form_among_its_aliases(ref, form):
    text = (
        f"date: 2014-10-17\n\nSharif Nazarov, former chairman of the {form} Barqi Tojik, died. In 2004-2010 "
        "he headed Barqi Tojik, which built the 220 MW Sangtuda-2 HPP in Khatlon region."
    )
    organisations = _tables([text], ref)["organisations"]
    assert list(organisations.name) == ["Barki Tojik"]
    assert f"{form} Barqi Tojik" in list(organisations.aliases[0])


def test_a_systems_other_name_may_still_be_the_line_its_company_built(ref):
    """Only two routes of their own tell two lines of one company apart: 'the Central Asia Gas Pipeline'
    is not a route, and may be the line an earlier article named."""
    first = "date: 2009-12-14\n\nCNPC completed the Kazakhstan-China gas pipeline."
    later = "date: 2012-03-02\n\nThe Central Asia Gas Pipeline of CNPC carried its 50th billion cubic metres."
    projects = _tables([first, later], ref)["projects"]
    assert list(projects.name) == ["Kazakhstan-China gas pipeline"]


@pytest.mark.parametrize(
    "later",
    [
        "Turkmengaz said CNPC would build a third gas processing plant at Bagtyyarlyk, in Lebap velayat, "
        "with a "
        "capacity of 5 billion cubic metres a year.",
        "CNPC has started construction of the third gas processing plant in the Bagtyyarlyk contract area of "
        "Lebap province; it will treat 5 bcm a year.",
    ],
)
def test_plants_ranked_apart_at_one_site_stay_two_projects_across_articles(ref, later):
    first = (
        "date: 2010-01-05\n\nCNPC put into operation the first gas processing plant at Bagtyyarlyk in Lebap "
        "velayat, with a capacity of 5 billion cubic meters a year."
    )
    projects = _tables([first, f"date: 2019-06-11\n\n{later}"], ref)["projects"]
    assert sorted(zip(projects.locality, projects.status, strict=True)) == [
        ("Bagtyyarlyk", "construction" if "started" in later else "announced"),
        ("Bagtyyarlyk", "operating"),
    ]


def test_a_plant_ranked_in_one_article_and_not_in_another_is_one_project(ref):
    first = (
        "date: 2010-01-05\n\nCNPC put into operation the first gas processing plant at Bagtyyarlyk in Lebap "
        "velayat, with a capacity of 5 billion cubic meters a year."
    )
    later = "date: 2012-03-01\n\nThe gas processing plant at Bagtyyarlyk in Lebap velayat treats 5 bcm."
    projects = _tables([first, later], ref)["projects"]
    assert list(zip(projects.locality, projects.status, strict=True)) == [("Bagtyyarlyk", "operating")]


@pytest.mark.parametrize(
    ("dates", "region"),
    [
        (["2021-03-12"], "East Kazakhstan"),  # Abai region was formed on 8 June 2022
        (["2024-03-12"], "Abai"),
        (["2019-03-12", "2025-03-12"], "Abai"),  # told again after: the region it is in now
    ],
)
def test_a_town_is_in_the_region_it_belonged_to_when_last_told_of(ref, dates, region):
    texts = [
        f"date: {day}\n\nA 100 MW wind farm will be built near Ayagoz by Universal Energy." for day in dates
    ]
    (farm,) = _tables(texts, ref)["projects"].itertuples()
    assert (farm.locality, farm.region, farm.region_code) == (
        "Ayagoz",
        region,
        ref.region_code[("KZ", region)],
    )


def test_a_region_never_changed_stays_whatever_the_day(ref):
    text = "date: 2012-05-02\n\nA 100 MW wind farm will be built near Zhanatas by Universal Energy."
    (farm,) = _tables([text], ref)["projects"].itertuples()
    assert farm.region == "Zhambyl"


@pytest.mark.parametrize(
    "placed_later",
    [
        "The project is located in Tasaryk district, Navoi Region, the Republic of Uzbekistan.",
        "The wind farm will stand in the Tasaryk district of Navoi region, Uzbekistan.",
    ],
)
def test_a_project_named_for_its_town_takes_the_region_a_later_mention_places_the_town_in(ref, placed_later):
    """An article mostly on Kazakhstan: the country it would guess for the Tasaryk farm is not the one the
    text places Tasaryk in."""
    text = (
        "date: 2024-06-14\n\nThe group signed contracts in Kazakhstan and Uzbekistan. "
        "It is building a 240 MW gas plant in Kyzylorda, Kazakhstan, and a 100 MW wind farm in Zhambyl "
        "region, Kazakhstan.\n\n"
        "1. EPC contract for the Tasaryk 600 MW Wind Power Project with Energy Storage\n\n"
        f"On 8 April 2024 the group signed the EPC contract with the project company. {placed_later}"
    )
    projects = _tables([text], ref)["projects"].set_index("locality")
    assert tuple(projects.loc["Tasaryk", ["country", "region"]]) == ("UZ", "Navoi")

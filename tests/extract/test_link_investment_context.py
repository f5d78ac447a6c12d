"""Amounts whose project or investor stands outside their sentence: a list of a project's parameters, the
only project an article speaks of, a lender or an investor named in the next sentence, a company named once
and used alone later, a partner's contribution."""

from __future__ import annotations

import pytest


def _investments(read_tables, text: str) -> list[tuple[float, str | None]]:
    investments = read_tables(text)["investments"]
    return list(zip(investments.amount_usd, investments.investor_surface, strict=True))


def test_a_list_of_a_projects_parameters_gives_its_cost_to_its_owner_and_its_lender(read_tables):
    text = (
        "title: t\n\nThe first phase of the gas chemical complex of Kazakhstan Petrochemical Industries "
        "(KPI) was put into operation in the Atyrau region.\n\n"
        "Key parameters of the project:\n\n"
        "- design capacity: 500 thousand tonnes of polypropylene per year;\n"
        "- total project cost: USD 2.6 billion;\n"
        "- financing: a loan of USD 1.9 billion from Bank of China.\n"
    )
    assert _investments(read_tables, text) == [
        (2.6e9, "Kazakhstan Petrochemical Industries"),
        (1.9e9, "Bank of China"),
    ]


@pytest.mark.parametrize(
    "follow_up",
    [
        "The money was allocated as a preferential loan of the Export-Import Bank of China.",
        "The funds were provided as a loan by the Export-Import Bank of China for 20 years.",
    ],
)
def test_a_lender_named_in_the_next_sentence_lends_the_amount_before(read_tables, follow_up):
    text = (
        "title: t\n\nThe modernised Bishkek CHP plant was put into operation on Wednesday.\n\n"
        f"The cost of the project amounted to $386 million. {follow_up}\n"
    )
    assert _investments(read_tables, text) == [(386e6, "Export-Import Bank of China")]


@pytest.mark.parametrize(
    ("follow_up", "investor"),
    [
        (
            "The investor of the project is China Datang Overseas Investment.",
            "China Datang Overseas Investment",
        ),
        ("Masdar will invest in it.", "Masdar"),
        ("Its investor is ACWA Power, which signed the agreement in May.", "ACWA Power"),
    ],
)
def test_an_investor_named_in_the_next_sentence_puts_in_the_cost_before(read_tables, follow_up, investor):
    text = (
        "title: t\n\nA 500 MW wind farm will be built in Peshku district of Bukhara region. A power purchase "
        f"agreement was signed with NEGU. The estimated cost of the project is USD 580 million. {follow_up}\n"
    )
    assert _investments(read_tables, text) == [(580e6, investor)]


def test_the_only_project_of_an_article_is_the_project_however_far_back(read_tables):
    text = (
        "title: t\n\nConstruction of the polyethylene plant of Silleno started near Atyrau on Monday.\n\n"
        "The plant will produce 1.25 million tonnes of polyethylene per year. Ethane will come from Tengiz. "
        "The shareholders are KazMunayGas, Sinopec and SIBUR. Up to 8,000 people will work at the site.\n\n"
        "The estimated cost of the project remains $7.4 billion.\n"
    )
    assert _investments(read_tables, text) == [(7.4e9, None)]


@pytest.mark.parametrize(
    "sentence",
    ["Sinopec will contribute about $2.2 billion.", "Sinopec's contribution is about $2.2 billion."],
)
def test_a_partners_contribution_is_its_investment(read_tables, sentence):
    text = f"title: t\n\nSinopec agreed to take a stake in the polyethylene plant in Atyrau. {sentence}\n"
    assert _investments(read_tables, text) == [(2.2e9, "Sinopec")]


@pytest.mark.parametrize(
    "later",
    ["Astronergy will invest $150 million in the project.", "The $150 million plant is Astronergy's."],
)
def test_a_company_proved_once_is_known_alone_later(read_tables, later):
    text = (
        "title: t\n\nAstronergy, the solar manufacturing arm of China's Chint Group, has laid the foundation "
        f"stone of a solar module factory in the Jizzakh region.\n\n{later}\n"
    )
    organisations = set(read_tables(text)["org_mentions"].surface)
    assert "Astronergy" in organisations


@pytest.mark.parametrize(
    ("sentence", "investors"),
    [
        (
            "The Export-Import Bank of China provided a $1.1 billion loan for the concentrator, and ICBC "
            "added a $700 million facility.",
            ["Export-Import Bank of China", "ICBC"],
        ),
        (
            "It is built by Sinohydro Bureau 5, and the investor is the Chinese company Zhongda Energy, "
            "which is putting in 42 million dollars.",
            ["Zhongda Energy"],
        ),
    ],
)
def test_each_amount_is_put_in_by_an_organisation_of_its_clause(read_tables, sentence, investors):
    text = (
        f"title: t\n\nThe Yoshlik-1 copper concentrator in the Tashkent region is being built. {sentence}\n"
    )
    assert list(read_tables(text)["investments"].investor_surface) == investors


@pytest.mark.parametrize(
    ("agreement", "price", "investor"),
    [
        (
            "Kyrgyzstan's Cabinet of Ministers signed an investment agreement with Hunan Xiangjiang Energy "
            "Co., Ltd. for a 400 MW wind power plant in Kochkor district of Naryn region.",
            "Investment - $520 million",
            "Hunan Xiangjiang Energy Co., Ltd",
        ),
        (
            "Fujian Minjiang Hydro Co., Ltd. and the Ministry of Energy signed an agreement on a 140 MW "
            "hydropower plant in Surkhandarya region.",
            "Total cost - 198 million US dollars.",
            "Fujian Minjiang Hydro Co., Ltd",
        ),
        (
            "The Ministry of Energy and China Southern Power Grid International signed a power purchase "
            "agreement for a 400 MW solar plant in Jizzakh region.",
            "Volume of investments: USD 310 million.",
            "China Southern Power Grid",
        ),
    ],
)
def test_a_price_told_apart_is_put_in_by_the_projects_one_party(read_tables, agreement, price, investor):
    text = f"title: t\n\n{agreement}\n\n{price}\n"
    assert _investments(read_tables, text)[-1][1] == investor


def test_a_price_with_two_parties_has_no_investor(read_tables):
    text = (
        "title: t\n\nJSC Uzbekhydroenergo and China Gezhouba Group signed an agreement on a 140 MW "
        "hydropower plant in Surkhandarya region.\n\nTotal cost - 198 million US dollars.\n"
    )
    assert _investments(read_tables, text) == [(198e6, None)]


def test_a_parent_named_in_brackets_puts_in_no_price(read_tables):
    text = (
        "title: t\n\nShaanxi Qinlong Hydro (SQH), a subsidiary of China Energy Engineering Corporation "
        "(Energy China), signed an agreement with the Ministry of Energy on a 140 MW hydropower plant in "
        "Surkhandarya region.\n\nTotal cost - 198 million US dollars.\n"
    )
    assert _investments(read_tables, text) == [(198e6, "Shaanxi Qinlong Hydro")]


@pytest.mark.parametrize(
    "spent",
    [
        "According to the zone's administration, Dangara Oil LLC spent $240 million on the first stage.",
        "Dangara Oil LLC has spent about $240 million on the refinery so far.",
        "Dangara Oil LLC is spending $240 million on the plant, the company said.",
    ],
)
def test_money_a_company_spends_on_the_plant_is_its_investment(read_tables, spent):
    text = (
        "title: t\n\nThe oil refinery of Dangara Oil LLC in the Dangara free economic zone of Khatlon region "
        f"has a design capacity of 1.2 million tonnes of crude oil per year. {spent}\n"
    )
    assert _investments(read_tables, text) == [(240e6, "Dangara Oil LLC")]

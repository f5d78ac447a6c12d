"""Money to investors and projects: lenders, amounts 'each', contracts paid by the owner, the named
investor, and what is no investment."""

from __future__ import annotations

import pytest

from pipelines.domain.extract.annotate.money import find_money


def _investments(tables) -> list[tuple]:
    links = tables["investment_frames"].groupby("investment_key").frame_id.agg(len).to_dict()
    return [
        (row.investor_surface, row.amount_usd, links.get(row.investment_key, 0))
        for row in tables["investments"].itertuples()
    ]


def test_an_amount_each_is_one_investment_per_plant(read_tables):
    tables = read_tables(
        "Uzbekistan has signed deals for waste incineration plants. "
        "Green Valley Environment, investing $120 million in each, will build two plants in the Navoi "
        "and Khorezm regions."
    )
    assert _investments(tables) == [
        ("Green Valley Environment", 120e6, 1),
        ("Green Valley Environment", 120e6, 1),
    ]


def test_the_lender_named_after_the_amount(read_tables):
    tables = read_tables(
        "The 50 MW Arys solar plant got a $40 million loan from the Eurasian Development Bank."
    )
    assert _investments(tables) == [("Eurasian Development Bank", 40e6, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "The coal chemical plant in Karaganda region, worth $1.2 billion, will be financed with a "
        "$400 million loan from the Export-Import Bank of China.",
        "The Export-Import Bank of China will lend $400 million for the $1.2 billion coal chemical plant in "
        "Karaganda region.",
        "The $1.2 billion coal chemical plant in Karaganda region will get $400 million from the "
        "Export-Import Bank of China.",
    ],
)
def test_a_lender_puts_in_its_loan_not_the_project_value_beside_it(read_tables, text):
    assert sorted(_investments(read_tables(text)), key=lambda i: i[1]) == [
        ("Export-Import Bank of China", 400e6, 1),
        (None, 1.2e9, 1),
    ]


@pytest.mark.parametrize(
    "parent",
    [
        "the overseas arm of the State Power Investment Corporation (SPIC)",
        "the investment arm of the State Power Investment Corporation",
        "a branch of the State Power Investment Corporation",
    ],
)
def test_the_builder_not_the_parent_its_apposition_names_invests(read_tables, parent):
    tables = read_tables(
        "The Zhanatas wind farm in Zhambyl region runs at full capacity. The first phase was built for about "
        f"$153 million by China Power International Holding (CPIH), {parent}, which holds 80% of it."
    )
    assert _investments(tables) == [("China Power International Holding", 153e6, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "The Dushanbe-2 thermal power plant was paid for with a $349m China Exim loan, and TBEA got mining "
        "rights in exchange.",
        "A $349 million China Exim credit paid for the Dushanbe-2 thermal power plant, built by TBEA.",
        "TBEA built the Dushanbe-2 thermal power plant with a $349 million China Exim financing package.",
    ],
)
def test_the_lender_naming_a_loan_lends_it(read_tables, text):
    assert _investments(read_tables(text)) == [("China Exim", 349e6, 1)]


def test_a_loan_facility_is_no_plant_whose_value_the_amount_is(read_tables):
    tables = read_tables(
        "The 300 MW Kapchagay wind farm is being built in Almaty region. The Export-Import Bank of China "
        "provided a $200 million loan, and ICBC added a $100 million facility."
    )
    assert _investments(tables) == [
        ("Export-Import Bank of China", 200e6, 1),
        ("ICBC", 100e6, 1),  # the reconciler gives it its full name (reference aliases)
    ]


def test_a_contract_is_paid_by_the_project_company_not_the_contractor(read_tables):
    tables = read_tables(
        "A new combined heat and power (CHP) plant will be built in Taraz, the accounts of Taraz CHP LLP "
        "show. "
        "Harbin Boiler Co. Ltd. holds a contract worth $300 million to supply the boilers the project needs."
    )
    assert _investments(tables) == [("Taraz CHP LLP", 300e6, 1)]


def test_the_organisation_the_article_calls_the_investor(read_tables):
    tables = read_tables(
        "Engineers from Qinghai Salt Lake Group, the investor, toured the Kara-Balta refinery. "
        "An agreement signed by Kyrgyz Petroleum Company LLC raises the investment in the refinery to "
        "$90 million."
    )
    assert _investments(tables)[0][:2] == ("Qinghai Salt Lake Group", 90e6)


def test_the_consortium_invests_in_the_project_spoken_of(read_tables):
    tables = read_tables(
        "Sinosun Energy and Poly Power Corporation will build a 1,000 MW solar plant in Navoi region. "
        "The consortium formed by these companies is to make a direct investment of $1 billion."
    )
    assert _investments(tables) == [("Sinosun Energy", 1e9, 1)]


def test_company_capital_and_deal_packages_are_no_investments(read_tables):
    tables = read_tables(
        "Aral Wind Power LLP, with registered capital of $5 million, plans a 100 MW wind farm in Aralsk. "
        "The two leaders witnessed deals worth $10 billion, including the Aralsk wind farm."
    )
    assert _investments(tables) == []


def test_the_investment_of_the_project_the_paragraph_speaks_of(read_tables):
    tables = read_tables(
        "A 300 MW pumped-storage plant will be built near Kapshagay. "
        "The investment is estimated at $350 million."
    )
    assert _investments(tables) == [(None, 350e6, 1)]


def test_money_for_no_project_the_article_names_is_no_investment(read_tables):
    tables = read_tables(
        "KEGOC, the grid operator, plans to invest 500 billion tenge in modernisation by 2025. "
        "Kazakhstan's external debt to China stands at about $11 billion."
    )
    assert _investments(tables) == []


def test_a_named_lenders_loan_for_a_project_never_placed_is_kept(read_tables):
    tables = read_tables(
        "The Eurasian Development Bank will provide a loan of 150 billion tenge for the project."
    )
    assert [(i.amount, i.currency) for i in tables["investments"].itertuples()] == [(150e9, "KZT")]


@pytest.mark.parametrize(
    "second",
    ["The project is valued at $120 million.", "The estimated cost of the plant is $120 million."],
)
def test_the_contractor_spoken_of_is_paid_not_the_investor(read_tables, second):
    tables = read_tables(
        "The 100 MW Arys solar plant in Turkistan region will be built by PowerChina. " + second
    )
    assert _investments(tables) == [(None, 120e6, 1)]


def test_the_developer_spoken_of_is_the_investor(read_tables):
    tables = read_tables(
        "The 100 MW Arys solar plant in Turkistan region will be developed by Universal Energy. "
        "The project is valued at $120 million."
    )
    assert _investments(tables) == [("Universal Energy", 120e6, 1)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The EBRD and AIIB will jointly provide $200 million for the 300 MW solar plant in Navoi.", "EBRD"),
        ("The 300 MW solar plant in Navoi will get $200 million provided by the EBRD.", "EBRD"),
        ("The 300 MW solar plant in Navoi, worth $200 million, will be built by PowerChina.", None),
    ],
)
def test_who_provides_the_money_not_who_builds(read_tables, sentence, expected):
    assert _investments(read_tables(sentence)) == [(expected, 200e6, 1)]


def test_a_plant_that_provides_power_is_no_investment(read_tables):
    assert (
        _investments(read_tables("The 300 MW solar plant in Navoi will provide power to 100,000 homes."))
        == []
    )


def test_who_estimates_a_cost_does_not_pay_it(read_tables):
    tables = read_tables(
        "The 3,600 MW Rogun hydropower plant is being built by PowerChina. "
        "The World Bank estimates the full cost at $6.4 billion."
    )
    assert _investments(tables) == [(None, 6.4e9, 1)]


@pytest.mark.parametrize(
    "second",
    ["The $1.5 billion project will create 1,200 jobs.", "A $1.5bn smelter is what the region needs."],
)
def test_an_amount_inside_a_facility_phrase_is_its_value(read_tables, second):
    tables = read_tables("Jiangxi Copper plans to build a copper smelter near Balkhash. " + second)
    assert _investments(tables) == [("Jiangxi Copper", 1.5e9, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The total investment in the 100 MW Zhetysu wind farm in Jetisu region is estimated at RMB 2.98 "
            "billion (approximately USD 415 million), of which construction investment is RMB 2.61 billion "
            "and working capital RMB 0.37 billion.",
            [(None, 415e6, 1)],
        ),
        (
            "The 100 MW Zhetysu wind farm in Jetisu region will cost $2 billion, including a $1.5 billion "
            "loan from the China Development Bank.",
            [(None, 2e9, 1), ("China Development Bank", 1.5e9, 1)],
        ),
        (
            "Universal Energy will invest $1.35 billion in wind farms, of which $880 million will go to the "
            "Bukhara wind farm in Bukhara region.",
            [("Universal Energy", 1.35e9, 1), ("Universal Energy", 880e6, 1)],
        ),
    ],
)
def test_the_parts_of_a_total_are_no_investments_unless_someone_or_something_takes_them(
    read_tables, text, expected
):
    assert _investments(read_tables(text)) == expected


@pytest.mark.parametrize(
    "lender_sentence",
    [
        "According to the company, 85 percent of the financing will be provided by a loan from the "
        "Export-Import Bank of China.",
        "Some 60% of the money will come as a loan from the Export-Import Bank of China.",
    ],
)
def test_a_lender_of_a_share_is_not_the_investor_of_the_whole_cost(read_tables, lender_sentence):
    tables = read_tables(
        "A carbamide plant will be built in Dashoguz velayat. The cost of the project is estimated at $1.27 "
        f"billion. {lender_sentence}"
    )
    assert _investments(tables) == [(None, 1.27e9, 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our portfolio includes 11 projects with a total value of about $5.8 billion.",
        "The company has 14 energy projects worth $3 billion in the country.",
        "The Silk Road Fund with a scale of 40 billion US dollars is also studying projects here.",
        "The fund has a size of $2 billion and looks at renewables.",
        "The China-Kazakhstan cooperation fund, whose capital is $2 billion, is studying the region.",
    ],
)
def test_a_portfolio_of_projects_or_the_size_of_a_fund_is_no_investment(read_tables, sentence):
    tables = read_tables(f"The Bukhara wind farm in Bukhara region is under construction. {sentence}")
    assert _investments(tables) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The state awarded contracts worth a combined $9.7 billion for the field, with CNPC taking the "
        "largest slice.",
        "Samruk-Energy's investment programme for 2024 totals 300 billion tenge ($650 million).",
        "KEGOC plans to spend $1.2 billion under its 2025 investment programme.",
        "The utility's annual capital expenditure plan of $400 million was approved in March.",
        "In 2009 China agreed to provide Kazakhstan with a 10-billion-dollar package of loans.",
    ],
)
def test_a_sum_of_several_contracts_or_a_years_investment_programme_is_no_investment(read_tables, sentence):
    tables = read_tables(
        "Sunway will build a 100 MW solar plant in Batken region, and Goldwind a wind farm in Naryn region. "
        f"{sentence}"
    )
    assert _investments(tables) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the agreement, Altynken LLC will pay $1.5 million per annum into the social development fund.",
        "Altynken LLC will contribute $2 million a year to local social programmes.",
        "Altynken LLC will also pay $3 million annually into the district budget.",
    ],
)
def test_payments_to_social_funds_and_budgets_are_no_investment(read_tables, sentence):
    tables = read_tables(f"Altynken LLC will develop the Taldybulak gold mine in Chui region. {sentence}")
    assert _investments(tables) == []


def test_a_bank_that_provides_a_company_with_a_loan_invests_not_the_company(read_tables):
    tables = read_tables(
        "For the Khodjikent pumped storage plant in Tashkent region, China Development Bank will provide "
        'JSC "Uzbekhydroenergo" with a loan of $150 million.'
    )
    assert _investments(tables) == [("China Development Bank", 150e6, 1)]


def test_a_total_broken_down_by_lenders_is_nobodys_and_each_part_its_lenders(read_tables):
    tables = read_tables(
        "The 300 MW Moinak hydropower plant in Almaty region was put into operation. The total investment "
        "of the project is about USD 350 million, of which USD 200 million is a loan provided by China "
        "Development Bank, and the rest was financed by the Development Bank of Kazakhstan."
    )
    assert _investments(tables) == [(None, 350e6, 1), ("China Development Bank", 200e6, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Bukhara soda plant will be expanded. The project cost is US$500 million, including a loan "
            "of the Export-Import Bank of China of US$350 million.",
            [(None, 500e6, 1), ("Export-Import Bank of China", 350e6, 1)],
        ),
        (
            "The Navoi cement plant is to be built. Its cost is $200 million, including credit from China "
            "Development Bank worth $150 million.",
            [(None, 200e6, 1), ("China Development Bank", 150e6, 1)],
        ),
    ],
)
def test_a_loan_named_before_its_amount_lends_the_part_not_the_total(read_tables, text, expected):
    assert _investments(read_tables(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hyundai Engineering signed a deal to build a gas chemical complex in Balkan province, worth 900 "
        "million US dollars; it will be financed at the expense of the own funds of the State Concern "
        '"Turkmengaz".',
        "Hyundai Engineering signed a deal to build a gas chemical complex in Balkan province. The $900 "
        "million project is to be paid for from Turkmengaz's own resources.",
    ],
)
def test_the_organisation_whose_own_funds_pay_puts_the_money_in(read_tables, text):
    ((investor, amount, projects),) = _investments(read_tables(text))
    assert ("Turkmengaz" in investor, amount, projects) == (True, 900e6, 1)


def test_own_funds_that_cover_the_rest_are_a_part_not_the_loans_payer(read_tables):
    tables = read_tables(
        "Uzbekneftegaz will build a refinery in Jizzakh region. The Export-Import Bank of China will provide "
        "a loan of $1.17 billion, while the rest will be covered by Uzbekneftegaz's own funds."
    )
    assert _investments(tables) == [("Export-Import Bank of China", 1.17e9, 1)]


def test_a_regions_investment_in_fixed_capital_is_no_investment(read_tables):
    tables = read_tables(
        "The 100 MW Shokpar wind farm in Zhambyl region was launched. In 2020 investments in fixed capital "
        "in Zhambyl region amounted to $900 million."
    )
    assert _investments(tables) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazatomprom signed a uranium supply contract worth $2.2 billion for the Irkol mine in Kyzylorda "
        "region.",
        "Goldwind said the turbine supply contract for the 500 MW Zarafshan wind farm is worth $159 million.",
    ],
)
def test_a_supply_contract_is_a_sale_not_an_investment(read_tables, sentence):
    assert _investments(read_tables(sentence)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The bank lends $110 million for the 200 MW Nurabad solar plant, with Huaneng Power International "
        "contributing around $156 million in equity.",
        "The 200 MW Nurabad solar plant gets a $110 million loan, and Huaneng Power International is "
        "investing about $156 million of its own.",
        "For the 200 MW Nurabad solar plant, Huaneng Power International has committed $156 million, on top "
        "of a $110 million loan.",
    ],
)
def test_the_organisation_whose_verb_of_spending_stands_before_an_amount_puts_it_in(read_tables, text):
    (equity,) = [row for row in _investments(read_tables(text)) if row[1] == 156e6]
    assert equity == ("Huaneng Power International", 156e6, 1)


@pytest.mark.parametrize(
    "text",
    [
        "The 100 MW Nurabad solar plant was built by China Southern Power Grid International (CSGI), which "
        "invested $262 million in the project.",
        "The 100 MW Nurabad solar plant was built by China Southern Power Grid International, which has "
        "invested $262 million in it.",
        "The 100 MW Nurabad solar plant was built by China Southern Power Grid International Co., Ltd., "
        "which is investing $262 million in it.",
    ],
)
def test_a_builder_that_invests_in_a_relative_clause_puts_the_amount_in(read_tables, text):
    (row,) = _investments(read_tables(text))
    assert row[:2] == (text.split("built by ")[1].split(" (")[0].split(", which")[0].rstrip("."), 262e6)


@pytest.mark.parametrize(
    ("second", "investor"),
    [
        ("The total investment in the project amounts to $1.1 billion.", "China Datang Corporation"),
        ("Investments in the plant will reach $1.1 billion.", "China Datang Corporation"),
        ("The project costs $1.1 billion.", None),  # a price: no one's
    ],
)
def test_the_one_builder_of_a_project_naming_no_owner_invests_its_investment(read_tables, second, investor):
    text = f"The 1,000 MW wind farm in Kungrad district is being built by China Datang Corporation. {second}"
    assert [row[:2] for row in _investments(read_tables(text))] == [(investor, 1.1e9)]


@pytest.mark.parametrize(
    "text",
    [
        "Jiangxi Copper will pay $1.3 billion for a 70% stake in the Kyzyltas copper mine in Abai region.",
        "Jiangxi Copper will acquire a 70% stake in the Kyzyltas copper mine in Abai region for $1.3 bn.",
        "Jiangxi Copper paid $1.3 billion for its stake in the Kyzyltas copper mine in Abai region.",
    ],
)
def test_money_paid_for_a_stake_in_a_project_is_the_buyers_investment(read_tables, text):
    assert [row[:2] for row in _investments(read_tables(text))] == [("Jiangxi Copper", 1.3e9)]


@pytest.mark.parametrize(
    "second",
    [
        "The furnaces were supplied by Xi'an Shengtai Electric Furnace Co.",
        "The turbines came from Goldwind, the supplier.",
    ],
)
def test_the_organisation_last_named_a_supplier_is_paid_not_investing(read_tables, second):
    text = (
        "In November YDD Corporation LLP launched new furnaces at its ferrosilicon plant in Ekibastuz. "
        f"{second} The investment amounted to 47 million US dollars."
    )
    assert [row[:2] for row in _investments(read_tables(text))] == [("YDD Corporation LLP", 47e6)]


@pytest.mark.parametrize(
    "second",
    [
        "Bakuta Tungsten entered into a facility agreement with Bank of China (Kazakhstan) JSC, a subsidiary "
        "of Bank of China Limited, in respect of a term loan facility of up to US$120 million.",
        "The company signed a loan agreement with Bank of China (Kazakhstan) JSC for a credit line of $120 "
        "million.",
    ],
)
def test_the_bank_a_loan_agreement_is_made_with_lends_the_loan(read_tables, second):
    text = f"Bakuta Tungsten is building the Bakuta tungsten mine in East Kazakhstan region. {second}"
    assert [row[:2] for row in _investments(read_tables(text))] == [("Bank of China (Kazakhstan) JSC", 120e6)]


def test_work_paid_for_with_a_loan_is_the_lenders_not_the_builders(read_tables):
    text = (
        "The Bishkek CHP plant had an overhaul by TBEA, the Xinjiang-based giant, paid for with a $386 "
        "million loan from the Export-Import Bank of China."
    )
    assert [row[:2] for row in _investments(read_tables(text))] == [("Export-Import Bank of China", 386e6)]


def test_money_paid_that_buys_no_stake_is_no_investment(read_tables):
    text = "Kazakhmys paid $5 million in taxes last year at the Aktogay copper mine in Abai region."
    assert _investments(read_tables(text)) == []


def test_a_builder_does_not_invest_where_the_owner_is_named(read_tables):
    text = (
        "The 1,000 MW wind power plant in Kungrad district is being built by China Datang Corporation for "
        "Uzbekhydroenergo, its owner. The total investment in the project amounts to $1.1 billion."
    )
    assert [row[:2] for row in _investments(read_tables(text))] == [("Uzbekhydroenergo", 1.1e9)]


@pytest.mark.parametrize(
    "text",
    [
        "For the Aktogay copper mine expansion, China Development Bank, KAZ Minerals' long-standing lender, "
        "provided a $600 million facility.",
        "For the Aktogay copper mine expansion, China Development Bank, the miner's main lender, lent "
        "$600 million.",
    ],
)
def test_a_lender_past_an_appositive_naming_another_company_lends(read_tables, text):
    assert _investments(read_tables(text)) == [("China Development Bank", 600e6, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "A $400 million credit line from China Development Bank for the Shymkent refinery was never signed.",
        "The planned $400 million loan for the Shymkent refinery fell through in 2015.",
    ],
)
def test_money_that_never_came_is_no_investment(read_tables, text):
    assert _investments(read_tables(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Eurasian Development Bank has opened a credit line of $103 million to Pavlodar Ferroalloy Works "
        "LLP to finance the construction of a ferrosilicon plant in Ekibastuz.",
        "The Eurasian Development Bank extended a $103 million loan to Pavlodar Ferroalloy Works LLP for its "
        "ferrosilicon plant in Ekibastuz.",
        "The Eurasian Development Bank (EDB) has opened a credit line of KZT 51.7 billion (approximately "
        "$103 million) to Pavlodar Ferroalloy Works LLP (PFW) to finance a ferrosilicon plant.",
        "The Eurasian Development Bank signed a $103 million loan agreement with JSC Pavlodar Ferroalloy "
        "Works for its ferrosilicon plant in Ekibastuz.",
        "The Eurasian Development Bank signed a $103 million credit deal with Pavlodar Ferroalloy Works LLP "
        "for its ferrosilicon plant in Ekibastuz.",
    ],
)
def test_the_borrower_the_money_goes_to_is_not_its_investor(read_tables, text):
    assert _investments(read_tables(text)) == [("Eurasian Development Bank", 103e6, 1)]


@pytest.mark.parametrize(
    "cost",
    [
        "The total project cost is estimated at $412 million.",
        "The project is valued at $412 million.",
        "Its overall cost is put at $412 million.",
    ],
)
def test_a_projects_cost_is_not_the_lender_s_money(read_tables, cost):
    tables = read_tables(
        "ICBC is providing a loan of $40 million for the 230 MW Kordai wind farm in Zhambyl region. " + cost
    )
    assert _investments(tables) == [("ICBC", 40e6, 1), (None, 412e6, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "China Development Bank lent KAZ Minerals $1.5 billion in 2014 to build the Aktogay copper mine.",
        "To build the Aktogay copper mine, China Development Bank lent $1.5 billion to KAZ Minerals.",
    ],
)
def test_the_lender_is_the_subject_of_lent_not_the_borrower_after_it(read_tables, text):
    assert _investments(read_tables(text)) == [("China Development Bank", 1.5e9, 1)]


@pytest.mark.parametrize(
    "later",
    [
        "Since then, ADB has committed $6.3 billion in loans, grants and technical aid to the country.",
        "To date, China Eximbank has supported more than 20 projects in Uzbekistan, with loans exceeding $4 "
        "billion.",
        "So far the bank has lent $2 billion to Kazakhstan.",
        "Since 2007 the bank has signed loans worth about $3.2 billion in Kazakhstan; it wants more.",
    ],
)
def test_a_lenders_running_total_for_a_country_is_no_investment_in_the_project(read_tables, later):
    tables = read_tables(
        "The Asian Development Bank approved a $146 million loan for the Kordai wind farm in Zhambyl region. "
        + later
    )
    assert [row[1] for row in _investments(tables)] == [146e6]


@pytest.mark.parametrize(
    "loan",
    [
        "The rest is a loan of $780 million from a group of Chinese banks led by Bank of China.",
        "The rest, $780 million, is lent by a syndicate of lenders headed by Bank of China.",
        "The rest is a $780 million syndicated loan arranged by the Bank of China.",
    ],
)
def test_the_bank_leading_a_group_of_lenders_is_the_lender(read_tables, loan):
    tables = read_tables(
        "China Datang is building the 500 MW Nurabad solar plant in Samarkand region. " + loan
    )
    assert _investments(tables) == [("Bank of China", 780e6, 1)]


@pytest.mark.parametrize(
    "cost",
    [
        "The project cost $412 million.",
        "Its cost is estimated at $412 million.",
        "Project cost: $412 million.",
    ],
)
def test_a_projects_price_goes_to_its_named_investor_not_its_lender(read_tables, cost):
    tables = read_tables(
        "Navoiyazot JSC, the investor, built the PVC plant in Navoi region with a $300 million loan from the "
        "Export-Import Bank of China. " + cost
    )
    assert _investments(tables) == [("Export-Import Bank of China", 300e6, 1), ("Navoiyazot JSC", 412e6, 1)]


def test_a_part_a_named_bank_will_lend_is_its_investment_not_a_breakdown(read_tables):
    tables = read_tables(
        "The 2x450 MW combined-cycle plant in Turakurgan is costed at $1.08 billion, of which the "
        "Export-Import Bank of China will lend $720 million; the balance will come from the state."
    )
    assert _investments(tables) == [(None, 1.08e9, 1), ("Export-Import Bank of China", 720e6, 1)]


@pytest.mark.parametrize(
    "later",
    [
        "- TBEA also built the Lolazor-Khatlon line, financed by a $51 million credit from the same bank.",
        "The Lolazor-Khatlon line was financed with a $51 million loan from the same lender.",
        "TBEA also built the Lolazor-Khatlon line, commissioned in 2015 with a $51 million loan from the "
        "same Chinese bank.",
        "The Lolazor-Khatlon line, 90 km long, came with $51 million of credit from the same state lender.",
    ],
)
def test_the_same_bank_is_the_last_lender(read_tables, later):
    tables = read_tables(
        "TBEA built the Dushanbe-2 CHP plant with a $349 million loan from the Export-Import Bank of "
        "China.\n\n" + later
    )
    assert [row[:2] for row in _investments(tables)] == [
        ("Export-Import Bank of China", 349e6),
        ("Export-Import Bank of China", 51e6),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The combine put the smelter's cost at $1.1 billion and said Bank of China would lend $500 million.",
        "Almalyk said Bank of China would lend $500 million; the smelter's cost is put at $1.1 billion.",
    ],
)
def test_a_bank_after_said_is_the_lender_of_its_clause_not_a_reporter(read_tables, text):
    tables = read_tables("Almalyk MMC is building a copper smelter in Almalyk. " + text)
    assert ("Bank of China", 500e6, 1) in _investments(tables)
    assert ("Bank of China", 1.1e9, 1) not in _investments(tables)


@pytest.mark.parametrize(
    "second",
    [
        "The company is also preparing a debut Eurobond issue of up to $1 billion to fund its programme.",
        "It plans a share offering of $300 million in Tashkent next year.",
        "Since its establishment in 2007, the company has invested more than $480 million in the economy.",
        "The company has invested more than $13 billion in the Aktobe fields since it acquired them in 1997.",
        "It will also supply uranium to CNNC under a long-term contract worth about $3.2 billion.",
    ],
)
def test_bonds_running_totals_and_money_for_an_economy_are_no_investments(read_tables, second):
    tables = read_tables(f"Tianshan Oil will build a 1 million tonne polymer plant in Navoi region. {second}")
    assert _investments(tables) == []


def test_the_builder_of_a_plant_that_opened_at_a_cost_is_paid_not_the_investor(read_tables):
    tables = read_tables(
        "The gasoline plant in Ahal velayat, which makes 600,000 tonnes a year, was built by Kawasaki "
        "Heavy Industries and opened in June 2019 at a cost of $1.7 billion."
    )
    assert _investments(tables) == [(None, 1.7e9, 1)]


@pytest.mark.parametrize(
    "second",
    [
        "Investment is estimated at $850 million and will be financed entirely by Ak-Tal Oil LLP.",
        "The $850 million cost is fully funded by Ak-Tal Oil LLP.",
    ],
)
def test_who_finances_an_amount_with_an_adverb_between_is_its_investor(read_tables, second):
    tables = read_tables(f"XPEC will build a gas processing plant at Zhanazhol in Aktobe region. {second}")
    assert _investments(tables) == [("Ak-Tal Oil LLP", 850e6, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Framework agreements cover a 1 GW wind farm in Bukhara region (China Energy Investment Corporation, "
        "$1.05 billion) and a 500 MW pumped storage power plant in Surkhandarya region (China Three Gorges "
        "Corporation, $720 million).",
        "The deals: a 1 GW wind farm in Bukhara region (China Energy Investment Corporation; $1.05 billion), "
        "and a 500 MW pumped storage power plant in Surkhandarya region (China Three Gorges Corporation, "
        "investment of $720 million).",
    ],
)
def test_an_amount_in_brackets_is_the_bracketed_investors_for_the_facility_before(read_tables, text):
    tables = read_tables(text)
    frames = tables["investment_frames"].merge(tables["project_frames"], on="frame_id")
    by_key = dict(zip(frames.investment_key, frames.project_type, strict=True))
    assert sorted(
        (row.investor_surface, row.amount_usd, by_key[row.investment_key])
        for row in tables["investments"].itertuples()
    ) == [
        ("China Energy Investment Corporation", 1.05e9, "wind"),
        ("China Three Gorges Corporation", 720e6, "storage"),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Following the meeting, Kazakh and Chinese companies signed 58 commercial documents with a total "
        "value of $15.3 billion.",
        "Since 2018 HDEC has signed 9 contracts in the country with a total value of over US$600 million.",
        "The sides signed several agreements worth $2 billion.",
    ],
)
def test_a_package_of_documents_with_a_total_value_is_no_investment(read_tables, second):
    tables = read_tables("HDEC is building the 200 MW Shokpar wind farm in Zhambyl region. " + second)
    assert _investments(tables) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Chinese firms made a third of the $1.1 billion of foreign investment Tajikistan got last year.",
        "Foreign direct investment from China reached $2.3 billion in 2023.",
        "The region attracted $500 million of FDI last year.",
        "China's accumulated direct investment in Tajikistan exceeds 3.2 billion US dollars.",
    ],
)
def test_a_countrys_foreign_investment_is_no_projects(read_tables, sentence):
    tables = read_tables(f"TBEA is building a 200 MW solar plant in Sughd region. {sentence}")
    assert _investments(tables) == []


@pytest.mark.parametrize(
    ("sentence", "lender"),
    [
        (
            "Talco signed a $210 million loan agreement with the Export-Import Bank of China to modernise "
            "its aluminium smelter in Tursunzoda.",
            "Export-Import Bank of China",
        ),
        (
            "KEGOC signed a 15-year $100 million loan with the Asian Development Bank for the new Shu "
            "substation.",
            "Asian Development Bank",
        ),
        (
            "The developer agreed a $60 million credit facility with Halyk Bank for the 50 MW Arys solar "
            "plant.",
            "Halyk Bank",
        ),
    ],
)
def test_the_bank_a_loan_is_signed_with_lends_it(read_tables, sentence, lender):
    assert _investments(read_tables(sentence))[0][0] == lender


def test_an_amount_hyphened_into_one_word_is_money(read_tables):
    tables = read_tables(
        "Barqi Tojik signed a contract for the 220 kV Ayni-Penjikent transmission line. The line is financed "
        "by a 48-million-U.S.-dollar loan from the Export-Import Bank of China."
    )
    assert _investments(tables) == [("Export-Import Bank of China", 48e6, 1)]


def test_a_loan_from_a_consortium_led_by_a_bank_is_that_banks(read_tables):
    tables = read_tables(
        "Samruk-Energy is building the 700 MW Ekibastuz heat and power plant in Pavlodar region. "
        "Samruk-Energy is financing the roughly 620 billion tenge (about 1.2 billion U.S. dollars) project "
        "with its own funds and a 15-year loan of 700 million dollars from a consortium led by Bank of China."
    )
    investments = [(investor, usd) for investor, usd, _ in _investments(tables)]
    assert investments == [("Samruk-Energy", 1.2e9), ("Bank of China", 700e6)]


@pytest.mark.parametrize(
    "sentence",
    [
        "China Exim holds about $1.1bn of the country's $3.3bn external public debt.",
        "The company reported $2 billion annual revenue last year.",
        "Of its debts, Talco owes $400 million total outstanding debt to Chinese banks.",
        "The World Bank is providing a $15 million guarantee backing the offtaker's payments.",
    ],
)
def test_a_debt_revenue_or_guarantee_named_after_its_amount_is_no_investment(read_tables, sentence):
    tables = read_tables(f"Talco is upgrading its aluminium smelter in Tursunzoda. {sentence}")
    assert _investments(tables) == []


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("The programme cost about $1.8 B.", 1.8e9),
        ("It was backed by a $1.04B loan.", 1.04e9),
        ("The plant cost $300M.", 300e6),
        ("The line cost US$ 45 M in all.", 45e6),
        # a scale and a smaller one, as translations write them; a short scale before 'dollars'
        ("The amount of the transaction made 1 bln 910 mln US dollars.", 1.91e9),
        ("The plant will cost 2 billion 300 mln dollars.", 2.3e9),
        ("The cost of the first stage is 180m dollars.", 180e6),
        ("Its construction was financed by a 281m-dollar loan.", 281e6),
        ("The company spent 45 m dollars on the line.", 45e6),
        # oil and finance write millions 'MM'
        ("The $420-MM project is financed by equity.", 420e6),
        ("Navoiyazot will spend $420MM on the plant.", 420e6),
        ("The unit cost US$ 75 MM.", 75e6),
    ],
)
def test_a_scale_as_written_makes_millions_or_billions(ref, sentence, amount):
    assert [m.amount for m in find_money(sentence, ref)] == [amount]


def test_a_debt_package_is_a_loan_and_a_companys_investment_word_no_countrys(read_tables):
    tables = read_tables(
        "China Gezhouba Group Overseas Investment Co. agreed on a $520 million package for a 500 MW solar "
        "plant in Kattakurgan district of Samarkand region. The plant is financed with a $113 million debt "
        "package arranged by the EBRD."
    )
    assert [(investor, usd) for investor, usd, _ in _investments(tables)] == [
        ("China Gezhouba Group Overseas Investment Co", 520e6),
        ("EBRD", 113e6),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The EBRD has invested more than $8 billion in Kazakhstan since 1992.",
        "China has put about $3 billion into Tajikistan since 2010.",
        "Chinese investment in Kazakhstan has reached $20 billion since 2005.",
        "China Development Bank has lent more than $10 billion to Kazakhstan.",
        "Loans to Uzbekistan from Chinese banks have exceeded $9 billion.",
        "The country needs $10 billion of investment in energy by 2030.",
        "Kazakhstan plans to attract $30 billion of investment by 2035.",
    ],
)
def test_money_put_into_a_country_is_no_projects(read_tables, sentence):
    tables = read_tables(
        f"The 100 MW Zhanatas wind farm in Zhambyl region was co-financed by the EBRD. {sentence}"
    )
    assert _investments(tables) == []


def test_money_put_into_a_project_since_a_year_is_its(read_tables):
    tables = read_tables(
        "Zijin holds 75 percent of Zeravshan, which mines the Jilau deposit near Panjakent in Tajikistan. "
        "Zijin says it has invested more than $400 million in the mine since 2007."
    )
    assert [(investor, usd) for investor, usd, _ in _investments(tables)] == [("Zijin", 400e6)]


def test_money_for_a_plant_written_as_put_into_a_country_is_the_plants(read_tables):
    tables = read_tables(
        "Masdar and CEEC will build a 1 GW wind farm in Zhambyl region. Under the deal, the consortium will "
        "make a direct investment of $1.2 billion in Kazakhstan."
    )
    assert [usd for _, usd, projects in _investments(tables) if projects == 1] == [1.2e9]


@pytest.mark.parametrize(
    ("text", "investor", "amount"),
    [
        (
            "Samruk-Kazyna and China Power International Holding Limited signed an agreement on a 1 GW "
            "wind farm "
            "in Akmola region. The Chinese side plans to invest about USD 1.4 billion in the project.",
            "China Power International Holding Limited",
            1.4e9,
        ),
        (
            "Sinopec and KazMunayGas signed an agreement on a polyethylene plant in Atyrau region. The "
            "Kazakh "
            "side will invest $500 million in the plant.",
            "KazMunayGas",
            500e6,
        ),
        (
            "Uzbekneftegaz and Xinjiang Goldwind agreed to build a 500 MW wind farm in Navoi region. "
            "Under the "
            "agreement, the Chinese investors will put $600 million into the wind farm.",
            "Xinjiang Goldwind",
            600e6,
        ),
    ],
)
def test_the_side_of_a_country_is_its_organisation_just_named(read_tables, text, investor, amount):
    assert [i[:2] for i in _investments(read_tables(text))] == [(investor, amount)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sinopec poured $500 million into the polyethylene plant in Atyrau.",
        "Sinopec has injected 500 million US dollars into the polyethylene plant in Atyrau.",
        "Sinopec will put $500 million into the polyethylene plant in Atyrau.",
        "Sinopec has committed $500 million to the polyethylene plant in Atyrau.",
        "Sinopec pledged 500 million US dollars for the polyethylene plant in Atyrau.",
    ],
)
def test_money_poured_or_injected_into_a_plant_is_invested(read_tables, sentence):
    assert [i[:2] for i in _investments(read_tables(sentence))] == [("Sinopec", 500e6)]


@pytest.mark.parametrize("verb", ["will provide a loan of", "is to lend", "lends"])
def test_each_backer_of_a_financing_plan_with_its_own_verb_puts_in_its_own_amount(read_tables, verb):
    tables = read_tables(
        f"A potash plant in Dekhkanabad will cost $185 million. China Development Bank {verb} $135 million "
        "for 15 years, the Fund for Reconstruction and Development of Uzbekistan (FRDU) will allocate $20 "
        "million, and Uzkimyosanoat will finance $30 million from its own funds."
    )
    assert [i[:2] for i in _investments(tables) if i[0]] == [
        ("China Development Bank", 135e6),
        ("Fund for Reconstruction and Development of Uzbekistan", 20e6),
        ("Uzkimyosanoat", 30e6),
    ]


def test_a_plant_put_into_operation_is_no_money_put_into_it(read_tables):
    assert _investments(read_tables("Sinopec put the polyethylene plant in Atyrau into operation.")) == []


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        (
            "Bishkek City Hall signed a 30-year agreement with China Tianying Inc. on a waste-to-energy "
            "plant at the Bishkek landfill. The plant will burn 1,000 tonnes of waste a day. A new road "
            "will link it to the city. Its power will be sold to the National Electric Grid of Kyrgyzstan "
            "under a 15-year contract. The Chinese company will invest $110 million in the project.",
            "China Tianying Inc",
        ),
        (
            "The Kant cement plant in Chuy region is owned by the Chinese company Xinjiang Tianshan Cement. "
            "It was built with a $90 million loan from China Development Bank. According to the court, the "
            "Chinese investor invested $140 million in the project in total.",
            "Xinjiang Tianshan Cement",
        ),
        (
            "Samruk-Energy signed an agreement on a 50 MW solar plant in Turkistan region with an investor "
            "from China. The Chinese side will invest $50 million in the plant.",
            None,
        ),
    ],
)
def test_the_side_of_a_country_is_its_latest_party_not_a_lender_nor_another_countrys(
    read_tables, text, investor
):
    """The amount is the text's last: '$110 million', '$140 million', '$50 million'."""
    amount = float(text.split("$")[-1].split()[0]) * 1e6
    assert [i[:2] for i in _investments(read_tables(text))][-1] == (investor, amount)


def test_a_defined_term_in_brackets_is_the_companys_short_name(read_tables):
    text = (
        'The board approved the investment by China Power Yereymentau Wind LLP (the "Project Company") in a '
        "1,000MW wind power project in Akmola region. The Project Company will invest US$1,160 "
        "million in the "
        "wind farm."
    )
    tables = read_tables(text)
    aliases = dict(zip(tables["org_aliases"].alias, tables["org_aliases"].surface, strict=True))
    assert aliases["Project Company"] == "China Power Yereymentau Wind LLP"
    assert [i[:2] for i in _investments(tables)] == [("Project Company", 1.16e9)]


def test_a_countrys_partner_named_beside_its_name_is_no_investor(read_tables):
    text = (
        "The 1 GW wind farm in Zhambyl region, estimated at about 1.2 billion U.S. dollars, will "
        "be financed and "
        "built by Energy China, with Samruk-Kazyna as the Kazakh partner."
    )
    assert "Samruk-Kazyna" not in [i[0] for i in _investments(read_tables(text))]


@pytest.mark.parametrize(
    "capital",
    [
        "The registered capital of the Project Company will be increased to US$232 million.",
        "The authorised capital of the joint venture, set up in 2024, amounts to $50 million.",
        "The charter capital of Qazaq Wind LLP has been raised to $80 million.",
    ],
)
def test_registered_capital_said_far_from_its_amount_is_no_investment(read_tables, capital):
    text = (
        f"China Power will build a 1,000 MW wind farm in Akmola region; it will cost $1.2 billion. {capital}"
    )
    assert [i[:2] for i in _investments(read_tables(text))] == [("China Power", 1.2e9)]


def test_the_chinese_side_is_the_party_not_the_parent_named_after_it(read_tables):
    text = (
        "Samruk-Kazyna and China Power International Holding Limited, part of State Power Investment "
        "Corporation (SPIC), signed an agreement on a 1 GW wind farm in Akmola. The Chinese side plans "
        "to invest about USD 1.4 billion in the project."
    )
    assert [i[:2] for i in _investments(read_tables(text))] == [
        ("China Power International Holding Limited", 1.4e9)
    ]


@pytest.mark.parametrize(
    ("text", "lender"),
    [
        (
            "China Development Bank agreed in June to lend Turkmengaz $4 billion for the first phase of the "
            "Galkynysh gas field in Mary province.",
            "China Development Bank",
        ),
        (
            "Exim Bank of China has decided to lend Barki Tojik $180 million for the Dushanbe-2 CHP plant.",
            "Exim Bank of China",
        ),
        (
            "ICBC plans this year to lend KazMunayGas $2.5 billion to expand the Shymkent refinery.",
            "ICBC",
        ),
    ],
)
def test_the_bank_that_agrees_to_lend_is_the_lender_not_the_borrower(read_tables, text, lender):
    assert [row[0] for row in _investments(read_tables(text))] == [lender]


@pytest.mark.parametrize(
    ("signing", "client"),
    [
        (
            "JSC Uzbekneftegaz and China's Wison Engineering have signed an EPC contract for a gas chemical "
            "complex in Karakul district of Bukhara region.",
            "JSC Uzbekneftegaz",
        ),
        (
            "Samruk-Energy signed a construction contract with PowerChina, the general contractor, for a "
            "wind farm in Zhambyl region.",
            "Samruk-Energy",
        ),
    ],
)
def test_the_client_of_a_works_contract_owns_the_project_and_bears_its_cost(read_tables, signing, client):
    tables = read_tables(f"{signing} The total cost of the project is estimated at $2.7 billion.")
    assert [row[:2] for row in _investments(tables)] == [(client, 2.7e9)]
    roles = tables["participants"].set_index("surface").role.to_dict()
    assert roles[client] == "owner"


@pytest.mark.parametrize(
    ("first", "second", "investment"),
    [
        (
            "Energy China will invest $520 million in a 500 MW solar plant in Kattakurgan.",
            "Universal Energy has signed for a 300 MW PV plant in Kyzyltepa district. That project is worth "
            "$310 million.",
            ("Universal Energy", 310e6, 1),
        ),
        (
            "CNPC will invest $1 billion in the Shymkent refinery upgrade.",
            "Huadian has agreed to develop a 200 MW wind farm near Zhanatas. The project will cost $240 "
            "million.",
            ("Huadian", 240e6, 1),
        ),
    ],
)
def test_a_cost_of_the_project_just_spoken_of_is_its_subjects(read_tables, first, second, investment):
    assert _investments(read_tables(f"{first} {second}"))[-1] == investment


@pytest.mark.parametrize(
    "sentence",
    [
        "China Gezhouba Group Overseas Investment, itself part of the Energy China group, will build a "
        "350 MW solar plant in Jizzakh region for $290 million.",
        "China Gezhouba Group Overseas Investment, a subsidiary of Energy China, will build a 350 MW solar "
        "plant in Jizzakh region for $290 million.",
    ],
)
def test_a_parent_named_aside_does_not_invest(read_tables, sentence):
    tables = read_tables("Energy China will invest $520 million in a 500 MW plant in Samarkand. " + sentence)
    assert _investments(tables)[-1] == ("China Gezhouba Group Overseas Investment", 290e6, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "It was one of 30 documents signed by Kazakh and Chinese companies during the visit, worth a "
        "combined $13.2 billion.",
        "The agreements signed at the forum have a combined value of $8 billion.",
        "Chinese firms have signed renewable energy contracts worth around $18bn in the five Central Asian "
        "republics since 2020.",
        "Chinese lenders have put $12 billion into the region's countries since 2015.",
    ],
)
def test_package_and_regional_totals_are_no_investment_in_the_project_spoken_of(read_tables, sentence):
    tables = read_tables(
        "Samruk-Energy and CPIH agreed to build a 1 GW wind farm near Yereymentau. " + sentence
    )
    assert _investments(tables) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The developer said it will invest around $250 million in the plant and is negotiating debt "
        "financing with the Asian Development Bank.",
        "It plans to invest $250 million in the plant and has asked the Eurasian Development Bank for a "
        "loan.",
        "The company will spend $250 million on the plant and is in talks with Bank of China on financing.",
    ],
)
def test_the_organisation_a_subject_points_to_spends_not_the_banks_named_after(read_tables, sentence):
    tables = read_tables(
        "Masdar signed a power purchase agreement for its 200 MW solar plant in Sughd region with Barqi "
        "Tojik. The tariff was not disclosed. " + sentence
    )
    assert _investments(tables) == [("Masdar", 250e6, 1)]


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        (
            "Tau-Ken Samruk has sold a 51% stake in Tau-Ken Temir LLP to Yunnan Yongchang Silicon Industry "
            "Co., Ltd. Tau-Ken Temir owns the silicon plant in Karaganda. The new owner plans to restart "
            "production next year and to invest another $60 million in the plant.",
            "Yunnan Yongchang Silicon Industry Co., Ltd",
        ),
        (
            "Zijin Mining has acquired Raygorodok Gold LLP from its Kazakh owners. Raygorodok Gold runs the "
            "Raygorodok gold mine in North Kazakhstan. Its new owner will spend $90 million on the mine.",
            "Zijin Mining",
        ),
        (
            "The Cabinet signed an investment agreement with Kutessay Rare Metals LLC on the development of "
            "the Kutessay II rare-earth deposit near Ak-Tuz. The joint venture will invest $250 million in "
            "two stages.",
            "Kutessay Rare Metals LLC",
        ),
    ],
)
def test_the_new_owner_and_the_joint_venture_spoken_of_invest(read_tables, text, investor):
    assert [i[0] for i in _investments(read_tables(text))] == [investor]


@pytest.mark.parametrize(
    "owners",
    [
        "Its founder is Xinjiang Hongtai Mining Investment Co.",
        "Its main shareholder is Xinjiang Hongtai Mining Investment Co.",
        "Its parent company is Xinjiang Hongtai Mining Investment Co.",
    ],
)
def test_the_company_is_still_the_one_spoken_of_after_its_owner_is_named(read_tables, owners):
    text = (
        "Jin Hong Mining LLC develops the Kumbel gold deposit in Talas region.\n\nJin Hong Mining was "
        f"registered in 2016. {owners} The company has invested more than $45 million in the deposit."
    )
    assert [i[0] for i in _investments(read_tables(text))] == ["Jin Hong Mining"]


@pytest.mark.parametrize(
    "second",
    [
        "It sells its power to JSC National Electric Grid of Uzbekistan. The project's final cost came to "
        "$548 million, Energy China said.",
        "It sells its power to JSC National Electric Grid of Uzbekistan. The plant cost $548 million, "
        "according to Energy China.",
    ],
)
def test_a_party_telling_its_projects_cost_is_its_investor(read_tables, second):
    text = "Energy China has completed the 500 MW Kattakurgan solar plant in Samarkand region. " + second
    assert _investments(read_tables(text)) == [("Energy China", 548e6, 1)]


@pytest.mark.parametrize(
    "aside",
    [
        "It is invested and constructed by China Power International Holding (CPIH), a subsidiary of State "
        "Power Investment Corporation (SPIC), through its project company.",
        "The investor is China Power International Holding, part of State Power Investment Corporation.",
        "China Power International Holding, a unit of State Power Investment Corporation, invests in it.",
    ],
)
def test_the_parent_told_beside_the_investor_does_not_invest_later_sums(read_tables, aside):
    tables = read_tables(
        f"A 200 MW wind farm is being built in Zhualy district of Zhambyl region. {aside} The project plans "
        "to install 32 turbines. The total investment of the project is about $220 million."
    )
    [(surface, amount, _)] = _investments(tables)
    assert (surface in ("China Power International Holding", "CPIH"), amount) == (True, 220e6)


@pytest.mark.parametrize(
    ("financing", "expected"),
    [
        (
            "Cost of project makes 380 million US dollars, for financing is attracted credit of "
            "Export-Import Bank of China in amount 285 million dollars.",
            [("Navoiyazot", 380e6), ("Export-Import Bank of China", 285e6)],
        ),
        (
            "Cost of project 432.6 million US dollars, of them 300 million dollars is credit of the "
            "State Development Bank of China.",
            [("Navoiyazot", 432.6e6), ("State Development Bank of China", 300e6)],
        ),
    ],
)
def test_a_credit_of_a_bank_is_the_banks_and_the_cost_the_owners(read_tables, financing, expected):
    tables = read_tables(f"The PVC complex of Navoiyazot in Navoi region was launched. {financing}")
    assert [(surface, amount) for surface, amount, _ in _investments(tables)] == expected


@pytest.mark.parametrize(
    "value",
    ["The value of the project is $87 million.", "The value of this project is estimated at $87 million."],
)
def test_the_value_of_the_project_is_its_investment(read_tables, value):
    tables = read_tables(f"The Upper Kumarg gold mine was opened by TBEA in Ayni district. {value}")
    assert [(surface, amount) for surface, amount, _ in _investments(tables)] == [("TBEA", 87e6)]


@pytest.mark.parametrize(
    "text",
    [
        "The 100 MW solar plant in Navoi region is financed by a loan of the Asian Development Bank (ADB) in "
        "the amount of US$140 million and by counterpart funds of the Government of Uzbekistan.",
        "A loan of the Asian Development Bank (ADB) of $140 million and funds of the Government of "
        "Uzbekistan will pay for the 100 MW solar plant in Navoi region.",
        "The Government of Uzbekistan and a credit from the Asian Development Bank (ADB) worth $140 million "
        "finance the 100 MW solar plant in Navoi region.",
    ],
)
def test_the_lender_glossed_by_its_abbreviation_lends_the_amount_after_it(read_tables, text):
    assert _investments(read_tables(text)) == [("Asian Development Bank", 140e6, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Sinohydro is building a 32 MW gas-piston plant in Sergeli district. The cost of the project is 41.5 "
        "million US dollars, which is financed by a loan of the China Development Bank (CDB).",
        "Sinohydro is building a 32 MW gas-piston plant in Sergeli district. The project costs $41.5 "
        "million, funded with a preferential loan from the China Development Bank.",
        "A 32 MW gas-piston plant worth $41.5 million, financed through a credit of the China Development "
        "Bank, is being built by Sinohydro in Sergeli district.",
    ],
)
def test_the_bank_whose_loan_finances_an_amount_is_its_investor(read_tables, text):
    assert _investments(read_tables(text)) == [("China Development Bank", 41.5e6, 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The joint venture, registered in Dushanbe with a charter capital of $10 million, will invest about "
        "$3.2 billion in the plant.",
        "The project company has an authorised capital of $5 million and will spend $400 million on it.",
        "Its registered capital is $20 million; it will finance the plant's $900 million cost with loans.",
    ],
)
def test_company_capital_stops_at_its_own_amount_before_an_investment(ref, sentence):
    assert [m.negative for m in find_money(sentence, ref)] == [True, False]


def test_capital_raised_to_a_second_amount_stays_no_investment(ref):
    sentence = "The registered capital of the company of $5 million will be increased to $232 million."
    assert [m.negative for m in find_money(sentence, ref)] == [True, True]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Harbin Electric will build a third unit at the Ekibastuz GRES-2 power station in Pavlodar "
            "region. The owner, Ekibastuz GRES-2 Station JSC, puts the cost at KZT380 billion (about US$800 "
            "million), to be covered by equity and a loan from the Development Bank of Kazakhstan.",
            "Ekibastuz GRES-2 Station JSC",
        ),
        (
            "Navoiyazot JSC will build a PVC plant in Navoi region for $800 million, financed with own funds "
            "and a loan from China Development Bank.",
            "Navoiyazot JSC",
        ),
        (
            "Navoiyazot JSC will spend $800 million on a PVC plant in Navoi region, to be covered by equity "
            "plus a loan from China Development Bank.",
            "Navoiyazot JSC",
        ),
    ],
)
def test_a_lender_of_a_part_beside_equity_puts_in_no_whole_amount(read_tables, text, owner):
    """Equity and a loan pay for the plant together: the amount is the owner's, not the lender's."""
    assert _investments(read_tables(text)) == [(owner, 800e6, 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "CPIH has put the total investment at about US$160 million, part of which was lent by the EBRD, the "
        "AIIB and ICBC.",
        "CPIH puts the cost at US$160 million, most of which was lent by the European Bank for "
        "Reconstruction and Development.",
        "CPIH estimates the project at US$160 million, including loans from the EBRD and the AIIB.",
    ],
)
def test_lenders_of_a_part_broken_out_of_an_owners_amount_put_in_no_whole(read_tables, sentence):
    tables = read_tables(
        "China Power International Holding (CPIH) built the 100 MW Zhanatas wind farm in Zhambyl region. "
        + sentence
    )
    assert [(investor, amount) for investor, amount, _ in _investments(tables)] == [("CPIH", 160e6)]


@pytest.mark.parametrize(
    ("sentence", "lender", "amount"),
    [
        (
            "November 2013 - A loan agreement for 450 million US dollars is signed with the China "
            "Development Bank.",
            "China Development Bank",
            450e6,
        ),
        (
            "A credit of $200 million was signed with the Export-Import Bank of China in May.",
            "Export-Import Bank of China",
            200e6,
        ),
        (
            "A loan agreement for $300 million was concluded with the Asian Development Bank.",
            "Asian Development Bank",
            300e6,
        ),
    ],
)
def test_a_loan_signed_with_a_lender_after_its_amount_is_the_lenders(read_tables, sentence, lender, amount):
    tables = read_tables(
        'Navoiyazot JSC is building a PVC complex in Navoi region. JSC "Navoiyazot" is the owner. ' + sentence
    )
    assert [(investor, value) for investor, value, _ in _investments(tables)] == [(lender, amount)]


def test_a_contract_signed_with_a_contractor_is_no_loan_of_the_contractor(read_tables):
    tables = read_tables(
        "Navoiyazot JSC is building a PVC complex in Navoi region. A contract for $120 million was signed "
        "with China CAMC Engineering."
    )
    assert "China CAMC Engineering" not in {investor for investor, _, _ in _investments(tables)}


def test_an_investor_financing_with_own_funds_beside_loans_keeps_its_amount(read_tables):
    tables = read_tables(
        "Goldwind will build a 1 GW wind farm in Karakalpakstan. The total investment is approximately "
        "US$1.1 billion, which Goldwind will finance with its own funds and loans from international lenders."
    )
    assert _investments(tables) == [("Goldwind", 1.1e9, 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chinese direct investment in the country was $153 million in 2021, well below its peak.",
        "Foreign direct investment into the republic reached $2.1 billion last year.",
        "Foreign investments in the economy grew to $900 million in the first half.",
    ],
)
def test_direct_investment_into_a_country_is_no_projects(read_tables, sentence):
    tables = read_tables(
        f"The railway from Kashgar to Andijan is the subject of a new feasibility study. {sentence}"
    )
    assert _investments(tables) == []


@pytest.mark.parametrize(
    "second",
    [
        "The company estimates its cost at $450 million.",
        "Samruk-Energy estimates the project at $450 million.",
        "The developer estimates total investment at about $450 million.",
    ],
)
def test_an_estimate_of_a_projects_cost_is_its_value(read_tables, second):
    tables = read_tables(f"Samruk-Energy will build a 300 MW wind farm in Zhambyl region. {second}")
    assert [(amount, projects) for _, amount, projects in _investments(tables)] == [(450e6, 1)]


def test_an_estimate_of_something_else_is_no_investment(read_tables):
    tables = read_tables(
        "Samruk-Energy will build a 300 MW wind farm in Zhambyl region. Analysts estimate the market at $2 "
        "billion a year."
    )
    assert _investments(tables) == []


@pytest.mark.parametrize(
    "text",
    [
        "KAZ Minerals built the Bozshakol copper mine in Pavlodar region, which was financed from a "
        "$2.7 billion China Development Bank facility.",
        "The Bozshakol copper mine in Pavlodar region was funded by a $2.7 billion China Development Bank "
        "credit facility, KAZ Minerals said.",
        "KAZ Minerals paid for the Bozshakol copper mine in Pavlodar region with a $2.7 billion China "
        "Development Bank loan.",
    ],
)
def test_a_facility_named_for_its_lender_is_the_lenders(read_tables, text):
    assert _investments(read_tables(text)) == [("China Development Bank", 2.7e9, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Jizzakh Petroleum is building a refinery in Jizzakh region. About $1.5 billion is to be raised "
        "through a syndicated loan arranged by Bank of China.",
        "Jizzakh Petroleum is building a refinery in Jizzakh region. Some $1.5 billion of the cost will be "
        "covered through a syndicated loan from a group of banks led by Bank of China.",
        "Jizzakh Petroleum is building a refinery in Jizzakh region. Of this amount, $1.5 billion will be "
        "attracted in the form of a loan from a consortium of Chinese banks led by Bank of China.",
    ],
)
def test_the_lender_of_a_syndicated_loan_told_at_length_after_the_amount(read_tables, text):
    assert _investments(read_tables(text)) == [("Bank of China", 1.5e9, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Under a loan agreement with Almalyk MMC, China Development Bank will provide $500 million for the "
        "copper smelter in Tashkent region.",
        "China Development Bank is providing $500 million for the copper smelter in Tashkent region under a "
        "loan agreement signed with Almalyk MMC.",
        "Under its credit agreement with Almalyk MMC, China Development Bank is to provide RMB 3.5 billion "
        "(about USD 500 million) for the copper smelter in Tashkent region.",
    ],
)
def test_the_bank_that_provides_the_amount_not_the_borrower(read_tables, text):
    assert _investments(read_tables(text)) == [("China Development Bank", 500e6, 1)]


@pytest.mark.parametrize(
    ("subject", "first"),
    [
        ("China Power and Samruk-Energy invested", "China Power"),
        (
            "China Power International Holding (CPIH) and Samruk-Energy will invest",
            "China Power International Holding",
        ),
        ("Samruk-Energy and Visor Capital have invested", "Samruk-Energy"),
    ],
)
def test_organisations_investing_together_credit_the_first_named(read_tables, subject, first):
    tables = read_tables(f"{subject} $155 million in the wind farm in Zhambyl region.")
    assert _investments(tables) == [(first, 155e6, 1)]


@pytest.mark.parametrize(
    "text",
    [
        'A cement plant of "Gallaorol Sement" LLC was launched in Jizzakh region. Of its cost, $60 million '
        'is the own funds of "Gallaorol Sement", and $80 million was lent by China Development Bank.',
        'A cement plant of "Gallaorol Sement" LLC was launched in Jizzakh region. "Gallaorol Sement" put in '
        "$60 million of its own funds, and China Development Bank lent $80 million.",
    ],
)
def test_a_company_named_in_quotes_before_its_legal_form_puts_in_its_own_funds(read_tables, text):
    assert _investments(read_tables(text)) == [
        ("Gallaorol Sement", 60e6, 1),
        ("China Development Bank", 80e6, 1),
    ]


@pytest.mark.parametrize(
    "rest",
    [
        "the balance will come from Shubarkol Komir's parent, Eurasian Resources Group",
        "while the remainder is to be provided by Eurasian Resources Group",
        "and the rest of the money will come from the equity of Eurasian Resources Group",
    ],
)
def test_the_backer_of_the_rest_does_not_lend_the_amount_before_it(read_tables, rest):
    tables = read_tables(
        "Shubarkol Komir will build a coal chemical plant in Temirtau. China Development Bank will finance "
        f"$1.4 billion under a 15-year loan, {rest}."
    )
    assert _investments(tables) == [("China Development Bank", 1.4e9, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Zijin Mining, which holds a 70% stake in Talco Gold, will invest $140 million in the gold mine in "
        "Sughd region.",
        "Zijin Mining, which runs two other mines in the region, is investing $140 million in the gold mine "
        "in Sughd region.",
    ],
)
def test_a_spender_past_a_relative_clause(read_tables, text):
    assert _investments(read_tables(text)) == [("Zijin Mining", 140e6, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Silleno LLP estimates the cost of the polyethylene plant in Atyrau region at $7.1 billion.",
        "Silleno LLP puts the total cost at $7.1 billion for the polyethylene plant in Atyrau region.",
        "Silleno LLP put the total investment at $7.1 billion for the polyethylene plant in Atyrau region.",
    ],
)
def test_the_company_that_puts_a_cost_on_its_plant_invests_it(read_tables, text):
    assert _investments(read_tables(text)) == [("Silleno LLP", 7.1e9, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "The Dushanbe-2 thermal power plant, worth $179 million, was financed by the Chinese company TBEA "
        "Co., Ltd.",
        "The Dushanbe-2 thermal power plant, worth $179 million, was funded by the Chinese firm TBEA Co., "
        "Ltd.",
    ],
)
def test_the_financier_named_after_its_kind(read_tables, text):
    assert _investments(read_tables(text)) == [("TBEA Co., Ltd", 179e6, 1)]


@pytest.mark.parametrize("noun", ["company", "firm", "developer"])
def test_the_chinese_company_is_the_chinese_party(read_tables, noun):
    tables = read_tables(
        "National Electric Network of Kyrgyzstan signed a deal with China Tianying Inc. on a waste-to-energy "
        f"plant in Bishkek. The Chinese {noun} will invest $110 million in the project."
    )
    assert _investments(tables) == [("China Tianying Inc", 110e6, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "TEPC built the Datka substation. In Central Asia, TEPC has undertaken more than 10 projects in "
        "Uzbekistan, Kazakhstan and Kyrgyzstan with a total contract value of more than US$1.2 billion.",
        "TEPC built the Datka substation. In Central Asia, TEPC has completed 14 projects in Uzbekistan and "
        "Kyrgyzstan with a total contract value of $900 million.",
        "TEPC built the Datka substation. TEPC has undertaken more than 10 projects in Kazakhstan with a "
        "total contract value of $1.2 billion.",
    ],
)
def test_the_total_of_many_projects_is_no_investment_in_one(read_tables, text):
    assert _investments(read_tables(text)) == []


@pytest.mark.parametrize("noun", ["company", "firm"])
def test_the_chinese_company_is_the_one_spoken_of_last_when_its_country_is_unknown(read_tables, noun):
    tables = read_tables(
        "China National Chemical Engineering will expand the Kungrad soda plant in Karakalpakstan. The "
        "Andijan regional khokimiyat and Chengdu Xingrong Environment Co. agreed on a waste-to-energy plant "
        f"in Andijan region. The investments of the Chinese {noun} will amount to $140 million."
    )
    assert _investments(tables) == [("Chengdu Xingrong Environment Co", 140e6, 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "In December the company signed a 25-year power purchase agreement with the National Electric Grid "
        "of Uzbekistan for a 300 MW solar park in Jondor district, worth about $230 million.",
        "The company signed a PPA with the National Electric Grid of Uzbekistan for its 300 MW solar park "
        "in Jondor district; the project is worth about $230 million.",
        "After an offtake agreement with the National Electric Grid of Uzbekistan, the company will build "
        "the 300 MW solar park in Jondor district, worth about $230 million.",
    ],
)
def test_the_buyer_of_a_plants_output_is_not_its_investor(read_tables, sentence):
    tables = read_tables(f"Universal Energy came to Uzbekistan in 2019.\n\n{sentence}")
    assert [row[:2] for row in _investments(tables)] == [("Universal Energy", 230e6)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The $260 million project is financed with Universal Energy's own funds and a $180 million loan "
        "from the Industrial and Commercial Bank of China.",
        "Universal Energy's own funds and a $180 million loan from the Industrial and Commercial Bank of "
        "China pay for the $260 million project.",
        "The $260 million wind farm will be built with a $180 million loan from the Industrial and "
        "Commercial Bank of China and Universal Energy's own resources.",
    ],
)
def test_the_company_whose_own_funds_pay_with_a_loan_backs_the_whole_price(read_tables, sentence):
    tables = read_tables(f"Construction began in June on a 200 MW wind farm in Almaty region. {sentence}")
    assert sorted(row[:2] for row in _investments(tables)) == [
        ("Industrial and Commercial Bank of China", 180e6),
        ("Universal Energy", 260e6),
    ]


@pytest.mark.parametrize(
    ("text", "owner", "lender"),
    [
        (
            "Navbahor Cement LLC built a cement plant in Navbahor district in 2020. The plant, worth $165 "
            "million, was partly financed by a $60 million loan from the Uzbekistan Fund for Reconstruction "
            "and Development (UFRD).",
            "Navbahor Cement LLC",
            "Uzbekistan Fund for Reconstruction and Development",
        ),
        (
            "Kyzyl Cement LLC opened a cement plant in Kyzyl-Kiya in 2021. The plant, valued at $120 "
            "million, was financed in part by a $45 million credit from the Eurasian Development Bank (EDB).",
            "Kyzyl Cement LLC",
            "Eurasian Development Bank",
        ),
    ],
)
def test_a_lender_named_with_its_short_form_lends_its_own_amount_not_the_plants_worth(
    read_tables, text, owner, lender
):
    assert [investor for investor, *_ in _investments(read_tables(text))] == [owner, lender]


@pytest.mark.parametrize(
    ("text", "lender"),
    [
        (
            "The 500 kV South-North line was built by TBEA and financed by a loan from the Export-Import "
            "Bank of China (China Exim). TBEA later completed the 405-km Datka-Kemin line in Jalal-Abad "
            "region. That project cost $390 million and was also financed by the Chinese bank.",
            "China Exim",
        ),
        (
            "The Lolazor-Khatlon line was financed by a $51 million loan from the Asian Development Bank. "
            "In 2019 TBEA built the 220 kV Khorog line in Badakhshan, which cost $60 million and was "
            "financed by the bank.",
            "Asian Development Bank",
        ),
    ],
)
def test_the_bank_the_article_named_for_a_loan_lends_again(read_tables, text, lender):
    assert [investor for investor, *_ in _investments(read_tables(text))][-1] == lender


@pytest.mark.parametrize(
    ("second", "lender", "amount"),
    [
        (
            "China Development Bank provided a $200 million loan under a guarantee of the government of "
            "Kazakhstan, and the Development Bank of Kazakhstan lent $51 million.",
            "Development Bank of Kazakhstan",
            51e6,
        ),
        (
            "The Export-Import Bank of China lent $300 million with a guarantee from the Ministry of "
            "Finance, and the Asian Development Bank provided $100 million.",
            "Asian Development Bank",
            100e6,
        ),
    ],
)
def test_a_body_named_after_a_preposition_is_no_co_subject_of_the_next_clause(
    read_tables, second, lender, amount
):
    tables = read_tables(f"The 300 MW Moinak HPP in Almaty region is being built. {second}")
    assert (lender, amount) in [i[:2] for i in _investments(tables)]


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        (
            "Karakul Wind LLP, a subsidiary of Samruk-Energy, plans to launch the 100 MW Karakul wind farm "
            "in Turkistan region in 2025. The general contractor is PowerChina.\n\nThe project cost is "
            "estimated at $150 million. China Development Bank provided a $100 million loan.",
            "Karakul Wind LLP",
        ),
        (
            "The 600 MW Karabatan thermal power plant in Atyrau region will cost $700 million. Construction "
            "began in May. The plant belongs to Atyrau Energy JSC.",
            "Atyrau Energy JSC",
        ),
    ],
)
def test_a_price_no_sentence_gives_anyone_is_put_in_by_the_owner_the_article_names(
    read_tables, text, investor
):
    amounts = {usd: who for who, usd, _ in _investments(read_tables(text))}
    assert amounts[150e6 if "150" in text else 700e6] == investor


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhmys will build a 60 MW solar plant in Karaganda region. The project will cost $50 million, "
        "which Kazakhmys will fund entirely from its own resources.",
        "The 60 MW Saran solar plant in Karaganda region will cost $50 million; Kazakhmys will finance it "
        "from its own funds.",
    ],
)
def test_a_company_that_funds_a_project_from_its_own_money_invests_it(read_tables, text):
    assert [i[:2] for i in _investments(read_tables(text))] == [("Kazakhmys", 50e6)]


@pytest.mark.parametrize(
    ("sentence", "investor"),
    [
        (
            "Kazakh Invest signed an agreement with Sany Renewable Energy on a wind turbine plant in Zhambyl "
            "region, under which the company will invest $120 million.",
            "Sany Renewable Energy",
        ),
        (
            "An agreement with Jiangsu Yulong Textile Group on a textile plant in Turkistan region was "
            "signed; it will invest $85 million in the first stage.",
            "Jiangsu Yulong Textile Group",
        ),
        (
            "The akimat signed a memorandum with Liaoning Fangda Group on a steel plant in Pavlodar, and the "
            "company plans to invest $300 million.",
            "Liaoning Fangda Group",
        ),
    ],
)
def test_the_company_a_later_clause_points_back_to_invests(read_tables, sentence, investor):
    tables = read_tables(
        "An investment agreement with Huaxin Cement on a cement plant in Jizzakh region was signed.\n\n"
        + sentence
    )
    amounts = dict(zip(tables["investments"].amount_usd, tables["investments"].investor_surface, strict=True))
    assert amounts[max(amounts)] == investor


@pytest.mark.parametrize(
    "second",
    [
        "- in Kostanay region, COFCO International and Tobol Grain LLP signed a memorandum on a wheat "
        "processing plant. COFCO International is ready to invest up to $180 million;",
        "- in Kostanay region, COFCO International signed a memorandum on a wheat processing plant; COFCO "
        "International will invest $180 million in the plant;",
    ],
)
def test_an_investor_of_another_list_item_does_not_take_a_company_s_own_amount(read_tables, second):
    tables = read_tables(
        "Agreements signed at the forum:\n\n- in Zhambyl region, Xinjiang Western Animal Husbandry Co., Ltd. "
        "and Merke Beef LLP signed an investment agreement on a meat processing plant in Merke district. "
        "The Chinese company will invest $65 million;\n\n" + second
    )
    amounts = dict(zip(tables["investments"].amount_usd, tables["investments"].investor_surface, strict=True))
    assert amounts[180e6] == "COFCO International"


@pytest.mark.parametrize(
    "sentence",
    [
        "CPIH has also signed an investment agreement with Kazakhstan's Ministry of Energy for a 1 GW wind "
        "farm in Turkistan region, in which it plans to invest about $1.3 billion.",
        "CPIH signed an agreement with the Ministry of Energy of Kazakhstan on a 1 GW wind farm in Turkistan "
        "region, in which the company will invest about $1.3 billion.",
    ],
)
def test_it_that_invests_after_a_ministry_is_the_company(read_tables, sentence):
    tables = read_tables(sentence)
    assert list(tables["investments"].investor_surface) == ["CPIH"]


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        (
            "Harbin Electric signed an agreement in September with Uzbekistan's Ministry of Energy to invest "
            "$180 million in a 200 MW solar plant in Kattakurgan district of Samarkand region.",
            "Harbin Electric",
        ),
        (
            "Last week Universal Energy agreed with the Zhambyl Region Akimat to invest $120 million in a "
            "100 MW wind farm near Kordai.",
            "Universal Energy",
        ),
        (
            "The Ministry of Energy signed an agreement with China Datang to invest $500 million in a 300 MW "
            "wind farm in Zhambyl region.",
            "China Datang",
        ),
    ],
)
def test_the_company_that_signs_with_a_government_body_invests(read_tables, text, investor):
    assert _investments(read_tables(text))[0][:2] == (investor, float(text.split("$")[1].split()[0]) * 1e6)


def test_a_government_agency_that_signs_an_investment_agreement_is_not_the_investor(read_tables):
    tables = read_tables(
        "The akim of Naryn region met representatives of Shandong Hi-Speed New Energy Group on a solar plant "
        "in At-Bashy district.\n\nThe investment agreement for the 100 MW plant was signed in May between "
        "the "
        "Chinese company and the National Investment Agency under the President. The investor will spend "
        "$90 million on the project."
    )
    assert _investments(tables)[0][:2] == ("Shandong Hi-Speed New Energy Group", 90e6)


@pytest.mark.parametrize(
    ("text", "lender", "part"),
    [
        (
            "In 2009 Kazakhmys announced a $2.7 billion credit line from the China Development Bank. Of this "
            "amount, $2.1 billion is earmarked for the Bozshakol copper project in Pavlodar region.",
            "China Development Bank",
            2.1e9,
        ),
        (
            "Uzbekneftegaz signed a $1.2 billion loan agreement with the Export-Import Bank of China. Of the "
            "total, $800 million will be allocated to the Kandym gas processing plant.",
            "Export-Import Bank of China",
            800e6,
        ),
    ],
)
def test_a_part_of_the_amount_just_given_is_its_lenders(read_tables, text, lender, part):
    assert _investments(read_tables(text)) == [(lender, part, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Huaxin Gayur built the cement plant in Yovon for $165 million. A sack of cement now costs 45 "
            "somoni instead of 70.",
            [],
        ),
        (
            "Huaxin Gayur invested $165 million in the Yovon cement plant; a bag of cement costs $4 there "
            "now.",
            [("Huaxin Gayur", 165e6, 1)],
        ),
    ],
)
def test_the_price_of_a_unit_of_goods_is_no_investment(read_tables, text, expected):
    assert _investments(read_tables(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kazakh Invest and Hengxin Silicon LLP signed an agreement on a ferrosilicon plant in Pavlodar "
        "region. The project cost is $320 million; it will create 1,100 jobs.",
        "Kazakh Invest signed an agreement with Hengxin Silicon on a ferrosilicon plant in Pavlodar "
        "region. The project cost is $320 million.",
    ],
)
def test_a_body_the_reference_list_calls_government_puts_no_money_in(read_tables, text):
    (investment,) = _investments(read_tables(text))
    assert investment[0] != "Kazakh Invest"


def test_a_ministry_known_by_its_acronym_takes_the_government_role(read):
    (project,) = read(
        "MIIT and Shanghai Electric signed an investment agreement on a 1,500 MW gas-fired power plant in "
        "Surkhandarya region worth $1.2 billion."
    )
    assert project["participants"] == {"MIIT": "government", "Shanghai Electric": "investor"}


@pytest.mark.parametrize(
    ("text", "investment"),
    [
        (
            "NFC built the Aktogay copper mine in East Kazakhstan region. KAZ Minerals estimates the total "
            "cost of the mine at about $2.2 billion.",
            ("KAZ Minerals", 2.2e9, 1),
        ),
        (
            "China Energy built the Nur Navoi solar plant in Navoi region. ACWA Power estimates the total "
            "cost of the plant at $550 million.",
            ("ACWA Power", 550e6, 1),
        ),
    ],
)
def test_who_puts_a_cost_on_the_plant_is_its_investor_not_the_builder(read_tables, text, investment):
    assert _investments(read_tables(text)) == [investment]


@pytest.mark.parametrize(
    "text",
    [
        "CNPC is building the third gas processing plant at Bagtyyarlyk. CNPC has invested more than $10 "
        "billion in Turkmenistan's gas sector.",
        "ACWA Power is building the Bash wind farm in Bukhara region. ACWA alone says it has committed more "
        "than $14bn of investment in the country across renewables, thermal power and green hydrogen.",
    ],
)
def test_a_companys_total_in_a_countrys_sector_is_no_projects_investment(read_tables, text):
    assert _investments(read_tables(text)) == []


@pytest.mark.parametrize(
    "opening",
    [
        "A zinc smelter of the joint venture Sughd Zinc Company will be built in Ghafurov district.",
        "The Tajik-Chinese joint venture Sughd Zinc Company will build a zinc smelter in Ghafurov district.",
    ],
)
def test_the_joint_venture_spoken_of_is_the_one_introduced_so_not_the_contractor_named_since(
    read_tables, opening
):
    tables = read_tables(
        f"{opening} The plant will be built by China Nonferrous Metal Industry's Foreign Engineering and "
        "Construction Co., Ltd. (NFC). The joint venture will invest $120 million in the project."
    )
    assert [i[:2] for i in _investments(tables)] == [("Sughd Zinc Company", 120e6)]


@pytest.mark.parametrize(
    "text",
    [
        "A group of Chinese state lenders agreed to provide $4.2 billion to Silleno LLP, which is building a "
        "polyethylene plant in Atyrau region.",
        "The lenders extended a $300 million loan to Beta Mining LLC for its copper mine in Karaganda "
        "region.",
        "Chinese banks will lend $500 million to Qazaq Solar LLP for the construction of a 100 MW solar "
        "plant in Turkestan region.",
    ],
)
def test_the_borrower_the_money_goes_to_does_not_put_it_in(read_tables, text):
    tables = read_tables(text)
    assert [i[:2] for i in _investments(tables)][0][0] is None
    assert "financier" not in set(tables["participants"].role)


def test_a_named_lender_giving_money_to_a_borrower_is_the_investor(read_tables):
    tables = read_tables(
        "Beta Power LLP will build a wind farm in Zhambyl region. Acme Bank extended a $200 million credit "
        "line to the company."
    )
    assert [i[:2] for i in _investments(tables)] == [("Acme Bank", 200e6)]


@pytest.mark.parametrize(
    "second",
    [
        "Chinese banks will lend $4 billion.",
        "The shareholders will fund the remaining $3.2 billion in proportion to their stakes.",
        "A group of foreign investors is to put in $900 million.",
    ],
)
def test_money_several_unnamed_bodies_put_in_has_no_investor(read_tables, second):
    tables = read_tables(f"Silleno LLP is building a polyethylene plant in Atyrau region. {second}")
    assert [i[0] for i in _investments(tables)] == [None]


def test_the_company_spoken_of_still_invests_what_it_is_said_to_invest(read_tables):
    tables = read_tables(
        "Silleno LLP is building a polyethylene plant in Atyrau region. The company will invest $100 million."
    )
    assert [i[:2] for i in _investments(tables)] == [("Silleno LLP", 100e6)]


@pytest.mark.parametrize(
    "second",
    [
        "A $296 million Exim Bank loan is financing the reconstruction of the road from Dushanbe to Chanak.",
        "Exim Bank also granted $50 million for the purchase of buses for the capital.",
        "China Development Bank will fund the rehabilitation of the Dushanbe water network with $40 million.",
    ],
)
def test_money_for_works_on_something_that_is_no_facility_is_no_projects(read_tables, second):
    tables = read_tables(f"Tajikistan has revived the 3,600 MW Rogun hydropower plant.\n\n{second}")
    assert _investments(tables) == []


def test_money_for_building_a_facility_named_after_the_works_is_its_investment(read_tables):
    tables = read_tables(
        "Tajikistan has revived the 3,600 MW Rogun hydropower plant. Exim Bank will provide a $296 million "
        "loan for the construction of the second unit of the station."
    )
    assert [i[:2] for i in _investments(tables)] == [("Exim Bank", 296e6)]


@pytest.mark.parametrize(
    "second",
    [
        "Beijing pledged $900 million in preferential credits to members of the Shanghai Cooperation "
        "Organisation in 2004.",
        "China offered $5 billion in loans for the member states of the organisation.",
    ],
)
def test_credit_offered_to_a_group_of_countries_is_no_investment(read_tables, second):
    tables = read_tables(f"Tajikistan has revived the 3,600 MW Rogun hydropower plant. {second}")
    assert _investments(tables) == []


@pytest.mark.parametrize(
    "second",
    [
        "In April China agreed to provide Kazakhstan with $10 billion in loans.",
        "Beijing extended $3 billion in credits to Turkmenistan last year.",
    ],
)
def test_money_a_country_borrows_is_no_projects(read_tables, second):
    tables = read_tables(f"CNPC operates the Zhanazhol gas plant in Aktobe region. {second}")
    assert _investments(tables) == []


def test_a_loan_to_a_country_for_its_plant_is_the_plants_investment(read_tables):
    tables = read_tables(
        "CNPC operates the Zhanazhol gas plant in Aktobe region. China Exim will lend $300 million to "
        "Kazakhstan for the plant's expansion."
    )
    assert _investments(tables) == [("China Exim", 300e6, 1)]


def test_money_for_works_on_a_part_of_the_project_just_told_of_is_its_investment(read_tables):
    tables = read_tables(
        "Line D of the Central Asia-China gas pipeline will cross Tajikistan. CNPC was to finance the "
        "construction of the Tajik section, which was estimated at $3.2 billion."
    )
    assert [i[1:] for i in _investments(tables)] == [(3.2e9, 1)]

"""Organisations to projects, with roles."""

from __future__ import annotations

import pytest


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


@pytest.mark.parametrize(
    "sentence",
    [
        "Sany will build a 100 MW wind farm in Zhambyl region, while CNNC will build a 50 MW solar plant in "
        "Kyzylorda region.",
        "Sany will build a 100 MW wind farm in Zhambyl region; CNNC will build a 50 MW solar plant in "
        "Kyzylorda region.",
        "Sany is to build a 100 MW wind farm in Zhambyl region, whereas a 50 MW solar plant in Kyzylorda "
        "region goes to CNNC.",
    ],
)
def test_each_clause_gives_its_own_facilitys_builder(read, sentence):
    assert [(p["region"], list(p["participants"])) for p in read(sentence)] == [
        ("Zhambyl", ["Sany"]),
        ("Kyzylorda", ["CNNC"]),
    ]


def test_a_share_makes_an_owner(read):
    (project,) = read(
        "KazMunayGas, which holds a 51% stake, will expand the Atyrau refinery to 6 million tons a year."
    )
    assert project["participants"]["KazMunayGas"] == "owner"


def test_parties_of_a_paragraph_about_one_project(read):
    (project,) = read(
        "An agreement to build a 1,000 MW solar plant in Issyk-Kul region has been signed.\n\n"
        "It was signed by the Cabinet of Ministers of Kyrgyzstan and by Sinotech Power Holding Co., Ltd."
    )
    assert set(project["participants"]) == {
        "Cabinet of Ministers of Kyrgyzstan",
        "Sinotech Power Holding Co., Ltd",
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The 100 MW Arys solar plant was launched, Universal Energy's press service said.",
            {"Universal Energy": "partner"},
        ),
        (
            "The 100 MW Arys solar plant was put into operation, Samruk-Energy said in a statement.",
            {"Samruk-Energy": "partner"},
        ),
        ("The 100 MW Arys solar plant was launched, Kazinform news agency reported.", {}),
        ("The 100 MW Arys solar plant was launched, the Ministry of Energy reported.", {}),
    ],
)
def test_the_company_that_tells_the_news_of_its_one_facility_is_a_party(read, sentence, expected):
    (project,) = read(sentence)
    assert project["participants"] == expected


def test_a_company_reporting_on_two_facilities_is_no_party_to_either(read):
    projects = read(
        "The 100 MW Arys solar plant and the 50 MW Zhanatas wind farm were launched, Samruk-Energy said."
    )
    assert [p["participants"] for p in projects] == [{}, {}]


def test_a_project_named_with_no_organisation_belongs_to_the_company_the_article_is_about(read):
    projects = read(
        "The president met the chairman of Sany Group in Astana.\n\n"
        "He praised Sany Group's plans in the country.\n\n"
        "The first start-up of a plant in the Zhambyl region that makes wind turbine blades was hailed."
    )
    assert [(p["region"], p["participants"]) for p in projects] == [("Zhambyl", {"Sany Group": "partner"})]


@pytest.mark.parametrize(
    "opening",
    [
        "Sany Group and Goldwind signed deals. Sany Group and Goldwind will cooperate.\n\n",
        "The Ministry of Energy reported the news. The Ministry of Energy also named the sites.\n\n",
    ],
)
def test_no_company_is_the_one_an_article_is_about_when_none_stands_out(read, opening):
    projects = read(
        opening + "Samruk-Energy agreed a 100 MW wind farm in the Akmola region.\n\n"
        "A plant in the Zhambyl region that makes wind turbine blades started up."
    )
    assert [p["participants"] for p in projects] == [{"Samruk-Energy": "partner"}, {}]


@pytest.mark.parametrize(
    "sentence",
    [
        "China Power will build a 100 MW wind farm in Zhambyl region.",
        "China Power is building a 100 MW wind farm in Zhambyl region.",
        "China Power plans to develop a 100 MW wind farm in Zhambyl region.",
        "China Power has built a 100 MW wind farm in Zhambyl region.",
    ],
)
def test_the_company_that_builds_a_plant_develops_it(read, sentence):
    (project,) = read(sentence)
    assert project["participants"] == {"China Power": "developer"}
    assert (project["type"], project["region"], project["capacities"]) == (
        "wind",
        "Zhambyl",
        [("installed_power", 100.0)],
    )


@pytest.mark.parametrize(
    "second",
    [
        "The Beijing-based company started in 1950 as a builder of dams.",
        "Tianshan Group is controlled by its founder, Li Ming.",
        "The Shanghai-based group made its money in animal feed.",
    ],
)
def test_it_after_a_sentence_about_a_company_is_the_company(read, second):
    [farm] = read(
        "title: t\n\nTianshan Group will build a 100 MW wind farm in Zhambyl region.\n\n"
        f"{second} It should not be confused with Tianshan Power, a separate firm.\n"
    )
    assert "Tianshan Power" not in farm["participants"]


def test_it_after_a_sentence_about_the_plant_is_the_plant(read):
    [farm] = read(
        "title: t\n\nTianshan Group will build a 100 MW wind farm in Zhambyl region. It will produce "
        "350 million kWh a year.\n"
    )
    assert farm["capacities"] == [("annual_generation", 350000.0), ("installed_power", 100.0)]


@pytest.mark.parametrize(
    "comment",
    [
        '"The refinery pays taxes," said Chen Yudong, a research fellow at the Institute for Energy Studies.',
        "The refinery is profitable, said Aliya Nurpeisova, an economist at the Nazarbayev Fund.",
        "Demand will grow, according to Li Wei, a professor at the Xinjiang Energy Institute.",
    ],
)
def test_where_a_commentator_works_is_no_party(read, comment):
    [plant] = read(f"The Danghara refinery in Khatlon region was built by TK Oil LLC. {comment}")
    assert plant["participants"] == {"TK Oil LLC": "contractor"}


@pytest.mark.parametrize(
    "dateline",
    [
        "BISHKEK (Tianpress) -",
        "DUSHANBE, 21.09.2018 /Tianpress/.",
        "ASTANA. Feb 14 (Tianpress) -",
    ],
)
def test_the_agency_of_a_dateline_is_no_party(read, dateline):
    [plant] = read(
        "Hydropower plant launched\n\nTianpress News Agency\n\n"
        f"{dateline} A 25 MW hydropower plant built by Ak-Tal Energo LLC was launched in Talas region.\n"
    )
    assert plant["participants"] == {"Ak-Tal Energo LLC": "contractor"}


@pytest.mark.parametrize(
    ("said", "name", "role"),
    [
        (
            "The general contractor is the Chinese company Hebei Jiantou Builders Co., Ltd.",
            "Hebei Jiantou Builders Co., Ltd",
            "contractor",
        ),
        (
            "Its main supplier will be Xinjiang Tebian Cables Co., Ltd.",
            "Xinjiang Tebian Cables Co., Ltd",
            "supplier",
        ),
        ("The owner of the plant is Pavlodar Energy Holding LLP.", "Pavlodar Energy Holding LLP", "owner"),
    ],
)
def test_a_role_said_of_a_name_with_is_or_will_be(read, said, name, role):
    (project,) = read(f"A 300 MW gas-fired power plant is being built in Pavlodar. {said}")
    assert project["participants"][name] == role


def test_a_short_form_in_brackets_has_the_role_of_its_name(read):
    (project,) = read(
        "A 300 MW gas-fired power plant is being built in Pavlodar. The EPC contractor is Harbin Jiangnan "
        "Power Engineering Co., Ltd. (HJPE)."
    )
    assert project["participants"] == {
        "Harbin Jiangnan Power Engineering Co., Ltd": "contractor",
        "HJPE": "contractor",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "KAZ Minerals signed an EPC general contracting contract with China ENFI Engineering Corporation on "
        "October 27 in Almaty for the construction of a new copper smelter near Aktogay.",
        "KAZ Minerals has signed a construction contract with China ENFI Engineering Corporation for a new "
        "copper smelter near Aktogay.",
        "KAZ Minerals signed the EPC contract with China ENFI Engineering Corporation in Almaty for a copper "
        "smelter near Aktogay.",
    ],
)
def test_who_signs_a_works_contract_with_a_builder_owns_and_the_town_of_several_regions_stays(read, sentence):
    (smelter,) = read(sentence)
    assert (smelter["locality"], smelter["participants"]) == (
        "Aktogay",
        {"KAZ Minerals": "owner", "China ENFI Engineering Corporation": "contractor"},
    )


def test_a_village_the_gazetteer_lacks_takes_the_region_of_its_paragraph(read):
    projects = read(
        "The akimat of West Kazakhstan region signed a memorandum with Hydrochina. In 2016 they agreed on a "
        "100 MW wind farm near the village of Derkul, on the outskirts of Uralsk."
    )
    assert [(p["locality"], p["region"]) for p in projects] == [("Derkul", "West Kazakhstan")]


@pytest.mark.parametrize(
    "sentence",
    [
        "In Yovon district, the construction of the chemical complex of TALCO Chemical LLC is continuing.",
        "The chemical plant of TALCO Chemical LLC in Yovon district will make cryolite.",
    ],
)
def test_the_company_a_plant_is_of_owns_it_and_pays_its_cost(read_tables, sentence):
    tables = read_tables(f"{sentence} The cost of the project is $96 million.")
    participants = dict(zip(tables["participants"].surface, tables["participants"].role, strict=True))
    investors = list(tables["investments"].investor_surface)
    assert (participants["TALCO Chemical LLC"], investors) == ("owner", ["TALCO Chemical LLC"])


@pytest.mark.parametrize(
    ("sentence", "host"),
    [
        ("A sulphuric acid plant for 500,000 tonnes a year is being built at Almalyk MMC.", "Almalyk MMC"),
        (
            "The complex for the production of soda ash, caustic soda and chlorine at Kyzylkum Soda JSC in "
            "Karakalpakstan will start up in June.",
            "Kyzylkum Soda JSC",
        ),
        (
            "Work on a 40 MW gas turbine unit at the Shymkent Chemical Company began in March.",
            "Shymkent Chemical Company",
        ),
    ],
)
def test_the_company_a_plant_stands_at_owns_it_and_pays_its_cost(read_tables, sentence, host):
    tables = read_tables(f"{sentence} The cost of the project is $96 million.")
    participants = dict(zip(tables["participants"].surface, tables["participants"].role, strict=True))
    investors = list(tables["investments"].investor_surface)
    assert (participants[host], investors) == ("owner", [host])


@pytest.mark.parametrize(
    ("sentence", "investor"),
    [
        (
            "The Ministry of Energy of Kyrgyzstan and China Electric Power Equipment and Technology (CET) "
            "signed an investment agreement on a 300 MW solar plant in Ton district.",
            "CET",
        ),
        (
            "Barki Tojik and the Chinese company TBEA signed an investment agreement on the 60 MW Shurob "
            "solar plant in Sughd region.",
            "TBEA",
        ),
        (
            "An investment agreement for a 500 MW wind farm in Jondor district was signed by the Ministry "
            "of Energy and China Datang Corporation.",
            "China Datang Corporation",
        ),
    ],
)
def test_the_company_that_signs_an_investment_agreement_invests_its_cost(read_tables, sentence, investor):
    tables = read_tables(f"{sentence} The cost of the project is estimated at $280 million.")
    assert list(tables["investments"].investor_surface) == [investor]


def test_the_grid_company_of_a_power_purchase_agreement_told_with_an_investment_agreement_invests_nothing(
    read,
):
    (plant,) = read(
        "Here China Datang will build a 300 MW solar plant in Bulakbashi district. The investment agreement "
        'with the Ministry of Energy and the power purchase agreement with JSC "National Electric Grid of '
        'Uzbekistan" were signed in Tashkent.'
    )
    assert plant["participants"]['JSC "National Electric Grid of Uzbekistan"'] == "partner"


def test_two_chinese_companies_signing_an_investment_agreement_are_no_investor(read):
    (cascade,) = read(
        "PowerChina and China Energy signed an investment agreement with the Cabinet of Ministers on the "
        "Kazarman hydropower cascade."
    )
    assert "investor" not in cascade["participants"].values()


@pytest.mark.parametrize(
    "sentence",
    [
        "The 100 MW solar plant deal was signed at KazMunayGas's headquarters in Astana.",
        "The 100 MW solar plant in Turkestan was presented at the Ministry of Energy.",
    ],
)
def test_a_meeting_place_at_a_company_or_ministry_owns_nothing(read, sentence):
    (plant,) = read(sentence)
    assert "owner" not in plant["participants"].values()


@pytest.mark.parametrize(
    "sentence",
    [
        "The polypropylene plant in Atyrau region is being built by Kazakhstan Petrochemical Industries "
        "(KPI), the general contractor is China National Chemical Engineering (CNCEC).",
        "The polypropylene plant in Atyrau region, built by Kazakhstan Petrochemical Industries; its EPC "
        "contractor is China National Chemical Engineering.",
    ],
)
def test_who_builds_beside_a_named_general_contractor_develops(read, sentence):
    (plant,) = read(sentence)
    roles = plant["participants"]
    assert (roles["Kazakhstan Petrochemical Industries"], roles["China National Chemical Engineering"]) == (
        "developer",
        "contractor",
    )


@pytest.mark.parametrize(
    ("sentence", "client", "builder"),
    [
        (
            'JSC "Uzbekneftegaz" and China Petroleum Engineering & Construction Corporation (CPECC) signed '
            "an EPC contract for the reconstruction of the Bukhara oil refinery.",
            'JSC "Uzbekneftegaz"',
            "China Petroleum Engineering & Construction Corporation",
        ),
        (
            "China Tianchen Engineering Corporation and Navoiyazot JSC have signed an EPC contract for a "
            "methanol plant in Navoi region.",
            "Navoiyazot JSC",
            "China Tianchen Engineering Corporation",
        ),
        (
            "Uzkimyosanoat signed an EPC contract worth $158 million with China Chengda Engineering Co. for "
            "a soda ash plant in Kungrad district.",
            "Uzkimyosanoat",
            "China Chengda Engineering Co",
        ),
        (
            "KEGOC signed a construction contract valued at 40 billion tenge with TBEA Co., Ltd. for a "
            "500 kV line in Turkistan region.",
            "KEGOC",
            "TBEA Co., Ltd",
        ),
        (
            "JSC National Electric Grid of Uzbekistan (NEGU) signed an EPC contract with TBEA Co., Ltd. "
            "for a 220 kV line in Jizzakh region.",
            "JSC National Electric Grid of Uzbekistan",
            "TBEA Co., Ltd",
        ),
    ],
)
def test_the_client_and_the_builder_that_sign_a_works_contract_keep_apart_roles(
    read, sentence, client, builder
):
    (project,) = read(sentence)
    roles = project["participants"]
    assert (roles.get(client), roles.get(builder)) == ("owner", "contractor")


@pytest.mark.parametrize(
    "sentence",
    [
        "In Sairam district a 500 MW gas-fired power plant is being built (investor - Samruk-Energy JSC, EPC "
        "contractor - China Machinery Engineering Corporation).",
        "In Sairam district a 500 MW gas-fired power plant is being built. Owner: Samruk-Energy JSC; general "
        "contractor: China Machinery Engineering Corporation.",
    ],
)
def test_a_role_written_as_a_label_belongs_to_the_name_after_it(read, sentence):
    (plant,) = read(sentence)
    assert plant["participants"] == {
        "Samruk-Energy JSC": "investor" if "investor" in sentence else "owner",
        "China Machinery Engineering Corporation": "contractor",
    }


@pytest.mark.parametrize(
    ("masthead", "dateline"),
    [
        ("AKIpress News Agency", "BISHKEK (AKIpress) - "),
        ("Kabar", "BISHKEK, 25 November (Kabar) - "),
        ("Trend News Agency", "BAKU, Azerbaijan, Nov. 25 (Trend) - "),
    ],
)
def test_the_outlet_a_dateline_names_is_no_party_anywhere(read_tables, masthead, dateline):
    tables = read_tables(
        f"Small hydropower plant opened\n\n{masthead}\n\n{dateline}The 25 MW Bala-Saruu hydropower plant was "
        "put into operation in Talas region.\n\nThe cost of the project rose to $47 million."
    )
    assert list(tables["participants"].surface) == []
    assert list(tables["investments"].investor_surface.fillna("none")) == ["none"]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("The general contractor of the Shu solar plant is TBEA.", "TBEA", "contractor"),
        ("The builder of the 300 MW Kyzylorda thermal plant will be CNEEC.", "CNEEC", "contractor"),
        ("The main lender for the Rogun hydropower plant is the World Bank.", "World Bank", "financier"),
        ("The operator of the Atyrau refinery is KazMunayGas.", "KazMunayGas", "operator"),
        ("The equipment supplier for the Arkalyk wind farm is Envision.", "Envision", "supplier"),
    ],
)
def test_a_role_said_of_a_facility_before_the_copula(read, sentence, name, role):
    (project,) = read(sentence)
    assert project["participants"] == {name: role}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Sinohydro is responsible for the construction of the Kambarata-1 hydropower plant.",
            "Sinohydro",
            "contractor",
        ),
        (
            "Construction of the Shardara hydropower plant is being carried out by Voith.",
            "Voith",
            "contractor",
        ),
        ("CNEC was hired to build the 50 MW Nura solar plant in Karaganda.", "CNEC", "contractor"),
        (
            "PowerChina will carry out the construction of the Chon-Kemin wind farm on a turnkey basis.",
            "PowerChina",
            "contractor",
        ),
        ("The Ekibastuz cement plant is being erected by Sinoma.", "Sinoma", "contractor"),
        ("China Eximbank is financing the Dushanbe-2 thermal power plant.", "China Eximbank", "financier"),
        (
            "China Development Bank will provide a $300 million loan for the Aktobe wind farm.",
            "China Development Bank",
            "financier",
        ),
        (
            "The Asian Development Bank extended credit for the Bukhara solar plant.",
            "Asian Development Bank",
            "financier",
        ),
        (
            "The Balkhash thermal power plant was the initiative of Samruk-Kazyna, its initiator.",
            "Samruk-Kazyna",
            "developer",
        ),
        ("The Zhanatas wind farm is equipped with turbines made by Goldwind.", "Goldwind", "supplier"),
        ("Envision will deliver 40 turbines to the Mirzachul wind farm.", "Envision", "supplier"),
    ],
)
def test_role_wordings_of_builders_lenders_owners_and_makers(read, sentence, name, role):
    (project,) = read(sentence)
    assert project["participants"].get(name) == role


@pytest.mark.parametrize(
    "text",
    [
        "title\n\nDuring the SCO summit in Astana, Energy China and Samruk-Green Energy signed an agreement "
        "on a 500 MW wind farm near Ekibastuz. The cost is about $540 mln.\n",
        "title\n\nOn the sidelines of the CICA forum, Energy China and Samruk-Green Energy signed an "
        "agreement on a 500 MW wind farm near Ekibastuz. The cost is about $540 mln.\n",
    ],
)
def test_an_organisation_that_names_an_event_is_no_party_nor_investor(read_tables, text):
    tables = read_tables(text)
    assert set(tables["participants"].surface) == {"Energy China", "Samruk-Green Energy"}
    assert list(tables["investments"].investor_surface) == ["Energy China"]

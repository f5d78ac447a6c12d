"""Status read in context: a condition is no status, a list item's status is not the next item's, a
status said of a paragraph's project in a sentence that names no facility is that project's."""

from __future__ import annotations

import pytest

from pipelines.domain.extract.annotate.cues import find_status_cues


@pytest.mark.parametrize(
    "sentence",
    [
        "About 2,500 permanent jobs will be created after the plant is put into operation.",
        "Once the line is commissioned, exports will grow.",
        "Tariffs will be reviewed before the station is connected to the grid.",
        "Once the Navoi complex is running, the country would become a net exporter.",
        "Once all three trains are running, the field will yield 3,000 tonnes of sulphur a day.",
        "When the smelter is operating at full capacity, it will employ 900 people.",
        "As soon as the new plant is in operation, the town will get cheaper heat.",
    ],
)
def test_a_status_in_a_condition_is_no_status(ref, sentence):
    assert find_status_cues(sentence, ref) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "When the plant was commissioned in 2012, it was the largest in the region.",
        "After the smelter was launched in 2019, exports doubled.",
    ],
)
def test_a_past_clause_of_time_tells_the_status(ref, sentence):
    assert [c.value for c in find_status_cues(sentence, ref)] == ["operating"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier this month, the refinery resumed work after a year-long modernization.",
        "The smelter resumed production in March.",
    ],
)
def test_resuming_work_is_operating(ref, sentence):
    assert [c.value for c in find_status_cues(sentence, ref)] == ["operating"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The second compressor station went into service in 2016.",
        "The cement plant came into commercial operation last spring.",
        "Its third line goes into production in May.",
        "In February, China Gezhouba switched on a 400 MW solar plant in Nurabad district.",
        "The substation was energised last week.",
    ],
)
def test_going_into_service_is_operating(ref, sentence):
    assert [c.value for c in find_status_cues(sentence, ref)] == ["operating"]


_PRE = "pre-construction"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "Framework agreements were reached on the construction of a 1 GW wind farm in Bukhara region.",
            _PRE,
        ),
        ("Kazakhmys and NFC agreed on the design and construction of a copper smelter in Zhezkazgan.", _PRE),
        ("China Datang has closed financing for a 1-gigawatt solar power plant in Samarkand region.", _PRE),
        ("East Hope agreed to build an aluminium smelter near Ekibastuz in Pavlodar region.", _PRE),
        (
            "Agreement between Turkmenhimiya and China Hualu on the design and construction of a sulphuric "
            "acid plant in Seydi, Lebap velayat.",
            _PRE,
        ),
        (
            "A ceremony of laying the foundation of a gas chemical complex was held near Garabogaz.",
            "construction",
        ),
        (
            "A foundation-laying ceremony for the 100 MW Arys solar plant in Turkistan region was held.",
            "construction",
        ),
        (
            "The laying of the first stone of the Kambarata HPP in Jalal-Abad region took place.",
            "construction",
        ),
        ("Further east, in Ayni district, TBEA runs the Upper Kumarg gold mine.", "operating"),
        ("In Jalal-Abad region, the state company runs its Toktogul HPP.", "operating"),
    ],
)
def test_agreements_foundations_and_running_tell_a_facilitys_stage(read, sentence, status):
    (project,) = read(sentence)
    assert project["status"] == status


@pytest.mark.parametrize(
    "sentence",
    [
        "A positive conclusion of the state ecological expertise was issued on the project of a 300 MW wind "
        "power plant in Yereymentau district.",
        "The construction permit for the 100 MW solar plant in Moiynkum district was issued on 11 March.",
        "The 100 MW solar plant in Moiynkum district received its construction permit in March.",
        "The akimat granted a land plot of 4,800 hectares to the company for its 300 MW wind farm in "
        "Yereymentau district.",
        "The akimat of Moiynkum district allocated 210 hectares for the 100 MW solar plant.",
    ],
)
def test_a_permit_or_land_granted_readies_a_facility_for_building(read, sentence):
    (project,) = read(sentence)
    assert project["status"] == _PRE


_LIST = (
    "title: t\n\nCentral Asia pipeline, as presented\n\n"
    "- Bash wind farm, Bukhara region, Uzbekistan: 500 MW. All turbines are now connected to the grid.\n"
    "- Dzhankeldy wind farm, also in Bukhara region: same size. Turbine installation is 60% complete.\n"
    "- Ereymentau, Akmola region, Kazakhstan: a 150 MW wind farm that Goldwind is developing.\n"
)


def test_each_item_of_a_list_keeps_its_own_status_and_town(read_tables):
    frames = read_tables(_LIST)["project_frames"]
    root = frames.refers_to.fillna(frames.frame_id)
    towns = frames.set_index("frame_id").locality
    statuses = {towns[r]: set(frames.status[root == r]) for r in root.unique()}
    assert statuses == {
        "Bash": {"announced", "operating"},
        "Dzhankeldy": {"announced", "construction"},
        "Ereymentau": {"announced"},
    }


def test_work_continuing_on_construction_is_construction(ref):
    sentence = "Work is continuing on the construction of a new coal-fired unit at the Novo-Angren TPP."
    assert [c.value for c in find_status_cues(sentence, ref)] == ["construction"]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "The contractor this month completed the installation of the ammonia synthesis column.",
            "construction",
        ),
        ("QazaqGaz is laying the 120-km gas branch pipeline.", "construction"),
        ("Huaxin Gayur Cement has been producing since 2016.", "operating"),
        ("The plant was completed in 2020.", "operating"),
    ],
)
def test_progress_on_a_part_is_construction_and_producing_since_is_operating(ref, sentence, status):
    assert [c.value for c in find_status_cues(sentence, ref)][-1] == status


def test_plants_a_company_runs_elsewhere_are_not_the_plant_just_named(read_tables):
    text = (
        "title: t\n\nAllur Group signed an agreement with Gotion on building a plant for the assembly of "
        "battery packs in Kostanay. Gotion already operates battery plants in China and Vietnam.\n"
    )
    frames = read_tables(text)["project_frames"]
    assert list(frames.status) == ["pre-construction"]


def test_a_second_object_of_a_status_verb_shares_its_status(read):
    projects = read(
        "CITIC Construction completed the Dehkanabad potash plant in Kashkadarya region in 2010, and the "
        "Kungrad soda plant in Karakalpakstan, with a capacity of 100,000 tons a year, in 2015."
    )
    assert [(p["name"], p["status"]) for p in projects] == [
        ("Dehkanabad potash plant", "operating"),
        ("Kungrad soda plant", "operating"),
    ]


def test_a_clause_of_its_own_after_and_keeps_its_own_status(read):
    projects = read(
        "CITIC Construction completed the Dehkanabad potash plant in Kashkadarya region, and the Kungrad "
        "soda plant in Karakalpakstan will be built next year."
    )
    assert [p["status"] for p in projects] == ["operating", "announced"]


def test_a_plant_at_a_company_one_of_the_countrys_largest_is_placed_by_the_region_after_it(read):
    (complex_,) = read(
        "A methanol production complex built by a Chinese company was inaugurated on Tuesday at Navoiazot, "
        "one of Uzbekistan's largest chemical enterprises, in the central Navoi region."
    )
    assert (complex_["type"], complex_["region"], complex_["status"]) == ("chemical", "Navoi", "operating")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The agreement on the 1,000 MW Peshku wind farm in Bukhara region was signed in January, and "
            "construction started in June.",
            "construction",
        ),
        (
            "The feasibility study of the 20 MW Altyn solar plant in Talas region is ready, and we expect to "
            "sign the EPC contract by the end of the year.",
            "announced",
        ),
        (
            "The company has completed the feasibility study of the 300 MW Kazarman hydropower plant in "
            "Jalal-Abad region.",
            "announced",
        ),
    ],
)
def test_a_stage_another_clause_reaches_and_a_signing_yet_to_come(read, sentence, expected):
    (project,) = read(sentence)
    assert project["status"] == expected


def test_a_place_where_a_deal_was_signed_some_time_ago_is_no_site(read):
    (project,) = read(
        "The investment agreement for the 1,000 MW wind farm in Bukhara region was signed in January last "
        "year in Beijing."
    )
    assert (project["country"], project["region"]) == ("UZ", "Bukhara")


def test_the_verb_that_governs_a_plant_gives_its_status_over_a_plan_about_its_completion(read):
    (plant,) = read(
        "CDOI is also building a 500 MW PV plant in Surkhandarya region, which is expected to be completed "
        "in the first half of 2026."
    )
    assert (plant["status"], plant["region"]) == ("construction", "Surkhandarya")


def test_a_first_plant_described_by_the_plant_set_beside_it_is_not_the_last_project(read_tables):
    frames = read_tables(
        "CDOI is building a 500 MW PV plant in Surkhandarya region. Its first large-scale PV plant, Masdar's "
        "100 MW Nur Navoi facility in Navoi region, came online in 2021."
    )["project_frames"]
    surkhandarya = frames[frames.region == "Surkhandarya"].frame_id.iloc[0]
    assert set(frames[frames.refers_to == surkhandarya].status) <= {"construction", "announced"}


def test_an_interview_question_passes_no_status_to_the_answer(read_tables):
    frames = read_tables(
        "— Construction of the Pskem HPP has been completed and it is in operation.\n\n"
        "— What about regional projects?\n\n"
        "— Uzbekistan, Kazakhstan and Kyrgyzstan have agreed to jointly build the 1,860 MW Kambarata-1 HPP "
        "in Jalal-Abad region."
    )["project_frames"]
    kambarata = frames[frames.region == "Jalal-Abad"]
    assert set(kambarata.status) == {"announced"}


def test_a_relative_clause_of_other_plants_tells_their_status_not_the_projects(read_tables):
    frames = read_tables(
        "We signed an agreement on a feasibility study for the Khodjikent pumped storage power plant in "
        "Bostanliq district. It will help balance the solar and wind plants that are being built in the "
        "country."
    )["project_frames"]
    assert set(frames.status) == {"announced"}


@pytest.mark.parametrize(
    "text",
    [
        "Huaneng is a bidder in a tender launched by the ministry for the 400 MW Nurabad solar plant.",
        "The EDB has opened a credit line of $103 million for the construction of a ferrosilicon plant in "
        "Ekibastuz.",
        "The copper mine near Ayagoz will cost $2.2 billion, according to a feasibility study completed last "
        "year.",
        "Scope of work: design, procurement, construction, testing and commissioning of the 1 GW Mangystau "
        "wind farm.",
        "CMEC will carry out the design, construction and commissioning of the 1 GW Mangystau wind farm.",
        "Turkmenistan has commissioned an independent audit of the giant South Yolotan gas field.",
        "The ministry commissioned an environmental assessment of the 1 GW Mangystau wind farm.",
        "Samruk-Energy has commissioned a technical review of the Moinak hydropower plant.",
        "A bankable feasibility study (BFS) completed in December outlines the Kara-Tash copper mine.",
        "An environmental impact assessment (EIA) completed in May clears the Kara-Tash copper mine.",
    ],
)
def test_a_verb_of_a_tender_a_credit_line_a_study_or_a_task_list_tells_no_stage(read, text):
    (project,) = read(text)
    assert project["status"] == "announced"


@pytest.mark.parametrize(
    "text",
    [
        "The 400 MW Nurabad solar plant was launched in May.",
        "The Ekibastuz ferrosilicon plant was opened in 2019.",
    ],
)
def test_the_same_verbs_of_a_facility_still_tell_it_operates(read, text):
    (project,) = read(text)
    assert project["status"] == "operating"


@pytest.mark.parametrize(
    "yardstick",
    [
        "For comparison, Ekibastuz GRES-1, the largest power plant, has 4,000 MW in operation.",
        "By comparison, the Moinak hydropower plant, commissioned in 2012, has 300 MW.",
        "Compared with the 1,000 MW Zhanatas wind farm in operation, it is small.",
    ],
)
def test_a_yardstick_sentence_gives_no_project_and_no_news(read, yardstick):
    (plant,) = read("East Hope will build a 2,640 MW coal-fired power plant in Ekibastuz. " + yardstick)
    assert (plant["status"], plant["capacities"]) == ("announced", [("installed_power", 2640.0)])


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "Uzbekenergo signed an EPC contract for the construction of a 21 MW hydropower plant in Tashkent "
            "Region, which is expected to be completed in 2019.",
            "pre-construction",
        ),
        (
            "The ministry and PowerChina signed a contract on the design and construction of the Kerbulak "
            "hydropower plant in Almaty region, due to open in 2028.",
            "pre-construction",
        ),
        (
            "Workers began construction of the 300 MW Nurata solar plant in Navoi region, which will be "
            "finished next year.",
            "construction",
        ),
    ],
)
def test_a_deal_governs_the_facility_it_covers_over_a_later_plan(read, sentence, status):
    assert [p["status"] for p in read(sentence)] == [status]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "The 1,500 MW gas-fired power plant in Syrdarya region entered full commercial operation "
            "in 2023.",
            "operating",
        ),
        ("The Zhanatas wind farm has entered commercial operation, the developer said.", "operating"),
        (
            "A contract between Samruk-Energy and PowerChina for the construction of the Kerbulak "
            "hydropower plant was signed.",
            "pre-construction",
        ),
        (
            "An agreement with China Energy on the construction of a 30 MW waste-to-energy plant in "
            "Andijan was reached.",
            "pre-construction",
        ),
        ("The same contractor is modernising the Bishkek combined heat and power plant.", "construction"),
        ("TBEA is also upgrading the Dushanbe-2 thermal power plant in Dushanbe.", "construction"),
    ],
)
def test_more_wordings_of_a_status(read, sentence, status):
    assert [p["status"] for p in read(sentence)] == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Turkmenistan has awarded Sinopec Engineering a contract to revamp the Seidi refinery in Lebap "
        "region. Commissioned in 1991, the refinery has run at a third of its capacity.",
        "Uzbekneftegaz signed an EPC contract with China Tianchen Engineering for the reconstruction of "
        "the Fergana oil refinery. The Fergana refinery, built in 1959, has been running far below capacity.",
        "PowerChina is modernising the Farhad hydropower plant in Syrdarya region. The plant was "
        "commissioned in 1948.",
    ],
)
def test_works_on_a_facility_are_its_news_not_its_past_running(read, text):
    assert [p["status"] for p in read(text)] in (["pre-construction"], ["construction"])


def test_a_facility_only_supplied_keeps_its_running_status(read):
    text = (
        "The Shymkent refinery was commissioned in 1985. CNPC signed a contract to supply crude to the "
        "refinery."
    )
    assert [p["status"] for p in read(text)] == ["operating"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "- Three wind farms in Zhambyl, Turkestan and Almaty regions with a total capacity of 300 MW "
            "(investor - China Three Gorges). Power purchase agreements have been concluded.",
            "pre-construction",
        ),
        (
            "Two solar plants will be built in Navoi and Bukhara regions by Masdar. Construction began in "
            "March.",
            "construction",
        ),
    ],
)
def test_a_paragraphs_status_is_of_every_project_one_phrase_introduced(read_tables, text, status):
    frames = read_tables(text)["project_frames"]
    roots = frames[frames.refers_to.isna()]
    stated = frames[frames.refers_to.notna()].groupby("refers_to")["status"].first()
    assert len(roots) >= 2
    assert [stated.get(frame_id) for frame_id in roots.frame_id] == [status] * len(roots)


@pytest.mark.parametrize(
    "sentence",
    [
        "The main building of the waste-to-energy plant near Bishkek was topped out on Thursday.",
        "Builders held a topping-out ceremony at the Kyzylorda gas-fired power plant.",
    ],
)
def test_topping_out_is_construction(ref, sentence):
    assert [c.value for c in find_status_cues(sentence, ref)] == ["construction"]


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese company Universal Energy, which has already built several solar and wind "
        "stations in the "
        "country, will start in May the construction of a 50 MW solar power plant near Shu.",
        "Universal Energy, which commissioned three wind farms last year, plans a 50 MW solar "
        "power plant near "
        "Shu.",
        "TBEA, which put the Datong plant into operation in 2019, intends to build a 50 MW "
        "solar power plant "
        "near Shu.",
    ],
)
def test_what_a_company_did_before_is_no_status_of_its_new_plant(read, text):
    solar = [p for p in read(text) if p["type"] == "solar"]
    assert [(p["locality"], p["status"]) for p in solar] == [("Shu", "announced")]


def test_a_plants_own_relative_clause_still_tells_its_status(read):
    text = "Universal Energy commissioned a 50 MW solar power plant near Shu, which was built by TBEA."
    assert [p["status"] for p in read(text)] == ["operating"]


def test_a_plant_named_in_a_companys_relative_clause_takes_its_status(read):
    text = (
        "TBEA, which built the Dushanbe-2 combined heat and power plant with a capacity of 400 MW, "
        "received the "
        "licences for a gold deposit."
    )
    assert [(p["name"], p["status"]) for p in read(text) if p["type"] == "thermal"] == [
        ("Dushanbe-2 combined heat and power plant", "operating")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Zhongrong began building a copper processing plant at the Andash deposit in Talas region last year. "
        "Villagers blocked the road, and work has been suspended since then.",
        "A Chinese firm started construction of a cement plant near Aralsk in 2018. Construction was halted "
        "in May after the investor withdrew.",
    ],
)
def test_works_ended_in_a_sentence_naming_no_facility_end_the_paragraphs_project(read_tables, text):
    frames = read_tables(text)["project_frames"]
    assert list(frames.status) == ["construction", "shelved"]
    assert frames.refers_to.iloc[1] == frames.frame_id.iloc[0]


def test_an_ending_of_something_else_in_the_paragraph_is_not_the_projects(read_tables):
    frames = read_tables(
        "Builders are putting up a 100 MW solar plant in Turkistan region. Two old diesel units in the town "
        "were retired."
    )["project_frames"]
    assert "retired" not in set(frames.status)


def test_a_figure_beside_works_ended_is_not_the_projects_size(read_tables):
    tables = read_tables(
        "A Chinese investor began building a 300 MW solar plant in Ton district of Issyk-Kul region. "
        "The works were suspended in 2022: the investor asks for a guaranteed supply of 120 MW of power."
    )
    assert sorted(tables["capacities"].value_std) == [300.0]


@pytest.mark.parametrize(
    "text",
    [
        "The Pavlodar aluminium smelter, owned by ERG, produces about 250,000 tonnes a year.",
        "The Shurtan gas chemical complex makes about 125,000 tonnes of polyethylene a year.",
        "Zijin's joint venture mines the Jilau gold deposit near Panjakent.",
        "Universal Energy has run the Shokpar wind farm in Zhambyl region since 2019.",
        "The Chimkent oil refinery refines about 6 million tonnes of crude a year.",
    ],
)
def test_a_facility_that_produces_in_the_present_tense_operates(read, text):
    (project,) = read(text)
    assert project["status"] == "operating"


@pytest.mark.parametrize(
    "text",
    [
        "The Pavlodar aluminium smelter will produce about 250,000 tonnes a year.",
        "The new polyethylene plant in Kashkadarya is expected to make 125,000 tonnes a year.",
        "CNNC plans a uranium mine in Turkistan region that would produce 1,000 tonnes a year.",
    ],
)
def test_a_facility_that_will_produce_is_no_operating_one(read, text):
    (project,) = read(text)
    assert project["status"] != "operating"


@pytest.mark.parametrize(
    "sentence",
    [
        "Universal Energy has not yet started construction on its plant.",
        "The plant is yet to be commissioned.",
        "The second unit was not commissioned on time.",
        "The smelter has never operated.",
    ],
)
def test_what_has_not_happened_is_no_status(ref, sentence):
    assert find_status_cues(sentence, ref) == []


@pytest.mark.parametrize(
    "text",
    [
        "Energy China, which employs 110,000 people, is already building a 1 GW wind farm in Kazakhstan.",
        "Goldwind is now building the 100 MW Zhanatas wind farm.",
        "At the Shargun coal mine, CCTEG is carrying out the modernization of the mine.",
        "Sinohydro is currently conducting construction of the Kambarata-2 hydropower plant.",
        "PowerChina is undertaking the expansion of the Moinak hydropower plant.",
    ],
)
def test_a_facility_already_being_built_is_under_construction(read, text):
    (project,) = read(text)
    assert project["status"] == "construction"


@pytest.mark.parametrize(
    "text",
    [
        "Gold mining at the Kumbel deposit in Talas region, which was suspended in March 2021, "
        "after protests, has resumed.",
        "Work at the Kumbel deposit, which was halted in 2021, has now resumed.",
        "The Kumbel deposit, which had been suspended for two years, has resumed production.",
    ],
)
def test_an_ending_told_in_a_relative_clause_is_the_past_of_what_now_operates(read, text):
    (project,) = read(text)
    assert project["status"] == "operating"


@pytest.mark.parametrize(
    "sentence",
    [
        "Construction, which had stalled for years after work began in Soviet times, resumed when CWE took "
        "over the site.",
        "The project, which had been frozen since 1992, was revived by a Chinese contractor.",
        "The dam, which had long been suspended, is the backbone of the cascade.",
    ],
)
def test_an_ending_told_in_the_past_perfect_of_a_relative_clause_is_no_status(ref, sentence):
    assert [c.value for c in find_status_cues(sentence, ref) if c.value not in ("announced",)] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "They signed an MoU on a new plant for ammonium nitrate, the fertilizer on which the company built "
        "its name.",
        "The smelter that built the town's reputation will be expanded.",
        "Kazakhmys, which launched its brand in 1997, plans a new concentrator.",
    ],
)
def test_building_a_name_is_no_status(ref, sentence):
    assert "operating" not in [c.value for c in find_status_cues(sentence, ref)]


@pytest.mark.parametrize(
    "second",
    [
        "Construction of the station began in July 2022, all 25 wind generators are connected to the "
        "network.",
        "Work on the station started in 2022 and was completed in December 2024.",
        "The station broke ground in 2022, entered commercial operation in 2024 and now supplies Taraz.",
    ],
)
def test_stages_told_in_order_end_where_the_facility_stands(read_tables, second):
    opening = "The 100 MW wind power station in Zhualy district is a project of Universal Energy."
    frames = read_tables(f"{opening} {second}")["project_frames"]
    assert list(frames[frames.sentence_idx == frames.sentence_idx.max()].status) == ["operating"]


@pytest.mark.parametrize(
    "second",
    [
        "The upgrading project of the Irkeshtam port in Wuqia County has been completed.",
        "The reconstruction project of the Torugart checkpoint was completed last year.",
    ],
)
def test_a_project_of_something_named_that_is_no_facility_tells_nothing_of_the_mine(read_tables, second):
    text = f"The Andash gold-copper mine in Talas region resumed construction this year. {second}"
    frames = read_tables(text)["project_frames"]
    assert set(frames.status) == {"construction"}


def test_a_contractor_that_completed_the_design_has_not_completed_the_plant(ref):
    sentence = "ENFI has completed the basic design and the procurement of long-lead equipment for it."
    assert [c.value for c in find_status_cues(sentence, ref)] == []


@pytest.mark.parametrize(
    ("later", "status"),
    [
        ("Preparatory works began in 2018, but both projects were cancelled in 2020.", "cancelled"),
        (
            "The agreements were signed in 2017; after the funding dried up, both plants were suspended.",
            "shelved",
        ),
        ("Citing low tariffs, the investors froze the two projects in 2021.", "shelved"),
    ],
)
def test_both_projects_take_the_status_of_the_clause_that_names_them(ref, later, status):
    from tests.test_reconcile import _tables

    text = (
        "date: 2023-04-14\n\nSinohydro was to build the 300 MW Kokomeren HPP in Jalal-Abad region, and "
        f"PowerChina the 200 MW Kazarman HPP in Naryn region. {later}"
    )
    projects = _tables([text], ref)["projects"]
    assert sorted(projects.name) == ["Kazarman HPP", "Kokomeren HPP"]
    assert set(projects.status) == {status}


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "The Kenkiyak-Atyrau oil pipeline carries oil from western Kazakhstan to the Chinese border.",
            "operating",
        ),
        (
            "Last year the Atasu-Alashankou oil pipeline carried almost 12 million tonnes of crude to China.",
            "operating",
        ),
        ("The Kapchagay HPP in Almaty region has raised output to cover the shortfall.", "operating"),
        (
            "The Bukhtarma HPP in East Kazakhstan increased its generation by 10% in the first quarter.",
            "operating",
        ),
        ("MunaiTas has temporarily stopped pumping on the Kenkiyak-Atyrau oil pipeline.", "operating"),
        (
            "The Moinak hydropower plant in Almaty region has been shut down after a water leak was found in "
            "its tunnel.",
            "operating",
        ),
        ("The Shardara HPP in Turkistan region was shut down for repairs in March.", "operating"),
        ("The Ust-Kamenogorsk CHP in East Kazakhstan was shut down in 2015 and later dismantled.", "retired"),
    ],
)
def test_an_outage_or_a_repair_stops_a_running_facility_for_a_while(read, sentence, status):
    """Incident news: a plant stopped after a leak or for repairs, or one that carries or raises output,
    operates; a plant shut down for good is retired."""
    assert [p["status"] for p in read(sentence)] == [status]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kazakhstan Aluminium Smelter in Pavlodar turns out about 250,000 tonnes of aluminium a year.",
        "The Bozshakol concentrator in Pavlodar region turned out 110,000 tonnes of copper last year.",
        "KAZ Minerals has brought the second concentrator at Aktogay in Abai region to design capacity.",
        "The new 500 kV substation in Karakalpakstan was put under voltage on Friday.",
        "Barqi Tojik has returned unit No. 2 of the Golovnaya hydropower plant in Khatlon to service.",
        "The Bishkek CHP in Chuy region is back in service after the accident.",
        "Two of the six units of the Rogun HPP in Tajikistan are running.",
        "The Fergana oil refinery in Fergana region is loaded by only about 20% for lack of crude.",
    ],
)
def test_more_words_for_a_running_facility(read, sentence):
    assert [p["status"] for p in read(sentence)] == ["operating"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry is running a tender for a 100 MW wind farm in Zhambyl region.",
        "The 300 MW solar plant in Samarkand region is running late.",
        "CAMC intends to build a waste-to-energy plant in Andijan region. It will handle 1.38 million tons "
        "of waste a year and turn out 630 million kWh of energy.",
    ],
)
def test_a_tender_running_late_or_what_a_plant_will_turn_out_tell_no_running_facility(read, sentence):
    assert [p["status"] for p in read(sentence)] != ["operating"]


@pytest.mark.parametrize(
    ("ending", "statuses"),
    [
        ("In 2018 the government terminated the agreement because no work had begun.", {"cancelled"}),
        ("Last year the ministry cancelled the investment agreement over missed deadlines.", {"cancelled"}),
        ("Last year the owner terminated the EPC contract with CMEC over delays.", set()),
    ],
)
def test_the_projects_own_deal_ended_cancels_it_and_a_builders_contract_ended_does_not(
    read_tables, ending, statuses
):
    text = (
        "In 2015 Ansar Energy signed an agreement with the government on the construction of a 600 MW "
        f"coal-fired power plant at the Kara-Keche coal field in Naryn region. {ending}"
    )
    frames = read_tables(text)["project_frames"]
    assert set(frames.status[frames.refers_to.notna()]) == statuses


@pytest.mark.parametrize(
    "second",
    [
        "The plant, whose dam has already been built, is under construction.",
        "The plant, whose first unit was launched in 2019, is still under construction.",
    ],
)
def test_what_a_whose_clause_tells_of_a_part_is_not_where_the_plant_stands(read, second):
    (plant,) = read(f"The 175 MW Tupolang HPP in Surkhandarya region is being built.\n\n{second}")
    assert (plant["name"], plant["status"]) == ("Tupolang HPP", "construction")


@pytest.mark.parametrize(
    "readiness", ["Readiness – 85%.", "Readiness - 35%, completion is due in 2021.", "Readiness: 60 percent."]
)
def test_a_readiness_field_tells_construction(read_tables, readiness):
    frames = read_tables(
        "8. A gas treatment unit at the Sarybulak field in Zaisan district. Investor – Tarbagatay Munay LLP. "
        f"{readiness}"
    )["project_frames"]
    assert list(frames.status) == ["announced", "construction"]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "The design and estimate documentation has passed state expertise; works will start in 2022.",
            "pre-construction",
        ),
        ("Construction and installation works are underway.", "construction"),
    ],
)
def test_a_status_after_an_items_field_lines_is_the_items(read_tables, sentence, status):
    frames = read_tables(
        "Projects of the region.\n\n2. Construction of a mining and processing plant at the Karasu copper "
        "deposit in Zharma district. Investor - Shygys Copper LLP. Partner - Jiangxi Copper. Land - 45 ha. "
        f"Project cost - 96 billion tenge. {sentence}"
    )["project_frames"]
    last = frames.iloc[-1]
    assert (last.status, last.refers_to) == (status, frames.frame_id.iloc[0])


@pytest.mark.parametrize(
    "sentence",
    [
        "The 240 MW gas-fired power plant in Kyzylorda, built by Harbin Electric International, will not be "
        "launched this year as planned.",
        "The 240 MW gas-fired power plant in Kyzylorda is about 72% complete.",
        "The 240 MW gas-fired power plant in Kyzylorda will not be commissioned on time.",
    ],
)
def test_a_plant_that_is_late_or_partly_complete_is_under_construction(read, sentence):
    assert [p["status"] for p in read(sentence)] == ["construction"]

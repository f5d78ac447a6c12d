"""Status words as the GEM trackers read them; sentence ends after scale abbreviations."""

from __future__ import annotations

import pytest

from pipelines.domain.extract.annotate.cues import find_status_cues
from pipelines.domain.extract.parse import split_sentences
from pipelines.domain.reconcile.projects import project_status


def _article_status(tables) -> str:
    """The status one article gives its one project, as reconciliation reads its reports."""
    return project_status(tables["project_frames"].assign(published_date=None).to_dict("records"))[0]


_PRE = "pre-construction"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("A memorandum on a 100 MW wind farm in Zhambyl region was signed on Monday.", "announced"),
        ("The Kokshetau CHP plant, due to open in 2027, is at the peak of construction.", "construction"),
        ("Construction of the 240 MW Kokshetau CHP plant is now in full swing.", "construction"),
        ("A protocol of intention to build a cement plant in Sughd was signed.", "announced"),
        (
            "An investment agreement to build a 200 MW solar plant in Navoi region has been signed.",
            "pre-construction",
        ),
        ("Chinese contractors have been engaged for the 240 MW CHP plant in Kokshetau.", "pre-construction"),
        ("PowerChina won the tender for the 50 MW Arys solar plant in Turkistan region.", "pre-construction"),
        ("Work on building the 300 MW solar plant in Turkestan was launched in December.", "construction"),
        ("The 1,500 MW thermal power station in Navoi region is ready to be inaugurated.", "construction"),
        (
            "The first batch of wind turbines of the 100 MW Zhanatas wind farm went into operation.",
            "operating",
        ),
        ("The Zhanatas wind farm is now in full operation.", "operating"),
        ("In April the first concrete was poured at the site of the smelter near Ekibastuz.", "construction"),
        ("Foundations for 20 turbines of the 200 MW Alakol wind farm have been completed.", "construction"),
        ("At the 300 MW Zhanatas solar park, earthworks were completed in May.", "construction"),
        ("LG Chem gave up its plan to build a PE complex in Atyrau.", "cancelled"),
        ("The 100 MW Shokpar wind farm was handed over to the customer in May.", "operating"),
        ("The 100 MW Shokpar wind farm has started trial operation.", "operating"),
        ("The 100 MW Shokpar wind farm entered commercial operation.", "operating"),
        ("The 100 MW Shokpar wind farm reached financial close in March.", "pre-construction"),
        ("Financing for the 100 MW Shokpar wind farm was secured from the EBRD.", "pre-construction"),
        ("A land plot was allocated for the 100 MW Shokpar wind farm.", "pre-construction"),
        ("The cornerstone of the 100 MW Shokpar wind farm was laid on Friday.", "construction"),
        ("The 100 MW Shokpar wind farm will enter commercial operation in 2027.", "announced"),
        ("The firm withdrew from the polyethylene plant project in Atyrau.", "cancelled"),
        ("Work has started on a new 360 MW CHP plant in Semey.", "construction"),
        ("Works have begun on the 100 MW Shokpar wind farm.", "construction"),
        ("The 100 MW Shokpar wind farm went into full operation in 2021.", "operating"),
        ("The Kokshetau CHP plant came into full commercial operation last winter.", "operating"),
        ("The Semey cement plant was put into full operation in March.", "operating"),
        ("The 50 MW Kapchagay solar plant started supplying electricity to the grid in May.", "operating"),
        ("The Alakol wind farm began delivering power to consumers in 2020.", "operating"),
        ("The 50 MW Kapchagay solar plant has been in commercial operation since 2019.", "operating"),
        ("The first phase of the Alakol wind farm went live in 2019.", "operating"),
        ("The Ereymentau and Zhanatas wind farms are operating.", "operating"),
        ("Both units of the Kokshetau CHP plant are now operating at full load.", "operating"),
        ("Construction of the 50 MW Kapchagay solar plant resumed in March after a pause.", "construction"),
        ("Work on the Alakol wind farm has resumed.", "construction"),
        ("The Semey cement plant is nearly complete, the akim said.", "construction"),
        ("The 50 MW Kapchagay solar plant is almost finished.", "construction"),
        ("The Semey cement plant has started test runs.", "operating"),
        ("The Semey cement plant passed its first trial run in May.", "operating"),
        ("A ribbon-cutting ceremony was held at the Semey cement plant.", "operating"),
        ("The Semey cement plant is up and running.", "operating"),
        ("The Semey cement plant now runs at full capacity.", "operating"),
        ("The Alakol wind farm feeds power into the national grid.", "operating"),
        ("The Alakol wind farm has been supplying electricity to the grid since 2021.", "operating"),
        ("The Semey cement plant is being erected by CNBM.", "construction"),
        ("CNBM was selected as the EPC contractor for the Semey cement plant.", "pre-construction"),
        ("The Semey cement plant project passed state expertise.", "pre-construction"),
        ("The Semey cement plant has received a positive environmental approval.", "pre-construction"),
        ("The Semey cement plant has been put on ice.", "shelved"),
        ("The 45 MW Yereymentau wind farm generated 168.4 million kWh last year.", "operating"),
        ("The Shymkent refinery ran at about 124,000 b/d in May.", "operating"),
        ("The Shymkent refinery can now process 6 million tonnes of crude a year.", "operating"),
        ("Zijin Mining now mines gold at the Taror mine in Sughd region.", "operating"),
        ("TBEA received the Upper Kumarg gold mine, which it mines today.", "operating"),
        ("The Kenkiyak-Atyrau oil pipeline has delivered 60 million tonnes of crude so far.", "operating"),
        ("The Dushanbe-2 CHP plant remains the single largest source of power for the capital.", "operating"),
        (
            "The Nura solar plant will be built in Akmola; 300 million kWh will be generated there.",
            "announced",
        ),
    ],
)
def test_status_words(read, text, status):
    statuses = {p["status"] for p in read(text)}
    assert statuses == {status}


@pytest.mark.parametrize(
    "sentence",
    [
        "PowerChina said on Monday it had signed a contract to build the 250 MW Chilik hydropower plant.",
        "The ministry announced the partners had signed an EPC contract for the Chilik hydropower plant.",
        "CGGC reported it had been awarded the 250 MW Chilik hydropower plant.",
    ],
)
def test_the_past_perfect_of_reported_speech_is_the_news(read, sentence):
    (project,) = read(sentence)
    assert project["status"] == "pre-construction"


def test_a_plan_told_in_the_past_perfect_is_no_new_report(read):
    (project,) = read("A 360 MW CHP plant had been planned in Semey together with Russia.")
    assert project["status"] == "announced" and project["locality"] == "Semey"


def test_within_one_article_the_furthest_stage_wins(read_tables, ref):
    tables = read_tables(
        "Construction of the 50 MW Kapshagay solar plant began in 2019. The Kapshagay solar plant was "
        "commissioned in 2021."
    )
    assert _article_status(tables) == "operating"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "It costs KZT 11.5 bn. The works start in May.",
            ["It costs KZT 11.5 bn.", "The works start in May."],
        ),
        ("It costs 2 mln. USD more than planned.", ["It costs 2 mln. USD more than planned."]),
        (
            "Loans reached $3 bln. Construction is under way.",
            ["Loans reached $3 bln.", "Construction is under way."],
        ),
    ],
)
def test_scale_abbreviations_at_a_sentence_end(paragraph, expected):
    assert split_sentences(paragraph) == expected


def test_a_dateline_word_is_not_a_sentence():
    assert split_sentences("ALMATY. KAZINFORM - The line opened. It is long.") == [
        "ALMATY. KAZINFORM - The line opened.",
        "It is long.",
    ]


def test_is_also_building(read):
    (project,) = read("PowerChina is also building the 1,200 MW Dasu hydropower project in Pakistan.")
    assert (project["status"], project["country"]) == ("construction", "PK")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Kazakhstan begins building a smelter", "The 300,000 t/year smelter in Pavlodar region was agreed."),
        (
            "China's TBEA starts construction of a solar plant",
            "The 100 MW solar plant in Zhambyl was agreed.",
        ),
        ("Uzbekistan breaks ground on a plant", "The 500 MW wind farm in Navoi region was agreed last year."),
    ],
)
def test_a_headline_tells_the_status_of_the_one_project_it_can_be(read_tables, title, body):
    assert _article_status(read_tables(f"title: {title}\n\n{body}\n")) == "construction"


def test_a_headline_facility_of_another_kind_tells_nothing(read_tables):
    tables = read_tables(
        "title: Uzbekistan breaks ground on a smelter\n\nThe 100 MW solar plant in Navoi was agreed.\n"
    )
    assert _article_status(tables) == "announced"


def test_a_start_up_planned_for_a_year_is_a_plan(ref):
    sentence = "A final investment decision is expected in 2024, with start-up planned for 2028, KMG said."
    assert {c.value for c in find_status_cues(sentence, ref)} == {"announced"}


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The committee suspended the kiln of the Shahrinav cement plant.", "mothballed"),
        ("The ministry has suspended the work of the Ohangaron cement plant.", "mothballed"),
        ("The court suspended the refinery's operations for three months.", "mothballed"),
        ("Production at the smelter was suspended in March.", "mothballed"),
        ("The plant's activity is suspended until the filters are repaired.", "mothballed"),
        ("Construction of the mine was suspended after protests.", "shelved"),
        ("The ministry suspended construction of the cement plant.", "shelved"),
        ("Since then the plant has been working at full load.", "operating"),
        ("The refinery is working at half of its capacity.", "operating"),
        ("The complex works at a fraction of its design capacity.", "operating"),
        ("The ministry closed the cement plant, which reopened a month later.", "operating"),
        ("The smelter was reopened in May after repairs.", "operating"),
        ("The plant has not operated since autumn 2023 because of unpaid gas bills.", "mothballed"),
        ("The refinery has not produced a single tonne since 2019.", "mothballed"),
        ("The ferroalloy shop has been idle for two years, the akimat said.", "mothballed"),
        ("The refinery has been back at work since late 2024 on Kazakh crude.", "operating"),
        ("After two years of repairs the smelter is back online.", "operating"),
    ],
)
def test_an_operating_plant_stopped_is_mothballed_and_one_working_again_operates(ref, sentence, status):
    assert [c.value for c in find_status_cues(sentence, ref)][-1:] == [status]


@pytest.mark.parametrize(
    "sentence",
    [
        "About 300 workers of Full Gold Mining at the Ishtamberdy deposit stopped work on Monday.",
        "Employees of the Kara-Balta refinery halted work for two days over unpaid wages.",
        "Some 200 miners suspended work at the Kumbel mine, demanding higher pay.",
    ],
)
def test_workers_downing_tools_stop_no_project(ref, sentence):
    assert find_status_cues(sentence, ref) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The 5,000 t/y APT plant in Karaganda will not be built.", "cancelled"),
        ("The 5,000 t/y APT plant in Karaganda won't be built after all.", "cancelled"),
        (
            "At the 400 MW gas plant in Fergana, readiness of the facility makes up 40%, and it is "
            "planned to be commissioned in 2026.",
            "construction",
        ),
        ("Work also continues on the 400 MW gas plant in Fergana.", "construction"),
        ("Construction still continues on the 400 MW gas plant in Fergana.", "construction"),
        ("Chinese firms operate the 400 MW gas plant in Fergana.", "operating"),
        ("Two Chinese companies will operate the 400 MW gas plant in Fergana.", "announced"),
        (
            "The AIIB concluded a loan agreement to develop, build and operate the 400 MW gas plant in "
            "Fergana.",
            "pre-construction",
        ),
    ],
)
def test_a_plant_that_will_not_be_built_is_cancelled_and_work_that_continues_is_construction(
    read, text, status
):
    assert [p["status"] for p in read(text)] == [status]


def test_a_plant_that_is_built_by_a_company_is_under_construction(read):
    [plant] = read('The 100 MW wind power station in Zhualy district is built by LLP "Zhualy Wind Energy".')
    assert plant["status"] == "construction"


def test_what_the_investor_company_built_before_is_no_status_of_the_project(read_tables):
    text = (
        "In Leilek district an agreement was signed on a 100 MW solar power station. Investor of the project "
        "is TBEA Xinjiang Sunoasis, the same company which built line Datka - Kemin."
    )
    frames = read_tables(text)["project_frames"]
    assert "operating" not in set(frames.status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Meanwhile, the Junda refinery in Tokmok continues to work at reduced capacity.", "operating"),
        ("The 120 MW Tokmok CHP continues to operate despite its age.", "operating"),
        (
            "In Zhaiyl district, the construction of the 220 kV Kara-Balta - Sokuluk transmission line with "
            "a length of 64 km by National Electric Grid of Kyrgyzstan OJSC is continuing.",
            "construction",
        ),
        (
            "The construction of the Rogun HPP with a capacity of 3,600 MW is being carried out at an "
            "accelerated pace.",
            "construction",
        ),
    ],
)
def test_a_report_of_work_continuing_or_a_plant_working_on(read, text, status):
    assert [p["status"] for p in read(text)] == [status]


_CONSTRUCTION = ["construction"]
_OPERATING = ["operating"]


@pytest.mark.parametrize(
    ("sentence", "statuses"),
    [
        # a licence revoked or a contract annulled cancels
        ("The committee revoked the licence of Shiraldjin Mining for the gold deposit.", ["cancelled"]),
        ("The subsoil-use contract for the Kent gold deposit was annulled by a court.", ["cancelled"]),
        ("The ministry withdrew the construction permit of the cement plant.", ["cancelled"]),
        # a participle after a superlative is a claim, not where the plant stands
        ("It is also the first copper smelter built by a Chinese company in Central Asia.", []),
        ("This is the largest solar plant commissioned by a foreign investor.", []),
        ("The plant, built by Sinopec in 2018, runs on local crude.", _OPERATING),
        ("The first plant was commissioned in 2019.", _OPERATING),
        # the milestones Chinese project reports give
        ("The modernisation project of the refinery is under intense construction.", _CONSTRUCTION),
        (
            "The first tank of concrete was poured, marking the project entered the full construction stage.",
            ["construction", "construction"],
        ),
        ("The mine resumed construction this year after a two-year suspension.", _CONSTRUCTION),
        ("The combined cycle power station realized the first ignition of its No. 1 unit.", _CONSTRUCTION),
        (
            "At the CHP, a 120 MW gas turbine unit, which CNTIC has been building since 2021, is late.",
            _CONSTRUCTION,
        ),
        (
            "The first batch of concrete for the turbine foundations was poured on Monday.",
            ["construction", "construction"],
        ),
        # put into production
        ("The first gas processing plant was put into production in December 2009.", _OPERATING),
        ("Since the plant was put into commercial production in 2014, it has shipped 9 bcm.", _OPERATING * 2),
        ("The mine will be put into production in 2027.", ["announced"]),
        # stages in machine translation
        ("In Leilek district goes construction of solar power station 100 MW.", _CONSTRUCTION),
        ("LLP Mangystau Wind builds wind power station with capacity 150 MW.", _CONSTRUCTION),
        ("Now are completed foundations for 9 turbines.", _CONSTRUCTION),
        ("Launch of first stage is planned in the end of year.", ["announced", "announced"]),
        # a cost that 'makes' a sum is no output; what is made or processed at a plant is
        ("Cost of project makes 85 billion tenge, it is financed from republican budget.", []),
        ("Cost of project makes 240 million dollars.", []),
        ("The smelter makes 250,000 tonnes of aluminium a year.", _OPERATING),
        ("Kazakh crude is processed at the 10 million tons per year refinery in Karamay.", _OPERATING),
        ("The concentrate is smelted at the Balkhash copper smelter.", _OPERATING),
        # a plant joined to the grid, its commercial operation date reached; the share of work done
        ("The last turbine of the Arkalyk wind farm was synchronized with the grid yesterday.", _OPERATING),
        ("All 80 turbines were synchronised to the national grid in May.", _OPERATING),
        ("The 200 MW unit will be synchronised with the grid in 2027.", ["announced"]),
        ("The Bash wind power plant (500 MW), connected in full on 28 April.", _OPERATING),
        ("The 500 MW Bash wind farm is now fully connected.", _OPERATING),
        ("The plant was connected at full capacity in June.", _OPERATING),
        ("The wind farm will be connected in full next year.", ["announced"]),
        ("The solar park achieved COD in March.", _OPERATING),
        ("The plant reached commercial operation date (COD) on 1 May.", _OPERATING),
        ("Full COD!", _OPERATING),
        ("75 per cent of the work has been completed.", _CONSTRUCTION),
        ("About 60% of construction work is complete.", _CONSTRUCTION),
        ("So far 40 percent of the works were done at the site.", _CONSTRUCTION),
        ("Eni's 48 MW Badamsha wind farm in Aktobe region started up in 2020.", _OPERATING),
        ("The kiln was started up on Monday.", _OPERATING),
        ("The smelter starts up next year.", []),
        # a visit to a site being built
        ("Inspected the construction of the Merke small HPP cascade on the Merke river.", _CONSTRUCTION),
        ("The akim inspected the progress of the construction of the wind power plant.", _CONSTRUCTION),
        ("The delegation toured the construction site of the cement plant.", _CONSTRUCTION),
        # an ending told in the past after 'until' happened; in the present it is a condition
        ("The reactor ran from 1973 until it was shut down in 1999.", ["retired"]),
        ("The unit worked until it was decommissioned in 2010.", ["retired"]),
        ("Jobs are kept until the plant is decommissioned.", []),
        # an agreement signed, told as a noun phrase
        ("The project is at the stage of an agreement signed with the ministry.", ["pre-construction"]),
        ("Under the contract signed by the two companies in May, work starts soon.", ["pre-construction"]),
        ("The agreements signed between the sides cover the design.", ["pre-construction"]),
    ],
)
def test_the_status_words_of_one_sentence(ref, sentence, statuses):
    assert [c.value for c in find_status_cues(sentence, ref)] == statuses


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Aksu Xinlian notified the akimat that it was abandoning the ferrosilicon plant in Aksu.",
            "cancelled",
        ),
        ("The ferrosilicon plant in Ekibastuz has been standing half-built ever since.", "shelved"),
        ("The 1.2 Mt/y Dangara refinery remains unfinished.", "shelved"),
        ("Work on the 1.2 Mt/y Dangara refinery stalled in 2018.", "shelved"),
        (
            "Oil goes to China via the Kazakhstan-China oil pipeline, which has a throughput capacity of 20 "
            "million tons per year.",
            "operating",
        ),
        ("The Atasu-Alashankou pipeline is run by Kazakhstan-China Pipeline LLP.", "operating"),
        ("TBEA's Upper Kumarg gold mine in the Ayni district started pouring gold in 2020.", "operating"),
        ("The Soviet-era Toktogul hydropower station needs repairs.", "operating"),
        ("Turkmenistan has had its polymer plant at Kiyanly since 2018.", "operating"),
    ],
)
def test_a_stalled_plant_is_shelved_and_a_working_ones_words_say_it_operates(read, text, status):
    assert [p["status"] for p in read(text)] == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Universal Energy has signed for a 300 MW PV plant in Kyzyltepa district, Navoi region.", _PRE),
        ("CNPC got the contract for the third phase of the Galkynysh gas processing complex in Mary.", _PRE),
        ("Sany secured the largest lot, a 150MW wind farm in the Tolebi district of Turkistan region.", _PRE),
        (
            "Under a contract valued at $161 million, Harbin Electric is to build a 150 MW coal-fired unit "
            "at the Angren thermal power station in Tashkent region.",
            _PRE,
        ),
        (
            "CNCEC signed a $1.24 billion engineering, procurement and construction deal to expand the "
            "Shurtan gas chemical complex in Kashkadarya.",
            _PRE,
        ),
        (
            "- Agreement between Turkmenhimiya and China Hualu Engineering & Technology Co., Ltd. on the "
            "design and construction of a sulphuric acid plant in Seydi, Lebap velayat.",
            _PRE,
        ),
        ("CNPC and KMG agreed to start modernizing the Shymkent refinery.", _PRE),
    ],
)
def test_a_contract_won_or_signed_for_readies_a_facility_for_building(read, text, status):
    assert [p["status"] for p in read(text)] == [status]


@pytest.mark.parametrize(
    "text",
    [
        "The cement plant in Isfara is 70 percent completed.",
        "Construction of a cement plant of 1 million tonnes a year by Zhongcai Mohir Cement in Isfara is 70% "
        "completed.",
        "- a cement plant in Urgut district with an annual capacity of 1.5 million tonnes (Urgut Cement LLC, "
        "readiness 70 percent);",
        "At Ekibastuz GRES-1, owned by Samruk-Energy, the restoration of power unit No. 1 with a capacity of "
        "500 MW continues.",
        "At the Ust-Kamenogorsk hydroelectric power plant, the modernization of its units continues.",
    ],
)
def test_a_share_done_or_works_that_continue_tell_of_building(read, text):
    assert [p["status"] for p in read(text)] == ["construction"]


@pytest.mark.parametrize(
    ("sentence", "statuses"),
    [
        ("In January the owner terminated the EPC contract with CMEC unilaterally.", []),
        ("The construction contract with Sinohydro was terminated in 2021 over delays.", []),
        ("The company cancelled its contract with the Chinese contractor and hired a local firm.", []),
        (
            "The government terminated the agreement because the investor had not begun construction.",
            ["cancelled"],
        ),
        (
            "The ministry terminated the contract with the auction winner, and the wind farm was cancelled.",
            ["cancelled", "cancelled"],
        ),
    ],
)
def test_an_owner_ending_its_builders_contract_ends_no_project(ref, sentence, statuses):
    assert [c.value for c in find_status_cues(sentence, ref)] == statuses


def test_a_plant_that_had_been_idle_is_told_in_the_past(ref):
    sentence = "The pipeline had been idle since January 2017, when Turkmenistan cut off exports to Iran."
    assert find_status_cues(sentence, ref) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Construction and installation works are underway at the Aral wind farm.", "construction"),
        ("Installation works are in progress at the 50 MW Shu solar plant.", "construction"),
        ("The Kambarata-1 hydropower plant has entered the active phase of construction.", "construction"),
        ("The Zhanatas cement plant project moved into the stage of construction in May.", "construction"),
        ("A capsule was laid at the site of the future glass plant in Kyzylorda.", "construction"),
        ("Officials attended the capsule-laying ceremony of the Ekibastuz ferroalloy plant.", "construction"),
        ("Construction readiness of the Rogun hydropower plant is 45%.", "construction"),
        ("The readiness of the Yavan chemical plant has reached 80 percent.", "construction"),
        ("Concrete pouring at the Yashlar hydropower plant started in March.", "construction"),
        ("Crews are now erecting towers at the Mirzaabad wind farm.", "construction"),
        ("The Turkestan solar park is at the construction stage.", "construction"),
        ("The Shelek wind farm won the auction held by the Ministry of Energy in 2023.", _PRE),
        ("Chint was the winner of the renewables auction for a 100 MW solar plant in Zhambyl.", _PRE),
        ("Design and estimate documentation for the Saryagash solar plant has been developed.", _PRE),
        ("The project documentation of the Kokpekty wind farm was approved by state experts.", _PRE),
        ("The Kyzyltepa solar plant supplies electricity to 30,000 homes in Navoi.", "operating"),
        ("Today the Nurek hydropower plant powers more than 500,000 households.", "operating"),
        ("The Kant cement plant employs about 600 people from the surrounding villages.", "operating"),
        ("The Isfara cement plant exports part of its output to Afghanistan.", "operating"),
        ("The Dashtijum hydropower plant remains on paper.", "shelved"),
        ("The Kambarata-2 cascade never got off the ground in the 1990s.", "shelved"),
        ("The Koksu hydropower plant has been on hold since 2016.", "shelved"),
    ],
)
def test_stage_words_of_translated_and_trade_copy(read, text, status):
    assert [p["status"] for p in read(text)] == [status]


@pytest.mark.parametrize(
    "text",
    [
        "The Kungrad soda plant supplies the glass and detergent industries.",
        "The Jimunai LNG plant supplies piped gas to about 80,000 households in Jeminay.",
    ],
)
def test_a_plant_that_supplies_something_is_still_a_plant(read, text):
    assert [p["name"] for p in read(text)] == [text.split(" supplies")[0].removeprefix("The ")]


@pytest.mark.parametrize(
    "text",
    [
        'In Navoi JSC "Navoiyazot" completes the construction of a PVC complex.',
        "TBEA completes building of the Datka substation in Jalal-Abad region this year.",
        "The Yavan chemical plant in Khatlon was designed in 2018. The readiness of the object is 87%.",
        "The Aksu ferroalloy plant was started in 2019. Today this object is 60 percent complete.",
    ],
)
def test_translated_copy_completes_construction_and_calls_the_plant_the_object(read_tables, text):
    assert _article_status(read_tables(text)) == "construction"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Work on the Rogun hydropower plant stopped in 2019 and has not resumed.", "shelved"),
        ("Construction at the Yavan chemical plant came to a halt in 2015.", "shelved"),
        ("The Kazarman cascade project is in limbo.", "shelved"),
        ("The Bishkek CHP-3 project has gone quiet since the election.", "shelved"),
        ("Nothing has been heard of the Aral solar plant since 2019.", "shelved"),
        ("The Kapshagay solar plant is said to be operating at full capacity.", "operating"),
        ("The Zhanatas wind farm has been fully online since 2021.", "operating"),
        ("The Kant cement plant has worked since 2019 without a stop.", "operating"),
        ("The Bukhara solar plant reached commercial operation in 2023.", "operating"),
        ("KPI's polypropylene plant at Karabatan made its first pellets in late 2022.", "operating"),
        ("Turbines are rising at the Mirzachul wind farm.", "construction"),
        ("The Shelek wind farm is taking shape near Almaty.", "construction"),
        ("The first turbines have been installed at the Shokpar wind farm.", "construction"),
        ("The Kambarata-2 cascade plan was dropped in 2016.", "cancelled"),
        ("The deal on the Upper Naryn cascade collapsed in 2016.", "cancelled"),
        ("The agreement on the Ekibastuz coal-to-olefins plant fell through.", "cancelled"),
    ],
)
def test_stage_words_of_analysis_and_hedged_copy(read_tables, text, status):
    assert _article_status(read_tables(f"title\n\n{text}\n")) == status

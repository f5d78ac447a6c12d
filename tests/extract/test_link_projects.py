"""Facility phrases to projects: lists of names and places, typeless nouns, statistics that are no project,
and mentions of one facility merged within the article."""

from __future__ import annotations

import pytest

from pipelines.domain.extract.annotate.facilities import ordinal
from tests.extract.conftest import projects_of
from tests.test_reconcile import _tables


def _brief(projects: list[dict]) -> list[tuple]:
    return [(p["type"], p["name"] or p["locality"] or p["region"]) for p in projects]


def test_listed_names_give_one_project_each(read):
    projects = read("Goldwind will supply turbines to the Kordai, Shokpar and Yereymentau wind farms.")
    assert _brief(projects) == [
        ("wind", "Kordai wind farm"),
        ("wind", "Shokpar wind farm"),
        ("wind", "Yereymentau wind farm"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prosecutors Say Chinese-Owned Refinery Poisoned Kara-Balta Groundwater.", ("oil_refinery", None)),
        ("Villagers Block Chinese-Backed Cement Plant Near Angren.", ("manufacturing", None)),
        ("The Chinese-built Zhanatas wind farm went into operation in 2021.", ("wind", "Zhanatas wind farm")),
    ],
)
def test_a_word_of_who_built_or_owns_it_ends_any_name_before_it(read, text, expected):
    [plant] = read(text)
    assert (plant["type"], plant["name"]) == expected


def test_two_named_plants_joined_by_and(read):
    projects = read("The company runs the Balkhash and Ekibastuz power stations in Kazakhstan.")
    assert [p["name"] for p in projects] == []  # 'power stations' says no kind: nothing to publish
    projects = read("The company runs the Moynak and Kerbulak hydropower plants.")
    assert _brief(projects) == [("hydro", "Moynak hydropower plant"), ("hydro", "Kerbulak hydropower plant")]


def test_a_plural_at_listed_places_gives_one_project_per_place(read):
    projects = read(
        "Uzbekistan has signed deals for waste incineration plants. "
        "EcoTech Group will build two plants, in Samarkand and Bukhara regions, for $90 million each."
    )
    assert [(p["type"], p["region"], p["country"]) for p in projects] == [
        ("waste_to_energy", "Samarkand", "UZ"),
        ("waste_to_energy", "Bukhara", "UZ"),
    ]


def test_plants_in_listed_regions_without_a_count(read):
    text = (
        "Biogas plants are spreading. Plants in Namangan and Fergana regions are planned by Green Tech Group."
    )
    assert [(p["type"], p["region"]) for p in read(text)] == [("biogas", "Namangan"), ("biogas", "Fergana")]


def test_a_typeless_plant_takes_the_kind_named_just_after(read):
    text = (
        "A 900-megawatt power plant that Chinese builders finished in Navoi is ready for launch. "
        "The new TPP will burn natural gas."
    )
    (project,) = read(text)
    assert (project["type"], project["region"], project["capacities"]) == (
        "thermal",
        "Navoi",
        [("installed_power", 900.0)],
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tau-Ken Samruk opened a refinery in Astana able to make 25 tonnes of gold a year.", "smelter"),
        ("A refinery producing 25 tonnes of gold a year was commissioned in Astana.", "smelter"),
        ("A new refinery in Almalyk will refine 100,000 tons of copper a year.", "smelter"),
        ("The Pavlodar refinery processes 5 million tonnes of oil a year.", "oil_refinery"),
    ],
)
def test_a_refinery_of_a_metal_named_after_it_is_a_smelter(read, text, kind):
    assert [p["type"] for p in read(text)] == [kind]


def test_a_typeless_plant_with_nothing_to_tell_its_kind_is_no_project(read):
    assert read("A 900-megawatt power plant is ready for launch in Navoi.") == []


def test_the_countrys_plants_are_statistics_not_a_project(read):
    assert (
        read("About 10 per cent of demand is met by the three hydropower plants the country operates.") == []
    )


def test_a_bracketed_gloss_is_not_a_second_plant(read):
    projects = read("The TPP (thermal power plant) in Navoi will produce 10 billion kWh annually.")
    assert _brief(projects) == [("thermal", "Navoi")]


def test_an_unnamed_mention_joins_the_named_facility_of_its_kind(read):
    text = (
        "A wind farm of 500 MW is planned in Central Asia, Vestas said. "
        "Vestas will supply turbines to the Arys wind farm, the company said. "
        "The Arys wind project will be the largest in the region."
    )
    (project,) = read(text)
    assert (project["name"], project["capacities"]) == ("Arys wind farm", [("installed_power", 500.0)])


def test_two_indefinite_facilities_stay_two(read):
    text = (
        "Sinotech plans to build a wind farm with up to 1 GW of capacity in Kazakhstan. "
        "Separately, the bank has financed a large wind farm in the Zhambyl Region."
    )
    assert [(p["type"], p["region"]) for p in read(text)] == [("wind", None), ("wind", "Zhambyl")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry and Tianshan Power signed an agreement to build a wind farm and an energy storage "
            "system in Zhambyl region.\n\nThe project also envisages an energy storage system with a "
            "capacity of 300 MW.\n",
            [("wind", "Zhambyl", []), ("storage", "Zhambyl", [("installed_power", 300.0)])],
        ),
        (
            "Tianshan Group wants to build one of the largest aluminium smelters in Pavlodar region.\n\n"
            "Under the memorandum, the cluster will include an aluminium smelter with an annual capacity of "
            "1 million tonnes of aluminium.\n",
            [("smelter", "Pavlodar", [("annual_output", 1000000.0)])],
        ),
    ],
)
def test_a_facility_of_the_lede_told_again_in_the_body_is_one(read, text, expected):
    assert [(p["type"], p["region"], p["capacities"]) for p in read(f"title: t\n\n{text}")] == expected


@pytest.mark.parametrize(
    "lede",
    [
        "The Cabinet signed agreements with Chinese companies on a solar power plant and a small hydropower "
        "plant.",
        "Investment agreements were signed on the construction of a small hydropower plant and a wind farm.",
    ],
)
def test_a_generic_lede_facility_is_the_one_named_later_with_all_its_words(read, lede):
    text = (
        f"title: t\n\n{lede}\n\nUnder the agreement, Minjiang will build the Bala-Saruu small hydropower "
        "plant with a capacity of 25 MW in Talas region.\n\nThe country's priority remains the Kambarata "
        "HPP-1 with a capacity of 1,860 MW.\n"
    )
    hydro = [(p["name"], p["capacities"]) for p in read(text) if p["type"] == "hydro"]
    assert hydro == [
        ("Bala-Saruu small hydropower plant", [("installed_power", 25.0)]),
        ("Kambarata HPP-1", [("installed_power", 1860.0)]),
    ]


@pytest.mark.parametrize(
    "series",
    [
        "LG will build a second 10 Bcm per year treatment plant, while Petrofac's deal covers a third plant "
        "of the same size.",
        "Hyundai will build a second 10 Bcm treatment plant. A third plant, to be built by Petrofac, will "
        "follow.",
    ],
)
def test_a_ranked_facility_with_no_kind_of_its_own_is_of_its_series_kind(read, series):
    first = (
        "CNPC's contract covers a gas treatment plant able to process 10 billion cubic metres per year of "
        "raw gas at the South Yolotan field in Mary province."
    )
    assert [(p["type"], p["region"]) for p in read(f"{first} {series}")] == [("oil_gas", "Mary")] * 3


def test_the_second_project_of_a_list_takes_no_kind_from_the_first(read):
    text = (
        "Navoiyazot is building a PVC complex in Navoi region. The second project is the reconstruction of "
        "JSC Akhangarancement in Akhangaran."
    )
    assert [(p["type"], p["region"]) for p in read(text)] == [("chemical", "Navoi")]


@pytest.mark.parametrize(
    "text",
    [
        "The Pakrut gold mine in Vahdat district, developed by China Nonferrous Gold, kept its processing "
        "plant running through 2020.",
        "The Kumtor mine in Issyk-Kul region expanded its processing plant last year.",
        "The Aktogay copper mine in East Kazakhstan region will double its concentrator.",
    ],
)
def test_what_a_project_is_said_to_have_is_its_part(read, text):
    assert [p["type"] for p in read(text)] == ["mining"]


def test_a_part_of_the_projects_kind_in_its_sentence_sizes_the_project(read):
    text = (
        "KAZ Minerals' Aktogay copper mine in East Kazakhstan region opened its sulphide concentrator in "
        "2017 and is designed to produce about 90,000 tonnes of copper in concentrate annually."
    )
    assert [(p["name"], p["capacities"]) for p in read(text)] == [
        ("Aktogay copper mine", [("annual_output", 90000.0)])
    ]


@pytest.mark.parametrize(
    "second",
    [
        "All of the methanol will be fed to an MTO unit producing 500,000 tonnes/year of ethylene.",
        "Its gas will first go to a methanol unit of 1.6 million tonnes a year.",
        "The ethylene will then feed a polymerisation unit built by Sinopec Engineering.",
    ],
)
def test_a_process_unit_told_after_a_complex_is_no_project_of_its_own(read, second):
    projects = read(f"Navoiyazot signed a contract for a polyolefins complex in Navoi region. {second}")
    assert [(p["type"], p["region"]) for p in projects] == [("chemical", "Navoi")]


@pytest.mark.parametrize(
    "later",
    [
        "Kyrgyzstan's largest mine is Kumtor in Issyk-Kul region.",
        "Zijin Mining is studying the Taldybulak deposit in Chui region, and Centerra runs the Kumtor mine.",
    ],
)
def test_the_ledes_facility_told_again_before_others_are_named_is_one(read, later):
    text = (
        "title: t\n\nHongxing is developing the Kara-Tash gold project in Talas region.\n\n"
        "A feasibility study outlines an open-pit mine with a throughput of 1.5 million tonnes a year of "
        "ore.\n\n"
        f"{later}\n"
    )
    first = read(text)[0]
    assert (first["name"], first["capacities"]) == ("Kara-Tash gold project", [("annual_output", 1500000.0)])


def test_a_facility_of_the_body_placed_elsewhere_is_not_the_ledes(read):
    text = (
        "title: t\n\nTianshan Power will build a solar plant in Navoi region.\n\n"
        "Separately, a solar plant of 100 MW is planned in Samarkand region.\n"
    )
    assert [p["region"] for p in read(text)] == ["Navoi", "Samarkand"]


def test_a_plural_in_the_body_is_not_the_ledes_plant(read):
    text = (
        "title: t\n\nKazakhstan picked CNNC to build its second nuclear power plant.\n\n"
        "Rosatom leads the consortium building the country's first nuclear power plant, near the village of "
        "Ulken in Almaty region. That plant will have two reactors.\n"
    )
    assert [p["locality"] for p in read(text)] == [None, "Ulken"]


def test_mentions_with_different_figures_stay_apart(read):
    text = (
        "A 100 MW solar plant will be built in Kazakhstan. The 300 MW solar plant in Turkistan is operating."
    )
    assert sorted(p["capacities"][0][1] for p in read(text)) == [100.0, 300.0]


def test_an_unplaced_pipeline_named_thrice_is_one_pipeline(read):
    text = (
        "Kazakhstan joined in building a pipeline to China on Wednesday. "
        "The project will take five years. "
        "Gas traders expect much of it. "
        "Officials say the 1,300 kilometre (800 miles) pipeline will carry gas from 2012. "
        "The pipeline will be 1,300 kilometres long."
    )
    assert _brief(read(text)) == [("oil_gas", None)]


def test_a_counted_plural_at_listed_towns_shares_its_size(read):
    projects = read(
        "The ministry signed protocols for three 200 MW solar plants in Aral, Balkhash and Zaysan."
    )
    assert [(p["locality"], p["capacities"]) for p in projects] == [
        ("Aral", [("installed_power", 200.0)]),
        ("Balkhash", [("installed_power", 200.0)]),
        ("Zaisan", [("installed_power", 200.0)]),
    ]


def test_a_region_named_in_a_company_name_places_nothing(read):
    (project,) = read(
        "Henan Province Installation Group will build a 120 MW thermal power plant in Kokshetau."
    )
    assert (project["locality"], project["region"]) == ("Kokshetau", "Akmola")


def test_a_chinese_province_gives_the_project_china(read):
    (project,) = read("TBEA will build a 500 MW solar plant in Xinjiang's Hami area.")
    assert (project["region"], project["country"]) == ("Xinjiang", "CN")


def test_a_reference_placed_by_a_locative_in_its_clause(read):
    projects = read(
        "A coal-to-gas chemical plant is planned in Kazakhstan. "
        "Planned for the Karaganda region, the project will yield 2 billion cubic meters of gas a year."
    )
    assert [(p["type"], p["region"], p["capacities"]) for p in projects] == [
        ("chemical", None, [("annual_volume", 2e9)])
    ]


def test_the_ends_of_a_line_are_no_projects(read):
    projects = read(
        "The partners will build a 500 kV transmission line linking the Ekibastuz and Shymkent power grids."
    )
    assert [p["type"] for p in projects] == ["transmission"]


def test_uncounted_plants_in_a_statistic_are_no_projects(read):
    text = (
        "Small hydropower plants account for 300 MW. Chinese companies have built a third of the new "
        "capacity, including plants in the Zhambyl and Turkistan regions."
    )
    assert read(text) == []


def test_a_facility_named_by_its_region_later_is_the_one_just_placed_there(read):
    projects = read(
        "The sides signed a deal on a 1 GW solar park in the Bukhara region. "
        "The Bukhara solar park is expected to cost $800 million."
    )
    assert [(p["region"], p["capacities"]) for p in projects] == [("Bukhara", [("installed_power", 1000.0)])]


def test_the_line_points_to_the_line_however_far_back(read):
    projects = read(
        "A 500 kV transmission line will link Ekibastuz with Shymkent. "
        "It will be financed by a Chinese bank. "
        "Separately, the Kambarata-1 hydropower plant in Kyrgyzstan is still at the feasibility stage. "
        "Its partners meet next week. "
        "In the first phase, the line will carry up to 1,000 MW."
    )
    hydro = next(p for p in projects if p["type"] == "hydro")
    assert hydro["capacities"] == []  # the line's figure is no plant's


def test_a_regions_plants_are_statistics(read):
    assert read("The region's nine hydropower plants produce 2 billion kWh a year.") == []


def test_a_company_named_after_a_province_places_nothing(read):
    (project,) = read("Henan Huayu Group has completed a 50 MW solar plant in Zhambyl region.")
    assert (project["region"], project["country"], project["participants"]) == (
        "Zhambyl",
        "KZ",
        {"Henan Huayu Group": "partner"},
    )


def test_mention_ids_are_unique_within_every_article(tmp_path, ref):
    """Plural 'They ...' after a sentence that names one project twice once gave two mentions one id."""
    from bench.corpora import recombined
    from pipelines.domain.extract.process import process_article

    recombined(40, tmp_path, seed=11)
    for path in sorted(tmp_path.glob("*.txt")):
        frames = process_article("0" * 16, path.name, path.read_text(encoding="utf-8"), ref)["project_frames"]
        assert not frames.frame_id.duplicated().any(), path.name


@pytest.mark.parametrize(
    ("sentence", "locality"),
    [
        ("Gas flows through the Central Asia Gas Pipeline to China.", None),
        ("The North Caspian pipeline will carry 5 bcm a year.", None),
        ("Work has begun on the Turgusun hydropower station.", "Turgusun"),
        ("The Shulbinsk hydropower plant will get a new turbine.", "Shulbinsk"),
        ("The Fuel Assembly Plant will make 200 tonnes of nuclear fuel a year.", None),
        ("The B Block gas processing plant was put into production.", None),
        ("The K2 copper mine was put into production.", None),
    ],
)
def test_a_named_facility_is_placed_at_its_first_word_only_when_that_is_a_place_word(
    read, sentence, locality
):
    (project,) = read(sentence)
    assert project["locality"] == locality


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials visited the oil refinery belonging to Petro Kyrgyz Refining LLC last week.",
        "Inspectors went to the copper smelter owned by Kazakhmys Smelting LLP.",
        "The delegation toured the coal mine operated by Shubarkol Komir JSC.",
    ],
)
def test_a_facility_the_text_says_whose_it_is_is_a_project(read, sentence):
    (project,) = read(sentence)
    assert list(project["participants"].values())[0] in ("owner", "operator")


def test_a_facility_with_nothing_to_tell_it_apart_is_none(read):
    assert read("Officials visited the oil refinery last week.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ereymentau, Kordai and Zhuzimdyk wind farms will be built by Universal Energy.",
        "Universal Energy will build the Ereymentau, Kordai and Zhuzimdyk wind farms.",
    ],
)
def test_each_listed_name_is_placed_at_its_own_town(read, sentence):
    projects = read(sentence)
    assert [(p["name"], p["locality"], p["region"]) for p in projects] == [
        ("Ereymentau wind farm", "Ereymentau", "Akmola"),
        ("Kordai wind farm", "Kordai", "Zhambyl"),
        ("Zhuzimdyk wind farm", "Zhuzimdyk", None),
    ]


def test_listed_names_share_the_region_after_them(read):
    projects = read("The Shokpar and Kordai wind farms in Zhambyl region are operating.")
    assert [(p["locality"], p["region"]) for p in projects] == [("Shokpar", "Zhambyl"), ("Kordai", "Zhambyl")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Uzbekistan's nine hydropower plants in the Tashkent region produced 3 billion kWh last year.",
        "Kazakhstan's 48 solar plants in Turkistan region have a combined 1.2 GW.",
        "The total capacity of Uzbekistan's power plants has reached about 22 GW.",
    ],
)
def test_a_places_counted_facilities_are_statistics(read, sentence):
    projects = read("The 100 MW Arys solar plant in Turkistan region was agreed. " + sentence)
    assert [(p["name"], p["capacities"]) for p in projects] == [
        ("Arys solar plant", [("installed_power", 100.0)])
    ]


def test_a_places_new_facilities_are_projects(read):
    (project,) = read("Kazakhstan's two new wind farms in Zhambyl region were agreed with Goldwind.")
    assert (project["type"], project["region"]) == ("wind", "Zhambyl")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The complex in Atyrau will produce up to 880,000 tons of urea a year.", "chemical"),
        ("A plant in Shymkent will make 500,000 tonnes of cement a year.", "manufacturing"),
        ("The plant in Aktobe is to produce 300,000 tonnes of methanol annually.", "chemical"),
        ("Plant for the production of polyvinyl chloride (100,000 t/y), Kungrad district, 370.", "chemical"),
        ("Factory for the production of cement, 1.5 Mt a year, Jizzakh region.", "manufacturing"),
        ("A plant in Aktobe producing 60,000 tonnes of sodium dichromate a year will be built.", "chemical"),
        ("The factory in Jizzakh will make 10,000 tonnes of cotton yarn a year.", "manufacturing"),
        ("A factory in Navoi will produce garments and fabrics for export.", "manufacturing"),
        ("A line for galvanised and colour-coated steel will be built in Karaganda.", "smelter"),
        ("A plant for the production of chromium salts will open in Aktobe in May.", "chemical"),
    ],
)
def test_what_a_typeless_plant_will_make_tells_its_kind(read, sentence, kind):
    (project,) = read(sentence)
    assert project["type"] == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "A tailings storage facility will be built at the gold mine in Sughd region.",
        "The new tailings dam of the copper mine in Abai region was finished in May.",
    ],
)
def test_a_mines_tailings_works_are_mining_not_energy_storage_or_hydro(read, sentence):
    assert {p["type"] for p in read(sentence)} == {"mining"}


@pytest.mark.parametrize(
    ("sentence", "name", "output"),
    [
        (
            "The Bogatyr open-pit section of Bogatyr Komir LLP in Ekibastuz has a design capacity of "
            "50 million "
            "tonnes of coal per year.",
            "Bogatyr open-pit section",
            50e6,
        ),
        (
            "The Vostochny coal section in Ekibastuz produces 20 million tonnes a year.",
            "Vostochny coal section",
            20e6,
        ),
        (
            "Sinoenergy opened the Shoptykol coal section in Pavlodar region, sized for 3 Mt/yr.",
            "Shoptykol coal section",
            3e6,
        ),
    ],
)
def test_an_open_pit_section_or_coal_section_is_a_mine(read, sentence, name, output):
    [project] = read(sentence)
    assert (project["type"], project["name"], project["capacities"]) == (
        "mining",
        name,
        [("annual_output", output)],
    )


def test_a_sugar_refinery_is_no_oil_refinery(read):
    (project,) = read("The Angren Shakar sugar refinery in Tashkent region has been working since 2010.")
    assert project["type"] == "agriculture"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Huaxin Cement launched its 3 million-tonne plant in Jizzakh region in 2022.", "manufacturing"),
        ("Xinjiang Zhongtai Chemical will build their plant in Taraz in Zhambyl region.", "chemical"),
        ("Jiangxi Copper Company opened its new plant in Almalyk in Tashkent region.", "smelter"),
        ("Huaxin Cement's plant in Zafarabad district of Jizzakh region opened in 2021.", "manufacturing"),
        ("Jiangxi Copper Company's new plant in Almalyk in Tashkent region opened in May.", "smelter"),
    ],
)
def test_a_plant_its_owner_calls_its_own_is_of_the_kind_the_owners_name_says(read, sentence, kind):
    (project,) = read(sentence)
    assert project["type"] == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "TBEA launched its plant in Jizzakh region in 2022.",  # the name tells no kind
        "Jiangsu Tianyuan Silicon Industry suspended work on its polysilicon plant in Angren.",  # own word
    ],
)
def test_a_plant_the_owners_name_cannot_type_stays_typeless(read, sentence):
    assert read(sentence) == []


@pytest.mark.parametrize(
    "text",
    [
        "The project envisages the construction in Yavan district of Khatlon province of an enterprise for "
        "the production of caustic soda and chlorine with an annual capacity of 500,000 tonnes.",
        "The project provides for an enterprise for the production of caustic soda in Khatlon province with "
        "an annual capacity of 500,000 tonnes.",
        "The ministry signed an agreement on a project to build a caustic soda plant with an annual capacity "
        "of 500,000 tonnes in Khatlon province.",
        "Investors presented a project to set up a chlor-alkali plant in Khatlon province that will make "
        "500,000 tonnes of caustic soda a year.",
    ],
)
def test_a_project_that_provides_for_a_facility_is_that_facility(read, text):
    (project,) = read(text)
    assert (project["type"], project["region"], project["capacities"]) == (
        "chemical",
        "Khatlon",
        [("annual_output", 500000.0)],
    )


def test_what_a_referred_complex_will_produce_does_not_type_it(read):
    projects = read(
        "The Shalkiya project in Kyzylorda region provides for the construction of an underground mine. "
        "The complex will produce about 320,000 tonnes of zinc concentrates annually."
    )
    assert [p["type"] for p in projects] == ["mining"]


@pytest.mark.parametrize(
    "text",
    [
        "The Hyrasia One project in Mangystau region provides for the construction of wind and solar power "
        "plants with a total capacity of 40 GW.",
        "Svevind's Hyrasia One project in Mangystau region envisages the construction of wind and solar "
        "power plants of 40 GW in total.",
    ],
)
def test_a_named_project_providing_for_plants_of_two_kinds_is_one_project(read, text):
    (project,) = read(text)
    assert (project["name"], project["region"], project["capacities"]) == (
        "Hyrasia One project",
        "Mangystau",
        [("installed_power", 40000.0)],
    )


def test_the_deposit_a_plant_takes_its_salt_from_is_no_project(read):
    (project,) = read(
        "A 500,000-tonne chlorine plant will be built in Khatlon province. Salt for the plant will be "
        "supplied from the Khojamumin deposit."
    )
    assert (project["type"], project["capacities"]) == ("chemical", [("annual_output", 500000.0)])


def test_a_named_field_is_an_oil_and_gas_field_but_a_field_of_work_is_not(read):
    (field,) = read(
        "Cooperation in the field of renewable energy is growing. The Galkynysh field in Mary region is "
        "being developed by Turkmengaz."
    )
    assert (field["type"], field["name"], field["region"]) == ("oil_gas", "Galkynysh field", "Mary")


def test_the_first_plant_is_not_the_second_plant_just_named(read):
    projects = read(
        "CNPC has put into operation the second gas processing plant at Bagtyyarlyk in Lebap region, with a "
        "capacity of 9 billion cubic meters a year. The first gas processing plant at Bagtyyarlyk, with an "
        "annual capacity of 5 billion cubic meters, was commissioned in December 2009."
    )
    assert [p["capacities"] for p in projects] == [[("annual_volume", 9e9)], [("annual_volume", 5e9)]]


@pytest.mark.parametrize(
    "text",
    [
        "The first gas processing plant of the block, with a capacity of 5 billion cubic meters a year, was "
        "put into operation in 2010, the second plant, of 8 billion cubic meters, in 2015.",
        "The first compressor station went into service in 2012 with 5 billion cubic meters a year. The "
        "second station, able to handle 8 billion cubic meters a year, followed in 2016.",
        "CNPC commissioned the first gas processing plant at the field in 2009 with 5 billion cubic meters "
        "a year, and the third plant, for 8 billion cubic meters, is under construction.",
    ],
)
def test_a_plant_ranked_after_another_is_a_plant_of_its_own(read, text):
    projects = read(text)
    assert [p["capacities"] for p in projects] == [[("annual_volume", 5e9)], [("annual_volume", 8e9)]]
    assert projects[0]["type"] == projects[1]["type"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A gold processing plant in Talas region will produce 2 tonnes of gold a year.", "mining"),
        ("Zijin will build a silver plant in Namangan region.", "mining"),
        ("Goldwind will open a blade plant in Jizzakh region.", "manufacturing"),
    ],
)
def test_a_plant_named_by_its_metal_or_part_has_that_kind(read, text, kind):
    (plant,) = read(text)
    assert plant["type"] == kind


@pytest.mark.parametrize(
    ("text", "kind", "locality"),
    [
        (
            "A Chinese-built complex for the production of PVC and caustic soda was put into operation on "
            "Friday at the Navoiyazot chemical plant in the city of Navoi.",
            "chemical",
            "Navoi",
        ),
        (
            "A 50 MW solar plant was built at the Almalyk mining complex in Tashkent region.",
            "solar",
            "Almalyk",
        ),
        (
            "A Korean-funded cement line with 1 million tonnes a year opened at the Kyzylkum cement plant "
            "in Navoi.",
            "manufacturing",
            "Navoi",
        ),
        (
            "At the Atyrau refinery, Sinopec Engineering built a deep oil refining complex.",
            "oil_refinery",
            "Atyrau",
        ),
    ],
)
def test_a_new_facility_at_a_named_plant_is_the_project_and_the_plant_its_site(read, text, kind, locality):
    (project,) = read(text)
    assert (project["type"], project["name"], project["locality"]) == (kind, None, locality)


@pytest.mark.parametrize(
    "text",
    [
        '"Building a smelter next to the mines cuts freight," said an analyst at Tengri Partners.',
        "Adding a refinery would cost Sinopec $2 billion, the company said.",
        "Owning a mine abroad is risky for Chinese firms, the survey of CNPC managers found.",
    ],
)
def test_a_facility_a_gerund_speaks_of_in_general_is_no_project(read, text):
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The venture will mine the Zhalpak deposit in Turkistan region.",
        "Kazatomprom and CNNC agreed to mine the Zhalpak deposit in Turkistan region.",
        "The company could mine 1,000 tonnes of uranium a year at the Zhalpak deposit in Turkistan region.",
    ],
)
def test_to_mine_is_a_verb_and_the_deposit_the_project(read, text):
    (deposit,) = read(text)
    assert (deposit["type"], deposit["name"], deposit["region"]) == ("mining", "Zhalpak deposit", "Turkistan")


@pytest.mark.parametrize(
    "text",
    [
        "NFC said the Ayagoz smelter would use flash smelting and include a sulphuric acid plant.",
        "The Ayagoz smelter will also include a sulphuric acid plant, NFC said.",
    ],
)
def test_a_plant_a_facility_will_include_is_its_part(read, text):
    (smelter,) = read(text)
    assert smelter["name"] == "Ayagoz smelter"


@pytest.mark.parametrize(
    "text",
    [
        "The Boguty open-pit mine and its processing plant in Almaty region can treat 3.3 million tonnes "
        "of ore a year.",
        "The Aktogay mine and its concentrator in Abai region process 25 million tonnes of ore a year.",
    ],
)
def test_a_facility_named_with_its_own_part_is_one_project(read, text):
    (mine,) = read(text)
    assert mine["type"] == "mining"


def test_a_power_plant_a_smelter_will_include_is_a_project_of_its_own(read):
    smelter, power = read("The smelter in Pavlodar will include a 350 MW coal-fired power plant.")
    assert (smelter["type"], power["type"], power["capacities"]) == (
        "smelter",
        "thermal",
        [("installed_power", 350.0)],
    )


def test_the_fields_under_a_project_are_its_parts(read):
    projects = read(
        "CPECC won a tender to develop six gas fields in the west of the Bagtyyarlyk contract territory in "
        "Lebap velayat. Under the project, the Gadyn and North Gadyn, and Kishtuvan and West Kishtuvan "
        "fields are to be brought into operation."
    )
    assert [p["region"] for p in projects] == ["Lebap"]


def test_a_project_there_is_the_facility_its_sentence_just_named(read):
    (farm,) = read(
        "A second wind farm is now being built near Kandyagash in Aktobe region: China's Sany is installing "
        "turbines for a 150 MW project there."
    )
    assert (farm["type"], farm["locality"], farm["capacities"]) == (
        "wind",
        "Kandyagash",
        [("installed_power", 150.0)],
    )


def test_what_the_first_stage_of_a_field_did_is_the_fields_news_and_a_later_stages_is_its_own(ref):
    text = (
        "date: 2024-02-06\n\nTurkmengaz signed a contract with CNPC for the third stage of the Galkynysh gas "
        "field in Mary region. The first stage of the development of the field was commissioned in "
        "September 2013."
    )
    projects = _tables([text], ref)["projects"].set_index("name").status
    assert projects.to_dict() == {
        "Galkynysh gas field": "operating",
        "Galkynysh gas field, phase 3": "pre-construction",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        'The leaders stressed the early implementation of the project for the construction of Line "D" of '
        "the Turkmenistan - China gas pipeline with a design capacity of 30 billion cubic meters per year.",
        "Turkmenistan and China agreed to build Line D of the Central Asia - China gas pipeline, with a "
        "design capacity of 30 billion cubic meters per year.",
        "CNPC is building Line D of the Central Asia - China gas pipeline, with a design capacity of "
        "30 billion cubic meters per year.",
    ],
)
def test_a_lettered_line_of_a_pipeline_is_a_project_of_its_own(read, sentence):
    (line,) = read(sentence)
    assert line["name"].startswith("Line D of the ")
    assert line["locality"] is None
    assert (line["type"], line["capacities"]) == ("oil_gas", [("annual_volume", 3e10)])


@pytest.mark.parametrize(
    "text",
    [
        "The company runs two copper mines: Aktogay in Abai region and Bozshakol in Pavlodar region.",
        "Kazakhmys is financing its two big copper mines, Aktogay in Abai region and Bozshakol in Pavlodar "
        "region, with a $2.7 billion credit line.",
        "Chinese contractors built the group's two copper mines, Aktogay in Abai region and Bozshakol in "
        "Pavlodar region.",
    ],
)
def test_names_set_after_a_counted_plural_are_its_projects_each_in_its_own_place(read, text):
    mines = read(text)
    assert [(m["name"], m["type"], m["region"]) for m in mines] == [
        ("Aktogay copper mine", "mining", "Abai"),
        ("Bozshakol copper mine", "mining", "Pavlodar"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Two new wind farms, Chinese-built and grid-connected, started up in Zhambyl region.",
        "The two wind farms in Zhambyl and Turkistan regions started up last week.",
    ],
)
def test_words_after_a_counted_plural_that_name_nothing_give_no_names(read, text):
    assert all(p["name"] is None for p in read(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Taldy-Bulak Levoberezhny gold mine in Kemin district is Kyrgyzstan's largest Chinese-operated "
        "mine.",
        "The 100 MW Zhanatas wind farm in Zhambyl region has become Kazakhstan's largest wind farm.",
        "The Aktogay copper mine in Abai region remains the country's biggest mine built by a Chinese firm.",
    ],
)
def test_a_superlative_said_of_a_facility_is_that_facility(read, text):
    (project,) = read(text)
    assert project["name"] is not None and project["region"] in ("Chuy", "Zhambyl", "Abai")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The sides agreed to build Line D of the Turkmenistan – China gas pipeline. Turkmenistan is "
            "also implementing the Turkmenistan - Afghanistan - Pakistan - India (TAPI) gas pipeline with "
            "a capacity of 33 bcm a year.",
            "Turkmenistan - Afghanistan - Pakistan - India gas pipeline",
        ),
        (
            "The Central Asia-China gas pipeline carries Turkmen gas. Ashgabat also pushes the "
            "Turkmenistan – Afghanistan – Pakistan – India gas pipeline, designed for 33 bcm a year.",
            "Turkmenistan - Afghanistan - Pakistan - India gas pipeline",
        ),
        (
            "The Central Asia-China gas pipeline carries Turkmen gas. The Kazakhstan – China oil pipeline "
            "can carry 33 bcm a year.",
            "Kazakhstan - China oil pipeline",
        ),
        (
            "The Turkmenistan – China main gas pipeline has carried 470 bcm since 2009. Turkmenistan is also "
            "building the Turkmenistan – Afghanistan – Pakistan – India (TAPI) gas pipeline, 33 bcm a year.",
            "Turkmenistan - Afghanistan - Pakistan - India gas pipeline",
        ),
    ],
)
def test_a_route_of_countries_written_with_spaced_dashes_names_a_pipeline_of_its_own(read, text, name):
    named = {p["name"]: p["capacities"] for p in read(text)}
    assert named[name] == [("annual_volume", 3.3e10)]


@pytest.mark.parametrize(
    "text",
    [
        "PetroChina finished the Beineu-Shymkent gas pipeline last year. Its first gas processing plant "
        "there, with a design capacity of 6 billion cubic metres a year, went on stream this week.",
        "The Beineu-Shymkent gas pipeline was completed in 2015. The compressor station, able to pump "
        "6 billion cubic metres a year, followed in 2017.",
        "The Beineu-Shymkent gas pipeline was completed in 2015. A gas processing plant for 6 billion cubic "
        "metres a year now feeds the pipeline.",
    ],
)
def test_a_plant_is_not_the_pipeline_it_serves(read, text):
    pipeline, plant = read(text)
    assert (pipeline["name"], pipeline["capacities"]) == ("Beineu-Shymkent gas pipeline", [])
    assert plant["capacities"] == [("annual_volume", 6e9)]


def test_the_project_may_still_be_the_pipeline(read):
    (pipeline,) = read(
        "The Beineu-Shymkent gas pipeline will cost $2 billion. The project will carry 6 billion cubic "
        "metres a year."
    )
    assert pipeline["capacities"] == [("annual_volume", 6e9)]


def test_a_project_whose_contract_was_signed_and_that_envisages_a_plant_is_the_field_spoken_of(read):
    (field,) = read(
        "CNPC reported on the third stage of the development of the Galkynysh gas field in Mary velayat. The "
        "project, the contract for which was signed in January, envisages the construction of a gas "
        "processing plant with a capacity of 10 billion cubic meters of gas per year."
    )
    assert (field["name"], field["capacities"]) == ("Galkynysh gas field", [("annual_volume", 1e10)])


def test_a_complex_producing_pvc_at_its_site_in_a_town_is_a_chemical_plant_there(read):
    (plant,) = read(
        "Navoiyazot JSC has put into operation a complex producing polyvinyl chloride (PVC) and caustic soda "
        "at its site in Navoi, Navoi region."
    )
    assert (plant["type"], plant["region"], plant["status"]) == ("chemical", "Navoi", "operating")


def test_a_plant_at_a_deposit_stands_there_and_the_deposit_is_no_project(read):
    (plant,) = read(
        "Construction of a 300 MW coal-fired thermal power plant at the Fon-Yagnob coal deposit in Ayni "
        "district of Sughd region has been suspended."
    )
    assert (plant["type"], plant["region"], plant["capacities"]) == (
        "thermal",
        "Sughd",
        [("installed_power", 300.0)],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Zijin launched a gold plant in Talas region on Monday. The plant, built at the Kumbel deposit, is "
        "designed to process 2 million tonnes of ore a year.",
        "Zijin launched a gold plant in Talas region on Monday. The plant located on the Kumbel deposit will "
        "process 2 million tonnes of ore a year.",
        "The delegation visited the Kumbel gold deposit in Talas region, where Zijin is building a "
        "processing plant with a capacity of 2 million tonnes of ore per year.",
    ],
)
def test_a_plant_that_stands_at_a_named_deposit_is_one_project(read, text):
    (plant,) = read(f"title: t\n\n{text}\n")
    assert (plant["type"], plant["region"], plant["capacities"]) == (
        "mining",
        "Talas",
        [("annual_output", 2000000.0)],
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said nine small HPPs with a total capacity of about 60 MW had been put into operation "
        "in the country this year.",
        "Five solar plants with a combined capacity of 400 MW were commissioned nationwide in 2023.",
    ],
)
def test_a_group_counted_with_its_total_and_no_place_is_a_statistic(read, sentence):
    assert read(f"title: t\n\n{sentence}\n") == []


def test_three_plants_with_a_total_at_a_place_are_projects(read):
    text = "Three solar plants with a total capacity of 300 MW will be built in Navoi region."
    assert [p["region"] for p in read(f"title: t\n\n{text}\n")] == ["Navoi"]


@pytest.mark.parametrize(
    "second",
    [
        "Two hydroelectric units of 12.5 MW each were supplied by Harbin Electric Machinery.",
        "Harbin Electric Machinery supplied two hydroelectric units of 12.5 MW each.",
    ],
)
def test_counted_units_after_a_plant_are_its_parts_and_their_supplier_its_party(read, second):
    opening = "The 25 MW Kara-Suu hydropower plant in Talas region was launched."
    (plant,) = read(f"title: t\n\n{opening} {second}\n")
    assert plant["capacities"] == [("installed_power", 25.0)]
    assert plant["participants"]["Harbin Electric Machinery"] == "supplier"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A complex of oil refineries will be built in Balkan region.", "oil_refinery"),
        ("The Turkmenbashi complex of oil refineries will raise its gasoline output.", "oil_refinery"),
        ("A cascade of hydropower plants will be built on the Naryn river in Naryn region.", "hydro"),
    ],
)
def test_a_typeless_whole_takes_the_kind_of_its_members(read, text, kind):
    (project,) = read(f"title: t\n\nA urea complex opened in Dashoguz region.\n\n{text}\n")[1:]
    assert project["type"] == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Together the existing plants can produce some 2 million tonnes of urea annually.",
        "The plants produced 2 million tonnes of urea last year.",
    ],
)
def test_a_plural_after_one_plant_is_not_that_plant(read, sentence):
    opening = "The Garabogaz urea plant in Balkan region can make 1.1 million tonnes a year."
    (plant,) = read(f"title: t\n\n{opening} {sentence}\n")
    assert plant["capacities"] == [("annual_output", 1100000.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Turkmenbashi complex of oil refineries published the news on its website.",
        "The Navoi mining complex said the deal was signed on Monday.",
    ],
)
def test_a_facility_that_tells_the_news_is_no_project(read, sentence):
    assert read(f"title: t\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    "second",
    [
        "The gas-to-gasoline plant at Ovadandepe in Ahal velayat produced a record volume last year.",
        "The gas plant in Ahal velayat produced a record volume last year.",
    ],
)
def test_a_definite_plant_placed_elsewhere_is_not_the_last_one(read, second):
    text = f"A gas treatment plant is under construction in Mary velayat.\n\n{second}\n"
    assert [p["region"] for p in read(f"title: t\n\n{text}")] == ["Mary", "Ahal"]


def test_a_definite_plant_placed_where_an_earlier_one_stands_is_that_one(read):
    text = (
        "Datang will build solar plants of 200 MW and 300 MW in Samarkand and Jizzakh regions, "
        "respectively. Universal Energy will build a wind farm of 1,000 MW in Karakalpakstan.\n\n"
        "The president asked to ensure the launch of the power plant in Jizzakh region this year.\n"
    )
    assert [(p["type"], p["region"]) for p in read(f"title: t\n\n{text}")] == [
        ("solar", "Samarkand"),
        ("solar", "Jizzakh"),
        ("wind", "Karakalpakstan"),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Sinopec is studying a methanol-to-olefins plant at Karakul in Bukhara region.", "chemical"),
        ("A gas-to-gasoline plant opened at Ovadandepe in Ahal velayat.", "oil_refinery"),
        ("Sasol is weighing a coal-to-liquids plant in Pavlodar region.", "chemical"),
        ("The Oltin Yo'l GTL plant in Kashkadarya region is due to be commissioned this year.", "chemical"),
        ("A coke plant of 250,000 tonnes a year will be built near Rabot in Sughd region.", "chemical"),
        ("The Karaganda coking plant will be modernised.", "chemical"),
    ],
)
def test_a_conversion_plant_is_known_by_what_it_makes(read, text, kind):
    (plant,) = read(f"title: t\n\n{text}\n")
    assert plant["type"] == kind


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("A methanol plant will be built at Karakul in Bukhara region.", "Bukhara"),
        ("A 50 MW solar plant will be built near Karakul in Jalal-Abad region.", "Jalal-Abad"),
    ],
)
def test_a_town_two_regions_share_is_placed_by_the_region_named(read, text, region):
    (plant,) = read(f"title: t\n\n{text}\n")
    assert (plant["locality"], plant["region"]) == ("Karakul", region)


def test_a_ranked_lists_items_are_their_headings_facilities(read):
    text = (
        "The decade's top projects\n\n"
        "10. Kara-Balta refinery, Kyrgyzstan\n"
        "Zhongda China Petrol's 800,000 t/y refinery opened in 2014.\n\n"
        "9. Angren TPP, Uzbekistan\n"
        "A 150 MW coal-fired unit built by CNEEC for Uzbekenergo, running since 2016.\n\n"
        "Project | Capacity | Investor\n"
        "Angren TPP (UZ) | 150 MW | Thermal Power Plants JSC\n"
    )
    projects = read(text)
    assert [(p["name"], p["country"], set(p["capacities"])) for p in projects] == [
        ("Kara-Balta refinery", "KG", {("annual_output", 800000.0)}),
        ("Angren TPP", "UZ", {("installed_power", 150.0)}),
    ]


@pytest.mark.parametrize(("first", "second"), [("(I)", "(II)"), ("I.", "II."), ("(a)", "(b)"), ("1)", "2)")])
def test_a_filings_numbered_sections_name_the_facility_their_paragraphs_tell_of(read, first, second):
    text = (
        "Announcement on major contracts\n\n"
        "The Company signed EPC contracts for the Zhanatas Wind Farm and the Shelek Wind Farm.\n\n"
        f"{first} Zhanatas Wind Farm, Kazakhstan\n"
        "The project is located in Zhambyl region. The wind farm will install 40 turbines with a total "
        "capacity of 100 MW.\n\n"
        f"{second} Shelek Wind Farm, Kazakhstan\n"
        "The project is located in Almaty region. The wind farm will have 50 MW.\n"
    )
    projects = {p["name"]: (p["region"], p["capacities"]) for p in read(text)}
    assert projects["Zhanatas Wind Farm"] == ("Zhambyl", [("installed_power", 100.0), ("unit_count", 40.0)])
    assert projects["Shelek Wind Farm"] == ("Almaty Region", [("installed_power", 50.0)])


@pytest.mark.parametrize("reference", ["Project 2", "Project No. 2"])
def test_a_project_called_by_its_rows_number_is_that_rows_project(read, reference):
    text = (
        "Major projects signed in the quarter:\n\n"
        "| No. | Project | Amount |\n|---|---|---|\n"
        "| 1 | Northwind 100 MW Wind Power Project EPC | 9.87 |\n"
        "| 2 | Sunrise 200 MW Photovoltaic Project EPC | 12.10 |\n\n"
        f"Notes: {reference.replace('2', '1')} is owned by Samruk-Energy. {reference} is owned by ACWA "
        "Power.\n"
    )
    owners = {p["type"]: p["participants"] for p in read(text)}
    assert owners == {"wind": {"Samruk-Energy": "owner"}, "solar": {"ACWA Power": "owner"}}


@pytest.mark.parametrize(
    "sentence",
    [
        "China Energy will build a 500 MW photovoltaic plus 250 MW/500 MWh energy storage project in "
        "Samarkand region.",
        "A solar plus storage project of 500 MW will be built in Samarkand region.",
    ],
)
def test_a_plant_plus_its_storage_is_of_the_plants_kind(read, sentence):
    (project,) = read(sentence)
    assert (project["type"], project["capacities"]) == ("solar", [("installed_power", 500.0)])


def test_a_misspelt_name_placed_only_by_its_paragraph_is_the_plant_named_before(read):
    text = (
        "Tajikistan's TBEA is building the Dushanbe-2 CHP plant in Dushanbe.\n\nTBEA was offered a deposit "
        "in Ayni district of Sughd region. It will be paid for the Dusahnbe-2 CHP plant with the deposit.\n"
    )
    assert [(p["type"], p["region"]) for p in read(f"title: t\n\n{text}")] == [
        ("thermal", "Dushanbe"),
        ("mining", "Sughd"),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "The contract, signed in Tashkent on Wednesday, covers a new gas separation unit, a 280,000 tpa "
        "polyethylene line and a 100,000 tpa polypropylene unit.",
        "The deal also includes a 100,000 tpa polypropylene unit.",
    ],
)
def test_the_units_a_contract_covers_are_parts_of_the_plant(read, second):
    opening = (
        "Wison will expand the Shurtan gas chemical complex in Kashkadarya region under an EPC contract."
    )
    (plant,) = read(f"title: t\n\n{opening} {second}\n")
    assert (plant["name"], plant["capacities"]) == ("Shurtan gas chemical complex", [])


def test_a_part_a_contract_covers_keeps_its_figure_whatever_country_is_named(read):
    text = (
        "Wison will expand the Shurtan gas chemical complex in Kashkadarya region of Uzbekistan under an EPC "
        "contract. The deal also includes a 100,000 tpa polypropylene unit."
    )
    (plant,) = read(f"title: t\n\n{text}\n")
    assert (plant["country"], plant["capacities"]) == ("UZ", [])


def test_a_plant_a_contract_covers_is_a_project_of_its_own(read):
    text = (
        "Wison will expand the Shurtan gas chemical complex in Kashkadarya region. The contract also covers "
        "a 100 MW solar plant in Navoi region."
    )
    assert [p["type"] for p in read(f"title: t\n\n{text}\n")] == ["chemical", "solar"]


@pytest.mark.parametrize(
    "headline",
    [
        "Uzbekistan: Harbin wins Navoi thermal plant",
        "Harbin clinches Navoi thermal plant deal",
        "Uzbekistan - Harbin Electric bags Navoi thermal plant",
    ],
)
def test_a_headlines_verb_does_not_start_the_name(read, headline):
    projects = read(f"Weekly roundup.\n\n1. {headline}\n\nThe 650 MW plant is due in 2027.")
    assert [p["name"] for p in projects if p["type"] == "thermal"][:1] == ["Navoi thermal plant"]


@pytest.mark.parametrize(
    "heading",
    ["3. KAZAKHSTAN: SECOND EKIBASTUZ PLANT STARTS UP", "SECOND EKIBASTUZ COAL PLANT STARTS UP"],
)
def test_a_heading_in_capitals_names_nothing(read, heading):
    projects = read(
        f"Weekly roundup.\n\n{heading}\n\nThe second coal-fired power plant in Ekibastuz was commissioned."
    )
    assert [(p["name"], p["locality"]) for p in projects] == [(None, "Ekibastuz")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Aktau plant will produce 400,000 tonnes of bitumen a year.", "oil_refinery"),
        ("A new plant in Atyrau will make 300,000 tons of road bitumen per year.", "oil_refinery"),
        ("A seawater desalination plant built by CAMCE at Aktau has begun trial runs.", "other"),
        ("The Kenderli desalination plant in Mangystau region was commissioned.", "other"),
    ],
)
def test_kinds_told_by_product_or_purpose(read, text, kind):
    assert [p["type"] for p in read(text)] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Workers are bolting solar panels onto steel frames near Balykchy. The 400 MW plant will be the "
            "largest in Kyrgyzstan.",
            "solar",
        ),
        (
            "Crews are installing wind turbines on the steppe near Zhanatas. The 100 MW plant will be "
            "finished in May.",
            "wind",
        ),
    ],
)
def test_a_typeless_plant_takes_the_kind_of_the_equipment_just_spoken_of(read, text, kind):
    assert [(p["type"], p["capacities"][0][0]) for p in read(text)] == [(kind, "installed_power")]


def test_equipment_of_two_kinds_tells_a_typeless_plant_nothing(read):
    text = (
        "Wind turbines and solar panels arrived in Zhambyl region. The 100 MW plant will be finished in May."
    )
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "KEGOC will build a 500-kV line in Pavlodar region.",
        "KEGOC will build a 500-kilovolt line in Pavlodar region.",
        "KEGOC will build a 220 kilovolt line in Pavlodar region.",
    ],
)
def test_a_line_sized_in_kilovolts_is_a_transmission_line(read, text):
    assert [(p["type"], p["region"]) for p in read(text)] == [("transmission", "Pavlodar")]


@pytest.mark.parametrize(
    "text",
    [
        'Analysts are wary. "The question is whether the grid can absorb 1.8 gigawatts of new solar."',
        "The national grid of Kazakhstan lacks 2 GW of flexible capacity.",
    ],
)
def test_the_grid_a_size_is_said_of_is_the_system_not_a_project(read, text):
    assert read(text) == []


def test_works_on_a_placed_grid_are_a_project(read):
    text = "KEGOC will modernise the power grid in Turkistan region."
    assert [(p["type"], p["region"]) for p in read(text)] == [("transmission", "Turkistan")]


@pytest.mark.parametrize(
    "text",
    [
        "The failure hit the Bishkek Combined Heat and Power Plant, or CHP, which TBEA modernised in 2017.",
        "TBEA modernised the Bishkek thermal power plant (or CHP) in 2017.",
        "TBEA modernised the Bishkek thermal power plant, also known as the CHP, in 2017.",
    ],
)
def test_another_name_after_or_is_the_same_facility(read, text):
    (project,) = read(text)
    assert (project["locality"], project["type"]) == ("Bishkek", "thermal")


@pytest.mark.parametrize(
    "second",
    [
        "The Kokomeren cascade would have a combined capacity of 210 MW.",
        "The Kokomeren hydropower cascade is to cost $540 million.",
    ],
)
def test_a_facility_later_named_for_the_river_it_was_put_on_is_the_same(read, second):
    text = (
        "Kyrgyzstan's NEHC agreed with CET to build a cascade of three hydropower plants on the Kokomeren "
        "river in Jumgal district, Naryn region. " + second
    )
    (project,) = read(text)
    assert (project["type"], project["region"]) == ("hydro", "Naryn")


@pytest.mark.parametrize("opening", ["Once complete, ", "According to CPIH, ", ""])
def test_a_projects_name_as_subject_after_an_opening_phrase_speaks_of_it(read, opening):
    text = f"CPIH is building the 300 MW Shelek wind farm. {opening}Shelek is to generate 1.05 TWh a year."
    (farm,) = read(text)
    assert farm["capacities"] == [("annual_generation", 1050000.0), ("installed_power", 300.0)]


@pytest.mark.parametrize(
    "text",
    [
        "CNPC co-owns the refinery in Shymkent, one of Kazakhstan's three major refineries.",
        "CNPC co-owns with KMG the refinery in the southern city of Shymkent, one of the country's three "
        "big refineries, which was modernised in 2018.",
    ],
)
def test_a_town_one_of_a_countrys_counted_plants_sites_the_facility_before_it(read, text):
    (refinery,) = read(text)
    assert (refinery["type"], refinery["locality"]) == ("oil_refinery", "Shymkent")


@pytest.mark.parametrize(
    "text",
    [
        "The Kazakhstan Aluminium Smelter in Pavlodar produces 250,000 tonnes of aluminium a year.",
        "NFC built the Kazakhstan Aluminium Smelter in the city of Pavlodar, which makes 250,000 tons of "
        "aluminium a year.",
    ],
)
def test_a_company_named_by_its_plant_and_spoken_of_with_the_is_that_plant(read, text):
    (smelter,) = read(text)
    assert (smelter["type"], smelter["region"], smelter["capacities"]) == (
        "smelter",
        "Pavlodar",
        [("annual_output", 250000.0)],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ulba-FA is 51 percent owned by Kazatomprom's subsidiary Ulba Metallurgical Plant.",
        "The deal was signed by the Almalyk Mining and Metallurgical Complex and a Chinese bank.",
    ],
)
def test_a_company_named_by_a_plant_as_a_party_is_no_project(read, text):
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 200 MW solar park will rise near the village of Kentau, together with a substation connecting "
            "the plant to the grid near the town of Turkistan.",
            ("solar", "Kentau"),
        ),
        (
            "A 100 MW wind farm will be built near the village of Kordai, with a line connecting the station "
            "to the grid near the town of Shu.",
            ("wind", "Kordai"),
        ),
    ],
)
def test_the_plant_or_station_after_a_farm_or_park_is_that_facility(read, text, expected):
    assert [(p["type"], p["locality"]) for p in read(text)] == [expected]


@pytest.mark.parametrize(
    "later",
    [
        "Outputs: Wind farm of 130 MW constructed and commissioned.",
        "Construction of wind farm with capacity of 130 MW will start in spring.",
    ],
)
def test_a_facility_written_without_an_article_is_the_one_named_before(read, later):
    text = f"A 130 MW wind farm will be built near the village of Shokpar in Zhambyl region.\n\n{later}"
    farms = [(p["locality"], p["capacities"][0]) for p in read(text)]
    assert farms == [("Shokpar", ("installed_power", 130.0))]


@pytest.mark.parametrize(
    "text",
    [
        "Near Almaty there is a field of blue panels: this is the Kapchagay solar plant. 2 MW, 8,640 panels "
        "made in China.",
        "Beyond a field of sunflowers stands the Kapchagay solar plant, 2 MW on 8,640 panels.",
    ],
)
def test_a_field_of_things_is_no_oil_field(read, text):
    (plant,) = read(text)
    assert (plant["type"], plant["capacities"]) == (
        "solar",
        [("installed_power", 2.0), ("unit_count", 8640.0)],
    )


def test_a_field_of_a_company_stays_a_field(read):
    (field,) = read("The Kashagan field of NCOC will raise output to 450,000 barrels a day.")
    assert field["type"] == "oil_gas"


@pytest.mark.parametrize(
    "text",
    [
        "A 300 MW solar plant will stand near Lake Balkhash.",
        "The 300 MW solar plant will feed a desalination unit on the shore of Lake Balkhash.",
    ],
)
def test_a_lake_named_after_a_town_places_no_project_in_the_town(read, text):
    (plant,) = read(text)
    assert (plant["locality"], plant["region"]) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "The Balkhash thermal power plant will stand near the village of Ulken in Zhambyl district of Almaty "
        "region.",
        "The Balkhash thermal power plant, in Zhambyl district of Almaty region near the village of Ulken, "
        "will have two 660 MW units.",
    ],
)
def test_a_plant_named_after_a_town_of_another_region_stands_in_the_village_named_with_its_region(read, text):
    (plant,) = read(text)
    assert (plant["locality"], plant["region"]) == ("Ulken", "Almaty Region")


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Near the village of Ushbulak, Universal Energy is building a 100 MW wind farm.", None),
        ("In May, near the village of Ushbulak, Universal Energy began building a 100 MW wind farm.", None),
        (
            "In Zhambyl region, in the settlement of Ushbulak, Universal Energy will build a 100 MW wind "
            "farm.",
            "Zhambyl",
        ),
        (
            "The tour went on to Shu district. Near the village of Ushbulak, Universal Energy is building a "
            "100 MW wind farm.",
            "Zhambyl",
        ),
    ],
)
def test_a_village_the_sentence_opens_with_is_the_site_of_the_facility_after_it(read, text, region):
    (farm,) = read(text)
    assert (farm["locality"], farm["region"]) == ("Ushbulak", region)


@pytest.mark.parametrize(
    "text",
    [
        "The borrower, Shokpar Wind Power LLP, will build a 130 MW wind farm near the village of Shokpar.",
        "Shokpar Wind Power LLP signed the PPA. The 130 MW wind farm stands in Shokpar village.",
    ],
)
def test_a_village_a_company_is_named_after_is_the_farms_site(read, text):
    (farm,) = read(text)
    assert (farm["locality"], list(farm["participants"])) == ("Shokpar", ["Shokpar Wind Power LLP"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'In Tolebi district of Turkistan region the wind power plant "Kaskasu" of 100 MW was put into '
            "operation.",
            "Kaskasu plant",
        ),
        ('The HPP "Kambarata-1" will have a capacity of 1,860 MW.', "Kambarata-1 HPP"),
        ('Sinohydro is building the hydropower station "Kazarman" on the Naryn river.', "Kazarman station"),
    ],
)
def test_a_name_in_quotes_after_the_facility_noun_is_its_name(read, text, name):
    assert [p["name"] for p in read(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "China Power signed a memorandum on a 500 MW wind and solar hybrid power plant near Sholakkorgan in "
        "Turkistan region.",
        "Masdar will build a 300 MW hybrid wind and solar plant in Bukhara region.",
    ],
)
def test_a_hybrid_of_two_kinds_is_one_plant(read, text):
    assert len(read(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "A plant producing 100,000 tonnes of caustic soda a year will be built on the basis of the "
        "Khodjaikon rock salt deposit in Boysun district.",
        "Xinjiang Zhongtai will build a caustic soda plant in Boysun district based on the Khodjaikon salt "
        "deposit.",
    ],
)
def test_the_deposit_a_plant_is_based_on_is_its_setting_not_a_project(read, text):
    assert [(p["type"], p["locality"]) for p in read(text)] == [("chemical", "Boysun")]


def test_a_textile_cluster_is_a_plant(read):
    text = (
        "The resolution provides for a cotton-textile cluster in Denau district of Surkhandarya region by "
        'LLC "Denov Textile Cluster". The complex will produce 25,000 tonnes of cotton yarn a year.'
    )
    assert [(p["type"], p["locality"], p["capacities"]) for p in read(text)] == [
        ("manufacturing", "Denau", [("annual_output", 25000.0)])
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Shandong Hengxin Chemical is building a chemical plant in Zhanatas. Jambyl Cement will expand "
            "its plant in the village of Mynaral to 2.4 million tonnes of cement a year.",
            "manufacturing",
        ),
        (
            "A wind farm is planned in Zhanatas. Kazakhmys will build a plant near Balkhash producing "
            "300,000 tons of copper cathode a year.",
            "smelter",
        ),
        (
            "In Tajikistan, a wind farm is planned. TALCO Chemical operates a plant in Yovon district of "
            "Khatlon region, which produces 30,000 tonnes of cryolite and aluminium fluoride a year.",
            "chemical",
        ),
        (
            "A wind farm is planned in Zhanatas. Xingfa signed an agreement on a plant for the production of "
            "sodium tripolyphosphate with a capacity of 100 thousand tonnes per year in Taraz.",
            "chemical",
        ),
        (
            "A wind farm is planned in Zhanatas. EuroChem will build a plant in Zhambyl region that will "
            "produce 500,000 tonnes of phosphoric acid a year.",
            "chemical",
        ),
    ],
)
def test_a_plants_kind_is_what_its_own_figure_makes(read, text, kind):
    assert [p["type"] for p in read(text)][-1] == kind


@pytest.mark.parametrize(
    "later",
    [
        "The Pakrut mine is developed by Pakrut LLC.",
        "Output at the Pakrut gold mine will reach 3 tonnes of gold a year.",
    ],
)
def test_one_name_with_or_without_its_kind_word_is_one_facility(read, later):
    text = f"In Tajikistan, the Pakrut gold mine in Vahdat city was commissioned. {later}"
    assert [(p["name"], p["locality"]) for p in read(text)] == [("Pakrut gold mine", "Vahdat")]


@pytest.mark.parametrize(
    "text",
    [
        "The largest of the projects, a 200 MW / 400 MWh station in Kattakurgan district of Samarkand "
        "region, is developed by China Huadian.",
        "Huadian will build a 150 MW/300 MWh facility in Quva district of Fergana region.",
    ],
)
def test_power_beside_the_energy_it_holds_is_storage(read, text):
    assert [(p["type"], p["capacities"][0][0]) for p in read(text)] == [("storage", "installed_power")]


def test_an_aromatics_complex_making_benzene_is_chemical(read):
    text = (
        "SEG also built the Atyrau refinery's aromatics complex, commissioned in 2016, which can produce "
        "133,000 tpy of benzene and 496,000 tpy of paraxylene."
    )
    assert [(p["type"], p["capacities"]) for p in read(text) if p["type"] == "chemical"] == [
        ("chemical", [("annual_output", 133000.0), ("annual_output", 496000.0)])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In Lebap province, the first gas processing plant, with a capacity of 5 billion cubic meters, was "
        "completed in 2009, and the second, able to process 9 billion cubic meters a year, went into "
        "operation in 2014.",
        "The first gas processing plant in Lebap province processes 5 billion cubic meters a year. The "
        "second gas processing plant opened in 2014 with 9 billion cubic meters a year.",
    ],
)
def test_the_second_after_the_first_is_another_plant_at_its_site(read, text):
    assert [(p["region"], p["capacities"]) for p in read(text)] == [
        ("Lebap", [("annual_volume", 5e9)]),
        ("Lebap", [("annual_volume", 9e9)]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Now PowerChina and Energy China have quietly assembled a pipeline of dams in Kyrgyzstan.",
        "The developer has a pipeline of solar plants in Uzbekistan.",
    ],
)
def test_a_pipeline_of_plans_is_no_pipeline(read, text):
    assert read(text) == []


def test_a_countrys_market_places_no_project_there(read):
    text = "QazaqGaz sold 3 billion yuan of bonds in China's interbank market to fund a gas pipeline upgrade."
    assert [(p["type"], p["country"]) for p in read(text)] == [("oil_gas", "KZ")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TALCO Gold operates the Upper Kumarg gold project in the Ayni district of Sughd region, which "
            "groups the Upper Kumarg and Eastern Duoba deposits.",
            [("Upper Kumarg gold project", "Sughd")],
        ),
        (
            "Kazakhmys runs the Aktogay mining complex in Abai region, which includes a concentrator and a "
            "mine.",
            [("Aktogay mining complex", "Abai")],
        ),
    ],
)
def test_what_a_project_groups_or_includes_is_its_part(read, text, expected):
    assert [(p["name"], p["region"]) for p in read(text)] == expected


def test_the_plants_an_industrial_complex_includes_are_projects(read):
    text = (
        "East Hope signed an agreement on an integrated industrial complex near Ekibastuz in Pavlodar "
        "region, which includes an aluminium smelter of 1 million tonnes a year and a coal-fired power "
        "plant of 2,640 MW."
    )
    assert [(p["type"], p["capacities"]) for p in read(text)] == [
        ("smelter", [("annual_output", 1000000.0)]),
        ("thermal", [("installed_power", 2640.0)]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The only producer of primary aluminium is Kazakhstan Aluminium Smelter JSC (KAS) in "
            "Pavlodar, part "
            "of ERG, with a design capacity of 250,000 tons a year.",
            ("smelter", "Pavlodar", [("annual_output", 250_000.0)]),
        ),
        (
            "Atyrau Refinery LLP, with a capacity of 5.5 million tonnes of oil a year, is owned by "
            "KazMunayGas.",
            ("oil_refinery", "Atyrau", [("annual_output", 5_500_000.0)]),
        ),
        (
            "Bayterek Cement Plant LLP in Shymkent can produce 1.2 million tonnes of cement a year.",
            ("manufacturing", "Shymkent", [("annual_output", 1_200_000.0)]),
        ),
    ],
)
def test_a_company_named_by_its_plant_and_sized_is_that_plant(read, text, expected):
    [plant] = read(text)
    assert (plant["type"], plant["locality"], plant["capacities"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kokshetau CHP LLP signed a contract with PowerChina in Astana.",
        "Atyrau Refinery LLP paid 12 billion tenge in taxes.",
    ],
)
def test_a_company_named_by_its_plant_and_not_sized_is_a_company(read, text):
    assert read(text) == []


@pytest.mark.parametrize(
    "field",
    ["Total project cost: approximately USD 1.84 billion.", "Overall project value: about $1.8 billion."],
)
def test_a_fields_capitalised_quantifier_names_no_project(read, field):
    text = f"ACWA Power signed a PPA for the 1,500 MW Aral wind project in Kungrad district. {field}"
    assert [p["name"] for p in read(text)] == ["Aral wind project"]


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese side confirmed its interest in expanding cooperation in renewable energy, grid "
        "infrastructure and power equipment manufacturing.",
        "The sides discussed cooperation in the fields of mining, oil refining and chemical production.",
        "Both countries agreed to deepen cooperation in hydropower and transmission lines.",
    ],
)
def test_fields_of_cooperation_are_no_projects(read, text):
    assert read(text) == []


def test_a_facility_of_cooperation_is_a_project(read):
    [farm] = read("The sides discussed cooperation on a 300 MW wind farm in Zhambyl region.")
    assert (farm["type"], farm["region"]) == ("wind", "Zhambyl")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The chairman inspected the construction site of a lead smelter designed for 50,000 tonnes "
            "of lead a "
            "year in Mastchoh district.",
            ("smelter", "Mastchoh", [("annual_output", 50_000.0)]),
        ),
        (
            "The akim visited the site of a new cement plant of 1 million tonnes a year in Mastchoh "
            "district.",
            ("manufacturing", "Mastchoh", [("annual_output", 1_000_000.0)]),
        ),
    ],
)
def test_the_site_of_a_facility_is_that_facility(read, text, expected):
    [plant] = read(text)
    assert (plant["type"], plant["locality"], plant["capacities"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It has completed the expansion project of the 500 kV Ekibastuz substation in Pavlodar region.",
            ("transmission", "Pavlodar", "Ekibastuz", "operating", []),
        ),
        (
            "The modernisation project of the Shymkent refinery was finished in 2018.",
            ("oil_refinery", "Shymkent", "Shymkent", "operating", []),
        ),
        (
            "China Energy won the construction project of a 100 MW solar plant in Arys.",
            ("solar", "Turkistan", "Arys", "announced", [("installed_power", 100.0)]),
        ),
    ],
)
def test_the_project_of_a_facility_is_that_facility(read, text, expected):
    [plant] = read(text)
    read_back = (plant["type"], plant["region"], plant["locality"], plant["status"], plant["capacities"])
    assert read_back == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "- Zhongfa Carbon LLP – production of calcined petroleum coke, 100,000 tonnes a year, in "
            "operation "
            "since 2022;",
            ("manufacturing", "operating", [("annual_output", 100_000.0)], {"Zhongfa Carbon LLP": "partner"}),
        ),
        (
            "- Qazaq Polymer LLP: production of polypropylene, 500,000 tonnes per year, under construction;",
            ("chemical", "construction", [("annual_output", 500_000.0)], {"Qazaq Polymer LLP": "partner"}),
        ),
        (
            "– organisation of the production of copper rod and wire, 30,000 tonnes per year "
            "(construction began "
            "in March);",
            ("manufacturing", "construction", [("annual_output", 30_000.0)], {}),
        ),
    ],
)
def test_a_listed_production_with_a_yearly_output_is_a_plant(read, item, expected):
    [plant] = read(f"Projects of the Pavlodar special economic zone:\n\n{item}\n")
    assert (plant["type"], plant["status"], plant["capacities"], plant["participants"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan's production of copper reached 500,000 tonnes a year in 2023.",
        "- Copper: production of 500,000 tonnes a year, up 4%;",
        "- KAZ Minerals – production of copper in concentrate rose to 300,000 tonnes a year;",
    ],
)
def test_a_countrys_or_a_companys_production_is_no_plant(read, text):
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        ("The agency chose CNNC to build the country's second nuclear power plant.", "nuclear", "KZ"),
        ("Rosatom leads the consortium that builds Kazakhstan's first nuclear power plant.", "nuclear", "KZ"),
        ("The region's first waste-to-energy plant will be built next year.", "waste_to_energy", "KZ"),
        ("Tashkent wants Uzbekistan's third hydropower plant on the river ready by 2030.", "hydro", "UZ"),
    ],
)
def test_a_facility_a_place_ranks_is_a_project(read, text, kind, country):
    assert [(p["type"], p["country"]) for p in read(text)] == [(kind, country)]


def test_a_place_ranking_plants_in_the_plural_names_no_project(read):
    assert read("The country's first wind farms were small.") == []


@pytest.mark.parametrize(
    "text",
    [
        "CNPC runs two gas processing plants in Lebap: the first, with a capacity of 5 billion cubic meters "
        "a year, opened in 2009, and the second, with a capacity of 9 billion cubic meters, in 2014.",
        "The company has built two gas processing plants - the first was designed for 5 billion cubic "
        "meters a year, the second is able to treat 9 billion cubic meters a year.",
    ],
)
def test_ordinals_counting_off_a_counted_plural_are_its_facilities(read, text):
    projects = read(text)
    assert [(p["type"], p["capacities"]) for p in projects] == [
        ("oil_gas", [("annual_volume", 5e9)]),
        ("oil_gas", [("annual_volume", 9e9)]),
    ]


def test_ordinals_that_do_not_count_off_the_plural_leave_it_alone(read):
    plural = "Two wind farms of 100 MW each were built in Zhambyl and Turkistan regions"
    assert read(f"{plural}; the first opened in 2020.") == read(f"{plural}.")


@pytest.mark.parametrize(
    "later",
    [
        "The field now has an annual output of about 500 million cubic meters of gas.",
        "At its peak this field will produce about 500 million cubic meters of gas a year.",
    ],
)
def test_the_field_alone_points_back_to_the_field_named(read, later):
    (project,) = read(f"Guanghui Energy develops the Sarybulak gas field in East Kazakhstan region. {later}")
    assert (project["name"], project["capacities"]) == ("Sarybulak gas field", [("annual_volume", 5e8)])


def test_the_field_of_an_industry_is_no_field(read):
    projects = read("Kazakhstan and China will cooperate in the field of renewable energy.")
    assert projects == []


@pytest.mark.parametrize(
    "beside",
    [
        "The neighbouring refinery of Zhongda Petrol Company (500 thousand t/year) has stood idle.",
        "A nearby refinery of Zhongda Petrol Company, with 500,000 tonnes a year, has stood idle since 2022.",
        "The adjacent refinery, owned by Zhongda Petrol Company, processes 500,000 tonnes a year.",
    ],
)
def test_a_facility_beside_the_one_named_is_another_at_its_place(read, beside):
    projects = read(
        f"The Junda refinery in Kara-Balta, Chuy region, processes 800,000 tonnes a year. {beside}"
    )
    assert [(p["name"], p["locality"], p["capacities"]) for p in projects] == [
        ("Junda refinery", "Kara-Balta", [("annual_output", 800000.0)]),
        (None, "Kara-Balta", [("annual_output", 500000.0)]),
    ]


def test_facilities_counted_off_a_plural_placed_there_stand_there(read):
    projects = read(
        "CNPC develops the Bagtyyarlyk contract area in Lebap velayat, the only one Ashgabat has given a "
        "foreign company. It operates two gas processing plants there: the first, with a capacity of 5 "
        "billion cubic meters a year, opened in 2009, and the second, with a capacity of 9 billion cubic "
        "meters, in 2014."
    )
    plants = [(p["locality"], p["region"]) for p in projects if p["capacities"]]
    assert plants == [("Bagtyyarlyk", "Lebap"), ("Bagtyyarlyk", "Lebap")]


def test_a_named_facility_said_to_be_nearby_is_read_as_any_named_one(read):
    projects = read(
        "Zeravshan operates the Jilau gold mine in Panjakent district. It also works the nearby Jilau mine "
        "for silver."
    )
    assert [p["name"] for p in projects] == ["Jilau gold mine"]


@pytest.mark.parametrize(
    ("text", "output"),
    [
        (
            "TALCO opened a chemical complex in Yavan. The plant with a design capacity of 20,000 tons of "
            "aluminum fluoride per year was built by a Chinese institute.",
            20000.0,
        ),
        (
            "A chemical complex was launched in Navoi region. The plant, making 75,000 tonnes of caustic "
            "soda a year, was built by CNTIC.",
            75000.0,
        ),
    ],
)
def test_a_two_word_product_keeps_the_plant_the_one_named_before(read, text, output):
    (plant,) = read(f"title: t\n\n{text}\n")
    assert (plant["type"], plant["capacities"]) == ("chemical", [("annual_output", output)])


@pytest.mark.parametrize(
    ("second", "kind", "figure"),
    [
        (
            "In June 2019, in the Ahal velayat, near Ovadandepe, the world's first plant for the production "
            "of gasoline from natural gas was put into operation. It produces 600 thousand tons of gasoline "
            "a year.",
            "oil_refinery",
            600000.0,
        ),
        (
            "Last year, in Navoi region, the country's first plant for the production of glass was launched. "
            "It makes 200,000 tonnes of glass a year.",
            "manufacturing",
            200000.0,
        ),
    ],
)
def test_a_ranked_plant_placed_where_the_sentence_opens_is_a_new_project(read, second, kind, figure):
    projects = read(f"Turkmengaz signed a contract for a methanol plant in Balkan velayat. {second}")
    assert [(p["type"], p["capacities"]) for p in projects] == [
        ("chemical", []),
        (kind, [("annual_output", figure)]),
    ]


@pytest.mark.parametrize(
    "header", ["Project | Country | Capacity | Status", "Plant | Country | Capacity | Status"]
)
def test_a_table_rows_project_named_by_its_kind_alone_is_that_kind_of_project(read, header):
    text = (
        "Selected Chinese-linked projects in Central Asia\n\n"
        f"{header}\n"
        "Batken solar | Kyrgyzstan | 300MW | first phase under construction\n"
        "Yereymentau wind | Kazakhstan | 1GW | under construction\n"
    )
    projects = read(text)
    assert [(p["type"], p["country"], p["capacities"]) for p in projects] == [
        ("solar", "KG", [("installed_power", 300.0)]),
        ("wind", "KZ", [("installed_power", 1000.0)]),
    ]


@pytest.mark.parametrize("role", ["EPC", "developer", "investor"])
def test_a_role_in_brackets_after_a_name_is_no_short_name(read_tables, role):
    text = (
        f"PowerChina Northwest ({role}) will build the 1.5 GW Karakalpakstan wind farm. "
        f"The {role} contract was signed in May."
    )
    assert set(read_tables(text)["participants"].surface) == {"PowerChina Northwest"}


def test_a_table_row_with_an_empty_project_cell_is_read_without_a_project(read):
    text = "Project | Country | Capacity | Status\n- | Kazakhstan | 100 MW | operating\n"
    assert read(text) == []


@pytest.mark.parametrize(
    "later",
    [
        "The Kemin project is one of several Chinese investments in Chui region.",
        "Locals say the Kemin project brings jobs.",
        "The Kemin project, the company said, is 70 percent complete.",
    ],
)
def test_a_project_of_no_kind_named_for_a_place_is_the_project_there(read, later):
    text = (
        "A cement plant of 1.2 million tonnes a year is being built in Kemin district of Chui region. "
        f"{later} In Kara-Balta, the Jinxi steel plant has made rebar since 2021."
    )
    assert [(p["type"], p["locality"]) for p in read(text)] == [
        ("manufacturing", "Kemin"),
        ("smelter", "Kara-Balta"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "At Aktobe CHP, a gas turbine unit with a capacity of 120 MW has been under construction since 2021.",
        "At the Aktobe CHP, a new 120 MW power unit is being built by CNTIC.",
        "At Aktobe CHP, a 120 MW gas turbine unit, which CNTIC has been building since 2021, is late.",
    ],
)
def test_a_unit_fronted_by_its_plant_is_the_plants_news(read, sentence):
    assert [(p["name"], p["status"], p["capacities"]) for p in read(sentence)] == [
        ("Aktobe CHP", "construction", [("installed_power", 120.0)])
    ]


@pytest.mark.parametrize(
    "later",
    [
        "Petropavl, a city of 220,000 people, depends on CHP-2 for almost all its heat.",
        "Petropavl, home to 220,000 people, gets its heat from CHP-2.",
    ],
)
def test_a_numbered_plant_written_as_the_end_of_a_name_is_that_plant(read_tables, later):
    text = (
        "At Petropavlovsk CHP-2, which belongs to SevKazEnergo JSC, a new 63 MW turbine was installed.\n\n"
        f"HEI said so, its office in Astana told reporters. {later}"
    )
    frames = read_tables(text)["project_frames"]
    assert list(frames[frames.refers_to.isna()].name) == ["Petropavlovsk CHP-2"]


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("ENFI also designed the Chambishi copper smelter in Zambia.", "ZM"),
        ("The company built a 300 MW solar plant in Indonesia in 2019.", "ID"),
        ("Sinopec built an oil refinery in Vietnam in 2011.", "VN"),
    ],
)
def test_a_facility_in_a_country_far_away_is_placed_there(read, sentence, country):
    text = f"A copper smelter is being built near Aktogay in Abai region. {sentence}"
    assert [p["country"] for p in read(text)] == ["KZ", country]


@pytest.mark.parametrize(
    "second",
    [
        'WPS is built by LLP "Zhualy Wind Energy", in 15 kilometers from district center - village '
        "Bauyrzhan Momyshuly.",
        "WPS will have 25 wind generators with unit capacity 4 MVt.",
        "WPS was designed by a Chinese institute, 15 km from the district centre, the village of Kokbastau.",
    ],
)
def test_a_bare_acronym_opening_a_machine_translated_sentence_is_the_facility_just_named(read, second):
    text = (
        "In Zhualy district of Zhambyl region a capsule was laid at the site of a wind power station "
        f"with capacity of 100 megawatts. {second}"
    )
    assert [(p["type"], p["locality"]) for p in read(text)] == [("wind", "Zhualy")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            'In industrial zone "Taraz" started work plant of flat glass of LLP "Taraz Glass Industry", '
            "built with participation of Chinese company CTIEC.",
            ("manufacturing", "Taraz", "operating", []),
        ),
        (
            "In Sokuluk district will be built plant of ferroalloys with capacity 100 thousand tons per "
            "year.",
            ("smelter", "Sokuluk", "announced", [("annual_output", 100000.0)]),
        ),
        (
            "In Zhualy district operates wind power station of 100 MW. In year station gives 330 "
            "million kWh.",
            ("wind", "Zhualy", "operating", [("annual_generation", 330000.0), ("installed_power", 100.0)]),
        ),
    ],
)
def test_machine_translated_plants_of_goods_and_yearly_figures(read, sentence, expected):
    [plant] = read(sentence)
    assert (plant["type"], plant["locality"], plant["status"], plant["capacities"]) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The company told of plans of construction on the Kenkiyak field in Temir district of gas turbine "
        "power station with capacity of 72 MVt.",
        "Plans foresee construction at the Kenkiyak field of a 72 MW gas turbine power station.",
    ],
)
def test_a_field_told_before_the_plant_built_on_it_is_its_site(read, sentence):
    assert [(p["type"], p["locality"]) for p in read(sentence)] == [("thermal", "Kenkiyak")]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2009 was put into operation oil pipeline Kenkiyak - Kumkol, which is section of the pipeline "
        "Kazakhstan - China.",
        "The Kenkiyak - Kumkol oil pipeline, built as a section of the Kazakhstan - China pipeline, "
        "opened in 2009.",
    ],
)
def test_the_whole_a_section_belongs_to_is_no_project_of_the_sentence(read, sentence):
    assert [p["name"].replace(" oil", "") for p in read(sentence)] == ["Kenkiyak - Kumkol pipeline"]


def test_a_size_per_year_before_the_noun_stays_in_its_phrase(read):
    projects = read(
        "The Dushanzi complex was expanded in 2009 into a 10 million tonnes per year refinery with a 1 "
        "million tonnes per year ethylene plant."
    )
    assert [(p["type"], p["capacities"]) for p in projects] == [("oil_refinery", [("annual_output", 1e7)])]


def test_a_park_of_a_city_is_where_the_plant_stands(read_tables):
    text = (
        "Sany Renewable Energy and Kazakh Invest agreed to build a wind turbine assembly plant in the "
        "industrial park of Astana."
    )
    frames = read_tables(text)["project_frames"]
    assert set(frames.locality.dropna()) == {"Astana"}


@pytest.mark.parametrize(
    "phrase",
    [
        "a 200 MW PV + 100 MW / 200 MWh storage project",
        "a 200 MW solar-plus-storage project",
        "a 200 MW solar and storage project",
        "a 200 MW photovoltaic plus energy storage project",
    ],
)
def test_a_plant_built_with_its_battery_is_one_plant_of_its_kind(read, phrase):
    projects = read(f"Masdar signed a PPA for {phrase} in Shovot district, Khorezm region.")
    assert [(p["type"], p["locality"], p["capacities"]) for p in projects] == [
        ("solar", "Shovot", [("installed_power", 200.0)])
    ]


@pytest.mark.parametrize(
    ("second", "name"),
    [
        (
            "- Arkalyk wind farm-2, 100 MW. Construction began in February 2025: 16 turbines of 6.25 MW.",
            "Arkalyk wind farm-2",
        ),
        ("- The Arkalyk solar plant-2 of 100 MW is under construction.", "Arkalyk solar plant-2"),
    ],
)
def test_a_plant_numbered_after_its_noun_is_a_plant_of_its_own(read, second, name):
    projects = read(f"ENERGY\n- Arkalyk wind farm, 50 MW, commissioned in December 2023.\n{second}\n")
    assert [(p["name"], p["capacities"][:1]) for p in projects] == [
        ("Arkalyk wind farm", [("installed_power", 50.0)]),
        (name, [("installed_power", 100.0)]),
    ]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        (
            "Electric Power Plants OJSC operates seven hydro power plants and two CHPs with a total "
            "capacity of 3,786 MW.",
            [],
        ),
        (
            "Sinopec runs two gas processing plants at the field with a combined capacity of 10 bcm a year.",
            ["oil_gas"],
        ),
        ("The utility runs three HPPs on the Naryn river.", []),
    ],
)
def test_plants_counted_in_groups_with_one_total_are_a_statistic(read, sentence, kinds):
    assert [p["type"] for p in read(f"title: t\n\n{sentence}\n")] == kinds


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "In the south, Osh CHP, with an installed capacity of 50 MW, has been mothballed since 2007 and "
            "works only as a heating boiler house in winter.",
            "Osh CHP",
        ),
        (
            "The 150 MW Tekeli hydropower plant in Almaty region will act as a pumped storage plant.",
            "Tekeli hydropower plant",
        ),
        (
            "The 120 MW Kentau thermal power plant in Turkistan region is now used as a reserve gas turbine "
            "plant.",
            "Kentau thermal power plant",
        ),
    ],
)
def test_what_a_facility_works_as_is_no_second_facility(read, sentence, name):
    (plant,) = read(f"title: t\n\n{sentence}\n")
    assert plant["name"] == name


def test_a_companys_plants_placed_one_by_one_are_projects(read):
    text = "Kazakhmys operates two copper smelters, in Balkhash and Zhezkazgan."
    assert sorted(p["locality"] for p in read(f"title: t\n\n{text}\n")) == ["Balkhash", "Zhezkazgan"]


@pytest.mark.parametrize(
    ("text", "kind", "builder"),
    [
        (
            "Navoiyazot JSC is a chemical producer in Navoi. The auditors focused on the PVC complex, which "
            "was "
            "built by China CAMC Engineering and put into operation in 2019.",
            "chemical",
            "China CAMC Engineering",
        ),
        (
            "Tajik Aluminium Company is the largest employer in Tursunzoda. Inspectors visited the cryolite "
            "plant, which was constructed by Shenyang Aluminium & Magnesium Engineering and commissioned in "
            "2017.",
            "chemical",
            "Shenyang Aluminium & Magnesium Engineering",
        ),
    ],
)
def test_a_definite_facility_its_builder_names_is_a_project(read, text, kind, builder):
    projects = read(text)
    assert [(p["type"], p["status"], p["participants"].get(builder)) for p in projects] == [
        (kind, "operating", "contractor")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Until two years ago the most important building in Aktogay was the railway station.",
        "The new solar plant stands near the bus station of Balykchy, on the road to Karakol.",
    ],
)
def test_a_railway_or_bus_station_is_no_plant(read, text):
    assert [p["type"] for p in read(text) if p["type"] != "solar"] == []


@pytest.mark.parametrize(
    ("phrase", "rank"),
    [
        ("the third gas processing plant", "third"),
        ("a second sulphide concentrator", "second"),
        ("the world's second largest gas field", None),
        ("the second-largest copper mine", None),
        ("the Bagtyyarlyk gas processing plant", None),
    ],
)
def test_the_rank_a_phrase_gives_its_facility_among_others(phrase, rank):
    assert ordinal(phrase) == rank


@pytest.mark.parametrize(
    "text",
    [
        "The students of the Naryn Field School are writing up their material as short papers.",
        "He works at the Kumkol Field Office of PetroKazakhstan in Kyzylorda.",
        "She studied at the Aktau refinery school before joining KazMunayGas.",
    ],
)
def test_a_facility_word_naming_a_school_or_office_is_no_project(read, text):
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sinohydro is building the Kambarata hydropower plant. Junda's plant is the smaller of Kyrgyzstan's "
        "two Chinese-owned refineries; Zhongda China Petrol's Kara-Balta plant, twice its size, has had "
        "similar problems.",
        "TBEA built the Dushanbe-2 thermal power plant. The Kara-Balta plant is one of the country's three "
        "oil refineries.",
    ],
)
def test_a_typeless_plant_among_counted_facilities_is_of_their_kind(read, text):
    kinds = {p["name"]: p["type"] for p in read(text)}
    assert kinds["Kara-Balta plant"] == "oil_refinery"


def test_a_typeless_plant_among_facilities_of_one_kind_is_of_that_kind(read):
    projects = read(
        "TBEA built the Dushanbe-2 thermal power plant. Universal Energy has run wind farms in the Zhambyl "
        "region since 2019, including the Shokpar plant."
    )
    assert {p["name"]: p["type"] for p in projects}["Shokpar plant"] == "wind"


def test_a_site_taking_in_fields_listed_by_name_takes_no_kind_from_them(read):
    projects = read(
        "In Turkmenistan, Galkynysh is a gas project run by CNPC under a service contract. It covers a site "
        "in Mary velayat south of the Murgab, taking in the South Yolotan and Osman fields."
    )
    assert [(p["name"], p["locality"]) for p in projects] == [(None, "Galkynysh"), ("Osman field", "Osman")]


@pytest.mark.parametrize(
    "text",
    [
        "Sany's plant in Taraz assembled its first nacelle in September and had turned out 40 by the end of "
        "the year for wind farms in Zhambyl and Turkistan regions.",
        "Equipped with two autotransformers supplied by XD Electric's factories in Xi'an, the substation "
        "will carry power from new solar plants to the grid.",
    ],
)
def test_a_plant_making_things_for_facilities_named_after_it_takes_no_kind_from_them(read, text):
    assert not [p for p in read(text) if p["locality"] in ("Taraz", "Xi'an")]


def test_a_named_typeless_plant_takes_no_kind_from_plants_of_several_kinds_named_before(read):
    text = (
        "Kazarman dam\n\nThe Kambarata-1 hydropower plant and the Kazarman hydropower plant are planned "
        "on the Naryn.\n\nThe Kara-Keche coal-fired plant will burn local coal.\n\nIn Uzbekistan, the Pskem "
        "plant is being built by Gezhouba."
    )
    pskem = [p["type"] for p in read(text) if p["locality"] == "Pskem"]
    assert pskem in ([], ["hydro"])


def test_a_typeless_plant_takes_the_kind_of_its_paragraphs_plant_when_the_article_has_several(read):
    text = (
        "Power news\n\nThe Kambarata-1 hydropower plant is planned on the Naryn.\n\nThe Kara-Keche "
        "coal-fired plant will burn local coal. TBEA will also build a 600 MW plant in Jumgal district."
    )
    assert [p["type"] for p in read(text) if p["capacities"] == [("installed_power", 600.0)]] == ["thermal"]


@pytest.mark.parametrize(
    "text",
    [
        "title\n\nHuaxin opened a cement plant in Yavan district of Khatlon region in 2016. The second plant "
        "of the company, in Mastchoh district of Sughd region, works since 2018.\n",
        "title\n\nThe Yavan cement plant in Khatlon region was launched in 2016. Its third plant is in "
        "Mastchoh district of Sughd region.\n",
    ],
)
def test_a_plant_ranked_second_is_not_the_unranked_plant_before(read, text):
    assert [p["region"] for p in read(text)] == ["Khatlon", "Sughd"]


@pytest.mark.parametrize(
    ("sentence", "region", "country"),
    [
        ("In Yovon district of Khatlon, Huaxin Cement of Hubei is building a cement plant.", "Khatlon", "TJ"),
        ("In Sughd, TBEA of Xinjiang is building a gold processing plant.", "Sughd", "TJ"),
        ("The Tajik government said Huaxin Cement of Hubei will open a cement plant.", None, "TJ"),
    ],
)
def test_the_province_a_company_is_of_is_its_home_not_the_plants_site(read, sentence, region, country):
    (project,) = read(f"title\n\n{sentence}\n")
    assert (project["region"], project["country"]) == (region, country)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("ERG will expand the Kazakhstan Electrolysis Plant in Pavlodar to 450,000 tonnes.", "smelter"),
        ("The expansion of the Kazakhstan electrolysis plant (KEP) in Pavlodar was approved.", "smelter"),
        ("A green hydrogen electrolysis plant will be built in Mangystau region.", "chemical"),
    ],
)
def test_an_electrolysis_plant_smelts_aluminium_unless_it_makes_hydrogen(read, sentence, kind):
    assert [p["type"] for p in read(f"title\n\n{sentence}\n")] == [kind]


@pytest.mark.parametrize(
    ("sentence", "region", "country"),
    [
        ("A 100 MW wind farm will be built in the VKO near Zaisan.", "East Kazakhstan", "KZ"),
        ("The akimat of SKO signed for a 50 MW wind farm.", "North Kazakhstan", "KZ"),
        ("A gas chemical plant is planned in ZKO.", "West Kazakhstan", "KZ"),
        ("A 100 MW solar plant will be built in the XUAR.", "Xinjiang", "CN"),
    ],
)
def test_regions_known_by_their_russian_or_chinese_abbreviation(read, sentence, region, country):
    assert [(p["region"], p["country"]) for p in read(f"title\n\n{sentence}\n")] == [(region, country)]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The construction of a GTPP with capacity 240 MW has started in Kyzylorda.", "thermal"),
        ("A 450 MW CCPP will be built in Turkistan region.", "thermal"),
        ("A greenhouse complex of 10 hectares will be built in Turkistan region.", "agriculture"),
    ],
)
def test_a_gas_turbine_plant_by_its_abbreviation_and_a_greenhouse_complex(read, sentence, kind):
    assert [p["type"] for p in read(f"title\n\n{sentence}\n")] == [kind]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "The Yovon cement plant in Khatlon opened in 2016. The Dushanbe-2 power plant is operating too. "
            "In Sughd Huaxin is building a second plant, with capacity of 1 million tonnes a year.",
            ["manufacturing", "manufacturing"],
        ),
        (
            "The Nurek hydropower plant is old. The Yovon cement plant in Khatlon opened in 2016. The "
            "Dushanbe-2 power plant is operating too.",
            ["hydro", "manufacturing", "hydro"],
        ),
        (
            "The Dushanbe-2 power plant is operating. In Sughd Huaxin is building a second plant, with "
            "capacity of 1 million tonnes a year.",
            [],
        ),
    ],
)
def test_a_typeless_plant_takes_no_kind_its_figures_or_power_word_deny(read, text, kinds):
    assert [p["type"] for p in read(f"title\n\n{text}\n")] == kinds


@pytest.mark.parametrize(
    "text",
    [
        "Dushanbe-2 thermal power plant: Built by TBEA in two phases, the 400-megawatt combined heat and "
        "power plant supplies electricity and heat to the Tajik capital.",
        "TBEA built the Dushanbe-2 thermal power plant, and the 400 MW plant now heats the capital.",
    ],
)
def test_a_definite_sized_plant_is_the_one_of_its_kind_its_sentence_named(read, text):
    assert [(p["name"], p["capacities"]) for p in read(f"title\n\nLandmarks.\n\n{text}\n")] == [
        ("Dushanbe-2 thermal power plant", [("installed_power", 400.0)])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Works on the construction of gas treatment facilities with a capacity of 10 billion cubic metres of "
        "commercial gas per year have been launched at the Galkynysh field in Mary velayat.",
        "Gas treatment facilities with a total capacity of 10 billion cubic metres a year will be built at "
        "the Galkynysh field in Mary velayat.",
    ],
)
def test_uncounted_facilities_sized_by_one_figure_are_one_installation(read, text):
    (plant,) = read(text)
    assert (plant["type"], plant["region"], plant["capacities"]) == (
        "oil_gas",
        "Mary",
        [("annual_volume", 1e10)],
    )


def test_facilities_of_no_kind_after_a_field_are_no_earlier_plant(read):
    (plant,) = read(
        "CNPC's second gas processing plant at Bagtyyarlyk in Lebap province has a capacity of 9 billion "
        "cubic meters a year. Gas also comes from the giant Galkynysh field in Mary province, where "
        "treatment facilities with a capacity of 30 billion cubic meters a year went into operation in 2013."
    )
    assert (plant["region"], plant["capacities"]) == ("Lebap", [("annual_volume", 9e9)])


@pytest.mark.parametrize(
    "second",
    [
        "The two plants, with a combined 500 megawatts of capacity, are being developed by Acme Power Co.",
        "The plants will have a total capacity of 500 MW and will be developed by Acme Power Co.",
        "Both plants, 500 MW in all, are being developed by Acme Power Co.",
    ],
)
def test_plants_told_of_together_share_their_party_but_not_their_combined_size(read, second):
    projects = read(
        f"The bank approved loans for two solar plants in the Samarkand and Jizzakh regions. {second}"
    )
    assert [(p["region"], p["capacities"], p["participants"].get("Acme Power Co")) for p in projects] == [
        ("Samarkand", [], "developer"),
        ("Jizzakh", [], "developer"),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Both projects will have a combined capacity of 500 MW.",
        "Together they will have 500 MW of capacity.",
    ],
)
def test_a_figure_said_of_several_projects_at_once_is_none_of_theirs(read, second):
    projects = read(
        f"Acme will build a wind farm in Zhambyl region and a solar plant in Turkestan region. {second}"
    )
    assert [p["capacities"] for p in projects] == [[], []]


@pytest.mark.parametrize(
    "second",
    [
        "The plant, at the Karabatan site of the petrochemical technopark near Atyrau, is designed to "
        "produce 1.25 million tons of polyethylene a year.",
        "Built at the Karabatan site, the plant is designed to produce 1.25 million tons of polyethylene a "
        "year.",
    ],
)
def test_the_site_a_plant_stands_at_is_its_place_not_a_project(read_tables, second):
    tables = read_tables(f"Silleno LLP is building a polyethylene plant in Atyrau region. {second}")
    assert [(p["type"], p["name"], p["capacities"]) for p in projects_of(tables)] == [
        ("chemical", None, [("annual_output", 1250000.0)])
    ]
    assert "Karabatan" in set(tables["project_frames"].locality)


@pytest.mark.parametrize(
    "text",
    [
        "Silleno LLP is building a polyethylene plant in Atyrau region. The Silleno plant will employ 1,100 "
        "people.",
        "Lenders will provide $4 billion to Silleno LLP for Kazakhstan's first polyethylene plant. The "
        "Silleno plant will employ 1,100 people.",
        "The Silleno plant will make polyethylene. Silleno LLP said it will employ 1,100 people.",
    ],
)
def test_a_plant_named_after_the_articles_company_is_not_placed_in_a_town_of_that_name(read_tables, text):
    assert "Silleno" not in set(read_tables(text)["project_frames"].locality)


def test_a_plant_named_after_a_town_keeps_it_though_a_company_bears_the_name(read):
    projects = read(
        "Karaganda Energy LLP will build the Karaganda wind farm. Karaganda Energy is owned by Acme."
    )
    assert [p["locality"] for p in projects] == ["Karaganda"]


@pytest.mark.parametrize(
    "verb",
    ["envisages the development of an open pit and the construction of", "provides for", "involves building"],
)
def test_what_the_project_is_said_to_provide_for_is_its_part(read, verb):
    projects = read(
        "Kumbel Mining LLC signed a loan to build a mining and processing complex at the Kumbel copper-gold "
        f"deposit in Jalal-Abad region. The project {verb} a concentrator with a capacity of 1.5 million "
        "tonnes of ore per year and a tailings storage facility."
    )
    assert [(p["type"], p["capacities"]) for p in projects] == [("mining", [("annual_output", 1500000.0)])]


@pytest.mark.parametrize(
    "parts",
    [
        "The project envisages the construction of a concentrator and a tailings storage facility.",
        "The project includes a processing plant and a tailings dam.",
    ],
)
def test_a_project_named_for_its_place_is_the_one_there_not_one_of_its_parts(read, parts):
    projects = read(
        "The bank will finance a mining complex at the Kumbel copper-gold deposit in Jalal-Abad region. "
        f"{parts} The Kumbel project will diversify production towards copper. The bank also finances the "
        "second hydropower unit of the Kambarata HPP-2."
    )
    assert _brief(projects) == [("mining", "Kumbel"), ("hydro", "Kambarata HPP-2")]


@pytest.mark.parametrize(
    "phrase",
    [
        "the Fergana 150 MW and Namangan 200 MW battery energy storage projects",
        "the Fergana 150MW/300MWh and Namangan 200MW/400MWh battery energy storage projects",
        "the 150 MW Fergana and 200 MW Namangan battery energy storage projects",
    ],
)
def test_names_listed_with_their_sizes_give_one_sized_project_each(read, phrase):
    projects = read(f"Acme signed EPC contracts for {phrase}.")
    assert [(p["region"], p["capacities"][:1]) for p in projects] == [
        ("Fergana", [("installed_power", 150.0)]),
        ("Namangan", [("installed_power", 200.0)]),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Electric Power Plants OJSC will modernise Thermal Power Plant No. 3 in Almaty.",
            "Thermal Power Plant No. 3",
        ),
        (
            "PowerChina signed a contract for the Bishkek Combined Heat and Power Plant No. 2 (Bishkek "
            "CHP-2).",
            "Bishkek Combined Heat and Power Plant No. 2",
        ),
    ],
)
def test_a_number_after_a_plants_name_is_part_of_it(read, text, name):
    assert [p["name"] for p in read(text)] == [name]


def test_a_numbered_plant_and_a_plant_named_after_it_are_two(read):
    projects = read(
        "PowerChina will build the second unit of Almaty Thermal Power Plant No. 2 and Almaty CHP-3."
    )
    assert [p["name"] for p in projects] == ["Almaty Thermal Power Plant No. 2", "Almaty CHP-3"]


def test_a_figure_past_a_comma_does_not_change_a_plants_own_kind(read):
    projects = read(
        "The 100 MW Zhanatas wind farm has been online since 2021. In Tajikistan the Huaxin Gayur cement "
        "plant in Yovon has been producing since 2016, and the second, 300 MW stage was finished in 2016."
    )
    assert [p["type"] for p in projects if p["locality"] == "Yovon"] == ["manufacturing"]


def test_a_new_unit_of_a_plant_told_a_sentence_later_is_a_project_of_its_own(read):
    projects = read(
        "Kazakhstan's consumption peaked at 17,340 MW. The system coped thanks in part to unit No. 3 of "
        "Ekibastuz GRES-2: the 636 MW coal-fired unit was put into operation on December 27."
    )
    assert ("operating", [("installed_power", 636.0)]) in [(p["status"], p["capacities"]) for p in projects]

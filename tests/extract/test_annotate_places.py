"""Places and the role they play in their sentence: a site, a venue, a company's home, a dateline."""

from __future__ import annotations

import pytest

from pipelines.domain.extract.annotate import annotate_article
from pipelines.domain.extract.annotate.places import find_places
from pipelines.domain.extract.parse import parse_article


def _roles(sentence: str, ref) -> list[tuple[str, str]]:
    return [(p.text, p.role) for p in find_places(sentence, ref)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The deal was signed in Urumqi on Monday.", [("Urumqi", "event")]),
        ("The memorandum was signed last week in Beijing.", [("Beijing", "event")]),
        ("The sides met at a ceremony in Tashkent to launch the plant.", [("Tashkent", "event")]),
        ("He spoke at a Tashkent press conference on Friday.", [("Tashkent", "event")]),
        ("Talks at the Astana International Forum covered energy.", [("Astana", "event")]),
        ("A Beijing-based developer will build it.", [("Beijing", "origin")]),
        (
            "Navoiyazot launched the complex, in what officials in Tashkent called a milestone.",
            [("Tashkent", "origin")],
        ),
        ("Analysts in Almaty expect the plant to open in May.", [("Almaty", "origin")]),
        (
            "Investors from Xinjiang plan a solar farm in Zhambyl region.",
            [("Xinjiang", "origin"), ("Zhambyl", "site")],
        ),
        ("ALMATY, March 3 (Kazinform) - A wind farm opened.", [("ALMATY", "dateline")]),
        ("By AKIpress. BISHKEK - A wind farm opened.", [("BISHKEK", "dateline")]),
        ("2. Gas turbine power plant, 240 MW, Kyzylorda - CNEEC - commissioned.", [("Kyzylorda", "site")]),
        (
            "The 36-year-old from central China's Hunan Province manages the site.",
            [("China", "mention"), ("Hunan", "origin")],
        ),
        (
            "Engineers from Xinjiang will install turbines in Zhambyl region.",
            [("Xinjiang", "origin"), ("Zhambyl", "site")],
        ),
        ("The plant will be built near Taraz.", [("Taraz", "site")]),
        ("CPIH signed an agreement in Beijing on a wind farm.", [("Beijing", "event")]),
        ("The sides signed two memoranda of understanding in Urumqi on a plant.", [("Urumqi", "event")]),
        (
            "In Beijing, on the sidelines of the Belt and Road Forum, CPIH signed a deal on a wind farm.",
            [("Beijing", "event")],
        ),
        ("In Shanghai, Sinopec and KMG signed a contract for the refinery.", [("Shanghai", "event")]),
        (
            "In Tashkent, on the margins of the summit, the sides signed a deal on a solar plant.",
            [("Tashkent", "event")],
        ),
        ("In Zhambyl region, CPIH signed an agreement on a wind farm.", [("Zhambyl", "site")]),
        (
            "On 9 September 2013, in Tashkent, in the presence of both leaders, Chengda signed a contract.",
            [("Tashkent", "event")],
        ),
        ("Chengda signed an EPC contract with Ferganaazot in Tashkent for it.", [("Tashkent", "event")]),
        ("The sides signed a deal with Uzbekneftegaz Group at Samarkand on it.", [("Samarkand", "event")]),
        ("Chengda signed a contract with Ferganaazot to build a plant in Fergana.", [("Fergana", "site")]),
        ("They held a ceremony at the Bishkek combined heat and power plant.", [("Bishkek", "site")]),
        ("A ceremony was held at the Ekibastuz GRES-2 on Friday.", [("Ekibastuz", "site")]),
        ("The sides met in Astana on a wind farm.", [("Astana", "event")]),
        ("Last October in Beijing an agreement was signed on a wind farm.", [("Beijing", "event")]),
        ("ABENOVA: Last May in Urumqi a deal was signed on a solar plant.", [("Urumqi", "event")]),
        ("On Monday in Shanghai the two sides signed a deal on a smelter.", [("Shanghai", "event")]),
        ("Last year in Zhambyl region a deal was signed on a wind farm.", [("Zhambyl", "site")]),
        ("In Xinjiang, TBEA will build a polysilicon plant.", [("Xinjiang", "site")]),
        (
            "The LNG plant stands in Jimunai County, about 600 km north of the regional capital Urumqi.",
            [("Jimunai County", "site"), ("Urumqi", "mention")],
        ),
        ("The wind farm lies 40 kilometres east of Taraz.", [("Taraz", "mention")]),
        (
            "The plant, in the Khatlon region south of Dushanbe, opened in 1987.",
            [("Khatlon", "site"), ("Dushanbe", "mention")],
        ),
        (
            "The mine lies in Jalal-Abad region, north-west of the city of Osh.",
            [("Jalal-Abad", "site"), ("Osh", "mention")],
        ),
        ("A solar park is planned in the north of Almaty region.", [("Almaty region", "site")]),
        (
            "The mine is in Shu district, some 150 miles from the city of Almaty.",
            [("Shu", "site"), ("Almaty", "mention")],
        ),
    ],
)
def test_place_roles(ref, sentence, expected):
    assert _roles(sentence, ref) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Pavlodar Silicon LLP, set up by Hoshine Silicon Industry Co., Ltd. of Zhejiang province, builds "
            "a silicon plant.",
            [("Pavlodar", "name"), ("Zhejiang", "origin")],
        ),
        (
            "East Hope Group of Shanghai will build a smelter in Ekibastuz.",
            [("Shanghai", "origin"), ("Ekibastuz", "site")],
        ),
        (
            "The contract for the processing plant went to China Nerin Engineering Co., of Nanchang, in May.",
            [("China", "name"), ("Nanchang", "origin")],
        ),
        ("The mills will be supplied by Sinoma International, of Beijing.", [("Beijing", "origin")]),
        (
            "Turbines come from Goldwind, of Urumqi, and towers from Almaty.",
            [("Urumqi", "origin"), ("Almaty", "site")],
        ),
    ],
)
def test_the_place_a_company_is_of_is_its_home(ref, sentence, expected):
    doc = annotate_article(parse_article("a" * 16, "t.txt", sentence, ref), ref)
    assert [(p.text, p.role) for p in doc.sentences[0].places] == expected


def test_only_a_locative_country_is_a_site(ref):
    sentence = "The ambassador of China said the plant in Uzbekistan is ready."
    assert [(p.text, p.role) for p in find_places(sentence, ref)] == [
        ("China", "mention"),
        ("Uzbekistan", "site"),
    ]


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("The farm stands in south Kazakhstan's Zhambyl Region.", "Zhambyl"),
        ("The mine lies in the Altai district of east Kazakhstan.", "East Kazakhstan"),
        ("A plant is planned in Syr Darya.", "Syrdarya"),
    ],
)
def test_compass_words_and_spellings(ref, sentence, region):
    assert [p.region for p in find_places(sentence, ref) if p.region][-1] == region


@pytest.mark.parametrize(
    "sentence",
    [
        "KAZ Minerals will build a copper smelter in eastern Kazakhstan.",
        "The line runs across north Kazakhstan to the Russian border.",
        "Most wind farms stand in southern Kazakhstan.",
    ],
)
def test_a_direction_within_the_country_is_no_region(ref, sentence):
    assert [p.region for p in find_places(sentence, ref) if p.region] == []


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Universal Energy is completing the 100 MW Tulkibas wind farm.", "Turkistan"),
        ("The Sairam solar plant will start next year.", "Turkistan"),
        ("CSGI signed a power purchase agreement for a 600 MW solar plant near Nishan.", "Kashkadarya"),
        ("A cement plant outside Tulkibas will make 300,000 tonnes a year.", "Turkistan"),
        ("Goldwind will build a 100 MW wind farm in Sairam.", "Turkistan"),
    ],
)
def test_a_district_named_without_the_word_gives_its_region(read, text, region):
    (project,) = read(text)
    assert project["region"] == region


def test_a_field_named_like_a_district_elsewhere_keeps_its_own_region(read):
    projects = read(
        "The site in Lebap velayat takes in the Samandepe and Altyn Asyr fields, developed by CNPC."
    )
    assert {p["region"] for p in projects} == {"Lebap"}


@pytest.mark.parametrize(
    "text",
    [
        "KAZ Minerals' Aktogay copper mine - in what was East Kazakhstan region and since 2022 belongs "
        "to Abai region - was built by NFC.",
        "KAZ Minerals' Aktogay copper mine, formerly part of East Kazakhstan region, now in Abai region, was "
        "built by NFC.",
    ],
)
def test_a_region_a_place_once_belonged_to_places_nothing(read, text):
    (mine,) = read(text)
    assert (mine["name"], mine["region"]) == ("Aktogay copper mine", "Abai")


def test_a_place_inside_a_company_name_is_part_of_the_name(ref):
    text = "Henan Province Installation Group Co. LLP will build the boiler house in Kokshetau."
    doc = annotate_article(parse_article("a" * 16, "t.txt", text, ref), ref)
    assert [(p.text, p.role) for p in doc.sentences[0].places] == [("Henan", "name"), ("Kokshetau", "site")]


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        (
            "Anhui Conch Cement will build a plant in Jizzakh region.",
            [("Anhui", "name"), ("Jizzakh", "site")],
        ),
        (
            "The contract went to Shandong Hi-Speed in Jizzakh region.",
            [("Shandong", "name"), ("Jizzakh", "site")],
        ),
        ("A coal power plant in Sichuan Province was built.", [("Sichuan", "site")]),
        ("A hydropower plant in Yunnan was built by Sinohydro.", [("Yunnan", "site")]),
    ],
)
def test_a_chinese_province_before_capitalised_words_opens_a_firms_name(ref, sentence, roles):
    doc = annotate_article(parse_article("a" * 16, "t.txt", sentence, ref), ref)
    assert [(p.text, p.role) for p in doc.sentences[0].places if p.kind != "country"] == roles


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("A pumped storage plant will be built in Bostanliq district.", "Tashkent Region"),
        ("A coal mine operates in Chatkal district.", "Jalal-Abad"),
        ("A cement plant was built in Yavan district.", "Khatlon"),
    ],
)
def test_a_district_of_the_neighbouring_countries_gives_its_region(read, sentence, region):
    (project,) = read(sentence)
    assert project["region"] == region


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("A cement plant will be built in Sughd's Isfara district.", ("TJ", "Sughd", "Isfara")),
        ("A wind farm is built in Karakalpakstan's Kungrad district.", ("UZ", "Karakalpakstan", "Kungrad")),
        ("A solar plant is planned in Zhambyl's Moiynkum district.", ("KZ", "Zhambyl", "Moiynkum")),
    ],
)
def test_a_region_owning_a_district_is_no_part_of_its_name(read, sentence, place):
    (project,) = read(sentence)
    assert (project["country"], project["region"], project["locality"]) == place


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("A cement plant was put into operation in Tyulkubas district.", "Turkistan"),  # Tulkibas
        ("A wind farm will be built in Tulkubas district by a Chinese firm.", "Turkistan"),
        ("A solar plant is planned in Zhympyty district.", "West Kazakhstan"),  # Zhympity
        ("A cement plant opened in Tyulkubas district, near the village of Turar Ryskulov.", "Turkistan"),
    ],
)
def test_a_district_spelt_otherwise_than_the_gazetteer_has_it_gives_its_region(read, sentence, region):
    (project,) = read(sentence)
    assert project["region"] == region


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "The Shalkiya deposit, near the settlement of Shalkiya in Zhanakorgan district, will be mined.",
            ("Shalkiya", "Kyzylorda"),
        ),
        (
            "A 20 MW solar plant will be built near the village of Shalkar in Zhanakorgan district.",
            ("Shalkar", "Kyzylorda"),
        ),
    ],
)
def test_a_village_spelt_like_one_of_another_region_keeps_its_own_name_and_region(read, sentence, place):
    (project,) = read(sentence)
    assert (project["locality"], project["region"]) == place


@pytest.mark.parametrize(
    "sentence",
    [
        "A cement plant was put into operation in Kentai district.",
        "A solar plant is planned in Khargos district.",
    ],
)
def test_a_district_whose_spelling_fits_no_one_place_stays_unplaced(read, sentence):
    (project,) = read(sentence)
    assert project["region"] is None


def test_a_province_opening_a_company_name_places_nothing(read):
    (project,) = read(
        "- a memorandum between Kazakh Invest and Shaanxi Coal and Chemical Industry Group on a coal "
        "chemistry project for the production of 1 million tonnes of methanol a year."
    )
    assert (project["type"], project["region"], project["country"]) == ("chemical", None, "KZ")


@pytest.mark.parametrize(
    "text",
    [
        "The men on the dam speak the Sichuan dialect of their Chinese foremen.",
        "Xinjiang workers and Gansu engineers are building the plant.",
    ],
)
def test_a_place_naming_a_dialect_or_workers_is_no_site(ref, text):
    assert [p.text for p in find_places(text, ref) if p.is_site] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Residents of the nearby town of Kara-Balta complained of fumes.", [("Kara-Balta", "Chuy")]),
        ("The plant stands in the village of Ak-Tash in the hills.", [("Ak-Tash", None)]),
        ("Workers from Kyzyl-Oi village were hired.", [("Kyzyl-Oi", None)]),
    ],
)
def test_a_hyphenated_place_is_read_whole(ref, sentence, expected):
    assert [(p.text, p.region) for p in find_places(sentence, ref)] == expected


@pytest.mark.parametrize(
    ("sentence", "locality"),
    [
        ("Work has stopped at the construction site of the wind power plant near Kos-Istek.", "Kos-Istek"),
        ("A 100 MW solar plant near Ushbulak was connected to the grid on Friday.", "Ushbulak"),
        ("A 50 MW wind farm is being built near Kyzyltu by Hydrochina.", "Kyzyltu"),
    ],
)
def test_a_village_the_gazetteer_lacks_named_after_near_is_the_site(read, sentence, locality):
    (project,) = read(sentence)
    assert project["locality"] == locality


@pytest.mark.parametrize(
    "sentence",
    [
        "Universal Energy's office near Zhang Wei's house is closed.",
        "The 50 MW wind farm will stand near Ushbulak's old school.",
    ],
)
def test_a_name_after_near_that_is_a_person_or_an_owner_places_nothing(ref, sentence):
    assert [p.text for p in find_places(sentence, ref)] == []


@pytest.mark.parametrize(
    ("text", "locality", "region"),
    [
        (
            "A 50 MW solar plant was put into operation near the village of Tole bi in Shu district.",
            "Tole bi",
            "Zhambyl",
        ),
        ("A 50 MW solar plant was built near Amangeldy in Zhambyl region.", "Amangeldy", "Zhambyl"),
        (
            "In Moiynkum district, at the Amangeldy group of gas fields, QazaqGaz is completing a gas "
            "processing plant with a capacity of 350 mln cubic meters per year.",
            "Amangeldy",
            "Zhambyl",
        ),
    ],
)
def test_a_town_put_in_a_district_or_region_of_another_region_is_a_namesake_there(
    read, text, locality, region
):
    (project,) = read(text)
    assert (project["locality"], project["region"]) == (locality, region)


def test_a_town_in_its_own_region_stays_as_the_gazetteer_has_it(read):
    (project,) = read("A wind farm will be built in Zhanatas in Zhambyl region.")
    assert (project["locality"], project["region"]) == ("Zhanatas", "Zhambyl")


@pytest.mark.parametrize(
    "text",
    [
        "Earlier, in Sauran district Turan Cement LLP put into operation a cement plant of 1.5 Mt a year.",
        "In Sauran district Turan Cement LLP launched a 1.5 million tonne cement plant.",
    ],
)
def test_a_district_named_with_its_word_opens_no_company_name(read, text):
    (project,) = read(text)
    assert (project["locality"], project["region"]) == ("Sauran", "Turkistan")


@pytest.mark.parametrize(
    "sentence",
    [
        "The line will strengthen supply to the upper Zarafshan valley.",
        "Its units stand on the Syr Darya near Khujand.",
        "Farms along the Syr Darya, downstream of the dam, will get more water.",
        "The Naryn basin holds most of the country's hydropower potential.",
    ],
)
def test_a_river_or_valley_named_like_a_place_is_no_site(ref, sentence):
    assert [p.text for p in find_places(sentence, ref) if p.text in ("Zarafshan", "Syr Darya", "Naryn")] == []


def test_a_place_after_on_the_with_a_facility_noun_stays_a_site(ref):
    assert ("Shymkent", "site") in _roles("Work on the Shymkent refinery is due to finish in May.", ref)


@pytest.mark.parametrize(
    ("text", "name", "locality"),
    [
        (
            "A methanol plant will be built in the settlement of Gyýanly of Balkan velayat by a Korean firm.",
            None,
            "Gyýanly",
        ),
        (
            "CNPC will develop the South Ýolöten field in Mary province.",
            "South Ýolöten field",
            "South Ýolöten",
        ),
    ],
)
def test_names_in_accented_latin_letters_are_read_whole(read, text, name, locality):
    (project,) = read(text)
    assert (project["name"], project["locality"]) == (name, locality)


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Energy China is already building a 1 GW wind project in neighbouring Kazakhstan.", "KZ"),
        ("The company already runs a 100 MW solar plant in neighboring Kazakhstan.", "KZ"),
        ("It plans a 50 MW hydropower plant in landlocked Kyrgyzstan as well.", "KG"),
    ],
)
def test_a_country_with_a_describing_word_places_the_project(read, sentence, country):
    text = "TASHKENT. Uzbekistan's Ministry of Energy signed three power purchase agreements. " + sentence
    assert [p["country"] for p in read(text) if p["type"] in ("wind", "solar", "hydro")] == [country]


@pytest.mark.parametrize(
    "text",
    [
        "KOREM published the results of the auction, held on November 17 and 18 in Astana, for wind farms.",
        "The forum, held on 5-6 June in Tashkent, drew 300 investors.",
        "The agreements were signed on May 12 and 13 in Beijing.",
    ],
)
def test_a_place_where_an_event_of_several_days_was_held_is_no_site(ref, text):
    assert [p.text for p in find_places(text, ref) if p.is_site] == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The concentrate will go to Xiamen Tungsten's APT plant in Ninghua, Fujian Province, where an "
            "expansion is under construction.",
            ("Ninghua", "Fujian", "CN"),
        ),
        (
            "Yongchang ships the silicon to its organosilicon complex in Qujing, Yunnan province.",
            ("Qujing", "Yunnan", "CN"),
        ),
    ],
)
def test_a_town_the_gazetteer_lacks_named_before_its_region_is_the_site(read, text, place):
    (project,) = read(text)
    assert (project["locality"], project["region"], project["country"], project["type"]) == (
        *place,
        "chemical",
    )


@pytest.mark.parametrize(
    ("town", "region", "expected"),
    [("Bakuta", "Almaty Oblast", "Almaty Region"), ("Koshkar", "the Kostanay region", "Kostanay")],
)
def test_a_town_the_gazetteer_lacks_keeps_the_region_the_article_gave_it(read, town, region, expected):
    text = (
        f"Jiaxin has built the {town} tungsten mine. The mine, in {region}, will process 3.3 million tonnes "
        f"of ore a year.\n\nThe company has also begun a feasibility study for an APT plant at the {town} "
        "Mine site."
    )
    plant = [p for p in read(text) if p["type"] == "chemical"]
    assert [(p["locality"], p["region"]) for p in plant] == [(town, expected)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazakhmys is building the second phase of its Nurkazgan concentrator with China Nerin Engineering.",
        "Zijin Mining agreed to buy the Raygorodok gold mine from its Kazakh owners.",
    ],
)
def test_the_city_of_a_speakers_employer_places_no_facility_after_it(read, sentence):
    text = (
        "ALMATY, Feb 18 (Reuters) - Chinese miners are buying into Central Asia.\n\n"
        '"Chinese buyers are the only ones writing cheques," said an analyst at Halyk Finance in Almaty.\n\n'
        f"In metals, Chinese firms have become indispensable. {sentence}"
    )
    assert [(p["country"], p["region"]) for p in read(text)] == [("KZ", None)]


@pytest.mark.parametrize(
    "text",
    [
        '"Chinese buyers are the only ones writing cheques," said an analyst at Halyk Finance in Almaty.',
        "Aidar Kassymov, head of research at Halyk Finance in Almaty, expects more deals.",
        "Prices will rise, said an economist at the Eurasian Development Bank in Almaty.",
    ],
)
def test_the_city_after_a_speakers_employer_is_no_site(ref, text):
    assert [p.text for p in find_places(text, ref) if p.is_site] == []


@pytest.mark.parametrize(
    ("sentence", "neighbour"),
    [
        ("The plant is in Bulakbashi district, on the border with Kyrgyzstan.", "Kyrgyzstan"),
        ("Zharkent, near the border of China, will get a wind farm.", "China"),
        ("A solar park is planned in Jetisu region, bordering China.", "China"),
        ("The site lies in Sughd, which borders Uzbekistan.", "Uzbekistan"),
    ],
)
def test_a_country_across_a_border_is_no_site(ref, sentence, neighbour):
    assert (neighbour, "site") not in _roles(sentence, ref)


@pytest.mark.parametrize(
    "text",
    [
        "Andijan, 13 June (UzA). The largest project in Uzbekistan's Andijan region is in Bulakbashi "
        "district, on the border with Kyrgyzstan. Here China Datang will build a 300 MW photovoltaic power "
        "plant. On the Kyrgyz section of the road, builders are erecting towers.",
        "Andijan, 13 June. China Datang will build a 300 MW solar plant in Bulakbashi district, near the "
        "border with Kyrgyzstan. Trucks cross into Kyrgyzstan at Dostuk, and the Kyrgyz side is building a "
        "road.",
    ],
)
def test_an_article_about_a_region_next_to_a_neighbour_is_of_the_regions_country(read, text):
    [solar] = [p for p in read(text) if p["type"] == "solar"]
    assert (solar["country"], solar["region"]) == ("UZ", "Andijan")


@pytest.mark.parametrize(
    ("row", "country"),
    [
        ("EPC Contract for the Tupolang Hydropower Station Project, Republic of Uzbekistan.", "UZ"),
        ("(II) Rogun Hydropower Plant, Tajikistan", "TJ"),
        ("Contract 3: the Kambarata-1 Hydropower Plant, Kyrgyzstan; value USD 80 million.", "KG"),
    ],
)
def test_a_country_set_after_a_named_facility_by_a_comma_is_its_country(read, row, country):
    """Contract lists and headings write a plant's country after it, in an article about another one."""
    projects = read(
        "The Shelek wind farm is located near Shelek in Almaty Region, Kazakhstan. The Kapshagay solar plant "
        f"in Almaty Region is complete.\n\n{row}"
    )
    [hydro] = [p for p in projects if p["type"] == "hydro"]
    assert hydro["country"] == country


def test_a_town_of_several_regions_of_one_country_gives_that_country(ref):
    [place] = find_places("The new concentrator at Aktogay started up in 2021.", ref)
    assert (place.region, place.country) == (None, "KZ")


def test_a_plant_at_such_a_town_is_of_its_country_in_an_article_about_another(read):
    projects = read(
        "Kyrgyzstan produced 24.3 t of gold last year. Zijin's Taldybulak mine in Kyrgyzstan's Chui region "
        "was expanded.\n\nThis follows the start-up of a second concentrator at Aktogay, built by NFC."
    )
    assert projects[-1]["country"] == "KZ"


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        ("New CHPs will be built in Semey and Ust-Kamenogorsk (Oskemen).", ["Semey", "Ust-Kamenogorsk"]),
        ("CAMCE is completing a PVC complex in Navoi (Navoiy) for Navoiyazot.", ["Navoi"]),
        ("A plant will be built in Kokshetau (Akmola region).", ["Kokshetau", "Akmola"]),
    ],
)
def test_a_places_other_name_in_brackets_is_no_second_place(ref, sentence, places):
    assert [p.text for p in find_places(sentence, ref)] == places


def test_the_outskirts_of_a_town_site_a_plant_in_an_article_of_several_regions(read):
    projects = read(
        "KazTransGas plans a gas pipeline in Urzhar district of Abai region.\n\n"
        "On the outskirts of Zaysan, the walls of a new oil extraction plant are going up."
    )
    assert projects[-1]["locality"] == "Zaisan"


@pytest.mark.parametrize(
    "later",
    [
        "The 150-megawatt wind farm is being built by Universal Energy, which has moved its crews to Aktobe.",
        "In Aktobe region, the 150 MW wind farm is Universal Energy's first project.",
        "Universal Energy is building the 150 MW wind farm; the region of Aktobe expects it next year.",
    ],
)
def test_a_farm_near_a_village_the_gazetteer_lacks_is_the_farm_its_next_paragraph_places_in_a_region(
    read, later
):
    text = f"Work has stopped at the construction site of the wind power plant near Kos-Istek.\n\n{later}\n"
    assert [(p["locality"], p["capacities"]) for p in read(text)] == [
        ("Kos-Istek", [("installed_power", 150.0)])
    ]


@pytest.mark.parametrize(
    "ending",
    [
        "Half of the cement will go to Uzbekistan.",
        "Most of the clinker is sold to Uzbekistan, where demand is high.",
    ],
)
def test_a_story_of_one_countrys_towns_that_names_a_buyer_abroad_is_of_those_towns_country(read, ending):
    text = (
        "Journalists visited new plants in Saryagash and Kazygurt districts. Near the village of Ushbulak, "
        "Turkistan Cement LLP is building a cement plant for 1.5 million tonnes a year. The next stop was "
        f"Lenger, and then Shymkent. {ending}"
    )
    [cement] = read(text)
    assert (cement["country"], cement["locality"]) == ("KZ", "Ushbulak")

"""Parsing: header block, title, publication date, boilerplate and author bios, sentences."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipelines.domain.extract.parse import find_full_date, is_heading, parse_article, split_sentences
from pipelines.domain.text import content_id, normalise_text

SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "articles"


def _seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_cyrillic_lookalike_inside_latin_word_is_fixed():
    assert (
        normalise_text("Liu Mingsheng, \u0441hairman of the Board") == "Liu Mingsheng, chairman of the Board"
    )
    assert normalise_text("Астана") == "Астана"  # a Cyrillic word stays Cyrillic


def test_same_text_same_id_whatever_the_spacing():
    assert content_id("A wind farm.\r\n\r\nIn Zhanatas.") == content_id("A wind farm.\n\nIn  Zhanatas. ")
    assert content_id("A wind farm.") != content_id("A solar farm.")


def test_dateline_with_iso_date(ref):
    article = parse_article("a", "000.txt", _seed("000"), ref)
    assert article.published_date == date(2024, 3, 29)
    assert article.title is None
    assert "chairman of the Board" in article.body


def test_day_and_month_without_year_stay_null_with_a_note(ref):
    article = parse_article("a", "002.txt", _seed("002"), ref)
    assert article.published_date is None
    assert article.date_note == "the text gives 'Sept. 2' without a year"


def test_title_line_and_author_bio_removed(ref):
    article = parse_article("a", "004.txt", _seed("004"), ref)
    assert article.title == "Kazakhstan's Karaganda region, China's Inner Mongolia discuss energy cooperation"
    assert article.source == "TCA"
    assert "Sergey Kwan" not in article.body
    assert "View more articles" not in article.body
    assert article.body.rstrip().endswith("is planned.")


def test_header_block_gives_date_title_and_source(ref):
    text = "title: Wind farm opens\ndate: 2025-06-03\nsource: Kazinform\n\nASTANA - A wind farm opened."
    article = parse_article("a", "x.txt", text, ref)
    assert (article.title, article.published_date, article.source) == (
        "Wind farm opens",
        date(2025, 6, 3),
        "Kazinform",
    )
    assert [s.text for s in article.sentences] == ["ASTANA - A wind farm opened."]


def test_press_release_tail_is_cut(ref):
    text = (
        "Goldwind will build a 50 MW wind farm in Zhambyl region.\n\nAbout Goldwind\n"
        "Goldwind has installed 100 GW of turbines worldwide.\n\nMedia contact: +86 10 1234 5678"
    )
    article = parse_article("a", "x.txt", text, ref)
    assert [s.text for s in article.sentences] == ["Goldwind will build a 50 MW wind farm in Zhambyl region."]


def test_full_dates_in_several_spellings():
    assert find_full_date("ASTANA, March 29, 2024 (Xinhua)") == date(2024, 3, 29)
    assert find_full_date("on 5 Sept. 2025 the plant") == date(2025, 9, 5)
    assert find_full_date("29.03.2024 Astana") == date(2024, 3, 29)
    assert find_full_date("on March 29 the plant") is None


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Updated 19:08, 18-Apr-2025", date(2025, 4, 18)),
        ("2024.06.17 15:22", date(2024, 6, 17)),
        ("2024/06/17", date(2024, 6, 17)),
        ("21/06/22 14:12, Bishkek - 24.kg news agency", date(2022, 6, 21)),
        ("05.10.23, 09:30", date(2023, 10, 5)),
    ],
)
def test_stamps_with_hyphened_months_year_first_dots_and_two_digit_years(stamp, day):
    assert find_full_date(stamp) == day


@pytest.mark.parametrize("text", ["version 2.1.3 released", "the 3/4/22 plan", "2024.6.17"])
def test_numbers_that_are_no_stamp_give_no_date(text):
    assert find_full_date(text) is None


def test_sentences_do_not_split_after_abbreviations():
    text = "The plant opened on Sept. 2 in Shymkent. China Energy Co. Ltd. built it. It cost $1 bln."
    assert split_sentences(text) == [
        "The plant opened on Sept. 2 in Shymkent.",
        "China Energy Co. Ltd. built it.",
        "It cost $1 bln.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The court awarded KZT 3.4 billion (approx. USD 7.5 million) to the contractor.",
        "The plant (approx. 300 MW) was opened in May.",
        'The unit ("approx. 150 MW", the ministry says) runs on gas.',
    ],
)
def test_an_abbreviation_after_a_bracket_ends_no_sentence(text):
    assert split_sentences(f"{text} The sums were set off.") == [text, "The sums were set off."]


@pytest.mark.parametrize(
    "text",
    [
        "Gold Mountains (H.K.) International Mining Company Limited signed the agreement.",
        "Z Grid (S.G.) Holdings Limited will hold 75% of the project company.",
        "The loan is guaranteed by the P.R.C. Ministry of Finance.",
    ],
)
def test_an_abbreviation_dotted_throughout_ends_no_sentence_before_a_name(text):
    assert split_sentences(f"{text} The sums were set off.") == [text, "The sums were set off."]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "It is run with Zhejiang Yongtai Textile Co. The complex will make yarn.",
            "It is run with Zhejiang Yongtai Textile Co.",
        ),
        (
            "The EPC contractor is Harbin Electric Corp. It began work in May.",
            "The EPC contractor is Harbin Electric Corp.",
        ),
        (
            "Partners include Sany Heavy Industry Co. Ltd. and KEGOC.",
            "Partners include Sany Heavy Industry Co. Ltd. and KEGOC.",
        ),
    ],
)
def test_a_company_abbreviation_ends_a_sentence_before_its_opening_word(text, first):
    assert split_sentences(text)[0] == first


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "The contractor is PowerChina Guizhou Engineering Co., Ltd. China Datang Overseas invests $176m.",
            "The contractor is PowerChina Guizhou Engineering Co., Ltd.",
        ),
        (
            "The akim met Xinjiang Zhongtai Chemical Co., Ltd. Last month the company signed a deal.",
            "The akim met Xinjiang Zhongtai Chemical Co., Ltd.",
        ),
        (
            "The turbines come from Vestas Inc. Construction starts in May.",
            "The turbines come from Vestas Inc.",
        ),
        ("Sany Heavy Industry Co. Ltd. will build it.", "Sany Heavy Industry Co. Ltd. will build it."),
    ],
)
def test_a_name_final_legal_form_ends_a_sentence_before_a_capitalised_word(text, first):
    assert split_sentences(text)[0] == first


def test_date_stamp_at_the_foot_and_masthead_lines(ref):
    text = (
        "Rudny Altai\n\nTwo new power plants for the east of the country\n\nBy Aigerim T.\n\n"
        "BISHKEK, Dec. 20 (Xinhua) -- A solar plant opened.\n\n"
        "Source: Xinhua | 2024-12-20 19:42:10 | Editor: x"
    )
    article = parse_article("a", "x.txt", text, ref)
    assert article.published_date == date(2024, 12, 20)
    assert article.title == "Two new power plants for the east of the country"
    statements = [s.text for s in article.sentences if not is_heading(s.text)]
    assert statements == ["BISHKEK, Dec. 20 (Xinhua) -- A solar plant opened."]
    assert "By Aigerim T." not in article.body


def test_a_page_date_stamp_below_its_menus_and_title(ref):
    text = (
        "NEWSASIA.KG\nPolitics | Economy | Society | Incidents | Sport\n\nHome › Economy › Energy\n\n"
        "Cabinet and Chinese company sign agreement on a coal power plant\n\n"
        "06.03.2024 14:27 | Views: 1 823 | Comments: 4\n\n"
        "The Cabinet of Ministers signed an investment agreement on the construction of a power plant."
    )
    article = parse_article("a", "x.txt", text, ref)
    assert article.published_date == date(2024, 3, 6)
    assert article.title == "Cabinet and Chinese company sign agreement on a coal power plant"
    assert "Politics | Economy" not in article.body and "Home ›" not in article.body


def test_a_byline_or_release_line_with_a_date_dates_the_page(ref):
    for stamp, expected in [
        ("By Dana Omarova in Business on 18 September 2019", date(2019, 9, 18)),
        (
            "Release time: 2012-12-28    Source: International Business Department    Views: 1342",
            date(2012, 12, 28),
        ),
    ]:
        text = (
            f"Hydropower station put into commercial operation\n\n{stamp}\n\n"
            "The second unit of the station was put into operation."
        )
        assert parse_article("a", "x.txt", text, ref).published_date == expected


def test_a_dateline_dates_the_article_but_a_date_in_the_news_does_not(ref):
    dateline = (
        "Kyrgyzstan signs hydropower deal\n\nAKIpress News Agency\n\nBISHKEK, May 19, 2023 (AKIpress) - "
        "The Cabinet signed an agreement on the construction of a hydropower cascade."
    )
    assert parse_article("a", "x.txt", dateline, ref).published_date == date(2023, 5, 19)
    news = (
        "Kyrgyzstan's debt to China\n\nThe external debt of Kyrgyzstan to the Export-Import Bank of China "
        "as of February 28, 2022 amounted to $1.7 billion."
    )
    assert parse_article("a", "x.txt", news, ref).published_date is None


def test_a_table_row_is_no_menu(ref):
    text = (
        "Projects of the year\n\nThe ministry listed the plants.\n\n| Plant | Region | MW |\n"
        "| Pskem HPP | Tashkent Region | 404 |\n\nThe list ends here."
    )
    assert "- Pskem HPP, Tashkent Region, 404 MW." in parse_article("a", "x.txt", text, ref).body


def test_related_stories_after_the_body_are_no_part_of_it(ref):
    text = (
        "Navoiyazot launches PVC complex\n\nPublished: 2023-07-14\n\n"
        "Navoiyazot JSC has put into operation a complex producing PVC in Navoi region.\n\n"
        "RELATED\n→ Uzbekistan and China sign deals worth $5 billion\n\nMORE FROM TBR\n"
        "Samarkand to host Silk Road tourism fair at the Silk Road Samarkand complex."
    )
    body = parse_article("a", "x.txt", text, ref).body
    assert "Navoi region" in body and "Silk Road" not in body and "$5 billion" not in body


def test_a_labelled_publication_date_wins_over_a_dated_decree_line(ref):
    text = (
        "Akimat of Kyzylorda Region | Official Internet resource\n"
        "Main > Documents > Development programmes\n\n"
        "COMPREHENSIVE PLAN FOR THE DEVELOPMENT OF KYZYLORDA REGION\n"
        "(extract; approved by resolution of the akimat No. 312 of 22 December 2023)\n\n"
        "Date of publication: 10.01.2024\n\nThe plan lists investment projects with Chinese investors."
    )
    assert parse_article("a", "x.txt", text, ref).published_date == date(2024, 1, 10)


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        (
            "Received 9 November 2016; accepted 20 February 2017; published online 14 March 2017",
            date(2017, 3, 14),
        ),
        ("Submitted: 02.05.2021 | Revised: 20.07.2021 | Published: 03.08.2021", date(2021, 8, 3)),
        ("First posted 5 June 2019, last updated 7 June 2019", date(2019, 6, 5)),
    ],
)
def test_a_stamp_of_several_dates_gives_the_one_it_was_published(ref, stamp, day):
    text = (
        f"Industrial capacity cooperation between Kazakhstan and China\n\n{stamp}\n\n"
        "The joint list of projects has grown to 51 projects with a total value of $26 billion."
    )
    assert parse_article("a", "x.txt", text, ref).published_date == day


@pytest.mark.parametrize(
    "note", ["(25) Kazakh Invest, press release, 5 June 2024.", "[3] Reuters, 2 March 2020."]
)
def test_a_thesis_title_page_dates_it_and_a_dated_note_at_its_foot_does_not(ref, note):
    text = (
        "NAZARBAYEV UNIVERSITY\nGraduate School of Public Policy\n\n"
        "WHO BUILDS THE TRANSITION? CHINESE DEVELOPERS IN KAZAKHSTAN\n\nby\nDana Zhumabekova\n\n"
        "A thesis submitted in partial fulfilment of the requirements for the degree of Master of "
        "Public Policy\n\n"
        "Supervisor: Assoc. Prof. Timur Alimkhanov\nSecond reader: Dr. Hye-Jin Park\n\n"
        "Astana, Kazakhstan\n25 April 2025\n\n"
        "Chinese firms entered the renewable sector under the fixed feed-in tariffs of 2014-2017, "
        "before the first auctions in 2018.\n\n" + note
    )
    assert parse_article("a", "x.txt", text, ref).published_date == date(2025, 4, 25)


def test_a_stamp_below_a_long_menu_and_a_slashed_day_first_date(ref):
    menu = "Home | Politics | Economics | Society | Incidents | Sports | Analytics | Photo | Video | RU | EN"
    for stamp, expected in [
        ("18 October 2023, 15:47", date(2023, 10, 18)),
        ("07/08/2019 13:05", date(2019, 8, 7)),
    ]:
        text = f"24.kg news agency\n{menu}\n\nKyrgyzstan signs hydropower deal\n\n{stamp}\n\nIt was signed."
        assert parse_article("a", "x.txt", text, ref).published_date == expected


def test_a_sites_other_stories_and_comments_end_the_body_but_a_paragraph_opening_also_on_does_not(ref):
    text = (
        "Construction of coal power plant suspended\n\n29.11.2019 14:22\n\n"
        "Construction of a 300 MW plant in Sughd region has been suspended.\n\n"
        "Also on the agenda was a gas chemical complex in the Aktobe region.\n\n"
        "ALSO ON DUSHANBE HERALD\nDushanbe launches 12 new bus routes\n\nComments (2)\nGuest: no light again."
    )
    body = parse_article("a", "x.txt", text, ref).body
    assert "Aktobe" in body and "bus routes" not in body and "Guest" not in body


def test_a_table_written_as_text_gives_one_item_per_row(ref):
    text = (
        "title: The biggest projects\n\nThe table lists them.\n\n"
        "Project | Capacity | Investor | Status\n"
        "|---|---|---|---|\n"
        "Angren TPP (UZ) | 150 MW | Uzbekenergo; CNEEC | operating\n"
        "Zhanatas wind farm (KZ) | 100 MW | CPIH | under construction\n"
    )
    sentences = [s.text for s in parse_article("0" * 16, "t.txt", text, ref).sentences]
    assert sentences == [
        "The table lists them.",
        "- Angren TPP (UZ), 150 MW, Uzbekenergo, CNEEC, operating.",
        "- Zhanatas wind farm (KZ), 100 MW, CPIH, under construction.",
    ]


@pytest.mark.parametrize(
    ("header", "row", "statement"),
    [
        ("No. | Power plant | Oblast | Installed, MW", "2 | Zhanakorgan SPP | Kyzylorda | 30.0", "30.0 MW"),
        ("Plant | Region | Capacity (MW) | Owner", "Pskem HPP | Tashkent Region | 404 | UGE", "404 MW"),
        ("Mine | Owner | Output in t/year", "Shoptykol | Sinoenergy | 5 000 000", "5 000 000 t/year"),
    ],
)
def test_a_figure_under_a_header_that_names_its_unit_takes_the_unit(ref, header, row, statement):
    text = f"title: t\n\nThe table lists them.\n\n{header}\n{row}\n"
    [_, read_row] = [s.text for s in parse_article("0" * 16, "t.txt", text, ref).sentences]
    assert statement in read_row


def test_a_row_with_a_cell_missing_takes_no_unit(ref):
    text = (
        "title: t\n\nThe table lists them.\n\nPlant | Region | Year | Capacity, MW\nPskem HPP | 2026 | 404\n"
    )
    [_, read_row] = [s.text for s in parse_article("0" * 16, "t.txt", text, ref).sentences]
    assert "MW" not in read_row


def test_a_date_line_under_a_long_standfirst_is_the_date(ref):
    text = (
        "Turkmenistan's China gas bet runs into the limits of its pipelines\n\n"
        "Beijing's appetite for Central Asian gas is growing, but the fourth line Ashgabat needs remains on "
        "hold for now\n\nAidan Forsyth in Almaty\nMarch 6 2023\n\n"
        "Turkmenistan wants to sell more gas to China. The fourth line of the pipeline is still on hold."
    )
    article = parse_article("x", "t.txt", text, ref)
    assert article.published_date == date(2023, 3, 6)
    assert "March 6 2023" not in article.body


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Daniyar Karimov  Feb 6, 2018", date(2018, 2, 6)),
        ("By Alexander Moreton\nSeptember 13, 2013", date(2013, 9, 13)),
    ],
)
def test_a_date_under_a_standfirst_that_ends_a_sentence_is_the_date(ref, byline, expected):
    text = (
        "EURASIANET\n\nKyrgyzstan: Power plant breakdown puts Chinese-funded upgrade under the microscope\n\n"
        "Bishkek froze for five days in the coldest week of the winter. Lawmakers want to know where the "
        f"money went.\n\n{byline}\n\n"
        "The Bishkek plant broke down in January. Its boilers failed in the frost, the ministry said."
    )
    assert parse_article("x", "t.txt", text, ref).published_date == expected


def test_headlines_of_other_stories_ending_a_page_are_not_its_body(ref):
    text = (
        "title: Wind farm opens\n\n"
        "A 100 MW wind farm opened near Zhanatas in Zhambyl region.\n\n"
        "Uzbekistan commissions 300 MW solar plant in Samarkand region\n\n"
        "China's Exim Bank lends $500 million for a Tajik power line\n"
    )
    assert [s.text for s in parse_article("a", "x.txt", text, ref).sentences] == [
        "A 100 MW wind farm opened near Zhanatas in Zhambyl region."
    ]


def test_short_lines_ending_a_page_stay(ref):
    text = (
        "title: Projects\n\nThe region lists its projects.\n\n"
        "Zhanatas wind farm, 100 MW\n\nShokpar wind farm\n"
    )
    assert [s.text for s in parse_article("a", "x.txt", text, ref).sentences][-2:] == [
        "Zhanatas wind farm, 100 MW",
        "Shokpar wind farm",
    ]


def _wrapped(paragraphs: list[str], width: int) -> str:
    """Paragraphs hard-wrapped at a width, as a filing stored as text is."""
    import textwrap

    return "\n\n".join("\n".join(textwrap.wrap(p, width)) for p in paragraphs)


_FILING = [
    "(I) Karatau Wind Farm Project, Kazakhstan",
    "The project is located near the town of Karatau in Talas District of the Zhambyl Region of the "
    "Republic of Kazakhstan. The owner is Joint Stock Company Karatau Wind Power, a subsidiary of Sinohydro "
    "Corporation Limited. The wind farm will have an installed capacity of 100 MW and an annual generation "
    "of approximately 350 million kWh. Construction will take eighteen months.",
    "(II) Tashkent Solar Project, Uzbekistan",
    "The owner is Masdar Clean Energy. The plant will have 200 MW and will be built in the Tashkent Region "
    "of the Republic of Uzbekistan by China Energy Engineering Corporation under a contract signed in May.",
    "The counterparties have no related-party relationship with the Company, its controlling shareholder "
    "or its directors, supervisors and senior management, and have good credit standing.",
]


@pytest.mark.parametrize("width", [72, 100])
def test_a_text_hard_wrapped_at_a_width_is_read_in_whole_sentences(ref, width):
    text = "title: Announcement on major contracts\n\n" + _wrapped(_FILING, width)
    sentences = [s.text for s in parse_article("a", "x.txt", text, ref).sentences]
    assert sentences[0] == "(I) Karatau Wind Farm Project, Kazakhstan"  # a short heading keeps its line
    assert sentences[1] == (
        "The project is located near the town of Karatau in Talas District of the Zhambyl Region of the "
        "Republic of Kazakhstan."
    )
    assert (
        "The wind farm will have an installed capacity of 100 MW and an annual generation of approximately "
        "350 million kWh."
    ) in sentences
    assert "(II) Tashkent Solar Project, Uzbekistan" in sentences


def test_lines_of_a_text_not_wrapped_at_a_width_stay_apart(ref):
    text = (
        "title: Projects\n\nThe region lists the projects it has signed this year with Chinese companies\n"
        "Zhanatas wind farm will be built by Power China.\nShokpar wind farm is ready\n"
        "Karatau solar plant was launched in May by the akim of the region.\nTwo more plants are planned\n"
        "Aral salt plant is still in the design stage, the akimat said.\nThe last one is a cement plant\n"
        "Kentau cement works will start in August.\n"
    )
    sentences = [s.text for s in parse_article("a", "x.txt", text, ref).sentences]
    assert "Zhanatas wind farm will be built by Power China." in sentences
    assert "Shokpar wind farm is ready" in sentences


_QUOTED_NOTICE = (
    "A ferrosilicon plant will be built in the industrial zone of Ekibastuz by EkibastuzFerroAlloys LLP, a "
    "subsidiary of the Chinese company Erdos EPM. The design capacity is 240 thousand tonnes of ferrosilicon "
    "per year."
)


@pytest.mark.parametrize(("width", "mark"), [(60, "> "), (72, ">"), (66, ">> ")])
def test_a_quoted_text_wrapped_at_a_width_is_read_in_whole_sentences(ref, width, mark):
    import textwrap

    quoted = "\n".join(mark + line for line in textwrap.wrap(_QUOTED_NOTICE, width))
    text = f"title: Forum thread\n\nCopied from the akimat website today:\n\n{quoted}\n\nIs this for real?\n"
    sentences = [s.text for s in parse_article("a", "x.txt", text, ref).sentences]
    assert "The design capacity is 240 thousand tonnes of ferrosilicon per year." in sentences
    assert sentences[-1] == "Is this for real?"


def test_quoted_headlines_of_other_lengths_stay_apart(ref):
    text = (
        "title: Story\n\nThe plant started in May. Our readers asked about:\n"
        "> Grid-Forming ESS: What It Takes\n> FusionSolar Powers 400 MW of PV in Turkistan Region\n"
        "> Huawei Wins an Award\n\n"
        "The second phase will follow in 2026.\n"
    )
    sentences = [s.text for s in parse_article("a", "x.txt", text, ref).sentences]
    assert "FusionSolar Powers 400 MW of PV in Turkistan Region" in sentences
    assert "Huawei Wins an Award" in sentences


def test_a_scale_letter_after_a_number_ends_a_sentence_an_initial_does_not():
    text = (
        "Project cost is put at $2.63 B. A $1.34-B credit line covers half. The deal was signed by J. Smith."
    )
    assert split_sentences(text) == [
        "Project cost is put at $2.63 B.",
        "A $1.34-B credit line covers half.",
        "The deal was signed by J. Smith.",
    ]


@pytest.mark.parametrize(
    "contents",
    [
        "In this issue: Rosatom and CNNC split the nuclear programme · World Bank money for Rogun · CKU "
        "railway goes underground",
        "Also in this edition: Energy China switches on a battery; the CKU railway",
        "In today's issue: a new smelter at Aktogay",
    ],
)
def test_a_newsletters_contents_line_is_no_part_of_the_body(ref, contents):
    text = (
        "CENTRAL ASIA ENERGY MONITOR\nWeekly Brief | No. 118 | June 20, 2025\n\n"
        f"{contents}\n\nView in browser\n\nThe China-Kyrgyzstan-Uzbekistan railway began boring its first "
        "tunnel. The line will be 523 km long."
    )
    article = parse_article("a", "000.txt", text, ref)
    assert contents not in article.body
    assert "began boring its first tunnel" in article.body


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "The wind farm followed in 2021 (see IPPA, 2023).(23) Since 2018, Chinese developers won 412 MW.",
            "The wind farm followed in 2021 (see IPPA, 2023).",
        ),
        (
            "The line has since been postponed indefinitely.[2] Galkynysh supplies most of the gas.",
            "The line has since been postponed indefinitely.",
        ),
        (
            'The plant was commissioned in 2019."[14] It runs on coal from Ekibastuz.',
            "The plant was commissioned in 2019.",
        ),
    ],
)
def test_a_note_mark_after_the_full_stop_ends_the_sentence_and_is_no_part_of_the_next(text, first):
    assert split_sentences(text)[0] == first


@pytest.mark.parametrize("agency", ["Trend", "Reuters", "Xinhua"])
def test_an_agency_byline_over_a_story_opening_with_its_name_keeps_the_story(ref, agency):
    text = (
        f"Energy news in brief\n\nBaku, Azerbaijan, Oct. 14\nBy {agency}\n14 October 2019 17:05\n\n"
        f"{agency} presents a digest of energy news from Uzbekistan.\n\n"
        "Masdar has signed a power purchase agreement for the 100 MW Nur Navoi solar plant in Navoi region."
    )
    article = parse_article("a", "x.txt", text, ref)
    assert article.body.endswith("the 100 MW Nur Navoi solar plant in Navoi region.")
    assert article.published_date == date(2019, 10, 14)


def test_a_persons_byline_over_the_same_persons_bio_is_cut(ref):
    text = (
        "Goldwind to build a wind farm in Zhambyl\n\n"
        "Goldwind will build a 50 MW wind farm in Zhambyl region.\n\n"
        "By Dana Omarova\n\nDana Omarova writes on energy for the paper."
    )
    article = parse_article("a", "x.txt", text, ref)
    assert article.body == "Goldwind will build a 50 MW wind farm in Zhambyl region."


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("8/20/08", date(2008, 8, 20)),
        ("12/31/2009", date(2009, 12, 31)),
        ("Published 08/20/2008", date(2008, 8, 20)),
    ],
)
def test_a_month_first_date_is_read_where_its_day_cannot_be_a_month(stamp, day):
    assert find_full_date(stamp) == day


def test_a_slash_date_that_could_be_either_way_round_is_read_day_first():
    assert find_full_date("3/4/2010") == date(2010, 4, 3)
    assert find_full_date("8/12/08") is None

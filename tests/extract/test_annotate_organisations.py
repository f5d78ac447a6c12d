"""Organisations found by their abbreviation, by apposition, with their legal forms; short names."""

from __future__ import annotations

import pytest

from pipelines.domain.extract.annotate.acronyms import spells
from pipelines.domain.extract.annotate.name_words import is_government, name_key
from pipelines.domain.extract.annotate.org_context import with_context
from pipelines.domain.extract.annotate.organisations import find_organisations


def _names(sentence: str, ref) -> list[tuple[str, str | None]]:
    return [(o.text, o.alias) for o in find_organisations(sentence, ref)]


def _aliases(tables) -> dict[str, str]:
    """The article's short names: alias -> the name it stands for."""
    return dict(zip(tables["org_aliases"].alias, tables["org_aliases"].surface, strict=True))


@pytest.mark.parametrize(
    ("abbreviation", "words", "expected"),
    [
        ("KSS", ["KazStroiService"], True),
        ("CPPE", ["China", "Petroleum", "Pipeline", "Engineering"], True),
        ("MoEI", ["ministry", "of", "energy", "and", "industries"], True),
        ("CR20G", ["China", "Railway", "20", "Bureau", "Group", "Corporation"], True),
        ("ADB", ["Asian", "Development", "Bank"], True),
        ("TPP", ["Ekibastuz"], False),
        ("CNPC", ["Chinese", "companies"], False),
    ],
)
def test_an_abbreviation_spells_initials(abbreviation, words, expected):
    assert spells(abbreviation, words) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The line opened, Almaty Energo Service (AES) announced.", [("Almaty Energo Service", "AES")]),
        ("The works went to QazStroiInvest (QSI) in May.", [("QazStroiInvest", "QSI")]),
        ("NGSK QazMunaiStroi (QMS) is the builder.", [("NGSK QazMunaiStroi", "QMS")]),
        ("AEP (Astana Energy Partners) will run it.", [("Astana Energy Partners", "AEP")]),
        (
            "It is for the committee of water resources (CWR) to decide.",
            [("committee of water resources", "CWR")],
        ),
    ],
)
def test_names_glossed_by_their_abbreviation(ref, sentence, expected):
    assert [n for n in _names(sentence, ref) if n[1]] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "A bankable feasibility study (BFS) completed in December outlines an open-pit mine.",
        "The environmental impact assessment (EIA) for the wind farm was approved in May.",
        "A power purchase agreement (PPA) was signed for the 100 MW plant.",
        "The Preliminary Economic Assessment (PEA) puts the cost at 200 million dollars.",
        "Under the Memorandum of Understanding (MoU), the sides will study a smelter.",
    ],
)
def test_a_paper_glossed_by_its_abbreviation_is_no_organisation(ref, sentence):
    assert _names(sentence, ref) == []


def test_a_facility_glossed_by_its_abbreviation_is_no_organisation(ref):
    assert _names("The Turkestan combined heat and power (CHP) plant will open.", ref) == []
    assert _names("The Trans-Caspian Gas Pipeline (TCGP) is under study.", ref) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Turbines came from Qingdao Windtech, a Chinese firm based in Shandong.", "Qingdao Windtech"),
        ("The deal includes Aral Petroleum and Kaz Ener Gas, the state-owned gas companies.", "Kaz Ener Gas"),
        ("Contractor Jiangsu Sunshine Builders finished the work.", "Jiangsu Sunshine Builders"),
        (
            "The contract went to China Nerin Engineering, of Nanchang, and work starts in April.",
            "China Nerin Engineering",
        ),
        ("Towers will come from Shandong Taikai Power, of Jinan.", "Shandong Taikai Power"),
        ("Another Chinese company, Hebei Jinyu Cement, is building a plant near Osh.", "Hebei Jinyu Cement"),
        ("A second investor, Fujian Sanming Glass, has leased land in the zone.", "Fujian Sanming Glass"),
        ("The contractor, Sichuan Huaxi Builders, said work was on schedule.", "Sichuan Huaxi Builders"),
        ('A new resident is the Uzbek-Chinese joint venture "Jizzakh Shunda Glass".', "Jizzakh Shunda Glass"),
        ('The plant belongs to the company "Navoi Solar Power".', "Navoi Solar Power"),
        ("The plant is run by the joint venture Kazakhstan Solar Power.", "Kazakhstan Solar Power"),
    ],
)
def test_names_known_by_an_apposition(ref, sentence, expected):
    assert expected in [name for name, _ in _names(sentence, ref)]


def test_a_name_after_a_company_noun_and_a_comma_needs_its_closing_comma(ref):
    names = [name for name, _ in _names("He thanked the company, Tokayev said on Monday.", ref)]
    assert "Tokayev" not in names


def test_a_person_in_apposition_is_no_organisation(ref):
    names = _names("He met Liu Wen, the chairman of Orient Group, a large Chinese company.", ref)
    assert "Liu Wen" not in [name for name, _ in names]


@pytest.mark.parametrize(
    "sentence",
    [
        "The plant was built by Xian Electric Apparatus Stock Company.",
        "The plant was built by Xian Electric Apparatus Stock Co. Ltd.",
        "The plant was built by Xian Electric Apparatus Co Ltd.",
    ],
)
def test_legal_forms_stay_with_the_name(ref, sentence):
    (name, _), *_ = _names(sentence, ref)
    assert name.startswith("Xian Electric Apparatus") and name_key(name) == "apparatus electric xian"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            'The owner is Joint-Stock Company "Kyrgyz Hydro Power".',
            'Joint-Stock Company "Kyrgyz Hydro Power"',
        ),
        (
            'It was signed by Open Joint Stock Holding Company "Tojik Energy".',
            'Open Joint Stock Holding Company "Tojik Energy"',
        ),
        ('The line belongs to OJSHC "Tojik Energy", the grid operator.', 'OJSHC "Tojik Energy"'),
        (
            'Limited Liability Partnership "Karatau Wind" will run it.',
            'Limited Liability Partnership "Karatau Wind"',
        ),
    ],
)
def test_a_legal_form_spelled_out_before_a_quoted_name_is_part_of_it(ref, sentence, name):
    assert _names(sentence, ref)[0][0] == name
    assert name_key(name) == name_key(name.split('"')[1])


@pytest.mark.parametrize(
    "sentence",
    ["The Joint Stock Company said it will build a plant.", "A Limited Liability Partnership will run it."],
)
def test_a_legal_form_spelled_out_alone_names_nobody(ref, sentence):
    assert _names(sentence, ref) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("In November YDD Corporation LLP launched two furnaces.", "YDD Corporation LLP"),
        ("Since January China Power Holding has run the plant.", "China Power Holding"),
        ("In May Sany Renewable Energy Co. signed the deal.", "Sany Renewable Energy Co"),
    ],
)
def test_a_month_or_since_before_a_name_is_no_part_of_it(ref, sentence, name):
    assert [found for found, _ in _names(sentence, ref)] == [name]


def test_a_bracketed_description_is_no_short_name(ref):
    assert _names("Tojik Sement (Dushanbe cement plant), the largest cement producer, said.", ref) == [
        ("Tojik Sement", None)
    ]


def test_adjective_and_noun_forms_of_a_region_name_one_body():
    assert name_key("Central Asian Energy Company LLC") == name_key("Central Asia Energy Company")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Qazcement, which runs a 2 Mt cement works, is the main cement supplier in the country.",
            "Qazcement",
        ),
        (
            "Jiangnan Heavy, which is one of China's three leading manufacturers, will deliver it.",
            "Jiangnan Heavy",
        ),
    ],
)
def test_names_known_by_what_the_sentence_says_they_are(ref, sentence, expected):
    assert expected in [name for name, _ in _names(sentence, ref)]


def test_a_city_said_to_be_large_is_no_organisation(ref):
    assert _names("Almaty, which is the largest city, hosts the forum.", ref) == []


def test_an_abbreviation_inside_a_name_gives_its_short_form(read_tables):
    tables = read_tables(
        "Z Grid (ZG) International (Singapore) Co., Ltd. will build a 200 MW wind farm in Aktobe region. "
        "ZG International (Singapore) will also supply the turbines."
    )
    aliases = _aliases(tables)
    assert aliases["ZG International (Singapore)"] == "Z Grid (ZG) International (Singapore) Co., Ltd"
    assert "ZG International (Singapore)" in set(tables["org_mentions"].surface)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Qinghai Western Mining will build a copper smelter in Pavlodar.", "Qinghai Western Mining"),
        (
            "Yellow River Power Engineering Corporation signed the deal.",
            "Yellow River Power Engineering Corporation",
        ),
    ],
)
def test_industry_words_end_company_names(ref, sentence, expected):
    assert [name for name, _ in _names(sentence, ref)] == [expected]


def test_short_forms_of_a_long_name(read_tables):
    tables = read_tables(
        "Yellow River Power Engineering Corporation signed a deal for a 100 MW solar plant near Balkhash. "
        "Yellow River Power will start work in May."
    )
    aliases = _aliases(tables)
    assert aliases["Yellow River Power"] == "Yellow River Power Engineering Corporation"


@pytest.mark.parametrize(
    ("first", "short", "name"),
    [
        ("The plant belongs to DMEGC Magnetics Co., Ltd.", "DMEGC", "DMEGC Magnetics Co., Ltd"),
        ("The line is built by Zhongda China Petrol Company.", "Zhongda", "Zhongda China Petrol Company"),
    ],
)
def test_the_first_word_of_a_name_stands_for_it_even_in_capitals(read_tables, first, short, name):
    tables = read_tables(f"{first} {short} is investing 65 million dollars in it.")
    aliases = _aliases(tables)
    assert aliases[short] == name


@pytest.mark.parametrize(
    "sentence",
    [
        "All 96 Goldwind turbines of 6.25 MW each are now in operation.",
        "The plant uses Goldwind wind turbines.",
        "Rows of Goldwind solar panels cover the site.",
    ],
)
def test_a_maker_named_before_its_equipment_is_its_supplier(ref, sentence):
    orgs = with_context(sentence, find_organisations(sentence, ref), ref)
    assert [(o.text, o.role) for o in orgs] == [("Goldwind", "supplier")]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Sinohydro and PowerChina are acting as general contractors.", "contractor"),
        ("The lenders are Sinosure and ICBC.", "financier"),
        ("PowerChina and CNEEC, the EPC contractors, start work in May.", "contractor"),
    ],
)
def test_a_role_word_in_the_plural_gives_every_organisation_its_role(ref, sentence, role):
    orgs = with_context(sentence, find_organisations(sentence, ref), ref)
    assert [o.role for o in orgs] == [role] * len(orgs) and len(orgs) >= 2


@pytest.mark.parametrize(
    "later",
    [
        "Wuhan, which is one of China's three leading manufacturers, will deliver the turbine.",
        "Wuhan, a state-owned company, will deliver the turbine.",
    ],
)
def test_a_city_called_a_body_stands_for_the_name_it_begins(read_tables, later):
    tables = read_tables(
        "Wuhan Boiler Company Ltd. was chosen to equip the 600 MW Turgusun power station. " + later
    )
    aliases = _aliases(tables)
    assert aliases["Wuhan"] == "Wuhan Boiler Company Ltd"


def test_a_city_is_no_body_where_the_text_does_not_call_it_one(read_tables):
    tables = read_tables(
        "Wuhan Boiler Company Ltd. will equip the Turgusun power station. "
        "The boilers were made in Wuhan, the largest city of Hubei."
    )
    assert "Wuhan" not in set(tables["org_mentions"].surface)


@pytest.mark.parametrize(
    ("text", "alias", "name"),
    [
        (
            "China Power International Holding will build the 100 MW Zhanatas wind farm. "
            "China Power said the turbines arrived.",
            "China Power",
            "China Power International Holding",
        ),
        (
            "Qazaq Solar Power LLP will develop the 50 MW Arys solar plant. QSP will operate it.",
            "QSP",
            "Qazaq Solar Power LLP",
        ),
        (
            "Zhetysu Wind Energy Company will build a 60 MW wind farm in Jetisu region. ZWEC won the tender.",
            "ZWEC",
            "Zhetysu Wind Energy Company",
        ),
        (  # the full name only in the title
            "title: Another 50 MW solar plant completed by Universal Energy\n\n"
            "The team connected another of UE's plants, the Kaskelen solar plant, to the grid in June.",
            "UE",
            "Universal Energy",
        ),
        (
            "JSC Navoiyazot is building a PVC complex in Navoi region. The own funds of Navoiyazot amount to "
            "$100 million.",
            "Navoiyazot",
            "JSC Navoiyazot",
        ),
        (
            'LLC "Jizzakh Cement" will build a plant in Jizzakh region. Jizzakh Cement has invested $40 '
            "million.",
            "Jizzakh Cement",
            'LLC "Jizzakh Cement"',
        ),
        (
            "JSC Kazakhaltyn will build a gold plant in Akmola region. Kazakhaltyn said work starts in May.",
            "Kazakhaltyn",
            "JSC Kazakhaltyn",
        ),
    ],
)
def test_short_forms_used_without_brackets(read_tables, text, alias, name):
    tables = read_tables(text)
    aliases = _aliases(tables)
    assert aliases[alias] == name


@pytest.mark.parametrize(
    "text",
    [
        'The line starts at the Rogun HPP, built under a contract with OJSC "Rogun HPP". The Rogun HPP has '
        "two units running.",
        'JSC "Ekibastuz GRES-2" runs the Ekibastuz GRES-2. The Ekibastuz GRES-2 will get a third unit.',
        'The rest comes from JSC "Dehkanabad plant of potash fertilizers". The Dehkanabad plant of potash '
        "fertilizers will reach 600 thousand tons a year.",
    ],
)
def test_a_company_named_after_its_plant_lends_the_plant_no_short_form(read_tables, text):
    tables = read_tables(text)
    plants = {"Rogun HPP", "Ekibastuz GRES-2", "Dehkanabad plant of potash fertilizers"}
    assert not plants & set(tables["org_aliases"].alias)
    assert len(tables["project_frames"]) >= 1  # the plant is read as a project


def test_a_country_led_short_form_shared_by_two_names_stands_for_neither(read_tables):
    tables = read_tables(
        "China Power International Holding will build the Zhanatas wind farm. China Power Engineering "
        "Consulting Group Co., Ltd. designed it. China Power said the turbines arrived."
    )
    assert "China Power" not in set(tables["org_aliases"].alias)


def test_a_subsidiary_named_after_a_listed_body_lends_it_no_short_form(read_tables):
    tables = read_tables(
        "China Gezhouba Group Cement Co., Ltd. will build a cement plant in Kyzylorda region. "
        "China Gezhouba also builds dams."
    )
    assert "China Gezhouba" not in set(tables["org_aliases"].alias)


@pytest.mark.parametrize(
    ("text", "short", "name"),
    [
        (
            "Zarbdor Solar is a unit of China Datang Overseas Investment Co., Ltd., part of China Datang "
            "Corporation. China Datang Overseas is investing $176 million in the plant.",
            "China Datang Overseas",
            "China Datang Overseas Investment Co., Ltd",
        ),
        (
            "The contractor is China Gezhouba Group International Engineering Co., Ltd. China Gezhouba Group "
            "International will build the dam.",
            "China Gezhouba Group International",
            "China Gezhouba Group International Engineering Co., Ltd",
        ),
    ],
)
def test_a_country_led_short_form_of_a_unit_named_after_a_listed_group_is_the_units(
    read_tables, text, short, name
):
    aliases = read_tables(text)["org_aliases"]
    assert (short, name) in set(zip(aliases.alias, aliases.surface, strict=True))


@pytest.mark.parametrize(
    ("text", "child", "parent"),
    [
        (
            "China Mobile International (CMI), the overseas subsidiary of China Mobile, will build a data "
            "centre in Ekibastuz. Data centres built by China Mobile in Ulanqab draw 1,500 MW.",
            "China Mobile International",
            "China Mobile",
        ),
        (
            "TBEA Xinjiang Sunoasis, a wholly owned subsidiary of TBEA, will build the plant. TBEA reported "
            "record orders.",
            "TBEA Xinjiang Sunoasis",
            "TBEA",
        ),
        (
            "Datang Overseas Investment, the Hong Kong-listed arm of Datang, won the tender. Datang said it "
            "plans more plants.",
            "Datang Overseas Investment",
            "Datang",
        ),
    ],
)
def test_a_parent_the_article_names_is_no_short_form_of_its_subsidiary(read_tables, text, child, parent):
    tables = read_tables(text)
    relations = set(zip(tables["org_relations"].child, tables["org_relations"].parent, strict=True))
    aliases = set(zip(tables["org_aliases"].alias, tables["org_aliases"].surface, strict=True))
    assert (child, parent) in relations and (parent, child) not in aliases


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Aktos Energy is developing the Mirny site with TotalEnergies.", "Aktos Energy"),
        ("Qazaq Green Power are building the farm near Shu.", "Qazaq Green Power"),
        ("Arys Solar Energy was installing panels all winter.", "Arys Solar Energy"),
    ],
)
def test_a_name_doing_business_in_the_progressive_is_a_body(ref, sentence, expected):
    assert expected in [name for name, _ in _names(sentence, ref)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tibet Huayu Mining, which holds half of it, will invest $140 million.", "Tibet Huayu Mining"),
        ("Aral Petro Service, that won the tender last year, is building the unit.", "Aral Petro Service"),
        ("Altyn Dala Agro, which was set up in 2021, plans to develop a second stage.", "Altyn Dala Agro"),
    ],
)
def test_a_name_doing_business_past_a_relative_clause_is_a_body(ref, sentence, expected):
    assert expected in [name for name, _ in _names(sentence, ref)]


def test_a_person_doing_business_past_a_relative_clause_is_no_body(ref):
    assert _names("Mayor Nurlan Abenov, who chaired the meeting, will build a school.", ref) == []


def test_a_name_in_the_passive_is_no_body(ref):
    assert _names("Arys Solar Energy was commissioned last year.", ref) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The deal reflects joint work by Visor International DMCC and the bank.",
            "Visor International DMCC",
        ),
        ("Masdar Clean Energy FZE will build it.", "Masdar Clean Energy FZE"),
        ("Enel Green Power S.p.A. will build the plant.", "Enel Green Power S.p.A"),
    ],
)
def test_legal_forms_of_other_jurisdictions_make_a_name(ref, sentence, expected):
    assert expected in [name for name, _ in _names(sentence, ref)]


def test_a_listed_name_without_its_country_is_the_short_name_of_the_organisation_named(read_tables):
    tables = read_tables(
        "The Export-Import Bank of China lent $300 million for the 100 MW wind farm in Zhambyl region. The "
        "Exim Bank loan has a term of 20 years."
    )
    aliases = _aliases(tables)
    assert aliases["Exim Bank"] == "Export-Import Bank of China"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The plant got $350 million from the World Bank's International Development Association (IDA).",
            {"IDA": "International Development Association"},
        ),
        (
            'The line was built by "China Electric Power Equipment and Technology Co., Ltd." (CET) with '
            "Kazakh partners.",
            {"CET": "China Electric Power Equipment and Technology Co., Ltd"},
        ),
    ],
)
def test_an_owner_before_a_name_and_a_quote_before_its_bracket_are_no_part_of_it(
    read_tables, sentence, expected
):
    aliases = read_tables(f"Title: t\n\n{sentence}\n")["org_aliases"]
    assert {a: s for a, s in zip(aliases.alias, aliases.surface, strict=True) if a in expected} == expected


def test_a_listed_name_with_a_possessive_inside_stays_whole(read_tables):
    orgs = read_tables(
        "Title: t\n\nChina Nonferrous Metal Industry's Foreign Engineering and Construction Co. (NFC) built "
        "the Aktogay copper mine.\n"
    )["org_mentions"]
    assert "China Nonferrous Metal Industry's Foreign Engineering and Construction Co" in set(orgs.surface)


@pytest.mark.parametrize(
    "text",
    [
        "Shymkent refinery, 6 Mt/y, PetroKazakhstan Oil Products (KazMunayGas, CNPC), operating.",
        "The refinery belongs to PetroKazakhstan Oil Products (KazMunayGas; CNPC) in Shymkent.",
    ],
)
def test_owners_listed_in_brackets_are_no_short_name(read_tables, text):
    aliases = dict(zip(*(read_tables(text)["org_aliases"][c] for c in ("alias", "surface")), strict=True))
    assert aliases.get("KazMunayGas") != "PetroKazakhstan Oil Products"
    assert "KazMunayGas" in set(read_tables(text)["org_mentions"].surface)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The plant will be built by a venture of Ak-Tal Energo and China's Tianshan Hydro Co., Ltd.",
            ["Ak-Tal Energo", "Tianshan Hydro Co., Ltd"],
        ),
        (
            "The partners are Ak-Bulak Energy Group and China's Tianshan Power Co. Ltd.",
            ["Ak-Bulak Energy Group", "Tianshan Power Co. Ltd"],
        ),
    ],
)
def test_a_possessive_after_and_opens_a_second_name(ref, sentence, expected):
    assert [name for name, _ in _names(sentence, ref)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The venture was set up by China's Tianshan Building Materials and Chemicals (Group) Co., Ltd. "
            "and Tajikcement OJSC.",
            ["Tianshan Building Materials and Chemicals (Group) Co., Ltd", "Tajikcement OJSC"],
        ),
        (
            "Power will be sold to National Electric Network of Kyrgyzstan OJSC under a 15-year contract.",
            ["National Electric Network of Kyrgyzstan OJSC"],
        ),
    ],
)
def test_a_legal_form_after_a_name_stays_with_it(ref, sentence, expected):
    assert [name for name, _ in _names(sentence, ref)] == expected


def test_a_legal_form_the_article_uses_alone_does_not_eat_the_name_after_it(ref):
    sentence = "Huadian will sell the electricity to JSC National Electric Grid of Uzbekistan."
    found = find_organisations(sentence, ref, article_aliases={"JSC"})
    assert [o.text for o in found] == ["Huadian", "JSC National Electric Grid of Uzbekistan"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Cabinet of Ministers of Kyrgyzstan and the Chinese company Yunnan Tin Group Company Limited "
            "signed an investment agreement.",
            ["Cabinet of Ministers of Kyrgyzstan", "Yunnan Tin Group Company Limited"],
        ),
        (
            "The Ministry of Energy of Uzbekistan and the Chinese side signed a protocol.",
            ["Ministry of Energy of Uzbekistan"],
        ),
        (
            "The Ministry of Industry and New Technologies of Kazakhstan approved the plan.",
            ["Ministry of Industry and New Technologies of Kazakhstan"],
        ),
    ],
)
def test_a_body_named_with_its_country_ends_there(ref, sentence, expected):
    assert [name for name, _ in _names(sentence, ref)] == expected


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('JSC "Navoiyazot" and CNCEC signed an agreement.', 'JSC "Navoiyazot"'),
        (
            'The plant will be built by LLC "Surkhon Sement Industry" with Sinoma.',
            'LLC "Surkhon Sement Industry"',
        ),
    ],
)
def test_a_quoted_name_after_its_legal_form_is_an_organisation(ref, sentence, name):
    assert name in [o.text for o in find_organisations(sentence, ref)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The builder is the Chinese company China Triumph International Engineering, CTIEC, which has "
            "built lines.",
            [("China Triumph International Engineering", "CTIEC")],
        ),
        (
            "Our Xinjiang Electric Power Design Institute, XJEPDI, signed the EPC contract in July.",
            [("Xinjiang Electric Power Design Institute", "XJEPDI")],
        ),
        (
            "We signed with China Electric Power Equipment and Technology, CET, in June.",
            [("China Electric Power Equipment and Technology", "CET")],
        ),
        (
            "The bidders were China Power International Holding, CNPC, and Sinopec.",
            [("China Power International Holding", None), ("CNPC", None), ("Sinopec", None)],
        ),
    ],
)
def test_an_abbreviation_set_off_by_commas_is_the_names_short_form(ref, sentence, expected):
    assert _names(sentence, ref) == expected


@pytest.mark.parametrize(
    ("text", "surface", "body"),
    [
        (
            "China's Exim Bank lent $1.1 billion for the Atyrau refinery.",
            "Exim Bank",
            "Export-Import Bank of China",
        ),
        (
            "Kazakhstan's Development Bank lent $200 million for the Pavlodar smelter.",
            "Development Bank",
            "Development Bank of Kazakhstan",
        ),
    ],
)
def test_a_name_after_a_countrys_possessive_is_the_body_listed_with_that_country(
    read_tables, text, surface, body
):
    assert _aliases(read_tables(text))[surface] == body


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Junzheng Energy & Chemical Industry Group will build a ferrosilicon plant.",
            ["Junzheng Energy & Chemical Industry Group"],
        ),
        (
            "It is a subsidiary of Inner Mongolia Junzheng Energy & Chemical Industry Group.",
            ["Inner Mongolia Junzheng Energy & Chemical Industry Group"],
        ),
        (
            "Sinosun Energy and Poly Power Corporation will build the plant.",
            ["Sinosun Energy", "Poly Power Corporation"],
        ),
    ],
)
def test_an_ampersand_joins_the_words_of_one_name(ref, sentence, expected):
    assert [name for name, _ in _names(sentence, ref)] == expected


@pytest.mark.parametrize(
    "sentence",
    ["Silicon prices have risen to $3,200 per tonne.", "Coal output has risen by 5%."],
)
def test_a_listed_name_written_in_lower_case_is_a_plain_word(ref, sentence):
    assert _names(sentence, ref) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the documents signed in Tashkent on Wednesday, the parties will set up a joint venture.",
        "On Monday, the parties signed a deal in Astana.",
    ],
)
def test_a_weekday_is_no_organisation(ref, sentence):
    assert _names(sentence, ref) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Today Xingfa Kazakhstan LLP signed an agreement on a phosphate plant.",
        "Yesterday Xingfa Kazakhstan LLP signed an agreement on a phosphate plant.",
        "Recently Xingfa Kazakhstan LLP signed an agreement on a phosphate plant.",
    ],
)
def test_a_word_of_time_opening_a_sentence_is_no_part_of_a_name(ref, sentence):
    assert [name for name, _ in _names(sentence, ref)] == ["Xingfa Kazakhstan LLP"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The office ordered the owner, Ak-Kul Mining CJSC, to stop work.", ["Ak-Kul Mining CJSC"]),
        ("Kumtor Gold ZAO said it would comply.", ["Kumtor Gold ZAO"]),
        (
            "The State Committee for Industry, Energy and Subsoil Use revoked it.",
            ["State Committee for Industry, Energy and Subsoil Use"],
        ),
        (
            "The Ministry of Energy, KEGOC and Samruk-Kazyna signed.",
            ["Ministry of Energy", "KEGOC", "Samruk-Kazyna"],
        ),
        ("The London-listed Chaarat Gold is building a mine.", ["Chaarat Gold"]),
        ("The Shanghai-registered Jiangsu Sopo Chemical Co. will build it.", ["Jiangsu Sopo Chemical Co"]),
        ("It will be built by Hong Kong-based Universal Energy Co.", ["Universal Energy Co"]),
        ("Orda Glass has already invested $220 million in the plant.", ["Orda Glass"]),
        ("Ekibastuz Ferroalloys has now built the second furnace.", ["Ekibastuz Ferroalloys"]),
        ("Caspian Bitum will jointly develop the field.", ["Caspian Bitum"]),
        ("The Hong Kong-listed Jiangsu Sopo Chemical Co. will build it.", ["Jiangsu Sopo Chemical Co"]),
    ],
)
def test_legal_forms_listed_fields_and_where_a_company_is_listed(ref, sentence, expected):
    assert [name for name, _ in _names(sentence, ref)] == expected


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Korea Western Power Co. (KOWEPO) has signed an investment agreement.", "Korea Western Power Co"),
        ("The loan was arranged by Korea Development Bank.", "Korea Development Bank"),
        ("A contract went to Korea Electric Power Corp. last year.", "Korea Electric Power Corp"),
        ("The Korean KEPCO Engineering Co. will design the line.", "KEPCO Engineering Co"),
        ("The Russian Inter RAO Group will supply power.", "Inter RAO Group"),
        ("It is implemented by the Swedish-German company Svevind Energy Group.", "Svevind Energy Group"),
        (
            "The plant is run by the Russian-Chinese venture Amur Gas Chemical Company.",
            "Amur Gas Chemical Company",
        ),
    ],
)
def test_a_country_s_short_name_opens_a_company_name_a_demonym_does_not(ref, sentence, name):
    assert name in [text for text, _ in _names(sentence, ref)]


def test_two_joined_demonyms_are_no_company(ref):
    names = _names(
        "The largest project is implemented by the Swedish-German company Svevind Energy Group.", ref
    )
    assert [text for text, _ in names] == ["Svevind Energy Group"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In Uzbekistan, Mitsubishi Hitachi Power Systems (MHPS) supplied the gas turbines.",
        "Mitsubishi Hitachi Power Systems supplied the gas turbines for the plant.",
        "The gas turbines came from Mitsubishi Hitachi Power Systems, the Japanese maker.",
    ],
)
def test_a_name_ending_in_systems_is_a_company(ref, sentence):
    assert "Mitsubishi Hitachi Power Systems" in [text for text, _ in _names(sentence, ref)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Here China Datang Overseas Investment Co., Ltd. will build a plant.", "China Datang Overseas"),
        ("Nearby Huaxin Cement Andijan LLC is building a cement plant.", "Huaxin Cement Andijan LLC"),
        ("Separately Sany Renewable Energy Co. signed the deal.", "Sany Renewable Energy Co"),
    ],
)
def test_an_adverb_opening_the_sentence_is_no_part_of_a_name(ref, sentence, name):
    [found] = [found for found, _ in _names(sentence, ref)]
    assert found.startswith(name)


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "An agreement was signed by State Grid Xinjiang Electric Power Co., Ltd. for a line. "
            "State Grid Xinjiang will invest $190 million in it.",
            "State Grid Xinjiang",
            "State Grid Xinjiang Electric Power Co., Ltd",
        ),
        (
            "PowerChina Hubei Electric Engineering will build the wind farm. PowerChina Hubei said work "
            "starts in May.",
            "PowerChina Hubei",
            "PowerChina Hubei Electric Engineering",
        ),
    ],
)
def test_a_groups_name_and_its_units_province_stand_for_the_unit(read_tables, text, short, full):
    assert _aliases(read_tables(text))[short] == full


@pytest.mark.parametrize(
    "place",
    ["a substation near Tasaryk", "a substation in Tasaryk district", "the outskirts of Tasaryk"],
)
def test_a_town_a_company_is_named_after_stays_a_town_where_the_text_says_so(read, place):
    """'Tasaryk' is the short name of 'Tasaryk Wind Power LLP' only where no settlement is meant."""
    projects = read(
        "Tasaryk Wind Power LLP is building a 100 MW wind farm in Turkistan region. KEGOC is building a "
        f"power line from the farm to {place}."
    )
    line = next(p for p in projects if p["type"] == "transmission")
    assert line["participants"] == {"KEGOC": "developer"}


@pytest.mark.parametrize(
    "text",
    [
        "Huaxin Cement Andijan LLC, a subsidiary of the Chinese company Huaxin Cement Co., Ltd., is "
        "building a cement plant in Khojaabad.",
        "Huaxin Cement Andijan LLC, a unit of Huaxin Cement Co., Ltd., will build a cement plant in Termez.",
        "Huaxin Cement Andijan LLC, itself a subsidiary of Huaxin Cement Co., Ltd., plans to build a cement "
        "plant in Khojaabad.",
    ],
)
def test_the_verb_after_a_parent_in_an_aside_is_the_subsidiarys(read, text):
    [plant] = read(text)
    assert plant["participants"].get("Huaxin Cement Andijan LLC") == "developer"
    assert plant["participants"].get("Huaxin Cement Co., Ltd") in (None, "partner")


@pytest.mark.parametrize(
    ("text", "short"),
    [
        (
            "China Datang Overseas Investment Co., Ltd. completed the Shumanay solar plant. About $540 "
            "million was invested by Datang Overseas.",
            "Datang Overseas",
        ),
        (
            "China Datang Overseas Investment Co., Ltd. completed the Shumanay solar plant. Datang Overseas "
            "will run it for 25 years.",
            "Datang Overseas",
        ),
    ],
)
def test_a_companys_own_words_after_its_groups_name_stand_for_it(read_tables, text, short):
    """'Datang Overseas' is not the listed 'China Datang' group the name begins with."""
    aliases = read_tables(text)["org_aliases"]
    assert (
        dict(zip(aliases.alias, aliases.surface, strict=True)).get(short)
        == "China Datang Overseas Investment Co., Ltd"
    )


def test_a_subsidiarys_group_name_used_alone_stays_the_groups(read_tables):
    aliases = read_tables(
        "China Southern Power Grid International is building a solar plant in Karakalpakstan. China Southern "
        "Power Grid said the plant will be connected next year."
    )["org_aliases"]
    assert "China Southern Power Grid" not in set(aliases.alias)


def test_the_group_named_in_full_as_well_keeps_its_short_name(read_tables):
    aliases = read_tables(
        "Harbin Electric International Co, a unit of Harbin Electric Corporation, cancelled the Angren "
        "expansion. Harbin Electric will invest $180 million in a solar plant in Samarkand region."
    )["org_aliases"]
    assert (
        dict(zip(aliases.alias, aliases.surface, strict=True)).get("Harbin Electric")
        == "Harbin Electric Corporation"
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The wind farm was built by China Power and Samruk-Energy.", ["China Power", "Samruk-Energy"]),
        ("The plant is owned by Samruk-Energy and Visor Holding.", ["Samruk-Energy", "Visor Holding"]),
        ("China Power and Samruk-Energy invested $155 million in it.", ["China Power", "Samruk-Energy"]),
        (
            "The refinery will be modernised by Sinopec Engineering and KazMunayGas.",
            ["Sinopec Engineering", "KazMunayGas"],
        ),
    ],
)
def test_a_name_joined_to_a_listed_one_by_and_is_a_name_of_its_own(ref, sentence, expected):
    assert [o.text for o in find_organisations(sentence, ref)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "They presented their joint venture Abai Copper LLP for the Karakuduk copper deposit.",
            "Abai Copper LLP",
        ),
        ("The developer Kaskasu Wind LLC of the Turkistan region signed the PPA.", "Kaskasu Wind LLC"),
        (
            "The project company Shokpar Wind Power LLP for the 100 MW farm was set up in May.",
            "Shokpar Wind Power LLP",
        ),
    ],
)
def test_a_name_ends_at_its_legal_form(ref, sentence, expected):
    assert expected in [o.text for o in find_organisations(sentence, ref)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("He visited the cement plant of Huaxin Gayur Cement in Yavan district.", "Huaxin Gayur Cement"),
        (
            "The mine belongs to Zijin Altynken Mining, a venture with the Kyrgyz state.",
            "Zijin Altynken Mining",
        ),
        ("TBEA Sunkar Energy will run the new boiler house.", "TBEA Sunkar Energy"),
    ],
)
def test_a_listed_name_with_another_word_and_an_industry_word_is_a_body_of_its_own(ref, sentence, name):
    """A joint venture or a subsidiary named after its parent is not the parent."""
    assert [o.text for o in find_organisations(sentence, ref)][:1] == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The loan was signed by ADB Director General Suzanne Gaboury.", "ADB"),
        ("Its owner is Huaxin Tashkent Cement, the ministry said.", "Huaxin"),
    ],
)
def test_a_title_or_a_place_after_a_listed_name_makes_no_body_of_its_own(ref, sentence, name):
    assert [o.text for o in find_organisations(sentence, ref)][:1] == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "SNPS-Aktobemunaigaz JSC operates the Zhanazhol field.",
        "The Zhanazhol field is run by SNPS-Aktobemunaigas, the Chinese-owned producer.",
        "CNPC-AMG will build a gas power plant at Zhanazhol.",
    ],
)
def test_the_russian_spelling_of_a_listed_chinese_company_is_that_company(ref, sentence):
    """'SNPS' is how Russian writes CNPC: 'SNPS-Aktobemunaigaz' is CNPC-Aktobemunaigas."""
    assert [o.known for o in find_organisations(sentence, ref)] == ["CNPC-Aktobemunaigas"]


@pytest.mark.parametrize(
    ("name", "government"),
    [
        ("Kazakhstan's Ministry of Energy", True),
        ("the Zhambyl Region Akimat", True),
        ("National Investment Agency under the President", True),
        ("Tashkent City Administration", True),
        ("Ministry of Energy", True),
        ("China Energy Engineering Corporation", False),
        ("Sinohydro Bureau 3", False),
        ("Asian Development Bank", False),
    ],
)
def test_a_government_body_is_told_by_its_head_noun_after_a_few_words(name, government):
    assert is_government(name) is government


@pytest.mark.parametrize(
    "sentence",
    [
        "In Astana, CNPC and Kyrgyzstan's Ministry of Energy signed an agreement on the Kyrgyz section.",
        "CNPC and the Ministry of Energy of the Kyrgyz Republic agreed on the Kyrgyz section of the line.",
    ],
)
def test_a_company_joined_to_a_ministry_does_not_take_its_standing(ref, sentence):
    roles = {o.text: o.role for o in with_context(sentence, find_organisations(sentence, ref), ref)}
    assert roles["CNPC"] == "partner"
    assert [role for name, role in roles.items() if "Ministry" in name] == ["government"]


def test_a_name_in_a_hashtag_is_found_like_any_other(read):
    projects = read(
        "ACWA Power will build a 100 MW wind farm near Nukus in Karakalpakstan.\n\n"
        "#green_energy #ACWA_Power #Uzbekistan"
    )
    assert [(p["type"], p["region"], p["participants"]) for p in projects] == [
        ("wind", "Karakalpakstan", {"ACWA Power": "developer"})
    ]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "CNPC and Hengxin Silicon LLP signed an agreement on a ferrosilicon plant.",
            ["CNPC", "Hengxin Silicon LLP"],
        ),
        (
            "Kazakh Invest and Tengri Silicon LLP signed an agreement.",
            ["Kazakh Invest", "Tengri Silicon LLP"],
        ),
        (
            "The agreement was signed by Kazakh Invest and Ningxia Hengxin Silicon Industry Group.",
            ["Kazakh Invest", "Ningxia Hengxin Silicon Industry Group"],
        ),
        (
            "Almalyk MMC and Jiangxi Copper Co., Ltd. signed an agreement.",
            ["Almalyk MMC", "Jiangxi Copper Co., Ltd"],
        ),
    ],
)
def test_a_listed_name_joined_by_and_to_a_name_with_a_legal_form_is_two(ref, sentence, names):
    assert [name for name, _ in _names(sentence, ref)] == names


@pytest.mark.parametrize("name", ["MIIT", "Kazakh Invest", "NDRC", "Ministry of Energy"])
def test_a_body_listed_as_government_is_one_by_any_of_its_names(name):
    assert is_government(name)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "In power, China National Electric Engineering Company (CNEEC) added a unit to the Angren plant.",
            "China National Electric Engineering Company",
        ),
        ("Besides power, China Energy Engineering built the line.", "China Energy Engineering"),
    ],
)
def test_a_listed_name_does_not_start_on_a_lowercase_word_before_a_comma(ref, sentence, name):
    assert [o.text for o in find_organisations(sentence, ref)][0] == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('In Navoi JSC "Navoiyazot" completes the construction of the complex.', 'JSC "Navoiyazot"'),
        ('In Almalyk JSC "Almalyk MMC" opened a plant.', 'JSC "Almalyk MMC"'),
    ],
)
def test_a_legal_form_before_a_quoted_name_opens_that_name_not_the_town_before(ref, sentence, name):
    assert [o.text for o in find_organisations(sentence, ref)] == [name]


@pytest.mark.parametrize(
    ("first", "short", "name"),
    [
        (
            "It is a joint venture of China's Xinjiang Tianfu Energy and KEGOC.",
            "Tianfu Energy",
            "Xinjiang Tianfu Energy",
        ),
        (
            "It is built by Shaanxi Hengtong Power Co., Ltd.",
            "Hengtong Power",
            "Shaanxi Hengtong Power Co., Ltd",
        ),
    ],
)
def test_a_name_less_its_province_stands_for_it(read_tables, first, short, name):
    tables = read_tables(
        f"A 100 MW solar plant will be built near Balkhash. {first} {short} said so on Monday."
    )
    aliases = _aliases(tables)
    assert aliases[short] == name


@pytest.mark.parametrize(
    "sentence",
    [
        "The Cabinet approved an agreement with China's Mingyang Smart Energy Group on a wind farm.",
        "Mingyang Smart Energy Group will build a 200 MW wind farm in Issyk-Kul region.",
    ],
)
def test_a_listed_name_with_group_after_it_is_the_listed_body_written_whole(ref, sentence):
    (mention,) = find_organisations(sentence, ref)
    assert (mention.text, mention.known) == ("Mingyang Smart Energy Group", "Mingyang Smart Energy")


def test_group_after_a_listed_short_name_is_not_that_body(ref):
    (mention,) = find_organisations("Huaxin Group will build a cement plant in Yovon.", ref)
    assert mention.text != "Huaxin Group"  # the group above Huaxin Cement, not Huaxin Cement itself


@pytest.mark.parametrize(
    ("sentence", "known"),
    [
        ("Earlier, China Energy Engineering Corp. signed an agreement.", "China Energy Engineering Group"),
        ("Earlier, Sinohydro Corp. signed an agreement.", "Sinohydro"),
        ("The works went to Sinohydro Corp. in May.", "Sinohydro"),
    ],
)
def test_a_listed_name_with_its_abbreviated_legal_form_and_a_full_stop_is_the_listed_body(
    ref, sentence, known
):
    assert [o.known for o in find_organisations(sentence, ref)] == [known]


@pytest.mark.parametrize(
    ("text", "alias", "name"),
    [
        (
            "Silleno is owned 30% by China Petroleum & Chemical Corp., or Sinopec, which builds a plant in "
            "Atyrau region. Sinopec will pay its share.",
            "Sinopec",
            "China Petroleum & Chemical Corp",
        ),
        (
            "The loan is insured by China Export & Credit Insurance Corp., known as Sinosure, for a wind "
            "farm in Zhambyl region.",
            "Sinosure",
            "China Export & Credit Insurance Corp",
        ),
        (
            "Qarshi Textile Holding Ltd., also known as Qartex, will build a plant in Kashkadarya region. "
            "Qartex said work starts in May.",
            "Qartex",
            "Qarshi Textile Holding Ltd",
        ),
    ],
)
def test_the_other_name_an_article_gives_after_a_comma_is_its_short_name(read_tables, text, alias, name):
    tables = read_tables(text)
    aliases = _aliases(tables)
    assert aliases[alias] == name


def test_an_alternative_listed_lender_after_or_is_no_short_name(read_tables):
    tables = read_tables(
        "The plant in Navoi region will be financed by Bank of China, or ICBC, if the first bank declines."
    )
    aliases = _aliases(tables)
    assert aliases.get("ICBC") != "Bank of China"


@pytest.mark.parametrize(
    "text",
    [
        "KazMunayGas National Co. said the plant in Atyrau region would start in 2029. KazMunayGas owns 40%.",
        "KazMunayGas National Company will build a plant in Atyrau region. KazMunayGas said so on Monday.",
    ],
)
def test_a_national_company_form_after_the_name_is_its_legal_form(read_tables, text):
    tables = read_tables(text)
    aliases = _aliases(tables)
    assert aliases["KazMunayGas"].startswith("KazMunayGas National Co")

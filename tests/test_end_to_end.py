"""The whole graph materialised into a temporary warehouse, read back as an analyst would, and scored."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import duckdb
import pytest
import yaml

from pipelines.run import main
from tests.scoring.score import Warehouse, merge_gold, score

REPO = Path(__file__).resolve().parents[1]
SEED_ARTICLES = REPO / "seeds" / "articles"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _materialise(articles: Path, env_dirs: SimpleNamespace) -> Path:
    for path in articles.glob("*.txt"):
        shutil.copy(path, env_dirs.articles)
    assert main() == 0
    return env_dirs.warehouse


@pytest.fixture
def seed_warehouse(env_dirs: SimpleNamespace) -> Path:
    return _materialise(SEED_ARTICLES, env_dirs)


def test_zhanatas_wind_farm_with_its_evidence(seed_warehouse: Path):
    with duckdb.connect(str(seed_warehouse / "energy.duckdb"), read_only=True) as con:
        rows = con.execute("""
            select p.status, p.region, p.region_code, c.value_std, c.unit_std, c.evidence
            from projects p join capacities c using (project_id)
            where p.project_type = 'wind' and p.locality = 'Zhanatas' and c.metric = 'installed_power'
        """).fetchall()
    assert rows, "no Zhanatas wind farm"
    status, region, code, value, unit, evidence = rows[0]
    assert (status, region, code, value, unit) == ("operating", "Zhambyl", "KZ-31", 100.0, "MW")
    assert "100-megawatt wind power plant in Zhanatas" in evidence


def test_parquet_and_duckdb_agree(seed_warehouse: Path):
    with duckdb.connect(str(seed_warehouse / "energy.duckdb"), read_only=True) as con:
        for table in ("projects", "capacities", "investments", "organisations", "project_status_history"):
            in_db = con.execute(f"select count(*) from {table}").fetchone()[0]
            parquet = seed_warehouse / "parquet" / f"{table}.parquet"
            in_parquet = con.execute(f"select count(*) from read_parquet('{parquet}')").fetchone()[0]
            assert in_db == in_parquet > 0


def _score(warehouse: Path, *golds: Path) -> dict:
    return score(
        Warehouse(warehouse), merge_gold([yaml.safe_load(g.read_text(encoding="utf-8")) for g in golds])
    )


def _assert_quality(result: dict) -> None:
    organisations = result["organisations"]
    assert result["facts"]["f1"] >= 0.90, result["projects"]["missed"] + result["capacities"]["missed"]
    assert organisations["same_ok"] == organisations["same_of"], organisations["same"]
    assert organisations["different_ok"] == organisations["different_of"], organisations["different"]


def test_seed_articles_score(seed_warehouse: Path):
    result = _score(seed_warehouse, FIXTURES / "seed_facts.yaml")
    _assert_quality(result)
    assert result["dates"]["ok"] == result["dates"]["of"]


@pytest.mark.parametrize("fixture_set", [FIXTURES, FIXTURES / "holdout"], ids=["unseen_style", "holdout"])
def test_unseen_style_articles_score(env_dirs: SimpleNamespace, fixture_set: Path):
    """Articles written apart from the rules (wire, press release, ministry, regional press), scored."""
    warehouse = _materialise(fixture_set / "articles", env_dirs)
    result = _score(warehouse, fixture_set / "expected_facts.yaml")
    _assert_quality(result)
    assert result["dates"]["ok"] == result["dates"]["of"]


def test_dev_set_articles_rewritten_from_real_news_score(env_dirs: SimpleNamespace):
    """The evaluation's development set (45 articles rewritten fact for fact from real reports), scored the
    way the evaluation scores: the floors of the real-news issue."""
    dev = FIXTURES / "dev"
    warehouse = _materialise(dev / "articles", env_dirs)
    result = _score(warehouse, *sorted(dev.glob("gold_dev*.yaml")))
    projects, organisations = result["projects"], result["organisations"]
    # the floors: facts F1 0.85, status 85%, participants F1 0.70; these guard what is reached
    assert result["facts"]["f1"] >= 0.90, (projects["missed"], result["capacities"]["missed"])
    assert projects["status_ok"] >= 0.90 * projects["status_of"]
    assert result["participants"]["f1"] >= 0.75
    assert organisations["different_ok"] == organisations["different_of"], organisations["different"]
    # left: 'Ltd.' read as a name of its own by the expected facts, 'UE' for Universal Energy
    assert organisations["same_ok"] >= organisations["same_of"] - 2, organisations["same"]
    assert result["dates"]["ok"] == result["dates"]["of"]


@pytest.mark.parametrize(
    ("sets", "floor", "undated", "status_floor"),
    [
        # three sets of 14 (wire, ministry, trade press, analysis, interview, fact sheets, cut-off pages):
        # 0.61 in one run before the rules of the session that wrote them, 0.83 after
        (("set1", "set2", "set3"), 0.80, 0, 0.75),
        # five sets written later (Kazakh and Kyrgyz, Uzbek, Tajik and Turkmen news, heavy industry, stored
        # web pages with menus and related links, a syndicated pair, ministry posts with emoji lists):
        # 0.67-0.79 each when first read, 0.78 in one run now (the same real projects told by several sets
        # meet in one warehouse); dates left: a year-less '12/04/22', an interview with none, a day only
        (("set4", "set5", "set6", "set7", "set8"), 0.75, 5, 0.75),
        # three sets written in a later session (Chinese state media, bank releases and exchange filings,
        # Central Asian outlets in translation): 0.65 in one run at that session's start, 0.75 at its end
        # (0.73, 0.70, 0.67 each when first read); dates left: two Xinhua datelines with no year; status
        # right 51 of 66 (the stage of a plant 'reported' by a bank or an exchange filing is often unread)
        (("set9", "set10", "set11"), 0.72, 2, 0.65),
        # four sets written later still (trade press and analysis, government and Russian-language business
        # press, digests with tables, interviews): 0.78, 0.69, 0.64 and 0.71 each when first read (sets 12
        # and 13 never read for errors), 0.69 in one run at the end of that session
        (("set12", "set13", "set14", "set15"), 0.65, 5, 0.65),
        # three sets written in the session after (Central Asian regional news in translation, wire services
        # and business dailies, government releases with agreement lists and tables): 0.72, 0.69, 0.79 each
        # when first read, 0.72 in one run at that session's start, 0.79 at its end (set 16 never read for
        # errors); status right 62 of 91 (stages told only by a later article or a year-end review); 0.82 a
        # session later
        (("set16", "set17", "set18"), 0.78, 2, 0.60),
        # two sets written at the end of that session (Kazakh and Uzbek business press: audits, delays, court
        # rulings; Chinese company announcements and provincial media): 0.58 and 0.72 each when first read,
        # 0.62 in one run before that session's last rules and 0.69 after (set 20 never read for errors);
        # 0.73 a session later
        (("set19", "set20"), 0.70, 0, 0.65),
        # three sets written at the start of the session after (Kyrgyz and Tajik regional outlets, oil, gas
        # and petrochemical trade press, Chinese state and business media): 0.72, 0.65 and 0.76 each when
        # first read, 0.71 in one run before that session's rules and 0.79 after (set 23 never read for
        # errors); dates left: stamps like '19/10/23' and WeChat posts with none
        (("set21", "set22", "set23"), 0.75, 7, 0.60),
        # a set written at the start of the session after (wire services and financial press: briefs of two
        # to five sentences, market context full of numbers that are no facts): 0.75 when first read, 0.82
        # after that session's rules (its held-out articles 0.68 -> 0.80)
        (("set24",), 0.75, 0, 0.65),
        # two sets written at the start of the session after (Central Asian news sites in translation, with
        # an akimat's list of a region's projects; analysis and trade press surveying many projects): 0.83
        # and 0.73 each when first read, 0.83 together after that session's rules
        (("set25", "set26"), 0.78, 3, 0.65),
        # two sets written mid-session (international media and archive stories; company, ministry and
        # investment-agency releases), scored before anyone read them: 0.80 and 0.81 with the session's
        # starting rules, 0.82 and 0.81 with its rules of that hour; 0.82 together at its end
        (("set27", "set28"), 0.77, 4, 0.65),
        # three sets written at the start of the session after (Chinese state media and exchange filings;
        # Uzbek, Tajik, Turkmen and Kyrgyz national sites with decrees and deal lists; development-bank data
        # sheets and financial press): 0.75, 0.83 and 0.76 each when first read, 0.74 together in one run
        # with that session's starting rules and 0.83 with its rules
        (("set29", "set30", "set31"), 0.78, 3, 0.65),
        # four sets written mid-session and scored before anyone read them (Kazakh and Kyrgyz business and
        # regional outlets; international trade and wire press, twice; stored web pages with their
        # clutter): 0.82, 0.73, 0.73 and 0.74 each with the session's starting rules, 0.71 together; sets
        # 34 and 35 were then read for errors, 32 and 33 never: 0.76 together at the end
        (("set32", "set33", "set34", "set35"), 0.70, 6, 0.65),
        # two sets written late in that session and never read for errors (a news-monitoring mix of wire
        # copy and Central Asian sites; analysis and features): 0.84 and 0.76 each with the session's
        # starting rules, 0.78 together; 0.79 at its end (status 42 of 68: stages told in passing)
        (("set36", "set37"), 0.75, 5, 0.55),
        # four sets written at the start of the session after, scored before anyone read them (Central Asian
        # agencies in translation; exchange filings and company releases; technical trade press; regional
        # and government portals): 0.75, 0.69, 0.72 and 0.78 each with that session's starting rules, 0.68
        # together; sets 38, 39 and 41 were then read for errors (their held-out articles apart), set 40
        # never: 0.71 together after that session's rules
        (("set38", "set39", "set40", "set41"), 0.68, 0, 0.70),
        # four sets written at the start of the session after that, scored before anyone read them (Chinese
        # state media; Russian-language business and investigative press in translation; development-bank
        # and deal press; news digests): 0.74, 0.72, 0.68 and 0.87 each with that session's starting rules,
        # 0.69 together; 42, 43 and 45 were then read for errors (held-out articles apart), 44 never: 0.77,
        # 0.76, 0.67 and 0.89 each and 0.70 together after that session's rules (read together, one real
        # plant told by two sets is one project that only one set's expected facts can claim)
        (("set42", "set43", "set44", "set45"), 0.67, 7, 0.65),
        # three sets written at the start of the session after that, scored before anyone read them (Uzbek
        # and Turkmen outlets; mining and metals trade press; interviews, hearings and transcripts): 0.75,
        # 0.73 and 0.64 each with that session's starting rules, 0.70 together; 46 and 48 were then read
        # for errors (held-out articles apart), 47 never: 0.84, 0.72 and 0.73 each, 0.76 together
        (("set46", "set47", "set48"), 0.73, 2, 0.65),
        # two more written later in that session (Kazakh and Kyrgyz agencies; international analysis): 0.69
        # and 0.74 with the session's starting rules, 0.73 together; 50 was then read for errors (held-out
        # articles apart), 49 never: 0.69, 0.74 and 0.73 together at the session's end
        (("set49", "set50"), 0.70, 2, 0.65),
        # three written at the start of the session after, scored before anyone read them (company
        # disclosures and stock-exchange filings, hard-wrapped; regional news of Kazakhstan and Uzbekistan;
        # Tajik and Kyrgyz hydropower, mining and industry): 0.68, 0.69 and 0.74 with that session's starting
        # rules, 0.70 together; 51 and 52 were then read for errors (held-out articles apart), 53 never:
        # 0.88, 0.75 and 0.77 each, 0.79 together
        (("set51", "set52", "set53"), 0.76, 2, 0.65),
        # three written at the start of the session after, scored before anyone read them (oil, gas and
        # petrochemicals trade press; Chinese contractors' newsrooms and posts; factories in industrial
        # zones): 0.70, 0.81 and 0.52 with that session's starting rules, 0.66 together; 54 and 56 were then
        # read for errors (held-out articles apart), 55 never: 0.81, 0.81 and 0.64 each, 0.74 together
        # (dates left: posts that give none)
        (("set54", "set55", "set56"), 0.71, 4, 0.65),
        # three written at the start of the session after, scored before anyone read them (renewables trade
        # press; power-sector news in translation; mining, metals and chemicals): 0.74, 0.87 and 0.64 with
        # that session's starting rules, 0.74 together; 57 and 59 were then read for errors (held-out
        # articles apart), 58 never: 0.85, 0.87 and 0.75 each, 0.81 together
        (("set57", "set58", "set59"), 0.77, 3, 0.70),
        # three written at the start of the session after, scored before anyone read them (environment and
        # accountability reporting; Chinese-language media in rough translation; business briefings): 0.82,
        # 0.82 and 0.66 with that session's starting rules, 0.73 together; 60 and 61 were then read for
        # errors (held-out articles apart), 62 never: 0.76 together at the session's end
        (("set60", "set61", "set62"), 0.73, 2, 0.70),
        # two more written in that session (regional news in raw machine translation; project databases and
        # wiki pages): 0.73 and 0.66 first, 0.69 together; 63 then read for errors, 64 never: 0.75 together
        (("set63", "set64"), 0.72, 1, 0.70),
        # and two more late in that session (government statistics reports; equipment vendors' releases):
        # 0.86 and 0.84 first, 0.81 together; 65 then read for errors, 66 never: 0.83 together
        (("set65", "set66"), 0.80, 1, 0.75),
        # three written at the start of the session after, scored before anyone read them (annual reports,
        # sustainability reports and prospectuses; expansions and later phases; social-media posts): 0.70,
        # 0.67 and 0.74 with that session's starting rules, 0.68 together; 68 and 69 were then read for
        # errors (held-out articles apart), 67 never: 0.70 together at the session's end
        (("set67", "set68", "set69"), 0.68, 3, 0.60),
        # three written at the start of the session after, scored before anyone read them (a news-monitoring
        # mix; outlets outside the region with their home countries' plants; utilities and heat): 0.77, 0.75
        # and 0.67 with that session's starting rules, 0.73 together; 71 and 72 were then read for errors
        # (held-out articles apart), 70 never: 0.75 together at the session's end
        (("set70", "set71", "set72"), 0.73, 1, 0.60),
        # three written at the start of the session after, scored before anyone read them (archive wires,
        # 2006-2015; strategic and new-energy projects; an analyst's alert feed): 0.78, 0.62 and 0.77 with
        # that session's starting rules, 0.70 together; 73 and 74 were then read for errors (held-out
        # articles apart), 75 never: 0.74 together at the session's end
        (("set73", "set74", "set75"), 0.72, 1, 0.70),
        # three written at the start of the session after, scored before anyone read them (trade journals'
        # units; the Xinjiang border economy; investment research): 0.62, 0.49 and 0.64 with that session's
        # starting rules, 0.59 together; 76 and 77 were then read for errors (held-out articles apart), 78
        # never: 0.71 together at the session's end
        (("set76", "set77", "set78"), 0.69, 1, 0.65),
        # three written at the start of the session after, scored before anyone read them (retrospectives and
        # chronologies; academic and policy literature; energy-hungry industry): 0.73, 0.81 and 0.72 with that
        # session's starting rules, 0.69 together; 79 and 80 were then read for errors (held-out articles
        # apart), 81 never: 0.71 together at the session's end
        (("set79", "set80", "set81"), 0.68, 1, 0.65),
        # three written at the start of the session after, scored before anyone read them (explainers, Q&A
        # pieces and op-eds; captions, video descriptions and slides; live blogs): 0.72, 0.75 and 0.83 with
        # that session's starting rules, 0.71 together; 82 and 84 were then read for errors (held-out
        # articles apart), 83 never: 0.71 together at the session's end
        (("set82", "set83", "set84"), 0.68, 1, 0.60),
        # three written at the start of the session after, scored before anyone read them (environmental
        # impact and permit notices; agro-industrial, food and water projects; forum threads, Q&A answers and
        # reader comments): 0.79, 0.50 and 0.61 with that session's starting rules, 0.61 together; 85 and 87
        # were then read for errors (held-out articles apart), 86 never: 0.69 together at the session's end
        (("set85", "set86", "set87"), 0.66, 2, 0.60),
        # three written at the start of the session after, scored before anyone read them (grid-operator and
        # power-market notices; upstream oil, gas and coal; energy-market and price news): 0.73, 0.78 and
        # 0.88 with that session's starting rules, 0.75 together; 88 and 89 were then read for errors
        # (held-out articles apart), 90 never: 0.78 together at the session's end
        (("set88", "set89", "set90"), 0.75, 1, 0.60),
        # three written at the start of the session after, scored before anyone read them (industrial
        # incidents and their aftermath; people and company news; procurement and contracting): 0.79, 0.85
        # and 0.66 with that session's starting rules, 0.74 together; 91 and 92 were then read for errors
        # (held-out articles apart), 93 never: 0.77 together at the session's end; dates left: two articles
        # of set 93 (never read) get another date than the expected one
        (("set91", "set92", "set93"), 0.74, 2, 0.65),
        # three written at the start of the session after, scored before anyone read them (investment
        # catalogues and project passports; labour and workforce news; corrections, fact-checks and
        # follow-ups): 0.60, 0.82 and 0.78 with that session's starting rules, 0.68 together; 94 and 95 were
        # then read for errors (held-out articles apart), 96 never: 0.78 together at the session's end
        (("set94", "set95", "set96"), 0.75, 0, 0.70),
        # three written at the start of the session after, scored before anyone read them (transport and
        # transit infrastructure; courts, arbitration and disputes; green finance, climate and carbon):
        # 0.76, 0.75 and 0.70 with that session's starting rules, 0.76 together; 97 and 98 were then read
        # for errors (held-out articles apart), 99 never: 0.82 together at the session's end
        (("set97", "set98", "set99"), 0.78, 0, 0.65),
        # three written at the start of the session after, scored before anyone read them (operations and
        # output reports; ownership changes and deals; geopolitics, sanctions and risk): 0.83, 0.69 and
        # 0.74 with that session's starting rules, 0.68 together; 100 and 101 were then read for errors
        # (held-out articles apart), 102 never: 0.71 together at the session's end
        (("set100", "set101", "set102"), 0.68, 0, 0.65),
        # three written at the start of the session after, scored before anyone read them (reportage and
        # travel writing; aggregator and content-farm rewrites; pilot, demonstration and technology
        # projects): 0.56, 0.87 and 0.54 with that session's starting rules, 0.63 together; 103 and 104
        # were then read for errors (held-out articles apart), 105 never: 0.68 together at the session's end
        (("set103", "set104", "set105"), 0.66, 0, 0.60),
        # three written at the start of the session after, scored before anyone read them (incident,
        # safety and labour reporting; community, CSR and people stories; procurement, recruitment and
        # supplier notices): 0.84, 0.67 and 0.54 with that session's starting rules, 0.70 together; 106 and
        # 107 were then read for errors (held-out articles apart), 108 never: 0.73 together at its end
        (("set106", "set107", "set108"), 0.70, 0, 0.65),
        # three written at the start of the session after, scored before anyone read them, in genres sets 80,
        # 82 and 83 first tried (academic and think-tank writing; opinion and commentary; captions, galleries
        # and event programmes): 0.67, 0.74 and 0.76 with that session's starting rules, 0.66 together; 109
        # and 110 were then read for errors (held-out articles apart), 111 never: 0.67 together at its end,
        # one expo catalogue's date read from its footer
        (("set109", "set110", "set111"), 0.64, 1, 0.60),
        # three written at the start of the session after, scored before anyone read them, in the kinds of
        # news real readers get (national agencies in English; international wire and business press; sector
        # news columns with briefs and a feature): 0.88, 0.87 and 0.78 with that session's starting rules,
        # 0.80 together; 112 and 114 were then read for errors (held-out articles apart), 113 never: 0.83
        # together at its end
        (("set112", "set113", "set114"), 0.80, 0, 0.65),
        # three written at the start of the session after, scored before anyone read them (company releases
        # and stock-exchange filings; regional Russian-language outlets machine-translated into English;
        # analysis and commentary): 0.58, 0.72 and 0.75 with that session's starting rules, 0.69 together;
        # 116 and 117 were then read for errors (held-out articles apart), 115 never: 0.76 together at its
        # end
        (("set115", "set116", "set117"), 0.72, 0, 0.55),
        # three written at the start of the session after, scored before anyone read them (mainstream wire
        # and agency news; ministry, akimat and state-company releases; sector trade press): 0.81, 0.77 and
        # 0.54 with that session's starting rules, 0.68 together; 118 and 119 were then read for errors
        # (held-out articles apart), 120 never: 0.77 together at its end
        (("set118", "set119", "set120"), 0.74, 0, 0.60),
        # three written at the start of the session after, scored before anyone read them (Chinese state
        # and business media in English; Central Asian regional news sites; development-bank and lender
        # pages and financial press): 0.82, 0.92 and 0.67 with that session's starting rules, 0.82
        # together; 121 and 122 were then read for errors with 120 (held-out articles apart), 123 never:
        # 0.85 together at its end; 123 was read for errors in the session after (its held-out article apart)
        (("set121", "set122", "set123"), 0.80, 1, 0.75),
        # three written at the start of the session after, scored before anyone read them (national business
        # press of Kazakhstan and Uzbekistan; Chinese contractors' and companies' news pages; energy-commodity
        # and markets press): 0.88, 0.67 and 0.69 with that session's starting rules, 0.73 together; 124 and
        # 125 were then read for errors (held-out articles apart), 126 never: 0.76 together at its end
        (("set124", "set125", "set126"), 0.72, 0, 0.65),
        # three written at the start of the session after, scored before anyone read them (national news
        # agencies of Uzbekistan, Kyrgyzstan, Tajikistan and Turkmenistan in English; renewable, storage and
        # mining project portals; international general and business press): 0.88, 0.60 and 0.76 with that
        # session's starting rules, 0.77 together; all three then read for errors (held-out articles
        # apart): 0.80 together at its end
        (("set127", "set128", "set129"), 0.77, 0, 0.70),
        # three written at the start of the session after, scored before anyone read them (mainstream wire
        # and agency news; energy, oil-and-gas and mining trade press; national news sites of Kazakhstan and
        # Uzbekistan): 0.67, 0.58 and 0.90 with that session's starting rules, 0.75 together; all three then
        # read for errors (held-out articles apart): 0.80 together at its end
        (("set130", "set131", "set132"), 0.77, 0, 0.60),
        # three written at the start of the session after, scored before anyone read them (analysis and
        # commentary; company releases and stock-exchange disclosures; news digests and briefs): 0.83, 0.72
        # and 0.77 with that session's starting rules, 0.72 together (the sets tell many of the same real
        # projects); all three then read for errors (held-out articles apart): 0.83 together at its end
        (("set133", "set134", "set135"), 0.79, 0, 0.65),
        # three written in the session after, scored before anyone read them (procurement, auctions and
        # regulation; long features and reportage; setbacks, suspensions and revivals): 0.73, 0.74 and 0.73
        # with that session's starting rules, 0.74 together; all three then read for errors (held-out
        # articles apart): 0.77 together at its end (status right 34 of 49)
        (("set136", "set137", "set138"), 0.74, 0, 0.65),
    ],
)
def test_articles_written_apart_from_the_rules_score(
    env_dirs: SimpleNamespace, sets: tuple[str, ...], floor: float, undated: int, status_floor: float
):
    """Sets of articles written by writers who never saw the rules, read in one run and scored."""
    written = FIXTURES / "written"
    for name in sets:
        for path in (written / name / "articles").glob("*.txt"):
            shutil.copy(path, env_dirs.articles)
    assert main() == 0
    result = _score(env_dirs.warehouse, *[written / name / "expected_facts.yaml" for name in sets])
    organisations = result["organisations"]
    assert result["facts"]["f1"] >= floor, (result["projects"]["missed"], result["capacities"]["missed"])
    assert result["projects"]["status_ok"] >= status_floor * result["projects"]["status_of"]
    merged = organisations["different_of"] - organisations["different_ok"]
    assert merged <= _LOOK_ALIKES_MERGED.get(sets, 0), organisations["different"]
    assert result["dates"]["ok"] >= result["dates"]["of"] - undated


# look-alike pairs a set still merges: set 86 (never read) keeps COFCO with two of its units (COFCO
# International, COFCO Tunhe Sugar), and set 94 a company with the parent in brackets after it
# ('SaryarkaAvtoProm LLP (Allur Group)'), as each did when first read
_LOOK_ALIKES_MERGED = {("set85", "set86", "set87"): 2, ("set94", "set95", "set96"): 1}


def test_an_article_the_extractor_fails_on_is_rejected_and_the_rest_published(
    env_dirs: SimpleNamespace, monkeypatch: pytest.MonkeyPatch
):
    from pipelines.domain.extract import process

    real = process.read_article

    def flaky(article_id, source_file, text, ref):
        if source_file.startswith("003"):
            raise RuntimeError("simulated extractor bug")
        return real(article_id, source_file, text, ref)

    monkeypatch.setattr(process, "read_article", flaky)
    warehouse = _materialise(SEED_ARTICLES, env_dirs)
    with duckdb.connect(str(warehouse / "energy.duckdb"), read_only=True) as con:
        rejected = con.execute("select source_file, reason from rejected_articles").fetchall()
        published = {r[0] for r in con.execute("select source_file from articles").fetchall()}
    assert [f for f, _ in rejected] == ["003_e26a8e655bbb5f59.txt"]
    assert "simulated extractor bug" in rejected[0][1]
    assert len(published) == 4 and "003_e26a8e655bbb5f59.txt" not in published

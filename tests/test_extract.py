"""One article at a time: the projects, capacities, participants and investments it states."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipelines.domain.extract.process import PER_ARTICLE_TABLES, process_article

SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "articles"


def _process(text: str, ref, article_id: str = "0" * 16) -> dict[str, pd.DataFrame]:
    return process_article(article_id, "test.txt", text, ref)


def _seed(prefix: str, ref) -> dict[str, pd.DataFrame]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return _process(path.read_text(encoding="utf-8"), ref)


def _projects(tables: dict[str, pd.DataFrame]) -> list[tuple]:
    frames = tables["project_frames"]
    own = frames[frames.refers_to.isna()]
    return list(own[["project_type", "locality", "region", "status"]].itertuples(index=False, name=None))


def _capacities(tables: dict[str, pd.DataFrame]) -> dict[str, list[tuple[str, float]]]:
    out: dict[str, list[tuple[str, float]]] = {}
    for row in tables["capacities"].itertuples():
        out.setdefault(row.frame_id, []).append((row.metric, row.value_std))
    return out


def test_every_table_has_its_columns_even_when_empty(ref):
    tables = _process("The weather in Astana was mild on Tuesday.", ref)
    assert set(tables) == set(PER_ARTICLE_TABLES)
    for name, columns in PER_ARTICLE_TABLES.items():
        assert list(tables[name].columns) == ["article_id", *columns]
    assert tables["project_frames"].empty


def test_seed_000_wind_and_solar_of_china_power(ref):
    tables = _seed("000", ref)
    assert _projects(tables)[:4] == [
        ("wind", "Zhanatas", "Zhambyl", "operating"),
        ("solar", "Karaganda", "Karaganda", "operating"),
        ("wind", None, "Zhambyl", "pre-construction"),
        ("wind", None, "Pavlodar", "announced"),
    ]
    frames = tables["project_frames"]
    zhanatas = frames.frame_id.iloc[0]
    assert _capacities(tables)[zhanatas] == [("installed_power", 100.0)]
    assert "100-megawatt wind power plant in Zhanatas" in frames.evidence.iloc[0]
    participants = tables["participants"]
    assert set(participants[participants.frame_id == frames.frame_id.iloc[2]].surface) == {
        "China International Power Holding",
        "Kazakh Ministry of Energy",
        "Samruk Kazyna Sovereign Wealth Fund",
    }
    (investment,) = tables["investments"].itertuples()
    assert (investment.investor_surface, investment.amount_usd, investment.qualifier) == (
        "State Power Investment Corporation",
        1e9,
        "over",
    )


def test_seed_003_capacities_across_sentences(ref):
    tables = _seed("003", ref)
    frames = tables["project_frames"]
    capacities = _capacities(tables)

    def of(name: str) -> list[tuple[str, float]]:
        return [c for frame_id in frames.frame_id[frames.name == name] for c in capacities.get(frame_id, [])]

    zhanatas, turgusun = of("Zhanatas wind farm"), of("Turgusun hydropower station")
    by_name = frames.dropna(subset=["name"]).drop_duplicates("name").set_index("name")
    assert ("installed_power", 100.0) in zhanatas  # 40 turbines of 2.5 MW each
    assert ("annual_generation", 350_000.0) in zhanatas  # 'The project can generate ...'
    assert all(value != 110_000 for _, value in zhanatas)  # coal saved is no capacity
    assert turgusun == [("installed_power", 24.9), ("annual_generation", 79_800.0)]
    assert by_name.loc["Turgusun hydropower station", "region"] == "East Kazakhstan"
    assert tables["investments"].empty  # exports worth 1.06 trillion yuan are no investment


def test_seed_004_one_sentence_lists_three_solar_plants(ref):
    tables = _seed("004", ref)
    solar = [p for p in _projects(tables) if p[0] == "solar"]
    assert solar == [
        ("solar", "Gulshat", "Karaganda", "announced"),
        ("solar", "Saran", "Karaganda", "announced"),
        ("solar", "Agadyr", "Karaganda", "announced"),
    ]
    assert sorted(v for caps in _capacities(tables).values() for _, v in caps) == [10, 40, 50, 60, 100]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sinohydro has started building the 150 MW Kambarata solar park in the Jalal-Abad region "
            "of Kyrgyzstan.",
            ("solar", "construction", "KG", "Jalal-Abad", 150.0),
        ),
        (
            "ACWA Power commissioned a one and a half gigawatt wind farm in Karakalpakstan last week.",
            ("wind", "operating", "UZ", "Karakalpakstan", 1500.0),
        ),
        (
            "The government cancelled plans for a 600 MW coal-fired power plant in Ekibastuz.",
            ("thermal", "cancelled", "KZ", "Pavlodar", 600.0),
        ),
        (
            "A memorandum on a 300 MW hydropower plant in the Naryn region was signed by Kyrgyzstan "
            "and China.",
            ("hydro", "announced", "KG", "Naryn", 300.0),
        ),
        (
            "The Export-Import Bank of China approved a loan for the 1,200 MW Rogun-2 pumped storage "
            "plant in "
            "Tajikistan.",
            ("storage", "pre-construction", "TJ", "Districts of Republican Subordination", 1200.0),
        ),
    ],
)
def test_unseen_style_sentences(ref, text, expected):
    tables = _process(text, ref)
    (frame,) = tables["project_frames"].itertuples()
    (capacity,) = tables["capacities"].itertuples()
    assert (frame.project_type, frame.status, frame.country, frame.region, capacity.value_std) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The company plans to build a 1 GW wind farm and a 500 MW solar plant in Turkistan region.",
            [("wind", "Turkistan", 1000.0), ("solar", "Turkistan", 500.0)],
        ),
        (
            "Samruk-Energy raised the capacity of Almaty CHP-2 from 510 MW to 600 MW.",
            [("thermal", "Almaty", 600.0)],
        ),
        (
            'The "Zhanatas" wind farm of 100 MW was commissioned in 2021.',
            [("wind", "Zhambyl", 100.0)],
        ),
    ],
)
def test_coordination_numbered_units_and_quoted_names(ref, text, expected):
    tables = _process(text, ref)
    capacities = tables["capacities"].set_index("frame_id").value_std
    frames = tables["project_frames"]
    assert [(f.project_type, f.region, capacities[f.frame_id]) for f in frames.itertuples()] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a storage system that belongs to the wind farm is no project of its own
            "A wind power plant of 540-550 MW with an energy storage system near Fort-Shevchenko was "
            "selected.",
            [("wind", "Mangystau", "announced")],
        ),
        (  # a stop on a line's route is no project
            "KEGOC is finishing the 500 kV Ekibastuz - Shulbinsk HPP - Ust-Kamenogorsk transmission line.",
            [("transmission", None, "construction")],
        ),
        (  # the status of one clause does not leak into the next
            "In 2023 it completed a solar plant near Arkalyk, and it is studying a pumped-storage hydropower "
            "plant on the Ili River in Almaty region.",
            [("solar", "Kostanay", "operating"), ("hydro", "Almaty Region", "announced")],
        ),
        (  # a possessive country does not stop the sentence's region from placing the plant
            "In the Atyrau region, Sinopec is building Kazakhstan's first polyethylene plant.",
            [("chemical", "Atyrau", "construction")],
        ),
    ],
)
def test_parts_routes_clauses_and_possessives(ref, text, expected):
    frames = _process(text, ref)["project_frames"]
    own = frames[frames.refers_to.isna()]
    assert list(own[["project_type", "region", "status"]].itertuples(index=False, name=None)) == expected


def test_short_names_stand_for_the_full_name(ref):
    text = (
        "Hoshine Silicon Industry Co., Ltd. will build a silicon metal plant in Ust-Kamenogorsk. "
        "Hoshine Silicon said the plant would open in 2026."
    )
    aliases = _process(text, ref)["org_aliases"]
    assert dict(zip(aliases.alias, aliases.surface, strict=True))["Hoshine Silicon"] == (
        "Hoshine Silicon Industry Co., Ltd"
    )

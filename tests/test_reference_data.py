"""Integrity checks for the reference CSVs in seeds/reference/ (no project imports)."""

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest

REF = Path(__file__).resolve().parents[1] / "seeds" / "reference"

HEADERS = {
    "countries.csv": ["country_code", "name", "variants"],
    "regions.csv": ["region", "region_code", "country", "variants"],
    "localities.csv": ["locality", "variants", "kind", "region", "country"],
    "organisations.csv": ["name", "aliases", "country", "kind", "parent"],
    "currencies.csv": ["currency", "year", "usd_per_unit", "variants"],
    "cues.csv": ["cue_type", "value", "pattern"],
    "facility_terms.csv": ["term", "kind", "project_type", "refers"],
    "units.csv": ["unit", "metric", "unit_std", "factor", "period", "counts"],
    "name_words.csv": ["word", "kind"],
    "region_changes.csv": ["region", "country", "earlier_region", "since"],
}

KZ_REGIONS = {
    "Abai": "KZ-10",
    "Akmola": "KZ-11",
    "Aktobe": "KZ-15",
    "Almaty Region": "KZ-19",
    "Atyrau": "KZ-23",
    "East Kazakhstan": "KZ-63",
    "Jetisu": "KZ-33",
    "Karaganda": "KZ-35",
    "Kostanay": "KZ-39",
    "Kyzylorda": "KZ-43",
    "Mangystau": "KZ-47",
    "North Kazakhstan": "KZ-59",
    "Pavlodar": "KZ-55",
    "Turkistan": "KZ-61",
    "Ulytau": "KZ-62",
    "West Kazakhstan": "KZ-27",
    "Zhambyl": "KZ-31",
    "Astana": "KZ-71",
    "Almaty": "KZ-75",
    "Shymkent": "KZ-79",
}
REQUIRED_COUNTRIES = [
    "KZ",
    "CN",
    "UZ",
    "KG",
    "TJ",
    "TM",
    "RU",
    "MN",
    "AF",
    "AZ",
    "TR",
    "IR",
    "PK",
    "IN",
    "US",
    "GB",
    "DE",
    "FR",
    "IT",
    "ES",
    "JP",
    "KR",
    "AE",
    "SA",
    "QA",
    "NL",
    "CH",
    "BY",
    "GE",
    "AM",
]
CURRENCIES = [
    "USD",
    "CNY",
    "KZT",
    "EUR",
    "RUB",
    "UZS",
    "KGS",
    "TJS",
    "TMT",
    "GBP",
    "JPY",
    "KRW",
    "AED",
    "SAR",
    "CHF",
    "INR",
]
YEARS = range(2010, 2027)
LOCALITY_KINDS = {"city", "town", "village", "district", "site"}
ORG_KINDS = {"company", "bank", "fund", "government", "multilateral", "other"}


def read(name):
    path = REF / name
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = [dict(zip(header, r, strict=True)) for r in reader]
        f.seek(0)
        widths = {len(r) for r in csv.reader(f)}
    return header, rows, widths


def split(value):
    return value.split("|") if value else []


@pytest.fixture(scope="module")
def tables():
    return {name: read(name) for name in HEADERS}


def rows(tables, name):
    return tables[name][1]


# ------------------------------------------------------------------ generic shape
@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_and_shape(tables, name):
    header, data, widths = tables[name]
    assert header == HEADERS[name]
    assert widths == {len(header)}, f"{name}: rows with a wrong number of fields"
    assert data, f"{name} is empty"
    for r in data:
        for col, val in r.items():
            assert val == val.strip(), f"{name}: leading/trailing space in {col}={val!r}"
            assert "\n" not in val


@pytest.mark.parametrize(
    "name,col",
    [
        ("countries.csv", "variants"),
        ("regions.csv", "variants"),
        ("localities.csv", "variants"),
        ("organisations.csv", "aliases"),
        ("currencies.csv", "variants"),
    ],
)
def test_pipe_lists_are_clean(tables, name, col):
    for r in rows(tables, name):
        items = split(r[col])
        for item in items:
            assert item and item == item.strip(), f"{name}: bad item {item!r} in {r[col]!r}"
        folded = [i.casefold() for i in items]
        assert len(folded) == len(set(folded)), f"{name}: duplicate items in {r[col]!r}"


# ------------------------------------------------------------------ countries
def test_countries(tables):
    data = rows(tables, "countries.csv")
    codes = [r["country_code"] for r in data]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in codes)
    assert set(REQUIRED_COUNTRIES) <= set(codes)
    owner = {}
    for r in data:
        variants = split(r["variants"])
        assert r["name"] in variants
        for v in variants:
            assert owner.setdefault(v.casefold(), r["country_code"]) == r["country_code"], (
                f"country variant {v!r} used twice"
            )
    by_code = {r["country_code"]: split(r["variants"]) for r in data}
    assert {"Kazakh", "Kazakhstani", "Qazaqstan"} <= set(by_code["KZ"])
    assert {"Chinese", "PRC"} <= set(by_code["CN"])


# ------------------------------------------------------------------ regions
def test_kazakhstan_regions_exact(tables):
    kz = [r for r in rows(tables, "regions.csv") if r["country"] == "KZ"]
    names = [r["region"] for r in kz]
    assert sorted(names) == sorted(KZ_REGIONS), (
        "KZ must have exactly the 17 regions + 3 cities of the contract"
    )
    for r in kz:
        assert r["region_code"] == KZ_REGIONS[r["region"]], r


def test_regions_integrity(tables):
    data = rows(tables, "regions.csv")
    countries = {r["country_code"] for r in rows(tables, "countries.csv")}
    codes = [r["region_code"] for r in data]
    assert len(codes) == len(set(codes)), "duplicate region codes"
    keys = [(r["country"], r["region"]) for r in data]
    assert len(keys) == len(set(keys)), "duplicate region names within a country"
    per_country = defaultdict(int)
    for r in data:
        assert r["country"] in countries
        assert re.fullmatch(rf"{r['country']}-[A-Z0-9]{{1,3}}", r["region_code"]), r
        assert r["region"] in split(r["variants"])
        per_country[r["country"]] += 1
    assert per_country["UZ"] == 14 and per_country["KG"] == 9 and per_country["TJ"] == 5
    assert per_country["TM"] == 6 and per_country["CN"] >= 31


def test_no_region_variant_maps_to_two_regions(tables):
    owner = {}
    for r in rows(tables, "regions.csv"):
        for v in split(r["variants"]):
            key = (r["country"], v.casefold())
            assert owner.setdefault(key, r["region"]) == r["region"], (
                f"{r['country']} variant {v!r} maps to {owner[key]!r} and {r['region']!r}"
            )


def test_kazakh_region_variants_are_bare(tables):
    words = re.compile(r"\b(region|oblast|province)\b", re.I)
    for r in rows(tables, "regions.csv"):
        if r["country"] == "KZ" and r["region"] != "Almaty Region":
            for v in split(r["variants"]):
                assert not words.search(v), f"{r['region']}: variant {v!r} carries an administrative word"


def test_known_kazakh_region_variants(tables):
    lookup = {
        v.casefold(): r["region"]
        for r in rows(tables, "regions.csv")
        if r["country"] == "KZ"
        for v in split(r["variants"])
    }
    expected = {
        "Karagandy": "Karaganda",
        "Qaraghandy": "Karaganda",
        "Jambyl": "Zhambyl",
        "Aqmola": "Akmola",
        "Aktyubinsk": "Aktobe",
        "South Kazakhstan": "Turkistan",
        "Zhetysu": "Jetisu",
        "Mangistau": "Mangystau",
        "Kustanai": "Kostanay",
        "Nur-Sultan": "Astana",
        "Alma-Ata": "Almaty",
        "Almaty Oblast": "Almaty Region",
        "Chimkent": "Shymkent",
        "Semipalatinsk": "Abai",
    }
    for variant, region in expected.items():
        assert lookup.get(variant.casefold()) == region, variant
    assert "taraz" not in lookup, "city names must not be region variants"


# ------------------------------------------------------------------ localities
def test_localities_integrity(tables):
    regions = {(r["country"], r["region"]) for r in rows(tables, "regions.csv")}
    data = rows(tables, "localities.csv")
    keys = [(r["country"], r["region"], r["kind"], r["locality"]) for r in data]
    assert len(keys) == len(set(keys)), "duplicate locality rows"
    for r in data:
        assert r["kind"] in LOCALITY_KINDS, r
        assert (r["country"], r["region"]) in regions, f"unknown region for {r}"
        assert r["locality"] in split(r["variants"]), r
        assert not re.search(r"\bdistrict\b", r["locality"], re.I), r


def test_region_changes_name_known_regions_and_the_day_the_new_one_was_formed(tables):
    regions = {(r["country"], r["region"]) for r in rows(tables, "regions.csv")}
    changes = {r["region"]: r for r in rows(tables, "region_changes.csv")}
    assert {(r["region"], r["earlier_region"], r["since"]) for r in changes.values()} == {
        ("Abai", "East Kazakhstan", "2022-06-08"),
        ("Jetisu", "Almaty Region", "2022-06-08"),
        ("Ulytau", "Karaganda", "2022-06-08"),
    }
    for r in changes.values():
        assert {(r["country"], r["region"]), (r["country"], r["earlier_region"])} <= regions, r


def test_locality_coverage_and_current_regions(tables):
    data = rows(tables, "localities.csv")
    assert sum(r["country"] == "KZ" for r in data) >= 120
    for c in ("UZ", "KG", "TJ", "TM", "CN"):
        assert any(r["country"] == c for r in data), c
    where = defaultdict(set)
    for r in data:
        for v in split(r["variants"]):
            where[(r["country"], v.casefold())].add(r["region"])
    expected = {
        "Taldykorgan": "Jetisu",
        "Semey": "Abai",
        "Kurchatov": "Abai",
        "Zhezkazgan": "Ulytau",
        "Satpayev": "Ulytau",
        "Zhanatas": "Zhambyl",
        "Taraz": "Zhambyl",
        "Ekibastuz": "Pavlodar",
        "Oskemen": "East Kazakhstan",
        "Konaev": "Almaty Region",
        "Kapchagay": "Almaty Region",
        "Zharkent": "Jetisu",
        "Turkestan": "Turkistan",
        "Karagandy": "Karaganda",
        "Oral": "West Kazakhstan",
        "Tengiz": "Atyrau",
        "Karachaganak": "West Kazakhstan",
        "Kumkol": "Kyzylorda",
    }
    for name, region in expected.items():
        assert where[("KZ", name.casefold())] == {region}, name
    assert where[("UZ", "tashkent")] == {"Tashkent"}
    assert where[("CN", "horgos")] == {"Xinjiang"}
    assert len(where[("KZ", "aktogay")]) > 1, "Aktogay exists in several regions and must stay ambiguous"


# ------------------------------------------------------------------ organisations
def test_organisations_integrity(tables):
    data = rows(tables, "organisations.csv")
    countries = {r["country_code"] for r in rows(tables, "countries.csv")}
    names = [r["name"] for r in data]
    assert len(names) == len(set(names)), "duplicate organisation names"
    assert len(data) >= 150
    for r in data:
        assert r["kind"] in ORG_KINDS, r
        if r["kind"] == "multilateral":
            assert r["country"] == "", r
        if r["country"]:
            assert r["country"] in countries, r
        assert r["parent"] != r["name"], r
        assert not r["parent"] or r["parent"] in names, f"unknown parent {r['parent']!r}"


def test_parent_chains_have_no_cycles(tables):
    parent = {r["name"]: r["parent"] for r in rows(tables, "organisations.csv")}
    for name in parent:
        seen, cur = set(), name
        while parent.get(cur):
            assert cur not in seen, f"parent cycle at {name}"
            seen.add(cur)
            cur = parent[cur]


def test_no_alias_shared_by_two_organisations(tables):
    owner = {}
    for r in rows(tables, "organisations.csv"):
        for a in [r["name"]] + split(r["aliases"]):
            key = a.casefold()
            assert owner.setdefault(key, r["name"]) == r["name"], (
                f"alias {a!r} used by {owner[key]!r} and {r['name']!r}"
            )


def test_known_organisations(tables):
    data = {r["name"]: r for r in rows(tables, "organisations.csv")}
    spic, cpih = data["State Power Investment Corporation"], data["China Power International Holding"]
    assert "SPIC" in split(spic["aliases"])
    assert cpih["parent"] == "State Power Investment Corporation"
    assert "China International Power Holding" in split(cpih["aliases"])
    assert data["PetroChina"]["parent"] == "China National Petroleum Corporation"
    assert "Energy China" in split(data["China Energy Engineering Group"]["aliases"])
    assert (
        data["China International Water & Electric Corporation"]["parent"] == "China Three Gorges Corporation"
    )
    assert "Samruk Kazyna Sovereign Wealth Fund" in split(data["Samruk-Kazyna"]["aliases"])
    assert "Kazakh Ministry of Energy" in split(data["Ministry of Energy of Kazakhstan"]["aliases"])
    assert data["Asian Infrastructure Investment Bank"]["kind"] == "multilateral"
    assert data["Export-Import Bank of China"]["kind"] == "bank"


# ------------------------------------------------------------------ currencies
def test_currencies(tables):
    data = rows(tables, "currencies.csv")
    seen = defaultdict(list)
    variants = defaultdict(set)
    for r in data:
        assert re.fullmatch(r"[A-Z]{3}", r["currency"]), r
        year, rate = int(r["year"]), float(r["usd_per_unit"])
        assert rate > 0, r
        seen[r["currency"]].append(year)
        variants[r["currency"]].add(r["variants"])
    assert set(CURRENCIES) <= set(seen)
    for cur, years in seen.items():
        assert sorted(years) == list(YEARS), f"{cur}: needs exactly one row per year 2010-2026"
        assert len(variants[cur]) == 1, f"{cur}: variants differ between rows"
    for r in data:
        if r["currency"] == "USD":
            assert float(r["usd_per_unit"]) == 1.0
    owner = {}
    for cur, (vs,) in variants.items():
        assert cur in split(vs)
        for v in split(vs):
            assert owner.setdefault(v.casefold(), cur) == cur, f"currency variant {v!r} used twice"


def test_currency_rates_are_plausible(tables):
    rate = {(r["currency"], int(r["year"])): float(r["usd_per_unit"]) for r in rows(tables, "currencies.csv")}
    assert 1 / 230 < rate[("KZT", 2015)] < 1 / 210
    assert 1 / 480 < rate[("KZT", 2024)] < 1 / 460
    assert 0.135 < rate[("CNY", 2024)] < 0.142
    assert 1.05 < rate[("EUR", 2024)] < 1.11
    assert rate[("AED", 2020)] == pytest.approx(1 / 3.6725, rel=1e-4)
    for cur in CURRENCIES:
        for y in YEARS:
            if y > 2010:
                ratio = rate[(cur, y)] / rate[(cur, y - 1)]
                assert 0.4 < ratio < 1.6, f"{cur} {y}: implausible jump {ratio:.2f}"


# ------------------------------------------------------------------ word lists analysts edit
def test_every_cue_pattern_is_a_regular_expression(tables):
    for r in rows(tables, "cues.csv"):
        try:
            re.compile(r["pattern"].replace("{in_sentence}", "."))  # one character, as the reader expands it
        except re.error as error:
            pytest.fail(f"cues.csv: {r['cue_type']} pattern {r['pattern']!r} does not compile: {error}")


def test_facility_terms_say_how_a_noun_refers(tables):
    refers = {r["term"]: r["refers"] for r in rows(tables, "facility_terms.csv")}
    assert set(refers.values()) <= {"", "any", "same", "purpose", "named"}
    assert refers["enterprise"] == "purpose"
    assert refers["project"] == "any" and refers["line"] == "same" and refers["refinery"] == ""


def test_units_have_a_known_metric_and_factor(tables):
    metrics = {"installed_power", "annual_generation", "annual_output", "annual_volume", "unit_count"}
    for r in rows(tables, "units.csv"):
        assert r["metric"] in metrics and float(r["factor"]) > 0, r


def test_usd_rates_are_looked_up_as_the_currency_table_gives_them(ref) -> None:
    """The rates dictionary answers what filtering the currencies table answers (a lookup per amount)."""
    rates = ref.tables["currencies"]
    for currency, rows in rates.groupby("currency"):
        latest = float(rows.sort_values("year").usd_per_unit.iloc[-1])
        assert ref.usd_rate(currency, None) == latest
        assert ref.usd_rate(currency, 1990) == latest  # a year the table does not have
        for row in rows.itertuples():
            assert ref.usd_rate(currency, row.year) == row.usd_per_unit
    assert ref.usd_rate("XXX", 2020) is None

"""Numbered city stations, the old and the new one of a name, plants of other countries, and progress
told as 'N of the M turbines'."""

from __future__ import annotations

import pytest

from pipelines.domain.extract.annotate.facilities import designator


def _named(projects: list[dict]) -> dict[str, dict]:
    return {p["name"]: p for p in projects}


@pytest.mark.parametrize(
    "text",
    [
        "Pavlodar Energy will convert Pavlodar CHP-2 to gas; the plant has 110 MW. The company is also "
        "studying a new gas-fired CHP-4 of 200 MW.",
        "Pavlodar CHP-2, with 110 MW, is to be converted to gas. Next comes a 200 MW CHP-4, for which a "
        "feasibility study is being prepared.",
        "The 110 MW Pavlodar CHP-2 will switch to gas in 2027. A feasibility study for the new CHP-4 with an "
        "electric capacity of 200 MW is under way.",
    ],
)
def test_a_station_of_another_number_is_another_station(read, text):
    stations = {designator(p["name"]): p for p in read(text)}
    assert stations["CHP-2"]["capacities"] == [("installed_power", 110.0)]
    assert (stations["CHP-4"]["capacities"], stations["CHP-4"]["region"]) == (
        [("installed_power", 200.0)],
        "Pavlodar",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Power for the capital comes from TPP-1 and TPP-2 in Bishkek. TPP-2 has 300 MW.",
        "The capital is heated by TPP-1 and TPP-2 in Bishkek; TPP-2 has an installed capacity of 300 MW.",
    ],
)
def test_two_numbered_stations_joined_by_and_are_two(read, text):
    stations = _named(read(text))
    assert set(stations) == {"TPP-1", "TPP-2"}
    assert stations["TPP-2"]["capacities"] == [("installed_power", 300.0)]
    assert stations["TPP-1"]["capacities"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Kostanay CHP-3, with 120 MW, will be rebuilt. Emissions from CHP-3 will halve after the works.",
        "A contract to rebuild the 120 MW Kostanay CHP-3 was signed. CHP-3 will then burn less coal.",
    ],
)
def test_a_numbered_station_named_again_in_short_is_the_same(read, text):
    (station,) = read(text)
    assert (station["name"], station["capacities"]) == ("Kostanay CHP-3", [("installed_power", 120.0)])


@pytest.mark.parametrize(
    "text",
    [
        "Construction of the new 350 MW gas-fired GRES-5 near Karabulak is on schedule. The old 90 MW "
        "coal-fired GRES-5 will keep working until then.",
        "A feasibility study for a new GRES-5 of 350 MW near Karabulak is ready. It will replace the "
        "existing coal-fired GRES-5, whose capacity is 90 MW.",
    ],
)
def test_the_new_station_is_not_the_old_one_it_replaces(read, text):
    sizes = sorted(p["capacities"][0][1] for p in read(text) if p["capacities"])
    assert sizes == [90.0, 350.0]
    assert len(read(text)) == 2


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Kalyon will build a 500 MW solar plant in Turkistan region. Kalyon, which built Türkiye's "
            "1,350-megawatt Karapinar solar plant, will also hire local staff.",
            "TR",
        ),
        (
            "PowerChina will build a 400 MW hydropower plant in Sughd region. Pakistan's 720 MW Karot "
            "hydropower plant, also built by Chinese firms, was commissioned in 2022.",
            "PK",
        ),
        (
            "Goldwind will supply turbines to a wind farm in Zhambyl region. China's 20 GW Jiuquan wind "
            "farm, the world's largest, was built with the same turbines.",
            "CN",
        ),
    ],
)
def test_a_plant_a_country_owns_stands_in_that_country(read, text, country):
    at_home, abroad = read(text)
    assert at_home["country"] in ("KZ", "TJ")
    assert (abroad["country"], abroad["region"] if country != "CN" else None) == (country, None)
    assert abroad["capacities"] and not set(abroad["capacities"]) & set(at_home["capacities"])


@pytest.mark.parametrize(
    "text",
    [
        "Sany has erected 42 of the 240 turbines at the 1.5 GW Karatau wind farm in Zhambyl region.",
        "So far 42 of the 240 turbines have been installed at the 1.5 GW Karatau wind farm in Zhambyl "
        "region.",
        "At the 1.5 GW Karatau wind farm in Zhambyl region, 42 out of the planned 240 turbines have been "
        "mounted.",
    ],
)
def test_turbines_raised_so_far_tell_construction_and_the_whole_count(read, text):
    (farm,) = read(text)
    assert (farm["status"], sorted(farm["capacities"])) == (
        "construction",
        [("installed_power", 1500.0), ("unit_count", 240.0)],
    )


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Masdar brought online a 220 MW solar plant in Samarkand region in March.", "operating"),
        ("The 220 MW solar plant in Samarkand region was brought on line in March.", "operating"),
        (
            "The developer brought the 220 MW solar plant in Samarkand region into operation in March.",
            "operating",
        ),
        ("The 220 MW solar plant in Samarkand region will be brought online next year.", "announced"),
        (
            "Masdar brought the 220 MW Nur Samarkand 2 solar plant in Samarkand region online in May.",
            "operating",
        ),
    ],
)
def test_brought_online_is_operating_when_done(read, text, status):
    (plant,) = read(text)
    assert (plant["status"], plant["region"]) == (status, "Samarkand")


_NAVOI = (
    "Sinohydro already runs the 600 MW Navoi gas-fired plant in Navoi region.\n\n"
    "The company has worked in Uzbekistan since 2011.\n\n"
    "Sinohydro has signed for a 500 MW wind farm in Bukhara region.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        _NAVOI + "It signed a power purchase agreement for the Peshku wind project.\n\n"
        "The plant is expected to generate 1.6 billion kWh a year.",
        _NAVOI + "The deal covers the Peshku wind project.\n\n"
        "The station will produce 1.6 billion kWh of electricity annually.",
    ],
)
def test_the_plant_is_the_station_just_spoken_of_not_one_named_far_back(read, text):
    by_type = {p["type"]: p for p in read(text)}
    assert ("annual_generation", 1600000.0) in by_type["wind"]["capacities"]
    assert by_type["thermal"]["capacities"] == [("installed_power", 600.0)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("In 2025 boiler house No. 4 in Shymkent was converted to gas.", "operating"),
        ("The boiler house in Shymkent has been fully switched to natural gas.", "operating"),
        ("A new gas-fired boiler house will be built in Shymkent.", "announced"),
        ("The boiler house in Shymkent will be converted to gas by 2027.", "announced"),
    ],
)
def test_a_boiler_house_is_a_heat_plant_and_its_conversion_done_runs_it(read, text, status):
    (boilers,) = read(text)
    assert (boilers["type"], boilers["region"], boilers["status"]) == ("thermal", "Shymkent", status)


def test_a_station_first_named_nowhere_stands_where_it_is_named_again(read):
    stations = _named(
        read(
            'The ash dumps worry everyone here.\n\n"I worked at GRES-3 for twenty years," a pensioner said.'
            "\n\nEkibastuz is among the most polluted towns. GRES-3 with its 1,000 megawatts is on its edge."
        )
    )
    assert (stations["GRES-3"]["region"], stations["GRES-3"]["capacities"]) == (
        "Pavlodar",
        [("installed_power", 1000.0)],
    )


@pytest.mark.parametrize(
    "old",
    [
        "The existing Dushanbe TPP, built in 1957, has a capacity of 198 MW but generates far less.",
        "The old CHP, commissioned in 1961, has 198 MW.",
        "The existing station, which was put into operation in 1957, has an installed capacity of 198 MW.",
    ],
)
def test_the_old_station_beside_a_new_one_keeps_its_age_and_size(read_tables, old):
    tables = read_tables(f"TBEA has started building the Dushanbe-2 thermal power plant in Dushanbe. {old}")
    frames = tables["project_frames"]
    assert frames.status.tolist() == ["construction"]
    assert tables["capacities"].empty


@pytest.mark.parametrize("gloss", ["[TPP]", "(TPP)", "[CHP]"])
def test_a_bracketed_abbreviation_after_a_station_glosses_it(read, gloss):
    text = (
        f"President Rahmon launched the building of the Dushanbe-2 thermal power plant {gloss} in Dushanbe."
    )
    assert [(p["name"], p["region"]) for p in read(text)] == [("Dushanbe-2 thermal power plant", "Dushanbe")]


@pytest.mark.parametrize(
    "opening",
    [
        "Uzbekneftegaz is expanding the Shurtan Gas Chemical Complex in Kashkadarya region.",
        "Uzbekneftegaz will modernise the Shurtan Gas Chemical Complex in Kashkadarya region.",
    ],
)
def test_the_existing_plant_of_one_being_expanded_is_that_plant(read, opening):
    (project,) = read(
        f"{opening} The existing complex, in operation since 2001, makes 125,000 tonnes a year."
    )
    assert project["capacities"] == [("annual_output", 125000.0)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # building begun, turbines erected so far, walls going up, commissioning under way
        ("CCDC has begun building a gas treatment plant at Galkynysh in Mary province.", "construction"),
        (
            "Huaxin started building a cement plant in Khojaabad district of Andijan region last year.",
            "construction",
        ),
        ("Samruk-Energy is starting construction of the 300 MW wind farm in Zhambyl region.", "construction"),
        (
            "Shelek Wind Power has erected the first 12 of 40 turbines at its 216MW wind farm in Almaty "
            "region.",
            "construction",
        ),
        ("On the outskirts of Zaysan, the walls of a new oil extraction plant are going up.", "construction"),
        ("In Navoi region the walls of a new glass factory are rising.", "construction"),
        ("In Shymkent the buildings of a new tyre plant are being erected.", "construction"),
        (
            "Near Ovadandepe, in Ahal province, the gas-to-gasoline plant built by Kawasaki is in final "
            "commissioning.",
            "construction",
        ),
        ("The 100 MW solar plant in Navoi region is undergoing commissioning.", "construction"),
        # connected past a long name, what it processed, worked since a year
        (
            "China Datang has connected the full 500MW of its solar plant in Uzbekistan's Bukhara region to "
            "the grid.",
            "operating",
        ),
        (
            "KAZ Minerals said its Aktogay copper mine, in the Abai region, processed a record 49.8-million "
            "tonnes of sulphide ore in 2023.",
            "operating",
        ),
        ("The Aktogay mine in Abai region processed 25 million tonnes of ore last year.", "operating"),
        (
            "Last year the Bozshakol mine in Pavlodar region processed about 30,000,000 tonnes of ore.",
            "operating",
        ),
        (
            "In Zaysan district, the Sarybulak gas field has been developed since 2013 by Tarbagatay Munay "
            "LLP.",
            "operating",
        ),
        (
            "The Kumkol field in Kyzylorda region has been operated since 1990 by PetroKazakhstan.",
            "operating",
        ),
        ("The Akzhar field in Aktobe region has been in operation since 2005.", "operating"),
    ],
)
def test_how_far_a_plant_has_got_by_what_is_done_to_it(read, text, status):
    [plant] = read(text)
    assert plant["status"] == status


@pytest.mark.parametrize(
    ("text", "capacities"),
    [
        (
            "The Moinak hydropower plant in Almaty region has an installed capacity of 300 megawatts. Its "
            "two 150-MW generating units are designed to deliver 1.027 billion kWh of electricity a year.",
            [("annual_generation", 1.027e6), ("installed_power", 300.0)],
        ),
        (
            "PowerChina will study the Khodjikent pumped storage power plant in Bostanliq district. It will "
            "have two 350 MW units.",
            [("installed_power", 700.0)],
        ),
    ],
)
def test_units_counted_are_the_plants_not_a_facility_of_their_own(read, text, capacities):
    (plant,) = read(text)
    assert [(metric, round(value, 3)) for metric, value in plant["capacities"]] == capacities

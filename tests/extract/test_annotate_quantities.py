"""Figures as real news writes them: rates by their verb, glued units, superseded figures, products,
counts of turbines, signs and impossible numbers."""

from __future__ import annotations

import pytest

from pipelines.domain.extract.annotate.quantities import find_quantities


def _figures(sentence: str, ref) -> list[tuple[str | None, float]]:
    return [(q.metric, q.value_std) for q in find_quantities(sentence, ref)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The plant will process 300,000 tons of household waste.", [("annual_output", 300000.0)]),
        ("It can produce up to 120 million kWh of electricity.", [("annual_generation", 120000.0)]),
        ("The smelter produces 2 tonnes of gold.", [("annual_output", 2.0)]),
        ("The cracker raised the refinery's capacity to 5.5 MMtpy.", [("annual_output", 5500000.0)]),
        ("The 5mn t/yr Jizzakh refinery has been delayed.", [("annual_output", 5000000.0)]),
        ("The new line is designed to carry 5 bcm of gas.", [("annual_volume", 5e9)]),
        ("A first train of 5 Bcm per annum could be in service by 2026.", [("annual_volume", 5e9)]),
        ("The pipeline has a design capacity of 30 BCM a year.", [("annual_volume", 3e10)]),
        ("It would generate 40 billion kwh of power annually.", [("annual_generation", 4e7)]),
        ("5 billion kWh of electricity will be produced per year.", [("annual_generation", 5e6)]),
        ("An annual power output of 3.1 billion kwh is expected.", [("annual_generation", 3.1e6)]),
        ("The smelter will make 300 ktpa of copper.", [("annual_output", 3e5)]),
        ("A 2 Mta cement plant.", [("annual_output", 2e6)]),
        ("A 500kta polyethylene plant.", [("annual_output", 5e5)]),
        ("A 500,000-ton-per-year polypropylene plant.", [("annual_output", 5e5)]),
        ("It is designed to produce 500,000 metric tpy (500 Mtpy) of PP.", [("annual_output", 5e5)]),
        ("The deposit has a design capacity of 1,000 tU per year.", [("annual_output", 1000.0)]),
        ("The mine will reach 2,000 tU a year in 2026.", [("annual_output", 2000.0)]),
    ],
)
def test_yearly_rates_by_period_or_verb(ref, sentence, expected):
    assert _figures(sentence, ref) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Some 5 billion kWh of electricity will be produced there per year.", ("annual_generation", 5e6)),
        ("About 2 million tonnes of ore are expected to be mined annually.", ("annual_output", 2e6)),
        ("Up to 10 bcm of gas is to be transported each year.", ("annual_volume", 1e10)),
        ("The Ekibastuz plant produced 5 billion kWh of electricity last year.", (None, 5e6)),
    ],
)
def test_a_passive_rate_verb_stands_between_a_figure_and_its_period(ref, sentence, expected):
    """The future passive is what a plant will do; what it produced last year is history."""
    (quantity,) = find_quantities(sentence, ref)
    assert (quantity.metric, quantity.value_std) == expected
    assert quantity.negative is (expected[0] is None)


def test_energy_with_no_period_and_no_rate_verb_is_no_yearly_figure(ref):
    assert _figures("The battery stores 600 MWh.", ref) == [(None, 600.0)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Flows will reach 4.5 billion cubic metres (bcm) a year.", [("annual_volume", 4.5e9)]),
        ("The pipeline is expected to carry some 30 billion m3/y of gas.", [("annual_volume", 3e10)]),
        ("The smelter ships 200,000 tons/a of copper.", [("annual_output", 2e5)]),
    ],
)
def test_periods_behind_a_gloss_or_a_slash(ref, sentence, expected):
    assert _figures(sentence, ref) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They plan to raise capacity from 6 million tons at present to 12 million tons per year.", 12e6),
        ("The string will raise throughput from 15 billion cubic metres (bcm) a year to 30 bcm.", 3e10),
        ("Output will grow from 450,000 tonnes (t) a year to 1.2 million tonnes.", 1.2e6),
        ("The work will lift capacity from about 160 000 t/y to 300 000 t/y by 2028.", 3e5),
        ("Throughput rises from roughly 5 bcm a year to 14 bcm a year.", 1.4e10),
    ],
)
def test_the_figure_a_capacity_is_raised_from_is_history(ref, sentence, expected):
    assert [value for _, value in _figures(sentence, ref)] == [expected]


def test_two_products_of_one_plant_are_two_figures(ref):
    sentence = "It will make up to 600,000 tons of urea as well as up to 50,000 tons of methanol annually."
    found = find_quantities(sentence, ref)
    assert [(q.product, q.value_std) for q in found] == [("urea", 600000.0), ("methanol", 50000.0)]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Vestas is to deliver 80 of its 4.2 MW turbines.", 80.0),
        ("The farm would use 40 of Sany's own 5 MW turbines.", 40.0),
        ("It will get 50 of Envision’s 6 MW turbines.", 50.0),
    ],
)
def test_a_count_of_turbines_out_of_a_makers_range(ref, sentence, count):
    assert _figures(sentence, ref)[0] == ("unit_count", count)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Thirty-one Envision EN-156 turbines will be installed.", 31.0),
        ("The farm will have 40 Goldwind GW121-2.5 turbines.", 40.0),
        ("It ordered 25 SG-170 turbines.", 25.0),
        ("Goldwind supplied 24 GW121/2500 turbines.", 24.0),
        ("It has 40 Envision EN-156/6.5 turbines.", 40.0),
        ("The project will use 30 GW 87/1500 wind turbines of 1.5 MW each.", 30.0),
        ("Envision will supply 240 of its EN-182/6.25MW turbines.", 240.0),
    ],
)
def test_a_turbine_models_number_is_no_count(ref, sentence, count):
    assert [v for metric, v in _figures(sentence, ref) if metric == "unit_count"] == [count]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Its 36 grey turbines line the ridge.", [("unit_count", 36.0)]),
        ("The site holds 420,000 bifacial solar panels.", [("unit_count", 420000.0)]),
        ("Crews fitted some 65,000 monocrystalline panels.", [("unit_count", 65000.0)]),
        ("It will source 330,000 bifacial n-type TOPCon modules.", [("unit_count", 330000.0)]),
        ("The park uses 96,000 PERC solar panels.", [("unit_count", 96000.0)]),
        ("Some 210,000 HJT bifacial modules arrived.", [("unit_count", 210000.0)]),
        ("About 12 percent of turbines stood idle.", []),
        ("The crew raised 9 more turbines in May.", []),
        ("It will buy 100 shunting diesel locomotives.", []),
    ],
)
def test_words_that_describe_what_is_counted_keep_the_count(ref, sentence, expected):
    assert _figures(sentence, ref) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It was built for 800,000 tonnes... sorry, 850,000 tonnes a year.", [("annual_output", 8.5e5)]),
        ("The plant will have 120 MW? No, I will correct myself, 240 MW.", [("installed_power", 240.0)]),
        ("It has 300 MW, or rather 320 MW, of turbines.", [("installed_power", 320.0)]),
        ("The two plants have 300 MW and 320 MW.", [("installed_power", 300.0), ("installed_power", 320.0)]),
    ],
)
def test_a_figure_a_speaker_corrects_gives_way_to_the_correction(ref, sentence, expected):
    assert _figures(sentence, ref) == expected


def test_signs_are_kept_and_impossible_numbers_refused(ref):
    assert _figures("Output fell by -40 MW and minus 30 megawatts.", ref) == [
        ("installed_power", -40.0),
        ("installed_power", -30.0),
    ]
    assert _figures("A " + "9" * 330 + " MW plant.", ref) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The country's yearly cement requirement is 1.5 million tons.",
        "In exchange it gets 17 billion cubic meters of gas a year.",
        "The grid needs 2,000 MW more at peak hours.",
        "It uses 10 percent of its hydropower potential, which is estimated at 142 billion kWh a year.",
        "Its solar potential, which experts put at 3,760 GW, is barely tapped.",
        "The plant will meet domestic demand, estimated at 170 thousand tons a year.",
        "It covers the country's needs, put at 170,000 tonnes of glass a year.",
        "Regional consumption, assessed at 5 billion kWh a year, keeps growing.",
        "The country plans 1,500 MW of new wind and solar projects by 2030.",
    ],
)
def test_needs_and_payments_are_no_capacities(ref, sentence):
    assert [q.negative for q in find_quantities(sentence, ref)] == [True]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Power units No. 3 and No. 4 (2 x 330 MW) will be built.", 660.0),
        ("The plant will have four 660-megawatt units.", 2640.0),
        ("The station has two 350 MW power units.", 700.0),
        ("The station has a 350 MW power unit.", 350.0),
        ("It is equipped with two 150-MW Francis turbine-generator units.", 300.0),
        ("Its four 150MW Francis units have run beyond their design life.", 600.0),
        ("The GRES will get two 500 MW supercritical coal-fired units.", 1000.0),
    ],
)
def test_units_of_one_size_counted_together_make_the_plants_size(ref, sentence, expected):
    (quantity,) = find_quantities(sentence, ref)
    assert (quantity.metric, quantity.value_std, quantity.per_unit) == ("installed_power", expected, False)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The complex will make 405,000 mt/year of polyethylene.", [("annual_output", 405000.0)]),
        ("Its capacity is around 1.16 million mt/year of urea.", [("annual_output", 1.16e6)]),
        ("The refinery processes 5.5 Mt/year of crude.", [("annual_output", 5.5e6)]),
        ("A 6 Mt/y refinery.", [("annual_output", 6e6)]),
    ],
)
def test_a_units_case_tells_metric_tonnes_from_millions(ref, sentence, expected):
    assert _figures(sentence, ref) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "They discuss doubling the refinery's capacity from 6 to 12 million tonnes a year.",
            [("annual_output", 12e6)],
        ),
        (
            "The expansion will take the mine from 25 to 50 million tonnes of ore a year.",
            [("annual_output", 50e6)],
        ),
        ("The project will triple output from 100,000 to 300,000 tonnes per year.", [("annual_output", 3e5)]),
        ("The plant will produce from 400,000 to 480,000 tons of urea a year.", [("annual_output", 4.4e5)]),
        (
            "- expansion of the Chirchik nitrogen works in Tashkent region from 300,000 to 450,000 tonnes of "
            "ammonia a year;",
            [("annual_output", 4.5e5)],
        ),
        (
            "Output went up last year; the new kiln will make from 400,000 to 480,000 tonnes a year.",
            [("annual_output", 4.4e5)],
        ),
    ],
)
def test_a_change_from_one_figure_to_another_gives_the_new_one(ref, sentence, expected):
    assert _figures(sentence, ref) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The complex was designed to produce 100,000 tonnes of PVC, 75,000 tonnes of caustic soda and "
        "300,000 tonnes of methanol a year.",
        "It makes 100,000 tons of PVC, 75,000 tons of caustic soda, and 300,000 tons of methanol annually.",
        "Annual capacity: 100,000 tonnes of PVC and 75,000 tonnes of caustic soda and "
        "300,000 tonnes of methanol.",
    ],
)
def test_the_figures_of_one_list_share_the_yearly_period_one_states(ref, sentence):
    quantities = find_quantities(sentence, ref)
    assert [(q.value_std, q.metric, q.period_known) for q in quantities] == [
        (100000.0, "annual_output", True),
        (75000.0, "annual_output", True),
        (300000.0, "annual_output", True),
    ]


def test_a_list_with_no_period_stays_without_one(ref):
    quantities = find_quantities("Stocks hold 100,000 tonnes of PVC and 75,000 tonnes of caustic soda.", ref)
    assert [q.period_known for q in quantities] == [False, False]


@pytest.mark.parametrize(
    "sentence",
    [
        "lifting ore processing capacity from 1.5-million tonnes a year to 3-million tonnes a year.",
        "lifting ore processing capacity from 1.5 million tonnes a year to 3 million tonnes a year.",
    ],
)
def test_a_scale_joined_to_its_number_by_a_hyphen(ref, sentence):
    assert [q.value_std for q in find_quantities(sentence, ref)] == [3e6]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("the Garabogaz plant with a capacity of 1 million 155 thousand tons of urea per year", 1_155_000.0),
        ("a refinery designed for 2 million 500 thousand tonnes of oil a year", 2_500_000.0),
        ("a plant of 155 thousand tons a year", 155_000.0),
    ],
)
def test_a_million_and_thousands_written_in_words_make_one_figure(ref, sentence, value):
    assert [q.value_std for q in find_quantities(sentence, ref)] == [value]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The unit will convert it into 1.67m tonnes/year of methanol.", 1_670_000.0),
        ("The plant will make 1.5m tonnes a year of urea.", 1_500_000.0),
        ("The line will produce 2.5m t/yr of clinker.", 2_500_000.0),
    ],
)
def test_an_m_glued_to_the_number_is_a_million(ref, sentence, value):
    assert [q.value_std for q in find_quantities(sentence, ref)] == [value]


def test_a_turbine_model_named_gw_is_no_gigawatts(ref):
    sentence = "The project will use 30 GW 87/1500 wind turbines of 1.5 MW each."
    assert [m for m, _ in _figures(sentence, ref)] == ["unit_count", "installed_power"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "The operation produces about 850,000 tpy of ore, an official said, up from around 600,000 tpy.",
            850000.0,
        ),
        ("The smelter made 250,000 tonnes last year, compared with 230,000 tonnes in 2022.", 250000.0),
        ("Output fell to 1.2 million tonnes a year, down from 1.5 million tonnes a year.", 1200000.0),
    ],
)
def test_the_figure_a_change_started_from_is_history(ref, sentence, value):
    assert [v for _, v in _figures(sentence, ref)] == [value]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("The facility uses around 860,000 bifacial modules supplied by Trina Solar.", 860000.0),
        ("Some 330,000 bifacial panels will be mounted on single-axis trackers.", 330000.0),
    ],
)
def test_modules_a_solar_plant_uses_are_counted(ref, sentence, count):
    assert _figures(sentence, ref) == [("unit_count", count)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The country faces a winter deficit, and the government aims to install 10 GW of capacity by 2030.",
        "The government plans to add 5 GW of wind and solar by 2030.",
        "The ministry wants 3,000 MW of new capacity in the south.",
    ],
)
def test_what_a_government_aims_to_install_is_a_target_no_capacity(ref, sentence):
    assert [q.negative for q in find_quantities(sentence, ref)] == [True]


@pytest.mark.parametrize(
    ("sentence", "per_unit"),
    [
        ("It will build a new power unit capacity 330 MW.", False),
        ("A new generating unit capacity 150 MW was launched.", False),
        ("It has 32 turbines with a unit capacity of 6.25 MW.", True),
    ],
)
def test_a_power_units_capacity_is_its_own_not_each_of_many(ref, sentence, per_unit):
    [power] = [q for q in find_quantities(sentence, ref) if q.metric == "installed_power"]
    assert power.per_unit is per_unit


def test_megawatts_transliterated_from_russian(ref):
    quantities = find_quantities("25 turbines with unit capacity 4 MVt.", ref)
    assert [(q.metric, q.value_std) for q in quantities][-1:] == [("installed_power", 4.0)]


@pytest.mark.parametrize(
    ("sentence", "products"),
    [
        (
            "Complex on production of sulphuric acid with capacity 130 thousand tons per year and aluminium "
            "fluoride 20 thousand tons per year.",
            [None, "aluminium fluoride"],
        ),
        ("It will make 880,000 tons of urea a year.", ["urea"]),
        ("Capacity: methanol 300 thousand tons per year.", ["methanol"]),
    ],
)
def test_a_product_listed_before_its_figure_is_what_the_figure_measures(ref, sentence, products):
    assert [q.product for q in find_quantities(sentence, ref)] == products


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("The country's flagship is the 3,780 MW Rogun hydropower plant.", [("installed_power", 3780.0)]),
        ("The country's largest plant remains the 600 MW Bishkek CHP.", [("installed_power", 600.0)]),
        ("The country's installed capacity is 45,000 MW.", []),
        ("The country's 20 GW of hydropower stands idle in winter.", []),
    ],
)
def test_a_plant_the_country_calls_its_own_keeps_its_size(ref, sentence, figures):
    assert [(q.metric, q.value_std) for q in find_quantities(sentence, ref) if not q.negative] == figures


@pytest.mark.parametrize(
    "sentence",
    [
        "So far 48 of the 160 turbines have been installed at the 1 GW wind farm.",
        "The contractor has erected 48 out of the 160 turbines at the 1 GW wind farm.",
    ],
)
def test_turbines_installed_so_far_count_the_whole(ref, sentence):
    kept = [(q.metric, q.value_std) for q in find_quantities(sentence, ref) if not q.negative]
    assert sorted(kept) == [("installed_power", 1000.0), ("unit_count", 160.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The first phase treats 30 billion cu m of gas a year.",
        "The plant is designed for 30 billion cu. m a year.",
        "The field will produce 30 bln cu.m of gas per year.",
    ],
)
def test_cubic_metres_written_cu_m(ref, sentence):
    assert _figures(sentence, ref) == [("annual_volume", 3e10)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Feed gas of about 700 million cu m/year is to be supplied by QazaqGaz.",
        "The plant will take 700 million cubic metres a year of feed gas from the Kashagan field.",
    ],
)
def test_a_plants_feed_gas_is_no_capacity(ref, sentence):
    (quantity,) = find_quantities(sentence, ref)
    assert quantity.negative


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The smelter is designed to produce 250 thous. tons of aluminium a year.", 250_000.0),
        ("Output will reach 40 thous tonnes per year.", 40_000.0),
        ("The plant has a capacity of 1.2 mln tons per annum.", 1_200_000.0),
        ("The plant has a capacity of 1.2 mln t per annum.", 1_200_000.0),
        ("The kiln makes 1.5 million t of clinker a year.", 1_500_000.0),
        ("The smelter will make 250 thous. t of aluminium a year.", 250_000.0),
    ],
)
def test_tonnes_and_thousands_abbreviated_as_translated_copy_writes_them(ref, sentence, value):
    assert _figures(sentence, ref) == [("annual_output", value)]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("The farm will use 25 x Goldwind GW165-6.0MW turbines.", 25.0),
        ("The farm will use 25 × Envision EN-171 turbines.", 25.0),
        ("The farm will have 111 Goldwind 4.5 MW turbines.", 111.0),
        ("Sany will supply 40 2.5-megawatt turbines.", 40.0),
    ],
)
def test_a_count_of_turbines_keeps_its_times_sign_and_each_ones_rating(ref, sentence, count):
    assert _figures(sentence, ref) == [("unit_count", count)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The farm will have 111 of Goldwind's 4.5 MW machines.",
        "It will be equipped with 6.25 MW wind generators.",
    ],
)
def test_a_machines_rating_is_each_ones_not_the_plants(ref, sentence):
    assert [q.per_unit for q in find_quantities(sentence, ref)] == [True]


@pytest.mark.parametrize(
    ("sentence", "negative"),
    [
        ("Since 2021 the farm has produced about 350 million kilowatt-hours a year.", False),
        ("The plant produced 380,000 tonnes per year on average.", False),
        ("The farm produced 350 million kilowatt-hours in 2023.", True),
        ("It has produced 1.2 billion kWh since its launch.", True),
    ],
)
def test_what_a_plant_produced_is_its_rate_only_when_a_year_is_its_period(ref, sentence, negative):
    assert [q.negative for q in find_quantities(sentence, ref)] == [negative]


@pytest.mark.parametrize(
    "sentence",
    [
        "Two new 150-megawatt units built by TBEA have been commissioned.",
        "The plant got two additional 150 MW power units.",
        "2 x 150 MW units will be installed.",
    ],
)
def test_new_units_of_one_size_counted_together_make_their_sum(ref, sentence):
    assert _figures(sentence, ref) == [("installed_power", 300.0)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The field gives 15 million m3/d of gas.", [(None, 15e6 * 365)]),
        ("The line carries 40 million cubic metres/d.", [(None, 40e6 * 365)]),
        ("The line will carry 5 bn m3/y.", [("annual_volume", 5e9)]),
    ],
)
def test_a_rate_per_day_after_a_slash_is_daily_as_per_day_is(ref, sentence, expected):
    assert _figures(sentence, ref) == expected


def test_a_daily_tonnage_after_a_slash_is_no_yearly_capacity(ref):
    assert _figures("Huaxin Gayur (Sughd): 3,300 t/d clinker (~1.0 Mt/yr).", ref) == [("annual_output", 1e6)]

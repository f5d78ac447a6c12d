"""Quantities and money: units, number words, ranges, periods, qualifiers, currencies, conversions."""

from __future__ import annotations

import pytest

from pipelines.domain.extract.annotate.money import find_money, usd_value
from pipelines.domain.extract.annotate.quantities import find_quantities


def _one(sentence: str, ref):
    found = find_quantities(sentence, ref)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "metric", "value_std", "qualifier"),
    [
        ("built a 100-megawatt wind power plant in Zhanatas", "installed_power", 100, "exact"),
        ("a one gigawatt (GW) wind farm in the Zhambyl Region", "installed_power", 1000, "exact"),
        (
            "plans to develop a wind power plant with up to one gigawatt (GW) capacity",
            "installed_power",
            1000,
            "up_to",
        ),
        ("a solar park of three hundred megawatts", "installed_power", 300, "exact"),
        ("one and a half gigawatts of wind capacity", "installed_power", 1500, "exact"),
        ("a farm of two point four gigawatts, as he put it", "installed_power", 2400, "exact"),
        ("a capacity of 540-550 MW", "installed_power", 545, "approx"),
        ("between 1 and 1.2 GW of new turbines", "installed_power", 1100, "approx"),
        (
            "can generate approximately 350 million kilowatt-hours of electricity annually",
            "annual_generation",
            350_000,
            "approx",
        ),
        ("an average annual power generation of 79.8 million kWh", "annual_generation", 79_800, "exact"),
        ("will produce 1.2 TWh per year", "annual_generation", 1_200_000, "exact"),
        (
            "a processing capacity of 5.5 million tons of crude oil per year",
            "annual_output",
            5_500_000,
            "exact",
        ),
        ("which is planned to attain a capacity of 12 million tons", "annual_output", 12_000_000, "planned"),
        ("with an annual capacity of 240,000 tons", "annual_output", 240_000, "exact"),
        ("pumping 10 bcm of gas per year", "annual_volume", 1e10, "exact"),
        ("refining 100,000 barrels per day", "annual_output", 100_000 * 0.1364 * 365, "exact"),
        ("producing 20,000 tonnes per month", "annual_output", 240_000, "exact"),
        ("construction of a 1 000 MW wind farm", "installed_power", 1000, "exact"),
        ("a plant of 100 000 tonnes a year", "annual_output", 100_000, "exact"),
    ],
)
def test_quantity_in_standard_units(ref, sentence, metric, value_std, qualifier):
    quantity = _one(sentence, ref)
    assert (quantity.metric, quantity.qualifier) == (metric, qualifier)
    assert quantity.value_std == pytest.approx(value_std)


@pytest.mark.parametrize(
    "sentence",
    [
        "a float glass line of 600 tonnes per day",
        "its daily design capacity is 2,500 tons of clinker",
        "the plant will process 3,000 tonnes of ore a day",
        "desalinating 50,000 cubic meters of seawater daily",
    ],
)
def test_a_daily_rate_is_no_annual_figure(ref, sentence):
    """The working days a year would need are not stated; a barrel a day is a unit of its own."""
    assert _one(sentence, ref).metric is None


def test_a_yearly_figure_after_a_daily_one_stays_yearly(ref):
    daily, yearly = find_quantities(
        "with a daily capacity of 2,500 tons of clinker, it will produce 900,000 tons of cement a year", ref
    )
    assert (daily.metric, yearly.metric, yearly.value_std) == (None, "annual_output", 900_000)


def test_turbine_size_is_per_unit_and_count_is_a_unit_count(ref):
    count, size = find_quantities("consists of 40 wind turbines, each with a capacity of 2.5 megawatts.", ref)
    assert (count.metric, count.value_std, count.per_unit) == ("unit_count", 40, False)
    assert (size.metric, size.value_std, size.per_unit) == ("installed_power", 2.5, True)


def test_energy_without_a_period_is_not_annual_generation(ref):
    assert _one("a battery storage system of 200 MWh", ref).metric is None


@pytest.mark.parametrize(
    "sentence",
    [
        "saving about 110,000 metric tons of standard coal compared to thermal power",
        "China's renewable capacity additions in 2023 totaled 510 million kW",
        "CRRC annually produces more than 2,000 locomotives",
        "By the time the contract ended 31 turbines had been erected at the site",
    ],
)
def test_figures_that_are_not_capacities_are_flagged(ref, sentence):
    assert _one(sentence, ref).negative


@pytest.mark.parametrize(
    ("sentence", "drawn"),
    [
        ("the ferroalloy plant will eat about 300 MW", True),
        ("the smelter draws 450 MW from the grid", True),
        ("the data centre will need around 120 MW of power", True),
        ("the aluminium plant requires some 1.2 GW", True),
        ("a 100 MW wind farm requiring 16 turbines", False),
        ("the plant needed three years and will have 300 MW", False),
        # a unit's load on the day (`power_load` cues)
        ("The unit was loaded step by step to 45 MW before the trial run", True),
        ("the second turbine was gradually loaded up to 80 MW", True),
        ("the generator has been running at a load of 120 MW since Monday", True),
        ("the boiler was tested under a partial load of 90 MW", True),
        ("the unit was then loaded to its full design capacity of 150 MW", False),
        ("the 300 MW plant has loaded its first coal", False),
    ],
)
def test_power_a_plant_draws_or_carries_on_the_day_is_no_capacity(ref, sentence, drawn):
    [power] = [q for q in find_quantities(sentence, ref) if q.metric == "installed_power"]
    assert power.negative is drawn


@pytest.mark.parametrize(
    ("sentence", "amount", "currency", "usd", "qualifier"),
    [
        ("an estimated investment volume of over $1 billion", 1e9, "USD", 1e9, "over"),
        ("a loan of US$ 1.2bn from the bank", 1.2e9, "USD", 1.2e9, "exact"),
        ("investment of two billion dollars", 2e9, "USD", 2e9, "exact"),
        ("worth 1.06 trillion yuan($145.6 billion)", 1.06e12, "CNY", 145.6e9, "exact"),
        ("the project costs EUR 300 million", 3e8, "EUR", None, "exact"),
        ("about 150-200 million euros", 1.75e8, "EUR", None, "approx"),
        ("financing of 500 billion tenge", 5e11, "KZT", None, "exact"),
        ("financed by a 350-million-dollar loan", 3.5e8, "USD", 3.5e8, "exact"),
        ("a $350-million loan from the bank", 3.5e8, "USD", 3.5e8, "exact"),
        ("a 2-billion-yuan credit line", 2e9, "CNY", None, "exact"),
        ("a contract value of 1 billion 120 million US dollars", 1.12e9, "USD", 1.12e9, "exact"),
        ("it will cost about one point two billion dollars", 1.2e9, "USD", 1.2e9, "approx"),
        ("uh, one point six eight billion dollars, I think", 1.68e9, "USD", 1.68e9, "exact"),
        ("a cost of 3 billion 400 million tenge", 3.4e9, "KZT", None, "exact"),
        ("it needs 2 million 500 thousand dollars", 2.5e6, "USD", 2.5e6, "exact"),
    ],
)
def test_money_amounts(ref, sentence, amount, currency, usd, qualifier):
    (money,) = find_money(sentence, ref)
    assert (money.amount, money.currency, money.qualifier) == (pytest.approx(amount), currency, qualifier)
    if usd is not None:
        assert usd_value(money, ref, 2024) == pytest.approx(usd)


def test_non_dollar_amounts_use_the_rate_of_the_articles_year(ref):
    (money,) = find_money("a loan of 500 billion tenge", ref)
    assert usd_value(money, ref, 2024) == pytest.approx(5e11 * ref.usd_rate("KZT", 2024))
    assert usd_value(money, ref, 2015) > usd_value(money, ref, 2024)  # the tenge lost value since 2015


def test_exports_are_flagged_as_no_investment(ref):
    (money,) = find_money("exports worth 1.06 trillion yuan ($145.6 billion)", ref)
    assert money.negative


@pytest.mark.parametrize(
    "sentence",
    ["all 16 wind turbines have been installed", "All of the 40 turbines have already been erected."],
)
def test_all_the_turbines_installed_are_the_farms_count(ref, sentence):
    assert not _one(sentence, ref).negative


@pytest.mark.parametrize(
    "sentence",
    [
        "a regulated feedstock price of around $40/1,000 cu m",
        "with Brent at $64.8 per barrel",
        "an electricity tariff of $0.05 per kWh",
        "a contract for the supply of natural uranium concentrate worth about $1.9 billion",
        "an agreement on the delivery of 40 locomotives worth $120 million",
        "At the central bank rate, $1 is worth 10,677 soums.",
        "The auditors found financial violations totalling $224 million.",
        "Spare parts worth $3.1 million were written off without justification.",
        "The project suffered a cost overrun of $120 million.",
        "Funds of $15 million were misappropriated by the contractor.",
        "The three refineries together cost about $6 billion.",
        "According to the court, about $96 million of this loan has not been repaid.",
        "The plant still owes the bank unpaid interest of $12 million.",
        "The owner intends to file a counterclaim for $21 million in liquidated damages.",
        "The contractor filed a claim of $48 million with the arbitration centre.",
    ],
)
def test_prices_rates_losses_and_supply_contracts_are_no_investment(ref, sentence):
    assert find_money(sentence, ref)[0].negative


def test_an_amount_a_year_is_no_price(ref):
    (money,) = find_money("investing $200 million per year in the mine", ref)
    assert not money.negative


@pytest.mark.parametrize(
    "sentence",
    ["To date, 62 turbines have been installed.", "Some 45 turbines have already been installed on site."],
)
def test_turbines_installed_so_far_are_progress_not_the_farms_count(ref, sentence):
    assert _one(sentence, ref).negative


@pytest.mark.parametrize(
    ("sentence", "usd"),
    [
        ("The cost of the project is estimated at 160 billion tenge, or about $355 million.", 355e6),
        ("The plant will cost 100 billion tenge or $210 million.", 210e6),
    ],
)
def test_a_conversion_the_text_gives_after_or(ref, sentence, usd):
    (money,) = find_money(sentence, ref)
    assert (money.currency, money.stated_usd) == ("KZT", usd)


def test_a_conversion_with_two_hedges_in_brackets(ref):
    (money,) = find_money(
        "a project loan facility of up to RMB1.6 billion (equivalent to approximately US$220 million)", ref
    )
    assert (money.currency, money.amount, money.stated_usd) == ("CNY", 1.6e9, 220e6)


@pytest.mark.parametrize(
    ("sentence", "value_std"),
    [
        ("its own coal-fired power plant consisting of four units of 660 MW each", 2640),
        ("the plant will have two power units with a capacity of 500 MW each", 1000),
        ("three generating units rated at 110 MW apiece", 330),
    ],
)
def test_units_of_a_size_each_give_the_plants_total(ref, sentence, value_std):
    power = [q for q in find_quantities(sentence, ref) if q.metric == "installed_power"]
    assert [(q.value_std, q.per_unit) for q in power] == [(value_std, False)]


@pytest.mark.parametrize(
    "sentence",
    ["111 of its GW155-4.5MW machines for the farm", "60 units of the SG170-6.2MW turbine"],
)
def test_a_turbine_models_rating_is_per_unit(ref, sentence):
    power = [q for q in find_quantities(sentence, ref) if q.metric == "installed_power"]
    assert [q.per_unit for q in power] == [True]


@pytest.mark.parametrize(
    ("sentence", "value_std"), [("the 2x450 MW plant", 900), ("2×60 MW gas turbines", 120)]
)
def test_units_written_close_together_are_multiplied(ref, sentence, value_std):
    assert _one(sentence, ref).value_std == value_std

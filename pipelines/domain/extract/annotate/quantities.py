"""Physical quantities in a sentence: power, energy per year, output per year, volumes, unit counts."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import cache

from pipelines.domain.extract.annotate.cues import (
    FIRST_ORDINAL,
    PHASE_ORDINAL,
    before_figure,
    retracted_stretches,
    within,
)
from pipelines.domain.extract.annotate.numbers import (
    NUMBER,
    NUMBER_WORDS,
    SCALE,
    computed_note,
    parse_number,
    qualifier_before,
    scale_factor,
)
from pipelines.domain.extract.parse import YEAR
from pipelines.domain.reference import Reference, fold

_PERIODS = {"year": 1.0, "day": 365.0, "month": 12.0}
_PASSIVE_RATE = (  # '5 billion kWh of electricity will be produced (there) per year'
    r"(?:\s+(?:will|would|can|could|shall|is|are|(?:is|are) (?:expected|planned|set) to|(?:is|are) to)\s+be"
    r"\s+[a-z]+ed(?:\s+(?:there|here|at the [a-z]+))?)?"
)
_PERIOD_AFTER = re.compile(
    r"^(?:\s*\([^()]{1,20}\))?(?:\s+of\s+(?:[\w-]+\s+){0,3}?[\w-]+)?" + _PASSIVE_RATE + r"\s*"
    r"(?:-?(?:per|a|an|each|every)[\s-]+(?P<unit>year|annum|day|month)|"  # 'a 500,000-ton-per-year plant'
    r"/(?P<slash>year|yr|y|a|day|d|month)|(?P<adverb>annually|yearly|daily|monthly|p\.a))\b",
    re.I,
)
_ANNUAL_BEFORE = re.compile(
    r"\b(?:annual(?:ly)?|yearly|per year|a year|each year|per annum|in year)\b[^.;]{0,60}$", re.I
)
_WHOLE_BEFORE = re.compile(  # 'all 16 turbines', '48 of the 160 turbines', 'installed at the 1 GW farm'
    r"(?:\ball\s+(?:of\s+)?|\b\d[\d,]*\s+(?:out\s+)?of\s+|\b(?:at|to|for)\s+(?=the|its|their))"
    r"(?:the\s+|its\s+|their\s+)?(?:planned\s+|total\s+)?$",
    re.I,
)
_WHOLE_REACH = 24  # characters '48 out of the planned ' may take before a count
_PERIOD_REACH = 80  # characters before a number where 'per annum' or 'daily' and the words after stand
# 'its daily capacity is' right before a figure; not past another figure ('300 t a day, output 36,000 t')
_DAILY_BEFORE = re.compile(r"\b(?:daily|per day|a day)\b[^.;,\d]{0,40}$", re.I)
# '4.3 million tonnes in 2008', '150 million cubic metres of gas to the LNG plant in 2013'; not a year of a
# clause joined after the figure ('800,000 tons and opened in 2014', 'which it reached in 2016')
_CLAUSE_JOIN = r"\b(?:and|but|which|that|when|while|where|after|before|since|until|only)\b"
_IN_A_YEAR_AFTER = re.compile(
    rf"^(?:(?!{_CLAUSE_JOIN})[^.;,]){{0,40}}?\b(?:in|during)\s+{YEAR}\b(?!\s*[-\u2013/]\s*\d)", re.I
)
_YEAR_BEFORE_COUNT = re.compile(rf"\b(?i:in|since|by|until|from|of|during)\s+{YEAR}$")
_CHANGE_REACH = 60  # characters before a figure where the verb of a change stands
_CHANGE_CLAUSE_REACH = 120  # characters before 'from X to Y' where its change's word may stand, in its clause
# 'from the current ', 'from about '
_FROM = (
    r"\bfrom\s+(?:the\s+)?(?:current|present|existing|today's)?\s*"
    r"(?:(?:about|around|some|nearly|roughly|approximately|just)\s+)?$"
)
_FROM_BEFORE = re.compile(_FROM, re.I)
_REACH_BEFORE = re.compile(r"\breach(?:es|ed)?\s+(?:\w+\s+)?$", re.I)  # 'capacity has reached (about) '
# 'when the CHP will reach 400 MW': a facility's own size after its stages
_FACILITY_REACHES = re.compile(
    r"\b(?:the|its)\s+(?P<head>[\w-]+)\s+(?:will\s+|would\s+|is\s+to\s+|should\s+)?reach(?:es|ed)?\s+(?:\w+\s+)?$",
    re.I,
)
_TO_BEFORE = re.compile(
    r"\bto\s+(?:(?:about|around|nearly|almost|some|over)\s+)?$", re.I
)  # 'raise it to 400 MW'
_LIST_BETWEEN = re.compile(
    r"^(?:\s+of\s+[\w-]+(?:\s+[\w-]+){0,2})?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:up to\s+)?$"
)
_FROM_AFTER_TARGET = re.compile(
    rf"^[^,;]{{0,40}}?{_FROM}", re.I
)  # '... to 30 Mt by 2030 from the current 18 Mt'
_EARLIER_BETWEEN = re.compile(  # '850,000 tpy ..., up from around 600,000 tpy five years ago': the past
    r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+(?:(?:around|about|some|just)\s+)?$", re.I
)
_TO_BETWEEN = re.compile(  # 'from 6 Mt at present to 12 Mt', 'from 15 billion cubic metres (bcm) a year to'
    r"^\s*(?:\([^()]*\)\s*)?(?:[\w-]+\s+){0,3}?(?:to|up to)\s*$", re.I
)
_PHASE_BEFORE = re.compile(rf"\b{PHASE_ORDINAL}\s+$", re.I)
_FIRST_BEFORE = re.compile(rf"\b{FIRST_ORDINAL}\s+$", re.I)
_STAGE_WORD = r"(?:train|phase|stage|unit|section|block)s?\b"
_STAGE_AFTER = re.compile(rf"^\s*(?:[\w/-]+\s+){{0,2}}?{_STAGE_WORD}", re.I)
# 'The first stage is 5 MW', 'the initial phase of the farm will have 50 MW': a first stage told as subject
_FIRST_STAGE_SAID = re.compile(
    rf"\b{FIRST_ORDINAL}\s+{_STAGE_WORD}(?:\s+of\s+the\s+[\w-]+)?\s+(?:is|was|will\s+be|will\s+have|has|of)"
    r"\s+(?:about\s+|some\s+|only\s+)?$",
    re.I,
)
_CORRECTED_BETWEEN = re.compile(  # a figure taken back: '... sorry, ', '? No, I will correct myself, '
    r"^[\s.,;?!\u2026-]{0,6}(?:sorry|I mean|rather|or rather|correction|no|I will correct myself|"
    r"let me correct myself)\b[\s,:;]*(?:(?:no|I will correct myself|I mean)\b[\s,:;]*)?$",
    re.I,
)
_OF_AFTER = re.compile(r"^\s+(?:of|out of)\b", re.I)
_RATE_METRICS = ("annual_output", "annual_generation", "annual_volume")
_MODAL = r"(?:\b(?:will|would|can|could|shall|should|to|able to|designed to)\s+(?:be able to\s+)?)"
# the qualifiers a figure or an amount may carry ("about 500 MW", "up to $120 million")
ROUGHLY = r"up to|about|approximately|some|over|more than|nearly|around|roughly|at least|as much as"
_PRODUCT_REACH = 30  # characters before a figure where the product a translation lists may stand
_PRODUCT_AFTER = re.compile(r"^\s+of\s+([a-z][\w-]+)(?:\s+([a-z][\w-]+))?")
CAPACITY_WORD = re.compile(r"\bcapacit(?:y|ies)\b", re.I)
_TIMES_BEFORE = re.compile(r"(?<![\d.,])(?P<n>\d{1,2})\s*[x\u00d7]\s*$")  # '2 x 330 MW'
UNIT_COUNT = r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"  # units counted
# 'four 660 MW units', 'two new 150-megawatt units', 'two 1,200 MW reactors'
_COUNT_BEFORE = re.compile(rf"{UNIT_COUNT}(?:(?:new|additional|more|further|identical)\s+)?$", re.I)
_UNITS_AFTER = re.compile(  # 'four 660 MW units', 'two 150-MW Francis turbine-generator units'
    r"^[\s-]*(?:(?!(?:of|the|a|an|and|or|in|at|on|for|to|with|by|from|each)\b)[\w-]+\s+){0,4}?(?:units|blocks|reactors)\b",
    re.I,
)
_UNITS_OF_BEFORE = re.compile(  # 'four units of', 'two power units with a capacity of'
    rf"{UNIT_COUNT}(?:(?:power|generating)\s+)?"
    r"(?:units|blocks|reactors)\s+(?:of|with\s+a\s+capacity\s+of|rated\s+at)\s+$",
    re.I,
)
_RATE_UNITS_OF_BEFORE = re.compile(  # 'three units of', 'two processing trains with a capacity of'
    rf"{UNIT_COUNT}(?:[\w-]+\s+){{0,2}}?(?:units|trains|lines)\s+(?:of|with\s+a\s+capacity\s+of)\s+$", re.I
)
_NOT_DESCRIBING = (  # words between a number and a counted noun that make it no count of them
    r"(?:of|the|its|their|and|or|to|in|for|with|from|by|per|percent|more|other|years?)"
)
_DESCRIBED_COUNT = (
    r"(?:\s+[\w-]+)?\s+(?:turbines|panels|modules)\b"  # one word of the unit may follow: not locomotives
)
_EACH_AFTER = re.compile(r"^\s*(?:each|apiece)\b", re.I)
# 'three units of 10 billion cubic metres a year each': a volume or output each unit handles
_RATE_EACH_AFTER = re.compile(r"^[^.;,]{0,20}?\b(?:each|apiece)\b", re.I)
_MODEL_BEFORE_COUNT = re.compile(r"\b[A-Z][A-Za-z]{0,4}-$")  # 'Envision EN-156 turbines': no count
_MODEL_CODE_BEFORE = re.compile(r"\b[A-Z]{1,5}\d{2,4}[-/]$")  # 'GW155-4.5MW': a turbine model's rating
_PER_UNIT_AFTER = re.compile(  # '360 MW and 645 Gcal/h each': past a second figure told with it
    r"^(?:\s+and\s+[\d.,]+\s*[\w/]+)?\s*(?:each|apiece|per (?:unit|turbine))\b"
    r"|^[\s-]*(?:wind\s+)?(?:turbines?|machines|generators)\b",
    re.I,
)
_PER_UNIT_BEFORE = re.compile(  # not 'all 40 turbines of the 100 MW farm': the farm's size, nor 'power unit
    r"\b(?:each|(?<!power )(?<!generating )unit capacity|per unit|"  # capacity 330 MW': the unit's own
    r"(?:turbines?|units?) of(?!\s+(?:the|its|this|a|an)\b))\b"
    r"[^.;,]{0,30}$",
    re.I,
)

# 'Each of the two new units, supplied by X, will be rated at ': the clause's subject is every one unit
_EACH_SUBJECT = re.compile(
    r"(?:^|[;:]\s*|,\s+(?:and\s+|while\s+)?)Each\s+(?:of\s+(?:the|its|their|these)\s+)?(?:[\w.-]+,?\s+){0,6}?"
    r"(?:units?|turbines?|reactors?|blocks?|generators?|machines?|trains?)\b"
    r"(?:(?!\b(?:bringing|while|whereas|and\s+the)\b)[^;]){0,120}$",
    re.I,
)


@dataclass(frozen=True)
class Quantity:
    """A number with a unit, standardised to the contract's metric and unit."""

    start: int
    end: int
    value: float
    unit: str
    metric: str | None
    value_std: float
    unit_std: str
    qualifier: str
    per_unit: bool
    period_known: bool
    negative: bool
    note: str | None
    product: str | None = None  # what is measured: 'urea' in '880,000 tons of urea'
    reached: bool = False  # the size a change brings it to: 'bringing its total capacity to 250 MW'
    first_stage: bool = False  # a first stage's size: 'a first 5bn m3/yr train', 'an initial 100 MW phase'


@cache
def _quantity_pattern(unit_alternatives: str) -> re.Pattern[str]:
    number = rf"(?P<sign>-|(?i:minus)\s+)?(?P<num>{NUMBER})(?:\s*(?:-|to)\s*(?P<num2>{NUMBER}))?"
    between = rf"between\s+(?P<bnum>{NUMBER})\s*(?P<bscale>{SCALE})?\s+and\s+(?P<bnum2>{NUMBER})"
    # '124 of its turbines', '80 of its 4.2 MW turbines', "40 of Sany's own 5 MW turbines" (not '48 of the
    # planned 160 turbines')
    turbines = r"(?:wind\s+)?turbines"
    brand = r"[A-Z][a-z][\w-]*"  # 'Goldwind', 'Envision'
    # (not '42 of the 240 Envision turbines': 240 are counted)
    word = rf"(?!\d[\d,.]*\s+(?:{brand}\s+)?{turbines})[\w./-]+\s+"
    whose = rf"(?:its|their|the|{brand}(?:'s|’s))"
    counted = rf"(?:\s+of\s+{whose}\s+(?:{word}){{0,3}}?(?={turbines}))?"
    model = r"(?:\s+[A-Z][\w./-]*\d[\w./-]*|\s+[A-Z]{1,4}\s\d+[/-][\w./-]+)?"  # 'EN-156/6.5', 'GW 87/1500'
    rating = r"(?:\s+\d+(?:\.\d+)?[\s-]?(?:MW|megawatts?))?"  # '40 Goldwind 4.5 MW turbines': each one's
    # '25 x Goldwind GW165-6.0MW turbines' (not '25 x 6 MW turbines', the farm's size)
    times = rf"(?:\s*[x\u00d7](?=\s+{brand}))?"
    maker = rf"(?:{times}(?:\s+{brand})?{model}{rating}(?=\s+{turbines}))?"  # '79 Goldwind (EN-156) turbines'
    # '40 white turbines', '330,000 bifacial n-type TOPCon modules': words that describe what is counted
    described = rf"(?:(?:\s+(?!{_NOT_DESCRIBING}\b)[A-Za-z][A-Za-z-]{{2,}}){{1,3}}(?={_DESCRIBED_COUNT}))?"
    unit = rf"(?P<unit>{unit_alternatives})(?![\w])(?!\s?\d+/\d)"  # not 'GW 87/1500', a turbine model
    start = r"(?:(?<![\w.,])(?<!\d/)|(?<=\d[x\u00d7]))"  # not inside a word or '87/1500', but '2x450 MW'
    # '3 million', '3-million tonnes', the trade press's '1.67m tonnes' (an 'm' glued to the number)
    glued = r"(?<=\d)m(?=[\s-]+(?:tonnes|tons|t|cubic|cu|barrels|kWh|MWh)\b)"
    scale = rf"(?:\s*|-)(?P<scale>{SCALE}|{glued})?"
    scale += r"(?:\s+(?P<minor>\d{1,3})\s+(?P<minorscale>thousand))?"  # '1 million 155 thousand tons'
    return re.compile(rf"{start}(?:{between}|{number}){scale}{counted}{maker}{described}[\s-]*{unit}")


def find_quantities(sentence: str, ref: Reference) -> list[Quantity]:
    """Every quantity with a known unit in `sentence`."""
    pattern = _quantity_pattern(ref.unit_alternatives)
    negative_cue = ref.cue_pattern("not_capacity")
    retracted = retracted_stretches(sentence, ref)
    found = []
    for match in pattern.finditer(sentence):
        quantity = _quantity(match, sentence, ref, negative_cue)
        if quantity is not None:
            found.append(replace(quantity, negative=quantity.negative or within(quantity.start, retracted)))
    return _with_list_period(_without_superseded(found, sentence), sentence)


def _without_superseded(found: list[Quantity], sentence: str) -> list[Quantity]:
    """'raised its capacity from 100 MW to 126 MW', 'raise it to 30 Mt a year by 2030 from the current 18
    Mt', '850,000 tpy, up from 600,000 tpy': the figure it is raised from is history; '800,000 tonnes...
    sorry, 850,000 tonnes': so is the one a speaker corrects."""
    superseded = set()
    for i, (a, b) in enumerate(zip(found, found[1:], strict=False)):
        if a.unit_std != b.unit_std:  # the same kind of figure (one may be a dated year's amount)
            continue
        between = sentence[a.end : b.start]
        if _FROM_BEFORE.search(sentence[: a.start]) and _TO_BETWEEN.match(between):
            superseded.add(i)
        elif _CORRECTED_BETWEEN.search(between):
            superseded.add(i)  # '800,000 tonnes... sorry, 850,000 tonnes': the speaker's second figure
        elif (a.reached and _FROM_AFTER_TARGET.match(between)) or _EARLIER_BETWEEN.search(between):
            superseded.add(i + 1)
    return [q for i, q in enumerate(found) if i not in superseded]


def _with_list_period(found: list[Quantity], sentence: str) -> list[Quantity]:
    """'100,000 tonnes of PVC, 75,000 tonnes of caustic soda and 300,000 tonnes of methanol a year': the
    figures of one list share the yearly period one of them states."""
    out = list(found)
    pairs = range(len(out) - 1)
    listed = [
        a.unit_std == b.unit_std and _LIST_BETWEEN.match(sentence[a.end : b.start])
        for a, b in zip(out, out[1:], strict=False)
    ]
    dated = [bool(_IN_A_YEAR_AFTER.match(sentence, q.end)) for q in out]  # '... and 4.3 Mt in 2008'
    for order in (pairs, reversed(pairs)):
        for i in (i for i in order if listed[i]):
            a, b = out[i], out[i + 1]
            if _is_yearly(a) and not b.period_known and not dated[i + 1]:
                out[i + 1] = replace(b, period_known=True, metric=a.metric)
            elif _is_yearly(b) and not a.period_known and not dated[i]:
                out[i] = replace(a, period_known=True, metric=b.metric)
    return out


def _is_yearly(quantity: Quantity) -> bool:
    return (
        quantity.period_known and quantity.metric is not None and not (quantity.note or "").startswith("per ")
    )


def _quantity(
    match: re.Match[str], sentence: str, ref: Reference, negative_cue: re.Pattern[str]
) -> Quantity | None:
    read = _number_read(match, sentence, ref)
    if read is None:
        return None
    value, ranged, raised, note = read
    if not math.isfinite(value):
        return None  # '999…9 MW': no number a facility can have
    unit_row = ref.units.get(match["unit"]) or ref.units[fold(match["unit"])]
    year = match["num"] and _YEAR_BEFORE_COUNT.search(sentence[: match.end("num")])
    if unit_row["metric"] == "unit_count" and (year or _MODEL_BEFORE_COUNT.search(sentence[: match.start()])):
        return None  # 'In 2023 Goldwind turbines were shipped': a year; 'EN-156 turbines': a model
    after = sentence[match.end() :]
    prefix = sentence[max(0, match.start() - 40) : match.start()]
    dated = _IN_A_YEAR_AFTER.match(after) is not None
    period = _period(unit_row, after, sentence[: match.start()], ref, dated)
    metric = _annual_metric(unit_row, period)
    if metric in _RATE_METRICS and period is None and dated:
        metric = None  # 'processed 4.3 million tonnes in 2008': that year's amount, no rate
    value_std = value * float(unit_row["factor"]) * _PERIODS.get(period or "year", 1.0)
    units = _units_counted(sentence[: match.start()], after, metric)
    if units:  # 'two 350 MW units', '2 x 330 MW': the plant is their sum
        note = computed_note(units, value_std, unit_row["unit_std"])
        value_std *= units
    return Quantity(
        start=match.start(),
        end=match.end(),
        value=value,
        unit=match["unit"],
        metric=metric,
        value_std=value_std,
        unit_std=unit_row["unit_std"],
        qualifier="approx" if ranged else qualifier_before(prefix),
        per_unit=(
            metric == "installed_power"
            and not units
            and (_is_per_unit(prefix, after) or bool(_EACH_SUBJECT.search(sentence, 0, match.start())))
        )
        or (metric in _RATE_METRICS and not units and bool(_RATE_EACH_AFTER.match(after))),
        period_known=period is not None or metric in ("installed_power", "unit_count"),
        negative=_is_negative(sentence, match.start(), match.end(), negative_cue)
        or (metric == "installed_power" and _power_not_size(sentence, match.start(), ref))
        or _optional_size(sentence, match.start(), ref),
        note=note or (f"per {period}, times {_PERIODS[period]:g}" if period in ("day", "month") else None),
        product=match["unit"].lower() if _goods(unit_row) else _product_of(sentence, match, ref),
        reached=raised or _is_reached(sentence[max(0, match.start() - _CHANGE_REACH) : match.start()], ref),
        first_stage=_is_first_stage(sentence, match.start(), match.end()),
    )


def _product_of(sentence: str, match: re.Match[str], ref: Reference) -> str | None:
    """What a figure measures, named after it ('880,000 tons of urea') or, as a translation lists outputs,
    just before it ('aluminium fluoride 20 thousand tons per year'), when that names a product."""
    after = _product_after(sentence[match.end() :], ref)
    if after:
        return after
    words = re.findall(r"[A-Za-z][\w-]*", sentence[max(0, match.start() - _PRODUCT_REACH) : match.start()])
    named = [" ".join(words[-size:]).lower() for size in (2, 1) if len(words) >= size]
    return next((n for n in named if fold(n) in ref.facility_terms["product"]), None)


def _product_after(after: str, ref: Reference) -> str | None:
    """What a figure measures: 'urea' of '880,000 tons of urea a year', read on two words where they name
    a product ('20,000 tons of aluminum fluoride', '75,000 tonnes of caustic soda')."""
    match = _PRODUCT_AFTER.match(after)
    if match is None:
        return None
    two = f"{match[1]} {match[2]}".lower() if match[2] else None
    return two if two and fold(two) in ref.facility_terms["product"] else match[1].lower()


def _is_reached(before: str, ref: Reference) -> bool:
    """'will raise the plant's capacity to 400 MW', 'bringing the total to 250 MW', 'its installed capacity
    has reached 400 MW', 'when the CHP will reach 400 MW': the size a change brings a facility to, which
    stands before the figure the change adds."""
    changed = _TO_BEFORE.search(before) and ref.cue_pattern("capacity_change").search(before)
    facility = _FACILITY_REACHES.search(before)
    heads = ref.facility_terms["head"]
    return bool(
        changed
        or (_REACH_BEFORE.search(before) and has_capacity_word(before))
        or (facility and fold(facility["head"]) in heads)
    )


def _annual_metric(unit_row: dict, period: str | None) -> str | None:
    """The unit's metric; none for energy or goods without a period (a storage size, a cumulative output,
    'Kazakh plants produced 84,000 cars') or a rate per day ('600 tonnes a day': the working days a year
    would need are not stated)."""
    if (unit_row["metric"] == "annual_generation" or _goods(unit_row)) and period is None:
        return None
    if period == "day" and not unit_row.get("period"):
        return None
    return unit_row["metric"]


def _goods(unit_row: dict) -> bool:
    """Pieces a factory makes ('60,000 cars a year'): read only as a yearly rate; the unit is the product."""
    return unit_row.get("counts") == "goods"


def _is_negative(sentence: str, start: int, end: int, negative_cue: re.Pattern[str]) -> bool:
    """A figure that is no capacity ('saving 110,000 tons', '45 turbines have been installed') or a part's;
    'all 16 turbines have been installed', '48 of the 160 turbines' and 'installed at the 1 GW farm' count
    the whole."""
    if _is_part(sentence, start, end):
        return True
    whole = _WHOLE_BEFORE.search(sentence, max(0, start - _WHOLE_REACH), start)
    return not whole and bool(negative_cue.search(_local_context(sentence, start, end)))


def _optional_size(sentence: str, start: int, ref: Reference) -> bool:
    """'10 bcm a year, with possible expansion to 15 bcm', 'expandable to 4 million tonnes': a size the
    facility may one day be given (`capacity_option` cues), not the one it is built or planned with."""
    return bool(before_figure(ref, "capacity_option").search(sentence[max(0, start - _CONTEXT_LEFT) : start]))


def _power_not_size(sentence: str, start: int, ref: Reference) -> bool:
    """'it will eat about 300 MW', 'the smelter draws 450 MW from the grid' (`power_drawn` cues), 'the unit
    was loaded step by step to 60 MW', 'running at a load of 45 MW' (`power_load` cues): power a plant takes,
    or gives on a given day, right before the figure, is no plant's size."""
    before = sentence[max(0, start - _CONTEXT_LEFT) : start]
    return any(before_figure(ref, cue_type).search(before) for cue_type in ("power_drawn", "power_load"))


def _units_counted(before: str, after: str, metric: str | None) -> int | None:
    """'2 x 330 MW', 'four 660-megawatt units', 'four units of 660 MW each', 'three units of 10 billion
    cubic metres a year each': how many units of the size (or of the volume or output) stand together."""
    if metric in _RATE_METRICS:
        each = _RATE_UNITS_OF_BEFORE.search(before) if _RATE_EACH_AFTER.match(after) else None
        return _count_of(each)
    if metric != "installed_power":
        return None
    times = _TIMES_BEFORE.search(before)
    counted = _COUNT_BEFORE.search(before) if _UNITS_AFTER.match(after) else None
    each = _UNITS_OF_BEFORE.search(before) if _EACH_AFTER.match(after) else None
    return _count_of(times or counted or each)


def _count_of(found: re.Match[str] | None) -> int | None:
    if not found:
        return None
    word = found["n"].lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def _number_read(
    match: re.Match[str], sentence: str, ref: Reference
) -> tuple[float, bool, bool, str | None] | None:
    """The value a match gives (a range's middle, 'ranging from 400,000 to 480,000 tons'; the figure a
    change reaches, 'increased from 666 to 812 megawatts'), whether it is a range, whether it is the size a
    change reaches, and a note on how."""
    low = parse_number(match["num"] or match["bnum"])
    high_text = match["num2"] or match["bnum2"]
    high = parse_number(high_text) if high_text else None
    if low is None:
        return None
    scale = scale_factor(match["scale"] or match["bscale"])
    sign = -1 if match["sign"] else 1
    before = sentence[max(0, match.start() - _CHANGE_CLAUSE_REACH) : match.start()].rsplit(";", 1)[-1]
    changed = _FROM_BEFORE.search(before) and ref.cue_pattern("capacity_change").search(before)
    if high is not None and match["num2"] and changed:
        return high * scale * sign, False, True, f"raised {match.group(0)}"
    if high is not None:
        return (low + high) / 2 * scale * sign, True, False, f"range {match.group(0)}"
    minor = int(match["minor"]) * scale_factor(match["minorscale"]) if match["minor"] and scale > 1e3 else 0
    return (low * scale + minor) * sign, False, False, None


def _period(unit_row: dict, after: str, before: str, ref: Reference, dated: bool) -> str | None:
    """year, day or month when the text gives the rate's period; a year for what a facility 'will
    process' or 'can produce' (a rate, by the verb) when the text gives none; none for a named year's amount
    (`dated`: '4.3 million tonnes in 2008')."""
    if isinstance(unit_row.get("period"), str):
        return unit_row["period"]
    match = _PERIOD_AFTER.match(after)
    if match:
        word = (match["unit"] or match["slash"] or match["adverb"]).lower()
        return {
            "annum": "year",
            "yr": "year",
            "y": "year",
            "a": "year",
            "d": "day",
            "annually": "year",
            "yearly": "year",
            "daily": "day",
            "monthly": "month",
        }.get(word, word)
    if dated:
        return None  # that year's amount (`_quantity`)
    near = max(0, len(before) - _PERIOD_REACH)  # both patterns end within this reach of the number
    annual, daily = _ANNUAL_BEFORE.search(before, near), _DAILY_BEFORE.search(before, near)
    if daily and (annual is None or daily.start() > annual.start()):
        return "day"
    rate_verb = unit_row["metric"] in _RATE_METRICS and _rate_verb_before(ref).search(before)
    return "year" if annual or rate_verb else None


def _rate_verb_before(ref: Reference) -> re.Pattern[str]:
    """'will process', 'can produce', 'generates', 'to carry' right before a number (and its qualifier)."""
    verbs = ref.cue_pattern("rate_verb").pattern
    return ref.compiled("rate_verb_before", lambda: rf"{_MODAL}?{verbs}\s+(?:(?:{ROUGHLY})\s+)?$")


def _is_per_unit(prefix: str, after: str) -> bool:
    return bool(
        _PER_UNIT_AFTER.match(after) or _PER_UNIT_BEFORE.search(prefix) or _MODEL_CODE_BEFORE.search(prefix)
    )


_CONTEXT_LEFT = 45  # characters before a quantity where the words that make it no capacity may stand
# a clause that describes the noun before it: 'potential, which is ...', 'demand, estimated at ...'
_DESCRIBING_CLAUSE = re.compile(r"\s*(?:which|that|estimated at|put at|assessed at|calculated at)\b")


_CLAUSE_JOIN = r"\b(?:and|but|while|whereas)\b"  # 'a capacity of 517,000 t a year but produced 120,000 t'


def _local_context(sentence: str, start: int, end: int) -> str:
    """A few words either side of a quantity, within its clause, and the noun a relative clause opening
    there describes ('its hydropower potential, which is estimated at 142 billion kWh', 'domestic demand,
    estimated at 170,000 tonnes a year'): where 'saving' or 'exports' would stand."""
    reach = max(0, start - _CONTEXT_LEFT)
    left = sentence[sentence.rfind(" ", 0, reach) + 1 if reach else 0 : start]  # whole words: "country's"
    clauses = re.split(rf"[;,(]|{_CLAUSE_JOIN}", left)
    relative = len(clauses) > 1 and _DESCRIBING_CLAUSE.match(clauses[-1])
    left = " ".join(clauses[-2:]) if relative else clauses[-1]
    right = re.split(rf"[;,)]|{_CLAUSE_JOIN}", sentence[end : end + 35])[0]
    return f"{left} {right}"


def _is_first_stage(sentence: str, start: int, end: int) -> bool:
    """'a first 5bn m3/yr train', 'an initial 100 MW phase', 'the first stage is 5 MW': the size of a first
    stage, not the whole's."""
    stage_after = _FIRST_BEFORE.search(sentence[:start]) and _STAGE_AFTER.match(sentence[end:])
    return bool(stage_after or _FIRST_STAGE_SAID.search(sentence[:start]))


def _is_part(sentence: str, start: int, end: int) -> bool:
    """'the first 500 MW of its 1 GW park': a phase, not the facility's size."""
    return bool(_PHASE_BEFORE.search(sentence[:start]) and _OF_AFTER.match(sentence[end:]))


def has_capacity_word(text: str) -> bool:
    """Whether `text` speaks of a capacity (makes a bare tonnage a yearly rate for plants)."""
    return bool(CAPACITY_WORD.search(text))

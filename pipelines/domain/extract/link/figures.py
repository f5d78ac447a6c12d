"""Facility ↔ figure: each capacity, output or volume of a sentence given to the project it describes."""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.domain.extract.annotate.cues import before_figure
from pipelines.domain.extract.annotate.facilities import PRODUCTION_PARTS
from pipelines.domain.extract.annotate.numbers import computed_note
from pipelines.domain.extract.annotate.quantities import Quantity, has_capacity_word
from pipelines.domain.extract.doc import SentenceDoc
from pipelines.domain.extract.facts import Facts, ProjectMention
from pipelines.domain.extract.parse import record_fields
from pipelines.domain.reference import Reference

_GROUP = re.compile(r"\b(?:including|includ(?:es|ed)|such as|among them|of which)\b", re.I)
_TOTAL = re.compile(r"\b(?:total|combined(?!\s+with)|aggregate|overall|joint)\b", re.I)  # not 'combined with'
_TOGETHER = re.compile(r"\b(?:together|in all|between them)\b", re.I)
_RELATIVE_OPENED = re.compile(r"^[^,;]*,\s+(?:whose|which|where|that)\b[^,;]*$", re.I)
_MAIN_VERB_RESUMED = re.compile(r",\s+(?:has|have|had|is|was|will|would|can|could|produces|produced)\b")
_VERB_COORDINATED = re.compile(  # a second verb of the sentence's subject: ', and is expected to produce'
    r",\s+and\s+(?:is|are|was|were|will|would|should|can|could|has|have|had)\b"
)
_OPENING = re.compile(r"\W*(?:the\s*)?", re.I)  # what may stand before a sentence's subject
_FEED_REACH = 30  # characters before a figure where the verb that makes it a feed stands
_TOTAL_REACH = 30  # characters before a figure where 'total' makes it a group's
_FEED_IS_NO_SIZE = frozenset({"chemical"})  # kinds whose intake is no capacity (a refinery's crude is)
REVIEWED_METRICS = ("installed_power", "annual_generation", "annual_output", "annual_volume")


def link_figures(sentence: SentenceDoc, mentions: list[ProjectMention], facts: Facts, ref: Reference) -> None:
    """Give each quantity to the mention whose span holds it; list what no project takes for review."""
    counts = [q for q in sentence.quantities if q.metric == "unit_count"]
    taken: set[tuple[str, str, str | None]] = set()  # one figure per project, metric and product
    respective = _respective(mentions, sentence.quantities)
    for quantity in sorted(sentence.quantities, key=lambda q: _rank(sentence.text, q, ref)):
        owners = [respective[id(quantity)]] if id(quantity) in respective else _owners(mentions, quantity)
        owners = [_whole_of_kin_part(m, mentions) for m in owners if not _of_a_part(m, quantity)]
        if not owners or not _fits(owners[0], quantity, sentence, ref):
            _record_unassigned(sentence, quantity, facts)
            continue
        for mention in owners:
            _add_figure(mention, quantity, counts, taken, facts)


def _whole_of_kin_part(mention: ProjectMention, mentions: list[ProjectMention]) -> ProjectMention:
    """'the Aktogay copper mine ... opened its sulphide concentrator in 2017 and is designed to produce
    90,000 tonnes': a part of the whole's own kind, told in the whole's sentence, sizes the whole (not a
    production unit, nor a part of another kind: 'a wind farm with a 300 MW battery')."""
    counted_units = mention.frame is not None and mention.frame.plural and bool(mention.frame.count)
    if not mention.part_of or (mention.head_word in PRODUCTION_PARTS and not counted_units):
        return mention
    whole = next((m for m in mentions if m.root == mention.part_of and not m.part_of), None)
    if whole is None and counted_units:  # 'The first phase will have two 200 MW units': the whole's size
        whole = replace(mention, refers_to=mention.part_of, part_of=None, frame=None)
    return whole if whole is not None and whole.project_type == mention.project_type else mention


def _rank(text: str, quantity: Quantity, ref: Reference) -> tuple[bool, bool, bool]:
    """The order figures are taken in (the first of a metric and product is the project's): the whole's
    size first ('2x50 MW and 2x150 MW, a total of 400 MW', 'bringing it to 250 MW'), then any but a first
    stage's, and an output before the feed it is made from ('will process 1.2 Mt of concentrate a year, with
    an output of 300,000 t')."""
    whole = quantity.reached or is_total(text, quantity)
    return not whole, quantity.first_stage, _fed(text, quantity, ref)


def _fed(text: str, quantity: Quantity, ref: Reference) -> bool:
    """'will process 440 million cubic metres of gas', 'use 150,000 t of salt': what goes into a plant."""
    return bool(
        before_figure(ref, "input_verb").search(text[max(0, quantity.start - _FEED_REACH) : quantity.start])
    )


def _add_figure(
    mention: ProjectMention,
    quantity: Quantity,
    counts: list[Quantity],
    taken: set[tuple[str, str, str | None]],
    facts: Facts,
) -> None:
    """One capacity row: per-unit sizes times the count, one figure per project, metric and product."""
    value_std, note = quantity.value_std, quantity.note
    each_facility = mention.frame is not None and mention.frame.plural  # 'two plants, each rated at 400 MW'
    if quantity.per_unit and not each_facility:
        if not counts:
            return
        value_std = counts[0].value_std * quantity.value_std
        note = computed_note(counts[0].value_std, quantity.value_std, quantity.unit_std)
    product = quantity.product if quantity.metric == "annual_output" else None
    key = (mention.root, str(quantity.metric), product)
    if key in taken:
        return
    taken.add(key)
    facts.capacities.append(
        {
            "frame_id": mention.root,
            "metric": quantity.metric,
            "value": quantity.value,
            "unit": quantity.unit,
            "value_std": value_std,
            "unit_std": quantity.unit_std,
            "qualifier": quantity.qualifier,
            "note": note,
            "evidence": mention.sentence.text,
        }
    )


def _respective(mentions: list[ProjectMention], quantities: list[Quantity]) -> dict[int, ProjectMention]:
    """'plants of 200 MW, 300 MW and 500 MW in Samarkand, Jizzakh and Surkhandarya regions(, respectively)':
    as many figures of one metric in a phrase as the projects it lists, given to them in order."""
    out: dict[int, ProjectMention] = {}
    frames = {id(m.frame): m.frame for m in mentions if m.frame is not None and m.refers_to is None}
    for key, frame in frames.items():
        listed = [m for m in mentions if id(m.frame) == key and m.refers_to is None]
        in_phrase = [q for q in quantities if frame.np_start <= q.start < frame.span_end and not q.per_unit]
        for metric in {q.metric for q in in_phrase}:
            figures = [q for q in in_phrase if q.metric == metric]
            if len(listed) > 1 and len(figures) == len(listed):
                out.update({id(q): m for q, m in zip(figures, listed, strict=True)})
    return out


def _owners(mentions: list[ProjectMention], quantity: Quantity) -> list[ProjectMention]:
    """The mention whose span holds a quantity (every project a counted phrase lists, for a size inside the
    phrase: 'three 300 MW solar plants in A, B and C'); else the sentence's first mention, unless the
    figure is a group's the projects are listed from."""
    holding = [m for m in mentions if m.span[0] <= quantity.start < m.span[1]]
    if _told_of_several(holding) and _summed(holding[-1].sentence.text, quantity):
        return []  # 'The two plants, with a combined 500 MW': no one plant's
    if (
        mentions
        and _of_statistics(mentions[0].sentence, quantity)
        and not any(_in_frame(m, quantity) for m in holding)
    ):
        return []  # 'the capacity of wind farms in Uzbekistan has reached 2.2 GW': a kind's, no one's
    if not holding:
        first = mentions[:1]
        between = first[0].sentence.text[quantity.end : first[0].span[0]] if first else ""
        return [] if _GROUP.search(between) else first  # '450 MW in the country, including the X farm'

    owner = holding[-1]
    for choose in (_coordinated_subject, _main_clause_owner, _record_subject):
        owner = choose(mentions, owner, quantity)
    frame = owner.frame
    listed = [m for m in mentions if frame is not None and m.frame is frame and m.refers_to is None]
    if len(listed) > 1 and frame.count and is_total(owner.sentence.text, quantity):
        return []  # 'three wind farms in A, B and C regions with a total capacity of 300 MW': no one farm's
    inside = frame is not None and frame.np_start <= quantity.start < frame.head_start
    if frame is not None and (inside or (quantity.per_unit and frame.plural)):
        return [m for m in mentions if m.frame is frame]  # 'three 300 MW plants', 'two plants, each 400 MW'
    return [owner]


def _told_of_several(holding: list[ProjectMention]) -> bool:
    """Words that point back to several projects at once ('both plants', 'they'), holding the figure."""
    last = holding[-1] if holding else None
    pointed = {m.root for m in holding if last and m.refers_to and m.head_start == last.head_start}
    return len(pointed) > 1


def _in_frame(mention: ProjectMention, quantity: Quantity) -> bool:
    """A figure within the mention's own facility phrase."""
    frame = mention.frame
    return frame is not None and frame.np_start <= quantity.start < frame.span_end


def _of_a_part(mention: ProjectMention, quantity: Quantity) -> bool:
    """'The project includes an energy storage system of 300 MW': a figure of a part of another kind the
    facility phrase is told with is the part's, not the facility's ('a complex including a smelter of 1
    Mt' is the complex's size)."""
    phrase = mention.phrase()
    parts = phrase.parts if phrase is not None else ()
    return any(
        start <= quantity.start < end and kind not in (None, mention.project_type)
        for start, end, kind in parts
    )


def _of_statistics(sentence: SentenceDoc, quantity: Quantity) -> bool:
    """A figure in the clause of a phrase that counts or sums a kind of facility in general (not past a comma:
    'one of Kazakhstan's three major refineries, which ... raised its capacity to 6 Mt' is the one's)."""
    return any(
        f.statistics
        and f.np_start <= quantity.start < f.span_end
        and "," not in sentence.text[f.head_end : quantity.start]
        for f in sentence.facilities
    )


def _main_clause_owner(
    mentions: list[ProjectMention], owner: ProjectMention, quantity: Quantity
) -> ProjectMention:
    """'KMG's Atyrau refinery, whose deep processing complex was built by Sinopec, has a capacity of 5.5
    million tonnes': a figure after a relative clause is said of the facility the clause describes."""
    text = owner.sentence.text
    before = [m for m in mentions if m.span[1] <= owner.span[0] and m.frame is not None]
    if not before or owner.frame is None:
        return owner
    opened = _RELATIVE_OPENED.search(text[before[-1].frame.head_end : owner.frame.np_start])
    resumed = _MAIN_VERB_RESUMED.search(text[owner.frame.head_end : quantity.start])
    return before[-1] if opened and resumed else owner


def _coordinated_subject(
    mentions: list[ProjectMention], owner: ProjectMention, quantity: Quantity
) -> ProjectMention:
    """'The project includes 32 turbines, a substation and a 24 km line, and is expected to produce 680
    GWh': a figure of the opening subject's second verb is the subject's, not its last part's."""
    subject = mentions[0]
    if owner.frame is None or subject is owner or not _opens(subject):
        return owner
    coordinated = _VERB_COORDINATED.search(owner.sentence.text[owner.frame.head_end : quantity.start])
    return subject if coordinated else owner


def _record_subject(
    mentions: list[ProjectMention], owner: ProjectMention, quantity: Quantity
) -> ProjectMention:
    """'Project: a cement plant, ..., Raw material base: limestone deposit, Capacity: 1 Mt of cement a
    year': in a record's fields, a figure of a later field than the facility another field names is the
    record's project's."""
    labels = record_fields(owner.sentence.text)
    if not labels or owner is mentions[0] or owner.frame is None:
        return owner
    field = max((start for start, _ in labels if start <= quantity.start), default=0)
    return mentions[0] if owner.frame.np_start < field else owner


def _opens(mention: ProjectMention) -> bool:
    """Whether the mention is the sentence's subject, standing first ('The project includes ...')."""
    return bool(_OPENING.fullmatch(mention.sentence.text[: mention.span[0]]))


def _summed(text: str, quantity: Quantity) -> bool:
    """A figure told as a sum: 'a combined 500 MW', 'together they have', '500 MW in all'."""
    return not quantity.per_unit and bool(is_total(text, quantity) or _TOGETHER.search(text))


def is_total(text: str, quantity: Quantity) -> bool:
    """'with a total capacity of 60 MW': a figure for a group, not for one of it."""
    return bool(_TOTAL.search(text[max(0, quantity.start - _TOTAL_REACH) : quantity.start]))


def _fits(mention: ProjectMention, quantity: Quantity, sentence: SentenceDoc, ref: Reference) -> bool:
    """A metric that makes sense for the project type, with a known period for yearly figures (a plant's
    size in its own name, 'a 500,000-tonne plant', is yearly)."""
    if quantity.metric is None or (quantity.metric, mention.project_type) not in ref.metric_types:
        return False
    if mention.project_type in _FEED_IS_NO_SIZE and _fed(sentence.text, quantity, ref):
        return False  # a chemical plant's gas or salt is its feedstock, not its size
    frame = mention.frame
    sized = frame is not None and frame.np_start <= quantity.start < frame.head_start
    return quantity.period_known or sized or has_capacity_word(sentence.text)


def _record_unassigned(sentence: SentenceDoc, quantity: Quantity, facts: Facts) -> None:
    if quantity.metric in REVIEWED_METRICS:
        facts.unassigned_quantities.append(
            {
                "metric": quantity.metric,
                "value_std": quantity.value_std,
                "unit_std": quantity.unit_std,
                "evidence": sentence.text,
            }
        )

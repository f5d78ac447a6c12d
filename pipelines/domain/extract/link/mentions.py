"""Facility phrases → project mentions: a new project, or a reference back to one the article named
('this wind farm', 'the 300 MW plant', 'the project', 'It has ...', a name used again)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipelines.domain.extract.annotate.cues import PHASE_ORDINAL, Cue, clause_bounds
from pipelines.domain.extract.annotate.facilities import (
    GROUP_HEADS,
    NETWORK_HEADS,
    PRODUCTION_PARTS,
    UNIT_HEADS,
    Frame,
    captive_power,
    designator,
    has_route,
)
from pipelines.domain.extract.annotate.facility_types import match_terms
from pipelines.domain.extract.annotate.noun_phrases import DEFINITE, POWER_WORDS, is_bare
from pipelines.domain.extract.annotate.numbers import ORDINAL_WORDS
from pipelines.domain.extract.annotate.places import PlaceMention
from pipelines.domain.extract.annotate.quantities import CAPACITY_WORD, ROUGHLY, UNIT_COUNT
from pipelines.domain.extract.doc import SentenceDoc
from pipelines.domain.extract.facts import ProjectMention
from pipelines.domain.extract.link.coreference import (
    FORMER,
    INDEFINITE,
    has_ordinal,
    other_ordinal,
    other_shape,
    ranked_against,
)
from pipelines.domain.extract.link.discourse import (
    ABSTRACT_HEADS,
    ANAPHOR_LOOKBACK,
    LIST_LOOKBACK,
    STATION_HEADS,
    Discourse,
    served,
)
from pipelines.domain.extract.link.figures import is_total
from pipelines.domain.extract.link.places import (
    LOCATION_FIELD,
    LOCATIVE,
    OPENING_PHRASE,
    beside_another,
    opening_place,
    owning_country,
)
from pipelines.domain.extract.link.status import (
    GOVERNING_REACH,
    STAGE,
    deed_of_a_party,
    set_reference_status,
    speaks_of_a_phase,
)
from pipelines.domain.extract.parse import (
    BULLET_MARK,
    TABLE_ROW_MARK,
    is_figure_field,
    is_parameter_line,
    record_fields,
)
from pipelines.domain.reference import Reference, different_products, fold, power_types

_NESTED_PLACE = re.compile(r"(?:(?!\band\b)[^,;]){0,30}\b(?:in|of)\s+(?:the\s+)?", re.I)  # 'X territory in'
_PLURAL_PLACE_REACH = 60  # characters after a plural facility noun where its place may stand
_TELLING_ROLES = ("owner", "operator", "contractor")  # who owns or built a definite facility tells which
_PLACED_AFTER = re.compile(  # ' at Ovadandepe in ' right after a facility noun: where it stands
    r",?\s+(?:at|in|near|outside)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:at|in|near)\s+(?:the\s+)?)?"
)
# ' of Wison Clean Energy, a company of the group, in ': the owner's plant and where it stands
_OWNER_IN = re.compile(r"\s+of\s+[^.;]{1,80}?\bin\s+")
_PAIR = 2  # facilities counted in a group beyond which a total with no place is a statistic
_AND_ONLY = re.compile(r",?\s+and\s+|,\s+")  # what joins two counted plurals of one group
_OUTPUT_NOUNS = r"generation|output|production|throughput"  # what a facility's figure is called
_ITEM_FIGURE = re.compile(rf"^{BULLET_MARK}\s+(?:~|(?:{ROUGHLY})\s+)?$", re.I)  # '- ~' opening an item
_FIELD_LABEL = re.compile(rf"{CAPACITY_WORD.pattern}|\b(?:{_OUTPUT_NOUNS})\b", re.I)
# "the country's second nuclear power plant", "Kazakhstan's first wind farm": ranked within a place (or by
# an owner: "Samruk-Energy's first wind farm")
_RANKED = re.compile(
    rf"^(?:(?P<name>[A-Z][\w-]*)|country|region|republic|nation|city|oblast|province)'s\s+"
    rf"(?:{'|'.join(ORDINAL_WORDS)})\b"
)
_APPOSED = re.compile(r"\s*,\s*(?:the\s+)?[^;,]{0,30},?\s*")  # ', the $2.6 billion, ' before a facility
_APPOSED_GROUP = re.compile(  # ' on the X River, ', ' on the X River (Y district, Z region): '
    r"(?:\s+(?:on|in|at|near)\s+[^,;()]{1,60}?)?(?:\s*\([^()]{1,60}\))?\s*[,:]\s*"
)
_COPULA = r"(?:is|was|remains|remained|will be|has become|became)\s+(?:now\s+)?"
_COPULA_BEFORE = re.compile(rf"\b{_COPULA}$")
_CONNECTED_BY = re.compile(r"\bconnected\s+(?:to\s+[^,;]{1,60}?\s+)?(?:by|via|through)\s+[^.;]{0,25}$", re.I)
_SUBJECT_TO_PREDICATE = re.compile(  # ' (HPP) in Naryn region is ', ' is now '
    rf"(?:\s*\([^()]{{1,40}}\))?(?:\s+(?:in|on|at|near)\s+[^,;()]{{1,60}}?)?\s+{_COPULA}", re.I
)
_SHAPED_AS = re.compile(  # 'will be developed as an open-pit mine': the shape the subject takes
    r"\b(?:be|is|are|was|were|been)\s+(?:(?:developed|built|designed|constructed|planned|conceived|structured|"
    r"implemented|configured)\s+)as\s+$",
    re.I,
)
_DENIED = re.compile(  # 'It is not ', 'This is not the '
    r"\b(?:(?:is|was|are|were)\s+not|isn't|wasn't|aren't|weren't)\s+(?:(?:the|a|an)\s+)?$", re.I
)
_POSSESSIVE = re.compile(r"\s*Its\s+")  # opening the sentence: the last project's
_DEMONSTRATIVE = re.compile(r"^(?:this|that)\b", re.I)
_ALSO_CALLED = re.compile(
    r"\b(?:also known as|known as|formerly|still called|called|also called|a\.k\.a\.)\s+(?:the\s+)?$", re.I
)
_THESE_PROJECTS = re.compile(  # 'Investment agreements on these projects were signed ...'
    r"\b(?:these|those|both|the (?:two|three|four)|all (?:three|four|five|the))\s+(?:\w+\s+)?"
    r"(?:projects|plants|stations|farms|facilities)\b",
    re.I,
)
_COUNTED = re.compile(r"\b(?:both|two|three|four)\b", re.I)  # a plural anaphor that counts its projects
_NAMED = re.compile(r"\s[A-Z]")  # a name inside a plural phrase: 'The two Sangardak plants', the named pair
_PLURAL_ANAPHOR = re.compile(
    r"^(?:together,?\s+)?(?:they|their|these|both|the two|the projects|the (?:new )?units)\b", re.I
)

_SUBJECT = (  # what a sentence about the project just named opens with, after an interview's dash or
    r"^(?:[-\u2013\u2014\u2022]\s+)?(?:[^,.;]{3,60},\s+){0,2}"  # an opening 'According to the ministry, '
    r"(?:It|They|The (?:(?!(?:of|in|at|for|on|by|with|and|is|was|will)\s)[a-z][\w-]*\s+){0,3}?"
    r"(?:project|plant|station|complex|facility|farm|park|cascade))"  # 'The new wind power plant'
)
_OPENING_WORDS = re.compile(r"^(?:The\s+)?(?:[\w-]+\s+){0,2}$")  # 'The Shanghai-based ' before 'group'
_EXPLETIVE_BEFORE = re.compile(  # 'It should be noted', 'it is planned': the cue word follows
    r"^\s+(?:is|was|will be|should be|must be|has been)\s+(?:also\s+)?$", re.I
)
_TO_BEFORE = re.compile(r"\s+to\s+")  # between 'expected' and the verb it governs
_NAME_SUBJECT = re.compile(  # a capitalised name, then its verb: 'Rogun is ...', "Once complete, Shelek will"
    r"^(?:[-\u2013\u2014\u2022]\s+)?(?:[A-Z][^,]{0,30},\s+)?"  # an opening 'Once complete, '
    r"(?:The\s+)?(?P<name>[A-Z][\w-]+(?: [A-Z][\w-]*){0,2})"  # 'Line D is designed ...'
    r"(?:'s\s+[a-z]+(?:\s+[a-z]+)?)?(?:,\s+[^,]{1,60},)?"  # 'Baipaza, in the Khatlon region, was ...'
    r"\s+(?:is|was|will|would|has|had|can|could|should|remains|also|now)\b"
)
_MADE_OF = r"(?:consists? of|comprises?)"
_OF_A_NAME = re.compile(r"\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w-]+)")  # 'the project of the Irkeshtam port'
_INTENT = (  # 'will also', 'plans to', 'is expected to' before what the project includes or builds
    r"(?:(?:will|would|also|plans? to|(?:is|are) (?:planned|expected|set|due) to)\s+){0,2}"
)
_COMPOSED = re.compile(rf"{_SUBJECT}\s+(?:will\s+)?{_MADE_OF}\s+", re.I)
_GERUND_SUBJECT = re.compile(r"(?:^|[:;\"\u201c]\s*)[A-Z][a-z]+ing\s+$")  # 'Building ' opening a clause
_PHASE_BEFORE = re.compile(  # 'A later phase will bring ...': the cue word follows
    rf"^(?:A|The|Its)\s+{PHASE_ORDINAL}\s+(?:phase|stage)\s+(?:will\s+)?$", re.I
)
_WITHIN_WHOLE = re.compile(  # 'Within the second stage, a new mine ... will be built': the stage's parts
    r"^(?:Under|Within|As part of)\s+(?:the\s+framework\s+of\s+)?(?:the|this)\s+"
    rf"(?:project|programme|{PHASE_ORDINAL}\s+(?:phase|stage)),",
    re.I,
)
_SCOPE = re.compile(  # 'The contract, signed on Wednesday, covers a new gas separation unit, ...'
    r"^(?:The|Its|This)\s+(?:contract|agreement|deal|order|package|scope of work)(?:,[^;]{3,80},)?\s+"
    r"(?:will\s+)?(?:also\s+)?(?:covers?|includes?|comprises?)\s+",
    re.I,
)
# ', which includes a concentrator and (a mine)', ', which groups the A and B deposits'
_GROUPED_IN = re.compile(
    rf",\s+which\s+(?:also\s+)?(?:includes?|{_MADE_OF}|groups?|covers?|combines?|unites?)\s+"
    r"(?:[^;.]*?(?:,|\band)\s+)?(?:the\s+|an?\s+)?$",
    re.I,
)
_OR_ALIAS = re.compile(r"^\s*[,(]\s*(?:or|also known as|known as|aka)\s+(?:the\s+)?$", re.I)


def _included(ref: Reference) -> re.Pattern[str]:
    """'It will include a 300 MW battery', 'The $120-million expansion, funded from its own resources,
    included a mill' (`upgrade_work` cues name the works): what follows is the project's part."""

    def build() -> str:
        work = ref.cue_pattern("upgrade_work").pattern
        works = rf"^(?:The|This|Its)\s+(?:[\w$.-]+\s+){{0,2}}?{work}(?:,[^,;]{{3,60}},)?"
        verbs = rf"(?:includes?|included|install|{_MADE_OF}|(?:be|is) equipped with)"
        builds = rf"(?!It\b|They\b){_SUBJECT}\s+{_INTENT}(?:newly\s+)?(?:build|construct)"  # not a company's
        return rf"(?:(?:{_SUBJECT}|{works})\s+{_INTENT}{verbs}|{builds})\s+"

    return ref.compiled("included", build)


def read_mentions(sentence: SentenceDoc, discourse: Discourse, ref: Reference) -> list[ProjectMention]:
    """The sentence's facility phrases as new project mentions or references to earlier ones."""
    made: list[ProjectMention] = []
    for frame in _frames_to_read(sentence, ref):
        if group := _group_told_before(sentence, frame, discourse):
            made.extend(_facility_reference(sentence, frame, m, discourse) for m in group)
            continue
        antecedent = (
            _whole_composed(sentence, frame, made, discourse)
            or _apposed_antecedent(frame, made, sentence.text)
            or _antecedent_for(sentence, frame, made, discourse)
        )
        if antecedent is not None and _placed_abroad(sentence, frame, discourse.first_mention(antecedent)):
            antecedent = None
        if antecedent is not None and not _figure_of_other_kind(sentence, frame, antecedent, ref):
            made.append(_facility_reference(sentence, frame, antecedent, discourse))
            _remember_defined_term(sentence, made[-1], discourse)
            continue
        if _a_field_label(sentence, frame):
            continue  # 'Project cost: ...' may point back; it names no project of its own
        project_type = _kind_read(sentence, frame, discourse, ref)
        if project_type is None or (_no_project(sentence, frame) and not _ranked_apart(frame, discourse)):
            continue
        for mention in _new_mentions(sentence, frame, project_type, discourse):
            mention.part_of = _whole_of(sentence, frame, made, discourse, ref)
            made.append(mention)
            discourse.mentions.append(mention)
            _remember_defined_term(sentence, mention, discourse)
    return made


_DEFINED_TERM = re.compile(  # ' (the "Project")', ' (hereinafter, the “Plant”)'
    r"\s*\((?:hereinafter(?:\s+referred\s+to\s+as)?,?\s+)?(?:the\s+)?[\"“](?:the\s+)?(?P<term>[A-Z][a-z]+)[\"”]\)"
)


def _remember_defined_term(sentence: SentenceDoc, mention: ProjectMention, discourse: Discourse) -> None:
    """A filing's defined term right after a facility ('the Taldybulak deposit (the "Project")'): from here
    on, 'the Project' is that facility."""
    defined = _DEFINED_TERM.match(sentence.text, mention.head_end)
    if defined:
        discourse.defined[defined["term"].lower()] = mention


def _defined_antecedent(sentence: SentenceDoc, frame: Frame, discourse: Discourse) -> ProjectMention | None:
    """'the Project' in a text that defined it: the facility it was defined as, however far back."""
    head = sentence.text[frame.head_start : frame.head_end]
    if frame.name or frame.plural or not head[:1].isupper():
        return None
    return discourse.defined.get(head.lower())


def _kind_read(sentence: SentenceDoc, frame: Frame, discourse: Discourse, ref: Reference) -> str | None:
    """A new facility's project type: its own words', its figure's, its owner's industry, or the kind the
    article speaks of; when that kind cannot have the phrase's figures or power word, or a ranked phrase has
    none, the one kind of its noun named before that can."""
    told = (
        frame.project_type or _own_figure_kind(sentence, frame, ref) or _owners_industry(sentence, frame, ref)
    )
    if told:
        return told
    kind = (
        discourse.kind_of(sentence, frame)
        or _sized_siblings_kind(sentence, frame, ref)
        or _power_station_kind(sentence, frame, discourse, ref)
    )
    # 'a third plant of the same size': the kind of the series (not 'The second project is ...': a list's)
    ranked = has_ordinal(frame.noun_phrase) and frame.head_word not in ABSTRACT_HEADS
    if (kind is None and not ranked) or (kind is not None and _sized_for(sentence, frame, kind, ref)):
        return kind
    earlier = {m.project_type for m in discourse.mentions if m.head_word == frame.head_word}
    fitting = [k for k in earlier if _sized_for(sentence, frame, k, ref)]
    return fitting[0] if len(fitting) == 1 else None


def _power_station_kind(
    sentence: SentenceDoc, frame: Frame, discourse: Discourse, ref: Reference
) -> str | None:
    """'two solar power plants in Samarkand and Jizzakh ... The Samarkand-1 station, with a capacity of
    220 MW': a power station goes by 'plant', 'station', 'farm' or 'park' alike; a named one of these nouns
    sized in power is of the one power kind the article's stations had so far."""
    if not frame.bare or not frame.name or frame.head_word not in STATION_HEADS:
        return None
    figures = sentence.quantities_between(frame.np_start, frame.span_end)
    if not any(q.metric == "installed_power" for q in figures):
        return None
    kinds = {
        m.project_type
        for m in discourse.mentions
        if m.head_word in STATION_HEADS and m.project_type in power_types(ref)
    }
    return kinds.pop() if len(kinds) == 1 else None


def _sized_siblings_kind(sentence: SentenceDoc, frame: Frame, ref: Reference) -> str | None:
    """'turbines for the 300MW Saryozek project ..., and for the 200MW Ayagoz wind farm': a named project of
    no kind, sized in its own words, is of the one kind of the other sized facilities its sentence names,
    if that kind can have its figures ('The Kumarg plant treats 1.2 Mt of ore; an expansion to the Eastern
    Duoba deposit is under study' tells no kind)."""
    if not frame.name or not sentence.quantities_between(frame.np_start, frame.span_end):
        return None
    kinds = {
        f.project_type
        for f in sentence.facilities
        if f is not frame and f.project_type and sentence.quantities_between(f.np_start, f.span_end)
    }
    kind = kinds.pop() if len(kinds) == 1 else None
    return kind if kind and _sized_for(sentence, frame, kind, ref) else None


def _sized_for(sentence: SentenceDoc, frame: Frame, kind: str, ref: Reference) -> bool:
    """Whether a facility of this kind may have the figures and words of the phrase (`metric_types.csv`):
    'a second plant, with capacity of 1 million tonnes a year' is no power plant, 'the Dushanbe-2 power
    plant' no cement plant, whatever plants the article named."""
    figures = sentence.quantities_between(frame.np_start, frame.span_end)
    metrics = {q.metric for q in figures if q.metric and not q.negative}
    if _POWER_WORD.search(sentence.text, frame.np_start, frame.head_start):
        metrics.add("installed_power")
    return all((metric, kind) in ref.metric_types for metric in metrics)


def _apposed_antecedent(frame: Frame, made: list[ProjectMention], text: str) -> ProjectMention | None:
    """'the Upper Naryn cascade - four plants with a combined 237.7 MW': a typeless phrase set right after
    a facility's noun, by a comma or a dash, tells more of that facility."""
    if frame.project_type is not None:
        return None
    return next((m for m in made if _APPOSITION.fullmatch(text, m.head_end, frame.np_start)), None)


def _new_mentions(
    sentence: SentenceDoc, frame: Frame, project_type: str, discourse: Discourse
) -> list[ProjectMention]:
    """One new project mention per name or site a facility phrase lists."""
    slots = _slots(sentence.text, frame, _sites_of(sentence, frame))
    return [
        ProjectMention(
            f"{discourse.doc.article_id}:{sentence.idx}:{frame.head_start}:{project_type}:{slot}",
            sentence,
            project_type,
            name,
            head_start=frame.head_start,
            head_end=frame.head_end,
            span=(start, end),
            frame=frame,
            own_places=slot_places,
            head_word=frame.head_word,
            product=frame.product,
        )
        for slot, (start, end, slot_places, name) in enumerate(slots)
    ]


def _frames_to_read(sentence: SentenceDoc, ref: Reference) -> list[Frame]:
    """The facility phrases that may name a project: not a place's statistics, a field's branch or feed, or
    what the sentence says a project is not."""
    return [
        f
        for f in sentence.facilities
        if not (f.statistics or _in_a_field_of_no_facility(sentence, f, ref) or _denied(sentence, f))
    ]


def _denied(sentence: SentenceDoc, frame: Frame) -> bool:
    """ "It is not the partners' first project: ...", "Nurabad is not Sungrow's first solar project": what
    the sentence says a project is not names no project."""
    return bool(_DENIED.search(sentence.text[: frame.np_start]))


def _facility_reference(
    sentence: SentenceDoc, frame: Frame, antecedent: ProjectMention, discourse: Discourse
) -> ProjectMention:
    """A facility phrase that points back to `antecedent`'s project, with the phrase's own words."""
    reference = refer(sentence, antecedent, frame.head_start, discourse)
    reference.product = frame.product or reference.product  # 'the polyethylene plant'
    reference.head_word = frame.head_word  # 'the whole plant' is a plant, whatever it was first
    reference.span = (frame.np_start, frame.span_end)
    reference.head_end = frame.head_end  # a facility noun: its own words may place it
    return reference


def _a_field_label(sentence: SentenceDoc, frame: Frame) -> bool:
    """'Project: ...', 'Project cost: ...': a record field's label."""
    return any(
        start <= frame.np_start and frame.head_end < end for start, end in record_fields(sentence.text)
    )


def _in_a_field_of_no_facility(sentence: SentenceDoc, frame: Frame, ref: Reference) -> bool:
    """'Sector: Agro-industrial complex', 'Raw material base: limestone deposit', 'Fuel: gas (a branch of the
    X pipeline)': what a record's field of the branch or the feed names is no project of the record."""
    if ":" not in sentence.text[: frame.np_start]:
        return False  # no field before the facility
    labels = ref.cue_pattern("no_facility_field").pattern
    label = ref.compiled("no_facility_label", lambda: rf"(?:^|,\s)(?:{labels}):\s[^:]*$")
    return bool(label.search(sentence.text[: frame.np_start]))


def _own_figure_kind(sentence: SentenceDoc, frame: Frame, ref: Reference) -> str | None:
    """'a second production line at its plant ..., increasing capacity to 2.4 million tonnes of cement a
    year': the kind of what a typeless facility's own figure says it makes; 'a 200 MW / 400 MWh station':
    power with the energy it holds is storage."""
    figures = sentence.quantities_between(frame.np_start, frame.span_end)
    products = ref.facility_terms["product"]
    kinds = [products.get(fold(q.product)) for q in figures if q.product]
    own = sentence.quantities_between(frame.np_start, frame.head_start)  # 'a 200 MW / 400 MWh station'
    # energy with no period (an energy unit of `units.csv`): what a battery holds, written beside its power
    stored = any(
        q.metric is None and ref.units.get(q.unit, {}).get("metric") == "annual_generation" for q in own
    )
    if not any(kinds) and stored and any(q.metric == "installed_power" for q in own):
        return "storage"
    return next((kind for kind in kinds if kind), None)


_POWER_WORD = re.compile(rf"\b(?:{'|'.join(POWER_WORDS)})\s", re.I)  # 'a power plant', 'an electric station'
_APPOSITION = re.compile(r"\s*[,\u2013\u2014-]\s*")  # 'the X cascade - four plants ...'
_OWNED = re.compile(r"(?:\b(?:its|their)\s+|'s\s+)$", re.I)  # 'launched its plant', "Huaxin Cement's plant"


def _owners_industry(sentence: SentenceDoc, frame: Frame, ref: Reference) -> str | None:
    """'Huaxin Cement launched its 3 million-tonne plant': a typeless plant its owner calls its own, with
    no word but its size, is of the kind the owner's name says it makes (the first organisation of the
    sentence, or the one whose possessive it follows)."""
    start = _after_possessor(sentence, frame)
    owned = _OWNED.search(sentence.text[:start])
    before = [o for o in sentence.orgs if o.end <= start] if owned and not frame.name else []
    if not before:
        return None
    words = re.split(r"[-\s]+", sentence.text[start : frame.head_start])  # '3 million-tonne'
    if not is_bare(words, ref):
        return None  # 'its polysilicon plant' has a kind of its own the terms do not know
    owner = before[-1] if owned.group(0).startswith("'") else before[0]
    kinds = [kind for _, kind in match_terms(owner.text.split(), ref) if kind]
    return kinds[-1] if kinds else None


def _after_possessor(sentence: SentenceDoc, frame: Frame) -> int:
    """Where a facility's own words start past an organisation's possessive its phrase took in ("Huaxin
    Cement's plant" read from 'Cement's')."""
    ends = [
        o.end + 3
        for o in sentence.orgs
        if frame.np_start < o.end < frame.head_start and sentence.text[o.end : o.end + 3] in ("'s ", "’s ")
    ]
    return max(ends, default=frame.np_start)


def _figure_of_other_kind(
    sentence: SentenceDoc, frame: Frame, antecedent: ProjectMention, ref: Reference
) -> bool:
    """'the fourth production line with a capacity of 1.2 million tons of cement' after 'a 220 kV
    transmission line': a typeless facility whose own figure makes another kind is not the one before."""
    if frame.project_type is not None:
        return False
    kind = _own_figure_kind(sentence, frame, ref)
    return kind is not None and kind != antecedent.project_type


def _no_project(sentence: SentenceDoc, frame: Frame) -> bool:
    """A facility phrase that introduces no project: not specific, typeless with nothing to tell it apart
    ('A project was launched'), spoken of in general, or the old facility a new one replaces."""
    if not _is_specific(sentence, frame) or _hypothetical(sentence, frame):
        return True
    if frame.descriptive and _apposed_facility(sentence, frame, typed=True):
        return True  # "Kazakhstan's first petrochemical plant, the polypropylene plant of KPI": that one
    if frame.descriptive and _predicated(sentence, frame):
        return True
    if frame.linear and _CONNECTED_BY.search(sentence.text, 0, frame.np_start):
        return True  # 'is connected to the national grid by a 220 kV line': the plant's connection
    if _restates_the_subject(sentence, frame):
        return True  # 'The Kokomeren project (HPP) is a 360MW hydroelectric facility': the subject again
    if _SHAPED_AS.search(sentence.text[: frame.np_start]):
        return True  # 'The deposit will be developed as an open-pit mine': the subject's shape, no other
    if frame.head_word in _SETTING_HEADS and _SETTING_BEFORE.search(sentence.text[: frame.np_start]):
        return True  # 'Baipaza sits downstream of Nurek in the Vakhsh cascade': where the subject stands
    if frame.project_type is None and not _is_told_apart(sentence, frame):
        return True
    return _former(frame)


def _former(frame: Frame) -> bool:
    """'the old CHP', 'the existing complex': the facility a new one replaces or adds to."""
    return frame.definite and bool(FORMER.search(frame.noun_phrase))


def _ranked_apart(frame: Frame, discourse: Discourse) -> bool:
    """'The first gas processing plant ..., the second plant, ...': a facility ranked after another of the
    same noun, met before under another ordinal (itself new or a project's: 'the core of the project, the
    third gas processing plant'), is a facility of its own."""
    return ranked_against(frame, discourse.mentions)


def _whole_composed(
    sentence: SentenceDoc, frame: Frame, made: list[ProjectMention], discourse: Discourse
) -> ProjectMention | None:
    """'It consists of three stations ..., 28 MW in all', 'A later phase will bring a 300,000 tpa ethylene
    plant': the whole the stations or the phase make up, which is what the sentence speaks of; 'the
    Kazarman cascade in Jalal-Abad region, four hydropower plants with a total capacity of 1,160 MW': the
    whole the counted plants set after it describe."""
    if _describes_the_group_before(sentence, frame, made):
        return made[-1]
    before = sentence.text[: frame.np_start]
    phased = any(_PHASE_BEFORE.match(before[: c.start]) for c in sentence.cue("phase_adds"))
    composed = (frame.plural and _COMPOSED.match(before)) or phased
    return discourse.recent_project(sentence, None) if composed else None


def _describes_the_group_before(sentence: SentenceDoc, frame: Frame, made: list[ProjectMention]) -> bool:
    """A counted plural ('four hydropower plants') set right after a cascade or complex this sentence just
    named, by a comma or a colon (past its place): what the whole is made of."""
    whole = made[-1].frame if made else None
    if (
        whole is None
        or whole.plural
        or whole.head_word not in GROUP_HEADS
        or not (frame.plural and frame.count)
    ):
        return False
    return bool(_APPOSED_GROUP.fullmatch(sentence.text[whole.head_end : frame.np_start]))


def _whole_of(
    sentence: SentenceDoc, frame: Frame, made: list[ProjectMention], discourse: Discourse, ref: Reference
) -> str | None:
    """'It will include a battery storage system', 'supplied from its own coal-fired power plant': the
    root of the project the facility is a part of."""
    before = sentence.text[: frame.np_start]
    if whole := (
        _listing_parts(sentence, frame, made)
        or _kept_by_its_project(sentence, frame, made)
        or _provided_part(sentence, frame, made, discourse, ref)
    ):
        return whole.root
    # 'the X gold project, which groups the A and B deposits' (not an industrial complex's smelter)
    if made and made[-1].project_type == frame.project_type and _GROUPED_IN.search(before):
        return made[-1].root
    own = frame.noun_phrase.lower().startswith("own ") and before.endswith("its ")
    # 'The ammonia unit ... will be tested first', 'two hydroelectric units of 12.5 MW each were supplied'
    unit = frame.head_word in UNIT_HEADS and (
        frame.definite or (frame.plural and bool(frame.count)) or _process_unit(sentence, frame, ref)
    )
    verb = _included(ref).match(before)  # every item of 'The complex will include a smelter, ...'
    included = bool(verb) or bool(_SCOPE.match(before) and frame.head_word in PRODUCTION_PARTS)
    within = _WITHIN_WHOLE.match(sentence.text)  # 'Under the project, the A and B fields are to be ...'
    if not (own or unit or included or within):
        return None
    # 'the project will include' points back past sentences naming no facility (not past 'an industrial park')
    previous = discourse.doc.sentences[sentence.idx - 1].facilities if sentence.idx else []
    lookback = ANAPHOR_LOOKBACK if within or ((included or (unit and frame.plural)) and not previous) else 1
    subject = [m for m in made if verb and m.head_end <= verb.end()]  # 'The wind farm will install'
    if subject or (own and made):
        whole = subject[0] if subject else made[-1]
    else:
        whole = discourse.recent_project(sentence, None, lookback=lookback)
    if own and whole and captive_power(frame.project_type, whole.project_type, ref):
        return None  # 'a smelter and its own 2,640 MW coal-fired power plant': a project of its own
    return whole.root if whole else None  # 'an industrial park ... The project includes a smelter': no whole


def _provided_part(
    sentence: SentenceDoc, frame: Frame, made: list[ProjectMention], discourse: Discourse, ref: Reference
) -> ProjectMention | None:
    """'The project envisages an open pit and the construction of a concentrator': an unnamed facility of
    the kind and product of the project the sentence opens with, that the project provides for, is its
    part (an alumina refinery or a power plant a smelter project provides for are projects of their own)."""
    opening = ref.compiled(
        "provided_part",
        lambda: rf"{_SUBJECT}\s+{_INTENT}(?!to\s)(?:{ref.cue_pattern('provides_for').pattern})\s",
    ).match(sentence.text[: frame.np_start])
    if opening is None or frame.name:
        return None
    subject = [m for m in made if m.head_end <= opening.end()]
    whole = subject[0] if subject else discourse.recent_project(sentence, None)
    if whole is None or whole.project_type != frame.project_type:
        return None
    return None if different_products(frame.product, whole.product) else whole


def _process_unit(sentence: SentenceDoc, frame: Frame, ref: Reference) -> bool:
    """'All of the methanol will be fed to an MTO unit producing 500,000 t/yr': an unnamed, unplaced unit a
    process chain feeds, of a kind that makes no power, is a stage of the plant spoken of (a new unit added
    to a plant, or a power unit, may be a project)."""
    placed = sentence.sites_between(frame.np_start, frame.span_end)
    fed = _FED_TO.search(sentence.text[: frame.np_start])
    return bool(fed) and not (frame.name or placed or frame.project_type in power_types(ref))


def _kept_by_its_project(
    sentence: SentenceDoc, frame: Frame, made: list[ProjectMention]
) -> ProjectMention | None:
    """'the Pakrut gold mine in Vahdat district kept its processing plant running': an unnamed, unplaced
    facility of the sentence's project's kind that the project is said to have ('its') is its part."""
    if (
        not made
        or frame.name
        or has_ordinal(frame.noun_phrase)
        or not ITS_BEFORE.search(sentence.text, 0, frame.np_start)
    ):
        return None
    if sentence.sites_between(frame.np_start, frame.span_end):
        return None
    whole = made[-1]
    return whole if frame.project_type in (None, whole.project_type) else None


# 'will be fed to an', 'will first go to a', 'will then feed a': what a process chain passes on to
_FED_TO = re.compile(
    r"\b(?:(?:fed|sent|goes|go|converted)\s+(?:\w+\s+){0,2}?(?:to|into)|feeds?)\s+(?:(?:a|an)\s+)?$", re.I
)
_SETTING_HEADS = frozenset({"cascade", "site"})  # what a plant may be said to stand in or at
_SETTING_BEFORE = re.compile(r"\b(?:in|within|part of|at)\s+(?:the\s+)?$", re.I)
ITS_BEFORE = re.compile(r"\b(?:its|their)\s+$", re.I)  # 'its processing plant', 'its second stage'
_PARTS_LISTED = re.compile(
    r"(?:\s*\([^)]*\))?(?:,\s+|\s*\(\s*|\s+)(?:including|comprising|consisting\s+of)\s+[^;:()]*$", re.I
)


def _listing_parts(sentence: SentenceDoc, frame: Frame, made: list[ProjectMention]) -> ProjectMention | None:
    """'The cost of the Project, including the mine, the mill and a 110 kV line, ...': the one facility (not
    'several plants, including ...') whose parts a participle lists."""
    for mention in reversed(made):
        phrase = mention.phrase()
        if (
            phrase is not None
            and not phrase.plural
            and _PARTS_LISTED.match(sentence.text[mention.head_end : frame.np_start])
        ):
            return mention
    return None


def _expletive(sentence: SentenceDoc, end: int) -> bool:
    """'It should be noted that ...', 'it is planned to build ...': the pronoun stands for no project; 'it is
    expected to produce 520 million kWh' speaks of one (what a project makes is its own)."""
    return any(
        _EXPLETIVE_BEFORE.match(sentence.text[end : c.start]) and not _makes_next(sentence, c.end)
        for c in sentence.cue("expletive")
    )


def _makes_next(sentence: SentenceDoc, end: int) -> bool:
    """'... expected to produce', '... estimated to generate': a rate verb's infinitive right after `end`."""
    return any(_TO_BEFORE.fullmatch(sentence.text[end : v.start]) for v in sentence.cue("rate_verb"))


def refer(
    sentence: SentenceDoc, antecedent: ProjectMention, head_start: int, discourse: Discourse
) -> ProjectMention:
    """A mention in `sentence` that points back to `antecedent`'s project."""
    root = antecedent.root
    frame_id = f"{discourse.doc.article_id}:{sentence.idx}:{head_start}:ref:{root}"
    told = next((m for m in discourse.mentions if m.frame_id == frame_id), None)
    if told is not None:
        return told  # the same words pointing to the same project once more
    mention = ProjectMention(
        frame_id,
        sentence,
        antecedent.project_type,
        None,
        refers_to=root,
        head_start=head_start,
        head_word=antecedent.head_word,
        product=antecedent.product,
    )
    set_reference_status(mention)
    discourse.mentions.append(mention)
    return mention


def _after_organisation(sentence: SentenceDoc, discourse: Discourse) -> bool:
    """'The Shanghai-based group started in animal feed. It should not be confused with ...': after a
    sentence about an organisation that names no project, 'it' is that organisation."""
    if sentence.idx == 0 or any(m.sentence.idx == sentence.idx - 1 for m in discourse.mentions):
        return False
    previous = discourse.doc.sentences[sentence.idx - 1]
    starts = [o.start for o in previous.orgs] + [c.start for c in previous.cue("organisation_noun")]
    return bool(starts) and bool(_OPENING_WORDS.match(previous.text[: min(starts)]))


def read_anaphora(
    sentence: SentenceDoc, own: list[ProjectMention], discourse: Discourse
) -> list[ProjectMention]:
    """Words for an earlier project without naming a facility: 'The project can generate ...', 'They ...'."""
    plural = None if own else _PLURAL_ANAPHOR.match(sentence.text) or _THESE_PROJECTS.search(sentence.text)
    if plural:  # '..., and both projects were cancelled': the status of its clause
        return _plural_reference(sentence, plural, discourse)
    named = None if own else _named_subject(sentence, discourse)
    if named is not None:
        mention = refer(sentence, named, 0, discourse)
        mention.span = (0, len(sentence.text))
        return [mention]
    cues = [
        c
        for c in sentence.cue("anaphor")
        if not _names_a_facility(sentence, c.start, c.end)
        and not _expletive(sentence, c.end)
        and (_possessive(sentence, c) or not _modifies_a_noun(sentence, c.end))
    ]  # 'It should be noted that ...', 'it is planned to commission 6.5 GW': no project is spoken of
    if not cues:
        return []  # 'the line' is a facility phrase: the frames decided what it points to
    cue = cues[0]
    pronoun = fold(sentence.text[cue.start : cue.end]).split()[-1] in ("it", "its")
    if pronoun and (own or _after_organisation(sentence, discourse)):
        return []  # 'It also built a solar station': 'it' is the builder, not an earlier project
    antecedent = discourse.recent_project(sentence, None)
    if antecedent is None or any(m.root == antecedent.root for m in own):
        return []
    mention = refer(sentence, antecedent, cue.start, discourse)
    mention.span = (0, own[0].span[0]) if own else (0, len(sentence.text))
    return [mention]


def _plural_reference(
    sentence: SentenceDoc, plural: re.Match[str], discourse: Discourse
) -> list[ProjectMention]:
    """'They', 'both projects', 'the two plants': the projects of the sentence before; not a counted plural
    after a sentence with one project ('The two existing plants process 14 bcm' are others), unless it names
    them ('The two Sangardak plants' after Sangardak HPP-1)."""
    previous = {m.root: m for m in discourse.mentions if m.sentence.idx == sentence.idx - 1}
    wholes = list(previous.values())
    counted = plural if plural.re is _THESE_PROJECTS else _THESE_PROJECTS.search(sentence.text)  # of plants
    phrase = counted.group(0) if counted else ""
    if len(wholes) < 2 and _COUNTED.search(phrase) and not _NAMED.search(phrase):
        return []
    if wholes and _COMPOSED.match(wholes[0].sentence.text):
        wholes = wholes[:1]  # 'The cascade will consist of four plants: A, B, ... Their total capacity'
    return [refer(sentence, m, plural.start(), discourse) for m in wholes]


def _possessive(sentence: SentenceDoc, cue: Cue) -> bool:
    """'Its production will increase to 900,000 t': what follows a possessive is the project's own, when the
    sentence gives it a figure."""
    sized = any(q.metric for q in sentence.quantities)
    return sized and fold(sentence.text[cue.start : cue.end]).split()[-1:] == ["its"]


def _modifies_a_noun(sentence: SentenceDoc, end: int) -> bool:
    """'which owns the project company', 'the plant operator': the word describes the noun after it."""
    return any(
        c.start > end and sentence.text[end : c.start].isspace() for c in sentence.cue("head_as_modifier")
    )


def _apposed_facility(sentence: SentenceDoc, frame: Frame, typed: bool = False) -> bool:
    """A facility phrase (of a known kind) set right after this one, between commas: the one it describes."""
    return any(
        _APPOSED.fullmatch(sentence.text[frame.head_end : f.np_start]) and (f.project_type or not typed)
        for f in sentence.facilities
    )


def _predicated(sentence: SentenceDoc, frame: Frame) -> bool:
    """'The Taldy-Bulak gold mine in Kemin district is Kyrgyzstan's largest Chinese-operated mine': what is
    said of a facility named before it in the sentence, no other facility."""
    subject = any(f.project_type and f.head_end <= frame.np_start for f in sentence.facilities)
    return subject and bool(_COPULA_BEFORE.search(sentence.text[: frame.np_start]))


def _restates_the_subject(sentence: SentenceDoc, frame: Frame) -> bool:
    """'The Kokomeren hydropower project (HPP) is a 360MW hydroelectric facility planned on ...': an
    unnamed facility of the subject's kind (or none) predicated of it, with only the subject's place or
    gloss between them, is that facility told again."""
    if frame.name or frame.plural or not INDEFINITE.match(frame.noun_phrase):
        return False
    subjects = [f for f in sentence.facilities if f.project_type and f.head_end <= frame.np_start]
    subject = subjects[-1] if subjects else None
    if subject is None or frame.project_type not in (None, subject.project_type):
        return False
    between = sentence.text[subject.head_end : frame.np_start]
    return bool(_SUBJECT_TO_PREDICATE.fullmatch(between))


def _named_subject(
    sentence: SentenceDoc, discourse: Discourse, opening: re.Match[str] | None = None
) -> ProjectMention | None:
    """'Rogun is designed for 3,780 MW': the leading words of an earlier project's name, opening the
    sentence as its subject, speak of that project (`opening`: the sentence's opening name, if matched)."""
    opening = opening or _NAME_SUBJECT.match(sentence.text)
    words = opening["name"].split() if opening else []
    named = (m for m in reversed(discourse.mentions) if m.refers_to is None and m.name)
    return next((m for m in named if m.name.split()[: len(words)] == words), None) if words else None


def _opening_an_earlier_name(
    sentence: SentenceDoc, frame: Frame, discourse: Discourse
) -> ProjectMention | None:
    """'Line D is designed to carry 30 billion cubic metres' after 'Line D of the Central Asia-China gas
    pipeline': a facility noun in the leading words of an earlier project's name, opening the sentence."""
    opening = _NAME_SUBJECT.match(sentence.text)
    if frame.name or opening is None or not opening.start("name") <= frame.head_start < opening.end("name"):
        return None
    return _named_subject(sentence, discourse, opening)


def _names_a_facility(sentence: SentenceDoc, start: int, end: int) -> bool:
    """The anaphor is part of a facility phrase, or its possessive ('Its first PV plant, ...')."""
    return any(f.np_start <= end + 1 and start < f.head_end for f in sentence.facilities)


def _antecedent_for(
    sentence: SentenceDoc, frame: Frame, made: list[ProjectMention], discourse: Discourse
) -> ProjectMention | None:
    """'this wind farm', 'the first aluminium plant', 'the 300 MW plant': an earlier project that fits."""
    if FORMER.search(frame.noun_phrase) or beside_another(frame):
        return None  # 'the old CHP' is not the new one just named, nor 'the neighbouring refinery' it
    item = (
        _defined_antecedent(sentence, frame, discourse)
        or _numbered_item(sentence, frame, discourse)
        or _item_of_heading(sentence, frame, discourse)
        or _alias_of(sentence, frame, made)
        or _end_of_a_name(sentence, frame, discourse)
        or _opening_an_earlier_name(sentence, frame, discourse)
    )
    if item is not None:
        return item
    opening = _POSSESSIVE.fullmatch(sentence.text[: frame.np_start])
    if opening and frame.project_type and not (frame.descriptive or has_ordinal(frame.noun_phrase)):
        # 'Its concentrator has a design capacity of ...': the part the project last spoken of is known by
        return _project_stood_at(sentence, frame, discourse) or discourse.recent_project(
            sentence, frame.project_type, frame
        )
    if _DEMONSTRATIVE.match(frame.noun_phrase) and not frame.plural:  # 'this FA plant': however far back
        return discourse.recent_project(sentence, frame.project_type, frame, len(discourse.doc.sentences))
    if frame.project_type is None and not frame.names:  # 'the Fergana and Altiaryk plants' name their own
        return _typeless_antecedent(sentence, frame, made, discourse)
    if frame.names or _ranked_apart(frame, discourse):
        return None  # 'the Upper Kumarg and East Duoba deposits' names its facilities; 'the second plant'
    return _described_alongside(sentence, frame, made) or _typed_antecedent(sentence, frame, made, discourse)


def _alias_of(sentence: SentenceDoc, frame: Frame, made: list[ProjectMention]) -> ProjectMention | None:
    """'the Bishkek Combined Heat and Power Plant, or CHP,', '(also known as ...)': another name of the
    facility just named."""
    last = made[-1] if made else None
    if last is None or frame.project_type not in (None, last.project_type):
        return None
    return last if _OR_ALIAS.match(sentence.text[last.head_end : frame.np_start]) else None


_ITEM_NUMBER = re.compile(r"^\s+(?:No\.\s*)?(?P<n>\d{1,2})\b(?![.,]\d)")  # 'Project 2', 'Project No. 2'


def _numbered_item(sentence: SentenceDoc, frame: Frame, discourse: Discourse) -> ProjectMention | None:
    """'Project 2 is located in Tupkaragan District' under a table or list of numbered contracts: the
    project that row or item introduced ('- 2, Kazakhstan Mangystau 150 MW Wind Power Project EPC, ...')."""
    number = _ITEM_NUMBER.match(sentence.text[frame.head_end :])
    if number is None or frame.plural or frame.head_word not in ABSTRACT_HEADS:
        return None
    row = re.compile(rf"(?:{re.escape(TABLE_ROW_MARK)})?\(?{number['n']}[.,)]\s")
    items = [
        m
        for m in discourse.mentions
        if m.refers_to is None and m.sentence.idx < sentence.idx and row.match(m.sentence.text)
    ]
    return items[0] if items else None


def _item_of_heading(sentence: SentenceDoc, frame: Frame, discourse: Discourse) -> ProjectMention | None:
    """'10. Kara-Balta refinery, Kyrgyzstan' over 'Zhongda's 800,000 t/y refinery opened in 2014': an
    unnamed facility of a list item's paragraph is the item's facility, whatever it adds."""
    if frame.name or frame.plural:
        return None
    sentences, start = discourse.doc.sentences, sentence.idx
    while start > 0 and sentences[start - 1].paragraph == sentence.paragraph:
        start -= 1  # the paragraph's first sentence; its heading stands right before it
    heading = sentences[start - 1] if start > 0 else None
    if heading is None or not heading.is_item_heading:
        return None
    items = [
        m
        for m in discourse.mentions
        if m.sentence is heading and m.refers_to is None and frame.project_type in (None, m.project_type)
    ]
    return items[0] if len(items) == 1 else None


def _described_alongside(
    sentence: SentenceDoc, frame: Frame, made: list[ProjectMention]
) -> ProjectMention | None:
    """'the 45 MW Yereymentau wind farm, the first large wind power plant in ...', 'the Aktobe ferroalloy
    plant - still called the Aktyubinsk Ferroalloy Plant': the facility just named, described again."""
    previous = made[-1] if made and made[-1].refers_to is None else None
    if previous is None or previous.project_type != frame.project_type:
        return None
    between = sentence.text[previous.head_end : frame.np_start]
    descriptive = frame.descriptive or (previous.frame is not None and previous.frame.descriptive)
    if (descriptive and between.strip() == ",") or _ALSO_CALLED.search(between):
        return previous
    return None


def _sized_here(sentence: SentenceDoc, frame: Frame, made: list[ProjectMention]) -> ProjectMention | None:
    """'Dushanbe-2 thermal power plant: Built by TBEA, the 400-megawatt combined heat and power plant ...':
    the one facility of its kind this sentence named, with no size of its own, given its size again."""
    named = [
        m
        for m in made
        if m.project_type == frame.project_type
        and m.head_word == frame.head_word  # not 'the 636 MW unit' after 'unit No. 3 of Ekibastuz GRES-2'
        and m.name
        and m.frame is not None
        and not sentence.quantities_between(m.frame.np_start, m.frame.head_end)
    ]
    return named[0] if len(named) == 1 else None


def _typed_antecedent(
    sentence: SentenceDoc, frame: Frame, made: list[ProjectMention], discourse: Discourse
) -> ProjectMention | None:
    """A typed facility phrase that points back: by name, by being definite or descriptive with no place or
    size of its own; not a plural counted anew, another ordinal, or another product."""
    in_np = sentence.sites_between(frame.np_start, frame.head_end)
    sized = sentence.quantities_between(frame.np_start, frame.head_end)
    in_span = [p for p in sentence.sites_between(frame.np_start, frame.span_end) if p.kind != "country"]
    named = None if (in_span or sized) else _named_project_in(sentence, frame, discourse)
    if named is not None:
        return named  # 'Boguty is now a producing mine.'
    if sized and frame.definite and not (frame.name or in_np or frame.plural):
        return _sized_here(sentence, frame, made)
    if not (frame.definite or frame.descriptive) or frame.name or in_np or sized:
        return None
    if frame.descriptive and _apposed_facility(sentence, frame):
        return None  # 'Its first large-scale PV plant, Masdar's Nur Navoi facility, ...' names another
    if frame.plural and not (frame.names or frame.head_word in UNIT_HEADS):
        return None  # 'the five hydropower plants the country operates', 'operates battery plants in China'
    here = [m for m in made if m.project_type == frame.project_type]
    if here and frame.definite:
        return here[-1]  # 'X will build a 1 GW wind farm ...; X will invest $1.1 billion in the wind farm'
    antecedent = (
        discourse.recent_project(sentence, frame.project_type, frame)
        or _only_one(sentence, frame, discourse)
        or _only_of_its_kind(sentence, frame, discourse)
    )
    root = discourse.first_mention(antecedent)
    first = root.frame.noun_phrase if root and root.frame else ""  # 'the second plant' it was named
    other = antecedent and (
        _makes_other(frame, antecedent, discourse)
        or other_ordinal(frame.noun_phrase, first)
        or other_shape(frame, root.frame if root else None)
        or _ranked_by_another_owner(sentence, frame, antecedent, discourse)
    )
    return None if other else _placed_there(sentence, frame, antecedent, root, discourse)


def _ranked_by_another_owner(
    sentence: SentenceDoc, frame: Frame, antecedent: ProjectMention, discourse: Discourse
) -> bool:
    """ "Some 10 km away stands Samruk-Energy's first wind farm" after a wind farm no sentence ties to
    Samruk-Energy: an owner's ranked facility is another one (not "It is Samruk-Energy's first wind farm",
    which says what the one spoken of is)."""
    owner = next((o for o in sentence.orgs if o.start == frame.np_start), None)
    if (
        owner is None
        or not has_ordinal(frame.noun_phrase)
        or _COPULA_BEFORE.search(sentence.text[: owner.start])
    ):
        return False
    key = discourse.org_key(owner.text)
    told = {m.sentence.idx: m.sentence for m in discourse.mentions if m.root == antecedent.root}
    told.pop(sentence.idx, None)  # another phrase of this sentence may already point back
    return all(discourse.org_key(o.text) != key for told_in in told.values() for o in told_in.orgs)


def _placed_there(
    sentence: SentenceDoc,
    frame: Frame,
    antecedent: ProjectMention | None,
    root: ProjectMention | None,
    discourse: Discourse,
) -> ProjectMention | None:
    """'the launch of the power plant in Jizzakh region' is the plant placed there before, not the last one
    named (`root` is how that one was first named); 'The gas-to-gasoline plant at Ovadandepe in Ahal
    velayat' is none placed elsewhere before."""
    region = _region_of(root, discourse) if root is not None else None
    if region is None:
        return antecedent
    regions = _regions_given(sentence, frame)
    if not regions or region in regions:
        return antecedent
    there = [
        m
        for m in discourse.mentions
        if m.refers_to is None
        and m.region in regions
        and m.sentence.idx < sentence.idx
        and frame.project_type in (None, m.project_type)
    ]
    return there[-1] if there else None


def _placed_abroad(sentence: SentenceDoc, frame: Frame, root: ProjectMention | None) -> bool:
    """'the plant of Wison (Nanjing) Clean Energy ... in Nanjing, Jiangsu province' after a complex in
    Bukhara region, "China's largest wind farm" after one in Zhambyl: a facility its own words place only
    in another country is another facility (not a line, whose places are its ends)."""
    if root is None or frame.linear or frame.head_word in ABSTRACT_HEADS:
        return False  # 'the project was signed in Beijing': where it was signed
    theirs = {root.country} if root.country else {p.country for p in root.own_places if p.kind != "country"}
    own = {
        p.country
        for p in _sites_right_after(sentence, frame, frame.span_end, owner=True)
        if p.kind != "country"
    } | {owning_country(sentence, frame)}
    return bool(own - {None} and theirs - {None}) and not own & theirs


def _sites_right_after(
    sentence: SentenceDoc, frame: Frame, end: int, owner: bool = False
) -> list[PlaceMention]:
    """The places written right after a facility noun, up to `end` ('the plant at Ovadandepe in Ahal
    velayat'); with `owner`, also after the owner it names ('the plant of X, a company of the group, in
    Nanjing')."""
    shapes = (_PLACED_AFTER, _OWNER_IN) if owner else (_PLACED_AFTER,)
    return [
        p
        for p in sentence.sites_between(frame.head_end, end)
        if any(shape.fullmatch(sentence.text[frame.head_end : p.start]) for shape in shapes)
    ]


def _opened_in_place(sentence: SentenceDoc, frame: Frame) -> bool:
    """'In June 2019, in the Ahal velayat, near Ovadandepe, the world's first plant ...': the sentence opens
    with phrases of time and place before the facility."""
    return bool(OPENING_PHRASE.match(sentence.text)) and opening_place(sentence, frame) is not None


def _regions_given(sentence: SentenceDoc, frame: Frame) -> set[str]:
    """The regions the sentence places a facility in: right after it ('the plant at Ovadandepe in Ahal
    velayat'), else in the phrases the sentence opens with."""
    reach = min(frame.span_end, frame.head_end + _PLURAL_PLACE_REACH)
    after = {p.region for p in _sites_right_after(sentence, frame, reach) if p.region}
    opening = opening_place(sentence, frame)
    return after or ({opening.region} if opening and opening.region else set())


def _region_of(root: ProjectMention, discourse: Discourse) -> str | None:
    """The region a project was first placed in, or that a later mention of it gave it."""
    told = [m.region for m in discourse.mentions if m.root == root.root and m.region]
    return root.region or (told[0] if told else None)


def _only_of_its_kind(sentence: SentenceDoc, frame: Frame, discourse: Discourse) -> ProjectMention | None:
    """'The company said the solar park would cost $62 million', sentences after the article's only solar
    plant: that plant; not from a sentence that places something ('Karaganda region. The project of a plant
    for processing tyres' is another plant), nor a phrase naming its own product."""
    if not frame.definite or frame.product or sentence.sites or frame.project_type is None:
        return None
    return discourse.only_project(sentence, frame.project_type)


def _only_one(sentence: SentenceDoc, frame: Frame, discourse: Discourse) -> ProjectMention | None:
    """'The complex is to burn 15 Mt of coal a year', sentences after the article's only project."""
    only = discourse.only_project(sentence)
    return only if only is not None and frame.definite and only.project_type == frame.project_type else None


def _typeless_antecedent(
    sentence: SentenceDoc, frame: Frame, made: list[ProjectMention], discourse: Discourse
) -> ProjectMention | None:
    """'the Datka-Kemin project': the one of that name ('the Nurek plant' is no other plant); 'the plant'
    points back, to a facility this sentence named first; 'a plant in Jizzakh' is a new one; 'the upgrading
    project of the Irkeshtam port' is of something else named, no project spoken of."""
    if _of_something_named(sentence, frame):
        return None
    if frame.name:
        alike = named_alike(sentence, frame.name, discourse)
        return alike if alike or frame.project_type else _project_at(sentence, frame.name, discourse)
    if frame.plural and not frame.names:
        return _plural_antecedent(sentence, frame, discourse)
    # 'the operator of the polyethylene project signed a contract for the 1.25 Mt plant'
    if _ranked_apart(frame, discourse):
        return None  # 'the second plant' after 'the first gas processing plant'
    wholes = [m for m in made if not m.part_of and _same_kind_of_noun(m, frame)]
    placed = [p for p in sentence.sites_between(frame.np_start, frame.span_end) if p.kind != "country"]
    if (
        wholes
        and not served(sentence, frame.np_start)
        and (frame.definite or (frame.generic and not placed and not frame.plural))
    ):
        return wholes[
            -1
        ]  # 'a wind farm is being built near X: Sany is installing turbines for a 150 MW project there'
    antecedent = discourse.recent_project(sentence, None, frame) if frame.definite else None
    if antecedent and _makes_other(frame, antecedent, discourse):
        return None
    return _placed_there(sentence, frame, antecedent, discourse.first_mention(antecedent), discourse)


def _same_kind_of_noun(mention: ProjectMention, frame: Frame) -> bool:
    """'the plant' may be what was called 'the project' or 'a wind farm', not what was called 'the
    complex'."""
    nouns = {mention.head_word, frame.head_word}
    return len(nouns) == 1 or bool(nouns & ABSTRACT_HEADS) or nouns <= STATION_HEADS


def _plural_antecedent(sentence: SentenceDoc, frame: Frame, discourse: Discourse) -> ProjectMention | None:
    """'The stations will have a total capacity of 2,000 MW' after 'solar stations in Jizzakh and Tashkent
    regions': the plural phrase named before; not the last of several projects each named alone ('the
    commissioning of the new facilities')."""
    antecedent = discourse.recent_project(sentence, None, frame) if frame.definite else None
    first = discourse.first_mention(antecedent)
    if first is None or first.frame is None:
        return None
    return antecedent if first.frame.plural or _made_of_members(first) else None


def _made_of_members(mention: ProjectMention) -> bool:
    """'a cascade of three small hydropower plants': one project told as the plants it is made of, which
    'the three plants' then speaks of."""
    return mention.frame is not None and mention.frame.members


def _group_told_before(sentence: SentenceDoc, frame: Frame, discourse: Discourse) -> list[ProjectMention]:
    """'The two plants, with a combined 500 MW, ...' after 'two solar plants in Samarkand and Jizzakh
    regions': a definite plural that points back to a plural phrase told as several projects speaks of
    them all (as many as it counts); a typed plural that counts none ('the deposits') is left to the
    facility phrases' own reading."""
    if not (frame.plural and frame.definite) or frame.name or frame.names:
        return []
    if frame.project_type and not frame.count:
        return []
    antecedent = discourse.recent_project(sentence, frame.project_type, frame)
    first = discourse.first_mention(antecedent)
    if first is None or first.frame is None or not first.frame.plural:
        return []
    group = [m for m in discourse.mentions if m.frame is first.frame and m.refers_to is None]
    return group if len(group) > 1 and frame.count in (None, len(group)) else []


def _makes_other(frame: Frame, antecedent: ProjectMention, discourse: Discourse) -> bool:
    """'the polypropylene plant' does not point back to a project spoken of as a polyethylene plant."""
    made = {m.product for m in discourse.mentions if m.root == antecedent.root and m.product}
    return any(different_products(frame.product, product) for product in made)


def named_alike(sentence: SentenceDoc, name: str, discourse: Discourse) -> ProjectMention | None:
    """The last earlier project whose name begins with the same word ('the Datka-Kemin project' after
    'the Datka-Kemin power transmission line'), else the one project this sentence placed in the place
    that word names ('a solar plant in Bukhara region; $480 million in the Bukhara plant')."""
    first = fold(name.split()[0])
    named = [m for m in reversed(discourse.mentions) if m.own_name and fold(m.own_name.split()[0]) == first]
    if named:
        return next((m for m in named if m.sentence.idx < sentence.idx), None)
    placed = {
        m.root
        for m in discourse.mentions
        if m.sentence.idx == sentence.idx and any(fold(p.text) == first for p in m.own_places)
    }
    return next((m for m in discourse.mentions if m.frame_id in placed), None) if len(placed) == 1 else None


def _end_of_a_name(sentence: SentenceDoc, frame: Frame, discourse: Discourse) -> ProjectMention | None:
    """'CHP-2' after 'Petropavlovsk CHP-2': a numbered facility written as the end of a name told before."""
    words = frame.noun_phrase.split()
    numbered = designator(frame.noun_phrase) or " ".join(w for w in words if fold(w) not in DEFINITE)
    if (frame.name and frame.name != numbered) or not re.search(r"\d", numbered):
        return None
    ending = re.compile(rf"(?:^|\s){re.escape(numbered)}$", re.I)
    return next(
        (
            m
            for m in reversed(discourse.mentions)
            if m.own_name
            and m.sentence.idx < sentence.idx
            and ending.search(m.own_name)
            and m.own_name != frame.name  # 'GRES-1' again: the same name, joined by coreference
        ),
        None,
    )


def _of_something_named(sentence: SentenceDoc, frame: Frame) -> bool:
    """'the upgrading project of the Irkeshtam port': a facility noun of a named thing that is no facility,
    organisation or place ('the project of CNPC' is CNPC's, 'the industrial park of Astana' in Astana)."""
    named_after = _OF_A_NAME.match(sentence.text, frame.head_end)
    if named_after is None:
        return False
    start = named_after.start("name")
    return not any(n.start == start for n in [*sentence.orgs, *sentence.places])


def _project_at(sentence: SentenceDoc, name: str, discourse: Discourse) -> ProjectMention | None:
    """'The Kemin project' of no kind after 'a new cement plant ... in Kemin district': the one earlier
    project at the place the name's first word names (not a part of one: 'a concentrator' it includes)."""
    first = fold(name.split()[0])
    earlier = [m for m in discourse.mentions if m.sentence.idx < sentence.idx and not m.part_of]
    at = {m.root for m in earlier if fold(m.locality or "") == first}
    return next((m for m in discourse.mentions if m.frame_id in at), None) if len(at) == 1 else None


def _named_project_in(sentence: SentenceDoc, frame: Frame, discourse: Discourse) -> ProjectMention | None:
    """An earlier project of the same type whose name's first word this sentence uses, when the
    facility noun here is unnamed, unsized and unplaced, or the deposit it stands at."""
    if frame.name or frame.plural:
        return None
    outside = sentence.text[: frame.np_start] + " " + sentence.text[frame.span_end :]
    named = (
        m for m, first in _earlier_named(sentence, frame, discourse) if re.search(rf"\b{first}\b", outside)
    )
    return next(named, None) or _project_stood_at(sentence, frame, discourse)


def _project_stood_at(sentence: SentenceDoc, frame: Frame, discourse: Discourse) -> ProjectMention | None:
    """'the company's plant at Upper Kumarg' after 'the Upper Kumarg and Eastern Duoba deposits', 'a mine
    and a flotation plant at Andash': the deposit named before that the facility stands at and develops
    (not a field: 'the first gas processing plant at Saman-Depe' is a facility of its own)."""
    after = sentence.text[frame.head_end : frame.span_end]
    stood_at = (
        m
        for m, first in _earlier_named(sentence, frame, discourse)
        if m.head_word == "deposit" and re.match(rf"\s+at\s+(?:the\s+)?{first}\b", after)
    )
    return None if frame.name or frame.plural else next(stood_at, None)


def _earlier_named(
    sentence: SentenceDoc, frame: Frame, discourse: Discourse
) -> Iterator[tuple[ProjectMention, str]]:
    """Earlier named projects of the frame's type, latest first, with the first word of each name."""
    for mention in reversed(discourse.mentions):
        if (
            mention.own_name
            and mention.project_type == frame.project_type
            and mention.sentence.idx < sentence.idx
        ):
            yield mention, re.escape(mention.own_name.split()[0])


def _is_specific(sentence: SentenceDoc, frame: Frame) -> bool:
    """A plural noun ('wind and solar power stations') is a project only with a place, a size, a route, or
    a count with a place or size in its clause."""
    near = min(frame.span_end, frame.head_end + _PLURAL_PLACE_REACH)
    in_span = [
        p
        for p in sentence.sites_between(frame.np_start, near)
        if p.kind != "country" and (not frame.plural or LOCATIVE.search(sentence.text[: p.start]))
    ]
    sized = sentence.quantities_between(frame.np_start, frame.span_end)
    if frame.names or (not frame.plural and _ranked_by_place_or_owner(sentence, frame)):
        return True
    if frame.plural and frame.definite:  # 'the five hydropower plants the country operates'
        return len({(p.region, p.locality) for p in in_span if p.region or p.locality}) > 1
    if frame.definite and not frame.name and frame.head_word in NETWORK_HEADS:
        return bool(in_span)  # 'whether the grid can absorb 1.8 GW': the system, whatever its size
    if frame.definite and not frame.name:  # 'the grid' with no earlier project to point to
        return bool(in_span or sized or _owner_stated(sentence, frame) or _opened_in_place(sentence, frame))
    if not frame.plural and not frame.descriptive:
        return True
    if frame.descriptive:  # 'Kazakhstan's largest wind farm' is a project only with a place or a size
        low, high = clause_bounds(sentence.text, frame.np_start)
        in_clause = [p for p in sentence.sites_between(low, high) if p.kind != "country"]
        return bool(in_span or sized or in_clause) and not frame.plural
    low, high = clause_bounds(sentence.text, frame.np_start)
    placed = [p for p in sentence.sites_between(low, high) if p.kind != "country"]
    grouped = _group_count(sentence, frame)
    if grouped > _PAIR and not placed and all(is_total(sentence.text, q) for q in sized):
        return False  # 'nine small HPPs (or seven HPPs and two CHPs) with a total capacity of about 60 MW'
    counted = frame.count and (sized or placed)  # 'a plan to lay two pipelines'
    return bool(counted or in_span or has_route(sentence.text[frame.head_end :]))


def _group_count(sentence: SentenceDoc, frame: Frame) -> int:
    """The facilities a counted plural counts, with those of the counted plurals 'and' joins before it
    ('seven hydro power plants and two CHPs': nine)."""
    count = frame.count or 0
    for other in reversed([f for f in sentence.facilities if f.head_end <= frame.np_start]):
        if not (
            other.plural
            and other.count
            and _AND_ONLY.fullmatch(sentence.text, other.head_end, frame.np_start)
        ):
            break
        count, frame = count + other.count, other
    return count


def _ranked_by_place_or_owner(sentence: SentenceDoc, frame: Frame) -> bool:
    """ "The country's second nuclear power plant", "Kazakhstan's first wind farm", "Samruk-Energy's first
    wind farm": the one facility a place or an owner ranks so is a project, whatever else the sentence says
    of it."""
    ranked = _RANKED.match(frame.noun_phrase)
    if ranked is None or ranked["name"] is None:
        return ranked is not None
    named = [*sentence.places, *sentence.countries, *sentence.orgs]
    return any(p.start == frame.np_start for p in named)


def _owner_stated(sentence: SentenceDoc, frame: Frame) -> bool:
    """'the oil refinery belonging to X', 'the mine operated by Y', 'the gas chemical complex of KPI', 'the
    PVC complex, which was built by X': whose it is, or who built it, tells which facility."""
    return not frame.plural and any(
        frame.head_end <= o.start < frame.span_end
        and (
            o.role in _TELLING_ROLES
            or re.fullmatch(r"\s+of\s+(?:the\s+)?", sentence.text[frame.head_end : o.start])
        )
        for o in sentence.orgs
    )


def _is_told_apart(sentence: SentenceDoc, frame: Frame) -> bool:
    """A size, count, name or place of its own (or opening its clause: 'In the Bukhara region, X is to
    build a $200 million plant'); uncounted plants at listed places need a party or an amount too ('Plants
    in A and B regions are planned by X at $283 million apiece')."""
    low, high = clause_bounds(sentence.text, frame.np_start)
    sized = sentence.quantities_between(frame.np_start, frame.span_end)
    placed = [p for p in sentence.sites_between(low, frame.span_end) if p.kind != "country"]
    if frame.plural and not (frame.count or frame.names or sized):  # 'including plants in A and B regions'
        backed = [o for o in sentence.orgs if low <= o.start < high] or [
            m for m in sentence.money if low <= m.start < high
        ]
        return bool(placed and backed)
    return bool(frame.name or frame.names or frame.count or sized or placed)


def _hypothetical(sentence: SentenceDoc, frame: Frame) -> bool:
    """An indefinite facility with nothing that makes it one: no size, count, name, place or route, and
    no organisation, amount, status or building in its sentence ('a coal-fired plant sits badly with the
    pledge'; not 'Kazakhstan joined in building a pipeline to China')."""
    specific = frame.definite or frame.descriptive or _ranked_by_place_or_owner(sentence, frame)
    if specific or _is_told_apart(sentence, frame):
        return False
    if _GERUND_SUBJECT.search(sentence.text[: frame.np_start]):
        return True  # 'Building a smelter next to the mines cuts freight': building one at all
    done = sentence.orgs or sentence.money or sentence.cue("status") or sentence.cue("business_verb")
    return not (done or has_route(sentence.text[frame.head_end :]))


def _slots(
    text: str, frame: Frame, sites: list[PlaceMention]
) -> list[tuple[int, int, list[PlaceMention], str | None]]:
    """(start, end, places, name) of each project a frame names: one per listed name ('the A and B wind
    farms'), one per listed place of a plural ('two plants, in Tashkent and Andijan regions'), else one."""
    in_span = [p for p in sites if frame.np_start <= p.start < frame.span_end]
    apposed = [text.find(name.split()[0], frame.head_end, frame.span_end) for name in frame.names]
    if frame.names and min(apposed) >= 0:  # 'two mines, Aktogay in Abai region and Bozshakol in Pavlodar'
        bounds = [*apposed, frame.span_end]
        return [
            (frame.np_start if i == 0 else bounds[i], bounds[i + 1], _between(in_span, bounds, i), name)
            for i, name in enumerate(frame.names)
        ]
    if frame.names:
        shared = [p for p in in_span if p.start >= frame.head_end]  # 'the A and B farms in Zhambyl region'
        return [(frame.np_start, frame.span_end, _own(name, in_span) + shared, name) for name in frame.names]
    listed = _coordinated(
        text, [p for p in in_span if p.kind in ("locality", "region") and (p.locality or p.region)]
    )
    if not (frame.plural or frame.count) or len(listed) < 2:
        return [(frame.np_start, frame.span_end, in_span, frame.name)]
    bounds = [frame.np_start] + [p.start for p in listed[1:]] + [frame.span_end]
    return [(bounds[i], bounds[i + 1], _between(in_span, bounds, i), None) for i in range(len(listed))]


def _between(places: list[PlaceMention], bounds: list[int], i: int) -> list[PlaceMention]:
    """The places from the i-th bound to the next."""
    return [p for p in places if bounds[i] <= p.start < bounds[i + 1]]


def _coordinated(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places a plural phrase lists, less those that only hold the one before: 'in the west of the
    Bagtyyarlyk territory in Lebap velayat' is one place, 'in Saran, in Agadyr ...' two."""
    kept = places[:1]
    for place in places[1:]:
        if not _NESTED_PLACE.fullmatch(text[kept[-1].end : place.start]):
            kept.append(place)
    return kept


def _sites_of(sentence: SentenceDoc, frame: Frame) -> list[PlaceMention]:
    """The sentence's sites, and a place the frame's own name is made of ('the Dushanbe-2 plant')."""
    named = [
        p for p in sentence.places if p.role == "facility_name" and frame.np_start <= p.start < frame.head_end
    ]
    return sorted(sentence.sites + named, key=lambda p: p.start)


def _own(name: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places a listed name is made of: 'Kordai' of 'Kordai wind farm', not the list's other towns."""
    return [p for p in places if re.search(rf"(?<![\w-]){re.escape(p.text)}(?![\w-])", name)]


def read_counted_units(sentence: SentenceDoc, discourse: Discourse) -> list[ProjectMention]:
    """'The Chinese manufacturer is to deliver 124 of its turbines', 'Two new power units with a total
    capacity of 300 MW will be installed': a count of units, or a sentence opening on counted units, that
    names no facility is of the project just spoken of (a reference to it in this sentence)."""
    counts = [q.start for q in sentence.quantities if q.metric == "unit_count"]
    opening = _UNITS_OPENING.match(sentence.text) and sentence.quantities
    if not (counts or opening) or sentence.facilities:
        return []
    return _of_recent_project(sentence, counts[0] if counts else 0, discourse)


def read_location_field(sentence: SentenceDoc, discourse: Discourse) -> list[ProjectMention]:
    """'Location: Yereymentau District, Akmola Region' in a data sheet that names no facility: the site of
    the project just spoken of (a reference to it in this sentence)."""
    fields = [p for p in sentence.sites if p.region and LOCATION_FIELD.search(sentence.text[: p.start])]
    facilities = [f for f in sentence.facilities if f.project_type]  # 'Site:' is the field's own word
    return _of_recent_project(sentence, fields[0].start, discourse) if fields and not facilities else []


def read_figure_field(sentence: SentenceDoc, discourse: Discourse) -> list[ProjectMention]:
    """'Design capacity - 800 thousand tonnes per year.', 'Annual generation: 860 million kWh', '🔹 ~560 GWh
    of clean electricity per year' after a project, in a field or a list item opening with its figure that
    names no facility: a figure of the project just spoken of."""
    if sentence.facilities or not sentence.quantities:
        return []
    first = sentence.quantities[0]
    if first.metric and _ITEM_FIGURE.match(sentence.text[: first.start]):
        return _of_recent_project(sentence, first.start, discourse)
    if not is_figure_field(sentence.text):
        return []
    label = _FIELD_LABEL.search(sentence.text[: first.start])
    return _of_recent_project(sentence, label.start(), discourse) if label else []


# 'Two new power units', 'The three more units': a sentence opening on counted units
_UNITS_OPENING = re.compile(rf"^\W*(?:the\s+)?{UNIT_COUNT}(?:[\w-]+\s+){{0,3}}?(?:units|blocks)\b", re.I)
# 'the expected generation is', 'The annual production of electric energy will make', 'Output will reach':
# a clause whose subject is a facility's figure, right before the figure
_FIGURE_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\band\s+)(?:the\s+|its\s+)?(?:(?:expected|estimated|planned|projected|design|"
    r"annual|yearly|average|total|installed)\s+){0,3}(?:(?:power|electricity|energy)\s+)?"
    rf"(?:{_OUTPUT_NOUNS}|capacity)\b[^,;:]{{0,50}}?\s+"
    r"(?:is|will be|would be|will make|makes|will reach|reaches|amounts to|will amount to|totals|will total|"
    r"(?:will\s+)?stands?\s+at|(?:is|was|will be)\s+(?:estimated|expected|projected|forecast|put|planned|"
    r"designed|set|calculated)\s+(?:at|to\s+(?:be|reach|total|exceed|amount\s+to)))"
    rf"(?:\s+(?:{ROUGHLY}))?\s*$",
    re.I,
)
_WHOSE = re.compile(r"'s\b|\b(?:country|countries|nation|national|region|republic|sector|industry)\b", re.I)


def read_figure_statement(sentence: SentenceDoc, discourse: Discourse) -> list[ProjectMention]:
    """'The annual production of electric energy will make 170 million kWh.', '..., the expected generation
    is 1.7 billion kWh a year': a figure whose clause's subject is a facility's output or capacity, in a
    sentence naming no facility, place or organisation, is of the project just spoken of (not 'the
    country's generation is ...')."""
    if sentence.facilities or sentence.places or sentence.orgs:
        return []
    for quantity in (q for q in sentence.quantities if q.metric and q.metric != "unit_count"):
        subject = _FIGURE_SUBJECT.search(sentence.text[: quantity.start])
        if subject and not _WHOSE.search(subject.group(0)):
            return _of_recent_project(sentence, subject.start(), discourse)
    return []


def read_party_output(sentence: SentenceDoc, discourse: Discourse, ref: Reference) -> list[ProjectMention]:
    """'... a new oil extraction plant is going up. Zaisan Agro Oil LLP will produce up to 40,000 tonnes of
    vegetable oil a year': a yearly figure a company opening the sentence will make, right after the
    sentence that brought in a plant (naming no facility or place itself), is that plant's."""
    previous = discourse.doc.sentences[sentence.idx - 1] if sentence.idx else None
    if sentence.facilities or sentence.sites or not sentence.orgs or sentence.orgs[0].start > 0:
        return []
    if previous is None or previous.paragraph != sentence.paragraph or not previous.facilities:
        return []
    verbs = ref.cue_pattern("rate_verb").pattern
    will_make = ref.compiled(
        "will_make", lambda: rf"\b(?:will|would|is to|are to|shall)\s+(?:\w+\s+){{0,8}}?(?:{verbs})\b"
    )
    yearly = [q for q in sentence.quantities if q.metric and q.metric != "unit_count"]
    if yearly and will_make.search(sentence.text[: yearly[0].start]):
        return _of_recent_project(sentence, sentence.orgs[0].start, discourse)
    return []


def _of_recent_project(sentence: SentenceDoc, start: int, discourse: Discourse) -> list[ProjectMention]:
    """The whole sentence as a reference to the project just spoken of, if there is one (further back for
    a line of a list of the project's parameters)."""
    lookback = LIST_LOOKBACK if is_parameter_line(sentence.text) else ANAPHOR_LOOKBACK
    recent = discourse.recent_project(sentence, None, lookback=lookback)
    if recent is None:
        return []
    mention = refer(sentence, recent, start, discourse)
    mention.span = (0, len(sentence.text))
    return [mention]


_WORK_SUBJECT = re.compile(  # 'work has been suspended', 'construction was halted': the works, ended
    r"\b(?:work|works|construction|building)\s+(?:on\s+(?:the\s+)?site\s+)?"
    r"(?:(?:has|have|had|was|were|is|are|has\s+now|is\s+now)\s+)?(?:been\s+)?$",
    re.I,
)


def read_paragraph_status(
    sentence: SentenceDoc, discourse: Discourse, ref: Reference
) -> list[ProjectMention]:
    """'Turbine installation is 60% complete.' after '- Dzhankeldy wind farm, Bukhara region: ...': a status
    stated in a sentence that names no facility is of the project its paragraph speaks of."""
    cues = [
        c
        for c in sentence.cue("status")
        # not 'worn-out turbines were retired'; but 'work has been suspended' (and no figure) ends the works
        if (
            c.value in STAGE
            or (_WORK_SUBJECT.search(sentence.text[: c.start]) and not sentence.quantities)
            or _deal_ended(sentence, c, ref)
        )
        and not speaks_of_a_phase(sentence.text[: c.start].split(",")[0])  # 'The first stage of X, ...'
        and not any(
            0 <= f.np_start - c.end <= GOVERNING_REACH and not f.definite for f in sentence.facilities
        )  # 'Gotion already operates battery plants in China': its verb governs other plants
        and not any(
            f.plural and f.head_end <= c.start and f.head_word not in UNIT_HEADS for f in sentence.facilities
        )  # 'Together the existing plants can produce ...': the status is theirs
        and not _output_of_another(sentence, c)
        and not deed_of_a_party(sentence, c)  # 'a subsidiary of X that built the access roads'
        and not any(f.head_end <= c.start and _of_something_named(sentence, f) for f in sentence.facilities)
    ]  # 'The upgrading project of the Irkeshtam port has been completed': the port's
    recent = (
        discourse.recent_project(sentence, None, lookback=_past_fields(sentence, discourse)) if cues else None
    )
    if recent is None or recent.sentence.paragraph != sentence.paragraph:
        return []
    cues = [c for c in cues if not _old_one_before(sentence, c, recent)]
    if not cues:
        return []
    return [
        refer(sentence, project, cues[0].start, discourse) for project in _told_together(recent, discourse)
    ]


def _past_fields(sentence: SentenceDoc, discourse: Discourse) -> int:
    """How far back a sentence's project may stand: past an item's field lines ('Investor - X.', 'Project
    cost - Y.') right before it, as far as a list of parameters reaches."""
    previous = discourse.doc.sentences[sentence.idx - 1] if sentence.idx else None
    return LIST_LOOKBACK if previous is not None and is_parameter_line(previous.text) else ANAPHOR_LOOKBACK


def _deal_ended(sentence: SentenceDoc, cue: Cue, ref: Reference) -> bool:
    """'In 2018 the government terminated the agreement because the investor had not begun construction':
    the project's own deal ended (a builder's contract ended is no ending: `ended_contract` cues)."""
    documents = ref.cue_pattern("signed_document").pattern
    deal = ref.compiled(
        "deal-after-ending", lambda: rf"\s+(?:the|its|this|that|their)\s+(?:[\w-]+\s+)?(?:{documents})\b"
    )
    return cue.value == "cancelled" and bool(deal.match(sentence.text, cue.end))


def _old_one_before(sentence: SentenceDoc, cue: Cue, recent: ProjectMention) -> bool:
    """'The old CHP, built in 1957, ...' after a plant being built: the status is the old plant's; 'The
    existing complex, in operation since 2001, ...' of a complex being expanded is that complex's."""
    old = any(f.head_end <= cue.start and _former(f) for f in sentence.facilities)
    return old and not recent.sentence.cue("upgrade_work")


def _output_of_another(sentence: SentenceDoc, cue: Cue) -> bool:
    """'CNPC-AMG produces 4 million tons of oil a year from its fields', 'The Ekibastuz basin produces 70
    million tons of coal': what an organisation or a place named before the verb produces is its own."""
    output = any(v.start <= cue.start < v.end for v in sentence.cue("rate_verb"))
    named = [*sentence.orgs, *sentence.places]
    return output and any(n.end <= cue.start for n in named)


def _told_together(project: ProjectMention, discourse: Discourse) -> list[ProjectMention]:
    """The projects one plural phrase introduced with `project` ('Three wind farms in Zhambyl, Turkestan
    and Almaty regions'): what the paragraph says next is of them all."""
    together = [
        m
        for m in discourse.mentions
        if m.refers_to is None and m.sentence is project.sentence and m.head_start == project.head_start
    ]
    return together if project in together else [project]


def read_headline(discourse: Discourse) -> None:
    """'Kazakhstan begins building a plant to fabricate nuclear fuel': the headline's facility, when it can
    be only one project of the article, is a mention of it, and its status part of the article's report."""
    title = discourse.doc.headline
    if title is None or not title.cue("status"):
        return
    firsts = [m for m in discourse.mentions if m.refers_to is None]
    for frame in (f for f in title.facilities if not f.plural):
        fitting = [m for m in firsts if frame.project_type in (None, m.project_type)]
        if len(fitting) == 1:
            refer(title, fitting[0], frame.head_start, discourse)

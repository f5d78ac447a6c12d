"""Project frames in a sentence: a facility noun phrase, its type, and the span of text that describes it;
parts of a facility ('a cascade of four plants', 'with a storage system') are no frames of their own."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from pipelines.domain.extract.annotate.facility_types import (
    frame_types,
    head_pattern,
    is_plural,
    purpose_match,
    purpose_words,
    singular,
)
from pipelines.domain.extract.annotate.name_words import LEGAL_FORMS_BEFORE
from pipelines.domain.extract.annotate.noun_phrases import (
    COUNT_WORDS,
    DEFINITE,
    LINEAR_HEADS,
    apposed_names,
    coordinated_names,
    is_bare,
    is_descriptive,
    is_line,
    is_linear,
    item_size,
    noun_phrase_tokens,
    proper_name,
)
from pipelines.domain.extract.annotate.numbers import ORDINAL_WORDS
from pipelines.domain.extract.annotate.places import SITE_PREPOSITIONS
from pipelines.domain.extract.parse import shouted
from pipelines.domain.reference import Reference, fold, power_types

_COMPOSED_OF = re.compile(r"\s+of\s+", re.I)
_WAYPOINT_AFTER = re.compile(r"^\s*[-\u2013\u2014]\s*[A-Z]")
_WAYPOINT_BEFORE = re.compile(
    r"\b(?:from|to|via|through|on to|onto|towards|linking|connecting|joining|between)\s+(?:the\s+)?$", re.I
)
# 'JSC National Electric Grid of Uzbekistan': a company's name, not a facility
_LEGAL_FORM_FIRST = re.compile(rf"^(?:{'|'.join(LEGAL_FORMS_BEFORE)})\b")
# 'Sangtuda-2, a 220-megawatt station': a numbered name set before a facility phrase names it;
# 'Atasu-Alashankou, the 962km pipeline': so does a route before a line
_NUMBERED_APPOSED = re.compile(
    r"(?<![\w-])(?P<name>(?:[A-Z][\w'-]+ ){0,2}[A-Z][\w']+-\d{1,2}[A-Za-z]?|[A-Z]{3,6}),\s+$"
)  # or an abbreviation: 'TAPI, the long-promised pipeline'
_ROUTE_APPOSED = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]+(?:[-\u2013][A-Z][a-z]+){1,3}|[A-Z]{3,6}),\s+$")
_ONE_OF = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}),\s+one\s+of\s+(?:the\s+)?$")
_SITE_BEFORE = re.compile(rf"\b{SITE_PREPOSITIONS}\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}?(?:of\s+)?$")
_ONE_OF_UNNAMED = re.compile(r"\b[Oo]ne\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:[\w-]+'s?\s+)?$")
_FIRST = re.compile(r"^the first\b", re.I)
# 'and the second, able to ...', 'the third was ...': an ordinal with no noun of its own
_ORDINAL_WORD = re.compile(rf"\b(?:{'|'.join(ORDINAL_WORDS)})\b", re.I)
# after an ordinal, words that make it no rank among facilities: 'second largest', 'third-generation'
_NOT_A_RANK = re.compile(r"-|\s+(?:largest|biggest|most|greatest|highest|generation|ever|time)\b", re.I)
_ELLIPTIC_ORDINAL = re.compile(
    rf"\bthe (?P<ordinal>{'|'.join(ORDINAL_WORDS)})"
    r"(?=\s*,|\s+(?:was|is|will|went|came|has|had|began|started)\b)"
)
# 'a pipeline of dams', 'a field of blue panels': things in a row, no facility (not 'the pipeline of the
# gas plants')
_ROW_HEADS = ("pipeline", "field")
_PLURAL_OF = re.compile(r"^\s+of\s+(?!the\b|its\b|this\b)(?:[a-z-]+\s+){0,2}[a-z]+s\b")
_HYBRID = "hybrid"  # the word that makes a plant of several kinds one plant
_QUOTED_NAME = re.compile(r'^\s+"(?P<name>[A-Z][\w\'-]*(?:[ -][\w\'-]+){0,3})"')
ABSTRACT_HEADS = frozenset({"project", "facility", "site"})  # nouns any kind of facility goes by
GROUP_HEADS = frozenset({"cascade", "complex", "cluster", "project"})  # a whole several plants make up
UNIT_HEADS = frozenset({"unit", "block"})  # a plant's part that news reports as the plant's
_NUMBER_AFTER = re.compile(r"\s+No\.?\s*(?P<n>\d{1,2})\b")  # 'Thermal Power Plant No. 3'
_DESIGNATOR = re.compile(r"\b[A-Z]{2,5}-\d{1,2}\b")  # 'CHP-2', 'GRES-1', 'TPP-3': a station's number
_PLANT_UNIT_HEADS = UNIT_HEADS | {"reactor"}  # counted after a plant in its sentence: the plant's own
PRODUCTION_PARTS = UNIT_HEADS | {"line", "shop", "workshop"}  # what a contract for a plant's works covers
_AT_PLANT = re.compile(
    r"^(?:[^.;]|\.(?=\s*\d)){0,80}\b(?:at|of|on|to)\s+(?:the\s+|its\s+|their\s+)?$", re.I
)  # 'unit No. 8 ... at the
_AT_SITE = re.compile(  # ' at the ', ' with a capacity of 1 bcm per year at the ', ' will be built on the '
    r"(?:\s+and\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?)?"  # 'a mine and (a processing) plant at the X deposit'
    r"(?:\s+with\s+[^.;,()]{0,80}?)?"
    r"(?:\s+(?:is|are|was|were|will|to|has|have)(?:\s+(?:be|been|being))?\s+(?:built|constructed|located|sited|erected))?"
    r"\s+(?:at|on)\s+(?:the\s+)?",
    re.I,
)
_FRONTED_AT = re.compile(r"\s*At\s+(?:the\s+|its\s+)?")  # 'At the Atyrau refinery, ...'
_VERB_BEFORE = re.compile(r"\b(?:to|will|would|can|could|shall)\s+$", re.I)
_VERB_REACH = 8  # characters before a head where 'to', 'would' and the like stand
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|its|their|\d)", re.I)
_HOSTED_AT = re.compile(  # '... was put into operation at the Navoiyazot '
    r"[^;]{0,120}\b(?i:at\s+(?:the\s+)?)(?P<name>(?:[A-Z][\w'-]*\s+){0,3})"
)
_FIRST_OF_ITS_KIND = re.compile(r"the\s+(?:first|largest|biggest)\b", re.I)  # a new one, not 'the plant'
_BUILT_AT = re.compile(  # ' built at the ', ' located on the '
    r"\s*,?\s*(?:(?:being|was|is|to be)\s+)?(?:built|constructed|erected|located|situated)"
    r"\s+(?:at|on)\s+(?:the\s+)?"
)
_WHERE_AFTER = re.compile(r"[^;.]{0,40},\s+where\b[^;]{0,120}")  # ' in Aini district, where X is building '
_TOLD_OF_AFTER = re.compile(  # what the words after a named line or substation tell of it: its own news
    r"^\s*,?\s+(?:which|that|built|commissioned|completed|launched|opened|put|constructed|finished|erected|"
    r"upgraded|rebuilt|moderni[sz]ed|under|being|to be|now)\b",
    re.I,
)
_ONE_CAPACITY_AFTER = re.compile(
    r"\s+(?:with|having|of)\s+(?:an?\s+)?(?:(?:total|combined|design|annual)\s+)?capacity\s+of\b", re.I
)
_SITE_HEADS = ("deposit", "field", "mine")  # where another kind of facility may stand
_LEAD_IN_REACH = 40  # characters between a counted plural and what opens its list (a colon, 'the first')
_SERVED_REACH = 40  # characters after 'connecting the' where the served facility's noun may stand
NETWORK_HEADS = ("grid", "network")  # 'connected to the grid': the system that is there
_LETTERED = re.compile(r"\s+\"?[A-Z0-9]\"?\s+of\s+(?:the\s+)?")  # 'Line "D" of the'
_OWN_SITE_BEFORE = re.compile(r"\b(?:at|on|in)\s+(?:its|their|the company's)\s+$", re.I)
_IN_BEFORE = re.compile(r"\b(?:in|at|inside|within)\s+(?:the\s+)?$", re.I)
_MAX_PROJECT_PLANTS = 12  # more plants than this, counted together, are a country's or a sector's
_POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their)\s+$", re.I)
_NEW = re.compile(r"\b(?:new|planned|future|proposed|more)\b", re.I)
# 'a wind farm and a solar plant', 'a solar plant with a capacity of 200 MW and a storage system'
_COORDINATED = re.compile(
    r"(?:\s+(?:with\s+an?\s+(?:\w+\s+)?capacity\s+of|of)\s+(?:about\s+|up\s+to\s+)?\d[\d.,]*\s*[kMG]W[ph]?)?"
    r"\s*(?:,|and|or|,\s*and|,?\s*as well as)\s*",
    re.I,
)
_SECTOR_LIST = re.compile(  # 'cooperation in the fields of energy, mining and' before a bare noun phrase
    r"\bcooperation\s+(?:in|on)\s+(?:the\s+)?(?:(?:fields?|areas?|spheres?|sectors?)\s+(?:of|such as)\s+)?"
    r"(?:[a-z-]+(?:\s+[a-z-]+){0,3}(?:,\s+|,?\s+and\s+))*$"
)
# 'organisation of the production of copper rod', 'Zhongfa Carbon LLP - production of calcined coke, ...'
_PRODUCTION = re.compile(
    r"(?:\borgani[sz]ation\s+of\s+(?:the\s+)?|\s[-\u2013\u2014]\s+|:\s+)(?P<noun>production)\s+of\s+"
    r"(?P<product>[a-z][a-z -]{1,40}?)(?=\s*[,;(]|\s+(?:with|in|at)\s)"
)
_CLAUSE_END = re.compile(r"[;.]")
_VENTURE_TO_MAKE = re.compile(  # 'set up a joint venture to produce copper wire rod and cable products'
    r"\b(?:set(?:ting)?\s+up|establish(?:ing|ed)?|creat(?:e|ing|ed)|form(?:ing|ed)?)\s+an?\s+(?:new\s+)?"
    r"(?P<noun>joint\s+venture|venture|company|enterprise)\s+(?:to|that\s+will|which\s+will)\s+"
    r"(?:produce|make|manufacture|assemble)\s+(?P<product>[a-z][a-z -]{1,40}?)"
    r"(?=\s*[,;.(]|\s+(?:with|in|at|for|from)\s)",
    re.I,
)
# what stands between the product and its yearly output: ', 100,000 tonnes', ' with a capacity of up to'
_OUTPUT_NEXT = re.compile(r"\s*,?\s*(?:with\s+an?\s+(?:\w+\s+)?capacity\s+of\s+)?(?:up\s+to\s+|about\s+)?")
_ROUTE = re.compile(r"^[^.;]{0,40}\b(?:connecting|linking|between|from \w+ to)\b", re.I)


@dataclass(frozen=True)
class Frame:
    """A facility named in a sentence: what kind, how it was written, and which text describes it."""

    head_start: int
    head_end: int
    np_start: int
    span_end: int
    project_type: str | None  # None: a typeless 'the plant', 'two plants': the discourse tells the kind
    noun_phrase: str
    name: str | None
    plural: bool
    count: int | None
    definite: bool
    descriptive: bool
    names: tuple[str, ...] = ()  # the names of a listed plural: 'the A, B and C wind farms'
    bare: bool = (
        True  # no describing words the terms do not know: 'two plants', not 'renewable energy project'
    )
    generic: bool = False  # a noun any project is called by: 'the project', not 'the line'
    statistics: bool = False  # a place's facilities counted: 'Uzbekistan's nine hydropower plants'
    product: str | None = (
        None  # what it makes, when the phrase says: 'polyethylene' of 'the polyethylene plant'
    )
    site: str | None = None  # the named deposit or field it stands at: 'Kashagan field'
    # the text and kind of parts told with it: 'with a 50 MW storage system'
    parts: tuple[tuple[int, int, str | None], ...] = ()
    members: bool = False  # told as the plants it is made of: 'a cascade of three small hydropower plants'

    @property
    def head_word(self) -> str:
        """The facility noun, folded and singular: 'plant' for 'Plants'."""
        return singular(fold(self.noun_phrase.split()[-1]))

    @property
    def specific_head(self) -> str | None:
        """The facility noun when it says more than 'project' or 'plant': 'the line' points to a line."""
        return None if self.generic else self.head_word

    @property
    def linear(self) -> bool:
        """A line or pipeline: the places it names are its ends, not its site."""
        return is_linear(self.noun_phrase)

    @property
    def line_shaped(self) -> bool:
        """A line of any kind, a production line too: no plant or station."""
        return is_line(self.noun_phrase)

    @property
    def shape(self) -> str | None:
        """'route' for a line or pipeline between places, 'site' for a plant, field or mine; None for a
        noun any facility goes by ('the project') or a works' production line."""
        if self.head_word in ABSTRACT_HEADS or (self.line_shaped and not self.linear):
            return None
        return "route" if self.linear else "site"


def find_frames(sentence: str, ref: Reference) -> list[Frame]:
    """Facility noun phrases of a sentence, each with the text up to the next one as its span."""
    candidates = []
    for match in head_pattern(ref).finditer(sentence):
        if sentence[match.start() - 1 : match.start()] in ("(", "["):
            continue  # 'hydropower plant (HPP)', '[TPP]': the abbreviation glosses the facility just named
        word = match.group(0).lower()
        figurative = (
            word == "pipeline" and _cues(ref, "figurative_before").search(sentence[: match.start()])
        ) or (word in _ROW_HEADS and _PLURAL_OF.match(sentence[match.end() :]))
        if figurative or _cues(ref, "figurative_of").match(sentence[match.end() :]):
            continue  # 'a pipeline of projects', 'the project pipeline', 'a field of panels'
        if _cues(ref, "no_facility_phrase").search(sentence, 0, match.end()):
            continue  # 'the SAG mill and ball mill', 'a 40-km water pipeline': equipment or a utility's line
        verb_from = max(0, match.start() - _VERB_REACH)
        if _OBJECT_AFTER.match(sentence, match.end()) and _VERB_BEFORE.search(
            sentence, verb_from, match.start()
        ):
            continue  # 'to mine the Zhalpak deposit', 'will plant 1,000 trees': a verb, no facility
        if _WAYPOINT_AFTER.match(sentence[match.end() :]):
            continue  # 'the Ekibastuz - Shulbinsk HPP - Ust-Kamenogorsk line': a stop on a route
        if _cues(ref, "head_as_modifier").match(sentence[match.end() :]):
            continue  # 'the grid operator KEGOC', 'higher grid connection costs': no facility spoken of
        if word.startswith("station") and _cues(ref, "other_station").search(sentence[: match.start()]):
            continue  # 'near the railway station of the same name', 'a bus station': no plant
        frames = _frames_at(sentence, match, ref)
        candidates.extend(f for f in frames if not _LEGAL_FORM_FIRST.match(f.noun_phrase))
    candidates.sort(key=lambda f: f.head_start)
    frames = _without_connections(sentence, _drop_nested(candidates), ref)
    frames = [
        f
        for f in _without_parts(sentence, frames, ref)
        if not (_setting(sentence, f, ref) or _sector(sentence, f) or _bracketed_element(sentence, f))
    ]
    frames = _joined_pairs(sentence, frames, ref)
    frames = [f for f in frames if not _hosts(sentence, f, frames)]
    return with_spans(sentence, _listed_after_colon(sentence, _with_elliptic_ordinals(sentence, frames)))


def production_frames(sentence: str, frames: list[Frame], yearly: list[int], ref: Reference) -> list[Frame]:
    """'- Zhongfa Carbon LLP - production of calcined petroleum coke, 100,000 tonnes a year, in operation':
    a production a list item or an 'organisation of' names, with a yearly output right after it and no
    facility noun in its clause, is a plant of what it makes (`yearly`: where yearly outputs start); not a
    company's output ('production of copper rose to ...')."""
    found = []
    for match in _PRODUCTION.finditer(sentence):
        end = _CLAUSE_END.search(sentence, match.end())
        clause_end = end.start() if end else len(sentence)
        sized = any(_OUTPUT_NEXT.fullmatch(sentence, match.end(), start) for start in yearly)
        if not sized or any(match.start() <= f.head_start < clause_end for f in frames):
            continue
        product = match["product"].split(" and ")[0]
        head = (match.start("noun"), match.end("noun"))
        found.append(product_frame(head, (head[0], clause_end), "production", product, ref))
    return found


def venture_frames(sentence: str, frames: list[Frame], ref: Reference) -> list[Frame]:
    """'setting up a joint venture to produce copper wire rod and cable products in the X zone': a venture
    set up to make known goods, with no facility noun in its clause, is the plant that will make them."""
    found = []
    for match in _VENTURE_TO_MAKE.finditer(sentence):
        end = _CLAUSE_END.search(sentence, match.end())
        clause_end = end.start() if end else len(sentence)
        product = match["product"]
        if _known_product_kind(product, ref) is None or any(
            match.start() <= f.head_start < clause_end for f in frames
        ):
            continue
        head = (match.start("noun"), match.end("noun"))
        found.append(product_frame(head, (head[0], clause_end), match["noun"], product, ref))
    return found


def product_frame(
    head: tuple[int, int], extent: tuple[int, int], noun_phrase: str, product: str, ref: Reference
) -> Frame:
    """A plant named by what it makes, with no facility noun: 'production of calcined petroleum coke', a
    company named 'X Cement LLC' (`head`: the words that say what; `extent`: its phrase's start and end)."""
    return Frame(
        head_start=head[0],
        head_end=head[1],
        np_start=extent[0],
        span_end=extent[1],
        project_type=product_kind(product, ref),
        noun_phrase=noun_phrase,
        name=None,
        plural=False,
        count=None,
        definite=False,
        descriptive=False,
        product=product,
    )


def product_kind(product: str, ref: Reference) -> str:
    """The kind of plant that makes `product` ('calcined petroleum coke': its last words first known)."""
    return _known_product_kind(product, ref) or "manufacturing"


def _known_product_kind(product: str, ref: Reference) -> str | None:
    """The kind of plant its last words name, when they are goods `facility_terms` knows."""
    words = product.split()
    kinds = ref.facility_terms["product"]
    known = (kinds.get(fold(" ".join(words[i:]))) for i in range(len(words)))
    return next((kind for kind in known if kind), None)


def with_spans(sentence: str, candidates: list[Frame]) -> list[Frame]:
    """Each frame's span runs up to the next frame's noun phrase (coordinated frames share the last span)."""
    frames: list[Frame] = []
    for i in reversed(range(len(candidates))):
        frame = candidates[i]
        following = [c.np_start for c in candidates[i + 1 :] if c.np_start > frame.head_end]
        end = following[0] if following else len(sentence)
        if frames and frame.name is None and _COORDINATED.fullmatch(sentence[frame.head_end : end]):
            end = frames[0].span_end  # 'a wind farm and a solar plant in Turkistan': the place is both's
        frames.insert(0, _with_span(frame, end))
    return frames


_LISTED_IN_BRACKET = re.compile(r"\(\s*(?:[^()]*,\s*)?$")  # '(turbine foundations, crane pads, '
_ELEMENT_END = re.compile(r"(?:\s+[a-z]+)?\s*[,)]")  # 'substation,', 'BESS site,'


def _bracketed_element(sentence: str, frame: Frame) -> bool:
    """'the permanent land take (turbine foundations, internal roads, substation, BESS site)': a bare noun
    listed in brackets names an element of a site, no project."""
    words = frame.noun_phrase.split()
    named = frame.name or any(w[0].isupper() and not w.isupper() for w in words)
    if named or len(words) > 2 or any(c.isdigit() for c in frame.noun_phrase):
        return False
    listed = _LISTED_IN_BRACKET.search(sentence, 0, frame.np_start)
    return bool(listed and _ELEMENT_END.match(sentence, frame.head_end))


def _without_parts(sentence: str, frames: list[Frame], ref: Reference) -> list[Frame]:
    """'a cascade of four plants', 'a wind farm with a storage system': the second noun phrase describes
    a part of the first facility, not a project of its own; a typeless whole takes its members' kind ('the
    Turkmenbashi complex of oil refineries')."""
    kept: list[Frame] = []
    for frame in frames:
        between = sentence[kept[-1].head_end : frame.np_start] if kept else ""
        if kept and _stands_for(kept[-1]) and _COMPOSED_OF.fullmatch(between) and frame.project_type:
            kept[-1] = frame  # 'the construction site of a lead smelter', 'the expansion project of the X'
            continue
        if kept and _stands_on_site(sentence, frame, between):
            continue  # 'a new plant ... on a 110-hectare site in the Kostanay zone': where the plant stands
        whole = kept and (kept[-1].project_type is not None or kept[-1].definite or kept[-1].generic)
        member = (
            whole
            and kept[-1].head_word not in UNIT_HEADS  # 'the hydro units of the Farhad HPP': the plant's
            and _COMPOSED_OF.fullmatch(between)
            and (frame.project_type in (kept[-1].project_type, None) or kept[-1].project_type is None)
        )
        part = whole and (
            (
                _cues(ref, "part").search(between)
                and not captive_power(frame.project_type, kept[-1].project_type, ref)
            )
            or _cues(ref, "part_modifier").search(frame.noun_phrase)
            or _WHOSE_BEFORE.fullmatch(between)  # 'the plant, whose dam has been built': the plant's dam
            or _its_units(frame, kept[-1])
            or (kept[-1].linear and _WAYPOINT_BEFORE.search(between))
            or _bare_conjunct(between, frame, kept[-1])
        )
        if member and frame.plural:  # 'a complex of oil refineries': a whole told as its members
            kind = kept[-1].project_type or frame.project_type
            kept[-1] = replace(kept[-1], project_type=kind, members=True)
        elif part and not member:
            kept[-1] = replace(kept[-1], parts=(*kept[-1].parts, _part_extent(sentence, frame, frames)))
        elif not member:
            kept.append(frame)
    return kept


_WHOSE_BEFORE = re.compile(r"[\s,]*whose\s+", re.I)
_ON_SITE_BEFORE = re.compile(r"\b(?:on|at)\s+$", re.I)
_CLAUSE_END = re.compile(r"[,;]|$")


def _part_extent(sentence: str, part: Frame, frames: list[Frame]) -> tuple[int, int, str | None]:
    """A part's words and kind: its phrase and what follows it up to a comma or the next facility ('an
    energy storage system of 300 MW')."""
    following = [f.np_start for f in frames if f.np_start >= part.head_end]
    end = min([_CLAUSE_END.search(sentence, part.head_end).start(), *following])
    return part.np_start, end, part.project_type


def _its_units(frame: Frame, whole: Frame) -> bool:
    """'The Moinak HPP will have 300 MW - two hydro units of 150 MW each', 'The plant is to have two Hualong
    One reactors': units or reactors counted after a facility of their kind (or of none told) in its
    sentence are its units."""
    concrete = whole.head_word not in ABSTRACT_HEADS  # 'The plant', not 'Phase II of the project'
    kinds = (None, whole.project_type) if whole.project_type or not concrete else (None, frame.project_type)
    return frame.plural and frame.head_word in _PLANT_UNIT_HEADS and frame.project_type in kinds


def _stands_for(frame: Frame) -> bool:
    """A site or a project of no kind: 'the construction site of a smelter', 'the expansion project of the
    Ekibastuz substation' is that facility."""
    return frame.head_word == "site" or (frame.head_word == "project" and frame.project_type is None)


def _stands_on_site(sentence: str, frame: Frame, between: str) -> bool:
    """An unnamed site a facility of the same clause is built on or at is the facility's ground."""
    return (
        frame.head_word == "site"
        and not frame.name
        and ";" not in between
        and bool(_ON_SITE_BEFORE.search(sentence[: frame.np_start]))
    )


def _hosts(sentence: str, frame: Frame, frames: list[Frame]) -> bool:
    """'A complex for PVC ... was put into operation at the Navoiyazot chemical plant', 'At the Atyrau
    refinery, Sinopec built a deep oil refining complex', 'the plant built at the Taror deposit', 'the
    Konchoch deposit, where X is building a complex': the named plant or deposit an unnamed facility of the
    sentence stands at is where it stands, not a project of the sentence."""
    fronted = _FRONTED_AT.fullmatch(sentence[: frame.np_start]) and sentence[frame.head_end :].startswith(",")
    for hosted in frames:
        if hosted.name or hosted.head_word in UNIT_HEADS or not (hosted.project_type or hosted.definite):
            continue
        between = sentence[hosted.head_end : frame.np_start] if hosted.head_end <= frame.np_start else ""
        placed = frame.name and _BUILT_AT.fullmatch(between)
        first = hosted.project_type and _FIRST_OF_ITS_KIND.match(hosted.noun_phrase)  # not 'the first line'
        if hosted.definite and not placed and not first:
            continue  # 'the plant built at the Taror deposit' stands there; 'the plant at X' may be X's
        if fronted and (frame.name or frame.definite) and hosted.np_start > frame.head_end:
            return True
        where = frame.name and _WHERE_AFTER.fullmatch(sentence[frame.head_end : hosted.np_start])
        at = _HOSTED_AT.fullmatch(between)
        if where or placed or (at and (frame.name or at["name"])):
            return True
    return False


def captive_power(part_type: str | None, whole_type: str | None, ref: Reference) -> bool:
    """'The smelter will include a 350 MW power plant': a power plant an industrial facility builds for
    itself is a project of its own, not a part."""
    power = power_types(ref)
    return part_type in power and whole_type not in power


def _joined_pairs(sentence: str, frames: list[Frame], ref: Reference) -> list[Frame]:
    """Each frame beside the one kept before it: the first pairing rule that reads the two as one
    facility replaces them with the frame it gives; else both stay."""
    kept: list[Frame] = []
    for frame in frames:
        if kept and _absorbed(kept[-1], frame):
            continue
        joined = next((j for rule in _PAIRINGS if kept and (j := rule(sentence, kept[-1], frame, ref))), None)
        if joined is not None:
            kept[-1] = joined
        else:
            kept.append(frame)
    return kept


def _absorbed(joined: Frame, frame: Frame) -> bool:
    """'The Hyrasia One project provides for wind and solar power plants': the solar frame of the noun
    phrase a named project took as its one facility is that project too."""
    same_phrase = frame.head_start == joined.head_start and joined.np_start < frame.np_start
    return same_phrase and bool(joined.name) and not joined.plural


def _line_of_system(sentence: str, line: Frame, frame: Frame, ref: Reference) -> Frame | None:
    """'Line D of the Central Asia - China gas pipeline': a line of a system, named by its letter, is a
    project of its own, of the system's kind."""
    between = sentence[line.head_end : frame.np_start]
    if not (line.linear and line.project_type is None and frame.linear and frame.project_type):
        return None
    if not _LETTERED.fullmatch(between):
        return None
    name = sentence[line.head_start : frame.head_end].replace('"', "")  # not 'building Line D ...'
    return replace(
        frame, np_start=line.np_start, name=name, noun_phrase=sentence[line.np_start : frame.head_end]
    )


def _sited_at_deposit(sentence: str, plant: Frame, frame: Frame, ref: Reference) -> Frame | None:
    """'a 300 MW coal-fired plant at the Fon-Yagnob coal deposit', 'a gas processing plant at the Kashagan
    field', 'a mining and processing complex at the Shalkiya deposit': the deposit or field a facility
    stands at is its site, named after it, not a project of the sentence; a plant of no kind of its own
    ('a pilot plant at the Shavazsay deposit') works what the deposit gives. Works told only as
    'facilities' ('the gas processing facilities at the Sarybulak field') are the field's own."""
    at = _AT_SITE.fullmatch(sentence[plant.head_end : frame.np_start])
    if frame.head_word not in _SITE_HEADS or not at:
        return None
    if plant.plural and plant.head_word == "facility" and frame.name:
        return replace(frame, np_start=plant.np_start)
    works = frame.project_type if frame.head_word != "field" else None  # a plant at a field may make anything
    return replace(plant, site=frame.name, project_type=plant.project_type or works)


def _site_told_first(sentence: str, site: Frame, plant: Frame, ref: Reference) -> Frame | None:
    """'construction on the Kenkiyak field in Temir district of a gas turbine power station': a translation's
    order, the field the plant stands at told before it."""
    if site.head_word not in _SITE_HEADS or not site.name or plant.project_type is None:
        return None
    building_on = _BUILDING_ON.search(sentence[: site.np_start])
    of_plant = _THEN_OF.fullmatch(sentence[site.head_end : plant.np_start])
    return replace(plant, site=site.name) if building_on and of_plant else None


def _unit_at_plant(sentence: str, unit: Frame, frame: Frame, ref: Reference) -> Frame | None:
    """'a new coal-fired power unit No. 8 with a capacity of 330 MW at the Novo-Angren TPP': the unit is the
    plant's news; one frame, named after the plant, that holds what is said of the unit."""
    if not _unit_of(unit, frame) or not _AT_PLANT.search(sentence[unit.head_end : frame.np_start]):
        return None
    return replace(frame, np_start=unit.np_start, project_type=unit.project_type or frame.project_type)


def _unit_after_plant(sentence: str, plant: Frame, unit: Frame, ref: Reference) -> Frame | None:
    """'At Aktobe CHP, a gas turbine unit with a capacity of 120 MW ... should have been commissioned': the
    unit fronted by its plant is the plant's news; one frame, the plant's, that holds the unit's words."""
    if not _unit_of(unit, plant) or not _AT_BEFORE.search(sentence[: plant.np_start]):
        return None
    if not _APPOSED.fullmatch(sentence[plant.head_end : unit.np_start]):
        return None
    return replace(plant, project_type=unit.project_type or plant.project_type)


def _unit_of(unit: Frame, plant: Frame) -> bool:
    """A unit or block that may be a plant's: the plant of no kind, or of the unit's."""
    return unit.head_word in UNIT_HEADS and plant.project_type in (None, unit.project_type)


def _project_of_facility(sentence: str, project: Frame, frame: Frame, ref: Reference) -> Frame | None:
    """'The project envisages the construction in Yavan district of an enterprise for PVC production': a
    project of no kind that is the facility it provides for; one frame, the facility's, holding both."""
    if (
        project.project_type not in (None, frame.project_type)
        or not project.generic
        or not frame.project_type
    ):
        return None
    if not _cues(ref, "provides_for").match(sentence[project.head_end : frame.np_start]):
        return None
    name = frame.name or project.name
    plural = frame.plural and not project.name  # 'The Hyrasia One project provides for ... plants': one
    return replace(frame, np_start=project.np_start, name=name, definite=project.definite, plural=plural)


_ACRONYM_OPENS = re.compile(r"[A-Z]{2,5}\s+(?:is|was|will|has|had)\b")  # 'WPS is built by': MT drops 'the'
_PAIRINGS = (
    _line_of_system,
    _sited_at_deposit,
    _site_told_first,
    _unit_at_plant,
    _unit_after_plant,
    _project_of_facility,
)
_SECTION_OF = re.compile(
    r"\b(?:is|as|being|forms?)\s+(?:a\s+|the\s+|one\s+)?(?:section|segment|leg|stretch)\s+of\s+(?:the\s+)?$",
    re.I,
)
_BUILDING_ON = re.compile(r"\b(?:construction|building)\s+(?:on|at)\s+(?:the\s+)?$", re.I)
_THEN_OF = re.compile(r"[^.;,]{0,60}?\bof\s+(?:an?\s+|the\s+)?")
_AT_BEFORE = re.compile(r"(?:^|[,;:]\s*)(?i:at)\s+(?:the\s+)?$")
_APPOSED = re.compile(r"\s*,\s*")
_ONE_WORD_GRID = re.compile(rf"[A-Z][\w-]*(?:'s)?\s+(?:{'|'.join(NETWORK_HEADS)})")


def _setting(sentence: str, frame: Frame, ref: Reference) -> bool:
    """'brown coal of the Angren deposit', 'ethane from the Tengiz field': where a plant's feed comes from;
    'next to the Navoiyazot chemical complex', 'a data centre in the IT Park': a landmark that places
    another facility; 'a complex ... at its site in Navoi': where the facility stands; 'The X complex
    published the news': a facility that speaks is the body that runs it; 'which is section of the
    Kazakhstan - China pipeline': the whole a section belongs to."""
    before = sentence[: frame.np_start]
    after = sentence[frame.head_end :]
    grounds = frame.head_word in ("park", "zone") or _cues(ref, "grounds").match(after)
    located_in = frame.project_type is None and frame.name and grounds and _IN_BEFORE.search(before)
    feed_or_landmark = is_feed_source(before, ref) or _cues(ref, "landmark").search(before)
    own_site = frame.head_word == "site" and _OWN_SITE_BEFORE.search(before)  # 'at its site in Navoi'
    network = frame.head_word in NETWORK_HEADS and (
        _owners_grid(frame) or (not frame.name and _the_system(sentence, frame, ref))
    )
    reports = _cues(ref, "reporting").match(after)  # 'The Turkmenbashi complex published the news'
    whole = _SECTION_OF.search(before)  # 'which is section of the pipeline Kazakhstan - China'
    return bool(feed_or_landmark or located_in or own_site or network or reports or whole)


def is_feed_source(before: str, ref: Reference) -> bool:
    """The words before a facility or place tell where a plant's feed comes from: 'brown coal of the',
    'heavy crude from the' (not a producer's own field: 'It produces gas from the')."""
    return bool(_cues(ref, "feed_source").search(before)) and not _cues(ref, "own_output").search(before)


def _sector(sentence: str, frame: Frame) -> bool:
    """'cooperation in renewable energy, grid infrastructure and equipment manufacturing': a field of
    cooperation, written as bare lower-case words, is no facility."""
    if frame.name or not _SECTOR_LIST.search(sentence[: frame.np_start]):
        return False
    words = frame.noun_phrase.split()
    return (
        not re.search(r"[\dA-Z]", frame.noun_phrase)
        and words[0] not in DEFINITE
        and words[0] not in ("a", "an")
    )


def _owners_grid(frame: Frame) -> bool:
    """'the KEGOC grid', 'the Karaganda grid': a grid named by the one company or place it belongs to is
    the power system that is there."""
    return bool(frame.name and _ONE_WORD_GRID.fullmatch(frame.name))


def _the_system(sentence: str, frame: Frame, ref: Reference) -> bool:
    """'connected its plant to Uzbekistan's grid', 'the modernisation of Kazakhstan's ageing power grid',
    'grid upgrades': the power system that is there, not a project."""
    before, after = sentence[: frame.np_start], sentence[frame.head_end :]
    owner = _cues(ref, "network_owner").search(sentence[: frame.head_start])
    national = owner is not None and (
        owner["owner"] is None or fold(owner["owner"]) in ref.country_by_surface
    )
    return bool(
        national or _cues(ref, "network_link").search(before) or _cues(ref, "network_work").match(after)
    )


_CUE_CONTEXTS = {  # where the cue words of `cues.csv` stand around a facility noun
    "figurative_before": r"{figurative_before}\s+$",  # 'the project pipeline'
    "figurative_of": r"^\s+of\s+(?:\w+\s+){{0,2}}{figurative_of}",  # 'a pipeline of energy projects'
    "part": (  # 'a wind farm with a (100 MW /) storage system', '..., including a substation'
        r"^[\s,]*{part_list}\s*$"
        r"|^(?:(?!, and |;)[^.])*{part_with}(?:\s+an?)?(?:\s+[\d.,]+\s*[kMG]Wh?\s*/\s*[\d,]*)?\s*$"
        r"|{part_whole}[^.;]*$"
    ),
    "no_facility_phrase": r"\b(?:{no_facility_phrase})$",  # ending at a facility noun: 'a ball mill'
    "part_modifier": r"{part_modifier}",  # 'and a supporting 220 kV substation'
    "grounds": r"^\s+{grounds}",  # 'in the IT Park area'
    "feed_source": (  # 'brown coal of the Angren deposit', 'salt for the plant will come from the X deposit'
        r"{feed_source}\s+(?:of|(?:[^.;]{{0,40}}\s)?(?:from|supplied by))\s+(?:the\s+)?$"
    ),
    "own_output": (  # 'It produces gas from the Kyzyloi field': its own field, not a plant's feed
        r"{production_verb}\s+(?:[\w-]+\s+){{0,2}}?{feed_source}\s+(?:from|at)\s+(?:the\s+|its\s+)?$"
    ),
    "landmark": r"{landmark}\s+(?:the\s+)?$",  # 'next to the Navoiyazot complex'
    "head_as_modifier": r"^\s+{head_as_modifier}\b",  # 'the grid operator', 'grid connection costs'
    "other_station": r"\b{other_station}\s+$",  # 'the railway station', 'a bus station'
    "reporting": (  # 'The X complex (of oil refineries) published the news': a body
        r"^(?:\s+of(?:\s+[\w-]+){{1,3}})?\s+(?:has\s+|have\s+)?{reporting}\b"
    ),
    "network_work": r"^\s+{network_work}\b",  # 'grid upgrades': work on the system
    "network_owner": (  # "Kazakhstan's ageing power grid", 'the national grid': a country's system
        r"(?:{national_owner}|\b(?P<owner>(?-i:[A-Z])[\w-]+)'s)\s+(?:[\w-]+\s+){{0,2}}$"
    ),
    "network_link": (  # 'connected its plant to Uzbekistan's grid', 'feeds the grid': the grid that is
        r"\b{network_link}\b(?:[^.;]{{0,80}}?\b(?:to|into|onto|with|from))?\s+(?:the\s+|its\s+|their\s+|[\w-]+'s\s+)?$"
    ),
    "flows_through": (  # 'fed into the grid through a ', 'to come through a 40 km line from the '
        r"\b(?:{network_link}|{power_flow})\b[^.;]{{0,80}}?\b(?:through|via)\s+(?:an?\s+|the\s+|its\s+)?"
        r"(?:[^.;]{{0,60}}\s+(?:and|to|from)\s+(?:an?\s+|the\s+)?)?$"
    ),
    "power_outlet": r"{power_outlet}",  # 'To evacuate the power, ...'
    "plant_substation": r"{plant_substation}",  # 'a 220/35 kV step-up substation'
    "to_the_grid": (  # '86 km of overhead line to the KEGOC grid'
        r"^\s+to\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?(?:" + "|".join(NETWORK_HEADS) + r")\b"
    ),
    "connect_purpose": (  # 'To connect the farm', 'connecting the new mine': its head comes next
        r"\b{connect_purpose}\s+(?:the\s+|its\s+|this\s+|their\s+)?(?:new\s+|future\s+)?"
    ),
    # 'The project(, signed in May,)( in Mangystau region) envisages (the construction of) a'
    "provides_for": (
        r"^(?:\s*,[^,;]{{3,80}},)?(?:\s+in\s+[A-Z][^,;.]{{2,40}}?)?\s+(?:(?:will\s+)?{provides_for}|for)\s+"
        r"(?:(?:the\s+)?(?:construction|building|creation|establishment)\b[^.;]{{0,80}}?\bof\s+)?$"
    ),
}


def _with_elliptic_ordinals(sentence: str, frames: list[Frame]) -> list[Frame]:
    """'The first gas processing plant ... was completed in 2009, and the second, able to process 9 bcm,
    ...': an ordinal standing for the noun of 'the first X' before it is another X."""
    first = next((f for f in frames if _FIRST.match(f.noun_phrase) and not f.plural), None)
    if first is None:
        return _counted_ordinals(sentence, frames)
    added = [_ordinal_frame(first, match) for match in _ELLIPTIC_ORDINAL.finditer(sentence, first.head_end)]
    return sorted(frames + added, key=lambda f: f.head_start)


def _ordinal_frame(like: Frame, ordinal: re.Match[str]) -> Frame:
    """'the second' standing for one facility of the noun and kind of `like`."""
    return replace(
        like,
        head_start=ordinal.start("ordinal"),
        head_end=ordinal.end("ordinal"),
        np_start=ordinal.start(),
        span_end=ordinal.end("ordinal"),
        noun_phrase=f"{ordinal.group(0)} {like.head_word}",
        name=None,
        names=(),
        plural=False,
        count=None,
        statistics=False,  # 'two gas plants: the first ..., the second ...': each one a facility
    )


def _counted_ordinals(sentence: str, frames: list[Frame]) -> list[Frame]:
    """'CNPC operates two gas processing plants there: the first, near Samandepe, with 5 bcm a year, and
    the second, with 9 bcm': one facility per ordinal that counts off a counted plural right after it; the
    plural sums them up."""
    for i, plural in enumerate(frames):
        if not (plural.plural and plural.count and plural.project_type):
            continue
        ordinals = list(_ELLIPTIC_ORDINAL.finditer(sentence, plural.head_end))
        if len(ordinals) != plural.count or ordinals[0].start() - plural.head_end > _LEAD_IN_REACH:
            continue
        items = [_ordinal_frame(plural, match) for match in ordinals]
        rest = [*frames[:i], replace(plural, statistics=True), *frames[i + 1 :]]
        return sorted(rest + items, key=lambda f: f.head_start)
    return frames


def _listed_after_colon(sentence: str, frames: list[Frame]) -> list[Frame]:
    """'three solar plants went into operation: A's 100 MW station in X, a 135 MW plant in Y and the
    Sherabad station': the counted plural sums up the facilities listed after the colon, which are the
    projects and take its kind."""
    for i, plural in enumerate(frames):
        colon = sentence.find(":", plural.head_end)
        items = [f for f in frames[i + 1 :] if colon >= 0 and f.np_start > colon]
        if not (plural.plural and plural.count and 0 <= colon - plural.head_end <= _LEAD_IN_REACH):
            continue
        if len(items) < 2 or any(f.project_type not in (None, plural.project_type) for f in items):
            continue
        before = [f for f in frames[i + 1 :] if f.np_start <= colon]
        typed = [replace(f, project_type=plural.project_type) for f in items]
        return [*frames[:i], replace(plural, statistics=True), *before, *typed]
    return frames


def _without_connections(sentence: str, frames: list[Frame], ref: Reference) -> list[Frame]:
    """Lines and substations built to connect or supply another facility are that facility's part, not
    projects of the sentence."""
    served = _served_by(sentence, frames, ref)
    return [f for f in frames if f not in served and not _plant_connection(sentence, f, ref)]


def _served_by(sentence: str, frames: list[Frame], ref: Reference) -> list[Frame]:
    """'a 110 kV substation and a 25 km line connecting the mine to the grid', 'To connect the farm, KEGOC
    built a line to its Ayagoz substation', 'a 38 km gas pipeline to supply the complex': the lines (and a
    pipeline of another kind) built for the facility named after the purpose."""
    purpose = _cues(ref, "connect_purpose").search(sentence)
    if purpose is None:
        return []
    served = head_pattern(ref).search(sentence, purpose.end(), purpose.end() + _SERVED_REACH)
    kind = ref.facility_terms["head"].get(singular(fold(served.group(0)))) if served else None
    if served is None or kind == "transmission":
        return []
    return [f for f in frames if f.project_type == "transmission" or (f.linear and f.project_type != kind)]


def _plant_connection(sentence: str, frame: Frame, ref: Reference) -> bool:
    """'connected to the grid via a 38 km line', 'To evacuate the power, ... a substation and a 14 km
    line', '86 km of overhead line to the KEGOC grid', 'a 220/35 kV step-up substation': the line or
    substation a plant's power leaves by (a named one it is connected through, 'the Sherabad substation
    commissioned last year', is a facility of its own)."""
    if frame.project_type != "transmission":
        return False
    before, after = sentence[: frame.np_start], sentence[frame.head_end :]
    outlet = (
        _cues(ref, "flows_through").search(before)
        or _cues(ref, "power_outlet").search(sentence)
        or _cues(ref, "to_the_grid").match(after)
    )
    told_of = frame.name and _TOLD_OF_AFTER.match(after)  # 'the Sherabad substation commissioned last year'
    return bool((outlet and not told_of) or _cues(ref, "plant_substation").search(frame.noun_phrase))


def _cues(ref: Reference, context: str) -> re.Pattern[str]:
    """The cue words of one context, in their place around a facility noun."""

    def build() -> str:
        shape = _CUE_CONTEXTS[context]
        words = {name: ref.cue_pattern(name).pattern for name in re.findall(r"\{(\w+)\}", shape)}
        return shape.format(**words)

    return ref.compiled(f"facility-context:{context}", build)


def _bare_conjunct(between: str, frame: Frame, previous: Frame) -> bool:
    """'the mine and concentrator': a noun with no words of its own joined to a facility of its kind is
    that facility's part."""
    same_kind = frame.project_type in (None, previous.project_type)
    alone = frame.np_start == frame.head_start and frame.name is None  # 'GRES-1' is a station of its own
    return bool(re.fullmatch(r"\s+and\s+", between)) and alone and same_kind


def _drop_nested(frames: list[Frame]) -> list[Frame]:
    """'power plant project' holds two heads: keep one frame per noun phrase, the outer one."""
    kept: list[Frame] = []
    for frame in frames:
        if (
            kept
            and frame.project_type is None
            and frame.np_start - kept[-1].head_end <= 1
            and kept[-1].project_type
        ):
            if frame.plural:  # 'five new railway projects': railways, counted
                kept[-1] = replace(kept[-1], plural=True)
            continue  # 'the polyethylene plant project': the typed inner head names it
        while kept and frame.np_start <= kept[-1].head_start and kept[-1].project_type == frame.project_type:
            kept.pop()
        kept.append(frame)
    return kept


def _with_span(frame: Frame, end: int) -> Frame:
    return replace(frame, span_end=end)


def _frames_at(sentence: str, head: re.Match[str], ref: Reference) -> list[Frame]:
    """One frame per project type the noun phrase names ('wind and solar power stations' gives two; a
    'hybrid' of them, one)."""
    tokens = noun_phrase_tokens(sentence, head.start(), ref)
    np_start = tokens[0][0] if tokens else head.start()
    words = [t for _, t in tokens]
    head_text = re.sub(r"-\d+$", "", head.group(0))  # 'CHP-2' is a CHP
    types = frame_types(words, head_text, sentence[head.end() :], ref)
    if any(fold(w) == _HYBRID for w in words):
        types = types[:1]  # 'a wind and solar hybrid power plant' is one plant
    if not types or (words and words[0].startswith(("(", "["))):
        return []  # '(thermal power plant)' glosses the abbreviation before it
    if _serves_as(sentence[:np_start], ref):
        return []  # 'works only as a heating boiler house': what a facility named before is used as
    if words and words[0] in ("No", "no") and not sentence[head.start() :].startswith("No."):
        return []  # 'No project in Central Asia has been seized': none spoken of
    if singular(fold(head_text)) in UNIT_HEADS and _many(words, ref):
        return []  # '1,200 units of machinery are working on the line': machines counted, no plant's units
    count = next((COUNT_WORDS[fold(w)] for w in words if fold(w) in COUNT_WORDS), None)
    plural = is_plural(head_text, ref) and not _one_installation(sentence, head, types, count)
    names, np_start = _names_of(sentence, head, np_start, words, count, ref) if plural else ((), np_start)
    first = fold(words[0]) if words else ""
    # 'the country's power grid', 'the company's mines': a possessive common noun points to something known
    definite = first in DEFINITE or (bool(words) and words[0].endswith("'s") and words[0][0].islower())
    definite = definite or (not words and _ACRONYM_OPENS.match(sentence[head.start() :]) is not None)
    shape = {
        "noun_phrase": sentence[np_start : head.end()],
        "name": _name_at(sentence, head, tokens, bool(names), ref),
        "plural": plural,
        "count": len(names) or count,
        "definite": definite,
        "descriptive": is_descriptive(sentence, np_start, head.end(), words),
        "names": names,
        "bare": is_bare(words, ref) and not purpose_match(sentence[head.end() :], ref),
        "generic": ref.typeless_heads.get(singular(fold(head_text))) == "any",
        "statistics": plural and not names and _counted_in_general(words, sentence[:np_start], ref),
        "product": _product(words + purpose_words(sentence[head.end() :], ref), ref),
    }
    np_start, shape = _named_one_of(sentence, np_start, head_text, shape, ref)
    shape = _named_before_by_apposition(sentence, np_start, head_text, shape)
    return [Frame(head.start(), head.end(), np_start, head.end(), t, **shape) for t in types]


def _one_installation(sentence: str, head: re.Match[str], types: list[str | None], count: int | None) -> bool:
    """'gas treatment facilities with a capacity of 10 billion cubic metres': uncounted facilities of a known
    kind sized by one figure are one installation."""
    sized = _ONE_CAPACITY_AFTER.match(sentence, head.end()) is not None
    return sized and None not in types and count is None and fold(head.group(0)) == "facilities"


def _serves_as(before: str, ref: Reference) -> bool:
    """'... works only as a heating boiler house', 'will act as a pumped storage plant': the phrase says
    what the subject is used as (`serves_as` cues), not a facility of its own."""
    used = ref.compiled(
        "serves_as_before",
        lambda: rf"\b(?:{ref.cue_pattern('serves_as').pattern})\s+as\s+$",
    )
    return bool(used.search(before))


def _names_of(
    sentence: str, head: re.Match[str], np_start: int, words: list[str], count: int | None, ref: Reference
) -> tuple[tuple[str, ...], int]:
    """The names a plural lists before its noun, with where its phrase then starts ('the Ereymentau,
    Kordai and Zhuzimdyk wind farms'), or sets after it ('two copper mines, Aktogay and Bozshakol')."""
    names = coordinated_names(sentence[:np_start], words, head.group(0), ref)
    if not names:
        return apposed_names(sentence[head.end() :], words, count, head.group(0), ref), np_start
    listed_from = sentence.rfind(names[0].split()[0], 0, head.start())  # its own first name
    if listed_from < 0:
        return names, np_start
    sized = _sized_before(ref).search(
        sentence, 0, listed_from
    )  # 'the 150 MW Fergana and 200 MW Namangan ...'
    return names, sized.start() if sized else listed_from


def _sized_before(ref: Reference) -> re.Pattern[str]:
    return ref.compiled("sized_before", lambda: rf"{item_size(ref).pattern}\s+$", flags=0)


def _counted_in_general(words: list[str], before: str, ref: Reference) -> bool:
    """A plural that counts facilities in general: a place's, many, a company's holdings, a kind's
    capacity ('Uzbekistan's nine hydropower plants'); not one whose projects it names."""
    return (
        _place_statistics(words, ref)
        or _many(words, ref)
        or _holdings(words, before)
        or _capacity_of_a_kind(words, before)
    )


def _name_at(
    sentence: str, head: re.Match[str], tokens: list[tuple[int, str]], listed: bool, ref: Reference
) -> str | None:
    """The facility's name: a route or quoted name after its noun, capitalised words before it, or the
    numbered abbreviation it is ('CHP-3')."""
    name = (
        _route_after(sentence, head, ref)
        or _quoted_after(sentence, head)
        or (proper_name(tokens, head.group(0), ref) if not listed and not shouted(sentence) else None)
        or designator(head.group(0))
    )
    number = _NUMBER_AFTER.match(sentence, head.end())  # 'Combined Heat and Power Plant No. 2'
    if number is None or not head.group(0)[0].isupper():
        return name
    capitalised = [t for _, t in itertools.takewhile(lambda tok: tok[1][:1].isupper(), reversed(tokens))]
    return f"{name or ' '.join([*reversed(capitalised), head.group(0)])} No. {number['n']}"


def ordinal(phrase: str) -> str | None:
    """'the third gas processing plant': the rank a phrase gives its facility among others of its kind (not
    'the world's second largest gas field', 'a third-generation reactor')."""
    found = _ORDINAL_WORD.search(phrase)
    return found.group(0).lower() if found and not _NOT_A_RANK.match(phrase, found.end()) else None


def designator(phrase: str) -> str | None:
    """'CHP-3', 'GRES-1': the numbered abbreviation a city's station is known by, a name of its own."""
    found = _DESIGNATOR.search(phrase)
    return found.group(0) if found else None


def _route_after(sentence: str, head: re.Match[str], ref: Reference) -> str | None:
    """'the 500 kV line Ekibastuz – Semey – Oskemen': a line named by the route written after it (a stop
    may be a facility of the terms' abbreviations: 'Shulbinsk HPP')."""
    if singular(fold(head.group(0))) not in LINEAR_HEADS:
        return None
    route = _route_pattern(ref).match(sentence[head.end() :])
    return f"{route['route']} {head.group(0)}" if route else None


def _quoted_after(sentence: str, head: re.Match[str]) -> str | None:
    """'the wind power plant "Kaskasu"', 'HPP "Kambarata-1"': a name in quotes right after the facility noun,
    as news translated from Russian writes it."""
    quoted = _QUOTED_NAME.match(sentence[head.end() :])
    return f"{quoted['name']} {head.group(0)}" if quoted else None


def _route_pattern(ref: Reference) -> re.Pattern[str]:
    def build() -> str:
        heads = ref.tables["facility_terms"].query("kind == 'head'").term
        stop = rf"[A-Z][\w'-]+(?: (?:{'|'.join(t for t in heads if t.isupper())}))?"
        return rf"^\s+(?P<route>{stop}(?:\s*[-\u2013\u2014]\s*{stop})+)"

    return ref.compiled("route_after", build, flags=0)


def _named_one_of(
    sentence: str, np_start: int, head_text: str, shape: dict, ref: Reference
) -> tuple[int, dict]:
    """'Boguty, one of the world's largest tungsten deposits': one facility, named, not a plural. Unnamed
    ('to build one of the largest smelters in Pavlodar region') it is one facility all the same, unless
    counted among others ('one of the region's nine plants')."""
    one_of = _ONE_OF.search(sentence[:np_start]) if shape["plural"] else None
    if one_of is None:
        unnamed = shape["plural"] and not shape["count"] and _ONE_OF_UNNAMED.search(sentence[:np_start])
        return np_start, (shape | {"plural": False, "statistics": False} if unnamed else shape)
    name = fold(one_of["name"])
    sited = _SITE_BEFORE.search(sentence[: one_of.start("name")])  # 'the refinery in Shymkent, one of ...'
    if sited or name in ref.country_by_surface or name in ref.organisation_by_alias:
        return np_start, shape  # 'Kazakhstan, one of the largest producers ...'
    named = f"{one_of['name']} {singular(fold(head_text))}"
    start = one_of.start("name")
    phrase = sentence[start:np_start] + shape["noun_phrase"]
    return start, shape | {"name": named, "noun_phrase": phrase, "plural": False, "descriptive": False}


def _named_before_by_apposition(sentence: str, np_start: int, head_text: str, shape: dict) -> dict:
    """'Sangtuda-2, a 220-megawatt station built by Farab', 'Kambarata-1, a 1,860 MW plant',
    'Atasu-Alashankou, the 962km pipeline': an indefinite facility phrase set after a numbered name, or a
    line's phrase after a route or an abbreviation, is that name's facility."""
    linear = singular(fold(head_text)) in LINEAR_HEADS
    article = r"(?:an?|the)\s" if linear else r"an?\s"  # 'Dushanbe-2, the heat and power plant' describes it
    if shape["name"] or shape["plural"] or not re.match(article, sentence[np_start:], re.I):
        return shape
    apposed = (_ROUTE_APPOSED if linear else _NUMBERED_APPOSED).search(sentence, 0, np_start)
    if apposed is None:
        return shape
    return shape | {"name": f"{apposed['name']} {singular(fold(head_text))}", "descriptive": False}


def _product(words: list[str], ref: Reference) -> str | None:
    """The product the phrase names ('the road-bitumen plant', 'a copper smelter'), from `facility_terms.csv`
    (kind output)."""
    outputs = ref.facility_terms.get("output", {})
    return next((part for w in words for part in fold(w).split("-") if part in outputs), None)


def _many(words: list[str], ref: Reference) -> bool:
    """'147 renewable energy facilities' (not 'three 200 MW plants'): a count no news gives of one
    project's plants."""
    return any(
        re.fullmatch(r"\d[\d,]*", word)
        and int(word.replace(",", "")) > _MAX_PROJECT_PLANTS
        and fold(following.split("/")[0]) not in ref.units
        for word, following in zip(words, [*words[1:], ""], strict=False)
    )


_CAPACITY_OF_BEFORE = re.compile(r"\bcapacit(?:y|ies)\s+of\s+(?:all\s+)?$", re.I)


def _holdings(words: list[str], before: str) -> bool:
    """'its main smelters', 'their plants' (not 'its two new wind farms'): what a company has, told in
    general."""
    possessive = _POSSESSIVE_BEFORE.search(before) or (words and fold(words[0]) in ("its", "their"))
    return bool(possessive) and not any(
        fold(w) in COUNT_WORDS or w[:1].isdigit() or _NEW.search(w) for w in words
    )


def _capacity_of_a_kind(words: list[str], before: str) -> bool:
    """'the installed capacity of wind farms in Uzbekistan has reached 2.2 GW' (not 'the capacity of the two
    plants'): the size of a kind of facility, uncounted, is a statistic."""
    counted = any(fold(w) in COUNT_WORDS or w[:1].isdigit() for w in words)
    return bool(_CAPACITY_OF_BEFORE.search(before)) and not counted and fold(words[0]) not in ("the", "its")


def _place_statistics(words: list[str], ref: Reference) -> bool:
    """'Uzbekistan's nine hydropower plants': a place's facilities, not new ones ('Kazakhstan's two new
    wind farms')."""
    place = fold(words[0][:-2]) if words and words[0].endswith("'s") else None
    known = ref.country_by_surface.keys() | ref.regions_by_surface.keys() | ref.localities_by_surface.keys()
    return place in known and not _NEW.search(" ".join(words))


def has_route(after: str) -> bool:
    """'lines connecting northern and southern Kazakhstan': a linear project named by its ends."""
    return bool(_ROUTE.match(after))

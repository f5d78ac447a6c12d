"""Facility ↔ status: the status cue of the facility's own clause, nearest first (GEM's vocabulary)."""

from __future__ import annotations

import re
from datetime import date

from pipelines.domain.extract.annotate.cues import (
    LATER_ORDINAL,
    LIFE_CYCLE,
    Cue,
    clause_bounds,
    opens_list,
)
from pipelines.domain.extract.doc import SentenceDoc
from pipelines.domain.extract.facts import ProjectMention
from pipelines.domain.extract.link.discourse import ORG_NOUNS, Discourse
from pipelines.domain.extract.parse import A_YEAR, is_list_item

# A report's status when two cues stand equally near: the stronger claim first.
PRIORITY = [
    "cancelled",
    "shelved",
    "mothballed",
    "retired",
    "construction",
    "operating",
    "pre-construction",
    "announced",
]
_PHASE_OF = re.compile(
    rf"\b{LATER_ORDINAL}\s+(?:stage|phase)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,4}}"
    r"(?:the\s+)?(?:\w+\s*)?$",
    re.I,
)
_RELATIVE_BEFORE = re.compile(r"\s*,?\s*(?:that|which)\s+(?:is|are|was|were|has been|have been)?\s*$", re.I)
_RELATIVE_REACH_BACK = 60  # characters before a status verb where 'the company which' stands
_COMPANY_WHICH = re.compile(  # 'the same company which (has) built'
    rf"\b{ORG_NOUNS}\s+(?:which|that|who)\s+(?:has\s+|have\s+|had\s+|also\s+|already\s+)*$", re.I
)
_ASIDE_OPENING = re.compile(r",\s+(?:which|who)\s+[^,]*$")  # ', which has built several ...'
_RELATIVE_REACH = 2  # characters between a facility phrase and the relative pronoun after it
GOVERNING_REACH = 3  # characters between a status verb and the facility phrase it governs ('building a')
_CONJUNCTION_REACH = 6  # ', and ' before a clause
_OBJECT_CONJUNCT = re.compile(  # a noun phrase with no verb of its own
    r"^(?:the|a|an|its|their)\s(?:(?!\b(?:will|would|is|are|was|were|has|have|had|be|been|to)\b)[^;])*$", re.I
)
_TASK_REACH = 60  # characters of task words between a deal and the facility it covers
_TASK_GLUE = re.compile(r"(?:\s|,|\b(?:for|on|of|the|a|an|its|their|and)\b)*", re.I)
_TASK_CUES = ("deal_task", "upgrade_work")  # 'the design and construction of', 'the reconstruction of'
# How far along the life cycle a status is; statuses off the cycle rank 0.
STAGE = {status: rank for rank, status in enumerate(LIFE_CYCLE, 1)}


def _leads_to(sentence: SentenceDoc, cue: Cue, start: int) -> bool:
    """'signed an EPC contract for the construction of a 21 MW plant': the words between the cue and the
    facility only say what the deal covers, so the cue governs it."""
    if not 0 <= start - cue.end <= _TASK_REACH:
        return False
    tasks = [c for kind in _TASK_CUES for c in sentence.cue(kind) if cue.end <= c.start and c.end <= start]
    between = list(sentence.text[cue.end : start])
    for task in tasks:  # task words blanked: what is left must be glue
        between[task.start - cue.end : task.end - cue.end] = " " * (task.end - task.start)
    return bool(_TASK_GLUE.fullmatch("".join(between)))


def status_near(cues: list[Cue], start: int, end: int, sentence: str | None = None) -> str | None:
    """The status of the cue nearest to a facility mention at [start, end), within the mention's clause
    when the sentence is given ('it completed X, and it is studying Y': X's verb says nothing of Y)."""
    if sentence is not None:
        low, high = clause_bounds(sentence, start)
        if _verbless_conjunct(sentence, low, high):
            low = clause_bounds(sentence, max(0, low - _CONJUNCTION_REACH))[0]
        cues = [c for c in cues if low <= c.start < high]
    if not cues:
        return None
    endings = [c for c in cues if c.value not in STAGE]
    if endings:
        cues = endings  # 'gave up its plan to build X': an ending governs the clause
    told_in_order = _where_the_story_ends(cues)
    if told_in_order:
        return told_in_order

    def distance(cue: Cue) -> tuple[int, int]:
        gap = max(start - cue.end, cue.start - end, 0)
        return gap, PRIORITY.index(cue.value)

    return min(cues, key=distance).value


def _where_the_story_ends(cues: list[Cue]) -> str | None:
    """'Construction began in July 2022, all 25 turbines are connected to the network': stages told in the
    order they came; the last, furthest along, is where the facility stands."""
    stages = sorted((c for c in cues if c.value in STAGE), key=lambda c: c.start)
    if len({c.value for c in stages}) < 2 or any(STAGE[c.value] > STAGE[stages[-1].value] for c in stages):
        return None
    return stages[-1].value


def _verbless_conjunct(sentence: str, low: int, high: int) -> bool:
    """'completed the Dehkanabad plant in 2010, and the Kungrad soda plant in 2015': a second object of the
    verb before, not a clause of its own."""
    joined = sentence[:low].rstrip().endswith("and") and low > 0
    return joined and _OBJECT_CONJUNCT.match(sentence[low:high]) is not None


def speaks_of_a_phase(before: str) -> bool:
    """'The second stage of (the development of) the ...' just before a facility: what follows is the
    stage's news (the first stage's is the facility's own: what was built first is what stands)."""
    return bool(_PHASE_OF.search(before))


def set_status(mention: ProjectMention, start: int, end: int, discourse: Discourse) -> None:
    """The status stated for a mention at [start, end); a list item ('These include ...') inherits the
    status of the sentence that opened the list."""
    sentence = mention.sentence
    if speaks_of_a_phase(sentence.text[: mention.head_start]):
        return  # 'The first stage of the field was commissioned in 2013': the stage's news, not the field's
    cues = [
        c
        for c in sentence.cue("status")
        if not (_in_org_aside(sentence, c, start) or _of_a_noun_after(sentence, c, mention.head_start))
    ]
    governing = [c for c in cues if 0 <= start - c.end <= GOVERNING_REACH or _leads_to(sentence, c, start)]
    # 'CDOI is also building a 500 MW plant, which is expected to be completed in 2026': the verb governs
    status = governing[-1].value if governing else status_near(cues, start, end, sentence.text)
    if (
        status is None
        and (opens_list(sentence.text) or is_list_item(sentence.text))
        and discourse.previous_status
    ):
        status = discourse.previous_status
    if status:
        mention.status, mention.status_basis = status, "stated"


_PARTY_WHICH = re.compile(r"\s*,?\s*(?:which|that|who)\s+(?:has\s+|have\s+|had\s+|also\s+|already\s+)*", re.I)


def deed_of_a_party(sentence: SentenceDoc, cue: Cue) -> bool:
    """'a subsidiary of PowerChina that built the access roads', 'the same company which built': a status
    verb of a relative clause describing an organisation tells what the organisation did."""
    text = sentence.text
    after_name = any(
        o.end <= cue.start and _PARTY_WHICH.fullmatch(text[o.end : cue.start]) for o in sentence.orgs
    )
    return after_name or bool(
        _COMPANY_WHICH.search(text[max(0, cue.start - _RELATIVE_REACH_BACK) : cue.start])
    )


def _in_org_aside(sentence: SentenceDoc, cue: Cue, start: int) -> bool:
    """'Universal Energy, which has already built several wind farms, will build a solar plant': a status in
    a relative clause of an organisation, closed by a comma before the facility at `start`, tells of that
    organisation's past ('TBEA, which built the Dushanbe-2 plant, ...' still tells the plant's)."""
    text = sentence.text
    if start < cue.start and deed_of_a_party(sentence, cue):
        return True  # 'Investor of the project is X, the same company which built line Datka - Kemin'
    opening = _ASIDE_OPENING.search(text, 0, cue.start)
    return (
        opening is not None
        and "," in text[cue.end : start]
        and any(org.end == opening.start() for org in sentence.orgs)
    )


def set_reference_status(mention: ProjectMention) -> None:
    """A reference's status: the cue of its clause nearest to where it points back."""
    sentence = mention.sentence
    if speaks_of_a_phase(sentence.text[: mention.head_start]):
        return
    status = status_near(_own_cues(sentence), mention.head_start, mention.head_start + 1, sentence.text)
    if status:
        mention.status, mention.status_basis = status, "stated"


def _own_cues(sentence: SentenceDoc, start: int = 0) -> list[Cue]:
    """The sentence's status cues less those a relative clause gives another facility phrase, or an
    organisation named before the facility at `start`."""
    return [
        c
        for c in sentence.cue("status")
        if not (
            _of_another_facility(sentence, c)
            or _in_org_aside(sentence, c, start)
            or _of_a_noun_after(sentence, c, start)
        )
    ]


_NOUN_BEFORE_RELATIVE = re.compile(  # 'coal from the Kara-Keche mine' before ', which is operated by'
    r"\b(?:from|of|at|near|by|with|to|into)\s+(?:the\s+|its\s+|a\s+)?[\w-]+(?:\s+[\w-]+){0,3}$"
)


_PLACE_TAIL = re.compile(
    r"\s*(?:region|district|oblast|province|etrap|velayat|viloyat|city|county)?\s*", re.I
)


def _of_a_noun_after(sentence: SentenceDoc, cue: Cue, start: int) -> bool:
    """'The plant would burn coal from the Kara-Keche mine, which is operated by the state company': a
    relative clause after a noun that follows the facility at `start` tells that noun's status."""
    relative = _RELATIVE_BEFORE.search(sentence.text, 0, cue.start)
    if relative is None or relative.start() <= start or "," in sentence.text[start : relative.start()]:
        return False  # 'the Aktogay mine, also in the east of the country, which now produces': the mine's
    noun = _NOUN_BEFORE_RELATIVE.search(sentence.text, start, relative.start())
    if noun is None:
        return False
    # 'plants ... in the Nurabad district of Samarkand region, which are under construction': a place
    return not any(
        noun.start() <= p.start and _PLACE_TAIL.fullmatch(sentence.text, p.end, relative.start())
        for p in sentence.places
    )


def _of_another_facility(sentence: SentenceDoc, cue: Cue) -> bool:
    """'It will balance the solar and wind plants that are being built in the country': a relative clause
    of another facility phrase tells that facility's status."""
    relative = _RELATIVE_BEFORE.search(sentence.text[: cue.start])
    return bool(relative) and any(
        0 <= relative.start() - f.head_end <= _RELATIVE_REACH for f in sentence.facilities
    )


def share_sentence_status(mentions: list[ProjectMention]) -> None:
    """'All 79 turbines are now connected to the grid; the plant will generate ...': a sentence that speaks
    of one project only states its status in any of its clauses, the furthest along the life cycle."""
    if not mentions or len({m.root for m in mentions}) != 1:
        return
    sentence = mentions[0].sentence
    status = status_near(_own_cues(sentence, min(m.head_start for m in mentions)), 0, len(sentence.text))
    for mention in mentions:
        if status and mention.status_basis == "default":
            mention.status, mention.status_basis = status, "stated"
            continue
        further = _further_clause_status(sentence, mention)
        if further:
            mention.status = further  # "signed in January, and construction started in June"


def _further_clause_status(sentence: SentenceDoc, mention: ProjectMention) -> str | None:
    """A stage further along the life cycle that another clause of the sentence states."""
    low, high = clause_bounds(sentence.text, mention.head_start)
    others = [c.value for c in _own_cues(sentence) if c.value in STAGE and not low <= c.start < high]
    furthest = max(others, key=STAGE.__getitem__, default=None)
    beyond = furthest and mention.status in STAGE and STAGE[furthest] > STAGE[mention.status]
    return furthest if beyond else None


def remember_status(sentence: SentenceDoc, discourse: Discourse) -> None:
    """The status a sentence states, for a list that follows it (an item's own status is not the next
    item's: '- A: all turbines connected. - B: same size as A.')."""
    cues = sentence.cue("status")
    opening = next(s for s in discourse.doc.sentences if s.paragraph == sentence.paragraph)
    if sentence.text.rstrip().endswith("?"):
        discourse.previous_status = None  # '- What about regional projects?': an interview's question
    elif not is_list_item(opening.text) or sentence.text.rstrip().endswith(":"):
        # a lead-in ('The following facilities were put into operation today:') passes on its status or none
        discourse.previous_status = status_near(cues, 0, len(sentence.text)) if cues else None


def works_before_history(mentions: list[ProjectMention]) -> None:
    """'Sinopec was awarded a contract to revamp the Seidi refinery ... Commissioned in 1991, the plant has
    run at a third of its capacity': where an article reports works on a facility (an upgrade contracted or
    under way), its running before them is history, not the status of the project reported."""
    works = {
        m.root
        for m in mentions
        if m.status in ("pre-construction", "construction") and m.status_basis == "stated" and _about_works(m)
    }
    for mention in mentions:
        if mention.root in works and mention.status == "operating":
            mention.status, mention.status_basis = "announced", "default"


ENDING_HISTORY_YEARS = 10  # an ending dated this many years or more before the article is history


def endings_long_past(mentions: list[ProjectMention], published: date | None) -> None:
    """'The site was studied in the 1980s; the work was abandoned in 1991' in a 2023 profile of the planned
    plant: an ending told of years long before the article is the project's history when the article
    states a stage of it not so dated; alone, it still stands ('suspended in 2010 and never resumed')."""
    if published is None:
        return
    stated = [(m, _long_past(m, published)) for m in mentions if m.status_basis == "stated"]
    staged = {m.root for m, past in stated if m.status in STAGE and not past}
    for mention, past in stated:
        if past and mention.root in staged and mention.status not in STAGE:
            mention.status, mention.status_basis = "announced", "default"


def _long_past(mention: ProjectMention, published: date) -> bool:
    """The mention's sentence dates what it tells, every year of it long before the article."""
    years = [int(y) for y in A_YEAR.findall(mention.sentence.text)]
    return bool(years) and max(years) <= published.year - ENDING_HISTORY_YEARS


def _about_works(mention: ProjectMention) -> bool:
    """The mention's clause speaks of upgrade works ('to modernise', 'the reconstruction of')."""
    low, high = clause_bounds(mention.sentence.text, mention.head_start)
    return any(low <= cue.start < high for cue in mention.sentence.cue("upgrade_work"))

"""Cue words of a sentence (`cues.csv`): status phrases (future tense read as announced), investment,
anaphor; and the clause structure they are read within."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipelines.domain.extract.parse import A_YEAR
from pipelines.domain.reference import Reference

# the ordinal of a phase or part: 'the first 500 MW', 'a later stage', 'the remaining units'
LATER_ORDINAL = r"(?:second|third|next|later|final|remaining|last)"  # 'the second stage of the field'
FIRST_ORDINAL = r"(?:first|initial|1st)"
PHASE_ORDINAL = rf"(?:{FIRST_ORDINAL}|{LATER_ORDINAL})"
_FUTURE = re.compile(
    r"\b(?:will|shall|would|could|to be|is to|are to|planned to|plans? to|planning to|expected to|"
    r"scheduled to|expects?(?: to)?|anticipates?|hopes? to|to ensure|ensure|instructed to|"
    r"set to|aims? to|intends? to|going to|should|due to|is to be|are to be|once|when|after|until|"
    # 'will be (designed, ) built and operated': participles joined before the cue
    r"before|if)\s+(?:\w+\s+){0,2}(?:\w+(?:ed|en|lt),\s+)*(?:\w+\s+(?:and|or)\s+)?$",
    re.I,
)
# the life cycle's statuses, in order; the other statuses end it (cancelled, shelved, mothballed, retired)
LIFE_CYCLE = ("announced", "pre-construction", "construction", "operating")
_WHOSE_CLAUSE = re.compile(r",\s+whose\b[^,;]*,")  # ', whose first unit was launched in 2019,'
# ', which was suspended in March 2021 after protests, ': an ending told in a relative clause
_PLUPERFECT = re.compile(r"\bhad\b")
# also in the past perfect: ', which had stalled for years after ..., resumed'
_RELATIVE_OPENING = re.compile(
    r",\s+(?:which|that)\s+(?:(?:had|has)\s+(?:(?:long|already|\w+ly)\s+)?(?:been\s+)?|(?:was|were)\s+)(?:\w+\s+)?$"
)
# 'has not yet started construction', 'is yet to be commissioned': what has not happened is no status
_NEGATED = re.compile(r"\b(?:not|never|yet to)\s+(?:yet\s+)?(?:be\s+|been\s+)?$", re.I)
_NEGATION_REACH = 20  # characters before a status verb where 'not yet' stands
_SUBORDINATE = re.compile(
    r"\b(?:once|after|until|before|as soon as|by the time|when)\s+"
    r"(?:the|its|this|it|they|all|both|each|these|those|their)\b"
    # the cue may carry the verb: 'once the complex is running'
    r"(?:\s+(?!(?:was|were|had)\b)[\w-]+){0,4}?(?:\s+(?:is|are|has been|have been)(?:\s+\w+)?)?\s+$",
    re.I,
)
_PAST = re.compile(r"(?:was|were|had)\b", re.I)  # 'after the smelter was launched in 2019': it was
# 'when TBEA finished the line', 'after Sinohydro completed the dam': a clause of time whose own subject
# does a past deed (not 'once completed', 'when finished': a passive with its subject left out)
_PAST_SUBORDINATE = re.compile(r"\b(?:when|after|once|until|before)\s+(?:[\w'-]+\s+){1,3}$", re.I)
_PAST_VERB = re.compile(r"[a-z]+ed\b")
_PLANNED_AFTER = re.compile(  # 'The commissioning of the station is scheduled for 2027'
    r"^(?:\s*(?:of\s+)?(?:(?:the|its)\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:(?:is|are)\s+)?(?:now\s+)?"
    r"(?:scheduled|planned|expected|due|slated|set)\b",
    re.I,
)
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:the|its)\s+(?:first|largest|biggest|only|second|third)\s+"
    r"(?:(?!(?:was|were|is|are|has|have|had|been|be|will)\b)[\w-]+\s+){0,4}$",
    re.I,
)
# ', built by X, ... will have': a participle set beside its noun while the clause it stands in is future
_FUTURE_MAIN_AFTER = re.compile(
    r"^[^;.]*?,\s+(?:will|would|shall|is\s+to|are\s+to|is\s+(?:expected|set|due)\s+to)\b", re.I
)
_DIRECTIVE_REACH = 100  # characters before a status verb where the directive that governs it stands
_APPOSED_BEFORE = re.compile(r"\w,\s*$")  # 'The refinery, built by X'
_DRAFT_BEFORE = re.compile(r"\bdraft\s+(?:[\w-]+\s+){0,2}$", re.I)  # 'a draft intergovernmental agreement'
_SUPERLATIVE_REACH = 80  # characters before a participle where 'the first ... ' stands
_BARE_PARTICIPLE = re.compile(r"[a-z]+ed|built|made", re.I)  # no auxiliary before it
_LOOKING_BACK = re.compile(r"\bhad\s+(?:been\s+|once\s+|already\s+)?(?:\w+\s+)?$", re.I)
_REPORTED = re.compile(r"\b(?:said|announced|reported|stated|confirmed|disclosed)\b[^.;]{0,40}$", re.I)
_CAPABILITY = re.compile(r"generates|produces|operates|has |consists", re.I)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|while|but|whereas)\s+", re.I)
_LIST_OPENER = re.compile(
    r"^(?:these|they|those|examples|among them|this|such projects)\b[^.]{0,20}"
    r"\b(?:include|includes|including|are|is)\b",
    re.I,
)


_TASK_REACH = 120  # characters before a status verb where 'scope of work' makes it a task

_WORK_AFTER = re.compile(r"[\w ]{0,20}?\bwork\b", re.I)  # 'stopped work', 'halted work'


@dataclass(frozen=True)
class Cue:
    """A cue phrase where it stands in the sentence; `value` is what it tells (a status, a role) or ''."""

    start: int
    end: int
    value: str


def _directive(ref: Reference) -> re.Pattern[str]:
    """'instructed the ministries to ensure that the PVC complex is ': what is ordered (`directive` cues),
    in its clause and told of nothing past, is not yet done."""
    return ref.compiled(
        "directive",
        lambda: rf"(?:{ref.cue_pattern('directive').pattern})(?:(?!\b(?:was|were|had)\b)[^.;]){{0,80}}$",
    )


def _apposed_in_a_future_clause(sentence: str, cue: Cue) -> bool:
    """'The refinery, built by Tianchen, will have a capacity of ...': what the plant will be built by, not
    that it was built."""
    main = _FUTURE_MAIN_AFTER.match(sentence[cue.end :])
    return bool(
        main
        and _BARE_PARTICIPLE.fullmatch(sentence[cue.start : cue.end])
        and _APPOSED_BEFORE.search(sentence, 0, cue.start)
        and not A_YEAR.search(main.group(0))  # ', commissioned at the X plant in 2021, will supply': done
    )


def find_status_cues(sentence: str, ref: Reference) -> list[Cue]:
    """Every status phrase, the longest where they overlap, future tense read as 'announced'."""
    found = [Cue(m.start(), m.end(), status) for m, status in valued_matches(sentence, ref, "status")]
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Cue] = []
    ended = _ended_contracts(sentence, ref) if found else []
    for cue in found:
        if (kept and cue.start < kept[-1].end) or within(cue.start, ended):
            continue  # overlapping; 'terminated the EPC contract with X': no signing, no ending
        if cue.value in LIFE_CYCLE[:2] and _looks_back(sentence[: cue.start]):
            continue  # 'three plants had been planned with Russia': what was, not a new report
        condition = _SUBORDINATE.search(sentence[max(0, cue.start - 50) : cue.start])
        if condition and not _PAST.match(sentence, cue.start):
            continue  # '2,500 jobs after the plant is put into operation': a condition, not where it stands
        if _NEGATED.search(sentence[max(0, cue.start - _NEGATION_REACH) : cue.start]):
            continue  # 'has not yet started construction'
        if ref.cue_pattern("task_scope").search(sentence[max(0, cue.start - _TASK_REACH) : cue.start]):
            continue  # 'Scope of work: design, ..., testing and commissioning of the wind farm': a task
        if _of_something_else(sentence, cue, ref):
            continue  # 'a tender launched by the ministry', 'opened a credit line', 'a study completed'
        claim = _SUPERLATIVE_BEFORE.search(sentence[max(0, cue.start - _SUPERLATIVE_REACH) : cue.start])
        if claim and _BARE_PARTICIPLE.fullmatch(sentence[cue.start : cue.end]):
            continue  # 'the first copper smelter built by a Chinese company': a claim, not where it stands
        future = (
            _FUTURE.search(sentence[max(0, cue.start - 40) : cue.start])
            or _directive(ref).search(sentence[max(0, cue.start - _DIRECTIVE_REACH) : cue.start])
            or _PLANNED_AFTER.match(sentence[cue.end :])
            or _apposed_in_a_future_clause(sentence, cue)
        )
        if cue.value == "pre-construction" and _DRAFT_BEFORE.search(sentence, 0, cue.start):
            cue = Cue(cue.start, cue.end, "announced")  # 'to prepare a draft agreement on the construction'
        if cue.value in LIFE_CYCLE[1:] and future and not _told_as_past(sentence, cue):
            if _CAPABILITY.match(sentence[cue.start : cue.end]):
                continue  # 'it will generate 1.7 billion kWh': what it can do, not where it stands
            cue = Cue(cue.start, cue.end, "announced")
        kept.append(cue)
    return _without_part_clauses(sentence, _without_past_endings(sentence, kept))


def _told_as_past(sentence: str, cue: Cue) -> bool:
    """'after the smelter was launched', 'when TBEA finished the line': a clause of time that says what
    was done (not 'when it is finished', 'once the plant is commissioned')."""
    if _PAST.match(sentence, cue.start):
        return True
    subordinate = _PAST_SUBORDINATE.search(sentence, max(0, cue.start - 40), cue.start)
    passive = re.search(r"\b(?:is|are|be|been|being|will|would)\s+$", sentence[: cue.start])
    return bool(subordinate and _PAST_VERB.match(sentence, cue.start) and not passive)


def _without_part_clauses(sentence: str, cues: list[Cue]) -> list[Cue]:
    """'The plant, whose dam has already been built, is under construction': what a 'whose' clause tells of
    a part is not where the facility stands when the sentence says so outside it."""
    parts = [(m.start(), m.end()) for m in _WHOSE_CLAUSE.finditer(sentence)]
    outside = [c for c in cues if not within(c.start, parts)]
    return outside if outside else cues


def _without_past_endings(sentence: str, cues: list[Cue]) -> list[Cue]:
    """'the Kumbel deposit, which was suspended in March 2021 after protests, has resumed': an ending told
    in a relative clause is the facility's past when the sentence says where it stands now, and always when
    told in the past perfect ('Construction, which had stalled for years, resumed in 2008')."""
    openings = {c: _RELATIVE_OPENING.search(sentence[: c.start]) for c in cues if c.value not in LIFE_CYCLE}
    past = [c for c, opening in openings.items() if opening]
    before_the_story = [c for c in past if _PLUPERFECT.search(openings[c].group(0))]  # 'which had stalled'
    now = any(c.value in LIFE_CYCLE for c in cues)
    return (
        [c for c in cues if c not in past] if past and now else [c for c in cues if c not in before_the_story]
    )


def _of_something_else(sentence: str, cue: Cue, ref: Reference) -> bool:
    """A status verb whose noun is no facility: 'a tender launched by', 'has opened a credit line of', 'a
    feasibility study completed last year', 'exploration of the limestone deposit completed', workers'
    work stopped."""
    noun = ref.cue_pattern("not_facility_object").pattern
    before = ref.compiled(
        "status-noun-before",
        lambda: (
            rf"\b(?:{noun})(?:\s+of(?:\s+[\w-]+){{1,4}}?)?(?:\s+\([^()]{{1,15}}\))?\s+"  # '(BFS)'
            r"(?:(?:was|were|has been|had been)\s+)?$"
        ),
    )
    after = ref.compiled(
        "status-noun-after", lambda: rf"^\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w'\u2019-]+\s+)?(?:{noun})\b"
    )
    if before.search(sentence[: cue.start]) or after.match(sentence[cue.end :]):
        return True
    return _strike(sentence, cue, ref)


def _strike(sentence: str, cue: Cue, ref: Reference) -> bool:
    """'About 300 workers of X, which develops the Y deposit, stopped work on Monday': people who down tools
    stop their own work, not the project."""
    if cue.value not in ("shelved", "mothballed") or not _WORK_AFTER.match(sentence, cue.start):
        return False
    people = ref.cue_pattern("workforce").pattern
    return bool(ref.compiled("workforce-before", lambda: rf"\b(?:{people})\b").search(sentence[: cue.start]))


def _ended_contracts(sentence: str, ref: Reference) -> list[tuple[int, int]]:
    """'Uzbekhydroenergo terminated the EPC contract with CWE', 'the construction contract was cancelled': an
    owner who ends its contract with a builder changes builders and the plant goes on (`ended_contract`
    cues); an agreement with the government or an auction winner's contract ended is the project's end."""
    contract = ref.cue_pattern("ended_contract").pattern
    pattern = ref.compiled(
        "ended-contract",
        lambda: (
            rf"\b(?:terminated|cancell?ed)\s+(?:the|its|their|a|an)\s+(?:{contract})"
            rf"|(?:{contract})(?:\s+with\s+[^,.;]{{1,60}}?)?\s+(?:was|were|has been|have been|had been)\s+"
            r"(?:terminated|cancell?ed)\b"
        ),
    )
    return [(m.start(), m.end()) for m in pattern.finditer(sentence)]


def clause_bounds(sentence: str, position: int) -> tuple[int, int]:
    """Bounds of the clause holding `position`: split at ';' and at ', and' / ', while' / ', but'."""
    bounds = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(sentence)]
    low = max((b_end for b_start, b_end in bounds if b_end <= position), default=0)
    high = min((b_start for b_start, _ in bounds if b_start >= position), default=len(sentence))
    return low, high


_CLAUSE_CLOSE = re.compile(r"[;\])]")


def retracted_stretches(sentence: str, ref: Reference) -> list[tuple[int, int]]:
    """'In our 17:40 post we wrote that the plant would have 1.5 GW', 'some media wrote two hundred': where
    the figures the text reports as wrongly written before stand, from the cue to its clause's end."""
    stretches = []
    for cue in ref.cue_pattern("retracted").finditer(sentence):
        close = _CLAUSE_CLOSE.search(sentence, cue.end())
        stretches.append((cue.end(), close.start() if close else len(sentence)))
    return stretches


def within(position: int, stretches: list[tuple[int, int]]) -> bool:
    """A position inside one of the stretches."""
    return any(low <= position < high for low, high in stretches)


def before_figure(ref: Reference, cue_type: str) -> re.Pattern[str]:
    """A cue of the type right before a figure, a word apart at most ('will process (about) ', 'draws ')."""
    return ref.compiled(
        f"{cue_type}_before_figure", lambda: rf"(?:{ref.cue_pattern(cue_type).pattern})\s+(?:\w+\s+)?$"
    )


def opens_list(sentence: str) -> bool:
    """'These include ...', 'Examples include ...': the sentence continues the previous one's statement."""
    return bool(_LIST_OPENER.match(sentence))


def find_cues(sentence: str, ref: Reference, cue_type: str) -> list[Cue]:
    """Every match of one cue type's patterns (`cues.csv`), with no value."""
    return [Cue(m.start(), m.end(), "") for m in ref.cue_pattern(cue_type).finditer(sentence)]


def find_valued_cues(sentence: str, ref: Reference, cue_type: str) -> list[Cue]:
    """Every match of one cue type's patterns, with the value its row gives (a project type, a role)."""
    found = [Cue(m.start(), m.end(), value) for m, value in valued_matches(sentence, ref, cue_type)]
    return sorted(found, key=lambda c: c.start)


def valued_matches(text: str, ref: Reference, cue_type: str) -> Iterator[tuple[re.Match[str], str]]:
    """Every match of one cue type's patterns, with its row's value."""
    for pattern, value in ref.cue_values(cue_type):
        for match in pattern.finditer(text):
            yield match, value


def _looks_back(before: str) -> bool:
    """'had been planned': a past before the news; not in reported speech ('said it had signed'), where
    the past perfect is the news itself."""
    back = _LOOKING_BACK.search(before)
    return bool(back) and not _REPORTED.search(before[: back.start()])

"""A later phase of a project is a project of its own: 'the third phase of the Galkynysh gas field',
'Shokpar Phase II', 'plans to build a second stage with two more furnaces'. Built, dated and financed
apart from what stands before it, it takes the figures, money and status its words give; the project it
extends keeps its own. A phase that already stands is the plant's history and joins it at the article's
end."""

from __future__ import annotations

import re

from pipelines.domain.extract.annotate.cues import Cue, clause_bounds
from pipelines.domain.extract.annotate.numbers import NUMBER_WORDS, ORDINAL_WORDS, ROMAN_NUMERALS
from pipelines.domain.extract.annotate.quantities import Quantity
from pipelines.domain.extract.doc import SentenceDoc
from pipelines.domain.extract.facts import Facts, ProjectMention
from pipelines.domain.extract.link.coreference import redirect
from pipelines.domain.extract.link.discourse import Discourse
from pipelines.domain.extract.link.mentions import ITS_BEFORE, named_alike, refer
from pipelines.domain.extract.link.participants import link_reference_participants
from pipelines.domain.extract.link.status import set_status
from pipelines.domain.reference import Reference, fold, project_label

PHASE_WORD = "phase"  # what a later phase is called in its project's name and goes by
_OF_PROJECT = re.compile(  # 'the third phase of (the development of) the ...'
    r"\s+of\s+(?![\d$])(?:the\s+)?(?:(?:development|construction|extension)\s+of\s+(?:the\s+)?)?",
    re.I,
)
_NAME_REACH = 40  # characters between 'the third phase of' and the head of the facility named
_NAME_BEFORE = re.compile(r"(?P<name>[A-Z][\w-]*)(?:'s|\u2019s)?\s+$")  # "Shokpar Phase II", "Shokpar's"
_BRACKET_OPENED = re.compile(r"\s*\(\s*")  # 'X (Phase II)': a phase written in brackets after its whole
_OF_SOMETHING = re.compile(r"\s+of\s+(?![\d$])", re.I)  # 'the second stage of talks', not 'of 100 MW'
# 'at the second stage, polyolefins', 'after the completion of the second phase': when something happens;
# 'meant to be the second phase of': what a project named before is
_TOLD_IN_PASSING = re.compile(
    r"\b(?:(?:in|at|during|under)\s+(?:the|its|their|a)"
    r"|(?:after|once|until|before|upon|following|with)\s+(?:the\s+)?"
    r"(?:(?:completion|launch|commissioning|start|construction)\s+of\s+)?(?:the|its|their)"
    r"|(?:is|was|be|been|are|as)\s+(?:the|a|its))\s+$",
    re.I,
)
_THE_NEW_PHASE = re.compile(r"\b(?i:the)\s+new\s+(?:phase|stage)\b")  # the later phase just told of
_AGAIN_REACH = 2  # sentences after a later phase was told within which 'the new stage' is that phase
_NAMED_PHASE = re.compile(rf",\s+{PHASE_WORD}\s+(?P<number>\d+)$", re.I)  # the names this module gives


def read_phase(
    sentence: SentenceDoc,
    touched: list[ProjectMention],
    discourse: Discourse,
    facts: Facts,
    ref: Reference,
) -> list[ProjectMention]:
    """The sentence's mentions with its later phase in place of the project the phase extends; a first
    phase spoken of is the project itself."""
    cue = next(iter(sentence.cue("later_phase")), None)
    number = phase_number(sentence.text[cue.start : cue.end]) if cue else 0
    if cue is None and (again := _new_phase_again(sentence, discourse)) is not None:
        cue, number = again
    if cue is None:
        return _first_phase_is_the_whole(sentence, touched, discourse)
    parent = _extended(sentence, cue, number, touched, discourse)
    root = discourse.first_mention(parent) if parent is not None else None
    if root is None or not (root.name or root.locality or root.region):
        return touched  # 'a plant ... its second phase': a phase of no project one can tell
    if (root.frame_id, number) in discourse.phases.of_works:
        return touched  # 'the cost of the second stage' of the modernisation told before
    known = discourse.phases.told.get((root.frame_id, number))  # 'the second phase' told again
    if known is None and not (_says_something(sentence, cue) and _fits(sentence, cue, root, ref)):
        return touched
    total = _total_start(sentence, cue)
    span = (cue.start, min(_next_project(cue, touched, root.frame_id), total))
    if known is not None:
        phase = refer(sentence, known, cue.start, discourse)
        phase.span = span
    else:
        phase = _new_phase(sentence, cue, root, number, ref, discourse)
        phase.span = span
        _tell_of(phase, discourse, facts)
    return _around(sentence, touched, phase, root, total, discourse)


def _new_phase_again(sentence: SentenceDoc, discourse: Discourse) -> tuple[Cue, int] | None:
    """'... a contract for the fourth stage of the Galkynysh field. The new stage will have a capacity of 10
    bcm a year': 'the new stage' right after a later phase was told is that phase (its cue and number)."""
    found = _THE_NEW_PHASE.search(sentence.text)
    last = next(reversed(discourse.phases.told.values()), None)
    if found is None or last is None or last.phase is None:
        return None
    near = last.sentence.paragraph == sentence.paragraph and sentence.idx - last.sentence.idx <= _AGAIN_REACH
    return (Cue(found.start(), found.end(), ""), last.phase) if near else None


def _tell_of(phase: ProjectMention, discourse: Discourse, facts: Facts) -> None:
    """A new phase: spoken of from now on, with the status and organisations of its words."""
    discourse.mentions.append(phase)
    discourse.phases.told[(phase.phase_of, phase.phase)] = phase
    set_status(phase, phase.head_start, phase.head_end, discourse)
    link_reference_participants(phase, True, facts)


def _around(
    sentence: SentenceDoc,
    touched: list[ProjectMention],
    phase: ProjectMention,
    root: ProjectMention,
    total: int,
    discourse: Discourse,
) -> list[ProjectMention]:
    """The sentence's mentions around the phase: the whole keeps its words before the phase ('X has run at
    its full 400 MW since its second phase ...') and a total the phase brings it to."""
    start, end = phase.span
    for told in (m for m in touched if m.root == root.frame_id and m.span[0] < start):
        told.span = (told.span[0], min(told.span[1], start))
    rest = [m for m in touched if m.root != root.frame_id or not start <= m.span[0] < end]
    return sorted([phase, *_total_after(sentence, total, rest, root, discourse)], key=lambda m: m.span[0])


def _first_phase_is_the_whole(
    sentence: SentenceDoc, touched: list[ProjectMention], discourse: Discourse
) -> list[ProjectMention]:
    """'The first phase, built by CAMCE, was commissioned in 2019' after a second phase: what the first
    phase did is the project's own history, not the later phase's."""
    if not sentence.cue("first_phase"):
        return touched
    out = []
    for mention in touched:
        phase = discourse.first_mention(mention)
        whole = (
            _whole(phase, discourse) if mention.refers_to and phase is not None and phase.phase_of else None
        )
        if whole is not None:
            discourse.mentions.remove(mention)
            span, mention = mention.span, refer(sentence, whole, mention.head_start, discourse)
            mention.span = span
        out.append(mention)
    return out


def settle_phases(discourse: Discourse, facts: Facts) -> None:
    """At the article's end: phases that already stand are the plant's history, not projects of their own;
    a project named only as what its phases are of is no news."""
    for key, phase in list(discourse.phases.told.items()):
        whole = _root_now(key[0], discourse)
        if _already_built(phase, discourse):
            _sized_once(phase.frame_id, whole, facts)
            redirect(phase, whole, discourse.mentions, facts)
            phase.name, phase.phase, phase.phase_of = None, None, None
            del discourse.phases.told[key]
    _drop_wholes_named_only_by_phases(discourse, facts)


def _sized_once(phase: str, whole: str, facts: Facts) -> None:
    """A built phase's figures become the plant's where the plant has none of their metric ('launched the
    second phase of its spinning complex. The enterprise now has a capacity of 15,000 tonnes'); where it has
    one ('the 400 MW plant ... its second phase of 300 MW'), the phase's are listed for review."""
    facts.unassign_figures({phase}, {row["metric"] for row in facts.capacities if row["frame_id"] == whole})


def _already_built(phase: ProjectMention, discourse: Discourse) -> bool:
    """'the second stage of Dushanbe-2 was put into operation in 2016': the phase stands."""
    return any(m.status == "operating" for m in discourse.mentions if m.root == phase.frame_id)


def _drop_wholes_named_only_by_phases(discourse: Discourse, facts: Facts) -> None:
    """'won the tender for the second stage of the Garlyk complex': a project the article names only as
    what its later phase is of, and gives nothing of its own, is no news; its phase is."""
    extended = {_root_now(phase.phase_of, discourse) for phase in discourse.phases.told.values()}
    measured = {row["frame_id"] for row in facts.capacities}
    bare = {
        root
        for root in extended - measured
        if all(m.frame_id in discourse.phases.objects for m in discourse.mentions if m.root == root)
    }
    discourse.mentions = [m for m in discourse.mentions if m.root not in bare]
    facts.participants = [row for row in facts.participants if row["frame_id"] not in bare]
    phase_of = {_root_now(p.phase_of, discourse): p.frame_id for p in discourse.phases.told.values()}
    for row in facts.investment_frames:
        row["frame_id"] = phase_of[row["frame_id"]] if row["frame_id"] in bare else row["frame_id"]


def _root_now(frame_id: str, discourse: Discourse) -> str:
    """The project a mention belongs to once the article's mentions are merged."""
    return next((m.root for m in discourse.mentions if m.frame_id == frame_id), frame_id)


def phase_number(words: str) -> int:
    """'third phase' -> 3, 'Phase II' -> 2, 'stage 4' -> 4, 'phase two' -> 2."""
    for word in re.split(r"[\s-]+", fold(words)):
        if word in ORDINAL_WORDS:
            return ORDINAL_WORDS.index(word) + 1
        digits = re.match(r"\d+", word)
        if digits:
            return int(digits.group(0))
        if word in NUMBER_WORDS or word in ROMAN_NUMERALS:
            return NUMBER_WORDS.get(word) or ROMAN_NUMERALS[word]
    raise ValueError(f"no phase number in {words!r}")


def other_phases(one: object, other: object) -> bool:
    """Two project names of other phases ('X, phase 2' and 'X', or 'X, phase 3'; an unnamed project is
    no phase)."""
    return _named_phase(one) != _named_phase(other)


def _named_phase(name: object) -> str | None:
    found = _NAMED_PHASE.search(name) if isinstance(name, str) else None
    return found.group("number") if found else None


def _extended(
    sentence: SentenceDoc, cue: Cue, number: int, touched: list[ProjectMention], discourse: Discourse
) -> ProjectMention | None:
    """The project the phase extends: named right after it ('of the X field') or right before it ('X Phase
    II', "X's second stage"); else the project the article speaks of ('its second stage', 'a second
    phase')."""
    text = sentence.text
    of = _OF_PROJECT.match(text, cue.end)
    if of is not None:
        after = [m for m in touched if of.end() <= m.head_start <= of.end() + _NAME_REACH]
        works = after and any(cue.end <= c.start < after[0].head_start for c in sentence.cue("upgrade_work"))
        if works and (whole := _whole(after[0], discourse)) is not None:  # 'of the modernisation of X'
            discourse.phases.of_works.add((whole.frame_id, number))
            return None
        if after:
            discourse.phases.objects.add(after[0].frame_id)
        return _whole(after[0], discourse) if after else None
    if _OF_SOMETHING.match(text, cue.end):
        return None
    bracketed = [m for m in touched if _BRACKET_OPENED.fullmatch(text, m.head_end, cue.start)]
    if bracketed:  # 'the Mary-Ahal 500kV Line (Phase II)': the phase is the news, its whole is named for it
        discourse.phases.objects.add(bracketed[-1].frame_id)
        return _whole(bracketed[-1], discourse)
    name = _NAME_BEFORE.search(text[: cue.start])
    if name is not None and not ITS_BEFORE.search(text[: cue.start]):
        named = named_alike(sentence, name.group("name"), discourse)
        if named is not None or not _at_sentence_start(text, name.start()):
            return _whole(named, discourse) if named else None
    before = [m for m in touched if m.head_start < cue.start]  # 'At the X plant, CITIC began the third stage'
    # 'the second phase' after the phase 2 spoken of is that phase's
    told = [phase for (_, n), phase in discourse.phases.told.items() if n == number]
    recent = before[-1] if before else (told[-1] if told else discourse.recent_project(sentence, None))
    return _whole(recent, discourse) if recent else None


def _whole(mention: ProjectMention, discourse: Discourse) -> ProjectMention | None:
    """The project itself, not a phase of it or a part."""
    first = discourse.first_mention(mention)
    if first is not None and first.phase_of:
        first = next((m for m in discourse.mentions if m.frame_id == first.phase_of), None)
    return None if first is None or first.part_of else first


def _at_sentence_start(text: str, start: int) -> bool:
    return not text[:start].strip()


def _says_something(sentence: SentenceDoc, cue: Cue) -> bool:
    """A phase told of is a project when its words give it a figure, money or a status of its own clause;
    not one named only as when something happens ('at the second stage, polyolefins'), nor one dated beside
    the first in a schedule ('The first stage is to be commissioned in 2024, the second stage in 2025')."""
    if _TOLD_IN_PASSING.search(sentence.text[: cue.start]):
        return False
    low, high = clause_bounds(sentence.text, cue.start)
    money = [m for m in sentence.money if cue.end <= m.start < high]
    if _figures(sentence, cue) or money:
        return True
    scheduled = any(c.start < cue.start for c in sentence.cue("first_phase"))
    return not scheduled and any(low <= c.start < high for c in sentence.cue("status"))


def _figures(sentence: SentenceDoc, cue: Cue) -> list[Quantity]:
    """The figures of the phase's clause."""
    high = clause_bounds(sentence.text, cue.start)[1]
    return [q for q in sentence.quantities if cue.end <= q.start < high and q.metric]


def _fits(sentence: SentenceDoc, cue: Cue, whole: ProjectMention, ref: Reference) -> bool:
    """A phase's own figures must make sense for the project it extends (a mine adds no megawatts)."""
    return all((q.metric, whole.project_type) in ref.metric_types for q in _figures(sentence, cue))


def _next_project(cue: Cue, touched: list[ProjectMention], root: str) -> int:
    """Where the next facility of another project starts: the phase's words end there."""
    others = [m.span[0] for m in touched if m.root != root and m.span[0] > cue.end]
    return min(others, default=10**6)


def _total_start(sentence: SentenceDoc, cue: Cue) -> int:
    """Where a size the extension brings the whole to is told after the phase's own addition ('will add 1.4
    million tonnes, bringing the complex's total capacity to 2.8 million tonnes'), or the sentence's end: a
    phase told only by the size it brings ('a third stage that would raise capacity to 375,000 tonnes') is
    that size."""
    text = sentence.text
    totals = [q.start for q in sentence.quantities if q.reached and q.start > cue.end]
    added = [
        q
        for q in sentence.quantities
        if q.metric and not q.reached and cue.end < q.start < min(totals, default=0)
    ]
    return _clause_start(text, min(totals)) if added else len(text)


def _clause_start(text: str, position: int) -> int:
    return max(text.rfind(",", 0, position) + 1, clause_bounds(text, position)[0])


def _total_after(
    sentence: SentenceDoc, start: int, rest: list[ProjectMention], root: ProjectMention, discourse: Discourse
) -> list[ProjectMention]:
    """The other mentions, and the project itself for a size the extension brings it to."""
    if start == len(sentence.text):
        return rest
    told = next((m for m in rest if m.root == root.frame_id and m.span[0] >= start), None)
    whole = told or refer(sentence, root, start, discourse)
    whole.span = (start, len(sentence.text))
    return [*[m for m in rest if m is not whole], whole]


def _new_phase(
    sentence: SentenceDoc, cue: Cue, root: ProjectMention, number: int, ref: Reference, discourse: Discourse
) -> ProjectMention:
    """The phase as a project of its own: the kind, place and product of the project it extends."""
    whole_name = root.name or project_label(ref, root.project_type, root.locality or root.region)
    return ProjectMention(
        f"{discourse.doc.article_id}:{sentence.idx}:{cue.start}:{root.project_type}:{PHASE_WORD}{number}",
        sentence,
        root.project_type,
        f"{whole_name}, {PHASE_WORD} {number}",
        locality=root.locality,
        region=root.region,
        region_code=root.region_code,
        country=root.country,
        head_start=cue.start,
        head_end=cue.end,
        placed_by_context=root.placed_by_context,
        head_word=PHASE_WORD,
        product=root.product,
        phase=number,
        phase_of=root.frame_id,
    )

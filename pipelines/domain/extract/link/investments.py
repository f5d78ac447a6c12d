"""Money ↔ facility: one investment row per amount put into the projects a sentence speaks of, its investor
chosen by `investors`."""

from __future__ import annotations

import re

from pipelines.domain.extract.annotate.money import Money, usd_value
from pipelines.domain.extract.doc import SentenceDoc
from pipelines.domain.extract.facts import Facts, ProjectMention
from pipelines.domain.extract.link.amount_words import inside_facility, named_backer, splits
from pipelines.domain.extract.link.discourse import ANAPHOR_LOOKBACK, LIST_LOOKBACK, Discourse
from pipelines.domain.extract.link.investors import Amount, investor_of, lender_of_previous_amount
from pipelines.domain.extract.parse import YEAR, is_parameter_line
from pipelines.domain.reference import Reference

_SINCE_YEAR = re.compile(rf"\bsince {YEAR}\b")
_RUNNING_TOTAL = re.compile(  # 'has lent more than $10 billion to', 'has reached $20 billion'
    r"\b(?:has|have) (?:\w+ly )?"
    r"(?:lent|invested|provided|extended|allocated|reached|exceeded|totall?ed|amounted)\b"
)
_INTO_COUNTRY = re.compile(r"\s+(?:in|into|to)\s+(?:the\s+)?", re.I)  # '$8 billion in Kazakhstan'
_INVESTED_IN = re.compile(  # 'Chinese investment in Kazakhstan has reached $20 billion'
    r"\b(?:investments?|loans?|lending|credits?)\s+(?:in|into|to)\s+(?:the\s+)?$", re.I
)
_COUNTRY_GIVEN = re.compile(  # 'provide Kazakhstan with', 'lent Tajikistan'
    r"\b(?:provid|giv|gave|grant|lend|lent|extend|offer)\w*\s+(?:the\s+)?$", re.I
)
_TO_COUNTRY = re.compile(r"\s+(?:in\s+)?(?:[\w-]+\s+){0,2}?to\s+(?:the\s+)?", re.I)  # '$3bn in loans to'
_INTO_COUNTRIES = re.compile(  # '$18bn in the five Central Asian republics'
    r"\s+(?:in|into|across)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:countries|republics|states|nations)\b",
    re.I,
)
_DESTINATION_REACH = 30  # characters after an amount where the facility it goes to may start
_INTO = re.compile(r"\s+(?:\w+\s+){0,2}?(?:in|into|for)\s+", re.I)  # '$480 million (will go) in(to) the ...'
_EACH = re.compile(r"^\s*(?:each|apiece|in each|for each|per (?:plant|project|unit|facility|site))\b", re.I)
_OBJECT_REACH = 40  # characters after 'the construction of' where the facility it builds is named


def link_investments(
    sentence: SentenceDoc, mentions: list[ProjectMention], discourse: Discourse, facts: Facts, ref: Reference
) -> None:
    """One investment row per amount in a sentence with an investment word, linked to the projects it
    names or the one its paragraph speaks of; an amount 'each' or 'apiece' is one investment per project.
    Money for no project ('invest 500 billion tenge in modernisation') is none; a named lender's loan 'for
    the project' the reader could not place is kept without a project."""
    if not (sentence.cue("investment") or _priced_facility(sentence)):
        return
    if not sentence.money:
        lender_of_previous_amount(sentence, discourse, facts)
        return
    paid_for = _projects_paid_for(sentence, mentions, discourse, ref)
    if paid_for is None:
        return
    mentions = paid_for
    published = discourse.doc.article.published_date
    year = published.year if published else None
    projects = list(dict.fromkeys(m.root for m in mentions))
    for money in sentence.money:
        if money.negative or _breakdown(sentence, money, ref):
            continue
        each = len(projects) > 1 and bool(_EACH.match(sentence.text[money.end :]))
        for share, covered in enumerate(_shares(sentence, money, mentions, projects, each)):
            key = f"{discourse.doc.article_id}:{sentence.idx}:{money.start}" + (f":{share}" if each else "")
            facts.investments.append(
                {
                    "investment_key": key,
                    "investor_surface": investor_of(Amount(sentence, money, covered, discourse, facts, ref)),
                    "amount": money.amount,
                    "currency": money.currency,
                    "amount_usd": usd_value(money, ref, year),
                    "usd_stated": money.in_dollars,
                    "qualifier": money.qualifier,
                    "evidence": sentence.text,
                }
            )
            facts.investment_frames.extend({"investment_key": key, "frame_id": root} for root in covered)


def _shares(
    sentence: SentenceDoc, money: Money, mentions: list[ProjectMention], projects: list[str], each: bool
) -> list[list[str]]:
    """The projects of each investment an amount gives: the facility it is put into, one per project for
    an amount 'each', else all the sentence's."""
    into = _facility_after(sentence, money, mentions) or _facility_before_bracket(sentence, money, mentions)
    return [[into]] if into else [[p] for p in projects] if each else [projects]


def _projects_paid_for(
    sentence: SentenceDoc, mentions: list[ProjectMention], discourse: Discourse, ref: Reference
) -> list[ProjectMention] | None:
    """The project mentions a sentence's money is for; None when it speaks of none ('KEGOC plans to invest
    500 billion tenge in modernisation') or gives a lender's running total ('To date, the bank has
    supported 20 projects in Uzbekistan with loans of $4 billion')."""
    named = [o for o in sentence.orgs if not o.reporter] or discourse.org_pointed_at(sentence)
    singular = [f for f in sentence.facilities if not f.plural]
    if not singular and (
        ref.cue_pattern("cumulative").search(sentence.text)
        or _into_a_country(sentence)
        or _lent_to_a_country(sentence)
    ):
        return None
    if not mentions and _works_on_no_facility(sentence, discourse, ref):
        return None  # 'A $296 million loan is financing the reconstruction of the road to Chanak'
    mentions = mentions or _project_spoken_of(sentence, bool(named), discourse)
    if not mentions and not (named and _unplaced_project(sentence)):
        return None
    return mentions


def _works_on_no_facility(sentence: SentenceDoc, discourse: Discourse, ref: Reference) -> bool:
    """'is financing the reconstruction of the road', 'a loan for the purchase of buses': the money pays for
    works on something the sentence names that is no facility phrase (a facility would be one), in a
    paragraph that has spoken of no project ('the construction of the Tajik section' of the pipeline just
    told of is the pipeline's)."""
    if any(m.sentence.paragraph == sentence.paragraph for m in discourse.mentions):
        return False
    works = ref.compiled(
        "works_paid_for",
        lambda: (
            r"\b(?:financ\w*|fund\w*|for)\s+(?:the\s+)?(?:"
            + ref.cue_pattern("upgrade_work").pattern
            + r"|construction|building|purchase|repair)\s+of\s+(?:the\s+|an?\s+)?"
        ),
    )
    return any(
        not any(match.end() <= f.head_start < match.end() + _OBJECT_REACH for f in sentence.facilities)
        for match in works.finditer(sentence.text)
    )


def _into_a_country(sentence: SentenceDoc) -> bool:
    """'The EBRD has invested more than $8 billion in Kazakhstan since 1992', '$18bn in the five Central
    Asian republics since 2020', 'Chinese investment in Kazakhstan has reached $20 billion': money put into
    a country (or several) over the years (not 'a direct investment of $2 billion in Uzbekistan' under an
    agreement for a plant)."""
    text = sentence.text
    into = any(
        _INTO_COUNTRY.fullmatch(text[money.end : country.start])
        if country.start > money.end
        else _INVESTED_IN.search(text, 0, country.start)
        for money in sentence.money
        for country in sentence.countries
    )
    into = into or any(_INTO_COUNTRIES.match(text, money.end) for money in sentence.money)
    return into and bool(_SINCE_YEAR.search(text) or _RUNNING_TOTAL.search(text))


def _lent_to_a_country(sentence: SentenceDoc) -> bool:
    """'China agreed to provide Kazakhstan with $10 billion in loans', '$3 billion in credits to
    Turkmenistan': money a country borrows, in a sentence that names no facility, is no project's."""
    text = sentence.text
    return any(
        _COUNTRY_GIVEN.search(text, 0, country.start)
        if country.end <= money.start
        else _TO_COUNTRY.fullmatch(text, money.end, country.start)
        for money in sentence.money
        for country in sentence.countries
    )


def _breakdown(sentence: SentenceDoc, money: Money, ref: Reference) -> bool:
    """'RMB 2.98 billion, of which construction investment is RMB 2.61 billion and working capital RMB
    0.37 billion': the parts of a total given before; not a part with a lender or a project of its own
    ('$2 billion, including a $1.5 billion loan from CDB', 'of which $880 million will go to the X farm',
    'of which the Export-Import Bank of China will lend $720 million')."""
    split = any(splits(sentence, total, money) for total in sentence.money)
    named = [o for o in sentence.orgs if not o.reporter]
    bound = any(0 <= f.np_start - money.end <= _DESTINATION_REACH for f in sentence.facilities)
    return split and not bound and named_backer(sentence, money, named, ref) is None


def _facility_after(sentence: SentenceDoc, money: Money, mentions: list[ProjectMention]) -> str | None:
    """'$1.1 billion in the wind farm and $480 million in the Bukhara plant': the facility an amount is
    put into, named right after it."""
    for mention in mentions:
        between = sentence.text[money.end : mention.span[0]] if mention.span[0] >= money.end else None
        if between is not None and _INTO.fullmatch(between):
            return mention.root
    return None


def _facility_before_bracket(
    sentence: SentenceDoc, money: Money, mentions: list[ProjectMention]
) -> str | None:
    """'a 500 MW pumped storage plant in Sariasiya district (China Three Gorges Corporation, $720 million)
    and a cement plant ...': the facility listed right before the brackets an amount stands in."""
    text = sentence.text
    opened = text.rfind("(", 0, money.start)
    if len(mentions) < 2 or opened < 0 or ")" in text[opened : money.start]:
        return None
    before = [m for m in mentions if m.span[0] < opened]
    return before[-1].root if before else None


def _project_spoken_of(sentence: SentenceDoc, named: bool, discourse: Discourse) -> list[ProjectMention]:
    """'The consortium is to invest $2 billion', 'the investment is put at ...': the project an amount
    with no facility in its sentence is for."""
    lookback = LIST_LOOKBACK if is_parameter_line(sentence.text) else ANAPHOR_LOOKBACK
    recent = discourse.recent_project(sentence, None, lookback=lookback)
    if recent and (named or _spoken_of(recent, sentence)):
        return [recent]
    only = discourse.only_project(sentence)  # 'The volume of investments is estimated at ...'
    return [only] if only else []


def _spoken_of(recent: ProjectMention, sentence: SentenceDoc) -> bool:
    """The paragraph's project, the one 'the project' points to, or the one a bulleted list of parameters
    follows ('Key parameters of the project: ... - total project cost: USD 2.6 billion;')."""
    if recent.sentence.paragraph == sentence.paragraph or sentence.cue("anaphor"):
        return True
    return is_parameter_line(sentence.text)


def _priced_facility(sentence: SentenceDoc) -> bool:
    """'The $1.5 billion project will create 1,200 jobs', '- a 500 MW wind farm with X ($550 million)': an
    amount inside a facility phrase, or bracketed in what it says of the facility, is its value."""
    return any(
        inside_facility(sentence, m)
        or any(f.head_end <= m.start < f.span_end for f in sentence.facilities)
        and _bracketed(sentence, m)
        for m in sentence.money
    )


def _bracketed(sentence: SentenceDoc, money: Money) -> bool:
    return (
        sentence.text[max(0, money.start - 1) : money.start] == "(" and sentence.text[money.end :][:1] == ")"
    )


def _unplaced_project(sentence: SentenceDoc) -> bool:
    """'the project' or 'the plant' with no kind: a project spoken of that the reader could not place."""
    return any(f.definite and not f.plural and f.project_type is None for f in sentence.facilities)

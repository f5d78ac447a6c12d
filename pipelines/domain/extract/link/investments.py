"""Money ↔ investor ↔ facility: amounts put into the projects a sentence speaks of, and who puts them in."""

from __future__ import annotations

import re

from pipelines.domain.extract.annotate.money import Money, usd_value
from pipelines.domain.extract.annotate.name_words import is_government
from pipelines.domain.extract.doc import SentenceDoc
from pipelines.domain.extract.facts import Facts, ProjectMention
from pipelines.domain.extract.link.discourse import Discourse
from pipelines.domain.reference import Reference

_LENDER_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:from|of|(?:provided|extended|financed|funded|lent|granted|backed|invested) by)\s+"
    r"(?:the\s+)?",
    re.I,
)  # '$X from Y', '$X provided by Y'; not '$X, will be built by Y'
_LENDER_REACH = 4  # characters past the lender phrase where the lender's name may start
_FINANCING_ROLES = ("investor", "financier")
_BACKING_ROLES = ("investor", "owner", "developer")
_PAID_ROLES = ("contractor", "supplier")
_EACH = re.compile(r"^\s*(?:each|apiece|in each|for each|per (?:plant|project|unit|facility|site))\b", re.I)
_CONTRACT_REACH = 40  # characters before an amount where 'a contract worth' may stand
_CONTRACT_BEFORE = re.compile(
    r"\b(?:contracts?|tenders?|orders?)\b(?:\s+\w+){0,3}\s+(?:worth|for|of|valued at)\s+$", re.I
)


def link_investments(
    sentence: SentenceDoc, mentions: list[ProjectMention], discourse: Discourse, facts: Facts, ref: Reference
) -> None:
    """One investment row per amount in a sentence with an investment word, linked to the projects it
    names or the one its paragraph speaks of; an amount 'each' or 'apiece' is one investment per project.
    Money for no project ('invest 500 billion tenge in modernisation') is none; a named lender's loan 'for
    the project' the reader could not place is kept without a project."""
    if not sentence.cue("investment"):
        return
    named = [o for o in sentence.orgs if not o.reporter] or discourse.org_pointed_at(sentence)
    if not mentions:  # 'the consortium is to invest $2 billion', 'the investment is put at ...'
        recent = discourse.recent_project(sentence, None)
        in_paragraph = recent is not None and recent.sentence.paragraph == sentence.paragraph
        mentions = [recent] if recent and (named or in_paragraph) else []
    if not mentions and not (named and _unplaced_project(sentence)):
        return  # 'KEGOC plans to invest 500 billion tenge in modernisation': no project spoken of
    published = discourse.doc.article.published_date
    year = published.year if published else None
    projects = list(dict.fromkeys(m.root for m in mentions))
    for money in sentence.money:
        if money.negative:
            continue
        each = len(projects) > 1 and bool(_EACH.match(sentence.text[money.end :]))
        for share, covered in enumerate([[p] for p in projects] if each else [projects]):
            key = f"{discourse.doc.article_id}:{sentence.idx}:{money.start}" + (f":{share}" if each else "")
            facts.investments.append(
                {
                    "investment_key": key,
                    "investor_surface": _investor(sentence, money, discourse, facts, covered),
                    "amount": money.amount,
                    "currency": money.currency,
                    "amount_usd": usd_value(money, ref, year),
                    "qualifier": money.qualifier,
                    "evidence": sentence.text,
                }
            )
            facts.investment_frames.extend({"investment_key": key, "frame_id": root} for root in covered)


def _unplaced_project(sentence: SentenceDoc) -> bool:
    """'the project' or 'the plant' with no kind: a project spoken of that the reader could not place."""
    return any(f.definite and not f.plural and f.project_type is None for f in sentence.facilities)


def _investor(
    sentence: SentenceDoc, money: Money, discourse: Discourse, facts: Facts, projects: list[str]
) -> str | None:
    """Who puts the money in: the lender named right after the amount ('$X from Y'); for a contract, the
    project's owner, not the contractor paid; else the nearest organisation with a financing role, the
    organisation the article calls the investor, the subject, or the organisation spoken of."""
    candidates = [o for o in sentence.orgs if not o.reporter]
    lender = _LENDER_AFTER.match(sentence.text[money.end :])
    if lender:
        after = [o for o in candidates if money.end <= o.start <= money.end + lender.end() + _LENDER_REACH]
        if after:
            return after[0].text
    if _CONTRACT_BEFORE.search(sentence.text[max(0, money.start - _CONTRACT_REACH) : money.start]):
        return _party_of(projects, facts, ("owner",))
    financing = [o for o in candidates if o.role in _FINANCING_ROLES]
    if financing:
        return min(financing, key=lambda o: abs(o.start - money.start)).text
    if discourse.investors:
        return discourse.investors[-1]
    before = [o for o in candidates if o.start < money.start and not is_government(o.text)]
    if before:
        return before[0].text
    backer = _party_of(projects, facts, _BACKING_ROLES)
    if backer:
        return backer  # 'the project's total cost is put at $100m': its investor, owner or developer
    people = discourse.people_orgs(sentence)
    spoken_of = people[0] if people else discourse.focus_org(sentence)
    return None if spoken_of and _paid_party(spoken_of, projects, facts) else spoken_of


def _paid_party(surface: str, projects: list[str], facts: Facts) -> bool:
    """'The 100 MW plant will be built by PowerChina. It is valued at $120 million': the contractor or
    supplier of the projects is paid, not the one who puts the money in."""
    roles = {r["role"] for r in facts.participants if r["frame_id"] in projects and r["surface"] == surface}
    return bool(roles) and roles <= set(_PAID_ROLES)


def _party_of(projects: list[str], facts: Facts, roles: tuple[str, ...]) -> str | None:
    """The first organisation named in one of `roles` (in that order) for the projects an amount covers."""
    for role in roles:
        found = [r["surface"] for r in facts.participants if r["frame_id"] in projects and r["role"] == role]
        if found:
            return found[0]
    return None

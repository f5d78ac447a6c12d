"""Money ↔ investor ↔ facility: amounts put into the projects a sentence speaks of, and who puts them in."""

from __future__ import annotations

import re

from pipelines.domain.extract.annotate.money import Money, usd_value
from pipelines.domain.extract.annotate.organisations import is_government
from pipelines.domain.extract.doc import SentenceDoc
from pipelines.domain.extract.facts import Facts, ProjectMention
from pipelines.domain.extract.link.discourse import Discourse
from pipelines.domain.reference import Reference

_LENDER_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:from|by|of|provided by|extended by)\s+(?:the\s+)?", re.I)
_LENDER_REACH = 4  # characters past the lender phrase where the lender's name may start
_FINANCING_ROLES = ("investor", "financier")


def link_investments(
    sentence: SentenceDoc, mentions: list[ProjectMention], discourse: Discourse, facts: Facts, ref: Reference
) -> None:
    """One investment row per amount in a sentence with an investment word, linked to its projects."""
    if not sentence.cue("investment"):
        return
    named = [o for o in sentence.orgs if not o.reporter]
    if not mentions and not named:
        return  # 'China's investments in Kazakhstan reached $25 billion': no project, nobody named
    published = discourse.doc.article.published_date
    year = published.year if published else None
    for money in sentence.money:
        if money.negative:
            continue
        investment_key = f"{discourse.doc.article_id}:{sentence.idx}:{money.start}"
        facts.investments.append(
            {
                "investment_key": investment_key,
                "investor_surface": _investor(sentence, money, discourse),
                "amount": money.amount,
                "currency": money.currency,
                "amount_usd": usd_value(money, ref, year),
                "qualifier": money.qualifier,
                "evidence": sentence.text,
            }
        )
        for frame_id in dict.fromkeys(m.root for m in mentions):
            facts.investment_frames.append({"investment_key": investment_key, "frame_id": frame_id})


def _investor(sentence: SentenceDoc, money: Money, discourse: Discourse) -> str | None:
    """Who puts the money in: the lender named right after the amount ('$X from Y'), else the nearest
    organisation with a financing role, else the subject, else the organisation spoken of."""
    candidates = [o for o in sentence.orgs if not o.reporter]
    lender = _LENDER_AFTER.match(sentence.text[money.end :])
    if lender:
        after = [o for o in candidates if money.end <= o.start <= money.end + lender.end() + _LENDER_REACH]
        if after:
            return after[0].text
    financing = [o for o in candidates if o.role in _FINANCING_ROLES]
    if financing:
        return min(financing, key=lambda o: abs(o.start - money.start)).text
    before = [o for o in candidates if o.start < money.start and not is_government(o.text)]
    if before:
        return before[0].text
    people = discourse.people_orgs(sentence)
    return people[0] if people else discourse.focus_org(sentence)

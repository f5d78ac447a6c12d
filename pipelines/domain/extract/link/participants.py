"""Facility ↔ organisation: who builds, owns, finances or supplies a project, with the role the words
around the organisation give it."""

from __future__ import annotations

from pipelines.domain.extract.annotate.facilities import Frame
from pipelines.domain.extract.facts import Facts, ProjectMention
from pipelines.domain.extract.link.discourse import Discourse
from pipelines.domain.reference import Reference, fold


def link_participants(
    mention: ProjectMention, frame: Frame, discourse: Discourse, facts: Facts, ref: Reference
) -> None:
    """Organisations in the frame's span or before the first frame; else the one the text spoke of."""
    chosen = [
        o
        for o in mention.sentence.orgs
        if (o.start < frame.np_start or frame.head_end <= o.start < frame.span_end)
        and not o.reporter
        and not o.parent_only
    ]
    people_orgs = discourse.people_orgs(mention.sentence)
    for org in chosen:
        facts.add_participant(
            mention, org.text, "owner" if is_project_company(org.text, mention, ref) else org.role
        )
    for organisation in people_orgs:
        facts.add_participant(mention, organisation, "partner")
    if not chosen and not people_orgs:
        focus = discourse.focus_org(mention.sentence)
        if focus:
            facts.add_participant(mention, focus, "partner")


def is_project_company(name: str, mention: ProjectMention, ref: Reference) -> bool:
    """'Kokshetau CHP LLP' for the CHP in Kokshetau, 'Zhanatas Wind Power LLP': a company named after the
    facility (its place and kind) is the facility's owner."""
    words = set(fold(name).split())
    place = mention.locality or (mention.name.split()[0] if mention.name else None)
    kind_words = set(ref.facility_terms["head"]) | {
        w for t in ref.facility_terms.get("modifier", {}) for w in t.split()
    }
    return bool(place) and fold(place) in words and bool(words & kind_words)


def link_reference_participants(mention: ProjectMention, first: bool, facts: Facts) -> None:
    """'The project, built by X, ...': the organisations in a reference's own span, and those before it when
    it is the sentence's first project ('Led by X, the project began generating ...')."""
    start, end = mention.span
    for org in mention.sentence.orgs:
        if (start <= org.start < end or (first and org.start < start)) and not (
            org.reporter or org.parent_only
        ):
            facts.add_participant(mention, org.text, org.role)

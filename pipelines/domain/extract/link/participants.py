"""Facility ↔ organisation: who builds, owns, finances or supplies a project, with the role the words
around the organisation give it."""

from __future__ import annotations

from pipelines.domain.extract.annotate.facilities import Frame
from pipelines.domain.extract.facts import Facts, ProjectMention
from pipelines.domain.extract.link.discourse import Discourse


def link_participants(mention: ProjectMention, frame: Frame, discourse: Discourse, facts: Facts) -> None:
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
        facts.add_participant(mention, org.text, org.role)
    for organisation in people_orgs:
        facts.add_participant(mention, organisation, "partner")
    if not chosen and not people_orgs:
        focus = discourse.focus_org(mention.sentence)
        if focus:
            facts.add_participant(mention, focus, "partner")


def link_reference_participants(mention: ProjectMention, facts: Facts) -> None:
    """'The project, built by X, ...': the organisations in a reference's own span."""
    start, end = mention.span
    for org in mention.sentence.orgs:
        if start <= org.start < end and not org.reporter:
            facts.add_participant(mention, org.text, org.role)

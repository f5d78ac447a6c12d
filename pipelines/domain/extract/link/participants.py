"""Facility ↔ organisation: who builds, owns, finances or supplies a project, with the role the words
around the organisation give it."""

from __future__ import annotations

import re
from itertools import pairwise

from pipelines.domain.extract.annotate.facilities import Frame
from pipelines.domain.extract.annotate.name_words import is_government
from pipelines.domain.extract.annotate.organisations import OrgMention
from pipelines.domain.extract.doc import SentenceDoc
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
        and not o.not_party
    ]
    chosen = _in_own_clause(chosen, frame, mention.sentence.text) or chosen
    people_orgs = discourse.people_orgs(mention.sentence)
    for org in chosen:
        facts.add_participant(
            mention, org.text, "owner" if is_project_company(org.text, mention, ref) else org.role
        )
    for organisation in people_orgs:
        facts.add_participant(mention, organisation, "partner")
    if chosen or people_orgs:
        return
    reporting = _company_reporting(mention.sentence)
    focus = [reporting.text] if reporting else [o for o in [discourse.focus_org(mention.sentence)] if o]
    for organisation in focus:
        facts.add_participant(mention, organisation, "partner")


_CLAUSE_BREAK = re.compile(r",\s+(?:while|whereas)\s+|;\s+")


def _in_own_clause(orgs: list[OrgMention], frame: Frame, text: str) -> list[OrgMention]:
    """'Sany will build a wind farm in Zhambyl, while CNNC will build a solar plant in Kyzylorda': the
    organisations of the clause that names the facility, when it names any."""
    breaks = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text)), len(text) + 1]
    start, end = next((a, b) for a, b in pairwise(breaks) if a <= frame.np_start < b)
    return [o for o in orgs if start <= o.start < end]


def _company_reporting(sentence: SentenceDoc) -> OrgMention | None:
    """ "The Zhanatas wind farm put its first turbines into operation, CPIH's press service said": the one
    company that tells the news of the one facility its sentence names speaks for a party to it."""
    companies = [o for o in sentence.orgs if o.reporter and not o.not_party and not is_government(o.text)]
    return companies[0] if len(companies) == 1 and len(sentence.facilities) == 1 else None


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
            org.reporter or org.not_party
        ):
            facts.add_participant(mention, org.text, org.role)


def link_article_participants(discourse: Discourse, facts: Facts, ref: Reference) -> None:
    """Organisations of a sentence that speaks of one project only are that project's participants; so are
    those of a sentence that names no facility, in a paragraph (or else a section under one heading) that
    speaks of one project only (reporters and parents named only as such aside)."""
    topics: dict[tuple[str, int], set[str]] = {}
    for mention in discourse.mentions:
        for scope in _scopes(mention.sentence, discourse):
            topics.setdefault(scope, set()).add(mention.root)
    first_mention = {m.root: m for m in reversed(discourse.mentions)}
    for sentence in (s for s in discourse.doc.sentences if not s.is_heading):
        scopes = _scopes(sentence, discourse)[: 1 if sentence.facilities else None]
        found = next((topics[scope] for scope in scopes if scope in topics), set())
        if len(found) != 1:
            continue
        (root,) = found
        for org in sentence.orgs:
            if not (org.reporter or org.not_party):
                owner = is_project_company(org.text, first_mention[root], ref)
                facts.add_participant_of(root, org.text, "owner" if owner else org.role, sentence.text)
    _link_main_organisation(discourse, facts)


def _link_main_organisation(discourse: Discourse, facts: Facts) -> None:
    """'Tokayev met Sany Group's chairman ... a plant in Zhambyl that makes wind turbine parts started up':
    a project no organisation is named with belongs to the one company the article is about."""
    main = _main_organisation(discourse)
    if main is None:
        return
    surface, evidence = main
    linked = {row["frame_id"] for row in facts.participants}
    for root in dict.fromkeys(m.root for m in discourse.mentions):
        if root not in linked:
            facts.add_participant_of(root, surface, "partner", evidence)


def _main_organisation(discourse: Discourse) -> tuple[str, str] | None:
    """The company named in more sentences than any other, and in more than one: its first name and
    sentence. Governments, reporters and parents named only as such are no candidates."""
    sentences: dict[str, list[tuple[str, str]]] = {}
    for sentence in discourse.doc.sentences:
        keys = {}
        for org in sentence.orgs:
            if not (org.reporter or org.not_party or is_government(org.text)):
                keys.setdefault(discourse.org_key(org.text), (org.text, sentence.text))
        for key, first in keys.items():
            sentences.setdefault(key, []).append(first)
    ranked = sorted(sentences.values(), key=len, reverse=True)
    if not ranked or len(ranked[0]) < 2 or (len(ranked) > 1 and len(ranked[1]) == len(ranked[0])):
        return None
    return ranked[0][0]


def _scopes(sentence: SentenceDoc, discourse: Discourse) -> list[tuple[str, int]]:
    """The sentence, its paragraph and its section, narrowest first."""
    return [
        ("sentence", sentence.idx),
        ("paragraph", sentence.paragraph),
        ("section", discourse.section_of(sentence)),
    ]

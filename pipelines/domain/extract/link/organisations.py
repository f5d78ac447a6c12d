"""Organisations and people of a sentence recorded as facts: every mention, 'X, a subsidiary of Y', and
whom each titled person speaks for."""

from __future__ import annotations

import re

from pipelines.domain.extract.annotate.organisations import OrgMention
from pipelines.domain.extract.doc import SentenceDoc
from pipelines.domain.extract.facts import Facts
from pipelines.domain.extract.link.discourse import Discourse

_SUBSIDIARY = re.compile(  # 'X, a subsidiary of Y', 'X, part of the Y group', 'X (XY), the local arm of Y'
    r"^(?:\s*\([^()]{1,12}\))?,?\s+(?:is\s+)?(?:itself\s+)?(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:subsidiary|unit|division|daughter company|arm|affiliate|member)|part)\s+of\s+(?:the\s+)?",
    re.I,
)
_GENERIC_PARENT = re.compile(r"^(?:the\s+)?(?:corporation|company|group|holding|state corporation)\b", re.I)


def record_organisations(sentence: SentenceDoc, discourse: Discourse, facts: Facts) -> None:
    """Rows for the sentence's organisations, their parents and its people; people enter the discourse."""
    for org in sentence.orgs:
        facts.org_mentions.append(
            {
                "sentence_idx": sentence.idx,
                "surface": org.text,
                "known": org.known,
                "country": org.country,
                "evidence": sentence.text,
            }
        )
        parent = _parent_of(sentence, org, discourse)
        if parent:
            facts.org_relations.append({"child": org.text, "parent": parent, "evidence": sentence.text})
    for person in sentence.people:
        facts.people.append(
            {
                "name": person.name,
                "title": person.title,
                "organisation": person.organisation,
                "evidence": sentence.text,
            }
        )
    discourse.remember_people(sentence)


def _parent_of(sentence: SentenceDoc, org: OrgMention, discourse: Discourse) -> str | None:
    """'X, a subsidiary of Y' (Y may be 'the corporation': the organisation spoken of just before)."""
    after = sentence.text[org.end :]
    match = _SUBSIDIARY.match(after)
    if not match:
        return None
    named = next((o.text for o in sentence.orgs if o.start == org.end + match.end()), None)
    if named:
        return named
    return discourse.focus_org(sentence) if _GENERIC_PARENT.match(after[match.end() :]) else None

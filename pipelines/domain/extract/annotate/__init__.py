"""Annotators: each sentence is read once; each component adds one layer to its `SentenceDoc`.

Sentence components run on every sentence in order; article components then settle what needs the whole
article (short names, organisations' final spans and context, people, the article's country and region).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from pipelines.domain.extract.annotate import article_scope
from pipelines.domain.extract.annotate.company_plants import (
    company_plant_told_next,
    placed_company_plant,
    product_named_plants,
    sized_company_plant,
    the_plant,
)
from pipelines.domain.extract.annotate.cues import find_cues, find_status_cues, find_valued_cues
from pipelines.domain.extract.annotate.facilities import (
    find_frames,
    production_frames,
    venture_frames,
    with_spans,
)
from pipelines.domain.extract.annotate.money import find_money
from pipelines.domain.extract.annotate.name_words import is_government
from pipelines.domain.extract.annotate.org_context import in_dateline, with_context
from pipelines.domain.extract.annotate.organisations import (
    OrgMention,
    find_people,
    organisation_candidates,
    place_short_names,
    resolve_organisations,
)
from pipelines.domain.extract.annotate.places import PlaceMention, find_country_names, find_places
from pipelines.domain.extract.annotate.quantities import find_quantities
from pipelines.domain.extract.annotate.run_in_labels import name_labelled_facilities
from pipelines.domain.extract.annotate.short_names import short_names, spelled_acronyms
from pipelines.domain.extract.doc import ArticleDoc, SentenceDoc
from pipelines.domain.extract.parse import ParsedArticle, Sentence
from pipelines.domain.reference import Reference, fold

# 'Huaxin Cement of Hubei', 'Hoshine Silicon Industry Co., Ltd. of Zhejiang province': the company's home
_OF_HOME = re.compile(r"\.?,?\s+of\s+(?:the\s+)?")  # 'TBEA of Xinjiang', 'China Nerin, of Nanchang,'

SentenceComponent = Callable[[SentenceDoc, Reference], None]
# cue types linkers read besides status
CUE_LAYERS = (
    "anaphor",
    "upgrade_work",
    "stood_by",
    "investment",
    "business_verb",
    "expletive",
    "phase_adds",
    "later_phase",
    "first_phase",
    "comparison",
    "organisation_noun",
    "deal_task",
    "rate_verb",
    "head_as_modifier",
    "site_undecided",
)
SHORT_NAME_ROUNDS = 2


def places(doc: SentenceDoc, ref: Reference) -> None:
    doc.countries = find_country_names(doc.text, ref)
    doc.places = find_places(doc.text, ref, doc.countries)


def quantities(doc: SentenceDoc, ref: Reference) -> None:
    doc.quantities = [q for q in find_quantities(doc.text, ref) if not q.negative]


def money(doc: SentenceDoc, ref: Reference) -> None:
    doc.money = find_money(doc.text, ref)


def cues(doc: SentenceDoc, ref: Reference) -> None:
    doc.cues = {"status": find_status_cues(doc.text, ref)}
    doc.cues.update({cue_type: find_cues(doc.text, ref, cue_type) for cue_type in CUE_LAYERS})
    doc.cues["equipment"] = find_valued_cues(doc.text, ref, "equipment")  # value: the project type


def facilities(doc: SentenceDoc, ref: Reference) -> None:
    frames = find_frames(doc.text, ref)
    yearly = [q.start for q in doc.quantities if q.metric == "annual_output"]
    made = production_frames(doc.text, frames, yearly, ref) + venture_frames(doc.text, frames, ref)
    doc.facilities = (
        with_spans(doc.text, sorted(frames + made, key=lambda f: f.head_start)) if made else frames
    )


SENTENCE_COMPONENTS: tuple[SentenceComponent, ...] = (places, quantities, money, cues, facilities)
HEADLINE_COMPONENTS: tuple[SentenceComponent, ...] = (cues, facilities)  # the title's status and facility


def _read_organisations(
    docs: list[SentenceDoc], about_docs: list[SentenceDoc], ref: Reference
) -> dict[str, str]:
    """Each sentence's organisations, read with the short names the article gives them (returned); the
    people, facilities and places that a name holds are settled with them."""
    candidates = {doc.idx: organisation_candidates(doc.text, ref) for doc in docs + about_docs}
    aliases: dict[str, str] = {}
    for _ in range(SHORT_NAME_ROUNDS):  # a short name used later may carry a bracketed short name of its own
        readings = [resolve_organisations(doc.text, candidates[doc.idx], ref, set(aliases)) for doc in docs]
        aliases = short_names(readings, ref, aliases)
    titles = [resolve_organisations(d.text, candidates[d.idx], ref, set(aliases)) for d in about_docs]
    names = {org.text for orgs in readings + titles for org in orgs}  # 'UE' of the title's Universal Energy
    aliases = spelled_acronyms([d.text for d in docs], names, ref) | aliases
    places = {k: v for d in docs for k, v in place_short_names(d.text, candidates[d.idx], names).items()}
    following = {doc.idx - 1: doc for doc in docs}
    for doc in docs + about_docs:
        orgs = resolve_organisations(doc.text, candidates[doc.idx], ref, set(aliases), set(places))
        doc.orgs = with_context(doc.text, orgs, ref)
        doc.people = find_people(doc.text, ref, doc.orgs)
        facilities = [
            f
            for f in doc.facilities
            if not _inside_a_name(f.head_start, doc.orgs)
            or the_plant(doc.text, f, doc.orgs)
            or placed_company_plant(doc, f)
            or sized_company_plant(doc, f)
            or company_plant_told_next(doc, f, following.get(doc.idx))
        ]
        made = [] if facilities else product_named_plants(doc, following.get(doc.idx), ref)
        doc.facilities = with_spans(doc.text, facilities + made)
        doc.places = [_place_beside_names(doc.text, p, doc.orgs) for p in doc.places]
    return {**places, **aliases}


def _place_beside_names(text: str, place: PlaceMention, orgs: list[OrgMention]) -> PlaceMention:
    """A place inside an organisation's name is part of that name; one right after it by 'of' ('Huaxin
    Cement of Hubei', 'TBEA of Xinjiang', the trade press's 'China Nerin Engineering, of Nanchang,') is the
    company's home: neither is where a project stands."""
    if _inside_a_name(place.start, orgs):
        return replace(place, role="name")
    home = any(_OF_HOME.fullmatch(text, o.end, place.start) and not is_government(o.text) for o in orgs)
    return replace(place, role="origin") if home else place


def annotate_article(article: ParsedArticle, ref: Reference) -> ArticleDoc:
    """Every sentence annotated, then the article-wide layers settled; the title and an 'About' block are
    read for organisations only."""
    first_about = len(article.sentences)
    names_only = [article.title, *article.about] if article.title else list(article.about)
    about = [Sentence(first_about + i, -1, text) for i, text in enumerate(names_only)]
    docs = [_annotate(sentence, ref) for sentence in article.sentences]
    about_docs = [_annotate(sentence, ref, HEADLINE_COMPONENTS) for sentence in about]
    aliases = _read_organisations(docs, about_docs, ref)
    _outlets_report(docs)
    name_labelled_facilities(docs)
    result = ArticleDoc(article, docs, about_docs, aliases)
    result.country = article_scope.article_country(docs)
    result.region = article_scope.article_region(docs, result.country)
    return result


def _outlets_report(docs: list[SentenceDoc]) -> None:
    """The outlet a dateline names ('BISHKEK (AKIpress) -', under an 'AKIpress News Agency' line) tells the
    news wherever the article names it: never a party to it."""
    outlets = {fold(o.text) for doc in docs for o in doc.orgs if in_dateline(doc.text, o)}
    for doc in docs:
        doc.orgs = [
            replace(o, reporter=True, not_party=True) if _names_an_outlet(o.text, outlets) else o
            for o in doc.orgs
        ]


def _names_an_outlet(name: str, outlets: set[str]) -> bool:
    """'AKIpress' and 'AKIpress News Agency' name one outlet."""
    folded = fold(name)
    return any(folded == o or folded.startswith(o + " ") or o.startswith(folded + " ") for o in outlets)


def _inside_a_name(position: int, orgs: list[OrgMention]) -> bool:
    """'State Grid', 'Kokshetau CHP LLP', 'Henan Province Installation Group': a facility word or a place
    that is part of an organisation's name (a government body's place is still its place)."""
    return any(org.start <= position < org.end and not is_government(org.text) for org in orgs)


def _annotate(
    sentence: Sentence, ref: Reference, components: tuple[SentenceComponent, ...] = SENTENCE_COMPONENTS
) -> SentenceDoc:
    doc = SentenceDoc(sentence.idx, sentence.paragraph, sentence.text)
    for component in components:
        component(doc, ref)
    return doc

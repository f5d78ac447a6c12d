"""Read one parsed article into facts: annotate every sentence once, then run the linkers sentence by
sentence over the shared annotation, carrying the discourse state from one sentence to the next."""

from __future__ import annotations

from pipelines.domain.extract.annotate import annotate_article
from pipelines.domain.extract.doc import ArticleDoc, SentenceDoc
from pipelines.domain.extract.facts import Facts
from pipelines.domain.extract.link.coreference import merge_article_mentions
from pipelines.domain.extract.link.discourse import Discourse
from pipelines.domain.extract.link.figures import link_figures
from pipelines.domain.extract.link.investments import link_investments
from pipelines.domain.extract.link.investors import settle_open_investors
from pipelines.domain.extract.link.mentions import (
    read_anaphora,
    read_counted_units,
    read_figure_field,
    read_figure_statement,
    read_headline,
    read_location_field,
    read_mentions,
    read_paragraph_status,
    read_party_output,
)
from pipelines.domain.extract.link.organisations import record_organisations
from pipelines.domain.extract.link.participants import (
    link_article_participants,
    link_participants,
    link_reference_participants,
)
from pipelines.domain.extract.link.phases import read_phase, settle_phases
from pipelines.domain.extract.link.places import place_by_company_home, place_mention, place_reference
from pipelines.domain.extract.link.status import (
    endings_long_past,
    remember_status,
    set_status,
    share_sentence_status,
    works_before_history,
)
from pipelines.domain.extract.parse import ParsedArticle, is_list_item
from pipelines.domain.reference import Reference


def extract_article(article: ParsedArticle, ref: Reference) -> dict[str, list[dict]]:
    """Every per-article fact table as lists of rows (article_id added by the caller)."""
    doc = annotate_article(article, ref)
    discourse = Discourse(doc)
    facts = Facts(org_aliases=[{"alias": a, "surface": s} for a, s in doc.short_names.items()])
    for sentence in doc.sentences:
        if not sentence.is_heading or sentence.is_item_heading:
            _read_sentence(sentence, discourse, facts, ref)
        elif sentence.text.endswith(":") or _heads_a_list(sentence, doc):
            remember_status(sentence, discourse)  # 'Construction has started on:' heads a list
    merge_article_mentions(discourse.mentions, facts)
    settle_phases(discourse, facts)
    read_headline(discourse)
    works_before_history(discourse.mentions)
    endings_long_past(discourse.mentions, doc.article.published_date)
    link_article_participants(discourse, facts, ref)
    settle_open_investors(discourse, facts, ref)
    place_by_company_home(discourse, facts, ref)
    facts.mentions = discourse.mentions
    facts.drop_parts()
    facts.prefer_stated_sizes()
    for about in doc.about:  # names and parents only
        record_organisations(about, discourse, facts)
    facts.keep_parents_apart()
    return facts.tables()


def _heads_a_list(sentence: SentenceDoc, doc: ArticleDoc) -> bool:
    """A heading right above a list or a table's rows ('Generating capacity put into operation in Q1')."""
    following = doc.next_sentence(sentence)
    return following is not None and is_list_item(following.text)


def _read_sentence(sentence: SentenceDoc, discourse: Discourse, facts: Facts, ref: Reference) -> None:
    record_organisations(sentence, discourse, facts)
    if sentence.cue("comparison"):
        return  # 'For comparison, Ekibastuz GRES-1 has 4,000 MW': a yardstick, no project's news
    own = read_mentions(sentence, discourse, ref)
    for mention in own:
        if mention.frame is not None and mention.refers_to is None:
            place_mention(mention, mention.frame, mention.own_places, discourse, ref)
            set_status(mention, mention.frame.np_start, mention.frame.span_end, discourse)
            link_participants(mention, mention.frame, discourse, facts, ref)
    referred = read_anaphora(sentence, own, discourse)
    touched = (
        own + referred
        or read_counted_units(sentence, discourse)
        or read_location_field(sentence, discourse)
        or read_figure_field(sentence, discourse)
        or read_figure_statement(sentence, discourse)
        or read_party_output(sentence, discourse, ref)
        or read_paragraph_status(sentence, discourse, ref)
    )
    touched = read_phase(sentence, touched, discourse, facts, ref)
    first = min(touched, key=lambda m: m.span[0], default=None)
    for mention in touched:
        if mention.refers_to:
            link_reference_participants(mention, mention is first, facts)
            place_reference(mention)
    share_sentence_status(touched)
    link_figures(sentence, touched, facts, ref)
    link_investments(sentence, touched, discourse, facts, ref)
    remember_status(sentence, discourse)
    discourse.remember_orgs(sentence)

"""The shared annotation of an article: each sentence read once into typed, offset-carrying layers.

Annotators (`annotate/`) each fill one layer; linkers (`link/`) only read the layers and never search the
text for organisations, places or numbers again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from pipelines.domain.extract.annotate.cues import Cue
from pipelines.domain.extract.annotate.facilities import Frame
from pipelines.domain.extract.annotate.money import Money
from pipelines.domain.extract.annotate.name_words import name_key
from pipelines.domain.extract.annotate.organisations import OrgMention, PersonMention
from pipelines.domain.extract.annotate.places import CountryName, PlaceMention
from pipelines.domain.extract.annotate.quantities import Quantity
from pipelines.domain.extract.parse import NUMBERED_ITEM, ParsedArticle, is_heading, shouted
from pipelines.domain.reference import fold


@dataclass
class SentenceDoc:
    """One sentence and everything the annotators found in it, with character offsets into `text`."""

    idx: int
    paragraph: int
    text: str
    countries: list[CountryName] = field(default_factory=list)  # every country named, as a place or not
    places: list[PlaceMention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    money: list[Money] = field(default_factory=list)
    orgs: list[OrgMention] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    facilities: list[Frame] = field(default_factory=list)
    cues: dict[str, list[Cue]] = field(default_factory=dict)  # cue type -> cues, in text order

    @cached_property
    def is_heading(self) -> bool:
        """Asked of every earlier sentence by the discourse ('a heading opens a new topic'): read once."""
        return is_heading(self.text)

    @property
    def is_item_heading(self) -> bool:
        """'10. Kara-Balta refinery, Kyrgyzstan': a ranked list's item, named in a heading of its own; not
        one in capitals ('3. UZBEKISTAN: HARBIN WINS NAVOI PLANT'), where names and places cannot be told."""
        return self.is_heading and bool(NUMBERED_ITEM.match(self.text)) and not shouted(self.text)

    def cue(self, cue_type: str) -> list[Cue]:
        return self.cues.get(cue_type, [])

    @property
    def sites(self) -> list[PlaceMention]:
        """Places that can locate a facility (not a venue, a company's home, a dateline, part of a name)."""
        return [p for p in self.places if p.is_site]

    def sites_between(self, start: int, end: int) -> list[PlaceMention]:
        return [p for p in self.sites if start <= p.start < end]

    def quantities_between(self, start: int, end: int) -> list[Quantity]:
        return [q for q in self.quantities if start <= q.start < end]


@dataclass
class ArticleDoc:
    """A parsed article's sentences, annotated, plus what holds for the whole article."""

    article: ParsedArticle
    sentences: list[SentenceDoc]
    about: list[SentenceDoc]  # the title and an 'About the company' block: names and parents only
    short_names: dict[str, str] = field(default_factory=dict)  # short form -> the long name it stands for
    country: str = "KZ"  # the Central Asian country the article speaks of most
    region: PlaceMention | None = None  # the only region of that country the article names, if one

    @property
    def article_id(self) -> str:
        return self.article.article_id

    @cached_property
    def formal_org_names(self) -> frozenset[str]:
        """The keys of the organisations the article writes with a legal form somewhere ('silleno' of
        'Silleno LLP')."""
        names = (o.text for s in self.sentences for o in s.orgs)
        return frozenset(key for text in names if (key := name_key(text)) != fold(text))

    def next_sentence(self, sentence: SentenceDoc) -> SentenceDoc | None:
        """The sentence right after this one, in whatever paragraph."""
        following = self.sentences[sentence.idx + 1 : sentence.idx + 2]
        return following[0] if following else None

    @property
    def headline(self) -> SentenceDoc | None:
        """The title, read like a sentence for its facility and status only."""
        return self.about[0] if self.article.title and self.about else None

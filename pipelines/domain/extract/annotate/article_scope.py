"""What holds for a whole article: the country it speaks of, and its region when it names only one."""

from __future__ import annotations

from collections import Counter

from pipelines.domain.extract.annotate.places import CENTRAL_ASIA, PlaceMention
from pipelines.domain.extract.doc import SentenceDoc

DEFAULT_COUNTRY = "KZ"


def article_country(sentences: list[SentenceDoc]) -> str:
    """The Central Asian country the article names most (not a neighbour across a border, 'on the border
    with Kyrgyzstan', nor a buyer, 'half of the cement will go to Uzbekistan'); of two named as often, or
    where it names none, the one of more of the regions and towns it places things in ('Navoi region'
    only: Uzbekistan); else Kazakhstan."""
    names = Counter(
        name.country
        for doc in sentences
        for name in doc.countries
        if name.country in CENTRAL_ASIA and not name.elsewhere
    )
    places = Counter(
        place.country
        for doc in sentences
        for place in doc.sites
        if place.country in CENTRAL_ASIA and place.kind != "country"
    )
    if not names and not places:
        return DEFAULT_COUNTRY
    return max(names | places, key=lambda code: (names[code], places[code], code == DEFAULT_COUNTRY))


def article_region(sentences: list[SentenceDoc], country: str) -> PlaceMention | None:
    """The region of an article that names only one region of its country as a site in all its text
    (datelines, venues, companies' homes and regions abroad do not count)."""
    found = [place for doc in sentences for place in doc.sites if place.region and place.country == country]
    return found[0] if len({(p.region, p.country) for p in found}) == 1 else None

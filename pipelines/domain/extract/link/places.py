"""Facility ↔ place: locality, region and country of a project mention, from its own words first, then
from its clause, the paragraph, a list's lead-in line, or an article that names only one region."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.domain.extract.annotate.cues import clause_bounds
from pipelines.domain.extract.annotate.facilities import Frame, is_feed_source
from pipelines.domain.extract.annotate.facility_types import singular
from pipelines.domain.extract.annotate.name_words import (
    GENERIC_NAME_WORDS,
    GLUED_STEMS,
    LEGAL_FORMS_BEFORE,
    PLACE_QUALIFIERS,
    is_acronym,
)
from pipelines.domain.extract.annotate.noun_phrases import BESIDE
from pipelines.domain.extract.annotate.org_shapes import is_demonym
from pipelines.domain.extract.annotate.places import CENTRAL_ASIA, NEAR_SETTLEMENT, PlaceMention
from pipelines.domain.extract.annotate.standalone import stands_alone_in
from pipelines.domain.extract.doc import SentenceDoc
from pipelines.domain.extract.facts import Facts, ProjectMention
from pipelines.domain.extract.link.coreference import has_ordinal, other_ordinal
from pipelines.domain.extract.link.discourse import Discourse
from pipelines.domain.extract.parse import BULLET_MARK, is_list_item
from pipelines.domain.reference import Reference, fold

LOCATIVE = re.compile(
    rf"\b(?:in|near|at|around|outside|within|{NEAR_SETTLEMENT})\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,4}$",
    re.I,
)
OPENING_PHRASE = re.compile(r"^\s*(?:in|near|at|around|outside|on|last|this|next|earlier|since)\b", re.I)
# a data sheet's field whose value is the site: 'Location: Yereymentau District, Akmola Region'
_LOCATION_LABEL = r"(?:^|,\s)(?:project\s+)?(?:location|site|region|address)\s*:\s*(?:in\s+|near\s+)?"
LOCATION_FIELD = re.compile(rf"{_LOCATION_LABEL}$", re.I)  # 'Location: ', 'Region: ' right before a place
# 'Location: Bukhara region, ' before 'Peshku district': every place of the field
_IN_LOCATION_FIELD = re.compile(rf"{_LOCATION_LABEL}(?:[^,:;]{{1,40}},\s*){{0,2}}$", re.I)
_LOCATED = re.compile(r"\b(?:located|situated|lies|sited|is being built|will be built|was built)\b", re.I)
_LOCATIVE_LIST = re.compile(
    r"\b(?:in|near|at)\s+(?:the\s+)?(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?(?:\s*\([^()]*\))?(?:,\s*|,?\s+and\s+))+$"
)
_DESTINED = re.compile(
    r"\b(?:planned|slated|earmarked|destined|proposed|intended)\s+for\s+(?:the\s+)?$", re.I
)
_LIST_ITEM = re.compile(rf"^\s*{BULLET_MARK}\s+")
_ITEM_HEAD_END = re.compile(r":|\s[-\u2013\u2014]\s")  # '- Ereymentau, Akmola region: ...', '- Bukhara - a'
_WHERE = re.compile(r"\s*(?:region|city|district)?\s*,\s*where\s+[^,;.]{0,80}", re.I)  # ', where X builds a'
_PAIR = re.compile(r"[A-Z][\w']*(?:[-\u2013][A-Z][\w']*)+")  # "South-North", "KazMunayGas-CNPC": two names
_THERE = re.compile(r"^\s+(?:right\s+|also\s+)?there\b(?!\s+(?:is|are|was|were|will)\b)", re.I)
_STOP_DASH = re.compile(r"\s-\s")  # 'Balykchy - Kadji-Say' (long dashes are hyphens once the text is read)
_CONTEXT_LOOKBACK = 8  # sentences back a list's lead-in line may stand
_PARAGRAPH_LOOKBACK = 2  # sentences back in the paragraph whose single region carries over
_GLUED_TOWN = 4  # letters of the shortest town a company's name may begin with ('Navoiyazot')
_PROVIDER_REACH = re.compile(r"[^.;]{0,60}")  # between 'It' and 'envisages': 'will also', ', signed in May,'
_POSSESSOR = re.compile(r"^(?:the )?(\w+)'s\s", re.I)  # 'the refinery's aromatics complex'
_HOME_ROLES = ("owner", "operator", "developer", "partner")  # whose home may be its plant's
_HOME_APPOSITION = re.compile(  # ', the chemical producer in ' between a company and its home
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){1,4}(?:in|of)\s+(?:the\s+)?(?:city\s+of\s+)?"
)
_HEADING_LEAD = re.compile(r"\s*[:\u2013\u2014]\s+|\s+-\s+")  # 'Kazakhstan: fewer permits': the lead before


def place_mention(
    mention: ProjectMention,
    frame: Frame,
    slot_places: list[PlaceMention],
    discourse: Discourse,
    ref: Reference,
) -> None:
    """Locality, region and country from the frame's own words, else from the sentence and paragraph (a
    town or district before the facility: 'built in Kokshetau of a CHP plant', '- Navoi region, Nurata
    district: a wind farm')."""
    sentence = mention.sentence
    slot_places = _central_asian_end(frame, _own_sites(sentence, frame, slot_places, ref))
    if all(p.kind == "country" for p in slot_places):
        slot_places = slot_places + _record_field_sites(mention, frame, discourse)
    locality = _fitting_town(slot_places) or _opening_village(sentence, frame)
    region = next((p for p in slot_places if p.kind == "region"), None)
    district = next((p for p in slot_places if p.kind == "district" and p.region), None)
    country = next((p for p in slot_places if p.kind == "country" and not _possessive(frame, p)), None)
    known, locality = _site_of(region, locality, district)
    route_country = _section_country(sentence, frame) or _route_country(frame, ref)
    if route_country and known is not None and known.country != route_country:
        known = locality = None  # 'a China-Kyrgyzstan line from Kashgar': its Chinese end is no site
    by_context = known is None and country is None and not _site_undecided(sentence, discourse)
    if by_context and _placed_by_neighbour(mention, frame, discourse, ref):
        return
    paragraph_country = _paragraph_country(sentence, frame, discourse, ref)
    apposed = _country_apposed(sentence, frame)
    if by_context and apposed is None and not frame.linear:
        known, locality, district = _place_of_context(
            mention, frame, (locality, district), paragraph_country, discourse, ref
        )
    mention.locality = _locality(mention, frame, locality, district, discourse, ref)
    known = known or _route_region(sentence, frame, ref)
    if known is not None and known.region:
        mention.region, mention.region_code, mention.country = known.region, known.region_code, known.country
    told = route_country or _stated_country(sentence, frame, (country, locality), apposed)
    mention.country = (
        mention.country or told or _country_around(sentence, frame, paragraph_country, discourse)
    )
    if mention.locality and not mention.region:
        _region_of_same_town(mention, discourse)


def _record_field_sites(mention: ProjectMention, frame: Frame, discourse: Discourse) -> list[PlaceMention]:
    """'Project: a plant for oilseeds, Sector: ..., Location: Kostanay, industrial zone': the places of a
    record's location field site the project the record opens with."""
    sentence = mention.sentence
    first = next((m for m in discourse.mentions if m.sentence is sentence), None)
    if first is not mention:
        return []
    text = sentence.text
    return [
        p for p in sentence.sites if p.start >= frame.span_end and _IN_LOCATION_FIELD.search(text[: p.start])
    ]


def _stated_country(
    sentence: SentenceDoc, frame: Frame, places: tuple[PlaceMention | None, ...], apposed: str | None
) -> str | None:
    """The country the frame's own words give: a country or town of its phrase, the country owning it
    ("Türkiye's Karapinar plant"), or one set after it by a comma."""
    return next((p.country for p in places if p), None) or owning_country(sentence, frame) or apposed


def _central_asian_end(frame: Frame, places: list[PlaceMention]) -> list[PlaceMention]:
    """'a line from Ulugqat in Xinjiang to Sary-Tash in Kyrgyzstan's Osh region': a line or pipeline that
    crosses into Central Asia stands at its Central Asian end."""
    ours = [p for p in places if p.country in CENTRAL_ASIA]
    return ours if frame.linear and ours and len(ours) < len(places) else places


def _place_of_context(
    mention: ProjectMention,
    frame: Frame,
    town: tuple[PlaceMention | None, PlaceMention | None],
    paragraph_country: str | None,
    discourse: Discourse,
    ref: Reference,
) -> tuple[PlaceMention | None, PlaceMention | None, PlaceMention | None]:
    """The region (and town or district before the facility) the clause or paragraph gives a frame its own
    words do not place: (the place, the locality, the district)."""
    locality, district = town
    sentence = mention.sentence
    known = _context_region(sentence, frame, discourse, paragraph_country)
    known = known if known is None or _context_fits(known, locality, sentence, frame, ref) else None
    mention.placed_by_context = known is not None
    if _town_before(known, sentence, frame):
        mention.placed_by_context = False
        locality, district = (locality or known, district) if known.kind == "locality" else (locality, known)
    return known, locality, district


def _town_before(known: PlaceMention | None, sentence: SentenceDoc, frame: Frame) -> bool:
    """A town or district the context gives before the facility; a named facility is not placed by another
    sentence's town ('The Rogun plant ... Downstream stands Sangtuda-2, a 220 MW plant')."""
    if known is None or known.kind not in ("locality", "district") or known.start >= frame.np_start:
        return False
    return not frame.name or any(p is known for p in sentence.places)


def _context_fits(
    place: PlaceMention, town: PlaceMention | None, sentence: SentenceDoc, frame: Frame, ref: Reference
) -> bool:
    """A place of the context may site a frame: in the region of one of the towns of its own town's name
    ('signed in Almaty for a smelter near Aktogay': Aktogay stays, of several regions), and in the country
    the sentence speaks for or owns it ('Tashkent wants ...', "Türkiye's plant": no region of another
    country)."""
    towns = ref.localities_by_surface.get(fold(town.text), []) if town else []
    told = {_country_before(sentence, frame), owning_country(sentence, frame)} - {None}  # "Türkiye's plant"
    return (not towns or place.region in {t.region for t in towns}) and told <= {place.country}


def _region_of_same_town(mention: ProjectMention, discourse: Discourse) -> None:
    """'an APT plant at the Bakuta Mine site' after 'the Bakuta tungsten mine in Almaty Oblast': a town the
    gazetteer lacks takes the region the article gave it before."""
    town = fold(mention.locality or "")
    there = {m.root for m in discourse.mentions if m is not mention and fold(m.locality or "") == town}
    placed = [m for m in discourse.mentions if m.root in there and m.region and m.country == mention.country]
    if len({m.region for m in placed}) == 1:
        mention.region, mention.region_code = placed[0].region, placed[0].region_code


def _country_around(
    sentence: SentenceDoc, frame: Frame, paragraph_country: str | None, discourse: Discourse
) -> str | None:
    """The country a frame's own words do not give: the line's, the one named before it, the paragraph's,
    the article's."""
    return (
        _linked_country(sentence, frame)
        or _country_before(sentence, frame)
        or paragraph_country
        or discourse.doc.country
    )


def _place_there(mention: ProjectMention, frame: Frame, discourse: Discourse) -> bool:
    """'a 300 MW wind farm near Yereymentau in Akmola region. Samruk-Energy already operates a 45 MW wind
    farm there': the town (one in a region it names, if any; else the region) the sentence before names;
    so for each facility a counted plural placed there sums up."""
    idx, sentence = mention.sentence.idx, mention.sentence
    summed = [  # 'two gas processing plants there: the first, ..., and the second, ...'
        f.head_end for f in sentence.facilities if f.statistics and f.count and f.head_end <= frame.np_start
    ]
    if not (idx and any(_THERE.match(sentence.text[end:]) for end in [frame.head_end, *summed])):
        return False
    sites = [p for p in discourse.doc.sentences[idx - 1].sites if p.region]
    town = [p for p in sites if p.kind in ("locality", "district")]
    regions = {p.region for p in sites if p.kind == "region"}
    in_region = [p for p in town if p.region in regions]  # not 'the contract area ... that Ashgabat gave'
    source = (in_region or town or sites)[-1] if sites else None
    if source is None:
        return False
    mention.locality = source.locality if town else None
    mention.region, mention.region_code, mention.country = source.region, source.region_code, source.country
    return True


def _placed_by_neighbour(mention: ProjectMention, frame: Frame, discourse: Discourse, ref: Reference) -> bool:
    """A facility its own words leave unplaced, placed by the one it stands with: the town of the sentence
    before ('... there'), the facility it belongs to ('the refinery's complex'), its ranked sibling, the
    project it is built for ('It envisages the construction of ...')."""
    return (
        _place_there(mention, frame, discourse)
        or _place_of_possessor(mention, frame, discourse)
        or _place_of_ranked_sibling(mention, frame, discourse)
        or _place_of_neighbour(mention, frame, discourse)
        or _place_of_provider(mention, frame, discourse, ref)
    )


def beside_another(frame: Frame) -> bool:
    """'the neighbouring refinery', 'a nearby plant': an unnamed facility said to stand next to another."""
    return not frame.name and bool(BESIDE.search(frame.noun_phrase))


def _place_of_neighbour(mention: ProjectMention, frame: Frame, discourse: Discourse) -> bool:
    """'The Junda refinery in Kara-Balta ... The neighbouring refinery of Zhongda': an unnamed facility said
    to stand beside the last one of its noun and kind stands where that one stands."""
    if not beside_another(frame):
        return False
    neighbour = _last_placed(discourse, frame.head_word, lambda m: m.project_type == mention.project_type)
    return _stands_with(mention, neighbour)


def _place_of_provider(mention: ProjectMention, frame: Frame, discourse: Discourse, ref: Reference) -> bool:
    """'... an aluminium cluster near Ekibastuz. It envisages the construction of an aluminium smelter, an
    alumina refinery and ...': what the project spoken of provides for stands where that project stands."""
    sentence = mention.sentence
    subject = next((c for c in sentence.cue("anaphor") if c.start == 0), None)  # 'It', 'The project'
    verb = (
        ref.cue_pattern("provides_for").search(sentence.text, subject.end, frame.head_start)
        if subject
        else None
    )
    if verb is None or not _PROVIDER_REACH.fullmatch(sentence.text, subject.end, verb.start()):
        return False  # (to the head: 'The complex will involve an alumina refinery' is one noun phrase)
    root = discourse.first_mention(discourse.recent_project(sentence, None))
    return root is not None and bool(root.region) and _stands_with(mention, root)


def _place_of_ranked_sibling(mention: ProjectMention, frame: Frame, discourse: Discourse) -> bool:
    """'The first gas processing plant there ... and the second, able to process 9 bcm': a facility ranked
    after another of its noun and kind, placed by nothing of its own, stands where that one stands."""
    sibling = _last_placed(
        discourse,
        frame.head_word,
        lambda m: (
            m.project_type == mention.project_type
            and has_ordinal(m.frame.noun_phrase)  # 'the first plant', not 'a new plant'
            and other_ordinal(frame.noun_phrase, m.frame.noun_phrase)
        ),
    )
    return _stands_with(mention, sibling)


def _site_undecided(sentence: SentenceDoc, discourse: Discourse) -> bool:
    """The sentence, or the next, says the site is not chosen yet ('The second plant will be led by CNNC.
    No site has been chosen.'): no place the context gives is the facility's."""
    following = discourse.doc.sentences[sentence.idx + 1 : sentence.idx + 2]
    return any(s.cue("site_undecided") for s in (sentence, *following))


def _place_of_possessor(mention: ProjectMention, frame: Frame, discourse: Discourse) -> bool:
    """'SEG also built the refinery's aromatics complex': a facility of the refinery spoken of stands where
    that refinery stands."""
    possessor = _POSSESSOR.match(frame.noun_phrase)
    owner = _last_placed(discourse, singular(fold(possessor[1]))) if possessor else None
    return _stands_with(mention, owner)


def _last_placed(
    discourse: Discourse, head_word: str, fits: Callable[[ProjectMention], bool] = lambda m: True
) -> ProjectMention | None:
    """The last project introduced with this facility noun that has a region (and fits)."""
    return next(
        (
            m
            for m in reversed(discourse.mentions)
            if m.refers_to is None
            and m.frame is not None
            and m.head_word == head_word
            and m.region
            and fits(m)
        ),
        None,
    )


def _stands_with(mention: ProjectMention, other: ProjectMention | None) -> bool:
    """Give `mention` the place of `other`, a facility it stands with; False when there is none."""
    if other is None or other is mention:
        return False
    mention.locality, mention.region, mention.region_code = other.locality, other.region, other.region_code
    mention.country, mention.placed_by_context = other.country, True
    return True


def _route_region(sentence: SentenceDoc, frame: Frame, ref: Reference) -> PlaceMention | None:
    """'the 220 kV Balykchy - Kadji-Say line': a line whose named stops the gazetteer places in one region
    (and none in another: not 'the Ekibastuz-Semey line') runs within it."""
    if not frame.linear:
        return None
    phrase = sentence.text[frame.np_start : frame.head_start]
    stops = [p for p in sentence.places if frame.np_start <= p.start < frame.head_start and p.region]
    known = [
        (word, places)
        for word in re.split(r"[\s-]+", phrase)
        if (places := ref.localities_by_surface.get(fold(word)))
    ]
    regions = {p.region for p in stops} | {place.region for _, places in known for place in places}
    route = len(stops) > 1 or bool(_STOP_DASH.search(phrase))  # two stops, not 'Ust-Kamenogorsk line'
    if len(regions) != 1:
        return None
    if stops and route:
        return stops[0]
    if len({word for word, _ in known}) < 2:
        return None
    place = known[0][1][0]  # 'the Ayni-Penjikent line': stops written as one name
    return PlaceMention(
        frame.np_start,
        frame.head_start,
        phrase,
        "region",
        place.country,
        place.region,
        place.region_code,
        None,
    )


def _linked_country(sentence: SentenceDoc, frame: Frame) -> str | None:
    """'the South-North line, which links the country's south with northern Sughd region', 'the
    Beineu-Bozoi-Shymkent pipeline': the one Central Asian country of the places a line's sentence names
    from the line on."""
    if not frame.linear:
        return None
    sites = sentence.sites_between(frame.np_start, len(sentence.text))
    countries = {p.country for p in sites if p.country in CENTRAL_ASIA and p.kind != "country"}
    return countries.pop() if len(countries) == 1 else None


_SECTION_OF = re.compile(r"\s+(?:section|stretch|leg|segment|part)\s+of\s+(?:the\s+)?$", re.I)


def _section_country(sentence: SentenceDoc, frame: Frame) -> str | None:
    """'the Tajik section of Line D', 'the Kazakhstan stretch of the pipeline': a line's section stands in
    the country it is named for."""
    if not frame.linear:
        return None
    text = sentence.text
    named = (
        c.country
        for c in sentence.countries
        if c.end <= frame.np_start and _SECTION_OF.fullmatch(text, c.end, frame.np_start)
    )
    return next(named, None)


def _site_of(
    region: PlaceMention | None, locality: PlaceMention | None, district: PlaceMention | None
) -> tuple[PlaceMention | None, PlaceMention | None]:
    """The place that sites a frame, and its town (a town of another region than the region or district
    named with it belongs to another item of a list, or names the facility after it: 'the Taraz wind farm
    in Tolebi district')."""
    stated = region or district
    if stated and locality and locality.region and stated.region and locality.region != stated.region:
        locality = None
    return (region or locality if (region or (locality and locality.region)) else district), locality


def _route_country(frame: Frame, ref: Reference) -> str | None:
    """'the Kazakhstan-China oil pipeline ... to Alashankou in China's Xinjiang', 'a China-Kyrgyzstan
    power line': a line named after the countries it joins is the Central Asian one's."""
    if not frame.linear:
        return None
    words = re.split(r"[\s\u2013-]+", frame.noun_phrase)
    named = [ref.country_by_surface.get(fold(w)) for w in words]
    return next((c for c in named if c in CENTRAL_ASIA), None)


def _own_sites(
    sentence: SentenceDoc, frame: Frame, slot_places: list[PlaceMention], ref: Reference
) -> list[PlaceMention]:
    """The places of the frame's words that site it: a plural or a line only by a locative ('lines from
    Ekibastuz to ...' name no site); not where a plant's feed comes from ('a bitumen plant processing
    heavy oil from the Karazhanbas field')."""
    if not (frame.plural or frame.linear):
        text = sentence.text
        return [
            p
            for p in slot_places
            if p.start < frame.head_end or not is_feed_source(text[frame.head_end : p.start], ref)
        ]
    return [
        p
        for p in slot_places
        if _is_locative(sentence.text, p) or (p.start < frame.head_end and not frame.linear)
    ]


def _locality(
    mention: ProjectMention,
    frame: Frame,
    locality: PlaceMention | None,
    district: PlaceMention | None,
    discourse: Discourse,
    ref: Reference,
) -> str | None:
    """The town as written: a town of the phrase, else the first word of the name, of the deposit it stands
    at, or the district ('in the Nurabad district of Samarkand Region')."""
    if locality:
        return locality.locality
    named = _name_locality(mention.name, discourse, ref) or _name_locality(frame.site, discourse, ref)
    if district and (not named or _town_elsewhere(named, district, ref)):
        return district.text  # 'the Taraz wind farm in Tolebi district': named after a town elsewhere
    return named


def _town_elsewhere(word: str, district: PlaceMention, ref: Reference) -> bool:
    """A name's word the gazetteer knows only as a town of another region than the district's."""
    towns = ref.localities_by_surface.get(fold(word), [])
    return bool(towns) and all(town.region != district.region for town in towns)


def place_reference(mention: ProjectMention) -> None:
    """'The project ... is located near the town of Y', 'Planned for the Karaganda region, the project ...':
    a place for an earlier project, in the reference's own words or its clause after a locative."""
    sentence = mention.sentence
    start, end = mention.span
    low, high = clause_bounds(sentence.text, mention.head_start)
    located = [
        p
        for p in sentence.sites
        if p.kind in ("locality", "region", "district")
        and (
            (start <= p.start < end and (mention.head_end or _LOCATED.search(sentence.text)))
            or (
                low <= p.start < high
                and _is_locative(sentence.text, p)
                and not _of_a_later_facility(mention, p)
            )
        )
    ]
    if not located:
        return
    # the town, else the district: 'The facility is located in the Kattakurgan district'
    locality = next((p for p in located if p.kind == "locality"), None) or next(
        (p for p in located if p.kind == "district"), None
    )
    region = next((p for p in located if p.region), None)
    mention.locality = (locality.locality or locality.text) if locality else None
    if region:
        mention.region, mention.region_code, mention.country = (
            region.region,
            region.region_code,
            region.country,
        )


# 'through a new line to the Kemin substation': the way or the end of what a plant sends
_DESTINATION_BEFORE = re.compile(r"\b(?:to|into|towards|through|via|along)\s+$", re.I)


def _of_a_later_facility(mention: ProjectMention, place: PlaceMention) -> bool:
    """'Power from the plant will flow through a new line to the Kemin substation in Chuy region': a place
    in the words of a facility named after the reference as the way or the end of something sent is that
    facility's (not of the old plant the reference replaces, whose site it may take)."""
    text = mention.sentence.text
    return any(
        mention.head_start < f.np_start
        and f.head_end <= place.start < f.span_end
        and _DESTINATION_BEFORE.search(text, 0, f.np_start)
        for f in mention.sentence.facilities
    )


def _is_locative(text: str, place: PlaceMention) -> bool:
    """'in Semey', 'near the village of X', 'planned for the Karaganda region', 'Location: X, Y', or a later
    item of a list the locative opens: 'in Kokshetau (240 MW), Semey (360 MW) and Ust-Kamenogorsk'."""
    before = text[: place.start]
    return any(
        pattern.search(before) for pattern in (LOCATIVE, _DESTINED, _LOCATIVE_LIST, _IN_LOCATION_FIELD)
    )


def _country_before(sentence: SentenceDoc, frame: Frame) -> str | None:
    """'In Kyrgyzstan, TBEA built the ... line', 'Tashkent wants Chinese firms to build a solar plant': the
    country the sentence opens with, or whose capital speaks for it."""
    before = [p for p in sentence.places if p.end <= frame.np_start]
    speaking = [p for p in before if p.role == "government"]  # 'Astana and Beijing agreed': the first
    if speaking:
        return speaking[0].country
    for place in reversed(before):
        opens = re.search(r"\bin\s+(?:the\s+)?$", sentence.text[: place.start], re.I)
        if place.is_site and place.kind == "country" and opens:
            return place.country
    return None


def _context_region(
    sentence: SentenceDoc, frame: Frame, discourse: Discourse, paragraph_country: str | None
) -> PlaceMention | None:
    """A region named before the facility in its clause, or in the paragraph's previous sentences (of the
    article's country or one this sentence names: 'cooperation between Beijing and ...' places nothing)."""
    where = _place_of_where_clause(sentence, frame)
    if where is not None:
        return where
    low, _ = clause_bounds(sentence.text, frame.np_start)
    item_head = is_list_item(sentence.text) and bool(_ITEM_HEAD_END.search(sentence.text[: frame.np_start]))
    before = [
        p
        for p in sentence.sites
        if low <= p.start
        and p.end <= frame.np_start
        and p.region
        and (p.kind != "locality" or _is_locative(sentence.text, p) or item_head)
    ]
    if before:  # '- Ereymentau, Akmola region: a 150 MW wind farm': the item's town and region
        towns = [p for p in before if p.kind in ("locality", "district") and p.region == before[-1].region]
        return towns[-1] if towns else before[-1]
    opening = opening_place(sentence, frame)
    if opening is not None:
        return opening
    countries = {discourse.doc.country, paragraph_country} | {name.country for name in sentence.countries}
    for earlier in _context_sentences(sentence, discourse):
        found = [p for p in earlier.sites if p.region and p.country in countries]
        if len({(p.region, p.country) for p in found}) == 1:
            return found[0]
    elsewhere = paragraph_country not in (None, discourse.doc.country)
    return None if elsewhere else discourse.doc.region


def _fitting_town(places: list[PlaceMention]) -> PlaceMention | None:
    """The first town of the frame's words; of several, the first in the region or district they name ('the
    Balkhash plant ... near the village of Ulken in Zhambyl district of Almaty oblast' stands in Ulken)."""
    towns = [p for p in places if p.kind == "locality"]
    stated = next((p for p in places if p.kind in ("region", "district") and p.region), None)
    fitting = [t for t in towns if stated is not None and t.region == stated.region]
    return next(iter(fitting or towns), None)


def opening_place(sentence: SentenceDoc, frame: Frame) -> PlaceMention | None:
    """'In northern Sughd, TCMC operates the X mine, and in 2021 it began building a smelter', 'In June 2019,
    in the Ahal velayat, near Ovadandepe, the world's first plant ...': the place the phrases opening the
    sentence name holds the whole sentence."""
    end = _opening_end(sentence, frame)
    head = sentence.text[:end]
    opening = [p for p in sentence.sites if p.end <= end and p.region and _is_locative(head, p)]
    return (
        opening[-1] if len({p.region for p in opening}) == 1 and opening[-1].end <= frame.np_start else None
    )


def _opening_end(sentence: SentenceDoc, frame: Frame) -> int:
    """Where the phrases set off by commas that open the sentence before the facility end (0 for none)."""
    phrases = sentence.text.split(",")
    end = len(phrases[0]) if len(phrases) > 1 else 0
    for phrase in phrases[1:-1]:  # more phrases set off by commas before the facility: 'in the Ahal velayat'
        if end + len(phrase) >= frame.np_start or not OPENING_PHRASE.match(phrase):
            break
        end += len(phrase) + 1
    return end


def _opening_village(sentence: SentenceDoc, frame: Frame) -> PlaceMention | None:
    """'Near the village of Darbaza, TCC is building a cement plant': a village the gazetteer lacks, named in
    the phrases the sentence opens with, is the town of the facility after them."""
    end = _opening_end(sentence, frame)
    if not OPENING_PHRASE.match(sentence.text) or not 0 < end < frame.np_start:
        return None
    found = [p for p in sentence.sites if p.kind == "locality" and not p.region and p.end <= end]
    return found[-1] if found else None


def _place_of_where_clause(sentence: SentenceDoc, frame: Frame) -> PlaceMention | None:
    """'in the neighbouring Shymkent, where the oil refinery of PKOP processes ...', 'he visited Ekibastuz,
    where East Hope is building a smelter': the place a 'where' clause opens on holds its facility."""
    for place in sentence.sites:
        if place.region and _WHERE.fullmatch(sentence.text[place.end : frame.np_start]):
            return place
    return None


def _paragraph_country(
    sentence: SentenceDoc, frame: Frame, discourse: Discourse, ref: Reference
) -> str | None:
    """'Tajikistan shows what happens when loans run short. ... the Upper Kumarg and East Duoba gold
    deposits': the one Central Asian country the paragraph names by name before the facility, else its
    section's heading."""
    earlier = [s for s in discourse.doc.sentences[: sentence.idx] if s.paragraph == sentence.paragraph]
    named = [name for s in earlier for name in s.countries]
    named += [name for name in sentence.countries if name.end <= frame.np_start]
    codes = {
        name.country
        for name in named
        if name.country in CENTRAL_ASIA
        and not name.elsewhere
        and (not is_demonym(name.text, ref) or "republic" in fold(name.text))
    }
    return codes.pop() if len(codes) == 1 else _heading_country(sentence, discourse, ref)


def _heading_country(sentence: SentenceDoc, discourse: Discourse, ref: Reference) -> str | None:
    """'Turkmenistan', 'KYRGYZSTAN:', 'Kazakhstan: fewer permits, more training' heading the paragraphs
    after it: the country of a section whose heading is, or opens with, one Central Asian country's name."""
    heading = next((s for s in reversed(discourse.doc.sentences[: sentence.idx]) if s.is_heading), None)
    lead = _HEADING_LEAD.split(heading.text.strip(" :.-\u2013\u2014"), maxsplit=1)[0] if heading else ""
    code = ref.country_by_surface.get(fold(lead))
    return code if code in CENTRAL_ASIA else None


def _context_sentences(sentence: SentenceDoc, discourse: Discourse) -> list[SentenceDoc]:
    """Earlier sentences whose place carries over: the paragraph's last two, or a list's lead-in line
    ('Qyzylorda region:'); the items before a list item are about their own facilities."""
    out: list[SentenceDoc] = []
    sentences = discourse.doc.sentences
    item = bool(_LIST_ITEM.match(sentence.text))
    for earlier in reversed(sentences[max(0, sentence.idx - _CONTEXT_LOOKBACK) : sentence.idx]):
        sibling = item and bool(_LIST_ITEM.match(earlier.text))
        if earlier.text.endswith(":") and item:
            out.append(earlier)
            break
        if sibling:
            continue
        if earlier.paragraph == sentence.paragraph and sentence.idx - earlier.idx <= _PARAGRAPH_LOOKBACK:
            out.append(earlier)
        else:
            break
    return out


def owning_country(sentence: SentenceDoc, frame: Frame) -> str | None:
    """ "Türkiye's Karapinar solar plant": the country whose named facility the phrase names (not
    "China's third-generation reactor", a kind of one)."""
    owners = [p for p in sentence.places if p.kind == "country" and frame.name and _possessive(frame, p)]
    return next((p.country for p in owners if sentence.text.startswith(("'s ", "’s "), p.end)), None)


_APPOSED_COUNTRY = re.compile(r"^(?:\s+[Pp]roject)?\s*,\s*(?:the\s+)?(?:Republic\s+of\s+)?$")
_APPOSITION_END = re.compile(r"^\s*(?:$|[|,.;)])")


def _country_apposed(sentence: SentenceDoc, frame: Frame) -> str | None:
    """'EPC Contract for the Tupolang Hydropower Station Project, Republic of Uzbekistan |': the country set
    after a named facility by a comma, alone, as headings and tables of contracts write it."""
    for name in sentence.countries:
        between, after = sentence.text[frame.head_end : name.start], sentence.text[name.end :]
        if frame.name and _APPOSED_COUNTRY.match(between) and _APPOSITION_END.match(after):
            return name.country
    return None


def _possessive(frame: Frame, place: PlaceMention) -> bool:
    """ "Kazakhstan's first polyethylene plant": the country owns the phrase, no site of it; the country
    it stands in when nothing else places it."""
    return frame.np_start <= place.start < frame.head_start and place.text in frame.noun_phrase.split("'s")[0]


_SHORTEST_TOWN = 3  # letters of the shortest town name ('Osh')


def _name_locality(name: str | None, discourse: Discourse, ref: Reference) -> str | None:
    """'Turgusun hydropower station': the name's first word when it is no organisation, country, word of
    any name ('Central Asia Gas Pipeline') or common word the article also writes in lower case ('Fuel
    Assembly Plant' beside 'nuclear fuel')."""
    if not name:
        return None
    words = name.split()
    first = re.sub(r"-\d+$", "", words[0])  # 'Dushanbe-2 CHP plant
    if fold(first) in PLACE_QUALIFIERS and len(words) > 2 and _is_place_word(words[1], ref):
        return f"{first} {words[1]}"  # 'Upper Kumarg mine', 'East Duoba gold deposit'
    word = fold(first)
    known = word in GENERIC_NAME_WORDS or word in ref.country_by_surface
    known = known or _names_a_body(word, discourse, ref)
    facility = word in ref.facility_terms["head"]  # 'Line D of the ... pipeline'
    countries = any(part in ref.country_by_surface for part in word.split())  # "China-Central Asia ..."
    pair = _joined_names(first, ref)
    lower = _written_in_lower_case(first, discourse)
    letter = len(first) < _SHORTEST_TOWN  # 'B Block', 'K2 mine': a letter or a code
    return None if known or facility or countries or pair or is_acronym(first) or lower or letter else first


def _names_a_body(word: str, discourse: Discourse, ref: Reference) -> bool:
    """A listed organisation's name, or the whole name (less its legal form) of one the article names ('the
    Silleno plant' of Silleno LLP; not 'Kumbel' of Kumbel Mining LLC), that is no town or region."""
    if word in ref.organisation_by_alias:
        return True
    places = word in ref.localities_by_surface or word in ref.regions_by_surface
    return not places and word in discourse.doc.formal_org_names


def _joined_names(word: str, ref: Reference) -> bool:
    """'Beineu-Bozoi-Shymkent', 'South-North', 'KazMunayGas-CNPC': names joined into a route or a pair,
    not one town ('Fon-Yagnob', 'Kara-Balta')."""
    if not _PAIR.fullmatch(word) or fold(word) in ref.localities_by_surface:
        return False
    parts = [fold(part) for part in re.split(r"[-\u2013]", word)]
    known = (ref.localities_by_surface, ref.regions_by_surface, ref.organisation_by_alias, PLACE_QUALIFIERS)
    return len(parts) > 2 or any(part in names for part in parts for names in known)


def _is_place_word(word: str, ref: Reference) -> bool:
    """A capitalised word that is no facility term or common name word: 'Kumarg', not 'Wind'."""
    folded = fold(word)
    terms = ref.facility_terms
    known = folded in GENERIC_NAME_WORDS or folded in terms["head"] or folded in terms.get("modifier", {})
    return word[:1].isupper() and not known


def _written_in_lower_case(word: str, discourse: Discourse) -> bool:
    lower = word.lower()
    return word != lower and any(stands_alone_in(s.text, lower) for s in discourse.doc.sentences)


def place_by_company_home(discourse: Discourse, facts: Facts, ref: Reference) -> None:
    """'Navoiyazot JSC, the chemical producer in Navoi, ... the complex for the production of PVC': a
    project its own words and context leave unplaced is in its owner's home region, when the article gives
    one, or the owner's name begins with its town ('Navoiyazot'), in the project's country (a builder's or
    lender's home places nothing)."""
    if all(m.region or m.locality for m in discourse.mentions if m.refers_to is None):
        return  # every project is placed: no company's home to look for
    homes = _company_homes(discourse, ref)
    owners = {}
    for row in facts.participants:
        home = homes.get(discourse.org_key(row["surface"]))
        if row["role"] in _HOME_ROLES and home is not None:
            owners.setdefault(row["frame_id"], home)
    for mention in discourse.mentions:
        home = owners.get(mention.frame_id)
        unplaced = mention.refers_to is None and not (mention.region or mention.locality)
        if unplaced and home is not None and home.country == mention.country:
            mention.region, mention.region_code = home.region, home.region_code
            mention.placed_by_context = True


def _company_homes(discourse: Discourse, ref: Reference) -> dict[str, PlaceMention]:
    """Organisation name key -> the region the article says it is in ('X, the chemical producer in Navoi'),
    else the town its name is glued to ('Navoiyazot', 'Ferganaazot')."""
    homes: dict[str, PlaceMention] = {}
    for sentence in discourse.doc.sentences:
        for org in sentence.orgs:
            after = [p for p in sentence.places if p.start > org.end and p.region and p.kind != "country"]
            if after and _HOME_APPOSITION.fullmatch(sentence.text[org.end : after[0].start]):
                homes.setdefault(discourse.org_key(org.text), after[0])
    for name in dict.fromkeys(org.text for sentence in discourse.doc.sentences for org in sentence.orgs):
        glued = _glued_town(name, ref)
        if glued is not None:
            homes.setdefault(discourse.org_key(name), glued)
    return homes


def _glued_town(name: str, ref: Reference) -> PlaceMention | None:
    """'Navoiyazot' (Navoiy + azot): the one town a company's first word begins with, an industry's stem
    glued to it ('Shareholding' is no company of Shar)."""
    words = [w.strip('"') for w in name.split() if w not in LEGAL_FORMS_BEFORE]  # 'JSC "Navoiyazot"'
    word = words[0] if words else ""
    for cut in range(len(word) - min(map(len, GLUED_STEMS)), _GLUED_TOWN - 1, -1):
        places = ref.localities_by_surface.get(fold(word[:cut]), [])
        if word[cut:] in GLUED_STEMS and len(places) == 1:
            town = places[0]
            return PlaceMention(
                0, 0, town.name, "locality", town.country, town.region, town.region_code, town.name
            )
    return None

"""Places in a sentence: regions, towns and villages, districts, countries."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from pipelines.domain.extract.annotate.facility_types import head_pattern
from pipelines.domain.extract.annotate.name_words import FORM_OF_QUOTED, SUFFIXES
from pipelines.domain.extract.parse import MONTHS, is_list_item
from pipelines.domain.reference import PhraseMatch, Place, Reference, fold, spelling_skeleton

_LAKE_BEFORE = re.compile(r"\b(?i:lake)\s+$")  # 'the flow of the Ili to Lake Balkhash': no town
_ON_THE_RIVER = re.compile(r"\b(?:on|along|across)\s+the\s+$", re.I)  # 'on the Syr Darya near Khujand'
_NO_NOUN_AFTER = re.compile(r"^(?:\s*[,.;)]|\s+(?:near|in|at|to|and|upstream|downstream)\b|$)")
_REGION_WORD = re.compile(
    r"^[\s-]*(?:regions?|regional|oblasts?|oblys|provinces?|velayats?|viloyats?|autonomous region)\b", re.I
)
_LISTED_REGIONS_AFTER = re.compile(  # ', Turkestan and Almaty regions' after 'Zhambyl'
    r"^(?:\s*,\s*[A-Z][\w'-]*){0,4}\s*,?\s+and\s+[A-Z][\w'-]*\s+(?:regions|oblasts|provinces)\b"
)
_COMMON_NOUN_AFTER = re.compile(  # 'Tulkibas wind farm'; not 'the Amu Darya, where', 'the Altyn Asyr fields'
    r"\s+(?!(?:\w+\s+)?(?:fields?|deposits?)\b)[a-z]"
)
_WITHIN_BEFORE = re.compile(r"\b(?:district|town|city|village)\s+of\s+(?:the\s+)?$", re.I)
_DISTRICT_WORD = re.compile(r"^[\s-]*(?:districts?|raions?|rayons?|county)\b", re.I)
_SETTLEMENT_WORD = re.compile(r"^[\s-]*(?:village|town|city|settlement|aul)\b", re.I)
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"  # Latin capitals with their accents: 'Ýolöten'
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"  # and small letters: 'Gyýanly', 'Türkmenbaşy'
# 'Kara-Balta', 'Ust-Kamenogorsk', 'Gyýanly'; never 'Kara-'
_NAME_WORD = rf"[{_UPPER}][{_LOWER}']+(?:-[{_UPPER}{_LOWER}][{_LOWER}']*)*"
# 'In Moiynkum district', 'near Lake Balkhash': no settlement's name
_FUNCTION_WORD = r"(?:In|At|Near|On|The|From|Of|And|For|By|With|To|Lake)\b"
_NAME = rf"(?!{_FUNCTION_WORD}){_NAME_WORD}(?: {_NAME_WORD})?"
_UNKNOWN_LOCALITY = re.compile(  # 'the village of X', 'X village', 'near X' (not 'near X's school')
    rf"\b(?:village|town|city|settlement|aul) of (?P<a>{_NAME})|(?P<b>{_NAME}) (?:village|town|settlement)\b"
    rf"|\b(?i:near) (?P<c>{_NAME})(?<!['\u2019]s)(?![\w'\u2019-]| [{_UPPER}])"
)
# words before a settlement's name: 'the village of X', 'the outskirts of X'
NEAR_SETTLEMENT = r"(?:village|town|city|settlement|aul|outskirts|edge|vicinity|cent(?:re|er)) of"
_SETTLEMENT_OF = re.compile(rf"\b(?:{NEAR_SETTLEMENT}|near)\s+(?:the\s+)?$", re.I)
_SETTLEMENT_AFTER = re.compile(r"^\s+(?:village|town|settlement|district)\b")
_MONTH = rf"(?i:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b"
_WHEN = (  # 'last week', 'on Tuesday', 'in January last year', 'on 12 May 2024', 'on November 17 and 18'
    rf"(?:\s+(?:(?:on|in)\s+(?:\d{{1,2}}(?:\s*[-\u2013]\s*\d{{1,2}})?\s+)?"
    rf"(?:{_MONTH}\.?|\w+day|\d{{4}})(?:\s+\d{{1,4}},?)*"
    r"(?:\s+(?:and|to|-|\u2013)\s+\d{1,2},?)?"
    r"|(?:last|this|earlier|next)\s+(?:year|month|week|\w+day)|recently|yesterday|today)){0,3}"
)
_LISTED_NAME = rf"(?!{_MONTH}){_NAME}"
_PLACE_LIST = re.compile(  # 'in Aral, Balkhash and Zaysan'; not 'In September, TALCO and ...'
    rf"\b(?i:in|at|near)\s+(?:the\s+)?(?P<list>{_LISTED_NAME}(?:,\s+{_LISTED_NAME})*,?\s+and\s+{_LISTED_NAME})"
)
# 'Isfara district', 'Sughd's Isfara district' (the region's is no part of the name)
_UNKNOWN_DISTRICT = re.compile(
    rf"\b(?:{_NAME_WORD}['\u2019]s\s+)?(?P<name>{_NAME}) (?:district|raion|rayon)\b"
)
_TOWN_OF_REGION = re.compile(  # 'in Ninghua, Fujian Province', 'near Qujing, Yunnan province'
    rf"\b(?:in|at|near)\s+(?P<name>{_NAME}),\s+(?P<region>{_NAME})\s+"
    r"(?i:province|region|oblast|prefecture)\b"
)
_DATELINE_REACH = 40  # characters: a dateline's place opens the sentence and its end follows soon
# ' - ', '(Xinhua) -', ' /Kabar/': what ends a dateline ('Bishkek, May 23 /Kabar/.')
_DATELINE_END = re.compile(
    r"^[^.]*?(?:\s[-\u2013\u2014]{1,2}\s|\(\w+\)\s*[-\u2013\u2014]|\s/[A-Z][\w .-]{1,30}/)"
)
_DATE_ONLY = re.compile(  # ', May 23.', ', 23 May 2012': a sentence of a place and a date is a dateline
    r",\s*(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?\s*[.:]?\s*"
)
_ORIGIN_AFTER = re.compile(r"^-based\b|^\s*-\s*based\b", re.I)
_ORIGIN_BEFORE = re.compile(
    r"\b(?:based|headquartered|registered|incorporated) in\s+(?:the\s+)?$"
    r"|\b(?:compan(?:y|ies)|firms?|group|investors?|delegation|businessmen|manufacturer|\d+-year-old|natives?"
    r"|workers?|engineers?|specialists?|staff|people) from\s+(?:the\s+)?(?:[a-z]+\s+)?(?:[A-Z][\w-]*'s\s+)?$"
    # their home or workplace: 'officials in Tashkent'
    r"|\b(?:officials|authorities|policymakers|diplomats|analysts|observers|leaders) in\s+$",
    re.I,
)
SITE_PREPOSITIONS = r"(?:in|near|outside|at)"  # the words before the place where a facility stands
_NEAR_BEFORE = re.compile(rf"\b{SITE_PREPOSITIONS}\s+$", re.I)
# 'in neighbouring Kazakhstan': a word that only describes the country
_EPITHET = r"(?:(?:neighbou?ring|nearby|landlocked|(?:oil|gas|resource)-rich)\s+)?"
_LOCATIVE_BEFORE = re.compile(
    rf"\b(?:in|across|throughout|within|inside|into)\s+(?:the\s+)?{_EPITHET}$", re.I
)
_OWNED_THING_AFTER = re.compile(  # "China's interbank market", not "China's Xinjiang" or "China's north"
    r"^'s\s+(?!(?:north|south|east|west|central|far|north\w+|south\w+|region|province|autonomous)\b)[a-z]"
)
_COUNTRY_AS_PLACE = re.compile(rf"\b(?:in|across|throughout|to|of|into|for)\s+(?:the\s+)?{_EPITHET}$", re.I)


def named_as_settlement(sentence: str, start: int, end: int) -> bool:
    """'near the village of Shokpar', 'Shokpar village', 'near Shokpar', 'Shokpar district': the words there
    name a settlement, even where a company of the article is called after it ('Shokpar Wind Power LLP')."""
    return bool(_SETTLEMENT_OF.search(sentence[:start]) or _SETTLEMENT_AFTER.match(sentence[end:]))


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a sentence; `place` is the gazetteer entry when the name is known."""

    start: int
    end: int
    text: str
    kind: str  # region, locality, district, country
    country: str | None
    region: str | None
    region_code: str | None
    locality: str | None
    # site (where things are), event (where something happened), origin, dateline, name (of an organisation),
    # facility_name (part of a facility's name: 'Dushanbe-2')
    role: str = "site"

    @property
    def is_site(self) -> bool:
        """A place that can locate a facility: not a meeting's venue, a company's home or a dateline."""
        return self.role == "site"


@dataclass(frozen=True)
class CountryName:
    """A country named in a sentence in any form ('Kazakhstan', 'Kazakh', 'PRC')."""

    start: int
    end: int
    text: str
    country: str
    # a neighbour or a trading partner named as such: 'on the border with Kyrgyzstan', 'will go to Uzbekistan'
    elsewhere: bool = False


def find_country_names(sentence: str, ref: Reference) -> list[CountryName]:
    """Every written form of a country, whatever its role in the sentence; a neighbour named across a
    border, or a country goods go to or come from, is marked so."""
    border = border_before(ref)
    trade = ref.compiled("trade_before", lambda: rf"\b(?:{ref.cue_pattern('trade_with').pattern})\s+$")
    return [
        CountryName(
            m.start,
            m.end,
            m.text,
            ref.country_by_surface[fold(m.text)],
            elsewhere=bool(border.search(sentence[: m.start]) or trade.search(sentence[: m.start])),
        )
        for m in ref.country_index.find(sentence)
        if fold(m.text) in ref.country_by_surface
    ]


def find_places(
    sentence: str, ref: Reference, country_names: list[CountryName] | None = None
) -> list[PlaceMention]:
    """Known and unknown places, longest match first, no overlaps."""
    names = find_country_names(sentence, ref) if country_names is None else country_names
    found = _known_places(sentence, ref) + _unknown_places(sentence, ref) + _towns_of_regions(sentence, ref)
    found += _countries(sentence, names)
    found += _unknown_list_items(sentence, found, ref)
    found.sort(key=lambda p: (p.start, -(p.end - p.start)))
    kept: list[PlaceMention] = []
    for place in found:
        if not kept or place.start >= kept[-1].end:
            kept.append(replace(place, role=_role(sentence, place, ref)))
    return _homed_in_containers(_without_bracketed_spellings(kept, sentence), sentence)


_OPENS_BRACKET = re.compile(r"\s*\(\s*")
_CLOSES_BRACKET = re.compile(r"\s*\)")


def _without_bracketed_spellings(places: list[PlaceMention], sentence: str) -> list[PlaceMention]:
    """'Ust-Kamenogorsk (Oskemen)', 'Navoi (Navoiy)': a place's other name in brackets after it is no
    second place."""
    out: list[PlaceMention] = []
    for place in places:
        prior = out[-1] if out else None
        other_name = (
            prior is not None
            and _OPENS_BRACKET.fullmatch(sentence, prior.end, place.start)
            and _CLOSES_BRACKET.match(sentence, place.end)
            and (prior.kind, prior.region, prior.country) == (place.kind, place.region, place.country)
        )
        if not other_name:
            out.append(place)
    return out


_IN_BETWEEN = re.compile(r"^\s+in\s+(?:the\s+)?$")  # 'Tole bi in Shu district'
_AT_BETWEEN = re.compile(
    rf"^,\s+{SITE_PREPOSITIONS}\s+(?:the\s+)?$"
)  # 'In Moiynkum district, at the Amangeldy'


def _homed_in_containers(places: list[PlaceMention], sentence: str) -> list[PlaceMention]:
    """'near the village of Tole bi in Shu district', 'In Moiynkum district, at the Amangeldy fields': a
    town or district put in a district or region of another region than the gazetteer's is a place of
    the same name there (names repeat across regions), under the name the text gives it, not the one of
    the gazetteer's place it was taken for ('the settlement of Shalkiya in Zhanakorgan district' is no
    Shelek)."""
    out = list(places)
    for i, (a, b) in enumerate(zip(places, places[1:], strict=False)):
        between = sentence[a.end : b.start]
        if _IN_BETWEEN.match(between):
            inner, container, at = a, b, i
        elif _AT_BETWEEN.match(between):
            inner, container, at = b, a, i + 1
        else:
            continue
        if (
            inner.kind in ("locality", "district")
            and container.kind in ("region", "district")
            and (container.region and container.region != inner.region)
        ):
            locality = inner.text
            out[at] = replace(
                container,
                start=inner.start,
                end=inner.end,
                text=inner.text,
                kind=inner.kind,
                locality=locality,
                role=inner.role,
            )
    return out


_AGENT_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)  # 'started by Jiangxi Water ...'


def _role(sentence: str, place: PlaceMention, ref: Reference) -> str:
    """What the place is to the sentence: where a meeting was held, a company's home, a dateline, a site."""
    if not place.is_site:
        return place.role
    before, after = sentence[: place.start], sentence[place.end :]
    opens = not re.search(r"\b[a-z]", before)  # 'By AKIpress. BISHKEK -', not '2. Wind farm, 50 MW, X -'
    dateline = opens and place.start <= _DATELINE_REACH and _DATELINE_END.match(after[:_DATELINE_REACH])
    if dateline and not is_list_item(sentence):  # '- Guzar district - a plant': an item's head
        return "dateline"
    if place.start == 0 and after.startswith(",") and (place.text.isupper() or _DATE_ONLY.fullmatch(after)):
        return "dateline"  # 'DUSHANBE, 15 October.', 'Bishkek, May 23.'
    if re.match(r"^-\d", after):
        return "facility_name"  # 'the Dushanbe-2 plant': it places that plant, and nothing else
    venue = _venue_opening(place, before, after)
    event = venue or _event_before(ref).search(before) or event_after(ref).match(after)
    if event and not _names_a_facility(after, ref):  # 'a ceremony at the Bishkek CHP': the plant's town
        return "event"
    if _former_before(ref).search(before):
        return "mention"  # 'in what was East Kazakhstan region and since 2022 belongs to Abai region'
    if _DISTANCE_FROM.search(before) or _DIRECTION_OF.search(before):
        return "mention"  # 'about 600 km north of the regional capital Urumqi': a yardstick, not the site
    if border_before(ref).search(before):
        return "mention"  # 'in Bulakbashi district, on the border with Kyrgyzstan': the neighbour, no site
    if _ORIGIN_AFTER.match(after) or _ORIGIN_BEFORE.search(before):
        return "origin"
    if _workplace_before(ref).search(before):
        return "origin"  # 'said an analyst at Halyk Finance in Almaty': where the speaker works
    # 'Shaanxi Coal and Chemical Industry Group', 'built by Tianjin Bohua', 'Anhui Conch Cement'
    capitalised_after = _capitalised_after(ref).match(after)
    abroad = place.country == "CN" and place.kind == "region"  # a province opens many firms' names
    bare = place.end - place.start == len(place.text)  # 'in Sauran district Turan Cement LLP': no name
    if bare and (_names_a_company(after) or (capitalised_after and (abroad or _AGENT_BEFORE.search(before)))):
        return "name"
    adjective = ref.compiled(
        "place_adjective", lambda: rf"^\s+(?:{ref.cue_pattern('place_as_adjective').pattern})"
    )
    if adjective.match(after):
        return "mention"  # 'the Sichuan dialect of their foremen', 'Xinjiang workers': no site
    return _capital_role(place, after, ref) or "site"


def _capital_role(place: PlaceMention, after: str, ref: Reference) -> str | None:
    """A capital that stands for its government: 'as Astana pushes to ...', 'Astana and Beijing agreed'
    (the government), "Beijing's Belt and Road Initiative" (a mention; not "Almaty's CHP-2", a site)."""
    if not place.locality or place.locality != place.region:
        return None
    decides = ref.compiled(
        "decision_after",
        lambda: rf"^\s+(?:and\s+[A-Z][\w-]+\s+)?(?:{ref.cue_pattern('decision_verb').pattern})",
    )
    if decides.match(after):
        return "government"
    possessed = _POSSESSIVE.match(after)  # "Beijing's Belt and Road Initiative", not "Bishkek's ... plant"
    return "mention" if possessed and not head_pattern(ref).search(possessed["what"]) else None


def _workplace_before(ref: Reference) -> re.Pattern[str]:
    """'head of research at Halyk Finance in ', 'an economist at the Eurasian Development Bank in ': the
    place after a speaker's employer is the employer's."""
    people = f"{ref.cue_pattern('commentator').pattern}|{ref.cue_pattern('workplace_person').pattern}"
    employer = r"(?:the\s+)?[A-Z][\w&.'-]*(?:\s+(?:of\s+)?[A-Z][\w&.'-]*){0,5}"
    pattern = rf"(?i:{people})[^.;]{{0,40}}?\bat\s+{employer}\s+in\s+$"
    return ref.compiled("workplace_before", lambda: pattern, 0)


_POSSESSIVE = re.compile(r"^['\u2019]s\b(?P<what>[^,.;:()]{0,60})")
_DISTANCE_FROM = re.compile(
    r"\b(?:km|kilometres?|kilometers?|miles)\s+(?:\w+\s+){0,2}?(?:of|from)\s+(?:the\s+)?"
    r"(?:(?:regional|national|provincial|district|oblast)\s+)?"
    r"(?:(?:capital|centre|center|city|town|village)\s+(?:of\s+)?)?"
    r"(?:[\u2013\u2014-]\s+(?:the\s+)?(?:village|town|city)\s+(?:of\s+)?)?$",  # 'district center - village X'
    re.I,
)
# 'in the Khatlon region south of Dushanbe', 'north-west of Almaty': a bearing from a town ('in the south of
# Kazakhstan', after an article, is a part of the country)
_DIRECTION_OF = re.compile(
    r"(?<!the )(?<!far )(?<![\w-])(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+"
    r"(?:the\s+)?(?:(?:regional|district|provincial)\s+)?(?:(?:capital|centre|center|city|town)\s+(?:of\s+)?)?$",
    re.I,
)
CENTRAL_ASIA = ("KZ", "UZ", "KG", "TJ", "TM")  # the five countries the articles are about
_OPENING_IN = re.compile(  # after a transcript's speaker label ('TLEUZHANOVA: ') and a time
    r"^\s*(?:[A-Z][A-Z' -]{1,30}:\s+)?(?:(?:Last|This|Next|Earlier|In|On)\s+[\w ]{1,20}?,?\s+)?"
    r"[Ii]n\s+(?:the\s+)?$"
)
# words right after a place that may run on to a facility noun: no article or preposition between
_NAME_RUN = re.compile(
    r"^(?:\s+(?!(?:a|an|the|on|for|of|to|in|at|with|by|from|about|over)\b)[\w-]+){1,5}", re.I
)
_SIDELINES_AFTER = re.compile(r"^,?\s+(?:on the sidelines of|on the margins of|in the presence of)\b", re.I)
_SIGNED = re.compile(r"\bsigned\b", re.I)
# 'signed a contract with Ferganaazot in Tashkent': the other signer between the document and the venue
_WITH_PARTY = r"(?:\s+with\s+(?:the\s+)?(?-i:[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4}))?"


def _venue_opening(place: PlaceMention, before: str, after: str) -> bool:
    """'In Beijing, on the sidelines of the forum, ... signed', 'Last October in Beijing an agreement was
    signed': the city a sentence opens with (after a time) is the venue of what is signed there, when the
    talks' sidelines follow it or it lies outside Central Asia."""
    if not (_OPENING_IN.match(before) and _SIGNED.search(after)):
        return False
    return bool(_SIDELINES_AFTER.match(after)) or place.country not in CENTRAL_ASIA


def _names_a_facility(after: str, ref: Reference) -> bool:
    """The place opens a facility's name: a facility noun in the words right after it ('Bishkek combined
    heat and power plant', 'Ekibastuz GRES-2'), no article or preposition between."""
    named = _NAME_RUN.match(after)
    return named is not None and bool(head_pattern(ref).search(named.group(0)))


def _former_before(ref: Reference) -> re.Pattern[str]:
    """'in what was', 'formerly part of' (`cues.csv`, former_place) right before a place."""
    words = ref.cue_pattern("former_place").pattern
    return ref.compiled("former_before", lambda: rf"(?:{words})\s+(?:part of\s+)?(?:the\s+)?$")


def border_before(ref: Reference) -> re.Pattern[str]:
    """'on the border with', 'bordering', 'borders' (`cues.csv`, border_of) right before a place."""
    words = ref.cue_pattern("border_of").pattern
    return ref.compiled("border_before", lambda: rf"\b(?:{words})\s+(?:the\s+)?$")


def _capitalised_after(ref: Reference) -> re.Pattern[str]:
    """A capitalised word right after a place that is no region noun ('Tianjin Bohua', not 'Sichuan
    Province')."""
    nouns = ref.cue_pattern("region_noun").pattern
    return ref.compiled("capitalised_after", lambda: rf"^\s+(?!(?:{nouns})\b)[A-Z]", flags=0)


@cache
def _company_name_after() -> re.Pattern[str]:
    """Capitalised words running on to a legal or institutional word (`name_words.csv`), as an
    organisation's shaped name does."""
    suffixes = "|".join(sorted((re.escape(w) for w in SUFFIXES), key=len, reverse=True))
    # not 'the Amangeldy group of gas fields'
    return re.compile(
        rf"^(?:\s+(?:[A-Z][\w&-]*|and|&|of)){{0,4}}?\s+(?i:{suffixes})\b(?!\s+of\s+[a-z])(?!{FORM_OF_QUOTED})"
    )


def _names_a_company(after: str) -> bool:
    """'Shaanxi Coal and Chemical Industry Group': the place opens a company's name."""
    return bool(_company_name_after().match(after))


def _event_before(ref: Reference) -> re.Pattern[str]:
    """'signed last week in', 'signed in January last year in', 'signed an agreement in', 'a ceremony at':
    the place that follows is where something happened."""
    documents = ref.cue_pattern("signed_document").pattern
    signed = rf"(?:\s+(?:an?|the|\w+)\s+(?:[\w-]+\s+){{0,3}}?(?:{documents})(?:\s+of\s+\w+)?)?{_WITH_PARTY}"
    return ref.compiled(
        "event_before",
        lambda: rf"(?:{ref.cue_pattern('event_place').pattern}){signed}{_WHEN}\s+(?:in|at)\s+(?:the\s+)?$",
    )


def event_after(ref: Reference) -> re.Pattern[str]:
    """'the Beijing talks', 'the Astana forum', 'the SCO summit': the name before names a meeting."""
    return ref.compiled(
        "event_after",
        lambda: rf"^\s+(?:[A-Z][\w-]*\s+(?:and\s+)?){{0,4}}(?i:{ref.cue_pattern('event_name').pattern})",
        flags=0,
    )


def _names_a_feature(after: str, ref: Reference) -> bool:
    """'the Naryn River', 'the Shahriston tunnel': a name of water, land or a work (`named_feature` cues)."""
    pattern = ref.compiled("named_feature", lambda: rf"^\s+(?:{ref.cue_pattern('named_feature').pattern})\b")
    return bool(pattern.match(after))


def _known_places(sentence: str, ref: Reference) -> list[PlaceMention]:
    out = []
    for match in ref.place_index.find(sentence):
        if not any(word[0].isupper() for word in match.text.split()):
            continue
        if match.text[0].islower() and not _named_as_region(sentence, match):
            continue  # "in eastern Kazakhstan", "south Kazakhstan's Zhambyl Region": a direction, no region
        if _names_a_feature(sentence[match.end :], ref) or _river_named(sentence, match):
            continue  # 'the Naryn River', 'the Shahriston tunnel', 'on the Syr Darya near Khujand': no town
        mention = _classify(match, sentence[: match.start], sentence[match.end :], ref)
        lake = (
            mention is not None
            and mention.kind == "locality"
            and _LAKE_BEFORE.search(sentence[: match.start])
        )
        if mention is not None and not lake:
            out.append(mention)
    return out


def _river_named(sentence: str, match: PhraseMatch) -> bool:
    """'a station on the Syr Darya near Khujand': a name after 'on the' with no noun of its own is a
    river's ('on the Shymkent refinery' names the refinery's town)."""
    return bool(_ON_THE_RIVER.search(sentence[: match.start])) and bool(
        _NO_NOUN_AFTER.match(sentence[match.end :])
    )


def _named_as_region(sentence: str, match: PhraseMatch) -> bool:
    """'the east Kazakhstan region', 'the Altai district of east Kazakhstan': a region in lower case."""
    return bool(_REGION_WORD.match(sentence[match.end :]) or _WITHIN_BEFORE.search(sentence[: match.start]))


def _classify(match: PhraseMatch, before: str, after: str, ref: Reference) -> PlaceMention | None:
    key = fold(match.text)
    regions = ref.regions_by_surface.get(key, [])
    localities = ref.localities_by_surface.get(key, [])
    word = _REGION_WORD.match(after)
    if (word or _LISTED_REGIONS_AFTER.match(after)) and regions:
        # 'Zhambyl, Turkestan and Almaty regions': each a region, of the city's name where there is one
        regions = ref.regions_by_surface.get(f"{key} region", regions)
        return _mention(match, match.end + (word.end() if word else 0), "region", regions)
    if word := _DISTRICT_WORD.match(after):
        # 'Yavan district': the district, or the town it is named after and whose region it shares
        districts = [p for p in localities if p.kind == "district"] or localities
        return _mention(match, match.end + word.end(), "district", districts, match.text)
    settlements = [p for p in localities if p.kind != "district"]
    if settlements:
        word = _SETTLEMENT_WORD.match(after)
        end = match.end + (word.end() if word else 0)
        return _mention(match, end, "locality", settlements, match.text)
    if regions:
        return _mention(match, match.end, "region", regions)
    if localities and (_COMMON_NOUN_AFTER.match(after) or _NEAR_BEFORE.search(before)):
        # 'the Tulkibas wind farm', 'a solar plant near Nishan': a district, unsaid
        return _mention(match, match.end, "district", localities, match.text)
    return None


def _only(places: list[Place]) -> Place | None:
    """The entry when a name is unambiguous; None when it names places in several regions."""
    regions = {(p.country, p.region) for p in places}
    return places[0] if len(regions) == 1 else None


def _mention(
    match: PhraseMatch, end: int, kind: str, places: list[Place], locality: str | None = None
) -> PlaceMention:
    """The place a name stands for; of a name of places in several regions, only the country they share
    ('Aktogay': three villages of Kazakhstan)."""
    place = _only(places)
    countries = {p.country for p in places}
    return PlaceMention(
        start=match.start,
        end=end,
        text=match.text,
        kind=kind,
        country=countries.pop() if len(countries) == 1 else None,
        region=place.region if place else None,
        region_code=place.region_code if place else None,
        locality=(place.name if place else locality) if locality else None,
    )


def _unknown_places(sentence: str, ref: Reference) -> list[PlaceMention]:
    """Villages and districts the gazetteer does not know, found by the words around them."""
    out = []
    for pattern, kind in ((_UNKNOWN_LOCALITY, "locality"), (_UNKNOWN_DISTRICT, "district")):
        for match in pattern.finditer(sentence):
            group = next(g for g in ("a", "b", "c") if match[g]) if kind == "locality" else "name"
            name = match[group]
            if _unknown(name, ref):
                start, end = match.span(group)
                known = _spelt_otherwise(name, ref)
                region = (known.country, known.region, known.region_code) if known else (None, None, None)
                out.append(PlaceMention(start, end, name, kind, *region, known.name if known else name))
    return out


def _unknown(name: str, ref: Reference) -> bool:
    """A name the gazetteer has neither as a locality nor as a region."""
    return fold(name) not in ref.localities_by_surface and fold(name) not in ref.regions_by_surface


def _towns_of_regions(sentence: str, ref: Reference) -> list[PlaceMention]:
    """'in Ninghua, Fujian Province': a town the gazetteer lacks, named before the one region it knows."""
    out = []
    for match in _TOWN_OF_REGION.finditer(sentence):
        name, regions = match["name"], ref.regions_by_surface.get(fold(match["region"]), [])
        if _unknown(name, ref) and len(regions) == 1:
            (region,) = regions
            start, end = match.span("name")
            home = (region.country, region.name, region.region_code)
            out.append(PlaceMention(start, end, name, "locality", *home, name))
    return out


def _spelt_otherwise(name: str, ref: Reference) -> Place | None:
    """The one locality the gazetteer knows under another spelling of a district's or village's name
    ('Tyulkubas district' is Tulkibas)."""
    skeleton = spelling_skeleton(name)
    return _only(ref.localities_by_skeleton.get(skeleton, [])) if skeleton else None


def _unknown_list_items(sentence: str, found: list[PlaceMention], ref: Reference) -> list[PlaceMention]:
    """'in Aral, Balkhash and Zaysan': the names the gazetteer lacks in a list of places it knows (not a
    name it knows and did not read as a place here: 'the Samandepe and Altyn Asyr fields')."""
    out = []
    for match in _PLACE_LIST.finditer(sentence):
        items = list(re.finditer(_NAME, match.group("list")))
        known = [
            p for p in found if match.start("list") <= p.start < match.end("list") and p.kind != "country"
        ]
        countries = {p.country for p in known}
        if not known or len(countries) != 1:
            continue
        for item in items:
            start = match.start("list") + item.start()
            name = item.group(0)
            if (
                not any(p.start <= start < p.end for p in found)
                and fold(name) not in ref.localities_by_surface
            ):
                out.append(
                    PlaceMention(
                        start, start + len(name), name, "locality", known[0].country, None, None, name
                    )
                )
    return out


def _countries(sentence: str, names: list[CountryName]) -> list[PlaceMention]:
    """Countries named as a location ('in Kazakhstan', "Uzbekistan's"); 'the Ambassador of China' names
    a country without placing anything there."""
    out = []
    for name in names:
        before = sentence[: name.start]
        if _COUNTRY_AS_PLACE.search(before) or sentence[name.end :].startswith("'s"):
            owned = _OWNED_THING_AFTER.match(sentence[name.end :])  # "in China's interbank market"
            role = "site" if _LOCATIVE_BEFORE.search(before) and not owned else "mention"
            out.append(
                PlaceMention(name.start, name.end, name.text, "country", name.country, None, None, None, role)
            )
    return out

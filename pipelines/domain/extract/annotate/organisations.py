"""Organisations and people in a sentence, found by reference aliases and by the shape of their names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from pipelines.domain.extract.annotate.acronyms import abbreviation_before, glossed_names
from pipelines.domain.reference import Reference, fold

# Words that end a name yet say nothing of whom: dropped when names are compared.
LEGAL_SUFFIXES = {
    "corporation",
    "corp",
    "company",
    "co",
    "group",
    "holding",
    "holdings",
    "ltd",
    "limited",
    "llp",
    "llc",
    "jsc",
    "pjsc",
    "ojsc",
    "plc",
    "inc",
    "ag",
    "gmbh",
    "sa",
    "stock",
    "joint-stock",
}
# Words that end an organisation's name: legal forms and institutional nouns.
SUFFIXES = LEGAL_SUFFIXES | {
    "bank",
    "fund",
    "capital",
    "partners",
    "investment",
    "investments",
    "ventures",
    "technologies",
    "industries",
    "enterprises",
    "agency",
    "administration",
    "commission",
    "committee",
    "institute",
    "authority",
    "chamber",
    "association",
    "ministry",
    "akimat",
    "council",
    "consortium",
    "concern",
    "trust",
}
_GOVERNMENT_HEADS = r"Ministry|Agency|Committee|Administration|Commission|Department|Akimat|Office|Government"
_INSTITUTION_HEADS = rf"{_GOVERNMENT_HEADS}|Bank|Fund|Chamber|Institute|Council"
_CAP = r"(?:[A-Z][\w'&.-]*[\w.]|[A-Z])"
_NAME_WORDS = rf"{_CAP}(?:\s+(?:(?:of|and|for|de|&)\s+(?:the\s+)?)?{_CAP})*"
_SHAPED = re.compile(rf"(?<![\w-])(?P<name>{_NAME_WORDS})")
_PREFIXED = re.compile(
    rf"(?<![\w-])(?P<name>(?:{_CAP}\s+)*?(?:{_INSTITUTION_HEADS})\s+"
    rf"(?:of|for|on)\s+(?:the\s+)?{_NAME_WORDS})"
)
_BASED = re.compile(rf"\b[A-Z][\w-]*-based\s+(?:company\s+|firm\s+)?(?P<name>{_NAME_WORDS})")
_TITLE_OF = re.compile(
    r"\b(?:chairman|chairwoman|CEO|president|head|director|general manager|founder)"
    rf"\s+of\s+(?:the\s+)?(?P<name>{_NAME_WORDS})"
)
_NOUN_OF = {"asian": "asia", "eurasian": "eurasia"}  # 'Central Asian Energy' is 'Central Asia Energy'
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]{1,7}$")
_PAREN_ALIAS = re.compile(r"^\s*\(\s*\"?(?P<alias>[A-Z][\w&.' -]{1,40}?)\"?\s*(?:\)|,|;|\bor\b)")
# Legal forms written before a name ('JSC NC KazMunayGas') and after it ('Goldwind Co., Ltd.').
LEGAL_FORMS_BEFORE = ("JSC", "PJSC", "OJSC", "LLP", "NC", "AO", "TOO", "National Company", "State Concern")
LEGAL_FORMS_AFTER = ("Ltd", "Limited", "Inc", "LLC", "LLP", "JSC", "PJSC", "PLC", "AG", "GmbH")
LEGAL_TAIL_WORDS = (r"Co\.?,?", *(rf"{form}\.?" for form in LEGAL_FORMS_AFTER))
_LEGAL_PREFIX = re.compile(rf"(?:\b(?:{'|'.join(LEGAL_FORMS_BEFORE)})\s+)+$")
_LEGAL_PREFIX_KEY = re.compile(rf"^(?:(?:{'|'.join(f.lower() for f in LEGAL_FORMS_BEFORE)}) )+")
_LEGAL_WORDS = {fold(f) for f in LEGAL_FORMS_BEFORE + LEGAL_FORMS_AFTER} | {"co", "jsc nc"}
_TAIL_FORMS = ("Joint[- ]Stock", "Stock", "Co", "Company", "Corp", "Corporation", *LEGAL_FORMS_AFTER)
_LEGAL_TAIL = re.compile(rf"^(?:,?\s+(?:{'|'.join(_TAIL_FORMS)})\b\.?){{1,4}}")
_LEADING_NOISE = {
    "the",
    "a",
    "an",
    "and",
    "during",
    "in",
    "on",
    "at",
    "with",
    "by",
    "for",
    "from",
    "to",
    "of",
    "as",
    "after",
    "before",
    "under",
    "while",
    "president",
    "chairman",
    "ceo",
    "minister",
    "according",
    "meanwhile",
    "also",
    "both",
    "however",
    "earlier",
    "later",
    "last",
    "this",
    "board",
    "directors",
    "chief",
    "executive",
    "officer",
    "general",
    "director",
}


class Span(NamedTuple):
    """A possible organisation name: where it stands, its reference name if listed, its country, and
    whether its context proves it a name whatever its shape ('X, a Chinese firm', 'built by X', 'X (XYZ)')."""

    start: int
    end: int
    known: str | None
    country: str | None
    proven: bool = False


@dataclass(frozen=True)
class OrgMention:
    """An organisation named in a sentence; `known` is its reference name when the alias is listed."""

    start: int
    end: int
    text: str
    known: str | None
    country: str | None
    alias: (
        str | None
    )  # a name given in brackets right after it: "China National Petroleum Corporation (CNPC)"
    reporter: bool = False  # the source of the news ('X said'), not a party to it
    role: str = "partner"  # what the words around it say it does (developer, financier, ...)
    parent_only: bool = False  # named only as another body's parent ('a subsidiary of X')


@dataclass(frozen=True)
class PersonMention:
    """A person introduced with a title and the organisation they lead or represent."""

    name: str
    title: str
    organisation: str


@dataclass(frozen=True)
class OrgCandidates:
    """A sentence's possible names before overlaps are settled: listed aliases and names found by shape."""

    known: list[Span]
    shaped: list[Span]


def organisation_candidates(sentence: str, ref: Reference) -> OrgCandidates:
    """Listed names and aliases, and names by their legal or institutional shape or by context."""
    known = [
        Span(m.start(), m.end(), ref.organisation_by_alias[fold(m.group(0))], None)
        for m in ref.organisation_pattern.finditer(sentence)
    ]
    glossed = [
        Span(g.start, g.end, None, None, proven=True)
        for g in glossed_names(sentence)
        if _names_a_body(sentence[g.start : g.end], ref)
    ]
    shaped = (
        _government_bodies(sentence, ref)
        + _shaped_names(sentence, ref)
        + _context_names(sentence, ref)
        + glossed
    )
    return OrgCandidates(known, shaped)


def resolve_organisations(
    sentence: str, candidates: OrgCandidates, ref: Reference, article_aliases: set[str] | None = None
) -> list[OrgMention]:
    """The organisations of a sentence: candidates plus the article's short names, overlaps settled."""
    aliases = _article_aliases(sentence, article_aliases or set())
    shaped = candidates.shaped + aliases
    known = [
        k
        for k in candidates.known
        if not any(_extends(sentence, s, k, ref) for s in shaped)
        and not any(a[0] <= k[0] and k[1] <= a[1] and a[1] - a[0] > k[1] - k[0] for a in aliases)
    ]
    shaped = [cut for span in shaped if (cut := _cut_before_known(sentence, span, known))]
    spans = _without_overlaps([_with_legal_form(sentence, span) for span in known + shaped])
    return _mentions(sentence, spans, ref)


def find_organisations(
    sentence: str, ref: Reference, article_aliases: set[str] | None = None
) -> list[OrgMention]:
    """Organisations by reference alias, by legal or institutional shape, and by context ('X-based Y')."""
    return resolve_organisations(sentence, organisation_candidates(sentence, ref), ref, article_aliases)


def _names_a_body(name: str, ref: Reference) -> bool:
    """A glossed name that is an organisation's, not a facility's ('combined heat and power (CHP)', 'Central
    Asia Gas Pipeline (CAGP)'): capitalised or a government body, and not ending in a facility word."""
    words = fold(name).split()
    terms = ref.facility_terms
    ends_in_facility = (
        words[-1] in terms["head"]
        or words[-1].rstrip("s") in terms["head"]
        or any(" ".join(words[-size:]) in terms.get("modifier", {}) for size in (1, 2, 3))
    )
    return not ends_in_facility and (name[0].isupper() or bool(re.match(_GOVERNMENT_HEADS, name, re.I)))


def _extends(sentence: str, shaped: Span, known: Span, ref: Reference) -> bool:
    """'Samruk-Kazyna Ondeu LLP' holds 'Samruk-Kazyna' and more: a body of its own, not the listed one (so
    does 'Harbin Electric International, a company from China')."""
    if not (shaped[0] <= known[0] and known[1] < shaped[1]):
        return False
    tail = sentence[known[1] : shaped[1]]
    extra = [w for w in tail.split() if fold(w) not in LEGAL_SUFFIXES]
    named = fold(sentence[shaped[0] : shaped[1]].split()[-1]) in SUFFIXES or shaped.proven
    return bool(extra) and not re.search(r",|&|\band\b", tail) and named


def _with_legal_form(sentence: str, span: Span) -> Span:
    """Take in a legal form written around the name: 'JSC NC KazMunayGas', 'Goldwind Co., Ltd.'."""
    start, end = span[0], span[1]
    before = _LEGAL_PREFIX.search(sentence[:start])
    after = _LEGAL_TAIL.match(sentence[end:])
    return span._replace(start=before.start() if before else start, end=end + (after.end() if after else 0))


def _cut_before_known(sentence: str, span: Span, known: list[Span]) -> Span | None:
    """A shaped name that runs into a listed one keeps only what stands before it."""
    start, end = span[0], span[1]
    for k_start, k_end, *_ in known:
        if k_start <= start < k_end:
            return None
        if start < k_start < end:
            end = k_start
    text = sentence[start:end]
    trimmed = re.sub(r"(?:[\s,;]+(?:and|&|the|of|with)?)+$", "", text)
    if not trimmed or (
        end != span[1]
        and fold(trimmed.split()[-1]) not in SUFFIXES
        and not re.match(_GOVERNMENT_HEADS, trimmed)
    ):
        return None
    return span._replace(start=start, end=start + len(trimmed))


def _government_bodies(sentence: str, ref: Reference) -> list[Span]:
    out = []
    for match in _PREFIXED.finditer(sentence):
        for start, end in _split_on_and(sentence, match.start("name"), match.end("name")):
            start, end = _trim(sentence, start, end, ref)
            if end > start and re.match(_GOVERNMENT_HEADS, sentence[start:end]):
                out.append(Span(start, end, None, _country_of(sentence, start, end, ref)))
            elif end > start:
                out.append(Span(start, end, None, None))
    return out


def _shaped_names(sentence: str, ref: Reference) -> list[Span]:
    """Runs of capitalised words that end in a legal or institutional word (Corporation, Bank, JSC)."""
    out = []
    for match in _SHAPED.finditer(sentence):
        for start, end in _split_on_and(sentence, match.start("name"), match.end("name")):
            start, end = _trim(sentence, start, end, ref)
            words = sentence[start:end].split()
            if len(words) >= 2 and fold(words[-1]) in SUFFIXES:
                out.append(Span(start, end, None, None))
    return out


def _split_on_and(sentence: str, start: int, end: int, proven: str = "") -> list[tuple[int, int]]:
    """'Samruk-Kazyna and China Energy Group' is two names when each side ends in a name word; the context
    may prove the last side a name ('X JSC and Kaz Munay Gas, a company': proven='last') or both ('X and Y,
    the oil companies': proven='all')."""
    text = sentence[start:end]
    for sep in re.finditer(r"\s+(?:and|&)\s+", text):
        left = proven == "all" or _is_complete_name(text[: sep.start()])
        right = proven in ("all", "last") or _is_complete_name(text[sep.end() :])
        if left and right:
            return [(start, start + sep.start()), (start + sep.end(), end)]
    return [(start, end)]


def _is_complete_name(text: str) -> bool:
    """Ends in a legal or institutional word, or is a 'Ministry of ...' kind of body."""
    words = text.split()
    while words and (words[0].endswith("'s") or fold(words[0]) in _LEADING_NOISE):
        words.pop(0)
    institution = re.search(rf"\b(?:{_INSTITUTION_HEADS}) (?:of|for)\b", " ".join(words))
    return bool(words) and (fold(words[-1]) in SUFFIXES or bool(institution))


def _apposition_before(ref: Reference) -> re.Pattern[str]:
    """'the developer Arna Energy', 'Chinese company Sany': an organisation noun right before a name."""
    nouns = ref.cue_pattern("organisation_noun").pattern
    return ref.compiled("apposition_before", lambda: rf"(?i:{nouns})\s+(?P<name>{_NAME_WORDS})", flags=0)


def _business_subject(ref: Reference) -> re.Pattern[str]:
    """'Shanghai SUS Environment, investing $310 million in each, will build', 'Aral Energy plans to
    develop': a name of two or more words doing what companies do (people sign and say; they do not build)."""
    verbs = ref.cue_pattern("business_verb").pattern
    return ref.compiled(
        "business_subject",
        lambda: (
            rf"(?P<name>{_CAP}(?:\s+(?:(?:and|&)\s+)?{_CAP})+)(?=(?:,\s+(?i:{verbs})[^,]{{0,60}},)?\s+"
            rf"(?:(?:will|would|is to|are to|plans? to|intends? to|is set to|has|have|had|also)\s+)*"
            rf"(?i:{verbs}))"
        ),
        flags=0,
    )


def _by_role(ref: Reference) -> re.Pattern[str]:
    """'built by X', 'financed by the X', 'operated by X': the role words of `cues.csv` that end in 'by'."""

    def build() -> str:
        roles = ref.tables["cues"][ref.tables["cues"].cue_type == "role"].pattern
        by = "|".join(sorted((p for p in roles if p.endswith(" by")), key=len, reverse=True))
        return rf"\b(?i:{by})\s+(?:the\s+)?(?P<name>{_NAME_WORDS})"

    return ref.compiled("by_role", build, flags=0)


def _two_names_joined(text: str) -> bool:
    """'Sinosun Energy and Poly Power Corporation will build': two names of two words or more each."""
    sides = re.split(r"\s+(?:and|&)\s+", text, maxsplit=1)
    return len(sides) == 2 and all(len(side.split()) >= 2 for side in sides)


def _apposed(ref: Reference) -> re.Pattern[str]:
    """', a Chinese firm', ' (CGGC), a top state-owned company': what follows a name an apposition proves."""
    nouns = ref.cue_pattern("organisation_noun").pattern
    return ref.compiled(
        "apposed",
        lambda: (
            rf"(?:\s+\([^()]{{1,40}}\))?,\s+(?i:the|an?)\s+(?:(?!(?:of|for|at|in|with|by)\s)[\w'-]+\s+){{0,5}}?(?:{nouns})"
        ),
        flags=0,
    )


def _apposition_after(ref: Reference) -> re.Pattern[str]:
    """'Tianjin Bohua Petrochemical, a Chinese firm', 'Kaz Munay Gas, the state-owned oil companies':
    a name followed by an appositive organisation noun."""
    return ref.compiled(
        "apposition_after", lambda: rf"(?P<name>{_NAME_WORDS})(?={_apposed(ref).pattern})", flags=0
    )


def _context_names(sentence: str, ref: Reference) -> list[Span]:
    """Names known to be organisations from the words around them: 'Kazakhstan-based X', 'company X',
    'X, a Chinese firm'."""
    out = []
    patterns = (
        _BASED,
        _apposition_before(ref),
        _apposition_after(ref),
        _business_subject(ref),
        _by_role(ref),
    )
    for pattern in (*patterns, _TITLE_OF):
        for match in pattern.finditer(sentence):
            after = pattern is _apposition_after(ref)
            plural = after and _apposed(ref).match(sentence[match.end() :]).group(0).endswith("s")
            both_named = pattern is _business_subject(ref) and _two_names_joined(match["name"])
            proven = "all" if plural or both_named else "last" if after else ""
            parts = _split_on_and(sentence, match.start("name"), match.end("name"), proven)
            parts = (
                parts if plural or both_named else parts[-1:] if after else parts[:1]
            )  # 'X and Y, the firms'
            for start, end in parts:
                start, end = _trim(sentence, start, end, ref)
                end -= 2 if sentence[start:end].endswith("'s") else 0  # "Sany Group's plans to develop"
                name = sentence[start:end]
                if pattern is _business_subject(ref) and (
                    len(name.split()) < 2 or not _names_a_body(name, ref)
                ):
                    continue  # 'President Tokayev will build', 'the Zhanatas Wind Power Station will supply'
                if end > start and not _is_place_or_country(name, ref):
                    country = _based_country(match.group(0), ref) if pattern is _BASED else None
                    out.append(Span(start, end, None, country, proven=True))
    return out


def _article_aliases(sentence: str, aliases: set[str]) -> list[Span]:
    """Short names the article introduced in brackets, used alone later."""
    out = []
    for alias in aliases:
        for match in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", sentence):
            out.append(Span(match.start(), match.end(), None, None, proven=True))
    return out


def _trim(sentence: str, start: int, end: int, ref: Reference) -> tuple[int, int]:
    """Drop leading words that are not part of a name: articles, titles, demonyms, possessives."""
    while start < end:
        word_end = sentence.find(" ", start, end)
        word = sentence[start : word_end if word_end > 0 else end]
        folded = fold(word)
        if folded in _LEADING_NOISE or word.endswith(("'s", "-based")) or _is_demonym(word, ref):
            start = word_end + 1 if word_end > 0 else end
        else:
            break
    return start, end


def _is_demonym(word: str, ref: Reference) -> bool:
    code = ref.country_by_surface.get(fold(word))
    return code is not None and fold(ref.country_names.get(code, "")) != fold(word)


def _is_place_or_country(name: str, ref: Reference) -> bool:
    key = fold(name)
    return key in ref.country_by_surface or key in ref.regions_by_surface or key in ref.localities_by_surface


def _country_of(sentence: str, start: int, end: int, ref: Reference) -> str | None:
    """The country a ministry belongs to: 'Kazakh Ministry of Energy', 'Ministry of Energy of Uzbekistan'."""
    window = sentence[max(0, start - 25) : end + 40]
    match = ref.country_pattern.search(window)
    return ref.country_by_surface.get(fold(match.group(0))) if match else None


def _based_country(text: str, ref: Reference) -> str | None:
    place = fold(text.split("-based")[0].split()[-1])
    if place in ref.country_by_surface:
        return ref.country_by_surface[place]
    for places in (ref.localities_by_surface.get(place), ref.regions_by_surface.get(place)):
        if places:
            return places[0].country
    return None


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """Keep the earliest-starting of overlapping candidates, those the context proves a name first, then
    the longest (listed names win ties)."""
    spans.sort(key=lambda s: (s.start, not s.proven, -(s.end - s.start), s.known is None, s.country is None))
    kept: list[Span] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _mentions(sentence: str, spans: list[Span], ref: Reference) -> list[OrgMention]:
    out = []
    for start, end, known, country, _ in spans:
        text = re.sub(r"^the\s+", "", sentence[start:end].rstrip(".,"), flags=re.I)
        if not name_key(text).strip() or all(w in _LEGAL_WORDS | LEGAL_SUFFIXES for w in fold(text).split()):
            continue  # a legal form alone ('JSC', 'Co Ltd') names nobody
        alias_match = _PAREN_ALIAS.match(sentence[end:])
        alias = alias_match["alias"].strip() if alias_match else abbreviation_before(sentence, start, end)
        if alias and (_is_place_or_country(alias, ref) or not _is_name_like(alias)):
            alias = None  # '(Dushanbe cement plant)' describes; it is no short name
        out.append(OrgMention(start, end, text, known, country, alias))
    return out


def _is_name_like(text: str) -> bool:
    """Capitalised words only, bar 'of', 'and', 'the', '&'."""
    return all(w[0].isupper() or w[0].isdigit() or w in ("of", "and", "the", "&") for w in text.split())


def find_people(sentence: str, ref: Reference, organisations: list[OrgMention]) -> list[PersonMention]:
    """'Liu Mingsheng, chairman of the Board of Directors of the State Power Investment Corporation'."""
    titles = ref.cue_pattern("person_title").pattern
    people = []
    for org in organisations:
        before = sentence[max(0, org.start - 140) : org.start]
        match = re.search(
            rf"(?P<name>[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){{1,2}}),\s+(?:the\s+)?(?:[\w-]+\s+)?"
            rf"(?P<title>(?i:{titles}))(?:[\w\s,-]{{0,60}}?)\s+(?:of|at)\s+(?:the\s+)?$",
            before,
        )
        if match:
            people.append(PersonMention(match["name"], match["title"], org.text))
    return people


def name_key(name: str) -> str:
    """Comparison key of an organisation name: folded, legal forms dropped, words sorted."""
    folded = _LEGAL_PREFIX_KEY.sub("", fold(name))
    words = [
        _NOUN_OF.get(w, w) for w in folded.split() if w not in LEGAL_SUFFIXES and w not in ("and", "the")
    ]
    return " ".join(sorted(words)) or fold(name)


def is_government(name: str) -> bool:
    """A ministry, agency, akimat or government: 'Kazakh Ministry of Energy', 'the Government'."""
    return bool(re.match(rf"(?:the\s+)?(?:\w+\s+)?(?:{_GOVERNMENT_HEADS})\b", name))


def is_acronym(text: str) -> bool:
    """'CNPC', 'AIIB', 'KEGOC'."""
    return bool(_ACRONYM.match(text))

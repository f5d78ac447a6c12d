"""Organisation names found by their shape (ending in a legal or institutional word, 'Ministry of ...')
and by their context ('Kazakhstan-based X', 'company X', 'X, a Chinese firm', 'built by X', 'X will
build'): the candidates a sentence offers before overlaps are settled."""

from __future__ import annotations

import re
from typing import NamedTuple

from pipelines.domain.extract.annotate.facility_types import head_acronyms
from pipelines.domain.extract.annotate.name_words import (
    FORM_OF_QUOTED,
    GOVERNMENT_HEADS,
    INSTITUTION_HEADS,
    LEADING_NOISE,
    LEGAL_FORMS_AFTER,
    LEGAL_FORMS_BEFORE,
    LEGAL_SUFFIXES,
    SUFFIXES,
)
from pipelines.domain.reference import Reference, fold

_GOVERNMENT_HEADS = "|".join(GOVERNMENT_HEADS)
_INSTITUTION_HEADS = "|".join(INSTITUTION_HEADS)
# a capitalised word, or a bracketed one inside a name: 'Z Grid (ZG) International (Singapore) Co.'
CAP = r"(?:[A-Z][\w'&.-]*[\w.]|[A-Z]|\([A-Z][\w&.' -]{0,30}\)(?=\s+[A-Z]))"

NAME_WORDS = rf"{CAP}(?:\s+(?:(?:of|and|for|de|&)\s+(?:the\s+)?)?{CAP})*"
_SHAPED = re.compile(rf"(?<![\w-])(?P<name>{NAME_WORDS})")
_HOMED = re.compile(
    rf"(?<![\w-])(?P<name>{CAP}(?:\s+{CAP}){{1,4}}),\s+of\s+(?P<home>[A-Z][\w-]+)(?=\s*(?:[,.;)]|$))"
)
_FIELDS = r"(?:,\s+[A-Z][a-z]+){1,3},?\s+and\s+"  # 'for Industry, Energy and Subsoil Use': fields listed
_PREFIXED = re.compile(
    rf"(?<![\w-])(?P<name>(?:{CAP}\s+)*?(?:{'|'.join(INSTITUTION_HEADS)})\s+"
    rf"(?:of|for|on)\s+(?:the\s+)?(?:{CAP}{_FIELDS})?{NAME_WORDS})"
)
# 'JSC "Navoiyazot"', 'LLC "Surkhon Sement Industry"': a name in quotes after its legal form
_QUOTED_AFTER_FORM = re.compile(rf"\b(?:{'|'.join(LEGAL_FORMS_BEFORE)})\s+\"(?P<name>[A-Z][^\"]{{1,60}}?)\"")
_FORM_OF_QUOTED = re.compile(FORM_OF_QUOTED)
_FORMS_AFTER = "|".join(re.escape(f) for f in LEGAL_FORMS_AFTER)  # 'LLC', 'Ltd', 'S.A.'
# '"Gallaorol Sement" LLC', '"Uz-Shuangdeng Battery" JSC': a name in quotes before its legal form
_QUOTED_BEFORE_FORM = re.compile(rf"\"(?P<name>[A-Z][^\"]{{1,60}}?)\"\s+(?:{_FORMS_AFTER})(?![\w-])")
_BASED = re.compile(rf"\b[A-Z][\w-]*-based\s+(?:company\s+|firm\s+)?(?P<name>{NAME_WORDS})")
_TITLE_OF = re.compile(
    r"\b(?:chairman|chairwoman|CEO|president|head|director|general manager|founder)"
    rf"\s+of\s+(?:the\s+)?(?P<name>{NAME_WORDS})"
)


class Span(NamedTuple):
    """A possible organisation name: where it stands, its reference name if listed, its country, and
    whether its context proves it a name whatever its shape ('X, a Chinese firm', 'built by X', 'X (XYZ)')."""

    start: int
    end: int
    known: str | None
    country: str | None
    proven: bool = False
    place: bool = False  # a place's name the context calls a body ('Harbin, one of China's leading makers')


def shaped_and_context_names(sentence: str, ref: Reference) -> list[Span]:
    """Every name the shape or the context of a sentence offers."""
    return (
        _government_bodies(sentence, ref)
        + _shaped_names(sentence, ref)
        + _context_names(sentence, ref)
        + _homed_names(sentence, ref)
    )


def _homed_names(sentence: str, ref: Reference) -> list[Span]:
    """'went to China Nerin Engineering, of Nanchang, and', 'CITIC Heavy Industries, of Luoyang.': a name
    of two or more words set beside its home town by ', of' (the trade press's way with companies)."""
    out = []
    for match in _HOMED.finditer(sentence):
        start, end = _trim(sentence, match.start("name"), match.end("name"), ref)
        name = sentence[start:end]
        if len(name.split()) >= 2 and is_place_or_country(match["home"], ref) and names_a_body(name, ref):
            out.append(Span(start, end, None, None, proven=True))
    return out


def _government_bodies(sentence: str, ref: Reference) -> list[Span]:
    out = []
    for match in _PREFIXED.finditer(sentence):
        for start, end in _split_body_on_and(sentence, match.start("name"), match.end("name"), ref):
            start, end = _trim(sentence, start, end, ref)
            if end > start and re.match(_GOVERNMENT_HEADS, sentence[start:end]):
                out.append(Span(start, end, None, _country_of(sentence, start, end, ref)))
            elif end > start:
                out.append(Span(start, end, None, None))
    return out


def _shaped_names(sentence: str, ref: Reference) -> list[Span]:
    """Runs of capitalised words that end in a legal or institutional word (Corporation, Bank, JSC), and
    quoted names after a legal form ('JSC "Navoiyazot"')."""
    out = []
    for match in _SHAPED.finditer(sentence):
        for start, end in _split_on_and(sentence, match.start("name"), match.end("name")):
            start, end = _trim(sentence, start, end, ref)
            words = sentence[start:end].split()
            if len(words) >= 2 and fold(words[-1]) in SUFFIXES and not _FORM_OF_QUOTED.match(sentence, end):
                out.append(Span(start, end, None, None))
    quoted = [
        Span(m.start("name"), m.end("name"), None, None, proven=True)
        for pattern in (_QUOTED_AFTER_FORM, _QUOTED_BEFORE_FORM)
        for m in pattern.finditer(sentence)
    ]
    return out + quoted


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
        _party_of(ref),
    )
    for pattern in (*patterns, _TITLE_OF):
        for match in pattern.finditer(sentence):
            after = pattern is _apposition_after(ref)
            plural = after and _apposed(ref).match(sentence[match.end() :]).group(0).endswith("s")
            both_named = pattern in (_business_subject(ref), _party_of(ref)) and _two_names_joined(
                match["name"]
            )
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
                    len(name.split()) < 2 or not names_a_body(name, ref)
                ):
                    continue  # 'President Tokayev will build', 'the Zhanatas Wind Power Station will supply'
                if end > start:
                    country = _based_country(match.group(0), ref) if pattern is _BASED else None
                    out.append(Span(start, end, None, country, True, is_place_or_country(name, ref)))
    return out


def _split_on_and(sentence: str, start: int, end: int, proven: str = "") -> list[tuple[int, int]]:
    """'Samruk-Kazyna and China Energy Group' is two names when each side ends in a name word; the context
    may prove the last side a name ('X JSC and Kaz Munay Gas, a company': proven='last') or both ('X and Y,
    the oil companies': proven='all')."""
    text = sentence[start:end]
    for sep in re.finditer(r"\s+(?:and|&)\s+", text):
        body = re.match(
            rf"(?:the\s+)?(?:{_GOVERNMENT_HEADS})\b", text[sep.end() :]
        )  # '... and the Ministry of X'
        owned = re.match(r"[A-Z][\w-]*'s\s", text[sep.end() :])  # "X and China's Y Co.": two names
        if "&" in sep.group(0) and not (proven == "all" or body or owned):
            continue  # 'X Energy & Chemical Industry Group': one name
        left = proven == "all" or bool(body or owned) or _is_complete_name(text[: sep.start()])
        right = proven in ("all", "last") or _is_complete_name(text[sep.end() :])
        if left and right:
            return [(start, start + sep.start()), (start + sep.end(), end)]
    return [(start, end)]


def _split_body_on_and(sentence: str, start: int, end: int, ref: Reference) -> list[tuple[int, int]]:
    """'Ministry of Industry and New Technologies' is one body: after 'Ministry of X and' comes another
    name only when it has a legal form or is a body itself ('Ministry of Energy and KEGOC JSC'); a body
    named with its country ends there ('the Cabinet of Ministers of Kyrgyzstan and the Chinese company')."""
    joined = re.search(r"\s+and\s+", sentence[start:end])
    if joined and _ends_in_country(sentence[start : start + joined.start()], ref):
        body, rest = (start, start + joined.start()), (start + joined.end(), end)
        return [body, rest] if _is_complete_name(sentence[rest[0] : rest[1]]) else [body]
    parts = _split_on_and(sentence, start, end)
    if len(parts) == 2:
        right = [w for w in sentence[parts[1][0] : parts[1][1]].split() if fold(w) not in LEADING_NOISE]
        legal = fold(right[-1]) in LEGAL_SUFFIXES or bool(re.match(_INSTITUTION_HEADS, right[0]))
        return parts if legal else [(start, end)]
    return parts


def _ends_in_country(name: str, ref: Reference) -> bool:
    """'... of Kyrgyzstan', '... of the Kyrgyz Republic': the name ends in its country."""
    return country_at_end(name, ref) is not None


def country_at_end(name: str, ref: Reference) -> str | None:
    """The country a name ends in: 'National Electric Grid of Kyrgyzstan' -> KG."""
    words = name.split()
    for size in (1, 2, 3):
        if len(words) > size and words[-size - 1] in ("of", "the"):
            country = ref.country_by_surface.get(fold(" ".join(words[-size:])))
            if country:
                return country
    return None


def _is_complete_name(text: str) -> bool:
    """Ends in a legal or institutional word, or is a 'Ministry of ...' kind of body."""
    words = text.split()
    while words and (words[0].endswith("'s") or fold(words[0]) in LEADING_NOISE):
        words.pop(0)
    institution = re.search(rf"\b(?:{_INSTITUTION_HEADS}) (?:of|for)\b", " ".join(words))
    return bool(words) and (fold(words[-1]) in SUFFIXES or bool(institution))


def _two_names_joined(text: str) -> bool:
    """'Sinosun Energy and Poly Power Corporation will build': two names of two words or more each ('&'
    joins the words of one name: 'Junzheng Energy & Chemical Industry Group')."""
    sides = re.split(r"\s+and\s+", text, maxsplit=1)
    return len(sides) == 2 and all(len(side.split()) >= 2 for side in sides)


def _apposition_before(ref: Reference) -> re.Pattern[str]:
    """'the developer Arna Energy', 'Chinese company Sany', 'the joint venture "Uz-Shuangdeng Battery"',
    'another Chinese company, Anhui Conch Cement, is building': an organisation noun right before a name
    (in quotes or not), or before a name set off by commas."""
    nouns = ref.cue_pattern("organisation_noun").pattern
    gap = rf"(?:\s+(?=\"{NAME_WORDS}\")\"|\s+|,\s+(?={NAME_WORDS},))"
    return ref.compiled("apposition_before", lambda: rf"(?i:{nouns}){gap}(?P<name>{NAME_WORDS})", flags=0)


def _apposed(ref: Reference) -> re.Pattern[str]:
    """What follows a name an apposition or a predicate proves: ', a Chinese firm', ' (CGGC), a top
    state-owned company', ', which is one of China's leading manufacturers', ', which runs a cement works,
    is the main cement supplier'."""
    nouns = ref.cue_pattern("organisation_noun").pattern
    link = (
        r"(?:\s+\([^()]{1,40}\))?(?:,\s+|,\s+which\s+(?:is|was)\s+|,\s+which\s+[^,]{1,60},\s+(?:is|was)\s+)"
    )
    determiner = r"(?:one\s+of\s+)?(?:(?i:the|an?)|[A-Z][\w-]*'s)\s+"
    words = r"(?:(?!(?:of|for|at|in|with|by)\s)[\w'-]+\s+){0,5}?"
    return ref.compiled("apposed", lambda: rf"{link}{determiner}{words}(?:{nouns})", flags=0)


def _apposition_after(ref: Reference) -> re.Pattern[str]:
    """'Tianjin Bohua Petrochemical, a Chinese firm', 'Kaz Munay Gas, the state-owned oil companies':
    a name followed by an appositive organisation noun."""
    return ref.compiled(
        "apposition_after", lambda: rf"(?P<name>{NAME_WORDS})(?={_apposed(ref).pattern})", flags=0
    )


def _business_subject(ref: Reference) -> re.Pattern[str]:
    """'Shanghai SUS Environment, investing $310 million in each, will build', 'Aral Energy plans to
    develop', 'Tibet Huayu Mining, which holds half of it, will invest': a name of two or more words doing
    what companies do (people sign and say; they do not build)."""
    verbs = ref.cue_pattern("business_verb").pattern
    aside = rf"(?:,\s+(?:(?i:{verbs})|which\s|that\s)[^,]{{0,60}},)?"
    return ref.compiled(
        "business_subject",
        lambda: (
            rf"(?P<name>{CAP}(?:\s+(?:(?:and|&)\s+)?{CAP})+)(?={aside}\s+"
            rf"(?:(?:will|would|must|shall|should|is to|are to|has to|have to|plans? to|intends? to|"
            rf"is set to|(?:is|are) (?:required|obliged|obligated) to|has|have|had|also|already|now|jointly|"
            rf"recently|reportedly)\s+)*"
            rf"(?:(?:is|are|was|were)\s+(?=\w+ing\b))?"  # progressive only: "X was commissioned" is passive
            rf"(?i:{verbs}))"
        ),
        flags=0,
    )


def _by_role(ref: Reference) -> re.Pattern[str]:
    """'built by X', 'financed by the X', 'operated by X': the role words of `cues.csv` that end in 'by'."""

    def build() -> str:
        roles = ref.tables["cues"][ref.tables["cues"].cue_type == "role"].pattern
        by = "|".join(sorted((p for p in roles if p.endswith(" by")), key=len, reverse=True))
        return rf"\b(?i:{by})\s+(?:the\s+)?(?P<name>{NAME_WORDS})"

    return ref.compiled("by_role", build, flags=0)


def _party_of(ref: Reference) -> re.Pattern[str]:
    """'a joint venture of Tibet Huayu Mining and ...', 'a subsidiary of X': who a body is made of or
    belongs to (`cues.csv`, party_of)."""
    parties = ref.cue_pattern("party_of").pattern
    return ref.compiled("party_of", lambda: rf"(?i:{parties})\s+(?:the\s+)?(?P<name>{NAME_WORDS})", flags=0)


def names_a_body(name: str, ref: Reference) -> bool:
    """A glossed name that is an organisation's, not a facility's ('combined heat and power (CHP)', 'Central
    Asia Gas Pipeline (CAGP)'): capitalised or a government body, and not ending in a facility word or a
    document's."""
    words = fold(name).split()
    terms = ref.facility_terms
    ends_in_facility = (  # 'Qinghai Western Mining' names a company; 'heat and power' a facility
        words[-1] in terms["head"]
        or terms["head"].get(words[-1].rstrip("s"))  # 'Power Systems', a kind of no facility, is a firm's
        or any(" ".join(words[-size:]) in terms.get("modifier", {}) for size in (2, 3))
        or (len(words) == 1 and words[0] in terms.get("modifier", {}))
    )
    if ends_in_facility or _names_a_document(name, ref):
        return False
    return name[0].isupper() or bool(re.match(_GOVERNMENT_HEADS, name, re.I))


def _names_a_document(name: str, ref: Reference) -> bool:
    """'a bankable feasibility study (BFS)', 'the Power Purchase Agreement (PPA)', 'Memorandum of
    Understanding (MoU)': a glossed paper, no body (`cues.csv`, signed_document and document_name)."""

    def build() -> str:
        paper = f"(?:{ref.cue_pattern('signed_document').pattern}|{ref.cue_pattern('document_name').pattern})"
        return rf"\b{paper}$|^(?:the\s+)?{paper}\s+(?:of|on)\b"

    return bool(ref.compiled("document_name", build).search(name))


_LEADING_OWNER = re.compile(r"(?:[A-Z][\w-]*\s+){1,3}?[A-Z][\w-]*'s\s+")


_WHERE_FROM = ("-based", "-listed", "-registered", "-headquartered")  # 'London-listed Chaarat Gold'
_PLACE_FROM = re.compile(  # 'Beijing-based ', 'Hong Kong-listed ': words before a company's name
    rf"(?:[A-Z][\w.]*\s+)?[\w.]*(?:{'|'.join(_WHERE_FROM)})(?:\s+|$)"
)


_OPENING_QUOTES = '"\u201c\u00ab'  # a quoted name is whole, its first word included


def _trim(sentence: str, start: int, end: int, ref: Reference) -> tuple[int, int]:
    """Drop leading words that are not part of a name: articles, titles, demonyms, possessives ('the World
    Bank's International Development Association' is the association); end it at its legal form when a
    linking word follows ('Abai Copper LLP for the Karakuduk deposit')."""
    owner = _LEADING_OWNER.match(sentence[start:end])
    listed = [m for m in ref.find_organisations(sentence[start:end]) if m.start == 0] if owner else []
    if owner and owner.end() < end - start and not any(m.end > owner.end() for m in listed):
        start += owner.end()  # not "China Nonferrous Metal Industry's Foreign Engineering ...", a listed name
    while start < end:
        if where := _PLACE_FROM.match(sentence, start, end):
            start = where.end()
            continue
        word_end = sentence.find(" ", start, end)
        word = sentence[start : word_end if word_end > 0 else end]
        folded = fold(word)
        noise = folded in LEADING_NOISE or folded in title_words(ref)
        quoted = start > 0 and sentence[start - 1] in _OPENING_QUOTES  # '"Kyrgyz Huaxin Petrochemical"'
        if noise or word.endswith("'s") or (is_demonym(word, ref) and not quoted):
            start = word_end + 1 if word_end > 0 else end
        else:
            break
    if facility := _facility_of(ref).search(sentence, start, end):
        start = facility.end()  # '45 MW Yereymentau WPP of First Wind Power Plant LLP': the plant's owner
    closed = _LEGAL_FORM_THEN_LINK.search(sentence, start, end)
    return start, closed.end() if closed else end


def _facility_of(ref: Reference) -> re.Pattern[str]:
    """A facility's abbreviation and 'of' inside a run of capitalised words: the name starts after it."""

    return ref.compiled(
        "facility_of",
        lambda: rf"\b(?:{'|'.join(map(re.escape, head_acronyms(ref)))})s?(?:-\d+)?\s+of\s+(?:the\s+)?",
        flags=0,
    )


# a legal form a name ends in, followed by a linking word: what follows is no part of the name
_LEGAL_FORM_THEN_LINK = re.compile(rf"\b(?:{_FORMS_AFTER})\b\.?(?=\s+(?:of|for|and|&)\s)")


def title_words(ref: Reference) -> frozenset[str]:
    """Words of people's titles (`cues.csv`, person_title): 'CEO of X' names X."""
    if "title_words" not in ref._cache:
        patterns = ref.tables["cues"].loc[ref.tables["cues"].cue_type == "person_title", "pattern"]
        ref._cache["title_words"] = frozenset(fold(w) for p in patterns for w in p.split() if w.isalpha())
    return ref._cache["title_words"]  # type: ignore[return-value]


_DEMONYM_ENDINGS = ("an", "ese", "ish")


def is_demonym(word: str, ref: Reference) -> bool:
    """'Kazakh', 'Chinese', 'PRC', 'Swedish-German': a form of a country (or of each of two) that is not its
    name ('Korea' of 'South Korea' is: 'Korea Gas Corp.' keeps it)."""
    parts = fold(word).split()
    return all(p in ref.country_by_surface and p not in _country_name_words(ref) for p in parts)


def _country_name_words(ref: Reference) -> frozenset[str]:
    """Each country's name and the forms its longer names end in ('korea' of 'republic of korea'; not
    'russian' of 'russian federation')."""
    if "country_name_words" not in ref._cache:
        surfaces = [fold(s) for _, s in ref.surfaces("countries", "name", "variants")]
        names = {fold(name) for name in ref.country_names.values()}
        longer = [f" {s}" for s in [*surfaces, *names] if " " in s]
        ending = {
            s
            for s in surfaces
            if any(name.endswith(f" {s}") for name in longer) and not s.endswith(_DEMONYM_ENDINGS)
        }  # not 'korean' of 'south korean'
        ref._cache["country_name_words"] = frozenset(names | ending)
    return ref._cache["country_name_words"]  # type: ignore[return-value]


def is_place_or_country(name: str, ref: Reference) -> bool:
    key = fold(name)
    return key in ref.country_by_surface or key in ref.regions_by_surface or key in ref.localities_by_surface


def _country_of(sentence: str, start: int, end: int, ref: Reference) -> str | None:
    """The country a ministry belongs to: 'Kazakh Ministry of Energy', 'Ministry of Energy of Uzbekistan'."""
    window = sentence[max(0, start - 25) : end + 40]
    found = ref.country_index.find(window)
    return ref.country_by_surface.get(fold(found[0].text)) if found else None


def _based_country(text: str, ref: Reference) -> str | None:
    place = fold(text.split("-based")[0].split()[-1])
    if place in ref.country_by_surface:
        return ref.country_by_surface[place]
    for places in (ref.localities_by_surface.get(place), ref.regions_by_surface.get(place)):
        if places:
            return places[0].country
    return None

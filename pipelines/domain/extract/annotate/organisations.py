"""Organisations and people in a sentence: listed names and aliases, names by shape and context
(`org_shapes.py`), names glossed by an abbreviation (`acronyms.py`) and the article's short names, with
overlaps settled and legal forms kept with the name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.domain.extract.annotate.acronyms import abbreviation_before, glossed_names, spells_loosely
from pipelines.domain.extract.annotate.name_words import (
    GENERIC_NAME_WORDS,
    GLUED_STEMS,
    GOVERNMENT_HEADS,
    LEGAL_FORM_WORDS,
    LEGAL_PREFIX,
    LEGAL_SUFFIXES,
    LEGAL_TAIL,
    LEGAL_WORDS,
    SUFFIXES,
    is_government,
    name_key,
)
from pipelines.domain.extract.annotate.org_shapes import (
    Span,
    is_place_or_country,
    names_a_body,
    shaped_and_context_names,
    title_words,
)
from pipelines.domain.extract.annotate.places import named_as_settlement
from pipelines.domain.extract.annotate.standalone import standalone
from pipelines.domain.reference import Reference, fold

_GOVERNMENT_HEADS = "|".join(GOVERNMENT_HEADS)
_CAPITALISED_TAIL = re.compile(r"(?: [A-Z][\w'-]*){2,3}\b(?!-)")  # ' Gayur Cement' after 'Huaxin'
# '(CNPC)', '("Kaskasu")', '(the "Project Company")', '(hereinafter "KEGOC")'
_PAREN_ALIAS = re.compile(
    r"^\.?\"?\s*\(\s*(?:the\s+|hereinafter\s+(?:referred\s+to\s+as\s+)?)?\"?"
    r"(?P<alias>[A-Z][\w&.' -]{1,40}?)\"?\s*(?:\)|,|;|\bor\b)"
)


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
    not_party: bool = False  # named only as another's parent ('a subsidiary of X') or look-alike
    nationality: str | None = None  # the country it belongs to, where its listing or its name tells

    @property
    def company_party(self) -> bool:
        """A party to the news that is no government body (by its listed name too: "Kazakhstan's Ministry
        of Energy"), no source and no parent named only as such."""
        return not (self.reporter or self.not_party or is_government(self.known or self.text))


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


_LOWERCASE_START = re.compile(r"(?!the\s)[a-z]|the\s+[a-z]")  # ('the Export-Import Bank of China' is listed)


def organisation_candidates(sentence: str, ref: Reference) -> OrgCandidates:
    """Listed names and aliases, and names by their legal or institutional shape or by context."""
    known = [
        Span(m.start, m.end, ref.organisation_by_alias[fold(m.text)], None)
        for m in ref.find_organisations(sentence)
        # 'prices have risen' names no Risen Energy, 'In power, China National ...' no PowerChina
        if not _LOWERCASE_START.match(m.text)
    ]
    glossed = [
        Span(g.start, g.end, None, None, proven=True)
        for g in glossed_names(sentence)
        if names_a_body(sentence[g.start : g.end], ref)
    ]
    return OrgCandidates(
        known, shaped_and_context_names(sentence, ref) + glossed + _joint_names(sentence, known, ref)
    )


def _joint_names(sentence: str, known: list[Span], ref: Reference) -> list[Span]:
    """'Huaxin Gayur Cement': a listed name, a word of another body and an industry word name a body of
    their own (a joint venture, a subsidiary), not the listed one; not a title ('ADB Director General') or
    a place the name would take ('Energy China Sherabad Solar Power')."""
    out = []
    for k in known:
        tail = _CAPITALISED_TAIL.match(sentence, k.end)
        if tail is None:
            continue
        *others, last = [fold(w) for w in tail.group(0).split()]
        industry = last in GENERIC_NAME_WORDS or last in GLUED_STEMS
        own_word = any(w not in GENERIC_NAME_WORDS for w in others)
        titled_or_placed = any(w in title_words(ref) or is_place_or_country(w, ref) for w in [*others, last])
        if industry and own_word and not titled_or_placed:
            out.append(Span(k.start, tail.end(), None, None, proven=True))
    return out


def resolve_organisations(
    sentence: str,
    candidates: OrgCandidates,
    ref: Reference,
    article_aliases: set[str] | None = None,
    place_names: set[str] = frozenset(),
) -> list[OrgMention]:
    """The organisations of a sentence: candidates plus the article's short names, overlaps settled; a
    place's name the context calls a body only when it is the short name of one of the article's bodies."""
    aliases = _article_aliases(sentence, article_aliases or set())
    shaped = [s for s in candidates.shaped if not s.place or sentence[s.start : s.end] in place_names]
    shaped = [
        piece for span in shaped + aliases for piece in _apart_from_known(sentence, span, candidates.known)
    ]
    known = [
        k
        for k in candidates.known
        if not any(_extends(sentence, s, k, ref) for s in shaped)
        and not any(a[0] <= k[0] and k[1] <= a[1] and a[1] - a[0] > k[1] - k[0] for a in aliases)
    ]
    shaped = [cut for span in shaped if (cut := _cut_before_known(sentence, span, known))]
    spans = [_with_legal_form(sentence, span) for span in [_with_group(sentence, k) for k in known] + shaped]
    spans = _without_overlaps(sentence, [s for s in spans if not _legal_form_only(sentence[s.start : s.end])])
    return _mentions(sentence, spans, ref)


_GROUP_AFTER = re.compile(r"\s+Group\b")
_JOINED_BEFORE = re.compile(r"\s+and\s+(?:the\s+)?$")
_JOINED_AFTER = re.compile(r"^\s+and\s+(?:the\s+)?")


def _apart_from_known(sentence: str, span: Span, known: list[Span]) -> list[Span]:
    """'built by China Power and Samruk-Energy', 'CNPC and Hengxin Silicon LLP signed': a name the context
    proves, or that ends in a legal form or a word like 'Group', that joins a listed one with 'and' is two
    names, the listed one and the other ('&' joins the words of one name)."""
    last = fold(sentence[span.start : span.end].rstrip(".,").split()[-1])
    if not (span.proven or last in LEGAL_WORDS or last in SUFFIXES):
        return [span]
    for k in known:
        leads = k.start <= span.start < k.end <= span.end  # 'Kazakh Invest and X LLP': the span at 'Invest'
        inside = span.start <= k.start and k.end <= span.end
        if not (leads or inside) or (k.start, k.end) == (span.start, span.end):
            continue
        before, after = _JOINED_BEFORE.search(sentence, span.start, k.start), sentence[k.end : span.end]
        if before and not after.strip(" .,"):
            return [span._replace(end=before.start())]
        joined = _JOINED_AFTER.match(after)
        if joined and leads:
            return [span._replace(start=k.end + joined.end())]
    return [span]


def _with_group(sentence: str, span: Span) -> Span:
    """'Mingyang Smart Energy Group': a listed body named in full with 'Group' after it is that body; not a
    short name ('Huaxin Group' is the group above Huaxin Cement)."""
    group = _GROUP_AFTER.match(sentence, span.end)
    full = span.known is not None and fold(sentence[span.start : span.end]) == fold(span.known)
    return span._replace(end=group.end()) if group and full else span


def _legal_form_only(text: str) -> bool:
    """'JSC', 'Co Ltd': a legal form alone names nobody."""
    text = re.sub(r"^the\s+", "", text.rstrip(".,"), flags=re.I)
    return not name_key(text).strip() or all(w in LEGAL_FORM_WORDS for w in fold(text).split())


def place_short_names(sentence: str, candidates: OrgCandidates, names: set[str]) -> dict[str, str]:
    """'Harbin, which is one of China's leading manufacturers' after 'Harbin Electric International': a
    place's name the context calls a body, standing for the one name of the article it begins."""
    out = {}
    for span in (s for s in candidates.shaped if s.place):
        word = sentence[span.start : span.end]
        led = {n for n in names if n.startswith(word + " ")}
        if len({name_key(n) for n in led}) == 1:
            out[word] = max(led, key=len)
    return out


def find_organisations(
    sentence: str, ref: Reference, article_aliases: set[str] | None = None
) -> list[OrgMention]:
    """Organisations by reference alias, by legal or institutional shape, and by context ('X-based Y')."""
    return resolve_organisations(sentence, organisation_candidates(sentence, ref), ref, article_aliases)


def _extends(sentence: str, shaped: Span, known: Span, ref: Reference) -> bool:
    """'Samruk-Kazyna Ondeu LLP' holds 'Samruk-Kazyna' and more: a body of its own, not the listed one (so
    does 'Harbin Electric International, a company from China')."""
    if not (shaped[0] <= known[0] and known[1] < shaped[1]):
        return False
    tail = sentence[known[1] : shaped[1]]
    words = [w.rstrip(".,") for w in tail.split()]  # 'Corp.' is 'Corp'
    extra = [w for w in words if w and fold(w) not in LEGAL_SUFFIXES]
    named = fold(sentence[shaped[0] : shaped[1]].split()[-1]) in SUFFIXES or shaped.proven
    return bool(extra) and not re.search(r",|&|\band\b", tail) and named


def _with_legal_form(sentence: str, span: Span) -> Span:
    """Take in a legal form written around the name: 'JSC NC KazMunayGas', 'Goldwind Co., Ltd.', 'JSC "Almalyk
    Mining and Metallurgical Combine"' (with both quotes)."""
    start, end = span[0], span[1]
    if sentence[end : end + 1] == "." and fold(sentence[start:end].split()[-1]) in LEGAL_SUFFIXES:
        end += 1  # 'Jiangxi Copper Co.' listed as 'Jiangxi Copper Co'
    before = LEGAL_PREFIX.search(sentence[:start])
    after = LEGAL_TAIL.match(sentence[end:])
    end += after.end() if after else 0
    quoted = before and before.group(0).endswith('"') and sentence[end : end + 1] == '"'
    return span._replace(start=before.start() if before else start, end=end + 1 if quoted else end)


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


def _article_aliases(sentence: str, aliases: set[str]) -> list[Span]:
    """Short names the article introduced in brackets, used alone later; not a settlement's name ('the
    village of Shokpar' after 'Shokpar Wind Power LLP')."""
    return [
        Span(start, end, None, None)
        for alias in aliases
        for start, end in standalone(sentence, alias)
        if not named_as_settlement(sentence, start, end)
    ]


def _without_overlaps(sentence: str, spans: list[Span]) -> list[Span]:
    """Keep the earliest-starting of overlapping candidates, those the context proves a name or that end in
    a legal form first ('China's X Building Materials (Group) Co., Ltd.' over a proven 'X'), then the
    longest (listed names win ties)."""

    def rank(s: Span) -> tuple:
        legal = fold(sentence[s.start : s.end].rstrip(".,").split()[-1]) in LEGAL_WORDS
        return (s.start, not (s.proven or legal), -(s.end - s.start), s.known is None, s.country is None)

    spans.sort(key=rank)
    listed = {(s.start, s.end): s.known for s in spans if s.known}
    kept: list[Span] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span if span.known else span._replace(known=listed.get((span.start, span.end))))
    return kept


def _mentions(sentence: str, spans: list[Span], ref: Reference) -> list[OrgMention]:
    out = []
    for start, end, known, country, *_ in spans:
        text = re.sub(r"^the\s+", "", sentence[start:end].rstrip(".,"), flags=re.I)
        alias_match = _PAREN_ALIAS.match(sentence[end:])
        alias = alias_match["alias"].strip() if alias_match else abbreviation_before(sentence, start, end)
        alias = alias or _comma_abbreviation(sentence, end, text, ref)
        alias = alias or _called_after(sentence, end, known, ref)
        known = known or _listed_with_its_country(sentence[:start], text, ref)
        if alias and (is_place_or_country(alias, ref) or not _is_name_like(alias)):
            alias = None  # '(Dushanbe cement plant)' describes; it is no short name
        listed = alias_match and alias_match.group(0).rstrip()[-1:] in ",;"
        if listed and _OWNER_LIST.match(sentence[end + alias_match.end() :]):
            alias = None  # 'PetroKazakhstan Oil Products (KazMunayGas, CNPC)': its owners, not its short name
        out.append(OrgMention(start, end, text, known, country, alias))
    return out


# 'China Petroleum & Chemical Corp., or Sinopec,', '..., known as Sinosure,': the name the text goes on with
_CALLED = re.compile(
    r"^\.?,\s+(?P<how>(?:also\s+)?known\s+as|or)\s+\"?(?P<alias>[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+)?)\"?(?=\s*(?:[,.;)]|$))"
)


def _called_after(sentence: str, end: int, known: str | None, ref: Reference) -> str | None:
    """The other name set off by commas after a name ('X, known as Y,'); after a bare 'or', only a name that
    is no other listed body than the name's own, its parent or its unit ('Bank of China, or ICBC,' offers
    two lenders)."""
    match = _CALLED.match(sentence[end:])
    if match is None:
        return None
    listed = ref.organisation_by_alias.get(fold(match["alias"]))
    if match["how"] != "or" or listed is None or listed == known:
        return match["alias"]
    rows = ref.organisation_rows
    kin = known is not None and listed in (rows.get(known, {}).get("parent"), known)
    return match["alias"] if kin or rows.get(listed, {}).get("parent") == known else None


_COMMA_ABBREVIATION = re.compile(r"^,\s+(?P<abbr>[A-Z][A-Z0-9&]{2,7})(?=\s*(?:[,.;]|$))")


def _comma_abbreviation(sentence: str, end: int, name: str, ref: Reference) -> str | None:
    """'China Triumph International Engineering, CTIEC, which ...', 'Jiangsu Zhongtian Technology, ZTT':
    an abbreviation set off by commas after a name that loosely spells its capitalised words (after a
    province they open with); not another listed body ('China Power, CNPC,')."""
    match = _COMMA_ABBREVIATION.match(sentence[end:])
    if not match or ref.organisation_by_alias.get(fold(match["abbr"])):
        return None
    words = [w for w in name.split() if w[:1].isupper()]
    placed = len(words) > 2 and is_place_or_country(words[0], ref)
    return (
        match["abbr"]
        if spells_loosely(match["abbr"], words) or (placed and spells_loosely(match["abbr"], words[1:]))
        else None
    )


_POSSESSIVE_REACH = 40  # characters before a name where a country's possessive ("China's the") stands
_COUNTRY_POSSESSIVE = re.compile(r"\b(?P<country>[A-Z][\w-]+)['\u2019]s\s+(?:the\s+)?$")


def _listed_with_its_country(before: str, name: str, ref: Reference) -> str | None:
    """ "China's Exim Bank": the listed body named with the country the possessive gives ('China Exim Bank',
    'Exim Bank of China')."""
    match = _COUNTRY_POSSESSIVE.search(before[-_POSSESSIVE_REACH:])
    code = ref.country_by_surface.get(fold(match["country"])) if match else None
    if code is None:
        return None
    countries = {match["country"], ref.country_names.get(code, match["country"])}
    forms = [f"{c} {name}" for c in countries] + [f"{name} of {c}" for c in countries]
    return next((body for form in forms if (body := ref.organisation_by_alias.get(fold(form)))), None)


_OWNER_LIST = re.compile(r"^\s*[A-Z][\w&.' -]{1,40}?\s*\)")  # after '(KazMunayGas,': ' CNPC)'


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

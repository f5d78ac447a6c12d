"""Short names an article gives its organisations: bracketed ('(CNPC)'), a name without its legal form, or
the distinctive first words of a name used alone later ('Jiaxin' for 'Jiaxin International Resources')."""

from __future__ import annotations

import re

from pipelines.domain.extract.annotate.acronyms import spells, spells_exactly
from pipelines.domain.extract.annotate.facility_types import term_words
from pipelines.domain.extract.annotate.name_words import (
    GENERIC_NAME_WORDS,
    LEGAL_HEAD,
    LEGAL_TAIL,
    SUFFIXES,
    is_acronym,
    name_key,
)
from pipelines.domain.extract.annotate.org_shapes import is_place_or_country
from pipelines.domain.extract.annotate.organisations import OrgMention
from pipelines.domain.reference import Reference, fold

_INNER_ABBREVIATION = re.compile(r"\s*\((?P<abbr>[A-Z][A-Za-z0-9&-]{1,9})\)(?=\s+[A-Z])")
_ACRONYM_WORD = re.compile(r"(?<![\w-])[A-Z]{2,6}(?![\w-])")
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<country>[A-Z][\w-]+)$")
_MAX_SHORT_NAME_WORDS = 3  # a bracketed alias longer than this is a description, not a short name


def short_names(
    orgs_by_sentence: list[list[OrgMention]], ref: Reference, known: dict[str, str] | None = None
) -> dict[str, str]:
    """short form -> the long name it stands for in this article (adding to `known` ones)."""
    short: dict[str, str] = dict(known or {})
    by_prefix: dict[str, set[str]] = {}
    for orgs in orgs_by_sentence:
        for org in orgs:
            if _is_short_form(org.alias, ref):
                short.setdefault(org.alias, org.text)
            bare = _without_legal_form(org.text, ref)
            if bare != org.text and (len(bare.split()) > 1 or _recurs_alone(bare, ref)):
                short.setdefault(bare, org.text)  # 'Samruk-Kazyna Ondeu' for '... Ondeu LLP'
            for abbreviated in _with_inner_abbreviation(org.text):
                short.setdefault(abbreviated, org.text)
            for prefix in _leading_words(bare, ref):
                by_prefix.setdefault(prefix, set()).add(org.text)
            if org.known and fold(org.text) not in ref.organisation_by_alias:  # "China's Exim Bank"
                short.setdefault(org.text, org.known)
            for homeless in _listed_names_without_country(org, ref):  # 'Exim Bank' of 'China Exim Bank'
                short.setdefault(homeless, short.get(org.text, org.text))
            homeless = None if org.known else _without_country(bare, ref)  # 'Tianfu Energy' of 'Xinjiang ...'
            if homeless and _names_alone(homeless, org.text, ref):
                short.setdefault(homeless, org.text)
            home = _OF_COUNTRY.search(bare)  # 'National Electric Grid' of '... Grid of Uzbekistan'
            if (
                home
                and fold(home["country"]) in ref.country_by_surface
                and len(bare[: home.start()].split()) > 1
            ):
                short.setdefault(bare[: home.start()], org.text)
    for unit, company in _regional_units(orgs_by_sentence, ref).items():
        short.setdefault(unit, company)
    for prefix, names in by_prefix.items():
        if len({name_key(n) for n in names}) == 1:
            short.setdefault(prefix, max(names, key=len))
    for org in (org for orgs in orgs_by_sentence for org in orgs if _recurs_alone(org.text, ref)):
        short.setdefault(org.text, org.text)  # 'Astronergy' in any other sentence
    return short


def _regional_units(orgs_by_sentence: list[list[OrgMention]], ref: Reference) -> dict[str, str]:
    """The short form each of the article's companies goes by as its group's unit of a province ('State
    Grid Xinjiang'), with the company's name."""
    return {
        unit: org.text
        for orgs in orgs_by_sentence
        for org in orgs
        if (unit := _regional_unit(_without_legal_tail(org.text), ref))
    }


def _is_short_form(alias: str | None, ref: Reference) -> bool:
    """A bracketed short name; not a role written in brackets ('PowerChina Northwest (EPC)', '(developer)';
    a defined term such as '(the "Project Company")' is one)."""
    if not alias:
        return False
    if ref.cue_pattern("role").fullmatch(alias) and (len(alias.split()) == 1 or alias[0].islower()):
        return False
    return is_acronym(alias) or len(alias.split()) <= _MAX_SHORT_NAME_WORDS


def _listed_names_without_country(org: OrgMention, ref: Reference) -> list[str]:
    """'Exim Bank' for the listed 'China Exim Bank' and 'Exim Bank of China' of an organisation the article
    names: its listed names less their country, unless another organisation is listed by that name (worked
    out once per listed organisation)."""
    if not org.known:
        return []
    key = f"homeless:{org.known}"
    if key not in ref._cache:
        row = ref.organisation_rows.get(org.known)
        names = [row["name"], *(row["aliases"] or "").split("|")] if row else []
        ref._cache[key] = [
            h for h in (_without_country(n, ref) for n in names) if h and _names_alone(h, org.known, ref)
        ]
    return ref._cache[key]  # type: ignore[return-value]


def _without_country(name: str, ref: Reference) -> str | None:
    """'Exim Bank' of 'China Exim Bank' or 'Exim Bank of China'; None when the name has no country."""
    home = _OF_COUNTRY.search(name)
    words = (name[: home.start()] if home else name).split()
    if words and is_place_or_country(words[0], ref):
        words = words[1:]
    homeless = " ".join(words)
    return homeless if homeless != name and len(words) > 1 else None


def _names_alone(homeless: str, known: str, ref: Reference) -> bool:
    """A name less its country that still tells its body: a distinctive word ('Petrochemical Corporation'
    has none) and no other listed body of that name."""
    common = GENERIC_NAME_WORDS | SUFFIXES | term_words(ref)
    distinctive = any(fold(w).rstrip(".") not in common for w in homeless.split())
    return distinctive and ref.organisation_by_alias.get(fold(homeless)) in (None, known)


def _recurs_alone(name: str, ref: Reference) -> bool:
    """A short name the context proved once ('Astronergy, the solar arm of Chint', 'the Chinese company
    Hubei Yihua'), to be known wherever the article uses it again; not a place, a country or words any
    name may hold."""
    words = name.split()
    return (
        len(words) <= _MAX_SHORT_NAME_WORDS
        and name[:1].isupper()
        and any(fold(w) not in GENERIC_NAME_WORDS and not is_place_or_country(w, ref) for w in words)
        and not is_place_or_country(name, ref)
    )


def spelled_acronyms(texts: list[str], names: set[str], ref: Reference) -> dict[str, str]:
    """'QSP' for 'Qazaq Solar Power LLP' named before it: an unlisted acronym of the text that spells the
    initials of exactly one organisation name of the article, though never bracketed after it. A
    facility's abbreviation ('TPP', 'HPP') stays the facility's, though 'Thermal Power Plants JSC' spells
    it."""
    found = {}
    heads = ref.facility_terms["head"]
    for acronym in sorted({m.group(0) for text in texts for m in _ACRONYM_WORD.finditer(text)}):
        if fold(acronym) in ref.organisation_by_alias or fold(acronym) in heads:
            continue
        spelled = {
            n for n in names if any(spells_exactly(acronym, f.split()) for f in (n, _without_legal_tail(n)))
        }
        if len({name_key(n) for n in spelled}) == 1:
            found[acronym] = max(spelled, key=len)
    return found


def _with_inner_abbreviation(name: str) -> list[str]:
    """'ZG International (Singapore)' for 'Z Grid (ZG) International (Singapore) Co., Ltd.': the name with
    the words an inner bracket abbreviates replaced by the abbreviation (with and without legal form)."""
    out = []
    for match in _INNER_ABBREVIATION.finditer(name):
        words = name[: match.start()].split()
        for size in range(1, len(words) + 1):
            if spells(match["abbr"], words[-size:]):
                start = name.rindex(words[-size], 0, match.start())
                shortened = name[:start] + match["abbr"] + name[match.end() :]
                out += [shortened, _without_legal_tail(shortened)]
                break
    return list(dict.fromkeys(out))


def _without_legal_form(name: str, ref: Reference) -> str:
    """'Samruk-Kazyna Ondeu' for 'Samruk-Kazyna Ondeu LLP', 'Navoiyazot' for 'JSC "Navoiyazot"'; not the
    plant a company opening with its legal form is named after ('OJSC "Rogun HPP"', 'JSC "Dehkanabad plant
    of potash fertilizers"': the plant is no company)."""
    bare = LEGAL_HEAD.sub("", name).strip('"')
    heads = ref.facility_terms["head"]  # singular: 'OJSC Electric Power Plants' is a company of plants
    plant = bare != name and any(fold(re.sub(r"-\d+$", "", word)) in heads for word in bare.split())
    return _without_legal_tail(name if plant else bare)


def _without_legal_tail(name: str) -> str:
    """'Samruk-Kazyna Ondeu' for 'Samruk-Kazyna Ondeu LLP'."""
    for start in range(len(name)):
        if name[start] in " ," and LEGAL_TAIL.fullmatch(name[start:].rstrip(".")):
            return name[:start]
    return name


def _leading_words(name: str, ref: Reference) -> list[str]:
    """'Hoshine', 'Hoshine Silicon' for 'Hoshine Silicon Industry'; 'Chengda', 'China Chengda' for 'China
    Chengda Engineering'; 'Weiqiao' for 'Shandong Weiqiao Pioneering Group': leading words of a name up to
    its first distinctive word and beyond, after a country or province it opens with."""
    words = name.split()
    placed = fold(words[0]) in ref.country_by_surface or fold(words[0]) in ref.regions_by_surface
    start = 1 if len(words) > 2 and placed else 0  # 'Weiqiao' of 'Shandong Weiqiao Pioneering Group'
    own = ref.organisation_by_alias.get(fold(name))
    if len(words) - start < 2:
        return []
    shortest = start + 1
    if ref.organisation_by_alias.get(fold(words[start])) not in (None, own):
        # 'Gezhouba' of 'China Gezhouba Group Cement' is another body's name; 'Datang Overseas' and 'China
        # Datang Overseas' of 'China Datang Overseas Investment' are this one's
        firsts, shortest = range(start + 1), start + 2
    elif _is_distinctive(words[start], name, ref):
        firsts = range(start + 1)
    elif start:
        firsts = range(1)  # "China Power" for "China Power International": the country makes it a name
    else:
        return []
    prefixes = [
        " ".join(words[first:end])
        for first in firsts
        for end in range(shortest, len(words))
        if fold(words[end - 1]) not in ("of", "and", "for", "the")  # 'Cabinet of' is no name
    ]
    return [p for p in prefixes if ref.organisation_by_alias.get(fold(p)) in (None, own)]  # not another's


def _regional_unit(name: str, ref: Reference) -> str | None:
    """'State Grid Xinjiang' for 'State Grid Xinjiang Electric Power', 'PowerChina Hubei' for 'PowerChina
    Hubei Electric Engineering': a group's listed name and the province of its unit, used alone."""
    words = name.split()
    for i in range(1, len(words) - 1):
        group, unit = " ".join(words[:i]), " ".join(words[: i + 1])
        if (
            fold(words[i]) in ref.regions_by_surface
            and fold(group) in ref.organisation_by_alias
            and fold(unit) not in ref.organisation_by_alias
        ):
            return unit
    return None


def _is_distinctive(word: str, name: str, ref: Reference) -> bool:
    """A word that can stand for a whole name: not generic, not a place, not another body's name."""
    key = fold(word)
    listed_as = ref.organisation_by_alias.get(key)
    return (
        len(word) >= 4
        and word[0].isupper()
        and (not word.isupper() or word.isalpha())  # 'DMEGC' of 'DMEGC Magnetics', not 'KZ-31'
        and key not in GENERIC_NAME_WORDS
        and key not in ref.country_by_surface
        and key not in ref.regions_by_surface
        and key not in ref.localities_by_surface
        and listed_as in (None, ref.organisation_by_alias.get(fold(name)))
    )

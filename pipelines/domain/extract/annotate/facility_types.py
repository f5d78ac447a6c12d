"""What kind of facility a noun phrase names: facility heads with their plurals, modifiers and products
(`facility_terms.csv`), a purpose ('a plant to assemble turbines', 'for non-ferrous metals production'),
an abbreviation inside or after the phrase."""

from __future__ import annotations

import re

from pipelines.domain.extract.annotate.numbers import ORDINAL_WORDS
from pipelines.domain.extract.annotate.quantities import ROUGHLY, find_quantities
from pipelines.domain.reference import Reference, fold

PURPOSE = re.compile(
    r"^[^.;]{0,45}?(?:to (?:assemble|produce|manufacture|make|build|process|turn out)|"
    r"producing|manufacturing|assembling|"
    r"(?:for|on) (?:the )?(?:production|manufacture|manufacturing|assembly|assembling|processing)"
    r"(?: and [\w ]{1,30}?)? of|"  # 'for the production and service maintenance of'
    r"for (?:producing|manufacturing|assembling)|"
    r"(?:which|that) (?:will |can |could )?(?:produces?|manufactures?|makes?|assembles?|turns? out)|"
    r"(?:will|is to|would) (?:produce|manufacture|make)|"
    r"(?:which|that) (?:will )?(?:turns?|converts?|processe?s?) [^.;]{1,60}? into)"  # what it makes of it
    r"\b(?P<rest>[^.;]{0,90})"
    r"|^\s+for\s+(?P<made>(?:[\w-]+\s+){1,3})(?:production|manufacturing|processing|smelting)\b"
    r"|^\s+for\s+(?P<goods>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})",  # 'a line for coated and rolled steel'
    re.I,
)
_GLOSS = re.compile(r"^\s*\((?P<acronym>[A-Z]{2,5})s?(?:-\d+)?\)")


def head_pattern(ref: Reference) -> re.Pattern[str]:
    """Facility head nouns with their plurals and a station's number ('farm-2', 'CHP-2'); acronyms (HPP,
    CHP) only in capitals."""
    if "head_pattern" not in ref._cache:
        terms = ref.tables["facility_terms"]
        heads = list(terms.loc[terms.kind == "head", "term"])
        words = sorted((t for t in heads if not t.isupper()), key=len, reverse=True)
        acronyms = head_acronyms(ref)
        word_alts = "|".join(_plural_form(w) for w in words)
        acronym_alts = "|".join(f"{re.escape(a)}s?(?:-\\d+)?" for a in acronyms)
        ref._cache["head_pattern"] = re.compile(  # 'wind farm-2', like 'CHP-2': a station's number
            rf"(?<![\w-])(?:(?i:{word_alts})(?:-\d{{1,2}})?|{acronym_alts})(?![\w-])"
        )
    return ref._cache["head_pattern"]  # type: ignore[return-value]


def head_acronyms(ref: Reference) -> list[str]:
    """Facility nouns written as acronyms ('HPP', 'CHP', 'WPP'), longest first."""
    terms = ref.tables["facility_terms"]
    return sorted((t for t in terms.loc[terms.kind == "head", "term"] if t.isupper()), key=len, reverse=True)


def _plural_form(term: str) -> str:
    if term.endswith("y"):
        return f"{re.escape(term[:-1])}(?:y|ies)"
    if term.endswith(("x", "s", "ch")):
        return f"{re.escape(term)}(?:es)?"
    return f"{re.escape(term)}s?"


_OF_AFTER = re.compile(r"\s+of\b", re.I)
_ASSEMBLY = re.compile(r"\b(?:assembl\w*|manufactur\w*)\b", re.I)


# 'plant of flat glass', a translation's 'plant for flat glass' (not 'of about 500 km')
_OF_GOODS = re.compile(
    rf"^\s+of\s+(?!(?:the|a|an|its|their|this|that|which|whose|{ROUGHLY})\b)"
    r"(?P<goods>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})"
)


def purpose_match(after: str, ref: Reference) -> re.Match[str] | None:
    """What a facility is for, said after its noun: 'for the production of', 'to assemble', or goods after
    'of' that name no facility ('a plant of flat glass', not 'a complex of oil refineries')."""
    purpose = PURPOSE.match(after)
    if purpose is not None:
        return purpose
    goods = _OF_GOODS.match(after)
    return goods if goods and not head_pattern(ref).search(goods["goods"]) else None


def purpose_words(after: str, ref: Reference) -> list[str]:
    """The words of what a facility is for: 'battery packs' of 'a plant for the assembly of battery packs'."""
    purpose = purpose_match(after, ref)
    if purpose is None:
        return []
    found = purpose.groupdict()
    return (found.get("made") or found.get("rest") or found.get("goods") or "").split()


def frame_types(words: list[str], head_text: str, after: str, ref: Reference) -> list[str | None]:
    """The project types of a noun phrase; [None] for a typeless facility noun ('the plant', 'two plants')
    whose kind the discourse must tell."""
    if singular(fold(head_text)) in ref.heads_that_refer("purpose") and not purpose_match(after, ref):
        return []  # 'China's largest solar energy enterprise' is a company
    types: list[str | None] = list(_types(words, head_text, after, ref))
    gloss = _GLOSS.match(after)
    if not types and gloss:  # 'state district power plant (GRES-3)': the abbreviation tells the type
        types = [t for t in [ref.facility_terms["head"].get(fold(gloss["acronym"]))] if t]
    usual = ref.facility_terms.get("default", {}).get(fold(head_text))  # not "XD Electric's factories"
    if not types and usual and _not_a_companys(words):
        types = [usual]  # 'The BYD Uzbekistan Factory in Jizzakh': a factory makes goods
    if not types and singular(fold(head_text)) in ref.typeless_heads:
        types = [_fuelled(after, ref)]  # 'a 48 MW power station fired with gas': a thermal plant
    if not types and _named_one_again(words, head_text, after, ref):
        types = [None]
    return types


def _fuelled(after: str, ref: Reference) -> str | None:
    """The kind of plant a fuel it burns tells, said after its noun ('fired with gas', 'which runs on
    coal': `fuelled` cues); None when none is said."""
    return next((value for pattern, value in ref.cue_values("fuelled") if pattern.match(after)), None)


def _not_a_companys(words: list[str]) -> bool:
    """'the BYD Uzbekistan Factory', 'a factory in Sergeli district': not a company's works the goods come
    from ("Goldwind's Urumqi factory")."""
    return not any(w.endswith(("'s", "’s")) for w in words)


def _named_one_again(words: list[str], head_text: str, after: str, ref: Reference) -> bool:
    """'the field' after 'the Sarybulak field': a noun that needs a name, written alone with 'the' or
    'this', points back to the one named (not 'the field of renewable energy')."""
    alone = [fold(w) for w in words] in (["the"], ["this"])
    named_head = singular(fold(head_text)) in ref.heads_that_refer("named")
    return alone and named_head and not _OF_AFTER.match(after)


def _types(words: list[str], head: str, after: str, ref: Reference) -> list[str]:
    """Project types named by a noun phrase: products made there, else the head's type, else modifiers."""
    purpose = purpose_match(after, ref)
    made = purpose_words(after, ref)  # 'for non-ferrous metals production'
    matched = match_terms(words, ref) + match_terms(made, ref)
    products = [ptype for kind, ptype in matched if kind == "product" and ptype]
    if products:
        return [products[0]]
    if purpose and _ASSEMBLY.search(purpose.group(0)):
        return ["manufacturing"]  # 'a plant for the assembly of battery packs'
    if _makes_goods(words, head, purpose, matched, ref):
        return ["manufacturing"]  # 'a plant for the production of ceramic sanitary ware'
    heads = ref.facility_terms["head"]
    head_type = heads.get(fold(head)) or heads.get(singular(fold(head)))
    named = any(w[:1].isupper() and fold(w) not in ("the", "a", "an") for w in words)
    if singular(fold(head)) in ref.heads_that_refer("named") and not named:
        head_type = None  # 'the field of renewable energy' is no gas field
    inner = [heads[fold(w)] for w in words if w.isupper() and heads.get(fold(w))]  # 'the Dushanbe-2 CHP'
    metal = _metal_type(words, head, ref) or _metal_refined_after(after, head, ref)
    if found := metal or head_type or (inner[-1] if inner else None):
        return [found]
    own = matched[: len(match_terms(words, ref))]
    modifiers = list(dict.fromkeys(ptype for kind, ptype in own if kind == "modifier" and ptype))
    if not modifiers:  # 'a power line': a term that takes in the head
        modifiers = [t for kind, t in match_terms([*words, head], ref) if kind == "modifier" and t][:1]
    if (
        not modifiers
        and purpose
        and (singular(fold(head)) in ref.heads_that_refer("purpose") or _introduced(words))
    ):
        # 'an enterprise for the production of caustic soda', 'a complex producing PVC' (not 'the complex
        # will produce zinc', which points back to a facility named before)
        modifiers = [ptype for kind, ptype in matched[len(own) :] if kind == "modifier" and ptype][:1]
    joined = " ".join(words)
    if len(modifiers) > 1 and (re.search(r"\bplus\b|\+", joined, re.I) or _hybrid(modifiers, head, ref)):
        return modifiers[:1]  # 'a photovoltaic plus energy storage project': a solar plant with its battery
    if len(modifiers) > 1 and re.search(r"\band\b", joined, re.I):
        return modifiers
    return modifiers[-1:]


_METAL_HEADS = {"refinery": "refines", "project": "mined"}  # heads whose type a metal named before them sets


def _metal_type(words: list[str], head: str, ref: Reference) -> str | None:
    """'the Almalyk copper refinery' (a smelter: `refines`), 'the Aktogay copper project' (a mine: `mined`):
    the type a metal named before these heads gives them, when no other word of the phrase gives one; none
    for any other head ('the copper plant')."""
    kind = _METAL_HEADS.get(singular(fold(head)))
    if kind is None:
        return None
    metals = ref.facility_terms.get(kind, {})
    named = [metals[fold(w)] for w in words if fold(w) in metals]
    if not named:
        return None
    others = [t for _, t in match_terms([w for w in words if fold(w) not in metals], ref) if t]
    return None if others else named[0]  # not 'the copper smelting project'


_OUTPUT_REACH = 80  # characters after a refinery where the figure of its output may stand


def _metal_refined_after(after: str, head: str, ref: Reference) -> str | None:
    """'the Tau-Ken Altyn refinery ... with a capacity of 25 tonnes of gold a year': a refinery whose
    output the words after it give in a metal is a smelter."""
    if _METAL_HEADS.get(singular(fold(head))) != "refines":
        return None
    clause = re.split(r"[.;]", after[:_OUTPUT_REACH], maxsplit=1)[0]
    products = [q.product for q in find_quantities(clause, ref) if q.product]
    return ref.facility_terms.get("refines", {}).get(fold(products[0])) if products else None


_COMPONENT_KINDS = ("storage",)  # kinds a plant of another kind is built with, in one project


def _hybrid(modifiers: list[str], head: str, ref: Reference) -> bool:
    """'a 200 MW solar and storage project': one plant of a kind and the battery built with it."""
    return not is_plural(head, ref) and len(modifiers) == 2 and modifiers[1] in _COMPONENT_KINDS


# making, as a purpose says it ('manufacture' and 'assembly' are `_ASSEMBLY`'s, tested first)
_MAKING = re.compile(r"\b(?:production|produc(?:e|es|ing)|make|makes|making)\b", re.I)


def _introduced(words: list[str]) -> bool:
    """A facility the phrase brings in, not one named before: indefinite ('a plant'; a bare noun heads a
    table row) or ranked ("the world's first plant for the production of")."""
    return not words or fold(words[0]) in ("a", "an") or any(fold(w) in ORDINAL_WORDS for w in words)


def _makes_goods(
    words: list[str],
    head: str,
    purpose: re.Match[str] | None,
    matched: list[tuple[str, str | None]],
    ref: Reference,
) -> bool:
    """A new plant or factory that makes what no term knows and no energy: a factory of goods. Not 'the plant
    will produce' (a plant named before) nor 'a plant for the production of electricity' (a power plant)."""
    if purpose is None or not _MAKING.search(purpose.group(0)) or any(kind for kind, _ in matched):
        return False
    noun = singular(fold(head))
    typeless = ref.typeless_heads.get(noun) == "any" or noun in ref.heads_that_refer("purpose")
    return _introduced(words) and typeless and not ref.cue_pattern("energy_goods").search(purpose.group(0))


def match_terms(words: list[str], ref: Reference) -> list[tuple[str, str | None]]:
    """(kind, project_type) of facility terms in a word list, longest first, left to right."""
    terms = _terms_by_phrase(ref)
    folded = [part for w in words for part in _hyphen_parts(fold(w.strip("()")), terms)]
    longest = ref._cache["longest_facility_term"]
    out, i = [], 0
    while i < len(folded):
        for size in range(longest, 0, -1):
            candidate = " ".join(folded[i : i + size])
            if candidate in terms:
                out.append(terms[candidate])
                i += size
                break
        else:
            out.extend(_conversion_term(folded[i], terms) or _after_number(folded[i], terms))
            i += 1
    return out


def _hyphen_parts(word: str, terms: dict[str, tuple[str, str | None]]) -> list[str]:
    """'gold-processing' (folded 'gold processing'), no term itself, is its parts: a term and the work done
    to it ('gold', 'processing'), or two kinds joined ('solar-plus-storage'); not metals named together
    ('lead-zinc'), 'deep-processing', a size ('500-kV') or a conversion ('gas-to-chemicals')."""
    parts = word.split()
    worked = len(parts) == 2 and parts[0] in terms and parts[1].endswith("ing")
    joined = len(parts) == 3 and parts[1] in ("plus", "and") and parts[0] in terms and parts[2] in terms
    return parts if (worked or joined) and word not in terms else [word]


def _after_number(word: str, terms: dict[str, tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """'500-kV', '220-kilovolt': a size glued to a term is the term."""
    number, _, rest = word.partition(" ")
    return [terms[rest]] if rest in terms and number.replace(".", "").replace(",", "").isdigit() else []


def _conversion_term(word: str, terms: dict[str, tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """'methanol-to-olefins', 'gas-to-gasoline': a conversion plant is known by what it makes, else by what
    it takes."""
    parts = word.split(" to ")  # folded: hyphens are spaces
    if len(parts) != 2:
        return []
    return [terms[part] for part in reversed(parts) if part in terms][:1]


def _terms_by_phrase(ref: Reference) -> dict[str, tuple[str, str | None]]:
    """Modifier and product terms: folded phrase -> (kind, project_type)."""
    if "terms_by_phrase" not in ref._cache:
        ref._cache["terms_by_phrase"] = {
            term: (kind, ptype)
            for kind in ("modifier", "product")
            for term, ptype in ref.facility_terms.get(kind, {}).items()
        }
        ref._cache["longest_facility_term"] = max(len(t.split()) for t in ref._cache["terms_by_phrase"])
    return ref._cache["terms_by_phrase"]  # type: ignore[return-value]


def term_words(ref: Reference) -> set[str]:
    """Every word that occurs in a facility term ('dc', 'transmission', 'solar')."""
    if "term_words" not in ref._cache:
        ref._cache["term_words"] = {w for t in _terms_by_phrase(ref) for w in t.split()} | set(
            ref.facility_terms["head"]
        )
    return ref._cache["term_words"]  # type: ignore[return-value]


def singular(word: str) -> str:
    """'refineries' -> 'refinery', 'boxes' -> 'box', 'processes' -> 'process', 'enterprises' ->
    'enterprise'."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2].endswith(("x", "ss", "ch", "sh")):
        return word[:-2]
    return word.removesuffix("s")


def is_plural(head: str, ref: Reference) -> bool:
    folded = fold(head)
    return folded not in ref.facility_terms["head"] and singular(folded) in ref.facility_terms["head"]

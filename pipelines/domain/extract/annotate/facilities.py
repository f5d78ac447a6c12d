"""Project frames in a sentence: a facility noun phrase, its type, and the span of text that describes it."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipelines.domain.extract.annotate.numbers import NUMBER_WORDS, SCALES
from pipelines.domain.reference import Reference, fold

_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:-\w+)?|\(?[A-Za-z0-9][\w'./&-]*\)?|[^\sA-Za-z0-9]")
_STOP_WORDS = {
    "of",
    "in",
    "at",
    "for",
    "to",
    "with",
    "by",
    "on",
    "from",
    "into",
    "near",
    "or",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "that",
    "which",
    "who",
    "include",
    "includes",
    "including",
    "such",
    "as",
    "than",
    "between",
    "under",
    "about",
    "via",
    "while",
    "where",
    "whose",
    "said",
    "says",
    "also",
    "plans",
    "plan",
    "its",
    "their",
    "his",
    "her",
    "our",
    "both",
    "build",
    "built",
    "construct",
    "constructing",
    "develop",
    "developing",
    "launch",
    "launched",
    "implement",
    "commission",
    "commissioned",
    "operate",
    "put",
    "finance",
    "financed",
    "fund",
    "funded",
    "expand",
    "modernize",
    "modernise",
    "upgrade",
    "involves",
    "involve",
}
_DETERMINERS = {
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "another",
    "each",
    "every",
    "any",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "several",
    "new",
}
# words that describe no kind: a typeless noun with only these takes its kind from the discourse
_SIZE_WORDS = {
    "large",
    "big",
    "major",
    "small",
    "further",
    "first",
    "second",
    "third",
    "new",
    "power",
    "electric",
}
_DEFINITE = {"the", "this", "that", "these", "those", "its", "their"}
_SUPERLATIVE = re.compile(r"\b(?:largest|biggest|first|only)\b", re.I)
_POINTING_HEADS = {"plant", "project", "facility", "station", "complex", "factory", "farm", "park"}
# a count before a facility noun ("three solar power plants"); "several" counts as unknown
_COUNT_WORDS = {word: n for word, n in NUMBER_WORDS.items() if 2 <= n <= 10} | {"several": 0}
_PURPOSE = re.compile(
    r"^[^.;]{0,45}?(?:to (?:assemble|produce|manufacture|make|build|process)|"
    r"producing|manufacturing|assembling|"
    r"for (?:the )?(?:production|manufacture|manufacturing|assembly|assembling|processing) of|"
    r"for (?:producing|manufacturing|assembling)|(?:which|that) (?:will )?(?:produces?|manufactures?|makes?))"
    r"\b(?P<rest>[^.;]{0,90})"
    r"|^\s+for\s+(?P<made>(?:[\w-]+\s+){1,3})(?:production|manufacturing|processing|smelting)\b",
    re.I,
)
_COMPOSED_OF = re.compile(r"\s+of\s+", re.I)
_COMPONENT = re.compile(
    r"^[\s,]*(?:including|includes?|plus)\s*$"
    r"|^(?:(?!, and |;)[^.])*\b(?:with|paired with|coupled with|combined with|equipped with)\s*$"
    r"|\b(?:bringing together|comprising|consisting of|made up of|composed of)\b[^.;]*$",
    re.I,
)
_WAYPOINT_AFTER = re.compile(r"^\s*[-\u2013\u2014]\s*[A-Z]")
_WAYPOINT_BEFORE = re.compile(r"\b(?:from|to|via|through|on to|onto|towards)\s+(?:the\s+)?$", re.I)
_FIGURATIVE_AFTER = re.compile(
    r"^\s+of\s+(?:\w+\s+){0,2}(?:projects|deals|investments|agreements|ideas)\b", re.I
)
_NAME = r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
_NAME_LIST = re.compile(
    rf"(?:^|\s)(?P<list>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})"
    r"\s+(?P<common>(?:[a-z][\w-]*\s+){0,3})$"
)
_BRACKETED = re.compile(r"\([^()]*\)")
_GLOSS = re.compile(r"^\s*\((?P<acronym>[A-Z]{2,5})s?(?:-\d+)?\)")
_COORDINATED = re.compile(r"\s*(?:,|and|or|,\s*and|as well as)\s*", re.I)
_ROUTE = re.compile(r"^[^.;]{0,40}\b(?:connecting|linking|between|from \w+ to)\b", re.I)


@dataclass(frozen=True)
class Frame:
    """A facility named in a sentence: what kind, how it was written, and which text describes it."""

    head_start: int
    head_end: int
    np_start: int
    span_end: int
    project_type: str | None  # None: a typeless 'the plant', 'two plants': the discourse tells the kind
    noun_phrase: str
    name: str | None
    plural: bool
    count: int | None
    definite: bool
    descriptive: bool
    names: tuple[str, ...] = ()  # the names of a listed plural: 'the A, B and C wind farms'
    bare: bool = (
        True  # no describing words the terms do not know: 'two plants', not 'renewable energy project'
    )

    @property
    def head_word(self) -> str:
        """The facility noun, folded and singular: 'plant' for 'Plants'."""
        return _singular(fold(self.noun_phrase.split()[-1]))

    @property
    def linear(self) -> bool:
        """A line or pipeline: the places it names are its ends, not its site."""
        return _singular(fold(self.noun_phrase.split()[-1])) in {"line", "pipeline"}


def _head_pattern(ref: Reference) -> re.Pattern[str]:
    """Facility head nouns with their plurals; acronyms (HPP, CHP) only in capitals."""
    if "head_pattern" not in ref._cache:
        terms = ref.tables["facility_terms"]
        heads = list(terms.loc[terms.kind == "head", "term"])
        words = sorted((t for t in heads if not t.isupper()), key=len, reverse=True)
        acronyms = sorted((t for t in heads if t.isupper()), key=len, reverse=True)
        word_alts = "|".join(_plural_form(w) for w in words)
        acronym_alts = "|".join(f"{re.escape(a)}s?(?:-\\d+)?" for a in acronyms)
        ref._cache["head_pattern"] = re.compile(rf"(?<![\w-])(?:(?i:{word_alts})|{acronym_alts})(?![\w-])")
    return ref._cache["head_pattern"]  # type: ignore[return-value]


def _plural_form(term: str) -> str:
    if term.endswith("y"):
        return f"{re.escape(term[:-1])}(?:y|ies)"
    if term.endswith(("x", "s", "ch")):
        return f"{re.escape(term)}(?:es)?"
    return f"{re.escape(term)}s?"


def find_frames(sentence: str, ref: Reference) -> list[Frame]:
    """Facility noun phrases of a sentence, each with the text up to the next one as its span."""
    candidates = []
    for match in _head_pattern(ref).finditer(sentence):
        if sentence[match.start() - 1 : match.start()] == "(":
            continue  # 'hydropower plant (HPP)': the abbreviation glosses the facility just named
        if _FIGURATIVE_AFTER.match(sentence[match.end() :]):
            continue  # 'a pipeline of projects'
        if _WAYPOINT_AFTER.match(sentence[match.end() :]):
            continue  # 'the Ekibastuz - Shulbinsk HPP - Ust-Kamenogorsk line': a stop on a route
        candidates.extend(_frames_at(sentence, match, ref))
    candidates.sort(key=lambda f: f.head_start)
    return with_spans(sentence, _without_parts(sentence, _drop_nested(candidates)))


def with_spans(sentence: str, candidates: list[Frame]) -> list[Frame]:
    """Each frame's span runs up to the next frame's noun phrase (coordinated frames share the last span)."""
    frames: list[Frame] = []
    for i in reversed(range(len(candidates))):
        frame = candidates[i]
        following = [c.np_start for c in candidates[i + 1 :] if c.np_start > frame.head_end]
        end = following[0] if following else len(sentence)
        if frames and frame.name is None and _COORDINATED.fullmatch(sentence[frame.head_end : end]):
            end = frames[0].span_end  # 'a wind farm and a solar plant in Turkistan': the place is both's
        frames.insert(0, _with_span(frame, end))
    return frames


def _without_parts(sentence: str, frames: list[Frame]) -> list[Frame]:
    """'a cascade of four plants', 'a wind farm with a storage system': the second noun phrase describes
    a part of the first facility, not a project of its own."""
    kept: list[Frame] = []
    for frame in frames:
        between = sentence[kept[-1].head_end : frame.np_start] if kept else ""
        part_of = (
            kept
            and (kept[-1].project_type is not None or kept[-1].definite)
            and (
                (_COMPOSED_OF.fullmatch(between) and frame.project_type in (kept[-1].project_type, None))
                or _COMPONENT.search(between)
                or (kept[-1].linear and _WAYPOINT_BEFORE.search(between))
            )
        )
        if not part_of:
            kept.append(frame)
    return kept


def _drop_nested(frames: list[Frame]) -> list[Frame]:
    """'power plant project' holds two heads: keep one frame per noun phrase, the outer one."""
    kept: list[Frame] = []
    for frame in frames:
        while kept and frame.np_start <= kept[-1].head_start and kept[-1].project_type == frame.project_type:
            kept.pop()
        kept.append(frame)
    return kept


def _with_span(frame: Frame, end: int) -> Frame:
    return replace(frame, span_end=end)


def _frames_at(sentence: str, head: re.Match[str], ref: Reference) -> list[Frame]:
    """One frame per project type the noun phrase names ('wind and solar power stations' gives two)."""
    tokens = _noun_phrase_tokens(sentence, head.start(), ref)
    np_start = tokens[0][0] if tokens else head.start()
    words = [t for _, t in tokens]
    head_text = re.sub(r"-\d+$", "", head.group(0))  # 'CHP-2' is a CHP
    types = _frame_types(words, head_text, sentence[head.end() :], ref)
    if not types or (words and words[0].startswith("(")):
        return []  # '(thermal power plant)' glosses the abbreviation before it
    plural = _is_plural(head_text, ref)
    names = _coordinated_names(sentence[:np_start], words, head.group(0), ref) if plural else ()
    listed_from = sentence.rfind(names[0].split()[0], 0, np_start) if names else -1
    np_start = listed_from if listed_from >= 0 else np_start
    first = fold(words[0]) if words else ""
    count = next((_COUNT_WORDS[fold(w)] for w in words if fold(w) in _COUNT_WORDS), None)
    # 'the country's power grid', 'the company's mines': a possessive common noun points to something known
    definite = first in _DEFINITE or (bool(words) and words[0].endswith("'s") and words[0][0].islower())
    shape = {
        "noun_phrase": sentence[np_start : head.end()],
        "name": _proper_name(tokens, head.group(0), ref) if not names else None,
        "plural": plural,
        "count": len(names) or count,
        "definite": definite,
        "descriptive": _is_descriptive(sentence, np_start, head.end(), words),
        "names": names,
        "bare": _is_bare(words, ref),
    }
    return [Frame(head.start(), head.end(), np_start, head.end(), t, **shape) for t in types]


def _frame_types(words: list[str], head_text: str, after: str, ref: Reference) -> list[str | None]:
    """The project types of a noun phrase; [None] for a typeless facility noun ('the plant', 'two plants')
    whose kind the discourse must tell."""
    types: list[str | None] = list(_types(words, head_text, after, ref))
    gloss = _GLOSS.match(after)
    if not types and gloss:  # 'state district power plant (GRES-3)': the abbreviation tells the type
        types = [t for t in [ref.facility_terms["head"].get(fold(gloss["acronym"]))] if t]
    if not types and _singular(fold(head_text)) in _POINTING_HEADS:
        types = [None]
    return types


def _is_bare(words: list[str], ref: Reference) -> bool:
    """Nothing but determiners, counts, figures, names and words of size or age before the head."""
    plain = _DETERMINERS | _DEFINITE | _SIZE_WORDS | set(SCALES)
    return all(
        fold(w) in plain or not w[0].isalpha() or w[0].isupper() or w.endswith("'s") or fold(w) in ref.units
        for w in (w.strip("()") for w in words)
        if w
    )


def _is_descriptive(sentence: str, np_start: int, head_end: int, words: list[str]) -> bool:
    """'Kazakhstan's largest wind farm', 'one of the biggest plants', 'the first of its kind'."""
    before = sentence[max(0, np_start - 30) : np_start]
    return bool(
        _SUPERLATIVE.search(" ".join(words))
        or re.search(r"\bone of (?:the )?\S*\s*$", before, re.I)
        or re.match(r"^\s+of its kind", sentence[head_end:])
    )


def _coordinated_names(before: str, words: list[str], head: str, ref: Reference) -> tuple[str, ...]:
    """'the Ereymentau, Kordai and Zhuzimdyk wind farms': one name per listed place or name, each with the
    phrase's common words ('Ereymentau wind farm', 'Kordai wind farm', 'Zhuzimdyk wind farm')."""
    text = " ".join([before.rstrip(), *words, ""])
    match = _NAME_LIST.search(text)
    if not match:
        return ()
    items = [item.strip() for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", match["list"]) if item.strip()]
    if len(items) < 2 or any(fold(item) in ref.country_by_surface for item in items):
        return ()
    common = " ".join([*match["common"].split(), _singular(head) if head.islower() else head])
    return tuple(f"{item} {common}" for item in items)


def _noun_phrase_tokens(sentence: str, head_start: int, ref: Reference) -> list[tuple[int, str]]:
    """Tokens before the head that belong to its noun phrase (at most eight, stopping at a verb-like word)."""
    prefix = _BRACKETED.sub(lambda m: " " * len(m.group(0)), sentence[:head_start])  # '(4,350 miles)'
    tokens = [(m.start(), m.group(0)) for m in _TOKEN.finditer(prefix)]
    kept: list[tuple[int, str]] = []
    for start, token in reversed(tokens[-8:]):
        word = token.strip("()").lower()
        if token in {'"', "'"}:
            continue  # a quoted name: 'the "Zhanatas" wind farm'
        is_head = _head_pattern(ref).fullmatch(token) and not token.isupper()  # 'CHP plants' is one phrase
        if token in {",", ";", ":", "—", "-"} or word in _STOP_WORDS or is_head:
            break
        if word == "and" and not kept:
            break
        kept.insert(0, (start, token))
        if word in _COUNT_WORDS and len(kept) < len(tokens) and _is_definite_before(tokens, start):
            continue  # 'the three hydropower plants': the article before the count belongs to the phrase
        if word in _DETERMINERS - {"new"} or token.endswith("'s"):
            break
    while kept and kept[0][1].lower() == "and":
        kept.pop(0)
    return kept


def _is_definite_before(tokens: list[tuple[int, str]], start: int) -> bool:
    earlier = [token for position, token in tokens if position < start]
    return bool(earlier) and earlier[-1].lower() in _DEFINITE


def _types(words: list[str], head: str, after: str, ref: Reference) -> list[str]:
    """Project types named by a noun phrase: products made there, else the head's type, else modifiers."""
    purpose = _PURPOSE.match(after)
    made = (
        (purpose["made"] or purpose["rest"] or "").split() if purpose else []
    )  # 'for non-ferrous metals production'
    matched = _match_terms(words, ref) + _match_terms(made, ref)
    products = [ptype for kind, ptype in matched if kind == "product" and ptype]
    if products:
        return [products[0]]
    heads = ref.facility_terms["head"]
    head_type = heads.get(fold(head)) or heads.get(_singular(fold(head)))
    inner = [
        heads[fold(w)] for w in words if w.isupper() and heads.get(fold(w))
    ]  # 'the Dushanbe-2 CHP plant'
    if head_type or inner:
        return [head_type or inner[-1]]
    modifiers = list(
        dict.fromkeys(
            ptype for kind, ptype in matched[: len(_match_terms(words, ref))] if kind == "modifier" and ptype
        )
    )
    if len(modifiers) > 1 and re.search(r"\band\b", " ".join(words), re.I):
        return modifiers
    return modifiers[-1:]


def _match_terms(words: list[str], ref: Reference) -> list[tuple[str, str | None]]:
    """(kind, project_type) of facility terms in a word list, longest first, left to right."""
    terms = _terms_by_phrase(ref)
    folded = [fold(w.strip("()")) for w in words]
    out, i = [], 0
    while i < len(folded):
        for size in (3, 2, 1):
            candidate = " ".join(folded[i : i + size])
            if candidate in terms:
                out.append(terms[candidate])
                i += size
                break
        else:
            i += 1
    return out


def _terms_by_phrase(ref: Reference) -> dict[str, tuple[str, str | None]]:
    """Modifier and product terms: folded phrase -> (kind, project_type)."""
    if "terms_by_phrase" not in ref._cache:
        ref._cache["terms_by_phrase"] = {
            term: (kind, ptype)
            for kind in ("modifier", "product")
            for term, ptype in ref.facility_terms.get(kind, {}).items()
        }
    return ref._cache["terms_by_phrase"]  # type: ignore[return-value]


def _term_words(ref: Reference) -> set[str]:
    """Every word that occurs in a facility term ('dc', 'transmission', 'solar')."""
    if "term_words" not in ref._cache:
        ref._cache["term_words"] = {w for t in _terms_by_phrase(ref) for w in t.split()} | set(
            ref.facility_terms["head"]
        )
    return ref._cache["term_words"]  # type: ignore[return-value]


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2].endswith(("x", "s", "ch")):
        return word[:-2]
    return word.removesuffix("s")


def _is_plural(head: str, ref: Reference) -> bool:
    folded = fold(head)
    return folded not in ref.facility_terms["head"] and _singular(folded) in ref.facility_terms["head"]


def _proper_name(tokens: list[tuple[int, str]], head: str, ref: Reference) -> str | None:
    """'Zhanatas wind farm', 'Shymkent Oil Refinery': a capitalised word that is no facility term leads in."""
    words = [t for _, t in tokens]
    while words and (
        fold(words[0]) in _DETERMINERS
        or words[0].endswith("'s")
        or re.match(r"[\d(]", words[0])
        or fold(words[0]) in ref.units
        or re.fullmatch(r"[kKmM]?V", words[0])
    ):
        words.pop(0)
    if (
        not words
        or not words[0][0].isupper()
        or fold(words[0]) in ref.country_by_surface
        or all(part in _term_words(ref) for part in fold(words[0]).split())
    ):
        return None
    return " ".join([*words, head])


def is_generic_head(word: str) -> bool:
    """'plant', 'project', 'facility': nouns any kind of facility is called by."""
    return word in _POINTING_HEADS


def has_route(after: str) -> bool:
    """'lines connecting northern and southern Kazakhstan': a linear project named by its ends."""
    return bool(_ROUTE.match(after))

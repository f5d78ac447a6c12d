"""The noun phrase around a facility noun: its words (brackets skipped, up to a verb-like word), its
proper name, listed names ('the A, B and C wind farms'), count, definiteness, and whether anything but
size, count or name describes it."""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.domain.extract.annotate.facility_types import head_pattern, singular, term_words
from pipelines.domain.extract.annotate.name_words import NAME_CONNECTORS
from pipelines.domain.extract.annotate.numbers import NUMBER_WORDS, SCALES
from pipelines.domain.reference import Reference, fold

# Words that end a noun phrase going leftwards: prepositions, verbs, pronouns.
_STOP_WORDS = frozenset(
    {
        "about", "also", "are", "as", "at", "be", "been", "being", "between", "both", "build", "built", "by",
        "can", "commission", "commissioned", "construct", "constructing", "could", "develop", "developing",
        "expand", "finance", "financed", "for", "from", "fund", "funded", "had", "has", "have", "her", "his",
        "implement", "in", "include", "includes", "including", "into", "involve", "involves", "is", "its",
        "launch", "launched", "modernise", "modernize", "near", "of", "on", "operate", "or", "our", "plan",
        "plans", "put", "said", "says", "such", "than", "that", "their", "to", "under", "upgrade", "via",
        "was", "were", "where", "which", "while", "who", "whose", "will", "with", "would", "already",
        "operates", "runs", "owns", "builds", "supplies", "produces", "makes", "still", "now", "works",
    }
)  # fmt: skip
# Words that open a noun phrase ('Total project cost:' names no 'Total project').
_DETERMINERS = frozenset(
    {
        "a", "an", "another", "any", "each", "eight", "entire", "every", "five", "four", "new", "nine",
        "overall", "seven", "several", "six", "ten", "that", "the", "these", "this", "those", "three",
        "total", "two", "whole",
    }
)  # fmt: skip
# a number, a word (in any Latin letters: 'Ýolöten'), or one other character
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:-\w+)?|\(?[^\W_][\w'./&-]*\)?|[^\s\w]|_")
# words that describe no kind: a typeless noun with only these takes its kind from the discourse
# words that say a plant makes power, not which kind: 'a power plant' takes the kind the article speaks of
POWER_WORDS = ("power", "electric")
_SIZE_WORDS = {
    *POWER_WORDS,
    "large",
    "big",
    "major",
    "small",
    "further",
    "first",
    "second",
    "third",
    "new",
    "earlier",
    "previous",
    "existing",
    "other",
    "current",
}
_OPENING_DEMONSTRATIVES = frozenset({"That", "This", "These", "Those"})  # capitalised: no relative pronoun
DEFINITE = {"the", "this", "that", "these", "those", "its", "their"}
_SUPERLATIVE = re.compile(r"\b(?:largest|biggest|first|only)\b", re.I)
# a count before a facility noun ("three solar power plants"); "several" counts as unknown
COUNT_WORDS = {word: n for word, n in NUMBER_WORDS.items() if 2 <= n <= 10} | {"several": 0}
_NAME = r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"

# 'Bozshakol in Pavlodar region', 'Bozshakol (Pavlodar region)'
_APPOSED_ITEM = rf"(?:the\s+)?{_NAME}(?:\s+(?:in|near|at|on)\s+[^,;:()]{{1,50}}?|\s+\([^()]{{1,40}}\))?"
_APPOSED_LIST = re.compile(
    rf"^\s*[,:]\s+(?P<list>{_APPOSED_ITEM}(?:,\s+{_APPOSED_ITEM})*,?\s+and\s+{_APPOSED_ITEM})(?=\s*[,;:.)]|$)"
)
_APPOSED_NAME = re.compile(rf"(?:^|,\s+|\s+and\s+)(?:the\s+)?(?P<name>{_NAME})")
ROUTE_DASHES = frozenset({"-", "\u2013", "\u2014"})  # between a route's stops: 'the Guzar - Surkhan line'
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)  # 'The Ereymentau' opening a sentence
_POSSESSOR = re.compile(r"^(?:[\w.&-]+\s+)*?[\w.&-]+['\u2019]s\s+")  # "ACWA Power's Bash": the owner's words
_NUMBERED_END = re.compile(r"No\.?|\d{1,2}")  # what a numbered name ends in: 'Plant No. 2'
_BRACKETED = re.compile(r"\([^()]*\)")


# facilities whose places are their ends, not their site
LINEAR_HEADS = frozenset({"line", "pipeline", "railway", "railroad"})
_WORKS_LINE = frozenset(  # 'a production line' stands in a works, it runs between no ends
    {
        "production",
        "processing",
        "assembly",
        "manufacturing",
        "technological",
        "rolling",
        "bottling",
        "packaging",
    }
)


@lru_cache(maxsize=1 << 14)
def is_line(phrase: str) -> bool:
    """A phrase or name whose last word is a line or pipeline, whatever it carries."""
    words = fold(phrase).split()
    return bool(words) and singular(words[-1]) in LINEAR_HEADS


def is_linear(phrase: str) -> bool:
    """A line or pipeline that runs between places: 'the Beineu-Shymkent gas pipeline' (not 'the second
    production line' of a works)."""
    words = fold(phrase).split()
    return is_line(phrase) and not (len(words) > 1 and words[-2] in _WORKS_LINE)


_LINE_HEAD = re.compile(rf"(?i:{'|'.join(LINEAR_HEADS)})s?\b")


def noun_phrase_tokens(sentence: str, head_start: int, ref: Reference) -> list[tuple[int, str]]:
    """Tokens before the head that belong to its noun phrase (at most eight, stopping at a verb-like word)."""
    prefix = _BRACKETED.sub(lambda m: " " * len(m.group(0)), sentence[:head_start])  # '(4,350 miles)'
    tokens = [(m.start(), m.group(0)) for m in _TOKEN.finditer(prefix)]
    kept: list[tuple[int, str]] = []
    route = bool(_LINE_HEAD.match(sentence[head_start:]))
    last = tokens[-8:]
    for i, (start, token) in reversed(list(enumerate(last))):
        word = token.strip("()").lower()
        if word == "year" and i and last[i - 1][1].lower() == "in":
            break  # 'In year station will give': a translation's 'a year', no part of the phrase
        if token in {'"', "'"}:
            continue  # a quoted name: 'the "Zhanatas" wind farm'
        if route and token in ROUTE_DASHES and kept and _route_end_before(prefix, start, kept, ref):
            kept.insert(0, (start, token))
            continue  # 'the 500 kV Guzar - Surkhan line': the route's first end belongs to the name
        is_head = head_pattern(ref).fullmatch(token) and not token.isupper()  # 'CHP plants' is one phrase
        stop = word in _STOP_WORDS and token not in _OPENING_DEMONSTRATIVES  # 'That plant was built by'
        if token in {",", ";", ":", "—", "-"} or stop or is_head:
            break
        if word == "and" and (not kept or (i and _NUMBERED_END.fullmatch(last[i - 1][1]))):
            break  # '... Plant No. 2 and Almaty CHP-3': the number ends the phrase before
        if token.startswith("(") and i and _NUMBERED_END.fullmatch(last[i - 1][1]):
            kept.insert(0, (start, token))  # '... Plant No. 2 (Bishkek CHP-2)': the bracket opens a gloss
            break
        kept.insert(0, (start, token))
        if word in COUNT_WORDS and len(kept) < len(tokens) and _is_definite_before(tokens, start):
            continue  # 'the three hydropower plants': the article before the count belongs to the phrase
        if word in _DETERMINERS - {"new"} or token.endswith("'s"):
            break
    while kept and kept[0][1].lower() == "and":
        kept.pop(0)
    return kept


def _route_end_before(prefix: str, start: int, kept: list[tuple[int, str]], ref: Reference) -> bool:
    """'Guzar - Surkhan line': a dash between two place-like words (not 'Shulbinsk HPP - ...')."""
    before = re.search(r"([A-Z][\w'-]*)\s*$", prefix[:start])
    return bool(
        before
        and kept[0][1][:1].isupper()
        and not before.group(1).isupper()  # 'HPP', 'TPP': a facility on the route
        and not head_pattern(ref).fullmatch(before.group(1))
    )


def _is_definite_before(tokens: list[tuple[int, str]], start: int) -> bool:
    earlier = [token for position, token in tokens if position < start]
    return bool(earlier) and (earlier[-1].lower() in DEFINITE or earlier[-1].endswith("'s"))


_PARTICIPLE = re.compile(r"[A-Z][a-z]+(?:ed|[Bb]uilt|[Mm]ade|[Rr]un)")  # 'Owned', 'Backed', 'Built'
_COMPOUND_JOINS = frozenset({"plus", "and", "with", "to"})  # 'PV-plus-storage', 'wind-and-solar'


def proper_name(tokens: list[tuple[int, str]], head: str, ref: Reference) -> str | None:
    """'Zhanatas wind farm', 'Shymkent Oil Refinery': a capitalised word that is no facility term leads in."""
    words = [t for _, t in tokens]
    owner = [i for i, w in enumerate(words) if w.endswith(("'s", "s'"))]
    words = words[owner[-1] + 1 :] if owner else words  # "KAZ Minerals' Aktogay copper mine": the owner's
    made = [i for i, w in enumerate(words) if _described_by_compound(w, ref)]
    words = words[made[-1] + 1 :] if made else words  # 'Prosecutors Say Chinese-Owned Refinery': no name
    while words and (
        fold(words[0]) in _DETERMINERS
        or re.match(r"[\d(]", words[0])
        or fold(words[0].split("/")[0]) in ref.units  # 'MW', 'MW/600' of '300 MW/600 MWh'
        or re.fullmatch(r"[kKmM]?V", words[0])
        or _plain_word_before_a_name(words, ref)  # 'the planned 1,860 MW Kambarata-1 plant'
    ):
        words.pop(0)
    if (
        not words
        or not words[0][0].isupper()
        or (fold(words[0]) in ref.country_by_surface and not ROUTE_DASHES & set(words))  # 'China - India'
        or all(part in term_words(ref) or part in _COMPOUND_JOINS for part in fold(words[0]).split())
    ):
        return None  # 'PV-plus-storage project': kinds, no name
    return " ".join([*words[_after_inner_verb(words, ref) :], head])


_DESCRIBING_WORD = re.compile(r"[a-z]+ed|[a-z]+-[a-z]+|new|future|upcoming")  # 'planned', 'long-delayed'
BESIDE = re.compile(r"\b(?:neighbou?ring|nearby|adjacent)\b", re.I)  # 'the nearby X mine': another one


def _plain_word_before_a_name(words: list[str], ref: Reference) -> bool:
    """A describing word that is no facility term, with a capitalised word after it: 'planned',
    'proposed', 'long-delayed' before the name (not 'whereas' of a clause, nor 'the neighbouring X deposit',
    which another facility stands by)."""
    first = words[0]
    return (
        bool(_DESCRIBING_WORD.fullmatch(first))
        and fold(first) not in term_words(ref)
        and not BESIDE.fullmatch(first)
        and any(w[:1].isupper() for w in words[1:])
    )


def _after_inner_verb(words: list[str], ref: Reference) -> int:
    """Where a name starts after a lower-case word that is no facility term, before a capitalised one: a
    headline's verb ('Harbin wins Navoi thermal plant' names the Navoi plant); 0 when there is none."""
    inner = [
        i
        for i, word in enumerate(words[:-1])
        if word[:1].islower()
        and word not in NAME_CONNECTORS
        and fold(word) not in term_words(ref)
        and any(later[:1].isupper() for later in words[i + 1 :])
    ]
    return inner[-1] + 1 if inner else 0


def _described_by_compound(word: str, ref: Reference) -> bool:
    """'Chinese-built', 'Korean-funded', 'Soviet-era', 'Envision-equipped', a headline's 'Chinese-Owned':
    who built or paid for it, or when, no name."""
    first, _, rest = word.partition("-")
    described = rest[:1].islower() and first[:1].isupper()  # a capitalised word joined to a plain one
    return described or (bool(_PARTICIPLE.fullmatch(rest)) and fold(first) in ref.country_by_surface)


def item_size(ref: Reference) -> re.Pattern[str]:
    """A size written beside a listed name: '150 MW', '150MW/300MWh' ('the Fergana 150MW/300MWh and
    Namangan 200MW/400MWh storage projects'); units in their own case ('MW', not 'mw')."""

    def build() -> str:
        size = rf"\d[\d,.]*\s?(?:{ref.unit_alternatives})"
        return rf"{size}(?:\s?/\s?{size})?(?!\w)"

    return ref.compiled("item_size", build, flags=0)


def _name_list(ref: Reference) -> re.Pattern[str]:
    """'A, B and C' before a plural's common words, each name with or without its size."""

    def build() -> str:
        size = item_size(ref).pattern
        item = rf"(?:{size}\s+)?{_NAME}(?:\s+{size})?"
        listed = rf"(?P<list>{item}(?:,\s+{item})*,?\s+and\s+{item})"
        return rf"(?:^|\s){listed}\s+(?P<common>(?:[a-z][\w-]*\s+){{0,3}})$"

    return ref.compiled("name_list", build, flags=0)


def coordinated_names(before: str, words: list[str], head: str, ref: Reference) -> tuple[str, ...]:
    """'the Ereymentau, Kordai and Zhuzimdyk wind farms', 'the Fergana 150 MW and Namangan 200 MW storage
    projects': one name per listed place or name, each with the phrase's common words ('Ereymentau wind
    farm', 'Kordai wind farm', 'Zhuzimdyk wind farm')."""
    text = " ".join([before.rstrip(), *words, ""])
    match = _name_list(ref).search(text)
    if not match:
        return ()
    listed = re.split(r",\s*(?:and\s+)?|\s+and\s+", item_size(ref).sub("", match["list"]))
    items = [_POSSESSOR.sub("", _LEADING_ARTICLE.sub("", item.strip())) for item in listed if item.strip()]
    if len(items) < 2 or any(fold(item) in ref.country_by_surface for item in items):
        return ()
    common = " ".join([*match["common"].split(), singular(head) if head.islower() else head])
    return tuple(f"{item} {common}" for item in items)


def apposed_names(
    after: str, words: list[str], count: int | None, head: str, ref: Reference
) -> tuple[str, ...]:
    """'two copper mines, Aktogay and Bozshakol', 'two plants: Aktogay in Abai region and Bozshakol in
    Pavlodar region': as many names set after a counted plural as it counts, each with the phrase's
    words of a facility kind ('Aktogay copper mine')."""
    match = _APPOSED_LIST.match(after)
    names = [m["name"] for m in _APPOSED_NAME.finditer(match["list"])] if match and count else []
    if len(names) != count or any(fold(name) in ref.country_by_surface for name in names):
        return ()
    kind = [w for w in words if w.islower() and w in term_words(ref)]
    return tuple(" ".join([name, *kind, singular(head) if head.islower() else head]) for name in names)


def is_bare(words: list[str], ref: Reference) -> bool:
    """Nothing but determiners, counts, figures, names and words of size or age before the head."""
    plain = _DETERMINERS | DEFINITE | _SIZE_WORDS | set(SCALES)
    return all(
        fold(w) in plain or not w[0].isalpha() or w[0].isupper() or w.endswith("'s") or fold(w) in ref.units
        for w in (w.strip("()") for w in words)
        if w
    )


def is_descriptive(sentence: str, np_start: int, head_end: int, words: list[str]) -> bool:
    """'Kazakhstan's largest wind farm', 'one of the biggest plants', 'the first of its kind'."""
    before = sentence[max(0, np_start - 30) : np_start]
    return bool(
        _SUPERLATIVE.search(" ".join(words))
        or re.search(r"\bone of (?:the )?\S*\s*$", before, re.I)
        or re.match(r"^\s+of its kind", sentence[head_end:])
    )

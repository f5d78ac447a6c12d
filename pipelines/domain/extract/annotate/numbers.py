"""Numbers as written in news text: digits with separators, number words, scale words, qualifiers."""

from __future__ import annotations

import re

NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# ranks in words, in order: 'the second plant' is counted after 'the first plant'
ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
)  # fmt: skip
ROMAN_NUMERALS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}  # 'Phase II'
SCALES = {
    "thousand": 1e3,
    "thous": 1e3,  # 'thous. tons', as translated Russian copy abbreviates it
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "mm": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "trln": 1e12,
    "tn": 1e12,
}
_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_UP_TO_99 = rf"(?:(?:{_TENS})[- ](?:{_UNITS})|{_WORD})"
_HUNDREDS = rf"(?:a|{_UP_TO_99})\s+hundred(?:\s+(?:and\s+)?{_UP_TO_99})?"
_DIGIT_WORD = "zero|one|two|three|four|five|six|seven|eight|nine"
_POINT = rf"\s+point(?:\s+(?:{_DIGIT_WORD})\b){{1,3}}"  # 'one point six eight (billion)', as it is spoken
_WORD_NUMBER = rf"(?:{_HUNDREDS}|{_UP_TO_99})(?:{_POINT}|\s+and\s+a\s+half)?|half\s+a"
_DIGITS = (  # '2,500', '1 000' (a space between thousands, as Russian-language copy writes it), '12.5'
    r"(?:\d{1,3}(?:,\d{3})+|(?<!\d)\d{1,3}(?: \d{3})+(?![\d,]| \d)|\d+)(?:\.\d+)?"
)
NUMBER = rf"(?:{_DIGITS}|(?i:{_WORD_NUMBER}))"
SCALE = r"(?i:thousand|thous\.?|million|mln\.?|mn|billion|bln\.?|bn|trillion|trln|tn)"
SHORT_SCALE = r"(?:(?i:k|m|bn|b|mn|tn)|MM)"  # "$300M", "$1.8 B", "$2bn", "$420-MM" (oil and finance)

QUALIFIER_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("up_to", re.compile(r"\b(?:up to|as much as|as many as|maximum of|max\.?)\s*$", re.I)),
    (
        "over",
        re.compile(
            r"\b(?:over|more than|above|exceeding|in excess of|at least|upwards of|no less than|"
            r"not less than|minimum of)\s*$",
            re.I,
        ),
    ),
    (
        "approx",
        re.compile(
            r"\b(?:about|approximately|approx\.?|around|nearly|almost|some|roughly|"
            r"an estimated|estimated at|estimated|close to|circa|~)\s*$",
            re.I,
        ),
    ),
]
_PLANNED = re.compile(
    r"\b(?:planned|design(?:ed)?|projected|target(?:ed)?|envisaged|will have|to attain|"
    r"will reach|is expected to (?:have|reach)|proposed|intended)\b",
    re.I,
)


def parse_number(text: str) -> float | None:
    """The value of a number written with digits or in words ('2,500', 'one and a half')."""
    text = text.strip().lower()
    if re.fullmatch(_DIGITS, text):
        return float(text.replace(",", "").replace(" ", ""))
    whole, point, decimals = text.partition(" point ")
    if point:
        digits = "".join(str(NUMBER_WORDS[w]) for w in decimals.split() if w in NUMBER_WORDS)
        integer = parse_number(whole)
        return None if integer is None or not digits else float(f"{int(integer)}.{digits}")
    half = 0.5 if text.endswith("and a half") else 0.0
    text = text.removesuffix("and a half").strip()
    if text == "half a":
        return 0.5
    total, current = 0.0, 0.0
    for word in re.split(r"[\s-]+", text):
        if word in ("and", ""):
            continue
        if word == "a":
            current += 1
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        else:
            return None
    total += current
    return total + half if total or half else None


def scale_factor(word: str | None) -> float:
    """Multiplier of a scale word ('billion' → 1e9); 1 when there is none."""
    if not word:
        return 1.0
    return SCALES.get(word.lower().rstrip("."), 1.0)


def qualifier_before(prefix: str) -> str:
    """exact, approx, up_to, over or planned, read from the words just before a number."""
    for name, pattern in QUALIFIER_PATTERNS:
        if pattern.search(prefix):
            return name
    return "planned" if _PLANNED.search(prefix) else "exact"


def computed_note(units: float, size: float, unit: str) -> str:
    """The note of a size computed from a count of units and their rating: '79 units of 6.3 MW each'."""
    return f"{units:g} units of {size:g} {unit} each"

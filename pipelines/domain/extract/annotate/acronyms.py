"""Names glossed by their abbreviation: 'NGSK KazStroiService (KSS)', 'the ministry of energy and
industries (MoEI)', and the other way round, 'CPPE (China Petroleum Pipeline Engineering)'.

An abbreviation that spells the initials of the words before it (capitals inside a word count: KazStroiService
gives K, S, S) shows those words are a name, whatever their shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.domain.extract.annotate.name_words import NAME_CONNECTORS

_ABBREVIATION = r"[A-Z][A-Za-z0-9&-]{1,9}"
_GLOSS_AFTER = re.compile(rf"\(\s*\"?(?P<abbr>{_ABBREVIATION})\"?\s*\)")
_GLOSS_BEFORE = re.compile(
    rf"(?<![\w-])(?P<abbr>{_ABBREVIATION})\s*\(\s*(?P<name>[A-Za-z][^()]{{3,80}}?)\s*\)"
)
_WORD = re.compile(r"[A-Za-z0-9][\w'&.-]*")
_MAX_NAME_WORDS = 9
_PART = re.compile(r"[A-Z][a-z]*|[a-z]+|\d+")
_MIN_LOOSE_LETTERS = 3  # an abbreviation taken on its initials but one has at least this many letters


@dataclass(frozen=True)
class Glossed:
    """A name and its abbreviation; `start`/`end` are the name's offsets."""

    start: int
    end: int
    abbreviation: str


def glossed_names(sentence: str) -> list[Glossed]:
    """Names followed or preceded by a bracketed abbreviation that spells their initials."""
    found = []
    for match in _GLOSS_AFTER.finditer(sentence):
        name = _name_before(sentence, match.start(), match["abbr"])
        if name:
            found.append(Glossed(name[0], name[1], match["abbr"]))
    for match in _GLOSS_BEFORE.finditer(sentence):
        words = _WORD.findall(match["name"])
        if spells(match["abbr"], words):
            found.append(Glossed(match.start("name"), match.end("name"), match["abbr"]))
    return found


def abbreviation_before(sentence: str, start: int, end: int) -> str | None:
    """'CPPE (China Petroleum ...)': the abbreviation written just before the bracketed name at start:end."""
    match = re.search(rf"(?<![\w-])(?P<abbr>{_ABBREVIATION})\s*\(\s*\"?$", sentence[:start])
    if match and spells(match["abbr"], _WORD.findall(sentence[start:end])):
        return match["abbr"]
    return None


def spells(abbreviation: str, words: list[str]) -> bool:
    """Whether the abbreviation is the words' initials (with or without 'of', 'and' ...; capitals inside a
    word and numbers count: 'China Railway 20 Bureau Group Corporation' gives CR20BGC or CR20G)."""
    target = abbreviation.lower().replace("-", "").replace("&", "")
    return spells_exactly(abbreviation, words) or _is_leading_subsequence(target, words)


def spells_exactly(abbreviation: str, words: list[str]) -> bool:
    """Whether the abbreviation is all the words' initials, with or without 'of', 'and' ...: 'KUS' for
    'Kazakhstan Utility Systems'."""
    target = abbreviation.lower().replace("-", "").replace("&", "")
    full = "".join(_initials(w) for w in words)
    content = "".join(_initials(w) for w in words if w.lower() not in NAME_CONNECTORS)
    return target in (full, content)


def spells_loosely(abbreviation: str, words: list[str]) -> bool:
    """'CTIEC' for 'China Triumph International Engineering', 'XJEPDI' for 'Xinjiang Electric Power Design
    Institute': all the abbreviation's letters but one are the words' initials in order, starting with the
    first word's (at least three letters)."""
    target = abbreviation.lower()
    initials = [_initials(w)[:1] for w in words]
    if len(target) < _MIN_LOOSE_LETTERS or not initials or initials[0] != target[0]:
        return False
    matched, position = 0, 0
    for letter in target:
        if letter in initials[position:]:
            position = initials.index(letter, position) + 1
            matched += 1
    return matched >= len(target) - 1


def _name_before(sentence: str, end: int, abbreviation: str) -> tuple[int, int] | None:
    """The shortest run of words ending at `end` whose initials spell the abbreviation, widened to the
    capitalised words or legal forms written before it ('NGSK KazStroiService (KSS)')."""
    words = list(_WORD.finditer(sentence[:end]))[-_MAX_NAME_WORDS:]
    for size in range(1, len(words) + 1):
        run = words[-size:]
        if run[0].group(0).lower() in NAME_CONNECTORS:
            continue
        if spells(abbreviation, [w.group(0) for w in run]):
            start = run[0].start()
            for earlier in reversed(words[:-size]):
                single = len(earlier.group(0)) == 1  # 'A bankable feasibility study (BFS)': no name's word
                if single or not earlier.group(0).isupper() or sentence[earlier.end() : start].strip():
                    break
                start = earlier.start()
            return start, run[-1].end()
    return None


def _initials(word: str) -> str:
    """'KazStroiService' -> 'kss', 'energy' -> 'e', '20' -> '20', 'CNPC' -> 'cnpc'."""
    if word.isupper() or word.isdigit():
        return word.lower()
    parts = _PART.findall(word)
    return "".join(p[0].lower() if not p.isdigit() else p for p in parts)


def _is_leading_subsequence(target: str, words: list[str]) -> bool:
    """'CR20G' for 'China Railway 20 Bureau Group Corporation', 'MoEI' for 'ministry of energy and
    industries': the initials of some of the words, in order, starting with the first."""
    if len(target) < 3 or not words or not target.startswith(_initials(words[0])):
        return False
    position = 0
    for word in words:
        piece = _initials(word)
        if target.startswith(piece, position):
            position += len(piece)
    return position == len(target)

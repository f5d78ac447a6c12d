"""`standalone` finds what the per-name regular expression it replaced found."""

import re

import pytest

from pipelines.domain.extract.annotate.standalone import standalone, stands_alone_in

SENTENCES = [
    "SPIC and CPIH signed the deal; CPIH-Kazakhstan and the CPIH's unit (CPIH) agreed.",
    "KEGOC, KEGOCs and KEGOC_2 differ: only the first is KEGOC.",
    "B. B. B. is a name told twice in a row.",
    "Samruk-Kazyna Ondeu, Samruk-Kazyna and Samruk-Kazyna-Invest.",
    "Élan Énergie (ÉÉ) and ÉÉ-2; ÉÉx is another word, 2ÉÉ too.",
]
ALIASES = ["CPIH", "KEGOC", "B. B", "Samruk-Kazyna", "ÉÉ", "absent"]


def _by_regex(text: str, literal: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(literal)}(?![\w-])", text)]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_same_spans_as_the_regex(sentence: str) -> None:
    for alias in ALIASES:
        assert list(standalone(sentence, alias)) == _by_regex(sentence, alias)


def test_spans_as_written() -> None:
    sentence = SENTENCES[0]
    assert [sentence[s:e] for s, e in standalone(sentence, "CPIH")] == ["CPIH", "CPIH", "CPIH"]
    assert list(standalone(SENTENCES[2], "B. B")) == [(0, 4)]  # never overlapping, as re.finditer
    assert list(standalone(sentence, "")) == []


def test_stands_alone_in() -> None:
    assert stands_alone_in("the kumarg district", "kumarg")
    assert not stands_alone_in("the kumarg-2 district", "kumarg")

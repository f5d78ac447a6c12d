"""The words organisation names are made of (`seeds/reference/name_words.csv`), and what they tell:
legal forms, institutional words, government heads, generic words; name keys for comparing names."""

from __future__ import annotations

import re

import pandas as pd

from pipelines.domain.extract.parse import FULL_MONTHS
from pipelines.domain.reference import REFERENCE_DIR, fold, split_variants

_WORDS = pd.read_csv(REFERENCE_DIR / "name_words.csv", dtype=str, keep_default_na=False)


def _words(kind: str) -> tuple[str, ...]:
    return tuple(_WORDS.loc[_WORDS.kind == kind, "word"])


# Words that end a name yet say nothing of whom: dropped when names are compared.
LEGAL_SUFFIXES = frozenset(_words("legal_suffix"))
# Words that end an organisation's name: legal forms and institutional nouns.
SUFFIXES = LEGAL_SUFFIXES | frozenset(_words("name_suffix"))
# 'In Navoi JSC "Navoiyazot"': a legal form right before a quoted name opens that name, not the words before
FORM_OF_QUOTED = r"\s+[\"\u201c\u00ab][A-Z]"
# Legal forms written before a name ('JSC NC KazMunayGas') and after it ('Goldwind Co., Ltd.').
LEGAL_FORMS_BEFORE = _words("legal_form_before")
LEGAL_FORMS_AFTER = _words("legal_form_after")
# The first word of a government body's name ('Ministry of Energy', 'Cabinet of Ministers').
GOVERNMENT_HEADS = _words("government_head")
INSTITUTION_HEADS = GOVERNMENT_HEADS + _words("institution_head")
# Words before a capitalised run that are no part of the name ('During', 'Meanwhile', 'the').
LEADING_NOISE = frozenset(_words("leading_noise")) | FULL_MONTHS  # 'In November YDD Corporation LLP'
# Words too common in organisation names to stand for one alone.
GENERIC_NAME_WORDS = frozenset(_words("generic"))
# Words a place's name may open with ('Upper Kumarg', 'East Duoba', 'New Tashkent').
PLACE_QUALIFIERS = frozenset(_words("place_qualifier"))
# Lower-case words inside a proper name ('Agency for Atomic Energy', 'Bank of China'): no initial of its own.
NAME_CONNECTORS = frozenset(_words("connector"))
# Facility nouns that end a company's name rather than a plant's ('Almalyk Mining and Metallurgical Complex').
COMPANY_HEADS = frozenset(_words("company_head"))
# Industry stems a company's name glues to its town ('Navoiyazot', 'Pavlodarenergo', 'Shymkentcement').
GLUED_STEMS = frozenset(_words("glued_stem"))

LEGAL_WORDS = frozenset({fold(f) for f in LEGAL_FORMS_BEFORE + LEGAL_FORMS_AFTER} | {"co", "jsc nc"})
# Every word of a legal form ('joint', 'stock', 'liability'): a run of them alone names nobody.
LEGAL_FORM_WORDS = frozenset(w for form in LEGAL_WORDS for w in form.split()) | LEGAL_SUFFIXES
LEGAL_PREFIX = re.compile(rf"(?:\b(?:{'|'.join(LEGAL_FORMS_BEFORE)})\s+\"?)+$")
LEGAL_HEAD = re.compile(rf"^(?:(?:{'|'.join(LEGAL_FORMS_BEFORE)})\s+\"?)+")  # opening a name: 'JSC "X"'
_TAIL_FORMS = (
    "Joint[- ]Stock",
    "Stock",
    r"National\s+Co(?:mpany)?",  # 'KazMunayGas National Co.'
    "Co",
    "Company",
    "Corp",
    "Corporation",
    *LEGAL_FORMS_AFTER,
)
LEGAL_TAIL = re.compile(rf"^(?:,?\s+(?:{'|'.join(_TAIL_FORMS)})\b\.?){{1,4}}")
_LEGAL_PREFIX_KEY = re.compile(rf"^(?:(?:{'|'.join(f.lower() for f in LEGAL_FORMS_BEFORE)}) )+")
_REPUBLIC_OF = re.compile(r"\b(?:the )?republic of ")  # 'X of the Republic of Uzbekistan': 'X of Uzbekistan'
_NOUN_OF = {"asian": "asia", "eurasian": "eurasia"}  # 'Central Asian Energy' is 'Central Asia Energy'
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]{1,7}$")
_GOVERNMENT = re.compile(  # 'Kazakhstan's Ministry of Energy', 'the Zhambyl Region Akimat'
    rf"(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{'|'.join(GOVERNMENT_HEADS)})\b"
)


def _listed_government() -> frozenset[str]:
    """Every name and alias of the bodies `organisations.csv` lists as government ('MIIT', 'NDRC'), folded."""
    listed = pd.read_csv(REFERENCE_DIR / "organisations.csv", dtype=str, keep_default_na=False)
    rows = listed[listed.kind == "government"]
    return frozenset(
        fold(n)
        for name, aliases in zip(rows.name, rows.aliases, strict=True)
        for n in [name, *split_variants(aliases)]
    )


_LISTED_GOVERNMENT = _listed_government()


def name_key(name: str) -> str:
    """Comparison key of an organisation name: folded, legal forms and 'the Republic of' dropped, words
    sorted."""
    folded = _REPUBLIC_OF.sub("", _LEGAL_PREFIX_KEY.sub("", fold(name)))
    kept = [w for w in folded.split() if w not in LEGAL_SUFFIXES and w not in ("and", "the")]
    words = [_NOUN_OF.get(w, w) for w in kept]
    return " ".join(sorted(words)) or fold(name)


def is_government(name: str) -> bool:
    """A ministry, agency, akimat or government: 'Kazakh Ministry of Energy', 'the Government', or a body the
    reference list calls one ('MIIT', 'Kazakh Invest')."""
    return bool(_GOVERNMENT.match(name)) or fold(name) in _LISTED_GOVERNMENT


def is_acronym(text: str) -> bool:
    """'CNPC', 'AIIB', 'KEGOC'."""
    return bool(_ACRONYM.match(text))

"""Text normalisation shared by every stage: one canonical form of an article's text."""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Cyrillic letters that look like Latin ones; replaced only inside words that also hold Latin letters.
_CYRILLIC_LOOKALIKES = str.maketrans(
    {
        "а": "a",
        "с": "c",
        "е": "e",
        "о": "o",
        "р": "p",
        "х": "x",
        "у": "y",
        "к": "k",
        "м": "m",
        "т": "t",
        "і": "i",
        "ј": "j",
        "ѕ": "s",
        "һ": "h",
        "ԁ": "d",
        "ԛ": "q",
        "ԝ": "w",
        "А": "A",
        "В": "B",
        "С": "C",
        "Е": "E",
        "Н": "H",
        "І": "I",
        "Ј": "J",
        "К": "K",
        "М": "M",
        "О": "O",
        "Р": "P",
        "Ѕ": "S",
        "Т": "T",
        "Х": "X",
        "У": "Y",
    }
)
_PUNCTUATION = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u200b": "",
    "\ufeff": "",
}
_PUNCTUATION_CHARACTER = re.compile("[" + "".join(_PUNCTUATION) + "]")
_MIXED_WORD = re.compile(r"\w*[A-Za-z]\w*")
_CYRILLIC = re.compile(r"[\u0400-\u04ff\u0500-\u052f]")


def _fix_lookalikes(match: re.Match[str]) -> str:
    word = match.group(0)
    return word.translate(_CYRILLIC_LOOKALIKES) if _CYRILLIC.search(word) else word


def normalise_text(text: str) -> str:
    """Canonical form: NFKC, look-alike letters fixed, plain quotes and dashes, `\\n` line ends."""
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():  # plain ASCII has no curly quote, long dash or look-alike letter
        text = _PUNCTUATION_CHARACTER.sub(lambda match: _PUNCTUATION[match.group(0)], text)
        if _CYRILLIC.search(text):
            text = _MIXED_WORD.sub(_fix_lookalikes, text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def content_id(text: str) -> str:
    """Article id: hash of the normalised text with whitespace folded (file name plays no part)."""
    folded = " ".join(normalise_text(text).split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:16]

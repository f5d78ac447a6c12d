"""Where a literal string stands on its own in a text, without building a regular expression for it.

`standalone(text, literal)` finds what `re.finditer(rf"(?<![\\w-]){re.escape(literal)}(?![\\w-])", text)`
finds (leftmost first, never overlapping), with `str.find`: an article's short names are new strings in
every article, so a pattern per name missed `re`'s cache and was compiled again for every sentence.
"""

from __future__ import annotations

from collections.abc import Iterator


def standalone(text: str, literal: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each occurrence of `literal` with no word character or hyphen right before or after
    it; none for an empty literal."""
    if not literal:
        return
    at = text.find(literal)
    while at != -1:
        end = at + len(literal)
        if not _joins(text, at - 1) and not _joins(text, end):
            yield at, end
            at = text.find(literal, end)
        else:
            at = text.find(literal, at + 1)


def stands_alone_in(text: str, literal: str) -> bool:
    """True when `literal` occurs on its own somewhere in `text`."""
    return next(standalone(text, literal), None) is not None


def _joins(text: str, i: int) -> bool:
    """True when the character at `i` would join a word there (`re`'s `\\w`, or a hyphen)."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_-")

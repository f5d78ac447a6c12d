"""A short fingerprint of an article's wording: the smallest hashes of its five-word shingles (a bottom-k
MinHash sketch). Two articles telling the same story share most of them, whatever their headline, byline
or last line; articles that only share a few sentences do not."""

from __future__ import annotations

import hashlib
import re

SKETCH_SIZE = 64  # hashes kept per article
SHINGLE_WORDS = 5
_WORD = re.compile(r"[^\W_]+")


def signature(text: str) -> str:
    """The article's sketch: its smallest shingle hashes, as space-separated hex."""
    words = [w.casefold() for w in _WORD.findall(text)]
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    hashes = sorted(
        int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big") for s in shingles
    )
    return " ".join(f"{h:016x}" for h in hashes[:SKETCH_SIZE])


def resemblance(a: str, b: str) -> float:
    """Estimated share of shingles two sketched articles have in common (Jaccard), from 0 to 1."""
    return sketch_resemblance(frozenset(a.split()), frozenset(b.split()))


def sketch_resemblance(first: frozenset[str], second: frozenset[str]) -> float:
    """`resemblance` of two sketches already split into their hashes."""
    shared = first & second
    if not shared:
        return 0.0
    union = sorted(first | second)[:SKETCH_SIZE]  # hashes of one width: text order is number order
    return sum(1 for h in shared if h <= union[-1]) / len(union)

"""Project status from the verbs around a facility: GEM's vocabulary (announced ... operating)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.domain.reference import Reference

# A report's status when two cues stand equally near: the stronger claim first.
PRIORITY = [
    "cancelled",
    "shelved",
    "mothballed",
    "retired",
    "construction",
    "operating",
    "pre-construction",
    "announced",
]
# How far along the life cycle a status is; statuses off the cycle rank 0.
STAGE = {"announced": 1, "pre-construction": 2, "construction": 3, "operating": 4}
_FUTURE = re.compile(
    r"\b(?:will|shall|would|could|to be|is to|are to|planned to|plans? to|planning to|expected to|"
    r"scheduled to|"
    r"set to|aims? to|intends? to|going to|should|due to|is to be|are to be|once|when|after|until|"
    r"before|if)\s+(?:\w+\s+){0,2}$",
    re.I,
)
_CAPABILITY = re.compile(r"(?:generates|produces|operates|has|consists)", re.I)
_CAPABILITY = re.compile(r"generates|produces|operates|has |consists", re.I)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|while|but|whereas)\s+", re.I)
_LIST_OPENER = re.compile(
    r"^(?:these|they|those|examples|among them|this|such projects)\b[^.]{0,20}"
    r"\b(?:include|includes|including|are|is)\b",
    re.I,
)


@dataclass(frozen=True)
class StatusCue:
    """A phrase that tells a project's status, where it stands in the sentence."""

    start: int
    end: int
    status: str


def find_status_cues(sentence: str, ref: Reference) -> list[StatusCue]:
    """Every status phrase, the longest where they overlap, future tense read as 'announced'."""
    found = [
        StatusCue(m.start(), m.end(), status)
        for pattern, status in ref.cue_values("status")
        for m in pattern.finditer(sentence)
    ]
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[StatusCue] = []
    for cue in found:
        if kept and cue.start < kept[-1].end:
            continue
        if cue.status in ("operating", "construction") and _FUTURE.search(
            sentence[max(0, cue.start - 40) : cue.start]
        ):
            if _CAPABILITY.match(sentence[cue.start : cue.end]):
                continue  # 'it will generate 1.7 billion kWh': what it can do, not where it stands
            cue = StatusCue(cue.start, cue.end, "announced")
        kept.append(cue)
    return kept


def status_near(cues: list[StatusCue], start: int, end: int, sentence: str | None = None) -> str | None:
    """The status of the cue nearest to a facility mention at [start, end), within the mention's clause
    when the sentence is given ('it completed X, and it is studying Y': X's verb says nothing of Y)."""
    if sentence is not None:
        low, high = clause_bounds(sentence, start)
        cues = [c for c in cues if low <= c.start < high]
    if not cues:
        return None

    def distance(cue: StatusCue) -> tuple[int, int]:
        gap = max(start - cue.end, cue.start - end, 0)
        return gap, PRIORITY.index(cue.status)

    return min(cues, key=distance).status


def clause_bounds(sentence: str, position: int) -> tuple[int, int]:
    """Bounds of the clause holding `position`: split at ';' and at ', and' / ', while' / ', but'."""
    bounds = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(sentence)]
    low = max((b_end for b_start, b_end in bounds if b_end <= position), default=0)
    high = min((b_start for b_start, _ in bounds if b_start >= position), default=len(sentence))
    return low, high


def opens_list(sentence: str) -> bool:
    """'These include ...', 'Examples include ...': the sentence continues the previous one's statement."""
    return bool(_LIST_OPENER.match(sentence))

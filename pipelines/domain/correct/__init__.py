"""Analysts' corrections (`seeds/corrections/*.csv`): read and checked, applied after reconciliation and
before validation, listed in the published `corrections` and `stale_corrections` tables."""

from pipelines.domain.correct.apply import Corrected, Corrector
from pipelines.domain.correct.files import CorrectionSet, append_correction, load_corrections
from pipelines.domain.correct.journal import (
    CORRECTIONS_TABLE,
    STALE_TABLE,
    uncorrected_mentions,
)

__all__ = [
    "CORRECTIONS_TABLE",
    "STALE_TABLE",
    "Corrected",
    "CorrectionSet",
    "Corrector",
    "append_correction",
    "load_corrections",
    "uncorrected_mentions",
]

"""Read a text as an article and see its projects the way an analyst would: one dict per project."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import pytest

from pipelines.domain.extract.process import process_article

Projects = list[dict]


def projects_of(tables: dict[str, pd.DataFrame]) -> Projects:
    """Each project an article names (first mentions), with its figures, participants and investments."""
    frames = tables["project_frames"]
    out = []
    for frame in frames[frames.refers_to.isna()].itertuples():
        capacities = tables["capacities"][tables["capacities"].frame_id == frame.frame_id]
        participants = tables["participants"][tables["participants"].frame_id == frame.frame_id]
        out.append(
            {
                "type": frame.project_type,
                "name": frame.name,
                "locality": frame.locality,
                "region": frame.region,
                "country": frame.country,
                "status": frame.status,
                "capacities": sorted(zip(capacities.metric, capacities.value_std, strict=True)),
                "participants": dict(zip(participants.surface, participants.role, strict=True)),
            }
        )
    return out


@pytest.fixture
def read(ref) -> Callable[[str], Projects]:
    def _read(text: str) -> Projects:
        return projects_of(process_article("0" * 16, "test.txt", text, ref))

    return _read


@pytest.fixture
def read_tables(ref) -> Callable[[str], dict[str, pd.DataFrame]]:
    return lambda text: process_article("0" * 16, "test.txt", text, ref)

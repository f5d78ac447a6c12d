"""Importing the pipeline raises the collector's young-generation threshold (see `pipelines/__init__.py`)."""

import gc

import pipelines


def test_the_young_generation_is_collected_less_often() -> None:
    assert pipelines.GC_YOUNG_THRESHOLD == 100_000
    assert gc.get_threshold()[0] == pipelines.GC_YOUNG_THRESHOLD

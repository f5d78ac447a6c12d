"""What news digests, company disclosures and analysis pieces write: plants named by what they can
assemble, projects placed later in their own paragraph, phases of a field, and costs nobody pays yet."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Sany Renewable Energy opened a plant in Shymkent that can assemble up to 200 turbines a year.",
        "Sany will supply turbines from a plant it plans to build in Shymkent, able to turn out 200 nacelles "
        "a year.",
        "The company opened a plant in Shymkent which assembles 300 wind turbines a year.",
    ],
)
def test_a_plant_that_can_assemble_goods_is_a_factory(read, text):
    (project,) = read(text)
    assert (project["type"], project["region"], project["locality"]) == (
        "manufacturing",
        "Shymkent",
        "Shymkent",
    )

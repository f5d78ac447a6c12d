"""Stored web pages carry clutter around the story: a site menu, photo captions, teasers of other stories,
share bars, copyright lines and lists of other headlines. The same story with its page's clutter gives
the same projects, places and figures as the story alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.domain.extract.process import process_article
from tests.extract.conftest import projects_of

_DEV = Path(__file__).resolve().parents[1] / "fixtures" / "dev" / "articles"
_STORIES = sorted(_DEV.glob("*.txt"))[::2]  # every other article of the vendored development set
_OTHER_STORIES = [
    "Uzbekistan commissions 300 MW solar plant in Samarkand region",
    "China's Exim Bank lends $500 million for a Tajik power line",
    "New copper smelter in Balkhash to produce 300,000 tonnes a year",
]
_TAIL_HEADINGS = ["Related news", "MOST READ", "Latest", "READ ALSO", "Other news", "You may also like", ""]
_TEASER_MARKS = ["", "• ", "\u2014 ", "\u25b8 "]  # other stories' headlines, bulleted or not


def _cluttered(text: str, index: int) -> str:
    """The story as a stored page: a menu under the header, a caption and a teaser in the body, share and
    copyright lines and another heading's (or no heading's) list of other stories at the foot."""
    head, *body = text.split("\n\n")
    if len(body) > 3:
        body.insert(2, "Photo: press service of the regional akimat")
        body.insert(4, f"Read also: {_OTHER_STORIES[index % 3]}")
    heading = _TAIL_HEADINGS[index % len(_TAIL_HEADINGS)]
    mark = _TEASER_MARKS[index % len(_TEASER_MARKS)] if heading else ""  # a bulleted list under its heading
    teasers = [mark + story for story in _OTHER_STORIES]
    foot = ["Share: Facebook Twitter Telegram", *([heading] if heading else []), *teasers]
    return "\n\n".join([head, "Home | News | Economy | Energy | Politics | Society", *body, *foot]) + "\n"


@pytest.mark.parametrize(("index", "path"), list(enumerate(_STORIES)), ids=[p.stem for p in _STORIES])
def test_a_story_with_its_pages_clutter_gives_the_same_projects(ref, index, path):
    text = path.read_text(encoding="utf-8")
    alone = projects_of(process_article("0" * 16, path.name, text, ref))
    with_clutter = projects_of(process_article("0" * 16, path.name, _cluttered(text, index), ref))
    assert with_clutter == alone


@pytest.mark.parametrize("contents", ["In this issue", "IN THIS EDITION:", "Contents"])
def test_a_newsletters_contents_list_is_no_text_and_its_sections_keep_their_headings(ref, contents):
    text = (
        "Central Asia Disputes Digest\n10 July 2024\n\n"
        f"{contents}\n1. Uzbekistan: delay notices on the Chatkal HPP\n2. Tajikistan: Dushanbe court "
        "rejects a claim against TBEA\n\n1. UZBEKISTAN: DELAY NOTICES ON THE CHATKAL HPP\n\n"
        "The owner served two delay notices on the contractor of the 140 MW Chatkal HPP in Bostanlyk "
        "district of Tashkent region.\n\n2. TAJIKISTAN: DUSHANBE COURT REJECTS A CLAIM AGAINST TBEA\n\n"
        "The Dushanbe court rejected the claim.\n"
    )
    projects = projects_of(process_article("0" * 16, "digest.txt", text, ref))
    assert [(p["name"], p["region"], p["locality"]) for p in projects] == [
        ("Chatkal HPP", "Tashkent Region", "Bostanlyk")
    ]


@pytest.mark.parametrize("heading", ["TOP STORIES", "Latest news", "Most read this week"])
def test_an_aggregators_stories_under_a_heading_are_read_and_its_headline_lists_are_not(ref, heading):
    text = (
        "CA Energy Wire - news from 200 sources\n12 February 2026\n\n"
        "AI SUMMARY: Kazakhstan's wind farms are growing fast.\n\n"
        f"{heading}\n\n"
        "Shokpar wind farm reaches full capacity\nKazinform | 2 hours ago\n"
        "ASTANA - All 40 turbines of the 100 MW Shokpar wind farm in Zhambyl region are now in operation "
        "after the last group was connected to the grid on February 10, the developer said. The farm, built "
        "by PowerChina, will produce about 350 million kWh a year,... Read more at Kazinform >>\n\n"
        "MOST READ THIS WEEK\n"
        "1. Tajikistan: Rogun HPP third unit - what we know so far\n"
        "2. Uzbekistan to auction 3 GW of solar and wind in 2026\n"
    )
    projects = projects_of(process_article("0" * 16, "wire.txt", text, ref))
    assert [(p["name"], p["region"]) for p in projects] == [("Shokpar wind farm", "Zhambyl")]

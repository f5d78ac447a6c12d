"""How strongly a project mention looks like a project being assembled (a cluster of mentions)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from pipelines.domain.extract.annotate.noun_phrases import is_linear
from pipelines.domain.extract.link.phases import other_phases
from pipelines.domain.reference import different_products, fold, sound_key

if TYPE_CHECKING:
    from pipelines.domain.reconcile.projects import Cluster

_LINES_AND_STATIONS = ("transmission",)  # project types whose lines and stations one project may join
SAME_CAPACITY = 0.10  # relative gap within which two reported capacities are the same
MERGE_SCORE = 3  # the affinity at which a mention joins a project (when no other project ties)
# the same sound key: a region or locality that differs rules the project out; names may differ
# ('Aktyubinsk Ferroalloy Plant', 'Aktobe ferroalloy plant')
PLACE_WEIGHTS = {"region": 1, "locality": 3, "name": 4}
REGION_WEIGHT = PLACE_WEIGHTS["region"]
CAPACITY_WEIGHT = 2  # per metric with a close value
SHARED_ORG_WEIGHT = 2  # an organisation in common
_PROPER_WORD = re.compile(r"\b[A-Z][\w']*")  # a capitalised word of a name; hyphens part words
_ROUTE = re.compile(r"\b[A-Z][\w']*-[A-Z]")  # 'Atasu-Alashankou', 'Beineu-Bozoi-Shymkent'; not 'Dushanbe-2'
_SOUND_KEYS_KEPT = 1 << 16  # distinct names and places whose sound key is cached


@lru_cache(maxsize=_SOUND_KEYS_KEPT)
def cached_sound_key(text: str) -> str:
    """`sound_key`, computed once per distinct text: a clustering asks for the same few thousand."""
    return sound_key(text)


@dataclass(frozen=True)
class Mention:
    """A project mention as clustering sees it: its row, organisations, capacities and sound keys."""

    frame: dict
    orgs: set[str]
    capacities: dict[str, list[float]]
    keys: dict[str, str]  # sound key of each place or name column the mention has

    @classmethod
    def of(cls, frame: dict, orgs: set[str], capacities: dict[str, list[float]]) -> Mention:
        columns = (column for column in PLACE_WEIGHTS if isinstance(frame[column], str))
        return cls(frame, orgs, capacities, {column: cached_sound_key(frame[column]) for column in columns})

    @property
    def kind(self) -> tuple[str, str]:
        """Only a wind farm in KZ can be a wind farm in KZ."""
        return self.frame["project_type"], self.frame["country"]

    @property
    def sentence(self) -> tuple[str, int]:
        return self.frame["article_id"], self.frame["sentence_idx"]


def affinity(cluster: Cluster, mention: Mention) -> int | None:
    """None when the mention cannot be this project; else how strongly it looks like it."""
    if (cluster.value("project_type"), cluster.value("country")) != mention.kind:
        return None
    if mention.sentence in cluster.sentences:
        return None  # two facilities in one sentence are two projects
    told_apart = cluster.products_by_article.get(mention.frame["article_id"])
    if told_apart is not None and _product(mention.frame) not in told_apart:
        return None  # 'the gas chemical complex' and, further on, 'a polyethylene plant': two projects
    if _route_and_site(cluster.value("name"), mention.frame.get("name")) or _other_shape(cluster, mention):
        return None  # 'the Kazakhstan-China gas pipeline' is not 'the Karachaganak Gas Processing Plant'
    if other_phases(cluster.value("name"), mention.frame.get("name")):
        return None  # the Zhanatas wind farm is not its second phase
    rank, known_rank = mention.frame.get("rank"), cluster.value("rank")
    if isinstance(rank, str) and known_rank is not None and known_rank != rank:
        return None  # 'the third gas processing plant' at a field is not its first
    product = mention.frame.get("product")
    if any(different_products(product, known) for known in cluster.counts.get("product", ())):
        return None  # a polyethylene plant is not the polypropylene plant next to it
    score = 0
    for column, weight in PLACE_WEIGHTS.items():
        mine, theirs = mention.keys.get(column), cluster.key(column)
        if mine is not None and theirs is not None:
            if mine == theirs:
                score += weight
            elif column != "name" and not _named_after_region(column, cluster, mention):
                return None
    for metric, values in mention.capacities.items():
        known = cluster.capacities.get(metric)
        if known:
            if not any(close(v, k) for v in values for k in known):
                return None
            score += CAPACITY_WEIGHT
    return score + (SHARED_ORG_WEIGHT if cluster.orgs & mention.orgs else 0)


def _named_after_region(column: str, cluster: Cluster, mention: Mention) -> bool:
    """'the Bukhara wind farm' (its region's name for a town) and 'a wind farm in Peshku district of
    Bukhara region': a locality that is the other's region does not tell them apart."""
    if column != "locality":
        return False
    mine, theirs = mention.keys.get("locality"), cluster.key("locality")
    return mine == cluster.key("region") or theirs == mention.keys.get("region")


def named_apart(cluster: Cluster, mention: Mention) -> bool:
    """Both called by a route of their own with no proper word in common: 'the Atasu-Alashankou oil
    pipeline' and 'the Beineu-Bozoi-Shymkent pipeline' are two projects, whoever built both (a system's
    other names, 'the Central Asia Gas Pipeline', may still be one of its lines)."""
    names = [mention.frame.get("name"), cluster.value("name")]
    if not all(isinstance(name, str) and _ROUTE.search(name) for name in names):
        return False
    mine, theirs = (_proper_words(name) for name in names)
    return bool(mine and theirs) and not mine & theirs


def _proper_words(name: str) -> frozenset[str]:
    """Sound keys of the capitalised words of a name ('Atasu-Alashankou oil pipeline': atasu, alashankou)."""
    return frozenset(cached_sound_key(word) for word in _PROPER_WORD.findall(name))


def _route_and_site(one: object, other: object) -> bool:
    """One name a line or pipeline, the other a plant or field (not a 'project' of any kind)."""
    names = [name for name in (one, other) if isinstance(name, str) and fold(name)]
    if len(names) < 2 or any(fold(name).split()[-1] == "project" for name in names):
        return False
    return is_linear(names[0]) != is_linear(names[1])


def _other_shape(cluster: Cluster, mention: Mention) -> bool:
    """A pipeline is not a plant or field, however they were named ('the second gas processing plant' of
    the company whose pipeline an earlier article spoke of). A grid project's line and substation are
    often one project, told either way."""
    shape = mention.frame.get("shape")
    if not isinstance(shape, str) or mention.frame["project_type"] in _LINES_AND_STATIONS:
        return False
    return any(known != shape for known in cluster.counts.get("shape", ()))


def _product(frame: dict) -> str | None:
    return frame.get("product") if isinstance(frame.get("product"), str) else None


def close(a: float, b: float) -> bool:
    return abs(a - b) <= SAME_CAPACITY * max(abs(a), abs(b))

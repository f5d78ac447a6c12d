"""Blocking for project clustering: the few projects a new mention could join, found by key, not by scan.

A mention joins a project when its affinity reaches `MERGE_SCORE` and no other project ties, or when that
project is the only one sharing an organisation with it (`projects._best_cluster`). An affinity that high
needs the same locality or name (sound keys), an organisation in common or a close capacity: a matching
region alone falls short (`KEYED_COLUMNS`). So the projects of the mention's type and country found
through these keys are all the projects that can sway the decision, and the decision is the one a scan of
every project of that kind makes, at a cost that grows with the blocks the mention falls in, not with the
number of projects.

Keys stay current as projects grow: a project's locality and name keys follow its most common value
(recomputed only for the project a mention joins); organisations and capacities only add keys.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipelines.domain.reconcile.affinity import (
    CAPACITY_WEIGHT,
    PLACE_WEIGHTS,
    REGION_WEIGHT,
    SAME_CAPACITY,
    SHARED_ORG_WEIGHT,
    Mention,
)

if TYPE_CHECKING:
    from pipelines.domain.reconcile.projects import Cluster

KEYED_COLUMNS = ("locality", "name")  # a match on either reaches MERGE_SCORE; on the region alone, never
# log-scale width of a capacity bucket: twice the largest gap of two close values, so close values always
# fall in the same or a neighbouring bucket, with room to spare for rounding
_BUCKET_WIDTH = -2 * math.log(1 - SAME_CAPACITY)


def capacity_buckets(value: float) -> tuple[Hashable, ...]:
    """The bucket of `value` (sign, log scale) and its neighbours, where every value within
    `SAME_CAPACITY` of it lies; none for a value nothing is close to (not finite)."""
    if not math.isfinite(value):
        return ()
    if value == 0:
        return (0,)
    sign, step = (1 if value > 0 else -1), math.floor(math.log(abs(value)) / _BUCKET_WIDTH)
    return tuple((sign, step + offset) for offset in (-1, 0, 1))


def capacity_bucket(value: float) -> Hashable | None:
    """The one bucket a known capacity is filed under (the middle of `capacity_buckets`)."""
    buckets = capacity_buckets(value)
    return buckets[len(buckets) // 2] if buckets else None


@dataclass
class Filed:
    """Where a cluster is filed: its region key and the keys it is filed under within that region."""

    region: str | None = None
    keys: set[tuple] = field(default_factory=set)
    named: dict[str, tuple] = field(default_factory=dict)  # column -> its locality or name key


@dataclass
class ClusterIndex:
    """Clusters by blocking key and, within a key, by region (sound key, None for none): a mention with a
    region only looks at its own region and at clusters without one, since a cluster with another region
    cannot be its project."""

    blocks: dict[tuple, dict[str | None, dict[Cluster, None]]] = field(default_factory=dict)
    filed: dict[Cluster, Filed] = field(default_factory=dict)

    def candidates(self, mention: Mention) -> dict[Cluster, float]:
        """The clusters of the mention's kind that could reach MERGE_SCORE or share an organisation, each
        with an upper bound of its affinity: the weights of the keys and of the region it shares."""
        bounds: dict[Cluster, float] = {}
        same_region: dict[Cluster, None] = {}
        for weight, keys in _mention_keys(mention):
            found: dict[Cluster, None] = {}
            for key in keys:
                for region, clusters in self._blocks(key, mention.keys.get("region")):
                    found.update(clusters)
                    if region is not None:
                        same_region.update(clusters)
            for cluster in found:
                bounds[cluster] = bounds.get(cluster, 0) + weight
        for cluster in same_region:
            bounds[cluster] += REGION_WEIGHT
        return bounds

    def add(self, cluster: Cluster, mention: Mention) -> None:
        """Add `mention` to `cluster` and file the cluster under the keys it has now."""
        cluster.add(mention.frame, mention.orgs, mention.capacities)
        filed = self.filed.setdefault(cluster, Filed())
        region = cluster.key("region")
        if region != filed.region:
            for key in filed.keys:
                self.blocks[key][filed.region].pop(cluster)
            filed.region = region
            filed.keys, keys = set(), filed.keys
            self._file(cluster, filed, keys)
        for column in KEYED_COLUMNS:
            key, before = cluster.key(column), filed.named.get(column)
            if key is not None and (mention.kind, column, key) != before:
                if before is not None:
                    self.blocks[before][region].pop(cluster)
                    filed.keys.discard(before)
                filed.named[column] = (mention.kind, column, key)
                self._file(cluster, filed, [filed.named[column]])
        self._file(cluster, filed, _filing_keys(mention))

    def _file(self, cluster: Cluster, filed: Filed, keys: Iterable[tuple]) -> None:
        for key in keys:
            if key not in filed.keys:
                filed.keys.add(key)
                self.blocks.setdefault(key, {}).setdefault(filed.region, {})[cluster] = None

    def _blocks(self, key: tuple, region: str | None) -> list[tuple[str | None, dict[Cluster, None]]]:
        """The clusters filed under `key` that a mention in `region` (None: no region) may join."""
        by_region = self.blocks.get(key, {})
        if region is None:
            return [(None, clusters) for clusters in by_region.values()]
        return [(r, by_region[r]) for r in (region, None) if r in by_region]


def _filing_keys(mention: Mention) -> Iterator[tuple]:
    """The organisation and capacity keys a mention adds to its cluster."""
    for org in mention.orgs:
        yield (mention.kind, "org", org)
    for metric, values in mention.capacities.items():
        for value in values:
            if (bucket := capacity_bucket(value)) is not None:
                yield (mention.kind, "capacity", metric, bucket)


def _mention_keys(mention: Mention) -> Iterator[tuple[int, list[tuple]]]:
    """Each part of the affinity a key can show, as (its weight, the keys that show it)."""
    kind = mention.kind
    for column in KEYED_COLUMNS:
        if column in mention.keys:
            yield PLACE_WEIGHTS[column], [(kind, column, mention.keys[column])]
    if mention.orgs:
        yield SHARED_ORG_WEIGHT, [(kind, "org", org) for org in mention.orgs]
    for metric, values in mention.capacities.items():
        yield CAPACITY_WEIGHT, [(kind, "capacity", metric, b) for v in values for b in capacity_buckets(v)]

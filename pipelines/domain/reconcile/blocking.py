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
from collections.abc import Hashable, Iterator
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
class ClusterIndex:
    """The clusters of each kind (type, country), and within a kind by blocking key."""

    by_kind: dict[tuple, list[Cluster]] = field(default_factory=dict)
    blocks: dict[tuple, dict[Cluster, None]] = field(default_factory=dict)  # key -> clusters, in order
    filed: dict[Cluster, dict[str, str]] = field(default_factory=dict)  # cluster -> column -> key filed

    def candidates(self, mention: Mention) -> dict[Cluster, float]:
        """The clusters of the mention's kind that could reach MERGE_SCORE or share an organisation, each
        with an upper bound of its affinity: the weights of the keys it shares, plus the region's."""
        bounds: dict[Cluster, float] = {}
        for weight, keys in _mention_keys(mention):
            found: dict[Cluster, None] = {}
            for key in keys:
                found.update(self.blocks.get(key, {}))
            for cluster in found:
                bounds[cluster] = bounds.get(cluster, 0) + weight
        region = REGION_WEIGHT if "region" in mention.keys else 0
        return {cluster: bound + region for cluster, bound in bounds.items()}

    def add(self, cluster: Cluster, mention: Mention) -> None:
        """Add `mention` to `cluster` (a new one when it has no frames yet) and file it under its keys."""
        if not cluster.frames:
            self.by_kind.setdefault(mention.kind, []).append(cluster)
        cluster.add(mention.frame, mention.orgs, mention.capacities)
        for org in mention.orgs:
            self._file(cluster, (mention.kind, "org", org))
        for metric, values in mention.capacities.items():
            for value in values:
                if (bucket := capacity_bucket(value)) is not None:
                    self._file(cluster, (mention.kind, "capacity", metric, bucket))
        self._refile_names(cluster, mention.kind)

    def _refile_names(self, cluster: Cluster, kind: tuple) -> None:
        """Move the cluster to the blocks of its current locality and name."""
        filed = self.filed.setdefault(cluster, {})
        for column in KEYED_COLUMNS:
            key, before = cluster.key(column), filed.get(column)
            if key == before:
                continue
            if before is not None:
                self.blocks[(kind, column, before)].pop(cluster, None)
            filed[column] = key
            if key is not None:
                self._file(cluster, (kind, column, key))

    def _file(self, cluster: Cluster, key: tuple) -> None:
        self.blocks.setdefault(key, {})[cluster] = None


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

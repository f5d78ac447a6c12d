"""Reconciliation by blocking keys: the projects are those a scan of every project finds, at a fraction
of the comparisons."""

from __future__ import annotations

import math
import random
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from bench import corpora
from pipelines.domain.extract import cache, process
from pipelines.domain.ingest.scan import scan_articles
from pipelines.domain.reconcile import build_tables, projects
from pipelines.domain.reconcile.affinity import MERGE_SCORE, PLACE_WEIGHTS, Mention, affinity, close
from pipelines.domain.reconcile.blocking import KEYED_COLUMNS, ClusterIndex, capacity_bucket, capacity_buckets
from pipelines.domain.reconcile.projects import Cluster
from pipelines.settings import DEFAULT_ARTICLES_DIR, MAX_ARTICLE_BYTES

FIXTURES = Path(__file__).resolve().parent / "fixtures"


class ScanEveryCluster(ClusterIndex):
    """What blocking replaces: every cluster of the mention's type and country is a candidate, with no
    bound, so every one of them is scored (the comparison the clustering made before blocking)."""

    def __init__(self) -> None:
        super().__init__()
        self.kinds: dict[tuple, list[Cluster]] = {}

    def candidates(self, mention: Mention) -> dict[Cluster, float]:
        return dict.fromkeys(self.kinds.get(mention.kind, []), math.inf)

    def add(self, cluster: Cluster, mention: Mention) -> None:
        if not cluster.frames:
            self.kinds.setdefault(mention.kind, []).append(cluster)
        cluster.add(mention.frame, mention.orgs, mention.capacities)


def per_article_tables(folder: Path, ref: object) -> dict[str, pd.DataFrame]:
    accepted = scan_articles(folder, MAX_ARTICLE_BYTES).accepted
    outputs = [
        process.process_article(r.article_id, r.source_file, r.text, ref) for r in accepted.itertuples()
    ]
    tables = {name: pd.concat([o[name] for o in outputs], ignore_index=True) for name in outputs[0]}
    return cache.in_article_order(tables, accepted["article_id"])


@pytest.fixture(scope="module")
def bench_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 articles of each bench corpus: stories told again, and new stories in new places."""
    folder = tmp_path_factory.mktemp("bench_corpus")
    corpora.write("repeated", folder, 200)
    corpora.write("new", folder, 200)
    return folder


@pytest.mark.parametrize("articles", ["seeds", "dev", "bench"])
def test_blocking_finds_the_projects_a_scan_of_every_project_finds(
    articles: str, bench_corpus: Path, ref: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = {"seeds": DEFAULT_ARTICLES_DIR, "dev": FIXTURES / "dev" / "articles", "bench": bench_corpus}[
        articles
    ]
    tables = per_article_tables(folder, ref)
    scored: Counter[str] = Counter()
    monkeypatch.setattr(projects, "affinity", lambda c, m: scored.update(["blocked"]) or affinity(c, m))
    blocked = build_tables(tables, ref, None)
    monkeypatch.setattr(projects, "affinity", lambda c, m: scored.update(["scan"]) or affinity(c, m))
    monkeypatch.setattr(projects, "ClusterIndex", ScanEveryCluster)
    scanned = build_tables(tables, ref, None)
    assert len(blocked["projects"]) > {"seeds": 15, "dev": 50, "bench": 200}[articles]
    for name, table in scanned.items():
        pd.testing.assert_frame_equal(blocked[name], table, obj=name)
    if articles == "bench":
        assert scored["scan"] > 10 * scored["blocked"], scored


def test_a_capacity_within_ten_percent_shares_a_bucket_with_it() -> None:
    rng = random.Random(9)
    for _ in range(20_000):
        a = rng.choice([1, -1]) * 10 ** rng.uniform(-3, 7)
        b = a * rng.uniform(0.85, 1.15)
        assert close(a, b) <= (capacity_bucket(b) in capacity_buckets(a)), (a, b)
    assert (
        capacity_buckets(0.0) == (0,)
        and capacity_buckets(math.inf) == ()
        and capacity_bucket(math.nan) is None
    )


def test_a_region_alone_never_reaches_the_merge_score() -> None:
    """Why locality and name are the only place keys: a project matching on nothing else scores less."""
    unkeyed = sum(weight for column, weight in PLACE_WEIGHTS.items() if column not in KEYED_COLUMNS)
    assert unkeyed < MERGE_SCORE <= min(PLACE_WEIGHTS[column] for column in KEYED_COLUMNS)


def test_a_cluster_keeps_the_first_of_equally_common_values() -> None:
    frames = [
        {"article_id": "a", "sentence_idx": i, "project_type": "wind", "country": "KZ", "name": name}
        for i, name in enumerate(["Shokpar", "Zhanatas", "Zhanatas", "Shokpar", "Kordai"])
    ]
    cluster = Cluster(frames=frames[:1])
    values = []
    for frame in frames[1:]:
        cluster.add(frame, set(), {})
        values.append(cluster.value("name"))
    assert values == ["Shokpar", "Zhanatas", "Shokpar", "Shokpar"]
    assert values[-1] == Counter(f["name"] for f in frames).most_common(1)[0][0]
    assert cluster.key("name") == "shokpar" and cluster.value("region") is None

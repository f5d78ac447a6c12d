"""Project mentions from all articles grouped into projects; status from the latest report."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import pandas as pd

from pipelines.domain.extract.link.status import STAGE
from pipelines.domain.reconcile.affinity import MERGE_SCORE, Mention, affinity, cached_sound_key, named_apart
from pipelines.domain.reconcile.blocking import ClusterIndex
from pipelines.domain.reconcile.columns import records
from pipelines.domain.reference import fold

SAME_SENTENCE = 0.75  # share of the shorter sentence's words the other has when it retells it
_MIN_SHARED_WORDS = 6
# the columns whose values a project counts; shape and rank only tell projects apart
_VALUE_COLUMNS = (
    "project_type",
    "country",
    "region",
    "region_code",
    "locality",
    "name",
    "product",
    "shape",
    "rank",
)


@dataclass(eq=False)
class Cluster:
    """A project being assembled from its mentions."""

    frames: list[dict] = field(default_factory=list)
    orgs: set[str] = field(default_factory=set)
    capacities: dict[str, list[float]] = field(default_factory=dict)
    sentences: set[tuple[str, int]] = field(default_factory=set)
    # per article, what its first mentions there say the project makes (None: not said)
    products_by_article: dict[str, set[str | None]] = field(default_factory=dict)
    counts: dict[str, Counter[str]] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)  # the most common value of each column, kept current

    def __post_init__(self) -> None:
        """Count the mentions it starts with all at once: each column's leader is `most_common`'s, the
        value `_leader` keeps current as mentions are added one by one."""
        for frame in self.frames:
            self._place(frame)
        for column in _VALUE_COLUMNS:
            counter = Counter(value for frame in self.frames if isinstance(value := frame.get(column), str))
            if counter:
                self.counts[column] = counter
                self.values[column] = counter.most_common(1)[0][0]

    def value(self, column: str) -> str | None:
        """The most common non-null value of a column among the mentions (the first seen of equals)."""
        return self.values.get(column)

    def key(self, column: str) -> str | None:
        """The sound key of `value(column)`; None when it has none."""
        value = self.values.get(column)
        return cached_sound_key(value) if value else None

    def _place(self, frame: dict) -> None:
        """Record the mention's sentence and what it says the project makes."""
        self.sentences.add((frame["article_id"], frame["sentence_idx"]))
        product = frame.get("product")
        self.products_by_article.setdefault(frame["article_id"], set()).add(
            product if isinstance(product, str) else None
        )

    def _count(self, frame: dict) -> None:
        self._place(frame)
        for column in _VALUE_COLUMNS:
            value = frame.get(column)
            if isinstance(value, str):
                counter = self.counts.get(column)
                if counter is None:
                    counter = self.counts[column] = Counter()
                counter[value] += 1
                self.values[column] = _leader(counter, self.values.get(column), value)

    def add(self, frame: dict, orgs: set[str], capacities: dict[str, list[float]]) -> None:
        self.frames.append(frame)
        self._count(frame)
        self.orgs |= orgs
        for metric, values in capacities.items():
            self.capacities.setdefault(metric, []).extend(values)


def _leader(counter: Counter[str], leader: str | None, raised: str) -> str:
    """`counter.most_common(1)`'s value (the first counted of equals) once `raised` was counted again,
    without going over every value: it is the leader so far or `raised`."""
    if leader is None or counter[raised] > counter[leader]:
        return raised
    if counter[raised] == counter[leader]:
        return next(value for value in counter if value in (raised, leader))
    return leader


def cluster_mentions(
    frames: pd.DataFrame,
    orgs_by_frame: dict[str, set[str]],
    capacities_by_frame: dict[str, dict[str, list[float]]],
    story_of: dict[str, str] | None = None,
    index: ClusterIndex | None = None,
) -> list[Cluster]:
    """Greedy grouping in reading order (date, article, sentence): a mention joins the project it
    fits best, or starts a new one. Projects it could join are found through `index` (blocking keys)."""
    clusters: list[Cluster] = []
    index = index or ClusterIndex()
    told = ToldBefore(story_of or {})
    for frame in records(frames):
        mention = Mention.of(
            frame, orgs_by_frame.get(frame["frame_id"], set()), capacities_by_frame.get(frame["frame_id"], {})
        )
        best = told.cluster_of(frame) or _best_cluster(index.candidates(mention), mention)
        if best is None:
            best = Cluster()
            clusters.append(best)
        index.add(best, mention)
        told.remember(frame, best)
    return clusters


class ToldBefore:
    """The same story published again (another outlet, another headline or last line, a few words
    changed): a mention whose sentence an earlier copy of its article told joins that sentence's project."""

    def __init__(self, story_of: dict[str, str]) -> None:
        self.story_of = story_of  # article id -> the id of the story's first copy (itself included)
        # (story, kind) -> (article id, sentence words, project) of each mention told so far
        self.told: dict[tuple[str, tuple[str, str]], list[tuple[str, frozenset[str], Cluster]]] = {}

    def remember(self, frame: dict, cluster: Cluster) -> None:
        story = self.story_of.get(frame["article_id"])
        if story:
            entry = (frame["article_id"], _words(frame["evidence"]), cluster)
            self.told.setdefault((story, _kind(frame)), []).append(entry)

    def cluster_of(self, frame: dict) -> Cluster | None:
        story = self.story_of.get(frame["article_id"])
        told_before = self.told.get((story, _kind(frame)), []) if story else []
        if not told_before:
            return None
        words, here = _words(frame["evidence"]), (frame["article_id"], frame["sentence_idx"])
        alike = [
            (score, cluster)
            for article_id, told, cluster in told_before
            if article_id != frame["article_id"]
            and here not in cluster.sentences
            and (score := _overlap(words, told)) >= SAME_SENTENCE
        ]
        return max(alike, key=lambda scored: scored[0])[1] if alike else None


def _kind(frame: dict) -> tuple[str, str]:
    return frame["project_type"], frame["country"]


@lru_cache(maxsize=256)
def _words(sentence: str) -> frozenset[str]:
    return frozenset(word for word in fold(sentence).split() if len(word) > 2)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the shorter sentence's words the other has (a dateline or a changed verb barely counts)."""
    shared = len(a & b)
    return shared / min(len(a), len(b)) if shared >= _MIN_SHARED_WORDS else 0.0


def _best_cluster(candidates: dict[Cluster, float], mention: Mention) -> Cluster | None:
    """The project with the highest affinity when it reaches MERGE_SCORE and no other ties; else the only
    project sharing an organisation, unless both have a place or routes of their own; else None (a new
    project).

    `candidates` maps each project that may count to an upper bound of its affinity: they are scored from
    the highest bound down, and scoring stops once no other can change the answer."""
    scores: dict[Cluster, int | None] = {}
    top, leaders = None, 0
    for cluster, bound in sorted(candidates.items(), key=lambda item: -item[1]):
        if bound < MERGE_SCORE or (top is not None and (bound < top or (bound == top and leaders > 1))):
            break
        score = scores[cluster] = affinity(cluster, mention)
        if score is not None and (top is None or score >= top):
            top, leaders = score, (leaders + 1 if score == top else 1)
    if top is not None and top >= MERGE_SCORE and leaders == 1:
        return next(c for c, score in scores.items() if score == top)
    sharing = _sharing(candidates, mention, scores)
    if len(sharing) != 1 or named_apart(sharing[0], mention):
        return None  # 'the Atasu-Alashankou pipeline' is not 'the Beineu-Bozoi-Shymkent pipeline'
    if _has_place(mention.frame) and _cluster_has_place(sharing[0]):
        return None
    return sharing[0]  # the same developer's facility, described with and without its place


def _sharing(
    candidates: Iterable[Cluster], mention: Mention, scores: dict[Cluster, int | None]
) -> list[Cluster]:
    """The projects the mention could be that share an organisation with it (two at most: enough to tell
    whether there is only one)."""
    sharing = []
    for cluster in candidates:
        if cluster.orgs & mention.orgs:
            score = scores[cluster] if cluster in scores else affinity(cluster, mention)
            if score is not None:
                sharing.append(cluster)
                if len(sharing) > 1:
                    break
    return sharing


def _has_place(frame: dict) -> bool:
    return isinstance(frame["region"], str) or isinstance(frame["locality"], str)


def _cluster_has_place(cluster: Cluster) -> bool:
    return bool(cluster.value("region") or cluster.value("locality"))


def project_status(reports: list[dict]) -> tuple[str, date | None]:
    """Status and its date from a project's reports (status, status_basis, published_date).

    The latest dated stated report wins; an undated report wins only when it is further along the
    life cycle. A later 'announced' (an expansion or a look back) never undoes a more advanced stage.
    With no stated report the project is 'announced': it was at least spoken of.
    """
    stated = [r for r in reports if r["status_basis"] == "stated"]
    if not stated:
        return "announced", max((d for r in reports if (d := report_date(r)) is not None), default=None)
    status, when = None, None
    for row in sorted(
        (r for r in stated if report_date(r) is not None),
        key=lambda r: (report_date(r), _strength(r["status"])),
    ):
        if status is None or not (row["status"] == "announced" and STAGE.get(status, 0) > 1):
            status, when = row["status"], report_date(row)
    for row in (r for r in stated if report_date(r) is None):
        if status is None or (STAGE.get(row["status"], 0) > STAGE.get(status, 0) and status in STAGE):
            status, when = row["status"], None
    return status or "announced", when


def _strength(status: str) -> int:
    """Within one report: an ending (cancelled, shelved ...) outranks the life cycle, and the furthest stage
    of the cycle outranks the earlier ones an article recounts."""
    return STAGE.get(status, len(STAGE) + 1)


def report_date(report: dict) -> date | None:
    """The published date of the article a report comes from, if the text gives one."""
    value = report["published_date"]
    return None if value is None or pd.isna(value) else value


@dataclass(frozen=True)
class PreviousIds:
    """Project ids of the last publication, by what a mention or project is (not only by mention id, which
    changes with every edit of its article, since the article id is a hash of the text)."""

    by_mention: dict[str, str] = field(default_factory=dict)  # mention_id
    by_position: dict[tuple, str] = field(default_factory=dict)  # (source_file, mention id less article id)
    by_sentence: dict[tuple, str] = field(default_factory=dict)  # (source_file, evidence, project_type)
    by_project: dict[tuple, str] = field(default_factory=dict)  # (project_type, country, name or locality)

    def votes(self, cluster: Cluster) -> Counter[str]:
        """Earlier ids of the cluster's mentions: same mention id, else same file and place in it, else
        same file, sentence and type; when none, the one earlier project with the same type, country and
        name (or locality)."""
        found = Counter(pid for frame in cluster.frames if (pid := self.mention_vote(frame)))
        if not found:
            keys = [
                key
                for label in ("name", "locality")
                for key in project_keys(
                    cluster.value("project_type"), cluster.value("country"), cluster.value(label)
                )
            ]
            found.update(pid for key in keys if (pid := self.by_project.get(key)))
        return found

    def mention_vote(self, mention: dict) -> str | None:
        return (
            self.by_mention.get(mention["frame_id"])
            or self.by_position.get(
                position_key(mention.get("source_file"), mention.get("article_id"), mention["frame_id"])
            )
            or self.by_sentence.get(
                sentence_key(mention.get("source_file"), mention.get("evidence"), mention.get("project_type"))
            )
        )


def position_key(source_file: object, article_id: object, frame_id: object) -> tuple:
    """Where a mention is in its file: its id without the article id (the part an edit elsewhere keeps)."""
    return (source_file, str(frame_id).removeprefix(str(article_id)))


def sentence_key(source_file: object, evidence: object, project_type: object) -> tuple:
    """A mention by its file, its sentence and its kind (found again when its id changed)."""
    return (source_file, evidence, project_type)


def project_keys(project_type: object, country: object, label: object) -> list[tuple]:
    return [(project_type, country, cached_sound_key(label))] if isinstance(label, str) and label else []


def project_id(cluster: Cluster, previous: PreviousIds, taken: set[str]) -> str:
    """Keep the id its mentions had in the last published warehouse; else one from its first mention."""
    earlier = previous.votes(cluster)
    for candidate, _ in sorted(earlier.items(), key=lambda item: (-item[1], item[0])):
        if candidate not in taken:
            return candidate
    anchor = cluster.frames[0].get("mention_id") or cluster.frames[0]["frame_id"]  # from its evidence
    return "prj_" + hashlib.sha1(anchor.encode("utf-8")).hexdigest()[:12]

"""The published tables, built from the per-article tables of every current article."""

from __future__ import annotations

from typing import Protocol

import pandas as pd

from pipelines.domain.extract.process import PER_ARTICLE_TABLES
from pipelines.domain.reconcile.columns import column_rows, records
from pipelines.domain.reconcile.ids import evidence_ids
from pipelines.domain.reconcile.organisations import OrganisationResolver
from pipelines.domain.reconcile.previous import previous_ids
from pipelines.domain.reconcile.projects import (
    Cluster,
    cluster_mentions,
    project_id,
    project_status,
    report_date,
)
from pipelines.domain.reconcile.review import extraction_issues
from pipelines.domain.reconcile.syndication import first_copies
from pipelines.domain.reference import Reference, project_label, region_changes

PROJECT_COLUMNS = [
    "project_id",
    "name",
    "project_type",
    "status",
    "country",
    "region",
    "region_code",
    "locality",
    "status_date",
]


class Corrector(Protocol):
    """Analysts' corrections that act within reconciliation (`pipelines.domain.correct`)."""

    def organisations_apart(self) -> dict[str, set[str]]:
        """org id -> names (folded) that stand for another body."""
        ...

    def regroup(self, mentions: pd.DataFrame) -> dict[str, str]:
        """root frame id -> project id, given every mention with its reconciled `project_id`."""
        ...


def build_tables(
    per_article: dict[str, pd.DataFrame],
    ref: Reference,
    previous_mentions: pd.DataFrame | None,
    corrector: Corrector | None = None,
) -> dict[str, pd.DataFrame]:
    """Organisations, projects and their facts across all articles (every table but rejected_articles);
    `corrector` may move mentions between projects and keep organisations apart."""
    t = {
        name: per_article[name]
        if name in per_article and set(columns) <= set(per_article[name])
        else _empty(name)
        for name, columns in PER_ARTICLE_TABLES.items()
    }
    first_copy = first_copies(t["parsed_articles"])
    articles = _articles(t["parsed_articles"], first_copy)
    apart = corrector.organisations_apart() if corrector else {}
    resolver = OrganisationResolver(t["org_mentions"], t["org_aliases"], ref, apart)
    frames = _regions_of_towns(_frames(t["project_frames"], articles))
    capacities = t["capacities"].assign(
        capacity_id=evidence_ids("cap_", t["capacities"], ["metric", "value_std"])
    )
    participants = _participants_with_orgs(t["participants"], resolver)
    story_of = {a: first_copy.get(a, a) for a in articles.article_id}
    project_of = _cluster(frames, participants, capacities, story_of, previous_mentions)
    if corrector:
        project_of = corrector.regroup(frames.assign(project_id=frames.root.map(project_of)))
    frames = frames.assign(project_id=frames.root.map(project_of))
    tables = {
        "articles": articles,
        "organisations": resolver.table(t["org_relations"]),
        "projects": _projects(frames, ref),
        "project_mentions": _mentions(frames),
        "project_participants": _project_participants(participants, project_of),
        "capacities": _capacities(capacities, project_of),
        **_investments(t["investments"], t["investment_frames"], resolver, project_of),
        "project_status_history": _status_history(frames),
    }
    tables["extraction_issues"] = extraction_issues(tables, t["unassigned_quantities"], resolver)
    return {name: _typed_when_empty(frame) for name, frame in tables.items()}


def _frames(project_frames: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Every mention with its article's date and file, its root (the article's first mention of its
    project) and its published id (from its evidence)."""
    indexed = articles.set_index("article_id")
    return project_frames.assign(
        published_date=project_frames.article_id.map(indexed["published_date"]),
        source_file=project_frames.article_id.map(indexed["source_file"]),
        root=project_frames.refers_to.where(project_frames.refers_to.notna(), project_frames.frame_id),
        mention_id=evidence_ids("men_", project_frames, ["project_type"]),
    )


def _regions_of_towns(frames: pd.DataFrame) -> pd.DataFrame:
    """A first mention that names only its town takes the region and country of the first later mention
    placing that town ('the Nurota wind project', then 'located in Nurota district, Navoi Region,
    Uzbekistan'): the text's own placing, not a country guessed from the article."""
    placed = frames[frames.refers_to.notna() & frames.region.notna() & frames.locality.notna()]
    first = (
        placed.sort_values("sentence_idx", kind="stable").drop_duplicates("refers_to").set_index("refers_to")
    )
    towns = frames.refers_to.isna() & frames.region.isna() & frames.locality.notna()
    taking = frames.index[towns & (frames.locality == frames.frame_id.map(first["locality"]))]
    if len(taking) == 0:
        return frames
    filled = frames.copy()
    columns = ["country", "region", "region_code"]
    filled.loc[taking, columns] = first.loc[filled.loc[taking, "frame_id"], columns].to_numpy()
    return filled


def _typed_when_empty(frame: pd.DataFrame) -> pd.DataFrame:
    """An empty table keeps text columns as text (pandas makes empty mapped columns float)."""
    if len(frame):
        return frame
    numeric = {"value", "value_std", "amount", "amount_usd", "sentence_idx"}
    return frame.astype({c: object for c in frame.columns if c not in numeric})


def _empty(name: str) -> pd.DataFrame:
    return pd.DataFrame(columns=["article_id", *PER_ARTICLE_TABLES[name]])


def _articles(parsed: pd.DataFrame, first_copy: dict[str, str]) -> pd.DataFrame:
    """The articles, each later copy of a story naming the file of its first copy (`near_duplicate_of`)."""
    columns = ["article_id", "source_file", "title", "published_date", "source", "date_note"]
    files = dict(zip(parsed.article_id, parsed.source_file, strict=True))
    near = parsed.article_id.map(lambda a: files.get(first_copy.get(a))).astype(object)
    out = parsed[columns].assign(near_duplicate_of=near.where(near.notna(), None))
    return out.sort_values("source_file").reset_index(drop=True)


def _participants_with_orgs(participants: pd.DataFrame, resolver: OrganisationResolver) -> pd.DataFrame:
    keys = [resolver.key(a, s) for a, s in zip(participants.article_id, participants.surface, strict=True)]
    known = pd.Series([k in resolver.surfaces for k in keys], index=participants.index, dtype=bool)
    return participants.assign(org_id=[resolver.org_id(k) for k in keys]).loc[known]


def _cluster(
    frames: pd.DataFrame,
    participants: pd.DataFrame,
    capacities: pd.DataFrame,
    story_of: dict[str, str],
    previous_mentions: pd.DataFrame | None,
) -> dict[str, str]:
    """root frame id -> project id."""
    orgs_by_root: dict[str, set[str]] = {}
    for frame_id, org_id in column_rows(participants, "frame_id", "org_id"):
        orgs_by_root.setdefault(frame_id, set()).add(org_id)
    capacities_by_root: dict[str, dict[str, list[float]]] = {}
    for frame_id, metric, value in column_rows(capacities, "frame_id", "metric", "value_std"):
        capacities_by_root.setdefault(frame_id, {}).setdefault(metric, []).append(float(value))
    primaries = _placed_by_references(frames).sort_values(  # file names stay when a text is edited
        ["published_date", "source_file", "sentence_idx"], na_position="last", kind="stable"
    )
    clusters = cluster_mentions(primaries, orgs_by_root, capacities_by_root, story_of)
    previous = previous_ids(previous_mentions, dict(zip(frames.mention_id, frames.frame_id, strict=True)))
    project_of, taken = {}, set()
    for cluster in clusters:
        pid = project_id(cluster, previous, taken)
        taken.add(pid)
        project_of.update({f["frame_id"]: pid for f in cluster.frames})
    return project_of


_PLACE_COLUMNS = ["country", "region", "region_code", "locality"]


def _placed_by_references(frames: pd.DataFrame) -> pd.DataFrame:
    """Each article's first mentions of its projects; one that names no place takes the place the first of
    its later mentions to name one gives ('... a wind project in Kazakhstan.' then 'Location: Yereymentau
    District'), so that it is matched across articles where it stands."""
    primaries = frames[frames.refers_to.isna()]
    placed = frames[frames.refers_to.notna() & (frames.region.notna() | frames.locality.notna())]
    first_place = placed.sort_values("sentence_idx", kind="stable").drop_duplicates("refers_to")
    places = first_place.set_index("refers_to")[_PLACE_COLUMNS]
    unplaced = primaries.region.isna() & primaries.locality.isna() & primaries.frame_id.isin(places.index)
    same_country = primaries.country.isna() | (primaries.country == primaries.frame_id.map(places["country"]))
    taking = primaries.index[unplaced & same_country]
    if len(taking) == 0:
        return primaries
    filled = primaries.copy()
    filled.loc[taking, _PLACE_COLUMNS] = places.loc[filled.loc[taking, "frame_id"], _PLACE_COLUMNS].to_numpy()
    return filled


def _projects(frames: pd.DataFrame, ref: Reference) -> pd.DataFrame:
    groups: dict[str, list[dict]] = {}
    for record in records(frames):
        groups.setdefault(record["project_id"], []).append(record)
    rows = []
    for pid, reports in groups.items():
        cluster = Cluster(frames=reports)
        country = cluster.value("country")
        if country is not None and any(r["country"] != country for r in reports):
            cluster = Cluster(frames=[r for r in reports if r["country"] == country])  # its country's region
        status, when = project_status(reports)
        region = region_as_last_told(region_of(cluster), country, reports, ref)
        rows.append(
            {
                "project_id": pid,
                "name": cluster.value("name") or _generated_name(cluster, ref),
                "project_type": cluster.value("project_type"),
                "status": status,
                "country": country,
                "region": region,
                "region_code": ref.region_code.get((country, region)) if region else None,
                "locality": cluster.value("locality"),
                "status_date": when,
            }
        )
    return pd.DataFrame(rows, columns=PROJECT_COLUMNS)


def region_of(cluster: Cluster) -> str | None:
    """The region the mentions naming the project's town give (Navoi is in Navoi region, whatever another
    mention's paragraph said), else the most common."""
    locality = cluster.value("locality")
    placed = [f for f in cluster.frames if f.get("locality") == locality and isinstance(f.get("region"), str)]
    return Cluster(frames=placed).value("region") if locality and placed else cluster.value("region")


def region_as_last_told(
    region: str | None, country: str | None, reports: list[dict], ref: Reference
) -> str | None:
    """A project told of only before its region was formed is in the region it then belonged to, as its
    readers knew it ('Ayagoz' in 2021: East Kazakhstan, Abai region being formed in June 2022); told of
    after, in the region it is in now."""
    change = region_changes(ref).get((country or "", region or ""))
    told = [d for d in (report_date(r) for r in reports) if d is not None]
    return change[0] if change and told and max(told) < change[1] else region


def _generated_name(cluster: Cluster, ref: Reference) -> str:
    """'Wind farm in Zhanatas' for a facility the text does not name."""
    place = (
        cluster.value("locality")
        or cluster.value("region")
        or ref.country_names.get(cluster.value("country"))
    )
    return project_label(ref, cluster.value("project_type"), place)


def _mentions(frames: pd.DataFrame) -> pd.DataFrame:
    columns = ["project_id", "article_id", "evidence", "mention_id", "sentence_idx", "frame_id"]
    return frames[columns].reset_index(drop=True)


def _status_history(frames: pd.DataFrame) -> pd.DataFrame:
    history = frames.rename(columns={"published_date": "reported_date", "status_basis": "basis"})
    history = history[["project_id", "status", "reported_date", "article_id", "evidence", "basis"]]
    history = history.sort_values("basis", ascending=False, kind="stable")  # stated before default
    return history.drop_duplicates(["project_id", "status", "article_id"]).reset_index(drop=True)


def _project_participants(participants: pd.DataFrame, project_of: dict[str, str]) -> pd.DataFrame:
    out = participants.assign(project_id=participants.frame_id.map(project_of)).dropna(subset=["project_id"])
    specific = set(zip(out.project_id[out.role != "partner"], out.org_id[out.role != "partner"], strict=True))
    vague = pd.Series(
        [
            r == "partner" and (p, o) in specific
            for p, o, r in zip(out.project_id, out.org_id, out.role, strict=True)
        ],
        index=out.index,
        dtype=bool,
    )
    out = out.loc[~vague]
    columns = ["project_id", "org_id", "role", "article_id", "evidence"]
    return out[columns].drop_duplicates(["project_id", "org_id", "role"]).reset_index(drop=True)


def _capacities(capacities: pd.DataFrame, project_of: dict[str, str]) -> pd.DataFrame:
    out = capacities.assign(project_id=capacities.frame_id.map(project_of)).dropna(subset=["project_id"])
    out = out.drop_duplicates(["project_id", "metric", "value_std", "article_id"])
    columns = [
        "capacity_id",
        "project_id",
        "metric",
        "value",
        "unit",
        "value_std",
        "unit_std",
        "qualifier",
        "article_id",
        "evidence",
        "note",
    ]
    return out[columns].astype({"value": float, "value_std": float}).reset_index(drop=True)


_INVESTMENT_COLUMNS = [
    "investment_id",
    "investor_org_id",
    "amount",
    "currency",
    "amount_usd",
    "qualifier",
    "article_id",
    "evidence",
]


def _investments(
    investments: pd.DataFrame, links: pd.DataFrame, resolver: OrganisationResolver, project_of: dict[str, str]
) -> dict[str, pd.DataFrame]:
    """`investments`: the amounts the text gives in US dollars (or converts to them itself), with the projects
    they cover; `unconverted_investments`: the amounts it gives only in another currency, whose `amount_usd`
    is the rate table's estimate, with their projects listed in `project_ids`."""
    from_evidence = evidence_ids("inv_", investments, ["currency", "amount"])
    ids = dict(zip(investments.investment_key, from_evidence, strict=True))
    investor = [
        resolver.org_id(k) if isinstance(s, str) and (k := resolver.key(a, s)) in resolver.surfaces else None
        for a, s in zip(investments.article_id, investments.investor_surface, strict=True)
    ]
    out = investments.assign(investment_id=investments.investment_key.map(ids), investor_org_id=investor)
    out = out[[*_INVESTMENT_COLUMNS, "usd_stated"]].astype({"amount": float, "amount_usd": float})
    covered = links.assign(
        investment_id=links.investment_key.map(ids), project_id=links.frame_id.map(project_of)
    )
    covered = covered[["investment_id", "project_id"]].dropna()
    kept_id = _same_investments(out, covered)
    out = out[out.investment_id.map(kept_id) == out.investment_id].reset_index(drop=True)
    covered = covered.assign(investment_id=covered.investment_id.map(kept_id)).drop_duplicates()
    stated = out.usd_stated.astype(bool)
    unconverted = out[~stated].reset_index(drop=True)
    project_ids = covered.groupby("investment_id").project_id.agg(sorted)
    return {
        "investments": out[stated][_INVESTMENT_COLUMNS].reset_index(drop=True),
        "investment_projects": covered[covered.investment_id.isin(out[stated].investment_id)].reset_index(
            drop=True
        ),
        "unconverted_investments": unconverted[_INVESTMENT_COLUMNS].assign(
            project_ids=[project_ids.get(i, []) for i in unconverted.investment_id]
        ),
    }


def _same_investments(investments: pd.DataFrame, covered: pd.DataFrame) -> dict[str, str]:
    """investment id -> the id kept for it. The same loan told twice (in two sentences or articles) is one
    investment; the same amount 'each' for two plants is two. An amount told with no project joins the
    first one of its investor, currency and amount."""
    projects = covered.groupby("investment_id").project_id.agg(frozenset).to_dict()
    first: dict[tuple, str] = {}
    kept: dict[str, str] = {}
    for row in investments.itertuples():
        base = (None if pd.isna(row.investor_org_id) else row.investor_org_id, row.currency, row.amount)
        covers = projects.get(row.investment_id, frozenset())
        anchor = first.setdefault(base, row.investment_id)
        kept[row.investment_id] = first.setdefault((*base, covers), row.investment_id) if covers else anchor
    return kept

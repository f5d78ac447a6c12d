"""Shared fixtures: temporary ARTICLES_DIR/WAREHOUSE_DIR/DAGSTER_HOME and small valid published tables."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from pipelines.domain.correct.journal import CORRECTIONS_COLUMNS, STALE_COLUMNS
from pipelines.domain.validate.quarantine import QUARANTINE_COLUMNS

EVIDENCE = "China Power built a 100-megawatt wind power plant in Zhanatas."


def make_tables(article_ids: list[str], status: str = "operating") -> dict[str, pd.DataFrame]:
    """A valid set of every published table: one project, capacity and investment per article."""
    n = len(article_ids)
    projects = [f"P{i:04d}" for i in range(n)]
    per_article = {"article_id": article_ids, "evidence": [EVIDENCE] * n}
    return {
        "articles": pd.DataFrame(
            {
                "article_id": article_ids,
                "source_file": [f"{i:03d} news.txt" for i in range(n)],
                "title": [f"Wind farm {i}" for i in range(n)],
                "published_date": [dt.date(2024, 1, 1) + dt.timedelta(days=i) for i in range(n)],
                "source": ["Astana Times"] * n,
                "date_note": [None] * n,
                "near_duplicate_of": [None] * n,
            }
        ),
        "organisations": pd.DataFrame(
            {
                "org_id": ["O1", "O2"],
                "name": ["China Power", "Samruk-Kazyna"],
                "aliases": [["China Power", "CPIH"], ["Samruk-Kazyna"]],
                "country": ["CN", "KZ"],
                "kind": ["company", "fund"],
                "parent_org_id": [None, None],
            }
        ),
        "projects": pd.DataFrame(
            {
                "project_id": projects,
                "name": [f"Zhanatas wind farm {i}" for i in range(n)],
                "project_type": ["wind"] * n,
                "status": [status] * n,
                "country": ["KZ"] * n,
                "region": ["Zhambyl"] * n,
                "region_code": ["KZ-31"] * n,
                "locality": ["Zhanatas"] * n,
                "status_date": [dt.date(2024, 3, 29)] * n,
            }
        ),
        "project_mentions": pd.DataFrame(
            {
                "mention_id": [f"M{i}" for i in range(n)],
                "project_id": projects,
                **per_article,
                "sentence_idx": [2] * n,
            }
        ),
        "project_participants": pd.DataFrame(
            {
                "project_id": projects,
                "org_id": ["O1"] * n,
                "role": ["developer"] * n,
                **per_article,
            }
        ),
        "capacities": pd.DataFrame(
            {
                "capacity_id": [f"C{i}" for i in range(n)],
                "project_id": projects,
                "metric": ["installed_power"] * n,
                "value": [100.0] * n,
                "unit": ["megawatt"] * n,
                "value_std": [100.0] * n,
                "unit_std": ["MW"] * n,
                "qualifier": ["exact"] * n,
                **per_article,
                "note": [None] * n,
            }
        ),
        "investments": pd.DataFrame(
            {
                "investment_id": [f"I{i}" for i in range(n)],
                "investor_org_id": ["O1"] * n,
                "amount": [1e9] * n,
                "currency": ["USD"] * n,
                "amount_usd": [1e9] * n,
                "qualifier": ["over"] * n,
                **per_article,
            }
        ),
        "investment_projects": pd.DataFrame(
            {
                "investment_id": [f"I{i}" for i in range(n)],
                "project_id": projects,
            }
        ),
        "unconverted_investments": pd.DataFrame(
            {
                "investment_id": [f"U{i}" for i in range(n)],
                "investor_org_id": ["O2"] * n,
                "amount": [48e9] * n,
                "currency": ["KZT"] * n,
                "amount_usd": [1.02e8] * n,
                "qualifier": ["approx"] * n,
                **per_article,
                "project_ids": [[p] for p in projects],
            }
        ),
        "project_status_history": pd.DataFrame(
            {
                "project_id": projects,
                "status": [status] * n,
                "reported_date": [dt.date(2024, 3, 29)] * n,
                **per_article,
            }
        ),
        "extraction_issues": pd.DataFrame(
            {
                "issue_type": ["unknown_organisation"],
                "article_id": article_ids[:1] or [None],
                "subject": ["Liu Mingsheng"],
                "detail": ["person, not an organisation"],
                "evidence": [None],
            }
        ),
        "rejected_articles": pd.DataFrame(
            {
                "source_file": ["notes.pdf"],
                "reason": ["not a '.txt' file"],
                "duplicate_of": [None],
            }
        ),
        "quarantined_rows": pd.DataFrame(columns=QUARANTINE_COLUMNS, dtype=object),
        "corrections": pd.DataFrame(columns=CORRECTIONS_COLUMNS, dtype=object),
        "stale_corrections": pd.DataFrame(columns=STALE_COLUMNS, dtype=object),
    }


@pytest.fixture
def tables() -> dict[str, pd.DataFrame]:
    return make_tables(["0123456789abcdef", "fedcba9876543210"])


@pytest.fixture
def env_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    """Empty ARTICLES_DIR, WAREHOUSE_DIR and DAGSTER_HOME under tmp_path, exported to the environment."""
    paths = {"ARTICLES_DIR": "articles", "WAREHOUSE_DIR": "warehouse", "DAGSTER_HOME": "dagster_home"}
    for variable, folder in paths.items():
        (tmp_path / folder).mkdir()
        monkeypatch.setenv(variable, str(tmp_path / folder))
    return SimpleNamespace(**{folder: tmp_path / folder for folder in paths.values()})


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory: pytest.TempPathFactory) -> SimpleNamespace:
    """`make run` over seeds/articles/ (the whole graph, once per test session): its summary and the
    WAREHOUSE_DIR it published."""
    import dagster as dg

    from pipelines.run import run_ingest_job
    from pipelines.settings import DEFAULT_ARTICLES_DIR

    warehouse = tmp_path_factory.mktemp("seeds") / "warehouse"
    with pytest.MonkeyPatch.context() as patch, dg.DagsterInstance.ephemeral() as instance:
        patch.setenv("ARTICLES_DIR", str(DEFAULT_ARTICLES_DIR))
        patch.setenv("WAREHOUSE_DIR", str(warehouse))
        summary = run_ingest_job(instance)
    assert summary.success and not summary.checks_failed
    return SimpleNamespace(summary=summary, warehouse=warehouse)


@pytest.fixture(scope="session")
def published_seeds(seed_run: SimpleNamespace) -> Path:
    return seed_run.warehouse


@pytest.fixture(scope="session")
def ref():
    """The reference data under seeds/reference, loaded once."""
    from pipelines.domain.reference import load_reference

    return load_reference()


def fake_process_article(
    article_id: str, source_file: str, text: str, ref: object
) -> dict[str, pd.DataFrame]:
    """Stands in for `read_article` (with `budget.concat_tables` for `tables_of`): one `articles` row per
    article."""
    return {"articles": pd.DataFrame({"article_id": [article_id], "source_file": [source_file]})}


def fake_reconciled_tables(per_article: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Stands in for `build_tables`: valid tables with one project per article, under its file name."""
    tables = make_tables(per_article["articles"]["article_id"].tolist())
    tables["articles"]["source_file"] = per_article["articles"]["source_file"].to_numpy()
    for name in ("rejected_articles", "quarantined_rows", "corrections", "stale_corrections"):
        del tables[name]
    return tables


@pytest.fixture
def fake_extraction(monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    """Stand-ins for the extraction (process, reconcile, reference); `build_tables` output can be altered."""
    from pipelines.domain import reconcile, reference
    from pipelines.domain.extract import process
    from pipelines.domain.extract.budget import concat_tables

    state = SimpleNamespace(previous_mentions=[], build_tables=None)

    def build_tables(
        per_article: dict, ref: object, previous_mentions: pd.DataFrame | None, corrector: object = None
    ) -> dict:
        state.previous_mentions.append(previous_mentions)
        return (state.build_tables or (lambda t: t))(fake_reconciled_tables(per_article))

    monkeypatch.setattr(process, "read_article", fake_process_article)
    monkeypatch.setattr(process, "tables_of", concat_tables)
    monkeypatch.setattr(reconcile, "build_tables", build_tables)
    monkeypatch.setattr(reference, "load_reference", lambda path: None)
    return state

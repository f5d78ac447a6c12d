"""Cache: only new or changed articles are processed; rows of gone articles are dropped."""

from __future__ import annotations

import os
import tempfile
import weakref
from pathlib import Path

import pandas as pd
import pytest

from pipelines.domain.extract import cache
from pipelines.domain.ingest.scan import scan_articles

TEXT = "The {0} wind farm in the Zhambyl region was built by China Power, and it is one of the largest.\n"


class CountingProcess:
    """Stands in for `process_article`: two tables per article, and a record of what it processed
    (in a file: extraction runs in a forked worker process)."""

    def __init__(self) -> None:
        descriptor, name = tempfile.mkstemp(prefix="counting-process-", suffix=".log")
        os.close(descriptor)
        self.log = Path(name)
        weakref.finalize(self, self.log.unlink, missing_ok=True)

    @property
    def seen(self) -> list[str]:
        return self.log.read_text(encoding="utf-8").splitlines()

    def __call__(self, article_id: str, source_file: str, text: str) -> dict[str, pd.DataFrame]:
        with self.log.open("a", encoding="utf-8") as log:
            log.write(source_file + "\n")
        words = text.split()
        return {
            "facts": pd.DataFrame(
                {"article_id": [article_id], "source_file": [source_file], "words": [len(words)]}
            ),
            "tokens": pd.DataFrame({"article_id": article_id, "token": words[:3], "position": range(3)}),
        }


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("alpha", "beta"):
        (articles / f"{name}.txt").write_text(TEXT.format(name), encoding="utf-8")
    return articles, tmp_path / "_cache"


def refresh(
    articles: Path, cache_dir: Path, process: CountingProcess, fingerprint: str = "v1"
) -> cache.CacheResult:
    accepted = scan_articles(articles, 100_000).accepted
    return cache.refresh(cache_dir, accepted, process, fingerprint)


def test_second_run_processes_nothing_and_returns_the_same_tables(folders: tuple[Path, Path]) -> None:
    articles, cache_dir = folders
    first_process, second_process = CountingProcess(), CountingProcess()
    first = refresh(articles, cache_dir, first_process)
    second = refresh(articles, cache_dir, second_process)
    assert sorted(first_process.seen) == ["alpha.txt", "beta.txt"]
    assert (len(first.processed), len(second.processed), len(second.reused)) == (2, 0, 2)
    assert second_process.seen == []
    assert set(second.tables) == {"facts", "tokens"}
    for name in first.tables:
        pd.testing.assert_frame_equal(second.tables[name], first.tables[name])
    assert second.tables["facts"]["words"].tolist() == [20, 20]


def test_edited_article_is_reprocessed_and_its_old_rows_replaced(folders: tuple[Path, Path]) -> None:
    articles, cache_dir = folders
    old = refresh(articles, cache_dir, CountingProcess())
    (articles / "beta.txt").write_text(TEXT.format("gamma") + "It opened in 2024.", encoding="utf-8")
    process = CountingProcess()
    new = refresh(articles, cache_dir, process)
    assert process.seen == ["beta.txt"]
    facts = new.tables["facts"].set_index("source_file")
    assert facts.loc["beta.txt", "words"] == 24
    assert len(new.tables["facts"]) == 2 and len(new.tables["tokens"]) == 6
    old_beta = old.tables["facts"].set_index("source_file").loc["beta.txt", "article_id"]
    assert old_beta not in set(new.tables["tokens"]["article_id"])


def test_whitespace_edit_keeps_the_id_but_replaces_rows(folders: tuple[Path, Path]) -> None:
    articles, cache_dir = folders
    refresh(articles, cache_dir, CountingProcess())
    (articles / "alpha.txt").write_text(TEXT.format("alpha").replace(" ", "  "), encoding="utf-8")
    process = CountingProcess()
    result = refresh(articles, cache_dir, process)
    assert process.seen == ["alpha.txt"]
    assert result.tables["facts"]["article_id"].is_unique
    assert len(result.tables["tokens"]) == 6


def test_removed_article_rows_are_dropped(folders: tuple[Path, Path]) -> None:
    articles, cache_dir = folders
    refresh(articles, cache_dir, CountingProcess())
    (articles / "alpha.txt").unlink()
    process = CountingProcess()
    result = refresh(articles, cache_dir, process)
    assert process.seen == []
    assert result.tables["facts"]["source_file"].tolist() == ["beta.txt"]
    assert cache.load(cache_dir).manifest["source_file"].tolist() == ["beta.txt"]


def test_fingerprint_change_reprocesses_everything(folders: tuple[Path, Path]) -> None:
    articles, cache_dir = folders
    refresh(articles, cache_dir, CountingProcess(), fingerprint="v1")
    process = CountingProcess()
    result = refresh(articles, cache_dir, process, fingerprint="v2")
    assert sorted(process.seen) == ["alpha.txt", "beta.txt"]
    assert len(result.tables["facts"]) == 2
    assert set(cache.load(cache_dir).manifest["fingerprint"]) == {"v2"}


def test_cache_files_do_not_grow_with_articles(folders: tuple[Path, Path]) -> None:
    articles, cache_dir = folders
    for i in range(30):
        (articles / f"extra{i}.txt").write_text(TEXT.format(f"extra {i}"), encoding="utf-8")
    refresh(articles, cache_dir, CountingProcess())
    refresh(articles, cache_dir, CountingProcess())
    assert sorted(p.name.split(".")[0] for p in cache_dir.glob("*.parquet")) == [
        "_manifest",
        "facts",
        "tokens",
    ]


def test_failed_save_keeps_the_previous_generation(
    folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    articles, cache_dir = folders
    before = refresh(articles, cache_dir, CountingProcess())
    (articles / "alpha.txt").unlink()

    def crash(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(cache, "atomic_write_text", crash)
    with pytest.raises(OSError, match="disk full"):
        refresh(articles, cache_dir, CountingProcess())
    loaded = cache.load(cache_dir)
    pd.testing.assert_frame_equal(loaded.tables["facts"], before.tables["facts"])
    assert sorted(loaded.manifest["source_file"]) == ["alpha.txt", "beta.txt"]


def test_unreadable_cache_counts_as_empty(folders: tuple[Path, Path]) -> None:
    articles, cache_dir = folders
    refresh(articles, cache_dir, CountingProcess())
    (cache_dir / "CURRENT").write_text("{not json", encoding="utf-8")
    process = CountingProcess()
    refresh(articles, cache_dir, process)
    assert sorted(process.seen) == ["alpha.txt", "beta.txt"]


def test_fingerprint_covers_extraction_code_and_reference_not_platform_code(tmp_path: Path) -> None:
    domain, reference = tmp_path / "domain", tmp_path / "reference"
    code = domain / "extract"
    code.mkdir(parents=True)
    reference.mkdir()
    for name in ("text.py", "reference.py"):
        (domain / name).write_text("S = 1\n")
    (code / "reader.py").write_text("X = 1\n")
    (code / "cache.py").write_text("C = 1\n")
    (domain / "publish").mkdir()
    (domain / "publish" / "warehouse.py").write_text("Y = 1\n")
    (reference / "regions.csv").write_text("name\nZhambyl\n")
    base = cache.extractor_fingerprint(code, reference)
    (domain / "publish" / "warehouse.py").write_text("Y = 2\n")
    (code / "cache.py").write_text("C = 2\n")
    assert cache.extractor_fingerprint(code, reference) == base
    (code / "reader.py").write_text("X = 2\n")
    after_code = cache.extractor_fingerprint(code, reference)
    assert after_code != base
    (code / "linkers").mkdir()
    (code / "linkers" / "places.py").write_text("U = 1\n")
    assert cache.extractor_fingerprint(code, reference) != after_code
    (code / "linkers" / "places.py").unlink()
    (domain / "reference.py").write_text("S = 2\n")
    assert cache.extractor_fingerprint(code, reference) != after_code
    (domain / "reference.py").write_text("S = 1\n")
    (reference / "regions.csv").write_text("name\nZhambyl\nAbai\n")
    assert cache.extractor_fingerprint(code, reference) != after_code


def test_an_article_the_extractor_fails_on_is_set_aside_and_retried(tmp_path):
    """One article raising does not stop the others; it is listed with the error and processed again later."""
    import pandas as pd

    from pipelines.domain.extract import cache

    articles = pd.DataFrame(
        {
            "article_id": ["a" * 16, "b" * 16],
            "source_file": ["good.txt", "bad.txt"],
            "text": ["fine", "boom"],
            "content_hash": ["h1", "h2"],
        }
    )

    def process(article_id: str, source_file: str, text: str) -> dict[str, pd.DataFrame]:
        if text == "boom":
            raise ValueError("unexpected layout")
        return {"rows": pd.DataFrame({"article_id": [article_id], "value": [1]})}

    first = cache.refresh(tmp_path, articles, process, "fp")
    assert first.processed == ["a" * 16]
    assert first.failed.source_file.tolist() == ["bad.txt"]
    assert "ValueError: unexpected layout" in first.failed.reason.iloc[0]
    assert first.tables["rows"].article_id.tolist() == ["a" * 16]
    second = cache.refresh(tmp_path, articles, process, "fp")
    assert (second.processed, second.reused) == ([], ["a" * 16])  # the failed one is tried again
    assert second.failed.source_file.tolist() == ["bad.txt"]
    rejected = cache.with_failures(
        pd.DataFrame(columns=["source_file", "reason", "duplicate_of"]), second.failed
    )
    assert rejected.source_file.tolist() == ["bad.txt"]


def test_rows_come_in_file_order_whatever_the_cache_history(folders: tuple[Path, Path]) -> None:
    """Reconciliation keeps the first of equal facts, so its input order must not depend on which
    articles were cached and which extracted now (a chaos run differed from a clean one there)."""
    articles, cache_dir = folders
    refresh(articles, cache_dir, CountingProcess())  # alpha and beta cached
    (articles / "aaron.txt").write_text(TEXT.format("aaron"), encoding="utf-8")  # first in file order
    mixed = refresh(articles, cache_dir, CountingProcess())
    clean = refresh(articles, cache_dir.with_name("clean_cache"), CountingProcess())
    assert mixed.tables["facts"]["source_file"].tolist() == ["aaron.txt", "alpha.txt", "beta.txt"]
    for name in clean.tables:
        pd.testing.assert_frame_equal(mixed.tables[name], clean.tables[name])

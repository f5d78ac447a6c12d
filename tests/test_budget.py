"""Per-article budget: a slow, huge or crashing article is set aside with its reason; the others go on,
and finished work survives a run that dies later."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from pipelines.domain.extract import cache
from pipelines.domain.extract.budget import Budget
from pipelines.settings import REPO_ROOT
from tests.test_cache import CountingProcess

BUDGET = Budget(seconds=2.0, max_chars=1_000)


def articles(texts: dict[str, str]) -> pd.DataFrame:
    """An accepted-articles frame: one row per file name, id and hash from the text."""
    rows = [
        {
            "article_id": f"{abs(hash(text)):016x}"[:16],
            "source_file": name,
            "text": text,
            "content_hash": text,
        }
        for name, text in texts.items()
    ]
    return pd.DataFrame(rows)


class Hostile(CountingProcess):
    """Hangs on 'slow', kills its own process on 'crash', otherwise counts like CountingProcess."""

    def __call__(self, article_id: str, source_file: str, text: str) -> dict[str, pd.DataFrame]:
        result = super().__call__(article_id, source_file, text)
        if text.startswith("slow"):
            time.sleep(600)
        if text.startswith("crash"):
            os._exit(1)
        return result


def reasons(result: cache.CacheResult) -> dict[str, str]:
    return dict(zip(result.failed["source_file"], result.failed["reason"], strict=True))


def test_an_article_over_its_time_budget_is_set_aside_and_not_retried(tmp_path: Path) -> None:
    """Issue 8, item 4: a long article no longer stalls every run."""
    batch = articles({"a.txt": "a fine article", "slow.txt": "slow long text", "c.txt": "one more article"})
    process = Hostile()
    first = cache.refresh(tmp_path, batch, process, "fp", BUDGET)
    assert sorted(first.processed) == sorted(batch.loc[[0, 2], "article_id"])
    assert reasons(first)["slow.txt"].startswith("extraction took longer than the budget of 2 s per article")
    assert sorted(first.tables["facts"]["source_file"]) == ["a.txt", "c.txt"]

    again = Hostile()
    second = cache.refresh(tmp_path, batch, again, "fp", BUDGET)
    assert again.seen == []  # the verdict is remembered: no second stall
    assert (second.processed, sorted(second.reused)) == ([], sorted(first.processed))
    assert reasons(second) == reasons(first)

    changed = Hostile()
    cache.refresh(tmp_path, batch, changed, "fp2", BUDGET)  # the extractor changed: everything again
    assert sorted(changed.seen) == ["a.txt", "c.txt", "slow.txt"]


def test_an_article_over_its_size_budget_is_never_extracted(tmp_path: Path) -> None:
    process = Hostile()
    result = cache.refresh(
        tmp_path, articles({"big.txt": "x" * 5_000, "ok.txt": "a fine article"}), process, "fp", BUDGET
    )
    assert process.seen == ["ok.txt"]
    assert reasons(result)["big.txt"] == (
        "too long to extract: 5,000 characters, the budget is 1,000 per article "
        "(news articles are a few thousand); split it into separate articles"
    )


def test_a_crashing_extraction_is_set_aside_and_retried(tmp_path: Path) -> None:
    batch = articles({"a.txt": "fine article here", "crash.txt": "crash right now", "z.txt": "fine one too"})
    first = cache.refresh(tmp_path, batch, Hostile(), "fp", BUDGET)
    assert sorted(first.tables["facts"]["source_file"]) == ["a.txt", "z.txt"]
    assert "the extraction process died" in reasons(first)["crash.txt"]
    again = Hostile()
    cache.refresh(tmp_path, batch, again, "fp", BUDGET)
    assert again.seen == ["crash.txt"]  # crashes are retried; finished articles are not


def test_finished_articles_survive_a_failure_after_extraction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    batch = articles({"a.txt": "a fine article", "b.txt": "another fine article"})

    def disk_full(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(cache, "save", disk_full)
    with pytest.raises(OSError):
        cache.refresh(tmp_path, batch, Hostile(), "fp", BUDGET)
    monkeypatch.undo()
    again = Hostile()
    result = cache.refresh(tmp_path, batch, again, "fp", BUDGET)
    assert again.seen == [] and sorted(result.reused) == sorted(batch["article_id"])
    assert sorted(result.tables["facts"]["source_file"]) == ["a.txt", "b.txt"]
    assert not list((tmp_path / "pending").iterdir())  # committed into a generation, then removed


def numbered(n: int) -> pd.DataFrame:
    """n articles with the same short text, told apart by id, file name and hash."""
    return pd.DataFrame(
        {
            "article_id": [f"{i:016x}" for i in range(n)],
            "source_file": [f"{i}.txt" for i in range(n)],
            "text": ["some article text"] * n,
            "content_hash": [str(i) for i in range(n)],
        }
    )


KILLED_RUN = r"""
import sys, time
from pathlib import Path
import pandas as pd
from pipelines.domain.extract import cache
from pipelines.domain.extract.budget import Budget
from tests.test_budget import numbered
cache_dir, n = Path(sys.argv[1]), int(sys.argv[2])
batch = numbered(n)
def slow(article_id, source_file, text):
    time.sleep(0.3)
    return {"facts": pd.DataFrame({"article_id": [article_id], "source_file": [source_file]})}
cache.refresh(cache_dir, batch, slow, "fp", Budget(seconds=30, max_chars=100))
"""


def test_a_run_killed_during_extraction_keeps_the_articles_it_finished(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    run = subprocess.Popen([sys.executable, "-c", KILLED_RUN, str(tmp_path), "40"], env=env)
    deadline = time.time() + 120
    while len(list((tmp_path / "pending").glob("*.pickle"))) < 3:
        assert run.poll() is None and time.time() < deadline
        time.sleep(0.05)
    run.send_signal(signal.SIGKILL)
    run.wait(timeout=30)
    finished = set(cache.load(tmp_path).manifest["article_id"])  # what the pending chunks hold
    batch = numbered(40)
    process = Hostile()
    result = cache.refresh(tmp_path, batch, process, "fp", BUDGET)
    assert finished <= set(result.reused) and len(finished) >= 3
    assert len(process.seen) == 40 - len(finished)
    assert sorted(result.tables["facts"]["article_id"]) == sorted(batch["article_id"])

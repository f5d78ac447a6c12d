"""`make bench`: the pipeline's speed and memory on two corpora of N articles, as whole processes.

For each corpus (`bench/corpora.py`: `repeated`, real-style news where stories repeat, and `new`, every
article a new story): spaCy's blank tokenizer and sentencizer over the same files, then `make run`
(`python -m pipelines.run`, fresh ARTICLES_DIR, WAREHOUSE_DIR and DAGSTER_HOME) cold, warm (nothing new)
and with one more article; a cold run over N/4 and its warm re-run; a cold run over 25 articles. Then
the syndication check: 25 stories, and the same 25 with four syndicated copies of each. Prints every
run, then the ratios of the issue's table. The runs of one corpus follow each other, so a busy machine
shifts them alike: quote the ratios.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench import corpora
from bench.measure import Measured, pipeline_run, spacy_run
from pipelines.settings import REPO_ROOT

DAGSTER_YAML = (
    "concurrency:\n  runs:\n    max_concurrent_runs: 1\ntelemetry:\n  enabled: false\n"  # as make's
)
SMALL_RUN = 25  # articles in the run "from nothing" one new article is compared with
COPIES = 4  # syndicated copies per story in the syndication check


@dataclass
class Workspace:
    """Fresh folders for one series of runs over one growing set of articles."""

    root: Path

    def __post_init__(self) -> None:
        for folder in ("articles", "warehouse", "dagster_home"):
            (self.root / folder).mkdir(parents=True)
        (self.root / "dagster_home" / "dagster.yaml").write_text(DAGSTER_YAML, encoding="utf-8")

    @property
    def articles(self) -> Path:
        return self.root / "articles"

    @property
    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "PYTHONPATH": str(REPO_ROOT),
            "ARTICLES_DIR": str(self.articles),
            "WAREHOUSE_DIR": str(self.root / "warehouse"),
            "DAGSTER_HOME": str(self.root / "dagster_home"),
        }


def report(label: str, run: Measured, articles: int) -> Measured:
    rate = articles / run.seconds if run.seconds else 0
    print(
        f"  {label:<28} {run.seconds:7.1f} s  {rate:6.0f} articles/s  {run.cores:4.2f} cores  "
        f"peak {run.peak_mib:6.0f} MiB  {projects(run)} projects"
        + ("" if run.code == 0 else f"  EXIT {run.code}")
    )
    return run


def projects(run: Measured) -> str:
    """The projects row of the run's summary."""
    return next(
        (line.split()[-1] for line in run.output.splitlines() if line.split()[:1] == ["projects"]), "?"
    )


def bench_corpus(corpus: str, n: int, tmp: Path) -> dict[str, Measured]:
    """Every run of one corpus; returns them by label."""
    runs: dict[str, Measured] = {}
    full = Workspace(tmp / corpus / "full")
    size = corpora.write(corpus, full.articles, n)
    print(f"\n{corpus}: {n} articles, {size / 1e6:.1f} MB")
    runs["spacy"] = report("spaCy tokenizer+sentencizer", spacy_run(full.articles, full.env), n)
    runs["cold"] = report("cold", pipeline_run(full.env), n)
    runs["warm"] = report("warm (nothing new)", pipeline_run(full.env), n)
    corpora.write(corpus, full.articles, 1, start=n)
    runs["plus_one"] = report(f"+1 article on {n}", pipeline_run(full.env), n + 1)
    quarter = Workspace(tmp / corpus / "quarter")
    corpora.write(corpus, quarter.articles, n // 4)
    runs["quarter_cold"] = report(f"cold, {n // 4} articles", pipeline_run(quarter.env), n // 4)
    runs["quarter_warm"] = report(f"warm, {n // 4} articles", pipeline_run(quarter.env), n // 4)
    small = Workspace(tmp / corpus / "small")
    corpora.write(corpus, small.articles, SMALL_RUN)
    runs["small"] = report(f"cold, {SMALL_RUN} articles", pipeline_run(small.env), SMALL_RUN)
    return runs


def syndication_check(tmp: Path) -> tuple[str, str]:
    """Projects from 25 stories, and from the same 25 with four syndicated copies of each."""
    originals, copies = Workspace(tmp / "stories"), Workspace(tmp / "copies")
    corpora.write("repeated", originals.articles, SMALL_RUN, stories=SMALL_RUN)
    corpora.write("repeated", copies.articles, SMALL_RUN * (1 + COPIES), stories=SMALL_RUN)
    print(f"\nsyndication: {SMALL_RUN} stories, then with {COPIES} copies of each")
    alone = report(f"{SMALL_RUN} stories", pipeline_run(originals.env), SMALL_RUN)
    copied = report(f"with {COPIES} copies each", pipeline_run(copies.env), SMALL_RUN * (1 + COPIES))
    return projects(alone), projects(copied)


def ratios(corpus: str, runs: dict[str, Measured], n: int) -> list[str]:
    """The issue's table, measured: (measure, value, goal) as markdown rows."""
    cold, plus, warm = runs["cold"], runs["plus_one"], runs["warm"]
    return [
        f"| {corpus}: cold run over {n} articles ÷ spaCy blank tokenizer + sentencizer | "
        f"{_ratio(cold, runs['spacy'])} | ≤ 3× |",
        f"| {corpus}: one new article on {n} published ÷ a run over {SMALL_RUN} articles from nothing | "
        f"{_ratio(plus, runs['small'])} | ≤ 1.25× |",
        f"| {corpus}: warm re-run, {n} articles ÷ {n // 4} | {_ratio(warm, runs['quarter_warm'])} | ≤ 5× |",
        f"| {corpus}: cores used, cold run | **{cold.cores:.1f}** of {os.cpu_count()} | all |",
        f"| {corpus}: peak memory, cold run over {n} articles | **{cold.peak_mib:.0f} MiB** | < 1 GiB |",
    ]


def _ratio(run: Measured, base: Measured) -> str:
    return f"{run.seconds:.1f} s ÷ {base.seconds:.1f} s = **{run.seconds / base.seconds:.2f}×**"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--corpora", default="repeated,new", help="comma-separated: repeated, new")
    args = parser.parse_args()
    rows, codes = [], []
    with tempfile.TemporaryDirectory(prefix="energy-bench-") as tmp:
        for corpus in args.corpora.split(","):
            runs = bench_corpus(corpus, args.articles, Path(tmp))
            rows += ratios(corpus, runs, args.articles)
            codes += [run.code for run in runs.values()]
        alone, copied = syndication_check(Path(tmp))
    rows.append(
        f"| {COPIES} syndicated copies of {SMALL_RUN} articles: projects | {copied} (originals: {alone}) |"
    )
    print("\n| measure | now | goal |\n| --- | --- | --- |\n" + "\n".join(rows))
    return max(codes)


if __name__ == "__main__":
    sys.exit(main())

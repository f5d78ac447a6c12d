"""`make bench`: generate N synthetic articles, run the pipeline cold then warm, report time and memory.

Articles recombine the seed articles' sentences with other numbers and places. Each run is a separate
`python -m pipelines.run` process (fresh temp ARTICLES_DIR, WAREHOUSE_DIR and DAGSTER_HOME); its peak
RSS comes from `os.wait4`, so the two runs are measured independently.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipelines.domain.validate.schemas import KZ_REGIONS
from pipelines.settings import DEFAULT_ARTICLES_DIR, REPO_ROOT

SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
NUMBER = re.compile(r"\b\d+(?:[.,]\d+)?\b")
REGION = re.compile("|".join(sorted(map(re.escape, KZ_REGIONS), key=len, reverse=True)))


def seed_sentences(seed_dir: Path) -> list[str]:
    text = " ".join(path.read_text(encoding="utf-8") for path in sorted(seed_dir.glob("*.txt")))
    return [s.strip() for s in SENTENCE_END.split(" ".join(text.split())) if len(s.split()) >= 6]


def vary(sentence: str, rng: random.Random) -> str:
    sentence = NUMBER.sub(
        lambda _: str(rng.choice([rng.randint(2, 999), round(rng.uniform(1, 99), 1)])), sentence
    )
    return REGION.sub(lambda _: rng.choice(KZ_REGIONS), sentence)


def synthetic_article(pool: list[str], rng: random.Random) -> str:
    day = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    body = [vary(s, rng) for s in rng.sample(pool, k=rng.randint(8, 20))]
    paragraphs = ["\n".join(body[i : i + 3]) for i in range(0, len(body), 3)]
    return f"{vary(rng.choice(pool), rng)}\n\n date {day} ASTANA – " + "\n\n".join(paragraphs) + "\n"


def generate(n: int, out_dir: Path, seed: int = 7) -> int:
    """Write `n` articles to `out_dir`; returns their total size in bytes."""
    rng, pool = random.Random(seed), seed_sentences(DEFAULT_ARTICLES_DIR)
    size = 0
    for i in range(n):
        size += (out_dir / f"synthetic_{i:05d}.txt").write_text(
            synthetic_article(pool, rng), encoding="utf-8"
        )
    return size


def timed_run(env: dict[str, str]) -> tuple[float, float, int, str]:
    """Wall seconds, peak RSS (MiB), exit code and output of one `python -m pipelines.run`."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "pipelines.run"], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    output = process.stdout.read().decode()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, process.returncode, output


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="energy-bench-") as tmp:
        root = Path(tmp)
        for folder in ("articles", "warehouse", "dagster_home"):
            (root / folder).mkdir()
        size = generate(args.articles, root / "articles")
        print(f"{args.articles} synthetic articles, {size / 1e6:.1f} MB, in {root / 'articles'}")
        env = {
            **os.environ,
            "PYTHONPATH": str(REPO_ROOT),
            "ARTICLES_DIR": str(root / "articles"),
            "WAREHOUSE_DIR": str(root / "warehouse"),
            "DAGSTER_HOME": str(root / "dagster_home"),
        }
        codes = []
        for label in ("cold", "warm (nothing new)"):
            seconds, rss, code, output = timed_run(env)
            codes.append(code)
            rate = args.articles / seconds
            print(f"\n{label}: {seconds:.1f} s wall, {rate:.0f} articles/s, peak RSS {rss:.0f} MiB")
            print("  " + output.strip().replace("\n", "\n  "))
    return max(codes)


if __name__ == "__main__":
    sys.exit(main())

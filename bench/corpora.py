"""Bench corpora, written as `.txt` files, all made from the real-style articles the repo ships (the seeds
and the test sets rewritten from real news), so extraction meets the prose it is built for.

- `repeated`: real-style news where stories repeat. Article i tells story i mod `stories` (the first
  `stories` base articles); every copy after the first is syndicated: another outlet and headline, a
  byline or a last line added, a few words changed, another date. Reconciliation should find as many
  projects as in the first copies alone.
- `new`: every article a new story. Article i is base article i mod 68 with its towns, regions and
  numbers replaced, consistently within the article, by others drawn at random, and another date: new
  projects in new places with new sizes, as a stream of distinct news would bring.
- `recombined` (the chaos test's corpus; the earlier bench's): seed sentences shuffled into articles with
  random numbers and regions, so one plant is told with many sizes in many regions. It stresses edge
  cases, and reconciliation, far beyond what news does.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from pipelines.domain.reference import split_variants
from pipelines.domain.validate.schemas import KZ_REGIONS
from pipelines.settings import DEFAULT_ARTICLES_DIR, REFERENCE_DIR, REPO_ROOT

BASE_DIRS = (
    DEFAULT_ARTICLES_DIR,
    *(REPO_ROOT / "tests" / "fixtures" / name for name in ("articles", "holdout", "dev/articles")),
)
OUTLETS = ("Kazinform", "Xinhua", "Trend", "The Astana Times", "Interfax-Kazakhstan", "Kapital.kz", "CGTN")
SWAPS = (("said", "stated"), ("will", "is to"), ("project", "scheme"), ("announced", "reported"))
LAST_LINES = ("Read more on our website.", "Follow us for updates.", "All rights reserved.")
_HEADER = re.compile(r"\A(?:[a-z_]+: .*\n)+\n")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_ANY_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)?\b")
_KZ_REGION = re.compile("|".join(sorted(map(re.escape, KZ_REGIONS), key=len, reverse=True)))
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w,])|(?<![\w.,])\d+(?:\.\d+)?(?![\w.,])")


def base_articles() -> list[str]:
    """The real-style articles every corpus is made from, in a fixed order."""
    return [path.read_text(encoding="utf-8") for folder in BASE_DIRS for path in sorted(folder.glob("*.txt"))]


def body_of(text: str) -> str:
    """The article without its `key: value` header block, if it has one."""
    return _HEADER.sub("", text, count=1)


def with_header(body: str, rng: random.Random, title: str) -> str:
    day = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return f"date: {day}\nsource: {rng.choice(OUTLETS)}\ntitle: {title}\n\n{body.strip()}\n"


def syndicated_copy(text: str, rng: random.Random) -> str:
    """The same story as another outlet publishes it: new header, a byline or last line, a word or two."""
    body = body_of(text)
    for written, other in rng.sample(SWAPS, k=2):
        body = body.replace(f" {written} ", f" {other} ", 1)
    byline = f"By {rng.choice(OUTLETS)} staff\n\n" if rng.random() < 0.5 else ""
    title = " ".join(body.split()[:8]).rstrip(".,") + f" ({rng.choice(OUTLETS)})"
    return with_header(f"{byline}{body}\n\n{rng.choice(LAST_LINES)}", rng, title)


class NewStories:
    """Articles whose towns, regions and numbers are replaced by others, consistently within an article."""

    def __init__(self) -> None:
        localities = pd.read_csv(REFERENCE_DIR / "localities.csv")
        regions = pd.read_csv(REFERENCE_DIR / "regions.csv")
        self.places = {
            **self._names(localities, "locality"),
            **self._names(regions, "region"),
        }
        surfaces = sorted(self.places, key=len, reverse=True)
        self.pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, surfaces)) + r")\b")

    @staticmethod
    def _names(table: pd.DataFrame, column: str) -> dict[str, tuple[str, list[str]]]:
        """Every written form -> (the kind of place it is, the names of its country's places of that kind)."""
        names = {country: group[column].tolist() for country, group in table.groupby("country")}
        return {
            surface: (column, names[row.country])
            for row in table.itertuples()
            for surface in {getattr(row, column), *split_variants(row.variants)}
            if len(surface) > 3
        }

    def story(self, text: str, rng: random.Random) -> str:
        places: dict[str, str] = {}
        numbers: dict[str, str] = {}
        body = self.pattern.sub(lambda m: places.setdefault(m[0], self._other(m[0], rng)), body_of(text))
        body = _NUMBER.sub(lambda m: numbers.setdefault(m[0], _another_number(m[0], rng)), body)
        return with_header(body, rng, " ".join(body.split()[:9]).rstrip(".,"))

    def _other(self, place: str, rng: random.Random) -> str:
        return rng.choice(self.places[place][1])


def _another_number(written: str, rng: random.Random) -> str:
    """A number of about the same size, written the same way (years stay years)."""
    value = float(written.replace(",", ""))
    if 1990 <= value <= 2035 and "." not in written:
        return str(rng.randint(2015, 2030))
    other = value * rng.uniform(0.3, 3.0)
    if "." in written:
        return f"{other:.1f}"
    return f"{max(1, round(other)):,}" if "," in written else str(max(1, round(other)))


def write(corpus: str, out_dir: Path, count: int, start: int = 0, stories: int | None = None) -> int:
    """Write articles `start` .. `start + count - 1` of a corpus to `out_dir`; returns their size in bytes.
    Article i is the same whatever else is written, so a later call adds new articles to a corpus."""
    base = base_articles()[:stories]
    make: Callable[[str, random.Random], str] = NewStories().story if corpus == "new" else syndicated_copy
    size = 0
    for i in range(start, start + count):
        rng = random.Random(f"{corpus}-{i}")
        original = base[i % len(base)]
        text = original if corpus == "repeated" and i < len(base) else make(original, rng)
        size += (out_dir / f"{corpus}_{i:06d}.txt").write_text(text, encoding="utf-8")
    return size


def recombined(n: int, out_dir: Path, seed: int = 7) -> int:
    """Write `n` recombined articles to `out_dir`; returns their total size in bytes."""
    rng, pool = random.Random(seed), _seed_sentences()
    size = 0
    for i in range(n):
        size += (out_dir / f"synthetic_{i:05d}.txt").write_text(
            _recombined_article(pool, rng), encoding="utf-8"
        )
    return size


def _seed_sentences() -> list[str]:
    text = " ".join(path.read_text(encoding="utf-8") for path in sorted(DEFAULT_ARTICLES_DIR.glob("*.txt")))
    return [s.strip() for s in _SENTENCE_END.split(" ".join(text.split())) if len(s.split()) >= 6]


def _vary(sentence: str, rng: random.Random) -> str:
    sentence = _ANY_NUMBER.sub(
        lambda _: str(rng.choice([rng.randint(2, 999), round(rng.uniform(1, 99), 1)])), sentence
    )
    return _KZ_REGION.sub(lambda _: rng.choice(KZ_REGIONS), sentence)


def _recombined_article(pool: list[str], rng: random.Random) -> str:
    day = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    body = [_vary(s, rng) for s in rng.sample(pool, k=rng.randint(8, 20))]
    paragraphs = ["\n".join(body[i : i + 3]) for i in range(0, len(body), 3)]
    return f"{_vary(rng.choice(pool), rng)}\n\n date {day} ASTANA – " + "\n\n".join(paragraphs) + "\n"

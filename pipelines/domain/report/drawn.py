"""Charts drawn by earlier runs, kept by what they show: a run draws again only the charts whose data
changed (one article more changes the timeline, rarely the rest), the others are the same SVG as before.

A chart is known by a hash of everything `chart_svg` reads (the section's data with its labels and
types, its orientation and value label), of the chart code and of the matplotlib version. The charts of
the last report are kept in one JSON file; one that cannot be read is drawn again.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import matplotlib

from pipelines.domain.fileio import atomic_write_text
from pipelines.domain.report import charts
from pipelines.domain.report.sections import Section


def chart_key(section: Section) -> str:
    """What the section's chart is drawn from, hashed."""
    data = section.data
    digest = hashlib.sha256(Path(charts.__file__).read_bytes())
    digest.update(matplotlib.__version__.encode("ascii"))
    shown = (section.horizontal, section.value_label, data.dtypes.tolist(), data.columns.tolist())
    digest.update(repr(shown).encode("utf-8") + b"\0" + data.to_csv().encode("utf-8"))
    return digest.hexdigest()


class DrawnCharts:
    """The charts of the last report (`path`), and those of this one as they are asked for."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            earlier = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            earlier = {}
        self.earlier: dict[str, str] = earlier if isinstance(earlier, dict) else {}
        self.now: dict[str, str] = {}

    def svg(self, section: Section) -> str:
        """The section's chart: as drawn before when its data is the same, else drawn now."""
        key = chart_key(section)
        drawn = self.earlier.get(key)
        self.now[key] = drawn if isinstance(drawn, str) else charts.chart_svg(section)
        return self.now[key]

    def save(self) -> None:
        """Keep this report's charts for the next (only when they changed)."""
        if self.now != self.earlier:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self.path, json.dumps(self.now))

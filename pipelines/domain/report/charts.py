"""Charts drawn with matplotlib as inline SVG: no script, font or file for the browser to fetch."""

from __future__ import annotations

import io
import re

import numpy as np
from matplotlib import colormaps
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from pipelines.domain.report.sections import Section
from pipelines.domain.validate.schemas import PROJECT_TYPES, ROLES

WIDTH_INCHES = 9.0
HEIGHT_INCHES = 3.6  # vertical bars
BAR_INCHES = 0.32  # per horizontal bar
MAX_TICK_LABELS = 24
MIN_SLOTS = 6  # vertical charts leave room for this many bars, so one bar is not a wall
PALETTE = colormaps["tab20"].colors + colormaps["tab20b"].colors
COLOURED = (*PROJECT_TYPES, *ROLES)  # a series keeps its colour in every chart
METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.S)


def colour(series: str) -> tuple[float, float, float]:
    return PALETTE[COLOURED.index(series) % len(PALETTE)] if series in COLOURED else PALETTE[0]


def chart_svg(section: Section) -> str:
    """The section's data as (stacked) bars, an `<svg>` element to place in HTML."""
    bars = len(section.data)
    height = max(HEIGHT_INCHES / 2, 1.2 + BAR_INCHES * bars) if section.horizontal else HEIGHT_INCHES
    figure = Figure(figsize=(WIDTH_INCHES, height), layout="constrained")
    axes = figure.subplots()
    if section.data.empty:
        axes.text(0.5, 0.5, "No rows yet", ha="center", va="center", fontsize=14, color="grey")
        axes.set_axis_off()
    else:
        _stacked_bars(axes, section)
        if len(section.data.columns) > 1:
            figure.legend(loc="outside right upper", frameon=False)
    return _svg(figure)


def _stacked_bars(axes: Axes, section: Section) -> None:
    data = section.data
    positions = np.arange(len(data))
    base = np.zeros(len(data))
    draw = axes.barh if section.horizontal else axes.bar
    for series in data.columns:
        values = data[series].to_numpy(dtype=float)
        draw(positions, values, 0.7, base, label=str(series), color=colour(str(series)))
        base += values
    labels = [str(label) for label in data.index]
    for position, total in zip(positions, base, strict=True):
        xy = (total, position) if section.horizontal else (position, total)
        axes.annotate(
            f"{total:,.10g}",
            xy,
            xytext=(4, 0) if section.horizontal else (0, 3),
            textcoords="offset points",
            va="center" if section.horizontal else "bottom",
            ha="left" if section.horizontal else "center",
            fontsize=8,
        )
    value_axis = axes.xaxis if section.horizontal else axes.yaxis
    if all(np.issubdtype(dtype, np.integer) for dtype in data.dtypes):
        value_axis.set_major_locator(MaxNLocator(integer=True))
    if section.horizontal:
        axes.set_yticks(positions, labels)
        axes.invert_yaxis()
        axes.set_xlabel(section.value_label)
        axes.margins(x=0.08)
    else:
        step = max(1, -(-len(labels) // MAX_TICK_LABELS))
        slanted = {"rotation": 45, "ha": "right"} if len(labels) > MIN_SLOTS else {}
        axes.set_xticks(positions[::step], labels[::step], **slanted)
        axes.set_xlim(-0.75, max(len(labels), MIN_SLOTS) - 0.25)
        axes.set_ylabel(section.value_label)
        axes.margins(y=0.12)
    axes.spines[["top", "right"]].set_visible(False)


def _svg(figure: Figure) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    text = buffer.getvalue()
    return METADATA.sub("", text[text.index("<svg") :])

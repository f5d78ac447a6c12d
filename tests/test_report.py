"""report.html: each chart with its table, offline; drawn in a real browser (headless Chromium)."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PIL import Image
from selenium.webdriver.common.by import By

from pipelines.domain.publish.warehouse import publish_tables
from pipelines.domain.report import charts
from pipelines.domain.report.page import build_report
from tests.browser import chromium, full_page_png, require_chromium
from tests.test_views import crafted_tables

SECTIONS = ["capacity", "status", "timeline", "organisations", "issues"]
WHEN = dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC)
COLOURFUL = 40  # a pixel whose channels differ by more than this is a bar, not text, axes or background


def report_from(tmp_path: Path, tables: dict[str, pd.DataFrame]) -> tuple[dict[str, int], str]:
    publish_tables(tmp_path, tables)
    result = build_report(tmp_path / "energy.duckdb", tmp_path / "report.html", WHEN)
    return result.charts, result.path.read_text(encoding="utf-8")


def cells(page: str, section: str) -> list[list[str]]:
    """The rows of the table right under `section`'s chart."""
    body = page.split(f'id="{section}"', 1)[1].split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [re.findall(r"<td>(.*?)</td>", row, re.S) for row in body.split("</tr>") if "<td>" in row]


def test_each_chart_has_the_table_behind_it(tmp_path: Path) -> None:
    charts, page = report_from(tmp_path, crafted_tables())
    assert charts == {"capacity": 1, "status": 4, "timeline": 1, "organisations": 2, "issues": 1}
    assert cells(page, "capacity") == [["Zhambyl", "1,600"]]  # 100 + 1,000 + 500 MW, each plant once
    assert cells(page, "status") == [
        ["announced", "3"],
        ["pre-construction", "1"],
        ["construction", "2"],
        ["operating", "1"],
    ]
    assert cells(page, "timeline") == [["2024-01", "3"]]
    assert cells(page, "organisations") == [["China Power", "1", "0"], ["Samruk-Kazyna", "0", "1"]]
    assert "3 of 4 articles" not in page and "1 of 4 articles give no date" in page
    assert page.count("<svg") == len(SECTIONS) and "USD 3.60 bn in 4 amounts" in page


def test_report_needs_nothing_from_the_network(tmp_path: Path) -> None:
    _, page = report_from(tmp_path, crafted_tables())
    assert not re.search(r"<script|<link|<img|<iframe|@import", page, re.I)
    assert not re.search(r"""(src|href)\s*=\s*["'](?!#)|url\((?!#)""", page, re.I)  # only within the page


def test_report_of_an_empty_warehouse_says_so(tmp_path: Path) -> None:
    empty = {name: frame.iloc[0:0] for name, frame in crafted_tables().items()}
    charts, page = report_from(tmp_path, empty)
    assert charts == dict.fromkeys(SECTIONS, 0)
    assert page.count("No rows yet") == 2 * len(SECTIONS)  # in each chart and instead of each table


def colourful_share(png: bytes) -> float:
    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=int)
    return float(np.mean(pixels.max(axis=2) - pixels.min(axis=2) > COLOURFUL))


def test_report_opens_in_chromium_with_every_chart_drawn(published_seeds: Path, tmp_path: Path) -> None:
    require_chromium()
    with chromium() as driver:
        driver.get((published_seeds / "report.html").as_uri())
        charts = driver.find_elements(By.CSS_SELECTOR, "figure.chart")
        assert [chart.get_attribute("data-chart") for chart in charts] == SECTIONS
        for chart in charts:
            svg = chart.find_element(By.TAG_NAME, "svg")
            assert svg.size["width"] >= 600 and svg.size["height"] >= 150
            assert colourful_share(svg.screenshot_as_png) > 0.01, chart.get_attribute("data-chart")
            table_rows = chart.find_elements(By.XPATH, "following-sibling::table[1]/tbody/tr")
            assert len(table_rows) >= 1
        assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0
        screenshot = full_page_png(driver)
    (tmp_path / "report.png").write_bytes(screenshot)
    assert Image.open(io.BytesIO(screenshot)).height > 2500


def test_charts_whose_data_did_not_change_are_not_drawn_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn, tables = tmp_path / "_cache" / "charts.json", crafted_tables()
    publish_tables(tmp_path, tables)
    first = build_report(tmp_path / "energy.duckdb", tmp_path / "report.html", WHEN, drawn)
    page = first.path.read_text(encoding="utf-8")
    assert page.count("<svg") == len(SECTIONS) and drawn.is_file()
    real, calls = charts.chart_svg, []
    monkeypatch.setattr(charts, "chart_svg", lambda section: calls.append(section.key) or real(section))
    build_report(tmp_path / "energy.duckdb", tmp_path / "report.html", WHEN, drawn)
    assert calls == [] and first.path.read_text(encoding="utf-8") == page
    tables["articles"].loc[3, "published_date"] = dt.date(2024, 3, 1)  # the undated article: another month
    publish_tables(tmp_path, tables)
    build_report(tmp_path / "energy.duckdb", tmp_path / "report.html", WHEN, drawn)
    assert calls == ["timeline"]
    drawn.write_text("{damaged", encoding="utf-8")
    build_report(tmp_path / "energy.duckdb", tmp_path / "report.html", WHEN, drawn)
    assert calls == ["timeline", *SECTIONS]

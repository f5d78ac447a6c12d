"""`make screenshots`: the report and the Dagster UI (asset graph, an asset's page) as PNG in docs/.

Publishes the seed articles into a temporary WAREHOUSE_DIR/DAGSTER_HOME with `make run`, starts `make dev`
on a free port in the background, takes the screenshots with headless Chromium, and stops it.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.common.by import By

from tests.browser import chromium, full_page_png

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
WAIT_SECONDS = 120
GROUP_NODE = "//*[name()='foreignObject']//*[normalize-space(text())='{}']"


def wait_for_server(url: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(1)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(driver: webdriver.Chrome, text: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while text not in driver.page_source:
        if time.monotonic() > deadline:
            raise TimeoutError(f"{text!r} did not appear at {driver.current_url}")
        time.sleep(1)
    time.sleep(3)  # let the layout settle
    for button in driver.find_elements(By.XPATH, "//button[normalize-space()='Skip']"):
        button.click()  # the UI's first-visit newsletter dialog


def shoot_ui(url: str) -> None:
    wait_for_server(url)
    with chromium(2000, 1250) as driver:
        driver.get(f"{url}/asset-groups")
        wait_for(driver, "warehouse_tables")
        group = driver.find_element(By.XPATH, GROUP_NODE.format("publish"))
        group.click()  # expand the publish group; the graph fits the view when the page loads again
        driver.refresh()
        wait_for(driver, "project_summary")
        (DOCS / "asset-graph.png").write_bytes(driver.get_screenshot_as_png())
        driver.set_window_size(1600, 1400)
        driver.get(f"{url}/assets/project_summary")
        wait_for(driver, "installed_power_basis")
        (DOCS / "asset-project-summary.png").write_bytes(driver.get_screenshot_as_png())


def main() -> None:
    root = Path(tempfile.mkdtemp(prefix="screenshots-"))
    port = free_port()
    env = {
        **os.environ,
        "WAREHOUSE_DIR": str(root / "warehouse"),
        "DAGSTER_HOME": str(root / "home"),
        "DAGSTER_PORT": str(port),
    }
    subprocess.run(["make", "-s", "run"], cwd=REPO, env=env, check=True, stdout=subprocess.DEVNULL)
    with chromium(1280, 900) as driver:
        driver.get((root / "warehouse" / "report.html").as_uri())
        (DOCS / "report.png").write_bytes(full_page_png(driver))
    dev = subprocess.Popen(
        ["make", "-s", "dev"],
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        shoot_ui(f"http://127.0.0.1:{port}")
    finally:
        os.killpg(dev.pid, signal.SIGTERM)  # the group `make dev` leads: dg, webserver, daemon, code server
        try:
            dev.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(dev.pid, signal.SIGKILL)


if __name__ == "__main__":
    main()

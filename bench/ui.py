"""`make bench-ui`: a run of the seeds launched as the UI launches it, against `make run`'s time.

In fresh folders: `make run` cold and warm; then `make dev` (`dg dev`: webserver and daemon) on a free
local port, and `ingest_job` submitted through its GraphQL API, which is what the UI's Launch button
does, once cold (extraction cache removed) and once warm. A UI run is timed from submission to its end,
queue and run worker start included. The `make run` and UI runs alternate `--rounds` times.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from dagster_graphql import DagsterGraphQLClient

from bench.__main__ import Workspace
from bench.measure import pipeline_run
from pipelines.settings import DEFAULT_ARTICLES_DIR, REPO_ROOT

FINISHED = {"SUCCESS", "FAILURE", "CANCELED"}
READY_SECONDS = 240  # how long `dg dev` may take to answer
POLL_SECONDS = 0.2


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_ui(env: dict[str, str], port: int) -> subprocess.Popen:
    """`dg dev` as `make dev` starts it, in its own process group; returns once it answers."""
    command = [str(Path(sys.executable).parent / "dg"), "dev", "-w", "workspace.yaml", "--port", str(port)]
    ui = subprocess.Popen(
        command,
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=2)
            return ui
        except OSError:
            time.sleep(0.5)
    stop_ui(ui)
    raise RuntimeError("dg dev did not answer")


def stop_ui(ui: subprocess.Popen) -> None:
    os.killpg(ui.pid, signal.SIGTERM)
    ui.wait(timeout=60)


def ui_run(client: DagsterGraphQLClient) -> tuple[float, str]:
    """Seconds from submitting `ingest_job` to its end, and how it ended."""
    start = time.perf_counter()
    run_id = client.submit_job_execution("ingest_job")
    while (status := client.get_run_status(run_id).value) not in FINISHED:
        time.sleep(POLL_SECONDS)
    return time.perf_counter() - start, status


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="energy-bench-ui-") as tmp:
        space = Workspace(Path(tmp))
        env = {**space.env, "ARTICLES_DIR": str(DEFAULT_ARTICLES_DIR)}
        pipeline_run(env)  # publish first: the sensor's first tick then launches nothing
        port = free_port()
        ui = start_ui(env, port)
        try:
            client = DagsterGraphQLClient("127.0.0.1", port_number=port)
            for _ in range(args.rounds):
                for label in ("cold", "warm"):
                    if label == "cold":
                        shutil.rmtree(space.root / "warehouse" / "_cache", ignore_errors=True)
                    make_run = pipeline_run(env).seconds
                    if label == "cold":
                        shutil.rmtree(space.root / "warehouse" / "_cache", ignore_errors=True)
                    seconds, status = ui_run(client)
                    print(
                        f"{label}: make run {make_run:.1f} s, UI run {seconds:.1f} s ({status}), "
                        f"ratio {seconds / make_run:.2f}"
                    )
        finally:
            stop_ui(ui)
    return 0


if __name__ == "__main__":
    sys.exit(main())

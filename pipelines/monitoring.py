"""Dead runs: a run whose process is gone (kill -9, a crash, a reboot) is marked failed.

Dagster's own run monitoring cannot tell this for the default run launcher, nor for `make run`'s
in-process runs, so a killed run stayed STARTED forever and, with one run at a time, every later
sensor and schedule run stayed QUEUED. Every Dagster run records the pid of the process executing it
(an engine event; `make run` also tags its runs with its pid from the start); a run is dead when that
process no longer exists on this machine, or when it recorded none within RUN_START_GRACE_SECONDS.
`make run` clears dead runs before it starts, and under `make dev` the `dead_runs_sensor` does it
every minute.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import dagster as dg
from dagster._core.events import DagsterEventType

RUN_START_GRACE_SECONDS = 120  # a run that has not recorded its process after this long never will
PID_TAG = "energy/pid"  # the pid of the process executing the run, set when the run is created
DEAD_RUN_SENSOR_SECONDS = 60
IN_PROGRESS = [dg.DagsterRunStatus.STARTING, dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.CANCELING]


def clear_dead_runs(instance: dg.DagsterInstance, now: float | None = None) -> list[str]:
    """Mark every in-progress run whose process is gone as failed; returns their run ids."""
    now = time.time() if now is None else now
    cleared = []
    for record in instance.get_run_records(filters=dg.RunsFilter(statuses=IN_PROGRESS)):
        run = record.dagster_run
        pid = run_pid(instance, run)
        if pid is None and now - record.create_timestamp.timestamp() < RUN_START_GRACE_SECONDS:
            continue
        if pid is not None and process_alive(pid):
            continue
        gone = f"its process (pid {pid}) no longer exists" if pid else "it never recorded a process"
        instance.report_run_failed(run, f"Marked failed: {gone}; it was killed or crashed.")
        cleared.append(run.run_id)
    return cleared


def run_pid(instance: dg.DagsterInstance, run: dg.DagsterRun) -> int | None:
    """The pid of the process that executes the run: its tag, else the first engine event naming one."""
    if run.tags.get(PID_TAG, "").isdigit():
        return int(run.tags[PID_TAG])
    for entry in instance.all_logs(run.run_id, of_type=DagsterEventType.ENGINE_EVENT):
        metadata = entry.dagster_event.engine_event_data.metadata if entry.dagster_event else {}
        if "pid" in metadata:
            return int(metadata["pid"].value)
    return None


def process_alive(pid: int) -> bool:
    """True when process `pid` exists on this machine and is not a zombie (killed, not yet reaped)."""
    stat = Path(f"/proc/{pid}/stat")
    try:
        state = stat.read_text(encoding="utf-8").rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    except (OSError, IndexError):  # no /proc: ask the kernel directly
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    return state not in {"Z", "X"}


@dg.sensor(
    default_status=dg.DefaultSensorStatus.RUNNING,
    minimum_interval_seconds=DEAD_RUN_SENSOR_SECONDS,
    description="Marks runs whose process is gone as failed, so the run queue never stalls behind them.",
)
def dead_runs_sensor(context: dg.SensorEvaluationContext) -> dg.SkipReason:
    cleared = clear_dead_runs(context.instance)
    if cleared:
        return dg.SkipReason(f"marked {len(cleared)} dead run(s) as failed: {', '.join(cleared)}")
    return dg.SkipReason("no dead runs")

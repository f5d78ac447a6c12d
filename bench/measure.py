"""Whole processes, timed: wall time, CPU time (its own and its workers'), and peak memory of the process
tree (the sum of each process's proportional set size, so pages forked workers share count once)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

SAMPLE_SECONDS = 0.05  # how often the process tree's memory is read


@dataclass(frozen=True)
class Measured:
    seconds: float  # wall time
    cpu_seconds: float  # user + system time of the process and every worker it waited for
    peak_mib: float  # largest sum of PSS over the process tree seen while it ran
    code: int
    output: str

    @property
    def cores(self) -> float:
        """Cores kept busy on average."""
        return self.cpu_seconds / self.seconds if self.seconds else 0.0


def measure(command: list[str], env: dict[str, str]) -> Measured:
    """Run `command` to its end and measure it."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    sampler = TreeMemory(process.pid)
    sampler.start()
    output = process.stdout.read().decode()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    sampler.stop()
    process.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return Measured(seconds, cpu, sampler.peak_kib / 1024, process.returncode, output)


def pipeline_run(env: dict[str, str]) -> Measured:
    """One `python -m pipelines.run` (what `make run` runs)."""
    return measure([sys.executable, "-m", "pipelines.run"], env)


def spacy_run(articles: Path, env: dict[str, str]) -> Measured:
    """spaCy's blank English tokenizer and sentencizer over the same files, as a whole process too."""
    return measure([sys.executable, "-m", "bench.spacy_baseline", str(articles)], env)


class TreeMemory(threading.Thread):
    """Samples the summed PSS of a process and its descendants until stopped; keeps the largest."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_kib, self._done = pid, 0, threading.Event()

    def run(self) -> None:
        while not self._done.wait(SAMPLE_SECONDS):
            self.peak_kib = max(self.peak_kib, sum(_pss_kib(pid) for pid in _tree(self.pid)))

    def stop(self) -> None:
        self._done.set()
        self.join()


def _tree(root: int) -> list[int]:
    """`root` and every process descending from it (from /proc's parent links)."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(parents.get(pid, []))
    return found


def _pss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0

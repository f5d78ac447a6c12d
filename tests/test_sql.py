"""`make sql` and the README's query commands, run as written against a published warehouse."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DB = "warehouse/energy.duckdb"


def readme_blocks(language: str) -> list[str]:
    """The code blocks in the README's section on querying."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Querying (read-only)", 1)[1].split("\n## ", 1)[0]
    return re.findall(rf"```{language}\n(.*?)```", section, flags=re.S)


def run(command: list[str], warehouse: Path, stdin: str = "") -> subprocess.CompletedProcess:
    outer_make = ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")  # run as from a shell, also under `make test`
    env = {key: value for key, value in os.environ.items() if key not in outer_make}
    env["WAREHOUSE_DIR"] = str(warehouse)
    return subprocess.run(
        command, cwd=REPO, env=env, input=stdin, capture_output=True, text=True, timeout=120
    )


def test_readme_shell_commands_work_as_written(published_seeds: Path) -> None:
    lines = [line for block in readme_blocks("sh") for line in block.splitlines() if line.strip()]
    assert len(lines) == 6
    outputs = []
    for line in lines:  # the default path is the test's warehouse; WAREHOUSE_DIR does the same for make
        command = line.replace(DEFAULT_DB, str(published_seeds / "energy.duckdb"))
        result = run(["bash", "-c", command], published_seeds)
        assert result.returncode == 0, (line, result.stderr)
        outputs.append(result.stdout)
    assert outputs[0] == ""  # `make sql` with nothing typed: opens and closes
    zhanatas = next(row for row in outputs[1].splitlines() if "Zhanatas wind farm" in row)
    assert re.search(r"operating\s*│\s*Zhambyl\s*│\s*100\.0", zhanatas)
    assert re.search(r"│\s*3\.0\s*│", outputs[2])
    assert "project_without_place" in outputs[3] and "usd_estimate" in outputs[4]
    assert "Zhanatas wind farm" in outputs[5]


def test_readme_python_snippet_works_as_written(published_seeds: Path) -> None:
    [snippet] = readme_blocks("python")
    code = snippet.replace(DEFAULT_DB, str(published_seeds / "energy.duckdb"))
    result = run([sys.executable, "-c", code], published_seeds)
    assert result.returncode == 0, result.stderr
    assert re.search(r"Zhanatas wind farm\s*│\s*100\.0\s*│\s*2 reports agree", result.stdout)


def test_make_sql_is_read_only_and_says_when_there_is_none(published_seeds: Path, tmp_path: Path) -> None:
    write = run(["make", "-s", "sql"], published_seeds, stdin="DELETE FROM projects;")
    assert write.returncode != 0 and "read-only mode" in write.stderr
    counted = run(["make", "-s", "sql"], published_seeds, stdin=".mode csv\nSELECT count(*) FROM projects;")
    with duckdb.connect(str(published_seeds / "energy.duckdb"), read_only=True) as con:
        projects = con.execute("SELECT count(*) FROM projects").fetchone()[0]
    assert counted.stdout.splitlines()[-1] == str(projects) and projects > 20
    missing = run(["make", "-s", "sql"], tmp_path)
    assert missing.returncode != 0 and f"no warehouse at {tmp_path}/energy.duckdb" in missing.stderr

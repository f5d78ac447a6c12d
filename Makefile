# Every target creates .venv (python3 -m venv) when it is missing and installs the pinned
# requirements.lock into it (again only when the lock changes). The repo root is put on PYTHONPATH;
# the project itself is not installed. ARTICLES_DIR and WAREHOUSE_DIR override input and output.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.requirements.lock.installed
BENCH_ARTICLES ?= 2000
DAGSTER_PORT ?= 3000

export PYTHONPATH := $(CURDIR)
# run history, schedules and sensor cursors persist here (git-ignored); tests use their own temp dirs
run dev: export DAGSTER_HOME ?= $(CURDIR)/.dagster_home

.PHONY: run test dev sql bench bench-ui lint screenshots dagster-home correct

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# pip does not retry a download whose hash does not match its index (a transfer cut short or
# garbled on the way): one retry, bypassing pip's cache, before giving up
PIP_INSTALL := $(BIN)/python -m pip install --quiet --disable-pip-version-check --retries 10

$(STAMP): requirements.lock | $(BIN)/python
	$(PIP_INSTALL) -r requirements.lock || { echo "pip install failed; retrying once without the cache"; \
		$(PIP_INSTALL) --no-cache-dir -r requirements.lock; }
	touch $@

dagster-home: | $(STAMP)
	@mkdir -p "$$DAGSTER_HOME"
	@test -f "$$DAGSTER_HOME/dagster.yaml" || printf '%s\n' \
		'# one run at a time: the sensor and the schedule may fire together' \
		'concurrency:' '  runs:' '    max_concurrent_runs: 1' \
		'telemetry:' '  enabled: false' > "$$DAGSTER_HOME/dagster.yaml"

run: dagster-home
	$(BIN)/python -m pipelines.run

# `dg dev`: what Dagster 1.13 recommends over `dagster dev`; runs log at INFO (pipelines/jobs.py)
dev: dagster-home
	$(BIN)/dg dev -w workspace.yaml --port $(DAGSTER_PORT) --log-level info

# the DuckDB CLI (package duckdb-cli, the same version as the duckdb library) on the published file,
# read-only; SQL piped in runs as a script: echo "SELECT count(*) FROM projects" | make -s sql
sql: $(STAMP)
	@db="$${WAREHOUSE_DIR:-$(CURDIR)/warehouse}/energy.duckdb"; \
	test -f "$$db" || { echo "no warehouse at $$db: run 'make run' first" >&2; exit 1; }; \
	exec $(BIN)/duckdb -readonly "$$db"

# record an analyst's correction (README, "Correcting the warehouse"), e.g.
# make correct ARGS='set project prj_0123456789ab status operating --why "commissioned, ministry, 2025-03-01"'
correct: $(STAMP)
	$(BIN)/python -m pipelines.correct $(ARGS)

test: lint
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .

# docs/report.png, docs/asset-graph.png, docs/asset-project-summary.png (needs Debian's chromium, chromium-driver)
screenshots: $(STAMP)
	$(BIN)/python -m tests.screenshots

# two corpora of BENCH_ARTICLES articles: cold, warm, +1, spaCy's tokenizer as yardstick, cores, peak memory
bench: $(STAMP)
	$(BIN)/python -m bench --articles $(BENCH_ARTICLES)

# the seeds run as the UI launches it (dg dev + GraphQL) against make run, cold and warm
bench-ui: $(STAMP)
	$(BIN)/python -m bench.ui

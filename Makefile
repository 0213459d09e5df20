# Two commands set everything up on a fresh machine:
#   make run   – virtualenv, install, migrate, load curriculum + demo accounts, serve :8000
#   make test  – install what the tests need (incl. PostgreSQL, Chromium) and run the suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
export DEBUG ?= 1

.PHONY: run up down test test-sqlite install install-dev system-deps messages setup bench bench-load clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# The Spanish interface: locale/*.po compiled with GNU gettext's msgfmt (from the system packages).
messages: install
	bash scripts/system-deps.sh gettext
	$(PY) manage.py compilemessages --ignore=$(VENV) --ignore=static --ignore=var -v0

setup: install messages
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_curriculum
	$(PY) manage.py load_demo_users

# Links in certificates (QR codes) and e-mails point at the address the server listens on.
run: setup
	PUBLIC_BASE_URL="$${PUBLIC_BASE_URL:-http://$(HOST):$(PORT)}" \
	WAGTAILADMIN_BASE_URL="$${WAGTAILADMIN_BASE_URL:-http://$(HOST):$(PORT)}" \
	$(PY) manage.py runserver $(HOST):$(PORT)

# The production stack on this machine: PostgreSQL, Redis, gunicorn, Celery worker and beat.
up: install system-deps
	bash scripts/up.sh

down:
	bash scripts/down.sh

# System services the suite needs (PostgreSQL server, Chromium), via the project's script.
system-deps:
	bash scripts/system-deps.sh

# Import contracts first (pyproject.toml, [tool.importlinter]): layers between and inside apps.
test: install-dev system-deps messages
	$(BIN)/lint-imports
	bash scripts/test.sh

test-sqlite: install-dev messages
	$(BIN)/lint-imports
	$(BIN)/pytest

# Certificate rendering speed, issue throughput through real Redis + Celery workers,
# the supervisor dashboard for 1,000 trainees, and the production stack under load
# (wrk against `make up`'s stack with 5,000 trainees). Figures: docs/benchmarks.md.
bench: install-dev
	bash scripts/system-deps.sh bench
	$(PY) scripts/bench_render.py
	$(PY) scripts/bench.py
	$(PY) scripts/bench_supervisor.py
	$(PY) scripts/bench_load.py

bench-load: install-dev
	bash scripts/system-deps.sh bench
	$(PY) scripts/bench_load.py

clean:
	rm -rf $(VENV) var/*.sqlite3* var/media var/postgres

#!/usr/bin/env bash
# Run the whole suite twice: on SQLite (the embedded default) and on a real
# PostgreSQL server this script starts on loopback and stops afterwards.
# Called by `make test` (which installs the Python and system dependencies).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTEST=${PYTEST:-.venv/bin/pytest}
PG_DIR=${PG_DIR:-$(mktemp -d /tmp/coachtraining-pg.XXXXXX)}
PG_PORT=${PG_PORT:-55432}

cleanup() { bash scripts/postgres.sh stop "$PG_DIR"; }
trap cleanup EXIT

echo "== test suite on SQLite"
env -u DATABASE_URL "$PYTEST" "$@"

echo "== test suite on PostgreSQL"
url=$(bash scripts/postgres.sh start "$PG_DIR" "$PG_PORT")
DATABASE_URL="$url" "$PYTEST" "$@"

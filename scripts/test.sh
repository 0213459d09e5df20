#!/usr/bin/env bash
# Run the whole suite on SQLite (the embedded default) and on a real PostgreSQL
# server this script starts on loopback and stops afterwards.
# Called by `make test` (which installs the Python and system dependencies).
#
# The two runs share nothing (each test process has its own SQLite file, and
# every Redis, worker, stack and browser test picks free ports and temporary
# folders), so by default they run at the same time, one per core: the SQLite
# log is printed when both are done. TEST_PARALLEL=0 runs them one after the
# other, streaming both.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTEST=${PYTEST:-.venv/bin/pytest}
PG_DIR=${PG_DIR:-$(mktemp -d /tmp/coachtraining-pg.XXXXXX)}
PG_PORT=${PG_PORT:-55432}
PARALLEL=${TEST_PARALLEL:-$([ "$(nproc)" -ge 2 ] && echo 1 || echo 0)}
SQLITE_LOG=$(mktemp /tmp/coachtraining-sqlite-tests.XXXXXX)
sqlite_pid=

cleanup() {
    if [ -n "$sqlite_pid" ]; then kill "$sqlite_pid" 2>/dev/null || true; fi
    rm -f "$SQLITE_LOG"
    bash scripts/postgres.sh stop "$PG_DIR"
}
trap cleanup EXIT

run_sqlite() { env -u DATABASE_URL "$PYTEST" "$@"; }

if [ "$PARALLEL" = 1 ]; then
    echo "== test suite on SQLite (in the background; its log follows the PostgreSQL run)"
    run_sqlite "$@" >"$SQLITE_LOG" 2>&1 &
    sqlite_pid=$!
else
    echo "== test suite on SQLite"
    run_sqlite "$@"
fi

echo "== test suite on PostgreSQL"
url=$(bash scripts/postgres.sh start "$PG_DIR" "$PG_PORT")
pg_status=0
DATABASE_URL="$url" "$PYTEST" "$@" || pg_status=$?

sqlite_status=0
if [ -n "$sqlite_pid" ]; then
    wait "$sqlite_pid" || sqlite_status=$?
    sqlite_pid=
    echo "== test suite on SQLite (log)"
    cat "$SQLITE_LOG"
fi
echo "== SQLite: exit $sqlite_status; PostgreSQL: exit $pg_status"
[ "$sqlite_status" = 0 ] && [ "$pg_status" = 0 ]

#!/usr/bin/env bash
# `make down`: stop the PostgreSQL and Redis servers `make up` started (their data stays in var/).
set -uo pipefail
cd "$(dirname "$0")/.."
VAR=${VAR_DIR:-$PWD/var}
REDIS_PORT=${REDIS_PORT:-56379}
bindir=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ -d "$VAR/postgres/data" ] && as_pg "$bindir/pg_ctl" -D "$VAR/postgres/data" -m fast -w stop >/dev/null 2>&1
redis-cli -p "$REDIS_PORT" shutdown >/dev/null 2>&1
exit 0

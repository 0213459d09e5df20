#!/usr/bin/env bash
# `make up`: the production stack on this machine, no Docker.
# PostgreSQL and Redis (AOF, noeviction) on loopback with their data under var/,
# then gunicorn (static files by WhiteNoise), a Celery worker and Celery beat
# under honcho (Procfile). Ctrl-C stops everything gracefully.
set -euo pipefail
cd "$(dirname "$0")/.."

VAR=${VAR_DIR:-$PWD/var}
PG_PORT=${PG_PORT:-55400}
REDIS_PORT=${REDIS_PORT:-56379}
mkdir -p "$VAR"

# PostgreSQL: a persistent cluster in var/postgres (as the postgres user when root).
bindir=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ ! -d "$VAR/postgres/data" ]; then
  mkdir -p "$VAR/postgres"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$VAR/postgres"
  as_pg "$bindir/initdb" -D "$VAR/postgres/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi
# Planner costs for data on SSD or in memory: PostgreSQL's default random_page_cost (4) assumes
# spinning disks, and makes it scan whole tables where an index finds the rows (README).
PG_TUNING=${PG_TUNING:--c random_page_cost=1.1}
if ! as_pg "$bindir/pg_ctl" -D "$VAR/postgres/data" status >/dev/null 2>&1; then
  as_pg "$bindir/pg_ctl" -D "$VAR/postgres/data" -l "$VAR/postgres/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$VAR/postgres $PG_TUNING" start >/dev/null
fi
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='coachtraining'" | grep -q 1 \
  || psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE coachtraining"

# Redis: append-only, never evicts, data in var/redis.
mkdir -p "$VAR/redis"
if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
  redis-server scripts/redis.conf --port "$REDIS_PORT" --dir "$VAR/redis" --daemonize yes --pidfile "$VAR/redis/redis.pid" \
    --logfile "$VAR/redis/redis.log"
  for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
fi

# A secret key kept in var/ (never committed), unless one is given.
[ -s "$VAR/secret_key" ] || .venv/bin/python -c "import secrets; print(secrets.token_urlsafe(50))" > "$VAR/secret_key"
export SECRET_KEY=${SECRET_KEY:-$(cat "$VAR/secret_key")}
export DEBUG=0
export DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:$PG_PORT/coachtraining}
export CELERY_BROKER_URL=${CELERY_BROKER_URL:-redis://127.0.0.1:$REDIS_PORT/0}
export CACHE_URL=${CACHE_URL:-redis://127.0.0.1:$REDIS_PORT/1}
export ALLOWED_HOSTS=${ALLOWED_HOSTS:-127.0.0.1,localhost}
# Plain HTTP on loopback; behind a TLS proxy in a real deployment (see README).
export SECURE_SSL_REDIRECT=${SECURE_SSL_REDIRECT:-0} SECURE_COOKIES=${SECURE_COOKIES:-0} SECURE_HSTS_SECONDS=${SECURE_HSTS_SECONDS:-0}
export PUBLIC_BASE_URL=${PUBLIC_BASE_URL:-http://${WEB_BIND:-127.0.0.1:8000}}
export LOG_FORMAT=${LOG_FORMAT:-json}

.venv/bin/python manage.py migrate --noinput -v0
.venv/bin/python manage.py collectstatic --noinput -v0
.venv/bin/python manage.py load_curriculum
exec .venv/bin/honcho start -f Procfile

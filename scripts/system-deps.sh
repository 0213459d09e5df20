#!/usr/bin/env bash
# Install the system packages the test suite needs, if missing:
# PostgreSQL server (the suite runs on it too), Redis (real Celery workers),
# Chromium (browser tests), poppler (PDF to PNG) and GNU gettext (the Spanish catalogue),
# Debian/Ubuntu (apt) only. `system-deps.sh bench` also installs wrk (the load benchmark);
# `system-deps.sh gettext` installs only gettext (what `make run` needs).
set -euo pipefail

need=()
if [ "${1:-}" = "gettext" ]; then
  command -v msgfmt >/dev/null 2>&1 || need+=(gettext)
else
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
  command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
  command -v msgfmt >/dev/null 2>&1 || need+=(gettext)
  if [ "${1:-}" = "bench" ]; then command -v wrk >/dev/null 2>&1 || need+=(wrk); fi
fi

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "system-deps: need root (or sudo) to install: ${need[*]}" >&2; exit 1
  fi
fi
echo "system-deps: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null

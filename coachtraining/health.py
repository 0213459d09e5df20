"""``/healthz``: is this process able to serve? Checks the database and the task broker.
``/livez``: is this process alive? Touches nothing but Django itself.

For load balancers and process supervisors: 200 with ``{"status": "ok", …}``
when every check passes, 503 naming the failing check otherwise. It reveals
nothing but which dependency is down, needs no login and is never cached.
"""
import logging

from django.db import connection
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


def check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


def check_broker() -> str:
    from coachtraining.celery import app

    if app.conf.task_always_eager:
        return "not used (tasks run in-process)"
    with app.connection_for_read() as conn:
        conn.ensure_connection(max_retries=1, timeout=2)
    return "ok"


CHECKS = {"database": check_database, "broker": check_broker}


@require_GET
def healthz(request):
    results, healthy = {}, True
    for name, check in CHECKS.items():
        try:
            results[name] = check()
        except Exception as error:  # any failure of a dependency is "down", never a 500
            logger.warning("health check %s failed: %s", name, error)
            results[name] = "unavailable"
            healthy = False
    response = JsonResponse({"status": "ok" if healthy else "unavailable", **results}, status=200 if healthy else 503)
    add_never_cache_headers(response)
    return response


@require_GET
def livez(request):
    """Liveness: the process answers requests. No database, broker or session work, so a
    supervisor restarts only a wedged process, never every process when PostgreSQL blips.
    It is also the load benchmark's "bare Django view" ceiling (the full middleware stack)."""
    response = JsonResponse({"status": "ok"})
    add_never_cache_headers(response)
    return response

"""PostgreSQL through Django's own backend, with a connection health check that asks the server
only when the server has said something.

Persistent connections (``CONN_MAX_AGE``) are health-checked before each request reuses one
(``CONN_HEALTH_CHECKS``, settings), so a connection the server dropped between two requests (a
restart, a failover, a terminated backend) is replaced instead of failing the next request with
a 500. Django's check is a ``SELECT 1``: one more round trip before the first query of every
request and every Celery task, which Django's query logging does not show. On loopback that is
about 0.1-0.2 ms of the worker's CPU and 0.06 ms of PostgreSQL's per request (docs/benchmarks.md);
with PostgreSQL on another host, also a network round trip of latency added to every request.

Here an idle connection whose socket has nothing to read is usable without asking. A server
that shuts down, restarts or terminates a backend sends its notice and closes the connection,
so the socket reads as ready; only then, or when the connection is not idle (a transaction
left open or failed), is the server asked, with Django's own ``SELECT 1``. What neither check can
see quickly — a host gone without closing its connections — the query that follows meets either
way (tests/coachtraining/test_db_backend.py).
"""
from __future__ import annotations

import select

from django.db.backends.postgresql import base
from psycopg import Error as PsycopgError
from psycopg.pq import TransactionStatus


class DatabaseWrapper(base.DatabaseWrapper):
    def is_usable(self):
        connection = self.connection
        if connection is None or connection.closed or connection.broken:
            return False
        try:
            idle = connection.info.transaction_status == TransactionStatus.IDLE
            # poll(), not select(): a busy process may hold descriptors past select()'s 1024.
            poller = select.poll()
            poller.register(connection.fileno(), select.POLLIN)
            waiting = poller.poll(0)
        except (OSError, ValueError, PsycopgError):
            waiting = True  # cannot tell: let the server answer
        if idle and not waiting:
            return True
        return super().is_usable()

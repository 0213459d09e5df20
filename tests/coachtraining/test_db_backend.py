"""The PostgreSQL backend's health check (coachtraining/db/postgresql/base.py): no round trip while
the server is silent; a connection the server dropped is replaced before a request uses it; one the
server spoke on for another reason (a notification) is asked, and kept.

On the SQLite run only the engine's selection is checked: the rest needs a PostgreSQL server, and
runs in the suite's PostgreSQL run."""
from __future__ import annotations

import select

import pytest
from django.conf import settings
from django.db import close_old_connections, connection, connections
from django.db.backends.postgresql import base as django_postgresql

from coachtraining.db.postgresql.base import DatabaseWrapper

POSTGRESQL = connection.vendor == "postgresql"


def test_postgresql_urls_get_the_projects_backend_and_sqlite_keeps_djangos():
    engine = settings.DATABASES["default"]["ENGINE"]
    if POSTGRESQL:
        assert engine == "coachtraining.db.postgresql"
        assert isinstance(connections["default"], DatabaseWrapper)
        assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True
    else:
        assert engine == "django.db.backends.sqlite3"


@pytest.fixture
def server_asked(monkeypatch):
    """How many times Django's own check (``SELECT 1``) ran."""
    calls = []
    original = django_postgresql.DatabaseWrapper.is_usable

    def counted(self):
        calls.append(self.alias)
        return original(self)

    monkeypatch.setattr(django_postgresql.DatabaseWrapper, "is_usable", counted)
    return calls


def _backend_pid() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def _other_connection():
    """A second, independent connection to the same database (autocommit)."""
    other = connection.get_new_connection(connection.get_connection_params())
    other.autocommit = True
    return other


def _wait_until_readable(timeout: float = 10) -> None:
    readable, _, _ = select.select([connection.connection.fileno()], [], [], timeout)
    assert readable, "the server did not signal the connection"


def _check_as_a_new_request_does() -> None:
    close_old_connections()  # request_started: the next query health-checks the connection
    connection.close_if_health_check_failed()


@pytest.mark.django_db(transaction=True)
def test_an_idle_connection_is_checked_without_asking_the_server(server_asked):
    if not POSTGRESQL:
        return
    pid = _backend_pid()
    for _ in range(3):
        _check_as_a_new_request_does()
        assert connection.connection is not None and _backend_pid() == pid
    assert server_asked == []


@pytest.mark.django_db(transaction=True)
def test_a_terminated_backend_is_replaced_before_the_next_request_uses_it(client, trainee, server_asked):
    if not POSTGRESQL:
        return
    client.force_login(trainee)
    assert client.get("/learn/").status_code == 200
    pid = _backend_pid()
    with _other_connection() as other:
        other.execute("SELECT pg_terminate_backend(%s)", [pid])
    _wait_until_readable()

    _check_as_a_new_request_does()
    assert connection.connection is None  # closed: the next query opens a new one
    assert server_asked == ["default"]  # the server had spoken (its notice, then EOF): asked, and it failed
    close_old_connections()
    assert client.get("/learn/").status_code == 200  # no 500 for the trainee
    assert _backend_pid() != pid


@pytest.mark.django_db(transaction=True)
def test_a_connection_the_server_spoke_on_for_another_reason_is_asked_and_kept(server_asked):
    if not POSTGRESQL:
        return
    pid = _backend_pid()
    with connection.cursor() as cursor:
        cursor.execute("LISTEN coachtraining_health_test")
    with _other_connection() as other:
        other.execute("NOTIFY coachtraining_health_test")
    _wait_until_readable()

    _check_as_a_new_request_does()
    assert server_asked == ["default"]
    assert connection.connection is not None and _backend_pid() == pid
    with connection.cursor() as cursor:
        cursor.execute("UNLISTEN *")


@pytest.mark.django_db(transaction=True)
def test_a_connection_not_idle_is_asked(server_asked):
    if not POSTGRESQL:
        return
    pid = _backend_pid()
    connection.connection.execute("BEGIN")  # a transaction left open behind Django's back
    try:
        connection.health_check_done = False
        connection.close_if_health_check_failed()
        assert server_asked == ["default"]
        assert connection.connection is not None and _backend_pid() == pid
    finally:
        connection.connection.execute("ROLLBACK")


def test_a_closed_connection_is_not_usable():
    wrapper = DatabaseWrapper(connection.settings_dict.copy(), alias="health-test")
    assert wrapper.is_usable() is False  # never connected


@pytest.mark.django_db(transaction=True)
def test_a_descriptor_past_selects_limit_is_checked_as_any_other(server_asked):
    """A process holding over a thousand files (a busy worker) must not lose its connection to the
    check: the socket is watched with poll(), which has no descriptor limit."""
    if not POSTGRESQL:
        return
    import os

    pid = _backend_pid()
    raw = connection.connection
    high = os.dup2(raw.fileno(), 1500)  # the same socket, as a descriptor select() cannot watch
    try:
        original = type(raw).fileno
        type(raw).fileno = lambda self: high if self is raw else original(self)
        try:
            _check_as_a_new_request_does()
        finally:
            type(raw).fileno = original
    finally:
        os.close(high)
    assert server_asked == []
    assert connection.connection is raw and _backend_pid() == pid

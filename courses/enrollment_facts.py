"""Per-enrollment facts from the hours ledger, lesson progress and quiz attempts, in plain SQL.

Every trainee dashboard and course page reads them (``selectors._progress_for``), the
supervisor dashboard reads them for a page of trainees, and every lesson completion and
passed quiz sums the ledger to decide completion. Building these GROUP BY queries through
the ORM cost more CPU than running them: 1.2-2.1 ms of a dashboard's 6-8 ms, measured
in-process, old and new interleaved (docs/benchmarks.md). So they are written once here,
with table and column names taken from the models; ``tests/courses/test_enrollment_facts.py``
checks every one against the ORM's answer on SQLite and PostgreSQL.

``enrollment_ids``: a list of ids, or a queryset of ``pk`` values (a subquery, for lists
too long to bind). On PostgreSQL a long list is bound as one array (``coachtraining.lookups``).

Times of last activity come back from PostgreSQL as seconds since the epoch (a ``float8``,
which psycopg reads in C) and are made ``datetime`` here: Django reads a ``timestamptz`` in
pure Python (Django ticket #36960), and the supervisor dashboard reads ~7,600 of them for
1,000 trainees (3,000 last-seen times: 15.8 ms of CPU as timestamps, 4.7 as epoch seconds,
measured in-process). A float8 holds today's epoch seconds to a quarter of a microsecond,
so the ``datetime`` is the exact one (the tests compare them with the ORM's).
"""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timezone as dt_timezone

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import DateTimeField, QuerySet, Value

from coachtraining.lookups import any_of

from .models import Enrollment, HourEntry, LessonProgress, QuizAttempt


ARRAY_FROM = 20  # ids bound as one array from this many on: a trainee's own few cost less as IN (...)


def _in(ids, model) -> tuple[str, list] | None:
    """``IN (...)`` and its parameters for ``model``'s primary keys: bound ids for a list (one
    array on PostgreSQL when long), the queryset's own SQL for a subquery of ``pk`` values (no limit on
    their number). None: it matches nothing."""
    if isinstance(ids, QuerySet):
        try:
            sql, params = ids.query.sql_with_params()
        except EmptyResultSet:  # e.g. a filter on an empty list of courses
            return None
        return f"IN ({sql})", list(params)
    ids = list(ids)
    if not ids:
        return None
    if len(ids) >= ARRAY_FROM and connection.vendor == "postgresql":
        return any_of(ids, model._meta.pk.db_type(connection))
    return f"IN ({', '.join(['%s'] * len(ids))})", ids


SUBQUERY_FROM = 500  # on SQLite, this many ids or more go as a subquery: it limits bound parameters


def ids_or_subquery(ids: list[int], query: QuerySet):
    """What to pass these functions as ``enrollment_ids`` when the caller holds both the ids and the
    query they came from: the ids, bound as one array on PostgreSQL (or a short ``IN`` list), so
    each aggregate neither compiles nor runs the query again; on SQLite a long list becomes
    ``query`` (``pk`` values), a subquery, for its limit on bound parameters. For the supervisor
    dashboard's 1,000 trainees the subquery cost PostgreSQL ~1.5 ms in each of five aggregates,
    and Django ~0.3 ms to compile it for each (docs/benchmarks.md, session 16)."""
    if connection.vendor == "postgresql" or len(ids) < SUBQUERY_FROM:
        return ids
    return query


def _enrollment_in(enrollment_ids) -> tuple[str, list] | None:
    return _in(enrollment_ids, Enrollment)


def _columns(model, *fields: str) -> tuple[str, ...]:
    quote = connection.ops.quote_name
    return (quote(model._meta.db_table), *(quote(model._meta.get_field(name).column) for name in fields))


def _rows(sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _rows_for(enrollment_ids, sql: str) -> list[tuple]:
    """The rows of ``sql`` for these enrollments: its ``<enrollments>`` becomes the ``IN (...)``
    filter. No query when that matches nothing."""
    where = _enrollment_in(enrollment_ids)
    if where is None:
        return []
    condition, params = where
    return _rows(sql.replace("<enrollments>", condition), params)


def _epoch_moments() -> bool:
    return connection.vendor == "postgresql" and settings.USE_TZ


def _moment_sql(expression: str) -> str:
    """A timestamp aggregate as read cheaply: epoch seconds on PostgreSQL (module docstring)."""
    return f"EXTRACT(EPOCH FROM {expression})::float8" if _epoch_moments() else expression


def _moment_converter():
    """Turns what ``_moment_sql`` selected into what the ORM would return (an aware datetime)."""
    if _epoch_moments():
        return lambda value: None if value is None else datetime.fromtimestamp(value, tz=dt_timezone.utc)
    return _datetime_converter()


def _datetime_converter():
    """A function turning an aggregate's datetime into what the ORM would return (SQLite hands
    back text). Made once per query, not per row: building the field and asking the backend
    for its converters cost more than the whole row (~18 µs, 0.2 s for a 1,000-trainee page)."""
    expression = Value(None, output_field=DateTimeField())
    converters = connection.ops.get_db_converters(expression)
    if not converters:
        return lambda value: value

    def convert(value):
        for converter in converters:
            value = converter(value, expression, connection)
        return value

    return convert


def completed_lessons_by_enrollment(enrollment_ids) -> defaultdict[int, set[int]]:
    """The ids of the lessons each enrollment has completed. ``enrollment_ids``: a list or a subquery."""
    table, enrollment, lesson, completed_at = _columns(LessonProgress, "enrollment", "lesson", "completed_at")
    completed = defaultdict(set)
    for enrollment_id, lesson_id in _rows_for(
        enrollment_ids,
        f"SELECT {enrollment}, {lesson} FROM {table} WHERE {completed_at} IS NOT NULL AND {enrollment} <enrollments>",
    ):
        completed[enrollment_id].add(lesson_id)
    return completed


def quiz_stats_by_enrollment(enrollment_ids) -> dict[tuple[int, int], dict]:
    """Submitted attempts per (enrollment, quiz): ``attempts``, ``best`` score and ``passes``.
    ``enrollment_ids``: a list or a subquery."""
    return _quiz_stats(enrollment_ids, with_last=False)[0]


def quiz_stats_and_last_submission(enrollment_ids) -> tuple[dict[tuple[int, int], dict], dict[int, datetime]]:
    """``quiz_stats_by_enrollment`` and, from the same scan of the attempts, when each enrollment
    last submitted one (of any quiz, in its course's outline or not). The supervisor dashboard
    reads both; a second query for the times cost PostgreSQL a second scan of every attempt of
    1,000 trainees (docs/benchmarks.md, session 16). The latest time is picked among the raw
    values (epoch seconds, or SQLite's ISO text, which sorts as time does), so only one per
    enrollment becomes a ``datetime``."""
    return _quiz_stats(enrollment_ids, with_last=True)


def _quiz_stats(enrollment_ids, *, with_last: bool):
    table, enrollment, quiz, score, passed, submitted = _columns(
        QuizAttempt, "enrollment", "quiz", "score", "passed", "submitted_at"
    )
    last_column = f", {_moment_sql(f'MAX({submitted})')}" if with_last else ""
    stats, latest = {}, {}
    for row in _rows_for(
        enrollment_ids,
        f"SELECT {enrollment}, {quiz}, COUNT(*), MAX({score}), SUM(CASE WHEN {passed} THEN 1 ELSE 0 END)"
        f"{last_column} FROM {table} WHERE {submitted} IS NOT NULL AND {enrollment} <enrollments> "
        f"GROUP BY {enrollment}, {quiz}",
    ):
        enrollment_id = row[0]
        stats[(enrollment_id, row[1])] = {
            "enrollment_id": enrollment_id, "quiz_id": row[1], "attempts": row[2], "best": row[3], "passes": row[4]
        }
        if with_last and (enrollment_id not in latest or row[5] > latest[enrollment_id]):
            latest[enrollment_id] = row[5]
    if not with_last:
        return stats, None
    to_datetime = _moment_converter()
    return stats, {enrollment_id: to_datetime(value) for enrollment_id, value in latest.items()}


def lesson_progress_by_enrollment(enrollment_ids, lesson_ids) -> dict[int, tuple[int, datetime]]:
    """(lessons completed among ``lesson_ids``, time last seen on any lesson) per enrollment
    with any lesson progress. ``enrollment_ids``: a list or a subquery."""
    table, enrollment, lesson, completed_at, last_seen = _columns(
        LessonProgress, "enrollment", "lesson", "completed_at", "last_seen_at"
    )
    where = _enrollment_in(enrollment_ids)
    if where is None:
        return {}
    lessons = _in(lesson_ids, LessonProgress._meta.get_field("lesson").related_model)
    if lessons is None:
        done, params = "0", []
    else:
        done = f"SUM(CASE WHEN {completed_at} IS NOT NULL AND {lesson} {lessons[0]} THEN 1 ELSE 0 END)"
        params = lessons[1]
    to_datetime = _moment_converter()
    sql = (
        f"SELECT {enrollment}, {done}, {_moment_sql(f'MAX({last_seen})')} FROM {table} "
        f"WHERE {enrollment} {where[0]} GROUP BY {enrollment}"
    )
    return {row[0]: (row[1], to_datetime(row[2])) for row in _rows(sql, [*params, *where[1]])}


def ledger_by_user(user_ids) -> tuple[dict[int, dict[str, int]], dict[int, datetime]]:
    """Per user: the minutes of their ledger entries outside any enrollment (supervision,
    practice, adjustments) by source, and the time of their latest entry of any kind.
    ``user_ids``: a list or a queryset of user ``pk`` values."""
    table, user, source, entry_minutes, enrollment, occurred = _columns(
        HourEntry, "user", "source", "minutes", "enrollment", "occurred_at"
    )
    where = _in(user_ids, get_user_model())
    if where is None:
        return {}, {}
    to_datetime = _moment_converter()
    minutes, latest = defaultdict(dict), {}
    for user_id, entry_source, total, last in _rows(
        f"SELECT {user}, {source}, SUM(CASE WHEN {enrollment} IS NULL THEN {entry_minutes} ELSE 0 END), "
        f"{_moment_sql(f'MAX({occurred})')} FROM {table} WHERE {user} {where[0]} GROUP BY {user}, {source}",
        where[1],
    ):
        if total:
            minutes[user_id][entry_source] = total
        last = to_datetime(last)
        if last is not None and (user_id not in latest or last > latest[user_id]):
            latest[user_id] = last
    return dict(minutes), latest


def minutes_by_enrollment_and_domain(enrollment_ids) -> defaultdict[int, dict[int, int]]:
    """The ledger's minutes per enrollment and competency domain (the sum of its entries).
    ``enrollment_ids``: a list or a subquery."""
    table, enrollment, domain, entry_minutes = _columns(HourEntry, "enrollment", "domain", "minutes")
    minutes = defaultdict(dict)
    for enrollment_id, domain_id, total in _rows_for(
        enrollment_ids,
        f"SELECT {enrollment}, {domain}, SUM({entry_minutes}) FROM {table} "
        f"WHERE {enrollment} <enrollments> GROUP BY {enrollment}, {domain}",
    ):
        minutes[enrollment_id][domain_id] = total
    return minutes


def minutes_total(enrollment_id: int) -> int:
    """The sum of one enrollment's ledger entries (corrections included), in minutes."""
    table, enrollment, entry_minutes = _columns(HourEntry, "enrollment", "minutes")
    return _rows(f"SELECT SUM({entry_minutes}) FROM {table} WHERE {enrollment} = %s", [enrollment_id])[0][0] or 0


def minutes_by_domain_and_mode(enrollment_id: int) -> list[tuple[int, str, int]]:
    """One enrollment's ledger as (domain id, delivery mode, minutes) sums: what its certificate
    freezes, by domain and by mode."""
    table, enrollment, domain, mode, entry_minutes = _columns(HourEntry, "enrollment", "domain", "delivery_mode", "minutes")
    return _rows(
        f"SELECT {domain}, {mode}, SUM({entry_minutes}) FROM {table} WHERE {enrollment} = %s GROUP BY {domain}, {mode}",
        [enrollment_id],
    )

"""The indexes of the tables every dashboard aggregates (``courses.models``): the sums are covered
on PostgreSQL, every foreign key still leads an index (its lookups and ON DELETE checks), and no
plain index repeats the first columns of another, to be updated on every insert for nothing."""
import pytest
from django.db import connection

from courses.models import HourEntry, LessonProgress, QuizAttempt

pytestmark = pytest.mark.django_db

MODELS = [HourEntry, QuizAttempt, LessonProgress]
# Kept on purpose although the unique (enrollment, lesson) index starts with it: without it,
# PostgreSQL chose a sequential scan of all lesson progress for the supervisor dashboard.
KEPT = {("courses_lessonprogress", ("enrollment_id",))}


def _indexes(model) -> dict[str, dict]:
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, model._meta.db_table)
    return {name: c for name, c in constraints.items() if c["index"] or c["unique"]}


def _definitions(table: str) -> dict[str, str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s", [table])
        return dict(cursor.fetchall())


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_foreign_key_leads_an_index(model):
    leading = {c["columns"][0] for c in _indexes(model).values() if c["columns"]}
    keys = {field.column for field in model._meta.concrete_fields if field.is_relation}
    assert keys and keys <= leading


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_no_plain_index_repeats_the_start_of_another(model):
    indexes = _indexes(model)
    table = model._meta.db_table
    for name, index in indexes.items():
        columns = tuple(index["columns"])
        if index["unique"] or (table, columns) in KEPT:
            continue
        for other_name, other in indexes.items():
            if other_name != name and len(other["columns"]) > len(columns):
                assert tuple(other["columns"][: len(columns)]) != columns, (name, other_name)


def test_the_dashboard_sums_are_covered_on_postgresql():
    indexes = {name: tuple(c["columns"]) for name, c in _indexes(HourEntry).items()}
    assert indexes["hourentry_enrollment_domain"][:2] == ("enrollment_id", "domain_id")
    assert indexes["hourentry_user_time"][:2] == ("user_id", "occurred_at")
    unique = [tuple(c["columns"][:3]) for c in _indexes(QuizAttempt).values() if c["unique"]]
    # On both databases: Django would leave a unique constraint with INCLUDE out of SQLite altogether.
    assert ("enrollment_id", "quiz_id", "number") in unique
    if connection.vendor != "postgresql":
        return  # SQLite ignores INCLUDE (settings silence its warnings)
    ledger = _definitions(HourEntry._meta.db_table)
    assert ledger["hourentry_enrollment_domain"].endswith("(enrollment_id, domain_id) INCLUDE (minutes)")
    assert ledger["hourentry_user_time"].endswith("(user_id, occurred_at) INCLUDE (source, enrollment_id, minutes)")

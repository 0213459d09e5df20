"""``coachtraining.lookups.InIds`` matches what ``__in`` matches, on SQLite and PostgreSQL."""
from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import F, Q
from django.test.utils import CaptureQueriesContext

from coachtraining.lookups import InIds
from courses.models import Enrollment
from courses.services import enrollment_create
from tests import factories

User = get_user_model()


@pytest.fixture
def people(db):
    course = factories.make_course(domain=factories.make_domain("advocacy"))
    users = [factories.make_user(email=f"in-ids-{n}@example.org") for n in range(5)]
    for user in users[:4]:
        enrollment_create(user=user, course=course)
    return users


def ids(queryset):
    return sorted(queryset.values_list("pk", flat=True))


def test_it_matches_what_in_matches(people):
    wanted = [people[0].pk, people[2].pk, people[2].pk, people[4].pk, 10**9]  # a repeat, one with none, one unknown
    assert ids(User.objects.filter(InIds(F("pk"), wanted))) == ids(User.objects.filter(pk__in=wanted))
    found = Enrollment.objects.filter(InIds(F("user_id"), wanted))  # a foreign key
    assert ids(found) == ids(Enrollment.objects.filter(user_id__in=wanted))
    assert sorted(found.values_list("user_id", flat=True)) == [people[0].pk, people[2].pk]


def test_it_combines_with_other_conditions_and_as_a_subquery(people):
    wanted = [user.pk for user in people]
    enrollments = Enrollment.objects.filter(Q(InIds(F("user_id"), wanted)) & ~Q(user_id=people[1].pk)).values("pk")
    assert sorted(User.objects.filter(enrollments__in=enrollments).values_list("pk", flat=True)) == sorted(
        [people[0].pk, people[2].pk, people[3].pk]
    )


def test_no_ids_match_nothing_without_a_query(people):
    with CaptureQueriesContext(connection) as queries:
        assert list(User.objects.filter(InIds(F("pk"), []))) == []
    assert len(queries) == 0


def test_the_whole_list_is_one_parameter_on_postgresql(people):
    wanted = [user.pk for user in people]
    sql, params = User.objects.filter(InIds(F("pk"), wanted)).query.sql_with_params()
    if connection.vendor == "postgresql":
        assert "= ANY(%s::integer[])" in sql
        assert params == ("{" + ",".join(map(str, wanted)) + "}",)
    else:
        assert params == tuple(wanted)  # Django's IN, one parameter per id


@pytest.mark.parametrize("value", [True, "1", 1.0, None])
def test_only_integer_ids(people, value):
    with pytest.raises(TypeError, match="integer ids"):
        list(User.objects.filter(InIds(F("pk"), [people[0].pk, value])))

"""Concurrent attendance recordings never double-count: real threads, real connections."""
import pytest
from django.db.models import Sum

from cohorts import services as cohorts
from cohorts.models import Attendance
from courses.models import HourEntry
from programs.roles import Role
from tests import factories
from tests.courses.test_concurrency import run_together
from tests.factories import cohorts as fc

pytestmark = pytest.mark.django_db(transaction=True)


def test_recording_the_same_attendance_at_once_credits_once(domain):
    site = fc.default_site()
    course = factories.make_course(domain=domain)
    facilitator = fc.make_staff(site, Role.FACILITATOR)
    cohort = fc.make_cohort(site=site, course=course, facilitators=[facilitator])
    session = fc.make_session(cohort=cohort, actor=facilitator, duration=60, domain=domain)
    enrollment, _ = fc.add_member(cohort=cohort, user=factories.make_user(), actor=facilitator)

    def record(minutes):
        return lambda: cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=minutes, actor=facilitator)

    results = run_together([record(60)] * 4)
    assert not [r for r in results if isinstance(r, Exception)], results
    assert HourEntry.objects.filter(enrollment=enrollment).count() == 1
    assert sum(r.minutes_credited for r in results) == 60

    results = run_together([record(45)] * 3 + [record(30)] * 3)
    assert not [r for r in results if isinstance(r, Exception)], results
    final = Attendance.objects.get().minutes_attended
    assert final in (45, 30)
    assert HourEntry.objects.filter(enrollment=enrollment).aggregate(t=Sum("minutes"))["t"] == final

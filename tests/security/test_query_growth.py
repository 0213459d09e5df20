"""No page's query count grows with its data: every GET page of ours, walked from the route
inventory (``routes.py``), runs as many queries after site A has grown (more trainees in the
cohort, at the session, completing the course with certificates and reissue requests, more
practice entries, supervision sessions and assignments, a second cohort, a second session, a
second facilitator) as before. An N+1 — a query per row of a list — fails it on whichever page
it appears, not only on the pages whose counts ``tests/courses/test_query_counts.py`` pins.

Each page is fetched twice at each size and the second fetch is counted: the first fills
Django's caches (content types, the sites' root paths), which a page in service has filled.
"""
from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from certificates import services as certificate_services
from certificates.models import Certificate
from cohorts import services as cohorts
from courses import services
from programs.roles import Role
from supervision import services as supervision
from supervision.models import PracticeEntry, SupervisionFormat
from tests import factories
from tests.certificates.conftest import complete_course
from tests.factories import cohorts as factories_cohorts
from tests.factories import supervision as fs

from .conftest import fetch, login
from .routes import ROUTES

pytestmark = pytest.mark.django_db

PAGES = [name for name, route in ROUTES.items() if "GET" in route.methods and route.ok == 200]

# Pages that list what ``_grow`` adds: their HTML must grow, or the comparison proves nothing for them.
# (The readiness pages show sums by requirement, not rows: they are compared for queries only.)
LISTS = {
    "certificates:mine", "certificates:transcript", "cohorts:list", "cohorts:detail", "cohorts:attendance",
    "supervision:dashboard", "supervision:export", "supervision:trainee", "supervision:transcript",
    "supervision:sessions", "supervision:my_practice", "supervision:review", "supervision:assignments",
    "programs_admin:roles", "programs_admin:audit",
    "certificates_admin:index", "certificates_admin:requests",
}


def _measure(client, world) -> dict[str, tuple[int, int]]:
    """{page: (queries, bytes)} for site A's pages, each fetched by its authorised user."""
    measured = {}
    for name in PAGES:
        route = ROUTES[name]
        login(client, route.who(world, world.a))
        url = reverse(name, kwargs=route.kwargs(world.a))
        fetch(client, "GET", url)  # fills the per-process memos
        with CaptureQueriesContext(connection) as queries:
            response = fetch(client, "GET", url)
        assert response.status_code == 200, (name, response.status_code)
        measured[name] = (len(queries.captured_queries), len(response.body))
    return measured


def _grow(world, n: int = 3) -> None:
    a, domain = world.a, world.domain
    yesterday = timezone.localdate() - timedelta(days=1)
    for i in range(n):
        trainee = factories.make_user(first_name=f"Grown{i}", last_name="Trainee")
        enrollment, _ = factories_cohorts.add_member(cohort=a.cohort, user=trainee, actor=a.admin)
        cohorts.attendance_record(session=a.session, enrollment=enrollment, minutes_attended=20, actor=a.admin)
        complete_course(trainee, a.course)
        certificate = Certificate.objects.get(enrollment=enrollment, status=Certificate.Status.PENDING)
        certificate = certificate_services.certificate_issue(certificate_id=certificate.pk)
        certificate_services.reissue_request_create(
            certificate=certificate, user=trainee, requested_name=f"Grown Name {i}", reason="Legal name change"
        )
        second, _ = services.enrollment_create(user=trainee, course=a.course2)
        services.quiz_attempt_start(enrollment=second, quiz=factories.quizzes_of(a.course2)[0])
        fs.assign(a.supervisor, trainee, a.site)
        for who in (trainee, a.trainee):
            supervision.practice_entry_create(
                trainee=who, site=a.site, performed_on=yesterday - timedelta(days=i), minutes=30, domain=domain,
                service_type=PracticeEntry.ServiceType.DIRECT, description=f"Grown practice {i}",
            )
        supervision.supervision_session_log(
            supervisor=a.supervisor, site=a.site, trainees=[trainee, a.trainee], held_on=yesterday - timedelta(days=i),
            minutes=30, format=SupervisionFormat.GROUP, domains=[domain], notes=f"Grown notes {i}",
        )
    complete_course(a.trainee, a.course2)  # a second certificate for the original trainee
    facilitator = factories_cohorts.make_staff(a.site, Role.FACILITATOR, first_name="Second", last_name="Facilitator")
    factories_cohorts.make_cohort(
        site=a.site, course=a.course2, facilitators=[a.facilitator, facilitator], actor=a.admin, name="Second cohort"
    )
    factories_cohorts.make_session(cohort=a.cohort, actor=a.admin, domain=domain, title="Second session")


def test_no_page_runs_more_queries_with_more_data(client, world):
    before = _measure(client, world)
    _grow(world)
    after = _measure(client, world)

    grew = {name: (before[name][0], after[name][0]) for name in PAGES if after[name][0] != before[name][0]}
    assert not grew, f"query counts changed with the data (before, after): {grew}"
    unchanged = sorted(name for name in LISTS if after[name][1] <= before[name][1])
    assert not unchanged, f"these pages did not show the added data, so the test proves nothing for them: {unchanged}"

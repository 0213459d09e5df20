"""Fixtures of the hostile-input suite: one "world" of two program sites, built once per module.

Site A (the default site, ``testserver``) and site B each have: a site admin, a
facilitator running a cohort with a live session and recorded attendance, a
supervisor with an assigned trainee, that trainee's completed enrollment (with an
issued certificate, a pending reissue request, a submitted quiz attempt), an open
quiz attempt on a second course, a pending practice entry and a supervision session.
Site A's people, cohort and texts carry script payloads (see ``XSS_*``).

The world is built once per test module inside an outer transaction that is rolled
back when the module ends; each test runs in a savepoint inside it (pytest-django's
``db``), so a test's writes never leak into the next one.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone

from certificates import bulk as certificate_bulk
from certificates import services as certificate_services
from certificates.models import Certificate, ReissueRequest
from cohorts import invitations
from cohorts import services as cohorts
from courses import services
from courses.models import QuizAttempt
from programs.models import SiteRole
from programs.roles import Role
from readiness import services as readiness
from readiness.models import CredentialFramework
from supervision import services as supervision
from supervision.models import PracticeEntry, SupervisionFormat
from tests import factories
from tests.certificates.conftest import complete_course
from tests.factories import activities as factories_activities
from tests.factories import cohorts as factories_cohorts
from tests.factories import sites as factories_sites
from tests.factories import supervision as fs

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = '"><img src=x onerror=alert(1)>'
RAW_MARKERS = ("<script>alert", "<img src=x onerror")


@dataclass
class SiteWorld:
    """Everything one program site holds (ids are what the tampering tests aim at)."""

    site: object
    course: object
    course2: object
    admin: object
    facilitator: object
    supervisor: object
    trainee: object
    enrollment: object
    cohort: object
    session: object
    attendance: object
    attempt_submitted: object
    attempt_open: object
    certificate: object
    reissue_request: object
    practice_entry: object
    supervision_session: object
    assignment: object
    staff_role: object  # the facilitator's SiteRole (for the revoke route)
    lesson: object
    lesson2: object  # a lesson of course2 (not completed)
    activity_lesson: object = None  # another lesson of course2, with activities
    reflection: object = None  # the trainee's answer to its reflection
    invitation: object = None  # to join this site's cohort, sent to the other site's trainee
    invitee: object = None
    held_credential: object = None  # the trainee's, for the site admin to verify
    bulk_download: object = None  # the supervisor's ZIP of their trainee's certificates (built)


@dataclass
class World:
    a: SiteWorld
    b: SiteWorld
    platform_admin: object
    outsider: object
    domain: object
    extra: dict = field(default_factory=dict)

    def site(self, key):
        return getattr(self, key)


def _build_site(site, *, label, hostile: bool, domain) -> SiteWorld:
    names = (
        {"first_name": XSS_SCRIPT, "last_name": XSS_IMG}
        if hostile else {"first_name": f"Trainee{label}", "last_name": "Plain"}
    )
    course = factories_cohorts.make_course_on(site, domain=domain, title=f"Course {label}")
    course2 = factories_cohorts.make_course_on(site, domain=domain, title=f"Second course {label}")
    admin = factories_cohorts.make_staff(site, Role.SITE_ADMIN, first_name=f"Admin{label}", last_name="Site")
    facilitator = factories_cohorts.make_staff(site, Role.FACILITATOR, first_name=f"Fac{label}", last_name="Ilitator")
    supervisor = fs.make_supervisor(site, first_name=f"Sup{label}", last_name="Ervisor")
    trainee = factories.make_user(**names)
    cohort = factories_cohorts.make_cohort(
        site=site, course=course, facilitators=[facilitator], actor=admin,
        name=(f"{XSS_SCRIPT} cohort" if hostile else f"Cohort {label}"),
    )
    enrollment, _ = factories_cohorts.add_member(cohort=cohort, user=trainee, actor=admin)
    session = factories_cohorts.make_session(
        cohort=cohort, actor=admin, domain=domain, title=(f"{XSS_IMG} session" if hostile else f"Session {label}")
    )
    attendance = cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=30, actor=admin).attendance
    complete_course(trainee, course)
    certificate = Certificate.objects.get(enrollment=enrollment, status=Certificate.Status.PENDING)
    certificate = certificate_services.certificate_issue(certificate_id=certificate.pk)
    assert certificate.status == Certificate.Status.ISSUED
    reissue_request = certificate_services.reissue_request_create(
        certificate=certificate, user=trainee, requested_name=f"New Name {label}", reason="Legal name change"
    )
    attempt_submitted = QuizAttempt.objects.filter(enrollment=enrollment, submitted_at__isnull=False).first()
    enrollment2, _ = services.enrollment_create(user=trainee, course=course2)
    quiz2 = factories.quizzes_of(course2)[0]
    attempt_open = services.quiz_attempt_start(enrollment=enrollment2, quiz=quiz2)
    assignment = fs.assign(supervisor, trainee, site)
    practice_entry = supervision.practice_entry_create(
        trainee=trainee, site=site, performed_on=timezone.localdate() - timedelta(days=1), minutes=45, domain=domain,
        service_type=PracticeEntry.ServiceType.DIRECT,
        description=(f"{XSS_SCRIPT} practice" if hostile else f"Practice {label}"),
    )
    supervision_session = supervision.supervision_session_log(
        supervisor=supervisor, site=site, trainees=[trainee], held_on=timezone.localdate() - timedelta(days=2),
        minutes=60, format=SupervisionFormat.INDIVIDUAL, domains=[domain],
        notes=(f"{XSS_IMG} notes" if hostile else "Notes"),
    )
    staff_role = SiteRole.objects.get(user=facilitator, site=site, role=Role.FACILITATOR)
    activity_lesson = factories_activities.add_activities(factories.lessons_of(course2)[1])
    reflection = services.reflection_save(
        enrollment=enrollment2, lesson=activity_lesson, block_id=str(factories_activities.block(activity_lesson, "reflection").id),
        text=(f"{XSS_SCRIPT} my own words, shared" if hostile else "My own words, shared with my facilitator"),
        share_with_facilitators=True, share_with_supervisors=True,
    )
    framework, _ = CredentialFramework.objects.get_or_create(
        slug="world-crpa", defaults={"name": "World CRPA", "training_minutes": 3000, "renewal_months": 36, "renewal_minutes": 1680}
    )
    held_credential = readiness.held_credential_record(
        user=trainee, framework=framework, number=(XSS_SCRIPT[:60] if hostile else f"CRPA-{label}"),
        issued_on=timezone.localdate() - timedelta(days=400), expires_on=timezone.localdate() + timedelta(days=700),
    )
    bulk_download = certificate_bulk.bulk_download_build(download_id=certificate_bulk.bulk_download_request(
        user=supervisor, filters=certificate_bulk.BulkFilters()).pk)
    return SiteWorld(
        held_credential=held_credential, bulk_download=bulk_download,
        site=site, course=course, course2=course2, admin=admin, facilitator=facilitator, supervisor=supervisor,
        trainee=trainee, enrollment=enrollment, cohort=cohort, session=session, attendance=attendance,
        attempt_submitted=attempt_submitted, attempt_open=attempt_open, certificate=certificate,
        reissue_request=reissue_request, practice_entry=practice_entry, supervision_session=supervision_session,
        assignment=assignment, staff_role=staff_role, lesson=factories.lessons_of(course)[0],
        lesson2=factories.lessons_of(course2)[0], activity_lesson=activity_lesson, reflection=reflection,
    )


def build_world() -> World:
    domain = factories.make_domain()
    site_a = factories.default_site()
    site_a.site_name = f"{XSS_SCRIPT} program"
    site_a.save()
    site_b = factories_sites.second_site(hostname="program-b.example.org", name="Program B")
    a = _build_site(site_a, label="A", hostile=True, domain=domain)
    b = _build_site(site_b, label="B", hostile=False, domain=domain)
    for here, there in ((a, b), (b, a)):  # each site invites the other's trainee to its cohort
        here.invitee = there.trainee
        here.invitation = invitations.cohort_invite(cohort=here.cohort, email=there.trainee.email, actor=here.admin).invitation
    platform_admin = factories.make_user(first_name="Platform", last_name="Admin", is_superuser=True, is_staff=True)
    outsider = factories.make_user(first_name="Out", last_name="Sider")
    return World(a=a, b=b, platform_admin=platform_admin, outsider=outsider, domain=domain)


@pytest.fixture(autouse=True)
def _media_root():
    """Overrides the suite's per-test MEDIA_ROOT: certificate files are made once per module (see ``world``)."""


@pytest.fixture(autouse=True)
def _fresh_cache(settings):
    """No rate-limit counters or cached site paths carried between tests."""
    settings.CERTIFICATES_VERIFY_RATE_PER_MINUTE = 10_000
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    media = tmp_path_factory.mktemp("security-media")
    with override_settings(MEDIA_ROOT=str(media)), django_db_blocker.unblock():
        cache.clear()
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield build_world()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            cache.clear()


def login(client, user):
    client.logout()
    if user is not None:
        client.force_login(user)
    return client


def snapshot() -> dict:
    """What a refused or malformed request must never change: row counts and the state of every record."""
    from certificates.models import BulkDownload, CertificateEvent
    from programs.models import AuditEvent
    from cohorts.models import Attendance, Cohort, CohortInvitation, LiveSession
    from courses.models import ActivityResponse, Enrollment, HourEntry, LessonProgress
    from programs.models import SupervisorAssignment
    from supervision.models import DigestPreference, ExportLog, SupervisionSession
    from django.contrib.auth import get_user_model
    from django.db.models import Sum
    from wagtail.models import Site

    return {
        "users": list(get_user_model().objects.order_by("pk").values_list("pk", "first_name", "last_name", "email", "is_active")),
        "sites": list(Site.objects.order_by("pk").values_list("pk", "hostname", "site_name")),
        "roles": list(SiteRole.objects.order_by("pk").values_list("pk", "user_id", "site_id", "role")),
        "enrollments": list(Enrollment.objects.order_by("pk").values_list("pk", "status", "cohort_id", "completed_at")),
        "hours": (HourEntry.objects.count(), HourEntry.objects.aggregate(s=Sum("minutes"))["s"]),
        "progress": list(LessonProgress.objects.order_by("pk").values_list("pk", "engaged_seconds", "completed_at")),
        "activities": list(ActivityResponse.objects.order_by("pk").values_list(
            "pk", "text", "choices", "shared_with_facilitators", "shared_with_supervisors", "completed_at")),
        "attempts": list(QuizAttempt.objects.order_by("pk").values_list("pk", "submitted_at", "score")),
        "cohorts": list(Cohort.objects.order_by("pk").values_list("pk", "name")),
        "sessions": list(LiveSession.objects.order_by("pk").values_list("pk", "title", "duration_minutes")),
        "attendance": list(Attendance.objects.order_by("pk").values_list("pk", "minutes_attended", "revision")),
        "practice": list(PracticeEntry.objects.order_by("pk").values_list("pk", "status", "minutes", "description")),
        "supervision": list(SupervisionSession.objects.order_by("pk").values_list("pk", "minutes", "notes")),
        "assignments": list(SupervisorAssignment.objects.order_by("pk").values_list(
            "pk", "supervisor_id", "trainee_id", "shares_other_programs_since")),
        "invitations": list(CohortInvitation.objects.order_by("pk").values_list("pk", "email", "status")),
        "certificates": list(Certificate.objects.order_by("pk").values_list("pk", "status", "name_on_certificate")),
        "certificate_events": CertificateEvent.objects.count(),
        "reissue_requests": list(ReissueRequest.objects.order_by("pk").values_list("pk", "status", "requested_name")),
        "exports": ExportLog.objects.count(),
        "digest_days": list(DigestPreference.objects.order_by("pk").values_list("pk", "weekday")),
        "bulk_downloads": list(BulkDownload.objects.order_by("pk").values_list("pk", "status", "file")),
        "audit": AuditEvent.objects.count(),
    }


def fetch(client, method: str, url: str, data=None, **extra):
    """One request with any method; the body of streaming responses is read and closed (no ResourceWarning)."""
    call = getattr(client, method.lower())
    if method in ("GET", "HEAD"):
        response = call(url, data or {}, **extra)
    elif method == "POST":
        response = call(url, data or {}, **extra)
    else:
        response = call(url, data="", **extra)
    # The test client closes a response when its content is complete (a streaming one once it is
    # read through); closing it again would fire request_finished and close the test's connection.
    response.body = b"".join(response.streaming_content) if response.streaming else response.content
    return response

"""Query counts of the course page and the dashboard do not grow with lessons or enrollments."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import services
from courses.models import LessonPage, QuizPage
from courses.selectors import activity_specs, live_credited_page
from tests import factories

pytestmark = pytest.mark.django_db

# Pinned: a change here means a page started doing per-row queries (or got cheaper: update it).
# Every page: the session, the user and the navigation's roles; every Wagtail page also the site,
# its root page and the reader's locale (Wagtail's route finds the root's translation in the reader's
# language). Outlines, routes and lesson bodies come from the cache.
COURSE_PAGE_QUERIES = 11
DASHBOARD_QUERIES = 11  # with the invitations waiting for the trainee's answer
LESSON_PAGE_QUERIES = 8  # + enrollment, progress (a completed lesson: nothing to write)
OPEN_LESSON_PAGE_QUERIES = 9  # the same + one compare-and-set UPDATE of the engaged time (no transaction)
HEARTBEAT_QUERIES = 7  # session, user, the lesson and its course, enrollment, progress, its UPDATE


def _with_progress(user, course):
    enrollment, _ = services.enrollment_create(user=user, course=course)
    lesson = factories.lessons_of(course)[0]
    services.lesson_record_engagement(enrollment=enrollment, lesson=lesson)
    services.lesson_complete(enrollment=enrollment, lesson=lesson)
    quiz = factories.quizzes_of(course)[0]
    attempt = services.quiz_attempt_start(enrollment=enrollment, quiz=quiz)
    services.quiz_attempt_submit(attempt=attempt, answers=factories.answers_for(quiz, correct=False))
    return enrollment


def _count(client, url):
    client.get(url)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("modules, lessons", [(1, 1), (3, 4), (6, 8)])
def test_course_page_query_count_is_fixed(client, trainee, domain, modules, lessons):
    course = factories.make_course(domain=domain, modules=modules, lessons_per_module=lessons)
    _with_progress(trainee, course)
    client.force_login(trainee)
    assert _count(client, course.url) == COURSE_PAGE_QUERIES


@pytest.mark.parametrize("courses, lessons", [(1, 1), (3, 5), (6, 10)])
def test_dashboard_query_count_is_fixed(client, trainee, domain, courses, lessons):
    for _ in range(courses):
        course = factories.make_course(domain=domain, modules=2, lessons_per_module=lessons)
        _with_progress(trainee, course)
    client.force_login(trainee)
    assert _count(client, reverse("courses:dashboard")) == DASHBOARD_QUERIES


@pytest.mark.parametrize("modules, lessons", [(1, 1), (3, 4), (6, 8)])
def test_lesson_page_query_count_is_fixed(client, trainee, domain, modules, lessons):
    course = factories.make_course(domain=domain, modules=modules, lessons_per_module=lessons)
    _with_progress(trainee, course)
    client.force_login(trainee)
    assert _count(client, factories.lessons_of(course)[0].url) == LESSON_PAGE_QUERIES


@pytest.mark.parametrize("modules, lessons", [(1, 2), (6, 8)])
def test_open_lesson_page_and_heartbeat_query_counts_are_fixed(client, trainee, domain, modules, lessons):
    course = factories.make_course(domain=domain, modules=modules, lessons_per_module=lessons)
    _with_progress(trainee, course)
    client.force_login(trainee)
    lesson = factories.lessons_of(course)[1]  # opened before, not complete: every view writes
    client.get(lesson.url)
    assert _count(client, lesson.url) == OPEN_LESSON_PAGE_QUERIES
    heartbeat = reverse("courses:lesson_heartbeat", args=[lesson.pk])
    client.post(heartbeat)  # warm Django's caches (content types, the sites' root paths)
    with CaptureQueriesContext(connection) as queries:
        assert client.post(heartbeat).status_code == 200
    assert len(queries) == HEARTBEAT_QUERIES


# 2 of them are savepoints (the test runs in a transaction); the credit is an INSERT in a savepoint.
LESSON_COMPLETE_QUERIES = 15


@pytest.mark.parametrize("modules, lessons", [(1, 2), (6, 8)])
def test_lesson_completion_query_count_is_fixed(client, trainee, domain, modules, lessons):
    course = factories.make_course(domain=domain, modules=modules, lessons_per_module=lessons)
    enrollment = _with_progress(trainee, course)
    client.force_login(trainee)
    first, second = factories.lessons_of(course)[:2]
    for lesson in (first, second):
        services.lesson_record_engagement(enrollment=enrollment, lesson=lesson)
    client.post(reverse("courses:lesson_complete", args=[first.pk]))  # warm per-process caches
    activity_specs(live_credited_page(LessonPage, second.pk))  # content cached until an editor publishes
    with CaptureQueriesContext(connection) as queries:
        response = client.post(reverse("courses:lesson_complete", args=[second.pk]))
    assert response.status_code == 302
    assert len(queries) == LESSON_COMPLETE_QUERIES, "\n".join(q["sql"][:150] for q in queries.captured_queries)


# Session, user, attempt, the quiz and its course, the enrollment lock and one conditional UPDATE
# of the attempt (no re-read of it), inside a transaction (2 savepoints here, as the test runs in one); a pass adds
# the ledger credit (one INSERT … ON CONFLICT DO NOTHING, no savepoint) and the completion check
# (one SUM).
QUIZ_SUBMIT_FAILED_QUERIES = 10
QUIZ_SUBMIT_PASSED_QUERIES = 14  # the credit: an INSERT in a savepoint


@pytest.mark.parametrize("correct, expected", [(False, QUIZ_SUBMIT_FAILED_QUERIES), (True, QUIZ_SUBMIT_PASSED_QUERIES)])
def test_quiz_submission_query_count_is_fixed(client, trainee, domain, correct, expected):
    course = factories.make_course(domain=domain, modules=2, lessons_per_module=3)
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    first, second = factories.quizzes_of(course)
    client.force_login(trainee)
    warm = services.quiz_attempt_start(enrollment=enrollment, quiz=first)
    client.post(reverse("courses:quiz_submit", args=[warm.pk]), _form(first, correct=False))  # warm caches
    attempt = services.quiz_attempt_start(enrollment=enrollment, quiz=second)
    live_credited_page(QuizPage, second.pk)
    with CaptureQueriesContext(connection) as queries:
        response = client.post(reverse("courses:quiz_submit", args=[attempt.pk]), _form(second, correct=correct))
    assert response.status_code == 302
    assert len(queries) == expected, "\n".join(q["sql"][:150] for q in queries.captured_queries)


def _form(quiz, *, correct):
    return {f"q-{qid}": choices for qid, choices in factories.answers_for(quiz, correct=correct).items()}


# The pass that completes the course adds: the completion rules (completed lessons, passed
# quizzes), the enrollment's conditional UPDATE, and the pending certificate in a savepoint
# (2 queries): the course's site, the program's settings, the domains, the ledger by domain and
# mode, the next number (one upsert), the site's board approvals, the certificate and its "created"
# event; the trainee's legal name (1) and their language (their profile); the course's title in
# another language comes from the cached translations. The issue runs after commit.
QUIZ_SUBMIT_COMPLETING_QUERIES = 33


def test_the_quiz_submission_that_completes_the_course_has_a_fixed_query_count(client, trainee, domain):
    from certificates.models import Certificate
    from programs.models import ProgramSettings
    from courses.selectors import course_site

    course = factories.make_course(domain=domain, modules=2, lessons_per_module=2)
    ProgramSettings.for_site(course_site(course))  # the site's settings row exists (creating it is a change)
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    for lesson in factories.lessons_of(course):
        services.lesson_record_engagement(enrollment=enrollment, lesson=lesson)
        services.lesson_complete(enrollment=enrollment, lesson=lesson)
    first, last = factories.quizzes_of(course)
    services.quiz_attempt_submit(
        attempt=services.quiz_attempt_start(enrollment=enrollment, quiz=first), answers=factories.answers_for(first)
    )
    client.force_login(trainee)
    warm = services.quiz_attempt_start(enrollment=enrollment, quiz=last)
    client.post(reverse("courses:quiz_submit", args=[warm.pk]), _form(last, correct=False))  # warm caches
    attempt = services.quiz_attempt_start(enrollment=enrollment, quiz=last)
    with CaptureQueriesContext(connection) as queries:
        response = client.post(reverse("courses:quiz_submit", args=[attempt.pk]), _form(last, correct=True))
    assert response.status_code == 302
    certificate = Certificate.objects.get(enrollment=enrollment)
    assert (certificate.status, certificate.name_on_certificate) == (Certificate.Status.PENDING, "Ana Gómez")
    assert len(queries) == QUIZ_SUBMIT_COMPLETING_QUERIES, "\n".join(q["sql"][:150] for q in queries.captured_queries)


# The certificate's issue (the Celery task's body): the certificate with its enrollment, trainee
# and site (1), the program's images (1; none is set), the issued mark (1) and its event (1), the
# "emailed" event (1), plus the savepoint pair of the marking transaction inside the test's. Its
# digital badge is signed when first downloaded, not here.
CERTIFICATE_ISSUE_QUERIES = 7


def test_the_certificate_issue_has_a_fixed_query_count(trainee, other_trainee, domain, django_capture_on_commit_callbacks):
    from certificates import services as certificate_services
    from certificates.models import Certificate
    from tests.certificates.conftest import complete_course

    course = factories.make_course(domain=domain, modules=1, lessons_per_module=1)
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(trainee, course)
    with django_capture_on_commit_callbacks(execute=False):
        pending = Certificate.objects.get(enrollment=complete_course(other_trainee, course))
    with CaptureQueriesContext(connection) as queries:
        certificate = certificate_services.certificate_issue(certificate_id=pending.pk)
    assert (certificate.status, certificate.emailed_at is not None) == (Certificate.Status.ISSUED, True)
    assert len(queries) == CERTIFICATE_ISSUE_QUERIES, "\n".join(q["sql"][:150] for q in queries.captured_queries)

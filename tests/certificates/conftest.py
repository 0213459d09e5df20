"""Fixtures for certificate tests: a trainee who completes a course, a real broker and workers."""
from pathlib import Path

import pytest
from django.db import connection

from certificates.models import Certificate
from courses import services as course_services
from tests import factories
from tests.factories import activities as factories_activities
from tests.processes import CeleryWorker, RedisServer, celery_publishing_to, count_emails, database_url_for_workers


def complete_course(user, course):
    """Drive the real services until the enrollment completes; returns the enrollment."""
    enrollment, _ = course_services.enrollment_create(user=user, course=course)
    for lesson in factories.lessons_of(course):
        course_services.lesson_record_engagement(enrollment=enrollment, lesson=lesson)
        factories_activities.do_all(enrollment, lesson)
        course_services.lesson_complete(enrollment=enrollment, lesson=lesson)
    for quiz in factories.quizzes_of(course):
        attempt = course_services.quiz_attempt_start(enrollment=enrollment, quiz=quiz)
        course_services.quiz_attempt_submit(attempt=attempt, answers=factories.answers_for(quiz))
    enrollment.refresh_from_db()
    assert enrollment.completed_at is not None
    return enrollment


@pytest.fixture
def completed(trainee, course, django_capture_on_commit_callbacks):
    """A completed enrollment whose certificate was issued (eager tasks run on commit)."""
    with django_capture_on_commit_callbacks(execute=True):
        enrollment = complete_course(trainee, course)
    return enrollment


@pytest.fixture
def redis_server(tmp_path):
    server = RedisServer(tmp_path)
    yield server
    server.stop()


@pytest.fixture
def broker(redis_server):
    """Point this process's Celery producer at the real broker, then back to eager mode."""
    with celery_publishing_to(redis_server.url):
        yield redis_server


@pytest.fixture
def make_worker(broker, settings, tmp_path):
    workers = []
    email_dir = tmp_path / "emails"
    email_dir.mkdir()

    def start(**kwargs):
        worker = CeleryWorker(
            broker_url=broker.url,
            database_url=database_url_for_workers(connection),
            media_root=Path(settings.MEDIA_ROOT),
            email_dir=email_dir,
            log=tmp_path / f"worker-{len(workers)}.log",
            **kwargs,
        )
        workers.append(worker)
        return worker

    start.email_dir = email_dir
    yield start
    for worker in workers:
        worker.stop()


def issued(certificate_id):
    certificate = Certificate.objects.get(pk=certificate_id)
    return certificate if certificate.status == Certificate.Status.ISSUED and certificate.emailed_at else None


def emails(directory: Path) -> int:
    return count_emails(directory)

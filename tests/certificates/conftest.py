"""Fixtures for certificate tests: a trainee who completes a course."""
import pytest

from courses import services as course_services
from tests import factories


def complete_course(user, course):
    """Drive the real services until the enrollment completes; returns the enrollment."""
    enrollment, _ = course_services.enrollment_create(user=user, course=course)
    for lesson in factories.lessons_of(course):
        course_services.lesson_record_engagement(enrollment=enrollment, lesson=lesson)
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

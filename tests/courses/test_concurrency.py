"""Concurrent requests never double-count: real threads, real connections (SQLite file or PostgreSQL)."""
import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.db.models import Sum
from django.utils import timezone

from courses import services
from courses.models import Enrollment, HourEntry, LessonProgress, QuizAttempt
from courses.signals import enrollment_completed
from tests import factories

pytestmark = pytest.mark.django_db(transaction=True)


def run_together(functions):
    """Run callables in threads released at the same moment; return their results or exceptions."""
    barrier = threading.Barrier(len(functions))
    results = [None] * len(functions)

    def worker(i, fn):
        try:
            barrier.wait()
            results[i] = fn()
        except Exception as error:  # collected for the assertions
            results[i] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(i, fn)) for i, fn in enumerate(functions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def test_completing_the_same_lesson_at_once_credits_once(trainee, domain):
    course = factories.make_course(domain=domain)
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    lesson = factories.lessons_of(course)[0]
    services.lesson_record_engagement(enrollment=enrollment, lesson=lesson)
    results = run_together([lambda: services.lesson_complete(enrollment=enrollment, lesson=lesson)] * 6)
    assert not [r for r in results if isinstance(r, Exception)]
    assert HourEntry.objects.filter(enrollment=enrollment).count() == 1


def test_double_submitting_a_quiz_at_once_grades_once(trainee, domain):
    course = factories.make_course(domain=domain)
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    quiz = factories.quizzes_of(course)[0]
    attempt = services.quiz_attempt_start(enrollment=enrollment, quiz=quiz)
    answers = factories.answers_for(quiz)
    results = run_together([lambda: services.quiz_attempt_submit(attempt=attempt, answers=answers)] * 5)
    unexpected = [r for r in results if isinstance(r, Exception) and not isinstance(r, services.AttemptAlreadySubmitted)]
    assert not unexpected
    assert sum(1 for r in results if isinstance(r, QuizAttempt)) == 1
    assert HourEntry.objects.filter(enrollment=enrollment).count() == 1


def test_finishing_the_last_two_items_at_once_completes_the_course_once(trainee, domain):
    course = factories.make_course(domain=domain, lessons_per_module=2)
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    first, last = factories.lessons_of(course)
    quiz = factories.quizzes_of(course)[0]
    services.lesson_record_engagement(enrollment=enrollment, lesson=first)
    services.lesson_complete(enrollment=enrollment, lesson=first)
    services.lesson_record_engagement(enrollment=enrollment, lesson=last)
    attempt = services.quiz_attempt_start(enrollment=enrollment, quiz=quiz)
    fired = []

    def receiver(sender, enrollment, **kwargs):
        fired.append(enrollment.pk)

    enrollment_completed.connect(receiver)
    try:
        results = run_together(
            [
                lambda: services.lesson_complete(enrollment=enrollment, lesson=last),
                lambda: services.quiz_attempt_submit(attempt=attempt, answers=factories.answers_for(quiz)),
            ]
        )
    finally:
        enrollment_completed.disconnect(receiver)
    assert not [r for r in results if isinstance(r, Exception)]
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.COMPLETED
    assert fired == [enrollment.pk]
    total = HourEntry.objects.filter(enrollment=enrollment).aggregate(m=Sum("minutes"))["m"]
    assert total == course.required_minutes


def test_first_views_of_a_lesson_at_once_create_one_progress_row(trainee, domain):
    course = factories.make_course(domain=domain)
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    lesson = factories.lessons_of(course)[0]
    results = run_together([lambda: services.lesson_record_engagement(enrollment=enrollment, lesson=lesson)] * 6)
    assert not [r for r in results if isinstance(r, Exception)]
    assert {r.pk for r in results} == {LessonProgress.objects.get(enrollment=enrollment, lesson=lesson).pk}


def test_views_of_an_open_lesson_at_once_never_count_the_same_seconds_twice(trainee, domain, settings):
    settings.COURSES_MAX_ENGAGED_GAP_SECONDS = 3600
    course = factories.make_course(domain=domain)
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    lesson = factories.lessons_of(course)[0]
    start = timezone.now() - timedelta(seconds=100)
    services.lesson_record_engagement(enrollment=enrollment, lesson=lesson, now=start)
    moment = start + timedelta(seconds=100)
    # Six tabs report the same moment: only one 100-second gap exists.
    results = run_together(
        [lambda: services.lesson_record_engagement(enrollment=enrollment, lesson=lesson, now=moment)] * 6
    )
    assert not [r for r in results if isinstance(r, Exception)]
    progress = LessonProgress.objects.get(enrollment=enrollment, lesson=lesson)
    assert (progress.engaged_seconds, progress.last_seen_at) == (100, moment)


def test_crediting_the_same_key_at_once_writes_one_row(trainee, domain):
    """The ledger's insert-unless-credited (INSERT … ON CONFLICT DO NOTHING) with no enrollment
    lock around it, as attendance and practice approvals call it: one row, every caller gets it."""
    now = timezone.now()

    def credit():
        return services.hour_entry_credit(
            enrollment=None, user=trainee, domain_id=domain.pk, minutes=90, source=HourEntry.Source.PRACTICE,
            delivery_mode="in_person", key="practice:race", description="Practice", occurred_at=now,
        )

    results = run_together([credit] * 6)
    assert not [r for r in results if isinstance(r, Exception)], results
    assert sorted(created for _, created in results) == [False] * 5 + [True]
    assert len({entry.pk for entry, _ in results}) == 1
    assert HourEntry.objects.filter(key="practice:race").count() == 1
    assert HourEntry.objects.filter(user=trainee).aggregate(total=Sum("minutes"))["total"] == 90

"""The learning-flow services: enrollment, engagement, completion, quizzes, the ledger."""
from datetime import timedelta

import pytest
from django.db.models import Sum
from django.utils import timezone

from courses import selectors, services
from courses.grading import InvalidAnswers
from courses.models import Enrollment, HourEntry, LessonProgress, QuizAttempt
from courses.signals import enrollment_completed
from tests import factories

pytestmark = pytest.mark.django_db


def ledger_minutes(enrollment):
    return HourEntry.objects.filter(enrollment=enrollment).aggregate(m=Sum("minutes"))["m"] or 0


def complete_lesson(enrollment, lesson, *, after=0):
    start = timezone.now()
    services.lesson_record_engagement(enrollment=enrollment, lesson=lesson, now=start)
    return services.lesson_complete(enrollment=enrollment, lesson=lesson, now=start + timedelta(seconds=after))


def pass_quiz(enrollment, quiz):
    attempt = services.quiz_attempt_start(enrollment=enrollment, quiz=quiz)
    return services.quiz_attempt_submit(attempt=attempt, answers=factories.answers_for(quiz))


def test_enrolling_twice_returns_the_same_enrollment(trainee, course):
    first, created = services.enrollment_create(user=trainee, course=course)
    second, created_again = services.enrollment_create(user=trainee, course=course)
    assert (created, created_again) == (True, False)
    assert first.pk == second.pk
    assert Enrollment.objects.count() == 1


def test_cannot_enroll_in_an_unpublished_course(trainee, course):
    course.unpublish()
    with pytest.raises(services.CourseNotOpen):
        services.enrollment_create(user=trainee, course=course)


def test_lesson_cannot_be_completed_before_the_minimum_engaged_time(trainee, domain):
    course = factories.make_course(domain=domain, min_engaged_seconds=90)
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    lesson = factories.lessons_of(course)[0]
    with pytest.raises(services.LessonNotReady) as error:
        complete_lesson(enrollment, lesson, after=30)
    assert error.value.seconds_remaining == 60
    assert not HourEntry.objects.exists()
    assert LessonProgress.objects.get().completed_at is None


def test_completing_without_ever_opening_the_lesson_is_refused(trainee, domain):
    course = factories.make_course(domain=domain, min_engaged_seconds=0)
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    with pytest.raises(services.LessonNotReady):
        services.lesson_complete(enrollment=enrollment, lesson=factories.lessons_of(course)[0])


def test_engaged_time_gaps_are_capped(trainee, domain, settings):
    settings.COURSES_MAX_ENGAGED_GAP_SECONDS = 60
    course = factories.make_course(domain=domain, min_engaged_seconds=100)
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    lesson = factories.lessons_of(course)[0]
    start = timezone.now()
    services.lesson_record_engagement(enrollment=enrollment, lesson=lesson, now=start)
    # One long silence (tab left open overnight) counts only the cap.
    with pytest.raises(services.LessonNotReady):
        services.lesson_complete(enrollment=enrollment, lesson=lesson, now=start + timedelta(hours=8))
    # Heartbeats while reading accumulate.
    services.lesson_record_engagement(enrollment=enrollment, lesson=lesson, now=start + timedelta(hours=8, seconds=30))
    progress = services.lesson_complete(enrollment=enrollment, lesson=lesson, now=start + timedelta(hours=8, seconds=45))
    assert progress.engaged_seconds == 60 + 30 + 15
    assert progress.completed_at is not None


def test_lesson_completion_credits_its_minutes_once(trainee, domain):
    course = factories.make_course(domain=domain, lesson_minutes=25)
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    lesson = factories.lessons_of(course)[0]
    complete_lesson(enrollment, lesson)
    complete_lesson(enrollment, lesson)
    services.lesson_complete(enrollment=enrollment, lesson=lesson)
    entry = HourEntry.objects.get()
    assert (entry.minutes, entry.source, entry.delivery_mode, entry.domain) == (25, "lesson", "online", domain)
    assert entry.user == trainee


def test_lesson_domain_overrides_module_default(trainee, domain):
    course = factories.make_course(domain=domain)
    ethics = factories.make_domain("ethical-responsibility", "Ethical Responsibility")
    lesson = factories.lessons_of(course)[0]
    lesson.domain = ethics
    lesson.save()
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    complete_lesson(enrollment, lesson)
    assert HourEntry.objects.get().domain == ethics


def test_a_lesson_of_another_course_is_refused(trainee, domain):
    course = factories.make_course(domain=domain)
    other = factories.make_course(domain=domain)
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    with pytest.raises(services.NotEnrolled):
        services.lesson_record_engagement(enrollment=enrollment, lesson=factories.lessons_of(other)[0])


def test_a_credit_to_an_enrollment_is_its_trainees_own(trainee, course, domain):
    """Totals are summed by enrollment and a person's hours by user: an entry naming an enrollment
    and someone else as its user would count for one and not the other. Refused, nothing written."""
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    someone_else = factories.make_user(email="someone.else@example.org")
    credit = dict(enrollment=enrollment, domain_id=domain.pk, minutes=30, source=HourEntry.Source.ADJUSTMENT,
                  delivery_mode="online", description="test", occurred_at=timezone.now())
    with pytest.raises(ValueError, match="not the trainee of enrollment"):
        services.hour_entry_credit(user=someone_else, key="mismatch:1", **credit)
    assert not HourEntry.objects.filter(key="mismatch:1").exists()
    entry, created = services.hour_entry_credit(user=trainee, key="mismatch:2", **credit)  # the trainee: fine
    assert created and entry.user_id == trainee.pk == enrollment.user_id


def test_quiz_pass_credits_minutes_once_and_fail_credits_nothing(trainee, course):
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    quiz = factories.quizzes_of(course)[0]
    attempt = services.quiz_attempt_start(enrollment=enrollment, quiz=quiz)
    failed = services.quiz_attempt_submit(attempt=attempt, answers=factories.answers_for(quiz, correct=False))
    assert (failed.score, failed.passed) == (0, False)
    assert not HourEntry.objects.exists()
    passed = pass_quiz(enrollment, quiz)
    assert (passed.number, passed.score, passed.passed) == (2, 100, True)
    assert HourEntry.objects.get().minutes == quiz.credit_minutes


def test_double_submitting_an_attempt_keeps_the_first_result(trainee, course):
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    quiz = factories.quizzes_of(course)[0]
    attempt = services.quiz_attempt_start(enrollment=enrollment, quiz=quiz)
    services.quiz_attempt_submit(attempt=attempt, answers=factories.answers_for(quiz))
    with pytest.raises(services.AttemptAlreadySubmitted):
        services.quiz_attempt_submit(attempt=attempt, answers=factories.answers_for(quiz, correct=False))
    attempt.refresh_from_db()
    assert attempt.passed is True
    assert HourEntry.objects.count() == 1


def test_invalid_answers_change_nothing(trainee, course):
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    quiz = factories.quizzes_of(course)[0]
    attempt = services.quiz_attempt_start(enrollment=enrollment, quiz=quiz)
    with pytest.raises(InvalidAnswers):
        services.quiz_attempt_submit(attempt=attempt, answers={"not-a-question": ["x"]})
    attempt.refresh_from_db()
    assert attempt.submitted_at is None and attempt.score is None
    assert not HourEntry.objects.exists()


def test_attempts_are_limited(trainee, domain):
    course = factories.make_course(domain=domain, max_attempts=2)
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    quiz = factories.quizzes_of(course)[0]
    for _ in range(2):
        attempt = services.quiz_attempt_start(enrollment=enrollment, quiz=quiz)
        services.quiz_attempt_submit(attempt=attempt, answers=factories.answers_for(quiz, correct=False))
    assert services.quiz_attempts_left(enrollment=enrollment, quiz=quiz) == 0
    with pytest.raises(services.NoAttemptsLeft):
        services.quiz_attempt_start(enrollment=enrollment, quiz=quiz)


def test_starting_twice_reuses_the_open_attempt(trainee, course):
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    quiz = factories.quizzes_of(course)[0]
    first = services.quiz_attempt_start(enrollment=enrollment, quiz=quiz)
    second = services.quiz_attempt_start(enrollment=enrollment, quiz=quiz)
    assert first.pk == second.pk
    assert QuizAttempt.objects.count() == 1


def test_course_completes_once_when_every_rule_is_met(trainee, course):
    received = []

    def receiver(sender, enrollment, **kwargs):
        received.append(enrollment.pk)

    enrollment_completed.connect(receiver)
    try:
        enrollment, _ = services.enrollment_create(user=trainee, course=course)
        lessons = factories.lessons_of(course)
        quiz = factories.quizzes_of(course)[0]
        for lesson in lessons:
            complete_lesson(enrollment, lesson)
        enrollment.refresh_from_db()
        assert enrollment.completed_at is None
        pass_quiz(enrollment, quiz)
        enrollment.refresh_from_db()
        assert enrollment.status == Enrollment.Status.COMPLETED
        assert enrollment.completed_at is not None
        assert ledger_minutes(enrollment) == course.required_minutes
        # Nothing after completion re-fires the hook.
        complete_lesson(enrollment, lessons[0])
        assert services.enrollment_evaluate_completion(enrollment=enrollment) is False
        assert received == [enrollment.pk]
    finally:
        enrollment_completed.disconnect(receiver)


def test_hours_alone_do_not_complete_a_course_that_requires_every_quiz(trainee, course):
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    for lesson in factories.lessons_of(course):
        complete_lesson(enrollment, lesson)
    services.hour_entry_credit(
        enrollment=enrollment,
        domain_id=factories.make_domain().pk,
        minutes=600,
        source=HourEntry.Source.ADJUSTMENT,
        delivery_mode="in_person",
        key="adjustment:test",
        description="Correction",
        occurred_at=timezone.now(),
    )
    assert services.enrollment_evaluate_completion(enrollment=enrollment) is False
    facts = services.enrollment_completion_facts(enrollment=enrollment)
    assert selectors.course_completion_missing(course=course, facts=facts) == ["1 more quizzes to pass"]


def test_ledger_key_is_idempotent(trainee, course, domain):
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    kwargs = dict(
        enrollment=enrollment,
        domain_id=domain.pk,
        minutes=30,
        source=HourEntry.Source.ADJUSTMENT,
        delivery_mode="online",
        key="adjustment:abc",
        description="x",
        occurred_at=timezone.now(),
    )
    _, created = services.hour_entry_credit(**kwargs)
    _, created_again = services.hour_entry_credit(**kwargs)
    assert (created, created_again) == (True, False)
    assert HourEntry.objects.count() == 1


def test_a_view_that_loses_the_race_measures_again_from_the_winners_moment(trainee, domain, settings, monkeypatch):
    """The compare-and-set write: a concurrent view lands between our read and our write."""
    settings.COURSES_MAX_ENGAGED_GAP_SECONDS = 30
    course = factories.make_course(domain=domain)
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    lesson = factories.lessons_of(course)[0]
    start = timezone.now()
    services.lesson_record_engagement(enrollment=enrollment, lesson=lesson, now=start)
    real_credit = services._credit_engagement
    raced = []

    def credit_after_a_concurrent_view(progress, now):
        if not raced:
            raced.append(True)
            LessonProgress.objects.filter(pk=progress.pk).update(
                engaged_seconds=25, last_seen_at=start + timedelta(seconds=25)
            )
        real_credit(progress, now)

    monkeypatch.setattr(services, "_credit_engagement", credit_after_a_concurrent_view)
    progress = services.lesson_record_engagement(enrollment=enrollment, lesson=lesson, now=start + timedelta(seconds=50))
    stored = LessonProgress.objects.get(pk=progress.pk)
    # 25 s credited by the other view + the 25 s since it; a blind write would have
    # measured one capped 50 s gap from the stale read (30 s), a lost write 25 s.
    assert (stored.engaged_seconds, stored.last_seen_at) == (50, start + timedelta(seconds=50))
    assert progress.engaged_seconds == 50


def test_views_of_a_completed_lesson_change_nothing(trainee, domain):
    course = factories.make_course(domain=domain)
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    lesson = factories.lessons_of(course)[0]
    done = complete_lesson(enrollment, lesson)
    later = services.lesson_record_engagement(enrollment=enrollment, lesson=lesson, now=timezone.now() + timedelta(hours=1))
    stored = LessonProgress.objects.get(pk=done.pk)
    assert (later.engaged_seconds, stored.engaged_seconds, stored.last_seen_at) == (
        done.engaged_seconds, done.engaged_seconds, done.last_seen_at)

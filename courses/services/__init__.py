"""Business rules of the learning flow. Every write goes through here.

Views, Celery tasks, the Wagtail admin and management commands call these
functions; nothing else writes progress, attempts or hours. Each write that
can race takes a row lock on the enrollment first (``enrollment_lock``; on
SQLite transactions are IMMEDIATE and so serialised), and every credit to the
ledger carries a unique ``key``, so a retried or concurrent request can never
credit the same activity twice.

Activity answers are written in ``services.activities``; the refusals (``LearningError`` and its
kinds) are in ``services.errors``. Both are part of this module's interface.
"""
from __future__ import annotations

import logging
from datetime import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from programs.roles import Role, role_grant

from .. import enrollment_facts
from ..grading import InvalidAnswers, grade, validate_answers
from ..models import (
    CoursePage,
    CreditedPage,
    DeliveryMode,
    Enrollment,
    HourEntry,
    LessonPage,
    LessonProgress,
    QuizAttempt,
    QuizPage,
)
from ..selectors import activities_missing, course_completion_missing, enrollment_completion_facts, module_minutes_credited
from ..signals import enrollment_completed

from .activities import REFLECTION_MAX_CHARACTERS, reflection_save, reflection_share, scenario_choose, self_check_answer
from .errors import (
    ActivitiesNotDone,
    ActivityError,
    AttemptAlreadySubmitted,
    CourseNotOpen,
    LearningError,
    LessonNotReady,
    NoAttemptsLeft,
    NotEnrolled,
    check_same_course,
)

logger = logging.getLogger(__name__)

__all__ = [
    "InvalidAnswers",
    "LearningError",
    "REFLECTION_MAX_CHARACTERS",
    "LessonNotReady",
    "NoAttemptsLeft",
    "NotEnrolled",
    "AttemptAlreadySubmitted",
    "CourseNotOpen",
    "enrollment_create",
    "enrollment_for",
    "enrollment_lock",
    "lesson_record_engagement",
    "lesson_complete",
    "ActivityError",
    "ActivitiesNotDone",
    "reflection_save",
    "reflection_share",
    "scenario_choose",
    "self_check_answer",
    "quiz_attempt_start",
    "quiz_attempt_submit",
    "quiz_attempts_left",
    "hour_entry_credit",
    "enrollment_evaluate_completion",
]


# --------------------------------------------------------------------------
# Enrollment
# --------------------------------------------------------------------------


def enrollment_create(*, user, course: CoursePage) -> tuple[Enrollment, bool]:
    """Enroll ``user`` in ``course``; enrolling twice returns the existing enrollment."""
    if not course.live:
        raise CourseNotOpen(_("This course is not open for enrollment."))
    try:
        with transaction.atomic():
            enrollment, created = Enrollment.objects.get_or_create(user=user, course=course)
    except IntegrityError:  # a concurrent request enrolled first
        enrollment, created = Enrollment.objects.get(user=user, course=course), False
    if created:
        site = course.get_site()
        if site is not None:
            role_grant(user=user, site=site, role=Role.TRAINEE)
        logger.info("enrollment created user=%s course=%s", user.pk, course.pk)
    return enrollment, created


def enrollment_for(*, user, page: CreditedPage | CoursePage) -> Enrollment:
    """The user's enrollment in the course that ``page`` belongs to, or ``NotEnrolled``."""
    if not user.is_authenticated:
        raise NotEnrolled(_("Log in and enroll in this course to continue."))
    course = page if isinstance(page, CoursePage) else page.course
    try:
        enrollment = Enrollment.objects.get(user=user, course=course)
    except Enrollment.DoesNotExist:
        raise NotEnrolled(_("Enroll in this course to open its lessons and quizzes.")) from None
    enrollment.course = course  # known already: no join on the page tables
    enrollment.user = user
    return enrollment


def enrollment_lock(enrollment: Enrollment) -> Enrollment:
    """Re-read the enrollment under a row lock: one write per enrollment at a time.

    Call inside ``transaction.atomic()``; every service that credits the
    ledger or decides completion for an enrollment takes this lock first.
    """
    locked = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
    if Enrollment.course.is_cached(enrollment):
        locked.course = enrollment.course  # the caller's (memoised) page: no join on the page tables
    if Enrollment.user.is_cached(enrollment):
        locked.user = enrollment.user  # e.g. the signed-in user, for the certificate's name
    return locked


def _credit_online(enrollment: Enrollment, page: CreditedPage, *, source: str, description: str, now) -> None:
    """Credit a completed lesson or passed quiz to the ledger (once: the key is the enrollment and
    the page), then check whether the enrollment is now complete.

    A module never credits one trainee more than its live minutes: a cohort member who attended
    the module's live session gets online credit only for what the session did not already
    credit. (Online credit alone never exceeds them: the curriculum check and the editor hold
    each lesson to what it contains.)"""
    minutes = page.credit_minutes
    module = page.module
    if enrollment.cohort_id is not None and module.live_minutes:
        room = module.live_minutes - module_minutes_credited(enrollment=enrollment, module=module)
        minutes = max(0, min(minutes, room))
    if minutes:
        hour_entry_credit(
            enrollment=enrollment,
            domain_id=_effective_domain_id(page),
            minutes=minutes,
            source=source,
            delivery_mode=DeliveryMode.ONLINE,
            key=f"{source}:{enrollment.pk}:{page.pk}",
            page=page,
            description=description[:255],
            occurred_at=now,
        )
    enrollment_evaluate_completion(enrollment=enrollment, now=now)


def _effective_domain_id(page: CreditedPage) -> int:
    return page.domain_id or page.module.default_domain_id


# --------------------------------------------------------------------------
# Lessons
# --------------------------------------------------------------------------


_ENGAGEMENT_ATTEMPTS = 5


def _credit_engagement(progress: LessonProgress, now: datetime) -> None:
    gap = max(0, int((now - progress.last_seen_at).total_seconds()))
    progress.engaged_seconds += min(gap, settings.COURSES_MAX_ENGAGED_GAP_SECONDS)
    progress.last_seen_at = max(now, progress.last_seen_at)


def lesson_record_engagement(
    *, enrollment: Enrollment, lesson: LessonPage, now: datetime | None = None
) -> LessonProgress:
    """Record that the trainee has the lesson open (page view or heartbeat).

    Engaged time is the wall-clock time between successive views/heartbeats,
    each gap capped (``COURSES_MAX_ENGAGED_GAP_SECONDS``), so it is measured
    on the server and cannot be inflated by the browser or by many tabs.

    Every lesson view writes here, so the write is one compare-and-set UPDATE
    (no transaction, no row lock): it only applies if ``last_seen_at`` is still
    the value the gap was measured from and the lesson is not complete. A view
    that loses the race re-reads the row and measures its (tiny) gap again, so
    concurrent tabs never count the same seconds twice.
    """
    check_same_course(enrollment, lesson)
    now = now or timezone.now()
    for _attempt in range(_ENGAGEMENT_ATTEMPTS):
        progress = LessonProgress.objects.filter(enrollment=enrollment, lesson=lesson).first()
        if progress is None:
            try:
                with transaction.atomic():
                    return LessonProgress.objects.create(
                        enrollment=enrollment, lesson=lesson, first_viewed_at=now, last_seen_at=now
                    )
            except IntegrityError:
                continue  # a concurrent view created it: measure from its row
        if progress.completed_at is not None:
            return progress
        measured_from = progress.last_seen_at
        _credit_engagement(progress, now)
        if LessonProgress.objects.filter(pk=progress.pk, last_seen_at=measured_from, completed_at__isnull=True).update(
            engaged_seconds=progress.engaged_seconds, last_seen_at=progress.last_seen_at
        ):
            return progress
    # Every attempt lost to a concurrent view of the same lesson, each of which
    # credited the time up to its own moment: nothing is left to add.
    return LessonProgress.objects.get(enrollment=enrollment, lesson=lesson)


def lesson_complete(*, enrollment: Enrollment, lesson: LessonPage, now: datetime | None = None) -> LessonProgress:
    """Mark a lesson complete and credit its minutes once; refuse if engaged time is short."""
    check_same_course(enrollment, lesson)
    now = now or timezone.now()
    with transaction.atomic():
        enrollment = enrollment_lock(enrollment)
        progress = LessonProgress.objects.filter(enrollment=enrollment, lesson=lesson).first()
        if progress is None:
            raise LessonNotReady(lesson.min_engaged_seconds)
        progress.enrollment = enrollment  # the locked, current row (callers read completed_at)
        if progress.completed_at is not None:
            return progress  # already complete: nothing more to credit
        _credit_engagement(progress, now)
        remaining = lesson.min_engaged_seconds - progress.engaged_seconds
        measured = {"engaged_seconds": progress.engaged_seconds, "last_seen_at": progress.last_seen_at}
        missing = activities_missing(lesson=lesson, user=enrollment.user) if remaining <= 0 else []
        if remaining > 0 or missing:
            # Keep the engagement measured so far; refuse the completion below.
            LessonProgress.objects.filter(pk=progress.pk).update(**measured)
        else:
            progress.completed_at = now
            LessonProgress.objects.filter(pk=progress.pk).update(**measured, completed_at=now)
            _credit_online(enrollment, lesson, source=HourEntry.Source.LESSON, description=f"Lesson: {lesson.title}", now=now)
    if remaining > 0:
        raise LessonNotReady(remaining)
    if missing:
        raise ActivitiesNotDone(missing)
    return progress


# --------------------------------------------------------------------------
# Quizzes
# --------------------------------------------------------------------------


def _submitted_attempts(enrollment: Enrollment, quiz: QuizPage):
    return QuizAttempt.objects.filter(enrollment=enrollment, quiz=quiz, submitted_at__isnull=False)


def quiz_attempts_left(*, enrollment: Enrollment, quiz: QuizPage, used: int | None = None) -> int | None:
    """Attempts the trainee may still submit, or ``None`` when unlimited."""
    if not quiz.max_attempts:
        return None
    if used is None:
        used = _submitted_attempts(enrollment, quiz).count()
    return max(0, quiz.max_attempts - used)


def quiz_attempt_start(*, enrollment: Enrollment, quiz: QuizPage, now: datetime | None = None) -> QuizAttempt:
    """The trainee's open attempt at ``quiz``, creating it if attempts remain."""
    check_same_course(enrollment, quiz)
    now = now or timezone.now()
    with transaction.atomic():
        enrollment = enrollment_lock(enrollment)
        open_attempt = QuizAttempt.objects.filter(enrollment=enrollment, quiz=quiz, submitted_at__isnull=True).first()
        if open_attempt:
            return open_attempt
        used = _submitted_attempts(enrollment, quiz).count()
        if quiz_attempts_left(enrollment=enrollment, quiz=quiz, used=used) == 0:
            raise NoAttemptsLeft()
        return QuizAttempt.objects.create(enrollment=enrollment, quiz=quiz, number=used + 1, started_at=now)


def quiz_attempt_submit(
    *, attempt: QuizAttempt, answers: dict[str, list[str]], now: datetime | None = None
) -> QuizAttempt:
    """Grade an open attempt on the server; credit the quiz's minutes on the first pass.

    Raises ``InvalidAnswers`` (nothing changes) or ``AttemptAlreadySubmitted``
    (a double submit: the first result stands).
    """
    now = now or timezone.now()
    quiz = attempt.quiz
    questions = quiz.attempt_questions(attempt)
    cleaned = validate_answers(questions, answers)
    result = grade(questions, cleaned)
    with transaction.atomic():
        enrollment = enrollment_lock(attempt.enrollment)
        graded = {
            "answers": {qid: sorted(ids) for qid, ids in cleaned.items()},
            "feedback": result.feedback,
            "score": result.score,
            "passed": result.score >= quiz.pass_mark,
            "submitted_at": now,
        }
        # One conditional UPDATE: an attempt submitted meanwhile (a double click, another
        # tab) matches no row, and its first result stands.
        if not QuizAttempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(**graded):
            raise AttemptAlreadySubmitted(attempt)
        for name, value in graded.items():
            setattr(attempt, name, value)
        if attempt.passed:
            _credit_online(enrollment, quiz, source=HourEntry.Source.QUIZ, description=f"Quiz passed: {quiz.title}", now=now)
    logger.info(
        "quiz attempt submitted attempt=%s quiz=%s score=%s passed=%s", attempt.pk, quiz.pk, attempt.score, attempt.passed
    )
    return attempt


# --------------------------------------------------------------------------
# Hours ledger
# --------------------------------------------------------------------------


def hour_entry_credit(
    *,
    enrollment: Enrollment | None,
    domain_id: int,
    minutes: int,
    source: str,
    delivery_mode: str,
    key: str,
    description: str,
    occurred_at: datetime,
    user=None,
    page=None,
    site_id: int | None = None,
    recorded_by=None,
    approved_by=None,
) -> tuple[HourEntry, bool]:
    """Add one row to the ledger unless ``key`` was already credited. Returns (entry, created).

    The unique ``key`` decides: the row is inserted in a savepoint, and a duplicate returns
    the row already there (a concurrent credit of the same key waits for the other
    transaction, then finds its row). To act on progress, react to ``enrollment_completed``, not to ledger rows.

    An entry's user is its enrollment's trainee: ``user`` is for entries without an enrollment
    (supervision, practice); given with an enrollment, it must be that enrollment's user.
    ``site_id`` is the program that holds the entry (``programs.access``): by default the site of
    ``page``, or of the enrollment's course.
    """
    if enrollment is not None and user is not None and user.pk != enrollment.user_id:
        raise ValueError(f"user {user.pk} is not the trainee of enrollment {enrollment.pk}")
    if site_id is None and enrollment is not None:
        # Wagtail's site of the page: from its cached site root paths, without a query.
        url_parts = (page or enrollment.course).get_url_parts()
        site_id = url_parts[0] if url_parts else None
    entry = HourEntry(
        key=key,
        site_id=site_id,
        user_id=user.pk if user is not None else enrollment.user_id,
        enrollment=enrollment,
        domain_id=domain_id,
        minutes=minutes,
        source=source,
        delivery_mode=delivery_mode,
        page=page,
        description=description,
        occurred_at=occurred_at,
        recorded_by=recorded_by,
        approved_by=approved_by,
    )
    try:
        with transaction.atomic():  # a savepoint: a duplicate key must not break the caller's transaction
            entry.save(force_insert=True)
        return entry, True
    except IntegrityError:
        existing = HourEntry.objects.filter(key=key).first()
        if existing is None:
            raise  # not a duplicate key: something else is wrong
        return existing, False


# --------------------------------------------------------------------------
# Completion
# --------------------------------------------------------------------------


def enrollment_evaluate_completion(*, enrollment: Enrollment, now: datetime | None = None) -> bool:
    """Complete the enrollment if the course's rules are met; returns True if it completed now.

    The completion is recorded at most once (conditional update), and only
    then is ``enrollment_completed`` sent: the hook certificates issue from.
    """
    now = now or timezone.now()
    if enrollment.completed_at is not None:
        return False
    minutes = enrollment_facts.minutes_total(enrollment.pk)
    if minutes < enrollment.course.required_minutes:
        return False  # the usual case, decided with one query; the full rules below otherwise
    facts = enrollment_completion_facts(enrollment=enrollment, minutes_earned=minutes)
    if course_completion_missing(course=enrollment.course, facts=facts):
        return False
    # No savepoint: inside the caller's transaction, a failure here (e.g. in a receiver) fails it all.
    with transaction.atomic(savepoint=False):
        if not Enrollment.objects.filter(pk=enrollment.pk, completed_at__isnull=True).update(
            completed_at=now, status=Enrollment.Status.COMPLETED
        ):
            return False
        enrollment.completed_at = now
        enrollment.status = Enrollment.Status.COMPLETED
        logger.info("enrollment completed enrollment=%s course=%s", enrollment.pk, enrollment.course_id)
        enrollment_completed.send(sender=Enrollment, enrollment=enrollment)
    return True

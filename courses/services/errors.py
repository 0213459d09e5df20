"""The refusals of the learning flow's rules, and the guard every lesson and quiz write starts with."""
from __future__ import annotations

from django.utils.translation import gettext as _

from ..display import duration_text
from ..models import CreditedPage, Enrollment, QuizAttempt


class LearningError(Exception):
    """A request the rules refuse; ``str(error)`` is a message for the trainee."""


class CourseNotOpen(LearningError):
    pass


class NotEnrolled(LearningError):
    pass


class LessonNotReady(LearningError):
    def __init__(self, seconds_remaining: int):
        self.seconds_remaining = seconds_remaining
        super().__init__(
            _("Spend a little more time with this lesson before marking it complete (%(wait)s to go).")
            % {"wait": duration_text(seconds_remaining) if seconds_remaining else ""}
        )


class ActivitiesNotDone(LearningError):
    def __init__(self, missing: list[str]):
        self.missing = missing
        super().__init__(
            _("Finish this lesson's activities before marking it complete: %(activities)s.")
            % {"activities": "; ".join(missing)}
        )


class ActivityError(LearningError):
    """An answer the activity cannot take (too short, not one of its choices…)."""


class NoAttemptsLeft(LearningError):
    def __init__(self):
        super().__init__(_("You have used every attempt at this quiz. Contact your facilitator for another try."))


class AttemptAlreadySubmitted(LearningError):
    def __init__(self, attempt: QuizAttempt):
        self.attempt = attempt
        super().__init__(_("This attempt was already submitted."))


def check_same_course(enrollment: Enrollment, page: CreditedPage) -> None:
    """Refuse a lesson or quiz of another course than the enrollment's."""
    if page.course.pk != enrollment.course_id:
        raise NotEnrolled(_("This lesson or quiz belongs to another course."))

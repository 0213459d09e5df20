"""Course content (Wagtail pages, ``pages.py``), and enrollment, progress, quiz attempts and the
hours ledger (``records.py``). Cohorts, supervision and credential frameworks have apps of their own.

Pages hold what is taught; ordinary models hold what each trainee did. Writes go through
``courses.services``; reads for pages and dashboards through ``courses.selectors``.
"""
from .pages import (
    CompetencyDomain,
    CourseIndexPage,
    CoursePage,
    CreditedPage,
    DeliveryMode,
    LessonPage,
    ModulePage,
    QuizPage,
    ViewRestrictionsMixin,
)
from .records import ActivityResponse, Enrollment, HourEntry, LessonProgress, QuizAttempt

__all__ = [
    "ActivityResponse", "CompetencyDomain", "CourseIndexPage", "CoursePage", "CreditedPage", "DeliveryMode", "Enrollment",
    "HourEntry", "LessonPage", "LessonProgress", "ModulePage", "QuizAttempt", "QuizPage", "ViewRestrictionsMixin",
]

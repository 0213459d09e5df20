"""What each trainee did: enrollments, lesson progress, activity answers, quiz attempts and the
hours ledger (``HourEntry``): hours are stored nowhere else, so every total shown is a sum over it.
"""
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy

from .pages import CompetencyDomain, CoursePage, DeliveryMode, LessonPage, QuizPage


# --------------------------------------------------------------------------
# Progress
# --------------------------------------------------------------------------


class Enrollment(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", gettext_lazy("In progress")
        COMPLETED = "completed", gettext_lazy("Completed")
        WITHDRAWN = "withdrawn", gettext_lazy("Withdrawn")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="enrollments")
    course = models.ForeignKey(CoursePage, on_delete=models.PROTECT, related_name="enrollments")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.ACTIVE)
    cohort = models.ForeignKey(
        "cohorts.Cohort", on_delete=models.SET_NULL, null=True, blank=True, related_name="enrollments"
    )
    enrolled_at = models.DateTimeField(auto_now_add=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="enrollment_unique_user_course")]
        ordering = ["enrolled_at", "pk"]

    def __str__(self):
        return f"{self.user} in {self.course}"


class LessonProgress(models.Model):
    """Engagement with one lesson, measured on the server from page views and heartbeats."""

    enrollment = models.ForeignKey(Enrollment, on_delete=models.CASCADE, related_name="lesson_progress")
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="+")
    first_viewed_at = models.DateTimeField()
    last_seen_at = models.DateTimeField()
    engaged_seconds = models.PositiveIntegerField(default=0)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrollment", "lesson"], name="lessonprogress_unique_enrollment_lesson")
        ]
        verbose_name_plural = gettext_lazy("lesson progress")

    def __str__(self):
        return f"{self.enrollment} – {self.lesson_id}"


class ActivityResponse(models.Model):
    """A trainee's answer to one activity of a lesson (a reflection, scenario or self-check).

    What a trainee writes is theirs: only they see it, unless they share a reflection with the
    facilitators of their cohort or with their supervisors (``courses.selectors.shared_responses``).
    The supervisor CSV never includes it; the backup does.
    """

    class Kind(models.TextChoices):
        REFLECTION = "reflection", gettext_lazy("Reflection")
        SCENARIO = "scenario", gettext_lazy("Case scenario")
        SELF_CHECK = "self_check", gettext_lazy("Self-check")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="activity_responses")
    course = models.ForeignKey(
        CoursePage, on_delete=models.CASCADE, related_name="+", help_text=gettext_lazy("The lesson's course.")
    )
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="+")
    block_id = models.CharField(max_length=64, help_text=gettext_lazy("The activity's block id in the lesson body."))
    kind = models.CharField(max_length=12, choices=Kind.choices)
    prompt = models.TextField(help_text=gettext_lazy("The reflection prompt or scenario title, as the trainee saw it."))
    text = models.TextField(blank=True, help_text=gettext_lazy("A reflection's answer."))
    choices = models.JSONField(
        default=dict, blank=True, help_text=gettext_lazy("Chosen choice ids of a scenario or self-check.")
    )
    shared_with_facilitators = models.BooleanField(default=False)
    shared_with_supervisors = models.BooleanField(default=False)
    completed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson", "block_id"], name="activityresponse_unique_block")
        ]
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()} by {self.user} in lesson {self.lesson_id}"


class QuizAttempt(models.Model):
    # No index of its own: it leads quizattempt_unique_number (and the open-attempt constraint).
    enrollment = models.ForeignKey(
        Enrollment, on_delete=models.CASCADE, related_name="quiz_attempts", db_index=False
    )
    quiz = models.ForeignKey(QuizPage, on_delete=models.CASCADE, related_name="+")
    number = models.PositiveSmallIntegerField()
    started_at = models.DateTimeField()
    submitted_at = models.DateTimeField(null=True, blank=True)
    answers = models.JSONField(default=dict, blank=True)
    feedback = models.JSONField(
        default=list, blank=True, help_text=gettext_lazy("Graded questions, frozen at submission.")
    )
    score = models.PositiveSmallIntegerField(null=True, blank=True, help_text=gettext_lazy("Percent."))
    passed = models.BooleanField(null=True, blank=True)

    class Meta:
        constraints = [
            # No INCLUDE columns to cover the quiz statistics (~2.5 of their 17 ms for 1,000 trainees):
            # Django leaves out a unique constraint with INCLUDE entirely on SQLite.
            models.UniqueConstraint(fields=["enrollment", "quiz", "number"], name="quizattempt_unique_number"),
            models.UniqueConstraint(
                fields=["enrollment", "quiz"],
                condition=Q(submitted_at__isnull=True),
                name="quizattempt_one_open_attempt",
            ),
        ]
        ordering = ["enrollment", "quiz", "number"]

    def __str__(self):
        return f"Attempt {self.number} at quiz {self.quiz_id} ({self.enrollment})"

    @property
    def is_submitted(self):
        return self.submitted_at is not None


# --------------------------------------------------------------------------
# Hours ledger
# --------------------------------------------------------------------------


class HourEntry(models.Model):
    """One credit (or correction) of contact minutes. Never edited in place.

    ``key`` makes each credit idempotent: the lesson, quiz or attendance it
    comes from can only ever be credited once, whatever retries or concurrent
    requests happen. Corrections are new rows (negative minutes allowed).

    ``user`` is whose hours they are; an entry with an ``enrollment`` is that enrollment's
    trainee's (``services.hour_entry_credit`` and ``import_records`` refuse anything else).
    """

    class Source(models.TextChoices):
        LESSON = "lesson", gettext_lazy("Lesson")
        QUIZ = "quiz", gettext_lazy("Quiz")
        ATTENDANCE = "attendance", gettext_lazy("Live session attendance")
        SUPERVISION = "supervision", gettext_lazy("Supervision")
        PRACTICE = "practice", gettext_lazy("Practice hours")
        ADJUSTMENT = "adjustment", gettext_lazy("Adjustment")

    # No index of their own: each leads one of the covering indexes in Meta.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="hour_entries", db_index=False
    )
    enrollment = models.ForeignKey(
        Enrollment, on_delete=models.PROTECT, null=True, blank=True, related_name="hour_entries", db_index=False
    )
    domain = models.ForeignKey(CompetencyDomain, on_delete=models.PROTECT, related_name="hour_entries")
    # The program site that holds the record: the course's site, or the site of the supervision
    # session or practice entry. Another program's staff see it only with the trainee's consent
    # (``programs.access``).
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    minutes = models.IntegerField(help_text=gettext_lazy("Negative for a correction."))
    source = models.CharField(max_length=12, choices=Source.choices)
    delivery_mode = models.CharField(max_length=12, choices=DeliveryMode.choices)
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    description = models.CharField(max_length=255, help_text=gettext_lazy("What was credited, frozen at the time."))
    key = models.CharField(
        max_length=100, unique=True, help_text=gettext_lazy("Idempotency key of the credited activity.")
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    occurred_at = models.DateTimeField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["occurred_at", "pk"]
        # The sums every dashboard reads are answered from these indexes alone on PostgreSQL (index-only
        # scans; the ledger is append-only, so the visibility map stays set): minutes by enrollment and
        # domain, and a user's credits by source with their latest time. They also serve the foreign
        # keys that lead them, which have no index of their own.
        # SQLite indexes the key columns and ignores INCLUDE.
        indexes = [
            models.Index(fields=["enrollment", "domain"], include=["minutes"], name="hourentry_enrollment_domain"),
            models.Index(
                fields=["user", "occurred_at"], include=["source", "enrollment", "minutes"], name="hourentry_user_time"
            ),
        ]
        verbose_name_plural = gettext_lazy("hour entries")

    def __str__(self):
        return f"{self.minutes} min {self.get_source_display()} – {self.description}"

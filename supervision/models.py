"""Supervision: sessions a supervisor holds, practice hours trainees log for review, a log
of the supervisor exports, and the weekly digest e-mail (each supervisor's choice of day, and the
log of the weeks already sent). Who supervises whom is a program's record
(``programs.SupervisorAssignment``).
"""
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _, pgettext_lazy

from courses.models import CompetencyDomain


class SupervisionFormat(models.TextChoices):
    INDIVIDUAL = "individual", pgettext_lazy("supervision format", "Individual")
    GROUP = "group", pgettext_lazy("supervision format", "Group")


class SupervisionSession(models.Model):
    """A supervision session a supervisor held. Notes never identify clients."""

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.PROTECT, related_name="+")
    supervisor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    trainees = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="supervision_sessions")
    held_on = models.DateField()
    minutes = models.PositiveIntegerField(validators=[MinValueValidator(1), MaxValueValidator(12 * 60)])
    format = models.CharField(max_length=10, choices=SupervisionFormat.choices)
    domains = models.ManyToManyField(CompetencyDomain, blank=True, related_name="+")
    notes = models.TextField(blank=True, max_length=4000, help_text=_("No client names or identifying details."))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-held_on", "-pk"]

    def __str__(self):
        return f"Supervision {self.held_on} ({self.minutes} min)"


class PracticeEntry(models.Model):
    """Practice (experience) hours a trainee logs; a supervisor approves or rejects them."""

    class ServiceType(models.TextChoices):
        DIRECT = "direct", _("Direct service")
        INDIRECT = "indirect", _("Indirect service")

    class Status(models.TextChoices):
        PENDING = "pending", pgettext_lazy("practice entry status", "Waiting for review")
        APPROVED = "approved", pgettext_lazy("practice entry status", "Approved")
        REJECTED = "rejected", pgettext_lazy("practice entry status", "Rejected")

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.PROTECT, related_name="+")
    trainee = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="practice_entries")
    performed_on = models.DateField()
    minutes = models.PositiveIntegerField(validators=[MinValueValidator(1), MaxValueValidator(24 * 60)])
    domain = models.ForeignKey(CompetencyDomain, on_delete=models.PROTECT, related_name="+")
    service_type = models.CharField(max_length=10, choices=ServiceType.choices)
    description = models.CharField(max_length=500, help_text=_("What you did, without client names."))
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_comment = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-performed_on", "-pk"]
        verbose_name_plural = _("practice entries")

    def __str__(self):
        return f"{self.trainee} – {self.minutes} min {self.get_service_type_display()} ({self.get_status_display()})"


class ExportLog(models.Model):
    """Who exported what, and when (supervisor and admin CSV exports)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    kind = models.CharField(max_length=50)
    filters = models.JSONField(default=dict, blank=True)
    row_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]


class DigestPreference(models.Model):
    """The weekday a supervisor receives the weekly digest on (``supervision.digest``), or none.

    ``weekday`` counts as Python's ``date.weekday()`` does (0 is Monday, 6 Sunday); empty means
    the digest is off. A supervisor without a row gets it on ``DEFAULT_WEEKDAY``.
    """

    DEFAULT_WEEKDAY = 0  # Monday

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="digest_preference"
    )
    weekday = models.PositiveSmallIntegerField(
        null=True, blank=True, default=DEFAULT_WEEKDAY, validators=[MaxValueValidator(6)],
        help_text=_("0 is Monday, 6 Sunday; empty: no digest."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(weekday__isnull=True) | models.Q(weekday__lte=6), name="digest_preference_weekday"
            )
        ]

    def __str__(self):
        return f"Digest of {self.user}: {'off' if self.weekday is None else self.weekday}"


class DigestSent(models.Model):
    """The sent-log of weekly digests: one row per supervisor and ISO week (``2026-W07``), so each
    week's digest goes once however often, and in however many workers, the task runs.

    ``items`` is how many things the digest reported; 0 records a week with nothing to report, for
    which no e-mail went out (``supervision.digest``).
    """

    supervisor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    week = models.CharField(max_length=8, help_text=_("ISO year and week, e.g. 2026-W07."))
    items = models.PositiveIntegerField(default=0)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["supervisor", "week"], name="digest_sent_once_a_week")]
        verbose_name = _("digest sent")
        verbose_name_plural = _("digests sent")

    def __str__(self):
        return f"Digest of {self.supervisor} for {self.week}"

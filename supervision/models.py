"""Supervision: sessions a supervisor holds, practice hours trainees log for review, and a log
of the supervisor exports. Who supervises whom is a program's record
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

"""Cohorts and their live sessions: a group of trainees taking one course together on one
program site, the invitations that bring people into it, and attendance at its sessions.

Attendance credits the hours ledger (``courses.HourEntry``) through ``cohorts.services``.
"""
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _, pgettext_lazy

from courses.models import CompetencyDomain, CoursePage, DeliveryMode, Enrollment, LessonPage, ModulePage


class Cohort(models.Model):
    """A group of trainees taking one course together on one program site, run by facilitators."""

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.PROTECT, related_name="cohorts")
    course = models.ForeignKey(CoursePage, on_delete=models.PROTECT, related_name="cohorts")
    name = models.CharField(max_length=150)
    starts_on = models.DateField()
    ends_on = models.DateField(null=True, blank=True)
    facilitators = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="facilitated_cohorts")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_on", "name"]
        constraints = [models.UniqueConstraint(fields=["site", "course", "name"], name="cohort_unique_name")]

    def __str__(self):
        return self.name


class CohortInvitation(models.Model):
    """An invitation to join a cohort, sent to a person who is not yet a trainee of its site.

    Nothing of theirs is visible to the site until they accept; an e-mail address without an
    account gets the same invitation, with a link to create one. ``token`` is the secret in
    the invitation link.
    """

    class Status(models.TextChoices):
        PENDING = "pending", pgettext_lazy("cohort invitation status", "Waiting for an answer")
        ACCEPTED = "accepted", pgettext_lazy("cohort invitation status", "Accepted")
        DECLINED = "declined", pgettext_lazy("cohort invitation status", "Declined")
        CANCELLED = "cancelled", pgettext_lazy("cohort invitation status", "Cancelled")

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(help_text=_("Lower-case, as typed by the facilitator."))
    token = models.CharField(max_length=64, unique=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    responded_at = models.DateTimeField(null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "email"], condition=Q(status="pending"), name="cohortinvitation_one_pending"
            )
        ]
        indexes = [models.Index(fields=["email", "status"])]
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"Invitation of {self.email} to {self.cohort}"


class LiveSession(models.Model):
    """A scheduled live session of a cohort; attendance credits its minutes to the ledger."""

    cohort = models.ForeignKey(Cohort, on_delete=models.PROTECT, related_name="sessions")
    title = models.CharField(max_length=200)
    starts_at = models.DateTimeField()
    duration_minutes = models.PositiveIntegerField(validators=[MinValueValidator(1), MaxValueValidator(12 * 60)])
    delivery_mode = models.CharField(
        max_length=12,
        choices=[(DeliveryMode.IN_PERSON, DeliveryMode.IN_PERSON.label), (DeliveryMode.LIVE_VIRTUAL, DeliveryMode.LIVE_VIRTUAL.label)],
    )
    domain = models.ForeignKey(
        CompetencyDomain, on_delete=models.PROTECT, related_name="+",
        help_text=_("The domain credited; a session from a module's guide splits its minutes as the guide does."),
    )
    module = models.ForeignKey(
        ModulePage, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        help_text=_("The module this session delivers from its facilitator guide."),
    )
    covers = models.ManyToManyField(
        LessonPage, blank=True, related_name="+",
        help_text=_("Lessons this session teaches: full attendance completes them (their online credit is not added)."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["starts_at", "pk"]

    def __str__(self):
        return f"{self.title} ({self.starts_at:%Y-%m-%d})"


class SessionDomain(models.Model):
    """Minutes of a session credited in one domain, frozen from the module's guide when scheduled."""

    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="domain_split")
    domain = models.ForeignKey(CompetencyDomain, on_delete=models.PROTECT, related_name="+")
    minutes = models.PositiveIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["session", "domain"], name="sessiondomain_unique")]
        ordering = ["domain__sort_order", "pk"]

    def __str__(self):
        return f"{self.session}: {self.minutes} min {self.domain}"


class Attendance(models.Model):
    """The current attendance record of one trainee at one session.

    Changing it never edits the ledger: the service adds an entry for the
    difference between the minutes now recorded and those already credited.
    """

    session = models.ForeignKey(LiveSession, on_delete=models.PROTECT, related_name="attendance")
    enrollment = models.ForeignKey(Enrollment, on_delete=models.PROTECT, related_name="attendance")
    minutes_attended = models.PositiveIntegerField()
    revision = models.PositiveIntegerField(default=1)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["session", "enrollment"], name="attendance_unique")]

    def __str__(self):
        return f"{self.enrollment} at {self.session}: {self.minutes_attended} min"

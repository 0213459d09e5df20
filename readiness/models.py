"""Credential frameworks and the credentials people hold.

A framework is one version of a board credential's rules, as data edited as a Wagtail snippet:
its source (the board's public document) and effective date, what the first credential asks
(training hours by domain or course, experience, supervision) and what renewal asks (a cycle, CE
hours, required topics). A held credential is one a person has been granted, with its number and
dates; a site admin may mark it verified, and reminders go out before it expires.
"""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet

from courses.models import CompetencyDomain


@register_snippet
class CredentialFramework(ClusterableModel):
    """One version of a credential's requirements (e.g. IC&RC Peer Recovery, NY CRPA).

    Versions of one credential share a ``family``; the current one is the latest whose
    ``effective_from`` has come. A cluster so the snippet editor edits its requirements inline.
    """

    slug = models.SlugField(unique=True)
    family = models.SlugField(
        max_length=60, blank=True, help_text=gettext_lazy("The credential this version belongs to (the same for every version).")
    )
    version = models.CharField(max_length=40, blank=True, help_text=gettext_lazy("E.g. the year of the board's document."))
    effective_from = models.DateField(null=True, blank=True)
    name = models.CharField(max_length=150)
    board = models.CharField(max_length=150, blank=True)
    credential = models.CharField(max_length=150, blank=True, help_text=gettext_lazy("The credential's own name."))
    source_title = models.CharField(max_length=300, blank=True, help_text=gettext_lazy("The board's public document."))
    source_url = models.URLField(max_length=500, blank=True)
    unconfirmed = models.TextField(
        blank=True, help_text=gettext_lazy("Figures the sources do not confirm; shown on the readiness page.")
    )
    training_minutes = models.PositiveIntegerField(help_text=gettext_lazy("Total training (education) minutes required."))
    experience_minutes = models.PositiveIntegerField(default=0, help_text=gettext_lazy("Supervised practice minutes required."))
    supervision_minutes = models.PositiveIntegerField(default=0, help_text=gettext_lazy("Supervision minutes required."))
    renewal_months = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text=gettext_lazy("Length of a renewal cycle; empty when the sources do not say.")
    )
    renewal_minutes = models.PositiveIntegerField(default=0, help_text=gettext_lazy("Continuing education minutes per cycle."))
    notes = models.TextField(blank=True)

    panels = [
        FieldPanel("name"), FieldRowPanel([FieldPanel("slug"), FieldPanel("family"), FieldPanel("version")]),
        FieldPanel("board"), FieldPanel("credential"),
        MultiFieldPanel(
            [FieldPanel("source_title"), FieldPanel("source_url"), FieldPanel("effective_from"), FieldPanel("unconfirmed")],
            heading=gettext_lazy("Source"),
        ),
        FieldRowPanel([FieldPanel("training_minutes"), FieldPanel("experience_minutes"), FieldPanel("supervision_minutes")]),
        FieldRowPanel([FieldPanel("renewal_months"), FieldPanel("renewal_minutes")], heading=gettext_lazy("Renewal")),
        FieldPanel("notes"),
        InlinePanel("requirements", heading=gettext_lazy("Requirements"), label=gettext_lazy("requirement")),
    ]

    class Meta:
        ordering = ["name", "-effective_from"]
        constraints = [models.UniqueConstraint(fields=["family", "version"], name="framework_family_version")]

    def __str__(self):
        return f"{self.name} ({self.version})" if self.version else self.name

    def save(self, *args, **kwargs):
        self.family = self.family or self.slug  # a first version starts its own family
        super().save(*args, **kwargs)

    @property
    def renews(self) -> bool:
        return bool(self.renewal_months)


class FrameworkRequirement(models.Model):
    """Part of a framework's hours: minutes in a domain, or from courses with a code (e.g. MAT4),
    for the first credential or in each renewal cycle (``stage``)."""

    class Stage(models.TextChoices):
        INITIAL = "initial", gettext_lazy("First credential")
        RENEWAL = "renewal", gettext_lazy("Each renewal cycle")

    framework = ParentalKey(CredentialFramework, on_delete=models.CASCADE, related_name="requirements")
    stage = models.CharField(max_length=8, choices=Stage.choices, default=Stage.INITIAL)
    label = models.CharField(max_length=150)
    minutes = models.PositiveIntegerField()
    domain = models.ForeignKey(CompetencyDomain, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    course_code = models.CharField(max_length=20, blank=True, help_text=gettext_lazy("Counts hours from courses with this code."))
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [
        FieldRowPanel([FieldPanel("stage"), FieldPanel("label")]),
        FieldRowPanel([FieldPanel("minutes"), FieldPanel("sort_order")]),
        FieldRowPanel([FieldPanel("domain"), FieldPanel("course_code")]),
    ]

    class Meta:
        ordering = ["framework", "sort_order", "pk"]

    def __str__(self):
        return f"{self.framework}: {self.label}"


class HeldCredential(models.Model):
    """A credential a person holds: recorded by them, verified by a site admin who checked it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="held_credentials")
    framework = models.ForeignKey(CredentialFramework, on_delete=models.PROTECT, related_name="+")
    number = models.CharField(max_length=60)
    issued_on = models.DateField()
    expires_on = models.DateField()
    verified_at = models.DateTimeField(null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["expires_on", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "framework", "number"], name="held_credential_once"),
            models.CheckConstraint(condition=models.Q(expires_on__gt=models.F("issued_on")), name="held_credential_dates"),
        ]

    def __str__(self):
        return f"{self.framework.name} {self.number}"


class RenewalReminder(models.Model):
    """The sent-log of expiry reminders: one row per credential and lead time, so each goes once."""

    credential = models.ForeignKey(HeldCredential, on_delete=models.CASCADE, related_name="reminders")
    days_before = models.PositiveSmallIntegerField()
    expires_on = models.DateField(help_text=gettext_lazy("The expiry the reminder was about (a renewal moves it)."))
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["credential", "days_before", "expires_on"], name="renewal_reminder_once")
        ]

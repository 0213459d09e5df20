"""Credential frameworks: a board credential's requirements as data, edited as Wagtail snippets."""
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.snippets.models import register_snippet

from courses.models import CompetencyDomain


@register_snippet
class CredentialFramework(ClusterableModel):
    """A credential's requirements as data (e.g. IC&RC Peer Recovery, NY CRPA).

    A cluster so the snippet editor edits its requirements inline.
    """

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=150)
    board = models.CharField(max_length=150, blank=True)
    training_minutes = models.PositiveIntegerField(help_text="Total training (education) minutes required.")
    experience_minutes = models.PositiveIntegerField(default=0, help_text="Supervised practice minutes required.")
    supervision_minutes = models.PositiveIntegerField(default=0, help_text="Supervision minutes required.")
    notes = models.TextField(blank=True)

    panels = [
        FieldPanel("name"), FieldPanel("slug"), FieldPanel("board"),
        FieldRowPanel([FieldPanel("training_minutes"), FieldPanel("experience_minutes"), FieldPanel("supervision_minutes")]),
        FieldPanel("notes"),
        InlinePanel("requirements", heading="Training requirements", label="requirement"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class FrameworkRequirement(models.Model):
    """Part of a framework's training hours: minutes in a domain, or from courses with a code (e.g. MAT4)."""

    framework = ParentalKey(CredentialFramework, on_delete=models.CASCADE, related_name="requirements")
    label = models.CharField(max_length=150)
    minutes = models.PositiveIntegerField()
    domain = models.ForeignKey(CompetencyDomain, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    course_code = models.CharField(max_length=20, blank=True, help_text="Counts hours from courses with this code.")
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [
        FieldPanel("label"),
        FieldRowPanel([FieldPanel("minutes"), FieldPanel("sort_order")]),
        FieldRowPanel([FieldPanel("domain"), FieldPanel("course_code")]),
    ]

    class Meta:
        ordering = ["framework", "sort_order", "pk"]

    def __str__(self):
        return f"{self.framework}: {self.label}"

"""Program sites and the people in them.

Each program replicating the MARS model is a Wagtail Site. ``ProgramSettings`` holds its
display name, the languages it offers, provider/approval numbers, signatory and logo (site admins edit them under
Settings → Program in the Wagtail admin); ``SiteRole`` says who is a trainee, facilitator,
supervisor or site admin there; ``SupervisorAssignment`` which supervisor is responsible for
which trainee; ``AuditEvent`` records who changed any of it.
"""
from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


def all_languages() -> list[str]:
    """The codes of every language the platform speaks (``settings.LANGUAGES``), default first."""
    return [code for code, _name in settings.LANGUAGES]


class ProgramSettingsForm(WagtailAdminModelForm):
    languages = forms.MultipleChoiceField(
        choices=settings.LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
        label=gettext_lazy("Languages offered"),
        help_text=gettext_lazy(
            "The languages people can read this site in. Someone whose language is not offered reads "
            "the first one ticked; lessons without a translation show in English."
        ),
        error_messages={"required": gettext_lazy("Tick at least one language.")},
    )

    def clean_languages(self):
        chosen = set(self.cleaned_data["languages"])
        return [code for code in all_languages() if code in chosen]


@register_setting(icon="site")
class ProgramSettings(BaseSiteSetting):
    display_name = models.CharField(
        max_length=150,
        blank=True,
        help_text=gettext_lazy("Program name shown on pages and certificates; defaults to the site name."),
    )
    provider_name = models.CharField(
        max_length=200,
        blank=True,
        help_text=gettext_lazy("Training provider organisation, as approved by the certification board."),
    )
    provider_number = models.CharField(
        max_length=100, blank=True, help_text=gettext_lazy("Provider or approval number(s).")
    )
    signatory_name = models.CharField(max_length=150, blank=True)
    signatory_title = models.CharField(max_length=150, blank=True)
    signature = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=gettext_lazy("Image of the signatory's signature (PNG with a transparent background works best)."),
    )
    logo = models.ForeignKey("wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    contact_email = models.EmailField(blank=True)
    languages = models.JSONField(default=all_languages)  # codes of settings.LANGUAGES, chosen in ProgramSettingsForm

    select_related = ["site", "signature", "logo"]

    base_form_class = ProgramSettingsForm
    panels = [
        FieldPanel("display_name"),
        FieldPanel("logo"),
        FieldPanel("contact_email"),
        FieldPanel("languages"),
        MultiFieldPanel(
            [FieldPanel("provider_name"), FieldPanel("provider_number")], heading=gettext_lazy("Provider")
        ),
        MultiFieldPanel(
            [FieldPanel("signatory_name"), FieldPanel("signatory_title"), FieldPanel("signature")],
            heading=gettext_lazy("Certificate signatory"),
        ),
    ]

    class Meta:
        verbose_name = gettext_lazy("program")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return self.display_name or self.site.site_name or self.site.hostname

    def offered_languages(self) -> tuple[str, ...]:
        """The languages the site offers, in the platform's order; the default one if none is known."""
        codes = tuple(code for code in all_languages() if code in (self.languages or ()))
        return codes or (settings.LANGUAGE_CODE,)


class SiteRole(models.Model):
    """A person's role on one program site. A user may hold several roles on several sites.

    Platform admins are Django superusers and need no row here. Checks go
    through ``programs.roles``.
    """

    class Role(models.TextChoices):
        SITE_ADMIN = "site_admin", gettext_lazy("Site admin")
        FACILITATOR = "facilitator", gettext_lazy("Facilitator")
        SUPERVISOR = "supervisor", gettext_lazy("Supervisor")
        TRAINEE = "trainee", gettext_lazy("Trainee")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="site_roles")
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="roles")
    role = models.CharField(max_length=12, choices=Role.choices)
    granted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "site", "role"], name="siterole_unique")]
        indexes = [models.Index(fields=["site", "role"])]

    def __str__(self):
        return f"{self.user} – {self.get_role_display()} at {self.site}"


class AuditEvent(models.Model):
    """Append-only record of a sensitive action: who did what, to what, when, on which site.

    Written only through ``programs.audit.audit_record``; rows are never
    updated or deleted (``save`` of an existing row and ``delete`` refuse).
    Site admins read their sites' events in the Wagtail admin.
    """

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    action = models.CharField(max_length=50, db_index=True)
    target = models.CharField(
        max_length=255, help_text=gettext_lazy("What the action was about, e.g. “certificate RC30-2026-000001”.")
    )
    details = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["site", "at"])]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.action} {self.target}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Audit events are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Audit events are append-only.")


class SupervisorAssignment(models.Model):
    """A supervisor is responsible for a trainee on a site."""

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    supervisor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="supervisees")
    trainee = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="supervisors")
    created_at = models.DateTimeField(auto_now_add=True)
    # Set while the trainee lets this supervisor see their records from other programs too;
    # granted and revoked by the trainee only (``programs.access``), each change audited.
    shares_other_programs_since = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["site", "supervisor", "trainee"], name="supervisorassignment_unique")
        ]

    def __str__(self):
        return f"{self.supervisor} supervises {self.trainee}"

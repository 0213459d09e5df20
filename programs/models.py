"""Program sites and the people in them.

Each program replicating the MARS model is a Wagtail Site. ``ProgramSettings`` holds its
display name, the languages it offers, provider/approval numbers, signatory and logo (site admins edit them under
Settings → Program in the Wagtail admin), with its ``BoardApproval`` rows (the approval number each
certification board gave it); ``SiteRole`` says who is a trainee, facilitator,
supervisor or site admin there; ``SupervisorAssignment`` which supervisor is responsible for
which trainee; ``AuditEvent`` records who changed any of it.
"""
from django import forms
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable


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

    def __init__(self, data=None, *args, **kwargs):
        # A post that leaves the board approvals out altogether (no management form: e.g. a script
        # that only sets the languages) changes none of them, rather than failing as tampered.
        if data is not None and "board_approvals-TOTAL_FORMS" not in data:
            data = data.copy()
            data.update({"board_approvals-TOTAL_FORMS": "0", "board_approvals-INITIAL_FORMS": "0"})
        super().__init__(data, *args, **kwargs)

    def clean_languages(self):
        chosen = set(self.cleaned_data["languages"])
        return [code for code in all_languages() if code in chosen]


@register_setting(icon="site")
class ProgramSettings(ClusterableModel, BaseSiteSetting):  # a cluster: its board approvals are edited inline
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
        InlinePanel("board_approvals", heading=gettext_lazy("Board approvals"), label=gettext_lazy("board approval")),
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


class SupervisorAssignmentQuerySet(models.QuerySet):
    def in_force(self):
        """Assignments on a site where their supervisor holds the supervisor role: the ones that let
        a supervisor see a trainee (``programs.access``)."""
        return self.filter(
            models.Exists(
                SiteRole.objects.filter(
                    user_id=models.OuterRef("supervisor_id"), site_id=models.OuterRef("site_id"),
                    role=SiteRole.Role.SUPERVISOR,
                )
            )
        )


class SupervisorAssignment(models.Model):
    """A supervisor is responsible for a trainee on a site."""

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    supervisor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="supervisees")
    trainee = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="supervisors")
    created_at = models.DateTimeField(auto_now_add=True)
    # Set while the trainee lets this supervisor see their records from other programs too;
    # granted and revoked by the trainee only (``programs.access``), each change audited.
    shares_other_programs_since = models.DateTimeField(null=True, blank=True)

    objects = SupervisorAssignmentQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["site", "supervisor", "trainee"], name="supervisorassignment_unique")
        ]

    def __str__(self):
        return f"{self.supervisor} supervises {self.trainee}"


class LegalName(models.Model):
    """A person's legal name, when it differs from the name they go by.

    The account's first and last name are what the platform calls a person everywhere; the
    legal name is what certificates, transcripts, board exports and digital badges print
    (``courses.selectors.legal_name``). Without a row, the two are the same.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="legal_name"
    )
    name = models.CharField(max_length=200)

    def __str__(self):
        return self.name


def board_choices() -> list[tuple[str, str]]:
    """The boards a program can hold an approval from: one per credential framework family (the
    readiness app's ``CredentialFramework``), named after its latest version.

    Programs are the base of the platform and import no other app, so the model is looked up by
    name, when a form is drawn (never at import time or during system checks).
    """
    framework_model = apps.get_model("readiness", "CredentialFramework")
    names: dict[str, str] = {}
    for family, name in framework_model.objects.order_by("family", "-effective_from", "-pk").values_list("family", "name"):
        names.setdefault(family, name)
    return [("", "---------"), *sorted(names.items(), key=lambda item: (item[1].lower(), item[0]))]


class BoardApprovalQuerySet(models.QuerySet):
    def for_sites(self, site_ids):
        """The approvals of the given sites, in the order their program settings list them."""
        return self.filter(program__site_id__in=site_ids).order_by("program__site_id", "sort_order", "pk")


class BoardApproval(Orderable):
    """A program's approval by one certification board: its approval (provider) number there and
    the badge the board lets approved providers print.

    ``board`` is the family slug of the board's credential frameworks (e.g. ``ny-crpa``), which is
    how a trainee's board packet finds the number for the credential they apply for. Certificates
    freeze the approvals of their site when they are created (``Certificate.approvals``) and print
    them; site admins edit them under Settings → Program.
    """

    program = ParentalKey(ProgramSettings, on_delete=models.CASCADE, related_name="board_approvals")
    board = models.SlugField(
        max_length=60, verbose_name=gettext_lazy("board"),
        help_text=gettext_lazy("The credential whose board approved this program."),
    )
    board_name = models.CharField(
        max_length=150, blank=True, verbose_name=gettext_lazy("board name"),
        help_text=gettext_lazy("As printed on certificates (“Approved by …”); defaults to the board the credential names."),
    )
    approval_number = models.CharField(max_length=100, verbose_name=gettext_lazy("approval number"))
    badge = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=gettext_lazy("approval badge"),
        help_text=gettext_lazy("The board's approved-provider badge, printed on certificates (optional)."),
    )

    objects = BoardApprovalQuerySet.as_manager()

    panels = [
        FieldPanel("board", widget=forms.Select(choices=board_choices)),
        FieldPanel("board_name"),
        FieldPanel("approval_number"),
        FieldPanel("badge"),
    ]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["program", "board"], name="boardapproval_once_per_board")]
        verbose_name = gettext_lazy("board approval")

    def __str__(self):
        return f"{self.board_name or self.board}: {self.approval_number}"

    def clean(self):
        """The board must be a known credential family; an empty board name takes the board's own."""
        super().clean()
        if not self.board:
            return
        framework_model = apps.get_model("readiness", "CredentialFramework")
        framework = framework_model.objects.filter(family=self.board).order_by("-effective_from", "-pk").first()
        if framework is None:
            raise ValidationError({"board": gettext_lazy("Choose a board from the list.")})
        self.board_name = (self.board_name or "").strip() or framework.board or framework.name
        self.approval_number = (self.approval_number or "").strip()

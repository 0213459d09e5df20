"""Certificates, their audit trail, and trainees' reissue requests.

A ``Certificate`` freezes what it certifies when it is created (name as
printed, course, hours by domain and delivery mode, site and provider
details), so a later edit of a course, a name or the ledger never changes an
issued certificate: corrections are a reissue (a new version; the old one is
marked superseded). The database allows one live (pending or issued)
certificate per enrollment, and certificate numbers are unique per site.
"""
import secrets
import base64

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy


def new_verification_code() -> str:
    """128 random bits, base32: unguessable, not derived from the id or the number."""
    return base64.b32encode(secrets.token_bytes(16)).decode("ascii").rstrip("=").lower()


def certificate_upload_to(instance, filename):
    return f"certificates/{instance.site_id}/{filename}"


class Certificate(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", pgettext_lazy("certificate status", "Pending")
        ISSUED = "issued", pgettext_lazy("certificate status", "Issued")
        REVOKED = "revoked", pgettext_lazy("certificate status", "Revoked")
        SUPERSEDED = "superseded", pgettext_lazy("certificate status", "Superseded")

    LIVE_STATUSES = (Status.PENDING, Status.ISSUED)

    enrollment = models.ForeignKey("courses.Enrollment", on_delete=models.PROTECT, related_name="certificates")
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.PROTECT, related_name="+")
    number = models.CharField(max_length=40)
    verification_code = models.CharField(max_length=32, unique=True, default=new_verification_code, editable=False)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    version = models.PositiveSmallIntegerField(default=1)
    replaces = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="replaced_by"
    )

    # Frozen at creation: exactly what the certificate states.
    name_on_certificate = models.CharField(max_length=200)
    language = models.CharField(
        max_length=10, default="en", help_text=gettext_lazy("The language it is printed in: the trainee's when it was issued.")
    )
    course_title = models.CharField(max_length=255)
    course_code = models.CharField(max_length=20)
    total_minutes = models.PositiveIntegerField()
    domain_minutes = models.JSONField(default=list, help_text=gettext_lazy("[[domain name, minutes], …]"))
    delivery_minutes = models.JSONField(default=list, help_text=gettext_lazy("[[delivery mode label, minutes], …]"))
    completed_on = models.DateField()
    site_name = models.CharField(max_length=150)
    provider_name = models.CharField(max_length=200, blank=True)
    provider_number = models.CharField(max_length=100, blank=True)
    signatory_name = models.CharField(max_length=150, blank=True)
    signatory_title = models.CharField(max_length=150, blank=True)
    approvals = models.JSONField(
        default=list, blank=True,
        help_text=gettext_lazy("The site's board approvals: [[board name, approval number, badge image id or null, board slug], …]"),
    )

    pdf = models.FileField(upload_to=certificate_upload_to, blank=True)
    pdf_sha256 = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    issued_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoke_reason = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["site", "number"], name="certificate_number_unique_per_site"),
            models.UniqueConstraint(
                fields=["enrollment"],
                condition=Q(status__in=["pending", "issued"]),
                name="certificate_one_live_per_enrollment",
            ),
        ]
        indexes = [models.Index(fields=["status", "created_at"])]
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.number} ({self.get_status_display()})"

    @property
    def is_valid(self):
        return self.status == self.Status.ISSUED

    @property
    def hours(self):
        return self.total_minutes / 60


class CertificateSequence(models.Model):
    """The last number used for a (site, prefix) pair, e.g. (site 1, "RC30-2026")."""

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    prefix = models.CharField(max_length=30)
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["site", "prefix"], name="certificatesequence_unique")]


class CertificateEvent(models.Model):
    """Append-only audit trail: who did what to a certificate, and when."""

    class Action(models.TextChoices):
        CREATED = "created", pgettext_lazy("certificate event", "Created (pending)")
        ISSUED = "issued", pgettext_lazy("certificate event", "Issued")
        EMAILED = "emailed", pgettext_lazy("certificate event", "Emailed to trainee")
        REVOKED = "revoked", pgettext_lazy("certificate event", "Revoked")
        REISSUED = "reissued", pgettext_lazy("certificate event", "Reissued")
        REISSUE_REQUESTED = "reissue_requested", pgettext_lazy("certificate event", "Reissue requested")
        REISSUE_APPROVED = "reissue_approved", pgettext_lazy("certificate event", "Reissue approved")
        REISSUE_REJECTED = "reissue_rejected", pgettext_lazy("certificate event", "Reissue rejected")

    certificate = models.ForeignKey(Certificate, on_delete=models.PROTECT, related_name="events")
    action = models.CharField(max_length=20, choices=Action.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    note = models.TextField(blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.get_action_display()} – {self.certificate.number}"


class ReissueRequest(models.Model):
    """A trainee asks for a certificate in a new legal name; a site admin decides."""

    class Status(models.TextChoices):
        PENDING = "pending", pgettext_lazy("reissue request status", "Pending")
        APPROVED = "approved", pgettext_lazy("reissue request status", "Approved")
        REJECTED = "rejected", pgettext_lazy("reissue request status", "Rejected")

    certificate = models.ForeignKey(Certificate, on_delete=models.PROTECT, related_name="reissue_requests")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    requested_name = models.CharField(max_length=200, help_text=gettext_lazy("The name exactly as it should be printed."))
    reason = models.TextField(max_length=2000)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["certificate"], condition=Q(status="pending"), name="reissuerequest_one_pending"
            )
        ]
        ordering = ["-created_at"]

    def __str__(self):
        return _("Reissue of %(number)s as %(name)s") % {"number": self.certificate.number, "name": self.requested_name}


def bulk_download_upload_to(instance, filename):
    return f"bulk-downloads/{instance.pk}/{filename}"


class BulkDownload(models.Model):
    """A ZIP of many issued certificates' stored PDFs, asked for by a site admin or supervisor.

    A transient artefact, not a record: the request freezes which certificates were selected
    (``certificate_ids``, with the filters that chose them); a Celery task builds the ZIP later,
    checking again for each certificate that the requester may still see it, and the file is
    deleted a day after it was built (``certificates.bulk``). Only the requester sees the job.
    """

    class Status(models.TextChoices):
        PENDING = "pending", pgettext_lazy("bulk download status", "Waiting to be prepared")
        RUNNING = "running", pgettext_lazy("bulk download status", "Being prepared")
        READY = "ready", pgettext_lazy("bulk download status", "Ready")
        FAILED = "failed", pgettext_lazy("bulk download status", "Failed")
        EXPIRED = "expired", pgettext_lazy("bulk download status", "Expired")

    ACTIVE_STATUSES = (Status.PENDING, Status.RUNNING)

    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    filters = models.JSONField(default=dict, blank=True, help_text=gettext_lazy("The filters as chosen: site, course, cohort, completion dates."))
    certificate_ids = models.JSONField(default=list, blank=True, help_text=gettext_lazy("The certificates selected when it was requested."))
    language = models.CharField(max_length=10, default="en", help_text=gettext_lazy("The language of the manifest."))
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    file = models.FileField(upload_to=bulk_download_upload_to, blank=True, max_length=200)
    site = models.ForeignKey(
        "wagtailcore.Site", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=gettext_lazy("The one site all included certificates belong to (empty when several)."),
    )
    requested_count = models.PositiveIntegerField(default=0)
    included_count = models.PositiveIntegerField(default=0)
    skipped_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True, help_text=gettext_lazy("When a worker claimed the build."))
    finished_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        indexes = [models.Index(fields=["requested_by", "status"]), models.Index(fields=["status", "finished_at"])]
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"Bulk download {self.pk} ({self.get_status_display()})"


class IssuerKey(models.Model):
    """A program site's Ed25519 key pair for signing its digital badges (``certificates.badges``).

    The public half is published in a key document the site serves; the private half never
    leaves the database (like a signing key of django-oidc-provider). A retired key signs
    nothing new but still verifies what it signed.
    """

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.PROTECT, related_name="+")
    public_key_multibase = models.CharField(max_length=64, unique=True)
    private_key = models.CharField(max_length=64, editable=False, help_text=gettext_lazy("Raw Ed25519 key, base64."))
    created_at = models.DateTimeField(auto_now_add=True)
    retired_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["site"], condition=Q(retired_at__isnull=True), name="issuerkey_one_active_per_site")
        ]

    def __str__(self):
        return f"Issuer key {self.pk} of site {self.site_id}"


class Badge(models.Model):
    """The signed Open Badges 3.0 ``OpenBadgeCredential`` of an issued certificate.

    ``document`` is the JSON exactly as signed and handed out. ``status_index`` is the
    certificate's bit in its site's revocation list (Bitstring Status List), drawn at random so
    neighbouring certificates do not get neighbouring bits.
    """

    certificate = models.OneToOneField(Certificate, on_delete=models.PROTECT, related_name="badge")
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.PROTECT, related_name="+")
    key = models.ForeignKey(IssuerKey, on_delete=models.PROTECT, related_name="badges")
    status_index = models.PositiveIntegerField()
    document = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["site", "status_index"], name="badge_status_index_unique_per_site")]

    def __str__(self):
        return f"Badge of {self.certificate_id}"

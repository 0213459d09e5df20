"""Read-side queries for certificates: public verification records, lists, transcripts."""
from __future__ import annotations

from django.db.models import Q, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from wagtail.models import Site


from courses.models import DeliveryMode, HourEntry
from courses.selectors import course_site, dashboard_for_user, legal_name
from programs.access import can_see_record
from programs.models import ProgramSettings
from programs.roles import Role, is_platform_admin, sites_for
from programs.sites import site_base_url

from . import rendering
from .models import Certificate


def managed_certificates(user):
    """Certificates ``user`` manages as an admin: all for platform admins, else those of the sites
    where they are site admin (the admin screens, the CE roster and bulk downloads)."""
    if is_platform_admin(user):
        return Certificate.objects.all()
    return Certificate.objects.filter(site_id__in=sites_for(user, Role.SITE_ADMIN).values("pk"))


def verification_url(certificate: Certificate) -> str:
    """The public address where anyone can check ``certificate`` (its QR code and e-mail link)."""
    return site_base_url(certificate.site) + reverse("certificates:verify", args=[certificate.verification_code])


def certificate_for_verification(*, code: str) -> Certificate | None:
    """The certificate a public code names; pending ones are not public yet."""
    certificate = Certificate.objects.filter(verification_code=code).first()
    if certificate is None or certificate.status == Certificate.Status.PENDING:
        return None
    return certificate


PUBLIC_STATUS = {
    Certificate.Status.ISSUED: "valid",
    Certificate.Status.REVOKED: "revoked",
    Certificate.Status.SUPERSEDED: "superseded",
}


def _public_status_label(status: str) -> str:
    """A certificate's public status as the transcript prints it, in the active language."""
    public = PUBLIC_STATUS.get(status, status)
    labels = {
        "valid": pgettext("certificate status", "Valid"),
        "revoked": pgettext("certificate status", "Revoked"),
        "superseded": pgettext("certificate status", "Superseded"),
    }
    return labels.get(public, public.capitalize())


def public_record(certificate: Certificate) -> dict:
    """Everything the public may see about a certificate, and nothing else.

    ``approvals`` ([[board, approval number], …], as printed) is there only when the certificate
    states some."""
    record = {
        "status": PUBLIC_STATUS.get(certificate.status, "unknown"),
        "name": certificate.name_on_certificate,
        "course": certificate.course_title,
        "hours": round(certificate.total_minutes / 60, 1),
        "completed_on": certificate.completed_on.isoformat(),
        "issued_on": timezone.localdate(certificate.issued_at).isoformat() if certificate.issued_at else None,
        "site": certificate.site_name,
        "number": certificate.number,
        "provider": certificate.provider_name,
        "provider_number": certificate.provider_number,
        "hours_by_domain": [[name, round(minutes / 60, 1)] for name, minutes in certificate.domain_minutes],
        "hours_by_delivery": [[label, round(minutes / 60, 1)] for label, minutes in certificate.delivery_minutes],
        "language": certificate.language,
    }
    if certificate.approvals:
        record["approvals"] = [[name, number] for name, number, *_rest in certificate.approvals]
    return record


def certificates_for_user(*, user):
    return list(
        Certificate.objects.filter(enrollment__user=user)
        .select_related("enrollment__course")
        .order_by("-created_at", "-pk")
    )


def can_download(*, user, certificate: Certificate) -> bool:
    """May ``user`` download this certificate's PDF? An issued (or superseded) certificate is a record
    of its trainee held by the issuing site, so ``programs.access`` decides: the trainee, platform
    admins, the issuing site's admins, and supervisors of the trainee on that site (or any
    supervisor the trainee shares their other programs' records with). Pending and revoked
    certificates are downloadable by platform admins only."""
    if user.is_authenticated and user.is_active and user.is_superuser:
        return True
    if certificate.status not in (Certificate.Status.ISSUED, Certificate.Status.SUPERSEDED):
        return False
    return can_see_record(viewer=user, trainee_id=certificate.enrollment.user_id, site_id=certificate.site_id)


def transcript_data(*, user, scope=None) -> rendering.TranscriptData:
    """The hours transcript of ``user``: all of it, or what ``scope`` (``programs.access``) allows."""
    records = scope.q("site") if scope is not None else Q()
    courses = dashboard_for_user(user=user, scope=scope)
    labels = {mode: str(label) for mode, label in DeliveryMode.choices}  # in the active language
    modes = {}
    for row in (
        HourEntry.objects.filter(records, user=user, enrollment__isnull=False)
        .values("enrollment_id", "delivery_mode")
        .annotate(minutes=Sum("minutes"))
        .order_by("delivery_mode")
    ):
        if row["minutes"]:
            modes.setdefault(row["enrollment_id"], []).append((labels[row["delivery_mode"]], row["minutes"]))
    transcript_courses = tuple(
        rendering.TranscriptCourse(
            title=p.course.title,
            code=p.course.code,
            status=pgettext("course status", "Completed") if p.is_complete else _("In progress"),
            completed_on=timezone.localdate(p.enrollment.completed_at) if p.is_complete else None,
            total_minutes=p.minutes_earned,
            required_minutes=p.course.required_minutes,
            domains=tuple((d.domain.name, d.earned_minutes) for d in p.domains if d.earned_minutes),
            delivery_modes=tuple(modes.get(p.enrollment.pk, ())),
        )
        for p in courses
    )
    totals = tuple(
        (row["domain__name"], row["minutes"])
        for row in HourEntry.objects.filter(records, user=user)
        .values("domain__name", "domain__sort_order")
        .annotate(minutes=Sum("minutes"))
        .order_by("domain__sort_order", "domain__name")
        if row["minutes"]
    )
    certificates = tuple(
        rendering.TranscriptCertificate(
            number=c.number,
            course_title=c.course_title,
            issued_on=timezone.localdate(c.issued_at),
            status=_public_status_label(c.status),
            verification_url=verification_url(c),
        )
        for c in Certificate.objects.filter(records, enrollment__user=user)
        .exclude(status=Certificate.Status.PENDING)
        .select_related("site")
        .order_by("issued_at")
    )
    name = legal_name(user)
    site = course_site(courses[0].course) if courses else Site.objects.filter(is_default_site=True).first()
    site_name = ProgramSettings.for_site(site).name if site else ""
    return rendering.TranscriptData(
        trainee_name=name,
        site_name=site_name or "",
        generated_on=timezone.localdate(),
        courses=transcript_courses,
        domain_totals=totals,
        certificates=certificates,
    )

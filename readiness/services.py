"""Writes of the readiness app: the standard credential frameworks, and the credentials people hold."""
from datetime import date, timedelta

from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.models import Site

from courses.curriculum import FRAMEWORKS
from programs.audit import audit_record
from programs.language import user_language
from programs.models import SiteRole
from programs.roles import Role, sites_for
from programs.sites import site_base_url

from .models import CredentialFramework, FrameworkRequirement, HeldCredential, RenewalReminder
from .selectors import renewal_status

FIELDS = (
    "name", "board", "credential", "version", "source_title", "source_url", "unconfirmed",
    "training_minutes", "experience_minutes", "supervision_minutes", "renewal_months", "renewal_minutes", "notes",
)


def frameworks_load(sender=None, *, domains, **kwargs) -> list[tuple[str, bool]]:
    """Create each standard framework version (``courses/curriculum/frameworks.py``) with its
    requirements, unless a framework has its slug: admins' edits in the snippet editor are never
    overwritten, and a new version comes with a slug of its own. ``domains`` maps domain slugs to
    domains. Returns (name, created) pairs.

    The receiver of ``courses.signals.curriculum_loaded`` (``manage.py load_curriculum``)."""
    return [_framework(data, domains) for data in FRAMEWORKS]


def _framework(data, domains):
    defaults = {name: data[name] for name in FIELDS if name in data}
    defaults["family"] = data.get("family", data["slug"])
    if data.get("effective_from"):
        defaults["effective_from"] = date.fromisoformat(data["effective_from"])
    framework, created = CredentialFramework.objects.get_or_create(slug=data["slug"], defaults=defaults)
    if created:
        stages = [(FrameworkRequirement.Stage.INITIAL, data["requirements"]), (FrameworkRequirement.Stage.RENEWAL, data.get("renewal", []))]
        FrameworkRequirement.objects.bulk_create(
            FrameworkRequirement(
                framework=framework,
                stage=stage,
                label=req["label"],
                minutes=req["minutes"],
                domain=domains[req["domain"]] if req.get("domain") else None,
                course_code=req.get("course_code", ""),
                sort_order=order,
            )
            for stage, requirements in stages
            for order, req in enumerate(requirements)
        )
    return data["name"], created


# --------------------------------------------------------------------------
# Credentials held
# --------------------------------------------------------------------------


class CredentialError(Exception):
    """A held credential that cannot be recorded or verified as asked; the message says why."""


def held_credential_record(*, user, framework: CredentialFramework, number: str, issued_on, expires_on) -> HeldCredential:
    """``user`` records a credential they hold."""
    number = (number or "").strip()
    if not number:
        raise CredentialError(_("Enter the credential number."))
    if expires_on <= issued_on:
        raise CredentialError(_("The expiry date must come after the issue date."))
    if HeldCredential.objects.filter(user=user, framework=framework, number=number).exists():
        raise CredentialError(_("You have already recorded this credential."))
    try:
        with transaction.atomic():
            credential = HeldCredential.objects.create(
                user=user, framework=framework, number=number[:60], issued_on=issued_on, expires_on=expires_on
            )
    except IntegrityError:  # the same credential recorded twice at once
        raise CredentialError(_("You have already recorded this credential.")) from None
    audit_record(actor=user, action="credential.recorded", target=f"held credential {credential.pk}", details={"framework": framework.slug})
    return credential


def can_verify(*, actor, holder_id: int) -> bool:
    """May ``actor`` verify the credentials of person ``holder_id``? Platform admins, and site
    admins of a site where that person is a trainee."""
    if not actor.is_authenticated:
        return False
    if actor.is_superuser:
        return True
    admin_sites = sites_for(actor, Role.SITE_ADMIN)
    return SiteRole.objects.filter(user_id=holder_id, role=Role.TRAINEE, site__in=admin_sites).exists()


def held_credential_verify(*, actor, credential: HeldCredential) -> HeldCredential:
    """A site admin marks ``credential`` verified (they checked it with the board)."""
    if not can_verify(actor=actor, holder_id=credential.user_id):
        raise PermissionDenied
    if credential.verified_at is None:
        credential.verified_at, credential.verified_by = timezone.now(), actor
        credential.save(update_fields=["verified_at", "verified_by"])
        audit_record(actor=actor, action="credential.verified", target=f"held credential {credential.pk}", details={"user": credential.user_id})
    return credential


# --------------------------------------------------------------------------
# Renewal reminders
# --------------------------------------------------------------------------

REMINDER_DAYS = (30, 90)  # days before expiry, nearest first


def renewal_reminders_send(today: date | None = None) -> int:
    """E-mail each holder whose credential expires within 90 days: once at 90 days and once at 30
    (a credential recorded late gets only the nearer one). The sent-log (``RenewalReminder``, one
    row per credential, lead time and expiry) makes each reminder go once however often this runs;
    a failed send leaves no row, so the next run tries again. Returns the number sent."""
    today = today or timezone.localdate()
    due = HeldCredential.objects.filter(
        expires_on__gte=today, expires_on__lte=today + timedelta(days=max(REMINDER_DAYS))
    ).select_related("framework", "user")
    site = Site.objects.filter(is_default_site=True).first()
    url = (site_base_url(site) if site else "") + reverse("readiness:mine")  # looked up once per run
    sent = 0
    for credential in due:
        days_left = (credential.expires_on - today).days
        lead = min(days for days in REMINDER_DAYS if days_left <= days)
        with transaction.atomic():
            _reminder, created = RenewalReminder.objects.get_or_create(
                credential=credential, days_before=lead, expires_on=credential.expires_on
            )
            if created:
                _send_reminder(credential, days_left, url)
                sent += 1
    return sent


def _send_reminder(credential: HeldCredential, days_left: int, url: str) -> None:
    user = credential.user
    with translation.override(user_language(user)):
        status = renewal_status(credential)
        context = {
            "credential": credential,
            "status": status,
            "days_left": days_left,
            "url": url,
        }
        subject = _("Your %(credential)s expires on %(date)s") % {
            "credential": credential.framework.name,
            "date": date_format(credential.expires_on, "DATE_FORMAT"),
        }
        message = render_to_string("readiness/email_renewal_reminder.txt", context)
    send_mail(subject=subject, message=message, from_email=None, recipient_list=[user.email])

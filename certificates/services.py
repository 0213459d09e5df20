"""Certificate business rules: request on completion, issue, revoke, reissue.

Called by the ``enrollment_completed`` receiver (see ``apps.py``), Celery tasks
(``tasks.py``), views and the Wagtail admin. "May we issue?" is decided by
the courses app (the completion rules); this module only turns a completed
enrollment into exactly one live certificate:

* ``certificate_request`` creates the *pending* row (frozen data, number) in
  the completing transaction and enqueues the issue on commit;
* ``certificate_issue`` (the Celery task's body) locks the row, renders,
  stores, marks it issued, then sends one e-mail. Running it twice, or in two
  workers at once, finds the row already issued and does nothing;
* ``certificate_sweep_pending`` re-enqueues what a broker outage or a worker
  crash left pending.
"""
from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from datetime import timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import Site

from courses.enrollment_facts import minutes_by_domain_and_mode
from courses.models import DeliveryMode, Enrollment
from courses.selectors import competency_domains, course_site, legal_name, translation_of
from programs.audit import audit_record
from programs.language import user_language
from programs.models import BoardApproval, ProgramSettings
from programs.sites import site_base_url

from . import rendering
from .models import Certificate, CertificateEvent, CertificateSequence, ReissueRequest, certificate_upload_to
from .selectors import verification_url
from .signals import certificate_pending

logger = logging.getLogger(__name__)


class CertificateError(Exception):
    """A refused action; ``str(error)`` is a message for the person."""


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def _recipient(certificate: Certificate):
    """The trainee the certificate's e-mail goes to."""
    return certificate.enrollment.user


def _site_for(enrollment: Enrollment) -> Site:
    return course_site(enrollment.course) or Site.objects.get(is_default_site=True)


def _next_number(site: Site, course_code: str, year: int) -> str:
    """The next number of the site's (course, year) sequence, e.g. RC30-2026-000042. Call inside
    the certificate's transaction: the sequence row stays locked until it ends, so two
    certificates never get the same number."""
    prefix = f"{course_code}-{year}"
    sequence = CertificateSequence.objects.filter(site=site, prefix=prefix)
    if not sequence.update(last=F("last") + 1):
        try:
            with transaction.atomic():
                CertificateSequence.objects.create(site=site, prefix=prefix, last=1)
        except IntegrityError:  # created by a concurrent transaction meanwhile
            sequence.update(last=F("last") + 1)
    return f"{prefix}-{sequence.values_list('last', flat=True).get():06d}"


def _frozen_hours(enrollment: Enrollment) -> tuple[int, list, list]:
    """The ledger's total, and its minutes by competency domain (in the domains' order) and by
    delivery mode, as the certificate freezes them; sums of zero are left out."""
    domains = competency_domains()
    # Stored with the certificate, so frozen as written (English), whatever language is active.
    with translation.override(None):
        labels = {mode: str(label) for mode, label in DeliveryMode.choices}
    by_domain, by_mode = defaultdict(int), defaultdict(int)
    for domain_id, mode, minutes in minutes_by_domain_and_mode(enrollment.pk):
        by_domain[domain_id] += minutes
        by_mode[mode] += minutes
    ordered = sorted(by_domain, key=lambda pk: (domains[pk].sort_order, domains[pk].name))
    domain_rows = [[domains[pk].name, by_domain[pk]] for pk in ordered if by_domain[pk]]
    mode_rows = [[labels.get(mode, mode), by_mode[mode]] for mode in sorted(by_mode) if by_mode[mode]]
    return sum(minutes for _, minutes in domain_rows), domain_rows, mode_rows


# Actions people take on certificates also go to the platform's audit log.
AUDITED = {"revoked", "reissued", "reissue_approved", "reissue_rejected"}


def _event(certificate, action, actor=None, note=""):
    CertificateEvent.objects.create(certificate=certificate, action=action, actor=actor, note=note)
    if action in AUDITED:
        audit_record(action=f"certificate.{action}", target=f"certificate {certificate.number}", actor=actor,
                     site=certificate.site_id, details={"note": note})


def _announce_pending(certificate_id: int) -> None:
    """Tell the receivers a certificate waits to be issued (``certificates.receivers`` hands it to
    Celery)."""
    certificate_pending.send(sender=Certificate, certificate_id=certificate_id)


# --------------------------------------------------------------------------
# Request and issue
# --------------------------------------------------------------------------


def _create_pending(*, enrollment: Enrollment, name: str, replaces: Certificate | None, actor=None) -> Certificate:
    site = _site_for(enrollment)
    program = ProgramSettings.for_site(site)
    course = enrollment.course
    # Printed in the trainee's language if the site offers it; a reissue keeps the language of what it replaces.
    language = replaces.language if replaces else user_language(enrollment.user, program.offered_languages())
    completed = timezone.localdate(enrollment.completed_at)
    total, by_domain, by_mode = _frozen_hours(enrollment)
    certificate = Certificate.objects.create(
        enrollment=enrollment,
        site=site,
        number=_next_number(site, course.code, completed.year),
        version=(replaces.version + 1) if replaces else 1,
        replaces=replaces,
        name_on_certificate=name[:200],
        language=language,
        course_title=translation_of(course, language).title,
        course_code=course.code,
        total_minutes=total,
        domain_minutes=by_domain,
        delivery_minutes=by_mode,
        completed_on=completed,
        site_name=program.name,
        provider_name=program.provider_name or program.name,
        provider_number=program.provider_number,
        signatory_name=program.signatory_name,
        signatory_title=program.signatory_title,
        # The site's board approvals as they stand now; the badge images are read when it is rendered.
        approvals=[
            [approval.board_name or approval.board, approval.approval_number, approval.badge_id, approval.board]
            for approval in BoardApproval.objects.for_sites([site.pk])
        ],
    )
    _event(certificate, CertificateEvent.Action.CREATED, actor)
    certificate_id = certificate.pk
    transaction.on_commit(lambda: _announce_pending(certificate_id))
    return certificate


def certificate_request(*, enrollment: Enrollment) -> Certificate | None:
    """Create the pending certificate of a completed enrollment, once. Returns it, or None if not completed."""
    if enrollment.completed_at is None:
        return None
    # Insert first: the usual caller has just completed the enrollment, so there is no live
    # certificate yet, and the constraint "one live certificate per enrollment" decides.
    try:
        with transaction.atomic():
            return _create_pending(enrollment=enrollment, name=legal_name(enrollment.user), replaces=None)
    except IntegrityError:  # it has one already (e.g. completed again), or a concurrent request created it
        return Certificate.objects.get(enrollment=enrollment, status__in=Certificate.LIVE_STATUSES)


def _image_bytes(image_id: int | None) -> bytes | None:
    """The stored file of image ``image_id``, read from its row now (an editor may have replaced
    the file since the program's settings were saved), or None."""
    image = get_image_model().objects.filter(pk=image_id).first() if image_id is not None else None
    if image is None:
        return None
    try:
        with image.file.open("rb") as handle:
            return handle.read()
    except (OSError, ValueError):
        logger.warning("image %s could not be read for a certificate", image.pk)
        return None


def certificate_data(certificate: Certificate) -> rendering.CertificateData:
    # The images only: every name and number on the certificate was frozen at its creation.
    signature_id, logo_id = (
        ProgramSettings.objects.filter(site_id=certificate.site_id).values_list("signature_id", "logo_id").first()
        or (None, None)
    )
    note = ""
    if certificate.replaces_id:
        # Printed on the certificate, in the active language when it is rendered.
        note = _("Version %(version)s; replaces certificate %(number)s") % {
            "version": certificate.version,
            "number": certificate.replaces.number,
        }
    return rendering.CertificateData(
        trainee_name=certificate.name_on_certificate,
        course_title=certificate.course_title,
        course_code=certificate.course_code,
        total_minutes=certificate.total_minutes,
        # Domain names and delivery modes were frozen in English; printed in the active language.
        domains=tuple((_(name), minutes) for name, minutes in certificate.domain_minutes),
        delivery_modes=tuple((_(label), minutes) for label, minutes in certificate.delivery_minutes),
        completion_date=certificate.completed_on,
        issued_date=timezone.localdate(certificate.issued_at or timezone.now()),
        site_name=certificate.site_name,
        provider_name=certificate.provider_name,
        provider_number=certificate.provider_number,
        signatory_name=certificate.signatory_name,
        signatory_title=certificate.signatory_title,
        certificate_number=certificate.number,
        verification_url=verification_url(certificate),
        signature_image=_image_bytes(signature_id),
        logo_image=_image_bytes(logo_id),
        reissue_note=note,
        approvals=tuple((name, number) for name, number, *_rest in certificate.approvals),
        approval_badges=tuple(
            image for image in (_image_bytes(row[2] if len(row) > 2 else None) for row in certificate.approvals) if image
        ),
    )


def certificate_issue(*, certificate_id: int) -> Certificate | None:
    """Render, store and mark issued; then e-mail the trainee once. Idempotent.

    The PDF is rendered and stored *before* the short locking transaction, so
    workers never hold a lock (or SQLite's write lock) while drawing. The row
    is then marked issued only if it is still pending; a worker that loses
    that race (a duplicate message) deletes its file and changes nothing.
    """
    certificate = Certificate.objects.select_related("enrollment__user", "site").filter(pk=certificate_id).first()
    if certificate is None:
        logger.warning("certificate=%s no longer exists", certificate_id)
        return None
    if certificate.status != Certificate.Status.PENDING:
        # Nothing to render. An issued certificate whose e-mail never went out
        # (a crash between the two) gets it now.
        if certificate.status == Certificate.Status.ISSUED and certificate.emailed_at is None:
            certificate_send_email(certificate=certificate)
        return certificate
    issued_at = timezone.now()
    certificate.issued_at = issued_at
    with translation.override(certificate.language):
        pdf = rendering.render_certificate(certificate_data(certificate))
    name = certificate.pdf.storage.save(
        certificate_upload_to(certificate, f"{certificate.number}-v{certificate.version}.pdf"), ContentFile(pdf)
    )
    with transaction.atomic():
        digest = hashlib.sha256(pdf).hexdigest()
        # Marking it issued also claims the e-mail (emailed_at), in the same write.
        won = Certificate.objects.filter(pk=certificate.pk, status=Certificate.Status.PENDING).update(
            status=Certificate.Status.ISSUED, issued_at=issued_at, pdf=name, pdf_sha256=digest, emailed_at=issued_at
        )
        if won:
            _event(certificate, CertificateEvent.Action.ISSUED)
    if not won:
        certificate.pdf.storage.delete(name)  # another worker issued it (or it was revoked) meanwhile
        certificate.refresh_from_db()
        return certificate
    certificate.status, certificate.pdf.name, certificate.pdf_sha256 = Certificate.Status.ISSUED, name, digest
    certificate.emailed_at = issued_at
    logger.info("certificate issued certificate=%s number=%s", certificate.pk, certificate.number)
    certificate_send_email(certificate=certificate, claimed=True)
    return certificate


def certificate_send_email(*, certificate: Certificate, claimed: bool = False) -> bool:
    """E-mail the trainee a link (never the PDF). At most one e-mail per certificate.

    The e-mail is claimed by setting ``emailed_at`` (``claimed=True``: the
    caller already did, when it marked the certificate issued); if sending
    fails the claim is released so a retry sends it.
    """
    if not claimed:
        claimed = Certificate.objects.filter(pk=certificate.pk, emailed_at__isnull=True).update(
            emailed_at=timezone.now()
        )
        if not claimed:
            return False
    user = _recipient(certificate)
    base = site_base_url(certificate.site)
    context = {
        "certificate": certificate,
        "name": certificate.name_on_certificate,
        "verify_url": verification_url(certificate),
        "dashboard_url": base + reverse("certificates:mine"),
    }
    try:
        with translation.override(certificate.language):
            subject = _("Your certificate: %(course)s") % {"course": certificate.course_title}
            message = render_to_string("certificates/email_issued.txt", context)
        send_mail(subject=subject, message=message, from_email=None, recipient_list=[user.email])
    except Exception:
        # Release the claim so a retry of the task sends it.
        Certificate.objects.filter(pk=certificate.pk).update(emailed_at=None)
        raise
    _event(certificate, CertificateEvent.Action.EMAILED)
    return True


def certificate_sweep_pending(*, older_than_seconds: int | None = None) -> list[int]:
    """Re-enqueue certificates left pending (broker down, worker crash). Returns their ids."""
    seconds = settings.CERTIFICATES_PENDING_GRACE_SECONDS if older_than_seconds is None else older_than_seconds
    cutoff = timezone.now() - timedelta(seconds=seconds)
    stuck = Q(status=Certificate.Status.PENDING, created_at__lte=cutoff) | Q(
        status=Certificate.Status.ISSUED, emailed_at__isnull=True, issued_at__lte=cutoff
    )
    ids = list(Certificate.objects.filter(stuck).order_by("pk").values_list("pk", flat=True)[:1000])
    for certificate_id in ids:
        _announce_pending(certificate_id)
    if ids:
        logger.info("re-enqueued %s pending or unsent certificates", len(ids))
    return ids


# --------------------------------------------------------------------------
# Revoke and reissue
# --------------------------------------------------------------------------


def certificate_revoke(*, certificate: Certificate, actor, reason: str) -> Certificate:
    reason = (reason or "").strip()
    if not reason:
        raise CertificateError(_("Give a reason for revoking the certificate."))
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if certificate.status not in Certificate.LIVE_STATUSES:
            raise CertificateError(_("Only a pending or issued certificate can be revoked."))
        certificate.status = Certificate.Status.REVOKED
        certificate.revoked_at = timezone.now()
        certificate.revoke_reason = reason
        certificate.save(update_fields=["status", "revoked_at", "revoke_reason"])
        _event(certificate, CertificateEvent.Action.REVOKED, actor, reason)
    logger.info("certificate revoked certificate=%s by=%s", certificate.pk, getattr(actor, "pk", None))
    return certificate


def certificate_reissue(*, certificate: Certificate, actor, name: str | None = None, note: str = "") -> Certificate:
    """Supersede ``certificate`` with a new version (optionally in a new name); returns the new, pending one."""
    with transaction.atomic():
        old = Certificate.objects.select_for_update().select_related("enrollment__course", "enrollment__user").get(
            pk=certificate.pk
        )
        if old.status not in (Certificate.Status.ISSUED, Certificate.Status.REVOKED):
            raise CertificateError(_("Only an issued or revoked certificate can be reissued."))
        if hasattr(old, "replaced_by"):
            raise CertificateError(_("This certificate was already reissued."))
        was_live = old.status == Certificate.Status.ISSUED
        if was_live:
            old.status = Certificate.Status.SUPERSEDED
            old.save(update_fields=["status"])
        new = _create_pending(
            enrollment=old.enrollment, name=(name or old.name_on_certificate).strip(), replaces=old, actor=actor
        )
        _event(old, CertificateEvent.Action.REISSUED, actor, note or f"Replaced by {new.number}")
    return new


def reissue_request_create(*, certificate: Certificate, user, requested_name: str, reason: str) -> ReissueRequest:
    if certificate.enrollment.user_id != user.pk:
        raise CertificateError(_("You can only ask to reissue your own certificate."))
    if certificate.status != Certificate.Status.ISSUED:
        raise CertificateError(_("Only a valid, issued certificate can be reissued."))
    requested_name = (requested_name or "").strip()
    if not requested_name or not (reason or "").strip():
        raise CertificateError(_("Give the name as it should be printed and the reason for the change."))
    if "\x00" in requested_name or "\x00" in reason:  # never printable, and PostgreSQL refuses it
        raise CertificateError(_("The name or the reason contains a character that is not allowed (NUL)."))
    try:
        with transaction.atomic():
            request = ReissueRequest.objects.create(
                certificate=certificate, requested_by=user, requested_name=requested_name[:200], reason=reason.strip()
            )
            _event(certificate, CertificateEvent.Action.REISSUE_REQUESTED, user, f"New name: {requested_name}")
    except IntegrityError:
        raise CertificateError(_("A reissue request for this certificate is already waiting for a decision.")) from None
    return request


def reissue_request_decide(*, request: ReissueRequest, actor, approve: bool, note: str = "") -> Certificate | None:
    with transaction.atomic():
        request = ReissueRequest.objects.select_for_update().select_related("certificate").get(pk=request.pk)
        if request.status != ReissueRequest.Status.PENDING:
            raise CertificateError(_("This request was already decided."))
        request.status = ReissueRequest.Status.APPROVED if approve else ReissueRequest.Status.REJECTED
        request.decided_by = actor
        request.decided_at = timezone.now()
        request.decision_note = note
        request.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])
        action = CertificateEvent.Action.REISSUE_APPROVED if approve else CertificateEvent.Action.REISSUE_REJECTED
        _event(request.certificate, action, actor, note)
        if approve:
            return certificate_reissue(
                certificate=request.certificate, actor=actor, name=request.requested_name, note="Legal name change"
            )
    return None

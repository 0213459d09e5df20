"""Invitations to join a cohort: a program's staff never bring a person in without their consent.

Adding someone to a cohort (one by one or from a roster) goes through ``cohort_invite``:

- a person who is already a trainee of the cohort's site joins at once (the site sees them
  already);
- anyone else — an account that is not a trainee there, or an e-mail address with no account —
  gets an invitation by e-mail. Until they accept it, nothing of theirs is visible to the site,
  and what staff are told names only the address they typed ("Invitation sent to …"), the
  same whether an account exists or not.

The invitee answers at ``/learn/cohorts/invitations/<token>/`` (the link in the e-mail, also listed
on their dashboard): accepting enrolls them in the course, puts them in the cohort and makes
them a trainee of the site; declining changes nothing. Only an account whose e-mail address
is the invited one may answer. Every step is audited.
"""
from __future__ import annotations

import logging
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models.functions import Lower
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from courses.models import Enrollment
from courses.selectors import translation_of
from programs.audit import audit_record
from programs.language import user_language
from programs.models import ProgramSettings, SiteRole
from programs.roles import Role
from programs.sites import site_base_url

from .models import Cohort, CohortInvitation
from .services import CohortError, RosterReport, _join, _parse_roster, _require_manager
from .signals import invitation_created

logger = logging.getLogger(__name__)

VALID_DAYS = 30


class InvitationError(CohortError):
    """An answer the invitation rules refuse; ``str(error)`` is a message for the person."""


@dataclass(frozen=True)
class AddOutcome:
    """What adding an e-mail address to a cohort did: "added", "member" (already in it) or "invited"."""

    kind: str
    email: str
    enrollment: Enrollment | None = None
    invitation: CohortInvitation | None = None


def is_site_trainee(user, site_id: int) -> bool:
    """Has ``user`` joined the program as a trainee (enrolled there, or accepted an invitation)?"""
    return SiteRole.objects.filter(user=user, site_id=site_id, role=Role.TRAINEE).exists()


def normalised_email(email: str) -> str:
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        raise CohortError(_("Enter a valid e-mail address.")) from None
    return email


def site_trainees_by_email(*, site_id: int, emails: list[str]) -> dict[str, object]:
    """Active accounts that are trainees of the site, by lower-case e-mail (only addresses one account uses)."""
    found: dict[str, list] = {}
    for user in (
        get_user_model().objects.annotate(email_lower=Lower("email"))
        .filter(email_lower__in=emails, is_active=True)
    ):
        found.setdefault(user.email_lower, []).append(user)
    single = {email: users[0] for email, users in found.items() if len(users) == 1}
    trainees = set(
        SiteRole.objects.filter(site_id=site_id, role=Role.TRAINEE, user__in=list(single.values()))
        .values_list("user_id", flat=True)
    )
    return {email: user for email, user in single.items() if user.pk in trainees}


def invitation_create(*, cohort: Cohort, email: str, actor) -> CohortInvitation:
    """A pending invitation of ``email`` to ``cohort`` (the one already waiting, if any); the
    e-mail goes out when the transaction commits."""
    existing = CohortInvitation.objects.filter(cohort=cohort, email=email, status=CohortInvitation.Status.PENDING).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            invitation = CohortInvitation.objects.create(
                cohort=cohort, email=email, token=secrets.token_urlsafe(32), invited_by=actor
            )
            audit_record(action="invitation.sent", target=f"{email} to cohort “{cohort.name}”", actor=actor,
                         site=cohort.site_id, details={"cohort": cohort.pk, "invitation": invitation.pk})
    except IntegrityError:  # invited by someone else at the same moment
        return CohortInvitation.objects.get(cohort=cohort, email=email, status=CohortInvitation.Status.PENDING)
    invitation_id = invitation.pk
    transaction.on_commit(lambda: _announce(invitation_id))
    logger.info("cohort invitation created invitation=%s cohort=%s by=%s", invitation.pk, cohort.pk, actor.pk)
    return invitation


def _announce(invitation_id: int) -> None:
    """Tell the receivers an invitation was created (``cohorts.receivers`` e-mails it through Celery)."""
    invitation_created.send(sender=CohortInvitation, invitation_id=invitation_id)


def invitation_send_email(*, invitation_id: int) -> bool:
    """E-mail the invitation link; nothing if it was answered or withdrawn meanwhile."""
    invitation = (
        CohortInvitation.objects.select_related("cohort__site", "cohort__course", "invited_by")
        .filter(pk=invitation_id, status=CohortInvitation.Status.PENDING)
        .first()
    )
    if invitation is None:
        return False
    cohort = invitation.cohort
    program = ProgramSettings.for_site(cohort.site)
    context = {
        "program": program.name,
        "cohort": cohort,
        "url": site_base_url(cohort.site) + reverse("cohorts:invitation", args=[invitation.token]),
        "valid_days": VALID_DAYS,
    }
    with translation.override(_invitation_language(invitation, program.offered_languages())):
        context["course"] = translation_of(cohort.course)  # its title in the e-mail's language
        subject = _("Invitation: %(course)s with %(program)s") % {
            "course": context["course"].title, "program": context["program"],
        }
        message = render_to_string("cohorts/email_invitation.txt", context)
    send_mail(subject=subject, message=message, from_email=None, recipient_list=[invitation.email])
    return True


def _invitation_language(invitation: CohortInvitation, offered) -> str:
    """The language of the invitation e-mail (sent outside any request), among those ``offered``
    by the cohort's site: the one saved by the account using the invited address, if exactly one
    does, else the one of the person who invited."""
    accounts = list(get_user_model().objects.filter(email__iexact=invitation.email, is_active=True)[:2])
    return user_language(accounts[0] if len(accounts) == 1 else invitation.invited_by, offered)


def cohort_invite(*, cohort: Cohort, email: str, actor) -> AddOutcome:
    """Add the person using ``email`` to the cohort if they are a trainee of its site, else invite them."""
    _require_manager(actor, cohort)
    email = normalised_email(email)
    trainee = site_trainees_by_email(site_id=cohort.site_id, emails=[email]).get(email)
    if trainee is not None:
        with transaction.atomic():
            enrollment, added = _join(cohort, trainee)
        if added:
            logger.info("cohort member added cohort=%s user=%s by=%s", cohort.pk, trainee.pk, actor.pk)
        return AddOutcome("added" if added else "member", email, enrollment=enrollment)
    with transaction.atomic():
        invitation = invitation_create(cohort=cohort, email=email, actor=actor)
    return AddOutcome("invited", email, invitation=invitation)


def roster_import(*, cohort: Cohort, file, actor) -> RosterReport:
    """Add or invite every person of a CSV roster, or nobody.

    Every row is checked first (format, duplicates, trainees of the site who are in another
    cohort of the course) and each problem reported with its line number; if there is any,
    nothing changes. Otherwise, in one transaction, the site's trainees join and everyone
    else is invited (``cohort_invite``'s rule, row by row).
    """
    _require_manager(actor, cohort)
    report = RosterReport()
    rows = _parse_roster(file, report)
    if not rows:
        return report
    trainees = site_trainees_by_email(site_id=cohort.site_id, emails=[email for _line, email in rows])
    in_cohort = {
        e.user_id: e.cohort
        for e in Enrollment.objects.filter(course=cohort.course, user__in=list(trainees.values()), cohort__isnull=False)
        .select_related("cohort")
    }
    for line, email in rows:
        user = trainees.get(email)
        other = in_cohort.get(user.pk) if user is not None else None
        if other is not None and other.pk != cohort.pk:
            message = _("%(email)s is already in another cohort of this course (%(cohort)s).")
            report.problem(line, message % {"email": email, "cohort": other}, email)
        elif other is not None:
            report.already_members.append(email)
    if report.problems:
        report.problems.sort(key=lambda p: p.line)
        return report
    try:
        with transaction.atomic():
            for line, email in rows:
                user = trainees.get(email)
                if user is None:
                    invitation_create(cohort=cohort, email=email, actor=actor)
                    report.invited.append(email)
                    continue
                try:
                    _enrollment, added = _join(cohort, user)
                except CohortError as error:  # changed since the check: undo everything
                    raise _RosterRollback(line, str(error), email) from None
                if added:
                    report.added.append(email)
    except _RosterRollback as rollback:
        report.problem(rollback.line, rollback.message, rollback.email)
        report.added.clear()
        report.invited.clear()
        return report
    logger.info(
        "roster imported cohort=%s added=%s invited=%s by=%s", cohort.pk, len(report.added), len(report.invited), actor.pk
    )
    return report


class _RosterRollback(Exception):
    def __init__(self, line, message, email):
        super().__init__(message)
        self.line, self.message, self.email = line, message, email


# --------------------------------------------------------------------------
# The invitee's answer
# --------------------------------------------------------------------------


TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{20,64}$")  # what ``secrets.token_urlsafe`` makes


def invitation_by_token(token: str) -> CohortInvitation | None:
    if not TOKEN_RE.match(token or ""):
        return None
    return (
        CohortInvitation.objects.select_related("cohort__site", "cohort__course", "invited_by")
        .filter(token=token)
        .first()
    )


def is_expired(invitation: CohortInvitation, now=None) -> bool:
    return (now or timezone.now()) > invitation.created_at + timedelta(days=VALID_DAYS)


def may_answer(invitation: CohortInvitation, user) -> bool:
    """Only an active account using the invited address answers."""
    return bool(
        user.is_authenticated and user.is_active and (user.email or "").strip().lower() == invitation.email
    )


def _locked_pending(invitation: CohortInvitation, user) -> CohortInvitation:
    if not may_answer(invitation, user):
        raise InvitationError(_("This invitation was sent to another e-mail address. Log in with that address to answer it."))
    locked = CohortInvitation.objects.select_for_update().select_related("cohort__course").get(pk=invitation.pk)
    if locked.status != CohortInvitation.Status.PENDING:
        raise InvitationError(
            _("This invitation was already answered or withdrawn (%(status)s).")
            % {"status": locked.get_status_display().lower()}
        )
    if is_expired(locked):
        raise InvitationError(_("This invitation has expired. Ask the facilitator to invite you again."))
    return locked


def _answer(invitation: CohortInvitation, user, status: str) -> None:
    invitation.status = status
    invitation.responded_at = timezone.now()
    invitation.answered_by = user
    invitation.save(update_fields=["status", "responded_at", "answered_by"])
    audit_record(
        action=f"invitation.{status}", target=f"{invitation.email} to cohort “{invitation.cohort.name}”",
        actor=user, site=invitation.cohort.site_id, details={"invitation": invitation.pk},
    )


def invitation_accept(*, invitation: CohortInvitation, user) -> Enrollment:
    """Join the cohort: enrolled in its course, a trainee of its site from now on."""
    with transaction.atomic():
        locked = _locked_pending(invitation, user)
        enrollment, _joined = _join(locked.cohort, user)
        _answer(locked, user, CohortInvitation.Status.ACCEPTED)
    logger.info("cohort invitation accepted invitation=%s user=%s", invitation.pk, user.pk)
    return enrollment


def invitation_decline(*, invitation: CohortInvitation, user) -> None:
    with transaction.atomic():
        _answer(_locked_pending(invitation, user), user, CohortInvitation.Status.DECLINED)


def invitation_cancel(*, invitation: CohortInvitation, actor) -> bool:
    """Staff withdraw a pending invitation; False if it was answered meanwhile."""
    _require_manager(actor, invitation.cohort)
    with transaction.atomic():
        updated = CohortInvitation.objects.filter(pk=invitation.pk, status=CohortInvitation.Status.PENDING).update(
            status=CohortInvitation.Status.CANCELLED, responded_at=timezone.now(), answered_by=actor
        )
        if updated:
            audit_record(action="invitation.cancelled", target=f"{invitation.email} to cohort “{invitation.cohort.name}”",
                         actor=actor, site=invitation.cohort.site_id, details={"invitation": invitation.pk})
    return bool(updated)


def pending_invitations_for(*, user) -> list[CohortInvitation]:
    """Invitations waiting for ``user``'s answer (sent to their address, not expired). Every
    dashboard asks, and almost always there is none: a plain query first, the joins only then."""
    if not user.is_authenticated or not user.email:
        return []
    since = timezone.now() - timedelta(days=VALID_DAYS)
    waiting = list(
        CohortInvitation.objects.filter(
            email=user.email.strip().lower(), status=CohortInvitation.Status.PENDING, created_at__gte=since
        ).values_list("pk", flat=True)
    )
    if not waiting:
        return []
    return list(
        CohortInvitation.objects.filter(pk__in=waiting)
        .select_related("cohort__site", "cohort__course")
        .order_by("created_at", "pk")
    )


def pending_invitations_of(*, cohort: Cohort) -> list[CohortInvitation]:
    """What the cohort's staff see of invitations not yet answered: the address and when."""
    return list(cohort.invitations.filter(status=CohortInvitation.Status.PENDING).order_by("email", "pk"))

"""Supervision: who supervises whom, supervision sessions and practice hours.

Services (writes) and selectors (reads) for the screens in ``supervision.views``;
the dashboard and its CSV export are in ``supervision.dashboard``.

Who sees what:
- a supervisor sees the trainees assigned to them (``SupervisorAssignment``) on
  sites where they still hold the supervisor role;
- a site admin sees every assignment of their sites (and manages them);
- a platform admin sees every assignment.
Of a visible trainee's records, each viewer sees only those of their own program site(s),
unless the trainee shares the others with their supervisor (``programs.access``).

Credits go through ``courses.services.hour_entry_credit`` with keys
``supervision:<session>:<trainee>`` and ``practice:<entry>``, so retries never
double-count. Supervision sessions credit their minutes to the *first*
selected domain (by the domains' sort order): the ledger holds one domain per
row, and a session must name at least one domain.
"""
from __future__ import annotations

from datetime import date, datetime, time

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from courses.models import CompetencyDomain, DeliveryMode, HourEntry
from courses.services import hour_entry_credit
from programs.audit import audit_record
from programs.models import SiteRole, SupervisorAssignment
from programs.roles import Role, has_role

from .models import PracticeEntry, SupervisionFormat, SupervisionSession
from .selectors import can_review_practice

User = get_user_model()


class SupervisionError(Exception):
    """A request the rules refuse; ``str(error)`` is a message for the user."""


# --------------------------------------------------------------------------
# Scope: which assignments a user may see
# --------------------------------------------------------------------------


# --------------------------------------------------------------------------
# Trainee detail
# --------------------------------------------------------------------------


# --------------------------------------------------------------------------
# Assignments
# --------------------------------------------------------------------------


def assignment_create(*, site: Site, supervisor, trainee, by) -> tuple[SupervisorAssignment, bool]:
    """Assign ``supervisor`` to ``trainee`` on ``site``; only a site admin of the site (or platform admin) may."""
    if not has_role(by, site, Role.SITE_ADMIN):
        raise SupervisionError(_("Only an administrator of this site can assign supervisors."))
    if supervisor.pk == trainee.pk:
        raise SupervisionError(_("A person cannot supervise themselves."))
    if not SiteRole.objects.filter(user=supervisor, site=site, role=Role.SUPERVISOR).exists():
        raise SupervisionError(_("That person is not a supervisor on this site."))
    if not SiteRole.objects.filter(user=trainee, site=site, role=Role.TRAINEE).exists():
        raise SupervisionError(_("That person is not a trainee on this site."))
    with transaction.atomic():
        assignment, created = SupervisorAssignment.objects.get_or_create(site=site, supervisor=supervisor, trainee=trainee)
        if created:
            audit_record(action="assignment.created", target=f"{supervisor.get_username()} supervises {trainee.get_username()}",
                         actor=by, site=site)
    return assignment, created


def assignment_delete(*, assignment: SupervisorAssignment, by) -> None:
    if not has_role(by, assignment.site_id, Role.SITE_ADMIN):
        raise SupervisionError(_("Only an administrator of this site can remove assignments."))
    with transaction.atomic():
        audit_record(
            action="assignment.deleted",
            target=f"{assignment.supervisor.get_username()} supervises {assignment.trainee.get_username()}",
            actor=by, site=assignment.site_id,
        )
        assignment.delete()


# --------------------------------------------------------------------------
# Supervision sessions
# --------------------------------------------------------------------------


def _midday(day: date) -> datetime:
    """A session or practice day as an aware datetime (noon local time, so the date survives time zones)."""
    return timezone.make_aware(datetime.combine(day, time(12, 0)))


def supervision_session_log(
    *, supervisor, site: Site, trainees: list, held_on: date, minutes: int, format: str, domains: list, notes: str = ""
) -> SupervisionSession:
    """Record a session and credit its minutes to each attending trainee's ledger (once each)."""
    if not SiteRole.objects.filter(user=supervisor, site=site, role=Role.SUPERVISOR).exists():
        raise SupervisionError(_("You are not a supervisor on this site."))
    if not trainees:
        raise SupervisionError(_("Choose at least one trainee."))
    if not domains:
        raise SupervisionError(_("Choose at least one competency domain."))
    if not 1 <= minutes <= 12 * 60:
        raise SupervisionError(_("A session lasts between 1 minute and 12 hours."))
    if held_on > timezone.localdate():
        raise SupervisionError(_("A session cannot be logged before it happens."))
    if format not in SupervisionFormat.values:
        raise SupervisionError(_("Choose individual or group supervision."))
    if format == SupervisionFormat.INDIVIDUAL and len(trainees) != 1:
        raise SupervisionError(_("Individual supervision has exactly one trainee; choose “group” for more."))
    assigned = set(
        SupervisorAssignment.objects.filter(site=site, supervisor=supervisor).values_list("trainee_id", flat=True)
    )
    if any(t.pk not in assigned for t in trainees):
        raise SupervisionError(_("You can only log sessions with trainees assigned to you on this site."))
    with transaction.atomic():
        session = SupervisionSession.objects.create(
            site=site, supervisor=supervisor, held_on=held_on, minutes=minutes, format=format, notes=notes
        )
        session.trainees.set(trainees)
        session.domains.set(domains)
        supervision_session_credit(session=session)
        audit_record(
            action="supervision.logged", target=f"supervision session {held_on} ({minutes} min)", actor=supervisor,
            site=site, details={"session": session.pk, "trainees": [t.get_username() for t in trainees], "minutes": minutes},
        )
    return session


def supervision_session_credit(*, session: SupervisionSession) -> int:
    """Credit the session's minutes to each attending trainee; running it again credits nothing more.

    Returns how many entries were created now.
    """
    domain = session.domains.order_by("sort_order", "name").first()
    if domain is None:
        raise SupervisionError(_("The session names no competency domain."))
    with translation.override(None):  # the ledger's descriptions are stored in English, whoever logs the session
        kind = session.get_format_display()
    created = 0
    for trainee in session.trainees.all():
        _entry, new = hour_entry_credit(
            enrollment=None,
            user=trainee,
            domain_id=domain.pk,
            minutes=session.minutes,
            source=HourEntry.Source.SUPERVISION,
            delivery_mode=DeliveryMode.IN_PERSON,
            key=f"supervision:{session.pk}:{trainee.pk}",
            site_id=session.site_id,
            description=f"{kind} supervision on {session.held_on:%Y-%m-%d}"[:255],
            occurred_at=_midday(session.held_on),
            recorded_by=session.supervisor,
            approved_by=session.supervisor,
        )
        created += new
    return created


# --------------------------------------------------------------------------
# Practice hours
# --------------------------------------------------------------------------


def practice_entry_create(
    *, trainee, site: Site, performed_on: date, minutes: int, domain: CompetencyDomain, service_type: str, description: str
) -> PracticeEntry:
    if not SiteRole.objects.filter(user=trainee, site=site, role=Role.TRAINEE).exists():
        raise SupervisionError(_("You can log practice hours only for a program where you are a trainee."))
    if not 1 <= minutes <= 24 * 60:
        raise SupervisionError(_("Log between 1 minute and 24 hours per entry."))
    if performed_on > timezone.localdate():
        raise SupervisionError(_("Practice hours cannot be logged for a future date."))
    if service_type not in PracticeEntry.ServiceType.values:
        raise SupervisionError(_("Choose direct or indirect service."))
    description = description.strip()
    if not description:
        raise SupervisionError(_("Describe what you did (without client names)."))
    return PracticeEntry.objects.create(
        trainee=trainee, site=site, performed_on=performed_on, minutes=minutes, domain=domain,
        service_type=service_type, description=description[:500],
    )


def practice_entry_decide(*, entry: PracticeEntry, reviewer, approve: bool, comment: str = "") -> PracticeEntry:
    """Approve (credit the minutes to the ledger) or reject an entry, once.

    The entry is locked and re-read, so two reviewers deciding at once cannot
    both succeed; a decided entry raises ``SupervisionError``.
    """
    if not can_review_practice(user=reviewer, entry=entry):
        raise SupervisionError(_("You cannot review this entry."))
    comment = comment.strip()[:500]
    if not approve and not comment:
        raise SupervisionError(_("Say why the entry is rejected, so the trainee can correct it."))
    now = timezone.now()
    with transaction.atomic():
        entry = PracticeEntry.objects.select_for_update().select_related("domain").get(pk=entry.pk)
        if entry.status != PracticeEntry.Status.PENDING:
            raise SupervisionError(_("This entry was already reviewed."))
        entry.status = PracticeEntry.Status.APPROVED if approve else PracticeEntry.Status.REJECTED
        entry.reviewed_by = reviewer
        entry.reviewed_at = now
        entry.review_comment = comment
        entry.save(update_fields=["status", "reviewed_by", "reviewed_at", "review_comment"])
        if approve:
            with translation.override(None):  # stored in English, whoever reviews the entry
                service = entry.get_service_type_display()
            hour_entry_credit(
                enrollment=None,
                user=entry.trainee,
                domain_id=entry.domain_id,
                minutes=entry.minutes,
                source=HourEntry.Source.PRACTICE,
                delivery_mode=DeliveryMode.IN_PERSON,
                key=f"practice:{entry.pk}",
                site_id=entry.site_id,
                description=f"Practice ({service}): {entry.description}"[:255],
                occurred_at=_midday(entry.performed_on),
                recorded_by=entry.trainee,
                approved_by=reviewer,
            )
        audit_record(
            action="practice.approved" if approve else "practice.rejected",
            target=f"practice entry of {entry.trainee.get_username()} ({entry.minutes} min, {entry.performed_on})",
            actor=reviewer, site=entry.site_id, details={"entry": entry.pk, "comment": comment},
        )
    return entry



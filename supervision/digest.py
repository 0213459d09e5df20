"""The weekly supervisor digest: one e-mail a week to each supervisor, on the weekday they chose
(``DigestPreference``; Monday unless they chose another day or turned it off), about the trainees
assigned to them on the sites where they hold the supervisor role.

It reports four things, each only as far as the supervision dashboard would show it to them:

- course completions: enrollments completed in the past 7 days, with the certificate's number
  once it is issued. They come from the dashboard's own rows (``dashboard.trainee_rows``), so
  only courses of the programs whose records the supervisor may see (``programs.access``) count;
- trainees inactive for 14 days: by the dashboard's "last activity" of the same rows, never a
  rule of their own. A trainee with no activity at all counts once they have been assigned to the
  supervisor for 14 days (not in their first two weeks);
- practice hours waiting for the supervisor's review: the pending entries of their trainees in
  their review queue (``selectors.practice_review_queue``), per trainee, with the minutes;
- credentials held by their trainees that expire within 90 days (any person they may see on the
  dashboard may be seen with their credentials, as on the readiness page).

Once a week only: the sent-log (``DigestSent``, unique per supervisor and ISO week) is written in
the same transaction as the e-mail is sent, so a digest goes once however often the beat task runs
and in however many workers at once (a second worker's insert waits for the first's transaction,
then finds the row). A failed send rolls the row back, and the next run sends it.

When there is nothing to report (no completion, no inactive trainee, nothing to review, nothing
expiring) no e-mail is sent: the week is logged with ``items`` 0, so the digest is not built again
that week and the supervisor gets no "all quiet" message. A supervisor who changes their day in a
week whose digest already went gets the next one the week after.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Count, Q, Sum
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.models import Site

from certificates.models import Certificate
from courses.display import display_name
from courses.selectors import translation_of
from programs.language import user_language
from programs.models import SupervisorAssignment
from programs.sites import site_base_url

from .dashboard import DashboardFilters, trainee_rows
from .models import DigestPreference, DigestSent, PracticeEntry
from .selectors import practice_review_queue

logger = logging.getLogger(__name__)
User = get_user_model()

COMPLETIONS_WITHIN = timedelta(days=7)
INACTIVE_AFTER = timedelta(days=14)
EXPIRES_WITHIN = timedelta(days=90)


# --------------------------------------------------------------------------
# Who supervises whom, and who is due
# --------------------------------------------------------------------------


def supervises_anyone(user) -> bool:
    """Does ``user`` supervise at least one trainee (whom a digest would be about)?"""
    return user.is_authenticated and user.is_active and SupervisorAssignment.objects.in_force().filter(supervisor=user).exists()


def iso_week(day: date) -> str:
    """The ISO year and week of ``day``, e.g. ``2026-W07``: the sent-log's key."""
    year, week, _weekday = day.isocalendar()
    return f"{year}-W{week:02d}"


def supervisors_due(today: date):
    """Active supervisors with an e-mail address and trainees, whose digest day is ``today``'s
    weekday and whose digest of ``today``'s week is not in the sent-log yet (by pk)."""
    weekday = today.weekday()
    chosen = Q(digest_preference__weekday=weekday)
    if weekday == DigestPreference.DEFAULT_WEEKDAY:
        chosen |= Q(digest_preference__isnull=True)
    return (
        User.objects.filter(chosen, is_active=True, pk__in=SupervisorAssignment.objects.in_force().values("supervisor_id"))
        .exclude(email="")
        .exclude(pk__in=DigestSent.objects.filter(week=iso_week(today)).values("supervisor_id"))
        .order_by("pk")
    )


# --------------------------------------------------------------------------
# One supervisor's digest (reads only)
# --------------------------------------------------------------------------


@dataclass
class Completion:
    trainee: object
    course_title: str
    completed_at: datetime
    certificate_number: str = ""

    @property
    def name(self) -> str:
        return display_name(self.trainee)


@dataclass
class InactiveTrainee:
    trainee: object
    last_activity: datetime | None

    @property
    def name(self) -> str:
        return display_name(self.trainee)


@dataclass
class PracticeToReview:
    trainee: object
    entries: int
    minutes: int

    @property
    def name(self) -> str:
        return display_name(self.trainee)


@dataclass
class ExpiringCredential:
    trainee: object
    credential: str
    number: str
    expires_on: date
    days_left: int

    @property
    def name(self) -> str:
        return display_name(self.trainee)


@dataclass
class Digest:
    supervisor: object
    week: str
    site: Site | None = None  # the program whose address the e-mail's links use
    trainees: int = 0
    completions: list[Completion] = field(default_factory=list)
    inactive: list[InactiveTrainee] = field(default_factory=list)
    practice: list[PracticeToReview] = field(default_factory=list)
    expiring: list[ExpiringCredential] = field(default_factory=list)

    @property
    def items(self) -> int:
        """How many things the digest reports (0: nothing to report)."""
        return len(self.completions) + len(self.inactive) + len(self.practice) + len(self.expiring)


def supervisor_digest(*, supervisor, today: date | None = None, now: datetime | None = None) -> Digest:
    """What ``supervisor``'s digest reports (see the module docstring), in trainee name order.

    Dates (the week, credential expiry) count from ``today``, moments (completions, inactivity)
    from ``now``. Course titles are in the active language. Reads only, in a fixed number of
    queries whatever the number of trainees.
    """
    now = now or timezone.now()
    today = today or timezone.localdate(now)
    digest = Digest(supervisor=supervisor, week=iso_week(today))
    trainees, assigned_since = {}, {}
    for assignment in (
        SupervisorAssignment.objects.in_force().filter(supervisor=supervisor).select_related("trainee", "site")
        .order_by("trainee__last_name", "trainee__first_name", "trainee__pk", "site_id")
    ):
        trainees.setdefault(assignment.trainee_id, assignment.trainee)
        since = assigned_since.get(assignment.trainee_id)
        assigned_since[assignment.trainee_id] = min(since, assignment.created_at) if since else assignment.created_at
        if digest.site is None or assignment.site_id < digest.site.pk:
            digest.site = assignment.site
    digest.trainees = len(trainees)
    if not trainees:
        return digest
    for row in trainee_rows(viewer=supervisor, trainees=list(trainees.values()), filters=DashboardFilters()):
        for progress in row.courses:
            completed_at = progress.enrollment.completed_at
            if completed_at is not None and now - COMPLETIONS_WITHIN <= completed_at <= now:
                certificate = progress.certificate
                digest.completions.append(Completion(
                    trainee=row.trainee, course_title=translation_of(progress.course).title, completed_at=completed_at,
                    certificate_number=certificate.number if certificate and certificate.status == Certificate.Status.ISSUED else "",
                ))
        if (row.last_activity or assigned_since[row.trainee.pk]) <= now - INACTIVE_AFTER:
            digest.inactive.append(InactiveTrainee(trainee=row.trainee, last_activity=row.last_activity))
    pending = {
        trainee_id: (entries, minutes)
        for trainee_id, entries, minutes in practice_review_queue(user=supervisor)
        .filter(trainee_id__in=list(trainees), status=PracticeEntry.Status.PENDING)
        .values("trainee_id").annotate(entries=Count("id"), minutes=Sum("minutes")).order_by()
        .values_list("trainee_id", "entries", "minutes")
    }
    digest.practice = [
        PracticeToReview(trainee=trainee, entries=pending[pk][0], minutes=pending[pk][1] or 0)
        for pk, trainee in trainees.items() if pk in pending
    ]
    # readiness and supervision are sibling apps that never import each other (the import layers):
    # the credentials are read through the app registry.
    held_credential = apps.get_model("readiness", "HeldCredential")
    for credential in (
        held_credential.objects.filter(
            user_id__in=list(trainees), expires_on__gte=today, expires_on__lte=today + EXPIRES_WITHIN
        ).select_related("framework").order_by("expires_on", "pk")
    ):
        digest.expiring.append(ExpiringCredential(
            trainee=trainees[credential.user_id], credential=credential.framework.name, number=credential.number,
            expires_on=credential.expires_on, days_left=(credential.expires_on - today).days,
        ))
    return digest


# --------------------------------------------------------------------------
# Sending
# --------------------------------------------------------------------------


def digest_send(*, supervisor, today: date | None = None, now: datetime | None = None) -> bool:
    """Send ``supervisor`` the digest of ``today``'s week unless the sent-log has it; True if an
    e-mail went now. A week with nothing to report is logged without an e-mail. Raises what the
    mail backend raises, leaving no row."""
    now = now or timezone.now()
    today = today or timezone.localdate(now)
    with translation.override(user_language(supervisor)):
        digest = supervisor_digest(supervisor=supervisor, today=today, now=now)
        with transaction.atomic():
            _log, created = DigestSent.objects.get_or_create(
                supervisor=supervisor, week=digest.week, defaults={"items": digest.items}
            )
            if not created or not digest.items:
                return False
            _send(digest, today)
    return True


def _send(digest: Digest, today: date) -> None:
    """The e-mail, in the active language (the supervisor's)."""
    supervisor = digest.supervisor
    site = digest.site or Site.objects.filter(is_default_site=True).first()
    base = site_base_url(site) if site else ""
    context = {
        "name": display_name(supervisor),
        "digest": digest,
        "dashboard_url": base + reverse("supervision:dashboard"),
        "review_url": base + reverse("supervision:review"),
        "settings_url": base + reverse("supervision:digest_settings"),
    }
    subject = _("Your weekly supervision digest (%(date)s)") % {"date": date_format(today, "DATE_FORMAT")}
    message = render_to_string("supervision/email_digest.txt", context)
    send_mail(subject=subject, message=message, from_email=None, recipient_list=[supervisor.email])


def digest_send_due(today: date | None = None) -> int:
    """Send the digest of every supervisor whose day is ``today`` (default: the local date), each
    once a week (see the module docstring). Returns the number of e-mails sent.

    A supervisor whose e-mail fails does not stop the others: after trying everyone the first
    error is raised again (the task fails, and the next run retries those whose digest did not go).
    """
    now = timezone.now()
    today = today or timezone.localdate(now)
    sent, errors = 0, []
    for supervisor in supervisors_due(today):
        try:
            sent += digest_send(supervisor=supervisor, today=today, now=now)
        except Exception as error:  # noqa: BLE001 - logged, and raised again below
            logger.exception("The weekly digest of user %s was not sent", supervisor.pk)
            errors.append(error)
    if errors:
        raise errors[0]
    return sent


# --------------------------------------------------------------------------
# The supervisor's choice of day
# --------------------------------------------------------------------------


def digest_weekday(user) -> int | None:
    """The weekday ``user`` receives the digest on (0 is Monday), or None when it is off."""
    chosen = list(DigestPreference.objects.filter(user=user).values_list("weekday", flat=True)[:1])
    return chosen[0] if chosen else DigestPreference.DEFAULT_WEEKDAY


def digest_weekday_set(*, user, weekday: int | None) -> DigestPreference:
    """Save ``user``'s digest day (0 to 6, Monday first), or None to turn the digest off."""
    if weekday is not None and not 0 <= weekday <= 6:
        raise ValueError(f"weekday must be 0 to 6 or None, not {weekday!r}")
    preference, _created = DigestPreference.objects.update_or_create(user=user, defaults={"weekday": weekday})
    return preference

"""Cohorts, live sessions and attendance: services (writes) and selectors (reads).

Facilitators run cohorts of one course on one program site: they add trainees
(one by one or from a CSV roster), schedule live sessions and record who
attended. Attendance credits the hours ledger through
``courses.services.hour_entry_credit``; a correction never edits an entry, it
adds one for the difference. Called by ``cohorts.views`` (and usable
from the shell or management commands: every write takes the ``actor`` and
checks that they may manage the cohort).

Who may manage a cohort: a site admin of its site (or a platform admin), or a
facilitator of its site who is one of the cohort's facilitators.
"""
from __future__ import annotations

import csv
import io
import logging
from dataclasses import dataclass, field
from datetime import date, datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from courses import services
from courses.display import display_name
from courses.models import (
    CompetencyDomain,
    CoursePage,
    DeliveryMode,
    Enrollment,
    HourEntry,
    LessonPage,
    LessonProgress,
    ModulePage,
)
from courses.selectors import course_site
from courses.selectors import module_minutes_credited
from programs.audit import audit_record
from programs.models import SiteRole
from programs.roles import Role, has_role

from .models import Attendance, Cohort, LiveSession, SessionDomain
from .selectors import can_create_cohorts, can_manage_cohort

logger = logging.getLogger(__name__)

ROSTER_MAX_BYTES = 1024 * 1024
ROSTER_MAX_ROWS = 2000
ROSTER_COLUMNS = ("email", "first_name", "last_name")
SESSION_MODES = (DeliveryMode.IN_PERSON, DeliveryMode.LIVE_VIRTUAL)
SESSION_MAX_MINUTES = 12 * 60


class CohortError(Exception):
    """A request the cohort rules refuse; ``str(error)`` is a message for the facilitator."""


class CohortPermissionDenied(PermissionDenied):
    pass


# --------------------------------------------------------------------------
# Permissions
# --------------------------------------------------------------------------


def _require_manager(actor, cohort: Cohort) -> None:
    if not can_manage_cohort(actor, cohort):
        raise CohortPermissionDenied("You do not run this cohort.")


# --------------------------------------------------------------------------
# Cohorts and members
# --------------------------------------------------------------------------


def cohort_create(*, site, course: CoursePage, name: str, starts_on: date, ends_on: date | None = None, facilitators, actor) -> Cohort:
    """Create a cohort of ``course`` on ``site``; every facilitator must hold the facilitator role there."""
    if not can_create_cohorts(actor, site):
        raise CohortPermissionDenied("You cannot create cohorts on this site.")
    if course_site(course) != site:
        raise CohortError(_("This course is not offered on this site."))
    name = (name or "").strip()
    if not name:
        raise CohortError(_("Give the cohort a name."))
    if ends_on is not None and ends_on < starts_on:
        raise CohortError(_("The end date cannot be before the start date."))
    facilitators = list(facilitators)
    for person in facilitators:
        if not has_role(person, site, Role.FACILITATOR):
            raise CohortError(_("%(name)s is not a facilitator on this site.") % {"name": display_name(person)})
    if Cohort.objects.filter(site=site, course=course, name__iexact=name).exists():
        raise CohortError(_("This course already has a cohort with that name on this site."))
    with transaction.atomic():
        cohort = Cohort.objects.create(site=site, course=course, name=name, starts_on=starts_on, ends_on=ends_on)
        cohort.facilitators.set(facilitators)
    logger.info("cohort created cohort=%s site=%s course=%s by=%s", cohort.pk, site.pk, course.pk, actor.pk)
    return cohort


def _join(cohort: Cohort, user) -> tuple[Enrollment, bool]:
    """Enroll ``user`` (if needed) and put the enrollment in ``cohort``; True if it joined now."""
    try:
        enrollment, _created = services.enrollment_create(user=user, course=cohort.course)
    except services.CourseNotOpen as error:
        raise CohortError(str(error)) from None
    # Re-read under a lock so two facilitators adding the same person to two cohorts cannot both win.
    enrollment = Enrollment.objects.select_for_update(of=("self",)).get(pk=enrollment.pk)
    if enrollment.cohort_id == cohort.pk:
        return enrollment, False
    if enrollment.cohort_id is not None:
        raise CohortError(
            _("%(name)s is already in another cohort of this course (%(cohort)s).")
            % {"name": display_name(user), "cohort": enrollment.cohort}
        )
    enrollment.cohort = cohort
    enrollment.save(update_fields=["cohort"])
    return enrollment, True


def cohort_add_trainee(*, cohort: Cohort, user, actor) -> tuple[Enrollment, bool]:
    """Add a trainee of the cohort's site to the cohort (enrolling them in its course if needed).
    Returns (enrollment, added). Anyone else joins only by accepting an invitation
    (``cohorts.invitations``)."""
    _require_manager(actor, cohort)
    if not SiteRole.objects.filter(user=user, site_id=cohort.site_id, role=Role.TRAINEE).exists():
        raise CohortError(_("This person has not joined this program yet: invite them by e-mail."))
    with transaction.atomic():
        enrollment, added = _join(cohort, user)
    if added:
        logger.info("cohort member added cohort=%s user=%s by=%s", cohort.pk, user.pk, actor.pk)
    return enrollment, added


@dataclass(frozen=True)
class RosterProblem:
    line: int  # 0 = the file as a whole
    message: str
    email: str = ""


@dataclass
class RosterReport:
    """What a roster upload found: problems by line, or who was added."""

    problems: list[RosterProblem] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    invited: list[str] = field(default_factory=list)
    already_members: list[str] = field(default_factory=list)
    rows: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def problem(self, line: int, message: str, email: str = "") -> None:
        self.problems.append(RosterProblem(line, message, email))


def _read_roster_text(file, report: RosterReport) -> str | None:
    size = getattr(file, "size", None)
    if size is not None and size > ROSTER_MAX_BYTES:
        report.problem(0, _("The file is too large (%(size).1f MB); the limit is 1 MB.") % {"size": size / 1024 / 1024})
        return None
    if hasattr(file, "seek"):
        file.seek(0)
    raw = file.read(ROSTER_MAX_BYTES + 1)
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    if len(raw) > ROSTER_MAX_BYTES:
        report.problem(0, _("The file is too large; the limit is 1 MB."))
        return None
    if not raw.strip():
        report.problem(0, _("The file is empty. The first line must be the header: email,first_name,last_name."))
        return None
    if b"\x00" in raw:
        report.problem(0, _("This is not a CSV text file (it contains binary data). Save the roster as CSV (UTF-8)."))
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        report.problem(line, _("This line is not UTF-8 text. Save the roster as “CSV UTF-8”."))
        return None


def _parse_roster(file, report: RosterReport) -> list[tuple[int, str]]:
    """Check the file's shape and every row; returns (line, normalised email) for the good rows."""
    text = _read_roster_text(file, report)
    if text is None:
        return []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, list[str]]] = []
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append((reader.line_num, row))
    except csv.Error as error:
        report.problem(reader.line_num, _("The CSV is malformed here (%(error)s).") % {"error": error})
        return []
    if not rows:
        report.problem(0, _("The file is empty. The first line must be the header: email,first_name,last_name."))
        return []
    header_line, header = rows[0]
    columns = [cell.strip().lower() for cell in header]
    if "email" not in columns:
        message = _("The first line must be the header “email,first_name,last_name” (only email is required).")
        if any(sep in header[0] for sep in (";", "\t", "|")):
            message += " " + _("Values must be separated by commas, not semicolons or tabs.")
        report.problem(header_line, message)
        return []
    unknown = [c for c in columns if c not in ROSTER_COLUMNS]
    if unknown or len(set(columns)) != len(columns):
        report.problem(header_line, _("Unexpected or repeated column in the header; use only email, first_name and last_name."))
        return []
    data = rows[1:]
    report.rows = len(data)
    if not data:
        report.problem(0, _("The file has a header but no trainees."))
        return []
    if len(data) > ROSTER_MAX_ROWS:
        report.problem(
            0,
            _("The file has %(rows)s rows; the limit is %(limit)s. Split it into several files.")
            % {"rows": len(data), "limit": ROSTER_MAX_ROWS},
        )
        return []
    email_at = columns.index("email")
    seen: dict[str, int] = {}
    good = []
    for line, row in data:
        if len(row) != len(columns):
            report.problem(
                line,
                _("Expected %(expected)s values separated by commas, found %(found)s.")
                % {"expected": len(columns), "found": len(row)},
            )
            continue
        email = row[email_at].strip()
        if not email:
            report.problem(line, _("The email is missing."))
            continue
        try:
            validate_email(email)
        except ValidationError:
            report.problem(line, _("“%(email)s” is not a valid email address.") % {"email": email[:100]}, email[:254])
            continue
        email = email.lower()
        if email in seen:
            report.problem(
                line, _("%(email)s is listed twice (first on line %(line)s).") % {"email": email, "line": seen[email]}, email
            )
            continue
        seen[email] = line
        good.append((line, email))
    return good


# --------------------------------------------------------------------------
# Live sessions and attendance
# --------------------------------------------------------------------------


def live_session_schedule(
    *, cohort: Cohort, title: str, starts_at: datetime, duration_minutes: int, delivery_mode: str, domain: CompetencyDomain, covers=(), actor
) -> LiveSession:
    """Schedule a live session; ``covers`` may only name lessons of the cohort's course."""
    _require_manager(actor, cohort)
    title = (title or "").strip()
    if not title:
        raise CohortError(_("Give the session a title."))
    _check_time_and_mode(starts_at, delivery_mode)
    if not isinstance(duration_minutes, int) or not 1 <= duration_minutes <= SESSION_MAX_MINUTES:
        raise CohortError(_("The duration must be between 1 and %(max)s minutes.") % {"max": SESSION_MAX_MINUTES})
    covers = list(covers)
    course_lessons = set(LessonPage.objects.descendant_of(cohort.course).values_list("pk", flat=True))
    if any(lesson.pk not in course_lessons for lesson in covers):
        raise CohortError(_("A session can only cover lessons of the cohort's course."))
    with transaction.atomic():
        session = LiveSession.objects.create(
            cohort=cohort, title=title, starts_at=starts_at, duration_minutes=duration_minutes, delivery_mode=delivery_mode, domain=domain
        )
        session.covers.set(covers)
    logger.info("live session scheduled session=%s cohort=%s by=%s", session.pk, cohort.pk, actor.pk)
    return session


def live_session_schedule_module(
    *, cohort: Cohort, module: ModulePage, starts_at: datetime, delivery_mode: str, actor, title: str = ""
) -> LiveSession:
    """Schedule the live delivery of one module from its facilitator guide.

    The session takes the module's live minutes, the guide's split of them by domain, and covers
    the module's lessons, so attendance credits exactly what was delivered."""
    _require_manager(actor, cohort)
    if not module.live or not ModulePage.objects.child_of(cohort.course).filter(pk=module.pk).exists():
        raise CohortError(_("Choose a module of the cohort's course."))
    if not 1 <= module.live_minutes <= SESSION_MAX_MINUTES:
        raise CohortError(_("This module has no live minutes to deliver."))
    _check_time_and_mode(starts_at, delivery_mode)
    split = module.domain_split()
    with transaction.atomic():
        session = LiveSession.objects.create(
            cohort=cohort,
            module=module,
            title=(title or "").strip() or module.title,
            starts_at=starts_at,
            duration_minutes=module.live_minutes,
            delivery_mode=delivery_mode,
            domain_id=module.default_domain_id,
        )
        SessionDomain.objects.bulk_create(
            SessionDomain(session=session, domain_id=domain_id, minutes=minutes) for domain_id, minutes in split.items()
        )
        session.covers.set(LessonPage.objects.child_of(module).live())
    logger.info("live session scheduled session=%s cohort=%s module=%s by=%s", session.pk, cohort.pk, module.pk, actor.pk)
    return session


def _check_time_and_mode(starts_at: datetime, delivery_mode: str) -> None:
    if timezone.is_naive(starts_at):
        raise CohortError(_("The start time needs a time zone."))
    if delivery_mode not in SESSION_MODES:
        raise CohortError(_("A live session is either in person or live virtual."))


def split_minutes(total: int, shares: dict[int, int]) -> dict[int, int]:
    """``total`` minutes split in proportion to ``shares`` (largest remainders), summing exactly."""
    whole = sum(shares.values())
    if not whole or total <= 0:
        return {key: 0 for key in shares}
    exact = {key: total * share / whole for key, share in shares.items()}
    result = {key: int(value) for key, value in exact.items()}
    by_remainder = sorted(shares, key=lambda key: (result[key] - exact[key], key))
    for key in by_remainder[: total - sum(result.values())]:
        result[key] += 1
    return result


@dataclass(frozen=True)
class AttendanceOutcome:
    attendance: Attendance
    minutes_credited: int  # this call's ledger change: + credit, - correction, 0 nothing
    entry: HourEntry | None
    lessons_completed: int = 0


def _credited_by_domain(attendance: Attendance) -> dict[int, int]:
    rows = (
        HourEntry.objects.filter(key__startswith=f"attendance:{attendance.pk}:")
        .values("domain_id")
        .annotate(total=Sum("minutes"))
    )
    return {row["domain_id"]: row["total"] for row in rows}


def _minutes_due(session: LiveSession, enrollment: Enrollment, attendance: Attendance, minutes: int) -> dict[int, int]:
    """What an attendance of ``minutes`` credits, by domain id.

    A session from a module's guide splits the minutes as the guide does, and never credits more
    than the module still has room for: its live minutes less what the trainee already earned in
    it online (``courses.services`` applies the same rule the other way round)."""
    if session.module_id is None:
        return {session.domain_id: minutes}
    shares = {row.domain_id: row.minutes for row in session.domain_split.all()} or {session.domain_id: session.duration_minutes}
    earned_elsewhere = module_minutes_credited(enrollment=enrollment, module=session.module, exclude_key_prefix=f"attendance:{attendance.pk}:")
    room = max(0, session.module.live_minutes - earned_elsewhere)
    return split_minutes(min(minutes, room), shares)


def _complete_covered_lessons(enrollment: Enrollment, session: LiveSession, now: datetime) -> int:
    """Full attendance completes the lessons the session taught, without their online credit."""
    done = 0
    for lesson in session.covers.live():
        progress, created = LessonProgress.objects.get_or_create(
            enrollment=enrollment, lesson=lesson, defaults={"first_viewed_at": now, "last_seen_at": now, "completed_at": now}
        )
        if created:
            done += 1
        elif progress.completed_at is None:
            progress.completed_at = now
            progress.save(update_fields=["completed_at"])
            done += 1
    return done


def attendance_record(*, session: LiveSession, enrollment: Enrollment, minutes_attended: int, actor, now: datetime | None = None) -> AttendanceOutcome:
    """Record how long a member attended; credit (or correct) the ledger by the difference.

    The ledger only ever gains rows: the new entry holds minutes now recorded
    minus minutes already credited for this attendance, so 60 then 45 leaves
    +60 and -15. Re-saving the same number adds nothing. Full attendance
    completes the lessons the session covers; lowering it later corrects the
    hours but leaves those lessons complete (a completed lesson, like a
    completed course, is not taken back).
    """
    cohort = session.cohort
    _require_manager(actor, cohort)
    now = now or timezone.now()
    minutes = max(0, min(int(minutes_attended), session.duration_minutes))
    with transaction.atomic():
        enrollment = services.enrollment_lock(enrollment)
        if enrollment.cohort_id != session.cohort_id:
            raise CohortError(_("This trainee is not a member of the session's cohort."))
        attendance = Attendance.objects.filter(session=session, enrollment=enrollment).first()
        if attendance is None:
            attendance = Attendance.objects.create(session=session, enrollment=enrollment, minutes_attended=minutes, recorded_by=actor)
            credited = {}
        else:
            credited = _credited_by_domain(attendance)
        due = _minutes_due(session, enrollment, attendance, minutes)
        changes = {
            domain_id: due.get(domain_id, 0) - credited.get(domain_id, 0)
            for domain_id in sorted(set(due) | set(credited))
            if due.get(domain_id, 0) != credited.get(domain_id, 0)
        }
        if attendance.minutes_attended != minutes or (credited and changes):
            # A new revision, so the entries it adds have keys of their own.
            attendance.minutes_attended = minutes
            attendance.revision += 1
            attendance.recorded_by = actor
            attendance.save(update_fields=["minutes_attended", "revision", "recorded_by", "recorded_at"])
        difference = sum(changes.values())
        correction = any(change < 0 for change in changes.values()) or attendance.revision > 1
        entry = None
        for domain_id, change in changes.items():
            entry, _created = services.hour_entry_credit(
                enrollment=enrollment,
                domain_id=domain_id,
                minutes=change,
                source=HourEntry.Source.ATTENDANCE,
                delivery_mode=session.delivery_mode,
                # One entry per revision, and per domain when a session credits more than one.
                key=f"attendance:{attendance.pk}:{attendance.revision}" + (f":{domain_id}" if session.module_id else ""),
                page=session.module,
                site_id=cohort.site_id,
                description=(f"{'Correction: ' if correction else ''}Live session: {session.title}")[:255],
                occurred_at=session.starts_at,
                recorded_by=actor,
            )
        if changes:
            audit_record(
                action="attendance.corrected" if correction else "attendance.recorded",
                target=f"{enrollment.user.get_username()} at “{session.title}” ({session.starts_at:%Y-%m-%d})",
                actor=actor,
                site=cohort.site_id,
                details={"minutes": minutes, "difference": difference, "session": session.pk, "revision": attendance.revision},
            )
        lessons_done = 0
        if minutes == session.duration_minutes:
            lessons_done = _complete_covered_lessons(enrollment, session, now)
        services.enrollment_evaluate_completion(enrollment=enrollment, now=now)
    if difference:
        logger.info(
            "attendance recorded attendance=%s minutes=%s difference=%s by=%s", attendance.pk, minutes, difference, actor.pk
        )
    return AttendanceOutcome(attendance, difference, entry, lessons_done)


# --------------------------------------------------------------------------
# Selectors
# --------------------------------------------------------------------------



"""Reads of the cohorts screens: who may manage which cohort, and what the cohort pages show."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q

from courses.models import CoursePage, Enrollment, HourEntry
from courses.selectors import CourseProgress, course_outlines, progress_for, shared_responses
from programs.roles import Role, has_role, is_platform_admin, sites_for

from .models import Attendance, Cohort, LiveSession, SessionDomain


def can_create_cohorts(user, site) -> bool:
    """May ``user`` create cohorts on ``site`` (facilitator or site admin there)?"""
    return has_role(user, site, Role.FACILITATOR, Role.SITE_ADMIN)


def can_manage_cohort(user, cohort: Cohort) -> bool:
    """Site admins manage every cohort of their site; facilitators only those they facilitate."""
    if not user.is_authenticated or not user.is_active:
        return False
    if is_platform_admin(user) or has_role(user, cohort.site_id, Role.SITE_ADMIN):
        return True
    return has_role(user, cohort.site_id, Role.FACILITATOR) and cohort.facilitators.filter(pk=user.pk).exists()


def manageable_cohorts(user):
    """Cohorts ``user`` may manage: a queryset, so views can narrow it by id (other ids are 404)."""
    if not user.is_authenticated or not user.is_active:
        return Cohort.objects.none()
    if is_platform_admin(user):
        return Cohort.objects.all()
    admin_sites = sites_for(user, Role.SITE_ADMIN).values("pk")
    facilitator_sites = sites_for(user, Role.FACILITATOR).values("pk")
    return Cohort.objects.filter(
        Q(site__in=admin_sites) | Q(site__in=facilitator_sites, facilitators=user)
    ).distinct()


def courses_on_sites(sites) -> list[CoursePage]:
    """Live courses under the root page of each of ``sites``, in tree order."""
    query = Q()
    for site in sites:
        query |= Q(path__startswith=site.root_page.path)
    if not query:
        return []
    return list(CoursePage.objects.live().filter(query).order_by("path"))


def cohorts_for_user(*, user) -> list[Cohort]:
    """The cohorts list: manageable cohorts with their site, course, member and session counts."""
    return list(
        manageable_cohorts(user)
        .select_related("site", "course")
        .annotate(member_count=Count("enrollments", distinct=True), session_count=Count("sessions", distinct=True))
        .order_by("-starts_on", "name", "pk")
    )


@dataclass
class Member:
    enrollment: Enrollment
    progress: CourseProgress

    @property
    def user(self):
        return self.enrollment.user


@dataclass
class SessionRow:
    session: LiveSession
    present: int  # members with any minutes recorded


def cohort_detail(*, cohort: Cohort) -> dict:
    """Members with hours and progress in the course, and the sessions: a fixed number of queries."""
    enrollments = list(
        Enrollment.objects.filter(cohort=cohort)
        .select_related("user", "course")
        .order_by("user__last_name", "user__first_name", "user__email", "pk")
    )
    outlines = course_outlines([cohort.course])
    progress = progress_for(enrollments, outlines) if enrollments else []
    members = [Member(enrollment, p) for enrollment, p in zip(enrollments, progress)]
    sessions = [
        SessionRow(session, session.present)
        for session in LiveSession.objects.filter(cohort=cohort)
        .select_related("domain", "module")
        .prefetch_related(Prefetch("domain_split", queryset=SessionDomain.objects.select_related("domain")))
        .annotate(present=Count("attendance", filter=Q(attendance__minutes_attended__gt=0)))
        .order_by("starts_at", "pk")
    ]
    return {"cohort": cohort, "members": members, "sessions": sessions}


def shared_reflections(*, cohort: Cohort, viewer) -> list:
    """Reflections the cohort's members chose to share with their facilitators, in lessons of the
    cohort's course: only the cohort's own facilitators see them (not site admins)."""
    if not cohort.facilitators.filter(pk=viewer.pk).exists():
        return []
    members = Enrollment.objects.filter(cohort=cohort).values("user_id")
    return shared_responses(audience="facilitators", users=members, courses=[cohort.course])


@dataclass
class SheetRow:
    enrollment: Enrollment
    attendance: Attendance | None
    credited_minutes: int
    value: object = None  # what the sheet's input shows (set by the view)
    full: bool = False

    @property
    def minutes(self):
        return self.attendance.minutes_attended if self.attendance else None


def attendance_sheet(*, session: LiveSession) -> list[SheetRow]:
    """One row per cohort member: their attendance record and minutes credited for it so far."""
    enrollments = list(
        Enrollment.objects.filter(cohort_id=session.cohort_id)
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "user__email", "pk")
    )
    records = {a.enrollment_id: a for a in Attendance.objects.filter(session=session)}
    by_attendance = defaultdict(int)
    attendance_pks = {a.pk for a in records.values()}
    if attendance_pks:
        # Keys are "attendance:<attendance>:<revision>" (and ":<domain>" for a session from a guide).
        for key, minutes in HourEntry.objects.filter(
            source=HourEntry.Source.ATTENDANCE, enrollment__in=[e.pk for e in enrollments]
        ).values_list("key", "minutes"):
            attendance_pk = int(key.split(":")[1])
            if attendance_pk in attendance_pks:
                by_attendance[attendance_pk] += minutes
    rows = []
    for enrollment in enrollments:
        attendance = records.get(enrollment.pk)
        rows.append(SheetRow(enrollment, attendance, by_attendance[attendance.pk] if attendance else 0))
    return rows

"""Supervision: who supervises whom, the supervisor dashboard, supervision sessions and practice hours.

Services (writes) and selectors (reads) for the screens in
``courses.views_supervision``.

Who sees what:
- a supervisor sees the trainees assigned to them (``SupervisorAssignment``) on
  sites where they still hold the supervisor role;
- a site admin sees every assignment of their sites (and manages them);
- a platform admin sees every assignment.
Of a visible trainee's records, each viewer sees only those of their own program site(s),
unless the trainee shares the others with their supervisor (``courses.access``).

Credits go through ``courses.services.hour_entry_credit`` with keys
``supervision:<session>:<trainee>`` and ``practice:<entry>``, so retries never
double-count. Supervision sessions credit their minutes to the *first*
selected domain (by the domains' sort order): the ledger holds one domain per
row, and a session must name at least one domain.
"""
from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Exists, F, Max, OuterRef, Q, Sum
from django.utils import timezone
from wagtail.models import Site

from certificates.models import Certificate
from coachtraining import gcpause, memo
from coachtraining import rows as db_rows
from coachtraining.audit import audit_record
from coachtraining.lookups import InIds
from coachtraining.models import SiteRole
from coachtraining.roles import Role, has_role, is_platform_admin

from . import access
from .models import (
    Cohort,
    CompetencyDomain,
    CoursePage,
    DeliveryMode,
    Enrollment,
    ExportLog,
    HourEntry,
    PracticeEntry,
    SupervisionFormat,
    SupervisionSession,
    SupervisorAssignment,
)
from .enrollment_facts import (
    ids_or_subquery,
    lesson_progress_by_enrollment,
    minutes_by_enrollment_and_domain,
    quiz_stats_and_last_submission,
)
from .selectors import competency_domains, course_outlines, courses_by_id
from .services import hour_entry_credit

User = get_user_model()

MAX_PER_PAGE = 1000
DEFAULT_PER_PAGE = 50


class SupervisionError(Exception):
    """A request the rules refuse; ``str(error)`` is a message for the user."""


# --------------------------------------------------------------------------
# Scope: which assignments a user may see
# --------------------------------------------------------------------------


def _role_sites(user, role):
    return SiteRole.objects.filter(user=user, role=role).values("site_id")


def visible_assignments(*, user):
    """Assignments ``user`` may see (see the module docstring)."""
    if not user.is_authenticated or not user.is_active:
        return SupervisorAssignment.objects.none()
    if is_platform_admin(user):
        return SupervisorAssignment.objects.all()
    return SupervisorAssignment.objects.filter(
        Q(supervisor=user, site_id__in=_role_sites(user, Role.SUPERVISOR))
        | Q(site_id__in=_role_sites(user, Role.SITE_ADMIN))
    )


def dashboard_sites(*, user) -> list[Site]:
    """Sites whose supervision screens ``user`` may open (supervisor or site admin there), by name.
    The sites come from the per-process memo (any site change clears it); the user's roles are
    read from the database on every call: this is the screens' permission check."""
    if not user.is_authenticated or not user.is_active:
        return []
    sites = _sites_by_name()
    if is_platform_admin(user):
        return list(sites)
    allowed = {
        site_role.site_id
        for site_role in db_rows.select(SiteRole, user=user.pk)
        if site_role.role in (Role.SUPERVISOR, Role.SITE_ADMIN)
    }
    return [site for site in sites if site.pk in allowed]


def _sites_by_name() -> list[Site]:
    """Every site with its root page, by name: memoised per process (a site change clears it)."""
    return memo.content.get(
        ("sites-by-name",), lambda: list(Site.objects.select_related("root_page").order_by("site_name", "hostname"))
    )


def can_review_practice(*, user, entry: PracticeEntry) -> bool:
    """An assigned supervisor on the entry's site, a site admin of that site, or a platform admin.

    Nobody reviews their own entry.
    """
    if not user.is_authenticated or not user.is_active or entry.trainee_id == user.pk:
        return False
    if is_platform_admin(user) or has_role(user, entry.site_id, Role.SITE_ADMIN):
        return True
    return has_role(user, entry.site_id, Role.SUPERVISOR) and SupervisorAssignment.objects.filter(
        site_id=entry.site_id, supervisor=user, trainee_id=entry.trainee_id
    ).exists()


def _reviewable_q(user) -> Q:
    if is_platform_admin(user):
        return Q()
    assigned = SupervisorAssignment.objects.filter(
        site_id=OuterRef("site_id"), trainee_id=OuterRef("trainee_id"), supervisor=user
    )
    return Q(site_id__in=_role_sites(user, Role.SITE_ADMIN)) | (
        Q(site_id__in=_role_sites(user, Role.SUPERVISOR)) & Q(Exists(assigned))
    )


# --------------------------------------------------------------------------
# Dashboard
# --------------------------------------------------------------------------


@dataclass
class DashboardFilters:
    site_id: int | None = None
    cohort_id: int | None = None
    course_id: int | None = None
    status: str = ""
    q: str = ""

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v not in (None, "")}

    @property
    def filters_enrollments(self) -> bool:
        return bool(self.cohort_id or self.course_id or self.status)


@dataclass(frozen=True)  # shared between rows (trainee_rows makes each distinct result once)
class QuizResult:
    title: str
    best_score: int | None
    attempts: int
    passed: bool


STATUS_LABELS = dict(Enrollment.Status.choices)


_HOURS_TEXT: dict = {}  # minutes -> text, per process: a page of 1,000 trainees formats ~8,000 of a few hundred values


def _h(minutes) -> str:
    """Minutes as hours to one decimal (as the ``hours`` template filter)."""
    text = _HOURS_TEXT.get(minutes)
    if text is None:
        text = f"{(minutes or 0) / 60:.1f}"
        if len(_HOURS_TEXT) < 10_000:
            _HOURS_TEXT[minutes] = text
    return text


@dataclass
class CourseRow:
    """One enrollment on the dashboard. The ``*_text`` properties are ready-made strings: rendering
    thousands of rows from a few variables each keeps the page fast (see scripts/bench_supervisor.py)."""

    enrollment_id: int
    course: CoursePage
    status: str
    cohort_name: str
    required_minutes: int
    minutes_earned: int = 0
    lessons_completed: int = 0
    lessons_total: int = 0
    quizzes: list[QuizResult] = field(default_factory=list)
    certificate: dict | None = None  # {"pk", "status", "number"}

    @property
    def percent(self) -> int:
        if self.required_minutes <= 0:
            return 100
        return max(0, min(100, self.minutes_earned * 100 // self.required_minutes))

    @property
    def percent_text(self) -> str:
        return str(self.percent)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def heading_text(self) -> str:
        return " · ".join(part for part in (self.cohort_name, self.status_label) if part)

    @property
    def quizzes_passed(self) -> int:
        return sum(1 for quiz in self.quizzes if quiz.passed)

    @property
    def summary_text(self) -> str:
        return (
            f"{_h(self.minutes_earned)} of {_h(self.required_minutes)} h ({self.percent}%) · "
            f"{self.lessons_completed}/{self.lessons_total} lessons · "
            f"{self.quizzes_passed}/{len(self.quizzes)} quizzes passed"
        )

    @property
    def quiz_text(self) -> str:
        """Best score of each quiz taken (the summary already counts those passed)."""
        return "; ".join(
            f"{q.title}: {q.best_score}%" + (" (passed)" if q.passed else "")
            for q in self.quizzes
            if q.best_score is not None
        )

    @property
    def certificate_status(self) -> str:
        return self.certificate["status"] if self.certificate else ""


@dataclass
class DomainCell:
    domain: CompetencyDomain
    earned_minutes: int = 0
    required_minutes: int = 0


@dataclass
class TraineeRow:
    trainee: object
    courses: list[CourseRow] = field(default_factory=list)
    domains: list[DomainCell] = field(default_factory=list)
    supervision_minutes: int = 0
    practice_minutes: int = 0
    practice_pending: int = 0
    last_activity: datetime | None = None

    @property
    def name(self) -> str:
        return self.trainee.get_full_name().strip() or self.trainee.email

    @property
    def domain_texts(self) -> list[str]:
        return [f"{d.domain.name}: {_h(d.earned_minutes)} / {_h(d.required_minutes)} h" for d in self.domains]

    @property
    def support_text(self) -> str:
        return f"Supervision {_h(self.supervision_minutes)} h · Practice {_h(self.practice_minutes)} h"

    @property
    def last_activity_local(self):
        return timezone.localtime(self.last_activity) if self.last_activity else None

    @property
    def last_activity_text(self) -> str:
        local = self.last_activity_local
        return activity_date_text(local) if local else ""


# As strftime's %b gives them in the C locale the processes run in, without strftime's cost (~7 µs a row).
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def activity_date_text(local: datetime) -> str:
    """The dashboard's last-activity date, e.g. "Nov 26, 2026", from a time already in the viewer's zone."""
    return f"{MONTH_ABBREVIATIONS[local.month - 1]} {local.day}, {local.year}"


@dataclass
class FilterOptions:
    sites: list[Site]
    cohorts: list[Cohort]
    courses: list[CoursePage]
    statuses: list[tuple[str, str]] = field(default_factory=lambda: list(Enrollment.Status.choices))


def _courses_of_sites(sites: list[Site]) -> list[CoursePage]:
    """The course pages under these sites' roots, by title: memoised per process like the outlines."""
    if not sites:
        return []

    def build():
        paths = Q()
        for site in sites:
            paths |= Q(path__startswith=site.root_page.path)
        return list(CoursePage.objects.filter(paths).order_by("title", "pk"))

    return memo.content.get(("site-courses", tuple(site.pk for site in sites)), build)


def filter_options(*, user) -> FilterOptions:
    """Choices for the dashboard's filters: the user's sites (``dashboard_sites``: their roles, read
    from the database), their cohorts and courses (sites and courses memoised per process)."""
    sites = dashboard_sites(user=user)
    cohorts = (
        list(
            Cohort.objects.filter(site_id__in=[site.pk for site in sites])
            .select_related("course")
            .only("name", "site_id", "course__title")
            .order_by("name", "pk")
        )
        if sites
        else []
    )
    return FilterOptions(sites=sites, cohorts=cohorts, courses=_courses_of_sites(sites))


def _enrollment_q(filters: DashboardFilters, prefix: str = "") -> Q:
    q = Q()
    if filters.cohort_id:
        q &= Q(**{f"{prefix}cohort_id": filters.cohort_id})
    if filters.course_id:
        q &= Q(**{f"{prefix}course_id": filters.course_id})
    if filters.status:
        q &= Q(**{f"{prefix}status": filters.status})
    else:
        q &= ~Q(**{f"{prefix}status": Enrollment.Status.WITHDRAWN})
    return q


TRAINEE_FIELDS = ("first_name", "last_name", "email")  # what TraineeRow.name and the CSV read


def supervised_trainees(*, user, filters: DashboardFilters):
    """The (filtered, name-ordered) users the dashboard lists: a lazy queryset, for paging."""
    assignments = visible_assignments(user=user)
    if filters.site_id:
        assignments = assignments.filter(site_id=filters.site_id)
    trainees = User.objects.filter(pk__in=assignments.values("trainee_id"))
    for term in filters.q.split()[:5]:
        trainees = trainees.filter(
            Q(first_name__icontains=term) | Q(last_name__icontains=term) | Q(email__icontains=term)
        )
    if filters.filters_enrollments:
        trainees = trainees.filter(
            Exists(Enrollment.objects.filter(_enrollment_q(filters), user_id=OuterRef("pk")))
        )
    # Only what the rows show (name, email, id): a user's password hash and two timestamps, parsed
    # in Python, cost ~10 ms of CPU on a page of 1,000 (docs/benchmarks.md, session 16).
    return trainees.only(*TRAINEE_FIELDS).order_by("last_name", "first_name", "pk")


NO_PROGRESS = (0, None)


@gcpause.paused()  # tens of thousands of objects, alive until the page is rendered (coachtraining/gcpause.py)
def trainee_rows(*, viewer, trainees: list, filters: DashboardFilters, trainee_query=None) -> list[TraineeRow]:
    """Progress of each trainee, from a fixed number of grouped queries whatever their number.

    Per course: hours earned vs required, lessons done, best score per quiz and
    certificate status; per trainee: hours by domain across their courses,
    supervision and approved practice hours, pending practice entries and the
    time of their last activity.

    Only the records ``viewer`` may see of each trainee count (``courses.access``).

    ``trainee_query`` (the queryset ``trainees`` came from) lets a long list be
    matched with a subquery instead of thousands of bound ids.
    """
    user_ids = [t.pk for t in trainees]
    rows = {t.pk: TraineeRow(trainee=t) for t in trainees}
    if not user_ids:
        return []
    # Unordered: the list's name order would make PostgreSQL sort each subquery for nothing.
    users_in = trainee_query.values("pk").order_by() if trainee_query is not None else user_ids

    def of_users(field: str) -> Q:
        # A subquery, or the page's ids as one array parameter (coachtraining.lookups.InIds).
        if trainee_query is not None:
            return Q(**{f"{field}__in": users_in})
        return Q(InIds(F(field), user_ids))

    scopes = access.record_scopes(viewer=viewer, trainee_ids=user_ids)
    enrollment_query = Enrollment.objects.filter(_enrollment_q(filters), of_users("user_id"), access.enrollments_q(scopes))
    # Plain values, not model instances: thousands of rows, and each course is loaded once below.
    enrollments = list(
        enrollment_query.values("pk", "user_id", "course_id", "status", "cohort__name").order_by(
            "user_id", "enrolled_at", "pk"
        )
    )
    courses = courses_by_id({e["course_id"] for e in enrollments})  # memoised per process, as the outlines
    outlines = course_outlines(list(courses.values()))
    domains = list(competency_domains().items())  # (id, domain) in the domains' order
    lesson_ids, quiz_items, required_by_domain = {}, {}, {}
    for course_id, modules in outlines.items():
        items = [item for module in modules for item in module.items]
        lesson_ids[course_id] = {i.page.pk for i in items if i.is_lesson}
        quiz_items[course_id] = [(i.page.pk, i.page.title) for i in items if not i.is_lesson]
        required = defaultdict(int)
        for item in items:
            required[item.domain_id] += item.minutes
        required_by_domain[course_id] = required
    all_lessons = set().union(*lesson_ids.values()) if lesson_ids else set()
    # The ids themselves (one array on PostgreSQL), or on SQLite a subquery for a long list; unordered:
    # PostgreSQL would sort it for nothing.
    enrollment_ids = ids_or_subquery([e["pk"] for e in enrollments], enrollment_query.values("pk").order_by())

    progress = lesson_progress_by_enrollment(enrollment_ids, all_lessons)  # (lessons done, last seen)
    quiz_stats, last_submitted = quiz_stats_and_last_submission(enrollment_ids)
    earned = minutes_by_enrollment_and_domain(enrollment_ids)
    certificates = {}
    for row in (
        Certificate.objects.filter(
            InIds(F("enrollment_id"), enrollment_ids) if isinstance(enrollment_ids, list)
            else Q(enrollment_id__in=enrollment_ids)
        )
        .values("pk", "enrollment_id", "status", "number")
        .order_by("pk")
    ):
        current = certificates.get(row["enrollment_id"])
        # The live certificate wins; otherwise the newest one says what happened (revoked, superseded).
        if current is None or current["status"] not in Certificate.LIVE_STATUSES or row["status"] in Certificate.LIVE_STATUSES:
            certificates[row["enrollment_id"]] = row
    # Ledger entries without an enrollment (supervision, practice, adjustments) and the latest credit of any kind.
    user_minutes, last_credit = defaultdict(dict), {}
    for entry in (
        HourEntry.objects.filter(access.records_q(scopes))
        .values("user_id", "source")
        .annotate(outside=Sum("minutes", filter=Q(enrollment__isnull=True)), last=Max("occurred_at"))
        .order_by()
    ):
        if entry["outside"]:
            user_minutes[entry["user_id"]][entry["source"]] = entry["outside"]
        if entry["user_id"] not in last_credit or entry["last"] > last_credit[entry["user_id"]]:
            last_credit[entry["user_id"]] = entry["last"]
    pending = dict(
        PracticeEntry.objects.filter(
            of_users("trainee_id"), access.records_q(scopes, "trainee_id"), status=PracticeEntry.Status.PENDING
        )
        .values("trainee_id")
        .annotate(n=Count("id"))
        .order_by()
        .values_list("trainee_id", "n")
    )

    # Most trainees share their results: each distinct one is made once (QuizResult is frozen), as
    # is the requirement by domain of each set of courses (8.6 µs an enrollment before, session 16).
    quiz_results: dict[tuple, QuizResult] = {}
    domain_earned = defaultdict(lambda: defaultdict(int))
    for enrollment in enrollments:
        enrollment_id = enrollment["pk"]
        user_id = enrollment["user_id"]
        row = rows[user_id]
        course_id = enrollment["course_id"]  # not course.pk: a property, 9,000 calls for 1,000 trainees
        lessons_done, last_seen = progress.get(enrollment_id, NO_PROGRESS)
        course = courses[course_id]
        minutes = earned.get(enrollment_id, {})
        course_row = CourseRow(
            enrollment_id,
            course,
            enrollment["status"],
            enrollment["cohort__name"] or "",
            course.required_minutes,
            sum(minutes.values()),
            lessons_done,
            len(lesson_ids.get(course_id, ())),
            [],
            certificates.get(enrollment_id),
        )
        quizzes = course_row.quizzes
        for quiz_id, title in quiz_items.get(course_id, ()):
            stats = quiz_stats.get((enrollment_id, quiz_id))
            key = (quiz_id, None, 0, False) if stats is None else (
                quiz_id, stats["best"], stats["attempts"], bool(stats["passes"])
            )
            quiz_result = quiz_results.get(key)
            if quiz_result is None:
                quiz_result = quiz_results[key] = QuizResult(title, *key[1:])
            quizzes.append(quiz_result)
        row.courses.append(course_row)
        user_earned = domain_earned[user_id]
        for domain_id, value in minutes.items():
            user_earned[domain_id] += value
        for moment in (last_seen, last_submitted.get(enrollment_id)):
            if moment and (row.last_activity is None or moment > row.last_activity):
                row.last_activity = moment

    required_of_courses: dict[tuple, dict[int, int]] = {}
    result = []
    for user_id, row in rows.items():
        course_key = tuple(course_row.course.id for course_row in row.courses)  # .id: .pk is a property
        required = required_of_courses.get(course_key)
        if required is None:
            required = required_of_courses[course_key] = defaultdict(int)
            for course_id in course_key:
                for domain_id, minutes in required_by_domain.get(course_id, {}).items():
                    required[domain_id] += minutes
        got = domain_earned[user_id]
        row.domains = [
            DomainCell(domain, got.get(domain_id, 0), required.get(domain_id, 0))
            for domain_id, domain in domains
            if domain_id in required or got.get(domain_id)
        ]
        minutes_by_source = user_minutes.get(user_id, {})
        row.supervision_minutes = minutes_by_source.get(HourEntry.Source.SUPERVISION, 0)
        row.practice_minutes = minutes_by_source.get(HourEntry.Source.PRACTICE, 0)
        row.practice_pending = pending.get(user_id, 0)
        credit = last_credit.get(user_id)
        if credit and (row.last_activity is None or credit > row.last_activity):
            row.last_activity = credit
        result.append(row)
    return result


def dashboard_page(*, user, filters: DashboardFilters, page: str | int = 1, per_page: int = DEFAULT_PER_PAGE):
    """One page of the dashboard: (page object, rows)."""
    per_page = max(1, min(MAX_PER_PAGE, per_page))
    paginator = Paginator(supervised_trainees(user=user, filters=filters), per_page)
    page_obj = paginator.get_page(page)
    return page_obj, trainee_rows(viewer=user, trainees=list(page_obj.object_list), filters=filters)


# --------------------------------------------------------------------------
# CSV export
# --------------------------------------------------------------------------

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """Neutralise spreadsheet formula injection: text starting with = + - @ TAB or CR gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def dashboard_csv(*, rows: list[TraineeRow]) -> tuple[str, int]:
    """The dashboard as CSV: one line per trainee and course (a trainee without courses gets one line)."""
    domains = []
    seen = set()
    for row in rows:
        for cell in row.domains:
            if cell.domain.pk not in seen:
                seen.add(cell.domain.pk)
                domains.append(cell.domain)
    domains.sort(key=lambda d: (d.sort_order, d.name))
    out = io.StringIO()
    writer = csv.writer(out)
    header = ["Trainee", "Email", "Course", "Course code", "Cohort", "Status", "Hours earned", "Hours required", "Progress %",
              "Lessons completed", "Lessons total", "Quizzes passed", "Quizzes total", "Quiz results", "Certificate status",
              "Certificate number"]
    for domain in domains:
        header += [f"{domain.name} earned h", f"{domain.name} required h"]
    header += ["Supervision h", "Practice h approved", "Practice entries pending", "Last activity"]
    writer.writerow([csv_safe(h) for h in header])
    count = 0
    zone = timezone.get_current_timezone()  # once: asking for it costs more than the conversion
    for row in rows:
        cells = {cell.domain.pk: cell for cell in row.domains}
        trailer = []
        for domain in domains:
            cell = cells.get(domain.pk)
            trailer += [_h(cell.earned_minutes if cell else 0), _h(cell.required_minutes if cell else 0)]
        last = timezone.localtime(row.last_activity, zone).strftime("%Y-%m-%d %H:%M") if row.last_activity else ""
        trailer += [_h(row.supervision_minutes), _h(row.practice_minutes), row.practice_pending, last]
        for course in row.courses or [None]:
            if course is None:
                middle = [""] * 14
            else:
                quizzes = "; ".join(
                    f"{q.title}: {'passed' if q.passed else 'not passed'}"
                    + (f" ({q.best_score}%)" if q.best_score is not None else " (not taken)")
                    for q in course.quizzes
                )
                middle = [
                    course.course.title, course.course.code,
                    course.cohort_name, course.status_label, _h(course.minutes_earned), _h(course.required_minutes),
                    course.percent, course.lessons_completed, course.lessons_total, course.quizzes_passed,
                    len(course.quizzes), quizzes, course.certificate_status,
                    course.certificate["number"] if course.certificate else "",
                ]
            writer.writerow([csv_safe(v) for v in [row.name, row.trainee.email, *middle, *trailer]])
            count += 1
    return out.getvalue(), count


def export_log_create(*, user, kind: str, filters: DashboardFilters, row_count: int) -> ExportLog:
    with transaction.atomic():
        log = ExportLog.objects.create(
            user=user, site_id=filters.site_id, kind=kind, filters=filters.as_dict(), row_count=row_count
        )
        audit_record(action="export.csv", target=f"{kind} ({row_count} rows)", actor=user, site=filters.site_id,
                     details={"filters": filters.as_dict()})
    return log


# --------------------------------------------------------------------------
# Trainee detail
# --------------------------------------------------------------------------


def trainee_ledger(*, trainee, scope=None):
    """The trainee's ledger rows (those ``scope`` allows, if given), oldest first, with what they came from."""
    return list(
        HourEntry.objects.filter(scope.q("site") if scope is not None else Q(), user=trainee)
        .select_related("domain", "enrollment__course", "recorded_by", "approved_by")
        .order_by("occurred_at", "pk")
    )


# --------------------------------------------------------------------------
# Assignments
# --------------------------------------------------------------------------


def admin_sites(*, user) -> list[Site]:
    """Sites whose assignments ``user`` manages (site admin there, or platform admin)."""
    if is_platform_admin(user):
        return list(Site.objects.order_by("site_name", "hostname"))
    return list(
        Site.objects.filter(roles__user=user, roles__role=Role.SITE_ADMIN).distinct().order_by("site_name", "hostname")
    )


def site_people(*, site_ids: list[int], role: str) -> dict[int, list]:
    """Users holding ``role`` on each site, by name."""
    people = defaultdict(list)
    for site_role in (
        SiteRole.objects.filter(site_id__in=site_ids, role=role)
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "user__pk")
    ):
        people[site_role.site_id].append(site_role.user)
    return people


def assignment_create(*, site: Site, supervisor, trainee, by) -> tuple[SupervisorAssignment, bool]:
    """Assign ``supervisor`` to ``trainee`` on ``site``; only a site admin of the site (or platform admin) may."""
    if not has_role(by, site, Role.SITE_ADMIN):
        raise SupervisionError("Only an administrator of this site can assign supervisors.")
    if supervisor.pk == trainee.pk:
        raise SupervisionError("A person cannot supervise themselves.")
    if not SiteRole.objects.filter(user=supervisor, site=site, role=Role.SUPERVISOR).exists():
        raise SupervisionError("That person is not a supervisor on this site.")
    if not SiteRole.objects.filter(user=trainee, site=site, role=Role.TRAINEE).exists():
        raise SupervisionError("That person is not a trainee on this site.")
    with transaction.atomic():
        assignment, created = SupervisorAssignment.objects.get_or_create(site=site, supervisor=supervisor, trainee=trainee)
        if created:
            audit_record(action="assignment.created", target=f"{supervisor.get_username()} supervises {trainee.get_username()}",
                         actor=by, site=site)
    return assignment, created


def assignment_delete(*, assignment: SupervisorAssignment, by) -> None:
    if not has_role(by, assignment.site_id, Role.SITE_ADMIN):
        raise SupervisionError("Only an administrator of this site can remove assignments.")
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


def own_trainees_by_site(*, supervisor) -> dict[int, list]:
    """Trainees assigned to ``supervisor`` on each site where they hold the supervisor role."""
    by_site = defaultdict(list)
    for assignment in (
        SupervisorAssignment.objects.filter(
            supervisor=supervisor, site_id__in=_role_sites(supervisor, Role.SUPERVISOR)
        )
        .select_related("trainee")
        .order_by("trainee__last_name", "trainee__first_name", "trainee__pk")
    ):
        by_site[assignment.site_id].append(assignment.trainee)
    return by_site


def supervision_session_log(
    *, supervisor, site: Site, trainees: list, held_on: date, minutes: int, format: str, domains: list, notes: str = ""
) -> SupervisionSession:
    """Record a session and credit its minutes to each attending trainee's ledger (once each)."""
    if not SiteRole.objects.filter(user=supervisor, site=site, role=Role.SUPERVISOR).exists():
        raise SupervisionError("You are not a supervisor on this site.")
    if not trainees:
        raise SupervisionError("Choose at least one trainee.")
    if not domains:
        raise SupervisionError("Choose at least one competency domain.")
    if not 1 <= minutes <= 12 * 60:
        raise SupervisionError("A session lasts between 1 minute and 12 hours.")
    if held_on > timezone.localdate():
        raise SupervisionError("A session cannot be logged before it happens.")
    if format not in SupervisionFormat.values:
        raise SupervisionError("Choose individual or group supervision.")
    if format == SupervisionFormat.INDIVIDUAL and len(trainees) != 1:
        raise SupervisionError("Individual supervision has exactly one trainee; choose “group” for more.")
    assigned = set(
        SupervisorAssignment.objects.filter(site=site, supervisor=supervisor).values_list("trainee_id", flat=True)
    )
    if any(t.pk not in assigned for t in trainees):
        raise SupervisionError("You can only log sessions with trainees assigned to you on this site.")
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
        raise SupervisionError("The session names no competency domain.")
    created = 0
    for trainee in session.trainees.all():
        _, new = hour_entry_credit(
            enrollment=None,
            user=trainee,
            domain_id=domain.pk,
            minutes=session.minutes,
            source=HourEntry.Source.SUPERVISION,
            delivery_mode=DeliveryMode.IN_PERSON,
            key=f"supervision:{session.pk}:{trainee.pk}",
            site_id=session.site_id,
            description=f"{session.get_format_display()} supervision on {session.held_on:%Y-%m-%d}"[:255],
            occurred_at=_midday(session.held_on),
            recorded_by=session.supervisor,
            approved_by=session.supervisor,
        )
        created += new
    return created


def sessions_for(*, user):
    """Sessions ``user`` logged, plus every session of sites they administer (newest first)."""
    if is_platform_admin(user):
        sessions = SupervisionSession.objects.all()
    else:
        sessions = SupervisionSession.objects.filter(
            Q(supervisor=user) | Q(site_id__in=_role_sites(user, Role.SITE_ADMIN))
        )
    return sessions.select_related("site", "supervisor").prefetch_related("trainees", "domains").order_by("-held_on", "-pk")


# --------------------------------------------------------------------------
# Practice hours
# --------------------------------------------------------------------------


def trainee_sites(*, user) -> list[Site]:
    """Sites where ``user`` is a trainee (where they may log practice hours)."""
    if not user.is_authenticated:
        return []
    return list(
        Site.objects.filter(roles__user=user, roles__role=Role.TRAINEE).distinct().order_by("site_name", "hostname")
    )


def practice_entry_create(
    *, trainee, site: Site, performed_on: date, minutes: int, domain: CompetencyDomain, service_type: str, description: str
) -> PracticeEntry:
    if not SiteRole.objects.filter(user=trainee, site=site, role=Role.TRAINEE).exists():
        raise SupervisionError("You can log practice hours only for a program where you are a trainee.")
    if not 1 <= minutes <= 24 * 60:
        raise SupervisionError("Log between 1 minute and 24 hours per entry.")
    if performed_on > timezone.localdate():
        raise SupervisionError("Practice hours cannot be logged for a future date.")
    if service_type not in PracticeEntry.ServiceType.values:
        raise SupervisionError("Choose direct or indirect service.")
    description = description.strip()
    if not description:
        raise SupervisionError("Describe what you did (without client names).")
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
        raise SupervisionError("You cannot review this entry.")
    comment = comment.strip()[:500]
    if not approve and not comment:
        raise SupervisionError("Say why the entry is rejected, so the trainee can correct it.")
    now = timezone.now()
    with transaction.atomic():
        entry = PracticeEntry.objects.select_for_update().select_related("domain").get(pk=entry.pk)
        if entry.status != PracticeEntry.Status.PENDING:
            raise SupervisionError("This entry was already reviewed.")
        entry.status = PracticeEntry.Status.APPROVED if approve else PracticeEntry.Status.REJECTED
        entry.reviewed_by = reviewer
        entry.reviewed_at = now
        entry.review_comment = comment
        entry.save(update_fields=["status", "reviewed_by", "reviewed_at", "review_comment"])
        if approve:
            hour_entry_credit(
                enrollment=None,
                user=entry.trainee,
                domain_id=entry.domain_id,
                minutes=entry.minutes,
                source=HourEntry.Source.PRACTICE,
                delivery_mode=DeliveryMode.IN_PERSON,
                key=f"practice:{entry.pk}",
                site_id=entry.site_id,
                description=f"Practice ({entry.get_service_type_display()}): {entry.description}"[:255],
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


def practice_review_queue(*, user):
    """Entries ``user`` may review: pending first, then recently decided ones."""
    entries = PracticeEntry.objects.filter(_reviewable_q(user)).exclude(trainee=user)
    return entries.select_related("trainee", "site", "domain", "reviewed_by")

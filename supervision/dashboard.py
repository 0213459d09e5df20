"""The supervisor dashboard and its CSV export: the trainees a supervisor or site admin sees, and
how far each has come.

Who is listed: the trainees of the assignments the viewer may see
(``supervision_selectors.visible_assignments``). What of each is shown: only the records ``programs.access``
allows the viewer. Per course the rows come from the one progress builder
(``selectors.progress_for``: hours by domain, lessons done, quizzes passed, completion), as on
the trainee's own dashboard; per trainee they add hours by domain across their courses,
supervision and approved practice hours, practice entries waiting for review, and the time of
their last activity. A page of trainees runs a fixed number of queries, whatever its length.
"""
from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Exists, Max, OuterRef, Prefetch, Q, Sum
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from certificates.models import Certificate
from cohorts.models import Cohort
from courses.display import csv_safe, display_name, hours_text
from courses.enrollment_facts import last_seen_by_enrollment
from courses.models import CompetencyDomain, CoursePage, Enrollment, HourEntry
from courses.selectors import CourseProgress, DomainHours, competency_domains, courses_by_id, progress_for, translation_of
from programs import access
from programs.audit import audit_record

from .models import ExportLog, PracticeEntry
from .selectors import dashboard_sites, visible_assignments

User = get_user_model()

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 100
EXPORT_CHUNK = 100  # trainees whose rows the CSV export builds at a time


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


@dataclass
class FilterOptions:
    sites: list[Site]
    cohorts: list[Cohort]
    courses: list[CoursePage]
    statuses: list[tuple[str, str]] = field(default_factory=lambda: list(Enrollment.Status.choices))


def filter_options(*, user) -> FilterOptions:
    """Choices for the filters: the user's sites (``dashboard_sites``, their permission check),
    the cohorts and courses of those sites."""
    sites = dashboard_sites(user=user)
    if not sites:
        return FilterOptions(sites=[], cohorts=[], courses=[])
    cohorts = list(
        Cohort.objects.filter(site__in=sites).select_related("course").only("name", "site_id", "course__title", "course__translation_key")
        .order_by("name", "pk")
    )
    paths = Q()
    for site in sites:
        paths |= Q(path__startswith=site.root_page.path)
    courses = list(CoursePage.objects.filter(paths).order_by("title", "pk"))
    return FilterOptions(sites=sites, cohorts=cohorts, courses=courses)


def _enrollment_q(filters: DashboardFilters) -> Q:
    q = Q()
    if filters.cohort_id:
        q &= Q(cohort_id=filters.cohort_id)
    if filters.course_id:
        q &= Q(course_id=filters.course_id)
    if filters.status:
        q &= Q(status=filters.status)
    else:
        q &= ~Q(status=Enrollment.Status.WITHDRAWN)
    return q


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
        trainees = trainees.filter(Exists(Enrollment.objects.filter(_enrollment_q(filters), user_id=OuterRef("pk"))))
    return trainees.only("first_name", "last_name", "email").order_by("last_name", "first_name", "pk")


# --------------------------------------------------------------------------
# Rows
# --------------------------------------------------------------------------


@dataclass
class TraineeRow:
    trainee: object
    courses: list[CourseProgress] = field(default_factory=list)
    domains: list[DomainHours] = field(default_factory=list)  # across their courses
    supervision_minutes: int = 0
    practice_minutes: int = 0
    practice_pending: int = 0
    last_activity: datetime | None = None

    @property
    def name(self) -> str:
        return display_name(self.trainee)


def shown_certificate(progress: CourseProgress):
    """The certificate a row shows: the live one (``progress.certificate``), else the newest
    (revoked or superseded), from the certificates prefetched in pk order."""
    if progress.certificate is not None:
        return progress.certificate
    certificates = progress.enrollment.certificates.all() if progress.enrollment else []
    return certificates[len(certificates) - 1] if certificates else None


def _latest(*moments):
    present = [moment for moment in moments if moment is not None]
    return max(present) if present else None


def trainee_rows(*, viewer, trainees: list, filters: DashboardFilters) -> list[TraineeRow]:
    """The rows of ``trainees`` as ``viewer`` may see them: a fixed number of queries."""
    rows = {trainee.pk: TraineeRow(trainee=trainee) for trainee in trainees}
    if not rows:
        return []
    scopes = access.record_scopes(viewer=viewer, trainee_ids=list(rows))
    enrollments = list(
        Enrollment.objects.filter(_enrollment_q(filters), access.enrollments_q(scopes))
        .select_related("cohort")
        .prefetch_related(Prefetch("certificates", queryset=Certificate.objects.order_by("pk")))
        .order_by("user_id", "enrolled_at", "pk")
    )
    courses = courses_by_id({e.course_id for e in enrollments})  # a few courses, one instance each
    for enrollment in enrollments:
        enrollment.course = courses[enrollment.course_id]
    last_seen = last_seen_by_enrollment([e.pk for e in enrollments])
    domains = competency_domains()
    for progress in progress_for(enrollments):
        row = rows[progress.enrollment.user_id]
        row.courses.append(progress)
        row.last_activity = _latest(row.last_activity, last_seen.get(progress.enrollment.pk), progress.last_submitted_at)
    for row in rows.values():
        earned, required = defaultdict(int), defaultdict(int)
        for progress in row.courses:
            for cell in progress.domains:
                earned[cell.domain.pk] += cell.earned_minutes
                required[cell.domain.pk] += cell.required_minutes
        row.domains = [DomainHours(domains[pk], earned[pk], required[pk]) for pk in domains if pk in earned or pk in required]
    # Ledger entries outside any enrollment (supervision, practice) and the latest credit of any kind.
    for entry in (
        HourEntry.objects.filter(access.records_q(scopes))
        .values("user_id", "source")
        .annotate(outside=Sum("minutes", filter=Q(enrollment__isnull=True)), last=Max("occurred_at"))
        .order_by()
    ):
        row = rows[entry["user_id"]]
        if entry["source"] == HourEntry.Source.SUPERVISION:
            row.supervision_minutes += entry["outside"] or 0
        elif entry["source"] == HourEntry.Source.PRACTICE:
            row.practice_minutes += entry["outside"] or 0
        row.last_activity = _latest(row.last_activity, entry["last"])
    for trainee_id, pending in (
        PracticeEntry.objects.filter(access.records_q(scopes, "trainee_id"), status=PracticeEntry.Status.PENDING)
        .values("trainee_id")
        .annotate(n=Count("id"))
        .order_by()
        .values_list("trainee_id", "n")
    ):
        rows[trainee_id].practice_pending = pending
    return list(rows.values())


def dashboard_page(*, user, filters: DashboardFilters, page: str | int = 1, per_page: int = DEFAULT_PER_PAGE):
    """One page of the dashboard: (page object, rows)."""
    per_page = max(1, min(MAX_PER_PAGE, per_page))
    page_obj = Paginator(supervised_trainees(user=user, filters=filters), per_page).get_page(page)
    return page_obj, trainee_rows(viewer=user, trainees=list(page_obj.object_list), filters=filters)


# --------------------------------------------------------------------------
# CSV export
# --------------------------------------------------------------------------

def _quiz_result(quiz) -> str:
    if quiz.best_score is None:
        text = _("%(quiz)s: passed (not taken)") if quiz.done else _("%(quiz)s: not passed (not taken)")
    else:
        text = _("%(quiz)s: passed (%(score)s%%)") if quiz.done else _("%(quiz)s: not passed (%(score)s%%)")
    return text % {"quiz": translation_of(quiz.page).title, "score": quiz.best_score}


def _quiz_results(progress: CourseProgress) -> str:
    return "; ".join(_quiz_result(quiz) for quiz in progress.quizzes)


def _csv_lines(row: TraineeRow, domains: list[CompetencyDomain]):
    cells = {cell.domain.pk: cell for cell in row.domains}
    trailer = []
    for domain in domains:
        cell = cells.get(domain.pk)
        trailer += [hours_text(cell.earned_minutes if cell else 0), hours_text(cell.required_minutes if cell else 0)]
    last = timezone.localtime(row.last_activity).strftime("%Y-%m-%d %H:%M") if row.last_activity else ""
    trailer += [hours_text(row.supervision_minutes), hours_text(row.practice_minutes), row.practice_pending, last]
    for progress in row.courses or [None]:
        if progress is None:
            middle = [""] * 14
        else:
            enrollment, certificate = progress.enrollment, shown_certificate(progress)
            middle = [
                progress.course.title, progress.course.code, enrollment.cohort.name if enrollment.cohort else "",
                enrollment.get_status_display(), hours_text(progress.minutes_earned),
                hours_text(progress.course.required_minutes), progress.percent, progress.lessons_completed,
                progress.lessons_total, progress.quizzes_passed, progress.quizzes_total, _quiz_results(progress),
                certificate.status if certificate else "", certificate.number if certificate else "",
            ]
        yield [csv_safe(v) for v in [row.name, row.trainee.email, *middle, *trailer]]


def _csv_header(domains: list[CompetencyDomain]) -> list[str]:
    """The CSV's first line, in the active language (the columns people read)."""
    # Translators: column headers of the supervisor's CSV export ("h" stands for hours).
    header = [_("Trainee"), _("Email"), _("Course"), _("Course code"), _("Cohort"), _("Status"), _("Hours earned"),
              _("Hours required"), _("Progress %"), _("Lessons completed"), _("Lessons total"), _("Quizzes passed"),
              _("Quizzes total"), _("Quiz results"), _("Certificate status"), _("Certificate number")]
    for domain in domains:
        # Translators: CSV column headers: hours earned and required in one competency domain.
        header += [_("%(domain)s earned h") % {"domain": domain.name}, _("%(domain)s required h") % {"domain": domain.name}]
    header += [_("Supervision h"), _("Practice h approved"), _("Practice entries pending"), _("Last activity")]
    return header


def dashboard_csv(*, viewer, filters: DashboardFilters):
    """The dashboard as CSV text, line by line: one line per trainee and course (a trainee without
    courses gets one), every matching trainee, built ``EXPORT_CHUNK`` trainees at a time.

    The lines are built while the response streams, after the view has returned, so they are
    written in the language active when this is called (the requester's)."""
    return _dashboard_csv_lines(viewer=viewer, filters=filters, language=translation.get_language())


def _dashboard_csv_lines(*, viewer, filters: DashboardFilters, language: str | None):
    domains = list(competency_domains().values())
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def flush():
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    with translation.override(language):
        writer.writerow([csv_safe(h) for h in _csv_header(domains)])
    yield flush()
    paginator = Paginator(supervised_trainees(user=viewer, filters=filters), EXPORT_CHUNK)
    for number in paginator.page_range:
        trainees = list(paginator.page(number).object_list)
        with translation.override(language):
            for row in trainee_rows(viewer=viewer, trainees=trainees, filters=filters):
                writer.writerows(_csv_lines(row, domains))
        yield flush()


def export_log_create(*, user, kind: str, filters: DashboardFilters, trainees: int) -> ExportLog:
    """Log an export (who, when, with which filters, how many trainees) and audit it."""
    with transaction.atomic():
        log = ExportLog.objects.create(
            user=user, site_id=filters.site_id, kind=kind, filters=filters.as_dict(), row_count=trainees
        )
        audit_record(action="export.csv", target=f"{kind} ({trainees} trainees)", actor=user, site=filters.site_id,
                     details={"filters": filters.as_dict()})
    return log

"""Read-side queries for course pages and dashboards.

Each function runs a fixed number of queries whatever the number of courses,
lessons or enrollments (tests pin the counts): outlines come from one tree
query plus one per page type (then from memory, see ``course_outlines``),
progress and hours from grouped aggregates.
Completion is judged by ``course_completion_missing`` here, for what the trainee sees and for
what ``services.enrollment_evaluate_completion`` decides, so the two never disagree.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q, prefetch_related_objects
from django.http import Http404
from wagtail.models import Page

from programs import memo

from . import enrollment_facts
from .enrollment_facts import completed_lessons_by_enrollment, minutes_by_enrollment_and_domain, quiz_stats_by_enrollment
from .models import CompetencyDomain, CourseIndexPage, CoursePage, Enrollment, LessonPage, ModulePage, QuizPage


@dataclass(slots=True)  # one per item of each enrollment's outline: a page of trainees makes thousands
class OutlineItem:
    page: LessonPage | QuizPage
    kind: str  # "lesson" | "quiz"
    domain_id: int
    minutes: int
    # Filled in for an enrolled trainee:
    done: bool = False
    attempts: int = 0
    best_score: int | None = None

    @property
    def is_lesson(self):
        return self.kind == "lesson"


@dataclass
class ModuleOutline:
    module: ModulePage
    items: list[OutlineItem] = field(default_factory=list)

    @property
    def minutes(self):
        return sum(item.minutes for item in self.items)

    @property
    def done_count(self):
        return sum(item.done for item in self.items)


@dataclass
class DomainHours:
    domain: CompetencyDomain
    earned_minutes: int
    required_minutes: int

    @property
    def percent(self):
        return _percent(self.earned_minutes, self.required_minutes)


@dataclass
class CourseProgress:
    course: CoursePage
    modules: list[ModuleOutline]
    enrollment: Enrollment | None
    minutes_earned: int = 0
    domains: list[DomainHours] = field(default_factory=list)
    lessons_completed: int = 0
    lessons_total: int = 0
    quizzes_passed: int = 0
    quizzes_total: int = 0
    missing: list[str] = field(default_factory=list)
    next_item: OutlineItem | None = None
    last_submitted_at: object = None  # the latest quiz submission of the enrollment, if any

    @property
    def percent(self):
        return _percent(self.minutes_earned, self.course.required_minutes)

    @property
    def is_complete(self):
        return self.enrollment is not None and self.enrollment.completed_at is not None

    @property
    def certificate(self):
        """The enrollment's live (pending or issued) certificate, from the prefetched rows."""
        if self.enrollment is None or not hasattr(self.enrollment, "_prefetched_objects_cache"):
            return None
        live = [c for c in self.enrollment.certificates.all() if c.status in ("pending", "issued")]
        return live[0] if live else None

    @property
    def quizzes(self):
        return [item for module in self.modules for item in module.items if item.kind == "quiz"]


def _percent(part: int, whole: int) -> int:
    if whole <= 0:
        return 100
    return max(0, min(100, (part * 100) // whole))


def competency_domains() -> dict[int, CompetencyDomain]:
    """Every competency domain (memoised per process: a handful of rows that editors rarely change)."""
    return memo.content.get(("domains",), lambda: {domain.pk: domain for domain in CompetencyDomain.objects.all()})


def courses_by_id(ids) -> dict[int, CoursePage]:
    """Course pages by id, memoised per process like their outlines (read-only instances)."""
    keys = [("course", pk) for pk in ids]
    found = memo.content.get_many(
        keys, lambda missing: {("course", c.pk): c for c in CoursePage.objects.filter(pk__in=[k[1] for k in missing])}
    )
    return {key[1]: course for key, course in found.items()}


# --------------------------------------------------------------------------
# Course outlines: built from one tree query, then kept in each process
# --------------------------------------------------------------------------
#
# Every trainee page needs its course's outline (next/previous item, progress,
# the route to a lesson), and building it means loading every live page of the
# course. Outlines change only when pages change, so each process keeps them in
# ``programs.memo.content``, which every page save, publication, move or
# deletion invalidates in all processes. The page instances in an outline are
# shared by the requests of a process: read-only.


def course_site(course: CoursePage):
    """The Wagtail site ``course`` is served under, or None (memoised per process like the
    outlines: sites and pages are watched by ``memo.content``; a read-only instance)."""
    return memo.content.get(("course-site", course.pk), course.get_site)


def _site_id(site) -> int | None:
    return site.pk if site is not None else None


def course_outlines(courses: list[CoursePage]) -> dict[int, list[ModuleOutline]]:
    """Live modules and their lessons/quizzes, in tree order, for each course."""
    if not courses:
        return {}
    by_key = {("outline", course.pk, course.path): course for course in courses}

    def build(missing_keys):
        built = _build_outlines([by_key[key] for key in missing_keys])
        return {key: built[key[1]] for key in missing_keys}

    found = memo.content.get_many(list(by_key), build)
    return {course.pk: found[("outline", course.pk, course.path)] for course in courses}


def live_credited_page(model, page_id: int):
    """The live lesson or quiz ``page_id`` as found in its course outline (its module and course
    known, no query once memoised), or ``Http404``. A page outside any outline (e.g. in an
    unpublished module) is looked up directly, as Wagtail would."""

    def build(keys):
        page = model.objects.live().filter(pk=page_id).first()
        if page is None:
            return {}
        course = CoursePage.objects.ancestor_of(page).first()
        if course is not None:
            for module in course_outlines([course])[course.pk]:
                for item in module.items:
                    if item.page.pk == page.pk:
                        return {key: item.page for key in keys}
        return {key: page for key in keys}

    key = ("credited-page", model.__name__, page_id)
    found = memo.content.get_many([key], build)
    if key not in found:
        raise Http404
    return found[key]


def _build_outlines(courses: list[CoursePage]) -> dict[int, list[ModuleOutline]]:
    outlines: dict[int, list[ModuleOutline]] = {course.pk: [] for course in courses}
    by_path = {course.path: course for course in courses}
    query = Q()
    for course in courses:
        query |= Q(path__startswith=course.path, depth__in=[course.depth + 1, course.depth + 2])
    pages = Page.objects.live().filter(query).order_by("path").specific()
    steplen = Page.steplen
    current: dict[int, ModuleOutline] = {}
    for page in pages:
        course = by_path.get(page.path[: len(page.path) - steplen * (2 if isinstance(page, (LessonPage, QuizPage)) else 1)])
        if course is None:
            continue
        if isinstance(page, ModulePage):
            page._cached_parent_obj = course
            current[course.pk] = ModuleOutline(module=page)
            outlines[course.pk].append(current[course.pk])
        elif isinstance(page, (LessonPage, QuizPage)):
            module = current.get(course.pk)
            if module is None or not page.path.startswith(module.module.path):
                continue  # its module is not live
            # Parents are known: lesson.module / lesson.course cost no query.
            page._cached_parent_obj = module.module
            page.__dict__["module"] = module.module
            page.__dict__["course"] = course
            module.items.append(
                OutlineItem(
                    page=page,
                    kind="lesson" if isinstance(page, LessonPage) else "quiz",
                    domain_id=page.domain_id or module.module.default_domain_id,
                    minutes=page.credit_minutes,
                )
            )
    return outlines


def progress_for(enrollments: list[Enrollment], outlines: dict[int, list[ModuleOutline]] | None = None) -> list[CourseProgress]:
    """The progress of each enrollment (its ``course`` loaded): hours by domain, lessons done,
    quizzes passed, what is missing for completion, the next item. The one builder behind every
    page that shows progress; a fixed number of queries for any number of enrollments."""
    if outlines is None:
        outlines = course_outlines(list({e.course_id: e.course for e in enrollments}.values()))
    ids = [e.pk for e in enrollments]
    completed = completed_lessons_by_enrollment(ids)
    quiz_stats = quiz_stats_by_enrollment(ids)
    hours = minutes_by_enrollment_and_domain(ids)
    domains = competency_domains()
    last_submitted = {}
    for (enrollment_id, _), stats in quiz_stats.items():
        if enrollment_id not in last_submitted or stats["last"] > last_submitted[enrollment_id]:
            last_submitted[enrollment_id] = stats["last"]

    result = []
    for enrollment in enrollments:
        modules = [
            ModuleOutline(
                module=m.module,
                items=[OutlineItem(i.page, i.kind, i.domain_id, i.minutes) for i in m.items],
            )
            for m in outlines.get(enrollment.course_id, [])
        ]
        progress = _annotate(enrollment.course, modules, domains)
        progress.enrollment = enrollment
        for module in modules:
            for item in module.items:
                if item.kind == "lesson":
                    item.done = item.page.pk in completed[enrollment.pk]
                else:
                    stats = quiz_stats.get((enrollment.pk, item.page.pk))
                    if stats:
                        item.attempts = stats["attempts"]
                        item.best_score = stats["best"]
                        item.done = stats["passes"] > 0
        progress.last_submitted_at = last_submitted.get(enrollment.pk)
        earned = hours[enrollment.pk]
        progress.minutes_earned = sum(earned.values())
        for domain_hours in progress.domains:
            domain_hours.earned_minutes = earned.get(domain_hours.domain.pk, 0)
        # Hours credited in a domain the outline does not use (e.g. an adjustment) still show.
        for domain_id, minutes in earned.items():
            if domain_id not in {d.domain.pk for d in progress.domains} and domain_id in domains:
                progress.domains.append(DomainHours(domains[domain_id], minutes, 0))
        _summarise(progress)
        result.append(progress)
    return result


def _annotate(course: CoursePage, modules: list[ModuleOutline], domains) -> CourseProgress:
    required = defaultdict(int)
    for module in modules:
        for item in module.items:
            required[item.domain_id] += item.minutes
    progress = CourseProgress(course=course, modules=modules, enrollment=None)
    progress.domains = [
        DomainHours(domain, 0, required[domain.pk]) for domain in domains.values() if domain.pk in required
    ]
    return progress


def _summarise(progress: CourseProgress) -> None:
    items = [item for module in progress.modules for item in module.items]
    progress.lessons_total = sum(1 for i in items if i.kind == "lesson")
    progress.quizzes_total = sum(1 for i in items if i.kind == "quiz")
    progress.lessons_completed = sum(1 for i in items if i.kind == "lesson" and i.done)
    progress.quizzes_passed = sum(1 for i in items if i.kind == "quiz" and i.done)
    progress.next_item = next((i for i in items if not i.done), None)
    progress.missing = course_completion_missing(
        course=progress.course,
        facts=CompletionFacts(
            minutes_earned=progress.minutes_earned,
            lessons_completed=progress.lessons_completed,
            lessons_total=progress.lessons_total,
            quizzes_passed=progress.quizzes_passed,
            quizzes_total=progress.quizzes_total,
        ),
    )


def course_detail(*, course: CoursePage, user) -> dict:
    """Context for a course page: outline, and the viewer's progress when enrolled."""
    outlines = course_outlines([course])
    enrollment = None
    if user.is_authenticated:
        enrollment = Enrollment.objects.filter(user=user, course=course).first()
    if enrollment is not None:
        enrollment.course = course
        progress = progress_for([enrollment], outlines)[0]
    else:
        progress = _annotate(course, outlines[course.pk], competency_domains())
        _summarise(progress)
    return {"progress": progress, "enrollment": enrollment}


def dashboard_for_user(*, user, scope=None) -> list[CourseProgress]:
    """Every course the user is enrolled in, with hours by domain, quiz results and the next step.

    ``scope`` (a ``programs.access.RecordScope``) keeps only the courses of the sites another
    viewer may see; without it, all of them (the trainee's own view).
    """
    enrollments = list(
        Enrollment.objects.filter(user=user).exclude(status=Enrollment.Status.WITHDRAWN).order_by("enrolled_at", "pk")
    )
    courses = courses_by_id({e.course_id for e in enrollments})
    enrollments = [
        e for e in enrollments
        if e.course_id in courses and (scope is None or scope.includes(_site_id(course_site(courses[e.course_id]))))
    ]
    for enrollment in enrollments:
        enrollment.course = courses[enrollment.course_id]
    # Certificates (shown by the certificates app's part of the template) exist only for completed ones.
    prefetch_related_objects([e for e in enrollments if e.completed_at], "certificates")
    outlines = course_outlines([e.course for e in enrollments])
    return progress_for(enrollments, outlines)


def catalog_for_user(*, index_page: CourseIndexPage, user) -> list[dict]:
    courses = list(CoursePage.objects.child_of(index_page).live().order_by("path"))
    enrolled = {}
    if user.is_authenticated:
        enrolled = {e.course_id: e for e in Enrollment.objects.filter(user=user, course__in=courses)}
    return [{"course": course, "enrollment": enrolled.get(course.pk)} for course in courses]


# --------------------------------------------------------------------------
# Completion
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class CompletionFacts:
    minutes_earned: int
    lessons_completed: int
    lessons_total: int
    quizzes_passed: int
    quizzes_total: int


def course_completion_missing(*, course: CoursePage, facts: CompletionFacts) -> list[str]:
    """The course's completion rules, in one place: what is still missing (empty = complete).

    Selectors call this for display and ``enrollment_evaluate_completion``
    for the decision, so the two can never disagree.
    """
    missing = []
    if facts.minutes_earned < course.required_minutes:
        missing.append(
            f"{(course.required_minutes - facts.minutes_earned) / 60:.1f} more contact hours"
        )
    if course.require_all_lessons and facts.lessons_completed < facts.lessons_total:
        missing.append(f"{facts.lessons_total - facts.lessons_completed} more lessons")
    if course.require_all_quizzes and facts.quizzes_passed < facts.quizzes_total:
        missing.append(f"{facts.quizzes_total - facts.quizzes_passed} more quizzes to pass")
    return missing


def enrollment_completion_facts(*, enrollment: Enrollment, minutes_earned: int | None = None) -> CompletionFacts:
    """What completion is judged on. Lessons and quizzes are those of the course outline the
    trainee sees (``selectors.course_outlines``: live items in live modules). ``minutes_earned``
    when the caller has just summed the ledger."""
    course = enrollment.course
    items = [item for module in course_outlines([course])[course.pk] for item in module.items]
    lesson_ids = {item.page.pk for item in items if item.kind == "lesson"}
    quiz_ids = {item.page.pk for item in items if item.kind == "quiz"}
    completed = enrollment_facts.completed_lessons_by_enrollment([enrollment.pk])[enrollment.pk]
    quiz_stats = enrollment_facts.quiz_stats_by_enrollment([enrollment.pk])
    passed = {quiz_id for (_, quiz_id), stats in quiz_stats.items() if stats["passes"]}
    return CompletionFacts(
        minutes_earned=enrollment_facts.minutes_total(enrollment.pk) if minutes_earned is None else minutes_earned,
        lessons_completed=len(completed & lesson_ids),
        lessons_total=len(lesson_ids),
        quizzes_passed=len(passed & quiz_ids),
        quizzes_total=len(quiz_ids),
    )

"""Read-side queries for course pages and dashboards.

Each function runs a fixed number of queries whatever the number of courses,
lessons or enrollments (tests pin the counts): outlines from one query per page
type (see ``course_outlines``), progress and hours from grouped aggregates.
Completion is judged by ``course_completion_missing`` here, for what the trainee sees and for
what ``services.enrollment_evaluate_completion`` decides, so the two never disagree.
Lesson activities and the journal are read in ``selectors.activities``; pages in the reader's
language in ``selectors.translations``; people's legal names in ``selectors.people``.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from django.core.cache import cache
from django.db.models import Q, Sum, prefetch_related_objects
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page, Site


from .. import enrollment_facts
from ..caching import TIMEOUT as CONTENT_TIMEOUT
from ..caching import content_key
from ..display import percent
from ..enrollment_facts import completed_lessons_by_enrollment, minutes_by_enrollment_and_domain, quiz_stats_by_enrollment
from .activities import (  # noqa: F401  (part of this module's interface)
    ActivitySpec,
    ActivityState,
    activities_missing,
    activity_specs,
    journal_for,
    lesson_activities,
    shared_responses,
)
from .people import legal_name, legal_names  # noqa: F401  (part of this module's interface)
from .translations import (  # noqa: F401  (part of this module's interface)
    PageText,
    default_locale_id,
    in_language,
    source_page,
    translated_pages,
    translation_of,
)
from ..models import CompetencyDomain, CourseIndexPage, CoursePage, Enrollment, HourEntry, LessonPage, ModulePage, QuizPage


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
    live_split: dict[int, int] = field(default_factory=dict)  # live minutes by domain id (its guide's split)

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
        return percent(self.earned_minutes, self.required_minutes)


@dataclass
class CourseProgress:
    """A course and, for an enrolled trainee, their progress in it. Counts and hours are filled in
    by ``progress_for``; ``modules`` (each item marked done, with quiz attempts and best scores),
    ``quizzes`` and ``next_item`` are built from the shared ``outline`` only when a page asks."""

    course: CoursePage
    outline: list[ModuleOutline]  # the course's outline: shared by every progress of the request
    enrollment: Enrollment | None
    minutes_earned: int = 0
    domains: list[DomainHours] = field(default_factory=list)
    lessons_completed: int = 0
    lessons_total: int = 0
    quizzes_passed: int = 0
    quizzes_total: int = 0
    missing: list[str] = field(default_factory=list)
    last_submitted_at: object = None  # the latest quiz submission of the enrollment, if any
    completed_lesson_ids: frozenset = frozenset()
    quiz_stats: dict = field(default_factory=dict)  # quiz id -> {"attempts", "best", "passes", "last"}

    @property
    def percent(self):
        return percent(self.minutes_earned, self.course.required_minutes)

    @property
    def is_complete(self):
        return self.enrollment is not None and self.enrollment.completed_at is not None

    @property
    def online_minutes(self) -> int:
        """Minutes the course's lessons and quizzes credit online; the rest is earned live."""
        return sum(module.minutes for module in self.outline)

    @property
    def live_only_minutes(self) -> int:
        return max(0, self.course.required_minutes - self.online_minutes)

    @property
    def certificate(self):
        """The enrollment's live (pending or issued) certificate, from the prefetched rows."""
        if self.enrollment is None or not hasattr(self.enrollment, "_prefetched_objects_cache"):
            return None
        live = [c for c in self.enrollment.certificates.all() if c.status in ("pending", "issued")]
        return live[0] if live else None

    @cached_property
    def modules(self) -> list[ModuleOutline]:
        return [
            ModuleOutline(module=m.module, items=[self._item(item) for item in m.items]) for m in self.outline
        ]

    @cached_property
    def quizzes(self) -> list[OutlineItem]:
        if "modules" in self.__dict__:
            return [item for module in self.modules for item in module.items if item.kind == "quiz"]
        return [self._item(item) for module in self.outline for item in module.items if item.kind == "quiz"]

    @cached_property
    def next_item(self) -> OutlineItem | None:
        return next((item for module in self.modules for item in module.items if not item.done), None)

    def _item(self, item: OutlineItem) -> OutlineItem:
        """A copy of the outline's ``item`` marked with this trainee's progress."""
        mine = OutlineItem(item.page, item.kind, item.domain_id, item.minutes)
        if item.kind == "lesson":
            mine.done = item.page.pk in self.completed_lesson_ids
        elif stats := self.quiz_stats.get(item.page.pk):
            mine.attempts, mine.best_score, mine.done = stats["attempts"], stats["best"], stats["passes"] > 0
        return mine


def competency_domains() -> dict[int, CompetencyDomain]:
    """Every competency domain by id (a handful of rows)."""
    return CompetencyDomain.objects.in_bulk()


def courses_by_id(ids) -> dict[int, CoursePage]:
    """Course pages by id."""
    return CoursePage.objects.in_bulk(list(ids))


# --------------------------------------------------------------------------
# Course outlines
# --------------------------------------------------------------------------
#
# Every trainee page needs its course's outline (next/previous item, progress, what completion
# counts): the live modules of the course and the live lessons and quizzes of live modules, in
# tree order. Built with three queries (modules, lessons, quizzes) for any number of courses,
# without lesson bodies or quiz questions, and kept in the cache until content changes
# (``courses.caching``).


def course_site(course: CoursePage):
    """The Wagtail site ``course`` is served under, or None."""
    return course.get_site()


def course_site_ids(courses) -> dict[int, int | None]:
    """The id of the site each course is served under (None for none), from Wagtail's cached root
    paths of the sites, most specific first: no query once Wagtail has cached them."""
    root_paths = Site.get_site_root_paths()
    return {
        course.pk: next((root.site_id for root in root_paths if course.url_path.startswith(root.root_path)), None)
        for course in courses
    }


def course_outlines(courses: list[CoursePage]) -> dict[int, list[ModuleOutline]]:
    """Live modules and their lessons/quizzes, in tree order, for each course. The item pages know
    their module and course (``page.module``, ``page.course`` cost no query)."""
    keys = {course.pk: content_key("outline", course.pk) for course in courses}
    cached = cache.get_many(list(keys.values()))
    outlines = {pk: cached[key] for pk, key in keys.items() if key in cached}
    missing = [course for course in courses if course.pk not in outlines]
    if missing:
        built = _build_outlines(missing)
        cache.set_many({keys[pk]: outline for pk, outline in built.items()}, CONTENT_TIMEOUT)
        outlines.update(built)
    return outlines


def _build_outlines(courses: list[CoursePage]) -> dict[int, list[ModuleOutline]]:
    outlines: dict[int, list[ModuleOutline]] = {course.pk: [] for course in courses}
    if not courses:
        return outlines
    modules_q, items_q = Q(), Q()
    for course in courses:
        modules_q |= Q(path__startswith=course.path, depth=course.depth + 1)
        items_q |= Q(path__startswith=course.path, depth=course.depth + 2)
    by_path = {course.path: course for course in courses}
    modules = {}
    for module in ModulePage.objects.live().filter(modules_q).order_by("path"):
        course = by_path[module.path[: -Page.steplen]]
        split = module.domain_split() if module.live_minutes else {}
        # The guide is printed from the page itself; the outline (cached) keeps only its split.
        for name in ("guide_objectives", "guide_agenda", "guide_handouts"):
            module.__dict__.pop(name, None)
        module._cached_parent_obj = course
        modules[module.path] = ModuleOutline(module=module, live_split=split)
        outlines[course.pk].append(modules[module.path])
    items = [
        *LessonPage.objects.live().filter(items_q).defer("body"),
        *QuizPage.objects.live().filter(items_q).defer("intro", "questions"),
    ]
    for page in sorted(items, key=lambda page: page.path):
        outline = modules.get(page.path[: -Page.steplen])
        if outline is None:
            continue  # its module is not live
        module = outline.module
        page._cached_parent_obj = module
        page.__dict__["module"] = module
        page.__dict__["course"] = module._cached_parent_obj
        outline.items.append(
            OutlineItem(
                page=page,
                kind="lesson" if isinstance(page, LessonPage) else "quiz",
                domain_id=page.domain_id or module.default_domain_id,
                minutes=page.credit_minutes,
            )
        )
    return outlines


def module_minutes_credited(*, enrollment: Enrollment, module: ModulePage, exclude_key_prefix: str = "") -> int:
    """Minutes the ledger holds for ``enrollment`` from ``module``: its lessons and quiz online and
    the live sessions that delivered it (their entries point at the module page)."""
    entries = HourEntry.objects.filter(enrollment=enrollment, page__path__startswith=module.path)
    if exclude_key_prefix:
        entries = entries.exclude(key__startswith=exclude_key_prefix)
    return entries.aggregate(total=Sum("minutes"))["total"] or 0


def live_credited_page(model, page_id: int):
    """The live lesson or quiz ``page_id`` as found in its course outline (its module and course
    known), or ``Http404``; for a translation, the page it translates (``source_page``). A page
    outside any outline (e.g. in an unpublished module) is returned as Wagtail finds it."""
    page = model.objects.live().filter(pk=page_id).first()
    if page is None:
        raise Http404
    page = source_page(page)
    course = CoursePage.objects.ancestor_of(page).first()
    if course is not None:
        for module in course_outlines([course])[course.pk]:
            for item in module.items:
                if item.page.pk == page.pk:
                    return item.page
    return page


@dataclass(frozen=True)
class OutlineFacts:
    """What completion and progress count in one course outline: its lesson and quiz ids, and the
    minutes its items credit in each domain."""

    lesson_ids: frozenset[int]
    quiz_ids: frozenset[int]
    required_minutes: dict[int, int]  # domain id -> minutes


def outline_facts(modules: list[ModuleOutline]) -> OutlineFacts:
    """A module taught live requires its live minutes, split by domain as its guide says; one that
    is not (no live minutes) requires what its lessons and quiz credit."""
    items = [item for module in modules for item in module.items]
    required = defaultdict(int)
    for module in modules:
        if module.live_split:
            for domain_id, minutes in module.live_split.items():
                required[domain_id] += minutes
        else:
            for item in module.items:
                required[item.domain_id] += item.minutes
    return OutlineFacts(
        lesson_ids=frozenset(item.page.pk for item in items if item.kind == "lesson"),
        quiz_ids=frozenset(item.page.pk for item in items if item.kind == "quiz"),
        required_minutes=dict(required),
    )


def progress_for(enrollments: list[Enrollment], outlines: dict[int, list[ModuleOutline]] | None = None) -> list[CourseProgress]:
    """The progress of each enrollment (its ``course`` loaded): hours by domain, lessons done,
    quizzes passed, what is missing for completion (the next item and each item's state on
    demand). The one builder behind every page that shows progress; a fixed number of queries
    for any number of enrollments."""
    if outlines is None:
        outlines = course_outlines(list({e.course_id: e.course for e in enrollments}.values()))
    facts = {course_id: outline_facts(modules) for course_id, modules in outlines.items()}
    ids = [e.pk for e in enrollments]
    completed = completed_lessons_by_enrollment(ids)
    quiz_stats = defaultdict(dict)
    for (enrollment_id, quiz_id), stats in quiz_stats_by_enrollment(ids).items():
        quiz_stats[enrollment_id][quiz_id] = stats
    hours = minutes_by_enrollment_and_domain(ids)
    domains = competency_domains()

    result = []
    for enrollment in enrollments:
        course_facts = facts.get(enrollment.course_id) or outline_facts([])
        progress = _progress(enrollment.course, outlines.get(enrollment.course_id, []), course_facts, domains)
        progress.enrollment = enrollment
        progress.completed_lesson_ids = frozenset(completed[enrollment.pk])
        progress.quiz_stats = quiz_stats[enrollment.pk]
        progress.last_submitted_at = max((s["last"] for s in progress.quiz_stats.values()), default=None)
        earned = hours[enrollment.pk]
        progress.minutes_earned = sum(earned.values())
        for domain_hours in progress.domains:
            domain_hours.earned_minutes = earned.get(domain_hours.domain.pk, 0)
        # Hours credited in a domain the outline does not use (e.g. an adjustment) still show.
        for domain_id, minutes in earned.items():
            if domain_id not in course_facts.required_minutes and domain_id in domains:
                progress.domains.append(DomainHours(domains[domain_id], minutes, 0))
        progress.lessons_completed = len(progress.completed_lesson_ids & course_facts.lesson_ids)
        progress.quizzes_passed = sum(
            1 for quiz_id, stats in progress.quiz_stats.items() if stats["passes"] and quiz_id in course_facts.quiz_ids
        )
        _judge(progress)
        result.append(progress)
    return result


def _progress(course: CoursePage, outline: list[ModuleOutline], facts: OutlineFacts, domains) -> CourseProgress:
    """A course's progress with nothing done yet."""
    progress = CourseProgress(course=course, outline=outline, enrollment=None)
    progress.domains = [
        DomainHours(domain, 0, facts.required_minutes[domain.pk])
        for domain in domains.values()
        if domain.pk in facts.required_minutes
    ]
    progress.lessons_total, progress.quizzes_total = len(facts.lesson_ids), len(facts.quiz_ids)
    return progress


def _judge(progress: CourseProgress) -> None:
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
        progress = _progress(course, outlines[course.pk], outline_facts(outlines[course.pk]), competency_domains())
        _judge(progress)
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
    sites = course_site_ids(courses.values()) if scope is not None else {}
    enrollments = [
        e for e in enrollments if e.course_id in courses and (scope is None or scope.includes(sites[e.course_id]))
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
        hours = f"{(course.required_minutes - facts.minutes_earned) / 60:.1f}"
        missing.append(_("%(hours)s more contact hours") % {"hours": hours})
    # The English reads the same for one (tests pin it); other languages get their plural forms.
    if course.require_all_lessons and facts.lessons_completed < facts.lessons_total:
        count = facts.lessons_total - facts.lessons_completed
        missing.append(ngettext("%(count)s more lessons", "%(count)s more lessons", count) % {"count": count})
    if course.require_all_quizzes and facts.quizzes_passed < facts.quizzes_total:
        count = facts.quizzes_total - facts.quizzes_passed
        missing.append(
            ngettext("%(count)s more quizzes to pass", "%(count)s more quizzes to pass", count) % {"count": count}
        )
    return missing


def enrollment_completion_facts(*, enrollment: Enrollment, minutes_earned: int | None = None) -> CompletionFacts:
    """What completion is judged on. Lessons and quizzes are those of the course outline the
    trainee sees (``selectors.course_outlines``: live items in live modules). ``minutes_earned``
    when the caller has just summed the ledger."""
    course = enrollment.course
    outline = outline_facts(course_outlines([course])[course.pk])
    completed = enrollment_facts.completed_lessons_by_enrollment([enrollment.pk])[enrollment.pk]
    quiz_stats = enrollment_facts.quiz_stats_by_enrollment([enrollment.pk])
    passed = {quiz_id for (_enrollment_id, quiz_id), stats in quiz_stats.items() if stats["passes"]}
    return CompletionFacts(
        minutes_earned=enrollment_facts.minutes_total(enrollment.pk) if minutes_earned is None else minutes_earned,
        lessons_completed=len(completed & outline.lesson_ids),
        lessons_total=len(outline.lesson_ids),
        quizzes_passed=len(passed & outline.quiz_ids),
        quizzes_total=len(outline.quiz_ids),
    )

"""Who may print which material, and the plain data each PDF is drawn from.

A module's facilitator guide is for the facilitators and site admins of the site that serves the
course; a course's participant workbook is for them and for the course's trainees. The data
classes are frozen snapshots of the pages, so ``materials.rendering`` never touches Django.
They follow the course's outline (its default-language pages) and print each page's text in the
active language: its live translation's, else its own.
"""
from __future__ import annotations

from dataclasses import dataclass

from bs4 import BeautifulSoup

from courses.blocks import AGENDA_METHODS
from courses.models import CoursePage, Enrollment, LessonPage, ModulePage
from courses.selectors import competency_domains, course_outlines, course_site, course_site_ids, default_locale_id, in_language
from programs.roles import Role, has_role, sites_for

STAFF_ROLES = (Role.FACILITATOR, Role.SITE_ADMIN)
METHOD_LABELS = dict(AGENDA_METHODS)


# --------------------------------------------------------------------------
# Permissions
# --------------------------------------------------------------------------


def can_print_guides(user, course: CoursePage) -> bool:
    site = course_site(course)
    return site is not None and has_role(user, site, *STAFF_ROLES)


def can_print_workbook(user, course: CoursePage) -> bool:
    if not user.is_authenticated:
        return False
    return Enrollment.objects.filter(user=user, course=course).exists() or can_print_guides(user, course)


def materials_for(user) -> list[dict]:
    """The courses whose materials ``user`` may print: staff see guides of their sites' courses,
    trainees the workbooks of their courses."""
    staff_sites = {site.pk: site for site in sites_for(user, *STAFF_ROLES)}
    enrolled = set(Enrollment.objects.filter(user=user).values_list("course_id", flat=True))
    courses = list(CoursePage.objects.live().filter(locale_id=default_locale_id()).order_by("path"))
    site_ids = course_site_ids(courses)
    shown = [c for c in courses if site_ids[c.pk] in staff_sites or c.pk in enrolled]
    outlines = course_outlines([c for c in shown if site_ids[c.pk] in staff_sites])  # cached per content version
    return [
        {
            "course": course,
            "site": staff_sites.get(site_ids[course.pk]),
            "staff": course.pk in outlines,
            "modules": [outline.module for outline in outlines.get(course.pk, [])],
        }
        for course in shown
    ]


# --------------------------------------------------------------------------
# Data for the PDFs
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    title: str
    minutes: int
    starts_at: int  # minutes from the start of the session
    method: str
    domain: str
    description: str
    materials: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    script: str = ""
    observer_checklist: tuple[str, ...] = ()


@dataclass(frozen=True)
class Handout:
    title: str
    text: str


@dataclass(frozen=True)
class GuideData:
    site_name: str
    course_title: str
    course_code: str
    module_number: int
    module_title: str
    module_intro: str
    live_minutes: int
    domain_split: tuple[tuple[str, int], ...]
    objectives: tuple[str, ...]
    segments: tuple[Segment, ...]
    lessons: tuple[str, ...]
    handouts: tuple[Handout, ...]


@dataclass(frozen=True)
class WorkbookLesson:
    title: str
    minutes: int
    # ("h2" | "h3" | "p", text), ("ul" | "ol", (items…)), ("callout", (title, text)),
    # ("reflection", prompt), ("scenario", (title, situation, question, (choices…))),
    # ("self_check", ((prompt, (choices…)), …))
    blocks: tuple[tuple[str, object], ...]


@dataclass(frozen=True)
class WorkbookModule:
    number: int
    title: str
    intro: str
    live_minutes: int
    lessons: tuple[WorkbookLesson, ...]
    handouts: tuple[Handout, ...]


@dataclass(frozen=True)
class WorkbookData:
    site_name: str
    course_title: str
    course_code: str
    required_minutes: int
    modules: tuple[WorkbookModule, ...]


def _site_name(course: CoursePage) -> str:
    site = course_site(course)
    return (site.site_name or site.hostname) if site is not None else ""


def _handouts(module: ModulePage) -> tuple[Handout, ...]:
    return tuple(Handout(block.value["title"], block.value["text"]) for block in module.guide_handouts)


def _module_number(module: ModulePage, course: CoursePage) -> int:
    ids = list(ModulePage.objects.live().child_of(course).order_by("path").values_list("pk", flat=True))
    return ids.index(module.pk) + 1 if module.pk in ids else 0


def guide_data(module: ModulePage, course: CoursePage) -> GuideData:
    """The facilitator guide of ``module`` (a default-language page), in the active language."""
    lessons = list(LessonPage.objects.live().child_of(module).order_by("path"))
    shown = in_language([module, course, *lessons])
    text = shown[module.pk]
    domains = competency_domains()
    segments, clock = [], 0
    for block in text.guide_agenda:
        value = block.value
        domain = value["domain"] or domains.get(module.default_domain_id)
        segments.append(
            Segment(
                title=value["title"],
                minutes=value["minutes"],
                starts_at=clock,
                method=str(METHOD_LABELS.get(value["method"], value["method"])),  # the label, in the active language
                domain=domain.name if domain else "",
                description=value["description"],
                materials=tuple(value["materials"]),
                questions=tuple(value["questions"]),
                roles=tuple(value["roles"]),
                script=value["script"] or "",
                observer_checklist=tuple(value["observer_checklist"]),
            )
        )
        clock += value["minutes"]
    split = tuple(
        (domains[domain_id].name, minutes) for domain_id, minutes in module.domain_split().items() if domain_id in domains
    )
    return GuideData(
        site_name=_site_name(course),
        course_title=shown[course.pk].title,
        course_code=course.code,
        module_number=_module_number(module, course),
        module_title=text.title,
        module_intro=text.intro,
        live_minutes=module.live_minutes,
        domain_split=split,
        objectives=tuple(block.value for block in text.guide_objectives),
        segments=tuple(segments),
        lessons=tuple(shown[lesson.pk].title for lesson in lessons),
        handouts=_handouts(text),
    )


def _rich_text_blocks(html: str) -> list[tuple[str, object]]:
    """A lesson's rich text as headings, paragraphs and lists of plain text."""
    blocks = []
    for element in BeautifulSoup(html, "html.parser").find_all(["h2", "h3", "h4", "p", "ul", "ol"], recursive=False):
        if element.name in ("ul", "ol"):
            items = tuple(li.get_text(" ", strip=True) for li in element.find_all("li"))
            if items:
                blocks.append((element.name, items))
        else:
            text = element.get_text(" ", strip=True)
            if text:
                blocks.append(("h3" if element.name == "h4" else element.name, text))
    return blocks


def _lesson_blocks(lesson: LessonPage) -> tuple[tuple[str, object], ...]:
    blocks = []
    for block in lesson.body:
        value = block.value
        kind = block.block_type
        if kind == "rich_text":
            blocks += _rich_text_blocks(value.source)
        elif kind == "callout":
            blocks.append(("callout", (value["title"], value["text"])))
        elif kind == "reflection":
            blocks.append(("reflection", value["prompt"]))
        elif kind == "scenario":
            choices = tuple(choice["text"] for choice in value["choices"])
            blocks.append(("scenario", (value["title"], value["situation"], value["question"], choices)))
        elif kind == "self_check":
            questions = tuple(
                (q["prompt"], tuple(choice["text"] for choice in q["choices"])) for q in value["questions"]
            )
            blocks.append(("self_check", questions))
    return tuple(blocks)


def workbook_data(course: CoursePage) -> WorkbookData:
    """The participant workbook of ``course`` (a default-language page), in the active language."""
    modules = list(ModulePage.objects.live().child_of(course).order_by("path"))
    lessons = {module.pk: list(LessonPage.objects.live().child_of(module).order_by("path")) for module in modules}
    shown = in_language([course, *modules, *(lesson for pages in lessons.values() for lesson in pages)])
    return WorkbookData(
        site_name=_site_name(course),
        course_title=shown[course.pk].title,
        course_code=course.code,
        required_minutes=course.required_minutes,
        modules=tuple(
            WorkbookModule(
                number=number,
                title=shown[module.pk].title,
                intro=shown[module.pk].intro,
                live_minutes=module.live_minutes,
                lessons=tuple(
                    WorkbookLesson(
                        title=shown[lesson.pk].title, minutes=lesson.credit_minutes, blocks=_lesson_blocks(shown[lesson.pk])
                    )
                    for lesson in lessons[module.pk]
                ),
                handouts=_handouts(shown[module.pk]),
            )
            for number, module in enumerate(modules, start=1)
        ),
    )

"""Reads of lesson activities: a lesson's activities with a trainee's answers, what is still to
do before it can be completed, the trainee's journal, and the reflections shared with staff."""
from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from ..caching import TIMEOUT as CONTENT_TIMEOUT
from ..caching import content_key
from ..models import ActivityResponse, LessonPage


@dataclass
class ActivityState:
    """One activity of a lesson, with the trainee's answer to it (if any)."""

    block: object  # the StreamChild: .id, .block_type, .value
    response: ActivityResponse | None
    draft: str | None = None  # a reflection the trainee wrote but could not save, to show again

    @property
    def id(self) -> str:
        return str(self.block.id)

    @property
    def kind(self) -> str:
        return self.block.block_type

    @property
    def required(self) -> bool:
        return bool(self.block.value.get("required", True))

    @property
    def done(self) -> bool:
        return self.response is not None and self.response.completed_at is not None

    @property
    def label(self) -> str:
        value = self.block.value
        if self.kind == "reflection":
            return _("Reflection")
        if self.kind == "scenario":
            return _("Scenario: %(title)s") % {"title": value["title"]}
        return _("Self-check")

    @property
    def chosen(self) -> dict:
        return self.response.choices if self.response else {}


def lesson_activities(*, lesson: LessonPage, user, shown: LessonPage | None = None) -> list[ActivityState]:
    """The lesson's activities in body order, each with ``user``'s answer (one query). ``shown``
    is the translation being read, if any: the same activities (same block ids) in its language."""
    blocks = (shown or lesson).activity_blocks()
    if not blocks:
        return []
    responses = {}
    if user.is_authenticated:
        responses = {r.block_id: r for r in ActivityResponse.objects.filter(user=user, lesson=lesson)}
    return [ActivityState(block, responses.get(str(block.id))) for block in blocks]


@dataclass(frozen=True)
class ActivitySpec:
    id: str
    label: str
    required: bool


def activity_specs(lesson: LessonPage) -> list[ActivitySpec]:
    """The lesson's activities, kept in the cache until content changes (``courses.caching``), so
    completing a lesson need not load its body."""

    def build():
        body = lesson.body if "body" not in lesson.get_deferred_fields() else LessonPage.objects.only("body").get(pk=lesson.pk).body
        page = LessonPage(body=body)
        return [
            ActivitySpec(state.id, state.label, state.required)
            for state in (ActivityState(block, None) for block in page.activity_blocks())
        ]

    # Keyed by language too: the labels are in the language of the request that built them.
    return cache.get_or_set(content_key("lesson-activities", lesson.pk, get_language()), build, CONTENT_TIMEOUT)


def activities_missing(*, lesson: LessonPage, user) -> list[str]:
    """Labels of the required activities ``user`` has not done in ``lesson`` (no query when the
    lesson has none)."""
    required = [spec for spec in activity_specs(lesson) if spec.required]
    if not required:
        return []
    done = set(
        ActivityResponse.objects.filter(
            user=user, lesson=lesson, completed_at__isnull=False, block_id__in=[spec.id for spec in required]
        ).values_list("block_id", flat=True)
    )
    return [spec.label for spec in required if spec.id not in done]


def journal_for(*, user) -> list[dict]:
    """The trainee's own answers, newest first, grouped by course: ``[{course, responses}]`` (one query)."""
    groups: dict[int, dict] = {}
    for response in (
        ActivityResponse.objects.filter(user=user).select_related("lesson", "course").order_by("-updated_at", "-pk")
    ):
        groups.setdefault(response.course_id, {"course": response.course, "responses": []})["responses"].append(response)
    return list(groups.values())


def shared_responses(*, audience: str, users, courses=None) -> list[ActivityResponse]:
    """Reflections that ``users`` chose to share with ``audience`` ("facilitators" or "supervisors"),
    optionally only in ``courses``. One query. Callers decide who may see whose."""
    field_name = {"facilitators": "shared_with_facilitators", "supervisors": "shared_with_supervisors"}[audience]
    responses = ActivityResponse.objects.filter(user__in=users, kind=ActivityResponse.Kind.REFLECTION, **{field_name: True})
    if courses is not None:
        responses = responses.filter(course__in=courses)
    return list(responses.select_related("user", "lesson", "course").order_by("user_id", "lesson__path", "pk"))

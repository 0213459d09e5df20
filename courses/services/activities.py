"""Writes of lesson activities: reflections, scenarios and self-checks. Answers are the trainee's own;
a reflection is shared only if they choose. Doing the required ones lets the lesson be completed
(``services.lesson_complete`` asks ``selectors.activities_missing``)."""
from __future__ import annotations

import logging
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..curriculum.engagement import count_words
from ..models import ActivityResponse, Enrollment, LessonPage
from .errors import ActivityError
from .errors import check_same_course as _check_same_course

logger = logging.getLogger(__name__)

REFLECTION_MAX_CHARACTERS = 10_000


def _activity_block(lesson: LessonPage, block_id: str, kind: str):
    for block in lesson.activity_blocks():
        if str(block.id) == str(block_id) and block.block_type == kind:
            return block
    raise ActivityError(_("This activity is not part of the lesson (it may have been changed); reload the page."))


def _activity_response(enrollment: Enrollment, lesson: LessonPage, block, prompt: str) -> ActivityResponse:
    """The trainee's answer row for ``block``, created empty if they have none (concurrency-safe)."""
    lookup = {"user": enrollment.user, "lesson": lesson, "block_id": str(block.id)}
    defaults = {"kind": block.block_type, "prompt": prompt, "course_id": enrollment.course_id}
    try:
        with transaction.atomic():
            response, _created = ActivityResponse.objects.get_or_create(**lookup, defaults=defaults)
    except IntegrityError:  # a concurrent request created it
        response = ActivityResponse.objects.get(**lookup)
    return response


def _choice_ids(list_value) -> list[str]:
    return [str(child.id) for child in list_value.bound_blocks]


def reflection_save(
    *, enrollment: Enrollment, lesson: LessonPage, block_id: str, text: str,
    share_with_facilitators: bool = False, share_with_supervisors: bool = False, now: datetime | None = None,
) -> ActivityResponse:
    """Save (or rewrite) the trainee's answer to a reflection, with whom they share it."""
    _check_same_course(enrollment, lesson)
    block = _activity_block(lesson, block_id, "reflection")
    text = (text or "").strip()
    needed = block.value["min_words"]
    written = count_words(text)
    if written < needed:
        raise ActivityError(
            ngettext(
                "Write at least %(needed)s word (you have %(written)s).",
                "Write at least %(needed)s words (you have %(written)s).",
                needed,
            )
            % {"needed": needed, "written": written}
        )
    if len(text) > REFLECTION_MAX_CHARACTERS:
        raise ActivityError(
            _("Keep your answer under %(limit)s characters.") % {"limit": f"{REFLECTION_MAX_CHARACTERS:,}"}
        )
    now = now or timezone.now()
    response = _activity_response(enrollment, lesson, block, block.value["prompt"])
    response.text = text
    response.prompt = block.value["prompt"]
    response.shared_with_facilitators = bool(share_with_facilitators)
    response.shared_with_supervisors = bool(share_with_supervisors)
    response.completed_at = response.completed_at or now
    response.save()
    logger.info("reflection saved response=%s lesson=%s", response.pk, lesson.pk)
    return response


def reflection_share(*, user, response: ActivityResponse, with_facilitators: bool, with_supervisors: bool) -> ActivityResponse:
    """Change whom a reflection is shared with; only its author may."""
    if response.user_id != user.pk or response.kind != ActivityResponse.Kind.REFLECTION:
        raise ActivityError(_("Only the author of a reflection can share it."))
    response.shared_with_facilitators = bool(with_facilitators)
    response.shared_with_supervisors = bool(with_supervisors)
    response.save(update_fields=["shared_with_facilitators", "shared_with_supervisors", "updated_at"])
    return response


def scenario_choose(
    *, enrollment: Enrollment, lesson: LessonPage, block_id: str, choice_id: str, now: datetime | None = None
) -> ActivityResponse:
    """Record the trainee's next decision in a scenario: the first, then the follow-up. A decision,
    once made, stands (the feedback on it has been seen); the scenario is done after the second."""
    _check_same_course(enrollment, lesson)
    block = _activity_block(lesson, block_id, "scenario")
    response = _activity_response(enrollment, lesson, block, block.value["title"])
    chosen = dict(response.choices)
    if "first" not in chosen:
        step, valid = "first", _choice_ids(block.value["choices"])
    elif "second" not in chosen:
        step, valid = "second", _choice_ids(block.value["follow_up"]["choices"])
    else:
        return response  # both decisions made
    if str(choice_id) not in valid:
        raise ActivityError(_("Choose one of the options."))
    chosen[step] = str(choice_id)
    response.choices = chosen
    if step == "second":
        response.completed_at = now or timezone.now()
    response.save()
    return response


def self_check_answer(
    *, enrollment: Enrollment, lesson: LessonPage, block_id: str, answers: dict[str, str], now: datetime | None = None
) -> ActivityResponse:
    """Record answers to a self-check (practice: shown right or wrong, never graded). Answering
    again replaces the answers."""
    _check_same_course(enrollment, lesson)
    block = _activity_block(lesson, block_id, "self_check")
    cleaned = {}
    for question in block.value["questions"].bound_blocks:
        qid = str(question.id)
        choice = answers.get(qid)
        if not choice:
            raise ActivityError(_("Answer every question."))
        if str(choice) not in _choice_ids(question.value["choices"]):
            raise ActivityError(_("Choose one of the options."))
        cleaned[qid] = str(choice)
    # The prompt is stored as this fixed English word; the journal shows it translated.
    response = _activity_response(enrollment, lesson, block, "Self-check")
    response.choices = cleaned
    response.completed_at = response.completed_at or now or timezone.now()
    response.save()
    return response



"""Lessons with activities (a reflection, a scenario, a self-check), and answering them."""
from wagtail.rich_text import RichText

from courses import services
from courses.models import LessonPage

REFLECTION = {"prompt": "What does recovery mean to you?", "min_words": 5, "minutes": 5, "required": True}
SCENARIO = {
    "title": "A visit to the clinic",
    "situation": "Rosa tells you her counselor said she must stop methadone to join a recovery home.",
    "question": "What do you do first?",
    "choices": [
        {"text": "Ask what she wants", "feedback": "Her goals lead.", "best": True, "next": "She wants to stay on methadone."},
        {"text": "Tell her to taper", "feedback": "That is medical advice.", "best": False, "next": "She goes quiet."},
        {"text": "Call the home yourself", "feedback": "Not without her consent.", "best": False, "next": "She is upset."},
    ],
    "follow_up": {
        "question": "What next?",
        "choices": [
            {"text": "Look for a medication-friendly home together", "feedback": "Yes.", "best": True},
            {"text": "Drop it", "feedback": "No.", "best": False},
            {"text": "Decide for her", "feedback": "No.", "best": False},
        ],
    },
    "required": True,
}
SELF_CHECK = {
    "questions": [
        {
            "prompt": "Who decides about a dose?",
            "choices": [{"text": "The person and their prescriber", "correct": True}, {"text": "The coach", "correct": False}],
            "explanation": "Coaches never judge doses.",
        }
    ],
    "required": True,
}


def add_activities(lesson: LessonPage, *, reflection=True, scenario=True, self_check=True, optional=False) -> LessonPage:
    """Give ``lesson`` a body with text and the chosen activities, published; returns it fresh."""
    body = [("rich_text", RichText("<p>" + "Reading text. " * 30 + "</p>"))]
    for include, kind, value in (
        (reflection, "reflection", REFLECTION),
        (scenario, "scenario", SCENARIO),
        (self_check, "self_check", SELF_CHECK),
    ):
        if include:
            body.append((kind, {**value, "required": not optional}))
    lesson.body = body
    lesson.save_revision().publish()
    return LessonPage.objects.get(pk=lesson.pk)


def block(lesson, kind):
    return next(b for b in lesson.body if b.block_type == kind)


def choice_ids(list_value):
    return [str(child.id) for child in list_value.bound_blocks]


def do_all(enrollment, lesson, *, text=None, share_facilitators=False, share_supervisors=False):
    """Answer every activity of ``lesson`` as the enrollment's trainee (a reflection with ``text``,
    or as many words as it asks for)."""
    from courses.models import ActivityResponse

    done = set(
        ActivityResponse.objects.filter(user=enrollment.user, lesson=lesson, completed_at__isnull=False).values_list("block_id", flat=True)
    )
    for b in lesson.activity_blocks():
        if str(b.id) in done and text is None:
            continue  # already answered: keep the trainee's answer
        if b.block_type == "reflection":
            services.reflection_save(
                enrollment=enrollment, lesson=lesson, block_id=str(b.id),
                text=text or " ".join(["Recovery"] * b.value["min_words"]),
                share_with_facilitators=share_facilitators, share_with_supervisors=share_supervisors,
            )
        elif b.block_type == "scenario":
            services.scenario_choose(enrollment=enrollment, lesson=lesson, block_id=str(b.id), choice_id=choice_ids(b.value["choices"])[1])
            services.scenario_choose(
                enrollment=enrollment, lesson=lesson, block_id=str(b.id), choice_id=choice_ids(b.value["follow_up"]["choices"])[0]
            )
        else:
            answers = {str(q.id): choice_ids(q.value["choices"])[0] for q in b.value["questions"].bound_blocks}
            services.self_check_answer(enrollment=enrollment, lesson=lesson, block_id=str(b.id), answers=answers)

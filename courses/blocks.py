"""StreamField blocks for lesson bodies and quiz questions.

Quiz questions are blocks so authors edit questions *and* their choices inline
on the quiz page. Wagtail gives every question (stream child) and every choice
(list child) a stable UUID; attempts store those ids and grading matches on
them (see ``courses/grading.py``). The ``correct`` flag is only ever read on
the server.
"""
import re
from dataclasses import dataclass
from html import unescape

from django.core.exceptions import ValidationError
from django.utils.functional import lazy
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from .curriculum import engagement


REQUIRED_HELP = gettext_lazy("The lesson cannot be completed without it.")


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300)
    correct = blocks.BooleanBlock(required=False)

    class Meta:
        icon = "radio-full"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock()
    tone = blocks.ChoiceBlock(
        choices=[
            ("info", gettext_lazy("Information")),
            ("tip", gettext_lazy("Tip")),
            ("warning", gettext_lazy("Caution")),
        ],
        default="info",
    )

    class Meta:
        icon = "info-circle"
        template = "blocks/callout.html"


# --------------------------------------------------------------------------
# Activities: what a trainee does in a lesson. Answers are ``ActivityResponse`` rows keyed by the
# block's id; a required activity must be done before the lesson can be completed. The minutes of
# each count toward the lesson's modeled minutes (``courses.curriculum.engagement``).
# --------------------------------------------------------------------------


class ReflectionBlock(blocks.StructBlock):
    """A written reflection: the trainee types an answer, private unless they share it."""

    prompt = blocks.TextBlock(
        help_text=gettext_lazy("A question for the trainee to think about and answer in writing.")
    )
    min_words = blocks.IntegerBlock(
        default=30, min_value=1, max_value=500, help_text=gettext_lazy("The least number of words an answer needs.")
    )
    minutes = blocks.IntegerBlock(
        default=5,
        min_value=1,
        max_value=engagement.REFLECTION_MAX_MINUTES,
        help_text=lazy(
            lambda: _("Minutes of writing this reflection adds to the lesson (at most %(most)s).")
            % {"most": engagement.REFLECTION_MAX_MINUTES},
            str,
        )(),
    )
    required = blocks.BooleanBlock(default=True, required=False, help_text=REQUIRED_HELP)

    class Meta:
        icon = "edit"
        template = "blocks/reflection.html"

    def activity_minutes(self, value):
        return engagement.reflection_minutes(value["minutes"])


class ScenarioChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300)
    feedback = blocks.TextBlock(help_text=gettext_lazy("Shown once the trainee has chosen: why this helps or not."))
    best = blocks.BooleanBlock(required=False, help_text=gettext_lazy("The most helpful choice."))
    next = blocks.TextBlock(
        required=False, help_text=gettext_lazy("What happens next after this choice (first decision only).")
    )

    class Meta:
        icon = "radio-full"


def _one_best(value, name):
    if sum(1 for choice in value[name] if choice["best"]) != 1:
        raise StructBlockValidationError(
            block_errors={name: ValidationError(_("Mark exactly one choice as the best."))}
        )


class ScenarioFollowUpBlock(blocks.StructBlock):
    question = blocks.TextBlock()
    choices = blocks.ListBlock(ScenarioChoiceBlock(), min_num=2, max_num=5)

    def clean(self, value):
        value = super().clean(value)
        _one_best(value, "choices")
        return value


class ScenarioBlock(blocks.StructBlock):
    """A case scenario: a situation, a first decision with feedback on each choice, and a second
    decision that follows from it."""

    title = blocks.CharBlock(max_length=120)
    situation = blocks.TextBlock()
    question = blocks.TextBlock()
    choices = blocks.ListBlock(ScenarioChoiceBlock(), min_num=2, max_num=5)
    follow_up = ScenarioFollowUpBlock()
    required = blocks.BooleanBlock(default=True, required=False, help_text=REQUIRED_HELP)

    class Meta:
        icon = "list-ul"
        template = "blocks/scenario.html"

    def clean(self, value):
        value = super().clean(value)
        _one_best(value, "choices")
        return value

    def activity_minutes(self, value):
        return engagement.scenario_minutes()


class SelfCheckQuestionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock()
    choices = blocks.ListBlock(ChoiceBlock(), min_num=2, max_num=5)
    explanation = blocks.TextBlock(required=False)

    def clean(self, value):
        value = super().clean(value)
        if sum(1 for choice in value["choices"] if choice["correct"]) != 1:
            raise StructBlockValidationError(
                block_errors={"choices": ValidationError(_("Mark exactly one choice as correct."))}
            )
        return value


class SelfCheckBlock(blocks.StructBlock):
    """A few practice questions: answers and explanations are shown at once; nothing is graded."""

    questions = blocks.ListBlock(SelfCheckQuestionBlock(), min_num=1, max_num=3)
    required = blocks.BooleanBlock(default=True, required=False, help_text=REQUIRED_HELP)

    class Meta:
        icon = "tick-inverse"
        template = "blocks/self_check.html"

    def activity_minutes(self, value):
        return engagement.self_check_minutes(len(value["questions"]))


ACTIVITY_TYPES = ("reflection", "scenario", "self_check")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    label = blocks.CharBlock(required=False, max_length=120, help_text=gettext_lazy("Defaults to the document title."))

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(help_text=gettext_lazy("URL of the video (YouTube, Vimeo…)."))
    caption = blocks.CharBlock(required=False, max_length=250)
    minutes = blocks.IntegerBlock(
        required=False,
        min_value=0,
        max_value=120,
        help_text=gettext_lazy("Running time; counts toward the lesson only with a transcript."),
    )
    transcript = blocks.RichTextBlock(required=False, features=["bold", "italic", "ul", "ol", "link"])

    class Meta:
        icon = "media"
        template = "blocks/video.html"


class LessonBodyBlock(blocks.StreamBlock):
    rich_text = blocks.RichTextBlock(
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link", "hr"],
        template="blocks/rich_text.html",
    )
    video = VideoBlock()
    document = DocumentLinkBlock()
    callout = CalloutBlock()
    reflection = ReflectionBlock()
    scenario = ScenarioBlock()
    self_check = SelfCheckBlock()


class QuestionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock()
    multiple = blocks.BooleanBlock(
        required=False, help_text=gettext_lazy("Trainees select every correct choice (checkboxes) instead of one.")
    )
    choices = blocks.ListBlock(ChoiceBlock(), min_num=2, max_num=8)
    explanation = blocks.TextBlock(
        required=False, help_text=gettext_lazy("Feedback shown after the attempt is submitted.")
    )

    class Meta:
        icon = "help"

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for choice in value["choices"] if choice["correct"])
        if correct == 0:
            raise StructBlockValidationError(
                block_errors={"choices": ValidationError(_("Mark at least one choice as correct."))}
            )
        if not value["multiple"] and correct > 1:
            raise StructBlockValidationError(
                block_errors={
                    "choices": ValidationError(
                        _("A single-answer question has exactly one correct choice; tick “multiple” otherwise.")
                    )
                }
            )
        return value


class QuizQuestionsBlock(blocks.StreamBlock):
    question = QuestionBlock()


@dataclass(frozen=True)
class Engagement:
    """What a lesson body holds, by the engagement model (``courses.curriculum.engagement``)."""

    words: int
    activity_minutes: int
    media_minutes: int

    @property
    def reading_minutes(self) -> float:
        return self.words / engagement.WORDS_PER_MINUTE

    @property
    def modeled_minutes(self) -> int:
        return engagement.lesson_modeled_minutes(
            words=self.words, activity_minutes=self.activity_minutes, media_minutes=self.media_minutes
        )


def body_engagement(body) -> Engagement:
    """Measure a lesson body (a StreamValue): words of reading, activity minutes, transcribed media."""
    words = activity = media = 0
    for block in body:
        value = block.value
        if block.block_type == "rich_text":
            # Tags become spaces, so "<h2>Title</h2><p>Text" is two words, as the curriculum check counts.
            words += engagement.count_words(unescape(re.sub(r"<[^>]+>", " ", value.source)))
        elif block.block_type == "callout":
            words += engagement.count_words(f"{value['title']} {value['text']}")
        elif block.block_type in ACTIVITY_TYPES:
            activity += block.block.activity_minutes(value)
        elif block.block_type == "video" and value.get("transcript") and strip_tags(value["transcript"].source).strip():
            media += value.get("minutes") or 0
    return Engagement(words=words, activity_minutes=activity, media_minutes=media)


# --------------------------------------------------------------------------
# Facilitator guides (the "Facilitator guide" tab of a module)
# --------------------------------------------------------------------------

AGENDA_METHODS = [
    ("presentation", gettext_lazy("Presentation")),
    ("discussion", gettext_lazy("Group discussion")),
    ("role_play", gettext_lazy("Role-play")),
    ("demonstration", gettext_lazy("Demonstration")),
    ("small_group", gettext_lazy("Small-group exercise")),
    ("teach_back", gettext_lazy("Teach-back")),
]


class AgendaSegmentBlock(blocks.StructBlock):
    """One timed segment of a live session: what the facilitator does, and what its method needs
    (a discussion its questions; a role-play its roles, script and observer checklist)."""

    title = blocks.CharBlock(max_length=255)
    minutes = blocks.IntegerBlock(min_value=1, max_value=24 * 60)
    method = blocks.ChoiceBlock(choices=AGENDA_METHODS)
    domain = SnippetChooserBlock(
        "courses.CompetencyDomain", required=False, help_text=gettext_lazy("Leave empty to credit the module's domain.")
    )
    description = blocks.TextBlock(help_text=gettext_lazy("What the facilitator does and says, step by step."))
    materials = blocks.ListBlock(blocks.CharBlock(max_length=300), default=[])
    questions = blocks.ListBlock(blocks.TextBlock(), default=[], help_text=gettext_lazy("Discussion questions."))
    roles = blocks.ListBlock(blocks.CharBlock(max_length=300), default=[], help_text=gettext_lazy("Role-play roles."))
    script = blocks.TextBlock(required=False, help_text=gettext_lazy("Role-play: the situation and opening lines."))
    observer_checklist = blocks.ListBlock(blocks.CharBlock(max_length=300), default=[])

    class Meta:
        icon = "time"
        label = gettext_lazy("Agenda segment")

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value["method"] == "discussion" and len(value["questions"]) < 2:
            errors["questions"] = ValidationError(_("A discussion needs at least two questions."))
        if value["method"] == "role_play":
            if len(value["roles"]) < 2:
                errors["roles"] = ValidationError(_("A role-play needs at least two roles."))
            if not value["script"].strip():
                errors["script"] = ValidationError(_("A role-play needs a script."))
            if len(value["observer_checklist"]) < 3:
                errors["observer_checklist"] = ValidationError(_("A role-play needs at least three things to observe."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class HandoutBlock(blocks.StructBlock):
    """A handout: plain text, paragraphs separated by blank lines, list items starting with "- "."""

    title = blocks.CharBlock(max_length=255)
    text = blocks.TextBlock()

    class Meta:
        icon = "doc-full"

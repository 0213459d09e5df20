"""StreamField blocks for lesson bodies and quiz questions.

Quiz questions are blocks so authors edit questions *and* their choices inline
on the quiz page. Wagtail gives every question (stream child) and every choice
(list child) a stable UUID; attempts store those ids and grading matches on
them (see ``courses/grading.py``). The ``correct`` flag is only ever read on
the server.
"""
from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock()
    tone = blocks.ChoiceBlock(
        choices=[("info", "Information"), ("tip", "Tip"), ("warning", "Caution")],
        default="info",
    )

    class Meta:
        icon = "info-circle"
        template = "blocks/callout.html"


class ReflectionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(help_text="A question for the trainee to think or journal about.")

    class Meta:
        icon = "help"
        template = "blocks/reflection.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    label = blocks.CharBlock(required=False, max_length=120, help_text="Defaults to the document title.")

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(help_text="URL of the video (YouTube, Vimeo…).")
    caption = blocks.CharBlock(required=False, max_length=250)
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


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300)
    correct = blocks.BooleanBlock(required=False)

    class Meta:
        icon = "radio-full"


class QuestionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock()
    multiple = blocks.BooleanBlock(
        required=False, help_text="Trainees select every correct choice (checkboxes) instead of one."
    )
    choices = blocks.ListBlock(ChoiceBlock(), min_num=2, max_num=8)
    explanation = blocks.TextBlock(required=False, help_text="Feedback shown after the attempt is submitted.")

    class Meta:
        icon = "help"

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for choice in value["choices"] if choice["correct"])
        if correct == 0:
            raise StructBlockValidationError(
                block_errors={"choices": ValidationError("Mark at least one choice as correct.")}
            )
        if not value["multiple"] and correct > 1:
            raise StructBlockValidationError(
                block_errors={
                    "choices": ValidationError(
                        "A single-answer question has exactly one correct choice; tick “multiple” otherwise."
                    )
                }
            )
        return value


class QuizQuestionsBlock(blocks.StreamBlock):
    question = QuestionBlock()

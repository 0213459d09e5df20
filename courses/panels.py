"""Editor panels and forms for lessons: the engagement model, shown and enforced in Wagtail.

The edit page shows a lesson's modeled minutes (reading, activities, transcribed media) beside
its credit, and the form refuses to publish a lesson that credits more than it holds or asks for
less engaged time than the model's share of its credit. Saving a draft is not refused, so an
editor can write the content before setting the credit.
"""
from django import forms
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import Panel

from .blocks import body_engagement
from .curriculum import engagement


class EngagementPanel(Panel):
    """Read-only: what the saved lesson holds by the engagement model, beside its credit."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/admin/engagement_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            lesson = self.instance
            context.update(
                {
                    "measured": body_engagement(lesson.body),
                    "credit_minutes": lesson.credit_minutes,
                    "min_engaged_minutes": engagement.min_engaged_seconds(lesson.credit_minutes or 0) / 60,
                    "words_per_minute": engagement.WORDS_PER_MINUTE,
                }
            )
            return context


class LessonPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        if self.is_deferred_validation:  # saving a draft
            return cleaned
        credit = cleaned.get("credit_minutes")
        body = cleaned.get("body")
        if credit is None or body is None:
            return cleaned
        measured = body_engagement(body)
        if credit > measured.modeled_minutes:
            self.add_error(
                "credit_minutes",
                forms.ValidationError(
                    _(
                        "This lesson holds %(modeled)s minutes (%(words)s words of reading at %(wpm)s a minute, "
                        "%(activities)s minutes of activities, %(media)s minutes of transcribed media): it cannot "
                        "credit %(credit)s. Add content or lower the credit."
                    ),
                    params={
                        "modeled": measured.modeled_minutes,
                        "words": measured.words,
                        "wpm": engagement.WORDS_PER_MINUTE,
                        "activities": measured.activity_minutes,
                        "media": measured.media_minutes,
                        "credit": credit,
                    },
                    code="over_credit",
                ),
            )
        least = engagement.min_engaged_seconds(credit)
        if cleaned.get("min_engaged_seconds") is not None and cleaned["min_engaged_seconds"] < least:
            self.add_error(
                "min_engaged_seconds",
                forms.ValidationError(
                    _("A lesson crediting %(credit)s minutes needs at least %(least)s seconds of engaged time."),
                    params={"credit": credit, "least": least},
                    code="too_little_time",
                ),
            )
        return cleaned

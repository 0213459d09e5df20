"""Filters of the supervisor dashboard's rows (``templates/supervision/_trainee_row.html``)."""
from django import template

from supervision.dashboard import shown_certificate as _shown_certificate

register = template.Library()


@register.filter
def quizzes_taken(progress):
    """The quizzes of a course the trainee has submitted at least once, in outline order."""
    return [quiz for quiz in progress.quizzes if quiz.best_score is not None]


@register.filter
def shown_certificate(progress):
    """The certificate the row shows (``supervision.dashboard.shown_certificate``)."""
    return _shown_certificate(progress)

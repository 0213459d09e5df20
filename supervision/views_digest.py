"""The supervisor's weekly digest settings (mounted at /learn/supervision/digest/): the weekday
the digest e-mail comes on (``supervision.digest``), or none.

The page is for the supervision screens' users (``selectors.dashboard_sites``, the dashboard's
check: others get the dashboard's refusal) who supervise at least one trainee; a site admin who
supervises nobody has no digest to set. Bad input is a form error (400) that changes nothing.
"""
from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext as _, gettext_lazy
from django.views.decorators.http import require_http_methods

from . import digest
from . import selectors as supervision_selectors
from .views import _forbidden, _private

OFF = "off"


class DigestSettingsForm(forms.Form):
    weekday = forms.ChoiceField(
        label=gettext_lazy("Send me the weekly digest on"),
        choices=[*((str(day), WEEKDAYS[day]) for day in range(7)), (OFF, gettext_lazy("No day: turn the digest off"))],
        widget=forms.RadioSelect,
        help_text=gettext_lazy(
            "Once a week: your trainees' completed courses, who has been inactive for two weeks, "
            "practice hours waiting for your review and credentials expiring within 90 days. "
            "No e-mail is sent in a week with nothing to report."
        ),
    )

    def clean_weekday(self) -> int | None:
        value = self.cleaned_data["weekday"]
        return None if value == OFF else int(value)


@login_required
@require_http_methods(["GET", "POST"])
def digest_settings(request):
    if not supervision_selectors.dashboard_sites(user=request.user):
        return _forbidden(request, _("This page is for supervisors and program administrators."))
    if not digest.supervises_anyone(request.user):
        return _forbidden(request, _("The weekly digest is for supervisors with trainees assigned to them."))
    status = 200
    if request.method == "POST":
        form = DigestSettingsForm(request.POST)
        if form.is_valid():
            weekday = form.cleaned_data["weekday"]
            digest.digest_weekday_set(user=request.user, weekday=weekday)
            if weekday is None:
                messages.success(request, _("The weekly digest is turned off."))
            else:
                messages.success(request, _("Your weekly digest will come on %(day)s.") % {"day": WEEKDAYS[weekday]})
            return redirect("supervision:digest_settings")
        status = 400
    else:
        current = digest.digest_weekday(request.user)
        form = DigestSettingsForm(initial={"weekday": OFF if current is None else str(current)})
    return _private(TemplateResponse(request, "supervision/digest_settings.html", {"form": form}, status=status))

"""The trainee's side of supervision (mounted at /learn/supervision/): logging practice hours for
review, and choosing what each of their supervisors may see of their other programs' records
(``programs.access``)."""
from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _, gettext_lazy
from django.views.decorators.http import require_http_methods

from courses.display import display_name
from courses.models import CompetencyDomain
from programs import access
from programs.fields import BoundedDateField

from . import selectors as supervision_selectors
from . import services as supervision
from .models import PracticeEntry
from .views import _forbidden, _int_or_none, _private


class PracticeForm(forms.Form):
    site = forms.TypedChoiceField(label=gettext_lazy("Program"), coerce=int)
    performed_on = BoundedDateField(label=gettext_lazy("Date"))
    minutes = forms.IntegerField(label=gettext_lazy("Minutes"), min_value=1, max_value=24 * 60)
    domain = forms.TypedChoiceField(label=gettext_lazy("Competency domain"), coerce=int)
    service_type = forms.ChoiceField(
        label=gettext_lazy("Type of service"), choices=PracticeEntry.ServiceType.choices, widget=forms.RadioSelect
    )
    description = forms.CharField(
        label=gettext_lazy("What you did"), max_length=500, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Describe the activity without client names or identifying details."),
    )

    def __init__(self, *args, sites, domains, **kwargs):
        super().__init__(*args, **kwargs)
        self.sites = {s.pk: s for s in sites}
        self.domain_objects = {d.pk: d for d in domains}
        self.fields["site"].choices = [(s.pk, s.site_name or s.hostname) for s in sites]
        self.fields["domain"].choices = [(d.pk, d.name) for d in domains]
        self.fields["performed_on"].initial = timezone.localdate()

    def clean_performed_on(self):
        performed_on = self.cleaned_data["performed_on"]
        if performed_on > timezone.localdate():
            raise forms.ValidationError(_("Practice hours cannot be logged for a future date."))
        return performed_on


@login_required
@require_http_methods(["GET", "POST"])
def my_practice(request):
    sites = supervision_selectors.trainee_sites(user=request.user)
    form = PracticeForm(
        request.POST if request.method == "POST" else None, sites=sites, domains=list(CompetencyDomain.objects.all())
    )
    status = 200
    if request.method == "POST":
        if not sites:
            return _forbidden(request, _("Enroll in a course of a program before logging practice hours there."))
        if form.is_valid():
            data = form.cleaned_data
            try:
                supervision.practice_entry_create(
                    trainee=request.user, site=form.sites[data["site"]], performed_on=data["performed_on"],
                    minutes=data["minutes"], domain=form.domain_objects[data["domain"]],
                    service_type=data["service_type"], description=data["description"],
                )
            except supervision.SupervisionError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("Your practice hours were sent to your supervisor for review."))
                return redirect("supervision:my_practice")
        status = 400
    entries = list(
        PracticeEntry.objects.filter(trainee=request.user).select_related("domain", "site", "reviewed_by")
    )
    context = {
        "form": form,
        "sites": sites,
        "entries": entries,
        "approved_minutes": sum(e.minutes for e in entries if e.status == PracticeEntry.Status.APPROVED),
    }
    return TemplateResponse(request, "supervision/my_practice.html", context, status=status)


# --------------------------------------------------------------------------
# The trainee's supervisors, and what each may see
# --------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def my_supervisors(request):
    """The trainee's supervisors; for each, the trainee chooses whether to share their records
    from other programs (``programs.access``). Only the trainee's own assignments can be changed."""
    status = 200
    if request.method == "POST":
        try:
            assignment_id = _int_or_none(request.POST.get("assignment"))
        except ValueError:
            assignment_id = None
        assignment = access.assignments_of_trainee(trainee=request.user).filter(pk=assignment_id).first() \
            if assignment_id else None
        action = request.POST.get("action", "")
        if assignment is None:
            raise Http404
        if action not in ("share", "stop"):
            messages.error(request, _("Choose to share or to stop sharing."))
            status = 400
        else:
            supervisor_name = display_name(assignment.supervisor)
            if action == "share":
                access.sharing_grant(assignment=assignment, trainee=request.user)
                messages.success(request, _("%(name)s now sees your records from all your programs.") % {"name": supervisor_name})
            else:
                access.sharing_revoke(assignment=assignment, trainee=request.user)
                messages.success(
                    request,
                    _("%(name)s now sees only your records from %(program)s.")
                    % {"name": supervisor_name, "program": assignment.site.site_name or assignment.site.hostname},
                )
            return redirect("supervision:my_supervisors")
    context = {"assignments": list(access.assignments_of_trainee(trainee=request.user))}
    return _private(TemplateResponse(request, "supervision/my_supervisors.html", context, status=status))

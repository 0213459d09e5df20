"""Wagtail admin screens for certificates: list, inspect, revoke, reissue, reissue requests, and
the CE roster of completions.

Site-scoped: platform admins see every certificate; a program-site admin
sees and acts only on certificates of the sites where they hold the site-admin
role (``programs.roles``). A certificate of another site is a 404, so its
existence is not revealed. Every action goes through ``certificates.services``
and is recorded as a ``CertificateEvent`` with who and when.
"""
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from programs.fields import BoundedDateField
from programs.roles import Role, is_platform_admin, sites_for

from . import roster, selectors, services
from .models import Certificate, ReissueRequest


def user_can_manage(user) -> bool:
    """Platform admins, and site admins of at least one site."""
    return is_platform_admin(user) or sites_for(user, Role.SITE_ADMIN).exists()


def _require(request):
    if not user_can_manage(request.user):
        raise PermissionDenied


def managed_reissue_requests(user):
    if is_platform_admin(user):
        return ReissueRequest.objects.all()
    return ReissueRequest.objects.filter(certificate__site_id__in=sites_for(user, Role.SITE_ADMIN).values("pk"))


class AdminScreen(WagtailAdminTemplateMixin):
    """Admin page furniture whose breadcrumbs end in this screen's title (Wagtail shows the last one)."""

    def get_breadcrumbs_items(self):
        items = list(self.breadcrumbs_items)
        if not isinstance(self, CertificateIndexView):
            items.append({"url": reverse("certificates_admin:index"), "label": _("Certificates")})
        return items + [{"url": "", "label": self.get_page_title()}]


class ManagerScreen(AdminScreen):
    """An admin screen for certificate managers only."""

    def dispatch(self, request, *args, **kwargs):
        _require(request)
        return super().dispatch(request, *args, **kwargs)


class RevokeForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), max_length=2000, label=gettext_lazy("Reason for revoking")
    )


class ReissueForm(forms.Form):
    name = forms.CharField(max_length=200, required=False, label=gettext_lazy("Name as printed (leave empty to keep it)"))
    note = forms.CharField(max_length=500, required=False, label=gettext_lazy("Note (why it is reissued)"))


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", gettext_lazy("Approve")), ("reject", gettext_lazy("Reject"))])
    note = forms.CharField(max_length=1000, required=False, label=gettext_lazy("Note"))


class CertificateIndexView(ManagerScreen, TemplateView):
    template_name = "certificates/admin/index.html"
    page_title = gettext_lazy("Certificates")
    header_icon = "doc-full"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        queryset = selectors.managed_certificates(self.request.user).select_related("site").order_by("-created_at", "-pk")
        status = self.request.GET.get("status", "")
        if status in Certificate.Status.values:
            queryset = queryset.filter(status=status)
        query = self.request.GET.get("q", "").replace("\x00", "").strip()[:100]  # PostgreSQL refuses NUL
        if query:
            queryset = queryset.filter(
                Q(number__icontains=query) | Q(name_on_certificate__icontains=query) | Q(course_title__icontains=query)
            )
        page = Paginator(queryset, 50).get_page(self.request.GET.get("p"))
        context.update(
            {
                "page_obj": page,
                "status": status,
                "q": query,
                "statuses": Certificate.Status.choices,
                "pending_requests": managed_reissue_requests(self.request.user)
                .filter(status=ReissueRequest.Status.PENDING)
                .count(),
            }
        )
        return context


class CertificateDetailView(AdminScreen, TemplateView):
    template_name = "certificates/admin/detail.html"
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        _require(request)
        self.certificate = get_object_or_404(
            selectors.managed_certificates(request.user).select_related("site", "enrollment__user", "replaces"), pk=kwargs["pk"]
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Certificate %(number)s") % {"number": self.certificate.number}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        certificate = self.certificate
        context.update(
            {
                "certificate": certificate,
                "events": certificate.events.select_related("actor"),
                "requests": certificate.reissue_requests.select_related("requested_by", "decided_by"),
                "revoke_form": kwargs.get("revoke_form") or RevokeForm(),
                "reissue_form": kwargs.get("reissue_form") or ReissueForm(),
                "can_revoke": certificate.status in Certificate.LIVE_STATUSES,
                "can_reissue": certificate.status in (Certificate.Status.ISSUED, Certificate.Status.REVOKED)
                and not hasattr(certificate, "replaced_by"),
                "verification_url": selectors.verification_url(certificate),
            }
        )
        return context


def _detail_url(certificate):
    return reverse("certificates_admin:detail", args=[certificate.pk])


@require_POST
def revoke(request, pk):
    _require(request)
    certificate = get_object_or_404(selectors.managed_certificates(request.user), pk=pk)
    form = RevokeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give a reason for revoking the certificate."))
        return redirect(_detail_url(certificate))
    try:
        services.certificate_revoke(certificate=certificate, actor=request.user, reason=form.cleaned_data["reason"])
    except services.CertificateError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Certificate %(number)s was revoked.") % {"number": certificate.number})
    return redirect(_detail_url(certificate))


@require_POST
def reissue(request, pk):
    _require(request)
    certificate = get_object_or_404(selectors.managed_certificates(request.user), pk=pk)
    form = ReissueForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Check the reissue form."))
        return redirect(_detail_url(certificate))
    try:
        new = services.certificate_reissue(
            certificate=certificate,
            actor=request.user,
            name=form.cleaned_data["name"] or None,
            note=form.cleaned_data["note"],
        )
    except services.CertificateError as error:
        messages.error(request, str(error))
        return redirect(_detail_url(certificate))
    messages.success(request, _("Certificate reissued as %(number)s; it is being generated.") % {"number": new.number})
    return redirect(_detail_url(new))


class ReissueRequestIndexView(ManagerScreen, TemplateView):
    template_name = "certificates/admin/requests.html"
    page_title = gettext_lazy("Certificate reissue requests")
    header_icon = "doc-full"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["requests"] = (
            managed_reissue_requests(self.request.user)
            .filter(status=ReissueRequest.Status.PENDING)
            .select_related("certificate", "requested_by")
            .order_by("created_at")
        )
        return context


@require_POST
def decide(request, pk):
    _require(request)
    reissue_request = get_object_or_404(managed_reissue_requests(request.user), pk=pk)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose approve or reject."))
        return redirect("certificates_admin:requests")
    try:
        new = services.reissue_request_decide(
            request=reissue_request,
            actor=request.user,
            approve=form.cleaned_data["decision"] == "approve",
            note=form.cleaned_data["note"],
        )
    except services.CertificateError as error:
        messages.error(request, str(error))
    else:
        if new:
            messages.success(request, _("Approved: certificate %(number)s is being generated.") % {"number": new.number})
        else:
            messages.success(request, _("Request rejected."))
    return redirect("certificates_admin:requests")


# --------------------------------------------------------------------------
# CE roster (the rows and the files: ``roster.py``)
# --------------------------------------------------------------------------


class RosterForm(forms.Form):
    start = BoundedDateField(label=gettext_lazy("Completed from"))
    end = BoundedDateField(label=gettext_lazy("Completed until"))
    site = forms.ChoiceField(required=False, label=gettext_lazy("Program"))
    format = forms.ChoiceField(
        required=False, choices=[("", ""), ("csv", "CSV"), ("xlsx", "XLSX")], widget=forms.HiddenInput
    )

    def __init__(self, *args, sites=(), **kwargs):
        super().__init__(*args, **kwargs)
        # Drawn from the sites the screen already read: an unknown or foreign site is a form error.
        self.fields["site"].choices = [("", _("All my programs")), *((str(pk), name) for pk, name in sites)]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            self.add_error("end", _("The end date comes before the start date."))
        return cleaned


class RosterView(ManagerScreen, TemplateView):
    """Completions in a date range for the sites the user administers: shown, or downloaded as CSV or XLSX."""

    template_name = "certificates/admin/roster.html"
    page_title = gettext_lazy("CE roster")
    header_icon = "table"

    def get(self, request, *args, **kwargs):
        sites = [(site.pk, site.site_name or site.hostname) for site in
                 sites_for(request.user, Role.SITE_ADMIN).order_by("site_name", "hostname")]
        form = RosterForm(request.GET or None, sites=sites)
        if not form.is_bound:
            return self.render_to_response(self.get_context_data(form=form))
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        start, end, kind = form.cleaned_data["start"], form.cleaned_data["end"], form.cleaned_data["format"]
        site_id = int(form.cleaned_data["site"]) if form.cleaned_data["site"] else None
        rows = roster.roster_rows(certificates=selectors.managed_certificates(request.user), start=start, end=end, site_id=site_id)
        if not kind:
            return self.render_to_response(self.get_context_data(form=form, rows=rows, shown=True))
        roster.roster_export_record(user=request.user, start=start, end=end, site_id=site_id, kind=kind, rows=len(rows))
        name = f"ce-roster-{start.isoformat()}-{end.isoformat()}"
        if kind == "csv":
            response = HttpResponse("\ufeff" + roster.roster_csv(rows), content_type="text/csv; charset=utf-8")
        else:
            response = HttpResponse(
                roster.roster_xlsx(rows, title=_("CE roster")),
                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
        response["Content-Disposition"] = f'attachment; filename="{name}.{kind}"'
        add_never_cache_headers(response)
        return response

"""Credential readiness pages: how far a trainee's hours go toward a credential, and the
credentials they hold with their renewal.

``/learn/readiness/`` shows the logged-in user's own readiness and credentials (and links to the
trainees they supervise); ``/learn/readiness/trainees/<id>/`` shows a trainee's to their
supervisor, to an admin of a site where they train (who may mark a credential verified), or to a
platform admin. Anyone else gets a 404, exactly as for an unknown user. ``?framework=<slug>``
picks the credential (default: the first).

The board packet of the credential shown (``packet.py``), as a PDF or a CSV, is downloaded from
the same page: ``/learn/readiness/packet.pdf`` (and ``.csv``) for one's own, and
``/learn/readiness/trainees/<id>/packet.pdf`` (and ``.csv``) for a trainee's, with the same rule
as the trainee's page (a 404 for anyone else) and of what that viewer may see.
"""
from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST, require_safe

from programs.fields import BoundedDateField

from . import packet, services
from .models import CredentialFramework, HeldCredential
from .selectors import frameworks_for_choice, held_credentials, readiness, readiness_trainee_for, renewal_status, supervised_trainees


class HeldCredentialForm(forms.Form):
    framework = forms.ModelChoiceField(queryset=CredentialFramework.objects.none(), label=gettext_lazy("Board credential"))
    number = forms.CharField(max_length=60, label=gettext_lazy("Credential number"))
    issued_on = BoundedDateField(label=gettext_lazy("Issued on"))
    expires_on = BoundedDateField(label=gettext_lazy("Expires on"))

    def __init__(self, *args, frameworks=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["framework"].queryset = CredentialFramework.objects.filter(pk__in=[f.pk for f in frameworks])
        # Drawn from the frameworks the page already read: no query to show the menu.
        self.fields["framework"].choices = [("", "---------"), *((f.pk, f.name) for f in frameworks)]


def _chosen_framework(request, frameworks):
    """The framework named by ``?framework=``, the first one by default; an unknown slug is a 404."""
    slug = request.GET.get("framework", "").strip()
    if not slug:
        return frameworks[0] if frameworks else None
    for framework in frameworks:
        if framework.slug == slug:
            return framework
    raise Http404("No such credential framework.")


def _render(request, *, trainee, scope=None, extra=None, status=200):
    frameworks = frameworks_for_choice()
    framework = _chosen_framework(request, frameworks)
    is_self = trainee.pk == request.user.pk
    context = {
        "trainee": trainee,
        "is_self": is_self,
        "frameworks": frameworks,
        "framework": framework,
        "scope": scope,
        "readiness": readiness(user=trainee, framework=framework, scope=scope) if framework else None,
        "held": [renewal_status(credential) for credential in held_credentials(trainee)],
        "can_verify": not is_self and services.can_verify(actor=request.user, holder_id=trainee.pk),
    }
    if is_self:
        context["credential_form"] = HeldCredentialForm(frameworks=frameworks)
    context.update(extra or {})
    return TemplateResponse(request, "readiness/readiness.html", context, status=status)


@require_safe
@login_required
def mine(request):
    return _render(request, trainee=request.user, extra={"supervised": supervised_trainees(viewer=request.user)})


@require_safe
@login_required
def trainee(request, user_id: int):
    shown = readiness_trainee_for(viewer=request.user, user_id=user_id)
    if shown is None:
        raise Http404("No such trainee.")
    person, scope = shown
    return _render(request, trainee=person, scope=None if person.pk == request.user.pk else scope)


@require_POST
@login_required
def credential_add(request):
    """The signed-in person records a credential they hold."""
    form = HeldCredentialForm(request.POST, frameworks=frameworks_for_choice())
    if form.is_valid():
        try:
            services.held_credential_record(user=request.user, **form.cleaned_data)
        except services.CredentialError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Your credential is recorded."))
            return redirect("readiness:mine")
    extra = {"supervised": supervised_trainees(viewer=request.user), "credential_form": form}
    return _render(request, trainee=request.user, extra=extra, status=400)


@require_POST
@login_required
def credential_verify(request, credential_id: int):
    """A site admin marks a trainee's credential verified; others get a 404 (nothing revealed)."""
    credential = get_object_or_404(HeldCredential, pk=credential_id)
    try:
        services.held_credential_verify(actor=request.user, credential=credential)
    except PermissionDenied:
        raise Http404("No such credential.") from None
    messages.success(request, _("The credential is marked verified."))
    return redirect("readiness:trainee", user_id=credential.user_id)


# --------------------------------------------------------------------------
# The board packet
# --------------------------------------------------------------------------


def _packet_response(request, *, trainee, scope, kind: str):
    """The packet of ``trainee`` for the framework ``?framework=`` names (the first by default), as a download."""
    framework = _chosen_framework(request, frameworks_for_choice())
    if framework is None:
        raise Http404("No credential framework has been set up.")
    data = packet.packet_data(user=trainee, framework=framework, scope=scope)
    if kind == "pdf":
        response = HttpResponse(packet.packet_pdf(data), content_type="application/pdf")
    else:
        # With a byte order mark, so spreadsheet programs read the names as UTF-8.
        response = HttpResponse("\ufeff" + packet.packet_csv(data), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="board-packet-{framework.slug}-{trainee.pk}.{kind}"'
    response["X-Robots-Tag"] = "noindex, nofollow"
    add_never_cache_headers(response)
    return response


def _trainee_packet(request, user_id: int, kind: str):
    shown = readiness_trainee_for(viewer=request.user, user_id=user_id)
    if shown is None:
        raise Http404("No such trainee.")
    person, scope = shown
    return _packet_response(request, trainee=person, scope=None if person.pk == request.user.pk else scope, kind=kind)


@require_safe
@login_required
def packet_pdf(request):
    return _packet_response(request, trainee=request.user, scope=None, kind="pdf")


@require_safe
@login_required
def packet_csv(request):
    return _packet_response(request, trainee=request.user, scope=None, kind="csv")


@require_safe
@login_required
def trainee_packet_pdf(request, user_id: int):
    return _trainee_packet(request, user_id, "pdf")


@require_safe
@login_required
def trainee_packet_csv(request, user_id: int):
    return _trainee_packet(request, user_id, "csv")

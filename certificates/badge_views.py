"""Digital badges on the web: the trainee's download, what a verifier fetches, and checking one.

What a verifier fetches is public and plain JSON-LD: the issuer's profile, its public key and
its revocation list. A badge is checked on the verification page (``verify_badge``): it says
valid, revoked, tampered with, or not issued here.
"""
from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Site

from . import selectors
from .badges import document, issuing
from .badges.loader import OB_V3P0, VC_V2
from .forms import BadgeForm
from .models import Certificate, IssuerKey
from .views import _private, _rate_limited

JSON_LD = "application/ld+json"


def _json_ld(data: dict, *, max_age: int = 300) -> JsonResponse:
    response = JsonResponse(data, content_type=JSON_LD, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = f"public, max-age={max_age}"
    response["Access-Control-Allow-Origin"] = "*"  # verifiers fetch these from other origins
    return response


@require_GET
def issuer(request, site_id):
    site = get_object_or_404(Site, pk=site_id)
    return _json_ld({"@context": [VC_V2, OB_V3P0], **document.issuer_profile(issuing.issuer_of(site))})


@require_GET
def key(request, public_key):
    found = get_object_or_404(IssuerKey.objects.select_related("site"), public_key_multibase=public_key[:64])
    return _json_ld(issuing.key_record(found))


@require_GET
def status_list(request, site_id):
    site = get_object_or_404(Site, pk=site_id)
    return _json_ld(issuing.status_list(site), max_age=60)


@login_required
@require_GET
def download(request, certificate_id):
    """The signed badge of an issued certificate, for the trainee's digital wallet."""
    certificate = get_object_or_404(Certificate.objects.select_related("enrollment__course", "site"), pk=certificate_id)
    if certificate.status != Certificate.Status.ISSUED or not selectors.can_download(
        user=request.user, certificate=certificate
    ):
        raise Http404
    badge = issuing.badge_issue(certificate)
    response = HttpResponse(badge.document, content_type=f"{JSON_LD}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{certificate.number}-badge.json"'
    return _private(response)


@require_POST
def verify_badge(request):
    """Check a digital badge: its signature, its issuer's key, its place in the revocation list."""
    limited = _rate_limited(request)
    if limited:
        return limited
    form = BadgeForm(request.POST, request.FILES)
    if not form.is_valid():
        return _private(TemplateResponse(request, "certificates/verify_lookup.html", {"badge_form": form}, status=400))
    check = issuing.badge_check(form.badge())
    context = {"check": check}
    if check.certificate is not None:
        context["public"] = selectors.public_record(check.certificate)
    status = 200 if check.state in ("valid", "revoked") else 422
    return _private(TemplateResponse(request, "certificates/verify_badge.html", context, status=status))

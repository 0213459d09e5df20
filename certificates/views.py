"""Certificate pages: public verification, the trainee's certificates, downloads and transcript.

Verification is public but rate-limited per client address, and an unknown,
malformed or not-yet-issued code gets the same plain 404. Downloads stream
the stored file (never re-render) to whoever ``selectors.can_download`` allows
(the rule of ``programs.access``); anyone else gets the 404 of an unknown id.
"""
from __future__ import annotations

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from django.conf import settings

from courses.selectors import legal_name

from . import ratelimit, rendering, selectors, services
from .forms import BadgeForm
from .models import Certificate, ReissueRequest

CODE_RE = re.compile(r"^[a-z2-7]{20,32}$")


def _rate_limited(request):
    allowed = ratelimit.hit(
        scope="verify",
        key=ratelimit.client_address(request),
        limit=settings.CERTIFICATES_VERIFY_RATE_PER_MINUTE,
    )
    if allowed:
        return None
    response = TemplateResponse(request, "certificates/rate_limited.html", status=429)
    response["Retry-After"] = "60"
    return response


def _public_certificate(code: str) -> Certificate:
    code = (code or "").strip().lower()
    if not CODE_RE.match(code):
        raise Http404
    certificate = selectors.certificate_for_verification(code=code)
    if certificate is None:
        raise Http404
    return certificate


def _private(response):
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@require_GET
def verify_lookup(request):
    """A form to type a certificate's verification code (or follow ?code=)."""
    code = request.GET.get("code", "").strip().lower()
    if code:
        if "/" in code:  # cannot be a code, nor a URL segment to redirect to
            return _private(TemplateResponse(request, "certificates/verify_not_found.html", status=404))
        return redirect("certificates:verify", code=code[:64])
    return TemplateResponse(request, "certificates/verify_lookup.html", {"badge_form": BadgeForm()})


@require_GET
def verify(request, code):
    limited = _rate_limited(request)
    if limited:
        return limited
    try:
        certificate = _public_certificate(code)
    except Http404:
        return _private(TemplateResponse(request, "certificates/verify_not_found.html", status=404))
    return _private(
        TemplateResponse(
            request,
            "certificates/verify.html",
            {"certificate": certificate, "public": selectors.public_record(certificate)},
        )
    )


@require_GET
def verify_json(request, code):
    limited = _rate_limited(request)
    if limited:
        return JsonResponse({"error": _("Too many requests; try again in a minute.")}, status=429)
    try:
        certificate = _public_certificate(code)
    except Http404:
        return _private(JsonResponse({"error": _("No certificate has this code.")}, status=404))
    return _private(JsonResponse(selectors.public_record(certificate)))


@login_required
@require_GET
def my_certificates(request):
    return TemplateResponse(
        request,
        "certificates/mine.html",
        {
            "certificates": selectors.certificates_for_user(user=request.user),
            "legal_name": legal_name(request.user),
            "pending_requests": set(
                ReissueRequest.objects.filter(
                    requested_by=request.user, status=ReissueRequest.Status.PENDING
                ).values_list("certificate_id", flat=True)
            ),
        },
    )


@login_required
@require_GET
def detail(request, certificate_id):
    """The certificate as a web page: the copy for screen readers and for sharing (the PDF prints)."""
    certificate = get_object_or_404(Certificate.objects.select_related("enrollment"), pk=certificate_id)
    if not selectors.can_download(user=request.user, certificate=certificate):
        raise Http404
    return _private(
        TemplateResponse(
            request,
            "certificates/detail.html",
            {"certificate": certificate, "public": selectors.public_record(certificate),
             "verify_url": selectors.verification_url(certificate)},
        )
    )


@login_required
@require_GET
def download(request, certificate_id):
    certificate = get_object_or_404(Certificate.objects.select_related("enrollment"), pk=certificate_id)
    if not selectors.can_download(user=request.user, certificate=certificate):
        raise Http404
    if not certificate.pdf:
        raise Http404
    response = FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=f"{certificate.number}.pdf",
        content_type="application/pdf",
    )
    return _private(response)


@login_required
@require_POST
def request_reissue(request, certificate_id):
    certificate = get_object_or_404(
        Certificate.objects.select_related("enrollment"), pk=certificate_id, enrollment__user=request.user
    )
    try:
        services.reissue_request_create(
            certificate=certificate,
            user=request.user,
            requested_name=request.POST.get("requested_name", "")[:200],
            reason=request.POST.get("reason", "")[:2000],
        )
    except services.CertificateError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your request was sent. A program administrator will review it."))
    return redirect("certificates:mine")


@login_required
@require_GET
def transcript(request):
    pdf = rendering.render_transcript(selectors.transcript_data(user=request.user))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="hours-transcript.pdf"'
    return _private(response)

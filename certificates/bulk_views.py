"""Pages of the bulk download of certificates (``certificates.bulk``): the form, the job's status
page, and the ZIP itself.

* ``bulk_download`` (GET) shows the filters; a POST that selects certificates creates the job,
  enqueues its build once the transaction commits and answers ``303 See Other`` to the status
  page. Bad input is a 400 with the form's errors; a selection that is empty or too large is
  said on the form and creates nothing.
* ``bulk_download_status`` shows the job. While it is prepared, a small script
  (``certificates/bulk_status.js``) polls the file URL and reloads the page once it answers;
  without JavaScript, the page refreshes itself and has a plain "refresh" link.
* ``bulk_download_file`` answers ``409 Conflict`` (a short JSON body, ``Retry-After``) while the
  ZIP is being prepared, ``410 Gone`` once it failed or expired, and then serves it as an
  attachment; every download is audit-logged. HEAD answers the same status without the file
  and without logging (that is what the script polls with).

Only platform admins, site admins and supervisors of at least one trainee may use them (403
for anyone else); a job is visible to its requester only (404 for anyone else, as for an
unknown id).
"""
from __future__ import annotations

import logging
from functools import partial

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import FileResponse, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language, gettext as _, gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from courses.models import CoursePage
from programs.fields import BoundedDateField

from . import bulk
from .models import BulkDownload
from .tasks import build_bulk_download

logger = logging.getLogger(__name__)

POLL_SECONDS = 5  # Retry-After of a 409, and the refresh of the status page without JavaScript


def _private(response):
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _require_allowed(request):
    if not bulk.may_bulk_download(request.user):
        raise PermissionDenied("Only program administrators and supervisors download certificates in bulk.")


def _own_download(request, download_id) -> BulkDownload:
    return get_object_or_404(BulkDownload, pk=download_id, requested_by=request.user)


def _course_label(course: CoursePage) -> str:
    return f"{course.title} ({course.code})" if course.code else course.title


class BulkDownloadForm(forms.Form):
    """The filters; ids must be among the user's choices (another site's cohort is not)."""

    site = forms.TypedChoiceField(
        label=gettext_lazy("Program site"), required=False, coerce=int, empty_value=None,
        error_messages={"invalid_choice": gettext_lazy("Unknown program site.")},
    )
    course = forms.TypedChoiceField(
        label=gettext_lazy("Course"), required=False, coerce=int, empty_value=None,
        error_messages={"invalid_choice": gettext_lazy("Unknown course.")},
    )
    cohort = forms.TypedChoiceField(
        label=gettext_lazy("Cohort"), required=False, coerce=int, empty_value=None,
        error_messages={"invalid_choice": gettext_lazy("Unknown cohort.")},
    )
    completed_from = BoundedDateField(label=gettext_lazy("Completed on or after"), required=False)
    completed_to = BoundedDateField(label=gettext_lazy("Completed on or before"), required=False)

    def __init__(self, *args, options: bulk.BulkOptions, **kwargs):
        super().__init__(*args, **kwargs)
        self.options = options
        self.fields["site"].choices = [("", _("All my program sites"))] + [
            (site.pk, site.site_name or site.hostname) for site in options.sites
        ]
        self.fields["course"].choices = [("", _("All courses"))] + [
            (course.pk, _course_label(course)) for course in options.courses
        ]
        self.fields["cohort"].choices = [("", _("All cohorts"))] + [
            (cohort.pk, f"{cohort.name} ({cohort.course.title})") for cohort in options.cohorts
        ]
        if len(options.sites) < 2:
            del self.fields["site"]

    def clean(self):
        data = super().clean()
        start, end = data.get("completed_from"), data.get("completed_to")
        if start and end and start > end:
            self.add_error("completed_to", _("The end of the period comes before its start."))
        cohort_id, site_id = data.get("cohort"), data.get("site")
        if cohort_id is not None:
            cohort = next(c for c in self.options.cohorts if c.pk == cohort_id)
            if site_id is not None and cohort.site_id != site_id:
                self.add_error("cohort", _("This cohort belongs to another program site."))
        return data

    def filters(self) -> bulk.BulkFilters:
        data = self.cleaned_data
        return bulk.BulkFilters(
            site=data.get("site"), course=data.get("course"), cohort=data.get("cohort"),
            completed_from=data.get("completed_from"), completed_to=data.get("completed_to"),
        )


def _enqueue(download_id: int) -> None:
    """Hand the build to Celery; if the broker is down the job waits (its page says so)."""
    try:
        build_bulk_download.delay(download_id)
    except Exception:  # the broker is unreachable: never fail the request for it
        logger.warning("could not enqueue bulk download=%s", download_id, exc_info=True)


def _form_page(request, form, status=200):
    context = {
        "form": form,
        "max_certificates": bulk.max_certificates(),
        "keep_hours": int(bulk.BULK_DOWNLOAD_KEEP.total_seconds() // 3600),
        "downloads": bulk.recent_downloads(user=request.user),
    }
    return _private(TemplateResponse(request, "certificates/bulk_form.html", context, status=status))


@login_required
@require_http_methods(["GET", "POST"])
def bulk_download(request):
    _require_allowed(request)
    options = bulk.bulk_options(user=request.user)
    if request.method != "POST":
        return _form_page(request, BulkDownloadForm(options=options))
    form = BulkDownloadForm(request.POST, options=options)
    if not form.is_valid():
        return _form_page(request, form, status=400)
    try:
        download = bulk.bulk_download_request(user=request.user, filters=form.filters(), language=get_language())
    except bulk.BulkDownloadError as error:
        form.add_error(None, str(error))
        return _form_page(request, form)
    transaction.on_commit(partial(_enqueue, download.pk))
    response = HttpResponseRedirect(reverse("certificates:bulk_download_status", args=[download.pk]))
    response.status_code = 303  # See Other: the status page is fetched with GET
    return response


@login_required
@require_GET
def bulk_download_status(request, download_id):
    _require_allowed(request)
    download = _own_download(request, download_id)
    filters = bulk.BulkFilters.from_json(download.filters)
    context = {
        "download": download,
        "filters": filters,
        "course": CoursePage.objects.filter(pk=filters.course).first() if filters.course else None,
        "cohort": bulk.cohort_model().objects.filter(pk=filters.cohort).first() if filters.cohort else None,
        "active": download.status in BulkDownload.ACTIVE_STATUSES,
        "poll_seconds": POLL_SECONDS,
        "file_url": reverse("certificates:bulk_download_file", args=[download.pk]),
    }
    return _private(TemplateResponse(request, "certificates/bulk_status.html", context))


@login_required
@require_http_methods(["GET", "HEAD"])
def bulk_download_file(request, download_id):
    _require_allowed(request)
    download = _own_download(request, download_id)
    if download.status in BulkDownload.ACTIVE_STATUSES:
        response = JsonResponse(
            {"status": download.status, "detail": _("The ZIP is being prepared. Try again in a moment.")}, status=409
        )
        response["Retry-After"] = str(POLL_SECONDS)
        return _private(response)
    gone = JsonResponse(
        {"status": download.status, "detail": _("This download is not available. Request a new one.")}, status=410
    )
    if download.status != BulkDownload.Status.READY or not download.file:
        return _private(gone)
    if request.method == "HEAD":
        return _private(HttpResponse(content_type="application/zip"))
    try:
        handle = bulk.bulk_download_open(download=download, user=request.user)
    except OSError:
        logger.warning("bulk download=%s: its ZIP is missing from storage", download.pk)
        return _private(gone)
    response = FileResponse(
        handle, as_attachment=True, filename=f"certificates-{download.pk}.zip", content_type="application/zip"
    )
    return _private(response)

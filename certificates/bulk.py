"""Bulk download of certificates: many issued certificates' stored PDFs in one ZIP.

Who may ask, and for which certificates:

* site admins, for the certificates of the sites where they hold the role, and platform
  admins, for all: the certificate admin's scoping (``selectors.managed_certificates``),
  built here from the same ``programs.roles.sites_for`` (the Celery task imports this module,
  and tasks may not import the admin views);
* supervisors, for the certificates of the trainees assigned to them, within what
  ``programs.access`` lets them see of each (the site of the assignment, or every site while
  the trainee shares their other programs' records with them): the supervision dashboard's rule.

The flow: ``bulk_download_request`` freezes the selection (the ids of the issued certificates
the filters choose, at most ``max_certificates()``) in a ``BulkDownload`` row; the view enqueues
``tasks.build_bulk_download`` on commit, whose body is ``bulk_download_build``. The build asks
the rule again for every certificate (a certificate revoked, reissued or no longer visible to the
requester since the request is left out and counted as skipped), writes the PDFs exactly as
stored plus a ``manifest.csv`` into a temporary file, and saves it to the default storage under
``bulk-downloads/<id>/``. The build is idempotent: a finished job is left alone, and a claim (a
conditional update of the status) lets only one run build at a time; a claim older than the
Celery hard time limit belonged to a run that died and may be taken over. ZIPs are deleted
``BULK_DOWNLOAD_KEEP`` after they were built. Each download of a ready ZIP is audit-logged
(``bulk_download_open``).
"""
from __future__ import annotations

import csv
import hashlib
import io
import logging
import re
import tempfile
import zipfile
from dataclasses import asdict, dataclass
from datetime import date, timedelta

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import InterfaceError, OperationalError, transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from courses.display import csv_safe
from courses.models import CoursePage, Enrollment
from programs import access
from programs.audit import audit_record
from programs.models import SiteRole, SupervisorAssignment
from programs.roles import Role, is_platform_admin, sites_for

from .models import BulkDownload, Certificate
from .selectors import managed_certificates

logger = logging.getLogger(__name__)

BULK_DOWNLOAD_KEEP = timedelta(hours=24)  # how long a built ZIP stays available
MAX_ACTIVE_PER_USER = 3  # downloads waiting or being prepared at once, per person
CHUNK = 500  # ids per query (SQLite's limit on query parameters)
AUDIT_ACTION = "certificate.bulk_downloaded"
MANIFEST_NAME = "manifest.csv"
# Errors that go away by themselves: the build gives its claim back and the task retries.
TRANSIENT = (OperationalError, InterfaceError, ConnectionError, TimeoutError)


class BulkDownloadError(Exception):
    """A refused request; ``str(error)`` is a message for the person."""


def max_certificates() -> int:
    """The most certificates one ZIP holds (``CERTIFICATES_BULK_MAX``, 2,000 by default)."""
    return getattr(settings, "CERTIFICATES_BULK_MAX", 2000)


def claim_seconds() -> int:
    """How long a build's claim holds: past the Celery hard time limit, its run is dead."""
    return int(getattr(settings, "CELERY_TASK_TIME_LIMIT", None) or 300) + 60


# --------------------------------------------------------------------------
# Who may download what
# --------------------------------------------------------------------------


def may_bulk_download(user) -> bool:
    """Platform admins, site admins of a site, and supervisors of at least one trainee."""
    if not user.is_authenticated or not user.is_active:
        return False
    if is_platform_admin(user) or sites_for(user, Role.SITE_ADMIN).exists():
        return True
    return SupervisorAssignment.objects.in_force().filter(supervisor=user).exists()


def visible_certificates(user):
    """Every certificate (of any status) ``user`` may bulk-download: as site or platform admin
    (``managed_certificates``) or as supervisor (``programs.access``, as the supervision
    dashboard). A fixed number of queries, whatever the number of trainees."""
    if not user.is_authenticated or not user.is_active:
        return Certificate.objects.none()
    managed = managed_certificates(user)
    if is_platform_admin(user):
        return managed
    trainee_ids = sorted(set(SupervisorAssignment.objects.in_force().filter(supervisor=user).values_list("trainee_id", flat=True)))
    scopes = access.record_scopes(viewer=user, trainee_ids=trainee_ids) if trainee_ids else {}
    if not scopes:
        return managed
    supervised = Certificate.objects.filter(access.records_q(scopes, user_field="enrollment__user_id", site_field="site"))
    return managed | supervised


# --------------------------------------------------------------------------
# Filters and the selection
# --------------------------------------------------------------------------


@dataclass
class BulkFilters:
    """What the form chose; ``None`` means any."""

    site: int | None = None
    course: int | None = None
    cohort: int | None = None
    completed_from: date | None = None
    completed_to: date | None = None

    def as_json(self) -> dict:
        return {key: (value.isoformat() if isinstance(value, date) else value) for key, value in asdict(self).items()}

    @classmethod
    def from_json(cls, data: dict) -> BulkFilters:
        data = data or {}
        days = {key: date.fromisoformat(data[key]) if data.get(key) else None for key in ("completed_from", "completed_to")}
        return cls(site=data.get("site"), course=data.get("course"), cohort=data.get("cohort"), **days)


def cohort_model():
    """The cohorts app's ``Cohort``, reached through the enrollment's foreign key (certificates sit
    below the cohorts app and do not import it)."""
    return Enrollment._meta.get_field("cohort").related_model


@dataclass
class BulkOptions:
    """The choices of the form: the user's sites, the cohorts of those sites, and the courses
    of the certificates they may download."""

    sites: list
    cohorts: list
    courses: list


def bulk_options(*, user) -> BulkOptions:
    """Three queries (sites, cohorts, courses), whatever the amount of data."""
    if is_platform_admin(user):
        sites = Site.objects.all()
    else:
        roles = SiteRole.objects.filter(user=user, role__in=(Role.SITE_ADMIN, Role.SUPERVISOR)).values("site_id")
        sites = Site.objects.filter(pk__in=roles)
    sites = list(sites.order_by("site_name", "hostname", "pk"))
    cohorts = list(
        cohort_model().objects.filter(site__in=[s.pk for s in sites]).select_related("course").order_by("name", "pk")
    )
    certificate_courses = visible_certificates(user).filter(status=Certificate.Status.ISSUED).values("enrollment__course_id")
    courses = list(CoursePage.objects.filter(pk__in=certificate_courses).order_by("title", "pk"))
    return BulkOptions(sites=sites, cohorts=cohorts, courses=courses)


def bulk_selection(*, user, filters: BulkFilters):
    """The issued certificates with a stored PDF that ``user`` may download and ``filters`` choose,
    in the order of the ZIP (site, number)."""
    selected = visible_certificates(user).filter(status=Certificate.Status.ISSUED).exclude(pdf="")
    if filters.site is not None:
        selected = selected.filter(site_id=filters.site)
    if filters.course is not None:
        selected = selected.filter(enrollment__course_id=filters.course)
    if filters.cohort is not None:
        selected = selected.filter(enrollment__cohort_id=filters.cohort)
    if filters.completed_from is not None:
        selected = selected.filter(completed_on__gte=filters.completed_from)
    if filters.completed_to is not None:
        selected = selected.filter(completed_on__lte=filters.completed_to)
    return selected.order_by("site_id", "number", "pk")


# --------------------------------------------------------------------------
# Request
# --------------------------------------------------------------------------


def bulk_download_request(*, user, filters: BulkFilters, language: str | None = None) -> BulkDownload:
    """Freeze the selection in a new job (the caller enqueues its build on commit).

    Refused (``BulkDownloadError``) when nothing matches, when more than ``max_certificates()``
    match, or while the user already has ``MAX_ACTIVE_PER_USER`` downloads being prepared.
    """
    if not may_bulk_download(user):
        raise BulkDownloadError(_("Only program administrators and supervisors can download certificates in bulk."))
    limit = max_certificates()
    ids = list(bulk_selection(user=user, filters=filters).values_list("pk", flat=True)[: limit + 1])
    if not ids:
        raise BulkDownloadError(_("No issued certificates match these filters, so there is nothing to download."))
    if len(ids) > limit:
        raise BulkDownloadError(
            _("More than %(max)s certificates match these filters. Narrow them (a course, a cohort or fewer dates) "
              "and download in several parts.") % {"max": f"{limit:,}"}
        )
    with transaction.atomic():
        active = BulkDownload.objects.filter(requested_by=user, status__in=BulkDownload.ACTIVE_STATUSES).count()
        if active >= MAX_ACTIVE_PER_USER:
            raise BulkDownloadError(
                _("You already have %(count)s downloads being prepared. Wait until they are ready.") % {"count": active}
            )
        download = BulkDownload.objects.create(
            requested_by=user,
            filters=filters.as_json(),
            certificate_ids=ids,
            requested_count=len(ids),
            language=(language or translation.get_language() or settings.LANGUAGE_CODE)[:10],
        )
    logger.info("bulk download requested download=%s by=%s certificates=%s", download.pk, user.pk, len(ids))
    return download


def recent_downloads(*, user, limit: int = 10) -> list[BulkDownload]:
    return list(BulkDownload.objects.filter(requested_by=user).order_by("-created_at", "-pk")[:limit])


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------


def manifest_csv(rows) -> bytes:
    """``manifest.csv``: one line per (certificate, file name in the ZIP), in the active language."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([_("Number"), _("Name"), _("Course"), _("Hours"), _("Completed"), _("Status"), _("File")])
    for certificate, name in rows:
        writer.writerow([
            csv_safe(certificate.number),
            csv_safe(certificate.name_on_certificate),
            csv_safe(certificate.course_title),
            f"{certificate.total_minutes / 60:.2f}",
            certificate.completed_on.isoformat(),
            str(certificate.get_status_display()),
            csv_safe(name),
        ])
    return buffer.getvalue().encode("utf-8")


UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def entry_name(certificate: Certificate, taken: set[str]) -> str:
    """``<number>-v<version>.pdf``, made safe for a file name; certificate numbers are unique per
    site only, so a second site's same number gets its site id added."""
    stem = UNSAFE_NAME.sub("_", f"{certificate.number}-v{certificate.version}").strip("._") or f"certificate-{certificate.pk}"
    name = f"{stem}.pdf"
    if name in taken:
        name = f"{stem}-site{certificate.site_id}.pdf"
    if name in taken:
        name = f"{stem}-{certificate.pk}.pdf"
    taken.add(name)
    return name


def _stored_pdf(certificate: Certificate) -> bytes | None:
    """The certificate's stored PDF, or None if it cannot be read or is not what was issued."""
    try:
        with certificate.pdf.open("rb") as handle:
            data = handle.read()
    except (OSError, ValueError):
        logger.warning("bulk download: the PDF of certificate=%s cannot be read", certificate.pk)
        return None
    if certificate.pdf_sha256 and hashlib.sha256(data).hexdigest() != certificate.pdf_sha256:
        logger.warning("bulk download: the PDF of certificate=%s does not match its checksum", certificate.pk)
        return None
    return data


def _still_visible(download: BulkDownload) -> list[Certificate]:
    """The job's certificates that are still issued and that its requester may still download."""
    ids = [int(pk) for pk in download.certificate_ids]
    visible = visible_certificates(download.requested_by).filter(status=Certificate.Status.ISSUED).exclude(pdf="")
    certificates = []
    for start in range(0, len(ids), CHUNK):
        certificates.extend(visible.filter(pk__in=ids[start:start + CHUNK]))
    return sorted(certificates, key=lambda c: (c.site_id, c.number, c.pk))


def _write_zip(download: BulkDownload, handle) -> tuple[int, set[int]]:
    """Write the ZIP into ``handle``; (certificates included, their sites)."""
    rows, taken, site_ids = [], {MANIFEST_NAME}, set()
    with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_STORED) as archive:
        for certificate in _still_visible(download):
            data = _stored_pdf(certificate)
            if data is None:
                continue
            name = entry_name(certificate, taken)
            stamp = timezone.localtime(certificate.issued_at or timezone.now())
            archive.writestr(zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6]), data)
            rows.append((certificate, name))
            site_ids.add(certificate.site_id)
        if rows:
            with translation.override(download.language):
                manifest = manifest_csv(rows)
            info = zipfile.ZipInfo(MANIFEST_NAME, date_time=timezone.localtime().timetuple()[:6])
            archive.writestr(info, manifest, compress_type=zipfile.ZIP_DEFLATED)
    return len(rows), site_ids


def _claim(download_id: int) -> BulkDownload | None:
    """Take the job for this run: a waiting one, or one whose earlier run's claim has lapsed. None
    when the job is finished, gone, or being built by another run."""
    now = timezone.now()
    lapsed = now - timedelta(seconds=claim_seconds())
    claimable = Q(status=BulkDownload.Status.PENDING) | Q(status=BulkDownload.Status.RUNNING, started_at__lt=lapsed)
    if not BulkDownload.objects.filter(claimable, pk=download_id).update(status=BulkDownload.Status.RUNNING, started_at=now):
        return None
    return BulkDownload.objects.select_related("requested_by").get(pk=download_id)


def _finish(download: BulkDownload, **fields) -> bool:
    """Record the outcome if this run still holds the claim; False if it lost it meanwhile."""
    return bool(
        BulkDownload.objects.filter(
            pk=download.pk, status=BulkDownload.Status.RUNNING, started_at=download.started_at
        ).update(finished_at=timezone.now(), **fields)
    )


def bulk_download_build(*, download_id: int) -> BulkDownload | None:
    """Build the job's ZIP once. Returns the job as it now is (None if it no longer exists).

    A finished job is returned unchanged; a job another run is building is returned still
    ``running`` (the task retries when that run's claim lapses). A transient error (the
    database, the storage's network) gives the claim back and is raised, for the task to retry;
    any other error marks the job failed.
    """
    bulk_download_expire()
    download = _claim(download_id)
    if download is None:
        return BulkDownload.objects.filter(pk=download_id).first()
    name = None
    try:
        with tempfile.TemporaryFile() as handle:
            included, site_ids = _write_zip(download, handle)
            if included:
                handle.seek(0)
                name = default_storage.save(f"bulk-downloads/{download.pk}/certificates-{download.pk}.zip", File(handle))
        skipped = download.requested_count - included
        with transaction.atomic():
            if included:
                won = _finish(download, status=BulkDownload.Status.READY, file=name, included_count=included,
                              skipped_count=skipped, site_id=site_ids.pop() if len(site_ids) == 1 else None, error="")
            else:
                won = _finish(download, status=BulkDownload.Status.FAILED, included_count=0, skipped_count=skipped,
                              error="None of the selected certificates can be included any more.")
    except TRANSIENT:
        if name:
            default_storage.delete(name)
        BulkDownload.objects.filter(pk=download.pk, started_at=download.started_at).update(
            status=BulkDownload.Status.PENDING, started_at=None
        )
        raise
    except Exception as error:  # noqa: BLE001 - recorded on the job, logged with its traceback
        logger.exception("bulk download=%s failed", download.pk)
        if name:
            default_storage.delete(name)
        _finish(download, status=BulkDownload.Status.FAILED, error=f"{type(error).__name__}: {error}"[:1000])
        download.refresh_from_db()
        return download
    if not won and name:
        default_storage.delete(name)  # another run took the job over meanwhile; its file stands
    download.refresh_from_db()
    logger.info("bulk download built download=%s status=%s included=%s skipped=%s",
                download.pk, download.status, download.included_count, download.skipped_count)
    return download


def bulk_downloads_waiting(*, older_than_seconds: int | None = None) -> list[int]:
    """Jobs still pending after the grace period: their message was lost (the broker was down
    when they were asked for). The beat sweep enqueues them again."""
    seconds = settings.CERTIFICATES_PENDING_GRACE_SECONDS if older_than_seconds is None else older_than_seconds
    cutoff = timezone.now() - timedelta(seconds=seconds)
    return list(
        BulkDownload.objects.filter(status=BulkDownload.Status.PENDING, created_at__lte=cutoff)
        .order_by("pk").values_list("pk", flat=True)[:100]
    )


def claim_expires_in(download: BulkDownload) -> int:
    """Seconds until a running job's claim lapses (at least 1)."""
    if download.started_at is None:
        return 1
    remaining = download.started_at + timedelta(seconds=claim_seconds()) - timezone.now()
    return max(1, int(remaining.total_seconds()) + 1)


def bulk_download_expire(*, keep: timedelta = BULK_DOWNLOAD_KEEP) -> int:
    """Delete the ZIPs built longer than ``keep`` ago (their jobs stay, marked expired). Returns how many."""
    cutoff = timezone.now() - keep
    expired = 0
    for download in BulkDownload.objects.filter(status=BulkDownload.Status.READY, finished_at__lt=cutoff)[:100]:
        if BulkDownload.objects.filter(pk=download.pk, status=BulkDownload.Status.READY).update(
            status=BulkDownload.Status.EXPIRED, file=""
        ):
            if download.file:
                default_storage.delete(download.file.name)
            expired += 1
    return expired


# --------------------------------------------------------------------------
# Download
# --------------------------------------------------------------------------


def bulk_download_open(*, download: BulkDownload, user):
    """Open the ready ZIP for its requester and audit-log the download. Raises ``OSError`` when
    the file is gone (nothing is logged then)."""
    if download.requested_by_id != user.pk or download.status != BulkDownload.Status.READY or not download.file:
        raise FileNotFoundError(download.pk)
    handle = default_storage.open(download.file.name, "rb")
    audit_record(
        action=AUDIT_ACTION,
        target=f"bulk download {download.pk} ({download.included_count} certificates)",
        actor=user,
        site=download.site_id,
        details={"download": download.pk, "certificates": download.included_count,
                 "skipped": download.skipped_count, "filters": download.filters},
    )
    return handle

"""Celery tasks for certificates: thin, idempotent wrappers that take ids.

Delivery is at-least-once (late acks, re-queued when a worker dies), so each
task may run more than once, or in two workers at once; the services make that
safe (row lock + status check + database constraints).
"""
from smtplib import SMTPException

from celery import shared_task
from django.db import InterfaceError, OperationalError

from . import bulk, services

TRANSIENT = (OperationalError, InterfaceError, SMTPException, ConnectionError, TimeoutError)


@shared_task(
    acks_late=True,
    autoretry_for=TRANSIENT,
    retry_backoff=2,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=12,
)
def issue_certificate(certificate_id: int) -> None:
    services.certificate_issue(certificate_id=certificate_id)


@shared_task(acks_late=True)
def sweep_pending_certificates() -> int:
    """Beat task: re-enqueue certificates, and bulk downloads, a broker outage or a worker crash
    left behind."""
    for download_id in bulk.bulk_downloads_waiting():
        build_bulk_download.delay(download_id)
    return len(services.certificate_sweep_pending())


@shared_task(
    bind=True,
    acks_late=True,
    autoretry_for=TRANSIENT,
    retry_backoff=2,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=12,
)
def build_bulk_download(self, download_id: int) -> None:
    """Build a bulk download's ZIP (``bulk.bulk_download_build``). Found still being built by
    another run (a duplicate message, or a run that died holding the claim), it comes back
    when that run's claim lapses."""
    download = bulk.bulk_download_build(download_id=download_id)
    if download is not None and download.status == download.Status.RUNNING and not self.request.is_eager:
        raise self.retry(countdown=bulk.claim_expires_in(download))

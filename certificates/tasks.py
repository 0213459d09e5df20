"""Celery tasks for certificates: thin, idempotent wrappers that take ids.

Delivery is at-least-once (late acks, re-queued when a worker dies), so each
task may run more than once, or in two workers at once; the services make that
safe (row lock + status check + database constraints).
"""
from smtplib import SMTPException

from celery import shared_task
from django.db import InterfaceError, OperationalError

from . import services

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
    """Beat task: re-enqueue certificates a broker outage or a worker crash left behind."""
    return len(services.certificate_sweep_pending())

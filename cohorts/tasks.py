"""Celery tasks of the learning flow: thin wrappers that take ids."""
from smtplib import SMTPException

from celery import shared_task
from django.db import InterfaceError, OperationalError

from . import invitations

TRANSIENT = (OperationalError, InterfaceError, SMTPException, ConnectionError, TimeoutError)


@shared_task(acks_late=True, autoretry_for=TRANSIENT, retry_backoff=2, retry_backoff_max=600, retry_jitter=True,
             max_retries=12)
def send_cohort_invitation(invitation_id: int) -> bool:
    """E-mail one invitation (nothing if it was answered or withdrawn meanwhile)."""
    return invitations.invitation_send_email(invitation_id=invitation_id)

"""Celery tasks of the supervision app: thin wrappers over the services, safe to run twice."""
from celery import shared_task

from . import digest


@shared_task(acks_late=True)
def send_supervisor_digests() -> int:
    """Beat task (hourly): the weekly digest of each supervisor whose day is today, each sent once
    a week (``supervision.digest``: the sent-log makes running it again, or in two workers at once,
    send nothing more)."""
    return digest.digest_send_due()

"""Celery tasks of the readiness app: thin wrappers over the services, safe to run twice."""
from celery import shared_task

from . import services


@shared_task(acks_late=True)
def send_renewal_reminders() -> int:
    """Beat task (daily): the 90- and 30-day expiry reminders, each sent once."""
    return services.renewal_reminders_send()

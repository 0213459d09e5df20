"""What the cohorts app does when something happens (connected in ``apps.py``)."""
import logging

from .tasks import send_cohort_invitation

logger = logging.getLogger(__name__)


def enqueue_invitation_email(sender, invitation_id, **kwargs):
    """``invitation_created``: hand the e-mail to Celery; with the broker down the invitee still
    finds the invitation on their dashboard."""
    try:
        send_cohort_invitation.delay(invitation_id)
    except Exception:
        logger.warning("could not enqueue invitation=%s", invitation_id, exc_info=True)

"""What the certificates app does when something happens elsewhere (connected in ``apps.py``)."""
import logging

from . import services
from .tasks import issue_certificate

logger = logging.getLogger(__name__)


def request_certificate(sender, enrollment, **kwargs):
    """``courses.signals.enrollment_completed``: create the pending certificate (issued on commit)."""
    services.certificate_request(enrollment=enrollment)


def enqueue_issue(sender, certificate_id, **kwargs):
    """``certificate_pending``: hand the issue to Celery; if the broker is down, the sweep picks
    it up later."""
    try:
        issue_certificate.delay(certificate_id)
    except Exception:  # broker unreachable: never fail the trainee's request for it
        logger.warning("could not enqueue certificate=%s; the sweep will retry", certificate_id, exc_info=True)

"""The Celery application.

Configuration comes from Django settings (``CELERY_*``). When
``CELERY_BROKER_URL`` is unset, tasks run eagerly in the calling process, so
the embedded default needs no Redis; set it to use real workers.
"""
import os

from celery import Celery
from celery.signals import celeryd_init, setup_logging
from celery.utils.log import get_multiprocessing_logger

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coachtraining.settings.base")

app = Celery("coachtraining")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@celeryd_init.connect
@setup_logging.connect
def _log_as_the_project_does(**kwargs):
    """Worker and beat log through the project's ``LOGGING`` (one JSON object per line with
    ``LOG_FORMAT=json``, level ``LOG_LEVEL``) rather than a format of their own: Celery leaves
    logging alone when ``setup_logging`` has a receiver. Done at ``celeryd_init`` too, so the
    worker's first warnings (e.g. running as root) are log records as well, as Celery's own
    set-up would make them. Start them with ``celery --quiet`` (no banner)."""
    import logging

    from django.conf import settings
    from django.utils.log import configure_logging

    configure_logging(settings.LOGGING_CONFIG, settings.LOGGING)
    logging.captureWarnings(True)
    # The pool's own logger (billiard's "multiprocessing", e.g. "Process … exited with 'exitcode 15'"
    # as the worker stops) does not propagate: Celery's set-up would give it handlers; send it to ours.
    pool_logger = get_multiprocessing_logger()
    pool_logger.propagate = True
    pool_logger.setLevel(logging.WARNING)

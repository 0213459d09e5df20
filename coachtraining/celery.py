"""The Celery application.

Configuration comes from Django settings (``CELERY_*``). When
``CELERY_BROKER_URL`` is unset, tasks run eagerly in the calling process, so
the embedded default needs no Redis; set it to use real workers.
"""
import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coachtraining.settings.base")

app = Celery("coachtraining")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

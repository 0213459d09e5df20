"""WSGI entry point (gunicorn coachtraining.wsgi)."""
import logging
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coachtraining.settings.base")
application = get_wsgi_application()
# Python warnings become log records (logger ``py.warnings``), so with LOG_FORMAT=json they are JSON
# lines like the rest, not raw text in the stream; Celery's processes do the same (coachtraining.celery).
logging.captureWarnings(True)

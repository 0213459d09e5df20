"""Settings for Celery worker processes started by integration tests.

The test passes the test database (``DATABASE_URL``), the broker, the media
folder and a folder for e-mails through the environment; e-mails are written
as files so the test can count them.
"""
import os

os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("SECRET_KEY", "test-only-secret-key")

from coachtraining.settings.base import *  # noqa: E402,F403

EMAIL_BACKEND = os.environ.get("WORKER_EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
EMAIL_FILE_PATH = os.environ["TEST_EMAIL_DIR"]
PUBLIC_BASE_URL = ""
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tests keep no connection open between tasks (the test database is flushed and
# dropped under the workers); the benchmark keeps them, as production does.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("WORKER_CONN_MAX_AGE", "0"))  # noqa: F405

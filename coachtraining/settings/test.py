"""Settings for the test suite: fast hashing, in-memory e-mail, eager tasks.

``DATABASE_URL`` still selects the database, so the same suite runs on SQLite
(default) and PostgreSQL.
"""
import os

os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("SECRET_KEY", "test-only-secret-key")
os.environ.pop("CELERY_BROKER_URL", None)

from .base import *  # noqa: E402,F403

DEBUG = False
ALLOWED_HOSTS = ["*"]
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
CELERY_TASK_ALWAYS_EAGER = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
PUBLIC_BASE_URL = ""  # links are built from each site's hostname, as in production

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file (not shared-cache memory) so that threaded tests get real
    # connections with WAL and the busy timeout, as in production.
    # One file per process, so two test runs on one machine never share it.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")}

# Tests read logs through pytest's capture; no console handler (it would
# outlive pytest's per-test streams and print "I/O operation on closed file").
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "INFO", "handlers": []}}

# Serve static files from the apps (no collectstatic in tests), as in development.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

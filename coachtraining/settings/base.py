"""Project settings, read from environment variables (12-factor).

Every deployment-specific value comes from the environment; the defaults give
a safe, self-contained development setup (SQLite under ``var/``, tasks run
eagerly, e-mail printed to the console). See README.md "Configuration".
"""
import json
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from ._env import env, env_bool, env_int, env_list

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env("VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off (set DEBUG=1 for local development)."
        )
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    # Ours, from the base up: each app imports only the ones listed below it.
    "backup",
    "demo",
    "readiness",
    "supervision",
    "cohorts",
    "materials",
    "certificates",
    "courses",
    "programs",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.locales",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "programs.language.SiteLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "coachtraining.middleware.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: turns a locked-out login attempt into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "coachtraining.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "programs.context_processors.navigation",
                "courses.context_processors.page_translations",
            ],
        },
    },
]

WSGI_APPLICATION = "coachtraining.wsgi.application"

# Database: DATABASE_URL, e.g. postgres://user:pass@host:5432/coachtraining.
VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{VAR_DIR / 'coachtraining.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent writers (web, workers) wait instead of failing with
    # "database is locked"; IMMEDIATE transactions take the write lock up front.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
    # The ledger's covering indexes (courses.models) carry INCLUDE columns for PostgreSQL; SQLite
    # indexes their key columns and ignores the rest, as this check warns.
    SILENCED_SYSTEM_CHECKS = ["models.W040"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Login throttling (django-axes): after AXES_FAILURE_LIMIT failed logins for one
# account from one address, that pair is locked out for the cool-off period.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "programs.accounts.axes_username"
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "courses:dashboard"
LOGOUT_REDIRECT_URL = "/"

# The interface speaks English and Spanish. The language is, in order: the one saved on a signed-in
# user's profile, the visible switch (a cookie), the browser's Accept-Language, then English.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates in our own formats per language (coachtraining/formats/<lang>/formats.py).
FORMAT_MODULE_PATH = ["coachtraining.formats"]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Course pages have translations (Wagtail's localisation): a page in Spanish is the same page as
# its English source, for enrollment, progress, hours and certificates.
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
TIME_ZONE = env("TIME_ZONE", "America/New_York")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "static")))
MEDIA_URL = env("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(VAR_DIR / "media")))
# Uploaded images: served from MEDIA_ROOT by the app itself (coachtraining/media.py) unless a proxy
# or CDN in front serves MEDIA_URL (then SERVE_MEDIA=0). Only these folders; certificate PDFs,
# which the same storage holds, are served by the certificate views to those allowed.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
MEDIA_PUBLIC_PREFIXES = ("images/", "original_images/")
# The storage behind uploads and certificate PDFs (read back through the storage API only), e.g.
# MEDIA_STORAGE_BACKEND=storages.backends.s3.S3Storage with MEDIA_STORAGE_OPTIONS='{"bucket_name": …}'
# after installing django-storages: several web and worker hosts then need no shared disk.
MEDIA_STORAGE_BACKEND = env("MEDIA_STORAGE_BACKEND", "django.core.files.storage.FileSystemStorage")
try:
    MEDIA_STORAGE_OPTIONS = json.loads(env("MEDIA_STORAGE_OPTIONS", "") or "{}")
except ValueError as error:
    raise ImproperlyConfigured(f"MEDIA_STORAGE_OPTIONS must be a JSON object: {error}") from None
if not isinstance(MEDIA_STORAGE_OPTIONS, dict):
    raise ImproperlyConfigured("MEDIA_STORAGE_OPTIONS must be a JSON object.")
STATICFILES_DIRS = [BASE_DIR / "coachtraining" / "static"]
# Static files are served by the app itself (WhiteNoise), compressed and with
# hashed names outside DEBUG; run `manage.py collectstatic` when deploying.
STORAGES = {
    "default": {"BACKEND": MEDIA_STORAGE_BACKEND, "OPTIONS": MEDIA_STORAGE_OPTIONS},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Bodies are small forms; refuse oversized ones early (Django answers 400).
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", 1024 * 1024)
DATA_UPLOAD_MAX_NUMBER_FIELDS = env_int("DATA_UPLOAD_MAX_NUMBER_FIELDS", 500)

# E-mail: console in development; SMTP when EMAIL_HOST is set; one file per message in
# EMAIL_FILE_PATH when that is set instead (a staging stack, the load benchmark).
EMAIL_HOST = env("EMAIL_HOST", "")
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
elif EMAIL_FILE_PATH:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "coachtraining <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Cache (rate limits, sessions, Wagtail's sites' root paths): Redis when CACHE_URL is set.
CACHE_URL = env("CACHE_URL", "")
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
        if CACHE_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

# Sessions: in the database; read through the shared cache when there is one
# (a logout deletes the cached copy everywhere). A per-process cache could keep
# serving a session another process has ended, so it is not used for them.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db" if CACHE_URL else "django.contrib.sessions.backends.db"

# Celery: no broker configured means tasks run eagerly in-process.
CELERY_TASK_ALWAYS_EAGER = not env("CELERY_BROKER_URL", "")
CELERY_BROKER_URL = env("CELERY_BROKER_URL", "") or "memory://"
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = TIME_ZONE
# Time limits stay well below the Redis visibility timeout, so a task is never
# handed to a second worker while the first is still legitimately running it.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": 3600,
    "socket_connect_timeout": 3,
    "socket_timeout": 10,
}
CELERY_TASK_TIME_LIMIT = 300
CELERY_TASK_SOFT_TIME_LIMIT = 240
# Publishing while Redis is down fails fast; the beat sweep re-enqueues later.
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.5, "interval_max": 1}
CELERY_BEAT_SCHEDULE = {
    "sweep-pending-certificates": {
        "task": "certificates.tasks.sweep_pending_certificates",
        "schedule": 120.0,
    },
    # Each reminder goes once (a sent-log), so running more often than daily only sends sooner.
    "send-renewal-reminders": {
        "task": "readiness.tasks.send_renewal_reminders",
        "schedule": 6 * 60 * 60.0,
    },
    # Each supervisor's weekly digest goes once a week (a sent-log), on the first run of their day.
    "send-supervisor-digests": {
        "task": "supervision.tasks.send_supervisor_digests",
        "schedule": 60 * 60.0,
    },
}

# Wagtail
WAGTAIL_SITE_NAME = env("WAGTAIL_SITE_NAME", "Peer Recovery Coach Training")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "pptx", "txt"]
# Admin avatars: Wagtail's own default image unless a person uploads one; no e-mail address hashes
# go to Gravatar (an outside service, unreachable on a machine without internet).
WAGTAIL_GRAVATAR_PROVIDER_URL = env("WAGTAIL_GRAVATAR_PROVIDER_URL", "") or None
# Nor does the admin's dashboard ask wagtail.org for new releases (upgrades go through pyproject.toml).
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Security: these are on whenever DEBUG is off (check --deploy is clean).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_TLS_PROXY", False) else None
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy of the public site (not the Wagtail admin); video
# embeds in lessons come from YouTube or Vimeo.
# The Wagtail user bar (shown to editors on pages) loads its script and styles
# from the admin's base URL, which may be another program site's host.
_ADMIN_ORIGIN = "/".join(WAGTAILADMIN_BASE_URL.split("/")[:3]) if "://" in WAGTAILADMIN_BASE_URL else ""
CONTENT_SECURITY_POLICY = env(
    "CONTENT_SECURITY_POLICY",
    f"default-src 'self'; script-src 'self' {_ADMIN_ORIGIN}; style-src 'self' {_ADMIN_ORIGIN}; "
    "style-src-attr 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'; "
    "frame-src https://www.youtube.com https://www.youtube-nocookie.com https://player.vimeo.com",
)
CSP_EXEMPT_PATH_PREFIXES = ("/admin/",)
SESSION_COOKIE_HTTPONLY = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {"()": "coachtraining.logfmt.JsonFormatter"},
    },
    # LOG_FORMAT=json for one JSON object per line (production log shipping).
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": env("LOG_FORMAT", "plain")}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

# Certificates
# Absolute links in PDFs and e-mails: a fixed base URL (development), or each
# site's own hostname with this scheme.
PUBLIC_BASE_URL = env("PUBLIC_BASE_URL", "http://127.0.0.1:8000" if DEBUG else "")
PUBLIC_URL_SCHEME = env("PUBLIC_URL_SCHEME", "https")
CERTIFICATES_PENDING_GRACE_SECONDS = env_int("CERTIFICATES_PENDING_GRACE_SECONDS", 180)
# Public verification: requests per client address per minute.
CERTIFICATES_VERIFY_RATE_PER_MINUTE = env_int("CERTIFICATES_VERIFY_RATE_PER_MINUTE", 30)

# Learning flow tuning (see courses/services.py).
# Longest gap between two heartbeats of an open lesson that still counts as
# engaged time; a longer gap (tab closed, laptop asleep) counts this much.
COURSES_MAX_ENGAGED_GAP_SECONDS = env_int("COURSES_MAX_ENGAGED_GAP_SECONDS", 120)

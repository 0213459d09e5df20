"""Settings come from the environment; production settings pass `check --deploy`."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "coachtraining.settings.base",
    "SECRET_KEY": "x" * 30 + "-production-like-secret-" + "y" * 30,
    "ALLOWED_HOSTS": "coach.example.org",
    "DEBUG": "0",
}


def run_manage(*args, env):
    base = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE", "DEBUG", "SECRET_KEY"}}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env={**base, **env}, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_is_clean_with_production_variables():
    result = run_manage("check", "--deploy", "--fail-level", "DEBUG", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_missing_secret_key_outside_debug_is_refused():
    env = {**PRODUCTION_ENV, "SECRET_KEY": ""}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_email_goes_to_smtp_to_files_or_to_the_console(tmp_path):
    show = "from django.conf import settings; print(settings.EMAIL_BACKEND.rsplit('.', 2)[-2])"
    env = {**PRODUCTION_ENV, "EMAIL_HOST": "", "EMAIL_FILE_PATH": ""}

    def backend(**changes):
        return run_manage("shell", "--no-imports", "-c", show, env={**env, **changes}).stdout.strip()

    assert backend() == "console"
    assert backend(EMAIL_FILE_PATH=str(tmp_path)) == "filebased"
    assert backend(EMAIL_FILE_PATH=str(tmp_path), EMAIL_HOST="smtp.example.org") == "smtp"


def test_the_media_storage_comes_from_the_environment():
    show = "from django.core.files.storage import storages; s = storages['default']; print(type(s).__name__, s.base_url)"
    env = {**PRODUCTION_ENV, "MEDIA_STORAGE_BACKEND": "django.core.files.storage.InMemoryStorage",
           "MEDIA_STORAGE_OPTIONS": '{"base_url": "https://cdn.example.org/media/"}'}
    result = run_manage("shell", "--no-imports", "-c", show, env=env)
    assert result.stdout.split() == ["InMemoryStorage", "https://cdn.example.org/media/"], result.stderr
    default = run_manage("shell", "--no-imports", "-c", show, env=PRODUCTION_ENV)
    assert default.stdout.split() == ["FileSystemStorage", "/media/"], default.stderr
    for bad in ("{bucket", "[1, 2]"):
        result = run_manage("shell", "--no-imports", "-c", show, env={**env, "MEDIA_STORAGE_OPTIONS": bad})
        assert result.returncode != 0 and "MEDIA_STORAGE_OPTIONS must be a JSON object" in result.stderr


def test_cache_url_selects_djangos_redis_backend():
    """Django's Redis cache with ``CACHE_URL``; the per-process cache without it."""
    show = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    with_redis = run_manage("shell", "--no-imports", "-c", show, env={**PRODUCTION_ENV, "CACHE_URL": "redis://127.0.0.1:6379/1"})
    assert with_redis.stdout.strip() == "django.core.cache.backends.redis.RedisCache", with_redis.stderr
    without = run_manage("shell", "--no-imports", "-c", show, env={**PRODUCTION_ENV, "CACHE_URL": ""})
    assert without.stdout.strip() == "django.core.cache.backends.locmem.LocMemCache", without.stderr


def test_make_run_on_another_port_links_to_that_port():
    """`PORT=8011 make run`: certificate QR codes, e-mail links and the admin point at :8011."""
    outer = {k: v for k, v in os.environ.items() if k not in {"MAKEFLAGS", "MAKELEVEL", "MFLAGS"}}  # under `make test`
    dry = subprocess.run(["make", "--no-print-directory", "-n", "run", "PORT=8011"], cwd=ROOT, env=outer,
                         capture_output=True, text=True, timeout=60)
    assert dry.returncode == 0, dry.stderr
    command = dry.stdout[dry.stdout.index("PUBLIC_BASE_URL="):].replace("\\\n", " ")
    command = command.replace("runserver 127.0.0.1:8011",
                              "shell -c 'from django.conf import settings as s; print(s.PUBLIC_BASE_URL, s.WAGTAILADMIN_BASE_URL)'")
    base = {k: v for k, v in os.environ.items()
            if k not in {"DJANGO_SETTINGS_MODULE", "PUBLIC_BASE_URL", "WAGTAILADMIN_BASE_URL"}}
    result = subprocess.run(["bash", "-c", command], cwd=ROOT, env={**base, "DEBUG": "1"}, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["http://127.0.0.1:8011", "http://127.0.0.1:8011"]


def test_admin_avatars_never_call_gravatar():
    result = run_manage("shell", "-c", "from wagtail.users.utils import get_gravatar_url as g; print(g('a@example.org'))",
                        env={"DEBUG": "1"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "None"

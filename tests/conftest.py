"""Suite-wide fixtures: media in a temporary folder, and factory shortcuts."""
import pytest

from tests import factories


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The cache (Wagtail keeps the sites' root paths there) must not carry rows of an earlier,
    rolled-back test."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _celery_stays_eager():
    """Tests that point Celery at a real broker must put it back: later tests rely on eager tasks."""
    from coachtraining.celery import app

    assert app.conf.task_always_eager, "a previous test left Celery publishing to a broker"
    yield
    assert app.conf.task_always_eager, "this test left Celery publishing to a broker"


@pytest.fixture
def domain(db):
    return factories.make_domain()


@pytest.fixture
def trainee(db):
    return factories.make_user(first_name="Ana", last_name="Gómez")


@pytest.fixture
def other_trainee(db):
    return factories.make_user(first_name="Sam", last_name="Other")


@pytest.fixture
def course(db, domain):
    return factories.make_course(domain=domain)


@pytest.fixture(autouse=True)
def _english_to_start():
    """Each test starts in the default language: a request in Spanish leaves it active in the
    thread (as Django does between requests), and code run outside a request would inherit it."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)

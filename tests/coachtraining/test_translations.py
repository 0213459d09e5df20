"""The interface in English and Spanish.

* Every text of our templates is marked for translation (``untranslated.py`` finds what is not).
* The Spanish catalogue is complete: ``makemessages`` run over the sources leaves no entry without
  a translation, and none fuzzy. It runs on a copy, so the repository is not touched.
* The language follows the browser, then the visible switch, then the profile of a signed-in person.
"""
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from wagtail.users.models import UserProfile

from programs.language import user_language
from tests import factories
from tests.coachtraining.untranslated import ROOT, scan

APPS = ["backup", "certificates", "coachtraining", "cohorts", "courses", "demo", "materials", "programs",
        "readiness", "supervision", "templates"]


def test_every_template_text_is_marked_for_translation():
    assert scan() == {}


def test_the_scan_finds_unmarked_text_and_attributes(tmp_path):
    (tmp_path / "page.html").write_text(
        '{% load i18n %}<p>{% translate "Fine" %}</p><p>Forgotten words</p>'
        '<img alt="A picture"><a aria-label="{% translate \'Fine\' %}">{{ name }}</a>'
        '{% blocktranslate %}Also fine {{ name }}{% endblocktranslate %}'
    )
    assert scan(tmp_path) == {"page.html": ["A picture", "Forgotten words"]}


def test_makemessages_finds_no_string_without_a_spanish_translation(tmp_path, monkeypatch):
    for name in APPS:
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    catalogue = Path("locale/es/LC_MESSAGES/django.po")
    (tmp_path / catalogue).parent.mkdir(parents=True)
    shutil.copy(ROOT / catalogue, tmp_path / catalogue)
    monkeypatch.chdir(tmp_path)
    with override_settings(LOCALE_PATHS=[tmp_path / "locale"]):
        call_command("makemessages", locale=["es"], no_obsolete=True, verbosity=0)
    untranslated = subprocess.run(
        ["msgattrib", "--untranslated", "--no-obsolete", str(tmp_path / catalogue)], capture_output=True, text=True, check=True
    ).stdout
    fuzzy = subprocess.run(
        ["msgattrib", "--only-fuzzy", "--no-obsolete", str(tmp_path / catalogue)], capture_output=True, text=True, check=True
    ).stdout
    # The header entry (msgid "") is the only one allowed in the output.
    assert untranslated.count('msgid "') <= 1, f"strings without a Spanish translation:\n{untranslated}"
    assert fuzzy.count('msgid "') == 0, f"fuzzy (unchecked) translations:\n{fuzzy}"


def test_the_catalogue_is_compiled_and_used():
    from django.utils import translation

    with translation.override("es"):
        assert translation.gettext("My learning") != "My learning"


@pytest.mark.django_db
def test_the_language_follows_the_browser_then_the_switch_then_the_profile(client):
    home = reverse("login")
    assert '<html lang="en">' in client.get(home).content.decode()
    assert '<html lang="es">' in client.get(home, HTTP_ACCEPT_LANGUAGE="es-MX,es;q=0.9").content.decode()

    # The switch overrides the browser, and returns to the page it was used on.
    response = client.post(reverse("set_language"), {"language": "es", "next": home})
    assert response.status_code == 302 and response["Location"] == home
    assert '<html lang="es">' in client.get(home, HTTP_ACCEPT_LANGUAGE="en").content.decode()

    # Signing in keeps the language read in, and saves it on the profile.
    user = factories.make_user(email="lucia@example.org")
    client.post(home, {"username": user.email, "password": factories.PASSWORD})
    assert UserProfile.objects.get(user=user).preferred_language == "es"
    assert user_language(user) == "es"

    # On another device (a fresh client, English browser) the profile wins once signed in.
    other = type(client)()
    other.post(home, {"username": user.email, "password": factories.PASSWORD}, HTTP_ACCEPT_LANGUAGE="en")
    assert '<html lang="es">' in other.get(reverse("courses:dashboard"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    # Switching back to English saves that too.
    other.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert user_language(user) == "en"
    assert '<html lang="en">' in other.get(reverse("courses:dashboard")).content.decode()


@pytest.mark.django_db
def test_the_switch_refuses_unknown_languages_and_outside_addresses(client):
    response = client.post(reverse("set_language"), {"language": "xx", "next": "/learn/"})
    assert response.status_code == 400 and "django_language" not in response.cookies
    response = client.post(reverse("set_language"), {"language": "es", "next": "https://evil.example/"})
    assert response.status_code == 302 and response["Location"] == "/"
    assert client.get(reverse("set_language")).status_code == 405

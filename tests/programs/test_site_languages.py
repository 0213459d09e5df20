"""A site chooses which languages it offers (``ProgramSettings.languages``): readers, the switch,
signed-in people and what is written to them outside a request keep to those languages."""
import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from certificates.models import Certificate
from programs.language import site_languages, user_language_save
from programs.models import ProgramSettings
from tests import factories
from tests.certificates.conftest import complete_course
from tests.factories import sites as factories_sites

pytestmark = pytest.mark.django_db

SPANISH = {"HTTP_ACCEPT_LANGUAGE": "es"}
SWITCH = 'class="language-switch"'


def offer(site, *codes):
    program = ProgramSettings.for_site(site)
    program.languages = list(codes)
    program.save()


def test_a_site_offers_every_language_unless_it_chooses(client):
    site = factories.default_site()
    assert ProgramSettings.for_site(site).offered_languages() == ("en", "es")
    body = client.get(reverse("login"), **SPANISH).content.decode()
    assert '<html lang="es">' in body and SWITCH in body and 'value="en"' in body


def test_an_english_only_site_serves_english_to_every_reader(client):
    site = factories.default_site()
    offer(site, "en")
    body = client.get(reverse("login"), **SPANISH).content.decode()
    assert '<html lang="en">' in body and SWITCH not in body
    # The switch refuses what the site does not offer, and sets nothing.
    response = client.post(reverse("set_language"), {"language": "es", "next": "/"})
    assert response.status_code == 400 and "django_language" not in response.cookies
    # A person whose profile says Spanish reads this site in English; their choice stays saved.
    user = factories.make_user()
    user_language_save(user, "es")
    client.force_login(user)
    assert '<html lang="en">' in client.get(reverse("courses:dashboard"), **SPANISH).content.decode()
    assert UserProfile.objects.get(user=user).preferred_language == "es"


def test_a_spanish_only_site_serves_spanish_to_an_english_browser(client):
    offer(factories.default_site(), "es")
    body = client.get(reverse("login"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="es">' in body and SWITCH not in body


def test_each_site_keeps_to_its_own_languages(client):
    site_b = factories_sites.second_site(hostname="program-b.example.org")
    offer(site_b, "en")
    user = factories.make_user()
    user_language_save(user, "es")
    client.force_login(user)
    login = reverse("courses:dashboard")
    assert '<html lang="es">' in client.get(login).content.decode()
    assert '<html lang="en">' in client.get(login, HTTP_HOST="program-b.example.org").content.decode()


def test_a_change_of_the_settings_applies_at_once(client):
    site = factories.default_site()
    assert '<html lang="es">' in client.get(reverse("login"), **SPANISH).content.decode()
    offer(site, "en")
    assert '<html lang="en">' in client.get(reverse("login"), **SPANISH).content.decode()
    offer(site, "en", "es")
    assert '<html lang="es">' in client.get(reverse("login"), **SPANISH).content.decode()


def test_site_admins_tick_the_languages_in_the_program_settings(client):
    site = factories.default_site()
    client.force_login(factories_sites.site_admin(site))
    url = reverse("wagtailsettings:edit", args=["programs", "programsettings", site.pk])
    form = client.get(url).content.decode()
    assert 'name="languages" value="en"' in form and 'name="languages" value="es"' in form

    response = client.post(url, {"display_name": "Harbor Peer Program", "languages": ["es", "en"]})
    assert response.status_code == 302
    assert ProgramSettings.for_site(site).languages == ["en", "es"]  # kept in the platform's order

    response = client.post(url, {"display_name": "Harbor Peer Program"})
    assert response.status_code == 200 and "Tick at least one language." in response.content.decode()
    assert ProgramSettings.for_site(site).languages == ["en", "es"]

    client.post(url, {"display_name": "Harbor Peer Program", "languages": ["en", "xx"]})
    assert ProgramSettings.for_site(site).languages == ["en", "es"]  # an unknown code is refused
    client.post(url, {"display_name": "Harbor Peer Program", "languages": ["en"]})
    assert ProgramSettings.for_site(site).languages == ["en"]


def test_certificates_are_printed_in_a_language_the_site_offers(trainee, course, django_capture_on_commit_callbacks):
    offer(factories.default_site(), "en")
    user_language_save(trainee, "es")
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(trainee, course)
    assert Certificate.objects.get(enrollment__user=trainee).language == "en"


def test_the_languages_of_a_host_cost_no_query_once_known(rf, django_assert_num_queries):
    factories.default_site()
    request = rf.get("/", HTTP_HOST="localhost")
    assert site_languages(request) == ("en", "es")
    with django_assert_num_queries(0):
        assert site_languages(request) == ("en", "es")

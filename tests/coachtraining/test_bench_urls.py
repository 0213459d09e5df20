"""The load benchmark's URLconf (coachtraining.bench_urls, through coachtraining.settings.bench):
the site's URLs plus two signed-in floor views, which production never serves."""
from __future__ import annotations

import importlib

import pytest
from django.test import override_settings
from django.urls import reverse

from coachtraining import bench_urls
from coachtraining import urls as site_urls

pytestmark = pytest.mark.django_db

USER, PAGE = "/bench/floor/user/", "/bench/floor/page/"


@override_settings(ROOT_URLCONF="coachtraining.bench_urls")
def test_the_floor_views_answer_a_signed_in_user_as_any_page_would(client, trainee):
    client.force_login(trainee)
    response = client.get(USER)
    assert response.status_code == 200
    assert response.content.decode() == f"user {trainee.pk}"

    response = client.get(PAGE)
    assert response.status_code == 200
    html = response.content.decode()
    # The whole site frame: the signed-in navigation, the logout form with its token, the footer.
    assert "Log out" in html and "csrfmiddlewaretoken" in html and "Verify a certificate" in html
    assert [t.name for t in response.templates] == ["base.html"]
    # Security headers as on every page: the middleware stack is the site's.
    assert "Content-Security-Policy" in response.headers and response.headers["X-Frame-Options"] == "DENY"


@override_settings(ROOT_URLCONF="coachtraining.bench_urls")
def test_the_floor_views_send_anonymous_users_to_log_in_and_refuse_other_methods(client, trainee):
    for url in (USER, PAGE):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    client.force_login(trainee)
    for url in (USER, PAGE):
        assert client.post(url).status_code == 405


@override_settings(ROOT_URLCONF="coachtraining.bench_urls")
def test_the_site_is_served_unchanged_under_the_benchmark_urlconf(client, trainee):
    assert bench_urls.urlpatterns[2:] == site_urls.urlpatterns  # the site's patterns, in order, after the two
    client.force_login(trainee)
    assert client.get(reverse("courses:dashboard")).status_code == 200
    assert client.get("/livez").status_code == 200


def test_production_does_not_serve_the_floor_views(client, trainee):
    client.force_login(trainee)
    for url in (USER, PAGE):
        assert client.get(url).status_code == 404


def test_the_benchmark_settings_are_the_production_settings_with_its_urlconf():
    base = importlib.import_module("coachtraining.settings.base")
    bench = importlib.import_module("coachtraining.settings.bench")
    assert bench.ROOT_URLCONF == "coachtraining.bench_urls"
    names = [name for name in dir(base) if name.isupper() and not name.startswith("_")]
    differing = {name for name in names if getattr(bench, name) != getattr(base, name)}
    assert differing == {"ROOT_URLCONF"}

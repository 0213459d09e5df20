"""The site navigation: links reversed once per process and script prefix, sections by role."""
from __future__ import annotations

import pytest
from django.urls import reverse, set_script_prefix

from programs.context_processors import NAV_URLS
from programs.roles import Role
from tests.factories import cohorts as fc

pytestmark = pytest.mark.django_db


def test_every_navigation_link_is_the_reversed_url(client, trainee):
    client.force_login(trainee)
    response = client.get(reverse("courses:dashboard"))
    urls = response.context["nav_urls"]
    assert urls == {key: reverse(name) for key, name in NAV_URLS.items()}
    html = response.content.decode()
    for key in ("dashboard", "certificates", "readiness", "logout", "verify"):
        assert f'"{urls[key]}"' in html
    assert f'href="{urls["dashboard"]}" aria-current="page"' in html


def test_links_follow_the_script_prefix(client, trainee):
    """Served under a sub-path (the WSGI handler sets the prefix from SCRIPT_NAME; the test
    client does not, so the test sets it), every link carries it; at the root, none does."""
    dashboard, logout = reverse("courses:dashboard"), reverse("logout")
    client.force_login(trainee)
    set_script_prefix("/training/")
    try:
        html = client.get(dashboard).content.decode()
    finally:
        set_script_prefix("/")
    assert f'href="/training{dashboard}"' in html and f'action="/training{logout}"' in html
    html = client.get(dashboard).content.decode()
    assert f'href="{dashboard}"' in html and "/training/" not in html


def test_sections_follow_the_users_roles(client, trainee):
    client.force_login(trainee)
    html = client.get(reverse("courses:dashboard")).content.decode()
    assert reverse("supervision:dashboard") not in html and reverse("cohorts:list") not in html
    supervisor = fc.make_staff(fc.default_site(), Role.SUPERVISOR, first_name="Sam", last_name="Supervisor")
    client.force_login(supervisor)
    html = client.get(reverse("courses:dashboard")).content.decode()
    assert f'href="{reverse("supervision:dashboard")}"' in html and reverse("cohorts:list") not in html

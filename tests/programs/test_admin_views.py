"""Wagtail admin screens for program sites and site roles: who may see and do what, across two sites."""
import pytest
from django.urls import reverse
from wagtail.models import Site

from programs.models import ProgramSettings, SiteRole
from programs.replication import site_admin_group
from programs.roles import Role, has_role, role_grant
from tests import factories
from tests.factories import sites as factories_sites

pytestmark = pytest.mark.django_db


@pytest.fixture
def platform_admin(db):
    return factories.make_user(email="root@example.org", is_superuser=True, is_staff=True)


@pytest.fixture
def site_a(course):
    return factories_sites.default_site()


@pytest.fixture
def site_b(course):
    return factories_sites.replicated_site(hostname="b.example.org", name="Program B")


@pytest.fixture
def admin_a(site_a):
    return factories_sites.site_admin(site_a, email="admin-a@example.org")


@pytest.fixture
def admin_b(site_b):
    return factories_sites.site_admin(site_b, email="admin-b@example.org")


def roles_url(site):
    return reverse("programs_admin:roles", args=[site.pk])


# --- Program sites and replication: platform admins only -------------------------------------


def test_platform_admin_lists_sites_with_role_counts(client, platform_admin, site_a, site_b, admin_b, trainee):
    role_grant(user=trainee, site=site_b, role=Role.TRAINEE)
    client.force_login(platform_admin)
    response = client.get(reverse("programs_admin:sites"))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Program B" in body and "https://b.example.org/" in body and roles_url(site_b) in body
    row_b = body[body.index("Program B"):]
    row_b = row_b[: row_b.index("</tr>")]
    assert row_b.count("<td>1</td>") == 2  # one site admin, one trainee


def refused(response):
    """Wagtail turns PermissionDenied into a redirect to the dashboard with an error message."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


def test_program_sites_screens_refuse_everyone_else(client, admin_b, site_b):
    client.force_login(admin_b)
    assert refused(client.get(reverse("programs_admin:sites")))
    assert refused(client.get(reverse("programs_admin:replicate")))
    response = client.post(reverse("programs_admin:replicate"), {"name": "X", "hostname": "x.example.org", "port": 80})
    assert refused(response)
    assert not Site.objects.filter(hostname="x.example.org").exists()
    client.logout()
    assert client.get(reverse("programs_admin:sites")).status_code == 302  # to the admin login


def test_platform_admin_replicates_from_the_admin(client, platform_admin, course):
    client.force_login(platform_admin)
    assert client.get(reverse("programs_admin:replicate")).status_code == 200
    response = client.post(
        reverse("programs_admin:replicate"), {"name": "MARS Troy", "hostname": "troy.example.org", "port": "80"}
    )
    assert response.status_code == 302
    site = Site.objects.get(hostname="troy.example.org")
    assert site.site_name == "MARS Troy"
    assert site.root_page.get_children().count() == 1


def test_replicate_form_reports_a_taken_hostname(client, platform_admin, site_b):
    client.force_login(platform_admin)
    sites = Site.objects.count()
    response = client.post(
        reverse("programs_admin:replicate"), {"name": "Again", "hostname": "b.example.org", "port": "80"}
    )
    assert response.status_code == 400
    assert "b.example.org already exists" in response.content.decode()
    assert Site.objects.count() == sites


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"name": "X", "hostname": "x.example.org", "port": "-1"},
        {"name": "X", "hostname": "x.example.org", "port": "abc"},
        {"name": "X", "hostname": "not a host", "port": "80"},
        {"name": "X", "hostname": "x.example.org", "port": "80", "source": "999999"},
    ],
)
def test_replicate_form_rejects_malformed_input(client, platform_admin, course, data):
    client.force_login(platform_admin)
    sites = Site.objects.count()
    assert client.post(reverse("programs_admin:replicate"), data).status_code == 400
    assert Site.objects.count() == sites


# --- Site roles: site admins of that site only ------------------------------------------------


def test_site_admin_sees_roles_of_their_site(client, admin_b, site_b):
    client.force_login(admin_b)
    response = client.get(roles_url(site_b))
    assert response.status_code == 200
    assert "admin-b@example.org" in response.content.decode()
    # the menu entry point leads straight to their only site
    assert client.get(reverse("programs_admin:my_sites"))["Location"] == roles_url(site_b)


def test_site_admin_of_b_cannot_see_or_change_roles_of_a(client, admin_a, admin_b, site_a, site_b, other_trainee):
    client.force_login(admin_b)
    assert client.get(roles_url(site_a)).status_code == 404
    response = client.post(roles_url(site_a), {"email": other_trainee.email, "role": Role.FACILITATOR})
    assert response.status_code == 404
    role_a = SiteRole.objects.get(user=admin_a, site=site_a)
    assert client.post(reverse("programs_admin:revoke", args=[site_a.pk, role_a.pk])).status_code == 404
    # a role of site A reached through site B's URL is not found either
    assert client.post(reverse("programs_admin:revoke", args=[site_b.pk, role_a.pk])).status_code == 404
    assert SiteRole.objects.filter(pk=role_a.pk).exists()
    assert not has_role(other_trainee, site_a, Role.FACILITATOR)


def test_trainee_and_unknown_site_get_no_roles_screen(client, trainee, admin_b, site_b):
    client.force_login(trainee)
    response = client.get(roles_url(site_b))
    assert response.status_code in (302, 403, 404) and "admin-b@example.org" not in response.content.decode()
    assert client.get(reverse("programs_admin:my_sites")).status_code in (302, 403)
    client.force_login(admin_b)
    assert client.get(reverse("programs_admin:roles", args=[999999])).status_code == 404


def test_site_admin_grants_a_role_by_email(client, admin_b, site_b, site_a, other_trainee):
    client.force_login(admin_b)
    response = client.post(roles_url(site_b), {"email": other_trainee.email.upper(), "role": Role.SUPERVISOR})
    assert response.status_code == 302
    assert has_role(other_trainee, site_b, Role.SUPERVISOR)
    assert not has_role(other_trainee, site_a, Role.SUPERVISOR)


def test_granting_site_admin_gives_the_wagtail_group(client, admin_b, site_b, other_trainee):
    client.force_login(admin_b)
    client.post(roles_url(site_b), {"email": other_trainee.email, "role": Role.SITE_ADMIN})
    assert site_admin_group(site_b) in other_trainee.groups.all()
    role = SiteRole.objects.get(user=other_trainee, site=site_b, role=Role.SITE_ADMIN)
    client.post(reverse("programs_admin:revoke", args=[site_b.pk, role.pk]))
    assert not SiteRole.objects.filter(pk=role.pk).exists()
    assert site_admin_group(site_b) not in other_trainee.groups.all()


@pytest.mark.parametrize(
    "data, message",
    [
        ({"email": "nobody@example.org", "role": "facilitator"}, "No account uses this e-mail address"),
        ({"email": "not-an-email", "role": "facilitator"}, "valid email"),
        ({"email": "", "role": "facilitator"}, "required"),
        ({"role": "trainee"}, "required"),
        ({"email": "x@example.org", "role": "superuser"}, "Select a valid choice"),
    ],
)
def test_grant_rejects_malformed_input(client, admin_b, site_b, data, message):
    client.force_login(admin_b)
    roles = SiteRole.objects.count()
    response = client.post(roles_url(site_b), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert SiteRole.objects.count() == roles


def test_trainee_roles_cannot_be_revoked_here(client, admin_b, site_b, trainee):
    role = role_grant(user=trainee, site=site_b, role=Role.TRAINEE)
    client.force_login(admin_b)
    assert client.post(reverse("programs_admin:revoke", args=[site_b.pk, role.pk])).status_code == 404
    assert SiteRole.objects.filter(pk=role.pk).exists()


def test_revoke_is_post_only_and_not_of_oneself(client, admin_b, site_b):
    role = SiteRole.objects.get(user=admin_b, site=site_b)
    client.force_login(admin_b)
    url = reverse("programs_admin:revoke", args=[site_b.pk, role.pk])
    assert client.get(url).status_code == 405
    client.post(url)
    assert SiteRole.objects.filter(pk=role.pk).exists()


def test_user_with_roles_on_two_sites_manages_both(client, site_a, site_b, other_trainee):
    user = factories_sites.site_admin(site_a)
    role_grant(user=user, site=site_b, role=Role.SITE_ADMIN)
    client.force_login(user)
    body = client.get(reverse("programs_admin:my_sites")).content.decode()
    assert roles_url(site_a) in body and roles_url(site_b) in body
    assert client.get(roles_url(site_a)).status_code == 200
    assert client.get(roles_url(site_b)).status_code == 200


def test_site_admin_edits_program_settings_of_their_site_only(client, admin_b, site_a, site_b):
    client.force_login(admin_b)

    def settings_url(site):
        return reverse("wagtailsettings:edit", args=["programs", "programsettings", site.pk])

    assert client.get(settings_url(site_b)).status_code == 200
    response = client.get(settings_url(site_a))
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or response["Location"] != settings_url(site_a)
    response = client.post(settings_url(site_a), {"display_name": "Hijacked"})
    assert response.status_code in (302, 403)
    assert ProgramSettings.for_site(site_a).display_name != "Hijacked"

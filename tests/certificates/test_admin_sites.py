"""The certificate admin is site-scoped: a site admin sees and acts only on their sites' certificates."""
import pytest
from django.urls import reverse

from certificates import services
from certificates.models import Certificate, ReissueRequest
from courses.models import CoursePage
from programs.models import ProgramSettings
from programs.roles import Role, role_grant
from tests import factories
from tests.certificates.conftest import complete_course
from tests.factories import sites as factories_sites

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_certificates(course, trainee, other_trainee, django_capture_on_commit_callbacks):
    """One issued certificate on the default site (A) and one on a replicated site (B)."""
    site_b = factories_sites.replicated_site(hostname="b.example.org", name="Program B")
    settings_b = ProgramSettings.for_site(site_b)
    settings_b.provider_number = "B-PROVIDER-42"
    settings_b.save()
    course_b = CoursePage.objects.descendant_of(site_b.root_page).get()
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(trainee, course)
        complete_course(other_trainee, course_b)
    cert_a = Certificate.objects.get(enrollment__course=course)
    cert_b = Certificate.objects.get(enrollment__course=course_b)
    return factories_sites.default_site(), site_b, cert_a, cert_b


def test_certificates_carry_their_own_sites_details(two_certificates):
    site_a, site_b, cert_a, cert_b = two_certificates
    assert (cert_a.site, cert_b.site) == (site_a, site_b)
    assert cert_b.site_name == "Program B" and cert_b.provider_number == "B-PROVIDER-42"
    assert cert_a.provider_number != "B-PROVIDER-42"


def test_site_admin_of_b_lists_only_bs_certificates(client, two_certificates):
    _, site_b, cert_a, cert_b = two_certificates
    client.force_login(factories_sites.site_admin(site_b))
    body = client.get(reverse("certificates_admin:index")).content.decode()
    assert cert_b.number in body and reverse("certificates_admin:detail", args=[cert_a.pk]) not in body
    assert client.get(reverse("certificates_admin:detail", args=[cert_b.pk])).status_code == 200


def test_site_admin_of_b_cannot_inspect_revoke_or_reissue_as_certificates(client, two_certificates):
    _, site_b, cert_a, _ = two_certificates
    client.force_login(factories_sites.site_admin(site_b))
    assert client.get(reverse("certificates_admin:detail", args=[cert_a.pk])).status_code == 404
    assert client.post(reverse("certificates_admin:revoke", args=[cert_a.pk]), {"reason": "x"}).status_code == 404
    assert client.post(reverse("certificates_admin:reissue", args=[cert_a.pk]), {"name": "Z"}).status_code == 404
    cert_a.refresh_from_db()
    assert cert_a.status == Certificate.Status.ISSUED and not Certificate.objects.filter(replaces=cert_a).exists()


def test_site_admin_of_b_cannot_see_or_decide_as_reissue_requests(client, two_certificates, trainee):
    _, site_b, cert_a, _ = two_certificates
    request = services.reissue_request_create(certificate=cert_a, user=trainee, requested_name="Ana Nueva", reason="x")
    client.force_login(factories_sites.site_admin(site_b))
    assert "Ana Nueva" not in client.get(reverse("certificates_admin:requests")).content.decode()
    assert client.post(reverse("certificates_admin:decide", args=[request.pk]), {"decision": "approve"}).status_code == 404
    request.refresh_from_db()
    assert request.status == ReissueRequest.Status.PENDING


def test_site_admin_revokes_their_own_sites_certificate(client, two_certificates):
    _, site_b, _, cert_b = two_certificates
    client.force_login(factories_sites.site_admin(site_b))
    client.post(reverse("certificates_admin:revoke", args=[cert_b.pk]), {"reason": "Issued in error"})
    cert_b.refresh_from_db()
    assert cert_b.status == Certificate.Status.REVOKED


def test_admin_of_both_sites_and_platform_admin_see_both(client, two_certificates):
    site_a, site_b, cert_a, cert_b = two_certificates
    both = factories_sites.site_admin(site_a)
    role_grant(user=both, site=site_b, role=Role.SITE_ADMIN)
    root = factories.make_user(is_superuser=True)
    for user in (both, root):
        client.force_login(user)
        body = client.get(reverse("certificates_admin:index")).content.decode()
        assert cert_a.number in body and cert_b.number in body


def test_facilitator_or_global_permission_without_the_role_is_refused(client, two_certificates):
    from django.contrib.auth.models import Permission

    _, site_b, _, cert_b = two_certificates
    facilitator = factories.make_user()
    role_grant(user=facilitator, site=site_b, role=Role.FACILITATOR)
    facilitator.user_permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="change_certificate")
    )
    client.force_login(facilitator)
    response = client.get(reverse("certificates_admin:index"))
    assert response.status_code in (302, 403) and cert_b.number not in response.content.decode()
    client.post(reverse("certificates_admin:revoke", args=[cert_b.pk]), {"reason": "x"})
    cert_b.refresh_from_db()
    assert cert_b.status == Certificate.Status.ISSUED

"""Wagtail admin screens: only certificate managers, every action recorded."""
import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from certificates import services
from certificates.models import Certificate, CertificateEvent, ReissueRequest
from programs.roles import Role, role_grant
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(completed):
    return Certificate.objects.get()


@pytest.fixture
def manager(db, course):
    """A site admin of the course's site (the admin screens are scoped by the site-admin role)."""
    user = factories.make_user(email="site-admin@example.org", is_staff=True)
    role_grant(user=user, site=course.get_site(), role=Role.SITE_ADMIN)
    return user


def test_staff_without_the_permission_is_refused(client, certificate):
    staff = factories.make_user(email="editor@example.org", is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(staff)
    for url in (
        reverse("certificates_admin:index"),
        reverse("certificates_admin:detail", args=[certificate.pk]),
        reverse("certificates_admin:requests"),
    ):
        assert client.get(url).status_code in (302, 403)
    client.post(reverse("certificates_admin:revoke", args=[certificate.pk]), {"reason": "x"})
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ISSUED


def test_manager_lists_searches_and_inspects(client, manager, certificate):
    client.force_login(manager)
    body = client.get(reverse("certificates_admin:index"), {"q": "Gómez", "status": "issued"}).content.decode()
    assert certificate.number in body
    body = client.get(reverse("certificates_admin:index"), {"q": "nobody-by-this-name"}).content.decode()
    assert certificate.number not in body
    body = client.get(reverse("certificates_admin:detail", args=[certificate.pk])).content.decode()
    assert certificate.pdf_sha256 in body and "Revoke certificate" in body


def test_manager_revokes_with_a_reason(client, manager, certificate):
    client.force_login(manager)
    url = reverse("certificates_admin:revoke", args=[certificate.pk])
    client.post(url, {"reason": ""})
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ISSUED
    client.post(url, {"reason": "Issued to the wrong person"})
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.REVOKED
    event = certificate.events.get(action=CertificateEvent.Action.REVOKED)
    assert event.actor == manager


def test_manager_reissues(client, manager, certificate, django_capture_on_commit_callbacks):
    client.force_login(manager)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("certificates_admin:reissue", args=[certificate.pk]), {"name": "Ana G. Gómez", "note": "Typo"}
        )
    new = Certificate.objects.get(replaces=certificate)
    assert response["Location"] == reverse("certificates_admin:detail", args=[new.pk])
    assert (new.name_on_certificate, new.status) == ("Ana G. Gómez", Certificate.Status.ISSUED)


def test_manager_approves_a_name_change(client, manager, certificate, trainee, django_capture_on_commit_callbacks):
    request = services.reissue_request_create(
        certificate=certificate, user=trainee, requested_name="Ana Gómez-Ruiz", reason="Married"
    )
    client.force_login(manager)
    assert "Ana Gómez-Ruiz" in client.get(reverse("certificates_admin:requests")).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("certificates_admin:decide", args=[request.pk]), {"decision": "approve"})
    request.refresh_from_db()
    assert request.status == ReissueRequest.Status.APPROVED and request.decided_by == manager
    assert Certificate.objects.get(status="issued").name_on_certificate == "Ana Gómez-Ruiz"


def test_bad_decision_input_changes_nothing(client, manager, certificate, trainee):
    request = services.reissue_request_create(certificate=certificate, user=trainee, requested_name="X", reason="y")
    client.force_login(manager)
    client.post(reverse("certificates_admin:decide", args=[request.pk]), {"decision": "maybe"})
    request.refresh_from_db()
    assert request.status == ReissueRequest.Status.PENDING
    assert client.post(reverse("certificates_admin:decide", args=[99999]), {"decision": "approve"}).status_code == 404
